"""Babel extractor: the usual `_()` / `N_()` / `ngettext()` calls, plus the rule docs.

Rule documentation lives in docstrings (`@rule`), in `loader_rule(code, name, doc)` and in
`documented(code, name, title, doc)` (findings of other commands), as the house style wants;
the registry translates the cleaned text, so that is what is extracted here (see
scripts/babel.cfg).
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

from babel.messages.extract import extract_python

# (line, function, message, comments), as Babel's extraction methods yield them.
Message = tuple[Any, ...]


def extract(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: dict[str, Any],
) -> Iterator[Message]:
    source = fileobj.read()
    fileobj.seek(0)
    yield from extract_python(fileobj, keywords, comment_tags, options)  # type: ignore[arg-type]
    if b"rule(" in source or b"documented(" in source:
        yield from _rule_docs(ast.parse(source))


# Calls that take a rule's documentation as an argument: the argument's place.
_DOC_ARGUMENT = {"loader_rule": 2, "documented": 3}


def _rule_docs(tree: ast.AST) -> Iterator[Message]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and any(
            _calls(d, "rule") for d in node.decorator_list
        ):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                yield node.lineno, None, inspect.cleandoc(doc), []
        elif isinstance(node, ast.Call):
            doc_node = _doc_argument(node)
            if isinstance(doc_node, ast.Constant) and isinstance(doc_node.value, str):
                yield node.lineno, None, inspect.cleandoc(doc_node.value), []


def _doc_argument(node: ast.Call) -> ast.expr | None:
    name = node.func.id if isinstance(node.func, ast.Name) else ""
    place = _DOC_ARGUMENT.get(name)
    return node.args[place] if place is not None and len(node.args) > place else None


def _calls(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
