"""Every lint rule has a title an editor reads (`ohjelma rules`, `--explain`), translated;
its machine name, which configuration, JSON and SARIF read, stays as it was."""

from __future__ import annotations

from kuopio_ohjelma.lint.rules import REGISTRY
from kuopio_ohjelma.lint.titles import TITLES
from kuopio_ohjelma.locale import set_language


def test_every_rule_has_a_title_and_nothing_else_does() -> None:
    assert set(TITLES) == set(REGISTRY)


def test_titles_are_finnish_by_default_and_english_with_lang_en() -> None:
    try:
        set_language("fi")
        finnish = {code: rule.title for code, rule in REGISTRY.items()}
        set_language("en")
        english = {code: rule.title for code, rule in REGISTRY.items()}
    finally:
        set_language(None)
    assert finnish["E101"] == "Ei kelvollista YAMLia" and english["E101"] == "Not valid YAML"
    assert all(finnish[code] != english[code] for code in REGISTRY)
    assert len(set(finnish.values())) == len(REGISTRY)  # no two rules read alike
    assert all(rule.name != rule.title for rule in REGISTRY.values())
