"""Where output may go: one policy for every command that writes a file or a folder.

Never inside git's own folder (.git/) or the data folder (data/), never over the tool's
configuration (ohjelma.toml, pyproject.toml) or a YAML file; a file git tracks, or a name
whose extension does not fit what is written, only with --force. The tool's own earlier
output is written over as before: a file whose content is what ohjelma last wrote at that
path (its hash is remembered in the repository's .ohjelma_cache/outputs); any other existing
file (notes of one's own, a report edited by hand) only with --force. Devices, pipes and `-` are
always fine. Every refusal names the path, what was to be written there and what to do;
the caller writes nothing.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import NamedTuple

from kuopio_ohjelma.io.atomic import is_special
from kuopio_ohjelma.io.kinds import DATA_DIR
from kuopio_ohjelma.locale import _

CONFIG_NAMES = ("ohjelma.toml", "pyproject.toml")
GIT_DIR = ".git"
YAML_SUFFIXES = (".yaml", ".yml")

# The names that fit each output format; a name without an extension fits any text output.
REPORT_SUFFIXES = {"md": (".md", ".markdown", ".txt"), "html": (".html", ".htm")}
FINDINGS_SUFFIXES = {
    "text": (".txt", ".log"),
    "github": (".txt", ".log"),
    "json": (".json",),
    "gitlab": (".json",),
    "sarif": (".sarif", ".json"),
}
DIFF_SUFFIXES = {
    "text": (".txt", ".log", ".diff"),
    "md": (".md", ".markdown", ".txt"),
    "json": (".json",),
}


class Output(NamedTuple):
    """What is written (translated, e.g. "report"), the names that fit it and an example."""

    what: str
    suffixes: tuple[str, ...]
    example: str
    bare_ok: bool = True  # a name without an extension fits


def report_output(output_format: str) -> Output:
    example = _("report.html") if output_format == "html" else _("report.md")
    return Output(_("report"), REPORT_SUFFIXES.get(output_format, ()), example)


def findings_output(output_format: str) -> Output:
    suffixes = FINDINGS_SUFFIXES.get(output_format, ())
    return Output(_("findings"), suffixes, "findings" + (suffixes or (".txt",))[0])


def diff_output(output_format: str) -> Output:
    suffixes = DIFF_SUFFIXES.get(output_format, ())
    return Output(_("comparison"), suffixes, "diff" + (suffixes or (".txt",))[0])


def workbook_output() -> Output:
    return Output(_("workbook"), (".xlsx",), _("status.xlsx"), bare_ok=False)


def refusal(output: Path, kind: Output, reason: str) -> str:
    return _("{output} ({what}): nothing was written: {reason}").format(
        output=output, what=kind.what, reason=reason
    )


def check_output(output: Path, root: Path, kind: Output, *, force: bool = False) -> str | None:
    """A reason to refuse writing `kind` to the file `output`, or None."""
    if str(output) == "-" or is_special(output):
        return None
    target = output.resolve()
    reason = _place(target, root, kind.example) or _own_file(target, kind.example)
    if reason is None and target.is_dir():
        reason = _("it is a folder; give a file name, such as {example}").format(
            example=kind.example
        )
    if reason is None and not target.parent.is_dir():
        reason = _("folder {parent} does not exist").format(parent=output.parent)
    if reason is None and not force:
        reason = (_misfit(target, kind) or _tracked(target, kind.example)
                  or _not_ours(target, root, kind.example))
    return refusal(output, kind, reason) if reason else None


_OUTPUTS = "outputs"  # the kind of cache entry: path → hash of what ohjelma wrote there


def remember_output(root: Path, output: Path, data: bytes) -> None:
    """`data` was written to the file `output`: a later run may write over it (check_output).
    A device, pipe or `-` is nothing to remember."""
    if str(output) == "-" or is_special(output):
        return
    from kuopio_ohjelma.io.cache import Cache, content_hash

    Cache(root).put(_OUTPUTS, _output_key(output), content_hash(data).encode("ascii"))


def _output_key(output: Path) -> str:
    from kuopio_ohjelma.io.cache import digest

    return digest(str(output.resolve()))


def _not_ours(target: Path, root: Path, example: str) -> str | None:
    """An existing file that is not the tool's own earlier output, unchanged since."""
    if not target.exists():
        return None
    from kuopio_ohjelma.io.cache import Cache, file_fingerprint

    recorded = Cache(root).get(_OUTPUTS, _output_key(target))
    if recorded is not None and recorded.decode("ascii") == file_fingerprint(target):
        return None
    return _("the file exists and is not ohjelma's earlier output there (or was changed after "
             "it was written); pass --force to write over it, or give a new name, such as "
             "{example}").format(example=example)


