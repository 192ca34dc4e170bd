"""What `indicator set` says it wrote is what the file holds (the replaced value too), a value
typed two ways or in other digits is refused with what to write, and `indicator remove`
takes out one value typed by mistake through the same checked path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import INDICATORS
from tests.helpers import run_cli

SHARE = Path("data/indicators/keksitty-osuus.yaml")
COUNTS_CSV = Path("data/indicators/keksitty-lukumaara.csv")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "indicators"
    shutil.copytree(INDICATORS, target)
    return target


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (root / "data").rglob("*") if p.is_file()}


def _run(repo: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("indicator", *args, cwd=repo)
    return result.returncode, result.stdout, result.stderr


# --- indicator set: the old value and the value as written ---------------------------------

def test_a_replaced_value_is_said_old_to_new(repo: Path) -> None:
    assert _run(repo, "set", "keksitty-osuus", "2021", "69,6") == (
        0, "keksitty-osuus 2021: 69.5 → 69.6 (data/indicators/keksitty-osuus.yaml)\n", "")
    assert "    arvo: 69.6\n" in (repo / SHARE).read_text(encoding="utf-8")


def test_a_replaced_csv_value_is_said_as_its_cells_hold_it(repo: Path) -> None:
    assert _run(repo, "set", "keksitty-lukumaara", "2021", "1 400") == (
        0, "keksitty-lukumaara 2021: 1395 → 1400 (data/indicators/keksitty-lukumaara.csv)\n", "")
    path = repo / COUNTS_CSV
    path.write_text(path.read_text(encoding="utf-8").replace(",", ";").replace(
        '"keksitty; pilkun kanssa"', "keksitty"), encoding="utf-8")
    code, out, _err = _run(repo, "set", "keksitty-lukumaara", "2021", "1400.5")  # W610: a count
    # A semicolon file holds decimal commas: echoed as its cell now reads.
    assert (code, out) == (
        0, "keksitty-lukumaara 2021: 1400 → 1400,5 (data/indicators/keksitty-lukumaara.csv)\n")
    assert "2021;1400,5;\n" in path.read_text(encoding="utf-8")


def test_minus_zero_is_written_as_zero_and_said(repo: Path) -> None:
    code, out, err = _run(repo, "set", "keksitty-osuus", "2024", "-0")
    assert (code, out) == (
        0, "keksitty-osuus 2024: ei arvoa → 0 (data/indicators/keksitty-osuus.yaml)\n")
    assert err.startswith("ohjelma: huom: '-0' on nolla: kirjoitettiin 0\n")
    code, out, _err = _run(repo, "set", "keksitty-osuus", "2024", "-0,0")
    assert (code, out) == (
        0, "keksitty-osuus 2024: 0 → 0.0 (data/indicators/keksitty-osuus.yaml)\n")
    assert "    arvo: 0.0\n" in (repo / SHARE).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("2024", "٧١,٥"),
         "ohjelma: virhe: arvossa '٧١,٥' on muita numeromerkkejä kuin 0–9 (U+0667, U+0661, "
         "U+0665); kirjoita arvo numeroin 0–9; tarkoititko 71.5?\n"),
        (("2024", "７２"),
         "ohjelma: virhe: arvossa '７２' on muita numeromerkkejä kuin 0–9 (U+FF17, U+FF12); "
         "kirjoita arvo numeroin 0–9; tarkoititko 72?\n"),
        (("2024", "1,234"),
         "ohjelma: virhe: '1,234' voi tarkoittaa kahta lukua: 1.234, jos pilkku on "
         "desimaalipilkku, tai 1234, jos pilkku erottaa tuhannet; kirjoita 1.234, jos "
         "tarkoitat desimaalilukua, tai 1234, jos tarkoitat kokonaislukua\n"),
        (("２０２４", "72"),
         "ohjelma: virhe: '２０２４' ei ole vuosi eikä kausi: kirjoita vuosi neljällä numerolla "
         "(esim. 2023) tai kausi muodossa <numero>/<vuosi> (esim. 1/2024); tarkoititko "
         "'2024'?\n"),
    ],
)
def test_a_value_read_two_ways_or_in_other_digits_is_refused(
    repo: Path, args: tuple[str, ...], error: str
) -> None:
    before = _files(repo)
    assert _run(repo, "set", "keksitty-osuus", *args) == (2, "", error)
    assert _files(repo) == before


def test_a_comma_that_cannot_group_thousands_is_a_decimal_comma(repo: Path) -> None:
    for typed, written in (("0,125", "0.125"), ("71,25", "71.25"), ("1 234,567", "1234.567")):
        code, out, err = _run(repo, "set", "keksitty-lukumaara", "2025", typed)
        assert code == 0, err
        assert " ".join(out.split()).split(" → ")[1].startswith(f"{written} (")  # wrapped


# --- indicator remove ----------------------------------------------------------------------

def test_remove_takes_out_only_the_value_lines(repo: Path) -> None:
    path = repo / SHARE
    text = path.read_text(encoding="utf-8").replace(
        "  - vuosi: 2022\n", "  # korjattu käsin\n  - vuosi: 2022\n")
    path.write_text(text, encoding="utf-8")
    assert _run(repo, "remove", "keksitty-osuus", "2021") == (
        0, "Poistettiin keksitty-osuus 2021: 69.5 tiedostosta "
           "data/indicators/keksitty-osuus.yaml.\n", "")
    assert path.read_text(encoding="utf-8") == text.replace(
        "  - vuosi: 2021\n    arvo: 69.5\n", "")
    assert run_cli("lint", cwd=repo).returncode == 0


def test_set_then_remove_gives_the_file_back_byte_for_byte(repo: Path) -> None:
    before = _files(repo)
    assert _run(repo, "set", "keksitty-osuus", "2024", "72,3", "--note", "väärä")[0] == 0
    assert _run(repo, "set", "keksitty-lukumaara", "2025", "1200")[0] == 0
    assert _run(repo, "remove", "keksitty-osuus", "2024")[0] == 0
    code, out, err = _run(repo, "remove", "keksitty-lukumaara", "2025")
    assert (code, out, err) == (
        0, "Poistettiin keksitty-lukumaara 2025: 1200 tiedostosta "
           "data/indicators/keksitty-lukumaara.csv.\n", "")
    assert _files(repo) == before


def test_removing_the_last_value_takes_the_empty_series_key_too(repo: Path) -> None:
    path = repo / "data/indicators/keksitty-tyhja.yaml"
    before = path.read_text(encoding="utf-8")
    assert _run(repo, "set", "keksitty-tyhja", "2023", "5", "--unit", "kpl")[0] == 0
    code, out, err = _run(repo, "remove", "keksitty-tyhja", "2023")
    assert (code, err) == (0, "")
    assert out == (
        "Poistettiin keksitty-tyhja 2023: 5 tiedostosta data/indicators/keksitty-tyhja.yaml.\n"
    )
    # The series key goes with its last value; the unit given once stays.
    assert path.read_text(encoding="utf-8") == before + "yksikkö: kpl\n"
    assert run_cli("lint", cwd=repo).returncode == 0


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("keksittyosuus", "2021"),
         "ohjelma: virhe: tuntematon mittari 'keksittyosuus'; tarkoititko 'keksitty-osuus'?\n"),
        (("keksitty-osuus", "2025"),
         "ohjelma: virhe: mittarilla 'keksitty-osuus' ei ole arvoa ajankohdalle 2025; "
         "tarkoititko '2023'?\n"),
        (("keksitty-tyhja", "2025"),
         "ohjelma: virhe: mittarilla 'keksitty-tyhja' ei ole arvoa ajankohdalle 2025; sillä "
         "ei ole yhtään arvoa\n"),
        (("keksitty-kausimittari", "01/2024"),
         "ohjelma: virhe: '01/2024' ei ole kauden tunnus: kauden numero kirjoitetaan ilman "
         "etunollaa; tarkoititko '1/2024'?\n"),
        (("keksitty-osuus", "20211"),
         "ohjelma: virhe: '20211' ei ole vuosi eikä kausi: kirjoita vuosi neljällä numerolla "
         "(esim. 2023) tai kausi muodossa <numero>/<vuosi> (esim. 1/2024); tarkoititko "
         "'2021'?\n"),
    ],
)
def test_remove_refusals_write_nothing(repo: Path, args: tuple[str, ...], error: str) -> None:
    before = _files(repo)
    assert _run(repo, "remove", *args) == (2, "", error)
    assert _files(repo) == before
