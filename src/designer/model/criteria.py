"""Conditions on a visitor: what custom routing rules and Condition cards test.

A :class:`Criterion` compares one visitor attribute (country, region, city,
page URL, a captured field, or whether live agents are available) with a value.
Matching is case-insensitive and ignores surrounding spaces, because marketers
type "france", "France" and "FR " alike and mean the same visitors.

:func:`implies` answers "does every visitor matching A also match B?" soundly
(never yes when unsure); validation uses it to find shadowed rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import cached_property
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from designer.model.wording import WordedText, Wording, wording_from


class Attribute(StrEnum):
    """A visitor attribute a criterion can test."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    PAGE_URL = "page_url"
    FIELD = "field"
    AGENTS_AVAILABLE = "agents_available"


class Operator(StrEnum):
    """How the attribute is compared with the value."""

    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    ONE_OF = "one_of"
    NOT_ONE_OF = "not_one_of"
    CONTAINS = "contains"
    NOT_CONTAINS = "not_contains"
    STARTS_WITH = "starts_with"
    ENDS_WITH = "ends_with"
    IS_KNOWN = "is_known"
    IS_UNKNOWN = "is_unknown"


LIST_OPERATORS = frozenset({Operator.ONE_OF, Operator.NOT_ONE_OF})
VALUELESS_OPERATORS = frozenset({Operator.IS_KNOWN, Operator.IS_UNKNOWN})

YES_NO_WORDS: dict[Attribute, tuple[str, str]] = {Attribute.AGENTS_AVAILABLE: ("yes", "no")}
"""Attributes the engine gives only one of two words, and those words (yes first).

The engine answers ``agents_available`` with ``availability_text``: any other
value in a criterion can never be what a visitor has.
"""

FieldKey = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_.]{0,63}$")]


def normalise(text: str) -> str:
    """The comparable form of a value: trimmed and case-folded."""
    return text.strip().casefold()


