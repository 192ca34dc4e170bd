"""Text for a person fits 80 columns when it is not written to a terminal (a pipe, a file,
a CI log): `status show`, `rules`, lint's findings, `--explain`, `period open` and
`indicator set` on the shipped programme, whose titles, notes and file names run long. A
line too long wraps with a hanging indent; a path is never split (a terminal opens it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.commands.rule_docs import explained
from kuopio_ohjelma.core.lines import fit, wrap
from tests.helpers import EN, Answer, run_many

LONG_SLUG = "elinkeino-ja-innovaatiopoliittisiin-kehittamishankkeisiin"


def _too_wide(answers: list[Answer]) -> list[str]:
    """Lines over 80 columns but for one that is a single word: a path longer than a line
    (the shipped data has one, data/indicators/elinkeino-ja-…-kehittamishankkeisiin.yaml),
    kept whole on a line of its own so that it can be opened."""
    return [line for a in answers for text in (a.stdout, a.stderr)
            for line in text.splitlines() if len(line) > 80 and len(line.split()) > 1]


def _action_ids(shipped: Path) -> list[str]:
    return [line.split("tunnus: ")[1].strip() for path in sorted(shipped.glob("data/goals/*"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.lstrip().startswith("- tunnus: T")]


@pytest.mark.parametrize("env", [{}, EN])
def test_every_line_fits_80_columns(shipped: Path, env: dict[str, str]) -> None:
    ids = _action_ids(shipped)
    assert len(ids) == 77
    calls = [
        ["period", "open", "1/2025"],
        ["indicator", "set", LONG_SLUG, "2023", "1200", "--unit", "euroa"],
        ["indicator", "set", LONG_SLUG, "2024", "1.250"],  # a warning, said as lint says it
        ["status", "set", "T2.5", "-"],
        ["lint"],
        ["rules"],
        *(["status", "show", action] for action in ids),
        *(["lint", "--explain", code] for code in explained()),
    ]
    answers = run_many(calls, cwd=shipped, env=env)
    opened, first, second, status, lint, rules = answers[:6]
    # lint finds warnings only (exit 0): every action is still to update for 1/2025
    assert [a.code for a in (opened, first, second, status, lint, rules)] == [0] * 6
    assert all(a.code == 0 for a in answers[6:])
    assert len(lint.stdout.splitlines()) > 150  # every action's missing 1/2025, and more
    assert "W612" in second.stderr or "W614" in second.stderr
    assert _too_wide(answers) == []
    if not env:
        assert opened.stdout == (
            "Avattiin kausi 1/2025 (Tilanne 1/2025) tiedostoon data/programme.yaml. 'ohjelma\n"
            "  lint' luettelee päivitettävät toimenpiteet.\n")
        assert first.stdout == (
            f"{LONG_SLUG} 2023: ei arvoa → 1200\n  (data/indicators/{LONG_SLUG}.yaml)\n")
        assert second.stderr.startswith(f"data/indicators/{LONG_SLUG}.yaml:9:11:\n  W614 ")


def test_status_show_wraps_a_note_as_a_block_under_its_period(shipped: Path) -> None:
    [shown] = run_many([["status", "show", "T2.5"]], cwd=shipped)
    assert shown.stdout == (
        "T2.5 Yhden luukun yrityspalvelut – yritysten palvelukokonaisuuden kehittäminen.\n"
        "     Jatkossa myös TE-palvelut ja Uusyrityskeskus osaksi kokonaisuutta ja\n"
        "     yhteinen sähköinen palvelualusta\n"
        "Tavoite 2. Yrityskannan ja työpaikkamäärän kasvattaminen\n"
        "\n"
        "Tilanne 1/2024: - Ei ole edennyt\n"
        "    Hankkeen päätyttyä Business Center –toimintaa jatketaan sopimusperusteisesti\n"
        "    Savonian koordinoimana, muilta osin toimenpide ei ole edennyt. Valmistelussa\n"
        "    olevassa TE-palvelu-uudistuksessa siirtyy uusia yrityspalvelujen kuntien\n"
        "    vastuulle.\n"
    )


def test_a_finding_whose_place_is_long_has_its_code_and_message_below(shipped: Path) -> None:
    opened, lint = run_many([["period", "open", "1/2025"], ["lint"]], cwd=shipped)
    assert opened.code == 0
    lines = lint.stdout.splitlines()
    place = "data/goals/07-innovaatioekosysteemi-edistaa-liiketoiminnan-kasvua.yaml:7:13:"
    at = lines.index(place)  # the place whole, alone on its line: an editor opens it
    assert lines[at + 1 : at + 3] == [
        "  W402 toimenpidettä T7.1 ei ole päivitetty kaudelle 1/2025",
        "    vihje: lisää sen arvio kohtaan seuranta: 1/2025",
    ]
    first = lines.index("data/goals/01-osaavan-tyovoiman-saannin-turvaaminen.yaml:7:13: W402")
    assert lines[first + 1] == "  toimenpidettä T1.1 ei ole päivitetty kaudelle 1/2025"


def test_fit_wraps_only_long_lines_with_a_hanging_indent() -> None:
    text = "short\n\n    " + "word " * 20 + "end\nlast"
    assert fit(text, 40) == (
        "short\n\n"
        "    word word word word word word word\n"
        "      word word word word word word word\n"
        "      word word word word word word end\n"
        "last")
    assert fit("a\tb  c", 5) == "a\tb\n  c"  # a tab stays a tab; spaces kept where no break
    assert wrap("x " * 3, 80, "> ", "  ") == ["> x x x"]
    # a long start leaves no room for the first word: the text begins on the next line
    assert wrap("words here", 12, "a" * 11 + " ", "  ") == ["a" * 11, "  words here"]
    # a word longer than a line (a path) is never cut
    assert wrap("see /a/very/long/path/name", 10, "", "  ", break_long_words=False) == [
        "see", "  /a/very/long/path/name"]
