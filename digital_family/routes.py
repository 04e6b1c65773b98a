"""Every page's path, in one place."""

OVERVIEW = "/"
SIGN_IN = "/dang-nhap"
INVITATION = "/moi"  # ?ma=CODE from the QR code
MY_HOUSEHOLD = "/ho"
HOUSEHOLD = "/ho/[ho_id]"
HOUSEHOLDS = "/to"  # leaders and staff: find, add and open households
OFFLINE = "/offline.html"


def household(household_id: int) -> str:
    return f"/ho/{household_id}"
