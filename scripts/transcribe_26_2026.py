"""Transcribe the criteria sheets of Decision 26/2026/QĐ-TTg into the package's rule data.

Usage::

    python scripts/transcribe_26_2026.py [PATH/TO/qd-26-2026-transcript.html] [--out DIR]

The transcript (a public HTML copy of the decision) is read, each of the 26 criteria sheets of
Phụ lục II and the classification of Phụ lục I are parsed, the known printing errors are corrected
(each correction is written next to the data it changes, with the kind of proof it rests on),
English labels are added from the translation table ``scripts/data/qd-26-2026.en.json`` and the
result is written to ``src/ocop/rules/data/qd-26-2026/`` (or ``DIR``).

How the printed text is normalised, the same way everywhere:

- white space is collapsed to single spaces; a line break inside a cell separates the label from
  the notes and requirements printed under it;
- an option label loses its check box, its star mark and the list punctuation printed at its end
  (``;``, ``:``, ``,`` and the spaces before them); a final full stop is kept as printed, and
  nothing inside a label is changed;
- a criterion, section or part label loses a trailing ``:`` and keeps its printed case.

Disqualifications: the sentence after "Hồ sơ bị loại khi:" is cut into faults where "hoặc" joins
two clauses that each say what is wrong (a piece that starts with a verb or "không"); a piece that
continues the clause before it ("… hoặc giấy phép sản xuất theo quy định") stays with that clause.
Every disqualification printed beside a criterion ("Bị loại nếu …", "… sẽ bị loại bỏ", "Không
đánh giá những sản phẩm …") is a fault too.

Fault ids are a ledger: the ids already published in the sheet files are read back and kept; a
new fault takes the next free number; an id whose fault is gone (merged into a longer clause) stays
readable as an alias of the fault whose text contains it.

The transcript itself is not part of the project; this script is, so that anyone can regenerate
the data and compare it with the decision line by line.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "ocop" / "rules" / "data" / "qd-26-2026"
DEFAULT_TRANSCRIPT = ROOT.parent / "shared" / "ocop" / "reference" / "qd-26-2026-transcript.html"
TRANSLATIONS = Path(__file__).resolve().parent / "data" / "qd-26-2026.en.json"
TR: dict[str, Any] = json.loads(TRANSLATIONS.read_text(encoding="utf-8"))


def key(label: str) -> str:
    """A lookup key that ignores case, spacing and punctuation (letters and digits only)."""
    text = unicodedata.normalize("NFC", label).lower()
    return re.sub(r"[^\w%<>≥]+", "", text.replace("_", ""))


OPTIONS_EN: dict[str, str] = {key(vi): en for vi, en in TR["options"].items()}
for _variant, _original in TR["option_variants"].items():
    OPTIONS_EN.setdefault(key(_variant), OPTIONS_EN[key(_original)])


def option_en(label_vi: str) -> str:
    """The English of an option label; ``KeyError`` when the table has none."""
    return OPTIONS_EN[key(label_vi)]


def english_of(table: str, label_vi: str) -> str:
    """The English of ``label_vi`` in ``table`` of the translation file; ``KeyError`` if none."""
    return str(TR[table][label_vi])


# Printing errors of the transcript, corrected. Each correction names the kind of proof it rests
# on (PROOFS): a sum of the sheet that only the corrected value satisfies, or the order of the
# options together with other sheets that print the same option, or the layout of the row.
PROOFS = {
    "sum": "a sum of the sheet holds only with the corrected value",
    "option-order-and-other-sheets": "no sum decides it: the option is the lowest of an ascending "
    "list and other sheets print the same option with the corrected points",
    "layout": "the row is laid out as the other rows of its kind",
    "reading": "the printed signs are read as the same signs elsewhere in the sheets",
}
# (product set, criterion code, option label prefix, printed points, corrected points, reason,
# proof)
CORRECTIONS: list[tuple[int, str, str, str, int, str, str]] = [
    (
        4,
        "7",
        "Có trên 2 chỉ tiêu",
        "13",
        3,
        "Printed 13; section 7 is worth 3 points and its best option must equal that maximum.",
        "sum",
    ),
    (
        11,
        "6.1.1",
        "Có rất ít tạp chất, chấp nhận được",
        "11",
        1,
        "Printed 11; the options of 6.1.1 run 0/1/2 under a maximum of 2.",
        "sum",
    ),
    *[
        (
            n,
            "1.2",
            "Không được cấp giấy chứng nhận chất lượng",
            "",
            0,
            "Points left blank in print. No sum decides it (the criterion's maximum is its best "
            "option); the option is the lowest of the list and stands for 'no certificate'.",
            "option-order-and-other-sheets",
        )
        for n in (4, 7, 10, 11)
    ],
]
# Oddities of print that no sum can prove wrong: kept as printed, with a note in the data.
DOUBTS: dict[int, list[dict[str, str]]] = {
    7: [
        {
            "where": "3.1",
            "note": (
                "The second option (Công ty TNHH; doanh nghiệp tư nhân; công ty cổ phần <51%) "
                "is printed with 1 point, as the first; every other sheet gives it 2. Kept as "
                "printed: no sum of the sheet proves it wrong. Two options share 1 point, so "
                "answer this criterion by "
                "position."
            ),
        }
    ],
    23: [
        {
            "where": "6.2",
            "note": (
                "The first two options (Chấp nhận được; Phù hợp với đặc tính sản phẩm) are both "
                "printed "
                "with 1 point. Kept as printed; answer this criterion by position. Set 2 6.3 "
                "(and the colour criterion 6.3 of sets 3, 4 and 6-10) prints 'Chấp nhận được' "
                "with 0 points as its lowest option, which suggests that here the first option "
                "(1 point), rather than the second, is the misprint; no sum decides it."
            ),
        }
    ],
}

# (product set, code) -> (points cell as printed, corrected maximum, reason)
POINTS_CELL_CORRECTIONS = {
    (23, "9"): (
        "4\n1",
        4,
        "The points cell of section 9 prints two numbers, '4' and '1'; the "
        "section's options are worth 2 and 4, and part C sums to 35 only with 4, so its "
        "maximum is 4. The sheet does not explain the stray '1'.",
    ),
}
PART_CORRECTIONS = {
    (26, "A"): (
        "35",
        40,
        "Part A header printed '(35 Điểm)'; the points column and the sum of "
        "sections 1-3 give 40, as in every other sheet and in Điều 3 of the decision.",
    ),
}

STOP_RE = re.compile(r"không đánh giá các bước tiếp theo", re.IGNORECASE)
MARK_RE = re.compile(r"\s*((?:\*\s*){3,5})\s*;?\s*$")
CODE_RE = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$")
CASE_RE = re.compile(r"^[ab]\.\s*Trường hợp\s*(\d)\s*:\s*(.*)$")
PART_RE = re.compile(r"^PH[ẦA]N\s+([ABC])\s*:?\s*(.*?)\s*\((\d+)\s*Điểm\)\s*$", re.IGNORECASE)


class _Tables(HTMLParser):
    """Collects the document as a sequence of paragraphs and table rows (lists of cell texts)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, Any]] = []
        self._depth = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._para: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            self.items.append(("table", None))
        elif tag == "tr":
            self._row = []
        elif tag == "td":
            self._cell = []
        elif tag == "br":
            (self._cell if self._cell is not None else self._para).append(BREAK)
        elif tag == "p" and self._cell is None:
            self._para = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._depth -= 1
            self.items.append(("end", None))
        elif tag == "tr" and self._row is not None:
            self.items.append(("row", self._row))
            self._row = None
        elif tag == "td" and self._cell is not None and self._row is not None:
            self._row.append(_clean("".join(self._cell)))
            self._cell = None
        elif tag == "p":
            if self._cell is not None:
                self._cell.append(BREAK)
            elif self._depth == 0:
                text = _clean("".join(self._para))
                if text:
                    self.items.append(("p", text))
                self._para = []

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        else:
            self._para.append(data)


