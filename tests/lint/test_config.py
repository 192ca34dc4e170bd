"""Lint configuration: ohjelma.toml wins over pyproject.toml; mistakes are ConfigErrors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.lint.config import ConfigError, LintConfig, load_config
from kuopio_ohjelma.problems import Severity

KNOWN = ["E101", "W402", "W403"]


def test_no_configuration_enables_everything(tmp_path: Path) -> None:
    config = load_config(tmp_path, KNOWN)
    assert config == LintConfig()
    assert all(config.enabled(code) for code in KNOWN)


def test_ohjelma_toml_wins_and_prefixes_select(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.ohjelma.lint]\nignore = ["E"]\n')
    (tmp_path / "ohjelma.toml").write_text(
        '[lint]\nselect = ["W4"]\nignore = ["W403"]\nseverity = { W402 = "error" }\n'
    )
    config = load_config(tmp_path, KNOWN)
    assert [code for code in KNOWN if config.enabled(code)] == ["W402"]
    assert config.severity == {"W402": Severity.ERROR}
    assert config.source == tmp_path / "ohjelma.toml"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[lint]\nselct = []\n", "unknown setting"),
        ('[lint]\nselect = "W402"\n', "must be a list"),
        ('[lint]\nignore = ["X9"]\n', "no rule matches 'X9'"),
        ('[lint]\nseverity = { W402 = "fatal" }\n', 'must be "error" or "warning"'),
        ("[lint\n", "cannot read configuration"),
    ],
)
@pytest.mark.usefixtures("english")
def test_mistakes_are_config_errors(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "ohjelma.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path, KNOWN)


@pytest.mark.parametrize(("text", "message"), [
    ("[lint\n", "ohjelma.toml:1:6: asetuksia ei voi lukea: rivi ei ole kelvollista TOMLia; "
                 "tarkista '=', lainausmerkit ja [taulukko]-otsikot"),
    (b"[lint]\nselect = ['\xe4']\n", "ohjelma.toml: asetuksia ei voi lukea: tiedosto ei ole "
                                      "UTF-8-tekstiä"),
])
def test_an_unreadable_configuration_is_said_in_finnish_with_its_place(
    tmp_path: Path, text: str | bytes, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    raw = text.encode() if isinstance(text, str) else text
    (tmp_path / "ohjelma.toml").write_bytes(raw)
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path, KNOWN)
    assert str(raised.value) == f"{tmp_path}/{message}"
