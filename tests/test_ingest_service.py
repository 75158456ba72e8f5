"""``bouncefilter ingest`` as a process on 127.0.0.1, driven over HTTP with notifications signed
by keys made here (tests/ingeststack.py): each provider's valid notifications give the right
events (the provider's type and its SMTP diagnostic both counting); a bad signature, a stale
timestamp, a certificate URL outside the allowed pattern, a replay, wrong credentials and a
malformed body are refused with 4xx and record nothing; the same notification twice is one event;
SIGHUP reloads the keys; SIGTERM stops it cleanly (exit 0).
"""
from __future__ import annotations

import json
import signal
import time
import uuid

import pytest

from tests.ingeststack import MAILGUN_KEY, POSTMARK_PASSWORD, Providers, config_text, free_port, start_ingest

pytest.importorskip("cryptography")
pytest.importorskip("uvicorn")


@pytest.fixture(scope="module")
def providers(tmp_path_factory):
    p = Providers(tmp_path_factory.mktemp("providers"))
    yield p
    p.close()


@pytest.fixture(scope="module")
def svc(providers, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ingest")
    port = free_port()
    config = folder / "bouncefilter.yaml"
    config.write_text(config_text(providers, folder / "state", port))
    s = start_ingest(config, {"BF_TEST_MG_KEY": MAILGUN_KEY, "BF_TEST_PM_PASSWORD": POSTMARK_PASSWORD},
                     folder / "ingest.log", port)
    yield s
    assert s.stop() == 0, s.log.read_text()
    log = s.log.read_text()
    assert "Traceback" not in log and MAILGUN_KEY not in log and POSTMARK_PASSWORD not in log, log


def addr(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}@customer.example"


def ses_bounce(address: str, bounce_type: str = "Permanent", sub: str = "General", diagnostic: str | None = None,
               status: str | None = None, feedback: str | None = None) -> dict:
    r = {"emailAddress": address, "action": "failed"}
    if diagnostic:
        r["diagnosticCode"] = diagnostic
    if status:
        r["status"] = status
    return {"notificationType": "Bounce",
            "bounce": {"bounceType": bounce_type, "bounceSubType": sub, "bouncedRecipients": [r],
                       "timestamp": "2026-12-01T10:00:00.000Z", "feedbackId": feedback or uuid.uuid4().hex,
                       "reportingMTA": "dsn; a8-70.smtp-out.amazonses.com"},
            "mail": {"timestamp": "2026-12-01T09:59:58.000Z", "messageId": uuid.uuid4().hex,
                     "source": "news@sender.example", "destination": [address],
                     "commonHeaders": {"from": ["news@sender.example"], "to": [address], "subject": "Digest",
                                       "messageId": "<digest-1@sender.example>"}}}


def one(svc, address: str) -> dict:
    bounces = [e for e in svc.events(address) if e["event"] in ("bounce", "untrusted")]
    assert len(bounces) == 1, bounces
    return bounces[0]


# -- Amazon SES via SNS ------------------------------------------------------------------------------------
def test_ses_permanent_bounce_is_a_hard_bounce_and_suppresses(svc, providers):
    a = addr("ses-hard")
    status, body = svc.post("/ingest/ses", providers.sns(ses_bounce(
        a, diagnostic="smtp; 550 5.1.1 <x>: Recipient address rejected: User unknown in virtual mailbox table")))
    assert status == 200 and body["new"] >= 1, body
    e = one(svc, a)
    assert (e["kind"], e["recipient"]["class"], e["recipient"]["reason"]) == ("failed", "hard", "user_unknown")
    assert e["source"] == "ingest:ses" and e["recipient"]["status"] == "5.1.1"
    assert e["original"]["subject"] == "Digest"
    assert a in svc.suppressed()


def test_ses_transient_with_5_1_1_words_is_hard(svc, providers):
    a = addr("ses-transient")
    status, _ = svc.post("/ingest/ses", providers.sns(ses_bounce(
        a, "Transient", "General", diagnostic="smtp; 550 5.1.1 The email account that you tried to reach does not exist",
        status="5.1.1")))
    assert status == 200
    e = one(svc, a)
    assert (e["recipient"]["class"], e["recipient"]["reason"], e["recipient"]["permanent"]) == \
        ("hard", "user_unknown", True)


def test_ses_transient_mailbox_full_without_diagnostic_is_soft(svc, providers):
    a = addr("ses-full")
    assert svc.post("/ingest/ses", providers.sns(ses_bounce(a, "Transient", "MailboxFull")))[0] == 200
    e = one(svc, a)
    assert (e["kind"], e["recipient"]["class"], e["recipient"]["reason"]) == ("failed", "soft", "mailbox_full")
    assert a not in svc.suppressed()


def test_ses_complaint_delivery_and_delay(svc, providers):
    c, d, w = addr("ses-complaint"), addr("ses-delivered"), addr("ses-delay")
    mail = ses_bounce(c)["mail"]
    complaint = {"notificationType": "Complaint", "mail": mail,
                 "complaint": {"complainedRecipients": [{"emailAddress": c}], "feedbackId": uuid.uuid4().hex,
                               "complaintFeedbackType": "abuse", "timestamp": "2026-12-01T10:00:00Z"}}
    delivery = {"eventType": "Delivery", "mail": mail,
                "delivery": {"recipients": [d], "timestamp": "2026-12-01T10:00:01Z",
                             "smtpResponse": "250 2.0.0 OK 1234 - gsmtp"}}
    delay = {"eventType": "DeliveryDelay", "mail": mail,
             "deliveryDelay": {"delayType": "TransientCommunicationFailure", "timestamp": "2026-12-01T10:00:02Z",
                               "delayedRecipients": [{"emailAddress": w, "status": "4.4.7",
                                                      "diagnosticCode": "smtp; 421 4.4.7 connection timed out"}]}}
    for m in (complaint, delivery, delay):
        assert svc.post("/ingest/ses", providers.sns(m))[0] == 200
    assert (one(svc, c)["kind"], one(svc, c)["recipient"]["class"]) == ("complaint", "info")
    assert one(svc, c)["recipient"]["feedback_type"] == "abuse" and c in svc.suppressed()
    assert one(svc, d)["kind"] == "delivered"
    e = one(svc, w)
    assert (e["kind"], e["recipient"]["class"], e["recipient"]["permanent"]) == ("delayed", "soft", False)


def test_ses_auth_failure_complaint_alerts_and_never_suppresses(svc, providers):
    # complaintFeedbackType "auth-failure" (RFC 6591): the receiver says our authentication failed
    a = addr("ses-authfail")
    complaint = {"notificationType": "Complaint", "mail": ses_bounce(a)["mail"],
                 "complaint": {"complainedRecipients": [{"emailAddress": a}], "feedbackId": uuid.uuid4().hex,
                               "complaintFeedbackType": "auth-failure", "timestamp": "2026-12-01T10:00:00Z"}}
    assert svc.post("/ingest/ses", providers.sns(complaint))[0] == 200
    e = one(svc, a)
    assert (e["kind"], e["recipient"]["reason"], e["recipient"]["class"]) == ("complaint", "auth_failure", "block")
    assert a not in svc.suppressed()


def test_ses_signature_version_1_sha1_without_subject(svc, providers):
    a = addr("ses-v1")
    assert svc.post("/ingest/ses", providers.sns(ses_bounce(a, sub="NoEmail"), version="1",
                                                          Subject=None))[0] == 200
    assert one(svc, a)["recipient"]["reason"] == "user_unknown"


def test_ses_refusals_record_nothing(svc, providers):
    a = addr("ses-refused")
    good = providers.sns(ses_bounce(a))
    tampered = dict(good, Message=good["Message"].replace("General", "NoEmail"))
    outside = providers.sns(ses_bounce(a), cert_url="https://sns.us-east-1.amazonaws.com.evil.example/x.pem")
    plain = providers.sns(ses_bounce(a), cert_url=f"http://127.0.0.1:{providers.certs.port}/"
                                                   "SimpleNotificationService-test.pem")
    stale = providers.sns(ses_bounce(a), timestamp=time.time() - 600)
    foreign = providers.sns(ses_bounce(a), topic="arn:aws:sns:us-east-1:999999999999:other")
    fetched = len(providers.certs.requests)
    for body, want, words in ((tampered, 401, "bad signature"), (outside, 401, "is not amazon sns"),
                              (plain, 401, "https://"), (stale, 401, "replay window"), (foreign, 403, "topic"),
                              (b"{not json", 400, "not json"), ({"Type": "Nope"}, 400, "type"),
                              (dict(good, SignatureVersion="3"), 400, "signatureversion")):
        status, answer = svc.post("/ingest/ses", body)
        assert status == want and words in answer["error"].lower(), (status, answer)
    assert svc.events(a) == []
    log = svc.log.read_text()  # each refusal is logged with its reason
    assert "ses: refused 401: bad signature" in log and "ses: refused 403: topic" in log
    # nothing was fetched for the certificate URL outside the pattern, nor for the foreign topic
    assert not any("evil" in r for r in providers.certs.requests[fetched:])


def test_ses_replay_is_refused_and_the_same_notification_twice_is_one_event(svc, providers):
    a = addr("ses-replay")
    notification = ses_bounce(a, feedback="feedback-" + uuid.uuid4().hex)
    first = providers.sns(notification)
    assert svc.post("/ingest/ses", first)[0] == 200
    status, answer = svc.post("/ingest/ses", first)  # the very same signed message again
    assert status == 409 and "replay" in answer["error"]
    # the same SES notification in another SNS envelope (another subscription, a re-publish)
    status, answer = svc.post("/ingest/ses", providers.sns(notification))
    assert status == 200 and answer["new"] == 0 and answer["events"] == 1, answer
    assert len(svc.events(a)) == 2  # the bounce and its suppressed event, once each


def test_ses_subscription_confirmation_fetches_subscribe_url(svc, providers):
    env = providers.sns("You have chosen to subscribe ...", kind="SubscriptionConfirmation")
    status, answer = svc.post("/ingest/ses", env)
    assert status == 200 and answer["note"] == "subscription confirmed", answer
    assert f"/confirm?Token={env['Token']}" in providers.certs.requests
    bad = providers.sns("x", kind="SubscriptionConfirmation", SubscribeURL="https://attacker.example/confirm")
    status, answer = svc.post("/ingest/ses", bad)
    assert status == 401 and "subscribeurl" in answer["error"].lower()


# -- SendGrid -------------------------------------------------------------------------------------------------
def test_sendgrid_batch_maps_each_event(svc, providers):
    hard, blocked, deferred, spam, opened = (addr(t) for t in ("sg-hard", "sg-blocked", "sg-deferred", "sg-spam",
                                                               "sg-open"))
    now = int(time.time())
    events = [
        {"email": hard, "event": "bounce", "type": "bounce", "bounce_classification": "Invalid Address",
         "reason": "550 5.1.1 The email account that you tried to reach does not exist.", "status": "5.1.1",
         "sg_event_id": uuid.uuid4().hex, "timestamp": now},
        {"email": blocked, "event": "bounce", "type": "blocked", "bounce_classification": "Reputation",
         "reason": "550 5.7.1 Service unavailable; client host [192.0.2.1] blocked using zen.spamhaus.org",
         "status": "5.7.1", "sg_event_id": uuid.uuid4().hex, "timestamp": now},
        {"email": deferred, "event": "deferred", "response": "451 4.7.1 Greylisted, please try again later",
         "attempt": "1", "sg_event_id": uuid.uuid4().hex, "timestamp": now},
        {"email": spam, "event": "spamreport", "sg_event_id": uuid.uuid4().hex, "timestamp": now},
        {"email": opened, "event": "open", "sg_event_id": uuid.uuid4().hex, "timestamp": now},
    ]
    body, headers = providers.sendgrid(events)
    status, answer = svc.post("/ingest/sendgrid", body, headers)
    assert status == 200 and answer["ignored"] == 1, answer
    e = one(svc, hard)
    assert (e["kind"], e["recipient"]["class"], e["recipient"]["reason"]) == ("failed", "hard", "user_unknown")
    assert one(svc, blocked)["recipient"]["class"] == "block" and blocked not in svc.suppressed()
    e = one(svc, deferred)
    assert (e["kind"], e["recipient"]["reason"]) == ("delayed", "rate_limited")
    assert one(svc, spam)["kind"] == "complaint" and spam in svc.suppressed()
    assert svc.events(opened) == []
    # the same events again, signed anew (SendGrid retries with a new timestamp): one event each
    body, headers = providers.sendgrid(events, timestamp=time.time() + 1)
    status, answer = svc.post("/ingest/sendgrid", body, headers)
    assert status == 200 and answer["new"] == 0 and answer["events"] == 4, answer
    assert len([x for x in svc.events(hard) if x["event"] == "bounce"]) == 1


def test_sendgrid_refusals_record_nothing(svc, providers):
    a = addr("sg-refused")
    events = [{"email": a, "event": "bounce", "type": "bounce", "reason": "550 5.1.1 no such user",
               "sg_event_id": uuid.uuid4().hex, "timestamp": int(time.time())}]
    body, headers = providers.sendgrid(events)
    forged = body.replace(b"5.1.1", b"5.1.2")
    stale_body, stale_headers = providers.sendgrid(events, timestamp=time.time() - 3600)
    garbage, garbage_headers = providers.sendgrid({"not": "a list"})  # type: ignore[arg-type]
    for b, h, want in ((forged, headers, 401), (body, {}, 401), (stale_body, stale_headers, 401),
                       (garbage, garbage_headers, 400)):
        status, answer = svc.post("/ingest/sendgrid", b, h)
        assert status == want, (status, answer)
    assert svc.events(a) == []
    assert svc.post("/ingest/sendgrid", body, headers)[0] == 200
    status, answer = svc.post("/ingest/sendgrid", body, headers)
    assert status == 409 and "replay" in answer["error"]
    assert len([x for x in svc.events(a) if x["event"] == "bounce"]) == 1


# -- Mailgun ------------------------------------------------------------------------------------------------------
def mailgun_failed(address: str, severity: str = "permanent", reason: str = "bounce", code: int = 550,
                   message: str = "5.1.1 The email account that you tried to reach does not exist.") -> dict:
    return {"event": "failed", "severity": severity, "reason": reason, "recipient": address,
            "id": uuid.uuid4().hex, "timestamp": time.time(),
            "delivery-status": {"code": code, "message": message, "description": "", "mx-host": "mx.customer.example"},
            "message": {"headers": {"message-id": "20261201.1@mg.sender.example", "subject": "Digest",
                                    "from": "news@sender.example", "to": address}}}


def test_mailgun_events(svc, providers):
    hard, temp, complaint = addr("mg-hard"), addr("mg-temp"), addr("mg-complaint")
    assert svc.post("/ingest/mailgun", providers.mailgun(mailgun_failed(hard)))[0] == 200
    assert svc.post("/ingest/mailgun", providers.mailgun(mailgun_failed(
        temp, "temporary", "generic", 452, "4.2.2 The email account that you tried to reach is over quota.")))[0] == 200
    assert svc.post("/ingest/mailgun", providers.mailgun(
        {"event": "complained", "recipient": complaint, "id": uuid.uuid4().hex, "timestamp": time.time()}))[0] == 200
    e = one(svc, hard)
    assert (e["kind"], e["recipient"]["class"], e["recipient"]["reason"]) == ("failed", "hard", "user_unknown")
    assert e["original"]["message_id"] == "20261201.1@mg.sender.example"
    e = one(svc, temp)
    assert (e["kind"], e["recipient"]["class"], e["recipient"]["reason"]) == ("delayed", "soft", "mailbox_full")
    assert one(svc, complaint)["kind"] == "complaint"


def test_mailgun_refusals_replay_and_duplicates(svc, providers):
    a = addr("mg-refused")
    event = mailgun_failed(a)
    for body, want in ((providers.mailgun(event, key="key-wrong"), 401),
                       (providers.mailgun(event, timestamp=time.time() - 301), 401),
                       (b"token=1&timestamp=2", 400), (providers.mailgun({"no": "event"}), 400)):
        status, answer = svc.post("/ingest/mailgun", body)
        assert status == want, (status, answer)
    assert svc.events(a) == []
    body = providers.mailgun(event)
    assert svc.post("/ingest/mailgun", body)[0] == 200
    status, answer = svc.post("/ingest/mailgun", body)
    assert status == 409 and "replay" in answer["error"]
    status, answer = svc.post("/ingest/mailgun", providers.mailgun(event))  # Mailgun's retry: new token
    assert status == 200 and answer["new"] == 0
    assert len([x for x in svc.events(a) if x["event"] == "bounce"]) == 1


# -- Postmark -------------------------------------------------------------------------------------------------------
def postmark_bounce(address: str, typ: str = "HardBounce", details: str = "smtp;550 5.1.1 The email account "
                    "that you tried to reach does not exist.") -> dict:
    return {"RecordType": "Bounce", "ID": int(time.time() * 1000) % 10**9 + hash(address) % 1000, "Type": typ,
            "TypeCode": 1, "Name": "Hard bounce", "Tag": "digest", "MessageID": str(uuid.uuid4()),
            "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
            "Details": details, "Email": address, "From": "news@sender.example",
            "BouncedAt": "2026-12-01T10:00:00Z", "Subject": "Digest", "MessageStream": "outbound"}


def test_postmark_bounce_and_complaint(svc, providers):
    hard, soft, spam = addr("pm-hard"), addr("pm-soft"), addr("pm-spam")
    assert svc.post("/ingest/postmark", postmark_bounce(hard), providers.postmark_auth())[0] == 200
    assert svc.post("/ingest/postmark", postmark_bounce(soft, "SoftBounce", "smtp;452 4.2.2 mailbox full"),
                    providers.postmark_auth())[0] == 200
    complaint = dict(postmark_bounce(spam, "SpamComplaint", ""), RecordType="SpamComplaint")
    assert svc.post("/ingest/postmark", complaint, providers.postmark_auth())[0] == 200
    e = one(svc, hard)
    assert (e["kind"], e["recipient"]["class"], e["recipient"]["reason"]) == ("failed", "hard", "user_unknown")
    assert e["original"]["headers"]["X-PM-Tag"] == "digest"
    assert (one(svc, soft)["recipient"]["class"], one(svc, soft)["recipient"]["reason"]) == ("soft", "mailbox_full")
    assert one(svc, spam)["kind"] == "complaint" and spam in svc.suppressed()


def test_postmark_credentials_and_duplicates(svc, providers):
    a = addr("pm-refused")
    bounce = postmark_bounce(a)
    for headers in ({}, providers.postmark_auth(password="wrong-password-123"),
                    providers.postmark_auth(user="someone")):
        status, answer = svc.post("/ingest/postmark", bounce, headers)
        assert status == 401 and "credentials" in answer["error"], answer
    assert svc.post("/ingest/postmark", b"[1, 2", providers.postmark_auth())[0] == 400
    # from a proxy on this host, the address it forwards is the source checked (sources: 127.0.0.1/32)
    status, answer = svc.post("/ingest/postmark", bounce, {**providers.postmark_auth(),
                                                            "X-Forwarded-For": "198.51.100.7"})
    assert status == 403 and "198.51.100.7" in answer["error"], answer
    assert svc.events(a) == []
    assert svc.post("/ingest/postmark", bounce, providers.postmark_auth())[0] == 200
    status, answer = svc.post("/ingest/postmark", bounce, providers.postmark_auth())  # Postmark retries
    assert status == 200 and answer["new"] == 0
    assert len([x for x in svc.events(a) if x["event"] == "bounce"]) == 1


# -- the service -----------------------------------------------------------------------------------------------------
def test_body_over_max_body_is_refused_before_it_is_read(svc, providers):
    import http.client

    # declared too large: answered from the headers alone
    conn = http.client.HTTPConnection("127.0.0.1", svc.port, timeout=30)
    conn.putrequest("POST", "/ingest/mailgun")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(4 * 1024 * 1024 + 10))
    conn.endheaders()
    r = conn.getresponse()
    assert r.status == 413 and "max_body" in json.loads(r.read())["error"]
    conn.close()
    # not declared (chunked): cut once it passes the limit
    conn = http.client.HTTPConnection("127.0.0.1", svc.port, timeout=30)
    chunks = (b"{" + b" " * (1 << 20) for _ in range(5))
    conn.request("POST", "/ingest/mailgun", body=chunks, headers={"Content-Type": "application/json"},
                 encode_chunked=True)
    r = conn.getresponse()
    assert r.status == 413 and "max_body" in json.loads(r.read())["error"]
    conn.close()
    assert svc.post("/ingest/mailgun", b"{}")[0] == 400  # still serving


