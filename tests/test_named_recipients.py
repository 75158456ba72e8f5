"""Reports that name failed recipients by display name or local part, not by address.

Exchange 5.5 IMS / 2000-2003 text NDRs name a recipient of the organisation by its display name
("Ann Lee on <date>"); GroupWise names one by its user ID ("kurt (user not found)").  The returned
original's To / Cc say which address each name is: one record per entry, with that address and
the words of its own entry.  A name that matches no address, or two, gets none.  Every message
here is written for its test.
"""
from __future__ import annotations

import quopri

import pytest

from filter import classify


def _results(raw: bytes) -> tuple[str, str | None, list[tuple[str | None, str, str]]]:
    report = classify(raw)
    return report.kind, report.detector, [(r.address, r.reason, r.class_) for r in report.recipients]


# -- Exchange 5.5 IMS NDR -------------------------------------------------------------------------

EXCHANGE_ENTRY = """{name} on Tue, 6 Aug 2002 09:58:19 +0800
    The recipient name is not recognized
\tThe MTS-ID of the original message is: c=us;a= ;p=legacy;l=EXCH550208060158LMQ2K1
    MSEXCH:IMS:LegacyCorp:HQ:MAIL01 0 (000C05A6) Unknown Recipient
"""

EXCHANGE_FULL_ENTRY = """{name} on Tue, 6 Aug 2002 09:58:19 +0800
    The recipient's mailbox is full
\tThe MTS-ID of the original message is: c=us;a= ;p=legacy;l=EXCH550208060158LMQ2K1
    MSEXCH:IMS:LegacyCorp:HQ:MAIL01 0 (000C05A5) mailbox full, over quota
"""


def exchange(entries: list[str], to: str, *, cc: str = "", crlf: bool = False, qp: bool = False,
             full: tuple[str, ...] = ()) -> bytes:
    listed = "; ".join(entries)
    report = ("Your message\n\n"
              f"  To:      {listed}\n"
              "  Subject: Project kickoff\n"
              "  Sent:    Tue, 6 Aug 2002 09:58:00 +0800\n\n"
              "did not reach the following recipient(s):\n\n"
              + "\n".join((EXCHANGE_FULL_ENTRY if e in full else EXCHANGE_ENTRY).format(name=e) for e in entries))
    encoding = ""
    if qp:
        report = quopri.encodestring(report.encode(), quotetabs=True).decode()
        encoding = "Content-Transfer-Encoding: quoted-printable\n"
    raw = ("From: System Administrator <postmaster@legacy-ex.example>\n"
           "To: Zed Sender <zed@sender.example>\n"
           "Subject: Undeliverable: Project kickoff\n"
           "Date: Tue, 6 Aug 2002 09:58:20 +0800\n"
           "X-Mailer: Internet Mail Service (5.5.2653.19)\n"
           "MIME-Version: 1.0\n"
           'Content-Type: multipart/mixed; boundary="----_=_NextPart_000_01C23D10"\n\n'
           "------_=_NextPart_000_01C23D10\n"
           'Content-Type: text/plain; charset="iso-8859-1"\n' + encoding + "\n"
           + report + "\n"
           "------_=_NextPart_000_01C23D10\n"
           "Content-Type: message/rfc822\n\n"
           "Message-ID: <kick01@sender.example>\n"
           "From: Zed Sender <zed@sender.example>\n"
           f"To: {to}\n" + (f"Cc: {cc}\n" if cc else "") +
           "Subject: Project kickoff\n"
           "Date: Tue, 6 Aug 2002 09:58:00 +0800\n\n"
           "Kickoff on Monday.\n\n"
           "------_=_NextPart_000_01C23D10--\n")
    return raw.replace("\n", "\r\n").encode() if crlf else raw.encode()


THREE = ('"Ann Lee" <ann.lee@legacy-ex.example>, "Bob Ray" <bray@legacy-ex.example>,\n'
         ' "Carl Tan" <ctan@legacy-ex.example>')


def test_exchange_display_names_are_read_from_the_original():
    kind, detector, results = _results(exchange(["Ann Lee", "Bob Ray"], THREE))
    assert (kind, detector) == ("failed", "exchange")
    assert results == [("ann.lee@legacy-ex.example", "user_unknown", "hard"),
                       ("bray@legacy-ex.example", "user_unknown", "hard")]


