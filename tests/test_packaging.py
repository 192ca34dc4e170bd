"""The wheel ships every subpackage and the templates (the list in pyproject is explicit)."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO


def test_every_subpackage_is_listed() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "kuopio_ohjelma").rglob("__init__.py")
    }
    assert found <= listed
    assert "kuopio_ohjelma.templates" in listed
    assert config["tool"]["setuptools"]["package-dir"]["kuopio_ohjelma.templates"] == "templates"


def test_templates_are_package_data() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kuopio_ohjelma.templates"]
    shipped = {p.name for p in (REPO / "templates").iterdir() if p.suffix in (".j2", ".css")}
    assert shipped
    assert all(any(name.endswith(pat.lstrip("*")) for pat in patterns) for name in shipped)