def test_sighup_reloads_keys_and_sigterm_stops_cleanly(providers, tmp_path):
    port = free_port()
    config = tmp_path / "bouncefilter.yaml"
    config.write_text(config_text(providers, tmp_path / "state", port))
    env = {"BF_TEST_MG_KEY": MAILGUN_KEY, "BF_TEST_MG_KEY2": "key-rotated-" + "f" * 20,
           "BF_TEST_PM_PASSWORD": POSTMARK_PASSWORD}
    s = start_ingest(config, env, tmp_path / "ingest.log", port)
    try:
        a = addr("mg-reload")
        assert s.post("/ingest/mailgun", providers.mailgun(mailgun_failed(a)))[0] == 200
        config.write_text(config_text(providers, tmp_path / "state", port, mailgun_key_env="BF_TEST_MG_KEY2"))
        s.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the old key stops working once the reload is done
            if s.post("/ingest/mailgun", providers.mailgun(mailgun_failed(addr("mg-old"))))[0] == 401:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the reload did not take the new key: " + s.log.read_text())
        b = addr("mg-new")
        assert s.post("/ingest/mailgun", providers.mailgun(mailgun_failed(b), key=env["BF_TEST_MG_KEY2"]))[0] == 200
        assert one(s, b)["recipient"]["class"] == "hard"
    finally:
        code = s.stop()
    log = s.log.read_text()
    assert code == 0, log
    assert "Traceback" not in log and MAILGUN_KEY not in log and env["BF_TEST_MG_KEY2"] not in log


