"""Entry point for ``python -m journeydesk``."""

import sys

from journeydesk.cli import main

sys.exit(main())
