"""The conversation script as a standalone HTML page, for reviewers who never open the app.

It renders the very :class:`~designer.model.script.ScriptResult` the Markdown
script renders, so both exports always list the same paths and lines. The page
is one self-contained file (inline CSS, no script, no external resource), so it
can be mailed or attached to a ticket and opened anywhere. Every piece of
dialog text is escaped: what a marketer wrote is shown as text, never run as
markup. The output depends only on the dialog, so re-exporting an unchanged
dialog gives identical bytes (friendly to version control and diffs).
"""

from __future__ import annotations

from html import escape

from designer.model.dialog import Dialog
from designer.model.script import (
    DEFAULT_LIMIT,
    ConversationPath,
    Step,
    StepKind,
    conversation_paths,
)

_WHO = {
    StepKind.BOT: "Bot",
    StepKind.VISITOR: "Visitor",
    StepKind.LIVE_CHAT: "Live chat",
    StepKind.MEETING: "Meeting",
}

_CSS = """\
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
  background: #f6f8fa; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
.description, .text, .details li { white-space: pre-wrap; }
.count, .omitted, .problem { color: #57606a; }
.path { background: #fff; border: 1px solid #d0d7de; border-radius: 8px;
  padding: .25rem 1.25rem 1rem; margin: 1.25rem 0; }
.path h2 { font-size: 1.15rem; }
ol { padding-left: 1.5rem; }
li { margin: .35rem 0; }
.who { font-weight: 600; }
.bot .who { color: #0969da; }
.visitor .who { color: #1a7f37; }
.live_chat .who, .meeting .who { color: #8250df; }
.note, .ending { color: #57606a; font-style: italic; }
.details { font-size: .9rem; color: #57606a; }
@media print { body { background: #fff; } .path { break-inside: avoid; } }
"""


def _text(value: str) -> str:
    """Dialog text as inert HTML: markup characters and quotes escaped."""
    return escape(value.replace("\r\n", "\n"), quote=True)


def _one_line(value: str) -> str:
    """Headings are one line whatever the labels hold (as in the Markdown)."""
    return _text(" ".join(value.split()))


def _step_html(step: Step) -> list[str]:
    card = _text(step.card_id)
    if step.kind is StepKind.NOTE:
        body = f'<span class="text">{_text(step.text)}</span>'
    else:
        who = _WHO[step.kind]
        body = f'<span class="who">{who}:</span> <span class="text">{_text(step.text)}</span>'
    lines = [f'<li class="step {step.kind.value}" data-card="{card}">{body}']
    if step.details:
        lines.append('<ul class="details">')
        lines += [f"<li>{_text(detail)}</li>" for detail in step.details]
        lines.append("</ul>")
    lines[-1] += "</li>"
    return lines


def _path_html(number: int, path: ConversationPath) -> list[str]:
    ending = path.ending
    return [
        f'<section class="path" id="path-{number}">',
        f"<h2>Path {number} — {_one_line(path.title)}</h2>",
        '<ol class="steps">',
        *(line for step in path.steps for line in _step_html(step)),
        f'<li class="ending {ending.kind.value}" data-card="{_text(ending.card_id)}">'
        f"{_text(ending.text)}</li>",
        "</ol>",
        "</section>",
    ]


def script_html(dialog: Dialog, limit: int = DEFAULT_LIMIT) -> str:
    """The script as a whole HTML page: title, description, then one section per path."""
    result = conversation_paths(dialog, limit)
    name = _one_line(dialog.name)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_text(dialog.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Stream Designer">',
        f"<title>{name} — conversation script</title>",
        f"<style>\n{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{name}</h1>",
    ]
    if dialog.description.strip():
        out.append(f'<p class="description">{_text(dialog.description.strip())}</p>')
    if result.problem:
        out.append(f'<p class="problem">{_text(result.problem)}</p>')
    else:
        out.append(f'<p class="count">{_text(result.count_sentence())}</p>')
        for number, path in enumerate(result.paths, 1):
            out += _path_html(number, path)
        sentence = result.omitted_sentence()
        if sentence:
            omitted = f"{sentence[0].upper()}{sentence[1:]} (the script lists {limit})."
            out.append(f'<p class="omitted">{_text(omitted)}</p>')
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)