@pytest.mark.parametrize("odd", [None, 1, "x", [], {}, [1], True, {"emailAddress": {"x": 1}}])
def test_signed_but_odd_payloads_get_400_or_200_never_a_traceback(svc, providers, odd):
    """Validly signed notifications whose fields have the wrong shapes: a clear 400 (or 200 when
    what remains is readable), never a 500; the fixture checks the log has no traceback."""
    for shape in ({"notificationType": "Bounce", "bounce": odd, "mail": {}},
                  {"notificationType": "Bounce", "bounce": {"bouncedRecipients": odd, "bounceType": odd}, "mail": odd},
                  {"eventType": odd}, {"notificationType": "Complaint", "complaint": {"complainedRecipients": [odd]}}):
        status, answer = svc.post("/ingest/ses", providers.sns(shape))
        assert status in (200, 400), (shape, status, answer)
    for data in (odd, {"event": "failed", "recipient": odd},
                 {"event": "failed", "recipient": addr("mg-odd"), "delivery-status": odd, "message": odd,
                  "timestamp": odd}):
        status, answer = svc.post("/ingest/mailgun", providers.mailgun(data))  # type: ignore[arg-type]
        assert status in (200, 400), (data, status, answer)
    body, headers = providers.sendgrid([odd, {"event": odd, "email": odd}])  # type: ignore[list-item]
    assert svc.post("/ingest/sendgrid", body, headers)[0] in (200, 400)


