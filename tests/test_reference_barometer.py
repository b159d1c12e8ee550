"""A real barometer's published figures, set up in the app, give the verdicts the rule says,
the same in the snapshot, the PDF and the web.

Source: the national integration barometer (Det nationale integrationsbarometer), Udlændinge- og
Integrationsministeriet, "Udviklingsrapport: Hele landet", November 2022,
https://integrationsbarometer.dk/udviklingsrapporter/hele-landet.html - the "Aktuel status" and
"Udvikling siden basismåling" (2012) columns, as published (whole percent):

    Arbejde (status 2020)          1.1 employment gap, 25-64 (lower is better)      20, -6 since 2012
                                   1.2 employment rate, 25-64                       60, +9
    Uddannelse (status 2021)       2.1 grade 2 or more, written Danish and maths    95, +13
                                   2.2 youth education completed, 20-24             68, +12
                                   2.3 higher education completed, 25-39            41, +15
    Danskkundskaber (status 2022)  3.1 grade 2 or more, oral Danish and spelling    91, +2
                                   3.2 few or no problems with Danish (survey)      52, -5
                                   3.3 Danish test passed within 5 years            62, -5

So one report (2022) mixes three status years; 1.1 is lower-is-better; goal 3 has three
indicators and is decided by majority (1 improved, 2 worsened). The national barometer has no
two-indicator goal that disagrees, so goal 4 regroups two of the published series (3.1's and
3.3's figures) into one: improved and worsened, so mixed. The barometer's own area is the
whole country (the main-area setting), and changes are measured against the baseline year 2012.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, insert, select

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.types import GoalStatus, Trend
from barometer_desktop.report.front import ReportOptions
from barometer_desktop.report.render_pdf import export_pdf
from barometer_desktop.storage import settings_store
from barometer_desktop.storage.schema import area, goal, indicator, observation
from barometer_desktop.web.publish import publish_site

REPORT_YEAR = 2022
BASELINE = 2012

# code, goal, name, direction, survey, status year, status value, change since 2012
PUBLISHED = [
    ("1.1", 1, "Beskæftigelsesgab", "lower", False, 2020, 20, -6),
    ("1.2", 1, "Beskæftigelsesfrekvens", "higher", False, 2020, 60, 9),
    ("2.1", 2, "Karakter 2 i skriftlig dansk og matematik", "higher", False, 2021, 95, 13),
    ("2.2", 2, "Gennemført ungdomsuddannelse", "higher", False, 2021, 68, 12),
    ("2.3", 2, "Gennemført videregående uddannelse", "higher", False, 2021, 41, 15),
    ("3.1", 3, "Karakter 2 i mundtlig dansk og retskrivning", "higher", False, 2022, 91, 2),
    ("3.2", 3, "Få eller ingen problemer med dansk", "higher", True, 2022, 52, -5),
    ("3.3", 3, "Danskprøve bestået inden 5 år", "higher", False, 2022, 62, -5),
    ("4.1", 4, "Mundtlig dansk (som 3.1)", "higher", False, 2022, 91, 2),
    ("4.2", 4, "Danskprøve (som 3.3)", "higher", False, 2022, 62, -5),
]
GOALS = {1: "Arbejde", 2: "Uddannelse", 3: "Danskkundskaber", 4: "Danskprøver (omgrupperet)"}
EXPECTED_TRENDS = {
    "1.1": Trend.IMPROVED, "1.2": Trend.IMPROVED, "2.1": Trend.IMPROVED, "2.2": Trend.IMPROVED,
    "2.3": Trend.IMPROVED, "3.1": Trend.IMPROVED, "3.2": Trend.WORSENED, "3.3": Trend.WORSENED,
    "4.1": Trend.IMPROVED, "4.2": Trend.WORSENED,
}
EXPECTED_STATUS = {1: GoalStatus.IMPROVED, 2: GoalStatus.IMPROVED, 3: GoalStatus.WORSENED, 4: GoalStatus.MIXED}


@pytest.fixture
def national(policy_db):
    """The policy database turned into the national barometer's four goals and their figures."""
    now = datetime(2022, 11, 1, 12, 0)
    with policy_db.transaction() as session:
        session.execute(delete(indicator))
        session.execute(delete(goal).where(goal.c.number > len(GOALS)))
        for number, title in GOALS.items():
            session.execute(goal.update().where(goal.c.number == number).values(title=title))
        goal_ids = dict(session.execute(select(goal.c.number, goal.c.id)).all())
        country = session.execute(select(area.c.id).where(area.c.kind == "country")).scalar_one()
        for code, number, name, direction, survey, status_year, value, change in PUBLISHED:
            indicator_id = session.execute(insert(indicator).values(
                code=code, goal_id=goal_ids[number], name=name, definition="", unit="percent", decimals=0,
                direction=direction, is_headline=code.endswith(".1"), is_active=True, is_survey=survey,
                data_source="integrationsbarometer.dk", provider="UIM", frequency="yearly", release_month=11,
                release_year_offset=1, population_note="", comparison_available=True, version=1,
            )).inserted_primary_key[0]
            for year, figure in ((BASELINE, value - change), (status_year, value)):
                session.execute(insert(observation).values(
                    indicator_id=indicator_id, area_id=country, year=year, period_kind="year", period_no=0,
                    value=float(figure), sample_size=None, std_error=None, is_provisional=False, note="",
                    note_is_public=False, entered_by="test", entered_at=now, version=1,
                ))
    settings_store.save(policy_db, {
        settings_store.MAIN_AREA: "000",
        settings_store.COMPARISON_BASIS: "baseline",
        settings_store.BASELINE_YEAR: str(BASELINE),
    })
    return policy_db


