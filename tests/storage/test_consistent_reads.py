"""Assembling a report year reads one state of the data, whatever others save meanwhile."""

import pytest
from sqlalchemy import select

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.models import Observation
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values


@pytest.fixture
def two_users(demo_db_path):
    """Me and a colleague on one database, and the main area's 2013 value of indicator 1.2."""
    mine = open_database(demo_db_path, user_name="me")
    colleague = open_database(demo_db_path, user_name="colleague")
    indicator = next(i for i in catalog.indicators(mine) if i.code == "1.2")
    main = next(a for a in catalog.areas(mine) if a.is_main)
    record = next(r for r in observations.series(mine, indicator.id, [main.id]) if r.period == Period.year_of(2013))
    yield mine, colleague, record
    mine.close()
    colleague.close()


def _colleague_changes(colleague, record) -> None:
    stored_values.save(colleague, [ObservationInput(record.indicator_id, record.area_id, record.period, 99.0,
                                                        expected_version=record.version)])


def _series(db, record):
    return observations.series(db, record.indicator_id, [record.area_id])


def test_reads_inside_consistent_reads_do_not_see_a_colleagues_save(two_users):
    mine, colleague, record = two_users
    with mine.consistent_reads():
        before = _series(mine, record)
        _colleague_changes(colleague, record)
        during = _series(mine, record)
    after = _series(mine, record)
    assert [r.value for r in during] == [r.value for r in before]
    assert any(r.value == 99.0 for r in after)


def test_orm_and_core_reads_in_one_block_share_one_snapshot(two_users):
    # Core reads (reading_rows) and ORM reads (reading) inside one block use
    # the block's transaction; the ORM session joining it must not end it.
    mine, colleague, record = two_users
    value_query = select(Observation.value).where(Observation.id == record.id)
    with mine.consistent_reads():
        with mine.reading() as session:
            orm_first = session.scalar(value_query)  # the snapshot starts here, in the ORM
        _colleague_changes(colleague, record)
        core_value = next(r.value for r in _series(mine, record) if r.id == record.id)
        with mine.reading() as session:
            orm_again = session.scalar(value_query)
    with mine.reading() as session:
        outside = session.scalar(value_query)
    assert orm_first == core_value == orm_again == record.value
    assert outside == 99.0
