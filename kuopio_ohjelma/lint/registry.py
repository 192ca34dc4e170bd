"""Rule records and the decorator that makes one from a check function and its docstring."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import NamedTuple

from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Problem, Severity

Check = Callable[[LintContext], Iterator[Problem]]


class Rule(NamedTuple):
    code: str
    name: str
    severity: Severity
    english_doc: str
    check: Check

    @property
    def doc(self) -> str:
        """The documentation in the current language (the docstring is the msgid)."""
        return _(self.english_doc)

    @property
    def summary(self) -> str:
        return " ".join(self.doc.strip().split("\n\n")[0].split())


def rule(code: str, name: str, severity: Severity = Severity.ERROR) -> Callable[[Check], Rule]:
    """Turn a check into a Rule; its docstring is the rule's documentation (translated by
    its cleaned text; kuopio_ohjelma.locale.extract puts it in the catalogue)."""

    def wrap(check: Check) -> Rule:
        return Rule(code, name, severity, inspect.cleandoc(check.__doc__ or name), check)

    return wrap


def loader_rule(code: str, name: str, doc: str, severity: Severity = Severity.ERROR) -> Rule:
    """A rule whose check runs while files load (one parse per file); it reports those findings."""

    def check(context: LintContext) -> Iterator[Problem]:
        return (p for p in context.load.problems if p.code == code)

    return Rule(code, name, severity, inspect.cleandoc(doc), check)
