"""Rules: match keys, order, stop, and the defaults a user gets with no rules written."""
from __future__ import annotations

from filter.config import DEFAULT_RULES, loads
from filter.engine.rules import evaluate, matches


def ev(event="bounce", kind="failed", address="Jo@Mail.Example.com", class_="hard", reason="user_unknown",
       permanent=True, status="5.1.1", reply_code="550", headers=None, source="pipe"):
    return {"id": "x", "event": event, "kind": kind, "source": source,
            "recipient": {"address": address, "class": class_, "reason": reason, "permanent": permanent,
                          "status": status, "reply_code": reply_code},
            "original": {"message_id": "<m@x>", "subject": "Spring sale", "headers": headers or {}}}


def rules(text: str):
    return loads("actions: {a: {type: log, path: a}, b: {type: log, path: b}, c: {type: log, path: c}}\n"
                 "rules:\n" + text, env={}).rules


def one(match: str):
    return rules(f"  - match: {match}\n    actions: [a]\n")[0].match


def test_each_key_matches_and_refuses():
    e = ev(headers={"X-Campaign-Id": "spring-2024"})
    cases = {
        "{kind: failed}": True, "{kind: [delayed, complaint]}": False,
        "{class: hard}": True, "{class: [soft, block]}": False,
        "{reason: user_unknown}": True, "{reason: mailbox_full}": False,
        "{permanent: true}": True, "{permanent: false}": False,
        "{status: '5'}": True, "{status: '5.1'}": True, "{status: '5.1.1'}": True, "{status: '5.1.10'}": False,
        "{status: '4'}": False, "{reply_code: '55'}": True, "{reply_code: '421'}": False,
        "{domain: mail.example.com}": True, "{domain: '*.example.com'}": True, "{domain: example.com}": False,
        "{address: 'jo@*'}": True, "{address: 'bob@*'}": False,
        "{header: {X-Campaign-Id: 'spring-*'}}": True, "{header: {x-campaign-id: 'SPRING-2024'}}": True,
        "{header: {X-Campaign-Id: 'fall-*'}}": False, "{header: {X-Other: '*'}}": False,
        "{header: {Subject: 'spring*'}}": True,
        "{event: bounce}": True, "{event: suppressed}": False,
        "{source: pipe}": True, "{source: pop3}": False,
        "{kind: failed, class: soft}": False, "{}": True,
    }
    for text, expected in cases.items():
        assert matches(one(text), e) is expected, text


def test_all_matching_rules_in_order_each_action_once_and_stop():
    rs = rules("  - match: {class: hard}\n    actions: [b, a]\n"
               "  - match: {kind: failed}\n    actions: [a, c]\n")
    assert evaluate(rs, ev()) == ["b", "a", "c"]
    rs = rules("  - match: {class: hard}\n    actions: [b]\n    stop: true\n"
               "  - match: {kind: failed}\n    actions: [a]\n")
    assert evaluate(rs, ev()) == ["b"]
    assert evaluate(rs, ev(class_="soft")) == ["a"]


def test_defaults_suppress_hard_complaints_unsubscribes_alert_blocks():
    assert evaluate(DEFAULT_RULES, ev()) == ["suppress"]
    assert evaluate(DEFAULT_RULES, ev(kind="complaint", class_="info", reason="complaint")) == ["suppress"]
    assert evaluate(DEFAULT_RULES, ev(kind="unsubscribe", class_="info", reason="unsubscribe")) == ["suppress"]
    assert evaluate(DEFAULT_RULES, ev(class_="block", reason="spam_detected")) == ["alert"]
    assert evaluate(DEFAULT_RULES, ev(class_="soft", reason="mailbox_full")) == []  # counted, not suppressed
    assert evaluate(DEFAULT_RULES, ev(kind="auto_reply", class_="info", reason="auto_reply")) == []
    assert evaluate(DEFAULT_RULES, ev(event="suppressed")) == []
    # a delay notice is not final, whatever its words: "450 4.1.2 Domain not found" while retrying
    assert evaluate(DEFAULT_RULES, ev(kind="delayed", class_="hard", reason="host_unknown", permanent=False,
                                      status="4.1.2", reply_code="450")) == []
