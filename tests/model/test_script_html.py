"""The HTML script: the Markdown's paths as a standalone page, with every dialog text inert."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from designer.model.cards import Answer, EndCard, LiveChatCard, MessageCard, QuestionCard
from designer.model.codec import load_dialog
from designer.model.dialog import Dialog, Edge
from designer.model.script import conversation_paths
from designer.model.script_html import script_html

HOSTILE = "<img src=x onerror=alert(1)>"
TALK = Path(__file__).resolve().parents[2] / "examples" / "talk-to-sales.json"


def hostile_dialog(language: str = "en") -> Dialog:
    """Hostile markup in every kind of text a marketer writes: name, description, lines, labels."""
    return Dialog(
        name=f"Sales {HOSTILE}",
        description='Line one & "two"\n<script>alert(2)</script>',
        language=language,
        start="hi",
        cards=[
            MessageCard(id="hi", text="Welcome\n<b>bold?</b>"),
            QuestionCard(
                id="ask",
                text=f"Talk to sales? {HOSTILE}",
                answers=[Answer(id="yes", label=f"Yes {HOSTILE}"), Answer(id="no", label="No")],
            ),
            LiveChatCard(id="chat", title="Chat <now>", text="Connecting you…"),
            EndCard(id="bye", message="Bye </li></ol>"),
        ],
        edges=[
            Edge(source="hi", port="next", target="ask"),
            Edge(source="ask", port="yes", target="chat"),
            Edge(source="ask", port="no", target="bye"),
        ],
    )


class Tags(HTMLParser):
    """Collects the tags and the text of a page, as a browser would parse it."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    parser.close()
    return parser


def test_a_standalone_page_with_one_section_per_path() -> None:
    dialog = load_dialog(TALK)
    page = script_html(dialog)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert page.rstrip().endswith("</html>")
    tags = parse(page).tags
    sections = [attrs for tag, attrs in tags if tag == "section"]
    paths = conversation_paths(dialog).paths
    assert len(sections) == len(paths) == 3
    assert [s["id"] for s in sections] == ["path-1", "path-2", "path-3"]
    assert "<title>Talk to sales — conversation script</title>" in page
    assert "<style>" in page
    assert not [t for t, a in tags if t in ("script", "link", "img") or a.get("src")]
    for number, path in enumerate(paths, 1):
        assert f"Path {number} — " in page
        steps = re.search(rf'id="path-{number}">(.*?)</section>', page, re.S)
        assert steps is not None
        assert steps.group(1).count('class="step ') == len(path.steps)
        assert f'class="ending {path.ending.kind.value}"' in steps.group(1)


def test_bot_and_visitor_lines_are_labelled_and_styled() -> None:
    page = script_html(load_dialog(TALK))
    assert '<li class="step bot" data-card="ask-sales"><span class="who">Bot:</span>' in page
    assert '<span class="who">Visitor:</span>' in page
    assert ".bot .who" in page and ".visitor .who" in page


def test_hostile_text_is_shown_as_text_never_as_markup() -> None:
    page = script_html(hostile_dialog())
    parsed = parse(page)
    assert "<img" not in page and "<script>" not in page and "<b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert not [tag for tag, _ in parsed.tags if tag in ("img", "script", "b", "now")]
    text = "".join(parsed.text)
    assert f"Talk to sales? {HOSTILE}" in text  # the reviewer reads exactly what was written
    assert f"Yes {HOSTILE}" in text
    assert "Bye </li></ol>" in text
    assert 'Line one & "two"\n<script>alert(2)</script>' in text
    assert "<title>Sales &lt;img" in page


def test_the_page_follows_the_dialog_language() -> None:
    assert '<html lang="fr">' in script_html(hostile_dialog("fr"))
    assert '<html lang="pt-BR">' in script_html(hostile_dialog("pt-BR"))


def test_the_same_dialog_gives_the_same_page() -> None:
    dialog = hostile_dialog()
    assert script_html(dialog) == script_html(dialog) == script_html(hostile_dialog())


def test_a_dialog_without_start_says_why_there_are_no_paths() -> None:
    page = script_html(Dialog(name="Empty"))
    assert '<p class="problem">The dialog has no start card' in page
    assert "<section" not in page


def test_paths_beyond_the_limit_are_counted() -> None:
    page = script_html(load_dialog(TALK), limit=1)
    assert page.count("<section") == 1
    assert '<p class="count">3 conversation paths.</p>' in page
    assert "2 more paths were not listed (the script lists 1)." in page
