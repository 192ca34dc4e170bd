"""What a quick edit may take as known, remembered in the cache (.ohjelma_cache/, io/cache.py).

- Files that loaded cleanly: an entry keyed on the file's kind, its *content* and the code
  says that exactly these bytes parsed and validated with no error, with what an edit needs
  of them (a programme's periods, scale and layout). A programme has an entry of its own;
  goal files, thousands in a large programme, share one (their content hashes). Loading
  cleanly is the loader's answer (parse and models), which no configuration changes: lint's
  settings choose and grade its rules, never what loads.
  Who remembers: `ohjelma lint` every file it loaded (cold, and again when it answers from
  its cache and the entry was lost); the full edits every goal file they loaded, and the
  goal files not yet known (so that after one full edit every edit is quick); a quick edit
  the file it wrote (see edit/quick.py for why that follows). A file changed in any other
  way is simply unknown: the full path loads and validates it as before.
- Where actions are: for each goal file, its size, times and inode, and the action ids its
  text mentions, so that finding an action's file reads only the files changed since.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kuopio_ohjelma.io.cache import Cache, code_fingerprint, content_hash, digest
from kuopio_ohjelma.io.files import (
    DATA_DIR,
    GOALS_DIR,
    PROGRAMME_FILE,
    DiskSource,
    Signature,
    signature,
    yaml_names,
)
from kuopio_ohjelma.io.text import MAX_FILE_BYTES

if TYPE_CHECKING:
    from kuopio_ohjelma.io.loader import LoadResult

PROGRAMME = "programme"
GOAL = "goal"
_VALID = "valid"
_GOALS = "valid-goals"
_INDEX = "goal-ids"
# Every id-shaped word: a superset of the actions a goal file declares (notes may mention
# others), as the byte search of the full path finds them.
_ACTION_ID = re.compile(rb"T[0-9]+\.[0-9]+")
_REREAD = 16
# Goal contents remembered at most: the newest are kept (a large programme has 1 300 goal
# files; a year of edits adds two per edit).
MAX_GOALS = 20_000


def _key(kind: str, raw: bytes) -> str:
    return _hash_key(kind, content_hash(raw))


def _hash_key(kind: str, content: str) -> str:
    return digest(code_fingerprint(), kind, content)


def remember(root: Path, kind: str, raw: bytes, facts: Any = None) -> None:
    """`raw` loaded with no error as `kind`; `facts` (plain data) is kept with it."""
    Cache(root).put(_VALID, _key(kind, raw), marshal.dumps(facts))


def recall(root: Path, kind: str, raw: bytes) -> tuple[bool, Any]:
    """(True, facts) when `raw` is known to load with no error as `kind`."""
    if kind == GOAL:
        return known_goal(root, raw), None
    stored = Cache(root).get(_VALID, _key(kind, raw))
    if stored is None:
        return False, None
    try:
        return True, marshal.loads(stored)
    except (EOFError, ValueError, TypeError):
        return False, None


def read_regular(path: Path) -> bytes | None:
    """A plain file's bytes (no link, device or oversized file: the full path reports those)."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        with open(path, "rb") as handle:
            # The size lstat saw plus a byte, then up to the limit only if the file grew:
            # asking for the limit allocated a megabyte per file (most of a cold index).
            wanted = info.st_size + 1
            data = handle.read(wanted)
            if len(data) == wanted:
                data += handle.read(MAX_FILE_BYTES + 1 - wanted)
    except OSError:
        return None
    return data if len(data) <= MAX_FILE_BYTES else None


def goal_files_mentioning(root: Path, action_id: str) -> list[Path] | None:
    """The goal files whose text mentions `action_id`, in the loader's order; None when the
    folder holds anything but plain files (the full path explains links and the like)."""
    index = goal_index(root)
    if index is None:
        return None
    folder, word = root / DATA_DIR / GOALS_DIR, f" {action_id} "
    return [folder / name for name, entry in index.items() if word in entry[4]]


IndexEntry = tuple[int, int, int, int, str, str]


