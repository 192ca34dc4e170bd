"""What a data folder's file names say before any file is read: an empty folder, a file
saved as .yml, a name holding control or invisible characters."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kuopio_ohjelma.core.textsafe import control_characters, hidden_characters, inert_name
from kuopio_ohjelma.io.text import position_of_offset
from kuopio_ohjelma.locale import N_, _, ngettext
from kuopio_ohjelma.problems import START, Problem, Severity


def folder_problems(folder: Path, listed: list[Path], *, required: bool) -> list[Problem]:
    problems = [_yml(path) for path in listed if path.suffix == ".yml"]
    problems += [_unsafe_name(path) for path in listed if hidden_characters(path.name)]
    problems += [_not_utf8_name(path) for path in listed if not _is_utf8(path.name)]
    if required and not any(path.suffix == ".yaml" for path in listed):
        problems.append(_empty_folder(folder))
    return problems


def _yml(path: Path) -> Problem:
    return Problem(
        "E112", path, START,
        _("file name ends in .yml; ohjelma reads only .yaml files, so this one is left out"),
        _("rename it to {name}").format(name=inert_name(path.stem + ".yaml")),
    )


def _unsafe_name(path: Path) -> Problem:
    shown = ", ".join(f"U+{ord(ch):04X}" for ch in hidden_characters(path.name))
    return Problem(
        "E115", path, START,
        _("file name holds control or invisible characters ({codes})").format(codes=shown),
        _("rename the file using letters, digits and '-' only"),
    )


def _is_utf8(name: str) -> bool:
    """False for a name whose bytes are not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _not_utf8_name(path: Path) -> Problem:
    return Problem(
        "E115", path, START,
        _("file name {name} is not in UTF-8: git, the editor and the report would each show "
          "it differently").format(name=inert_name(path.name)),
        _("rename the file using letters, digits and '-' only"),
    )


def _empty_folder(folder: Path) -> Problem:
    return Problem(
        "E112", folder, START,
        _("no data files in {folder}/; the programme needs at least one").format(
            folder=inert_name(folder.as_posix())
        ),
        _("restore the files, e.g. with 'git checkout -- {folder}'").format(
            folder=inert_name(folder.as_posix())
        ),
    )


MAX_REPORTED = 20


def text_problems(path: Path, text: str, *, nfc: bool | None = None) -> list[Problem]:
    """Invisible characters anywhere in the file (E117) and text not in composed form
    (W116): both look right in an editor and compare wrong. `nfc`: whether the text is in
    composed form, when the caller has checked it already."""
    problems = []
    for offset, ch in _invisible(text):
        problems.append(Problem(
            "E117", path, position_of_offset(text, offset),
            _("invisible character U+{code:04X} ({name})").format(
                code=ord(ch), name=describe(ch)),
            _("delete it (in VS Code: put the cursor after it and press Backspace): it cannot "
              "be seen, yet makes two equal-looking names differ"),
        ))
        if len(problems) == MAX_REPORTED:
            break
    if nfc is None:
        nfc = text.isascii() or unicodedata.is_normalized("NFC", text)
    if not nfc:
        problems.append(_decomposed(path, text))
    return problems


# Format characters (category Cf) outside Latin-1 are looked up one by one; Latin-1's few
# (U+00AD) are taken from the same database here. A Python call per character of every
# file was a sixth of a large repository's lint; one pass of this pattern finds the few
# candidates (Finnish text is nearly all Latin-1).
# General punctuation (dashes, quotes, the ellipsis: common in the text) is likewise
# looked up here, so that only its format characters (zero-width space, directions) are
# candidates.
# Written as the characters that are never candidates (a negated class compiles in a
# hundredth of the time of a class of every other code point: a tenth of lint's start-up).
_SURE = [
    ch
    for ch in map(chr, [*range(256), *range(0x2000, 0x2070)])
    if unicodedata.category(ch) != "Cf"
]
_CANDIDATES = re.compile(f"[^{''.join(map(re.escape, _SURE))}]")


def _invisible(text: str) -> list[tuple[int, str]]:
    if text.isascii():
        return []
    return [(match.start(), match.group()) for match in _CANDIDATES.finditer(text)
            if unicodedata.category(match.group()) == "Cf"
            and not (match.start() == 0 and match.group() == "\ufeff")]


def _decomposed(path: Path, text: str) -> Problem:
    offset = next((i for i, ch in enumerate(text) if unicodedata.combining(ch)), 1)
    start = max(offset - 1, 0)
    word = text[start : offset + 1]
    return Problem(
        "W116", path, position_of_offset(text, start),
        _("'{text}' is written as a letter and a separate accent (not NFC)").format(
            text=inert_name(word)),
        _("retype it as one character, '{fixed}' (most editors: save as NFC)").format(
            fixed=unicodedata.normalize("NFC", word)),
        Severity.WARNING,
    )


# The characters an editor meets, in the editor's words (the Unicode names are English).
_DESCRIPTIONS = {
    "\x00": N_("null character"),
    "\x0b": N_("vertical tab: Word's soft line break, Shift+Enter"),
    "\x0c": N_("form feed: a page break"),
    "\x1b": N_("escape character, which starts a terminal colour code"),
    "\x7f": N_("delete character"),
    "\x85": N_("next-line character"),
    "\u00ad": N_("soft hyphen"),
    "\u200b": N_("zero-width space"),
    "\u200c": N_("zero-width non-joiner"),
    "\u200d": N_("zero-width joiner"),
    "\u200e": N_("left-to-right mark"),
    "\u200f": N_("right-to-left mark"),
    "\u2060": N_("word joiner"),
    "\u202a": N_("left-to-right embedding"),
    "\u202b": N_("right-to-left embedding"),
    "\u202c": N_("end of text direction"),
    "\u202d": N_("left-to-right override"),
    "\u202e": N_("right-to-left override, which shows the text backwards"),
    "\u2066": N_("left-to-right isolate"),
    "\u2067": N_("right-to-left isolate"),
    "\u2068": N_("first-strong isolate"),
    "\u2069": N_("end of isolate"),
    "\ufeff": N_("zero-width no-break space (byte-order mark)"),
}
# Characters that stand for a line break in the program they came from.
_LINE_BREAKS = "\x0b\x0c\x85"


def describe(ch: str) -> str:
    """An invisible or control character in the editor's words."""
    known = _DESCRIPTIONS.get(ch)
    if known:
        return _(known)
    if unicodedata.category(ch) == "Cc":
        return _("control character")
    return _("invisible formatting character")


def control_message(where: str, text: str) -> tuple[str, str] | None:
    """The finding (or an edit's refusal) for control characters in text, with the fix;
    None when the text has none. One wording for lint, status set, indicator set, sheet
    import and period open."""
    found = control_characters(text)
    if not found:
        return None
    shown = ", ".join(f"U+{ord(ch):04X} ({describe(ch)})" for ch in found)
    message = ngettext(
        "{where} holds a control character {characters}",
        "{where} holds control characters {characters}",
        len(found),
    ).format(where=where, characters=shown)
    breaks = [f"U+{ord(ch):04X}" for ch in found if ch in _LINE_BREAKS]
    if breaks:
        hint = _(
            "replace {codes} with a real line break (in YAML a text of several lines is a "
            "block: 'tilanne: |-' with the lines indented below it)"
        ).format(codes=", ".join(breaks))
        others = len(found) > len(breaks)
        return message, hint + (_("; delete the other characters") if others else "")
    return message, ngettext(
        "delete it: it cannot be seen, and spreadsheets and exports refuse it",
        "delete them: they cannot be seen, and spreadsheets and exports refuse them",
        len(found),
    )
