"""Transcribe the criteria sheets of Decision 26/2026/QĐ-TTg into the package's rule data.

Usage::

    python scripts/transcribe_26_2026.py PATH/TO/qd-26-2026-transcript.html

The transcript (a public HTML copy of the decision) is read, each of the 26 criteria sheets of
Phụ lục II and the classification of Phụ lục I are parsed, the known printing errors are corrected
(each correction is written next to the data it changes), English labels are added from
``scripts/labels_en.py`` and the result is written to ``src/ocop/rules/data/qd-26-2026/``.

The transcript itself is not part of the project; this script is, so that anyone can regenerate
the data and compare it with the decision line by line.
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from labels_en import (
    CRITERIA_EN,
    GROUPS_EN,
    MINISTRIES_EN,
    PRODUCT_SETS_EN,
    SECTIONS_EN,
    SECTORS_EN,
    SUBGROUPS_EN,
)
from options_en import option_en

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "ocop" / "rules" / "data" / "qd-26-2026"
DEFAULT_TRANSCRIPT = ROOT.parent / "shared" / "ocop" / "reference" / "qd-26-2026-transcript.html"

# Printing errors of the transcript, fixed so that every sum of the sheet holds.
# (product set, criterion code, option label prefix, printed points, corrected points, reason)
CORRECTIONS: list[tuple[int, str, str, str, int, str]] = [
    (
        4,
        "7",
        "Có trên 2 chỉ tiêu",
        "13",
        3,
        "Printed 13; section 7 is worth 3 points and its best option must equal that maximum.",
    ),
    (
        11,
        "6.1.1",
        "Có rất ít tạp chất, chấp nhận được",
        "11",
        1,
        "Printed 11; the options of 6.1.1 run 0/1/2 under a maximum of 2.",
    ),
    (
        4,
        "1.2",
        "Không được cấp giấy chứng nhận chất lượng",
        "",
        0,
        "Points left blank in print; the option stands for 'no certificate' and scores 0.",
    ),
    (
        7,
        "1.2",
        "Không được cấp giấy chứng nhận chất lượng",
        "",
        0,
        "Points left blank in print; the option stands for 'no certificate' and scores 0.",
    ),
    (
        10,
        "1.2",
        "Không được cấp giấy chứng nhận chất lượng",
        "",
        0,
        "Points left blank in print; the option stands for 'no certificate' and scores 0.",
    ),
    (
        11,
        "1.2",
        "Không được cấp giấy chứng nhận chất lượng",
        "",
        0,
        "Points left blank in print; the option stands for 'no certificate' and scores 0.",
    ),
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
                "with 1 point. Kept as printed; answer this criterion by position."
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
        "section's options are worth 2 and 4, so its maximum is 4 (the stray '1' is the "
        "first option's points of an earlier draft).",
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
        self.total: int | None = None

    def row(self, text: str, pts_text: str) -> None:
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
                    }
                )
            elif pts is not None and int(printed) != pts:
                raise ValueError(f"set {self.number}: part {code} header {printed} != {pts}")
            self.parts.append({"code": code, "points": pts, "sections": []})
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
                }
            )
            pts_text = str(fix[1])
        if m and _points(pts_text) is not None:
            code, label = m.group(1), m.group(2)
            depth = code.count(".")
            pts = _points(pts_text)
            item: dict[str, Any] = {
                "code": code,
                "label_vi": label.rstrip(":").strip(),
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
        # Free text between rows: requirements, notes, conditions, descriptions.
        assert self.target is not None, (self.number, flat)
        self.describe(self.target, [_one_line(t) for t in text.split("\n")])

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
                    }
                )
        assert "**" not in label, (self.number, label)
        label = label.rstrip(";").strip()
        printed = pts_text.strip()
        pts: int | None = None
        for fix in CORRECTIONS:
            n, code, prefix, was, now, reason = fix
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


def split_faults(printed: str) -> list[str]:
    """Split a 'Hồ sơ bị loại khi' sentence into its faults (joined by 'hoặc' outside brackets)."""
    faults: list[str] = []
    depth = 0
    buf = ""
    i = 0
    while i < len(printed):
        ch = printed[i]
        depth += ch == "("
        depth -= ch == ")"
        m = re.match(r";?\s+hoặc\s+", printed[i:])
        if depth == 0 and m and (ch == ";" or ch == " "):
            faults.append(buf.strip(" ;."))
            buf = ""
            i += m.end()
            continue
        buf += ch
        i += 1
    faults.append(buf.strip(" ;."))
    return [f[0].upper() + f[1:] for f in faults if f]


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
                builder.row(cells[0], cells[1] if len(cells) > 1 else "")
                i += 1
            sheet["parts"] = builder.parts
            sheet["total"] = builder.total
            sheet["corrections"] = builder.corrections
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
            section["label_en"] = SECTIONS_EN[section["label_vi"]]
            for crit in section.get("criteria", []):
                crit["label_en"] = CRITERIA_EN[crit["label_vi"]]
                for sub in crit.get("subcriteria", []):
                    sub["label_en"] = CRITERIA_EN[sub["label_vi"]]
            items = [
                section,
                *section.get("criteria", []),
                *[s for c in section.get("criteria", []) for s in c.get("subcriteria", [])],
            ]
            for item in items:
                for opt in item.get("options", []):
                    opt["label_en"] = option_en(opt["label_vi"])


def order(item: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    first = {k: item[k] for k in keys if k in item}
    return first | {k: v for k, v in item.items() if k not in keys}


def to_data(sheet: dict[str, Any]) -> dict[str, Any]:
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
    faults = [
        {"id": str(k + 1), "label_vi": text}
        for k, text in enumerate(split_faults(printed) if printed else [])
    ]
    gate = None
    for part in sheet["parts"]:
        for sec in part["sections"]:
            for item in _scorable_and_groups(sec):
                for note in item.get("notes", []):
                    if note.startswith("Bị loại"):
                        faults.append(
                            {
                                "id": str(len(faults) + 1),
                                "label_vi": note,
                                "criterion": item["code"],
                            }
                        )
                    if "tạp chất" in note.lower() and "nguy cơ" in note and gate is None:
                        gate = {"criterion": item["code"], "section": sec["code"], "printed": note}
                if (
                    not item.get("options")
                    and not item.get("criteria")
                    and not item.get("subcriteria")
                ):
                    item["yes_no"] = True
    disqualification: dict[str, Any] = {"printed": printed, "faults": faults}
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
    return data


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
        table = SUBGROUPS_EN if subgroup else GROUPS_EN
        group["product_sets"].append(
            {
                "number": number,
                "subgroup_vi": label if subgroup else None,
                "subgroup_en": table[label] if subgroup else None,
                "lead_ministries": [
                    {"vi": m, "en": MINISTRIES_EN[m]}
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
                {"code": key, "label_vi": label, "label_en": SECTORS_EN[label], "groups": []}
            )
        elif key.isdigit():
            close_group()
            name = label.split(":", 1)[1].strip()
            group = {
                "code": f"{sectors[-1]['code']}.{key}",
                "label_vi": name,
                "label_en": GROUPS_EN[name],
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


def main(argv: list[str]) -> int:
    # What is written must read as its format: the one description in ocop.rules.format.
    from ocop.rules.format import ClassificationDoc, SheetDoc, structure_document

    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_TRANSCRIPT
    sheets, rows = parse(path)
    OUT.mkdir(parents=True, exist_ok=True)
    tree = classification(rows)
    for sector in tree["sectors"]:
        for group in sector["groups"]:
            for pset in group["product_sets"]:
                sheet = sheets[pset["number"] - 1]
                pset["label_vi"] = sheet["printed_title"]
                pset["label_en"] = PRODUCT_SETS_EN[pset["number"]]
    structure_document(tree, ClassificationDoc)
    (OUT / "classification.json").write_text(
        json.dumps(tree, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for sheet in sheets:
        english(sheet)
        data = to_data(sheet)
        structure_document(data, SheetDoc)
        target = OUT / "sheets" / f"set-{sheet['number']:02d}.json"
        target.parent.mkdir(exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(sheets)} sheets to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
