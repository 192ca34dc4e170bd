"""The programme's own texts in a page of another language (WCAG 3.1.2, Language of Parts).

The programme is written in Finnish; `render --lang en` writes the page's own words in English
around it. Every piece of the programme's text (names, titles, notes, projects, bodies,
indicators, the scale's labels, period labels) is then marked `lang="fi"`, so that a screen
reader reads it with Finnish pronunciation and the browser hyphenates it as Finnish. In the
Finnish page nothing is added: the page's own `lang` already says it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.labels import mark_label_parts

if TYPE_CHECKING:
    from kuopio_ohjelma.model import ProgrammeInfo

# The language the programme's texts are written in (the source document's).
PROGRAMME_LANG = "fi"


def _safe(value: object) -> Markup:
    """Text escaped and inert, as the environment's finalize makes every printed value (a
    filter's Markup is not finalized again); Markup (a note with its `<br>`) as it is."""
    return value if isinstance(value, Markup) else escape(inert(str(value)))


def own_attribute(page_lang: str) -> Markup:
    """` lang="fi"` for an element whose whole text is the programme's (`<title>`), or
    nothing in a Finnish page."""
    return Markup("") if page_lang == PROGRAMME_LANG else Markup(f' lang="{PROGRAMME_LANG}"')


def own_text(page_lang: str) -> Callable[[object], Markup]:
    """The `fi` filter: the programme's text escaped, in `<span lang="fi">` when the page is in
    another language. Markup (a note with its `<br>`) is kept as it is."""
    if page_lang == PROGRAMME_LANG:
        return _safe
    start = Markup(f'<span lang="{PROGRAMME_LANG}">')

    def marked(text: object) -> Markup:
        shown = _safe(text)
        return start + shown + Markup("</span>") if shown else shown

    return marked


def mark_words(info: ProgrammeInfo, page_lang: str) -> Callable[[str], Markup]:
    """The `mark_words` filter: a row's mark in words, the scale's label (the programme's)
    marked apart from ours ('(uncertain)', 'not yet assessed')."""
    own = own_text(page_lang)

    def words(progress: str) -> Markup:
        label, ours = mark_label_parts(info, progress or None, page_lang)
        return Markup(" ").join(part for part in (own(label), _safe(ours)) if part)

    return words


def with_unit(page_lang: str) -> Callable[[str, str | None], Markup]:
    """The `unit` filter: a value as formatted ('1,234\u00a0henkilöä (2020)'), its unit (the
    programme's word) marked apart from the number; a unit of signs ('%') stays as it is."""
    own = own_text(page_lang)

    def marked(value: str, unit: str | None) -> Markup:
        if page_lang == PROGRAMME_LANG or not unit or not any(c.isalpha() for c in unit):
            return _safe(value)
        before, found, after = value.partition(f"\u00a0{unit}")
        if not found:
            return _safe(value)
        return _safe(before) + Markup("\u00a0") + own(unit) + _safe(after)

    return marked
