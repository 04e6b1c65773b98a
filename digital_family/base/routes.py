"""Every page's path, in one place."""

OVERVIEW = "/"
SIGN_IN = "/dang-nhap"
INVITATION = "/moi"  # ?ma=CODE from the QR code
MY_HOUSEHOLD = "/ho"
HOUSEHOLD = "/ho/[ho_id]"
HOUSEHOLDS = "/to"  # leaders and staff: find, add and open households
LEADER_HOME = "/to-truong"  # a leader's groups: figures and who to visit next
WEEK_SHEET = "/to-truong/phieu-tuan"  # the week's plan on paper (A4)
WARD = "/phuong"  # the ward dashboard
CITY = "/thanh-pho"  # the city's wards side by side (the city's accounts)
AMBASSADOR = "/dai-su"  # a Digital Ambassador's help-request queue
PROGRAMME = "/phuong/chuong-trinh"  # the ambassador programme and the Digital Market
ADMIN = "/quan-tri"  # ward administration
REPORT = "/bao-cao"  # printable report (?to=GROUP)
ACCOUNT = "/tai-khoan"  # my password and the devices I am signed in on
CLASSES = "/lop-hoc"  # the ward's digital-skills classes (everyone, within their scope)
CLASS = "/lop-hoc/[lop_id]"  # one class: its teacher's attendance, a leader's list
OFFLINE = "/offline.html"


def household(household_id: int) -> str:
    return f"/ho/{household_id}"


def class_page(class_id: int) -> str:
    return f"/lop-hoc/{class_id}"
