"""``forward``: send the original message over SMTP to a mailbox.

For mail that is not a bounce (a human reply to the bounce address must reach a human).  The
message goes out as it came in, with one ``X-Bouncefilter-Event`` header prepended and its line
ends made CRLF (RFC 5321 section 2.3.8: bare LFs are refused by current MTAs).  The envelope sender
is ``mail_from``, by default the null reverse-path ``<>`` (RFC 5321 section 4.5.5) so a failure to
forward can never bounce back into the bounce mailbox and loop.  ``starttls: true`` requires
STARTTLS (RFC 3207) with a verified certificate (system CAs or ``ca_file``).  A login
(``username``) without ``starttls`` sends the password in clear: refused (the config check and
here) unless ``allow_insecure_auth: true``.  Every line end -- CRLF, a bare LF or a bare CR --
is sent as CRLF, so the next hop sees the lines (and the dot-stuffing) this side saw.

Outcome: a 5xx reply = dead letter; a 4xx reply, a timeout or a dropped connection = retry.
"""
from __future__ import annotations

import re
from typing import Any

from filter.engine.actions import Context, Permanent, Retry

_EOL = re.compile(rb"\r\n|\r|\n")


class Action:
    def __init__(self, cfg, config):
        o = cfg.options
        self.name = cfg.name
        self.to = list(o["to"])
        self.host, self.port = o.get("host") or "localhost", int(o.get("port") or 25)
        self.mail_from = o.get("mail_from") or ""
        self.starttls = bool(o.get("starttls"))
        self.ca_file = o.get("ca_file")
        self.username, self.password = o.get("username"), o.get("password")
        self.timeout = float(o.get("timeout") or 30.0)
        self.allow_insecure_auth = bool(o.get("allow_insecure_auth"))

    def deliver(self, event: dict[str, Any], ctx: Context) -> None:
        if self.username and not self.starttls and not self.allow_insecure_auth:
            raise Permanent(f"{self.host}:{self.port}: login as {self.username!r} without starttls would send the "
                            "password in clear: refused (set starttls: true, or allow_insecure_auth: true)")
        raw = ctx.message(event["id"])
        if raw is None:
            raise Permanent("the original message was not kept for this event")
        data = b"X-Bouncefilter-Event: " + str(event["id"]).encode("ascii") + b"\r\n" + _EOL.sub(b"\r\n", raw)
        send(host=self.host, port=self.port, mail_from=self.mail_from, to=self.to, data=data,
             timeout=ctx.timeout(self.timeout), starttls=self.starttls, ca_file=self.ca_file,
             username=self.username, password=self.password)


def send(*, host: str, port: int, mail_from: str, to: list[str], data: bytes, timeout: float,
         starttls: bool = False, ca_file: Any = None, username: str | None = None,
         password: str | None = None) -> None:
    """One message through an SMTP relay: STARTTLS (RFC 3207) verified when asked for, a login
    when a username is given.  A 5xx reply raises Permanent; a 4xx reply, a timeout or a dropped
    connection Retry.  Shared by ``forward`` and the re-confirmation mail (filter/hygiene/reconfirm.py)."""
    import smtplib

    try:
        with smtplib.SMTP(host, port, timeout=timeout) as smtp:
            smtp.ehlo()
            if starttls:
                import ssl

                if not smtp.has_extn("starttls"):
                    raise Retry(f"{host}:{port} does not offer STARTTLS")
                smtp.starttls(context=ssl.create_default_context(cafile=str(ca_file) if ca_file else None))
                smtp.ehlo()
            if username:
                smtp.login(username, password or "")
            smtp.sendmail(mail_from, to, data)
    except smtplib.SMTPRecipientsRefused as e:
        codes = [c for c, _ in e.recipients.values()]
        msg = f"{host}: recipients refused: {e.recipients}"
        raise (Permanent(msg) if codes and all(c >= 500 for c in codes) else Retry(msg)) from None
    except smtplib.SMTPResponseException as e:
        text = e.smtp_error.decode("utf-8", "replace") if isinstance(e.smtp_error, bytes) else e.smtp_error
        msg = f"{host}: {e.smtp_code} {text}"
        raise (Permanent(msg) if e.smtp_code >= 500 else Retry(msg)) from None
    except (smtplib.SMTPException, OSError) as e:
        raise Retry(f"{host}:{port}: {e}") from None
