"""Tables of the actions: the actions, their projects and their assessments per period."""

from __future__ import annotations

from collections import Counter

from kuopio_ohjelma.export.schema import Field, ForeignKey, Resource, Row, Words
from kuopio_ohjelma.export.selection import Selection
from kuopio_ohjelma.export.tables.programme import GOAL_NUMBER, NOTE, POSITION
from kuopio_ohjelma.model import Action, Assessment
from kuopio_ohjelma.programme import Programme
from kuopio_ohjelma.values.projects import ProjectYears

ACTION_ID = Field(
    "action_id",
    "string",
    Words("Toimenpide", "Action"),
    Words("Toimenpiteen tunnus (actions.id).", "The action's id (actions.id)."),
)
TO_ACTION = ForeignKey(("action_id",), "actions", ("id",))


def _actions(selection: Selection) -> list[Row]:
    every = {goal.number: [a.id for a in goal.actions] for goal in selection.programme.goals}
    return [
        {
            "id": action.id,
            "goal_number": goal.number,
            "position": every[goal.number].index(action.id) + 1,
            "title": action.title,
            "note": action.note,
        }
        for goal in selection.goals
        for action in goal.actions
    ]


ACTIONS = Resource(
    "actions",
    Words("Toimenpiteet", "Actions"),
    Words("Tavoitteiden toimenpiteet.", "The actions of the goals."),
    (
        Field(
            "id",
            "string",
            Words("Tunnus", "Id"),
            Words("Toimenpiteen pysyvä tunnus, esim. T1.2.", "The action's lasting id, e.g. T1.2."),
        ),
        GOAL_NUMBER._replace(
            description=Words(
                "Tavoitteen numero (goals.number).", "The goal's number (goals.number)."
            )
        ),
        POSITION._replace(
            description=Words("Järjestys tavoitteen sisällä.", "Order within the goal.")
        ),
        Field(
            "title",
            "string",
            Words("Nimi", "Title"),
            Words("Toimenpiteen nimi.", "The action's title."),
        ),
        NOTE,
    ),
    ("id",),
    _actions,
    (ForeignKey(("goal_number",), "goals", ("number",)),),
)


def _projects(selection: Selection) -> list[Row]:
    return [
        {
            "action_id": action.id,
            "position": line + 1,
            "part": part,
            "text": years.text,
            "line": action.project_items[line].name,
            "name": years.name,
            "years_text": years.years_text,
            "start_year": years.start,
            "end_year": years.end,
            "note": action.project_items[line].note,
        }
        for goal in selection.goals
        for action in goal.actions
        for line, part, years in _numbered_parts(action)
    ]


def _numbered_parts(action: Action) -> list[tuple[int, int, ProjectYears]]:
    """(line index, 1-based part within the line, years) for every project the lines name."""
    counts: Counter[int] = Counter()
    numbered = []
    for line, years in action.project_parts():
        counts[line] += 1
        numbered.append((line, counts[line], years))
    return numbered


PROJECTS = Resource(
    "projects",
    Words("Hankkeet", "Projects"),
    Words(
        "Toimenpiteitä toteuttavat hankkeet: rivi kutakin hanketta kohden. Ohjelman rivi voi "
        "nimetä useita pilkuin erotettuja hankkeita; vuodet on luettu kunkin hankkeen tekstistä, "
        "kun se on mahdollista, ja rivi on aina mukana sellaisenaan.",
        "Projects that carry out the actions: one row per project. A line of the programme may "
        "name several projects separated by commas; years are read from each project's text "
        "where it allows, and the line is always given as written.",
    ),
    (
        ACTION_ID,
        POSITION._replace(
            title=Words("Rivi", "Line"),
            description=Words(
                "Hankerivin järjestys toimenpiteen sisällä.", "Order of the line within the action."
            ),
        ),
        Field(
            "part",
            "integer",
            Words("Osa", "Part"),
            Words(
                "Hankkeen järjestys rivillä: 1, ellei rivi nimeä useita hankkeita.",
                "Order of the project on its line: 1 unless the line names several.",
            ),
        ),
        Field(
            "text",
            "string",
            Words("Teksti", "Text"),
            Words("Hanke vuosineen kuten rivillä.", "The project as written, years included."),
        ),
        Field(
            "line",
            "string",
            Words("Rivi tekstinä", "Line as written"),
            Words("Ohjelman hankerivi sellaisenaan.", "The programme's project line as written."),
        ),
        Field(
            "name",
            "string",
            Words("Nimi", "Name"),
            Words("Hankkeen nimi ilman vuosia.", "The project's name without the years."),
        ),
        Field(
            "years_text",
            "string",
            Words("Vuodet tekstinä", "Years as written"),
            Words(
                "Vuodet kuten ohjelmassa, esim. (2018-6/21); tyhjä, jos vuosia ei ole.",
                "The years as written, e.g. (2018-6/21); empty when there are none.",
            ),
            required=False,
        ),
        Field(
            "start_year",
            "integer",
            Words("Alkuvuosi", "Start year"),
            Words("Hankkeen alkuvuosi; tyhjä, jos ei tiedossa.", "Start year; empty if unknown."),
            required=False,
        ),
        Field(
            "end_year",
            "integer",
            Words("Päättymisvuosi", "End year"),
            Words(
                "Päättymisvuosi; tyhjä, jos hanke on avoin, esim. (2020-, tai vuosia ei ole.",
                "End year; empty when open-ended, e.g. (2020-, or when no years are given.",
            ),
            required=False,
        ),
        NOTE._replace(
            description=Words(
                "Toimituksellinen huomautus hankerivistä, esim. lähdeasiakirjan epäselvyys.",
                "An editorial note on the project line, e.g. an ambiguity of the source.",
            )
        ),
    ),
    ("action_id", "position", "part"),
    _projects,
    (TO_ACTION,),
)


