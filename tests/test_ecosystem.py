"""The editor's schemas, pre-commit hooks, CI recipes and completion, with the real tools."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma.io.kinds import KINDS
from kuopio_ohjelma.schemas.json_schema import file_name
from tests.conftest import MINI, REPO
from tests.helpers import run_cli
from tests.lint.test_cases import _load_case, apply_case

BIN = Path(sys.executable).parent
KIND_OF = {"programme.yaml": "programme", "organisations.yaml": "organisations"}


def _kind(path: Path) -> str:
    return KIND_OF.get(path.name) or {"goals": "goal", "indicators": "indicator"}[path.parent.name]


def _check_jsonschema(kind: str, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "check-jsonschema"), "--schemafile", str(REPO / "schema" / file_name(kind)),
         *map(str, files)],
        capture_output=True, text=True, timeout=120, check=False,
    )


def test_committed_schemas_are_up_to_date() -> None:
    result = run_cli("--root", str(REPO), "schema", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    for kind in KINDS:
        path = REPO / "schema" / file_name(kind.name)
        schema = json.loads(path.read_text(encoding="utf-8"))
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"urn:kuopio-ohjelma:schema:{kind.name}"


def test_schema_check_notices_a_stale_file(tmp_path: Path) -> None:
    target = tmp_path / "schema"
    assert run_cli("--root", str(REPO), "schema", "--output-dir", str(target)).returncode == 0
    (target / "goal.schema.json").write_text("{}\n")
    result = run_cli("--root", str(REPO), "schema", "--output-dir", str(target), "--check")
    assert result.returncode == 1
    assert "goal.schema.json" in result.stdout


def test_schema_has_finnish_hover_text_and_enums() -> None:
    goal = json.loads((REPO / "schema" / "goal.schema.json").read_text(encoding="utf-8"))
    progress = goal["$defs"]["Assessment"]["properties"]["eteneminen"]
    assert progress["enum"] == ["+", "+/-", "-", "?", "+?", "+/-?", "-?"]
    assert progress["description"].startswith("Etenemisen merkki")
    action = goal["$defs"]["Action"]
    assert action["additionalProperties"] is False
    assert action["properties"]["seuranta"]["additionalProperties"] is False
    assert all("description" in p for p in action["properties"].values())


def test_every_data_file_points_at_its_schema() -> None:
    for path in sorted((REPO / "data").rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        prefix = "# yaml-language-server: $schema="
        assert first.startswith(prefix), path
        target = (path.parent / first.removeprefix(prefix)).resolve()
        assert target == (REPO / "schema" / file_name(_kind(path))).resolve(), path


def test_vscode_settings_associate_every_schema() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapped = {Path(k).name for k in settings["yaml.schemas"]}
    assert mapped == {file_name(kind.name) for kind in KINDS}


def test_check_jsonschema_accepts_every_shipped_file() -> None:
    files: dict[str, list[Path]] = {}
    for path in sorted((REPO / "data").rglob("*.yaml")):
        files.setdefault(_kind(path), []).append(path)
    for kind, paths in files.items():
        result = _check_jsonschema(kind, *paths)
        assert result.returncode == 0, result.stdout + result.stderr


SCHEMA_CASES = [
    "e108-list", "e108-scalar", "e201-missing-key", "e202-bool", "e202-list-not-mapping",
    "e202-number-as-text", "e203-unknown-key", "e204-bad-action-id",
]


@pytest.mark.parametrize("name", SCHEMA_CASES)
def test_check_jsonschema_rejects_lints_schema_cases(name: str, mini: Path) -> None:
    case = _load_case(REPO / "tests" / "lint" / "cases" / f"{name}.yaml")
    apply_case(mini, case)
    broken = mini / case["expect"][0].split(":")[0]
    result = _check_jsonschema(_kind(broken), broken)
    assert result.returncode == 1, result.stdout


# --- pre-commit --------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                    *args], cwd=repo, check=True, capture_output=True)


def _try_repo(data_repo: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "pre-commit"), "try-repo", str(REPO), hook, "--all-files"],
        cwd=data_repo, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "PRE_COMMIT_HOME": str(home)},
    )


@pytest.mark.slow
def test_pre_commit_hooks_pass_then_stop_a_broken_file(tmp_path: Path) -> None:
    data_repo = tmp_path / "data-repo"
    shutil.copytree(MINI, data_repo)
    _git(data_repo, "init", "-q")
    _git(data_repo, "add", "-A")
    _git(data_repo, "commit", "-qm", "start")
    home = tmp_path / "pre-commit-home"
    for hook in ("ohjelma-lint", "ohjelma-fmt"):
        passed = _try_repo(data_repo, hook, home)
        assert passed.returncode == 0, passed.stdout + passed.stderr
        assert "Passed" in passed.stdout
    goal = data_repo / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text(goal.read_text().replace("tilanne: Valmis.", "tilane: Valmis."))
    _git(data_repo, "add", "-A")
    failed = _try_repo(data_repo, "ohjelma-lint", home)
    assert failed.returncode == 1
    assert "data/goals/01-ensimmainen.yaml:20:9: E203" in failed.stdout


# --- CI recipes and completion -------------------------------------------------------------


@pytest.mark.parametrize(
    ("recipe", "schemas"),
    [
        ("github-actions.yml",
         ["vendor.github-workflows", "custom.github-workflows-require-timeout"]),
        ("gitlab-ci.yml", ["vendor.gitlab-ci"]),
    ],
)
def test_ci_recipes_validate(recipe: str, schemas: list[str]) -> None:
    for schema in schemas:
        result = subprocess.run(
            [str(BIN / "check-jsonschema"), "--builtin-schema", schema,
             str(REPO / "examples" / "ci" / recipe)],
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_ci_recipes_use_released_formats() -> None:
    github = (REPO / "examples" / "ci" / "github-actions.yml").read_text(encoding="utf-8")
    assert "ohjelma diff --rev \"origin/${{ github.base_ref }}\" --format md" in github
    assert "GITHUB_STEP_SUMMARY" in github and "upload-artifact" in github
    gitlab = (REPO / "examples" / "ci" / "gitlab-ci.yml").read_text(encoding="utf-8")
    assert "--format gitlab --output-file gl-code-quality-report.json" in gitlab
    assert "codequality: gl-code-quality-report.json" in gitlab


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("bash", "complete -o default -F _ohjelma_completion ohjelma"),
     ("zsh", "#compdef ohjelma"), ("fish", "complete --command ohjelma")],
)
def test_completion_scripts(shell: str, marker: str) -> None:
    result = run_cli("--show-completion", shell,
                     env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert result.returncode == 0
    assert marker in result.stdout


def test_completion_completes_commands_and_options() -> None:
    def complete(words: str) -> list[str]:
        result = subprocess.run(
            [str(BIN / "ohjelma")], capture_output=True, text=True, timeout=60, check=False,
            env={**os.environ, "_OHJELMA_COMPLETE": "complete_bash", "COMP_WORDS": words,
                 "COMP_CWORD": str(len(words.split()) - 1)},
        )
        return result.stdout.split()

    assert complete("ohjelma st") == ["status"]
    assert "--format" in complete("ohjelma lint --fo")
