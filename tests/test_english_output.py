"""No Vietnamese in English output: explanations, advice and errors of the engine speak English.

The only Vietnamese letters allowed are those of the decisions' own numbers ("26/2026/QĐ-TTg").
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ocop
from ocop.scoring.samples import random_evaluation

VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)


def english(text: str) -> None:
    rest = text.replace("QĐ-TTg", "QD-TTg")
    found = VIETNAMESE.findall(rest)
    assert not found, text


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 26), st.randoms(use_true_random=False), st.booleans(), st.booleans())
def test_explanations_and_advice_in_english(
    number: int, rnd: random.Random, faulty: bool, impure: bool
) -> None:
    sheet = ocop.rules.get("26/2026").sheet(number)
    ev = random_evaluation(sheet, rnd)
    if faulty and sheet.faults:
        ev = ocop.Evaluation(
            ev.rule_set, number, ev.answers, case=ev.case, faults={sheet.faults[0].id}
        )
    try:
        score = ocop.score(ev)
    except ocop.EvaluationError as err:
        english(err.message("en"))
        return
    english(score.explain("en"))
    english(ocop.advice(score).explain("en"))
    for target in (3, 4, 5):
        english(ocop.advice(score, target).explain("en"))


@pytest.mark.parametrize(
    "answers",
    [
        {"5.2": 1, "5.1": 1},  # 5.2 without a story
        {"4.1": 99},
        {"9.9": 1},
        {"6": 1},
    ],
)
def test_errors_in_english(answers: dict[str, int]) -> None:
    with pytest.raises(ocop.EvaluationError) as info:
        ocop.score(ocop.Evaluation("26/2026", 1, answers))
    english(info.value.message("en"))


def test_ranks_in_english() -> None:
    from ocop.register import Rank

    for rank in Rank:
        english(rank.label("en"))
        english(rank.symbol("en"))
