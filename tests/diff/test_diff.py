"""`ohjelma diff` between periods (made-up fixture with every kind of move) and revisions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kuopio_ohjelma.diff.compare import word_diff
from tests.conftest import MINI, REPO
from tests.helpers import EN, flat, run_cli

GOLDEN = Path(__file__).parent / "golden"


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_period_diff_golden(fmt: str) -> None:
    result = run_cli("--root", str(MINI), "diff", "--format", fmt, env={"NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    _golden(f"periods.{fmt}", result.stdout)


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_period_diff_in_english(fmt: str) -> None:
    """`--lang en` gives every word of the diff in English (the golden has no Finnish word
    but the programme's own titles)."""
    result = run_cli(
        "--lang", "en", "--root", str(MINI), "diff", "--format", fmt, env={"NO_COLOR": "1"}
    )
    assert result.returncode == 0, result.stderr
    _golden(f"periods.en.{fmt}", result.stdout)


def test_diff_follows_ohjelma_lang() -> None:
    env = {"NO_COLOR": "1", "OHJELMA_LANG": "en"}
    result = run_cli("--root", str(MINI), "diff", "--format", "text", env=env)
    assert result.stdout == (GOLDEN / "periods.en.text").read_text(encoding="utf-8")


def test_json_diff_keeps_english_keys_in_every_language() -> None:
    english = run_cli("--lang", "en", "--root", str(MINI), "diff", "--format", "json")
    assert english.stdout == (GOLDEN / "periods.json").read_text(encoding="utf-8")


def _moves(*args: str, root: Path = MINI) -> dict[str, str]:
    result = run_cli("--root", str(root), "diff", "-f", "json", *args)
    assert result.returncode in (0, 1), result.stderr
    return {f"{c['action']}@{c['period']}": c["move"] for c in json.loads(result.stdout)["changes"]}


def test_every_kind_of_move() -> None:
    assert _moves() == {
        "T1.1@1/2025": "improved",
        "T1.2@1/2025": "declined",
        "T1.3@1/2025": "unchanged",
        "T2.1@1/2025": "to-unknown",
        "T2.2@1/2025": "newly-assessed",
        "T2.3@1/2025": "from-unknown",
        # between periods, a missing assessment is not yet given, not dropped
        "T2.4@1/2025": "not-yet-assessed",
    }


def test_summary_counts_everything_compared() -> None:
    summary = json.loads(run_cli("--root", str(MINI), "diff", "-f", "json",
                                 "--only", "improved").stdout)["summary"]
    assert summary["total"] == {
        "improved": 1, "declined": 1, "unchanged": 1, "to-unknown": 1, "from-unknown": 1,
        "newly-assessed": 1, "no-longer-assessed": 0, "not-yet-assessed": 1, "off-scale": 0,
        "notes-changed": 6,
    }


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--only", "improved"], {"T1.1@1/2025"}),
        (["--only", "declined"], {"T1.2@1/2025"}),
        (["--goal", "1", "--only", "changed"], {"T1.1@1/2025", "T1.2@1/2025", "T1.3@1/2025"}),
        (["--theme", "beta", "--owner", "Testipalvelu", "--only", "changed"],
         {"T2.2@1/2025", "T2.3@1/2025"}),
        (["--from", "1/2024", "--to", "1/2025", "--only", "Heikentyneet"], {"T1.2@1/2025"}),
    ],
)
def test_only_and_filters(args: list[str], expected: set[str]) -> None:
    assert set(_moves(*args)) == expected


def test_exit_code_and_bad_options() -> None:
    assert run_cli("--root", str(MINI), "diff", "--exit-code").returncode == 1
    assert run_cli("--root", str(MINI), "diff").returncode == 0
    # --only chooses what is listed, not what counts as a difference.
    quiet = run_cli("--root", str(MINI), "diff", "--theme", "beta", "--only", "improved",
                    "--exit-code", "-f", "json")
    assert quiet.returncode == 1 and json.loads(quiet.stdout)["changes"] == []
    for args, message in [
        (["--from", "2/2024"], "tuntematon kausi '2/2024'"),
        (["--only", "better"], "tuntematon --only 'better'"),
        (["--format", "xml"], "tuntematon muoto 'xml'"),
        (["--rev", "HEAD", "--from", "1/2024"], "ei molempia"),
        (["--owner", "Nobody"], "tuntematon vastuutaho"),
    ]:
        result = run_cli("--root", str(MINI), "diff", *args)
        assert result.returncode == 2, args
        assert message in result.stderr


