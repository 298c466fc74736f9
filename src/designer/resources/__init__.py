"""Where the files shipped inside the package live: icons, examples, the guide, the schema.

One place finds them, so a wheel, an editable install and a PyInstaller
folder (which collects this whole tree as files) all work the same way, and
no module builds paths from ``__file__`` itself. Qt-free: the command line
uses it too.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

EXAMPLE_DIALOG = ("examples", "talk-to-sales.json")
SCHEMA = ("schema", "dialog.schema.json")
GUIDE = ("docs", "guide.html")


def resources_root() -> Path:
    """The folder the data files sit in: pip and PyInstaller both install them as plain files."""
    return Path(str(files(__name__)))


def resource_path(*parts: str) -> Path:
    """The shipped file or folder at ``parts`` under the resources folder.

    Only a locator: callers that can do without the file (the example at
    start-up) check that it exists; a missing icon shows as an empty icon.
    """
    return resources_root().joinpath(*parts)


def example_dialog() -> Path:
    """The dialog a first start opens: the talk-to-sales example."""
    return resource_path(*EXAMPLE_DIALOG)


def example_dialogs() -> list[Path]:
    """Every example dialog shipped, by file name."""
    return sorted(resource_path("examples").glob("*.json"))


def schema_file() -> Path:
    """The published JSON Schema of dialog files."""
    return resource_path(*SCHEMA)


def guide_file() -> Path:
    """The user guide (a standalone HTML page opened in the browser, no network)."""
    return resource_path(*GUIDE)
