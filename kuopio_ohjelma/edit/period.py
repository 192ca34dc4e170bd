"""`ohjelma period open`: declare the next monitoring period."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from kuopio_ohjelma.core.periods import check_next, next_label
from kuopio_ohjelma.core.textsafe import hidden_characters
from kuopio_ohjelma.edit import known
from kuopio_ohjelma.edit.append import appended, compose
from kuopio_ohjelma.edit.assessments import refuse_control
from kuopio_ohjelma.edit.checked import (
    EditError,
    FileEdit,
    checked_edit,
    load_for_edit,
    load_rt_checked,
    refuse_unloaded,
)
from kuopio_ohjelma.io.parse import parse_bytes
from kuopio_ohjelma.io.text import SourceText
from kuopio_ohjelma.locale import _


class OpenedPeriod(NamedTuple):
    edit: FileEdit
    period_id: str
    label: str


def open_period(
    root: Path, period_id: str, label: str | None = None, *, force: bool = False
) -> OpenedPeriod:
    """Declare `period_id` after the latest; the label follows the latest one's pattern."""
    # programme.yaml is all it changes, but not on data that does not load: the goal files
    # not known to load cleanly are loaded too (and learnt below).
    result = load_for_edit(root, only=known.goals_to_load(root))
    refuse_unloaded(root, result)
    assert result.info is not None
    info = result.info.model
    check_next(info.periods, period_id, force=force)
    label = label if label is not None else next_label(info.periods, period_id)
    if not label:
        raise EditError(
            _("give the period's title with --label, e.g. --label \"Tilanne {period}\"").format(
                period=period_id
            )
        )
    check_label(label)
    edit = _declare(result.info.document, period_id, label)
    from kuopio_ohjelma.edit.lint_guard import refuse_if_strict  # lint: only when asked

    refuse_if_strict(root, [edit])
    _remember(root, result, edit, period_id, label)
    # Opening the period starts an editor's year: the goal files not known yet are learnt
    # now, so that the status edits after it are quick (edit/known.py).
    known.learn_goals(root)
    return OpenedPeriod(edit, period_id, label)


def _remember(root: Path, result: Any, edit: FileEdit, period_id: str, label: str) -> None:
    """The programme before and after (validated by checked_edit), for quick edits."""
    if any(p.path == edit.path for p in result.errors):
        return
    facts = known.programme_facts(result.info.model)
    known.remember_programme(root, edit.original, facts, with_layout=True)
    added = facts._replace(periods=[*facts.periods, known.PeriodFacts(period_id, label)])
    known.remember_programme(root, edit.new, added, with_layout=True)


def _declare(document: Any, period_id: str, label: str) -> FileEdit:
    from kuopio_ohjelma.model import ProgrammeInfo

    source = document.source
    entry = {"tunnus": period_id, "nimi": label}
    inserted = appended(source.text, compose(source.text), entry)
    if inserted is not None:
        edit = checked_edit(source, source.raw, inserted, ProgrammeInfo)
        written, _problems = parse_bytes(edit.path, edit.new)
        wanted = {**document.data, "kaudet": [*document.data["kaudet"], entry]}
        if written is not None and written.data == wanted:
            return edit
    return _rewritten(source, entry)


def _rewritten(source: SourceText, entry: dict[str, str]) -> FileEdit:
    from ruamel.yaml.comments import CommentedMap

    from kuopio_ohjelma.io.yaml_roundtrip import dump_rt
    from kuopio_ohjelma.model import ProgrammeInfo

    data = load_rt_checked(source)
    data["kaudet"].append(CommentedMap(entry))
    edit = checked_edit(source, source.raw, dump_rt(data), ProgrammeInfo)
    written, _problems = parse_bytes(edit.path, edit.new)
    if written is None or written.data["kaudet"][-1] != entry:
        raise EditError(_("the label could not be written faithfully; nothing was written"))
    return edit


def check_label(label: str) -> None:
    """A label is one visible line: refused with a plain message (exit 2), never written."""
    if not label.strip():
        raise EditError(_("--label must not be empty; write e.g. --label 'Tilanne 1/2025'"))
    refuse_control("--label", label)
    hidden = [ch for ch in label if ch in "\n\r" or ch in hidden_characters(label)]
    if hidden:
        raise EditError(
            _("--label holds a line break or invisible characters ({codes}); write it on "
              "one line with visible characters only").format(
                codes=", ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(hidden)))
        )


class RemovedPeriod(NamedTuple):
    edit: FileEdit
    period_id: str


def remove_period(root: Path, period_id: str) -> RemovedPeriod:
    """Take a period (a mistyped `period open`) out of `kaudet`, only while no goal or
    indicator file has an entry for it: removing it then loses nothing."""
    from kuopio_ohjelma.core.periods import parse_period, resolve_period

    parse_period(period_id)
    result = load_for_edit(root)
    refuse_unloaded(root, result)
    assert result.info is not None
    resolve_period(result.info.model.periods, period_id)  # unknown: said with a did-you-mean
    uses = _uses(root, result, period_id)
    if uses:
        raise EditError(
            _("period '{period}' has entries in {places}; nothing was removed. Fix the period "
              "there (if it was mistyped) or delete those entries, then run 'ohjelma period "
              "remove {period}' again").format(period=period_id, places=", ".join(uses))
        )
    edit = _undeclare(result.info.document.source, period_id)
    from kuopio_ohjelma.edit.lint_guard import refuse_if_strict

    refuse_if_strict(root, [edit])
    return RemovedPeriod(edit, period_id)


def _uses(root: Path, result: Any, period_id: str) -> list[str]:
    """Where files have entries for the period, as `file:line:col` (a CSV by its name)."""
    places: list[tuple[Path, int, int]] = []
    for goal in result.goals:
        for index, action in enumerate(goal.model.actions):
            if period_id in action.assessments:
                at = goal.document.key_position(("toimenpiteet", index, "seuranta", period_id))
                places.append((goal.path, at.line, at.col))
    for indicator in result.indicators:
        for index, observation in enumerate(indicator.model.observations):
            if observation.period == period_id:
                at = indicator.document.position(("havainnot", index, "kausi"))
                places.append((indicator.path, at.line, at.col))
        sidecar = result.sidecars.get(indicator.stem)
        if sidecar is not None and any(o.period == period_id for o in sidecar.observations):
            places.append((sidecar.path, 0, 0))
    return [
        f"{_shown(root, path)}:{line}:{col}" if line else _shown(root, path)
        for path, line, col in places
    ]


def _shown(root: Path, path: Path) -> str:
    return (path.relative_to(root) if path.is_absolute() else path).as_posix()


def _undeclare(source: SourceText, period_id: str) -> FileEdit:
    from kuopio_ohjelma.io.yaml_roundtrip import dump_rt
    from kuopio_ohjelma.model import ProgrammeInfo

    data = load_rt_checked(source)
    periods = data["kaudet"]
    index = next(i for i, period in enumerate(periods) if period["tunnus"] == period_id)
    del periods[index]
    return checked_edit(source, source.raw, dump_rt(data), ProgrammeInfo)
