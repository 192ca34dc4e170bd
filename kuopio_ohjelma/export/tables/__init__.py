"""The registry of the package's tables, in the order datapackage.json and the guide list them.

A new table is one Resource appended here; the CSV writer, the Table Schema, datapackage.json
and the field guide all read this list.
"""

from __future__ import annotations

from kuopio_ohjelma.export.schema import Resource
from kuopio_ohjelma.export.tables.actions import ACTIONS, ASSESSMENTS, PROJECTS
from kuopio_ohjelma.export.tables.bodies import (
    ACTION_BODIES,
    BODIES,
    BODY_ALIASES,
    BODY_MAYBE_SAME,
)
from kuopio_ohjelma.export.tables.indicators import (
    INDICATORS,
    OBSERVATIONS,
    TARGETS,
    THEME_INDICATORS,
)
from kuopio_ohjelma.export.tables.programme import BINDING_TARGETS, GOALS, PERIODS, SCALE, THEMES

RESOURCES: list[Resource] = [
    PERIODS,
    SCALE,
    THEMES,
    GOALS,
    BINDING_TARGETS,
    ACTIONS,
    PROJECTS,
    ASSESSMENTS,
    BODIES,
    BODY_ALIASES,
    BODY_MAYBE_SAME,
    ACTION_BODIES,
    INDICATORS,
    THEME_INDICATORS,
    TARGETS,
    OBSERVATIONS,
]
