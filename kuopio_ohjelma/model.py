"""Pydantic models of the programme. Code speaks English; the YAML keys are the editors' Finnish.

Every model is frozen, forbids unknown keys and uses strict types, so that a typo in a key or
a YAML surprise (`1.10` read as a number, `yes` where text is expected) is an error, never
silently changed data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kuopio_ohjelma.core.projects import ProjectYears, parse_project

Text = Annotated[str, StringConstraints(min_length=1)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
ActionId = Annotated[str, StringConstraints(pattern=r"^T[0-9]+\.[0-9]+$")]
PeriodId = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,2}/[0-9]{4}$")]

UNCERTAIN_SUFFIX = "?"


def split_progress(progress: str) -> tuple[str, bool]:
    """'+?' → ('+', True): the scale code and whether the assessment is marked uncertain."""
    if len(progress) > 1 and progress.endswith(UNCERTAIN_SUFFIX):
        return progress[: -len(UNCERTAIN_SUFFIX)], True
    return progress, False


class _Record(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", strict=True, populate_by_name=True, validate_default=True,
        defer_build=True,
    )


class BackgroundText(_Record):
    title: Text = Field(alias="otsikko", description="Tekstin otsikko, esim. 'Ohjelman tausta'.")
    text: Text = Field(alias="teksti", description="Tekstin sisältö kappaleineen.")


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


class ProgrammeInfo(_Record):
    """data/programme.yaml"""

    name: Text = Field(alias="nimi", description="Ohjelman nimi.")
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

    def allowed_progress(self) -> list[str]:
        """The scale's codes plus the uncertain form ('+?') of every ranked code."""
        codes = [step.code for step in self.scale]
        return codes + [
            step.code + UNCERTAIN_SUFFIX for step in self.scale if step.rank is not None
        ]


class Body(_Record):
    name: Text = Field(alias="nimi", description="Vastuutahon virallinen nimi.")
    aliases: list[Text] = Field(
        default_factory=list,
        alias="aliakset",
        description="Muut kirjoitusasut, joilla taho esiintyy lähteissä.",
    )


class BodyRegistry(_Record):
    """data/organisations.yaml"""

    bodies: list[Body] = Field(alias="vastuutahot", description="Vastuutahot, kukin kerran.")


class Assessment(_Record):
    progress: Text = Field(
        alias="eteneminen",
        description="Etenemisen merkki asteikosta: '+', '+/-', '-' tai '?'. Epävarma: '+?'.",
    )
    note: str = Field(default="", alias="tilanne", description="Tilanneteksti kaudelta.")

    @property
    def uncertain(self) -> bool:
        return split_progress(self.progress)[1]

    @property
    def base_code(self) -> str:
        """The scale code without the uncertainty mark: '+?' → '+'."""
        return split_progress(self.progress)[0]


class Action(_Record):
    id: ActionId = Field(alias="tunnus", description="Pysyvä tunnus, esim. 'T1.2'.")
    title: Text = Field(alias="nimi", description="Toimenpiteen nimi.")
    projects: list[Text] = Field(
        default_factory=list,
        alias="hankkeet",
        description="Hankkeet, kukin omalla rivillään vuosineen kuten '(2018-20)'.",
    )
    bodies: list[Text] = Field(
        default_factory=list,
        alias="vastuutahot",
        description="Vastuutahot nimillä, jotka löytyvät tiedostosta data/organisations.yaml.",
    )
    assessments: dict[PeriodId, Assessment] = Field(
        default_factory=dict,
        alias="seuranta",
        description="Arviot seurantakausittain: kauden tunnus → eteneminen ja tilanne.",
    )

    def project_years(self) -> list[ProjectYears]:
        return [parse_project(text) for text in self.projects]


class Goal(_Record):
    """data/goals/NN-slug.yaml"""

    number: int = Field(alias="numero", ge=1, description="Tavoitteen numero.")
    theme: Identifier = Field(alias="painopiste", description="Painopisteen tunnus.")
    short_title: Text | None = Field(
        default=None,
        alias="lyhyt_nimi",
        description="Tavoitteen nimi yleiskuvan taulukossa, jos se eroaa otsikosta.",
    )
    title: Text = Field(alias="nimi", description="Tavoitteen otsikko.")
    binding_targets: list[Text] = Field(
        default_factory=list,
        alias="sitovat_tavoitteet",
        description="Talousarvion sitovat tavoitteet, esim. 'Sitova tavoite TA2021: …'.",
    )
    actions: list[Action] = Field(alias="toimenpiteet", description="Toimenpiteet järjestyksessä.")

    @property
    def overview_title(self) -> str:
        return self.short_title or self.title


class Indicator(_Record):
    """data/indicators/slug.yaml"""

    name: Text = Field(alias="nimi", description="Mittarin nimi.")
    source: Text | None = Field(
        default=None, alias="lähde", description="Tietolähde tai tarkenne, esim. 'Taloustutkimus'."
    )
    values: dict[PeriodId, str] = Field(
        default_factory=dict, alias="arvot", description="Mittarin arvot seurantakausittain."
    )
    target: Text | None = Field(default=None, alias="tavoitetaso", description="Tavoitetaso.")


@dataclass(frozen=True)
class Programme:
    """The whole data repository, loaded and cross-referenced."""

    info: ProgrammeInfo
    goals: list[Goal]
    indicators: dict[str, Indicator]
    bodies: list[Body] = field(default_factory=list)

    def period_ids(self) -> list[str]:
        return [period.id for period in self.info.periods]

    def goals_of(self, theme: Theme) -> list[Goal]:
        return [goal for goal in self.goals if goal.theme == theme.id]

    @cached_property
    def _canonical(self) -> dict[str, str]:
        return {n: body.name for body in self.bodies for n in (body.name, *body.aliases)}

    def canonical_bodies(self) -> dict[str, str]:
        """Every name and alias of a responsible body → the body's canonical name."""
        return self._canonical

    def scale_step(self, code: str) -> ScaleStep | None:
        return next((step for step in self.info.scale if step.code == code), None)

    def themes_of_indicator(self, indicator_id: str) -> list[Theme]:
        return [theme for theme in self.info.themes if indicator_id in theme.indicators]

    def all_actions(self) -> list[tuple[Goal, Action]]:
        return [(goal, action) for goal in self.goals for action in goal.actions]
