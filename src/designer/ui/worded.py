"""A sentence the Qt-free core worded in English, said in the language the app shows.

Validation and the engine write each sentence once, as an English template
with named values (:mod:`designer.model.wording`), and keep both beside the
English text. Here the template is translated (lupdate filed it under the
empty context) and filled with those values, which stay as the marketer wrote
them: card titles, answer labels, agents, teams, rules. A value that is itself
a wording (why an agent was skipped) is said in the app's language too, and so
are the model's own words (:data:`WORD_ARGS`, e.g. a Meeting booking card's
"Booked" exit), as the canvas shows them.

Some words the model writes are plain text that keeps its wording beside it
(:class:`~designer.model.wording.WordedText`: an untitled card's "Meeting
booking m1", a condition's "country is FR", the default "Otherwise" branch);
:func:`worded_text` says them, and :func:`worded` says them inside a sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QEvent, QObject

from designer.model.validation.problems import WORD_ARGS
from designer.model.wording import Args, WordedText, Wording
from designer.ui.translations import installed_language, tr

TABLED_WORDS = (
    # A condition's description (designer.model.criteria): what is tested...
    QT_TR_NOOP("country"),
    QT_TR_NOOP("region"),
    QT_TR_NOOP("city"),
    QT_TR_NOOP("page URL"),
    QT_TR_NOOP("live agents available"),
    QT_TR_NOOP("field '{field}'"),
    # ... and a whole sentence per operator, so a translation may reorder it
    QT_TR_NOOP("{who} is {value}"),
    QT_TR_NOOP("{who} is not {value}"),
    QT_TR_NOOP("{who} is one of {value}"),
    QT_TR_NOOP("{who} is not one of {value}"),
    QT_TR_NOOP("{who} contains {value}"),
    QT_TR_NOOP("{who} does not contain {value}"),
    QT_TR_NOOP("{who} starts with {value}"),
    QT_TR_NOOP("{who} ends with {value}"),
    QT_TR_NOOP("{who} is known"),
    QT_TR_NOOP("{who} is unknown"),
    QT_TR_NOOP("{first} and {then}"),
    # designer.model.cards: an outcome with no criteria, the else branch, an untitled card
    QT_TR_NOOP("always"),
    QT_TR_NOOP("Otherwise"),
    QT_TR_NOOP("{kind} {id}"),
    # designer.model.routing: a Live Chat card's routing option and its custom rules
    QT_TR_NOOP("Round-robin over all agents"),
    QT_TR_NOOP("Agent {agent}"),
    QT_TR_NOOP("Team {team} (round-robin within the team)"),
    QT_TR_NOOP("Custom rules (1 rule), else fallback"),
    QT_TR_NOOP("Custom rules ({n} rules), else fallback"),
    QT_TR_NOOP("agent {agent}"),
    QT_TR_NOOP("team {team}"),
    QT_TR_NOOP("every visitor"),
    QT_TR_NOOP("{when} → {target}"),
    # designer.engine.preview: what a simulated agent types to the visitor
    QT_TR_NOOP("Hi {name}, thanks for reaching out! How can I help?"),
    QT_TR_NOOP("Hi there, thanks for reaching out! How can I help?"),
    QT_TR_NOOP("Good question. Let me check that for you."),
    QT_TR_NOOP("Thanks! I've noted that down. Anything else I can help with?"),
)
"""Templates the core keeps in tables rather than writing at a ``wording()`` call.

lupdate extracts only literals passed to ``wording()`` in validation and the
engine, so these are marked here, under the empty context :func:`worded`
looks in (the card type names are marked by the canvas's styles).
``tests/ui/test_french_names.py`` keeps this list and the tables in step.
"""


def worded(template: str, args: Args, english: str = "") -> str:
    """The sentence in the app's language: ``worded(*wording)`` for a :class:`Wording`.

    ``english`` is what to show if a translation is broken (a field the
    template lacks: the catalogue test forbids it); by default the template
    filled in English.
    """
    values: dict[str, str] = {}
    for name, value in args:
        if isinstance(value, Wording):
            values[name] = worded(*value)
        elif isinstance(value, WordedText):
            values[name] = worded(*value.said)
        else:
            values[name] = tr(value) if name in WORD_ARGS else value
    try:
        return tr(template).format_map(values)
    except (KeyError, IndexError, ValueError):
        return english or template.format_map(dict(args))


def worded_lines(said: Iterable[Wording]) -> list[str]:
    """Each sentence of a story (a routing decision's, say) in the app's language."""
    return [worded(*line) for line in said]


def worded_text(text: str, said: Wording | None = None) -> str:
    """Text as the app shows it: its wording said in the app's language, else as written.

    The wording is ``said`` when given (an engine event's), else the one a
    :class:`WordedText` keeps; text the marketer wrote has none and is shown as is.
    """
    if said is None and isinstance(text, WordedText):
        return _said_once(text.said, installed_language())
    return text if said is None else worded(*said)


@lru_cache(maxsize=1 << 14)
def _said_once(said: Wording, language: str) -> str:
    """A model word (an untitled card's name, a condition) said once per language.

    Card lists (the start card, Go To targets) word every title at each
    refresh: 5,000 untitled cards cost 36 ms a keystroke without this. A
    catalogue installed or removed (Qt's LanguageChange) forgets everything.
    """
    _forget_on_language_change()
    return worded(*said)


class _Forget(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            _said_once.cache_clear()
        return False


_forgetter: _Forget | None = None


def _forget_on_language_change() -> None:
    global _forgetter
    app = QCoreApplication.instance()
    if _forgetter is None and app is not None:
        _forgetter = _Forget(app)
        app.installEventFilter(_forgetter)
