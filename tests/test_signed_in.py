"""The signed-in cache's drops reach every process through Redis (issue 22 point 6).

A lock, a role change or a password reset made on one server must refuse the account's
tabs on every other server at their next tap, not ``ACTOR_CACHE_SECONDS`` later. The
other process here is a real one (a subprocess listening to a real Redis), with its
cache kept for ten minutes, so only the published drop can explain what it forgets.
"""

import os
import subprocess
import sys
import textwrap
import time

import pytest

from digital_family.base.permissions import Actor
from digital_family.base.settings import PROJECT_DIR
from digital_family.web import signed_in

# The other process: three accounts' tokens cached for ten minutes; it reports when
# each is forgotten (and the second session of account 2, which ``keep`` spares, is not).
OTHER = textwrap.dedent("""
    import sys, time
    from digital_family.base.permissions import Actor
    from digital_family.web import signed_in as s

    s.invalidations.listen(s.actors)
    assert s.invalidations.subscribed.wait(20), "not subscribed"
    for token, user_id in (("tok-1", 1), ("tok-2a", 2), ("tok-2b", 2), ("tok-3", 3)):
        s.actors.put(token, s.SignedIn(Actor(user_id, "resident"), "someone"))
    print("ready", flush=True)
    seen = set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(seen) < 4:
        for token in ("tok-1", "tok-2a", "tok-2b", "tok-3"):
            if token not in seen and s.actors.get(token) is None:
                seen.add(token)
                print("forgot", token, flush=True)
        time.sleep(0.01)
""")


def _other_process(redis_url: str) -> subprocess.Popen:
    env = {**os.environ, "REDIS_URL": redis_url, "ACTOR_CACHE_SECONDS": "600"}
    env.pop("REFLEX_REDIS_URL", None)
    proc = subprocess.Popen([sys.executable, "-c", OTHER], cwd=PROJECT_DIR, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", line + proc.stdout.read()
    return proc


def _next_line(proc: subprocess.Popen, within: float) -> str:
    """The other process's next report, which must come within ``within`` seconds."""
    import selectors

    assert proc.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        assert sel.select(timeout=within), f"nothing within {within} s"
    return proc.stdout.readline().strip()


@pytest.fixture()
def shared(redis_server, monkeypatch):
    """This process publishes to the test's Redis; its own threads start afresh."""
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    monkeypatch.setattr(signed_in, "invalidations", signed_in.Invalidations())
    signed_in.actors.clear()
    yield redis_server
    signed_in.actors.clear()


def test_a_drop_in_one_process_is_seen_by_another(shared):
    other = _other_process(shared.url)
    try:
        started = time.monotonic()
        # the other sessions of account 2 end (its password changed on tok-2b's tab)
        signed_in.actors.drop_account(2, keep="tok-2b")
        assert _next_line(other, 5) == "forgot tok-2a"
        # a sign-out elsewhere: that one token
        signed_in.actors.drop("tok-3")
        assert _next_line(other, 5) == "forgot tok-3"
        # a lock or a role change: every account
        signed_in.forget_all()
        forgotten = {_next_line(other, 5), _next_line(other, 5)}
        assert forgotten == {"forgot tok-1", "forgot tok-2b"}
        # at once, not when the entries expire (ten minutes)
        assert time.monotonic() - started < 10
    finally:
        other.kill()
        other.wait()


def test_nothing_published_holds_a_token(shared):
    import redis

    client = redis.Redis.from_url(shared.url)
    listener = client.pubsub(ignore_subscribe_messages=True)
    listener.subscribe(signed_in.CHANNEL)
    listener.get_message(timeout=5)
    signed_in.actors.drop_account(7, keep="secret-token-of-a-tab")
    signed_in.actors.drop("another-secret-token")
    bodies = []
    deadline = time.monotonic() + 10
    while len(bodies) < 2 and time.monotonic() < deadline:
        message = listener.get_message(timeout=1)
        if message:
            bodies.append(message["data"].decode())
    listener.close()
    client.close()
    assert len(bodies) == 2
    assert not any("secret" in body for body in bodies), bodies


def test_without_redis_only_this_process_forgets(monkeypatch):
    """The one-worker set-up is unchanged: no thread, no connection, the drop is local."""
    for name in ("REDIS_URL", "REFLEX_REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    fresh = signed_in.Invalidations()
    monkeypatch.setattr(signed_in, "invalidations", fresh)
    signed_in.actors.put("tok", signed_in.SignedIn(Actor(1, "resident"), "someone"))
    assert signed_in.actors.get("tok") is not None
    signed_in.forget_all()
    assert signed_in.actors.get("tok") is None
    assert not fresh.started and not fresh.subscribed.is_set()
