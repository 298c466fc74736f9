"""Entry point of the frozen app: the same command as ``designer`` (the editor, or a headless
command such as ``stream-designer validate FILE`` when given one)."""

import sys

from designer.cli import main

if __name__ == "__main__":
    sys.exit(main())
