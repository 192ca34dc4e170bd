"""The report: golden files, escaping of hostile text, filters, options and reproducibility."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.conftest import INDICATORS, MINI, REPO
from tests.helpers import flat, run_cli

GOLDEN = Path(__file__).parent / "golden"
HOSTILE = '<script>alert(1)</script> | pipe *star* `tick` {{ x }} {% if %}\nsecond line'


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; UPDATE_GOLDEN=1 to accept"


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize(
    ("name", "root"), [("shipped", REPO), ("mini", MINI), ("indicators", INDICATORS)]
)
def test_golden(fmt: str, name: str, root: Path) -> None:
    result = run_cli("--root", str(root), "render", "--format", fmt)
    assert result.returncode == 0, result.stderr
    _golden(f"{name}.{fmt}", result.stdout)


def test_every_action_of_the_seed_is_in_the_report() -> None:
    from tests.seed import parse as seed
    from tests.seed.parse import squash

    html = squash(run_cli("--root", str(REPO), "render", "-f", "html").stdout)
    actions = [a for g in seed.goals() for a in g.actions]
    assert len(actions) == 77
    for action in actions:
        assert squash(action.title).replace("”", "”") in html.replace("&amp;", "&")


def test_english_labels() -> None:
    result = run_cli("--root", str(MINI), "render", "-f", "md", "--lang", "en")
    assert "## Summary of progress: Tilanne 1/2025" in result.stdout
    assert "| Action" not in result.stdout  # the action column keeps the programme's own words
    assert "↑ improved" in result.stdout


def _hostile_repo(mini: Path) -> Path:
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    note = "tilanne: |-\n          " + HOSTILE.replace("\n", "\n          ")
    goal.write_text(goal.read_text().replace("tilanne: Valmis.", note), encoding="utf-8")
    goal.write_text(
        goal.read_text().replace("nimi: Paraneva toimenpide", 'nimi: "A | B <b>bold</b>"')
    )
    return mini


def test_markdown_table_survives_hostile_note(mini: Path) -> None:
    result = run_cli("--root", str(_hostile_repo(mini)), "render", "-f", "md")
    assert result.returncode == 0, result.stderr
    tokens = MarkdownIt("commonmark").enable("table").parse(result.stdout)
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) > 0
    # Every row of every table has as many cells as its header: nothing broke a table.
    html = MarkdownIt("commonmark").enable("table").render(result.stdout)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "A | B &lt;b&gt;bold&lt;/b&gt;" in html
    for table in html.split("<table>")[1:]:
        body = table.split("</table>")[0]
        widths = {r.count("<td") + r.count("<th") for r in body.split("<tr>")[1:]}
        assert len(widths) == 1, body


def test_html_escapes_hostile_note(mini: Path) -> None:
    result = run_cli("--root", str(_hostile_repo(mini)), "render", "-f", "html")
    assert "<script>" not in result.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt; | pipe" in result.stdout
    assert "{{ x }} {% if %}<br>\nsecond line" in result.stdout


def test_owner_filter_accepts_alias() -> None:
    result = run_cli("--root", str(MINI), "render", "-f", "md", "--owner", "Testipalvelu")
    assert result.returncode == 0, result.stderr
    assert "vastuutaho Testipalvelut" in result.stdout
    assert "Paraneva toimenpide" in result.stdout
    assert "Heikkenevä toimenpide" not in result.stdout


def test_goal_and_theme_filters() -> None:
    by_goal = run_cli("--root", str(MINI), "render", "-f", "md", "--goal", "2").stdout
    assert "Tavoite 2." in by_goal and "Tavoite 1." not in by_goal
    by_theme = run_cli("--root", str(MINI), "render", "-f", "md", "--theme", "alpha").stdout
    assert "ENSIMMÄINEN" in by_theme and "TOINEN PAINOPISTE" not in by_theme


def test_earlier_period_has_no_moves() -> None:
    result = run_cli("--root", str(MINI), "render", "-f", "md", "--period", "1/2024")
    assert "| Tilanne 1/2024 |" in result.stdout
    assert "Muutos kaudesta" not in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2/2024"], "tuntematon kausi '2/2024'"),
        (["--theme", "alfa"], "tarkoititko 'alpha'?"),
        (["--goal", "9"], "tuntematon tavoite 9"),
        (["--owner", "Nobody"], "tuntematon vastuutaho 'Nobody'"),
        (["--format", "pdf"], "tuntematon muoto 'pdf'"),
        (["--lang", "sv"], "tuntematon kieli 'sv'"),
    ],
)
def test_bad_options_exit_2(args: list[str], message: str) -> None:
    result = run_cli("--root", str(MINI), "render", *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_output_format_from_extension_and_reproducible(tmp_path: Path, mini: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    assert run_cli("--root", str(mini), "render", "-o", str(first)).returncode == 0
    assert run_cli("--root", str(mini), "render", "-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text().startswith("<!DOCTYPE html>")


def test_source_date_epoch_adds_a_finnish_date() -> None:
    result = run_cli("--root", str(MINI), "render", "-f", "md",
                     env={"SOURCE_DATE_EPOCH": "1735689600"})
    assert "Luotu 1. tammikuuta 2025" in result.stdout


def test_refuses_to_write_into_data(mini: Path) -> None:
    target = mini / "data" / "goals" / "01-ensimmainen.yaml"
    before = target.read_bytes()
    result = run_cli("--root", str(mini), "render", "-o", str(target))
    assert result.returncode == 2
    assert "(raportti): mitään ei kirjoitettu: polku on datakansiossa data/" in result.stderr
    assert target.read_bytes() == before


def test_user_templates_override_by_name(tmp_path: Path) -> None:
    (tmp_path / "report.md.j2").write_text("Oma: {{ report.programme.info.name | md }}\n")
    result = run_cli("--root", str(MINI), "render", "-f", "md", "--templates", str(tmp_path))
    assert result.stdout == "Oma: Testiohjelma\n"


def test_broken_data_is_not_rendered(mini: Path) -> None:
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text(goal.read_text().replace("numero: 1", "numero: [1"))
    result = run_cli("--root", str(mini), "render")
    assert result.returncode == 2  # data that does not load: 2, never a finding's 1
    assert "01-ensimmainen.yaml:2:9: E101" in flat(result.stderr)  # at the unclosed [
    assert result.stdout == ""


def test_shipped_report_says_once_per_theme_that_no_values_are_recorded() -> None:
    for fmt in ("md", "html"):
        text = run_cli("--root", str(REPO), "render", "-f", fmt).stdout
        assert text.count("Mittareille ei ole vielä kirjattu arvoja.") == 4
        assert "<svg class=\"spark\"" not in text


def test_indicator_values_targets_and_trends_in_the_report() -> None:
    text = run_cli("--root", str(INDICATORS), "render", "-f", "md").stdout
    assert (
        "| Keksitty osuus | 71,2\u00a0% (2023) | +1,1\u00a0%-yks. (2022) | 75,0\u00a0% (2030) "
        "| kohti tavoitetta |" in text
    )
    assert "| Keksitty lukumäärä | 1\u00a0102\u00a0henkilöä (2024) |" in text
    assert "| Keksitty tyhjä mittari | ei arvoja vielä |" in text
    assert "Mittareille ei ole vielä kirjattu arvoja." not in text


def test_every_chart_has_a_text_alternative_and_a_data_table() -> None:
    import re

    html = run_cli("--root", str(INDICATORS), "render", "-f", "html").stdout
    charts = re.findall(r'<svg class="spark" role="img" aria-labelledby="([^"]+)"', html)
    assert len(charts) == 3
    titles = [re.search(rf'<title id="{label}">([^<]+)</title>', html) for label in charts]
    assert [t.group(1) if t else "" for t in titles] == [
        "Keksitty osuus, arvot 2019: 68,4\u00a0%; 2020: 67,9\u00a0%; 2021: 69,5\u00a0%; "
        "2022: 70,1\u00a0%; 2023: 71,2\u00a0%. Tavoite: 75,0\u00a0% (2030).",
        "Keksitty kausimittari, arvot 1/2024: 3,4\u00a0pistettä; 1/2025: 3,1\u00a0pistettä. "
        "Tavoite: Paranee joka kaudella.",
        "Keksitty lukumäärä, arvot 2020: 1\u00a0480\u00a0henkilöä; 2021: 1\u00a0395\u00a0henkilöä; "
        "2022: 1\u00a0234\u00a0henkilöä; 2023: 1\u00a0250\u00a0henkilöä; "
        "2024: 1\u00a0102\u00a0henkilöä. Tavoite: 1\u00a0000\u00a0henkilöä, "
        "Laskee alle tuhannen (2025).",
    ]
    for theme, slug in (("alpha", "keksitty-osuus"), ("alpha", "keksitty-kausimittari"),
                        ("beta", "keksitty-lukumaara")):
        assert f'<table class="values" id="values-{theme}-{slug}">' in html


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (b"a\n{{ 1/0 }}\n",
         "report.md.j2:2: tämän rivin lauseke epäonnistuu (ZeroDivisionError); tarkista se\n"),
        (b"a\n\n{{ undefined_var.foo }}\n",
         "report.md.j2:3: nimeä 'undefined_var' ei ole määritelty (kirjoitusvirhe?); raportti "
         "tarjoaa nimen 'report' ja suodattimet\n"),
        (b"a\n{% if %}\n",
         "report.md.j2:2: tästä puuttuu arvo tai nimi (tilalla on %})\n"),
        (b"a\n\n{% for x in report.themes %}\n",
         "report.md.j2:3: pohja loppuu ennen kuin lohko 'for' suljetaan: lisää {% endfor %}\n"),
        (b"{% iff x %}\n",
         "report.md.j2:1: tuntematon tagi 'iff': kirjoitusvirhe tagissa tai lopputagi ilman "
         "alkua\n"),
        (b"a\n{{ report.title }\n",
         "report.md.j2:2: '}' ei voi olla tässä: tarkista, että jokainen {{ suljetaan merkillä "
         "}} ja jokainen {% merkillä %}\n"),
        (b"{{ x ! }}\n", "report.md.j2:1: merkki '!' ei voi olla tässä\n"),
    ],
    ids=["zero-division", "undefined", "syntax-no-expression", "syntax-unclosed-block",
         "syntax-unknown-tag", "syntax-unclosed-print", "syntax-bad-character"],
)
def test_a_failing_template_is_named_at_its_line_in_finnish(
    tmp_path: Path, template: bytes, expected: str
) -> None:
    (tmp_path / "report.md.j2").write_bytes(template)
    result = run_cli("--root", str(MINI), "render", "-f", "md", "--templates", str(tmp_path))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("ohjelma: virhe: pohja ")
    assert result.stderr.endswith(expected)


def test_a_template_not_in_utf8_is_said_so(tmp_path: Path) -> None:
    (tmp_path / "report.md.j2").write_bytes(b"\xff\xfea")
    result = run_cli("--root", str(MINI), "render", "-f", "md", "--templates", str(tmp_path))
    assert (result.returncode, result.stderr) == (
        2, "ohjelma: virhe: pohjaa report.md.j2 ei ole tallennettu UTF-8-muodossa (tavu 1); "
        "tallenna se UTF-8-muodossa\n")


def test_user_templates_run_in_the_sandbox(tmp_path: Path) -> None:
    """Our own templates render without the sandbox (it checked every attribute read); a
    template from --templates, possibly from a pull request, still cannot reach Python."""
    (tmp_path / "report.md.j2").write_text("{{ cycler.__init__.__globals__ }}\n")
    result = run_cli("--root", str(MINI), "render", "-f", "md", "--templates", str(tmp_path))
    assert (result.returncode, result.stdout) == (2, "")
    assert "report.md.j2:1: access to attribute '__init__' of 'type' object is unsafe" in (
        result.stderr
    )
