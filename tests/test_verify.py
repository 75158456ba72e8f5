"""``bouncefilter verify`` / ``filter.hygiene.verify`` against a real DNS server and a real SMTP MX.

NSD serves the test zone of ``tests/dnsstack.py`` on 127.0.0.1; aiosmtpd (``ProbeMX``) is the MX
the probe talks to (its port through the probe's port override); a bound UDP socket that never
answers is the slow server.  Every verdict and reason is asked of them, the CLI is run as a
subprocess (formats, exit codes, progress on a terminal), and the store's history comes from
real bounces fed through ``bouncefilter process``.
"""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dnsstack
from dnsstack import NsdServer, ProbeMX, SilentDNS

UNAVAILABLE = dnsstack.unavailable_reason()
pytestmark = pytest.mark.skipif(UNAVAILABLE is not None, reason=f"dnsstack: {UNAVAILABLE}")

REPO = Path(__file__).resolve().parents[1]
BOUNCEFILTER = [sys.executable, "-m", "filter.cli"]


@pytest.fixture(scope="module")
def dns_server():
    with NsdServer() as server:
        yield server


@pytest.fixture(scope="module")
def mx():
    with ProbeMX() as server:
        yield server


def check(addresses, dns_server, **kw):
    from filter.hygiene import verify

    return verify(addresses, nameservers=[dns_server.address], test_domains=True, **kw)


def cli(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*BOUNCEFILTER, "verify", *args], capture_output=True, text=True, input=stdin,
                          cwd=REPO, timeout=120, env={**os.environ, **(env or {})})


# -- DNS: one verdict per case of the zone -----------------------------------------------------------
@pytest.mark.parametrize("address, verdict, reason", [
    ("jane@good.test", "deliverable", "mx"),
    ("x@nullmx.test", "undeliverable", "null_mx"),
    ("x@implicit.test", "deliverable", "implicit_mx"),
    ("x@implicit6.test", "deliverable", "implicit_mx"),
    ("x@nohost.test", "undeliverable", "no_mail_host"),
    ("x@badmx.test", "undeliverable", "mx_unresolvable"),
    ("x@nope.test", "undeliverable", "domain_not_found"),
    ("x@deeper.nope.test", "undeliverable", "domain_not_found"),
    ("x@backup.test", "deliverable", "mx"),  # the first MX host is missing, the second resolves
    ("x@example.org", "unknown", "dns_error"),  # the server REFUSES: no answer is not "undeliverable"
])
def test_dns_verdicts(dns_server, address, verdict, reason):
    r = check(address, dns_server)
    assert (r.verdict, r.reasons) == (verdict, (reason,)), r
    assert len(r.details) == 1 and r.details[0]


def test_mx_hosts_and_implicit_host_are_reported(dns_server):
    good, implicit, backup = check(["jane@good.test", "x@implicit.test", "x@backup.test"], dns_server)
    assert good.mx == ("mx.good.test",)
    assert implicit.mx == ("implicit.test",) and "127.0.0.1" in implicit.details[0]
    assert backup.mx == ("mx.good.test",)  # gone.backup.test (preference 5) does not resolve


def test_null_mx_detail_names_rfc_7505_meaning(dns_server):
    r = check("x@NullMX.test", dns_server)
    assert r.verdict == "undeliverable" and "accepts no mail" in r.details[0]
    assert r.normalized == "x@nullmx.test"


def test_silent_nameserver_gives_unknown_within_the_lifetime_once_per_domain():
    from filter.hygiene.verifier import Settings, Verifier
    from filter.hygiene.mailhost import parse_nameserver

    with SilentDNS() as silent:
        settings = Settings(nameservers=(parse_nameserver(silent.address),), timeout=0.3, lifetime=0.6,
                            test_domains=True, concurrency=8)
        started = time.monotonic()
        with Verifier(settings) as v:
            results = list(v.verify_many([f"u{i}@good.test" for i in range(20)]))
        took = time.monotonic() - started
    assert {r.verdict for r in results} == {"unknown"}
    assert {r.reasons for r in results} == {("dns_timeout",)}
    assert "0.6s" in results[0].details[0]
    # 20 addresses, one domain: one lookup waited (the others shared it), not 20 x 0.6 s
    assert took < 3.0, took
    assert v.resolver.queries == 1


