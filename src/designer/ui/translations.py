"""The app's languages: which one to show, its Qt catalogues, and the Language menu.

English is written in the code; French comes from ``designer_fr.ts`` beside
the other resources, and ``designer_en.ts`` holds only English plural forms
(Qt's ``%n``). The ``.ts`` files are the source of truth: the ``.qm`` that Qt
loads is compiled with ``lrelease`` (shipped with PySide6-Essentials) and
named after the hash of its ``.ts``, so a stale catalogue can never be loaded.
A build (the desktop package) compiles them beside the ``.ts`` with
``--release``; a pip install compiles them on first start into the user's
cache folder. The language follows the system unless the user picks one in
View ▸ Language, which takes effect at the next start: every widget would
otherwise have to rebuild its texts on the fly.

Code outside a QObject translates with :func:`tr` (imported as ``_tr``/``_t``);
lupdate files those calls under the empty context. Validation and the engine,
which must not import Qt, write their sentences as templates through
``wording()`` (the engine's routing story through ``_story_line()``); lupdate
scans them too and files those templates under the empty context, and
``designer.ui.worded`` translates them. Developers refresh
the catalogues after changing UI strings with ``python -m designer.ui.translations
--update``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from designer.resources import resources_root

# Each language is named in itself, so anyone can find theirs: never translated.
LANGUAGES = {"en": "English", "fr": "Français"}
SOURCE_LANGUAGE = "en"
SYSTEM = "system"
SETTING = "ui/language"
ENV_VAR = "DESIGNER_LANGUAGE"  # overrides the setting (screenshots, smoke tests)
CATALOGUE = "designer"
# Module helpers lupdate treats as tr() with no context; wording() and the routing story's
# _story_line() only mark their template (the first argument), as QT_TR_NOOP does.
TR_ALIASES = "tr+=_tr,tr+=_t,QT_TR_NOOP+=wording,QT_TR_NOOP+=_story_line"
UI_SOURCES = Path(__file__).resolve().parent
VALIDATION_SOURCES = UI_SOURCES.parent / "model" / "validation"  # problem sentences, Qt-free
ENGINE_SOURCES = UI_SOURCES.parent / "engine"  # routing decisions, bot hints, end reasons

_installed: list[QTranslator] = []
_installed_language = SOURCE_LANGUAGE


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate text where no QObject is at hand (module constants, painting, commands)."""
    return QCoreApplication.translate("", text, disambiguation, n)


# --- which language ----------------------------------------------------------------------


def chosen_language() -> str:
    """What the user picked in View ▸ Language: a language code, or ``system``."""
    value = str(os.environ.get(ENV_VAR) or QSettings().value(SETTING, SYSTEM))
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def choose_language(choice: str) -> None:
    """Remember the user's pick for the next start (``system`` follows the system again)."""
    settings = QSettings()
    settings.setValue(SETTING, choice)
    settings.sync()


def effective_language(choice: str | None = None, ui_languages: Sequence[str] | None = None) -> str:
    """The language to show: the choice, else the first supported system language, else English."""
    choice = chosen_language() if choice is None else choice
    if choice in LANGUAGES:
        return choice
    tags = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in tags:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def installed_language() -> str:
    """The language whose catalogues this process shows."""
    return _installed_language


# --- the catalogues ----------------------------------------------------------------------


def translations_dir() -> Path:
    return resources_root() / "translations"


def source_file(language: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{language}.ts"


def compiled_name(source: Path) -> str:
    """``designer_fr.<hash>.qm``: the hash of the ``.ts`` makes a stale catalogue unloadable."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    return f"{source.stem}.{digest}.qm"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("stream-designer", appauthor=False)) / "translations"


def qt_tool(name: str) -> Path | None:
    """Qt's ``lupdate`` or ``lrelease``: PySide6-Essentials ships them beside its modules."""
    import PySide6

    exe = name + (".exe" if sys.platform == "win32" else "")
    bundled = Path(PySide6.__file__).resolve().parent / exe
    if bundled.exists():
        return bundled
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def release(source: Path, target: Path) -> Path:
    """Compile ``source`` into ``target`` with lrelease; a RuntimeError says why not."""
    tool = qt_tool("lrelease")
    if tool is None:
        raise RuntimeError("Qt's lrelease is not installed (it comes with PySide6-Essentials)")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    done = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"lrelease failed on {source.name}: {done.stderr.strip()}")
    partial.replace(target)  # atomic: two app starts compiling at once both end well
    return target


