"""``bouncefilter web``'s HTTP API, /healthz and /metrics, against a real process over HTTP on
127.0.0.1, on a store filled by ``bouncefilter process`` over the shared corpus."""
from __future__ import annotations

import json
import signal
import statistics
import time
import urllib.error
import urllib.parse

import pytest

import webstack as ws

pytestmark = pytest.mark.skipif(not ws.CORPUS.is_dir(), reason=f"the shared corpus is not at {ws.CORPUS}")


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return ws.make_home(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def server(home):
    s = ws.start_web(home)
    yield s
    assert s.stop() == 0, s.log.read_text()


def listed(home) -> list[str]:
    return home.cli("suppression", "list", "--config", str(home.config)).stdout.split()


def events(home, *args) -> list[dict]:
    out = home.cli("events", "--config", str(home.config), *args).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


# -- authentication ------------------------------------------------------------------------------
@pytest.mark.parametrize("method,path,body", [
    ("GET", "/api/v1/suppressions", None), ("GET", "/api/v1/suppressions/a@example.com", None),
    ("PUT", "/api/v1/suppressions/a@example.com", {"reason": "x"}),
    ("DELETE", "/api/v1/suppressions/a@example.com", None),
    ("POST", "/api/v1/suppressions/check", {"addresses": ["a@example.com"]}),
    ("GET", "/api/v1/events", None), ("GET", "/api/v1/stats", None), ("GET", "/api/v1/overview", None)])
def test_without_a_token_401(server, method, path, body):
    status, data = server.json(method, path, body=body)
    assert status == 401
    assert "token" in data["error"]
    status, data = server.json(method, path, body=body, token="not-a-configured-token-xxxx")
    assert status == 401


def test_read_only_token_403_on_writes_200_on_reads(server, home):
    status, data = server.json("PUT", "/api/v1/suppressions/ro@example.com", token=ws.READ_TOKEN,
                               body={"reason": "x"})
    assert status == 403 and "read-only" in data["error"]
    status, _ = server.json("DELETE", "/api/v1/suppressions/ro@example.com", token=ws.READ_TOKEN)
    assert status == 403
    assert "ro@example.com" not in listed(home)
    status, data = server.json("GET", "/api/v1/suppressions?limit=5", token=ws.READ_TOKEN)
    assert status == 200 and len(data["items"]) == 5


def test_healthz_needs_no_token(server):
    status, data = server.json("GET", "/healthz")
    assert (status, data) == (200, {"status": "ok"})


# -- suppressions --------------------------------------------------------------------------------
def test_put_get_delete_through_the_engine(server, home):
    a = "api-added@example.com"
    status, data = server.json("GET", f"/api/v1/suppressions/{a}", token=ws.WRITE_TOKEN)
    assert status == 404 and data["suppressed"] is False
    status, data = server.json("PUT", f"/api/v1/suppressions/{a}", token=ws.WRITE_TOKEN, body={"reason": "asked us"})
    assert status == 201 and data["created"] is True and data["reason"] == "asked us" and data["policy"] == "manual"
    status, data = server.json("PUT", f"/api/v1/suppressions/{a}", token=ws.WRITE_TOKEN, body={"reason": "again"})
    assert status == 200 and data["created"] is False
    assert a in listed(home)
    status, data = server.json("GET", f"/api/v1/suppressions/{a.upper()}", token=ws.READ_TOKEN)
    assert status == 200 and data["address"] == a and data["suppressed"] is True
    status, data = server.json("DELETE", f"/api/v1/suppressions/{a}", token=ws.WRITE_TOKEN)
    assert status == 200 and data == {"address": a, "suppressed": False}
    assert a not in listed(home)
    status, _ = server.json("DELETE", f"/api/v1/suppressions/{a}", token=ws.WRITE_TOKEN)
    assert status == 404
    made = [e for e in events(home, "--address", a) if e["event"] in ("suppressed", "unsuppressed")]
    assert [e["event"] for e in made] == ["suppressed", "unsuppressed"]
    assert {e["source"] for e in made} == {"web:admin"}


def test_list_pages_with_a_cursor_cover_the_whole_list(server, home):
    seen, cursor, pages = [], None, 0
    while True:
        q = "/api/v1/suppressions?limit=17" + (f"&cursor={cursor}" if cursor else "")
        status, data = server.json("GET", q, token=ws.READ_TOKEN)
        assert status == 200
        seen += [r["address"] for r in data["items"]]
        pages += 1
        cursor = data["next_cursor"]
        if cursor is None:
            break
    assert pages > 2
    assert seen == sorted(listed(home))


def test_search(server, home):
    status, data = server.json("GET", "/api/v1/suppressions?search=CAMPAIGN.example", token=ws.READ_TOKEN)
    assert status == 200
    assert sorted(r["address"] for r in data["items"]) == sorted(a for a in listed(home) if "campaign.example" in a)
    assert data["items"]


def test_bulk_check_of_1000_addresses_in_one_request_under_200ms(server, home):
    on_list = listed(home)
    addresses = (on_list * (500 // len(on_list) + 1))[:500] + [f"free{i}@nowhere.example" for i in range(500)]
    assert len(addresses) == 1000
    times = []
    for _ in range(5):
        started = time.perf_counter()
        status, data = server.json("POST", "/api/v1/suppressions/check", token=ws.READ_TOKEN,
                                   body={"addresses": addresses})
        times.append(time.perf_counter() - started)
        assert status == 200
    results = data["results"]
    assert [r["address"] for r in results] == [a.lower() for a in addresses]
    assert all(r["suppressed"] is True and r["reason"] is not None for r in results[:500])
    assert all(r["suppressed"] is False and r["reason"] is None for r in results[500:])
    median = statistics.median(times)
    print(f"bulk check of 1,000 addresses over HTTP: median {median * 1000:.1f} ms, best {min(times) * 1000:.1f} ms")
    assert median < 0.2


@pytest.mark.parametrize("method,path,body,status,words", [
    ("PUT", "/api/v1/suppressions/not-an-address", {"reason": "x"}, 400, "not an email address"),
    ("PUT", "/api/v1/suppressions/x@example.com", {"reason": "x" * 201}, 400, "200 characters"),
    ("PUT", "/api/v1/suppressions/x@example.com", {"reason": 5}, 400, "reason"),
    ("POST", "/api/v1/suppressions/check", {"addresses": "a@example.com"}, 400, "list of strings"),
    ("POST", "/api/v1/suppressions/check", {"addresses": ["a@example.com"] * 1001}, 400, "at most 1000"),
    ("GET", "/api/v1/suppressions?cursor=%%%", None, 400, "cursor"),
    ("GET", "/api/v1/suppressions?limit=0", None, 400, "limit"),
    ("GET", "/api/v1/events?kind=nonsense", None, 400, "kind"),
    ("GET", "/api/v1/events?since=yesterdayish", None, 400, "since"),
    ("GET", "/api/v1/events/nope", None, 404, "no such event"),
])
def test_bad_input_gets_a_clear_error(server, method, path, body, status, words):
    got, data = server.json(method, path, body=body, token=ws.WRITE_TOKEN)
    assert got == status
    assert words in data["error"]


def test_bad_json_and_a_body_too_large(server):
    status, body, _ = server.request("POST", "/api/v1/suppressions/check", token=ws.READ_TOKEN, raw=b"{nope",
                                     headers={"Content-Type": "application/json"})
    assert status == 400 and b"not JSON" in body
    # a body announced over web.max_body (4 MiB) is refused before it is read
    import http.client

    conn = http.client.HTTPConnection(server.url.removeprefix("http://"), timeout=10)
    conn.putrequest("POST", "/api/v1/suppressions/check")
    for k, v in (("Authorization", f"Bearer {ws.READ_TOKEN}"), ("Content-Type", "application/json"),
                 ("Content-Length", str(5 * 1024 * 1024))):
        conn.putheader(k, v)
    conn.endheaders()
    r = conn.getresponse()
    body = r.read()
    conn.close()
    assert r.status == 413 and b"max_body" in body
    assert b"Traceback" not in body


def test_a_check_with_a_bad_address_answers_per_address(server):
    status, data = server.json("POST", "/api/v1/suppressions/check", token=ws.READ_TOKEN,
                               body={"addresses": ["ok@nowhere.example", "no at sign"]})
    assert status == 200
    assert data["results"][0] == {"address": "ok@nowhere.example", "suppressed": False, "reason": None}
    assert data["results"][1]["suppressed"] is None and data["results"][1]["error"]


# -- events, stats, schema -----------------------------------------------------------------------
def test_events_query_filters_and_pages_newest_first(server, home):
    got, cursor = [], None
    for _ in range(3):
        status, data = server.json("GET", "/api/v1/events?kind=failed&class=hard&limit=20"
                                   + (f"&cursor={cursor}" if cursor else ""), token=ws.READ_TOKEN)
        assert status == 200
        got += data["items"]
        cursor = data["next_cursor"]
    assert len(got) == 60 and len({e["id"] for e in got}) == 60
    assert all(e["kind"] == "failed" and e["recipient"]["class"] == "hard" for e in got)
    assert [e["received_at"] for e in got] == sorted((e["received_at"] for e in got), reverse=True)
    status, one = server.json("GET", f"/api/v1/events/{got[0]['id']}", token=ws.READ_TOKEN)
    assert status == 200 and one["id"] == got[0]["id"] and one["raw_stored"] in (True, False)
    addr = got[0]["recipient"]["address"]
    status, data = server.json("GET", "/api/v1/events?address=" + urllib.parse.quote(addr), token=ws.READ_TOKEN)
    assert data["items"] and all(e["recipient"]["address"] == addr for e in data["items"])


def test_stats_are_bouncefilter_stats(server, home):
    status, api = server.json("GET", "/api/v1/stats?since=30d", token=ws.READ_TOKEN)
    assert status == 200
    cli = json.loads(home.cli("stats", "--config", str(home.config), "--since", "30d", "--format", "json").stdout)
    assert api["bounces"] == cli["bounces"] and api["domains"] == cli["domains"] and api["events"] == cli["events"]
    assert api["bounces"]["total"] > 300


def test_openapi_schema_documents_every_route(server):
    status, schema = server.json("GET", "/api/v1/openapi.json")
    assert status == 200 and schema["openapi"].startswith("3.1")
    assert {"/suppressions", "/suppressions/{address}", "/suppressions/check", "/events", "/events/{id}",
            "/stats"} <= set(schema["paths"])
    assert set(schema["paths"]["/suppressions/{address}"]) >= {"get", "put", "delete"}
    assert schema["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_responses_carry_security_headers(server):
    _, _, headers = server.request("GET", "/healthz")
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


# -- metrics -------------------------------------------------------------------------------------
def test_metrics_parse_and_match_bouncefilter_stats(server, home):
    from prometheus_client.parser import text_string_to_metric_families

    status, body, headers = server.request("GET", "/metrics")
    assert status == 200 and headers["content-type"].startswith("text/plain")
    families = {f.name: f for f in text_string_to_metric_families(body.decode())}
    by_kind: dict[str, float] = {}
    for s in families["bouncefilter_bounces"].samples:
        if s.name == "bouncefilter_bounces_total":
            by_kind[s.labels["kind"]] = by_kind.get(s.labels["kind"], 0) + s.value
    cli = json.loads(home.cli("stats", "--config", str(home.config), "--since", "36500d", "--format", "json").stdout)
    not_bounce = by_kind.pop("not_bounce", 0)
    assert by_kind == {k: float(v) for k, v in cli["bounces"]["by_kind"].items()}
    assert not_bounce == cli["not_bounce"]
    events = {s.labels["event"]: s.value for s in families["bouncefilter_events"].samples
              if s.name == "bouncefilter_events_total"}
    assert events == {k: float(v) for k, v in cli["events"].items()}
    supp = families["bouncefilter_suppressions"].samples[0].value
    assert supp == cli["suppressions"]["listed"] == len(listed(home))
    outbox = {s.labels["state"]: s.value for s in families["bouncefilter_outbox_deliveries"].samples}
    assert outbox["pending"] > 0  # process --no-deliver left them
    assert families["bouncefilter_outbox_oldest_pending_age_seconds"].samples[0].value >= 0
    assert families["bouncefilter_store_up"].samples[0].value == 1
    assert "bouncefilter_quarantined" in families and "bouncefilter_store_errors" in families
    latency = {s.name: s.value for s in families["bouncefilter_outbox_delivery_seconds"].samples
               if s.name != "bouncefilter_outbox_delivery_seconds_bucket"}
    assert latency["bouncefilter_outbox_delivery_seconds_count"] == outbox.get("done", 0)


# -- the session and CSRF of the pages -----------------------------------------------------------
def _login(server, token):
    status, body, headers = server.request(
        "POST", "/login", raw=urllib.parse.urlencode({"token": token, "next": "/suppressions"}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"})
    return status, headers


def test_login_sets_a_strict_httponly_session_and_forms_need_its_csrf_token(server, home):
    import http.cookiejar
    import urllib.request

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = urllib.parse.urlencode({"token": ws.WRITE_TOKEN, "next": "/suppressions"}).encode()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    raw = urllib.request.build_opener(NoRedirect, urllib.request.HTTPCookieProcessor(jar))
    try:
        raw.open(urllib.request.Request(server.url + "/login", data=form))
        raise AssertionError("no redirect after login")
    except urllib.error.HTTPError as e:
        assert e.code == 303 and e.headers["location"] == "/suppressions"
        cookie = e.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert ws.WRITE_TOKEN not in cookie
    page = opener.open(server.url + "/suppressions").read().decode()
    assert 'name="csrf"' in page
    # a form post without the CSRF token: refused, nothing listed
    req = urllib.request.Request(server.url + "/suppressions/add",
                                 data=urllib.parse.urlencode({"address": "csrf@example.com"}).encode())
    with pytest.raises(urllib.error.HTTPError) as err:
        opener.open(req)
    assert err.value.code == 403
    assert "csrf@example.com" not in listed(home)
    status, _ = _login(server, "wrong-token-0000000000000")
    assert status == 401



# -- starting, reloading, refusing ---------------------------------------------------------------
def test_sighup_reloads_tokens(tmp_path):
    home = ws.make_home(tmp_path, corpus=False)
    server = ws.start_web(home)
    try:
        assert server.json("GET", "/api/v1/stats", token=ws.READ_TOKEN)[0] == 200
        text = home.config.read_text().replace("token_file: " + str(home.root / "read.token"),
                                               'token: "${BF_NEW}"')
        home.config.write_text(text)
        # the process's environment was read at its start: give the new token by file instead
        (home.root / "new.token").write_text("a-brand-new-token-0123456789\n")
        home.config.write_text(text.replace('token: "${BF_NEW}"', f"token_file: {home.root / 'new.token'}"))
        server.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and server.json("GET", "/api/v1/stats", token=ws.READ_TOKEN)[0] != 401:
            time.sleep(0.1)
        assert server.json("GET", "/api/v1/stats", token=ws.READ_TOKEN)[0] == 401
        assert server.json("GET", "/api/v1/stats", token="a-brand-new-token-0123456789")[0] == 200
        # an invalid file keeps the configuration in use
        home.config.write_text("web: {listen: [}\n")
        server.proc.send_signal(signal.SIGHUP)
        time.sleep(1)
        assert server.json("GET", "/api/v1/stats", token="a-brand-new-token-0123456789")[0] == 200
    finally:
        assert server.stop() == 0
    assert "reload" in server.log.read_text()


def test_refuses_a_public_address_without_tls_and_tokens(tmp_path):
    home = ws.make_home(tmp_path, corpus=False)
    r = home.cli("web", "--config", str(home.config), "--listen", f"0.0.0.0:{ws.free_port()}", check=False)
    assert r.returncode == 78
    assert "not a loopback address" in r.stderr and "tls_cert" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "public.yaml"
    bad.write_text(f"state_dir: {tmp_path / 'state'}\nweb: {{listen: '0.0.0.0:8025'}}\n")
    r = home.cli("check-config", str(bad), check=False)
    assert r.returncode == 78 and "web.listen" in r.stderr and "allow_insecure" in r.stderr
    r = home.cli("web", "--config", str(home.config), "--listen", "nonsense", check=False)
    assert r.returncode == 2 and "HOST:PORT" in r.stderr


def test_a_port_in_use_is_a_clear_error(tmp_path):
    import socket

    home = ws.make_home(tmp_path, corpus=False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = home.cli("web", "--config", str(home.config), "--listen", f"127.0.0.1:{port}", check=False, timeout=30)
    assert r.returncode == 69 and "cannot listen" in r.stderr and "Traceback" not in r.stderr


def test_metrics_auth_asks_for_a_token(tmp_path):
    home = ws.make_home(tmp_path, extra="  metrics_auth: true\n", corpus=False)
    server = ws.start_web(home)
    try:
        assert server.request("GET", "/metrics")[0] == 401
        status, body, _ = server.request("GET", "/metrics", token=ws.READ_TOKEN)
        assert status == 200 and b"bouncefilter_bounces_total" in body
        assert server.request("GET", "/healthz")[0] == 200
    finally:
        assert server.stop() == 0


def test_over_tls_the_session_cookie_is_secure_and_hsts_is_sent(tmp_path):
    import mailstack as ms

    tls = ms.make_test_ca(tmp_path / "tls")
    home = ws.make_home(tmp_path / "home", corpus=False,
                        extra=f"  tls_cert: {tls.cert}\n  tls_key: {tls.key}\n")
    server = ws.start_web(home, ssl_context=tls.client_context())
    try:
        assert server.url.startswith("https://127.0.0.1:")
        status, _, headers = server.request("GET", "/healthz")
        assert status == 200 and headers["strict-transport-security"].startswith("max-age=")
        import http.client

        conn = http.client.HTTPSConnection(server.url.removeprefix("https://"), context=tls.client_context(),
                                           timeout=10)
        conn.request("POST", "/login", body=urllib.parse.urlencode({"token": ws.READ_TOKEN}),
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        r = conn.getresponse()
        r.read()
        conn.close()
        assert r.status == 303
        cookie = r.getheader("set-cookie") or ""
        assert "; secure" in cookie.lower() and "httponly" in cookie.lower()
        assert server.json("GET", "/api/v1/stats", token=ws.READ_TOKEN)[0] == 200
        # a client that does not trust the certificate is refused
        other = ws.WebServer(server.url, server.proc, server.log, tls.client_context(wrong_ca=True))
        import ssl

        with pytest.raises((ssl.SSLError, urllib.error.URLError)):
            other.request("GET", "/healthz")
    finally:
        assert server.stop() == 0


def test_on_a_shared_postgresql_store(tmp_path, pg_url):
    """The same service over the PostgreSQL store several hosts share (pgstack's private cluster)."""
    home = ws.make_home(tmp_path, top=f"store: {{url: '{pg_url}'}}\n")
    server = ws.start_web(home)
    try:
        status, data = server.json("PUT", "/api/v1/suppressions/pg-web@example.com", token=ws.WRITE_TOKEN,
                                   body={"reason": "pg"})
        assert status == 201
        on_list = listed(home)
        assert "pg-web@example.com" in on_list and len(on_list) > 90
        status, data = server.json("POST", "/api/v1/suppressions/check", token=ws.READ_TOKEN,
                                   body={"addresses": on_list[:500] + [f"n{i}@x.example" for i in range(500)]})
        assert status == 200 and sum(r["suppressed"] for r in data["results"]) == min(500, len(on_list))
        status, page, _ = server.request("GET", "/domains?days=7", token=ws.READ_TOKEN,
                                         headers={"Accept": "text/html"})
        assert status == 200 and page.count(b'class="spark"') >= 10
        assert server.json("DELETE", "/api/v1/suppressions/pg-web@example.com", token=ws.WRITE_TOKEN)[0] == 200
        assert [e["source"] for e in events(home, "--address", "pg-web@example.com")
                if e["event"] == "unsuppressed"] == ["web:admin"]
    finally:
        assert server.stop() == 0


def test_outbox_page_lists_and_retries_a_dead_delivery(server, home):
    import sqlite3

    db = sqlite3.connect(home.root / "state" / "bouncefilter.db")
    try:
        (did,) = db.execute("SELECT min(id) FROM outbox WHERE state = 'pending'").fetchone()
        with db:
            db.execute("UPDATE outbox SET state = 'dead', last_error = 'receiver said 500' WHERE id = ?", (did,))
        status, page, _ = server.request("GET", "/outbox", token=ws.READ_TOKEN, headers={"Accept": "text/html"})
        assert status == 200 and b"receiver said 500" in page
        # a read-only token may not retry
        form = urllib.parse.urlencode({"id": did}).encode()
        hs = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html"}
        assert server.request("POST", "/outbox/retry", token=ws.READ_TOKEN, raw=form, headers=hs)[0] == 403
        status, page, _ = server.request("POST", "/outbox/retry", token=ws.WRITE_TOKEN, raw=form, headers=hs)
        assert status == 200 and b"1 delivery(ies) due again" in page
        assert db.execute("SELECT state FROM outbox WHERE id = ?", (did,)).fetchone() == ("pending",)
    finally:
        db.close()
