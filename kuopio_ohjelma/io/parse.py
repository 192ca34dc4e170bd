"""One file's bytes → text → YAML with positions, and every problem on the way.

Free of pydantic (validation is the loader's next step), so that a quick edit reads a file
back exactly as `ohjelma lint` reads it without paying for the models.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kuopio_ohjelma.io.names import control_message, text_problems
from kuopio_ohjelma.io.places import named
from kuopio_ohjelma.io.text import decode_source
from kuopio_ohjelma.io.yaml_pasted import invisible_in_structure, pasted_problems
from kuopio_ohjelma.io.yaml_positions import Document, PathKey, parse_yaml
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import START, Problem


def parse_bytes(path: Path, raw: bytes | Problem | None) -> tuple[Document | None, list[Problem]]:
    """Decode and parse one file's bytes; every failure is a problem, not an exception."""
    if raw is None:
        return None, [
            Problem(
                "E112", path, START, _("file is missing"), _("create {name}").format(name=path.name)
            )
        ]
    if isinstance(raw, Problem):
        return None, [raw]
    source, problems = decode_source(path, raw)
    if source is None:
        return None, problems
    # One check of the composed form (NFC) serves the parse and the text's own problems.
    text = source.text
    nfc = text.isascii() or unicodedata.is_normalized("NFC", text)
    pasted = pasted_problems(source)
    found = text_problems(path, text, nfc=nfc)
    if pasted or (found and invisible_in_structure(text, found)):
        # Not read further: the reader's own complaints would come lines late, with hints
        # that move text (yaml_pasted.py).
        return None, problems + pasted + [p for p in found if p.code == "E117"]
    document, parse_problems = parse_yaml(source, nfc=nfc)
    problems += parse_problems + found
    if document is not None and ("\\" in source.text or "\x85" in source.text):
        problems += control_problems(document)
    return document, problems


def control_problems(document: Document) -> list[Problem]:
    """Control characters in text values (E117). The YAML reader refuses them raw, so they
    come from escapes in double quotes ("rivi\\vtoinen", Word's soft line break) or NEL."""
    found = []
    for loc, text in _texts(document.data, ()):
        said = control_message(named(loc, document.data), text)
        if said is not None:
            found.append(Problem("E117", document.path, document.position(loc), *said))
    return found


def _texts(data: Any, loc: PathKey) -> Iterator[tuple[PathKey, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, (*loc, index))
