"""What mailbox providers, sending services and mail-security products say when they refuse mail.

Each group names the page (or the open-source rule table that quotes it) where the wording and its
meaning were read.  The regexes are written here by meaning, generalised over the documented
wordings: they are matched on the lower-cased, space-folded diagnostic like ``patterns.PHRASES``.

``PROVIDER_CODES`` holds only the codes precise enough to decide outright (they are checked before
any phrase or status code, see ``classifier.provider_reason``): a provider's own error number, or
an enhanced status detail that only one provider uses with one meaning.  Wordings go to ``PHRASES``.
"""
from __future__ import annotations

# ------------------------------------------------------------------------------------------------
# PROVIDER_CODES: (a plain word the text must contain, regex on the lower-cased text, reason)
# ------------------------------------------------------------------------------------------------
PROVIDER_CODES: list[tuple[str, str, str]] = [
    # -- Microsoft 365 / Exchange Online / Outlook.com ------------------------------------------
    # https://learn.microsoft.com/en-us/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
    # (read via sisimai/p5-sisimai:lib/Sisimai/Rhost/Microsoft.pm)
    # 5.7.606-649 "Access denied, banned sending IP [x]": the sending IP is on Microsoft's list
    ("5.7.6", r"\b5\.7\.6(?:0[6-9]|[1-4][0-9])\b", "blocked"),
    # 5.7.511 "banned sender" (the IP), 5.7.513 "Customer Block list", 5.7.506 bad HELO,
    # 5.7.507 "rejected by recipient" (the recipient organisation blocks the IP), 5.7.510 no IPv6
    ("5.7.51", r"\b5\.7\.51[013]\b", "blocked"),
    ("5.7.50", r"\b5\.7\.50[67]\b", "blocked"),
    # 5.7.501-503 "Access denied, spam abuse detected": the sending account is banned
    ("5.7.50", r"\b5\.7\.50[1-3]\b", "rejected"),
    # 5.7.504 "Recipient address rejected: Access denied": the recipient address is not valid
    ("5.7.504", r"\b5\.7\.504\b", "user_unknown"),
    # 5.7.505 "Access denied, banned recipient"
    ("5.7.505", r"\b5\.7\.505\b", "suspended"),
    # 5.7.508 "[IP] has exceeded permitted limits within $range range"
    ("5.7.508", r"\b5\.7\.508\b", "rate_limited"),
    # 5.7.708 "Access denied, traffic not accepted from this IP"
    ("5.7.708", r"\b5\.7\.708\b", "blocked"),
    # 5.2.252 "SendAsDenied; <sender> not allowed to send as <from>": our account may not send as that
    # address (sent with a mailbox-status code: the sender's problem, never the recipient's)
    ("sendasdenied", r"sendasdenied", "rejected"),
    # 5.7.750 "Client blocked from sending from unregistered domains"
    ("5.7.750", r"\b5\.7\.750\b", "rejected"),
    # 5.7.703 "... recipients are blocked by your organization's tenant recipient block policy": our
    # own organization's Tenant Allow/Block List refuses the address (a policy, on our side)
    ("5.7.703", r"\b5\.7\.703\b", "policy_violation"),
    # 5.7.700-749 "Access denied, tenant has exceeded threshold": the sender's own limits
    ("5.7.7", r"\b5\.7\.7[0-4][0-9]\b", "rate_limited"),
    # 5.4.1 "Recipient address rejected: Access denied" (directory-based edge blocking)
    ("access denied", r"\b5\.4\.1\b.{0,120}recipient address rejected: access denied", "user_unknown"),
    # 5.1.90 "you've reached your daily limit for message recipients", 5.2.2 "submission quota
    # exceeded", 5.2.121/122 "per hour message receive limit": sending limits, not a full mailbox
    ("5.1.90", r"\b5\.1\.90\b", "rate_limited"),
    ("submission quota", r"submission quota exceeded", "rate_limited"),
    ("5.2.12", r"\b5\.2\.12[12]\b", "rate_limited"),
    # 5.4.300 "Message expired" (Exchange Online's give-up; followed by "-> <the last attempt's reply>", that reply's
    # words decide as they do in any give-up: a mailbox over quota or a provider's block is a cause the sender acts on,
    # a time-out or a refused connection still reads as the give-up)
    (".4.300", r"\b[45]\.4\.300\b(?! message expired -> [245]\d\d\b)", "expired"),
    # 4.7.500 "Server busy. Please try again later from [ip]" (AS761): Microsoft's page for 4.7.500-699
    # ("Fix error code 451 4.7.500-699 (ASxxx) in Exchange Online") says the sending IP is throttled
    # (new or suspicious senders are deferred until they build a history): a rate limit on us, not
    # a failure of their servers, whatever "busy" says
    ("server busy", r"\b4\.7\.500 server busy", "rate_limited"),
    # 4.7.500-699 / 4.7.850-899 "Access denied, please try again later": suspicious activity on the IP
    ("access denied", r"\b4\.7\.(?:[56][0-9][0-9]|8[5-9][0-9]) access denied, please try again later", "blocked"),
    # 5.7.57 / 5.7.1 / 530 "Client was not authenticated (to send anonymous mail during MAIL FROM)"
    ("not authenticated", r"client was not authenticated", "security_error"),
    # 5.7.12, 5.7.124, 5.7.133-136: the recipient accepts mail only from authenticated/allowed senders
    ("not authenticated", r"sender (?:was )?not authenticated (?:by|for|when sending to) (?:the |this )?"
     r"(?:organi[sz]ation|group|mailbox|public folder|mail user)",
     "rejected"),
    ("allowed-senders", r"sender not in (?:the )?allowed-senders list", "rejected"),
    # 5.7.133-136 "RESOLVER.RST.SenderNotAuthenticatedFor{Group,Mailbox,...}; authentication required;
    # Delivery restriction check failed as sender not authenticated", and the NDR sentence "you are
    # not on the list of allowed senders for this group": the recipient takes mail only from its own
    # organisation's senders; our sender is refused
    ("delivery restriction", r"delivery restriction check failed", "rejected"),
    ("sendernotauthenticated", r"resolver\.rst\.sendernotauthenticated", "rejected"),
    # 5.7.51 "TenantInboundAttribution; ... RestrictDomainsToIPAddresses or RestrictDomainsToCertificate":
    # the recipient's tenant takes mail for its domains only from its own IPs or certificate
    ("restrictdomainsto", r"restrictdomainsto(?:ipaddresses|certificate)", "blocked"),
    # outlook.com: "... part of their network is on our block list (S3150)", S3140, AS3160 (the codes its
    # block-list refusals carry: wordtothewise.com/2017/10/troubleshooting-and-codes; another code of the
    # series beside other words says what those words say), and the older
    # SC-001..SC-004 / DY-001..DY-002 codes (block list, namespace mining, open proxy, dynamic IP)
    ("s31", r"\(a?s31[456]0\)", "blocked"),
    ("sc-00", r"\bsc-00[1-4]\b", "blocked"),
    ("dy-00", r"\bdy-00[12]\b", "blocked"),
    # outlook.com "550 5.5.0 Requested action not taken: mailbox unavailable" (no such mailbox)
    # (sisimai/p5-sisimai:lib/Sisimai/Rhost/Outlook.pm)
    ("mailbox unavailable", r"\b5\.5\.0 (?:550 )?requested action not taken: mailbox unavailable", "user_unknown"),

    # -- Web.de / GMX / IONOS -------------------------------------------------------------------
    # https://web.de/email/senderguidelines: "554-Reject due to policy restrictions" (the reply also
    # carries "?ip=..." in its link, which must not make it an IP block)
    ("policy restrictions", r"reject(?:ed)? due to policy restrictions", "policy_violation"),

    # -- Google / Gmail -------------------------------------------------------------------------
    # https://support.google.com/a/answer/3726730 (SMTP error reference; via
    # sisimai/p5-sisimai:lib/Sisimai/Rhost/Google.pm)
    # 4.7.28 "... unusual rate of mail ... has been temporarily rate limited" / 5.7.28 "... unusual
    # rate of unsolicited mail originating from your IP address ... has been blocked"
    # (the rate of mail from our IP, netblock, DKIM or SPF domain is the cause, "temporarily rate limited"
    # the remedy: our host is held back, not the recipient's mailbox - Sisimai's Rhost::Google files
    # both 4.7.28 and the 4.7.0 "unusual rate of unsolicited mail" under ``blocked``)
    ("unusual rate", r"unusual rate of (?:unsolicited )?(?:e-?)?mail.{0,300}?rate limited", "blocked"),
    ("unusual rate", r"unusual rate of (?:unsolicited )?mail", "blocked"),
    # 4.7.29 / 5.7.29 "rate limited because this message wasn't sent over a TLS connection"
    ("tls", r"(?:wasn't|was not) sent over a tls connection|senders to use tls", "failed_starttls"),
    # 550 5.7.0 "Mail Sending denied": the sending account is disabled or not registered in the
    # Workspace domain (support.google.com/a/answer/6140680#maildenied); "account is disabled" in it is ours
    ("mail sending denied", r"mail sending denied", "rejected"),
    # 421 4.3.0 / 4.7.0 "Temporary System Problem. Try again later."
    ("temporary system problem", r"temporary system problem", "system_error"),

    # -- Comcast / Xfinity ----------------------------------------------------------------------
    # http://postmaster.comcast.net/mail-error-codes.html, https://es.xfinity.com/support/articles/email-errors
    # BL000000..BL000111 (sent like spam, Spamhaus, Cloudmark CSI, SenderScore), the older BL001..BL0010,
    # ES000001/ES000010 (dynamic/residential space): the sending IP is refused; RL...: rate limit
    ("bl0", r"\bbl0[0-9]{2,5}\b", "blocked"),
    ("es0000", r"\bes0000[01][01]\b", "blocked"),
    ("rl0", r"\brl0[0-9]{2,5}\b", "rate_limited"),

    # -- Cox -------------------------------------------------------------------------------------
    # https://www.cox.com/residential/support/email-error-codes.html and the older
    # postmaster.cox.net "Error Codes" page (via sisimai/p5-sisimai:lib/Sisimai/Rhost/Cox.pm): one
    # text ("cmsmtp blocked ... AUP#CODE") for every cause, the AUP# code names it.  CXBL / CDRBL: the
    # sending IP blocked (for good / up to 24 hours); IPBLnnnn: the IP is on Spamhaus, Return Path,
    # ivmSIP or Cloudmark CSI (one bit each); URLBLnnn: a URL in the body is on SURBL / Spamhaus DBL /
    # ivmURI; CXCNCT: over 10 concurrent connections per IP; CXMXRT: too many recipients sent, wait;
    # CXDNS: the rDNS of the sending IP fails; CXSNDR: SPF/DomainKeys/DKIM of the sending domain
    # failed; CXSMTP: SMTP protocol violated, sender not verified; CXTHRT / CXMJ: the sending Cox
    # account limited for suspicious activity
    ("aup#c", r"aup#(?:cxbl|cdrbl)\b", "blocked"),
    ("aup#ipbl", r"aup#ipbl[01]{4,5}\b", "blocked"),
    ("aup#urlbl", r"aup#urlbl[01]{3,4}\b", "spam_detected"),
    ("aup#cx", r"aup#cx(?:cnct|mxrt)\b", "rate_limited"),
    ("aup#cxdns", r"aup#cxdns\b", "require_ptr"),
    ("aup#cxsndr", r"aup#cxsndr\b", "auth_failure"),
    ("aup#cxsmtp", r"aup#cxsmtp\b", "rejected"),
    ("aup#cx", r"aup#cx(?:thrt|mj)\b", "security_error"),

    # -- AT&T (prodigy / sbcglobal / bellsouth) --------------------------------------------------
    # https://smtp.codes (AT&T section): "550 5.2.1 <addr>... Addressee unknown, relay=[ip]"
    ("addressee unknown", r"addressee unknown, relay=", "user_unknown"),

    # -- GoDaddy (secureserver.net) "IB" codes ---------------------------------------------------
    # https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685
    # (via sisimai/p5-sisimai:lib/Sisimai/Rhost/GoDaddy.pm)
    ("ib401", r"\bib401\b", "security_error"),            # authentication not allowed on inbound
    ("ib50", r"\bib50[12]\b", "not_compliant_rfc"),        # blank From:, IP address as From:
    ("ib506", r"\bib506\b", "rejected"),                   # From: domain is invalid
    ("ib508", r"\bib508\b", "auth_failure"),               # invalid SPF record
    ("ib108", r"\bib108\b", "require_ptr"),                # reverse DNS for this IP failed
    ("ib212", r"\bib212\b", "spam_detected"),              # content judged to be spam
    ("ib705", r"\bib705\b", "virus_detected"),             # virus infected message
    *((f"ib{n}", rf"\bib{n}\b", "rate_limited") for n in ("605", "007", "101", "504", "510", "607")),  # recipients, sessions, per hour
    ("ib103", r"\bib103\b", "bad_reputation"),             # poor reputation on Cloudmark CSI
    ("ib1", r"\bib1(?:0[4-6]|1[0-3])\b", "blocked"),       # Spamhaus SBL/XBL/PBL, IP blocked for spam

    # -- Charter / Spectrum "AUP#" codes ---------------------------------------------------------
    # https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes
    # (via sisimai/p5-sisimai:lib/Sisimai/Rhost/Spectrum.pm)
    ("aup#", r"aup#[a-z-]*1000\b", "blocked"),
    ("aup#", r"aup#[a-z-]*10(?:[1-7][0-9]|80)\b", "rejected"),
    ("aup#", r"aup#[a-z-]*1090\b", "system_error"),
    ("aup#", r"aup#[a-z-]*11(?:[0-4][0-9]|50)\b", "require_ptr"),
    ("aup#", r"aup#[a-z-]*11[6-9][0-9]\b", "policy_violation"),
    ("aup#", r"aup#[a-z-]*12(?:[0-4][0-9]|50)\b", "blocked"),
    ("aup#", r"aup#[a-z-]*1260\b", "network_error"),
    ("aup#", r"aup#[a-z-]*1(?:3[0-9][0-9]|4[0-8][0-9]|490|540|550|580)\b", "rate_limited"),
    ("aup#", r"aup#[a-z-]*15[02]0\b", "rejected"),
    ("aup#", r"aup#[a-z-]*1530\b", "message_too_large"),
    ("aup#", r"aup#[a-z-]*1560\b", "policy_violation"),

    # -- Tencent QQ Mail / Exmail ------------------------------------------------------------------
    # https://service.mail.qq.com/detail/122 (via sisimai/p5-sisimai:lib/Sisimai/Rhost/Tencent.pm)
    ("suspected", r"suspected spam ip|suspected bounce attacks?", "blocked"),

    # QQ "550 Mailbox unavailable or access denied": the recipient got a burst of mail and takes
    # none from us for a while (service.mail.qq.com help 1000727; the words alone read as no mailbox)
    # (only where no words of the server's own follow it, a link or a reference aside: "550 Mailbox unavailable or access denied.
    # The recipient is not registered on this system", "...: connection IP 198.51.100.23 is in our blacklist" say which, and decide)
    # (a reference in brackets may stand between: "... access denied [MJfrpmtl3QzH8c=] : connection IP x has been listed")
    ("access denied", r"mail ?box unavailable or access denied(?![.:;,]? ?(?:\[[^\]\s]{1,80}\] ?[.:;,]? ?)?"
                      r"(?!https?\b|see\b|for more\b|please (?:see|visit|refer)\b|more info)[a-z])", "rate_limited"),
    # QQ "550 Mailbox not found or access denied" (with "收件人邮箱地址不存在", the recipient's address
    # does not exist; Sisimai rhost/tencent.rb reads "mailbox not found" as user unknown)
    ("access denied", r"mail ?box not found or access denied", "user_unknown"),

    # -- NetEase (163.com, 126.com, yeah.net; Coremail) -----------------------------------------
    # help.163.com "退信代码说明" (the reply carries "CODE 163 mxNN,<id> <time>" and a link to
    # mail.163.com/help/help_spam_16.htm): HL = the sending IP's behaviour, MI = the envelope sender,
    # RP = recipients, DT = the data, WM = allow lists.
    # HL:REP many unknown recipients from the IP, HL:MEP forged sender domains, HL:IHU the IP
    # suspended for spam, HL:IPB / WM:BLI the IP not allowed, DT:RBL the IP on an RBL: the IP is refused
    ("hl:", r"\bhl:(?:rep|mep|ihu|ipb)\b", "blocked"),
    ("dt:rbl", r"\bdt:rbl\b", "blocked"),
    ("wm:bli", r"\bwm:bli\b", "blocked"),
    # HL:ICC concurrent connections, HL:IFC / HL:ITC mail or connections of the IP in a short time or
    # a day, MI:DMC mails per connection, MI:SFQ the sender's mails in 15 minutes, MI:STC the sender's
    # connections in a day, RP:DRC recipients per connection, RP:QRC / RP:TRC the sender's recipients
    # in a period / a day, RP:RCL recipients of one mass mailing, MI:CCL / RP:CCL too many commands
    ("hl:i", r"\bhl:i(?:cc|fc|tc)\b", "rate_limited"),
    ("mi:", r"\bmi:(?:dmc|sfq|stc|ccl)\b", "rate_limited"),
    ("rp:", r"\brp:(?:drc|qrc|trc|rcl|ccl)\b", "rate_limited"),
    # MI:CEL / RP:CEL too many erroneous commands from the client
    ("cel", r"\b(?:mi|rp):cel\b", "syntax_error"),
    # MI:NHD an empty HELO: the sending host does not name itself
    ("mi:nhd", r"\bmi:nhd\b", "blocked"),
    # MI:IMF the envelope sender's address is malformed; WM:BLU the sender not on the allow list
    ("mi:imf", r"\bmi:imf\b", "rejected"),
    ("wm:blu", r"\bwm:blu\b", "rejected"),
    # MI:SPF the IP is not allowed by the sender domain's SPF; MI:DMA the DMARC policy refuses it
    ("mi:", r"\bmi:(?:spf|dma)\b", "auth_failure"),
    # RP:FRL no open relay
    ("rp:frl", r"\brp:frl\b", "no_relaying"),
    # DT:SPM the content judged spam (451: for now, 554: for good)
    ("dt:spm", r"\bdt:spm\b", "spam_detected"),

    # -- Mail.ru ---------------------------------------------------------------------------------
    # https://help.mail.ru/mail/postmaster (quoted in sisimai/p5-sisimai:lib/Sisimai/Reason/Blocked.pm)
    ("dynamic", r"do not accept mail from (?:hosts with )?dynamic ip", "blocked"),

    # -- Free.fr / SFR ---------------------------------------------------------------------------
    # sisimai/p5-sisimai:lib/Sisimai/Reason/Blocked.pm ("Too many spams from your IP" free.fr,
    # "Abus detecte GU_EIB_02/04" SFR): the sending IP is refused, not the content
    ("too many spams", r"too many spams from your ip", "blocked"),
    ("gu_eib", r"\bgu_eib_0[0-9]\b", "blocked"),
    # -- Orange / La Poste: the three-digit code after "OFR_", "OFR005_", "LPN007_" ------------------
    # (via sisimai/rb-sisimai:lib/sisimai/rhost/franceptt.rb; postmastery.com "Orange postmaster SMTP
    # error codes"); only the codes whose words our tables read otherwise: "Mail from not owned by
    # user" (421: our address is not the account's), "Service refused, please try later" at the end
    # of DATA (505: a fault of the receiving service; 510: our host refused), "Client host rejected"
    # (630: the provider's policy on the client), "Archived recipient" / "recipient account is
    # blocked" (420, 426: the mailbox is suspended)
    ("ofr", r"\bofr(?:_|\d{3}[-_])421\b", "rejected"),
    ("lpn", r"\blpn(?:_|\d{3}[-_])421\b", "rejected"),
    ("ofr", r"\bofr(?:_|\d{3}[-_])505\b", "system_error"),
    ("lpn", r"\blpn(?:_|\d{3}[-_])505\b", "system_error"),
    ("lpn", r"\blpn(?:_|\d{3}[-_])510\b", "blocked"),
    ("lpn", r"\blpn(?:_|\d{3}[-_])630\b", "policy_violation"),
    ("lpn", r"\blpn(?:_|\d{3}[-_])42[06]\b", "suspended"),
    ("ofr", r"\bofr(?:_|\d{3}[-_])42[06]\b", "suspended"),
    # -- i.ua (Ukraine): the reply links its error page, "mail.i.ua/err/<n>" ---------------------------
    # (via sisimai/rb-sisimai:lib/sisimai/rhost/iua.rb): 1 and 6 this server is no gateway for us,
    # 2 no such user, 3 a mailbox unused for months, 4 full, 5 our sending limit, 7 our HELO,
    # 8 our sender address could not be checked, 9 our IP is listed
    ("i.ua/err", r"\bi\.ua/err/[16]\b", "no_relaying"),
    ("i.ua/err", r"\bi\.ua/err/2\b", "user_unknown"),
    ("i.ua/err", r"\bi\.ua/err/3\b", "suspended"),
    ("i.ua/err", r"\bi\.ua/err/4\b", "mailbox_full"),
    ("i.ua/err", r"\bi\.ua/err/5\b", "rate_limited"),
    ("i.ua/err", r"\bi\.ua/err/[79]\b", "blocked"),
    ("i.ua/err", r"\bi\.ua/err/8\b", "rejected"),
    # -- Facebook: "<AREA>-<P|T><n>" response codes ----------------------------------------------------
    # (postmaster.facebook.com/response_codes, via sisimai/rb-sisimai:lib/sisimai/rhost/facebook.rb);
    # P is permanent, T temporary.  POL: the sending host or the message refused by policy; MSG: the
    # message itself; RCP / INT: the recipient; DNS: our MAIL FROM domain or our reverse DNS; CON: the
    # number of connections or recipients
    ("pol-p", r"\bpol-p[1-4]\b", "blocked"), ("pol-t", r"\bpol-t[1-3]\b", "blocked"),
    ("pol-p", r"\bpol-p5\b", "virus_detected"), ("pol-p", r"\bpol-p6\b", "spam_detected"),
    ("pol-p", r"\bpol-p7\b", "auth_failure"), ("pol-p", r"\bpol-p8\b", "policy_violation"),
    ("msg-p", r"\bmsg-p1\b", "message_too_large"), ("int-p", r"\bint-p2\b", "message_too_large"),
    ("msg-p", r"\bmsg-p2\b", "content_error"), ("msg-p", r"\bmsg-p3\b", "not_compliant_rfc"),
    ("msg-t", r"\bmsg-t1\b", "rate_limited"), ("con-t", r"\bcon-t[1-4]\b", "rate_limited"),
    ("rcp-p", r"\brcp-p1\b", "user_unknown"), ("int-p", r"\bint-p[134]\b", "user_unknown"),
    ("rcp-p", r"\brcp-p[23]\b", "filtered"), ("int-p", r"\bint-p7\b", "mailbox_full"),
    ("rcp-t", r"\brcp-t4\b", "suspended"), ("rcp-t", r"\brcp-t1\b", "system_error"),
    ("int-t", r"\bint-t\d\b", "system_error"),
    ("dns-p", r"\bdns-p[12]\b", "rejected"), ("dns-t", r"\bdns-t1\b", "rejected"),
    ("dns-p", r"\bdns-p3\b", "require_ptr"), ("dns-t", r"\bdns-t2\b", "require_ptr"),

    # -- Symantec Email Security.cloud (MessageLabs) ---------------------------------------------
    # https://knowledge.broadcom.com/external/article/169652 (via
    # sisimai/p5-sisimai:lib/Sisimai/Rhost/MessageLabs.pm)
    # "501 Connection rejected by policy [7.7] 20805": negative IP reputation with Symantec (its "[7.7]" or its own
    # name: other gateways say "Connection rejected by policy" before their own cause, "... listed at b.barracudacentral.org")
    ("connection rejected by policy",
     r"connection rejected by policy,? (?:\[7\.7\]|.{0,160}(?:symanteccloud|messagelabs))", "bad_reputation"),
    # "553-Message Filtered. Refer to the Troubleshooting page at ..." (spam filtering); Yahoo's
    # legacy "Message filtered. Please see the FAQs section on spam" means the same
    ("message filtered", r"message filtered\.? .{0,80}(?:troubleshooting|faqs|spam|messagelabs|symanteccloud)",
     "spam_detected"),
    # its DSNs (lhost/messagelabs.rb ReFailures, rb-sisimai): "542 <address> Rejected" - the
    # non-standard 542 names the recipient the gateway refused: no such recipient behind it
    # (an address, not a status code: "542 5.7.1 Rejected: your IP ..." is no such reply)
    # (the recipient's own address reaches the tables as "<address>")
    ("542", r"^542 (?:<?<address>>?|<?[^\s@<>]{1,64}@[^\s<>]{1,255}>?) rejected\b", "user_unknown"),

    # -- Barracuda Reputation Block List ---------------------------------------------------------
    # https://www.barracudacentral.org/rbl (BRBL is a DNS block list of sending IPs; its replies say
    # "blocked using Barracuda Reputation" or "b.barracudacentral.org"): blocked, not bad_reputation
    ("barracuda", r"barracuda ?(?:reputation|central)|barracudacentral\.org", "blocked"),
    ("brbl", r"\bbrbl\b", "blocked"),
    # Barracuda "550 cuda_nsu 5.1.1 <addr> Recipient address rejected: User unknown" (no such user)
    ("cuda_nsu", r"\bcuda_nsu\b", "user_unknown"),

    # -- Cisco Secure Email (IronPort) -----------------------------------------------------------
    # Cisco AsyncOS LDAP accept query default reply "550 #5.1.0 Address rejected" (recipient not
    # in the directory); documented in the AsyncOS user guide, LDAP accept queries
    ("address rejected", r"#5\.1\.0 address rejected", "user_unknown"),

    # -- Trend Micro Email Reputation Services (ERS) ---------------------------------------------
    # https://docs.trendmicro.com/all/ent/imsx/imss_win/v7.5/en-us/webhelp/email_rep.html: "a list of
    # IP addresses belonging to known spam senders ... blocking the IP addresses stored in this
    # database"; replies say "blocked using Trend Micro Email Reputation database" or "ERS-RBL": a
    # block list of sending IPs, so blocked rather than bad_reputation
    ("reputation", r"trend ?micro (?:email |rbl|ers)|email reputation (?:database|services?)", "blocked"),
    ("mail-abuse.com", r"\.r\.mail-abuse\.com|mail-abuse\.com/cgi-bin/lookup", "blocked"),

    # -- URIBL / SURBL: domains in the message body are listed ----------------------------------
    # https://uribl.com/about.shtml, https://www.surbl.org/ (content block lists; Sisimai's
    # SpamDetected.pm reads "breaches local URIBL policy" as spam)
    ("urib", r"\buribl\b", "spam_detected"),
    ("surbl", r"\bsurbl\b", "spam_detected"),

    # -- MailChannels: "550 5.7.1 [TAG] reason", the bracketed tag names the control that fired ----
    # https://docs.mailchannels.com/outbound/smtp-errors, https://docs.mailchannels.com/inbound/smtp-errors,
    # https://docs.mailchannels.com/email-api/sending-policies: [RBL] the sending IP or domain is on a
    # global block list ("Sender blocked <IP or domain>" is that list's refusal, not of our address);
    # [S10] the connecting IP blocked by MailChannels; [SS] a known spam signature; [BFD] "Sender
    # prohibited by SPF"; [UNS] "Recipient has unsubscribed from your list" (the relay's suppression)
    ("[rbl]", r"\[rbl\] sender blocked", "blocked"),
    ("[s10]", r"\[s10\] blocked", "blocked"),
    ("[ss]", r"\[ss\] ", "spam_detected"),
    ("[bfd]", r"\[bfd\] sender prohibited by spf", "auth_failure"),
    ("[uns]", r"\[uns\] recipient has unsubscribed", "suppressed"),

    # -- Sophos Email: XGEMAIL_00NN codes ----------------------------------------------------------
    # https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/
    # 0001-0003 no valid DKIM signature / SPF failed / DMARC failed; 0004 the sender IP failed an RBL
    # test; 0005 the sender domain failed a DBL test; 0006 the TLS version does not match the policy;
    # 0008 a domain, IP or address on the admin block list (the recipient organisation's refusal of
    # the sender); 0009 on the recipient user's own block list; 0010 the recipient domain is not one it
    # protects (a relay refusal); 0011 the recipient address does not exist; 0012 over the size limit;
    # 0014 / 0015 the recipient's inbound rate limit (for this sender / from all senders)
    ("xgemail_000", r"\bxgemail_000[123]\b", "auth_failure"),
    ("xgemail_000", r"\bxgemail_000[45]\b", "blocked"),
    ("xgemail_0006", r"\bxgemail_0006\b", "failed_starttls"),
    ("xgemail_0008", r"\bxgemail_0008\b", "rejected"),
    ("xgemail_0009", r"\bxgemail_0009\b", "filtered"),
    ("xgemail_0010", r"\bxgemail_0010\b", "no_relaying"),
    ("xgemail_0011", r"\bxgemail_0011\b", "user_unknown"),
    ("xgemail_0012", r"\bxgemail_0012\b", "message_too_large"),
    ("xgemail_001", r"\bxgemail_001[45]\b", "rate_limited"),

    # -- Sending services' own suppression lists -------------------------------------------------
    # Amazon SES https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html
    #   ("Amazon SES has suppressed sending to this address because it has a recent history of
    #   bouncing", bounceSubType "Suppressed", "on the account-level suppression list");
    # Mailgun https://documentation.mailgun.com/docs/mailgun/user-manual/events/ ("Not delivering to
    #   previously bounced address", "... unsubscribed address", "... a user who marked your messages
    #   as spam"); SendGrid https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces (drop reasons
    #   "Bounced Address", "Unsubscribed Address", "Spam Reporting Address"); Postmark
    #   https://postmarkapp.com/developer/api/overview ("recipient that has been marked as inactive");
    # SparkPost https://support.sparkpost.com/docs/deliverability/suppression-list ("recipient address
    #   suppressed due to customer policy"); Mandrill reject reasons "hard-bounce", "unsub", "spam".
    ("suppress", r"suppressed sending|suppression list|(?:address|recipient) (?:is |was |has been )?suppressed"
                 r"|suppressed (?:address|recipient|due to)", "suppressed"),
    ("bounced", r"(?:not delivering to|sending to|to a) previously bounced|previously (?:hard )?bounced address"
                r"|\bbounced address\b", "suppressed"),
    ("history of bouncing", r"recent history of bouncing", "suppressed"),
    ("unsubscribed", r"not delivering to (?:an? )?unsubscribed|\bunsubscribed (?:address|recipient|contact)",
     "suppressed"),
    ("marked", r"(?:has been|was) marked as inactive|not delivering to a user who marked", "suppressed"),
    ("inactive addresses", r"found inactive addresses", "suppressed"),
    ("spam reporting address", r"\bspam reporting address\b", "suppressed"),
    # Mandrill's "rejection denylist" (formerly "rejection blacklist": addresses it will not send to after a hard
    # bounce, a spam complaint or an unsubscribe; its reject_reason "hard-bounce"), Mailjet's "preblocked" (its event
    # API's error for an address blocked after an earlier hard bounce or spam report), "because of a previous hard bounce"
    ("rejection", r"\brejection (?:deny|block|black)list\b", "suppressed"),
    ("preblocked", r"\bpreblocked\b", "suppressed"),
    ("previous hard bounce", r"\b(?:because of|due to) (?:a )?previous hard bounces?\b", "suppressed"),
    # -- Sending services refusing our own sending identity ---------------------------------------
    # Postmark's "The 'From' address you supplied is not a Sender Signature on your account"
    # (postmarkapp.com/developer/api/overview, error 400), a signature "not confirmed": the sender is refused, whatever
    # the recipient (Amazon SES's "Email address is not verified. The following identities failed the check" stays
    # ``no_relaying``: in its sandbox the identity may be the recipient's, the relaying the account may not do)
    ("sender signature", r"\bis not a (?:confirmed )?sender signature\b|\bsender signature\b[^.]{0,60}\bis not (?:yet )?confirmed\b",
     "rejected"),
]


