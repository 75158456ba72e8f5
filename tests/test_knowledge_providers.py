"""Providers' and security products' documented replies (filter/core/knowledge/providers.py).

The wordings below are written for these tests in the shape each provider documents (reply code,
enhanced status, text); they are not copied bounces.  One case per provider and meaning, asked
with the command unknown (None) and, where the reply belongs to a recipient, at RCPT.
"""
from __future__ import annotations

import re

import pytest

import filter
from filter.core.classifier import decide
from filter.core.knowledge import providers
from filter.core.model import reason_class
from filter.core.patterns import _required_words

IP = "192.0.2.25"

CASES = [
    # -- Microsoft 365 / Exchange Online / Outlook.com ---------------------------------------
    ("ms-banned-ip", "5.7.606", f"550 5.7.606 Access denied, banned sending IP [{IP}]. To request removal from "
     "this list please visit https://sender.office.com/ and follow the directions. (AS16012609)", "blocked"),
    ("ms-banned-ip-649", "5.7.649", f"550 5.7.649 Access denied, banned sending IP [{IP}].", "blocked"),
    ("ms-customer-bl", "5.7.513", f"550 5.7.513 Service unavailable, Client host [{IP}] blocked by example.net "
     "using Customer Block list (AS16012607)", "blocked"),
    ("ms-banned-sender-ip", "5.7.511", "550 5.7.511 Access denied, banned sender[192.0.2.25]. To request removal "
     "please email delist@messaging.microsoft.com", "blocked"),
    ("ms-spam-abuse", "5.7.501", "550 5.7.501 Access denied, spam abuse detected. For more information please go "
     "to http://go.microsoft.com/fwlink/?LinkId=526653", "rejected"),
    ("ms-tenant-threshold", "5.7.705", "550 5.7.705 Access denied, tenant has exceeded threshold. For more information please "
     "go to http://go.microsoft.com/fwlink/?LinkId=524931 AS831",
     "rate_limited"),
    ("ms-traffic-not-accepted", "5.7.708", "550 5.7.708 Service unavailable. Access denied, traffic not accepted "
     "from this IP.", "blocked"),
    ("ms-unregistered-domain", "5.7.750", "550 5.7.750 Service unavailable. Client blocked from sending from "
     "unregistered domains", "rejected"),
    ("ms-ipv6-limit", "5.7.508", "550 5.7.508 Access denied, [2001:db8::1] has exceeded permitted limits within "
     "2001:db8::/64 range", "rate_limited"),
    ("ms-edge-block", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) "
     "[DM6NAM00FT001.eop-nam00.prod.protection.outlook.com]", "user_unknown"),
    ("ms-edge-block-no-as", "5.4.1", "550 5.4.1 [r@contoso.example]: Recipient address rejected: Access denied "
     "[BN1NAM02FT002.eop-nam02.prod.protection.outlook.com]", "user_unknown"),
    ("ms-recipient-invalid-504", "5.7.504", "550 5.7.504 Recipient address rejected: Access denied", "user_unknown"),
    ("ms-recipientnotfound", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
     "address lookup", "user_unknown"),
    ("ms-hop-count", "5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "system_error"),
    ("ms-routing-loop", "5.4.14", "554 5.4.14 Routing loop detected", "system_error"),
    ("ms-s3150", "5.7.1", f"550 5.7.1 Unfortunately, messages from [{IP}] weren't sent. Please contact your "
     "Internet service provider since part of their network is on our block list (S3150). You can also refer "
     "your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", "blocked"),
    ("ms-s3140", "5.7.1", f"550 5.7.1 Unfortunately, messages from [{IP}] weren't sent. Please contact your "
     "Internet service provider since part of their network is on our block list (S3140).", "blocked"),
    ("outlook-sc001", "5.0.0", f"550 SC-001 (BAY004-MC1F1) Unfortunately, messages from {IP} weren't sent.",
     "blocked"),
    ("outlook-ip-reputation", "4.7.650", f"451 4.7.650 The mail server [{IP}] has been temporarily rate limited "
     "due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
     "bad_reputation"),
    ("outlook-mailbox-unavailable", "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable "
     "(S2017062302). [AM6EUR05FT001.eop-eur05.prod.protection.outlook.com]", "user_unknown"),
    ("ms-dmarc", "5.7.509", "550 5.7.509 Access denied, sending domain example.org does not pass DMARC "
     "verification and has a DMARC policy of reject.", "auth_failure"),
    ("ms-group-not-auth", "5.7.133", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication "
     "required; Delivery restriction check failed because the sender was not authenticated when sending to this "
     "group", "rejected"),
    ("ms-allowed-senders", "5.7.124", "550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized; Sender not in "
     "allowed-senders list", "rejected"),
    ("ms-transport-rule", "5.7.900", "550 5.7.900 Delivery not authorized, message refused", "policy_violation"),
    ("ms-daily-recipients", "5.1.90", "550 5.1.90 Your message can't be sent because you've reached your daily "
     "limit for message recipients", "rate_limited"),
    ("ms-submission-quota", "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:"
     "SubmissionQuotaExceededException; Failed to process message due to a permanent exception; submission "
     "quota exceeded", "rate_limited"),
    ("ms-receive-limit", "5.2.121", "550 5.2.121 Recipient's per hour message receive limit from specific sender "
     "exceeded", "rate_limited"),
    ("ms-message-expired", "5.4.300", "550 5.4.300 Message expired", "expired"),
    # -- Google / Gmail -------------------------------------------------------------------------
    ("google-no-user", "5.1.1", "550 5.1.1 The email account that you tried to reach does not exist. Please try "
     "double-checking the recipient's email address for typos or unnecessary spaces. "
     "https://support.google.com/mail/?p=NoSuchUser", "user_unknown"),
    ("google-disabled", "5.2.1", "550 5.2.1 The email account that you tried to reach is disabled. "
     "https://support.google.com/mail/?p=DisabledUser", "suspended"),
    ("google-over-quota", "4.2.2", "452 4.2.2 The email account that you tried to reach is over quota. Please "
     "direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp", "mailbox_full"),
    ("google-out-of-storage", "5.2.2", "552 5.2.2 The recipient's inbox is out of storage space and inactive.",
     "mailbox_full"),
    ("google-receiving-rate", "4.2.1", "450 4.2.1 The user you are trying to contact is receiving mail at a rate "
     "that prevents additional messages from being delivered. https://support.google.com/mail/?p=ReceivingRate",
     "rate_limited"),
    ("google-receiving-rate-perm", "5.2.1", "550 5.2.1 The user you are trying to contact is receiving mail at a "
     "rate that prevents additional messages from being delivered.", "rate_limited"),
    ("google-unauthenticated", "5.7.26", "550 5.7.26 This mail has been blocked because the sender is "
     "unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.", "auth_failure"),
    ("google-unusual-rate-perm", "5.7.28", "550 5.7.28 There is an unusual rate of unsolicited mail originating "
     "from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.",
     "blocked"),
    ("google-unusual-rate-temp", "4.7.28", f"421 4.7.28 Gmail has detected an unusual rate of mail originating from "
     f"your IP address {IP}. To protect our users from spam, mail has been temporarily rate limited.",
     "blocked"),
    ("google-unsolicited", "5.7.1", "550 5.7.1 Our system has detected that this message is likely unsolicited "
     "mail. To reduce the amount of spam sent to Gmail, this message has been blocked.", "spam_detected"),
    ("google-low-reputation", "5.7.1", "550 5.7.1 Our system has detected that this message is likely suspicious "
     "due to the very low reputation of the sending domain.", "bad_reputation"),
    ("google-ptr", "5.7.25", "550 5.7.25 The IP address sending this message does not have a PTR record setup.",
     "require_ptr"),
    ("google-not-authorized-ip", "5.7.1", "550 5.7.1 The IP you're using to send mail is not authorized to send "
     "email directly to our servers. Please use the SMTP relay at your service provider instead.", "blocked"),
    ("google-tls-rate", "4.7.29", "421 4.7.29 Your email has been rate limited because this message wasn't sent "
     "over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
     "failed_starttls"),
    ("google-daily-limit", "5.4.5", "550 5.4.5 Daily user sending limit exceeded. "
     "https://support.google.com/mail/?p=ReachedLimit", "rate_limited"),
    ("google-illegal-attachment", "5.7.0", "552 5.7.0 Our system detected an illegal attachment on your message.",
     "policy_violation"),
    ("google-missing-from", "5.7.1", "550 5.7.1 Messages missing a valid address in From: header, or having no "
     "From: header, are not accepted.", "not_compliant_rfc"),
    ("google-loop", "5.4.6", "554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop.", "system_error"),
    ("google-temp-system", "4.3.0", "421 4.3.0 Temporary System Problem. Try again later.", "system_error"),
    ("google-no-domain", "5.1.2", "553 5.1.2 We weren't able to find the recipient domain. Please check for any "
     "spelling errors.", "host_unknown"),
    # -- Comcast / Xfinity ----------------------------------------------------------------------
    ("comcast-bl000000", "5.0.0", f"554 resimta-ch2-01v.sys.comcast.net {IP} Email from your mail server has "
     "been sent in patterns that are characteristic of spam. BL000000", "blocked"),
    ("comcast-bl000010", "5.7.1", f"554 5.7.1 resimta-po-01v.sys.comcast.net {IP} rejected. BL000010 - see "
     "http://postmaster.comcast.net/", "blocked"),
    ("comcast-rl000001", "4.2.0", "421 4.2.0 Throttled - try again later. RL000001", "rate_limited"),
    ("comcast-not-customer", "5.1.1", "550 5.1.1 <r@comcast.example> Not our Customer", "user_unknown"),
    # -- AT&T -----------------------------------------------------------------------------------
    ("att-addressee", "5.2.1", f"550 5.2.1 <r@att.example>... Addressee unknown, relay=[{IP}]", "user_unknown"),
    ("att-dnsbl", "5.3.0", f"553 5.3.0 flpd### DNSBL:ATTRBL 521< {IP} >_is_blocked.For assistance forward this "
     "error to abuse_rbl@abuse-att.net", "blocked"),
    # -- GoDaddy (secureserver.net) -------------------------------------------------------------
    ("godaddy-ib212", None, "552 This message has been rejected due to content judged to be spam by the internet "
     "community. IB212", "spam_detected"),
    ("godaddy-ib104", None, "554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). "
     "IB104", "blocked"),
    ("godaddy-ib103", None, "554 Connection refused. This IP has a poor reputation on Cloudmark Sender "
     "Intelligence (CSI). IB103", "bad_reputation"),
    ("godaddy-ib504", None, "550 This IP has sent too many messages this hour. IB504", "rate_limited"),
    ("godaddy-ib508", None, "550 s@sender.example Invalid SPF record. Inspect your SPF settings, and try again. "
     "IB508", "auth_failure"),
    ("godaddy-ib108", None, "421 Temporarily rejected. Reverse DNS for this IP failed. IB108", "require_ptr"),
    ("godaddy-ib705", None, "552 Virus infected message rejected. IB705", "virus_detected"),
    ("godaddy-ib506", None, "550 sender.example From: Domain is invalid. Provide a valid From: IB506", "rejected"),
    # -- Spectrum / Charter ---------------------------------------------------------------------
    ("spectrum-1000", None, f"554 5.7.1 Your IP address {IP} has been blocked due to suspicious activity. "
     "AUP#I-1000", "blocked"),
    ("spectrum-1350", None, "550 Too many emails. AUP#O-1350", "rate_limited"),
    ("spectrum-1100", None, "554 IP address has a DNS issue. AUP#I-1100", "require_ptr"),
    # -- Tencent QQ / Exmail --------------------------------------------------------------------
    ("qq-frequency", None, "550 Ip frequency limited [http://service.mail.qq.com/detail/122/172]", "rate_limited"),
    ("qq-spam-ip", None, "550 Suspected spam ip, please contact the postmaster", "blocked"),
    ("qq-content", None, "550 Mail content denied. http://service.mail.qq.com/detail/122/171", "spam_detected"),
    ("qq-deactivated", None, "550 The recipient is a deactivated mailbox", "suspended"),
    # -- Mail.ru / Yandex -----------------------------------------------------------------------
    ("mailru-dynamic", None, "550 5.7.1 We do not accept mail from dynamic IPs. "
     "https://help.mail.ru/mail/postmaster", "blocked"),
    ("mailru-spam", None, "550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id "
     "or report details to abuse@corp.mail.ru", "spam_detected"),
    ("yandex-spam", "5.7.1", "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc",
     "spam_detected"),
    # -- T-Online / IONOS / Free / SFR ----------------------------------------------------------
    ("tonline-bl", None, f"554 IP={IP} - A problem occurred. (Ask your postmaster for help or to contact "
     "tosa@rx.t-online.de to clarify.) (BL)", "blocked"),
    ("tonline-reputation", None, f"554 IP={IP} - None/bad reputation. Ask your postmaster for help or to contact "
     "postmaster@rx.t-online.de for reset. (NOWL)", "bad_reputation"),
    ("tonline-dial", None, "554 Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de "
     "if obsolete. (DIAL)", "blocked"),
    ("webde-policy", None, "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation "
     "visit https://web.de/email/senderguidelines?ip=192.0.2.25&c=hi", "policy_violation"),
    ("free-spams", "5.7.1", f"550 5.7.1 Too many spams from your IP ({IP}), please visit "
     "http://postmaster.free.fr/", "blocked"),
    ("sfr-abus", "5.7.1", f"550 5.7.1 <unknown[{IP}]>: Client host rejected: Abus detecte GU_EIB_02", "blocked"),
    # -- ESPs' own suppression lists -------------------------------------------------------------
    ("ses-suppressed", "5.1.1", "Amazon SES has suppressed sending to this address because it has a recent "
     "history of bouncing as an invalid address.", "suppressed"),
    ("ses-account-list", "5.1.1", "550 5.1.1 Address is on the account-level suppression list", "suppressed"),
    ("mailgun-bounced", "5.0.0", "550 5.0.0 Not delivering to previously bounced address", "suppressed"),
    ("mailgun-unsub", "5.0.0", "550 Not delivering to unsubscribed address", "suppressed"),
    ("postmark-inactive", None, "You tried to send to recipient(s) that have been marked as inactive. Found "
     "inactive addresses: r@example.net. Inactive recipients are ones that have generated a hard bounce, a spam "
     "complaint, or a manual suppression.", "suppressed"),
    ("sendgrid-bounced", None, "Bounced Address", "suppressed"),
    ("sparkpost-suppressed", "5.7.1", "554 5.7.1 recipient address suppressed due to customer policy",
     "suppressed"),
    # -- Security products and block lists -------------------------------------------------------
    ("proofpoint-ipcheck", None, f"554 Blocked - see https://ipcheck.proofpoint.com/?ip={IP}", "blocked"),
    ("proofpoint-policy", "5.7.1", "550 5.7.1 Message rejected due to local policy. (pphosted)",
     "policy_violation"),
    ("spamhaus", "5.7.1", f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using zen.spamhaus.org; "
     f"https://www.spamhaus.org/query/ip/{IP}", "blocked"),
    ("spamcop", None, f"554 Blocked - see https://www.spamcop.net/bl.shtml?{IP}", "blocked"),
    ("barracuda-brbl", "5.7.1", f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using Barracuda "
     f"Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip={IP}", "blocked"),
    ("barracuda-central", None, f"554 Refused. Your IP address is listed in the RBL at b.barracudacentral.org",
     "blocked"),
    ("barracuda-nsu", "5.1.1", "550 cuda_nsu 5.1.1 <r@example.net>: Recipient address rejected: User unknown",
     "user_unknown"),
    ("mimecast-envelope-user", None, "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/"
     "DOC-1369#550", "filtered"),
    ("mimecast-admin-prohibition", None, "550 Administrative prohibition envelope blocked - "
     "https://community.mimecast.com/docs/DOC-1369#550", "rejected"),
    ("mimecast-antispoof", None, "550 Rejected by header based Anti-Spoofing policy: r@example.net - "
     "https://community.mimecast.com/docs/DOC-1369#550", "policy_violation"),
    ("mimecast-ip-reputation", None, "550 Local CT IP Reputation - (reject) - https://community.mimecast.com",
     "bad_reputation"),
    ("mimecast-tls", None, "553 This route requires encryption (TLS) - https://community.mimecast.com",
     "failed_starttls"),
    ("cisco-reputation", "5.7.1", "554 5.7.1 Your access to this mail system has been rejected due to the "
     "sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended "
     "recipient via alternate means.", "bad_reputation"),
    ("cisco-senderbase", None, "554 ESMTP rejected due to sender reputation, see SenderBase", "bad_reputation"),
    ("trend-ers-rbl", "5.7.1", "550 5.7.1 <r@example.net>: Recipient address rejected: ERS-RBL.",
     "blocked"),
    ("trend-ers-db", "5.7.1", f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     f"abcdef.r.mail-abuse.com; Mail from {IP} blocked using Trend Micro Email Reputation database.", "blocked"),
    ("rackspace-g30", "4.2.1", "450 4.2.1 <r@example.net>: Mailbox received too much email in a short period of "
     "time (G30)", "rate_limited"),
    ("ms-no-forwarding", "5.7.520", "550 5.7.520 Access denied, Your organization does not allow external "
     "forwarding. Please contact your administrator for further assistance.", "policy_violation"),
    ("messagelabs-policy", None, "501 Connection rejected by policy [7.7] 20805, please visit "
     "www.messagelabs.com/support for more details about this error message.", "bad_reputation"),
    ("messagelabs-filtered", None, "553-Message Filtered. Refer to the Troubleshooting page at "
     "http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)", "spam_detected"),
    ("messagelabs-badmailfrom", None, "553 sorry, your envelope sender is in my badmailfrom list. (#5.7.1)",
     "rejected"),
    ("mailmarshal", None, "550 Message refused by MailMarshal SpamProfiler", "spam_detected"),
    ("dspam", None, "550 5.7.1 Message identified as SPAM by DSPAM", "spam_detected"),
    ("spamassassin-score", None, "550 5.7.1 SpamAssassin score 9.1 exceeds the threshold of 5.0", "spam_detected"),
    ("uribl", "5.7.1", "554 5.7.1 Message blocked by URIBL: example.com is listed in multi.uribl.com",
     "spam_detected"),
    ("mass-mailer", None, "550 Rejected: you're using a mass mailer", "spam_detected"),
    ("antispam-checks", None, "550 Your message failed several antispam checks", "spam_detected"),
    ("cloudmark", None, f"550 {IP} is listed on csi.cloudmark.com/reset-request/?ip={IP}", "blocked"),
    # Sophos Email: the XGEMAIL code alone names the cause (docs.sophos.com SMTP error codes)
    *((f"sophos-{code}", "5.7.1", f"550 5.7.1 Message rejected ({code.upper()})", reason) for code, reason in (
        ("xgemail_0001", "auth_failure"), ("xgemail_0002", "auth_failure"), ("xgemail_0003", "auth_failure"),
        ("xgemail_0004", "blocked"), ("xgemail_0005", "blocked"), ("xgemail_0006", "failed_starttls"),
        ("xgemail_0008", "rejected"), ("xgemail_0009", "filtered"), ("xgemail_0010", "no_relaying"),
        ("xgemail_0011", "user_unknown"), ("xgemail_0012", "message_too_large"),
        ("xgemail_0014", "rate_limited"), ("xgemail_0015", "rate_limited"))),
    # MailChannels: the bracketed tag names the control that fired (docs.mailchannels.com)
    ("mailchannels-rbl", "5.7.1", f"550 5.7.1 [RBL] Sender blocked sender.example {IP}", "blocked"),
    ("mailchannels-s10", None, "550 [S10] Blocked", "blocked"),
    ("mailchannels-ss", "5.7.1", "550 5.7.1 [SS] Message looks like spam: see the outbound filtering guide",
     "spam_detected"),
    ("mailchannels-bfd", "5.7.1", "550 5.7.1 [BFD] Sender prohibited by SPF", "auth_failure"),
    ("mailchannels-uns", "5.7.1", "550 5.7.1 [UNS] Recipient has unsubscribed from your list.", "suppressed"),
    # the sender's volume said without "too many ... from"
    ("outlook-rp-limits", "4.7.0", f"421 4.7.0 RP-002 Unfortunately, some messages from {IP} weren't sent. Please "
     "try again. We have limits for how many messages can be sent per hour and per day.", "rate_limited"),
    ("exim-ratelimit-message", None, "451 Sender rate exceeds 50.0 messages per 1h", "rate_limited"),
    ("exchange-concurrent", "4.3.2", "421 4.3.2 The maximum number of concurrent server connections has exceeded "
     "a limit, closing transmission channel", "rate_limited"),
    # our domain's null MX, our domain on the recipient's domain's list, TLS our domain must use
    ("gmx-sender-null-mx", None, "550 Requested action not taken: mailbox unavailable. Sender address has null MX",
     "rejected"),
    ("symantec-domain-blacklist", None, "551 Sender is on domain's blacklist", "rejected"),
    ("vipre-encrypted", None, "550 Your sender domain is required to send via an encrypted SMTP session",
     "failed_starttls"),
    ("mimecast-submitter", None, "550 Submitter failed to authenticate", "security_error"),
    ("mailchannels-attachment", "5.7.1", "550 5.7.1 [IB_FEB] Your message could not be delivered because it "
     "contained an attachment type that is not allowed", "policy_violation"),
    # provider pages of the second round (issue 8, set C style)
    ("yandex-target-policy", "5.7.1", "550 5.7.1 Policy rejection on the target address", "suspended"),
    ("yandex-spam-statistics", "5.7.1", "554 5.7.1 [192.0.2.25] Blocked by spam statistics - see https://ya.cc/1IrBc",
     "blocked"),
    ("cox-threshold", None, "452 cmsmtp 192.0.2.25 message threshold exceeded. Refer to Error Codes section",
     "rate_limited"),
    ("att-interface", None, "550 unauthorized interface for <192.0.2.25>", "blocked"),
    ("sendgrid-identity", None, "550 The from address does not match a verified Sender Identity. Mail cannot be sent "
     "until this error is resolved.", "rejected"),
    ("sparkpost-domain", "5.7.1", "550 5.7.1 Unconfigured Sending Domain <sender.example>", "rejected"),
    ("google-multiple-from", "5.7.1", "550 5.7.1 Messages with multiple addresses in the From: header are not accepted.",
     "not_compliant_rfc"),
    # -- United Internet: the last line of a multi-line reply names our domain's DNS --------------
    ("gmx-sender-dns", None, "550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA "
     "resource record", "rejected"),
]

