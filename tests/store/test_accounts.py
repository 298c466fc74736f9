"""Account routing in the workspace (domain -> agent), its CSV import and its migration.

Every test runs on SQLite and, when ``DESIGNER_TEST_POSTGRES_URL`` names a
server, on PostgreSQL too (conftest.py's ``workspace`` / ``database_url``).
"""

from __future__ import annotations

from pathlib import Path

import alembic.command
import pytest
import sqlalchemy as sa

from designer.engine.routing import Step, Visitor
from designer.engine.workspace_view import people_of, router_for
from designer.errors import DesignerError
from designer.model.routing import AgentRouting
from designer.store import AccountImport, AccountRecord, Workspace
from designer.store import database as db


@pytest.fixture
def people(workspace: Workspace) -> Workspace:
    workspace.add_agent("Ana", "ana@example.com", live_chat=True)
    workspace.add_agent("Léa", "lea@example.com", live_chat=True)
    workspace.add_agent("Sam", "sam@example.com")
    return workspace


def csv_file(tmp_path: Path, text: str, name: str = "accounts.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def mapped(workspace: Workspace) -> dict[str, str]:
    return {a.domain: a.agent for a in workspace.list_accounts()}


# --- add, list, remove ---------------------------------------------------------------------


def test_domains_are_kept_lower_case_and_listed_in_order(people: Workspace) -> None:
    assert people.add_account(" Globex.COM ", "ANA@example.com") == AccountRecord(
        "globex.com", "ana@example.com", "Ana"
    )
    people.add_account("@acme.example.", "lea@example.com")
    assert people.list_accounts() == [
        AccountRecord("acme.example", "lea@example.com", "Léa"),
        AccountRecord("globex.com", "ana@example.com", "Ana"),
    ]
    assert people.account("GLOBEX.com") == AccountRecord("globex.com", "ana@example.com", "Ana")
    assert people.account("initech.com") is None
    assert people.accounts_of("Ana@Example.com") == ["globex.com"]


def test_one_agent_per_domain(people: Workspace) -> None:
    people.add_account("globex.com", "ana@example.com")
    with pytest.raises(DesignerError) as caught:
        people.add_account("GLOBEX.com", "lea@example.com")
    assert caught.value.code == "store.duplicate_account"
    assert "globex.com already goes to ana@example.com" in str(caught.value)
    assert "designer accounts remove globex.com" in str(caught.value)
    assert mapped(people) == {"globex.com": "ana@example.com"}


@pytest.mark.parametrize(
    ("domain", "says"),
    [
        ("bob@globex.com", "write only what follows the @, like globex.com"),
        ("https://globex.com/contact", "without http://"),
        ("globex", "write it like acme.com"),
        ("glo bex.com", "write it like acme.com"),
        ("", "write it like acme.com"),
    ],
)
def test_what_is_not_a_domain_is_refused_with_the_fix(
    people: Workspace, domain: str, says: str
) -> None:
    with pytest.raises(DesignerError) as caught:
        people.add_account(domain, "ana@example.com")
    assert caught.value.code == "store.invalid_domain"
    assert says in str(caught.value)
    assert people.list_accounts() == []


def test_an_unknown_agent_is_named_with_the_closest_one(people: Workspace) -> None:
    with pytest.raises(DesignerError) as caught:
        people.add_account("globex.com", "anna@example.com")
    assert caught.value.code == "store.unknown_agent"
    assert "(did you mean 'ana@example.com'?)" in str(caught.value)


def test_remove_a_domain_and_an_unknown_one(people: Workspace) -> None:
    people.add_account("globex.com", "ana@example.com")
    with pytest.raises(DesignerError) as caught:
        people.remove_account("globex.co")
    assert caught.value.code == "store.unknown_account"
    assert "(did you mean 'globex.com'?)" in str(caught.value)
    assert people.remove_account("Globex.com").agent == "ana@example.com"
    assert people.list_accounts() == []


def test_removing_an_agent_removes_their_domains_and_an_email_change_keeps_them(
    people: Workspace,
) -> None:
    people.add_account("globex.com", "ana@example.com")
    people.add_account("initech.com", "lea@example.com")
    people.edit_agent("lea@example.com", new_email="lea.m@example.com")
    assert mapped(people) == {"globex.com": "ana@example.com", "initech.com": "lea.m@example.com"}
    people.remove_agent("ana@example.com")
    assert mapped(people) == {"initech.com": "lea.m@example.com"}


# --- CSV import ----------------------------------------------------------------------------


def test_import_adds_moves_and_keeps(people: Workspace, tmp_path: Path) -> None:
    people.add_account("globex.com", "ana@example.com")
    people.add_account("hooli.com", "lea@example.com")
    path = csv_file(
        tmp_path,
        "domain,agent\nGlobex.com,lea@example.com\n\nhooli.com,LEA@example.com\n"
        "initech.com,sam@example.com\n",
    )
    done = people.import_accounts(path)
    assert done == AccountImport(("initech.com",), ("globex.com",), ("hooli.com",), ())
    assert mapped(people) == {
        "globex.com": "lea@example.com",
        "hooli.com": "lea@example.com",
        "initech.com": "sam@example.com",
    }


def test_import_with_replace_removes_what_the_file_does_not_list(
    people: Workspace, tmp_path: Path
) -> None:
    people.add_account("globex.com", "ana@example.com")
    people.add_account("hooli.com", "lea@example.com")
    done = people.import_accounts(
        csv_file(tmp_path, "domain,agent\nhooli.com,lea@example.com\n"), replace=True
    )
    assert done.removed == ("globex.com",) and done.unchanged == ("hooli.com",)
    assert mapped(people) == {"hooli.com": "lea@example.com"}


def test_replacing_with_a_file_that_lists_no_domain_removes_nothing(
    people: Workspace, tmp_path: Path
) -> None:
    """A CRM export that failed half way leaves only its header: not a wish to remove all."""
    people.add_account("globex.com", "ana@example.com")
    with pytest.raises(DesignerError) as caught:
        people.import_accounts(csv_file(tmp_path, "domain,agent\n"), replace=True)
    assert caught.value.code == "store.empty_replace"
    assert "would remove all 1 account routings; nothing was imported" in str(caught.value)
    assert mapped(people) == {"globex.com": "ana@example.com"}
    # without --replace the same file just adds nothing
    assert people.import_accounts(csv_file(tmp_path, "domain,agent\n")).added == ()


def test_removing_several_domains_is_all_or_none(people: Workspace) -> None:
    people.add_account("globex.com", "ana@example.com")
    people.add_account("hooli.com", "lea@example.com")
    with pytest.raises(DesignerError):
        people.remove_accounts(["globex.com", "gone.example"])
    assert mapped(people) == {"globex.com": "ana@example.com", "hooli.com": "lea@example.com"}
    removed = people.remove_accounts(["globex.com", "Hooli.com"])
    assert [r.domain for r in removed] == ["globex.com", "hooli.com"]
    assert mapped(people) == {}


def test_spreadsheet_csv_reads_too(people: Workspace, tmp_path: Path) -> None:
    """Excel's 'CSV UTF-8' starts with a byte-order mark; in French it separates with ';'."""
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffAgent;Domain\r\nana@example.com;globex.com\r\n".encode())
    assert people.import_accounts(path).added == ("globex.com",)
    assert mapped(people) == {"globex.com": "ana@example.com"}


BAD_FILES = [
    ("", None, "the file is empty; write the header domain,agent on its first line"),
    (
        "globex.com,ana@example.com\n",
        1,
        "the file starts with an account, not the header; add the line domain,agent above it",
    ),
    ("domains,agents\nx.com,ana@example.com\n", 1, "the header is 'domains,agents'"),
    (
        "domain,agent\nglobex.com,ana@example.com,extra\n",
        2,
        "expected 2 values (domain,agent), found 3",
    ),
    ("domain,agent\n,ana@example.com\n", 2, "the domain is empty; fill it in or remove the line"),
    ("domain,agent\nbob@globex.com,ana@example.com\n", 2, "write only what follows the @"),
    ("domain,agent\nglobex.com,ana\n", 2, "'ana' is not a valid email address"),
    (
        "domain,agent\nglobex.com,ana@example.com\nhooli.com,lea@example.com\n"
        "GLOBEX.com,lea@example.com\n",
        4,
        "globex.com is already on line 2; keep one line per domain",
    ),
    (
        "domain,agent\nglobex.com,ana@example.com\n\nhooli.com,anna@example.com\n",
        4,
        "no agent with email 'anna@example.com' in this workspace (did you mean "
        "'ana@example.com'?); correct the email, or add the agent with 'designer agents add'",
    ),
    ('domain,agent\n"globex.com,ana@example.com\n', 2, "this line is not valid CSV"),
]


@pytest.mark.parametrize(("text", "line", "says"), BAD_FILES)
def test_a_bad_file_names_file_line_and_fix_and_imports_nothing(
    people: Workspace, tmp_path: Path, text: str, line: int | None, says: str
) -> None:
    people.add_account("initech.com", "sam@example.com")
    path = csv_file(tmp_path, text)
    with pytest.raises(DesignerError) as caught:
        people.import_accounts(path, replace=True)
    message = str(caught.value)
    where = f"{path}: line {line}: " if line is not None else f"{path}: "
    assert message.startswith(where), message
    assert says in message
    assert message.endswith("(nothing was imported)")
    # All or nothing: the good lines before the bad one were not imported, nothing was removed.
    assert mapped(people) == {"initech.com": "sam@example.com"}


def test_a_missing_file_is_named(people: Workspace, tmp_path: Path) -> None:
    with pytest.raises(DesignerError) as caught:
        people.import_accounts(tmp_path / "none.csv")
    assert str(caught.value) == (
        f"{tmp_path / 'none.csv'}: this file does not exist; give the path of a CSV file "
        "with the columns domain,agent"
    )


def test_a_file_that_is_not_utf8_says_how_to_save_it(people: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("domain,agent\nsoci\xe9t\xe9.fr,ana@example.com\n".encode("latin-1"))
    with pytest.raises(DesignerError, match="save it from your spreadsheet as 'CSV UTF-8'"):
        people.import_accounts(path)


# --- what the engine reads -------------------------------------------------------------------


def test_the_router_reads_the_mappings_and_the_switch(people: Workspace) -> None:
    people.add_account("globex.com", "lea@example.com")
    assert people_of(people).routing() == {
        "safety_net": True,  # the workspace's default
        "accounts": {"globex.com": "lea@example.com"},
    }
    router = router_for(people)
    decision = router.route(
        AgentRouting(agent="sam@example.com"), Visitor(fields={"email": "x@GLOBEX.com"})
    )
    assert (decision.step, decision.agent and decision.agent.email) == (
        Step.ACCOUNT,
        "lea@example.com",
    )
    people.set_setting("round_robin_when_nobody_eligible", False)
    assert people_of(people).safety_net is False
    assert router_for(people).route(AgentRouting(agent="sam@example.com")).agent is None


# --- the migration -----------------------------------------------------------------------


def test_a_workspace_of_the_first_schema_is_upgraded_with_its_rows(database_url: str) -> None:
    engine = db.create_workspace_engine(database_url)
    try:
        config = db._alembic_config(db.SCRIPT_LOCATION)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            alembic.command.upgrade(config, "0001")
            connection.exec_driver_sql(
                "INSERT INTO agent (name, email, live_chat, status, max_chats, simulated) "
                "VALUES ('Ana', 'ana@example.com', true, 'available', 5, false)"
            )
        assert db.current_revision(engine) == "0001"
        assert "account_route" not in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()
    with Workspace.open(database_url) as workspace:
        assert workspace.revision == db.HEAD_REVISION
        assert [a.email for a in workspace.list_agents()] == ["ana@example.com"]
        workspace.add_account("globex.com", "ana@example.com")
        assert mapped(workspace) == {"globex.com": "ana@example.com"}


def test_the_migration_goes_down_again(database_url: str) -> None:
    with Workspace.open(database_url) as workspace:
        workspace.add_agent("Ana", "ana@example.com")
        workspace.add_account("globex.com", "ana@example.com")
    engine = db.create_workspace_engine(database_url)
    try:
        config = db._alembic_config(db.SCRIPT_LOCATION)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            alembic.command.downgrade(config, "0001")
        assert db.current_revision(engine) == "0001"
        assert "account_route" not in sa.inspect(engine).get_table_names()
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM agent").scalar() == 1
    finally:
        engine.dispose()


def test_the_database_refuses_a_mapping_to_no_agent_and_cascades(workspace: Workspace) -> None:
    """The constraints hold for rows written by other tools too, on every backend."""
    workspace.add_agent("Ana", "ana@example.com")
    workspace.add_account("globex.com", "ana@example.com")
    with workspace.engine.begin() as connection:
        with pytest.raises(sa.exc.IntegrityError), connection.begin_nested():
            connection.exec_driver_sql(
                "INSERT INTO account_route (domain, agent_id) VALUES ('x.com', 999)"
            )
        with pytest.raises(sa.exc.IntegrityError), connection.begin_nested():
            connection.exec_driver_sql(
                "INSERT INTO account_route (domain, agent_id) SELECT 'Upper.COM', id FROM agent"
            )
        connection.exec_driver_sql("DELETE FROM agent")
        assert connection.exec_driver_sql("SELECT count(*) FROM account_route").scalar() == 0
