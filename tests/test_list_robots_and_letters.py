"""List robots' replies, list instructions and letters' sign-offs (every message here is written for
its test, in the shapes Mailman, Majordomo, Lyris and ISPs' free-text notices use)."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail


@pytest.mark.parametrize("sender, subject, body", [
    ("mailman-bounces@lists.example.org", "The results of your email commands",
     "The results of your email command are provided below.\n\n- Results:\n    No such list: archive-old\n\n"
     "- Done.\n"),
    ("Majordomo@lists.example.net", "Majordomo results",
     ">>>> subscribe oldlist news@sender.example\n**** subscribe: unknown list 'oldlist'.\n>>>> end\nEND OF COMMANDS\n"),
])
def test_a_list_robots_reply_to_commands_is_no_failure(sender: str, subject: str, body: str) -> None:
    """A robot answering commands we mailed it names lists as the commands' arguments: "No such list"
    there is no recipient of a post that failed."""
    data = mail(f"From: {sender}\nTo: news@sender.example\nSubject: {subject}\nX-Mailman-Version: 2.1.39\n"
                "Precedence: bulk\n", body)
    report = classify(data)
    assert report.kind == "not_bounce"
    assert report.recipients == []


def test_a_notices_join_instruction_names_no_list() -> None:
    """"To join, send a blank message to join-x@..." is where to subscribe; the list is the one the
    notice says the post was not distributed to."""
    data = mail("""From: "Lyris ListManager" <lyris@lists.assoc.example>
To: news@sender.example
Subject: Message to "members" rejected: not a member
X-Lyris-Message-Id: <LYRIS-1@lists.assoc.example>
""", """Your message was not distributed to the "members" mailing list
because you are not a member of the list.

To join, send a blank message to join-members@lists.assoc.example

The first 40 lines of your message are below:

From: news@sender.example
To: members@lists.assoc.example
Subject: notes
""")
    addresses = [r.address for r in classify(data).recipients]
    assert "join-members@lists.assoc.example" not in addresses


@pytest.mark.parametrize("text, status", [
    ("553 5.7.1 <forum@lists.example.edu>... Posting restricted to list members", "5.7.1"),
    ("Sorry, only subscribers may post. (#5.7.2)", "5.7.2"),
    ("Mail to announce@lists.example.net is restricted to the list moderators", None),
])
def test_a_list_that_takes_posts_from_some_senders_refuses_ours(text: str, status: str | None) -> None:
    """RFC 3463 X.7.2: the sender is not authorized to send to the list; whatever code comes with it."""
    assert decide(status=status, diagnostic=text, action="failed", diag_type="smtp") == "rejected"


def test_a_list_for_its_organisations_own_senders_is_a_receiving_policy() -> None:
    """Not a list's members but an organisation's people: its receiving policy refused our address."""
    text = ("550 5.7.1 <staff@corp.example>: Recipient address rejected: only internal senders may post to this "
            "distribution list")
    assert decide(status="5.7.1", diagnostic=text, action="failed", diag_type="smtp") == "policy_violation"


def test_the_list_members_may_post_words_do_not_cover_a_person() -> None:
    assert decide(status="5.1.1", diagnostic="550 5.1.1 <kim@mail.example>: User unknown; only members of staff "
                  "are listed here", action="failed", diag_type="smtp") == "user_unknown"


def _isp_notice(closing: str) -> bytes:
    return mail("""From: Example ISP Mail <noreply@isp.example>
To: ana@sender.example
Subject: Undeliverable message
Auto-Submitted: auto-replied
""", f"""Dear customer,

The message you sent to victor@far.example could not be delivered.
The receiving server answered:

  550 5.1.1 <victor@far.example>: Recipient address rejected: User unknown

{closing}
Example ISP Mail Team <mailteam@isp.example>
""")


@pytest.mark.parametrize("closing", ["Kind regards,", "Sincerely,", "Mit freundlichen Grüßen", "Cordialement,",
                                     "Mit freundlichem Gruß", "Viele Grüße", "Med vänliga hälsningar", "Bien à vous,",
                                     "Un saludo,", "Vriendelijke groeten,", "Best,", "Kind regards,\nThe Mail Team"])
def test_the_failed_address_of_a_sentence_and_not_the_letters_signature(closing: str) -> None:
    """"The message you sent to <x> could not be delivered" names the recipient; the name-addr line
    under a letter's closing signs the notice."""
    report = classify(_isp_notice(closing))
    assert [(r.address, r.reason) for r in report.recipients] == [("victor@far.example", "user_unknown")]


def test_a_name_addr_line_without_a_closing_above_is_still_read() -> None:
    """The sign-off rule needs the closing: a bare name-addr line after the reply stays a candidate."""
    report = classify(_isp_notice("Also failed:"))
    assert "mailteam@isp.example" in [r.address for r in report.recipients]


def test_a_subscribe_instruction_by_sending_names_no_list() -> None:
    data = mail("""From: "Lyris ListManager" <lyris@lists.assoc.example>
To: news@sender.example
Subject: Message to "buyers" rejected: not a member
X-Lyris-Message-Id: <LYRIS-2@lists.assoc.example>
""", """Your message was not distributed to the "buyers" mailing list because you are not a member.

You can subscribe by sending a blank message to buyers+subscribe@lists.assoc.example

From: news@sender.example
To: buyers@lists.assoc.example
Subject: offer
""")
    addresses = [r.address for r in classify(data).recipients]
    assert "buyers+subscribe@lists.assoc.example" not in addresses


def test_a_bare_address_under_a_closing_and_a_name_signs_the_notice() -> None:
    data = mail("""From: Mail Delivery System <MAILER-DAEMON@mx.recv.example>
To: news@sender.example
Subject: Undelivered Mail Returned to Sender
""", """<ulla@far.example>: 550 5.1.1 User unknown

Best regards,
Jens Kramer
Postmaster
jens.kramer@recv.example
""")
    assert [(r.address, r.reason) for r in classify(data).recipients] == [("ulla@far.example", "user_unknown")]


def test_mailman3s_digest_of_held_messages_to_the_owners_is_no_failure() -> None:
    """Mailman 3's list:admin:notice:pending: its held messages' reasons ("The message is not from a list
    member") are about others' posts, not a refusal of ours."""
    data = mail("""From: announce-owner@lists.club.example
To: news@sender.example
Subject: The Announce mailing list has 2 moderation requests waiting
List-Id: <announce.lists.club.example>
""", """The announce@lists.club.example mailing list has 2 moderation requests waiting.

Held Messages:
    Sender: spam@bulk.example
    Subject: Cheap watches
    Reason: The message is not from a list member
""")
    report = classify(data)
    assert report.kind == "not_bounce" and report.recipients == []
