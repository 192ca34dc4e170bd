"""The field guide, README.md inside the package: every table and field in Finnish and English."""

from __future__ import annotations

from kuopio_ohjelma.export.metadata import Meta, licence_text
from kuopio_ohjelma.export.schema import Field, Resource, Words
from kuopio_ohjelma.export.selection import Selection
from kuopio_ohjelma.report.markdown import md_cell

WORDS = {
    "intro": Words(
        "Tämä kansio on avointa dataa: Frictionless Data Package -paketti (datapackage.json) ja "
        "taulukko kustakin aiheesta UTF-8-merkistöisenä CSV-tiedostona. Tiedosto datapackage.json "
        "kuvaa kunkin taulukon kentät, tyypit ja avaimet koneluettavasti; tämä tiedosto kuvaa ne "
        "ihmiselle.",
        "This folder is open data: a Frictionless Data Package (datapackage.json) with one "
        "UTF-8 CSV file per table. datapackage.json describes every table's fields, types and "
        "keys for machines; this file describes them for people.",
    ),
    "source": Words("Lähde", "Source"),
    "periods": Words("Seurantakaudet", "Monitoring periods"),
    "revision": Words("Git-versio", "Git revision"),
    "unknown": Words("ei tiedossa (data ei ole gitissä)", "unknown (the data is not in git)"),
    "modified": Words("sekä tallentamattomat muutokset", "plus uncommitted changes"),
    "scope": Words("Rajaus", "Scope"),
    "whole": Words("koko ohjelma", "the whole programme"),
    "themes": Words("painopisteet", "themes"),
    "goals": Words("tavoitteet", "goals"),
    "owner": Words("vastuutaho", "responsible body"),
    "licence": Words("Lisenssi", "Licence"),
    "no_licence": Words(
        "ei määritelty: kaupunki päättää, millä ehdoilla dataa saa käyttää",
        "not given: the city decides on what terms the data may be reused",
    ),
    "created": Words("Päiväys", "Date"),
    "rules": Words(
        "Rivit on järjestetty perusavaimen mukaan (tunnusten numerot numeroina); kaudet ja "
        "kunkin toimenpiteen arviot vanhimmasta uusimpaan. Tyhjä solu tarkoittaa, ettei arvoa "
        "ole. Samasta datasta syntyy tavu tavulta sama paketti.",
        "Rows are sorted by the primary key (numbers in ids compared as numbers); periods and "
        "each action's assessments oldest first. An empty cell means there is no value. The "
        "same data gives the same package, byte for byte.",
    ),
    # The CSV files are machine-readable open data, kept verbatim: OWASP's apostrophe before a
    # cell that begins with = + - @ (or a tab or CR) is meant for files made for spreadsheets,
    # and here it would change the data itself (the progress marks "+" and "-" are such
    # cells). So the values stay as written and the guide says how to open them safely; the
    # workbooks of `sheet export` are for spreadsheets and hold such text as text cells.
    "spreadsheets": Words(
        "CSV-tiedostot sisältävät tiedot sellaisinaan: mitään arvoa ei ole muutettu "
        "taulukkolaskentaa varten. Solu voi siksi alkaa merkillä =, +, -, @, sarkaimella tai "
        "rivinvaihdolla (esimerkiksi etenemisen merkit + ja - ovat tällaisia arvoja). "
        "Taulukkolaskentaohjelma voi tulkita tällaisen solun kaavaksi, jos tiedosto avataan "
        "kaksoisnapsauttamalla. Tuo tiedosto siksi niin, että sarakkeet luetaan tekstinä "
        "(Excel: Tiedot > Tekstistä/CSV:stä; LibreOffice Calc: sarakkeen tyypiksi Teksti), "
        "tai lue se ohjelmallisesti datapackage.json-kuvauksen avulla.",
        "The CSV files hold the data as it is: no value is altered for spreadsheets. A cell "
        "may therefore begin with =, +, -, @, a tab or a line break (the progress marks + and "
        "- are such values). A spreadsheet program may read such a cell as a formula when the "
        "file is opened by double-clicking it. Import the file with its columns read as text "
        "instead (Excel: Data > From Text/CSV; LibreOffice Calc: column type Text), or read "
        "it with a program using datapackage.json.",
    ),
    "tables": Words("Taulukot", "Tables"),
    "key": Words("Perusavain", "Primary key"),
    "refs": Words("Viittaukset", "References"),
    "field": Words("Kenttä", "Field"),
    "type": Words("Tyyppi", "Type"),
    "required": Words("Pakollinen", "Required"),
    "description": Words("Kuvaus", "Description"),
    "allowed": Words("Sallitut arvot", "Allowed values"),
    "yes": Words("kyllä", "yes"),
    "no": Words("ei", "no"),
    "json": Words(
        "programme.json sisältää koko ohjelman yhtenä JSON-dokumenttina: samat kentät kuin "
        "taulukoissa, sisäkkäin (painopisteet, tavoitteet, toimenpiteet ja niiden hankkeet, "
        "vastuutahot ja arviot).",
        "programme.json holds the whole programme as one JSON document: the same fields as the "
        "tables, nested (themes, goals, actions with their projects, bodies and assessments).",
    ),
}

