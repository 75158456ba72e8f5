"""List managers and group services refusing a post: the group address failed, for the stated cause.

Messages are written here for the test, the way each system words its notice (by meaning).
"""
from __future__ import annotations

from email.header import Header

import pytest

from filter import classify
from filter.core.detectors import ORDER
from filter.core.detectors.vendors import lists
from shapes import mail


def one(report):
    assert len(report.recipients) == 1, report.recipients
    return report.recipients[0]


def test_registered_after_dsn_before_text():
    assert ORDER.index("dsn") < ORDER.index("vendors.lists") < ORDER.index("text")


def test_every_list_phrase_passes_the_cheap_gate():
    """A phrase matches only when every group of it does: the gate passes for it when every word of one
    of its groups holds a gate string (Sympa's "the list X does not exist": "the list " opens the gate,
    so "does not exist", said by most bounces, need not)."""
    for phrase in lists.LIST_MANAGERS:
        assert any(all(any(g in words for g in lists.LIST_GATE) for words in group) for group in phrase.groups), \
            phrase.groups


# -- Google Groups ----------------------------------------------------------------------------------
GG_HEAD = """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@shop.example
Subject: {subject}
X-Failed-Recipients: {failed}
X-Google-Smtp-Source: AGHT+IExample
Content-Type: text/plain; charset="UTF-8"
"""
GG_EN = """
Hello sender@shop.example,

We're writing to let you know that the group you tried to contact (buyers) may not exist, or you
may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.

Thanks,

Google Groups

----- Original message -----

From: sender@shop.example
To: buyers@googlegroups.com
Subject: Offer
"""


def test_google_groups_refusal_is_rejected_for_the_group():
    raw = mail(GG_HEAD.format(subject="Delivery Status Notification (Failure)", failed="buyers@googlegroups.com"), GG_EN)
    report = classify(raw)
    r = one(report)
    assert report.kind == "failed" and report.detector == "lists"
    assert (r.address, r.reason, r.class_) == ("buyers@googlegroups.com", "rejected", "block")


def test_google_groups_refusal_names_the_group_in_its_own_words():
    # neither X-Failed-Recipients nor a returned original: the sentence names the group
    head = "\n".join(line for line in GG_HEAD.split("\n") if not line.startswith("X-Failed-Recipients"))
    body = ("Your message wasn't delivered to buyers@googlegroups.com because you don't have permission to post "
            "to this group. If you believe you should have permission to post, contact the group's owner.\n")
    r = one(classify(mail(head.format(subject="Delivery Status Notification (Failure)"), body)))
    assert (r.address, r.reason) == ("buyers@googlegroups.com", "rejected")


# the notice in other languages, written for the test by meaning; no X-Failed-Recipients: the
# group is found by its name in parentheses among the original's recipients
GG_LANGS = {
    "de": "die Gruppe, an die Sie schreiben wollten (vertrieb), existiert möglicherweise nicht oder Sie haben "
          "keine Berechtigung, Beiträge zu veröffentlichen.",
    "fr": "le groupe que vous avez essayé de contacter (vertrieb) n'existe peut-être pas, ou vous n'avez pas "
          "l'autorisation de publier des messages dans ce groupe.",
    "es": "es posible que el grupo con el que intentaste contactar (vertrieb) no exista o que no tengas permiso "
          "para publicar mensajes en él.",
    "pt": "o grupo que você tentou contatar (vertrieb) pode não existir, ou você pode não ter permissão para "
          "postar mensagens nele.",
    "it": "il gruppo che hai provato a contattare (vertrieb) potrebbe non esistere oppure non disponi "
          "dell'autorizzazione a pubblicare messaggi.",
    "nl": "de groep die u probeerde te bereiken (vertrieb) bestaat mogelijk niet of u heeft geen toestemming "
          "om berichten te posten.",
    "ru": "группа, с которой вы пытались связаться (vertrieb), может не существовать, или у вас нет разрешения "
          "на публикацию сообщений.",
    "ja": "送信先のグループ（vertrieb）は存在しないか、グループに投稿する権限がない可能性があります。 (vertrieb)",
    "zh": "您尝试联系的群组 (vertrieb) 可能不存在，或者您可能没有在该群组中发帖权限。",
}


