"""English plurals for ``tr("%n card(s)", "", n)`` until a translation supplies real ones.

Qt replaces ``%n`` with the number but leaves "(s)" to the translation file;
with no English translation loaded, this turns "1 card(s)" into "1 card" and
"2 card(s)" into "2 cards". A loaded translation has no "(s)" left to touch.
"""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s")
