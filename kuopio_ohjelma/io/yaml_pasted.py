"""What git or a paste leaves in a data file that the YAML reader would misread: merge
conflict markers, a second document's `---` or an end `...`, directives (`%YAML`), invisible
line separators, indentation of no-break spaces and invisible characters inside a key.

Each is said at the character the editor must change, with a fix that keeps every line
where it is; the file is not read further. (The reader's own complaint would come lines
late, in its words, with a hint that moves text: a line separator is a new line to it, so
even its line numbers would be off.)
"""

from __future__ import annotations

import re
from pathlib import Path

from kuopio_ohjelma.io.text import SourceText, position_of_offset
from kuopio_ohjelma.io.yaml_lines import content_lines
from kuopio_ohjelma.locale import _, ngettext
from kuopio_ohjelma.problems import Position, Problem

_MERGE = re.compile(r"^(?:<{7}|={7}|>{7}|\|{7})(?: .*)?$", re.MULTILINE)
_DOCUMENT = re.compile(r"^(?:---|\.\.\.)(?=[ \t]|$)[^\n]*|^%[^\n]*", re.MULTILINE)
# Characters the YAML reader takes for a line break that editors do not show as one.
LINE_SEPARATORS = {
    "\x85": "U+0085",
    "\u2028": "U+2028",
    "\u2029": "U+2029",
}
_SEPARATOR = re.compile("[\x85\u2028\u2029]")
_NBSP = "\u00a0"
# The start of a line up to its first visible character: indentation and an item's '- '.
_LEAD = re.compile(r"[ \u00a0]*(?:-[ \u00a0]+)?")
_KEY_NBSP = re.compile(r"^[ ]*(?:- +)?([^\s:#'\"\[{-][^:#\s]*):\u00a0")
_MAX_REPORTED = 20
_MARKERS = ("---", "...", "%")


def pasted_problems(source: SourceText) -> list[Problem]:
    """The problems that keep `source` from being read at all (empty: read it)."""
    text, path = source.text, source.path
    if "<<<<<<<" in text or ">>>>>>>" in text:
        found = _merge_conflict(path, text)
        if found is not None:
            return [found]
    problems: list[Problem] = []
    if text.isascii():
        return _document_markers(path, text) if _has_markers(text) else []
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        problems += _separators(path, text)
    if _has_markers(text):
        problems += _document_markers(path, text)
    if _NBSP in text:
        problems += _nbsp_indentation(path, text)
    return problems


def _has_markers(text: str) -> bool:
    return "\n---" in text or "\n..." in text or "\n%" in text or text.startswith(_MARKERS)


def _merge_conflict(path: Path, text: str) -> Problem | None:
    markers = [m for m in _MERGE.finditer(text) if not m.group().startswith("|")]
    if not any(m.group().startswith("<") for m in markers):
        return None
    first = markers[0]
    lines = ", ".join(str(position_of_offset(text, m.start()).line) for m in markers)
    return Problem(
        "E101", path, position_of_offset(text, first.start()),
        _("unresolved git merge conflict: the lines starting with <<<<<<<, ======= and >>>>>>> "
          "(lines {lines}) are git's markers around two versions of the same lines").format(
            lines=lines),
        _("keep one version: between <<<<<<< and ======= is this branch's version, between "
          "======= and >>>>>>> the other one; delete the version you do not keep and the "
          "three marker lines, then run ohjelma lint again"),
    )


def _separators(path: Path, text: str) -> list[Problem]:
    problems = []
    for match in _SEPARATOR.finditer(text):
        problems.append(Problem(
            "E117", path, position_of_offset(text, match.start()),
            _("invisible line break {code} in the middle of a line (often pasted from Word or "
              "a web page): YAML reads it as a new line, the editor does not show one").format(
                code=LINE_SEPARATORS[match.group()]),
            _("replace it with a space; if the text should go on a new line here, write it as "
              "a block: 'tilanne: |-' with its lines indented below it"),
        ))
        if len(problems) == _MAX_REPORTED:
            break
    return problems


