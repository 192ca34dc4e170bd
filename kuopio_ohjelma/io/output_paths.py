"""Where output may go: never over a data file or into the data folder."""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.io.kinds import DATA_DIR


def check_output(output: Path, root: Path) -> str | None:
    """A reason to refuse writing `output`, or None."""
    target = output.resolve()
    data = (root / DATA_DIR).resolve()
    if target == data or target.is_relative_to(data):
        return f"{output}: refusing to write the report inside the data folder {DATA_DIR}/"
    if target.suffix.lower() in (".yaml", ".yml"):
        return f"{output}: refusing to write the report over a YAML file"
    if target.is_dir():
        return f"{output}: is a folder; give a file name such as report.html"
    if not target.parent.is_dir():
        return f"{output}: folder {output.parent} does not exist"
    return None