def test_one_period_needs_rev() -> None:
    result = run_cli("--root", str(REPO), "diff")
    assert result.returncode == 2
    assert "vain yksi kausi (1/2024)" in result.stderr


def test_a_mark_off_the_scale_is_said_as_it_is_and_left_to_lint(mini: Path) -> None:
    """'x' is not '?': the diff shows the mark, says it is not on the scale and counts it so
    (not as 'tuntemattomaksi'), and leaves naming the fix to lint."""
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    text = goal.read_text(encoding="utf-8")
    old = 'eteneminen: "+"\n        tilanne: Hyvin menee.'
    goal.write_text(text.replace(old, old.replace('"+"', '"x"')), encoding="utf-8")
    result = run_cli("--root", str(mini), "diff")
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    assert " ei asteikolla     1  0         1" in lines
    row = lines.index(" T1.2 Heikkenevä toimenpide") + 1
    assert lines[row] == (
        "   1/2024 → 1/2025  x           +/-         ≠ merkki ei asteikolla       muuttui"
    )
    assert lines[-2:] == [
        "Asteikon ulkopuolista merkkiä ei voi verrata; ohjelma lint näyttää kohdan ja",
        "mitä siihen kirjoitetaan.",
    ]
    moves = json.loads(run_cli("--root", str(mini), "diff", "-f", "json").stdout)["changes"]
    assert [c["move"] for c in moves if c["action"] == "T1.2"] == ["off-scale"]
    lint = run_cli("--root", str(mini), "lint")
    assert "01-ensimmainen.yaml:27:21: E401 eteneminen 'x' ei ole asteikolla" in flat(lint.stdout)


def test_a_summary_without_marks_off_the_scale_has_no_row_for_them() -> None:
    text = run_cli("--root", str(MINI), "diff").stdout
    assert "asteikolla" not in text


def test_word_diff() -> None:
    assert word_diff("Ei alkanut vielä.", "Alkanut vielä.") == [
        ("removed", "Ei alkanut"), ("added", "Alkanut"), ("same", "vielä."),
    ]


# --- revisions -------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args],
        cwd=repo, check=True, capture_output=True, text=True,
    ).stdout.strip()


def _edit(repo: Path, name: str, old: str, new: str) -> None:
    path = repo / "data" / "goals" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def history(tmp_path: Path) -> Path:
    """A made-up data repository with a commit for each kind of edit."""
    repo = tmp_path / "repo"
    shutil.copytree(MINI, repo)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "start")
    _git(repo, "tag", "start")
    _edit(repo, "01-ensimmainen.yaml", 'eteneminen: "+"\n        tilanne: Valmis.',
          'eteneminen: "+/-"\n        tilanne: Valmis.')
    _git(repo, "commit", "-qam", "status")
    _edit(repo, "01-ensimmainen.yaml", "tilanne: Hidastui.", "tilanne: Hidastui selvästi.")
    _git(repo, "commit", "-qam", "note")
    _edit(repo, "02-toinen.yaml", "nimi: Uusi toimenpide", "nimi: Uudistettu toimenpide")
    _git(repo, "commit", "-qam", "title")
    _edit(repo, "02-toinen.yaml", "  - tunnus: T2.4 # ohjelma: disable=W402\n",
          "  - tunnus: T2.5 # ohjelma: disable=W402\n")
    _git(repo, "commit", "-qam", "add and remove")
    _git(repo, "tag", "end")
    return repo


def test_revision_diff_reports_each_kind_of_edit(history: Path) -> None:
    result = run_cli("diff", "--rev", "start..end", "-f", "json", cwd=history)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    moves = {(c["action"], c["period"]): (c["move"], c["note_changed"]) for c in data["changes"]}
    assert moves == {
        ("T1.1", "1/2025"): ("declined", False),
        ("T1.2", "1/2025"): ("unchanged", True),
    }
    entities = {(e["kind"], e["entity"], e["id"]) for e in data["entities"]}
    assert entities == {
        ("edited", "action", "T2.2"), ("added", "action", "T2.5"),
        ("removed", "action", "T2.4"),
    }
    assert run_cli("diff", "--rev", "start..end", "--exit-code", cwd=history).returncode == 1
    assert run_cli("diff", "--rev", "end..end", "--exit-code", cwd=history).returncode == 0


