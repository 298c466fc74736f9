"""The visitor mix a simulation sends: who they are and how they answer.

A profile-mix file is JSON (see ``examples/simulation/profiles.json`` and the README)::

    {
      "arrival_seconds": 30,      # mean time between two visitors
      "chat_minutes": 8,          # mean length of a live chat
      "profiles": [
        {"name": "Paris, pricing page", "weight": 3, "country": "FR", "city": "Paris",
         "page_url": "https://acme.example/pricing", "fields": {"first_name": "Camille"},
         "answers": {"ask-sales": {"yes": 3, "no": 1}}, "drop_rate": 0.05}
      ]
    }

``answers`` weighs the answers of a Question card (by card id, then answer id);
unlisted questions are answered uniformly. ``drop_rate`` is the chance the
visitor leaves at each step where they must act.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from designer.errors import DesignerError

AnswerWeight = Annotated[float, Field(ge=0, allow_inf_nan=False)]
"""How often an answer is pressed, relative to the others; 0 never (a negative is a typo)."""


class Profile(BaseModel):
    """One kind of visitor in the mix."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "Visitor"
    weight: float = Field(default=1.0, gt=0)
    country: str | None = None
    region: str | None = None
    city: str | None = None
    page_url: str | None = None
    fields: dict[str, str] = Field(default_factory=dict)
    answers: dict[str, dict[str, AnswerWeight]] = Field(default_factory=dict)
    drop_rate: float = Field(default=0.0, ge=0.0, le=1.0)


class ProfileMix(BaseModel):
    """The whole mix plus the pace of arrivals and chats."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    arrival_seconds: float = Field(default=30.0, gt=0)
    chat_minutes: float = Field(default=8.0, gt=0)
    profiles: list[Profile] = Field(min_length=1)


DEFAULT_MIX = ProfileMix(
    profiles=[
        Profile(
            name="France, pricing page",
            weight=3,
            country="FR",
            city="Paris",
            page_url="https://acme.example/pricing",
            drop_rate=0.05,
        ),
        Profile(
            name="Belgium, home page",
            weight=1,
            country="BE",
            city="Brussels",
            page_url="https://acme.example/",
            drop_rate=0.05,
        ),
        Profile(
            name="United States, pricing page",
            weight=3,
            country="US",
            region="CA",
            city="San Francisco",
            page_url="https://acme.example/pricing",
            drop_rate=0.05,
        ),
        Profile(
            name="Germany, docs",
            weight=2,
            country="DE",
            city="Berlin",
            page_url="https://acme.example/docs",
            drop_rate=0.08,
        ),
        Profile(
            name="Japan, blog",
            weight=1,
            country="JP",
            city="Tokyo",
            page_url="https://acme.example/blog",
            drop_rate=0.1,
        ),
    ]
)
"""A sensible mix when none is given: Europe, the US and the rest of the world."""


def load_profile_mix(path: str | Path) -> ProfileMix:
    """Read a profile-mix file; every mistake is one sentence naming the place."""
    source = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DesignerError(
            "the profile-mix file does not exist", file=source, code="unreadable"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DesignerError(
            f"cannot read the profile-mix file ({exc})", file=source, code="unreadable"
        ) from None
    except json.JSONDecodeError as exc:
        raise DesignerError(
            f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg}); fix it there",
            file=source,
            code="malformed-json",
        ) from None
    try:
        return ProfileMix.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"])
        raise DesignerError(
            f"{err['msg']}; see the profile-mix format in the README",
            file=source,
            path=where,
            code="invalid-profiles",
        ) from None
