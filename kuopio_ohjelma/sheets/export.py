"""Build the collection workbook: one row per action, the two answer columns left open."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.labels import mark_label
from kuopio_ohjelma.locale import gettext_in
from kuopio_ohjelma.model import Action, Goal
from kuopio_ohjelma.sheets import layout
from kuopio_ohjelma.sheets.instructions import write_instructions
from kuopio_ohjelma.sheets.spec import ExportSpec

_OPEN = PatternFill("solid", fgColor="FFF2CC")  # the cells to fill, light yellow
_HEADER = Font(bold=True)


def build_workbook(spec: ExportSpec) -> Workbook:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = gettext_in(spec.lang, "Actions")
    items = mark_items(spec)
    guide = book.create_sheet(gettext_in(spec.lang, "Instructions"))
    first, last = write_instructions(guide, spec, list(items.values()))
    _write_rows(sheet, spec, items)
    _drop_down(sheet, guide.title, first, last, len(spec.rows), spec.lang)
    _write_meta(book.create_sheet(layout.META_SHEET), spec, sheet)
    for each in book.worksheets:
        _never_formulas(each)
    return book


def _never_formulas(sheet: Worksheet) -> None:
    """Text from the data that starts with '=' stays text: openpyxl would store it as a
    formula, which a spreadsheet program runs (formula injection) and which does not read back."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"


def mark_items(spec: ExportSpec) -> dict[str, str]:
    """The drop-down's entries: each allowed mark with its label ('+?  Etenee (epävarma)')."""
    info = spec.programme.info
    codes = info.allowed_progress()
    return {code: f"{code}  {mark_label(info, code, spec.lang)}" for code in codes}


def _write_rows(sheet: Worksheet, spec: ExportSpec, items: dict[str, str]) -> None:
    sheet.append([layout.heading(column, spec.lang) for column in layout.COLUMNS])
    for cell in sheet[1]:
        cell.font = _HEADER
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for goal, action in spec.rows:
        values = row_values(spec, goal, action, items)
        # A control character would make openpyxl raise (XML cannot hold it): lint refuses
        # such data, and the writer still never crashes on it.
        sheet.append([inert(values[column.key]) for column in layout.COLUMNS])
    for index, column in enumerate(layout.COLUMNS, start=1):
        letter = get_column_letter(index)
        texts = [str(cell.value or "") for cell in sheet[letter]]
        if column.key == "mark":
            texts += list(items.values())  # the drop-down's entries must fit too
        sheet.column_dimensions[letter].width = _fit(texts, column.least, column.width)
        for cell in sheet[letter][1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if column.editable:
                cell.protection = Protection(locked=False)
                cell.fill = _OPEN
    _row_heights(sheet)
    sheet.freeze_panes = "D2"
    _print_setup(sheet)
    _protect(sheet)


def _row_heights(sheet: Worksheet) -> None:
    """Tall enough for each row's wrapped text."""
    widths = [
        sheet.column_dimensions[get_column_letter(index)].width or 10
        for index in range(1, len(layout.COLUMNS) + 1)
    ]
    for number in range(2, sheet.max_row + 1):
        sheet.row_dimensions[number].height = max(
            layout.wrapped_height(str(sheet.cell(number, index).value or ""), width)
            for index, width in enumerate(widths, start=1)
        )


def _print_setup(sheet: Worksheet) -> None:
    """Printed, the rows read across one landscape page width, the headings on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"


def row_values(
    spec: ExportSpec, goal: Goal, action: Action, items: dict[str, str]
) -> dict[str, str]:
    """The texts of one row; the same texts are fingerprinted in the metadata sheet."""
    before = action.assessments.get(spec.previous.id) if spec.previous else None
    now = action.assessments.get(spec.period.id)
    return {
        "id": action.id,
        "goal": str(goal.number),
        "title": action.title,
        "projects": "\n".join(action.projects),
        "bodies": "\n".join(ref.shown for ref in action.body_refs),  # qualifiers as written
        "previous_mark": items.get(before.progress, before.progress) if before else "",
        "previous_note": before.note if before else "",
        "mark": items.get(now.progress, now.progress) if now else "",
        "note": now.note if now else "",
    }


def _fit(texts: list[str], least: int, widest: int) -> int:
    """Wide enough for the longest line, never wider than `widest` (long texts wrap)."""
    longest = max((len(line) for text in texts for line in text.split("\n")), default=0)
    return max(least, min(longest + 2, widest))


def _drop_down(sheet: Worksheet, guide: str, first: int, last: int, rows: int, lang: str) -> None:
    if not rows:
        return
    source = f"'{guide.replace(chr(39), chr(39) * 2)}'!$A${first}:$A${last}"
    validation = DataValidation(type="list", formula1=source, allow_blank=True)
    validation.error = gettext_in(lang, "Choose a mark from the list.")
    validation.showErrorMessage = True
    column = get_column_letter(_index("mark"))
    validation.add(f"{column}2:{column}{rows + 1}")
    sheet.add_data_validation(validation)


def _index(key: str) -> int:
    return [column.key for column in layout.COLUMNS].index(key) + 1


def _protect(sheet: Worksheet) -> None:
    """Protected without a password: nobody can be locked out, and widening a column or a row
    stays allowed."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _write_meta(meta: Worksheet, spec: ExportSpec, data: Worksheet) -> None:
    """What the workbook was exported from, and each row's fingerprints, for the import."""
    scope = spec.scope
    pairs = [
        (layout.FORMAT, str(layout.FORMAT_VERSION)),
        ("programme", spec.programme.info.name),
        ("period", spec.period.id),
        ("previous", spec.previous.id if spec.previous else ""),
        ("lang", spec.lang),
        ("owner", scope.owner or ""),
        ("themes", " ".join(scope.themes)),
        ("goals", " ".join(str(goal) for goal in scope.goals)),
        ("sheet", data.title),
    ]
    for pair in pairs:
        meta.append(list(pair))
    meta.append([layout.ROWS_MARKER, "assessment", *layout.READ_ONLY])
    items = mark_items(spec)
    for goal, action in spec.rows:
        values = row_values(spec, goal, action, items)
        now = action.assessments.get(spec.period.id)
        meta.append(
            [
                action.id,
                layout.assessment_fingerprint(now),
                *(layout.fingerprint(layout.cell_text(values[key])) for key in layout.READ_ONLY),
            ]
        )
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