@pytest.mark.parametrize("lang", sorted(GG_LANGS))
def test_google_groups_refusal_in_other_languages(lang):
    subject = Header("Adresse introuvable" if lang == "fr" else "Address not found", "utf-8").encode()
    head = f"""
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@shop.example
Subject: {subject}
Content-Type: text/plain; charset="UTF-8"
"""
    body = f"""
Hello sender@shop.example,

{GG_LANGS[lang]}

https://groups.google.com/support/

----- Original message -----

From: sender@shop.example
To: Vertrieb <vertrieb@firma.example>, other@else.example
Subject: Anfrage
"""
    report = classify(mail(head, body))
    r = one(report)
    assert report.kind == "failed" and report.detector == "lists"
    assert (r.address, r.reason) == ("vertrieb@firma.example", "rejected")


def test_gmail_user_unknown_is_not_a_group_refusal():
    raw = mail(GG_HEAD.format(subject="Delivery Status Notification (Failure)", failed="nobody@gmail.com"), """
Delivery to the following recipient failed permanently:

     nobody@gmail.com

Technical details of permanent failure:
The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser
""")
    report = classify(raw)
    assert report.detector != "lists"
    assert (one(report).address, one(report).reason) == ("nobody@gmail.com", "user_unknown")


# -- fml --------------------------------------------------------------------------------------------
def test_fml_not_a_member():
    raw = mail("""
From: ml-admin@fml.example.jp
To: sender@shop.example
Subject: NOT MEMBER article from sender@shop.example
Message-ID: <20240101.FML1234.ml@fml.example.jp>
X-MLServer: fml [fml 4.0.3 release]
""", """
You are not a member of this mailing list <ml@fml.example.jp>.

If you know the general guide of this list, please send mail with the mail body

Original mail as follows:

From: sender@shop.example
To: ml@fml.example.jp
""")
    report = classify(raw)
    assert (report.kind, one(report).address, one(report).reason) == ("failed", "ml@fml.example.jp", "rejected")


# -- Mailman, Sympa, LISTSERV, ezmlm ----------------------------------------------------------------
def test_mailman_held_for_moderation_is_on_hold():
    raw = mail("""
From: dev-bounces@lists.example.org
To: sender@shop.example
Subject: Your message to Dev awaits moderator approval
X-Mailman-Version: 2.1.39
Precedence: bulk
""", """
Your mail to 'Dev' with the subject

    Offer

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
""")
    report = classify(raw)
    r = one(report)
    assert report.kind == "failed" and (r.address, r.reason, r.class_) == ("dev@lists.example.org", "on_hold",
                                                                          "undetermined")


def test_mailman_moderator_rejection():
    raw = mail("""
From: dev-bounces@lists.example.org
To: sender@shop.example
Subject: Request to mailing list "Dev" rejected
""", """
Your request to the dev@lists.example.org mailing list

    Posting of your message titled "Offer"

has been rejected by the list moderator.  The moderator gave the
following reason for rejecting your request:

"Non-members are not allowed to post messages to this list."
""")
    r = one(classify(raw))
    assert (r.address, r.reason) == ("dev@lists.example.org", "rejected")


def test_mailman3_rejection_names_the_list():
    raw = mail("""
From: dev-owner@lists.example.org
To: sender@shop.example
Subject: Your message to dev@lists.example.org was rejected
""", """
Your message to the dev@lists.example.org mailing-list was rejected for the following reasons:

The message is not from a list member
""")
    r = one(classify(raw))
    assert (r.address, r.reason) == ("dev@lists.example.org", "rejected")


def test_listserv_not_authorized():
    raw = mail("""
From: "L-Soft list server at LISTS.EXAMPLE.EDU" <LISTSERV@LISTS.EXAMPLE.EDU>
To: sender@shop.example
Subject: Your message to BIO-L
""", """
You are not authorized to send mail to the BIO-L list from your sender@shop.example account.
""")
    r = one(classify(raw))
    assert (r.address, r.reason) == ("BIO-L@lists.example.edu", "rejected")


def test_sympa_restricted_to_subscribers():
    raw = mail("""
From: SYMPA <sympa@lists.example.fr>
To: sender@shop.example
Subject: Message distribution
""", """
Your message for list 'climat' could not be distributed:
Message distribution in the list is restricted to list subscribers.
""")
    r = one(classify(raw))
    assert r.reason == "rejected" and r.address == "climat@lists.example.fr"


def test_ezmlm_refusal_inside_a_qmail_bounce():
    raw = mail("""
From: MAILER-DAEMON@mail.example.net
To: sender@shop.example
Subject: failure notice
""", """
Hi. This is the qmail-send program at mail.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<announce@lists.example.net>:
Sorry, only subscribers may post. If you are a subscriber, please forward this message to announce-owner@lists.example.net to get your new address included (#5.7.2)

--- Below this line is a copy of the message.

To: announce@lists.example.net
Subject: hi
""")
    report = classify(raw)
    r = one(report)
    assert (report.kind, r.address, r.reason, r.status) == ("failed", "announce@lists.example.net", "rejected", "5.7.2")