class Criterion(BaseModel):
    """One test on the visitor, e.g. ``country one_of [FR, BE]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    attribute: Attribute
    field: FieldKey | None = Field(
        default=None, description="The captured field tested when attribute is 'field'."
    )
    operator: Operator = Operator.EQUALS
    value: str | list[str] = ""

    @field_validator("value")
    @classmethod
    def _strip(cls, value: str | list[str]) -> str | list[str]:
        if isinstance(value, list):
            return [v.strip() for v in value if v.strip()]
        return value.strip()

    @model_validator(mode="after")
    def _consistent(self) -> Criterion:
        if self.attribute is Attribute.FIELD and not self.field:
            raise ValueError("a criterion on a captured field must name the field")
        if self.attribute is not Attribute.FIELD and self.field:
            raise ValueError(f"only 'field' criteria name a field, not '{self.attribute}'")
        return self

    @cached_property
    def values(self) -> tuple[str, ...]:
        """The normalised value(s) as a tuple, whatever form was written."""
        if isinstance(self.value, list):
            return tuple(normalise(v) for v in self.value)
        return (normalise(self.value),) if self.value else ()

    def subject(self) -> str:
        """What is tested, as a key: ``country`` or ``field:email``."""
        return f"field:{self.field}" if self.attribute is Attribute.FIELD else self.attribute.value

    def describe(self) -> str:
        """A short human form: ``country is one of FR, BE``, in English wherever text goes.

        A :class:`WordedText`, so the editor says it in the marketer's language
        ("le pays est parmi FR, BE") while the command line prints the English.
        """
        return WordedText(self.said())

    def said(self) -> Wording:
        """The description as a sentence the editor translates: a template per operator.

        A whole sentence per operator, not a verb glued between words: a
        translation may need to reorder them ("on connaît le pays").
        """
        if self.attribute is Attribute.FIELD:
            who = wording_from(_NAMES[Attribute.FIELD], field=self.field or "")
        else:
            who = wording_from(_NAMES[self.attribute])
        if self.operator in VALUELESS_OPERATORS:
            return wording_from(_SENTENCES[self.operator], who=who)
        shown = ", ".join(self.value) if isinstance(self.value, list) else self.value
        return wording_from(_SENTENCES[self.operator], who=who, value=shown)

    def matches(self, actual: str | None) -> bool:
        """Whether a visitor whose attribute is ``actual`` (None: unknown) matches."""
        op = self.operator
        if op is Operator.IS_KNOWN:
            return bool(actual and actual.strip())
        if op is Operator.IS_UNKNOWN:
            return not (actual and actual.strip())
        if actual is None:
            # An unknown value matches only the negative tests.
            return op in (Operator.NOT_EQUALS, Operator.NOT_ONE_OF, Operator.NOT_CONTAINS)
        a = normalise(actual)
        vals = self.values
        if op is Operator.EQUALS:
            return a in vals[:1] if vals else a == ""
        if op is Operator.NOT_EQUALS:
            return a not in vals[:1] if vals else a != ""
        if op is Operator.ONE_OF:
            return a in vals
        if op is Operator.NOT_ONE_OF:
            return a not in vals
        if op is Operator.CONTAINS:
            return any(v in a for v in vals)
        if op is Operator.NOT_CONTAINS:
            return not any(v in a for v in vals)
        if op is Operator.STARTS_WITH:
            return any(a.startswith(v) for v in vals)
        if op is Operator.ENDS_WITH:
            return any(a.endswith(v) for v in vals)
        raise AssertionError(op)  # pragma: no cover - exhaustive


# What is tested and what is said of it: English templates the editor translates
# (marked in designer.ui.worded, as lupdate does not read this module).
_NAMES = {
    Attribute.COUNTRY: "country",
    Attribute.REGION: "region",
    Attribute.CITY: "city",
    Attribute.PAGE_URL: "page URL",
    Attribute.AGENTS_AVAILABLE: "live agents available",
    Attribute.FIELD: "field '{field}'",
}
_SENTENCES = {
    Operator.EQUALS: "{who} is {value}",
    Operator.NOT_EQUALS: "{who} is not {value}",
    Operator.ONE_OF: "{who} is one of {value}",
    Operator.NOT_ONE_OF: "{who} is not one of {value}",
    Operator.CONTAINS: "{who} contains {value}",
    Operator.NOT_CONTAINS: "{who} does not contain {value}",
    Operator.STARTS_WITH: "{who} starts with {value}",
    Operator.ENDS_WITH: "{who} ends with {value}",
    Operator.IS_KNOWN: "{who} is known",
    Operator.IS_UNKNOWN: "{who} is unknown",
}
_AND = "{first} and {then}"
TEMPLATES = frozenset({*_NAMES.values(), *_SENTENCES.values(), _AND})
"""Every template a description is worded from, for the test that they are all translated."""


def describe_all(criteria: Sequence[Criterion], none: str) -> str:
    """The criteria as one description, "A and B and C"; ``none`` when there are none.

    A :class:`WordedText` like each criterion's, so the editor words the whole.
    """
    said: Wording | None = None
    for criterion in criteria:
        one = criterion.said()
        said = one if said is None else wording_from(_AND, first=said, then=one)
    return none if said is None else WordedText(said)


def all_match(criteria: list[Criterion], lookup: Mapping[str, str | None]) -> bool:
    """Whether every criterion holds; ``lookup`` maps :meth:`Criterion.subject` to values."""
    return all(c.matches(lookup.get(c.subject())) for c in criteria)


def _positive_set(c: Criterion) -> frozenset[str] | None:
    """The finite set of values a criterion accepts, when it is finite."""
    if c.operator is Operator.EQUALS and c.values:
        return frozenset(c.values[:1])
    if c.operator is Operator.ONE_OF:
        return frozenset(c.values)
    return None


def criterion_implies(a: Criterion, b: Criterion) -> bool:
    """Whether every visitor matching ``a`` surely matches ``b`` (sound, not complete)."""
    if a.subject() != b.subject():
        return False
    if a == b:
        return True
    sa = _positive_set(a)
    if sa is not None:
        # A finite set implies b when b accepts each of its values.
        return all(b.matches(v) for v in sa) if sa else False
    if b.operator is Operator.IS_KNOWN and a.operator in (
        Operator.CONTAINS,
        Operator.STARTS_WITH,
        Operator.ENDS_WITH,
    ):
        return all(a.values)
    single = len(a.values) == 1 and len(b.values) == 1
    if not single:
        return False
    (va,), (vb,) = a.values, b.values
    if a.operator is Operator.CONTAINS and b.operator is Operator.CONTAINS:
        return vb in va
    if a.operator is Operator.STARTS_WITH:
        if b.operator is Operator.STARTS_WITH:
            return va.startswith(vb)
        if b.operator is Operator.CONTAINS:
            return vb in va
    if a.operator is Operator.ENDS_WITH:
        if b.operator is Operator.ENDS_WITH:
            return va.endswith(vb)
        if b.operator is Operator.CONTAINS:
            return vb in va
    if a.operator is Operator.NOT_ONE_OF and b.operator is Operator.NOT_ONE_OF:
        return set(b.values) <= set(a.values)
    return False


def implies(a: list[Criterion], b: list[Criterion]) -> bool:
    """Whether every visitor matching all of ``a`` surely matches all of ``b``.

    An empty ``b`` matches everyone, so anything implies it.
    """
    return all(any(criterion_implies(ca, cb) for ca in a) for cb in b)
