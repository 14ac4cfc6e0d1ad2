"""Run the ``claimtrack`` command as ``python -m claimtrack``."""

from __future__ import annotations

import sys

from claimtrack.cli import main

if __name__ == "__main__":
    sys.exit(main())
