"""Rules on criteria values that can never be what a visitor has.

A Condition outcome or custom routing rule testing "country is France" is
accepted by the model (a value is any text) yet never matches a visitor from
Paris, whose country is FR: the marketer's intent silently turns into the
"Otherwise" branch or the fallback. These rules look at each criterion alone
(no other card, no workspace), so they run with the card's own checks and the
editor rechecks only the card being edited.

All are warnings: the card still works (every visitor is routed, none is
stuck), it just does not do what the marketer meant, as with ``rule-shadowed``.
Regions are not checked: visitors' regions come as the location service words
them (a code such as CA, or a name such as Île-de-France), so no form is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from designer.model.cards import Card, ConditionCard, LiveChatCard, MeetingBookingCard, Outcome
from designer.model.criteria import (
    VALUELESS_OPERATORS,
    YES_NO_WORDS,
    Attribute,
    Criterion,
    Operator,
)
from designer.model.routing import CustomRules
from designer.model.validation.countries import code_for, folded_codes, is_country_code
from designer.model.validation.problems import CODES, Problem, Severity, Wording, problem, wording

CRITERION_CODES: dict[str, tuple[Severity, str]] = {
    "criterion-no-value": (
        Severity.WARNING,
        "A condition compares with an empty value, so it holds for no visitor or for all.",
    ),
    "country-not-code": (
        Severity.WARNING,
        "A country condition uses a name or unknown code, where visitors' countries are "
        "two-letter ISO codes such as FR.",
    ),
    "availability-not-yes-no": (
        Severity.WARNING,
        "A live-agents-available condition compares with something other than yes or no.",
    ),
}
"""The codes these rules report, registered into :data:`CODES` when validation loads."""

CODES.update(CRITERION_CODES)

_NEGATIVE = frozenset({Operator.NOT_EQUALS, Operator.NOT_ONE_OF, Operator.NOT_CONTAINS})
"""Operators an empty value makes true for every visitor (the others: for none)."""


def criterion_problems(card: Card, path: str) -> Iterator[Problem]:
    """Every criterion of the card's Condition outcomes and custom routing rules.

    ``path`` is the card's JSON path; each problem points at the value (or the
    list item) to change. A set look-up per criterion; sentences and paths are
    made only for the few with a problem.
    """
    if isinstance(card, ConditionCard):
        for i, outcome in enumerate(card.outcomes):
            for k, criterion in enumerate(outcome.criteria):
                if _suspect(criterion):
                    at = f"{path}.outcomes[{i}].criteria[{k}]"
                    yield from _InOutcome(card, outcome).check(criterion, k, at)
    elif isinstance(card, LiveChatCard | MeetingBookingCard) and isinstance(
        card.routing, CustomRules
    ):
        for i, rule in enumerate(card.routing.rules):
            for k, criterion in enumerate(rule.criteria):
                if _suspect(criterion):
                    at = f"{path}.routing.rules[{i}].criteria[{k}]"
                    yield from _InRule(card, str(i + 1)).check(criterion, k, at)


def _suspect(criterion: Criterion) -> bool:
    """Whether the criterion has a problem, on its normalised values (most have none)."""
    if criterion.operator in VALUELESS_OPERATORS:
        return False
    values = criterion.values
    if not values:
        return True
    if criterion.attribute is Attribute.COUNTRY:
        return not folded_codes().issuperset(values)
    words = YES_NO_WORDS.get(criterion.attribute)
    return words is not None and not frozenset(words).issuperset(values)


class _Place:
    """Where the criteria are (an outcome or a rule): words each problem in that place.

    A template per place and problem, whole sentences, so a translation can
    agree its words with "outcome" or "rule".
    """

    def __init__(self, card: Card) -> None:
        self.card = card
        self.card_id = card.id

    @cached_property
    def title(self) -> str:
        """Worked out only for a problem: most criteria have none."""
        return self.card.display_title()

    def check(self, criterion: Criterion, k: int, path: str) -> Iterator[Problem]:
        """The problems of a :func:`_suspect` criterion, the ``k``-th at ``path``."""
        n = str(k + 1)
        if not criterion.values:
            said = self.no_value(n, everyone=criterion.operator in _NEGATIVE)
            yield problem("criterion-no-value", self.card_id, said, f"{path}.value")
            return
        listed = isinstance(criterion.value, list)
        items = criterion.value if isinstance(criterion.value, list) else [criterion.value]
        for m, value in enumerate(items):
            at = f"{path}.value[{m}]" if listed else f"{path}.value"
            if criterion.attribute is Attribute.COUNTRY and not is_country_code(value):
                code = code_for(value)
                said = self.named_country(n, value, code) if code else self.no_country(n, value)
                yield problem("country-not-code", self.card_id, said, at)
            words = YES_NO_WORDS.get(criterion.attribute)
            if words is not None and value.strip().casefold() not in words:
                said = self.not_yes_no(n, value, *words)
                yield problem("availability-not-yes-no", self.card_id, said, at)

    def no_value(self, n: str, *, everyone: bool) -> Wording:
        raise NotImplementedError

    def named_country(self, n: str, value: str, code: str) -> Wording:
        raise NotImplementedError

    def no_country(self, n: str, value: str) -> Wording:
        raise NotImplementedError

    def not_yes_no(self, n: str, value: str, yes: str, no: str) -> Wording:
        raise NotImplementedError


class _InOutcome(_Place):
    def __init__(self, card: Card, outcome: Outcome) -> None:
        super().__init__(card)
        self._outcome = outcome

    @cached_property
    def outcome(self) -> str:
        return self._outcome.describe()

    def no_value(self, n: str, *, everyone: bool) -> Wording:
        where = {"n": n, "outcome": self.outcome, "title": self.title}
        if everyone:
            return wording(
                "Condition {n} of outcome '{outcome}' in '{title}' has no value, so it holds for "
                "every visitor: type the value to compare with, or remove the condition.",
                **where,
            )
        return wording(
            "Condition {n} of outcome '{outcome}' in '{title}' has no value, so it holds for no "
            "visitor: type the value to compare with, or remove the condition.",
            **where,
        )

    def named_country(self, n: str, value: str, code: str) -> Wording:
        return wording(
            "'{value}' is not a country code: visitors' countries are two-letter codes such as "
            "{code}. Write {code} in condition {n} of outcome '{outcome}' in '{title}'.",
            value=value,
            code=code,
            n=n,
            outcome=self.outcome,
            title=self.title,
        )

    def no_country(self, n: str, value: str) -> Wording:
        return wording(
            "'{value}' is not a country code: visitors' countries are two-letter codes such as "
            "FR or US. Write the code of the country you mean in condition {n} of outcome "
            "'{outcome}' in '{title}'.",
            value=value,
            n=n,
            outcome=self.outcome,
            title=self.title,
        )

    def not_yes_no(self, n: str, value: str, yes: str, no: str) -> Wording:
        return wording(
            "Condition {n} of outcome '{outcome}' in '{title}' compares live agents' "
            "availability with '{value}', but it is only ever '{yes}' or '{no}': choose one "
            "of those.",
            n=n,
            outcome=self.outcome,
            title=self.title,
            value=value,
            yes=yes,
            no=no,
        )


class _InRule(_Place):
    def __init__(self, card: Card, rule: str) -> None:
        super().__init__(card)
        self.rule = rule

    def no_value(self, n: str, *, everyone: bool) -> Wording:
        where = {"n": n, "rule": self.rule, "title": self.title}
        if everyone:
            return wording(
                "Condition {n} of rule {rule} in '{title}' has no value, so it holds for every "
                "visitor: type the value to compare with, or remove the condition.",
                **where,
            )
        return wording(
            "Condition {n} of rule {rule} in '{title}' has no value, so it holds for no "
            "visitor: type the value to compare with, or remove the condition.",
            **where,
        )

    def named_country(self, n: str, value: str, code: str) -> Wording:
        return wording(
            "'{value}' is not a country code: visitors' countries are two-letter codes such as "
            "{code}. Write {code} in condition {n} of rule {rule} in '{title}'.",
            value=value,
            code=code,
            n=n,
            rule=self.rule,
            title=self.title,
        )

    def no_country(self, n: str, value: str) -> Wording:
        return wording(
            "'{value}' is not a country code: visitors' countries are two-letter codes such as "
            "FR or US. Write the code of the country you mean in condition {n} of rule {rule} "
            "in '{title}'.",
            value=value,
            n=n,
            rule=self.rule,
            title=self.title,
        )

    def not_yes_no(self, n: str, value: str, yes: str, no: str) -> Wording:
        return wording(
            "Condition {n} of rule {rule} in '{title}' compares live agents' availability with "
            "'{value}', but it is only ever '{yes}' or '{no}': choose one of those.",
            n=n,
            rule=self.rule,
            title=self.title,
            value=value,
            yes=yes,
            no=no,
        )
