"""A real ``bouncefilter web`` process for the web tests, on a store filled by ``bouncefilter
process`` over the shared corpus (read only) plus a few generated bounces that carry a campaign
header.  The service listens on 127.0.0.1 on a free port; :func:`start_web` waits for /healthz
and stops it with SIGTERM (the test checks the clean exit).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
CLI = [sys.executable, "-m", "filter.cli"]
WRITE_TOKEN = "write-token-0123456789abcdef"
READ_TOKEN = "read-token-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def campaign_dsn(n: int, campaign: str, address: str) -> bytes:
    """A Postfix-style DSN whose returned headers carry ``X-Campaign-Id: campaign``."""
    return (f"""From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)
To: bounces@sender.example
Subject: Undelivered Mail Returned to Sender
Date: Tue, 01 Dec 2026 10:{n % 60:02d}:00 +0000
Message-ID: <dsn-{n}-{campaign}@mx.sender.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B{n}"

--B{n}
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

<{address}>: host mx.rcpt.example said: 550 5.1.1 <{address}>: Recipient address rejected: User unknown

--B{n}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sender.example

Final-Recipient: rfc822; {address}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{address}>: Recipient address rejected: User unknown

--B{n}
Content-Type: text/rfc822-headers

From: news@sender.example
To: {address}
Subject: Our news
Message-ID: <orig-{n}@sender.example>
X-Campaign-Id: {campaign}

--B{n}--
""").replace("\n", "\r\n").encode()


@dataclass
class WebHome:
    """A folder with a config, its token file, and a store filled by ``process``."""

    root: Path
    config: Path
    env: dict[str, str] = field(default_factory=dict)

    def cli(self, *args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
        r = subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=REPO, env=self.env, timeout=timeout)
        if check and r.returncode != 0:
            raise AssertionError(f"bouncefilter {' '.join(args)}: exit {r.returncode}\n{r.stdout}\n{r.stderr}")
        return r


def make_home(root: Path, *, extra: str = "", corpus: bool = True, top: str = "") -> WebHome:
    """The config (tokens by reference: one ${ENV}, one token_file) and a filled store; ``extra``
    goes into ``web:``, ``top`` at the top level (a ``store:`` section)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "read.token").write_text(READ_TOKEN + "\n")
    os.chmod(root / "read.token", 0o600)
    cfg = root / "bouncefilter.yaml"
    cfg.write_text(f"""state_dir: {root / 'state'}
{top}web:
  listen: 127.0.0.1:{free_port()}
  tokens:
    - {{name: admin, token: "${{BF_WEB_WRITE}}", role: write}}
    - {{name: viewer, token_file: {root / 'read.token'}, role: read}}
{extra}""")
    env = {**os.environ, "BF_WEB_WRITE": WRITE_TOKEN, "PYTHONPATH": str(REPO)}
    home = WebHome(root, cfg, env)
    samples = root / "samples"
    samples.mkdir(exist_ok=True)
    for i in range(6):
        campaign = "spring-sale" if i < 4 else "newsletter-12"
        (samples / f"c{i}.eml").write_bytes(campaign_dsn(i, campaign, f"gone{i}@campaign.example"))
    paths = [str(samples)]
    if corpus:
        paths.append(str(CORPUS / "bounces"))
    home.cli("process", "--config", str(cfg), "--no-deliver", *paths)
    return home


@dataclass
class WebServer:
    url: str
    proc: subprocess.Popen
    log: Path
    #: the verifying client context of an https:// server (trusting the test CA)
    ssl_context: object = None

    def request(self, method: str, path: str, *, token: str | None = None, body: object = None,
                headers: dict[str, str] | None = None, raw: bytes | None = None) -> tuple[int, bytes, dict]:
        hs = dict(headers or {})
        if token:
            hs["Authorization"] = f"Bearer {token}"
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            hs.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=hs)
        try:
            with urllib.request.urlopen(req, timeout=30, context=self.ssl_context) as r:
                return r.status, r.read(), dict(r.headers)
        except urllib.error.HTTPError as e:
            return e.code, e.read(), dict(e.headers)

    def json(self, method: str, path: str, **kw) -> tuple[int, object]:
        status, body, _ = self.request(method, path, **kw)
        return status, json.loads(body) if body else None

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError("bouncefilter web did not stop within 20 s of SIGTERM")
        return self.proc.returncode


def start_web(home: WebHome, *args: str, ssl_context=None) -> WebServer:
    """``bouncefilter web --config ...`` in the background, ready (its /healthz answers 200);
    over https when the config names ``tls_cert`` (``ssl_context``: the client's, trusting its CA)."""
    import yaml

    web = yaml.safe_load(home.config.read_text())["web"]
    listen = web["listen"]
    scheme = "https" if web.get("tls_cert") else "http"
    log = home.root / f"web-{time.monotonic_ns()}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([*CLI, "web", "--config", str(home.config), *args], stdout=out,
                                stderr=subprocess.STDOUT, cwd=REPO, env=home.env)
    server = WebServer(f"{scheme}://{listen}", proc, log, ssl_context)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"bouncefilter web exited {proc.returncode}:\n{log.read_text()}")
        try:
            if server.request("GET", "/healthz")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.1)
    server.stop()
    raise AssertionError(f"bouncefilter web did not answer within 30 s:\n{log.read_text()}")
