"""The fixed sentences of MTAs and gateways beyond the common ones, and what open-source rule tables teach.

Each group says which product or table its wording was read from; the regexes are written here by
meaning (one regex stands for the several ways the products say a thing), mapped to this project's
reasons (Sisimai's "toomanyconn"/"speeding" are ``rate_limited``, "exceedlimit"/"mesgtoobig"
``message_too_large``, "suspend" ``suspended``, "onhold" ``on_hold``).  Only what the core table of
``filter/core/patterns.py`` does not say already is here.

Sources read (facts only, nothing copied as a list):
- Sisimai reason modules, sisimai/p5-sisimai lib/Sisimai/Reason/*.pm (UserUnknown, Suspend,
  Filtered, Rejected, Blocked, SpamDetected, PolicyViolation, SecurityError, SystemError,
  SystemFull, NetworkError, TooManyConn, Speeding, RateLimited, ExceedLimit, MesgTooBig,
  EmailTooLarge, NotAccept, Expired, ContentError, BadReputation, RequirePTR, AuthFailure,
  NoRelaying, HasMoved, VirusDetected, MailerError, NotCompliantRFC, FailedSTARTTLS);
- Sisimai Lhost modules lib/Sisimai/Lhost/{IMailServer,Domino,Notes,MessagingServer,McAfee,
  Courier,qmail,Exim,Exchange2003,Exchange2007}.pm (each product's own sentences, and the qmail,
  qmail-ldap, Exim and Courier source lines they quote);
- Microsoft's Exchange / Exchange Online NDR documentation (RESOLVER.*, ROUTING.*, STOREDRV.*,
  SMTPSEND.* codes and the NDR sentences);
- AOL's postmaster error list (postmaster.info.aol.com/errors: RTR, RLY, HVU, DNS, DYN, CON);
- Novell GroupWise troubleshooting ("Undeliverable" status), MailEnable, MDaemon, Kerio Connect,
  Zimbra and Postfix / Sendmail documentation of their reply texts.
"""
from __future__ import annotations

