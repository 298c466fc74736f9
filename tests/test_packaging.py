"""The desktop package: what ships inside the package, the desktop entry, a real PyInstaller build.

The build test freezes the app with packaging/build.py (about 80 s on a
2-core machine) and starts the result offscreen from a folder outside the
repository: it must open the bundled example, paint its window with the app
icon and show the first-run tour, with nothing taken from the source tree.
"""

from __future__ import annotations

import configparser
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from designer.resources import example_dialog, example_dialogs, resources_root

ROOT = Path(__file__).resolve().parents[1]
COMPONENTS = ("pyside6_essentials", "pydantic", "sqlmodel", "sqlalchemy", "alembic", "grandalf")


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "stream_designer_build", ROOT / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_examples_inside_the_package_are_the_ones_users_see_in_examples() -> None:
    """Two copies by design (examples/ for users of the repository, the package for installs):
    this keeps them identical."""
    shipped = {path.name: path for path in example_dialogs()}
    assert {"talk-to-sales.json", "support-desk.json"} <= set(shipped)
    for name, path in shipped.items():
        assert path.read_bytes() == (ROOT / "examples" / name).read_bytes(), (
            f"src/designer/resources/examples/{name} differs from examples/{name}: copy it over"
        )
    assert example_dialog() == shipped["talk-to-sales.json"]


def test_finding_resources_needs_no_qt() -> None:
    """The command line locates the same files, on a server without Qt."""
    code = (
        "import sys; from designer.resources import example_dialog, schema_file; "
        "assert example_dialog().is_file() and schema_file().is_file(); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_the_desktop_entry_starts_the_program_with_its_icon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "stream-designer.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Stream Designer"
    assert desktop["Exec"] == "stream-designer %f" and desktop["Icon"] == "stream-designer"
    assert desktop["Terminal"] == "false" and desktop["Categories"].endswith(";")
    assert "Comment[fr]" in desktop

    # installing it for the user points Exec at the built program and puts the icon in the theme
    build = _build_script()
    folder = tmp_path / "dist" / "stream-designer"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    installed = build.install_desktop_entry(folder)
    text = installed.read_text(encoding="utf-8")
    assert f'Exec="{folder.resolve() / "stream-designer"}" %f' in text
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "stream-designer.svg"
    assert icon.read_bytes() == (resources_root() / "icons" / "app.svg").read_bytes()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke test runs on Linux")
def test_the_built_app_starts_offscreen_on_the_bundled_example(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (in the test extra)")
    build = _build_script()
    folder = build.build(tmp_path / "dist", tmp_path / "work")

    line = build.smoke(folder)
    assert "cards=10" in line, line  # the example (opened as a new dialog)
    assert "icon=True" in line and "painted=True" in line and "tour=True" in line, line

    # every shipped resource sits in the folder at its package path; catalogues compiled
    bundled = next(folder.rglob("designer/resources"))
    for path in resources_root().rglob("*"):
        if (
            path.is_file()
            and path.suffix not in (".py", ".pyc")
            and "__pycache__" not in path.parts
        ):
            relative = path.relative_to(resources_root())
            assert (bundled / relative).is_file(), f"{relative} is missing from the package"
    if (resources_root() / "translations").is_dir():
        assert list((bundled / "translations").glob("designer_fr.*.qm"))
    for component in COMPONENTS:  # About reads their licences from this metadata
        assert list(bundled.parent.parent.glob(f"{component}-*.dist-info")), component
    assert (folder / "stream-designer.desktop").is_file() and (
        folder / "stream-designer.svg"
    ).is_file()

    # the headless commands work from the same program
    done = subprocess.run(
        [str(build.executable(folder)), "validate", str(ROOT / "examples" / "support-desk.json")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
