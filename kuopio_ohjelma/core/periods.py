"""Monitoring periods: the one place that reads a period id, orders periods and finds one.

A period id is `<number>/<year>` in ASCII digits, the number without a leading zero
(`1/2024`, never `01/2024`: one period has one id, or `--period 1/2024` would not find a
period opened as `01/2024`). Report, diff, edit and lint ask
here for "which period", "the one before", "the latest unless given" and the next label, so
every command answers these questions, and words its errors, the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol, TypeVar

from kuopio_ohjelma.core.errors import ChoiceError
from kuopio_ohjelma.core.suggest import did_you_mean, join_hint
from kuopio_ohjelma.core.textsafe import ascii_digits, shown
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.values.period_ids import PERIOD_PATTERN


class PeriodLike(Protocol):
    """A declared period (model.Period, or the same values remembered for a quick edit):
    nothing here needs pydantic, so an edit's front door answers with these functions too."""

    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...


P = TypeVar("P", bound=PeriodLike)

# [0-9] and re.ASCII: superscript (¹), full-width (１) and other Unicode digits are refused;
# so is a leading zero (`01/2025`). The model (model.PeriodId) checks data with the same form.
_PERIOD_ID = re.compile(PERIOD_PATTERN.strip("^$").replace("/", "/(", 1) + ")", re.ASCII)
_LEADING_ZERO = re.compile(r"0[0-9]/[0-9]{4}", re.ASCII)
# A new period may follow the latest by at most this many years without --force.
MAX_YEARS_AHEAD = 1


class PeriodError(ChoiceError):
    """A period id that is malformed, unknown or out of order: exit 2, nothing written."""


class PeriodKey(NamedTuple):
    """Chronological order of periods: by year, then by number within the year."""

    year: int
    number: int


def is_period_id(text: str) -> bool:
    return _PERIOD_ID.fullmatch(text) is not None


def parse_period(text: str) -> PeriodKey:
    """`'1/2025'` → `PeriodKey(2025, 1)`; anything else is a PeriodError saying how to write it."""
    match = _PERIOD_ID.fullmatch(text)
    if match is None:
        meant = period_typo(text)
        if _LEADING_ZERO.fullmatch(text):
            message = _(
                "'{period}' is not a period id: a period's number is written without a "
                "leading zero"
            ).format(period=shown(text))
        else:
            message = _(
                "'{period}' is not a period id; write <number>/<year> with the digits 0–9, "
                "e.g. 1/2025"
            ).format(period=shown(text))
        hint = _("did you mean '{match}'?").format(match=meant) if meant else ""
        raise PeriodError(join_hint(message, hint))
    return PeriodKey(int(match.group(2)), int(match.group(1)))


def period_key(period_id: str) -> PeriodKey:
    """The ordering key of a period id; ids that do not parse sort first (lint reports them)."""
    match = _PERIOD_ID.fullmatch(period_id)
    return PeriodKey(int(match.group(2)), int(match.group(1))) if match else PeriodKey(0, 0)


def find_period(periods: Sequence[P], period_id: str) -> P | None:
    return next((period for period in periods if period.id == period_id), None)


def latest_period(periods: Sequence[P]) -> P | None:
    """Periods are declared oldest first (lint E405 checks it): the last is the latest."""
    return periods[-1] if periods else None


def resolve_period(periods: Sequence[P], given: str | None) -> P:
    """The period `given`, or the latest declared when none is given."""
    if given is None:
        latest = latest_period(periods)
        if latest is None:
            raise PeriodError(
                _(
                    "the programme declares no periods (kaudet); open one with "
                    "'ohjelma period open 1/2025'"
                )
            )
        return latest
    parse_period(given)
    found = find_period(periods, given)
    if found is None:
        raise unknown_period(given, periods)
    return found


def unknown_period(given: str, periods: Sequence[PeriodLike]) -> PeriodError:
    ids = [period.id for period in periods]
    return PeriodError(
        _("unknown period '{period}'; {hint}").format(
            period=given, hint=did_you_mean(given, ids) or _("no periods are declared")
        )
    )


def previous_period(periods: Sequence[P], period_id: str) -> P | None:
    """The period declared just before `period_id` (None for the first or an unknown one)."""
    ids = [period.id for period in periods]
    if period_id not in ids:
        return None
    index = ids.index(period_id)
    return periods[index - 1] if index > 0 else None


