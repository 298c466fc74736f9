"""English and French: every UI string goes through Qt's translation, and French is complete.

What a French-speaking marketer relies on: no English sentence hides in the
code outside tr(); the catalogues translate exactly the strings the code has
(none unfinished, none left over, every placeholder kept); the catalogue the
app loads is the one compiled from today's ``.ts``; the language follows the
system or View ▸ Language; and a real window, with French installed, shows
French everywhere a user can look.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from designer.model.cards import CARD_CLASSES
from designer.ui import translations
from designer.ui.main_window import MainWindow
from designer.ui.palette import CardTypeList

UI = Path(translations.__file__).resolve().parent
TRANSLATE_CALLS = {
    "tr",
    "_tr",
    "_t",
    "translate",
    "QT_TR_NOOP",
    "QT_TRANSLATE_NOOP",
    "QT_TR_N_NOOP",
    "QT_TRANSLATE_N_NOOP",
}
# Calls whose string arguments are names, styles, keys or patterns, never shown as text.
TECHNICAL_CALLS = {
    "setObjectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "QColor",
    "QSettings",
    "setValue",
    "value",
    "getattr",
    "hasattr",
    "setattr",
    "compile",
    "fullmatch",
    "match",
    "search",
    "sub",
    "QKeySequence",
    "fromTheme",
    "startswith",
    "endswith",
    "split",
    "join",
    "replace",
    "strip",
    "rstrip",
    "lstrip",
    "Signal",
    "getenv",
    "get",
    "TypeVar",
    "cast",
    "setDefaultSuffix",
    "hasFormat",
    "data",
    "setData",
    "mimeData",
    "removeprefix",
    "removesuffix",
    "get_all",
    "print",  # console lines for developers and shells (translations.py), not the UI
}
TECHNICAL_KEYWORDS = {
    "code",
    "objectName",
    "prog",
    "description",
    "metavar",
    "help",
    "nargs",
    "action",
}
# Literals that look like words but must stay as written, and why.
PLACE_NAMES = {"Paris, pricing page", "Île-de-France", "Paris", "New York", "Tokyo"}
LIBRARIES = {
    "PySide6 (Qt for Python)",
    "PySide6-Essentials",
    "PySide6",
    "Shiboken6",
    "Alembic",
    "Qt",
}
ALLOWED: dict[str, set[str]] = {
    "main_window.py": {"Stream Designer"},  # the product's name (and the QSettings folder)
    "translations.py": {"English", "Français"},  # each language is named in itself
    "preview/profile_picker.py": PLACE_NAMES,  # sample visitors, data like a marketer's
    "help_menu.py": LIBRARIES,  # names of the libraries in the About box
}


def _looks_like_words(text: str) -> bool:
    """A sentence or a capitalised word a person reads, not a key, style, colour or shortcut."""
    stripped = text.strip()
    if not re.search(r"[^\W\d_]{2}", stripped):
        return False
    if re.fullmatch(r"(Ctrl|Shift|Alt|Meta|F\d)[+\w]*", stripped):
        return False
    if re.search(r"[\w-]+\s*:\s*[^;]+;|(^|;)\s*[a-z-]+\s*:$", stripped):
        return False  # style sheets
    if stripped.startswith(("#", "^", "\\")):
        return False  # colours, patterns
    return " " in stripped or bool(re.match(r"[A-ZÀ-Ý][a-zà-ÿ]", stripped))


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _docstrings(tree: ast.AST) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            # module/class/function docstrings, and the attribute docstrings after assignments
            for i, stmt in enumerate(body):
                is_string = isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
                if is_string and (i == 0 or isinstance(body[i - 1], ast.Assign | ast.AnnAssign)):
                    found.add(stmt.value)
    return found


def _exempt(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside tr()/a technical call, a dict key, an index, a comparison or an annotation."""
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.Call):
            name = _call_name(parent)
            if name in TRANSLATE_CALLS or name in TECHNICAL_CALLS:
                return True
            if name.endswith("Error") and name != "DesignerError":
                return True  # a programmer's error: only DesignerError reaches a marketer
        if isinstance(parent, ast.keyword) and parent.arg in TECHNICAL_KEYWORDS:
            return True
        if isinstance(parent, ast.Dict) and child in parent.keys:
            return True
        if isinstance(parent, ast.Subscript) and child is parent.slice:
            return True
        if isinstance(parent, ast.Compare | ast.MatchValue):
            return True
        if isinstance(parent, ast.arg | ast.AnnAssign) and child is parent.annotation:
            return True
        if isinstance(parent, ast.FunctionDef) and child is parent.returns:
            return True
        if isinstance(parent, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in {"__all__", "MIME_TYPE"} for t in parent.targets
        ):
            return True
        child, parent = parent, parents.get(parent)
    return False


