"""Paths of the test-only tools installed by scripts/test-tools; a missing tool fails loudly."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO

NODE_MODULES = REPO / "tests" / "node" / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
SARIF_SCHEMA = (
    NODE_MODULES / "@microsoft" / "jest-sarif" / "lib" / "schemas" / "sarif-2.1.0-rtm.5.json"
)


def require(path: Path) -> Path:
    assert path.is_file(), f"{path} is missing: run scripts/test-tools"
    return path


def require_command(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: run scripts/test-tools"
    return found
