"""Webhook deliveries on kept connections, a bounded number at once per endpoint, and the outbox
trying a webhook's deliveries concurrently without giving up its lease rules.

The receiver here counts what a keep-alive client must be judged on: TCP connections accepted,
requests in flight at once, and it can misbehave the way real receivers do (close idle
connections, close one just as a request arrives, answer ``Connection: close``, answer at length).
"""
from __future__ import annotations

import shutil
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from filter.engine.actions import Context, Permanent, Retry
from filter.engine.actions import webhook
from filter.engine.actions.webhook import Action, verify
from filter.config import ActionConfig, loads
from filter.engine.outbox import Outbox
from filter.store.sqlite import Store

SECRET = "keepalive-secret"
EVENT = {"id": "e0", "event": "bounce", "kind": "failed",
         "recipient": {"address": "jo@example.com", "reason": "user_unknown", "class": "hard"}}


class Receiver:
    """A threaded HTTP/1.1 receiver on 127.0.0.1 that counts connections and requests in flight.

    ``drop(conn_no, req_no) -> bool``: read that request, then close without answering (conn_no
    counts accepted connections from 1, req_no the requests on one connection from 1);
    ``idle_timeout``: close a connection idle that long; ``close_header``: answer with
    ``Connection: close``; ``answer_size``: bytes of answer body; ``delay``: seconds per answer.
    """

    def __init__(self, tls: tuple[Path, Path] | None = None):
        self.lock = threading.Lock()
        self.connections = 0
        self.requests: list[tuple[int, int, str | None, bool]] = []  # (conn, req, key, signature ok)
        self.in_flight = 0
        self.max_in_flight = 0
        self.drop = lambda conn_no, req_no: False
        self.idle_timeout: float | None = None
        self.close_header = False
        self.answer_size = 11
        self.delay = 0.0
        rx = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def setup(self):
                super().setup()
                with rx.lock:
                    rx.connections += 1
                    self.conn_no, self.req_no = rx.connections, 0
                if rx.idle_timeout is not None:
                    self.connection.settimeout(rx.idle_timeout)

            def do_POST(self):
                self.req_no += 1
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                ok = verify(SECRET, body, self.headers.get("X-Bouncefilter-Signature") or "")
                with rx.lock:
                    rx.requests.append((self.conn_no, self.req_no, self.headers.get("Idempotency-Key"), ok))
                    rx.in_flight += 1
                    rx.max_in_flight = max(rx.max_in_flight, rx.in_flight)
                try:
                    if rx.drop(self.conn_no, self.req_no):
                        self.close_connection = True
                        return
                    if rx.delay:
                        time.sleep(rx.delay)
                    reply = b"x" * rx.answer_size
                    self.send_response(200 if ok else 401)
                    self.send_header("Content-Length", str(len(reply)))
                    if rx.close_header:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(reply)
                finally:
                    with rx.lock:
                        rx.in_flight -= 1

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        if tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(str(tls[0]), str(tls[1]))
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}/hooks"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def keys(self) -> list[str | None]:
        return [r[2] for r in self.requests]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def rx():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture(autouse=True)
def fresh_pools():
    webhook.close_all()
    yield
    webhook.close_all()


def hook(url: str, **opts) -> Action:
    return Action(ActionConfig("app", "webhook", {"url": url, "secret": SECRET, **opts}), None)


def ev(i) -> dict:
    return {**EVENT, "id": f"e{i}"}


# -- keep-alive ----------------------------------------------------------------------------------
def test_deliveries_one_after_another_share_one_connection(rx):
    a = hook(rx.url)
    for i in range(30):
        a.deliver(ev(i), Context())
    assert rx.connections == 1
    assert rx.keys() == [f"e{i}" for i in range(30)]
    assert all(ok for *_, ok in rx.requests)  # every signature verifies


def test_two_actions_to_the_same_endpoint_share_its_connections(rx):
    a, b = hook(rx.url), hook(rx.url.replace("/hooks", "/other"))
    for i in range(5):
        a.deliver(ev(i), Context())
        b.deliver(ev(100 + i), Context())
    assert rx.connections == 1 and len(rx.requests) == 10


def test_a_receiver_closing_idle_connections_loses_nothing(rx):
    rx.idle_timeout = 0.15
    a = hook(rx.url)
    for i in range(4):
        a.deliver(ev(i), Context())
        a.deliver(ev(100 + i), Context())  # at once: the same connection
        time.sleep(0.35)  # the receiver closes it meanwhile; the client sees that before reusing it
    assert len(rx.requests) == 8 and rx.connections == 4  # no request lost on a dead connection
    assert all(ok for *_, ok in rx.requests)


