"""(enhanced status, reply code, diagnostic text, failing command) -> reason.

The status code and the words both count (../shared/docs/taxonomy.md).  The precedence, in the
order ``decide`` applies it:

1. a provider's own code in the text (Orange ``OFR_506``, Microsoft ``5.7.606``) names one cause
   precisely and decides outright;
2. a local delivery program's failure (RFC 3464 ``x-unix``) is the mailbox (full, or missing by the
   LMTP reply of mail.local: "550 5.1.1 <name>: User unknown", or by Postfix pipe(8)'s 5.1.1 for
   EX_NOUSER unless its words are about a sender, a getpwnam() or its own directory) or the program,
   unless a status and the words agree on more (a size under X.2.3 / X.3.4, an account disabled
   under X.2) or the words name a loop, a held message or a full disk;
3. a *specific* status code decides unless the words name a reason listed before it in
   ``FIRST`` (``"mailbox full"`` beats the 5.1.1 some servers send with it) or, for a "user
   unknown" code, name the sender's side (``_NOT_USER``: a blocklist, a relay refusal, our
   address): a block of the sender must never suppress the recipient; a *sender* code (X.1.7,
   X.1.8: ``rejected``) is not outranked by words that an address or domain does not exist, which
   only restate it; a "bad destination system" code (X.1.2) is outranked by words of a cause on
   the sender's side (``_NOT_DOMAIN``: a block list, reputation, rate, relay refusal, suppression)
   or about our own address ("domain of sender address does not resolve"), and it outranks words
   for an unknown address when its own words name the domain as well (RFC 3463 X.1.2 "bad
   destination system address"); a "user unknown"
   or "bad destination system" code whose words say nothing of an unknown or refused recipient or
   domain but name another cause (``_NOT_USER_BY_WORDS``: spam, a virus, a policy, TLS, a login)
   is only a fallback;
4. a *weak* code (``_WEAK_CODES``: X.1.6, X.3.0, X.5.x, X.7.x without a registered meaning ...)
   is one servers send with all kinds of texts ("551 5.1.6 no mailbox here by that name"): when
   the words name a cause, the words decide and the code is only a fallback ("530 5.5.1
   Authentication Required" is the client's missing login, not bad syntax, and beside such words
   "you are not authorized to send" is no refusal of our address either);
4a. words about the sender's own volume (``sender_limit``: "daily sending quota", "too many
   connections from") are ``rate_limited`` whatever the status code ("452 4.2.2 daily sending quota
   exceeded" is no full mailbox) and words that a block list names a link in the *content*
   (``content_listed``) are ``spam_detected``, before any block-list or quota word; a refusal for
   the unknown recipients we sent to (``invalid_recipients``: "too many invalid recipients") is
   ``blocked``, though it names unknown users: no recipient of this message is said missing; a temporary refusal whose
   words say the site's own filter or scanner failed (``filter_failed``: "message scanning service unavailable") is its
   ``system_error``, whatever product it names;
5. words that say the mailbox does not exist mean ``user_unknown`` whatever the SMTP stage,
   unless other words say the refusal is about something else (a content filter, a policy, the
   sender); only at MAIL FROM are they about *our* address (``rejected``), as is a suspended
   account there (ours, not a recipient's), and a quota there is our sending quota
   (``rate_limited``): no recipient has been named yet; the same words said of our side, in any
   language (a sender noun or possessive inside or right before them, "of the sender" after
   them), are no such words at all (``patterns.OURS_GUARDED``, RFC 3463 X.1.7 / X.1.8);
5a. the recipient's own filter or block list ("rejected by recipient", "you have been blocked by
   the recipient") is ``filtered`` at RCPT TO as after DATA: the mailbox exists; beside a cause on
   the sender's side (``_SENDER_SIDE``: our IP, reputation, authentication, rate) "the recipient
   rejected your message" is only the verb and the cause decides; a policy of the domain or
   organisation as a whole ("rejected by domain policy") is no person's filter (``policy_violation``);
   a person's address that takes no mail ("jo@example.org is not accepting any mail") is its
   owner's setting (``filtered``), a domain that takes none ``not_accept``; an account closed,
   terminated, suspended or disabled takes no mail but exists (``suspended``);
6. vaguer words (``user_unknown_weak``: "recipient rejected", "mailbox unavailable") do not say
   the mailbox is missing: they are final only in reply to RCPT TO, and never beside a policy status
   (X.7.Y: "550 5.7.1 Recipient refused", Postfix's restriction prefix "Recipient address rejected:
   <text>", whose text decides), and the stage
   says whose fault a refusal was when nothing else does (greeting: our host; MAIL: our address,
   unless a temporary answer there only asks to try later: ``rate_limited``);
7. vague codes (X.0.0, X.7.1) only count when nothing above said more;
8. when the recipient's own lines leave the cause unread (``on_hold`` / ``undefined``), the report's
   own words around them (``context``: "This Message was undeliverable due to the following reason:
   ... over quota", said once before the list of recipients) are read the same way and decide,
   without the lines that restate the returned message ("Subject: ...") and the sentences that
   name an address (those are about that address).

Temporary answers: a temporary (4xx) refusal of an address not verified yet ("450 4.1.1 ...
unverified address: Address verification in progress"), or vague or lookup words said with a
temporary code and "try again later", say nothing of the mailbox unless other words do, so they
are never ``user_unknown``; a temporary "bad destination system" (4.1.2) said with words of a
failed lookup ("Temporary MX lookup error") is a ``network_error``, as is the sending MTA's own
resolver error in a delay warning; a delay warning's retry schedule ("will keep trying
until ...") is no cause beside words of network trouble; a *final* report after a temporary rate
refusal (greylisting, "too many connections") that its MTA says it stopped retrying ("retry timeout
exceeded", qmail's "I'm not going to try again", in the report's or the recipient's own words) is
``expired``, the server's own 4xx reply code saying the answer was temporary where the reporting MTA
put its generic 5.0.0 in the Status (Exim), as is a 5.1.2 bounce whose words say only that the retries
ran out (a final report that only repeats the server's temporary answer keeps that answer's meaning);
Windows' socket errors quoted by Exchange and MDaemon (Winsock 10060 / 10061) are a server never
reached.  A delay warning has not given up (RFC 3464 ``Action: delayed``): Exchange's own "400 4.4.7
Message delayed" gives way to the latest attempt its recipient's lines list (``dsn._merge_later_replies``);
a server's idle "timeout exceeded" is a connection gone quiet, only the retry schedule's timeout is an
expiry; RFC 3463's X.3.2 said with maintenance, load or a shutdown is the receiving system out of
service (``system_error``), never a domain that takes no mail (``not_accept``: null MX, RFC 7504's 521).

A multi-line reply joined into one diagnostic keeps its first line's code; the later lines' markers
("421-4.7.0", the last line's "421 4.7.0") are taken out before the words are read (RFC 5321 section
4.2.1: "... an unusual rate of 421-4.7.0 unsolicited mail" is one sentence).

Whose words: our address named between the words ("Sender address <x> is blocked", "could not verify
sender address") is ours whatever the 5.1.1 beside it (``rejected``); "the destination server for this
recipient could not be found in DNS" is the recipient's domain (``host_unknown``), not the recipient;
"content filtered by policy" and a server "not accepting mail from" us are no person's filter, the
recipients' own "they are not accepting mail from <x>" is; a block list of senders ("Bad Senders
list") is no bad envelope sender; an account "closed and no longer exists" is gone
(``user_unknown``); a relay refusal that tells the client to "turn on SMTP authentication" is a missing
login (``security_error``), as is Microsoft's "535 5.7.139 Authentication unsuccessful"; a reply that
names our own address in its brackets, not the recipient's ("550 5.1.1 <news@our.example>: User
unknown" under a report that names no command), is about our address (``pipeline._replies_about_us``:
read as said to MAIL FROM); a mailbox or account deleted or removed is gone (``user_unknown``) under
any code, "No such user" under a quota code with no word of a quota too; a recipient's Sieve filter
or reject list is their own filter; a Diagnostic-Code that holds only the first line of a multi-line
reply is completed from the session transcript (``dsn._whole_replies``; its last line too).

Which store, whose host (thirteenth session): RFC 5321's 552 is both a full mailbox and a size limit,
and words of the size alone ("552 5.2.2 Message size exceeds maximum permitted", no mailbox, quota,
storage or user) are ``message_too_large``; a disk without an owner (Dovecot's "Not enough disk
space", "not enough space on the disk") is the host's (``system_full``), Exchange's store exceptions
and an offline mailbox database the server's (``system_error``); words that only say who is refused
("connection rejected from <ip>", "your IP") yield to the cause the reply names (a rate, spam,
maintenance), an IP as the only object of a refusal is ``blocked``, a TCP "Connection refused:
<ip>:<port>" none; Google's 4.7.28 "unusual rate of (unsolicited) mail ... temporarily rate limited"
holds our host back (``blocked``, as Sisimai's Rhost::Google files it); a refusal in reply to AUTH
(RFC 4954: X.7.13 follows a successful AUTH to a disabled account) is our relay login, never the
recipient's mailbox (``security_error``); a deferral at MAIL FROM that names no cause (Yahoo's
"temporarily deferred") holds back for now; a list or group that takes posts from its members,
subscribers or moderators only refuses our sender (RFC 3463 X.7.2: ``rejected``); "please use <x>
instead" beside words that the old address is gone names the new one (X.1.6: ``has_moved``).

Names and filters (fourteenth session): a host named where the MTA says it connected or looked up
("connect to spamfilter.example.com[192.0.2.1]:25", "name=", "no answer from host <name>") is a name,
not words (``_HOST_NAMED``); a refusal named only by its filter ("Message content rejected", "rejected
by the content filter", patterns' ``spam_generic``) is ``spam_detected`` unless the words name a cause
besides (an attachment or language policy, a content error, a failed scanner in a temporary reply);
RFC 3463 X.3.2 "System not accepting network messages" is the host's state (``system_error``), not a
domain that takes no mail.

The receiving organisation's own texts (fifteenth session): the host names a Sendmail or Exchange
report gives for where it timed out or read an error ("timed out with", "read error from",
"LastAttemptedServerName=") are names too; a virus scanner that failed or is missing is the receiving
side's state (``system_error``), never a virus found; a provider's throttling kept up until the queue
lifetime ran out (Exim's "retry timeout exceeded" over "451 4.7.500 Server busy") is ``expired`` as
any rate limit is; a transport rule's text is read for what it says the organisation does not take
(``policy_violation``) or that the person left (``user_unknown``), never for the rule's name.

Not a cause: a pointer to read a standard ("review RFC 5321 specifications"), the purpose a rate
limit gives ("to protect our users from spam, ... rate limited"), the domain whose reputation is
judged ("your DKIM domain"), the server a report last tried ("LastAttemptedServerIP="); a line
that only guesses causes (cPanel's "The account or domain may not exist, they may be blacklisted,
or missing the proper dns entries.", ``text._BOILERPLATE``, and in a Diagnostic-Code); RFC 5321's own
421 "Service not available, closing transmission channel" (the service going down:
``system_error``, no block of the sender); a virus scanner's all-clear ("No virus found in this message", in the languages the
tables read) is taken out of the text before anything is read; an account named disabled or
locked beside words of a failed login or a relay refusal is ours, not the recipient's; a domain
without MX said at MAIL FROM or of our sender address is ours (``rejected``), never ``not_accept``.
"""
from __future__ import annotations

import functools
import re

from filter.core.lazyre import Lazy, scanned
from filter.core import patterns, smtptext
from filter.core.knowledge.languages import GREY_LIST, LEAVER_WORDS
from filter.core.patterns import Scan, matches, status_reason
from filter.core.wordindex import WordGate

# Reasons decided by a specific status code OR a phrase, first one wins.
FIRST = (
    # (first: a sending service's words that it did not send to an address on its own list say no other cause is current -
    # the hard bounce, the complaint or the 5.1.1 they name is the history that put the address there)
    "suppressed",
    "mailbox_full", "message_too_large", "suspended", "has_moved", "no_relaying", "require_ptr", "auth_failure",
    "user_unknown", "filtered", "not_compliant_rfc", "bad_reputation", "rejected",
    "host_unknown", "blocked", "spam_detected", "virus_detected", "rate_limited",
)
# Reasons a phrase decides even against a code, when nothing above did.
SECOND = (
    "policy_violation", "system_full", "not_accept", "content_error", "attachment_type", "failed_starttls",
    "mailer_error", "syntax_error", "on_hold", "system_error", "expired", "network_error",
)
# the causes of a block the second table names (beside a refusal named only by the product)
# (and the receiving side's own state or the protocol, said beside who was refused: "Connection rejected
# from <ip>: server shutting down for maintenance", "your server sent RCPT before MAIL")
_BLOCK_CAUSES = ("policy_violation", "content_error", "attachment_type", "failed_starttls", "system_error", "network_error",
                 "syntax_error")
# phrase groups that stand for a reason of their own name's meaning (patterns.py "attachment_type": an attachment
# named by a type that runs code is the site's attachment policy, the weakest of its words)
_AS = {"attachment_type": "policy_violation"}
# what a reply says of a recipient's mailbox or domain
_MAILBOX_REASONS = frozenset({"user_unknown", "host_unknown", "has_moved", "not_accept", "suspended", "mailbox_full",
                              "filtered", "on_hold", "undefined"})
# causes on the sender's side: beside them "the recipient rejected your message" names no filter
_SENDER_SIDE = ("blocked", "bad_reputation", "auth_failure", "require_ptr", "rate_limited", "virus_detected")
# A "user unknown" status whose text says one of these is about something else.
_NOT_USER = ("no_relaying", "blocked", "mailbox_full", "has_moved", "rejected", "not_accept", "auth_failure",
             "require_ptr", "bad_reputation", "rate_limited", "suppressed", "filtered", "blocked_weak")
# Words that say the mailbox exists and something else refused the message: "user unknown"
# beside them is a filter's or a policy's wording, not a fact about the mailbox.
_MAILBOX_EXISTS = tuple(r for r in _NOT_USER if r != "blocked_weak") + ("filtered", "suspended", "spam_detected", "spam_generic", "virus_detected", "policy_violation",
                               "content_error", "security_error", "auth_required")
# Codes servers send with texts that say something else; the words outrank them (step 4).
_WEAK_CODES = frozenset({"has_moved", "system_error", "syntax_error", "security_error", "network_error",
                         "content_error", "policy_violation"})
# The reasons whose words outrank a weak code: every explicit cause, not the generic ones.
_OUTRANK_WEAK = FIRST + ("spam_generic", "policy_violation", "system_full", "not_accept", "content_error", "failed_starttls",
                         "suppressed", "mailer_error", "expired", "user_unknown_weak", "auth_required")
# words that name a cause unrelated to the mailbox's existence: beside a "user unknown" status
# whose words say nothing of an unknown or refused recipient ("550 5.1.1 Your message looks like
# spam", "550 5.1.1 TLS required"), the words decide and the code is only a fallback (step 3)
_NOT_USER_BY_WORDS = ("spam_detected", "spam_generic", "virus_detected", "policy_violation", "content_error", "failed_starttls",
                      "auth_required", "not_compliant_rfc", "message_too_large")
# ... and the same holds for a "bad destination system" status (X.1.2): "550 5.1.2 Your message looks
# like spam" says nothing of the domain, and a hard verdict there would suppress a good address
_ADDRESSING = frozenset({"user_unknown", "host_unknown"})
# the words that do speak of the address or its domain (then the addressing status stands)
# (not the vaguer "recipient rejected": "550 5.1.2 Recipient rejected: your message looks like spam"
# only names who was refused, the spam is why)
_ADDRESSING_WORDS = ("user_unknown", "host_unknown")
_CONNECT_STAGE = ("CONN", "EHLO", "HELO", "STARTTLS")
# words beside which a disabled or locked account is ours (our login, our relay, our sending)
# (not spam: "disabled for spam complaints" may be the recipient's account; nor a password named as what
# the recipient should reset: only a login of ours that failed)
_NOT_SUSPENDED = _SENDER_SIDE + ("no_relaying", "auth_required")
def _says_login(text: str) -> bool:
    """``_LOGIN`` in the text (its alternatives each hold one of the plain words tried first)."""
    return any(map(text.__contains__, ("auth", "log", "sasl", "credential"))) and _LOGIN.search(text) is not None


_LOGIN = Lazy(r"authentication (?:failed|failure|unsuccessful|credentials invalid)|\blog ?in (?:failed|failure|incorrect)|"
              r"\bsasl\b|\bauth(?:entication)? (?:failed|error)|invalid credentials")
