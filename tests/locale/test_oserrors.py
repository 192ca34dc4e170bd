"""locale/oserrors: the reasons an editor can meet are said in Finnish, never the system's
English words (ELOOP was 'Too many levels of symbolic links')."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kuopio_ohjelma.locale import set_language
from kuopio_ohjelma.locale.oserrors import os_reason


@pytest.mark.parametrize(
    ("code", "finnish"),
    [(errno.ELOOP, "linkki johtaa itseensä (linkkien silmukka)"),
     (errno.EIO, "levyä ei voitu lukea tai kirjoittaa (siirtovirhe)"),
     (errno.EMFILE, "liian monta tiedostoa on auki"),
     (errno.ENOTEMPTY, "kansio ei ole tyhjä"),
     (errno.EDQUOT, "levykiintiö on täynnä"),
     (errno.EPROTO, "järjestelmä kieltäytyi (EPROTO)")],
)
def test_a_reason_in_finnish(code: int, finnish: str) -> None:
    set_language("fi")
    assert os_reason(OSError(code, os.strerror(code))) == finnish


def test_a_real_loop_of_links(tmp_path: Path) -> None:
    set_language("fi")
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(OSError) as raised:
        (tmp_path / "a").read_bytes()
    assert os_reason(raised.value) == "linkki johtaa itseensä (linkkien silmukka)"