def test_a_connection_closed_as_the_request_arrives_is_retried_once_on_a_fresh_one(rx):
    rx.drop = lambda conn_no, req_no: req_no == 2  # every kept connection dies on its second request
    a = hook(rx.url)
    for i in range(3):
        a.deliver(ev(i), Context())  # no Retry: the repeat on a new connection answered
    # e1 and e2 were each sent on a kept connection that closed, then once more on a new one:
    # the same Idempotency-Key, and a valid signature both times
    assert rx.keys() == ["e0", "e1", "e1", "e2", "e2"]
    assert [(c, r) for c, r, *_ in rx.requests] == [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1)]
    assert all(ok for *_, ok in rx.requests) and rx.connections == 3


def test_a_fresh_connection_that_fails_is_not_repeated(rx):
    a = hook(rx.url)
    rx.drop = lambda conn_no, req_no: True
    with pytest.raises(Retry, match="127.0.0.1"):
        a.deliver(ev(0), Context())
    assert rx.keys() == ["e0"]  # a new connection: not repeated here (the outbox retries later)
    rx.drop = lambda conn_no, req_no: req_no > 1 or conn_no > 2
    a.deliver(ev(1), Context())  # connection 2, kept
    with pytest.raises(Retry):
        a.deliver(ev(2), Context())  # on the kept one, then once (only once) on a new one
    assert rx.keys() == ["e0", "e1", "e2", "e2"]


def test_a_timeout_is_not_repeated_on_a_new_connection(rx):
    a = hook(rx.url, timeout=0.3)
    a.deliver(ev(0), Context())
    rx.delay = 1.0
    t = time.monotonic()
    with pytest.raises(Retry, match="timed out"):
        a.deliver(ev(1), Context())
    assert time.monotonic() - t < 0.9 and rx.keys() == ["e0", "e1"]


def test_connection_close_and_long_answers_are_not_reused(rx):
    a = hook(rx.url)
    rx.close_header = True
    for i in range(3):
        a.deliver(ev(i), Context())
    assert rx.connections == 3
    rx.close_header = False
    rx.answer_size = 200_000  # more than the client reads: it closes rather than read on
    for i in range(3, 6):
        a.deliver(ev(i), Context())
    assert rx.connections == 6
    rx.answer_size = 1000
    for i in range(6, 9):
        a.deliver(ev(i), Context())
    assert rx.connections == 7 and len(rx.requests) == 9


def test_keepalive_can_be_turned_off(rx):
    a = hook(rx.url, keepalive=False)
    for i in range(3):
        a.deliver(ev(i), Context())
    assert rx.connections == 3


def test_status_classes_on_a_kept_connection(rx):
    a = hook(rx.url)
    a.deliver(ev(0), Context())
    bad = Action(ActionConfig("app", "webhook", {"url": rx.url, "secret": "wrong"}), None)
    with pytest.raises(Permanent, match="HTTP 401"):
        bad.deliver(ev(1), Context())
    a.deliver(ev(2), Context())
    assert rx.connections == 1  # a 4xx answer read to its end keeps the connection


# -- bounded concurrency -------------------------------------------------------------------------
def test_concurrency_per_endpoint_is_bounded_across_threads(rx):
    rx.delay = 0.05
    a = hook(rx.url, concurrency=3)
    errors: list[Exception] = []

    def send(i):
        try:
            a.deliver(ev(i), Context())
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors and len(rx.requests) == 12
    assert rx.max_in_flight == 3 and rx.connections == 3


def test_waiting_for_a_free_connection_counts_in_the_deadline(rx):
    rx.delay = 0.6
    a = hook(rx.url, concurrency=1)
    t = threading.Thread(target=a.deliver, args=(ev(0), Context()))
    t.start()
    time.sleep(0.1)
    with pytest.raises(Retry, match="no connection free"):
        a.deliver(ev(1), Context(deadline=time.monotonic() + 0.2))
    t.join(5)
    assert rx.keys() == ["e0"]


