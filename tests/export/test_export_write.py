"""Writing a package over an earlier one: a failure midway leaves no stale descriptor."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.io.atomic import write_folder


def test_an_interrupted_write_leaves_no_old_descriptor(tmp_path: Path) -> None:
    (tmp_path / "datapackage.json").write_text('{"old": true}')
    (tmp_path / "themes.csv").write_text("old\n")
    files = {"themes.csv": b"new\n", "missing/goals.csv": b"x\n", "datapackage.json": b"{}\n"}
    with pytest.raises(FileNotFoundError):
        write_folder(tmp_path, files)
    assert not (tmp_path / "datapackage.json").exists()
    assert (tmp_path / "themes.csv").read_bytes() == b"new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["themes.csv"]
