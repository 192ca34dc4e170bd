"""Shell completion from the repository at hand: action, period, theme and goal ids, bodies,
formats, rule codes and indicator slugs.

The proposals are attached to the click parameters by name (`attach`), not written into each
option: one table here, and the options' definitions (and their help texts) stay as they are.
A proposer is called on every Tab press: it reads the data only when it needs it, never
raises (a broken repository or a missing one gives no proposals) and prints nothing.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the loader (and pydantic) is imported only when a proposal needs data
    from kuopio_ohjelma.io.loader import LoadResult

# What a proposer gives: the candidate words, before the typed prefix filters them.
Words = Callable[["LoadResult"], Iterable[str]]


def _repository(ctx: Any) -> LoadResult | None:
    """The repository named by --root (before or after the command), else the nearest one."""
    from kuopio_ohjelma.io.loader import find_root, load_repository

    given = ctx.find_root().params.get("root") or _root_in_words()
    root = Path(given) if given else find_root(Path.cwd())
    if root is None:
        return None
    return load_repository(root)


def _root_in_words() -> str | None:
    """`ohjelma lint --root DIR --explain <Tab>`: the entry moves --root before the command
    when it runs, but the shell's words reach completion as typed."""
    with contextlib.suppress(ValueError):
        words = shlex.split(os.environ.get("COMP_WORDS", ""))
        for i, word in enumerate(words[:-1]):
            if word == "--root":
                return words[i + 1]
            if word.startswith("--root="):
                return word.removeprefix("--root=")
    return None


def action_ids(load: LoadResult) -> Iterable[str]:
    return [action.id for goal in load.goals for action in goal.model.actions]


def period_ids(load: LoadResult) -> Iterable[str]:
    return [period.id for period in load.info.model.periods] if load.info else []


def next_period_ids(load: LoadResult) -> Iterable[str]:
    """For `period open`: the first period of the year after the latest, and, when the
    programme has had several periods in a year, the next number in the latest's year."""
    from kuopio_ohjelma.core.periods import period_key

    if load.info is None or not load.info.model.periods:
        return []
    keys = [period_key(period.id) for period in load.info.model.periods]
    latest = max(keys)
    proposals = [f"1/{latest.year + 1}"]
    if any(key.number > 1 for key in keys):
        proposals.insert(0, f"{latest.number + 1}/{latest.year}")
    return proposals


def theme_ids(load: LoadResult) -> Iterable[str]:
    return [theme.id for theme in load.info.model.themes] if load.info else []


def goal_numbers(load: LoadResult) -> Iterable[str]:
    return [str(goal.model.number) for goal in load.goals]


def bodies(load: LoadResult) -> Iterable[str]:
    """Official names first, then the other spellings --owner accepts."""
    if load.registry is None:
        return []
    registry = load.registry.model.bodies
    return [body.name for body in registry] + [alias for body in registry for alias in body.aliases]


def indicator_slugs(load: LoadResult) -> Iterable[str]:
    return [loaded.stem for loaded in load.indicators]


def _without_data(words: Callable[[], Iterable[str]]) -> Callable[[Any], list[str]]:
    return lambda ctx: list(words())


def _with_data(words: Words) -> Callable[[Any], list[str]]:
    def propose(ctx: Any) -> list[str]:
        load = _repository(ctx)
        return list(words(load)) if load is not None else []

    return propose


def _lint_formats() -> Iterable[str]:
    from kuopio_ohjelma.lint.reporters import REPORTERS

    return REPORTERS


def _render_formats() -> Iterable[str]:
    from kuopio_ohjelma.report.renderers import RENDERERS

    return RENDERERS


def _diff_formats() -> Iterable[str]:
    from kuopio_ohjelma.diff.renderers import DIFF_RENDERERS

    return DIFF_RENDERERS


def _export_formats() -> Iterable[str]:
    from kuopio_ohjelma.export.build import FORMATS

    return FORMATS


def _rule_words() -> Iterable[str]:
    from kuopio_ohjelma.commands.rule_docs import explained_words

    return explained_words()


Proposer = Callable[[Any], list[str]]

# Parameter name → proposer, for every command that has the parameter.
_EVERYWHERE: dict[str, Proposer] = {
    "theme": _with_data(theme_ids),
    "goal": _with_data(goal_numbers),
    "owner": _with_data(bodies),
    "period": _with_data(period_ids),
    "from_period": _with_data(period_ids),
    "to_period": _with_data(period_ids),
}

# (command, parameter name) → proposer, where the same name means different things.
_BY_COMMAND: dict[tuple[str, str], Proposer] = {
    ("lint", "output_format"): _without_data(_lint_formats),
    ("lint", "explain"): _without_data(_rule_words),
    ("render", "output_format"): _without_data(_render_formats),
    ("diff", "output_format"): _without_data(_diff_formats),
    ("export", "output_format"): _without_data(_export_formats),
    ("set", "action_id"): _with_data(action_ids),
    ("show", "action_id"): _with_data(action_ids),
    ("open", "period_id"): _with_data(next_period_ids),
    ("remove", "period_id"): _with_data(period_ids),
    ("set", "slug"): _with_data(indicator_slugs),
    ("remove", "slug"): _with_data(indicator_slugs),
}


def attach(commands: Iterable[Any]) -> None:
    """Give the commands' parameters (and their subcommands') their proposers."""
    for command in commands:
        for param in command.params:
            proposer = _BY_COMMAND.get((command.name or "", param.name or ""))
            proposer = proposer or _EVERYWHERE.get(param.name or "")
            if proposer is not None:
                param._custom_shell_complete = _completer(proposer)
        attach(getattr(command, "commands", {}).values())  # a group's subcommands


def _completer(proposer: Proposer) -> Callable[[Any, Any, str], list[str]]:
    """click's form of a proposer (typer's own `autocompletion=` would filter the words by
    case, and is set where each option is written)."""

    def complete(ctx: Any, param: Any, incomplete: str) -> list[str]:
        try:
            words = proposer(ctx)
        except Exception:  # completion must never break the shell's line: no proposals then
            return []
        found = matching(words, incomplete)
        return [_bash_escaped(word) for word in found] if _bash_bare_word() else found

    return complete


def matching(words: Iterable[str], incomplete: str) -> list[str]:
    """The words that start with what was typed, case-insensitively (editors type 'kaup' for
    'Kaupunkiympäristön palvelualue'), each once (whatever its case), in the data's order."""
    typed = incomplete.casefold()
    found: dict[str, str] = {}  # an alias that differs only in case is the same proposal
    for word in words:
        if word.casefold().startswith(typed):
            found.setdefault(word.casefold(), word)
    return list(found.values())


# What bash would read as more than one word, or as something else than text.
_SHELL_SPECIAL = re.compile(r"""([\s'"\\()&;|<>$`!*?\[\]#~{}])""")


def _bash_escaped(word: str) -> str:
    r"""bash puts a proposal on the line as it is: 'Kuopio Health' must come as
    'Kuopio\ Health' to stay one word (the other shells get the words as they are)."""
    return _SHELL_SPECIAL.sub(r"\\\1", word)


def _bash_bare_word() -> bool:
    """Bash asks, and the word being completed was not begun with a quote (inside quotes the
    proposal goes in as it is). bash's script joins its words with newlines."""
    if os.environ.get("_OHJELMA_COMPLETE") != "complete_bash":
        return False
    try:
        current = os.environ.get("COMP_WORDS", "").split("\n")[int(os.environ["COMP_CWORD"])]
    except (KeyError, ValueError, IndexError):
        return True
    return not current.startswith(("'", '"'))
