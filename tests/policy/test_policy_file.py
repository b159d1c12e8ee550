"""Policy files: round trip, line-and-field messages, format version, db init and export."""

from __future__ import annotations

from pathlib import Path

import pytest

from barometer_desktop import municipalities
from barometer_desktop.cli.main import main
from barometer_desktop.errors import ValidationError
from barometer_desktop.policy_file.fields import POLICY_FIELDS, SECTIONS
from barometer_desktop.policy_file.reading import parse
from barometer_desktop.policy_file.writing import to_toml
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage import catalog, policy_definition, settings_store
from barometer_desktop.storage.database import open_database

SEED = shipped_path("database", "seed", "policy_2011.toml")
TEMPLATE = shipped_path("database", "seed", "policy_template.toml")


def _export(path: Path) -> str:
    db = open_database(path)
    try:
        return to_toml(policy_definition.export(db))
    finally:
        db.close()


def test_export_init_export_gives_the_same_file(tmp_path, capsys):
    first_db, second_db = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    assert main(["--db", str(first_db), "db", "init", "--policy", str(SEED)]) == 0
    assert main(["--db", str(first_db), "policy", "export", "--out", str(tmp_path / "first.toml")]) == 0
    assert main(["--db", str(second_db), "db", "init", "--policy", str(tmp_path / "first.toml")]) == 0
    assert main(["--db", str(second_db), "policy", "export", "--out", str(tmp_path / "second.toml")]) == 0
    first = (tmp_path / "first.toml").read_text(encoding="utf-8")
    assert first == (tmp_path / "second.toml").read_text(encoding="utf-8")
    assert parse(first) == parse(SEED.read_text(encoding="utf-8")) | {
        # The export lists indicators by goal, headline first; the seed by code.
        "indicators": parse(first)["indicators"]
    }


def test_the_demo_databases_plans_survive_the_round_trip(demo_db, tmp_path):
    text = to_toml(policy_definition.export(demo_db))
    data = parse(text)
    assert {p["committee"] for p in data["action_plans"]} >= {"BUU", "TMU"}
    main(["--db", str(tmp_path / "copy.sqlite"), "db", "init", "--policy", str(_write(tmp_path, text))])
    assert _export(tmp_path / "copy.sqlite") == text


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse(text)
    return caught.value


SEED_TEXT = SEED.read_text(encoding="utf-8")


def _line_of(text: str, needle: str, after: str = "") -> int:
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if after in line) if after else 0
    return next(n for n in range(start, len(lines)) if needle in lines[n]) + 1


@pytest.mark.parametrize(
    ("old", "new", "field", "needle"),
    [
        ('unit = "grade"', 'unit = "grades"', "indicators.unit", 'unit = "grades"'),
        ('direction = "lower"', 'direction = "down"', "indicators.direction", 'direction = "down"'),
        ("decimals = 0", "decimals = 7", "indicators.decimals", "decimals = 7"),
        ("goal = 8", "goal = 9", "indicators.goal", "goal = 9"),
        ("focus_area = 4", "focus_area = 5", "goals.focus_area", "focus_area = 5"),
        ("period_to = 2014", "period_to = 2010", "policy.period_to", "period_to = 2010"),
        ('code = "8.1"', 'code = "7.1"', "indicators.code", 'code = "7.1"'),
        ('short_name = "BIU"', 'short_name = "BIU"\nchair = "x"', "committees.chair", 'chair = "x"'),
        ("release_month = 11", 'release_month = "november"', "indicators.release_month", 'release_month = "november"'),
        ('name = "Socialudvalget"\n', "", "committees.name", ""),
    ],
)
def test_every_error_names_the_line_and_the_field(old, new, field, needle):
    assert old in SEED_TEXT
    text = SEED_TEXT.replace(old, new, 1)
    error = _error(text)
    assert error.field == field
    if needle:  # the line of the changed value (for a duplicate, its second appearance)
        expected = max(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)
    else:  # a missing field: the line of its [[committees]] header
        expected = _line_of(text, 'short_name = "SOU"') - 1
    assert error.params["line"] == expected
    message = error.user_message()
    assert f"Line {expected}" in message and field in message


