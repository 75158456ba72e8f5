"""examples/walkthrough.md, followed against a real Postfix (issue 12).

The setup is read from the walk-through itself: the ``postconf -e`` settings of its shell blocks,
the transport map line, the master.cf entry it appends, the smoke test it runs; the
configuration is the shipped ``conf/bouncefilter.yaml`` installed as section 2 says, with only
the install root moved into a temp dir (``/etc/bouncefilter``, ``/var/lib/bouncefilter``), the
webhook URL pointed at a local receiver, the user ``nobody`` for ``bouncefilter`` and the ports
the fixtures chose.  ``example.com`` is a *local* domain (``mydestination``), as section 0 makes
it, and the bounces come over SMTP from outside with the null sender, as another server sends
them: before the ``local_recipient_maps`` line, smtpd refused them with "User unknown in local
recipient table".  ``check-config`` runs as the pipe user in pipe(8)'s environment
(``PATH=/usr/bin:/bin``).
"""
from __future__ import annotations

import json
import os
import re
import smtplib
import subprocess
from pathlib import Path

import mailstack as ms
import pytest
from receivers import WebhookReceiver

pytestmark = pytest.mark.mailstack

REPO = Path(__file__).resolve().parents[1]
WALKTHROUGH = REPO / "examples" / "walkthrough.md"
SHIPPED = REPO / "conf" / "bouncefilter.yaml"
SECRET = "walkthrough-secret"
PIPE_ENV = {"PATH": "/usr/bin:/bin"}  # what pipe(8) gives the command (besides MAIL_CONFIG, LANG)
VERP = "bounces+jane=example.org@example.com"
#: main.cf settings the private instance must keep its own (listening address, log, no aliases db)
FIXTURE_OWNED = {"inet_interfaces", "mynetworks", "maillog_file", "alias_maps", "alias_database"}
MILTER_KEYS = {"smtpd_milters", "non_smtpd_milters", "internal_mail_filter_classes", "milter_default_action",
               "milter_protocol", "milter_content_timeout"}


