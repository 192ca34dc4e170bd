"""Every refusal of an output path names what the command was to write (a workbook is not
a report), in Finnish and in English; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import EN, run_cli

CASES = [
    (("render", "-o", "data/x.html"),
     "data/x.html: raporttia ei kirjoiteta datakansion data/ sisään",
     "data/x.html: refusing to write the report inside the data folder data/"),
    (("diff", "-o", "data/x.md"),
     "data/x.md: vertailua ei kirjoiteta datakansion data/ sisään",
     "data/x.md: refusing to write the comparison inside the data folder data/"),
    (("lint", "-o", "data/x.json"),
     "data/x.json: havaintoja ei kirjoiteta datakansion data/ sisään",
     "data/x.json: refusing to write the findings inside the data folder data/"),
    (("sheet", "export", "-o", "data/kh.xlsx"),
     "data/kh.xlsx: työkirjaa ei kirjoiteta datakansion data/ sisään",
     "data/kh.xlsx: refusing to write the workbook inside the data folder data/"),
    (("sheet", "export", "--per-owner", "data/kirjat"),
     "data/kirjat: työkirjoja ei kirjoiteta datakansion data/ sisään",
     "data/kirjat: refusing to write the workbooks inside the data folder data/"),
    (("export", "-o", "data/od"),
     "data/od: avoimen datan pakettia ei kirjoiteta datakansion data/ sisään",
     "data/od: refusing to write the open-data package inside the data folder data/"),
    (("diff", "-o", "muutokset.yaml"),
     "muutokset.yaml: vertailua ei kirjoiteta YAML-tiedoston päälle",
     "muutokset.yaml: refusing to write the comparison over a YAML file"),
    (("lint", "-o", "kansio"), "kansio: on kansio; anna tiedostonimi, esim. havainnot.json",
     "kansio: is a folder; give a file name such as findings.json"),
]


@pytest.mark.parametrize(("args", "finnish", "english"), CASES, ids=lambda c: " ".join(c)
                         if isinstance(c, tuple) else None)
def test_the_refusal_names_what_is_written(
    mini: Path, args: tuple[str, ...], finnish: str, english: str
) -> None:
    (mini / "kansio").mkdir()
    before = sorted(p.relative_to(mini) for p in mini.rglob("*"))
    fi = run_cli(*args, cwd=mini)
    en = run_cli(*args, cwd=mini, env=EN)
    assert (fi.returncode, fi.stdout, fi.stderr) == (2, "", f"ohjelma: virhe: {finnish}\n")
    assert (en.returncode, en.stdout, en.stderr) == (2, "", f"ohjelma: error: {english}\n")
    assert sorted(p.relative_to(mini) for p in mini.rglob("*")) == before