def untranslated_literals() -> list[str]:
    """``file:line: 'text'`` for every word-like literal in ui/ that skips translation."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if node in docs or not _looks_like_words(node.value):
                continue
            if node.value in ALLOWED.get(relative, set()) or _exempt(node, parents):
                continue
            found.append(f"{relative}:{node.lineno}: {node.value!r}")
    return found


def test_every_ui_string_goes_through_translation() -> None:
    missing = untranslated_literals()
    assert not missing, "wrap these in self.tr()/_tr() (or allow them, saying why):\n" + "\n".join(
        missing
    )


# --- the catalogues -------------------------------------------------------------------------


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, (message.findtext("source") or "") + "|" + message.findtext("comment", ""))
            found[key] = message
    return found


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _placeholders(text: str) -> list[str]:
    """``{0}``, ``{name}``, ``%n`` and the menu mnemonic: what a translation must keep."""
    marks = sorted(re.findall(r"\{\{|\}\}|\{\w*\}|%L?n", text))
    mnemonic = re.search(r"&(?!amp;)\w", text) is not None
    return [*marks, "&" if mnemonic else ""]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_catalogue_is_finished_and_keeps_every_placeholder(language: str) -> None:
    messages = _messages(translations.source_file(language))
    assert messages, "the catalogue is empty"
    problems = []
    for (context, key), message in messages.items():
        source = key.split("|")[0]
        translation = message.find("translation")
        assert translation is not None
        status = translation.get("type")
        forms = _forms(message)
        if status in {"unfinished", "obsolete", "vanished"} or not all(f.strip() for f in forms):
            problems.append(f"[{context}] {source!r}: {status or 'empty'}")
        elif "%n" in source and message.get("numerus") != "yes":
            problems.append(f"[{context}] {source!r}: has %n but is not a plural message")
        else:
            problems += [
                f"[{context}] {source!r} -> {form!r}: placeholders differ"
                for form in forms
                if _placeholders(form) != _placeholders(source)
            ]
    assert not problems, "\n".join(problems)


def test_the_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """What lupdate extracts today is what the .ts files translate: nothing new, nothing gone."""
    copies = []
    for language in translations.LANGUAGES:
        copy = tmp_path / translations.source_file(language).name
        shutil.copy(translations.source_file(language), copy)
        copies.append(copy)
    translations.update_sources(copies)
    for copy in copies:
        shipped = _messages(translations.source_file(copy.stem.rsplit("_", 1)[-1]))
        fresh = _messages(copy)
        new = sorted(f"[{c}] {k.split('|')[0]!r}" for c, k in fresh.keys() - shipped.keys())
        gone = sorted(f"[{c}] {k.split('|')[0]!r}" for c, k in shipped.keys() - fresh.keys())
        assert not new and not gone, (
            f"{copy.name} is not current: run 'python -m designer.ui.translations --update' "
            f"and translate.\nnew in the code: {new}\nno longer in the code: {gone}"
        )


def test_every_validation_sentence_is_in_the_catalogue_with_no_context() -> None:
    """Validation (Qt-free) writes its sentences through ``wording()``; the editor looks the
    templates up under the empty context, so that is where lupdate must file them."""
    templates = set()
    for path in translations.VALIDATION_SOURCES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _call_name(node) == "wording":
                assert isinstance(node.args[0], ast.Constant), f"{path.name}:{node.lineno}"
                templates.add(node.args[0].value)
    messages = _messages(translations.source_file("fr"))
    no_context = {key.split("|")[0] for context, key in messages if context == ""}
    assert len(templates) > 40
    assert templates <= no_context, sorted(templates - no_context)


def test_every_engine_sentence_is_in_the_catalogue_with_no_context() -> None:
    """The engine (Qt-free) words routing decisions, end reasons and the bot's hints through
    ``wording()`` and ``_story_line()``; the preview looks them up under the empty context."""
    templates = set()
    for path in translations.ENGINE_SOURCES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _call_name(node) in {"wording", "_story_line"}:
                assert isinstance(node.args[0], ast.Constant), f"{path.name}:{node.lineno}"
                templates.add(node.args[0].value)
    messages = _messages(translations.source_file("fr"))
    no_context = {key.split("|")[0] for context, key in messages if context == ""}
    assert {"Skipped {agent}, who {reason}.", "is away", "What is your {field}?"} <= templates
    assert templates <= no_context, sorted(templates - no_context)


@pytest.fixture
def catalogue_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Compiled catalogues go to a per-test cache folder, never the user's."""
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "cache")
    return tmp_path / "cache"


