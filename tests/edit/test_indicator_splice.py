"""`indicator set` splices: a git diff of the edit touches only the value's lines (and the
unit's line it adds), byte for byte, on the shipped files and on a made-up file with
comments, a block note, CRLF line ends and a byte-order mark."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from kuopio_ohjelma.edit.indicator import ValueChange, set_value
from tests.conftest import INDICATORS, REPO

SHIPPED = sorted((REPO / "data" / "indicators").glob("*.yaml"))

# MADE-UP TEST DATA: comments everywhere, a block note, a value followed by a comment.
COMMENTED = """\
# MADE-UP TEST DATA: a commented indicator.
nimi: Keksitty kommentoitu   # the name as the source writes it
lähde: Keksitty lähde
yksikkö: "%"
havainnot:
  # the oldest value
  - vuosi: 2019
    arvo: 68.4    # estimated
  - vuosi: 2021
    arvo: 69.5
    huomautus: |-
      ensimmäinen rivi

      toinen rivi
  # the end of the series
"""


def _inserted(old: bytes, new: bytes) -> list[str]:
    """The lines the edit added; fails if it removed or changed any line."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    added = []
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        assert tag in ("equal", "insert"), (tag, a[_i1:_i2], b[j1:j2])
        added += [line.decode() for line in b[j1:j2]] if tag == "insert" else []
    return added


@pytest.fixture
def shipped_repo(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "data", tmp_path / "data")
    return tmp_path


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_a_shipped_file_gains_only_the_unit_and_the_value(shipped_repo: Path, path: Path) -> None:
    edit = set_value(shipped_repo, ValueChange(path.stem, "2023", "71,2", unit="%")).edit
    assert edit.original == path.read_bytes()
    assert _inserted(edit.original, edit.new) == [
        'yksikkö: "%"\n', "havainnot:\n", "  - vuosi: 2023\n", "    arvo: 71.2\n"]
    text = edit.new.decode()
    keys = [line.split(":")[0] for line in text.splitlines() if line[:1].isalpha()]
    assert keys.index("yksikkö") == len(keys) - 2  # after every key that comes before it


@pytest.fixture
def commented(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(INDICATORS, root)
    return root / "data/indicators/keksitty-kommentoitu.yaml"


def _set(path: Path, text: str, *args: str, crlf: bool = False, bom: bool = False) -> str:
    data = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode())
    edit = set_value(path.parents[2], ValueChange(path.stem, *args)).edit
    new = edit.new.decode()
    if bom:
        assert new.startswith("\ufeff")
        new = new[1:]
    if crlf:
        assert "\n" not in new.replace("\r\n", "")
        new = new.replace("\r\n", "\n")
    return new


@pytest.mark.parametrize(("crlf", "bom"), [(False, False), (True, False), (True, True)])
def test_a_value_between_two_goes_between_them(commented: Path, crlf: bool, bom: bool) -> None:
    assert _set(commented, COMMENTED, "2020", "67,9", crlf=crlf, bom=bom) == COMMENTED.replace(
        "  - vuosi: 2021\n", "  - vuosi: 2020\n    arvo: 67.9\n  - vuosi: 2021\n")


@pytest.mark.parametrize("crlf", [False, True])
def test_a_changed_value_keeps_its_comment(commented: Path, crlf: bool) -> None:
    assert _set(commented, COMMENTED, "2019", "68.5", crlf=crlf) == COMMENTED.replace(
        "arvo: 68.4    # estimated", "arvo: 68.5    # estimated")


def test_the_newest_value_goes_after_the_block_note_before_the_closing_comment(
    commented: Path,
) -> None:
    new = _set(commented, COMMENTED, "2022", "70", "kaksi\nriviä", crlf=True)
    assert new == COMMENTED.replace(
        "  # the end", "  - vuosi: 2022\n    arvo: 70\n    huomautus: |-\n      kaksi\n"
        "      riviä\n  # the end")