# a relay refusal whose reply tells the client to log in (Symantec Email Security.cloud "Please turn
# on SMTP Authentication in your mail client ... is not permitted to relay through this server without
# authentication"): a ``security_error``; a relay refusal that only adds "authentication required"
# stays ``no_relaying``
_LOG_IN_FIRST = Lazy(r"turn on smtp auth")
# said in reply to MAIL FROM, before any recipient was named, these are about *our* address: an
# unknown sender, an unknown sender domain, our own account suspended ("Your account has been
# suspended for sending spam")
_OURS_AT_MAIL = frozenset({"user_unknown", "host_unknown", "suspended", "not_accept"})
# ... and a quota said there is our sending quota, not a recipient's mailbox: no recipient has been
# named yet (RFC 5321 section 3.3: MAIL FROM opens the transaction; Google's "550 5.7.1 Email quota
# exceeded", support.google.com/a/answer/3726730)
_AT_MAIL = {"mailbox_full": "rate_limited"}
# for a code's own reason, the reasons whose words would outrank it
_BEFORE = {r: tuple(dict.fromkeys(FIRST[:i] + (_NOT_USER if r == "user_unknown" else ())))
           for i, r in enumerate(FIRST)}
# a sender code (X.1.7 "bad sender's mailbox address syntax", X.1.8 "bad sender's system address",
# X.7.27 "sender address has null MX") says whose address is unknown: words that an address or its
# domain does not exist restate it, they do not make it the recipient's
_SENDER_RESTATED = ("user_unknown", "host_unknown", "suspended", "has_moved")
_BEFORE["rejected"] = tuple(r for r in _BEFORE["rejected"] if r not in _SENDER_RESTATED)
# ... and beside words that the sending *host* is listed, blocked or held back ("550 5.1.7 Sender rejected:
# sending host 192.0.2.7 is listed on <a block list>"), the host is the cause the words name: the code's
# address category only says a sender was refused
_HOST_HELD = ("blocked", "bad_reputation", "rate_limited")
_BEFORE["rejected"] += _HOST_HELD
# a "bad destination system" code (X.1.2) beside words that name a cause on the sender's side ("5.1.2
# Your host 192.0.2.1 is listed in zen.spamhaus.org"): servers send the code with block-list refusals,
# which say nothing about the recipient's domain; the cause decides, never a hard domain verdict
_NOT_DOMAIN = _SENDER_SIDE + ("no_relaying", "suppressed", "blocked_weak")
_BEFORE["host_unknown"] = tuple(dict.fromkeys(_BEFORE["host_unknown"] + _NOT_DOMAIN))
# words about the sender's own quota or rate (``sender_limit``, step 4a) outrank every code: "452 4.2.2
# Daily sending quota exceeded" is our quota, not a full mailbox
_BEFORE = {r: before + ("sender_limit", "invalid_recipients") for r, before in _BEFORE.items()}
# a policy of the receiving domain or organisation as a whole (issue 8 family 10: "Rejected by domain
# policy", "violates the organisation's mail policy"): no person's filter, a ``policy_violation``
_ORGANISATION_POLICY = Lazy(r"\b(?:domain|organi[sz]ation(?:al)?|tenant|company|corporate)(?:'s)? (?:e-?mail |mail )?polic|"
                            # ("attachments of type .iso are not accepted by this organization")
                            r"\bnot (?:accepted|allowed|permitted) (?:by|at|in) (?:this|the|our) (?:organi[sz]ation|company|domain)\b|"
                            # a rule on kinds of attachment is a site's, never a person's filter ("attachment
                            # type .html is not permitted by the recipient's policy")
                            r"\b(?:attachment|file) (?:type|extension|name)s?\b|\battachments? of (?:the )?type\b|"
                            # outsiders kept from an organisation's list or group ("RESOLVER.RST.NotAuthorized; not
                            # authorized: External senders may not post to this distribution list"): its rule, no person's
                            r"\bexternal senders (?:cannot|can't|may not|are not (?:allowed|permitted) to)\b|"
                            r"\bfrom outside the organi[sz]ation\b|\bde l'ext[ée]rieur de l'organisation\b|"
                            # (and the organisation's own list of refused senders, its senders inside: no person's filter)
                            r"\borgani[sz]ation'?s? blocked senders? list\b|\bsenders inside (?:its|the|their) organi[sz]ation\b|"
                            # (the site's, named by who keeps it: "on the blocked senders list of this organization", "on the bank's
                            # blocked senders list", "blocked by KPT mail administrator (blocked senders list)")
                            r"\bblocked senders? list of (?:this|the|our) (?:organi[sz]ation|company|domain)\b|"
                            r"\b(?:bank|company|firm|university|school|council|ministry)'s blocked senders? list\b|"
                            # ("Sender domain x is on the organization's deny list")
                            r"\b(?:on|in) the organi[sz]ation'?s? (?:deny|block|black) ?list\b|"
                            r"\bblocked by (?:the |our )?(?:\w+ )?(?:mail |e-?mail )?administrator\b")
# a refusal's heading that names the sender as refused, its cause after the colon ("Sender denied: ...")
_SENDER_HEADING = Lazy(r"\bsender (?:denied|rejected|refused|blocked)\s*:")
# the recipient's own list names the sender ("Sender is on the recipient's blacklist", "your address is
# in the user's personal block list"): a person's choice, the mailbox exists (``filtered``, step 5a),
# though the words "blacklist" / "block list" alone would read as a block list of our IP
_OWN_LIST = Lazy(r"(?:\b(?:listed|blacklisted|blocked|found) (?:in|on|at|by) )?(?:the )?"
                 r"\b(?:recipient|user|receiver|addressee|mailbox owner)(?:'s)? (?:personal |own |private )?(?:junk (?:e-?mail |mail )?)?"
                 r"(?:block|black|deny|blocked senders?|blocked) ?list"
                 # (German "persönliche Blacklist", "vom Empfänger gesperrt": the person's own list)
                 r"|\bpers(?:ö|oe)nliche[rn]? (?:blacklist|sperrliste|blockliste)|\bvom empf(?:ä|ae)nger gesperrt"
                 # ("the recipient's reject list" is the person's; "on the recipient reject list" a site's
                 # list of refused recipients, qmail's badrcptto)
                 r"|\b(?:recipient|user|receiver|addressee)'s (?:personal |own |private )?reject ?list"
                 # (said as the person's deed: "because the recipient has placed your address on his or her blacklist")
                 r"|\b(?:recipient|user|addressee) has (?:placed|put|added) your (?:e-?mail )?address (?:on|to) "
                 r"(?:his|her|his or her|their) (?:personal |own )?(?:block|black|deny|blocked senders?) ?list"
                 # (Russian "в чёрном списке получателя", in the recipient's black list)
                 r"|(?:в )?ч(?:е|ё)рн(?:ом|ый|ого) списк(?:е|а)? получателя"
                 # ("... blocked messages from this sender (personal block list)": the person's own)
                 r"|\bpersonal (?:block|black|deny|blocked senders?) ?list"
                 # (Turkish "Gönderen alıcının kişisel kara listesinde" (in the recipient's personal black list))
                 r"|\bki(?:ş|s)isel kara liste"
                 # (Czech "uživatelský blacklist" (the user's blacklist), Slovak "používateľský blacklist")
                 r"|\bu(?:ž|z)ivatelsk(?:ý|y|ého|eho) (?:blacklist|(?:č|c)ern(?:ý|y) seznam)\b|\bpou(?:ž|z)(?:í|i)vate(?:ľ|l)sk(?:ý|y) blacklist\b"
                 # (German "in seiner persönlichen Sperrliste", the person's own list)
                 r"|\bpers(?:ö|oe)nlichen? (?:sperr|block|schwarze[nr]? )liste\b"
                 # ("refused by recipient's personal filter (sender block list)": the person's filter's list)
                 r"|\bpersonal (?:spam )?filter\b[^.;]{0,30}\b(?:block|black|deny) ?list"
                 # ("Sender blacklisted by recipient": by the person, not "by the recipient's server")
                 r"|\b(?:blacklisted|blocked|banned) by (?:the )?recipient\b(?!['\u2019]s)")
# an address that could not be verified *yet* (Postfix address verification: "450 4.1.1 <x>: Recipient
# address rejected: unverified address: Address verification in progress", Exim "451 Could not complete
# recipient verify callout"; www.postfix.org/ADDRESS_VERIFICATION_README.html): said with a temporary
# code, it says nothing of the mailbox's existence unless other words do ("... said: 550 User unknown")
_UNVERIFIED = Lazy(r"unverified address|address verification in progress|(?:temporarily )?unable to verify|"
                   r"could not (?:complete )?(?:recipient )?verif|verification (?:in progress|pending|failed temporarily)|"
                   r"verify callout")
# words naming our own domain, beside which a domain status is about us
# (not the advice to ask the one who hosts it: "Contact your domain service provider")
_SENDER_DOMAIN = Lazy(r"\b(?:sender'?s?|sending|your|from|envelope[- ]from|mail[- ]from)(?: e-?mail)?(?: address)? domain\b"
                      r"(?! (?:service |hosting |name )?(?:provider|registrar|host|administrator|admin)\b)"
                      # (never said to be in order, "Our sender domain <host> resolves normally": nothing against it)
                      r"(?!(?: \S+)? (?:resolves|is (?:valid|fine|correct|ok|permitted|allowed|accepted|authori[sz]ed))\b)|"
                      r"\bdomain of (?:the )?sender\b")
# what says we are refused for the unknown recipients we sent to (step 4a), taken out to see whether
# other words say this recipient is one of them
_INVALID_RECIPIENTS = Lazy("|".join(f"(?:{rx})" for rx in patterns.PHRASES["invalid_recipients"]))
# a temporary answer at MAIL FROM that asks only to come back later, and says no cause ("due to ...")
_ONLY_LATER = Lazy(r"\b(?:try (?:again )?later|retry later|temporarily deferred)\b")
_A_CAUSE = Lazy(r"\b(?:due to|because|owing to|sender|address|refused|rejected|not accepted|denied|complaints?)\b")
# a temporary answer that says so in words
_TRY_LATER = Lazy(r"temporar(?:y|ily)|try (?:again )?later|please try again|retry later")
# "try later" and "temporary" in the languages the tables read ("bitte später erneut versuchen",
# "réessayez plus tard", ...); with the resolver's own words, what says a lookup may work later: a
# "host not found" beside them proves no domain gone
_TRY_LATER_LOCAL = Lazy(r"sp[äa]ter (?:erneut|noch ?einmal|wieder)|vor[üu]bergehend|r[ée]essay(?:er|ez) plus tard|"
                        r"temporaire|(?:int[ée]ntelo|vuelva a intentarlo)[^.]{0,20}m[áa]s tarde|temporal|"
                        r"riprova(?:re)? pi[ùu] tardi|temporane|tente novamente mais tarde|tempor[áa]ri|"
                        r"probeer het later opnieuw|tijdelijk|spr[óo]buj(?:ć|cie)? ponownie p[óo][źz]niej|tymczasow|"
                        r"(?:попробуйте|повторите попытку) позже|временн|しばらくしてから|一時的|稍后重试|稍後重試|暂时|暫時|"
                        r"잠시 후 다시|일시적|נסה שוב מאוחר יותר|זמני|حاول (?:مرة )?(?:أخرى|اخرى) لاحق|مؤقت")
_TEMPORARY_DNS = Lazy(r"not found, try again|temporary (?:[\w-]+ ){0,2}(?:failure|error)|servfail|timed? ?out|"
                      r"try again later|couldn't find any host by that name|" + _TRY_LATER_LOCAL.pattern)


def normalize(text: str | None) -> str:
    """Blanks collapsed, lower case.  Turkish capital "İ" lowers to "i" plus a combining dot above
    (U+0307) in Python's default case mapping; the tables are written with a plain "i" ("İLETİ ÇOK
    BÜYÜK" is "ileti çok büyük"), so the dot is dropped."""
    if not text:
        return ""
    if not text.isascii() and "\n" in text:
        # a Japanese or Chinese sentence wrapped at the line's width has no blank at the break ("宛先のメールアドレスが\n存在しない
        # ため"): joined without one, as it was written (Korean, written with blanks between words, keeps its blank)
        text = _CJK_WRAP.sub("", text)
    low = " ".join(text.split()).lower()
    return low.replace("i\u0307", "i") if "\u0307" in low else low


_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_WRAP = Lazy(rf"(?<=[{_CJK}])[ \t]*\r?\n[ \t]*(?=[{_CJK}])")


# an address in the text is a name, not words: "<filtered@example.net>: user unknown" says
# nothing about a filter (the local part and domain may be any word)
# (starts only where a token starts: no retry from every character of a long token; East Asian
# brackets and punctuation end a token as ASCII ones do: "宛先「user@example.jp」は存在しません")
_NOT_IN_ADDRESS = "\\s<>()\\[\\]\"',;:「」『』（）【】〈〉《》＜＞、。，：；"
_ADDRESS = Lazy(rf"(?<![^{_NOT_IN_ADDRESS}])[^{_NOT_IN_ADDRESS}@]+@[^{_NOT_IN_ADDRESS}]+")


# a link's host and path name what it is about ("www.spamhaus.org/query", "dnsbl-lookup.cgi"); its
# query and fragment ("?ip=192.0.2.1", "#filtered") are parameters, which would read as phrases
_URL = Lazy(r"\b((?:https?|ftp)://[^\s?#<>]*)[?#][^\s<>]*")


# the line markers of a multi-line SMTP reply (RFC 5321 section 4.2.1: "250-First line" ...
# "250 Last line"), which Postfix and Exim keep when they join the lines into one diagnostic
# ("... an unusual rate of 421-4.7.0 unsolicited mail ... temporarily 421-4.7.0 rate limited"):
# they stand between the words of one sentence
_LINE_MARKER = Lazy(r"(?<![^\s:;(\[])([245]\d\d)([- ])(?:['\"]?#?[245]\.\d{1,3}\.\d{1,3}(?![\w.]))? ?")


# A gateway's gloss of the enhanced status before the server's own reply, which it quotes (Cisco's
# Secure Email / IronPort: "5.1.0 - Unknown address error 550-'5.1.1 <jo@...>: User unknown'", "5.1.1 -
# Bad destination mailbox address ('550', ['...'])"): the gloss is RFC 3463's name of the code, no word
# of the server's; the quoted reply says what was refused
_GLOSS = Lazy(r"^\s*[245]\.\d{1,3}\.\d{1,3} - [a-z][a-z ,/()-]{2,60}? (?=(?:[245]\d\d-?)?'|\(')")


# the returned message's subject restated in quotation marks in a report's sentence ("Your message \"Account suspended?
# Reactivate your card\" to x@ could not be delivered", German "Ihre Nachricht „...“", French "Votre message « ... »"): the
# sender's words, never the cause (as ``_RESTATED_LINE``'s field lines)
_QUOTED_SUBJECT = Lazy(r"(?i)\b((?:your |the )?(?:message|e-?mail|mail)(?: with (?:the )?subject)?|subject|"
                       r"(?:ihre |die )?nachricht(?: mit dem betreff)?|betreff|(?:votre |le )?message(?: avec (?:le |pour )?objet)?|"
                       r"(?:su |el )?mensaje(?: con (?:el )?asunto)?|asunto|(?:il )?messaggio(?: con oggetto)?|(?:uw |het )?bericht)"
                       r"\s*:?\s*[\"“„«]\s*[^\"“”„«»\n]{1,200}?\s*[\"”“»]")


def _without_gloss(text: str) -> str:
    """``text`` without a gateway's gloss of its status code before the quoted reply (``_GLOSS``)."""
    return _GLOSS.sub("", text, count=1) if " - " in text[:14] else text


def _without_line_markers(text: str) -> str:
    """``text`` with the first line's marker of a multi-line reply ("550-5.1.1 ") kept as its code
    ("550 5.1.1 ": what the server answered) and the later lines' markers, the last line's
    "550 5.1.1 " included, gone (the same object when there is no multi-line reply)."""
    seen: set[str] = set()

    def marker(m: re.Match[str]) -> str:
        code = m.group(1)
        if m.group(2) == "-":
            if code in seen:
                return ""
            seen.add(code)
            return code + " " + m.group(0)[4:]
        return "" if code in seen else m.group(0)

    if "-" in text and _DASH_CODE.search(text):
        return _LINE_MARKER.sub(marker, text)
    # (a reply whose lines all carry "550 5.7.1 " - a relay wrote its continuation lines without the dash -
    # gives its code again mid-sentence: "... signalés comme 550 5.7.1 indésirables"; the first stays)
    head = _CODE_HEAD.match(text)
    if head is not None and text.count(head.group(0), head.end()) > 0:
        return head.group(0) + text[head.end():].replace(head.group(0), "")
    return text


