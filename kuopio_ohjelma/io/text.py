"""Bytes to text: size cap, encoding, byte-order mark and line endings, as values not exceptions."""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.locale import _, grouped
from kuopio_ohjelma.problems import START, Position, Problem, Severity

MAX_FILE_BYTES = 1024 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class SourceText:
    """A data file's bytes and its text (the bytes decoded, without a byte-order mark, with
    LF line endings).

    Once a file has loaded, its text may be let go (`forget_text`): asking for it again
    decodes the bytes again. A large repository's texts were a sixth of its memory, and
    only files with a finding are read again."""

    __slots__ = ("_text", "had_bom", "newline", "path", "raw")

    def __init__(self, path: Path, text: str, newline: str, had_bom: bool, raw: bytes) -> None:
        self.path = path
        self.newline = newline
        self.had_bom = had_bom
        self.raw = raw
        self._text: str | None = text

    @property
    def text(self) -> str:
        kept = self._text
        return kept if kept is not None else _decoded(self.raw, self.had_bom)

    def forget_text(self) -> None:
        self._text = None

    def contains(self, word: str) -> bool:
        """`word` is in the text: searched in the bytes once the text is let go, without
        decoding them again (the text is UTF-8; CRLF endings do not matter to a word)."""
        kept = self._text
        if kept is not None:
            return word in kept
        return word.encode("utf-8") in self.raw

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceText):
            return NotImplemented
        return (self.path, self.raw) == (other.path, other.raw)

    def __hash__(self) -> int:
        return hash((self.path, self.raw))

    def __repr__(self) -> str:
        return f"SourceText(path={self.path!r}, bytes={len(self.raw)})"


def _decoded(raw: bytes, had_bom: bool) -> str:
    """The text of bytes that decoded once already (see decode_source)."""
    text = raw[len(_UTF8_BOM) if had_bom else 0 :].decode("utf-8")
    return text.replace("\r\n", "\n") if "\r" in text else text


def decode_source(path: Path, raw: bytes) -> tuple[SourceText | None, list[Problem]]:
    """Decode a data file; a problem that makes the text unusable comes back instead of text."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [too_large(path, len(raw))]
    if raw.startswith(_UTF16_BOMS):
        return None, [_not_utf8(path, START, _("it starts with a UTF-16 byte-order mark"))]
    if raw.count(0) > len(raw) // 4 > 0:
        return None, [_not_utf8(path, START, _("it looks like UTF-16 without a byte-order mark"))]
    problems: list[Problem] = []
    had_bom = raw.startswith(_UTF8_BOM)
    if had_bom:
        problems.append(_bom(path))
    try:
        text = raw[len(_UTF8_BOM) if had_bom else 0 :].decode("utf-8")
    except UnicodeDecodeError as error:
        body = raw[len(_UTF8_BOM) if had_bom else 0 :]
        return None, [_undecodable(path, body, error.start)]
    newline = "\r\n" if "\r\n" in text else "\n"
    if "\r" in text:
        problems.append(_crlf(path, text))
        text = text.replace("\r\n", "\n")
    return SourceText(path, text, newline, had_bom, raw), problems


def position_of_offset(text: str, offset: int) -> Position:
    """The 1-based position of a character offset in text."""
    before = text[:offset]
    line = before.count("\n")
    return Position.from_zero_based(line, offset - (before.rfind("\n") + 1))


def too_large(path: Path, size: int) -> Problem:
    return Problem(
        "E111",
        path,
        START,
        _("file is {size} bytes; data files may be at most {limit} bytes").format(
            size=grouped(size), limit=grouped(MAX_FILE_BYTES)
        ),
        _("split the content or check that this is the right file"),
    )


def _not_utf8(path: Path, position: Position, why: str) -> Problem:
    return Problem(
        "E102",
        path,
        position,
        _("file is not UTF-8: {why}").format(why=why),
        save_as_utf8(),
    )


def save_as_utf8() -> str:
    """How to save a file as UTF-8: for a data file and a note file alike."""
    return _("save the file as UTF-8 (in VS Code: 'Save with Encoding' → UTF-8)")


def _undecodable(path: Path, raw: bytes, offset: int) -> Problem:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", "replace")) + 1
    position = Position(raw.count(b"\n", 0, offset) + 1, column)
    why = _("byte 0x{byte:02x} at byte offset {offset} cannot be decoded").format(
        byte=raw[offset], offset=offset
    )
    if looks_like_cp1252(raw):
        why += " " + _("(the file looks like Windows-1252 / cp1252)")
    return _not_utf8(path, position, why)


def looks_like_cp1252(raw: bytes) -> bool:
    return any(byte in raw for byte in (0xE4, 0xF6, 0xC4, 0xD6, 0x96, 0x94))


def _bom(path: Path) -> Problem:
    return Problem(
        "W105",
        path,
        START,
        _("file starts with a byte-order mark"),
        _("run ohjelma fmt, or save the file as UTF-8 without BOM"),
        Severity.WARNING,
    )


def _mixed(text: str) -> bool:
    bare_lf = text.count("\n") - text.count("\r\n")
    return bare_lf > 0 and "\r" in text


def _crlf(path: Path, text: str) -> Problem:
    return Problem(
        "W106",
        path,
        position_of_offset(text, text.index("\r")),
        _("file mixes line endings") if _mixed(text) else
        _("file uses Windows (CRLF) or old Mac (CR) line endings"),
        _("run ohjelma fmt, or use LF line endings (in VS Code: click 'CRLF' in the status bar "
          "→ LF)"),
        Severity.WARNING,
    )