def goal_index(root: Path, read: GoalReads | None = None) -> dict[str, IndexEntry] | None:
    """For each goal file, its size, times and inode, the ids its text mentions and its
    content hash (io/cache.content_hash), brought
    up to date (only the files changed since are read); None when the folder holds anything
    but plain files. Lint and the full edits bring it up to date too, so that the first
    quick edit after them reads nothing more. `read` (goal_reads) holds what a load has just
    read: a file whose signature is still the one seen before that read is not read again."""
    folder = root / DATA_DIR / GOALS_DIR
    cache = Cache(root)
    key = digest(code_fingerprint(), _INDEX)
    stored = _stored_index(cache.get(_INDEX, key))
    try:
        with os.scandir(folder) as entries:
            found = {entry.name: entry for entry in entries}
    except OSError:
        return None
    index: dict[str, IndexEntry] = {}
    changed = 0
    for name in yaml_names(list(found)):
        if not name.endswith(".yaml"):
            continue  # the loader reads only *.yaml; lint names the others
        try:
            info = found[name].stat(follow_symlinks=False)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        # Taken before the read: a file changed meanwhile differs from it next time.
        now = signature(info)
        entry = stored.get(name)
        if entry is None or len(entry) != 6 or entry[:4] != now:
            seen = read.get(name) if read else None
            raw = seen[1] if seen is not None and seen[0] == now else read_regular(folder / name)
            if raw is None:
                return None
            # The ids as one string " T1.1 T1.2 ": a tenth of the objects of a set to load.
            ids = {word.decode("ascii") for word in _ACTION_ID.findall(raw)}
            text_ids = "".join(f" {i} " for i in sorted(ids))
            entry, changed = (*now, text_ids, content_hash(raw)), changed + 1
        index[name] = entry
    # A few changed files (the one each edit writes) are cheaper to read again next time
    # than the whole index is to write.
    if changed > _REREAD or set(index) != set(stored):
        cache.put(_INDEX, key, marshal.dumps(index))
    return index


GoalReads = dict[str, tuple[Signature, bytes]]


def goal_reads(result: LoadResult) -> GoalReads:
    """The goal files `result` read from disk, by name: their signature then, and bytes."""
    folder = result.root / DATA_DIR / GOALS_DIR
    return {
        path.name: (result.signatures[path], document.source.raw)
        for path, document in result.documents.items()
        if path.parent == folder and path in result.signatures
    }


def _stored_index(stored: bytes | None) -> dict[str, Any]:
    if stored is None:
        return {}
    try:
        index = marshal.loads(stored)
    except (EOFError, ValueError, TypeError):
        return {}
    return index if isinstance(index, dict) else {}


class PeriodFacts(NamedTuple):
    id: str
    label: str


class StepFacts(NamedTuple):
    code: str
    label: str
    rank: int | None


class Layout(NamedTuple):
    """Where a new period's lines go in a programme's text (edit/period.insertion), and a
    digest of the text's data, to check a read-back against without parsing the old text."""

    at: int
    prefix: str
    digest: str


class ProgrammeFacts(NamedTuple):
    """What an edit needs of a programme that validated: its periods and its scale (and,
    once a period edit has parsed it, its layout)."""

    periods: list[PeriodFacts]
    scale: list[StepFacts]
    layout: Layout | None = None

    def plain(self) -> Any:
        layout = tuple(self.layout) if self.layout is not None else None
        return [list(map(tuple, self.periods)), list(map(tuple, self.scale)), layout]


def programme_facts(info: Any) -> ProgrammeFacts:
    """The facts of a validated model.ProgrammeInfo."""
    return ProgrammeFacts(
        [PeriodFacts(p.id, p.label) for p in info.periods],
        [StepFacts(s.code, s.label, s.rank) for s in info.scale],
    )


def remember_programme(
    root: Path, raw: bytes, facts: ProgrammeFacts, *, with_layout: bool = False
) -> None:
    """`raw` validated as the programme, with its facts (and its layout, parsed now)."""
    if with_layout and facts.layout is None:
        from kuopio_ohjelma.io.text import decode_source

        source, _problems = decode_source(programme_path(root), raw)
        if source is not None:
            facts = facts._replace(layout=layout_of(source.text)[0])
    remember(root, PROGRAMME, raw, facts.plain())


def recall_programme(root: Path) -> tuple[bytes, ProgrammeFacts] | None:
    """The programme's bytes and facts, when they are known to load with no error."""
    raw = read_regular(programme_path(root))
    if raw is None:
        return None
    found, plain = recall(root, PROGRAMME, raw)
    try:
        periods, scale, layout = plain
        facts = ProgrammeFacts(
            [PeriodFacts(*p) for p in periods],
            [StepFacts(*s) for s in scale],
            Layout(*layout) if layout is not None else None,
        )
    except (TypeError, ValueError):
        return None
    return (raw, facts) if found else None


def remember_goal(root: Path, raw: bytes) -> None:
    remember_goals(root, [content_hash(raw)])


def remember_goals(root: Path, hashes: Iterable[str]) -> None:
    """Goal files with these content hashes (io/cache.content_hash) loaded with no error."""
    goals = _goals(root)
    added = [value for value in hashes if value not in goals]
    if not added:
        return
    goals.update(dict.fromkeys(added))
    if len(goals) > MAX_GOALS:  # the oldest go: a dict keeps the order they came in
        for value in list(goals)[: len(goals) - MAX_GOALS]:
            del goals[value]
    Cache(root).put(_GOALS, _goals_key(), marshal.dumps(goals))