# a reply's code and enhanced status at its head ("550 5.7.1 ")
_CODE_HEAD = Lazy(r"[245]\d\d [245]\.\d{1,3}\.\d{1,3} ")


# a reply code with a continuation dash: the quick test before ``_LINE_MARKER`` (which opens with a
# look-behind the engine cannot scan for)
_DASH_CODE = Lazy(r"[245]\d\d-")


# a refusal's heading before its cause ("Message refused; ...", "Delivery refused: ...", French "Message refusé :")
_HEADING_VERB = Lazy(r"\b(?:message|mail|delivery) refus(?:ed|[ée]e?)\s*[;:]\s*(?=[a-z<])")
# for good, in the languages of the tables ("permanently", "definitivamente", "définitivement", "dauerhaft", "na stałe";
# not the adjective of every bounce's "permanent error"), or because its person is gone ("Adresse désactivée suite au
# départ de l'agent", "deixou de trabalhar na empresa. Este endereço foi desativado"): a mailbox disabled for that is
# not kept for later
_SUSPENDED_FOR_GOOD = Lazy(r"\b(?:permanently|definitively|for good|definitivamente|d[ée]finitivement|dauerhaft|definitiv|"
                           # (a mailbox "decommissioned", an address's forwarding "discontinued": ended, not paused; an
                           # account "discontinued" is disabled, as Yahoo's "disabled or discontinued [#102]" and
                           # Mail::DeliveryStatus::BounceParser's "customer account discontinued" read)
                           r"decommissioned|forwarding\b[^.;]{0,40}\b(?:discontinued|expired|ended|stopped)|no longer in the services? of|"
                           r"disengaged from|relieved from the|"
                           r"permanentemente|na sta(?:ł|l)e|trvale)\b|"
                           r"\b(?:has left|have left|left the (?:company|organi[sz]ation|firm)|no longer (?:works?|working|employed|"
                           r"with)|has retired|passed away|ausgeschieden|suite (?:au|à son) d[ée]part|a quitt[ée]|ya no trabaja|"
                           r"deixou de trabalhar|non (?:lavora|collabora) pi|nie pracuje|nepracuje|fratr(?:å|aa|a)dt|"
                           # (the employment ended: "relieved from services", Indian English)
                           r"relieved from (?:his |her |the )?(?:services?|duties|employment))")
# (its alternatives open with \b: the engine's own quick scan cannot help, a look-ahead at their first characters does)
scanned(_SUSPENDED_FOR_GOOD)
# ... and in the other languages: knowledge/languages.py's leaver words, each tried only where its own index word stands
# (as one alternation of fifty they were tried at every position of every text asked: a tenth of a pass)
@functools.cache
def _leavers() -> tuple[tuple[tuple[str, ...], Lazy], ...]:
    """(index words, pattern) of each leaver word, built once (the words are phrases of the table: their index is
    generated with it)."""
    from filter.core._phrase_words import WORDS

    return tuple((tuple(WORDS.get(w) or ("",)), Lazy(w, re.I)) for w in LEAVER_WORDS)


