"""Where output may go: never over a data file or into the data folder. Every refusal names
what was to be written (a report, the findings, a workbook, a folder of workbooks…), so the
editor knows which command's output it is about."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from kuopio_ohjelma.io.atomic import is_special
from kuopio_ohjelma.io.kinds import DATA_DIR
from kuopio_ohjelma.locale import N_, _

FileOutput = Literal["report", "comparison", "findings", "workbook"]
FolderOutput = Literal["workbooks", "open-data"]

# Whole sentences per kind, not a noun put into one sentence: Finnish inflects the noun.
_INSIDE_DATA = {
    "report": N_("{output}: refusing to write the report inside the data folder {data}/"),
    "comparison": N_(
        "{output}: refusing to write the comparison inside the data folder {data}/"
    ),
    "findings": N_("{output}: refusing to write the findings inside the data folder {data}/"),
    "workbook": N_("{output}: refusing to write the workbook inside the data folder {data}/"),
    "workbooks": N_("{output}: refusing to write the workbooks inside the data folder {data}/"),
    "open-data": N_(
        "{output}: refusing to write the open-data package inside the data folder {data}/"
    ),
}
_OVER_YAML = {
    "report": N_("{output}: refusing to write the report over a YAML file"),
    "comparison": N_("{output}: refusing to write the comparison over a YAML file"),
    "findings": N_("{output}: refusing to write the findings over a YAML file"),
    "workbook": N_("{output}: refusing to write the workbook over a YAML file"),
}
_EXAMPLE_FILE = {
    "report": N_("report.html"),
    "comparison": N_("changes.md"),
    "findings": N_("findings.json"),
    "workbook": N_("status.xlsx"),
}
_EXAMPLE_FOLDER = {"workbooks": N_("workbooks/"), "open-data": N_("open-data/")}


def check_output(output: Path, root: Path, *, what: FileOutput) -> str | None:
    """A reason to refuse writing `what` to `output`, or None. Devices and pipes are always
    fine."""
    if str(output) == "-" or is_special(output):
        return None
    target = output.resolve()
    data = (root / DATA_DIR).resolve()
    if target == data or target.is_relative_to(data):
        return _(_INSIDE_DATA[what]).format(output=output, data=DATA_DIR)
    if target.suffix.lower() in (".yaml", ".yml"):
        return _(_OVER_YAML[what]).format(output=output)
    if target.is_dir():
        return _("{output}: is a folder; give a file name such as {example}").format(
            output=output, example=_(_EXAMPLE_FILE[what])
        )
    if not target.parent.is_dir():
        return _("{output}: folder {parent} does not exist").format(
            output=output, parent=output.parent
        )
    return None


def check_workbook_output(output: Path, root: Path) -> str | None:
    """check_output for a workbook: its name must say what it is, or Excel will not open it."""
    if str(output) != "-" and not is_special(output) and output.suffix.lower() != ".xlsx":
        if output.is_dir():
            return _("{output}: is a folder; for one workbook per responsible body use "
                     "--per-owner {output}").format(output=output)
        return _("{output}: a workbook's name ends in .xlsx, for example {example}").format(
            output=output, example=_(_EXAMPLE_FILE["workbook"]))
    return check_output(output, root, what="workbook")


def check_output_folder(
    output: Path, root: Path, *, force: bool, what: FolderOutput
) -> str | None:
    """A reason to refuse writing a folder of files (`what`) at `output`, or None."""
    example = _(_EXAMPLE_FOLDER[what])
    target = output.resolve()
    data = (root / DATA_DIR).resolve()
    if target == data or target.is_relative_to(data):
        return _(_INSIDE_DATA[what]).format(output=output, data=DATA_DIR)
    if data.is_relative_to(target):
        return _(
            "{output}: refusing to write into the data repository itself; "
            "give a folder of its own, such as {example}"
        ).format(output=output, example=example)
    if target.exists() and not target.is_dir():
        return _("{output}: is a file; give a folder, such as {example}").format(
            output=output, example=example
        )
    if not target.exists() and not target.parent.is_dir():
        return _("{output}: folder {parent} does not exist").format(
            output=output, parent=output.parent
        )
    if target.is_dir() and any(target.iterdir()) and not force:
        return _(
            "{output}: the folder is not empty; pass --force to write over it, "
            "or give a new folder"
        ).format(output=output)
    return None