def check_workbook_output(output: Path, root: Path, *, force: bool = False) -> str | None:
    """check_output for a workbook: its name must say what it is, or Excel will not open it
    (no --force for that)."""
    kind = workbook_output()
    if str(output) != "-" and not is_special(output) and output.suffix.lower() != ".xlsx":
        if output.is_dir() and output.resolve() != (root / DATA_DIR).resolve():
            return _("{output}: is a folder; for one workbook per responsible body use "
                     "--per-owner {output}").format(output=output)
        if _place(output.resolve(), root, kind.example) is None:
            return _("{output}: a workbook's name ends in .xlsx, for example {example}").format(
                output=output, example=kind.example)
    return check_output(output, root, kind, force=force)


def check_output_folder(
    output: Path, root: Path, *, force: bool, what: str = "", example: str = "",
    fill: bool = False,
) -> str | None:
    """A reason to refuse writing a folder of files (`what`, e.g. "open-data package") at
    `output`, or None. `fill`: the command writes its own fixed names into a folder that may
    hold other files (schema), so a folder that is not empty needs no --force."""
    kind = Output(what or _("open-data package"), (), example or "open-data/")
    target = output.resolve()
    reason = _place(target, root, kind.example)
    if reason is None and (root / DATA_DIR).resolve().is_relative_to(target):
        reason = _("it is the data repository itself; give a folder of its own, such as "
                   "{example}").format(example=kind.example)
    if reason is None and target.exists() and not target.is_dir():
        reason = _("it is a file; give a folder, such as {example}").format(example=kind.example)
    if reason is None and not target.exists() and not target.parent.is_dir():
        reason = _("folder {parent} does not exist").format(parent=output.parent)
    if reason is None and not fill and not force and target.is_dir() and any(target.iterdir()):
        reason = _("the folder is not empty; pass --force to write over it, or give a new "
                   "folder")
    return refusal(output, kind, reason) if reason else None


def _place(target: Path, root: Path, example: str) -> str | None:
    """Inside git's own folder or the data folder: never, not even with --force."""
    if GIT_DIR in target.parts:
        return _("it is inside git's own folder {git}/, which holds the repository itself; "
                 "give a path outside it, such as {example}").format(git=GIT_DIR, example=example)
    data = (root / DATA_DIR).resolve()
    if target == data or target.is_relative_to(data):
        return _("it is inside the data folder {data}/; give a path outside it, such as "
                 "{example}").format(data=DATA_DIR, example=example)
    return None


def _own_file(target: Path, example: str) -> str | None:
    """The tool's configuration and YAML files are input, never output."""
    if target.name in CONFIG_NAMES:
        return _("{name} is a configuration file; give another name, such as {example}").format(
            name=target.name, example=example)
    if target.suffix.lower() in YAML_SUFFIXES:
        return _("it is a YAML file; give another name, such as {example}").format(
            example=example)
    return None


def _misfit(target: Path, kind: Output) -> str | None:
    suffix = target.suffix.lower()
    if not kind.suffixes or suffix in kind.suffixes or (kind.bare_ok and not suffix):
        return None
    return _("the name does not fit: write it to a name ending in {suffixes}, such as "
             "{example}, or pass --force to use this name").format(
        suffixes=", ".join(kind.suffixes), example=kind.example)


def _tracked(target: Path, example: str) -> str | None:
    if not target.is_file() or not is_tracked(target):
        return None
    return _("git tracks this file, so it is part of the repository; give another name, such "
             "as {example}, or pass --force to write over it").format(example=example)


def is_tracked(path: Path) -> bool:
    """Whether git tracks `path` (False where there is no git or no repository)."""
    try:
        completed = subprocess.run(
            ["git", "-C", str(path.parent), "ls-files", "--error-unmatch", "--", path.name],
            capture_output=True, check=False, timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return completed.returncode == 0
