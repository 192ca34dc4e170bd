"""Schema rules: the pydantic models' verdicts, placed at the offending key or value."""

from __future__ import annotations

from kuopio_ohjelma.lint.registry import loader_rule

RULES = [
    loader_rule(
        "E201",
        "missing-key",
        """A required key is missing.

        Why it matters: the report and the checks need it.
        Example: an action without `nimi:`.
        Use instead: add the key with its value.""",
    ),
    loader_rule(
        "E202",
        "wrong-type",
        """A value has the wrong type: a number or true/false where text is expected, a list
        where a mapping is expected, and so on.

        Why it matters: YAML reads `1.10` as the number 1.1 and `no` as text only in some
        versions; strict types turn such surprises into errors instead of changed data.
        Example: `tilanne: 1.10`.
        Use instead: `tilanne: "1.10"`.""",
    ),
    loader_rule(
        "E203",
        "unknown-key",
        """A key that the file does not know, often a typo; a close match is suggested.

        Why it matters: a misspelt key would otherwise be silently ignored.
        Example: `nimii: Kokeilut`.
        Use instead: `nimi: Kokeilut`.""",
    ),
    loader_rule(
        "E204",
        "invalid-value",
        """A value is not in the allowed form (an empty title, an action id not like `T1.2`,
        a period not like `1/2024`).

        Why it matters: ids and periods are matched across files; a malformed one breaks that.
        Example: `tunnus: 1.2`.
        Use instead: `tunnus: T1.2`.""",
    ),
]
