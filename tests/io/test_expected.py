"""What a key holds, as the models say: the fix for a value YAML reads as structure uses it."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.io.expected import LIST, MAPPING, NUMBER, TEXT, expected


@pytest.mark.parametrize(("key", "kind"), [
    ("numero", NUMBER), ("vuosi", NUMBER), ("arvo", NUMBER), ("desimaalit", NUMBER),
    ("mittarit", LIST), ("vastuutahot", LIST), ("hankkeet", LIST), ("kaudet", LIST),
    ("seuranta", MAPPING), ("lähtötaso", MAPPING),
    ("tilanne", TEXT), ("nimi", TEXT), ("eteneminen", TEXT), ("suunta", TEXT),
    ("lähde", TEXT),  # text in one place, a mapping in another: counted as text
    ("ei-tällaista", TEXT),
])
def test_each_key_holds_what_its_models_say(key: str, kind: str) -> None:
    assert expected(key) == kind