def test_the_oldest_value_goes_after_the_comment_that_opens_the_series(commented: Path) -> None:
    assert _set(commented, COMMENTED, "2018", "1") == COMMENTED.replace(
        "  - vuosi: 2019\n", "  - vuosi: 2018\n    arvo: 1\n  - vuosi: 2019\n")


def test_a_block_note_is_replaced_and_a_source_added_in_key_order(commented: Path) -> None:
    new = _set(commented, COMMENTED, "2021", "69.5", "yksi rivi", "Lähde X")
    assert new == COMMENTED.replace(
        "    huomautus: |-\n      ensimmäinen rivi\n\n      toinen rivi\n",
        "    huomautus: yksi rivi\n    lähde: Lähde X\n")


def test_a_note_is_added_before_a_source_already_there(commented: Path) -> None:
    text = COMMENTED.replace("    arvo: 68.4    # estimated\n",
                             "    arvo: 68.4    # estimated\n    lähde: Vanha\n")
    assert _set(commented, text, "2019", "68.4", "uusi") == text.replace(
        "    lähde: Vanha\n", "    huomautus: uusi\n    lähde: Vanha\n")


def test_a_file_without_a_final_line_break_keeps_its_lines(commented: Path) -> None:
    text = COMMENTED.replace("  # the end of the series\n", "").rstrip("\n")
    assert _set(commented, text, "2022", "70") == text + "\n  - vuosi: 2022\n    arvo: 70\n"


def test_an_unusual_layout_is_kept_as_the_file_has_it(commented: Path) -> None:
    text = COMMENTED.replace("  - vuosi", "-   vuosi")  # dash at column 0, keys at 4
    new = _set(commented, text, "2020", "1")
    assert new == text.replace(
        "-   vuosi: 2021\n", "-   vuosi: 2020\n    arvo: 1\n-   vuosi: 2021\n")


def test_a_flow_style_series_is_rewritten_whole_and_still_checked(commented: Path) -> None:
    text = (
        "# MADE-UP TEST DATA\nnimi: Keksitty\nyksikkö: kpl\nhavainnot: [{vuosi: 2019, arvo: 1}]\n")
    assert _set(commented, text, "2020", "2") == (
        "# MADE-UP TEST DATA\nnimi: Keksitty\nyksikkö: kpl\nhavainnot: [{vuosi: 2019, arvo: 1}, "
        "{vuosi: 2020, arvo: 2}]\n")


# MADE-UP TEST DATA: quoting a writer would not choose, a cell over two lines, CRLF.
CSV = (
    'vuosi,arvo,huomautus\n2020,1480,"keksitty"\n2021,1395,\n'
    '2022,1234,"kaksi\nriviä, pilkku"\n2023, 1250 ,\n'
)


@pytest.mark.parametrize("crlf", [False, True])
@pytest.mark.parametrize(
    ("args", "expected"),
    [(("2021", "1400"), CSV.replace("2021,1395,\n", "2021,1400,\n")),
     (("2022", "1200"), CSV.replace("2022,1234,", "2022,1200,")),
     (("2019", "1500", "uusi"), "vuosi,arvo,huomautus\n2019,1500,uusi\n" + CSV[21:]),
     (("2024", "1102"), CSV + "2024,1102,\n")],
    ids=["replace", "replace-two-lines", "first", "last"],
)
def test_a_csv_series_changes_only_the_values_line(
    tmp_path: Path, crlf: bool, args: tuple[str, ...], expected: str
) -> None:
    root = tmp_path / "repo"
    shutil.copytree(INDICATORS, root)
    path = root / "data/indicators/keksitty-lukumaara.csv"
    path.write_bytes(CSV.replace("\n", "\r\n" if crlf else "\n").encode())
    when, value, *note = args
    edit = set_value(root, ValueChange("keksitty-lukumaara", when, value, *note)).edit
    assert edit.path == path
    assert edit.new == expected.replace("\n", "\r\n" if crlf else "\n").encode()
