"""The instructions sheet: what to fill, what the marks mean, where to send the workbook."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from kuopio_ohjelma.locale import gettext_in
from kuopio_ohjelma.sheets.spec import ExportSpec


def write_instructions(sheet: Worksheet, spec: ExportSpec, items: list[str]) -> tuple[int, int]:
    """Write the sheet; return the first and last row of the marks in column B, which the
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
    for line in _paragraphs(spec):
        sheet.append([line])
    sheet.append([])
    sheet.append([gettext_in(lang, "Mark"), gettext_in(lang, "Choice in the list")])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    first = sheet.max_row + 1
    codes = spec.programme.info.allowed_progress()
    for code, item in zip(codes, items, strict=True):
        sheet.append([code, item])
    last = sheet.max_row
    sheet.column_dimensions["A"].width = 100
    sheet.column_dimensions["B"].width = 45
    for row in sheet.iter_rows(min_row=2, max_row=first - 3):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.protection.sheet = True
    return first, last


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
