"""One file's bytes → text → YAML with positions, and every problem on the way.

Free of pydantic (validation is the loader's next step), so that a quick edit reads a file
back exactly as `ohjelma lint` reads it without paying for the models.
"""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.io.names import text_problems
from kuopio_ohjelma.io.text import decode_source
from kuopio_ohjelma.io.yaml_positions import Document, parse_yaml
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
    document, parse_problems = parse_yaml(source)
    return document, problems + parse_problems + text_problems(path, source.text)
