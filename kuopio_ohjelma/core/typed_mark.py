"""A progress mark typed by a person, read once for every command (status set, sheet import).

Accepted: exactly a scale code ('+/-'), or a code followed by its own label as the
workbook's drop-down writes it ('+/-  Etenee osittain myönteisesti'). Tolerated, and said
so: white space around the mark and look-alike dashes and signs (a spreadsheet's autocorrect
or a word processor writes '−' for '-'), when the result is exactly one code. Everything else
is refused with the mark meant, the same did-you-mean wherever it was typed: '+ / -' is
never silently '+', and a mark whose label says another mark is never guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from kuopio_ohjelma.core.scale import step_of, suggest_mark, unify_lookalikes
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.values.marks import split_progress

if TYPE_CHECKING:
    from kuopio_ohjelma.model import ProgrammeInfo

# A mark is a few characters: a longer paste is cut sooner than other quoted values.
MARK_LIMIT = 60

class TypedMark(NamedTuple):
    """The code read (None when refused); what was read leniently, or why it was refused."""

    code: str | None
    tolerated: str = ""  # said to the editor: the mark was read, but not as typed
    message: str = ""
    hint: str = ""


def read_mark(info: ProgrammeInfo, written: str) -> TypedMark:
    allowed = info.allowed_progress()
    if written in allowed:
        return TypedMark(written)
    code, *after = unify_lookalikes(written).split(maxsplit=1) or [""]
    rest = " ".join(after[0].split()) if after else ""
    if code not in allowed:
        return _refused(info, written, allowed)
    if rest and _folded(rest) not in _labels(info, code):
        return _refused(info, written, allowed, code=code, label=rest)
    return TypedMark(code, tolerated_note(written, code))


def tolerated_note(written: str, code: str) -> str:
    """What to say of a mark read as `code`: nothing for the code itself or the drop-down's
    entry, what was read for a look-alike sign or spaces around the code."""
    entry = len(written.split(maxsplit=1)) == 2 and unify_lookalikes(written) == written
    if written == code or entry:
        return ""
    return _("'{written}' was read as the mark \"{mark}\"").format(
        written=shown(written, MARK_LIMIT), mark=code
    )


def _refused(
    info: ProgrammeInfo, written: str, allowed: list[str], *, code: str = "", label: str = ""
) -> TypedMark:
    other = _label_owner(info, label) if label else None
    if other is not None and other != code:
        message = _(
            "the mark \"{mark}\" and its label '{label}' do not match: that label is \"{other}\""
        ).format(mark=code, label=shown(label, MARK_LIMIT), other=other)
        hint = _('choose one: "{mark}" or "{other}"').format(mark=code, other=other)
        return TypedMark(None, message=message, hint=hint)
    message = _("progress '{progress}' is not on the scale").format(
        progress=shown(written, MARK_LIMIT)
    )
    return TypedMark(None, message=message, hint=mark_hint(_meant(info, written, code, label),
                                                           allowed))


def mark_hint(meant: str | None, allowed: list[str]) -> str:
    if meant is not None:
        return _('did you mean "{mark}"?').format(mark=meant)
    return _("allowed: {choices}").format(choices=", ".join(f'"{c}"' for c in allowed))


def _meant(info: ProgrammeInfo, written: str, code: str, label: str) -> str | None:
    """A code followed by words that are not its label ('+ eli hyvä') meant the code; signs
    after it ('- / +', '? +') could mean several marks, so only a whole likeness counts."""
    if code and re.search(r"\w", label):
        return code
    meant = suggest_mark(info, written)
    if code and meant == code:
        return None  # '? +' is not '?' with a stray sign: which one was meant is unknown
    return meant


def _label_owner(info: ProgrammeInfo, label: str) -> str | None:
    folded = _folded(label)
    for code in info.allowed_progress():
        if folded in _labels(info, code):
            return code
    return None


def _labels(info: ProgrammeInfo, code: str) -> set[str]:
    """The code's label in every language the workbook is written in, as its drop-down
    writes it ('Etenee myönteisesti (epävarma)' for '+?')."""
    from kuopio_ohjelma.locale import LANGUAGES, gettext_in

    base, uncertain = split_progress(code)
    step = step_of(info, code)
    label = step.label if step else base
    if not uncertain:
        return {_folded(label)}
    # as labels.mark_label writes it (core does not import that module)
    words = [gettext_in(lang, "uncertain") for lang in LANGUAGES]
    return {_folded(f"{label} ({word})") for word in words}


def _folded(text: str) -> str:
    return " ".join(unify_lookalikes(text).split()).casefold()
