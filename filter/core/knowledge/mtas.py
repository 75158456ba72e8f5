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
        # GroupWise's status of an address its directory does not hold: "User or post office not found" (the GWIA's "D101 User
        # not found" said of the whole address)
        r"\buser or post ?office not found\b",
        # Ipswitch IMail / SMTP32: "Invalid final delivery userid: <address>"
        r"invalid final delivery user ?id",
        # vpopmail's vdeliver / vdelivermail: "Invalid or unknown virtual user"
        r"unknown virtual user",
        # Exchange 2007+: RESOLVER.ADR.RecipNotFound / ExRecipNotFound / RecipientNotFound
        r"resolver\.adr\.\w{0,4}recip\w{0,6} ?notfound",
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
        # Verizon Wireless picture messaging (vzwpix, lhost/verizon.rb): "Error: No valid recipients
        # for this MM" - the number the multimedia message was sent to is no subscriber
        r"no valid recipients? for (this|the) (mm|mms|multimedia message)\b",
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
        # au by KDDI's reports (lhost/kddi.rb): "As the remote domain doesnt exist." - the
        # recipient's domain is not there (the apostrophe dropped, as the carrier writes it)
        r"(remote|recipient'?s?|destination) domain doesn'?t exist",
        # Gmail's own report (lhost/gmail.rb): "DNS Error: DNS server returned answer with no data" -
        # the name holds neither an MX nor an address record: no host takes the domain's mail
        r"dns server returned answer with no data",
        # CommuniGate Pro's SMTP module: "<domain>: no DNS A-data returned" - the domain has no address
        # (nor mail exchanger) record: no host takes its mail
        r"no dns a-data returned",
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
        # HCL / Lotus Domino's router refuses delivery to a mail file (the user's mailbox database)
        # over its quota (help.hcltechsw.com/domino/10.0.1/admin/conf_settingquotacontrolsfortherouter_t.html,
        # "Quota Controls"); its reports say the recipient's mail file is full or over quota
        r"mail ?file (is )?(full|over (its |the |his |her )?quota)", r"mail ?file (has )?exceeded (its |the )?quota",
        # the recipient's quota or capacity in other words (RFC 3463 X.2.2 "the user has exceeded a
        # per-mailbox administrative quota or physical capacity"; the wordings of Sisimai's MailboxFull
        # table, generalised): a mailbox with no space, the quota *of* the recipient, a full mail
        # folder, the code-like "MAILBOX_FULL" / "QUOTA_EXCEEDED", a mailbox over its capacity
        r"(mail ?box|inbox|account)\b.{0,40}? (has no|with no) (free )?(space|storage)", r"quota (of|for) (the )?(recipient|user|mail ?box|account|addressee)\b.{0,20}(exceeded|full|reached)",
        r"mail ?folder (is )?full", r"\bmail ?box_full\b", r"\bquota_exceeded\b", r"(mail ?box|inbox|account) (is )?(over|beyond) (its )?capacity",
    ],
    "system_full": [
        # qmail: "mailbox unavailable (not enough free space)" is the host's disk
        r"mail ?box unavailable \(not enough free space\)",
        # SmarterMail (its knowledge base, "Common email delivery errors": "The domain size limit has
        # been exceeded"): the recipient domain's shared storage allocation is used up
        r"domain (size|space|quota|storage|disk (space|quota)|storage (space|quota)) (limit )?(has been |is |was )?(exceeded|reached|full)",
    ],
    "message_too_large": [
        # qmail-ldap: the size the recipient accepts; Sisimai MesgTooBig: inbound size limits
        r"maximum size the user accepts", r"maximum inbound message size",
    ],
    "suspended": [
        # qmail-ldap "Mailaddress is administrativley disabled" (and the spellings of it)
        r"administrativ\w{0,4} disabled",
        # au EZweb (lhost/ezweb.rb): "The user(s) account is temporarily limited." - the carrier
        # holds the subscriber's mail service (the account exists; not a quota of ours)
        r"(user\(s\)|user'?s|recipient'?s) account is (temporarily )?limited",
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
        # Lotus Domino's router will not route mail to this user (its restrictions; Sisimai
        # lib/sisimai/lhost/domino.rb reads it as "filtered"): the user exists
        r"cannot route mail to user",
        # Winmail Server ("delivery failure: the message matches up to the filter rule(level: ...,
        # name: ...)") and the Chinese providers' "Recipient reject" / "This message is not welcome",
        # which their help pages explain as the recipient's (or its provider's) filter rules
        # (tengxunqiyeyou.com forum, "退信" FAQ: not welcome / content rejected / Recipient reject)
        # (not "on the recipient reject list": a site's list of refused recipients, qmail's badrcptto)
        r"matches up to the filter rule", r"\brecipient reject\b(?! ?list)", r"message is not welcome",
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
        # (not where the reply it quotes names the host's own state: "refused to talk to me: 421 4.3.2 Service
        # shutting down", a host going down or overloaded, ``system_error``)
        r"refused to talk to me(?![^;]{0,100}(shutting down|going down|maintenance|overloaded))", r"rejecting open proxy", r"looks suspiciously like (a )?spammer",
        r"confirm this mail server", r"server requires confirmation",
        r"\bgo away\b",
        # qmail-remote.c: the remote server refused our HELO ("Connected to 192.0.2.1 but my name
        # was rejected."): our host is refused before any recipient was named
        r"but my name was rejected",
        # our IP refused in the words Chinese hosting providers document ("remote ip is forbidden":
        # 发件人IP被屏蔽, the sender's IP is blocked; fobhost.com bounce keyword table)
        r"(remote|client|sender'?s?|your|sending) ip (address )?(is |was |has been )?(forbidden|banned)",
    ],
    "bad_reputation": [
        r"bad ip profile",
        # Haraka's karma plugin (haraka.github.io/plugins/karma): a score kept of each sending IP's past behaviour, the
        # connection refused when it is too low ("550 5.7.1 [karma] very bad karma score"): the sender's reputation there
        r"\b(bad|very bad|low|negative) karma( score)?\b",
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
        # amavisd-new's reply for its "banned" contents category (a file name or type the site
        # refuses: $smtp_reason_by_ccat{CC_BANNED} = "id=%n - BANNED: %F", gitlab.com/amavis/amavis
        # issue 102; amavisd-new-docs.html, "banned names and types"): the site's attachment policy
        r"\bid=\S+ - banned\b",
    ],
    "security_error": [
        # Exchange 5.5-2003 IMS code 000B0981 "502 Server does not support AUTH" (lhost/exchange2003.rb):
        # the next hop offered no authentication the connector was set to use
        r"server does not support auth\b",
        # Sisimai SecurityError: the client must authenticate, or its credentials were refused
        r"authentication turned on in your e-?mail client", r"authentication credentials (are )?invalid",
    ],
    "no_relaying": [
        # MailEnable: authentication needed to send to a non-local address (a relay refusal)
        r"requires authentication when attempting to send to a non-local",
        r"(do not|don't) handle mail for",
        # Haraka's answer when no recipient plugin took the address, neither a domain it serves nor a client it relays for
        # (haraka/Haraka connection.js: "No plugin determined if relaying was allowed" -> "550 I cannot deliver mail for <x>")
        # (the reply alone, as Haraka words it; a plugin's own words after it say their own cause: "I cannot deliver mail for
        # <x>: mailbox does not exist")
        r"\bi cannot deliver mail for <*[^\s<>]+>*(?=\.?\s*$)",
        # au by KDDI's reports (lhost/kddi.rb): "Due to the following SMTP relay error" - the
        # carrier's relay refused to pass the message on
        r"due to (the following )?smtp relay error",
        # Gmail "(state 12)" (lhost/gmail.rb): "Remote server does not support SMTP Authenticated Relay"
        r"does not support smtp authenticated relay",
    ],
    "system_error": [
        # Domino: the recipient's directory entry names no mail file ("Recipient's Domino Directory entry does not specify a valid
        # Notes mail file"): the receiving site's configuration
        r"\bdoes not specify a valid (notes )?mail ?file\b",
        # (its router unable to open the recipient's mail file: "Unable to open mail file mail\\x.nsf: Database is corrupt")
        r"\bunable to open mail ?file\b", r"\bdatabase is corrupt\b",
        # Exchange 5.5 / 2000 MTA's NDR sentence "No transport provider was available for delivery to this recipient." (the
        # route to the recipient's server could not be made by its own connectors: the site's configuration, not the mailbox)
        # (and its "... because no transport provider is available for the address type "SMTP" on this server")
        r"no transport provider (was|is) available", r"kein transportanbieter verf(ü|ue)gbar",
        # (its French form, "Aucun fournisseur de transport n'était disponible pour remettre ce message à ce destinataire")
        r"aucun fournisseur de transport",
        # GroupWise's status of a post office its agent cannot reach ("Post office is closed", "Post office closed": the
        # receiving server down, GroupWise documentation, message status "Delayed"): no mailbox closed
        r"\bpost ?office (\S+ )?(is |was )?(closed|down|unavailable|not available)\b",
        # Dovecot (LMTP, LDA: lib-storage/mail-storage-service.c): the user's settings could not be
        # loaded, "Invalid user settings. Refer to server log for more information.": the
        # receiving site's configuration, not the mailbox or a filter
        r"invalid user settings",
        # ... and its index or transaction log locked by another process past its wait ("Timeout while waiting for lock for
        # transaction log file dovecot.index.log", lib-index/mail-transaction-log-file.c): the store, for now, however the
        # relay codes it (X.2.0)
        r"timeout while waiting for (the )?lock\b",
        # Domino / Exchange: the address resolved to several directory entries
        r"several matches found in (the )?domino directory", r"resolver\.adr\.(ambiguous|badprimary|invalidinsmtp)",
        # Exchange 5.5-2003 (MSEXCH:IMS) and 2007+: no route for the address type, MX pointing back
        r"no proxy for recipient", r"routing\.noconnectorforaddresstype", r"smtpsend\.dns\.mxloopback",
        # Exchange: the mailbox database holding the recipient's mailbox is not mounted ("432 4.2.0
        # STOREDRV.Deliver; Mailbox database is offline"): the server's store, for now
        r"mail ?box database (is )?(currently |temporarily )?(offline|dismounted|not mounted|unavailable|not available)",
        # Exim (deliver.c): the router may not deliver to a file or a pipe
        r"delivery to (file|pipe) forbidden",
        # qmail: listed as MX but not in control/locals; qmail-ldap homedir and forward failures
        r"listed as a best-preference mx", r"homedir creat", r"executing qmail-forward",
        # Sendmail: MX list points back to this host ("mail loops back to me (MX problem?)")
        r"loops back to me\b", r"mx list for .{1,80} points back to",
        # Sisimai SystemError; Postfix "mail transport unavailable"
        r"interrupted system call", r"there is no mdb", r"encountered an error while being processed",
        r"loop was found in the mail exchanger", r"mail transport unavailable",
        # Exim src/routers/rf_self_action.c: the host the router chose is this very host (a routing
        # misconfiguration of the receiving domain; "lowest numbered MX record points to local host"
        # is said by the core table's "MX ... points to the local host")
        r"remote host address is the local host",
        # Courier (module.esmtp/esmtpclient.c): the recipient domain's DNS records are malformed
        # ("This domain's DNS violates RFC 1035."): the receiving side's misconfiguration
        r"dns violates rfc ?1035",
    ],
    "network_error": [
        # Postfix: the destination is skipped for a while after earlier failures (alone; with the last
        # failure's reason after it, "delivery temporarily suspended: SASL authentication failed; ...",
        # that reason is the cause)
        r"delivery temporarily suspended(?!: \S)",
        # Exchange: DNS query failed (a temporary resolver failure)
        r"dns query failed", r"dns records for the destination computer could not be found",
        r"smtp communication problem",
        # Courier: "DNS lookup failed."; Sisimai NetworkError
        r"malformed (or unexpected )?name server reply", r"unable to resolve route",
        # qmail-remote.c dropped(): the connection broke during the SMTP dialogue ("Connected to
        # 192.0.2.1 but connection died. (#4.4.2)")
        r"but connection died",
        # a timeout handling the recipient (emailhost.com.cn "网络异常: rcpt handle timeout", a network fault)
        r"\b(rcpt|mail|data) handle timeout",
        # the resolver's own answers: DNS RCODE 2 "Server failure" (RFC 1035 section 4.1.1; named
        # "ServFail" in IANA's DNS RCODE registry) and getaddrinfo's EAI_FAIL (glibc gai_strerror:
        # "Non-recoverable failure in name resolution"): the lookup failed, not the name
        r"\bservfail\b", r"non-recoverable failure in name resolution",
        # ... and Go's resolver, as Go-written MTAs quote it (chasquid, maddy: "lookup example.com on 127.0.0.53:53: server
        # misbehaving", the net package's errServerMisbehaving for a SERVFAIL answer), and Go's timeout of a connection or a
        # lookup ("dial tcp 192.0.2.1:25: i/o timeout", os.ErrDeadlineExceeded)
        r": server misbehaving\b", r": i/o timeout\b",
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
        # Sendmail (queue.c, savemail.c): the queue lifetime ran out ("Cannot send message for 5
        # days"; its delay warning says "could not send message for past 4 hours")
        r"(cannot|can't|could not|couldn't) send (the )?message for (the )?(past |last )?\d+ (minutes?|hours?|days?|weeks?)",
        # the sending MTA's retries ran out, said in other words (RFC 3463 X.4.7 "delivery time expired";
        # the retry limits MTAs document: Apache James RemoteDelivery "maxRetries", hMailServer's
        # number of delivery attempts, Exchange's message expiration timeout): attempts exhausted or
        # at their maximum, a delivery that timed out, undeliverable after a stated time
        r"max(imum)?\.? (number of )?(delivery |retry |sending |send )?attempts (has been |have been |was |were )?(reached|exceeded|exhausted)",
        r"max(imum)?\.? (number of )?(delivery |sending |send )?retries (has been |have been |was |were )?(reached|exceeded|exhausted)",
        r"(delivery|retry|sending|send) (attempts|retries) (were |have been |are |has been )?exhausted",
        r"too many (delivery|retry|sending|send) (attempts|retries)", r"delivery (has |was )?timed out",
        r"(unable to|could not|couldn't|cannot|can't) deliver (the |your |this )?(message|mail|e-?mail) (after|for|within) \d+ (minutes?|hours?|days?)",
        r"(undeliverable|not (been )?delivered) (after|for|within) \d+ (minutes?|hours?|days?)",
        r"maximum time (allowed )?(in (the )?queue|for delivery)",
        # SmarterMail ("Failed four attempts to connect to recipients mail server", "Failed all
        # attempts to connect to the recipients mail server"): it stopped trying
        r"failed (all|\d+|\w{3,5}) (delivery )?attempts to (connect|deliver)",
    ],
    "content_error": [
        # Exchange 5.5-2003: conversion of the message failed
        r"conversion to internet format failed",
        # Sisimai ContentError: MIME structure or encoding refused
        r"mime complexity", r"unnecessary base64 encoding", r"improperly-formatted binary content",
        r"invalid mime headers",
        # amavisd-new's "bad header" contents category (CC_BADH: header fields that break RFC 5322 /
        # RFC 2047, 8-bit characters unencoded; amavisd-new-docs.html): "id=%n - BAD HEADER SECTION"
        r"\bid=\S+ - bad[- ]header\b",
    ],
    "require_ptr": [
        r"mismatches client ip",
    ],
    "failed_starttls": [
        # Postfix smtp(8) with a "verify" / "secure" TLS policy (TLS_README, "Server certificate
        # verification"): the peer's certificate could not be verified or trusted, so the TLS the
        # policy requires could not be used ("Server certificate not verified", "... not trusted")
        r"(server|peer|remote) certificate (was |is )?not (verified|trusted)", r"certificate verification failed",
    ],
    "auth_failure": [
        # the SPF policy services' refusal text points to the SPF project's "Why" page (Haraka
        # plugins/spf.js, postfix-policyd-spf: "Please see http://www.openspf.org/Why?s=mfrom;id=...");
        # the link's query is dropped before matching, its path stays: an SPF failure of the sender,
        # whatever the reply says around it ("Recipient address rejected: Please see ...")
        r"openspf\.(org|net)/why",
    ],
    "syntax_error": [
        # Postfix smtpd reject_non_fqdn_recipient (postconf(5)): "Recipient address rejected: need
        # fully-qualified address" - the address we sent has no domain, no mailbox was looked up
        r"need fully[- ]qualified address",
        # Sendmail srvrsmtp.c: commands out of order ("503 5.0.0 Need MAIL before RCPT", "Need RCPT
        # (recipient)")
        r"need (mail|rcpt|helo|ehlo)( command)? before", r"need rcpt \(recipient\)",
    ],
}