def _params():
    for name, status, text, reason in CASES:
        for command in (None, "RCPT"):
            marks = []
            yield pytest.param(status, text, command, reason, id=f"{name}-{command or 'none'}", marks=marks)


@pytest.mark.parametrize("status, text, command, expected", list(_params()))
def test_provider_reply(status, text, command, expected):
    assert decide(status=status, diagnostic=text, command=command, action="failed") == expected


@pytest.mark.parametrize("status, text, command, expected", [
    # refused at MAIL FROM: the block words decide, never "user unknown"
    ("5.1.0", f"550 5.1.0 <s@sender.example> sender rejected. AUP#O-1010", "MAIL", "rejected"),
    ("5.7.1", f"550 5.7.1 Unfortunately, messages from [{IP}] weren't sent. Please contact your Internet service "
     "provider since part of their network is on our block list (S3150).", "MAIL", "blocked"),
    ("5.7.0", f"550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip={IP}", "MAIL", "blocked"),
    ("5.7.1", "550 5.7.1 <s@sender.example>: Sender address rejected: Access denied - envelope blocked - user "
     "domain entry", "MAIL", "rejected"),
    # a sender-side refusal with a 5.1.x status is still about the sender
    ("5.1.1", f"550 5.1.1 {IP} has been blocked - see https://ipcheck.proofpoint.com/?ip={IP}", "RCPT", "blocked"),
    ("5.1.1", "550 5.1.1 Not delivering to previously bounced address", "RCPT", "suppressed"),
    # after DATA
    ("5.7.1", "554 5.7.1 Message rejected under suspicion of SPAM", "DATA", "spam_detected"),
    ("5.7.0", "552 5.7.0 This message was blocked because its content presents a potential security issue.",
     "DATA", "policy_violation"),
])
def test_provider_reply_at_other_stages(status, text, command, expected):
    assert decide(status=status, diagnostic=text, command=command, action="failed") == expected


