"""Tables of the programme's frame: periods, the progress scale, themes, goals, binding targets."""

from __future__ import annotations

from kuopio_ohjelma.export.schema import Field, ForeignKey, Resource, Row, Words
from kuopio_ohjelma.export.selection import Selection

POSITION = Field(
    "position",
    "integer",
    Words("Järjestys", "Position"),
    Words("Järjestysnumero ohjelmassa, 1 ensin.", "Order in the programme, 1 first."),
)

NOTE = Field(
    "note",
    "string",
    Words("Huomautus", "Editorial note"),
    Words(
        "Toimituksellinen huomautus lähdeasiakirjan epäselvyydestä tai tulkinnasta; "
        "raportissa alaviite 'Lähdeasiakirjassa: …'. Tyhjä, jos huomautusta ei ole.",
        "An editorial note on an ambiguity or reading of the source document; a footnote "
        "'Lähdeasiakirjassa: …' (in the source document: …) in the report. Empty when none.",
    ),
    required=False,
)


def _periods(selection: Selection) -> list[Row]:
    every = selection.programme.period_ids()
    return [
        {"id": p.id, "label": p.label, "position": every.index(p.id) + 1} for p in selection.periods
    ]


PERIODS = Resource(
    "periods",
    Words("Seurantakaudet", "Monitoring periods"),
    Words(
        "Kaudet, joilta toimenpiteiden eteneminen on arvioitu, vanhimmasta uusimpaan.",
        "The periods in which the actions' progress was assessed, oldest first.",
    ),
    (
        Field(
            "id",
            "string",
            Words("Tunnus", "Id"),
            Words("Kauden tunnus, esim. 1/2024.", "The period's id, e.g. 1/2024."),
        ),
        Field(
            "label",
            "string",
            Words("Nimi", "Label"),
            Words("Kauden otsikko ohjelmassa.", "The period's heading in the programme."),
        ),
        POSITION._replace(
            description=Words(
                "Kauden järjestys: 1 on vanhin kausi.", "Order of the period: 1 is the oldest."
            )
        ),
    ),
    ("id",),
    _periods,
    order=("position",),
)


def _scale(selection: Selection) -> list[Row]:
    return [
        {"code": step.code, "label": step.label, "rank": step.rank, "position": n}
        for n, step in enumerate(selection.programme.info.scale, start=1)
    ]


SCALE = Resource(
    "scale",
    Words("Etenemisen asteikko", "Progress scale"),
    Words(
        "Merkit, joilla toimenpiteen etenemistä arvioidaan, ja niiden selitteet.",
        "The marks that assess an action's progress, and what they mean.",
    ),
    (
        Field(
            "code",
            "string",
            Words("Merkki", "Mark"),
            Words("Etenemisen merkki, esim. + tai +/-.", "The progress mark, e.g. + or +/-."),
            enum=lambda info: [step.code for step in info.scale],
        ),
        Field(
            "label",
            "string",
            Words("Selite", "Label"),
            Words(
                "Merkin selite ohjelman sanoin.", "What the mark means, in the programme's words."
            ),
        ),
        Field(
            "rank",
            "integer",
            Words("Arvo", "Rank"),
            Words(
                "Järjestysarvo vertailuun: suurempi on parempi. "
                "Tyhjä: ei tietoa, ei vertailtavissa.",
                "Rank for comparison: higher is better. Empty: unknown, not comparable.",
            ),
            required=False,
        ),
        POSITION,
    ),
    ("code",),
    _scale,
)


def _themes(selection: Selection) -> list[Row]:
    every = [theme.id for theme in selection.programme.info.themes]
    return [
        {"id": theme.id, "name": theme.name, "position": every.index(theme.id) + 1}
        for theme in selection.themes
    ]


THEMES = Resource(
    "themes",
    Words("Painopisteet", "Themes"),
    Words("Ohjelman painopisteet.", "The programme's themes (painopisteet)."),
    (
        Field(
            "id",
            "string",
            Words("Tunnus", "Id"),
            Words("Painopisteen lyhyt tunnus.", "The theme's short id."),
        ),
        Field(
            "name",
            "string",
            Words("Nimi", "Name"),
            Words("Painopisteen nimi ohjelmassa.", "The theme's name in the programme."),
        ),
        POSITION,
    ),
    ("id",),
    _themes,
)


def _goals(selection: Selection) -> list[Row]:
    return [
        {
            "number": goal.number,
            "theme_id": goal.theme,
            "title": goal.title,
            "short_title": goal.short_title,
            "note": goal.note,
        }
        for goal in selection.goals
    ]


GOAL_NUMBER = Field(
    "goal_number",
    "integer",
    Words("Tavoite", "Goal"),
    Words("Tavoitteen numero.", "The goal's number."),
)

GOALS = Resource(
    "goals",
    Words("Tavoitteet", "Goals"),
    Words(
        "Ohjelman tavoitteet, kukin yhden painopisteen alla.", "The goals, each under one theme."
    ),
    (
        Field(
            "number",
            "integer",
            Words("Numero", "Number"),
            Words("Tavoitteen numero ohjelmassa.", "The goal's number in the programme."),
        ),
        Field(
            "theme_id",
            "string",
            Words("Painopiste", "Theme"),
            Words("Painopisteen tunnus (themes.id).", "The theme's id (themes.id)."),
        ),
        Field(
            "title",
            "string",
            Words("Nimi", "Title"),
            Words("Tavoitteen otsikko.", "The goal's title."),
        ),
        Field(
            "short_title",
            "string",
            Words("Lyhyt nimi", "Short title"),
            Words(
                "Nimi ohjelman yleiskuvassa, jos se eroaa otsikosta; muuten tyhjä.",
                "The name in the programme's overview when it differs from the title; else empty.",
            ),
            required=False,
        ),
        NOTE,
    ),
    ("number",),
    _goals,
    (ForeignKey(("theme_id",), "themes", ("id",)),),
)


def _binding_targets(selection: Selection) -> list[Row]:
    return [
        {"goal_number": goal.number, "position": n, "text": text}
        for goal in selection.goals
        for n, text in enumerate(goal.binding_targets, start=1)
    ]


BINDING_TARGETS = Resource(
    "binding_targets",
    Words("Sitovat tavoitteet", "Binding targets"),
    Words(
        "Talousarviossa tavoitteille asetetut sitovat tavoitteet.",
        "Binding targets set for the goals in the city budget.",
    ),
    (
        GOAL_NUMBER,
        POSITION._replace(
            description=Words("Järjestys tavoitteen sisällä.", "Order within the goal.")
        ),
        Field(
            "text",
            "string",
            Words("Teksti", "Text"),
            Words("Sitova tavoite kuten ohjelmassa.", "The binding target as written."),
        ),
    ),
    ("goal_number", "position"),
    _binding_targets,
    (ForeignKey(("goal_number",), "goals", ("number",)),),
)