def test_exchange_each_entry_keeps_its_own_words():
    report = classify(exchange(["Ann Lee", "Bob Ray"], THREE, full=("Bob Ray",)))
    got = {r.address: (r.reason, r.class_) for r in report.recipients}
    assert got == {"ann.lee@legacy-ex.example": ("user_unknown", "hard"),
                   "bray@legacy-ex.example": ("mailbox_full", "soft")}
    bob, = [r for r in report.recipients if r.address == "bray@legacy-ex.example"]
    assert "mailbox is full" in bob.diagnostic and "not recognized" not in bob.diagnostic


def test_exchange_crlf():
    assert _results(exchange(["Ann Lee", "Bob Ray"], THREE, crlf=True))[2] == [
        ("ann.lee@legacy-ex.example", "user_unknown", "hard"), ("bray@legacy-ex.example", "user_unknown", "hard")]


def test_exchange_quoted_printable_and_encoded_display_names():
    to = ('=?iso-8859-1?Q?Ann_Lee?= <ann.lee@legacy-ex.example>, "Bob  RAY" <bray@legacy-ex.example>,\n'
          ' "Carl Tan" <ctan@legacy-ex.example>')
    assert _results(exchange(["Ann Lee", "Bob Ray"], to, qp=True))[2] == [
        ("ann.lee@legacy-ex.example", "user_unknown", "hard"), ("bray@legacy-ex.example", "user_unknown", "hard")]


def test_exchange_last_comma_first_and_cc():
    to = '"Lee, Ann" <ann.lee@legacy-ex.example>'
    cc = '"Bob Ray" <bray@legacy-ex.example>, "Carl Tan" <ctan@legacy-ex.example>'
    assert {a for a, _, _ in _results(exchange(["Ann Lee", "Bob Ray"], to, cc=cc))[2]} == {
        "ann.lee@legacy-ex.example", "bray@legacy-ex.example"}


def test_exchange_name_matching_nothing_gets_no_address():
    results = _results(exchange(["Ann Lee", "Dan Who"], THREE))[2]
    assert results == [("ann.lee@legacy-ex.example", "user_unknown", "hard"), (None, "user_unknown", "hard")]


def test_exchange_name_matching_two_addresses_gets_none():
    to = ('"Ann Lee" <ann.lee@legacy-ex.example>, "Ann Lee" <alee@legacy-ex.example>, '
          '"Bob Ray" <bray@legacy-ex.example>')
    results = _results(exchange(["Ann Lee", "Bob Ray"], to))[2]
    assert [a for a, _, _ in results] == [None, "bray@legacy-ex.example"]


def test_a_name_is_the_reporting_organisations_own():
    """The directory that did not know "Ann Lee" is the reporting organisation's: a namesake elsewhere
    among the original's recipients (a Cc outside, delivered) is never the one that failed."""
    to = ('"Ann Lee" <ann.lee@legacy-ex.example>, "Ann Lee" <alee@other.example>, '
          '"Bob Ray" <bray@legacy-ex.example>')
    results = _results(exchange(["Ann Lee", "Bob Ray"], to))[2]
    assert [a for a, _, _ in results] == ["ann.lee@legacy-ex.example", "bray@legacy-ex.example"]
    outside = '"All Staff" <allstaff@legacy-ex.example>, "Ann Lee" <ann.lee@gmail.example>, "Bob Ray" <bray@gmail.example>'
    results = _results(exchange(["Ann Lee", "Bob Ray"], outside))[2]
    assert [a for a, _, _ in results] == [None, None]


def test_exchange_single_recipient():
    one = '"Ann Lee" <ann.lee@legacy-ex.example>'
    assert _results(exchange(["Ann Lee"], one))[2] == [("ann.lee@legacy-ex.example", "user_unknown", "hard")]
    # a name the original does not spell the same: its one recipient, as before
    assert _results(exchange(["A. Lee"], one))[2] == [("ann.lee@legacy-ex.example", "user_unknown", "hard")]


def test_exchange_naming_addresses_is_unchanged():
    raw = exchange(["ann.lee@legacy-ex.example", "bray@legacy-ex.example"], THREE)
    assert [a for a, _, _ in _results(raw)[2]] == ["ann.lee@legacy-ex.example", "bray@legacy-ex.example"]


# -- GroupWise ------------------------------------------------------------------------------------