def known_goal(root: Path, raw: bytes) -> bool:
    return known_goal_hash(root, content_hash(raw))


def known_goal_hash(root: Path, hashed: str) -> bool:
    return hashed in _goals(root)


_loaded_goals: dict[Path, dict[str, None]] = {}


def _goals(root: Path) -> dict[str, None]:
    """The goal contents known to load cleanly, read once per process (and kept up to date
    by remember_goals)."""
    goals = _loaded_goals.get(root)
    if goals is None:
        stored = Cache(root).get(_GOALS, _goals_key())
        try:
            goals = marshal.loads(stored) if stored is not None else {}
        except (EOFError, ValueError, TypeError):
            goals = {}
        if not isinstance(goals, dict):
            goals = {}
        _loaded_goals[root] = goals
    return goals


def _goals_key() -> str:
    return digest(code_fingerprint(), _GOALS)


class Clean(NamedTuple):
    """What a load found clean: the programme (its content hash and facts, plain) and the
    content hashes of the goal files."""

    programme: tuple[str, Any] | None
    goals: list[str]


def loaded_cleanly(result: LoadResult) -> Clean:
    """The programme and the goal files that `result` loaded with no error."""
    failed = {p.path for p in result.errors}
    info, programme = result.info, None
    if info is not None and info.path not in failed:
        facts = programme_facts(info.model).plain()
        programme = (content_hash(info.document.source.raw), facts)
    goals = [content_hash(g.document.source.raw) for g in result.goals if g.path not in failed]
    return Clean(programme, goals)


def remember_clean(root: Path, clean: Clean) -> None:
    """Remember what a load found clean (an entry already there is kept: it may hold the
    programme's layout too)."""
    if clean.programme is not None:
        content, facts = clean.programme
        cache, key = Cache(root), _hash_key(PROGRAMME, content)
        if cache.get(_VALID, key) is None:
            cache.put(_VALID, key, marshal.dumps(facts))
    remember_goals(root, clean.goals)


def witness(clean: Clean) -> Any:
    """What lint's answer from its cache checks, without importing this module, to know that
    `clean` is still remembered (commands/lint_warm.py): the entries that must be there, and
    the shared entry that must hold every goal hash."""
    programme = clean.programme
    entries = () if programme is None else ((_VALID, _hash_key(PROGRAMME, programme[0])),)
    return (entries, (_GOALS, _goals_key()))


def goals_to_load(root: Path, needle: bytes | None = None) -> Callable[[Path], bool]:
    """The goal files an edit loads: those whose bytes hold `needle` (and those that cannot
    be read, which the loader reports), and those not known to load cleanly, so that they are
    known after this edit and the next edit of any of them is quick. The loader's own reads:
    no pipe, device or huge file is opened. Without a needle only learning is asked for: a
    folder that cannot be read is then left alone."""
    source = DiskSource(root)
    found = set()
    try:
        for path in source.yaml_files(root / DATA_DIR / GOALS_DIR):
            raw = source.read(path)
            if not isinstance(raw, bytes):
                if needle is not None:
                    found.add(path)
            elif (needle is not None and needle in raw) or not known_goal(root, raw):
                found.add(path)
    except OSError:
        if needle is not None:
            raise
        return _nothing
    return found.__contains__


def _nothing(path: Path) -> bool:
    return False


def learn_goals(root: Path) -> None:
    """Load the goal files not known yet and remember those that load with no error."""
    from kuopio_ohjelma.io.loader import load_repository

    with contextlib.suppress(OSError):  # a file that cannot be read stays unknown
        learnt = load_repository(root, only=goals_to_load(root))
        remember_goals(root, loaded_cleanly(learnt).goals)
    goal_index(root)


def programme_path(root: Path) -> Path:
    return root / DATA_DIR / PROGRAMME_FILE


def layout_of(text: str) -> tuple[Layout | None, Any]:
    """The text's layout for a new period and its data, from one parse."""
    import yaml

    from kuopio_ohjelma.edit.append import insertion

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError:
        return None, None
    finally:
        loader.dispose()
    place = insertion(text, node)
    digest = data_digest(data)
    if place is None or digest is None:
        return None, data
    return Layout(*place, digest), data


def data_digest(data: Any) -> str | None:
    """The same for equal plain data (JSON keeps the order of keys); None for other values."""
    import json

    try:
        return digest(json.dumps(data, ensure_ascii=False))
    except (TypeError, ValueError):
        return None
