"""The public web barometer: valid HTML, every goal, escaped names, no drafts or internal notes."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import select

from barometer_desktop.assembly.assemble_snapshot import assemble as _assemble
from barometer_desktop.cli.main import main
from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.models import Assessment, Indicator
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.web.publish import publish_site
from tests import stored_values

# The Danish site's CSV files are Danish Excel's (";"), the English ones plain RFC 4180 (",").
CSV_DELIMITER = {"da": ";", "en": ","}
VOID = {"meta", "link", "br", "img", "input", "hr", "circle", "rect", "line", "polyline", "path"}


class Checker(HTMLParser):
    """Collects text, headings and tags; fails on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.headings: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> (open: {self.stack[-3:]})")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.stack and self.stack[-1] in ("h1", "h2", "h3"):
            self.headings.append(data)


def parse(path: Path) -> Checker:
    checker = Checker()
    checker.feed(path.read_text(encoding="utf-8"))
    checker.close()
    assert not checker.errors, checker.errors
    assert not checker.stack, checker.stack
    return checker


@pytest.fixture
def site(demo_db, tmp_path: Path) -> Path:
    indicators = {i.code: i for i in catalog.indicators(demo_db)}
    areas = {a.name: a.id for a in catalog.areas(demo_db)}
    with demo_db.transaction() as session:
        row = session.scalars(select(Indicator).where(Indicator.code == "7.1")).one()
        row.name = "<script>alert(1)</script>"
        assessment = session.scalars(
            select(Assessment).where(Assessment.indicator_id == indicators["8.1"].id, Assessment.year == 2013)
        ).one_or_none()
        if assessment is None:
            assessment = Assessment(indicator_id=indicators["8.1"].id, year=2013)
            session.add(assessment)
        assessment.text, assessment.is_public = "INTERN-VURDERING", False
    current = {(r.area_id, r.period): r for r in observations.series(demo_db, indicators["6.1"].id)}
    keep = current[(areas["København"], Period.year_of(2012))]
    stored_values.save(demo_db, [
        # A draft (provisional) value for the report year, with a tell-tale value.
        ObservationInput(indicators["6.1"].id, areas["København"], Period.year_of(2013), 77.7, is_provisional=True,
                         expected_version=current[(areas["København"], Period.year_of(2013))].version),
        # An internal note on a final value, and a public one.
        ObservationInput(indicators["6.1"].id, areas["København"], Period.year_of(2012), keep.value,
                         note="INTERN-NOTE", expected_version=keep.version),
        ObservationInput(indicators["6.1"].id, areas["Hele landet"], Period.year_of(2011), 70.0,
                         note="Offentlig note", note_is_public=True,
                         expected_version=current[(areas["Hele landet"], Period.year_of(2011))].version),
    ])
    return publish_site(_assemble(demo_db, 2013), tmp_path / "web")


def test_every_page_parses_and_every_goal_is_there(site: Path, demo_db):
    goals = catalog.goals_with_indicators(demo_db)
    index = parse(site / "index.html")
    assert ("html", {"lang": "da"}) in index.tags
    for goal in goals:
        assert ("a", {"href": f"maal-{goal.number}.html"}) in index.tags
        page = parse(site / f"maal-{goal.number}.html")
        assert goal.title in page.headings
        svg = [attrs for tag, attrs in page.tags if tag == "svg" and attrs.get("role") == "img"]
        assert svg and all(a.get("aria-labelledby") for a in svg)
    assert "DEMO" in "".join(index.text)
    assert (site / "style.css").is_file() and (site / "data.csv").is_file()
    assert not list(site.parent.glob(".web*"))  # no temporary folder left
    assert "<script" not in "".join(p.read_text(encoding="utf-8") for p in site.glob("*.html")).replace(
        "&lt;script&gt;", "")


