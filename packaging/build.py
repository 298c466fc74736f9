"""Build Stream Designer as a one-folder desktop app with PyInstaller, and check that it starts.

    python packaging/build.py                     # -> dist/stream-designer/stream-designer
    python packaging/build.py --smoke             # build, then start it offscreen once
    python packaging/build.py --install-desktop-entry   # Linux: add it to the app menu

Needs the app's own dependencies and PyInstaller (``pip install -e '.[gui,test]'``
brings both). On Linux the folder also gets the freedesktop entry and icon; on
Windows and macOS the app icon is rendered to a PNG that PyInstaller turns into
.ico / .icns when Pillow is installed (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "designer.spec"
DESKTOP_ENTRY = ROOT / "packaging" / "stream-designer.desktop"
APP_ICON = ROOT / "src" / "designer" / "resources" / "icons" / "app.svg"
NAME = "stream-designer"
SMOKE_LINE = "designer smoke test:"


def executable(folder: Path) -> Path:
    """The app's program inside the built folder."""
    return folder / (f"{NAME}.exe" if sys.platform.startswith("win") else NAME)


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the built folder (``dist/stream-designer``)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("build.py: PyInstaller is missing: pip install pyinstaller") from None
    env = dict(os.environ)
    if not sys.platform.startswith("linux"):
        icon = _icon_png(work / "icon")
        if icon is not None:
            env["STREAM_DESIGNER_ICON"] = str(icon)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    folder = dist / NAME
    if sys.platform.startswith("linux"):
        shutil.copy2(DESKTOP_ENTRY, folder / DESKTOP_ENTRY.name)
        shutil.copy2(APP_ICON, folder / f"{NAME}.svg")
    return folder


def _icon_png(folder: Path) -> Path | None:
    """The app icon as a 256 px PNG (PyInstaller makes .ico/.icns of it with Pillow), or None."""
    try:
        import PIL  # noqa: F401
    except ImportError:
        print("build.py: Pillow is missing, so the program gets no icon", file=sys.stderr)
        return None
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["build"])  # noqa: F841
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(APP_ICON)).render(painter)
    painter.end()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{NAME}.png"
    image.save(str(target))
    return target


def smoke(folder: Path, timeout: float = 120.0) -> str:
    """Start the built app offscreen on the bundled example; the line it prints once painted.

    The app runs with ``DESIGNER_SMOKE_TEST`` set: it opens the window, paints
    it, prints one line and quits with 0. Its settings and workspace go to a
    temporary folder, so this is a first start every time.
    """
    with tempfile.TemporaryDirectory(prefix="designer-smoke-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DESIGNER_SMOKE_TEST": "1",
            "XDG_CONFIG_HOME": str(Path(home) / "config"),
            "XDG_DATA_HOME": str(Path(home) / "data"),
            "DESIGNER_DATABASE_URL": f"sqlite:///{Path(home) / 'workspace.sqlite3'}",
        }
        done = subprocess.run(
            [str(executable(folder))],
            env=env,
            cwd=home,  # nothing from the repository's working directory
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith(SMOKE_LINE)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"the built app exited with {done.returncode}:\n{done.stdout}\n{done.stderr}"
        )
    return lines[0]


def install_desktop_entry(folder: Path) -> Path:
    """Linux: put the app in the desktop's menu for this user (entry and icon in ~/.local)."""
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(APP_ICON, icon)
    program = executable(folder.resolve())
    entry = data / "applications" / DESKTOP_ENTRY.name
    entry.parent.mkdir(parents=True, exist_ok=True)
    text = DESKTOP_ENTRY.read_text(encoding="utf-8")
    entry.write_text(text.replace(f"Exec={NAME} ", f'Exec="{program}" '), encoding="utf-8")
    return entry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--smoke", action="store_true", help="start the built app once")
    parser.add_argument(
        "--install-desktop-entry", action="store_true", help="Linux: add it to the app menu"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = build(args.dist, args.work)
    print(f"built {folder} in {time.perf_counter() - started:.0f} s")
    if args.smoke:
        print(smoke(folder))
    if args.install_desktop_entry:
        print(f"desktop entry: {install_desktop_entry(folder)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