@functools.cache
def _leaver_index() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The index words of every leaver word together, and the ASCII ones of them: most texts hold none, and one
    look-up of all of them answers for the whole table (no other word can stand in an ASCII text)."""
    words = tuple(dict.fromkeys(w for index, _ in _leavers() for w in index))
    return words, tuple(w for w in words if w.isascii())


def _for_good(text: str) -> bool:
    """The words say the account is gone for good, or that its person left the organisation."""
    if _SUSPENDED_FOR_GOOD.search(text):
        return True
    every, ascii_only = _leaver_index()
    if not any(map(text.__contains__, ascii_only if text.isascii() else every)):
        return False
    return any(any(map(text.__contains__, words)) and rx.search(text) for words, rx in _leavers())
# a site's standing advice beside its answer: what to do *if* one was blocked, where its block-list FAQ or
# anti-spam policy is, which checks it runs (in English, French, German and Spanish)
_SAID_OF_THE_MAILBOX = ("user_unknown", "user_unknown_weak", "suspended", "has_moved")
# (every alternative of _HEDGE holds one of these: "policy" alone stands in too many refusals to try it on each)
_HEDGE_GATE = ("transport.rules", "will be blocked", "if you", "si vous", "wenn sie", "si usted", "si cree", "si piensa", " uses ", " employs ", " runs ",
               " applies ", " nutzt ", " verwendet ", " setzt ", " utilise ", " emploie ", " usa ", " utiliza ", " emplea ",
               "if your", "if instead", "policy:", "denied:", "curité :", "curite :", "seguranca:", "segurança:", "tion policy.",
               "policy -", "denied -", "denied (", "or access denied", "rejection:", "rejection -", "tica:", "tica de seguridad:", "faq", "spam polic", "list polic", "spam information", "list information", "spam page", "list page")
_PLATFORM_GATE = ("added to your", "added to the", "placed on your", "placed on the", "you can reactivate", "you can remove",
                  "we have added", "we added", "die adresse wurde")
_PLATFORM_AFTER = Lazy(r"\b(?:the |this )?(?:address|recipient|contact|e-?mail address) (?:has been|was|is now) (?:added to|placed on) "
                       # (one word may name the list: SendGrid's "has been added to your Bounces suppression list")
                       r"(?:your|the) (?:[a-z]+ )?(?:block ?list|blacklist|suppression list|bounce list|do-not-mail list)\b[^.;]*|"
                       # (and how to undo it: "You can reactivate the address in the Suppressions tab")
                       r"\byou can (?:reactivate|remove|re-?enable) (?:the |this )?(?:address|recipient|contact)\b[^.;]*|"
                       # (said by the platform: "We have added the address to your Bounces suppression list")
                       r"\bwe (?:have )?added (?:the|this) (?:address|recipient|contact) to (?:your|the) (?:[a-z]+ )?"
                       r"(?:block ?list|blacklist|suppression list|bounce list|do-not-mail list)\b[^.;]*|"
                       # (in German: "Die Adresse wurde auf Ihre Sperrliste gesetzt", put on your block list)
                       r"\bdie adresse wurde (?:auf|in) (?:ihre|die) (?:sperrliste|blockliste|blacklist|suppressionsliste)\b[^.;]*")
_HEDGE = Lazy(r"\b(?:if you|si vous|wenn sie|si usted|si) (?:believe|think|feel|suspect|pensez|estimez|croyez|glauben|"
              r"meinen|denken|cree|piensa)\b[^.;]*|"
              r"\b(?:this|our) (?:server|system|site|mail ?server|gateway|domain) (?:uses|employs|runs|applies)\b[^.;]*|"
              # (a rule announced for whoever breaks it, "Please note: senders with too many messages to mailboxes that do not
              # exist will be blocked by our servers": what would be, no cause of this refusal)
              r"\b(?:please note:? )?senders? (?:with|who send|sending) too many\b[^.;]*\bwill be blocked\b[^.;]*|"
              # ("If instead your message is refused because your server is listed on a block list such as ...")
              r"\bif (?:instead )?your (?:message|mail|e-?mail|server|ip|host)s? (?:is|was|are|were|gets?|has been) "
              r"(?:refused|rejected|blocked|listed|bounced)\b[^.;]*|"
              r"\b(?:dieser|unser) (?:server|mailserver|mail-server) (?:nutzt|verwendet|setzt)\b[^.;]*|"
              r"\b(?:ce|notre) serveur (?:utilise|emploie)\b[^.;]*|\b(?:este|nuestro) servidor (?:usa|utiliza|emplea)\b[^.;]*|"
              # Microsoft's heading of a mail flow rule's own text ("TRANSPORT.RULES.RejectMessage; the message was rejected
              # by organization policy: Robert King has retired", "... by organization policy. This mailbox is no longer
              # in use.")
              r"\bthe message was rejected by organi[sz]ation policy[:.]|"
              # (the rule's name itself, "TRANSPORT.RULES.RejectMessage;", a heading in the same way)
              r"\btransport\.rules\.rejectmessage\b[;:]?|"
              # ... and the other headings of a refusal by policy, the words after them saying the mailbox is missing ("Recipient
              # address rejected by policy: no such user", "refusé par la politique de sécurité : cette adresse n'existe pas",
              # "Access denied: this address no longer exists")
              # (and as a dash or a bracket opens the words: "Access denied - mailbox not found", "Access denied (no such user
              # in directory)", "Policy rejection - user does not exist", Spanish "Rechazado por política: el buzón no existe")
              r"\b(?:rejected|refused|denied) by (?:the )?(?:security |organi[sz]ation(?:al)? |mail |e-?mail )?polic(?:y|ies)\s*[:-]|"
              r"\b(?<!relay )access denied\s*(?::|- |\()|\bpolicy rejection\s*[:-]|"
              # (the two-way heading "Mailbox unavailable or access denied." of Tencent's and others' replies, its next sentence
              # saying which: "The recipient is not registered on this system")
              r"\bmail ?box unavailable or access denied\b[.:]?|\brefus[ée]e? par la politique de s[ée]curit[ée]\s*:|"
              r"\brejeitad[oa] pela pol[íi]tica de seguran[çc]a\s*:|\brechazad[oa] por (?:la )?pol[íi]tica(?: de seguridad)?\s*:|"
              r"\b(?:block ?list|black ?list|anti-?spam|spam) (?:faq|polic(?:y|ies)|information|page)\b")


def _words_only(text: str) -> str:
    """The text without addresses, link parameters and a virus scanner's all-clear (the same
    object when it has none)."""
    if "://" in text:
        text = _URL.sub(r"\1", text)
    if any(w in text for w in _CLEAN_WORDS):
        text = _without_all_clear(text)
    if "may be blacklisted" in text or "may only accept" in text:
        # cPanel's guesses under its routing failure ("The account or domain may not exist, they may be
        # blacklisted, or missing the proper dns entries"): no cause stated, in a DSN's Diagnostic-Code
        # as in Exim's text (detectors/text.py ``_BOILERPLATE``); Microsoft's under its 5.7.1 summary ("It may have been
        # rejected by a moderator, the address may only accept email from certain senders, or another restriction may be
        # preventing delivery"): what the refusal may be, the words beside them say what it was
        text = _GUESSES.sub(" ", text)
    if "." in text:
        if "[" in text:
            text = _HOST_BEFORE_IP.sub("<host>", text)
        if any(map(text.__contains__, _HOST_TRIGGERS)):
            text = _HOST_NAMED.sub(r"\1<host>", text)
    if "@" not in text:
        return text
    text = _ADDRESS.sub("<address>", text)
    # (an address in its angle brackets, "new address: <jo@x.example>", stands for one as a bare one does)
    return text.replace("<<address>>", "<address>") if "<<" in text else text


# a host named as the one the MTA connected to or looked up - "connect to spamfilter.example.com[192.0.2.1]:25",
# "lost connection with mx-spam01.example.net[...]", "name=virus.example.org type=A", PowerMTA's "no
# answer from host <name>", Sendmail's "Connection timed out with <name>" and "reply: read error from
# <name>", "error reading response from <name>", "timeout waiting for input from <name>", Exchange's
# "[LastAttemptedServerName=<name>]": a name, not words ("spamfilter" there says nothing of spam); the
# names a reply gives as its cause ("blocked using zen.spamhaus.org") are not in these places
_HOST_NAMED = Lazy(r"((?:connect|connection|conversation) (?:to|with) |timed out with |error (?:from|to) |"
                   r"(?:response|reply|input) from |reset by |name server: |from host |refused by |name=|host )"
                   r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?=\.?(?:[\[\]\s:;,)]|$))")
_HOST_TRIGGERS = ("connect", "host ", "name=", "refused by", "timed out with", "error from", "error to",
                  "response from", "reply from", "input from", "reset by", "name server: ")
_HOST_BEFORE_IP = Lazy(r"(?<![\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?= ?\[[0-9a-f:.]+\])")


_GUESSES = Lazy(r"the account or domain may not exist, they may be blacklisted,? or (are )?missing the proper dns entries\.?|"
                r"it may have been rejected by a moderator, the address may only accept e-?mail from certain senders,? or another "
                r"restriction may be preventing delivery\.?")


# a virus scanner's all-clear, which footers carry into any mail, bounces too ("No virus found in
# this message", "scanned for viruses and dangerous content by MailScanner, and is believed to be
# clean", "未发现病毒", "Вирусы не обнаружены"): it says nothing of why mail failed, and its virus
# words would read as a virus found (then a missing mailbox would read as a block).  Its clause
# goes (``_without_all_clear``), and so does advice on what a habit does to a sender's reputation.
_CLEAN_WORDS = ("vir", "wirus", "вирус", "вірус", "ιό", "病毒", "ウイルス", "바이러스", "r reputation")
_ALL_CLEAR = Lazy(
    r"no virus(?:es)? (?:was |were |has been |have been )?(?:found|detected)|scanned for viruses|believed to be clean|"
    # ... and a product's slogan in its notices ("Trustwave MailMarshal scans all mail for spam, viruses and
    # unacceptable content"): what it does for every message, no verdict on this one
    r"scans (?:all )?(?:incoming |inbound |outgoing )?(?:mail|messages|e-?mails?) for (?:spam|viruses|malware)"
    r"(?:,? (?:and )?(?:spam|viruses|malware|threats|unacceptable content|dangerous content))*|"
    # ... and advice on what a habit does to a sender ("550 5.1.1 invalid recipient. Mailing to invalid recipients harms your
    # reputation"): a consequence named for the future, no verdict on this message's sender
    r"(?:harms?|hurts?|damages?|protects?|improves?|affects?) (?:your|the sender's) (?:sender |sending |ip |domain )?reputation|"
    r"virus[- ]free|free (?:of|from) viruses|keine viren|aucun virus|ning[úu]n virus|"
    r"no se (?:encontraron|detectaron) virus|nessun virus|nenhum v[íi]rus|geen virus|"
    r"nie (?:wykryto|znaleziono) wirus|не обнаружен[оы]? вирус|вирус(?:ы|ов)? не обнаружен|не виявлено вірус|"
    r"вірус(?:ів|и)? не виявлено|δεν (?:βρέθηκε|εντοπίστηκε|βρέθηκαν) ι|vir[üu]s bulunamad|"
    r"vir[üu]s (?:tespit edilmedi|i[çc]ermiyor)|未发现病毒|未發現病毒|没有发现病毒|沒有發現病毒|未检测到病毒|"
    r"未檢測到病毒|不含病毒|无病毒|無病毒|ウイルスは(?:検出|発見)されませんでした|ウイルス(?:は|が)見つかりませんでした|"
    r"ウイルスが(?:検出|発見)されませんでした|바이러스(?:가|는)? ?(?:발견|감지|검출)되지 않|바이러스 없음")
# where a clause ends: a dot only before a blank (never the dots of "5.0.0" or a host name)
_CLAUSE_ENDS = (". ", "! ", "? ", "; ", ", ", " - ", " -- ", "(", ")", "。", "！", "？", "；", "，")


def _without_all_clear(text: str) -> str:
    """``text`` without the clauses that give a virus scan's all-clear or advice on a sender's reputation (linear: each cut finds
    its clause's ends by plain string search; "user unknown (scanned for viruses by ClamAV)" keeps
    "user unknown")."""
    out, at = [], 0
    for m in _ALL_CLEAR.finditer(text):
        if m.start() < at:
            continue
        start = max(max(text.rfind(c, at, m.start()) + len(c) for c in _CLAUSE_ENDS), at)
        ends = [i for i in (text.find(c, m.end()) for c in _CLAUSE_ENDS) if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        out.append(text[at:max(start, at)])
        at = end
    if not out:
        return text
    out.append(text[at:])
    return " ".join(" ".join(out).split())


# the phrase scans of the texts seen last, by text: the records of one message and the bounces of
# one batch often give the same words ("550 5.1.1 <address>... user unknown"), and a ``Scan``
# depends on its text only (what it has worked out stays true), so one can serve them all
# (only short texts are kept: a long one is seldom repeated, and the memo stays small)
_SCANS: dict[str, Scan] = {}
_SCANS_KEPT = 1024
_SCAN_KEPT_LEN = 1000


def _scan(words: str) -> Scan:
    """The ``Scan`` of these words, from the recent ones when the same words came before."""
    if len(words) > _SCAN_KEPT_LEN:
        return Scan(words)
    scan = _SCANS.get(words)
    if scan is None:
        if len(_SCANS) >= _SCANS_KEPT:
            _SCANS.clear()  # a bounded memo, not a history: start again rather than grow
        scan = _SCANS[words] = Scan(words)
    return scan


class _Facts:
    """What is known about one record; the text is scanned for phrases once (``Scan``)."""

    __slots__ = ("text", "context", "spec", "fallback", "command", "action", "status_class", "scan", "says",
                 "policy_status", "mailbox_status", "_release_refused", "_folded_context")

    def __init__(self, scan, context, spec, fallback, command, action, status_class, policy_status=False,
                 mailbox_status=False):
        self.text, self.context = scan.text, context
        self.spec, self.fallback = spec, fallback
        self.command, self.action, self.status_class = command, action, status_class
        self.scan = scan
        self.says = self.scan.says
        #: the status is of the security or policy subject (X.7.Y, RFC 3463 section 3.8)
        self.policy_status = policy_status
        #: the status is of the mailbox subject (X.2.Y, RFC 3463 section 3.3: the mailbox exists)
        self.mailbox_status = mailbox_status
        self._release_refused: bool | None = None
        self._folded_context: str | None = None

    def release_refused(self) -> bool:
        """The text says a held message's release was refused (``_RELEASE_REFUSED``), searched once: ``_decide``
        asks it at several of its steps, and the pattern, a long alternation behind ``\\b``, is among its dearest."""
        if self._release_refused is None:
            self._release_refused = _RELEASE_REFUSED.search(self.text) is not None
        return self._release_refused

    def folded_context(self) -> str:
        """The report's words around the recipient as the tables read them (``normalize``), worked out once: ``_decide`` reads
        them at several of its steps."""
        if self._folded_context is None:
            self._folded_context = normalize(self.context) if self.context else ""
        return self._folded_context


# a provider's heading that names no cause (web.de / GMX / IONOS, web.de/email/senderguidelines)
_POLICY_HEADING = Lazy(r"\breject(?:ed)? due to policy restrictions\b[.:]?")
# RFC 5321 section 4.2.3's text for 421 ("<domain> Service not available, closing transmission channel"), and its shorter forms
_STOCK_421 = Lazy(r"\bservice (?:is )?(?:not available|unavailable)\b(?:,? closing transmission channel)?")


def decide(*, status: str | None, diagnostic: str | None, command: str | None = None,
           action: str | None = None, diag_type: str | None = None, context: str | None = None) -> str:
    """The reason for one recipient record (see the module docstring for the order).

    ``context`` is the report's own wording around the recipient ("was aborted after 5 hours");
    it only decides when the server's words do not.
    """
    action = (action or "").lower()
    if action in ("delivered", "relayed", "expanded") or (status or "").startswith("2."):
        return "delivered"
    text = _without_line_markers(_without_gloss(normalize(diagnostic)))
    if '"' in text or "“" in text or "«" in text or "„" in text:
        text = _QUOTED_SUBJECT.sub(r"\1", text)
    words = _words_only(text)
    if "refus" in words and _HEADING_VERB.search(words):
        # "Message refused; recipient mailbox is closed": the heading's verb only says a refusal came, the
        # words after it say why (never itself a cause beside them)
        words = _HEADING_VERB.sub(" ", words)
    scan = _scan(words)
    if any(map(words.__contains__, _PLATFORM_GATE)) and (plain := _PLATFORM_AFTER.sub(" ", words)) != words:
        # what the sending platform did after the refusal ("... User unknown. The address has been added to your blocklist and
        # will not receive further emails", Brevo's hard-bounce notice): its own suppression, said beside the server's cause,
        # which decides
        if any(map((plain_scan := _scan(plain)).says, FIRST)):
            words, scan = plain, plain_scan
            text = _PLATFORM_AFTER.sub(" ", text)  # (its links read for a provider's code below, without the platform's words)
    if any(map(scan.says, _SAID_OF_THE_MAILBOX)) and any(map(words.__contains__, _HEDGE_GATE)):
        # a missing mailbox said beside the site's standing advice ("User unknown. If you believe your message
        # was blocked in error, visit ...", "Blocklist FAQ: <link>", "this server uses strict anti-spam measures
        # (RBL, SPF, greylisting)"): what a block would be is no block said of this message; the words without
        # that advice decide, when they still say the mailbox is missing
        plain = _HEDGE.sub(" ", words)
        if plain != words and any(map((plain_scan := _scan(plain)).says, _SAID_OF_THE_MAILBOX)):
            words, scan = plain, plain_scan
    # a provider may give its code in a link's parameters only ("...codes.php#RL000010")
    # and a DSN's Status field carries the provider's code as well as its text would
    provider = provider_reason(text) if "://" in text else provider_reason(words, scan)
    if provider is None and status and status.count(".") == 2 and status not in text:
        provider = provider_reason(f"{status} {text}")
    if provider == "suppressed" and _added_after_a_cause(words, scan):
        # (the sending service's list named as where the address went after this failure: the failure's cause decides)
        provider = None
    if provider is not None and "ib" in words and _SHARED_IB_CODE.search(words) is not None \
            and any(map(scan.says, FIRST)) and provider_reason(_SHARED_IB_CODE.sub(" ", words)) is None:
        # a code of the "IBnnn" form read by GoDaddy's table, beside words that name a cause: Telstra BigPond numbers its own
        # refusals the same way with other meanings ("BigPond Outbound [OB105. Connection refused. <ip> is listed on the
        # Exploits Block List (XBL)", crowdsupport.telstra.com.au), so the code names no one cause - the words decide
        provider = None
    if provider == "user_unknown" and "000c05a6" in words and any(map(scan.says, _SITE_FAILURES)):
        # Exchange 5.5's IMS code "(000C05A6) Unknown Recipient" closes its NDRs whatever failed; where its words name the
        # site's own route or system failing ("No transport provider was available for delivery to this recipient"), they
        # are the cause, not a missing mailbox
        return next(_SITE_FAILURES[r] for r in _SITE_FAILURES if scan.says(r))
    if provider == "user_unknown" and any(map(scan.says, _SENDER_SIDE)):
        # a provider's code for a missing mailbox beside words that name a block of our side ("Recipient address rejected:
        # Access denied. AS(201806281) [sender IP 192.0.2.5 is on the local deny list]"): a block of the sender never becomes a
        # missing mailbox (issue 8's family 9) - the words decide
        provider = None
    if provider == "policy_violation" and scan.says("sender_limit"):
        # a provider's generic heading beside the words of our rate (GMX / WEB.DE "421-Reject due to policy restrictions.
        # 421-Too many messages have been received in a short period of time"): the rate is the cause
        return "rate_limited"
    if provider == "policy_violation" and (heading := _POLICY_HEADING.search(words)) is not None \
            and len(words) - (heading.end() - heading.start()) > 12:
        # ... and beside any other cause its words give (web.de's "554-Reject due to policy restrictions. 554-Your sending IP
        # ... appears on the Spamhaus SBL", "... DMARC policy of sender domain ... not aligned", "...: message size ... exceeds
        # the limit"): the heading only says a refusal came, as "refused" does (``_HEADING_VERB``); its words decide
        # (its own words only: the report's words around the record, the context, may be another recipient's)
        # (and without RFC 5321's stock text of a 421, "Service not available, closing transmission channel", which web.de's
        # greeting repeats above its heading: no cause either)
        rest = _STOCK_421.sub(" ", words[:heading.start()] + " " + words[heading.end():])
        inner = decide(status=status, diagnostic=rest, command=command, action=action, diag_type=diag_type)
        # (a delay's "expired", said for words that name no cause, is none either)
        if inner not in _UNREAD and inner != "policy_violation" and (inner != "expired" or matches("expired", rest)):
            return inner
    if provider:
        # a provider's "no such mailbox" said in reply to MAIL FROM is about our address, and its
        # "quota exceeded" there is our sending quota (step 5)
        if (command or "").upper() == "MAIL":
            return "rejected" if provider in _OURS_AT_MAIL else _AT_MAIL.get(provider, provider)
        if provider in _GAVE_UP_OVER_TEMPORARY and action == "failed" and "4" in ((status or " ")[0], _first_code(text)) \
                and (matches("expired", words) or matches("expired", normalize(context)) or (status or "")[1:] == ".4.7"):
            # a provider's throttling kept up until the queue lifetime ran out (Exim "451 4.7.500 Server busy
            # ...: retry timeout exceeded", or under RFC 3463's X.4.7 "delivery time expired" status the sending MTA gave its
            # report): the sending MTA gave up, as for any other rate limit (below)
            return "expired"
        return provider
    text = words
    if (diag_type or "") in ("x-unix", "x-local", "x-pipe") and (status or "")[1:] == ".7.0" \
            and (refusal := _FILTER_REFUSAL.match(words)):
        # a delivery filter's deliberate refusal (maildrop's or procmail's EXITCODE 77, EX_NOPERM, which Postfix's
        # pipe(8) and local(8) report as "permission denied" with 5.7.0, its text after "Command output:"): the
        # filter's words are the refusal, read as a server's reply would be, no program failed
        text = words = refusal.group(1)
        scan = _scan(words)
        diag_type = None
    if (diag_type or "") in ("x-unix", "x-local", "x-pipe"):
        # a local delivery program's words, not an SMTP server's (RFC 3464 diagnostic-type): the mailbox
        # full, or missing by an LMTP reply (mail.local: "550 5.1.1 <name>: User unknown"; procmail's own
        # "Couldn't create ... No such user" is the program failing), or the program failed
        if matches("mailbox_full", text) or (status or "")[1:] == ".2.2":
            return "mailbox_full"
        # (Sendmail writes the program's exit status first, "67 550 5.1.1 <name>... User unknown":
        # sysexits.h's 67, EX_NOUSER, is "addressee unknown")
        exit_code = _EXIT_STATUS.match(text)
        said = text[exit_code.end():] if exit_code else text
        program_fine = not _PROGRAM_FAILED.search(said) and not _SOMEONE_ELSE.search(said)
        if ((status or "").startswith("5.1.") and (_first_code(said) == "5" or exit_code and exit_code.group(1) == "67"
                                                    or status == "5.1.1" and program_fine)
                # (or the agent's bare answer under a vague code, Courier's "x-unix; Unknown user." at 5.0.0)
                or (status or "5.0.0") == "5.0.0" and not exit_code and len(said) <= 40 and program_fine) \
                and matches("user_unknown", said):
            # (Postfix's pipe(8) and local(8) give EX_NOUSER the status 5.1.1 and the words "user
            # unknown", the program's own after "Command output:"; a program that could not create
            # its output file failed, whatever lookup it names)
            return "user_unknown"
        if (status or "") == "5.1.2" and program_fine and matches("host_unknown", said):
            # the address's domain refused by name under X.1.2, "bad destination system address" (Sendmail's and Sun
            # Messaging Server's "Illegal host/domain name found"): no program failed, the domain is what was wrong
            return "host_unknown"
        if status_reason(status)[0] == "message_too_large" and matches("message_too_large", said):
            return "message_too_large"  # the size it refused (X.2.3, X.3.4), in words: no failing program
        if status_reason(status)[0] == "failed_starttls" and matches("failed_starttls", said):
            return "failed_starttls"  # encryption the destination needs and did not get (X.7.10, RFC 5248), in words
        if matches("system_full", said):
            return "system_full"  # the host's disk ("write() failed: No space left on device")
        if (status or "")[1:] == ".2.4" and "expansion" in said:
            # the list behind the address could not be expanded (RFC 3463 X.2.4, "550 5.2.4 Mailing list expansion
            # problem", a list manager's pipe answering so): the list's system, no program that failed
            return "system_error"
        if _LOOP.search(said):
            return "system_error"  # a loop is the receiving side's configuration (RFC 5321 6.3), whoever found it
        if matches("on_hold", said):
            return "on_hold"  # the message held for review (a quarantine, a moderator)
        if (status or "")[1:] == ".4.7" and matches("expired", said):
            return "expired"  # the reporting system's own queue gave up ("delivery time expired"), no program failed
        if "connect" in said and matches("connect_failure", said):
            # a connection that failed ("connect to mx...: Connection timed out"), no program (not "cannot open
            # directory": a program's own failure)
            return "network_error"
        if matches("suspended", said) and (status or "")[1:4] in (".2.", ".0."):
            return "suspended"  # the account disabled, as the delivery agent found it (X.2.1 "mailbox disabled")
        if matches("filtered", said):
            return "filtered"  # the recipient's own rules, applied at delivery (AOL's "mail controls")
        return "mailer_error"
    spec, fallback = status_reason(status)
    f = _Facts(scan, normalize(context), spec, fallback, command, action,
               (status or _first_code(text) or " ")[0], (status or "")[1:3] == ".7", (status or "")[1:3] == ".2")
    if spec == "host_unknown" and f.says("not_accept") and (command or "").upper() != "MAIL" \
            and not f.says("rejected"):
        # RFC 7505 null MX, or no MX at all, said with 5.4.4 or 5.1.2: the domain takes no mail (the
        # recipient's: at MAIL FROM, or said of our sender address, it is ours)
        f.spec = "not_accept"
    elif spec == "host_unknown" and f.status_class == "4" and _TEMPORARY_DNS.search(text):
        # "450 4.1.2 Temporary MX lookup error", qmail's "451 ... couldn't find any host by that name
        # (#4.1.2)" (its DNS_SOFT answer): the lookup failed this time, nothing says the domain is gone
        f.spec = "network_error"
    if f.spec in _WEAK_CODES and not f.scan.says_none_of(_OUTRANK_WEAK) and any(
            f.says(r) for r in _OUTRANK_WEAK if r != f.spec):
        f.spec, f.fallback = None, f.fallback or f.spec
    if f.spec in _ADDRESSING and not f.scan.says_none_of(_NOT_USER_BY_WORDS) and any(
            f.says(r) for r in _NOT_USER_BY_WORDS) and not any(f.says(r) for r in _ADDRESSING_WORDS):
        f.spec, f.fallback = None, f.fallback or f.spec
    reason = _decide(f)
    if reason == "host_unknown" and (status or "")[1:] == ".4.7" and action != "delayed":
        # RFC 3463 X.4.7 "delivery time expired", a status only the sending MTA gives ("5.4.7 - Delivery expired (message too
        # old) 'DNS Hard Error looking up mx.example (MX): NXDomain'", Cisco Secure Email, its gloss before the quoted lookup):
        # it kept retrying the lookup until it gave up; the last lookup's answer is no verdict on the domain that outranks it (a
        # delay warning's 4.4.7, Exchange's "message delayed", is no give-up: it keeps its reading)
        return "expired"
    if f.command == "AUTH" and reason in _MAILBOX_REASONS:
        # refused in reply to AUTH (RFC 4954): the login of our relay account ("525 5.7.13 User Account
        # Disabled", "535 5.7.8 ... Invalid credentials"), never the recipient's mailbox
        return "security_error"
    if reason == "not_accept" and (status or "")[1:] == ".3.2" and _OUT_OF_SERVICE.search(f.text) \
            and not _FOR_GOOD.search(f.text) and not f.text.startswith(("521", "556")):
        # RFC 3463 X.3.2 "system not accepting network messages" names what may be passing: "an
        # imminent shutdown, excessive load, or system maintenance"; said with one of those, the
        # receiving system is out of service for now, no domain that takes no mail (RFC 7505 null
        # MX, RFC 7504's 521 "does not accept mail" stay ``not_accept``)
        reason = "system_error"
    if action == "expired" and f.status_class != "5":
        # a non-standard Action (SendGrid's DSNs; RFC 3464 has none) that says it in one word: the
        # queue lifetime ran out after temporary failures (lhost/sendgrid.rb reads it the same way)
        return "expired"
    if action == "failed" and (reason in _GAVE_UP_OVER or reason == f.fallback and not f.says(reason)
                               or reason in _GAVE_UP_OVER_TEMPORARY and "4" in (f.status_class, _first_code(f.text))
                               # (so is a remote server's own temporary failure it kept answering, "451 Requested action
                               # aborted: local error in processing ... retry timeout exceeded": RFC 5321's 451 is its state,
                               # nothing on our side changes it; the reporting system's own failure, qmail's "Unable to contact
                               # LDAP server. (#4.4.3)", with no server's reply, stays its cause)
                               or reason == "system_error" and _first_code(f.text) == "4"
                               and (f.says("expired") or matches("expired", f.context))
                               # (or a temporary status read alone, its words naming no cause: "450 4.2.1 Mailbox temporarily
                               # unavailable, try again later" kept up for five days is the queue lifetime that ran out)
                               or f.status_class == "4" and reason == f.spec and not f.says(reason)) \
            and _gave_up(f):
        return "expired"  # a final report after temporary failures: the sender's MTA gave up
    if action == "delayed" and reason == "host_unknown" and f.spec != "host_unknown" and _first_code(text) is None:
        # a delay warning in the sending MTA's own words (no server answered): by its own account
        # its resolver did not find the name *this time* (an offline resolver says "nodename nor
        # servname provided" too); a server's "450 4.1.2 Domain not found" stays what it says
        return "network_error"
    # (or only a vague status gave the reason, beside vague recipient words it kept from deciding: the
    # report may still say in its own words that the mailbox does not exist)
    # (a hold the words state, "placed on hold for review", is read: only the fallback for words not read is not)
    # (a vague status's fallback, "Status: 4.7.0" with no words of its meaning beside it, counts only when the report's words
    # say nothing more either: "A sua mensagem foi retida na quarentena ... e aguarda aprovação do administrador")
    # (a hold read from a quarantine and the review it awaits, "on siirretty karanteeniin ja se odottaa ylläpitäjän tarkistusta",
    # is read as much as one a phrase states: a greeting above it, "Hei,", says nothing that could outrank it)
    own = _report_words(context) if f.context and (reason in _UNREAD and not (reason == "on_hold" and (
        f.says(reason) or _held(f) and _AWAITING_REVIEW.search(f.text) is not None))
                                                    or reason == f.fallback and not f.says(reason)) else None
    if own:
        # the recipient's own lines say nothing readable, and the report states the cause once for
        # all its recipients before naming them ("This Message was undeliverable due to the following
        # reason: The user(s) account is temporarily over quota. <address>"): the report's words decide
        # (step 8), read with the same code, command and action.  Beside the vague "mailbox
        # unavailable" of RFC 5321's 550 only the words that name this recipient count, and they may
        # only say what it may mean: the mailbox does not exist ("Folgende Empfängeradresse existiert
        # nicht: <address> Grund: 550 Requested action not taken: mailbox unavailable")
        weak = f.says("user_unknown_weak")
        if weak:
            # (only the sentence that names this recipient, "... existiert nicht: <address>", and only
            # beside a permanent answer: a heading of the report is about whom it lists first)
            own = "" if f.status_class == "4" else "\n".join(
                sentence for ln in own.splitlines() for sentence in _SENTENCE_SPLIT.split(ln) if "<address>" in sentence)
        said = decide(status=status, diagnostic=own, command=command, action=action, diag_type=diag_type) \
            if own else None
        if said is not None and (said not in _UNREAD or said == "on_hold" and matches("on_hold", own)) \
                and (said == "user_unknown" or not weak):
            return said  # (a hold the report's words state is read, as the recipient's own)
    return reason


# ... but not one said to be past or for good ("was shut down in 2025", "shut down permanently")
_FOR_GOOD = Lazy(r"\bwas shut ?down\b|\bhas been shut ?down\b|permanent|no longer|for good|decommission")
# (maintenance in the languages that share its word or root: es "mantenimiento", it "manutenzione", pt "manutenção",
# de "Wartung", nl "onderhoud", fr "maintenance")
_OUT_OF_SERVICE = Lazy(r"maintenance|mantenimiento|manutenzione|manuten[çc][ãa]o|wartung|onderhoud|"
                       # (Norwegian / Danish "vedlikehold", "vedligeholdelse", Swedish "underhåll", Finnish "huoltokatko")
                       r"vedlikehold|vedligehold|underh[åa]ll|huoltokatko|"
                       r"excessive load|overload|(?:imminent |pending )?shut ?down|shutting down|"
                       r"too busy|server busy|system busy|temporarily (?:unavailable|out of service|not accepting)")


# an administrator's review or release still to come (en, de, fr, es, it, pt, nl, ja), of a message held or quarantined
# ... and the review's end, the release refused: the hold is over, the message deleted undelivered, and the cause it was held
# for is the refusal's ("Der Administrator hat die Freigabe abgelehnt. Die Nachricht wurde gelöscht und wird nicht zugestellt",
# "The administrator has rejected the release")
_RELEASE_REFUSED = Lazy(r"\b(?:freigabe (?:wurde )?(?:abgelehnt|verweigert)|"
                        # (never to be released: "will not be released or delivered", Italian "non verrà rilasciato né
                        # consegnato", German "wird nicht freigegeben")
                        r"will not be released\b|non verr(?:à|a) rilasciat[oa]\b|wird nicht freigegeben\b|"
                        # ("Die Freigabe wurde vom Administrator abgelehnt", the one who refused it named)
                        r"freigabe wurde (?:vom|von einem|von der|durch den) (?:administrator|admin|empf(?:ä|ae)nger)\w* "
                        r"(?:abgelehnt|verweigert)|"
                        # ("Die Freigabe Ihrer zurückgehaltenen E-Mail an x@ wurde von einem Administrator abgelehnt")
                        r"freigabe (?:ihrer|der|dieser) (?:[^.]|\.(?=\w)){0,100}\bwurde\b[^.]{0,40}\b(?:abgelehnt|verweigert)|"
                        # (Dutch "De vrijgave van uw vastgehouden bericht aan x@ is door een beheerder geweigerd" or "afgewezen", English "The release of
                        # your held message to x@ was denied by an administrator")
                        r"vrijgave van (?:uw|het|dit) (?:[^.]|\.(?=\w)){0,100}\b(?:is|werd)\b[^.]{0,40}\b(?:geweigerd|afgewezen)|"
                        # (the request to release it, turned down after a look: French "Votre demande de libération a été examinée
                        # par l'administrateur et refusée", Dutch "Uw verzoek om vrijgave is door de beheerder afgewezen", Spanish
                        # "Su solicitud de liberación fue revisada y rechazada", English "Your release request was reviewed and
                        # denied")
                        r"demande de lib(?:é|e)ration\b[^.]{0,80}\b(?:refus(?:é|e)e|rejet(?:é|e)e)\b|"
                        r"verzoek om vrijgave\b[^.]{0,60}\b(?:afgewezen|geweigerd)\b|"
                        r"solicitud de liberaci(?:ó|o)n\b[^.]{0,80}\b(?:rechazada|denegada)\b|"
                        # (Italian "la richiesta di rilascio ... è stata rifiutata dall'amministratore", Portuguese "o pedido de
                        # liberação foi recusado")
                        r"richiesta di rilascio\b[^.]{0,80}\b(?:rifiutata|respinta)\b|pedido de libera(?:ç|c)(?:ã|a)o\b[^.]{0,80}\b(?:recusado|negado|rejeitado)\b|"
                        r"release request\b[^.]{0,60}\b(?:denied|rejected|refused|declined)\b|"
                        r"release of (?:your|the|this) (?:[^.]|\.(?=\w)){0,100}\b(?:was|has been)\b[^.]{0,40}\b(?:refused|denied|rejected|declined)|"
                        r"(?:declined|refused) to release\b|"
                        # (French "La demande de libération de votre message retenu pour x@ a été refusée", Spanish "La liberación de su
                        # mensaje retenido para x@ fue denegada")
                        r"lib(?:é|e)ration de (?:votre|ce) (?:[^.]|\.(?=\w)){0,100}\ba (?:é|e)t(?:é|e) refus(?:é|e)e|"
                        r"liberaci(?:ó|o)n de (?:su|tu|este) (?:[^.]|\.(?=\w)){0,100}\b(?:fue|ha sido) (?:denegada|rechazada)|release (?:was |has been )?(?:refused|denied|rejected|declined)|"
                        r"(?:rejected|refused|denied|declined) (?:the|its|your) release|(?:administrator|admin|moderator) (?:has )?"
                        r"(?:rejected|deleted|refused|declined) (?:the|this|your) message|(?:lib(?:é|e)ration|liberaci(?:ó|o)n|rilascio|vrijgave) "
                        r"(?:a (?:é|e)t(?:é|e) |ha sido |(?:è|e) stat[oa] |is |werd )?(?:refus(?:é|e)e|rechazada|rifiutat[oa]|geweigerd|afgewezen))\b|"
                        # (Japanese "管理者により解放は却下されました" (the release was refused by the administrator), "解放申請が却下")
                        r"解放(?:申請)?(?:は|が)?却下|"
                        # (the review's outcome said as what became of the message: "An administrator has now reviewed the
                        # message and DELETED it", Spanish "Tras revisarlo, el administrador lo ha rechazado", Japanese
                        # "管理者が確認した結果、配信は拒否されました" (after the administrator's check, delivery was refused))
                        r"\breviewed (?:the|this|your) (?:message|e-?mail) and (?:has )?(?:deleted|rejected|discarded|refused|declined) it\b|"
                        r"\b(?:el )?administrador lo ha (?:rechazado|eliminado|borrado|descartado)\b|配信(?:は|が)拒否され|"
                        # (declined after a look: "Our compliance staff have now examined it and declined to pass it on"; Czech
                        # "Správce pošty zprávu zkontroloval a její doručení zamítl" (refused its delivery), Slovak "doručenie
                        # zamietol"; Vietnamese "Sau khi xem xét, quản trị viên đã từ chối thư này" (the administrator refused it))
                        r"\b(?:declined|refused) to (?:pass (?:it|the message|your message) on|deliver (?:it|the message)|"
                        r"forward (?:it|the message))\b|"
                        r"\bdoru(?:č|c)en(?:í|i|ie) (?:zpr(?:á|a)vy |spr(?:á|a)vy )?(?:zam(?:í|i)tl|zamietol|zamietla|odmietol|odmietla)|"
                        # (German "Nach der Prüfung hat der Administrator die Zustellung abgelehnt", Spanish "El administrador lo
                        # revisó y decidió no entregarlo", Korean "관리자가 검토한 후 전달을 거부했습니다" (refused its delivery))
                        r"\b(?:administrator|admin)\w* (?:hat )?die zustellung (?:abgelehnt|verweigert)\b|"
                        r"\bzustellung (?:wurde )?(?:vom|durch den) (?:administrator|admin)\w* (?:abgelehnt|verweigert)\b|"
                        r"\bdecidi(?:ó|o) no entregarl[oa]\b|전달을 거부(?:했습니다|하였습니다)|"
                        # (German "wurde vom Administrator geprüft und nicht zur Zustellung zugelassen"; English "reviewed the
                        # message ... and chose to reject it")
                        r"\bnicht zur zustellung (?:zugelassen|freigegeben)\b|\bchose to (?:reject|delete|discard|block) it\b|"
                        # (Dutch "door de beheerder beoordeeld en niet goedgekeurd", Russian "рассмотрел ваше письмо ... и отказал в его
                        # доставке")
                        r"\bbeoordeeld en niet goedgekeurd\b|\bотказал[аи]? в (?:его |её |ее )?доставке\b|"
                        # (a review's "no" in more languages: Swedish "har inte godkänts för leverans", Danish "gennemgået af
                        # listens moderator og afvist", Czech "Správce zprávu nepovolil k doručení", Ukrainian "відмовив у його
                        # доставці", Greek "εξετάστηκε από τον διαχειριστή ... και απορρίφθηκε", Arabic "رفض المسؤول تسليمها",
                        # Indonesian "ditinjau oleh administrator ... dan ditolak", Polish "nie została dopuszczona do doręczenia",
                        # Turkish "incelenerek reddedilmiştir", Romanian "nu a fost aprobat pentru livrare")
                        r"\binte godk(?:ä|a)nts f(?:ö|o)r leverans\b|\bgennemg(?:å|a)et af [^.]{0,40}\bog afvist\b|"
                        r"\bnepovolil[a]? k doru(?:č|c)en(?:í|i)\b|відмовив[а]? у (?:його |її )?доставці|"
                        r"εξετ(?:ά|α)στηκε (?:από|απο) τον διαχειριστ(?:ή|η)[^.]{0,60}και απορρ(?:ί|ι)φθηκε|رفض المسؤول تسليم|"
                        r"\bditinjau oleh (?:administrator|admin)\b[^.]{0,60}\bdan ditolak\b|\bnie zosta(?:ł|l)a dopuszczona do dor(?:ę|e)czenia\b|"
                        r"\bincelenerek reddedil|\bnu a fost aprobat pentru livrare\b|"
                        # (the passive: "was held for review and has now been rejected by the administrator", "has been reviewed by
                        # an administrator and deleted")
                        # (Italian "è stato esaminato dall'amministratore ed è stato RIFIUTATO")
                        r"\besaminat[oa] dall['’]amministratore (?:ed|e) (?:(?:è|e) stat[oa] )?(?:rifiutat|respint|eliminat|cancellat)[oa]\b|"
                        r"\b(?:has|have) (?:now )?been (?:rejected|deleted|refused|declined|discarded) by (?:the|an?) "
                        r"(?:administrator|admin|moderator|reviewer)|\breviewed by (?:an?|the) (?:administrator|admin|reviewer)s? and "
                        r"(?:deleted|rejected|discarded|refused|declined)\b|"
                        r"\bqu(?:ả|a)n tr(?:ị|i) vi(?:ê|e)n (?:đ|d)(?:ã|a) t(?:ừ|u) ch(?:ố|o)i\b|"
                        # (Hungarian "A rendszergazda átnézte az üzenetet, és elutasította" (looked it over and refused it),
                        # Catalan "L'administrador l'ha revisat i l'ha rebutjat" (reviewed it and refused it))
                        r"\b(?:(?:á|a)tn(?:é|e)zte|megvizsg(?:á|a)lta|ellen(?:ő|o)rizte)\b(?:[^.]|\.(?=\w)){0,40}?\bés elutas(?:í|i)totta\b|"
                        r"\bl['’]ha revisat i l['’]ha (?:rebutjat|eliminat|bloquejat)\b|"
                        # (German "hat die Nachricht geprüft und entschieden, sie nicht zuzustellen" (decided not to deliver it);
                        # Polish "Administrator przejrzał wiadomość i ją odrzucił" (looked it over and refused it))
                        r"\bentschieden,? (?:sie|die nachricht|diese|die e-?mail) nicht zuzustellen\b|"
                        # (Swedish "har granskat meddelandet och beslutat att det inte ska levereras" (decided it shall not be
                        # delivered); Portuguese "O administrador analisou a mensagem e optou por não liberá-la" (chose not to
                        # release it))
                        r"\bbeslutat att (?:det|meddelandet) inte ska(?:ll)? levereras\b|\boptou por n(?:ã|a)o (?:liber|entreg)|"
                        r"\bprzejrza(?:ł|l)a? wiadomo(?:ść|sc) i j(?:ą|a) (?:odrzuci(?:ł|l)a?|usun(?:ął|al|ęła|ela))\b|"
                        # (German "Ergebnis: Die Nachricht wurde gelöscht und nicht zugestellt"; Japanese "送信は許可されません
                        # でした。メールは破棄されました" (sending was not permitted; the mail was discarded))
                        r"\bwurde gel(?:ö|oe)scht und nicht zugestellt\b|(?:送信|配信)(?:は|が)許可されませんでした|破棄されました|"
                        # (Japanese "承認されず、メールは削除しました" (not approved, the mail deleted), Korean "관리자가 승인을 거부하여"
                        # (the administrator refused the approval))
                        # (never the condition of a hold still running: "7日以内に承認されずに経過した場合は ... 破棄されます")
                        r"承認されず[、,]|承認されず(?:に)?削除されました|승인을 거부|"
                        # (French "a été examiné par l'administrateur de messagerie ... et a été refusé", Turkish "İleti, sistem
                        # yöneticisi tarafından incelendi ve reddedildi", Hebrew "מנהל המערכת בדק את ההודעה ודחה אותה" (checked the
                        # message and rejected it))
                        r"\bexamin(?:é|e)e? par l['’]administrateur\b(?:[^.]|\.(?=\w)){0,80}?\bet a (?:(?:é|e)t(?:é|e) )?"
                        r"(?:refus(?:é|e)e?|rejet(?:é|e)e?|supprim(?:é|e)e?)\b|\bincelendi ve (?:reddedildi|silindi)\b|"
                        r"(?:ודחה|ודחתה) (?:אותה|אותו)|"
                        # (Japanese "却下されました" (was rejected), Korean "반려되었습니다" (was returned / turned down), Chinese
                        # "审核未通过" (did not pass the review; never its condition, "如审核未通过"))
                        r"却下されました|반려되었습니다|반려 처리|반려하였습니다|반려했습니다|(?<!如)(?<!如果)(?:审核|審核)(?:未通过|未通過|不通过|不通過)|"
                        # (no release possible at all: "l'amministratore non può rilasciare il messaggio", "the administrator
                        # cannot release it")
                        r"\bnon pu(?:ò|o) rilasciar|\b(?:cannot|can't|can not) (?:be )?release|\bkann (?:sie |die nachricht )?nicht freigeb|"
                        r"\bne peut pas (?:(?:ê|e)tre )?lib(?:é|e)r|\bno (?:se )?puede liberar|\bn(?:ã|a)o (?:pode|podem) (?:ser )?liberad?")
_AWAITING_REVIEW = Lazy(r"\b(?:awaiting|pending|waiting for|wait(?:s|ing)? for) (?:an? )?(?:administrator'?s? |admin'?s? )?"
                        r"(?:review|release|approval)\b|"
                        # ("has been held for review because it contains an attachment ...": held until someone looks)
                        r"\b(?:held|quarantined|placed on hold) for (?:an? )?(?:administrator'?s? )?(?:review|approval)\b|"
                        # (MailMarshal's "has placed your message in a folder for review by an administrator ... The message
                        # will be delivered if it is approved")
                        r"\bin a (?:folder|queue) for (?:an? )?(?:administrator'?s? )?review\b|\bwill be delivered if (?:it is )?approved\b|"
                        # (a rule that stops a message until someone approves it: "The message contains an attachment type
                        # which requires administrator approval", said beside the quarantine it went to)
                        r"\brequires? (?:an? )?(?:administrator|admin|moderator)(?:'s)? approval\b|"
                        # (a hold only a person's release ends: "will not be delivered to the recipient's inbox unless it is
                        # released by an administrator")
                        r"\bwill not be delivered\b[^.]{0,40}\bunless (?:it is |it's )?released\b|"
                        # ("will not be delivered until an administrator reviews it", "has not been delivered yet", "An
                        # administrator at <domain> will review the message"; Japanese "管理者が確認するまで配信されません" (not
                        # delivered until the administrator has checked it))
                        r"\bwill not be delivered until\b(?:[^.]|\.(?=\w)){0,60}\b(?:reviews?|approves?|releases?|reviewed|approved|"
                        r"released)\b|\bhas not (?:yet )?been delivered yet\b|\bhas not yet been delivered\b|"
                        r"\badministrator\b(?:[^.]|\.(?=\w)){0,60}\bwill review\b|(?:確認|承認)(?:する|される)まで(?:配信|送信)されません|"
                        # ("has been held by a content examination policy and will be reviewed by an administrator")
                        r"\bwill be reviewed\b|"
                        # ("It will not be delivered unless an administrator releases it"; Dutch "Het bericht wordt pas afgeleverd
                        # nadat de ontvanger het heeft vrijgegeven"; Korean "관리자가 승인하면 수신자에게 전달됩니다" (delivered when the
                        # administrator approves))
                        r"\bunless (?:an? |the )?(?:administrator|admin|recipient|moderator) releases\b|"
                        r"\bpas (?:afgeleverd|bezorgd) (?:nadat|als|wanneer)\b|승인하면|"
                        # (Dutch "wacht op controle door de beheerder", "wordt afgeleverd zodra de beheerder het vrijgeeft")
                        r"\bwacht op (?:controle|beoordeling|goedkeuring|vrijgave)\b|"
                        # (Finnish "odottaa ylläpitäjän tarkistusta" (awaits the administrator's check))
                        r"\bodottaa (?:yll(?:ä|a)pit(?:ä|a)j(?:ä|a)n|j(?:ä|a)rjestelm(?:ä|a)nvalvojan) (?:tarkistusta|hyv(?:ä|a)ksynt(?:ä|a)(?:ä|a))\b|\bzodra de (?:beheerder|ontvanger) het vrijgeeft\b|"
                        # (Cisco's outbreak quarantine: "The message will be re-scanned and delivered automatically if it is
                        # found to be clean")
                        r"\bwill be (?:re-?scanned|released|delivered)(?: to the recipient)?(?: and (?:released|delivered))?(?: automatically)? "
                        r"(?:if|once|when|after|without further action)\b|"
                        # (a sandbox's analysis still running: "The attachment is being examined in a sandbox")
                        r"\bbeing (?:examined|analy[sz]ed|scanned|detonated) in a sandbox\b|"
                        # ("Delivery will resume automatically once the scan completes"; French "Le message sera remis
                        # automatiquement au destinataire si aucune menace n'est détectée", "en cours d'analyse")
                        r"\bdelivery will resume automatically\b|\bsera remis automatiquement\b|\ben cours d['’]analyse\b|"
                        # (German "Nach Abschluss der Prüfung wird die Nachricht automatisch zugestellt", Italian "verrà recapitato
                        # automaticamente", "once the check is complete the message will be delivered")
                        r"\bwird (?:die nachricht )?automatisch zugestellt\b|\bnach abschluss der pr(?:ü|ue)fung\b|"
                        r"\bverr(?:à|a) recapitat[oa] automaticamente\b|\bonce the (?:check|scan|analysis) (?:is )?complete\b|"
                        # (Spanish "se entregará automáticamente", Polish "zostanie automatycznie dostarczona")
                        r"\bse entregar(?:á|a) autom(?:á|a)ticamente\b|\bzostanie automatycznie dostarczon|"
                        # (Polish "nie została jeszcze doręczona ... Administrator zdecyduje", not delivered yet, the
                        # administrator will decide; "oczekuje na zatwierdzenie", awaits approval)
                        r"\bnie zosta(?:ł|l)a jeszcze (?:dor(?:ę|e)czona|dostarczona)\b|\badministrator zdecyduje\b|"
                        r"\boczekuje na (?:zatwierdzenie|decyzj(?:ę|e)|zwolnienie|weryfikacj(?:ę|e))\b|"
                        # (German "wurde zur Prüfung zurückgehalten": held back to be checked)
                        r"\bzur (?:ü|ue)?(?:berpr(?:ü|ue)fung|pr(?:ü|ue)fung) zur(?:ü|ue)ckgehalten\b|\bwarte(?:t|n) auf (?:die )?(?:freigabe|pr(?:ü|ue)fung)\b|"
                        # ("Die Nachricht wird vom Administrator des Empfängers geprüft. Wird sie freigegeben, erfolgt die Zustellung
                        # automatisch")
                        r"\bwird vom administrator (?:des empf(?:ä|ae)ngers )?gepr(?:ü|ue)ft\b|\berfolgt die zustellung automatisch\b|"
                        # ("Nach der Prüfung werden die Nachrichten zugestellt oder gelöscht", "wird erst nach der Prüfung
                        # zugestellt": delivered or deleted once checked)
                        r"\bnach der pr(?:ü|ue)fung werden (?:die nachrichten|die nachricht|die e-?mails?|sie) (?:zugestellt|freigegeben)\b|"
                        r"\berst nach (?:der|einer) pr(?:ü|ue)fung zugestellt\b|"
                        # ("muss vor der Zustellung von einem Administrator freigegeben werden. Sobald die Nachricht freigegeben
                        # ist, wird sie zugestellt": a release still to come)
                        r"\bmuss\b[^.]{0,60}\bvon (?:einem|der|dem) (?:administrator|admin)\w* freigegeben werden\b|"
                        # (a release still to come in more languages: Japanese "受信者が隔離を解除するまで配信は保留されます", Chinese
                        # "收件人或管理员审核通过后将被放行投递", "目前尚未投递", Indonesian "Pesan akan diteruskan apabila penerima atau
                        # administrator melepaskannya", Hebrew "ותימסר רק לאחר אישור מנהל", Turkish "serbest bırakırsa ileti teslim
                        # edilecektir", Spanish "Permanecerá retenido hasta que sea liberado", "será entregado si ... lo aprueba")
                        r"解除(?:する|される)まで|配信(?:は|が)保留|(?:审核|審核)通过后|放行(?:投递|投遞)|尚未(?:投递|投遞)|"
                        # (Japanese "受信者の管理者が内容を確認した後、配信または削除されます" (delivered or deleted after the
                        # administrator has checked it), "承認後に配信されます"; Vietnamese "Quản trị viên sẽ xem xét và quyết định"
                        # (the administrator will review and decide); Korean "관리자 승인 후 ... 전달됩니다", "승인 대기")
                        # (German "Sie wird nach Prüfung durch den Administrator des Empfängers zugestellt oder gelöscht"; Chinese
                        # "待收件方管理员审核后投递或删除" (delivered or deleted after the recipient's administrator has reviewed it))
                        r"\bnach (?:der )?pr(?:ü|ue)fung durch (?:den|einen|die) (?:administrator|admin)|(?:审核|審核)后(?:投递|投遞)|"
                        r"確認(?:した)?後[、,]?\s*(?:に)?配信|承認(?:した)?後[、,]?\s*(?:に)?(?:配信|送信)|承認待ち|"
                        r"\bqu(?:ả|a)n tr(?:ị|i) vi(?:ê|e)n s(?:ẽ|e) xem x(?:é|e)t\b|관리자 승인 후|승인 대기|"
                        r"\bakan diteruskan (?:apabila|jika|setelah)\b|\bmelepaskannya\b|רק לאחר אישור|"
                        r"\bserbest b(?:ı|i)rak(?:ı|i)rsa\b|\bhasta que (?:sea|se) liber|\bser(?:á|a) entregad[oa] si\b|"
                        r"\bsobald (?:die nachricht|die e-?mail|sie) freigegeben (?:ist|wird|wurde)\b|"
                        r"\ben attente (?:de|d'une) "
                        r"(?:validation|lib(?:é|e)ration|v(?:é|e)rification|approbation)\b|\besperando (?:la )?(?:revisi(?:ó|o)n|"
                        r"aprobaci(?:ó|o)n|liberaci(?:ó|o)n)\b|\bin attesa di (?:revisione|approvazione|rilascio)\b|"
                        r"\baguarda(?:ndo)? (?:a )?(?:revis(?:ã|a)o|aprova(?:ç|c)(?:ã|a)o|libera(?:ç|c)(?:ã|a)o)\b|"
                        r"\bwacht op (?:goedkeuring|vrijgave|beoordeling)\b|確認を待って|承認を待って|承認待ち|"
                        # (held back for review: Spanish "retenido para su revisión", Catalan "retingut per a revisió",
                        # Galician "retida para revisión")
                        r"\bretenid[oa] para (?:su )?revisi(?:ó|o)n\b|\bretingu(?:t|da) per a (?:la )?revisi(?:ó|o)\b|"
                        r"\bretid[oa] para (?:a )?revisi(?:ó|o)n\b|"
                        # (its release still to come: "If the administrator releases the message, it will be delivered",
                        # Catalan "Si l'administrador allibera el missatge", Spanish "Si el administrador libera el mensaje")
                        r"\bif (?:the|an|your|its) (?:administrator|admin|recipient) releases (?:the|your|this|it)\b|"
                        # ("held by the recipient's email security service for review by an administrator", "If the message is
                        # released, it will be delivered")
                        r"\bheld by\b[^.;]{0,60}\bfor (?:an? )?(?:administrator'?s? )?review\b|\bif the message is released\b|"
                        r"\bsi l['’]administrador (?:allibera|aprova)\b|\bsi el administrador (?:libera|aprueba)\b|"
                        # (languages.py ``_NOTICE_FINDINGS_9``'s holds: Croatian, Slovak, Romanian, Ukrainian, Russian, Hebrew,
                        # Persian, Arabic, Malay, Turkish)
                        r"\bradi pregleda\b|\bpregledat (?:ć|c)e\b|\b(?:č|c)ak(?:á|a) na (?:kontrolu|schv(?:á|a)lenie)\b|"
                        r"\b(?:î|i)n curs de analiz(?:ă|a)\b|\bочіку(?:є|ють) (?:на )?(?:перевірк|схвален)|\bожида(?:ет|ют) (?:проверки|одобрения)\b|"
                        r"(?:מחכה|ממתינה) ל(?:בדיקה|אישור)|در انتظار (?:بررسی|تأیید|تایید)|في انتظار (?:المراجعة|الموافقة)|"
                        r"\bmenunggu (?:semakan|kelulusan|pemeriksaan)\b|\b(?:onay|inceleme) bekliyor\b|"
                        # (kept in quarantine until someone looks: "will remain in quarantine until an administrator has
                        # reviewed it", Italian "resterà in quarantena finché un amministratore non lo avrà esaminato",
                        # French "restera en quarantaine jusqu'à ce que", Spanish / Portuguese "permanecerá en / em
                        # cuarentena / quarentena hasta que / até que", German "bleibt in der Quarantäne, bis")
                        r"\b(?:will )?remain (?:in quarantine|on hold|held) until\b|\brester(?:à|a) in quarantena finch(?:é|e)\b|"
                        r"\brestera en quarantaine jusqu['’](?:à|a)\b|\bpermanecer(?:á|a) en cuarentena hasta\b|"
                        r"\bpermanecer(?:á|a) em quarentena at(?:é|e)\b|\bbleibt (?:in der )?quarant(?:ä|ae)ne,? bis\b|"
                        # (Polish "pozostanie w kwarantannie do czasu, aż administrator ją sprawdzi", Dutch "blijft in quarantaine
                        # totdat een beheerder")
                        r"\bpozostanie w kwarantannie (?:do czasu|dop(?:ó|o)ki|a(?:ż|z))\b|\bblijft in (?:de )?quarantaine (?:tot|totdat)\b|"
                        # (Greek "κρατείται ... σε καραντίνα και αναμένει έλεγχο από τον διαχειριστή": held, awaiting review)
                        r"αναμένει (?:έλεγχο|έγκριση|αποδέσμευση)|"
                        # (an outbound data-loss-prevention hold: "has NOT yet been sent. A compliance administrator will
                        # review the message")
                        r"\b(?:compliance |security |an? )?(?:administrator|admin|moderator|officer|reviewer) will review\b|"
                        r"\bhas not yet been (?:sent|delivered|released)\b|"
                        r"\bin attesa di verifica\b|\b(?:wird|werden) (?:vom|von einem|durch den) (?:administrator|admin)\w* "
                        r"gepr(?:ü|ue)ft\b|"
                        # (the one who may release it named: "The recipient can release the message from the quarantine",
                        # German "Der Empfänger kann die Nachricht über das Control Panel freigeben", French "peut libérer
                        # le message", Spanish "puede liberar el mensaje")
                        r"\b(?:can|may) (?:release|deliver) (?:the|this|your) (?:message|e-?mail)\b|\b(?:can|may) (?:release|deliver) it\b|"
                        # (a quarantine that ends in its deletion unless someone releases it first: "Messages in quarantine are
                        # deleted after 30 days unless released"; Spanish "el administrador puede liberarlo")
                        r"\bafter \d+ days unless (?:it is |they are )?released\b|\bpuede liberarlo\b|\b(?:message|e-?mail) (?:is |was )?held for (?:review|approval)\b|\bkann (?:die|diese|ihre) (?:nachricht|e-?mail)\b"
                        r"[^.]{0,40}\bfreigeben\b|\bpeut (?:lib(?:é|e)rer|d(?:é|e)bloquer) (?:le|ce|votre) message\b|"
                        r"\bpuede liberar (?:el|este|su) (?:mensaje|correo)\b|"
                        # (Dutch "De ontvanger of beheerder kan het bericht vrijgeven", Italian "può rilasciare il messaggio",
                        # Portuguese "pode liberar a mensagem")
                        r"\b(?:kan|kunnen) (?:het|dit|uw) (?:bericht|e-?mail) vrijgeven\b|\bpu(?:ò|o) rilasciare (?:il|questo|il suo) messaggio\b|"
                        r"\bpode (?:liberar|libertar) (?:a|esta|sua) mensagem\b|"
                        # (a release still to come, in German: "Ein Administrator entscheidet über die Freigabe", "wird zugestellt,
                        # falls sie ... vom Administrator freigegeben wird", "wird erneut geprüft und zugestellt, falls ...")
                        r"\b(?:ein|der|die) (?:administrator|admin|empf(?:ä|ae)nger)\w* entscheid(?:et|en) (?:ü|ue)ber (?:die |ihre )?freigabe\b|"
                        r"\b(?:vom|von einem|von der|durch den) (?:administrator|admin|empf(?:ä|ae)nger)\w* freigegeben wird\b|"
                        r"\bwird erneut gepr(?:ü|ue)ft und (?:ggf\. |gegebenenfalls )?zugestellt\b|"
                        # (its release still to come in the Nordic languages and Hungarian: Swedish "Om meddelandet släpps
                        # levereras det", Danish "afventer godkendelse af en administrator", "Hvis meddelelsen frigives",
                        # Norwegian "til en administrator har gjennomgått den", Hungarian "kiengedheti az üzenetet"; English "an
                        # administrator has to approve its release")
                        r"\bom (?:meddelandet|e-?postmeddelandet|e-?brevet) sl(?:ä|a)pps\b|\bafventer (?:godkendelse|gennemgang|frigivelse)\b|"
                        r"\bhvis (?:meddelelsen|e-?mailen) frigives\b|\btil en administrator har gjennomg(?:å|a)tt\b|"
                        r"\bkiengedheti\b|\b(?:has|needs) to approve (?:its|the|the message's) release\b|"
                        # (Greek "μπορεί να αποδεσμεύσει το μήνυμα", "Εάν αποδεσμευτεί, θα παραδοθεί")
                        r"μπορε(?:ί|ι) να αποδεσμε(?:ύ|υ)σει|ε(?:ά|α)ν αποδεσμευτε(?:ί|ι)|"
                        # (Lithuanian "Gavėjas arba administratorius gali išleisti laišką", Croatian "može osloboditi poruku",
                        # "Nakon oslobađanja", Thai "สามารถปล่อยข้อความ" (can release the message), Malay "Jika dilepaskan, mesej akan
                        # dihantar")
                        r"\bgali i(?:š|s)leisti\b|\bmo(?:ž|z)e osloboditi\b|\bnakon oslobađanja\b|สามารถปล่อย|\bjika dilepaskan\b|"
                        # (Spanish "está pendiente de revisión por el equipo de cumplimiento. Si se aprueba, se entregará")
                        r"\bpendiente de (?:revisi(?:ó|o)n|aprobaci(?:ó|o)n)\b|\bsi se aprueba\b")
# (plain substrings, looked for without a pattern: most texts hold none of them)
_QUARANTINE = ("quarant", "隔離", "隔离", "cuarentena", " held ", "ckgehalten", "retenu", "retenid", "trattenut", "retid", "vastgehouden", "καραντίνα",
               "κρατείται", "karant", "kwarant", "карантин", "carantin", "zadržan", "zadrzan", "הסגר", "قرنطینه", "kuarantin",
               "cách ly")
# what a record whose words could not be read comes to
_UNREAD = frozenset({"on_hold", "undefined"})


def decide_record(rec, *, context: bool = True) -> str:
    """``decide`` for one detector record (``filter.core.detectors.base.Record``); without its
    ``context`` when only the record's own words count."""
    return decide(status=rec.status, diagnostic=rec.diagnostic, command=rec.command, action=rec.action,
                  diag_type=rec.diag_type, context=rec.context if context else None)