def test_second_nameserver_answers_when_the_first_is_silent(dns_server):
    from filter.hygiene import verify

    with SilentDNS() as silent:  # each query waits `timeout` for the silent one, then asks the next
        r = verify("jane@good.test", nameservers=[silent.address, dns_server.address], test_domains=True,
                   timeout=0.3, lifetime=3.0)
    assert r.verdict == "deliverable" and r.reasons == ("mx",)


def test_concurrent_lookups_of_one_domain_ask_the_server_once(dns_server):
    from filter.hygiene.mailhost import parse_nameserver
    from filter.hygiene.verifier import Settings, Verifier

    domains = ["good.test", "implicit.test", "nullmx.test", "backup.test", "nope.test"]
    addresses = [f"user{i}@{domains[i % 5]}" for i in range(500)]
    with Verifier(Settings(nameservers=(parse_nameserver(dns_server.address),), test_domains=True,
                           concurrency=32)) as v:
        results = list(v.verify_many(addresses))
    assert [r.address for r in results] == addresses  # in input order
    assert v.resolver.queries == 5 + 2  # the domains, and the hosts mx.good.test, gone.backup.test
    assert sum(r.verdict == "deliverable" for r in results) == 300


# -- syntax ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "jane", "jane@", "@good.test", "a b@good.test", "jane@good,test",
                                  "x@a..test", "jane@good.test\x1b[31m", "x" * 70 + "@good.test",
                                  "jane@" + "a" * 300 + ".test", "jane@@good.test", "jane@good.test>",
                                  "\ud800@good.test"])
def test_bad_syntax_is_undeliverable_with_a_reason_never_an_exception(dns_server, text):
    r = check(text, dns_server)
    assert (r.verdict, r.reasons) == ("undeliverable", ("syntax",))
    assert r.details[0] and r.normalized is None and r.address == text


def test_internationalised_address_and_idn_domain(dns_server):
    r = check("Jörg@Ünicode.test", dns_server)
    assert (r.verdict, r.reasons) == ("deliverable", ("mx",))
    assert r.normalized == "Jörg@ünicode.test"  # the domain in lower case, NFC (RFC 6531, RFC 5890)


def test_special_use_domains_are_refused_unless_test_domains(dns_server):
    from filter.hygiene import verify

    r = verify("jane@good.test", nameservers=[dns_server.address])
    assert r.reasons == ("syntax",) and "special-use" in r.details[0]
    assert verify("jane@host.local", nameservers=[dns_server.address]).verdict == "undeliverable"


def test_address_literal_is_risky_without_dns(dns_server):
    r = check("jane@[192.0.2.1]", dns_server)
    assert (r.verdict, r.reasons) == ("risky", ("domain_literal",))


# -- the shipped lists ----------------------------------------------------------------------------
def test_disposable_role_and_typo(dns_server):
    disposable, role, typo, tagged = check(["x@mailinator.com", "postmaster@good.test", "jane@gmial.com",
                                            "Info+news@good.test"], dns_server)
    assert disposable.verdict == "risky" and disposable.reasons == ("disposable", "mx")
    assert role.verdict == "risky" and role.reasons == ("role_account", "mx")
    assert typo.verdict == "risky" and "typo" in typo.reasons and typo.suggestion == "jane@gmail.com"
    assert tagged.reasons == ("role_account", "mx")  # RFC 5233 subaddress: info+news is info


def test_typo_of_a_domain_that_does_not_exist_is_undeliverable_with_the_suggestion(dns_server):
    r = check("jane@hotmial.test", dns_server)  # not a typo target: only the DNS speaks
    assert r.suggestion is None and r.verdict == "undeliverable"
    r = check("jane@gmail.con", dns_server)  # our server is not authoritative for con.: REFUSED
    assert r.suggestion == "jane@gmail.com" and r.verdict == "unknown" and "typo" in r.reasons


@pytest.mark.parametrize("domain, suggestion", [
    ("gmial.com", "gmail.com"), ("gmail.con", "gmail.com"), ("gmai.com", "gmail.com"), ("gmail.cm", "gmail.com"),
    ("hotmial.com", "hotmail.com"), ("yaho.com", "yahoo.com"), ("outlok.com", "outlook.com"),
    ("googlemial.com", "googlemail.com"), ("protonmial.com", "protonmail.com"), ("aol.con", "aol.com"),
    # real domains, and short ones where one letter makes another real name: no suggestion
    ("gmail.com", None), ("email.com", None), ("mail.com", None), ("love.com", None), ("sol.com", None),
    ("example.com", None), ("gmx.at", None),
])
def test_typo_table(domain, suggestion):
    from filter.hygiene.lists import suggest_domain

    assert suggest_domain(domain) == suggestion


