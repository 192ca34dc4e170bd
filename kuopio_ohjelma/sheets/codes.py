"""The findings of `ohjelma sheet import`, each with its documentation, as the lint rules
have theirs: `ohjelma rules` lists them and `ohjelma lint --explain S120` explains one.

The sheets modules take their codes from here, so a code cannot be reported without its
documentation (tests/sheets/test_codes.py checks every code the package names). Light on
purpose: `rules` imports it, and openpyxl is not needed to explain a finding.
"""

from __future__ import annotations

from kuopio_ohjelma.lint.registry import Documented, documented
from kuopio_ohjelma.locale import N_
from kuopio_ohjelma.problems import Severity

UNREADABLE = documented("S100", "unreadable-workbook", N_("Workbook cannot be opened"), """
    `sheet import` cannot open the file as an Excel workbook (.xlsx).

    Why it matters: the file is one line on standard error with the fix and the import
    stops (exit 2); nothing is written. It may be an old .xls, an .ods or CSV file, a
    password-protected, damaged or unreasonably large file, or a file that cannot be read.
    Example: `tyokirjat/kuopio-health.xls`, saved in the old Excel format.
    Use instead: open the file in Excel or LibreOffice Calc, save it as an Excel workbook
    (.xlsx) without a password, and import that file.
    """)

NOT_OURS = documented("S101", "not-an-exported-workbook", N_("Workbook not from this export"), """
    The workbook was not made by `ohjelma sheet export` for this programme and a declared
    period.

    Why it matters: only the workbook's hidden sheet says which programme, period and
    actions the answers belong to; without it an answer could land on the wrong action or
    period. The import stops (exit 2).
    Example: a workbook copied from another programme, one whose hidden sheet was deleted,
    or one for a period that `data/programme.yaml` does not declare.
    Use instead: open the period first (`ohjelma period open 1/2025`), or export a new
    workbook with `ohjelma sheet export` and copy the answers into it.
    """)

MISSING_COLUMN = documented("S103", "missing-column", N_("Answer columns missing"), """
    No sheet of the workbook has the heading row with the action id, progress and status
    columns.

    Why it matters: the columns are found by their headings, so the answers cannot be read
    when a heading was deleted or renamed. The import stops (exit 2).
    Example: the heading *Eteneminen* renamed to *Arvio*.
    Use instead: restore the heading row as it was exported, or export a new workbook and
    copy the answers into it.
    """)

UNKNOWN_ACTION = documented("S110", "unknown-action", N_("Unknown action id"), """
    A row has answers, but its action id is not an action of the programme, or it has none.

    Why it matters: the answer cannot be put on any action.
    Example: `T1.2` changed to `T1.20` in the id column.
    Use instead: write back the id the row was exported with; a close id is suggested.
    """)

DUPLICATE_ACTION = documented("S111", "duplicate-action", N_("Action on two rows"), """
    The same action id is on two rows of one workbook.

    Why it matters: two answers for one action cannot both be written.
    Example: the row of T1.2 copied below the table.
    Use instead: keep one row per action and delete the copy.
    """)

OUT_OF_SCOPE = documented("S112", "action-not-in-workbook", N_("Action not in this workbook"), """
    A row names an action that was not in this workbook when it was exported.

    Why it matters: each body answers for its own actions; an answer for another body's
    action would go past that body.
    Example: a row for T5.1 added to the workbook of a body that does not own T5.1.
    Use instead: delete the row; the answer belongs in the workbook of the action's own body.
    """)

READ_ONLY_EDITED = documented("S113", "read-only-edited", N_("Locked cell changed"), """
    A cell that is for reading only (id, goal, title, projects, responsible bodies, the
    previous mark or status) was changed.

    Why it matters: the import writes only the progress mark and the status, so a change in
    a locked cell would be lost without a word; it may also mean rows were mixed up.
    Example: a typo fixed in an action's title in the workbook.
    Use instead: write back what the cell said (the finding gives the text); change the
    programme itself in the data files.
    """)

DELETED_ROW = documented("S114", "deleted-row", N_("Row deleted"), """
    The row of an action that was exported is missing from the workbook.

    Why it matters: the instructions say to leave a row empty when there is nothing to say;
    a deleted row is most likely a mistake, and the action gets no answer. A warning: the
    rest of the workbook is imported.
    Example: the row of T1.3 deleted instead of left empty.
    Use instead: leave the row empty; to answer for the action, copy its row from a fresh
    export (the finding gives the command).
    """, Severity.WARNING)

NOT_ON_SCALE = documented("S120", "mark-not-on-scale", N_("Mark not on the scale"), """
    The progress cell holds something that is not one of the scale's marks.

    Why it matters: the report could not explain the mark and diff could not rank it. A
    mark typed with a look-alike dash or its label pasted from the drop-down is read and
    said, not refused.
    Example: `etenee` or `++` in the *Eteneminen* column.
    Use instead: choose a mark from the drop-down list: `+`, `+/-`, `-`, `?`, or an
    uncertain form such as `+?`; a close mark is suggested.
    """)

