"""Where the workspace lives: default data folder, environment, --database, file paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from designer.errors import DesignerError
from designer.store import ENV_VAR, Workspace, default_database_path, resolve_database_url
from designer.store.location import display_url


def test_default_file_is_created_in_the_user_data_folder_on_first_use(tmp_path: Path) -> None:
    expected = Path(os.environ["XDG_DATA_HOME"]) / "stream-designer" / "workspace.sqlite3"
    assert default_database_path() == expected
    assert not expected.parent.exists()
    with Workspace.open() as workspace:
        assert workspace.path == expected.resolve()
        workspace.add_agent("Ana", "ana@example.com")
    assert expected.is_file()
    with Workspace.open() as again:
        assert [a.email for a in again.list_agents()] == ["ana@example.com"]


def test_environment_then_option_override_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_env = f"sqlite:///{tmp_path}/env.sqlite3"
    monkeypatch.setenv(ENV_VAR, from_env)
    assert resolve_database_url() == (from_env, False)
    assert resolve_database_url(str(tmp_path / "opt.sqlite3")) == (
        f"sqlite:///{(tmp_path / 'opt.sqlite3').resolve()}",
        False,
    )
    with Workspace.open() as workspace:
        assert workspace.path == tmp_path / "env.sqlite3"
    assert not default_database_path().exists()


def test_a_relative_path_is_a_sqlite_file_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Workspace.open("team.db") as workspace:
        workspace.add_team("Sales")
        assert workspace.location == str(tmp_path / "team.db")
    assert (tmp_path / "team.db").is_file()


def test_a_missing_folder_in_a_given_path_is_an_error_not_created(tmp_path: Path) -> None:
    wanted = tmp_path / "typo" / "w.sqlite3"
    with pytest.raises(DesignerError) as caught:
        Workspace.open(str(wanted))
    assert caught.value.code == "store.no_folder"
    assert str(wanted) in str(caught.value)
    assert not wanted.parent.exists()


def test_a_malformed_url_is_one_sentence() -> None:
    with pytest.raises(DesignerError) as caught:
        Workspace.open("postgresql+psycopg://user@host:notaport/db")
    assert caught.value.code == "store.bad_url"


def test_an_unknown_driver_says_what_to_use() -> None:
    with pytest.raises(DesignerError) as caught:
        Workspace.open("oracle+nosuchdriver://u@h/db")
    assert caught.value.code == "store.bad_url"
    assert "sqlite:///" in str(caught.value)


def test_an_unreachable_server_is_one_sentence_without_the_password() -> None:
    with pytest.raises(DesignerError) as caught:
        Workspace.open("postgresql://ana:s3cret@127.0.0.1:1/designer?connect_timeout=2")
    assert caught.value.code == "store.unreachable"
    assert "s3cret" not in str(caught.value)
    assert "127.0.0.1" in str(caught.value)


def test_display_url_hides_passwords_and_shows_files(tmp_path: Path) -> None:
    assert display_url("postgresql+psycopg://ana:pw@db/x") == "postgresql+psycopg://ana:***@db/x"
    assert display_url(f"sqlite:///{tmp_path}/w.sqlite3") == f"{tmp_path}/w.sqlite3"