@pytest.mark.parametrize("status, text, command, expected", [
    pytest.param("5.7.1", "530 5.7.1 Client was not authenticated", "MAIL", "security_error"),
    pytest.param("5.7.0", "530 5.7.0 Authentication Required. https://support.google.com/mail/?p=WantAuthError",
                 "MAIL", "security_error"),
    pytest.param(None, "553 Recipient mailbox is not allowed", None, "user_unknown"),
    # Microsoft's AS(nnnn) tags name the anti-spam rule that fired, not a missing recipient
    pytest.param("5.7.606", f"550 5.7.606 Access denied, banned sending IP [{IP}]. To request removal from this "
                 "list please visit https://sender.office.com/ AS(1430)", "RCPT", "blocked"),
    pytest.param("5.7.705", "550 5.7.705 Access denied, tenant has exceeded threshold. AS(831)", None,
                 "rate_limited"),
    pytest.param("5.7.520", "550 5.7.520 Access denied, Your organization does not allow external forwarding. "
                 "AS(7555)", None, "policy_violation"),
    # a provider code given only in a link's fragment ("...smtp-error-codes.php#BL000010"): provider
    # codes are read before the link's parameters are dropped
    pytest.param("5.7.1", f"554 5.7.1 resimta-po-01v.sys.comcast.net {IP} rejected. Please see "
                 "http://postmaster.comcast.net/smtp-error-codes.php#RL000010", None, "rate_limited"),
    pytest.param(None, "553 Recipient mailbox is not allowed", "RCPT", "user_unknown"),
])
def test_stage_dependent(status, text, command, expected):
    assert decide(status=status, diagnostic=text, command=command, action="failed") == expected


