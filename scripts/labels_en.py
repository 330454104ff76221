"""English labels of the 26/2026 sheets and classification, keyed by the Vietnamese label.

Vietnamese is the source language; these are translations kept beside it. The transcription
script fails if a Vietnamese label has no entry here, so a new label cannot slip in untranslated.
"""

SECTIONS_EN: dict[str, str] = {
    "TỔ CHỨC SẢN XUẤT": "Production organisation",
    "PHÁT TRIỂN SẢN PHẨM": "Product development",
    "SỨC MẠNH CỘNG ĐỒNG": "Community strength",
    "TIẾP THỊ": "Marketing",
    "CÂU CHUYỆN SẢN PHẨM": "Product story",
    "CHỈ TIÊU CẢM QUAN": "Sensory indicators",
    "DINH DƯỠNG": "Nutrition",
    "TÍNH ĐỘC ĐÁO": "Uniqueness",
    "CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM": "Declaration of product quality",
    "ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM": "Product quality assurance",
    "HƯỚNG DẪN SỬ DỤNG ĐỂ ĐẢM BẢO SẢN PHẨM CÓ CHẤT LƯỢNG TỐT NHẤT CHO NGƯỜI TIÊU DÙNG":
        "Instructions for use that keep the product at its best quality for consumers",
    "CƠ HỘI THỊ TRƯỜNG TOÀN CẦU": "Global market opportunity",
    "CÔNG BỐ SẢN PHẨM": "Product declaration",
    "CÂU CHUYỆN VỀ SẢN PHẨM": "Story about the product",
    "ĐIỀU KIỆN ĐẢM BẢO AN TOÀN CHẤT LƯỢNG SẢN PHẨM":
        "Conditions that ensure product safety and quality",
    "CHẤT LƯỢNG AN TOÀN THỰC PHẨM": "Food safety quality",
    "SỰ TIỆN LỢI KHI SỬ DỤNG, BẢO QUẢN": "Convenience of use and storage",
    "HIỆU QUẢ SỬ DỤNG": "Effectiveness in use",
    "KIỂM TRA ĐỊNH KỲ": "Periodic testing",
    "CÔNG BỐ CHẤT LƯỢNG": "Quality declaration",
    "CHỈ TIÊU CẢM QUAN (Kiểm tra theo tiêu chuẩn công bố)":
        "Sensory indicators (checked against the declared standard)",
    "TÍNH AN TOÀN": "Safety",
    "CÁC CHỈ TIÊU": "Indicators",
    "CHẤT LƯỢNG SẢN PHẨM": "Product quality",
    "TỔ CHỨC DỊCH VỤ CỘNG ĐỒNG": "Organisation of the community service",
    "Vị trí": "Location",
    "Kiến trúc và cảnh quan môi trường": "Architecture and landscape",
    "Đáp ứng điều kiện kinh doanh dịch vụ": "Meeting the conditions for running the service",
    "Đảm bảo an toàn và an ninh trật tự": "Safety, security and public order",
    "Tính hoàn thiện của quá trình dịch vụ": "Completeness of the service",
    "Hoạt động trải nghiệm": "Hands-on activities",
    "Quản lý và nhân viên": "Management and staff",
    "Chất lượng sản phẩm dịch vụ du lịch": "Quality of the tourism service",
    "Chất lượng phục vụ": "Quality of hospitality",
    "Tiện nghi": "Amenities",
    "Hoạt động thu hút khách du lịch": "Activities that attract visitors",
    "Hàng hóa dịch vụ (ăn uống, đồ lưu niệm...)": "Goods on offer (food and drink, souvenirs...)",
}

