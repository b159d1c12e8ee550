"""Assembling a report year reads one state of the data, whatever others save meanwhile."""

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog, observation_edits, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observations import ObservationInput


def test_reads_inside_consistent_reads_do_not_see_a_colleagues_save(demo_db_path):
    mine = open_database(demo_db_path, user_name="me")
    colleague = open_database(demo_db_path, user_name="colleague")
    try:
        indicator = next(i for i in catalog.indicators(mine) if i.code == "1.2")
        main = next(a for a in catalog.areas(mine) if a.is_main)
        record = next(r for r in observations.series(mine, indicator.id, [main.id]) if r.period == Period.year_of(2013))
        with mine.consistent_reads():
            before = observations.series(mine, indicator.id, [main.id])
            observation_edits.save(colleague, [ObservationInput(indicator.id, main.id, record.period, 99.0,
                                                           expected_version=record.version)])
            during = observations.series(mine, indicator.id, [main.id])
        after = observations.series(mine, indicator.id, [main.id])
        assert [r.value for r in during] == [r.value for r in before]
        assert any(r.value == 99.0 for r in after)
    finally:
        mine.close()
        colleague.close()


def test_orm_and_core_reads_in_one_block_share_one_snapshot(demo_db_path):
    # Core reads (reading_rows) and ORM reads (reading) inside one block use
    # the block's transaction; the ORM session joining it must not end it.
    from sqlalchemy import select

    from barometer_desktop.storage.models import Observation

    mine = open_database(demo_db_path, user_name="me")
    colleague = open_database(demo_db_path, user_name="colleague")
    try:
        indicator = next(i for i in catalog.indicators(mine) if i.code == "1.2")
        main = next(a for a in catalog.areas(mine) if a.is_main)
        record = next(r for r in observations.series(mine, indicator.id, [main.id]) if r.period == Period.year_of(2013))
        value_query = select(Observation.value).where(Observation.id == record.id)
        with mine.consistent_reads():
            observations.series(mine, indicator.id, [main.id])  # the snapshot starts here
            observation_edits.save(colleague, [ObservationInput(indicator.id, main.id, record.period, 99.0,
                                                                expected_version=record.version)])
            with mine.reading() as session:
                orm_value = session.scalar(value_query)
            with mine.reading() as session:
                orm_again = session.scalar(value_query)
            core_value = next(r.value for r in observations.series(mine, indicator.id, [main.id]) if r.id == record.id)
        with mine.reading() as session:
            outside = session.scalar(value_query)
        assert orm_value == orm_again == core_value == record.value
        assert outside == 99.0
    finally:
        mine.close()
        colleague.close()
