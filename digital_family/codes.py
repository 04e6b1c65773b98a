"""The stored codes of SPEC §2 with their Vietnamese labels.

Codes are what the database and files hold; labels are what people read.
"""

SEXES = ("male", "female", "other")
SEX_LABELS = {"male": "Nam", "female": "Nữ", "other": "Khác"}

OCCUPATIONS = (
    "public_sector",
    "student",
    "enterprise_worker",
    "small_trader",
    "retired",
    "other",
)
OCCUPATION_LABELS = {
    "public_sector": "Cán bộ, công chức, viên chức",
    "student": "Học sinh, sinh viên",
    "enterprise_worker": "Người lao động doanh nghiệp, hợp tác xã",
    "small_trader": "Tiểu thương, hộ kinh doanh",
    "retired": "Nghỉ hưu",
    "other": "Khác",
}

# The eight basic digital skills, in the order people learn them.
SKILLS = (
    "smartphone_use",
    "info_search",
    "messaging",
    "online_public_services",
    "cashless_payment",
    "vneid_app",
    "online_safety",
    "ecommerce",
)
SKILL_LABELS = {
    "smartphone_use": "Dùng điện thoại thông minh",
    "info_search": "Tìm kiếm thông tin",
    "messaging": "Nhắn tin, gọi video",
    "online_public_services": "Dịch vụ công trực tuyến",
    "cashless_payment": "Thanh toán không tiền mặt",
    "vneid_app": "Dùng ứng dụng VNeID",
    "online_safety": "An toàn trên mạng",
    "ecommerce": "Mua bán trực tuyến",
}

LEARNING_STATUSES = ("none", "enrolled", "completed")
LEARNING_LABELS = {
    "none": "Chưa học",
    "enrolled": "Đang học",
    "completed": "Đã học xong",
}

VNEID_LEVELS = (0, 1, 2)
VNEID_LABELS = {0: "Chưa có", 1: "Mức 1", 2: "Mức 2"}

# The 4T flags for small traders (Tiểu thương – Thương mại điện tử –
# Thanh toán không tiền mặt – Tiết kiệm số).
TRADER_FLAGS = ("trader_ecommerce", "trader_cashless", "trader_digital_savings")
TRADER_FLAG_LABELS = {
    "trader_ecommerce": "Bán hàng trực tuyến",
    "trader_cashless": "Nhận thanh toán không tiền mặt",
    "trader_digital_savings": "Dùng tiết kiệm số",
}

ROLES = ("resident", "group_leader", "ambassador", "ward_staff", "admin")
ROLE_LABELS = {
    "resident": "Hộ gia đình",
    "group_leader": "Tổ trưởng dân phố",
    "ambassador": "Đại sứ số",
    "ward_staff": "Cán bộ phường",
    "admin": "Quản trị hệ thống",
}


def sql_in(column: str, values: tuple) -> str:
    """A CHECK constraint body limiting ``column`` to ``values``."""
    listed = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in values)
    return f"{column} IN ({listed})"
