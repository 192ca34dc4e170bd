"""The registry: every rule by code. `ohjelma rules`, `--explain` and the engine all read it."""

from __future__ import annotations

from kuopio_ohjelma.lint.registry import Rule
from kuopio_ohjelma.lint.rules import (
    files,
    identity,
    indicators,
    leftovers,
    plausibility,
    projects,
    references,
    schema,
    status,
    suppressions,
)

_ALL: list[Rule] = [
    *files.RULES,
    *schema.RULES,
    *identity.RULES,
    *references.RULES,
    *status.RULES,
    *projects.RULES,
    *indicators.RULES,
    *plausibility.RULES,
    *suppressions.RULES,
    *leftovers.RULES,
]

REGISTRY: dict[str, Rule] = {rule.code: rule for rule in sorted(_ALL, key=lambda r: r.code)}
_BY_NAME: dict[str, str] = {rule.name: rule.code for rule in REGISTRY.values()}


def find_rule(word: str) -> str | None:
    """The code of the rule that `word` names: a code in any case, or a rule name."""
    cleaned = word.strip()
    if cleaned.upper() in REGISTRY:
        return cleaned.upper()
    return _BY_NAME.get(cleaned.lower())


def rule_words() -> list[str]:
    """Every code and name, for 'did you mean' and completion."""
    return [*REGISTRY, *_BY_NAME]
