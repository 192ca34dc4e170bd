"""Pure comparison: how progress and notes moved between two periods or two revisions."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from kuopio_ohjelma.core.moves import Move, across_periods, classify
from kuopio_ohjelma.core.periods import find_period, previous_period
from kuopio_ohjelma.core.scope import Scope
from kuopio_ohjelma.indicators.series import in_order
from kuopio_ohjelma.programme import Programme
from kuopio_ohjelma.values.numbers import Number, yaml_number

if TYPE_CHECKING:  # the models: a period diff reads lint's light records, never pydantic
    from kuopio_ohjelma.model import (
        Action,
        Assessment,
        Body,
        BodyRef,
        Goal,
        Indicator,
        Observation,
        Project,
        Target,
    )

SUMMARY_KEYS = (
    "improved",
    "declined",
    "unchanged",
    "to-unknown",
    "from-unknown",
    "newly-assessed",
    "no-longer-assessed",
    "not-yet-assessed",
    "off-scale",
    "notes-changed",
)
# Shown by the text and Markdown summaries only when something counts there: data that
# lint passes has no mark off the scale.
RARE_KEYS = ("off-scale",)


class ActionChange(NamedTuple):
    """One action in one period: progress then and now, and whether the note changed."""

    theme: str
    goal: int
    action: str
    title: str
    period: str
    before: Assessment | None
    after: Assessment | None
    move: Move
    note_changed: bool
    since: str = ""  # the period of `before`: `period` itself between revisions
    update: bool = False  # a period only the new revision has: its assessments are the news

    @property
    def changed(self) -> bool:
        return self.move != Move.UNCHANGED or self.note_changed

    @property
    def note_change(self) -> str:
        """'added' (a note where there was none), 'removed' (emptied), 'changed', or ''."""
        if not self.note_changed:
            return ""
        if self.before is None or not self.before.note:
            return "added"
        return "removed" if self.after is None or not self.after.note else "changed"


class EntityChange(NamedTuple):
    """A goal, action, indicator, body or period added, removed or edited between revisions."""

    kind: str
    entity: str
    id: str
    title: str
    fields: tuple[tuple[str, str, str], ...] = ()


_ONLY: dict[str, Callable[[ActionChange], bool]] = {
    "all": lambda c: c.before is not None or c.after is not None,
    "changed": lambda c: c.move != Move.NOT_ASSESSED
    and (c.changed or c.update or c.move in (Move.NEWLY_ASSESSED, Move.NO_LONGER_ASSESSED)),
    "improved": lambda c: c.move == Move.IMPROVED,
    "declined": lambda c: c.move == Move.DECLINED,
}
ONLY_CHOICES = tuple(_ONLY)
# The Finnish word the help gives beside each choice, which an editor types (--only
# muuttuneet); machine output keeps the English choice.
ONLY_WORDS = {
    "kaikki": "all", "muuttuneet": "changed", "parantuneet": "improved", "heikentyneet": "declined"
}


def only_choice(word: str) -> str | None:
    """The choice `word` names, in English or in the help's Finnish; None for anything else."""
    word = word.strip().lower()
    return word if word in _ONLY else ONLY_WORDS.get(word)


def only_choices() -> str:
    """The choices as the help says them: 'all (kaikki), changed (muuttuneet), …'."""
    finnish = {choice: word for word, choice in ONLY_WORDS.items()}
    return ", ".join(f"{choice} ({finnish[choice]})" for choice in ONLY_CHOICES)


# The side of a revision diff that is the work tree: a stable value (the JSON's "to"); the
# human formats word it in the reader's language.
WORK_TREE = "worktree"


