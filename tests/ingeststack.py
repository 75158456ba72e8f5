"""A real ``bouncefilter ingest`` process for the ingest tests, and the providers' side of it.

Everything is made here, at test time, on 127.0.0.1: a test CA; an SNS signing certificate it
issues (RSA) and an HTTPS server, with a certificate from the same CA, that serves it and
answers subscription confirmations (the service's ``ses.cert_host_pattern`` / ``ca_file`` point at
it: the documented test/air-gap setting); a SendGrid ECDSA P-256 key pair; a Mailgun signing key;
Postmark credentials.  :class:`Providers` signs payloads the way each provider does (the service
verifies them with nothing but the config), and :func:`start_ingest` runs the service as a
process on a free port, waits for ``/healthz`` and stops it with SIGTERM.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import http.server
import ipaddress
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

REPO = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "filter.cli"]
TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-bounces"
MAILGUN_KEY = "key-test-" + "0123456789abcdef" * 2
POSTMARK_USER, POSTMARK_PASSWORD = "pm-hook", "pm-password-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: str, key, issuer_name: x509.Name, issuer_key, *, ca: bool = False, san: bool = False,
          days: int = 30) -> x509.Certificate:
    now = dt.datetime.now(dt.timezone.utc)
    b = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(issuer_name)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=days))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if san:
        b = b.add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                            critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


class _SnsHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        server: CertServer = self.server.owner  # type: ignore[attr-defined]
        server.requests.append(self.path)
        if self.path == "/SimpleNotificationService-test.pem":
            body, status = server.cert_pem, 200
        elif self.path.startswith("/confirm?"):
            body, status = b"<ConfirmSubscriptionResponse/>", 200
        else:
            body, status = b"not here", 404
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


@dataclass
class CertServer:
    """The HTTPS server that stands for sns.<region>.amazonaws.com (on 127.0.0.1)."""

    cert_pem: bytes
    requests: list[str] = field(default_factory=list)
    port: int = 0
    _httpd: http.server.ThreadingHTTPServer | None = None

    def start(self, certfile: Path, keyfile: Path) -> "CertServer":
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SnsHandler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(certfile, keyfile)
        httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
        httpd.owner = self  # type: ignore[attr-defined]
        self._httpd, self.port = httpd, httpd.server_address[1]
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    @property
    def base(self) -> str:
        return f"https://127.0.0.1:{self.port}"


class Providers:
    """The providers' keys, and their ways of signing."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca = _cert("bouncefilter test CA", ca_key, _name("bouncefilter test CA"), ca_key, ca=True)
        self.ca_file = folder / "ca.pem"
        self.ca_file.write_bytes(_pem(ca))
        tls_key = ec.generate_private_key(ec.SECP256R1())
        (folder / "tls.pem").write_bytes(_pem(_cert("127.0.0.1", tls_key, ca.subject, ca_key, san=True)))
        (folder / "tls.key").write_bytes(tls_key.private_bytes(serialization.Encoding.PEM,
                                                               serialization.PrivateFormat.PKCS8,
                                                               serialization.NoEncryption()))
        self.sns_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        sns_cert = _cert("sns.amazonaws.com", self.sns_key, ca.subject, ca_key)
        self.certs = CertServer(_pem(sns_cert)).start(folder / "tls.pem", folder / "tls.key")
        self.sendgrid_key = ec.generate_private_key(ec.SECP256R1())
        self.sendgrid_public = base64.b64encode(self.sendgrid_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).decode()

    def close(self) -> None:
        self.certs.stop()

    # -- Amazon SNS -----------------------------------------------------------------------------------
    def sns(self, message: dict | str, *, kind: str = "Notification", version: str = "2", topic: str = TOPIC,
            timestamp: float | None = None, cert_url: str | None = None, message_id: str | None = None,
            **extra) -> dict:
        """An SNS envelope around ``message`` (an SES notification), signed like SNS signs."""
        when = dt.datetime.fromtimestamp(time.time() if timestamp is None else timestamp, dt.timezone.utc)
        msg = {"Type": kind, "MessageId": message_id or str(uuid.uuid4()), "TopicArn": topic,
               "Message": message if isinstance(message, str) else json.dumps(message),
               "Timestamp": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z",
               "SignatureVersion": version,
               "SigningCertURL": cert_url or f"{self.certs.base}/SimpleNotificationService-test.pem", **extra}
        if kind == "Notification":
            msg.setdefault("Subject", "Amazon SES Email Event Notification")
            if msg["Subject"] is None:  # SNS leaves the key out when the publisher gave none
                del msg["Subject"]
            fields = ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
        else:
            msg.setdefault("Token", "token-" + msg["MessageId"])
            msg.setdefault("SubscribeURL", f"{self.certs.base}/confirm?Token={msg['Token']}")
            fields = ("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type")
        text = "".join(f"{k}\n{msg[k]}\n" for k in fields if k in msg).encode()
        algorithm = hashes.SHA1() if version == "1" else hashes.SHA256()
        msg["Signature"] = base64.b64encode(self.sns_key.sign(text, padding.PKCS1v15(), algorithm)).decode()
        return msg

    # -- SendGrid ---------------------------------------------------------------------------------------
    def sendgrid(self, events: list[dict], *, timestamp: float | None = None) -> tuple[bytes, dict[str, str]]:
        body = json.dumps(events).encode()
        stamp = str(int(time.time() if timestamp is None else timestamp))
        sig = self.sendgrid_key.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))
        return body, {"X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(sig).decode(),
                      "X-Twilio-Email-Event-Webhook-Timestamp": stamp, "Content-Type": "application/json"}

    # -- Mailgun ------------------------------------------------------------------------------------------
    def mailgun(self, event_data: dict, *, timestamp: float | None = None, token: str | None = None,
                key: str = MAILGUN_KEY) -> bytes:
        stamp = str(int(time.time() if timestamp is None else timestamp))
        token = token or uuid.uuid4().hex + uuid.uuid4().hex
        sig = hmac.new(key.encode(), (stamp + token).encode(), hashlib.sha256).hexdigest()
        return json.dumps({"signature": {"timestamp": stamp, "token": token, "signature": sig},
                           "event-data": event_data}).encode()

    # -- Postmark -------------------------------------------------------------------------------------------
    @staticmethod
    def postmark_auth(user: str = POSTMARK_USER, password: str = POSTMARK_PASSWORD) -> dict[str, str]:
        return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode(),
                "Content-Type": "application/json"}


