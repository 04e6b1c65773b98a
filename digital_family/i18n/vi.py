"""Vietnamese texts (the default language)."""

CATALOGUE: dict[str, str] = {
    # Indicators (SPEC §3)
    "indicator.public_sector_skills": "Cán bộ, công chức, viên chức có kỹ năng số cơ bản",
    "indicator.student_skills": "Học sinh, sinh viên (từ 15 tuổi) có kỹ năng số cơ bản",
    "indicator.adult_basic_skills": "Người trưởng thành có kỹ năng số cơ bản",
    "indicator.adult_smartphone": "Người trưởng thành có điện thoại thông minh",
    "indicator.adult_epayment": "Người trưởng thành có tài khoản thanh toán điện tử",
    "indicator.enterprise_worker_skills": "Người lao động doanh nghiệp có kỹ năng số cơ bản",
    "indicator.digital_identity_16plus": "Công dân từ 16 tuổi có định danh điện tử (VNeID)",
    "indicator.household_learning": "Hộ gia đình có ít nhất một người tham gia học",
    "indicator.trader_ecommerce": "Tiểu thương bán hàng trực tuyến",
    "indicator.trader_cashless": "Tiểu thương nhận thanh toán không tiền mặt",
    "indicator.trader_digital_savings": "Tiểu thương dùng tiết kiệm số",
    # Completion
    "completion.households": "Hộ gia đình",
    "completion.members": "Nhân khẩu",
    "completion.confirmed": "Hộ đã xác nhận thông tin",
    "completion.confirmed_recent": "Hộ xác nhận trong 180 ngày qua",
}
