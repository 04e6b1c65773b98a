"""The demo ward's names and addresses: Vietnamese family, middle and given names
weighted as they are common, by generation, the streets around Khương Đình, and the
other Hanoi wards a demo city adds (``WARDS``)."""

from __future__ import annotations

import random
from collections.abc import Iterable

Weighted = tuple[tuple[str, ...], list[float]]  # names, cumulative weights (random.choices)


def _weighted(pairs: Iterable[tuple[str, float]]) -> Weighted:
    names, weights = zip(*pairs)
    cumulative: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    return names, cumulative


FAMILY_NAMES = _weighted(
    [
        ("Nguyễn", 36), ("Trần", 10), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Vũ", 5),
        ("Đặng", 2.5), ("Bùi", 2.5), ("Đỗ", 3), ("Ngô", 2), ("Phan", 2), ("Dương", 1.5),
        ("Đinh", 1.5), ("Đào", 1.5), ("Trịnh", 1.3), ("Lương", 0.8), ("Mai", 0.8), ("Tạ", 0.8),
        ("Chu", 0.7), ("Cao", 0.7), ("Lại", 0.6), ("Kiều", 0.5), ("Khuất", 0.5), ("Nghiêm", 0.4),
        ("Phùng", 0.6), ("Lưu", 0.6), ("Hà", 0.8), ("Tô", 0.5), ("Quách", 0.3), ("Doãn", 0.3),
        ("Văn", 0.3), ("Hồ", 0.7), ("Lý", 0.4), ("Triệu", 0.4), ("Thái", 0.3), ("Tống", 0.3),
    ]
)

# Middle names: older generations mostly Văn/Thị.
_MIDDLE_OLD_PAIRS = {
    "male": (
        ("Văn", 60),
        ("Đức", 10),
        ("Hữu", 8),
        ("Quang", 6),
        ("Đình", 6),
        ("Xuân", 5),
        ("Ngọc", 5),
    ),
    "female": (("Thị", 80), ("Thu", 5), ("Ngọc", 4), ("Kim", 4), ("Thanh", 4), ("Bích", 3)),
}
_MIDDLE_MID_PAIRS = {
    "male": (
        ("Văn", 30), ("Đức", 12), ("Minh", 12), ("Quang", 9), ("Hữu", 7), ("Thanh", 7),
        ("Công", 6), ("Tuấn", 5), ("Xuân", 5), ("Trọng", 4), ("Đình", 3),
    ),
    "female": (
        ("Thị", 50), ("Thu", 9), ("Minh", 6), ("Ngọc", 7), ("Thanh", 7), ("Phương", 5),
        ("Hồng", 5), ("Thuỳ", 4), ("Kim", 3), ("Bích", 2), ("Mai", 2),
    ),
}
_MIDDLE_YOUNG_PAIRS = {
    "male": (
        ("Minh", 18), ("Đức", 12), ("Gia", 10), ("Hoàng", 8), ("Quang", 8), ("Văn", 8),
        ("Anh", 6), ("Bảo", 6), ("Đăng", 6), ("Tuấn", 5), ("Hải", 5), ("Nhật", 4), ("Trung", 4),
    ),
    "female": (
        ("Ngọc", 14), ("Minh", 10), ("Khánh", 9), ("Thu", 8), ("Phương", 8), ("Thị", 8),
        ("Bảo", 7), ("Thảo", 6), ("Hà", 6), ("Diệu", 5), ("Quỳnh", 5), ("Tuệ", 5), ("Mai", 5),
    ),
}
GIVEN_OLD = {
    "male": (
        "Hùng", "Dũng", "Cường", "Thắng", "Lợi", "Bình", "Minh", "Sơn", "Hải", "Thành",
        "Chiến", "Toàn", "Phúc", "Lộc", "Thọ", "Quý", "Tiến", "Khang", "Nghĩa", "Đạt",
    ),
    "female": (
        "Lan", "Hoa", "Hồng", "Cúc", "Nga", "Nhàn", "Thơm", "Xuân", "Tuyết", "Liên",
        "Hạnh", "Hương", "Loan", "Oanh", "Dung", "Thủy", "Yến", "Vân", "Mận", "Lụa",
    ),
}
GIVEN_MID = {
    "male": (
        "Tuấn", "Hùng", "Dũng", "Nam", "Long", "Hải", "Sơn", "Trung", "Quân", "Hiếu",
        "Đức", "Phong", "Tùng", "Khánh", "Huy", "Thành", "Việt", "Hưng", "Cường", "Thắng",
        "Anh", "Bình", "Linh", "Toàn", "Kiên",
    ),
    "female": (
        "Hương", "Hằng", "Hà", "Linh", "Trang", "Mai", "Thảo", "Ngọc", "Nhung", "Thủy",
        "Yến", "Huyền", "Phương", "Vân", "Lan", "Hạnh", "Dung", "Nga", "Hiền", "Giang",
        "Anh", "Thu", "Hoa", "Loan", "Quỳnh",
    ),
}
GIVEN_YOUNG = {
    "male": (
        "Khôi", "Bảo", "Nam", "Minh", "Huy", "Khoa", "Phúc", "An", "Long", "Quân",
        "Đức", "Hiếu", "Lâm", "Duy", "Khang", "Kiên", "Tùng", "Vinh", "Thịnh", "Phong",
        "Sơn", "Đạt", "Dũng", "Tuấn", "Nhật",
    ),
    "female": (
        "Linh", "Anh", "Vy", "Nhi", "Chi", "My", "Trâm", "Thư", "Hân", "Ngân",
        "An", "Ngọc", "Trang", "Hà", "Mai", "Phương", "Thảo", "Giang", "Quỳnh", "Diệp",
        "Khuê", "Uyên", "Hương", "Huyền", "Yến",
    ),
}
MIDDLE_OLD = {sex: _weighted(pairs) for sex, pairs in _MIDDLE_OLD_PAIRS.items()}
MIDDLE_MID = {sex: _weighted(pairs) for sex, pairs in _MIDDLE_MID_PAIRS.items()}
MIDDLE_YOUNG = {sex: _weighted(pairs) for sex, pairs in _MIDDLE_YOUNG_PAIRS.items()}

