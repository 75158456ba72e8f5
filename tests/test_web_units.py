"""Unit tests of the web console's parts that need no server: the ``web:`` config section,
tokens and sessions (filter/web/auth.py), the SVG charts and the store pool's bound.  The same
behaviour is tested end to end against a real ``bouncefilter web`` in test_web_api.py."""
from __future__ import annotations

import threading
import time

import pytest

from filter.config import ConfigError, loads
from filter.web.auth import Auth
from filter.web.charts import sparkline, stacked_bars
from filter.web.stores import StorePool
from filter.store import StoreUnavailable

TOKENS = """web:
  tokens:
    - {name: admin, token: "${W}", role: write}
    - {name: viewer, token: "${R}"}
"""
ENV = {"W": "w" * 20, "R": "r" * 20}


def config(text=TOKENS, env=ENV):
    return loads(text, env=env)


def test_the_web_section_defaults_and_masks_its_secrets():
    c = config()
    assert c.web.listen == "127.0.0.1:8025" and [t.role for t in c.web.tokens] == ["write", "read"]
    d = c.to_dict()["web"]
    assert d["tokens"] == [{"name": "admin", "role": "write", "token": "***"},
                           {"name": "viewer", "role": "read", "token": "***"}]
    assert "w" * 20 not in repr(c.to_dict())


@pytest.mark.parametrize("text,words", [
    ("web: {tokens: [{token: plain-text-token-123456789}]}", "by reference only"),
    ("web: {tokens: [{token: '${S}'}]}", "at least 16 characters"),
    ("web: {tokens: [{token: '${W}'}, {token: '${W}'}]}", "given twice"),
    ("web: {tls_cert: /x.pem}", "go together"),
    ("web: {listen: '0.0.0.0:8025'}", "not a loopback address"),
    ("web: {listen: '[::]:8025', tokens: [{token: '${W}'}]}", "tls_cert/tls_key"),
    ("web: {tokens: [{token: '${W}', role: admin}]}", "not one of: read, write"),
    ("web: {listen: nowhere}", "HOST:PORT"),
])
def test_the_web_section_refuses_what_is_unsafe_or_wrong(text, words):
    with pytest.raises(ConfigError) as e:
        loads(text, env={**ENV, "S": "short"})
    assert words in "\n".join(e.value.errors)


def test_a_public_address_with_tokens_and_tls_or_allow_insecure_is_accepted(tmp_path):
    c = loads("web: {listen: '0.0.0.0:8443', tls_cert: c.pem, tls_key: k.pem, tokens: [{token: '${W}'}]}",
              env=ENV, base=tmp_path)
    assert c.web.tls_cert == tmp_path / "c.pem"
    assert loads("web: {listen: '10.0.0.1:8025', allow_insecure: true}").web.allow_insecure


def test_tokens_sessions_and_csrf():
    auth = Auth(config().web)
    assert auth.bearer("Bearer " + "w" * 20).role == "write"
    assert auth.bearer("Bearer " + "r" * 20).name == "viewer"
    assert auth.bearer("Basic " + "w" * 20) is None and auth.bearer("Bearer nope") is None
    principal, cookie = auth.new_session("w" * 20)
    assert "w" * 20 not in cookie
    again = auth.session(cookie)
    assert again == principal and Auth.csrf_ok(again, principal.csrf) and not Auth.csrf_ok(again, "x")
    assert auth.session(cookie[:-2] + ("A" if cookie[-2] != "A" else "B") + cookie[-1]) is None  # tampered
    assert auth.new_session("wrong") is None
    # another key (a restart without session_secret) or a changed token ends the session
    assert Auth(config().web).session(cookie) is None
    changed = Auth(config(env={"W": "x" * 20, "R": "r" * 20}).web, secret=auth._key)
    assert changed.session(cookie) is None
    assert Auth(config().web, secret=auth._key).session(cookie) == principal


def test_sessions_expire():
    web = config(TOKENS.replace("web:\n", "web:\n  session_max_age: 1s\n")).web
    auth = Auth(web)
    _, cookie = auth.new_session("r" * 20)
    assert auth.session(cookie) is not None
    time.sleep(2.1)
    assert auth.session(cookie) is None


def test_charts_escape_labels_and_scale_bars():
    svg = str(stacked_bars([20000, 20001], {"hard": [1, 4], "<b>": [0, 2]}, title="<script>"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;b&gt;" in svg
    assert svg.count('class="bar"') == 3 and 'data-total="7"' in svg
    assert "http" not in svg
    flat = str(sparkline([0, 0, 0]))
    assert 'data-max="0"' in flat and "polyline" in flat


class _FakeStore:
    opened = 0

    def __init__(self):
        _FakeStore.opened += 1
        self.closed = False

    def close(self):
        self.closed = True


def test_the_store_pool_bounds_connections_and_drops_a_failed_one():
    pool = StorePool(_FakeStore, size=2, timeout=0.2)
    inside = threading.Barrier(3)
    release = threading.Event()

    def hold():
        with pool.store():
            inside.wait()
            release.wait()

    threads = [threading.Thread(target=hold) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait()
    with pytest.raises(StoreUnavailable):
        with pool.store():
            pass
    release.set()
    for t in threads:
        t.join()
    assert _FakeStore.opened == 2 and pool.errors == 1
    with pytest.raises(StoreUnavailable):
        with pool.store() as st:
            raise StoreUnavailable("gone")
    assert st.closed and pool.errors == 2
