"""The layers of docs/ARCHITECTURE.md, checked on the source.

storage/ is the only place that talks SQL (SQLAlchemy, Alembic); the rules,
the assembly, the report, the web export and the import run without Qt's
widgets or GUI, so they import no PySide6 at all. Every import statement
counts, also one inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

# The source beside this test, whichever copy of the package is installed.
PACKAGE = Path(__file__).resolve().parents[1] / "barometer_desktop"
SQL_PACKAGES = ("sqlalchemy", "alembic")
QT_FREE_LAYERS = ("domain", "assembly", "report", "web", "publishing", "importing", "statbank")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imported(path: Path) -> set[str]:
    """Top-level package names the module imports (relative imports are our own)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else ""


def test_the_check_sees_the_package() -> None:
    modules = _modules()
    assert len(modules) > 50
    assert "sqlalchemy" in _imported(PACKAGE / "storage" / "database.py")
    assert {_layer(m) for m in modules} >= {"storage", *QT_FREE_LAYERS}


def test_only_storage_uses_sqlalchemy_or_alembic() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules()
        if _layer(path) != "storage"
        for name in sorted(_imported(path) & set(SQL_PACKAGES))
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", QT_FREE_LAYERS)
def test_layer_imports_no_pyside6(layer: str) -> None:
    offenders = [
        str(path.relative_to(PACKAGE)) for path in sorted((PACKAGE / layer).rglob("*.py")) if "PySide6" in _imported(path)
    ]
    assert offenders == []


def _own_imports(path: Path) -> set[str]:
    """The project's modules a module imports, by full name."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("barometer_desktop.")}


# What only the caller of an output (publishing/) may do: open storage or assemble a year.
CALLER_ONLY = ("barometer_desktop.storage", "barometer_desktop.assembly.assemble_snapshot")


@pytest.mark.parametrize("layer", ("report", "web"))
def test_outputs_read_the_snapshot_they_are_handed(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in sorted(_own_imports(path))
        if name.startswith(CALLER_ONLY)
    ]
    assert offenders == []


def test_the_output_check_sees_the_caller() -> None:
    names = _own_imports(PACKAGE / "publishing" / "web_barometer.py")
    assert any(name.startswith(CALLER_ONLY[0]) for name in names)
    assert any(name.startswith(CALLER_ONLY[1]) for name in names)


def test_the_check_would_catch_an_offender(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("def f():\n    from sqlalchemy.orm import Session\n    import PySide6.QtCore\n", encoding="utf-8")
    assert _imported(module) >= {"sqlalchemy", "PySide6"}