# Streets and lanes around Khương Đình, Khương Trung and Hạ Đình.
STREETS = (
    "Khương Đình", "Khương Trung", "Khương Hạ", "Hạ Đình", "Nguyễn Trãi", "Vũ Trọng Phụng",
    "Nguyễn Xiển", "Kim Giang", "Bùi Xương Trạch", "Nguyễn Huy Tưởng", "Quan Nhân",
    "Nguyễn Tuân", "Hoàng Văn Thái", "Khương Mai", "Lê Trọng Tấn", "Triều Khúc",
)


# The other wards of a demo city (``demo --wards N``): Hanoi's wards (phường) since
# 1 July 2025, code, name and streets of the ward; the first of the city is the
# configured ward (WARD_CODE, Khương Đình by default), left out here when it is one of them.
WARDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("phuong-liet", "Phường Phương Liệt", (
        "Phương Liệt", "Giải Phóng", "Trường Chinh", "Phố Vọng", "Khương Mai", "Lê Trọng Tấn",
        "Tôn Thất Tùng", "Phương Mai")),
    ("dinh-cong", "Phường Định Công", (
        "Định Công", "Định Công Hạ", "Định Công Thượng", "Kim Giang", "Giải Phóng",
        "Nguyễn Cảnh Dị", "Trần Điền")),
    ("tuong-mai", "Phường Tương Mai", (
        "Tương Mai", "Trương Định", "Giáp Bát", "Hoàng Văn Thụ", "Đuôi Cá", "Tân Mai")),
    ("hoang-mai", "Phường Hoàng Mai", (
        "Tam Trinh", "Mai Động", "Minh Khai", "Kim Ngưu", "Lĩnh Nam", "Nguyễn Tam Trinh")),
    ("thanh-xuan", "Phường Thanh Xuân", (
        "Nguyễn Trãi", "Khuất Duy Tiến", "Lê Văn Lương", "Nguyễn Tuân", "Vũ Trọng Phụng",
        "Nguyễn Huy Tưởng", "Quan Nhân")),
    ("hoang-liet", "Phường Hoàng Liệt", (
        "Nguyễn Hữu Thọ", "Linh Đường", "Bằng Liệt", "Linh Đàm", "Nguyễn Xiển")),
    ("vinh-hung", "Phường Vĩnh Hưng", (
        "Vĩnh Hưng", "Lĩnh Nam", "Nguyễn Khoái", "Thanh Đàm", "Đông Thiên")),
    ("bach-mai", "Phường Bạch Mai", (
        "Bạch Mai", "Minh Khai", "Trương Định", "Lê Thanh Nghị", "Đại La", "Thanh Nhàn")),
    ("kim-lien", "Phường Kim Liên", (
        "Kim Liên", "Phạm Ngọc Thạch", "Lương Định Của", "Xã Đàn", "Đào Duy Anh",
        "Đông Tác")),
    ("lang", "Phường Láng", (
        "Láng", "Nguyễn Chí Thanh", "Chùa Láng", "Láng Hạ", "Huỳnh Thúc Kháng")),
    ("o-cho-dua", "Phường Ô Chợ Dừa", (
        "Ô Chợ Dừa", "Xã Đàn", "Hoàng Cầu", "Đê La Thành", "Tôn Đức Thắng")),
    ("dong-da", "Phường Đống Đa", (
        "Thái Hà", "Tây Sơn", "Thái Thịnh", "Chùa Bộc", "Yên Lãng")),
    ("yen-so", "Phường Yên Sở", ("Yên Sở", "Tam Trinh", "Yên Duyên", "Nguyễn Khoái")),
    ("linh-nam", "Phường Lĩnh Nam", ("Lĩnh Nam", "Thanh Lân", "Nam Dư", "Trần Nguyên Đán")),
    ("hai-ba-trung", "Phường Hai Bà Trưng", ("Bà Triệu", "Lò Đúc", "Phố Huế", "Thái Phiên")),
    ("vinh-tuy", "Phường Vĩnh Tuy", ("Vĩnh Tuy", "Minh Khai", "Lạc Trung", "Kim Ngưu")),
    ("cau-giay", "Phường Cầu Giấy", ("Cầu Giấy", "Trần Duy Hưng", "Nguyễn Khánh Toàn",
                                     "Dương Quảng Hàm")),
    ("nghia-do", "Phường Nghĩa Đô", ("Hoàng Quốc Việt", "Nghĩa Đô", "Nguyễn Văn Huyên",
                                     "Tô Hiệu")),
    ("yen-hoa", "Phường Yên Hòa", ("Yên Hòa", "Trung Kính", "Nguyễn Chánh", "Trần Kim Xuyến")),
    ("ba-dinh", "Phường Ba Đình", ("Đội Cấn", "Quán Thánh", "Phan Đình Phùng", "Hoàng Hoa Thám")),
    ("ngoc-ha", "Phường Ngọc Hà", ("Ngọc Hà", "Đội Cấn", "Hoàng Hoa Thám", "Văn Cao")),
    ("giang-vo", "Phường Giảng Võ", ("Giảng Võ", "Kim Mã", "Nguyễn Thái Học", "Cát Linh")),
    ("hoan-kiem", "Phường Hoàn Kiếm", ("Hàng Bạc", "Hàng Bông", "Hàng Gai", "Lý Thái Tổ")),
    ("cua-nam", "Phường Cửa Nam", ("Cửa Nam", "Lê Duẩn", "Trần Hưng Đạo", "Quán Sứ")),
    ("van-mieu-quoc-tu-giam", "Phường Văn Miếu - Quốc Tử Giám", (
        "Văn Miếu", "Quốc Tử Giám", "Tôn Đức Thắng", "Nguyễn Khuyến", "Hàng Cháo")),
    ("hong-ha", "Phường Hồng Hà", ("Bạch Đằng", "Chương Dương Độ", "Phúc Tân", "Yên Phụ")),
    ("tay-ho", "Phường Tây Hồ", ("Lạc Long Quân", "Âu Cơ", "Xuân Diệu", "Đặng Thai Mai")),
    ("phu-thuong", "Phường Phú Thượng", ("Phú Thượng", "An Dương Vương", "Võ Chí Công")),
    ("long-bien", "Phường Long Biên", ("Nguyễn Văn Cừ", "Ngọc Lâm", "Long Biên", "Bồ Đề")),
    ("bo-de", "Phường Bồ Đề", ("Bồ Đề", "Nguyễn Sơn", "Hồng Tiến", "Ngọc Thụy")),
    ("viet-hung", "Phường Việt Hưng", ("Việt Hưng", "Ngô Gia Tự", "Đức Giang", "Hoa Lâm")),
    ("phuc-loi", "Phường Phúc Lợi", ("Phúc Lợi", "Vũ Đức Thận", "Thạch Bàn", "Cổ Linh")),
    ("ha-dong", "Phường Hà Đông", ("Quang Trung", "Tô Hiệu", "Lê Lợi", "Trần Phú")),
    ("duong-noi", "Phường Dương Nội", ("Dương Nội", "Lê Trọng Tấn", "Tố Hữu", "Vạn Phúc")),
    ("yen-nghia", "Phường Yên Nghĩa", ("Yên Nghĩa", "Quang Trung", "Ba La", "Đa Sỹ")),
    ("phu-luong", "Phường Phú Lương", ("Phú Lương", "Văn Khê", "Cự Đà", "Bia Bà")),
    ("kien-hung", "Phường Kiến Hưng", ("Kiến Hưng", "Phúc La", "Văn Phú", "Nguyễn Khuyến")),
    ("thanh-liet", "Phường Thanh Liệt", ("Thanh Liệt", "Kim Giang", "Nguyễn Xiển", "Tả Thanh Oai")),
    ("tu-liem", "Phường Từ Liêm", ("Mỹ Đình", "Lê Đức Thọ", "Hàm Nghi", "Trần Hữu Dực")),
    ("xuan-phuong", "Phường Xuân Phương", ("Xuân Phương", "Trịnh Văn Bô", "Phương Canh")),
    ("tay-mo", "Phường Tây Mỗ", ("Tây Mỗ", "Đại Lộ Thăng Long", "Ngọc Trục")),
    ("dai-mo", "Phường Đại Mỗ", ("Đại Mỗ", "Ngọc Trục", "Sa Đôi", "Lê Quang Đạo")),
    ("xuan-dinh", "Phường Xuân Đỉnh", ("Xuân Đỉnh", "Xuân La", "Phạm Văn Đồng", "Tân Xuân")),
    ("dong-ngac", "Phường Đông Ngạc", ("Đông Ngạc", "Đức Thắng", "Thụy Phương", "Phạm Văn Đồng")),
    ("thuong-cat", "Phường Thượng Cát", ("Thượng Cát", "Liên Mạc", "Tây Tựu")),
    ("tay-tuu", "Phường Tây Tựu", ("Tây Tựu", "Thượng Cát", "Kỳ Vũ", "Văn Tiến Dũng")),
    ("phu-dien", "Phường Phú Diễn", ("Phú Diễn", "Phú Minh", "Nhổn", "Cầu Diễn")),
    ("khuong-dinh", "Phường Khương Đình", STREETS),
    ("son-tay", "Phường Sơn Tây", ("Phó Đức Chính", "Lê Lợi", "Quang Trung", "Chùa Mía")),
    ("tung-thien", "Phường Tùng Thiện", ("Tùng Thiện", "Xuân Khanh", "Sơn Lộc", "Vị Thủy")),
    ("chuong-my", "Phường Chương Mỹ", ("Chúc Sơn", "Hòa Sơn", "Trần Phú", "Phụng Châu")),
)



def address(rng: random.Random, streets: tuple[str, ...]) -> str:
    street = rng.choice(streets)
    lane = rng.randint(1, 250)
    number = rng.randint(1, 120)
    kind = rng.random()
    if kind < 0.15:
        return f"Số {number * 2 + rng.randint(0, 1)} {street}"
    if kind < 0.35:
        return f"Ngách {lane}/{rng.randint(1, 60)} {street}, số {number}"
    return f"Ngõ {lane} {street}, số {number}"
