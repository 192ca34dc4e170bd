"""File-level rules. The loader finds these while it parses each file once; docs live here."""

from __future__ import annotations

from kuopio_ohjelma.lint.registry import loader_rule
from kuopio_ohjelma.problems import Severity

RULES = [
    loader_rule(
        "E101",
        "yaml-syntax",
        """The file is not valid YAML, or not the plain YAML of data files: git's
        merge-conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`), a second document (`---`
        after the first key), a document end (`...`) or a directive (`%YAML`).

        Why it matters: nothing in the file can be read until the syntax is fixed.
        Example: `nimi: Kasvu: uusi` (a second ': ' in an unquoted value).
        Use instead: `nimi: "Kasvu: uusi"`.""",
    ),
    loader_rule(
        "E102",
        "not-utf8",
        """The file is not saved as UTF-8.

        Why it matters: letters such as ä and ö would be read wrong; the position of the first
        byte that is not UTF-8 is reported (a file saved on Windows is often cp1252).
        Example: a file saved as 'Western (Windows 1252)' or UTF-16.
        Use instead: save as UTF-8 (VS Code: 'Save with Encoding' → UTF-8).""",
    ),
    loader_rule(
        "E103",
        "tab-indentation",
        """A tab or a no-break space (U+00A0, pasted from Word or a web page) is used for
        indentation, or a no-break space stands after a key's colon.

        Why it matters: YAML counts only ordinary spaces; editors show tabs and no-break
        spaces like spaces, and the reader's own complaint would come lines later.
        Example: a line indented with a tab, or `\u00a0\u00a0- tunnus: T1.2`.
        Use instead: indent with spaces, two spaces per level (a no-break space becomes one
        ordinary space: the line stays where it is).""",
    ),
    loader_rule(
        "E104",
        "duplicate-key",
        """The same key appears twice in one mapping.

        Why it matters: one of the two values would silently be lost.
        Example: two `tilanne:` lines in one assessment.
        Use instead: keep one key with the right value.""",
    ),
    loader_rule(
        "W105",
        "byte-order-mark",
        """The file starts with a UTF-8 byte-order mark.

        Why it matters: it is invisible and some tools choke on it; it is accepted but reported.
        Example: a file saved as 'UTF-8 with BOM'.
        Use instead: save as plain UTF-8.""",
        Severity.WARNING,
    ),
    loader_rule(
        "W106",
        "crlf-line-endings",
        """The file uses Windows (CRLF) line endings.

        Why it matters: mixed line endings make every line show up as changed in reviews.
        Example: a file saved on Windows without git's line-ending conversion.
        Use instead: LF line endings (VS Code status bar: CRLF → LF).""",
        Severity.WARNING,
    ),
    loader_rule(
        "E107",
        "empty-file",
        """The file is empty or holds only comments.

        Why it matters: an empty goal or indicator file describes nothing.
        Example: a newly created goal file that was never filled in.
        Use instead: fill the file in, or delete it.""",
    ),
    loader_rule(
        "E108",
        "wrong-document-shape",
        """The file holds a list or a single value where a mapping is expected.

        Why it matters: each data file describes one thing with named keys.
        Example: a goal file that starts with `- numero: 1`.
        Use instead: `numero: 1` at the start of the line, with the other keys below.""",
    ),
    loader_rule(
        "E109",
        "explicit-tag",
        """An explicit YAML tag such as `!!python/object` or `!!str` is used.

        Why it matters: tags can make YAML tools build arbitrary objects or change a value's
        type; data files never need them, so every tag is refused before anything is built,
        even one that changes nothing (`!!str teksti`).
        Example: `nimi: !!python/object/apply:os.system ["rm -rf /"]`.
        Use instead: plain text, in quotes where needed: `nimi: "1.10"`.""",
    ),
    loader_rule(
        "E110",
        "anchor-or-alias",
        """An anchor (`&name`) or alias (`*name`) is used.

        Why it matters: aliases hide where a value comes from and allow 'billion laughs'
        blow-ups; data files are simpler written out in full.
        Example: `vastuutahot: *yhteiset`.
        Use instead: write the list out where it is used.""",
    ),
    loader_rule(
        "E111",
        "file-too-large",
        """The file is larger than 1 MiB.

        Why it matters: no real goal or indicator file is that large; it is likely the wrong
        file, and reading it would slow every check.
        Example: a pasted export of a whole spreadsheet.
        Use instead: split the content over the files it belongs to.""",
    ),
    loader_rule(
        "E113",
        "too-deep",
        """Values are nested more than 32 levels deep.

        Why it matters: data files need about six levels; deeper nesting is a mistake in the
        indentation or a file made to exhaust the checker, and is refused unread.
        Example: `nimi: [[[[[[[[…]]]]]]]]`.
        Use instead: the structure of the other files in the same folder.""",
    ),
    loader_rule(
        "E112",
        "unreadable-file",
        """A data file is missing, unreadable, a folder, or a link out of the repository.

        Why it matters: the programme cannot be assembled without it, and a link out of the
        repository would read files that are not part of the reviewed data.
        Example: data/programme.yaml deleted, or data/goals/x.yaml linking to /etc/passwd.
        Use instead: restore the file, fix its permissions, or copy it into the repository.""",
    ),
    loader_rule(
        "E115",
        "unsafe-file-name",
        """A data file's name holds control or invisible characters.

        Why it matters: such a name can rewrite a terminal or a CI log when it is printed
        (an escape sequence, a line break that forges a finding line) and cannot be typed.
        Example: a goal file named `01-kasvu\\x1b[2J.yaml`.
        Use instead: a name of letters, digits and '-', such as `01-kasvu.yaml`.""",
    ),
    loader_rule(
        "W116",
        "not-composed",
        """Text is written in decomposed form: a letter followed by a separate accent.

        Why it matters: 'ö' as o + U+0308 looks the same as 'ö' but is different text;
        ohjelma compares names composed (NFC), other tools may not.
        Example: a body name pasted from a PDF or a Mac file name.
        Use instead: retype the letter, or save the file as NFC.""",
        Severity.WARNING,
    ),
    loader_rule(
        "W118",
        "comment-cuts-text",
        """A ' #' in the middle of unquoted text: YAML ends the text there and reads the rest
        of the line as a comment.

        Why it matters: `tilanne: Hanke #2 käynnistyi.` stores only 'Hanke'; the rest never
        reaches the report. A warning, not an error: a comment after a note is valid YAML, and
        may be meant (edits keep it as written).
        Example: `tilanne: Hanke #2 käynnistyi.`
        Use instead: `tilanne: "Hanke #2 käynnistyi."`, or the comment on a line of its own.""",
        Severity.WARNING,
    ),
    loader_rule(
        "E119",
        "list-item-in-text",
        """A line starting with '- ' under unquoted text, deeper than its key: YAML reads it
        as more of that text, not as a list item.

        Why it matters: when the line naming a list (`hankkeet:`) is deleted, its first item
        silently joins the line above: `nimi: Muuttajapalvelujen kehittäminen` becomes
        'Muuttajapalvelujen kehittäminen - Future Savo' and the project is gone. Even when
        the dash is meant as text, the line break is lost.
        Example: `nimi: Muuttajapalvelujen kehittäminen` and under it `  - Future Savo`.
        Use instead: restore `hankkeet:` above the item, or write the text as a `|-` block.""",
    ),
    loader_rule(
        "E117",
        "invisible-character",
        """The file holds an invisible character (zero-width space, joiner, bidi control,
        soft hyphen…) or an invisible line break (U+2028, U+2029, NEL), or a text value
        holds a control character (written as an escape in double quotes, such as Word's soft
        line break `\\v`). An invisible character in a key or its indentation, and an
        invisible line break anywhere, keep the file from being read further: YAML would read
        another key, or a new line the editor does not show.

        Why it matters: two names that look equal differ, ids stop matching, bidi
        controls can make text read differently from how it is stored, and spreadsheets,
        XML and CSV readers refuse control characters.
        Example: `Testipalvelut` with a zero-width space pasted in the middle, or
        `tilanne: "rivi\\vtoinen"`.
        Use instead: delete the character (the finding gives its position); a soft line
        break becomes a real one in a `tilanne: |-` block.
        Allowed: a tab, in a note or any other text (ordinary white space to an editor, kept
        by every edit, export and workbook); messages that quote it show it as `\\u0009`.""",
    ),
]
