"""Write the register fixtures of ``tests/data/registers/``: files shaped as provinces and
ministries publish them (the products and producers are invented; the places are real).

    python tests/make_fixtures.py

- ``lam-dong-2025.xlsx``: a provincial list made in Excel: a merged title and a date above
  the header, an STT column, group headings per old province and district, a district column
  merged down, a total row, year-only rows, "(cũ)" names;
- ``dak-nong-unicode.txt``: Excel's "Unicode Text" (UTF-16 with BOM, tab-separated), headers in
  the province's own words, no province column (the addresses give it);
- ``addresses-only.csv``: UTF-8 with BOM, semicolons, only an address column for the place;
- ``binh-thuan-cp1258.csv``: Windows-1258 ("ANSI" on a Vietnamese Windows), years only,
  a title row, a blank row, a total row;
- ``provincial-years.csv``: one province's register with years of recognition and no dates,
  group headings, and no province column;
- ``ministry-merged.csv``: a national list after the merger, with qualified names
  ("Đắk Nông (cũ)", "tỉnh Lâm Đồng sau sắp xếp"), districts and cities where a province is
  expected, English headers and a header of its own ("Ket_qua_sao");
- ``addresses.csv``: 111 addresses written as registers write them, with the truth each one's
  own text gives (its tỉnh, or for the few without one, its district) and the unit that
  province joined on 1 July 2025 (from the published merger list ``provinces_63.csv``).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "registers"
ROOT = HERE.parent
MERGER_LIST = ROOT / "src" / "ocop" / "geo" / "data" / "provinces_63.csv"


def _successors() -> dict[str, str]:
    with MERGER_LIST.open(encoding="utf-8") as f:
        return {row["province"]: row["merged_into_2025"] for row in csv.DictReader(f)}


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append((base + tones).encode("cp1258"))
    return b"".join(out)


def _write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str) -> None:
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    value = text.getvalue()
    path.write_bytes(cp1258(value) if encoding == "cp1258" else value.encode(encoding))


LAM_DONG = [
    ("I", "LÂM ĐỒNG CŨ", None, None, None, None, None, None),
    (
        "1",
        "Cà phê Arabica Cầu Đất",
        "HTX Cầu Đất",
        "Xuân Trường, TP Đà Lạt",
        "Thành phố Đà Lạt",
        "4 sao",
        2023,
        "1520/QĐ-UBND",
    ),
    (
        "2",
        "Trà Ô long Bảo Lộc",
        "Công ty TNHH Trà Tâm Châu",
        "Lộc Sơn, TP Bảo Lộc",
        "Thành phố Bảo Lộc",
        "4 sao",
        2024,
        "210/QĐ-UBND",
    ),
    (
        "3",
        "Tơ tằm Bảo Lộc",
        "HTX Dâu tằm Lộc Thanh",
        "Lộc Thanh, TP Bảo Lộc",
        None,
        "3 sao",
        2024,
        "210/QĐ-UBND",
    ),
    (
        "4",
        "Rau Atiso Đà Lạt",
        "Cơ sở Ngọc Duy",
        "Phường 12, TP Đà Lạt",
        "Thành phố Đà Lạt",
        "3 sao",
        2022,
        "1874/QĐ-UBND",
    ),
    ("II", "ĐẮK NÔNG CŨ", None, None, None, None, None, None),
    (
        "5",
        "Hồ tiêu Đắk Song",
        "HTX Nam Bình",
        "Thôn 11, xã Nam Bình, huyện Đắk Song",
        "Huyện Đắk Song",
        "3 sao",
        2023,
        "95/QĐ-UBND",
    ),
    (
        "6",
        "Cà phê Đắk Mil",
        "HTX Đức Minh",
        "Đức Minh, huyện Đắk Mil",
        "Huyện Đắk Mil",
        "4 sao",
        2024,
        "1201/QĐ-UBND",
    ),
    (
        "7",
        "Mắc ca Tuy Đức",
        "Công ty CP Mắc ca Tuy Đức",
        "Đắk Búk So, huyện Tuy Đức",
        "Huyện Tuy Đức",
        "3 sao",
        2024,
        "",
    ),
    ("III", "BÌNH THUẬN CŨ", None, None, None, None, None, None),
    (
        "8",
        "Nước mắm Phan Thiết",
        "Cơ sở Hưng Thịnh",
        "Phường Đức Long, TP Phan Thiết",
        "Thành phố Phan Thiết",
        "4 sao",
        2022,
        "2001/QĐ-UBND",
    ),
    (
        "9",
        "Thanh long Hàm Thuận Nam",
        "HTX Thanh long Hàm Minh",
        "Hàm Minh, huyện Hàm Thuận Nam",
        "Huyện Hàm Thuận Nam",
        "3 sao",
        2023,
        "3302/QĐ-UBND",
    ),
]


def lam_dong_xlsx(path: Path) -> None:
    import openpyxl  # type: ignore[import-untyped,unused-ignore]

    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Danh sách"
    ws["A1"] = "UBND TỈNH LÂM ĐỒNG"
    ws["A2"] = "DANH SÁCH SẢN PHẨM OCOP TỈNH LÂM ĐỒNG (SAU SẮP XẾP) ĐẾN NĂM 2024"
    ws.merge_cells("A2:I2")
    ws["A3"] = "(Kèm theo Báo cáo số 45/BC-SNN ngày 15/01/2025)"
    ws.merge_cells("A3:I3")
    header = [
        "STT",
        "Tên sản phẩm",
        "Chủ thể",
        "Địa chỉ",
        "Huyện",
        "Hạng sao",
        "Năm công nhận",
        "Quyết định số",
        "Ghi chú",
    ]
    ws.append([])
    ws.append(header)
    for row in LAM_DONG:
        number, name, producer, address, district, star, year, decision = row
        ws.append(
            [
                number if not number.isdigit() else int(number),
                name,
                producer,
                address,
                district,
                star,
                year,
                decision,
                None,
            ]
        )
        if producer is None:  # a group heading: merged across the table
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    # the district of products 2 and 3 is written once, merged down over both rows
    rows = {row[0]: k + 6 for k, row in enumerate(LAM_DONG)}
    ws.merge_cells(start_row=rows["2"], start_column=5, end_row=rows["3"], end_column=5)
    ws.append([None, "Tổng cộng", None, None, None, "9 sản phẩm", None, None, None])
    ws.append([])
    ws.append(["Người lập biểu", None, None, "Giám đốc"])
    book.save(path)


DAK_NONG = [
    ["TT", "Tên SP", "Chủ thể OCOP", "Địa chỉ", "Hạng OCOP", "Ngày công nhận", "Số QĐ"],
    [
        "1",
        "Cà phê bột Đắk Mil",
        "HTX Thuận An",
        "Thôn Thuận Bắc, xã Thuận An, huyện Đắk Mil, tỉnh Đắk Nông",
        "4 sao",
        "12/12/2023",
        "2176/QĐ-UBND",
    ],
    [
        "2",
        "Hạt điều rang muối",
        "Hộ Nguyễn Văn Tám",
        "Thôn 3, xã Nghĩa Thắng, huyện Đắk R'Lấp, tỉnh Đắk Nông",
        "3 sao",
        "12/12/2023",
        "2176/QĐ-UBND",
    ],
    [
        "3",
        "Sầu riêng Đắk Song",
        "HTX Nông nghiệp Đắk Song",
        "Thôn 11, xã Nam Bình, huyện Đắk Song, tỉnh Đắk Nông",
        "3 sao",
        "05/06/2024",
        "822/QĐ-UBND",
    ],
    [
        "4",
        "Gạo Buôn Choáh",
        "HTX Buôn Choáh",
        "Buôn Choáh, huyện Krông Nô, Đắk Nông",
        "3 sao",
        "05/06/2024",
        "822/QĐ-UBND",
    ],
    [
        "5",
        "Mật ong Tuy Đức",
        "Công ty TNHH Ong Tây Nguyên",
        "xã Quảng Tâm, huyện Tuy Đức, tỉnh Đắk Nông",
        "4*",
        "30/02/2024",
        "822/QĐ-UBND",
    ],
    [
        "6",
        "Cà phê Gia Nghĩa",
        "Cơ sở Ba Tỉnh",
        "Phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông",
        "3 sao",
        "18/11/2024",
        "1690/QĐ-UBND",
    ],
    [
        "7",
        "Bơ sáp Đắk Glong",
        "HTX Quảng Khê",
        "Quảng Khê, Đắk Glong",
        "3 sao",
        "18/11/2024",
        "1690/QĐ-UBND",
    ],
    ["8", "Tiêu sạch", "Hộ Lê Thị Hoa", "", "3 sao", "18/11/2024", "1690/QĐ-UBND"],
]


def addresses_only() -> list[list[str]]:
    return [
        ["STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Số sao", "Năm"],
        [
            "1",
            "Chè Tân Cương",
            "HTX Chè Tân Cương",
            "Xóm Nam Đồng, xã Tân Cương, TP Thái Nguyên, tỉnh Thái Nguyên",
            "4",
            "2022",
        ],
        [
            "2",
            "Miến dong Na Rì",
            "HTX Tân Thành",
            "xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
            "3",
            "2023",
        ],
        [
            "3",
            "Mật ong bạc hà",
            "HTX Mật ong Mèo Vạc",
            "Thị trấn Mèo Vạc, huyện Mèo Vạc, tỉnh Hà Giang",
            "4",
            "2021",
        ],
        [
            "4",
            "Nhãn lồng Hưng Yên",
            "HTX Nhãn Hồng Nam",
            "Hồng Nam, TP. Hưng Yên, Hưng Yên",
            "3",
            "2023",
        ],
        [
            "5",
            "Nước mắm Phú Quốc",
            "Công ty TNHH Khải Hoàn",
            "KP 7, TT Dương Đông, H. Phú Quốc, T. Kiên Giang",
            "5",
            "2022",
        ],
        [
            "6",
            "Bưởi Năm Roi",
            "HTX Mỹ Hòa",
            "ấp Mỹ Thạnh, xã Mỹ Hòa, thị xã Bình Minh, Vĩnh Long",
            "3",
            "2024",
        ],
        [
            "7",
            "Gốm Bát Tràng",
            "Công ty CP Gốm Bát Tràng",
            "Xã Bát Tràng, Huyện Gia Lâm, Thành phố Hà Nội",
            "4",
            "2021",
        ],
        [
            "8",
            "Cà phê Buôn Ma Thuột",
            "Công ty TNHH Cà phê Ê Đê",
            "Phường Tân Lợi, TP Buôn Ma Thuột, Đắk Lắk",
            "4",
            "2024",
        ],
        [
            "9",
            "Bánh tráng Trảng Bàng",
            "Cơ sở Út Phượng",
            "Khu phố Lộc Du, TT Trảng Bàng, Trảng Bàng, Tây Ninh",
            "3",
            "2020",
        ],
        ["10", "Tỏi Lý Sơn", "HTX Tỏi Lý Sơn", "Huyện Lý Sơn, tỉnh Quảng Ngãi", "3", "2023"],
        ["11", "Sản phẩm chưa rõ nơi", "Hộ Trần Văn A", "Thôn 2, xã Tân Lập", "3", "2023"],
        ["12", "Rượu Châu Thành", "Cơ sở B", "ấp 3, huyện Châu Thành", "3", "2023"],
    ]


BINH_THUAN = [
    ["DANH SÁCH SẢN PHẨM OCOP TỈNH BÌNH THUẬN (CŨ)", "", "", "", ""],
    ["", "", "", "", ""],
    ["STT", "Tên sản phẩm", "Chủ thể", "Hạng sao", "Năm công nhận"],
    ["1", "Nước mắm Phan Thiết", "Cơ sở Hồng Phúc", "4 sao", "2021"],
    ["2", "Thanh long sấy dẻo", "HTX Hàm Minh", "3 sao", "2022"],
    ["3", "Mực một nắng Phú Quý", "Hộ kinh doanh Đảo Xanh", "3 sao", "2023"],
    ["4", "Bánh rế Chăm", "Cơ sở Bàu Trúc", "3 sao", "2024"],
    ["", "", "", "", ""],
    ["", "Tổng cộng: 4 sản phẩm", "", "", ""],
]


PROVINCIAL = [
    ["STT", "Tên sản phẩm", "Tên chủ thể", "Loại hình", "Xã", "Hạng sao", "Năm công nhận"],
    ["I", "HUYỆN ĐẠI TỪ", "", "", "", "", ""],
    ["1", "Chè La Bằng", "HTX Chè La Bằng", "HTX", "xã La Bằng", "4 sao", "2020"],
    ["2", "Chè Hoàng Nông", "HTX Hoàng Nông", "HTX", "xã Hoàng Nông", "3 sao", "2021"],
    ["3", "Chè Phú Thịnh", "Hộ Nguyễn Thị Lan", "Hộ kinh doanh", "xã Phú Thịnh", "3 sao", "2024"],
    ["II", "THÀNH PHỐ THÁI NGUYÊN", "", "", "", "", ""],
    ["4", "Chè Tân Cương", "HTX Chè Tân Cương", "HTX", "xã Tân Cương", "5 sao", "2022"],
    ["5", "Chè móc câu", "Công ty TNHH Trà Thái", "DN", "xã Phúc Xuân", "4 sao", "2023"],
    [
        "6",
        "Bánh chưng Bờ Đậu",
        "Cơ sở Hạnh Tuyết",
        "cơ sở sản xuất (hộ)",
        "xã Cổ Lũng",
        "3 sao",
        "2024",
    ],
    ["7", "Gạo Bao thai Định Hóa", "HTX Định Hóa", "HTX", "xã Trung Hội", "3 sao", ""],
    ["III", "HUYỆN VÕ NHAI", "", "", "", "", ""],
    ["8", "Măng khô Võ Nhai", "HTX Thần Sa", "HTX", "xã Thần Sa", "3 sao", "2025"],
    ["9", "Na Võ Nhai", "HTX La Hiên", "HTX", "xã La Hiên", "4 sao", "2025"],
    ["", "Tổng cộng", "", "", "", "9", ""],
]


MINISTRY = [
    ["No", "Product", "Producer", "Province", "Ket_qua_sao", "Decision date", "Product code"],
    ["1", "Cà phê Đắk Mil", "HTX Đức Minh", "Đắk Nông (cũ)", "4", "2024-06-05", "68-22918-3-2026"],
    [
        "2",
        "Trà Ô long",
        "Công ty Tâm Châu",
        "tỉnh Lâm Đồng sau sắp xếp",
        "4",
        "2025-09-10",
        "68-22924-1-2026",
    ],
    ["3", "Nước mắm Phan Thiết", "Cơ sở Hưng Thịnh", "Phan Thiết", "4", "2022-10-12", ""],
    ["4", "Atiso Đà Lạt", "Cơ sở Ngọc Duy", "Đà Lạt", "3", "2022-03-01", ""],
    ["5", "Tơ tằm", "HTX Lộc Thanh", "Bảo Lộc", "3", "2024-05-20", ""],
    ["6", "Rượu cần", "HTX Lâm Hà", "Lâm Đồng (mới)", "3", "2025-11-02", ""],
    ["7", "Hạt điều", "Hộ Tám", "tỉnh Đắk Nông cũ", "3", "2023-12-12", ""],
    ["8", "Gạo", "HTX Hàm Minh", "Bình Thuận trước sáp nhập", "3", "2023-04-04", ""],
    ["9", "Mì Quảng", "Cơ sở Phú Chiêm", "Quảng Nam", "3", "2024-02-02", ""],
    ["10", "Bánh tráng", "Cơ sở C", "Lâm Đồng", "3", "", ""],
    ["11", "Rượu Châu Thành", "Cơ sở D", "Châu Thành", "3", "2023-01-01", ""],
    [
        "12",
        "Cà phê Đắk Mil loại 2",
        "HTX Đức Minh",
        "Đắk Nông (cũ)",
        "3",
        "2024-06-05",
        "68-22918-3-2026",
    ],
    ["13", "Nem chua Thanh Hóa", "Cơ sở Nem", "Thanh Hoá", "3", "31/12/2024", ""],
]


# (address, truth: old province named by the text)
HAND_ADDRESSES = [
    ("Thôn 11, xã Nam Bình, huyện Đắk Song, tỉnh Đắk Nông", "Đắk Nông"),
    ("Xóm Nam Đồng, xã Tân Cương, TP Thái Nguyên, tỉnh Thái Nguyên", "Thái Nguyên"),
    ("P. 2, TP. Bảo Lộc, Lâm Đồng", "Lâm Đồng"),
    ("số 12 đường Lê Lợi, phường 1, thành phố Đà Lạt, tỉnh Lâm Đồng", "Lâm Đồng"),
    ("Khu 5, thị trấn Hùng Sơn, huyện Lâm Thao, Phú Thọ", "Phú Thọ"),
    ("xa Tan Cuong, TP Thai Nguyen, tinh Thai Nguyen", "Thái Nguyên"),
    ("H. Đức Trọng, T. Lâm Đồng", "Lâm Đồng"),
    ("Q. Bình Thạnh, TP.HCM", "TP. Hồ Chí Minh"),
    ("KP 7, TT Dương Đông, H. Phú Quốc, T. Kiên Giang", "Kiên Giang"),
    ("ấp Mỹ Thạnh, xã Mỹ Hòa, thị xã Bình Minh, Vĩnh Long", "Vĩnh Long"),
    ("Xã Bát Tràng, Huyện Gia Lâm, Thành phố Hà Nội", "Hà Nội"),
    ("Phường Tân Lợi, TP Buôn Ma Thuột, Đắk Lắk", "Đắk Lắk"),
    ("Khu phố Lộc Du, TT Trảng Bàng, Trảng Bàng, Tây Ninh", "Tây Ninh"),
    ("Huyện Lý Sơn, tỉnh Quảng Ngãi", "Quảng Ngãi"),
    ("thôn Phú Lộc, xã Phú Lộc, huyện Krông Năng, tỉnh Đắk Lắk", "Đắk Lắk"),
    ("Bản Áng, xã Đông Sang, huyện Mộc Châu, tỉnh Sơn La", "Sơn La"),
    ("thôn Lao Chải, xã Lao Chải, thị xã Sa Pa, Lào Cai", "Lào Cai"),
    ("Phường Cẩm Phô, TP Hội An, Quảng Nam", "Quảng Nam"),
    ("Xã Hải Thiện, huyện Hải Lăng, tỉnh Quảng Trị", "Quảng Trị"),
    ("xã Quảng Phú, Quảng Điền, Thừa Thiên Huế", "Thừa Thiên Huế"),
    ("Phường Vĩnh Hải, Nha Trang, Khánh Hòa", "Khánh Hòa"),
    ("Thôn Đông, xã Vạn Thắng, Ba Vì, Hà Nội", "Hà Nội"),
    ("Ấp 3, xã Phú An, huyện Châu Thành, Tiền Giang", "Tiền Giang"),
    ("ấp Long Hòa, xã Long Hòa, huyện Châu Thành, tỉnh Trà Vinh", "Trà Vinh"),
    ("Khóm 4, Phường 5, TP Cà Mau, tỉnh Cà Mau", "Cà Mau"),
    ("Xã Tân Lộc, huyện Thới Bình - Cà Mau", "Cà Mau"),
    ("Thôn 2, xã Ea Tu, TP. Buôn Ma Thuột, tỉnh Đắk Lắk (cũ)", "Đắk Lắk"),
    ("xã Đắk Búk So, huyện Tuy Đức, Đắk Nông (cũ)", "Đắk Nông"),
    ("Thị trấn Phong Thổ, huyện Phong Thổ, tỉnh Lai Châu", "Lai Châu"),
    ("Tổ 5, phường Tân Thịnh, TP Hòa Bình, tỉnh Hòa Bình", "Hòa Bình"),
    ("xã Hương Sơn, huyện Mỹ Đức, TP Hà Nội", "Hà Nội"),
    ("Thôn Yên Vỹ, xã Hương Sơn, Mỹ Đức, Hà Nội", "Hà Nội"),
    ("Phường Bạch Đằng, TP. Hạ Long, Quảng Ninh", "Quảng Ninh"),
    ("xã Đồng Tâm, huyện Ninh Giang, tỉnh Hải Dương", "Hải Dương"),
    ("Xã Thanh Hà, huyện Thanh Hà, Hải Dương, Việt Nam", "Hải Dương"),
    ("xóm 3, xã Diễn Kỷ, huyện Diễn Châu, Nghệ An", "Nghệ An"),
    ("Thôn Trung, xã Thạch Hạ, TP. Hà Tĩnh, tỉnh Hà Tĩnh", "Hà Tĩnh"),
    ("Ấp Bình Phú, xã Bình Hòa Phước, huyện Long Hồ, tỉnh Vĩnh Long", "Vĩnh Long"),
    ("Phường An Hòa, quận Ninh Kiều, TP Cần Thơ", "Cần Thơ"),
    ("Xã Tân Phú Đông, thành phố Sa Đéc, Đồng Tháp", "Đồng Tháp"),
]

# (address without its province, truth: the province of the district it names)
DISTRICT_ONLY = [
    ("Thôn 11, xã Nam Bình, huyện Đắk Song", "Đắk Nông"),
    ("phường 4, TP Đà Lạt", "Lâm Đồng"),
    ("Lộc Sơn, thành phố Bảo Lộc", "Lâm Đồng"),
    ("Phường Đức Long, thành phố Phan Thiết", "Bình Thuận"),
    ("thị trấn Liên Nghĩa, huyện Đức Trọng", "Lâm Đồng"),
    ("xã Đông Sang, huyện Mộc Châu", "Sơn La"),
    ("Thị xã Gia Nghĩa", "Đắk Nông"),
    ("thành phố Buôn Ma Thuột", "Đắk Lắk"),
]

STYLES = [
    "Thôn {n}, xã {c}, {kind_l} {d}, tỉnh {p}",
    "{c}, {d}, {p}",
    "Xã {c} - {kind} {d} - {p}",
    "ấp {n}, xã {c}, {kind_l} {d}, {p}",
]


def generated_addresses(successors: dict[str, str]) -> list[tuple[str, str]]:
    """One address per old province: a real district of it, in one of the usual styles."""
    rows = (ROOT / "src" / "ocop" / "geo" / "data" / "districts_63.csv").read_text("utf-8")
    lines = [line for line in rows.splitlines() if not line.startswith("#")]
    with MERGER_LIST.open(encoding="utf-8") as f:
        names = {row["gso_code"]: row["province"] for row in csv.DictReader(f)}
    first: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(lines):
        if row["kind"] == "Huyện":
            first.setdefault(row["province_code"], row)
    out = []
    communes = ["Tân Lập", "Hòa Bình", "Quyết Thắng", "Đồng Tâm", "Phú Lộc", "Thanh Sơn"]
    for k, (code, row) in enumerate(sorted(first.items())):
        province = names[code]
        style = STYLES[k % len(STYLES)]
        text = style.format(
            n=k % 9 + 1,
            c=communes[k % len(communes)],
            kind="Huyện",
            kind_l="huyện",
            d=row["name"],
            p=province,
        )
        out.append((text, province))
    return out


def addresses() -> list[list[str]]:
    successors = _successors()
    rows = [["address", "old_province", "unit", "truth_from"]]
    for text, province in HAND_ADDRESSES:
        rows.append([text, province, successors[province], "tỉnh"])
    for text, province in generated_addresses(successors):
        rows.append([text, province, successors[province], "tỉnh"])
    for text, province in DISTRICT_ONLY:
        rows.append([text, province, successors[province], "huyện"])
    return rows


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    lam_dong_xlsx(OUT / "lam-dong-2025.xlsx")
    text = io.StringIO()
    csv.writer(text, delimiter="\t", lineterminator="\r\n").writerows(DAK_NONG)
    (OUT / "dak-nong-unicode.txt").write_bytes(text.getvalue().encode("utf-16"))
    _write_csv(OUT / "addresses-only.csv", addresses_only(), encoding="utf-8-sig", delimiter=";")
    _write_csv(OUT / "binh-thuan-cp1258.csv", BINH_THUAN, encoding="cp1258", delimiter=",")
    _write_csv(OUT / "provincial-years.csv", PROVINCIAL, encoding="utf-8", delimiter=",")
    _write_csv(OUT / "ministry-merged.csv", MINISTRY, encoding="utf-8", delimiter=",")
    _write_csv(OUT / "addresses.csv", addresses(), encoding="utf-8", delimiter=",")
    print(f"wrote fixtures to {OUT}")


if __name__ == "__main__":
    main()
