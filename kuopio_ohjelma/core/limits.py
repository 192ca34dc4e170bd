"""How long a text given on the command line may be: one table, read before any command runs.

A 100 000-character `--label` was written into programme.yaml as given, and an unknown id of
that length was echoed back whole. A value past its limit is a paste gone wrong, so it is
refused (exit 2, nothing written) before any work; ordinary values are far below these.
Kept free of imports: the console entry asks before it loads anything (entry.py).
"""

from __future__ import annotations

# A status note: the most a workbook cell takes too (sheets/layout.py).
NOTE_LIMIT = 5000
# Short texts that end up in the data: a period's label, a unit, a source.
OPTION_LIMITS = {"--note": NOTE_LIMIT, "--label": 200, "--unit": 50, "--yksikkö": 50,
                 "--source": 500, "--lang": 20}
# Anything else (ids, periods, formats, paths): longer than any path a system allows.
OTHER_LIMIT = 4096


def too_long(argv: list[str]) -> tuple[str, int, int] | None:
    """The first value past its limit as (option or "", its length, the limit), else None."""
    words = iter(argv)
    for word in words:
        name, _sep, value = word.partition("=") if word.startswith("--") else (word, "", "")
        if name in OPTION_LIMITS:
            given = value if _sep else next(words, "")
            if len(given) > OPTION_LIMITS[name]:
                return name, len(given), OPTION_LIMITS[name]
        elif len(word) > OTHER_LIMIT:
            return "", len(word), OTHER_LIMIT
    return None
