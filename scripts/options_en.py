# ruff: noqa: E501 - the Vietnamese labels are kept whole, as printed
"""English for the options of the 26/2026 sheets, keyed by the Vietnamese label.

Labels that differ only in punctuation or spacing share one entry (see :func:`key`). The
transcription script fails if an option has no English, so a new label cannot slip in
untranslated.
"""

from __future__ import annotations

import re
import unicodedata


def key(label: str) -> str:
    """A lookup key that ignores case, spacing and punctuation (letters and digits only)."""
    text = unicodedata.normalize("NFC", label).lower()
    return re.sub(r"[^\w%<>≥]+", "", text.replace("_", ""))


_PAIRS: list[tuple[str, str]] = [
    # Origin and raw materials
    (
        "Sản phẩm được trồng trên địa bàn cấp xã, nhưng có tỷ lệ dưới 50%",
        "Grown in the commune, but less than 50%",
    ),
    (
        "Sản phẩm được trồng trên địa bàn cấp xã từ 50% đến dưới 75%",
        "Grown in the commune: 50% to under 75%",
    ),
    (
        "Sản phẩm được trồng trên địa bàn cấp xã từ 75% đến 100%",
        "Grown in the commune: 75% to 100%",
    ),
    (
        "Có sản phẩm được trồng trên địa bàn cấp xã, nhưng tỷ lệ dưới 50%",
        "Some grown in the commune, but less than 50%",
    ),
    (
        "Sản phẩm được nuôi, đánh bắt trên địa bàn cấp xã, nhưng có tỷ lệ dưới 50%",
        "Raised or caught in the commune, but less than 50%",
    ),
    (
        "Sản phẩm được nuôi, đánh bắt trên địa bàn cấp xã từ 50% đến dưới 75%",
        "Raised or caught in the commune: 50% to under 75%",
    ),
    (
        "Sản phẩm được nuôi, đánh bắt trên địa bàn cấp xã từ 75% đến 100%",
        "Raised or caught in the commune: 75% to 100%",
    ),
    (
        "Sản phẩm được nuôi/trồng trên địa bàn cấp xã, nhưng có tỷ lệ dưới 50%",
        "Raised or grown in the commune, but less than 50%",
    ),
    (
        "Sản phẩm được nuôi/trồng trên địa bàn cấp xã từ 50% đến dưới 75%",
        "Raised or grown in the commune: 50% to under 75%",
    ),
    (
        "Sản phẩm được nuôi/trồng trên địa bàn cấp xã từ 75% đến 100%",
        "Raised or grown in the commune: 75% to 100%",
    ),
    (
        "Có sản phẩm được nuôi trên địa bàn cấp xã, nhưng tỷ lệ dưới 50%",
        "Some raised in the commune, but less than 50%",
    ),
    (
        "Sản phẩm được nuôi trên địa bàn cấp xã từ 50% đến dưới 75%",
        "Raised in the commune: 50% to under 75%",
    ),
    (
        "Sản phẩm được nuôi trên địa bàn cấp xã từ 75% đến 100%",
        "Raised in the commune: 75% to 100%",
    ),
    (
        "Có sử dụng nguyên liệu có nguồn gốc trong tỉnh, nhưng có tỷ lệ dưới 50%",
        "Uses raw materials from the province, but less than 50%",
    ),
    (
        "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%",
        "Raw materials from the province: 50% to under 75%",
    ),
    (
        "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%",
        "Raw materials from the province: 75% to 100%",
    ),
    # Quality certificates of the raw-material area
    ("Không được cấp giấy chứng nhận chất lượng", "No quality certificate"),
    (
        "Được cấp giấy chứng nhận chất lượng theo tiêu chuẩn quốc gia (VietGAP, hữu cơ, ...)",
        "Quality certificate to a national standard (VietGAP, organic, ...)",
    ),
    (
        "Được cấp giấy chứng nhận chất lượng theo tiêu chuẩn quốc tế (GlobalGAP, hữu cơ - Organic, ...)",
        "Quality certificate to an international standard (GlobalGAP, organic, ...)",
    ),
    (
        "Được cấp giấy chứng nhận chất lượng theo tiêu chuẩn quốc tế (ASC, BAP, Global GAP, MSC...)",
        "Quality certificate to an international standard (ASC, BAP, GlobalGAP, MSC, ...)",
    ),
    (
        "Được cấp giấy chứng nhận chất lượng theo tiêu chuẩn quốc tế (ASC, BAP, GlobalG.A.P, MSC,...)",
        "Quality certificate to an international standard (ASC, BAP, GlobalG.A.P., MSC, ...)",
    ),
    (
        "Được cấp giấy chứng nhận chất lượng theo tiêu chuẩn quốc tế (GACP-WHO, GlobalGAP, hữu cơ-Organic,...)",
        "Quality certificate to an international standard (GACP-WHO, GlobalGAP, organic, ...)",
    ),
    # Value added
    (
        "Sơ chế (rửa, làm sạch, phân loại, đóng gói...) thủ công",
        "Manual preliminary processing (washing, cleaning, sorting, packing...)",
    ),
    (
        "Sơ chế (lọc, loại tạp chất, phân loại, đóng gói...) thủ công",
        "Manual preliminary processing (filtering, removing impurities, sorting, packing...)",
    ),
    (
        "Sơ chế (làm sạch, phân loại, đóng gói...) thủ công",
        "Manual preliminary processing (cleaning, sorting, packing...)",
    ),
    (
        "Ứng dụng máy móc trong sơ chế, đóng gói sản phẩm",
        "Machinery used in preliminary processing and packing",
    ),
    (
        "Ứng dụng máy móc trong sơ chế, giết mổ, đóng gói sản phẩm",
        "Machinery used in preliminary processing, slaughter and packing",
    ),
    ("Ứng dụng máy móc trong đóng gói, bảo quản sản phẩm", "Machinery used in packing and storage"),
    (
        "Ứng dụng công nghệ tiên tiến trong sơ chế, bảo quản (nâng cao chất lượng sản phẩm/kéo dài thời gian bảo quản và giữ chất lượng ổn định trong quá trình bảo quản...)",
        "Advanced technology in preliminary processing and storage (better quality, longer "
        "shelf life with stable quality...)",
    ),
    (
        "Ứng dụng công nghệ tiên tiến trong sơ chế, giết mổ, bảo quản (nâng cao chất lượng sản phẩm/kéo dài thời gian bảo quản và giữ chất lượng ổn định trong quá trình bảo quản...)",
        "Advanced technology in preliminary processing, slaughter and storage (better quality, "
        "longer shelf life with stable quality...)",
    ),
    (
        "Ứng dụng công nghệ cao trong sơ chế, bảo quản (nâng cao chất lượng sản phẩm/kéo dài thời gian bảo quản và giữ chất lượng ổn định trong quá trình bảo quản...)",
        "High technology in preliminary processing and storage (better quality, longer shelf "
        "life with stable quality...)",
    ),
    ("Chế biến đơn giản", "Simple processing"),
    ("Chế biến", "Processing"),
    (
        "Chế biến sâu (tạo ra sản phẩm chất lượng cao theo nhu cầu của thị trường)",
        "Deep processing (high-quality products for market demand)",
    ),
    (
        "Chế biến sâu từ vùng nguyên liệu địa phương (tạo ra sản phẩm chất lượng cao theo nhu cầu của thị trường)",
        "Deep processing from a local raw-material area (high-quality products for market demand)",
    ),
    ("Phân loại, sơ chế", "Sorting and preliminary processing"),
    ("Chế biến thông thường", "Ordinary processing"),
    (
        "Sử dụng kỹ thuật thủ công để nâng cao chất lượng sản phẩm",
        "Handcraft techniques that raise the product's quality",
    ),
    (
        "Áp dụng công nghệ để nâng cao chất lượng sản phẩm",
        "Technology applied to raise the product's quality",
    ),
    ("Tinh chế", "Refining"),
    ("Ứng dụng công nghệ cao trong tinh chế", "High technology in refining"),
    ("Ứng dụng công nghệ cao trong tinh chế, đóng gói", "High technology in refining and packing"),
    ("Phân loại, chế tác giản đơn", "Sorting and simple crafting"),
    (
        "Chế tác/tạo dựng gắn với kỹ năng nghề truyền thống",
        "Crafting tied to traditional trade skills",
    ),
    (
        "Ứng dụng công nghệ phù hợp gắn với kỹ năng nghề truyền thống, tạo ra sản phẩm tinh xảo, chất lượng cao hơn",
        "Suitable technology with traditional trade skills, making refined, higher-quality "
        "products",
    ),
    ("Trồng, chăm sóc đơn giản", "Simple growing and care"),
    ("Trồng, chăm sóc, cắt tỉa", "Growing, care and pruning"),
    (
        "Trồng, chăm sóc, cắt tỉa, tạo dáng kỹ thuật tay nghề cao",
        "Growing, care, pruning and highly skilled shaping",
    ),
    ("Nuôi, chăm sóc đơn giản", "Simple raising and care"),
    ("Nuôi, chăm sóc, lựa chọn", "Raising, care and selection"),
    (
        "Nuôi, chăm sóc, lựa chọn với kỹ thuật tay nghề cao",
        "Raising, care and selection with high skill",
    ),
    # Production capacity and linkage
    ("Có năng lực, quy mô sản xuất mức độ nhỏ", "Small production capacity and scale"),
    ("Có năng lực, quy mô sản xuất trung bình", "Medium production capacity and scale"),
    ("Có năng lực, quy mô sản xuất lớn", "Large production capacity and scale"),
    ("Không có liên kết hoặc có liên kết nhưng không rõ ràng", "No linkage, or an unclear one"),
    (
        "Có hợp đồng liên kết từ 50% đến dưới 75% sản lượng tiêu thụ",
        "Linkage contracts for 50% to under 75% of the output sold",
    ),
    (
        "Có hợp đồng liên kết trên 75% sản lượng tiêu thụ",
        "Linkage contracts for over 75% of the output sold",
    ),
    (
        "Có hợp đồng liên kết trên 75% sản lượng tiêu thụ và tổ chức thực hiện hợp đồng ổn định từ 12 tháng trở lên tính đến thời điểm đăng ký đánh giá, phân hạng OCOP",
        "Linkage contracts for over 75% of the output sold, carried out steadily for 12 months "
        "or more before registering for OCOP evaluation",
    ),
    # Environment
    (
        "Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật và các quy định khác về bảo vệ môi trường",
        "Environmental records and procedures as required by law and other environmental rules",
    ),
    (
        "Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật về bảo vệ môi trường và hồ sơ minh chứng về công trình thu gom và xử lý chất thải theo quy định",
        "Environmental records and procedures as required, and evidence of works that collect "
        "and treat waste as required",
    ),
    (
        "Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật về bảo vệ môi trường; hồ sơ minh chứng về công trình thu gom và xử lý chất thải theo quy định và hồ sơ minh chứng về sử dụng bao gói thân thiện với môi trường",
        "Environmental records and procedures as required; evidence of waste collection and "
        "treatment works; and evidence of environmentally friendly packaging",
    ),
    (
        "Không sử dụng công nghệ theo hướng bền vững trong sản xuất",
        "No sustainable technology in production",
    ),
    (
        "Có áp dụng công nghệ theo hướng bền vững môi trường (công nghệ tiết kiệm nguyên liệu, nhiên liệu; hoạt động xử lý/tái chế chất thải; tận thu tái sử dụng, tái chế phụ phẩm nông nghiệp,...)",
        "Environmentally sustainable technology (saving materials and fuel; treating or "
        "recycling waste; recovering, reusing and recycling farm by-products, ...)",
    ),
    (
        "Có áp dụng công nghệ theo hướng bền vững môi trường (công nghệ tiết kiệm nguyên liệu, nhiên liệu; hoạt động xử lý/tái chế chất thải; tận thu tái sử dụng, tái chế phế phẩm nông nghiệp,...)",
        "Environmentally sustainable technology (saving materials and fuel; treating or "
        "recycling waste; recovering, reusing and recycling farm waste, ...)",
    ),
    # Origin of the product idea
    ("Sản phẩm được trồng phổ biến ở nhiều tỉnh, thành phố", "Commonly grown in many provinces"),
    (
        "Sản phẩm được trồng phổ biến ở nhiều tỉnh, thành phố nhưng có chất lượng nổi trội, khác biệt do điều kiện đất đai, thời tiết, kỹ thuật bản địa",
        "Commonly grown in many provinces, but of outstanding, distinct quality thanks to local "
        "soil, weather and techniques",
    ),
    (
        "Sản phẩm được trồng ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội, thương mại gắn với dấu hiệu chỉ dẫn nguồn gốc địa lý",
        "Grown across the area, a signature product of the province of outstanding quality, "
        "traded with a geographical indication",
    ),
    (
        "Sản phẩm được nuôi trồng, đánh bắt phổ biến ở nhiều tỉnh, thành phố",
        "Commonly raised or caught in many provinces",
    ),
    (
        "Sản phẩm được nuôi trồng, đánh bắt ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội, thương mại gắn với chỉ dẫn nguồn gốc địa lý",
        "Raised or caught across the area, a signature product of the province of outstanding "
        "quality, traded with a geographical indication",
    ),
    ("Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố", "Commonly made in many provinces"),
    (
        "Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố nhưng có chất lượng nổi trội, khác biệt do điều kiện đất đai, thời tiết, kỹ thuật bản địa",
        "Commonly made in many provinces, but of outstanding, distinct quality thanks to local "
        "soil, weather and techniques",
    ),
    (
        "Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố nhưng có chất lượng nổi trội, khác biệt do điều kiện về nguyên liệu, kỹ thuật truyền thống",
        "Commonly made in many provinces, but of outstanding, distinct quality thanks to its "
        "raw materials and traditional techniques",
    ),
    (
        "Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố nhưng có chất lượng nổi trội, khác biệt do điều kiện về nguyên liệu, kỹ thuật truyền thông",
        "Commonly made in many provinces, but of outstanding, distinct quality thanks to its "
        "raw materials and traditional techniques",
    ),
    (
        "Sản phẩm được sản xuất ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội, thương mại gắn với chỉ dẫn nguồn gốc địa lý",
        "Made across the area, a signature product of the province of outstanding quality, "
        "traded with a geographical indication",
    ),
    (
        "Sản phẩm được sản xuất ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội/sản phẩm mới được chế biến từ nguyên liệu đặc trưng của địa phương",
        "Made across the area, a signature product of the province of outstanding quality, or "
        "a new product processed from a local signature raw material",
    ),
    (
        "Sản phẩm được sản xuất ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội",
        "Made across the area, a signature product of the province of outstanding quality",
    ),
    (
        "Sản phẩm là đặc sản, truyền thống, chỉ sản xuất trên địa bàn của xã, có chất lượng đặc sắc, thương mại gắn với chỉ dẫn nguồn gốc địa lý hoặc sản phẩm mới được chế biến từ nguyên liệu đặc trưng của địa phương, được thương mại ổn định ít nhất 36 tháng",
        "A traditional speciality made only in the commune, of distinctive quality, traded with "
        "a geographical indication, or a new product from a local signature raw material traded "
        "steadily for at least 36 months",
    ),
    (
        "Sản phẩm là đặc sản, truyền thống, chỉ sản xuất trên địa bàn của xã, có chất lượng đặc sắc, thương mại gắn với chỉ dẫn nguồn gốc địa lý",
        "A traditional speciality made only in the commune, of distinctive quality, traded with "
        "a geographical indication",
    ),
    # Packaging and labelling
    ("Đóng gói theo hình thức thông thường, không có bao bì", "Ordinary packing, no packaging"),
    ("Đóng gói theo hình thức thông thường, bao bì đơn giản", "Ordinary packing, simple packaging"),
    ("Đóng gói sáng tạo, bao bì đẹp", "Creative packing, attractive packaging"),
    (
        "Đóng gói sáng tạo, tiện lợi, bao bì đẹp, sang trọng",
        "Creative, convenient packing; attractive, elegant packaging",
    ),
    ("Có nhãn, ghi nhãn hàng hóa đầy đủ, theo đúng quy định", "Labelled completely, as required"),
    (
        "Ghi nhãn hàng hóa đầy đủ, đúng quy định và thể hiện được thông điệp câu chuyện sản phẩm (hình ảnh hoặc lời giới thiệu)",
        "Complete, compliant label that conveys the product story (image or text)",
    ),
    (
        "Ghi nhãn hàng hóa đầy đủ, đúng quy định, đẹp và thể hiện được thông điệp câu chuyện sản phẩm (hình ảnh hoặc lời giới thiệu) và có mã truy xuất nguồn gốc điện tử",
        "Complete, compliant, attractive label that conveys the product story (image or text), "
        "with an electronic traceability code",
    ),
    ("Thông tin/thuyết minh về sản phẩm đầy đủ", "Complete product information"),
    (
        "Thông tin/thuyết minh đầy đủ, thể hiện được thông điệp câu chuyện sản phẩm (hình ảnh hoặc lời giới thiệu)",
        "Complete information that conveys the product story (image or text)",
    ),
    (
        "Thông tin/thuyết minh đầy đủ, ấn tượng, thể hiện được thông điệp câu chuyện sản phẩm (hình ảnh hoặc lời giới thiệu), có mã truy xuất nguồn gốc điện tử",
        "Complete, striking information that conveys the product story (image or text), with "
        "an electronic traceability code",
    ),
    # Producer type, representative, labour, growth
    (
        "Hộ sản xuất/hộ gia đình có đăng ký kinh doanh; hoặc trang trại; hoặc tổ hợp tác (có giấy đăng ký kinh doanh theo quy định)",
        "Registered household business, farm or cooperative group (with a business "
        "registration as required)",
    ),
    (
        "Công ty TNHH; hoặc doanh nghiệp tư nhân; hoặc công ty cổ phần có vốn góp của cộng đồng người địa phương <51%",
        "Limited company, private enterprise, or joint-stock company with under 51% capital "
        "from the local community",
    ),
    (
        "HTX tổ chức, hoạt động theo đúng quy định của pháp luật; hoặc công ty cổ phần có vốn góp của cộng đồng người địa phương ≥ 51%",
        "Cooperative organised and run as the law requires, or joint-stock company with 51% or "
        "more capital from the local community",
    ),
    (
        "HTX tổ chức, hoạt động theo đúng quy định của pháp luật; hoặc công ty cổ phần có vốn góp của cộng đồng người địa phương ≥ 51%; hoặc các đối tượng còn lại",
        "Cooperative organised and run as the law requires, joint-stock company with 51% or "
        "more local capital, or any other producer",
    ),
    (
        "Đại diện pháp luật của chủ thể không phải nữ, không phải là đồng bào dân tộc thiểu số, không phải là người khuyết tật",
        "The legal representative is not a woman, not of an ethnic minority and not disabled",
    ),
    (
        "Đại diện pháp luật của chủ thể là nữ; hoặc là đồng bào dân tộc thiểu số; hoặc là người khuyết tật",
        "The legal representative is a woman, of an ethnic minority, or disabled",
    ),
    (
        "Có sử dụng từ 25% đến dưới 50% lao động là người trên địa bàn cấp xã",
        "25% to under 50% of workers are from the commune",
    ),
    (
        "Có sử dụng từ 50% đến 75% lao động là người trên địa bàn cấp xã",
        "50% to 75% of workers are from the commune",
    ),
    (
        "Có sử dụng ≥ 75% lao động là người trên địa bàn cấp xã",
        "75% or more of workers are from the commune",
    ),
    (
        "Hợp tác xã xếp loại trung bình hoặc năm trước liền kề năm đánh giá có lợi nhuận cao hơn so với năm trước liền kề; các loại hình khác: Năm trước liền kề năm đánh giá có lợi nhuận cao hơn so với năm trước liền kề.",
        "Cooperative rated average, or profit in the year before evaluation above the year "
        "before that; other producers: profit in the year before evaluation above the year "
        "before that",
    ),
    (
        "Hợp tác xã xếp loại khá trở lên hoặc có 02 năm liên tiếp tăng trưởng dương về lợi nhuận tính từ năm trước liền kề năm đánh giá; các loại hình khác: Có 02 năm liên tiếp tăng trưởng dương về lợi nhuận tính từ năm trước liền kề năm đánh giá",
        "Cooperative rated good or better, or two consecutive years of profit growth up to the "
        "year before evaluation; other producers: two consecutive years of profit growth",
    ),
    # Intellectual property
    (
        "Đơn đăng ký nhãn hiệu đã được cơ quan có thẩm quyền chấp nhận hoặc công bố (đã qua vòng thẩm định hình thức)",
        "Trademark application accepted or published by the authority (formal examination passed)",
    ),
    (
        "Các nhãn hiệu sử dụng trên bao bì, nhãn của sản phẩm được cấp Giấy chứng nhận đăng ký nhãn hiệu và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (trường hợp sản phẩm đã được nhà nước bảo hộ chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận thì phải có văn bản ghi nhận quyền sử dụng)",
        "Trademarks on the packaging and label are registered, and the product uses a sign of "
        "geographical origin tied to the local community (for a protected geographical "
        "indication, collective or certification mark, a written right of use is needed)",
    ),
    (
        "Các nhãn hiệu sử dụng trên bao bì, nhãn của sản phẩm được cấp Giấy chứng nhận đăng ký nhãn hiệu và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (trường hợp sản phẩm đã được nhà nước bảo hộ chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận thì phải có văn bản ghi nhận quyền sử dụng) và có Bằng độc quyền kiểu dáng công nghiệp, hoặc Bằng sáng chế, hoặc Bằng độc quyền giải pháp hữu ích, hoặc Giấy chứng nhận đăng ký quyền tác giả (trừ Giấy chứng nhận đăng ký quyền tác giả đối với nhãn hiệu).",
        "Registered trademarks and a sign of geographical origin tied to the local community "
        "(with a written right of use where protected), and an industrial design, patent or "
        "utility solution patent, or a copyright registration (other than for the mark)",
    ),
    (
        "Các nhãn hiệu sử dụng đối với dịch vụ du lịch được cấp Giấy chứng nhận đăng ký nhãn hiệu và có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (trường hợp sản phẩm đã được nhà nước bảo hộ chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận thì phải có văn bản ghi nhận quyền sử dụng)",
        "Trademarks of the tourism service are registered, and it uses a sign of geographical "
        "origin tied to the local community (with a written right of use where protected)",
    ),
    (
        "Các nhãn hiệu sử dụng đối với dịch vụ du lịch được cấp Giấy chứng nhận đăng ký nhãn hiệu và có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (trường hợp sản phẩm đã được nhà nước bảo hộ chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận thì phải có văn bản ghi nhận quyền sử dụng) và có Bằng độc quyền kiểu dáng công nghiệp, hoặc Bằng sáng chế, hoặc Bằng độc quyền giải pháp hữu ích, hoặc Giấy chứng nhận đăng ký quyền tác giả (trừ Giấy chứng nhận đăng ký quyền tác giả đối với nhãn hiệu).",
        "Registered trademarks of the tourism service and a sign of geographical origin tied to "
        "the local community, and an industrial design, patent or utility solution patent, or a "
        "copyright registration (other than for the mark)",
    ),
    # Distribution and promotion
    ("Thị trường trong địa bàn cấp xã", "Market within the commune"),
    (
        "Thị trường ngoài địa bàn cấp xã, có dưới 5 đại diện/đại lý phân phối",
        "Market beyond the commune, fewer than 5 distributors or agents",
    ),
    (
        "Thị trường ngoài địa bàn cấp xã, có ≥ 5 đại diện/đại lý phân phối",
        "Market beyond the commune, 5 or more distributors or agents",
    ),
    (
        "Thị trường quốc tế (có hợp đồng và tài liệu minh chứng thực hiện hợp đồng) hoặc phân phối tại các kênh thương mại hiện đại: siêu thị, thương mại điện tử,... (có hợp đồng và tài liệu minh chứng thực hiện hợp đồng, đường dẫn gian hàng điện tử)",
        "International market (with contracts and evidence of their performance), or modern "
        "channels: supermarkets, e-commerce, ... (with contracts, evidence and an online shop "
        "link)",
    ),
    ("Thị trường ngoài thị trường cấp xã", "Market beyond the commune"),
    ("Thị trường trong địa bàn cấp tỉnh", "Market within the province"),
    ("Thị trường ngoài địa bàn cấp tỉnh", "Market beyond the province"),
    (
        "Thị trường quốc tế (có hợp đồng và minh chứng thực hiện hợp đồng)",
        "International market (with contracts and evidence of their performance)",
    ),
    ("Không có người chịu trách nhiệm quản lý phân phối", "No one responsible for distribution"),
    ("Có người chịu trách nhiệm quản lý phân phối", "Someone responsible for distribution"),
    ("Có bộ phận/phòng quản lý phân phối", "A distribution unit or department"),
    (
        "Có bộ phận/phòng quản lý phân phối, có ứng dụng công nghệ thông tin trong quản lý",
        "A distribution unit or department using information technology",
    ),
    ("Không có hoạt động quảng bá sản phẩm", "No promotion"),
    ("Có 03 hoạt động quảng bá sản phẩm trở xuống", "3 promotional activities or fewer"),
    (
        "Có nhiều hơn 03 hoạt động quảng bá sản phẩm, có website của cơ sở (hoặc quảng bá trên mạng xã hội) và có tham gia hoạt động xúc tiến thương mại, hội chợ, triển lãm trong tỉnh",
        "More than 3 promotional activities, a website (or social media), and trade promotion, "
        "fairs and exhibitions in the province",
    ),
    (
        "Có nhiều hơn 03 hoạt động quảng bá sản phẩm, có website của cơ sở (hoặc quảng bá trên mạng xã hội) và có tham gia hoạt động xúc tiến thương mại, hội chợ, triển lãm ngoài tỉnh",
        "More than 3 promotional activities, a website (or social media), and trade promotion, "
        "fairs and exhibitions outside the province",
    ),
    (
        "Có nhiều hơn 03 hoạt động quảng bá sản phẩm và có website của cơ sở (hoặc quảng bá trên mạng xã hội hoạt động thường xuyên) và có tham gia hoạt động xúc tiến thương mại, hội chợ, triển lãm ngoài tỉnh và quốc tế",
        "More than 3 promotional activities, a website (or regular social media), and trade "
        "promotion, fairs and exhibitions outside the province and abroad",
    ),
    # Product story
    ("Không có câu chuyện sản phẩm", "No product story"),
    ("Có câu chuyện sản phẩm", "A product story"),
    (
        "Có câu chuyện sản phẩm được tư liệu hóa và thể hiện trên tờ rơi",
        "A documented product story, shown on leaflets",
    ),
    (
        "Có câu chuyện sản phẩm được tư liệu hóa, thể hiện trên tờ rơi và website (dưới dạng hình ảnh, clip,...)",
        "A documented product story on leaflets and a website (images, clips, ...)",
    ),
    (
        "Có câu chuyện sản phẩm được tư liệu hóa, thể hiện trên tờ rơi, website (dưới dạng hình ảnh, clip,...) và đưa vào nội dung truy xuất nguồn gốc điện tử",
        "A documented product story on leaflets and a website (images, clips, ...), included "
        "in the electronic traceability content",
    ),
    ("Đơn giản", "Simple"),
    ("Ngắn gọn, xúc tích", "Short and concise"),
    ("Ngắn gọn, xúc tích và có văn phong kể chuyện", "Short, concise and told as a story"),
    (
        "Giống với câu chuyện sản phẩm của chủ thể khác, hoặc sản phẩm khác của cùng chủ thể",
        "Like the story of another producer's product, or of another product of the same producer",
    ),
    (
        "Có câu chuyện riêng, gắn với nguồn gốc xuất xứ sản phẩm",
        "Its own story, tied to the product's origin",
    ),
    (
        "Nội dung câu chuyện mang sắc thái truyền thống, văn hóa địa phương và giá trị đặc trưng của sản phẩm",
        "A story with traditional and local cultural colour and the product's distinctive values",
    ),
    (
        "Nội dung câu chuyện mang sắc thái truyền thống, văn hóa địa phương, giá trị đặc trưng của sản phẩm, có tính truyền cảm và thuyết phục",
        "A story with traditional and local cultural colour and the product's distinctive "
        "values, moving and convincing",
    ),
    # Sensory scales
    ("Không đồng đều", "Not uniform"),
    ("Không đồng đều, chấp nhận được", "Not uniform, acceptable"),
    ("Đồng đều", "Uniform"),
    ("Tương đối đồng đều", "Fairly uniform"),
    ("Không phù hợp", "Unsuitable"),
    ("Chấp nhận được", "Acceptable"),
    ("Tương đối phù hợp", "Fairly suitable"),
    ("Phù hợp", "Suitable"),
    ("Rất phù hợp", "Very suitable"),
    ("Kém", "Poor"),
    ("Trung bình", "Average"),
    ("Tương đối tốt", "Fairly good"),
    ("Tốt", "Good"),
    ("Rất tốt", "Very good"),
    ("Tương đối chấp nhận được", "Barely acceptable"),
    ("Có tạp chất", "Impurities present"),
    ("Có tạp chất, chấp nhận được", "Impurities present, acceptable"),
    ("Có các tạp chất, chấp nhận được", "Impurities present, acceptable"),
    ("Có rất ít tạp chất, chấp nhận được", "Very few impurities, acceptable"),
    ("Sạch, không phát hiện tạp chất", "Clean, no impurities found"),
    ("Sạch, không có tạp chất", "Clean, no impurities"),
    ("Có rất ít tạp chất/có cặn, chấp nhận được", "Very few impurities or sediment, acceptable"),
    ("Sạch, không phát hiện tạp chất/cặn", "Clean, no impurities or sediment found"),
    ("Tương đối phù hợp với đặc tính sản phẩm", "Fairly suited to the product"),
    ("Tốt, phù hợp với đặc tính sản phẩm", "Good, suited to the product"),
    ("Rất tốt, phù hợp với đặc tính sản phẩm", "Very good, suited to the product"),
    ("Phù hợp với đặc tính sản phẩm", "Suited to the product"),
    ("Rất phù hợp với đặc tính sản phẩm", "Very well suited to the product"),
    ("Có mùi lạ, chấp nhận được", "Foreign smell, acceptable"),
    ("Mùi không rõ, chấp nhận được", "Faint smell, acceptable"),
    ("Có mùi rõ, phù hợp với sản phẩm", "Clear smell, suited to the product"),
    ("Có mùi rõ, rất phù hợp với sản phẩm", "Clear smell, very well suited to the product"),
    ("Có mùi/vị lạ", "Foreign smell or taste"),
    (
        "Có mùi/vị tương đối phù hợp với đặc tính sản phẩm",
        "Smell and taste fairly suited to the product",
    ),
    ("Có mùi/vị phù hợp với đặc tính sản phẩm", "Smell and taste suited to the product"),
    (
        "Có mùi/vị rất phù hợp với đặc tính sản phẩm",
        "Smell and taste very well suited to the product",
    ),
    ("Có mùi vị/lạ, nhưng chấp nhận được", "Foreign smell or taste, but acceptable"),
    (
        "Có mùi/vị tự nhiên, phù hợp với đặc tính sản phẩm",
        "Natural smell and taste, suited to the product",
    ),
    (
        "Có mùi/vị tự nhiên, rất phù hợp với đặc tính sản phẩm",
        "Natural smell and taste, very well suited to the product",
    ),
    ("Màu không đều", "Uneven colour"),
    ("Màu không đều, chấp nhận được", "Uneven colour, acceptable"),
    (
        "Màu tương đối đồng đều, phù hợp với tính chất sản phẩm",
        "Fairly even colour, suited to the product",
    ),
    ("Màu đồng đều, phù hợp với tính chất sản phẩm", "Even colour, suited to the product"),
    ("Có mùi lạ (như khét,...)", "Foreign smell (burnt, ...)"),
    ("Có mùi chấp nhận được", "Acceptable smell"),
    ("Mùi phù hợp đặc trưng của sản phẩm", "Smell typical of the product"),
    ("Mùi phù hợp đặc trưng của sản phẩm, hấp dẫn", "Smell typical of the product, appealing"),
    ("Vị khác thường", "Unusual taste"),
    ("Phù hợp với đặc trưng của sản phẩm", "Typical of the product"),
    ("Phù hợp với đặc trưng của sản phẩm, hấp dẫn", "Typical of the product, appealing"),
    ("Kích thước/hình dạng, thể chất không đồng đều", "Size, shape and texture not uniform"),
    (
        "Kích thước/hình dạng, thể chất khá đồng đều (> 60%)",
        "Size, shape and texture fairly uniform (> 60%)",
    ),
    ("Kích thước/hình dạng, thể chất đồng đều (> 90%)", "Size, shape and texture uniform (> 90%)"),
    (
        "Không có mùi đặc trưng, là mùi của thành phần tạo nên (mùi của hương liệu)",
        "No typical smell; the smell of an ingredient (a flavouring)",
    ),
    ("Tự nhiên của thành phần nguyên liệu", "The natural smell of the ingredients"),
    (
        "Tự nhiên của thành phần nguyên liệu, phù hợp, hấp dẫn",
        "The natural smell of the ingredients, fitting and appealing",
    ),
    ("Tương đối phù hợp với tính chất của sản phẩm", "Fairly suited to the product"),
    ("Phù hợp với tính chất của sản phẩm", "Suited to the product"),
    ("Rất phù hợp với tính chất của sản phẩm", "Very well suited to the product"),
    ("Tương đối phù hợp với phong cách của sản phẩm", "Fairly suited to the product's style"),
    ("Phù hợp với phong cách của sản phẩm", "Suited to the product's style"),
    ("Rất phù hợp với phong cách của sản phẩm", "Very well suited to the product's style"),
    ("Hình dạng/màu không phù hợp", "Unsuitable shape or colour"),
    (
        "Đồng đều, màu tự nhiên, tương đối phù hợp với tính chất sản phẩm",
        "Uniform, natural colour, fairly suited to the product",
    ),
    (
        "Đồng đều, màu tự nhiên, phù hợp với tính chất sản phẩm",
        "Uniform, natural colour, suited to the product",
    ),
    ("Hơi đục, màu nhạt, chấp nhận được", "Slightly cloudy, pale, acceptable"),
    ("Trong sáng, phù hợp (với tính chất sản phẩm)", "Clear and bright, suited to the product"),
    ("Trong sáng, rất phù hợp", "Clear and bright, very suitable"),
    ("Trong sáng, rất phù hợp, bền màu", "Clear and bright, very suitable, lasting colour"),
    (
        "Có mùi lạ (chấp nhận được) hoặc không rõ mùi",
        "Foreign smell (acceptable) or no clear smell",
    ),
    ("Thơm tự nhiên, nhẹ", "Natural aroma, light"),
    ("Thơm tự nhiên, mạnh", "Natural aroma, strong"),
    ("Thơm tự nhiên, mạnh, bền mùi", "Natural aroma, strong and lasting"),
    (
        "Vị khác thường (chấp nhận được) hoặc không rõ vị",
        "Unusual taste (acceptable) or no clear taste",
    ),
    ("Tương đối đậm phù hợp (với tính chất sản phẩm)", "Fairly full, suited to the product"),
    ("Vị đậm, dịu, phù hợp", "Full, smooth and fitting taste"),
    ("Vị đậm, dịu, phù hợp, có hậu vị ngọt", "Full, smooth, fitting taste with a sweet finish"),
    ("Tương đối đồng đều, phù hợp", "Fairly uniform and fitting"),
    ("Đồng đều, phù hợp", "Uniform and fitting"),
    ("Không đồng đều hoặc bị cháy", "Not uniform, or burnt"),
    (
        "Đồng đều, tự nhiên, tương đối phù hợp (với tính chất sản phẩm)",
        "Uniform, natural, fairly suited to the product",
    ),
    ("Đồng đều, tự nhiên, phù hợp", "Uniform, natural and fitting"),
    ("Thơm tự nhiên đặc trưng, nhẹ", "Typical natural aroma, light"),
    ("Thơm tự nhiên đặc trưng, mạnh", "Typical natural aroma, strong"),
    ("Vị đậm đà phù hợp (với tính chất sản phẩm)", "Rich taste suited to the product"),
    ("Vị đậm đà, hấp dẫn", "Rich, appealing taste"),
    ("Đậm, sánh, phù hợp (với tính chất sản phẩm)", "Rich and thick, suited to the product"),
    ("Đậm, sánh, rất phù hợp", "Rich and thick, very suitable"),
    ("Khác thường (chấp nhận được) hoặc không rõ vị", "Unusual (acceptable) or no clear taste"),
    ("Mùi, vị phù hợp với đặc tính sản phẩm", "Smell and taste suited to the product"),
    ("Mùi vị hấp dẫn, đặc sắc", "Appealing, distinctive smell and taste"),
    ("Không trong suốt, chấp nhận được", "Not transparent, acceptable"),
    ("Tương đối trong suốt", "Fairly transparent"),
    ("Trong suốt, không màu", "Transparent and colourless"),
    ("Khác thường hoặc không rõ mùi", "Unusual or no clear smell"),
    (
        "Mùi nhẹ, phù hợp (với đặc trưng nguyên liệu sử dụng, loại sản phẩm)",
        "Light smell, fitting (the raw materials and the kind of product)",
    ),
    ("Mùi mạnh, phù hợp", "Strong, fitting smell"),
    ("Mùi mạnh, phù hợp, hấp dẫn", "Strong, fitting, appealing smell"),
    ("Mùi mạnh, phù hợp, rất hấp dẫn", "Strong, fitting, very appealing smell"),
    ("Vị khác thường hoặc không rõ vị", "Unusual or no clear taste"),
    ("Tương đối rõ, chấp nhận được", "Fairly clear, acceptable"),
    (
        "Vị đậm, phù hợp (với đặc trưng nguyên liệu sử dụng, loại sản phẩm)",
        "Full taste, fitting (the raw materials and the kind of product)",
    ),
    ("Vị đậm, dịu, phù hợp, hấp dẫn", "Full, smooth, fitting and appealing taste"),
    ("Màu sắc không phù hợp với đặc tính sản phẩm", "Colour unsuited to the product"),
    ("Màu sắc phù hợp với đặc tính sản phẩm", "Colour suited to the product"),
    (
        "Màu sắc đẹp, rất phù hợp với đặc tính sản phẩm",
        "Attractive colour, very well suited to the product",
    ),
    ("Vị đậm, dịu, phù hợp, không sốc", "Full, smooth, fitting taste, not harsh"),
    (
        "Vị đậm, dịu, phù hợp, không sốc, hấp dẫn",
        "Full, smooth, fitting taste, not harsh, appealing",
    ),
    ("Có màu", "Coloured"),
    ("Có mùi", "Has a smell"),
    ("Có mùi nhẹ, tự nhiên, chấp nhận được", "Light, natural smell, acceptable"),
    ("Không có mùi", "No smell"),
    ("Có vị lạ", "Foreign taste"),
    ("Tương đối phù hợp với sản phẩm", "Fairly suited to the product"),
    ("Phù hợp với sản phẩm", "Suited to the product"),
    (
        "Phù hợp với sản phẩm, “ấn tượng”, sảng khoái sau uống",
        "Suited to the product, striking, refreshing after drinking",
    ),
    ("Phù hợp với sản phẩm, “ấn tượng”, hấp dẫn", "Suited to the product, striking, appealing"),
    ("Đẹp, bắt mắt so với đặc tính sản phẩm", "Attractive and eye-catching for the product"),
    (
        "Rất đẹp, bắt mắt và ấn tượng so với đặc tính sản phẩm",
        "Very attractive, eye-catching and striking for the product",
    ),
    ("Đẹp, ấn tượng", "Attractive and striking"),
    ("Rất đẹp và ấn tượng", "Very attractive and striking"),
    # Nutrition, uniqueness, declarations
    ("Không có", "None"),
    ("Có 1 - 2 chỉ tiêu", "1–2 indicators"),
    ("Có trên 2 chỉ tiêu", "More than 2 indicators"),
    ("Tương đối độc đáo", "Fairly unique"),
    ("Độc đáo, mang tính đặc trưng", "Unique and distinctive"),
    ("Rất độc đáo và có tính đặc trưng", "Very unique and distinctive"),
    ("Có công bố chất lượng sản phẩm", "Product quality declared"),
    (
        "Có công bố chất lượng sản phẩm theo quy định (trường hợp sản phẩm có quy chuẩn kỹ thuật quốc gia thì bắt buộc áp dụng) và áp dụng các tiêu chuẩn quốc gia",
        "Quality declared as required (applying the national technical regulation where one "
        "exists) and national standards applied",
    ),
    (
        "Có công bố chất lượng sản phẩm theo quy định và áp dụng các tiêu chuẩn quốc tế",
        "Quality declared as required and international standards applied",
    ),
    # Quality assurance
    (
        "Cơ sở sơ chế, đóng gói có giấy chứng nhận đủ điều kiện an toàn thực phẩm theo quy định",
        "The preliminary processing and packing facility holds a food-safety certificate as "
        "required",
    ),
    (
        "Cơ sở sơ chế, đóng gói có chứng nhận quản lý chất lượng theo tiêu chuẩn quốc gia (ISO, HACCP,..)",
        "The preliminary processing and packing facility has quality management certified to a "
        "national standard (ISO, HACCP, ...)",
    ),
    (
        "Cơ sở sơ chế, đóng gói có chứng nhận quản lý chất lượng theo tiêu chuẩn quốc tế, đủ điều kiện an toàn thực phẩm cho xuất khẩu và các thủ tục pháp lý khác theo yêu cầu của thị trường đích (ISO, HACCP, BRC, Halal, FDA, ...)",
        "The preliminary processing and packing facility has quality management certified to an "
        "international standard, meets food-safety conditions for export and the target "
        "market's legal requirements (ISO, HACCP, BRC, Halal, FDA, ...)",
    ),
    (
        "Cơ sở chế biến, đóng gói có giấy chứng nhận đủ điều kiện an toàn thực phẩm theo quy định",
        "The processing and packing facility holds a food-safety certificate as required",
    ),
    (
        "Cơ sở chế biến, đóng gói có chứng nhận quản lý chất lượng theo tiêu chuẩn quốc gia (ISO, HACCP,..)",
        "The processing and packing facility has quality management certified to a national "
        "standard (ISO, HACCP, ...)",
    ),
    (
        "Cơ sở chế biến, đóng gói có chứng nhận quản lý chất lượng theo tiêu chuẩn quốc tế, đủ điều kiện an toàn thực phẩm cho xuất khẩu và các thủ tục pháp lý khác theo yêu cầu của thị trường đích (ISO, HACCP, BRC, Halal, FDA...)",
        "The processing and packing facility has quality management certified to an "
        "international standard, meets food-safety conditions for export and the target "
        "market's legal requirements (ISO, HACCP, BRC, Halal, FDA, ...)",
    ),
    (
        "Cơ sở chế biến, đóng gói có chứng nhận quản lý chất lượng theo tiêu chuẩn quốc tế, đủ điều kiện an toàn thực phẩm cho xuất khẩu và các thủ tục pháp lý khác theo yêu cầu của thị trường đích (ISO, HACCP, Halal, FDA...)",
        "The processing and packing facility has quality management certified to an "
        "international standard, meets food-safety conditions for export and the target "
        "market's legal requirements (ISO, HACCP, Halal, FDA, ...)",
    ),
    (
        "Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực)",
        "A certificate that the facility meets safe production conditions (or equivalent), as "
        "required (issued by the authority, in force)",
    ),
    (
        "Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực) và được kiểm tra, đánh giá của cơ quan có thẩm quyền sau cấp giấy",
        "A safe-production certificate (or equivalent) in force, and inspected by the "
        "authority after it was issued",
    ),
    (
        "Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực); được kiểm tra, đánh giá của cơ quan có thẩm quyền sau cấp giấy và có tài liệu chứng minh áp dụng dây chuyền sản xuất tiên tiến, hiện đại.",
        "A safe-production certificate (or equivalent) in force, inspected after issue, with "
        "evidence of an advanced, modern production line",
    ),
    (
        "Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (GMP đối với thực phẩm chức năng hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực).",
        "A safe-production certificate (GMP for functional foods, or equivalent), as required "
        "(issued by the authority, in force)",
    ),
    (
        "Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (GMP đối với thực phẩm chức năng hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực) và được kiểm tra, đánh giá của cơ quan có thẩm quyền sau cấp giấy.",
        "A safe-production certificate (GMP for functional foods, or equivalent) in force, and "
        "inspected by the authority after it was issued",
    ),
    (
        "Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (GMP đối với thực phẩm chức năng hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực); được kiểm tra, đánh giá của cơ quan có thẩm quyền sau cấp giấy và có tài liệu chứng minh áp dụng dây chuyền sản xuất tiên tiến, hiện đại.",
        "A safe-production certificate (GMP for functional foods, or equivalent) in force, "
        "inspected after issue, with evidence of an advanced, modern production line",
    ),
    (
        "Có Bản đăng ký công bố chất lượng sản phẩm; ghi nhãn sản phẩm; quảng cáo sản phẩm (nếu có) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực)",
        "A registered quality declaration, labelling and advertising (if any) as required "
        "(issued by the authority, in force)",
    ),
    (
        "Có Bản đăng ký công bố chất lượng sản phẩm; ghi nhãn sản phẩm; quảng cáo thực phẩm (nếu có) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực) và có đủ hồ sơ lưu trữ theo đúng quy định.",
        "A registered quality declaration, labelling and food advertising (if any) as required, "
        "with complete records kept as required",
    ),
    (
        "Có kết quả kiểm nghiệm các chỉ tiêu an toàn sản phẩm trong hồ sơ Bản đăng ký công bố chất lượng sản phẩm theo quy định.",
        "Test results for the safety indicators in the registered quality declaration, as required",
    ),
    (
        "Có kết quả kiểm nghiệm các chỉ tiêu an toàn sản phẩm trong hồ sơ Bản đăng ký công bố chất lượng sản phẩm theo quy định và kết quả kiểm nghiệm định kỳ các chỉ tiêu an toàn sản phẩm đối với sản phẩm theo quy định.",
        "Test results for the safety indicators in the registered quality declaration, and "
        "periodic safety tests of the product, as required",
    ),
    ("Không có hoạt động kiểm soát chất lượng sản phẩm", "No quality control"),
    ("Có kế hoạch kiểm soát nội bộ chất lượng sản phẩm", "An internal quality control plan"),
    (
        "Có kế hoạch kiểm soát nội bộ gắn với truy xuất nguồn gốc theo quy định",
        "An internal control plan tied to traceability, as required",
    ),
    ("Không có hồ sơ công bố tiêu chuẩn sản phẩm", "No declared product standard"),
    ("Có hồ sơ công bố tiêu chuẩn sản phẩm", "A declared product standard"),
    (
        "Có hồ sơ công bố tiêu chuẩn sản phẩm; tiêu chuẩn nguyên liệu/tiêu chuẩn bao bì sản phẩm",
        "A declared product standard; a raw-material or packaging standard",
    ),
    (
        "Có hồ sơ công bố tiêu chuẩn sản phẩm; tiêu chuẩn nguyên liệu; tiêu chuẩn bao bì; phiếu kiểm nghiệm theo tiêu chuẩn tại cơ quan kiểm nghiệm độc lập",
        "A declared product standard; raw-material and packaging standards; test reports from "
        "an independent laboratory",
    ),
    (
        "Có hồ sơ công bố tiêu chuẩn sản phẩm; tiêu chuẩn nguyên liệu",
        "A declared product standard and a raw-material standard",
    ),
    (
        "Có hồ sơ công bố tiêu chuẩn sản phẩm; tiêu chuẩn nguyên liệu; phiếu kiểm nghiệm theo tiêu chuẩn tại cơ quan kiểm nghiệm độc lập",
        "A declared product standard; a raw-material standard; test reports from an "
        "independent laboratory",
    ),
    ("Không đạt", "Not met"),
    ("Tương đối đạt", "Largely met"),
    ("Đạt", "Met"),
    ("Có, nhưng không đạt", "Present, but not met"),
    ("Có, đạt nhưng không đủ", "Present and met, but incomplete"),
    ("Có, đạt đầy đủ", "Present and fully met"),
    ("Tương đối an toàn", "Fairly safe"),
    ("An toàn", "Safe"),
    ("Rất an toàn", "Very safe"),
    ("Không tiện lợi", "Not convenient"),
    ("Tương đối tiện lợi", "Fairly convenient"),
    ("Tiện lợi", "Convenient"),
    ("Rất tiện lợi", "Very convenient"),
    ("Thấp, không rõ", "Low, unclear"),
    ("Có hiệu quả tương đối rõ", "Fairly clear effect"),
    ("Hiệu quả tốt", "Good effect"),
    ("Hiệu quả rất tốt", "Very good effect"),
    # Instructions for use and export
    ("Có hướng dẫn sử dụng sản phẩm đơn giản", "Simple instructions for use"),
    (
        "Có hướng dẫn sử dụng chi tiết, cụ thể để đảm bảo chất lượng sản phẩm",
        "Detailed, specific instructions that keep the product's quality",
    ),
    (
        "Có hướng dẫn sử dụng chi tiết, cụ thể để đảm bảo chất lượng sản phẩm, tránh tác dụng phụ (nếu có)",
        "Detailed, specific instructions that keep the product's quality and avoid side effects "
        "(if any)",
    ),
    (
        "Có hướng dẫn sử dụng chi tiết, cụ thể để sử dụng đúng tính năng của sản phẩm",
        "Detailed, specific instructions for using the product's functions properly",
    ),
    (
        "Có hướng dẫn sử dụng chi tiết, cụ thể để sử dụng đúng tính năng của sản phẩm, phát huy các giá trị văn hóa, chất lượng sản phẩm",
        "Detailed, specific instructions for using the product's functions properly and "
        "bringing out its cultural values and quality",
    ),
    (
        "Có hướng dẫn sử dụng chi tiết, cụ thể để kéo dài thời gian, duy trì chất lượng sản phẩm",
        "Detailed, specific instructions that make the product last and keep its quality",
    ),
    (
        "Có thể xuất khẩu đến thị trường khu vực Đông Nam Á",
        "Can be exported to South-East Asian markets",
    ),
    (
        "Có thể xuất khẩu các thị trường ngoài khu vực Đông Nam Á",
        "Can be exported to markets beyond South-East Asia",
    ),
    (
        "Có thể xuất khẩu đến các thị trường có tiêu chuẩn cao (Mỹ, Nhật, EU...)",
        "Can be exported to high-standard markets (USA, Japan, EU, ...)",
    ),
    ("Có nhãn, ghi nhãn hàng hóa đầy đủ, đúng quy định", "Labelled completely, as required"),
    # Handicrafts and ornamental
    ("Không khéo léo/nhã nhặn, không thể bán được", "Clumsy or inelegant, cannot be sold"),
    ("Khá khéo léo/nhã nhặn, có thể bán được", "Fairly skilful and elegant, can be sold"),
    (
        "Khéo léo/nhã nhặn, có thể bán được, có giá trị mỹ thuật, kỹ thuật",
        "Skilful and elegant, can be sold, of artistic and technical value",
    ),
    (
        "Tinh xảo, có giá trị mỹ thuật, kỹ thuật, có thể bán được trong các cửa hàng lớn và xuất khẩu",
        "Refined, of artistic and technical value, fit for large shops and export",
    ),
    ("Phong cách thiết kế phổ biến", "Common design style"),
    (
        "Phong cách độc đáo riêng, nhưng là dạng thông thường",
        "Its own distinctive style, but of a common kind",
    ),
    (
        "Phong cách độc đáo riêng, thể hiện trí tuệ địa phương",
        "Its own distinctive style, showing local knowledge",
    ),
    ("Không thể hiện rõ nét về giá trị sản phẩm", "The product's values do not show clearly"),
    (
        "Giá trị sản phẩm được tích hợp hài hòa, phù hợp",
        "The product's values are combined harmoniously",
    ),
    (
        "Giá trị sản phẩm được tích hợp hài hòa, phù hợp các yếu tố văn hóa, dân tộc",
        "The product's values combine harmoniously with cultural and ethnic elements",
    ),
    (
        "Giá trị sản phẩm được tích hợp hài hòa, phù hợp các yếu tố văn hóa, dân tộc truyền thống, hình thành sản phẩm đặc trưng",
        "The product's values combine harmoniously with traditional cultural and ethnic "
        "elements into a signature product",
    ),
    ("Sản phẩm không có các tính năng cơ bản", "The product lacks basic functions"),
    (
        "Sản phẩm có đủ các tính năng cơ bản để bán ở thị trường địa phương",
        "Has the basic functions to sell in the local market",
    ),
    (
        "Sản phẩm có đủ các tính năng cơ bản để bán ở thị trường trong nước",
        "Has the basic functions to sell in the domestic market",
    ),
    ("Sản phẩm có đủ các tính năng cơ bản để xuất khẩu", "Has the basic functions to be exported"),
    (
        "Nguyên liệu/thành phần không rõ nguồn gốc, không bảo đảm an toàn theo quy định pháp luật hoặc vi phạm quy định về bảo vệ môi trường, khai thác tài nguyên.",
        "Materials or components of unknown origin, unsafe under the law, or breaching rules on "
        "environmental protection or resource use",
    ),
    (
        "Vật liệu/nguyên liệu xanh, thân thiện môi trường, có giá trị bảo tồn đa dạng sinh học, cải thiện sinh kế cho người dân",
        "Green, environmentally friendly materials that help conserve biodiversity and improve "
        "people's livelihoods",
    ),
    (
        "Vật liệu/nguyên liệu xanh, thân thiện môi trường, có giá trị bảo tồn đa dạng sinh học, cải thiện sinh kế cho người dân, có chứng chỉ quản lý vùng nguyên liệu bền vững",
        "Green, environmentally friendly materials that help conserve biodiversity and improve "
        "livelihoods, with a sustainable sourcing certificate",
    ),
    (
        "Vật liệu/nguyên liệu xanh, thân thiện môi trường, có giá trị bảo tồn đa dạng sinh học, cải thiện sinh kế cho đồng bào dân tộc",
        "Green, environmentally friendly materials that help conserve biodiversity and improve "
        "ethnic communities' livelihoods",
    ),
    (
        "Vật liệu/nguyên liệu xanh, thân thiện môi trường, có giá trị bảo tồn đa dạng sinh học, cải thiện sinh kế cho đồng bào dân tộc, có chứng chỉ quản lý vùng nguyên liệu bền vững",
        "Green, environmentally friendly materials that help conserve biodiversity and improve "
        "ethnic communities' livelihoods, with a sustainable sourcing certificate",
    ),
    ("Thiết kế sản phẩm đơn giản, phổ biến", "Simple, common product design"),
    ("Thiết kế đẹp, phù hợp với sản phẩm", "Attractive design suited to the product"),
    (
        "Thiết kế ấn tượng, sử dụng vật liệu thân thiện môi trường",
        "Striking design using environmentally friendly materials",
    ),
    ("Tạo hình, kiểu dáng trung bình", "Average shaping and form"),
    ("Tạo hình, kiểu dáng khéo léo/đẹp mắt", "Skilful, pleasing shaping and form"),
    (
        "Tạo hình, kiểu dáng khéo léo, có giá trị mỹ thuật, kỹ thuật",
        "Skilful shaping and form of artistic and technical value",
    ),
    (
        "Tạo hình tinh xảo, có giá trị mỹ thuật, kỹ thuật, thể hiện thông điệp truyền tải",
        "Refined shaping of artistic and technical value that carries a message",
    ),
    # Community tourism (set 26)
    (
        "Có Bộ phận điều phối quản lý và điều hành dịch vụ",
        "A unit that coordinates, manages and runs the service",
    ),
    (
        "Có Bộ phận điều phối quản lý và điều hành dịch vụ, có kế hoạch và tổ chức triển khai kế hoạch quản lý, điều hành",
        "A coordinating unit with a management plan that it carries out",
    ),
    ("Có cơ chế/quy định quản lý hoạt động dịch vụ", "Rules that govern the service"),
    (
        "Có cơ chế quản lý/quy định quản lý hoạt động dịch vụ được phân nhiệm rõ ràng",
        "Rules that govern the service, with duties clearly assigned",
    ),
    (
        "Có cơ chế quản lý/quy định quản lý hoạt động dịch vụ được phân nhiệm rõ ràng trên cơ sở người dân địa phương tham gia quản lý và vận hành và hưởng lợi (trực tiếp/gián tiếp)",
        "Rules with clearly assigned duties, with local people taking part in managing and "
        "running the service and benefiting (directly or indirectly)",
    ),
    (
        "Có giải pháp cụ thể về bảo vệ môi trường (thu gom rác thải, nước thải sinh hoạt...)",
        "Specific environmental measures (collecting rubbish and household waste water, ...)",
    ),
    (
        "Có giải pháp cụ thể và trang bị hạ tầng kỹ thuật chung về bảo vệ môi trường",
        "Specific measures and shared environmental infrastructure",
    ),
    (
        "Có giải pháp cụ thể và có trang bị hạ tầng kỹ thuật bảo vệ môi trường và triển khai mô hình cộng đồng tự quản về môi trường",
        "Specific measures, environmental infrastructure and a community self-managed "
        "environment model",
    ),
    (
        "Có giải pháp cụ thể và có trang bị hạ tầng kỹ thuật bảo vệ môi trường và triển khai mô hình cộng đồng tự quản về môi trường, đạt chuẩn tiêu chí về môi trường trong xây dựng NTM hoặc có đánh giá tác động môi trường theo quy định hiện hành",
        "Specific measures, infrastructure and a community self-managed model, meeting the "
        "new-countryside environment criterion or with an environmental impact assessment as "
        "required",
    ),
    (
        "Có giải pháp tiết kiệm năng lượng (bằng hoạt động cụ thể)",
        "Energy-saving measures (specific activities)",
    ),
    (
        "Có giải pháp tiết kiệm, thu hồi năng lượng, tái sử dụng năng lượng, nguyên liệu tại địa phương và sử dụng công nghệ thân thiện với môi trường",
        "Saving, recovering and reusing energy and local materials, with environmentally "
        "friendly technology",
    ),
    (
        "Phát triển dựa trên sản phẩm của nơi khác, có dựa trên lợi thế và đặc trưng của địa phương",
        "Developed from products elsewhere, drawing on local strengths and character",
    ),
    (
        "Phát triển dựa trên ý tưởng của mình, không trùng lắp với các sản phẩm du lịch khác",
        "Developed from its own idea, not duplicating other tourism products",
    ),
    (
        "Có tính độc đáo, khác biệt và có gắn kết các giá trị văn hóa truyền thống của địa phương vào sản phẩm du lịch",
        "Unique and distinct, weaving local traditional culture into the tourism product",
    ),
    ("Có kế hoạch phát triển thị trường mục tiêu", "A plan to develop target markets"),
    (
        "Có kế hoạch và có các sản phẩm dịch vụ du lịch phù hợp với thị trường mục tiêu.",
        "A plan and tourism services suited to the target markets",
    ),
    (
        "Có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học",
        "Activities that protect and conserve cultural or natural heritage, ecosystems and "
        "biodiversity",
    ),
    (
        "Có Chương trình/kế hoạch chung của cộng đồng, có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học",
        "A shared community programme or plan, with activities that protect and conserve "
        "heritage, ecosystems and biodiversity",
    ),
    (
        "Có Chương trình/kế hoạch chung của cộng đồng, cả cộng đồng đều có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học",
        "A shared community programme or plan, with the whole community protecting and "
        "conserving heritage, ecosystems and biodiversity",
    ),
    ("Có đại diện/đại lý quảng bá sản phẩm", "Representatives or agents promoting the product"),
    (
        "Có ≥ 3 đại diện/đại lý quảng bá sản phẩm trong và ngoài tỉnh",
        "3 or more representatives or agents inside and outside the province",
    ),
    (
        "Có ≥ 5 đại diện/đại lý quảng bá sản phẩm trong và ngoài tỉnh",
        "5 or more representatives or agents inside and outside the province",
    ),
    (
        "Có liên kết với các điểm dịch vụ du lịch khác trong tỉnh để hình thành sản phẩm du lịch",
        "Linked with other tourism services in the province to form a tourism product",
    ),
    (
        "Có liên kết với các điểm dịch vụ du lịch khác trong và ngoài tỉnh để hình thành sản phẩm du lịch",
        "Linked with other tourism services inside and outside the province",
    ),
    (
        "Có liên kết với các điểm dịch vụ du lịch khác trong, ngoài tỉnh và quốc tế để hình thành sản phẩm du lịch",
        "Linked with other tourism services inside and outside the province and abroad",
    ),
    (
        "Có người chịu trách nhiệm quản lý quảng bá, phân phối sản phẩm du lịch",
        "Someone responsible for promoting and selling the tourism product",
    ),
    (
        "Có bộ phận/phòng quản lý quảng bá, phân phối, có ứng dụng công nghệ thông tin trong quản lý/phân phối sản phẩm du lịch",
        "A promotion and sales unit using information technology",
    ),
    (
        "Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch",
        "Many promotional activities and a website presenting the site or community",
    ),
    (
        "Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch, có sử dụng kênh đặt dịch vụ trực tuyến (online)",
        "Many promotional activities, a website, and online booking channels",
    ),
    (
        "Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch, có sử dụng kênh đặt dịch vụ trực tuyến (online) trong nước và quốc tế uy tín (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu...)",
        "Many promotional activities, a website, and reputable domestic and international "
        "online booking channels (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu, ...)",
    ),
    (
        "Có nhiều hoạt động quảng bá quốc tế, có trang thông tin điện tử (website) bằng tiếng nước ngoài giới thiệu về điểm, cộng đồng du lịch, có sử dụng kênh đặt dịch vụ trực tuyến (online) trong nước và quốc tế uy tín (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu...) có hoạt động quảng bá quốc tế",
        "Many international promotional activities, a foreign-language website, and reputable "
        "domestic and international online booking channels (Booking, Agoda, NPB, TripAdvisor, "
        "Traveloka, iVivu, ...)",
    ),
    ("Có tờ rơi quảng bá về dịch vụ du lịch", "Leaflets promoting the tourism service"),
    (
        "Có phim ngắn (video clip), tranh ảnh áp-phích (poster), có thông tin quảng bá về dịch vụ du lịch trên các ấn phẩm",
        "Short films, posters and promotional information in publications",
    ),
    (
        "Có phim ngắn (video clip), tranh ảnh áp-phích (poster), có thông tin quảng bá về dịch vụ du lịch trên các ấn phẩm được thể hiện bằng tiếng Việt và ít nhất 01 tiếng nước ngoài phù hợp.",
        "Short films, posters and publications in Vietnamese and at least one suitable foreign "
        "language",
    ),
    (
        "Có Cẩm nang/câu chuyện liên quan đến sản phẩm dịch vụ du lịch",
        "A handbook or story about the tourism product",
    ),
    (
        "Có Cẩm nang hoặc câu chuyện liên quan đến sản phẩm dịch vụ du lịch có tính riêng, đặc sắc, thể hiện trí tuệ bản sắc địa phương",
        "A distinctive handbook or story about the tourism product showing local knowledge and "
        "identity",
    ),
    (
        "Có Cẩm nang hoặc câu chuyện liên quan đến sản phẩm dịch vụ du lịch có tính riêng, đặc sắc, thể hiện trí tuệ bản sắc địa phương và được thể hiện bằng tiếng nước ngoài phù hợp",
        "A distinctive handbook or story showing local knowledge and identity, also in a "
        "suitable foreign language",
    ),
    (
        "Cẩm nang/câu chuyện được tư liệu hóa và trình bày tại điểm cung cấp dịch vụ du lịch",
        "The handbook or story is documented and shown where the service is provided",
    ),
    (
        "Cẩm nang/câu chuyện được tư liệu hóa và trình bày tại điểm du lịch trong và ngoài tỉnh.",
        "The handbook or story is documented and shown at tourist sites inside and outside the "
        "province",
    ),
    (
        "Dịch vụ du lịch do cộng đồng cung cấp/ Điểm du lịch trên địa bàn xã hoặc thôn, bản, ấp chưa được công nhận đạt chuẩn nông thôn mới hoặc không thuộc khu vực nông thôn.",
        "Community service or tourist site in a commune or village not yet recognised as "
        "meeting the new-countryside standard, or not in a rural area",
    ),
    (
        "Dịch vụ du lịch do cộng đồng cung cấp/ Điểm du lịch trên địa bàn xã hoặc thôn, bản, ấp đã được công nhận đạt chuẩn nông thôn mới",
        "Community service or tourist site in a commune or village recognised as meeting the "
        "new-countryside standard",
    ),
    ("Thuận lợi, dễ tiếp cận", "Convenient and easy to reach"),
    (
        "Thuận lợi, dễ tiếp cận, liền kề khu vực có lợi thế phát triển du lịch",
        "Convenient, easy to reach, next to an area favourable to tourism",
    ),
    (
        "Thuận lợi, dễ tiếp cận, liền kề và có kết nối với khu vực/địa điểm có lợi thế phát triển du lịch khác.",
        "Convenient, easy to reach, next to and connected with other places favourable to tourism",
    ),
    ("Cảnh quan môi trường sạch đẹp", "Clean, attractive surroundings"),
    (
        "Cảnh quan môi trường sạch đẹp, kiến trúc mang đặc trưng vùng miền, có tính dân tộc",
        "Clean, attractive surroundings; regional, ethnic architecture",
    ),
    (
        "Cảnh quan môi trường sạch đẹp, kiến trúc mang đặc trưng vùng miền, có tính dân tộc; xã/thôn đạt tiêu chí sáng - xanh - sạch đẹp trong xây dựng nông thôn mới",
        "Clean, attractive surroundings; regional, ethnic architecture; the commune or village "
        "meets the bright-green-clean criterion of the new-countryside programme",
    ),
    (
        "Các cơ sở cung cấp dịch vụ đáp ứng đủ yêu cầu về đăng ký kinh doanh và điều kiện kinh doanh theo quy định của pháp luật",
        "The providers meet the business registration and business conditions the law requires",
    ),
    (
        "Các cơ sở cung cấp dịch vụ đáp ứng đủ yêu cầu về đăng ký kinh doanh và điều kiện kinh doanh và có cơ sở kinh doanh dịch vụ du lịch đạt tiêu chuẩn phục vụ khách du lịch theo Luật Du lịch",
        "The providers meet registration and business conditions, and some meet the Tourism "
        "Law's standard for serving tourists",
    ),
    (
        "Đáp ứng đủ điều kiện về đăng ký kinh doanh và điều kiện kinh doanh theo quy định của pháp luật",
        "Meets the business registration and business conditions the law requires",
    ),
    (
        "Đáp ứng đủ điều kiện về đăng ký kinh doanh và điều kiện kinh doanh theo quy định của pháp luật và được công nhận điểm du lịch hoặc có cơ sở kinh doanh dịch vụ du lịch đạt tiêu chuẩn phục vụ khách du lịch theo Luật Du lịch",
        "Meets registration and business conditions, and is a recognised tourist site or meets "
        "the Tourism Law's standard for serving tourists",
    ),
    (
        "Các cơ sở cung ứng dịch vụ đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật",
        "The providers meet the legal conditions on security, order, fire safety, environment "
        "and food safety",
    ),
    (
        "Các cơ sở cung ứng dịch vụ đáp ứng yêu cầu (1) và có thực hiện hướng dẫn, tập huấn thường xuyên/định kỳ cho nhân viên",
        "The providers meet requirement (1) and train their staff regularly",
    ),
    (
        "Đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật",
        "Meets the legal conditions on security, order, fire safety, environment and food safety",
    ),
    (
        "Đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật và có thực hiện hướng dẫn, tập huấn thường xuyên/định kỳ cho nhân viên",
        "Meets the legal conditions on security, order, fire safety, environment and food "
        "safety, and trains its staff regularly",
    ),
    (
        "Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống địa phương",
        "A place that displays and sells local traditional products",
    ),
    (
        "Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống và sản phẩm OCOP của địa phương, có tài liệu giới thiệu về sản phẩm, dịch vụ.",
        "A place that displays and sells local traditional and OCOP products, with material on "
        "the products and services",
    ),
    (
        "Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống và sản phẩm OCOP của địa phương, có tài liệu giới thiệu về sản phẩm, dịch vụ, địa điểm bán có hạ tầng (bãi đỗ, nhà vệ sinh, khu giới thiệu về dịch vụ) được bố trí hài hòa.",
        "A place that displays and sells local traditional and OCOP products, with material and "
        "well-arranged facilities (parking, toilets, an information area)",
    ),
    ("Có hoạt động trải nghiệm", "Hands-on activities"),
    ("Có mô hình hoạt động trải nghiệm", "A model of hands-on activities"),
    (
        "Có dưới 50% lao động tham gia quản lý và nhân viên đã được đào tạo về chuyên môn, nghiệp vụ",
        "Under 50% of managers and staff trained professionally",
    ),
    (
        "Có từ 50 - 75% lao động tham gia quản lý và nhân viên đã qua đào tạo về chuyên môn, nghiệp vụ",
        "50–75% of managers and staff trained professionally",
    ),
    (
        "Trên 75% lao động tham gia quản lý và nhân viên đã qua đào tạo về chuyên môn, nghiệp vụ; có nhân viên tiếp đón thành thạo ít nhất 1 ngoại ngữ",
        "Over 75% of managers and staff trained professionally; reception staff fluent in at "
        "least one foreign language",
    ),
    ("Sản phẩm dịch vụ du lịch phong phú, hấp dẫn", "A varied, attractive tourism service"),
    (
        "Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao",
        "A varied, attractive, safe, high-quality tourism service",
    ),
    (
        "Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao và được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).",
        "A varied, attractive, safe, high-quality service rated highly by visitors on reputable "
        "travel sites (Booking, Agoda, TripAdvisor, Traveloka, iVivu, ...)",
    ),
    (
        "Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao, mang đặc sắc vùng miền và được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).",
        "A varied, attractive, safe, high-quality service with regional character, rated highly "
        "by visitors on reputable travel sites (Booking, Agoda, TripAdvisor, Traveloka, iVivu, "
        "...)",
    ),
    ("Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo", "Friendly, quick, attentive service"),
    (
        "Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo, được du khách đánh giá cao",
        "Friendly, quick, attentive service, rated highly by visitors",
    ),
    (
        "Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo, được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).",
        "Friendly, quick, attentive service, rated highly by visitors on reputable travel sites "
        "(Booking, Agoda, TripAdvisor, Traveloka, iVivu, ...)",
    ),
    (
        "Hạ tầng giao thông nội bộ thuận tiện, điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ",
        "Convenient internal roads, electricity, clean water, toilets and internet",
    ),
    (
        "Hạ tầng giao thông nội bộ thuận tiện, điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ, xã/thôn có các tiêu chí (giao thông, điện, nước, vệ sinh môi trường, an toàn thực phẩm) đạt chuẩn nông thôn mới.",
        "Convenient internal roads, electricity, clean water, toilets and internet; the commune "
        "or village meets the new-countryside criteria (transport, power, water, sanitation, "
        "food safety)",
    ),
    (
        "Có hệ thống điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ",
        "Electricity, clean water, toilets and internet",
    ),
    (
        "Có hệ thống điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ, đảm bảo chất lượng và khách đánh giá cao.",
        "Electricity, clean water, toilets and internet of good quality, rated highly by visitors",
    ),
    (
        "Có cung cấp, tổ chức hoạt động trình diễn lễ, hội, văn hóa tại điểm dịch vụ du lịch",
        "Festival and cultural performances at the site",
    ),
    (
        "Có cung cấp, tổ chức hoạt động trình diễn lễ hội, văn hóa tại điểm dịch vụ du lịch và mang tính cộng đồng ít nhất 2 lần/năm",
        "Community festival and cultural performances at the site at least twice a year",
    ),
    (
        "Có cung cấp, tổ chức hoạt động trình diễn lễ hội, văn hóa tại điểm dịch vụ du lịch và mang tính cộng đồng, đặc sắc văn hóa dân tộc, vùng miền ít nhất 2 lần/năm",
        "Community festival and cultural performances with distinctive ethnic and regional "
        "culture, at least twice a year",
    ),
    (
        "Hàng hóa dịch vụ có nguồn gốc rõ ràng, có tiêu chuẩn chất lượng phù hợp mang tính đặc sản địa phương",
        "Goods of clear origin and fitting quality standards, local specialities",
    ),
    (
        "Hàng hóa dịch vụ có nguồn gốc rõ ràng, có tiêu chuẩn chất lượng phù hợp mang tính đặc sản địa phương, và bảo đảm vệ sinh an toàn thực phẩm, có sản phẩm OCOP được bày, bán",
        "Goods of clear origin and fitting quality standards, local specialities, food-safe, "
        "with OCOP products on display and for sale",
    ),
]

