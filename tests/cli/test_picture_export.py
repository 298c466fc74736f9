"""``designer export --png/--svg``: the flow as a picture, drawn headlessly by the canvas."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parents[2] / "examples"
SALES = str(EXAMPLES / "talk-to-sales.json")


def designer(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must manage without a screen by itself
    env["DESIGNER_DATABASE_URL"] = f"sqlite:///{tmp_path}/ws.sqlite3"
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, "-m", "designer", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_and_svg_show_every_card_without_a_screen(tmp_path):
    png, svg = tmp_path / "flow.png", tmp_path / "flow.svg"
    done = designer(tmp_path, "export", SALES, "--png", str(png), "--svg", str(svg))
    assert done.returncode == 0, done.stderr
    width, height = png_size(png.read_bytes())
    assert width > height > 200  # a left-to-right flow
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text
    for title in ("Welcome", "Want to talk to sales?", "Chat with sales", "End (offline)"):
        assert f">{title}<" in text  # real text, not a pasted bitmap
    assert "<image" not in text


def test_scale_makes_a_sharper_png(tmp_path):
    one, two = tmp_path / "1.png", tmp_path / "2.png"
    assert designer(tmp_path, "export", SALES, "--png", str(one)).returncode == 0
    assert designer(tmp_path, "export", SALES, "--png", str(two), "--scale", "2").returncode == 0
    w1, h1 = png_size(one.read_bytes())
    w2, h2 = png_size(two.read_bytes())
    assert abs(w2 - 2 * w1) <= 2 and abs(h2 - 2 * h1) <= 2


def test_bad_scale_and_missing_format_are_sentences(tmp_path):
    done = designer(tmp_path, "export", SALES, "--png", str(tmp_path / "x.png"), "--scale", "50")
    assert done.returncode == 2 and "--scale from 0.1 to 8" in done.stderr
    done = designer(tmp_path, "export", SALES)
    assert done.returncode == 2 and "--png OUT.png" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_script_export_never_loads_qt(tmp_path):
    code = (
        "import sys\n"
        "from designer.cli import main\n"
        f"rc = main(['export', {SALES!r}, '--script', {str(tmp_path / 's.md')!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(rc, len(qt))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-1].split() == ["0", "0"]
