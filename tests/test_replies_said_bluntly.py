"""Replies to a sender's mailing as people and products write them, bluntly or in their own words: requests to be
taken off (an adverb of urgency, an insult before "list", the Dutch particle after it), challenges (the verification
"completed" by a link, French and German requests to prove one is a person, "Challenge/Response"), an ISP's abuse
desk reporting its customer's complaint in German.  Each text is written here for the rule it tests."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.detectors import autoreply
from shapes import mail


@pytest.mark.parametrize("subject, body", [
    ("RE: Nos nouvelles", "ARRÊTEZ !!!\n\nRetirez mon adresse de votre liste IMMÉDIATEMENT.\n\nB. G.\n"),
    ("Re: Uitnodiging", "Haal mij NU van jullie lijst af.\n\nR.\n"),
    ("STOP", "Take me off your bloody list. I never signed up.\n\nSent from my iPad\n"),
    ("Re: Appeal", "Please remove me from your list now.\n"),
])
def test_a_blunt_request_to_be_taken_off(subject, body):
    report = classify(mail(f"From: Reader <reader@isp.example>\nTo: news@charity.example\nSubject: {subject}\n"
                           "In-Reply-To: <n1@charity.example>\nContent-Type: text/plain; charset=utf-8\n", body))
    assert report.kind == "unsubscribe"
    assert [r.address for r in report.recipients] == ["reader@isp.example"]


@pytest.mark.parametrize("frm, subject, body, protected", [
    ("Pete Hall <pete@joinery.example>", "Re: Appeal [Please verify]",
     "I'm protecting myself from receiving junk mail. Please click the link below to complete the verification "
     "process.\n\n  http://check.example/v?c=1\n\nYour original message is held until you verify.\n",
     "pete@joinery.example"),
    ('"Cabinet Roux" <contact@cabinet-roux.example>', "Votre message est en attente",
     "Votre message destiné à contact@cabinet-roux.example est en attente de validation. Merci de confirmer que vous "
     "êtes bien une personne en cliquant sur le lien ci-dessous.\n", "contact@cabinet-roux.example"),
    ('"Spamschutz" <verify@schutz.example>', "Bitte bestätigen Sie Ihre E-Mail",
     "Ihre E-Mail an h.vogel@kanzlei.example wurde vorübergehend zurückgehalten. Bitte bestätigen Sie einmalig, dass "
     "Sie kein automatisches Programm sind.\n\n--\nschutz.example - Challenge/Response-Spamschutz\n",
     "h.vogel@kanzlei.example"),
])
def test_a_challenge_said_these_ways(frm, subject, body, protected):
    report = classify(mail(f"Return-Path: <>\nFrom: {frm}\nTo: news@charity.example\nSubject: {subject}\n"
                           "Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n", body))
    assert report.kind == "challenge"
    assert [r.address for r in report.recipients] == [protected]


def test_an_abuse_desks_german_complaint_names_its_customer():
    body = ("--b\nContent-Type: text/plain; charset=utf-8\n\nSehr geehrte Damen und Herren,\n\neiner unserer Kunden hat "
            "sich über die unten angehängte E-Mail beschwert und hat die Nachricht als Spam gemeldet.\n\n"
            "--b\nContent-Type: message/rfc822\n\nFrom: news@charity.example\nTo: k.berg@isp.example\nSubject: Appeal\n\n"
            "text\n--b--\n")
    report = classify(mail("From: Abuse-Team <abuse@isp.example>\nTo: postmaster@charity.example\n"
                           "Subject: Spam-Beschwerde: Appeal\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/mixed; boundary=\"b\"\n", body))
    assert report.kind == "complaint"
    assert [r.address for r in report.recipients] == ["k.berg@isp.example"]


@pytest.mark.parametrize("text", [
    "Dana only accepts messages from people who have confirmed that they are human. Just reply to this message "
    "(keep the subject line unchanged); your reply proves you are a person.",
])
def test_a_challenges_words_said_these_ways(text):
    assert autoreply._challenge_words(" ".join(text.split()))