# Variants of print that differ in more than punctuation but mean the same option.
_VARIANTS: list[tuple[str, str]] = [
    (
        "Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật và các quy định khác về bảo vệ môi trường",
        "Có hồ sơ, thủ tục về môi trường theo quy định của pháp luật và các quy định khác về bảo vệ môi trường",
    ),
    (
        "Sản phẩm được trồng ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội, thương mại gắn với dấu hiệu chỉ dẫn nguồn gốc địa lý",
        "Sản phẩm được trồng ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội, thương mại gắn với chỉ dẫn nguồn gốc địa lý",
    ),
    (
        "Thị trường quốc tế (có hợp đồng và tài liệu minh chứng thực hiện hợp đồng) hoặc phân phối tại các kênh thương mại hiện đại: siêu thị, thương mại điện tử,... (có hợp đồng và tài liệu minh chứng thực hiện hợp đồng, đường dẫn gian hàng điện tử)",
        "Thị trường quốc tế (có hợp đồng và tài liệu minh chứng thực hiện hợp đồng) hoặc phân phối tại các kênh thương mại hiện đại: siêu thị, thương mại điện tử,... (có hợp đồng và tài liệu minh chứng thực hiện hợp đồng, đường dân gian hàng điện tử)",
    ),
    (
        "Các nhãn hiệu sử dụng trên bao bì, nhãn của sản phẩm được cấp Giấy chứng nhận đăng ký nhãn hiệu và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (trường hợp sản phẩm đã được nhà nước bảo hộ chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận thì phải có văn bản ghi nhận quyền sử dụng) và có Bằng độc quyền kiểu dáng công nghiệp, hoặc Bằng sáng chế, hoặc Bằng độc quyền giải pháp hữu ích, hoặc Giấy chứng nhận đăng ký quyền tác giả (trừ Giấy chứng nhận đăng ký quyền tác giả đối với nhãn hiệu).",
        "Các nhãn hiệu sử dụng trên bao bì, nhãn của sản phẩm được cấp Giấy chứng nhận đăng ký nhãn hiệu và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (trường hợp sản phẩm đã được nhà nước bảo hộ chỉ dẫn địa lý, nhãn hiệu tập thể, nhãn hiệu chứng nhận thì phải có văn bản ghi nhận quyền sử dụng) và có đăng độc quyền kiểu dáng công nghiệp, hoặc Bằng sáng chế, hoặc Bằng độc quyền giải pháp hữu ích, hoặc Giấy chứng nhận đăng ký quyền tác giả (trừ Giấy chứng nhận đăng ký quyền tác giả đối với nhãn hiệu).",
    ),
    (
        "Đại diện pháp luật của chủ thể không phải nữ, không phải là đồng bào dân tộc thiểu số, không phải là người khuyết tật",
        "Đại diện pháp luật của chủ thể không phải nữ, không là đồng bào dân tộc thiểu số, không là người khuyết tật",
    ),
    (
        "Nguyên liệu/thành phần không rõ nguồn gốc, không bảo đảm an toàn theo quy định pháp luật hoặc vi phạm quy định về bảo vệ môi trường, khai thác tài nguyên.",
        "Nguyên liệu/thành phần không rõ nguồn gốc, không bảo đảm an toàn theo quy định pháp luật hoặc vi phạm quy định về bảo vệ môi trường, khai thác tài nguyên",
    ),
    (
        "Có hướng dẫn sử dụng chi tiết, cụ thể để đảm bảo chất lượng sản phẩm",
        "Có hướng dẫn sử dụng chi tiết, cụ thể để đảm bảo chất lượng sản phẩm",
    ),
]

OPTIONS_EN: dict[str, str] = {key(vi): en for vi, en in _PAIRS}
for _original, _variant in _VARIANTS:
    OPTIONS_EN.setdefault(key(_variant), OPTIONS_EN[key(_original)])


def option_en(label_vi: str) -> str:
    """The English of an option label; ``KeyError`` when there is none."""
    return OPTIONS_EN[key(label_vi)]
