"""Rule cases as data: each YAML file under cases/ edits the mini repository and lists the
exact findings (path:line:col: CODE) that lint must report, no more and no fewer, and
fragments of what the editor reads: `messages` in Finnish (the default), `messages_en` in
English."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.lint.config import load_config
from kuopio_ohjelma.lint.engine import exit_code, lint
from kuopio_ohjelma.lint.reporters import text_report
from kuopio_ohjelma.lint.rules import REGISTRY, find_rule
from kuopio_ohjelma.locale import set_language
from tests.helpers import UNWRAPPED

CASES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))
# The hardening corpus runs here in-process too (quick loop); tests/hardening/test_corpus.py
# runs every case through the real command as well (slow).
HARDENING = sorted((Path(__file__).parent.parent / "hardening" / "cases").glob("*.yaml"))


def _load_case(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return data


def apply_case(root: Path, case: dict[str, Any]) -> None:
    for name, pairs in (case.get("replace") or {}).items():
        target = root / name
        text = target.read_text(encoding="utf-8")
        for old, new in pairs:
            assert old in text, f"{name}: {old!r} not found"
            text = text.replace(old, new, 1)
        target.write_text(text, encoding="utf-8")
    for name, content in (case.get("write") or {}).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content, encoding="utf-8")
    for name, spec in (case.get("write_encoded") or {}).items():
        (root / name).write_bytes(spec["text"].encode(spec["encoding"]))
    for name, data in (case.get("write_base64") or {}).items():
        (root / name).write_bytes(base64.b64decode(data))
    for name, spec in (case.get("write_repeat") or {}).items():
        (root / name).write_text(spec["text"] * spec["times"], encoding="utf-8")
    for old, new in (case.get("rename") or {}).items():
        (root / old).rename(root / new)
    for name in case.get("delete") or []:
        (root / name).unlink()
    for name, target in (case.get("symlink") or {}).items():
        (root / name).symlink_to(target)
    for name in case.get("mkfifo") or []:
        os.mkfifo(root / name)
    for name in case.get("mkdir") or []:
        (root / name).mkdir()


@pytest.mark.parametrize("case_path", CASES + HARDENING, ids=[c.stem for c in CASES + HARDENING])
def test_case(case_path: Path, mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _load_case(case_path)
    apply_case(mini, case)
    monkeypatch.chdir(mini)
    # The case's own ohjelma.toml, if it writes one, as `ohjelma lint` reads it.
    config = load_config(Path("."), REGISTRY, resolve=find_rule)
    report = lint(load_repository(Path(".")), config)
    found = [f"{f.path.as_posix()}:{f.position.line}:{f.position.col}: {f.code}"
             for f in report.findings]
    assert found == case["expect"]
    assert exit_code(report, strict=case.get("strict", False)) == case.get("exit", 1)
    for lang in ("fi", "en"):
        fragments = case.get("messages" if lang == "fi" else "messages_en") or []
        if fragments:
            text = _report_in(lang)
            for fragment in fragments:
                assert fragment in text, text


def _report_in(lang: str) -> str:
    """The text report in `lang`: messages are worded when rules run, so lint again. One
    line per message and hint (the cases check words; tests/commands/test_text_width.py
    checks the wrapping)."""
    set_language(lang)
    try:
        config = load_config(Path("."), REGISTRY, resolve=find_rule)
        report = lint(load_repository(Path(".")), config)._replace(width=UNWRAPPED)
        return text_report(report, False)
    finally:
        set_language(None)


def test_every_rule_has_a_failing_case() -> None:

    covered = {
        line.rsplit(" ", 1)[-1]
        for case in CASES + HARDENING
        for line in _load_case(case)["expect"]
    }
    assert set(REGISTRY) - covered == set()
