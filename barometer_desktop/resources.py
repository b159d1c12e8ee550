"""Where the shipped data folders (database/, resources/) live at run time.

The repository keeps `database/` and `resources/` at its top level. A built
wheel (and the PyInstaller bundle) carries them inside the package as
`barometer_desktop/_shipped/...`; a source checkout or editable install reads
them from the repository root. Every caller goes through `shipped_path` so no
other module has to know which case it is in.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _shipped_root() -> Path:
    inside_package = _PACKAGE_DIR / "_shipped"
    if (inside_package / "database").is_dir():
        return inside_package
    repository_root = _PACKAGE_DIR.parent
    if (repository_root / "database").is_dir():
        return repository_root
    raise FileNotFoundError(
        f"The application's data folders were not found beside {_PACKAGE_DIR}; "
        "the installation is incomplete."
    )


def shipped_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. shipped_path("database", "seed", "policy_2011.toml")."""
    return _shipped_root().joinpath(*parts)