def _assessments(selection: Selection) -> list[Row]:
    return [
        assessment_row(selection.programme, action, period_id, action.assessments[period_id])
        for goal in selection.goals
        for action in goal.actions
        for period_id in selection.period_ids  # the periods' order, not the file's
        if period_id in action.assessments
    ]


def assessment_row(
    programme: Programme, action: Action, period_id: str, assessment: Assessment
) -> Row:
    step = programme.scale_step(assessment.base_code)
    return {
        "action_id": action.id,
        "period_id": period_id,
        "mark": assessment.progress,
        "code": assessment.base_code,
        "label": step.label if step else None,
        "rank": step.rank if step else None,
        "uncertain": assessment.uncertain,
        "note": assessment.note,
    }


ASSESSMENTS = Resource(
    "assessments",
    Words("Arviot", "Assessments"),
    Words(
        "Toimenpiteen eteneminen ja tilanne kullakin seurantakaudella: rivi toimenpidettä "
        "ja kautta kohden.",
        "Each action's progress and status note in each monitoring period: one row per action "
        "and period.",
    ),
    (
        ACTION_ID,
        Field(
            "period_id",
            "string",
            Words("Kausi", "Period"),
            Words("Seurantakauden tunnus (periods.id).", "The period's id (periods.id)."),
        ),
        Field(
            "mark",
            "string",
            Words("Eteneminen", "Progress"),
            Words(
                "Merkki kuten ohjelmassa; perään lisätty ? tarkoittaa epävarmaa arviota, esim. +?.",
                "The mark as written; a trailing ? marks an uncertain assessment, e.g. +?.",
            ),
            enum=lambda info: info.allowed_progress(),
        ),
        Field(
            "code",
            "string",
            Words("Asteikon merkki", "Scale mark"),
            Words(
                "Merkki ilman epävarmuuden kysymysmerkkiä (scale.code).",
                "The mark without the uncertainty question mark (scale.code).",
            ),
            enum=lambda info: [step.code for step in info.scale],
        ),
        Field(
            "label",
            "string",
            Words("Selite", "Label"),
            Words("Merkin selite asteikosta.", "The mark's label from the scale."),
        ),
        Field(
            "rank",
            "integer",
            Words("Arvo", "Rank"),
            Words(
                "Merkin järjestysarvo: suurempi on parempi; tyhjä, kun ei tietoa.",
                "The mark's rank: higher is better; empty when unknown.",
            ),
            required=False,
        ),
        Field(
            "uncertain",
            "boolean",
            Words("Epävarma", "Uncertain"),
            Words(
                "true, kun arvio on merkitty epävarmaksi (+?).",
                "true when the assessment is marked uncertain (+?).",
            ),
        ),
        Field(
            "note",
            "string",
            Words("Tilanne", "Status note"),
            Words("Tilanneteksti kaudelta; voi olla tyhjä.", "The status note; may be empty."),
            required=False,
        ),
    ),
    ("action_id", "period_id"),
    _assessments,
    (
        TO_ACTION,
        ForeignKey(("period_id",), "periods", ("id",)),
        ForeignKey(("code",), "scale", ("code",)),
    ),
    order=("action_id",),  # then the periods' order, oldest first
)
