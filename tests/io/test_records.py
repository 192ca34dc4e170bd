"""Lint's light records against the models: the same schema, the same values, the same answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydantic_core
import pytest
import yaml
from pydantic import BaseModel
from pydantic_core import ValidationError

from kuopio_ohjelma import model
from kuopio_ohjelma.io import compile_schema, records
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.io.validators import validator
from tests.conftest import INDICATORS

REPO = Path(__file__).parent.parent.parent
DATA = REPO / "data"


def _shipped() -> list[tuple[Path, str]]:
    files = [(DATA / "programme.yaml", "ProgrammeInfo")]
    files += [(DATA / "organisations.yaml", "BodyRegistry")]
    files += [(path, "Goal") for path in sorted((DATA / "goals").glob("*.yaml"))]
    files += [(path, "Indicator") for path in sorted((DATA / "indicators").glob("*.yaml"))]
    return files


def test_the_stored_schema_is_the_models_own() -> None:
    stored = compile_schema.TARGET.read_text(encoding="utf-8")
    assert stored == compile_schema.generate(), (
        f"model.py (or pydantic-core, now {pydantic_core.__version__}) changed but "
        f"{compile_schema.TARGET.name} did not: run `{compile_schema.COMMAND}` and commit it"
    )


def test_another_pydantic_core_takes_the_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema is pydantic-core's own format: with another version installed (pydantic
    allows a range), lint validates with the models rather than trust it."""
    assert type(load_repository(REPO, compiled=True).info.model) is records.ProgrammeInfo
    monkeypatch.setattr("kuopio_ohjelma.io.validators.PYDANTIC_CORE_VERSION", "2.0.0")
    assert type(load_repository(REPO, compiled=True).info.model) is model.ProgrammeInfo


# Every property and method the models define beyond their fields, by the model that has it.
_ANSWERS = {
    "ProgrammeInfo": ("shown_name", "allowed_progress"),
    "Assessment": ("uncertain", "base_code"),
    "BodyRef": ("shown",),
    "Action": ("projects", "bodies", "project_years", "project_parts"),
    "Goal": ("overview_title",),
    "Observation": ("when",),
    "Indicator": ("details", "shown"),
}


def _reads_the_same(light: Any, model_value: Any, where: str) -> None:
    """Field by field, and every answer the model gives beyond its fields."""
    if isinstance(model_value, BaseModel):
        name = type(model_value).__name__
        assert type(light) is getattr(records, name), where
        assert list(light.__dict__) == list(type(model_value).model_fields), where
        for field in type(model_value).model_fields:
            _reads_the_same(getattr(light, field), getattr(model_value, field), f"{where}.{field}")
        for answer in _ANSWERS.get(name, ()):
            got, expected = getattr(light, answer), getattr(model_value, answer)
            if callable(expected):
                got, expected = got(), expected()
            assert got == expected, f"{where}.{answer}"
    elif isinstance(model_value, list):
        assert isinstance(light, list) and len(light) == len(model_value), where
        for i, (a, b) in enumerate(zip(light, model_value, strict=True)):
            _reads_the_same(a, b, f"{where}[{i}]")
    elif isinstance(model_value, dict):
        assert isinstance(light, dict) and list(light) == list(model_value), where
        for key in model_value:
            _reads_the_same(light[key], model_value[key], f"{where}[{key}]")
    else:
        assert type(light) is type(model_value) and light == model_value, where


@pytest.mark.parametrize(("path", "name"), _shipped(), ids=lambda v: getattr(v, "name", v))
def test_the_shipped_data_reads_the_same(path: Path, name: str) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    light = validator(name).validate_python(data)
    _reads_the_same(light, getattr(model, name).model_validate(data), path.name)


def test_every_answer_of_the_models_is_checked() -> None:
    """A property added to a mixin is compared above too."""
    for name in compile_schema.COMPILED:
        assert getattr(records, name).__name__ == name
    mixins = [c for c in vars(model).values() if isinstance(c, type) and "Mixin" in c.__name__]
    asked = {answer for answers in _ANSWERS.values() for answer in answers}
    for mixin in mixins:
        own = {name for name in vars(mixin) if not name.startswith("_")}
        assert own <= asked, mixin.__name__


def test_a_record_keeps_no_fields_set_and_is_frozen() -> None:
    step = validator("ProgrammeInfo").validate_python(
        yaml.safe_load((DATA / "programme.yaml").read_text(encoding="utf-8"))
    ).scale[0]
    assert step.__pydantic_fields_set__ is None
    assert list(step.__dict__) == ["code", "label", "rank"]
    with pytest.raises(AttributeError, match="frozen"):
        step.code = "x"


def test_equality_is_the_models() -> None:
    check = validator("Observation").validate_python
    first, same, other = (check({"vuosi": 2020, "arvo": v}) for v in (1, 1, 2))
    assert first == same and hash(first) == hash(same)
    assert first != other
    assert first != model.Observation.model_validate({"vuosi": 2020, "arvo": 1})
    assert first.model_copy(update={"value": 2}) == other


def test_a_mistake_is_the_same_error() -> None:
    data = {"vuosi": "2020", "arvo": "71,2", "lisä": 1}
    with pytest.raises(ValidationError) as light:
        validator("Observation").validate_python(data)
    with pytest.raises(ValidationError) as pydantic:
        model.Observation.model_validate(data)
    assert light.value.errors(include_url=False) == pydantic.value.errors(include_url=False)


@pytest.mark.parametrize("root", [REPO, INDICATORS], ids=["shipped", "sidecar"])
def test_the_loaded_programme_reads_the_same(root: Path) -> None:
    """Through the loader, sidecar series and all: what lint's rules are handed."""
    light = load_repository(root, compiled=True)
    models = load_repository(root)
    assert light.problems == models.problems
    assert light.programme is not None and models.programme is not None
    for field in ("info", "goals", "indicators", "bodies"):
        _reads_the_same(getattr(light.programme, field), getattr(models.programme, field), field)
