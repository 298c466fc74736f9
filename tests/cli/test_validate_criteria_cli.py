"""``designer validate`` on a condition written with a country's name, as a real process.

The QA case: a Condition tests "country is France", which no visitor (whose
country is FR) can match. The command line must say so, where, and how to fix
it, and treat it as the warning it is (exit 0, 1 with --strict).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designer.model.codec import load_dialog

from .process import designer

SENTENCE = (
    "'France' is not a country code: visitors' countries are two-letter codes such as FR. "
    "Write FR in condition 1 of outcome 'From France' in 'Where from?'."
)
DIALOG = {
    "format": "stream-designer/dialog",
    "version": 1,
    "start": "where",
    "cards": [
        {
            "type": "condition",
            "id": "where",
            "title": "Where from?",
            "outcomes": [
                {
                    "id": "fr",
                    "label": "From France",
                    "criteria": [{"attribute": "country", "operator": "equals", "value": "France"}],
                }
            ],
        },
        {"type": "end", "id": "end"},
    ],
    "edges": [
        {"source": "where", "port": "fr", "target": "end"},
        {"source": "where", "port": "else", "target": "end"},
    ],
}


@pytest.fixture
def france(tmp_path: Path) -> Path:
    """The file as the editor saved it before this check existed: "value": "France"."""
    path = tmp_path / "france.json"
    path.write_text(json.dumps(DIALOG, indent=2), encoding="utf-8")
    load_dialog(path)  # a valid dialog file: only validation has something to say
    assert '"value": "France"' in path.read_text(encoding="utf-8")
    return path


def test_the_warning_is_printed_and_the_run_passes(env: dict[str, str], france: Path) -> None:
    done = designer(env, "validate", france)
    assert done.stdout.splitlines() == [f"{france}: where: country-not-code: {SENTENCE}"]
    assert done.stderr == "0 errors, 1 warning in 1 file\n"
    assert done.returncode == 0  # warnings are advice


def test_strict_fails_on_it(env: dict[str, str], france: Path) -> None:
    assert designer(env, "validate", "--strict", france).returncode == 1


def test_json_gives_the_path_of_the_value_to_change(env: dict[str, str], france: Path) -> None:
    done = designer(env, "validate", "--json", france)
    assert done.returncode == 0
    assert json.loads(done.stdout) == [
        {
            "file": str(france),
            "card": "where",
            "code": "country-not-code",
            "severity": "warning",
            "path": "$.cards[0].outcomes[0].criteria[0].value",
            "message": SENTENCE,
        }
    ]