def names_a_cause(rec, *, context: bool = True) -> bool:
    """The record's words or codes say why delivery failed (``decide_record`` reads neither
    ``on_hold`` nor ``undefined``)."""
    return decide_record(rec, context=context) not in _UNREAD
# Postfix's words for a delivery program's exit status 77 (EX_NOPERM) and what the program printed
_FILTER_REFUSAL = Lazy(r"permission denied\.? command output: (.{4,})$")
# reasons too general to stand against a report that says the sender's MTA stopped retrying (so
# is one that only a vague code's fallback gave)
_GAVE_UP_OVER = frozenset({"network_error", "on_hold", "undefined"})
# ... and, when the server's own answer was temporary (4xx), a rate limit or greylisting it kept giving
# until the sending MTA stopped retrying (Exim "451 4.7.1 Greylisted ...: retry timeout exceeded"): the
# report is final because the queue lifetime ran out, not because the server refused for good (a
# Postfix report that only repeats the answer, "Action: failed" with its 4.X.X status, keeps the
# answer's meaning: the reply's words are the cause the sender can act on); the server's reply code
# says the answer was temporary where the reporting MTA put its own generic 5.0.0 in the Status
# (Exim's DSN, rule 12)
_GAVE_UP_OVER_TEMPORARY = frozenset({"rate_limited"})
# greylisting named (RFC 6647): its English spellings and the tables' words for "grey list" (knowledge/languages.py
# ``GREY_LIST``: German "Graue Liste", Spanish "lista gris", Turkish "gri liste", Japanese "グレーリスト", ...)
_GREYLISTED = Lazy(r"\b(?:grey|gray)-?list|" + GREY_LIST)
# a word every match of ``_GREYLISTED`` holds (a substring test first)
_GREYLIST_WORDS = ("list", "liste", "lista", "lijst", "спис", "グレーリスト", "λίστα")
# a provider code of the "IB" + three digits form (GoDaddy's table in knowledge/providers.py; Telstra's use the same form)
_SHARED_IB_CODE = Lazy(r"\bib\d{3}\b")
# the site's own failures an Exchange 5.5 NDR's words may name before its closing IMS code, and the reason each is
_SITE_FAILURES = {"destination_system": "host_unknown", "host_unknown": "host_unknown", "network_error": "network_error",
                  "system_error": "system_error"}