# -- what must stay what it was ---------------------------------------------------------------------
def test_list_traffic_discussing_refusals_is_not_a_bounce():
    raw = mail("""
From: Bob <bob@example.com>
To: dev@lists.example.org
Subject: [Dev] why was my post held?
X-Mailman-Version: 2.1.39
List-Id: <dev.lists.example.org>
List-Post: <mailto:dev@lists.example.org>
List-Unsubscribe: <mailto:dev-request@lists.example.org?subject=unsubscribe>
""", "My mail is being held until the list moderator can review it. Only subscribers may post, it seems.")
    assert classify(raw).kind == "not_bounce"


def test_a_person_quoting_a_list_notice_is_not_a_bounce():
    raw = mail("""
From: Bob <bob@example.com>
To: sender@shop.example
Subject: Re: your post
In-Reply-To: <a@b.example>
""", """
Hey, I got this back:
> Your mail to 'Dev' is being held until the list moderator can review it for approval.
> Post by non-member to a members-only list
Any idea?
""")
    assert classify(raw).kind == "not_bounce"


def test_owner_notice_about_someone_elses_post_is_not_ours():
    raw = mail("""
From: dev-owner@lists.example.org
To: dev-owner@lists.example.org
Subject: Dev post from x@y.example requires approval
""", """
As list administrator, your authorization is requested for the
following mailing list posting:

    List:    dev@lists.example.org
    From:    x@y.example
    Reason:  Post by non-member to a members-only list
""")
    assert classify(raw).kind == "not_bounce"


def test_a_plain_mta_bounce_is_left_to_the_other_detectors():
    raw = mail("""
From: MAILER-DAEMON@mx.example
To: sender@shop.example
Subject: Undelivered Mail Returned to Sender
""", """
This is the mail system at host mx.example.

<gone@example.org>: host mx.example.org said: 550 5.1.1 <gone@example.org>: User unknown (in reply to RCPT TO command)
""")
    report = classify(raw)
    assert report.detector != "lists"
    assert (one(report).address, one(report).reason) == ("gone@example.org", "user_unknown")


def test_an_mta_bounce_of_a_list_notice_keeps_its_recipient():
    # the notice "awaits moderator approval" could not be delivered to its reader: a plain bounce
    raw = mail("""
From: dev-bounces@lists.example.org
To: sender@shop.example
Subject: Undelivered Mail Returned to Sender
""", """
Your message

  Subject: Your message to Dev awaits moderator approval

was not delivered to:

  reader@example.com

because: 550 5.1.1 <reader@example.com>: User unknown
""")
    report = classify(raw)
    assert report.kind == "failed" and report.detector != "lists"
    assert [r.address for r in report.recipients] == ["reader@example.com"]


# -- Google Groups' notice in more languages (written for the test, by meaning) -----------------------
GG_MORE_LANGS = {
    "sv": "gruppen du ville nå (vertrieb) finns kanske inte, eller så har du inte behörighet att skicka inlägg.",
    "da": "gruppen (vertrieb) findes muligvis ikke, eller også har du ikke tilladelse til at sende indlæg til den.",
    "no": "gruppen (vertrieb) finnes kanskje ikke, eller du har ikke tillatelse til å legge ut innlegg der.",
    "fi": "ryhmää (vertrieb) ei ehkä ole olemassa, tai sinulla ei ole lupaa lähettää sinne viestejä.",
    "cs": "skupina (vertrieb) možná neexistuje, nebo nemáte oprávnění přispívat do této skupiny.",
    "sk": "skupina (vertrieb) možno neexistuje alebo nemáte povolenie do nej písať.",
    "tr": "ulaşmak istediğiniz grup (vertrieb) mevcut olmayabilir ya da bu gruba gönderme izniniz olmayabilir.",
    "hu": "lehet, hogy a csoport (vertrieb) nem létezik, vagy nincs engedélye üzenetet küldeni bele.",
    "ro": "grupul (vertrieb) s-ar putea să nu existe sau nu aveți permisiunea de a posta mesaje în el.",
    "el": "η ομάδα (vertrieb) ίσως να μην υπάρχει ή δεν έχετε άδεια δημοσίευσης σε αυτήν.",
    "uk": "група (vertrieb) може не існувати, або у вас немає дозволу надсилати до неї повідомлення.",
    "id": "grup (vertrieb) mungkin tidak ada, atau Anda tidak memiliki izin untuk mengirim pesan ke sana.",
    "vi": "nhóm (vertrieb) có thể không tồn tại hoặc bạn không có quyền gửi bài vào nhóm này.",
}