def check_next(periods: Sequence[PeriodLike], new_id: str, *, force: bool = False) -> None:
    """A new period must be well formed, new, after the latest and (unless forced) not skip
    ahead more than a year."""
    key = parse_period(new_id)
    if key.number < 1:
        raise PeriodError(
            _("a period's number counts the year's monitoring rounds from 1 (1/2024 is the "
              "source's); write e.g. 1/{year}").format(year=key.year)
        )
    if find_period(periods, new_id) is not None:
        raise PeriodError(
            _("period '{period}' is already declared; write its statuses with 'ohjelma status "
              "set ACTION MARK --period {period}', or open the next round: 'ohjelma period "
              "open {next}'").format(period=new_id, next=next_period_id(periods))
        )
    if not periods:
        return
    latest = periods[-1].id
    if key <= period_key(latest):
        raise PeriodError(
            _("period '{period}' is before the latest, '{latest}': period open adds the next "
              "round after it, e.g. 'ohjelma period open {next}'; an earlier period is written "
              "by hand into data/programme.yaml under kaudet, in its place oldest first"
              ).format(period=new_id, latest=latest, next=next_period_id(periods))
        )
    expected = _next_number(period_key(latest), key.year)
    if key.number > expected and not force:
        raise PeriodError(
            _("period '{period}' skips rounds: after '{latest}' the next round of {year} is "
              "{expected}/{year}; check the number, or give --force if that is intended"
              ).format(period=new_id, latest=latest, year=key.year, expected=expected)
        )
    if skips_ahead(period_key(latest), key) and not force:
        raise PeriodError(
            _(
                "period '{period}' skips ahead more than a year from the latest, '{latest}'; "
                "check the year, or give --force if that is intended"
            ).format(period=new_id, latest=latest)
        )


def skips_ahead(previous: PeriodKey, key: PeriodKey) -> bool:
    """Whether a period comes more than a year after the one before it: `period open`
    refuses it without --force, and lint warns of it in `kaudet` (W406)."""
    return key.year - previous.year > MAX_YEARS_AHEAD


def next_period_id(periods: Sequence[PeriodLike]) -> str:
    """The period a yearly update opens next: round 1 of the year after the latest."""
    latest = latest_period(periods)
    if latest is None or not is_period_id(latest.id):
        return "1/2025"
    return f"1/{period_key(latest.id).year + 1}"


def _next_number(latest: PeriodKey, year: int) -> int:
    """The number the next round of `year` gets: rounds of a year are counted from 1."""
    return latest.number + 1 if year == latest.year else 1


def next_label(periods: Sequence[PeriodLike], new_id: str) -> str | None:
    """The new period's label after the latest one's pattern: 'Tilanne 1/2024' → 'Tilanne
    1/2025'. None when the latest label does not contain its own id (give --label then)."""
    if not periods:
        return None
    latest = periods[-1]
    if latest.id not in latest.label:
        return None
    return latest.label.replace(latest.id, new_id)


# Look-alikes editors type for the parts of a period id: the letter O for zero, a dash or a
# dot for the slash; words around it ("Tilanne 1/2024") are ignored.
_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "-": "/", "–": "/", ".": "/", "\\": "/"})
_SHORT_PERIOD = re.compile(r"([0-9]{1,2})\s*/\s*([0-9]{2})", re.ASCII)
_PERIOD_INSIDE = re.compile(r"(?<![0-9])([0-9]{1,2})\s*/\s*([0-9]{4})(?![0-9])", re.ASCII)


def period_typo(text: str) -> str | None:
    """The period id a malformed key was meant to be (`1/2O24`, `1-2024`, `"1/2024 "`,
    `Tilanne 1/2024`, `1/24` → `1/2024`), or None when nothing like one is in it."""
    cleaned = ascii_digits(text).translate(_LOOKALIKES)
    found = _PERIOD_INSIDE.search(cleaned)
    if found:
        return f"{int(found[1])}/{found[2]}"
    short = _SHORT_PERIOD.fullmatch(cleaned.strip())
    return f"{int(short[1])}/20{short[2]}" if short else None


# Years a value of this programme may plausibly be for: a guess outside is no guess.
_YEARS = range(1900, 2101)


def plausible_year(year: int) -> bool:
    return year in _YEARS


def year_typo(text: str) -> str | None:
    """The year a four-digit year out of range was meant to be: two neighbouring digits
    swapped (`2205` → 2025), the one nearest to this year; None when no swap makes a year."""
    from datetime import date

    swapped = {text[:i] + text[i + 1] + text[i] + text[i + 2 :] for i in range(len(text) - 1)}
    years = [int(y) for y in swapped if y.isascii() and y.isdigit() and int(y) in _YEARS]
    now = date.today().year
    return str(min(years, key=lambda year: (abs(year - now), year))) if years else None
_DIGITS_ONLY = re.compile(r"[0-9]+", re.ASCII)


def when_typo(text: str) -> str | None:
    """The year or period a mistyped `indicator set` time was meant to be: `20230` → 2023
    (a digit too many), `2O23` → 2023, `23` → 2023, `1-2024` → 1/2024; None when no guess
    is sound."""
    cleaned = ascii_digits(text.strip()).translate(_LOOKALIKES).rstrip("/")
    if "/" in cleaned:
        return period_typo(cleaned)
    if not _DIGITS_ONLY.fullmatch(cleaned):
        return None
    if len(cleaned) == 2:
        return f"20{cleaned}"
    if len(cleaned) == 4:
        return cleaned if int(cleaned) in _YEARS else None
    if len(cleaned) == 5:  # one digit too many: keep the first four if they make a year
        dropped = [cleaned[:i] + cleaned[i + 1 :] for i in range(5)]
        years = [year for year in [cleaned[:4], *dropped] if int(year) in _YEARS]
        return years[0] if years else None
    return None
