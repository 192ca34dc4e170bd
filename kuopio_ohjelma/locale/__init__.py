"""User-facing words in each language: gettext catalogues, Finnish by default.

Messages are written in English in the code (`_("...")`) and translated in
`locale/fi/LC_MESSAGES/ohjelma.po`; the compiled `.mo` beside it ships in the wheel.
`scripts/catalogs` extracts, updates and compiles them; a test fails when a message has
no Finnish translation or the compiled catalogue is stale.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

DOMAIN = "ohjelma"
LANGUAGES = ("fi", "en")
DEFAULT_LANGUAGE = "fi"
LOCALE_DIR = Path(__file__).parent

_chosen: str | None = None


def set_language(lang: str | None) -> None:
    """Choose the language for this process (`--lang`); None falls back to OHJELMA_LANG."""
    global _chosen  # one process, one language: the CLI sets it once, before any output
    _chosen = lang


def current_language() -> str:
    """`--lang`, else OHJELMA_LANG, else Finnish; an unknown value falls back to Finnish."""
    lang = _chosen or os.environ.get("OHJELMA_LANG") or DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


@cache
def translation(lang: str) -> gettext.NullTranslations:
    """The catalogue of `lang`; English is the source language and needs none."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


def _(message: str) -> str:
    """`message` in the current language."""
    return translation(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The plural form for `count` in the current language (Finnish and English rules)."""
    return translation(current_language()).ngettext(singular, plural, count)


def gettext_in(lang: str, message: str) -> str:
    """`message` in a given language, for outputs with their own `--lang` (the report)."""
    return translation(lang if lang in LANGUAGES else DEFAULT_LANGUAGE).gettext(message)


def N_(message: str) -> str:
    """Mark a message for extraction where it is translated later (module-level tables)."""
    return message
