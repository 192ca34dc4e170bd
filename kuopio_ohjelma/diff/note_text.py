"""A changed note in the text diff (and so in `sheet import --dry-run`): the note before and
after under the action's row, wrapped to 80 columns, a long one shortened with a marker that
says how much was left out and how to see it all (`-f json` gives every note in full)."""

from __future__ import annotations

from kuopio_ohjelma.core.textsafe import inert_name
from kuopio_ohjelma.diff.compare import ActionChange, common_prefix
from kuopio_ohjelma.locale import _

# Lines of one note shown before it is shortened: enough for a typical status (two or three
# sentences), short enough that a round of 77 answers stays readable in a terminal.
MOST_LINES = 4
# When two notes share a start longer than SHARED_WORDS, both are shown from CONTEXT_WORDS
# words before their first difference, so that a change at the end of a long note is not
# cut away while the start both share is shown.
SHARED_WORDS = 20
CONTEXT_WORDS = 4
INDENT = "     "


def note_lines(change: ActionChange, width: int) -> list[str]:
    """'Ennen: …' and 'Jälkeen: …' for a changed note; only 'Jälkeen' for a new one (or the
    yearly update, whose earlier note is another period's), '(tyhjä)' for an emptied one."""
    if not change.note_changed:
        return []
    old = change.before.note if change.before is not None else ""
    new = change.after.note if change.after is not None else ""
    skip = _shared_start(old, new) if old and not change.update else 0
    before, after = _("Before") + ":", _("After") + ":"
    label_width = max(len(before), len(after)) + 1
    lines = []
    if old and not change.update:
        lines += _labelled(before, old, skip, label_width, width)
    lines += _labelled(after, new, skip, label_width, width)
    return lines


def _shared_start(old: str, new: str) -> int:
    """How many leading words to leave out of both notes: all they share but the last few."""
    # The words both start with: word_diff's first run, without its matching of the rest.
    shared = common_prefix(old.split(), new.split())
    return shared - CONTEXT_WORDS if shared > SHARED_WORDS else 0


def _labelled(label: str, note: str, skip: int, label_width: int, width: int) -> list[str]:
    first = INDENT + label.ljust(label_width)
    rest = " " * len(first)
    if not note.strip():
        return [first + _("(empty)")]
    if skip:  # one paragraph from the words before the first difference
        paragraphs = ["… " + " ".join(note.split()[skip:])]
    else:
        paragraphs = [" ".join(line.split()) for line in note.split("\n") if line.strip()]
    lines: list[str] = []
    for paragraph in paragraphs:
        if len(lines) > MOST_LINES:
            break  # already more than is shown
        lines += _wrap(inert_name(paragraph), width - len(first), MOST_LINES + 1 - len(lines))
    lines = [first + lines[0], *(rest + line for line in lines[1:])]
    if len(lines) <= MOST_LINES:
        return lines
    # Room for the marker at the end of the last line kept; the marker says how to see all.
    kept = lines[:MOST_LINES]
    last = kept[-1]
    while len(last) > width - 2 and " " in last.strip():
        last = last.rstrip().rsplit(" ", 1)[0]
    kept[-1] = last[: width - 2] + " …"
    return [*kept, rest + _("(shortened; the whole note: -f json)")]


def _wrap(text: str, width: int, most: int) -> list[str]:
    """Greedy word wrap into lines of at most `width`, a longer word cut; stops after `most`
    lines (a long note is shortened anyway, and textwrap took a large diff a second)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while len(word) > width:  # a web address longer than a line
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
        if len(lines) >= most:
            return lines[:most]
    return [*lines, line] if line else lines