def _text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(parser.parts).split())


def test_snapshot_verdicts_follow_the_published_figures(national):
    snapshot = assemble(national, REPORT_YEAR, today=date(2022, 11, 15))
    assert snapshot.main_area_name == "Hele landet"  # the setting, not the area marked main in the data
    views = {i.code: i for g in snapshot.goals for i in g.indicators}
    for code, _goal, _name, _direction, survey, status_year, value, change in PUBLISHED:
        development = views[code].development
        assert development.status_year == status_year, code
        assert development.current.value == value and development.reference.period.year == BASELINE
        assert development.change == change, code
        assert development.trend is EXPECTED_TRENDS[code], code
        # The survey series has no sample sizes: its change cannot be tested.
        assert development.significance_unknown is survey
    assert {g.number: g.status for g in snapshot.goals} == EXPECTED_STATUS
    counts = snapshot.status_counts()
    assert (counts[GoalStatus.IMPROVED], counts[GoalStatus.WORSENED], counts[GoalStatus.MIXED]) == (2, 1, 1)
    # Only final figures: the web's verdicts are the same ones.
    assert snapshot.status_counts(published=True) == counts and snapshot.goals_awaiting_final() == 0


def test_pdf_and_web_say_the_same(national, tmp_path: Path):
    snapshot = assemble(national, REPORT_YEAR, today=date(2022, 11, 15))
    pdf = _text(export_pdf(snapshot, tmp_path / "r.pdf", ReportOptions(lang="da")).path)
    assert "I 2022 blev 2 mål forbedret, 1 forværret, 0 var uændrede og 1 blandede" in pdf
    assert "20 % (2020)" in pdf and "95 % (2021)" in pdf and "91 % " in pdf  # status years beside the values
    assert "Ændring siden 2012" in pdf and "basisåret 2012" in pdf
    assert "signifikans ukendt" in pdf
    assert "\u22126 pct.-point" in pdf  # 1.1: the gap fell, and lower is better (the minus sign)
    # The goal pages state each goal's status by the majority rule.
    for number, status in EXPECTED_STATUS.items():
        word = {"improved": "Forbedret", "worsened": "Forværret", "mixed": "Blandet"}[status.value]
        assert re.search(rf"Mål {number}: .*?Målstatus: [▲▼◐] {word}", pdf), number

    site = publish_site(snapshot, tmp_path / "web")
    index = _html_text(site / "index.html")
    assert "Forbedret 2" in index and "Forværret 1" in index and "Blandet 1" in index
    assert "afventer endelige tal" not in index
    assert "Ændring siden 2012" in _html_text(site / "maal-2.html")
    about = _html_text(site / "om.html")
    assert "basisåret 2012" in about and "højst 2 år gammel" in about
    assert "forrige måling" not in about


def test_the_same_barometer_set_up_from_a_policy_file_and_a_file_import(tmp_path: Path, capsys):
    """Issue 14's way in: the national barometer's goals and indicators written as a policy file,
    `db init --policy`, its figures imported from a CSV file like any user's, the shared settings
    set: the verdicts are the published ones above."""
    from barometer_desktop.cli.main import main
    from barometer_desktop.storage.database import open_database

    lines = ['schema = 1', '', '[policy]', 'name = "Det nationale integrationsbarometer"',
             'period_from = 2011', 'period_to = 2030', '',
             '[[areas]]', 'code = "000"', 'name = "Hele landet"', 'kind = "country"', 'main = true']
    for number, title in GOALS.items():
        lines += ['', '[[goals]]', f'number = {number}', f'title = "{title}"']
    for code, number, name, direction, survey, _year, _value, _change in PUBLISHED:
        lines += ['', '[[indicators]]', f'code = "{code}"', f'goal = {number}', f'name = "{name}"',
                  'unit = "percent"', f'direction = "{direction}"', 'decimals = 0',
                  f'headline = {str(code.endswith(".1")).lower()}', f'survey = {str(survey).lower()}',
                  'source = "integrationsbarometer.dk"', 'provider = "UIM"']
    policy = tmp_path / "nationalt.toml"
    policy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    figures = tmp_path / "tal.csv"
    rows = ["indikator;område;periode;værdi"]
    for code, _goal, _name, _direction, _survey, status_year, value, change in PUBLISHED:
        rows += [f"{code};000;{BASELINE};{value - change}", f"{code};Hele landet;{status_year};{value}"]
    figures.write_text("\n".join(rows) + "\n", encoding="utf-8")
    database = tmp_path / "nationalt.sqlite"

    assert main(["--db", str(database), "db", "init", "--policy", str(policy)]) == 0, capsys.readouterr().err
    assert main(["--db", str(database), "import", str(figures)]) == 0, capsys.readouterr().err
    db = open_database(database)
    try:
        settings_store.save(db, {settings_store.COMPARISON_BASIS: "baseline",
                                 settings_store.BASELINE_YEAR: str(BASELINE)})
        snapshot = assemble(db, REPORT_YEAR, today=date(2022, 11, 15))
    finally:
        db.close()
    assert snapshot.main_area_name == "Hele landet"
    assert {i.code: i.development.trend for g in snapshot.goals for i in g.indicators} == EXPECTED_TRENDS
    assert {g.number: g.status for g in snapshot.goals} == EXPECTED_STATUS
