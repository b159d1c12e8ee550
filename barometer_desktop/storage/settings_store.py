"""Settings kept in the database because they shape shared output.

The report and the web export must come out the same whoever produces them,
so the organisation name, follow-up deadline, the verdict's rule (comparison
basis, significance policy, status window) and the barometer's own area live
with the data, not in one user's QSettings. The table is key-value: a new
setting needs no migration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from barometer_desktop.domain.types import DEFAULT_STATUS_WINDOW, ComparisonBasis, SignificancePolicy
from barometer_desktop.errors import QT_TRANSLATE_NOOP, StaleEditError, ValidationError
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.schema import area, setting

ORGANISATION = "organisation"
FOLLOW_UP_DEADLINE = "follow_up_deadline"  # "MM-DD" in the year after the report year
COMPARISON_BASIS = "comparison_basis"  # "previous" | "baseline"
BASELINE_YEAR = "baseline_year"
LOGO_PATH = "logo_path"  # a PNG or JPEG file for the report's front page; "" = none
# The code of the area the barometer belongs to ("" = the area marked main in the data).
MAIN_AREA = "main_area"
SIGNIFICANCE_POLICY = "significance_policy"  # SignificancePolicy value
STATUS_WINDOW = "status_window"  # how many years old a status value may be: "0".."5"
MAX_STATUS_WINDOW = 5

DEFAULT_ORGANISATION = "Københavns Kommune"
DEFAULT_DEADLINE = "03-01"


@dataclass(frozen=True)
class SharedSettings:
    organisation: str
    deadline_month: int
    deadline_day: int
    basis: ComparisonBasis
    baseline_year: int | None
    significance_policy: SignificancePolicy = SignificancePolicy.AS_UNCHANGED
    status_window: int = DEFAULT_STATUS_WINDOW
    main_area_code: str = ""

    def deadline_for(self, report_year: int) -> date:
        return date(report_year + 1, self.deadline_month, self.deadline_day)


def parse_deadline(text: str) -> tuple[int, int]:
    try:
        month_text, day_text = text.strip().split("-")
        month, day = int(month_text), int(day_text)
        date(2001, month, day)  # a real day in a non-leap year
    except ValueError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The deadline must be a day of the year as MM-DD, e.g. 03-01."),
            field=FOLLOW_UP_DEADLINE,
        ) from error
    return month, day


_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


def check_logo(path_text: str) -> None:
    """An empty path (no logo) or an existing PNG/JPEG file, judged by its content."""
    if not path_text:
        return
    try:
        with open(path_text, "rb") as handle:
            head = handle.read(256 * 1024)  # a JPEG's size may follow its embedded thumbnail
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The logo file {path} cannot be read."), field=LOGO_PATH, path=path_text
        ) from error
    if not head.startswith(_IMAGE_SIGNATURES):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The logo {path} is not a PNG or JPEG image."),
            field=LOGO_PATH,
            path=path_text,
        )
    size = _image_size(head)
    if size is None or not (1 <= size[0] <= MAX_LOGO_SIDE and 1 <= size[1] <= MAX_LOGO_SIDE):
        # The report would leave such a file out (or spend minutes and gigabytes on it): refused here, where it is chosen.
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The logo {path} is damaged or larger than {limit} × {limit} pixels; "
                                        "save a smaller copy of it."),
            field=LOGO_PATH, path=path_text, limit=MAX_LOGO_SIDE,
        )


MAX_LOGO_SIDE = 10_000  # pixels: a front-page logo is a few hundred


def _image_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's header chunk or a JPEG's frame header; None if not found."""
    if head.startswith(_IMAGE_SIGNATURES[0]):
        if len(head) < 24 or head[12:16] != b"IHDR":
            return None
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    position = 2
    while position + 9 < len(head):
        if head[position] != 0xFF:
            return None
        marker = head[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            position += 2
            continue
        length = int.from_bytes(head[position + 2:position + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start-of-frame
            height = int.from_bytes(head[position + 5:position + 7], "big")
            width = int.from_bytes(head[position + 7:position + 9], "big")
            return width, height
        position += 2 + length
    return None


def load(db: Database) -> SharedSettings:
    with db.reading_rows() as connection:
        stored = dict(connection.execute(select(setting.c.key, setting.c.value)).all())
    month, day = parse_deadline(stored.get(FOLLOW_UP_DEADLINE) or DEFAULT_DEADLINE)
    basis_text = stored.get(COMPARISON_BASIS) or ComparisonBasis.PREVIOUS.value
    baseline = stored.get(BASELINE_YEAR) or ""
    policy = stored.get(SIGNIFICANCE_POLICY) or ""
    window = stored.get(STATUS_WINDOW) or ""
    return SharedSettings(
        organisation=stored.get(ORGANISATION) or DEFAULT_ORGANISATION,
        deadline_month=month,
        deadline_day=day,
        basis=ComparisonBasis(basis_text),
        baseline_year=int(baseline) if baseline.isdigit() else None,
        significance_policy=(
            SignificancePolicy(policy) if policy in _POLICIES else SignificancePolicy.AS_UNCHANGED
        ),
        status_window=int(window) if window.isdigit() else DEFAULT_STATUS_WINDOW,
        main_area_code=stored.get(MAIN_AREA) or "",
    )


_POLICIES = {p.value for p in SignificancePolicy}


def current_values(db: Database) -> dict[str, str]:
    """The shared settings as text, the way a settings form shows and saves them."""
    shared = load(db)
    return {
        ORGANISATION: shared.organisation,
        LOGO_PATH: db.setting(LOGO_PATH),
        FOLLOW_UP_DEADLINE: f"{shared.deadline_month:02d}-{shared.deadline_day:02d}",
        COMPARISON_BASIS: shared.basis.value,
        BASELINE_YEAR: str(shared.baseline_year) if shared.baseline_year is not None else "",
        SIGNIFICANCE_POLICY: shared.significance_policy.value,
        STATUS_WINDOW: str(shared.status_window),
        MAIN_AREA: shared.main_area_code or _marked_main_area(db),
    }


def _marked_main_area(db: Database) -> str:
    """The code of the area marked main in the data (the main area while the setting is empty)."""
    with db.reading_rows() as connection:
        return connection.execute(select(area.c.code).where(area.c.is_main)).scalar() or ""


def save(db: Database, values: dict[str, str], seen: dict[str, str] | None = None) -> None:
    """Store several settings as one action, after validating them all.

    With `seen` (the values the user was shown, from current_values) only
    the settings the user changed are written, and one that someone else
    changed meanwhile is refused instead of silently overwritten.
    """
    if FOLLOW_UP_DEADLINE in values:
        parse_deadline(values[FOLLOW_UP_DEADLINE])
    if COMPARISON_BASIS in values and values[COMPARISON_BASIS] not in {b.value for b in ComparisonBasis}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown comparison basis."), field=COMPARISON_BASIS)
    if values.get(BASELINE_YEAR) and not values[BASELINE_YEAR].isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The baseline year must be a year."), field=BASELINE_YEAR)
    if LOGO_PATH in values:
        check_logo(values[LOGO_PATH])
    _check_verdict_settings(db, values)
    if seen is not None:
        values = {key: value for key, value in values.items() if value != seen.get(key)}
        if not values:
            return
        now = current_values(db)
        for key in values:
            if key in seen and now.get(key) != seen[key]:
                from barometer_desktop.storage.concurrency import last_change, when  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

                with db.reading_rows() as connection:
                    change = last_change(connection, setting.name, key)
                raise StaleEditError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Someone else changed this setting in the meantime: it is now {newer_value} "
                        "({changed_by}, {changed_at}). Your change was not stored.",
                    ),
                    newer_value=now.get(key, ""),
                    changed_by=change.user_name if change else "—",
                    changed_at=when(change.changed_at if change else None),
                )
    from barometer_desktop.storage.models import Setting  # noqa: PLC0415 - edits go through the ORM (version, audit)

    with db.transaction() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            elif row.value != value:
                row.value = value


def _check_verdict_settings(db: Database, values: dict[str, str]) -> None:
    if SIGNIFICANCE_POLICY in values and values[SIGNIFICANCE_POLICY] not in _POLICIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown significance policy."), field=SIGNIFICANCE_POLICY
        )
    if STATUS_WINDOW in values:
        text = values[STATUS_WINDOW].strip()
        if not text.isdigit() or int(text) > MAX_STATUS_WINDOW:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The status window must be a whole number of years from 0 to {most}."),
                field=STATUS_WINDOW,
                most=MAX_STATUS_WINDOW,
            )
    if values.get(MAIN_AREA):
        with db.reading_rows() as connection:
            known = connection.execute(select(area.c.id).where(area.c.code == values[MAIN_AREA])).first()
        if known is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no area with the code {code}."),
                field=MAIN_AREA,
                code=values[MAIN_AREA],
            )
