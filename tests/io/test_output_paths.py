"""One output-path policy for every writer: never into .git/ or data/, never over the tool's
configuration, a YAML file, a file git tracks or a name that does not fit (the last two with
--force); the tool's own untracked output is written over as before."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import EN, GIT_AUTHOR, run_many

MINI = Path(__file__).parents[1] / "fixtures" / "mini"


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".ohjelma_cache" not in p.parts
    }


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The made-up mini repository as a git repository, with a README and a pyproject."""
    root = tmp_path / "repo"
    shutil.copytree(MINI, root)
    (root / "README.md").write_text("# Ohjelma\n", encoding="utf-8")
    (root / "pyproject.toml").write_text("[tool.ohjelma]\n", encoding="utf-8")
    (root / "notes.toml").write_text("x = 1\n", encoding="utf-8")
    for args in (("init", "-q", "-b", "main"), ("add", "-A"), ("commit", "-qm", "alku")):
        subprocess.run(["git", *GIT_AUTHOR, *args], cwd=root, check=True, capture_output=True)
    return root


REFUSED = [
    (["render", "-f", "md", "-o", ".git/HEAD"],
     ".git/HEAD (raportti): mitään ei kirjoitettu: polku on gitin omassa kansiossa .git/, "
     "jossa on itse repositorio; anna polku sen ulkopuolelta, esim. raportti.md"),
    (["lint", "-o", "README.md"],
     "README.md (havainnot): mitään ei kirjoitettu: nimi ei sovi: anna nimi, jonka pääte on "
     ".txt, .log, esim. findings.txt, tai anna --force, jos tätä nimeä käytetään"),
    (["lint", "-o", "README.md", "-f", "json"],
     "README.md (havainnot): mitään ei kirjoitettu: nimi ei sovi: anna nimi, jonka pääte on "
     ".json, esim. findings.json, tai anna --force, jos tätä nimeä käytetään"),
    (["render", "-f", "md", "-o", "README.md"],
     "README.md (raportti): mitään ei kirjoitettu: git seuraa tätä tiedostoa, joten se on osa "
     "repositoriota; anna toinen nimi, esim. raportti.md, tai anna --force, jos se todella "
     "korvataan"),
    (["render", "-f", "md", "-o", "pyproject.toml"],
     "pyproject.toml (raportti): mitään ei kirjoitettu: pyproject.toml on asetustiedosto; "
     "anna toinen nimi, esim. raportti.md"),
    (["render", "-f", "md", "-o", "pyproject.toml", "--force"],
     "pyproject.toml (raportti): mitään ei kirjoitettu: pyproject.toml on asetustiedosto; "
     "anna toinen nimi, esim. raportti.md"),
    (["render", "-f", "md", "-o", "ohjelma.toml"],
     "ohjelma.toml (raportti): mitään ei kirjoitettu: ohjelma.toml on asetustiedosto; "
     "anna toinen nimi, esim. raportti.md"),
    (["render", "-f", "md", "-o", "x.toml"],
     "x.toml (raportti): mitään ei kirjoitettu: nimi ei sovi: anna nimi, jonka pääte on "
     ".md, .markdown, .txt, esim. raportti.md, tai anna --force, jos tätä nimeä käytetään"),
    (["render", "-f", "md", "-o", "notes.toml"],
     "notes.toml (raportti): mitään ei kirjoitettu: nimi ei sovi"),
    (["schema", "-o", "data/goals"],
     "data/goals (skeema): mitään ei kirjoitettu: polku on datakansiossa data/; anna polku "
     "sen ulkopuolelta, esim. schema/"),
    (["schema", "-o", ".git"],
     ".git (skeema): mitään ei kirjoitettu: polku on gitin omassa kansiossa .git/"),
    (["diff", "--from", "1/2024", "--to", "2/2024", "-o", ".git/config"],
     ".git/config (vertailu): mitään ei kirjoitettu: polku on gitin omassa kansiossa .git/"),
    (["diff", "--from", "1/2024", "--to", "2/2024", "-f", "json", "-o", "README.md"],
     "README.md (vertailu): mitään ei kirjoitettu: nimi ei sovi"),
    (["sheet", "export", "-o", ".git/x.xlsx"],
     ".git/x.xlsx (työkirja): mitään ei kirjoitettu: polku on gitin omassa kansiossa .git/"),
    (["sheet", "export", "--per-owner", ".git/hooks"],
     ".git/hooks (työkirjat): mitään ei kirjoitettu: polku on gitin omassa kansiossa .git/"),
    (["export", "-o", ".git/open"],
     ".git/open (avoimen datan paketti): mitään ei kirjoitettu: polku on gitin omassa "
     "kansiossa .git/"),
]


def test_every_writer_refuses_what_the_policy_forbids(repo: Path) -> None:
    before = _snapshot(repo)
    answers = run_many([args for args, _ in REFUSED], cwd=repo)
    for (args, message), answer in zip(REFUSED, answers, strict=True):
        assert (answer.code, answer.stdout) == (2, ""), args
        assert answer.stderr.startswith(f"ohjelma: virhe: {message}"), (args, answer.stderr)
        assert answer.stderr.count("\n") == 1, answer.stderr
    assert _snapshot(repo) == before
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True,
                            text=True, check=True)
    assert status.stdout == ""


def test_the_refusal_in_english(repo: Path) -> None:
    [answer] = run_many([["render", "-f", "md", "-o", "README.md"]], cwd=repo,
                        env={"OHJELMA_LANG": "en"})
    assert answer.code == 2
    assert answer.stderr == (
        "ohjelma: error: README.md (report): nothing was written: git tracks this file, so it "
        "is part of the repository; give another name, such as report.md, or pass --force to "
        "write over it\n"
    )