NOTE_TOO_LONG = documented("S121", "status-too-long", N_("Status too long"), """
    The status cell holds more text than a status may have.

    Why it matters: a status this long is almost always text pasted twice or by mistake,
    and it would not fit the report.
    Example: a whole report pasted into the *Tilanne* cell.
    Use instead: shorten the status to what happened in the period.
    """)

NOTE_WITHOUT_MARK = documented("S122", "status-without-mark", N_("Status without a mark"), """
    The row has a status but no progress mark.

    Why it matters: an assessment is a mark and its status; a status alone cannot be
    counted in the report or the diff.
    Example: the *Tilanne* cell filled, the *Eteneminen* cell left empty.
    Use instead: choose a mark from the list, or empty the status too.
    """)

UNCOMPUTED_FORMULA = documented("S123", "uncomputed-formula", N_("Formula not computed"), """
    A cell holds a formula whose value no spreadsheet program has computed.

    Why it matters: the cell shows nothing that could be imported, and guessing its value
    could write something nobody typed.
    Example: a workbook filled by a script that wrote `=A2` without computing it.
    Use instead: type the value itself into the cell, or open the file in Excel or
    LibreOffice Calc and save it so that the value is computed.
    """)

ERROR_VALUE = documented("S124", "error-value", N_("Error value in a cell"), """
    A cell shows an error value such as `#N/A` or `#DIV/0!` instead of an answer.

    Why it matters: an error value is not an answer; read as text it would become the mark
    or the status.
    Example: `#N/A` from a lookup formula in the *Eteneminen* column.
    Use instead: type the value itself into the cell instead of a formula.
    """)

DATE_VALUE = documented("S125", "date-value", N_("Date made of an answer"), """
    The spreadsheet program turned what was typed into a date or time.

    Why it matters: the date is not what was typed, and the typed text cannot be told from
    it for sure.
    Example: `6.5.` typed into the *Tilanne* cell became 6 May.
    Use instead: format the cell as text and type it again, or begin it with an apostrophe
    (`'6.5.`); in the progress column, choose a mark from the list.
    """)

MERGED_CELLS = documented("S126", "merged-cells", N_("Merged answer cells"), """
    Answer cells of several rows or columns are merged into one.

    Why it matters: only the first of merged cells keeps its value, so the other rows'
    answers would be lost or given to the wrong action.
    Example: the *Tilanne* cells of T1.1 and T1.2 merged to write one status for both.
    Use instead: unmerge the cells and fill in each row's own cells.
    """)

CHANGED_SINCE_EXPORT = documented(
    "S130", "changed-since-export", N_("Changed in the data after the export"), """
    The assessment changed in the repository after the workbook was exported, and the
    workbook changes it too.

    Why it matters: importing would overwrite a change made meanwhile without anyone
    seeing it; the finding shows both versions.
    Example: T1.2 set with `ohjelma status set` after the workbooks were sent, and the body
    answered for T1.2 as well.
    Use instead: settle which is right with the body; give `--force` to take the
    workbook's version.
    """)

WORKBOOKS_DISAGREE = documented(
    "S131", "workbooks-disagree", N_("Workbooks answer differently"), """
    Two workbooks answer the same action differently: another mark, or the same mark with
    another status.

    Why it matters: only one answer can be written, and no option may choose between two
    bodies; `--force` does not apply.
    Example: an action of two bodies marked `+` in one workbook and `+/-` in the other.
    Use instead: keep one answer: write the same answer in both, or empty the row in the
    other workbook.
    """)

PAST_PERIOD = documented("S132", "past-period", N_("Workbook for a past period"), """
    The workbook is for a period before the latest declared one.

    Why it matters: importing it would change a past period's assessments, which are
    already reported. The import stops (exit 2) unless asked on purpose.
    Example: last year's workbook for 1/2024 imported after 1/2025 was opened.
    Use instead: collect this period's answers in a workbook from `ohjelma sheet export`;
    to correct a past period on purpose, import with `--force`.
    """)

# Every finding of sheet import by code: `ohjelma rules` and `lint --explain` read this.
WORKBOOK_FINDINGS: dict[str, Documented] = {
    finding.code: finding
    for finding in (
        UNREADABLE, NOT_OURS, MISSING_COLUMN, UNKNOWN_ACTION, DUPLICATE_ACTION, OUT_OF_SCOPE,
        READ_ONLY_EDITED, DELETED_ROW, NOT_ON_SCALE, NOTE_TOO_LONG, NOTE_WITHOUT_MARK,
        UNCOMPUTED_FORMULA, ERROR_VALUE, DATE_VALUE, MERGED_CELLS, CHANGED_SINCE_EXPORT,
        WORKBOOKS_DISAGREE, PAST_PERIOD,
    )
}