def config_text(p: Providers, state: Path, port: int, *, mailgun_key_env: str = "BF_TEST_MG_KEY",
                extra: str = "", max_connections: int = 32) -> str:
    return f"""state_dir: {state}
{extra}
ingest:
  listen: 127.0.0.1:{port}
  replay_window: 5m
  max_connections: {max_connections}
  ses:
    topics: [{TOPIC}]
    cert_host_pattern: '127\\.0\\.0\\.1:{p.certs.port}'
    ca_file: {p.ca_file}
  sendgrid:
    public_key: {p.sendgrid_public}
  postmark:
    username: {POSTMARK_USER}
    password: ${{BF_TEST_PM_PASSWORD}}
    sources: [127.0.0.1/32]
  mailgun:
    signing_key: ${{{mailgun_key_env}}}
"""


@dataclass
class Ingest:
    """A running ``bouncefilter ingest``: post to it, read what it recorded, stop it."""

    proc: subprocess.Popen
    port: int
    config: Path
    env: dict[str, str]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def post(self, path: str, body: bytes | dict | list, headers: dict[str, str] | None = None
             ) -> tuple[int, dict]:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, json.loads(r.read() or b"{}")
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return e.code, json.loads(raw)
            except ValueError:
                return e.code, {"raw": raw.decode("utf-8", "replace")}

    def cli(self, *args: str) -> str:
        r = subprocess.run([*CLI, *args, "--config", str(self.config)], cwd=REPO, env=self.env,
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        return r.stdout

    def events(self, address: str | None = None) -> list[dict]:
        args = ["events"] + (["--address", address] if address else [])
        return [json.loads(line) for line in self.cli(*args).splitlines() if line.strip()]

    def suppressed(self) -> set[str]:
        return {line.strip() for line in self.cli("suppression", "list").splitlines() if line.strip()}

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return self.proc.returncode


def start_ingest(config: Path, env: dict[str, str], log: Path, port: int) -> Ingest:
    full = {**os.environ, **env}
    full.pop("NOTIFY_SOCKET", None)
    with open(log, "wb") as out:
        proc = subprocess.Popen([*CLI, "ingest", "--config", str(config)], cwd=REPO, env=full, stdout=out,
                                stderr=subprocess.STDOUT)
    svc = Ingest(proc, port, config, full, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"bouncefilter ingest exited {proc.returncode}: {log.read_text()}")
        try:
            with urllib.request.urlopen(svc.url + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return svc
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    svc.stop()
    raise RuntimeError(f"bouncefilter ingest did not answer /healthz: {log.read_text()}")
