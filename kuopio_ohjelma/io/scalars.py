"""Scalars both dialects read the same (the loader's YAML 1.1, ruamel's 1.2), without ruamel:
the rules the house dumper (io/yaml_roundtrip.py) and quick edits (edit/house.py) share."""

from __future__ import annotations

import unicodedata

import yaml

STR_TAG = "tag:yaml.org,2002:str"
# The loader reads YAML 1.1: 'no', 'On', '1_0' or '12:30' written plain would come back as
# booleans or numbers; whatever writes YAML asks here and quotes what would not be text.
_RESOLVER_1_1 = yaml.resolver.Resolver()


def resolve_1_1(plain: str) -> str:
    """The tag YAML 1.1 gives `plain` written without quotes."""
    tag: str = _RESOLVER_1_1.resolve(yaml.ScalarNode, plain, (True, False))  # type: ignore[no-untyped-call]
    return tag


_UNSAFE = {"Cc", "Cf", "Zl", "Zp", "Cs"}


def fits_block(text: str) -> bool:
    """Whether a multi-line text can be written as a literal block (`|-`) and read back the
    same: no control or line-separator characters, no trailing blanks, no leading blank."""
    if "\n" not in text or text[:1] in (" ", "\t") or text.endswith("\n"):
        return False
    if any(line != line.rstrip() for line in text.split("\n")):
        return False
    return all(ch in "\n\t" or unicodedata.category(ch) not in _UNSAFE for ch in text)


# Quotes a word processor writes around a text ("”Hanke alkoi.”", "“…”", "„…“", "«…»"):
# YAML reads them as part of the text, so a hint that quotes the text puts straight ones
# in their place instead of keeping both.
_WORD_OPENING = "“”„‟«"
_WORD_CLOSING = "”“»"


def double_quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar for a hint to show: Word's quotes around it
    replaced by the straight ones, backslashes and quotes inside escaped."""
    text = text.strip()
    if len(text) > 1 and text[0] in _WORD_OPENING and text[-1] in _WORD_CLOSING:
        text = text[1:-1]
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
