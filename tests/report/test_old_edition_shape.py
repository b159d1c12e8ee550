"""A final edition stored before verdicts for every area existed still decodes and prints its
stored national figures, and states the rule it was made by."""

from __future__ import annotations

import json
from datetime import date

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.types import SignificancePolicy
from barometer_desktop.i18n import output_language
from barometer_desktop.labels import rule_sentences
from barometer_desktop.report.front import national_text
from barometer_desktop.report.snapshot_codec import from_json, to_json

NEW_FIELDS = {"verdicts", "published", "area_statuses", "published_status", "is_country",
              "significance_policy", "status_window", "main_area_name", "changed_on"}


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in NEW_FIELDS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def test_an_edition_without_the_verdict_fields_keeps_its_figures_and_rule(demo_db):
    snapshot = assemble(demo_db, 2013, today=date(2014, 4, 2))
    payload = json.loads(to_json(snapshot))
    # Editions of that time were format 1 (the dataclass layout, read leniently).
    old = from_json(json.dumps({"format": 1, "snapshot": _strip(payload["snapshot"])}))
    first = old.goals[0].indicators[0]
    assert first.verdicts == () and first.national is None and first.national_value is not None
    with output_language("da"):
        assert national_text(first, 2013).startswith(national_text(snapshot.goals[0].indicators[0], 2013)[:3])
        assert national_text(first, 2013) != "–"
        rule = " ".join(rule_sentences(old.basis, old.baseline_year, old.significance_policy, old.status_window))
    # The rule of those editions: the report year's own value, a non-significant change kept its direction.
    assert old.significance_policy is SignificancePolicy.MARKED and old.status_window == 0
    assert "sin værdi for rapportåret" in rule and "beholder" in rule
    assert old.status_counts() == {s: sum(1 for g in old.goals if g.status is s) for s in old.status_counts()}
