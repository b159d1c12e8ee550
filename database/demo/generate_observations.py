"""Generate the fictional demo observations for Integrationsbarometer Desktop.

Writes ``observations.csv`` next to this script. Deterministic: only the
standard library and a fixed random seed are used, so re-running the script
reproduces the committed file byte for byte.

Columns: indicator,area,period,value,sample_size,std_error,provisional,note
  * area is the area *name* as in database/seed/policy_2011.toml
  * period is "2011" (year), "2011K1" (quarter) or "2011M03" (month)
  * provisional is 0/1; optional cells are left empty when missing

All figures are invented but kept plausible (units, ranges, directions).
Run:  python database/demo/generate_observations.py
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

SEED = 20110101
YEARS = list(range(2007, 2015))  # 2007..2014
PROVISIONAL_YEAR = 2014

KBH = "København"
DK = "Hele landet"
OTHER = ["Aarhus", "Odense", "Aalborg"]

COLUMNS = ["indicator", "area", "period", "value", "sample_size",
           "std_error", "provisional", "note"]

# Hand-written yearly series (2007..2014) for København and Hele landet.
# Values carry the precision the raw data would have; the app rounds to the
# indicator's published decimals (see the seed file) when comparing.
# Indicator: (decimals in this file, {area: [values 2007..2014]})
YEARLY = {
    # Karaktergennemsnit, tosprogede (svageste 20 %) - grade, higher is better
    "1.1": (1, {KBH: [5.6, 5.7, 5.5, 5.8, 5.9, 6.0, 6.3, 6.4],
                DK: [6.3, 6.4, 6.3, 6.5, 6.5, 6.6, 6.7, 6.8]}),
    # Unge med etnisk minoritetsbaggrund i ungdomsuddannelse - percent, higher
    "1.2": (1, {KBH: [62.4, 63.1, 64.0, 65.8, 66.5, 67.9, 67.2, 68.0],
                DK: [64.0, 64.8, 65.5, 67.0, 67.8, 68.9, 69.6, 70.1]}),
    # Andel tosprogede elever - percent, context indicator
    "1.3": (1, {KBH: [31.2, 31.5, 31.9, 32.4, 32.8, 33.1, 33.5, 33.9],
                DK: [9.8, 10.1, 10.4, 10.8, 11.2, 11.5, 11.9, 12.2]}),
    # Minoritetsbørn i institutioner og klubber - index (2007 = 100), higher
    "4.1": (2, {KBH: [100.00, 101.21, 102.47, 103.12, 104.03, 104.58, 104.63, 105.31],
                DK: [100.00, 100.84, 101.52, 102.09, 102.88, 103.41, 103.97, 104.52]}),
    # Tryghedsindeks i særligt udsatte områder - index, higher
    "5.1": (2, {KBH: [94.21, 93.48, 92.77, 91.93, 93.36, 95.12, 96.24, 97.02],
                DK: [100.31, 100.12, 100.44, 100.18, 100.63, 100.87, 101.09, 101.34]}),
    # Surveys (percent): 6.1 higher, 7.1 lower, 8.1 lower
    "6.1": (1, {KBH: [58.3, 59.1, 57.4, 60.2, 60.9, 61.8, 64.6, 65.7],
                DK: [66.2, 66.8, 66.1, 67.0, 67.4, 67.9, 68.3, 68.8]}),
    "7.1": (1, {KBH: [12.1, 12.6, 14.8, 15.3, 14.9, 14.2, 13.8, None],
                DK: [9.4, 9.7, 11.2, 11.6, 11.3, 11.0, 10.8, 10.6]}),
    "8.1": (1, {KBH: [21.4, 20.8, 19.9, 19.1, 18.3, 17.6, 20.3, None],
                DK: [15.2, 14.9, 14.6, 14.4, 14.1, 13.9, 14.3, 14.0]}),
}

# Leder-andel (3.1) from the biennial staff survey: odd years only.
BIENNIAL = {
    "3.1": (1, {KBH: {2007: 3.1, 2009: 3.6, 2011: 4.2, 2013: 4.9},
                DK: {2007: 2.4, 2009: 2.7, 2011: 3.1, 2013: 3.5}}),
}

SURVEY = {"3.1", "6.1", "7.1", "8.1"}

# Overledighed (2.1): targets for the yearly level; monthly values are drawn
# around them and the yearly value is the mean of the (rounded) months.
UNEMPLOYMENT_TARGET = {
    KBH: [9.1, 8.4, 10.6, 11.8, 11.5, 11.2, 10.3, 9.9],
    DK: [8.6, 8.0, 9.9, 10.9, 10.8, 10.7, 10.3, 10.1],
}
SEASONAL = [0.3, 0.3, 0.2, 0.0, -0.2, -0.3, -0.1, -0.2, -0.1, 0.0, 0.0, 0.1]

# Other municipalities: yearly values for 1.1, 1.2 and 2.1 only
# (level in 2007, yearly trend, noise).
OTHER_SPEC = {
    "Aarhus": {"1.1": (5.9, 0.07, 0.10), "1.2": (63.5, 0.9, 0.5), "2.1": (10.2, 0.15, 0.3)},
    "Odense": {"1.1": (5.7, 0.06, 0.10), "1.2": (61.8, 1.0, 0.5), "2.1": (11.4, 0.10, 0.3)},
    "Aalborg": {"1.1": (6.0, 0.05, 0.10), "1.2": (64.2, 0.8, 0.5), "2.1": (9.6, 0.12, 0.3)},
}

NOTES = {
    ("1.1", KBH, "2007"): "Første årgang bedømt alene efter 7-trinsskalaen",
    ("1.2", KBH, "2010"): "Ny opgørelsesmetode fra 2010",
    ("1.2", DK, "2010"): "Ny opgørelsesmetode fra 2010",
    ("2.1", KBH, "2009"): "Stigningen afspejler den generelle ledighedsstigning efter finanskrisen",
    ("2.1", KBH, "2014M12"): "Foreløbigt tal; revideres ved næste udtræk",
    ("3.1", KBH, "2013"): "Svarprocent i trivselsundersøgelsen: 81 %",
    ("5.1", KBH, "2009"): "Tryghedsindekset etableret 2009; 2007-2008 tilbageberegnet",
    ("6.1", KBH, "2012"): "Intern: tal kontrolleret af BIF",
    ("6.1", KBH, "2013"): "Ny stikprøveudbyder fra 2013",
}


def fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def monthly_unemployment(rng: random.Random, area: str):
    """Return [(period, value_str, year)] months and {year: yearly_str}."""
    months, yearly = [], {}
    for year, target in zip(YEARS, UNEMPLOYMENT_TARGET[area]):
        tenths = [round((target + SEASONAL[m] + rng.gauss(0, 0.2)) * 10) for m in range(12)]
        # Avoid an exact .x5 tie in the mean so every rounding rule agrees.
        if sum(tenths) % 12 == 6:
            tenths[-1] += 1
        for m, t in enumerate(tenths, start=1):
            months.append((f"{year}M{m:02d}", fmt(t / 10, 1), year))
        mean_tenths = (2 * sum(tenths) + 12) // 24  # round half up of sum/12
        yearly[year] = fmt(mean_tenths / 10, 1)
    return months, yearly


def build_rows() -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []

    def add(indicator, area, period, value, year, sample_size="", std_error=""):
        rows.append({
            "indicator": indicator,
            "area": area,
            "period": period,
            "value": value,
            "sample_size": sample_size,
            "std_error": std_error,
            "provisional": "1" if year == PROVISIONAL_YEAR else "0",
            "note": NOTES.get((indicator, area, period), ""),
        })

    def survey_n(area: str) -> str:
        return str(rng.randint(800, 1500) if area == KBH else rng.randint(2000, 4000))

    # Yearly hand-written series
    for code, (dec, series) in YEARLY.items():
        for area, values in series.items():
            for year, v in zip(YEARS, values):
                if v is None:  # not yet delivered
                    continue
                n = survey_n(area) if code in SURVEY else ""
                se = ""
                if code == "1.1" and area == KBH:
                    se = fmt(rng.uniform(0.10, 0.15), 2)  # small group: mean has a std. error
                add(code, area, str(year), fmt(v, dec), year, n, se)

    # Biennial staff survey
    for code, (dec, series) in BIENNIAL.items():
        for area, values in series.items():
            for year, v in values.items():
                add(code, area, str(year), fmt(v, dec), year, survey_n(area))

    # Excess unemployment: monthly + yearly (mean of months)
    for area in (KBH, DK):
        months, yearly = monthly_unemployment(rng, area)
        for year, v in yearly.items():
            add("2.1", area, str(year), v, year)
        for period, v, year in months:
            add("2.1", area, period, v, year)

    # Other municipalities: 1.1, 1.2, 2.1 yearly
    for area in OTHER:
        for code, (level, trend, noise) in OTHER_SPEC[area].items():
            dec = 1
            for i, year in enumerate(YEARS):
                v = level + trend * i + rng.gauss(0, noise)
                if code == "2.1" and 2009 <= year:  # crisis bump
                    v += 1.2 if year < 2013 else 0.6
                add(code, area, str(year), fmt(v, dec), year)

    area_order = {KBH: 0, DK: 1, "Aarhus": 2, "Odense": 3, "Aalborg": 4}
    rows.sort(key=lambda r: (r["indicator"], area_order[r["area"]], r["period"]))
    return rows


def main() -> None:
    out = Path(__file__).with_name("observations.csv")
    rows = build_rows()
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
