"""Workbook ↔ bytes: reproducible output (no clock in the file), bounded input."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime

from openpyxl import Workbook

from kuopio_ohjelma.core.clock import source_date

# The zip format can say no time before 1980 or after 2107.
_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)
_LAST = datetime(2107, 12, 31, tzinfo=UTC)
_CORE = "docProps/core.xml"
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _stamp() -> datetime:
    """SOURCE_DATE_EPOCH when asked for, else a fixed date: same input, same bytes."""
    return min(max(source_date() or _EPOCH, _EPOCH), _LAST)


def workbook_bytes(book: Workbook) -> bytes:
    stamp = _stamp()
    naive = stamp.replace(tzinfo=None)
    book.properties.created = naive
    book.properties.modified = naive
    book.properties.creator = "ohjelma"
    buffer = io.BytesIO()
    book.save(buffer)
    return _restamp(buffer.getvalue(), stamp)


def _restamp(data: bytes, stamp: datetime) -> bytes:
    """openpyxl stamps every zip entry, and the document's modified time, with the clock on
    saving; rewrite them with `stamp`."""
    out = io.BytesIO()
    when = stamp.timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            content = source.read(entry.filename)
            if entry.filename == _CORE:
                content = _MODIFIED.sub(_w3c(stamp), content)
            target.writestr(info, content)
    return out.getvalue()


def _w3c(stamp: datetime) -> bytes:
    return rb"\g<1>" + stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>"
