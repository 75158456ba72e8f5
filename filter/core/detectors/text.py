"""Free-text bounces: find each failed recipient and the words said about it.

Most MTAs that do not write RFC 3464 reports still follow one shape: some boilerplate, then for
each recipient its address on a line of its own (or in a short sentence) followed by what the
remote server said, then the returned original behind a marker line.  This module reads that
shape generically; ``vendors/`` holds what the generic reading gets wrong.  Its variants: several
recipients on one labelled line ("送信先：a、b", "Failed recipients: Dan <a>; Eve <b>"), a table of
an address and its reason (a tab or a run of blanks before the reason's label or code), a bare list
of addresses whose reason stands below the last of them (shared by all), a reason standing before
its address (Lotus Notes); what is no failed recipient: a contact, the sender, a message id, an
address inside a multi-line reply.

Also home of the gate every non-DSN bounce must pass (``looks_like_bounce``): mail from a person
that merely mentions a failure must never be taken for a bounce.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from filter.core.lazyre import Lazy, scanned
from filter.core import smtptext
from filter.core.address import _PUNCT as _ADDRESS_PUNCT, ADDRESS, decode_verp, find_all, normalize, repair
from filter.core.message import ParsedMessage
from filter.core.model import DELAYED, DELIVERED, FAILED
from filter.core.wordindex import WordGate, WordIndex
from filter.core.detectors.base import Detection, Record

name = "text"

# -- the gate --------------------------------------------------------------------------------------
# local parts and display names of the accounts that send delivery reports
_SYSTEM_LOCAL = Lazy(
    r"^(mailer[-_]?daemon|postmaster|post_master|poostmaster|mail[-_.]?daemon|mmdf|mdaemon|mail\.delivery\.system|"
    r"mail[-_.]?delivery(?:[-_.]?(?:system|subsystem))?|mailerdaemon|bounces?|bounce[-_.]?\w*|smtp|mta|ndr|"
    r"nobody|no[-_.]?reply[-_.]?dsn|dsn|sysadmin|system|root|daemon|mailadmin|mail[-_.]?admin|mail|"
    # Exchange's system mailbox, the sender of its NDRs ("Microsoft Exchange"
    # <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@...>: the name and a fixed GUID)
    r"microsoftexchange[0-9a-f]{32})$", re.I)
# words in a local part that only mail software uses ("E500_SMTP_Mail_Service", "Symantec_AntiVirus_
# for_SMTP_Gateways", "Postmaster\@example.com")
_SYSTEM_WORDS = Lazy(r"mailer[-_]?daemon|postmaster|smtp|mail[-_]?service|antivirus|mail[-_]?gateway", re.I)
_SYSTEM_NAME = Lazy(
    r"mail(?:er)?[- ]?(?:delivery|daemon)|delivery (?:system|subsystem|status|notification)|mail deliver system|"
    r"postmaster|mail[- ]administrator|system administrator|ndr administrator|mail system|"
    # (the mail administrator in the site's language: Czech / Slovak "Správce pošty", Polish "Administrator poczty", French
    # "Administrateur de messagerie", Italian "Amministratore di posta", Spanish "Administrador de correo")
    r"spr(?:á|a)vc[ea] po(?:š|s)ty|administrator poczty|administrateur (?:de )?(?:la )?messagerie|amministratore (?:di |della )?posta|"
    r"administrador (?:de |del )?correo|"
    r"content[- ]filter|microsoft outlook|mail[- ](?:server|gateway)|mailer|"
    # "System Administrator", the display name Exchange gives its NDRs, in the languages it is localized to
    r"administrador del sistema|administrador do sistema|administrateur (?:du )?syst[èe]me|systemadministrator|"
    r"amministratore di sistema|systeembeheerder|administrator systemu|sistem y[öo]neticisi|системный администратор|"
    r"システム管理者|系统管理员|系統管理員|시스템 관리자|"
    # (the mail system in Japanese, Chinese, Korean: "メールシステム", "邮件系统", "郵件系統", "메일 시스템")
    r"メールシステム|邮件系统|郵件系統|메일 ?시스템|"
    # (the electronic mail service in Italian, Spanish, Portuguese: "Servizio di posta elettronica", "Servicio de correo
    # electrónico", "Serviço de e-mail"; never the post alone, "Servizio Posta" or "Servicio de correo" may sign a parcel
    # service's mail)
    r"\bservizio (?:di )?posta elettronica\b|\bservicio de correo electr(?:ó|o)nico\b|"
    r"\bservi(?:ç|c)o de (?:e-?mail|correio eletr(?:ô|o)nico)\b", re.I)
# The display names of the mail-security products that send their own notices to the sender (Barracuda
# "Email Security Gateway", Trend Micro "Email Security", Symantec "Email Security.cloud", Zix "Email
# Threat Protection", a "Spam Firewall", "Proofpoint Essentials", "Forcepoint DLP", "Trend Micro
# ScanMail", "Hornetsecurity"): the same names sign the vendors' newsletters, webinars, licence and
# training mail, so they count only beside the notice's own words that *our* message was stopped
# (``_OUR_MESSAGE_STOPPED``), never as a system sender
_SECURITY_PRODUCT = Lazy(
    r"(?:e-?)?mail (?:security|threat protection|protection|firewall)|security gateway|spam ?firewall|cisco secure e-?mail|"
    # (a site's own gateway, in its language: "SecureMail Gateway", "E-Mail-Sicherheit", "Sécurité Messagerie",
    # "Sicurezza Posta", "Segurança de E-mail", "Seguridad del correo", "E-mailbeveiliging")
    r"secure ?mail gateway|e-?mail-?sicherheit|e-?mail-?schutz|\bmailschutz\b|s[ée]curit[ée] (?:de la )?messagerie|sicurezza (?:della )?posta|"
    r"seguran[çc]a de e-?mail|seguridad (?:del? )?correo|e-?mailbeveiliging|"
    r"\b(?:proofpoint|mimecast|barracuda|ironport|scanmail|trend micro|sophos email|forcepoint|fortimail|"
    r"hornetsecurity|libraesva|mailchannels|messagelabs|spamexperts|mail assure|zix|zixprotect|zixgateway|mailscanner|symantec|"
    r"mailmarshal|interscan|check ?point|harmony email|avanan|seqrite|eset|kaspersky|bitdefender|gravityzone|mailcleaner|"
    r"rspamd|spamtitan|n-able|mailstore|mailprotector|retarus|trellix|appriver|abnormal security|"
    # (gateways that sign their notices to the sender with their own names: Clearswift, SEPPmail, NoSpamProxy, Halon,
    # EdgeWave / Graphus, VIPRE, Cyren, MailGuard, Spambrella, TitanHQ, Cloudmark, MailRoute, DuoCircle, Securence)
    r"clearswift|seppmail|nospamproxy|halon|edgewave|graphus|vipre|cyren|mailguard|spambrella|titanhq|cloudmark|mailroute|"
    r"duocircle|securence|"
    # (the gateways and API-based filters that sign with their names too: Egress Defend / Prevent, Darktrace / Email,
    # Tessian, IRONSCALES, Perception Point, Cloudflare Area 1)
    r"egress (?:defend|prevent|protect)|darktrace|tessian|ironscales|perception point|area 1 security)\b|"
    r"messaging gateway|data loss prevention|"
    # (or named by what it does, in the site's language: "Antispam Gateway", "System antyspamowy", "Virenschutz",
    # "Mailbeveiliging", "Proteção de E-mail", "Vade Secure", a quarantine's own account name)
    r"\banti-?spam|\bantyspam|\bviren(?:schutz|scanner)\b|\banti-?virus\b|\bmailbeveiliging\b|\bmail ?filter\b|"
    r"\bprote(?:ç|c)(?:ã|a)o de e-?mail\b|\bprotecci(?:ó|o)n (?:del? )?correo\b|\bvade(?: secure)?\b|"
    # ("Filtro de correo", "Filtre de messagerie", "Filtro posta", "Filtro de e-mail": the site's own mail filter)
    r"\bfiltro (?:de |del |di )?(?:correo|posta|e-?mail)\b|\bfiltre (?:de )?(?:messagerie|courrier)\b|"
    # (Swedish "Säker e-post", "E-postsäkerhet", "E-postfilter")
    r"\bs(?:ä|a)ker e-?post\b|\be-?posts(?:ä|a)kerhet\b|\be-?postfilter\b|\bspam-?filter\b|\be-?postskydd\b|"
    # (French "Passerelle de messagerie", a product named by what it does: "Threat Protection")
    r"\bpasserelle (?:de )?messagerie\b|\bpasserelle de s(?:é|e)curit(?:é|e)\b|\bthreat protection\b|\battachment protection\b|"
    r"\bsicurezza e-?mail\b|\bochrona poczty\b|"
    # (Turkish "E-posta Güvenliği", Czech / Slovak "E-mailová ochrana", "Ochrana e-mailu / pošty"; a gateway's "Attachment
    # Sandbox")
    # (Hungarian "Vírusvédelem" (virus protection), Japanese "ウイルスチェック" (virus check), a "Quarantäne-Dienst")
    r"\bv(?:í|i)rusv(?:é|e)delem\b|ウイルス|\be-?posta g(?:ü|u)venli(?:ğ|g)i\b|\be-?mailov(?:á|a) ochrana\b|\bochrana (?:e-?mailu|po(?:š|s)ty)\b|\battachment sandbox\b|"
    r"\b(?:quarantine|quarantena|cuarentena|quarantaine|quarant(?:ä|ae)ne)\b|"
    # (Arabic "نظام حماية البريد" (mail protection system), "بوابة البريد" (mail gateway), "أمن البريد" (mail security); Hebrew
    # "אבטחת דואר"; Persian "امنیت ایمیل")
    r"حماية البريد|بوابة البريد|أمن البريد|אבטחת דואר|امنیت (?:ایمیل|پست)|"
    # (Turkish "E-posta Güvenlik Ağ Geçidi", the e-mail security gateway)
    r"\be-?posta g(?:ü|u)venlik\b|\bg(?:ü|u)venlik a(?:ğ|g) ge(?:ç|c)idi\b", re.I)
# our message stopped, said of our message and its recipient ("Your message to: ops@acme.example was
# blocked", "The message you sent to l.marsh@... was quarantined", "has NOT BEEN DELIVERED"); the run
# between may hold the dots of an address, never a sentence's end
# (never "your email from <someone>": a message to the reader; nor "has not been delivered" alone, as a
# digest or a webinar says it of anything)
# (or the product first: "Trend Micro Email Security has blocked a message you sent", "... could not
# deliver a message you sent"; held: "has been placed on hold for review", Mimecast's hold notices)
# (``_IN_SENTENCE``: the run between the message and the verb, within one sentence)
_IN_SENTENCE = r"(?:[^.\n]|\.(?!\s)|\n(?![ \t]*\n)){0,120}?"
_OUR_MESSAGE_STOPPED = Lazy(
    # (or "your outbound message", a gateway's notice of our own outgoing mail)
    r"(?:your (?:outbound |outgoing )?(?:message|e-?mail)|(?:message|e-?mail) (?:that )?you sent)\b(?!\s+from\b)"
    + _IN_SENTENCE +
    r"\b(?:(?:has\s+been|had\s+been|was|is\s+being|is|has)\s+(?:temporarily\s+)?(?:not\s+been\s+delivered|not\s+delivered|quarantined|"
    r"held\s+for\s+(?:an?\s+)?(?:administrator\s+|admin\s+)?review|held\s+by|held\s+in\s+quarantine|placed\s+(?:on\s+hold|in\s+quarantine|in\s+(?:a|the)\s+(?:held|hold|quarantine)\s+queue)|"
    # (held for a sandbox's analysis or a moderator's approval: "was held for attachment analysis", "is being held for
    # approval")
    r"held\s+for\s+(?:attachment\s+|sandbox\s+|security\s+|moderator\s+)?(?:analysis|approval|inspection)|held\s+while|"
    # ("has been held pending review by the administrator of <domain>")
    r"held\s+pending\s+(?:(?:an?\s+|the\s+)?(?:administrator(?:'s)?\s+|admin\s+|moderator\s+)?(?:review|approval|release))|"
    # (retained: "Your email to x@ has been retained by the Advanced Threat Protection")
    r"retained\s+by|"
    # (a scanner's finding: "Your message to x@ was found to contain a virus and has been removed"; never "deleted" alone, a read
    # receipt's "was deleted without being read")
    r"found\s+to\s+contain\s+(?:a\s+)?(?:virus|malware|malicious)|"
    # (on hold, said of a message named by its sender and recipient: "A message sent from news@... to x@... is on hold")
    r"on\s+hold\b|"
    r"blocked|rejected|stopped|"
    # (held, the sentence ending there: "Your message to x@ has been held.")
    r"held(?=\s*[.!;]|\s*$)|"
    # ("A message you sent is being held and has not yet been delivered")
    r"held\s+and\s+(?:has\s+)?not\s+(?:yet\s+)?(?:been\s+)?delivered|"
    # (Barracuda's notice "Your message to: x@... was classified as SPAM. Please add more content, cut down on HTML links")
    r"classified\s+as\s+(?:spam|bulk)|"
    # (awaiting someone: "Your email to x@... is pending administrator review"; released: "The message you sent to x@... was
    # released from quarantine by the recipient")
    r"pending\s+(?:an?\s+)?(?:administrator(?:'s)?\s+|admin\s+)?(?:review|approval)|released\s+from\s+(?:the\s+)?quarantine)|"
    r"(?:could\s+not|couldn't|cannot)\s+be\s+delivered)|"
    r"\b(?:(?:has\s+)?(?:blocked|quarantined|rejected|stopped|held)|(?:could\s+not|couldn't|cannot|did\s+not)\s+deliver)\s+"
    r"(?:a|the|your)\s+(?:message|e-?mail)\s+(?:that\s+)?you\s+sent\b|"
    # ("ZixProtect has rejected your message to records@...", "ScanMail ... has detected a virus in the message you sent")
    r"\b(?:has\s+)?(?:blocked|quarantined|rejected|stopped|held)\s+your\s+(?:message|e-?mail)\s+to\s+<?[^\s@<>]+@|"
    # (or with the cause after it: "Seqrite Terminator ... has blocked your mail as it contains an infected attachment")
    r"\bhas\s+(?:blocked|quarantined|rejected|stopped)\s+your\s+(?:mail|message|e-?mail)\s+(?:as|because|since)\s+it\s+contain|"
    # (MailMarshal's notice "MailMarshal has stopped the following message:", its recipient under "To:"; "The message below
    # was held in quarantine ... The administrator has rejected the message")
    r"\bhas\s+(?:blocked|quarantined|rejected|stopped)\s+the\s+following\s+(?:message|e-?mail)\b|"
    # (or "The following message was blocked by the Barracuda Email Security Gateway", "The message below, which was held by
    # the recipient organisation's email security policy, has been ... released", "The following message was released from
    # quarantine")
    r"\b(?:the|this)\s+(?:message\s+below|following\s+(?:message|e-?mail))(?:,?\s+which)?\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:held|quarantined|blocked|rejected|stopped|released\s+from\s+(?:the\s+)?quarantine)\b|"
    # (Japanese "メッセージは受信者に配信されませんでした", the recipient under "宛先:")
    r"メッセージは(?:受信者に)?配信されませんでした|"
    # ("お客様が送信したメッセージは、受信者の組織のポリシーに違反しているため配信されませんでした": the message you sent was
    # not delivered, with its cause between)
    r"(?:お客様|あなた|貴方)が送信した(?:メッセージ|メール)は[^。\n]{0,80}?(?:配信されませんでした|ブロックされました|隔離されました|拒否されました)|"
    # ("送信されたメールは宛先（x@）に配信されず、破棄されました": the mail sent was not delivered to its recipient (x@) and was
    # discarded)
    r"(?:送信された|お送りいただいた)(?:メッセージ|メール)は[^。\n]{0,80}?(?:配信されず|配信されませんでした|破棄されました|受信を拒否)|"
    # ("あなたが x@ 宛に送信したメールからウイルスが検出されました。メッセージは削除され、受信者には配信されていません": a virus found
    # in the mail you sent to x@; deleted, not delivered to the recipient)
    r"(?:お客様|あなた|貴方)が\s*<?[^\s@<>]+@[^\s<>]+>?\s*宛(?:て)?に送信した(?:メッセージ|メール)[^。\n]{0,40}?(?:ウイルス|検出|ブロック|隔離|拒否)|"
    r"受信者(?:に|には)配信されていません|"
    # (a release or a review said of the message and its recipient, in Greek "Ο διαχειριστής αποδέσμευσε ... το μήνυμα που
    # στείλατε στον x@", Hungarian "kiengedte a karanténból az Ön által a(z) x@ címre küldött üzenetet", Serbian "пустио из
    # карантина поруку коју сте послали на адресу x@", Albanian "Mesazhi juaj drejtuar x@ ... u lirua", Tagalog "Ang mensaheng
    # ipinadala mo kay x@ ... ay inilabas", Portuguese "A mensagem que enviou para x@ foi libertada", Italian "Il messaggio che hai
    # inviato a x@ è in attesa di revisione", English "needs to review the message you sent to x@")
    r"αποδέσμευσε\b" + _IN_SENTENCE + r"@|\bkiengedte\b" + _IN_SENTENCE + r"@|пустио\s+из\s+карантина\b" + _IN_SENTENCE + r"@|"
    r"\bmesazhi\s+juaj\s+drejtuar\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\bu\s+(?:lirua|bllokua|vendos\s+n(?:ë|e)\s+karantin)|"
    r"\bang\s+mensaheng\s+ipinadala\s+mo\s+(?:kay|sa)\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\b(?:ay\s+)?(?:inilabas|hinarangan|na-?quarantine)|"
    r"\ba\s+mensagem\s+que\s+(?:voc(?:ê|e)\s+)?enviou\s+para\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\bfoi\s+(?:libertada|liberada)\b|"
    r"\bil\s+messaggio\s+che\s+(?:ha|hai)\s+inviato\s+a\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\b(?:è|e'|e)\s+in\s+attesa\s+di\s+"
    r"(?:revisione|approvazione|verifica)|"
    r"\bneeds?\s+to\s+review\s+the\s+(?:message|e-?mail)\s+(?:that\s+)?you\s+sent\s+to\s+<?[^\s@<>]+@|"
    # (a message named by its sender and its recipient: "A message sent from news@... to x@... is on hold")
    r"\b(?:a|the|this)\s+(?:message|e-?mail)\s+(?:sent\s+)?from\s+<?[^\s@<>]+@\S+\s+to\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:is|was|has\s+been)\s+(?:on\s+hold|held|quarantined|blocked|rejected|not\s+delivered)\b|"
    # (the message to a named recipient rejected, held or not delivered, in Indonesian / Malay "Pesan Anda ke x@ ditolak oleh
    # gateway", "mesej anda kepada x@ disekat"; Swahili "Barua yako kwa x@ imekataliwa"; Vietnamese "Thư của bạn gửi tới x@ đang
    # bị giữ trong vùng cách ly"; Thai "ข้อความของคุณถึง x@ ถูกกักไว้"; Greek "Το μήνυμά σας προς x@ κρατείται / απορρίφθηκε")
    r"\b(?:pesan|surat|e-?mail|e-?mel|mesej)\s+anda\s+(?:ke|kepada|untuk)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:ditolak|diblokir|disekat|dikarantina|ditahan|dikuarantin|tidak\s+(?:dapat\s+|bisa\s+)?(?:dihantar|dikirim|terkirim|disampaikan))\b|"
    # (thirty-fifth session: Hebrew "ההודעה שלך אל x@ הוחזקה / נחסמה / לא נמסרה"; Lithuanian "Jūsų laiškas gavėjui x@ buvo
    # sulaikytas / nebuvo pristatytas"; Latvian "Jūsu vēstule adresātam x@ tika aizturēta / netika piegādāta"; Estonian "Teie
    # kirja aadressile x@ ei saanud kohale toimetada"; Serbian / Macedonian "Ваша порука за x@ није испоручена", "Вашата порака до
    # x@ е задржана"; Slovenian "Vaše sporočilo za x@ je bilo zavrnjeno / zadržano"; Albanian "Mesazhi juaj për x@ u bllokua";
    # Persian "پیام شما به x@ تحویل داده نشد"; Tagalog "Ang iyong mensahe para kay x@ ay hindi naihatid")
    r"ההודעה\s+שלך\s+(?:אל|ל)\s*<?[^\s@<>]+@[^\n]{0,80}?(?:הוחזקה|נחסמה|נדחתה|לא\s+נמסרה|הועברה\s+להסגר)|"
    r"\bj(?:ū|u)s(?:ų|u)\s+lai(?:š|s)kas\s+(?:gav(?:ė|e)jui\s+)?<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:buvo\s+sulaikyt|buvo\s+u(?:ž|z)blokuot|buvo\s+atmest|nebuvo\s+pristatyt)|"
    r"\bj(?:ū|u)su\s+(?:v(?:ē|e)stule|zi(?:ņ|n)ojums)\s+(?:adres(?:ā|a)tam\s+|sa(?:ņ|n)(?:ē|e)m(?:ē|e)jam\s+)?<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:tika\s+aizt(?:u|ū)r(?:ē|e)ts?|tika\s+blo(?:ķ|k)(?:ē|e)ts?|tika\s+noraid(?:ī|i)ts?|netika\s+pieg(?:ā|a)d(?:ā|a)ts?)|"
    r"\bteie\s+(?:kirja|kiri|s(?:õ|o)num|s(?:õ|o)numi)\s+(?:aadressile\s+|adressaadile\s+)?<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:ei\s+saanud|ei\s+(?:õ|o)nnestunud|peeti\s+kinni|on\s+(?:paigutatud\s+karantiini|kinni\s+peetud|blokeeritud|tagasi\s+l(?:ü|u)katud))|"
    r"\bваша\s+порука\s+(?:за|на\s+адресу)\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"(?:није\s+испоручена|је\s+задржана|је\s+блокирана|је\s+одбијена)|"
    r"\bвашата\s+порака\s+(?:до|за)\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"(?:е\s+задржана|е\s+блокирана|е\s+одбиена|не\s+е\s+испорачана)|"
    r"\bva(?:š|s)e\s+sporo(?:č|c)ilo\s+(?:za|na\s+naslov)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:je\s+bilo\s+(?:zavrnjeno|zadr(?:ž|z)ano|blokirano)|ni\s+bilo\s+dostavljeno)|"
    r"\bmesazhi\s+juaj\s+p(?:ë|e)r\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\b(?:u\s+bllokua|u\s+refuzua|nuk\s+u\s+dor(?:ë|e)zua|u\s+mbajt)|"
    r"(?:پیام|ایمیل|نامه)\s+شما\s+(?:به|برای)\s*<?[^\s@<>]+@[^\n]{0,80}?(?:تحویل\s+داده\s+نشد|مسدود\s+شد|رد\s+شد|نگه\s+داشته\s+شد)|"
    # (Hindi "आपका संदेश x@ को वितरित नहीं किया जा सका / के लिए रोक लिया गया"; Bengali "আপনার বার্তা x@ এর কাছে পাঠানো হয়নি";
    # Ukrainian "Ваш лист до x@ затримано"; Romanian "Mesajul dumneavoastră către x@ a fost reținut"; Swedish "Ditt meddelande
    # till x@ har spärrats")
    r"आपका\s+(?:संदेश|ईमेल)\s+<?[^\s@<>]+@[^\n]{0,80}?(?:वितरित\s+नहीं\s+किया\s+जा\s+सका|पहुँचाया\s+नहीं\s+जा\s+सका|रोक\s+लिया\s+गया|संगरोध)|"
    r"আপনার\s+(?:বার্তা|বার্তাটি|ইমেইল|ইমেল)\s+<?[^\s@<>]+@[^\n]{0,80}?(?:পাঠানো\s+হয়নি|অবরুদ্ধ|আটকে\s+রাখা|বিতরণ\s+করা\s+যায়নি|পৌঁছানো\s+যায়নি)|"
    r"\bваш\s+лист\s+(?:до|для|на\s+адресу)\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"(?:затримано|заблоковано|відхилено|не\s+доставлено|поміщено\s+в\s+карантин)|"
    r"\bmesajul\s+(?:dumneavoastr(?:ă|a)|dvs\.?|t(?:ă|a)u)\s+c(?:ă|a)tre\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\ba\s+fost\s+(?:re(?:ț|ţ|t)inut|blocat|respins|pus\s+(?:î|i)n\s+carantin)|"
    r"\bditt\s+meddelande\s+till\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\b(?:har\s+(?:sp(?:ä|a)rrats|blockerats|stoppats|satts\s+i\s+karant(?:ä|a)n|"
    r"h(?:å|a)llits\s+kvar)|kunde\s+inte\s+levereras)|"
    # (Amharic "ወደ x@ የላኩት መልዕክት በኳራንቲን ተይዟል / አልደረሰም" (the message you sent to x@ is held in quarantine / did not arrive); Khmer
    # "សាររបស់អ្នកទៅកាន់ x@ ត្រូវបានបដិសេធ / មិនត្រូវបានបញ្ជូនទេ" (your message to x@ was refused / was not delivered); Nepali
    # "तपाईंको सन्देश क्वारेन्टाइनमा राखिएको छ" (your message was placed in quarantine), its recipient in a field below)
    r"ወደ\s+<?[^\s@<>]+@\S+\s+የላኩት\s+መልዕክት[^\n]{0,60}?(?:ተይዟል|አልደረሰም|ታግዷል|ውድቅ)|"
    r"សាររបស់អ្នកទៅកាន់\s*<?[^\s@<>]+@[^\n]{0,80}?(?:ត្រូវបានបដិសេធ|មិនត្រូវបានបញ្ជូន|ត្រូវបានរារាំង|ត្រូវបានឃាត់)|"
    r"तपाईंको\s+(?:सन्देश|इमेल)[^\n]{0,80}?(?:क्वारेन्टाइनमा\s+राखिएको|रोकिएको|अस्वीकार\s+गरिएको|पठाउन\s+सकिएन)|"
    r"\bang\s+iyong\s+mensahe\s+(?:para\s+kay|para\s+sa|kay)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:ay\s+)?(?:hindi\s+naihatid|hinarangan|tinanggihan|na-?quarantine)|"
    # (French "Le message que vous avez envoyé à x@ est en attente de validation / a été bloqué"; Italian "Il tuo messaggio per
    # x@ è stato respinto / trattenuto"; Chinese "您的邮件已被拒收 / 隔离 / 拦截" (your mail was refused / quarantined / stopped),
    # its recipient in a field below)
    r"\ble\s+message\s+que\s+vous\s+avez\s+envoy(?:é|e)\s+(?:à|a)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:est\s+en\s+attente\s+de\s+(?:validation|mod(?:é|e)ration|v(?:é|e)rification)|a\s+(?:é|e)t(?:é|e)\s+(?:bloqu|rejet|refus|retenu|mis\s+en\s+quarantaine))|"
    r"\bil\s+(?:tuo|suo|vostro)\s+messaggio\s+(?:per|a|indirizzato\s+a)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:(?:è|e')\s+stato\s+(?:respinto|rifiutato|bloccato|trattenuto|messo\s+in\s+quarantena)|non\s+(?:è|e')\s+stato\s+(?:consegnato|recapitato))|"
    r"(?:您|你)的(?:邮件|郵件)(?:已)?被(?:拒收|拒绝|拒絕|退回|隔离|隔離|拦截|攔截)|"
    r"\bbarua\s+(?:pepe\s+)?yako\s+(?:kwa|kwenda)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:imekataliwa|imezuiliwa|imezuiwa|imewekwa\s+karantini|imeshikiliwa)\b|"
    r"\bthư\s+(?:của\s+bạn\s+)?(?:gửi\s+)?(?:tới|đến|cho)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"(?:đang\s+bị\s+giữ|bị\s+(?:giữ\s+lại|tạm\s+giữ|chặn|từ\s+chối|cách\s+ly))|"
    r"ข้อความ(?:ของคุณ)?(?:ที่ส่ง)?ถึง\s*<?[^\s@<>]+@[^\n]{0,80}?(?:ถูกกัก|ถูกปฏิเสธ|ถูกบล็อก|ถูกระงับ)|"
    r"\bτο\s+μήνυμ(?:ά|α)\s+σας\s+(?:προς|στον|στην|στο)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"(?:κρατείται|κρατήθηκε|απορρίφθηκε|αποκλείστηκε|μπλοκαρίστηκε|τέθηκε\s+σε\s+καραντίνα|δεν\s+παραδόθηκε)|"
    # ("Held pending administrator approval: the message addressed to x@... from you")
    r"\bheld\s+pending\s+(?:an?\s+)?(?:administrator(?:'s)?|admin|moderator)\s+(?:approval|review)\b[^\n]{0,40}?\b(?:message|e-?mail)\s+"
    r"addressed\s+to\s+<?[^\s@<>]+@|"
    # (the product first, "The Barracuda Email Security Service detected a virus in a message you sent", "... detected a
    # security risk in a message you sent")
    r"\b(?:has\s+)?(?:detected|found)\s+(?:an?\s+)?(?:virus|malware|threat|infection|security\s+risk)\s+in\s+(?:a|the|your|an)\s+"
    r"(?:message|e-?mail)\s+(?:that\s+)?you\s+sent\b|"
    # (our message named as held: "reviewed your quarantined message and declined to release it", French "votre message retenu",
    # Spanish "su mensaje retenido")
    r"\byour\s+(?:quarantined|held)\s+(?:message|e-?mail)\s+(?:to|for)\s+<?[^\s@<>]+@|"
    r"\bvotre\s+message\s+retenu\s+(?:pour|(?:à|a))\s+<?[^\s@<>]+@|\bsu\s+mensaje\s+retenido\s+(?:para|a)\s+<?[^\s@<>]+@|"
    # (Trend Micro Email Security's "has taken action on a message you sent", what it did in the "Action:" field below)
    r"\bhas\s+taken\s+action\s+on\s+(?:a|the|your)\s+(?:message|e-?mail)\s+(?:that\s+)?you\s+sent\b|"
    # (German "in Ihrer E-Mail an ... wurde Schadsoftware / ein Virus gefunden")
    r"\bin\s+ihrer\s+(?:nachricht|e-?mail)\b" + _IN_SENTENCE + r"\b(?:schadsoftware|ein\s+virus|viren|malware|ein\s+trojaner)\s+"
    r"(?:gefunden|entdeckt|erkannt)|"
    # (the finding first, the product unnamed: "A virus was detected in an attachment of the message you sent")
    r"\b(?:virus|threat|malware)\s+(?:was|has\s+been)\s+(?:detected|found)\s+in\s+(?:an?\s+attachment\s+of\s+)?(?:(?:a|the|your)\s+"
    r"(?:message|e-?mail)\s+(?:that\s+)?you\s+sent|your\s+(?:message|e-?mail))\b|"
    # (Japanese "お送りいただいたメールからウイルスが検出されたため、受信者への配信を停止しました": a virus found in the mail you sent, its
    # delivery stopped)
    r"(?:お送りいただいた|送信された|お客様が送信した)(?:メッセージ|メール)(?:から|に|より)[^。\n]{0,40}?(?:ウイルス|マルウェア)[^。\n]{0,40}?(?:検出|検知)|"

    # MailScanner's report to the sender (its sender.virus.report.txt: "Our virus detector has just been
    # triggered by a message you sent:-", the recipient under "To:")
    r"\bhas\s+(?:just\s+)?been\s+triggered\s+by\s+(?:a|the|your)\s+(?:message|e-?mail)\s+(?:that\s+)?you\s+sent\b|"
    # ... and its German templates ("Unser Virenscanner wurde durch eine Nachricht von Ihnen ausgelöst:",
    # "Unsere Virenscanner wurden von einer von Ihnen gesandten Nachricht ausgelöst:"), the recipient under "An:"
    r"\b(?:wurde|wurden)\s+(?:durch|von)\s+einer?\s+(?:von\s+ihnen\s+gesandten\s+)?nachricht(?:\s+von\s+ihnen)?\s+"
    r"ausgel(?:ö|oe)st|"
    # ... and its Spanish one ("Nuestro detector de virus ha sido activado por un mensaje que usted envió:", "A:")
    r"\bha\s+sido\s+activado\s+por\s+un\s+mensaje\s+(?:que\s+usted\s+envi(?:ó|o)|enviado\s+por\s+usted)|"
    # the same notice in the languages the products are localised into (our renderings of "your message to
    # <address> was blocked / quarantined / held / not delivered"): de, fr, es, it, pt, nl
    # (the product named as the agent, with or without an article: "wurde von Sophos Email in die Quarantäne verschoben"; or
    # first: "Sophos Email hat Ihre Nachricht an <address> blockiert")
    r"\b(?:ihre|deine)\s+(?:nachricht|e-?mail)\b" + _IN_SENTENCE + r"\bwird\s+(?:derzeit\s+|vor(?:ü|ue)bergehend\s+)?"
    r"zur(?:ü|ue)ckgehalten\b|"
    # (or "Ihre ausgehende Nachricht", our own outgoing message stopped by our gateway)
    r"\b(?:ihre|deine)\s+(?:ausgehende\s+)?(?:nachricht|e-?mail)\b" + _IN_SENTENCE + r"\bwurde\s+"
    r"(?:(?:von|vom|durch)\s+(?:(?:unserem|unserer|dem|der)\s+)?\S+(?:\s+\S+)?\s+)?"
    # (its cause between: "Ihre Nachricht wurde aufgrund einer Richtlinie blockiert", "wegen eines Anhangs abgewiesen")
    r"(?:(?:aufgrund|wegen)\s+(?:einer|eines|der|des|ihrer|ihres|unserer|unseres)\s+\S+(?:\s+\S+)?\s+)?"
    r"(?:zur\s+(?:ü|ue)berpr(?:ü|ue)fung\s+|vor(?:ü|ue)bergehend\s+)?(?:blockiert|abgewiesen|"
    r"zur(?:ü|ue)ckgewiesen|zur(?:ü|ue)ckgehalten|in\s+(?:die\s+)?quarant(?:ä|ae)ne\s+(?:verschoben|gestellt)|nicht\s+zugestellt|"
    # ("wurde von einer Anhangsregel erfasst": caught by an attachment rule)
    r"von\s+einer\s+\S{0,30}regel\s+erfasst)|"
    # (held, said as where it was: "Ihre Nachricht an x@... war vorübergehend in der Quarantäne")
    r"\b(?:ihre|deine)\s+(?:nachricht|e-?mail)\b" + _IN_SENTENCE + r"\b(?:war|befand\s+sich)\s+(?:vor(?:ü|ue)bergehend\s+)?"
    r"in\s+(?:der\s+)?quarant(?:ä|ae)ne\b|"
    # (released: "Ihre Nachricht an x@... wurde vom Empfänger aus der Quarantäne freigegeben"; the product first, the message
    # after: "Trend Micro Email Security hat eine Nachricht blockiert, die Sie gesendet haben")
    r"\b(?:ihre|deine)\s+(?:nachricht|e-?mail)\s+an\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\bwurde\b" + _IN_SENTENCE
    + r"\b(?:aus\s+der\s+quarant(?:ä|ae)ne\s+)?freigegeben\b|"
    r"\bhat\s+(?:eine|ihre|die)\s+(?:nachricht|e-?mail)\s+(?:blockiert|gestoppt|abgewiesen|zur(?:ü|ue)ckgehalten|"
    r"in\s+(?:die\s+)?quarant(?:ä|ae)ne\s+verschoben),?\s+die\s+sie\s+(?:gesendet|gesandt|verschickt|geschickt)\s+haben\b|"
    r"\bhat\s+(?:ihre|deine)\s+(?:nachricht|e-?mail)\s+an\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\b(?:blockiert|abgewiesen|"
    r"zur(?:ü|ue)ckgehalten|in\s+(?:die\s+)?quarant(?:ä|ae)ne\s+verschoben)|"
    # ... and the message named by its recipient ("Die E-Mail an <address> wurde vom Spamfilter als Spam eingestuft und in der
    # Quarantäne zurückgehalten")
    # (or by its subject first: "die E-Mail mit dem Betreff "..." an <address> wurde ... nicht zugestellt")
    r"\b(?:e-?mail|nachricht)\s+(?:mit\s+dem\s+betreff\s+[^\n]{0,120}?\s+)?an\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\b(?:wurde\b" + _IN_SENTENCE + r"\b(?:blockiert|"
    r"abgewiesen|abgelehnt|zur(?:ü|ue)ckgewiesen|zur(?:ü|ue)ckgehalten|in\s+(?:die\s+)?quarant(?:ä|ae)ne\s+(?:verschoben|gestellt)|"
    r"nicht\s+zugestellt)|konnte\s+nicht\s+(?:zugestellt|ausgeliefert|(?:ü|ue)bermittelt)\s+werden)|"
    r"\b(?:votre\s+message|le\s+message\s+que\s+vous\s+avez\s+envoy(?:é|e))\b" + _IN_SENTENCE +
    r"\b(?:a(?:vait)?\s+(?:é|e)t(?:é|e)\s+(?:bloqu|rejet|refus|plac(?:é|e)\s+en\s+quarantaine|mis\s+en\s+quarantaine|retenu)|"
    r"est\s+(?:temporairement\s+)?(?:retenu|bloqu(?:é|e)|en\s+quarantaine|en\s+cours\s+d['’]analyse)|"
    r"n'a\s+pas\s+pu\s+(?:ê|e)tre\s+(?:remis|distribu|livr)|n'a\s+pas\s+(?:é|e)t(?:é|e)\s+(?:remis|distribu|livr))|"
    # ja: "<address> 宛てに送信されたメッセージは ... ブロックされました / 隔離されました / 配信できませんでした"
    r"@[^\s@<>]+\s?宛て?に送信された(?:メッセージ|メール)は[^。\n]{0,120}?(?:ブロックされました|隔離されました|配信できませんでした|"
    r"拒否されました|保留されました)|"
    r"\b(?:(?:su|tu)\s+(?:mensaje|correo)|el\s+(?:mensaje|correo)\s+que\s+(?:usted\s+)?(?:envi(?:ó|o)|ha\s+enviado))\b" + _IN_SENTENCE
    + r"\b(?:ha\s+sido|fue)\s+"
    r"(?:bloquead|rechazad|retenid|puesto\s+en\s+cuarentena)|"
    r"\b(?:su|tu)\s+(?:mensaje|correo)\b" + _IN_SENTENCE + r"\b(?:qued(?:ó|o)|se\s+encuentra|est(?:á|a))\s+retenid|"
    # ("El mensaje que envió a x@ ha quedado retenido en la cuarentena del destinatario")
    r"\bel\s+(?:mensaje|correo)\s+que\s+(?:usted\s+)?envi(?:ó|o)\b" + _IN_SENTENCE + r"\bha\s+quedado\s+retenid|"
    # (French: MailScanner's "Notre détecteur de virus a été déclenché par un message que vous avez envoyé :", the recipient
    # under "À :"; a gateway's "Le message suivant a été placé en quarantaine")
    r"\ba\s+(?:é|e)t(?:é|e)\s+d(?:é|e)clench(?:é|e)\s+par\s+un\s+message\s+que\s+vous\s+avez\s+envoy(?:é|e)|"
    r"\ble\s+message\s+suivant\s+a\s+(?:é|e)t(?:é|e)\s+(?:plac(?:é|e)\s+en\s+quarantaine|bloqu(?:é|e)|rejet(?:é|e)|retenu)|"
    # (Chinese "您寄給下列收件者的郵件已被封鎖" / "您发送给 x@ 的邮件已被拦截": the mail you sent was blocked)
    r"(?:您|你)(?:寄給|寄给|發送給|发送给)[^。\n]{0,60}?(?:郵件|邮件)已被(?:封鎖|封锁|阻擋|阻挡|攔截|拦截|隔離|隔离|拒絕|拒绝)|"
    # (Italian, ESET's "Nel messaggio inviato a x@ è stata rilevata una minaccia")
    r"\bnel\s+messaggio\s+inviato\s+a\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\b(?:è|e)\s+stat[oa]\s+rilevat[oa]\s+una\s+minaccia|"
    # ("Su mensaje no ha sido entregado", its recipient in a field below)
    r"\b(?:su|tu)\s+(?:mensaje|correo)\s+no\s+(?:ha\s+sido|fue)\s+entregad[oa]\b|"
    # ("El mensaje enviado a x@ no fue entregado porque su tamaño supera el límite": the message sent to x@, not delivered)
    r"\bel\s+(?:mensaje|correo)\s+(?:que\s+(?:usted\s+)?envi(?:ó|o)\s+|enviado\s+)(?:a|para)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\bno\s+(?:ha\s+sido|fue)\s+entregad[oa]\b|"
    # ("Sophos Email ha bloqueado su mensaje a <address> porque ...": the product first, as in German)
    r"\bha\s+(?:bloqueado|rechazado|retenido|puesto\s+en\s+cuarentena)\s+(?:su|tu)\s+(?:mensaje|correo)\s+(?:a|para)\s+<?[^\s@<>]+@|"
    r"\bil\s+(?:suo\s+|tuo\s+)?messaggio(?:\s+(?:che\s+(?:ha|hai)\s+|da\s+lei\s+)?inviato)?\b" + _IN_SENTENCE + r"\b(?:è|e'|e)\s+"
    r"(?:stato\s+)?(?:temporaneamente\s+)?(?:bloccato|rifiutato|trattenuto|messo\s+in\s+quarantena)|"
    r"\b(?:a\s+)?sua\s+mensagem\b" + _IN_SENTENCE + r"\bfoi\s+(?:bloquead|rejeitad|retid|"
    r"colocada\s+em\s+quarentena)|"
    r"\buw\s+(?:vastgehouden\s+|tegengehouden\s+)?bericht\b" + _IN_SENTENCE + r"\b(?:is|werd)\s+(?:tijdelijk\s+)?(?:door\s+[^.\n]{1,80}?\s+)?(?:geblokkeerd|geweigerd|tegengehouden|vastgehouden|"
    r"in\s+quarantaine\s+geplaatst)|"
    # ("Uw bericht aan <address> ... stond in quarantaine")
    r"\buw\s+bericht\s+aan\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\b(?:stond|staat)\s+in\s+(?:de\s+)?quarantaine\b|"
    # (Swedish "Ditt meddelande till x@... hölls kvar av vårt e-postfilter", "har satts i karantän", "blockerades")
    r"\bditt\s+meddelande\b" + _IN_SENTENCE + r"\b(?:h(?:ö|o)lls\s+kvar|har\s+h(?:å|a)llits\s+kvar|(?:har\s+)?satts\s+i\s+karant(?:ä|a)n|"
    r"blockerades|har\s+blockerats|stoppades|har\s+stoppats)|"
    # (Norwegian "Din e-post til x@... ble holdt tilbake av e-postfilteret", Danish "Din meddelelse til x@... blev midlertidigt
    # tilbageholdt af vores spamfilter")
    r"\bdin\s+(?:e-?post|melding|meddelelse|e-?mail|besked)\b" + _IN_SENTENCE + r"\b(?:ble|blev)\s+(?:midlertidig(?:t)?\s+)?"
    r"(?:holdt\s+tilbake|tilbageholdt|satt\s+i\s+karantene|sat\s+i\s+karant(?:æ|ae)ne|blokkert|blokeret|stoppet|vurderet\s+som\s+spam|"
    # ("Din besked til x@ blev ikke leveret", Norwegian "ble ikke levert")
    r"ikke\s+leveret|ikke\s+levert)|"
    # ... the message named by its recipient in Dutch, Portuguese and Polish ("Het bericht aan <address> is tegengehouden",
    # "A mensagem enviada para <address> foi bloqueada", "Wiadomość do <address> została zablokowana")
    r"\bhet\s+bericht\s+aan\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\bis\s+(?:door\s+[^.\n]{1,80}?\s+)?(?:geblokkeerd|"
    r"geweigerd|tegengehouden|in\s+quarantaine\s+geplaatst)|"
    r"\ba\s+mensagem\s+(?:enviada\s+|que\s+(?:voc(?:ê|e)\s+)?enviou\s+)?para\s+<?[^\s@<>]+@" + _IN_SENTENCE + r"\bfoi\s+(?:bloquead|rejeitad|retid|"
    r"colocada\s+em\s+quarentena)|"
    # (a virus found in a message the reader sent, in the languages the products are localised into: Spanish "ha detectado un
    # virus en un mensaje que usted envió", Portuguese "detectou um vírus em uma mensagem que você enviou", Italian "ha rilevato
    # un virus in un messaggio da lei inviato", French "a détecté un virus dans un message que vous avez envoyé", Russian
    # "обнаружил вредоносный объект в сообщении, которое вы отправили", Turkish "Gönderdiğiniz e-postada virüs tespit edildi")
    r"\bha\s+detectado\s+(?:un|una)\s+(?:virus|malware|amenaza|c(?:ó|o)digo\s+malicioso)\s+en\s+(?:un|el|su)\s+(?:mensaje|correo)\s+"
    r"que\s+(?:usted\s+)?(?:envi(?:ó|o)|ha\s+enviado)|"
    r"\bdetectou\s+(?:um|uma)\s+(?:v(?:í|i)rus|malware|amea(?:ç|c)a)\s+(?:em|n)\s*(?:uma|a|sua)\s+mensagem\s+que\s+(?:voc(?:ê|e)\s+)?enviou|"
    r"\bha\s+rilevato\s+(?:un|una)\s+(?:virus|malware|minaccia)\s+in\s+(?:un|il|suo)\s+messaggio\s+(?:da\s+lei\s+inviato|che\s+(?:lei\s+)?ha\s+inviato)|"
    r"\ba\s+d(?:é|e)tect(?:é|e)\s+(?:un|une)\s+(?:virus|malware|menace)\s+dans\s+(?:un|le|votre)\s+message\s+que\s+vous\s+avez\s+envoy(?:é|e)|"
    r"обнаружил[аи]?\s+(?:вирус|вредоносн\w+\s+(?:объект|программ\w*|ПО)|угрозу)\s+в\s+(?:сообщении|письме),?\s+которое\s+вы\s+отправили|"
    r"\bg(?:ö|o)nderdi(?:ğ|g)iniz\s+(?:e-?posta(?:da)?|ileti(?:de)?|mesaj(?:da)?)\s+(?:bir\s+)?(?:vir(?:ü|u)s|zararl(?:ı|i)\s+yaz(?:ı|i)l(?:ı|i)m)\s+"
    r"(?:tespit\s+edildi|bulundu)|"
    # (Czech "Zpráva, kterou jste odeslali na adresu x@..., byla zadržena v karanténě")
    r"(?:\bzpr(?:á|a)v(?:a|u),?\s+kterou\s+jste\s+odeslal[ia]?\s+(?:na\s+adresu\s+)?|\bva(?:š|s)e\s+zpr(?:á|a)va\s+(?:pro|na\s+adresu)\s+)<?[^\s@<>]+@" + _IN_SENTENCE +
    r"\bbyla\s+(?:zadr(?:ž|z)ena|zablokov(?:á|a)na|odm(?:í|i)tnuta|um(?:í|i)st(?:ě|e)na\s+do\s+karant(?:é|e)ny)|"
    # (thirty-fourth session: Ukrainian "Ваше повідомлення для x@ затримано системою фільтрації" (held by the filtering
    # system), Russian "Ваше сообщение для x@ задержано / заблокировано / отклонено"; Catalan "El vostre missatge adreçat a x@ ha
    # estat retingut pel filtre" (held by the filter); Urdu "آپ کا پیغام x@ کو مسترد کر دیا گیا" (your message to x@ was rejected))
    r"\bваше\s+(?:повідомлення|сообщение|письмо|лист)\s+(?:для|до|на\s+адресу)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"(?:затримано|заблоковано|відхилено|поміщено\s+в\s+карантин|задержано|заблокировано|отклонено|помещено\s+в\s+карантин)|"
    r"\bel\s+vostre\s+missatge\s+(?:adre(?:ç|c)at\s+)?(?:a|per\s+a)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\bha\s+estat\s+(?:retingut|bloquejat|rebutjat|posat\s+en\s+quarantena)|"
    r"آپ\s+کا\s+(?:پیغام|ای\s?میل)\s+<?[^\s@<>]+@[^\n]{0,80}?(?:مسترد\s+کر\s+دیا\s+گیا|روک\s+دیا\s+گیا|نہیں\s+پہنچایا\s+جا\s+سکا)|"
    # (Arabic "لم يتم تسليم الرسالة المرسلة من ours إلى x@" (the message sent from ... to x@ was not delivered))
    # ("تم احتجاز / حظر / رفض رسالتك": your message was held / blocked / refused, its recipient in a field below)
    r"تم\s+(?:احتجاز|حظر|رفض|حجز)\s+رسالتك(?:\s+(?:إلى|الى)\s+<?[^\s@<>]+@[^\s<>]+)?|"
    # ("رسالتك إلى x@ محتجزة حاليًا في الحجر": your message to x@ is held in the quarantine; Croatian "Vaša poruka za x@ je
    # zadržana u karanteni")
    r"رسالتك\s+(?:إلى|الى)\s+<?[^\s@<>]+@[^\n]{0,80}?(?:محتجزة|محجوزة|محظورة|مرفوضة|في\s+الحجر)|"
    r"\bva(?:š|s)a\s+poruka\s+(?:za|na\s+adresu)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\bje\s+(?:zadr(?:ž|z)ana|blokirana|odbijena|stavljena\s+u\s+karantenu)|"
    r"لم\s+يتم\s+تسليم\s+(?:الرسالة|رسالتك)(?:\s+المرسلة\s+من\s+<?[^\s@<>]+@\S+)?\s+(?:إلى|الى)\s+<?[^\s@<>]+@|"
    # (Bulgarian "Вашето съобщение до x@ е задържано / блокирано / отхвърлено"; Hindi "आपका संदेश x@ को अस्वीकार कर दिया गया है"
    # (rejected); Turkish "x@ adresine gönderdiğiniz ileti karantinaya alındı / engellendi / reddedildi")
    r"\bвашето\s+(?:съобщение|писмо)\s+(?:до|за)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"(?:задържано|блокирано|отхвърлено|поставено\s+под\s+карантина)|"
    r"आपका\s+(?:संदेश|ईमेल)\s+<?[^\s@<>]+@[^\n]{0,80}?(?:अस्वीकार\s+कर\s+दिया\s+गया|रोक\s+दिया\s+गया|क्वारंटाइन)|"
    # (or "x@ alıcısına gönderilen iletiniz ... karantinaya alınmıştır": your message sent to the recipient x@ was quarantined)
    r"(?<![^\s<(])<?[^\s@<>()]+@[^\s@<>()]+>?\s+(?:adresine|al(?:ı|i)c(?:ı|i)s(?:ı|i)na)\s+g(?:ö|o)nder(?:di(?:ğ|g)iniz|ilen)\s+"
    # (the subject may stand between: 'gönderdiğiniz "June news" konulu ileti')
    r"(?:[\"“][^\"”\n]{0,120}[\"”]\s+konulu\s+)?(?:ileti|e-?posta|mesaj)\w*" + _IN_SENTENCE
    + r"\b(?:karantinaya\s+al(?:ı|i)n(?:d(?:ı|i)|m(?:ı|i)(?:ş|s)t(?:ı|i)r)|engellendi|reddedildi|teslim\s+edilemedi)|"
    # (Finnish "Viestiäsi osoitteeseen x@ ei voitu toimittaa" (your message to the address x@ could not be delivered); Korean
    # "귀하가 x@ 에게 보낸 메시지가 ... 차단되었습니다" (the message you sent to x@ was blocked))
    r"\bviesti(?:äsi|asi|si)\s+(?:osoitteeseen|vastaanottajalle)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:ei\s+voitu\s+toimittaa|on\s+(?:pys(?:ä|a)ytetty|estetty|karanteenissa|hyl(?:ä|a)tty|asetettu\s+karanteeniin))|"
    r"(?:귀하가|고객님이|회원님이)\s*<?[^\s@<>]+@[^\s<>]+?>?\s*(?:님)?(?:에게|께|으로|로)\s*보낸\s*(?:메시지|메일)(?:[^\n]|\n(?!\s*\n)){0,80}?"
    # (or held for the administrator's approval: "... 보낸 메일은 보안 정책에 따라 관리자 승인 대기 중입니다")
    r"(?:차단되었|거부되었|격리되었|반송되었|전달되지\s*않았|승인\s*대기|보류되었)|"
    # (Slovak "Vaša správa pre x@ bola zadržaná / zablokovaná / odmietnutá")
    r"\bva(?:š|s)a\s+spr(?:á|a)va\s+(?:pre|na\s+adresu)\s+<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\bbola\s+(?:zadr(?:ž|z)an(?:á|a)|zablokovan(?:á|a)|odmietnut(?:á|a)|umiestnen(?:á|a)\s+do\s+karant(?:é|e)ny)|"
    r"\bwiadomo(?:ść|sc)\s+(?:wys(?:ł|l)ana\s+(?:przez\s+(?:pa(?:ń|n)stwa|pana|pani)\s+)?)?do\s+(?:odbiorcy\s+|adresata\s+)?<?[^\s@<>]+@" + _IN_SENTENCE
    + r"\b(?:pozostanie\s+w\s+kwarantannie|by(?:ł|l)a\s+w\s+kwarantannie|oczekuje\s+na\s+(?:zatwierdzenie|akceptacj(?:ę|e))|zawiera\s+(?:za(?:ł|l)(?:ą|a)cznik|wirus|z(?:ł|l)o(?:ś|s)liw)|zosta(?:ł|l)a\s+(?:tymczasowo\s+)?(?:zablokowana|odrzucona|"
    r"wstrzymana|zatrzymana|poddana\s+kwarantannie))", re.I)
# ... whose recipient the notice names in a field of its own ("Recipient:  ops@acme.example", "To: ...")
_RECIPIENT_WORDS = (r"(?:recipients?|to|an|a|à|para|envelope recipient|intended recipient|宛先|受信者|"
                    # (a report's fields pasted into a platform's notice: "Final-Recipient: rfc822; x@", RFC 3464 2.3.2)
                    r"final-recipient|original-recipient|"
                    # (a platform's notice naming whom its mail was for: "Customer email:", "Contact email:", "Recipient email:")
                    r"(?:customer|contact|recipient|subscriber|lead)['’]?s? e-?mail(?: address)?|"
                    # (the recipient's field in the site's language: "Destinatario:", "Destinatário:", "Destinataire :",
                    # "Empfänger:", "Odbiorca:", "Ontvanger:", "Příjemce:", "Получатель:", "Alıcı:", "收件人:")
                    r"destinatari[oa]|destinat(?:á|a)rio|destinataire|empf(?:ä|ae)nger|odbiorca|adresat|ontvanger|p(?:ř|r)(?:í|i)jemce|"
                    r"получатель|al(?:ı|i)c(?:ı|i)|收件人|收件者|"
                    # (Swedish "Mottagare:", Norwegian "Mottaker:", Danish "Modtager:", Finnish "Vastaanottaja:", Hungarian
                    # "Címzett:", Dutch "Geadresseerde:", Italian plural "Destinatari:", Korean "수신자:" / "받는 사람:")
                    r"mottagare|mottaker|modtager|vastaanottaja|c(?:í|i)mzett|geadresseerde|수신자|받는 사람|παραλήπτης|"
                    # (Romanian "Destinatar:", Slovak "Príjemca:", Croatian / Serbian / Bosnian "Primatelj:" / "Primalac:",
                    # Slovene "Prejemnik:", Ukrainian "Одержувач:" / "Отримувач:", Bulgarian "Получател:", Lithuanian "Gavėjas:",
                    # Latvian "Saņēmējs:", Estonian "Saaja:", Hebrew "(ה)נמען:", Persian "گیرنده:", Arabic "المستلم:" /
                    # "المرسل إليه:", Malay / Indonesian "Penerima:", Swahili "Mpokeaji:", Vietnamese "Người nhận:", Thai
                    # "ผู้รับ:", Hindi "प्राप्तकर्ता:")
                    r"destinatar|pr(?:í|i)jemca|primatelj|primalac|prejemnik|одержувач|отримувач|получател|gav(?:ė|e)jas|"
                    r"sa(?:ņ|n)(?:ē|e)m(?:ē|e)js|saaja|ה?נמען|אל|گیرنده|المستلم|المرسل إليه|penerima|mpokeaji|người nhận|ผู้รับ|"
                    r"प्राप्तकर्ता|"
                    # (Serbian Cyrillic "Прималац:", Albanian "Marrësi:", Georgian "მიმღები:", Armenian "Ստացող՝" (its own colon),
                    # Amharic "ተቀባይ፦" (its own colon), Bengali "প্রাপক:", Tamil "பெறுநர்:", Tagalog "Tatanggap:")
                    r"прималац|marr(?:ë|e)si|მიმღები|ստացող|ተቀባይ|প্রাপক|பெறுநர்|tatanggap|"
                    # (English "Intended for:", Mongolian "Хүлээн авагч:")
                    r"intended for|хүлээн авагч|प्रापक|"
                    r"intended recipient|envelope recipient)")
# (a label in two languages, "宛先 / Recipient :", as bilingual notices write it)
# (or a tab: the two cells of an HTML table's row, "<td>Recipient</td><td>x@</td>", read as "Recipient\tx@")
_RECIPIENT_LABEL = (r"(?im)^[ \t]*" + _RECIPIENT_WORDS + r"(?:[ \t]*/[ \t]*" + _RECIPIENT_WORDS + r")?(?:[ \t]*[:：՝፦]|[ ]*\t)[ \t]*<?")
_RECIPIENT_FIELD = Lazy(_RECIPIENT_LABEL + r"[^\s@<>]+@")
# ... the report's own recipient label, never an original's header ("Recipient:", "Failed recipient:", "Final recipient:",
# Korean "받는 사람:"; never "To:" / "An:", the returned original's own fields)
_OWN_RECIPIENT_WORDS = (r"(?:(?:failed |final |intended )?recipient|destinatari[oa]|destinat(?:á|a)rio|destinataire|empf(?:ä|ae)nger|"
                        r"odbiorca|adresat|ontvanger|mottagare|vastaanottaja|c(?:í|i)mzett|получатель|al(?:ı|i)c(?:ı|i)|penerima|"
                        r"người nhận|받는\s?사람|수신자|收件人|收件者|受信者)")
_RECIPIENT_LINE = Lazy(r"(?im)^[ \t]*" + _OWN_RECIPIENT_WORDS + r"[ \t]*:[ \t]*<?[^\s@<>]+@")
# ... and the address itself, alone in its field ("To: a@, b@" names neither)
# (its domain may end in the root's dot, "<x@example.net.>", RFC 1034 section 3.1's absolute name)
_RECIPIENT_FIELD_ADDRESS = Lazy(_RECIPIENT_LABEL + r"(?:rfc822;[ \t]*)?(?:[^\n<>@]{1,60}<)?(?P<a>" + ADDRESS + r")\.?>?[ \t\r]*$")
# subjects of delivery reports, in the languages seen in the wild
# "(the message) was not delivered / could not be delivered" in the languages of South-East and South
# Asia, Iran, the Arab world and Israel, the Balkans, the Baltics and Central Asia (id / ms, vi, th, hi,
# fa, ar, he, sr / hr / bs, sl, et, lv, lt, kk), as the subjects of the plain notices of those
# countries' providers and of localized MTA templates put it: always of the message or the mail (the
# same verbs say a parcel was not delivered, and a quota warning that new mail *will* not be); our
# renderings of the meaning, counted from a mail system only (group "plain")
_UNDELIVERED_MORE = (
    r"(?:pesan|surat|e-?mail|e-?mel|mesej)(?: anda)? tidak (?:dapat |bisa )?(?:terkirim|dikirim|dihantar)|"
    r"(?:pengiriman|penghantaran) (?:pesan|mesej|email|e-?mel) gagal|"
    r"thư(?: của bạn)? không (?:được |thể )?(?:gửi|chuyển)|(?:thư không gửi được|không gửi được thư)|gửi thư thất bại|"
    r"(?:ส่ง(?:อีเมล|ข้อความ)|(?:อีเมล|ข้อความ)[^\n]{0,10}?ส่ง)ไม่สำเร็จ|ไม่สามารถส่ง(?:อีเมล|ข้อความ)|^ส่งไม่สำเร็จ\s*:|"
    r"(?:संदेश|ईमेल)[^\n]{0,20}?(?:वितरित नहीं|डिलीवर नहीं|भेजा नहीं जा सका)(?! होंगे| होगा| होगी)|"
    r"(?:فشل|تعذر) تسليم (?:ال)?رسالة|لم يتم تسليم (?:ال)?رسال|"
    r"(?:ה)?הודעה לא נמסרה|מסירת (?:ה)?הודעה נכשלה|"
    # (Hebrew "הודעתך לא נמסרה" (your message was not delivered); Arabic "رسالتكم ... لم يتم تسليمها" (was not delivered, of
    # the message named before))
    r"הודעת(?:ך|כם) לא נמסרה|لم يتم تسليمها|"
    r"پیام(?!\u200c?ها)[^\n]{0,20}?(?:تحویل (?:داده )?نشد|ارسال نشد)|"
    r"poruka (?:nije|није) (?:isporu[čc]ena|dostavljena)|порука није (?:испоручена|достављена)|"
    r"neusp(?:je|e)[šs]na isporuka poruke|sporo[čc]ilo (?:za \S+ )?ni bilo (?:dostavljeno|mogo[čc]e dostaviti|poslano)|"
    # (Portuguese "Sua mensagem para x@ não foi enviada" (was not sent), Icelandic "Ekki tókst að afhenda skilaboðin" (the message
    # could not be handed over))
    r"mensagem (?:para \S+ )?n(?:ã|a)o (?:foi|p(?:ô|o)de ser) enviada|ekki t(?:ó|o)kst a(?:ð|d) afhenda|"
    r"kirja kohaletoimetamine eba[õo]nnestus|v[ēe]stul(?:e|i) (?:netika pieg[āa]d[āa]ta|nevar[ēe]ja pieg[āa]d[āa]t)|"
    # (Latvian "Ziņojums nav piegādāts", "Jūsu ziņojumu nevarēja piegādāt": the message not delivered)
    r"zi[ņn]ojum(?:s|u) (?:nav pieg[āa]d[āa]ts|nevar[ēe]ja pieg[āa]d[āa]t)|"
    r"lai[šs]k(?:as|o) (?:nepristatytas|nepavyko pristatyti)|(?:j(?:ū|u)s(?:ų|u) )?prane(?:š|s)im(?:as|o) (?:nepristatytas|nepavyko pristatyti)|хат(?:ыңыз|ың|тар|тарыңыз)? жеткізілмеді|"
    # Macedonian "Вашата порака ... не може да биде испорачана" (cannot be delivered), "Неиспорачана порака" (undelivered
    # message)
    r"не може да биде испорачан|неиспорачана порака|"
    # Serbian in Cyrillic: "Ваша порука није могла бити испоручена" (could not be delivered), "Неуспешна испорука поруке"
    r"није могла бити испоручена|неуспешна испорука|"
    # Nepali "तपाईंको सन्देश पठाइएको छैन" (your message was not sent), Malayalam "സന്ദേശം കൈമാറിയിട്ടില്ല" (the message was not
    # passed on), Bulgarian "писмото Ви не е доставено" (your letter was not delivered)
    r"सन्देश पठाइएको छैन|സന്ദേശം കൈമാറിയിട്ടില്ല|писмото (?:ви )?не е доставено|"
    # (Bulgarian "Съобщението до x@ не можа да бъде доставено" (could not be delivered))
    r"не (?:можа|може) да бъде доставено|"
    # Swahili "Barua yako haikuweza kufikishwa" (your letter could not be delivered), "Barua haikufika" (the letter did not
    # arrive); Tagalog "Hindi naihatid ang iyong mensahe" (your message was not delivered), "hindi maihatid" (cannot be)
    r"\bbarua(?: pepe)?(?: yako)? (?:haikuweza kufikishwa|haikufika|haijafika)\b|\bhaikuweza kufikishwa\b|"
    r"\bhindi (?:naihatid|maihatid|naipadala|maipadala)\b|"
    # (sent to the address, reaching no one: Estonian "Sellele aadressile saadetud kirju ei edastata kellelegi", Serbian "Поруке
    # ... се не испоручују никоме", Croatian "nitko ne prima", Urdu "کسی کو موصول نہیں ہوں گے", Mongolian "хэнд ч хүргэгдэхгүй")
    r"\bei edastata kellelegi\b|не испоручују никоме|\bse ne isporu(?:č|c)uju\b|\bnitko ne prima\b|کسی کو موصول نہیں|"
    r"хэнд ч хүргэгдэхгүй|"
    # (Catalan "El vostre missatge ... no li ha estat lliurat" (was not delivered to him or her))
    r"\bno (?:li |els )?ha estat lliurat\b"
)
# (searched on its own, in the report text of a mail system's plain notice only: inside ``_BOUNCE_WORDS``
# its first characters widened that pattern's look-ahead for every text)
_UNDELIVERED_MORE_WORDS = Lazy(_UNDELIVERED_MORE, re.I | re.M)


def _undelivered_more(text: str) -> bool:
    """``_UNDELIVERED_MORE`` in the text (all but the Indonesian / Malay, Swahili and Tagalog words are written in letters
    beyond ASCII, and those hold "tidak", "gagal", "barua", "haikuweza" or "hindi")."""
    if text.isascii() and not any(map(text.lower().__contains__, ("tidak", "gagal", "barua", "haikuweza", "hindi "))):
        return False
    return _UNDELIVERED_MORE_WORDS.search(text) is not None


BOUNCE_SUBJECT = Lazy(
    r"undeliver(?:able|ed)|returned mail|returning message|return(?:ed)? to sender|delivery status notification|"
    r"delivery (?:failure|failed|report|notification|problem|has failed|status)|failure notice|mail delivery failed|"
    r"failed delivery|could not (?:be )?(?:deliver|sen[dt])|not (?:be )?delivered|delivery failure|mail system error|"
    r"non[- ]?remis|non recapitabile|unzustellbar|nicht zustellbar|no entregado|onbestelbaar|unable to deliver|"
    r"delayed mail|delivery delayed|warning: (?:could not send|message .* delayed)|message delivery has failed|"
    # "Delivery of your message is delayed", "Verzögerte Zustellung" (a delay warning's subject, of the message)
    r"delivery of (?:your|the|this) (?:message|e-?mail|mail) (?:is |has been |was )?delayed|"
    r"verz(?:ö|oe|o)gerte zustellung|(?:zustellung|nachricht|e-?mail) verz(?:ö|oe|o)gert|(?:remise|distribution) (?:diff[ée]r[ée]e|retard[ée]e)|"
    # "message non encore distribué", "la entrega de su mensaje se ha retrasado"
    r"non encore (?:distribu[ée]|remis|d[ée]livr[ée])|entrega de su (?:mensaje|correo) se ha (?:retrasado|demorado)|"
    r"error sending your mail|permanent delivery failure|returned message|mail could not be delivered|"
    r"your message could not be delivered|delivery notification|nondeliverable|non-delivery|message not delivered|"
    r"postmaster notify|mail failure|undelivered|bounced? (?:mail|message)|returned mail|\bdsn\b|"
    r"returning to sender|mail failed|failed mail|delivery warning|mail delivery (?:warning|problem)|"
    r"配信(?!を?(?:停止|解除))|送信できません|エラー|не доставлено|недоставлен|недоставено|"
    # "could not deliver the mail" as Japanese providers' notices put it ("メールを配送できませんでした",
    # "メールをお届けできませんでした"; of the mail, never a parcel's "お荷物をお届けできませんでした")
    r"(?:メール|メッセージ)を?(?:配送|お届け)できません"
    # the localised subjects of non-delivery reports (Exchange / Outlook, Notes, Gmail and the
    # providers of each language): the word for "undeliverable", "delivery failed", "returned"
    r"|zustellung (?:fehlgeschlagen|gescheitert)|nicht zugestellt|[ée]chec (?:de (?:la )?(?:remise|distribution|livraison)|"
    r"d'envoi)|non (?:distribu[ée]|d[ée]livr[ée])|message non remis|mancata consegna|impossibile (?:recapitare|consegnare)|"
    r"no se (?:pudo|puede) entregar|no entregable|devoluci[óo]n de correo|correo devuelto|n[ãa]o (?:foi )?entregue|"
    r"falha na entrega|n[ãa]o foi poss[íi]vel entregar|niet (?:afgeleverd|bezorgd)|bezorging mislukt|"
    r"niedostarcz|nie (?:dostarczono|mo[żz]na dostarczy[ćc])|nedoru[čc]|nelze doru[čc]it|"
    r"не удалось доставить|не може бути доставлено|kunde inte levereras|olevererbar|kunne ikke leveres|"
    r"ikke levert|teslim edilemedi|不達|退信|退回|投递失败|投遞失敗|未送达|未送達|无法投递|無法投遞|发送失败|發送失敗|"
    r"(?:邮件|郵件)(?:传输|傳輸)失[败敗]|전송 실패|배달 실패|반송|"
    # more of Outlook's localized "Undeliverable:" prefixes (pt, sv, da/no, fi, hu, ro, el, tr, zh, ko, he, ar)
    r"n[ãa]o [ée] poss[íi]vel entregar|kan inte levereras|kan ikke (?:leveres|afleveres)|ei voitu toimittaa|"
    r"k[ée]zbes[íi]thetetlen|nelivra(?:bil|t)|δεν είναι δυνατή η παράδοση|αδυναμία παράδοσης|teslim edilemiyor|"
    r"无法送达|無法送達|배달 못 함|לא ניתן למסירה|تعذر التسليم"
    # the other localized NDR subjects: "undeliverable" / "delivery failed" / "delivery error" in
    # Finnish, Hungarian, Romanian, Swedish, Danish, Norwegian, Greek, traditional Chinese and
    # Turkish (the words of the Exchange / Outlook NDR subject line in each language; a subject
    # alone never makes a bounce: the gate wants a system sender or report words beside it)
    r"|toimittamaton|toimitus ep[äa]onnistui|k[ée]zbes[íi]t[ée]si hiba|nu se poate livra|livrare e[șşs]uat[ăa]|"
    r"det gick inte att leverera|leveringsfejl|levering mislyktes|η παράδοση απέτυχε|無法傳遞|teslim edilemeyen|"
    # ... and in Russian, Ukrainian, Bulgarian, Croatian / Serbian, Slovenian, simplified Chinese,
    # Indonesian, Vietnamese ("cannot be delivered" / "undeliverable")
    r"не уда[её]тся доставить|невозможно доставить|не вдалося доставити|неможливо доставити|недоставим|"
    r"neisporu[čc]iv|nedostavljiv|无法传递|tidak (?:dapat|bisa) dikirim|kh[ôo]ng th[ểe] (?:g[ửu]i|ph[áa]t)|"
    # "delivery report" as relays' and gateways' reports say it in German, Czech / Slovak, Romanian, Polish, Croatian, Russian /
    # Ukrainian (a report of any outcome, as the English words: its rows or words say the failure)
    r"zustellbericht|zpr[áa]va o doru[čc]en[íi]|spr[áa]va o doru[čc]en[íi]|raport de livrare|raport (?:z )?(?:dostarczenia|dor[ęe]czenia)|"
    r"izvje[šs][ćc]e o isporuci|отч[её]т о доставке|звіт про доставку|"
    # (Swedish "Leveransrapport", Danish / Norwegian "Leveringsrapport", Dutch "Afleverrapport", Spanish "Informe de entrega",
    # Italian "Rapporto di consegna", French "Rapport de remise")
    r"leveransrapport|leveringsrapport|afleverrapport|informe de entrega|rapporto di consegna|rapport de remise|relat[óo]rio de entrega|"
    # the subjects of plain (non-DSN) notices of the providers of each language, failed or refused
    # or returned (GMX / Web.de, Orange / Free, Libero / Virgilio, Terra, UOL, Ziggo, WP.pl / Onet,
    # Seznam, Yandex / Mail.ru, Ukr.net, Telia, Telenor, Elisa, Yahoo's localized notices, Naver /
    # Daum, QQ / 163): "message refused", "not delivered", "delivery error"; beside a system sender
    # only (group "plain": a person's "Message refused?" is a question about one)
    r"(?P<plain>nachricht (?:wurde )?(?:abgelehnt|abgewiesen|zur[üu]ckgewiesen)|fehlgeschlagene zustellung|missatge no lliurat|error de lliurament|xabar yetkazilmadi|"
    # sw "Ujumbe haukuwasilishwa" (the message was not delivered), sq "Mesazhi nuk u dorëzua"
    r"ujumbe haukuwasilishwa|mesazhi nuk u dor[ëe]zua|"
    # et "Kiri jäi kohale toimetamata" (the letter was not delivered)
    r"kohale toimetamata|"
    r"message (?:refus[ée]|rejet[ée])|courrier (?:refus[ée]|rejet[ée]|non (?:distribu|remis))|non livr[ée]|"
    # (a mail gateway's own notice, "Message blocked: <subject>", from a mail system only)
    r"^message blocked\b|"
    r"mensaje (?:rechazado|no entregado|devuelto)|correo (?:rechazado|no entregado)|entrega fallida|error de entrega|"
    # (Spanish "Error al entregar su mensaje", Portuguese "Erro ao entregar a mensagem": an error in delivering it)
    r"error al entregar (?:su |el |tu )?(?:mensaje|correo)|erro ao entregar (?:a |sua |a sua )?(?:mensagem|e-?mail)|"
    r"non (?:recapitat[oa]|consegnat[oa])|messaggio (?:rifiutato|respinto)|consegna (?:fallita|non riuscita)|"
    r"errore (?:di|nella) consegna|mensagem (?:rejeitada|recusada|devolvida|n[ãa]o entregue)|erro (?:de|na) entrega|"
    r"bericht (?:geweigerd|afgewezen)|onbezorgbaar|wiadomo[śs][ćc] (?:odrzucona|zwr[óo]cona)|b[łl][ąa]d dor[ęe]czenia|"
    r"zpr[áa]va (?:odm[íi]tnuta|vr[áa]cena|nebyla doru[čc]ena)|spr[áa]va (?:nebola doru[čc]en[áa]|odmietnut[áa])|chyba doru[čc]en[íi]|doru[čc]en[íi] se nezda[řr]ilo|"
    r"сообщение (?:отклонено|возвращено)|письмо (?:отклонено|возвращено)|ошибка доставки|"
    r"повідомлення (?:відхилено|повернуто)|помилка доставки|leveransfel|leverans(?:en)? misslyckades|"
    r"levering mislykkedes|leveringsfeil|palautettu viesti|toimitusvirhe|iletilemedi|g[öo]nderilemedi|teslim hatas[ıi]|"
    r"δεν παραδ[όο]θηκε|αποτυχ[ίι]α (?:παρ[άα]δοσης|αποστολ[ήη]ς)|μη παραδοθ[έε]ν|"
    r"nem k[ée]zbes[íi]tett|k[ée]zbes[íi]t[ée]s sikertelen|mesaj (?:nelivrat|respins|returnat)|eroare (?:de )?livrare|"
    r"届きませんでした|(?:发送|發送)失[败敗]|邮件被退回|郵件被退回|(?:발송|전송)\s?실패|"
    # bg: "Отказано съобщение", "Недоставено съобщение" (abv.bg, mail.bg)
    r"отказано съобщение|съобщението (?:е )?отказано|недоставено съобщение|неуспешна доставка|" + _UNDELIVERED_MORE + r"|"
    # "the message's delivery delayed", the subjects of localized delay warnings, said of the message (an
    # outage notice says "delivery delayed" of no message of ours)
    r"καθυστέρηση παράδοσης μηνύματος|viestin toimitus (?:on )?viiv[äa]sty|"
    # French delay notices: "Avis de retard de remise", "Remise différée" (of the message's delivery)
    r"retard de (?:la )?(?:remise|distribution|livraison) du message|avis de retard de (?:remise|distribution)|"
    r"remise (?:retard[ée]e|diff[ée]r[ée]e)|distribution (?:retard[ée]e|diff[ée]r[ée]e)|"
    r"تأخیر در تحویل پیام|تأخير (?:في )?تسليم (?:ال)?رسال|עיכוב במסירת (?:ה)?הודעה|pengiriman (?:pesan|email) tertunda|"
    r"thư bị chậm|chậm (?:gửi|chuyển) thư|"
    # fr / es / pt / it: a translated Exim warning, the message named by its id as Exim names it ("Warning:
    # message 1vAbC-000123-AB delayed 24 hours", "Avertissement : message 1vAbC-000123-AB retardé de 24
    # heures"); without the id, "messaggio ritardato di 3 ore per manutenzione" is an outage notice
    r"message \w{6}-\w{6,11}-\w{2,4} retard[ée] de \d|mensaje \w{6}-\w{6,11}-\w{2,4} (?:retrasado|demorado) (?:de |durante )?\d|"
    r"mensagem \w{6}-\w{6,11}-\w{2,4} atrasada (?:h[áa] )?\d|messaggio \w{6}-\w{6,11}-\w{2,4} ritardato di \d)|"
    # Apache James's bounce mailet titles its notice "[BOUNCE]" (rb-sisimai lib/sisimai/lhost/apachejames.rb)
    r"^\[bounce\]",
    re.I)
_BOUNCE_WORDS = Lazy(
    r"could not be delivered|couldn't be delivered|can ?not be delivered|was not delivered|undeliverable|"
    # (not a postmaster's or an abuse desk's auto-reply that asks those "reporting a delivery problem", "writing about a bounce
    # or a delivery problem" to send the headers)
    r"(?<!reporting a )(?<!report a )(?<!about a )(?<! or a )(?<!regarding a )(?<!experiencing a )delivery (?:to the following|has failed|failed|failure|problem|status|attempts)|failed permanently|"
    r"permanent (?:fatal )?errors?|temporary failure|following address(?:es|\(es\))? (?:failed|had)|unable to deliver|"
    r"wasn't able to deliver|(?:could ?n[o']t|can ?n[o']t|were not able to|weren't able to) deliver (?:your|the|this) (?:message|e-?mail|mail)\b|"
    # (Spanish "No hemos podido entregar el correo / su mensaje": we could not deliver)
    r"no hemos podido entregar (?:su |tu |el |la )?(?:mensaje|correo|e-?mail)|"
    r"did not\s+reach|not reach the following|returned to (?:the )?sender|"
    r"error delivering|has not yet been delivered|delivery to .{1,80} (?:failed|has been delayed|was aborted)|"
    # (the delivery named from its sender to its recipient: "Delivery from <news@ours> to <x@...> failed", German "Zustellung
    # von <news@ours> an <x@...> fehlgeschlagen", "Die Zustellung an x@... ist fehlgeschlagen")
    r"delivery from \S{1,80} to \S{1,80} (?:failed|has failed)|zustellung (?:von \S{1,80} )?an \S{1,80} (?:ist )?fehlgeschlagen|"
    # (... French "La remise du message de <ours> à <x@> a échoué", Spanish "La entrega de <ours> a <x@> ha fallado", Italian "La
    # consegna da <ours> a <x@> non è riuscita", Portuguese "A entrega de <ours> para <x@> falhou", Dutch "De bezorging van <ours>
    # aan <x@> is mislukt")
    r"remise (?:du message )?de \S{1,80} (?:à|a) \S{1,80} a (?:é|e)chou(?:é|e)|entrega (?:del mensaje )?de \S{1,80} a \S{1,80} ha fallado|"
    r"consegna (?:del messaggio )?da \S{1,80} a \S{1,80} (?:non (?:è|e) riuscita|(?:è|e) fallita)|"
    r"entrega (?:da mensagem )?de \S{1,80} para \S{1,80} falhou|bezorging van \S{1,80} aan \S{1,80} is mislukt|"
    r"remote (?:host|server|mail server) said|smtp error|rejected (?:by|your)|user unknown|no such user|"
    r"mailbox (?:is )?(?:full|unavailable)|message (?:could not|was not|wasn't)|delivery .{0,20}failed|"
    r"was rejected|has been rejected|failed to deliver|not be delivered|following recipients?|"
    # (never a condition, "Message delivery may be delayed or refused if free space drops further": a server's alert)
    r"transcript of session|original message|delivery (?!(?:may|might|could|can|will) be\b).{0,40}(?:delayed|aborted)|"
    r"(?:has been|was) returned|failed address|could not be processed|"
    # a mail-security product's notice to the sender: held, quarantined or not sent ("has not been
    # delivered", "was quarantined", "held for review", "was not sent")
    # (of *our* message: "a message sent to you has been quarantined" is a notice to the reader)
    r"has not been delivered|(?:your (?:message|e-?mail)|(?:message|e-?mail) you sent)\b(?!\s+from\b)(?:[^.\n]|\.(?!\s)){0,100}?"
    r"(?:has been|was|is being) (?:quarantined|held for review|held by|blocked by|blocked and|classified as (?:spam|bulk))|"
    # (the product first: "Seqrite Terminator ... has blocked your mail as it contains an infected attachment")
    r"\bhas (?:blocked|quarantined|rejected) your (?:mail|message|e-?mail)\b|"
    # Apache James (AbstractNotify.java as quoted in rb-sisimai lib/sisimai/lhost/apachejames.rb):
    # "Error message below:" with the server's reply on the next line
    r"error message below:\s*+[45]\d\d\b|"
    r"配信(?!を?(?:停止|解除))|送信できません|届きません|宛先|ありません|(?:メール|メッセージ)(?:を|は)?(?:配送|お届け)できません"
    # the same in the languages reports are written in
    r"|konnte (?:daher |deshalb |leider )?nicht (?:zugestellt|übermittelt|ausgeliefert) werden|(?:nachricht|e-?mail) konnte (?:noch|bisher|bis jetzt) nicht zugestellt werden|"
    r"unzustellbar|n'a pas pu (?:être|etre) (?:remis|distribu|livr)|n'a pas encore pu (?:être|etre) (?:remis|distribu)|"
    # (German "Ihre Nachricht vom ... wurde nicht zugestellt": the message not delivered)
    r"\bwurde nicht zugestellt\b|"
    # (... with the recipient named before the verb: "Ihre Nachricht wurde über unseren Versanddienst NICHT an x@... ausgeliefert")
    r"\bwurde\b(?:[^.]|\.(?=\w)){0,80}?\bnicht an <?[^\s@<>]+@[^\s<>]+>? (?:ausgeliefert|zugestellt|versendet|verschickt)\b|"
    # (Dutch "Uw bericht ... is NIET verzonden naar x@...": not sent to)
    r"\bis niet (?:verzonden|afgeleverd|bezorgd) (?:naar|aan)\s+<?[^\s@<>]+@|"
    # (Domino's German "Ihre Nachricht ... wurde aus folgendem Grund nicht zugestellt:", the cause on the next lines)
    r"\bwurde aus (?:folgendem|diesem) grund nicht zugestellt\b|"
    # (not yet: "n'a toujours pas été distribué", "su mensaje para ... todavía no ha podido entregarse")
    r"n'a toujours pas (?:[ée]t[ée]|pu (?:être|etre)) (?:remis|distribu)|"
    r"(?:mensaje|correo) [^.\n]{0,80}?todav[íi]a no ha podido (?:ser )?entregar|"
    r"non (?:distribu[ée]|remis)|non (?:è stat[oa]|e' stat[oa]) (?:possibile )?(?:recapitat|consegnat)|"
    # (Italian "non siamo riusciti a recapitare la tua risposta a x@": we did not manage to deliver)
    r"non siamo riusciti a (?:recapitare|consegnare)|"
    r"no (?:se )?(?:ha )?(?:podido|pudo) (?:ser )?entrega(?:r|do|da)|n[ãa]o (?:p[ôo]de|foi poss[íi]vel) (?:ser )?entregue|"
    # (Spanish "No fue posible entregar su mensaje a x@", Portuguese "Não foi possível entregar a sua mensagem para x@": it was
    # not possible to deliver)
    r"no (?:fue|ha sido|es|era) posible entregar (?:su |tu |el |la )?(?:mensaje|correo|e-?mail)|"
    r"n[ãa]o (?:foi|[ée]|era) poss[íi]vel entregar (?:a |sua |a sua |tua |o )?(?:mensagem|e-?mail|correio)|"
    r"kon niet worden (?:afgeleverd|bezorgd)|nie (?:mog[łl]a|mo[żz]e|zosta[łl]a) (?:zosta[ćc] )?dostarczon|"
    r"nemohla b[ýy]t doru[čc]en|не (?:может быть|было|удалось) достав|не доставлено|kunde inte levereras|"
    # bg: "не е доставено", "не може да бъде доставено", "не беше доставено"
    r"не (?:е|беше|може да бъде) доставен|"
    r"kunne ikke (?:leveres|afleveres)|teslim edilemedi|無法投遞|无法投递|投递失败|投遞失敗|退信|未能送达|"
    # (Turkish "mesajınız teslim edilmedi", "iletiniz teslim edilmedi": your message was not delivered)
    r"(?:mesaj|ileti|e-?posta)(?:ınız|iniz|nız|niz) teslim edilmedi|"
    # (Danish "din besked er ikke blevet leveret", "Denne meddelelse blev ikke leveret", Norwegian "meldingen din er ikke blitt
    # levert", "Meldingen ble ikke levert")
    r"(?:besked|meddelelse|melding|e-?mail)(?:en)?(?: din)? (?:er ikke (?:blevet|blitt)|blev ikke|ble ikke) (?:leveret|levert|afleveret)|"
    # "(the mail) could not be sent / delivered to (the address you gave)"
    r"(?:无法|無法)(?:发送|發送|送达|送達)(?:到|至|给|給)|"
    r"전달되지 않|전송되지 않|배달되지 않"
    # not delivered, said of the message, in the words the plain notices of each language's mail
    # systems use (a refusal is ``_REFUSED``'s); beside a system sender only (group "plain")
    r"|(?P<plain>n'a pas [ée]t[ée] (?:remis|distribu|livr|d[ée]livr)|"
    # (de "Die folgende Nachricht konnte nicht gesendet werden", Tobit David's status notice: not sent)
    r"(?:nachricht|e-?mail) konnte nicht (?:gesendet|versendet|verschickt) werden|no s'ha pogut (?:lliurar|entregar)|no he pogut lliurar|yetkazilmadi|lama gaarsiin|nije mogla biti isporu[čc]ena|non (?:recapitato|consegnato)|no (?:ha sido|fue) entregad|"
    # sw "Ujumbe wako haukuweza kuwasilishwa" (your message could not be delivered), sq "nuk mund të dorëzohej"
    r"haukuweza kuwasilishwa|nuk mund t[ëe] dor[ëe]zohej|"
    # et "Teie kirja ei õnnestunud adressaadile kohale toimetada" (your letter could not be delivered)
    r"ei [õo]nnestunud (?:\w+ )?kohale toimetada|"
    # (et "ei saanud kohale toimetada" (could not be delivered), lt "nebuvo pristatytas" / "nepavyko pristatyti", lv "netika
    # piegādāta", sr "није испоручена", mk "не е испорачана", sl "ni bilo dostavljeno", fa "تحویل داده نشد", he "לא נמסרה",
    # tl "hindi naihatid", ms "tidak dapat dihantar")
    r"ei saanud (?:\w+ )?kohale toimetada|nebuvo pristatyt|nepavyko pristatyti|netika pieg[āa]d[āa]t|није испоручен|"
    r"не е испорачан|ni bilo dostavljen|تحویل داده نشد|לא נמסרה|hindi naihatid|tidak dapat dihantar|"
    r"n[ãa]o foi entregue|niet (?:worden |kunnen worden |kon worden )?(?:afgeleverd|bezorgd)|"
    # (Dutch "berichten aan x@ worden niet meer afgeleverd": are no longer delivered)
    r"worden niet meer (?:afgeleverd|bezorgd)|nie zosta[łl][aoy]? dostarczon|"
    r"nie mo[żz]na (?:by[łl]o )?dostarczy|nebyla doru[čc]ena|nelze doru[čc]it|не вдалося доставити|"
    r"kunne ikke (?:leveres|afleveres|levereres)|ei voitu (?:toimittaa|l[äa]hett[äa][äa])|iletilemedi|"
    # (fi "Viestiäsi ei toimitettu seuraavalle vastaanottajalle": your message was not delivered; "Lähettämäänne viestiä ei
    # toimitettu osoitteeseen x@": the message you sent was not delivered to the address)
    r"viesti(?:[äa]si|si|[äa])? ei (?:ole )?toimitettu|"
    r"δεν (?:ήταν|είναι|ηταν|ειναι) δυνατ[όήοη] (?:να παραδοθε[ίι]|η παρ[άα]δοση)|δεν μπ[όο]ρεσε να παραδοθε[ίι]|"
    r"δεν παραδ[όο]θηκε|nem (?:siker[üu]lt|lehetett) k[ée]zbes[íi]teni|nu a putut fi (?:livrat|trimis)|nu a fost livrat|"
    r"届けられませんでした|(?:メール|メッセージ)[^。\n]{0,12}?(?:拒否|返送)されました|"
    r"(?:邮件|郵件|信件)[^。\n]{0,12}?被(?:拒绝|拒絕|退回)|未能(?:成功)?(?:发送|發送|投递|投遞)|发送失败|發送失敗|"
    r"(?:메일|메시지)[^.\n]{0,12}?(?:거부되었|반송되었)|(?:전송|발송|배달)에 실패)",
    re.I)


# a message refused or returned, in the words the plain notices of each language's mail systems use
# (GMX / Web.de, Orange, Libero, Terra, UOL, Ziggo, WP.pl, Seznam, Yandex / Mail.ru, Telia,
# Telenor, Elisa, Yahoo's localized notices).  A refusal counts only with the message it refused
# before it, in the same sentence: the same verbs refuse orders and applications in a person's mail
# (a dot inside the address or a host name between them does not end the sentence).  One
# alternative for the nouns of all the languages (a noun is looked at once, not once per language),
# the letters glued to a noun bounded; tried only on a text holding one of ``_REFUSED_WORDS``.
_REFUSED = Lazy(
    r"(?:nachricht|message|courriel|messaggio|mensaje|correo|mensagem|bericht|wiadomo[śs][ćc]|zpr[áa]v[auy]|"
    r"meddeland\w{0,3}|meddelels\w{0,3}|melding\w{0,3}|brev\w{0,3}|viesti\w{0,5}|ileti\w{0,5}|mesaj\w{0,6}|"
    r"[üu]zenet\w{0,5}|e-?post[a]?|e-?mail|mail|сообщени[ея]|письмо|повідомлення|лист|μ[ήη]νυμ\w{0,3})\b"
    r"(?:[^.\n]|\.(?=\w)){0,80}?\b(?:"
    r"(?:wurde|ist|wird)\b[^.\n]{0,40}?\b(?:abgelehnt|abgewiesen|zur[üu]ckgewiesen)|a (?:[ée]t[ée] )?(?:\w+ment )?(?:refus[ée]|rejet[ée])|"
    r"(?:[èe]|e') stato (?:\w+mente )?(?:rifiutato|respinto)|(?:ha sido|fue) (?:rechazad|devuelt)|"
    r"foi (?:\w+mente )?(?:rejeitad|recusad|devolvid)|"
    r"(?:is|werd) (?:automatisch )?(?:geweigerd|afgewezen|teruggestuurd)|zosta[łl][aoy]? odrzucon|byla (?:odm[íi]tnuta|vr[áa]cena)|"
    r"avvisades|har avvisats|returnerades|blev afvist|er blevet afvist|ble avvist|har blitt avvist|hyl[äa]ttiin|"
    r"reddedildi|elutas[íi]tva|visszautas[íi]tva|elutas[íi]totta|a fost respins|"
    r"(?:было|была|был) (?:отклонен|возвращен)|(?:було|був) (?:відхилен|повернут)|απορρ[ίι]φθηκε)",
    re.I)
# every verb above holds one of these (lower-cased)
_REFUSED_WORDS = ("abgelehnt", "abgewiesen", "zurückgewiesen", "zuruckgewiesen", "refus",
                  "rejet", "rifiutato",
                  "respinto", "rechazad", "devuelt", "rejeitad", "recusad", "devolvid", "geweigerd", "afgewezen",
                  "teruggestuurd", "odrzucon", "odmítnut", "odmitnut", "vrácen", "vracen", "avvisa", "returnerades",
                  "afvist", "avvist", "hylättiin", "hylattiin", "reddedildi", "elutas", "visszautas", "respins",
                  "отклонен", "возвращен", "відхилен", "повернут", "απορρ")


def _refused(text: str) -> bool:
    """The text says, in another language, that a mail system refused or returned the message."""
    low = text.lower()
    return _holds(low, _REFUSED_WORDS) and _REFUSED.folded_search(text) is not None


def _holds(low: str, words: tuple[str, ...]) -> bool:
    """``low`` holds one of ``words`` (an index of a pattern's plain words): one pass over the text
    for every table of ``_INDEX`` (``filter.core.wordindex``), not one per word."""
    return _INDEX.holds(low, words)


def _memo(msg: ParsedMessage, key: str, compute):
    """What several detectors ask of one message is worked out once (kept in ``msg.memo``)."""
    value = msg.memo.get(key)
    if value is None:
        value = msg.memo[key] = compute(msg)
    return value


def subject(msg: ParsedMessage) -> str:
    """The subject, readable also when it was sent as raw 8-bit UTF-8 without RFC 2047 words
    (the parser hands those over as surrogate escapes, which no pattern of a language matches)."""
    return _memo(msg, "subject", lambda m: readable(m.subject))


def readable(text: str) -> str:
    """A header value decoded with surrogate escapes, read as UTF-8 (else windows-1252)."""
    if text.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def from_system(msg: ParsedMessage) -> bool:
    """The message comes from a mail system's reporting account, or with a null sender."""
    return _memo(msg, "from_system", _from_system)


# X-Mailer values that only a mail filter's own report generator writes (the product sends its
# notices from whatever account the administrator set): WebSense SurfControl E-mail Filter
# (rb-sisimai lib/sisimai/lhost/surfcontrol.rb reads its reports by this header)
_REPORT_MAILERS = ("surfcontrol e-mail filter",)


def _from_system(msg: ParsedMessage) -> bool:
    if _null_sender(msg):
        return True
    if msg.head("x-cron-env") or _CRON_SUBJECT.match(msg.subject) or "(cron daemon)" in msg.from_.lower():
        # cron's mail of a job's output (Vixie / cronie: "Subject: Cron <user@host> command", one
        # X-Cron-Env header per variable, "From: root@host (Cron Daemon)"), sent as root@: a program's
        # report, whatever it counts ("Hard bounces: 12 (user unknown 9)"), never a mail system's
        # delivery report
        return False
    return system_account(msg)


_CRON_SUBJECT = Lazy(r"\s*cron <[^<>\s]+@[^<>\s]+>", re.I)


def system_account(msg: ParsedMessage) -> bool:
    """The From names a mail system's account or name.  A null return path alone does not: auto-
    replies and challenges are sent with one too (RFC 3834: an automatic response SHOULD be sent
    with a null reverse-path), so it says nothing of who wrote the mail."""
    return _names_a_system(msg.from_)


def _names_a_system(frm: str) -> bool:
    """A From value (a header's, or a forwarded header block's line) names a mail system's account or name."""
    local, display = _local_and_display(frm)
    return bool(_SYSTEM_LOCAL.match(local) or _SYSTEM_WORDS.search(local) or display and _SYSTEM_NAME.search(display))


names_a_system = _names_a_system  # (for the pipeline's reading of a report pasted into another message's text)


def _null_sender(msg: ParsedMessage) -> bool:
    """A report generator's X-Mailer, an empty From, or a null return path (RFC 5321 section 4.5.5:
    reports are sent with an empty reverse-path)."""
    mailer = msg.head("x-mailer")
    if mailer is not None and str(mailer).strip().lower() in _REPORT_MAILERS:
        return True
    raw_from = msg.head("from")
    if raw_from is not None and not str(raw_from).strip(" <>\t\r\n"):
        return True
    return str(msg.head("return-path") or "").strip() in ("<>", "<MAILER-DAEMON>")


def _sender(msg: ParsedMessage) -> tuple[str, str]:
    """The From's local part (lower-cased) and display name."""
    return _local_and_display(msg.from_)


def _local_and_display(frm: str) -> tuple[str, str]:
    """A From value's local part (lower-cased) and display name."""
    addr = normalize(frm) if "@" in frm else None
    local = (addr.rsplit("@", 1)[0] if addr else frm.strip(" <>\"")).lower()
    display = frm.split("<", 1)[0] if "<" in frm else ("" if addr else frm)
    return local, display


# A mail system in the strict sense: the accounts and names only delivery reports come from
# (MAILER-DAEMON, postmaster, "Mail Delivery System / Subsystem", a bounce or DSN account, Exchange's
# "Microsoft Outlook"), never the generic accounts ``_SYSTEM_LOCAL`` also takes (mail@, system@,
# root@, smtp@, nobody@: a shop's or a person's address as often) nor a bare "Mailer" in the name
_STRICT_LOCAL = Lazy(
    r"^(?:mailer[-_]?daemon|mailerdaemon|postmaster|post_master|poostmaster|mail[-_.]?daemon|mmdf|mdaemon|"
    r"mail\.delivery\.system|mail[-_.]?delivery(?:[-_.]?(?:system|subsystem))?|bounces?|bounce[-_.]?\w*|ndr|dsn|"
    r"no[-_.]?reply[-_.]?dsn)$|mailer[-_]?daemon|postmaster", re.I)
_STRICT_NAME = Lazy(
    r"mail(?:er)?[- ]?(?:delivery|daemon)|delivery (?:system|subsystem|status|notification)|mail deliver system|"
    r"postmaster|ndr administrator|microsoft outlook", re.I)


def local_words(msg: ParsedMessage) -> bool:
    """The localized words of the plain notices (``BOUNCE_SUBJECT``'s and ``_BOUNCE_WORDS``' group
    "plain", ``_REFUSED``) count for this message: they make it a report (``looks_like_bounce``).
    Whether a report, once detected (by any path), is a delay or a failure is read from its words
    whatever its sender (``report_kind``: ``_DELAY_MORE``, ``_NOT_YET``).

    Only from a mail system in the strict sense (``_strict_system``) and never in a reply (In-Reply-To
    or a reply subject prefix), or in a message with a report's structure (a delivery-status part,
    X-Failed-Recipients, a returned message part): the same words refuse orders, bookings and
    parcels in the mail of shops and people, sent from mail@ or system@ accounts."""
    return _memo(msg, "local_words", _local_words)


def _local_words(msg: ParsedMessage) -> bool:
    if msg.status_blocks or msg.head("x-failed-recipients") or msg.attached:
        return True
    # (a null return path's notice that names the message it answers, In-Reply-To, is still the system's: RFC 3834 asks
    # automatic responses to refer to what they answer; a reply's subject prefix is a person's)
    return _strict_system(msg) and (not is_reply(msg) or _null_sender(msg) and not subject(msg).lower().lstrip().startswith(_REPLY_PREFIXES))


def _strict_system(msg: ParsedMessage) -> bool:
    """A mail system in the strict sense: a null sender or return path, a reporting account or name
    (``_STRICT_LOCAL``, ``_STRICT_NAME``), a report generator's X-Mailer, or a system-looking sender
    (``from_system``) that marks its mail Auto-Submitted (auto-replied / auto-generated)."""
    if _null_sender(msg):
        return True
    local, display = _sender(msg)
    if _STRICT_LOCAL.search(local) or display and _STRICT_NAME.search(display):
        return True
    auto = msg.auto_submitted
    return auto.startswith(("auto-replied", "auto-generated")) and from_system(msg)


def _unplain(rx: Lazy, text: str) -> bool:
    """A match of ``rx`` outside its group "plain" (the words that count from any system sender).

    An ASCII text is searched lower-cased with the pattern's case-sensitive copy (``Lazy.folded``: the
    same matches with the same groups, found quicker in a long alternation over a report of 20,000
    characters)."""
    folded = rx.folded if text.isascii() else None
    found = folded.finditer(text.lower()) if folded is not None else rx.finditer(text)
    return any(m.group("plain") is None for m in found)


def bounce_subject(msg: ParsedMessage) -> bool:
    """The subject is a delivery report's (``BOUNCE_SUBJECT``): asked by several detectors of one
    message, worked out once (the pattern is a long case-insensitive alternation)."""
    return bool(_subject_match(msg))


def _subject_match(msg: ParsedMessage) -> re.Match[str] | bool:
    """``BOUNCE_SUBJECT``'s first match in the subject (False without one), kept in the memo."""
    return _memo(msg, "bounce_subject", lambda m: BOUNCE_SUBJECT.folded_search(subject(m)) or False)


def looks_like_bounce(msg: ParsedMessage) -> bool:
    """Two signals of a delivery report among: a system sender, a report subject, report words."""
    return _memo(msg, "looks_like_bounce", _looks_like_bounce)


def _looks_like_bounce(msg: ParsedMessage) -> bool:
    if msg.head("x-failed-recipients") or msg.report_type == "delivery-status":
        return True
    subj = subject(msg)
    system = from_system(msg) and not _answers_in_a_thread(msg)
    said = _subject_match(msg) or None
    if not system and (writes_for_the_address_we_sent_to(msg) or _returns_our_headers(msg)) \
            and (msg.auto_submitted.startswith("auto-") or not reply_prefixed(subj)):
        # an account of the recipient's own organisation ("Mailsystem <noreply@isp>", "IT <it@firm>") writing to the VERP
        # address our message went out with (RFC 5321 section 4.5.5: only a report goes to the envelope sender; a person
        # answers the From), or any account that returns our headers as a report generator does (``_returns_our_headers``),
        # in a report's words, localized ones too, with a cause the tables read: its report on that address (under a reply's
        # subject only when marked automatic, "AW: <our subject>" with Auto-Submitted: the IT department's own answer to a
        # delay warning, "AW: Delayed Mail", quoting it, is a person's mail)
        flat = " ".join(report_text(msg)[:3000].split())
        if (said is not None or _BOUNCE_WORDS.search(flat) is not None or _refused(flat) or _undelivered_more(flat)
                or _names_only_the_address_we_sent_to(msg, flat)) and (_says_a_cause(flat) or _says_held(flat)) \
                and PASSED_ON.search(flat) is None \
                and _DELIVERED_ANYWAY.search(flat) is None:
            # (or, in a language whose words of a failed delivery no table holds, naming the very address the VERP address
            # encodes and no other of its organisation: Armenian "Ձեր նամակը x@ հասցեին չի առաքվել"; never where the words say
            # the mail went on or was delivered all the same, a DLP notice's "allowed to pass and has been delivered")
            return True
    if system and product_notice(msg):
        return True  # a security product's hold or block notice sent as postmaster@
    if system:
        # the localized words of the plain notices (group "plain", ``_REFUSED``) count only from a
        # mail system in the strict sense and not in a reply (``local_words``): a shop's mail@
        # "Votre colis n'a pas été livré", a hotel's "il suo messaggio è stato rifiutato" in reply
        local = local_words(msg)
        if said is not None and (local or said.group("plain") is None or _unplain(BOUNCE_SUBJECT, subj)):
            return True
        text = report_text(msg)[:20000]
        if local:
            if _BOUNCE_WORDS.search(text) is not None or _refused(text) or _undelivered_more(text) or _stopped_with_field(msg):
                return True
            # (a notice whose lines wrap inside its words: "Ihre Nachricht wurde\nnicht zugestellt")
            flat = " ".join(text.split())
            return flat != text and (_BOUNCE_WORDS.search(flat) is not None or _refused(flat)) \
                or _names_the_address_we_sent_to(msg, text)
        # (last: a notice in none of the report words, that says our message was stopped and names its
        # recipient in a field - MailScanner's, sent under the postmaster's own name)
        if _unplain(_BOUNCE_WORDS, text) or _stopped_with_field(msg):
            return True
        flat = " ".join(text.split())  # (its lines wrapped inside the words: "has not been\ndelivered")
        return flat != text and _unplain(_BOUNCE_WORDS, flat)
    text = report_text(msg)[:20000]
    if product_notice(msg):
        return True  # a mail-security product's notice that our message was stopped
    # a person's account: the words of the plain notices of other languages (group "plain") do
    # not count there (a person asks "Message refusé ?" and tells what the notice said)
    subject_says = said is not None and (said.group("plain") is None or _unplain(BOUNCE_SUBJECT, subj)) \
        and not _inside_quotes(subj, said.start())
    words = _unplain(_BOUNCE_WORDS, text)
    # the heading of a list of failed recipients stands for the report's subject (a report whose
    # subject is the original's, sent from an ordinary account: Exchange's system mailbox)
    return (subject_says or words and _LIST_INTRO.search(text, 0, 5000) is not None) and words and not is_reply(msg)


# our message delivered all the same, said by the notice that names a policy it matched
# (Symantec's monitor-only rule "The message was allowed to pass and has been delivered. It was NOT blocked.", Forcepoint's
# "Action: Permitted ... The message was released to all recipients.")
_DELIVERED_ANYWAY = Lazy(r"\b(?:the|your) (?:message|e-?mail) (?:was|has been) (?:allowed to pass and (?:has been |was )?)?"
                         r"(?:delivered|sent|released to (?:all |the )?recipients?)(?: anyway| all the same)?\s*[.;]|"
                         r"\bno blocking action was taken\b|\bit was not blocked\b|"
                         # (German "Es wurde keine Blockierungsaktion ausgeführt; die Nachricht wurde zugestellt.")
                         r"\bkeine blockierungsaktion\b|\b(?:die|ihre) (?:nachricht|e-?mail) wurde (?:trotzdem |dennoch )?zugestellt\s*[.;]|"
                         # (delivered successfully, said outright: "Il destinatario lo ha rilasciato e il messaggio è stato
                         # recapitato correttamente", "fue entregado correctamente", "foi entregue com sucesso", "a été remis
                         # avec succès", "wurde erfolgreich zugestellt", "is succesvol afgeleverd")
                         r"\b(?:was|has been) (?:successfully delivered|delivered successfully)\b|"
                         r"\b(?:è|e') stat[oa] (?:recapitat|consegnat)[oa] correttamente\b|\bfue entregad[oa] correctamente\b|"
                         r"\bfoi entregue com sucesso\b|\ba (?:é|e)t(?:é|e) (?:remis|distribu(?:é|e))e? avec succ(?:è|e)s\b|"
                         r"\bwurde erfolgreich zugestellt\b|\bis succesvol (?:afgeleverd|bezorgd)\b|"
                         # (delivered, to the junk folder: "was delivered to the recipient's junk e-mail folder", Danish "blev
                         # leveret til modtagerens mappe for uønsket post", "Beskeden blev leveret.", Norwegian "Meldingen ble
                         # levert.", Swedish "Meddelandet levererades.")
                         r"\bdelivered to (?:the )?(?:recipient'?s? )?(?:junk|spam|bulk)(?: e-?mail| mail)? folder\b|"
                         r"\b(?:beskeden|meddelelsen|meldingen|e-?mailen|e-?posten|meddelandet) (?:blev|ble|har blitt|er blevet) "
                         r"(?:leveret|levert)\b|\b(?:meddelandet|e-?postmeddelandet|e-?posten) (?:levererades|har levererats)\b|"
                         # (an anti-virus gateway's report of a clean message: "The message has been passed to the recipient",
                         # Russian "Сообщение доставлено получателю.")
                         r"\b(?:has been|was) passed (?:on )?to the recipients?\b|"
                         # (an encryption gateway's notice: "the message was encrypted before being passed to the recipient")
                         r"\bencrypted (?:before being|and(?: then)?(?: was)?) (?:passed|delivered|forwarded|sent) (?:on )?to the recipients?\b|\bсообщение доставлено(?: получател\w+)?\s*[.;]|"
                         r"(?:^|\n)[ \t]*action(?: taken)?[ \t]*:[ \t]*(?:permitted|allowed|monitor(?:ed)? only)[ \t]*(?=\n|$)|"
                         # (the product's action, a part taken off and the rest delivered: "Action: Attachment removed
                         # (invoice.pdf.exe); message delivered to recipient")
                         r"(?:^|\n)[ \t]*action(?: taken)?[ \t]*:[^\n]*\b(?:message|remaining message|rest of the message) (?:was )?"
                         r"(?:delivered|forwarded|passed on) to (?:the )?recipient\b|"
                         # (German "Aktion: Anhang entfernt, die Nachricht wurde dem Empfänger ohne Anhang zugestellt")
                         r"\b(?:die|ihre) (?:nachricht|e-?mail) wurde (?:dem empf(?:ä|ae)nger )?(?:ohne (?:den |die )?anh(?:ä|a)nge? )?zugestellt\b", re.I)


def _returns_our_headers(msg: ParsedMessage) -> bool:
    """The message returns our message's headers in a text/rfc822-headers part, the type report generators give them
    (RFC 6522, RFC 3464 section 2's "returned content"); no mail client attaches one, and no person's reply is written so."""
    if "text/rfc822-headers" not in msg.attached_types or is_reply(msg):
        return False
    # (never from the very address the returned headers were sent to: a person attaching the headers of a mail of ours to a
    # complaint of their own, "mein Paket wurde nicht zugestellt, weil ...")
    frm = (normalize(msg.from_) or "").lower()
    returned = msg.attached[msg.attached_types.index("text/rfc822-headers")]
    return not frm or frm not in {a.lower() for a in find_all(str(returned.get("To") or ""))}


# the words that the mail to the address still goes on to someone: forwarded to a successor or a colleague (English, Italian,
# German, Spanish, Portuguese, French, Dutch, Swedish, Danish / Norwegian, Finnish), never "not forwarded"
PASSED_ON = Lazy(r"(?<!not )(?<!n't )\b(?:are|is|will be|have been|has been|were|was|being|get|gets) (?:automatically |now )?"
                  r"(?:forwarded|redirected|passed on) to\b|"
                  r"(?<!non )\bvengono (?:automaticamente )?inoltrat[ie]\b|(?<!non )\bsaranno inoltrat[ie]\b|"
                  r"(?<!nicht )(?<!nicht automatisch )\bwerden (?:automatisch )?(?:an [^.]{1,60} )?weitergeleitet\b|"
                  r"(?<!no )\bse (?:reenv(?:í|i)an|redirigen|reenviar(?:á|a)n)\b|(?<!não )\bs(?:ão|erão) (?:encaminhad|reencaminhad)[ao]s\b|"
                  r"(?<!pas )\bsont (?:automatiquement )?(?:transf(?:é|e)r(?:é|e)s|redirig(?:é|e)s)\b|"
                  r"(?<!niet )\bworden (?:automatisch )?doorgestuurd\b|\bvidarebefordras\b|\bvideresendes\b|"
                  r"\bvälitetään (?:automaattisesti )?\b|"
                  # (and said of the one message: French "Votre message a été transféré automatiquement à la nouvelle adresse",
                  # Polish "została automatycznie przekazana na nowy adres", German "wurde weitergeleitet", Dutch "is
                  # doorgestuurd", Italian "è stato inoltrato", Spanish "ha sido reenviado", Portuguese "foi encaminhada")
                  r"(?<!pas )(?<!n'a )\b(?:a (?:é|e)t(?:é|e)|sera) (?:automatiquement )?(?:transf(?:é|e)r(?:é|e)|redirig(?:é|e))e?\b|"
                  r"(?<!nie )\bzosta(?:ł|l)a (?:automatycznie )?przekazana\b|(?<!nicht )\bwurde (?:automatisch )?weitergeleitet\b|"
                  r"(?<!niet )\bis (?:automatisch )?doorgestuurd\b|(?<!non )\b(?:è|e') stat[oa] (?:automaticamente )?inoltrat[oa]\b|"
                  r"(?<!no )\bha sido (?:autom(?:á|a)ticamente )?reenviad[oa]\b|(?<!não )\bfoi (?:automaticamente )?(?:reencaminhad|encaminhad)[ao]\b", re.I)


def _names_only_the_address_we_sent_to(msg: ParsedMessage, text: str) -> bool:
    """The text names the colleague's address ``writes_for_the_address_we_sent_to`` found, and no other address of its
    organisation but the sender's own."""
    recipient = writes_for_the_address_we_sent_to(msg)
    if not recipient:
        return False
    frm, theirs = (normalize(msg.from_) or "").lower(), organisation(recipient)
    # (never an address the text invites the reader to write to: "Bei Rückfragen wenden Sie sich bitte an it@<theirs>")
    named = {a.lower() for part in _SENTENCE_END.split(text) if "@" in part and not invites(part.lower()) for a in find_all(part)}
    return recipient in named and all(a in (recipient, frm) or organisation(a) != theirs for a in named)


# the end of a sentence or a line, where a text is cut into its sentences
_SENTENCE_END = Lazy(r"(?<=[.!?。！？])\s+|\n")


def writes_for_the_address_we_sent_to(msg: ParsedMessage) -> str:
    """The address (lower-cased) the VERP address the message goes to encodes (our default form), where it is an address of
    the From's own organisation other than the From itself; else "".  Asked by several readers of one message: worked out
    once."""
    return _memo(msg, "colleague_we_wrote_to", _colleague_we_wrote_to)


def verp_recipient(msg: ParsedMessage) -> str:
    """The address (lower-cased) the VERP address the message goes to encodes (our default form), else "": the readers of
    answers to our return path ask it of one message several times; worked out once."""
    return _memo(msg, "verp_recipient", _verp_recipient)


def _verp_recipient(msg: ParsedMessage) -> str:
    to = msg.header("To")
    if not to or "+" not in to or "=" not in to or "," in to:
        return ""
    return (decode_verp(normalize(to) or "", None) or "").lower()


def _colleague_we_wrote_to(msg: ParsedMessage) -> str:
    recipient = verp_recipient(msg)
    if not recipient:
        return ""
    to = msg.header("To")
    frm = (normalize(msg.from_) or "").lower()
    return recipient if recipient and "@" in frm and recipient != frm and organisation(recipient) == organisation(frm) \
        and organisation(recipient) != organisation(to) else ""


def _names_the_address_we_sent_to(msg: ParsedMessage, text: str) -> bool:
    """``_the_address_we_sent_to`` finds one."""
    return _the_address_we_sent_to(msg, text) is not None


def _the_address_we_sent_to(msg: ParsedMessage, text: str) -> str | None:
    """The mail system of the recipient's organisation or of the host that relays its mail (its postmaster or daemon,
    ``_strict_system``, or its security product, ``_SECURITY_PRODUCT``: the callers ask), writing to the VERP address our
    message went out with, names in its own words the very address that VERP address encodes: a notice about our message
    to it, in whatever language its words are (Bosnian "Vaša poruka za x@ nije isporučena", Irish "Níor seachadadh do
    theachtaireacht chuig x@", Basque "Zure mezua ez zaio x@ helbideari entregatu", Kaspersky's Russian "В отправленном
    вами сообщении обнаружен вредоносный объект ... Получатель: x@").  No person's reply comes from that account (a vacation
    responder writes from its owner's address, RFC 3834 section 3.1.6), the account's own auto-reply ("this mailbox is not
    read, write to support@") names another address than the one we wrote to, and a vendor's newsletter is not sent to our
    bounce address.  Its words must say a cause the tables read, or that the message is held: where they say neither, the
    same unknown words may as well say the message was delivered, and the notice is not read.  Returns that address
    (lower-cased), or None."""
    to = msg.header("To")
    if "+" not in to or "=" not in to or is_reply(msg) or msg.head("list-id"):
        return None
    # (marked as the automatic answer it is, RFC 3834 section 5 / RFC 5321 section 4.5.5: the words then are the system's,
    # never a person's; a success notice, "Confirmación de entrega", "Delivered: ...", says it in its subject or words)
    recipient = decode_verp(to, None)
    frm = normalize(msg.from_) or ""
    if not recipient or recipient == frm.lower() or organisation(recipient) == organisation(to):
        return None
    # (or a filtering service's, from its vendor's own domain and signed by its product's name, "Sophos Email
    # <do-not-reply@sophos.com>": no person writes under it, and such services leave the mark off)
    product = organisation(recipient) != organisation(frm) and _SECURITY_PRODUCT.folded_search(_sender(msg)[1] or "") is not None
    if not (msg.auto_submitted.startswith("auto-") or _null_sender(msg) or product) or _success_subject(subject(msg)) \
            or _SUCCESS_BODY.search(text, 0, 3000) or _DELIVERED_ANYWAY.search(text, 0, 3000):
        return None
    if organisation(recipient) != organisation(frm) and not system_account(msg) and not product:
        # (another organisation's: only its mail system's own account relays such a notice, or the filtering service its
        # mail passes through, signing with its product's name, "Sophos Email <do-not-reply@sophos.com>"; never a person)
        return None
    own = text[:3000].lower()
    at = own.find(recipient)
    # (the address as a word of the text, not the tail of a longer one)
    if at < 0 or at and (own[at - 1].isalnum() or own[at - 1] in "._%+-"):
        return None
    theirs = organisation(recipient)
    if any(a != recipient and a != frm.lower() and organisation(a) == theirs for a in (x.lower() for x in find_all(own))):
        return None  # (another address of the recipient's organisation beside it: which one failed, the words would have to say)
    # (and a cause the tables read, or words that say it is held: the same unknown words may as well say it was delivered,
    # released or read; never the product's own name, which signs its every notice, "-- Barracuda Email Security Service")
    own_words = text[:3000]
    if product:
        display = (_sender(msg)[1] or "").strip().strip('"').strip()
        own_words = re.sub(re.escape(display), " ", own_words, flags=re.I) if display else own_words
    return recipient if _says_a_cause(own_words) or _says_held(own_words) else None


# a thread's mark in a subject: a ticket's number ("[#PM-2291]", "[Ticket#2025070312000045]", "#5531"), Japanese brackets
# ("【お問い合わせ #5531】")
_THREAD_MARK = Lazy(r"#\s?\w*\d{3,}|\[[^\]]{0,40}\d{3,}[^\]]{0,20}\]|【")


def _answers_in_a_thread(msg: ParsedMessage) -> bool:
    """A person's answer in a thread about a report, sent from the postmaster's own desk: an answer's subject ("Re:", "AW:",
    In-Reply-To) quoting what it answers or carrying the thread's ticket number ("Re: [#PM-2291] Delivery problems to
    <domain>" ... "your mail was deferred with 451 4.7.1 Greylisted ... Nothing was rejected"): read as any person's mail.
    A system's own report under the subject it answers (Verizon's "Re:Nyaan" with "Error: Invalid user address") quotes
    nothing and names no ticket; one that does (MAILER-DAEMON under "AW: [Ticket#...]" quoting the mail it could not
    deliver) marks itself as the automatic answer it is (RFC 3834 Auto-Submitted, or a null return path)."""
    return _a_persons_answer(msg) and ("\n>" in msg.body[:20000] or _THREAD_MARK.search(subject(msg)) is not None)


def _a_persons_answer(msg: ParsedMessage) -> bool:
    """An answer's subject ("Re:", "AW:", In-Reply-To), no report's fields or returned message, not marked automatic (RFC 3834
    Auto-Submitted) nor sent from the null return path: a person answering, whatever desk it comes from."""
    return is_reply(msg) and subject(msg).lower().lstrip().startswith(_ANSWER_PREFIXES) and not msg.status_blocks \
        and not msg.attached and not msg.auto_submitted.startswith("auto-") and not _null_sender(msg)


def _inside_quotes(text: str, at: int) -> bool:
    """Position ``at`` is inside quotation marks opened before it: a person's subject that quotes a
    report's ('Question about "Returned mail: see transcript for details"') asks about one."""
    before = text[:at]
    if before.count('"') % 2 == 1:
        return True
    if before.endswith("'") and (len(before) == 1 or before[-2] in " :("):
        return True  # an ASCII single quote opening right before the words ("getting 'Returned mail: ...'")
    # each opening mark with its own closing marks: German „...“ (or „...”), English “...”, French
    # «...», single ‘...’, Japanese 「...」 and 『...』
    opened = 0
    for ch in before:
        if ch in "„“«‘「『" and not (ch == "“" and opened):
            opened += 1
        elif ch in "“”»’」』" and opened:
            opened -= 1
    return opened > 0


def product_notice(msg: ParsedMessage) -> bool:
    """A mail-security product's own notice that our message was stopped: its display name
    (``_SECURITY_PRODUCT``) and its words about our message (``_OUR_MESSAGE_STOPPED``), never in a reply."""
    return _memo(msg, "product_notice", _product_notice)


def _product_notice(msg: ParsedMessage) -> bool:
    if is_reply(msg) or msg.head("list-unsubscribe") or msg.head("list-id"):
        return False  # (a vendor's newsletter, blog digest or webinar invitation carries list headers)
    display = _sender(msg)[1]
    if not display or _SECURITY_PRODUCT.folded_search(display) is None:
        # (a notice signed with a name the table does not hold, "Sähköpostisuojaus", "메일 보안 시스템": its fields say it, or
        # its sentence about our message to an address of its own organisation)
        return _stopped_by_fields(msg) or _stopped_by_its_own_system(msg)
    # the notice names the recipient our message was for, in the sentence that says it was stopped
    # ("Your message to: ops@acme.example was blocked"); a vendor's article asks "why your email could not
    # be delivered" of no one
    # (a headline may say it first, "Your message was not delivered", the sentence naming the recipient below it)
    text = report_text(msg)
    # (the field may stand in the notice's summary of the stopped message, "Message: ...\nTo: x@...\nFrom: ...", which
    # ``report_text`` cuts as a pasted original: looked for in the whole text)
    body = msg.body
    if _to_us(msg, body):
        return False  # the stopped message was addressed to us: an alert about mail we were sent, not a report of ours
    if "elivered" in body and _DELIVERED_ANYWAY.search(body, 0, 5000) is not None:
        return False  # what it did let the message through ("Action: Attachment removed; message delivered to recipient")
    return any("@" in m.group(0) or _RECIPIENT_FIELD.folded_search(body, m.end(), 3000) is not None
               or _TO_THE_FOLLOWING.search(m.group(0)) and _ADDRESS_BELOW.match(text, m.end())
               or _YOU_SENT_TO.search(text, m.end(), m.end() + 300) is not None
               for m in _OUR_MESSAGE_STOPPED.finditer(text, 0, 3000)) or _stopped_by_fields(msg) \
        or _names_the_address_we_sent_to(msg, text)


def _stopped_by_its_own_system(msg: ParsedMessage) -> bool:
    """The recipient's own organisation's system saying our message to one of its addresses was stopped or held, in a
    sentence ``_OUR_MESSAGE_STOPPED`` holds, whatever name it signs with ("Zaštita e-pošte <zastita@firma.example>: Vaša poruka
    za ivana@firma.example je zadržana u karanteni"): the sender's organisation and the one address named are the same."""
    frm, to = msg.from_, msg.header("To")
    if "@" not in frm or not to or "@" not in to:
        return False
    theirs, ours = organisation(frm), organisation(to)
    if theirs == ours:
        return False
    # (the cheap tests first: no address of its own organisation in its text, the long pattern is not asked; a mail system's
    # own account is read as one, its reports need no such sentence)
    # (its domain as the notice writes it, in lower case: a test with no copy of the text)
    if msg.body.find("@" + theirs, 0, 5000) < 0 and msg.body.find("." + theirs, 0, 5000) < 0 or system_account(msg):
        return False
    for m in _OUR_MESSAGE_STOPPED.finditer(report_text(msg), 0, 3000):
        named = {a.lower() for a in find_all(m.group(0))}
        if not named and (field := _RECIPIENT_FIELD_ADDRESS.folded_search(msg.body, m.end(), 5000)) is not None:
            # (the sentence names no one, its field below does: "WebShield SMTP has blocked a message you sent ...
            # Recipient: accounts@<its organisation>")
            named = {field.group("a").lower()}
        if named and all(organisation(a) == theirs for a in named):
            return True
    return False


# ... or in the sentence after the headline, naming what it was sent to ("Your message has been held for approval. The
# message you sent to ann@... breached the policy ... and has been held pending review", Clearswift)
_YOU_SENT_TO = Lazy(r"\b(?:message|e-?mail) (?:that )?you sent to <?[^\s@<>]+@", re.I)


# ... or in the lines right below it, announced ("Your message to the following recipient was temporarily held by our mail
# security service:\n\n  s.oconnell@...", German "Ihre Nachricht an folgenden Empfänger wurde ... zurückgehalten:", Spanish "Su
# mensaje al siguiente destinatario fue retenido")
_TO_THE_FOLLOWING = Lazy(r"\bto the following recipients?\b|\ban (?:den )?folgenden? empf(?:ä|ae)nger\b|"
                         r"\bal siguiente destinatario\b|\baos? seguintes? destinat(?:á|a)rios?\b|\bau destinataire suivant\b", re.I)
# ... or, in any language, by the notice's fields alone: the stopped message's sender ours (the domain the notice was sent to)
# and its recipient one of the product's own organisation (the domain the notice comes from), with words of what was found or
# done ("Absender: news@shop.example / Empfänger: k.schulte@firm.example", "送信者: ... / 宛先: ...", "Feladó: ... / Címzett:
# ..."): a notice about mail *to* us names us as the recipient, never as the sender
# "sender" / "from" as other languages' reports label the original's sender ("送信者：", "差出人：",
# "发件人：", "寄件者：", "보낸 사람:", "발신자:", "Absender:", "Expéditeur :", "Remitente:",
# "Remetente:", "Mittente:", "Afzender:", "Nadawca:", "Отправитель:", "Відправник:"): that address is
# ours, never a failed recipient
_SENDER_WORDS = (r"(?:差出人|送信者|送信元|発信者|发件人|發件人|寄件者|寄件人|보낸\s?사람|발신자|absender|exp[ée]diteur|"
                 r"remitente|remetente|mittente|afzender|nadawca|отправитель|відправник|"
                 # (Swedish "Avsändare", Danish / Norwegian "Afsender" / "Avsender", Hungarian "Feladó", Czech "Odesílatel",
                 # Turkish "Gönderen", Finnish "Lähettäjä")
                 r"avs(?:ä|a)ndare|afsender|avsender|felad(?:ó|o)|odes(?:í|i)latel|g(?:ö|o)nderen|l(?:ä|a)hett(?:ä|a)j(?:ä|a)|"
                 # (the sender fields of Greek, Romanian, Slovak, Croatian, Serbian, Bulgarian,
                 # Lithuanian, Latvian, Estonian, Hebrew, Persian, Arabic, Malay, Indonesian, Swahili, Vietnamese, Thai, Hindi,
                 # Albanian, Georgian, Armenian, Amharic, Bengali, Tamil, Tagalog)
                 r"αποστολέας|expeditor|odosielate(?:ľ|l)|po(?:š|s)iljatelj|po(?:š|s)iljalac|пошиљалац|подател|siunt(?:ė|e)jas|"
                 r"s(?:ū|u)t(?:ī|i)t(?:ā|a)js|saatja|ה?שולח|מאת|فرستنده|المرسل(?! إليه)|penghantar|pengirim|mtumaji|người gửi|ผู้ส่ง|"
                 r"प्रेषक|daripada|илгээгч|d(?:ë|e)rguesi|გამგზავნი|ուղարկող|ላኪ|প্রেরক|அனுப்புநர்|nagpadala)")
# (the notice's sender field: one of those words, or "From:", "Sender:", alone on its line with its address)
_HEADER_LABELS = frozenset({"from", "sender", "envelope sender"})
_SENDER_FIELD_ADDRESS = Lazy(r"(?im)^[ \t]*(?:from|sender|envelope sender|" + _SENDER_WORDS + r")[ \t]*[:：՝፦]"
                             r"[ \t]*(?:[^\n<@]{0,80}<)?(?P<a>" + ADDRESS + r")")
# the words of a finding or a hold, in the languages such notices are written in, beside those fields
_FOUND_OR_HELD = Lazy(r"vir(?:us|ü|en)|v(?:í|i)rus|wirus|вирус|ウイルス|病毒|바이러스|malware|trojan|schadsoftware|infect|infiz|"
                      r"quarant|karant|карантин|隔離|隔离|격리|spam|blocked|blockiert|bloccat|bloquead|bloqu(?:é|e)|geblokkeerd|"
                      r"zablokowan|blockerad|haittaohjelm|roskaposti|karanteen|스팸|차단|악성|垃圾邮件|垃圾郵件|拦截|攔截|恶意|惡意|"
                      r"ιό|κακόβουλ|ανεπιθύμητ|καραντίνα|迷惑メール|スパム|マルウェア|škodliv|skodliv|zablokov|engellen|kötü amaçlı|"
                      # (a hold for review, a data-loss-prevention rule, a sandbox; Romanian "carantină", Slovak "malvér",
                      # Croatian / Czech "zadržana" (held), Ukrainian "спам", "вірус", "шкідлив", "заблоковано", Hebrew "הסגר"
                      # (quarantine), "וירוס", "דואר זבל" (spam), Persian "ویروس", "قرنطینه", "هرزنامه", Arabic "فيروس",
                      # "الحجر", Malay "kuarantin", Swahili "karantini")
                      r"\bheld for (?:review|approval|inspection)\b|data loss prevention|\bDLP\b|sandbox|carantin|malv(?:é|e)r|"
                      r"zadr(?:ž|z)an|zadr(?:ž|z)en|спам|вірус|шкідлив|заблоков|הסגר|וירוס|דואר זבל|ویروس|قرنطینه|هرزنامه|"
                      r"فيروس|الحجر|kuarantin|karantini|"
                      # (Serbian "задржан", Hungarian "levélszemét", Georgian "კარანტინ", "მავნე", "ვირუს", Armenian "կարանտին",
                      # "սպամ", "վիրուս", Amharic "ቫይረስ", "ማቆያ", Bengali "ভাইরাস", "স্প্যাম", "আটকে রাখা", Tamil "வைரஸ்",
                      # "ஸ்பேம்", "தனிமைப்படுத்த")
                      r"задржан|lev(?:é|e)lszem(?:é|e)t|კარანტინ|მავნე|ვირუს|կարանտին|սպամ|վիրուս|ቫይረስ|ማቆያ|ভাইরাস|স্প্যাম|"
                      r"আটকে রাখা|வைரஸ்|ஸ்பேம்|தனிமைப்படுத்த|"
                      # (the loanwords of other languages: Maltese "kwarantina", Irish "coraintín", Galician "corentena",
                      # Belarusian "каранцін", Urdu "قرنطینہ")
                      r"kwarant|coraint|corent|каранц|قرنطین|v(?:í|i)reas|"
                      # (Welsh "sbam", "feirws"; Hindi "स्पैम", "वायरस" and Nepali "स्प्याम", "भाइरस"; Azerbaijani / Uzbek
                      # "bloklandı" (blocked); Catalan "correu brossa" (spam), "bloquejat"; Afrikaans "gemorspos" (spam),
                      # "geblokkeer"; Icelandic "ruslpóstur" (spam), "sóttkví" (quarantine))
                      r"\bsbam\b|\bfeirws|स्पैम|स्प्याम|वायरस|भाइरस|\bbloklan|\bbrossa\b|\bbloquejat|gemorspos|\bgeblokkeer|"
                      r"ruslp(?:ó|o)st|s(?:ó|o)ttkv(?:í|i)|"
                      # (held: Ukrainian "затримано", Russian "задержано", Catalan "retingut")
                      r"затриман|задержан|\bretingu", re.I)


def organisation(address: str) -> str:
    """The organisation's part of an address's domain name (the address as a header or a field writes it, "Name <a@b>"):
    its last two labels, three under a country's second level ("co.uk", "com.br"); the sending and bounce hosts of one
    sender differ before it ("mail.shop.example", "bounces.shop.example").
    (Asked of the same From, To and recipients by several detectors: the last answers are kept.)"""
    org = _ORGANISATIONS.get(address)
    if org is None:
        labels = address.rpartition("@")[2].strip(" <>\t\r\n\"'").lower().rstrip(".").split(".")
        keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
        if len(_ORGANISATIONS) >= 64:
            _ORGANISATIONS.clear()  # (a memo of the message being read, not a history)
        org = _ORGANISATIONS[address] = ".".join(labels[-keep:])
    return org


_ORGANISATIONS: dict[str, str] = {}


# the hosted help desks a company's support answers from, its own tenant named by the leftmost label ("acme.zendesk.com")
_HELP_DESK_PLATFORMS = frozenset({"zendesk.com", "freshdesk.com", "atlassian.net", "zohodesk.com", "kayako.com", "helpscout.net",
                                  "gorgias.com", "happyfox.com", "groovehq.com"})


def brand(address: str) -> str:
    """The name an address's domain gives its organisation: the first label of ``organisation`` ("acme" of "mail.acme.co.uk"
    and of "acme.fr"), or the tenant of a hosted help desk ("acme" of "acme.zendesk.com").  One company writes from its
    domains under several top-level domains and from its help desk's; a stranger shares none of them."""
    host = address.rpartition("@")[2].strip(" <>\t\r\n\"'").lower().rstrip(".")
    org = organisation(address)
    if org in _HELP_DESK_PLATFORMS and host.endswith("." + org):
        return host[:-len(org) - 1].rpartition(".")[2]
    return org.partition(".")[0]


# the local parts of abuse desks and feedback loops (arf.py's desks add the postmaster and the NOC, whose notices are reports)
# (and the desk's name in its own language: German "missbrauch", Dutch "misbruik", Polish "naduzycia")
DESK_LOCALS = (r"abuse[-_.]?(?:reports?|desk|team|no-?reply)|abuse|abuso|abusi|abus|abuz|missbrauch|misbruik|naduzycia|feedback|fbl|"
               r"complaints?|spam-?reports?")
_DESK_ACCOUNT = Lazy(rf"(?:{DESK_LOCALS})$")


def _to_us(msg: ParsedMessage, body: str) -> bool:
    """The notice's recipient field names an address of the organisation the notice was sent to (``organisation``): the stopped
    message was mail *to* us ("In einer an Sie gerichteten Nachricht wurde ein Virus gefunden ... Empfänger: replies@<ours>")."""
    to = msg.header("To")
    field = _RECIPIENT_FIELD_ADDRESS.folded_search(body, 0, 5000)
    if field is None or not to or "@" not in to or "," in to:
        return False
    return organisation(field.group("a")) == organisation(to)


def _stopped_by_fields(msg: ParsedMessage) -> bool:
    """A security product's notice that names the stopped message by its fields: our address as its sender, a recipient
    of the product's own organisation, and words of a finding or a hold (``_FOUND_OR_HELD``)."""
    if msg.status_blocks:
        return False  # (an RFC 3464 report names its recipients in its own fields)
    to, frm = msg.header("To"), msg.from_
    if not to or "@" not in to or "," in to or "@" not in frm \
            or _DESK_ACCOUNT.match(frm.rpartition("@")[0].rpartition("<")[2].strip().lower()):
        return False  # (an abuse desk's copy of a message its user reported: a complaint, its fields the same)
    # (the cheap tests first: our own system's reports come from our own organisation, and most messages name no sender in a
    # field of their text)
    ours, theirs = organisation(to), organisation(frm)
    if ours == theirs:
        return False
    body = msg.body[:5000]
    sent_by = _SENDER_FIELD_ADDRESS.folded_search(body)
    if sent_by is None:
        return _fields_by_organisation(msg, body, ours, theirs)
    if organisation(sent_by.group("a")) != ours:
        return False
    sent_to = _RECIPIENT_FIELD_ADDRESS.folded_search(body)
    if sent_to is None:
        # (the sender's label known, the recipient's in a language no table holds: "प्रेषक: news@ / प्रापक: x@"; not a pasted
        # original's "From:", whose "To:" holds a display name beside its address)
        label = sent_by.group(0).partition(":")[0].strip().lower()
        return label not in _HEADER_LABELS and _fields_by_organisation(msg, body, ours, theirs)
    # (a scan's report that passed the message on, "Result: CLEAN ... The message has been passed to the recipient", "вирусов не
    # обнаружено. Сообщение доставлено получателю.": nothing stopped)
    return organisation(sent_to.group("a")) == theirs and _finding_or_product(msg) \
        and _DELIVERED_ANYWAY.search(body) is None


# a finding word that only names a folder ("please check your spam or junk folder", a help desk's acknowledgement)
_FOLDER_AFTER = Lazy(r"\s*(?:or\s+junk\s+)?(?:folder|ordner|dossier|carpeta|cartella|pasta|map)\b", re.I)


def _finding(text: str) -> bool:
    """Words of a finding or a hold (``_FOUND_OR_HELD``) in the notice's first lines, never a folder's name."""
    head = text[:3000]
    folded = _FOUND_OR_HELD.folded if head.isascii() else None
    if folded is not None:
        # (an ASCII text lower-cased and searched case-sensitively: the same matches, a third faster for a long alternation)
        head = head.lower()
        return any(_FOLDER_AFTER.match(head, m.end()) is None for m in folded.finditer(head))
    return any(_FOLDER_AFTER.match(head, m.end()) is None for m in _FOUND_OR_HELD.finditer(head))


def _signed_by_product(msg: ParsedMessage) -> bool:
    """The notice signed with a mail-security product's own name (``_SECURITY_PRODUCT``: "Barracuda Email Security", "Trend
    Micro Email Security"): beside fields that name our message and the product's recipient, the product's name says what
    stopped it, in a language whose words no table holds ("Mae eich neges wedi'i gwrthod", "Fariintaada waa la xannibay")."""
    display = _sender(msg)[1]
    return bool(display) and _SECURITY_PRODUCT.folded_search(display) is not None


def _finding_or_product(msg: ParsedMessage) -> bool:
    """A finding's words (``_finding``), or the notice signed with a product's own name (``_signed_by_product``)."""
    return _signed_by_product(msg) or _finding(report_text(msg))


# a field of any label, alone on its line with its address ("Seoltóir: x@", "Адпраўнік: x@", "Umthumeli: x@"): the labels of
# languages the tables do not hold
_ANY_FIELD = Lazy(r"(?m)^[ \t]*[^\W\d_][^\n:：՝፦@<>()]{0,40}?[ \t]*[:：՝፦][ \t]*(?:[^\n<@]{0,80}<)?(?P<a>" + ADDRESS
                  + r")>?[ \t]*(?:\([^\n)]{0,60}\))?[ \t\r]*$")


def _fields_by_organisation(msg: ParsedMessage, body: str, ours: str, theirs: str) -> bool:
    """The notice's fields read by whose addresses they hold, whatever their labels' language: an automatic notice (RFC
    3834 Auto-Submitted, or a null return path) whose block of fields holds one address of our organisation and exactly one
    of its own (never its own From), within a few lines, beside words of a finding or a hold (``_FOUND_OR_HELD``)."""
    if not (msg.auto_submitted.startswith("auto-") or _null_sender(msg)) or is_reply(msg):
        return False
    own = normalize(msg.from_)
    ours_at: list[int] = []
    theirs_at: dict[str, int] = {}
    for m in _ANY_FIELD.finditer(body, 0, 3000):
        a = normalize(m.group("a"))
        if not a or a == own:
            continue
        line = body.count("\n", 0, m.start())
        org = organisation(a)
        if org == ours:
            ours_at.append(line)
        elif org == theirs:
            theirs_at.setdefault(a, line)
    if len(theirs_at) != 1 or not ours_at:
        return False
    line = next(iter(theirs_at.values()))
    if min(abs(line - k) for k in ours_at) > 6:
        return False
    # (signed by a product's name alone, without a finding's words, our address must come first: the sender's field before
    # the recipient's, as notices list them; "Anfonwr: rhys@theirs / Derbynnydd: news@ours" is mail sent to us)
    return min(ours_at) < line and _signed_by_product(msg) or _finding(report_text(msg))
_ADDRESS_BELOW = Lazy(r"[^\n:]{0,80}(?:\n[^\n:]{1,80})?:[ \t]*\n(?:[ \t]*\n)?[ \t]*<?[^\s@<>]+@[^\s@<>]+>?[ \t]*$", re.M)


def _stopped_with_field(msg: ParsedMessage) -> bool:
    """A mail system's words that our message was stopped, its recipient in a field of its own
    (MailScanner's reports sent under whatever name the administrator gave the postmaster)."""
    # (or in the sentence that says it: "Ihre Nachricht an ana@... wurde vom Mailfilter in Quarantäne gestellt")
    text = report_text(msg)
    return any("@" in m.group(0) or _RECIPIENT_FIELD.folded_search(text, m.end(), 3000) is not None
               or _TO_THE_FOLLOWING.search(m.group(0)) and _ADDRESS_BELOW.match(text, m.end())
               for m in _OUR_MESSAGE_STOPPED.finditer(text, 0, 3000))


def is_reply(msg: ParsedMessage) -> bool:
    """A person's reply or forward: In-Reply-To, or a subject prefix mail clients write for one
    (en re/fw/fwd, de aw/wg, fr tr, es/pt rv/res/enc, nl antw/doorst, sv/da/no sv/vs/vb,
    fi vs/vl, pl odp/pd, it r (Outlook's Italian "R:"), zh 回复/转发/回覆/轉寄, ja 返信/転送, ko 답장/전달)."""
    return bool(msg.head("in-reply-to")) or reply_prefixed(subject(msg))


def reply_prefixed(subj: str) -> bool:
    """The subject opens with a reply's or forward's prefix; one without its colon (Chinese "回复", Korean "전달") only as a
    word of its own ("전달되지 않음", not delivered, is a report's subject)."""
    low = subj.lower().lstrip()
    for prefix in _REPLY_PREFIXES:
        if low.startswith(prefix):
            return prefix.endswith(":") or not low[len(prefix):len(prefix) + 1].isalnum()
    return False


# the subject prefixes of an answer (en re, de aw, pt res, nl antw, el απ/σχετ, sv/da/no sv, pl odp, it r/rif, zh 回复/回覆, ja
# 返信, ko 답장) and of a forward (en fw/fwd, fr tr, de wg, es/pt rv/enc, nl doorst, el πρθ, fi vs/vl, no vb, pl pd, zh 转发/轉寄,
# ja 転送, ko 전달; Norwegian "VS:" forwards where Finnish "VS:" answers)
_ANSWER_PREFIXES = ("re:", "aw:", "res:", "antw:", "απ:", "σχετ:", "sv:", "odp:", "r:", "rif:", "回复", "回覆", "返信", "답장")
_REPLY_PREFIXES = _ANSWER_PREFIXES + ("fw:", "fwd:", "tr:", "wg:", "rv:", "enc:", "doorst:", "πρθ:", "vs:", "vb:", "vl:", "pd:",
                                      "转发", "轉寄", "転送", "전달")


# -- where the report text ends and the returned original begins -----------------------------------
# The leading rule ("-----", "==== ") is taken whole (possessive): giving it back one character at
# a time made a long rule quadratic.  Only "-+ ?original message ?-+" could start inside the rule
# (its dashes); the alternative with the look-behind covers that: a rule of 3 or more ending in "-".
# Adjacent optional blanks and rules at a line's end are possessive for the same reason.
_ORIGINAL_MARKER = Lazy(
    r"^\s*(?:[-=_*]{2,}+\s*)?(?:"
    r"(?:this is a |a )?copy of (?:the|your) (?:original )?message|below this line is a copy|"
    # Exim's "This is a copy of the body of the message, without the headers" (its bounce_return_body
    # without headers), qmail's "Below this line is the body of the message" (its body-only returns)
    r"(?:this is a |a )?copy of the body of (?:the|your) message|below this line is the (?:body of the |original )?message|"
    r"(?:below|following|here) is a copy of|a copy of (?:the|your) (?:original )?message (?:is |was )?(?:below|follows|attached)|"
    r"(?:the )?original message (?:follows|was (?:attached|included|returned)|headers?|below|is attached)|"
    r"original message\s*+[-=:]*+\s*+$|-+ ?original message ?-+|(?<=[-=_*][-=_*]-) ?original message ?-+|"
    r"(?:in)?complete original message|"
    r"(?:enclosed|included) is a copy of the message|the header of the original message|headers? of (?:the )?original message|"
    r"(?:the )?(?:returned|undelivered|unsent|attached) (?:message|mail)(?: follows| below)?\s*+[-=]*+\s*+$|"
    r"message headers follow|original mail info|original message headers|returned message|"
    r"start of (?:the )?(?:original|returned) message|message (?:text )?follows|"
    r"the text of (?:the|your) message (?:follows|was)|"
    # "The first lines of your message were:" / "the first 20 lines of the original message follow"
    r"(?:the )?first (?:\d+ |few )?lines of (?:the|your) (?:original )?message(?: were| are| follow)?|"
    r"以下(?:、|に)?(?:元|送信|オリジナル)"
    r")", re.I)
# every marker contains one of these words; lines without them are not tried
_MARKER_WORDS = ("copy", "original", "message", "header", "follow", "returned", "以下")
_HEADER_NAMES = r"(?:Return-Path|Received|Message-I[Dd]|From|To|Subject|Date|MIME-Version|Content-Type|X-[\w-]+|DKIM-Signature|Delivered-To):"
# a header line followed by another header line or a continuation: an original pasted as text
_HEADER_LINES = _HEADER_NAMES + r"[ \t].*\r?\n(?:" + _HEADER_NAMES + r"|[ \t])"
_HEADER_RUN = Lazy(r"(?im)^" + _HEADER_LINES)
# the same run after a line break: searched for, this pattern opens with a character that has no case,
# which the engine finds by its fast scan (``^`` under IGNORECASE is tried at every place of the text)
_HEADER_RUN_AFTER = Lazy(r"(?i)\n" + _HEADER_LINES)


# what opens a returned message's own header, never a report's summary of it: the trace fields a transfer adds (RFC 5321
# section 4.4, "Return-Path:" and "Received:") and a signature (RFC 6376): its "To:" is our message's, no recipient's line
_RETURNED_HEADER = Lazy(r"\s*(?:Return-Path|Received|DKIM-Signature):", re.I)


def report_text(msg: ParsedMessage) -> str:
    """The human-readable report, without the returned original (cached on the message)."""
    return _memo(msg, "report_text", lambda m: cut_original(m.body))


def cut_original(text: str) -> str:
    """The text before the first marker line, or before a pasted run of header lines."""
    end = _first_marker_line(text)
    for start in _header_runs(text, end):
        if text.count("\n", 0, start) > 2:  # not the report's own first lines
            end = start
            break
    return text[:end].rstrip("\n") if end < len(text) else text


def _header_runs(text: str, end: int) -> Iterator[int]:
    """Where the matches of ``_HEADER_RUN.finditer(text, 0, end)`` start, found by the quicker
    ``_HEADER_RUN_AFTER`` after the first line: a match never ends at the start of a line (it takes
    the next line's first characters), so the next one starts after a line break past its end."""
    pos = 0
    m = _HEADER_RUN.match(text, 0, end)
    if m is not None:
        yield 0
        pos = m.end()
    while (m := _HEADER_RUN_AFTER.search(text, pos, end)) is not None:
        yield m.start() + 1
        pos = m.end()


# any of the marker words, to jump from one line that has one to the next
_MARKER_WORD = Lazy("|".join(map(re.escape, _MARKER_WORDS)))


def _first_marker_line(text: str) -> int:
    """Where the first marker line starts (the text's length when there is none).

    Only lines with a marker word are tried.  In an ASCII text the lower-cased copy has every
    character where the text has it, so a word found in the copy is found on the text's line at
    the same place: one search jumps to the next such line instead of a loop over every line.
    A line is matched without its leading blanks: the pattern opens with ``^\\s*`` and none of its
    forms opens with a blank, so the answer is the same, and the engine does not give the blanks
    back one at a time to try every form again after each (an indented line cost four times more)."""
    low = text.lower()
    if text.isascii():
        hit = _MARKER_WORD.search(low)
        while hit:
            start = low.rfind("\n", 0, hit.start()) + 1
            stop = low.find("\n", hit.start())
            stop = len(low) if stop < 0 else stop
            if _ORIGINAL_MARKER.match(text[start:stop].lstrip()):
                return start
            hit = _MARKER_WORD.search(low, stop + 1)
        return len(text)
    pos = 0
    for line, line_low in zip(text.split("\n"), low.split("\n")):
        if any(map(line_low.__contains__, _MARKER_WORDS)) and _ORIGINAL_MARKER.match(line.lstrip()):
            return pos
        pos += len(line) + 1
    return len(text)


def original_start(text: str) -> int:
    """Where the returned original's marker line starts in a report's text ("------ This is a copy
    of the message, including all the headers. ------"; the text's length when there is none)."""
    return _first_marker_line(text)


def original_text(msg: ParsedMessage) -> str:
    """The returned original when it is pasted into the report text (no message/rfc822 part)."""
    report = report_text(msg)
    rest = msg.body[len(report):].lstrip("\r\n")
    if not rest:
        return ""
    # without the marker line itself; where the report text was cut at the header block's first field (GroupWise's "Possibly
    # truncated original message follows:" above it), that field is the original's own ("Received: from ...")
    first, _, after = rest.partition("\n")
    return rest if _FIELD_START.match(first) else after


# a header field's first line (RFC 5322 section 2.2: a field name of printable characters but the colon, then the colon)
_FIELD_START = Lazy(r"[!-9;-~]+:[ \t]")


# -- recipient anchors -----------------------------------------------------------------------------
_A = f"(?P<a>{ADDRESS})"
# a line that opens with an address (in brackets or quotes, maybe)
_LEADING_ADDRESS = Lazy(r"[ \t]*[<\"'(]?" + ADDRESS)
# the bullet run is taken whole (possessive): "-", "*", "+" and "·" may also start a local part,
# and giving the run back one character at a time re-read the rest of the line each time
# (quadratic on a line of dashes); a local part made only of bullet characters is not an address
_LEAD = r"^\s*(?:[*>•·+-]++\s*|\d+[.)]\s+)?"
# Postfix "<final@example.net> (expanded from <alias@example.com>)", Exim "(generated from ...)": the
# address the sender wrote, before an alias or a forward rewrote it - not a recipient of its own
_EXPANDED = r"(?:\s*\((?:expanded|generated|ultimately generated) from (?P<x>[^)]*)\))?"
# (or a column of a table: a tab or a run of blanks before the reason's label or the server's code,
# "song@example.cn  Reason: 550 5.1.1 ...", "tang@example.cn<TAB>552 5.2.2 ..."; never before a column
# that holds another address, the recipient's after the sender's, nor before a state ("Success", a
# recall report's) or a phone number)
# the word for "on" before an Exchange 2000-2003 entry's date ("x@ on 16/01/2006 08:46"), English and localized: French "le",
# German "am", Spanish "el", Italian "il", Dutch "op", Portuguese "em", Swedish / Danish "den", Polish "dnia" / "w dniu", Czech
# "dne", Slovak "dňa", Croatian "dana", Romanian "pe" / "la data de", Czech and Slovak "v" (at), Indonesian "pada", Norwegian
# "på", Japanese "日時" (date and time), ...
_ENTRY_ON = ("on", "le", "am", "el", "il", "op", "em", "den", "dnia", "w dniu", "dne", "dňa", "dna", "dana", "pe", "la data de",
             "дана", "στις", "vào", "ב-", "เมื่อ", "于", "در", "v", "pada", "på", "日時", "在")
# ... as an alternation, the localized ones (English "on" is read on its own), longest first, blanks between words any run
_ENTRY_ON_LOCALIZED = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_ENTRY_ON[1:], key=len, reverse=True))
_SEP = (r"(?P<sep>\s*:|\s*\.\.\.|\s*,|\s+on\s|"
        # (Exchange 2000-2003's "<address> on <date>" in its localized NDRs: "x@ le 16/01/2006 08:46", "x@ am 16.01.2006 08:46")
        r"\s+(?:" + _ENTRY_ON_LOCALIZED + r")\s?(?=\d{1,4}[./-]\d)|"
        # (or the date alone after it, as the Finnish and Ukrainian forms write it: "x@ 14.11.2025 8:01")
        r"\s+(?=\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s+(?:tarihinde|id(?:ő|o)pontban|kor))?\s*$)|\s*\[|\s+[-\u2013\u2014]+\s|\s+\(|\s*[：，、。；（【]|"
        # (a reason's label right after the address's brackets: "【x@...】原因：该邮箱地址不存在", Korean "사유:")
        r"\s*(?:原因|理由|사유|이유)\s*[:：]|"
        r"(?:\t|[ \u3000]{2,})\s*(?=(?:(?i:reason|raison|grund|motivo|causa|error|erreur|fehler)\b|原因|理由|"
        r"[45][0-5]\d(?: |-\D)|[45]\.\d{1,3}\.\d)[^\n@]*$))?")
# quotes and brackets around an address, East Asian ones included ("「user@example.jp」")
_OPEN = "[\"'\\[「『“‘（【〈《＜]?"
_CLOSE = "[\"'\\]」』”’）】〉》＞]?"
_ANCHORS = [
    # Sendmail transcript: "554 <user@example.org>... 550 Host unknown", its per-recipient line with the enhanced status
    # too ("452 4.2.2 <user@example.org>... Mailbox full", as sendmail writes it under the session's "<<<" reply)
    # ... and Postfix's reply that names the recipient it refuses, quoted alone on its line by a notice ("550 5.1.1
    # <user@example.org>: Recipient address rejected: User unknown in virtual mailbox table", "554 5.7.1 <user@...>: Relay
    # access denied": smtpd's reject texts; never its "Sender address rejected", which names our address)
    Lazy(r"^\s*[45]\d\d(?:[ -][45]\.\d{1,3}\.\d{1,3})?[ -]<" + _A + r">(?P<sep>\.\.\.|:(?= Recipient address rejected\b| Relay access denied\b))"
         r"\s*(?P<rest>.*)$"),
    # "<user@example.com>:" / "<user@example.com>: 550 ..." / "<user@example.com>... User unknown"
    Lazy(_LEAD + r"<" + _A + r">" + _EXPANDED + _SEP + r"\s*(?P<rest>.*)$"),
    # a bare address on its own line (or quoted, or in square brackets), or followed by ":" /
    # "..." / " on <date>" / " [reason]", or repeated in brackets ("user@example.com <user@...>")
    Lazy(_LEAD + _OPEN + _A + _CLOSE + _EXPANDED + _SEP + r"\s*(?P<rest>.*)$"),
    # "User's mailbox is full: <user@example.com>" - the cause, then the address
    Lazy(r"^\s*(?P<rest>\S.{2,}?)(?P<sep>:|：)\s*[<＜]?" + _A + r"[>＞]?[。.]?\s*$"),
    # a display name, then the address in brackets, alone on the line: Exchange's list of failed
    # recipients ("Reader Example (reader@example.net)"), RFC 5322 name-addr ('"Reader" <reader@...>')
    # (a name holds no sentence punctuation: "..., <support@...>" closes a sentence, and East Asian
    # reports write "お問い合わせは、<support@...>")
    # (an initial's period is a name's, not a sentence's: "K. Reader (k.reader@...)")
    Lazy(_LEAD + r"(?P<name>\"[^\"\n]{1,80}\"|[^\s\"<>()@:;,.!?\u3000-\u303f\uff00-\uffef]"
         r"(?:[^\"<>()@:;,.!?\n\u3000-\u303f\uff00-\uffef\t]|(?<=\b[^\W\d_])\.){0,78}+)\s*[(<（＜]" + _A + r"[)>）＞]"
         # (or a table row's first cell, the row's other cells after a tab: "Q. Lee (q.lee@...)\tFailed\t552 ...")
         # (or the server's reply after it in full-width brackets, as East Asian notices write it: "王芳（x@）（550 5.1.1 收件人邮箱不存在）")
         r"(?P<sep>)[ \r]*[.,]?[ \r]*(?P<rest>(?:\t[^\n]*|（[245]\d\d[^\n]*）)?)$"),
    # the report's recipient field with the recipient's name before the address in brackets ("Recipient : John Kim
    # <kim@...>", Korean "받는 사람 : 김민수 <kim@...>", "Destinatario: Ana Ruiz <ana@...>"; never "To:" / "An:", the returned
    # original's own header)
    Lazy(r"^[ \t]*" + _OWN_RECIPIENT_WORDS + r"[ \t]*[:：][ \t]*(?P<name>[^<>()@:\n]{1,80}?)[ \t]*[<(]" + _A + r"[>)]"
         r"(?P<sep>)\s*(?P<rest>)$", re.I),
]
_SENTENCE = Lazy(
    # (the look-ahead turns away, before the alternatives are tried one by one, every position of a
    # long line where no phrase can start: a phrase in Latin letters starts a word ("mail" also inside
    # "email"), or "[" does; the others start with one of these letters - keep it in step with them)
    r"(?:(?=(?<![a-z])[a-z\[]|m|[пасдπμ配送転无無未不宛受收传傳发發投遞寄수])(?:delivering (?:your )?(?:mail|message)? ?to|could not be delivered to|couldn't be delivered to|"
    r"delivery to|failed to deliver (?:to|your message to)|your (?:mail|message|e-?mail) to|"
    # ("We also could not deliver it to <recipient>, whose mailbox is full": the second of two recipients in prose)
    r"(?:could ?n[o']t|can ?n[o']t|unable to|failed to) deliver (?:it|this message|the message|your message) to|"
    r"returned (?:permanent|temporary|fatal) errors?|unable to deliver (?:your )?(?:mail|message)? ?to|"
    r"undeliverable\s+to|delivery failed|failed recipients?|rcpt to|(?:message|mail) (?:addressed )?to|"
    # "The message you sent to <recipient> could not be delivered"
    r"(?:message|mail|e-?mail) (?:that )?you sent to|"
    # "your message <its id> to <recipient>": the id between the words names the message
    r"(?:message|mail) [(\"']?(?:id:? )?<[^<>\s@]{1,200}+@[^<>\s@]{1,255}+>[)\"']? (?:addressed )?to|"
    # the same said in Japanese, the address after it in brackets ("配信できませんでした（user@...）"):
    # "could not deliver / could not send / could not transfer"
    r"(?:配信|送信|転送)(?:でき|され)(?:ません|なかった)(?:でした)?|(?:配信|送信|転送)に失敗しました|"
    # and in Chinese: "could not send / deliver (to)" ("您的邮件无法发送到 user@...")
    r"(?:无法|無法|未能|不能)(?:(?:将|將|把)(?:你|您)?的?(?:邮件|郵件|信件|消息|訊息)?)?(?:发送|發送|投递|投遞|送达|送達|传递|傳遞|传送|傳送|递送|遞送)(?:到|至|给|給)?|"
    r"(?:was ?n[o']t|not|could ?n[o']t be|can ?n[o']t be) delivered to|deliver(?:y)? to (?:the )?recipient|"
    # "Could not contact the mail server for <recipient>", "unable to connect to any host for
    # <recipient>": the servers of the recipient's domain named by whom they serve
    r"(?:could ?n[o']t|unable to|can ?n[o']t|failed to) (?:contact|connect to|reach) (?:the |any |a )?"
    r"(?:[\w'-]+ ){0,2}?(?:servers?|hosts?|mx|exchangers?) for|"
    # "your message from <sender> to <recipient>": the address after "to" (a bounded token, no blanks)
    # (and the delivery so named, "Delivery from <news@ours> to <x@> failed", German "Zustellung von <news@ours> an <x@>
    # fehlgeschlagen")
    r"(?:message|mail|e-?mail|delivery) from [^\s@]{1,64}+@[^\s@]{1,255}+ to|zustellung von [^\s@]{1,64}+@[^\s@]{1,255}+ an|"
    r"(?:remise|entrega|consegna|bezorging)(?: du message| del mensaje| del messaggio| da mensagem)? (?:de|da|van) "
    r"[^\s@]{1,64}+@[^\s@]{1,255}+ (?:à|a|para|aan)|"
    r"following recipients?(?: address(?:es)?)?|following (?:e-?mail )?address(?:es|\(es\))?|"
    # "Delivery to the following recipients failed: a@..., b@..."
    r"following (?:recipients?|address(?:es|\(es\))?) (?:failed(?: permanently)?|had (?:permanent )?(?:fatal )?errors?)|"
    r"recipient(?: address)?|generated by|(?<!ultimately )generated from|expanded from:?|(?:originally )?addressed to|"
    # Zoho Mail's bracketed record of a recipient it gave up on (rb-sisimai lib/sisimai/lhost/zoho.rb):
    # "[Status: Error, Address: <user@example.net>, ResponseCode 421, , Host not reachable.]"
    r"\[status: [\w ]{1,20}+, address|"
    r"(?:local )?mailbox|destinataire|empfänger|宛先|受信者|收件人|收信人|수신자|"
    # (French "La boîte aux lettres x@... a été fermée", Polish "skrzynka x@... została zamknięta")
    r"bo(?:î|i)te (?:aux lettres|mail|e-?mail|de messagerie)|skrzynk[aię](?: pocztow[aeyj])?|"
    # (Danish / Norwegian "Postkassen x@... er lukket", Czech "schránka x@... byla zrušena")
    r"postkass(?:en|e)|schr(?:á|a)nk[ay]|"
    # (the mailbox in Italian, Portuguese and Spanish: "la casella m.bianchi@... è stata chiusa", "A caixa postal ... foi
    # desativada", "el buzón ... ha sido eliminado")
    r"casella(?: di posta| postale| e-?mail)?|caixa (?:postal|de correio)|buz(?:ó|o)n(?: de correo)?|"
    # "your message to / could not be delivered to / the recipient" in the languages reports are
    # written in (de, fr, es, pt, it, nl, pl, ru); never a role account the report invites to write to
    r"(?:(?:nachricht|e-?mail|mail|zustellung) an|(?:message|courriel|e-?mail) (?:pour|destin[ée] [àa])|remis [àa]|"
    # ("votre message à destination de <address>": the "de" there names the recipient, not the origin)
    r"(?<=[àa] )destination de|"
    r"entregar (?:su |el )?(?:mensaje |correo )?a|(?:mensaje|correo|mensagem) para|entregue a|destinat[áa]rio|"
    r"(?:messaggio|e-?mail) per|recapitat[oa] a|destinatario|(?:bericht|e-?mail) (?:aan|naar)|ontvanger|"
    r"(?:wiadomo[śs][ćc]|e-?mail) do|odbiorc[ay]|получател[юья]|адресат[уа]?|(?:письмо|сообщение) для|"
    # ("Wiadomość do adresata <address> nie została dostarczona", "zpráva pro adresáta <address>": the
    # addressee of Polish, Czech and Slovak reports)
    r"(?:do |pro |pre )adres[áa]t(?:a|owi|ovi)?|"
    # the user-facing notices of the big providers in their users' languages (Gmail's localized
    # "Your message wasn't delivered to <address> because ...", "Your message to <address> has been
    # blocked", "There was a temporary problem delivering your message to <address>"; Mail.ru /
    # Yandex "не доставлено на адрес / по адресу", Orange "n'a pas pu être remis à", Libero
    # "non è stato consegnato a"): the verb or the noun with its preposition, the address after it
    r"(?:wurde|wird|konnte|kann) nicht an|distribu[ée]e? [àa]|(?:message|courriel) [àa]|d[ée]livr[ée]e? [àa]|"
    r"entregad[oa] a|(?:mensaje|correo) a|consegnat[oa] a|(?:messaggio|e-?mail) (?:inviat[oa] |spedit[oa] |indirizzat[oa] |destinat[oa] )?a|entregue para|mensagem a|"
    r"(?:bezorgd|afgeleverd) (?:bij|aan)|dostarczon[aey] do|wiadomo[śs]ci do|"
    r"(?:доставлен[оаы]?|доставить|сообщени[яей]|письм[оа]) (?:на адрес|по адресу)|"
    r"(?:доставлено|доставлен[аі]|повідомлення) на адресу|повідомлення для|"
    r"doru[čc]en[aáoéy]? na adresu|(?:zpr[áa]v[auy]|spr[áa]v[auy]) (?:na adresu|pro|pre)|"
    r"k[ée]zbes[íi]t(?:eni|[ée]se sor[áa]n) (?:a\(z\)|az?)|k[öo]vetkez[őo] c[íi]m(?:re|zettnek|zetteknek)|(?:livrat|trimis|predat)[ăa]? c[ăa]tre|"
    r"mesaj(?:ul|ului)?(?: dumneavoastr[ăa]| t[ăa]u)? c[ăa]tre|"
    r"(?:levererades|levereras|skickades)(?: inte)? till|meddelande(?:t|n)? till|"
    r"(?:leveret|levert|leveres|afleveret)(?: ikke)? til|(?:meddelelse|melding)(?:n|en)?(?: din)? til|"
    r"(?:toimitettu|toimittaa|toimittamisessa|viestisi|viesti[äa]si|viesti[äa]?) osoitteeseen|vastaanottajalle|"
    r"παραδ[όο]θηκε (?:στη διε[ύυ]θυνση|στον|στο)|μην[ύυ]ματ[όο]ς σας στη διε[ύυ]θυνση|"
    r"μ[ήη]νυμ[άα](?: σας)? προς|(?:传送|傳送|发送|發送|投递|投遞|寄送|寄)(?:到|至|给|給)|发往|發往|寄往|"
    # (the message sent to, in Greek "που στείλατε στον/στην", Serbian "коју сте послали на адресу", Albanian "juaj drejtuar",
    # Tagalog "ipinadala mo kay", Portuguese "que enviou para")
    r"(?:που )?στείλατε (?:στον|στην|στο|σε|προς)(?:/στην)?|послали на адресу|(?:juaj )?drejtuar|ipinadala mo (?:kay|sa)|"
    r"que (?:voc[êe] )?enviou para|"
    # (Gmail's Indonesian and Malay notices: "Pesan Anda tidak terkirim ke x@ karena ..." (your message was not delivered to),
    # "tidak dapat dikirim ke", "tidak dapat dihantar kepada")
    r"(?:tidak|gagal) (?:dapat |bisa )?(?:terkirim|dikirim|dikirimkan|dihantar) (?:ke|kepada)|"
    # (Estonian "Teie kirja aadressile x@ ei saanud ...": your letter to the address)
    r"(?:kirja|kiri|s(?:õ|o)num|s(?:õ|o)numi) (?:aadressile|adressaadile)|"
    # (Dutch Exchange "Kan niet bezorgen bij x@" (cannot deliver to))
    r"kan niet (?:bezorgen|afleveren) (?:bij|aan))"
    r"(?=\s*+[\"'<(\[]{0,2}+(?!(?:postmaster|abuse|hostmaster|mailer-daemon|support|helpdesk)@)))"
    # (the address may sit in two marks: CommuniGate Pro's "Failed to deliver to '<user@example.net>'")
    r"(?![\w.@-])|"
    # the address first, then the localized verb of a failed or blocked delivery to it (Gmail's tr,
    # ko, ja, zh-CN / zh-TW and hu notices): at the start of the address, never a role account
    r"(?<![^\s\"'<(\[「『（【〈《＜、，,：:])(?!(?:postmaster|abuse|hostmaster|mailer-daemon|support|helpdesk)@)"
    r"(?=[\"'<「『（【〈《＜]?[^\s@<>\"'(),:;，、：；]{1,64}+@[^\s@<>\"'(),:;，、：；]{1,253}?[\"'>」』）】〉》＞]?"
    r"(?:\s*+adresine\s++(?:teslim edil|iletil|g[öo]nderil|ula[şs]t[ıi]r[ıi]la|ula[şs]ama|g[öo]nderdi[ğg]iniz)|"
    r"\s?(?:에게|에|\(으\)로|으로|로)\s?(?:(?:메일|메시지|이메일|편지)[을를이가]?\s?)?"
    r"(?:(?:전송|전달|배달|발송)(?:되지|하지 못|할 수 없|하는 중|에 실패)|보내지 못|보낼 수 없|보낸)|"
    r"\s?(?:宛て?|あて)|\s?(?:に|へ)[のは]?\s?(?:(?:メール|メッセージ|電子メール)[をはがの]?)?"
    r"(?:(?:配信|送信|転送)(?:でき|され|中|に失敗)|届けられ|届きませ|届けることができ)|"
    r"\s?[，,]\s?(?:因为|因為)|\s++c[íi]mre\s++k[üu]ld[öo]tt)))"
    # ("is" / "was" only as words: "to isabelle@..." keeps its "is")
    r"\s*+(?:(?:is|was)(?=\s)|:|-|：)?\s*+[\"'<(\[「『“‘（【〈《＜]{0,2}+(?:smtp:)?" + _A +
    r"[\"'>)\]」』”’）】〉》＞]{0,2}[.,:;。，、：；]?\s*(?P<rest>.*)$", re.I)
# every sentence form contains one of these; other lines are not tried
_SENTENCE_WORDS = ("deliver", " to", "errors", "recipient", "generated", "expanded from", "failed",
                   "following", "mailbox", "boîte", "boite", "skrzynk", "postkass", "schránk", "schrank", "casella", "caixa", "buzón", "buzon", "destinataire", "empfänger", "宛先", "受信者", "收件人", "收信人",
                   "수신자", "[status:",
                   # "could not contact the mail server for <recipient>"
                   "server for", "servers for", "host for", "hosts for", "mx for", "exchanger for",
                   # the Japanese and Chinese "could not deliver / send" forms
                   "でき", "され", "失敗", "无法", "無法", "未能", "不能",
                   # the labels of the other languages' sentence forms
                   " an ", "pour", "destin", "remis", "entreg", "para", " per ", "recapitat", "aan", "naar",
                   "ontvanger", " do ", "odbiorc", "получател", "адресат", "для", "adresát", "adresat",
                   # the providers' localized notices (the forms above, address after or before the verb)
                   # (words a long line of ordinary English does not hold: "message", "distribution" would
                   # let every such line be tried)
                   "nicht an", "distribué", "distribue", "livré", "livre à", "livrat", "message à", "message a ",
                   "courriel", "mensaje a ", "correo a ", "consegnat", "messaggio a ", "mail a ", "mensagem a ", "indirizzat",
                   "bezorgd", "afgeleverd", "dostarczon", "wiadomo", "адрес", "повідомлення", "doruč", "dorucen",
                   "zpráv", "zprav", "správ", "sprav", "zbesít", "zbesit", "către", "catre", "levere", "remise d", "consegna d",
                   "levert", "skickades", "meddelande", "meddelelse", "melding", "osoitteeseen",
                   "vastaanottajalle", "παραδ", "διε", "προς", "传送", "傳送", "发送", "發送", "投递", "投遞", "寄",
                   "adresine", "에", "로", "宛", "あて", "に", "へ", "因为", "因為", "címre", "cimre", "vetkez", "发往",
                   "發往", "στείλατε", "послали", "drejtuar", "ipinadala", "enviou para", "kirim ke", "kirim kepada", "dihantar kepada", "aadressile", "adressaadile", "bezorgen bij", "afleveren")
_SENTENCE_GATE = WordGate(_SENTENCE_WORDS)  # (asked of every line that names an address)
# lines that carry addresses but name no recipient: header lines of the original, the sender
_SKIP_HEAD = Lazy(r"\s*(?:(?:from|reply-to|return-path|sender|envelope-from|x-[\w-]+|message-id|in-reply-to|"
                  r"references|date|subject|cc|bcc|to)\s*:|" + _SENDER_WORDS + r"\s*[:：՝፦]|"
                  # "From:" as mail clients and quarantine digests label it in other languages, a list's
                  # number before it ("1. От: info@...", "Od: ...", "Von: ...", "De : ...", "Da: ...")
                  r"(?:\d{1,3}[.)]\s*)?(?:от|od|von|de|da|van|fr[åa]n|fra|l[äa]hett[äa]j[äa]|kimden)\s*:|"
                  # (a forwarded block's header lines in Indonesian / Malay: "Dari:", "Kepada:")
                  r"(?:dari|kepada)\s*:|"
                  # the message id's label in the languages reports are written in
                  r"(?:nachrichten-?id|message id|id du message|id del mensaje|id da mensagem|id (?:del )?messaggio|"
                  r"bericht-?id|identyfikator wiadomo[śs]ci|идентификатор сообщения|メッセージ ?id|邮件 ?id|郵件 ?id|"
                  r"訊息 ?id|메시지 ?id)\s*[:：])", re.I)
_FROM_ADDRESS = Lazy(r"(?<!expanded )(?<!generated )\bfrom:?\s*<")
# ... unless the line names the delivery from the sender to the recipient ("Delivery from <news@ours> to <x@...> failed"): the
# recipient stands in it, the sender's address is ours and left out by its own test
_FROM_US_TO = r"\bfrom:?\s*<[^<>\s]+@[^<>\s]+>\s+to:?\s*<"
_FROM_US_TO_THEM = Lazy(_FROM_US_TO + r"[^<>\s]+@")
# ... and the same read up to the recipient's bracket (``_named_where_it_failed``)
_FROM_US_TO_BEFORE = Lazy(_FROM_US_TO + "$", re.I)


# the report's invitation to write to the reporting site's own administrators ("For further
# assistance, please send mail to <postmaster@...>", "contact postmaster@... for help"): a role
# account of RFC 2142 named as a contact, not a recipient that failed
# (the contact named in the languages reports are written in: "Kontakt:", "Contacto:", "Contato:",
# "Contatto:", "Контакт:", "联系人：", "聯絡人：", "連絡先：", "お問い合わせ", "문의:", "연락처:", "İletişim:",
# "Yhteystiedot:", "Kapcsolat:", "Επικοινωνία:", "Ansprechpartner:", "обратитесь к ...")
_CONTACT = Lazy(r"(?:please |for (?:further )?(?:assistance|help|questions)|contact|write to|questions?|(?:our |the )?(?:help|service) ?desk|"
                r"kontakt|contat[ot]|ansprechpartner|wenden sie sich|контакт|обрат|связ|联系|联络|聯繫|聯絡|連絡|"
                r"問い?合わ?せ|문의|연락처|담당자|ileti[şs]im|yhteys|kapcsolat|επικοινων)[^@\n]{0,40}?"
                r"[<\"'＜「『（【]?(?:postmaster|hostmaster|abuse|mailer-daemon|helpdesk|service-?desk|support|noc|security|webmaster)@",
                re.I)
# a contact label right before an address ("Kontakt: it-team@example.net", "…。連絡先：desk@example.jp"):
# whoever it names is a contact, never a failed recipient, whatever the local part
_CONTACT_LABEL = Lazy(r"(?<![^\s。、，,;；.．])(?:contacts?|contacto|contato|contatt[oi]|kontakt[ey]?|контакт[ыи]?|"
                      r"联系人|聯絡人|聯繫人|联系方式|聯繫方式|連絡先|問い?合わ?せ先|お問い?合わ?せ|문의(?:처)?|연락처|담당자|"
                      r"ileti[şs]im|yhteystiedot|kapcsolat|επικοινωνία|ansprechpartner|"
                      # ("Support:", Spanish "Soporte:", Portuguese "Suporte:", Italian "Supporto:" / "Assistenza:", German
                      # "Hilfe:": where to ask for help)
                      r"support|soporte|suporte|supporto|assistenza|asistencia|assist(?:ê|e)ncia|hilfe|helpdesk|"
                      # ("For help:", Italian "Per aiuto:", German "Für Hilfe:", Spanish "Para ayuda:", Portuguese "Para ajuda:", Dutch
                      # "Voor hulp:", French "Pour de l'aide :")
                      r"(?:for|per|f(?:ü|u)r|para|voor)\s(?:help|aiuto|hilfe|ayuda|ajuda|hulp)|pour\s(?:de\sl['’])?aide|"
                      # ("Allgemeine Anfragen:", "General enquiries:", "Renseignements :", "Consultas:": where to ask)
                      r"(?:allgemeine\s)?anfragen|(?:general\s)?(?:inquiries|enquiries)|renseignements|consultas(?:\sgenerales)?|"
                      # ("W sprawach ogólnych:" (in general matters), "Voor algemene vragen:", "For general questions:",
                      # "Contato geral:")
                      r"questions|w\ssprawach\sog(?:ó|o)lnych|(?:voor\s)?algemene\svragen|(?:for\s)?general\squestions|contato\sgeral|"
                      # (Danish / Norwegian "Generelle henvendelser:", Swedish "Allmänna frågor:", Turkish "Genel sorularınız
                      # için:", Czech "V obecných záležitostech pište na:", Portuguese "Para assuntos gerais:")
                      r"generelle\shenvendelser|allm(?:ä|a)nna\sfr(?:å|a)gor|genel\ssorular(?:ınız|iniz)?(?:\si(?:ç|c)in)?|"
                      r"v\sobecn(?:ý|y)ch\sz(?:á|a)le(?:ž|z)itostech(?:\sp(?:i|í)(?:š|s)te\sna)?|(?:para\s)?assuntos\sgerais|"
                      # "For information:", "Per informazioni:", "Für Informationen:", "Para información:",
                      # "Pour information :", "Voor informatie:", "Для информации:"
                      r"(?:for|per|f[üu]r|para|pour|voor|dla|для)\s(?:more\s|mehr\s|plus\s|m[áa]s\s)?(?:d['’])?"
                      r"(?:information|informazioni|informationen|informaci[óo]n|informations?|informatie|informacji|"
                      r"informa[çc][õo]es|информации)(?:\s(?:generali|g[ée]n[ée]rales?|generales|gerais|general))?(?=\s*+[:：]\s*+[<\"'(\[]?[^\s@<>\"'(\[]+@))\s*+[:：]", re.I)
_LABEL_WORDS = ("contact", "contat", "kontakt", "контакт", "联系", "聯絡", "聯繫", "連絡先", "合わせ", "合せ", "문의", "연락처",
                "담당자", "iletişim", "iletisim", "yhteystiedot", "kapcsolat", "επικοινωνία", "ansprechpartner", "inform",
                "информац", "anfragen", "inquiries", "enquiries", "renseignements", "consultas",
                "sprawach", "algemene", "questions", "henvendelser", "frågor", "fragor", "genel soru", "obecn", "assuntos",
                "support", "soporte", "suporte", "supporto", "assistenza", "asistencia", "assistência", "assistencia", "hilfe",
                "helpdesk", "help", "aiuto", "ayuda", "ajuda", "hulp", "aide")
_LABEL_GATE = WordGate(_LABEL_WORDS)  # (asked of every line that names an address)


# "the message sent by <sender> to <recipient>": the line names the recipient after the sender
_SENT_BY_TO = Lazy(r"sent by\s++[<\"']?[^\s@<>\"']{1,64}+@[^\s@<>\"']{1,255}+[>\"']?\s++to\s++[<\"']?[^\s@<>\"']{1,64}+@")


def _skip(line: str, low: str) -> bool:
    return bool(_SKIP_HEAD.match(line) or "sent by" in low and _SENT_BY_TO.search(low) is None
                or ("from" in low and _FROM_ADDRESS.search(low) and _FROM_US_TO_THEM.search(low) is None)
                or any(map(low.__contains__, _ROLES_AT)) and any(map(low.__contains__, _CONTACT_WORDS))
                and _contact_only(line) or invites(low)
                or _LABEL_GATE.holds(low) and _labelled_contact(line))


# the reader invited to write, in the languages notices are written in ("Si tiene dudas, envíe un
# correo a ...", "Per domande invia una e-mail a ...", "напишите письмо на адрес ...", "Skicka ett
# meddelande till ...", "envoyez un courriel à ..."): the address after it is a contact, whatever its
# local part (the localized "message to <address>" sentence forms would read it as a recipient)
# (English "contact" is left to the role-account rule above: "could not contact the server for
# <recipient>" is a report's own words)
_INVITE = Lazy(r"\b(?:contactez|contacte|kontaktieren|contatt\w*|questions?\b.{0,20}\b(?:write|send|mail)|fragen|vragen|pregunta\w*|duda\w*|domand\w*|d[úu]vida\w*|"
               r"вопрос\w*|pyta\w*|fr[åa]gor|dotaz\w*|envoyez|[ée]crivez|escriba|env[íi]e|reenv[íi]e|(?:re)?encaminhe|invia|scrivi|напишите|skicka|"
               r"schreiben sie|wenden sie sich (?:bitte )?an|обратитесь|к администратору|napisz|wy[śs]lij|napi[šs]te|po[šs]lete|stuur|schrijf|write to)\b|"
               # ("For help using Lyris, send an email to: help@...": where to ask; never "unable to send a message to")
               r"\bsend(?<!not send)(?<!n't send)(?<!unable to send)(?<!failed to send) (?:an |a )(?:e-?mail|message|note) to\b|"
               # (Polish "Prosimy o kontakt z biurem: biuro@...", German "Kontakt: info@...")
               r"\bkontakt(?: z\b| mit\b|\s*:)|\bkontaktoni\b|"
               r"問い合わせ|お問合せ|联系|聯繫|疑问|疑問|문의|\bsoru(?:lar|n)?\w*|"
               # a list's instructions: "To join, send a blank message to join-x@...", "To join this group,
               # send an email to x-subscribe@..."
               r"\bto (?:join|subscribe|unsubscribe|leave)\b[^@]{0,60}?\bsend\b|"
               r"\b(?:send|sending) (?:a|an) (?:blank|empty) (?:message|e-?mail|mail)\b|"
               # a refusal's pointer for help ("For assistance forward this email to abuse_rbl@...", AT&T's
               # block-list reply; "send this message to ...")
               r"\b(?:forward|send) (?:this|the|a copy of this) (?:e-?mail|message|notice|bounce|report)\b|"
               # (the same in other languages: Bulgarian "препратете това известие на", German "leiten Sie diese Nachricht ...
               # weiter an", Italian "Per assistenza rispondere a:", Spanish "para asistencia", French "pour toute assistance")
               r"препратете (?:това|тази|съобщението|известието)|\bleiten sie (?:diese|die) (?:nachricht|e-?mail|meldung)\b|"
               r"\brispondere a\b|\bper assistenza\b|\bpara asistencia\b|\bpour (?:toute )?assistance\b|"
               # (Chinese "請將本通知轉寄至 antispam@...", "请将此邮件转发给 ...": forward this notice to)
               r"(?:轉寄|转寄|转发|轉發)(?:至|到|给|給)|"
               # where to write from now on ("For concerns, please send your message to info@... instead", "Please direct future
               # correspondence to office@...")
               r"\b(?:please|kindly) (?:send|direct|address|forward|redirect) (?:your|future|all|any|the) "
               r"(?:messages?|e-?mails?|mails?|correspondence|enquiries|inquiries|concerns) to\b", re.I)


# every invitation above holds one of these (most lines hold none: the pattern is not tried)
_INVITE_WORDS = ("contact", "kontakt", "contatt", "question", "fragen", "vragen", "pregunta", "duda", "domand", "vida",
                 "вопрос", "pyta", "fråg", "frag", "dotaz", "envoyez", "crivez", "escriba", "env", "invia", "scrivi",
                 "напишите", "skicka", "schreiben", "wenden sie sich", "обратитесь", "к администратору", "napisz", "wyślij", "wyslij", "napi", "pošlete", "poslete", "stuur",
                 "schrijf", "write to", "encaminhe", "問い合わせ", "お問合せ", "联系", "聯繫", "疑问", "疑問", "문의", "soru", "to join",
                 "to subscribe", "to unsubscribe", "to leave", "forward this", "forward the", "send this", "send the",
                 "a copy of this", "a blank", "an empty", "send an ", "send a ", "please send", "kindly send", "please direct",
                 "kindly direct", "please address", "please forward", "please redirect",
                 "kindly address", "kindly forward", "kindly redirect", "препратете", "leiten sie", "rispondere a",
                 "per assistenza", "para asistencia", "assistance", "轉寄", "转寄", "转发", "轉發")
_INVITE_GATE = WordGate(_INVITE_WORDS)  # (asked of every line that names an address)


def invites(low: str) -> bool:
    """The line's first address comes after words that invite the reader to write (a recipient named
    before them stays); the list detector asks it of the words before a list's address too."""
    if not _INVITE_GATE.holds(low):
        return False
    m = _INVITE.folded_search(low)
    return m is not None and "@" not in low[:m.start()]


# the role accounts of RFC 2142 a report names as whom to write to: never a failed recipient of the
# report's words unless the line is the mail system's own record of that recipient with its reply
# ("<postmaster@example.net>: 550 ...", :func:`anchors`) - a DSN's Final-Recipient, X-Failed-Recipients
# and the returned original's only To still name them
_ROLES_AT = ("postmaster@", "hostmaster@", "abuse@", "mailer-daemon@", "helpdesk@", "servicedesk@", "service-desk@", "support@",
             "noc@", "security@", "webmaster@")


def is_role_account(address: str) -> bool:
    """The address is one of RFC 2142's role accounts a report names as whom to write to."""
    return address.lower().startswith(_ROLES_AT)


_CONTACT_WORDS = ("please", "contact", "assistance", "help", "write to", "question",
                  "kontakt", "contat", "ansprechpartner", "wenden sie sich", "контакт", "обрат", "связ", "联系", "联络",
                  "聯繫", "聯絡", "連絡", "合わせ", "合せ", "문의", "연락처", "담당자", "iletişim", "iletisim", "yhteys",
                  "kapcsolat", "επικοινων")


def _contact_only(line: str) -> bool:
    """The line's first address is the administrators' contact (a recipient named before it stays)."""
    m = _CONTACT.folded_search(line)
    return m is not None and "@" not in line[:m.start()]


def is_contact_line(line: str) -> bool:
    """The line gives an address to write to, a contact ("Support: help@", "Kontakt: info@", "please write to x@"), never a
    recipient the report is about."""
    low = line.lower()
    return _labelled_contact(line) or invites(low)


def _labelled_contact(line: str) -> bool:
    """The line's first address follows a contact label, in any language (a recipient named before
    it stays)."""
    m = _CONTACT_LABEL.search(line)
    return m is not None and "@" not in line[:m.start()] and "@" in line[m.end():] \
        and _CODED_ANSWER.search(line, m.end()) is None  # ("... dan@x - 550 5.1.1 ...": its answer follows)


# ("Envelope-To:", Exim's name for the envelope recipient, names the recipient)
# (a label starts a word: "Departamento de Compras <compras@...>" holds "to" and "de" inside its words, and is a name)
_FIELD_LABEL = Lazy(r"(?i)(?<![^\W\d_])(?:sender|from|originator|reply-to|return-path|mta|reporting|envelope(?![- ]?(?:to|rcpt|recipient))|"
                          r"contact|(?<!envelope-)(?<!envelope )to|cc|by|" + _SENDER_WORDS + r"|"
                          # (the new address a moved person's notice gives: "Her new address: y@", Ukrainian "Її нова адреса:",
                          # German "Neue Adresse:", Romanian "Adresa nouă:")
                          r"(?:new|neue|nouvelle|nueva|nuovo|novo|nieuw|nowy|nova|nov(?:á|a)|новый|нова|новая|(?:ú|u)j)\s+"
                          r"(?:e-?mail\s+)?(?:address|adresse|anschrift|direcci(?:ó|o)n|indirizzo|endere(?:ç|c)o|adres|adresa|адрес|адреса|c(?:í|i)m)|"
                          r"adresa\s+nou(?:ă|a)|"
                          # (Finnish "Uusi osoite:", Swedish / Norwegian / Danish "Ny adress:" / "Ny adresse:", Estonian "Uus
                          # aadress:")
                          r"uusi\s+(?:s(?:ä|a)hk(?:ö|o)posti)?osoite|ny\s+(?:e-?post)?adresse?|uus\s+aadress)[\w -]{0,20}$")
_SENT_BY = ("sent by", "message from", "from", "sent by:", "from:")
# (and the box-drawing characters of a table's borders, U+2500-U+257F: "├────┼────┤")
_RULE_CHARS = "-=_*#~+" + "".join(map(chr, range(0x2500, 0x2580)))


# the headings of a report's own sections (Sendmail's savemail.c: "----- The following addresses had permanent fatal errors
# -----", "----- Transcript of session follows -----", "----- Original message follows -----"): the report, not a note
_REPORT_SECTIONS = ("transcript", "session", "address", "original", "message", "follow")


def _a_note_below(heading: str, above: list[str]) -> bool:
    """``heading`` opens a note below a stated cause or a server's answer (in the lines ``above`` it): a hoster's "------ Note
    from your hosting provider ------ Common reasons for a bounce are a full mailbox ...", French "------ Remarque de votre
    hébergeur ------", which speaks of bounces in general, never of this recipient; not one of the report's own sections."""
    if "--" not in heading or _SECTION_HEADING.match(heading) is None or any(w in heading.lower() for w in _REPORT_SECTIONS):
        return False
    # (the lines right above it: the cause stands there, and a text of many headings is not read again for each)
    said = " ".join(above[-_NOTE_REACH:])
    return _ANSWER.search(said) is not None or _says_a_cause(said)


_NOTE_REACH = 40


def _own_section(after: list[str], addr: str) -> list[str]:
    """The lines below an address, without those of a later section (below a heading between rules,
    "   ----- Transcript of session follows -----", Sendmail's savemail.c) that name another address:
    that section is about the whole message, and its reply for another recipient ("550 5.1.1
    <other@...>... User unknown") is not this one's; its lines that name this address or none
    ("mail.local: /var/mail/otto: Disc quota exceeded") stay."""
    for k, ln in enumerate(after):
        if "--" in ln and _SECTION_HEADING.match(ln):
            own = addr.lower()
            # (a line about a local mailbox by its local part, "<maja>... Disc quota exceeded", is another
            # recipient's when this one's own words stand above the section; without them it may be this
            # alias's expansion, the only words it has)
            said = any(x.strip() for x in after[:k])
            # (with the server's answer above, a later note's prose without a code is no more of it; a transcript of the
            # session is the delivery's own record, its "mail.local: /var/mail/otto: Disc quota exceeded" this one's words)
            answered = said and _a_note_below(ln, after[max(0, k - _NOTE_REACH):k])
            return after[:k] + [x for x in after[k:] if ("@" not in x or own in x.lower())
                                and not (said and _names_other(x, own))
                                and not (answered and not _ANSWER.search(x) and own not in x.lower())]
    return after


# Sendmail's line about one recipient, "<name>... <what happened>" (deliver.c), which may name a local
# mailbox without its domain: "552 5.2.2 <maja.lind>... Disc quota exceeded" after an alias expanded
_TRANSCRIPT_NAME = Lazy(r"<([^<>@\s]+)>\.\.\.")


def _names_other(line: str, own: str) -> bool:
    """``line`` is Sendmail's line about a local mailbox that is not ``own``'s local part."""
    if "..." not in line or "<" not in line:
        return False
    m = _TRANSCRIPT_NAME.search(line)
    return m is not None and not own.startswith(m.group(1).lower() + "@")


def _before_next_session(after: list[str]) -> list[str]:
    """The lines below a recipient up to the next SMTP session of Sendmail's transcript ("... while
    talking to <host>:", deliver.c): that session's dialogue is about the recipients named after it."""
    for k, ln in enumerate(after):
        if ln.lstrip().startswith("... while talking to"):
            return after[:k]
    return after


_SECTION_HEADING = Lazy(r"\s*-{3,}\s*\w[^-]*\w\s*-{3,}\s*$")


def _is_rule(line: str) -> bool:
    """A line that is only a rule ("-----", "=====", three marks or more, blanks around them)."""
    mark = line.strip()
    return len(mark) >= 3 and not mark.strip(_RULE_CHARS)


def _ends_in_bracketed_address(line: str) -> bool:
    """The line ends with "(...@...)" or "<...@...>" after a name (string tests: the pattern of
    that form is compiled only for a report that has such a line)."""
    tail = line.partition("\t")[0].rstrip().rstrip(".,")
    if tail.endswith("）") and (k := tail.rfind("（")) > 0 and tail[k + 1:k + 4].isdigit():
        tail = tail[:k].rstrip()  # (the reply after it, in full-width brackets: "王芳（x@）（550 5.1.1 ...）")
    close = tail[-1:]
    if close not in (")", ">", "）", "＞"):
        return False
    k = tail.rfind({")": "(", ">": "<", "）": "（", "＞": "＜"}[close])
    return k > 0 and "@" in tail[k:] and bool(tail[:k].strip())


_REPLY_LINE = Lazy(r"\s*([2-5]\d\d)[- ]")


def _inside_reply(line: str, prev: str) -> bool:
    """``line`` goes on with the multi-line SMTP reply the line before began or went on with (RFC
    5321 section 4.2.1: every line but the last is the code followed by "-")."""
    m = _REPLY_LINE.match(line)
    if m is None or "@" in line.split(None, 1)[0]:
        return False  # (a first word with "@" is an address: "415-555-0100@sms.example.org")
    code = m.group(1) + "-"
    at = prev.find(code)
    return at >= 0 and (at == 0 or prev[at - 1] in " \t:")


# a reply the report quotes ("Remote host said: 550 ...", "host mx.example said: 554 ...")
_SAID_REPLY = Lazy(r"\bsaid:\s*[245]\d\d\b", re.I)


def anchors(lines: list[str], aliases: dict[str, str] | None = None) -> list[tuple[int, str, str, str, int]]:
    """(line index, address, rest of line, text to keep, anchor form) per line naming a recipient.

    ``aliases`` receives, per recipient, the address it was expanded from (an alias or forward).
    """
    found = []
    prev = ""
    # the indentation of this paragraph's last recipient line that carried the reason after the
    # address ("<a@x.example>: host mx said: 550 ..."), or that named the address alone with the
    # reason on the lines indented below it (Exim's layout, spec chapter "Bounce messages"); None
    # when there is none
    carrier: int | None = None
    for i, line in enumerate(lines):
        if carrier is not None and (not line.strip() or len(line) - len(line.lstrip()) <= carrier):
            carrier = None  # a blank line, or one not indented below it, ends that recipient's block
        elif carrier is not None and "@" in line and "ed from" not in line:
            # a folded continuation of that reason (Postfix wraps long replies and indents the
            # rest), or Exim's indented reason: an address there is a word of the reply
            # ("<s@x.example>: Sender address rejected", "RCPT TO:<s@x.example>", "forward this
            # message to delist@x.example"), not another recipient; "(generated from ...)" below
            # the address is read as the alias it names (below)
            prev = line
            continue
        if "@" in line and found and "said:" in line and (said := _SAID_REPLY.search(line)) \
                and line.find("@") > said.start() and all(lines[k].strip() for k in range(found[-1][0] + 1, i)):
            # the remote's reply quoted under the recipient named above it, in the same paragraph (qmail's
            # "<jan@example.nl>:" then "Remote host said: 550 ... Voor de praktijk: info@example.nl"): an address
            # in that reply is one of its words, not another recipient
            prev = line
            continue
        if "@" in line and line[:4].lstrip()[:3].isdigit() and _inside_reply(line, prev):
            # a middle line of a multi-line reply ("550-Sent: RCPT TO:<sender@...>" of Exim's sender
            # verify callout, under "said: 550-Verification failed for ..."): a word of that reply
            prev = line
            continue
        if "@" in line and (listed := _labelled_list(line)):
            # "送信先：taro@example.jp、jiro@example.jp", "收件人：李雷<lilei@...>；韩梅梅<...>", "Failed
            # recipients: Dan <dan@...>; Eve <eve@...>": a label of recipients, then several of them; the
            # lines below are the reason of all of them (parse_blocks)
            found.extend((i, a, "", line, _LISTED) for a in listed)
            prev = line
            continue
        if "@" in line and prev.rstrip().endswith(":") and "@" not in prev and invites(prev.lower()):
            # the address under an invitation that ends in a colon ("To join the group, send a blank email to:\n
            # x-subscribe@..."): where to write, never a recipient (as on the invitation's own line, ``_skip``)
            prev = line
            continue
        if "@" in line and not prev.rstrip().lower().endswith(_SENT_BY) and not _skip(line, low := line.lower()):
            if found and i - found[-1][0] <= 3 and "ed from" in low and \
                    (alias := _alias_only(lines, i, found[-1])) is not None:
                # "final@example.net\n    (generated from alias@example.com)": the address the
                # recipient above was expanded from, not a recipient of its own
                if aliases is not None and alias != found[-1][1]:
                    aliases.setdefault(found[-1][1], alias)
                prev = line
                continue
            hit = None
            form = -1
            row = False  # (a row of a table under a heading of the failed recipients)
            for form, rx in enumerate(_ANCHORS):
                if form == 4 and not _ends_in_bracketed_address(line):
                    break  # a name-addr line ends with its address in brackets
                m = rx.match(line)
                if m is None:
                    continue
                if form == 2 and not (m.group("sep") or not m.group("rest").strip()
                                              or m.group("rest").strip().strip("<>").lower() == m.group("a").lower()
                                              or _LABELLED_CODE.search(m.group("rest")) or _STATUS_CELL.match(m.group("rest"))
                                              or _A_COLUMN.match(line, m.end("a")) and _names_no_other(m.group("rest"), m.group("a"))
                                              and ((smtptext.find_status(m.group("rest")) or smtptext.find_reply_code(m.group("rest"))
                                                    or "2")[0] in "45"
                                                   or (row := _row_under_a_recipients_heading(lines, i)))):
                    # an address followed by other words: a sentence, maybe (below); unless the words
                    # carry a labelled reply code (Zoho Mail: "user@example.net Invalid Address,
                    # ERROR_CODE :550, ...", rb-sisimai lib/sisimai/lhost/zoho.rb)
                    continue
                if form == 3 and _FIELD_LABEL.search(m.group("rest")):
                    continue  # "Original Sender: <...>": a field of the report, not a recipient
                if form == 3 and m.group("rest").strip().lower() == m.group("a").partition("@")[0].lower():
                    continue  # "Accounts: accounts@...", "Sales: sales@...": a department named by its own role address, a contact
                if form == 4 and _FIELD_LABEL.search(m.group("name").strip('"')):
                    continue
                if form == 4 and _signed_off(lines, i):
                    break  # "Kind regards,\nThe Mail Team <team@isp.example>": who signs the notice
                hit = m
                break
            if hit is None:
                form = -1
                if _SENTENCE_GATE.holds(low):
                    hit = _SENTENCE.folded_search(line)  # (the same match, found sooner)
                if hit is None and i and (above := lines[i - 1].strip()) and "@" not in above and _LEADING_ADDRESS.match(line) \
                        and _SENTENCE_GATE.holds(joined_low := f"{above} {line.lstrip()}".lower()):
                    # a sentence wrapped before its address ("we were unable to deliver your message to\ntradefair@...
                    # because only members of the group can post"): the two lines read as one
                    joined = f"{above} {line.lstrip()}"
                    if not _skip(joined, joined_low) and (m := _SENTENCE.folded_search(joined)) is not None \
                            and m.start("a") > len(above):
                        hit, line, low = m, joined, joined_low
            if hit and line.strip().strip("<>").lower() == hit.group("a").lower() and _signed_off(lines, i):
                hit = None  # "Best regards,\nJens Kramer\nPostmaster\njens@...": the signer's address
            if hit and ((start := hit.start("a")) > 5 and _after_id_label(line, low, start)
                        or form == 1 and line.rstrip().endswith(">") and _names_ids(lines, i)):
                hit = None  # "Original message ID: <...>", "References:" folded: a message, not a mailbox
            if hit and hit.start("a") > 4 and _NEW_ADDRESS_BEFORE.search(low, max(0, hit.start("a") - 40), hit.start("a")):
                hit = None  # RFC 5321 section 3.4's "551 User not local; please try <forward-path>": where to write instead
            if hit and i and line.strip().strip("<>").lower() == hit.group("a").lower() \
                    and _whom_to_write(lines[i - 1].strip().lower()):
                # an address alone on its line under an invitation wrapped before it ("If you believe this is wrong, forward this
                # notice to\n   it-support@...") or under the words that give the new address ("Die neue Adresse lautet:\nx@")
                hit = None
            if hit and ("://" in line or "mailto:" in low) and \
                    _IN_LINK.search(line, max(hit.start("a") - 300, 0), hit.end("a")) is not None:
                hit = None  # "https://example.net/u?e=<address>", "mailto:leave@...": a link, not a recipient
            if hit and aliases is not None and form in (1, 2) and hit.group("x"):
                addr, alias = normalize(hit.group("a")), normalize(hit.group("x"))
                if addr and alias and alias != addr:
                    aliases.setdefault(addr, alias)
            if hit:
                addr = normalize(hit.group("a"))
                if addr and (_looks_like_id(addr) or addr.lower().startswith(_ROLES_AT)
                             and not (_own_record(form, hit) or _heads_a_reply(lines, i, hit)
                                      or low.lstrip().startswith(("generated by ", "(expanded from")))):
                    # a message id in an address's shape; a role account the line names as a contact
                    # ("Kontakt: postmaster@...", alone on a line below the recipients); Exim's "generated
                    # by support@..." under "pipe to |..." names the recipient whose delivery failed, and so does Sendmail's
                    # "(expanded from: <helpdesk@...>)" under its local target
                    addr = None
                if addr:
                    rest = hit.group("rest") if "rest" in hit.groupdict() else ""
                    sep = hit.groupdict().get("sep") or ""
                    if sep.strip() == "[":
                        rest = rest.rstrip("] ")
                    if rest.strip().strip("<>").lower() == addr.lower():
                        rest = ""
                    if " ".join(sep.split()) in _ENTRY_ON or not sep.strip() and _DATE_ALONE.match(rest):
                        rest = ""  # Exchange: "user@example.com on <date>"
                    if row and not _ANSWER.search(rest) and not _says_a_cause(rest):
                        # (a row's other cells without a reply, "Office 365": the reason is the table's, below it, as for a
                        # list of bare addresses)
                        rest = ""
                    # Sendmail's "554 <user@example.org>... 550 Host unknown": the summary code
                    # is Sendmail's own; the remote server's words follow the dots
                    # (where an enhanced status stands before the address and the dots are followed by words alone, "452 4.2.2
                    # <user@...>... Mailbox full", the code and status are the server's answer for it: the whole line)
                    # (Postfix's "550 <user@...>: Recipient address rejected: ..." is the server's own answer, code and all)
                    line_text = (rest if form == 0 and sep == "..." and (smtptext.find_reply_code(rest) or not _CODED_ANSWER.match(line.lstrip()))
                                 else hit.group("a") if row and not rest else line)
                    # (the string tests first: the list pattern is tried on a separated list only)
                    more = rest and "@" in rest and (
                        rest.lstrip()[:1] in _LIST_SEPS or "rest" in hit.groupdict()
                        and any(c in _LIST_SEPS for c in line[hit.end("a"):hit.start("rest")])) \
                        and _LIST_TAIL.match(rest) and not _ADDRESSED.search(line, 0, hit.start("a"))
                    if more:
                        # "配信に失敗しました：a@example.jp、b@example.jp": the sentence names several
                        # recipients, separated by commas (East Asian ones too); each is one, and the
                        # lines below the sentence are the reason of all of them (parse_blocks)
                        found.append((i, addr, "", line, form))
                        for extra in _A_ANY.finditer(rest):
                            if (other := normalize(extra.group(0))) and other != addr \
                                    and not other.lower().startswith(_ROLES_AT) and not _looks_like_id(other):
                                found.append((i, other, "", line, form))
                        prev = line
                        continue
                    found.append((i, addr, rest or "", line_text, form))
                    if form in (1, 2):  # the reason after the address, or on the lines indented below it
                        carrier = len(line) - len(line.lstrip())
        if line.strip():
            prev = line
    return found


# a label of the failed recipients, then two or more of them, separated by commas or semicolons (East
# Asian ones too), each an address or a name with the address in brackets
# (English "Recipients:" only as a failure's label: alone it heads a summary of the message's addressees)
_LIST_LABEL = Lazy(r"^\s*(?:(?:failed|undeliverable|unreachable) recipients?|destinataires? (?:en [ée]chec|non joignables?)|"
                   r"送信先|宛先|受信者|收件人|收信人|수신자)\s*[:：]\s*", re.I)
#: the anchor form of an address from such a list (used only when nothing else in the report names one)
_LISTED = -2
_MAX_LISTED = 100
_LIST_ITEM = Lazy(r"^[^<>＜＞@、,，;；]{0,60}?[<＜]?" + ADDRESS + r"[>＞]?$")


def _labelled_list(line: str) -> list[str]:
    m = _LIST_LABEL.match(line)
    if m is None:
        return []
    items = [x.strip() for x in re.split(r"[、,，;；]", line[m.end():].strip().rstrip("。.")) if x.strip()]
    if not 2 <= len(items) <= _MAX_LISTED or not all(_LIST_ITEM.match(x) for x in items):
        return []
    out = []
    for x in items:
        found = _A_ANY.search(x)
        a = normalize(found.group(0)) if found else None
        if a and not _looks_like_id(a):
            out.append(a)
    return out if len(out) >= 2 else []


# an address inside a link: the link's scheme, then a run of non-blanks to the address's end
_IN_LINK = Lazy(r"(?:(?:https?|ftp):|mailto:)[^\s<>\"]*+$", re.I)
# a table's column gap after an address (two blanks or more, or a tab): the next cell, not the rest of a sentence; its row
# a recipient's when it gives a failure's enhanced status (RFC 3463: "550 5.1.1"; never a phone number's "555-0100")
_A_COLUMN = Lazy(r"[>\]]?(?: {2,}|\t)")
# a reply code or an enhanced status code: the mail system's record of a recipient with its answer
_ANSWER = Lazy(r"\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b")
# a server's answer with its enhanced status ("550 5.1.1 ...": never a phone number's digits)
_CODED_ANSWER = Lazy(r"\b[45][0-5]\d[ -][245]\.\d{1,3}\.\d{1,3}\b")


# a letter's closing line ("Kind regards,", "Mit freundlichen Grüßen", "Cordialement,"): the name-addr
# line below it signs the notice
_SIGN_OFF = Lazy(r"(?i)^\s*(?:(?:kind|best|warm|with kind)? ?regards|best|sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|"
                 r"thank you|thanks|best wishes|cheers|(?:mit )?(?:freundliche[mn]?|besten?|viele[n]?|liebe[n]?) gr[üu](?:ß|ss)(?:en|e)?|"
                 r"cordialement|bien cordialement|bien [àa] vous|salutations|(?:un )?saludos?(?: cordiales)?|atentamente|"
                 r"cordiali saluti|distinti saluti|atenciosamente|(?:met )?vriendelijke groet(?:en)?|pozdrawiam|"
                 r"med v[äa]n(?:n)?liga h[äa]lsningar|vennlig hilsen|venlig hilsen|с уважением)\W*$")


def _signed_off(lines: list[str], i: int) -> bool:
    """A line of the three before ``i`` closes a letter, with at most two short lines between (a
    name, a team's) and no address on them."""
    for ln in reversed(lines[max(0, i - 4):i]):
        if not ln.strip():
            continue
        if _SIGN_OFF.match(ln) is not None:
            return True
        if "@" in ln or len(ln.strip()) > 60:
            return False
    return False


def _own_record(form: int, hit: re.Match[str]) -> bool:
    """The line is the mail system's own record of the address with the server's answer after it
    ("554 <a@x>... 550 ...", "<a@x>: host ... said: 550 ...", "a@x: 550 5.1.1 ..."), not a name,
    a label's value or an address alone on its line."""
    if form == 0:
        return True
    if form not in (1, 2):
        return False
    rest = hit.group("rest")
    return bool(rest and rest.strip() and _ANSWER.search(rest))


_EXCHANGE_RETURNED = Lazy(r"[ \t]*(?:remote server|remoteserver)\b[^\n']{0,120}? (?:returned|hat) '[245]\d\d[ -]", re.I)


def _heads_a_reply(lines: list[str], i: int, hit: re.Match[str]) -> bool:
    """The line is a recipient's heading, the address alone with a colon ("<support@example.com>:",
    qmail's layout), and the server's answer follows within the next lines: the role account is the
    recipient that failed, not a contact the report names."""
    line = lines[i].strip()
    addr = hit.group("a").lower()
    if any(_CODED_ANSWER.search(ln) and addr in ln.lower() for ln in lines[i + 1:i + 4]):
        # the server's coded answer about the same address follows ("Unable to deliver message to
        # <support@...>." then "Received >>> 554 5.7.1 <support@...>: Relay access denied"): its record
        return True
    if line.endswith(":") and line[:-1].strip().strip("<>").lower() == addr:
        return any(_ANSWER.search(ln) for ln in lines[i + 1:i + 4])
    # Sendmail's list of failed addresses: the address alone on its line, then "(reason: 550 5.1.1
    # <webmaster@...>... User unknown)" below it, the answer naming the same address
    if line.strip("<>").lower() == addr:
        if any(_ANSWER.search(ln) and (addr in ln.lower() or ln.lstrip().lower().startswith("(reason:"))
               for ln in lines[i + 1:i + 3]):
            return True
        if i + 1 < len(lines) and _EXCHANGE_RETURNED.match(lines[i + 1]):
            # Exchange's "Diagnostic information for administrators": the address alone, then "Remote Server at mx...
            # returned '451 4.4.317 ...'" on the next line, the server's answer for it
            return True
        # Exim's list (deliver.c): the address indented on its line, its delivery's lines indented
        # deeper below it ("host mx.example [192.0.2.1]", "SMTP error from remote mail server after
        # ...:", "Delay reason: ...") down to the server's answer, or Exim's own words of the cause ("all relevant MX records
        # point to non-existent hosts", "Unrouteable address")
        indent = len(lines[i]) - len(lines[i].lstrip())
        below = []
        for ln in lines[i + 1:i + 6]:
            if not ln.strip() or len(ln) - len(ln.lstrip()) <= indent:
                break
            below.append(ln)
        return bool(below) and (any(_ANSWER.search(ln) for ln in below) or _says_a_cause(" ".join(below)))
    if line.lower().endswith(f"<{addr}>"):
        # ... or named with its display name ("Departamento de Compras <compras@...>"), the answer indented below it
        indent = len(lines[i]) - len(lines[i].lstrip())
        below = []
        for ln in lines[i + 1:i + 4]:
            if not ln.strip() or len(ln) - len(ln.lstrip()) <= indent:
                break
            below.append(ln)
        return bool(below) and any(_ANSWER.search(ln) for ln in below)
    return False


# the local part of a message id in an address's shape: a timestamp (a year 1970-2099, then at least
# the month and day), then a separator and more ("20261201.abcdef@...", "20261201123456.GA1234@...",
# Sendmail's "202612011005.xB1A5abc@..."), or a "$" (qmail's and Exim's "1765.4a$x@...")
_ID_LOCAL = Lazy(r"(?:19[7-9]\d|20\d\d)(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{0,8}[.$][^@]+@|[^@$]+\$[^@]+@")


def _looks_like_id(addr: str) -> bool:
    """The address's local part is a message id's (``_ID_LOCAL``; string tests first)."""
    return (addr[:1] in "12" or "$" in addr) and _ID_LOCAL.match(addr) is not None


# the separators of a list of addresses, East Asian commas included
_LIST_SEPS = "、,，;；"
# "your message to a@..., b@...": the addressees of the message, not a list of failures
_ADDRESSED = Lazy(r"(?:message|mail|addressed)\s+to\s*+:?\s*+[\"'<(\[]?$", re.I)
# the rest of a line that only continues a list of addresses: ", b@example.net, c@example.net"
# (each address may stand in ASCII or full-width angle brackets or corner brackets: "＜a@x＞、＜b@x＞")
_LIST_TAIL = Lazy(r"^\s*+[、,，;；]?\s*+[<＜「]?" + ADDRESS + r"[>＞」]?\s*+(?:[、,，;；]\s*+[<＜「]?" + ADDRESS
                  + r"[>＞」]?\s*+)*[。.]?\s*$")
# (a match starts only where a run of address characters starts, or right after an "@": the local
# part runs to the "@", so a start inside a run could find no other address, and trying each one made
# a long run without "@" quadratic, as in address.ADDRESS_RE)
_A_ANY = Lazy(r"(?<![^\s\"(),:;<>\[\]\\@" + _ADDRESS_PUNCT + r"])" + ADDRESS)


# message ids look like addresses: a line that only lists <ids> after a line naming them, and an
# address right after "message-id" / "in-reply-to" / "references", name a message, never a mailbox
# "<" id ">", the id holding an "@" neither first nor last: checked by a look-ahead, then the id
# taken whole (with "[^<>\s]+@[^<>\s]+" an id that never closes was re-split at every "@")
_ID_LINE = Lazy(r"^\s*(?:<[^<>\s](?=[^<>\s]*@[^<>\s])[^<>\s]*+>[\s,]*)+$")
# (also a queue's id, "queued as <id@host>", "id=<...>", the message's own id in the languages reports
# are written in, and "Message <id@host>" / "Your mail <id@host>": the message in brackets right after
# the word is named by its id - a recipient is named "message to <address>")
# (and its short name "MID", as gateways' logs and notices write it: "en indiquant la référence MID <id@host>")
_ID_WORDS = (r"(?:(?:original[-_ ])?message[-_ ]?id|(?:message|mail) with (?:the )?id|msg-?id|(?<![\w-])mid(?![\w-])|in-reply-to|references|"
             r"queued as|(?:mail|queue)[-_ ]?id|\bid(?=\s*+=)|(?<![\w-])(?:message|mail)(?=\s*+<)|nachrichten-?id|"
             # (the original named by its id after a colon: "Original message: <wk13.40771@mail.shop.example>, subject ...")
             r"original (?:message|mail)(?=\s*+:\s*+<)|"
             r"id (?:du|del|de la|da) (?:message|mensaje|mensagem|messaggio)|id (?:del )?messaggio|bericht-?id|"
             r"identyfikator wiadomo[śs]ci|идентификатор (?:сообщения|письма)|メッセージ ?id|邮件 ?id|郵件 ?id|"
             r"訊息 ?id|메시지 ?id|\bid of (?:the|your|this)|identifiant (?:du |de )?(?:message|courriel))")
# blanks around the optional ":" and "<" are possessive: with plain ones, blanks that do not end
# the line were split between the three runs every way (cubic)
# ("Message-ID of the original message: <...>", "Message-Id of your original message was:", "Message-ID der
# ursprünglichen Nachricht:": the id said of whose message it is, a few words before the colon)
_ID_LABEL = Lazy(_ID_WORDS + r"(?:\s++[^\s:=<>@]++){0,7}?\s*+[:=]?+\s*+[<\"'(\[]?+\s*+$", re.I)
_ID_HEAD = Lazy(r"^\s*(?:resent-)?" + _ID_WORDS + r"\s*:", re.I)
# Sendmail's own line "    (expanded from: <alias>)" says the same as Postfix's and Exim's: the
# address the sender wrote, before an alias rewrote it.  It is the recipient's original_recipient,
# not a failed recipient of its own (flufl.bounce's tests list it as one, to find the list member
# by the name the list knows: the original_recipient field carries that name).
_ALIAS_LINE = Lazy(r"(?:expanded from:?|generated from)\s*[\"'<(\[]?" + _A, re.I)


def _alias_only(lines: list[str], i: int, last: tuple) -> str | None:
    """The alias a line gives for the recipient just above it ("(generated from <alias>)" on the
    line after the recipient, with no blank line between), or None."""
    if i - last[0] > 3 or not all(ln.strip() for ln in lines[last[0] + 1:i]) \
            or _alias_line(lines[last[0]]):
        # (the recipient above named by its own "(expanded from: <address>)" line, Sendmail's entry of a local target,
        # ``_target_above``: this line is the next entry's)
        return None
    m = _ALIAS_LINE.search(lines[i])
    if m is None or "@" in lines[i][:m.start()]:
        return None
    return normalize(m.group("a"))


def _after_id_label(line: str, low: str, end: int) -> bool:
    """The address at ``end`` follows a message-id label ("Original message ID: <...>")."""
    start = max(end - 80, 0)
    head = low[start:end]
    return (any(map(head.__contains__, _ID_HINTS))) and _ID_LABEL.folded_search(line, start, end) is not None


# every label of ``_ID_WORDS`` holds one of these
_ID_HINTS = ("id", "referen", "reply", "queued", "message", "mail", "идентиф", "identifiant")


def _names_ids(lines: list[str], i: int) -> bool:
    """Line ``i``, a bare list of <ids>, continues lines that name message ids: "Message-ID:" with
    the id on the next line, or a References header folded over several lines."""
    line = lines[i]
    if _ID_LINE.match(line) is None:
        return False
    for j in range(i - 1, max(i - 30, -1), -1):  # the line that names them: the last one not a bare list
        label = lines[j]
        if not label.strip():
            return False
        if _ID_LINE.match(label) is None:
            return _ID_LABEL.search(label) is not None or \
                line[:1] in (" ", "\t") and _ID_HEAD.match(label) is not None
    return False


# "(expanded from" at a line's end, the alias on the next: Postfix wraps its report lines at 79
_ALIAS_WRAP = Lazy(r"\((?:ultimately )?(?:expanded|generated)(?: from)?[ \t]*\r?\n[ \t]+", re.I)


_TABLE_ROW = Lazy(r"(?m)^[ \t]*[|│┃](.*)[|│┃][ \t\r]*$")
_BARS = str.maketrans({"|": "  ", "│": "  ", "┃": "  "})


def parse_blocks(text: str, ours: str | None = None) -> list[Record]:
    """One record per recipient named in a free-text report, with its block of text.

    ``ours``: the address the report was sent to (the returned mail's sender); named beside other
    recipients it is ours, never a failed recipient, and it is left out before the report's
    addressees are weighed (:func:`_without_addressees`)."""
    text = repair(text)
    if "|" in text or "│" in text or "┃" in text:
        # a box-drawn table's rows ("| <address> | 550 5.1.1 Usuario desconocido |"): its cells, the bars between
        # them blanks (its "+----+----+" borders are rules, ``_is_rule``)
        text = _TABLE_ROW.sub(lambda m: "  " + m.group(1).translate(_BARS), text)
    if "expanded" in text or "generated" in text:
        text = _ALIAS_WRAP.sub(lambda m: " ".join(m.group(0).split()) + " ", text)
    lines = text.splitlines()
    aliases: dict[str, str] = {}
    hits = anchors(lines, aliases)
    if any(h[4] == _LISTED for h in hits) and any(h[4] != _LISTED for h in hits):
        # a labelled list of addresses beside recipients the report names otherwise: a summary of the
        # message's addressees ("Recipients: a, b, c" under "Your message to b could not be delivered")
        hits = [h for h in hits if h[4] != _LISTED]
    if len(hits) > 1 and "@" in text and (senders := {m.group("a").lower() for m in _SENDER_FIELD_ADDRESS.finditer(text)}):
        # the address the report's own sender field names ("Sender: news@...") is the stopped message's sender wherever else it
        # stands ("Reason: Rejected by header based Anti-Spoofing policy: news@...", the reply quoted under it): never a
        # recipient that failed where another is named, its lines the recipient's above it
        rest = [h for h in hits if h[1].lower() not in senders]
        if rest:
            hits = rest
    blocks: dict[str, list[str]] = {}
    order: list[str] = []
    first_line: dict[str, int] = {}
    said: dict[str, bool] = {}
    hit_kind = [h[4] for h in hits]
    spelled: dict[str, str] = {}  # one recipient per mailbox, however the report cases it
    sessions = "while talking to" in text
    opening = hits[0][0] if hits else 0
    for n, (i, addr, rest, keep, _) in enumerate(hits):
        addr = spelled.setdefault(addr.lower(), addr)
        # (several recipients named on one line share the lines below it)
        end = next((h[0] for h in hits[n + 1:] if h[0] != i), len(lines))
        if end < len(lines) and _alias_line(lines[end]):
            end -= len(_target_above(lines, end, i))  # (the next entry's local target and reason, Sendmail's layout)
        after = _own_section([ln for ln in lines[i + 1:end] if not _is_rule(ln)], addr)
        if sessions and (">..." in lines[i] or lines[i].lstrip().startswith(">>>")):
            # (after the recipient's own "<address>... <result>" line of the transcript, or the command
            # that named it, ">>> RCPT To:<address>"; a recipient of the list above the transcript may
            # be the one the next session is about)
            after = _before_next_session(after)
        if "@" in lines[i] and _EXCHANGE_ENTRY.match(lines[i]):
            after = _indented_below(lines[i], after)
        if _alias_line(lines[i]) and (above := _target_above(lines, i, hits[n - 1][0] if n else -1)):
            # (its own reason; where that names no reply, "(reason: 255)", what follows it too: the transcript of a report's
            # last entry, "554 5.3.0 unknown mailer error 255")
            after = above if smtptext.find_reply_code("\n".join(above)) else above + after
            if n == 0:
                opening = i - len(above)  # (the report's words before its list end where the entry's target begins)
        if hit_kind[n] == 0:
            # a Sendmail transcript line stands alone: the lines after it name the next host
            after = [ln for ln in after if ln[:1] in (" ", "\t")][:0]
        if "..." in lines[i] and "mailer" in lines[i] and _LOCAL_MAILER_EXIT.search(lines[i]):
            # Sendmail's summary of a local delivery program's exit ("<ute@...>... Deferred: local mailer (/usr/bin/procmail)
            # exited with EX_TEMPFAIL"): the program's own words stand on the transcript lines right above it ("procmail: Quota
            # exceeded while writing ...", "mail.local: ... Disk quota exceeded"), the cause of that exit
            above = []
            for ln in reversed(lines[max(0, i - 4):i]):
                if not ln.strip() or "@" in ln or "transcript" in ln.lower():
                    break
                above.insert(0, ln)
            after = above + after
        if addr not in blocks:
            blocks[addr] = []
            order.append(addr)
            first_line[addr] = i
        blocks[addr].extend([keep, *after])
        said[addr] = said.get(addr, False) or bool(rest.strip()) or any(ln.strip() for ln in after)
    if len(order) > 1:
        _answers_by_name(blocks, order, said)
    shared = _shared_reasons(lines, hits, said, blocks)
    for addr in order:
        if addr in shared:
            # one of a list of addresses, one a line, with the reason below the last of them (Domino's
            # "was not delivered to:" list then "because:", a carrier's list then "宛先アドレスが存在しません"):
            # the reason is the whole list's
            blocks[addr] = list(shared[addr])
        elif not said[addr]:
            # the reason stands before the address (Lotus Notes and others)
            i = first_line[addr]
            blocks[addr] = [ln for ln in lines[max(0, i - 3):i] if ln.strip() and not _is_rule(ln)][-2:]
    grouped: dict[str, str] = {}
    if len(order) > 1:
        spelled_as = {a.lower(): a for a in blocks}
        for named, heading in (grouped := _headed_groups(lines)).items():
            if (addr := spelled_as.get(named.lower())) is not None:
                # under a heading of its group, "Postfach des Empfängers ist voll (552 5.2.2):" then the group's addresses one
                # a line: the heading is its reason, never the line after it (the next group's heading)
                blocks[addr] = [heading]
    intro = ""
    lead = ""
    if hits:
        before = [ln.strip() for ln in lines[:opening] if ln.strip() and not _is_rule(ln)]
        if grouped:
            # (a group's heading is that group's, never the words of the whole report: "Följande mottagare är okända:" is no
            # context of the full mailbox under the next heading)
            headings = set(grouped.values())
            before = [ln for ln in before if _group_heading(ln) not in headings]
        intro = "\n".join(before[-3:])
        if len(order) == 1:
            # a report about one recipient may give the server's reply first and name the
            # recipient in the message details below it (Apache James: "Error message below:
            # 550 ...", then "RCPT TO: user@..."): all of the text before the address is its own
            lead = "\n".join(before)[-1500:]
    delivered = _delivered(lines, hits, order, first_line)
    records = []
    for a in order:
        if a in delivered:
            # a recipient the report says was delivered, beside those that were not: a record of its success (as a DSN's
            # "Action: delivered"), never a failure
            records.append(Record(address=a, action="delivered"))
            continue
        rec = record_from_block(a, "\n".join(blocks[a]))
        if not (rec.status or rec.reply_code) and intro and smtptext.find_reply_code(intro):
            # "Could not be delivered because of 550 5.1.1 User unknown. The following
            # recipients were affected:" - the reply stands before the list
            rec = record_from_block(a, intro + "\n" + "\n".join(blocks[a]))
        elif not (rec.status or rec.reply_code) and lead and smtptext.find_reply_code(lead):
            rec = record_from_block(a, lead + "\n" + "\n".join(blocks[a]))
        # (the report's words before its list are about all it lists; beside the one recipient of a
        # report they run on into its own, "Folgende Empfängeradresse existiert nicht: <address>")
        # (a report about one recipient states its cause once in its paragraphs before it, all of them the report's:
        # "Your message was not delivered because the destination computer was not found. ... It is also possible that a
        # network problem caused this situation ... The following recipients did not receive this message:", Post.Office)
        rec.context = (" " if len(order) == 1 else "\n").join(x for x in (lead or intro, rec.context) if x) or None
        rec.original_recipient = aliases.get(a)
        records.append(rec)
    if ours and len(records) > 1 and any(r.address and r.address.lower() != ours for r in records):
        records = [r for r in records if not r.address or r.address.lower() != ours]
    return _without_addressees(records, hits) if len(records) > 1 else records


# a table's row that begins with an address, its next cell after a tab or a run of blanks
_ADDRESS_ROW = Lazy(r"^\s*<?[^\s@<>]{1,64}@[^\s@<>]{1,255}>?(?: {2,}|\t)")
# the words of a heading that introduces the failed recipients ("Your message to these recipients couldn't be delivered:")
_RECIPIENTS_HEADING_WORDS = ("recipient", "deliver", "destinat", "empfänger", "empfaenger", "adressat", "address",
                             # (the recipients in Dutch, the Nordic languages, Finnish, Polish, Czech / Slovak, Hungarian, Turkish,
                             # Russian, Greek, Japanese, Chinese and Korean headings: "seuraaville vastaanottajille:", "följande
                             # mottagare:", "do następujących odbiorców:")
                             "ontvanger", "mottagar", "modtager", "mottaker", "vastaanottaj", "odbiorc", "příjemc", "prijemc",
                             "címzett", "alıcı", "получател", "παραλήπτ", "宛先", "受信者", "收件人", "收信人", "수신자",
                             # (Croatian / Serbian / Bosnian, Romanian, Lithuanian, Latvian, Ukrainian, Icelandic)
                             "primatelj", "primalac", "primaoc", "prejemnik", "destinatar", "gavėj", "saņēmēj", "одержувач",
                             "viðtakand")


# Sendmail's line for a local delivery program that exited with an error (sendmail/deliver.c: "local mailer (/usr/bin/procmail)
# exited with EX_TEMPFAIL", "mailer local died with signal")
_LOCAL_MAILER_EXIT = Lazy(r"\bmailer \(?[^()\n]{0,80}\)? ?(?:exited with|died with)\b", re.I)


def _row_under_a_recipients_heading(lines: list[str], i: int) -> bool:
    """Line ``i`` is a row of a table the line above it introduces as the failed recipients ("Your message to these
    recipients couldn't be delivered:", then "anya@...<tab>Office 365" a row): the row's address is one of them, whatever
    its other cells say (the server's name, an action)."""
    j = i - 1
    while j >= 0:
        above = lines[j].strip()
        if not above or _ADDRESS_ROW.match(lines[j]):
            j -= 1  # (a blank line, or another row of the same table)
            continue
        low = above.lower()
        return above.endswith((":", "：")) and "@" not in above and any(map(low.__contains__, _RECIPIENTS_HEADING_WORDS))
    return False


def _names_no_other(rest: str, addr: str) -> bool:
    """The rest of a table's row names no address but its own (the server's reply repeats it: "550 5.1.1 <a@x>: Recipient
    address rejected"); a row naming another address is a sender column's or another recipient's."""
    if "@" not in rest:
        return True
    own = addr.strip("<>").lower()
    return all(a.lower() == own for a in find_all(rest))


def _headed_groups(lines: list[str]) -> dict[str, str]:
    """A report that groups its recipients under headings of their causes (gateways' "Folgende Empfänger sind unbekannt
    (550 5.1.1 Benutzer unbekannt):", "Postfach des Empfängers ist voll (552 5.2.2):", "=== Buzón lleno (552 5.2.2) ===",
    each then the addresses of its group one a line, bulleted or numbered): each address (as the report spells it) with its
    group's heading.  Only where two headings or more head groups and one at least states a code or a cause the tables
    read: a single "The following recipients failed:" over a list is the list's introduction, its reason below it."""
    groups: dict[str, str] = {}
    heading: str | None = None
    members: list[str] = []
    headings = 0
    said = False

    def close() -> None:
        nonlocal headings, said
        if heading is not None and members:
            headings += 1
            said = said or bool(smtptext.find_reply_code(heading) or smtptext.find_status(heading) or _says_a_cause(heading))
            for a in members:
                groups.setdefault(a, heading)

    indent = 0
    for ln in lines:
        line = ln.strip()
        if not line:
            continue
        head = _group_heading(line)
        if head is not None:
            close()
            heading, members, indent = head, [], len(ln) - len(ln.lstrip())
            continue
        # (a group's addresses stand no further left than its heading: Exim's reason line, indented under its address and
        # ending in ":", is no heading of the next address, which stands to its left)
        if heading is not None and len(ln) - len(ln.lstrip()) >= indent and (alone := _address_alone(line)) is not None:
            members.append(alone)
            continue
        if members and (smtptext.find_reply_code(line) or smtptext.find_status(line)):
            # a reason below the addresses ("The following address does not exist:" / "a@..." / "550 5.1.1 User unknown"):
            # the layout gives each address its own reason, which the readers above find
            return {}
        close()
        heading, members = None, []
    close()
    return groups if headings >= 2 and said else {}


_HEADING_MARKS = "=#*-[]【】 "


def _group_heading(line: str) -> str | None:
    """A line that heads a group of addresses: its words without the colon or the marks around them ("Cuenta deshabilitada
    (550 5.2.1):", "=== Buzón lleno (552 5.2.2) ===", "## Skrzynka pełna ##"); None for any other line."""
    if "@" in line or len(line) <= 8:
        return None
    if line.endswith((":", "：")):
        return line[:-1].strip()
    if line[:2] in ("==", "##", "**") or line[:2] in ("--", "[", "【") and line.rstrip()[-1:] in "=#*-]】":
        # (marked on both sides, "=== Buzón lleno ===", "[Unknown users]"; or opened by its marks only, "## Nieznani adresaci")
        words = line.strip(_HEADING_MARKS)
        return words if len(words) > 5 and any(c.isalpha() for c in words) else None
    return None


# (a list's bullet or number: the recipient anchors' own lead, taken whole)
_LIST_MARK = Lazy(_LEAD)


def _address_alone(line: str) -> str | None:
    """The one address a list's line holds and nothing else but a bullet or a number, brackets, a trailing comma, or the
    display name before it in brackets ("Müller, Jan" <jan.mueller@...>)."""
    if line.count("@") != 1:
        return None
    bare = _LIST_MARK.sub("", line.strip()).rstrip(",;. ")
    if bare.endswith(">") and "<" in bare:
        bare = bare[bare.rfind("<"):]
    bare = bare.strip("<>").strip()
    found = find_all(bare)
    return found[0] if len(found) == 1 and found[0] == bare else None


def _alias_line(line: str) -> bool:
    """Sendmail's own line "    (expanded from: <address>)", alone on its line (savemail.c)."""
    return line.lstrip()[:14].lower() == "(expanded from"


def _target_above(lines: list[str], i: int, last: int) -> list[str]:
    """Sendmail's entry of an address that an alias or .forward expanded to a local target with no address of its own
    (a user's mailbox "tkoenig", a program "|/usr/bin/procmail", a file "/var/spool/mail/info"): the target, then
    "(reason: ...)", then "(expanded from: <the address we sent to>)" (sendmail's savemail.c, errbody): the reason of the
    address on line ``i`` is on the lines above it, back to the target; [] when they hold no "(reason:" line."""
    above: list[str] = []
    for k in range(i - 1, max(last, i - 4), -1):
        if not lines[k].strip():
            break
        above.insert(0, lines[k])
    return above if any(ln.lstrip().lower().startswith("(reason:") for ln in above) else []


# Exchange 5.5 IMS / 2000-2003's entry of a recipient: the address, " on ", the date; its words are the
# lines indented under it, up to the next entry (which may name a recipient by its display name only,
# "Ng, Helen on <date>": no address to end the block)
_EXCHANGE_ENTRY = Lazy(r"^[ \t]*[^\s@]+@[^\s@]+[ \t]+(?:on[ \t]+\S|(?:(?:" + _ENTRY_ON_LOCALIZED + r")[ \t]*)?"
                       r"\d{1,4}[./-]\d)[^\n]*\d")
# an entry's date and time alone after its address (Finnish, Ukrainian: "x@ 14.11.2025 8:01")
# (or with its word for "on" after it: Turkish "18.01.2008 16:26 tarihinde", Hungarian "2007.03.05. 9:41 időpontban")
_DATE_ALONE = Lazy(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s+(?:tarihinde|id(?:ő|o)pontban|kor))?\s*$")


_ENTRY_HEAD = Lazy(r"^[ \t]*[^\s@][^@\n]{0,79}?[ \t]+on[ \t]+\S[^\n]*\d")


def sole_entry_words(text: str) -> str | None:
    """The words indented under the one "<display name> on <date>" entry of an Exchange 5.5-2003 report
    ("Accounts Payable on 11/03/2025 09:14 / The recipient's mailbox is disabled. / <host #5.2.1 X.400;
    ...>"), which names its recipient by no address; None when the report holds no such entry or several
    (whose words could be any recipient's)."""
    if " on " not in text:
        return None
    lines = text.splitlines()
    heads = [i for i, ln in enumerate(lines) if " on " in ln and _ENTRY_HEAD.match(ln)]
    if len(heads) != 1:
        return None
    head = lines[heads[0]]
    depth = len(head.expandtabs()) - len(head.expandtabs().lstrip())
    words: list[str] = []
    for ln in lines[heads[0] + 1:]:
        if not ln.strip():
            if words:
                break
            continue
        if len(ln.expandtabs()) - len(ln.expandtabs().lstrip()) <= depth:
            break
        words.append(ln.strip())
    said = " ".join(words)
    # (the entry's own mark, "<host #5.2.1>", tells it from any other line "... on <date>" of a report)
    return said[:2000] if _EXCHANGE_MARK.search(said) else None


_EXCHANGE_MARK = Lazy(r"#[245]\.\d{1,3}\.\d{1,3}\b")


def _indented_below(head: str, after: list[str]) -> list[str]:
    """The lines of ``after`` up to the next entry ("<name> on <date>" no deeper than ``head``; a
    folded diagnostic may come back to the margin: "MSEXCH:IMS:... 0 (000C05A6)\nUnknown Recipient")."""
    depth = len(head.expandtabs()) - len(head.expandtabs().lstrip())
    kept: list[str] = []
    for ln in after:
        if ln.strip() and len(ln.expandtabs()) - len(ln.expandtabs().lstrip()) <= depth and " on " in ln \
                and _ENTRY_HEAD.match(ln):
            break
        kept.append(ln)
    return kept


_ANSWER_ABOUT = Lazy(r"\b[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ -])?<?(?P<a>[^\s<>@]+@[^\s<>@]+)")


def _answers_by_name(blocks: dict[str, list[str]], order: list[str], said: dict[str, bool]) -> None:
    """A line below one recipient holding a server's answer about another recipient of the report
    (the address right after the code: "Reported error: 552 5.2.2 <bob@x>... Mailbox full" under a bare
    list of the addresses, in Windows' SMTP service's and others' text reports) is that recipient's:
    it moves to that recipient's block, so that no recipient takes another's answer."""
    names = {a.lower(): a for a in order}
    moved: dict[str, list[str]] = {}
    for addr in order:
        own = addr.lower()
        kept = []
        # (the recipient named on a line of several: its reasons below are the list's, each sentence naming its own)
        listed = len(order) > 1 and bool(blocks[addr]) and "@" in blocks[addr][0] \
            and sum(a.lower() in names for a in (normalize(x) or "" for x in find_all(blocks[addr][0]))) > 1
        for k, ln in enumerate(blocks[addr]):
            if k and "@" in ln and (m := _ANSWER_ABOUT.search(ln)) is not None:
                # (the address right after the code is the one the answer is about: "550 5.1.1
                # <bo@x>... User unknown"; an address later in the words is only named by it:
                # "550 5.7.1 Forwarding to nora@x refused" stays the forwarder's)
                named = normalize(m.group("a").rstrip(".,:;"))
                if named and named.lower() in names and named.lower() != own:
                    moved.setdefault(names[named.lower()], []).append(ln)
                    continue
            if k and listed and "@" in ln and own not in ln.lower():
                # (or a sentence of the reasons below a list of them that names one other recipient and not this one,
                # Domino's "Grund:" lines: "Der Benutzer n.wolf@x ist im Domino-Verzeichnis nicht aufgeführt"; never a line of
                # a recipient's own answer, "550 5.7.1 Forwarding to nora@x refused", whoever else it names)
                others = {a.lower() for a in (normalize(x) for x in find_all(ln)) if a and a.lower() in names}
                if len(others) == 1 and own not in others:
                    moved.setdefault(names[others.pop()], []).append(ln)
                    continue
            kept.append(ln)
        blocks[addr] = kept
    for addr, got in moved.items():
        blocks[addr].extend(got)
        said[addr] = True


def _shared_reasons(lines: list[str], hits: list, said: dict[str, bool], blocks: dict[str, list[str]]) -> dict[str, list[str]]:
    """The block each address of a bare list gets from the list's last address: a run of lines that
    each hold only an address (blank lines between them at most), where only the last one has words
    right below it, and no line right above the run states a reason of its own (a report whose
    reasons head each group, "552 5.2.2 Mailbox full:" then its addresses, keeps each group's)."""
    shared: dict[str, list[str]] = {}
    canon = {a.lower(): a for a in blocks}
    run: list[int] = []  # indexes into hits

    def cell(k: int) -> str | None:
        # (a row's other cell that names no reply, "(permanent error)", "(pysyvä virhe)", "failed")
        r = hits[k][2].strip() if 0 <= k < len(hits) else ""
        return r if r and len(r) <= 40 and smtptext.find_reply_code(r) is None else None

    for n, (i, addr, rest, keep, _form) in enumerate(hits):
        # (an address alone on its line, or behind a bullet: Mimecast's "-- a@x", "- a@x", "* a@x", or after a name, "山田太郎
        # （x@）"; or rows of a table whose
        # other cell is the same on each and names no reply, "myynti@...<TAB>(pysyvä virhe)": the reply below is all of theirs)
        bare = not rest.strip() and (keep.strip().lstrip("-*+\u2022\u00b7 ").strip("<>").lower() == addr.lower() or _form == 4) \
            or (own := cell(n)) is not None and own in (cell(n - 1), cell(n + 1))
        if not bare:
            run = []
            continue
        if run and all(not ln.strip() for ln in lines[hits[run[-1]][0] + 1:i]):
            run.append(n)
        else:
            run = [n]
        if len(run) < 2:
            continue
        nxt = hits[n + 1][0] if n + 1 < len(hits) else len(lines)
        below = [ln for ln in lines[i + 1:nxt] if ln.strip() and not _is_rule(ln)]
        if not below or "@" in below[0]:
            continue  # nothing of its own below the last one, or the next line names another address
        first = hits[run[0]][0]
        k = next((j for j in range(first - 1, max(-1, first - 4), -1) if lines[j].strip()), -1)
        above = lines[k] if k >= 0 else ""
        if _ANSWER.search(above) and not any(h[0] == k for h in hits):
            # (a heading of a group's cause; never another recipient's row with its own reply, "张伟（x@）（552 ...）" above the
            # rows that share the reply below them)
            continue
        last = canon.get(addr.lower(), addr)
        for k in run[:-1]:
            a = canon.get(hits[k][1].lower(), hits[k][1])
            if not said.get(a) or cell(k) is not None and cell(k) == cell(n):
                shared[a] = blocks[last]
    return shared


def _without_addressees(records: list[Record], hits: list) -> list[Record]:
    """Without the addresses named only as whom the message was for ("Your message to a@...
    could not be delivered."), with no reply of their own, when other recipients of the report
    carry a reply: the report names the failed ones there (the addressee may be a list or an alias
    the failed recipient was expanded from)."""
    addressee: set[str] = set()
    other: set[str] = set()
    for _i, addr, _rest, keep, form in hits:
        k = keep.lower().find(addr.lower()) if form == -1 else -1
        (addressee if k > 0 and _ADDRESSED.search(keep, 0, k) else other).add(addr.lower())
    only = addressee - other
    if not only or not any((r.status or r.reply_code) and r.address and r.address.lower() not in only
                           for r in records):
        return records
    return [r for r in records if not (r.address and r.address.lower() in only and not (r.status or r.reply_code))]


# A report about several recipients may list those that were delivered beside those that failed
# (Exim: "The following address(es) were delivered:"; Exchange and Gmail: "Your message has been
# delivered to the following recipients:"; Sendmail: "had successful delivery notifications";
# Postfix: "<a@x>: delivery via mx[...]: 250 2.0.0 Ok").  Those recipients did not fail.
_OK_HEADING = Lazy(
    r"(?:were|was|has been|have been) (?:successfully )?(?:delivered|relayed)\b|had successful delivery|"
    r"delivery to (?:these|the following) recipients(?: or groups)? (?:is|was) complete|"
    r"successfully (?:delivered|relayed) to the following", re.I)
# ... a negation on the line, in the languages of its localized words ("no se ha entregado correctamente", "NON è stato consegnato
# correttamente", "nicht erfolgreich zugestellt", "未成功投递", "не доставлено успешно"): a failure, never a success
_NOT_OK = Lazy(r"(?i)\bno\b|\bnon\b|\bnicht\b|\bn(?:ã|a)o\b|\bne\b|\bn'a\b|\bnie\b|\bnebyl|\bнет?\b|\bне\b|未|没有|沒有|않|ません")
_FAIL_HEADING = Lazy(
    r"fail|could ?n[o']t|can ?not|undeliverable|not (?:be |been |yet been )?delivered|unable|error|did not reach|"
    r"rejected|delayed|deferred", re.I)
_OK_REPLY = Lazy(r"(?<![\w.])(?:2[0-5]\d[ -]+2\.\d{1,3}\.\d{1,3}|250[ -])")
_OK_ANY = Lazy(_OK_HEADING.pattern + "|" + _OK_REPLY.pattern, re.I)


# "delivered" as the reports of other languages' systems write it in a status line or cell ("Status: Afgeleverd", "Estado:
# Entregue", "x@;LEVERERAT;250;2.0.0 OK")
_DELIVERED_WORDS = (r"entregad[oa]|entregue|zugestellt|remis|distribu(?:é|e)|consegnato|recapitato|afgeleverd|bezorgd|levererat?|leveret|"
                    r"levert|toimitettu|dostarczon[aeo]|doru(?:č|c)eno|livrat|isporu(?:č|c)eno|доставлено")
# a table row's status cell that says the recipient was delivered ("njames@...\tDelivered\t6/4/2024 2:00 PM")
_DELIVERED_CELL = Lazy(r"[ \t]*(?:delivered|" + _DELIVERED_WORDS + r")[ \t]*(?:\t|$)", re.I)


def _delivered(lines: list[str], hits: list, order: list[str], first_line: dict[str, int]) -> set[str]:
    """The recipients a report lists as delivered (under a success heading, or with a 2xx reply
    on their own line), when it also lists recipients that were not."""
    if len(order) < 2:
        return set()
    joined = "\n".join(lines)
    if _OK_ANY.folded_search(joined) is None and _says_success(joined) is None \
            and not any(_DELIVERED_CELL.match(h[2]) for h in hits):
        return set()
    ok: set[str] = set()
    state = None
    canon = {a.lower(): a for a in order}
    hit_at = {i: (canon.get(addr.lower(), addr), rest) for i, addr, rest, _k, _f in hits}
    for i, line in enumerate(lines):
        if i in hit_at:
            addr, rest = hit_at[i]
            # (or the recipient's own line says it, ``_SUCCESS_LINE``: "（x@）へは正常に配信されました", "x@，已成功投递")
            if first_line.get(addr) == i and (state == "ok" or (_OK_REPLY.search(rest) or _success_line(line)
                                                                 or _DELIVERED_CELL.match(rest))
                                              and not _FAIL_HEADING.search(rest)):
                ok.add(addr)
            continue
        if not line.strip():
            continue
        if (_OK_HEADING.search(line) or line.rstrip().endswith((":", "：")) and _success_line(line)) \
                and not _FAIL_HEADING.search(line) and _NOT_OK.search(line) is None:
            # (a heading in the report's language too: "Die Nachricht wurde erfolgreich zugestellt an:")
            state = "ok"
        elif _FAIL_HEADING.search(line):
            state = "fail"
    return ok if len(ok) < len(order) else set()


_BOILERPLATE = Lazy(
    r"^\s*(?:technical details of (?:permanent|temporary) failure:?|the error that the other server returned was:?|"
    r"remote host said:?|reason:|for the following reason:|no action is required on your part.*|"
    r"the mail system|for further assistance.*|if you do so, please include.*|"
    r"delivery attempts will continue.*|some time, and this warning.*|remains undelivered.*|"
    r"and when that happens.*|message will be retried.*|-+ ?server message|-+ ?smtp command|"
    # cPanel's line under every Exim failure: causes guessed, none stated ("The account or domain may
    # not exist, they may be blacklisted, or missing the proper dns entries."); the server's reply says
    r".*\bmay not exist, they may be blacklisted\b.*)\s*$", re.I)


# Exim's verdict after the remote reply when it stopped retrying (deliver.c / retry.c wordings)
_GAVE_UP_TRAILER = Lazy(r":\s*(retry timeout exceeded|retry time not reached for any host after a long failure period)\s*$",
                        re.I)


# a reply code given under a label instead of at the head of the reply: Zoho Mail's "ERROR_CODE :550"
# and "ResponseCode 421" (rb-sisimai lib/sisimai/lhost/zoho.rb), "Error code: 550", "SMTP code = 550"
_LABELLED_CODE = Lazy(r"\b(?:error_code|response ?code|reply ?code|smtp (?:reply |error )?code|error code)\s*+[:=]?\s*+"
                      r"([45][0-5]\d)(?![\d.])", re.I)


# a table row's status cell, then the server's reply ("| x@... | FAILED | 550 5.1.1 User unknown |", the bars blanks by
# then): the row names its recipient
# (or a CSV export's: "g.brandt@...;FEHLGESCHLAGEN;550;5.1.1 ...")
# (or, in a table's row, the status cell then a tab and the reason's cell: "x@\tRejected\tRecipient address rejected: ...")
_STATUS_CELL = Lazy(r"[\s;,]*(?:delivered|" + _DELIVERED_WORDS + r"|failed|failure|deferred|delayed|bounced|rejected|refused|error|ok|sent|"
                    r"accepted|held|quarantined|undeliverable|undelivered|"
                    # (in the gateway's language: German, Spanish, Portuguese, French, Italian, Dutch, Swedish)
                    r"fehlgeschlagen|abgewiesen|zur(?:ü|ue)ckgewiesen|zur(?:ü|ue)ckgestellt|rechazado|fallido|diferido|rejeitado|"
                    r"falhou|(?:é|e)chou(?:é|e)|rejet(?:é|e)|diff(?:é|e)r(?:é|e)|rifiutato|"
                    r"fallito|mislukt|geweigerd|uppskjuten|misslyckades|misslyckad|avvisad|"
                    # (Czech / Slovak, Polish, Romanian, Croatian / Serbian, Russian / Ukrainian)
                    r"nedoru(?:č|c)eno|nedoru(?:č|c)en(?:é|e)|doru(?:č|c)en(?:é|e)|odm(?:í|i)tnuto|zam(?:í|i)tnut(?:é|e)|"
                    r"niedostarczon[ae]|odrzucon[ae]|nedostarczono|e(?:ș|ş|s)uat|respins|"
                    r"neisporu(?:č|c)eno|odbijeno|не доставлено|відхилено|отклонено)(?:[\s;,]+[245]\d\d\b|[ ]*\t| {2,}\S)",
                    re.I)


# a reply code (and enhanced status) alone, closed by a bracket: "554 5.7.1)"
_CODES_CLOSED = Lazy(r"([245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?)\s*\)")
_SENTENCE_END = Lazy(r"(?<=[.!?:])\s+")
_POINTER = Lazy(r"(?:please )?(?:see|refer to|visit|check|contact|read|siehe|voir|consulte|vea|veja|vedi)\b|for (?:more |further )?(?:details|information|info)\b", re.I)


def _reply_at(text: str, reply: str) -> int:
    r"""Where the reply code ``reply`` first stands in ``text``, -1 when nowhere: not glued to a
    word character or a dot before it, a blank, "-" or ":" right after it.  What the pattern
    ``(?<![\w.])550[ \-:]`` finds, without compiling one pattern per code (``\w`` is a
    character ``str.isalnum`` accepts, or "_")."""
    end = len(reply)
    at = text.find(reply)
    while at >= 0:
        glued = at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_.")
        if not glued and text[at + end:at + end + 1] in _AFTER_REPLY:
            return at
        at = text.find(reply, at + 1)
    return -1


_AFTER_REPLY = (" ", "-", ":")


def _without_address(text: str, address: str) -> str:
    """``text`` with ``address`` (any case, in angle brackets or not) written as "<address>"."""
    low, target = text.lower(), address.lower()
    out, start = [], 0
    at = low.find(target)
    while at >= 0:
        a, b = at, at + len(target)
        if a > 0 and text[a - 1] == "<" and text[b:b + 1] == ">":
            a, b = a - 1, b + 1
        out += [text[start:a], "<address>"]
        start = b
        at = low.find(target, start)
    return "".join(out) + text[start:]


# Sendmail's own last line after a reply it quotes from the session ("554 5.0.0 Service unavailable")
# (the whole diagnostic, or its end after a blank)
_SENDMAIL_SUMMARY = Lazy(r"(?:^|\s)[45]\d\d [45]\.0\.0 service unavailable\s*$", re.I)
# ... and the replies it quotes: "<<< 553 ..." up to the next transcript line or the end, "(reason: 550 ...)"
_QUOTED_REPLIES = Lazy(r"<<< ([45]\d\d[ -].*?)(?= (?:<<<|>>>|-{3,})|$)|\(reason: ([45]\d\d[ -].*?)\)(?= -{3,}| <|$)")


def _own_sendmail_line_on(text: str, address: str) -> str:
    """``text`` from Sendmail's own line for ``address`` ("<ann@example.net>... Deferred: Connection refused by
    mx.example.net.") on, when the session transcript before it quotes another recipient's server ("... while
    talking to mail.other.example: <<< 550 5.7.1 Mail from 192.0.2.1 refused"): that reply was not this
    recipient's (a session that names this address, or its own "(reason: ...)", keeps it)."""
    low, own = text.lower(), address.lower()
    at = low.rfind(f"<{own}>...")
    if at <= 0:
        return text
    line_start = text.rfind("\n", 0, at) + 1
    before = low[:line_start]
    session = [ln.lstrip() for ln in before.splitlines() if ln.lstrip().startswith(("<<<", ">>>"))]
    # (its own "(reason: ...)" in the list of failed addresses, or a session that names it, ">>> RCPT To:<x>",
    # is this recipient's)
    if any(ln.startswith("<<<") for ln in session) and "(reason:" not in before and not any(own in ln for ln in session):
        return text[line_start:]
    return text


# a field that restates the returned message's subject, in the languages reports label it (``smtptext.SUBJECT_LABELS``, which
# the classifier's restated lines use too)
_SUBJECT_FIELD = Lazy(r"(?i)(?:original |your )?(?:" + smtptext.SUBJECT_LABELS + r")[ \t]*[:：]")


def record_from_block(address: str, block: str) -> Record:
    """Read status, reply code, command and remote host out of one recipient's block."""
    text = block.strip()
    if "<<<" in text and address:
        text = _own_sendmail_line_on(text, address)
    if "：" in text:
        # East Asian reports label the reply with a full-width colon ("原因：550 ..."): read as ":"
        text = text.replace("：", ": ")
    status = smtptext.find_status(text)
    reply = smtptext.find_reply_code(text)
    if reply is None and ("code" in text or "CODE" in text or "Code" in text):
        labelled = _LABELLED_CODE.search(text)
        reply = labelled.group(1) if labelled else None
    if not smtptext.consistent(status, reply):
        reply = None
    if reply and reply[0] == "2" and "<-- " in text and (status or "2")[0] == "2":
        # a session transcript's answer to another command ("<-- 250 2.1.0 Ok" after MAIL From, MDaemon's log lines) below
        # this recipient's own line ("* eva@... is not a valid local mailbox - no such user"): no answer about it
        reply = status = None
    # (matched without the blanks around the line: the pattern takes any there, and the line is
    # kept stripped; the engine does not give leading blanks back one at a time)
    lines = [ln for ln in map(str.strip, text.splitlines()) if ln and not _BOILERPLATE.match(ln)]
    if any(":" in ln for ln in lines):
        # (the returned message's subject restated in a field, "Asunto: ¿Su buzón está lleno?": the sender's words, never the
        # cause)
        lines = [ln for ln in lines if not _SUBJECT_FIELD.match(ln)]
    for n, ln in enumerate(lines[:-1]):
        if ln.lower() == "message details:" and lines[n + 1].lower().startswith(("subject:", "sent date:")):
            # Apache James's notice restates the original below "Message details:" (its Subject, sent
            # date, sender, size): the message's own words, never the cause
            del lines[n:]
            break
    for n, ln in enumerate(lines[1:], 1):
        if "--" in ln and _a_note_below(ln, lines[max(0, n - _NOTE_REACH):n]):
            del lines[n:]  # (a note on bounces in general below the cause, ``_a_note_below``)
            break
    diagnostic = " ".join(lines)
    own = None
    if reply:  # keep the server's words: from the reply code on
        at = _reply_at(diagnostic, reply)
        if at > 0:
            # the report's own words about this recipient ("retry timeout exceeded", "host
            # mx.example [192.0.2.1]:") stay as context
            diagnostic, own = diagnostic[at:], diagnostic[:at].strip()
            codes_only = _CODES_CLOSED.match(diagnostic)
            if codes_only and own.endswith("("):
                # the codes in brackets after the words they belong to ("Ihre Nachricht wurde als Spam
                # eingestuft und abgelehnt (554 5.7.1)"): the sentence before them is the reply's words
                sentences = _SENTENCE_END.split(own[:-1].strip())
                sentence = sentences[-1]
                if len(sentences) > 1 and _POINTER.match(sentence):
                    # "... the sending IP is on our blocklist. See http://... for details (554 5.7.1)":
                    # a pointer to read more, the cause is the sentence before it
                    sentence = f"{sentences[-2]} {sentence}"
                diagnostic = f"{codes_only.group(1)} {sentence}{diagnostic[codes_only.end():]}"
        if own and ("<<<" in own or "(reason:" in own) and _SENDMAIL_SUMMARY.match(diagnostic):
            # Sendmail's own conclusion after the remote's refusal in its transcript ("<<< 553 Mail data refused
            # by AISP, rule [169648]." then "554 5.0.0 Service unavailable"), or in its list of failed addresses
            # ("(reason: 550 spam message rejected ...)"): the remote's reply says why
            last = None
            for last in _QUOTED_REPLIES.finditer(own):
                pass
            said = (last.group(1) or last.group(2)).strip() if last else ""
            if said and smtptext.find_reply_code(said):
                diagnostic, own = said, own[:last.start()].strip()
                status = smtptext.find_status(said) or status
                reply = smtptext.find_reply_code(said)
        elif "<<<" in diagnostic and (tail := _SENDMAIL_SUMMARY.search(diagnostic)) is not None \
                and "<<<" in diagnostic[:tail.start()]:
            # (the same conclusion at the end of a reason that runs on into the transcript, "(reason: 550 5.7.1 ... message
            # refused) ... <<< 550 5.7.1 ... 554 5.0.0 Service unavailable": Sendmail's words, not the remote's)
            diagnostic = diagnostic[:tail.start()].rstrip()
        t = _GAVE_UP_TRAILER.search(diagnostic)
        if t:
            # Exim appends its own verdict to the last reply ("451 4.3.0 ...: retry timeout
            # exceeded"): the reporting MTA's words, context like those before the reply
            diagnostic, own = diagnostic[:t.start()], " ".join(x for x in (own, t.group(1)) if x)
    if own and address and "@" in own:
        # the recipient's own address in the words before its reply ("Folgende Empfängeradresse
        # existiert nicht: <address> Grund: 550 ..."): these words are about it (a sentence that
        # names another address is not, ``classifier._report_words``)
        own = _without_address(own, address)
    return Record(
        context=own or None,
        address=address,
        status=status,
        reply_code=reply,
        diagnostic=diagnostic[:2000] or None,
        command=smtptext.find_command(text),
        remote_mta=smtptext.find_remote_host(text),
    )


_DELAY = Lazy(
    r"has not yet been delivered|will (?:continue to )?(?:retry|be retried|try again)|warning message only|"
    r"still (?:trying|being retried)|delivery (?:has been |is )?delayed|delayed mail|\(delay\)|"
    r"no action is required on your part|temporarily (?:deferred|delayed)|deferred delivery|"
    r"attempts will continue|"
    # OpenSMTPD's delay report ("Delays have been detected ... Delivery will keep being retried")
    r"delays? (?:have|has) been detected|will keep being retried|notification: delay\b|"
    # Exim's warning (deliver.c's default warn_message: "Subject: Warning: message <id> delayed <n> hours", and since 4.8x
    # each address's "Delay reason:" line), whatever words an administrator put around them
    r"warning: message (?:\S+ )?delayed \d+ (?:minute|hour|day|week)|\bdelay reason:|"
    # MDaemon's warning ("This is NOT a fatal error.  The message is still in the queue and the server will attempt to deliver
    # it again. Please do not resend.")
    r"will attempt to (?:re)?deliver (?:it |the message |your message )?again|is still in the (?:mail |outgoing )?queue|"
    # (and its older "Temporary Delivery Failure": "The message will remain in the retry queue and further delivery attempts
    # will be made.  This is only a warning"; never "no further delivery attempts will be made", a give-up)
    r"will remain in the (?:retry |mail |outgoing )?queue|(?<!no )further (?:delivery )?attempts will be made|this is only a warning")
# The same said by the reporting system in the languages its notices are written in (Gmail's and
# Exchange's localized delay notices, "Gmail will keep trying for 47 more hours", "delivery is
# delayed"): the system's own future attempts, never the reader told to "try again later".  Tried
# only on a text holding one of ``_DELAY_WORLD_WORDS`` (every alternative holds one; their
# look-behinds leave the engine no quick scan, and the texts are mostly English).
_DELAY_WORLD = Lazy(
    r"versucht es (?:noch|weiter|weiterhin)|(?<!nicht )versuchen es (?:noch|weiter|weiterhin)|wird (?:es )?(?:weiterhin|erneut|noch) versucht|zustellung (?:wurde |ist )?verz(?:ö|oe|o)gert|"
    r"(?:continuera|continuerons) (?:à|a) (?:essayer|tenter)|(?<!ne )(?<!n')(?<!n’)r[ée]essaiera\b(?! pas)|"
    r"(?<!ne )(?<!n')(?<!n’)r[ée]essaierons\b(?! pas)|(?:remise|distribution) (?:est )?(?:diff[ée]r[ée]e|retard[ée]e)|"
    r"(?<!no )(?<!no se )(?<!no lo )seguir[áa] intent[áa]ndolo|(?<!no )(?<!no se )(?<!no lo )(?:volver[áa]|seguiremos) a intentar|"
    r"(?<!no )seguiremos intent[áa]ndolo|entrega (?:se ha )?retrasad[ao]|"
    r"(?<!non )continuer[àa] a (?:provare|tentare)|(?<!non )riprover[àa](?!\w)|consegna (?:[èe] )?ritardata|"
    r"(?<!não )(?<!nao )continuar[áa] (?:tentando|a tentar)|(?<!não )(?<!nao )tentar[áa] (?:novamente|de novo)|entrega (?:foi )?atrasada|"
    r"blijft (?:het )?(?:proberen|opnieuw proberen)|probeert het (?:nog|opnieuw)|bezorging (?:is )?vertraagd|"
    r"(?<!nie )b[ęe]dzie ponawia[ćc]|(?<!nie )ponowi pr[óo]b[ęe]|dor[ęe]czenie (?:jest )?op[óo][źz]nione|"
    r"(?<!не )(?:будет|будем) (?:повторять|пытаться)|(?<!не )повторит попытк|доставка (?:письма |сообщения )?задерживается|"
    r"(?:再試行|再送)します|再試行を続け|配信が遅延|"
    r"(?<!不)(?:将|將|会|會)(?:继续|繼續|在[^。，,不停]{0,20}?)(?:重试|重試|尝试|嘗試)|(?:投递|投遞|传送|傳送)(?:已)?延迟|(?:投递|投遞|传送|傳送)(?:已)?延遲|"
    r"다시 시도합니다|전송이 지연|yeniden denenecek|(?:tekrar|yeniden) deneyecek|teslimat(?:ı)? gecikti")
# More of the same, language by language (a pattern of its own, behind its own words: a text
# holding only the words above, "diff" of an English "different", does not run it)
_DELAY_MORE = Lazy(
    # in the words of the localized delay notices
    # (Exchange's "Delivery has not yet been completed ... the server will keep trying" as
    # learn.microsoft.com localizes it, Gmail's "will keep trying for N more hours", the plain
    # warnings of GMX / Web.de, Orange, Libero, Yandex / Mail.ru, Seznam, WP.pl, Naver, QQ): the
    # system's further attempts, or its delivery delayed (the message "not yet" delivered is
    # ``_NOT_YET``'s, a weaker word); a negation right before ("keine weiteren Zustellversuche",
    # "aucune nouvelle tentative", "не будут") is a verdict of failure, never a delay, and so is
    # a system that says anywhere that it gave up (``_GAVE_UP``)
    # de: "Weitere Zustellversuche erfolgen", "versucht weiterhin", "noch nicht zugestellt"
    r"(?<!keine )weitere zustellversuche (?:erfolgen|werden|folgen)(?! nicht)|versucht (?:es )?weiterhin|"
    # fr: "continuera d'essayer", "n'a pas encore pu être remis", "de nouvelles tentatives seront faites"
    r"(?:continuera|continuerons|continue) (?:d'|d’|de )(?:essayer|tenter|r[ée]essayer)|"
    r"(?<!aucune )(?:nouvelles?|autres?) tentatives? (?:de (?:remise|distribution|livraison) )?(?:seront|sera|auront|aura|vont)|"
    # es: "se seguirá intentando", "se volverá a intentar", "aún no se ha entregado", "reintentará"
    r"(?<!no )se seguir[áa] intentando|(?<!no )reintentar[áa]\b|entrega (?:est[áa] )?(?:retrasad|demorad)|"
    # pt: "ainda não foi entregue", "nova tentativa será feita", "tentará entregar novamente"
    r"(?<!nenhuma )novas? tentativas? (?:de entrega )?(?:ser[áa]|ser[ãa]o)|"
    r"(?<!não )(?<!nao )tentar[áa] (?:entregar|reenviar)|"
    # it: "non è ancora stato recapitato", "verranno effettuati altri tentativi", "riproverà"
    r"(?:altri|ulteriori|nuovi) tentativi (?:di consegna )?(?:verranno|saranno)|"
    r"(?<!non )(?:verranno|saranno) (?:effettuati )?(?:altri|ulteriori|nuovi) tentativi|ritardo nella consegna|"
    # nl: "er wordt opnieuw geprobeerd", "nog niet afgeleverd", "zal het opnieuw proberen"
    r"(?<!niet )opnieuw geprobeerd|(?<!niet )(?:zal|zullen) (?:het )?(?:later )?opnieuw (?:proberen|worden geprobeerd)|"
    r"(?:bericht|levering|aflevering) (?:is )?vertraagd|"
    # ("Wij blijven het nog 4 dagen proberen": we keep trying for four more days)
    r"(?<!niet )blijven (?:het )?(?:nog )?(?:\d+ (?:dagen|uur) )?(?:opnieuw )?proberen|"
    # pl: "nie została jeszcze dostarczona", "spróbuje ponownie", "kolejne próby doręczenia"
    r"(?<!nie )spr[óo]buje ponownie|"
    r"(?:kolejne|dalsze) pr[óo]by (?:dor[ęe]czenia|dostarczenia)|"
    # cs: "zatím nebyla doručena", "bude se znovu pokoušet", "doručení je zpožděno"
    r"(?<!ne)bude (?:se )?(?:d[áa]le? |znovu )?pokou[šs]et|"
    r"(?<!ne)pokus[íi] (?:se )?znovu|doru[čc]en[íi] (?:je )?zpo[žz]d[ěe]n|"
    # ru / uk: "попытки доставки будут продолжаться", "пока не доставлено", "ще не доставлено"
    r"попытки (?:доставки )?(?:будут продолж|продолжатся)|"
    r"(?<!не )(?:будут|будет) (?:продолжены|продолжаться)|задержка (?:доставки|при доставке)|"
    r"спроби (?:доставки )?(?:триватимуть|продовжуватимуться|будуть продовж)|"
    r"доставка (?:листа |повідомлення )?затримується|(?<!не )(?:буде|будемо) (?:повторювати|намагатися)|"
    # sv / da / no: "kommer att försöka igen", "vil blive forsøgt igen", "vil bli forsøkt igjen"
    r"kommer att f[öo]rs[öo]ka (?:igen|leverera)|(?<!inte )f[öo]rs[öo]ker igen|"
    r"leveransen (?:[äa]r )?(?:f[öo]rsenad|f[öo]rdr[öo]jd)|"
    r"vil blive fors[øo]gt igen|vil fors[øo]ge igen|fors[øo]ger igen|vil bli fors[øo]kt igjen|vil fors[øo]ke igjen|"
    r"fors[øo]ker igjen|"
    r"pr[øo]ver igjen|"
    r"(?:levering(?:en)?|afleveringen) (?:er )?forsinket|forsinket levering|"
    # fi: "yritetään uudelleen", "ei ole vielä toimitettu", "toimitus on viivästynyt"
    r"(?<!ei )yritet[äa][äa]n uudelleen|yritt[äa][äa] (?:toimitusta )?uudelleen|"
    r"toimitus (?:on )?viiv[äa]stynyt|viiv[äa]stynyt toimitus|"
    # tr: "henüz teslim edilmedi", "tekrar denenecek"
    r"tekrar denenecek|teslimat(?:ta)? gecikme|"
    # el: "θα γίνει νέα προσπάθεια", "δεν έχει παραδοθεί ακόμα", "η παράδοση καθυστερεί"
    r"(?<!δεν )θα (?:γίνει|γίνουν) (?:νέα|νέες) προσπάθει|(?<!δεν )θα (?:συνεχίσει να |ξανα)?προσπαθ|"
    r"η παράδοση (?:έχει )?καθυστερ|καθυστέρηση (?:της |στην )?παράδοση|"
    # hu: "újra megpróbálja", "még nem lett kézbesítve", "a kézbesítés késik"
    r"(?:[úu]jra|ism[ée]t) megpr[óo]b[áa]lja\b|"
    r"k[ée]zbes[íi]t[ée]s (?:k[ée]sik|k[ée]sl|k[ée]sleltetve)|"
    # ro: "va încerca din nou", "nu a fost încă livrat", "livrarea este întârziată"
    r"(?<!nu )(?<!nu se )va (?:mai )?[îi]ncerca (?:din nou|[îi]nc[ăa])|(?<!nu )(?<!nu se )va re[îi]ncerca|"
    r"livrarea (?:este )?[îi]nt[âa]rziat|"
    # ja: "まだ配信されていません", "再送を試みます", "配送が遅延"
    r"再(?:送|配信|試行)を(?:試み|続け|行い)|(?:配送|送信)(?:が|に)?遅延|"
    # zh: "尚未投递", "仍在尝试", "延迟投递"
    r"仍在(?:尝试|嘗試|重试|重試)|"
    r"(?:延迟|延遲)(?:投递|投遞|发送|發送|送达|送達)|"
    # ko: "아직 전송되지 않았습니다", "재시도할 예정", "배달이 지연"
    r"재시도(?:할 예정|합니다|됩니다|를 계속)|(?:배달|발송|전달)(?:이|가)? 지연|"
    # the delay notice of Exchange as it is localized: "Delivery to these recipients or groups is
    # delayed" (the verb after the list of whom: "Die Zustellung an folgende Empfänger oder
    # Verteilerlisten wurde verzögert", "La remise à ces destinataires ... est retardée"), "the
    # server will keep trying" (further forms of the verb), "not delivered yet" (another word order)
    r"(?:wurde|ist) verz(?:ö|oe|o)gert|verz(?:ö|oe|o)gert sich|(?<!nicht )(?:werden|wird) weiterhin versuchen|"
    r"(?<!ne )(?:versuche|zustellversuche) werden fortgesetzt|"
    r"(?:est|a [ée]t[ée]) (?:retard[ée]e|diff[ée]r[ée]e)|(?<!no )(?<!no se )seguir[áa] intentando|se ha (?:retrasado|demorado)|"
    r"(?:[èe]|e') stat[oa] ritardat|est[áa] atrasad|foi adiad|(?:is|werd) vertraagd|"
    r"(?:jest|zosta[łl][oa]?) op[óo][źz]nion|(?<!nie )b[ęe]dzie ponawia[łl]|задерживается|(?<!не )будет продолжать|"
    r"[äa]r (?:f[öo]rdr[öo]jd|f[öo]rsenad)|forts[äa]tter (?:att )?f[öo]rs[öo]ka|"
    r"er forsinket|forts[æa]tte[r]? med at fors[øo]ge|"
    r"fortsette[r]? (?:å|med å) (?:pr[øo]ve|fors[øo]ke)|on viiv[äa]stynyt|yritt[äa][äa] edelleen|"
    r"teslim(?:at)?(?:ı)? gecik|denemeye devam edecek|"
    # (Turkish "Teslim denemeleri bir süre devam edecektir": the delivery attempts will go on for a while)
    r"(?<!hiçbir )(?:teslim |gönderim |iletim )?denemeleri (?:bir süre |bir müddet |\d+ (?:gün|saat) )?(?:daha )?devam edecek|καθυστερε[ίι]|k[ée]sik\b|tov[áa]bbra is megpr[óo]b[áa]l|"
    r"este [îi]nt[âa]rziat|va continua s[ăa] [îi]ncerce|je zpo[žz]d[ěe]n|"
    r"引き続き[^。]{0,30}?試み|(?:被|已)(?:延迟|延遲)|계속[^.]{0,30}?시도합니다|"
    # ja: "メール配信が遅れています", "配信遅延のお知らせ", "現在も配信を継続しています" (the plain warnings of
    # OCN, Biglobe, Nifty as they word them; our renderings of the same meaning)
    r"配信(?:が|は)?遅れて(?:います|おります)|配信遅延の(?:お知らせ|ご連絡|通知)|(?:配信|送信|再送)を継続し(?:ています|ております|ます)|"
    # ms / id: "Sistem akan terus mencuba untuk menghantar mesej ini" (the system will keep trying to send this message), vi:
    # "hệ thống sẽ tiếp tục thử gửi lại" (will keep trying to send again), th: "ระบบจะพยายามส่งอีกครั้ง" (will try to send again)
    r"(?<!tidak )akan terus (?:mencuba|mencoba)|sẽ tiếp tục (?:thử|cố gắng)|จะพยายามส่ง(?:ใหม่|อีกครั้ง)")
_DELAY_WORLD_WORDS = ("versucht", "versuchen es", "verzög", "verzoeg", "verzog", "essayer", "tenter", "essaiera", "essaierons",
                      "différée", "differee", "différee", "differée", "retard",
                      "intentándolo", "intentandolo", "intentar", "retrasad", "provare", "tentare", "riprover", "ritardat", "tentando", "tentar",
                      "atrasad", "proberen", "probeert", "vertraagd", "ponawia", "ponowi", "opóźn", "opozn", "opózn", "opoźn", "повтор",
                      "пытать", "задерж", "再試行", "再送", "遅延", "重试", "重試", "尝试", "嘗試", "延迟", "延遲",
                      "시도합니다", "지연", "denenecek", "deneyecek", "gecikti")
# every alternative of ``_DELAY_MORE`` holds one of these
_DELAY_MORE_WORDS = ("retrasad", "tentará", "tentara", "opózn", "opoźn", "지연",
                      "zustellversuche", "weiterhin", "noch nicht", "continuer", "continue d", "continue de ", "encore",
                      "tentative", "seguir",
                      "reintentar", "no se ha", "entregad", "demorad", "tentativa", "forsenad", "ainda n", "reenviar", "ancora stat", "tentativi",
                      "ritardo", "geprobeerd", "opnieuw", "nog niet", "blijven", "jeszcze", "spróbuje", "sprobuje", "próby",
                      "proby", "zatím", "zatim", "pokou", "pokus", "zpožd", "zpozd", "попытки", "не доставлен",
                      "продолж", "задержка", "спроби", "затриму", "повторювати", "намагатися", "försök", "forsok",
                      "forsög", "ännu", "annu", "försen", "fördröj", "fordröj", "fördroj", "forsök", "försok", "forsøg", "forsog", "forsøk", "prøver", "prover",
                      "endnu", "ennå", "enna", "forsinket", "yritet", "yrittä", "yritta", "vielä", "viela", "viiv",
                      "henüz", "henuz", "tekrar", "gecikme", "denemeleri", "προσπ", "παραδοθεί", "καθυστερ", "καθυστέρ",
                      "megpr", "még nem", "meg nem", "késik", "kesik", "késl", "kesl", "ncerca", "încă", "inca",
                      "întârz", "intarz", "まだ", "再送", "再配信", "再試行", "遅延", "尚未", "仍在", "延迟", "延遲",
                      "아직", "재시도",
                      # the localized Exchange delay notice
                      "verzög", "verzoeg", "verzog", "weiterhin", "fortgesetzt", "retardée", "retardee", "différée", "differee", "différee", "differée", "seguir", "retrasado",
                      "demorado", "ritardat", "atrasad", "adiad", "vertraagd", "opóźn", "opozn", "ponawia", "задерживается",
                      "будет продолжать", "fördröjd", "fordrojd", "försenad", "forsenad", "ännu", "annu", "fortsätter",
                      "fortsatter", "forsinket", "endnu", "fortsætte", "fortsatte", "ennå", "enna", "fortsette", "viiv",
                      "edelleen", "gecik", "devam edecek", "καθυστερ", "késik", "kesik", "megpr", "ntârziat", "ntarziat",
                      "încă", "inca", "continua s", "zpožd", "zpozd", "引き続き", "延迟", "延遲", "계속",
                      "遅れて", "を継続", "akan terus", "sẽ tiếp tục", "จะพยายามส่ง")

# The message "not yet" delivered, in the words of the localized delay notices: a weaker word than
# the system's further attempts above, for a final notice says the same ("konnte auch nach 5 Tagen
# noch nicht zugestellt werden", "n'a pas encore pu être remis après 5 jours"): a delay only when
# the text says no refusal and no missing mailbox beside it (``_final_words``).  Lower-cased text,
# tried behind ``_NOT_YET_WORDS``.
_NOT_YET = Lazy(
    r"noch nicht (?:zugestellt|übermittelt|ausgeliefert)|"
    r"pas encore (?:pu )?(?:été |être |etre )?(?:remis|distribu|livr|d[ée]livr)|"
    r"(?:a[úu]n|todav[íi]a) no (?:se )?(?:ha )?(?:sido )?entregad|(?:a[úu]n|todav[íi]a) no se ha podido entregar|"
    r"ainda n[ãa]o (?:foi )?(?:p[ôo]de ser )?entregue|ancora stat[oa] (?:recapitat|consegnat)|"
    r"nog niet (?:(?:kunnen )?worden )?(?:afgeleverd|bezorgd)|jeszcze (?:nie )?(?:zosta[łl][aoy]? )?(?:dostarczon|dor[ęe]czon)|"
    r"zat[íi]m (?:ne)?(?:byla|bylo|byl) doru[čc]en|(?:se )?zat[íi]m nepoda[řr]ilo doru[čc]it|"
    r"(?:пока|ещ[её]) не доставлен|ще не доставлен|вс[ея] още не е доставен|"
    r"(?:har )?[äa]nnu inte levererats|inte levererats [äa]nnu|(?:er )?endnu ikke (?:blevet )?(?:leveret|afleveret)|"
    r"ikke (?:blevet )?leveret endnu|(?:er )?enn[åa] ikke (?:blitt )?levert|ikke (?:blitt )?levert enn[åa]|"
    r"ei ole viel[äa] (?:voitu )?toimit|hen[üu]z teslim edil(?:medi|emedi)|"
    r"δεν έχει (?:ακόμ[αη] )?παραδοθεί(?: ακόμ[αη])?|m[ée]g nem (?:lett |siker[üu]lt )?k[ée]zbes[íi]t|"
    r"nu a fost [îi]nc[ăa] (?:livrat|trimis)|[îi]nc[ăa] nu a fost (?:livrat|trimis)|nu a fost livrat [îi]nc[ăa]|"
    r"まだ(?:配信|送信|配送)されていません|尚未(?:投递|投遞|送达|送達|发送|發送|传递|傳遞)|아직 (?:전송|배달|전달|발송)되지 않|"
    # fa, ar, he, id / ms, vi, th, hi, sr / hr, et, lv, lt, kk (the languages of ``_UNDELIVERED_MORE``)
    r"هنوز تحویل (?:داده )?نشده|لم يتم تسليم[^.\n]{0,30}? بعد|טרם נמסר|עדיין לא נמסר|"
    r"belum (?:dapat |berhasil |bisa )?(?:terkirim|dikirim|dihantar|disampaikan)|chưa (?:được |thể )?(?:gửi|chuyển)|"
    r"ยังไม่(?:ได้|สามารถ)?(?:จัด)?ส่ง|अभी तक (?:वितरित|डिलीवर) नहीं|(?:još|још) (?:nije|није) (?:isporu[čc]|испоруч|dostav|достав)|"
    r"(?:pole|ei ole) veel (?:kohale )?toimetatud|v[ēe]l nav pieg[āa]d[āa]t|dar nepristatyt|әлі жеткізілмеді")
_NOT_YET_WORDS = ("noch nicht", "pas encore", "aún no", "aun no", "todavía no", "todavia no", "ainda n", "ancora stat",
                  "nog niet", "jeszcze", "zatím", "zatim", "не доставлен", "още не е", "ännu", "annu", "endnu", "ennå", "enna",
                  "vielä", "viela", "henüz", "henuz", "παραδοθεί", "még nem", "meg nem", "încă", "inca", "incă", "înca", "まだ", "尚未",
                  "아직", "هنوز", "لم يتم تسليم", "טרם נמסר", "עדיין לא נמסר", "belum", "chưa", "ยังไม่", "अभी तक", "još nije",
                  "још није", "veel", "vēl nav", "vel nav", "dar nepristatyt", "әлі")
# A system that says it gave up: no more attempts, the message deleted or returned, in English and
# in the 21 languages of ``_DELAY_MORE`` (past or present forms only: a delay warning's "will
# eventually give up and return the message" / "wird ... zurückgeschickt" is no verdict).  Said
# as the notice's outcome (``_gave_up``: not in a sentence with a later time or a condition, "after
# 5 days no further attempts will be made"), the notice is a failure whatever "not yet delivered" or
# "further attempts" words it also holds ("weitere Zustellversuche werden nicht erfolgen", "Il a été
# supprimé, aucune nouvelle tentative ne sera faite").  Lower-cased text, behind ``_GAVE_UP_WORDS``
# (each match holds one of them).
_GAVE_UP = Lazy(
    # en
    r"no (?:further|more) (?:delivery |retry )?attempts|(?:will|shall) not (?:be )?(?:retried|retry|try again)|"
    r"won't (?:be )?(?:retried|retry|try again)|not (?:going to )?try again|\b(?:gave|given|giving) up\b|"
    r"message (?:has been|was) (?:deleted|discarded)|"
    # Exim's failure report ("This is a permanent error. The following address(es) failed:", and
    # "retry timeout exceeded" under an address it kept trying): its verdict, whatever temporary
    # words the remote server's quoted answer holds ("temporarily deferred")
    r"this is a permanent error|retry timeout exceeded|"
    # a help desk's own words for it ("we tried for 5 days ... so we have stopped trying")
    r"\b(?:have|has|had) stopped (?:trying|retrying|attempting)\b|"
    # de
    r"keine? weitere[nr]? (?:zustell)?versuch|versuche (?:werden|erfolgen) nicht|"
    r"(?:wird|werden) nicht (?:mehr |erneut |weiter(?:hin)? )*versucht|nicht (?:mehr|erneut) versucht|"
    r"(?:wurde|ist) (?:\w+ ){0,2}?(?:gelöscht|geloescht|verworfen|zurückgeschickt|zurückgesandt|zurückgesendet)|"
    r"(?:zustellung|zustellversuche?) (?:wurde|wurden) aufgegeben|"
    # fr
    r"aucune (?:nouvelle |autre )?tentative|ne (?:sera|seront) plus (?:r[ée])?(?:essay|tent|envoy)|"
    r"n'essaiera (?:plus|pas)|ne r[ée]essaiera (?:pas|plus)|"
    r"(?:a|ont) [ée]t[ée] (?:supprim|d[ée]truit|effac|renvoy[ée]e? (?:[àa]|vers) l'exp|retourn[ée]e? [àa] l'exp|abandonn)|"
    # es
    r"no se (?:volver[áa]|seguir[áa]) (?:a )?intent|no (?:se )?reintentar[áa]|no (?:volveremos|seguiremos) (?:a )?intent|"
    r"no se (?:realizar[áa]n|har[áa]n|efectuar[áa]n) m[áa]s intentos|ning[úu]n (?:otro |nuevo )?intento|"
    r"(?:ha sido|fue|se ha|han sido) (?:eliminad|borrad|descartad|devuelt)|"
    # pt
    r"nenhuma (?:nova |outra )?tentativa|n[ãa]o (?:ser[áa]|ser[ãa]o) (?:feitas? |realizadas? )?(?:novas? |mais )?tentativas?|"
    r"n[ãa]o (?:ser[áa] )?(?:tentar[áa]|tentad[ao]) (?:novamente|de novo)|"
    r"foi (?:exclu[íi]d|eliminad|apagad|descartad|devolvid)|"
    # it
    r"non (?:verranno|saranno) (?:effettuati |fatti )?(?:altri|ulteriori|nuovi) tentativi|nessun (?:altro |ulteriore |nuovo )?tentativo|"
    r"non (?:verr[àa]|sar[àa]) (?:pi[ùu] )?(?:ritentat|riprovat|reinviat)|non (?:riprover|ritenter)[àa]|"
    r"(?:[èe]|e') stat[oa] (?:eliminat|cancellat|scartat|restituit|rispedit|rimandat)|"
    # nl
    r"niet (?:meer )?opnieuw (?:geprobeerd|proberen|verzonden)|geen (?:verdere |nieuwe |andere )?pogingen|"
    r"(?:is|werd|zijn) (?:\w+ )?(?:verwijderd|teruggestuurd|geretourneerd)|(?:heeft|hebben) (?:het )?opgegeven|"
    # pl
    r"nie (?:b[ęe]dzie (?:ponawia|pr[óo]bowa)|spr[óo]buje|ponowi)|[żz]adnych (?:kolejnych |dalszych )?pr[óo]b|"
    r"nie b[ęe]d[ąa] podejmowane|zosta[łl][aoy]? (?:usuni[ęe]t|zwr[óo]con|odes[łl]an)|zrezygnowano|"
    # cs
    r"(?:ji[žz]|u[žz]) (?:se )?nebude|nebude (?:se )?(?:d[áa]le |znovu |ji[žz] )?pokou[šs]et|"
    r"(?:dal[šs][íi] )?pokusy (?:nebudou|se nebudou)|[žz][áa]dn[ée] dal[šs][íi] pokusy|"
    r"(?:byla|bylo|byl|byly) (?:smaz[áa]n|odstran[ěe]n|vr[áa]cen|zahozen)|"
    # ru
    r"не (?:будут|будет) (?:продолж|повтор|предприн)|больше не (?:будет|будут|будем)|прекращен|прекратил|"
    r"(?:было|был|была|были) (?:удален|возвращен|уничтожен)|"
    # uk
    r"не (?:будуть|буде) (?:продовж|повтор|намага)|більше не (?:буде|будуть)|припинен|"
    r"(?:було|був|була|були) (?:видален|повернут|знищен)|"
    # sv
    r"kommer inte att f[öo]rs[öo]ka|inga (?:fler|ytterligare|nya) f[öo]rs[öo]k|f[öo]rs[öo]ker inte igen|"
    r"(?:har|har nu|har blivit) (?:tagits bort|raderats|returnerats|skickats tillbaka)|returnerades|\b(?:ger|gav) upp\b|"
    # da / no
    r"vil ikke (?:blive fors[øo]gt|fors[øo]ge|bli fors[øo]kt|fors[øo]ke)|fors[øo]ges ikke|"
    r"ingen (?:flere|yderligere|ytterligere|nye) fors[øo][gk]|"
    r"(?:er|blev|ble|har blitt) (?:blevet )?(?:slettet|returneret|returnert|sendt retur|sendt i retur|kasseret|forkastet)|"
    r"\bopg(?:av|ivet)\b|\b(?:gir|ga) opp\b|"
    # fi
    r"ei (?:enää |enaa )?yritetä|ei (?:enää |enaa )?yriteta|ei enää yritä|luovuttiin|luovutti|"
    r"(?:on|oli) (?:\w+ )?(?:poistettu|palautettu)|"
    # tr
    r"(?:tekrar|yeniden) denenmeyecek|deneme yap[ıi]lmayacak|silindi\b|iade edildi|geri g[öo]nderildi|vazge[çc]il|"
    # el
    r"δεν θα (?:γίνει|γίνουν|γινει) (?:άλλη|άλλες|νέα|νέες|αλλη|νεα)|δεν θα (?:ξανα)?(?:επιχειρηθεί|προσπαθ)|"
    r"καμ[ίι]α (?:άλλη |νέα )?προσπ[άα]θεια|διαγρ[άα]φηκε|επιστρ[άα]φηκε|"
    # hu
    r"nem (?:pr[óo]b[áa]lja|pr[óo]b[áa]lkozik|pr[óo]b[áa]lkozunk|k[íi]s[ée]rli) (?:meg )?(?:[úu]jra|tov[áa]bb|ism[ée]t)|"
    r"nem (?:lesz|t[öo]rt[ée]nik) (?:t[öo]bb|[úu]jabb|tov[áa]bbi) (?:k[íi]s[ée]rlet|pr[óo]b[áa]lkoz)|"
    r"t[öo]r[öo]lt[üuée]k|t[öo]r[öo]lve|visszak[üu]ld(?:t|[öo]tt)|"
    # ro
    r"nu (?:se )?va (?:mai )?[îi]ncerca|nu (?:vom|se vor) mai (?:[îi]ncerca|face)|nu vor mai fi|"
    r"nicio (?:alt[ăa] |nou[ăa] )?[îi]ncercare|a fost (?:[șşs]ters|returnat|eliminat|trimis [îi]napoi|abandonat)|"
    # ja
    r"(?:再送|再試行|再配信|配信)(?:は|を)?(?:これ以上)?(?:行いません|試みません|しません|行われません)|"
    r"これ以上[^。]{0,15}?(?:行いません|試みません|しません|行われません)|(?:削除|破棄|返送)されました|断念|"
    r"(?:配信|送信|配送)を中止しました|(?:メール|メッセージ)を(?:返却|返送)(?:します|いたします|しました)|"
    r"最終的に[^。]{0,10}?(?:配信|送信)でき(?:ません|なかった)|"
    # zh
    r"不再(?:尝试|嘗試|重试|重試|投递|投遞|发送|發送)|放弃|放棄|已(?:经|經)?(?:被)?(?:删除|刪除|退回|丢弃|丟棄)|"
    # ko
    r"더 이상 (?:재)?시도하지 않|재시도하지 않|(?:삭제|반송|폐기)되었|포기|"
    # ms / id: "sistem tidak akan mencuba lagi" (the system will not try again), "tidak akan dicoba lagi", "Tempoh percubaan
    # penghantaran selama 5 hari telah tamat" (the delivery attempt period of 5 days has ended)
    r"tidak akan (?:terus )?(?:mencuba|mencoba|dic[ou]ba) lagi|tempoh percubaan\b[^.\n]{0,40}?\btelah tamat")
# every alternative of ``_GAVE_UP`` holds one of these
_GAVE_UP_WORDS = (
    "no further", "no more", "not be retried", "not retr", "not try again", "not be retry", "not be try", "not going to try",
    "won't", "gave up", "given up", "giving up", "stopped", "deleted", "discarded", "permanent error", "retry timeout exceeded",
    "kein weitere", "keine weitere", "versuche werden nicht", "versuche erfolgen nicht", "versucht", "gelöscht",
    "geloescht", "verworfen", "zurückge", "aufgegeben",
    "aucune", "ne sera plus", "ne seront plus", "essaiera", "supprim", "truit", "effac", "renvoy", "retourn", "abandonn",
    "no se volver", "no se seguir", "reintentar", "no volveremos", "no seguiremos", "más intentos", "mas intentos",
    "ningún", "ningun", "eliminad", "borrad", "descartad", "devuelt",
    "nenhuma", "tentativa", "tentará", "tentara", "tentad", "exclu", "apagad", "devolvid",
    "tentativi", "nessun", "ritentat", "riprovat", "reinviat", "riprover", "ritenter", "eliminat", "cancellat",
    "scartat", "restituit", "rispedit", "rimandat",
    "opnieuw", "pogingen", "verwijderd", "teruggestuurd", "geretourneerd", "opgegeven",
    "nie będzie", "nie bedzie", "nie spróbuje", "nie sprobuje", "nie ponowi", "żadnych", "zadnych", "podejmowane",
    "usunięt", "usunie", "zwróc", "zwroc", "odesła", "odesla", "zrezygnowano",
    "nebude", "pokusy", "smazán", "smazan", "odstraněn", "odstranen", "vrácen", "vracen", "zahozen",
    "не будут", "не будет", "больше не", "прекра", "удален", "возвращен", "уничтожен",
    "не будуть", "не буде", "більше не", "припин", "видален", "повернут", "знищен",
    "inte att för", "inte att for", "inga fler", "inga ytterligare", "inga nya", "ker inte igen",
    "tagits bort", "raderats", "returnerats", "skickats tillbaka", "returnerades",
    "vil ikke", "forsøges ikke", "forsoges ikke", "ingen flere", "ingen yderligere", "ingen ytterligere", "ingen nye",
    "slettet", "returneret", "returnert", "sendt retur", "sendt i retur", "kasseret", "forkastet", "opgav", "opgivet",
    "gir opp", "ga opp", "ger upp", "gav upp",
    "yritetä", "yriteta", "ei enää yritä", "luovut", "poistettu", "palautettu",
    "denenmeyecek", "lmayacak", "silindi", "iade edildi", "geri gönderildi", "geri gonderildi", "vazgeç", "vazgec",
    "δεν θα", "καμία", "καμια", "διαγρ", "επιστρ",
    "nem pr", "nem kí", "nem ki", "nem lesz", "nem tört", "nem tort", "rölt", "rolt", "rölve", "rolve", "visszaküld",
    "visszakuld",
    "nu se va", "nu va", "nu vom", "nu se vor", "nu vor mai", "nicio", "a fost ",
    "ません", "されました", "断念", "中止しました", "を返却", "を返送", "最終的に", "不再", "放弃", "放棄", "删除", "刪除", "退回", "丢弃", "丟棄", "더 이상", "재시도하지",
    "삭제되었", "반송되었", "폐기되었", "포기", "tidak akan", "tempoh percubaan")
# A refusal or a mailbox that does not exist, said by the report: beside it "not yet delivered" is
# no delay (``_NOT_YET``).  The refusal is ``_refused``'s; the missing mailbox here, lower-cased.
_NO_MAILBOX = Lazy(
    r"does ?n[o']t exist|no such (?:user|mailbox|recipient)|user unknown|unknown (?:user|recipient)|"
    r"existiert nicht|gibt es nicht|(?:postfach|empfänger|adresse|benutzer|mailbox)\w* (?:ist )?unbekannt|"
    r"n'existe pas|(?:destinataire|adresse|utilisateur) inconnu|no existe|(?:usuario|destinatario) desconocido|"
    r"n[ãa]o existe|(?:usu[áa]rio|destinat[áa]rio) desconhecido|non esiste|inesistente|(?:utente|destinatario) sconosciuto|"
    r"bestaat niet|onbekende (?:ontvanger|gebruiker)|nie istnieje|neexistuje|не существует|не існує|"
    r"finns inte|existerar inte|findes ikke|finnes ikke|eksisterer ikke|ei ole olemassa|mevcut de[ğg]il|"
    r"δεν υπ[άα]ρχει|nem l[ée]tezik|nu exist[ăa]|存在しません|不存在|존재하지 않")
_NO_MAILBOX_WORDS = ("exist", "no such", "unknown", "gibt es nicht", "unbekannt", "inconnu", "desconoc", "desconhec",
                     "esiste", "sconosciut", "bestaat niet", "onbekende", "istnieje", "существует", "існує",
                     "finns inte", "findes ikke", "finnes ikke", "eksisterer", "olemassa", "mevcut", "υπάρχει", "υπαρχει", "létezik",
                     "letezik", "nu exist", "存在", "존재")


# A match of ``_GAVE_UP`` in a past or perfect form: the message deleted, returned, discarded, the
# system "gave up" ("has been deleted", "wurde gelöscht", "a été supprimé", "se ha eliminado", "è
# stato eliminato", "is verwijderd", "została usunięta", "было удалено", "har tagits bort", "er
# slettet", "on poistettu", "silindi", "διαγράφηκε", "töröltük", "a fost șters", "削除されました",
# "已删除", "삭제되었"): an outcome, whatever time it names ("tras 5 días y se ha eliminado").  The
# other matches ("no further attempts will be made", "will not be retried", "keine weiteren
# Zustellversuche", "aucune nouvelle tentative ne sera faite", "больше не будут", "これ以上...行いません")
# say what the system does from now on, or will do later: read by ``_gave_up``.  Tried on a match.
_GAVE_UP_DONE = Lazy(
    r"\b(?:gave|given) up|deleted|discarded|permanent error|retry timeout exceeded|gelöscht|geloescht|verworfen|zurückge|aufgegeben|"
    r"supprim|d[ée]truit|effac|renvoy|retourn|abandonn|"
    r"eliminad|borrad|descartad|devuelt|exclu[íi]d|apagad|devolvid|"
    r"eliminat|cancellat|scartat|restituit|rispedit|rimandat|verwijderd|teruggestuurd|geretourneerd|opgegeven|"
    r"usuni[ęe]t|zwr[óo]con|odes[łl]an|zrezygnowano|smaz[áa]n|odstran[ěe]n|vr[áa]cen|zahozen|"
    r"прекращен|прекратил|удален|возвращен|уничтожен|припинен|видален|повернут|знищен|"
    r"tagits bort|raderats|returner|skickats tillbaka|slettet|sendt (?:i )?retur|kasseret|forkastet|opg(?:av|ivet)|"
    r"luovut|poistettu|palautettu|silindi|iade edildi|geri g[öo]nderildi|vazge[çc]il|διαγρ[άα]φηκε|επιστρ[άα]φηκε|"
    r"t[öo]r[öo]lt|visszak[üu]ld|[șşs]ters|returnat|trimis [îi]napoi|abandonat|"
    r"されました|删除|刪除|退回|丢弃|丟棄|되었")
# Words that make a sentence a condition ("if delivery fails", "wenn", "falls", "si", "если", "jeśli",
# "場合"): a give-up said in it is a schedule, never this notice's outcome.  Lower-cased sentence.
_GIVE_UP_IF = Lazy(
    r"\b(?:if|unless|wenn|falls|sofern|sollte|qualora|indien|wanneer|je[śsżz]li|je[zż]eli|gdyby|pokud|jestli(?:že)?|"
    r"если|якщо|hvis|jos|e[ğg]er|εάν|dac[ăa])\b|au cas o[ùu]|en caso de|nel caso|"
    r"(?:^\s*|[,;:]\s*|\b(?:et|y|e|en|und|and|och|og|ja|és|și)\s+)(?:si|s'il|s’il|als|om|ha|αν|"
    r"se (?:la|il|lo|l'|le|gli|i|a|o|as|os|non|não|nao))\b|"
    r"場合|なら|如果|若|경우|(?:하|되|으)면(?=[\s,])")
# Words that put a sentence's give-up later than now: a future time ("after 5 days", "until", "before
# giving up", "nach 5 Tagen", "après 5 jours", "ensuite", "después", "через", "после чего", "5日後",
# "5 gün sonra"): the schedule of a delay warning ("Nach 5 Tagen werden keine weiteren
# Zustellversuche unternommen"), never this notice's outcome.  Lower-cased sentence.
_GIVE_UP_LATER = Lazy(
    r"\bafter (?:\S+ ){0,2}?(?:days?|hours?|minutes?|weeks?)\b|\bafter (?:that|this|which)\b|\bafterwards?\b|"
    r"\bthereafter\b|\buntil\b|\bbefore giving up\b|\bwithin\b|"
    r"\bnach (?:\S+ ){0,2}?(?:tagen|stunden|minuten|wochen|ablauf)\b|\bdanach\b|\banschlie(?:ß|ss)end\b|\bbis\b|"
    r"\binnerhalb\b|\bsp[äa]ter\b|"
    r"\bapr[èe]s (?:\S+ ){0,2}?(?:jours?|heures?|minutes?|semaines?|d[ée]lai|cela|quoi)\b|\bau bout d|\bensuite\b|"
    r"\bpass[ée] ce d[ée]lai|\bjusqu|\bd'ici\b|\bpuis\b|"
    r"\b(?:despu[ée]s|tras|luego|hasta|ap[óo]s|depois|dopo|entro|poi|successivamente|fino a)\b|"
    r"\bna (?:\S+ ){0,2}?(?:dagen|dag|uur|uren|minuten|weken)\b|\bdaarna\b|\bbinnen\b|"
    r"\bpo (?:\S+ ){0,2}?(?:dniach|dniu|dni|godzinach|godzin|dnech|hodin[áa]ch)\b|\bp[óo][źz]niej\b|\bpotem\b|"
    r"\bnast[ęe]pnie\b|\bw ci[ąa]gu\b|\bpot[ée]\b|\bpotom\b|"
    r"через|после|після|по истечении|затем|потім|"
    r"\b(?:efter|etter|d[äa]refter|derefter|deretter)\b|j[äa]lkeen|kuluttua|\bsonra\b|μετά|έπειτα|"
    r"\but[áa]n\b|m[úu]lva|\bezut[áa]n\b|\bdup[ăa]\b|\bapoi\b|"
    r"日後|時間後|その後|以降|後[、,]|天后|天後|小时后|小時後|之后|之後|以后|以後|然后|然後|후에|후,|이후|뒤에")
# The system's own further attempts said in so many words ("will keep trying", "will be retried",
# "wird weiterhin versucht", "continuera d'essayer"; the localized ones are ``_DELAY_WORLD``'s and
# ``_DELAY_MORE``'s): beside them a give-up said for later ("no further attempts will be made") is the
# warning's schedule.  Not "delayed", "not yet delivered": a final notice says those too.
_RETRYING = Lazy(
    r"will (?:keep|continue to|continue) (?:trying|try|retrying|retry)|will (?:continue to )?(?:retry|be retried|try again)|"
    r"still (?:trying|being retried)|attempts will continue|will keep being retried|"
    r"warning (?:message )?only|will be retried|"
    # a relay that paused ("has stopped trying for the moment and will resume delivery at 06:00")
    r"will resume (?:the )?(?:delivery|delivering|trying|retrying|attempts)")
_SENTENCE_END = Lazy(r"[.!?](?=\s)|[。！？]|\n[ \t]*\n")
_CLAUSE_END = Lazy(r"[.!?](?=\s)|[。！？,;:，；]|\n[ \t]*\n")


def _sentence(low: str, start: int, end: int) -> str:
    """The words that qualify ``low[start:end]``: its sentence up to it, and its clause after it
    (at most 300 characters either side; "the message was deleted, contact us if ..." names no
    condition of the deletion)."""
    head = low[max(0, start - 300):start]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    tail = low[end:end + 300]
    m = _CLAUSE_END.search(tail)
    return (head[ends[-1]:] if ends else head) + low[start:end] + (tail[:m.start()] if m else tail)


def _retrying(low: str) -> bool:
    """The (lower-cased) text says in so many words that the system keeps trying (``_RETRYING``)."""
    return (_RETRYING.search(low) is not None
            or _said_near(_DELAY_WORLD, low, _DELAY_WORLD_WORDS)
            or _said_near(_DELAY_MORE, low, _DELAY_MORE_WORDS))


def _near(rx: Lazy, low: str, words: tuple[str, ...], margin: int = 120) -> Iterator[re.Match[str]]:
    """``rx``'s matches in ``low``, searched only around the places where one of its index words
    stands (every match holds one: the tests check the words against the pattern, and none is
    longer than ``margin``); a long alternation tried at every position of a report cost more than
    the rest of its reading."""
    spans = [[max(0, start - margin), end + margin] for start, end in _INDEX.spans(low, words)]
    spans.sort()
    merged: list[list[int]] = []
    for span in spans:
        if merged and span[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span[1])
        else:
            merged.append(span)
    for start, end in merged:
        yield from rx.finditer(low, start, end)


def _said_near(rx: Lazy, low: str, words: tuple[str, ...]) -> bool:
    """``rx`` (each match of which holds one of ``words``) matches ``low``: searched near those words
    only (``_near``).  The localized tables cost ~1 us a character where they are tried: a
    3,000-character report that holds an English "different" must not be read whole."""
    return _holds(low, words) and next(_near(rx, low, words), None) is not None


def _gave_up(low: str, retrying=None) -> bool:
    """The (lower-cased) text says the reporting system gave up: no more attempts, deleted, returned.

    Said as this notice's outcome, never as a schedule: a give-up in a sentence that names a
    condition (``_GIVE_UP_IF``: "if delivery fails, the message will not be retried") is none, nor,
    unless in a past form (``_GAVE_UP_DONE``: "after 5 days it has been deleted" is an outcome), one
    in a sentence that puts it later (``_GIVE_UP_LATER``: "after 5 days no further attempts will be
    made", "will keep trying for 5 days before giving up"), nor one beside the system's further
    attempts said in so many words (``retrying``: a callable, a bool, or None for ``_retrying(low)``).
    """
    if not _holds(low, _GAVE_UP_WORDS):
        return False
    keeps = None
    for m in _near(_GAVE_UP, low, _GAVE_UP_WORDS):
        sentence = _sentence(low, m.start(), m.end())
        if _GIVE_UP_IF.search(sentence):
            continue
        if _GAVE_UP_DONE.search(m.group()):
            return True
        if _GIVE_UP_LATER.search(sentence):
            continue
        if keeps is None:
            keeps = bool(retrying() if callable(retrying) else _retrying(low) if retrying is None else retrying)
        if not keeps:
            return True
    return False


def _final_words(low: str) -> bool:
    """The (lower-cased) text says the message was refused, or that the mailbox does not exist."""
    return (_said_near(_NO_MAILBOX, low, _NO_MAILBOX_WORDS)
            or _refused(low))


# every match of _DELAY holds one of these (tests/test_classify_speed.py checks them against the
# pattern's own required strings): a text without any is not searched (the substring tests first:
# most texts hold none of the words, and the pattern costs several times more)
_DELAY_WORDS = ("will ", "delay", "still ", "been detected", "deferred", "not yet been", "no action", "temporarily",
                "warning message", "warning: message", "will attempt", "still in the", "only a warning")


def _keeps_trying(low: str, local: bool) -> bool:
    """The (lower-cased) text says the system keeps trying (``_DELAY``, ``_RETRYING``: "we will keep
    trying"), or that delivery is delayed (the localized words of ``_DELAY_MORE`` only when
    ``local``)."""
    return (any(map(low.__contains__, _DELAY_WORDS)) and _DELAY.search(low) is not None
            or _RETRYING.search(low) is not None
            or _said_near(_DELAY_WORLD, low, _DELAY_WORLD_WORDS)
            or local and _said_near(_DELAY_MORE, low, _DELAY_MORE_WORDS))


def _not_yet(low: str) -> bool:
    return _said_near(_NOT_YET, low, _NOT_YET_WORDS)


def says_delay(low: str, local: bool = True) -> bool:
    """The (lower-cased) text says the reporting system keeps trying, in English or another language.

    A system that says it gave up (``_gave_up``: as this notice's outcome, not as the schedule of a
    warning) never does, whatever else it says; the message "not yet" delivered (``_NOT_YET``) is a
    delay only when no refusal and no missing mailbox is said beside it.  ``local``: the localized
    words added for the plain notices (``_DELAY_MORE``, ``_NOT_YET``) count."""
    # (the give-up asked last: it only matters to a text that says one of the others, and most say none)
    return (_keeps_trying(low, local) or local and _not_yet(low) and not _final_words(low)) and not _gave_up(low)


# Reports that a delivery succeeded, written as text: Exchange's "Delivered:" and "Relayed:"
# notifications (learn.microsoft.com, DSN / delivery receipts; their localized subject prefixes),
# Gmail's "Delivery Status Notification (Success)" / "(Relay)", Sendmail's return receipt ("The
# following addresses had successful delivery notifications"), Postfix's success template
# (bounce(5), "Successful Mail Delivery Report").  RFC 3464 says the same with Action: delivered
# or relayed; these say it in words.
#: the subject's first word, before a colon, in Exchange's success notices ("Delivered: ...", "Relayed: ...")
SUCCESS_SUBJECT_PREFIXES = ("delivered", "relayed", "zugestellt", "übermittelt", "remis", "distribué", "distribue",
                            "entregado", "entregue", "consegnato", "recapitato", "bezorgd", "afgeleverd", "dostarczono",
                            "levererat", "leveret", "levert", "toimitettu", "doručeno", "doruceno", "kézbesítve", "kezbesitve",
                            # (Hebrew, Russian / Ukrainian, Romanian, Croatian, Slovak, Turkish, Greek)
                            "נמסר", "доставлено", "livrat", "isporučeno", "isporuceno", "doručené", "dorucene", "teslim edildi",
                            "παραδόθηκε",
                            # (Catalan, Icelandic, Afrikaans)
                            "lliurat", "afhent", "afgelewer")
#: words anywhere in the subject of a success report (Gmail, Postfix, Sendmail)
SUCCESS_SUBJECT_WORDS = ("delivery status notification (success)", "delivery status notification (relay)",
                         "successful mail delivery report", "return receipt", "delivery receipt",
                         "delivery confirmation", "successful delivery",
                         # (Japanese "配信完了のお知らせ" (delivery completed), Chinese "投递成功" (delivered successfully))
                         "配信完了", "投递成功", "投遞成功")


def _success_subject(subj: str) -> bool:
    low = subj.lower().strip()
    head, colon, _ = low.partition(":")
    return bool(colon) and head.strip() in SUCCESS_SUBJECT_PREFIXES or any(map(low.__contains__, SUCCESS_SUBJECT_WORDS))


_SUCCESS_BODY = Lazy(
    r"(?:has|have) been (?:successfully )?(?:delivered|relayed) to the following|"
    r"delivery to (?:these|the following) recipients(?: or groups)? (?:is|was) complete|"
    r"successfully (?:relayed|delivered) to the (?:following|destination)|had successful delivery notifications|"
    # ("Your message was successfully delivered to these recipients:")
    r"successfully (?:relayed|delivered) to (?:these|all) recipients|"
    # (a gateway's notice in one sentence, "Your message "Concert tickets" to x@ was delivered.": the sentence ends there)
    r"\byour message\b[^.\n]{0,200}? to <?[^\s@<>]+@[^\s<>]+?>? (?:was|has been) (?:successfully )?delivered\.(?:\s|$)|"
    r"was successfully delivered to the destination|"
    # a message held, then released ("An administrator has released it and it has been delivered to the recipient's
    # mailbox", "was released from quarantine and delivered to the recipient")
    # (the notice's lines wrapped anywhere: "has been released by an administrator and\ndelivered to the recipient's mailbox")
    r"\breleased\b(?:[^.]|\.(?=\w)){0,60}?\b(?:has\s+(?:now\s+)?been|was|and(?:\s+has\s+(?:now\s+)?been)?)\s+(?:successfully\s+)?delivered"
    r"(?:\s+to\s+(?:the|their|his|her)\b|\s+to\s+<?[^\s@<>]+@|\s*[.!]|\s*$)|"
    # (Chinese "管理员已审核并释放该邮件，邮件已成功投递给收件人", Japanese "解放され、受信者に配信されました", Turkish "Yönetici iletiyi
    # serbest bıraktı ve ileti alıcıya teslim edildi": released, then delivered)
    r"(?:释放|釋放)[^\n。]{0,30}?(?:投递|投遞|送达|送達)|解放され[^。]{0,60}?配信され|"
    # (German "wurde aus der Quarantäne freigegeben und am <date> an x@ zugestellt")
    r"\bfreigegeben\s+und\s+(?:[^.]|\.(?=\w)){0,80}?\bzugestellt\b|"
    r"\bserbest\s+b(?:ı|i)rak(?:t(?:ı|i)|(?:ı|i)ld(?:ı|i))\b[^.]{0,60}?\bteslim\s+edildi\b|"
    # (or in the next sentence: "... has now been released by an administrator. It has been delivered to the recipient.")
    r"\breleased\b(?:[^.]|\.(?=\w)){0,60}\.\s+(?:it|the\s+message|the\s+e-?mail)\s+(?:has\s+(?:now\s+)?been|was)\s+"
    r"(?:successfully\s+)?delivered\s+to\s+(?:the\b|<?[^\s@<>]+@)|"
    # (Korean "관리자 승인 대기 중이던 메일이 승인 완료되어 수신자에게 전달되었습니다" (approved, then passed on to the recipient);
    # Japanese "保留されていたメールは承認され、送信が許可されました" (approved, its sending permitted))
    r"승인\s?완료되어(?:[^.\n]|\n(?!\n)){0,40}?전달되었습니다|(?:承認され|確認の結果)[^。\n]{0,20}?(?:送信|配信)が許可されました|"
    # (French, the same in two sentences: "... examiné par un administrateur puis libéré. Il a été remis dans la boîte aux
    # lettres du destinataire")
    r"\blib(?:é|e)r(?:é|e)e?\.\s+(?:il|elle|le\s+message|le\s+courriel)\s+a\s+(?:(?:é|e)t(?:é|e)\s+)?(?:remis|distribu(?:é|e))e?\b|"
    # ("L'administrateur l'a sorti de quarantaine ce matin ; il a bien été distribué dans la boîte de x@")
    r"\bsorti\s+de\s+(?:la\s+)?quarantaine\b(?:[^.]|\.(?=\w)){0,60}?(?:;|,|\bet)\s*(?:il|elle)\s+a\s+(?:bien\s+)?"
    r"(?:(?:é|e)t(?:é|e)\s+)?(?:remis|distribu(?:é|e)|livr(?:é|e))e?\b|"
    # (German: "Der Empfänger hat die Nachricht freigegeben; sie wurde zugestellt")
    r"\bfreigegeben\b[^.]{0,60}?(?:\bund|;|,)\s*(?:(?:sie|die nachricht|die e-?mail)?\s*(?:wurde|ist)\s+)?(?:(?:an )?(?:den|dem) "
    r"empf(?:ä|ae)nger\s+)?(?:inzwischen\s+|nun\s+|jetzt\s+|soeben\s+|gerade\s+|anschlie(?:ß|ss)end\s+|danach\s+|dann\s+)?zugestellt\b|"
    # (German "Der Rest der Nachricht wurde dem Empfänger zugestellt" (an attachment taken off); Spanish "ha sido liberado por el
    # administrador y ya ha sido entregado", French "libéré ... et remis", Italian "rilasciato ... e consegnato", Portuguese
    # "liberada ... e entregue")
    r"\bfreigegeben\.\s+(?:sie|die\s+nachricht|die\s+e-?mail)\s+(?:wurde|ist)\s+(?:(?:an\s+)?(?:den|dem)\s+empf(?:ä|ae)nger\s+)?"
    r"(?:inzwischen\s+|nun\s+)?zugestellt\b|"
    r"\bapproved\b(?:[^.]|\.(?=\w)){0,80}?\band\s+placed\s+in\s+(?:their|the\s+recipient's|his|her)\s+inbox\b|"
    # (German "Ein Administrator hat die Freigabe genehmigt; die Nachricht wurde inzwischen in das Postfach des Empfängers
    # zugestellt")
    r"\bfreigabe\s+(?:genehmigt|erteilt)\b[^.]{0,60}?(?:;|,|\bund)\s*(?:die\s+nachricht\s+|sie\s+)?(?:wurde|ist)\s+"
    r"(?:inzwischen\s+|nun\s+|jetzt\s+)?(?:[^.]{0,50}?\s)?zugestellt\b|"
    r"\bder\s+rest\s+der\s+(?:nachricht|e-?mail)\s+wurde\s+(?:dem\s+empf(?:ä|ae)nger\s+|an\s+den\s+empf(?:ä|ae)nger\s+)?zugestellt\b|"
    r"\bliberad[oa]\b[^.]{0,60}?\by\s+(?:ya\s+)?(?:ha\s+sido\s+|fue\s+|se\s+ha\s+)?entregad[oa]\b|"
    # (Spanish "fue liberado de la cuarentena por el administrador y se entregó correctamente en el buzón del destinatario")
    r"\bliberad[oa]\b[^.]{0,80}?\by\s+(?:ya\s+)?se\s+(?:ha\s+)?entreg(?:ó|o|ado)\b|"
    # (Spanish "lo ha liberado de la cuarentena. El mensaje se entregó correctamente al buzón de x@"; Italian "L'amministratore
    # lo ha sbloccato e il messaggio è stato recapitato nella casella")
    r"\bliberad[oa]\s+de\s+la\s+cuarentena\.\s+el\s+mensaje\s+(?:se\s+entreg(?:ó|o)|ha\s+sido\s+entregado|fue\s+entregado)\b|"
    r"\bsbloccat[oa]\b[^.]{0,40}?\be\s+(?:il\s+messaggio\s+)?(?:(?:è|e)\s+stat[oa]\s+)?(?:recapitat|consegnat)[oa]\b|"
    r"\blib(?:é|e)r(?:é|e)e?\b[^.]{0,60}?\bet\s+(?:(?:il|elle)\s+)?(?:a\s+(?:maintenant\s+|d(?:é|e)sormais\s+)?(?:é|e)t(?:é|e)\s+)?"
    r"(?:remis|distribu(?:é|e))e?\b|"
    # (or after a colon: "L'amministratore lo ha esaminato e rilasciato: il messaggio è stato recapitato nella casella")
    r"\brilasciat[oa]\b[^.]{0,60}?(?:\bed?\s+|[:;]\s+(?:il\s+messaggio\s+)?)(?:(?:è|e)\s+stat[oa]\s+)?(?:consegnat|recapitat)[oa]\b|\bliberad[oa]\b[^.]{0,60}?\be\s+(?:j(?:á|a)\s+)?(?:foi\s+)?entregue\b|"
    # (delivered by another way than plain SMTP: "was delivered to the recipient through the encrypted mail portal")
    r"\b(?:was|has\s+been)\s+delivered\s+to\s+the\s+recipient\b(?!'s\s+(?:server|mail\s+server|system))(?!\s+(?:server|mail\s+server|system))|"
    # (Dutch: "De beheerder heeft het bericht vrijgegeven; het is inmiddels afgeleverd bij de ontvanger")
    # (not the conditional "Als het bericht wordt vrijgegeven, wordt het alsnog afgeleverd": if released, it will be delivered)
    r"(?<!wordt )(?<!worden )\bvrijgegeven\b[^.]{0,60}?(?:\ben|;|,)\s*(?:(?:het|het bericht)?\s*(?:is|werd)\s+)?(?:inmiddels\s+|nu\s+)?(?:[^.]{0,50}?\s)?"
    r"(?:afgeleverd|bezorgd)\b|"
    # (Norwegian "frigitt fra karantene og levert til mottakerens innboks", Danish "frigivet fra karantænen og afleveret til
    # modtagerens postkasse"; English "released by the recipient's administrator, and delivery to the recipient has completed")
    r"\bfrigi(?:tt|vet)\b[^.]{0,60}?\bog\s+(?:er\s+)?(?:levert|leveret|afleveret)\b|"
    r"\breleased\b[^.]{0,80}?\bdelivery\s+to\s+the\s+recipient\s+has\s+(?:been\s+)?(?:completed|succeeded)\b|"
    # (Swedish: "släppts från karantänen och levererats till mottagaren")
    r"\bsl(?:ä|a)ppts\b[^.]{0,60}?\boch\s+(?:har\s+)?levererats\b|\bsl(?:ä|a)ppt\s+det\.\s+det\s+har\s+levererats\b|"
    r"\bsl(?:ä|a)ppts?\.\s+det\s+har\s+(?:nu\s+)?levererats\b|"
    # (approved by an administrator, then in the mailbox: "was approved by an administrator and has now reached the recipient's
    # inbox"; a list's moderator: "approved and delivered to the list")
    r"\b(?:released|approved)\b(?:[^.]|\.(?=\w)){0,60}?\band\s+(?:it\s+)?(?:has\s+)?(?:now\s+)?(?:been\s+)?(?:reached|arrived\s+in|"
    r"passed\s+on\s+to|forwarded\s+to|delivered\s+to)\s+the\s+recipient|"
    # (an infected attachment taken off, the rest passed on: "The infected attachment was removed. The rest of the message
    # was delivered to the recipient")
    r"\bthe\s+rest\s+of\s+the\s+(?:message|e-?mail)\s+(?:was|has\s+been)\s+delivered\b|"
    # (a release summary's own fields: "Released by: recipient ... Result: Delivered to mailbox")
    r"(?:^|\n)[ \t]*(?:result|status|outcome|action)[ \t]*:[ \t]*(?:released and )?delivered(?: to (?:the )?(?:mail ?box|inbox|recipient))?"
    r"[ \t]*(?=\n|$)|"
    # (... in the summary's language: "Resultado: Entregado en el buzón", "Ergebnis: Zugestellt", "Résultat : Remis")
    r"(?:^|\n)[ \t]*(?:resultado|ergebnis|r(?:é|e)sultat|risultato|resultaat|status|estado|statut|stato)[ \t]*:[ \t]*"
    r"(?:" + _DELIVERED_WORDS + r")\b"
    # (never delivered into a quarantine: "Status: Zugestellt an Quarantäne", "Estado: Entregado en cuarentena" are holds)
    r"(?![^\n]{0,30}(?:quarant|cuarentena|quarentena|kwarantann|karant))[^\n]{0,40}(?=\n|$)|"
    # (the release approved, then the message in the inbox: "approved its release; it has since been placed in the recipient's
    # inbox")
    r"\b(?:released|approved)\b(?:[^.]|\.(?=\w)){0,60}?(?:;|,|\band)\s*it\s+has\s+(?:since|now)\s+been\s+(?:placed|delivered)\s+"
    r"in(?:to)?\s+the\s+recipient['’]s\s+(?:inbox|mailbox)\b|"
    # (Polish "Administrator zwolnił ją z kwarantanny ... Wiadomość została już dostarczona do adresata", Czech "Správce ji po
    # kontrole uvolnil a zpráva byla doručena příjemci": released, then delivered)
    r"\bzwolni(?:ł|l|ła|la|ona|ono)\b(?:[^.]|\.(?=\w)){0,80}?(?:\.\s+|\s+i\s+)(?:wiadomo(?:ść|sc)\s+)?zosta(?:ł|l)a\s+(?:ju(?:ż|z)\s+)?"
    r"(?:dostarczona|dor(?:ę|e)czona)\b|"
    # ("Wiadomość została zwolniona z kwarantanny i dostarczona do adresata": released and delivered, one verb)
    r"\bzwolnion[ao]\b(?:[^.]|\.(?=\w)){0,60}?\s+i\s+(?:zosta(?:ł|l)a\s+)?(?:dostarczon[ao]|dor(?:ę|e)czon[ao])\b|"
    r"\buvoln(?:il|ila|ěna|ena)\b(?:[^.]|\.(?=\w)){0,60}?(?:\.\s+|\s+a\s+)(?:zpr(?:á|a)va\s+)?(?:byla|je)\s+(?:ji(?:ž|z)\s+)?doru(?:č|c)ena\b|"
    # (Slovak "Správca uvoľnil vašu správu z karantény. Správa bola doručená príjemcovi", Ukrainian "Адміністратор випустив ваше
    # повідомлення з карантину. Повідомлення доставлено одержувачу", Russian "выпустил ... из карантина ... доставлено",
    # Romanian "a eliberat mesajul din carantină, iar acesta a fost livrat", Croatian "pustio je poruku iz karantene i poruka je
    # isporučena", Hebrew "ההודעה שוחררה מההסגר ונמסרה": released, then delivered)
    r"\buvo(?:ľ|l)n(?:il|ila|en(?:á|a))\b(?:[^.]|\.(?=\w)){0,60}?(?:\.\s+|\s+a\s+)(?:spr(?:á|a)va\s+)?(?:bola|je)\s+(?:u(?:ž|z)\s+)?doru(?:č|c)en(?:á|a)\b|"
    r"(?:випусти|выпусти)(?:в|ла|л|ло)\b(?:[^.]|\.(?=\w)){0,60}?(?:\.\s+|\s+(?:і|и|та)\s+)(?:(?:повідомлення|сообщение|лист|письмо)\s+)?"
    r"(?:(?:було|было|уже|вже)\s+)?доставлен[оа]\b|"
    r"\beliberat\b(?:[^.]|\.(?=\w)){0,60}?(?:\.\s+|,?\s+(?:iar|și|si)\s+)(?:(?:acesta|mesajul)\s+)?(?:a\s+fost\s+)livrat\b|"
    r"\b(?:pustio|oslobodio|otpustio)\b(?:[^.]|\.(?=\w)){0,60}?(?:\.\s+|\s+i\s+)(?:poruka\s+)?(?:je\s+)?isporu(?:č|c)en[ao]\b|"
    r"שוחרר[הו]?[^.]{0,60}?ו?נמסר[הו]?|"
    # (Hebrew "מנהל המערכת בדק את ההודעה ושחרר אותה. ההודעה נמסרה לתיבת הדואר של הנמען" (released it; the message was delivered),
    # Portuguese "revisou e liberou a mensagem, que foi entregue na caixa de entrada", Indonesian "Administrator telah meninjau
    # dan melepaskan pesan tersebut. Pesan telah berhasil dikirim ke kotak masuk penerima")
    # (Chinese "管理员已审核并放行该邮件，邮件现已成功投递到收件人邮箱" (let it through, then delivered), Arabic "قام مسؤول النظام
    # بالإفراج عنها، وتم تسليمها" (released it, and it was delivered))
    # (done, "已...放行", never the hold's promise "审核通过后将被放行投递": will be let through once approved)
    r"已[^\n。]{0,10}放行[^\n。]{0,30}?(?:投递|投遞|送达|送達)|"
    # (Japanese "管理者の確認により保留が解除され、... へ配送されました" (the hold lifted, then delivered))
    # (Korean "격리되었으나, 관리자 검토 후 격리가 해제되었습니다 ... 수신자 메일함으로 정상 전달 완료" (the quarantine lifted, then
    # delivered to the recipient's mailbox); Vietnamese "Quản trị viên đã xem xét và giải phóng thư. Thư đã được chuyển vào hộp
    # thư của người nhận" (released the letter; it was moved into the recipient's mailbox))
    r"격리(?:가|를)? 해제(?:되었|됐|하였|했)[^。]{0,120}?전달(?: 완료|되었습니다|됐습니다)|"
    r"gi(?:ả|a)i ph(?:ó|o)ng(?: th(?:ư|u))?\b[^\n]{0,60}?(?:đ|d)(?:ã|a) (?:đ|d)(?:ư|u)(?:ợ|o)c (?:chuy(?:ể|e)n|g(?:ử|u)i) "
    r"(?:v(?:à|a)o|t(?:ớ|o)i|(?:đ|d)(?:ế|e)n) h(?:ộ|o)p th(?:ư|u)|"
    r"保留(?:が|を)解除[^。]{0,80}?(?:配送|配信)されました|(?:بالإفراج|أفرج)[^.\n]{0,40}?(?:تسليمها|تسليم الرسالة)|"
    r"שחרר(?:ה)?\s+(?:אותה|אותו)[^\n]{0,10}?(?:\.\s*)?(?:ההודעה\s+)?נמסרה|"
    r"\bliberou\b(?:[^.]|\.(?=\w)){0,60}?\b(?:que\s+)?(?:j(?:á|a)\s+)?foi\s+entregue\b|"
    # (Lithuanian "Administratorius jį peržiūrėjo ir išleido. Laiškas sėkmingai pristatytas", Ukrainian "Адміністратор звільнив
    # його з карантину, і лист доставлено", Icelandic "hefur sleppt því úr sóttkví og það hefur verið afhent")
    r"\bi(?:š|s)leido\b(?:[^.]|\.(?=\w)){0,60}?(?:\.\s+|\s+ir\s+)(?:lai(?:š|s)kas\s+)?(?:s(?:ė|e)kmingai\s+)?pristatytas\b|"
    r"звільни(?:в|ла|ло)\b(?:[^.]|\.(?=\w)){0,60}?(?:\.\s+|,?\s+(?:і|й|та)\s+)(?:(?:лист|повідомлення)\s+)?(?:(?:було|вже)\s+)?"
    r"доставлен[оа]\b|"
    r"\bsleppt\b(?:[^.]|\.(?=\w)){0,60}?\bog\s+(?:það|thad)\s+hefur\s+veri(?:ð|d)\s+afhent\b|"
    r"\b(?:melepaskan|dilepaskan)\b(?:[^.]|\.(?=\w)){0,60}?(?:\.\s+|\s+dan\s+)(?:pesan\s+(?:tersebut\s+|itu\s+)?)?"
    r"(?:(?:telah|sudah)\s+)?(?:berhasil\s+)?(?:dikirim|terkirim|diteruskan)\s+ke\b|"
    # (a timeline's last line: "09:40  Released by an administrator.\n09:41  Delivered to the recipient's mailbox.")
    r"\breleased\b[^\n]{0,60}\n[ \t]*(?:[\d:.]+[ \t]+)?(?:-[ \t]+)?delivered to (?:the )?recipient['’]s (?:mailbox|inbox)\b|"
    # (... or newest first: "10:02  Delivered  mailbox server ...\n10:01  Released  by administrator")
    r"(?:^|\n)[ \t]*[\d:. -]+[ \t]+delivered\b[^\n]*\n[ \t]*[\d:. -]+[ \t]+released\b|"
    # (released, then delivered, in Greek, Hungarian, Serbian, Albanian, Tagalog, Portuguese "libertada")
    r"αποδέσμευσε\b(?:[^\n]|\n(?!\n)){0,200}?παραδόθηκε|\bkiengedte\b(?:[^\n]|\n(?!\n)){0,200}?k(?:é|e)zbes(?:í|i)tett(?:ük|uk|e)\b|"
    r"пустио\b(?:[^\n]|\n(?!\n)){0,200}?испоручен[ао]\b|\bu\s+lirua\b(?:[^\n]|\n(?!\n)){0,120}?\bu\s+dor(?:ë|e)zua\b|"
    r"\binilabas\b(?:[^\n]|\n(?!\n)){0,120}?\bnaihatid\b|\blibertad[oa]\b[^.]{0,60}?\be\s+(?:j(?:á|a)\s+)?(?:foi\s+)?entregue\b|"
    # (Catalan "ha estat alliberat de la quarantena ... i ara s'ha lliurat al destinatari", Galician "foi liberada ... e xa
    # foi entregada")
    r"\balliberat\b[^.]{0,80}?\bi\s+(?:ara\s+|ja\s+)?(?:s['’]ha\s+lliurat|ha\s+estat\s+lliurat)\b|"
    # (Slovenian "Sporočilo je bilo sproščeno iz karantene in dostavljeno prejemniku", "skrbnik ga je sprostil in je bilo
    # dostavljeno")
    r"\bspro(?:š|s)(?:č|c)en[oa]\b[^.]{0,60}?\bin\s+(?:je\s+bil[oa]\s+)?dostavljen[oa]\b|"
    r"\bsprostil[ai]?\b[^.]{0,60}?\bin\s+(?:je\s+)?(?:bil[oa]\s+)?dostavljen[oa]\b|"
    # (Croatian "Vaša poruka ... puštena je iz karantene i isporučena")
    r"\bpu(?:š|s)ten[ao]\s+je\s+iz\s+karantene\s+i\s+(?:je\s+)?isporu(?:č|c)en[ao]\b|"
    r"\bliberad[oa]\b[^.]{0,60}?\be\s+(?:xa\s+)?(?:foi\s+)?entregad[oa]\b", re.I)
# words that say a delivery failed or waits: with any of these, a report is no success report
_NOT_SUCCESS = Lazy(
    r"could ?n[o']t be delivered|can ?not be delivered|was ?n[o']t delivered|not (?:yet )?(?:been )?delivered|"
    r"undeliverable|delivery (?:has )?failed|failed (?:permanently|recipients?)|permanent (?:fatal )?errors?|"
    r"fatal errors?|transient|unable to deliver|did not reach|rejected|user unknown|no such user|"
    r"temporary (?:failure|problem)|delayed|will be retried|retry|could not be sent|\b[45]\d\d[ -][45]\.\d", re.I)


# every success sentence holds one of these (most reports hold none: the pattern is not tried)
_SUCCESS_KEYS = ("delivered to the", "relayed to the", " complete", "successful", "was delivered.", "been delivered.",
                 "zugestellt", "vrijgegeven",
                 "reached the recipient", "arrived in the recipient", "rest of the message", "released", "liberad", "libér",
                 "liber", "rilasciat", "approved", "släppt", "slappt", "frigitt", "frigivet", "zwolni", "uvoln", "freigabe",
                 "uvoľn", "випусти", "выпусти", "eliberat", "pustio", "oslobodio", "otpustio", "שוחרר", "αποδέσμευσ",
                 "kiengedte", "пустио", "u lirua", "inilabas", "libertad", "delivered to mail", "delivered to inbox",
                 "释放", "釋放", "解放され", "serbest b", "alliberat", "sprošč", "sprosc", "sprost", "pušten", "pusten", "afgeleverd", "zugestellt", "entregad", "consegnato",
                 "entregue", "dostarczono", "doručeno", "doruceno", "sorti de", "전달되었습니다", "許可されました", "sbloccat",
                 "שחרר", "lepaskan", "išleido", "isleido", "звільни", "sleppt", "放行", "الإفراج", "أفرج", "保留が解除", "保留を解除",
                 "격리가 해제", "격리를 해제", "giải phóng", "giai phong")

# the plain-word gates of the localized tables, looked for in one pass over a text (``_holds``)
# (and the success words of ``report_kind``, asked of the same lower-cased head of a report as the delay tables)
_INDEX = WordIndex(_REFUSED_WORDS, _DELAY_WORLD_WORDS, _DELAY_MORE_WORDS, _GAVE_UP_WORDS, _NO_MAILBOX_WORDS,
                   _NOT_YET_WORDS, _SUCCESS_KEYS)

# the long case-insensitive alternations searched for in subjects, lines and texts: each is
# compiled behind a look-ahead at the characters its matches start with (``lazyre.Lazy.scan``)
scanned(BOUNCE_SUBJECT, _BOUNCE_WORDS, _REFUSED, _SYSTEM_NAME, _SENTENCE, _CONTACT, _OK_HEADING, _FAIL_HEADING, _OK_ANY,
        _SUCCESS_BODY, _NOT_SUCCESS, _LABELLED_CODE, _INVITE,
        # (case-sensitive, on lower-cased text, but its alternatives start with look-behinds)
        _DELAY_WORLD, _DELAY_MORE, _NOT_YET, _GAVE_UP, _NO_MAILBOX,
        # (a sender's display name tried against every product's name; a notice's first lines against every finding word)
        _SECURITY_PRODUCT, _FOUND_OR_HELD)


def report_kind(msg: ParsedMessage, text: str) -> str:
    head = text[:3000]
    low = head.lower()
    subj = subject(msg)
    if (_success_subject(subj) or _holds(low, _SUCCESS_KEYS) and _SUCCESS_BODY.search(head)) \
            and not _NOT_SUCCESS.search(head) and not _NOT_SUCCESS.search(subj):
        return DELIVERED
    # a system that says in its report that it gave up (as this notice's outcome: not a warning's
    # "after 5 days no further attempts will be made", ``_gave_up``) is a failure; then the
    # system's further attempts (subject or text); then the message "not yet" delivered, when the
    # report says no refusal and no missing mailbox beside it.  The message is a report already
    # (whoever detected it): the localized delay words are read whatever its sender
    # (``local_words`` decides only whether those words make a message a report)
    # (the give-up is asked last: it only turns what would be a delay into a failure, and most
    # reports say nothing of a delay)
    slow = subj.lower()
    delayed = (_keeps_trying(slow, True) or _keeps_trying(low, True)
               or (_not_yet(slow) or _not_yet(low)) and not (_final_words(low) or _final_words(slow)))
    if not delayed or _gave_up(low, lambda: _retrying(low) or _retrying(slow)):
        return FAILED
    if _RETRYING.search(low) is None and _RETRYING.search(slow) is None and not (_not_yet(low) or _not_yet(slow)) \
            and _says_held(low[:3000]):
        # a hold that waits for a person's release, not for the next attempt ("has been held by ... and will not be delivered
        # unless it is released by the recipient or their administrator. No action is required on your part"): no system
        # keeps trying, the message is held (a failure, reason on_hold); one that says it is "not yet delivered" stays a delay
        return FAILED
    return DELAYED


# the header block of a message a person forwards inline, its sender and subject (a mail client's "-----Original Message-----",
# "---------- Forwarded message ---------", Outlook's German "Von: / Gesendet: / An: / Betreff:", French "De : / Objet :", ...)
# (Thunderbird names the sender's field by its role in some languages: "Mittente:", "Remitente:", "Expéditeur :", "Absender:",
# "Afzender:", "Remetente:", "Avsändare:")
_FORWARDED_FROM = Lazy(r"(?im)^[ \t>]*(?:from|von|de|da|van|od|fr(?:å|a)n|fra|l(?:ä|a)hett(?:ä|a)j(?:ä|a)|от|kimden|feladó|差出人|发件人|寄件者|"
                       r"mittente|remitente|exp(?:é|e)diteur|absender|afzender|remetente|avs(?:ä|a)ndare|"
                       # (Indonesian "Dari:", Malay "Daripada:"; Romanian "De la:", Icelandic "Frá:", Lithuanian "Nuo:", Greek "Από:",
                       # Hebrew "מאת:", Korean "보낸 사람:", Vietnamese "Từ:")
                       r"dari|daripada|de la|fr(?:á|a)|nuo|από|מאת|보낸 사람|từ)"
                       r"[ \t]*[:：][ \t]*(.+)$")
_FORWARDED_SUBJECT = Lazy(r"(?im)^[ \t>]*(?:subject|betreff|objet|sujet|asunto|assunto|oggetto|onderwerp|temat|(?:ä|a)mne|emne|aihe|тема|"
                          r"konu|tárgy|件名|主题|主旨|subjek|perihal|tajuk|p(?:ř|r)edm(?:ě|e)t|"
                          # (Catalan "Assumpte:", Romanian "Subiect:", Icelandic "Efni:", Basque "Gaia:", Lithuanian / Croatian
                          # "Tema:", Greek "Θέμα:", Hebrew "נושא:", Arabic "الموضوع:", Korean "제목:", Vietnamese "Chủ đề:")
                          r"assumpte|subiect|efni|gaia|tema|θέμα|נושא|الموضوع|제목|chủ đề)[ \t]*[:：][ \t]*(.+)$")
# ... or the mail client's attribution line above the quoted report, "On 3/15/25 07:03, Mail Delivery Subsystem wrote:" (German
# "Am ... schrieb ...:", French "Le ... a écrit :"), the forward's own subject naming the report
_ATTRIBUTION = Lazy(r"(?im)^[ \t]*(?:(?:on|am|le|el|il|op)\b[^\n]{4,100}?,[ \t]*([^,\n]{2,120}?)|"
                    # (German without a comma: "Am 12.03.2025 um 08:41 schrieb Mail Delivery System:")
                    r"am\b[^\n]{4,40}?\bum\s+\d{1,2}:\d{2}(?::\d{2})?)[ \t]+"
                    r"(?:wrote|schrieb|a (?:é|e)crit|escribi(?:ó|o)|ha scritto|schreef)[ \t]*(?:([^,\n:]{2,120}?)[ \t]*)?:[ \t]*$")


def _forwarded_by_a_person(msg: ParsedMessage, sender: str | None) -> Detection | bool | None:
    """A person (a colleague at a help desk, the sales mailbox's owner) forwarding a mail system's report inline: the
    forwarded header block names a mail system as its sender (MAILER-DAEMON, postmaster, "Microsoft Outlook") and a report's
    subject ("Unzustellbar: ...", "Mail delivery failed: ..."); the report below it is read as the system wrote it (its lines
    unquoted), its recipients those it says a cause or quotes a server's reply for, never an address of the organisation the
    forward came to (a delay of the person's own reply to *us*: False, nothing we sent failed).  None: no such block."""
    body = msg.body[:20000]
    # (under an attribution line only in a forward: a person's reply to a report quotes it the same way, "Re: Mail delivery
    # failed ... Il giorno ..., Mail Delivery System ha scritto:", and answers it, "my mailbox works now")
    if bounce_subject(msg) and not subject(msg).lower().lstrip().startswith(_ANSWER_PREFIXES):
        for m in _ATTRIBUTION.finditer(body, 0, 5000):
            who = m.group(1) or m.group(2) or ""
            if _SYSTEM_NAME.search(who) or _SYSTEM_WORDS.search(who):
                return _forwarded_records(msg, body[m.end():], sender)
    for m in _FORWARDED_FROM.finditer(body, 0, 5000):
        # (Exchange 2007-2016 signed its reports "Microsoft Exchange", its system mailbox's name, which a forward keeps alone)
        if not (_names_a_system(m.group(1)) or "microsoft exchange" in m.group(1).lower()):
            continue
        # (the block's subject after its sender, or before it: Thunderbird's "Subject: / Date: / From: / To:")
        block = (_FORWARDED_SUBJECT.search(body, m.end(), m.end() + 600)
                 or _FORWARDED_SUBJECT.search(body, max(0, m.start() - 300), m.start()))
        if block is None or not BOUNCE_SUBJECT.folded_search(block.group(1)):
            continue
        return _forwarded_records(msg, body[max(m.end(), block.end()):], sender,
                                  own_forward=_REPORTS_A_FORWARD.match(block.group(1)) is not None)
    return None


# a report's subject over a forward's ("Undeliverable: FW: ...", "Unzustellbar: WG: ...", "Non remis : TR : ...", "配信不能: 転送: ..."):
# the message that failed was someone's forward
_REPORTS_A_FORWARD = Lazy(r"[^:\n]{1,60}:\s*(?:fwd?|wg|tr|rv|i|doorst|vs|vl|enc|pd|转发|轉寄|転送)\s*:", re.I)


def _may_forward_a_report(msg: ParsedMessage) -> bool:
    """A person's message whose subject names a report, nothing attached: a forward inline may be one (the cheap tests
    before the text is read for its forwarded header block)."""
    return not msg.attached and not msg.status_blocks and bounce_subject(msg) and not system_account(msg)


def forwards_a_report(msg: ParsedMessage) -> bool:
    """A person's inline forward of a mail system's report (``_forwarded_by_a_person``), its own subject naming the report
    ("WG: Unzustellbar: ...", "転送: 配信不能: ..."): the report it forwards is what it says, not the person's request or
    auto-reply around it ("... please remove the address from your list")."""
    return _may_forward_a_report(msg) and _forwarded_by_a_person(msg, _reader(msg)) is not None


def _reader(msg: ParsedMessage) -> str | None:
    """The report's one reader, its To (lower-cased): the sender of the returned mail, whose address in the text is ours."""
    to = msg.header("To")
    reader = normalize(to) if to and "@" in to and "," not in to else None
    return reader.lower() if reader else None


def _forwarded_records(msg: ParsedMessage, forwarded: str, sender: str | None, own_forward: bool = False) -> Detection | bool:
    """The report a person forwarded, read from the text below its header block or attribution line (its quoting marks
    taken away).  Its recipients are ours to hear of when a colleague forwards it (the person of the organisation the
    forward was sent to), or when the person speaks of an address of the person's own organisation (its IT desk saying a
    colleague left); a stranger's forward of the report on the stranger's own mail to a third party is none of ours.

    ``own_forward``: the report's subject names a forward that failed ("Undeliverable: FW: Trade prices"): the person's own
    forward of our mail to a colleague, not our message; a stranger's, never ours."""
    notice = _QUOTE_MARK.sub("", forwarded)
    ours = organisation(sender) if sender else None
    forwarder = organisation(msg.from_) if "@" in msg.from_ else None
    # (never the forwarder's own address: the report was sent to the person, its "To:" line the person's)
    own = msg.from_.lower()
    # (a colleague: of our organisation, or of our company under another of its domains or on its hosted help desk, "Standard
    # <standard@acme.fr>" or "Support <support@acme.zendesk.com>" forwarding to "bounces@mailer.acme.net")
    colleague = forwarder == ours or bool(ours) and "@" in msg.from_ and brand(msg.from_) == brand(sender or "")
    if own_forward and not colleague:
        return False
    records = [r for r in parse_blocks(notice, sender)
               if r.address and (r.status or r.reply_code or _says_a_cause(r.diagnostic)) and organisation(r.address) != ours
               and r.address.lower() != own
               and (colleague or organisation(r.address) == forwarder)]
    return Detection(report_kind(msg, notice), records, name) if records else False


def _a_platforms_notice(msg: ParsedMessage, text: str, sender: str | None) -> Detection | None:
    """A sending platform's notice to its customer, from its support or notification account, that a message bounced: its
    recipient in a field of its own ("Recipient: x@"), the receiving server's reply quoted below it with its enhanced
    status ("The recipient's mail server responded with: smtp;550 5.1.1 ..."): the reply is the failure.  Or the platform's
    own refusal, nothing sent because the address is on the account's suppression list: ``suppressed``.  Never a reply in a
    conversation, nor an address of the organisation it was sent to."""
    if is_reply(msg):
        return None
    if len(text) < len(msg.body) and _RECIPIENT_FIELD_ADDRESS.folded_search(text, 0, 5000) is None:
        # (its summary of the message, "To: x@ / Subject: ... / SMTP events: 550 5.1.1 ...", cut by ``report_text`` as a pasted
        # original's header: read in the whole text, Mandrill's activity notice)
        text = msg.body[:20000]
    # (the platform's why may stand below its summary of the message, "Message-ID: / Subject: / Event: dropped", which
    # ``report_text`` cut as a pasted original's header: the whole text is read for it)
    whole = msg.body[:20000] if len(text) < len(msg.body) else text
    head = whole[:3000].lower()
    suppressed = any(map(head.__contains__, _SUPPRESSION_WORDS))
    if not suppressed and _SERVER_FAILURE.search(text, 0, 8000) is None:
        return None  # (the cheap tests first: neither the platform's suppression nor a server's reply)
    field = _RECIPIENT_FIELD_ADDRESS.folded_search(text, 0, 5000)
    if suppressed and (not_sent := _NOT_SENT.search(whole, 0, 3000)) is not None:
        # the platform's own refusal, no server asked: "Your message to x@ was not sent. The address is on your account's
        # suppression list (hard bounce on 2025-01-03: "550 5.1.1 ..."). We did not attempt delivery." (the reply it quotes is
        # the earlier bounce's, history)
        named = [a for a in dict.fromkeys(x.lower() for x in find_all(whole[:3000]))
                 if not sender or organisation(a) != organisation(sender)]
        address = normalize(field.group("a")) if field else named[0] if len(named) == 1 else None
        if address and (not sender or organisation(address) != organisation(sender)):
            return Detection(FAILED, [Record(address=address, diagnostic=_line_naming(whole, not_sent.group(0)) or None,
                                             action="failed", reason="suppressed")], name)
    if field is None:
        # (or a report's own heading over its one recipient, the reply below it: Gmail's wording a platform reuses, "Delivery to the
        # following recipient failed permanently: x@ ... Technical details of permanent failure: 554 5.7.1 ...")
        listed = [r for r in parse_blocks(text, sender) if r.status and r.reply_code and r.reply_code[0] in "45"]
        # (or, in an automatic notice (RFC 3834's mark), the server's reply that names it quoted alone on its line: "554 5.7.1
        # <x@>: Relay access denied", Postfix's reject text)
        if len(listed) == 1 and listed[0].address and (
                _lists_failed(text, listed) or msg.auto_submitted.startswith("auto-")
                and _SERVER_FAILURE.match((listed[0].diagnostic or "").lstrip()) is not None
                and f"<{listed[0].address.lower()}>" in (listed[0].diagnostic or "").lower()) \
                and not (sender and organisation(listed[0].address) == organisation(sender)):
            return Detection(report_kind(msg, text), listed, name)
        return None
    if _SERVER_FAILURE.search(text, field.end(), 8000) is None:
        return None
    address = normalize(field.group("a"))
    if not address or sender and organisation(address) == organisation(sender):
        return None
    rec = record_from_block(address, text)
    if not (rec.status and rec.reply_code and rec.reply_code[0] in "45"):
        return None
    return Detection(report_kind(msg, text), [rec], name)


# the platform's words that it sent nothing ("was not sent", "We did not send your message", "No delivery attempt was made",
# "dropped before delivery")
# the platform's own list of addresses it will not send to, by its names ("suppression list", "your Bounces list", "marked as
# inactive": Postmark's inactive recipients, SendGrid's Bounces suppressions; Mailjet's "exclusion list"; Spanish "lista de bajas",
# "lista de supresión")
# (German "als inaktiv markiert", "Sperrliste")
_SUPPRESSION_WORDS = ("suppression list", "bounces list", "bounce list", "marked as inactive", "marked inactive",
                      "inactive recipient", "exclusion list", "lista de bajas", "lista de supresi",
                      "als inaktiv markiert", "inaktive empfänger", "sperrliste")
# (and the platform named as the one that did not, "Mailjet did not send your message "<subject>" to x@", "no longer attempts
# delivery")
_NOT_SENT = Lazy(r"\b(?:was|were) not sent\b|\b(?:we|\w+) did not send (?:your|the|this) (?:message|e-?mail|campaign)\b|"
                 r"\bwe did not send\b|\b(?:we )?did not attempt (?:the )?delivery\b|\bno longer attempts delivery\b|"
                 # ("We didn't deliver your message ... so we skipped it"; Spanish "No hemos enviado tu mensaje ... no intentaremos
                 # entregarle")
                 r"\bwe (?:did not|didn't|didn’t) deliver (?:your|the|this) (?:message|e-?mail)\b|\bso we skipped it\b|"
                 r"\bno hemos enviado (?:tu|su|el) (?:mensaje|correo)\b|\bno intentaremos entregar\w*|"
                 r"\bno delivery attempt was made\b|\bdropped before (?:delivery|sending)\b|\bdelivery\s+was\s+skipped\b|"
                 # (Mailgun's "Not delivering to previously bounced address", an event's "Message dropped", "Status: Not sent")
                 r"\bnot delivering to (?:a )?previously bounced\b|\bmessage dropped\b|\bstatus:\s*not sent\b|"
                 # (German "wurde nicht versendet", "An inaktive Empfänger versuchen wir keine Zustellung")
                 r"\bwurde\s+nicht\s+(?:versendet|versandt|verschickt)\b|\bversuchen\s+wir\s+keine\s+zustellung\b", re.I)


# a parcel's tracking, in the carriers' words (German "Sendungsnummer", "Sendungsverfolgung", French "numéro de suivi", Spanish
# "número de seguimiento", Portuguese "código de rastreio", Dutch "trackingnummer", Polish "numer przesyłki")
_PARCEL = Lazy(r"\b(?:sendungsnummer|sendungsverfolgung|tracking number|track your (?:parcel|package|shipment)|num(?:é|e)ro de suivi|"
               r"n(?:ú|u)mero de seguimiento|c(?:ó|o)digo de rastreio|trackingnummer|numer przesy(?:ł|l)ki)\b|\bsendung \d{6,}", re.I)


# a quoting mark at a line's start ("> "), as a mail client quotes a forwarded text
_QUOTE_MARK = Lazy(r"(?m)^[ \t]*>[ \t]?")


# a server's reply of failure with its enhanced status (RFC 3463), anywhere in a line: "550 5.7.1 Delivery not authorized"
_SERVER_FAILURE = Lazy(r"(?<![\d.])[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b")


def quotes_a_server_failure(text: str) -> bool:
    """The text's first lines quote a server's failure reply with its enhanced status ("550 5.1.1 ...", ``_SERVER_FAILURE``)."""
    return _SERVER_FAILURE.search(text, 0, 5000) is not None


def _returned_to_the_one_named(msg: ParsedMessage, text: str, sender: str | None) -> Record | None:
    """A mail system's notice in words no table holds (Khmer, Somali, Lao ...) that returns our message, its own text naming
    one address: the returned message's one recipient.  A mail system sends our message back to us when it did not deliver
    it; the one recipient its words name is the one it reports on, whatever they say of it (its codes may say more: "(4.4.1)").
    From MAILER-DAEMON or postmaster, the words may name no one at all when a server's code of failure says what happened:
    the returned message's one recipient still is.
    Our message is the one whose sender is of the organisation the notice was sent to.
    A notice that returns nothing is read only from MAILER-DAEMON or postmaster, its words naming one address and quoting a
    server's reply of failure with its enhanced status ("... 550 5.7.1 Delivery not authorized", RFC 3463): the reply is
    the failure, the one address named its recipient."""
    if not sender:
        return None
    from filter.core.pipeline import extract_original  # (the returned message's headers; the pipeline imports this module)
    original = extract_original(msg)
    tos, senders = find_all(original.to or ""), find_all(original.from_ or "")
    if not tos and not senders and not msg.attached and system_account(msg):
        own = (normalize(msg.from_) or "").lower() if "@" in msg.from_ else ""
        named = [a for a in dict.fromkeys(a.lower() for a in find_all(text[:5000])) if a not in (sender, own)]
        if len(named) == 1 and organisation(named[0]) != organisation(sender) and _SERVER_FAILURE.search(text[:5000]):
            rec = record_from_block(named[0], text)
            return rec if rec.reply_code and rec.status and rec.reply_code[0] in "45" else None
        return None
    if len(tos) != 1 or not senders or organisation(senders[0]) != organisation(sender):
        return None
    own = (normalize(msg.from_) or "").lower() if "@" in msg.from_ else ""
    rcpt = tos[0].lower()
    # (a language that joins a prefix to the address with a hyphen names it too: Zulu "oya ku-thandi@...", to thandi@)
    named = {rcpt if a.lower().endswith("-" + rcpt) else a.lower() for a in find_all(text[:5000])} - {sender, own}
    # (or none at all, from MAILER-DAEMON or postmaster, with a server's code of failure: "Ukulethwa kuhlulekile (550 5.1.1)",
    # the returned headers naming whom it was for; without a code the same words may as well say it was delivered, a
    # success notice in a language no table holds, "Teie kiri on edukalt adressaadi postkasti toimetatud")
    if named != {rcpt}:
        if named or not system_account(msg):
            return None
        rec = record_from_block(tos[0], text)
        return rec if rec.reply_code and rec.reply_code[0] in "45" or rec.status and rec.status[0] in "45" else None
    return record_from_block(tos[0], text)


def detect(msg: ParsedMessage) -> Detection | None:
    text = report_text(msg)
    # the report goes to the sender of the returned mail: its address in the text is ours (a
    # sender line in words we do not know), never a failed recipient beside the others
    sender = _reader(msg)
    forwarded = _forwarded_by_a_person(msg, sender) if _may_forward_a_report(msg) else None
    if forwarded:
        # (a colleague's forward of a report on our mail, also from our help desk's ticket, "##- Please type your reply
        # above this line -##": the report it forwards, never the ticket's quote of a customer's own bounce)
        return forwarded
    if _log_summary(text) or _not_about_our_mail(msg, text):
        return None
    if forwarded is not None:
        return None
    if not looks_like_bounce(msg):
        # a mail system's report with no wording we know, but the shape: recipients, one a line
        if not from_system(msg) or _answers_in_a_thread(msg):
            return _a_platforms_notice(msg, text, sender)
        blocks = parse_blocks(text, sender)
        records = [r for r in blocks if r.diagnostic or r.status or r.reply_code]
        if records:
            # (with the recipients its lines say were delivered, beside those that failed)
            records = [r for r in blocks if r.diagnostic or r.status or r.reply_code or r.action == "delivered"]
        returned = not records and _returned_to_the_one_named(msg, text, sender)
        if returned:
            records = [returned]
        if not records:
            # (a sending platform's notification account reads as a system's: its notice names its recipient in a field)
            return _a_platforms_notice(msg, text, sender)
        if not any(r.status or r.reply_code for r in records) and _DELIVERED_ANYWAY.search(text, 0, 5000) is not None:
            # a policy's notice to the sender that names what it found and says the message went out all the same
            # (Microsoft Purview's policy tip "Action taken: Notify sender. The message was delivered.", its incident
            # report "No blocking action was taken; the message was sent."): nothing failed
            return None
        if not returned and not any(r.status or r.reply_code or _says_a_cause(r.diagnostic) for r in records) \
                and report_kind(msg, text) == FAILED and not _gave_up(text.lower()) and not _not_yet(text.lower()):
            # recipients named, and no failure said of them (nor that the system gave up): unless the notice returns our
            # message to the one it names (a recipient's field with the name before the address, "Címzett: Szabó Péter <x@>")
            returned = _returned_to_the_one_named(msg, text, sender)
            if not returned:
                return None
            records = [returned]
    else:
        records = parse_blocks(text, sender)
        if not records and len(text) < len(msg.body) and (_RECIPIENT_LINE.folded_search(msg.body, len(text), 20000)
                                                           or "|" in msg.body[len(text):20000]):
            # the report's own "Sender: / Subject: / Date:" summary was cut as a pasted original's header, its "Recipient: x@
            # ... Result: 550 ..." lines or its table below it: read in the whole text
            records = [r for r in parse_blocks(msg.body[:20000], sender) if r.status or r.reply_code or _says_a_cause(r.diagnostic)]
        if not records and not from_system(msg) and (platform := _a_platforms_notice(msg, text, sender)) is not None:
            # (a help desk's notice in a report's words, "Your reply on ticket #8812 did not reach the customer", whose recipient
            # stands only in the DSN fields it pastes, "Final-Recipient: rfc822; x@ / Status: 5.1.2": a platform's notice; never
            # a mail system's own report, whose text below its rule line is the returned copy)
            return platform
    own = normalize(msg.from_) if "@" in msg.from_ else None
    records = [r for r in records if r.address != own]
    if sender and records and not msg.status_blocks and not from_system(msg) \
            and all(r.address and organisation(r.address) == organisation(sender)
                    and _inside_quotes(text, max(0, text.lower().find(r.address.lower()))) for r in records) \
            and _the_address_we_sent_to(msg, text) is None:
        # a person's mail that quotes, in quotation marks, a failure of an address of ours ("I tried to answer your newsletter
        # and got this: "Delivery to the following recipient failed permanently: noreply@<ours> ...""): our own mailbox
        # refused the person's answer, no recipient we sent to failed (a small relay's template from a personal-looking account,
        # its lines unquoted, stays a report; a notice that names the address our VERP address encodes is read below)
        return None
    if sender and records and all(r.address and organisation(r.address) == organisation(sender) and not (r.status or r.reply_code)
                                  for r in records) and (named := _the_address_we_sent_to(msg, text)) is not None:
        # only our own addresses in its fields (our message's sender under a label no table holds, Belarusian "Адпраўшчык:
        # news@<ours>"), and in its words the address our VERP address encodes: that one is the recipient
        records = [Record(address=named)]
    if sender and len(records) > 1:
        # our own addresses a notice lists beside its recipient (our message's sender, envelope, reply address: "Antwortadresse:
        # service@<ours>"), no server's reply quoted for them and no cause of their own: never a recipient that failed, where
        # one of another organisation is named (a mailbox of ours that failed says why: "account is full")
        ours = organisation(sender)
        theirs = [r for r in records if not r.address or organisation(r.address) != ours or r.status or r.reply_code
                  or _says_a_cause(_line_naming(text, r.address) + " " + (r.diagnostic or ""))]
        if theirs and any(r.address and organisation(r.address) != ours for r in theirs):
            records = theirs
    if sender and records and all(r.address and r.address.lower() == sender and not (r.status or r.reply_code) for r in records) \
            and _FOUND_OR_HELD.folded_search(text, 0, 3000):
        # the only recipient named is the reader, held or quarantined, no server's reply ("Eine Nachricht an bounces@... wurde
        # in Quarantäne gestellt"): a gateway's notice of mail addressed to us, never of mail we sent (a failure of mail a
        # sender sent to itself names the server's reply, qmail's "Remote host said: 552 ...")
        return None
    if records and any(map(text[:5000].lower().__contains__, _UNAFFECTED_KEYS)) and _UNAFFECTED.search(text, 0, 5000) is not None:
        # a line that names the recipients the failure did not touch ("Andere Empfänger (a.schulz@...) waren nicht betroffen",
        # "Other recipients of this message (x@) were not affected"): none of them failed
        records = [r for r in records if not (r.address and _UNAFFECTED.search(_line_naming(text, r.address)))]
    if sender and own and records and not msg.status_blocks and organisation(own) != organisation(sender) and product_notice(msg):
        # a security product's notice names the stopped message's sender, an address of ours, in a field whose label the
        # tables may not know: never its failed recipient, where another is named
        theirs = [r for r in records if not r.address or organisation(r.address) != organisation(sender)]
        if theirs:
            records = theirs
    failed = msg.head("x-failed-recipients")
    if not records and failed:
        records = [record_from_block(a, text) for a in (normalize(x) for x in str(failed).split(",")) if a]
        cause = _RETURNED_MAIL.match(msg.subject) if not _MIME_PREAMBLE.sub("", text).strip() else None
        if cause and not cause.group(1).lower().startswith("see transcript"):
            # a report whose body was lost, only its header left: Sendmail names the cause in its subject
            # ("Returned mail: User unknown", sendmail/savemail.c's "Returned mail: %s")
            for r in records:
                if not _MIME_PREAMBLE.sub("", r.diagnostic or "").strip():
                    r.diagnostic = cause.group(1).strip()
    elif failed:
        records = _as_listed(records, str(failed), text)
    if not (from_system(msg) or failed or msg.report_type == "delivery-status" or product_notice(msg)
            or writes_for_the_address_we_sent_to(msg) or _returns_our_headers(msg)):
        # a person's mail that reads like a report: only an SMTP reply about a named
        # recipient makes it one (an account of the recipient's organisation writing to our VERP address in a report's
        # words is no person's: ``_looks_like_bounce``)
        if not any(r.status or r.reply_code for r in records) and not _lists_failed(text, records) \
                and not (msg.auto_submitted.startswith("auto-") and bounce_subject(msg)
                         and any(r.address and _says_a_cause(r.diagnostic) for r in records)):
            # (a service's automatic notice, marked so (RFC 3834 section 5), under a report's subject, saying why its mail
            # to a named address failed: Yahoo! Groups' "we were unable to deliver your message to x@ because only members
            # of the group can post")
            return None
    if _notice_to_reader(msg, text, records, sender):
        return None
    if not any(r.address for r in records) and not failed and not verp_recipient(msg) and _a_persons_answer(msg) \
            and "daemon" not in _sender(msg)[0]:
        # a person's answer that names no recipient of ours (a postmaster telling us a block was lifted, quoting the reply its
        # server gave while it lasted, "550 5.7.1 Mail from <ip> refused due to local policy"): no report on a message (a
        # MAILER-DAEMON writes no answers: its report under the subject it answers is still one)
        return None
    if records and not msg.attached and _lure_attachment(msg) and (
            _WARNS_OR_LURES.folded_search(text) is not None
            or sender and all(r.address and _untagged(r.address.lower()) == _untagged(sender) for r in records)):
        # (or its only "failed" address is the reader's own: "The following addresses had permanent fatal errors:
        # <bounces@ours>", the undelivered message to be seen in an attached "Undelivered_Message.html.zip")
        return None  # a lure dressed as a report, whatever it names: it asks to open its own attached page (``_LURE_NAME``)
    if not records:
        if not msg.attached and _lure_attachment(msg):
            return None  # a lure dressed as a report (``_LURE_NAME``): no recipient, no original, a file to open
        if not msg.attached and not msg.status_blocks and _PARCEL.search(text, 0, 1500) is not None and not verp_recipient(msg):
            return None  # a carrier's notice of a parcel it could not hand over ("Zustellung fehlgeschlagen - Sendung 0034..."):
            # the same verbs as a report's, no mail and no recipient of ours (never where the VERP address names one: a report
            # of our own shipping notice, its tracking number quoted)
        if sender and _held_for_us(text, sender):
            return None  # a gateway's notice of a message addressed to us, held on its way in: nothing we sent failed
        record = record_from_block_without_address(text)
        product = product_notice(msg)
        field = _RECIPIENT_FIELD_ADDRESS.folded_search(msg.body, 0, 5000) if product else None
        if product and field is None and (named := _named_where_stopped(text, sender)) is not None:
            # the notice names the recipient in the sentence that says the message was stopped ("El mensaje que envió a x@...
            # con asunto ... fue retenido"), in words the report readers do not anchor
            record.address = named
            _with_cause_lines(record, msg)
        elif field is not None:
            # a security product's notice naming the recipient in its summary of the stopped message ("Message: ...\nTo:
            # x@...\nFrom: ..."), which ``report_text`` cut as a pasted original; its cause may follow the summary ("The
            # message violated the content filtering policy ...")
            if not _says_a_cause(record.diagnostic) and not _RETURNED_HEADER.match(msg.body, len(text)):
                # (never where what was cut is our message's own header, its "To:" the field: the words below it are ours)
                record = record_from_block_without_address(msg.body[:3000])
            record.address = normalize(field.group("a"))
            _with_cause_lines(record, msg)
        elif from_system(msg):
            # a mail system's notice that says it in sentences ("das Benutzerkonto m.schulz@... wurde aufgelöst ... Bitte
            # richten Sie Ihr Anliegen an zentrale@..."): the one address named where the words say why it failed
            # (or, of another domain than the system's, the one the sentence that says it was stopped names: Spamina's "El
            # mensaje que envió a x@ ha quedado retenido en la cuarentena del destinatario")
            # (or its recipient in a field of its own, "Recipient: x@", a two-column table's "Recipient<TAB>x@", first: its
            # contacts may be of the system's own domain, "Support<TAB>abuse@<its domain>")
            field = _RECIPIENT_FIELD_ADDRESS.folded_search(text, 0, 5000)
            if field is not None and (not sender or organisation(field.group("a")) != organisation(sender)):
                record.address = normalize(field.group("a"))
            else:
                record.address = _named_where_it_failed(text, own, sender)
            if record.address is None and record.diagnostic is not None and _HOLD_HEADLINE.search(text, 0, 3000):
                record.address = _named_where_stopped(text, sender)
        kind = report_kind(msg, text)
        if kind == DELIVERED and record.address is None and (to := _DELIVERED_TO.search(text, 0, 3000)) is not None:
            # (a release's "... was delivered to x@ at <date>", a gateway's "... to x@ was delivered.": whom it reached)
            record.address = normalize(to.group("a") or to.group("b"))
        return Detection(kind, [record], name)
    if len(records) == 1 and product_notice(msg):
        _with_cause_lines(records[0], msg)
    if len(records) == 1 and records[0].address and not (records[0].status or records[0].reply_code) and not msg.status_blocks:
        _with_headline(records[0], text)
    kind = report_kind(msg, text)
    if kind == DELAYED and any(_permanent_answer(r) for r in records):
        # a report that lists failed recipients beside delayed ones ("could not be delivered to: a (550
        # 5.1.1 ...)", then "Delivery is delayed for: b (451 ...)"): a failure report; each recipient
        # keeps what its own answer says
        kind = FAILED
        for r in records:
            if r.action != "delivered":
                r.action = "failed" if _permanent_answer(r) else "delayed"
    # (asked of the lines only when the text says it at all: its words first, the long pattern has no literal to scan for)
    success_line = _says_success(text) is not None
    for r in records:
        if r.address and not r.action and (r.diagnostic and _SUCCESS_CELL.search(r.diagnostic)
                                           or success_line and _success_line(_line_naming(text, r.address))):
            # a relay's CSV row of a recipient delivered ("karin@...;LEVERERAT;250;2.0.0 OK") beside the failed ones: its row says
            # so (RFC 3464 2.3.3's "delivered" action, in the relay's own table)
            r.action = "delivered"
    if kind == FAILED and all(r.action == "delivered" for r in records):
        kind = DELIVERED  # (every recipient it names was delivered: a delivery report, "wiadomość dostarczona pomyślnie")
    return Detection(kind, records, name)


# ... or the line that names the recipient says it was delivered ("收件人（x@）已成功投递。" beside "收件人（y@）不存在，投递失败。")
# (never after its negation: "暂时未能投递成功" says it was not delivered yet)
_SUCCESS_LINE = Lazy(r"(?<!not )(?<!n't )\b(?:successfully delivered|delivered successfully)\b|"
                     r"已成功(?:投递|投遞|送达|送達|发送|發送|传送|傳送)|"
                     # (Polish "wiadomość dostarczona pomyślnie", Turkish "mesaj başarıyla teslim edildi")
                     r"\bdostarczon[aoy] pomy(?:ś|s)lnie\b|\bpomy(?:ś|s)lnie dostarczon|\bba(?:ş|s)ar(?:ı|i)yla teslim edildi\b|"
                     r"(?<!未能)(?<!未)(?<!没有)(?<!沒有)(?<!无法)(?<!無法)(?<!不能)(?:投递成功|投遞成功)|"
                     # (Japanese "宛先 (x@) への配信に成功しました", "（x@）へは正常に配信されました", Korean "수신자(x@)에게 성공적으로 / 정상적으로
                     # 전달되었습니다")
                     r"配信に成功しました|正常に(?:配信|配送)されま(?:した|す)|正常に(?:配信|配送)されています|(?:성공적으로|정상적으로) (?:전달|발송|배달|전송)되었습니다|"
                     # (Russian "доставлено успешно", French "remis avec succès", Portuguese "entregue com sucesso", Italian "consegnato
                     # con successo")
                     r"\bуспешно доставлен|\bдоставлен[оа]? успешно\b|\b(?:remis|distribu(?:é|e)) avec succ(?:è|e)s\b|"
                     r"\bentregue com sucesso\b|\bconsegnat[oa] con successo\b|"
                     r"\berfolgreich zugestellt\b|\bentregad[oa] (?:correctamente|con (?:é|e)xito)\b|\bconsegnat[oa] correttamente\b|"
                     r"\bsuccesvol afgeleverd\b|"
                     # (a list's expansion on the recipient's line, "<members@...>: Message delivered (mailing list expansion: 212
                     # members)"; MDaemon's "DELIVERY TO 'x@' SUCCEEDED"; French "Le message a bien été remis aux autres
                     # destinataires : x@")
                     r"(?<!not )(?<!n't )\bmessage delivered\b(?! to (?:the )?(?:quarantine|spam|junk))|\bdelivery to \S{1,255} succeeded\b|"
                     r"\ba bien (?:é|e)t(?:é|e) (?:remis|distribu(?:é|e))\b", re.I)
# a word of every alternative of ``_SUCCESS_LINE``, lower-case
_SUCCESS_LINE_WORDS = ("successfully", "投递成功", "投遞成功", "已成功", "pomyśl", "pomysl", "teslim edil", "配信に成功", "正常に配信", "正常に配送", "성공적으로", "정상적으로",
                       "успешно", "avec succ", "com sucesso", "con successo", "erfolgreich zugestellt", "correctamente",
                       "con éxito", "con exito", "correttamente", "afgeleverd", "message delivered", "succeeded", "bien été", "bien ete")


def _says_success(text: str) -> re.Match | None:
    """``_SUCCESS_LINE`` in the text, asked only of a text that holds one of its words (the pattern has no literal to scan
    for)."""
    low = text.lower()
    return _SUCCESS_LINE.search(text) if any(map(low.__contains__, _SUCCESS_LINE_WORDS)) else None


def _success_line(line: str) -> bool:
    """The line says its recipient was delivered (``_SUCCESS_LINE``), with no negation before or among its words (``_NOT_OK``:
    "no se ha entregado correctamente", "NON è stato consegnato correttamente", "nicht erfolgreich zugestellt"; "no further
    action is required" after them negates nothing)."""
    said = _says_success(line)
    return said is not None and _NOT_OK.search(line, 0, said.end()) is None


# a status cell of success followed by a 2xx reply code, in a relay's CSV row (``_STATUS_CELL``'s success words)
_SUCCESS_CELL = Lazy(r"[;,][ \t]*(?:delivered|sent|accepted|ok|" + _DELIVERED_WORDS + r")[ \t]*[;,][ \t]*2\d\d\b", re.I)


# the address a success notice says the message reached ("The message has been released and was delivered to x@ at ...")
# (or "Your message "<subject>" to x@ was delivered.")
_DELIVERED_TO = Lazy(r"\bdelivered\s+to\s+<?(?P<a>" + ADDRESS + r")|\bto\s+<?(?P<b>" + ADDRESS + r")>?\s+(?:was|has\s+been)\s+"
                     r"(?:successfully\s+)?delivered\b", re.I)


# a message said to be addressed to the reader ("A message sent to bounces@... is on hold pending administrator review")
_SENT_TO_ADDRESS = Lazy(r"\b(?:message|e-?mail|mail)\s+(?:sent|addressed)\s+to\s+<?(?P<a>" + ADDRESS + r")", re.I)


def _held_for_us(text: str, reader: str) -> bool:
    """A notice that names no recipient but the reader, as the one a held or stopped message was for: its recipient field
    ("To: bounces@news.example" below "From: unknown@elsewhere") or its sentence ("A message sent to bounces@news.example is
    on hold") names the address the notice was sent to.  A gateway on our own inbound path tells us of mail *to* us (the
    spam our bounce address gets), never of mail we sent."""
    head = text[:3000]
    named = [normalize(m.group("a")) for m in _RECIPIENT_FIELD_ADDRESS.finditer(head)]
    named += [normalize(m.group("a")) for m in _SENT_TO_ADDRESS.finditer(head)]
    named = [a.lower() for a in named if a]
    return bool(named) and all(a == reader for a in named)


def _named_where_stopped(text: str, sender: str | None = None) -> str | None:
    """The one address a security product's sentence that our message was stopped names (``_OUR_MESSAGE_STOPPED``), our own
    organisation's aside (the sentence may name our message's sender too: "the message sent from <ours> to x@")."""
    ours = organisation(sender) if sender else None
    for m in _OUR_MESSAGE_STOPPED.finditer(text, 0, 3000):
        if "@" in m.group(0):
            named = {a.lower() for a in find_all(m.group(0)) if organisation(a) != ours}
            return named.pop() if len(named) == 1 else None
    return None


def _with_cause_lines(record: Record, msg: ParsedMessage) -> None:
    """A security product's notice gives its cause in labelled lines after its summary of the stopped message ("Reason: The
    message contains a password-protected attachment", "Details: Attachment x.js is of type JavaScript, which is not
    permitted"), which ``report_text`` may have cut as a pasted original: read with the recipient's words."""
    causes = [m.group(0).strip() for m in REASON_LINE.finditer(msg.body, 0, 5000)]
    if causes:
        # (the notice's own sentences may give no cause at all, "The message you sent has been blocked and was not delivered":
        # the labelled lines alone, "Policy: Data Security - ... Action: Block")
        record.diagnostic = " ".join([record.diagnostic or "", *(c for c in causes if c not in (record.diagnostic or ""))]).strip()


# the words that say other recipients were not touched by the failure
_UNAFFECTED = Lazy(r"\b(?:were|was|are|is|have|has) not (?:been )?affected\b|\bnicht betroffen\b|\bpas (?:(?:é|e)t(?:é|e) )?(?:affect|concern)(?:é|e)s?\b|"
                   r"\bno (?:fueron|han sido|se vieron) afectad|\bniet getroffen\b|\bnon (?:sono stati|(?:è|e) stato) (?:interessat|coinvolt)", re.I)


# every match of ``_UNAFFECTED`` holds one of these (a substring test before the pattern)
_UNAFFECTED_KEYS = ("affect", "afectad", "betroffen", "getroffen", "concern", "interessat", "coinvolt")


def _line_naming(text: str, address: str) -> str:
    """The first line of ``text`` that names ``address`` (case-insensitively), or ""."""
    at = text.lower().find(address.lower())
    if at < 0:
        return ""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def _with_headline(record: Record, text: str) -> None:
    """A notice of one recipient, no server's reply quoted, whose lines from the recipient's on give no cause, the cause
    said in its headline above them ("Vaša poruka zadržana je u karanteni i još nije isporučena.\nPošiljatelj: ...\nPrimatelj:
    x@"): the headline read with the recipient's words. Only a headline that names a cause is taken (a report's "Delivery
    has failed to these recipients" adds nothing)."""
    from filter.core.classifier import decide

    if record.diagnostic is None:
        return
    # (the lines above the first address: the notice's fields, the sender's among them, begin there; never a field's line, the
    # returned message's subject restated, "Betreff: Postfach voll?")
    # (the cheap tests first: most reports have no headline of their own above the recipient's address)
    at = text.find("@", 0, 3000)
    lines = text[:max(text.rfind("\n", 0, at), 0)].splitlines() if at > 0 else []
    head = " ".join(line.strip() for line in lines if line.strip() and not _FIELD_LINE.match(line))
    # (a headline: a sentence or two, not a letter whose last lines direct questions to an address, "Any questions should be
    # directed to the list administrator at:")
    if not head or len(head) > 300 or len(_SENTENCE_BREAK.split(head)) > 2 \
            or decide(status=None, diagnostic=record.diagnostic) not in ("on_hold", "undefined"):
        return
    if decide(status=None, diagnostic=head) not in ("on_hold", "undefined") or _HOLD_HEADLINE.search(head) is not None:
        record.diagnostic = f"{' '.join(head.split())} {record.diagnostic}"


# a field's line: a short label and its colon ("Subject: ...", "Original subject: ...", "Betreff: ...")
_FIELD_LINE = Lazy(r"^[ \t]*[^\s:：]{1,30}(?:[ \t][^\s:：]{1,30}){0,2}[ \t]*[:：]")
# a headline's words of a hold, which the tables read as ``on_hold`` (no different from a cause not understood)
_HOLD_HEADLINE = Lazy(r"quarant|karant|карантин|held|retenu|retenid|zur(?:ü|ue)ckgehalten|zadr(?:ž|z)an|задржан", re.I)


# a server's reply code and status right before an address's bracket ("Reason: 550 5.1.1 <t.obrien@...>: recipient does not exist")
_CODE_BEFORE = Lazy(r"\b[45]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?[ \t]+<$")


def _named_where_it_failed(text: str, own: str | None, sender: str | None) -> str | None:
    """The one account of the reporting system's own domain (``own``'s) named bare in the sentences of ``text`` whose
    words say why delivery failed; None when none or several are (never the sender, a message id in brackets, a link)."""
    if not own or "@" not in own:
        return None
    from filter.core.classifier import decide

    domain = own.rpartition("@")[2]
    named: set[str] = set()
    moved_to: set[str] = set()
    for sentence in _SENTENCE_BREAK.split(text[:3000]):
        if "@" not in sentence:
            continue
        found = set()
        for m in _ANY_ADDRESS.finditer(sentence):
            a = normalize(m.group(0))
            if not a or a in (own, sender) or sentence[max(0, m.start() - 1):m.start()] in ("<", ":", "/") \
                    and _CODE_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) is None \
                    and _FROM_US_TO_BEFORE.search(sentence, max(0, m.start() - 200), m.start()) is None:
                # (a message id in brackets, a link; not the address a server's reply names, "550 5.1.1 <x@...>:", nor the
                # recipient of a delivery named from its sender to it, "Delivery from <news@ours> to <x@...> failed")
                continue
            if _whom_to_write(sentence[max(0, m.start() - 60):m.start()].lower()):
                continue  # ("If you think this is a mistake, forward this notice to x@": whom to write to, no recipient)
            if _UNAFFECTED.search(sentence, m.end(), m.end() + 60) is not None:
                continue  # ("Andere Empfänger (a.schulz@...) waren nicht betroffen": one the failure did not touch)
            line = sentence[sentence.rfind("\n", 0, m.start()) + 1:].partition("\n")[0]
            if _skip(line, line.lower()):
                continue  # (a contact the notice names, "Kontakt: servicedesk@...", below the reply it quotes)
            d = a.rpartition("@")[2]
            if d == domain or d.endswith("." + domain):
                found.add(a)
        said = decide(status=None, diagnostic=sentence) if found else None
        if said == "has_moved":
            moved_to |= found  # (the new address given: "Frau Dr. Schulz ist ab sofort unter x@... erreichbar")
        elif said not in (None, "on_hold", "undefined"):
            named |= found
    if not named:
        named = moved_to
    return named.pop() if len(named) == 1 else None


# a report's or a notice's labelled line of the cause, in the languages they are written in ("Reason:", "Cause:", "Details:",
# "Rule:", "Policy:", "Threat:", "Virus name:", "理由:", "原因：", "エラー内容:", "반송 사유:", "Grund:", "Ursache:", "Motif :",
# "Raison :", "Motivo:", "Causa:", "Razão:", "Reden:", "Oorzaak:", "Syy:", "Orsak:", "Årsak:", "Årsag:", "Przyczyna:", "Powód:",
# "Důvod:", "Причина:", "Neden:", "Açıklama:"); ``said`` the words after the label
REASON_LINE = Lazy(r"(?im)^[ \t]*(?:理由|原因|エラー内容|(?:반송 ?)?사유|reason|cause|details|rule|policy|threat|virus(?: name)?|grund|"
                   r"ursache|motif|motivo|causa|raz(?:ã|a)o|raison|reden|oorzaak|syy|orsak|årsak|årsag|przyczyna|pow(?:ó|o)d|"
                   r"d(?:ů|u)vod|причина|neden|a(?:ç|c)(?:ı|i)klama)[ \t]*[:：][ \t]*(?P<said>\S[^\n]*)")
# (never after an initial: "der Herr P. Jansen (p.jansen@...)" is one sentence)
_SENTENCE_BREAK = Lazy(r"(?<=[.!?])(?<![\s(][A-Z]\.)\s+|\n[ \t\r]*\n")
_ANY_ADDRESS = Lazy(ADDRESS)
_RETURNED_MAIL = Lazy(r"returned mail:\s*(\S.{2,200})$", re.I)
# the text MIME writers put before the first part for readers without MIME (RFC 2046 section 5.1.1): no words of the report
_MIME_PREAMBLE = Lazy(r"(?i)this is a (mime-encapsulated message|multi-part message in mime format)\.?")
# the files a lure dressed as a delivery report asks the reader to open ("transcript.zip",
# "Undelivered_Message.html"): a report returns the original as message/rfc822 or
# text/rfc822-headers (RFC 6522, RFC 3464 section 2) or quotes it in its text; none attaches an
# archive, a program, a script or a web page of its own
_LURE_NAME = Lazy(r"\.(?:zip|rar|7z|gz|tgz|cab|arj|ace|iso|img|exe|scr|pif|com|bat|cmd|js|jse|vbs|vbe|wsf|hta|jar|"
                  r"lnk|msi|ps1|htm|html|shtml|xhtml|svg|docm|xlsm)\s*$", re.I)


def _lure_attachment(msg: ParsedMessage) -> bool:
    """An attached file named like a program, an archive or a web page (``_LURE_NAME``), in a report
    that names no recipient and returns no original: a lure, not a report of ours."""
    if not msg.msg.is_multipart():
        return False
    for part in msg.msg.walk():
        # (a part's file name read only where its header fields name one: the parameter parsing is costly)
        if part.is_multipart() or "name" not in f"{part.get('content-disposition', '')}{part.get('content-type', '')}":
            continue
        name = part.get_filename()
        if name and _LURE_NAME.search(name):
            return True
    return False


def _says_a_cause(diagnostic: str | None) -> bool:
    """Words about a recipient that name why its mail failed (read as the classifier reads them): a
    line of a message in no report's wording needs them to be one ("Your message to <address> has
    been delivered / queued / read / moved to the Archive folder" names a recipient and no failure)."""
    if not diagnostic:
        return False
    from filter.core.classifier import decide  # (the core's own reading; imported by the pipeline anyway)

    return decide(status=None, diagnostic=diagnostic, action="failed") not in ("on_hold", "undefined", "delivered")


def _says_held(text: str) -> bool:
    """The words say the message is held (``on_hold`` in the tables: "held for review", "bekletiliyor"), as the classifier
    reads them; ``_says_a_cause`` leaves it out, the classifier's reading of words it does not know at all."""
    from filter.core.classifier import normalize as folded  # (the core's own reading; imported by the pipeline anyway)
    from filter.core.patterns import matches

    return matches("on_hold", folded(text))


def _log_summary(text: str) -> bool:
    """A mail log's statistics (pflogsumm's "Grand Totals" then "message bounce detail (by relay)",
    logwatch's Postfix section, eximstats' "Grand total summary" and "List of errors"): the server
    replies it lists under its counters are samples of a day's traffic, no report about a recipient
    of ours."""
    head = text[:6000].lower()
    if "grand totals" in head and any(w in head for w in _LOG_SECTIONS):
        return True
    if "grand total summary" in head and ("exim statistics from" in head or "list of errors" in head):
        return True  # eximstats' report: its "List of errors" quotes a day's failed deliveries
    # ... or a mail server's own statistics report (MDaemon's "Statistics Report", a daily summary): its
    # counters as a table, a label, dot leaders and a number ("Messages returned (NDR) ...... 23",
    # "vorstand@example.org ........ 211"), which no failure report is written as
    return ".." in head and len(_COUNTER_LINE.findall(head, 0, 6000)) >= 4


def _not_about_our_mail(msg: ParsedMessage, text: str) -> bool:
    """Mail that quotes server answers without reporting on a message of ours: a helpdesk's ticket
    update ("##- Please type your reply above this line -##"), whose agent quotes the customer's
    bounce.  (Postfix's notice to the postmaster, "Postfix SMTP server: errors from host[ip]", stays a
    report where its transcript holds a refusal: the rule tables of other classifiers read its recipients as failed.)"""
    # (and a newsletter: a list's unsubscribe header, RFC 2369, from an account that is no mail system's -
    # a vendor's release notes quoting "550 5.1.1 user unknown"; a report that passed through a list
    # manager on its way to the list's bounce address carries the list's headers too, and comes from the
    # mail system that wrote it)
    # (nor a calendar's invitation, answer or cancellation, RFC 5546 iTIP in a text/calendar part: "Invitation: Bounce
    # handling review - undeliverable rate Q2" is a meeting about reports, no report)
    head = text[:3000].lower()  # (once: not a slice and a lower-cased copy per marker)
    if "transcript of session follows" in head and "\n out: " in head and _FAILED_REPLY_IN_TRANSCRIPT.search(text) is None:
        return True  # (Postfix's notice whose session holds no 4xx or 5xx reply: a TLS handshake given up, nothing refused)
    if any(map(head.__contains__, _FORGED_WORDS)) and _FORGED_BY_MALWARE.search(head) is not None:
        return True  # (a scanner's notice that the worm it stopped forges its senders, ``_FORGED_BY_MALWARE``: none of ours)
    return any(marker in head for marker in _TICKET_MARKERS) \
        or ("delist" in head or " from our " in head or "received your" in head or "your request" in head) \
        and _DELISTED.search(head) is not None \
        or bool(msg.head("list-unsubscribe")) and not msg.head("x-failed-recipients") and not system_account(msg) \
        or not msg.status_blocks and any(p.ctype == "text/calendar" for p in msg.parts) and not from_system(msg)


# a virus scanner's notice that says the message it stopped carried a sender address the malware made up ("The worm
# W32/Netsky-D forges the sender address, so you may not have sent it", Sophos MailMonitor's words): backscatter of mail that
# was never ours (a server's refusal of a forged sender, "550 5.7.1 Sender address appears to be forged", names no malware and
# is read as the refusal it is)
# (Russian "Этот вирус подделывает адрес отправителя, поэтому, скорее всего, Вы это письмо не отправляли", German "Der Wurm
# fälscht die Absenderadresse", French "ce ver falsifie l'adresse de l'expéditeur", Spanish "falsifica la dirección del remitente")
_FORGED_BY_MALWARE = Lazy(r"\b(?:worm|virus|malware|trojan)\b[^.]{0,60}\b(?:forges?|spoofs?|fakes?)\b[^.]{0,20}\b(?:sender|from)\b|"
                          r"\byou (?:may|might) not have sent (?:it|this|the message|this message)\b|"
                          r"\bподделывает (?:адрес|адреса) отправител|\bвы (?:это |этого )?(?:письмо |письма )?не отправляли\b|"
                          r"\bf(?:ä|ae)lscht (?:die |den )?absender|\bfalsifie l['’]adresse (?:de l['’]|d['’])?exp(?:é|e)diteur|"
                          r"\bfalsifica la direcci(?:ó|o)n del remitente")
# a word of every alternative of ``_FORGED_BY_MALWARE``, lower-case
_FORGED_WORDS = ("forge", "spoof", "fake", "not have sent", "подделыва", "не отправляли", "lscht", "falsifi")


# a server's refusal in a Postfix session transcript, whichever side wrote it ("Out: 550 5.1.1 <x>: Recipient address rejected" from
# its server, "In: 450 4.7.1 ..." heard by its client)
# (or any line that opens with a refusal's code, Sendmail's "<<< 550 ..." and its own lines)
_FAILED_REPLY_IN_TRANSCRIPT = Lazy(r"^[^\S\n]*(?:(?:out|in):[^\S\n]+|<<<[^\S\n]*)?[45]\d\d\b", re.I | re.M)


# a postmaster's answer that our address was taken off its block list ("Thank you for your delisting request ... The IP address
# 192.0.2.23 has been released from our local blocklist"): what it says of earlier refusals reports no message of ours
_DELISTED = Lazy(r"\bthank you for your (?:delisting|removal|unblock(?:ing)?) request\b|"
                 # (a postmaster desk's receipt of such a request: "We have received your request regarding IP 192.0.2.61, which
                 # was rejected with ...": it quotes the refusal the request is about)
                 r"\b(?:we have|we've) received your (?:delisting |removal |unblock(?:ing)? |block removal |mitigation )?request "
                 r"(?:regarding|about|for) (?:the |your )?(?:sending )?ip\b|"
                 # ("Your request for IP 192.0.2.61 has been logged as case 02231877")
                 r"\byour (?:delisting |removal |unblock(?:ing)? |block removal |mitigation )?request\s+(?:for|regarding|about)\s+"
                 r"(?:the |your )?(?:sending )?ip\b(?:[^.]|\.(?=\w)){0,60}\b(?:has been|was)\s+(?:logged|received|opened|created|registered)\b|"
                 r"\b(?:has|have) been (?:removed|released|delisted) from (?:our|the) (?:local )?(?:block|black|deny) ?list\b")


# the reply markers of helpdesk systems' ticket mail (Zendesk, Freshdesk, Help Scout, Jira Service
# Management, osTicket: "please type your reply above this line")
_TICKET_MARKERS = ("please type your reply above this line", "reply above this line", "please reply above this line",
                   "type your response above this line",
                   # (a helpdesk's new-ticket notice to its agents: "A new ticket has been raised. Ticket details are given
                   # below", "Click here to view the ticket")
                   "a new ticket has been raised", "ticket details are given below", "click here to view the ticket",
                   # (OTRS / Znuny: "ein neues Ticket [Ticket#...] wurde in der Queue ... erstellt", the agent's link)
                   "a new ticket has been created", "ein neues ticket", "action=agentticketzoom",
                   # (Zendesk's reply marker in its French, German, Spanish, Italian, Dutch and Portuguese forms)
                   "répondre au-dessus de cette ligne", "repondre au-dessus de cette ligne", "oberhalb dieser zeile",
                   "encima de esta línea", "encima de esta linea", "sopra questa riga", "boven deze regel",
                   "acima desta linha")
# a counter's line: its label, dot leaders, a number (with its thousands separator or a unit)
_COUNTER_LINE = Lazy(r"(?m)^[^\n.]{2,60}[ \t]?\.{4,}[ \t]*\d[\d,.]*(?: ?[kmgt]i?b)?[ \t\r]*$")
_LOG_SECTIONS = ("bounce detail", "reject detail", "deferral detail", "delivery delays", "smtpd connections")


def _permanent_answer(rec: Record) -> bool:
    """The recipient's own answer is a permanent failure (5xx, 5.X.X).  The reply code decides where
    it and the enhanced status disagree ("421 5.7.32 ...", quoted in an Exim delay warning): the
    basic code says whether the server refused for good (RFC 5321 section 4.2.1), the enhanced
    status only details it (RFC 3463 section 2)."""
    reply = rec.reply_code or smtptext.find_reply_code(rec.diagnostic)
    if reply and reply[0] in "45":
        return reply[0] == "5"
    return (rec.status or "")[:1] == "5"


# A report tells the sender which recipients its mail failed for, and returns or quotes that mail
# (RFC 3464 section 2; every MTA's plain-text bounce does the same).  A notice about the reader's
# own mailbox does neither: a quota warning ("Your mailbox bounces@... has reached 90% of its
# quota"), Exchange's "Your mailbox is full. You can't send or receive items ...", a notice that
# "your mailbox will be deactivated", the lures sent in their likeness ("7 incoming messages for
# you could not be delivered ... Release pending messages").  Without report fields and without a
# returned original, naming no recipient but the address it was sent to (or none), such a text is
# no bounce when it warns or lures (a quota "reached" or "almost full", a mailbox "will be"
# closed, messages to "release" or "retrieve"), or when it speaks of the reader's own mailbox and
# quotes no server's answer: a bounce that names no recipient still says what the server replied
# ("550 5.2.1 Mailbox disabled, not accepting incoming messages", the recipient found by VERP), and
# one of mail the sender sent to itself names its address beside that reply: both stay reports.
_WARNS_OR_LURES = Lazy(
    r"\b(?:has |have )?reached \d{1,3} ?% of (?:its|your|the) (?:storage |mailbox )?(?:quota|limit|capacity)|"
    r"\b(?:almost|nearly) (?:full|at (?:its|your) (?:quota|limit))|\b(?:is|are) (?:now )?\d{1,3} ?% full\b|"
    # what will happen to new mail, quoted ahead ("new mail will be rejected with 552 5.2.2 Mailbox full",
    # "Neue Nachrichten werden mit ... abgewiesen"): a warning's, never a report's past
    r"\bwill be (?:rejected|refused|bounced|returned) with\b|\bwerden mit\b.{0,60}\babgewiesen\b|"
    r"\byour (?:e-?mail |mail )?(?:mail ?box|account|inbox) (?:will be|is about to be|is scheduled to be) "
    r"(?:deactivated|disabled|suspended|closed|deleted|blocked|terminated)|"
    r"\b(?:release|retrieve|recover|restore) (?:your |the |all )?(?:\(?\d+\)? )?(?:pending |held |undelivered |blocked )?"
    r"(?:e-?mails|messages|mails)\b|"
    # a lure's "Open the attached file to view the undelivered messages" (a report attaches the
    # returned message, it never asks to open a file to see it)
    r"\bopen the attached (?:file|document|html|page|form|copy)\b|"
    # ("Open the attachment to view the original remittance advice and resend")
    r"\bopen the attachment to (?:view|see|read|access|download|resend|restore)\b|"
    # (a lure's "(5) outgoing messages ... are pending in your outbox. Retry sending now": a report asks nothing)
    r"\bpending in your (?:outbox|mailbox|mail ?box)\b|\bretry (?:sending|delivery) now\b|"
    # a lure's call to act on the reader's own account ("sign in here", "Renew your mailbox", "Upgrade
    # storage", "confirm your account to restore delivery", "点击下面的链接扩容"): a report asks nothing
    r"\bsign in (?:here|now|below|to (?:your|restore|release|verify|keep|continue))\b|"
    r"\brenew your (?:e-?mail |mail )?(?:mail ?box|account|storage|subscription)\b|"
    r"\bupgrade (?:your )?(?:e-?mail |mail )?(?:storage|mail ?box|quota|account)\b|"
    # ("verify your account and increase your storage for free", "Increase Storage Now")
    r"\b(?:increase|expand|extend) (?:your )?(?:e-?mail |mail(?:box)? )?(?:storage|quota|mailbox size)\b|"
    r"\b(?:confirm|verify|validate) your (?:e-?mail )?account to (?:restore|resume|continue|keep|receive)\b|"
    # ("Please verify your mailbox to resend the message": a report resends nothing)
    r"\b(?:confirm|verify|validate) your (?:e-?mail |mail )?(?:mail ?box|inbox) to (?:resend|re-send|release|deliver|restore)\b|"
    r"(?:点击|點擊)[^。\n]{0,20}(?:链接|連結|鏈接)[^。\n]{0,10}(?:扩容|擴容|恢复|恢復|验证|驗證|升级|升級)", re.I)
# ... the same in more words and languages, searched in the notice's first 20,000 characters only (a notice
# to the reader is short; these alternatives have no quick scan over a megabyte of text)
_WARNS_OR_LURES_MORE = Lazy(
    # the reader's own mailbox measured against its quota ("has used 93% of its 500 MB quota", "заполнен
    # на 95%", "容量の90%を超えました") and what it will then do ("will not be able to receive new
    # messages"): a warning about the reader's mailbox, in the languages the notices are written in
    r"\b(?:has )?used \d{1,3}(?:[.,]\d+)? ?% of (?:its|your|the) (?:\d+ ?[kmgt]b )?(?:storage |mailbox )?(?:quota|limit|capacity|space)|"
    r"\bwill not be able to receive (?:any )?new (?:messages|e-?mails|mail)\b|"
    # cPanel's "Mailbox quota warning": "is using 910.3 MB of its 1 GB quota (91%)", "is at 91% of its
    # quota", "new messages sent to it will bounce" (what will happen, never a report's past)
    r"\busing [\d.,]+ ?[kmgt]i?b of (?:its|your|the) [\d.,]+ ?[kmgt]i?b (?:storage |mailbox )?(?:quota|limit)|"
    r"\bis at \d{1,3}(?:[.,]\d+)? ?% of (?:its|your|the) (?:storage |mailbox )?(?:quota|limit|capacity)|"
    r"\bnew (?:messages|mail|e-?mails) (?:sent to it |sent to you )?will (?:bounce|be bounced|be returned)\b|"
    # (what new mail will meet, said ahead in Spanish, Portuguese, French and Italian: "los mensajes que le envíen serán
    # rechazados con el error 552 5.2.2", "serão rejeitadas com", "seront rejetés avec", "verranno rifiutati con"; and the
    # space used, "está utilizando 4,6 GB de 5 GB")
    r"\bser(?:á|a)n (?:rechazad|devuelt)[oa]s con\b|\bser(?:ã|a)o (?:rejeitad|recusad|devolvid)[oa]s com\b|"
    r"\bseront (?:rejet|refus|renvoy)(?:é|e)e?s avec\b|\bverranno (?:rifiutat|respint)[ie] con\b|"
    r"\best(?:á|a) (?:utilizando|usando) [\d.,]+ ?[kmgt]i?b de [\d.,]+ ?[kmgt]i?b\b|"
    # (German "Ihr Postfach x@ belegt 9,6 GB von 10 GB", "werden neue Nachrichten an Sie mit dem Fehler ... abgewiesen": the
    # space used, and what new mail will meet)
    r"\bbelegt [\d.,]+ ?[kmgt]i?b von [\d.,]+ ?[kmgt]i?b\b|\bwerden (?:neue )?nachrichten\b.{0,60}\babgewiesen\b|"
    r"\bzu \d{1,3} ?% (?:voll|belegt|gef[üu]llt)|\b(?:rempli|utilis[ée]) (?:à|a) \d{1,3} ?%|\blleno al \d{1,3} ?%|"
    r"\b\d{1,3} ?% (?:cheia|cheio|pieno|piena)\b|заполнен[аоы]? на \d{1,3} ?%|"
    r"容量の\d{1,3} ?[%％]を超え|(?:已使用|已用)[^。\n]{0,10}\d{1,3} ?[%％]|"
    # a lure's "release / recover / receive your pending messages" in other languages ("Klicken Sie hier, um
    # Ihre ausstehenden Nachrichten freizugeben", "Recupere sus mensajes", "Получить письма", "保留中のメッセー
    # ジを受信", "لاستلام رسائلك المعلقة"): a report returns our message, it asks the reader to fetch nothing
    r"\bnachrichten (?:freizugeben|freigeben|abzurufen)\b|\b(?:lib[ée]rer|r[ée]cup[ée]rer|recevoir) (?:vos |les )?"
    r"(?:messages|e-?mails|courriels)\b|\b(?:liberar|recuperar|recupere|libere) (?:sus |los |tus )?(?:mensajes|correos)\b|"
    r"\b(?:liberar|recuperar|recupere|libere) (?:suas |as |seus |os )?(?:mensagens|e-?mails)\b|"
    # ("Para receber as mensagens retidas, atualize a sua conta aqui": receive the held messages, update your account)
    r"\breceber (?:as |suas |as suas )?mensagens (?:retidas|pendentes|bloqueadas)\b|\batualize a sua conta\b|"
    r"\b(?:rilascia(?:re)?|recupera(?:re)?|sblocca(?:re)?) (?:i )?(?:tuoi |suoi )?messaggi\b|"
    r"(?:получить|восстановить|освободить|забрать) (?:ваши |свои )?(?:письма|сообщения)|保留中の(?:メッセージ|メール)|"
    r"(?:待处理|待處理|被挂起)的?(?:邮件|郵件)|(?:لاستلام|استلام|استعادة|تحرير) (?:رسائلك|الرسائل)|"
    r"\b(?:pulihkan|lepaskan|ambil) (?:pesan|email) (?:anda|tertunda)\b|보류(?:된|중인) (?:메일|메시지)|"
    # a lure's account and password calls ("until you verify your account", "VERIFY HERE", "sign in with your email
    # credentials", "your mailbox password has expired", "Keep same password"), and its count of mail held for the reader
    # ("Microsoft 365 has held 7 messages sent to <the reader>"): a report on our message asks for no credentials
    r"\buntil\s+you\s+(?:verify|confirm|validate)\s+your\s+(?:e-?mail\s+)?account\b|\b(?:verify|validate)\s+here\b|"
    r"\bsign\s+in\s+with\s+your\s+(?:e-?mail\s+|mail\s+|account\s+)?(?:credentials|password)\b|"
    r"\byour\s+(?:e-?mail\s+|mail ?box\s+|mail\s+|account\s+)?password\s+(?:has\s+)?expired\b|\bkeep\s+(?:the\s+)?same\s+password\b|"
    r"\bhas\s+held\s+\d+\s+(?:incoming\s+|new\s+)?(?:messages|e-?mails)\b|"
    r"\bre-?send\s+(?:the\s+|all\s+)?(?:queued|pending|held|undelivered)\s+(?:messages|e-?mails)\b|"
    # (a lure greets the reader by its address, "Dear user bounces@..., your mailbox quota is full", and calls it to
    # "upgrade" its mailbox: a report speaks of the recipient of the reader's message)
    r"\bdear\s+(?:user|customer|member|client|account\s+(?:holder|owner)|subscriber)\s+<?[^\s@<>,]+@|"
    # (or by its address alone, "Dear bounces@...,", and counts the reader's incoming mail held: "4 incoming messages are
    # held in quarantine because your mailbox must be re-validated")
    r"\bdear\s+<?[^\s@<>,]+@[^\s<>,]+>?\s*[,:]|"
    # (German "Sehr geehrter Nutzer von bounces@...", "bestätigen Sie bitte Ihr Konto" (confirm your account))
    r"\bsehr\s+geehrte[rs]?\s+(?:nutzer|kunde|benutzer)(?:in)?\s+(?:von\s+)?<?[^\s@<>,]+@|"
    r"\bbest(?:ä|ae)tigen\s+sie\s+(?:bitte\s+)?ihr\s+(?:konto|postfach|e-?mail-?konto)\b|"
    r"\b\d+\s+(?:incoming|new|pending|inbound)\s+(?:messages|e-?mails|mails)\s+(?:are|were|have\s+been)\s+(?:held|quarantined|"
    r"pending|suspended|on\s+hold)\b|"
    # (Chinese "尊敬的 x@ 用户" (dear user x@), "您的邮箱将被停用" (your mailbox will be disabled))
    r"尊敬的\s*<?[^\s@<>,]+@[^\s<>,]+>?\s*用户|(?:您|你)的邮箱将被(?:停用|冻结|注销|删除)|"
    r"\b(?:click\s+(?:here|below)\s+to\s+)?upgrade\s+your\s+(?:mail ?box|storage|quota|account)\b", re.I)
_READERS_OWN = Lazy(
    r"\byour (?:e-?mail |mail )?(?:mail ?box|inbox|storage|quota|mail storage)\b|"
    # (the formal "Ihr" with its capital only: "ihr Postfach wurde gelöscht", her mailbox, is a colleague's)
    r"\b(?-i:Ihr) (?:e-?mail-?)?(?:postfach|speicher)\b|\bvotre (?:bo[iî]te (?:aux lettres|mail|de r[ée]ception)|messagerie)\b|"
    # (the reader's mailbox in Dutch, Spanish, Portuguese, Italian, Polish: "Uw mailbox heeft 99% van de opslaglimiet bereikt",
    # "Su buzón", "Sua caixa de correio", "La sua casella", "Twoja skrzynka")
    r"\buw (?:e-?mail ?)?(?:mailbox|postvak|postbus|opslag)\b|\bsu (?:buz(?:ó|o)n|bandeja de entrada)\b|"
    r"\b(?:a )?sua caixa (?:de correio|postal|de entrada)\b|\bla (?:sua|tua) casella\b|\btwoja skrzynka\b|"
    # (Chinese "您的邮箱已使用 9.2GB" (your mailbox has used ...), Japanese "お客様のメールボックス", Korean "귀하의 메일함")
    r"(?:您|你)的(?:邮箱|郵箱|信箱)|お客様のメールボックス|귀하의 메일함|"
    r"\byour (?:e-?mail |mail )?account (?:has )?(?:exceeded|reached|is over|is (?:almost |nearly )?full)|"
    r"\byou have \(?\d+\)? (?:new |undelivered |pending |held |blocked |quarantined )?(?:e-?mails|messages|mails)\b", re.I)


# a quarantine digest: a report to the reader of mail *for the reader* that a filter held, the held mail's
# senders listed beside it ("Quarantine Summary", "Raport kwarantanny", "Izvješće o karanteni", "รายงานการ
# กักกัน", "隔离报告"); a product's notice to the sender says "your message to <x> was quarantined"
_HELD_FOR_READER = Lazy(
    r"\bquarantine (?:digest|summary|report|notification)\b|\bspam (?:digest|quarantine summary)\b|\bhold summary\b|"
    # (Mimecast's digest, "Messages on hold for <the reader> since your last digest")
    r"\bsince your last digest\b|\b(?:messages|e-?mails) (?:on hold|held|quarantined) for <?[^\s@<>]+@|"
    # (its subject and heading: "Digest: 2 messages on hold", "The messages listed below have been held and are awaiting your action")
    r"\bdigest:? \d+ (?:messages?|e-?mails?) (?:on hold|held|quarantined)\b|\bheld and (?:are )?awaiting your action\b|"
    # (Dutch "Quarantaineoverzicht", German "Quarantäne-Übersicht", the mail held for the reader listed)
    r"quarantaine-?(?:overzicht|rapport)|quarant(?:ä|ae)ne-?(?:ü|ue)bersicht|"
    # (German "Ihr persönlicher Quarantäne-Digest", "Folgende Nachrichten an Sie wurden zurückgehalten": mail to the reader held)
    r"pers(?:ö|oe)nliche[rs]? (?:quarant(?:ä|ae)ne-?)?digest|nachrichten an sie wurden (?:zur(?:ü|ue)ckgehalten|blockiert)|"
    r"\b(?:waiting|awaiting|held) for your review\b|quarant[äa]ne-?(?:bericht|zusammenfassung)|rapport de quarantaine|"
    r"informe de cuarentena|relat[óo]rio de quarentena|rapporto (?:di )?quarantena|raport kwarantanny|"
    r"отч[её]т о (?:сообщениях в )?(?:карантине|резервном хранилище)|izvje[šs][ćc]e o (?:porukama u )?karanten|"
    r"izve[šs]taj o (?:porukama u )?karanten|รายงาน(?:การ|อีเมลที่ถูก)?กักกัน|laporan karantina|báo cáo cách ly|"
    r"zatrzymane w kwarantannie|резервное хранилище|"
    # (German "Spam-Report für x@ ... wurden 4 E-Mails an Ihre Adresse in die Quarantäne verschoben": mail to the reader held)
    r"(?:e-?mails?|nachrichten)\s+an\s+ihre\s+adresse\s+(?:wurden\s+|wurde\s+)?in\s+(?:die\s+)?quarant(?:ä|ae)ne|"
    r"تقرير (?:ال)?حجر|گزارش قرنطینه|隔离报告|隔離報告|隔离邮件|隔離郵件|拦截并隔离|攔截並隔離", re.I)
# every match of ``_HELD_FOR_READER`` holds one of these (a substring test before the pattern)
_HELD_WORDS = ("uarant", "arant", "arentena", "eview", "igest", "ummary", "awaiting your action", "арантин", "хранилищ", "กักกัน", "隔离", "隔離", "cách ly",
               "حجر", "قرنطینه")


def quarantine_digest(text: str, subj: str) -> bool:
    """A quarantine digest or hold summary for the reader (mail held that was sent *to* the reader): its "[Release]
    [Whitelist]" links are the reader's to use, no challenge of a message we sent."""
    return _may_be_held(text, subj) and (_HELD_FOR_READER.folded_search(subj) is not None
                                         or _HELD_FOR_READER.folded_search(text, 0, 3000) is not None)


def _may_be_held(text: str, subj: str) -> bool:
    head = text[:20000]
    return any(w in head or w in subj for w in _HELD_WORDS)


_OF_THE_RECIPIENT = Lazy(r"\bthe recipient\b|\brecipient(?:'s| has| is)\b|\bdestinataire\b|\bempf[äa]nger", re.I)
_TO_THE_READER = Lazy(r"\b(?:an?|the)\s+(?:incoming\s+|inbound\s+)?(?:message|e-?mail|mail)\s+(?:addressed|sent|destined)\s+to\s+you\b|"
                      r"\b(?:an?|the)\s+(?:incoming\s+|inbound\s+)?(?:message|e-?mail)\s+for\s+you\b|"
                      # (German "in einer an Sie gerichteten Nachricht", "eine an Sie adressierte E-Mail"; French "un message qui
                      # vous était adressé"; Spanish "un mensaje dirigido a usted")
                      r"\ban\s+sie\s+(?:gerichtete|adressierte)[nrs]?\s+(?:nachricht|e-?mail)|\bqui\s+vous\s+(?:é|e)tait\s+adress(?:é|e)|"
                      r"\b(?:mensaje|correo)\s+dirigido\s+a\s+usted\b|"
                      # (Dutch "een bericht dat aan u (x@) was gericht", "een aan u gericht bericht"; Italian "un messaggio
                      # indirizzato a lei"; Portuguese "uma mensagem destinada a você")
                      r"\bbericht\s+dat\s+aan\s+u\b(?:[^.\n]|\.(?=\w)){0,80}?\s+(?:was\s+)?gericht\b|\baan\s+u\s+gerichte?\s+bericht|"
                      r"\bmessaggio\s+indirizzato\s+a\s+(?:lei|te)\b|\bmensagem\s+destinada\s+a\s+(?:voc(?:ê|e)|si)\b", re.I)
_YOUR_MESSAGE_TO = Lazy(r"\byour (?:message|e-?mail|mail) (?:to|for|addressed to)\b", re.I)
# (the notice's alternations searched for in its text: behind the look-ahead at their first characters)
scanned(_WARNS_OR_LURES, _WARNS_OR_LURES_MORE, _HELD_FOR_READER, _TO_THE_READER)


# Outlook's and Exchange's reports on recalling a delivered message ("Recall report for message: ...",
# "Message Recall Report for message: ...", "Recall Success: ...", "Recall Failure: ...")
_RECALL_SUBJECTS = ("recall report for message", "message recall report", "recall success:", "recall failure:",
                    "recall failed:", "recall succeeded:")


def _notice_to_reader(msg: ParsedMessage, text: str, records: list[Record], ours: str | None) -> bool:
    if msg.attached or msg.status_blocks or msg.head("x-failed-recipients"):
        return False
    if len(text) != len(msg.body):
        # (the report text is the body cut before a returned original: one was there), unless the lines cut are a digest's
        # list of the mail held for the reader (senders and subjects read as a pasted original's header lines), or the held
        # message's own summary ("A message addressed TO you has been held ... From: x@ / To: <the reader>") names the reader
        # alone
        # (the cheap test first: most reports name recipients other than the reader)
        if all(_untagged(r.address or "") == _untagged(ours or "-") for r in records) \
                and _TO_THE_READER.folded_search(text, 0, 3000) and _YOUR_MESSAGE_TO.search(text) is None:
            return True
        return quarantine_digest(msg.body, subject(msg)) and _YOUR_MESSAGE_TO.search(msg.body) is None \
            and not smtptext.find_status(msg.body)
    if subject(msg).lower().startswith(_RECALL_SUBJECTS):
        return True  # Outlook's recall report: what became of a message already delivered, per recipient
    if _may_be_held(text, subject(msg)) and (_HELD_FOR_READER.folded_search(text, 0, 20000) or _HELD_FOR_READER.folded_search(subject(msg))) \
            and _YOUR_MESSAGE_TO.search(text) is None and not _quotes_an_answer(text, records) \
            and _OUR_MESSAGE_STOPPED.search(text, 0, 3000) is None and _the_address_we_sent_to(msg, text) is None:
        # the addresses it lists are the held mail's senders, not recipients of ours (not a notice that says *our* message
        # was held, "Votre message a été mis en quarantaine ... Le destinataire peut le libérer depuis son rapport de
        # quarantaine": the reader's digest named as where the recipient may release it; nor one sent to our VERP address that
        # names the very address it encodes, "This message has been quarantined ... Recipient: <that address>")
        return True
    if (_TO_THE_READER.folded_search(text, 0, 3000) or _to_us(msg, msg.body) and records
            and all(_untagged(r.address or "") == _untagged(ours or "-") for r in records)) \
            and _YOUR_MESSAGE_TO.search(text) is None and not _quotes_an_answer(text, records):
        # a filter's alert about mail that came *to* the reader ("Our virus detector found an infection in a message
        # addressed to you ... To: orders@<the reader's domain>"): the address it names is the reader's own
        return True
    greets = bool(ours) and _greets_the_reader(text, ours)
    if greets and not _quotes_an_answer(text, records) and _WARNS_OR_LURES.folded_search(text) is not None:
        # ("Dear bounces@..., 7 incoming messages could not be delivered to your mailbox ... The following senders are waiting:
        # <addresses> ... Release your messages now": whatever addresses it lists, no server's answer about any; a service's
        # notice may greet its reader by address too, "Hello news@..., we were unable to deliver your message to x@")
        return True
    named = {_untagged(r.address) for r in records if r.address}
    # (the reader's address with or without its "+tag", RFC 5233: a VERP box; or only addresses of the reader's own
    # organisation, a lure's "Your message to clients@<the reader's domain> was not delivered")
    if named and not (ours is not None and (named == {_untagged(ours)}
                                            or all(organisation(a) == organisation(ours) for a in named))):
        return False
    if greets:
        return True  # "Hello bounces, Your message to clients@<ours> could not be delivered": a report greets no one by its mailbox
    if _WARNS_OR_LURES.folded_search(text) is not None or _WARNS_OR_LURES_MORE.folded_search(text, 0, 20000) is not None:
        # (a server's answer about "the recipient" beside them is a report's: "Delivery to the recipient
        # failed permanently. 552 5.2.2 The recipient has reached 100% of the storage quota")
        return not (_OF_THE_RECIPIENT.search(text) and _quotes_an_answer(text, records))
    if _READERS_OWN.search(text) is None or _YOUR_MESSAGE_TO.search(text) is not None \
            or writes_for_the_address_we_sent_to(msg):
        # ("Your message to <address> could not be delivered": a report's own sentence; the recipient organisation's account
        # writing to our VERP address about its colleague's, "la sua casella di posta è stata eliminata", her mailbox)
        return False
    return not _quotes_an_answer(text, records)


def _greets_the_reader(text: str, reader: str) -> bool:
    """The text opens by greeting the reader's own mailbox by name ("Hello bounces,", "Dear info,", "Dear bounces@shop.example,"):
    a lure's address book, never a mail system's report."""
    local = reader.partition("@")[0].split("+", 1)[0].lower()
    if not local:
        return False
    # (in its first lines: a heading may stand above the greeting, "Message delivery failure\n\nHello bounces,")
    lines = [ln.strip().lower() for ln in text[:400].splitlines() if ln.strip()][:3]
    return any(ln.startswith(_GREETINGS) and ln.split(None, 1)[-1].rstrip(" ,:!") in (local, _untagged(reader)) for ln in lines)


_GREETINGS = ("hello ", "hi ", "dear ", "hallo ", "bonjour ", "hola ", "ciao ", "olá ", "ola ")


def _untagged(address: str) -> str:
    """The address without its subaddress ("bounces+7f3a2c@..." -> "bounces@...", RFC 5233), lower-cased."""
    local, at, domain = address.lower().rpartition("@")
    return local.split("+", 1)[0] + at + domain if "+" in local else address.lower()


def _quotes_an_answer(text: str, records: list[Record]) -> bool:
    """A server's code stands in the records (or, with none, in the text)."""
    if records:
        return any(r.status or r.reply_code for r in records)
    return bool(smtptext.find_status(text) or smtptext.find_reply_code(text))


def _as_listed(records: list[Record], header: str, text: str) -> list[Record]:
    """The records the X-Failed-Recipients header confirms, plus those it names that the text did not.

    Exim writes that header with every address of the report that failed (spec, "Bounce
    messages"; Mail.Ru's and other Exim-based reports keep it): once it confirms one record of the
    text, an address of the text it does not list was no failed recipient (an alias, a contact,
    the sender), and an address it lists that the text did not anchor is one."""
    listed = [a for a in (normalize(x) for x in header.split(",")) if a]
    wanted = {a.lower() for a in listed}
    if not wanted or not any(r.address and r.address.lower() in wanted for r in records):
        return records
    # (a delivery to a file or a pipe is listed under the address that generated it, "save to
    # /home/lisa/Maildir/" then "generated by lisa@example.org" (deliver.c's print_address_information):
    # the header may name the file or pipe, or leave it out; the address the sender wrote failed)
    low = text.lower()
    kept = [r for r in records if r.address and (r.address.lower() in wanted or f"generated by {r.address.lower()}" in low)]
    have = {r.address.lower() for r in kept if r.address}
    # an address only the header names has no words of its own in the text: nothing is said of
    # why it failed (another recipient's reply is not its reply)
    return kept + [record_from_block(a, "") for a in listed if a.lower() not in have]


# the sentence with which a report introduces its list of failed recipients, alone on its line
# (Exchange / CDO "could not be delivered to the following user:", "Delivery has failed to these
# recipients or groups:", "did not reach the following recipient(s):"): a person telling of a
# failure writes prose, not this heading followed by the addresses one a line
_LIST_INTRO = Lazy(
    r"^[^\n]*(?:(?:could ?n[o']t|can ?not|was ?n[o']t|has not) be(?:en)? delivered to|delivery (?:has )?failed to|"
    r"did not reach|undeliverable to) (?:the following|these) (?:users?|recipients?|addresses|e-?mail addresses)"
    r"(?:\(e?s\))?(?: or groups)?[ \t]*:[ \t\r]*$|"
    # (Gmail's heading, which sending platforms reuse: "Delivery to the following recipient failed permanently:")
    r"^[^\n]*delivery to the following (?:recipients?|addresses) (?:has )?failed(?: permanently| temporarily)?[ \t]*:[ \t\r]*$", re.I | re.M)


def _lists_failed(text: str, records: list[Record]) -> bool:
    """The report's heading of failed recipients, with a record's address on the lines after it."""
    for m in _LIST_INTRO.finditer(text, 0, 5000):
        after = text[m.end():m.end() + 400].lower().split("\n")[:4]
        if any(r.address and any(r.address.lower() in ln for ln in after) for r in records):
            return True
    return False


_SAYS_SCAN = 20000


def record_from_block_without_address(text: str) -> Record:
    """A bounce whose recipient the text does not name; the core fills it from VERP or the original."""
    rec = record_from_block("", text)
    rec.address = None
    if not (rec.status or rec.reply_code or _says_something(text)):
        rec.diagnostic = None  # boilerplate only: nothing to classify
    return rec


def _says_something(text: str) -> bool:
    from filter.core.classifier import normalize
    from filter.core.patterns import PHRASES, Scan

    # every reason's index words are looked for in the text: bounded like the gate's look at the
    # report words (a report says what went wrong in its first lines, and the diagnostic the
    # classifier reads is its first 2000 characters)
    folded = normalize(text[:_SAYS_SCAN])
    if not folded:
        return False
    # one Scan finds the index words of every reason at once (what ``matches`` says reason by
    # reason, with a substring search per word: two thousand of them over the text)
    scan = Scan(folded)
    if any(scan.says(reason) for reason in PHRASES if reason not in ("expired", "connect_failure")):
        return True
    # the tables of other languages, which the classifier reads beside PHRASES ("l'adresse <x>
    # n'existe pas", "weil es die Domain des Empfängers nicht gibt"), and a give-up in so many words
    from filter.core.classifier import decide
    return decide(status=None, diagnostic=folded, action="failed") not in ("on_hold", "undefined", "delivered",
                                                                          "expired", "network_error") \
        or _gave_up(folded)


# -- the one address a report's words name ------------------------------------------------------------
_ID_BRACKETS = Lazy(r"<[^<>\s@]{1,200}+@[^<>\s@]{1,255}+>")
# words right before an address that give it as the mail's origin or as an id: "not accepting mail
# from <our list>", "Von: <ours>", "De :", "Od:", "От:", "Kimden:", "Queue ID: ... id <x@y>"
_ORIGIN_BEFORE = Lazy(r"(?:\bfrom|\bsender|\bvon|\bde|\bda|\bvan|\bod|\bот|\bkimden|\bfra|\bfrån|\bid|"
                      + _SENDER_WORDS + r")\W{0,3}$", re.I)
# words anywhere in the line before it that name the sender or the message, or invite the reader to
# write (a contact, whatever its local part): "Absender der Nachricht: ...", "L'expéditeur était ...",
# "El mensaje fue enviado por ...", "Bei Fragen schreiben Sie an ...", "Pour toute question : ..."
_NOT_RECIPIENT_LINE = Lazy(
    r"expéditeur|expediteur|absender|remitente|mittente|remetente|afzender|nadawc|отправител|gönderen|"
    r"送信元|送信者|差出人|发件人|發件人|寄件者|보낸 사람|발신자|enviado por|envoy[ée] par|gesendet von|inviato da|"
    r"verzonden door|message[- ]?id|queue[- ]?id|nachrichten-?id|id (?:du|del|de la) (?:message|mensaje|mensagem)|"
    r"id (?:del )?messaggio|bericht-?id|メッセージ ?id|邮件 ?id|郵件 ?id|訊息 ?id|메시지 ?id|\bid\s*[:：=]|"
    # an address inside a link ("https://user:pw@help.example.net/...", "mailto:unsubscribe+...@..."):
    # a link is something to click, never the recipient a notice reports
    r"(?:(?:https?|ftp)://|mailto:)\S*$|"
    # English invitations to write (the localized ones are ``_INVITE``'s)
    r"please contact|contact (?:us|your|the (?:administrator|postmaster|help ?desk|support))|"
    r"for (?:further |more )?(?:assistance|help|questions|information)|send (?:an? )?(?:e-?mail|message) to|"
    r"question|"
    # the address a moved person gives instead ("Please resend it to my new address: jo@new.example"): the
    # working one, never the failed recipient
    r"new (?:e-?mail )?address|(?:resend|send|forward) (?:it|your message|the message|future (?:messages|mail)) to|"
    r"(?:has|have) moved to", re.I)


scanned(_NOT_RECIPIENT_LINE)

# a line that starts with a "From" label of a mail client's quoted header, in its language
_FROM_LABEL = Lazy(r"\s*(?:from|von|de|da|van|od|от|kimden|fra|från|lähettäjä|feladó|expeditor|αποστολέας)\s*[:：]", re.I)


# the words right before the address a server or a notice gives instead of the failed one (RFC 5321 section 3.4: "551 User
# not local; please try <forward-path>"; "The new address is:", German "Die neue Adresse lautet:", Japanese "新しいアドレス:"),
# on its line or ending the line above it
_NEW_ADDRESS_BEFORE = Lazy(r"(?:\bplease try|\b(?:new (?:e-?mail )?address(?: is)?|neue (?:e-?mail-?)?adresse(?: lautet| ist)?|"
                           r"nouvelle adresse(?: est)?|nueva direcci(?:ó|o)n(?: es)?|nuovo indirizzo(?: (?:è|e))?|"
                           r"novo endere(?:ç|c)o(?: (?:é|e))?|nieuwe adres(?: is)?)|新しい(?:メール)?アドレス(?:は)?|"
                           # (Japanese "新アドレス：", Chinese "新地址：" / "新邮箱：", Korean "새 주소:", Vietnamese "Địa chỉ mới:",
                           # Indonesian "Alamat baru:")
                           r"新(?:メール)?アドレス|新(?:的)?(?:邮箱|郵箱|电子邮件|電子郵件)?地址|新(?:的)?(?:邮箱|郵箱)|새 (?:메일 |이메일 )?주소|"
                           r"\bđịa chỉ mới|\balamat (?:e-?mail )?baru)\s*[:：]?\s*<?$")
_STARTS_WITH_ADDRESS = Lazy(r"[ \t]*<?[^\s@<>]+@")
_ENDS_IN_TO = Lazy(r"(?:\b(?:to|an|à|a|at|para|naar|till|weiter an)|\bна)\s*:?\s*$")


def _whom_to_write(before: str) -> bool:
    """The lower-cased words before an address (on its line, or the whole line above it) say whom to write to: an
    invitation that ends in its "to" ("forward this notice to", Bulgarian "препратете това известие на") or the new address
    announced (``_NEW_ADDRESS_BEFORE``) - a contact, never a failed recipient."""
    return invites(before) and _ENDS_IN_TO.search(before) is not None or _NEW_ADDRESS_BEFORE.search(before) is not None


def lone_address(msg: ParsedMessage, ours: set[str], own_domains: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The only address the report's own text names, when no sentence form above took it.

    A notice in a language or word order the forms do not know ("La remise à <a> est différée",
    "<a> adresine iletiniz teslim edilemedi") still names its recipient, and usually nothing else:
    the core's last resort for a record without an address, after the envelope and the returned
    original.  What is never the recipient is left out: the addresses in ``ours`` (the report's
    sender and addressee, the original's sender), role accounts (postmaster@, support@ ...),
    header-like lines ("From: ...", "Message-ID: ..."), lines that name the sender or the message
    or invite the reader to write, an address the words give as the origin ("from", "Von:") or as
    an id.  An address in ``own_domains`` (the domain the report was sent to: the sender's) is
    left out beside another one.  Two different addresses left: no answer (the core does not guess
    between them).
    """
    text = report_text(msg)[:_SAYS_SCAN]
    if "@" not in text:
        return None
    found: str | None = None
    own: str | None = None  # an address in the sender's own domain: only when nothing else is named
    own_many = False
    prev = ""
    for line in text.split("\n"):
        if "@" not in line:
            prev = line.lower()
            continue
        low = line.lower()
        if _skip(line, low) or _ID_HEAD.match(line) or _ID_LINE.match(line) \
                or _STARTS_WITH_ADDRESS.match(low) and _whom_to_write(prev):
            # (or the address an invitation wrapped onto its own line: "If you think this is a mistake, forward this notice
            # to\nx@...")
            prev = low
            continue
        prev = low
        ids: list[tuple[int, int]] | None = None
        for m in _A_ANY.finditer(line):
            addr = normalize(m.group(0))
            if not addr or found is not None and addr.lower() == found.lower():
                continue
            key = addr.lower()
            if key in ours or key.startswith(_ROLES_AT) or _looks_like_id(key):
                continue
            before = low[:m.start()]
            if (_ORIGIN_BEFORE.search(before[-24:]) or _NOT_RECIPIENT_LINE.search(before)
                    or _INVITE.search(before) or _FROM_LABEL.match(before)):
                continue
            if "<" in before[-1:]:
                if ids is None:  # the line's bracketed ids, worked out once
                    # (the label is read up to the bracket's "<" taken with it: "Message <id@host>")
                    ids = [b.span() for b in _ID_BRACKETS.finditer(line) if _after_id_label(line, low, b.start() + 1)]
                if any(a <= m.start() < b for a, b in ids):
                    continue
            if key.rpartition("@")[2] in own_domains:
                own_many = own_many or own is not None and own.lower() != key
                own = own or addr
                continue
            if found is not None:
                return None
            found = addr
    return found if found is not None or own_many else own


# a notice that restates the original's headers in its own words ("a message you sent:-", then
# "To: greta@example.at", "Subject: ...", "Date: ..." - MailScanner's report to the sender)
_RESTATED_TO = Lazy(r"(?im)^[ \t]*(?:to|an|a|para)[ \t]*:[ \t]*([^\n]*@[^\n]*)$")  # ("An:", "A:": de, es templates)


def restated_to(msg: ParsedMessage, ours: set[str]) -> str | None:
    """The one address of the "To:" lines a notice's own text restates from the original, when it
    names one and only one that is not ours: the original's only recipient, as the returned
    original's To would name it."""
    text = report_text(msg)[:_SAYS_SCAN]
    found = {normalize(a.group(0)) for m in _RESTATED_TO.finditer(text) for a in _A_ANY.finditer(m.group(1))}
    found = {a for a in found if a and a.lower() not in ours and not a.lower().startswith(_ROLES_AT)}
    return found.pop() if len(found) == 1 else None
