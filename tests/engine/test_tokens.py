"""Tokens in bot lines and the checks on what visitors type."""

from __future__ import annotations

import pytest

from designer.engine.tokens import check_value, field_key, fill_tokens, tokens_in


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("first_name", "first_name"),
        ("lead.firstName", "first_name"),
        ("lead.lastName", "last_name"),
        ("lead.jobTitle", "job_title"),
        ("company.name", "company"),
        ("lead.accountId", "account_id"),
        ("account_id", "account_id"),
    ],
)
def test_both_token_spellings_name_the_same_field(name, key):
    assert field_key(name) == key


def test_fill_uses_value_then_default_then_nothing():
    text = 'Hi {{lead.firstName:"there"}}, we will write to {{ email }}.'
    assert fill_tokens(text, {"first_name": "Ana", "email": "a@b.co"}) == (
        "Hi Ana, we will write to a@b.co."
    )
    assert fill_tokens(text, {}) == "Hi there, we will write to ."
    assert tokens_in(text) == ["first_name", "email"]


def test_text_that_only_looks_like_markup_is_left_alone():
    assert fill_tokens("<b>{{nope</b> {x}", {"nope": "!"}) == "<b>{{nope</b> {x}"


@pytest.mark.parametrize(
    ("validation", "value", "ok"),
    [
        ("email", "camille@example.fr", True),
        ("email", "camille at example", False),
        ("email", "camille@example", False),
        ("phone", "+33 1 23 45 67 89", True),
        ("phone", "(415) 555-0100", True),
        ("phone", "12-34", False),
        ("phone", "call me", False),
        ("none", "anything", True),
    ],
)
def test_typed_values_are_checked(validation, value, ok):
    assert (check_value(validation, value) is None) is ok
