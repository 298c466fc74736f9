"""``designer export --html``: the script as a page, under the same rules as --script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from designer.model.cards import EndCard, MessageCard
from designer.model.codec import load_dialog, save_dialog
from designer.model.dialog import Dialog
from designer.model.script_html import script_html

from .process import designer

TALK = Path(__file__).resolve().parents[2] / "examples" / "talk-to-sales.json"


def broken(tmp_path: Path) -> Path:
    """One error: the message leads nowhere."""
    path = tmp_path / "broken.json"
    save_dialog(Dialog(start="m", cards=[MessageCard(id="m", text="Hi"), EndCard(id="e")]), path)
    return path


def test_html_is_written_atomically(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "talk.html"
    done = designer(env, "export", TALK, "--html", out)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == script_html(load_dialog(TALK))
    assert str(out) in done.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_html_to_stdout(env: dict[str, str]) -> None:
    done = designer(env, "export", TALK, "--html", "-")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<section class="path" id="path-1">' in done.stdout


def test_html_beside_the_markdown_script(env: dict[str, str], tmp_path: Path) -> None:
    md, page = tmp_path / "talk.md", tmp_path / "talk.html"
    done = designer(env, "export", TALK, "--script", md, "--html", page)
    assert done.returncode == 0, done.stderr
    assert md.read_text(encoding="utf-8").startswith("# Talk to sales")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_errors_block_the_html_unless_forced(env: dict[str, str], tmp_path: Path) -> None:
    path, out = broken(tmp_path), tmp_path / "broken.html"
    refused = designer(env, "export", path, "--html", out)
    assert refused.returncode == 1
    assert not out.exists()
    assert f"{path}: m: dead-end: " in refused.stderr and "--force" in refused.stderr
    forced = designer(env, "export", path, "--html", out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert "The conversation stops here" in out.read_text(encoding="utf-8")


def test_an_unwritable_target_is_one_sentence(env: dict[str, str], tmp_path: Path) -> None:
    done = designer(env, "export", TALK, "--html", tmp_path / "no-such-folder" / "out.html")
    assert done.returncode == 2
    assert done.stderr.startswith("designer: ") and "out.html" in done.stderr
    assert "Traceback" not in done.stderr


def test_help_and_usage_mention_html(env: dict[str, str]) -> None:
    help_text = designer(env, "export", "--help").stdout
    assert "--html OUT.html" in help_text and "designer export talk.json --html" in help_text
    usage = designer(env, "export", TALK)
    assert usage.returncode == 2 and "--html OUT.html" in usage.stderr


def test_the_html_export_never_loads_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from designer.cli import main\n"
        f"rc = main(['export', {str(TALK)!r}, '--html', {str(tmp_path / 's.html')!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(rc, len(qt))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-1].split() == ["0", "0"]
