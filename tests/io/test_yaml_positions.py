"""YAML with positions: every key and value keeps its 1-based place; problems are values."""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.io.text import decode_source
from kuopio_ohjelma.io.yaml_positions import Document, parse_yaml
from kuopio_ohjelma.problems import Position

# A made-up goal fragment: only its shape matters here.
TEXT = """\
numero: 1
toimenpiteet:
  - tunnus: T1.1
    seuranta:
      1/2024:
        eteneminen: "+"
        tilanne: |-
          Kaksi
          riviä.
"""


def _parse(text: str) -> tuple[Document | None, list[str]]:
    source, problems = decode_source(Path("x.yaml"), text.encode("utf-8"))
    assert source is not None and not problems
    document, found = parse_yaml(source)
    return document, [f"{p.position.line}:{p.position.col} {p.code}" for p in found]


def test_values_and_keys_have_their_places() -> None:
    document, problems = _parse(TEXT)
    assert document is not None and problems == []
    note = ("toimenpiteet", 0, "seuranta", "1/2024", "tilanne")
    assert document.data["toimenpiteet"][0]["seuranta"]["1/2024"]["tilanne"] == "Kaksi\nriviä."
    assert document.position(note) == Position(7, 18)
    assert document.key_position(note) == Position(7, 9)
    assert document.position(("toimenpiteet", 0, "tunnus")) == Position(3, 13)


def test_a_missing_place_falls_back_to_the_nearest_known_parent() -> None:
    document, _ = _parse(TEXT)
    assert document is not None
    missing = ("toimenpiteet", 0, "seuranta", "1/2024", "ei-ole")
    assert document.position(missing) == Position(6, 9)


def test_syntax_error_is_a_positioned_problem_not_an_exception() -> None:
    document, problems = _parse("nimi: [auki\n")
    assert document is None
    assert problems and problems[0].startswith("1:7 E101")  # at the [ never closed


def test_duplicate_key_is_reported_at_the_second_key() -> None:
    _, problems = _parse("nimi: a\nnimi: b\n")
    assert problems == ["2:1 E104"]


# The parse skips normalizing when the whole text is composed (NFC) and has no escapes:
# these cases keep it from skipping when a value would come out decomposed.
def test_a_decomposed_letter_is_composed_in_the_data() -> None:
    # 'ö' as o + U+0308 in one value, composed 'ä' elsewhere (the text is not NFC as a whole)
    document, problems = _parse("nimi: Jyväskylä\nvastuu: Kuo\u0308pio\nlyhenne: Kuo\u0308\n")
    assert document is not None and problems == []
    assert document.data == {"nimi": "Jyväskylä", "vastuu": "Kuöpio", "lyhenne": "Kuö"}


def test_a_decomposed_key_and_list_item_are_composed() -> None:
    document, problems = _parse("to\u0308t:\n  - pa\u0308a\u0308\n  - ä\n")
    assert document is not None and problems == []
    assert document.data == {"töt": ["pää", "ä"]}


def test_an_escaped_accent_in_composed_text_is_composed() -> None:
    # The text itself is composed ('ä' and ASCII), the escape spells o + U+0308.
    document, problems = _parse('nimi: "Kuo\\u0308pio"\nmuu: ä\nlista: ["o\\u0308"]\n')
    assert document is not None and problems == []
    assert document.data == {"nimi": "Kuöpio", "muu": "ä", "lista": ["ö"]}


def test_plain_values_keep_their_yaml_types() -> None:
    document, problems = _parse(
        "a: 1\nb: true\nc: ~\nd: 2024-01-01\ne: 1.5\nf: '1'\ng: [2, no, null]\nh: ö\n"
    )
    assert document is not None and problems == []
    assert document.data == {
        "a": 1, "b": True, "c": None, "d": "2024-01-01", "e": 1.5, "f": "1",
        "g": [2, False, None], "h": "ö",
    }


def _marks(node: object) -> list[object]:
    from yaml.nodes import MappingNode, SequenceNode

    assert hasattr(node, "start_mark") and hasattr(node, "end_mark")
    start, end = node.start_mark, node.end_mark
    found: list[object] = [type(node).__name__, getattr(node, "tag", None),
                           (start.line, start.column, start.index),
                           (end.line, end.column, end.index)]
    if isinstance(node, MappingNode):
        for key, value in node.value:
            found += _marks(key) + _marks(value)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            found += _marks(item)
    else:
        found.append(getattr(node, "value", None))
    return found


def test_libyaml_reading_the_bytes_gives_the_marks_of_reading_the_text() -> None:
    """parse_yaml hands libyaml the file's own UTF-8 bytes (not the text encoded again):
    every node's place and value must be the same as when it reads the text."""
    from kuopio_ohjelma.io.yaml_positions import _Loader
    from tests.conftest import REPO

    made_up = [  # made up: multi-byte letters before, inside and after values and keys
        "ääkköset: 'ö' # kommentti\nlista:\n  - 'Å€𝄞'\n  - ä: b\n",
        "nimi: \"\\u00e4 ja ö\"\nteksti: |\n  rivi 𝄞\n  toinen ä\n",
    ]
    sources = [path.read_bytes() for path in sorted((REPO / "data").rglob("*.yaml"))]
    for raw in sources + [text.encode() for text in made_up]:
        marks = []
        for given in (raw, raw.decode("utf-8")):
            loader = _Loader(given)
            try:
                marks.append(_marks(loader.get_single_node()))
            finally:
                loader.dispose()
        assert marks[0] == marks[1]
