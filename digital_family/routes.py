"""Every page's path, in one place."""

OVERVIEW = "/"
OFFLINE = "/offline.html"