def test_a_second_headline_for_a_goal_is_refused_at_its_line():
    text = SEED_TEXT.replace('headline = false                # supplerende indikator', "headline = true", 1)
    error = _error(text)
    assert error.field == "indicators.headline"
    assert error.params["line"] == _line_of(text, "headline = true", after='code = "1.2"')
    assert error.params["code"] == "1.1"


def test_a_syntax_error_names_its_line():
    text = SEED_TEXT.replace('name = "Flere i arbejde"', 'title = "Flere i arbejde', 1)
    error = _error(SEED_TEXT.replace('title = "Flere i arbejde"', 'title = "Flere i arbejde', 1))
    assert error.params["line"] == _line_of(text, 'title = "Flere i arbejde')


def test_a_file_from_a_newer_format_version_is_refused(tmp_path, capsys):
    text = SEED_TEXT.replace("schema = 1 ", "schema = 2 ", 1)
    error = _error(text)
    assert error.field == "schema" and error.params["line"] == _line_of(text, "schema = 2")
    target = tmp_path / "new.sqlite"
    assert main(["--db", str(target), "db", "init", "--policy", str(_write(tmp_path, text))]) == 1
    assert not target.exists(), "a refused file creates no database"
    assert "2" in capsys.readouterr().err


def test_the_empty_template_is_a_valid_policy_without_copenhagen():
    data = parse(TEMPLATE.read_text(encoding="utf-8"))
    assert data["goals"] == [] and data["indicators"] == [] and data["committees"] == []
    assert [a["code"] for a in data["areas"]] == ["000"]


def test_init_for_another_municipality_from_the_template(tmp_path):
    target = tmp_path / "aarhus.sqlite"
    assert main(["--db", str(target), "db", "init", "--policy", str(TEMPLATE), "--municipality", "751"]) == 0
    db = open_database(target)
    try:
        areas = catalog.areas(db)
        assert [(a.code, a.name, a.is_main) for a in areas] == [("751", "Aarhus", True), ("000", "Hele landet", False)]
        assert settings_store.load(db).organisation == "Aarhus Kommune"
        assert catalog.goals_with_indicators(db) == []
        assert "example.kk.dk" not in to_toml(policy_definition.export(db))
    finally:
        db.close()


def test_an_unknown_municipality_is_refused_before_a_file_is_made(tmp_path, capsys):
    target = tmp_path / "x.sqlite"
    assert main(["--db", str(target), "db", "init", "--municipality", "Atlantis"]) == 1
    assert not target.exists()
    assert "Atlantis" in capsys.readouterr().err


def test_the_municipality_list_has_every_official_code():
    places = municipalities.all_places()
    kommuner = municipalities.municipalities()
    assert len(kommuner) == 98
    assert all(len(p.code) == 3 and 101 <= int(p.code) <= 860 for p in kommuner)
    assert sorted(p.code for p in places if p.kind == "region") == ["081", "082", "083", "084", "085"]
    assert municipalities.find("000").name == "Hele landet"
    # Per region: Nordjylland 11, Midtjylland 19, Syddanmark 22, Hovedstaden 29, Sjælland 17.
    per_region = {code: sum(p.region == code for p in kommuner) for code in ("081", "082", "083", "084", "085")}
    assert per_region == {"081": 11, "082": 19, "083": 22, "084": 29, "085": 17}
    assert len({p.code for p in places}) == len({p.name for p in places}) == len(places)


@pytest.mark.parametrize("text", ["101", "101 København", "København", "københavns kommune", " KØBENHAVN "])
def test_a_municipality_is_found_by_name_or_code(text):
    assert municipalities.find(text).code == "101"


def test_search_as_you_type():
    found = [p.name for p in municipalities.matching("aa")]
    assert set(found[:3]) == {"Aabenraa", "Aalborg", "Aarhus"} and "Høje-Taastrup" in found[3:]
    assert municipalities.matching("75")[0].name == "Aarhus"


def test_imports_match_areas_by_code_name_or_both(policy_db, tmp_path):
    from barometer_desktop.importing.service import import_file
    from barometer_desktop.storage import observations

    path = tmp_path / "omraader.csv"
    path.write_text(
        "indikator;område;periode;værdi\n"
        "1.2;101;2011;60,1\n"
        "1.2;101 København;2012;60,2\n"
        "1.2;Københavns Kommune;2013;60,3\n"
        "1.2;751 Aarhus;2013;55,0\n",
        encoding="utf-8",
    )
    report = import_file(policy_db, path)
    assert report.written and report.new == 4 and not report.rejections
    indicator = next(i for i in catalog.indicators(policy_db) if i.code == "1.2")
    areas = {a.name: a.id for a in catalog.areas(policy_db)}
    values = {(r.area_id, r.period.year): r.value for r in observations.series(policy_db, indicator.id)}
    assert values[(areas["København"], 2012)] == 60.2 and values[(areas["København"], 2013)] == 60.3
    assert values[(areas["Aarhus"], 2013)] == 55.0


