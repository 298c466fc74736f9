"""Counts and shares as a marketer reads them: "3,250", "26%".

Qt's C locale (what a server or a bare container reports) writes numbers
without group separators; a visitor count of 10000 is then hard to read, so
the C locale borrows English grouping. Any real locale formats as it should.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def locale() -> QLocale:
    """The user's locale, or US English in place of the separator-less C locale."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return current


def count(n: int) -> str:
    """A whole number with group separators."""
    return locale().toString(int(n))


def share(n: int, total: int) -> str:
    """``n`` as a percentage of ``total`` (one decimal under 10%, none above)."""
    if total <= 0:
        return ""
    value = 100.0 * n / total
    digits = 1 if 0 < value < 10 else 0
    return locale().toString(value, "f", digits) + "%"
