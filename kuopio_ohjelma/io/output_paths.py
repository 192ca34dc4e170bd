"""Where output may go: never over a data file or into the data folder."""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.io.atomic import is_special
from kuopio_ohjelma.io.kinds import DATA_DIR
from kuopio_ohjelma.locale import _


def check_output(output: Path, root: Path, *, example: str = "") -> str | None:
    """A reason to refuse writing `output`, or None. Devices and pipes are always fine.
    `example` is a file name to suggest when `output` is a folder (default: the report's)."""
    if str(output) == "-" or is_special(output):
        return None
    target = output.resolve()
    data = (root / DATA_DIR).resolve()
    if target == data or target.is_relative_to(data):
        return _("{output}: refusing to write the report inside the data folder {data}/").format(
            output=output, data=DATA_DIR
        )
    if target.suffix.lower() in (".yaml", ".yml"):
        return _("{output}: refusing to write the report over a YAML file").format(output=output)
    if target.is_dir():
        return _("{output}: is a folder; give a file name such as {example}").format(
            output=output, example=example or _("report.html")
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
            output=output, example=_("status.xlsx"))
    return check_output(output, root, example=_("status.xlsx"))


def check_output_folder(
    output: Path, root: Path, *, force: bool, example: str = ""
) -> str | None:
    """A reason to refuse writing a folder of files at `output`, or None. `example` is a
    folder name to suggest (default: the open-data package's)."""
    example = example or "open-data/"
    target = output.resolve()
    data = (root / DATA_DIR).resolve()
    if target == data or target.is_relative_to(data):
        return _("{output}: refusing to write inside the data folder {data}/").format(
            output=output, data=DATA_DIR
        )
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