def groupwise(entries: list[str], to: str, *, crlf: bool = False, qp: bool = False, attached: bool = True) -> bytes:
    report = ("The message that you sent was undeliverable to the following:\n"
              + "".join(f"\t{e}\n" for e in entries)
              + "\nPossible causes:\n\tThe user ID may be misspelled.\n")
    encoding = ""
    if qp:
        report = quopri.encodestring(report.encode(), quotetabs=True).decode()
        encoding = "Content-Transfer-Encoding: quoted-printable\n"
    original = ("Message-ID: <gw01@sender.example>\nFrom: zed@sender.example\n"
                f"To: {to}\nSubject: Budget\nDate: Wed, 7 Aug 2002 09:59:00 -0400\n\nNumbers attached.\n")
    head = ("From: Mail Delivery System <postmaster@gw-corp.example>\nTo: zed@sender.example\n"
            "Subject: Message status - undeliverable\nDate: Wed, 7 Aug 2002 10:00:00 -0400\nMIME-Version: 1.0\n")
    if attached:
        raw = (head + 'Content-Type: multipart/mixed; boundary="=_GW_1"\n\n'
               "--=_GW_1\nContent-Type: text/plain; charset=US-ASCII\n" + encoding + "\n" + report + "\n"
               "--=_GW_1\nContent-Type: message/rfc822\n\n" + original + "\n--=_GW_1--\n")
    else:
        raw = head + "Content-Type: text/plain; charset=US-ASCII\n\n" + report + "\nOriginal message follows.\n\n" + original
    return raw.replace("\n", "\r\n").encode() if crlf else raw.encode()


GW_TO = "kurt@gw-corp.example, lena@gw-corp.example, moe@gw-corp.example"
GW_ENTRIES = ["kurt (user not found)",
              "lena (The message was undeliverable because the recipient's mailbox is full)"]
GW_EXPECTED = [("kurt@gw-corp.example", "user_unknown", "hard"), ("lena@gw-corp.example", "mailbox_full", "soft")]


def test_groupwise_user_ids_are_read_from_the_original():
    report = classify(groupwise(GW_ENTRIES, GW_TO))
    assert (report.kind, report.detector) == ("failed", "groupwise")
    assert [(r.address, r.reason, r.class_) for r in report.recipients] == GW_EXPECTED
    kurt, lena = report.recipients
    assert kurt.diagnostic == "user not found" and "mailbox is full" in lena.diagnostic


def test_groupwise_crlf_qp_and_pasted_original():
    assert _results(groupwise(GW_ENTRIES, GW_TO, crlf=True))[2] == GW_EXPECTED
    assert _results(groupwise(GW_ENTRIES, GW_TO, qp=True))[2] == GW_EXPECTED
    assert _results(groupwise(GW_ENTRIES, GW_TO, qp=True, crlf=True))[2] == GW_EXPECTED
    assert _results(groupwise(GW_ENTRIES, GW_TO, attached=False))[2] == GW_EXPECTED


def test_groupwise_user_id_matching_nothing_gets_no_address():
    results = _results(groupwise(["kurt (user not found)", "zoe (user not found)"], GW_TO))[2]
    assert results == [("kurt@gw-corp.example", "user_unknown", "hard"), (None, "user_unknown", "hard")]


def test_groupwise_user_id_matching_two_addresses_gets_none():
    to = "kurt@gw-corp.example, kurt@mail.gw-corp.example, lena@gw-corp.example"
    results = _results(groupwise(GW_ENTRIES, to))[2]
    assert [a for a, _, _ in results] == [None, "lena@gw-corp.example"]


def test_groupwise_single_recipient():
    assert _results(groupwise(["kurt (user not found)"], "kurt@gw-corp.example"))[2] == [
        ("kurt@gw-corp.example", "user_unknown", "hard")]
    # a user ID that is not the original's local part: its one recipient, as before
    assert _results(groupwise(["kurt (user not found)"], "k.smith@gw-corp.example"))[2] == [
        ("k.smith@gw-corp.example", "user_unknown", "hard")]


def test_groupwise_naming_addresses_is_unchanged():
    report = classify(groupwise(["kurt@gw-corp.example (user not found)"], GW_TO))
    assert report.detector == "text"
    assert [r.address for r in report.recipients] == ["kurt@gw-corp.example"]


