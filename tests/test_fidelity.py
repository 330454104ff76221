"""The rule data, word for word: each check reads the decision's own wording where it is about text.

The transcript of 26/2026/QĐ-TTg is not part of the project; the tests that read it find it
through ``OCOP_TRANSCRIPT`` or beside the project (``../shared/ocop/reference/``) and are skipped
when it is absent. The checks that need only the shipped data always run.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest

import ocop
from ocop.certificates import governing_rule_set
from ocop.model import Sheet

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
SCRIPTS = ROOT / "scripts"
RULE_DATA = ROOT / "src" / "ocop" / "rules" / "data"
SETS = range(1, 27)
TRANSCRIPT = Path(
    os.environ.get(
        "OCOP_TRANSCRIPT",
        ROOT.parent / "shared" / "ocop" / "reference" / "qd-26-2026-transcript.html",
    )
)
needs_transcript = pytest.mark.skipif(
    not TRANSCRIPT.exists(), reason="the transcript of 26/2026 is not available here"
)
CLAUSE_START = re.compile(r"^(giả mạo|không|bị loại|nếu|vi phạm)\b", re.IGNORECASE)
DISQUALIFICATION = re.compile(r"bị loại|không đánh giá những sản phẩm", re.IGNORECASE)
STOP = re.compile(r"không đánh giá các bước tiếp theo", re.IGNORECASE)


def sheet(n: int) -> Sheet:
    return ocop.rules.get("26/2026").sheet(n)


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def transcript_sheets() -> dict[int, list[tuple[str, Any]]]:
    """The paragraphs and table rows of each sheet of Phụ lục II, as the transcript prints them."""
    spec = importlib.util.spec_from_file_location("transcribe", SCRIPTS / "transcribe_26_2026.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    parser = module._Tables()
    parser.feed(TRANSCRIPT.read_text(encoding="utf-8"))
    items: list[tuple[str, Any]] = parser.items
    start = next(i for i, item in enumerate(items) if item == ("p", "PHỤ LỤC II"))
    out: dict[int, list[tuple[str, Any]]] = {}
    number = 0
    for kind, value in items[start:]:
        if kind == "p" and value == "PHỤ LỤC III":
            break
        m = re.match(r"^(\d+)\.\s+(?:Bộ sản phẩm:\s*)?(.+)$", value) if kind == "p" else None
        if m and int(m.group(1)) == number + 1:
            number += 1
        if number:
            out.setdefault(number, []).append((kind, value))
    assert sorted(out) == list(SETS)
    return out


def rows(n: int) -> Iterator[list[str]]:
    for kind, value in transcript_sheets()[n]:
        if kind == "row":
            yield value


def printed_disqualification(n: int) -> str | None:
    for kind, value in transcript_sheets()[n]:
        if kind == "p" and "loại khi:" in value:
            return one_line(value.split(":", 1)[1])
    return None


def printed_notes(n: int) -> Iterator[str]:
    """Every "Ghi chú" sentence printed in the table of sheet ``n``."""
    for cells in rows(n):
        for line in cells[0].split("\n"):
            line = one_line(line)
            if line.startswith(("Ghi chú", "Lưu ý", "Chú ý")):
                yield line.split(":", 1)[1].strip()


# --- 1. faults are whole clauses -------------------------------------------------------------


@needs_transcript
@pytest.mark.parametrize("n", SETS)
def test_faults_are_whole_clauses_of_the_printed_sentence(n: int) -> None:
    s = sheet(n)
    printed = printed_disqualification(n)
    assert s.disqualification_printed == printed
    listed = [f for f in s.faults if f.criterion is None]
    if printed is None:
        assert listed == []
        return
    # Each fault says what is wrong, and the faults are the sentence, in order, cut at "hoặc".
    rest = printed
    for fault in listed:
        assert CLAUSE_START.match(fault.label_vi), (n, fault.id, fault.label_vi)
        piece = fault.label_vi[0].lower() + fault.label_vi[1:]
        k = rest.lower().index(piece.lower())
        assert not rest[:k].strip(" ;").removeprefix("hoặc").strip(), (n, rest[:k])
        rest = rest[k + len(piece) :]
    assert not rest.strip(" ;."), (n, rest)


def test_set_17_licence_clause_keeps_its_verb() -> None:
    licence = [f for f in sheet(17).faults if "giấy phép sản xuất" in f.label_vi]
    assert [f.label_vi for f in licence] == [
        "Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực "
        "phẩm theo quy định; hoặc giấy phép sản xuất theo quy định"
    ]
    assert [f.label_vi for f in sheet(15).faults if "giấy phép" in f.label_vi] == [
        "Không có giấy phép sản xuất theo quy định"
    ]


# --- 2. every printed disqualification is a fault --------------------------------------------


@needs_transcript
@pytest.mark.parametrize("n", SETS)
def test_every_printed_disqualification_is_a_fault(n: int) -> None:
    printed = [note for note in printed_notes(n) if DISQUALIFICATION.search(note)]
    beside = [f.label_vi for f in sheet(n).faults if f.criterion is not None]
    assert sorted(beside) == sorted(printed)


def test_sets_21_and_22_intellectual_property_fault() -> None:
    for n in (21, 22):
        faults = [f for f in sheet(n).faults if f.criterion == "6.2"]
        assert [f.label_vi for f in faults] == [
            "Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ"
        ]
        assert faults[0].label_en


# --- 3. the cases of set 26 ------------------------------------------------------------------


@needs_transcript
def test_set_26_each_criterion_keeps_its_printed_case_wording() -> None:
    printed: dict[str, dict[int, str]] = {}
    code = ""
    for cells in rows(26):
        flat = one_line(cells[0])
        m = re.match(r"^(\d+(?:\.\d+)*)\.?\s", flat)
        if m and len(cells) > 1 and cells[1].strip():
            code = m.group(1)
        m = re.match(r"^[ab]\.\s*Trường hợp\s*(\d)\s*:\s*(.*)$", flat)
        if m:
            printed.setdefault(code, {})[int(m.group(1))] = m.group(2).strip()
    s = sheet(26)
    assert printed.keys() == {"8", "9", "15"}
    for code, cases in printed.items():
        crit = s.criterion(code)
        assert {c.number: c.label_vi for c in crit.cases} == cases
        assert all(c.label_en for c in crit.cases)
    # The sheet-level label of each case covers every printed wording.
    for case in s.cases:
        for wording in {printed[c][case.number] for c in printed}:
            assert wording.lower() in case.label_vi.lower()
        assert case.label_en
        assert case.note
    assert sheet(26).criterion("8").cases[1].label_vi == "Điểm dịch vụ du lịch"


# --- 4. stop rules at the level printed ------------------------------------------------------


@needs_transcript
@pytest.mark.parametrize("n", SETS)
def test_stop_rules_are_stored_as_printed(n: int) -> None:
    printed = [
        note for note in printed_notes(n) if STOP.search(note) and "tạp chất" not in note.lower()
    ]
    assert sorted(r.printed for r in sheet(n).stop_rules) == sorted(printed)


@needs_transcript
@pytest.mark.parametrize("n", SETS)
def test_no_full_width_note_sits_below_its_level(n: int) -> None:
    s = sheet(n)
    for cells in rows(n):
        if len(cells) != 1 or not cells[0].startswith("Ghi chú"):
            continue
        note = one_line(cells[0].split(":", 1)[1])
        holders = [c.code for c in s.scorable if note in c.notes]
        # A full-width row is printed at the level of a section: a section printed with its
        # options may hold it, a criterion inside a section may not.
        assert all("." not in code for code in holders), (n, note, holders)


def test_set_16_stop_rule_covers_section_6_and_is_not_applied() -> None:
    s = sheet(16)
    (rule,) = s.stop_rules
    assert (rule.where, rule.criteria, rule.trigger) == (
        "section 6",
        ("6.1", "6.2", "6.3", "6.4"),
        "zero_on_any",
    )
    assert not any(STOP.search(n) for n in s.criterion("6.4").notes)
    assert rule.label_en
    for n in (19, 20):
        (rule,) = sheet(n).stop_rules
        assert (rule.where, rule.criteria, rule.trigger) == (
            "section 6",
            ("6",),
            "printed_condition",
        )
    # Not applied: 0 points on 6.1 does not change how the other criteria score.
    answers: dict[str, int | None] = {c.code: len(c.options) for c in s.scorable}
    full = ocop.score(ocop.Evaluation("26/2026", 16, answers))
    answers["6.1"] = 1
    low = ocop.score(ocop.Evaluation("26/2026", 16, answers))
    assert (
        full.total - low.total == s.criterion("6.1").maximum - s.criterion("6.1").options[0].points
    )


# --- 5. part labels and punctuation ----------------------------------------------------------


@needs_transcript
@pytest.mark.parametrize("n", SETS)
def test_each_sheet_keeps_its_printed_part_labels(n: int) -> None:
    printed = {}
    for cells in rows(n):
        m = re.match(r"^PH[ẦA]N\s+([ABC])\s*:?\s*(.*?)\s*\(\d+\s*Điểm\)$", one_line(cells[0]), re.I)
        if m:
            printed[m.group(1).upper()] = m.group(2)
    assert {p.code: p.label_vi for p in sheet(n).parts} == printed
    assert all(p.label_en for p in sheet(n).parts)


def test_part_a_label_differs_as_printed() -> None:
    assert sheet(1).part("A").label_vi == "SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG"
    assert sheet(26).part("A").label_vi == "SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG"


@pytest.mark.parametrize("n", SETS)
def test_labels_lose_trailing_list_punctuation_only(n: int) -> None:
    for crit in sheet(n).scorable:
        assert not crit.label_vi.endswith((":", ";"))
        for opt in crit.options:
            assert not re.search(r"[\s;:,]$", opt.label_vi), (n, crit.code, opt.label_vi)
    assert sheet(25).criterion("6.2").options[2].label_vi.endswith("đặc tính sản phẩm")
    assert sheet(26).criterion("7").options[1].label_vi.endswith("có tính dân tộc")


# --- 6. English: one glossary ----------------------------------------------------------------


def glossary() -> list[dict[str, str]]:
    terms: list[dict[str, str]] = json.loads(
        (SCRIPTS / "data" / "glossary.json").read_text(encoding="utf-8")
    )["terms"]
    return terms


def english_pairs() -> Iterator[tuple[str, str, str]]:
    """(where, Vietnamese, English) of every label of the 26/2026 rule data."""
    for s in ocop.rules.get("26/2026").sheets():
        for part in s.parts:
            yield f"{s.product_set} part {part.code}", part.label_vi, part.label_en
            for sec in part.sections:
                yield f"{s.product_set} {sec.code}", sec.label_vi, sec.label_en
                for crit in sec.criteria:
                    for c in (crit, *crit.subcriteria):
                        yield f"{s.product_set} {c.code}", c.label_vi, c.label_en
                        for case in c.cases:
                            yield (
                                f"{s.product_set} {c.code} case",
                                case.label_vi,
                                case.label_en or "",
                            )
                        for o in c.options:
                            if o.printed:
                                yield (
                                    f"{s.product_set} {c.code} option",
                                    o.label_vi,
                                    o.label_en or "",
                                )
        for f in s.faults:
            yield f"{s.product_set} fault {f.id}", f.label_vi, f.label_en or ""
        for case in s.cases:
            yield f"{s.product_set} case {case.number}", case.label_vi, case.label_en or ""
        for r in s.stop_rules:
            yield f"{s.product_set} stop rule", r.printed, r.label_en or ""


def test_every_label_follows_the_glossary() -> None:
    terms = glossary()
    wrong = []
    for where, vi, en in english_pairs():
        assert en, (where, vi)
        found = [
            t
            for t in terms
            if re.search(rf"(?<!\w){re.escape(t['vi'])}(?!\w)", vi, re.I)
            and not (t.get("vi_not") and re.search(t["vi_not"], vi, re.I))
        ]
        for t in found:
            # An English rendering required by another phrase of the label is not a fault.
            rest = en
            for other in found:
                if other is not t:
                    rest = re.sub(other["en_match"], "", rest, flags=re.I)
            if not re.search(t["en_match"], en, re.I) or (
                t.get("en_not") and re.search(t["en_not"], rest, re.I)
            ):
                wrong.append((t["vi"], where, vi, en))
    assert wrong == []


def test_no_vietnamese_in_the_english_labels() -> None:
    vietnamese = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
    assert [(where, en) for where, _, en in english_pairs() if vietnamese.search(en)] == []


def test_the_three_named_renderings() -> None:
    english = {vi: en for _, vi, en in english_pairs()}
    assert english["Tương đối chấp nhận được"] == "Fairly acceptable"
    assert english["Có, đạt nhưng không đủ"] == "Present and met, but incomplete"
    origin = [en for vi, en in english.items() if "chỉ dẫn nguồn gốc địa lý" in vi]
    assert origin
    assert all("geographical origin" in en for en in origin)


def test_the_glossary_page_shows_every_term() -> None:
    page = (ROOT / "docs" / "en" / "concepts" / "glossary.md").read_text(encoding="utf-8")
    for t in glossary():
        assert f"| {t['vi']} | {t['en']} |" in page


def test_english_lives_in_data_not_in_python() -> None:
    assert not (SCRIPTS / "labels_en.py").exists()
    assert not (SCRIPTS / "options_en.py").exists()
    table = json.loads((SCRIPTS / "data" / "qd-26-2026.en.json").read_text(encoding="utf-8"))
    assert {"sections", "criteria", "options", "faults", "cases", "parts"} <= table.keys()


def test_the_list_of_changed_labels_matches_the_data() -> None:
    with (DATA / "english_label_changes.csv").open(encoding="utf-8") as fh:
        changed = list(csv.DictReader(fh))
    english = {vi: en for _, vi, en in english_pairs()}
    for row in changed:
        assert english[row["label_vi"]] == row["after_en"]
        assert row["before_en"] != row["after_en"]
    kinds = [row["kind"] for row in changed]
    assert (kinds.count("option"), kinds.count("criterion")) == (54, 21)


# --- 7. replaced and lapsed ------------------------------------------------------------------


def test_148_lapses_60_days_after_26_2026_takes_effect() -> None:
    old, new = ocop.rules.get("148"), ocop.rules.get("26/2026")
    assert old.replaced == new.effective == dt.date(2026, 5, 22)
    assert new.transition is not None
    # Counted as the certificate rules count the transition days (the first day not counted).
    assert old.lapsed == new.effective + dt.timedelta(days=new.transition.first_or_upgrade_days)
    assert old.lapsed == dt.date(2026, 7, 21)
    filed = dt.date(2026, 5, 1)
    assert governing_rule_set(filed, old.lapsed).id == "148/QĐ-TTg"
    assert governing_rule_set(filed, old.lapsed + dt.timedelta(days=1)).id == "26/2026/QĐ-TTg"
    assert "Điều 11.2" in old.dates_source


@needs_transcript
def test_the_lapse_rule_is_read_from_dieu_11() -> None:
    text = one_line(re.sub(r"<[^>]+>", " ", TRANSCRIPT.read_text(encoding="utf-8")))
    article = text[text.index("Điều 11. Hiệu lực thi hành") : text.index("Điều 12.")]
    assert "148/QĐ-TTg" in article
    assert "1489/QĐ-TTg" in article
    assert "hết hiệu lực sau 60 ngày kể từ ngày Quyết định này có hiệu lực thi hành" in article
    assert "có hiệu lực thi hành từ ngày 22 tháng 5 năm 2026" in article


def test_ocop_rules_shows_both_dates() -> None:
    def run(*args: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "ocop", *args],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    listing = run("--lang", "en", "rules")
    assert "2023-02-24 – 2026-05-22" in listing
    assert "(ceased to have effect after 2026-07-21)" in listing
    one = run("--lang", "en", "rules", "148")
    assert "Replaced for new evaluations on: 2026-05-22" in one
    assert "Last day in effect: 2026-07-21" in one
    assert "Ngày cuối cùng còn hiệu lực: 2026-07-21" in run("rules", "148")


# --- 8. 148 and 1048 claim only what their sources support -----------------------------------


def test_148_bands_are_derived_and_its_tree_assumed() -> None:
    rs = ocop.rules.get("148")
    assert rs.bands_derived
    assert rs.bands_printed == ""
    assert rs.bands_interpretation is not None
    assert "not retrieved" in rs.bands_interpretation
    tree = rs.classification
    assert tree is not None
    assert tree.assumed
    assert tree.note is not None
    ministries = {m.label_vi for p in tree.product_sets() for m in p.lead_ministries}
    assert "Bộ Nông nghiệp và Phát triển nông thôn" in ministries
    assert "Bộ Nông nghiệp và Môi trường" not in ministries
    assert rs.authorities[0].central_body_vi == "Bộ Nông nghiệp và Phát triển nông thôn"
    assert not ocop.rules.get("26/2026").bands_derived
    assert ocop.rules.get("1048").bands_derived


def test_every_rule_set_states_the_source_of_its_dates() -> None:
    for rs in ocop.rules.all():
        assert rs.dates_source
    assert "signing date" in ocop.rules.get("1048").dates_source


# --- 9. corrections state their proof ---------------------------------------------------------

PROOFS = {"sum", "option-order-and-other-sheets", "layout", "reading"}


@pytest.mark.parametrize("n", SETS)
def test_each_correction_states_its_kind_of_proof(n: int) -> None:
    for c in sheet(n).corrections:
        assert c.proof in PROOFS, (n, c.where)


def test_blank_points_rest_on_the_option_order_and_seven_other_sheets() -> None:
    label = "Không được cấp giấy chứng nhận chất lượng"
    fixed = {n for n in SETS for c in sheet(n).corrections if c.where == "1.2"}
    assert fixed == {4, 7, 10, 11}
    others = [
        n
        for n in SETS
        if n not in fixed
        and "1.2" in sheet(n)
        and any(o.label_vi == label and o.points == 0 for o in sheet(n).criterion("1.2").options)
    ]
    assert len(others) == 7
    for n in fixed:
        (c,) = [c for c in sheet(n).corrections if c.where == "1.2"]
        assert c.proof == "option-order-and-other-sheets"
        assert f"{len(others)} other sheets" in c.reason


@needs_transcript
def test_set_23_doubt_cites_set_2_6_3() -> None:
    printed = [r for r in rows(2)]
    k = next(i for i, r in enumerate(printed) if one_line(r[0]).startswith("6.3."))
    assert printed[k + 1] == ["□ Chấp nhận được", "0"]
    (doubt,) = [d for d in sheet(23).doubts if d.where == "6.2"]
    assert "Set 2 6.3" in doubt.note


# --- 11. fault ids stay stable ----------------------------------------------------------------


@pytest.mark.parametrize("n", SETS)
def test_published_fault_ids_keep_reading(n: int) -> None:
    published = json.loads((DATA / "fault_ids_published.json").read_text(encoding="utf-8"))
    s = sheet(n)
    current = {f.id: f for f in s.faults}
    assert len(current) == len(s.faults)
    for fid, label in published["sets"][str(n)].items():
        successor = current[s.fault_id(fid)]
        if fid in current:
            assert successor.label_vi == label
        else:
            assert label.lower() in successor.label_vi.lower()
            assert any(a.id == fid for a in s.fault_aliases)


def test_an_old_fault_id_disqualifies_by_its_successor() -> None:
    s = sheet(17)
    answers: dict[str, int | None] = {c.code: len(c.options) for c in s.scorable}
    score = ocop.score(ocop.Evaluation("26/2026", 17, answers, faults=frozenset({"3"})))
    assert [f.id for f in score.disqualified] == ["5"]
    page = (ROOT / "docs" / "en" / "concepts" / "rule-data.md").read_text(encoding="utf-8")
    for alias in s.fault_aliases:
        assert f"| 17 | {alias.id} | {alias.successor} |" in page


# --- the data is the script's output ---------------------------------------------------------


@needs_transcript
def test_the_shipped_data_is_what_the_script_writes(tmp_path: Path) -> None:
    out = tmp_path / "qd-26-2026"
    subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "transcribe_26_2026.py"),
            str(TRANSCRIPT),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    shipped = RULE_DATA / "qd-26-2026"
    for made in sorted(out.rglob("*.json")):
        assert made.read_text(encoding="utf-8") == (shipped / made.relative_to(out)).read_text(
            encoding="utf-8"
        ), made.name
    made = tmp_path / "qd-148-2023" / "classification.json"
    assert made.read_text(encoding="utf-8") == (
        RULE_DATA / "qd-148-2023" / "classification.json"
    ).read_text(encoding="utf-8")


def test_an_exported_rule_set_keeps_every_word() -> None:
    from ocop.rules import custom

    for rid in ("26/2026", "148"):
        official = ocop.rules.get(rid)
        bundle = json.loads(json.dumps(custom.export(official), ensure_ascii=False))
        mine = custom.load(bundle, id=f"{rid} copy")
        assert (mine.lapsed, mine.dates_source, mine.bands_derived) == (
            official.lapsed,
            official.dates_source,
            official.bands_derived,
        )
        if official.sheets_available:
            # A renamed copy names itself on its sheets; every other word is kept.
            assert all(s.rule_set == mine.id for s in mine.sheets())
            renamed = tuple(attrs.evolve(s, rule_set=official.id) for s in mine.sheets())
            assert renamed == official.sheets()
            assert mine.classification == official.classification


def test_explain_in_english_prints_english_fault_labels() -> None:
    s = sheet(21)
    answers: dict[str, int | None] = {c.code: len(c.options) for c in s.scorable}
    fault = next(f for f in s.faults if f.criterion == "6.2")
    score = ocop.score(ocop.Evaluation("26/2026", 21, answers, faults=frozenset({fault.id})))
    text = score.explain("en")
    assert fault.label_en is not None
    assert fault.label_en in text
    assert fault.label_vi not in text
    assert fault.label_vi in score.explain("vi")