def test_same_rules_and_outbox_and_bounded_connections(providers, tmp_path):
    """ESP events go through the config's rules and the outbox like any bounce (a `log` action
    for `source: ingest:mailgun`, delivered by the service's outbox thread, and the suppression
    file mirrored); requests past `max_connections` get 503 at once and nothing is lost: the
    held request completes afterwards."""
    import http.client

    port = free_port()
    config = tmp_path / "bouncefilter.yaml"
    extra = f"""actions:
  esp_log: {{type: log, path: {tmp_path / 'esp.jsonl'}}}
  listfile: {{type: suppression_file, path: {tmp_path / 'suppressed.txt'}}}
rules:
  - match: {{class: hard}}
    actions: [listfile]
  - match: {{source: [ingest:mailgun]}}
    actions: [esp_log]
"""
    config.write_text(config_text(providers, tmp_path / "state", port, extra=extra, max_connections=2))
    s = start_ingest(config, {"BF_TEST_MG_KEY": MAILGUN_KEY, "BF_TEST_PM_PASSWORD": POSTMARK_PASSWORD},
                     tmp_path / "ingest.log", port)
    try:
        a = addr("mg-rules")
        body = providers.mailgun(mailgun_failed(a))
        # one connection holds the only slot: its request's body is not finished yet
        held = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        held.putrequest("POST", "/ingest/mailgun")
        held.putheader("Content-Type", "application/json")
        held.putheader("Content-Length", str(len(body)))
        held.endheaders()
        held.send(body[:20])
        time.sleep(0.5)
        status, _ = s.post("/ingest/mailgun", providers.mailgun(mailgun_failed(addr("mg-busy"))))
        assert status == 503
        held.send(body[20:])
        r = held.getresponse()
        assert r.status == 200 and json.loads(r.read())["new"] >= 1
        held.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # the outbox thread delivers both actions
            logged = (tmp_path / "esp.jsonl").read_text() if (tmp_path / "esp.jsonl").exists() else ""
            listed = (tmp_path / "suppressed.txt").read_text() if (tmp_path / "suppressed.txt").exists() else ""
            if a in logged and a in listed:
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"not delivered: {s.log.read_text()}")
        assert json.loads(logged.splitlines()[0])["source"] == "ingest:mailgun"
    finally:
        assert s.stop() == 0, s.log.read_text()


