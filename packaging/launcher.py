"""PyInstaller's entry point: the ``journeymapper`` command.

``journeymapper/__main__.py`` imports ``.cli`` relatively, which a frozen
top-level script cannot do, so the spec starts here instead.
"""

import sys

from journeymapper.cli import main

if __name__ == "__main__":
    sys.exit(main())
