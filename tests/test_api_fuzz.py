"""The Python API under any input: an :class:`~ocop.OcopError` or a correct result, nothing else.

The default run tries a few dozen inputs per entry point; ``OCOP_FUZZ=long`` (or
``OCOP_FUZZ_EXAMPLES=N``) tries many more, before a release::

    OCOP_FUZZ=long python -m pytest tests/test_api_fuzz.py
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import os
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ocop
from ocop import geo, product_codes
from ocop.convert import from_data, loads

EXAMPLES = int(
    os.environ.get("OCOP_FUZZ_EXAMPLES", "2000" if os.environ.get("OCOP_FUZZ") == "long" else "40")
)
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

DATA = Path(ocop.__file__).parent / "data" / "examples"
EXAMPLE: dict[str, Any] = json.loads((DATA / "rau-cu-qua.json").read_text("utf-8"))
COUNCIL: dict[str, Any] = json.loads((DATA / "che-hoi-dong.json").read_text("utf-8"))

odd = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.sampled_from([10**5000, -1, 0, 2**63, True])
    | st.floats(allow_nan=True)
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
    | st.sampled_from(["", " ", "5.1", "¹", "Hà Nội", "9" * 5000, "x" * 300, "\x00"])
    | st.lists(st.integers(-3, 5), max_size=3)
    | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
    | st.dates()
    | st.datetimes()
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(data, list):
        for k, v in enumerate(data):
            found += _paths(v, (*prefix, k))
    return found


def _mutate(data: Any, draw: st.DrawFn) -> Any:
    """The document with one place replaced by an odd value, or a key added or removed."""
    doc = copy.deepcopy(data)
    places = _paths(doc)[1:]
    if not places:  # everything was deleted already
        return doc
    path = draw(st.sampled_from(places))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    value = draw(odd.filter(lambda v: not isinstance(v, dt.date | Decimal)))
    if isinstance(value, float) and value != value:
        value = None
    if action == "delete" and isinstance(parent, dict):
        del parent[path[-1]]
    elif action == "add" and isinstance(parent, dict):
        parent[draw(st.text(max_size=6))] = value
    else:
        parent[path[-1]] = value
    return doc


@st.composite
def documents(draw: st.DrawFn) -> Any:
    base = draw(st.sampled_from([EXAMPLE, COUNCIL]))
    doc = base
    for _ in range(draw(st.integers(1, 3))):
        doc = _mutate(doc, draw)
    return doc


def _use(loaded: Any) -> None:
    """Score what loaded, and everything a score gives, checking what comes back."""
    if not isinstance(loaded, ocop.Evaluation | ocop.Council):
        return
    result = ocop.score(loaded)
    assert isinstance(result, ocop.Score)
    assert 0 <= result.star <= 5 if isinstance(result.star, int) else result.star is None
    for locale in ("vi", "en"):
        assert isinstance(result.explain(locale), str)
    adv = ocop.advice(result)
    assert isinstance(adv.explain("en"), str)
    if isinstance(loaded, ocop.Evaluation):
        span = ocop.score_range(loaded)
        assert span.lowest <= result.total <= span.highest


@fuzz
@given(doc=documents())
def test_a_document_loads_and_scores_or_is_refused(doc: Any) -> None:
    try:
        loaded = from_data(doc)
        _use(loaded)
        text = json.dumps(doc, default=str)
        _use(loads(text))
    except ocop.OcopError:
        return


@fuzz
@given(text=st.text(max_size=40) | st.binary(max_size=40) | odd)
def test_loads_any_text(text: Any) -> None:
    try:
        loads(text)
    except ocop.OcopError:
        return


@fuzz
@given(
    answers=st.dictionaries(
        st.sampled_from(["1.1", "1.2", "5.1", "5.2", "12", "x", ""]) | st.text(max_size=3),
        odd,
        max_size=4,
    )
    | odd,
    product_set=st.integers(0, 30) | odd,
    case=odd,
    faults=odd | st.lists(odd, max_size=3),
    by=st.sampled_from(["position", "points", "other"]) | odd,
    on=odd,
    rule_set=st.sampled_from(["26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"]) | odd,
)
def test_an_evaluation_scores_or_is_refused(
    answers: Any, product_set: Any, case: Any, faults: Any, by: Any, on: Any, rule_set: Any
) -> None:
    kwargs = {"answers": answers, "case": case, "faults": faults, "by": by, "on": on}
    try:
        evaluation = ocop.Evaluation(rule_set, product_set, **kwargs)
        _use(evaluation)
        _use(ocop.Council([evaluation, evaluation]))
    except ocop.OcopError:
        return


@fuzz
@given(members=st.lists(odd, max_size=3) | odd)
def test_a_council_is_built_or_refused(members: Any) -> None:
    try:
        council = ocop.Council(members)
        ocop.score(council)
    except ocop.OcopError:
        return


@fuzz
@given(
    total=st.integers(-10, 110)
    | st.fractions()
    | st.decimals(allow_nan=True, allow_infinity=True)
    | odd,
    rule_set=st.sampled_from(["26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg", "26/2026"]) | odd,
)
def test_classify_is_a_class_or_refused(total: Any, rule_set: Any) -> None:
    try:
        found = ocop.classify(total, rule_set)
    except ocop.OcopError:
        return
    assert isinstance(total, int | Fraction | Decimal)
    assert found is not None


@fuzz
@given(target=odd | st.integers(-2, 7), locale=st.sampled_from(["vi", "en", "fr", ""]) | odd)
def test_advice_and_explain_are_text_or_refused(target: Any, locale: Any) -> None:
    result = ocop.score(from_data(EXAMPLE))
    try:
        text = result.explain(locale)
    except ocop.OcopError:
        assert locale not in ("vi", "en")
    else:
        assert locale in ("vi", "en")
        assert isinstance(text, str)
    try:
        adv = ocop.advice(result, target)
    except ocop.OcopError:
        return
    assert isinstance(adv.explain("vi"), str)


@fuzz
@given(query=odd)
def test_geo_lookups_answer_or_refuse(query: Any) -> None:
    for lookup in (
        geo.old_province,
        geo.current_province,
        geo.commune,
        geo.communes,
        geo.place,
        geo.parse_address,
        geo.districts,
        lambda q: geo.province(q, dt.date(2024, 1, 1)),
        lambda q: geo.province("Hà Nội", q),
    ):
        with contextlib.suppress(ocop.OcopError):
            lookup(query)
    assert len(geo.regions()) == 6


def test_a_lookup_does_not_depend_on_earlier_calls() -> None:
    with pytest.raises(ocop.OcopError):
        geo.old_province(True)
    assert geo.old_province(1).code == "01"
    with pytest.raises(ocop.OcopError):
        geo.old_province(True)
    with pytest.raises(ocop.OcopError):
        geo.old_province(1.0)


@fuzz
@given(code=odd | st.text(alphabet="0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ. ", max_size=40))
def test_product_codes_answer_or_refuse(code: Any) -> None:
    assert product_codes.is_valid(code) in (True, False)  # documented never to raise
    try:
        parsed = product_codes.parse(code)
    except ocop.OcopError:
        assert not product_codes.is_valid(code)
        return
    assert product_codes.is_valid(code)
    assert parsed is not None


def test_a_very_long_code_is_simply_invalid() -> None:
    assert product_codes.is_valid("9" * 5000) is False
    with pytest.raises(ocop.OcopError):
        product_codes.parse("9" * 5000)


@fuzz
@given(value=odd)
def test_arguments_of_the_wrong_type_are_typed_errors(value: Any) -> None:
    from ocop.rules import custom

    for call in (
        lambda v: ocop.score_many(v),
        lambda v: ocop.score_many(v, rules=ocop.rules.get("26/2026")),
        lambda v: ocop.producer_type(v),
        lambda v: ocop.stats.count([], by=v),
        lambda v: custom.load_file(v) if not isinstance(v, str) else None,
        lambda v: ocop.register.read(v) if not isinstance(v, str) else None,
        lambda v: ocop.rules.get(v),
        lambda v: ocop.score(v),
        lambda v: ocop.score_range(v),
    ):
        with contextlib.suppress(ocop.OcopError):
            call(value)
