"""pydantic-core's validators of the models, built from their compiled schema (lint's path).

The schema is each model's own (io/compile_schema.py writes it, a test holds it equal); the
records it makes are the light ones of io/records.py, and pydantic itself is never imported.
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

import pydantic_core
from pydantic_core import SchemaValidator

from kuopio_ohjelma.io.compiled_schema import CONFIGS, PYDANTIC_CORE_VERSION, SCHEMAS


def compiled_fits() -> bool:
    """Whether the installed pydantic-core is the one the schema was written for. A core
    schema is pydantic-core's own format, which changes between its versions; with another
    version (pydantic allows a range) lint validates with the models, as every command does."""
    return pydantic_core.__version__ == PYDANTIC_CORE_VERSION


@cache
def validator(model_name: str) -> SchemaValidator:
    """The validator of one model of model.py (by its class name), built once per process."""
    # pydantic-core's TypedDicts describe what pydantic builds, not a literal read back from
    # a module: the stored schema is checked against the model's own instead.
    return SchemaValidator(cast(Any, SCHEMAS[model_name]), cast(Any, CONFIGS[model_name]))