TYPES = {
    "string": Words("teksti", "text"),
    "integer": Words("kokonaisluku", "integer"),
    "number": Words("luku (desimaalipiste)", "number (decimal point)"),
    "boolean": Words("true/false", "true/false"),
}


def guide(selection: Selection, meta: Meta, resources: list[Resource], extras: list[str]) -> str:
    title = selection.programme.info.shown_name
    parts = [f"# {_inline(title)}: avoin data / open data\n"]
    for lang, heading in (("fi", "Suomeksi"), ("en", "In English")):
        parts.append(f"## {heading}\n")
        parts.append(_about(selection, meta, lang, extras))
        parts += [_table(resource, selection, lang) for resource in resources]
    return "\n".join(parts)


def _w(key: str, lang: str) -> str:
    return str(getattr(WORDS[key], lang))


def _about(selection: Selection, meta: Meta, lang: str, extras: list[str]) -> str:
    info = selection.programme.info
    revision = meta.source.revision or _w("unknown", lang)
    if meta.source.revision and meta.source.modified:
        revision += f" {_w('modified', lang)}"
    scope = "; ".join(
        f"{_w(key, lang)}: {', '.join(values)}"
        for key, values in selection.scope_description().items()
    )
    licence = licence_text(meta.licence) if meta.licence else _w("no_licence", lang)
    lines = [
        _w("intro", lang),
        "",
        f"- {_w('source', lang)}: {_inline(info.shown_name)} ({_inline(info.strategy)})",
        f"- {_w('periods', lang)}: " + ", ".join(_inline(p.label) for p in selection.periods),
        f"- {_w('scope', lang)}: {_inline(scope or _w('whole', lang))}",
        f"- {_w('revision', lang)}: {revision}",
        f"- {_w('licence', lang)}: {_inline(licence)}",
    ]
    if meta.date:
        lines.append(f"- {_w('created', lang)}: {meta.date}")
    lines += ["", _w("rules", lang), "", _w("spreadsheets", lang), ""]
    if "programme.json" in extras:
        lines += [_w("json", lang), ""]
    return "\n".join(lines)


def _table(resource: Resource, selection: Selection, lang: str) -> str:
    words = (_w(k, lang) for k in ("field", "type", "required", "description"))
    lines = [
        f"### {resource.path}: {getattr(resource.title, lang)}",
        "",
        getattr(resource.description, lang),
        "",
        f"- {_w('key', lang)}: " + ", ".join(f"`{name}`" for name in resource.primary_key),
    ]
    refs = [
        f"`{', '.join(k.fields)}` → `{k.resource}.{', '.join(k.reference)}`"
        for k in resource.foreign_keys
    ]
    if refs:
        lines.append(f"- {_w('refs', lang)}: " + "; ".join(refs))
    lines += ["", "| " + " | ".join(words) + " |", "|---|---|---|---|"]
    lines += [_field_row(field, selection, lang) for field in resource.fields]
    return "\n".join(lines) + "\n"


def _field_row(field: Field, selection: Selection, lang: str) -> str:
    text = getattr(field.description, lang)
    if field.enum is not None:
        values = ", ".join(f"`{value}`" for value in field.enum(selection.programme.info))
        text += f" {_w('allowed', lang)}: {values}."
    required = _w("yes" if field.required else "no", lang)
    cells = [f"`{field.name}`", getattr(TYPES[field.type], lang), required, text]
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _inline(text: str) -> str:
    """Data text on one Markdown line, escaped for Markdown (never a line's start here)."""
    return md_cell(" ".join(text.split()))
