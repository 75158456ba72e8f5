"""The classifier's shortcuts give the answers of the steps they spare (issue 11, bulk classify).

``_decide`` asks ``_first_matches`` only of the reasons it can pass for (``classifier._rejected_by_way_of``): the code's own
reason, the reasons the words say, and "rejected" where a domain is named unknown.  These tests ask every reason of FIRST of
the facts of many records and check that no other one passes.
"""
from __future__ import annotations

import itertools

import pytest

from filter.core import classifier

# replies that say one cause, several, or none; of the recipient's side and of ours
_DIAGNOSTICS = (
    "550 5.1.1 <jo@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    "552 5.2.2 Mailbox full",
    "552 5.2.2 <jo@example.org>: No such user",
    "552 5.2.2 Message size exceeds maximum permitted",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    "550 5.1.2 Sender domain shop.example does not accept mail",
    "553 5.1.8 Domain of sender address does not exist",
    "550 5.1.2 Host unknown (Name server: example.invalid: host not found)",
    "550 5.7.1 Relaying denied. Please authenticate first",
    "451 4.7.1 Greylisted, please retry later",
    "452 4.2.2 Daily sending quota exceeded",
    "550 5.2.1 The email account that you tried to reach is disabled",
    "550 Mailbox has been discontinued, the company moved to a new domain. New address: jo@new.example",
    "554 5.7.1 Message rejected as spam by Content Filtering",
    "550 5.7.1 Your message was quarantined and is awaiting review by an administrator",
    "450 4.1.1 <jo@example.org>: Recipient address rejected: unverified address: host not found",
    "550 5.7.0 The recipient rejected your message because your IP has poor reputation",
    "550 5.1.1 User unknown ... The address has been added to your suppression list",
    "421 4.7.0 Try again later, closing connection.",
    "550 Requested action not taken: mailbox unavailable",
    "Delivery failed",
    "",
)
_STATUSES = (None, "5.0.0", "5.1.1", "5.1.2", "5.1.7", "5.2.2", "5.3.4", "5.4.4", "5.7.1", "4.2.2", "4.7.1")
_COMMANDS = (None, "RCPT", "MAIL", "DATA")


def _facts_of(status, diagnostic, command) -> list[classifier._Facts]:
    """The facts ``decide`` hands ``_decide`` for one record (none where it decides before)."""
    seen: list[classifier._Facts] = []
    decide = classifier._decide

    def keep(f):
        seen.append(f)
        return decide(f)

    classifier._decide = keep
    try:
        classifier.decide(status=status, diagnostic=diagnostic, command=command, action="failed")
    finally:
        classifier._decide = decide
    return seen


@pytest.mark.parametrize("status,command", list(itertools.product(_STATUSES, _COMMANDS)))
def test_first_matches_passes_only_for_the_reasons_decide_asks(status, command):
    asked = 0
    for diagnostic in _DIAGNOSTICS:
        for f in _facts_of(status, diagnostic, command):
            for reason in classifier.FIRST:
                if classifier._first_matches(reason, f):
                    asked += 1
                    assert reason == f.spec or f.says(reason) or reason == "rejected" and classifier._rejected_by_way_of(f), \
                        (reason, status, command, diagnostic)
    assert asked  # (the samples reach the loop's reasons)


def test_a_sender_domain_beside_a_bad_destination_code_is_still_read_as_ours():
    # "rejected" without its own words: the sender's domain named beside a "bad destination system" code
    assert classifier.decide(status="5.1.2", diagnostic="554 5.1.2 Sender domain does not accept mail",
                             action="failed") == "rejected"


# -- word gates (wordindex.WordGate): word by word, then one automaton pass -------------------------------------------

_GATE_TEXTS = (
    "", "550 5.1.1 user unknown", "your message is held in quarantine awaiting review", "Die Nachricht wurde in Quarantäne gestellt",
    "メッセージは隔離されました", "contact postmaster@example.org for help", "x" * 300, "sender@example.org wrote:",
)


@pytest.mark.parametrize("words", [
    tuple(f"word{n}" for n in range(40)) + ("quarant", "held", "隔離", "contact"),  # an automaton's table
    ("quarant", "held", "隔離"),  # a short one: word by word always
    tuple(f"word{n}" for n in range(40)) + ("",),  # an empty word: every text holds it
])
def test_a_word_gate_answers_as_the_word_by_word_test(words):
    from filter.core.wordindex import BUILD_AFTER, WordGate

    gate = WordGate(words)
    for _ in range(BUILD_AFTER + 1):  # (before and after the automaton is built)
        for text in _GATE_TEXTS:
            assert gate.holds(text) == any(w in text for w in words), (text, words)
            assert gate.found(text) == {w for w in words if w in text}, (text, words)
    # (the first table is answered by its automaton by then, the others word by word)
    assert (gate._automaton is not None) == (len(words) > 40 and "" not in words)


def test_a_reason_gate_answers_as_its_words():
    # patterns.matches asks each reason's index words through a gate: the same answer as the words asked one by one
    from filter.core import patterns
    from filter.core.wordindex import BUILD_AFTER

    for reason in ("on_hold", "expired", "user_unknown", "destination_system"):
        for _ in range(BUILD_AFTER + 1):
            patterns.matches(reason, "warm the gate up")
        words = patterns._index(reason)[0]
        for text in _GATE_TEXTS + ("the message has been quarantined", "delivery time expired", "no such user here"):
            assert patterns._GATES[reason].holds(text) == any(w in text for w in words)


def test_provider_codes_are_read_alike_with_the_gate_built():
    # provider_reason finds a link's code by the words its gate finds (``WordGate.found``), before and after its automaton
    from filter.core import classifier
    from filter.core.wordindex import BUILD_AFTER

    texts = ("550 5.7.1 see https://postmaster.example/codes.php#RL000010", "421 RP-001 (BAY004-MC1F10) Unfortunately, some "
             "messages from 192.0.2.1 weren't sent", "550 no such user", "")
    before = [classifier.provider_reason(t) for t in texts]
    for _ in range(BUILD_AFTER + 1):
        classifier.provider_reason("warm the gate up")
    assert [classifier.provider_reason(t) for t in texts] == before
