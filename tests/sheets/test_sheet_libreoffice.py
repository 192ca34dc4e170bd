"""The yearly round as an editor does it, with a real spreadsheet program: export per body,
one workbook filled and saved again by LibreOffice Calc, import all, diff, import again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.sheets.workbooks import changed_lines, fill, git_diff

pytestmark = pytest.mark.slow

SOFFICE = shutil.which("soffice")
if SOFFICE is None and not os.environ.get("CI"):
    pytest.skip(
        "LibreOffice Calc is not installed; scripts/test-tools installs it when run as root "
        "(apt-get install libreoffice-calc)",
        allow_module_level=True,
    )


def _convert(source: Path, target_format: str, folder: Path, profile: Path) -> Path:
    """Open `source` in LibreOffice Calc and save it as `target_format`, as a person would."""
    assert SOFFICE, "soffice is missing: run scripts/test-tools"
    folder.mkdir(exist_ok=True)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", target_format, "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    converted = folder / f"{source.stem}.{target_format.split(':')[0]}"
    assert converted.is_file()
    return converted


@pytest.fixture
def year(shipped: Path) -> Path:
    """The shipped programme in git with the next period open: the start of a yearly round."""
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=shipped, check=True, capture_output=True)

    git("init", "-q")
    assert run_cli("period", "open", "1/2025", "--label", "Tilanne 1/2025",
                   cwd=shipped).returncode == 0
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "1/2025")
    result = run_cli("sheet", "export", "--per-owner", "out", cwd=shipped)
    assert result.returncode == 0, result.stderr
    return shipped


def test_round_trip_through_libreoffice(year: Path, tmp_path: Path) -> None:
    out = year / "out"
    # Kuopio Health answers in LibreOffice: its file is filled, then opened and saved by Calc.
    health = fill(out / "kuopio-health.xlsx", {
        "H2": "+/-  Etenee osittain myönteisesti", "I2": "Ensimmäinen rivi.\nToinen rivi.",
        "H3": "-", "I3": "Ei edennyt tänä vuonna.",
    }, out=tmp_path / "kuopio-health.xlsx")
    saved = _convert(health, "xlsx", tmp_path / "calc", tmp_path / "profile")
    shutil.copyfile(saved, out / "kuopio-health.xlsx")
    fill(out / "uef.xlsx", {"H2": "+", "I2": "Valmis."})
    files = sorted(str(p.relative_to(year)) for p in out.glob("*.xlsx"))

    result = run_cli("sheet", "import", *files, cwd=year)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "Asetettiin 3 arviota 2 tiedostoon."
    assert changed_lines(year) == [
        "+      1/2025:",
        '+        eteneminen: "+/-"',
        "+        tilanne: |-",
        "+          Ensimmäinen rivi.",
        "+          Toinen rivi.",
        "+      1/2025:",
        '+        eteneminen: "+"',
        "+        tilanne: Valmis.",
        "+      1/2025:",
        '+        eteneminen: "-"',
        "+        tilanne: Ei edennyt tänä vuonna.",
    ]
    diff = run_cli("diff", "--rev", "HEAD", "--format", "json", cwd=year)
    assert diff.returncode == 0
    assert [c["action"] for c in json.loads(diff.stdout)["changes"]] == ["T2.2", "T2.5", "T7.7"]

    again = run_cli("sheet", "import", *files, cwd=year)
    assert again.returncode == 0
    assert again.stdout.splitlines()[0] == "Ei muutettavaa: vastaukset ovat jo tiedoissa."


def test_one_bad_cell_saved_by_libreoffice_stops_the_import(year: Path, tmp_path: Path) -> None:
    out = year / "out"
    fill(out / "uef.xlsx", {"H2": "+", "I2": "Valmis."})
    health = fill(out / "kuopio-health.xlsx", {"H3": "Etenee hyvin"},
                  out=tmp_path / "kuopio-health.xlsx")
    saved = _convert(health, "xlsx", tmp_path / "calc", tmp_path / "profile")
    shutil.copyfile(saved, out / "kuopio-health.xlsx")
    result = run_cli("sheet", "import", "out/uef.xlsx", "out/kuopio-health.xlsx", cwd=year)
    assert result.returncode == 1
    assert result.stdout.startswith(
        "out/kuopio-health.xlsx:Toimenpiteet!H3: S120 eteneminen 'Etenee hyvin' ei ole\n"
        "  asteikolla\n"
    )
    assert git_diff(year) == ""


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("xls:MS Excel 97", "tämä on vanha Excel-tiedosto (.xls), ei .xlsx"),
        ("ods", "tämä on OpenDocument-laskentataulukko (.ods), ei .xlsx"),
        ("csv", "tämä ei ole Excel-työkirja (.xlsx); onko se CSV- tai tekstitiedosto?"),
    ],
)
def test_other_formats_saved_by_libreoffice_are_refused(
    year: Path, tmp_path: Path, target: str, message: str
) -> None:
    saved = _convert(year / "out" / "uef.xlsx", target, tmp_path / "calc", tmp_path / "profile")
    result = run_cli("sheet", "import", str(saved), cwd=year)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"ohjelma: virhe: {saved}: {message}\n")
