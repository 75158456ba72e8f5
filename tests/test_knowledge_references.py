"""Rule groups read from providers' published error pages and security products' documentation
(issue 8, third pass): one test per group, wordings written here in the shape each source documents.

Every case is asked twice: through ``decide`` with the SMTP stage the reply belongs to, and as a whole
report (a Postfix DSN, or an Exim bounce / delay warning for a 4xx), so that the detectors' reading
of the codes and the stage is covered too.  The sources are cited beside each group in
``filter/core/patterns.py`` and ``filter/core/knowledge/providers.py``.
"""
from __future__ import annotations

import pytest

import filter
from filter.core.classifier import decide
from filter.core.model import reason_class

from shapes import IP, RCPT, diag as _diag, exim_report as _exim, postfix_dsn as _postfix


GROUPS = {
    # -- Cox: one text for every cause, the AUP# code names it ------------------------------------
    "cox-aup-codes": [
        ("554", "", "MAIL", "cmsmtp blocked. Refer to Error Codes section at https://www.cox.com/residential/support/"
         "email-error-codes.html for more information. AUP#CXBL", "blocked"),
        ("421", "", "CONN", "cmsmtp blocked. Refer to Error Codes section at https://www.cox.com/ for more "
         "information. AUP#CDRBL", "blocked"),
        ("554", "", "CONN", "cmsmtp blocked. Refer to Error Codes section. AUP#IPBL0101", "blocked"),
        ("554", "", "DATA", "cmsmtp rejected. Refer to Error Codes section. AUP#URLBL011", "spam_detected"),
        ("421", "", "CONN", "cmsmtp blocked. Refer to Error Codes section. AUP#CXCNCT", "rate_limited"),
        ("452", "", "RCPT", "cmsmtp too many recipients. Refer to Error Codes section. AUP#CXMXRT", "rate_limited"),
        ("554", "", "CONN", "cmsmtp rejected. Refer to Error Codes section. AUP#CXDNS", "require_ptr"),
        ("550", "", "MAIL", "cmsmtp rejected. Refer to Error Codes section. AUP#CXSNDR", "auth_failure"),
        ("550", "", "MAIL", "cmsmtp rejected. Refer to Error Codes section. AUP#CXSMTP", "rejected"),
        ("550", "", "MAIL", "Email sending blocked due to suspicious account activity. AUP#CXMJ", "security_error"),
    ],
    # -- NetEase 163 / 126: "CODE 163 mxNN,<id> <time>" ---------------------------------------------
    "netease-codes": [
        ("421", "", "CONN", f"HL:REP 163 mx14,aBcDeF 1700000000 http://mail.163.com/help/help_spam_16.htm?ip={IP}",
         "blocked"),
        ("421", "", "CONN", "HL:ICC 163 mx14,aBcDeF 1700000000", "rate_limited"),
        ("450", "", "MAIL", "DT:RBL 163 mx14,aBcDeF 1700000000", "blocked"),
        ("451", "", "MAIL", "MI:SFQ 163 smtp7,aBcDeF 1700000000,201", "rate_limited"),
        ("450", "", "RCPT", "RP:DRC 163 mx14,aBcDeF 1700000000", "rate_limited"),
        ("550", "", "MAIL", "MI:SPF 163 mx14,aBcDeF 1700000000", "auth_failure"),
        ("550", "", "DATA", "MI:DMA 163 mx14,aBcDeF 1700000000", "auth_failure"),
        ("550", "", "MAIL", "MI:IMF 163 mx14,aBcDeF 1700000000", "rejected"),
        ("550", "", "RCPT", "RP:FRL 163 mx14,aBcDeF 1700000000", "no_relaying"),
        ("554", "", "DATA", "DT:SPM 163 smtp3,aBcDeF 1700000000,please see http://mail.163.com/help/help_spam_16.htm",
         "spam_detected"),
        ("450", "", "MAIL", "MI:CEL 163 mx14,aBcDeF 1700000000", "syntax_error"),
    ],
    # -- Coremail's own sentences (NetEase, Sina, corporate Coremail) ----------------------------
    "coremail-sentences": [
        ("550", "", "MAIL", "Requested mail action not taken: Invalid IP", "blocked"),
        ("553", "", "RCPT", "Requested action not taken: Local user only", "no_relaying"),
        ("550", "", "RCPT", "User hangup", "suspended"),
    ],
    # -- QQ: "mailbox unavailable or access denied" is a burst limit, never a missing mailbox ------
    "qq-burst-limit": [
        ("550", "", "RCPT", "Mailbox unavailable or access denied", "rate_limited"),
    ],
    # -- Google Workspace SMTP error reference ---------------------------------------------------
    "google-reference": [
        ("550", "5.7.0", "MAIL", "Mail Sending denied. This error occurs if the sender account is disabled or not "
         "registered within your Google Workspace domain.", "rejected"),
        ("550", "5.7.1", "DATA", "The message contains a unicode character in a disallowed header.",
         "not_compliant_rfc"),
        ("550", "5.7.1", "DATA", "Encoded-word syntax is not permitted in message header Subject. To reduce the "
         "amount of spam sent to Gmail, this message has been blocked.", "not_compliant_rfc"),
        ("553", "5.1.7", "MAIL", "The sender address <s@sender.example> is not a valid RFC 5321 address.",
         "rejected"),
        ("553", "5.1.3", "RCPT", f"The recipient address <{RCPT}> is not a valid RFC 5321 address.",
         "user_unknown"),
        ("421", "4.7.23", "CONN", "The sending IP address for this message doesn't have a PTR record, or the PTR "
         "record's forward DNS entry doesn't match the sending IP address.", "require_ptr"),
        ("454", "4.7.0", "MAIL", "Too many login attempts, please try again later.", "security_error"),
        ("503", "5.7.0", "MAIL", "No identity changes permitted.", "security_error"),
        ("530", "5.5.1", "MAIL", "Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError",
         "security_error"),
    ],
    # -- the client must log in: not a refusal of our address ------------------------------------
    "login-required": [
        ("550", "", "MAIL", "You are not authorized to send mail, authentication is required", "security_error"),
        ("550", "", "MAIL", "Unauthenticated senders not allowed", "security_error"),
        # a relay refusal that asks for a login is still a relay refusal
        ("554", "5.7.1", "RCPT", "Relay access denied; authentication required", "no_relaying"),
    ],
    # -- Microsoft 365 / Exchange Online NDR reference ------------------------------------------
    "microsoft-reference": [
        ("550", "5.2.14", "RCPT", "Misconfigured forwarding address", "system_error"),
        ("550", "5.4.8", "RCPT", "MX record points to the local server, but the domain isn't an accepted domain",
         "system_error"),
        ("550", "5.7.133", "RCPT", "RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery "
         "restriction check failed as sender not authenticated", "rejected"),
        ("550", "5.7.1", "RCPT", "Your message can't be delivered because you are not on the list of allowed "
         "senders for this group", "rejected"),
        ("550", "5.7.1", "RCPT", "You do not have permission to send to this recipient.", "filtered"),
        ("550", "5.1.351", "RCPT", "Remote server returned 'Rejected by recipient'", "filtered"),
        ("550", "5.1.4", "RCPT", "Destination mailbox address ambiguous", "system_error"),
        ("550", "5.4.11", "DATA", "Agent generated message depth exceeded", "system_error"),
        ("550", "5.5.6", "DATA", "Invalid message content", "content_error"),
        ("550", "5.7.51", "CONN", "TenantInboundAttribution; There is a partner connector configured that matched "
         "the message's recipient domain. The connector had either the RestrictDomainsToIPAddresses or "
         "RestrictDomainsToCertificate set", "blocked"),
    ],
    # -- a sender status code (X.1.7, X.1.8) names whose address is bad ---------------------------
    "sender-codes": [
        ("550", "5.1.7", "MAIL", "Invalid address", "rejected"),
        ("553", "5.1.8", "MAIL", "Domain of sender address s@sender.example does not exist", "rejected"),
        ("550", "5.1.8", "MAIL", "Access denied, bad outbound sender", "rejected"),
    ],
    # -- Security gateways and block lists ------------------------------------------------------
    "gateways": [
        ("550", "5.7.1", "RCPT", f"Mail from {IP} refused by blackhole list bl.example.net", "blocked"),
        ("550", "", "DATA", f"permanent failure for one or more recipients ({RCPT}:blocked)", "spam_detected"),
        ("554", "", "DATA", "Message rejected due to the attachment filtering policy", "policy_violation"),
        ("550", "5.7.0", "DATA", "Message rejected: The attachment type is not allowed", "policy_violation"),
        ("550", "5.7.1", "DATA", "Message contains banned words; message rejected", "policy_violation"),
        # (Mimecast's own table gives the reply as its greylisting of the sending server, or a poor IP reputation: no
        # state of its system; twenty-second session)
        ("451", "", "CONN", "Internal resources are temporarily unavailable - https://community.mimecast.com/docs/"
         "DOC-1369#451", "rate_limited"),
        ("550", "5.7.1", "DATA", "Message rejected: URL in message body listed in dbl.spamhaus.org",
         "spam_detected"),
        ("554", "5.7.1", "DATA", "Message rejected: the body contains a blacklisted URL", "spam_detected"),
        ("550", "5.7.1", "DATA", "Message rejected due to an Email Firewall rule", "policy_violation"),
        ("554", "5.7.1", "DATA", "Message rejected by filter rules", "policy_violation"),
        ("550", "5.7.1", "DATA", "Message rejected: Attachment contains an executable file", "policy_violation"),
        ("550", "5.7.1", "DATA", "Message rejected due to a password protected archive", "policy_violation"),
        ("550", "5.7.1", "DATA", "Message rejected due to data loss prevention policy", "policy_violation"),
        ("550", "5.7.1", "MAIL", "Rejected due to Sender Policy: The sender was found on the blocked list",
         "rejected"),
        ("553", "", "MAIL", "This route requires high-strength ciphers - https://community.mimecast.com/docs/"
         "DOC-1369#553", "failed_starttls"),
        ("451", "", "DATA", "Message ended early - https://community.mimecast.com/docs/DOC-1369#451",
         "system_error"),
    ],
    # -- the sending IP refused in other words ---------------------------------------------------
    "ip-refused-wordings": [
        ("550", "", "CONN", "Invalid IP for sending mail of domain sender.example", "blocked"),
        ("550", "", "RCPT", "Too many unwanted messages have been sent from the following IP address above",
         "blocked"),
        ("550", "", "RCPT", f"Server IP {IP} listed as abusive", "blocked"),
        ("550", "", "RCPT", f"Mail from {IP} refused: see the operator's policy", "blocked"),
        ("550", "", "RCPT", "Your mail was blocked by example.net", "blocked"),
        ("550", "", "CONN", "You are not allowed to connect", "blocked"),
        ("550", "", "CONN", "Bad sender IP address", "blocked"),
        # "blocked by" the recipient is its filter, not a block of our IP
        ("550", "", "RCPT", "Your message was blocked by the recipient's filter settings", "filtered"),
    ],
    # -- the sender's own rate, even where the words name our IP --------------------------------
    "sender-rate": [
        ("421", "", "CONN", "gmx.net (mxgmx104) Nemesis ESMTP Service not available Too many connections from "
         "your IP address. For explanation visit https://postmaster.gmx.net/en/case?c=r0601", "rate_limited"),
        ("421", "4.3.2", "CONN", "Connection limit exceeded for your IP", "rate_limited"),
    ],
    # -- common wordings without a provider ------------------------------------------------------
    "plain-wordings": [
        ("552", "", "DATA", "Requested mail action aborted: exceeded mailsize limit", "message_too_large"),
        ("552", "", "DATA", "Message would exceed quota", "mailbox_full"),
        ("550", "5.7.1", "RCPT", "Message refused; recipient mailbox is closed", "user_unknown"),
        ("550", "5.2.1", "RCPT", "Message refused; recipient mailbox is temporarily closed", "suspended"),
        ("451", "4.7.1", "MAIL", "Sorry, the service is currently unavailable. Please come back later.",
         "system_error"),
        ("421", "4.7.0", "CONN", "Temporary error, please try again later", "system_error"),
        ("550", "5.7.1", "RCPT", "Recipient does not accept messages from external senders", "filtered"),
        ("550", "", "RCPT", "Adres odbiorcy jest nieprawidłowy", "user_unknown"),
    ],
    # -- "no such user" with the name between the noun and the verdict ---------------------------
    "name-between": [
        ("550", "", "RCPT", "user jdoe was not found", "user_unknown"),
        ("550", "", "RCPT", "rcpt (jdoe) doesn't exist", "user_unknown"),
        ("550", "", "RCPT", f"<{RCPT}> not found", "user_unknown"),
        ("550", "", "RCPT", "Account jdoe does not exist at the organization this message was sent to.",
         "user_unknown"),
        ("550", "", "RCPT", "Recipient address rejected: userunknown", "user_unknown"),
        ("550", "", "RCPT", "No mailbox found", "user_unknown"),
        ("550", "", "RCPT", "Unknown email address", "user_unknown"),
        ("550", "", "RCPT", "user path no exist", "user_unknown"),
        # words that only refuse the recipient: final in reply to RCPT TO
        ("550", "", "RCPT", "rcpt is rejected", "user_unknown"),
        ("550", "", "RCPT", "Recipient not OK", "user_unknown"),
        # ... but never the sender's address
        ("550", "", "RCPT", "Sender address <s@sender.example> does not exist", "rejected"),
        ("550", "", "RCPT", "Mail from <s@sender.example> unknown", "rejected"),
        ("550", "", "RCPT", "Your envelope sender s@sender.example was not found", "rejected"),
        ("550", "", "RCPT", "Recipient domain provider.example does not exist", "host_unknown"),
    ],
    # -- quota wordings without "full" (Sisimai MailboxFull's meanings, Domino's mail file) ---------
    "quota-wordings": [
        ("552", "", "RCPT", "Recipient is over the allowed quota", "mailbox_full"),
        ("552", "", "RCPT", "diskspace quota exceeded for this user", "mailbox_full"),
        ("552", "", "RCPT", "Not enough storage space in the recipient's mailbox", "mailbox_full"),
        ("552", "", "DATA", "Mail file size exceeds the maximum size allowed for mail delivery", "mailbox_full"),
    ],
    # -- a disabled mailbox in other words -------------------------------------------------------
    "suspension-wordings": [
        ("550", "", "RCPT", f"{RCPT} is currently suspended", "suspended"),
        ("550", "", "RCPT", "Mailbox currently suspended - please contact the recipient by other means",
         "suspended"),
        ("550", "", "RCPT", "User or domain is disabled", "suspended"),
    ],
    # -- our envelope sender or our bounce refused -----------------------------------------------
    "sender-refused": [
        ("550", "", "MAIL", "This server does not accept mail from s@sender.example", "rejected"),
        ("550", "", "RCPT", "Recipient not accepted. (BATV: no tag)", "rejected"),
        ("550", "", "RCPT", "Transaction failed: unsigned DSN for s@sender.example", "rejected"),
        ("550", "", "MAIL", "Sender is in my black list", "rejected"),
        ("550", "", "MAIL", "Sender email address rejected", "rejected"),
        ("550", "", "RCPT", "Delivery not authorized: because the sender isn't on the recipient's list of senders "
         "to accept mail from", "rejected"),
        # the domain itself refusing all mail is the recipient's side
        ("550", "", "RCPT", "This domain does not accept mail", "not_accept"),
    ],
    # -- the server's own filter, the recipient's choice ----------------------------------------
    "filters": [
        ("550", "", "DATA", "Your message has been temporarily blocked by our filter", "spam_detected"),
        ("550", "", "RCPT", "The recipient has chosen not to receive mail from you", "filtered"),
        ("550", "", "RCPT", "We failed to deliver mail because the following address recipient id refuse to "
         "receive mail", "filtered"),
    ],
    # -- the domain named between the words ------------------------------------------------------
    "domain-between": [
        ("550", "", "RCPT", "Domain provider.example not found in DNS", "host_unknown"),
        ("550", "", "RCPT", "The domain name provider.example is not registered", "host_unknown"),
        ("550", "", "RCPT", "No MX or A records for provider.example", "host_unknown"),
        ("550", "", "RCPT", "Recipient domain must exist", "host_unknown"),
        # ... never the sender's
        ("550", "", "RCPT", "Sender domain sender.example not found in DNS", "rejected"),
        ("550", "", "RCPT", "<s@sender.example>: Sender address rejected: Domain must exist", "rejected"),
    ],
    # -- "the recipient rejected your message" beside a cause on the sender's side ---------------
    "recipient-verb-sender-cause": [
        ("550", "5.1.1", "RCPT", "The recipient rejected your message because your IP has poor reputation",
         "bad_reputation"),
        ("550", "5.1.1", "RCPT", "Rejected: no such user; your IP is on our blocklist", "blocked"),
        ("550", "5.1.1", "RCPT", "Mailbox unavailable: too many messages from your IP", "rate_limited"),
        # the recipient's own refusal with no such cause stays its filter
        ("550", "5.7.1", "RCPT", "The recipient has rejected your message", "filtered"),
    ],
    # -- temporary network faults in Exim's words (asked as delays) ------------------------------
    "exim-network-words": [
        ("451", "", "RCPT", "host lookup did not complete", "network_error"),
        ("451", "", "DATA", "Remote host closed connection in response to end of data", "network_error"),
        ("451", "", "DATA", "SMTP timeout after end of data", "network_error"),
    ],
    "local-delivery-words": [
        ("550", "", "DATA", "cannot update mailbox /var/mail/jdoe for user jdoe. destination /var/mail/jdoe is "
         "not a regular file", "mailer_error"),
    ],
    # -- meanings of the BMH rule table (PHPMailer-BMH), in our words -----------------------------
    "bmh-meanings": [
        ("552", "", "RCPT", "Recipient storage full, try again later", "mailbox_full"),
        ("551", "", "DATA", f"bounce as<the destination mailbox <{RCPT}> is full> queue as 100.1.abc", "mailbox_full"),
        ("550", "", "DATA", "cannot append message to destination file /var/mail/jdoe: error writing message: File "
         "too large", "mailbox_full"),
        ("550", "", "RCPT", f"Mailbox ( {RCPT} ) not found or inactivated", "user_unknown"),
        ("550", "", "RCPT", f"Command RCPT User <{RCPT}> not OK", "user_unknown"),
        ("550", "", "RCPT", f"User not a member of domain: <{RCPT}>", "user_unknown"),
        ("550", "", "RCPT", "The recipient cannot be verified. Please check all recipients of this message.",
         "user_unknown"),
        ("550", "", "RCPT", f"I'm sorry but {RCPT} does not have an account here. I will not accept mail for this "
         "address", "user_unknown"),
        ("550", "", "RCPT", "<jdoe> is now disabled with MTA service.", "suspended"),
        ("550", "", "RCPT", f"<{RCPT}>: User status is locked.", "suspended"),
        ("553", "", "RCPT", "User refused to receive this mail.", "filtered"),
        ("500", "", "RCPT", "Unauthorized relay msg rejected", "no_relaying"),
        ("554", "5.5.2", "DATA", "Invalid data in message", "content_error"),
        ("552", "", "DATA", "MessageWall: MIME/REJECT: Invalid structure", "content_error"),
        ("451", "", "DATA", "System(u) busy, try again later.", "system_error"),
        ("553", "5.7.1", "RCPT", f"<{RCPT}>... SpamTrap=reject mode, Message blocked by SpamTrap Technology",
         "spam_detected"),
        ("550", "", "DATA", "Error: MAIL FROM is mismatched with message header from address!", "rejected"),
        ("554", "5.7.1", "RCPT", "reject: Client host bypassing service provider's mail relay: mx.sender.example",
         "blocked"),
        ("550", "5.7.1", "RCPT", "This mailbox does not accept mail", "not_accept"),
        ("550", "", "RCPT", "mail receiving disabled", "suspended"),
        ("552", "", "RCPT", "Sorry the recipient quota limit is exceeded.", "mailbox_full"),
        ("552", "", "RCPT", "ErrMsg=Mailbox space not enough (space limit is 10240KB)", "mailbox_full"),
        ("451", "", "RCPT", "Name server: provider.example.: host name lookup failure", "network_error"),
        ("451", "", "DATA", "connection with mx1.provider.example is broken", "network_error"),
    ],
    # -- mailbox servers' own sentences (Cyrus, Dovecot, CommuniGate, qmail, Mail.ru) ------------
    "mailbox-servers": [
        ("550", "", "RCPT", "Mailbox unknown. Either there is no mailbox associated with this name or you do not "
         "have authorization to see it.", "user_unknown"),
        ("550", "5.1.1", "RCPT", f"<{RCPT}> User doesn't exist: {RCPT}", "user_unknown"),
        ("550", "", "RCPT", f"<{RCPT}> unknown user account", "user_unknown"),
        ("550", "5.2.1", "RCPT", "The mailbox is not available because it is disabled", "suspended"),
        ("550", "5.7.1", "RCPT", "Sender domain has no valid MX record", "rejected"),
        ("550", "5.7.1", "MAIL", "Message rejected: sender's domain is blacklisted", "rejected"),
        ("550", "5.7.1", "DATA", "Your message was rejected because it contains a suspicious attachment",
         "policy_violation"),
    ],
    # -- an addressing code said at MAIL FROM names our address (the report's stage counts) -------
    "addressing-code-at-mail": [
        ("550", "5.1.1", "MAIL", "User unknown", "rejected"),
        ("553", "5.1.2", "MAIL", "Domain not found", "rejected"),
        ("550", "5.1.1", "RCPT", "User unknown", "user_unknown"),
    ],
    # -- at MAIL FROM a suspension is our account's ----------------------------------------------
    "ours-at-mail": [
        ("550", "5.7.0", "MAIL", "Your account has been suspended for sending spam", "rejected"),
        ("550", "5.2.1", "RCPT", "The email account that you tried to reach is disabled.", "suspended"),
    ],
}

CASES = [pytest.param(*case, id=f"{group}-{n}") for group, cases in GROUPS.items() for n, case in enumerate(cases)]


@pytest.mark.parametrize("code, status, stage, text, reason", CASES)
def test_decide(code, status, stage, text, reason):
    got = decide(status=status or None, diagnostic=_diag(code, status, text), command=stage,
                 action="failed" if code[0] == "5" else "delayed")
    assert got == reason


@pytest.mark.parametrize("code, status, stage, text, reason", CASES)
@pytest.mark.parametrize("shape", [_postfix, _exim], ids=["postfix", "exim"])
def test_whole_report(shape, code, status, stage, text, reason):
    report = filter.classify(shape(code, status, stage, text))
    assert report.kind == ("failed" if code[0] == "5" else "delayed")
    (rcpt,) = report.recipients
    assert rcpt.address == RCPT
    assert (rcpt.reason, rcpt.class_) == (reason, reason_class(reason, permanent=code[0] == "5"))