# -- the outbox ----------------------------------------------------------------------------------
def setup(tmp_path, url: str, n: int, outbox: str = ""):
    (tmp_path / "secret").write_text(SECRET)
    cfg = loads(f"state_dir: {tmp_path}\noutbox: {{tries: 2, backoff_initial: 1ms, backoff_max: 2ms{outbox}}}\n"
                f"actions: {{app: {{type: webhook, url: '{url}', secret_file: {tmp_path / 'secret'}}}}}\n"
                "rules: [{match: {}, actions: [app]}]\n", env={}, base=tmp_path)
    store = Store(cfg.db_path)
    now = time.time()
    with store.transaction():
        for i in range(n):
            store.insert_event(id=f"e{i}", event="bounce", kind="failed", address=f"a{i}@x", class_="hard",
                               reason="user_unknown", source="t", received_at=now, occurred_at=now, cause=None,
                               payload=ev(i))
            store.enqueue(f"e{i}", "app", now)
    return Outbox(cfg, store), store


def test_flush_delivers_concurrently_on_few_connections(tmp_path, rx):
    rx.delay = 0.01
    ob, store = setup(tmp_path, rx.url, 150, ", batch: 60")
    r = ob.run(due_only=False)
    assert (r.done, r.retry, r.dead, r.skipped) == (150, 0, 0, 0)
    assert store.counts() == {"pending": 0, "done": 150, "dead": 0}
    assert sorted(rx.keys()) == sorted(f"e{i}" for i in range(150))  # each once
    assert all(ok for *_, ok in rx.requests)
    assert 2 <= rx.max_in_flight <= webhook.CONCURRENCY
    assert rx.connections <= webhook.CONCURRENCY


def test_flush_survives_a_receiver_that_closes_connections(tmp_path, rx):
    rx.drop = lambda conn_no, req_no: req_no % 7 == 0  # now and then, one dies under a request
    ob, store = setup(tmp_path, rx.url, 100)
    r = ob.run(due_only=False)
    assert (r.done, r.retry, r.dead) == (100, 0, 0)
    assert set(rx.keys()) == {f"e{i}" for i in range(100)}
    assert all(ok for *_, ok in rx.requests)


def test_outcomes_of_concurrent_deliveries(tmp_path, rx):
    refuse = {"e3", "e7"}
    ob, store = setup(tmp_path, rx.url, 12)
    real = ob.action("app")

    class Picky:
        concurrency = 4

        def deliver(self, event, ctx):
            if event["id"] in refuse:
                raise Permanent("HTTP 400")
            real.deliver(event, ctx)

    ob._actions["app"] = Picky()
    r = ob.run(due_only=False)
    assert (r.done, r.dead) == (10, 2) and len(rx.requests) == 10
    assert {d.event_id for d in store.deliveries(("dead",))} == refuse


class Fake:
    """An action with ``concurrency``: records calls; ``fail`` = exception class for every call."""

    def __init__(self, concurrency=3, fail=None, on_call=None):
        self.concurrency, self.fail, self.on_call = concurrency, fail, on_call
        self.calls: list[str] = []
        self.lock = threading.Lock()

    def deliver(self, event, ctx):
        with self.lock:
            self.calls.append(event["id"])
        if self.on_call:
            self.on_call(event)
        if self.fail:
            raise self.fail("nope")


def test_a_down_target_is_not_hammered_by_the_concurrent_path(tmp_path):
    ob, store = setup(tmp_path, "http://127.0.0.1:9/", 20)
    ob._actions["app"] = fake = Fake(concurrency=3, fail=Retry)
    r = ob.run()
    tried = set(fake.calls)
    assert len(tried) <= 3 * 2                      # the first wave at most (tries: 2 each), not 20
    assert r.retry == len(tried) and r.retry + r.skipped == 20
    rows = store.deliveries(("pending",))
    assert sum(d.attempts for d in rows) == len(tried)
    assert all(d.next_attempt > 0 for d in rows)    # the rest postponed, no attempt counted
    # a flush gives every one of them a try
    fake.calls.clear()
    r = ob.run(due_only=False)
    assert r.retry == 20 and set(fake.calls) == {f"e{i}" for i in range(20)}


def test_deliveries_whose_lease_was_taken_over_are_skipped(tmp_path):
    import sqlite3

    ob, store = setup(tmp_path, "http://127.0.0.1:9/", 12)
    other = sqlite3.connect(store.path, isolation_level=None, timeout=10, check_same_thread=False)

    stolen = threading.Event()

    def steal(event):  # another worker takes the last four over while this pass runs
        if event["id"] == "e0":
            other.execute("UPDATE outbox SET lease_owner='someone-else', lease_until=9e9 "
                          "WHERE event_id IN ('e8','e9','e10','e11')")
            stolen.set()
        assert stolen.wait(10)  # the others wait for it: no race to renew e8.. first

    ob._actions["app"] = fake = Fake(concurrency=2, on_call=steal)
    r = ob.run(due_only=False)
    assert r.done == 8 and r.skipped == 4
    assert not {"e8", "e9", "e10", "e11"} & set(fake.calls)
    assert store.counts()["done"] == 8


