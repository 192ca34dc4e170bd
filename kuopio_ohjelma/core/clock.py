"""The one reading of SOURCE_DATE_EPOCH: outputs carry a time only when it asks for one."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from kuopio_ohjelma.core.errors import ChoiceError
from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.locale import _


def source_date() -> datetime | None:
    """SOURCE_DATE_EPOCH as a UTC time, None when unset; a value that is not one is an error."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise ChoiceError(
            _("SOURCE_DATE_EPOCH={value} is not a time; give seconds since 1970, e.g. {now}")
            .format(value=inert(epoch[:40]), now=1_700_000_000)
        ) from None
