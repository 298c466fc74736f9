"""Reading an account-routing CSV file: a ``domain,agent`` header, then one account a line.

Parsing only, no database: each line's shape, domain and agent email are
checked here, so the workspace's import is left with looking agents up. Every
error names the file and the line, says what to do, and says that nothing was
imported: the import is all or nothing.

Spreadsheets save CSV in their own ways, so a byte-order mark is ignored, the
columns may come in either order, and a header written with semicolons (what
Excel writes in French and German) makes the whole file read with semicolons.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from designer.errors import DesignerError
from designer.store.checks import check_domain, check_email

COLUMNS = ("domain", "agent")
HEADER = ",".join(COLUMNS)
_NOTHING = "nothing was imported"


@dataclass(frozen=True, slots=True)
class AccountLine:
    """One account of the file: its line number, normalized domain and agent email."""

    line: int
    domain: str
    agent: str


def line_error(path: str | Path, line: int, problem: str, fix: str, code: str) -> DesignerError:
    """``FILE: line N: problem; fix (nothing was imported)``: one sentence, as the CLI prints."""
    return DesignerError(f"line {line}: {problem}; {fix} ({_NOTHING})", code=code, file=path)


def read_account_lines(path: str | Path) -> list[AccountLine]:
    """Every account of the file in order, or the first problem as a :class:`DesignerError`."""
    text = _read(path)
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise DesignerError(
            f"the file is empty; write the header {HEADER} on its first line, then one "
            f"account a line, like acme.com,ana@example.com ({_NOTHING})",
            code="store.csv_empty",
            file=path,
        )
    header_line = lines[first]
    delimiter = ";" if ";" in header_line and "," not in header_line else ","
    rows = csv.reader(lines[first:], delimiter=delimiter, strict=True)
    try:
        header = [cell.strip().lower() for cell in next(rows)]
        order = _columns(path, first + 1, header, header_line)
        accounts: list[AccountLine] = []
        seen: dict[str, int] = {}
        while True:
            number = first + rows.line_num + 1  # the line this row starts on
            row = next(rows, None)
            if row is None:
                return accounts
            if not any(cell.strip() for cell in row):
                continue  # blank lines are allowed anywhere
            account = _account(path, number, row, order)
            earlier = seen.setdefault(account.domain, number)
            if earlier != number:
                raise line_error(
                    path,
                    number,
                    f"{account.domain} is already on line {earlier}",
                    "keep one line per domain: an account has one agent",
                    "store.duplicate_account",
                )
            accounts.append(account)
    except csv.Error as exc:
        raise line_error(
            path,
            first + rows.line_num,
            f"this line is not valid CSV ({exc})",
            'close the quote or remove the stray "',
            "store.csv_invalid",
        ) from exc


def _read(path: str | Path) -> str:
    file = Path(path)
    try:
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problem = "this file does not exist"
    except IsADirectoryError:
        problem = "this is a folder, not a file"
    except UnicodeDecodeError:
        raise DesignerError(
            "this file is not UTF-8 text; save it from your spreadsheet as 'CSV UTF-8' "
            f"and import it again ({_NOTHING})",
            code="store.csv_encoding",
            file=path,
        ) from None
    except OSError as exc:
        problem = f"this file cannot be read ({exc.strerror or exc})"
    raise DesignerError(
        f"{problem}; give the path of a CSV file with the columns {HEADER}",
        code="store.no_csv",
        file=path,
    )


def _columns(path: str | Path, line: int, header: list[str], raw: str) -> tuple[int, int]:
    """Where the domain and the agent are in each row, from the header."""
    if sorted(header) == sorted(COLUMNS):
        return header.index("domain"), header.index("agent")
    if "@" in raw:
        problem = "the file starts with an account, not the header"
        fix = f"add the line {HEADER} above it"
    else:
        problem = f"the header is '{raw.strip()}', not {HEADER}"
        fix = f"make the first line {HEADER} (the two columns, in either order)"
    raise line_error(path, line, problem, fix, "store.csv_header")


def _account(path: str | Path, line: int, row: list[str], order: tuple[int, int]) -> AccountLine:
    if len(row) != len(COLUMNS):
        raise line_error(
            path,
            line,
            f"expected 2 values ({HEADER}), found {len(row)}",
            "write the domain, a comma, then the agent's email",
            "store.csv_columns",
        )
    domain, agent = (row[i].strip() for i in order)
    if not domain or not agent:
        missing = "domain" if not domain else "agent's email"
        raise line_error(
            path,
            line,
            f"the {missing} is empty",
            "fill it in or remove the line",
            "store.csv_empty",
        )
    try:
        return AccountLine(line, check_domain(domain), check_email(agent))
    except DesignerError as exc:
        problem, _, fix = exc.message.partition("; ")
        raise line_error(path, line, problem, fix or "fix the line", exc.code) from None