def test_lists_ship_with_the_package_and_read_parents():
    from filter.hygiene import lists

    assert len(lists.disposable_domains()) > 10_000
    assert lists.is_disposable("mailinator.com") and lists.is_disposable("x.mailinator.com")
    assert not lists.is_disposable("gmail.com") and not lists.is_disposable("com")
    assert lists.is_role("postmaster") and lists.is_role("NoReply") and not lists.is_role("jane")
    assert lists.distance("gmial", "gmail", 1) == 1 and lists.distance("abcdef", "uvwxyz", 2) == 3


# -- the SMTP probe (aiosmtpd as the MX, reached through the port override) -----------------------------
@pytest.mark.parametrize("address, verdict, reason", [
    ("jane@probe.test", "deliverable", "smtp_accepted"),
    ("nouser@probe.test", "undeliverable", "smtp_rejected"),
    ("grey@probe.test", "unknown", "smtp_tempfail"),
    ("blocked@probe.test", "unknown", "smtp_blocked"),  # a blocklist names us, not the address
    ("jane@catchall.test", "risky", "catch_all"),
    ("x@deadmx.test", "unknown", "smtp_unreachable"),
])
def test_probe_verdicts(dns_server, mx, address, verdict, reason):
    before = len(mx.messages)
    r = check(address, dns_server, probe=True, probe_port=mx.port)
    assert (r.verdict, r.reasons) == (verdict, ("mx", reason)), r
    assert len(mx.messages) == before  # RCPT only: never DATA, no mail sent


def test_probe_tests_a_random_local_part_for_catch_all(dns_server, mx):
    mx.rcpts.clear()
    r = check("jane@probe.test", dns_server, probe=True, probe_port=mx.port)
    assert r.verdict == "deliverable"
    assert mx.rcpts[0] == "jane@probe.test" and len(mx.rcpts) == 2
    assert mx.rcpts[1].endswith("@probe.test") and mx.rcpts[1] != "jane@probe.test"


def test_probe_is_off_by_default(dns_server, mx):
    mx.rcpts.clear()
    r = check("nouser@probe.test", dns_server)
    assert (r.verdict, r.reasons) == ("deliverable", ("mx",)) and mx.rcpts == []


def test_probe_of_an_internationalised_address_uses_smtputf8(dns_server, mx):
    mx.rcpts.clear()
    r = check("Jörg@probe.test", dns_server, probe=True, probe_port=mx.port)
    assert r.reasons == ("mx", "smtp_rejected")  # aiosmtpd offers SMTPUTF8; Jörg is no user there
    assert mx.rcpts[0] == "Jörg@probe.test"


# -- this project's history (real bounces through `bouncefilter process`) --------------------------------
@pytest.fixture
def config_with_history(tmp_path, dns_server):
    config = tmp_path / "bouncefilter.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n"
                      f"dns:\n  nameservers: ['{dns_server.address}']\n  lifetime: 2s\n")
    for name in ("01-postfix-user-unknown.eml", "02-exim-mailbox-full.eml"):
        r = subprocess.run([*BOUNCEFILTER, "process", "--config", str(config), str(REPO / "examples/bounces" / name)],
                           capture_output=True, text=True, cwd=REPO, timeout=120)
        assert r.returncode == 0, r.stdout + r.stderr
    return config


