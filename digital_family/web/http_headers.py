"""Security headers on every HTTP response, and who may upload or open the websocket.

The Content Security Policy allows scripts from this origin and, by their sha256,
exactly the inline scripts of the prerendered pages (collected from the build by
``inline_script_hashes``): no ``unsafe-inline``, so injected markup (a ``<script>``, an
``onclick``) does not run. ``unsafe-eval`` stays: Reflex runs the scripts a handler sends
(``rx.call_script``, which the household page's outbox uses) with ``eval``; those strings
are fixed in our code, never made from what people type. Styles keep ``unsafe-inline``
(Radix and Emotion set styles at run time). The page cannot be framed, sends no
referrer to other sites, and asks for no camera, microphone or location.

An upload (``/_upload``) is refused before its body is read unless it is within the size
cap and its tab holds an upload slot (``access.uploads``: granted to the tab of a
signed-in importer when the admin page loads; rate-limited). The websocket (``/_event``)
and uploads refuse a page from another origin (a browser always says which page opened
them): only the app's own origin, or those in ``ALLOWED_ORIGINS``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from digital_family.access import uploads
from digital_family.base.db import session_scope
from digital_family.base.settings import allowed_origins

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a ward register is a few MB
UPLOAD_PATH = "/_upload"
EVENT_PATH = "/_event"
_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)

STATIC_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"permissions-policy",
     b"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def inline_script_hashes(static_dir: Path) -> tuple[str, ...]:
    """The CSP sources ('sha256-…') of every inline script in the built pages."""
    found: set[str] = set()
    for page in static_dir.rglob("*.html"):
        for body in _INLINE_SCRIPT.findall(page.read_bytes()):
            digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
            found.add(f"'sha256-{digest}'")
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def _script_sources() -> str:
    from reflex.utils import prerequisites
    from reflex_base.constants import Dirs

    static_dir = (prerequisites.get_web_dir() / Dirs.STATIC).resolve()
    return " ".join(("'self'", "'unsafe-eval'", "'report-sample'",
                     *inline_script_hashes(static_dir)))


def content_security_policy(host: str, scripts: str) -> str:
    sockets = f" ws://{host} wss://{host}" if host else ""
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        f"connect-src 'self'{sockets}",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def _header(scope, name: bytes) -> bytes:
    for key, value in scope.get("headers") or ():
        if key == name:
            return value
    return b""


async def _refuse(send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *STATIC_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def origin_allowed(scope) -> bool:
    """Whether the page that opened this request may: no Origin (not a browser's page),
    the app's own origin (the Host, or the proxy's X-Forwarded-Host), or one configured."""
    origin = _header(scope, b"origin").decode("latin-1").strip().rstrip("/").lower()
    if not origin:
        return True
    if origin in allowed_origins():
        return True
    hosts = {_header(scope, name).decode("latin-1").split(",")[0].strip().lower()
             for name in (b"host", b"x-forwarded-host")}
    return urlsplit(origin).netloc in hosts - {""}


def _may_upload(client_token: str) -> bool:
    with session_scope() as session:
        return uploads.upload_allowed(session, client_token)


async def _refuse_socket(receive, send) -> None:
    """Close a websocket before accepting it (the client gets HTTP 403)."""
    message = await receive()
    if message["type"] == "websocket.connect":
        await send({"type": "websocket.close", "code": 1008})


def secure_headers(app):
    """ASGI wrapper: the headers above on every response; uploads refused unless allowed
    (413 too big, 403 without a slot or from another origin); foreign websockets refused."""

    async def serve(scope, receive, send):
        if scope["type"] == "websocket":
            if scope["path"].startswith(EVENT_PATH) and not origin_allowed(scope):
                await _refuse_socket(receive, send)
                return
            await app(scope, receive, send)
            return
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        if scope["path"].startswith((EVENT_PATH, UPLOAD_PATH)) and not origin_allowed(scope):
            await _refuse(send, 403, "Trang này không được phép kết nối.")
            return
        if scope["path"].startswith(UPLOAD_PATH):
            length = _header(scope, b"content-length")
            if not length.isdigit() or int(length) > MAX_UPLOAD_BYTES:
                # the page says so in Vietnamese; this is for clients that skip the page
                await _refuse(send, 413, "Tệp quá lớn (tối đa 20 MB).")
                return
            client_token = _header(scope, b"reflex-client-token").decode("latin-1")
            if not await asyncio.to_thread(_may_upload, client_token):
                await _refuse(send, 403, "Không tải tệp lên được: hãy đăng nhập bằng tài khoản"
                                         " được nhập dữ liệu và mở lại trang Quản trị, hoặc"
                                         " đợi vài phút rồi thử lại.")
                return
        host = _header(scope, b"host").decode("latin-1")
        policy = content_security_policy(host, _script_sources()).encode()

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in _OURS]
                headers += STATIC_HEADERS
                headers.append((b"content-security-policy", policy))
                message = dict(message, headers=headers)
            await send(message)

        await app(scope, receive, with_headers)

    return serve


_OURS = {name for name, _ in STATIC_HEADERS} | {b"content-security-policy"}
