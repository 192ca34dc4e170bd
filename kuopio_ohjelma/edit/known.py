"""What a quick edit may take as known, remembered in the cache (.ohjelma_cache/, io/cache.py).

- Files that loaded cleanly: an entry keyed on the file's kind, its *content* and the code
  says that exactly these bytes parsed and validated with no error, with what an edit needs
  of them (a programme's periods, scale and layout). The full edit path remembers the files
  it loaded; a quick edit remembers the file it wrote (see edit/quick.py for why that
  follows). A file changed in any other way is simply unknown: the full path loads and
  validates it as before.
- Where actions are: for each goal file, its size, times and inode, and the action ids its
  text mentions, so that finding an action's file reads only the files changed since.
"""

from __future__ import annotations

import marshal
import os
import re
import stat
from pathlib import Path
from typing import Any, NamedTuple

from kuopio_ohjelma.io.cache import Cache, code_fingerprint, content_hash, digest
from kuopio_ohjelma.io.files import DATA_DIR, GOALS_DIR, PROGRAMME_FILE, yaml_names
from kuopio_ohjelma.io.text import MAX_FILE_BYTES

PROGRAMME = "programme"
GOAL = "goal"
_VALID = "valid"
_INDEX = "goal-ids"
# Every id-shaped word: a superset of the actions a goal file declares (notes may mention
# others), as the byte search of the full path finds them.
_ACTION_ID = re.compile(rb"T[0-9]+\.[0-9]+")
_REREAD = 16


def _key(kind: str, raw: bytes) -> str:
    return digest(code_fingerprint(), kind, content_hash(raw))


def remember(root: Path, kind: str, raw: bytes, facts: Any = None) -> None:
    """`raw` loaded with no error as `kind`; `facts` (plain data) is kept with it."""
    Cache(root).put(_VALID, _key(kind, raw), marshal.dumps(facts))


def recall(root: Path, kind: str, raw: bytes) -> tuple[bool, Any]:
    """(True, facts) when `raw` is known to load with no error as `kind`."""
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
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_FILE_BYTES else None


def goal_files_mentioning(root: Path, action_id: str) -> list[Path] | None:
    """The goal files whose text mentions `action_id`, in the loader's order; None when the
    folder holds anything but plain files (the full path explains links and the like)."""
    folder = root / DATA_DIR / GOALS_DIR
    cache = Cache(root)
    key = digest(code_fingerprint(), _INDEX)
    stored = _stored_index(cache.get(_INDEX, key))
    try:
        with os.scandir(folder) as entries:
            found = {entry.name: entry for entry in entries}
    except OSError:
        return None
    index: dict[str, tuple[int, int, int, int, str]] = {}
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
        signature = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
        entry = stored.get(name)
        if entry is None or entry[:4] != signature:
            raw = read_regular(folder / name)
            if raw is None:
                return None
            # The ids as one string " T1.1 T1.2 ": a tenth of the objects of a set to load.
            ids = {word.decode("ascii") for word in _ACTION_ID.findall(raw)}
            entry, changed = (*signature, "".join(f" {i} " for i in sorted(ids))), changed + 1
        index[name] = entry
    # A few changed files (the one each edit writes) are cheaper to read again next time
    # than the whole index is to write.
    if changed > _REREAD or set(index) != set(stored):
        cache.put(_INDEX, key, marshal.dumps(index))
    word = f" {action_id} "
    return [folder / name for name, entry in index.items() if word in entry[4]]


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
    remember(root, GOAL, raw)


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
