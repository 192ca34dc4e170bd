"""The one ruamel round-trip factory: the house format for every file ohjelma writes."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import LiteralScalarString

from kuopio_ohjelma.io.scalars import STR_TAG as _STR_TAG
from kuopio_ohjelma.io.scalars import fits_block as fits_block
from kuopio_ohjelma.io.scalars import resolve_1_1 as _resolve_1_1

# Wide enough that no note is ever folded onto a second line.
LINE_WIDTH = 4096


def _null(representer: RoundTripRepresenter, _: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


# YAML 1.1 readers (libyaml, which the loader uses) take these as line breaks or a BOM;
# ruamel writes YAML 1.2, where they are ordinary characters. Escaping them in double
# quotes ("\N", "\L", "\P", "\uFEFF") makes both read the same text.
_AMBIGUOUS = frozenset("\x85\u2028\u2029\ufeff")


def _str(representer: RoundTripRepresenter, data: str) -> Any:
    if _AMBIGUOUS.intersection(data):
        return representer.represent_scalar(_STR_TAG, data, style='"')
    if _resolve_1_1(data) != _STR_TAG:
        return representer.represent_scalar(_STR_TAG, data, style='"')
    return representer.represent_str(data)


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.preserve_quotes = True
    yaml.width = LINE_WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), _null)
    yaml.representer.add_representer(str, _str)
    return yaml


def text_scalar(text: str) -> Any:
    """A note as a literal block when it fits one; otherwise ruamel quotes and escapes it."""
    return LiteralScalarString(text) if fits_block(text) else text


def load_rt(text: str) -> Any:
    return round_trip_yaml().load(text)


def dump_rt(data: Any) -> str:
    buffer = io.StringIO()
    round_trip_yaml().dump(data, buffer)
    return buffer.getvalue()
