"""packaging/translations.py: lupdate collects the source strings, lrelease compiles them."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _translations_module():
    spec = importlib.util.spec_from_file_location("packaging_translations", ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _translations_module()
needs_tools = pytest.mark.skipif(
    not (translations.tool_available("lupdate") and translations.tool_available("lrelease")),
    reason="pyside6-lupdate/lrelease not installed",
)


def _messages(path: Path) -> dict[str, set[str]]:
    root = ElementTree.parse(path).getroot()
    return {
        context.findtext("name"): {m.findtext("source") for m in context.iter("message")}
        for context in root.iter("context")
    }


@needs_tools
def test_update_collects_the_main_window_strings_into_both_catalogues(tmp_path):
    written = translations.update(ts_dir=tmp_path)
    assert sorted(p.name for p in written) == ["barometer_da.ts", "barometer_en.ts"]
    for path, language in zip(sorted(written), ("da_DK", "en_GB")):
        root = ElementTree.parse(path).getroot()
        assert root.get("language") == language
        assert root.get("sourcelanguage") == "en_GB"
        messages = _messages(path)
        assert {"&File", "&Help", "Report year:", "DEMO"} <= messages["MainWindow"]
        assert {"&Settings…", "&User guide"} <= messages["AppMenus"]
        # Non-Qt paths and error templates are collected too.
        assert "CommandLine" in messages and "Errors" in messages


@needs_tools
def test_update_keeps_existing_translations(tmp_path):
    translations.update(ts_dir=tmp_path)
    path = tmp_path / "barometer_da.ts"
    tree = ElementTree.parse(path)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "MainWindow":
            for message in context.iter("message"):
                if message.findtext("source") == "&File":
                    translation = message.find("translation")
                    translation.text = "&Filer"
                    translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)

    translations.update(ts_dir=tmp_path)
    kept = [
        m.find("translation")
        for c in ElementTree.parse(path).getroot().iter("context")
        if c.findtext("name") == "MainWindow"
        for m in c.iter("message")
        if m.findtext("source") == "&File"
    ]
    assert kept[0].text == "&Filer" and kept[0].get("type") is None


@needs_tools
def test_compiled_catalogue_translates_in_qt(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    translations.update(ts_dir=tmp_path)
    source = tmp_path / "barometer_da.ts"
    text = source.read_text(encoding="utf-8").replace(
        "<source>DEMO</source>\n        <translation type=\"unfinished\"></translation>",
        "<source>DEMO</source>\n        <translation>DEMO-DATA</translation>",
    )
    source.write_text(text, encoding="utf-8")
    qm = tmp_path / "out" / "barometer_da.qm"
    qm.parent.mkdir()
    import subprocess

    subprocess.run(translations._tool("lrelease") + ["-silent", str(source), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "DEMO") == "DEMO-DATA"