def test_a_command_on_a_missing_database_says_how_to_create_it(tmp_path, capsys):
    typo = tmp_path / "barometr.sqlite"
    assert main(["--db", str(typo), "policy", "export", "--out", str(tmp_path / "x.toml")]) == 1
    error = capsys.readouterr().err
    assert "barometr.sqlite findes ikke" in error and "db init" in error
    assert not typo.exists() and not (tmp_path / "x.toml").exists()


def test_exporting_a_database_without_a_policy_says_so(tmp_path, capsys):
    from barometer_desktop.storage.database import create_database

    empty = tmp_path / "schema-only.sqlite"
    create_database(empty).close()
    assert main(["--db", str(empty), "policy", "export", "--out", str(tmp_path / "x.toml")]) == 1
    error = capsys.readouterr().err
    assert "ingen politik" in error and "Traceback" not in error
    assert not (tmp_path / "x.toml").exists()


@pytest.mark.parametrize(
    ("text", "authority"),
    [("101", "Københavns Kommune"), ("Bornholm", "Bornholms Regionskommune"), ("Nordfyns", "Nordfyns Kommune"),
     ("751", "Aarhus Kommune")],
)
def test_the_organisation_is_the_municipalitys_own_name(text, authority, tmp_path):
    target = tmp_path / "b.sqlite"
    assert main(["--db", str(target), "db", "init", "--policy", str(TEMPLATE), "--municipality", text]) == 0
    db = open_database(target)
    try:
        assert settings_store.load(db).organisation == authority
    finally:
        db.close()


WRONG_VALUE = {"text": "12", "number": '"tolv"', "flag": '"ja"', "date": '"i går"', "texts": '"a@b.dk"', "numbers": '["1"]'}


@pytest.mark.parametrize(
    ("section", "key"),
    [(section, key) for section, fields in [("policy", POLICY_FIELDS), *SECTIONS.items()]
     for key, (kind, _default) in fields.items() if kind in WRONG_VALUE],
)
def test_a_wrong_value_in_any_field_names_its_line_and_field(section, key):
    """Every field of every section: a value of the wrong kind is refused at its own line."""
    kind = dict([("policy", POLICY_FIELDS), *SECTIONS.items()])[section][key][0]
    header = "[policy]" if section == "policy" else f"[[{section}]]"
    lines = SEED_TEXT.splitlines()
    if section == "action_plans":
        lines += ["", "[[action_plans]]", 'committee = "BIU"']
    # Put the wrong value as the first field of the last entry of the section.
    at = max(n for n, line in enumerate(lines) if line.strip().startswith(header))
    lines = [line for n, line in enumerate(lines) if not (n > at and line.split("=")[0].strip() == key
                                                          and n < at + 40)]
    lines.insert(at + 1, f"{key} = {WRONG_VALUE[kind]}")
    error = _error("\n".join(lines) + "\n")
    assert error.field == f"{section}.{key}"
    assert error.params["line"] == at + 2


def test_export_never_writes_over_the_database(policy_db_path, capsys):
    before = policy_db_path.read_bytes()
    assert main(["--db", str(policy_db_path), "policy", "export", "--out", str(policy_db_path)]) == 1
    assert policy_db_path.read_bytes() == before
    assert capsys.readouterr().err


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_municipality_asks_for_one_instead_of_naming_nothing(blank):
    from barometer_desktop.errors import ValidationError
    from barometer_desktop.i18n import translate
    from barometer_desktop.policy_file.own_municipality import find_municipality

    with pytest.raises(ValidationError) as refused:
        find_municipality(blank)
    assert refused.value.field == "municipality"
    assert refused.value.user_message(translate).startswith("Skriv kommunens navn eller kode")


def _one_line(capsys) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "Uventet" not in lines[0], lines
    return lines[0]