# (a word the text must contain, pattern on the lower-cased text, reason): each names one cause
PROVIDER_CODES: list[tuple[str, str, str]] = [
    # Exchange 5.5-2003 MSEXCH:IMS diagnostic codes
    # (the IMS's own words after the code name its cause: "... (000C05A6) Unknown Recipient"; other words there,
    # "Delivery time expired", "Host unknown", decide by themselves)
    ("000c05a6", r"\(000c05a6\)(?=[ \t]*($|\n|unknown recipient))", "user_unknown"),            # Unknown Recipient
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
    # the connection refused for the complaints about the sending server (knownhost.com "SMTP Error
    # 521", help.aol.com "AOL Mail addresses are not getting my mail": a server identified as abusive
    # is blocked), and the same block's words; a banned sender address (RLY:SN)
    ("con:", r"\bcon:b1\b", "blocked"),
    ("aol will not accept", r"\baol will not accept delivery of this message", "blocked"),
    ("rly:", r"\brly:sn\b", "rejected"),
    # Exchange 2007+ enhanced codes whose words would read otherwise (Microsoft Learn, Exchange NDR
    # reference; Sisimai lib/sisimai/lhost/exchange2007.rb NDRSubject): an address that cannot be
    # written in SMTP is the directory's fault, not a missing mailbox ("address invalid in SMTP");
    # an MX pointing back to the sending server is a DNS misconfiguration, not a missing domain
    # (sent with 5.4.4); the store refused delivery because the recipient's mailbox is over its
    # receive quota (sent with 5.2.0)
    ("invalidinsmtp", r"resolver\.adr\.invalidinsmtp", "system_error"),
    ("mxloopback", r"smtpsend\.dns\.mxloopback", "system_error"),
    ("quotaexceeded", r"storedrv\.deliver[\w.:]{0,80}quotaexceeded", "mailbox_full"),
    # the store itself failed to deliver (StoragePermanentException / StorageTransientException, sent
    # with 5.2.0 or 4.2.0): the recipient's mailbox server, not a filter
    ("storedrv", r"storedrv\.deliver[\w.:]{0,20}storage(?:permanent|transient)exception", "system_error"),
]

