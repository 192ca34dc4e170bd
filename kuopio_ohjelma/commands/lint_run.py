"""The lint hot path, shared by the typer command and the front door, free of typer.

`ohjelma lint` runs on every commit and in every CI job. Typer builds a pydantic adapter per
parameter when it parses a command line, which costs more than the whole check of a small
repository; so the plainest calls (`lint`, `--format`, `--strict`, `--no-cache`, `--root`,
`--lang`) are recognised here without typer. Anything else, and any mistake in the call or
the configuration, goes to typer, which reports it exactly as before.
"""

from __future__ import annotations

import gc
import marshal
import sys
from pathlib import Path
from typing import Any, NamedTuple

from kuopio_ohjelma.commands.common import UsageError, write_output
from kuopio_ohjelma.commands.edit_run import plain_root
from kuopio_ohjelma.commands.lint_warm import (
    answer,
    color_wanted,
    lint_key,
    missed_fingerprint,
    parse,
)
from kuopio_ohjelma.commands.lint_warm import default_format as default_format
from kuopio_ohjelma.core.lines import WIDTH, output_width
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.io.cache import Cache, data_fingerprint


class LintCall(NamedTuple):
    """What changes lint's answer, beyond the data and the code."""

    root: Path
    output_format: str
    color: bool
    strict: bool
    paths: tuple[Path, ...] = ()
    verbose: bool = False
    width: int = WIDTH  # of the text report's lines: the terminal's, else 80

    def key(self, data: str) -> str:
        from kuopio_ohjelma.locale import current_language

        options = (self.output_format, str(self.color), str(self.strict), str(self.verbose),
                   str(self.width))
        words = (*options, current_language(), *map(str, self.paths))
        return lint_key(str(self.root), data, words)


def run(
    call: LintCall, output_file: Path | None, *, use_cache: bool, data: str | None = None
) -> int:
    """Lint (or replay the cached answer to the same question), write the report, and return
    the exit code. A bad configuration raises ConfigError before anything is written. `data`
    is the data's fingerprint when the caller has just worked it out (the front door, after
    the cache missed)."""
    cache = Cache(call.root, enabled=use_cache)
    if use_cache and data is None:
        data = data_fingerprint(call.root)
    key = call.key(data) if use_cache and data is not None else None
    stored = cache.get("lint", key) if key is not None else None
    if stored is not None:
        text, code, note = answer(str(call.root), stored)
    else:
        linted = _lint(call, learn=use_cache)
        text, code, note, clean = linted[:4]
        witness = _remember_clean(call.root, clean, linted.reads) if use_cache else None
        if data is not None and linted.warnings is not None and not call.paths:
            from kuopio_ohjelma.commands.lint_verdict import remember_clean

            remember_clean(call.root, data, linted.warnings)  # for render to take as known
        if key is not None:
            cache.put("lint", key, marshal.dumps((text, code, note, clean, witness)))
    # Remembered as lint's own output only where it may write its cache (not --no-cache).
    write_output(text, output_file, root=call.root if use_cache else None)
    if note:
        sys.stderr.write(note)
    return int(code)


def _remember_clean(root: Path, clean: Any, reads: Any) -> Any:
    """The files that loaded with no error, and where the actions are, for the next edit to
    take as known: a status set right after lint is quick (edit/known.py). Returns what a
    cached answer checks to say it again if it was lost meanwhile (commands/lint_warm.py;
    the index of actions, which only saves time, is left to the next edit then). `reads` are
    the goal files' bytes as the load read them (edit/known.goal_reads): not read again."""
    from kuopio_ohjelma.edit import known

    remembered = known.Clean(*clean)
    known.remember_clean(root, remembered)
    known.goal_index(root, reads)
    return known.witness(remembered)


class Linted(NamedTuple):
    text: str
    code: int
    note: str  # for standard error: why --strict failed
    clean: Any  # what loaded cleanly (edit/known.Clean, as plain data)
    reads: Any  # the goal files' bytes as read (edit/known.goal_reads)
    warnings: int | None  # how many warnings, when there is no error (else None)


def _lint(call: LintCall, *, compiled: bool = True, learn: bool = True) -> Linted:
    """The report, the exit code, a note for standard error, what loaded cleanly and what
    was read (with `learn` only: for the cache, which --no-cache neither reads nor writes).

    Lint validates with the models' compiled schema (io/records.py), so that a clean run
    never imports pydantic; `compiled=False` (tests only) validates with the models."""
    from kuopio_ohjelma.edit.known import goal_reads, loaded_cleanly
    from kuopio_ohjelma.io.loader import load_repository, paused_gc
    from kuopio_ohjelma.lint.config import load_config
    from kuopio_ohjelma.lint.engine import exit_code, lint
    from kuopio_ohjelma.lint.reporters import REPORTERS, strict_reason
    from kuopio_ohjelma.lint.rules import REGISTRY, find_rule
    from kuopio_ohjelma.locale import _
    from kuopio_ohjelma.problems import Severity

    if call.output_format not in REPORTERS:
        raise UsageError(_("unknown format '{format}'").format(format=shown(call.output_format)))
    config = load_config(call.root, REGISTRY, resolve=find_rule)
    with paused_gc():
        loaded = load_repository(call.root, compiled=compiled)
        clean = tuple(loaded_cleanly(loaded)) if learn else None
        report = lint(loaded, config, only=call.paths or None)._replace(
            verbose=call.verbose, width=call.width)
        # What was loaded stays to the end: the collector, enabled again, need not walk it.
        gc.freeze()
    code = exit_code(report, strict=call.strict)
    reason = strict_reason(report) if call.strict and code else ""
    note = f"ohjelma: {reason}\n" if reason else ""
    text = REPORTERS[call.output_format](report, call.color)
    counts = report.counts()
    warnings = None if counts[Severity.ERROR] else counts[Severity.WARNING]
    return Linted(text, code, note, clean, goal_reads(loaded) if learn else None, warnings)


def front_door(argv: list[str]) -> int | None:
    """Run `ohjelma [--root R] [--lang L] lint [-f F] [--strict] [--no-cache]` without typer;
    None when the call is anything else or needs typer to explain a mistake."""
    options = parse(argv)
    root = plain_root(options) if options is not None else None
    if options is None or root is None:
        return None
    chosen = options.get("format") or default_format()
    color = chosen == "text" and color_wanted(sys.stdout)
    call = LintCall(root, chosen, color, "strict" in options, width=output_width(sys.stdout))
    use_cache = "no-cache" not in options
    data = missed_fingerprint(str(root)) if use_cache else None
    return run(call, None, use_cache=use_cache, data=data)
