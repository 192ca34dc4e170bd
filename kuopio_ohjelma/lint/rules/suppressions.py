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
        if "ohjelma:" not in document.source.text:
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


RULES = [unknown_suppression]