@dataclass(frozen=True)
class Diff:
    old_label: str
    new_label: str
    programme: Programme
    compared: list[ActionChange]
    only: str = "all"
    entities: list[EntityChange] = field(default_factory=list)

    @property
    def changes(self) -> list[ActionChange]:
        """The compared actions that `--only` lists."""
        return [change for change in self.compared if _ONLY[self.only](change)]

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts of everything compared, per theme id and in 'total', every key present."""
        table: dict[str, Counter[str]] = {t.id: Counter() for t in self.programme.info.themes}
        table["total"] = Counter()
        for change in self.compared:
            for key in _summary_keys(change):
                table.setdefault(change.theme, Counter())[key] += 1
                table["total"][key] += 1
        return {theme: {k: counts[k] for k in SUMMARY_KEYS} for theme, counts in table.items()}

    @property
    def has_differences(self) -> bool:
        """Anything moved in the compared scope (whatever --only lists): for --exit-code."""
        return bool(self.entities) or any(_ONLY["changed"](c) for c in self.compared)


def _summary_keys(change: ActionChange) -> list[str]:
    return [str(change.move)] + (["notes-changed"] if change.note_changed else [])


def compare_periods(programme: Programme, old: str, new: str, scope: Scope, only: str) -> Diff:
    changes = [
        _change(programme, goal, action, new, action.assessments.get(old), action, old)
        for goal, action in programme.all_actions()
        if scope.includes(goal, action)
    ]
    old_label, new_label = (find_period(programme.info.periods, p) for p in (old, new))
    return Diff(
        old_label.label if old_label else old,
        new_label.label if new_label else new,
        programme,
        changes,
        only,
    )


def compare_programmes(
    old: Programme, new: Programme, old_label: str, new_label: str, scope: Scope, only: str
) -> Diff:
    """What a change to the data did. A period on both sides: the assessments that differ
    (history edited). A period only on the new side (the yearly update): every action against
    the period before it on the new side, so the update shows and the rest is 'not yet
    assessed'."""
    old_ids = set(old.period_ids())
    old_actions = {action.id: action for _, action in old.all_actions()}
    changes = []
    for goal, action in new.all_actions():
        if not scope.includes(goal, action):
            continue
        for period in new.info.periods:
            if period.id not in old_ids:
                since = previous_period(new.info.periods, period.id)
                earlier = since.id if since else ""
                before = action.assessments.get(earlier)
                change = _change(new, goal, action, period.id, before, action, earlier)
                changes.append(change._replace(update=True))
                continue
            if action.id not in old_actions:
                continue  # a new action: listed with the structural changes
            before = old_actions[action.id].assessments.get(period.id)
            if before != action.assessments.get(period.id):
                changes.append(_change(new, goal, action, period.id, before, action, period.id))
    return Diff(old_label, new_label, new, changes, only, entity_changes(old, new))


def _change(
    programme: Programme,
    goal: Goal,
    action: Action,
    period: str,
    before: Assessment | None,
    now: Action,
    since: str,
) -> ActionChange:
    after = now.assessments.get(period)
    # A note written where there was none is a change too (a new assessment's note); a note
    # that goes with its whole assessment is not: the move says that. Across periods a new
    # assessment without a note removes nothing (the earlier period keeps its note): a mark
    # updated alone is not shown as a deleted note.
    earlier = before.note if before else ""
    note_changed = after is not None and earlier != after.note and (
        bool(after.note) or since == period
    )
    move = classify(programme.info, before, after)
    return ActionChange(
        goal.theme,
        goal.number,
        action.id,
        action.title,
        period,
        before,
        after,
        move if since == period else across_periods(move),
        note_changed,
        since,
    )


def entity_changes(old: Programme, new: Programme) -> list[EntityChange]:
    return [
        *_compare(
            "period",
            {p.id: p.label for p in old.info.periods},
            {p.id: p.label for p in new.info.periods},
            _title_only,
        ),
        *_compare(
            "goal",
            {str(g.number): g for g in old.goals},
            {str(g.number): g for g in new.goals},
            _goal_fields,
        ),
        *_compare(
            "action",
            {a.id: a for _, a in old.all_actions()},
            {a.id: a for _, a in new.all_actions()},
            _action_fields,
        ),
        *_compare("indicator", dict(old.indicators), dict(new.indicators), _indicator_fields),
        *_compare(
            "body", {b.name: b for b in old.bodies}, {b.name: b for b in new.bodies}, _body_fields
        ),
    ]


Fields = Callable[[object], list[tuple[str, str]]]


def _compare(
    entity: str, old: dict[str, Any], new: dict[str, Any], fields: Fields
) -> list[EntityChange]:
    result = []
    for key in new:
        if key not in old:
            result.append(EntityChange("added", entity, key, _title(new[key])))
            continue
        before, after = dict(fields(old[key])), dict(fields(new[key]))
        names = [*after, *(name for name in before if name not in after)]
        edits = tuple(
            (name, before.get(name, ""), after.get(name, ""))
            for name in names
            if before.get(name, "") != after.get(name, "")
        )
        if edits:
            result.append(EntityChange("edited", entity, key, _title(new[key]), edits))
    result += [
        EntityChange("removed", entity, key, _title(old[key])) for key in old if key not in new
    ]
    return result


def _title(item: object) -> str:
    for attribute in ("title", "name", "label"):
        value = getattr(item, attribute, None)
        if isinstance(value, str):
            return value
    return str(item)