def release_beside(source: Path, folder: Path) -> Path:
    """Compile ``source`` into ``folder`` for a build, dropping its older compilations."""
    for old in folder.glob(f"{source.stem}.*.qm"):
        old.unlink()
    return release(source, folder / compiled_name(source))


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` for ``language``, compiled into the cache on first use; None for none.

    A build puts it beside the ``.ts``; otherwise the cache has it, or lrelease
    makes it now (a fraction of a second, once per catalogue version).
    """
    source = source_file(language)
    if not source.exists():
        return None
    name = compiled_name(source)
    for folder in (translations_dir(), cache_dir()):
        if (folder / name).exists():
            return folder / name
    try:
        return release(source, cache_dir() / name)
    except (RuntimeError, OSError) as exc:
        print(f"designer: the {LANGUAGES[language]} texts are unavailable: {exc}", file=sys.stderr)
        return None


def install_translators(language: str | None = None) -> str:
    """Install the catalogues of ``language`` (default: the effective one); the language shown.

    Replaces those installed before, so tests can switch back to English. Qt's
    own catalogue (qtbase) translates the standard dialogs and buttons.
    """
    global _installed_language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    language = effective_language() if language is None else language
    remove_translators()
    if language != SOURCE_LANGUAGE and not _load(app, compiled_catalogue(language)):
        language = SOURCE_LANGUAGE  # its catalogue is unavailable (said on stderr): English
    if language == SOURCE_LANGUAGE:
        _load(app, compiled_catalogue(SOURCE_LANGUAGE))  # "1 card", "2 cards"
        return language
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _load(app, qt_dir / f"qtbase_{language}.qm")
    if QLocale.system().language() != QLocale(language).language():
        QLocale.setDefault(QLocale(language))  # "10 000" in a French UI on an English system
    _installed_language = language
    return language


def _load(app: QCoreApplication, path: Path | None) -> bool:
    translator = QTranslator(app)
    if path is None or not path.exists() or not translator.load(str(path)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def remove_translators() -> None:
    """Back to the English written in the code."""
    global _installed_language
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    _installed_language = SOURCE_LANGUAGE


# --- View ▸ Language -------------------------------------------------------------------


def language_menu(parent: QWidget) -> QMenu:
    """System / English / Français, checked as chosen; the change applies at the next start."""
    menu = QMenu(tr("&Language"), parent)
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    system = effective_language(SYSTEM)
    choices = [(SYSTEM, tr("System language ({0})").format(LANGUAGES[system]))]
    choices += list(LANGUAGES.items())
    current = chosen_language()
    for code, label in choices:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    note = menu.addAction(tr("Applies the next time Stream Designer starts"))
    note.setEnabled(False)
    group.triggered.connect(lambda action: _language_picked(parent, action.data()))
    return menu


def _language_picked(parent: QObject, choice: str) -> None:
    choose_language(choice)
    language = effective_language(choice)
    if language == installed_language():
        return
    QMessageBox.information(
        parent if isinstance(parent, QWidget) else None,
        tr("Language"),
        tr("Stream Designer will be in {0} the next time it starts.").format(LANGUAGES[language]),
    )


# --- refreshing the catalogues (developers) ----------------------------------------------


def update_sources(targets: Sequence[Path] | None = None) -> str:
    """Run lupdate over ``ui/``, ``model/validation/`` and ``engine/``; lupdate's report.

    No line numbers (diffs stay small when code moves) and no obsolete
    entries (a removed string leaves the catalogue with it).
    """
    tool = qt_tool("lupdate")
    if tool is None:
        raise RuntimeError("Qt's lupdate is not installed (it comes with PySide6-Essentials)")
    report = []
    for ts in targets or [source_file(code) for code in LANGUAGES]:
        language = ts.stem.rsplit("_", 1)[-1]
        args = [str(tool), "-extensions", "py", "-tr-function-alias", TR_ALIASES]
        args += ["-locations", "none", "-no-obsolete", "-source-language", SOURCE_LANGUAGE]
        args += ["-target-language", language]
        if language == SOURCE_LANGUAGE:
            args.append("-pluralonly")  # English needs only its plural forms
        args += [str(UI_SOURCES), str(VALIDATION_SOURCES), str(ENGINE_SOURCES), "-ts", str(ts)]
        done = subprocess.run(args, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"lupdate failed on {ts.name}: {done.stderr.strip()}")
        report.append(done.stdout + done.stderr)
        if language == SOURCE_LANGUAGE:
            ts.write_text(english_plurals(ts.read_text(encoding="utf-8")), encoding="utf-8")
    return "".join(report)


_UNFINISHED_PLURAL = re.compile(
    r"(?P<head><source>(?P<source>[^<]*)</source>\n(?:\s*<comment>[^<]*</comment>\n)?)"
    r"(?P<indent>\s*)<translation type=\"unfinished\">\s*"
    r"<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>"
)


def english_plurals(ts_text: str) -> str:
    """Fill English plural forms the house way: "%n card(s)" is "%n card" / "%n cards".

    A source without "(s)" stays unfinished, for a person to write (the test says which).
    """

    def forms(match: re.Match[str]) -> str:
        source, indent = match["source"], match["indent"]
        if "(s)" not in source:
            return match[0]
        inner = indent + "    "
        one, many = source.replace("(s)", ""), source.replace("(s)", "s")
        return (
            f"{match['head']}{indent}<translation>\n"
            f"{inner}<numerusform>{one}</numerusform>\n"
            f"{inner}<numerusform>{many}</numerusform>\n"
            f"{indent}</translation>"
        )

    return _UNFINISHED_PLURAL.sub(forms, ts_text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m designer.ui.translations",
        description="Refresh or compile the app's translation catalogues.",
    )
    parser.add_argument(
        "--update", action="store_true", help="extract the UI strings into the .ts files"
    )
    parser.add_argument(
        "--release",
        nargs="?",
        const=str(translations_dir()),
        metavar="DIR",
        help="compile the .qm files into DIR (default: beside the .ts files, for a build)",
    )
    args = parser.parse_args(argv)
    if not args.update and args.release is None:
        parser.print_help()
        return 2
    try:
        if args.update:
            print(update_sources(), end="")
        if args.release is not None:
            for code in LANGUAGES:
                print(release_beside(source_file(code), Path(args.release)))
    except RuntimeError as exc:
        print(f"designer: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