# ------------------------------------------------------------------------------------------------
# PHRASES: reason -> regexes (what the text means, whichever provider says it)
# ------------------------------------------------------------------------------------------------
PHRASES: dict[str, list[str]] = {
    "user_unknown": [
        # Google: "550 5.1.1 The email account that you tried to reach does not exist"
        # (https://support.google.com/mail/answer/6596); the same wording is quoted by Yandex's
        # https://yandex.com/support/mail/bounces/other.html
        r"account that you tried to reach does not exist",
        # Comcast: "550 5.1.1 <addr> Not our Customer" (http://postmaster.comcast.net/mail-error-codes.html)
        r"not our customer",
        # Symantec Email Security.cloud "553 Recipient mailbox is not allowed" = invalid address
        # (https://knowledge.broadcom.com/external/article/175710, via Rhost/MessageLabs.pm)
        r"recipient mail ?box is not allowed",
        # Microsoft 5.1.10 "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
        r"not found by smtp address lookup",
        # Exchange receive connectors: 5.1.4/5.1.5 "Recipient address reserved by RFC 2606" (.test,
        # .example, .invalid, .localhost), 5.1.6 "Recipient addresses in single label domains not
        # accepted": the recipient address itself cannot exist (learn.microsoft.com Exchange NDR list,
        # via sisimai/rb-sisimai:lib/sisimai/rhost/microsoft.rb)
        r"recipient address(?:es)? reserved by rfc ?2606", r"recipient address(?:es)? in single[- ]label domains?",
        # Tencent "550 Mailbox not found" / Yandex "No such user here" (already core words); Mail.ru
        # "Local mailbox <addr> is unavailable: user not found" (https://help.mail.ru/mail/postmaster)
        r"local mailbox .{1,80} is unavailable: user not found",
    ],
    "filtered": [
        # Mimecast "Envelope blocked - User Entry", "User Domain Entry": the recipient's personal blocked
        # senders list names our address or domain (community.mimecast.com DOC-1369, "550 Envelope
        # blocked - User Entry"): the mailbox exists, its owner refuses us
        r"envelope blocked \S{1,2} user (?:domain )?entry",
        # Microsoft 5.7.1 "You do not have permission to send to this recipient" (delivery
        # restrictions of the recipient; learn.microsoft.com Exchange Online NDR 5.7.1)
        r"(?:do not|don't) have permission to send to this recipient",
    ],
    "suspended": [
        # Coremail "User hangup" (挂起: the mailbox is suspended; icoremail.vip support, 退信 section)
        r"\buser (is )?hang ?up\b",
        # Tencent "is a deactivated mailbox" (service.mail.qq.com, via Rhost/Tencent.pm)
        r"deactivated (?:mail ?box|account|e-?mail address)",
        # Microsoft 5.2.1 "mailbox cannot be accessed" (older Exchange, via Rhost/Microsoft.pm)
        r"mail ?box cannot be accessed",
        # Yahoo "554 delivery error: dd <address> is no longer valid" (via
        # sisimai/rb-sisimai:lib/sisimai/rhost/yahooinc.rb): the account was closed, not unknown
        r"delivery error: dd \S{1,200} is no longer valid",
        # Yandex "550 5.7.1 Policy rejection on the target address": the recipient's own account is
        # blocked (yandex.com/support/mail/bounces/yandex.html), not the sender
        r"policy rejection on the target address",
    ],
    "mailbox_full": [
        # Google 4.2.2 "The recipient's inbox is out of storage space" (support.google.com/mail/?p=OverQuotaTemp)
        r"out of storage space",
        # GoDaddy "Account storage limit" (via Rhost/GoDaddy.pm)
        r"account storage limit",
    ],
    "message_too_large": [
        # Google 5.3.4 "exceeded Google's message size limits", "exceeds Google's limit of N attachments"
        # (support.google.com/mail/?p=MaxSizeError); Mimecast "Maximum email size exceeded"
        r"message size limits?\b", r"exceeds? google's (?:message )?(?:size )?limit",
        r"maximum (?:e-?mail|message) size exceeded",
    ],
    "host_unknown": [
        # Google 553 5.1.2 "We weren't able to find the recipient domain" (support.google.com/mail/?p=BadRcptDomain)
        r"(?:weren't|were not) able to find the recipient domain",
    ],
    "rate_limited": [
        # Google 450 4.2.1 "The user you are trying to contact is receiving mail too quickly" and
        # "... at a rate that prevents additional messages from being delivered" (support.google.com/mail/answer/6592);
        # Yahoo "User is receiving mail too quickly"
        r"receiving (?:mail|messages|e-?mails?) too quickly", r"rate that prevents additional messages",
        # Cox "cmsmtp <ip> message threshold exceeded" (cox.com email error codes): too many messages
        r"\bmessage threshold exceeded",
        # Google 5.4.5 "Daily user sending limit exceeded", "Daily SMTP relay limit exceeded for user",
        # 4.2.1 "Peak SMTP relay limit exceeded for customer" (support.google.com/a/answer/6140680)
        r"daily (?:user )?sending (?:quota|limit)", r"(?:smtp )?relay (?:sending )?limit exceeded",
        # Microsoft 5.1.90 "reached your daily limit for message recipients", 5.2.121/122 "per hour
        # message receive limit", 4.3.2 "recipient thread limit exceeded", 5.7.508 "exceeded permitted
        # limits", 5.7.705 "tenant has exceeded threshold" (learn.microsoft.com, via Rhost/Microsoft.pm)
        r"daily limit for message recipients", r"message receive limit", r"thread limit exceeded",
        r"exceeded permitted limits", r"tenant has exceeded (?:its |the )?threshold",
        # Mimecast "exceeding outbound thread limit", "Account service is temporarily unavailable"
        # (too many concurrent connections) (community.mimecast.com "Mimecast SMTP Error Codes",
        # via Rhost/Mimecast.pm)
        r"outbound thread limit", r"account service is temporarily unavailable",
        # Mimecast "451 Internal resource(s) (are) temporarily unavailable": "the sending mail server is subjected to
        # Greylisting ... retry between one minute and 12 hours", or else its IP has a poor reputation
        # (community.mimecast.com "Mimecast SMTP Error Codes", 4xx table): held back for now, the first reading (Sisimai's
        # rhost/mimecast.rb files it under the second, badreputation); no state of the receiving system, no recipient's
        r"internal resources? (?:is |are )?temporarily unavailable",
        # Tencent "ip/domain/sender/connection frequency limited" (service.mail.qq.com/detail/122/172-175),
        # "the frequency of receiving messages is limited" (service.mail.qq.com/detail/122/1011)
        r"frequency limited", r"frequency of (?:receiving|sending) (?:messages|e-?mails?|mails?) is limited",
        # GoDaddy IB504/IB607 "This IP has sent too many messages this hour" / "... to too many recipients"
        r"sent (?:too many|to too many) (?:messages|recipients)",
        # Rackspace "Mailbox received too much email in a short period of time (G30)"
        # (https://smtp.codes/rackspace, Rackspace postmaster page)
        r"too much (?:e-?)?mail in a short (?:period|time)",
        # Mail.ru "Ratelimit exceeded for mailbox" / Yandex "exceeded their message rate limit" are core;
        # Spectrum "deferred for attempting to send too many in a single session"
        r"too many in a single session",
    ],
    "blocked": [
        # Proofpoint "554 Blocked - see https://ipcheck.proofpoint.com/?ip=x" (also used by iCloud,
        # Yahoo) and SpamCop "Blocked - see https://www.spamcop.net/bl.shtml?x"
        # (https://ipcheck.proofpoint.com/, sisimai/p5-sisimai:lib/Sisimai/Reason/Blocked.pm)
        r"(?:blocked|refused) - see (?:https?://|<link )", r"ipcheck\.proofpoint\.com",
        # Yandex "Blocked by spam statistics" (the sending IP, by its spam record: yandex.com/support/mail/
        # bounces/yandex.html); AT&T "550 unauthorized interface for <ip>": the sending system is not
        # recognised as a valid source of mail (worldnet.att.net block_enduser page)
        r"blocked by spam statistics", r"unauthori[sz]ed interface for",
        # (its IP lookup only: the same host's "policy-reject" page names a site's policy, "[CS01] Message
        # rejected due to local policy. Please visit https://support.proofpoint.com/essentials/policy-reject")
        r"support\.proofpoint\.com/dnsbl",
        # Microsoft outlook.com "part of their network is on our block list" (S3150/S3140/SC-001)
        r"part of their network is on our block ?list",
        # (its first sentence alone, the code before it: "550 OU-002 ... Unfortunately, messages from 198.51.100.23 weren't
        # sent. Please contact your Internet service provider": the connecting IP refused, the remedy its network's; never
        # RP-001's "some messages ... weren't sent. Please try again", a sending limit, in sender_limit)
        r"\bmessages from \[?\d{1,3}(\.\d{1,3}){3}\]? (weren't|were not) sent\. please contact your (internet service provider|isp)\b",
        # Google 421 4.7.0 "IP not in whitelist for RCPT domain" (support.google.com/a/answer/60752),
        # 550 "The IP you're using to send mail is not authorized to send email directly to our
        # servers" (support.google.com/mail/?p=NotAuthorizedError)
        r"ip not in (?:the )?(?:whitelist|allowlist)",
        r"ip you're using to send (?:e-?)?mail is not authori[sz]ed",
        # T-Online "554 Dialup/transient IP not allowed ... (DIAL)" (postmaster.t-online.de),
        # Comcast ES000001 "dynamic/residential IP" (xfinity email errors)
        r"dial-?up/transient ip", r"transient ip not allowed", r"dynamic/residential",
        # Cloudmark Sender Intelligence (Comcast BL000010, Orange, GoDaddy IB103)
        r"csi\.cloudmark\.com", r"cloudmark sender intelligence",
        # Tencent "Connection denied" (service.mail.qq.com/detail/122/170), AT&T "DNSBL:ATTRBL"
        r"\bconnection denied\b", r"dnsbl:attrbl",
        # Microsoft 5.7.513 "blocked by $recipientDomain using Customer Block list", 5.7.606 "banned sending IP"
        r"using customer block ?list", r"banned sending ip",
        # Mimecast "IP temporarily blacklisted" (core "black ?list"), Trend Micro "ERS-RBL"/"ERS-QIL"
        # (Email Reputation Services block and quick IP lists; docs.trendmicro.com Hosted Email Security)
        r"\bers-(?:rbl|qil)\b", r"\brbl\+",
        # a directory harvest (dictionary) attack seen from the sending host: Baruwa "Dictionary attack
        # detected" (bastion.umanix.net/info), Cisco AsyncOS Directory Harvest Attack Prevention (DHAP):
        # the host is refused for probing addresses, the recipient is not judged
        r"dictionary attack", r"directory harvest(?:ing)?(?: attack)?",
        # Coremail (NetEase, Sina, corporate Coremail) "IP is Hangup" (the sending IP suspended; its
        # "Requested mail action not taken: Invalid IP" is the core "invalid ip"; icoremail.vip support, 退信)
        r"\bip is hang ?up\b",
    ],
    "bad_reputation": [
        # Cisco Secure Email: "Your access to this mail system has been rejected due to the sending
        # MTA's poor reputation" (AsyncOS default SBRS reject), SenderBase / Talos reputation
        r"sending mta's poor reputation", r"\bsenderbase\b",
        # Microsoft 4.7.650 "has been temporarily rate limited due to IP reputation" is core ("reputation")
    ],
    "spam_detected": [
        # Google 550 5.7.1 "Our system has detected that this message is suspicious due to the nature of
        # the content and/or the links within" (support.google.com/a/answer/3726730): the content is judged
        r"suspicious due to the (?:nature of the )?content",
        # GoDaddy "Message rejected for spam or virus content" (IB212); Tencent "Mail content denied"
        # (service.mail.qq.com/detail/122/171)
        r"mail content denied",
        # MailMarshal "Message refused by MailMarshal SpamProfiler" / "Rejected by MailMarshal"
        # (Trustwave SEG; quoted in sisimai/p5-sisimai:lib/Sisimai/Reason/SpamDetected.pm)
        r"(?:rejected|refused) by mailmarshal", r"mailmarshal spamprofiler",
        # DSPAM "identified as spam by DSPAM"; SpamAssassin score wordings ("SpamAssassin score 9.1
        # exceeds threshold 5.0", "hits=... required=...")
        r"\bdspam\b", r"score .{0,40}(?:exceeds|exceeded|above|over|higher than) .{0,30}(?:threshold|limit|maximum|required)",
        # "you're using a mass mailer", "Your message failed several antispam checks", "anti-spam engine"
        r"mass ?mailer", r"anti-?spam (?:checks?|engine|filters?|system)",
        # Microsoft Exchange 5.2.1 "Content Filter agent quarantined this message"
        r"content filter agent",
        # Zoho Mail "Email cannot be delivered. Reason: Email flagged as Spam." (via
        # sisimai/rb-sisimai:lib/sisimai/rhost/zoho.rb)
        r"e-?mail flagged as spam",
        # Outlook.com OU-002 "content with spam-like characteristics" (core "spam")
    ],
    "auth_failure": [
        # Exchange Sender ID agent "550 5.7.1 Sender ID (PRA) Not Permitted" (RFC 4406/4407: the purported
        # responsible address failed the sender's published record; learn.microsoft.com, "Sender ID")
        r"sender ?id \((?:pra|mail ?from)\)",
        # Google 4.7.32 "From: header isn't aligned with either the authenticated SPF or DKIM
        # organizational domain" (core "spf"/"dkim"); Symantec "553 DMARC domain authentication fail"
        # (knowledge.broadcom.com/external/article/175407)
        r"domain authentication fail",
        # Mimecast "SPF/DKIM/DMARC Sender Invalid - envelope rejected" (core words)
    ],
    "require_ptr": [
        # IONOS/web.de/GMX "Bad DNS PTR resource record" (postmaster.gmx.net), Comcast "Reverse DNS
        # failure"; core "ptr"/"reverse dns" phrases cover them; Spectrum 1100-1150 "full circle DNS"
        r"full circle dns",
    ],
    "rejected": [
        # United Internet (GMX, web.de, mail.com) "550-Requested action not taken: mailbox unavailable
        # 550 invalid DNS MX or A/AAAA resource record" (postmaster.gmx.com "Error messages": the last
        # line of their multi-line reply names the cause): our MAIL FROM domain has no usable MX or address
        r"invalid dns (?:mx|a)\b[^.]{0,20} resource record",
        # Mimecast "Rejected by header-based Blocked Senders", "block policy for envelope from address"
        # (community.mimecast.com "Mimecast SMTP Error Codes", via Rhost/Mimecast.pm): the organisation's
        # policy names the sender ("Envelope blocked - User Entry" is a person's own list: ``filtered``)
        r"blocked senders?\b", r"block policy for (?:header|envelope) from",
        # SendGrid "The from address does not match a verified Sender Identity" (twilio.com/docs/api/
        # errors/60222), SparkPost "550 5.7.1 Unconfigured Sending Domain" (developers.sparkpost.com):
        # the sending service refuses our own From address or domain
        r"does not match a verified sender identity", r"unconfigured sending domain",
        # Symantec "sender envelope domain not allowed for sender IP address", "your envelope sender is
        # in my badmailfrom list" (knowledge.broadcom.com/external/article/162232)
        r"sender envelope domain not allowed", r"\bbadmailfrom\b",
        # Zoho Mail "541 5.4.1 Mail rejected by destination domain" (via
        # sisimai/rb-sisimai:lib/sisimai/rhost/zoho.rb): the receiving domain's rules refused our mail
        r"mail rejected by (?:the )?destination domain",
        # Microsoft Exchange 5.7.1 / 5.7.133-136 user-facing sentence "You aren't allowed to send to this
        # recipient / group" (learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/
        # fix-error-code-550-5-7-1-in-exchange-online): the recipient organisation's delivery restriction
        # refuses our sender, as "not on the list of allowed senders" (below) says
        r"(?:aren't|are not) allowed to send (?:messages )?to this (?:recipient|group|distribution list)",
        # McAfee/MXLogic "fully qualified email address required" (sisimai Reason/Rejected.pm)
        r"fully qualified e-?mail address required",
        # Symantec Email Security.cloud's list of recipients' gateway refusals "551 Sender is on domain's
        # blacklist" (knowledge.broadcom.com/external/article/169925): the recipient domain's list of senders
        # (a recipient's or user's own list is that person's filter, classifier step 5a: not here)
        r"sender (?:is |was )?(?:on|in) (?:the )?(?!(?:recipient|user|receiver|addressee)'s)\S{1,60}'s? "
        r"(?:block|black|deny) ?list",
        # our domain refused as a whole ("The sender domain has been blocked"; Symantec's list of recipients'
        # gateway refusals, knowledge.broadcom.com/external/article/169925, "sender domain blocked")
        r"sender(?:'s)? (?:e-?mail )?domain (?:has been |is |was )?(?:blocked|banned|refused|rejected|denied)",
        # Google "Mail Sending denied" (sender account disabled in Workspace; support.google.com/a/answer/6140680)
        r"mail sending denied",
        # Microsoft 5.1.8 "Access denied, bad outbound sender" (the sending account was compromised)
        r"bad outbound sender",
        # Microsoft "Your message can't be delivered because you are not on the list of allowed
        # senders for this group" (a group that takes mail only from listed senders)
        r"not on the list of allowed senders",
        # smtpf (Barricade MX) "550 5.7.1 sender <address> black listed #127": our address on the
        # server's access map (www.milter.info/smtp/smtpf/reply.html; its "host ... black listed" is our host)
        r"sender <?<address>>? (?:is )?(?:black ?listed|blocked|banned)",
        # GMX / Web.de "550 Requested action not taken: mailbox unavailable / Sender address has null MX"
        # (postmaster.gmx.net/en/error-messages): OUR domain publishes a null MX (RFC 7505 section 4.2:
        # a server may refuse mail whose sender domain has one), the recipient's mailbox is not at issue
        r"sender(?:'s)? (?:address|domain) (?:has|uses|publishes) (?:a )?null mx",
        # Spectrum 1500/1520 "attempting to send as a different email address"
        r"send as a different e-?mail address",
    ],
    "no_relaying": [
        # Google "Invalid credentials for relay" (support.google.com/a/answer/6140680#invalidcred)
        r"invalid credentials for relay",
        # Symantec "You are trying to use me [server] as a relay, but I have not been configured to let
        # you do this" (knowledge.broadcom.com/external/article/162137)
        r"trying to use me .{0,80}as a relay",
        # Coremail "Requested action not taken: Local user only" (mail only for its own users)
        r"local users? only",
        # Microsoft 5.7.64 "TenantAttribution; Relay Access Denied" (core words)
    ],
    "policy_violation": [
        # Google 552 5.7.0 "Our system detected an illegal attachment on your message", 550 5.7.1
        # "The user or domain that you are sending to (or from) has a policy that prohibited the mail"
        # (support.google.com/mail/?p=BlockedMessage, support.google.com/a/answer/172179)
        r"illegal attachment", r"has a policy that prohibited",
        # Google Workspace custom rules: "550 5.7.1 This message violates example.com email policy. - gcdp
        # <sessionid> - gsmtp" (gcdp marks a rule the recipient's administrator made; same page)
        r"violates (?:the )?\S{1,80} (?:e-?mail |mail |messaging )?polic(?:y|ies)",
        # Exchange / Exchange Online mail flow (transport) rules: a rule that rejects a message without its own words answers
        # "550 5.7.1 Delivery not authorized, message refused" (learn.microsoft.com, "Mail flow rule actions in Exchange Online",
        # RejectMessageReasonText's default): the receiving organisation's rule
        r"delivery not authori[sz]ed,? message refused",
        # Mimecast "Anti-Spoofing policy - Inbound not allowed", "Rejected by header based Anti-Spoofing
        # policy", "Message bounced due to Content Examination policy", "Host network not allowed"
        # (geographical restriction) (community.mimecast.com, via Rhost/Mimecast.pm)
        r"anti-?spoofing policy", r"content examination policy", r"host network not allowed",
        # IONOS/web.de "Reject due to policy restrictions" (web.de/email/senderguidelines)
        r"reject(?:ed)? due to policy restrictions",
        # Microsoft 5.7.520 "Access denied, Your organization does not allow external forwarding"
        r"does not allow external forwarding", r"external (?:e-?mail )?forwarding (?:is )?disabled",
        # MailChannels "[IB_FEB] Your message could not be delivered because it contained an attachment
        # type that is not allowed" (docs.mailchannels.com/inbound/smtp-errors)
        r"attachment (?:type|file type|extension)s? (?:that|which) (?:is|are) not (?:allowed|permitted|accepted)",
        # Microsoft 5.0.350 "Requested action not taken: policy violation detected (AS345)"
        r"policy violation detected",
    ],
    "sender_limit": [
        # the sender's own volume, said without "too many ... from" (so these outrank the block-list
        # or quota words beside them, classifier step 4a): Outlook.com RP-001..RP-003 "Unfortunately,
        # some messages from [IP] weren't sent ... We have limits for how many messages can be sent per
        # hour and per day" (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx);
        # Exim's documented ratelimit ACL message "Sender rate exceeds N messages per 1h"
        # (exim.org spec, ch-access_control_lists, "ratelimit"); Exchange 4.3.2 "The maximum number of
        # concurrent server connections has exceeded a limit" (learn.microsoft.com, Exchange NDRs)
        r"limits? (?:for|on|of) how many (?:messages|e-?mails|recipients) (?:can|may) be sent",
        r"sender rate (?:exceeds|overlimit|over limit|is over|limit exceeded)",
        # (Exchange Online names what the count is kept for: "... concurrent connections per resource
        # forest has exceeded a limit")
        r"concurrent (?:server |smtp )?connections (?:(?:per|for|from) [\w ]{1,30} )?(?:has |have )?exceeded",
    ],
    "not_compliant_rfc": [
        # Google 550 5.7.1 "Messages missing a valid address in From: header, or having no From:
        # header, are not accepted", "missing a valid Message-ID: header", 554 5.6.0 "Mail message is
        # malformed" (support.google.com/mail/?p=RfcMessageNonCompliant)
        r"missing a valid .{0,30}header", r"message is malformed",
        # Google 550 5.7.1 "Messages with multiple addresses in the From: header are not accepted"
        r"multiple addresses in the from:? header",
        # 550 5.7.1 "The message contains a unicode character in a disallowed header", "Encoded-word
        # syntax is not permitted in message header <name>" (same page)
        r"character in a disallowed header", r"encoded-word syntax is not permitted",
        # Symantec "553 Stray linefeeds in message (#5.6.2)"; Microsoft 5.6.11 "invalid characters"
        # (bare line feeds) (learn.microsoft.com, via Rhost/MessageLabs.pm and Rhost/Microsoft.pm)
        r"stray line ?feeds?", r"bare line ?feeds?",
        # Microsoft 5.7.512 "message must be RFC 5322 section 3.6.2 compliant" (core "rfc 5322")
    ],
    "failed_starttls": [
        # Mimecast "This route requires encryption (TLS)", "requires TLS version 1.2 or greater"
        # (community.mimecast.com); Microsoft 4.4.317 "STARTTLS is required to send mail" (core)
        r"requires (?:encryption|tls)",
        # VIPRE "Your sender domain is required to send via an encrypted SMTP session" (a domain with
        # enforced TLS sent in clear; vipre.freshdesk.com "Email rejection reasons")
        r"required to (?:send|deliver|connect) (?:via|over|using|through) (?:an? )?(?:encrypted|secure|tls)",
    ],
    "security_error": [
        # Mimecast 550 "Submitter failed to authenticate" (port 587 submission with wrong credentials;
        # community.mimecast.com "Mimecast SMTP Error Codes", via sisimai rb-sisimai lib/sisimai/rhost/mimecast.rb)
        r"submitter failed to authenticate",
        # Mimecast 535 "Incorrect authentication data"; Symantec "Please turn on SMTP Authentication in
        # your mail client"; Google 534 5.7.14 "Please log in (with|through) your web browser",
        # 535 5.7.8 "Username and Password not accepted", 5.7.1 "Application-specific password required"
        r"incorrect authentication data", r"turn on smtp authentication", r"log in (?:with|through) your web browser",
        r"username and password not accepted", r"application-specific password required",
    ],
    "expired": [
        # Microsoft Exchange 4.4.7 user-facing sentence "The server has tried to deliver this message,
        # without success, and has stopped trying" (learn.microsoft.com/en-us/exchange/troubleshoot/
        # email-delivery/ndr/fix-error-code-4-4-7-in-exchange-online): the delivery was given up
        r"tried to deliver this message,? without success,? and has stopped trying",
    ],
    "system_error": [
        # mail loops: Microsoft 5.4.6/5.4.14 "Hop count exceeded - possible mail loop", "Routing loop
        # detected"; Google 5.4.6 "Message exceeded 50 hops, this may indicate a mail loop"; Mimecast
        # "Mail loop detected"; GoDaddy "This message is looping"; Coremail "looping message"
        r"hop count exceeded", r"routing loop", r"mail loop", r"loop detected", r"exceeded \d+ hops",
        r"message is looping", r"looping message",
        # Mimecast "Unable to process connection at this time" / "unable to process command"
        r"unable to process (?:connection|command|an e-?mail)",
        # Microsoft 4.4.318 "(SuspiciousRemoteServerError)", 4.7.700 "PFA agent busy"
        r"suspiciousremoteservererror", r"agent busy",
        # Cloudflare Email Routing "Upstream error" (developers.cloudflare.com/email-routing/postmaster,
        # via sisimai/rb-sisimai:lib/sisimai/rhost/cloudflare.rb): the forwarding service's own fault
        r"\bupstream error\b",
    ],
    "not_accept": [
        # Mimecast "Account inbounds disabled" (the customer takes no inbound mail)
        r"account inbounds disabled",
    ],
    "syntax_error": [
        # Tencent "Bad address syntax" (service.mail.qq.com/detail/122/167)
        r"bad address syntax",
    ],
    "suppressed": [
        # (see the PROVIDER_CODES group above; these are the plain wordings)
        r"recent history of bouncing", r"previously bounced address", r"marked as inactive",
        # a relay's own list of unsubscribed recipients: MailChannels "[UNS] Recipient has unsubscribed from
        # your list" (docs.mailchannels.com/email-api/sending-policies), Mailgun "unsubscribed address"
        r"(?:recipient|address|contact) has unsubscribed",
    ],
}
