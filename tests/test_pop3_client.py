"""pop3bridge.client against a real Dovecot (tests/mailstack.py): TLS modes, errors, RETR/TOP, DELE."""
from __future__ import annotations

import ssl

import mailstack as ms
import corpus
import pytest

from pop3bridge.client import (
    Pop3AuthError,
    Pop3Client,
    Pop3ConnectionError,
    Pop3Error,
    Pop3TLSError,
)

CORPUS = corpus.CORPUS  # ../shared/corpus beside the checkout
USER, PASSWORD = "bounces", "bouncepass"

pytestmark = pytest.mark.mailstack


def client(dv, ca, tls: str, *, ca_file=None, **kw) -> Pop3Client:
    port = dv.pop3s_port if tls == "pop3s" else dv.pop3_port
    return Pop3Client("127.0.0.1", port, tls=tls, ca_file=ca.ca_cert if ca_file is None else ca_file,
                      allow_insecure=(tls == "plain"), timeout=10, **kw)


def corpus_bounce(name: str = "lhost-postfix-01.eml") -> bytes:
    p = CORPUS / "bounces" / name
    if not p.exists():
        pytest.skip(f"corpus file {p} not found")
    return p.read_bytes().replace(b"\r\n", b"\n")


TRICKY = (b"Subject: dots and long lines\nX-Long: " + b"x" * 10000 + b"\n\n"
          b".starts with a dot\n..two dots\n.\n...\nlast line\n")


@pytest.mark.parametrize("tls", ["plain", "starttls", "pop3s"])
def test_session_in_each_tls_mode(dovecot, test_ca, tls):
    bounce = corpus_bounce()
    dovecot.seed(USER, bounce)
    dovecot.seed(USER, TRICKY)
    with client(dovecot, test_ca, tls) as c:
        if tls == "plain":
            assert not isinstance(c._sock, ssl.SSLSocket)
        else:  # verified TLS, not a fallback to clear text
            assert isinstance(c._sock, ssl.SSLSocket) and c._sock.version() in ("TLSv1.2", "TLSv1.3")
            assert c._sock.getpeercert()["subject"] == ((("commonName", "localhost"),),)
        c.login(USER, PASSWORD)
        listing = c.uidl()
        assert [n for n, _ in listing] == [1, 2] and len({u for _, u in listing}) == 2
        sizes = c.list()
        assert sorted(sizes) == [1, 2] and all(s > 0 for s in sizes.values())
        assert c.retr(1) == (bounce, False)
        # lines of 10,000 bytes (poplib stops at 2,048) and dot-stuffing undone exactly
        assert c.retr(2) == (TRICKY, False)
        c.dele(1)
        c.quit()
    assert dovecot.count(USER) == 1
    with client(dovecot, test_ca, tls) as c:  # UIDLs are stable across sessions
        c.login(USER, PASSWORD)
        assert c.uidl() == [(1, listing[1][1])]
        c.quit()


@pytest.mark.parametrize("tls", ["starttls", "pop3s"])
def test_wrong_ca_is_refused_before_login(dovecot, test_ca, tls):
    dovecot.seed(USER, corpus_bounce())
    for ca_file, trusted in ((test_ca.other_ca_cert, str(test_ca.other_ca_cert)), ("", "the system CA store")):
        c = client(dovecot, test_ca, tls, ca_file=ca_file)
        with pytest.raises(Pop3TLSError) as e:
            c.connect()
        msg = str(e.value)
        assert f"TLS certificate of 127.0.0.1:{c.port} not trusted" in msg
        assert "unable to get local issuer certificate" in msg and trusted in msg
        assert e.value.transient is False  # retrying cannot help: no backoff loop on it
        assert c._sock is None  # closed; USER/PASS were never sent
    # the server saw the client hang up on its certificate, and no login
    ms.wait_until(lambda: sum("alert unknown ca" in line for line in dovecot.log().splitlines()) == 2, 30,
                  what="two refused handshakes in the dovecot log")
    assert "no auth attempts" in dovecot.log() and "Login:" not in dovecot.log()
    assert dovecot.count(USER) == 1


def test_wrong_password_is_a_clear_auth_error(dovecot, test_ca):
    c = client(dovecot, test_ca, "pop3s")
    c.connect()
    with pytest.raises(Pop3AuthError) as e:
        c.login(USER, "not-the-password")
    msg = str(e.value)
    assert msg == f"login as 'bounces' on 127.0.0.1:{c.port} refused: -ERR [AUTH] Authentication failed."
    assert e.value.code == "AUTH" and e.value.transient  # the bridge backs off and tries again
    assert "not-the-password" not in msg
    c.close()


