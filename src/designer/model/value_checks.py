"""What a visitor's value must look like for a field that checks it (email, phone).

One place for the patterns: the preview and the simulation refuse a typed or
pressed value with them (``engine/tokens.py``), and validation warns about an
option button its own field would refuse (``model/validation/rules_cards.py``).
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
PHONE = re.compile(r"^\+?[0-9 ().-]{7,20}$")


def accepts(validation: str, value: str) -> bool:
    """Whether a field with this check (``email``, ``phone`` or ``none``) takes ``value``."""
    if validation == "email":
        return EMAIL.match(value) is not None
    if validation == "phone":
        return PHONE.match(value) is not None and sum(ch.isdigit() for ch in value) >= 7
    return True
