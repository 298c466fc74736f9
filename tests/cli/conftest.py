"""What every command-line test starts from: a user whose workspace is a fresh file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A user whose workspace would be a fresh file in tmp_path, never the real data folder."""
    values = dict(os.environ)
    values["DESIGNER_DATABASE_URL"] = f"sqlite:///{tmp_path}/workspace.sqlite3"
    values["XDG_DATA_HOME"] = str(tmp_path / "data")
    return values
