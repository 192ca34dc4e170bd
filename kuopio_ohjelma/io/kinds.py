"""The kinds of data file: where each lives, which model it holds. The one table to ask."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

# Re-exported: the names live in io/files, free of pydantic, for the start-up path.
from kuopio_ohjelma.io.files import BODIES_FILE as BODIES_FILE
from kuopio_ohjelma.io.files import DATA_DIR as DATA_DIR
from kuopio_ohjelma.io.files import GOALS_DIR as GOALS_DIR
from kuopio_ohjelma.io.files import INDICATORS_DIR as INDICATORS_DIR
from kuopio_ohjelma.io.files import PROGRAMME_FILE as PROGRAMME_FILE
from kuopio_ohjelma.locale import N_

if TYPE_CHECKING:
    from pydantic import BaseModel

    from kuopio_ohjelma.model import BodyRegistry, Goal, Indicator, ProgrammeInfo

M = TypeVar("M", bound="BaseModel")


@dataclass(frozen=True, kw_only=True)
class FileKind(Generic[M]):
    """One kind of data file: a single file (`data/programme.yaml`) or a folder of them."""

    name: str
    model_name: str  # the model in model.py, and lint's light record of the same name
    place: str  # relative to data/: a file name, or a folder holding one file per item
    many: bool
    required: bool
    title: str  # Finnish, for the editor's schema
    description: str  # Finnish, for the editor's schema
    shape: str  # what the file should look like, for "wrong shape" messages

    @property
    def model(self) -> type[M]:
        """The pydantic model: imported when asked for, not on lint's path (io/records.py)."""
        from kuopio_ohjelma import model

        return cast("type[M]", getattr(model, self.model_name))

    def folder(self, root: Path) -> Path:
        return root / DATA_DIR / self.place


PROGRAMME: FileKind[ProgrammeInfo] = FileKind(
    name="programme", model_name="ProgrammeInfo", place=PROGRAMME_FILE,
    many=False, required=True, title="Ohjelma",
    description="data/programme.yaml: ohjelman tekstit, asteikko, seurantakaudet ja painopisteet.",
    shape=N_("the programme (nimi, strategia, kaudet, painopisteet…)"),
)
ORGANISATIONS: FileKind[BodyRegistry] = FileKind(
    name="organisations", model_name="BodyRegistry", place=BODIES_FILE,
    many=False, required=False, title="Vastuutahot",
    description="data/organisations.yaml: vastuutahot virallisine nimineen ja aliaksineen.",
    shape=N_("the registry of responsible bodies (vastuutahot: …)"),
)
GOAL: FileKind[Goal] = FileKind(
    name="goal", model_name="Goal", place=GOALS_DIR,
    many=True, required=True, title="Tavoite",
    description="data/goals/NN-nimi.yaml: yksi tavoite toimenpiteineen.",
    shape=N_("one goal (numero, painopiste, nimi, toimenpiteet…)"),
)
INDICATOR: FileKind[Indicator] = FileKind(
    name="indicator", model_name="Indicator", place=INDICATORS_DIR,
    many=True, required=True, title="Mittari",
    description="data/indicators/nimi.yaml: yksi mittari.",
    shape=N_("one indicator (nimi, lähde…)"),
)

KINDS: tuple[FileKind[Any], ...] = (PROGRAMME, ORGANISATIONS, GOAL, INDICATOR)


@lru_cache(maxsize=16384)
def kind_of(path: Path) -> FileKind[Any] | None:
    """The kind of a data file from its place under data/ (None for anything else).

    Remembered: lint's rules ask it of every file several times (each ask built the
    parent paths anew, a tenth of the rules' time on a large repository)."""
    parent = path.parent
    for kind in KINDS:
        if kind.many and parent.name == kind.place and parent.parent.name == DATA_DIR:
            return kind
        if not kind.many and path.name == kind.place and parent.name == DATA_DIR:
            return kind
    return None


def is_kind(path: Path, kind: FileKind[Any]) -> bool:
    return kind_of(path) is kind
