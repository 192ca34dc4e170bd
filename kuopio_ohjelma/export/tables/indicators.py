"""Tables of the indicators and of the themes that list them."""

from __future__ import annotations

from kuopio_ohjelma.export.schema import Field, ForeignKey, Resource, Row, Words
from kuopio_ohjelma.export.selection import Selection
from kuopio_ohjelma.export.tables.programme import POSITION

INDICATOR_ID = Field(
    "indicator_id",
    "string",
    Words("Mittari", "Indicator"),
    Words("Mittarin tunnus (indicators.id).", "The indicator's id (indicators.id)."),
)


def _indicators(selection: Selection) -> list[Row]:
    indicators = selection.programme.indicators
    rows: list[Row] = []
    for i in selection.indicator_ids:
        source = indicators[i].source
        name = source.name if source else None
        rows.append({"id": i, "name": indicators[i].name, "source": name})
    return rows


INDICATORS = Resource(
    "indicators",
    Words("Mittarit", "Indicators"),
    Words("Ohjelman mittarit.", "The programme's indicators."),
    (
        Field(
            "id",
            "string",
            Words("Tunnus", "Id"),
            Words(
                "Mittarin tunnus: tiedoston nimi kansiossa data/indicators ilman päätettä.",
                "The indicator's id: its file name in data/indicators without the extension.",
            ),
        ),
        Field(
            "name",
            "string",
            Words("Nimi", "Name"),
            Words("Mittarin nimi ohjelmassa.", "The indicator's name in the programme."),
        ),
        Field(
            "source",
            "string",
            Words("Lähde", "Source"),
            Words(
                "Tietolähde tai tarkenne kuten ohjelmassa; tyhjä, jos ei mainittu.",
                "Data source or detail as written; empty when not given.",
            ),
            required=False,
        ),
    ),
    ("id",),
    _indicators,
)


def _theme_indicators(selection: Selection) -> list[Row]:
    chosen = set(selection.indicator_ids)
    return [
        {"theme_id": theme.id, "indicator_id": i, "position": n}
        for theme in selection.themes
        for n, i in enumerate(theme.indicators, start=1)
        if i in chosen
    ]


THEME_INDICATORS = Resource(
    "theme_indicators",
    Words("Painopisteiden mittarit", "Indicators of the themes"),
    Words(
        "Mitkä mittarit kuuluvat mihinkin painopisteeseen; sama mittari voi olla usealla.",
        "Which indicators belong to which theme; one indicator may belong to several.",
    ),
    (
        Field(
            "theme_id",
            "string",
            Words("Painopiste", "Theme"),
            Words("Painopisteen tunnus (themes.id).", "The theme's id (themes.id)."),
        ),
        INDICATOR_ID,
        POSITION._replace(
            description=Words("Järjestys painopisteen sisällä.", "Order within the theme.")
        ),
    ),
    ("theme_id", "indicator_id"),
    _theme_indicators,
    (
        ForeignKey(("theme_id",), "themes", ("id",)),
        ForeignKey(("indicator_id",), "indicators", ("id",)),
    ),
)
