"""Account routing: which agent owns the visitors of each email domain.

PRODUCT.md's first routing step: a visitor whose email is at a mapped domain
goes to that agent, or to the fallback when they cannot take the chat. One
agent per domain; removing an agent removes their domains (the database
cascades), so those visitors are routed by the card again instead of being
sent to nobody.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, col, select

from designer.errors import DesignerError
from designer.store.account_csv import line_error, read_account_lines
from designer.store.base import WorkspaceBase
from designer.store.checks import check_domain, did_you_mean, normalize_domain, normalize_email
from designer.store.records import AccountImport, AccountRecord
from designer.store.tables import AccountRoute, Agent


class AccountOps(WorkspaceBase):
    """List, add, remove and import account routing (email domain -> agent)."""

    def list_accounts(self) -> list[AccountRecord]:
        """Every mapped domain, in alphabetical order, with its agent."""
        with self._transaction() as session:
            return _records(session)

    def account(self, domain: str) -> AccountRecord | None:
        """The agent who owns ``domain`` (any letter case), or None."""
        with self._transaction() as session:
            found = _records(session, domain=normalize_domain(domain))
            return found[0] if found else None

    def accounts_of(self, email: str) -> list[str]:
        """The domains an agent owns, in alphabetical order."""
        with self._transaction() as session:
            return [r.domain for r in _records(session, agent=normalize_email(email))]

    def add_account(self, domain: str, agent: str) -> AccountRecord:
        """Send the visitors of ``domain`` to ``agent`` first; refused if the domain has one."""
        domain = check_domain(domain)
        with self._transaction() as session:
            owner = self._agent_row(session, agent)
            existing = session.get(AccountRoute, domain)
            if existing is not None:
                current = session.get(Agent, existing.agent_id)
                assert current is not None  # the foreign key guarantees it
                if current.id == owner.id:
                    problem = f"{domain} already goes to {current.email}; nothing changed"
                else:
                    problem = (
                        f"{domain} already goes to {current.email}; an account has one agent: "
                        f"remove it first with 'designer accounts remove {domain}'"
                    )
                raise DesignerError(problem, code="store.duplicate_account")
            assert owner.id is not None
            session.add(AccountRoute(domain=domain, agent_id=owner.id))
            return AccountRecord(domain, owner.email, owner.name)

    def remove_account(self, domain: str) -> AccountRecord:
        """Stop routing ``domain`` by account; its visitors follow the card's routing again."""
        return self.remove_accounts([domain])[0]

    def remove_accounts(self, domains: list[str]) -> list[AccountRecord]:
        """Stop routing every one of ``domains`` by account, all or none (one unknown: none)."""
        with self._transaction() as session:
            removed: list[AccountRecord] = []
            for domain in domains:
                wanted = normalize_domain(domain)
                found = _records(session, domain=wanted)
                if not found:
                    known = session.exec(select(AccountRoute.domain)).all()
                    raise DesignerError(
                        f"no account routing for '{domain.strip()}'{did_you_mean(wanted, known)}; "
                        "see 'designer accounts list'",
                        code="store.unknown_account",
                    )
                session.delete(session.get(AccountRoute, wanted))
                session.flush()
                removed.append(found[0])
            return removed

    def import_accounts(self, path: str | Path, *, replace: bool = False) -> AccountImport:
        """Add or re-assign every account of a ``domain,agent`` CSV file, all or nothing.

        Domains already mapped take the file's agent. ``replace`` also removes
        the mapped domains the file does not list, so the workspace ends up
        exactly as the file says (a CRM export kept in sync).
        """
        lines = read_account_lines(path)
        with self._transaction() as session:
            agents = {a.email: a for a in session.exec(select(Agent))}
            rows = {r.domain: r for r in session.exec(select(AccountRoute))}
            if replace and not lines and rows:
                # A failed CRM export often leaves just the header: never read it as "remove all".
                raise DesignerError(
                    f"{path}: the file lists no domains, so replacing the list with it would "
                    f"remove all {len(rows)} account routings; nothing was imported. Import "
                    "a file that lists the domains, or remove them on purpose one by one",
                    code="store.empty_replace",
                )
            added: list[str] = []
            moved: list[str] = []
            unchanged: list[str] = []
            for line in lines:
                agent = agents.get(line.agent)
                if agent is None or agent.id is None:
                    raise line_error(
                        path,
                        line.line,
                        f"no agent with email '{line.agent}' in this workspace"
                        f"{did_you_mean(line.agent, agents)}",
                        "correct the email, or add the agent with 'designer agents add' first",
                        "store.unknown_agent",
                    )
                row = rows.get(line.domain)
                if row is None:
                    session.add(AccountRoute(domain=line.domain, agent_id=agent.id))
                    added.append(line.domain)
                elif row.agent_id == agent.id:
                    unchanged.append(line.domain)
                else:
                    row.agent_id = agent.id
                    session.add(row)
                    moved.append(line.domain)
            removed: list[str] = []
            if replace:
                listed = {line.domain for line in lines}
                for domain, row in sorted(rows.items()):
                    if domain not in listed:
                        session.delete(row)
                        removed.append(domain)
            return AccountImport(tuple(added), tuple(moved), tuple(unchanged), tuple(removed))


def _records(
    session: Session, *, domain: str | None = None, agent: str | None = None
) -> list[AccountRecord]:
    query = (
        select(AccountRoute.domain, Agent.email, Agent.name)
        .join(Agent, col(Agent.id) == col(AccountRoute.agent_id))
        .order_by(col(AccountRoute.domain))
    )
    if domain is not None:
        query = query.where(AccountRoute.domain == domain)
    if agent is not None:
        query = query.where(Agent.email == agent)
    return [AccountRecord(d, email, name) for d, email, name in session.exec(query)]
