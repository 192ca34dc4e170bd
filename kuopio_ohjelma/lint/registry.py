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
    # Configuration chooses rules, never what loads: a protected rule's findings (data that
    # does not load, or that the report cannot show, such as an off-scale mark) cannot be
    # ignored, made warnings or disabled inline (lint/protected.py says so when one tries).
    protected: bool = False

    @property
    def doc(self) -> str:
        """The documentation in the current language (the docstring is the msgid)."""
        return _(self.english_doc)

    @property
    def summary(self) -> str:
        return " ".join(self.doc.strip().split("\n\n")[0].split())


def rule(
    code: str, name: str, severity: Severity = Severity.ERROR, *, protected: bool = False
) -> Callable[[Check], Rule]:
    """Turn a check into a Rule; its docstring is the rule's documentation (translated by
    its cleaned text; kuopio_ohjelma.locale.extract puts it in the catalogue)."""

    def wrap(check: Check) -> Rule:
        doc = inspect.cleandoc(check.__doc__ or name)
        return Rule(code, name, severity, doc, check, protected)

    return wrap


def loader_rule(code: str, name: str, doc: str, severity: Severity = Severity.ERROR) -> Rule:
    """A rule whose check runs while files load (one parse per file); it reports those findings."""

    def check(context: LintContext) -> Iterator[Problem]:
        return (p for p in context.load.problems if p.code == code)

    # Every error the loader finds means the data does not load: protected.
    return Rule(code, name, severity, inspect.cleandoc(doc), check, severity is Severity.ERROR)
