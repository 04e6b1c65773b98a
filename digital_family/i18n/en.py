"""English texts (the switch for non-Vietnamese readers)."""

CATALOGUE: dict[str, str] = {
    "indicator.public_sector_skills": "Public-sector staff with basic digital skills",
    "indicator.student_skills": "Students (15 and over) with basic digital skills",
    "indicator.adult_basic_skills": "Adults with basic digital skills",
    "indicator.adult_smartphone": "Adults with a smartphone",
    "indicator.adult_epayment": "Adults with an electronic payment account",
    "indicator.enterprise_worker_skills": "Enterprise workers with basic digital skills",
    "indicator.digital_identity_16plus": "Citizens 16 and over with a digital identity (VNeID)",
    "indicator.household_learning": "Households with at least one member learning",
    "indicator.trader_ecommerce": "Small traders selling online",
    "indicator.trader_cashless": "Small traders accepting cashless payment",
    "indicator.trader_digital_savings": "Small traders using digital savings",
    "completion.households": "Households",
    "completion.members": "Members",
    "completion.confirmed": "Households that confirmed their data",
    "completion.confirmed_recent": "Households confirmed in the last 180 days",
}
