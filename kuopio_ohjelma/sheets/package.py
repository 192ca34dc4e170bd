"""Workbook ↔ bytes: reproducible output (no clock in the file), bounded input."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import UTC, datetime

from openpyxl import Workbook

# The zip format cannot say anything earlier than 1980.
_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)


def _stamp() -> datetime:
    """SOURCE_DATE_EPOCH when asked for, else a fixed date: same input, same bytes."""
    given = os.environ.get("SOURCE_DATE_EPOCH", "")
    if given.isdigit():
        return max(datetime.fromtimestamp(int(given), tz=UTC), _EPOCH)
    return _EPOCH


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
    """openpyxl stamps every zip entry with the clock; rewrite them with `stamp`."""
    out = io.BytesIO()
    when = stamp.timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
