"""The package is a valid Frictionless Data Package whose tables hold the whole programme."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path

import frictionless
import pytest

from kuopio_ohjelma.core.scope import Scope
from kuopio_ohjelma.export.build import build_package
from kuopio_ohjelma.export.metadata import Meta
from kuopio_ohjelma.export.selection import select
from kuopio_ohjelma.export.tables import RESOURCES
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.report.view import build_report
from tests.conftest import MINI, REPO
from tests.export.conftest import EXPORT_FIXTURE, export
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def shipped_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(REPO, tmp_path_factory.mktemp("export") / "open-data")


def _rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_frictionless_finds_the_shipped_package_valid(shipped_package: Path) -> None:
    report = frictionless.validate(shipped_package / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert len(report.tasks) == len(RESOURCES)


def test_the_shipped_package_holds_the_whole_programme(shipped_package: Path) -> None:
    assert len(_rows(shipped_package, "actions")) == 77
    assessed = [r for r in _rows(shipped_package, "assessments") if r["period_id"] == "1/2024"]
    assert len(assessed) == 77
    assert len(_rows(shipped_package, "goals")) == 13
    assert len(_rows(shipped_package, "indicators")) == 30
    assert len(_rows(shipped_package, "themes")) == 4
    registry = load_repository(REPO).programme
    assert registry is not None
    bodies = [row["name"] for row in _rows(shipped_package, "bodies")]
    assert sorted(bodies) == sorted(body.name for body in registry.bodies)
    linked = {row["body_name"] for row in _rows(shipped_package, "action_bodies")}
    assert linked <= set(bodies)


def test_foreign_keys_are_checked_and_resolve(shipped_package: Path, tmp_path: Path) -> None:
    package = frictionless.Package(shipped_package / "datapackage.json")
    keys = [key for resource in package.resources for key in resource.schema.foreign_keys]
    assert len(keys) == sum(len(resource.foreign_keys) for resource in RESOURCES) > 10
    # The same check fails when a link points nowhere: the validation is not vacuous.
    broken = tmp_path / "broken"
    broken.mkdir()
    for path in shipped_package.iterdir():
        (broken / path.name).write_bytes(path.read_bytes())
    descriptor = json.loads((broken / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        del resource["hash"], resource["bytes"]
    (broken / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    links = broken / "action_bodies.csv"
    links.write_text(links.read_text(encoding="utf-8").replace(",ELY,", ",Nobody,", 1))
    report = frictionless.validate(broken / "datapackage.json")
    assert [error.type for task in report.tasks for error in task.errors] == ["foreign-key"]


@pytest.mark.parametrize("root", [REPO, MINI], ids=["shipped", "mini"])
def test_csv_rebuilds_the_reports_assessment_counts(root: Path, tmp_path: Path) -> None:
    folder = export(root, tmp_path / "out")
    theme_of_goal = {row["number"]: row["theme_id"] for row in _rows(folder, "goals")}
    goal_of_action = {row["id"]: row["goal_number"] for row in _rows(folder, "actions")}
    programme = load_repository(root).programme
    assert programme is not None
    for period in programme.info.periods:
        counts: Counter[tuple[str, str]] = Counter()
        for row in _rows(folder, "assessments"):
            if row["period_id"] == period.id:
                counts[theme_of_goal[goal_of_action[row["action_id"]]], row["code"]] += 1
        report = build_report(programme, period_id=period.id, lang="fi", scope=Scope())
        for theme in report.themes:
            assert {code: counts[theme.id, code] for code in theme.counts} == theme.counts
        assert sum(counts.values()) == sum(report.totals.values())


@pytest.mark.parametrize("root", [REPO, MINI, EXPORT_FIXTURE], ids=["shipped", "mini", "export"])
def test_every_row_has_exactly_its_tables_columns(root: Path) -> None:
    programme = load_repository(root).programme
    assert programme is not None
    for resource in RESOURCES:
        for row in resource.rows(select(programme)):
            assert list(row) == resource.columns, resource.name


def test_the_mark_enum_is_the_declared_scale(shipped_package: Path) -> None:
    descriptor = json.loads((shipped_package / "datapackage.json").read_text(encoding="utf-8"))
    fields = {
        (resource["name"], field["name"]): field
        for resource in descriptor["resources"]
        for field in resource["schema"]["fields"]
    }
    mark = fields["assessments", "mark"]["constraints"]["enum"]
    assert mark == ["+", "+/-", "-", "?", "+?", "+/-?", "-?"]
    assert fields["assessments", "code"]["constraints"]["enum"] == ["+", "+/-", "-", "?"]
    # Every field is described in both languages.
    for field in fields.values():
        assert field["description"] and field["en"]["description"]


def test_projects_keep_the_text_and_read_the_years(shipped_package: Path) -> None:
    projects = _rows(shipped_package, "projects")
    assert all(row["text"] for row in projects)
    dated = [row for row in projects if row["years_text"] == "(2018-6/21)"]
    assert dated and all((r["start_year"], r["end_year"]) == ("2018", "2021") for r in dated)
    open_ended = [row for row in projects if row["years_text"].endswith("-")]
    assert all(row["start_year"] and not row["end_year"] for row in open_ended)


def test_every_project_line_is_kept_whole_and_read_part_by_part(shipped_package: Path) -> None:
    registry = load_repository(REPO).programme
    assert registry is not None
    lines = {
        (action.id, str(n), item.name)
        for _, action in registry.all_actions()
        for n, item in enumerate(action.project_items, start=1)
    }
    projects = _rows(shipped_package, "projects")
    assert {(row["action_id"], row["position"], row["line"]) for row in projects} == lines
    several = [row for row in projects if row["action_id"] == "T2.2" and row["position"] == "1"]
    assert [(r["part"], r["name"], r["start_year"]) for r in several] == [
        ("1", "Savilahden innovaatioalusta", "2017"),
        ("2", "TKI-hankkeet", ""),
    ]


def test_the_body_links_carry_the_sources_qualifiers(shipped_package: Path) -> None:
    links = _rows(shipped_package, "action_bodies")
    qualified = {(row["action_id"], row["body_name"], row["qualifier"]) for row in links}
    assert {
        ("T2.2", "Kuopio Health", "+ muut"),
        ("T6.10", "Oppilaitokset", "(UEF ja Savonia)"),
        ("T7.8", "UEF", "ym."),
        ("T12.2", "Vetovoiman johtoryhmä", "(erit. maakuntaliitto)"),
    } <= qualified
    indicators = {row["id"]: row for row in _rows(shipped_package, "indicators")}
    assert indicators["tyollisyysaste"]["qualifier"] == "18 – 64-vuotiaat"


def test_json_nests_the_same_rows_as_the_tables() -> None:
    programme = load_repository(REPO).programme
    assert programme is not None
    files = build_package(select(programme), Meta(), output_format="json")
    document = json.loads(files["programme.json"])
    actions = [action for goal in document["goals"] for action in goal["actions"]]
    assert len(actions) == 77
    assert sum(len(action["assessments"]) for action in actions) == 77
    assert document["version"] == 1
    assert set(document) == {
        "version",
        "programme",
        "scale",
        "periods",
        "themes",
        "goals",
        "indicators",
        "bodies",
    }


def test_the_invented_indicator_series_are_a_valid_observations_table(tmp_path: Path) -> None:
    from tests.conftest import INDICATORS

    package = export(INDICATORS, tmp_path / "open-data", "-f", "json")
    report = frictionless.validate(package / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    observations = _rows(package, "indicator_observations")
    share = [r for r in observations if r["indicator_id"] == "keksitty-osuus"]
    assert [(r["position"], r["year"], r["value"]) for r in share] == [
        ("1", "2019", "68.4"),
        ("2", "2020", "67.9"),
        ("3", "2021", "69.5"),
        ("4", "2022", "70.1"),
        ("5", "2023", "71.2"),
    ]
    assert share[4]["source"] == "Keksitty ennakkotieto"
    from_csv = [r for r in observations if r["indicator_id"] == "keksitty-lukumaara"]
    assert from_csv[2] | {} == {
        "indicator_id": "keksitty-lukumaara",
        "position": "3",
        "year": "2022",
        "period": "",
        "value": "1234",
        "note": "keksitty, pilkun kanssa",
        "source": "",
    }
    periods = [r["period"] for r in observations if r["indicator_id"] == "keksitty-kausimittari"]
    assert periods == ["1/2024", "1/2025"]
    assert _rows(package, "indicator_targets")[0]["text"] == "Paranee joka kaudella"
    document = json.loads((package / "programme.json").read_text(encoding="utf-8"))
    nested = {i["id"]: i for i in document["indicators"]}
    assert len(nested["keksitty-osuus"]["observations"]) == 5
    assert nested["keksitty-osuus"]["observations"][0] == {
        "position": 1,
        "year": 2019,
        "period": None,
        "value": 68.4,
        "note": None,
        "source": None,
    }
    assert nested["keksitty-tyhja"]["observations"] == []


def test_the_shipped_data_has_no_indicator_values_yet(shipped_package: Path) -> None:
    assert _rows(shipped_package, "indicator_observations") == []
    assert _rows(shipped_package, "indicator_targets") == []


def test_desimaalit_rounds_the_report_only_and_the_open_data_keeps_the_values(
    tmp_path: Path,
) -> None:
    from tests.conftest import INDICATORS

    root = tmp_path / "repo"
    shutil.copytree(INDICATORS, root)
    share = root / "data" / "indicators" / "keksitty-osuus.yaml"
    share.write_text(
        share.read_text(encoding="utf-8").replace("desimaalit: 1", "desimaalit: 0"),
        encoding="utf-8",
    )
    report = run_cli("--root", str(root), "render", "-f", "md")
    assert report.returncode == 0, report.stderr
    # 71.2 and its change of 1.1 shown with no decimals, the target of 75 too
    assert "| Keksitty osuus | 71\u00a0% (2023) | +1\u00a0%-yks. (2022) | 75\u00a0% (2030) |" in (
        report.stdout
    )
    assert "2022 70\u00a0%; 2023 71\u00a0%. Lähtötaso 68\u00a0% (2019)." in report.stdout
    package = export(root, tmp_path / "open-data")
    values = [
        r["value"] for r in _rows(package, "indicator_observations")
        if r["indicator_id"] == "keksitty-osuus"
    ]
    assert values == ["68.4", "67.9", "69.5", "70.1", "71.2"]  # as typed, never rounded
