"""The command line prints the model's own words in English, whatever the user's language.

The editor now says an untitled card's name, a condition's description and
the default "Otherwise" branch in the marketer's language; CI scripts and
reports read the command line, which must print exactly what it always did,
even for a French user (``DESIGNER_LANGUAGE=fr``, a French locale).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from designer.model.cards import ConditionCard, EndCard, MeetingBookingCard, Outcome
from designer.model.codec import save_dialog
from designer.model.criteria import Criterion
from designer.model.dialog import Dialog, Edge

TAIL = "leads nowhere: connect it to a card, or to an End card."


@pytest.fixture
def french_user(tmp_path: Path) -> dict[str, str]:
    """A French user's environment, with a workspace of their own in tmp_path."""
    values = dict(os.environ)
    values["DESIGNER_DATABASE_URL"] = f"sqlite:///{tmp_path}/workspace.sqlite3"
    values["XDG_DATA_HOME"] = str(tmp_path / "data")
    values["DESIGNER_LANGUAGE"] = "fr"
    values["LANGUAGE"] = "fr"
    return values


@pytest.fixture
def names(tmp_path: Path) -> Path:
    """Untitled cards and a condition whose outcomes and else branch are unnamed."""
    fr = Criterion(attribute="country", operator="one_of", value=["FR", "BE"])
    pro = Criterion(attribute="field", field="plan", operator="is_known")
    pricing = Criterion(attribute="page_url", operator="contains", value="/pricing")
    dialog = Dialog(
        start="c1",
        cards=[
            ConditionCard(
                id="c1",
                outcomes=[
                    Outcome(id="emea", criteria=[fr]),
                    Outcome(id="pro", criteria=[pro, pricing]),
                ],
            ),
            MeetingBookingCard(id="m1"),
            EndCard(id="e1"),
        ],
        edges=[Edge(source="c1", port="emea", target="m1")],
    )
    path = tmp_path / "names.json"
    save_dialog(dialog, path)
    return path


def designer(env: dict[str, str], file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``designer ARGS FILE`` run beside the file, so it prints the file's name as CI sees it."""
    return subprocess.run(
        [sys.executable, "-m", "designer", *args, file.name],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=file.parent,
    )


def test_validate_prints_the_english_names_descriptions_and_otherwise(french_user, names):
    done = designer(french_user, names, "validate")
    assert done.returncode == 1
    assert done.stdout == (
        f"names.json: c1: dead-end: Outcome 'field 'plan' is known and page URL contains "
        f"/pricing' of 'Condition c1' {TAIL}\n"
        f"names.json: c1: dead-end: The 'Otherwise' branch of 'Condition c1' {TAIL}\n"
        f"names.json: m1: dead-end: Outcome 'Booked' of 'Meeting booking m1' {TAIL}\n"
        f"names.json: m1: dead-end: Outcome 'No slot' of 'Meeting booking m1' {TAIL}\n"
        "names.json: e1: unreachable: No path from the start card leads to 'End e1': link it "
        "from another card, or remove it.\n"
    )
    as_json = designer(french_user, names, "validate", "--json")
    messages = [p["message"] for p in json.loads(as_json.stdout)]
    assert messages == [line.split(": ", 3)[3] for line in done.stdout.splitlines()]


def test_the_exported_script_words_conditions_and_otherwise_in_english(french_user, names):
    done = designer(french_user, names, "export", "--force", "--script", "-")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "## Path 1 — country is one of FR, BE → Booked → leads nowhere" in lines
    assert "1. *If field 'plan' is known and page URL contains /pricing*" in lines
    assert "## Path 4 — Otherwise → leads nowhere" in lines
    assert not [line for line in lines if "Sinon" in line or "le pays" in line]
