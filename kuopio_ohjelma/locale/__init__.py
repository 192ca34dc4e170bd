"""User-facing words in each language: gettext catalogues, Finnish by default.

Messages are written in English in the code (`_("...")`) and translated in
`locale/fi/LC_MESSAGES/ohjelma.po`; the compiled `.mo` beside it ships in the wheel.
`scripts/catalogs` extracts, updates and compiles them; a test fails when a message has
no Finnish translation or the compiled catalogue is stale.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing itself is a tenth of a warm lint
if TYPE_CHECKING:
    import gettext

DOMAIN = "ohjelma"
LANGUAGES = ("fi", "en")
DEFAULT_LANGUAGE = "fi"
ENV_VARIABLE = "OHJELMA_LANG"
# A plain string: pathlib and gettext (with re) wait until a message is said; lint's answer
# from its cache says none (commands/lint_warm.py).
LOCALE_DIR = os.path.dirname(os.path.abspath(__file__))

_chosen: str | None = None
_catalogues: dict[str, gettext.NullTranslations] = {}


def set_language(lang: str | None) -> None:
    """Choose the language for this process (`--lang`); None falls back to OHJELMA_LANG.
    An unknown language raises LanguageError."""
    global _chosen  # one process, one language: the CLI sets it once, before any output
    _chosen = None if lang is None else checked_language(lang, "--lang")


class LanguageError(ValueError):
    """An unknown language asked for: a usage error (exit 2), worded in `lang`."""

    def __init__(self, message: str, lang: str) -> None:
        super().__init__(message)
        self.lang = lang

    def line(self) -> str:
        """The one line the command prints (the current language may be the unknown one)."""
        return gettext_in(self.lang, "ohjelma: error: {message}").format(message=self)


def current_language() -> str:
    """`--lang`, else OHJELMA_LANG, else Finnish. The command checks both first (see
    checked_language); an unknown value reaching here is a caller's mistake, never silent."""
    lang = _chosen or os.environ.get(ENV_VARIABLE) or DEFAULT_LANGUAGE
    return checked_language(lang, ENV_VARIABLE if not _chosen else "--lang")


def checked_language(value: str | None, where: str) -> str:
    """`value` when it names a language of ours; else LanguageError naming `where` it came
    from (`--lang`, OHJELMA_LANG) and the accepted values."""
    if value in LANGUAGES:
        return value
    # Worded in a language that works: the other setting if it is valid, else Finnish.
    words = next((w for w in (_chosen, os.environ.get(ENV_VARIABLE)) if w in LANGUAGES), None)
    lang = words or DEFAULT_LANGUAGE
    choices = ", ".join(LANGUAGES)
    if not value:
        message = gettext_in(lang, "no language given; choose one of {choices}")
    else:
        message = gettext_in(lang, "unknown language '{lang}'; choose one of {choices}")
    raise LanguageError(f"{where}: " + message.format(lang=value, choices=choices), lang)


def translation(lang: str) -> gettext.NullTranslations:
    """The catalogue of `lang` (read once); English is the source language and needs none."""
    found = _catalogues.get(lang)
    if found is None:
        import gettext

        found = (
            gettext.NullTranslations()
            if lang == "en"
            else gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)
        )
        _catalogues[lang] = found
    return found


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


# Thousands as each language groups them in running text: Finnish with a no-break space
# (as Babel's fi_FI and the report write 1 234), English with a comma.
_GROUP_SEPARATORS = {"fi": "\u00a0", "en": ","}


def grouped(count: int) -> str:
    """A whole number in a message, grouped by thousands in the current language: a size
    or count of five digits or more is hard to read bare (1048576, 10000)."""
    digits = f"{count:,}"
    if abs(count) < 10_000:  # Finnish style writes four digits ungrouped (5000 merkkiä)
        return str(count)
    return digits.replace(",", _GROUP_SEPARATORS.get(current_language(), "\u00a0"))
