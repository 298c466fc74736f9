"""No part of Stream Designer touches the network: it works offline; no file makes it call out.

A fresh Python process refuses and records every network call Python can make
(an audit hook sees each socket connect, send, bind and name lookup, whoever
makes it), then imports every module of the package, runs the command line
(validate, schema, export to Markdown, HTML, PNG and SVG, agents, simulate),
plays the preview engine into a live chat with a simulated agent, starts the
app as its smoke test does and plays the preview in a main window. Qt's own
networking is C++ the hook cannot see, so the process also checks that Qt's
network module and the usual HTTP clients were never imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

EXAMPLES = Path(__file__).parent.parent / "examples"
HTTP_MODULES = ("PySide6.QtNetwork", "requests", "httpx", "urllib3", "aiohttp", "websockets")

DRIVER = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path

    calls = []
    UNIX = {"AF_UNIX", "AddressFamily.AF_UNIX"}

    def guard(event, args):
        if not event.startswith("socket.") or event == "socket.__new__":
            return
        if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
            sock, address = args[0], args[1] if len(args) > 1 else None
            if isinstance(address, (str, bytes)) or str(sock.family) in UNIX:
                return  # a local pipe (asyncio's self-pipe), not the network
        calls.append(f"{event} {args[1:]!r}"[:200])
        raise OSError(f"network access refused in this test: {event}")

    sys.addaudithook(guard)

    import asyncio, importlib, pkgutil
    import designer
    done = []

    def step(name, func):
        try:
            func()
        except SystemExit as exc:
            if exc.code not in (0, None):
                raise
        done.append(name)

    # 1. every module, the Qt ones included
    for info in pkgutil.walk_packages(designer.__path__, "designer."):
        if info.name != "designer.__main__":  # that one runs the command line
            importlib.import_module(info.name)
    done.append("imports")

    # 2. the command line, as marketing ops run it
    from designer.cli import main
    sales, out = sys.argv[1], Path(sys.argv[2])
    def cli(*args):
        code = main(list(args))
        assert code == 0, (args, code)
    step("validate", lambda: cli("validate", sales))
    step("schema", lambda: cli("schema"))
    for flag, name in (("--script", "s.md"), ("--html", "s.html"), ("--png", "f.png"),
                       ("--svg", "f.svg")):
        step(f"export {flag}", lambda: cli("export", sales, flag, str(out / name), "--force"))
    for args in (("agents", "add", "Ana", "ana@acme.example", "--live-chat"),
                 ("teams", "add", "EMEA"),
                 ("teams", "add-member", "EMEA", "ana@acme.example")):
        step(" ".join(args[:2]), lambda: cli(*args))
    step("simulate", lambda: cli("simulate", sales, "--visitors", "300", "--save"))

    # 3. the preview engine: a visitor routed to a simulated agent who answers
    from designer.engine.conversation import Flow
    from designer.engine.events import AgentSaid
    from designer.engine.preview import LiveChatHub
    from designer.engine.routing import AgentState, AgentStatus, MemoryPositions, Router, Visitor
    from designer.model.codec import load_dialog

    async def preview():
        ana = AgentState("ana@acme.example", "Ana", True, AgentStatus.AVAILABLE, 2)
        router = Router([ana], {"EMEA": [ana.email]}, MemoryPositions())
        hub = LiveChatHub(router, simulated={ana.email}, reply_delay=0.01)
        hub.start_simulated_agents()
        session = hub.open_session(Flow(load_dialog(sales)), Visitor(country="FR"))
        events = session.stream()
        session.start()
        session.choose("yes")
        for line in ("Camille", "camille@example.fr", "Acme"):
            session.reply(line)
        while not isinstance(await asyncio.wait_for(events.get(), 10), AgentSaid):
            pass
        await hub.aclose()
    step("preview engine", lambda: asyncio.run(preview()))

    # 4. the app: started as the packaging smoke test does, then a preview in a window
    os.environ["DESIGNER_SMOKE_TEST"] = "1"
    from designer.app import run
    step("app", lambda: run([sales]))

    import qasync
    from PySide6.QtWidgets import QApplication, QPushButton
    from designer.ui.main_window import MainWindow

    async def window_preview():
        window = MainWindow()
        window.files.open_path(Path(sales), ask=False)
        window.show()
        dock = window.previews.dock
        dock.profile.set_values({"country": "FR"})
        window.previews.start.trigger()
        dock.findChild(QPushButton, "answer-yes").click()
        for line in ("Camille", "camille@example.fr", ""):
            dock.input.setText(line)
            dock.input.returnPressed.emit()
        for _ in range(100):
            if dock.run.session.chat is not None:
                break
            await asyncio.sleep(0.02)
        assert dock.run.session.chat is not None, dock.chat.texts()
        window.grab()
        window.controller.undo_stack.setClean()
        window.close()

    app = QApplication.instance()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(window_preview())
    done.append("preview window")

    print(json.dumps({"done": done, "calls": calls, "modules": sorted(sys.modules)}))
    """
)


def test_nothing_in_the_app_touches_the_network(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DESIGNER_DATABASE_URL=f"sqlite:///{tmp_path / 'workspace.sqlite3'}",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        HOME=str(tmp_path),
    )
    env.pop("DESIGNER_AUTOMATION", None)
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(EXAMPLES / "talk-to-sales.json"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["calls"] == []
    assert report["done"][-3:] == ["preview engine", "app", "preview window"], report["done"]
    assert len(report["done"]) == 14
    loaded = set(report["modules"])
    assert "designer.ui.main_window" in loaded and "designer.engine.preview" in loaded
    assert not loaded & set(HTTP_MODULES), sorted(loaded & set(HTTP_MODULES))
    assert (tmp_path / "f.png").stat().st_size > 0 and (tmp_path / "s.html").stat().st_size > 0


def test_the_guard_catches_a_connection() -> None:
    """The same hook refuses a real connection attempt: the test above can fail."""
    code = DRIVER.split("import asyncio, importlib")[0] + textwrap.dedent(
        """
        import socket
        try:
            socket.create_connection(("127.0.0.1", 9), timeout=1)
        except OSError:
            pass
        print(json.dumps(calls))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(done.stdout)[0].startswith("socket.")