# -- an entry by address, then one by display name: each keeps its own words ------------------------
def test_an_address_entry_ends_where_a_display_name_entry_begins():
    text = ("Your message\n\n  To:      Li Wei; Ng, Helen\n  Subject: Plan\n\ndid not reach the following "
            "recipient(s):\n\nli.wei@corp.example on Tue, 1 Dec 2026 09:00:00 +0000\n"
            "            The e-mail account does not exist at the organization this message was sent to.\n"
            "            <MAIL01.corp.example #5.1.1>\n\n"
            "Ng, Helen on Tue, 1 Dec 2026 09:00:00 +0000\n"
            "            The recipient's mailbox is full and can't accept messages now.\n"
            "            <MAIL01.corp.example #5.2.2>\n")
    raw = (b"From: System Administrator <postmaster@corp.example>\nTo: news@sender.example\n"
           b"Subject: Undeliverable: Plan\nX-Mailer: Internet Mail Service (5.5.2653.19)\n\n" + text.encode())
    kind, _detector, results = _results(raw)
    assert kind == "failed"
    assert ("li.wei@corp.example", "user_unknown", "hard") in results
    assert all(r[1] != "mailbox_full" for r in results if r[0] == "li.wei@corp.example")


def test_a_folded_diagnostic_back_at_the_margin_stays_with_its_entry():
    text = ("did not reach the following recipient(s):\n\nkim@corp.example on Tue, 1 Dec 2026 09:00:00 +0000\n"
            "    The recipient name is not recognized\n    MSEXCH:IMS:CORP:HQ:MAIL01 0 (000C05A6)\nUnknown Recipient\n")
    raw = (b"From: System Administrator <postmaster@corp.example>\nTo: news@sender.example\n"
           b"Subject: Undeliverable: Plan\nX-Mailer: Internet Mail Service (5.5.2653.19)\n\n" + text.encode())
    kind, _detector, results = _results(raw)
    assert results == [("kim@corp.example", "user_unknown", "hard")]
    assert "Unknown Recipient" in (classify(raw).recipients[0].diagnostic or "")


# -- Domino names the recipient by its Notes name; the one DSN record takes the report's words -------
def test_a_dsn_whose_text_names_the_recipient_by_its_notes_name():
    raw = ("From: Postmaster <postmaster@notes.example>\nTo: news@sender.example\nSubject: DELIVERY FAILURE\n"
           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"N\"\n\n"
           "--N\nContent-Type: text/plain\n\nYour message\n\n  Subject: Plan\n\nwas not delivered to:\n\n"
           "  Ola Berg/Sales/NOTES@NOTES\n\nbecause:\n\n  User Ola Berg/Sales/NOTES (ola.berg@notes.example) "
           "not listed in Domino Directory\n\n--N\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; mail01.notes.example\n\nFinal-Recipient: rfc822; ola.berg@notes.example\n"
           "Action: failed\nStatus: 5.0.0\n\n--N--\n").encode()
    kind, _detector, results = _results(raw)
    assert (kind, results) == ("failed", [("ola.berg@notes.example", "user_unknown", "hard")])


@pytest.mark.parametrize("label", [
    "Message-ID of the original message:", "Message-Id of your original message was:",
    "ID of the original message:", "Message-ID der ursprünglichen Nachricht:", "Identifiant du message d'origine :",
])
def test_a_message_id_under_its_label_is_no_recipient(label):
    from filter import classify
    from shapes import mail
    data = mail("From: Mail Delivery System <MAILER-DAEMON@mx.list.example>\nTo: users-return-9031-henry=example.com@list.example\n"
                "Subject: Delivery failure",
                f"This is an automatically generated message.\nDelivery to the recipient failed permanently: the "
                f"account has been disabled.\n\n{label} <1710500000.5120.ezmlm@list.example>\n")
    assert all(r.address != "1710500000.5120.ezmlm@list.example" for r in classify(data).recipients)


@pytest.mark.parametrize("bullet", ["-- ", "- ", "* "])
def test_a_bulleted_list_of_addresses_shares_the_problem_below_it(bullet):
    """Mimecast lists the addresses behind "--", then one problem for all of them."""
    from filter import classify
    from shapes import mail
    data = mail("""From: Mimecast <postmaster@mimecast.sender.example>
To: ana@sender.example
Subject: Mimecast Undeliverable Message
""", f"""An email that you attempted to send to the following addresses could not be delivered:
{bullet}rsvp@gone.example
{bullet}tickets@gone.example

The problem appears to be :
-- Recipient domain does not exist

Additional information follows :
-- 5.1.2 DNS lookup for gone.example failed: domain not found (NXDOMAIN)
""")
    got = {r.address: r.reason for r in classify(data).recipients}
    assert got == {"rsvp@gone.example": "host_unknown", "tickets@gone.example": "host_unknown"}