def test_markup_in_names_is_shown_as_text(site: Path):
    html = (site / "maal-7.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert "<script>alert(1)</script>" in "".join(parse(site / "maal-7.html").text)


def test_no_draft_value_or_internal_text(site: Path):
    everything = "".join(p.read_text(encoding="utf-8") for p in site.iterdir())
    assert "77,7" not in everything and "77.7" not in everything
    assert "INTERN-NOTE" not in everything and "INTERN-VURDERING" not in everything
    assert "Offentlig note" in everything
    page = "".join(parse(site / "maal-6.html").text)
    # The report year's value is still a draft: the page shows, and judges, the latest final value,
    # and the index says how many goals await their final figures.
    assert "Seneste værdi (2012)" in page
    index = " ".join("".join(parse(site / "index.html").text).split())
    assert "1 mål afventer endelige tal for 2013" in index


def test_english_and_republishing_replaces_the_folder(demo_db, tmp_path: Path, capsys):
    target = tmp_path / "site"
    assert main(["--db", str(demo_db.location.path), "publish", "--year", "2012", "--out", str(target)]) == 0
    # A page an earlier publish wrote (its marker lists it) and this one does not: it goes.
    (target / "old.html").write_text("old")
    with (target / ".barometer-site").open("a", encoding="utf-8") as marker:
        marker.write("old.html\n")
    assert main(["--db", str(demo_db.location.path), "publish", "--year", "2012", "--out", str(target),
                 "--lang", "en"]) == 0
    assert not (target / "old.html").exists()
    assert ("html", {"lang": "en"}) in parse(target / "index.html").tags
    assert "2012" in capsys.readouterr().out


def test_csv_unit_column_holds_translated_unit_names(demo_db, tmp_path: Path):
    import csv

    for lang, expected in (("da", "Procent"), ("en", "Percent")):
        site = publish_site(_assemble(demo_db, 2013), tmp_path / f"web-{lang}", lang=lang)
        rows = list(csv.reader((site / "data.csv").read_text(encoding="utf-8-sig").splitlines(),
                               delimiter=CSV_DELIMITER[lang]))
        units = {row[6] for row in rows[1:]}
        assert expected in units
        assert not units & {"grade", "index", "percent", "percentage_points", "count"}, units
    assert rows[0][6] == "unit"


def test_csv_values_are_the_published_figures(demo_db, tmp_path: Path):
    import csv

    for lang, separator in (("da", ","), ("en", ".")):
        site = publish_site(_assemble(demo_db, 2013), tmp_path / f"web-{lang}", lang=lang)
        rows = list(csv.reader((site / "data.csv").read_text(encoding="utf-8-sig").splitlines(),
                               delimiter=CSV_DELIMITER[lang]))
        by_key = {(row[1], row[3], row[4]): row[5] for row in rows[1:]}
        # 1.1 is published with one decimal, 6.1 (a survey share) with none.
        assert by_key[("1.1", "København", "2013")] == f"6{separator}3"
        assert by_key[("6.1", "København", "2013")] == "65"
        assert all("e" not in value.lower() for value in by_key.values())


def test_web_text_follows_the_comparison_basis(demo_db, tmp_path: Path):
    from barometer_desktop.storage import settings_store

    previous = publish_site(_assemble(demo_db, 2013), tmp_path / "previous")
    text = "".join(p.read_text(encoding="utf-8") for p in previous.glob("*.html"))
    assert "forrige måling" in text and "basisår" not in text

    settings_store.save(demo_db, {settings_store.COMPARISON_BASIS: "baseline", settings_store.BASELINE_YEAR: "2011"})
    site = publish_site(_assemble(demo_db, 2013), tmp_path / "baseline")
    pages = {p.name: p.read_text(encoding="utf-8") for p in site.glob("*.html")}
    everything = "".join(pages.values())
    # Every page's footer, the "About" page and the change figures name the baseline year.
    assert "forrige måling" not in everything
    assert all("basisåret 2011" in page for page in pages.values())
    assert "Ændring siden 2011" in pages["maal-1.html"]
    assert "Sådan vurderes udviklingen" in pages["om.html"]