CRITERIA_EN: dict[str, str] = {
    "Nguồn gốc sản phẩm": "Origin of the product",
    "Vùng nguyên liệu được cấp chứng nhận chất lượng":
        "Raw-material area with a quality certificate",
    "Gia tăng giá trị": "Value added",
    "Năng lực sản xuất đáp ứng yêu cầu phân phối":
        "Production capacity meeting distribution needs",
    "Liên kết sản xuất": "Production linkage",
    "Bảo vệ môi trường trong quá trình sản xuất": "Environmental protection in production",
    "Sử dụng công nghệ theo hướng bền vững trong sản xuất": "Sustainable technology in production",
    "Nguồn gốc ý tưởng sản phẩm": "Origin of the product idea",
    "Đóng gói, bao bì sản phẩm": "Packing and packaging",
    "Phong cách, ghi nhãn hàng hóa": "Style and labelling",
    "Ghi nhãn hàng hóa có sử dụng song ngữ (Việt - Anh hoặc ngôn ngữ nước ngoài khác)":
        "Bilingual label (Vietnamese-English or another foreign language)",
    "Loại hình tổ chức sản xuất - kinh doanh": "Type of producing organisation",
    "Đại diện pháp luật của chủ thể là nữ; hoặc đồng bào dân tộc thiểu số; hoặc người khuyết tật":
        "Legal representative is a woman, a member of an ethnic minority or a person with a "
        "disability",
    "Sử dụng lao động địa phương": "Local employment",
    "Tăng trưởng sản xuất kinh doanh": "Business growth",
    "Sở hữu trí tuệ": "Intellectual property",
    "Khu vực phân phối chính": "Main distribution area",
    "Tổ chức phân phối": "Distribution organisation",
    "Quảng bá sản phẩm": "Product promotion",
    "Câu chuyện sản phẩm": "Product story",
    "Cấu trúc câu chuyện sản phẩm": "Structure of the product story",
    "Trí tuệ/bản sắc địa phương": "Local knowledge and identity",
    "Kích thước, hình dạng bề ngoài": "Size and outward shape",
    "Màu sắc, độ chín": "Colour and ripeness",
    "Mùi/vị": "Smell/taste",
    "Tính đầy đủ về sản phẩm, sạch": "Completeness and cleanliness of the product",
    "Vùng sản xuất được cấp chứng nhận chất lượng": "Production area with a quality certificate",
    "Năng lực sản xuất để đáp ứng yêu cầu phân phối":
        "Production capacity to meet distribution needs",
    "Liên kết chuỗi trong sản xuất": "Value-chain linkage in production",
    "Tạp chất": "Impurities",
    "Màu sắc": "Colour",
    "Mùi": "Smell",
    "Kích thước, độ đồng đều": "Size and uniformity",
    "Mùi, vị": "Smell and taste",
    "Độ đồng đều của sản phẩm": "Uniformity of the product",
    "Màu sắc, thể chất": "Colour and texture",
    "Nguồn nguyên liệu": "Source of raw materials",
    "Hình dạng": "Shape",
    "Vị": "Taste",
    "Ngoại hình, đồng đều": "Appearance and uniformity",
    "Hình dạng, thể chất": "Shape and texture",
    "Thể chất": "Texture",
    "Ngoại hình": "Appearance",
    "Hình dạng, màu sắc cánh chè": "Shape and colour of the tea leaves",
    "Nước pha": "Infusion",
    "Màu nước": "Colour of the infusion",
    "Mùi nước": "Aroma of the infusion",
    "Vị nước": "Taste of the infusion",
    "Tạp chất lạ": "Foreign matter",
    "Trạng thái/hình dạng": "State/shape",
    "Bao bì, ghi nhãn sản phẩm": "Packaging and labelling",
    "Mức độ tinh xảo/sắc nét của sản phẩm": "Refinement and finish of the product",
    "Thiết kế độc đáo": "Distinctive design",
    "Các yếu tố tích hợp lên giá trị của sản phẩm": "Elements that add to the product's value",
    "Các tính năng của sản phẩm": "Functions of the product",
    "Chất lượng của nguyên liệu/thành phần": "Quality of materials/components",
    "Thiết kế sản phẩm (bao gói, chậu trồng,...)": "Product design (packaging, pots, ...)",
    "Phong cách, ghi nhãn sản phẩm (tem, nhãn gắn trên sản phẩm)":
        "Style and labelling (stamps and labels on the product)",
    "Hình dáng so với loại sản phẩm": "Form compared with its kind",
    "Kiểu dáng, tạo hình, mỹ thuật": "Style, shaping and artistry",
    "Thiết kế sản phẩm (chậu trồng, phụ kiện kèm theo...)":
        "Product design (pots, accessories, ...)",
    "Bộ phận điều phối quản lý và điều hành dịch vụ":
        "Unit that coordinates, manages and runs the service",
    "Cơ chế quản lý/quy định": "Management rules and regulations",
    "Bảo vệ môi trường trong cộng đồng làm du lịch/điểm du lịch":
        "Environmental protection in the tourism community or site",
    "Sử dụng năng lượng tiết kiệm": "Energy saving",
    "Nguồn gốc ý tưởng sản phẩm dịch vụ du lịch": "Origin of the tourism product idea",
    "Tổ chức dịch vụ theo thị trường mục tiêu": "Services organised for target markets",
    "Bảo vệ, bảo tồn các di sản văn hóa, thiên nhiên, đa dạng sinh học liên quan đến sản phẩm dịch vụ du lịch":  # noqa: E501
        "Protection and conservation of the cultural and natural heritage and biodiversity "
        "of the tourism product",
    "Liên kết chuỗi giá trị trong quảng bá sản phẩm du lịch":
        "Value-chain linkage in promoting the tourism product",
    "Liên kết vùng và chuỗi giá trị trong sản phẩm dịch vụ du lịch":
        "Regional and value-chain linkage of the tourism product",
    "Tổ chức quảng bá, bán hàng": "Organisation of promotion and sales",
    "Bộ nhận diện quảng bá sản phẩm": "Promotional identity kit",
    "Trình bày câu chuyện sản phẩm": "Presentation of the product story",
    "Sản phẩm dịch vụ du lịch trên địa bàn đạt chuẩn nông thôn mới":
        "Tourism service in an area that meets the new-countryside standard",
}

