"""The domain layer must stay importable without Qt, SQLAlchemy or sqlite."""

import ast
import sys
from pathlib import Path

import barometer_desktop.domain as domain_package

DOMAIN_DIR = Path(domain_package.__file__).parent


def imported_top_level_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_domain_imports_only_the_standard_library() -> None:
    sources = sorted(DOMAIN_DIR.glob("*.py"))
    assert len(sources) >= 8
    for source in sources:
        outside = imported_top_level_modules(source) - sys.stdlib_module_names
        assert outside == set(), f"{source.name} imports {outside}"
