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
    errno.ELOOP: N_("a link leads to itself (a loop of links)"),
    errno.ETXTBSY: N_("the file is in use"),
    errno.EDQUOT: N_("the disk quota is full"),
    errno.EFBIG: N_("the file is too large"),
    errno.EMFILE: N_("too many files are open"),
    errno.ENFILE: N_("too many files are open"),
    errno.EIO: N_("the disk could not be read or written (input/output error)"),
    errno.ENOTEMPTY: N_("the folder is not empty"),
    errno.EXDEV: N_("the file cannot be moved to another disk"),
    errno.EINVAL: N_("the name or the operation is not allowed here"),
    errno.ENXIO: N_("no such device"),
    errno.ENODEV: N_("no such device"),
    errno.EAGAIN: N_("the file is busy; try again"),
    errno.EINTR: N_("interrupted; try again"),
    errno.ESTALE: N_("the network drive's file is no longer there"),
    errno.EILSEQ: N_("the name is not valid text"),
}


def os_reason(error: OSError) -> str:
    """The reason of `error` in the current language: `[Errno 2] …` → "tiedostoa tai kansiota
    ei ole"."""
    reason = _REASONS.get(error.errno) if error.errno is not None else None
    if reason:
        return _(reason)
    # A rarer reason: still said in the user's language, with the system's code to search.
    code = errno.errorcode.get(error.errno or 0, str(error.errno))
    return _("the system refused it ({code})").format(code=code)
