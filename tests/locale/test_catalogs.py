"""The Finnish catalogue covers every message, and the compiled catalogue that ships is current."""

from __future__ import annotations

import ast
import gettext
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from kuopio_ohjelma.locale import LOCALE_DIR

ROOT = Path(__file__).resolve().parents[2]
PO = Path(LOCALE_DIR) / "fi" / "LC_MESSAGES" / "ohjelma.po"
MO = Path(LOCALE_DIR) / "fi" / "LC_MESSAGES" / "ohjelma.mo"


def _catalog() -> dict[str, object]:
    with PO.open("rb") as handle:
        catalog = read_po(handle)
    return {str(m.id if isinstance(m.id, str) else m.id[0]): m for m in catalog if m.id}


def _extracted(tmp_path: Path) -> set[str]:
    pot = tmp_path / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [str(pybabel), "-q", "extract", "-F", str(ROOT / "scripts" / "babel.cfg"),
         "--no-location", "-k", "_", "-k", "N_",
         "-k", "gettext_in:2", "-k", "ngettext:1,2", "-o", str(pot), str(ROOT / "kuopio_ohjelma")],
        check=True,
    )
    with pot.open("rb") as handle:
        return {str(m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(handle) if m.id}


def test_every_message_in_the_code_is_in_the_finnish_catalogue(tmp_path: Path) -> None:
    missing = _extracted(tmp_path) - set(_catalog())
    assert not missing, f"run scripts/catalogs and translate: {sorted(missing)}"


def test_every_message_has_a_finnish_translation() -> None:
    untranslated = [
        msgid for msgid, message in _catalog().items()
        if not message.string or (isinstance(message.string, tuple) and not all(message.string))  # type: ignore[attr-defined]
        or message.fuzzy  # type: ignore[attr-defined]
    ]
    assert not untranslated, f"translate in {PO.name}: {untranslated}"


def test_the_compiled_catalogue_matches_the_source() -> None:
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, message in _catalog().items():
        string = message.string  # type: ignore[attr-defined]
        if isinstance(string, tuple):
            assert compiled.ngettext(msgid, msgid, 1) == string[0], "run scripts/catalogs"
        else:
            assert compiled.gettext(msgid) == string, f"run scripts/catalogs ({msgid!r})"


GETTEXT_CALLS = {"_", "N_", "ngettext", "gettext_in"}


def _literal_messages_in_fstrings(path: Path) -> list[str]:
    """Calls like f"{_('Total')}": Babel's extractor does not look inside f-strings on every
    Python version, so such a message never reaches the catalogue and stays English."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.JoinedStr):
            continue
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id in GETTEXT_CALLS
                    and any(isinstance(a, ast.Constant) for a in call.args)):
                found.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}")
    return found


def test_no_message_is_hidden_inside_an_fstring() -> None:
    hidden = [hit for path in sorted((ROOT / "kuopio_ohjelma").rglob("*.py"))
              for hit in _literal_messages_in_fstrings(path)]
    assert hidden == [], "translate first, then put the result into the f-string"
