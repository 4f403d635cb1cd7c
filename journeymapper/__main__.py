"""``python -m journeymapper``: the same as the ``journeymapper`` command."""

import sys

from .cli import main

sys.exit(main())
