"""Visitors' countries as the engine sees them: ISO 3166-1 alpha-2 codes such as FR or US.

Geolocation gives a visitor's country as a two-letter code, so a condition
written with a country's name ("France") never matches anyone. The codes and
names come from pycountry, which packages the Debian iso-codes tables (kept
current with ISO's changes) and their translations; it is imported on the
first question only, so the command line and a dialog without country
conditions never pay for it.

Names are recognised in English and in :data:`NAME_LANGUAGES` (the editor's
other languages), ignoring case and accents, so a French marketer typing
"Allemagne" is told DE as an English one typing "Germany" is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache

NAME_LANGUAGES = ("fr",)
"""Languages whose country names are recognised besides English: the editor's own
(``designer.ui.translations.LANGUAGES``; a test keeps the two in step)."""

EXTRA_CODES = {"XK": "Kosovo"}
"""Codes visitors' countries come as that ISO 3166-1 has not assigned: geolocation
services (MaxMind, Cloudflare, the EU) give Kosovo as XK."""

ALIASES = {"UK": "GB", "EL": "GR"}
"""Codes marketers write for a country whose ISO code differs (reserved by ISO for the
UK and the EU's name for Greece); no visitor ever has them."""


def fold(text: str) -> str:
    """How names are compared: trimmed, case-folded, accents dropped ("Pérou" = "perou")."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_country_code(text: str) -> bool:
    """Whether ``text`` is a code a visitor's country can have (any case, spaces ignored)."""
    return text.strip().upper() in _codes()


def folded_codes() -> frozenset[str]:
    """Every accepted code as :func:`designer.model.criteria.normalise` writes values ("fr")."""
    return _folded_codes()


def code_for(text: str, *, guess: bool = True) -> str | None:
    """The alpha-2 code ``text`` stands for: a name, an alpha-3 code, or a common mistake.

    None when it names no country (or several: "Korea"). With ``guess``, a
    name's unambiguous beginning counts too ("Russia" for the Russian
    Federation), so a warning can name the code marketers mean; the editor,
    which replaces what was typed, takes whole names only.
    """
    key = fold(text)
    if len(key) < 2:
        return None
    if not guess:
        return _by_name().get(key)
    return _code_for_folded(key)


def country_names(language: str = "en") -> list[tuple[str, str]]:
    """Every country as (code, its usual name in ``language``), sorted by name.

    English when pycountry has no translation for the language.
    """
    translate = _translator(language)
    named = [(code, translate(name)) for code, name in _usual_names().items()]
    return sorted(named, key=lambda item: fold(item[1]))


# --- the tables, built once on first use -------------------------------------------------


@cache
def _codes() -> frozenset[str]:
    import pycountry

    return frozenset({c.alpha_2 for c in pycountry.countries} | EXTRA_CODES.keys())


@cache
def _folded_codes() -> frozenset[str]:
    return frozenset(code.casefold() for code in _codes())


@cache
def _usual_names() -> dict[str, str]:
    """Code to the name people use ("Bolivia", not "Bolivia, Plurinational State of")."""
    import pycountry

    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    return {**names, **EXTRA_CODES}


@cache
def _by_name() -> dict[str, str]:
    """Every folded name (English and :data:`NAME_LANGUAGES`) and alpha-3 code, to a code."""
    import pycountry

    found: dict[str, str] = {fold(alias): code for alias, code in ALIASES.items()}
    translators = [_translator(language) for language in NAME_LANGUAGES]
    for c in pycountry.countries:
        english = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        names = [n for n in english if n]
        for translate in translators:
            names.extend(translate(n) for n in list(names))
        found[fold(c.alpha_3)] = c.alpha_2
        for name in names:
            found.setdefault(fold(name), c.alpha_2)
    for code, name in EXTRA_CODES.items():
        found.setdefault(fold(name), code)
    return found


@cache
def _code_for_folded(key: str) -> str | None:
    """Cached: a dialog repeats the same few values on many cards."""
    names = _by_name()
    if key in names:
        return names[key]
    if len(key) < 4:
        return None
    starting = {code for name, code in names.items() if name.startswith(key)}
    return starting.pop() if len(starting) == 1 else None


@cache
def _translator(language: str) -> Callable[[str], str]:
    import gettext

    import pycountry

    if language == "en":
        return str
    catalogue = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )
    return catalogue.gettext
