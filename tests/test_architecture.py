"""Dependency rules import-linter cannot express: which parts of PySide6 a package may use."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pyside_modules(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] == "PySide6":
                    found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize("package", ["desktop/runtime"])
def test_runtime_uses_qtcore_only(package):
    used = pyside_modules(package)
    assert used, "the runtime bridges to Qt, so it must import QtCore somewhere"
    assert set(used) <= {"PySide6.QtCore", "PySide6"}, used


@pytest.mark.parametrize(
    "package",
    ["desktop/models", "desktop/vault", "desktop/sync", "desktop/safety", "desktop/video"],
)
def test_domain_packages_import_no_qt(package):
    assert pyside_modules(package) == {}


def test_controllers_use_qtcore_only():
    """Controllers compose windows from `desktop.ui` but build no widgets themselves."""
    used = pyside_modules("desktop/controllers")
    assert used, "controllers own QObjects and signals, so they import QtCore"
    assert set(used) <= {"PySide6.QtCore"}, used


def test_services_import_no_qt_directly():
    assert pyside_modules("desktop/services") == {}
