"""Jinja environments, filters and the renderer registry {format: renderer}."""

from __future__ import annotations

import os
import re
import traceback
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from kuopio_ohjelma.core.clock import source_date
from kuopio_ohjelma.core.scale import tone
from kuopio_ohjelma.core.textsafe import inert, inert_name
from kuopio_ohjelma.locale import N_, _
from kuopio_ohjelma.report.lang import mark_words, own_attribute, own_text, with_unit
from kuopio_ohjelma.report.markdown import md_cell, md_inline
from kuopio_ohjelma.report.notes import html_refs, md_refs
from kuopio_ohjelma.report.view import Report

Renderer = Callable[[Report, Path | None], str]

_LOCALES = {"fi": "fi_FI", "en": "en_GB"}


def html_lines(text: str) -> Markup:
    """Escaped text with its line breaks kept as <br>."""
    return Markup(_html_text(text))


def _html_text(text: str) -> str:
    """html_lines as plain text, for a filter that puts several pieces in one cell."""
    return str(escape(inert(text))).replace("\n", "<br>\n")


def _number(lang: str) -> Callable[[float], str]:
    return lambda value: format_decimal(value, locale=_LOCALES[lang])


def _percent(lang: str) -> Callable[[float], str]:
    return lambda value: format_percent(value, locale=_LOCALES[lang])


def build_date(lang: str, on: date | None = None) -> str:
    """A date only when asked for (--date, or SOURCE_DATE_EPOCH): output stays reproducible."""
    moment = on or (source_date() or None)
    if moment is None:
        return ""
    day = moment.date() if isinstance(moment, datetime) else moment
    return format_date(day, format="long", locale=_LOCALES[lang])


def _finalize(value: object) -> object:
    """Every value printed by a template: control and bidi-override characters made visible."""
    if type(value) is str or (isinstance(value, str) and not isinstance(value, Markup)):
        return inert(value)  # the common case first: tens of thousands of values
    return value


class ConfinedLoader(FileSystemLoader):
    """User templates: only regular files inside the folder, never a link out of it."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = Path(os.path.realpath(folder))

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        for searchpath in self.searchpath:
            candidate = Path(searchpath, *template.split("/"))
            if not candidate.exists():
                continue
            real = Path(os.path.realpath(candidate))
            if not real.is_relative_to(self.folder) or not real.is_file():
                raise TemplateError(
                    _(
                        "template {name} leads out of the templates folder or is not a file; "
                        "copy the file into the folder instead of linking to it"
                    ).format(name=inert(template))
                )
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as error:
            raise TemplateError(
                _("template {name} is not saved as UTF-8 (byte {offset}); save it as UTF-8"
                  ).format(name=inert(template), offset=error.start + 1)
            ) from None


def environment(user_templates: Path | None, lang: str, *, html: bool) -> Environment:
    """One environment for both formats.

    User templates (`--templates`, possibly from a pull request) are untrusted: they run in
    the sandbox, which refuses attribute tricks such as `cycler.__init__.__globals__`, and
    their loader refuses links out of their folder. Our own templates alone are part of the
    program and need no sandbox, whose check of every attribute read was a third of the
    time of a large report.
    """
    package = FileSystemLoader(str(files("kuopio_ohjelma.templates")))
    loaders: list[BaseLoader] = [package]
    if user_templates:
        loaders.insert(0, ConfinedLoader(user_templates))
    kind = SandboxedEnvironment if user_templates else Environment
    env = kind(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=html,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters.update(
        {
            "md": md_inline,
            "md_cell": md_cell,
            "lines": html_lines,
            "number": _number(lang),
            "percent": _percent(lang),
        }
    )
    env.globals["build_date"] = build_date(lang)
    return env


def _report_environment(report: Report, templates: Path | None, *, html: bool) -> Environment:
    env = environment(templates, report.lang, html=html)
    if report.date is not None:
        env.globals["build_date"] = build_date(report.lang, report.date)
    # Once per mark, not once per row: a report has a handful of marks and thousands of rows.
    env.filters["tone"] = cache(lambda progress: tone(report.programme.info, progress).value)
    env.filters.update(_footnote_filters(report.labels["note"], report.lang, html=html))
    if html:  # the programme's Finnish marked lang="fi" in a page of another language
        env.filters["fi"] = own_text(report.lang)
        env.filters["mark_words"] = mark_words(report.programme.info, report.lang)
        env.filters["unit"] = with_unit(report.lang)
        env.globals["fi_lang"] = own_attribute(report.lang)
    return env


def _footnote_filters(
    label: str, lang: str, *, html: bool
) -> dict[str, Callable[..., object]]:
    """`refs`: a piece's footnote markers; `cell`: marked pieces one per line, with markers."""
    if html:
        refs = html_refs(label)
        own = own_text(lang)
        # Once per distinct piece: the same bodies and projects recur in thousands of rows.
        piece = cache(lambda item: str(own(Markup(_html_text(item.text)))) + refs(item.notes))
        return {
            "refs": lambda numbers: Markup(refs(numbers)),
            "cell": lambda items: Markup("<br>\n".join(map(piece, items))),
        }
    return {
        "refs": md_refs,
        "cell": lambda items: "<br>".join(md_cell(i.text) + md_refs(i.notes) for i in items),
    }