def _title_only(item: object) -> list[tuple[str, str]]:
    return [("nimi", str(item))]


def _goal_fields(item: object) -> list[tuple[str, str]]:
    item = cast("Goal", item)
    return [
        ("nimi", item.title),
        ("lyhyt_nimi", item.short_title or ""),
        ("painopiste", item.theme),
        ("sitovat_tavoitteet", "\n".join(item.binding_targets)),
        ("huomautus", item.note or ""),
    ]


def _action_fields(item: object) -> list[tuple[str, str]]:
    item = cast("Action", item)
    return [
        ("nimi", item.title),
        ("hankkeet", "\n".join(item.projects)),
        ("vastuutahot", "\n".join(ref.shown for ref in item.body_refs)),
        ("huomautus", _notes(item.note, *item.project_items, *item.body_refs)),
    ]


def _notes(own: str | None, *parts: Project | BodyRef) -> str:
    """An action's editorial notes, its own first, then each project's and body's by name."""
    lines = [own] if own else []
    return "\n".join(lines + [f"{part.name}: {part.note}" for part in parts if part.note])


def _indicator_fields(item: object) -> list[tuple[str, str]]:
    """The indicator's description, then one field per value: 'arvo 2023' → '71.2'."""
    item = cast("Indicator", item)
    source = (item.source.name, item.source.url, item.source.licence) if item.source else ()
    return [
        ("nimi", item.name),
        ("tarkenne", item.qualifier or ""),
        ("lähde", ", ".join(filter(None, source))),
        ("erotin", item.separator),
        ("huomautus", item.note or ""),
        ("yksikkö", item.unit or ""),
        ("tavoitteet", "\n".join(_target_text(t) for t in item.targets)),
        *((f"arvo {o.when}", _observation_text(o)) for o in in_order(item.observations)),
    ]


class Quantity(str):
    """A field's text around a number ('2030 75.0 Tavoite', '71.2 (huomautus)'). As text it
    is the data's own form, with a decimal point (JSON keeps it); the text and Markdown
    diffs say the number in the reader's language (71,2)."""

    prefix: str
    number: Number
    suffix: str

    def __new__(cls, number: Number, *, prefix: str = "", suffix: str = "") -> Quantity:
        made = super().__new__(cls, f"{prefix}{yaml_number(number)}{suffix}")
        made.prefix, made.number, made.suffix = prefix, number, suffix
        return made


def _target_text(target: Target) -> str:
    year = f"{target.year} " if target.year else ""
    text = target.text or ""
    if target.value is None:
        return f"{year}{text}".strip()
    return Quantity(target.value, prefix=year, suffix=f" {text}" if text else "")


def _observation_text(observation: Observation) -> str:
    extra = "; ".join(filter(None, (observation.note, observation.source)))
    return Quantity(observation.value, suffix=f" ({extra})" if extra else "")


def _body_fields(item: object) -> list[tuple[str, str]]:
    item = cast("Body", item)
    return [
        ("aliakset", "\n".join(item.aliases)),
        ("voi_olla_sama", "\n".join(item.maybe_same)),
        ("huomautus", item.note or ""),
    ]


# SequenceMatcher's cost grows with the product of the two lengths: beyond this many word
# pairs (two notes of some 2 000 words that differ throughout) the change is shown as a
# plain before/after instead of making the reader wait.
MAX_WORD_PAIRS = 4_000_000


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The note's change word by word: ('same'|'removed'|'added', text) runs."""
    before, after = old.split(), new.split()
    head = common_prefix(before, after)
    tail = common_prefix(before[head:][::-1], after[head:][::-1])
    middle_a, middle_b = before[head : len(before) - tail], after[head : len(after) - tail]
    runs: list[tuple[str, str]] = [("same", " ".join(before[:head]))] if head else []
    if len(middle_a) * len(middle_b) > MAX_WORD_PAIRS:
        runs += [("removed", " ".join(middle_a)), ("added", " ".join(middle_b))]
    else:
        runs += _matched(middle_a, middle_b)
    if tail:
        runs.append(("same", " ".join(before[len(before) - tail :])))
    return runs


def common_prefix(a: list[str], b: list[str]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _matched(before: list[str], after: list[str]) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("same", " ".join(before[a1:a2])))
            continue
        if a2 > a1:
            runs.append(("removed", " ".join(before[a1:a2])))
        if b2 > b1:
            runs.append(("added", " ".join(after[b1:b2])))
    return runs