@pytest.mark.parametrize("lang", sorted(GG_MORE_LANGS))
def test_google_groups_refusal_in_more_languages(lang):
    head = """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@shop.example
Subject: Address not found
Content-Type: text/plain; charset="UTF-8"
"""
    body = f"""
Hello sender@shop.example,

{GG_MORE_LANGS[lang]}

https://groups.google.com/support/

----- Original message -----

From: sender@shop.example
To: vertrieb@googlegroups.com
Subject: Offer
"""
    report = classify(mail(head, body))
    r = one(report)
    assert report.kind == "failed" and report.detector == "lists"
    assert (r.address, r.reason, r.class_) == ("vertrieb@googlegroups.com", "rejected", "block")


@pytest.mark.parametrize("text", [
    "Der Benutzer existiert nicht. Die Adresse in der Gruppe ist falsch geschrieben.",   # no Groups mark
    "Uživatel neexistuje. Zkontrolujte adresu příjemce ve skupině kontaktů.",
])
def test_a_gmail_bounce_mentioning_a_group_is_not_a_group_refusal(text):
    head = """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@shop.example
Subject: Delivery Status Notification (Failure)
X-Failed-Recipients: nobody@gmail.com
Content-Type: text/plain; charset="UTF-8"
"""
    report = classify(mail(head, f"{text}\n\n550 5.1.1 The email account that you tried to reach does not exist.\n"))
    assert report.detector != "lists"


# -- list managers' refusals in other languages (our renderings of the meaning) --------------------
@pytest.mark.parametrize("sentence, reason", [
    ("Sie sind kein Mitglied dieser Liste; Ihre Nachricht wurde nicht verteilt.", "rejected"),
    ("Vous n'êtes pas membre de cette liste : votre message n'a pas été diffusé.", "rejected"),
    ("No eres miembro de esta lista, tu mensaje no ha sido distribuido.", "rejected"),
    ("Non sei membro di questa lista, il messaggio non è stato distribuito.", "rejected"),
    ("Você não é membro desta lista; a mensagem não foi distribuída.", "rejected"),
    ("U bent geen lid van deze lijst; uw bericht is niet verspreid.", "rejected"),
    ("あなたはこのメーリングリストのメンバーではありません。", "rejected"),
    ("您不是该列表的成员，邮件未被分发。", "rejected"),
    ("A sua mensagem está aguardando aprovação do moderador.", "on_hold"),
    ("Uw bericht wacht op goedkeuring van de moderator.", "on_hold"),
    ("投稿はモデレータの承認待ちです。", "on_hold"),
])
def test_list_manager_notice_in_other_languages(sentence, reason):
    raw = mail("""
From: dev-bounces@lists.example.org
To: sender@shop.example
Subject: Your message to dev
Content-Type: text/plain; charset="UTF-8"
X-Mailman-Version: 2.1.39
""", f"Your mail to dev@lists.example.org\n\n{sentence}\n")
    report = classify(raw)
    r = one(report)
    assert report.kind == "failed" and report.detector == "lists"
    assert (r.address, r.reason) == ("dev@lists.example.org", reason)


def test_list_traffic_in_another_language_is_not_a_refusal():
    raw = mail("""
From: Anna <anna@firma.example>
To: dev@lists.example.org
Subject: [dev] Mitgliederversammlung
List-Id: <dev.lists.example.org>
List-Unsubscribe: <mailto:dev-leave@lists.example.org>
Content-Type: text/plain; charset="UTF-8"
""", "Hallo, nur Mitglieder dieser Liste sind zur Versammlung eingeladen. Sie sind kein Mitglied? Dann melden.\n")
    assert classify(raw).kind == "not_bounce"


# -- a list manager's notice that forwards a bounce it could not read ---------------------------------
INNER_BOUNCE = """Return-Path: <>
From: MAILER-DAEMON@mx.member.example (Mail Delivery System)
To: club-bounces@lists.example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain

This is the mail system at host mx.member.example.

<{member}>: host mx.member.example[192.0.2.30] said: 550 5.1.1 <{member}>:
    Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)
"""


