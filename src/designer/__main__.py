"""``python -m designer`` runs the same command as ``designer``."""

import sys

from designer.cli import main

sys.exit(main())
