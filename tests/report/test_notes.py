"""Editorial notes as numbered footnotes, and the owner worklist naming bodies that may be one."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.core.scope import resolve_scope
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.programme import Programme
from kuopio_ohjelma.report.notes import Footnote, Footnotes, html_refs, md_refs
from kuopio_ohjelma.report.renderers import RENDERERS
from kuopio_ohjelma.report.view import build_report
from tests.conftest import REPO


@pytest.fixture(scope="module")
def programme() -> Programme:
    loaded = load_repository(REPO).programme
    assert loaded is not None
    return loaded


def test_one_note_one_number_in_the_order_first_shown() -> None:
    notes = Footnotes()
    assert notes.numbers("b", None, "a") == (1, 2)
    assert notes.numbers("a", "a", "c") == (2, 3)
    assert notes.mark("Kuopio Health + muut", "b").notes == (1,)
    assert notes.all() == [Footnote(1, "b"), Footnote(2, "a"), Footnote(3, "c")]


def test_markers_link_to_the_note_with_a_readable_name() -> None:
    assert md_refs((2, 5)) == "[^2][^5]"
    assert str(html_refs("Huomautus")((7,))) == (
        '<sup class="fn"><a href="#huom-7" aria-label="Huomautus 7">7</a></sup>'
    )


@pytest.mark.parametrize(
    ("owner", "other"),
    [("KYP", "Kaupunkiympäristön palvelualue"), ("Pohjois-Savon liitto", "Maakuntaliitto")],
)
def test_owner_worklist_names_the_body_that_may_be_the_same(
    programme: Programme, owner: str, other: str
) -> None:
    scope = resolve_scope(programme, owner=owner)
    report = build_report(programme, period_id=None, lang="fi", scope=scope)
    text = RENDERERS["md"](report, None)
    assert f"\n**Rajaus:** vastuutaho {owner} (voi olla sama taho kuin {other})\n\n" in text


def test_a_filtered_report_numbers_only_the_notes_it_shows(programme: Programme) -> None:
    scope = resolve_scope(programme, owner="KYP")
    report = build_report(programme, period_id=None, lang="fi", scope=scope)
    text = RENDERERS["md"](report, None)
    assert [n.number for n in report.footnotes] == list(range(1, len(report.footnotes) + 1))
    assert "[^1]: Lähdeasiakirjassa: kohdassa" in text  # the background text comes first
    assert any("KYP" in note.text for note in report.footnotes)
    full = build_report(programme, period_id=None, lang="fi", scope=resolve_scope(programme))
    assert 1 < len(report.footnotes) < len(full.footnotes)
    assert text.count("]: Lähdeasiakirjassa: ") == len(report.footnotes)