def test_work_tree_against_revision_leaves_git_untouched(history: Path) -> None:
    _edit(history, "02-toinen.yaml", "tilanne: Ei edennyt.", "tilanne: Nyt edennyt.")
    status = _git(history, "status", "--porcelain")
    result = run_cli("diff", "--rev", "end", "-f", "md", cwd=history)
    assert result.returncode == 0, result.stderr
    assert "~~Ei~~ **Nyt**" in result.stdout
    # the editor's words for the files as they are now, not git's "work tree"
    assert "HEAD" not in result.stdout and "\n## Muutokset: end → tiedostot nyt\n" in (
        "\n" + result.stdout)
    assert _git(history, "status", "--porcelain") == status
    english = run_cli("diff", "--rev", "end", cwd=history, env=EN)
    assert english.stdout.startswith("end → files now\n"), english.stdout
    machine = json.loads(run_cli("diff", "--rev", "end", "-f", "json", cwd=history).stdout)
    assert (machine["from"], machine["to"]) == ("end", "worktree")  # stable, in any language


def test_broken_revision_is_reported_with_positions(history: Path) -> None:
    (history / "data" / "goals" / "02-toinen.yaml").write_text("numero: [2\n")
    _git(history, "commit", "-qam", "broken")
    result = run_cli("diff", "--rev", "end..HEAD", cwd=history)
    assert result.returncode == 2  # not 1, which --exit-code gives for differences
    assert "HEAD:data/goals/02-toinen.yaml:1:9: E101" in result.stderr
    assert "versiossa HEAD data ei lataudu" in result.stderr


def test_unknown_revision_and_not_a_repository(history: Path, tmp_path: Path) -> None:
    result = run_cli("diff", "--rev", "nosuch", cwd=history)
    assert result.returncode == 2 and "tuntematon versio 'nosuch'" in result.stderr
    plain = tmp_path / "plain"
    shutil.copytree(MINI, plain)
    assert run_cli("diff", "--rev", "HEAD", cwd=plain).returncode == 2


def test_against_this_repositorys_own_history() -> None:
    first = _git(REPO, "rev-list", "--max-parents=0", "HEAD").splitlines()[-1]
    result = run_cli("--root", str(REPO), "diff", "--rev", first, "-f", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["from"] == first and data["to"] == "worktree"
    # the same period on both sides: only assessments whose text differs are compared
    compared = sum(data["summary"]["total"][k] for k in ("improved", "declined", "unchanged",
                                                         "to-unknown", "from-unknown"))
    assert compared == len(data["changes"]) < 77


def test_revision_diff_shows_indicator_values_added_and_changed(tmp_path: Path) -> None:
    from tests.conftest import INDICATORS

    repo = tmp_path / "indicators"
    shutil.copytree(INDICATORS, repo)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "start")
    share = repo / "data" / "indicators" / "keksitty-osuus.yaml"
    share.write_text(share.read_text(encoding="utf-8").replace("arvo: 70.1", "arvo: 70.3"),
                     encoding="utf-8")
    with (repo / "data" / "indicators" / "keksitty-lukumaara.csv").open("a") as csv:
        csv.write("2025,1090,keksitty uusi\n")
    result = run_cli("diff", "--rev", "HEAD", "-f", "json", cwd=repo)
    assert result.returncode == 0, result.stderr
    entities = {e["id"]: e for e in json.loads(result.stdout)["entities"]}
    assert entities["keksitty-osuus"]["fields"] == [
        {"field": "arvo 2022", "old": "70.1", "new": "70.3"}]
    assert entities["keksitty-lukumaara"]["fields"] == [
        {"field": "arvo 2025", "old": "", "new": "1090 (keksitty uusi)"}]
    text = run_cli("diff", "--rev", "HEAD", cwd=repo, env={"NO_COLOR": "1"}).stdout
    # one line per entity, each changed field on an indented line of its own (80 columns)
    assert "muutettu mittari keksitty-osuus: Keksitty osuus\n  arvo 2022: 70,1 → 70,3\n" in text
    assert (
        "muutettu mittari keksitty-lukumaara: Keksitty lukumäärä\n"
        "  arvo 2025: (ei arvoa) → 1\u00a0090 (keksitty uusi)\n"
    ) in text
    english = run_cli("diff", "--rev", "HEAD", cwd=repo, env={"NO_COLOR": "1", **EN}).stdout
    assert "edited indicator keksitty-osuus: Keksitty osuus\n  arvo 2022: 70.1 → 70.3\n" in english
    assert "  arvo 2025: (no value) → 1,090 (keksitty uusi)\n" in english
    markdown = run_cli("diff", "--rev", "HEAD", "-f", "md", cwd=repo).stdout
    assert "- muutettu mittari keksitty-osuus: Keksitty osuus\n  - arvo 2022: 70,1 → 70,3\n" in (
        markdown
    )
    assert "'" not in text + english + markdown


