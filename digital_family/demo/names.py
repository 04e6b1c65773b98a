"""The demo ward's names and addresses: Vietnamese family, middle and given names
weighted as they are common, by generation, and the streets around Khương Đình."""

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
