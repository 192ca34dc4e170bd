"""The HTML report passes the Nu HTML Checker and axe-core's WCAG 2.1 A/AA rules."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import INDICATORS, MINI, REPO
from tests.helpers import run_cli
from tests.report.test_render import _hostile_repo
from tests.tools import AXE_JS, VNU_JAR, require, require_command

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("reports")
    hostile = _hostile_repo(_copy_mini(folder / "hostile"))
    outputs = []
    # Copies: render -o remembers its output in the repository's cache, and the fixtures
    # stay as committed.
    mini = _copy_mini(folder / "mini")
    indicators = _copy(INDICATORS, folder / "indicators")
    for name, root, extra in [
        ("shipped", REPO, []),
        ("shipped-en", REPO, ["--lang", "en"]),  # the programme's Finnish marked lang="fi"
        ("mini", mini, []),
        ("mini-en", mini, ["--lang", "en"]),
        ("owner", REPO, ["--owner", "Kasvu ja oppiminen"]),
        ("hostile", hostile, []),
        ("indicators", indicators, []),
        ("indicators-en", indicators, ["--lang", "en"]),
    ]:
        target = folder / f"{name}.html"
        result = run_cli("--root", str(root), "render", "-o", str(target), *extra)
        assert result.returncode == 0, result.stderr
        outputs.append(target)
    return outputs


def _copy_mini(target: Path) -> Path:
    return _copy(MINI, target)


def _copy(source: Path, target: Path) -> Path:
    import shutil

    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".ohjelma_cache"))
    return target


def test_nu_html_checker_finds_nothing(reports: list[Path]) -> None:
    java = require_command("java")
    result = subprocess.run(
        [java, "-jar", str(require(VNU_JAR)), "--format", "json", "--also-check-svg",
         *map(str, reports)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = [m for m in messages if m.get("type") != "info" or m.get("subType") == "warning"]
    assert problems == [], json.dumps(problems, indent=2, ensure_ascii=False)
    assert result.returncode == 0


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = require_command("chromium")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(require_command("chromedriver")))
    driver.set_script_timeout(120)
    yield driver
    driver.quit()


def test_axe_finds_no_wcag_21_aa_violations(reports: list[Path], browser: object) -> None:
    axe = require(AXE_JS).read_text(encoding="utf-8")
    for report in reports:
        browser.get(report.as_uri())  # type: ignore[attr-defined]
        browser.execute_script(axe)  # type: ignore[attr-defined]
        result = browser.execute_async_script(  # type: ignore[attr-defined]
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(done);"
        )
        violations = [(v["id"], [n["target"] for n in v["nodes"]][:3])
                      for v in result["violations"]]
        assert violations == [], f"{report.name}: {violations}"
        assert len(result["passes"]) > 10


# What a reader at 320 CSS px, or at 200 % zoom of a 640 px window, sees of each theme's name.
_LABELS = """
const labels = [...document.querySelectorAll('figure.chart .chart-label')];
const figure = document.querySelector('figure.chart');
return {
  names: labels.map(l => l.textContent),
  clipped: labels.filter(l => l.scrollWidth > l.clientWidth + 1
                          || l.getBoundingClientRect().right > window.innerWidth + 1)
                 .map(l => l.textContent),
  lines: labels.map(l => Math.round(l.getBoundingClientRect().height
                                    / parseFloat(getComputedStyle(l).lineHeight))),
  overflow: figure.scrollWidth > figure.clientWidth + 1,
};
"""


@pytest.mark.parametrize(("width", "zoom"), [(320, "1"), (640, "2")], ids=["320px", "200%"])
def test_the_charts_theme_names_wrap_and_are_never_cut(
    reports: list[Path], browser: object, width: int, zoom: str
) -> None:
    """WCAG 1.4.10 reflow and 1.4.4 resize text: the long theme names of the shipped
    programme (…SEKÄ LAADUKAS KOULUTUSKETJU VARHAISKASVATUKSESTA KORKEAKOULUTUKSEEN) are shown
    whole, on several lines, inside the page."""
    shipped = next(r for r in reports if r.name == "shipped.html")
    browser.execute_cdp_cmd(  # type: ignore[attr-defined]
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": False},
    )
    try:
        browser.get(shipped.as_uri())  # type: ignore[attr-defined]
        browser.execute_script(  # type: ignore[attr-defined]
            f"document.documentElement.style.zoom = '{zoom}';"
        )
        seen = browser.execute_script(_LABELS)  # type: ignore[attr-defined]
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})  # type: ignore[attr-defined]
    long_name = next(n for n in seen["names"] if n.endswith("KORKEAKOULUTUKSEEN"))
    assert "VARHAISKASVATUKSESTA" in long_name and len(seen["names"]) == 4
    assert seen["clipped"] == []
    assert not seen["overflow"]
    assert seen["lines"][seen["names"].index(long_name)] >= 3, seen
