"""Where output may go: never over a data file or into the data folder."""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.io.atomic import is_special
from kuopio_ohjelma.io.kinds import DATA_DIR
from kuopio_ohjelma.locale import _


def check_output(output: Path, root: Path) -> str | None:
    """A reason to refuse writing `output`, or None. Devices and pipes are always fine."""
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
        return _("{output}: is a folder; give a file name such as report.html").format(
            output=output
        )
    if not target.parent.is_dir():
        return _("{output}: folder {parent} does not exist").format(
            output=output, parent=output.parent
        )
    return None


def check_output_folder(output: Path, root: Path, *, force: bool) -> str | None:
    """A reason to refuse writing a folder of files at `output`, or None."""
    target = output.resolve()
    data = (root / DATA_DIR).resolve()
    if target == data or target.is_relative_to(data):
        return _("{output}: refusing to write inside the data folder {data}/").format(
            output=output, data=DATA_DIR
        )
    if data.is_relative_to(target):
        return _(
            "{output}: refusing to write into the data repository itself; "
            "give a folder of its own, such as open-data/"
        ).format(output=output)
    if target.exists() and not target.is_dir():
        return _("{output}: is a file; give a folder, such as open-data/").format(output=output)
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
