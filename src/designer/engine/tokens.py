"""Filling ``{{field}}`` tokens and checking what visitors type.

Two token spellings are accepted: the plain field key (``{{first_name}}``)
and the reference product's (``{{lead.firstName:"there"}}``, with a default
shown to visitors whose value is unknown). Both resolve to the same keys as
Info Capture fields, so one visitor profile serves every card.

The bot's line about a refused value is worded as a template
(:mod:`designer.model.wording`), so the preview says it in the app's language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from designer.model.value_checks import accepts
from designer.model.wording import Wording, wording

TOKEN = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?::\s*\"([^\"]*)\")?\s*\}\}")

_ALIASES = {
    "firstname": "first_name",
    "lastname": "last_name",
    "email": "email",
    "phone": "phone",
    "company": "company",
    "companyname": "company",
    "title": "job_title",
    "jobtitle": "job_title",
}
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def field_key(token_name: str) -> str:
    """The field key a token name refers to: ``lead.firstName`` -> ``first_name``."""
    prefix, _, name = token_name.rpartition(".")
    if prefix == "company" and name.lower() == "name":
        return "company"
    alias = _ALIASES.get(name.replace("_", "").lower())
    return alias or _CAMEL.sub("_", name).lower()


def fill_tokens(text: str, fields: Mapping[str, str]) -> str:
    """Replace each token by the visitor's value, its default, or nothing."""

    def value(match: re.Match[str]) -> str:
        known = fields.get(field_key(match.group(1)))
        if known:
            return known
        return match.group(2) or ""

    return TOKEN.sub(value, text)


def tokens_in(text: str) -> list[str]:
    """The field keys a text refers to, in order."""
    return [field_key(m.group(1)) for m in TOKEN.finditer(text)]


NOT_AN_EMAIL = wording(
    "That doesn't look like an email address. Could you check it? (e.g. name@company.com)"
)
NOT_A_PHONE = wording(
    "That doesn't look like a phone number. Please type it with digits, e.g. +33 1 23 45 67 89."
)


def refusal(validation: str, value: str) -> Wording | None:
    """Why a typed value is not acceptable, as a line the bot can say; None if fine."""
    if accepts(validation, value):
        return None
    return NOT_AN_EMAIL if validation == "email" else NOT_A_PHONE


def check_value(validation: str, value: str) -> str | None:
    """:func:`refusal` in English; None if the value is fine."""
    said = refusal(validation, value)
    return None if said is None else said.text
