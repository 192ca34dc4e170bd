"""Suppression rules: a disable comment must name rules that exist."""

from __future__ import annotations

from collections.abc import Iterator

from kuopio_ohjelma.core.suggest import did_you_mean
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import rule
from kuopio_ohjelma.lint.suppress import suppressions
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Problem, Severity


@rule("W114", "unknown-suppression", Severity.WARNING)
def unknown_suppression(context: LintContext) -> Iterator[Problem]:
    """A `# ohjelma: disable=…` comment names a rule that does not exist.

    Why it matters: the finding it was meant to silence is still reported, or a typo hides
    that nothing is silenced at all.
    Example: `# ohjelma: disable=W4O3` (letter O instead of zero).
    Use instead: a rule code or name from `ohjelma rules`, e.g. `disable=W403` or
    `disable=empty-note` (codes may be written in lower case).
    """
    from kuopio_ohjelma.lint.rules import find_rule, rule_words

    for path, document in context.load.documents.items():
        if not document.source.contains("ohjelma:"):
            continue
        for number, line in enumerate(document.source.text.split("\n"), start=1):
            for found in suppressions(line, number, find_rule):
                if found.code is None:
                    yield Problem(
                        "W114",
                        path,
                        found.position,
                        _("'{word}' in the disable comment is not a rule code or name").format(
                            word=found.word
                        ),
                        did_you_mean(found.word, rule_words(), list_all=False)
                        or _("see the codes and names with: ohjelma rules"),
                    )


@rule("W119", "protected-rule", Severity.WARNING)
def protected_rule(context: LintContext) -> Iterator[Problem]:
    """A setting or a disable comment tries to switch off a rule that cannot be switched off.

    Why it matters: configuration chooses rules, never what loads. Data that does not load
    (E1xx errors, E2xx, E601, E602) or that the report cannot show (E401, a mark off the
    scale) would otherwise reach the report, a workbook or the open data; so those findings
    are always errors, whatever `ignore`, `select`, `severity` or `# ohjelma: disable=` say,
    and this warning points at the setting that is not obeyed.
    Example: `ignore = ["E"]` in ohjelma.toml, or `eteneminen: "x"  # ohjelma: disable=E401`.
    Use instead: remove the setting or comment and fix the data.
    """
    from kuopio_ohjelma.lint.rules import REGISTRY, find_rule

    for path, document in context.load.documents.items():
        if not document.source.contains("ohjelma:"):
            continue
        for number, line in enumerate(document.source.text.split("\n"), start=1):
            for found in suppressions(line, number, find_rule):
                if found.code is not None and REGISTRY[found.code].protected:
                    yield Problem(
                        "W119",
                        path,
                        found.position,
                        _("'{word}' cannot be disabled: {code} means the data does not load or "
                          "cannot be shown, so it is always reported").format(
                            word=found.word, code=found.code),
                        _("remove '{word}' from the comment and fix the data").format(
                            word=found.word),
                    )


RULES = [unknown_suppression, protected_rule]
