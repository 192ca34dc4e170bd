"""Pydantic models of the programme. Code speaks English; the YAML keys are the editors' Finnish.

Every model is frozen, forbids unknown keys and uses strict types, so that a typo in a key or
a YAML surprise (`1.10` read as a number, `yes` where text is expected) is an error, never
silently changed data.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    StringConstraints,
    WithJsonSchema,
)

from kuopio_ohjelma.values.marks import UNCERTAIN_SUFFIX as UNCERTAIN_SUFFIX
from kuopio_ohjelma.values.marks import split_progress as split_progress
from kuopio_ohjelma.values.numbers import check_number
from kuopio_ohjelma.values.period_ids import PERIOD_PATTERN
from kuopio_ohjelma.values.records import (
    ActionMixin,
    AssessmentMixin,
    BodyRefMixin,
    GoalMixin,
    IndicatorMixin,
    ObservationMixin,
    ProgrammeInfoMixin,
    named,
    source_from_text,
)

Text = Annotated[str, StringConstraints(min_length=1)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
ActionId = Annotated[str, StringConstraints(pattern=r"^T[0-9]+\.[0-9]+$")]
PeriodId = Annotated[str, StringConstraints(pattern=PERIOD_PATTERN)]
# A value of an indicator: a YAML number. Text such as "71,2" is refused with its fix.
Number = Annotated[float | int, PlainValidator(check_number), WithJsonSchema({"type": "number"})]
Year = Annotated[int, Field(ge=1900, le=2200)]

class _Record(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", strict=True, populate_by_name=True, validate_default=True,
        defer_build=True,
    )


NOTE_DESCRIPTION = (
    "Toimituksellinen huomautus lähdeasiakirjan epäselvyydestä tai tulkinnasta. Raportti näyttää "
    "sen numeroituna alaviitteenä muodossa 'Lähdeasiakirjassa: …', joten kirjoita se jatkamaan "
    "tuota alkua, esim. 'vastuutahojen sarake on tyhjä.'"
)


def _note() -> Any:
    return Field(default=None, alias="huomautus", description=NOTE_DESCRIPTION)


class BackgroundText(_Record):
    title: Text = Field(alias="otsikko", description="Tekstin otsikko, esim. 'Ohjelman tausta'.")
    text: Text = Field(alias="teksti", description="Tekstin sisältö kappaleineen.")
    note: Text | None = _note()


class ScaleStep(_Record):
    code: Text = Field(alias="koodi", description="Etenemisen merkki, esim. '+' tai '+/-'.")
    label: Text = Field(alias="selite", description="Merkin selite, esim. 'Etenee myönteisesti'.")
    rank: int | None = Field(
        alias="arvo",
        description="Järjestysarvo vertailuun (suurempi on parempi); tyhjä = ei tietoa.",
    )


class Period(_Record):
    id: PeriodId = Field(alias="tunnus", description="Seurantakauden tunnus, esim. '1/2024'.")
    label: Text = Field(alias="nimi", description="Kauden otsikko, esim. 'Tilanne 1/2024'.")


class Theme(_Record):
    id: Identifier = Field(alias="tunnus", description="Painopisteen lyhyt tunnus tiedostoissa.")
    name: Text = Field(alias="nimi", description="Painopisteen nimi ohjelmassa.")
    indicators: list[Identifier] = Field(
        default_factory=list,
        alias="mittarit",
        description="Painopisteen mittarit: tiedostojen nimet kansiossa data/indicators "
        "ilman .yaml-päätettä.",
    )


class ProgrammeInfo(ProgrammeInfoMixin, _Record):
    """data/programme.yaml"""

    name: Text = Field(
        alias="nimi", description="Ohjelman nimi kuten lähdeasiakirja sen kirjoittaa."
    )
    display_name: Text | None = Field(
        default=None,
        alias="näyttönimi",
        description="Ohjelman nimi raportissa, jos se eroaa lähdeasiakirjan kirjoitusasusta.",
    )
    strategy: Text = Field(alias="strategia", description="Strategia, jota ohjelma toteuttaa.")
    background: list[BackgroundText] = Field(
        default_factory=list, alias="taustat", description="Ohjelman taustatekstit järjestyksessä."
    )
    monitoring_groups: list[Text] = Field(
        default_factory=list,
        alias="seurantaryhmät",
        description="Keskeiset ohjelman toteutumista edistävät ryhmät.",
    )
    action_period: Text = Field(
        alias="toimenpidekausi", description="Toimenpiteiden kausi, esim. 'Toimenpiteet 2018-2021'."
    )
    scale: list[ScaleStep] = Field(
        alias="asteikko", description="Etenemisen asteikko selitteineen."
    )
    periods: list[Period] = Field(
        alias="kaudet", description="Seurantakaudet vanhimmasta uusimpaan."
    )
    themes: list[Theme] = Field(alias="painopisteet", description="Painopisteet järjestyksessä.")


class Body(_Record):
    name: Text = Field(alias="nimi", description="Vastuutahon virallinen nimi.")
    aliases: list[Text] = Field(
        default_factory=list,
        alias="aliakset",
        description="Muut kirjoitusasut, joilla taho esiintyy lähteissä.",
    )
    maybe_same: list[Text] = Field(
        default_factory=list,
        alias="voi_olla_sama",
        description="Toiset vastuutahot (virallisella nimellä), jotka voivat olla sama taho; "
        "lähdeasiakirja ei kerro. Vastuutahon työlista (--owner) mainitsee ne.",
    )
    note: Text | None = _note()


class BodyRegistry(_Record):
    """data/organisations.yaml"""

    bodies: list[Body] = Field(alias="vastuutahot", description="Vastuutahot, kukin kerran.")


class Assessment(AssessmentMixin, _Record):
    progress: Text = Field(
        alias="eteneminen",
        description="Etenemisen merkki asteikosta: '+', '+/-', '-' tai '?'. Epävarma: '+?'.",
    )
    note: str = Field(default="", alias="tilanne", description="Tilanneteksti kaudelta.")


class Project(_Record):
    name: Text = Field(
        alias="nimi",
        description="Hanke vuosineen kuten '(2018-20)', lähdeasiakirjan rivi sellaisenaan.",
    )
    note: Text | None = _note()


class BodyRef(BodyRefMixin, _Record):
    name: Text = Field(
        alias="nimi",
        description="Vastuutahon nimi, joka löytyy tiedostosta data/organisations.yaml.",
    )
    qualifier: Text | None = Field(
        default=None,
        alias="tarkenne",
        description="Lähdeasiakirjan tarkenne sellaisenaan nimen perässä, esim. '+ muut', "
        "'(UEF ja Savonia)' tai 'ym.'. Raportti näyttää sen nimen perässä välilyönnin jälkeen.",
    )
    note: Text | None = _note()


ProjectItem = Annotated[Project, BeforeValidator(named, json_schema_input_type=Text | Project)]
BodyItem = Annotated[BodyRef, BeforeValidator(named, json_schema_input_type=Text | BodyRef)]


class Action(ActionMixin, _Record):
    id: ActionId = Field(alias="tunnus", description="Pysyvä tunnus, esim. 'T1.2'.")
    title: Text = Field(alias="nimi", description="Toimenpiteen nimi.")
    note: Text | None = _note()
    project_items: list[ProjectItem] = Field(
        default_factory=list,
        alias="hankkeet",
        description="Hankkeet, kukin lähdeasiakirjan rivi omana kohtanaan sellaisenaan (pilkkuja "
        "ei jaeta). Pelkkä teksti tai 'nimi' ja 'huomautus'.",
    )
    body_refs: list[BodyItem] = Field(
        default_factory=list,
        alias="vastuutahot",
        description="Vastuutahot nimillä, jotka löytyvät tiedostosta data/organisations.yaml. "
        "Pelkkä nimi tai 'nimi' sekä 'tarkenne' ja/tai 'huomautus'.",
    )
    assessments: dict[PeriodId, Assessment] = Field(
        default_factory=dict,
        alias="seuranta",
        description="Arviot seurantakausittain: kauden tunnus → eteneminen ja tilanne.",
    )


class Goal(GoalMixin, _Record):
    """data/goals/NN-slug.yaml"""

    number: int = Field(alias="numero", ge=1, description="Tavoitteen numero.")
    theme: Identifier = Field(alias="painopiste", description="Painopisteen tunnus.")
    short_title: Text | None = Field(
        default=None,
        alias="lyhyt_nimi",
        description="Tavoitteen nimi yleiskuvan taulukossa, jos se eroaa otsikosta.",
    )
    title: Text = Field(alias="nimi", description="Tavoitteen otsikko.")
    note: Text | None = _note()
    binding_targets: list[Text] = Field(
        default_factory=list,
        alias="sitovat_tavoitteet",
        description="Talousarvion sitovat tavoitteet sellaisenaan, esim. "
        "'(Sitova tavoite TA2021: …)'.",
    )
    actions: list[Action] = Field(alias="toimenpiteet", description="Toimenpiteet järjestyksessä.")


Separator = Literal["()", ";", "/"]


class Source(_Record):
    name: Text = Field(alias="nimi", description="Tietolähteen nimi, esim. 'Tilastokeskus'.")
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = Field(
        default=None, alias="osoite", description="Lähteen verkko-osoite (https://…)."
    )
    licence: Text | None = Field(
        default=None, alias="lisenssi", description="Aineiston lisenssi, esim. 'CC BY 4.0'."
    )


SourceField = Annotated[
    Source, BeforeValidator(source_from_text, json_schema_input_type=str | Source)
]


class Baseline(_Record):
    year: Year = Field(alias="vuosi", description="Lähtötason vuosi, esim. 2018.")
    value: Number = Field(alias="arvo", description="Lähtötason arvo numerona, esim. 71.2.")


class Target(_Record):
    year: Year | None = Field(default=None, alias="vuosi", description="Tavoitevuosi, esim. 2030.")
    value: Number | None = Field(
        default=None, alias="arvo", description="Tavoiteltu arvo numerona, esim. 75."
    )
    text: Text | None = Field(
        default=None,
        alias="kuvaus",
        description="Tavoite sanoin, kun lukuarvoa ei ole, esim. 'Kasvaa vuosittain'.",
    )


class Observation(ObservationMixin, _Record):
    year: Year | None = Field(default=None, alias="vuosi", description="Arvon vuosi, esim. 2023.")
    period: PeriodId | None = Field(
        default=None, alias="kausi", description="Tai seurantakausi, esim. '1/2024'."
    )
    value: Number = Field(alias="arvo", description="Arvo numerona: 71.2 (desimaalipiste).")
    note: Text | None = Field(
        default=None, alias="huomautus", description="Huomautus arvosta, esim. 'ennakkotieto'."
    )
    source: Text | None = Field(
        default=None, alias="lähde", description="Tämän arvon lähde, jos eri kuin mittarin."
    )


class Indicator(IndicatorMixin, _Record):
    """data/indicators/slug.yaml"""

    name: Text = Field(alias="nimi", description="Mittarin nimi.")
    qualifier: Text | None = Field(
        default=None,
        alias="tarkenne",
        description="Mittarin rajaus tai erittely, esim. '18 – 64-vuotiaat' tai "
        "'UEF, Savonia, Sakky, lukiot'.",
    )
    source: SourceField | None = Field(
        default=None,
        alias="lähde",
        description="Tietolähde: kysely, tutkimus tai rekisteri (esim. 'Taloustutkimus'), "
        "tai nimi, osoite ja lisenssi.",
    )
    separator: Separator = Field(
        default="()",
        alias="erotin",
        description="Miten tarkenne ja lähde kirjoitetaan nimen perään kuten lähdeasiakirjassa: "
        "'()' sulkeisiin (oletus), ';' puolipisteen jälkeen tai '/' kauttaviivan jälkeen.",
    )
    note: Text | None = _note()
    unit: Text | None = Field(
        default=None, alias="yksikkö", description="Arvojen yksikkö, esim. '%' tai 'henkilöä'."
    )
    decimals: int | None = Field(
        default=None,
        alias="desimaalit",
        ge=0,
        le=6,
        description="Montako desimaalia raportti näyttää sarjan jokaisesta arvosta, "
        "lähtötasosta, tavoitteesta ja muutoksesta (esim. 1); luvut pyöristetään vain "
        "näytettäessä, avoin data pitää ne tarkkoina. Oletus: eniten desimaaleja, jotka "
        "jossain sarjan arvossa on kirjoitettu.",
    )
    direction: Literal["ylös", "alas", "ei"] | None = Field(
        default=None,
        alias="suunta",
        description="Kumpi suunta on hyvä: 'ylös' (kasvu), 'alas' (lasku) tai 'ei'.",
    )
    baseline: Baseline | None = Field(
        default=None, alias="lähtötaso", description="Lähtötaso: vuosi ja arvo."
    )
    targets: list[Target] = Field(
        default_factory=list,
        alias="tavoitteet",
        description="Tavoitteet: vuosi ja arvo, tai tavoite sanoin (kuvaus).",
    )
    observations: list[Observation] = Field(
        default_factory=list,
        alias="havainnot",
        description="Arvot: vuosi tai kausi, arvo, huomautus ja lähde. Pitkä sarja voi olla "
        "tiedostossa data/indicators/<nimi>.csv.",
    )
