"""Follow-up statuses and BIU's decisions are enums end to end: stored editions decode
into them (the file keeps the enum's value), and every output takes their words from labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from barometer_desktop import labels
from barometer_desktop.domain.types import DecisionReason, DecisionStatus, FollowUpStatus
from barometer_desktop.i18n import output_language
from barometer_desktop.report.snapshot_codec import from_json, to_json

EDITIONS = Path(__file__).parent.parent / "fixtures" / "editions"


@pytest.mark.parametrize("path", sorted(EDITIONS.glob("*.json")), ids=lambda p: p.stem)
def test_stored_editions_decode_statuses_as_enums(path: Path) -> None:
    snapshot = from_json(path.read_text(encoding="utf-8"))
    lines = [line for c in snapshot.committees for line in (*c.lacking, *c.partly, *c.not_recorded)]
    assert all(line.status is None or type(line.status) is FollowUpStatus for line in lines)
    assert all(line.status is FollowUpStatus.PARTLY for c in snapshot.committees for line in c.partly)
    candidates = [c.candidate for c in snapshot.committees if c.candidate is not None]
    assert all(type(reason) is DecisionReason for c in candidates for reason in c.reasons)
    for decision in (c.decision for c in snapshot.committees if c.decision is not None):
        assert type(decision.reason) is DecisionReason and type(decision.status) is DecisionStatus
    # Written back, the file holds the same words it was read from.
    again = json.loads(to_json(snapshot))["snapshot"]["committees"]
    stored = [line["status"] for c in again for key in ("lacking", "partly", "not_recorded") for line in c[key]]
    assert stored == [None if line.status is None else line.status.value for line in lines]


def test_the_demo_snapshot_carries_enums(demo_snapshot) -> None:
    candidates = [c.candidate for c in demo_snapshot.committees if c.candidate is not None]
    assert candidates and all(isinstance(r, DecisionReason) for c in candidates for r in c.reasons)
    assert any(line.status is FollowUpStatus.NOT_FOLLOWED_UP for c in demo_snapshot.committees for line in c.lacking)


def test_every_status_and_reason_has_its_words() -> None:
    follow_up = {labels.follow_up_status_name(s) for s in (None, *FollowUpStatus)}
    assert len(follow_up) == len(FollowUpStatus) + 1
    assert len({labels.decision_reason_name(r) for r in DecisionReason}) == len(DecisionReason)
    assert len({labels.decision_status_name(s) for s in DecisionStatus}) == len(DecisionStatus)
    with output_language("da"):
        assert labels.follow_up_status_mark(FollowUpStatus.PARTLY) == "◐ Delvist fulgt op"
        assert labels.decision_reason_name(DecisionReason.OTHER) == "Anden årsag"
    with output_language("en"):
        assert labels.follow_up_status_mark(None) == "— Not recorded"
