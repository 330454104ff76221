"""JSON round trips lose nothing, for every type that has a JSON form."""

from __future__ import annotations

import datetime as dt
import io
import random
from typing import Literal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import ocop
from ocop.certificates import Certificate
from ocop.convert import dumps, loads
from ocop.model import Authority
from ocop.product_codes import ProductCode, parse
from ocop.register import read, write
from ocop.scoring.samples import random_answers

RS = "26/2026/QĐ-TTg"
DATES = st.dates(min_value=dt.date(2019, 8, 21), max_value=dt.date(2035, 12, 31))


@st.composite
def evaluations(draw: st.DrawFn, product_set: int | None = None) -> ocop.Evaluation:
    n = product_set or draw(st.integers(1, 26))
    sheet = ocop.rules.get(RS).sheet(n)
    case = draw(st.sampled_from([1, 2])) if sheet.cases else None
    answers = random_answers(sheet, random.Random(draw(st.integers(0, 2**32))), case)
    by: Literal["position", "points"] = draw(st.sampled_from(["position", "points"]))
    if by == "points":
        answers = {
            code: None if pos is None else sheet.criterion(code).options[pos - 1].points
            for code, pos in answers.items()
        }
    keep = draw(st.integers(0, len(answers)))
    answers = dict(list(answers.items())[:keep]) if draw(st.booleans()) else answers
    return ocop.Evaluation(
        RS,
        n,
        answers,
        by=by,
        case=case,
        faults=draw(st.frozensets(st.sampled_from([f.id for f in sheet.faults])))
        if sheet.faults
        else frozenset(),
        impurities=sheet.food_safety_gate is not None and draw(st.booleans()),
        on=draw(st.none() | DATES),
        council=draw(st.sampled_from(["province", "central"])),
        evaluator=draw(st.none() | st.text(max_size=20)),
    )


@settings(max_examples=150, deadline=None)
@given(evaluations())
def test_evaluation(ev: ocop.Evaluation) -> None:
    assert loads(dumps(ev)) == ev


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 26).flatmap(lambda n: st.lists(evaluations(n), min_size=1, max_size=3)))
def test_council(members: list[ocop.Evaluation]) -> None:
    council = ocop.Council(members)
    assert loads(dumps(council)) == council


def complete(ev: ocop.Evaluation) -> ocop.Evaluation:
    sheet = ocop.rules.get(RS).sheet(ev.product_set)
    answers = dict(random_answers(sheet, random.Random(len(ev.answers)), ev.case))
    if ev.impurities and sheet.food_safety_gate is not None:
        answers[sheet.food_safety_gate.criterion] = 1  # not "clean" with harmful impurities
    return attrs.evolve(ev, answers=answers, by="position")


@settings(max_examples=80, deadline=None)
@given(evaluations())
def test_score_and_advice(ev: ocop.Evaluation) -> None:
    score = ocop.score(complete(ev))
    assert loads(dumps(score)) == score
    advice = ocop.advice(score)
    back = loads(dumps(advice))
    assert (back.target, back.upgrades, back.reachable) == (
        advice.target,
        advice.upgrades,
        advice.reachable,
    )


@given(
    st.sampled_from([3, 4, 5]),
    DATES,
    st.none() | DATES,
    st.none() | st.text(max_size=10),
    st.none() | st.sampled_from(list(Authority)),
    st.sampled_from(["1048/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg"]),
)
def test_certificate(
    star: int,
    decided: dt.date,
    revoked: dt.date | None,
    number: str | None,
    authority: Authority | None,
    rule_set: str,
) -> None:
    cert = Certificate(
        star=star,
        decision_date=decided,
        rule_set=rule_set,
        decision_number=number,
        authority=authority,
        revoked_on=revoked,
    )
    assert loads(dumps(cert)) == cert


@given(
    st.from_regex(r"[0-9]{2}", fullmatch=True),
    st.none() | st.from_regex(r"[0-9]{3}", fullmatch=True),
    st.from_regex(r"[0-9]{5}", fullmatch=True),
    st.integers(1, 99999),
    st.integers(2019, 2100),
)
def test_product_code(
    province: str, district: str | None, commune: str, serial: int, year: int
) -> None:
    code = ProductCode(province, commune, serial, year, district)
    assert parse(str(code)) == code


PROVINCES = ["Hà Nội", "Hà Giang", "Bắc Kạn", "TP HCM", "Huế", "Kon Tum", "Cần Thơ"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="abcdeđơ ", min_size=1, max_size=12).filter(lambda s: s.strip()),
            st.sampled_from(["3", "4", "5", "tiềm năng 5 sao"]),
            st.sampled_from(PROVINCES),
            st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2026, 12, 31)),
            st.sampled_from(["HTX", "DN", "HKD", ""]),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["csv", "json", "jsonl"]),
)
def test_register_entries(rows: list[tuple[str, str, str, dt.date, str]], fmt: str) -> None:
    text = io.StringIO()
    text.write("Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định,Loại hình chủ thể\n")
    for name, star, province, day, kind in rows:
        text.write(f"{name.strip()},{star},{province},{day.isoformat()},{kind}\n")
    text.seek(0)
    entries = list(read(text))
    out = io.StringIO()
    write(entries, out, format=fmt)
    out.seek(0)
    assert [attrs.evolve(e, row=None) for e in read(out, format=fmt)] == [
        attrs.evolve(e, row=None) for e in entries
    ]