def test_history_suppressed_hard_bounced_and_soft_bounced(config_with_history):
    from filter.hygiene import verify

    jane, tom, other = verify(["jane.doe@customer.example", "tom@mail.example", "ann@customer.example"],
                              config=str(config_with_history))
    # customer.example is not in the test zone (REFUSED: unknown), but the store knows better
    assert jane.verdict == "undeliverable" and "suppressed_hard" in jane.reasons
    assert "user_unknown" in jane.details[jane.reasons.index("suppressed_hard")]
    assert tom.verdict == "unknown" and "soft_bounced" in tom.reasons
    assert "1 soft bounce(s) counted of the 3" in tom.details[tom.reasons.index("soft_bounced")]
    assert other.reasons == ("dns_error",)

    r = subprocess.run([*BOUNCEFILTER, "suppression", "remove", "jane.doe@customer.example", "--config",
                        str(config_with_history)], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert r.returncode == 0, r.stderr
    jane = verify("jane.doe@customer.example", config=str(config_with_history))
    assert "hard_bounced" in jane.reasons and "suppressed_hard" not in jane.reasons
    assert jane.verdict == "unknown"  # risky from the history, unknown from the DNS: the graver wins


def test_cli_uses_the_configs_nameservers_and_store(config_with_history):
    r = cli("jane.doe@customer.example", "x@nope.test", "--config", str(config_with_history), "--test-domains")
    assert r.returncode == 0, r.stderr
    jane, nope = [json.loads(line) for line in r.stdout.splitlines()]
    assert jane["verdict"] == "undeliverable" and "suppressed_hard" in jane["reasons"]
    assert nope["reasons"] == ["domain_not_found"]


# -- the command ----------------------------------------------------------------------------------
def test_cli_json_one_object_per_line_in_order(dns_server):
    r = cli("jane@good.test", "x@nullmx.test", "jane@gmial.com", "not-an-address",
            "--nameserver", dns_server.address, "--test-domains")
    assert r.returncode == 0, r.stderr  # every address checked, whatever the verdicts
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(o["address"], o["verdict"]) for o in rows] == [
        ("jane@good.test", "deliverable"), ("x@nullmx.test", "undeliverable"), ("jane@gmial.com", "risky"),
        ("not-an-address", "undeliverable")]
    assert {"address", "verdict", "reasons", "suggestion"} <= set(rows[0])
    assert rows[2]["suggestion"] == "jane@gmail.com" and rows[0]["suggestion"] is None
    assert r.stderr == ""  # not a terminal: no progress


def test_cli_csv_in_and_out(dns_server, tmp_path):
    f = tmp_path / "list.csv"
    f.write_text("name,Email,joined\nJane,jane@good.test,2026\nNobody,,2026\n# a comment\n"
                 "Eve,=1+1@good.test,2026\nX,x@nope.test,2026\n")
    r = cli("--file", str(f), "--format", "csv", "--nameserver", dns_server.address, "--test-domains")
    assert r.returncode == 1  # a row without an address: said, and the others checked
    assert f"{f}:3: no address in this row" in r.stderr
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(x["address"], x["verdict"], x["reasons"]) for x in rows] == [
        ("jane@good.test", "deliverable", "mx"),
        ("'=1+1@good.test", "deliverable", "mx"),  # neutralised for spreadsheets
        ("x@nope.test", "undeliverable", "domain_not_found")]


def test_cli_plain_file_and_stdin(dns_server, tmp_path):
    f = tmp_path / "list.txt"
    f.write_text("# subscribers\njane@good.test  # since 2020\n\nx@implicit.test\n")
    r = cli("--file", str(f), "--nameserver", dns_server.address, "--test-domains")
    assert r.returncode == 0, r.stderr
    assert [json.loads(x)["reasons"] for x in r.stdout.splitlines()] == [["mx"], ["implicit_mx"]]
    r = cli("--file", "-", "--nameserver", dns_server.address, "--test-domains", stdin="x@nohost.test\n")
    assert r.returncode == 0 and json.loads(r.stdout)["reasons"] == ["no_mail_host"]


@pytest.mark.parametrize("args, code, words", [
    ((), 2, "no address"),
    (("a@good.test", "--file", "-"), 2, "not both"),
    (("a@good.test", "--nameserver", "127.0.0.1:99999"), 2, "port"),
    (("a@good.test", "--nameserver", "[::1"), 2, "missing ']'"),
    (("a@good.test", "--concurrency", "0"), 2, "--concurrency"),
    (("--file", "/nonexistent/list.txt"), 1, "No such file"),
    (("a@good.test", "--config", "/nonexistent/bouncefilter.yaml"), 78, "nonexistent"),
])
def test_cli_errors_are_one_line_and_an_exit_code(args, code, words):
    r = cli(*args)
    assert r.returncode == code, r.stderr
    assert words in r.stderr and "Traceback" not in r.stderr


def test_cli_csv_without_an_address_column(tmp_path):
    f = tmp_path / "list.csv"
    f.write_text("name,phone\nJane,123\n")
    r = cli("--file", str(f))
    assert r.returncode == 2 and "names no address column" in r.stderr