# -- the rule tables of other open-source bounce classifiers, by meaning (issue 8, set B) ------------
# Each table maps server wordings to its own categories; read for what the servers *say*, mapped here
# to this project's reasons by the meaning of the words (where a table's category contradicts the
# words, the words win: BMH calls "user disabled" and "account expired" ``unknown``/hard, they say the
# mailbox exists and is switched off, ``suspended``).  Sources:
# - BP: rjbs/Mail-DeliveryStatus-BounceParser:lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason:
#   user_unknown / over_quota / domain_error);
# - BMH: voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (bmhBodyRules, bmhDSNRules:
#   unknown, inactive, full, oversize, dns_unknown, antispam, content_reject, command_reject, ...);
# - CF: cfortune/PHP-Bounce-Handler:bounce_responses.php ($bouncelist: phrase -> RFC 3463 code).
RULE_TABLES: dict[str, list[str]] = {
    "user_unknown": [
        # BP "$user_re ... (un|not )(known|recognized)", CF "This email address is not known to this
        # system", "User not known": the named mailbox, with its name between the words, is not known
        # (never the sender's address, nor an IP address: those are other reasons)
        r"(?<!sender )(?<!sender's )(?<!from )(?<!ip )(?<!host )(?<!client )(?<!your )(?<!your e-mail )(?<!your email )"
        r"(?<!originator )(?<!sending )(?<!return )(?<!reverse path )(?<!return-path )"
        r"(user|recipient|mail ?box|addressee|e-?mail address|address)"
        r"( (?!(domain|host|server|system|ip|family|format|type|syntax|command)\b)(?!\d)\S{1,64})? (is |was )?"
        r"(not known|unrecogni[sz]ed|not recogni[sz]ed)\b",
        # BP "$user_re \S+ (does not|doesn't) exist" with the noun "address" and a name between
        r"(?<!sender )(?<!sender's )(?<!from )(?<!ip )(?<!host )(?<!domain )(?<!your )(?<!your e-mail )(?<!your email )"
        r"(?<!originator )(?<!sending )address (?!(domain|host|server|ip)\b)(?!\d)\S{1,64} (does not|doesn't|did not) exist",
        # BP "no such $user_re" (customer, e-mail), CF "No such mail drop defined", "No one with that
        # email address here": no mailbox of that name
        r"no such (customer|e-?mail|mail ?drop)\b(?! (domain|server|host))",
        r"no one (here )?(with|by) (that|this) (e-?mail )?(address|name)",
        # CompuServe's "Receiver not found: <name>" (BP p_compuserve); "Unknown_receiver" (the Ruby
        # bounce_email gem, rtd/bounce_email:lib/data.yml, under X.1.1)
        r"receiver ((?!(domain|host|server)\b)\S{1,64} )?(not found|unknown)", r"\bunknown[_ ]receiver\b",
        # BP "doesn't handle mail for that user" (MailFoundry), CF "server doesn't handle mail for that user"
        r"(does not|doesn't) handle mail for (that|this) (user|address|recipient)",
        # BMH rule 0164 (vpopmail / qmail "Sorry, can't find user's mailbox"), CF "Unable to find alias
        # user": the server looked the recipient up and found nothing (not a mail server not found)
        # (not a bare "user": "could not find user for SMTP authentication" is our login)
        r"(unable to|can'?t|cannot|could not|couldn't) find (the |that |this )?(user'?s |recipient'?s )?(mail ?box|alias|recipient)"
        r"(?!'| (mail |smtp )?(server|host|domain|exchanger|database|db|table|settings|config))\b",
        # CF "ADDRESS_NOT_FOUND", "user invalid", "was not found in LDAP server"; BMH 0107 "All recipients
        # are invalid": the directory has no such recipient
        r"\baddress_not_found\b", r"(?<!sender )(?<!from )(?<!failed: )(?<!failure: )(?<!authentication )\b(?:recipient |mailbox |local )user (is )?invalid\b", r"not found in (the )?ldap",
        r"\brecipients (are|were) (all )?(invalid|unknown)\b",
        # BMH 0159 "Error: Wrong recipients": the addresses given are wrong (no such mailbox)
        r"\bwrong (recipients?|e-?mail address(es)?|mail ?box(es)?)\b(?! domain)(?![^.]{0,40}\brelay)",
        # BP "<?$EMAIL_ADDR_REGEX>? is invalid": the recipient's address, named alone, is invalid (never
        # the one given after MAIL FROM or called the sender's)
        r"(?<!sender )(?<!from )(?<!from: )(?<!from:<)(?<!from:)(?<!from: <)(?<!path )(?<!path <)(?<!sender: )(?<!sender: <)"
        r"<address>>?:? (is|was) invalid\b",
    ],
    "host_unknown": [
        # BP "no data record of requested type" (the resolver's NO_DATA answer, hstrerror(3)): the name
        # has no address record of the type asked for; a 4xx or retryable wording is kept temporary by
        # the classifier
        r"no data record of requested type",
        # sisimai/rb-sisimai:lib/sisimai/reason/hostunknown.rb "mail domain mentioned in email address is
        # unknown": the recipient's domain, not its mailbox
        r"domain mentioned in (the )?(e-?mail )?address is unknown",
    ],
    "suspended": [
        # CF "mail is not currently being accepted for this mailbox" (RFC 3463 X.2.1 "mailbox disabled")
        r"not (currently )?being accepted for this (mail ?box|account|address|user)",
        # CF "mailbox has been blocked due to inactivity": the mailbox was switched off for not being used (BMH 0170
        # "Account closed due to inactivity" is closed: gone, patterns.py)
        r"(blocked|disabled|locked|deactivated|suspended|expired) (due to|because of|for) (inactivity|non-?use|lack of use)",
        # BP "$user_re (suspended|discontinued)" with "customer" as the noun (everyone.net)
        r"customer (account )?(is |has been )?(discontinued|suspended|disabled|inactive)",
    ],
    "mailbox_full": [
        # CF "User has exhausted allowed storage space", "user has exceeded ..." (X.2.2)
        r"exhausted (\w+ )?(allowed |allotted |available )?(storage|disk|mail ?box) (space|quota)",
        r"exceeded (its |his |her |their |the )?(allotted|allocated|allowed) (space|storage|disk space|quota)",
    ],
    "system_error": [
        # BMH 0172 / 0120 (a storage fault of the receiving host), CF "server too busy", "system load is
        # too high", "too busy to accept mail", "Too much load" (RFC 3463 X.3.2 "system not accepting
        # network messages": the host's own condition, not the mailbox)
        r"\binput/output error\b", r"(server|system|host|mailer) (is )?too busy\b", r"too busy to (accept|receive|process)",
        r"(system )?load (is )?too high", r"too much load",
    ],
    "mailer_error": [
        # BMH 0173 (vpopmail "can not open new email file errno=13"): the local delivery could not write
        r"can not (create|open|write|read|lock) ",
    ],
    "policy_violation": [
        # sisimai/rb-sisimai:lib/sisimai/reason/policyviolation.rb (AOL: "because the recipient is not
        # accepting mail with <attachments>"): a policy on what the mail contains, not a domain that takes
        # no mail (``not_accept``, hard)
        r"not accepting (e-?mail|mail|messages?) (with|containing) ",
    ],
    "not_compliant_rfc": [
        # BMH 0248 "Messages without To: fields are not accepted here": a header field RFC 5322 section
        # 3.6 requires is missing
        r"messages? without (an? )?\S{1,30} (header )?fields? (are |is )?not accepted",
        # Exim's transport refuses lines longer than RFC 5322 2.1.1's 998 characters: "message has lines
        # too long for transport" (transports/smtp.c, the message_linelength_limit option)
        r"lines? too long for transport",
        # (a receiver's own check of the same limit: "550 Maximum line length exceeded (see RFC 5322 2.1.1)")
        r"\b(maximum )?line length (limit )?(exceeded|is exceeded)\b", r"\bexceeds the maximum line length\b",
        # (German "Nachricht enthält eine Zeile mit mehr als 998 Zeichen", French "plus de 998 caractères")
        r"\b(mehr als|plus de|m(á|a)s de|pi(ù|u) di|mais de|meer dan) 998 (zeichen|caract(è|e)res|caracteres|caratteri|tekens)\b",
        # qmail-smtpd's refusal of a bare line feed, RFC 5321 section 2.3.8 (lines end in CRLF): "451 See
        # http://pobox.com/~djb/docs/smtplf.html." - the page its reply names is its whole reason (cr.yp.to/docs/smtplf.html)
        r"\bdocs/smtplf\b", r"\bbare (lf|linefeeds?|line ?feeds?|<lf>)s?\b",
    ],
    "content_error": [
        # BMH 0043 (latin_only): the recipient's server takes no mail in non-Latin character sets
        r"(does not|doesn't|will not|won't) accept (e-?mail|mail|messages?) in non-(western|latin)",
    ],
    "spam_detected": [
        # sisimai/rb-sisimai:lib/sisimai/reason/spamdetected.rb: MailMarshal / Trustwave SEG "SpamProfiler"
        # refused the message; "Rejecting mail content"; "spamming not allowed"
        r"spam ?profiler\b", r"rejecting (the )?(mail|message|e-?mail) content", r"\bspamming\b",
        # BMH 0218 "Mail data refused by AISP, rule [n]": the anti-spam engine (AISP) refused the content
        r"refused by aisp\b",
    ],
    "no_relaying": [
        # BMH 0108 "relaying to <address> prohibited by administrator"; "Specified domain is not allowed"
        # (BMH 0180): the server takes no mail for that domain from us
        r"relay(ing)? (of mail )?(to \S{1,100} )?(is )?prohibited", r"specified domain is not allowed",
    ],
    "rejected": [
        # BMH 0101 "sender is rejected: ...", 0210 "Verify mailfrom failed": our envelope sender refused
        r"\bsender (is|was|has been) (rejected|refused|denied|blocked)\b", r"verify mail ?from failed",
        # sisimai/rb-sisimai:lib/sisimai/reason/policyviolation.rb (list refusals: "by non-member to a
        # members-only list", "the email address used to send your message is not subscribed to this
        # group"): the list takes posts from its members only, and our address is none (issue 8 family 5)
        r"non-?members? to a members[- ]only (list|group)", r"(not subscribed|not a member) (to|of) (this|the) (group|list|mailing list)",
        # sisimai/rb-sisimai:lib/sisimai/reason/rejected.rb "connections not accepted from servers without
        # a valid sender domain": our envelope domain is refused
        r"(without|with no|lacking) (a )?valid sender domain",
    ],
    "sender_limit": [
        # sisimai/rb-sisimai:lib/sisimai/reason/ratelimited.rb / toomanyconn.rb (Free.fr "too many errors
        # from your IP"; a list's "exceeded the allowable number of posts without solving a captcha"):
        # our host's or address's own count, a rate, never a block of our IP nor a mailbox
        r"too many errors from (your|this) (ip|host|server|address)", r"exceeded the (the )?allowable number of posts",
    ],
    "rate_limited": [
        r"exceeded the (the )?allowable number of posts",
    ],
    "blocked": [
        # BMH 0144: a link to the receiver's "denyip" page names our IP as refused
        r"\bdenyip\b",
    ],
}
# KumoMTA's community rules (KumoCorp/kumomta:assets/community/bounces.toml: InvalidRecipient,
# InactiveMailbox, RoutingErrors, TransientFailure, AuthenticationFailed, PolicyRelated, SpamBlock,
# SpamContent), by meaning
KUMO_RULES: dict[str, list[str]] = {
    "user_unknown": [
        # "553 sorry, no mail-box here by that name" (vpopmail spelling with a hyphen)
        r"no (such )?mail-box\b",
        # RFC 5321 section 4.2.2 reply 553 "Requested action not taken: mailbox name not allowed" (the
        # mailbox syntax is incorrect: RFC 3463 X.1.3); at MAIL FROM it is our address (classifier)
        r"mail ?box name not allowed",
    ],
    "user_unknown_weak": [
        # "recipient <address> denied", Postfix's reject_unverified_recipient "undeliverable address":
        # the recipient was refused or failed verification, without saying it is missing (RCPT TO only)
        r"recipient (<?<address>>? )?(denied|refused)\b", r"undeliverable address",
        # sisimai/rb-sisimai:lib/sisimai/reason/userunknown.rb (its words for a refused recipient,
        # read there only at RCPT TO or beside X.1.1): the server refused the recipients, the
        # envelope recipient was denied, the account is unavailable
        r"(destination|remote|receiving) server rejected (the )?recipients?\b",
        r"envelope recipient (has been |is |was )?(denied|rejected|refused)\b",
        # (the recipient's account: "your account is not available for sending" is ours)
        r"(?<!your )\b(?:recipient'?s?|mailbox|user|this|that|the) account (is )?(unavailable|not available)\b",
    ],
    "suspended": [
        # Microsoft's "DisabledUser" / the account switched off (InactiveMailbox)
        r"\bdisableduser\b",
    ],
    "host_unknown": [
        # "No MX for <domain>" (KumoMTA; Haraka's outbound bounces it with RFC 3463 5.1.2, "bad destination
        # system address"): the lookup found no mail host for the domain at all, what host_unknown means; a
        # domain that publishes RFC 7505's null MX to say it takes no mail ("Domain does not accept mail")
        # stays not_accept
        r"\bno mx for\b",
    ],
    "system_error": [
        # "MailLoop" (RoutingErrors): a mail loop at the receiving side
        r"\bmailloop\b",
    ],
    "rate_limited": [
        # Google "ReceivingRatePerm" / "ReceivingRateTemp": the account receives mail at a rate that
        # prevents more deliveries (the words of its "receiving mail at a rate" reply)
        r"\breceivingrate(perm|temp)?\b",
    ],
    "auth_failure": [
        # Microsoft "DmarcRejection": the sender's DMARC policy (RFC 7489) said reject
        r"\bdmarcrejection\b",
    ],
    "rejected": [
        # "Sender Domain Resolve Fail", "Sender <address> has no A, AAAA, or MX DNS records": our domain
        # does not resolve (RFC 5321 section 2.3.5: a domain name must resolve to take mail)
        r"sender(?:'s)? (e-?mail )?domain (name )?(resolve|resolution|lookup|dns check) (fail|failed|failure|error)\b",
        r"sender (\S{1,100} )?has no (valid )?(a|aaaa|mx)\b[^.;]{0,30}records?",
    ],
    "policy_violation": [
        # "452 restricted by policy error"
        r"restricted by (local |domain |site )?polic(y|ies)",
    ],
    "blocked": [
        # sisimai/rb-sisimai:lib/sisimai/reason/blocked.rb "no access from mail server": our host has no
        # access (sent with 5.1.1 too: never an unknown recipient)
        r"no access from (your |the |this )?(mail ?server|server|host|ip)\b",
        # Invaluement's sender-IP list ivmSIP (and ivmSIP/24) named in the refusal (invaluement.com)
        r"\bivmsip\b",
    ],
    "spam_detected": [
        # "JunkMail rejected", "REJECTED - spamtext"; Invaluement's URI list ivmURI lists links in content
        r"\bjunkmail\b", r"\bspam ?text\b", r"\bivmuri\b",
    ],
    # a spam *content* pattern or a link in this e-mail on a URI list: the content, never our host
    # ("Blocked Using Spam Pattern, Your Message May Contain The Spam Contents"; "A URL in this email
    # (...) is listed on ...")
    "content_listed": [
        r"blocked using (an? )?spam (pattern|signature|content)", r"may contain (the )?spam content",
        r"(uri|url|link|domain)s? in (this|the|your) (e-?mail|mail|message)\b(?! ?from)[^;]{0,80}(listed|blacklisted|blocked)",
    ],
}
# -- the systematic cross-check of issue 8 (tests/test_rule_crosscheck.py): every phrase of these rule
# tables written as a server says it and run through the classifier; where the words' meaning was not
# read yet, it is added here in this project's own words (where a table's category contradicts the
# words, the words decide; the report of the cross-check lists those cases).  Sources:
# - KC: KumoCorp/kumomta assets/community/bounces.toml and assets/bounce_classifier/iana.toml;
# - MT: mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/{BodyParser,DsnParser}.php;
# - RB: rtd/bounce_email lib/bounce_email.rb (get_status_from_text);
# - BP: rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason);
# - CF: cfortune/PHP-Bounce-Handler bounce_responses.php ($bouncelist, read by bounce_driver.class.php);
# - HK: haraka/Haraka outbound/hmail.js (its own reasons for deferring and bouncing);
# - SM: sisimai/rb-sisimai lib/sisimai/reason/*.rb (the Index lists);
# - CR: crisp-oss/email-bounce-parser lib/parser.js (JS).
CROSSCHECK_RULES: dict[str, list[str]] = {
    "user_unknown_weak": [
        # KC "That recipient is not allowed", CF "Recipient not allowed": the recipient was refused,
        # nothing said of why (final only in reply to RCPT TO, never our address: "your recipient")
        r"(?<!your )\brecipient (address )?(is )?not allowed\b(?! to (receive|get|accept))",
        # CF "account is unavailable", SM "no thank you rejected: account unavailable", "mailbox unavaiable"
        # (sic), CF "mailbox is currently unavailable": the account named alone, at the start of the words
        # or after a colon ("your account is not available for sending" is ours, and excluded)
        r"(?:^|[:;] |\d )account (is |was )?(currently )?(unavailable|not available)\b(?! for (relay|sending|send|smtp|auth))",
        r"mail ?box (is )?(unavaiable|currently (unavailable|not available))\b",
        # RB "The recipient was unavailable to take delivery of the message" (Exchange); qmail-remote's
        # "<IP> does not like recipient." (RB, MT, BMH), which only says RCPT TO was refused
        r"recipient was unavailable to take delivery", r"\bdoes not like recipient\b",
    ],
    "user_unknown": [
        # KC "No such ID" (a provider's word for an account name), SM "this spectator does not exist",
        # SM "no <name> in name directory" (Lotus), MT 0195 "email address lookup in domain map failed"
        r"\bno such (user ?)?id\b", r"\bspectator (does not|doesn't) exist",
        r"\bno \S{1,64} in (the )?name directory\b", r"address lookup in (the )?domain map failed",
        # CR "(account|user|mailbox) is invalid": the user named alone (never a login: "authentication
        # failed: user invalid" is ours)
        r"(?<!sender )(?<!from )(?<!failed: )(?<!failure: )(?<!authentication )(?<!auth )(?<!login )(?<!smtp )"
        r"(?<!sasl )(?<!authenticated )(?<!relay )(?<!your )\buser (is )?invalid\b",
    ],
    "mailbox_full": [
        # KC "Mailbox limit exeeded" (sic, a provider's spelling); RB "too many messages on the server":
        # the mailbox holds too many messages (not our rate: no "from")
        r"mail ?box (size )?limit exeeded", r"too many messages (stored )?(on|in) (the|this) (server|mail ?box|inbox|folder)\b",
    ],
    "suspended": [
        # BP "$user_re \S+ (is )?(disabled|expired)" (everyone.net, usa.net): the mailbox named with its name
        # between the words is switched off (not a password, certificate or login that expired; never ours;
        # beside words of a failed login or a relay refusal the named account is ours: classifier
        # ``_NOT_SUSPENDED``)
        r"(?<!sender )(?<!your )(?<!from )(?<!ip )(?<!sending )\b(user|account|mail ?box|recipient|address) (?!\d)"
        r"(?!(password|passwd|certificate|cert|key|token|session|login|credentials?|domain|ip|host|server|verification)\b)"
        r"\S{1,64} (is |was |has been )?(currently |temporarily )?(disabled|suspended|deactivated|expired)\b",
        # SM suspend.rb "temporary locked"; CR "account is terminated", "mailbox terminated": closed for
        # now or for good, the mailbox is known (never "your account")
        # (not "temporarily locked by another process": the mailbox in use for a moment, a system's state)
        r"(?<!your )(?<!sender )(?<!ip )(?<!ip is )(?<!address is )(?<!sender is )\btemporar(y|ily) locked\b"
        r"(?! by (another|a different|an?other) (process|session|program|client))",
        # (not "terminated and no longer exists": the account is gone, ``user_unknown``; nor "cancelled": closed for
        # good, patterns.py)
        r"(?<!your )\b(account|mail ?box) (is |was |has been )?terminated\b(?! and (no longer exists|(does not|doesn't) exist|(has been |was )?(removed|deleted|purged)))",
    ],
    "no_relaying": [
        # BP "as a relay, but I have not been configured to let this host relay"
        r"not (been )?configured to (let|allow) [^.;]{1,40}? (to )?relay\b",
    ],
    "message_too_large": [
        # BP "RESOLVER.RST.RecipSizeLimit" (Exchange's per-recipient size limit; SendSizeLimit the sender's)
        r"resolver\.rst\.(recip|send)sizelimit",
    ],
    "auth_failure": [
        # KC (Microsoft 5.7.515): the sending domain does not meet the required authentication level
        r"(does not|doesn't) meet the required authentication level",
    ],
    "policy_violation": [
        # MT "UnifiedGroupAgent ... external senders aren't permitted to send to this group": the group takes
        # mail from inside its organisation only, the organisation's receiving policy (patterns.py "external senders
        # are not permitted")
        r"external senders (aren't|are not) (permitted|allowed) to send",
    ],
    "rejected": [
        # MT "the sender isn't a group member": the group takes posts from its members only
        r"(sender|you) (isn't|is not|are not|aren't) a (group member|member of (this|the) group)",
    ],
    "bad_reputation": [
        # CF "Domain has received too many bounces": our domain's mail bounced too often there
        r"(domain|ip|sender|host) has (received|generated|caused) too many bounces",
    ],
    "blocked": [
        # CF "not allowed access from your location": our network or country is refused
        r"not allowed access from your (location|network|ip|country|region|host)",
    ],
    "network_error": [
        # RB "Connection was dropped by remote host", "Could not initiate SMTP conversation"; HK "Remote end
        # <host> closed connection while we were processing mail", "socket timeout waiting on connect",
        # "Temporary MX lookup error"; RB/CF qmail "I couldn't find any host by that name" said with a
        # temporary code (with a permanent one it is the domain: host_unknown, decided before this)
        r"connection was (dropped|closed|reset|lost)\b", r"could not initiate (the |an )?smtp (conversation|session)",
        r"remote (end|side|peer)\b.{0,60}closed (the )?connection", r"timeout waiting (on|for) connect",
        r"temporary (mx|dns) lookup (error|failure)", r"(couldn't|could not) find any host (named|by that name)",
    ],
    "connect_failure": [
        r"could not initiate (the |an )?smtp (conversation|session)",
    ],
    "not_accept": [
        # HK "Nowhere to deliver mail to for domain: <domain>" (its resolver found no mail exchanger)
        r"nowhere to deliver (the )?(mail|e-?mail|messages?) to for (the )?domain",
    ],
    "expired": [
        # HK "Too many failures (<last temporary error>)": the retries ran out; SM toomanyconn.rb "we have
        # already made numerous attempts to deliver this message" (the queue gave up, no rate)
        r"\btoo many (delivery )?failures\b", r"(made|after) (numerous|many|several|repeated|multiple) (delivery )?attempts to deliver",
    ],
}
for _table in (RULE_TABLES, KUMO_RULES, CROSSCHECK_RULES):
    for _reason, _phrases in _table.items():
        PHRASES.setdefault(_reason, []).extend(p for p in _phrases if p not in PHRASES.get(_reason, []))
