"""`ohjelma export` as users run it: golden package, reproducibility, options and refusals."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import frictionless
import pytest

from tests.conftest import REPO
from tests.export.conftest import export, files_of
from tests.helpers import assert_golden, flat, run_cli

GOLDEN = Path(__file__).parent / "golden" / "export"


def test_golden_package_of_a_small_fixture(export_data: Path, tmp_path: Path) -> None:
    args = ("-f", "json", "--licence", "CC-BY-4.0", "--date", "2025-03-31")
    files = files_of(export(export_data, tmp_path / "out", *args))
    for name, data in files.items():
        assert_golden(GOLDEN / name, data)
    assert sorted(files) == sorted(files_of(GOLDEN))


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    first = files_of(export(REPO, tmp_path / "a", "-f", "json"))
    second = files_of(export(REPO, tmp_path / "b", "-f", "json"))
    assert first == second
    again = files_of(export(REPO, tmp_path / "a", "-f", "json", "--force"))
    assert again == first
    assert all(b"\r" not in data for data in first.values())


def test_no_date_unless_asked(mini: Path, tmp_path: Path) -> None:
    folder = export(mini, tmp_path / "out")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "created" not in descriptor
    dated = export(mini, tmp_path / "dated", "--date", "2025-03-31")
    descriptor = json.loads((dated / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["created"] == "2025-03-31T00:00:00Z"


def test_no_licence_warns_and_a_licence_is_recorded(mini: Path, tmp_path: Path) -> None:
    result = run_cli("--root", str(mini), "export", "-o", str(tmp_path / "a"))
    assert result.returncode == 0
    assert "varoitus: lisenssiä ei annettu" in result.stderr
    assert "licenses" not in (tmp_path / "a" / "datapackage.json").read_text(encoding="utf-8")
    result = run_cli(
        "--root", str(mini), "export", "-o", str(tmp_path / "b"), "--licence", "cc0-1.0"
    )
    assert result.returncode == 0
    assert "lisenssi" not in result.stderr
    descriptor = json.loads((tmp_path / "b" / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["licenses"] == [
        {
            "name": "CC0-1.0",
            "path": "https://creativecommons.org/publicdomain/zero/1.0/",
            "title": "Creative Commons Zero 1.0",
        }
    ]
    assert "- Lisenssi: CC0-1.0" in (tmp_path / "b" / "README.md").read_text(encoding="utf-8")


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


@pytest.mark.slow
def test_source_names_the_git_revision(mini: Path, tmp_path: Path) -> None:
    _git(mini, "init", "-q")
    _git(mini, "add", "data")
    _git(mini, "commit", "-q", "-m", "data")
    head = _git(mini, "rev-parse", "HEAD")
    folder = export(mini, tmp_path / "out")
    source = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["ohjelma"]
    assert (source["revision"], source["modified"]) == (head, False)
    assert f"- Git-versio: {head}\n" in (folder / "README.md").read_text(encoding="utf-8")
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    goal.write_text(goal.read_text(encoding="utf-8") + "# muutos\n", encoding="utf-8")
    folder = export(mini, tmp_path / "changed")
    source = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["ohjelma"]
    assert (source["revision"], source["modified"]) == (head, True)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("data/open", "data/open (avoimen datan paketti): mitään ei kirjoitettu: polku on "
                      "datakansiossa data/; anna polku sen ulkopuolelta, esim. open-data/"),
        (".", ". (avoimen datan paketti): mitään ei kirjoitettu: se on itse datarepositorio; "
              "anna oma kansio, esim. open-data/"),
        ("data/programme.yaml", "polku on datakansiossa data/"),
        ("no/such/folder", "kansiota no/such ei ole"),
    ],
)
def test_refuses_an_output_in_the_data_or_nowhere(mini: Path, target: str, message: str) -> None:
    before = files_of(mini / "data")
    result = run_cli("export", "-o", target, cwd=mini)
    assert result.returncode == 2
    assert message in result.stderr
    assert files_of(mini / "data") == before
    assert not (mini / "no").exists()


def test_refuses_a_file_and_a_non_empty_folder_without_force(mini: Path, tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    result = run_cli("--root", str(mini), "export", "-o", str(tmp_path / "file.txt"))
    assert (result.returncode, result.stderr.count("on tiedosto")) == (2, 1)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("keep me")
    result = run_cli("--root", str(mini), "export", "-o", str(busy))
    assert result.returncode == 2
    assert "kansio ei ole tyhjä; anna --force" in result.stderr
    assert [path.name for path in busy.iterdir()] == ["notes.txt"]
    export(mini, busy, "--force")
    assert (busy / "notes.txt").read_text() == "keep me"
    assert (busy / "datapackage.json").is_file()


def test_refuses_data_that_does_not_lint_clean(mini: Path, tmp_path: Path) -> None:
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text(goal.read_text(encoding="utf-8").replace('"+/-"', '"++"', 1))
    result = run_cli("--root", str(mini), "export", "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "01-ensimmainen.yaml:30:21: E401" in flat(result.stderr)
    assert "data ei läpäise tarkistusta" in result.stderr
    assert not (tmp_path / "out").exists()


def test_warnings_do_not_stop_the_export(mini: Path, tmp_path: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    goal.write_text(goal.read_text(encoding="utf-8").replace(" # ohjelma: disable=W402", ""))
    result = run_cli("--root", str(mini), "export", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "datassa on 1 lint-varoitus" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xlsx"], "tuntematon muoto 'xlsx'"),
        (["--date", "31.3.2025"], "--date 31.3.2025: ei ole päivämäärä"),
        (["--date", "2025-02-30"], "--date 2025-02-30: ei ole päivämäärä"),
    ],
)
def test_bad_options_exit_2(mini: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = run_cli("--root", str(mini), "export", "-o", str(tmp_path / "out"), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def _column(folder: Path, table: str, column: str) -> list[str]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def test_scope_and_period_options_select_as_in_render(mini: Path, tmp_path: Path) -> None:
    folder = export(mini, tmp_path / "owner", "--owner", "testipalvelu", "--period", "1/2025")
    assert _column(folder, "actions", "id") == ["T1.1", "T1.3", "T2.2", "T2.3"]
    assert _column(folder, "periods", "id") == ["1/2025"]
    assert _column(folder, "assessments", "period_id") == ["1/2025"] * 4
    source = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["ohjelma"]
    assert (source["scope"], source["periods"]) == ({"owner": ["Testipalvelut"]}, ["1/2025"])
    assert "- Rajaus: vastuutaho: Testipalvelut\n" in (folder / "README.md").read_text("utf-8")
    assert frictionless.validate(folder / "datapackage.json").valid
    folder = export(mini, tmp_path / "theme", "--theme", "beta")
    assert _column(folder, "themes", "id") == ["beta"]
    assert _column(folder, "goals", "number") == ["2"]
    assert _column(folder, "indicators", "id") == ["toinen-mittari"]
    assert _column(folder, "bodies", "name") == ["Kokeiluyksikkö", "Testipalvelut"]
    assert frictionless.validate(folder / "datapackage.json").valid


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "1/2023"], "tuntematon kausi '1/2023'"),
        (["--theme", "gamma"], "tuntematon painopiste 'gamma'"),
        (["--goal", "7"], "tuntematon tavoite 7"),
    ],
)
def test_unknown_scope_exits_2(mini: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = run_cli("--root", str(mini), "export", "-o", str(tmp_path / "out"), *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_failed_write_is_one_line_exit_2(mini: Path, tmp_path: Path) -> None:
    (tmp_path / "out" / "datapackage.json").mkdir(parents=True)
    result = run_cli("--root", str(mini), "export", "-o", str(tmp_path / "out"), "--force")
    assert result.returncode == 2
    assert "datapackage.json: ei voi kirjoittaa" in result.stderr
    assert "Traceback" not in result.stderr