SECTORS_EN: dict[str, str] = {
    "SẢN PHẨM THỰC PHẨM": "Food",
    "SẢN PHẨM ĐỒ UỐNG": "Drinks",
    "SẢN PHẨM DƯỢC LIỆU VÀ SẢN PHẨM TỪ DƯỢC LIỆU": "Herbal materials and herbal products",
    "SẢN PHẨM HÀNG THỦ CÔNG MỸ NGHỆ": "Handicrafts",
    "SẢN PHẨM SINH VẬT CẢNH": "Ornamental plants and animals",
    "SẢN PHẨM DỊCH VỤ DU LỊCH CỘNG ĐỒNG, DU LỊCH SINH THÁI VÀ ĐIỂM DU LỊCH":
        "Community tourism, eco-tourism and tourist sites",
}

GROUPS_EN: dict[str, str] = {
    "Thực phẩm tươi sống": "Fresh food",
    "Thực phẩm thô, sơ chế": "Raw and minimally processed food",
    "Thực phẩm chế biến": "Processed food",
    "Gia vị": "Seasonings",
    "Chè": "Tea",
    "Cà phê, ca cao": "Coffee and cocoa",
    "Đồ uống có cồn": "Alcoholic drinks",
    "Đồ uống không cồn": "Non-alcoholic drinks",
    "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền":
        "Functional foods, herbal medicines and traditional medicines",
    "Mỹ phẩm có thành phần từ dược liệu": "Cosmetics with herbal ingredients",
    "Tinh dầu và dược liệu khác": "Essential oils and other herbal materials",
    "Thủ công mỹ nghệ gia dụng, trang trí": "Household and decorative handicrafts",
    "Vải, may mặc": "Textiles and garments",
    "Hoa": "Flowers",
    "Cây cảnh": "Ornamental plants",
    "Động vật cảnh": "Ornamental animals",
    "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch":
        "Community tourism, eco-tourism and tourist sites",
}

SUBGROUPS_EN: dict[str, str] = {
    "Rau, củ, quả, hạt tươi": "Fresh vegetables, tubers, fruit and nuts",
    "Thịt, thủy sản, trứng, sữa tươi": "Fresh meat, aquatic products, eggs and milk",
    "Gạo, ngũ cốc, hạt sơ chế khác": "Rice, cereals and other minimally processed grains",
    "Mật ong, mật khác và nông sản thực phẩm khác": "Honey, other syrups and other farm foods",
    "Đồ ăn nhanh": "Fast food",
    "Chế biến từ gạo, ngũ cốc": "Processed from rice and cereals",
    "Chế biến từ rau, củ, quả, hạt": "Processed from vegetables, tubers, fruit and nuts",
    "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản "
    "thực phẩm khác":
        "Processed from meat, eggs, milk, aquatic products, honey, other syrups and other farm "
        "foods",
    "Tương, nước mắm, gia vị dạng lỏng khác": "Soy sauce, fish sauce and other liquid seasonings",
    "Gia vị khác": "Other seasonings",
    "Chè tươi, chế biến": "Fresh and processed tea",
    "Sản phẩm chè từ thực vật khác": "Tea-like products from other plants",
    "Rượu trắng": "White spirits",
    "Đồ uống có cồn khác": "Other alcoholic drinks",
    "Nước khoáng thiên nhiên, nước uống đóng chai": "Natural mineral water and bottled water",
    "Đồ uống không cồn": "Non-alcoholic drinks",
}

MINISTRIES_EN: dict[str, str] = {
    "Bộ Nông nghiệp và Môi trường": "Ministry of Agriculture and Environment",
    "Bộ Công Thương": "Ministry of Industry and Trade",
    "Bộ Y tế": "Ministry of Health",
    "Bộ Văn hóa, Thể thao và Du lịch": "Ministry of Culture, Sports and Tourism",
}

PRODUCT_SETS_EN: dict[int, str] = {
    1: "Fresh vegetables, tubers, fruit and nuts",
    2: "Fresh meat, aquatic products, eggs and milk",
    3: "Rice, cereals and other minimally processed grains",
    4: "Honey, other syrups and other farm foods",
    5: "Fast food",
    6: "Processed from rice and cereals",
    7: "Processed from vegetables, tubers, fruit and nuts",
    8: "Processed from meat, aquatic products, eggs, milk, honey, other syrups and other "
       "farm foods",
    9: "Soy sauce, fish sauce and other liquid seasonings",
    10: "Other seasonings (salt, shallots, garlic, pepper, ...)",
    11: "Fresh and processed tea",
    12: "Tea-like products from other plants",
    13: "Coffee and cocoa products",
    14: "White spirits",
    15: "Other alcoholic drinks",
    16: "Natural mineral water and bottled drinking water",
    17: "Other non-alcoholic drinks",
    18: "Functional foods, herbal medicines and traditional medicines",
    19: "Cosmetics with herbal ingredients",
    20: "Essential oils and other herbal materials",
    21: "Household and decorative handicrafts",
    22: "Textiles and garments",
    23: "Flowers",
    24: "Ornamental plants",
    25: "Ornamental animals",
    26: "Community tourism, eco-tourism and tourist sites",
}