def _held(f: _Facts) -> bool:
    """The words say the message is held or quarantined (the hold's phrases, or a quarantine's word in any language)."""
    return f.says("on_hold") or any(map(f.text.__contains__, _QUARANTINE))


# a sending service's own list named as where the address was put now, after the failure it reports (English, Portuguese,
# French, Spanish, Italian, German, Dutch, Polish)
_ADDED_TO_THE_LIST = Lazy(r"\b(?:added|adicionad[oa]|inclu[íi]d[oa]|ajout(?:é|e)e?|plac(?:é|e)e?|a(?:ñ|n)adid[oa]|agregad[oa]|"
                          r"colocad[oa]|aggiunt[oa]|inserit[oa]|eingetragen|"
                          r"hinzugef(?:ü|ue)gt|aufgenommen|toegevoegd|dodan[ya])\b[^.;]{0,50}\b(?:suppression|supress(?:ã|a)o|"
                          r"supresi(?:ó|o)n|soppressione|unterdr(?:ü|ue)ckungsliste|suppressielijst|exclusi(?:ó|o)n|exclusion|"
                          r"sperrliste|blokkeerlijst|wyklucze(?:ń|n)|block ?list|do[- ]not[- ]send)")


# the agent that holds a mailbox locked for now, in the languages its servers answer in
_ANOTHER_PROCESS = Lazy(r"\b(?:by|por|par|da|przez|durch|door|av|af) (?:another|a different|otro|outro|un autre|un altro|inny|"
                       r"einen anderen|een ander|en annan|en anden) (?:process|session|proceso|processo|processus|proces|prozess|"
                       r"sessione|sesi(?:ó|o)n|sess(?:ã|a)o)\b")


