"""The registry: every rule by code. `ohjelma rules`, `--explain` and the engine all read it."""

from __future__ import annotations

from kuopio_ohjelma.lint.registry import Rule
from kuopio_ohjelma.lint.rules import (
    files,
    identity,
    indicators,
    projects,
    references,
    schema,
    status,
)

_ALL: list[Rule] = [
    *files.RULES,
    *schema.RULES,
    *identity.RULES,
    *references.RULES,
    *status.RULES,
    *projects.RULES,
    *indicators.RULES,
]

REGISTRY: dict[str, Rule] = {rule.code: rule for rule in sorted(_ALL, key=lambda r: r.code)}
