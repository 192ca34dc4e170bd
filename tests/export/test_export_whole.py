"""A folder of output (export -o, sheet export --per-owner) appears whole or not at all: a
full disk or Ctrl-C part-way leaves no folder and no staging copy, and the message says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kuopio_ohjelma.cli import app
from kuopio_ohjelma.io import atomic
from kuopio_ohjelma.io.cache import CACHE_DIR


def _full_disk_at(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    real, written = atomic._write_new, []

    def full(path: Path, data: bytes) -> None:
        written.append(path)
        if len(written) == count:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(atomic, "_write_new", full)


@pytest.mark.parametrize(("args", "folder"), [
    (["export", "-o", "avoin"], "avoin"),
    (["sheet", "export", "--per-owner", "kirjat"], "kirjat"),
])
def test_a_full_disk_part_way_leaves_no_folder(
    mini: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], folder: str
) -> None:
    monkeypatch.chdir(mini)
    monkeypatch.delenv("OHJELMA_LANG", raising=False)
    # The cache may remember that the data linted clean (it keeps itself out of git);
    # nothing else may appear.
    before = sorted(p.name for p in mini.iterdir() if p.name != CACHE_DIR)
    _full_disk_at(monkeypatch, 2)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"ohjelma: virhe: {folder}/")
    assert result.stderr.endswith(
        ": ei voi kirjoittaa: levy on täynnä; mitään ei kirjoitettu, "
        f"{folder} on ennallaan\n"
    ), result.stderr
    assert sorted(p.name for p in mini.iterdir() if p.name != CACHE_DIR) == before
