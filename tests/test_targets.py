"""Programme targets as printed: the five-star target of 919/QĐ-TTg is a range."""

from __future__ import annotations

import json
from fractions import Fraction
from importlib import resources

from ocop.targets import progress, target


def test_919_five_star_target_is_the_printed_range() -> None:
    five = target("919/QĐ-TTg", "five_star")
    assert five.range == (Fraction(400), Fraction(500))
    assert five.text_vi == "400-500 sản phẩm đạt 5 sao"
    raw = json.loads((resources.files("ocop") / "data" / "targets.json").read_text("utf-8"))
    (entry,) = [
        t
        for p in raw["programmes"]
        if p["id"] == "919/QĐ-TTg"
        for t in p["targets"]
        if t["key"] == "five_star"
    ]
    assert entry["range"] == [400, 500]
    assert "at_least" not in entry


def test_progress_against_a_range() -> None:
    five = target("919", "five_star")
    below, inside, top, above = (progress(five, n) for n in (126, 400, 500, 501))
    assert (below.met, below.in_range, below.exceeded) == (False, False, False)
    assert (inside.met, inside.in_range, inside.exceeded) == (True, True, False)
    assert (top.in_range, top.exceeded) == (True, False)
    assert (above.met, above.in_range, above.exceeded) == (True, False, True)


def test_a_target_with_one_number_is_not_a_range() -> None:
    goal = target("919", "products")
    assert goal.range is None
    assert not progress(goal, 20000).in_range
    assert not progress(goal, 20000).exceeded
