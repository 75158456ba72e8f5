"""A multi-line SMTP reply joined into one diagnostic (RFC 5321 section 4.2.1).

Postfix and Exim keep each line's "NNN-" marker when they join a multi-line reply into the
Diagnostic-Code or their text ("... an unusual rate of 421-4.7.0 unsolicited mail ..."): the
markers stand between the words of one sentence, and the phrases must read across them.  The first
line's code stays (it is what the server answered); the later lines' markers, the last line's
"NNN X.Y.Z" included, go.  Every wording here is written for the test in the shape those servers
document; none is taken from a sample file.
"""
from __future__ import annotations

import pytest

from filter.core.classifier import _without_line_markers, decide, normalize


@pytest.mark.parametrize("text, expected", [
    ("550-5.1.1 the account does not 550-5.1.1 exist. 550 5.1.1 see the help page",
     "550 5.1.1 the account does not exist. see the help page"),
    ("host said: 421-4.7.0 try 421-4.7.0 again 421 4.7.0 later", "host said: 421 4.7.0 try again later"),
    ("550-requested action not taken 550 invalid record", "550 requested action not taken invalid record"),
])
def test_later_markers_go_the_first_code_stays(text: str, expected: str) -> None:
    assert _without_line_markers(text) == expected


@pytest.mark.parametrize("text", [
    "550 5.1.1 user unknown",
    "host mx.example said: 550 user unknown (in reply to rcpt to command)",
    "a well-formed sentence - with a dash 450 times over",
])
def test_a_one_line_reply_is_left_as_it_is(text: str) -> None:
    assert _without_line_markers(text) == text


def reason(diagnostic: str, status: str | None, command: str | None = "RCPT", action: str = "failed") -> str:
    return decide(status=status, diagnostic=diagnostic, command=command, action=action, diag_type="smtp")


def test_a_rate_limit_split_over_the_lines_is_read_whole() -> None:
    # Gmail's 4.7.28 wording wrapped in its five lines: "rate limited" is split from "unusual rate of
    # unsolicited mail" (read whole: our host held back, no spam verdict on the message)
    text = ("421-4.7.28 [192.0.2.25 15] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail "
            "originating from your IP address. To protect our 421-4.7.28 users from spam, mail sent from your IP "
            "address has been temporarily 421-4.7.28 rate limited. Please visit 421-4.7.28 "
            "https://support.example/mail/?p=UnsolicitedRateLimitError to 421 4.7.28 review our Bulk Email "
            "Senders Guidelines. x12si3456 - gsmtp")
    assert reason(text, "4.7.28", action="delayed") == "blocked"


def test_a_policy_sentence_split_over_the_lines_is_a_policy() -> None:
    text = ("550-5.7.1 [192.0.2.25] The user or domain that you are sending to (or from) has a policy that "
            "550-5.7.1 prohibited the mail that you sent. Please contact your domain 550-5.7.1 administrator "
            "for further details. 550 5.7.1 https://support.example/a/answer/172179 x12si3456 - gsmtp")
    assert reason(text, "5.7.1", command="DATA") == "policy_violation"


def test_the_first_lines_code_still_says_permanent_or_temporary() -> None:
    # without a Status, the class of the first line's code decides whether the mailbox words count
    text = "450-4.2.1 The user you are trying to contact is receiving mail 450-4.2.1 too quickly. 450 4.2.1 Try later"
    assert reason(text, None) == "rate_limited"
    assert normalize(text) != _without_line_markers(normalize(text))
    assert _without_line_markers(normalize(text)).startswith("450 4.2.1 ")


def test_a_relay_refused_for_want_of_a_login_is_a_security_error() -> None:
    # "not permitted to 550 relay" read "not permitted to relay" once the marker is gone; the same
    # reply asks the client to log in, which is the cause (RFC 4954 530 5.7.0)
    text = ("550-Please turn on SMTP Authentication in your mail client. 550-mail.example.net [192.0.2.25]:4123 "
            "is not permitted to 550 relay through this server without authentication.")
    assert reason(text, "5.0.0") == "security_error"
    assert reason("550 5.7.1 Relaying denied for <r@example.org>", "5.7.1") == "no_relaying"