# the causes a notice may name besides the list it put the address on
_CAUSES_BESIDES = tuple(r for r in FIRST + SECOND if r != "suppressed")


def _added_after_a_cause(text: str, scan: Scan) -> bool:
    """The words say the sending service added the address to its list now, and name the failure that made it do so ("550
    5.1.1 User unknown ... added to your suppression list"): the list is the failure's consequence; said alone ("The address
    has been added to your suppression list") the list is all the notice says."""
    return _ADDED_TO_THE_LIST.search(text) is not None and any(map(scan.says, _CAUSES_BESIDES))


def _says_besides(f: _Facts, reason: str) -> bool:
    """The words say ``reason`` besides the recipient's own: a sending service's list the address was added to after this
    failure is its consequence, no other cause."""
    return f.says(reason) and not (reason == "suppressed" and _added_after_a_cause(f.text, f.scan))


def _held_in(context: str) -> bool:
    """The report's words above the recipient say the message was quarantined (a quarantine's word: not a queue's "held in
    our queue", a delay's)."""
    low = context.lower()
    return any(w in low for w in _QUARANTINE if w != " held ")


def _gave_up(f: _Facts) -> bool:
    """A final failure whose cause was temporary: a server never reached, or the report's own
    words say the MTA retried until its queue lifetime ran out (Exim's "retry timeout exceeded")."""
    if f.status_class != "5" and (f.says("connect_failure") or matches("connect_failure", f.context)):
        return True
    # (or its status says so: RFC 3463 X.4.7 "delivery time expired", beside the last answer it quotes)
    return f.spec == "expired" or f.says("expired") or matches("expired", f.context)


def _rejected_by_way_of(f: _Facts) -> bool:
    """``_first_matches`` may pass for "rejected" without its words: where the code or the words name a domain that is unknown
    or takes no mail (our sender's domain named beside them, or said at MAIL FROM).

    For every other reason of FIRST it passes only where the code names the reason (``f.spec``) or the words say it
    (``f.says``, worked out once per text and reason), so ``_decide``'s loop asks ``_first_matches`` of those alone: most
    records' words say one or two of FIRST's nineteen reasons, and each test spared is a dozen steps."""
    return f.spec in ("host_unknown", "not_accept") or f.says("host_unknown") or f.says("not_accept")


def _decide(f: _Facts) -> str:
    spec = f.spec
    if f.says("destination_system") or f.context and matches("destination_system", f.folded_context()):
        # Exchange 2000-2003's "The destination e-mail system for the recipient is unknown or invalid" (#5.4.0), in any of its
        # languages: the recipient's domain, never "the recipient is unknown" read inside it
        # (or said by the report above its list: Post.Office's "the destination computer was not found" over "The following
        # destination addresses were unknown": the list's heading names no other cause)
        return "host_unknown"
    if spec in _BEFORE and f.scan.says_none_of(_BEFORE[spec]):
        # nothing in the words speaks of a reason that would outrank the code: it decides
        # (the common case, worked out with one pass instead of a dozen)
        if _first_matches(spec, f):
            if f.command == "MAIL":
                return "rejected" if spec in _OURS_AT_MAIL else _AT_MAIL.get(spec, spec)
            return spec
    if f.status_class == "4" and any(map(f.text.__contains__, _GREYLIST_WORDS)) and _GREYLISTED.search(f.text):
        # greylisting (RFC 6647) names its mechanism: a first attempt deferred for a time, whatever product does it ("451 4.7.1
        # Greylisted by anti-spam gateway, please retry later": no verdict on the content)
        return "rate_limited"
    if f.says("sender_limit") and not (spec in ("suspended", "filtered") and f.says("suspended")):
        # the sender's own quota or rate, not the recipient's mailbox (unless code and words say the recipient's mailbox was
        # suspended for it: "550 5.2.1 La casella del destinatario è stata sospesa ... per aver superato il limite di invio")
        return "rate_limited"
    if f.says("invalid_recipients"):
        # refused for the unknown recipients we sent to: a block of the sender, unless the server
        # says besides that this recipient is one of them ("550 5.1.1 No such user (threshold of
        # unknown users reached)": the count is an aside)
        rest = _INVALID_RECIPIENTS.sub(" ", f.text)
        if f.command != "MAIL" and matches("user_unknown", rest):
            return "user_unknown"
        return "blocked"
    if f.says("content_listed"):
        return "spam_detected"  # a block list named a link in the content, not our host
    if f.status_class == "4" and f.says("filter_failed"):
        return "system_error"  # the site's own filter or scanner failed for now: no verdict on the message
    # (the hold may be said in the report's words before the recipient, its review still to come beside it: "Your message is
    # being held for attachment analysis. Recipient: x@ ... The attachment is being examined in a sandbox")
    # (or the review still to come said there, above the recipient's line: "下記のメールは ... 隔離されました。受信者の管理者が内容を
    # 確認した後、配信または削除されます。受信者: x@ 隔離理由: 迷惑メールの疑い": the quarantine's reason below it is why it was held)
    # (the cheap tests first: the review's long alternation is searched only where a hold is said)
    if ((_held(f) or bool(f.context) and matches("on_hold", f.context)) and _AWAITING_REVIEW.search(f.text)
            or bool(f.context) and _held_in(f.context) and _AWAITING_REVIEW.search(own := f.folded_context())
            and not _RELEASE_REFUSED.search(own)) \
            and not f.release_refused():
        # a message quarantined or held and awaiting an administrator's review or release ("placed on hold by the
        # recipient organization's content policy and is awaiting review", "messo in quarantena ... in attesa di
        # revisione"): held, whatever rule or score put it there - it may still be delivered
        return "on_hold"
    for reason in FIRST:
        if reason != spec and not f.says(reason) and not (reason == "rejected" and _rejected_by_way_of(f)):
            continue  # (``_first_matches`` would say no: only the reasons it can pass for are asked, ``_rejected_by_way_of``)
        if _first_matches(reason, f):
            if reason in _OURS_AT_MAIL and (f.command == "MAIL" or not f.command and "sender address rejected:" in f.text):
                # the server did not know *our* address or domain, or suspended our account (or said so under Postfix's
                # heading of a refusal at MAIL FROM, "<news@ours>: Sender address rejected: Account disabled", smtpd_check.c,
                # where the report names no stage)
                return "rejected"
            if f.command == "MAIL":
                return _AT_MAIL.get(reason, reason)  # our quota, not a recipient's mailbox
            return reason
    if f.says("spam_generic"):
        # a refusal named only by the filter that made it: a cause the words name besides decides
        # ("prohibited attachment type" is the site's policy), else the filter judged it spam
        # (and a temporary one whose words name the scanner's own failure, "451 4.7.1 Content rejected
        # temporarily: content scanner unavailable", the system's state)
        causes = ("policy_violation", "content_error", "attachment_type") + (("system_error",) if f.status_class == "4" else ())
        return next((_AS.get(r, r) for r in causes if f.says(r)), "spam_detected")
    if f.says("rejected_weak"):
        # Exim's "Administrative prohibition": the site's refusal of us, unless the words name its cause
        return next((_AS.get(r, r) for r in _BLOCK_CAUSES if f.says(r)), "rejected")
    if f.says("blocked_weak"):
        # a refusal named only by the product or our IP: of our side; a block's cause the words name
        # still decides ("blocked by our Spam Firewall ... Reason: Attachment Content Filter (blocked
        # file type)" is the site's attachment policy); a message the product says it holds is held, its name no refusal
        # ("Your message was quarantined by Barracuda Email Security Service")
        if _held(f) and not f.release_refused():
            return "on_hold"
        return next((_AS.get(r, r) for r in _BLOCK_CAUSES if f.says(r)), "blocked")
    for reason in SECOND:
        if reason == "on_hold" and f.says("on_hold") and f.release_refused():
            continue  # (the hold is over: its release refused, the message deleted undelivered; only asked of a hold said)
        if reason == "policy_violation" and f.says("on_hold") and _AWAITING_REVIEW.search(f.text) and not f.release_refused():
            # held by a policy for someone's review still to come ("has been held by a content examination policy and will be
            # reviewed by an administrator"): the hold is the state, the policy only the rule that held it - nothing refused yet
            continue
        if reason == "policy_violation" and f.says("failed_starttls"):
            # "TLS is required for this domain by local policy ... TLS negotiation failed": the policy is one of
            # encryption, and the handshake is what failed
            continue
        if reason == "expired" and f.action == "delayed" and (f.says("network_error") or f.says("connect_failure")
                                                              or (f.spec or f.fallback) in ("network_error", "system_error")):
            # a warning's retry schedule ("will keep trying until ...", Sendmail's "message still undelivered
            # after 4 hours") is no cause: the network is, or the server's specific code ("451 4.3.0
            # Temporary failure": the mail system)
            continue
        if f.says(reason):
            if reason == "attachment_type" and f.context and matches("virus_detected", f.folded_context()):
                # an attachment named only by its file name ("Attachment: your_document.pif"), below the notice's words that
                # it carried a virus: the finding is the cause, the name the weakest of words
                return "virus_detected"
            return _AS.get(reason, reason)
    if _held(f) and f.release_refused():
        # a held message whose release the recipient's side refused, no other cause named: its policy refused it
        return "policy_violation"
    if f.says("user_unknown_weak") and not _unverified(f):
        # (a temporary answer with them, "450 4.2.1 Mailbox currently unavailable, try again later",
        # refuses for now: nothing says the mailbox is missing; nor does a policy status, X.7.Y, "550
        # 5.7.1 Recipient refused": RFC 3463 says the sender is not authorized, by a per-host or
        # per-recipient filter; Postfix answers every recipient restriction, an access table's REJECT
        # "Access denied" too, "<addr>: Recipient address rejected: <text>" (smtpd_check.c): beside
        # such a status the prefix is no statement about the mailbox, only its text would be)
        # (nor a mailbox-status code, X.2.Y: RFC 3463 section 3.3 says the mailbox exists, "550 5.2.1
        # <jo@...>: Recipient address rejected: <the administrator's words>")
        if f.command == "RCPT" and f.status_class != "4" and not f.policy_status and not f.mailbox_status \
                or f.spec == "user_unknown":
            return "user_unknown"
        if f.command == "DATA":
            return "filtered"
    if f.says("access_denied"):
        if f.command in ("MAIL", "DATA"):
            return "rejected"
        if f.command in _CONNECT_STAGE:
            return "blocked"
    if f.spec == "filtered" and f.mailbox_status and f.context and matches("suspended", f.folded_context()) \
            and not any(map(f.says, FIRST + SECOND)):
        # X.2.1 ("mailbox disabled, not accepting messages", RFC 3463) read alone, its server's words naming nothing, below the
        # report's own words that the account is disabled or lapsed ("The user's account has expired and is pending renewal of
        # the subscriber's plan"): the words say which of the code's readings it is
        return "suspended"
    if f.spec and not (f.spec == "user_unknown" and _unverified(f)):
        return f.spec
    if f.says("expired") or f.says("connect_failure"):
        if f.action == "delayed" and f.fallback in ("network_error", "system_error"):
            # a warning's retry words beside the server's code of the network or the mail system
            # ("451 4.4.1 reply: read error", "451 4.3.0 Temporary failure"): the code's reading
            return f.fallback
        return "expired" if f.action != "delayed" or f.says("expired") else "network_error"
    if f.says("security_error"):
        return "security_error"
    if f.command in _CONNECT_STAGE and f.text:
        # refused before any recipient was named: the refusal is of the sender (Gmail's "421-4.7.0 Try
        # again later, closing connection." after EHLO is its DoS protection against our host)
        return "blocked"
    if f.command == "MAIL" and f.text:
        if f.status_class == "4" and _ONLY_LATER.search(f.text) and not _A_CAUSE.search(f.text):
            # "421 Requested action aborted: try again later" at MAIL FROM: held back for now (as a
            # greylisting 4.7.x that says only that), nothing said against our address
            return "rate_limited"
        return "rejected"  # refused at MAIL FROM: the refusal is of our address
    if f.fallback:
        return f.fallback
    if f.context and (matches("expired", f.context) or matches("connect_failure", f.context)):
        return "expired"
    if f.action == "delayed":
        return "expired"
    if f.context and (_RELEASE_REFUSED.search(context := f.folded_context()) or f.release_refused()) \
            and (_held_in(context) or matches("on_hold", context) or _held(f)):
        # the report's words above the recipient say the message was held and its review ended in a refusal ("your message was
        # held for review by the 'External bulk mail' policy. An administrator has now reviewed the message and DELETED it"),
        # or the one said above, the other beside the recipient (Korean "관리자 승인 대기 중이었으나, 관리자가 승인을 거부하여
        # 수신자(x@)에게 전달되지 않고 삭제되었습니다"): the receiving side's policy refused it, as for a refused release said beside
        # the recipient (above)
        return "policy_violation"
    if f.text and f.release_refused():
        # a review's refusal said with no hold word the tables read ("管理者による確認の結果、承認されず削除されました": after the
        # administrator's check, not approved and deleted): the receiving side's policy refused it
        return "policy_violation"
    return "on_hold" if f.text else "undefined"