def test_the_loaded_catalogue_is_the_one_compiled_from_the_ts(
    tmp_path: Path, catalogue_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The .qm the app loads equals lrelease's output for today's .ts; an edited .ts is
    compiled again instead of loading the stale one."""
    shipped = translations.source_file("fr")
    expected = translations.release(shipped, tmp_path / "expected.qm").read_bytes()
    loaded = translations.compiled_catalogue("fr")
    assert loaded is not None and loaded.read_bytes() == expected

    folder = tmp_path / "translations"
    folder.mkdir()
    edited = folder / shipped.name
    edited.write_text(
        shipped.read_text(encoding="utf-8").replace(
            "<translation>&amp;Fichier</translation>", "<translation>&amp;Fichiers</translation>"
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "translations_dir", lambda: folder)
    recompiled = translations.compiled_catalogue("fr")
    assert recompiled is not None and recompiled != loaded
    translator = QTranslator()
    assert translator.load(str(recompiled))
    assert translator.translate("MainWindow", "&File") == "&Fichiers"


def test_a_build_ships_the_compiled_catalogue_and_the_app_uses_it(
    tmp_path: Path, catalogue_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop package compiles at build time: with lrelease gone, the shipped .qm serves."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for language in translations.LANGUAGES:
        shutil.copy(translations.source_file(language), folder)
    monkeypatch.setattr(translations, "translations_dir", lambda: folder)
    assert translations.main(["--release", str(folder)]) == 0
    monkeypatch.setattr(translations, "qt_tool", lambda _name: None)  # no lrelease at run time
    found = translations.compiled_catalogue("fr")
    assert found is not None and found.parent == folder
    assert not catalogue_cache.exists()


def test_without_lrelease_or_a_catalogue_the_app_stays_in_english(
    qapp, catalogue_cache: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(translations, "qt_tool", lambda _name: None)
    try:
        assert translations.install_translators("fr") == "en"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        translations.remove_translators()
    assert "Français" in capsys.readouterr().err  # said once on the terminal, no crash


# --- choosing the language ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "system", "shown"),
    [
        ("system", ["fr-FR", "en-US"], "fr"),
        ("system", ["fr-CA"], "fr"),
        ("system", ["de-DE", "fr-BE"], "fr"),
        ("system", ["de-DE"], "en"),
        ("system", ["C"], "en"),
        ("en", ["fr-FR"], "en"),
        ("fr", ["en-GB"], "fr"),
    ],
)
def test_the_language_follows_the_system_unless_the_user_chose(
    choice: str, system: list[str], shown: str
) -> None:
    assert translations.effective_language(choice, system) == shown


@pytest.fixture
def french(qapp, catalogue_cache: Path) -> Iterator[None]:
    """French installed for one test, English again afterwards."""
    assert translations.install_translators("fr") == "fr"
    yield
    translations.remove_translators()


@pytest.fixture
def french_window(french, qtbot, controller, boxes) -> Iterator[MainWindow]:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.controller.undo_stack.setClean()
    window.close()


def test_a_french_window_has_french_menus_palette_and_undo_steps(french_window) -> None:
    window = french_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:4] == ["&Fichier", "&Édition", "&Affichage", "&Dialogue"]
    assert "Aid&e" in menus
    listing = window.palette.findChild(CardTypeList)
    shown = [listing.item(i).text() for i in range(listing.count())]
    assert "Capture d'informations" in shown and "Chat en direct" in shown
    ctrl = window.controller
    ctrl.move_cards({ctrl.document.start: (10.0, 20.0)})
    assert ctrl.undo_stack.undoText() == "Déplacer la carte"
    assert window.edits.undo.text().startswith("&Annuler")
    ctrl.remove_cards(list(ctrl.document.card_ids())[:2])
    assert ctrl.undo_stack.undoText() == "Supprimer 2 cartes"  # a French plural


def test_qt_standard_buttons_are_french_too(french) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def _english_only() -> dict[str, str]:
    """English sources whose French differs, without mnemonics: what must never show in French."""
    found = {}
    for message in _messages(translations.source_file("fr")).values():
        if message.get("numerus") == "yes":
            continue
        source, french = message.findtext("source") or "", _forms(message)[0]
        if source.replace("&", "") != french.replace("&", ""):
            found[source.replace("&", "")] = french
    return found


def _shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see in and around ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QDockWidget | QGroupBox):
            yield name, widget.windowTitle() if isinstance(widget, QDockWidget) else widget.title()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield name, widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from ((name, widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            yield from ((name, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from ((name, header.text(i)) for i in range(header.columnCount()))
        if isinstance(widget, QTableWidget):
            for i in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(i)
                if item is not None:
                    yield name, item.text()
        yield name, widget.toolTip()
        for action in widget.actions():
            yield f"action in {name}", action.text()
            yield f"action in {name}", action.statusTip()


def test_nothing_english_is_left_in_a_french_window(french_window, qtbot) -> None:
    """Every panel, and the inspector for every card type: a text still in English means
    the code asked for it under another context than lupdate filed it (a silent miss)."""
    window = french_window
    window.simulation.open_panel()
    window.previews.open_inbox()
    window.previews.dock.show()
    english = _english_only()
    seen: list[str] = []

    def look() -> None:
        for root in [window, *window.findChildren(QDockWidget)]:
            for where, text in _shown_texts(root):
                if text.replace("&", "") in english:
                    seen.append(f"{where}: {text!r} (French: {english[text.replace('&', '')]!r})")

    look()
    for type_name in CARD_CLASSES:
        card_id = window.controller.add_card(type_name, 0.0, 0.0)
        window.view.dialog_scene().select_cards([card_id])
        qtbot.waitUntil(lambda c=card_id: window.inspector.card_id == c)
        look()
    assert not sorted(set(seen)), "\n".join(sorted(set(seen)))


class _EnglishSystem(QLocale):
    """The system locale of an English-speaking user, whatever this machine's is."""

    @staticmethod
    def system() -> QLocale:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def test_view_language_menu_remembers_the_choice_for_the_next_start(
    qtbot, controller, boxes, catalogue_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "QLocale", _EnglishSystem)
    monkeypatch.delenv(translations.ENV_VAR, raising=False)
    main_window = MainWindow(controller)
    qtbot.addWidget(main_window)
    view = main_window.menuBar().actions()[2].menu()
    language = next(a.menu() for a in view.actions() if a.menu() is not None)
    assert language.objectName() == "language-menu"
    choices = {a.text(): a for a in language.actions() if a.isCheckable()}
    assert list(choices) == ["System language (English)", "English", "Français"]
    assert choices["System language (English)"].isChecked()
    note = [a.text() for a in language.actions() if not a.isEnabled()]
    assert note == ["Applies the next time Stream Designer starts"]

    choices["Français"].trigger()
    assert choices["Français"].isChecked() and not choices["English"].isChecked()
    assert boxes.asked == [
        ("information", "Language", "Stream Designer will be in Français the next time it starts.")
    ]
    assert main_window.menuBar().actions()[0].text() == "&File"  # this run stays English
    assert translations.chosen_language() == "fr"
    try:  # the next start
        assert translations.install_translators() == "fr"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    finally:
        translations.remove_translators()

    choices["System language (English)"].trigger()  # back to the system's: English here
    assert translations.chosen_language() == "system"
    assert len(boxes.asked) == 1  # nothing changes at the next start: nothing to say
    main_window.controller.undo_stack.setClean()
    main_window.close()


def test_the_app_starts_in_the_system_language_or_the_chosen_one(tmp_path: Path) -> None:
    """``designer`` itself installs the catalogues: French for a French system, English when
    the user picked English, English for a system language the app does not have."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from designer.app import APP_NAME, _application\n"
        "from designer.ui.translations import installed_language, choose_language\n"
        "QCoreApplication.setOrganizationName(APP_NAME)\n"
        "QCoreApplication.setApplicationName(APP_NAME)\n"
        "if len(sys.argv) > 1: choose_language(sys.argv[1])  # as View > Language did\n"
        "app, _files = _application([])\n"
        "print(installed_language(), QCoreApplication.translate('MainWindow', '&File'))\n"
    )
    base = {  # the user's language settings left out: each start says its own
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("LANG", "LC_")) and k != translations.ENV_VAR
        },
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "C.UTF-8",
    }

    def start(language: str, *args: str) -> str:
        env = {**base, "LANGUAGE": language}
        done = subprocess.run(
            [sys.executable, "-c", script, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert start("fr") == "fr &Fichier"
    assert start("de") == "en &File"
    assert start("fr", "en") == "en &File"  # View > Language wins over the system