def _dsn(diag: str, status: str, stage: str) -> bytes:
    rcpt = "r@provider.example"
    return (
        "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\n"
        "To: bounces@sender.example\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "Message-ID: <provider-test@mail.sender.example>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\n"
        f"<{rcpt}>: host mx.provider.example[198.51.100.7] said: {diag} (in reply to {stage} command)\n\n"
        "--b\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.sender.example\n\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        "Action: failed\n"
        f"Status: {status}\n"
        "Remote-MTA: dns; mx.provider.example\n"
        f"Diagnostic-Code: smtp; {diag}\n\n"
        "--b--\n"
    ).encode()


@pytest.mark.parametrize("diag, status, stage, reason", [
    (f"550 5.7.606 Access denied, banned sending IP [{IP}]. To request removal from this list please visit "
     "https://sender.office.com/ (AS16012609)", "5.7.606", "RCPT TO", "blocked"),
    (f"550 5.1.1 {IP} is listed on the Spamhaus Block List (SBL). IB104", "5.1.1", "RCPT TO", "blocked"),
    ("550 5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. "
     "To protect our users from spam, mail sent from your IP address has been blocked.", "5.7.1", "end of DATA",
     "blocked"),
    ("550 5.1.1 The email account that you tried to reach does not exist.", "5.1.1", "RCPT TO", "user_unknown"),
    (f"550 5.7.1 Unfortunately, messages from [{IP}] weren't sent. Please contact your Internet service provider "
     "since part of their network is on our block list (S3150).", "5.7.1", "MAIL FROM", "blocked"),
])
def test_whole_dsn(diag, status, stage, reason):
    report = filter.classify(_dsn(diag, status, stage))
    assert report.kind == "failed"
    (rcpt,) = report.recipients
    assert rcpt.reason == reason
    assert rcpt.class_ == reason_class(reason)
    if rcpt.class_ == "block":
        assert rcpt.class_ != "hard"


