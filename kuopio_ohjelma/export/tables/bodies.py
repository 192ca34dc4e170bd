"""Tables of the responsible bodies: their names, other spellings, and which actions they lead."""

from __future__ import annotations

from kuopio_ohjelma.export.schema import Field, ForeignKey, Resource, Row, Words
from kuopio_ohjelma.export.selection import Selection
from kuopio_ohjelma.export.tables.actions import ACTION_ID, TO_ACTION
from kuopio_ohjelma.export.tables.programme import NOTE, POSITION

BODY_NAME = Field(
    "body_name",
    "string",
    Words("Vastuutaho", "Responsible body"),
    Words("Vastuutahon virallinen nimi (bodies.name).", "The body's canonical name (bodies.name)."),
)
TO_BODY = ForeignKey(("body_name",), "bodies", ("name",))


def _bodies(selection: Selection) -> list[Row]:
    return [{"name": body.name, "note": body.note} for body in selection.programme.bodies]


BODIES = Resource(
    "bodies",
    Words("Vastuutahot", "Responsible bodies"),
    Words(
        "Vastuutahot kukin kerran, virallisella nimellään.",
        "The responsible bodies, each once, by their canonical name.",
    ),
    (
        Field(
            "name",
            "string",
            Words("Nimi", "Name"),
            Words("Vastuutahon virallinen nimi.", "The body's canonical name."),
        ),
        NOTE,
    ),
    ("name",),
    _bodies,
)


def _maybe_same(selection: Selection) -> list[Row]:
    return [
        {"body_name": body.name, "other_name": other}
        for body in selection.programme.bodies
        for other in body.maybe_same
    ]


BODY_MAYBE_SAME = Resource(
    "body_maybe_same",
    Words("Mahdollisesti samat vastuutahot", "Bodies that may be the same"),
    Words(
        "Vastuutahoparit, jotka voivat olla sama taho; lähdeasiakirja ei kerro.",
        "Pairs of bodies that may be one and the same; the source document does not say.",
    ),
    (
        BODY_NAME,
        Field(
            "other_name",
            "string",
            Words("Toinen vastuutaho", "Other body"),
            Words(
                "Toisen vastuutahon virallinen nimi (bodies.name).",
                "The other body's canonical name (bodies.name).",
            ),
        ),
    ),
    ("body_name", "other_name"),
    _maybe_same,
    (TO_BODY, ForeignKey(("other_name",), "bodies", ("name",))),
)


def _aliases(selection: Selection) -> list[Row]:
    return [
        {"alias": alias, "body_name": body.name}
        for body in selection.programme.bodies
        for alias in body.aliases
    ]


BODY_ALIASES = Resource(
    "body_aliases",
    Words("Vastuutahojen muut nimet", "Other names of the bodies"),
    Words(
        "Muut kirjoitusasut, joilla vastuutaho esiintyy ohjelma-asiakirjassa.",
        "Other spellings under which a body appears in the programme document.",
    ),
    (
        Field(
            "alias",
            "string",
            Words("Kirjoitusasu", "Spelling"),
            Words("Toinen kirjoitusasu.", "The other spelling."),
        ),
        BODY_NAME,
    ),
    ("alias",),
    _aliases,
    (TO_BODY,),
)


def _action_bodies(selection: Selection) -> list[Row]:
    canonical = selection.programme.canonical_bodies()
    return [
        {
            "action_id": action.id,
            "position": n,
            "body_name": canonical.get(ref.name, ref.name),
            "as_written": ref.name,
            "qualifier": ref.qualifier,
            "note": ref.note,
        }
        for goal in selection.goals
        for action in goal.actions
        for n, ref in enumerate(action.body_refs, start=1)
    ]


ACTION_BODIES = Resource(
    "action_bodies",
    Words("Toimenpiteiden vastuutahot", "Responsible bodies of the actions"),
    Words(
        "Mitkä vastuutahot vastaavat mistäkin toimenpiteestä: rivi toimenpidettä ja tahoa kohden.",
        "Which bodies are responsible for which action: one row per action and body.",
    ),
    (
        ACTION_ID,
        POSITION._replace(
            description=Words("Järjestys toimenpiteen sisällä.", "Order within the action.")
        ),
        BODY_NAME,
        Field(
            "as_written",
            "string",
            Words("Kirjoitusasu", "As written"),
            Words("Vastuutaho kuten toimenpiteen tiedoissa.", "The body as written in the action."),
        ),
        Field(
            "qualifier",
            "string",
            Words("Tarkenne", "Qualifier"),
            Words(
                "Lähdeasiakirjan tarkenne nimen perässä sellaisenaan, esim. + muut tai "
                "(UEF ja Savonia); tyhjä, jos tarkennetta ei ole.",
                "The source document's qualifier after the name, verbatim, e.g. + muut (and "
                "others) or (UEF ja Savonia); empty when there is none.",
            ),
            required=False,
        ),
        NOTE,
    ),
    ("action_id", "position"),
    _action_bodies,
    (TO_ACTION, TO_BODY),
)
