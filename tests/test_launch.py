"""What ``designer`` sets up before importing the app (designer/launch.py).

Each check runs in a child process: the set-up is process-wide (it holds the
cycle collector and replaces PySide's module check), which the test process
must not inherit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6")


def _run(code: str, tmp_path: Path, **env: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_module_that_opts_into_a_pyside_feature_still_gets_it(tmp_path: Path) -> None:
    """PySide's ``__feature__`` switches rely on the check launch.py replaces."""
    (tmp_path / "snake_module.py").write_text(
        textwrap.dedent(
            """
            from __feature__ import snake_case  # noqa: F401
            from PySide6.QtWidgets import QApplication, QWidget

            app = QApplication.instance() or QApplication([])
            widget = QWidget()
            widget.set_window_title("snake")
            TITLE = widget.window_title()
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "camel_module.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n"
        "def camel():\n    return hasattr(QWidget(), 'windowTitle')\n",
        encoding="utf-8",
    )
    check = "import snake_module, camel_module\nprint(snake_module.TITLE, camel_module.camel())\n"
    prepared = _run("from designer import launch\nlaunch.prepare_for_app()\n" + check, tmp_path)
    plain = _run("import PySide6\n" + check, tmp_path)
    # the opted-in module speaks snake_case; one that did not opt in still camelCase
    assert prepared == plain == "snake True"


def test_the_plain_check_answers_as_pysides_own_for_every_module_the_app_imports(
    tmp_path: Path,
) -> None:
    out = _run(
        """
        import sys
        from designer import launch
        launch.prepare_for_app()
        import designer.app
        feature = sys.modules["shibokensupport.feature"]
        plain = feature._mod_uses_pyside
        assert plain.plain_read
        original = plain.__closure__[0].cell_contents
        modules = [m for m in list(sys.modules.values()) if m is not None]
        differ = [m.__name__ for m in modules if plain(m) != original(m)]
        using = sum(1 for m in modules if plain(m))
        print(len(modules), using, differ)
        """,
        tmp_path,
    )
    count, using, differ = out.split(" ", 2)
    assert int(count) > 200 and int(using) > 20  # the app's Qt modules among them
    assert differ == "[]"


def test_a_pydantic_plugin_setting_the_user_made_is_kept(tmp_path: Path) -> None:
    code = """
        import os
        from designer import launch
        launch.prepare_for_app()
        print(os.environ["PYDANTIC_DISABLE_PLUGINS"])
        """
    assert _run(code, tmp_path) == "__all__"
    assert _run(code, tmp_path, PYDANTIC_DISABLE_PLUGINS="some_plugin") == "some_plugin"