_CODE_AT_START = Lazy(r"^([245])\d\d\b")
# a local delivery program's exit status ahead of its words (sysexits.h: 64-78)
_EXIT_STATUS = Lazy(r"(6[4-9]|7[0-8])\s+")
# a program's lookup of someone or something other than the recipient ("sender <x>: no such user",
# getpwnam("spamd") failed, an agent in its own directory): its own failure, not the mailbox
_SOMEONE_ELSE = Lazy(r"\bsender\b[^.;]{0,40}(?:no such user|unknown)|getpw\w*\(|"
                     r"(?:create|open|chdir|access)[^.;]{0,30}\bdirectory\b|\bconfig(?:uration)? (?:file|error)|"
                     r"\bagent directory\b")
# a local program's own failure to write ("procmail: Couldn't create ...", sysexits.h's EX_CANTCREAT)
_PROGRAM_FAILED = Lazy(r"(?:couldn'?t|can'?t|cannot|unable to) (?:create|open|write)")
# a mail loop found, in the words the phrase table gives one (``patterns.MAIL_LOOP``)
_LOOP = Lazy("|".join(f"(?:{p})" for p in patterns.MAIL_LOOP))


def _first_code(text: str) -> str | None:
    m = _CODE_AT_START.match(text)
    return m.group(1) if m else None


# a line of the report that only restates the returned message ("Subject: ...", "Original subject:
# ...", "Sent: ...", "> quoted"): its words are the sender's, never the cause (step 8)
_RESTATED_LINE = Lazy(r"(?i)^\s*(?:[>|]|(?:(?:original|your|the) )?(?:" + smtptext.SUBJECT_LABELS + r"|sent|date|from|to|cc|"
                      r"message-id|gesendet|datum|von|an|envoy[ée]|enviado|inviato|verzonden|wys[łl]ano|отправлено)\s*[:：])")


def without_restated(text: str) -> list[str]:
    """The lines of a report's text that do not restate the returned message (``_RESTATED_LINE``):
    what its own words say (step 8; the read receipts of ``detectors/mdn.py``)."""
    return [ln for ln in text.splitlines() if not _RESTATED_LINE.match(ln)]


def _report_words(context: str) -> str:
    """The report's own lines of a context, without those that restate the returned message, and
    without the sentences that name an address: words about a named address ("the address jo@...
    no longer exists") are about that one, not about every recipient of the report."""
    if not any(c in context for c in "\n:：>@"):
        return context
    lines = without_restated(context)
    if "@" in context:
        lines = [sentence for ln in lines for sentence in _SENTENCE_SPLIT.split(ln) if "@" not in sentence]
    return "\n".join(lines)


_SENTENCE_SPLIT = Lazy(r"(?<=[.;!?。；！？])\s+")


def _unverified(f: _Facts) -> bool:
    """A temporary refusal of an address not verified yet, whose words say no more (no "user unknown")."""
    return f.status_class == "4" and _UNVERIFIED.search(f.text) is not None and not f.says("user_unknown")


_QUOTA_WORDS = Lazy(r"\b(?:full|quota|size|storage|space|capacity|exceed(?:s|ed)?|limit)\b")
# ... of the space a mailbox has (a rate's "limit exceeded" is none of them)
# (and the messages counted in the mailbox: "Too many messages in mailbox (limit 10000)", "mailbox has too many messages", German
# "Postfach enthält zu viele Nachrichten")
_STORE_WORDS = Lazy(r"\b(?:full|quota|size|storage|stored|space|capacity|room)\b|\bmessages (?:in|on) (?:the |this |your )?mail ?box\b|"
                    r"\bmail ?box (?:has|contains|holds) too many\b|\benth(?:ä|ae|a)lt zu viele\b")
# words of a mailbox's own store, beside words of a size
_MAILBOX_WORDS = Lazy(r"\b(?:full|quota|storage|space|capacity|mailbox|mail ?box|disk|account|folder|inbox|user|bytes free)\b")


def _first_matches(reason: str, f: _Facts) -> bool:
    spec, command = f.spec, f.command
    if reason == "suspended" and f.says(reason) and _ANOTHER_PROCESS.search(f.text):
        # a mailbox locked by another process for the moment ("Caixa postal bloqueada por outro processo", "Skrzynka zablokowana
        # przez inny proces", "Casella di posta bloccata da un altro processo"): the receiving system's state, never an account
        # its owner's provider switched off
        return False
    if reason == "suppressed" and f.says(reason) and _added_after_a_cause(f.text, f.scan):
        # a sending service's notice that it put the address on its list after this failure ("550 5.1.1 User unknown ...
        # O endereço foi adicionado à sua lista de supressão"): the list is the failure's consequence, the reply its cause
        return False
    if reason == "mailbox_full" and spec == reason and not f.says(reason) and f.says("user_unknown") \
            and not _QUOTA_WORDS.search(f.text):
        # "552 5.2.2 <jo@...>: No such user": no word of a quota, the words say the mailbox does not
        # exist (issue 8 family 3: an unrelated code does not outrank explicit words); "Mailbox of
        # unknown size is full" speaks of the quota
        return False
    if reason == "mailbox_full" and spec == reason and f.says("rate_limited") and not _STORE_WORDS.search(f.text):
        # "550 5.2.2 ... Recipient's mailbox is receiving too many messages right now (receive rate limit exceeded)": words of a
        # rate and none of a quota or of storage; the mailbox is not full, it takes no more for now
        return False
    if reason == "mailbox_full" and spec == reason and not f.says(reason) and f.says("message_too_large") \
            and not _MAILBOX_WORDS.search(f.text):
        # "552 5.2.2 Message size exceeds maximum permitted": words of the message's size and none of
        # a mailbox, its quota or its storage (RFC 5321 4.2.3: 552 is both a full mailbox and a size
        # limit; the words say which)
        return False
    if reason == "mailbox_full" and spec == "message_too_large" and f.says("message_too_large"):
        # words that offer both ("This message is larger than the current system limit or the recipient's
        # mailbox is full", Exchange 2000/2003 under #5.3.4 and #5.2.2 alike): the code says which it was
        # (RFC 3463 X.3.4 "message too big for system", X.2.3 "message length exceeds administrative limit")
        return False
    if reason == "message_too_large" and spec == reason and not f.says(reason) and f.says("content_error") \
            and not _QUOTA_WORDS.search(f.text):
        # ezmlm-reject answers every refusal with #5.2.3: "I don't accept messages of MIME Content-Type
        # 'text/html' (#5.2.3)" refuses the content's type, no size
        return False
    if spec == "rejected" and reason in _SENDER_RESTATED:
        return False  # the code says the unknown or disabled address is the sender's
    if reason == "user_unknown":
        if spec == "host_unknown" and f.says("host_unknown"):
            # a "bad destination system" code (X.1.2) whose words name the domain too ("550 5.1.2 Bad
            # destination system address", "mail domain mentioned in email address is unknown"): the
            # unknown thing is the domain, whatever word for an address stands beside it
            return False
        if _unverified(f):
            return False  # not verified yet, with a temporary code: nothing said of the mailbox
        if f.status_class == "4" and (_TRY_LATER.search(f.text) or _TRY_LATER_LOCAL.search(f.text)):
            # "451 4.3.0 Temporary failure: address lookup in domain map failed": a lookup that failed
            # this time, said to be temporary, has not found the mailbox missing
            return False
        if spec == "user_unknown" or spec == "not_accept" and f.says(reason):
            # an addressing status (X.1.x): the words decide only if they point elsewhere (a product
            # or an IP named, ``blocked_weak``, only when no words say the user is unknown)
            explicit = f.says("user_unknown")
            return not any(_says_besides(f, other) for other in _NOT_USER if not (explicit and other == "blocked_weak"))
        # words that say the mailbox does not exist mean it at any stage (step 5), unless other
        # words say the mailbox exists or the refusal is of the sender
        # (a mailbox disabled for good says no mailbox is kept: "Casella disattivata definitivamente")
        return f.says("user_unknown") and not any(_says_besides(f, other) for other in _MAILBOX_EXISTS
                                                  if other != "suspended" or not _for_good(f.text))
    if reason == "filtered":
        if spec == "filtered":
            return f.says("user_unknown") or f.says("filtered")
        if command == "MAIL" or command in _CONNECT_STAGE:
            return False  # before any recipient was named, a refusal is not a recipient's filter
        # "the recipient rejected your message because your IP has poor reputation": the words
        # name a cause on the sender's side, "recipient ... rejected" is only the verb
        # (nor is a refusal by the domain's or organisation's own policy a person's filter: "Rejected by
        # domain policy" is ``policy_violation``)
        if not f.says("filtered") or _ORGANISATION_POLICY.search(f.text):
            return False
        sender_side = [r for r in _SENDER_SIDE if f.says(r)]
        if not sender_side:
            return True
        # "blacklist" in "the recipient's blacklist" is the person's list, not one of our IP: without
        # those words nothing else may name a block of our side ("... and your IP is on Spamhaus")
        # (a refusal's heading before it, "Sender denied: sender is in the recipient's blacklist", names the sender only as
        # the one the person's list holds)
        if set(sender_side) <= {"blocked", "rejected"} and _OWN_LIST.search(f.text) is not None:
            rest = _OWN_LIST.sub(" ", f.text)
            return not matches("blocked", rest) and (
                "rejected" not in sender_side or not matches("rejected", _SENDER_HEADING.sub(" ", rest)))
        return False
    if reason == "rejected":
        if spec == "rejected":
            # (unless the words name the sending host held and say nothing against our address)
            return f.says("rejected") or not any(f.says(r) for r in _HOST_HELD)
        if (spec == "host_unknown" or f.says("not_accept") or f.says("host_unknown")) \
                and _SENDER_DOMAIN.search(f.text):
            # "554 5.1.2 Sender domain does not accept mail", "Your domain shop.example has no MX": a "bad
            # destination system" status about *our* domain (RFC 3463 X.1.8's case, sent with X.1.2)
            return True
        if f.says("auth_required"):
            return False  # "you are not authorized to send mail, authentication is required": log in
        if command == "MAIL":
            return f.says("rejected") or f.says("host_unknown")
        if command == "DATA" and spec != "user_unknown":
            return f.says("rejected")
        # words about our own address outrank a "user unknown" or "bad destination system" code: it is
        # the sender (or the sender's domain) that is unknown ("550 5.1.2 Domain of sender address
        # does not resolve"); so do they a queue timeout's code, the reporting MTA's summary of the
        # server's temporary answers ("4.4.7 ... 451 Message temporarily deferred due to unresolvable
        # RFC.5321 from domain": it was our domain the server kept deferring)
        return spec in (None, "on_hold", "security_error", "system_error", "user_unknown",
                        "host_unknown", "expired") and f.says("rejected")
    if reason == "no_relaying" and spec != "no_relaying" and _LOG_IN_FIRST.search(f.text):
        return False  # the reply's own remedy is to log in: the missing login is the cause
    if reason == "suspended" and spec != "suspended" and f.says("has_moved"):
        # a mailbox closed beside its new address ("Mailbox has been discontinued, the company moved to a new domain. New
        # address: <x>"): the address moved (RFC 3463 X.1.6), the closing is how
        return False
    if reason == "suspended" and spec == "user_unknown" and f.says("user_unknown"):
        # the code and the words both say the mailbox is missing, beside words that it was switched off ("550 5.1.1 mailbox
        # uitgeschakeld, gebruiker bestaat niet meer": disabled, the user no longer exists): switched off and gone
        return False
    if reason == "suspended" and spec != "suspended" and _for_good(f.text) and f.says("user_unknown"):
        # an account disabled or closed for good ("Casella disattivata definitivamente", "deactivated permanently") is
        # no account kept for later: gone, ``user_unknown``, where words say so (a mailbox said only to be disabled, its
        # person gone, "550 5.2.1 Postfach deaktiviert (Mitarbeiter ausgeschieden)", is still a disabled mailbox: no code's
        # other reading, X.2.1's ``filtered``, outranks the words)
        return False
    if reason == "suspended" and spec != "suspended" and command != "MAIL" and (
            any(f.says(r) for r in _NOT_SUSPENDED) or _says_login(f.text)):
        # "Authentication failed: user relay01 is disabled", "Relay access denied: user mailer expired":
        # an account named beside words of a failed login or a relay refusal is ours, not the recipient's
        # (at MAIL FROM a suspended account is ours anyway: ``rejected``, step 5)
        return False
    if reason == "host_unknown":
        if spec == "host_unknown":
            # ... nor does a final bounce after the retries ran out, sent with 5.1.2 (Haraka's "Too many
            # failures (Tried all MXs)"), unless its words say the domain is unknown
            # (nor one beside a local program's failure, unless its words say the domain is unknown: qmail's "/bin/sh: ... syntax
            # error ... (#5.4.4)", the command a .qmail file runs broken, no route lost)
            return not any(f.says(r) for r in _NOT_DOMAIN) and not ((f.says("expired") or f.says("mailer_error"))
                                                                    and not f.says(reason))
        # a temporary (4xx) or retryable DNS failure does not prove the domain is gone, nor does a
        # "host not found" beside a cause on the sender's side (our HELO name, our IP on a list)
        return (command != "MAIL" and f.says(reason) and not _TEMPORARY_DNS.search(f.text)
                and spec != "network_error" and f.status_class != "4"
                and not any(f.says(r) for r in _NOT_DOMAIN))
    return spec == reason or f.says(reason)


# -- provider codes ------------------------------------------------------------------------------
# Mailbox providers put their own codes in the text; they are more precise than the status.
# (the words as one gate, ``WordGate``; {word: [(rank in the table, pattern, reason)]}); the first entry of the
# table that matches wins, and only the entries whose word occurs are tried
_PROVIDER: tuple[WordGate, dict[str, list[tuple[int, str, str]]]] | None = None


def provider_reason(text: str, scan: Scan | None = None) -> str | None:
    global _PROVIDER
    if _PROVIDER is None:
        by_word: dict[str, list[tuple[int, str, str]]] = {}
        for rank, (w, p, r) in enumerate(patterns.PROVIDER_CODES):
            by_word.setdefault(w, []).append((rank, p, r))
        _PROVIDER = (WordGate(tuple(by_word)), by_word)
    if not text:
        return None
    gate, by_word = _PROVIDER
    hits = gate.found(text) if scan is None else [w for w in scan.present if w in by_word]
    if not hits:
        return None
    for _, pattern, reason in sorted(e for w in hits for e in by_word[w]):
        if patterns.compiled(pattern).search(text):
            return reason
    return None