def _document_markers(path: Path, text: str) -> list[Problem]:
    """`---` after the content has begun (a second document), `...` (the end of one) and a
    `%YAML` directive: a data file is one plain document."""
    problems = []
    for match in _DOCUMENT.finditer(text):
        line = match.group()
        if line.startswith("---") and not _content_before(text, match.start()):
            continue  # a leading `---` opens the one document, as editors often write
        position = position_of_offset(text, match.start())
        problems.append(Problem("E101", path, position, *_marker_words(line.rstrip())))
    return problems


def _content_before(text: str, offset: int) -> bool:
    return any(
        line.strip() and not line.lstrip().startswith(("#", "%"))
        for line in text[:offset].split("\n")
    )


def _marker_words(line: str) -> tuple[str, str]:
    if line.startswith("%"):
        return (
            _("'{line}' is an instruction to the YAML reader (a directive); data files are "
              "plain YAML without them").format(line=line),
            _("delete the line '{line}'").format(line=line),
        )
    if line.startswith("..."):
        return (
            _("the line '...' marks the end of a YAML document; data files do not use it"),
            _("delete the line '...'"),
        )
    return (
        _("the line '---' starts a second YAML document here; a data file holds one"),
        _("delete the line '---' (the lines below it stay as they are)"),
    )


def _nbsp_indentation(path: Path, text: str) -> list[Problem]:
    """No-break spaces (U+00A0) in a line's indentation, or right after a key's colon:
    they look like spaces, but YAML counts only ordinary spaces."""
    lines = text.split("\n")
    problems = []
    for line in content_lines(lines, len(lines) - 1):
        raw = lines[line.number]
        lead = _LEAD.match(raw)
        column = raw.find(_NBSP, 0, lead.end() if lead else 0)
        if column >= 0:
            count = lead.group().count(_NBSP) if lead else 1
            problems.append(_nbsp(path, Position(line.number + 1, column + 1), count))
        elif (keyed := _KEY_NBSP.match(raw)) is not None:
            position = Position(line.number + 1, keyed.end())
            problems.append(_nbsp(path, position, 1, key=keyed.group(1)))
        if len(problems) == _MAX_REPORTED:
            break
    return problems


def _nbsp(path: Path, position: Position, count: int, *, key: str | None = None) -> Problem:
    if key is not None:
        message = _("after the colon of '{key}' is a no-break space (U+00A0, often pasted "
                    "from Word or a web page); YAML needs an ordinary space there").format(key=key)
        hint = _("replace it with an ordinary space")
    else:
        message = _("this line is indented with no-break spaces (U+00A0, often pasted from "
                    "Word or a web page); YAML counts only ordinary spaces as indentation")
        hint = ngettext(
            "replace the no-break space at the start of the line with an ordinary space: the "
            "line stays where it is",
            "replace the {count} no-break spaces at the start of the line with as many "
            "ordinary spaces: the line stays where it is",
            count,
        ).format(count=count)
    return Problem("E103", path, position, message, hint)


def invisible_in_structure(text: str, found: list[Problem]) -> bool:
    """Whether an invisible character (E117 of names.text_problems) stands in the
    indentation or the key of a line that is not the body of a `|-` note: `vastuu<ZWSP>tahot`
    is another key, and the reader's follow-on complaints would come with hints that move
    text."""
    invisible = [p.position for p in found if p.code == "E117"]
    if not invisible:
        return False
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    structure = structure_lines(text)
    return any(
        at.line - 1 in structure and in_structure(text, starts[at.line - 1] + at.col - 1)
        for at in invisible
    )


def in_structure(text: str, offset: int) -> bool:
    """Whether the character at `offset` stands in a line's indentation or inside its key
    (before the key's colon), where an invisible character changes what YAML reads."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    column = offset - start
    if not line[:column].strip(" -\u00a0"):
        return True
    colon = line.find(": ")
    if colon < 0 and line.rstrip().endswith(":"):
        colon = len(line.rstrip()) - 1
    head = line[: max(colon, 0)]
    return column < colon and not any(ch in head for ch in "\"'#")


def structure_lines(text: str) -> set[int]:
    """The 0-based numbers of the lines that are structure, not the body of a `|-` note."""
    lines = text.split("\n")
    return {line.number for line in content_lines(lines, len(lines) - 1)}