BREAK = "\x00"


def _clean(text: str) -> str:
    """Collapse white space; explicit line breaks (<br>, </p>) become newlines."""
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.replace("\xa0", " ").split(BREAK)]
    return "\n".join(line for line in lines if line)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _points(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    return int(text)


class SheetBuilder:
    def __init__(self, number: int) -> None:
        self.number = number
        self.parts: list[dict[str, Any]] = []
        self.section: dict[str, Any] | None = None
        self.criterion: dict[str, Any] | None = None  # the n.m criterion being filled
        self.target: dict[str, Any] | None = None  # where options go (criterion, sub or section)
        self.case: int | None = None
        self.corrections: list[dict[str, Any]] = []
        self.stop_rules: list[dict[str, Any]] = []
        self.total: int | None = None

    def row(self, text: str, pts_text: str, full_width: bool = False) -> None:
        text = text.strip()
        first = _one_line(text.split("\n")[0])
        rest = [_one_line(t) for t in text.split("\n")[1:]]
        flat = _one_line(text)
        if flat in ("Các tiêu chí", ""):
            return
        if flat.startswith("TỔNG CỘNG"):
            self.total = _points(pts_text)
            return
        m = PART_RE.match(flat)
        if m:
            code = m.group(1).upper()
            printed = m.group(3)
            pts = _points(pts_text)
            fix = PART_CORRECTIONS.get((self.number, code))
            if fix:
                assert fix[0] == printed, (self.number, code, printed)
                self.corrections.append(
                    {
                        "where": f"part {code}",
                        "printed": f"({printed} Điểm)",
                        "corrected": fix[1],
                        "reason": fix[2],
                        "proof": "sum",
                    }
                )
            elif pts is not None and int(printed) != pts:
                raise ValueError(f"set {self.number}: part {code} header {printed} != {pts}")
            label = re.sub(r"[\s:]+$", "", m.group(2))
            self.parts.append(
                {
                    "code": code,
                    "label_vi": label,
                    "label_en": english_of("parts", label),
                    "points": pts,
                    "sections": [],
                }
            )
            self.section = self.criterion = self.target = None
            return
        if flat.startswith("o ") and _points(pts_text) is not None and self.target is not None:
            self.corrections.append(
                {
                    "where": self.target["code"],
                    "option": flat[2:].split("*")[0].strip(),
                    "printed": "o",
                    "corrected": "□",
                    "reason": "The option's check box is printed as the letter 'o'; it is an "
                    "option "
                    "like the others of the criterion.",
                    "proof": "layout",
                }
            )
            flat = text = "□" + text.strip()[1:]
        if flat.startswith("□"):
            lines = [_one_line(t) for t in text.split("\n")]
            cut = next(
                (
                    k
                    for k, line in enumerate(lines)
                    if k and line.startswith(("Ghi chú", "Yêu cầu"))
                ),
                len(lines),
            )
            self.option(" ".join(lines[:cut])[1:].strip(), pts_text)
            assert self.target is not None
            self.describe(self.target, lines[cut:])
            return
        m = CASE_RE.match(flat)
        if m:
            self.case = int(m.group(1))
            assert self.target is not None
            self.target.setdefault("cases", {})[str(self.case)] = m.group(2).strip()
            return
        fix = None
        m = CODE_RE.match(first)
        if m and (self.number, m.group(1)) in POINTS_CELL_CORRECTIONS:
            fix = POINTS_CELL_CORRECTIONS[(self.number, m.group(1))]
            assert pts_text.strip() == fix[0], (self.number, pts_text)
            self.corrections.append(
                {
                    "where": m.group(1),
                    "printed": fix[0].replace("\n", " / "),
                    "corrected": fix[1],
                    "reason": fix[2],
                    "proof": "sum",
                }
            )
            pts_text = str(fix[1])
        if m and _points(pts_text) is not None:
            code, label = m.group(1), m.group(2)
            depth = code.count(".")
            pts = _points(pts_text)
            item: dict[str, Any] = {
                "code": code,
                "label_vi": re.sub(r"[\s:]+$", "", label),
                "points": pts,
            }
            if rest:
                self.describe(item, rest)
            self.case = None
            if depth == 0:
                self.section = item
                self.parts[-1]["sections"].append(item)
                self.criterion = None
                self.target = item
            elif depth == 1:
                assert self.section is not None
                self.section.setdefault("criteria", []).append(item)
                self.criterion = item
                self.target = item
            else:
                assert self.criterion is not None
                assert code.startswith(self.criterion["code"] + ".")
                self.criterion.setdefault("subcriteria", []).append(item)
                self.target = item
            return
        if STOP_RE.search(flat) and "tạp chất" not in flat.lower():
            self.stop_rule(flat, full_width)
            if full_width:
                return
        # Free text between rows: requirements, notes, conditions, descriptions.
        assert self.target is not None, (self.number, flat)
        self.describe(self.target, [_one_line(t) for t in text.split("\n")])

    def stop_rule(self, flat: str, full_width: bool) -> None:
        """A printed "… không đánh giá các bước tiếp theo" rule, stored at the level printed.

        A full-width row closes its section: it covers the section's criteria (set 16: "Nếu được
        0 điểm tại một trong các chỉ tiêu trên …"). A note row of a section printed with options
        covers that section (sets 19, 20: "… nếu không có Phiếu công bố …").
        """
        assert self.section is not None
        assert self.target is not None
        printed = flat.split(":", 1)[1].strip() if flat.startswith("Ghi chú") else flat
        if full_width:
            covered = [
                leaf["code"]
                for crit in self.section.get("criteria", [self.section])
                for leaf in (crit.get("subcriteria") or [crit])
            ]
        else:
            covered = [self.target["code"]]
        zero = bool(re.search(r"\b0 điểm", printed))
        self.stop_rules.append(
            {
                "printed": printed,
                "where": f"section {self.section['code']}",
                "criteria": covered,
                "trigger": "zero_on_any" if zero else "printed_condition",
                "label_en": english_of("stop_rules", printed),
                "note": "Stored as printed and not applied: the sheet does not say what the "
                "remaining criteria then score."
                + (
                    ""
                    if zero
                    else " The condition is printed in words and is not one of the options of "
                    "the criterion, so it is not tied to an option."
                ),
            }
        )

    def describe(self, item: dict[str, Any], lines: list[str]) -> None:
        for line in lines:
            if not line:
                continue
            if line.startswith("Yêu cầu"):
                item.setdefault("requirements", []).append(line.split(":", 1)[1].strip())
            elif line.startswith(("Ghi chú", "Lưu ý", "Chú ý")):
                item.setdefault("notes", []).append(line.split(":", 1)[1].strip())
            elif line.startswith("Chỉ áp dụng khi có câu chuyện"):
                # 5.2 is scored only when a story exists, i.e. 5.1 is above its lowest option.
                item["condition"] = {"kind": "above_lowest", "criterion": "5.1", "printed": line}
            elif line.startswith("Lựa chọn một trong hai trường hợp"):
                item["case_choice"] = line
            else:
                item.setdefault("descriptions", []).append(line)

    def option(self, label: str, pts_text: str) -> None:
        assert self.target is not None, (self.number, label)
        mark = None
        m = MARK_RE.search(label)
        if m:
            printed_mark = m.group(1).strip()
            mark = printed_mark.count("*")
            label = label[: m.start()].strip()
            if " " in printed_mark:
                self.corrections.append(
                    {
                        "where": self.target["code"],
                        "option": label,
                        "printed": printed_mark,
                        "corrected": "*" * mark,
                        "reason": f"The star mark is printed with spaces between its asterisks; it "
                        f"is read as the {mark}★ mark, as the same option is marked in "
                        f"the other sheets.",
                        "proof": "reading",
                    }
                )
        assert "**" not in label, (self.number, label)
        label = re.sub(r"[\s;:,]+$", "", label)
        printed = pts_text.strip()
        pts: int | None = None
        for fix in CORRECTIONS:
            n, code, prefix, was, now, reason, proof = fix
            if (
                n == self.number
                and code == self.target["code"]
                and printed == was
                and label.startswith(prefix)
            ):
                pts = now
                self.corrections.append(
                    {
                        "where": code,
                        "option": label,
                        "printed": was,
                        "corrected": now,
                        "reason": reason,
                        "proof": proof,
                    }
                )
                break
        else:
            pts = _points(printed)
        if pts is None:
            raise ValueError(f"set {self.number} {self.target['code']}: no points for {label!r}")
        opt: dict[str, Any] = {"label_vi": label, "points": pts}
        if mark:
            opt["mark"] = mark
        if self.case is not None:
            opt["case"] = self.case
        self.target.setdefault("options", []).append(opt)


CLAUSE_START = re.compile(r"^(giả mạo|không|bị loại|nếu|vi phạm)\b", re.IGNORECASE)
"""A fault clause says what is wrong: it starts with a verb or with "không"."""
DISQUALIFICATION_RE = re.compile(r"bị loại|không đánh giá những sản phẩm", re.IGNORECASE)
"""A disqualification printed beside a criterion, whatever its wording."""


def split_faults(printed: str) -> list[str]:
    """Split a 'Hồ sơ bị loại khi' sentence into its faults.

    The sentence is cut at each "hoặc" outside brackets; a piece that does not start a clause of
    its own (:data:`CLAUSE_START`) continues the one before it and is joined back, as printed.
    """
    cuts: list[tuple[int, int]] = []  # (end of a piece, start of the next)
    depth = 0
    for i, ch in enumerate(printed):
        depth += ch == "("
        depth -= ch == ")"
        m = re.match(r";?\s+hoặc\s+", printed[i:])
        if depth == 0 and m and ch in "; " and (not cuts or i >= cuts[-1][1]):
            cuts.append((i, i + m.end()))
    starts = [0, *(b for _, b in cuts)]
    ends = [*(a for a, _ in cuts), len(printed)]
    pieces: list[tuple[int, int]] = []
    for start, end in zip(starts, ends, strict=True):
        if pieces and not CLAUSE_START.match(printed[start:end]):
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    faults = [printed[a:b].strip(" ;.") for a, b in pieces]
    return [f[0].upper() + f[1:] for f in faults if f]


def _ledger_key(text: str) -> str:
    return key(text)


def assign_fault_ids(
    number: int, faults: list[dict[str, Any]], ledger: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """Give each fault its published id, or the next free one; map vanished ids to successors.

    ``ledger`` is the sheet's ``disqualification`` as published before (``None`` the first
    time). Returns the aliases (old id → successor) to publish beside the faults.
    """
    old = {str(f["id"]): f for f in (ledger or {}).get("faults", [])}
    aliases: list[dict[str, Any]] = list((ledger or {}).get("aliases", []))
    used = {int(i) for i in old} | {int(a["id"]) for a in aliases}
    taken: set[str] = set()
    for fault in faults:
        same = next(
            (
                i
                for i, f in old.items()
                if i not in taken
                and f["label_vi"] == fault["label_vi"]
                and f.get("criterion") == fault.get("criterion")
            ),
            None,
        )
        if same is None:
            same = str(max(used, default=0) + 1)
            used.add(int(same))
        fault["id"] = same
        taken.add(same)
    for i, f in old.items():
        if i in taken:
            continue
        successor = next(
            (g for g in faults if _ledger_key(f["label_vi"]) in _ledger_key(g["label_vi"])), None
        )
        if successor is None:
            raise ValueError(f"set {number}: fault {i} {f['label_vi']!r} has no successor")
        aliases.append(
            {
                "id": i,
                "successor": successor["id"],
                "reason": f"Fault {i} ({f['label_vi']!r}) was a piece of the clause now "
                f"published as fault {successor['id']}: the sentence was cut mid-clause.",
            }
        )
    return aliases


def parse(path: Path) -> tuple[list[dict[str, Any]], list[list[str]]]:
    parser = _Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    items = parser.items
    sheets: list[dict[str, Any]] = []
    classification: list[list[str]] = []
    i = 0
    # Phụ lục I: the classification table follows the paragraph "PHỤ LỤC I".
    while not (items[i][0] == "p" and items[i][1] == "PHỤ LỤC I"):
        i += 1
    while items[i][0] != "table":
        i += 1
    i += 1
    while items[i][0] != "end":
        classification.append(items[i][1])
        i += 1
    # Phụ lục II: the sheets.
    while not (items[i][0] == "p" and items[i][1] == "PHỤ LỤC II"):
        i += 1
    number = 0
    header_re = re.compile(r"^(\d+)\.\s+(?:Bộ sản phẩm:\s*)?(.+)$")
    while number < 26:
        kind, value = items[i]
        if kind == "p" and value == "PHỤ LỤC III":
            break
        m = header_re.match(value) if kind == "p" else None
        if m and int(m.group(1)) == number + 1:
            number += 1
            sheet: dict[str, Any] = {
                "number": number,
                "printed_title": _one_line(m.group(2)),
                "disqualification": None,
            }
            i += 1
            while items[i][0] == "p":
                text = items[i][1]
                if "loại khi:" in text and sheet["disqualification"] is None:
                    sheet["disqualification"] = _one_line(text.split(":", 1)[1])
                elif text.startswith("(Sản phẩm:"):
                    sheet["printed_classification"] = text
                i += 1
            assert items[i][0] == "table"
            i += 1
            builder = SheetBuilder(number)
            while items[i][0] != "end":
                cells = items[i][1]
                builder.row(cells[0], cells[1] if len(cells) > 1 else "", len(cells) == 1)
                i += 1
            sheet["parts"] = builder.parts
            sheet["total"] = builder.total
            sheet["corrections"] = builder.corrections
            sheet["stop_rules"] = builder.stop_rules
            footer = []
            j = i + 1
            while items[j][0] == "p" and not items[j][1].startswith("Ý kiến"):
                footer.append(items[j][1])
                j += 1
            sheet["footer"] = footer
            sheets.append(sheet)
        i += 1
    assert number == 26, number
    return sheets, classification


def english(sheet: dict[str, Any]) -> None:
    for part in sheet["parts"]:
        for section in part["sections"]:
            section["label_en"] = english_of("sections", section["label_vi"])
            for crit in section.get("criteria", []):
                crit["label_en"] = english_of("criteria", crit["label_vi"])
                for sub in crit.get("subcriteria", []):
                    sub["label_en"] = english_of("criteria", sub["label_vi"])
            items = [
                section,
                *section.get("criteria", []),
                *[s for c in section.get("criteria", []) for s in c.get("subcriteria", [])],
            ]
            for item in items:
                for opt in item.get("options", []):
                    opt["label_en"] = option_en(opt["label_vi"])
                if item.get("cases"):
                    item["cases_en"] = {
                        n: english_of("cases", text) for n, text in item["cases"].items()
                    }


def order(item: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    first = {k: item[k] for k in keys if k in item}
    return first | {k: v for k, v in item.items() if k not in keys}


def to_data(sheet: dict[str, Any], ledger: dict[str, Any] | None = None) -> dict[str, Any]:
    keys = [
        "code",
        "label_vi",
        "label_en",
        "points",
        "requirements",
        "descriptions",
        "notes",
        "condition",
        "case_choice",
        "cases",
        "cases_en",
        "options",
        "criteria",
        "subcriteria",
    ]

    def walk(obj: Any) -> Any:
        if isinstance(obj, dict):
            return order({k: walk(v) for k, v in obj.items()}, keys)
        if isinstance(obj, list):
            return [walk(v) for v in obj]
        return obj

    printed = sheet["disqualification"]
    faults: list[dict[str, Any]] = [
        {"id": "", "label_vi": text} for text in (split_faults(printed) if printed else [])
    ]
    gate = None
    for part in sheet["parts"]:
        for sec in part["sections"]:
            for item in _scorable_and_groups(sec):
                for note in item.get("notes", []):
                    if DISQUALIFICATION_RE.search(note):
                        faults.append({"id": "", "label_vi": note, "criterion": item["code"]})
                    if "tạp chất" in note.lower() and "nguy cơ" in note and gate is None:
                        gate = {"criterion": item["code"], "section": sec["code"], "printed": note}
                if (
                    not item.get("options")
                    and not item.get("criteria")
                    and not item.get("subcriteria")
                ):
                    item["yes_no"] = True
    aliases = assign_fault_ids(sheet["number"], faults, ledger)
    for fault in faults:
        fault["label_en"] = english_of("faults", fault["label_vi"])
    faults = [order(f, ["id", "label_vi", "label_en", "criterion"]) for f in faults]
    disqualification: dict[str, Any] = {"printed": printed, "faults": faults}
    if aliases:
        disqualification["aliases"] = aliases
    if not printed:
        disqualification["note"] = (
            "This sheet prints no 'Hồ sơ bị loại khi' list; only the general rules of the "
            "decision apply."
        )
    data: dict[str, Any] = {
        "format": "ocop-sheet/1",
        "rule_set": "26/2026/QĐ-TTg",
        "product_set": sheet["number"],
        "printed_title": sheet["printed_title"],
        "source": f"Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số {sheet['number']}",
        "disqualification": disqualification,
        "food_safety_gate": gate,
        "star_mark_note": next((f for f in sheet["footer"] if "Dấu sao" in f), None),
        "parts": walk(sheet["parts"]),
        "total": sheet["total"],
        "corrections": sheet["corrections"],
        "doubts": DOUBTS.get(sheet["number"], []),
    }
    if sheet["stop_rules"]:
        data["stop_rules"] = sheet["stop_rules"]
    cases = sheet_cases(sheet)
    if cases:
        data["cases"] = cases
    return data


# The sheet-level label of a case whose criteria print different wordings: words that cover every
# printed wording. (product set, case) -> (label, how it was chosen)
SHEET_CASE_LABELS: dict[tuple[int, int], tuple[str, str]] = {
    (26, 2): (
        "Điểm dịch vụ du lịch hoặc dịch vụ du lịch do tổ chức, cá nhân cung cấp",
        "Not printed as such. Criterion 8 prints case 2 as 'Điểm dịch vụ du lịch', criteria 9 "
        "and 15 as 'Dịch vụ du lịch do tổ chức, cá nhân cung cấp'; the sheet-level label joins "
        "the two wordings so that it covers both and names the organisation or person. Each "
        "criterion keeps the wording it prints.",
    ),
}


def sheet_cases(sheet: dict[str, Any]) -> list[dict[str, Any]]:
    """The cases of a sheet, each with a label that covers every wording its criteria print."""
    wordings: dict[int, list[tuple[str, str]]] = {}
    for part in sheet["parts"]:
        for sec in part["sections"]:
            for item in _scorable_and_groups(sec):
                for n, text in (item.get("cases") or {}).items():
                    wordings.setdefault(int(n), []).append((item["code"], text))
    out = []
    for n in sorted(wordings):
        texts = sorted({t for _, t in wordings[n]})
        case: dict[str, Any] = {"number": n}
        if len(texts) == 1:
            case["label_vi"] = texts[0]
            case["note"] = (
                "Printed in the same words by criteria "
                + ", ".join(c for c, _ in wordings[n])
                + "."
            )
        else:
            label, note = SHEET_CASE_LABELS[(sheet["number"], n)]
            case["label_vi"], case["note"] = label, note
        case["label_en"] = english_of("cases", case["label_vi"])
        out.append(order(case, ["number", "label_vi", "label_en", "note"]))
    return out


def cite_other_sheets(sheets: list[dict[str, Any]]) -> None:
    """Name, in each correction that rests on other sheets, the sheets that print the option."""
    printed: dict[tuple[str, str, int], list[int]] = {}
    fixed = {
        (c["where"], c["option"])
        for sheet in sheets
        for c in sheet["corrections"]
        if c.get("proof") == "option-order-and-other-sheets"
    }
    for sheet in sheets:
        own = {(c["where"], c.get("option")) for c in sheet["corrections"]}
        for part in sheet["parts"]:
            for sec in part["sections"]:
                for item in _scorable_and_groups(sec):
                    for opt in item.get("options", []):
                        where = (item["code"], opt["label_vi"])
                        if where in fixed and where not in own:
                            k = (item["code"], opt["label_vi"], opt["points"])
                            printed.setdefault(k, []).append(sheet["number"])
    for sheet in sheets:
        for c in sheet["corrections"]:
            if c.get("proof") != "option-order-and-other-sheets":
                continue
            others = printed.get((c["where"], c["option"], c["corrected"]), [])
            listed = ", ".join(str(n) for n in others[:-1]) + f" and {others[-1]}"
            c["reason"] += (
                f" {len(others)} other sheets (sets {listed}) print the same option of "
                f"{c['where']} with {c['corrected']} points."
            )


def _scorable_and_groups(section: dict[str, Any]) -> list[dict[str, Any]]:
    items = [section]
    for crit in section.get("criteria", []):
        items.append(crit)
        items.extend(crit.get("subcriteria", []))
    return items


def classification(rows: list[list[str]]) -> dict[str, Any]:
    """Phụ lục I as a tree: sectors → groups → product sets (a subgroup, or a group without any)."""
    sectors: list[dict[str, Any]] = []
    number = 0

    def add_set(label: str, ministry: str, group: dict[str, Any], subgroup: bool) -> None:
        nonlocal number
        number += 1
        table = TR["subgroups"] if subgroup else TR["groups"]
        group["product_sets"].append(
            {
                "number": number,
                "subgroup_vi": label if subgroup else None,
                "subgroup_en": table[label] if subgroup else None,
                "lead_ministries": [
                    {"vi": m, "en": TR["ministries"][m]}
                    for m in (x.strip() for x in ministry.split(";"))
                    if m
                ],
            }
        )

    # A group becomes a product set itself when no subgroup follows it.
    pending: tuple[dict[str, Any], str, str] | None = None

    def close_group() -> None:
        if pending is not None and not pending[0]["product_sets"]:
            group, name, ministry = pending
            add_set(name, ministry, group, False)

    for cells in rows[1:]:
        key, label, ministry = (_one_line(c) for c in cells[:3])
        if re.fullmatch(r"[IVX]+", key):
            close_group()
            pending = None
            sectors.append(
                {"code": key, "label_vi": label, "label_en": TR["sectors"][label], "groups": []}
            )
        elif key.isdigit():
            close_group()
            name = label.split(":", 1)[1].strip()
            group = {
                "code": f"{sectors[-1]['code']}.{key}",
                "label_vi": name,
                "label_en": TR["groups"][name],
                "product_sets": [],
            }
            sectors[-1]["groups"].append(group)
            pending = (group, name, ministry)
        else:
            assert pending is not None
            add_set(label.split(":", 1)[1].strip(), ministry, pending[0], True)
    close_group()
    assert number == 26, number
    return {
        "format": "ocop-classification/1",
        "rule_set": "26/2026/QĐ-TTg",
        "source": "Quyết định 26/2026/QĐ-TTg, Phụ lục I",
        "sectors": sectors,
    }


# 148/QĐ-TTg: its own annex of the classification was not transcribed here. Its tree is taken
# from 26/2026 and marked as assumed; the lead ministry is named as it was when 148 was signed.
MINISTRIES_148 = {"Bộ Nông nghiệp và Môi trường": "Bộ Nông nghiệp và Phát triển nông thôn"}


def classification_148(tree: dict[str, Any]) -> dict[str, Any]:
    """The classification of 148/QĐ-TTg as this library assumes it (see MINISTRIES_148)."""
    out: dict[str, Any] = json.loads(json.dumps(tree))
    out["rule_set"] = "148/QĐ-TTg"
    out["assumed"] = True
    out["source"] = "Quyết định 26/2026/QĐ-TTg, Phụ lục I (assumed for 148/QĐ-TTg)"
    out["note"] = (
        "Assumed: the sectors, groups and product sets of 148/QĐ-TTg are taken to be those of "
        "26/2026/QĐ-TTg Phụ lục I (6 sectors, 17 groups, 26 product sets); the annex of 148 was "
        "not transcribed here. The lead ministry of agriculture is named as it was in 2023, "
        "'Bộ Nông nghiệp và Phát triển nông thôn' (renamed 'Bộ Nông nghiệp và Môi trường' in "
        "2025); which ministry 148 names for each product set is assumed to be the same."
    )
    for sector in out["sectors"]:
        for group in sector["groups"]:
            for pset in group["product_sets"]:
                for m in pset["lead_ministries"]:
                    m["vi"] = MINISTRIES_148.get(m["vi"], m["vi"])
                    m["en"] = TR["ministries"][m["vi"]]
    return out


def main(argv: list[str]) -> int:
    args = argv[1:]
    out = OUT
    if "--out" in args:
        k = args.index("--out")
        out = Path(args[k + 1])
        del args[k : k + 2]
    path = Path(args[0]) if args else DEFAULT_TRANSCRIPT
    sheets, rows = parse(path)
    cite_other_sheets(sheets)
    out.mkdir(parents=True, exist_ok=True)
    tree = classification(rows)
    for sector in tree["sectors"]:
        for group in sector["groups"]:
            for pset in group["product_sets"]:
                sheet = sheets[pset["number"] - 1]
                pset["label_vi"] = sheet["printed_title"]
                pset["label_en"] = TR["product_sets"][str(pset["number"])]
    (out / "classification.json").write_text(
        json.dumps(tree, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    old = out.parent / "qd-148-2023"
    old.mkdir(exist_ok=True)
    (old / "classification.json").write_text(
        json.dumps(classification_148(tree), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    for sheet in sheets:
        english(sheet)
        name = f"set-{sheet['number']:02d}.json"
        published = OUT / "sheets" / name  # the fault-id ledger is the published data
        ledger = (
            json.loads(published.read_text(encoding="utf-8"))["disqualification"]
            if published.exists()
            else None
        )
        data = to_data(sheet, ledger)
        target = out / "sheets" / name
        target.parent.mkdir(exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(sheets)} sheets to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