def test_hostile_policy_files_get_one_clear_line(tmp_path, capsys):
    """Found by a hostile-user run: deep nesting gave "Unexpected error", /dev/zero ate memory."""
    from barometer_desktop.policy_file.fields import MAX_BYTES

    nested = tmp_path / "nested.toml"
    nested.write_text("schema = 1\nx = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert main(["policy", "check", str(nested)]) == 1
    assert "indlejret for dybt" in _one_line(capsys)
    assert main(["policy", "check", "/dev/zero"]) == 1
    assert "er ikke en fil" in _one_line(capsys)
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    assert main(["policy", "check", str(huge)]) == 1
    assert "større end 5 MB" in _one_line(capsys)


def test_a_policy_file_saved_with_a_byte_order_mark_is_read(tmp_path, capsys):
    template = Path(__file__).resolve().parents[2] / "database" / "seed" / "policy_template.toml"
    with_bom = tmp_path / "notepad.toml"
    with_bom.write_bytes(b"\xef\xbb\xbf" + template.read_bytes())
    assert main(["policy", "check", str(with_bom)]) == 0


def test_report_year_0_is_refused_not_read_as_the_latest_year(demo_db_path, tmp_path, capsys):
    target = tmp_path / "r.pdf"
    assert main(["--db", str(demo_db_path), "report", "--year", "0", "--out", str(target)]) == 1
    assert not target.exists()
    assert "0 er ikke et rapportår" in _one_line(capsys)
    assert main(["--db", str(demo_db_path), "report", "--year", "99999", "--out", str(target)]) == 1
    assert "fra 1900 til 2100" in _one_line(capsys)


@pytest.mark.parametrize(
    ("new_name", "problem"),
    [
        ("A" * 201, "at most 200 characters"),
        ("Aar\\u0000hus", "control character"),
    ],
)
def test_a_name_that_could_not_be_printed_or_read_back_is_refused_at_its_line(new_name, problem):
    text = SEED_TEXT.replace('name = "Aarhus"', f'name = "{new_name}"', 1)
    error = _error(text)
    assert error.field == "areas.name"
    assert error.params["line"] == _line_of(text, f'name = "{new_name}"')
    assert problem in error.user_message()




@pytest.mark.parametrize("written", ['"1"', "true", "1.0"])
def test_a_format_version_in_quotes_is_not_called_missing(written):
    text = SEED_TEXT.replace("schema = 1", f"schema = {written}", 1)
    message = _error(text).user_message()
    assert "whole number" in message and "missing" not in message


def test_a_policy_without_the_own_municipality_makes_no_database(tmp_path, capsys):
    policy = _write(tmp_path, SEED_TEXT.replace("main = true", "main = false"))
    target = tmp_path / "ny.sqlite"
    assert main(["--db", str(target), "db", "init", "--policy", str(policy)]) == 1
    assert "--municipality" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.toml"]
    # Naming the municipality is the way on.
    assert main(["--db", str(target), "db", "init", "--policy", str(policy), "--municipality", "Aarhus"]) == 0


def _danish(error: ValidationError) -> str:
    from barometer_desktop.i18n import translate_into

    return error.user_message(lambda context, text: translate_into("da", context, text))


def test_a_file_cut_off_in_a_text_names_the_last_line_in_danish():
    cut = SEED_TEXT[: SEED_TEXT.index('name = "Aarhus"') + len('name = "Aar')]
    message = _danish(_error(cut))
    assert message.startswith(f"Linje {len(cut.splitlines())}:") and "ikke lukket" in message
    assert "Unterminated" not in message


def test_a_nul_byte_in_the_file_is_told_in_danish_at_its_line():
    text = SEED_TEXT.replace('name = "Aarhus"', 'name = "Aar\x00hus"', 1)
    message = _danish(_error(text))
    assert message.startswith(f"Linje {_line_of(text, 'Aar')}:") and "kontroltegn" in message
    assert "Illegal" not in message


def test_a_nonsense_statbank_table_id_is_refused_at_its_line():
    first = SEED_TEXT.index("[[indicators]]")
    second = SEED_TEXT.index("[[indicators]]", first + 1)
    text = SEED_TEXT[:second] + '[indicators.statbank]\ntable = "../FOLK1E X"\n\n' + SEED_TEXT[second:]
    message = _danish(_error(text))
    assert "../FOLK1E X" in message and "tabel" in message.lower()