def test_store_unavailable_is_503_and_the_providers_retry_is_taken(providers, tmp_path):
    """While another process holds the store's write lock past store.busy_timeout, a valid
    notification is answered 503 and nothing is recorded; the provider's retry of the very same
    signed request (within the window) is then taken, not refused as a replay: nothing is lost."""
    import sqlite3

    port = free_port()
    config = tmp_path / "bouncefilter.yaml"
    config.write_text(config_text(providers, tmp_path / "state", port, extra="store: {busy_timeout: 1s}"))
    s = start_ingest(config, {"BF_TEST_MG_KEY": MAILGUN_KEY, "BF_TEST_PM_PASSWORD": POSTMARK_PASSWORD},
                     tmp_path / "ingest.log", port)
    try:
        s.events()  # the store exists
        a = addr("mg-busy-store")
        body = providers.mailgun(mailgun_failed(a))
        lock = sqlite3.connect(tmp_path / "state" / "bouncefilter.db", timeout=5)
        lock.execute("BEGIN IMMEDIATE")
        try:
            status, answer = s.post("/ingest/mailgun", body)
        finally:
            lock.rollback()
            lock.close()
        assert status == 503 and "try again later" in answer["error"], answer
        assert s.events(a) == []
        status, answer = s.post("/ingest/mailgun", body)
        assert status == 200 and answer["new"] >= 1, answer
        assert one(s, a)["recipient"]["class"] == "hard"
    finally:
        assert s.stop() == 0, s.log.read_text()