def test_block_never_hard_in_a_dsn():
    for name, status, text, reason in CASES:
        if reason_class(reason) != "block":
            continue
        report = filter.classify(_dsn(text, status or "5.0.0", "RCPT TO"))
        for r in report.recipients:
            assert r.class_ != "hard", (name, r.reason)


def test_every_phrase_has_an_index_word():
    for reason, phrases in providers.PHRASES.items():
        for p in phrases:
            re.compile(p)
            assert _required_words(p), p
    for word, pattern, reason in providers.PROVIDER_CODES:
        re.compile(pattern)
        assert word == word.lower() and _required_words(pattern), pattern


def test_qq_mailbox_not_found_or_access_denied_is_an_unknown_user():
    from filter.core.classifier import decide

    assert decide(status=None, diagnostic="550 Mailbox not found or access denied", command="RCPT") == "user_unknown"
    assert decide(status=None, diagnostic="550 Mailbox unavailable or access denied", command="RCPT") == "rate_limited"


@pytest.mark.parametrize("text", [
    # Google's 4.7.28: the rate of mail from our IP or DKIM domain is the cause, the rate limit its remedy:
    # our host held back, never the recipient's mailbox (class block)
    "421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your DKIM domain "
    "[shop.example]. To protect our users from spam, mail sent from your domain has been temporarily rate limited.",
    "421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address. To protect our "
    "users from spam, mail has been temporarily rate limited.",
])
def test_an_unusual_rate_of_mail_from_us_holds_our_host_back(text: str) -> None:
    assert decide(status="4.7.28", diagnostic=text, command="DATA", action="delayed", diag_type="smtp") == "blocked"
    # the recipient's own receiving rate stays a rate limit
    assert decide(status="4.2.1", diagnostic="450 4.2.1 The user you are trying to contact is receiving mail too "
                  "quickly. Please resend your message at a later time.", command="RCPT", action="delayed",
                  diag_type="smtp") == "rate_limited"
