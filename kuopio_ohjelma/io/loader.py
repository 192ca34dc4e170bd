"""Files → validated models with positions. Never raises on bad input and never writes."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic_core import ValidationError  # pydantic.ValidationError is this very class

from kuopio_ohjelma.io.files import DiskSource, FileSource, Signature, find_root
from kuopio_ohjelma.io.kinds import (
    DATA_DIR,
    GOAL,
    INDICATOR,
    KINDS,
    ORGANISATIONS,
    PROGRAMME,
    FileKind,
)
from kuopio_ohjelma.io.names import folder_problems
from kuopio_ohjelma.io.parse import parse_bytes
from kuopio_ohjelma.io.sidecar import Sidecar, parse_sidecar, sidecar_path
from kuopio_ohjelma.io.yaml_positions import Document
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import START, Problem
from kuopio_ohjelma.programme import Programme

if TYPE_CHECKING:
    from pydantic import BaseModel

    from kuopio_ohjelma.model import BodyRegistry, Goal, Indicator, ProgrammeInfo

M = TypeVar("M", bound="BaseModel")
# A model's validator: the model's own, or pydantic-core's with the model's compiled schema,
# whose light records (io/records.py) read field by field as the models do
# (tests/io/test_records.py): typed as the models, by this Any, here only.
Check = Callable[[object], Any]
Checks = Callable[[str], Check]  # the validator of a model of model.py by its name

__all__ = ["DATA_DIR", "LoadResult", "Loaded", "find_root", "load_repository", "parse_bytes"]



@dataclass(frozen=True)
class Loaded(Generic[M]):
    """One data file that parsed and validated, with its positions."""

    path: Path
    document: Document
    model: M

    @cached_property  # the rules ask it of every file again and again
    def stem(self) -> str:
        return self.path.stem


@dataclass
class LoadResult:
    root: Path
    problems: list[Problem] = field(default_factory=list)
    documents: dict[Path, Document] = field(default_factory=dict)
    attempted: list[Path] = field(default_factory=list)
    info: Loaded[ProgrammeInfo] | None = None
    registry: Loaded[BodyRegistry] | None = None
    goals: list[Loaded[Goal]] = field(default_factory=list)
    indicators: list[Loaded[Indicator]] = field(default_factory=list)
    # Sidecar CSV series by indicator id (the file name without its extension).
    sidecars: dict[str, Sidecar] = field(default_factory=dict)
    # Read from disk: each file's signature before its read (io/files.DiskSource).
    signatures: dict[Path, Signature] = field(default_factory=dict)

    @property
    def programme(self) -> Programme | None:
        """The cross-referenced programme, or None when the programme file itself failed."""
        if self.info is None:
            return None
        return Programme(
            info=self.info.model,
            goals=sorted((g.model for g in self.goals), key=lambda goal: goal.number),
            indicators={i.stem: self._with_sidecar(i) for i in self.indicators},
            bodies=self.registry.model.bodies if self.registry else [],
        )

    def _with_sidecar(self, loaded: Loaded[Indicator]) -> Indicator:
        sidecar = self.sidecars.get(loaded.stem)
        if sidecar is None:
            return loaded.model
        observations = [*loaded.model.observations, *sidecar.observations]
        return loaded.model.model_copy(update={"observations": observations})

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def load_repository(
    root: Path,
    files: FileSource | None = None,
    *,
    only: Callable[[Path], bool] | None = None,
    compiled: bool = False,
) -> LoadResult:
    """Load the whole data repository from disk, or from another source such as a git revision.

    `only` picks the goal and indicator files to load (the programme and the organisations
    are always loaded): an edit of one goal loads that goal, not the programme's thousands.
    `compiled` validates with the models' compiled schema into light records, without
    importing pydantic (lint's path, see io/records.py); the findings are the same."""
    source = files or DiskSource(root)
    result = LoadResult(root)
    check = _checks(compiled)
    with paused_gc():
        result.info = _load_one(result, source, root, PROGRAMME, check)
        result.registry = _load_one(result, source, root, ORGANISATIONS, check)
        result.goals = _load_all(result, source, root, GOAL, only, check)
        result.indicators = _load_all(result, source, root, INDICATOR, only, check)
        result.sidecars = _load_sidecars(result, source, check)
    if isinstance(source, DiskSource):
        result.signatures = source.signatures
    return result


def _checks(compiled: bool) -> Checks:
    if compiled:
        from kuopio_ohjelma.io.validators import compiled_fits, validator

        if compiled_fits():
            return lambda name: validator(name).validate_python
    from kuopio_ohjelma import model

    return lambda name: getattr(model, name).model_validate


@contextmanager
def paused_gc() -> Iterator[None]:
    """Loading makes millions of objects and no garbage cycles; the cyclic collector would
    walk them all again and again (a third of the time of a large repository) for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load_one(
    result: LoadResult, source: FileSource, root: Path, kind: FileKind[M], check: Checks
) -> Loaded[M] | None:
    return _load(result, source, kind.folder(root), kind, check, required=kind.required)


def _load_sidecars(result: LoadResult, source: FileSource, check: Checks) -> dict[str, Sidecar]:
    sidecars = {}
    for indicator in result.indicators:
        path = sidecar_path(indicator.path)
        raw = source.read(path)
        if raw is None:
            continue
        if isinstance(raw, Problem):
            result.problems.append(raw)
            continue
        sidecar, problems = parse_sidecar(path, raw, check("Observation"))
        result.problems.extend(problems)
        if sidecar is not None:
            sidecars[indicator.stem] = sidecar
    return sidecars


def _load_all(
    result: LoadResult,
    source: FileSource,
    root: Path,
    kind: FileKind[M],
    only: Callable[[Path], bool] | None,
    check: Checks,
) -> list[Loaded[M]]:
    listed = source.yaml_files(kind.folder(root))
    if only is None:
        result.problems.extend(folder_problems(kind.folder(root), listed, required=kind.required))
    paths = [p for p in listed if p.suffix == ".yaml" and (only is None or only(p))]
    loaded = (_load(result, source, path, kind, check) for path in paths)
    return [item for item in loaded if item is not None]


def _load(
    result: LoadResult,
    source: FileSource,
    path: Path,
    kind: FileKind[M],
    check: Checks,
    *,
    required: bool = True,
) -> Loaded[M] | None:
    raw = source.read(path)
    if raw is None and not required:
        return None
    result.attempted.append(path)
    document, problems = parse_bytes(path, raw)
    result.problems.extend(problems)
    if document is None:
        return None
    result.documents[path] = document
    loaded = _validate(document, kind.model_name, check(kind.model_name), result.problems)
    if loaded is not None:
        document.release()
    return loaded


def validate(document: Document, model: type[M], problems: list[Problem]) -> Loaded[M] | None:
    """One parsed file validated with a model of model.py (an edit checks its result)."""
    return _validate(document, model.__name__, model.model_validate, problems, model)


def _validate(
    document: Document,
    name: str,
    check: Check,
    problems: list[Problem],
    model: type[BaseModel] | None = None,
) -> Loaded[Any] | None:
    if not isinstance(document.data, dict):
        problems.append(_wrong_shape(document, name))
        return None
    try:
        return Loaded(document.path, document, check(document.data))
    except ValidationError as error:
        # Only a file that fails its schema reads the models: the keys allowed at a place.
        # The compiled schema raises the very errors the model does (the same schema).
        from kuopio_ohjelma import model as models
        from kuopio_ohjelma.io.validation import validation_problems

        model = model or getattr(models, name)
        problems.extend(validation_problems(error, document, model))
        return None


def _wrong_shape(document: Document, name: str) -> Problem:
    found = _("a list") if isinstance(document.data, list) else _("a single value")
    return Problem(
        "E108",
        document.path,
        START,
        _("file holds {found}; expected a mapping describing {shape}").format(
            found=found, shape=_(_shape(name))
        ),
        _("see the other files in the same folder for the expected layout"),
    )


def _shape(name: str) -> str:
    return next((kind.shape for kind in KINDS if kind.model_name == name), name)