def test_force_writes_over_a_tracked_file_and_a_misfit_name(repo: Path) -> None:
    answers = run_many([["render", "-f", "md", "-o", "README.md", "--force"],
                        ["lint", "-o", "notes.toml", "--force"]], cwd=repo)
    assert [a.code for a in answers] == [0, 0]
    assert (repo / "README.md").read_text(encoding="utf-8").startswith("# ")
    assert (repo / "README.md").read_text(encoding="utf-8") != "# Ohjelma\n"
    assert (repo / "notes.toml").read_text(encoding="utf-8") != "x = 1\n"


def test_the_tools_own_untracked_output_is_written_over(repo: Path) -> None:
    answers = run_many([["render", "-o", "report.html"], ["render", "-o", "report.html"],
                        ["lint", "-o", "findings.txt"], ["lint", "-o", "findings.txt"],
                        ["schema"], ["schema", "-o", "skeemat"], ["schema", "-o", "skeemat"]],
                       cwd=repo)
    assert [a.code for a in answers] == [0] * 7, [a.stderr for a in answers]
    assert (repo / "report.html").read_bytes().startswith(b"<!DOCTYPE html>")
    assert sorted(p.name for p in (repo / "skeemat").iterdir())[0] == "goal.schema.json"
    assert not list((repo / "data").rglob("*.json"))


# Each writer's refusal names what it writes (a workbook is not a report), in both languages.
NAMED = [
    (("render", "-o", "data/x.html"), "raportti", "report", "polku on datakansiossa data/",
     "it is inside the data folder data/"),
    (("diff", "-o", "data/x.md"), "vertailu", "comparison", "polku on datakansiossa data/",
     "it is inside the data folder data/"),
    (("lint", "-o", "data/x.json"), "havainnot", "findings", "polku on datakansiossa data/",
     "it is inside the data folder data/"),
    (("sheet", "export", "-o", "data/kh.xlsx"), "työkirja", "workbook",
     "polku on datakansiossa data/", "it is inside the data folder data/"),
    (("sheet", "export", "--per-owner", "data/kirjat"), "työkirjat", "workbooks",
     "polku on datakansiossa data/", "it is inside the data folder data/"),
    (("export", "-o", "data/od"), "avoimen datan paketti", "open-data package",
     "polku on datakansiossa data/", "it is inside the data folder data/"),
    (("diff", "-o", "muutokset.yaml"), "vertailu", "comparison", "se on YAML-tiedosto",
     "it is a YAML file"),
    (("lint", "-o", "kansio"), "havainnot", "findings", "se on kansio; anna tiedoston nimi, "
     "esim. findings.txt", "it is a folder; give a file name, such as findings.txt"),
]


@pytest.mark.parametrize(("args", "fi_what", "en_what", "fi_reason", "en_reason"), NAMED,
                         ids=lambda c: " ".join(c) if isinstance(c, tuple) else None)
def test_the_refusal_names_what_is_written(
    mini: Path, args: tuple[str, ...], fi_what: str, en_what: str, fi_reason: str,
    en_reason: str,
) -> None:
    (mini / "kansio").mkdir()
    before = sorted(p.relative_to(mini) for p in mini.rglob("*"))
    fi, en = run_many([args], cwd=mini)[0], run_many([args], cwd=mini, env=EN)[0]
    target = args[-1]
    assert (fi.code, fi.stdout) == (2, "")
    assert fi.stderr.startswith(
        f"ohjelma: virhe: {target} ({fi_what}): mitään ei kirjoitettu: {fi_reason}")
    assert (en.code, en.stdout) == (2, "")
    assert en.stderr.startswith(f"ohjelma: error: {target} ({en_what}): nothing was written: "
                                f"{en_reason}")
    assert sorted(p.relative_to(mini) for p in mini.rglob("*")) == before


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "name"),
    [(("render", "-o"), "muistiinpanot.md"), (("lint", "-o"), "notes.txt"),
     (("diff", "--rev", "HEAD", "-o"), "muutokset.txt")],
)
def test_an_untracked_file_that_is_not_our_output_is_not_written_over(
    repo: Path, args: tuple[str, ...], name: str
) -> None:
    from tests.helpers import run_cli

    mine = repo / name
    mine.write_text("omat muistiinpanot\n", encoding="utf-8")
    refused = run_cli(*args, name, cwd=repo)
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr.startswith(f"ohjelma: virhe: {name} (")
    assert refused.stderr.rstrip().endswith(
        "mitään ei kirjoitettu: tiedosto on jo olemassa eikä se ole ohjelman aiemmin siihen "
        "kirjoittama tuloste (tai sitä on muutettu kirjoittamisen jälkeen); anna --force, jos "
        "se kirjoitetaan yli, tai anna uusi nimi, esimerkiksi " + refused.stderr.split()[-1]
    )
    assert mine.read_text(encoding="utf-8") == "omat muistiinpanot\n"
    assert run_cli(*args, name, "--force", cwd=repo).returncode == 0  # on purpose
    again = run_cli(*args, name, cwd=repo)  # its own earlier output: written over
    assert again.returncode == 0, again.stderr
    with mine.open("a", encoding="utf-8") as handle:
        handle.write("käsin lisätty\n")  # edited by hand since: refused again
    assert run_cli(*args, name, cwd=repo).returncode == 2
    assert mine.read_text(encoding="utf-8").endswith("käsin lisätty\n")
