"""Why the system refused a file, in the user's language (the OS says it only in English)."""

from __future__ import annotations

import errno

from kuopio_ohjelma.locale import N_, _

# The reasons an editor meets; anything rarer keeps the system's own words.
_REASONS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EISDIR: N_("is a folder"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.EEXIST: N_("already exists"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.EBUSY: N_("the file is in use"),
}


def os_reason(error: OSError) -> str:
    """The reason of `error` in the current language: `[Errno 2] …` → "tiedostoa tai kansiota
    ei ole"."""
    reason = _REASONS.get(error.errno) if error.errno is not None else None
    return _(reason) if reason else str(error.strerror or error)
