"""The instructions sheet: what to fill, what the marks mean, where to send the workbook."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.locale import gettext_in
from kuopio_ohjelma.sheets import layout
from kuopio_ohjelma.sheets.spec import ExportSpec

_WIDTH = 80


def write_instructions(sheet: Worksheet, spec: ExportSpec, items: list[str]) -> tuple[int, int]:
    """Write the sheet; return the first and last row of the marks in column A, which the
    drop-down list reads."""
    lang = spec.lang
    sheet.append(
        [
            gettext_in(lang, "{programme}: status collection {period}").format(
                programme=spec.programme.info.name, period=spec.period.label
            )
        ]
    )
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[1].height = layout.wrapped_height(str(sheet["A1"].value), _WIDTH / 1.4)
    for line in _paragraphs(spec):
        sheet.append([inert(line)])  # --return-to and names from the data: never raw
        row = sheet.max_row
        sheet.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = layout.wrapped_height(line, _WIDTH)
    sheet.append([])
    sheet.append([gettext_in(lang, "Choice in the list")])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    first = sheet.max_row + 1
    for item in items:
        sheet.append([item])
    sheet.column_dimensions["A"].width = _WIDTH
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.protection.sheet = True
    return first, sheet.max_row


def _paragraphs(spec: ExportSpec) -> list[str]:
    lang = spec.lang
    lines = []
    if spec.scope.owner:
        lines.append(
            gettext_in(lang, "Responsible body: {owner}").format(owner=spec.scope.owner)
        )
    lines.append(
        gettext_in(
            lang,
            "Fill in the columns Progress and Status on the sheet Actions, one row per action. "
            "The other columns are locked and only for reading.",
        )
    )
    if spec.previous is not None:
        lines.append(
            gettext_in(
                lang,
                "Previous progress and Previous status show the assessment of {period}.",
            ).format(period=spec.previous.label)
        )
    lines += [
        gettext_in(lang, "Progress: choose a mark from the drop-down list; the marks are below."),
        gettext_in(
            lang,
            "Status: say briefly what happened during the period. Line breaks are allowed.",
        ),
        gettext_in(
            lang,
            "A progress without a status is fine; a status without a progress is not. Leave the "
            "row empty if you have nothing to report.",
        ),
        gettext_in(
            lang,
            "Do not change the Id column and do not delete rows. Sorting the rows and widening "
            "the columns is fine.",
        ),
        _send_back(spec),
    ]
    return lines


def _send_back(spec: ExportSpec) -> str:
    lang = spec.lang
    if spec.return_to:
        return gettext_in(
            lang, "Save the workbook in the Excel format (.xlsx) and send it to: {address}"
        ).format(address=spec.return_to)
    return gettext_in(
        lang,
        "Save the workbook in the Excel format (.xlsx) and send it back to the person who sent "
        "it to you.",
    )
