"""Format versions (``"MAJOR.MINOR"``) and the ordered migration steps between them.

A migration is a pure function from the data of one version to the data of the
next, registered for one format: ``@MIGRATIONS.step("journeymapper.map", "1.0", "1.1")``.
Loading applies the steps in order until the current version. Minor versions
only add fields, so a newer minor version is read as it is (its unknown fields
are kept); a newer major version is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

Data = dict[str, Any]
Step = Callable[[Data], Data]

_VERSION = re.compile(r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int

    @classmethod
    def parse(cls, text: object) -> "Version":
        if not isinstance(text, str) or not _VERSION.fullmatch(text):  # match() lets "1.0\n" through
            raise ValueError(f"{text!r} is not a version of the form \"MAJOR.MINOR\"")
        major, minor = text.split(".")
        return cls(int(major), int(minor))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


@dataclass
class MigrationRegistry:
    """Migration steps per format name, each from one version to the next."""

    steps: dict[str, dict[Version, tuple[Version, Step]]] = field(default_factory=dict)

    def step(self, format_name: str, source: str, target: str) -> Callable[[Step], Step]:
        """Register a function as the migration of ``format_name`` from ``source`` to ``target``."""
        source_version, target_version = Version.parse(source), Version.parse(target)
        if target_version <= source_version:
            raise ValueError("a migration must go to a newer version")

        def register(function: Step) -> Step:
            chain = self.steps.setdefault(format_name, {})
            if source_version in chain:
                raise ValueError(f"{format_name} already has a migration from {source}")
            chain[source_version] = (target_version, function)
            return function

        return register

    def migrate(self, format_name: str, data: Data, source: Version, target: Version) -> Data:
        """Apply steps from ``source`` until ``target``.

        Raises ValueError if the chain breaks, or if a step fails on the data: an old
        file edited by hand may lack what a step expects, and that is bad input to
        report, not a crash.
        """
        chain = self.steps.get(format_name, {})
        version = source
        while version < target:
            if version not in chain:
                raise ValueError(f"no migration of {format_name} from version {version} to {target}")
            next_version, function = chain[version]
            try:
                data = function(dict(data))
            except Exception as error:
                raise ValueError(
                    f"cannot migrate {format_name} from version {version} to {next_version} "
                    f"({type(error).__name__}: {error})"
                ) from error
            version = next_version
        if version != target:
            raise ValueError(f"migrations of {format_name} from {source} overshoot {target}")
        return data


MIGRATIONS = MigrationRegistry()
"""The application's migrations. Version 1.0 is the first format, so none exist yet."""
