"""Hatch build hook: compile the translation catalogues into the wheel.

When pyside6-lrelease is available in the build environment (a build with
--no-isolation in the project's venv, or PATH reaching it), each
resources/translations/*.ts is compiled to .qm before the wheel collects
resources/. Otherwise the wheel ships the .ts files only, which
barometer_desktop/ui/translation.py reads directly.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if version == "editable":
            return  # an editable install reads resources/ from the checkout
        script = Path(self.root) / "packaging" / "translations.py"
        if not script.is_file():
            return
        spec = importlib.util.spec_from_file_location("_barometer_translations", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if not module.tool_available("lrelease"):
            self.app.display_info("pyside6-lrelease not found: the wheel carries .ts catalogues only")
            return
        try:
            compiled = module.compile_catalogues()
        except (OSError, subprocess.CalledProcessError) as error:
            # The tool is on PATH but cannot run in this build environment
            # (e.g. its PySide6 is outside the isolated build): ship .ts only.
            self.app.display_info(f"pyside6-lrelease failed ({error}): the wheel carries .ts catalogues only")
            return
        for path in compiled:
            self.app.display_info(f"compiled {path.name}")
