"""Testing a web application's bounce handling with bouncefilter's testing kit.

The application (``Newsletter``) mails its users through an SMTP server and stops mailing an
address when bouncefilter's webhook says it was suppressed.  The test sends through the fake MX,
turns the refusal into the bounce the sending MTA would write, feeds it to the engine and checks
the webhook and the suppression.  It uses the kit's four fixtures and imports nothing of bouncefilter.
"""
import smtplib
from email.message import EmailMessage


class Newsletter:
    """The application under test: a user list, an SMTP relay and a webhook handler."""

    def __init__(self, smtp_host, smtp_port, users):
        self.smtp_host, self.smtp_port = smtp_host, smtp_port
        self.users = {address: {"mailable": True} for address in users}

    def send_issue(self, subject):
        """Mail every mailable user; returns the addresses the server refused, with its reply."""
        to = [a for a, user in self.users.items() if user["mailable"]]
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "news@sender.example", "subscribers@sender.example", subject
        msg["X-Campaign-Id"] = subject.lower().replace(" ", "-")
        msg.set_content("This week's news.")
        with smtplib.SMTP(self.smtp_host, self.smtp_port, timeout=10) as smtp:
            try:
                refused = smtp.send_message(msg, from_addr="bounces@sender.example", to_addrs=to)
            except smtplib.SMTPRecipientsRefused as e:  # every recipient refused
                refused = e.recipients
        return {address: reply.decode() for address, (code, reply) in refused.items()}, to

    def on_bouncefilter_webhook(self, event):
        """What the application's endpoint does with a verified event."""
        if event["event"] == "suppressed":
            self.users[event["recipient"]["address"]]["mailable"] = False


def test_an_unknown_user_is_suppressed_and_no_longer_mailed(fake_mx, bounce_factory, webhook_receiver,
                                                            bouncefilter_engine):
    # the remote MX of gone.example no longer knows jane
    fake_mx.reject("jane@gone.example", 550, "5.1.1", "User unknown")
    app = Newsletter(fake_mx.host, fake_mx.port, ["jane@gone.example", "tom@ok.example"])

    refused, sent_to = app.send_issue("Spring Digest")
    assert refused == {"jane@gone.example": "5.1.1 User unknown"}
    [delivered] = fake_mx.messages
    assert delivered.rcpt_tos == ["tom@ok.example"]

    # the sending MTA returns the refusal as a bounce (here in Postfix's shape, with the original)
    [refusal] = fake_mx.transactions[0].rejected
    bounce = bounce_factory.from_reply(refusal.address, refusal.reply, stage=refusal.stage, shape="postfix",
                                       original=delivered.content)
    bouncefilter_engine.process(bounce)

    # bouncefilter suppressed jane and told the application, signed with its secret
    assert bouncefilter_engine.is_suppressed("jane@gone.example")
    events = webhook_receiver.wait_for(2)
    assert webhook_receiver.bad_signatures == 0
    [bounce_event] = [e for e in events if e["event"] == "bounce"]
    assert bounce_event["recipient"]["reason"] == "user_unknown"
    assert bounce_event["recipient"]["class"] == "hard"
    assert bounce_event["original"]["headers"]["X-Campaign-Id"] == "spring-digest"
    for event in events:
        app.on_bouncefilter_webhook(event)

    # the next issue goes to tom only
    refused, sent_to = app.send_issue("Summer Digest")
    assert sent_to == ["tom@ok.example"] and refused == {}


def test_a_greylisted_domain_is_retried_not_suppressed(fake_mx, bounce_factory, bouncefilter_engine):
    fake_mx.greylist("*@slow.example")
    app = Newsletter(fake_mx.host, fake_mx.port, ["ann@slow.example"])
    first, _ = app.send_issue("Digest")
    assert first["ann@slow.example"].startswith("4.7.1")
    second, _ = app.send_issue("Digest")
    assert second == {}

    # a mailbox that is only full counts as a soft bounce: not suppressed after one
    bouncefilter_engine.process(bounce_factory.bounce("ann@slow.example", "mailbox_full", shape="exchange"))
    [event] = bouncefilter_engine.events(event="bounce")
    assert event["recipient"]["class"] == "soft"
    assert not bouncefilter_engine.is_suppressed("ann@slow.example")
