"""A place in a data file named as its editor knows it: "toimenpide T5.2, kausi 1/2024",
never a data path such as `toimenpiteet[2].seuranta.1/2024` or pydantic's `[key]`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kuopio_ohjelma.locale import N_, _

PathKey = tuple[Any, ...]
# pydantic's name for the key of a mapping entry: the entry itself is named instead.
_KEY_MARK = "[key]"


def _text(item: Any, key: str) -> str | None:
    value = item.get(key) if isinstance(item, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _own_name(item: Any) -> str | None:
    """A list item's text: a bare name, or its 'nimi'."""
    return item.strip() or None if isinstance(item, str) else _text(item, "nimi")


def _year(item: Any) -> str | None:
    found = item.get("vuosi") if isinstance(item, dict) else None
    return str(found) if isinstance(found, int) else None


def _when(item: Any) -> str | None:
    return _text(item, "kausi") or _year(item)


# How an item of each list is named: the words, and what fills them from the item. An item
# without its naming key falls back to its number in the list.
_ITEMS: dict[str, tuple[str, Callable[[Any], str | None]]] = {
    "toimenpiteet": (N_("action {0}"), lambda item: _text(item, "tunnus")),
    "kaudet": (N_("period {0}"), lambda item: _text(item, "tunnus")),
    "painopisteet": (N_("theme {0}"), lambda item: _text(item, "tunnus")),
    "asteikko": (N_('scale mark "{0}"'), lambda item: _text(item, "koodi")),
    "taustat": (N_("background text '{0}'"), lambda item: _text(item, "otsikko")),
    "hankkeet": (N_("project '{0}'"), _own_name),
    "vastuutahot": (N_("responsible body '{0}'"), _own_name),
    "havainnot": (N_("value of {0}"), _when),
    "tavoitteet": (N_("target for {0}"), _year),
}


def _item(key: str, item: Any, number: int) -> str:
    words, naming = _ITEMS.get(key, ("", lambda _item: None))
    found = naming(item)
    if found is not None:
        return _(words).format(found)
    return _("item {number} of '{key}'").format(number=number, key=key)


def place(loc: PathKey, data: Any) -> str:
    """The containers on the path `loc` in the editor's words, outermost first: "toimenpide
    T1.2, kausi 1/2024" (empty at the top of the file)."""
    parts: list[str] = []
    node, parent_key = data, ""
    for part in loc:
        if part == _KEY_MARK:
            continue
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            _drop(parts, parent_key)  # "toimenpide T1.2", not "'toimenpiteet', toimenpide T1.2"
            parts.append(_item(parent_key, node, part + 1))
            parent_key = ""
            continue
        if parent_key == "seuranta":
            _drop(parts, parent_key)
            parts.append(_("period {0}").format(part))
        else:
            parts.append(f"'{part}'")
        node = node.get(part) if isinstance(node, dict) else None
        parent_key = str(part)
    return ", ".join(parts)


def _drop(parts: list[str], key: str) -> None:
    if parts and parts[-1] == f"'{key}'":
        parts.pop()


def named(loc: PathKey, data: Any) -> str:
    """The key or item at `loc` with its place: "'eteneminen' (toimenpide T1.2, kausi 1/2024)"."""
    loc = tuple(part for part in loc if part != _KEY_MARK)
    if not loc:
        return _("the file")
    if isinstance(loc[-1], str) and loc[-2:-1] != ("seuranta",):
        outer = place(loc[:-1], data)
        return f"'{loc[-1]}' ({outer})" if outer else f"'{loc[-1]}'"
    return place(loc, data)
