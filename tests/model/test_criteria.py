"""Criteria: how rules and conditions see a visitor, and when one rule hides another."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from designer.model.criteria import Attribute, Criterion, Operator, all_match, implies


def c(attribute: str, operator: str, value: str | list[str] = "", field: str | None = None):
    return Criterion(attribute=attribute, operator=operator, value=value, field=field)


@pytest.mark.parametrize(
    ("criterion", "actual", "expected"),
    [
        (c("country", "equals", "FR"), "fr", True),
        (c("country", "equals", "FR"), " FR ", True),
        (c("country", "equals", "FR"), "BE", False),
        (c("country", "equals", "FR"), None, False),
        (c("country", "not_equals", "FR"), None, True),
        (c("country", "one_of", ["FR", "BE"]), "be", True),
        (c("country", "one_of", ["FR", "BE"]), "DE", False),
        (c("country", "not_one_of", ["FR", "BE"]), "DE", True),
        (c("page_url", "contains", "/pricing"), "https://acme.example/pricing?x=1", True),
        (c("page_url", "not_contains", "/pricing"), "https://acme.example/docs", True),
        (c("page_url", "starts_with", "https://acme.example/en"), "https://acme.example/fr", False),
        (c("city", "ends_with", "ville"), "Villeneuve", False),
        (c("city", "ends_with", "ville"), "Deauville", True),
        (c("field", "is_known", field="email"), "a@b.c", True),
        (c("field", "is_known", field="email"), "  ", False),
        (c("field", "is_unknown", field="email"), None, True),
    ],
)
def test_matching_is_case_and_space_insensitive(criterion, actual, expected):
    assert criterion.matches(actual) is expected


def test_all_match_reads_each_subject():
    criteria = [c("country", "equals", "US"), c("field", "equals", "Acme", field="company")]
    assert all_match(criteria, {"country": "US", "field:company": "acme"})
    assert not all_match(criteria, {"country": "US", "field:company": "Globex"})
    assert all_match([], {})


def test_field_criterion_must_name_its_field():
    with pytest.raises(ValidationError, match="must name the field"):
        Criterion(attribute=Attribute.FIELD, operator=Operator.EQUALS, value="x")
    with pytest.raises(ValidationError, match="only 'field' criteria"):
        Criterion(attribute=Attribute.COUNTRY, field="email", value="x")


def test_describe_reads_as_words():
    assert c("country", "one_of", ["FR", "BE"]).describe() == "country is one of FR, BE"
    assert c("field", "is_known", field="email").describe() == "field 'email' is known"


@pytest.mark.parametrize(
    ("narrow", "broad", "expected"),
    [
        ([c("country", "equals", "FR")], [c("country", "one_of", ["FR", "BE"])], True),
        ([c("country", "one_of", ["FR", "BE"])], [c("country", "equals", "FR")], False),
        ([c("country", "one_of", ["fr"])], [c("country", "one_of", ["FR", "BE"])], True),
        (
            [c("country", "equals", "FR"), c("city", "equals", "Paris")],
            [c("country", "equals", "FR")],
            True,
        ),
        (
            [c("country", "equals", "FR")],
            [c("country", "equals", "FR"), c("city", "equals", "Paris")],
            False,
        ),
        (
            [c("page_url", "starts_with", "/pricing/eu")],
            [c("page_url", "starts_with", "/pricing")],
            True,
        ),
        ([c("page_url", "starts_with", "/pricing")], [c("page_url", "contains", "pricing")], True),
        ([c("page_url", "contains", "pricing")], [c("page_url", "starts_with", "/pricing")], False),
        ([c("page_url", "contains", "/pricing/eu")], [c("page_url", "contains", "/pricing")], True),
        ([c("country", "equals", "FR")], [c("region", "equals", "FR")], False),
        ([c("country", "equals", "FR")], [], True),
        ([], [c("country", "equals", "FR")], False),
    ],
)
def test_implies_is_sound(narrow, broad, expected):
    assert implies(narrow, broad) is expected