def _notice(frm: str, to: str, subject: str, text: str, member: str = "ann@member.example",
            extra: str = "") -> bytes:
    return mail(f"From: {frm}\nTo: {to}\nSubject: {subject}\n{extra}MIME-Version: 1.0\n"
                'Content-Type: multipart/mixed; boundary="L"',
                f"--L\nContent-Type: text/plain\n\n{text}\n\n--L\nContent-Type: message/rfc822\n\n"
                f"{INNER_BOUNCE.format(member=member)}\n--L--\n")


@pytest.mark.parametrize("frm, subject, text, extra", [
    # Mailman 2 / 3: the bounce it could not read, sent to the owners
    ("club-bounces@lists.example.org", "Uncaught bounce notification",
     "The attached message was received as a bounce, but either the bounce format was not recognized, or no "
     "member addresses could be extracted from it.", "X-Mailman-Version: 2.1.39\n"),
    # LISTSERV: "The enclosed message has been identified as a delivery error for the CLUB list"
    ("LISTSERV@LISTS.EXAMPLE.ORG", "Delivery error notice",
     "The enclosed message has been identified as a delivery error for the CLUB list because it was sent to "
     "'owner-club@LISTS.EXAMPLE.ORG'.", ""),
    # Mailman 3's owner notices (list:admin:notice:disable, :removal), the triggering bounce attached
    ("club-bounces@lists.example.org", "ann@member.example's subscription disabled on club@lists.example.org",
     "ann@member.example's subscription has been disabled on club@lists.example.org due to their bounce score "
     "exceeding the mailing list's bounce_score_threshold.\n\nThe triggering DSN if available is attached.",
     "X-Mailman-Version: 3.3.9\n"),
    ("club-bounces@lists.example.org", "ann@member.example unsubscribed from Club mailing list due to bounces",
     "ann@member.example has been removed from Club due to excessive bounces.", "X-Mailman-Version: 3.3.9\n"),
    ("club-bounces@lists.example.org", "ann@member.example's bounce score incremented on Club",
     "ann@member.example's bounce score has been incremented on Club.", "X-Mailman-Version: 3.3.9\n"),
    # Sympa's notice to the list owners
    ("sympa-request@lists.example.org", "FYI: automatic removal of user ann@member.example",
     "User ann@member.example has been removed from the list club because of excessive bounces.", ""),
])
def test_a_list_managers_notice_forwarding_a_bounce_is_read_as_that_bounce(frm, subject, text, extra):
    report = classify(_notice(frm, "club-owner@lists.example.org", subject, text, extra=extra))
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("ann@member.example", "user_unknown")]


def test_a_notice_to_the_reader_about_the_readers_own_bounces_is_no_bounce():
    # ezmlm's warning goes to the subscriber whose mail bounced: a notice about the reader's own mailbox
    raw = _notice("club-help@lists.example.org", "ann@member.example", "ezmlm warning",
                  "Messages to you from the club mailing list seem to have been bouncing. I've attached a copy "
                  "of the first bounce message I received.")
    assert classify(raw).kind == "not_bounce"


def test_a_person_forwarding_a_bounce_is_not_a_list_notice():
    raw = _notice("Pat <pat@office.example>", "it@office.example", "Fwd: bounce?",
                  "Hi, this bounce came back when I wrote to Ann. Can you check?")
    assert classify(raw).kind == "not_bounce"


@pytest.mark.parametrize("frm, subject, extra", [
    # a post the list distributed, with a member's attached bounce, is the member's mail
    ("club-bounces@lists.example.org", "Why did this bounce?", "X-Mailman-Version: 2.1.39\nList-Post: <mailto:club@lists.example.org>\n"),
    # a helpdesk's request address forwarding an NDR, an owner-relations team
    ("it-request@office.example", "Fwd: Undeliverable: bounce report", ""),
    ("owner-relations@office.example", "Bounce notification from tenant", ""),
])
def test_list_traffic_and_role_accounts_forwarding_a_bounce_are_not_list_notices(frm, subject, extra):
    raw = _notice(frm, "club-owner@lists.example.org", subject, "See the attached bounce.", extra=extra)
    assert classify(raw).kind == "not_bounce"


def test_a_person_forwarding_the_managers_notice_writes_about_it():
    raw = _notice("club-owner@lists.example.org", "club-admins@office.example", "Fwd: Uncaught bounce notification",
                  "FYI, what should we do with this one?", extra="X-Mailman-Version: 2.1.39\n")
    assert classify(raw).kind == "not_bounce"
