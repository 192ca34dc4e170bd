"""Writing a package over an earlier one: a failure midway leaves the earlier one whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.io.atomic import FilesNotWritten, write_folder


def test_an_interrupted_write_leaves_the_old_package_whole(tmp_path: Path) -> None:
    (tmp_path / "datapackage.json").write_text('{"old": true}')
    (tmp_path / "themes.csv").write_text("old\n")
    files = {"themes.csv": b"new\n", "missing/goals.csv": b"x\n", "datapackage.json": b"{}\n"}
    with pytest.raises(FilesNotWritten) as caught:
        write_folder(tmp_path, files)
    assert caught.value.path == tmp_path / "missing" / "goals.csv"
    assert (tmp_path / "datapackage.json").read_text() == '{"old": true}'
    assert (tmp_path / "themes.csv").read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["datapackage.json", "themes.csv"]
