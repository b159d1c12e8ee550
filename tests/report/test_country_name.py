"""The whole country is named in the output's language, with the window's word.

Area names are data, in Danish; the country alone has a word in each language
(labels.area_name). The English report and web pages said "Hele landet" where
the English window says "Whole country".
"""

from __future__ import annotations

import pytest

from barometer_desktop import labels
from barometer_desktop.i18n import output_language
from barometer_desktop.report.options import ReportOptions
from barometer_desktop.report.render_pdf import export_pdf
from barometer_desktop.web.publish import build_site


def _country_names(snapshot) -> set[str]:
    return {s.area_name for goal in snapshot.goals for i in goal.indicators for s in i.series if s.is_country}


def test_the_word_is_the_catalogues_in_each_language():
    with output_language("en"):
        assert labels.area_name("Hele landet", True) == "Whole country"
        assert labels.area_name("København", False) == "København"
    with output_language("da"):
        assert labels.area_name("Hele landet", True) == "Hele landet"


@pytest.mark.parametrize(("lang", "said", "not_said"), [("en", "Whole country", "Hele landet"),
                                                         ("da", "Hele landet", "Whole country")])
def test_the_pdf_names_the_country_in_its_language(demo_snapshot, tmp_path, read_text, lang, said, not_said):
    assert _country_names(demo_snapshot) == {"Hele landet"}  # the data's name
    path = export_pdf(demo_snapshot, tmp_path / f"{lang}.pdf", ReportOptions(lang=lang)).path
    text = read_text(path)
    assert not_said not in text
    # The chart legends and value tables' headings, and "Goal status by the same rule: ...".
    assert text.count(said) >= 2 * len([i for g in demo_snapshot.goals for i in g.indicators])
    assert f"{said} ▲" in text or f"{said} ●" in text


@pytest.mark.parametrize(("lang", "said", "not_said"), [("en", "Whole country", "Hele landet"),
                                                         ("da", "Hele landet", "Whole country")])
def test_the_web_pages_and_csv_files_name_the_country_in_their_language(demo_snapshot, lang, said, not_said):
    site = build_site(demo_snapshot, lang)
    pages = {name: text for name, text in site.items() if name.endswith((".html", ".csv"))}
    assert not [name for name, text in pages.items() if not_said in text]
    goal_page = site["maal-1.html"]
    # The chart's description, its legend and the table's column heading.
    assert f"{said}: 2007" in goal_page
    assert goal_page.count(said) >= 3
    if lang == "en":
        # The page's own language: not marked as Danish like the data's names.
        assert '<span lang="da">Whole country' not in goal_page
    assert f",{said}," in site["data.csv"] or f";{said};" in site["data.csv"]
