"""Small pieces the other tests pass by: the set of product codes seen (growing, codes too long
to pack, a district-era code), errors and messages as values (equality, hashing, pickling),
the readers of register values on their refusals, ranks in order, an entry without a decision
date, and the labels of report tables."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from ocop import geo
from ocop.errors import EvaluationError, OcopError, Problem, UsageError
from ocop.i18n import Message, Pair, Plural, _, _n
from ocop.model import StarClass
from ocop.product_codes import validate
from ocop.register.entry import Entry, Rank
from ocop.register.seen import CodeSet, pack
from ocop.register.values import BadValue, read_date, read_rank, read_sector, read_year
from ocop.report.tables import label


def test_a_code_set_grows_and_keeps_the_first_row() -> None:
    seen = CodeSet()
    size = seen.nbytes()
    codes = [validate(f"19-01849-{k}-2026") for k in range(1, 2001)]
    for row, code in enumerate(codes, 2):
        seen.add(code, row)
    for row, code in enumerate(codes, 100):
        seen.add(code, row)  # seen again: the first row stays
    assert len(seen) == 2000
    assert seen.nbytes() > size
    assert [seen.first_row(c) for c in codes[:3]] == [2, 3, 4]
    assert seen.first_row(codes[-1]) == 2001
    assert seen.first_row(validate("19-01849-2001-2026")) is None


def test_a_code_too_long_to_pack_is_kept_apart() -> None:
    long = validate("19-01849-" + "9" * 25 + "-2026")
    assert pack(long) is None
    seen = CodeSet()
    assert seen.first_row(long) is None
    seen.add(long, 7)
    seen.add(long, 9)
    assert (seen.first_row(long), len(seen)) == (7, 1)


def test_a_district_era_code_packs_apart_from_a_current_one() -> None:
    current = validate("19-01849-1-2026")
    assert current.district is None
    assert pack(current) is not None
    assert pack(current) != pack(validate("19-01849-2-2026"))


def test_problems_and_errors_are_values() -> None:
    p = Problem("4.1", _("chưa trả lời"))
    q = Problem("", _("chưa trả lời"))
    assert (p.message_vi, p.message_en) == ("chưa trả lời", "unanswered")
    assert (p.message(), p.message("en"), q.message("en")) == (
        "4.1: chưa trả lời",
        "4.1: unanswered",
        "unanswered",
    )
    assert repr(p) == "Problem('4.1', 'unanswered')"
    assert p == Problem("4.1", _("chưa trả lời"))
    assert p != q
    assert p != "4.1"
    assert len({p, Problem("4.1", _("chưa trả lời")), q}) == 2
    err = EvaluationError(_("hội đồng"), [p])
    assert err.message_vi.startswith("Phiếu đánh giá hội đồng")
    assert err.message_en.startswith("Evaluation council")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is EvaluationError
    assert (str(again), again.problems) == (str(err), err.problems)
    assert isinstance(again, OcopError)


def test_messages_compare_by_text_and_parameters() -> None:
    a = _("{count} câu trả lời, vượt giới hạn {limit} của một phiếu", count=1, limit=2)
    b = _("{count} câu trả lời, vượt giới hạn {limit} của một phiếu", count=1, limit=2)
    c = _("{count} câu trả lời, vượt giới hạn {limit} của một phiếu", count=3, limit=2)
    assert a == b
    assert a != c
    assert a != "x"
    assert hash(a) == hash(b)
    assert str(a) == a.text("vi") == "1 câu trả lời, vượt giới hạn 2 của một phiếu"
    assert repr(a).startswith("Message('{count} câu trả lời")
    one = _n("{count} tiêu chí", "{count} tiêu chí", 1, count=1)
    two = _n("{count} tiêu chí", "{count} tiêu chí", 2, count=2)
    assert (one.text("en"), two.text("en"), two.text()) == (
        "1 criterion",
        "2 criteria",
        "2 tiêu chí",
    )
    assert isinstance(one, Plural)
    assert one != two
    assert one == _n("{count} tiêu chí", "{count} tiêu chí", 1, count=1)
    assert one != a
    assert hash(one) != hash(two) or one != two
    assert repr(two) == "Plural('{count} tiêu chí', n=2)"
    pair = Pair("rau", "vegetables")
    assert (str(pair), pair.text(), pair.text("en")) == ("rau", "rau", "vegetables")
    assert isinstance(a, Message)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("★★", "a 2★ product is not recognised (a register lists 3★ and up)"),
        ("7 sao", "there is no 7★ class (1–5)"),
        ("abc", "cannot read a star class from 'abc'"),
    ],
)
def test_a_rank_that_cannot_be_read(text: str, reason: str) -> None:
    with pytest.raises(BadValue) as caught:
        read_rank(text)
    assert caught.value.message.text("en") == reason


@pytest.mark.parametrize(("text", "rank"), [("***", Rank.THREE), ("5", Rank.FIVE)])
def test_ranks_in_stars_or_digits(text: str, rank: Rank) -> None:
    assert read_rank(text) is rank


@pytest.mark.parametrize(
    ("read", "text", "reason"),
    [
        (read_date, "2020-02-30", "no such date: '2020-02-30'"),
        (read_date, "x", "cannot read the date 'x' (use 31/10/2020 or 2020-10-31)"),
        (read_year, "2017", "invalid year: '2017'"),
        (read_year, "20x6", "invalid year: '20x6'"),
    ],
)
def test_dates_and_years_that_cannot_be_read(read: object, text: str, reason: str) -> None:
    assert callable(read)
    with pytest.raises(BadValue) as caught:
        read(text)
    assert caught.value.message.text("en") == reason


def test_sectors_by_numeral_or_name() -> None:
    assert [read_sector(s) for s in ("iii", "Dược liệu", "Sản phẩm dịch vụ du lịch")] == [
        "III",
        "III",
        "VI",
    ]
    with pytest.raises(BadValue):
        read_sector("khác")


def test_ranks_are_ordered_and_labelled() -> None:
    assert sorted([Rank.FIVE, Rank.THREE, Rank.POTENTIAL_FIVE, Rank.FOUR]) == [
        Rank.THREE,
        Rank.FOUR,
        Rank.POTENTIAL_FIVE,
        Rank.FIVE,
    ]
    assert Rank.THREE.__lt__("3") is NotImplemented
    assert Rank.POTENTIAL_FIVE.symbol() == "tiềm năng 5★"
    assert Rank.POTENTIAL_FIVE.symbol("en") == "potential 5★"
    assert Rank.FOUR.symbol() == StarClass.FOUR.symbol
    assert Rank.POTENTIAL_FIVE.star is StarClass.FIVE


def _entry(decision_date: dt.date | None, rule_set: str | None = None) -> Entry:
    unit = geo.province("Hà Nội", dt.date(2026, 1, 1))
    assert isinstance(unit, geo.Province)
    return Entry(
        name="Chè",
        rank=Rank.FOUR,
        province=None,
        unit=unit,
        region=None,
        decision_date=decision_date,
        rule_set=rule_set,
    )


def test_an_entry_without_a_decision_date() -> None:
    entry = _entry(None)
    assert entry.authority is None
    assert entry.valid_on(dt.date(2026, 1, 1)) is False
    assert entry.star is StarClass.FOUR
    assert entry.north is None
    with pytest.raises(UsageError) as caught:
        entry.certificate()
    assert "'Chè'" in caught.value.message_en


def test_an_entry_decided_before_the_first_rule_set() -> None:
    entry = _entry(dt.date(2019, 1, 1))
    assert entry.authority is None
    assert entry.certificate().rule_set == "1048/QĐ-TTg"
    assert entry.valid_on(dt.date(2021, 12, 31))
    assert not entry.valid_on(dt.date(2022, 1, 2))
    later = _entry(dt.date(2024, 1, 1))
    assert later.certificate().rule_set == "148/QĐ-TTg"
    assert _entry(dt.date(2024, 1, 1), "1048/QĐ-TTg").certificate().rule_set == "1048/QĐ-TTg"


@pytest.mark.parametrize(
    ("name", "value", "locale", "text"),
    [
        ("sector", "I", "en", "I. Food"),
        ("product_set", 1, "en", "1. Fresh vegetables, tubers, fruit and nuts"),
        ("producer_type", "htx", "vi", "Hợp tác xã"),
        ("anything", 7, "vi", "7"),
        ("north", True, "en", label("north", True, "en")),
    ],
)
def test_labels_of_report_tables(name: str, value: object, locale: str, text: str) -> None:
    assert label(name, value, locale) == text