def test_connection_errors_are_clear_and_transient(dovecot, test_ca):
    c = Pop3Client("127.0.0.1", dovecot.pop3_port, tls="pop3s", ca_file=test_ca.ca_cert, timeout=5)
    with pytest.raises(Pop3ConnectionError, match=r"TLS handshake with .* failed: .*is this a POP3S port"):
        c.connect()
    refused = Pop3Client("127.0.0.1", 1, tls="pop3s", ca_file=test_ca.ca_cert, timeout=5)
    with pytest.raises(Pop3ConnectionError, match=r"cannot connect to 127\.0\.0\.1:1: Connection refused") as e:
        refused.connect()
    assert e.value.transient


def test_plain_is_refused_without_allow_insecure():
    with pytest.raises(ValueError, match="allow_insecure"):
        Pop3Client("127.0.0.1", 110, tls="plain")
    with pytest.raises(ValueError, match="tls must be one of"):
        Pop3Client("127.0.0.1", 110, tls="ssl")


def test_top_is_bounded_and_a_retr_limit_keeps_the_session_in_step(dovecot, test_ca):
    head = b"From: MAILER-DAEMON@example.test\nSubject: big\n\n"
    body = b"".join(b"line %06d of a big attachment ......................................\n" % i
                    for i in range(20000))  # ~1.4 MB
    dovecot.seed(USER, head + body)
    dovecot.seed(USER, b"Subject: small\n\nsmall\n")
    with client(dovecot, test_ca, "pop3s") as c:
        c.login(USER, PASSWORD)
        assert c.list()[1] > 1_000_000
        raw, cut = c.top(1, 5)
        assert raw == head + b"".join(body.splitlines(keepends=True)[:5]) and not cut
        raw, cut = c.top(1, 100000, limit=4096)  # the server sends it all; we keep 4 KiB
        assert cut and len(raw) <= 4096 and raw.startswith(head)
        raw, cut = c.retr(1, limit=10000)
        assert cut and len(raw) <= 10000
        assert c.retr(2) == (b"Subject: small\n\nsmall\n", False)  # still in step
        c.quit()


def test_a_session_dropped_before_quit_deletes_nothing(dovecot, test_ca):
    """The premise of the bridge's duplicate safety (RFC 1939 section 6), checked on Dovecot."""
    dovecot.seed(USER, corpus_bounce())
    c = client(dovecot, test_ca, "pop3s")
    c.connect()
    c.login(USER, PASSWORD)
    c.dele(1)
    c.close()  # no QUIT
    with client(dovecot, test_ca, "pop3s") as c2:
        c2.login(USER, PASSWORD)
        assert len(c2.uidl()) == 1
        c2.dele(1)
        c2.quit()
    assert dovecot.count(USER) == 0
    with pytest.raises(Pop3Error):
        c2.noop()  # closed after QUIT


def test_capa_and_pipelined_commands(dovecot, test_ca):
    """RFC 2449 PIPELINING against Dovecot: five RETRs and five DELEs in one write, the answers
    read in order, each exactly as the one-shot methods give it."""
    mails = [corpus_bounce(), TRICKY, b"Subject: empty body\n\n", corpus_bounce("lhost-postfix-01.eml"), b"x\n"]
    for m in mails:
        dovecot.seed(USER, m)
    with client(dovecot, test_ca, "pop3s") as c:
        c.login(USER, PASSWORD)
        caps = c.capa()
        assert "PIPELINING" in caps and "UIDL" in caps and c.pipelining
        for n in range(1, 6):
            c.send_retr(n)
        for n in range(1, 6):
            c.send_dele(n)
        assert c.outstanding == 10
        with pytest.raises(RuntimeError, match="unread"):
            c.noop()  # a one-shot command would read someone else's answer
        got = [c.receive() for _ in range(7)]
        assert [(v, n) for v, n, _, _ in got] == [("RETR", n) for n in range(1, 6)] + [("DELE", 1), ("DELE", 2)]
        assert [raw for _, _, raw, _ in got[:5]] == mails and not any(cut for *_, cut in got)
        c.finish()                      # the last three DELE answers, read
        assert c.outstanding == 0
        c.send_retr(1)                  # marked for deletion: refused, and the session in step
        with pytest.raises(Pop3Error, match="refused RETR 1: -ERR"):
            c.receive()
        assert c.outstanding == 0
        c.noop()
        c.quit()
    assert dovecot.count(USER) == 0