PHRASES: dict[str, list[str]] = {
    "user_unknown": [
        # Ipswitch IMail / SMTP32: "Invalid final delivery userid: <address>"
        r"invalid final delivery user ?id",
        # vpopmail's vdeliver / vdelivermail: "Invalid or unknown virtual user"
        r"unknown virtual user",
        # Exchange 2007+: RESOLVER.ADR.RecipNotFound / ExRecipNotFound / RecipientNotFound
        r"resolver\.adr\.\w{0,4}recip\w{0,6}notfound",
        # Exchange 2010-2019 NDR sentence for a missing mailbox
        r"e-?mail address you entered (couldn't|could not|can't|cannot|wasn't|was not) (be )?found",
        # Sisimai UserUnknown: mailboxes named as absent in other words
        r"user missing home directory", r"badrcptto|badrecipientto", r"not in my validrcptto",
        r"destination addresses were unknown", r"user'?s e-?mail name is not found",
        r"not an active address at this host", r"no mail ?box (is )?available for this user",
        r"address not present in (the )?directory", r"can'?t accept user\b",
        # X.400 non-delivery diagnostic "unrecognised-OR-name" (ITU-T X.411, NonDeliveryDiagnosticCode
        # 0), as X.400 gateways print it in their reports: no such O/R address
        r"unrecogni[sz]ed o/?r[- ]?(name|address)",
    ],
    "user_unknown_weak": [
        # Sun / Oracle Messaging Server "Reason: Remote SMTP server has rejected address"
        r"remote smtp server has rejected (the )?address",
    ],
    "host_unknown": [
        # Sun / Oracle Messaging Server
        r"illegal host/domain name",
        # Exim (transports/smtp.c): every address lookup of the hosts failed for good
        r"all host address lookups failed permanently",
        # Exchange 2007+: SMTPSEND.DNS.NonExistentDomain
        r"smtpsend\.dns\.nonexistentdomain",
        r"recipient domain must exist",
        # Lotus Domino's router, in its "DELIVERY FAILURE" reports ("Router: No route found to domain
        # example.net from server ..."): the same words the Notes "Failure Reasons" table reads
        r"no route found to domain",
    ],
    "not_accept": [
        # Exim (routers/dnslookup.c): the MX/SRV record says the domain has no SMTP service
        r"(mx|srv) record indicated no smtp service",
        # notqmail on a null MX: no mail exchanger nor address for the domain
        r"couldn't find a mail exchanger or ip address",
    ],
    "mailbox_full": [
        # Sisimai MailboxFull: the recipient's space said without "full"/"quota"
        r"space has been used up", r"does not have enough (disk )?space", r"too much mail data",
        r"mail ?box exceeded the local limit",
    ],
    "system_full": [
        # qmail: "mailbox unavailable (not enough free space)" is the host's disk
        r"mail ?box unavailable \(not enough free space\)",
    ],
    "message_too_large": [
        # qmail-ldap: the size the recipient accepts; Sisimai MesgTooBig: inbound size limits
        r"maximum size the user accepts", r"maximum inbound message size",
    ],
    "suspended": [
        # qmail-ldap "Mailaddress is administrativley disabled" (and the spellings of it)
        r"administrativ\w{0,4} disabled",
        # Sisimai Suspend: terminated, suspended, inactive or archived mailboxes
        r"user is terminated", r"(recipient )?suspend(s|ed)? the service", r"temporarily inactive",
        r"archived (recipient|mail ?box)", r"mail ?box (is )?frozen",
        r"due to extended inactivity new mail is not",
    ],
    "filtered": [
        # Exchange 2007+: the recipient only accepts senders it authorised (delivery restrictions)
        r"resolver\.rst\.notauthorized",
        # Sisimai Filtered: the recipient's own rules or challenge protection refused it
        r"rejected due to (the )?user'?s? rules", r"this account is protected by",
    ],
    "rejected": [
        # MDaemon backscatter protection: our (null-sender) return address was judged invalid
        r"backscatter protection",
        # Sisimai Rejected: the envelope sender refused in other words
        r"is a dead domain", r"mail from not owned by (the )?user", r"returned mail not accepted here",
        r"has an outgoing mail suspension", r"not a registered gateway user",
        r"fully qualified (e-?mail )?address required",
        # Exchange: the submitter may not send as the From address
        r"sendasdenied",
    ],
    "blocked": [
        # Exim "host ... refused to talk to me: 554 ..." and Sisimai Blocked
        r"refused to talk to me", r"rejecting open proxy", r"looks suspiciously like (a )?spammer",
        r"confirm this mail server", r"server requires confirmation",
        r"\bgo away\b",
    ],
    "bad_reputation": [
        r"bad ip profile",
    ],
    "spam_detected": [
        # Sisimai SpamDetected
        r"bulk\.advertising", r"recurrent pattern detection",
    ],
    "policy_violation": [
        # Exchange: restricted distribution lists, external forwarding not allowed
        r"resolver\.rst\.dlneedssenderrestrictions", r"(does not|doesn't) allow external forwarding",
        # Sisimai PolicyViolation
        r"organi[sz]ational settings", r"closed mailing list", r"message given low priority",
        r"(do not|don't) accept messages containing (images|attachments)",
        r"executable files are not allowed", r"potentially executable attachment",
    ],
    "security_error": [
        # Sisimai SecurityError: the client must authenticate, or its credentials were refused
        r"authentication turned on in your e-?mail client", r"authentication credentials (are )?invalid",
    ],
    "no_relaying": [
        # MailEnable: authentication needed to send to a non-local address (a relay refusal)
        r"requires authentication when attempting to send to a non-local",
        r"(do not|don't) handle mail for",
    ],
    "system_error": [
        # Domino / Exchange: the address resolved to several directory entries
        r"several matches found in (the )?domino directory", r"resolver\.adr\.(ambiguous|badprimary|invalidinsmtp)",
        # Exchange 5.5-2003 (MSEXCH:IMS) and 2007+: no route for the address type, MX pointing back
        r"no proxy for recipient", r"routing\.noconnectorforaddresstype", r"smtpsend\.dns\.mxloopback",
        # Exim (deliver.c): the router may not deliver to a file or a pipe
        r"delivery to (file|pipe) forbidden",
        # qmail: listed as MX but not in control/locals; qmail-ldap homedir and forward failures
        r"listed as a best-preference mx", r"homedir creat", r"executing qmail-forward",
        # Sendmail: MX list points back to this host ("mail loops back to me (MX problem?)")
        r"loops back to me\b", r"mx list for .{1,80} points back to",
        # Sisimai SystemError; Postfix "mail transport unavailable"
        r"interrupted system call", r"there is no mdb", r"encountered an error while being processed",
        r"loop was found in the mail exchanger", r"mail transport unavailable",
    ],
    "network_error": [
        # Postfix: the destination is skipped for a while after earlier failures
        r"delivery temporarily suspended",
        # Exchange: DNS query failed (a temporary resolver failure)
        r"dns query failed", r"dns records for the destination computer could not be found",
        r"smtp communication problem",
        # Courier: "DNS lookup failed."; Sisimai NetworkError
        r"malformed (or unexpected )?name server reply", r"unable to resolve route",
    ],
    "rate_limited": [
        # Sendmail (daemon.c) and Sisimai TooManyConn/Speeding
        r"too many smtp sessions", r"try again slower", r"max(imum)? e-?mails per hour",
    ],
    "expired": [
        # Exim: every host of the domain kept failing and its retry time was not reached
        r"retry time not reached for any host", r"have been failing for a long time",
        # Ipswitch IMail "Delivery failed N attempts"
        r"delivery failed \d+ attempts?",
        # Exchange QUEUE.Expired; Sisimai Expired
        r"queue\.expired", r"within the allowed queue period", r"not been collected after",
        r"failed to deliver to domain .{1,80} for",
    ],
    "content_error": [
        # Exchange 5.5-2003: conversion of the message failed
        r"conversion to internet format failed",
        # Sisimai ContentError: MIME structure or encoding refused
        r"mime complexity", r"unnecessary base64 encoding", r"improperly-formatted binary content",
        r"invalid mime headers",
    ],
    "require_ptr": [
        r"mismatches client ip",
    ],
}

