"""The bundled SYNTHETIC example register follows the published national figures."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from importlib import resources

import pytest

from ocop import register, stats
from ocop.register import Rank


@pytest.fixture(scope="module")
def example() -> register.Register:
    return register.example()


def test_it_is_labelled_synthetic() -> None:
    meta = json.loads(
        (resources.files("ocop") / "data" / "example_register.json").read_text(encoding="utf-8")
    )
    assert meta["synthetic"] is True
    assert meta["generator"] == "scripts/make_example_register.py"
    assert "GIẢ LẬP" in meta["note_vi"]
    assert "SYNTHETIC" in meta["note_en"]


def test_totals_on_30_september_2025(example: register.Register) -> None:
    assert example.report.rejected == []
    assert len(example) == 17316
    stars = stats.count(example, "star")
    assert stars[Rank.FIVE] == 126
    assert round(stars.percent(Rank.THREE), 1) == Fraction(721, 10)
    assert round(stars.percent(Rank.FOUR), 1) == Fraction(271, 10)


def test_cumulative_counts_match_the_published_points(example: register.Register) -> None:
    points, unknown = stats.cumulative(example)
    assert unknown == 0
    assert {p.year: p.cumulative for p in points} == {
        2019: 755,
        2020: 4451,
        2021: 5401,
        2022: 8867,
        2023: 11056,
        2024: 14642,
        2025: 17316,
    }
    five = stats.count(example, ("year", "star")).where("star", Rank.FIVE)
    running = 0
    published = {2021: 20, 2023: 42, 2024: 79, 2025: 126}
    for year in range(2021, 2026):
        running += five[year]
        if year in published:
            assert running == published[year]


def test_producers(example: register.Register) -> None:
    pc = stats.producers(example)
    assert pc.total == 9345
    assert pc.by_type["HTX"] == 3075
    assert round(pc.share("HTX") * 100, 1) == Fraction(329, 10)


def test_regions_follow_the_published_shares(example: register.Register) -> None:
    regions = stats.count(example, "region")
    shares = {key[0].number: regions.share(key) for key in regions.counts if key[0]}
    assert Fraction(29, 100) <= shares[2] <= Fraction(32, 100)  # Red River Delta
    assert Fraction(5, 100) <= shares[5] <= Fraction(7, 100)  # South East


def test_after_the_merger_rows_name_current_units(example: register.Register) -> None:
    late = [e for e in example if e.decision_date and e.decision_date >= dt.date(2025, 7, 1)]
    assert late
    # Written as current units: the old province is known only for the 11 unchanged ones.
    assert all(e.province is None or e.unit.unchanged for e in late)
    assert any(e.province is None for e in late)
    assert stats.participation(example).provinces == 63
