"""`ohjelma fmt`: the house format — key order, quoting, block style, indentation, width.

Formatting never changes data: the formatted text must load to exactly the same values.
"""

from __future__ import annotations

import gc
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from kuopio_ohjelma.edit.canonical import is_formatted
from kuopio_ohjelma.edit.checked import (
    EditError,
    FileEdit,
    checked_edit,
    commit_all,
    encode_house,
    load_rt_text,
    repository_lock,
)
from kuopio_ohjelma.edit.formatted import FormattedCache
from kuopio_ohjelma.edit.splice import quote_for_round_trip
from kuopio_ohjelma.io.expected import unwrap_annotation
from kuopio_ohjelma.io.files import data_files
from kuopio_ohjelma.io.kinds import ORGANISATIONS, is_kind, kind_of
from kuopio_ohjelma.io.loader import LoadResult, load_repository, parse_bytes, paused_gc
from kuopio_ohjelma.io.yaml_positions import Document
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, fits_block, text_scalar
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.model import (
    Assessment,
    ProgrammeInfo,
    ScaleStep,
)
from kuopio_ohjelma.problems import START, Problem

# Values that are marks, not prose: always in double quotes so that '-' and '?' stay text.
_QUOTED = {(Assessment, "eteneminen"), (ScaleStep, "koodi")}


def model_for(path: Path) -> type[BaseModel]:
    kind = kind_of(path)
    return kind.model if kind else ProgrammeInfo


class FormatOutcome(NamedTuple):
    """The files that were (or, without writing, would be) reformatted; files left alone."""

    edits: list[FileEdit]
    problems: list[Problem]


def format_repository(
    root: Path, paths: list[Path], *, write: bool, use_cache: bool = True
) -> FormatOutcome:
    """Format the data files under `paths` (all when empty), under the repository lock.

    Files whose exact content the cache knows to be in the house format (and to load) are
    not read again; the rest are loaded and formatted."""
    cache = FormattedCache(root, enabled=use_cache)
    with repository_lock(root):
        targets = _targets(_present(root), paths)
        todo = [path for path in targets if not cache.knows(path)]
        with paused_gc():
            result = load_repository(root, only=set(todo).__contains__)
        with _frozen():
            edits, problems = format_files(result, todo)
        if write:
            commit_all(edits)
        cache.remember(_formatted(result, todo, edits, problems, written=write), targets)
    return FormatOutcome(edits, problems)


@contextmanager
def _frozen() -> Iterator[None]:
    """What was loaded stays while formatting: out of the cyclic collector's way (its first
    pass after loading would walk a million objects at 100×), back in it afterwards."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _formatted(
    result: LoadResult, todo: list[Path], edits: list[FileEdit], problems: list[Problem],
    *, written: bool,
) -> dict[Path, bytes]:
    """The bytes of each file now known to load and be in the house format."""
    failed = {problem.path for problem in problems}
    edited = {edit.path: edit.new for edit in edits}
    valid = _validated(result)
    return {
        path: edited[path] if path in edited else result.documents[path].source.raw
        for path in todo
        if path in valid and path not in failed and (written or path not in edited)
    }


def _validated(result: LoadResult) -> set[Path]:
    single = [loaded for loaded in (result.info, result.registry) if loaded is not None]
    return {loaded.path for loaded in (*single, *result.goals, *result.indicators)}


def _targets(files: list[Path], paths: list[Path]) -> list[Path]:
    if not paths:
        return files
    wanted = [p.resolve() for p in paths]
    return [f for f in files if any(f.resolve().is_relative_to(w) for w in wanted)]


def _present(root: Path) -> list[Path]:
    """The files the loader would attempt: all but an organisations file that is not there."""
    return [
        path for path in data_files(root)
        if not is_kind(path, ORGANISATIONS) or path.exists() or path.is_symlink()
    ]


def format_files(result: LoadResult, paths: list[Path]) -> tuple[list[FileEdit], list[Problem]]:
    """Edits for the files whose text is not in the house format; files that do not load are
    returned as problems and left alone."""
    edits: list[FileEdit] = []
    # A file the loader reports errors for (syntax, a duplicate key, a tab in indentation, a
    # value of the wrong kind…) is left alone, and lint's own findings say why, at their
    # places in the file as the editor has it (not in the text fmt would have written).
    broken = {p.path for p in result.errors if p.code.startswith("E1")}
    valid = _validated(result) - broken
    problems = [p for p in result.errors if p.path in paths and p.path not in valid]
    for path in paths:
        document = result.documents.get(path)
        if document is None or path not in valid:
            continue
        model = model_for(path)
        if is_formatted(document.source, model, _QUOTED):
            continue  # certainly what ruamel would write: no round trip needed
        try:
            edit = format_document(document, model, valid=True)
        except EditError as error:
            problems.extend(error.problems or [Problem("E101", path, START, str(error))])
            continue
        if edit.changed:
            edits.append(edit)
    return edits, problems


def format_document(
    document: Document, model: type[BaseModel], *, valid: bool = False
) -> FileEdit:
    """The file in the house format; `valid` says it already loaded and validated, so that
    the same bytes need not be checked again."""
    source = document.source
    # A bare CR is a line break to YAML as LF is (old Mac files): fmt writes LF.
    data = load_rt_text(source, quote_for_round_trip(source.text.replace("\r", "\n")))
    if isinstance(data, CommentedMap):
        _house(data, model)
    text = dump_rt(data)
    if valid and encode_house(text) == source.raw:
        return FileEdit(source.path, source.raw, source.raw)
    changed = EditError(
        _("{path}: formatting would change the data; left alone").format(path=source.path)
    )
    try:
        edit = checked_edit(source, source.raw, text, model, house=True)
    except EditError:
        # Its findings would point into text the editor never saw: say what happened instead.
        raise changed from None
    formatted, _problems = parse_bytes(source.path, edit.new)
    if formatted is None or formatted.data != document.data:
        raise changed
    return edit


def _house(node: CommentedMap, model: type[BaseModel]) -> None:
    order = [info.alias or name for name, info in model.model_fields.items()]
    rank = {key: index for index, key in enumerate(order)}
    keys = list(node.keys())
    wanted = sorted(keys, key=lambda k: rank.get(k, len(order)))
    if keys != wanted:
        for key in wanted:
            node.move_to_end(key)
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key in node:
            node[key] = _value(node[key], info.annotation, (model, key))


def _value(value: Any, annotation: Any, place: tuple[type[BaseModel], str]) -> Any:
    annotation = unwrap_annotation(annotation)
    if isinstance(value, str):
        return _scalar(value, place)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if isinstance(value, CommentedSeq) and origin is list and args:
        for index, item in enumerate(value):
            value[index] = _value(item, args[0], place)
    elif isinstance(value, CommentedMap) and origin is dict and len(args) == 2:
        for key in list(value.keys()):
            value[key] = _value(value[key], args[1], place)
    elif (
        isinstance(value, CommentedMap)
        and isinstance(annotation, type)
        and issubclass(annotation, BaseModel)
    ):
        _house(value, annotation)
    return value


def _scalar(value: str, place: tuple[type[BaseModel], str]) -> Any:
    if place in _QUOTED and not isinstance(value, DoubleQuotedScalarString):
        return DoubleQuotedScalarString(value)
    if isinstance(value, LiteralScalarString) and fits_block(value):
        return value
    if "\n" in value or isinstance(value, LiteralScalarString):
        return text_scalar(str(value))
    return value