# (a word the text must contain, pattern on the lower-cased text, reason): each names one cause
PROVIDER_CODES: list[tuple[str, str, str]] = [
    # Exchange 5.5-2003 MSEXCH:IMS diagnostic codes
    ("000c05a6", r"\(000c05a6\)", "user_unknown"),            # Unknown Recipient
    ("000d06b5", r"\(000d06b5\)", "system_error"),            # No proxy for recipient
    ("0005", r"\(0005(?:0311|02cc)\)", "content_error"),      # Conversion to Internet format failed
    ("00120270", r"\(00120270\)", "system_error"),            # Too many hops
    # AOL's old block codes (postmaster.info.aol.com/errors)
    ("rtr:", r"\brtr:(?:bb|bg|du|rd)\b", "blocked"),           # dynamic / unallocated / residential IPs
    ("rtr:", r"\brtr:ch\b", "spam_detected"),                 # mail matching known spam signatures
    ("rly:", r"\brly:b[1-4]\b", "bad_reputation"),            # member complaints over the threshold
    ("hvu:", r"\bhvu:b[1-9]\b", "blocked"),
    ("dns:", r"\bdns:nr\b", "require_ptr"),                   # no reverse DNS
    ("dyn:", r"\bdyn:t[12]\b", "rate_limited"),               # throttled
]
