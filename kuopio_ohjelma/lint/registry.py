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
        return first_paragraph(self.doc)

    @property
    def title(self) -> str:
        """A short name for a person, in the current language; `name` stays the stable
        machine name (JSON, SARIF, configuration)."""
        from kuopio_ohjelma.lint.titles import TITLES  # only rules and --explain show it

        return _(TITLES[self.code])


class Documented(NamedTuple):
    """A finding another command reports, documented as a rule is, so that `ohjelma rules`
    and `lint --explain` know it: the workbook findings of `sheet import` (sheets/codes.py).
    It has no check: its command finds it."""

    code: str
    name: str
    english_title: str
    severity: Severity
    english_doc: str

    @property
    def doc(self) -> str:
        return _(self.english_doc)

    @property
    def summary(self) -> str:
        return first_paragraph(self.doc)

    @property
    def title(self) -> str:
        return _(self.english_title)


def first_paragraph(doc: str) -> str:
    """The documentation's first paragraph on one line: `ohjelma rules` lists it."""
    return " ".join(doc.strip().split("\n\n")[0].split())


def documented(code: str, name: str, title: str, doc: str,
               severity: Severity = Severity.ERROR) -> Documented:
    """A finding's documentation (`title` marked with N_, `doc` as a rule's docstring:
    kuopio_ohjelma.locale.extract puts it in the catalogue)."""
    return Documented(code, name, title, severity, inspect.cleandoc(doc))


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
