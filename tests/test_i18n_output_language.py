"""The language of a document being produced is separate from the application's."""

from __future__ import annotations

import threading

import pytest

from barometer_desktop import i18n
from barometer_desktop.report import text as report_text

WORDS = {"da": {("Web", "Goal"): "Mål"}, "en": {}}


@pytest.fixture(autouse=True)
def small_catalogue(monkeypatch):
    monkeypatch.setattr(i18n, "catalog", lambda lang: WORDS[lang])
    monkeypatch.setattr(i18n, "_current", "en")


def test_translate_follows_the_output_language_inside_the_block_only():
    assert i18n.translate("Web", "Goal") == "Goal"
    with i18n.output_language("da"):
        assert i18n.translate("Web", "Goal") == "Mål"
        with i18n.output_language("en"):
            assert i18n.translate("Web", "Goal") == "Goal"
        assert i18n.translate("Web", "Goal") == "Mål"
    assert i18n.translate("Web", "Goal") == "Goal"
    assert i18n.current_language() == "en"


def test_a_build_in_another_thread_does_not_change_this_threads_language():
    inside = threading.Event()
    release = threading.Event()
    seen = []

    def build():
        with i18n.output_language("da"):
            seen.append(i18n.translate("Web", "Goal"))
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=build)
    worker.start()
    assert inside.wait(5)
    assert i18n.translate("Web", "Goal") == "Goal"
    release.set()
    worker.join(5)
    assert seen == ["Mål"]


def test_the_report_names_are_the_shared_mechanism():
    with report_text.report_language("da"):
        assert report_text.language() == "da"
        assert report_text.translate("Web", "Goal") == "Mål"
    with pytest.raises(ValueError):
        with i18n.output_language("fr"):
            pass