def test_nothing_starts_after_the_deadline(tmp_path):
    ob, store = setup(tmp_path, "http://127.0.0.1:9/", 10)
    ob._actions["app"] = fake = Fake(concurrency=3)
    r = ob.run(deadline=time.monotonic() - 1)
    assert r.skipped == 10 and not fake.calls and store.counts()["pending"] == 10
    ob._actions["app"] = Fake(concurrency=3, on_call=lambda e: time.sleep(0.05))
    r = ob.run(deadline=time.monotonic() + 0.12)
    assert 0 < r.done < 10 and r.done + r.skipped == 10
    assert ob.run().done == 10 - r.done  # the released ones are claimable again


def test_a_bug_in_an_action_keeps_the_delivery(tmp_path):
    ob, store = setup(tmp_path, "http://127.0.0.1:9/", 4)
    ob._actions["app"] = Fake(concurrency=2, fail=KeyError)
    r = ob.run()
    assert r.retry == 4 and all("KeyError" in e for e in r.errors)


# -- TLS -----------------------------------------------------------------------------------------
@pytest.mark.skipif(not shutil.which("openssl"), reason="openssl not installed")
def test_tls_connections_are_verified_and_kept(tmp_path):
    import mailstack

    tls = mailstack.make_test_ca(tmp_path / "tls")
    r = Receiver(tls=(tls.cert, tls.key))
    try:
        url = r.url.replace("127.0.0.1", "localhost")
        with pytest.raises(Retry, match="CERTIFICATE_VERIFY_FAILED"):
            hook(url).deliver(ev(0), Context())
        a = hook(url, ca_file=str(tls.ca_cert))
        for i in range(5):
            a.deliver(ev(i), Context())
        assert len(r.requests) == 5 and r.connections == 1  # one kept (the refused one never got a request)
    finally:
        r.close()


def test_headers_userinfo_and_contract(rx):
    seen = {}
    a = hook(rx.url.replace("http://", "http://us%40er:p%3Ass@"),
             headers=["X-Extra: 1", "Content-Type: text/plain", "Idempotency-Key: forged"])
    orig = rx.server.RequestHandlerClass.do_POST

    def do_post(handler):
        seen.update({k.lower(): v for k, v in handler.headers.items()})
        orig(handler)

    rx.server.RequestHandlerClass.do_POST = do_post
    a.deliver(ev(0), Context())
    import base64

    assert seen["authorization"] == "Basic " + base64.b64encode(b"us@er:p:ss").decode()
    assert seen["x-extra"] == "1" and seen["content-type"] == "application/json"
    assert seen["idempotency-key"] == "e0" and seen["user-agent"].startswith("bouncefilter-webhook/")
    assert "connection" not in seen or seen["connection"].lower() != "close"


def test_a_proxy_from_the_environment_is_used(monkeypatch, rx):
    """http_proxy is honoured (as urllib did): the request goes to the proxy in absolute form."""
    got = []
    proxy = socket.socket()
    proxy.bind(("127.0.0.1", 0))
    proxy.listen(1)

    def serve():
        conn, _ = proxy.accept()
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        got.append(data)
        conn.sendall(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")
        conn.close()

    threading.Thread(target=serve, daemon=True).start()
    monkeypatch.setenv("http_proxy", f"http://u:pw@127.0.0.1:{proxy.getsockname()[1]}")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    hook("http://hooks.example:8080/b?x=1").deliver(ev(0), Context())
    head = got[0].decode()
    assert head.startswith("POST http://hooks.example:8080/b?x=1 HTTP/1.1\r\n")
    assert "Proxy-Authorization: Basic dTpwdw==" in head
    proxy.close()


def test_concurrency_and_keepalive_are_config_keys():
    from filter.config import ConfigError, loads

    c = loads("actions:\n  app: {type: webhook, url: 'https://h.example/x', secret: '${S}', concurrency: 2, keepalive: false}\n",
              env={"S": "s"})
    assert c.actions["app"].options["concurrency"] == 2 and c.actions["app"].options["keepalive"] is False
    try:
        loads("actions:\n  app: {type: webhook, url: 'https://h.example/x', secret: '${S}', concurrency: 0}\n",
              env={"S": "s"})
    except ConfigError as e:
        assert "actions.app.concurrency: must be at least 1" in str(e)
    else:
        raise AssertionError("concurrency 0 accepted")