# -- the walk-through, read ----------------------------------------------------------------------
def sections() -> dict[str, str]:
    """'0', '1', ... -> the text of that numbered section."""
    text = WALKTHROUGH.read_text()
    parts = re.split(r"^## (\d+)\. .*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def sh_blocks(section: str) -> list[str]:
    return re.findall(r"^```sh\n(.*?)^```", sections()[section], flags=re.S | re.M)


def postconf_settings(section: str) -> dict[str, str]:
    """Every 'key = value' that a `postconf -e` of the section's shell blocks sets."""
    out: dict[str, str] = {}
    for block in sh_blocks(section):
        for cmd in re.findall(r"postconf -e ((?:[^\n]*\\\n)*[^\n]*)", block):
            for k, v in re.findall(r"'([A-Za-z0-9_-]+) = ([^']*)'", cmd):
                out[k] = v
    return out


def heredoc(section: str, command: str) -> str:
    """The text of ``COMMAND <<'EOF' ... EOF`` in the section's shell blocks."""
    for block in sh_blocks(section):
        m = re.search(re.escape(command) + r" <<'EOF'\n(.*?)^EOF$", block, flags=re.S | re.M)
        if m:
            return m.group(1)
    raise AssertionError(f"no `{command} <<'EOF'` in section {section}")


def conf_settings(path: Path, commented: bool = False) -> dict[str, str]:
    """conf/postfix-main.cf: the active settings (or the commented-out ``# key = value`` ones)."""
    rx = re.compile(r"^# ([a-z_]+) = (.*)$" if commented else r"^([A-Za-z0-9_-]+) = (.*)$")
    return {m.group(1): m.group(2).strip() for line in path.read_text().splitlines() if (m := rx.match(line))}


# -- the install (sections 1 and 2, under a temp root) -------------------------------------------
@pytest.fixture(scope="module")
def venv() -> Path:
    """/opt/bouncefilter: Debian's python, the project installed with [milter], runnable by nobody."""
    reason = ms.unavailable_reason()
    if reason:
        pytest.skip(reason)
    cache = os.environ.get("BOUNCEFILTER_PIPE_VENV_CACHE", "/var/tmp/bouncefilter-pipe-venv")
    return ms.pipe_venv(cache, extras=["milter"])


class Install:
    def __init__(self, root: Path, venv: Path, url: str):
        self.root, self.venv = root, venv
        self.etc = root / "etc" / "bouncefilter"
        self.var = root / "var" / "lib" / "bouncefilter"
        for d in (root / "etc", root / "var", root / "var" / "lib"):
            d.mkdir(mode=0o755, exist_ok=True)
        self.etc.mkdir(mode=0o750)
        os.chown(self.etc, 0, ms.NOBODY_GID)                     # install -d -m 0750 -g bouncefilter
        self.var.mkdir(mode=0o750)
        os.chown(self.var, ms.NOBODY_UID, ms.NOBODY_GID)         # install -d -o bouncefilter -g bouncefilter
        self.var.chmod(0o750)
        secret = self.etc / "webhook.secret"
        secret.write_text(SECRET + "\n")
        secret.chmod(0o640)
        os.chown(secret, 0, ms.NOBODY_GID)
        text = SHIPPED.read_text()
        for old, new in (("/etc/bouncefilter/", f"{self.etc}/"), ("/var/lib/bouncefilter", str(self.var)),
                         ("https://app.example.com/hooks/bounces", url)):
            assert old in text, f"{SHIPPED} no longer mentions {old}"
            text = text.replace(old, new)
        self.cfg = self.etc / "bouncefilter.yaml"
        self.cfg.write_text(text)
        self.cfg.chmod(0o640)
        os.chown(self.cfg, 0, ms.NOBODY_GID)

    @property
    def bf(self) -> str:
        return str(self.venv / "bin" / "bouncefilter")

    def as_pipe_user(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        """As the walk-through runs it: runuser, then pipe(8)'s environment."""
        return subprocess.run(["/usr/sbin/runuser", "-u", "nobody", "--", "env", "-i", "PATH=/usr/bin:/bin",
                               self.bf, *args], capture_output=True, text=True, cwd="/", env=PIPE_ENV,
                              timeout=timeout, check=False)

    def events(self) -> list[dict]:
        r = self.as_pipe_user("events", "--config", str(self.cfg))
        assert r.returncode == 0, r.stderr
        return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]

    def suppressed(self) -> list[str]:
        r = self.as_pipe_user("suppression", "list", "--config", str(self.cfg))
        assert r.returncode == 0, r.stderr
        return r.stdout.split()


@pytest.fixture
def receiver():
    with WebhookReceiver(SECRET) as rx:
        yield rx


@pytest.fixture
def install(mailstack_tmpdir, venv, receiver) -> Install:
    return Install(mailstack_tmpdir, venv, receiver.url)


# -- Postfix as sections 0 and 3 (and 7) say ------------------------------------------------------
def walkthrough_postfix(postfix_factory, inst: Install, *, milter_port: int | None = None) -> ms.PostfixInstance:
    base = postconf_settings("0")
    local_domains = base["mydestination"].replace("$myhostname", base["myhostname"]).replace(
        "$mydomain", base.get("mydomain", ""))
    assert "example.com" in [d.strip() for d in local_domains.split(",")], "example.com must be a local domain"
    pf = postfix_factory(pipe_routes=(), myhostname=base["myhostname"])
    cf = pf.config_dir

    def local(v: str) -> str:
        return v.replace("/etc/postfix/", f"{cf}/").replace("/var/lib/bouncefilter", str(inst.var))

    # section 3: the pipe service, appended to master.cf as written (user, paths moved)
    service = heredoc("3", "cat >> /etc/postfix/master.cf")
    service = service.replace("/opt/bouncefilter", str(inst.venv)).replace(
        "/etc/bouncefilter/bouncefilter.yaml", str(inst.cfg)).replace("user=bouncefilter", "user=nobody")
    with open(cf / "master.cf", "a") as f:
        f.write(service)
    # ... the map that routes and admits the bounce address
    [line] = [m for b in sh_blocks("3") for m in re.findall(r"echo '([^']*)' > /etc/postfix/bouncefilter_transport", b)]
    (cf / "bouncefilter_transport").write_text(line + "\n")
    subprocess.run(["/usr/sbin/postmap", "-c", str(cf), f"hash:{cf}/bouncefilter_transport"], check=True)
    # ... the optional suppression map, made before smtpd needs it, by the pipe user
    empty = inst.var / "suppressed"
    empty.touch(mode=0o644)
    os.chown(empty, ms.NOBODY_UID, ms.NOBODY_GID)
    r = subprocess.run(["/usr/sbin/runuser", "-u", "nobody", "--", "/usr/sbin/postmap", "-c", str(cf), str(empty)],
                       capture_output=True, text=True, cwd="/")
    assert r.returncode == 0, r.stderr
    # smtpd notices a changed map by its mtime, in whole seconds: made "long ago", as on a real install
    ms.backdate(empty, empty.with_name("suppressed.db"))
    settings = {k: v for k, v in base.items() if k not in FIXTURE_OWNED}
    settings.update(postconf_settings("3"))
    if milter_port is not None:
        settings.update({k: v.replace("127.0.0.1:8899", f"127.0.0.1:{milter_port}")
                         for k, v in postconf_settings("7").items()})
    pf.postconf({k: local(v) for k, v in settings.items()})        # reloads
    check = subprocess.run([ms.POSTCONF, "-c", str(cf), "-n"], capture_output=True, text=True)
    assert check.returncode == 0 and "warning" not in check.stderr, check.stderr
    return pf


def smoke_test(pf: ms.PostfixInstance) -> str:
    """Section 4's Python, as written, pointed at the private Postfix's port."""
    code = heredoc("4", "/usr/bin/python3 -")
    assert 'smtplib.SMTP("localhost", 25)' in code
    code = code.replace('smtplib.SMTP("localhost", 25)', f'smtplib.SMTP("127.0.0.1", {pf.port})')
    r = subprocess.run(["/usr/bin/python3", "-"], input=code, capture_output=True, text=True, timeout=60, cwd="/")
    assert r.returncode == 0, f"the smoke test was refused:\n{r.stderr}\n--- maillog ---\n{pf.log()[-3000:]}"
    return r.stdout


def rcpt_reply(pf: ms.PostfixInstance, rcpt: str) -> tuple[int, str]:
    """What smtpd answers an application that submits mail to ``rcpt`` (no message sent)."""
    with smtplib.SMTP(ms.HOST, pf.port, local_hostname="app.example.com", timeout=15) as s:
        s.mail("bounces@example.com")
        code, msg = s.rcpt(rcpt)
        s.rset()
    return code, msg.decode()


def assert_recorded_and_suppressed(inst: Install, pf: ms.PostfixInstance, receiver, source: str) -> dict:
    pf.wait_log(r"to=<bounces\+jane=example\.org@example\.com>, relay=bouncefilter, .*"
                r"status=sent \(delivered via bouncefilter service\)", timeout=30)
    [ev] = [e for e in inst.events() if e["event"] == "bounce"]
    assert (ev["kind"], ev["recipient"]["address"], ev["recipient"]["reason"], ev["recipient"]["class"],
            ev["source"]) == ("failed", "jane@example.org", "user_unknown", "hard", source)
    # the shipped `suppress` action: the list in the pipe user's folder, postmap'd (found by the
    # action although pipe(8)'s PATH is /usr/bin:/bin), read by smtpd
    assert inst.suppressed() == ["jane@example.org"]
    ms.wait_until(lambda: "jane@example.org REJECT" in (inst.var / "suppressed").read_text(), 20,
                  what="the suppression list file")
    q = ms.wait_until(lambda: subprocess.run(["/usr/sbin/postmap", "-c", str(pf.config_dir), "-q", "jane@example.org",
                                              f"hash:{inst.var}/suppressed"], capture_output=True, text=True).stdout,
                      20, what="postmap of the suppression list")
    assert q.strip() == "REJECT 5.1.1 suppressed: user_unknown"
    assert (inst.var / "suppressed.db").stat().st_uid == ms.NOBODY_UID
    # smtpd reloads a changed map with its next process: a few tries (until then, the test
    # instance's "no route" answers: nothing leaves it)
    def refused() -> tuple[int, str] | None:
        reply = rcpt_reply(pf, "jane@example.org")
        return reply if "suppressed" in reply[1] else None

    code, msg = ms.wait_until(refused, 20, interval=0.3, what="smtpd refusing the suppressed recipient")
    assert code == 554 and msg == "5.1.1 <jane@example.org>: Recipient address rejected: suppressed: user_unknown"
    assert "suppressed" not in rcpt_reply(pf, "someone.else@example.org")[1]   # not listed
    ms.wait_until(lambda: len(receiver.accepted) == 2, 20, what="the webhooks (bounce, suppressed)")
    assert receiver.bad_signatures == 0 and receiver.duplicates == 0
    return ev


# -- the acceptance tests ------------------------------------------------------------------------
def test_the_installed_shipped_config_passes_check_config_as_the_pipe_user(install):
    r = install.as_pipe_user("check-config", "-q", str(install.cfg))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr


def test_a_bounce_from_another_server_to_a_verp_address_of_a_local_domain_reaches_the_pipe(
        postfix_factory, install, receiver):
    pf = walkthrough_postfix(postfix_factory, install)
    out = smoke_test(pf)                                                  # over SMTP, null sender
    assert "accepted" in out
    assert "User unknown in local recipient table" not in pf.log()
    assert_recorded_and_suppressed(install, pf, receiver, "pipe")
    # the address that is not a bounce address is still refused: nothing but the map was opened
    with pytest.raises(smtplib.SMTPRecipientsRefused, match="User unknown in local recipient table"):
        pf.send("", ["nobody-here@example.com"], b"Subject: x\r\n\r\nx\r\n")


def test_the_same_bounce_through_the_milter_then_the_pipe_is_recorded_once(postfix_factory, install, receiver):
    port = ms.free_port()
    # Postfix first (milter_default_action = accept: it starts without the milter), so that the
    # milter's postmap finds the private main.cf as the real one finds /etc/postfix/main.cf
    pf = walkthrough_postfix(postfix_factory, install, milter_port=port)
    assert pf.postconf_get("smtpd_milters") == f"inet:127.0.0.1:{port}"
    milter = ms.ServerProcess(["/usr/sbin/runuser", "-u", "nobody", "--", "env", "-i", "PATH=/usr/bin:/bin",
                               f"MAIL_CONFIG={pf.config_dir}", install.bf, "milter", "--config", str(install.cfg),
                               "--socket", f"inet:{port}@127.0.0.1"], port, log_path=install.root / "milter.log")
    with milter:
        smoke_test(pf)
        ev = assert_recorded_and_suppressed(install, pf, receiver, "milter")
        log = milter.log()
    assert re.search(rf"INFO \w+: failed from <> to <{re.escape(VERP)}>: jane@example\.org", log), log
    assert len([e for e in install.events() if e["event"] == "bounce"]) == 1 and ev["source"] == "milter"


def test_check_config_as_the_pipe_user_names_what_the_actions_cannot_reach(install, mailstack_tmpdir):
    root = mailstack_tmpdir
    (root / "etc" / "postfix").mkdir(mode=0o755)                          # root's, as /etc/postfix is
    (root / "var" / "log").mkdir(mode=0o755)                              # root's; no bouncefilter/ in it
    cfg = install.etc / "bad.yaml"
    cfg.write_text(f"""\
state_dir: {install.var}
actions:
  suppress:
    type: suppression_file
    path: {root}/etc/postfix/suppressed
    format: postfix
    postmap: true
    postmap_command: [postmap-not-installed, -c, /etc/postfix]
  audit:
    type: log
    path: {root}/var/log/bouncefilter/events.jsonl
  notify:
    type: exec
    command: [on-bounce, --quiet]
  notify_sbin:
    type: exec
    command: [postconf]
  fine:
    type: exec
    command: [/usr/sbin/postconf]
rules:
  - {{match: {{class: hard}}, actions: [suppress, audit, notify, notify_sbin, fine]}}
""")
    cfg.chmod(0o644)
    r = install.as_pipe_user("check-config", str(cfg))
    assert r.returncode == 78, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    lines = cfg.read_text().splitlines()

    def line_of(text: str) -> int:
        return next(i for i, line in enumerate(lines, 1) if text in line)

    user = "nobody (uid 65534)"
    expected = [
        (line_of("path: " + f"{root}/etc/postfix"), "actions.suppress.path",
         f"folder {root}/etc/postfix is not writable by {user}"),
        (line_of("postmap_command"), "actions.suppress.postmap_command",
         "postmap-not-installed is not found in PATH=/usr/bin:/bin"),
        (line_of("path: " + f"{root}/var/log"), "actions.audit.path",
         f"folder {root}/var/log/bouncefilter does not exist and {user} cannot create it"),
        (line_of("[on-bounce"), "actions.notify.command", "on-bounce is not found in PATH=/usr/bin:/bin"),
        (line_of("[postconf]"), "actions.notify_sbin.command", "postconf is not found in PATH=/usr/bin:/bin"),
    ]
    got = r.stderr.splitlines()
    problems = [g for g in got if not g.startswith("bouncefilter: warning:")]
    assert len(problems) == len(expected), r.stderr
    for g, (n, key, what) in zip(problems, expected):
        assert g.startswith(f"bouncefilter: {cfg}:{n}: {key}: {what}"), (g, n, key, what)
    # fixed as the messages say, the same user in the same environment passes
    fixed = cfg.read_text().replace(f"{root}/etc/postfix/suppressed", f"{install.var}/suppressed").replace(
        "postmap-not-installed, -c, /etc/postfix", "postmap").replace(
        f"{root}/var/log/bouncefilter/events.jsonl", f"{install.var}/events.jsonl").replace(
        "[on-bounce, --quiet]", "[/usr/bin/true]").replace("[postconf]", "[/usr/sbin/postconf]")
    cfg.write_text(fixed)
    r = install.as_pipe_user("check-config", "-q", str(cfg))
    assert r.returncode == 0, r.stderr


# -- the documents agree with each other ---------------------------------------------------------
def test_the_walkthrough_and_conf_postfix_main_cf_say_the_same():
    main = REPO / "conf" / "postfix-main.cf"
    active = {k: v for k, v in conf_settings(main).items() if not k.startswith("bouncefilter-lmtp_")}
    assert postconf_settings("3") == {**active, "smtpd_recipient_restrictions":
                                      conf_settings(main, commented=True)["smtpd_recipient_restrictions"]}
    milter = {k: v for k, v in conf_settings(main, commented=True).items() if k in MILTER_KEYS}
    assert milter and postconf_settings("7") == milter
    assert not MILTER_KEYS & set(conf_settings(main))                     # commented out: optional
    master = (REPO / "conf" / "postfix-master.cf").read_text()
    service = heredoc("3", "cat >> /etc/postfix/master.cf")
    assert service.splitlines()[0] in master and all(line in master for line in service.splitlines())
