"""Blank forms out, filled forms in: round trips, councils and every bad input named."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import ocop
from forms_helpers import (
    HEADER,
    answers_for,
    delete_row,
    fill_json,
    fill_xlsx,
    set_cell,
)
from ocop.convert import to_data
from ocop.forms import FormError, blank, read, read_council, render

SETS = [(1, None), (11, None), (22, None), (26, 1), (26, 2)]


@pytest.mark.parametrize(("product_set", "case"), SETS)
def test_json_round_trip(tmp_path: Path, product_set: int, case: int | None) -> None:
    answers = answers_for(product_set, 7, case)
    form = blank(product_set)
    header = dict(HEADER, on="2026-06-01", **({"case": case} if case else {}))
    ev = read(fill_json(form, answers, tmp_path / "form.json", **header))
    expected = ocop.Evaluation(
        "26/2026",
        product_set,
        answers,
        case=case,
        on=dt.date(2026, 6, 1),
        product="Cam Cao Phong",
        evaluator="Nguyễn Văn A",
    )
    assert ev == ocop.Evaluation(
        "26/2026/QĐ-TTg",
        product_set,
        answers,
        case=case,
        on=dt.date(2026, 6, 1),
        product="Cam Cao Phong",
        evaluator="Nguyễn Văn A",
    )
    assert ocop.score(ev) == ocop.score(expected)


@pytest.mark.parametrize(("product_set", "case"), SETS)
@pytest.mark.parametrize("locale", ["vi", "en"])
def test_xlsx_round_trip(tmp_path: Path, product_set: int, case: int | None, locale: str) -> None:
    answers = answers_for(product_set, 11, case)
    header = dict(HEADER, **({"case": case} if case else {}))
    path = fill_xlsx(blank(product_set), [answers], tmp_path / "form.xlsx", [header], locale)
    ev = read(path)
    assert isinstance(ev, ocop.Evaluation)
    expected = ocop.Evaluation(
        "26/2026",
        product_set,
        answers,
        case=case,
        on=dt.date(2026, 6, 1),
        product="Cam Cao Phong",
        evaluator="Nguyễn Văn A",
    )
    assert ocop.score(ev) == ocop.score(expected)
    assert ev.answers == expected.answers
    assert ev.on == expected.on


def test_faults_and_the_gate_are_read(tmp_path: Path) -> None:
    answers = answers_for(4, 3)
    answers["6.1"] = 1  # "Có tạp chất"
    path = fill_xlsx(blank(4), [answers], tmp_path / "form.xlsx")
    set_cell(path, "fault 2", "x")
    set_cell(path, "impurities", "x")
    ev = read(path)
    assert isinstance(ev, ocop.Evaluation)
    assert ev.faults == {"2"}
    assert ev.impurities
    score = ocop.score(ev)
    assert score.star is None
    assert score.gated


def _council_members() -> list[dict[str, int | None]]:
    return [answers_for(1, seed) for seed in (1, 2, 3)]


def _expected_council() -> ocop.Council:
    return ocop.Council(
        [
            ocop.Evaluation("26/2026", 1, a, evaluator=f"TV{k}", product="Cam Cao Phong")
            for k, a in enumerate(_council_members(), 1)
        ]
    )


def test_a_council_from_three_member_files(tmp_path: Path) -> None:
    members = _council_members()
    paths = [
        fill_json(
            blank(1), members[0], tmp_path / "a.json", evaluator="TV1", product="Cam Cao Phong"
        ),
        fill_xlsx(
            blank(1),
            [members[1]],
            tmp_path / "b.xlsx",
            [{"evaluator": "TV2", "product": "Cam Cao Phong"}],
        ),
        tmp_path / "c.json",
    ]
    ev3 = ocop.Evaluation("26/2026", 1, members[2], evaluator="TV3", product="Cam Cao Phong")
    paths[2].write_text(json.dumps(to_data(ev3), ensure_ascii=False), encoding="utf-8")
    council = read_council(paths)
    assert council.product == "Cam Cao Phong"
    assert ocop.score(council) == ocop.score(_expected_council())


def test_a_council_from_one_workbook(tmp_path: Path) -> None:
    headers = [{"evaluator": f"TV{k}", "product": "Cam Cao Phong"} for k in (1, 2, 3)]
    path = fill_xlsx(blank(1), _council_members(), tmp_path / "council.xlsx", headers)
    council = read(path)
    assert isinstance(council, ocop.Council)
    assert len(council.evaluations) == 3
    assert ocop.score(council) == ocop.score(_expected_council())
    assert [e.evaluator for e in council.evaluations] == ["TV1", "TV2", "TV3"]


# -- bad input: a typed error naming the form, the place and what was expected ---------------


def _problems(err: pytest.ExceptionInfo[FormError]) -> list[tuple[str, str]]:
    return [(p.where, p.message("en")) for p in err.value.problems]


def test_an_option_not_on_the_sheet(tmp_path: Path) -> None:
    path = fill_json(blank(1), answers_for(1, 5), tmp_path / "form.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["criteria"][0]["answer"] = 7
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FormError) as err:
        read(path)
    assert err.value.form == "form.json"
    [(where, text)] = _problems(err)
    assert where == "$.criteria[0].answer"
    assert "there is no box 7 (the criterion has 3 boxes; 0 is nothing ticked)" in text


def test_a_value_typed_as_text(tmp_path: Path) -> None:
    path = fill_xlsx(blank(1), [answers_for(1, 5)], tmp_path / "form.xlsx")
    set_cell(path, "4.1", "2 điểm")
    with pytest.raises(FormError) as err:
        read(path)
    [(where, text)] = _problems(err)
    assert where.startswith("Phiếu!D")
    assert "4.1: expected the number of the box ticked (0–4) or an entry of the drop-down" in text
    assert "'2 điểm'" in text
    assert "form.xlsx" in err.value.message("en")


def test_a_criterion_row_deleted(tmp_path: Path) -> None:
    path = fill_xlsx(blank(1), [answers_for(1, 5)], tmp_path / "form.xlsx")
    delete_row(path, "2.3")
    with pytest.raises(FormError) as err:
        read(path)
    [(where, text)] = _problems(err)
    assert where == "Phiếu!D (2.3)"
    assert "the row of criterion 2.3" in text
    assert "is missing" in text


def test_a_form_of_another_product_set(tmp_path: Path) -> None:
    path = fill_xlsx(blank(2), [answers_for(2, 5)], tmp_path / "form.xlsx")
    with pytest.raises(FormError, match="the form of set 1 is expected"):
        read(path, product_set=1)
    set_cell(path, "product_set", 1)
    with pytest.raises(FormError) as err:
        read(path)
    assert ("this is the form of product set 2, not of set 1") in _problems(err)[0][1]
    json_path = fill_json(blank(2), answers_for(2, 5), tmp_path / "form.json")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    data["product_set"] = 1
    json_path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FormError) as err:
        read(json_path)
    assert any("are not those of product set 1" in text for _, text in _problems(err))


def test_a_workbook_whose_members_disagree_on_the_product_set(tmp_path: Path) -> None:
    path = fill_xlsx(blank(1), _council_members(), tmp_path / "council.xlsx")
    set_cell(path, "product_set", 3, member=1)
    with pytest.raises(FormError) as err:
        read(path)
    [(where, text)] = _problems(err)
    assert where.startswith("Phiếu!E")
    assert "this is the form of product set 1, not of set 3" in text


def test_nothing_is_scored_from_a_half_read_form(tmp_path: Path) -> None:
    path = fill_xlsx(blank(1), [answers_for(1, 5)], tmp_path / "form.xlsx")
    set_cell(path, "1.1", None)
    set_cell(path, "4.1", "nhiều")
    set_cell(path, "on", "mùng 1")
    with pytest.raises(FormError) as err:
        read(path)
    wheres = [w for w, _ in _problems(err)]
    assert len(wheres) == 3
    assert any("not filled in" in t for _, t in _problems(err))


def test_json_form_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = fill_json(blank(1), answers_for(1, 5), tmp_path / "form.json")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert isinstance(read(path), ocop.Evaluation)


def test_text_forms_list_every_box() -> None:
    form = blank(1)
    for fmt in ("md", "html"):
        text = render(form, fmt, locale="vi")
        for row in form.rows:
            assert row.code in text
        assert text.count("☐") == sum(len(r.options) for r in form.rows) + len(form.faults) + 1


def test_openpyxl_is_imported_only_for_workbooks() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ocop, ocop.forms\n"
        "ocop.forms.render(ocop.forms.blank(1), 'html')\n"
        "print('openpyxl' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_missing_extra_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from ocop.errors import OcopError
    from ocop.forms import MissingExtraError, write_xlsx

    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(MissingExtraError) as err:
        write_xlsx(blank(1), tmp_path / "form.xlsx")
    assert isinstance(err.value, OcopError)
    assert "pip install 'ocop[xlsx]'" in err.value.message("en")


def test_a_council_workbook_kept_by_a_secretariat() -> None:
    """A workbook filled in a spreadsheet and kept in the repository: it must go on reading."""
    folder = Path(__file__).parent / "data" / "forms"
    members = json.loads((folder / "hoi-dong-bo-11.answers.json").read_text(encoding="utf-8"))
    council = read(folder / "hoi-dong-bo-11.xlsx")
    assert isinstance(council, ocop.Council)
    assert council.about() == ("Trà shan tuyết", None, "HTX Chè Suối Giàng")
    expected = ocop.Council(
        [ocop.Evaluation("26/2026", 11, m, on=dt.date(2026, 7, 2)) for m in members]
    )
    assert ocop.score(council) == ocop.score(expected)


@pytest.mark.parametrize("case", [1, 2])
def test_a_form_printed_for_one_case(tmp_path: Path, case: int) -> None:
    form = blank(26, case=case)
    assert all(o.case in (None, case) for row in form.rows for o in row.options)
    answers = answers_for(26, 9, case)
    ev = read(fill_json(form, answers, tmp_path / "form.json"))
    assert isinstance(ev, ocop.Evaluation)
    assert ev.case == case
    assert ocop.score(ev) == ocop.score(ocop.Evaluation("26/2026", 26, answers, case=case))
    book = fill_xlsx(form, [answers], tmp_path / "form.xlsx")
    assert ocop.score(read(book)) == ocop.score(ev)


def test_an_option_not_on_the_sheet_in_a_workbook(tmp_path: Path) -> None:
    path = fill_xlsx(blank(1), [answers_for(1, 5)], tmp_path / "form.xlsx")
    set_cell(path, "4.1", 5)
    with pytest.raises(FormError) as err:
        read(path)
    [(where, text)] = _problems(err)
    assert where.startswith("Phiếu!D")
    assert "4.1: there is no box 5 (the criterion has 4 boxes; 0 is nothing ticked)" in text


def test_a_member_column_left_blank_is_not_a_member(tmp_path: Path) -> None:
    members = _council_members()[:2]
    path = fill_xlsx(blank(1), [*members, {}], tmp_path / "council.xlsx")
    council = read(path)
    assert isinstance(council, ocop.Council)
    assert len(council.evaluations) == 2
    empty = fill_xlsx(blank(1), [{}], tmp_path / "empty.xlsx")
    with pytest.raises(FormError) as err:
        read(empty)
    assert len(err.value.problems) == len(blank(1).rows)


@pytest.mark.parametrize("typed", ["01/06/2026", "1/6/2026", "2026-06-01", "01.06.2026"])
def test_dates_as_evaluators_type_them(tmp_path: Path, typed: str) -> None:
    path = fill_xlsx(blank(1), [answers_for(1, 5)], tmp_path / "form.xlsx")
    set_cell(path, "on", typed)
    ev = read(path)
    assert isinstance(ev, ocop.Evaluation)
    assert ev.on == dt.date(2026, 6, 1)
