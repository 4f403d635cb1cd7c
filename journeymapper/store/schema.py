"""JSON Schema of each file format, generated from the models.

The schema describes the file as written: ``format`` and ``version`` first,
then the model's fields. Unknown fields are allowed (newer minor versions add
them), which the schema states with ``additionalProperties: true``.
"""

from __future__ import annotations

from typing import Any

from .formats import ATLAS_FORMAT, MAP_FORMAT, FormatSpec

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(spec: FormatSpec[Any]) -> dict[str, Any]:
    """The JSON Schema of one format, as a plain dict ready for ``json.dumps``."""
    body = spec.model.model_json_schema(mode="validation")
    properties = {
        "format": {"const": spec.name, "description": "Which JourneyMapper format this file is."},
        "version": {
            "type": "string",
            "pattern": r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$",
            "description": f"Format version MAJOR.MINOR; this schema describes {spec.current}.",
        },
        **body.get("properties", {}),
    }
    schema: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://journeymapper.invalid/schema/{spec.label}-{spec.current}.json",
        "title": f"JourneyMapper {spec.label} file ({spec.suffix})",
        "type": "object",
        "properties": properties,
        "required": ["format", "version", *body.get("required", [])],
        "additionalProperties": True,
    }
    if "$defs" in body:
        schema["$defs"] = body["$defs"]
    return schema


SCHEMAS = {"map": MAP_FORMAT, "atlas": ATLAS_FORMAT}