def test_a_changed_field_of_text_and_a_target_read_as_an_editor_reads_them(
    tmp_path: Path,
) -> None:
    """No quotes, no decimal point in Finnish, a word for an empty value; JSON unchanged."""
    from tests.conftest import INDICATORS

    repo = tmp_path / "indicators"
    shutil.copytree(INDICATORS, repo)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "start")
    share = repo / "data" / "indicators" / "keksitty-osuus.yaml"
    text = share.read_text(encoding="utf-8")
    share.write_text(text.replace("nimi: Keksitty osuus", "nimi: Keksitty osuus 2"),
                     encoding="utf-8")
    result = run_cli("diff", "--rev", "HEAD", cwd=repo, env={"NO_COLOR": "1"})
    assert "\n  nimi: Keksitty osuus → Keksitty osuus 2\n" in result.stdout, result.stdout
    data = json.loads(run_cli("diff", "--rev", "HEAD", "-f", "json", cwd=repo).stdout)
    assert data["entities"][0]["fields"] == [
        {"field": "nimi", "old": "Keksitty osuus", "new": "Keksitty osuus 2"}
    ]


def test_a_mark_updated_alone_in_a_new_period_is_no_deleted_note(mini: Path) -> None:
    """The yearly update: `status set T1.2 -` (no note) in the new period. The earlier
    period keeps its note; the diff shows the move, not the note as 'poistettu'."""
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    text = goal.read_text(encoding="utf-8")
    old = 'eteneminen: "+/-"\n        tilanne: Hidastui.'
    assert old in text
    goal.write_text(text.replace(old, 'eteneminen: "-"\n        tilanne: ""'), encoding="utf-8")
    result = run_cli("--root", str(mini), "diff")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    row = lines.index(" T1.2 Heikkenevä toimenpide") + 1
    assert lines[row].startswith("   1/2024 → 1/2025  +")
    assert "poistettu" not in result.stdout and "Hidastui" not in result.stdout
    changes = json.loads(run_cli("--root", str(mini), "diff", "-f", "json").stdout)["changes"]
    assert [c["note_changed"] for c in changes if c["action"] == "T1.2"] == [False]


def test_periods_given_the_wrong_way_round_are_refused_with_the_right_order() -> None:
    result = run_cli("--root", str(MINI), "diff", "--from", "1/2025", "--to", "1/2024")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "ohjelma: virhe: --from 1/2025 on myöhempi kausi kuin --to 1/2024; vanhempi kausi "
        "annetaan --from-valitsimelle: --from 1/2024 --to 1/2025\n"
    )


def test_only_and_theme_as_the_editor_reads_them() -> None:
    """--only in the help's Finnish (muuttuneet) and a theme by the number the summary gives
    it answer as --only changed and the theme's id do."""
    def answer(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli("--root", str(MINI), "diff", "-f", "json", *args)

    assert answer("--only", "Muuttuneet").stdout == answer("--only", "changed").stdout
    assert answer("--theme", "2").stdout == answer("--theme", "beta").stdout
    assert answer("--theme", "2").stdout != answer("--theme", "1").stdout
    wrong = run_cli("--root", str(MINI), "diff", "--only", "muuttunut")
    assert (wrong.returncode, wrong.stderr) == (2, (
        "ohjelma: virhe: tuntematon --only 'muuttunut'; valitse jokin näistä: all (kaikki), "
        "changed (muuttuneet), improved (parantuneet), declined (heikentyneet)\n"))
