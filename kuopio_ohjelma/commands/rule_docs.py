"""`ohjelma rules` and `ohjelma lint --explain`: every finding code a user can meet, with its
title and documentation: the lint rules' registry and sheet import's workbook findings.

Both read the records themselves (lint/rules, sheets/codes.py), so docs cannot drift; the
text is wrapped to the width it is written to (core/lines.py).
"""

from __future__ import annotations

import re

from kuopio_ohjelma.core.lines import fit, wrap
from kuopio_ohjelma.lint.registry import Documented, Rule
from kuopio_ohjelma.locale import _

Explained = Rule | Documented
# A line of a rule's documentation that begins a part of its own: "Example: …",
# "Miksi sillä on väliä: …" (the docs are hard-wrapped; the other lines continue the part).
_PART = re.compile(r"[A-ZÄÖÅ][^:`]{0,30}:\s")
# The summary under a code in `ohjelma rules`.
_SUMMARY = " " * 6


def _sections() -> list[tuple[str, dict[str, Rule] | dict[str, Documented]]]:
    from kuopio_ohjelma.lint.rules import REGISTRY
    from kuopio_ohjelma.sheets.codes import WORKBOOK_FINDINGS

    return [
        (_("Lint rules (ohjelma lint):"), REGISTRY),
        (_("Workbook findings (ohjelma sheet import):"), WORKBOOK_FINDINGS),
    ]


def explained() -> dict[str, Explained]:
    """Every documented code: a lint rule or a workbook finding."""
    return {code: item for _title, items in _sections() for code, item in items.items()}


def find_explained(word: str) -> str | None:
    """The code `word` names: a code in any case, or a machine name (`unknown-key`)."""
    known = explained()
    cleaned = word.strip()
    if cleaned.upper() in known:
        return cleaned.upper()
    names = {item.name: code for code, item in known.items()}
    return names.get(cleaned.lower())


def explained_words() -> list[str]:
    """Every code and machine name, for 'did you mean' and completion."""
    known = explained()
    return [*known, *(item.name for item in known.values())]


def severity_word(severity: str) -> str:
    return _("error") if severity == "error" else _("warning")


def explanation(code: str, width: int) -> str:
    """`lint --explain`: the code, title, machine name and severity, then the documentation,
    in lines of at most `width` (a part that wraps continues indented)."""
    item = explained()[code]
    head = _("{code} {title} ({name}, {severity})").format(
        code=item.code, title=item.title, name=item.name, severity=severity_word(item.severity))
    return fit(f"{head}\n\n{unwrapped(item.doc)}\n", width)


def unwrapped(doc: str) -> str:
    """The documentation with each paragraph and each labelled part on one line, so that
    it wraps to the width it is shown in, not to the width it was written in."""
    parts: list[str] = []
    for paragraph in doc.strip().split("\n\n"):
        lines: list[str] = []
        for line in paragraph.split("\n"):
            if lines and not _PART.match(line):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.strip())
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def listing(width: int) -> str:
    """`ohjelma rules`: per section, each code with its severity, title and machine name, and
    under it the first paragraph of its documentation, in lines of at most `width`."""
    lines: list[str] = []
    for heading, items in _sections():
        lines += ["", heading] if lines else [heading]
        for item in items.values():
            head = f"{item.code}  {severity_word(item.severity):<9} "
            lines += wrap(f"{item.title} [{item.name}]", width, head, " " * len(head),
                          break_long_words=False)
            lines += wrap(item.summary, width, _SUMMARY, _SUMMARY, break_long_words=False)
    return "\n".join(lines) + "\n"