def render_markdown(report: Report, templates: Path | None) -> str:
    env = _report_environment(report, templates, html=False)
    return _tidy(env.get_template("report.md.j2").render(report=report, L=report.labels))


def render_html(report: Report, templates: Path | None) -> str:
    env = _report_environment(report, templates, html=True)
    return env.get_template("report.html.j2").render(report=report, L=report.labels)


def _tidy(text: str) -> str:
    """One blank line between blocks, one newline at the end."""
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def template_problem(error: TemplateError) -> str:
    """A template mistake (usually in --templates) as file:line: message."""
    if isinstance(error, TemplateSyntaxError):
        return _("template {place}: {message}").format(
            place=inert(f"{error.filename or error.name}:{error.lineno}"),
            message=syntax_words(str(error.message or "")),
        )
    if isinstance(error, TemplateNotFound):
        return _("template not found: {name} (template names cannot leave their folder)").format(
            name=error.name
        )
    place = _template_place(error)
    if place is None:  # our own words (a loader refusal): they name the template
        return str(error.message or error)
    undefined = re.fullmatch(r"'([^']+)' is undefined", str(error.message or ""))
    if undefined:
        return _("template {place}: '{name}' is not defined (a misspelt name?); the report "
                 "offers 'report' and the filters").format(place=place, name=undefined[1])
    return _("template {place}: {message}").format(place=place, message=error.message or error)


# Jinja's own sentences for a template it cannot read, and ours in their place.
_SYNTAX = [
    (re.compile(r"Expected an expression, got '(?P<found>.*)'"),
     N_("a value or a name is missing here (found {found})")),
    (re.compile(r"Unexpected end of template\..*innermost block that needs to be closed is "
                r"'(?P<block>\w+)'", re.DOTALL),
     N_("the template ends before the block '{block}' is closed: add {{% end{block} %}}")),
    (re.compile(r"Encountered unknown tag '(?P<tag>\w+)'"),
     N_("unknown tag '{tag}': a misspelt tag, or an end tag without its start")),
    (re.compile(r"unexpected char (?P<char>'.+') at"),
     N_("the character {char} cannot stand here")),
    (re.compile(r"expected token '.*', got '(?P<found>.*)'"),
     N_("'{found}' cannot stand here: check that {{{{ is closed with }}}} and {{% with %}}")),
    (re.compile(r"unexpected '(?P<found>.*)'"),
     N_("'{found}' cannot stand here: check that {{{{ is closed with }}}} and {{% with %}}")),
]


# Jinja names the marks that close a tag in words.
_TOKENS = {"end of statement block": "%}", "end of print statement": "}}"}


def syntax_words(message: str) -> str:
    """Jinja's complaint about a template's syntax in the user's language (Jinja's words
    are English only)."""
    for pattern, words in _SYNTAX:
        found = pattern.search(message)
        if found:
            said = {k: inert_name(_TOKENS.get(v, v)) for k, v in found.groupdict().items()}
            return _(words).format(**said)
    return _("the template cannot be read from here on: check its {{% %}} and {{{{ }}}} marks "
             "on this line").format()


def template_failure(error: Exception) -> str | None:
    """A template that fails while it runs ({{ 1/0 }}, a value of the wrong kind): said at
    its file and line, never as an internal error. None when no template was running (then
    it is ohjelma's own failure)."""
    place = _template_place(error)
    if place is None:
        return None
    return _("template {place}: the expression on this line fails ({kind}); check it").format(
        place=place, kind=type(error).__name__
    )


def _template_place(error: BaseException) -> str | None:
    """file:line of the innermost template frame (Jinja rewrites tracebacks so that a
    template's frames carry its file name and line)."""
    place = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename.endswith(".j2") or "/templates/" in frame.filename:
            place = f"{inert(frame.filename)}:{frame.lineno}"
    return place


RENDERERS: dict[str, Renderer] = {"md": render_markdown, "html": render_html}
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
