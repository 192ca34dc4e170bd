"""Coverage-guided fuzzing of the edit path with atheris: load → status set → fmt → load.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_edit.py -max_total_time=600 -rss_limit_mb=2048 -timeout=10 fuzz/corpus

Each input is written as a goal file into a copy of the made-up test repository. If the
repository loads, `status set` changes one assessment of that goal and `fmt` formats it; each
step must either refuse cleanly (EditError, nothing written) or write a file that loads to
exactly the expected data: the old data with that one assessment changed, and after fmt the
same data again. Anything else (an exception, different data, a file that no longer loads)
is a bug; atheris saves the input as crash-*.
"""

from __future__ import annotations

import copy
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from kuopio_ohjelma.edit.checked import EditError, commit
    from kuopio_ohjelma.edit.fmt import format_files
    from kuopio_ohjelma.edit.status import StatusChange, set_status
    from kuopio_ohjelma.io.loader import load_repository

REPO = Path(__file__).resolve().parent.parent
ROOT = Path(tempfile.mkdtemp(prefix="ohjelma-fuzz-edit-")) / "mini"
shutil.copytree(REPO / "tests" / "fixtures" / "mini", ROOT)
GOAL = ROOT / "data" / "goals" / "02-toinen.yaml"
NOTES = ["Uusi arvio.", "rivi 1\nrivi 2", "tab\there", "2024-5-6 9:00:00", "no", "x: y",
         "rivi\u2028toinen", "ohjaus\x07", "  sisennys", "- lista", "\"lainaus\"", "ä" * 300]


def _goal_data() -> object:
    result = load_repository(ROOT)
    document = result.documents.get(GOAL)
    return None if document is None else copy.deepcopy(document.data)


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    note = NOTES[provider.ConsumeIntInRange(0, len(NOTES) - 1)]
    GOAL.write_bytes(provider.ConsumeBytes(20_000))
    result = load_repository(ROOT)
    goal = next((g for g in result.goals if g.path == GOAL), None)
    if goal is None or not goal.model.actions:
        return
    action = goal.model.actions[0]
    if sum(a.id == action.id for g in result.goals for a in g.model.actions) != 1:
        return  # the id is also in another goal (lint reports it); status set picks the first
    before = copy.deepcopy(goal.document.data)
    try:
        edit = set_status(ROOT, StatusChange(action.id, None, "+", note))
        commit(edit)
    except EditError:
        assert GOAL.read_bytes() == goal.document.source.raw, "a refusal wrote something"
        return
    after = _goal_data()
    assert isinstance(after, dict), "status set wrote a file that does not load"
    period = result.info.model.periods[-1].id if result.info else None
    expected = before
    expected["toimenpiteet"][0].setdefault("seuranta", {})
    if not isinstance(expected["toimenpiteet"][0]["seuranta"], dict):
        expected["toimenpiteet"][0]["seuranta"] = {}
    expected["toimenpiteet"][0]["seuranta"][period] = {"eteneminen": "+", "tilanne": note.strip()}
    assert after == expected, "status set changed more than its assessment"
    edits, _ = format_files(load_repository(ROOT), [GOAL])
    for edit in edits:
        commit(edit)
    assert _goal_data() == after, "fmt changed the data"


if __name__ == "__main__":
    corpus = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")]
    for folder in corpus:
        if not folder.is_file():
            folder.mkdir(parents=True, exist_ok=True)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
