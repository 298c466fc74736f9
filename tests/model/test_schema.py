"""The published JSON Schema: generated from the models, shipped current, and true to files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from designer.model.cards import CARD_CLASSES, LiveChatCard
from designer.model.codec import dumps_dialog
from designer.model.dialog import Dialog
from designer.model.routing import AgentRouting, CustomRules, Rule, TeamRouting
from designer.model.schema import dialog_schema, schema_text
from designer.resources import schema_file

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.json"))
SHIPPED = schema_file()


def _validator() -> jsonschema.Draft202012Validator:
    schema = dialog_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_shipped_schema_is_current() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == schema_text(), (
        "the shipped JSON Schema is out of date; regenerate it with: "
        "designer schema > src/designer/resources/schema/dialog.schema.json"
    )


def test_schema_names_itself_and_requires_the_format_marker() -> None:
    schema = dialog_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://stream-designer.example/schema/dialog-v1.json"
    assert schema["title"] == "Stream Designer dialog" and schema["description"]
    assert {"format", "version"} <= set(schema["required"])
    assert schema["properties"]["version"]["const"] == 1
    assert schema_text().endswith("}\n") and json.loads(schema_text()) == schema


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_dialogs_conform_to_the_schema(path: Path) -> None:
    _validator().validate(json.loads(path.read_text(encoding="utf-8")))


def test_what_the_codec_writes_conforms_to_the_schema() -> None:
    cards = [cls(id=f"card-{kind}") for kind, cls in CARD_CLASSES.items()]
    routings = [
        AgentRouting(agent="ana@example.com"),
        TeamRouting(team="EMEA"),
        CustomRules(rules=[Rule(team="EMEA"), Rule(agent="bo@example.com")]),
    ]
    cards += [LiveChatCard(id=f"chat-{r.kind}", routing=r) for r in routings]
    dialog = Dialog(start="card-message", cards=cards)
    _validator().validate(json.loads(dumps_dialog(dialog)))
    _validator().validate(json.loads(dumps_dialog(Dialog())))


@pytest.mark.parametrize(
    "change",
    [
        {"cards": [{"type": "popup", "id": "p"}]},
        {"format": "other"},
        {"version": 2},
        {"colour": "red"},
        {"edges": [{"from": "a", "to": "b"}]},
    ],
    ids=["card-type", "format", "version", "extra", "edge"],
)
def test_schema_rejects_what_the_codec_rejects(change: dict[str, object]) -> None:
    data = {**json.loads(dumps_dialog(Dialog())), **change}
    assert not _validator().is_valid(data)