def test_cli_bad_config_dns_section(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("dns:\n  nameservers: ['1.2.3.4:x']\nverify:\n  probe_port: 0\n")
    r = cli("a@good.test", "--config", str(config))
    assert r.returncode == 78
    assert "dns.nameservers[0]" in r.stderr and "verify.probe_port: must be at least 1" in r.stderr


def test_cli_probe_with_port_override(dns_server, mx):
    r = cli("jane@probe.test", "nouser@probe.test", "grey@probe.test", "--probe", "--probe-port", str(mx.port),
            "--nameserver", dns_server.address, "--test-domains")
    assert r.returncode == 0, r.stderr
    assert [json.loads(x)["verdict"] for x in r.stdout.splitlines()] == ["deliverable", "undeliverable", "unknown"]


def test_cli_progress_on_a_terminal(dns_server):
    """stderr a TTY: the progress line; stdout (a pipe) gets the results as before."""
    master, slave = pty.openpty()
    try:
        proc = subprocess.run([*BOUNCEFILTER, "verify", *[f"u{i}@good.test" for i in range(30)], "--nameserver",
                               dns_server.address, "--test-domains"], stdout=subprocess.PIPE, stderr=slave,
                              cwd=REPO, timeout=120)
        os.close(slave)
        slave = -1
        seen = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if slave >= 0:
            os.close(slave)
        os.close(master)
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 30
    assert b"verify: 30/30 (100%)" in seen


# -- the Python API --------------------------------------------------------------------------------
def test_import_filter_hygiene_is_cheap_and_verify_is_one_function_everywhere(dns_server):
    code = ("import sys, filter, filter.hygiene; "
            "print(sorted(m for m in ('dns', 'email_validator', 'filter.hygiene.verifier') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
    import filter
    import filter.hygiene
    import filter.hygiene.verifier  # noqa: F401 - the module has its own name: the function stays a function

    r = filter.hygiene.verify("jane@good.test", nameservers=[dns_server.address], test_domains=True)
    assert r.verdict == "deliverable"
    assert filter.verify("bob@nope.test", nameservers=[dns_server.address], test_domains=True).verdict \
        == "undeliverable"
    from filter.hygiene.verifier import verify as function

    assert [x.verdict for x in function(["x@nope.test"], nameservers=dns_server.address, test_domains=True)] \
        == ["undeliverable"]


def test_every_reason_has_a_verdict_meaning_and_source():
    from filter.hygiene.verifier import REASONS, VERDICTS

    for code, (verdict, meaning, source) in REASONS.items():
        assert verdict in VERDICTS and meaning and source, code


@pytest.mark.skipif(os.geteuid() != 0, reason="as non-root the fixture's server already runs unprivileged")
def test_the_dns_server_runs_unprivileged():
    """The fixture needs no root: NSD started as nobody serves the same zone."""
    with NsdServer(user="nobody") as server:
        owner = Path(f"/proc/{server.proc.pid}").stat().st_uid
        r = check("x@nullmx.test", server)
    import pwd

    assert owner == pwd.getpwnam("nobody").pw_uid
    assert r.reasons == ("null_mx",)


def test_update_disposable_keeps_the_header_and_writes_the_installed_list(tmp_path, monkeypatch):
    import types

    from filter.hygiene import lists

    path = tmp_path / "disposable_domains.txt"
    path.write_text("# Source: ...\n# Update: ...\n\nold.example\n")
    monkeypatch.setitem(sys.modules, "disposable_email_domains",
                        types.SimpleNamespace(blocklist={"B.example ", "a.example"}))
    assert lists.update_disposable(path) == 2
    assert path.read_text() == "# Source: ...\n# Update: ...\n\na.example\nb.example\n"
    monkeypatch.setitem(sys.modules, "disposable_email_domains", None)  # not installed
    assert lists.main(["update"]) == 1 and lists.main([]) == 2


def test_random_text_never_raises(dns_server):
    """Whatever a list holds, each line gets a verdict (hypothesis; the DNS answers or refuses at once)."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    from filter.hygiene.mailhost import parse_nameserver
    from filter.hygiene.verifier import VERDICTS, Settings, Verifier

    v = Verifier(Settings(nameservers=(parse_nameserver(dns_server.address),), test_domains=True, lifetime=2.0))
    local = st.text(min_size=0, max_size=70)
    domain = st.one_of(st.sampled_from(["good.test", "nullmx.test", "xn--nicode-2ya.test", "ünicode.test",
                                        "[127.0.0.1]", "good..test", "-bad.test"]), st.text(max_size=30))

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.one_of(st.text(max_size=100), st.builds(lambda a, b: f"{a}@{b}", local, domain)))
    def run(text):
        r = v.verify(text)
        assert r.verdict in VERDICTS and r.reasons and len(r.details) == len(r.reasons)
        assert r.address == text

    run()
