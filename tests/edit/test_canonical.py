"""fmt's fast check: whenever it calls a file formatted, ruamel's fmt leaves it byte for byte.

The oracle is the real ruamel path (`format_document`). The inputs are the shipped data, the
made-up fixtures, the hardening and lint corpora applied to the mini repository, the
benchmark's generated data, and variants of all of them with small mutations (indentation,
quotes, comments, blank lines, long lines, flow lists, block styles, key order, line endings,
byte-order mark…). A doubt is always safe; only a wrong "formatted" would change fmt's output.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from bench.generate import generate
from kuopio_ohjelma.edit.canonical import is_formatted
from kuopio_ohjelma.edit.checked import EditError
from kuopio_ohjelma.edit.fmt import _QUOTED, format_document, model_for
from kuopio_ohjelma.io.loader import load_repository, parse_bytes, validate
from kuopio_ohjelma.problems import Problem
from tests.lint.test_cases import _load_case, apply_case

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini"
CASES = sorted((REPO / "tests" / "hardening" / "cases").glob("*.yaml")) + sorted(
    (REPO / "tests" / "lint" / "cases").glob("*.yaml")
)


def _data_files(root: Path) -> list[Path]:
    return sorted(root.glob("data/*.yaml")) + sorted(root.glob("data/*/*.yaml"))


CORPUS = _data_files(REPO) + _data_files(MINI) + sorted(
    (REPO / "tests" / "fixtures").glob("*/**/data/**/*.yaml")
)
TEXTS = {path: path.read_text(encoding="utf-8") for path in dict.fromkeys(CORPUS)}


def verdict(path: Path, raw: bytes) -> bool | None:
    """The fast check's answer for `raw` as the file `path`, checked against ruamel: None when
    fmt would not format the file at all (it does not load or validate), as format_files."""
    model = model_for(path)
    document, problems = parse_bytes(path, raw)
    if document is None or _broken(problems):
        return None
    errors: list[Problem] = []
    if validate(document, model, errors) is None:
        return None
    fast = is_formatted(document.source, model, _QUOTED)
    if fast:
        _assert_ruamel_keeps(document, model, raw)
    return fast


def _broken(problems: list[Problem]) -> bool:
    return any(p.severity == "error" and p.code.startswith("E1") for p in problems)


def _assert_ruamel_keeps(document: object, model: type[BaseModel], raw: bytes) -> None:
    try:
        edit = format_document(document, model, valid=True)  # type: ignore[arg-type]
    except EditError as error:  # pragma: no cover - a failure message
        pytest.fail(f"fast check said formatted, ruamel refused: {error}\n{raw.decode()}")
    assert edit.new == raw, f"fast check said formatted, fmt would rewrite:\n{raw.decode()}"


# --- the files as they are -----------------------------------------------------------------


def test_shipped_and_fixture_files_agree_with_ruamel() -> None:
    verdicts = {path: verdict(path, text.encode("utf-8")) for path, text in TEXTS.items()}
    # Nearly all are recognised, or fmt --check would not be fast. The doubted ones hold an
    # empty note (""), an end-of-line comment, decimal numbers or keys out of fmt's order.
    doubted = {path.relative_to(REPO).as_posix() for path, fast in verdicts.items()
               if fast is False}
    assert doubted == {
        "data/goals/07-innovaatioekosysteemi-edistaa-liiketoiminnan-kasvua.yaml",
        "data/goals/08-kuopion-asema-koulutuskaupunkina-vahvistuu.yaml",
        "tests/fixtures/mini/data/goals/02-toinen.yaml",
        "tests/fixtures/export/data/goals/02-toinen.yaml",
        "tests/fixtures/export/data/indicators/kokeilumittari.yaml",
        "tests/fixtures/indicators/data/indicators/keksitty-kausimittari.yaml",
        "tests/fixtures/indicators/data/indicators/keksitty-osuus.yaml",
    }


def test_generated_benchmark_data_is_all_recognised(tmp_path: Path) -> None:
    root = generate(tmp_path / "x1", scale=1, period_count=3)
    for path in _data_files(root):
        assert verdict(path, path.read_bytes()) is True, path


@pytest.mark.parametrize("case_path", CASES, ids=[c.stem for c in CASES])
def test_corpus_cases_agree_with_ruamel(case_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    apply_case(root, _load_case(case_path))
    for path, document in load_repository(root).documents.items():
        verdict(path, document.source.raw)


# --- mutated variants ------------------------------------------------------------------------

Mutation = Callable[[list[str], int], list[str]]
LONG = "pitkä " * 700 + "loppu"


def _at(change: Callable[[str], str]) -> Mutation:
    return lambda lines, i: [*lines[:i], change(lines[i]), *lines[i + 1:]]


def _insert(make: Callable[[str], str]) -> Mutation:
    return lambda lines, i: [*lines[:i], make(lines[i]), *lines[i:]]


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" "))]


def _requote(line: str, style: str) -> str:
    head, sep, value = line.partition(": ")
    if not sep:
        head, sep, value = line.partition("- ")
    if not sep or not value:
        return line
    bare = value.strip("\"'")
    quoted = {"plain": bare, "double": f'"{bare}"', "single": f"'{bare}'"}[style]
    return head + sep + quoted


def _swap(lines: list[str], i: int) -> list[str]:
    if i + 1 >= len(lines):
        return lines
    return [*lines[:i], lines[i + 1], lines[i], *lines[i + 2:]]


def _flow(lines: list[str], i: int) -> list[str]:
    """`key:` and its `- item` lines as one flow list `key: [item, …]`."""
    items = []
    j = i + 1
    while j < len(lines) and lines[j].lstrip().startswith("- ") and ":" not in lines[j]:
        items.append(lines[j].lstrip()[2:])
        j += 1
    if not items or not lines[i].endswith(":"):
        return lines
    return [*lines[:i], f"{lines[i]} [{', '.join(items)}]", *lines[j:]]


LINE_MUTATIONS: dict[str, Mutation] = {
    "indent+1": _at(lambda s: " " + s),
    "indent+2": _at(lambda s: "  " + s),
    "indent-1": _at(lambda s: s[1:] if s.startswith(" ") else s),
    "indent-2": _at(lambda s: s[2:] if s.startswith("  ") else s),
    "eol-comment": _at(lambda s: s + " # huom"),
    "trailing-space": _at(lambda s: s + " "),
    "tab": _at(lambda s: s.replace(" ", "\t", 1)),
    "double-quote": _at(lambda s: _requote(s, "double")),
    "single-quote": _at(lambda s: _requote(s, "single")),
    "plain": _at(lambda s: _requote(s, "plain")),
    "long-value": _at(lambda s: s + " " + LONG if ": " in s and '"' not in s else s),
    "value-colon": _at(lambda s: s + ": x" if ": " in s else s),
    "keep-literal": _at(lambda s: s.replace("|-", "|")),
    "folded": _at(lambda s: s.replace("|-", ">-")),
    "literal-indent": _at(lambda s: s.replace("|-", "|2-")),
    "comment-same": _insert(lambda s: _indent(s) + "# huomautus"),
    "comment-col0": _insert(lambda s: "# huomautus"),
    "comment-deeper": _insert(lambda s: _indent(s) + "  # huomautus"),
    "comment-bare": _insert(lambda s: _indent(s) + "#"),
    "comment-after": lambda lines, i: [*lines[: i + 1], _indent(lines[i]) + "# jälkeen",
                                       *lines[i + 1:]],
    "blank": _insert(lambda s: ""),
    "swap": _swap,
    "duplicate": _insert(lambda s: s),
    "delete": lambda lines, i: [*lines[:i], *lines[i + 1:]],
    "flow": _flow,
    "empty-list": _at(lambda s: s + " []" if s.endswith(":") else s),
    "null": _at(lambda s: s.split(": ")[0] + ": null" if ": " in s else s),
    "tilde": _at(lambda s: s.split(": ")[0] + ": ~" if ": " in s else s),
    "number": _at(lambda s: s.split(": ")[0] + ": 0012" if ": " in s else s),
    "boolean": _at(lambda s: s.split(": ")[0] + ": yes" if ": " in s else s),
    "anchor": _at(lambda s: s.replace(": ", ": &a ", 1)),
    "nbsp": _at(lambda s: s + "\u00a0" if ": " in s else s),
    "escape": _at(lambda s: s[:-1] + '\\t"' if s.endswith('"') else s),
}

WHOLE_MUTATIONS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "mixed-endings": lambda t: t.replace("\n", "\r\n", 2),
    "bom": lambda t: "\ufeff" + t,
    "no-final-newline": lambda t: t.rstrip("\n"),
    "two-final-newlines": lambda t: t + "\n",
    "document-start": lambda t: "---\n" + t,
    "document-end": lambda t: t + "...\n",
    "header": lambda t: "# otsikko\n" + t,
    "end-comment": lambda t: t + "# loppu\n",
    "nel": lambda t: t.replace("\n", "\x85", 1),
}


def _variants(text: str) -> Iterator[tuple[str, str]]:
    lines = text.split("\n")[:-1]
    for name, mutate in WHOLE_MUTATIONS.items():
        yield name, mutate(text)
    for index in range(len(lines)):
        for name, line_mutation in LINE_MUTATIONS.items():
            changed = line_mutation(lines, index)
            if changed != lines:
                yield f"{name}@{index + 1}", "\n".join(changed) + "\n"


def _check_variants(path: Path) -> tuple[int, int]:
    recognised = total = 0
    for name, text in _variants(TEXTS[path]):
        raw = text.encode("utf-8")
        try:
            fast = verdict(path, raw)
        except AssertionError as error:
            raise AssertionError(f"{path.name} {name}: {error}") from None
        total += 1
        recognised += bool(fast)
    return recognised, total


# What lint's W105 and W106 report; fmt writes LF and no byte-order mark.
ENDINGS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "mixed": lambda t: t.replace("\n", "\r\n", 3),
    "bom": lambda t: "\ufeff" + t,
    "bom-crlf": lambda t: "\ufeff" + t.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize("path", [*CORPUS[:3], MINI / "data" / "goals" / "01-ensimmainen.yaml"],
                         ids=lambda p: getattr(p, "name", p))
def test_line_endings_and_a_byte_order_mark_are_never_formatted(path: Path, ending: str) -> None:
    """The fast check and ruamel agree: such a file is not formatted, and fmt writes the
    house file, byte for byte the LF original without a mark."""
    house = TEXTS[path].encode("utf-8")
    assert verdict(path, house) is True, "the original is in the house format"
    raw = ENDINGS[ending](TEXTS[path]).encode("utf-8")
    assert verdict(path, raw) is False
    document, _problems = parse_bytes(path, raw)
    assert document is not None
    assert format_document(document, model_for(path), valid=True).new == house


SMALL = [MINI / "data" / "goals" / "01-ensimmainen.yaml", REPO / "data" / "programme.yaml",
         MINI / "data" / "indicators" / "kokeilumittari.yaml"]


@pytest.mark.parametrize("path", SMALL, ids=[p.name for p in SMALL])
def test_every_single_mutation_of_small_files_agrees_with_ruamel(path: Path) -> None:
    recognised, total = _check_variants(path)
    # Some variants stay formatted (a comment line added between entries, a quote style
    # that ruamel keeps): the check must still say so for them, or it would never help.
    assert 0 < recognised < total


@pytest.mark.slow
@pytest.mark.parametrize("path", sorted(TEXTS), ids=[p.name for p in sorted(TEXTS)])
def test_every_single_mutation_of_every_file_agrees_with_ruamel(path: Path) -> None:
    _check_variants(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(TEXTS)), st.data())
def test_random_mutation_chains_agree_with_ruamel(path: Path, data: st.DataObject) -> None:
    text = TEXTS[path]
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        lines = text.split("\n")[:-1]
        if not lines:
            break
        name = data.draw(st.sampled_from(sorted(LINE_MUTATIONS)))
        index = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
        text = "\n".join(LINE_MUTATIONS[name](lines, index)) + "\n"
    if data.draw(st.booleans()):
        text = WHOLE_MUTATIONS[data.draw(st.sampled_from(sorted(WHOLE_MUTATIONS)))](text)
    verdict(path, text.encode("utf-8"))


@given(st.text(st.sampled_from("0123456789+-._:eExXoObB~=<yYnNtTfFaAlLsSuU /"), min_size=1,
               max_size=8))
def test_the_quick_resolution_is_the_resolvers_own(text: str) -> None:
    """`_tags` skips the resolvers when no implicit rule can match: it must never differ."""
    from kuopio_ohjelma.edit.canonical import _resolved, _tags

    assert _tags(text) == _resolved(text)
