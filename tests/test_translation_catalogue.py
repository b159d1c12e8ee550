"""The committed catalogues hold exactly the texts the code shows, all translated.

lupdate is run into a temporary folder; a text the code has but the
catalogue lacks (someone forgot `translations.py update`) fails here
instead of showing up in English in the Danish interface.
"""

import importlib.util
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _translations_module():
    spec = importlib.util.spec_from_file_location("packaging_translations", ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.skipif(not _translations_module().tool_available("lupdate"), reason="pyside6-lupdate is not installed")
def test_catalogues_match_the_code_and_are_complete(tmp_path):
    module = _translations_module()
    module.update(tmp_path)
    for lang in ("da", "en"):
        fresh = _messages(tmp_path / module.ts_path(lang).name)
        committed = _messages(module.ts_path(lang))
        assert set(fresh) == set(committed), f"run packaging/translations.py update ({lang})"
        unfinished = [key for key, translation in committed.items() if translation.get("type") or not translation.text]
        assert unfinished == [], f"untranslated in barometer_{lang}.ts: {unfinished[:5]}"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_translation_is_plain_text_that_lrelease_accepts(lang):
    """A translation holds text only: an element inside one (a botched edit) is valid XML that
    our reader would accept, but Qt's lrelease refuses the file and the build stops."""
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).resolve().parents[1] / "resources" / "translations" / f"barometer_{lang}.ts")
    nested = [message.findtext("source") for message in root.iter("message")
              for translation in message.iter("translation") if len(translation)]
    assert nested == []
