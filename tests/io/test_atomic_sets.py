"""io/atomic.write_files: a set of files is written whole or not at all."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from kuopio_ohjelma.io import atomic
from kuopio_ohjelma.io.atomic import FilesNotWritten, InterruptedAfterWrite, write_files


def _files(tmp_path: Path, count: int = 4) -> list[Path]:
    paths = []
    for number in range(count):
        path = tmp_path / f"f{number}.yaml"
        path.write_bytes(f"vanha {number}\n".encode())
        paths.append(path)
    return paths


def _state(tmp_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(tmp_path.iterdir())}


def test_every_file_is_written(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    write_files([(p, b"uusi\n") for p in paths] + [(tmp_path / "uusi.yaml", b"x\n")])
    assert _state(tmp_path) == {**{p.name: b"uusi\n" for p in paths}, "uusi.yaml": b"x\n"}


def test_a_failure_while_preparing_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path)
    before = _state(tmp_path)
    real, calls = atomic.temp_file, []

    def third_fails(folder: Path, prefix: str, suffix: str = "") -> tuple[int, str]:
        calls.append(prefix)
        if len(calls) == 5:  # two per file (new content, original): the third file's
            raise OSError(28, "No space left on device")
        return real(folder, prefix, suffix)

    monkeypatch.setattr(atomic, "temp_file", third_fails)
    with pytest.raises(FilesNotWritten) as caught:
        write_files([(p, b"uusi\n") for p in paths])
    assert (caught.value.path, caught.value.restored, caught.value.left) == (paths[2], [], {})
    assert _state(tmp_path) == before  # no temp file left either


def test_a_replace_that_fails_midway_puts_back_the_files_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path)
    new = tmp_path / "new.yaml"
    before = _state(tmp_path)
    real, replaced = os.replace, []

    def third_fails(source: str, target: object) -> None:
        if str(source).endswith(".tmp"):
            replaced.append(target)
            if len(replaced) == 3:
                raise PermissionError(1, "Operation not permitted")
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", third_fails)
    with pytest.raises(FilesNotWritten) as caught:
        write_files([(new, b"x\n")] + [(p, b"uusi\n") for p in paths])
    assert caught.value.path == paths[1]
    assert caught.value.restored == [new, paths[0]]
    assert caught.value.left == {}
    assert _state(tmp_path) == before  # the new file removed again, no temp or backup left


def test_ctrl_c_while_replacing_waits_until_the_set_is_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path)
    real = os.replace
    # Whatever handler the process had (the CLI's own, or Python's default) comes back.
    handler_before = signal.getsignal(signal.SIGINT)

    def interrupted(source: str, target: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # as if Ctrl-C landed now
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(InterruptedAfterWrite) as caught:
        write_files([(p, b"uusi\n") for p in paths])
    assert caught.value.written == paths
    assert _state(tmp_path) == {p.name: b"uusi\n" for p in paths}
    assert signal.getsignal(signal.SIGINT) is handler_before


def _package(count: int = 5) -> dict[str, bytes]:
    return {f"t{number}.csv": f"rivi {number}\n".encode() for number in range(count)}


def test_a_new_folder_appears_whole(tmp_path: Path) -> None:
    atomic.write_folder(tmp_path / "paketti", _package())
    assert _state(tmp_path / "paketti") == _package()
    assert [p.name for p in tmp_path.iterdir()] == ["paketti"]


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_folder_cut_short_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    real, written = atomic._write_new, []

    def full_at_the_third(path: Path, data: bytes) -> None:
        written.append(path)
        if len(written) == 3:
            raise failure
        real(path, data)

    monkeypatch.setattr(atomic, "_write_new", full_at_the_third)
    expected = FilesNotWritten if isinstance(failure, OSError) else KeyboardInterrupt
    with pytest.raises(expected) as caught:
        atomic.write_folder(tmp_path / "paketti", _package())
    if isinstance(caught.value, FilesNotWritten):
        assert caught.value.path == tmp_path / "paketti" / "t2.csv"
    assert list(tmp_path.iterdir()) == []  # neither the folder nor its staging copy


def test_into_an_existing_folder_the_set_is_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "paketti"
    folder.mkdir()
    (folder / "t0.csv").write_bytes(b"viime kerta\n")
    (folder / "oma.txt").write_bytes(b"pysyy\n")
    before = _state(folder)
    real = os.replace

    def last_fails(source: str, target: object) -> None:
        if str(target).endswith("t4.csv"):
            raise OSError(28, "No space left on device")
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", last_fails)
    with pytest.raises(FilesNotWritten):
        atomic.write_folder(folder, _package())
    assert _state(folder) == before
    monkeypatch.setattr(atomic.os, "replace", real)
    atomic.write_folder(folder, _package())
    assert _state(folder) == {**_package(), "oma.txt": b"pysyy\n"}


@pytest.mark.parametrize("call", [5, 6])  # the third file's new content, its kept original
def test_ctrl_c_while_preparing_leaves_no_temp_or_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: int
) -> None:
    paths = _files(tmp_path)
    before = _state(tmp_path)
    real, calls = atomic.temp_file, []

    def interrupted(folder: Path, prefix: str, suffix: str = "") -> tuple[int, str]:
        calls.append(prefix)
        answer = real(folder, prefix, suffix)
        if len(calls) == call:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C lands while this file is prepared
        return answer

    monkeypatch.setattr(atomic, "temp_file", interrupted)
    atomic.forget_written()
    with pytest.raises(KeyboardInterrupt) as caught:
        write_files([(p, b"uusi\n") for p in paths])
    assert not isinstance(caught.value, InterruptedAfterWrite)
    assert _state(tmp_path) == before  # nothing replaced, no .tmp or .orig beside the files
    assert atomic.WRITTEN == []


def test_any_exception_while_preparing_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path)
    before = _state(tmp_path)
    calls: list[int] = []
    real = os.fsync

    def stops(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise MemoryError
        real(fd)

    monkeypatch.setattr(atomic.os, "fsync", stops)
    with pytest.raises(MemoryError):
        write_files([(p, b"uusi\n") for p in paths])
    assert _state(tmp_path) == before


def test_a_single_file_interrupted_while_written_says_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _files(tmp_path, 1)[0]
    real = os.replace
    atomic.forget_written()

    def interrupted(source: str, target: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(InterruptedAfterWrite):
        atomic.write_bytes_atomic(path, b"uusi\n")
    assert _state(tmp_path) == {path.name: b"uusi\n"}  # no temp file
    assert [path] == atomic.WRITTEN
    atomic.forget_written()
