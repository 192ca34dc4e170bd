"""Tables of the indicators and of the themes that list them."""

from __future__ import annotations

from kuopio_ohjelma.export.schema import Field, ForeignKey, Resource, Row, Words
from kuopio_ohjelma.export.selection import Selection
from kuopio_ohjelma.export.tables.programme import NOTE, POSITION
from kuopio_ohjelma.indicators.series import in_order
from kuopio_ohjelma.model import Indicator

INDICATOR_ID = Field(
    "indicator_id",
    "string",
    Words("Mittari", "Indicator"),
    Words("Mittarin tunnus (indicators.id).", "The indicator's id (indicators.id)."),
)


def _indicators(selection: Selection) -> list[Row]:
    return [_indicator(i, selection.programme.indicators[i]) for i in selection.indicator_ids]


def _indicator(indicator_id: str, indicator: Indicator) -> Row:
    source, baseline = indicator.source, indicator.baseline
    return {
        "id": indicator_id,
        "name": indicator.name,
        "qualifier": indicator.qualifier,
        "listed_as": indicator.shown,
        "source": source.name if source else None,
        "source_url": source.url if source else None,
        "source_licence": source.licence if source else None,
        "unit": indicator.unit,
        "direction": indicator.direction,
        "baseline_year": baseline.year if baseline else None,
        "baseline_value": baseline.value if baseline else None,
        "note": indicator.note,
    }


def _optional(name: str, kind: str, title: Words, description: Words) -> Field:
    return Field(name, kind, title, description, required=False)


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
        _optional(
            "qualifier",
            "string",
            Words("Tarkenne", "Qualifier"),
            Words(
                "Mittarin rajaus tai erittely, esim. 18 – 64-vuotiaat.",
                "What the indicator is limited to or broken down by, e.g. 18 – 64-vuotiaat "
                "(aged 18 to 64).",
            ),
        ),
        Field(
            "listed_as",
            "string",
            Words("Ohjelmassa", "As listed"),
            Words(
                "Mittari kuten ohjelma sen luettelee: nimi, tarkenne ja lähde.",
                "The indicator as the programme lists it: name, qualifier and source.",
            ),
        ),
        Field(
            "source",
            "string",
            Words("Lähde", "Source"),
            Words(
                "Tietolähteen nimi kuten ohjelmassa; tyhjä, jos ei mainittu.",
                "The data source's name as written; empty when not given.",
            ),
            required=False,
        ),
        _optional(
            "source_url",
            "string",
            Words("Lähteen osoite", "Source URL"),
            Words("Tietolähteen verkko-osoite.", "The web address of the data source."),
        ),
        _optional(
            "source_licence",
            "string",
            Words("Lähteen lisenssi", "Source licence"),
            Words("Tietolähteen aineiston lisenssi.", "The licence of the source's data."),
        ),
        _optional(
            "unit",
            "string",
            Words("Yksikkö", "Unit"),
            Words("Arvojen yksikkö, esim. %.", "The unit of the values, e.g. %."),
        ),
        _optional(
            "direction",
            "string",
            Words("Hyvä suunta", "Direction of good"),
            Words(
                "Kumpi suunta on hyvä: ylös, alas tai ei.",
                "Which way is good: ylös (up), alas (down) or ei (neither).",
            ),
        ),
        _optional(
            "baseline_year",
            "integer",
            Words("Lähtötason vuosi", "Baseline year"),
            Words("Lähtötason vuosi.", "The year of the baseline."),
        ),
        _optional(
            "baseline_value",
            "number",
            Words("Lähtötaso", "Baseline"),
            Words("Lähtötason arvo.", "The baseline value."),
        ),
        NOTE,
    ),
    ("id",),
    _indicators,
)

INDICATOR_POSITION = POSITION._replace(
    description=Words("Järjestys mittarin sisällä, 1 ensin.", "Order within the indicator.")
)
TO_INDICATOR = ForeignKey(("indicator_id",), "indicators", ("id",))


def _targets(selection: Selection) -> list[Row]:
    return [
        {
            "indicator_id": i,
            "position": n,
            "year": target.year,
            "value": target.value,
            "text": target.text,
        }
        for i in selection.indicator_ids
        for n, target in enumerate(selection.programme.indicators[i].targets, start=1)
    ]


TARGETS = Resource(
    "indicator_targets",
    Words("Mittarien tavoitteet", "Targets of the indicators"),
    Words(
        "Mittarien tavoitteet: vuosi ja arvo, tai tavoite sanoin.",
        "The indicators' targets: a year and a value, or a target in words.",
    ),
    (
        INDICATOR_ID,
        INDICATOR_POSITION,
        _optional(
            "year",
            "integer",
            Words("Vuosi", "Year"),
            Words("Tavoitevuosi.", "The target year."),
        ),
        _optional(
            "value",
            "number",
            Words("Arvo", "Value"),
            Words("Tavoiteltu arvo.", "The target value."),
        ),
        _optional(
            "text",
            "string",
            Words("Kuvaus", "Text"),
            Words("Tavoite sanoin, esim. suunta.", "The target in words, e.g. a direction."),
        ),
    ),
    ("indicator_id", "position"),
    _targets,
    (TO_INDICATOR,),
)


def _observations(selection: Selection) -> list[Row]:
    return [
        {
            "indicator_id": i,
            "position": n,
            "year": observation.year,
            "period": observation.period,
            "value": observation.value,
            "note": observation.note,
            "source": observation.source,
        }
        for i in selection.indicator_ids
        for n, observation in enumerate(
            in_order(selection.programme.indicators[i].observations), start=1
        )
    ]


OBSERVATIONS = Resource(
    "indicator_observations",
    Words("Mittarien arvot", "Observations of the indicators"),
    Words(
        "Mittarien arvot aikajärjestyksessä: vuosi tai seurantakausi, arvo, huomautus ja lähde.",
        "The indicators' values in time order: a year or monitoring period, the value, a note "
        "and a source.",
    ),
    (
        INDICATOR_ID,
        INDICATOR_POSITION._replace(
            description=Words(
                "Järjestys ajassa mittarin sisällä, 1 vanhin.", "Order in time, 1 the oldest."
            )
        ),
        _optional("year", "integer", Words("Vuosi", "Year"), Words("Arvon vuosi.", "The year.")),
        _optional(
            "period",
            "string",
            Words("Kausi", "Period"),
            Words("Seurantakausi, jos arvo on kaudelta.", "The monitoring period, if by period."),
        ),
        Field("value", "number", Words("Arvo", "Value"), Words("Arvo.", "The value.")),
        _optional(
            "note",
            "string",
            Words("Huomautus", "Note"),
            Words("Huomautus arvosta.", "A note on the value."),
        ),
        _optional(
            "source",
            "string",
            Words("Lähde", "Source"),
            Words(
                "Arvon lähde, jos eri kuin mittarin.",
                "The value's source, when not the indicator's.",
            ),
        ),
    ),
    ("indicator_id", "position"),
    _observations,
    (TO_INDICATOR,),
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
