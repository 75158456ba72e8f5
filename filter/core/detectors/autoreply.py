"""Replies that are not failures: auto-replies (RFC 3834), challenge-response, unsubscribe requests.

None of them may be counted as a bounce.  The address reported is the person behind the reply:
the auto-replier, the protected recipient of a challenge, the reader who wants to be removed.
"""
from __future__ import annotations

import re

from filter.core.lazyre import Lazy, scanned
from filter.core.address import ADDRESS, find_all, normalize
from filter.core.message import ParsedMessage
from filter.core.model import AUTO_REPLY, CHALLENGE, UNSUBSCRIBE
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection, Record

name = "autoreply"

_AUTO_SUBJECT = Lazy(
    r"^\s*(?:(?:re|aw|fw|fwd)\s*:\s*)?(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|respons|antwort|responder)|"
    r"out of (?:the )?office|ooo\b|away from (?:the |my )?office|i am (?:currently )?(?:away|out)|"
    r"on vacation|vacation (?:reply|message|notice)|away until|r[ée]ponse automatique|"
    # (a prefix: "Absence : ...", "Abwesenheitsnotiz: ...", not "Absence de Pierre", "Abwesenheit im Team")
    r"(?:abwesenheit(?:snotiz|snachricht|smeldung)?|absence(?: du bureau)?)\s*(?:[:：(\[-]|$)|"
    r"risposta automatica|respuesta autom[áa]tica|automatisch antwoord|自動応答|不在)", re.I)
_AUTO_SUBJECT_ANY = Lazy(r"\b(?:auto[- ]?reply|autoreply|autoresponder|out of office|vacation|away until)\b", re.I)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-mail-autoreply", "x-vacation",
                 "x-fc-machinegenerated")

_CHALLENGE_HEADERS = ("x-challenge", "x-boxbe-challenge", "x-spamarrest-challenge", "x-tmda-confirm",
                      "x-mailblocks", "x-choicemail-registration", "x-bluebottle-request")
_CHALLENGE_WORDS = Lazy(
    r"challenge[- ]response|prove (?:that )?you are (?:a )?human|verify (?:that )?you are (?:a )?(?:human|real person)|"
    # cPanel BoxTrapper's verification request (cPanel's BoxTrapper documentation: an unknown sender must
    # verify being a real person before the message is delivered; its subject says the email "requires
    # verification"): our wording of that request
    r"verify (?:that )?you are a real (?:live )?(?:human|person)|(?:e-?mail|message) requires verification|"
    r"approved senders|sender approval|not (?:yet )?on my (?:list of )?(?:approved|allowed) senders|"
    r"(?:confirm|verify) (?:your|the) (?:message|e-?mail|address)|one-time verification|"
    r"whitelist|allow ?list|waiting for (?:your )?(?:confirmation|verification)|"
    r"(?:will be|be) delivered (?:to me )?(?:once|after|when) you (?:confirm|verify|reply)|"
    r"spam (?:blocker|protection) (?:service|system)?|anti-spam service|"
    # the same request in other languages (our wording of the meaning: a list of approved senders,
    # "confirm your address / your message" so that it is delivered)
    r"lista blanca|liste blanche|lista bianca|witte lijst|lista branca|"
    r"confirme (?:su|tu) (?:direcci[óo]n|mensaje|correo)|confirmez votre (?:adresse|message|envoi)|"
    r"conferm(?:a|i|are) il (?:tuo |suo )?(?:messaggio|indirizzo)|best[äa]tigen sie ihre (?:absenderadresse|nachricht|e-?mail)|"
    r"confirme (?:o )?seu (?:endere[çc]o|e-?mail)|bevestig uw (?:e-?mailadres|bericht)", re.I)
# a challenge holds back a message we sent: "your message to ...", "the message you sent", "to have it
# delivered" (as opposed to a service's "verify your email address" for an account)
_ABOUT_OUR_MESSAGE = Lazy(
    r"your (?:message|e-?mail|mail)(?: to| has| is| was| will| sent| cannot| could)|(?:message|e-?mail|mail) (?:that )?you sent|"
    r"\bdeliver(?:ed|y)?\b|guest list|waiting list|approved senders?|allowed senders?|whitelist|"
    r"votre (?:message|envoi)|(?:su|tu) mensaje|il (?:tuo|suo) messaggio|ihre nachricht|seu e-?mail|sua mensagem|uw bericht|"
    r"lista blanca|liste blanche|lista bianca|witte lijst|lista branca|\bremis\b|entregad|recapitat|zugestellt",
    re.I)
# "your message to jo@...", "a message that you sent to jo@..." (TMDA's confirmation request)
# ... or "has not yet been delivered to jo@...", "will only be delivered to jo@..." (the message held back)
_CHALLENGE_PROTECTS = Lazy(r"(?:(?:your )?(?:message|mail|e-?mail)(?: (?:that|which) you sent)?|"
                           r"(?:not (?:yet )?(?:been )?|(?:only )?be )delivered) to\s*<?(" + ADDRESS + ")", re.I)

# -- the world's auto-replies, by meaning -----------------------------------------------------------
# Sources: the subject prefixes Exchange/Outlook and Gmail put on automatic replies in each
# interface language ("Automatic reply:", "Out of Office:"), as listed in Microsoft's localized
# Outlook help and seen in public reply classifiers (tables of localized auto-reply subjects);
# Sisimai's RFC3834.pm ("Auto:", "Out of Office:" subjects; X-Auto-Response-Suppress OOF|AutoReply).
# Our own table, one line per language, by meaning.
#: "automatic reply" / "out of office" as a mail program writes it at the head of the subject:
#: enough on its own
AUTO_SUBJECT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("en", r"auto(?:matic)?[- ]?(?:reply|response|answer)|out of (?:the )?office|autoreply|auto:|"
           r"vacation (?:response|auto-?reply)"),
    ("de", r"automatische antwort|autom\. antwort|abwesenheitsnotiz|abwesenheitsnachricht|abwesenheitsmeldung|"
           r"nicht im b[üu]ro|au[ßs]er haus|urlaubsnotiz|automatische r[üu]ckantwort|"
           r"automatische abwesenheits(?:notiz|nachricht|meldung|benachrichtigung)"),
    ("fr", r"r[ée]ponse automatique|absence du bureau|absent du bureau|absente du bureau|message d'absence|"
           r"hors du bureau|r[ée]ponse d'absence|absent\(e\) du bureau"),
    ("es", r"respuesta autom[áa]tica|fuera de (?:la )?oficina|mensaje de ausencia|respuesta de ausencia"),
    ("pt", r"resposta autom[áa]tica|fora do escrit[óo]rio|resposta de aus[êe]ncia|mensagem de aus[êe]ncia"),
    ("it", r"risposta automatica|fuori ufficio|fuori sede|messaggio di assenza"),
    ("nl", r"automatisch antwoord|afwezigheidsbericht|afwezigheidsmelding|niet op kantoor|buiten kantoor"),
    ("ca/eu/gl", r"resposta autom[àa]tica|erantzun automatikoa|resposta autom[áa]tica"),
    ("sv", r"automatiskt svar|fr[åa]nvaromeddelande|autosvar"),
    ("da/no", r"automatisk svar|autosvar|frav[æa]rsmelding|frav[æa]rsbesked|ikke p[åa] kontoret"),
    ("fi", r"automaattinen vastaus|poissaoloviesti|poissa toimistolta"),
    ("pl", r"odpowied[źz] automatyczna|automatyczna odpowied[źz]|poza biurem|autoodpowied[źz]|"
           r"nieobecno[śs][ćc] w biurze"),
    ("cs/sk", r"automatick[áa] odpov[ěe][dď]|automatick[áa] odpove[ďd]|mimo kancel[áa]"),
    ("hu", r"automatikus v[áa]lasz|h[áa]zon k[íi]v[üu]l|irod[áa]n k[íi]v[üu]l"),
    ("ro", r"r[ăa]spuns automat|în afara biroului|in afara biroului"),
    ("tr", r"otomatik (?:yan[ıi]t|cevap)|ofis d[ıi][şs][ıi]nda"),
    ("el", r"αυτόματη απάντηση|εκτός γραφείου"),
    ("ru/uk/bg", r"автоматический ответ|автоответ|автоматична відповідь|автоматичен отговор|вне офиса|"
                 r"нет на месте|не в офисе|автовідповідь|поза офісом|не в офісі"),
    ("sl/hr/sr", r"samodejni odgovor|automatski odgovor|van ureda|izvan ureda"),
    ("et/lv/lt", r"automaatne vastus|autom[āa]tisk[āa] atbilde|automatinis atsakymas"),
    ("ja", r"自動応答|自動返信|自動送信|不在通知|不在のお知らせ|外出中|休暇中"),
    ("zh", r"自动回复|自動回覆|自動回復|自动答复|自動答覆|不在办公室|不在辦公室"),
    ("ko", r"자동 ?응답|자동 ?회신|부재 ?중"),
    ("he/ar", r"תשובה אוטומטית|מחוץ למשרד|رد تلقائي|الرد التلقائي|خارج المكتب"),
    ("id/ms/vi/th", r"balasan otomatis|balasan automatik|tr[ảa] l[ờo]i t[ựu] [đd][ộo]ng|ตอบกลับอัตโนมัติ"),
)
#: single words a person could also put in a subject ("Absent", "Urlaub", "Vacaciones"): they
#: count only with a second sign (a header of automatic mail, or the body's own wording)
AWAY_SUBJECT_WORDS: tuple[tuple[str, str], ...] = (
    ("en", r"away|on leave|on holiday|holiday notice|annual leave|vacation"),
    ("de", r"abwesend|urlaub|im urlaub|abwesenheit"),
    ("fr", r"absent|absente|absence|en cong[ée]s?|vacances"),
    ("es/pt/it", r"ausente|ausencia|aus[êe]ncia|vacaciones|de vacaciones|f[ée]rias|de f[ée]rias|assente|assenza|in ferie|ferie"),
    ("nl", r"afwezig|met vakantie|vakantie"),
    ("nordic", r"fr[åa]nvarande|fr[åa]nvaro|frav[æa]rende|frav[æa]r|semester|ferie|poissa|lomalla|loma"),
    ("pl/cs/hu/tr", r"nieobecno[śs][ćc]|urlop|nep[řr][íi]tomnost|dovolen[áa]|t[áa]voll[ée]t|szabads[áa]g|izinde|izin"),
    ("ru/uk", r"отсутствую|отсутствие|в отпуске|отпуск|відсутн"),
    ("ja/zh/ko", r"不在|休暇|外出|休假|出差|부재"),
)
# an optional reply marker before the prefix ("AW: Automatische Antwort: ...") makes a subject
# weaker: a person may answer an auto-reply
# (blanks, then an optional "[2]" with its own blanks: "\s*(?:\[\d+\])?\s*" split blanks between
# two runs every way, quadratic in a long run)
_REPLY_MARK = r"(?:(?:re|aw|antw|sv|vs|odp|ynt|rif|r|res|ref|回复|答复|回覆)\s*(?:\[\d+\]\s*)?[:：]\s*)"
# the prefix may stand in brackets, as mail programs and East Asian clients write it
# ("[Auto-Reply] ...", "(Out of office) ...", "【自動返信】...", "［自動応答］...")
_OPEN_MARK = r"(?:[\[(【［〔「]\s*)?"
_WORLD_SUBJECT = Lazy(r"^\s*(?P<re>" + _REPLY_MARK + r"+)?" + _OPEN_MARK + "(?:"
                      + "|".join(p for _, p in AUTO_SUBJECT_PREFIXES) + r")", re.I)
_AWAY_SUBJECT = Lazy(r"^\s*(?:" + _REPLY_MARK + r"+)?" + _OPEN_MARK + "(?:" + "|".join(p for _, p in AWAY_SUBJECT_WORDS)
                     + r")(?![a-zà-ÿ])", re.I)

# The writer's own words in an out-of-office text: "I am out of the office until", "je suis absent",
# "ich bin bis ... nicht im Büro" (our own wording by meaning; Sisimai Reason/Vacation.pm keeps
# the English core: "I am away on vacation", "I am out of the office", "I will be traveling").
#: being away
#: (language, words one of which the text must hold before the pattern is tried, pattern)
OOF_BODY: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("en", ("i am", "i'm", "i will be", "i'll be", "this is a", "thank you for your"),
     r"\bi(?:'m| am| will be|'ll be)(?: currently| now)? (?:out of (?:the )?office|away from (?:the |my )?(?:office|desk|e-?mail)|"
           r"on (?:annual |parental |maternity |paternity |sick |medical )?(?:vacation|holiday|leave)|out of town|travell?ing|"
           r"away (?:until|till|from|on)|not in the office|off work|out sick)|\bi am currently away\b|"
           r"this is an? (?:automatic|automated|auto-generated) (?:reply|response|message)|"
           r"thank you for your (?:e-?mail|message)[.,!]? i(?:'m| am) (?:currently )?(?:away|out)"),
    ("de", ("ich bin", "bin ich", "befinde mich", "automatische", "nicht weitergeleitet", "ich werde"),
     r"\bich bin (?:bis|vom|ab|zur zeit|derzeit|momentan|aktuell|leider)?[^\n]{0,60}?(?:nicht im (?:b[üu]ro|hause)|abwesend|"
           r"im urlaub|au[ßs]er haus|nicht erreichbar|nicht (?:am arbeitsplatz|im dienst))|"
           r"\bbin ich (?:[^\n]{0,40}? )?(?:nicht im b[üu]ro|abwesend|im urlaub|nicht erreichbar)|"
           r"befinde mich (?:[^\n]{0,40}? )?(?:im urlaub|au[ßs]er haus|auf (?:dienst|gesch[äa]fts)reise)|"
           r"dies ist eine automatische (?:antwort|nachricht)|ihre (?:e-?mail|nachricht) wird nicht weitergeleitet|"
           # Lotus Notes' German out-of-office template ("Ich werde ab 02.12.2026 nicht im Büro sein. Ich
           # kehre zurück am 09.12.2026."; the English one reads "I will be out of the office starting ...")
           r"\bich werde (?:ab|vom|bis|von)\b[^\n]{0,40}? (?:nicht im b[üu]ro|abwesend|au[ßs]er haus|nicht erreichbar) sein"),
    ("fr", ("je suis", "je serai", "automatique", "absent"),
     r"\bje (?:suis|serai)(?: actuellement| absent(?:e)? du bureau)? ?(?:absent(?:e)?|en cong[ée]s?|en vacances|"
           r"hors du bureau|en d[ée]placement)|ceci est une r[ée]ponse automatique|\bactuellement absent(?:e)?"),
    ("es", ("estoy", "estar", "me encuentro", "respuesta autom"),
     r"\b(?:estoy|estar[ée]|me encuentro)(?: actualmente)? (?:fuera de (?:la )?oficina|ausente|de vacaciones|"
           r"fuera)|esta es una respuesta autom[áa]tica"),
    ("pt", ("estou", "estarei", "encontro-me", "resposta autom"),
     r"\b(?:estou|estarei|encontro-me)(?: atualmente)? (?:fora do escrit[óo]rio|ausente|de f[ée]rias)|"
           r"esta [ée] uma resposta autom[áa]tica"),
    ("it", ("sono", "sar", "mi trovo", "risposta automatica"),
     r"\b(?:sono|sar[òo]|mi trovo)(?: attualmente)? (?:fuori (?:ufficio|sede)|assente|in ferie)|"
           r"questa [èe] una risposta automatica"),
    ("nl", ("ik ben", "ben ik", "automatisch"),
     r"\bik ben (?:[^\n]{0,40}? )?(?:afwezig|niet (?:op kantoor|aanwezig|bereikbaar)|met vakantie)|"
           r"\bben ik (?:[^\n]{0,40}? )?(?:afwezig|niet (?:op kantoor|aanwezig)|met vakantie)|"
           r"dit is een automatisch (?:antwoord|bericht)"),
    ("nordic", ("jag ", "jeg er", "olen"),
     r"\bjag [äa]r (?:[^\n]{0,30}? )?(?:p[åa] semester|ledig|borta|fr[åa]nvarande|inte p[åa] kontoret)|"
               r"\bjeg er (?:[^\n]{0,30}? )?(?:p[åa] ferie|frav[æa]rende|ikke p[åa] kontoret|borte)|"
               r"\bolen (?:[^\n]{0,30}? )?(?:lomalla|poissa)"),
    ("pl", ("jestem", "nieobecn"),
     r"\bjestem (?:[^\n]{0,30}? )?(?:poza biurem|na urlopie|nieobecn[ya])|b[ęe]d[ęe] nieobecn[ya]"),
    ("ru", ("я ", "меня нет", "отсутствовать"),
     r"\bя (?:[^\n]{0,30}? )?(?:в отпуске|в командировке|отсутствую|не в офисе|вне офиса)|"
           r"меня нет (?:в офисе|на месте)|буду отсутствовать"),
    ("uk", ("я ", "мене немає", "відсутн"),
     r"\bя (?:[^\n]{0,30}? )?(?:у відпустці|в відпустці|у відрядженні|відсутн)|мене немає (?:в офісі|на місці)|"
           r"буду відсутн"),
    ("cs/sk", ("jsem", "som ", "budu", "budem"),
     r"\b(?:jsem|som|budu|budem)(?: [^\n]{0,30}?)? (?:mimo kancel[áa](?:[řr]|rie)|na dovolen(?:[ée]|ke)|"
              r"nep[řr][íi]tomn[ýáa]|nepr[íi]tomn[ýáa]|na slu[žz]ebn[íi] cest[ěe]|na slu[žz]obnej ceste)"),
    ("hu", ("vagyok", "leszek"),
     r"(?:szabads[áa]gon|h[áa]zon k[íi]v[üu]l|irod[áa]n k[íi]v[üu]l|t[áa]vol) (?:vagyok|leszek)|"
           r"\b(?:vagyok|leszek) (?:[^\n]{0,30}? )?(?:szabads[áa]gon|h[áa]zon k[íi]v[üu]l|irod[áa]n k[íi]v[üu]l)"),
    ("ro", ("sunt ", "voi fi"),
     r"\b(?:sunt|voi fi)(?: [^\n]{0,30}?)? (?:[îi]n concediu|plecat[ăa]? din birou|[îi]n afara biroului|absent[ăa]?)\b"),
    ("el", ("βρίσκομαι", "βρισκομαι", "είμαι", "ειμαι"),
     r"(?:βρ[ίι]σκομαι|(?:θα )?ε[ίι]μαι)(?: [^\n]{0,30}?)? (?:εκτ[όο]ς γραφε[ίι]ου|σε (?:[άα]δεια|διακοπ[έε]ς))"),
    ("tr", ("izindeyim", "tatildeyim", "ofis d", "ofiste"),
     r"izindeyim|tatildeyim|ofis d[ıi][şs][ıi]nday[ıi]m|ofiste de[ğg]ilim|ofiste bulunmuyorum"),
    ("ja/zh/ko", ("不在", "休暇", "外出", "我", "부재", "휴가"),
     r"不在にして|休暇を(?:いただいて|取って)|外出しております|休暇中|我(?:目前|现在|現在)?(?:正在)?(?:不在办公室|不在辦公室|休假|出差)|"
                 r"部門不在|부재중입니다|휴가 중입니다"),
)
#: coming back / reading mail later
RETURN_BODY = (
    r"\b(?:i will|i'll) (?:be )?(?:back|return|returning|respond|reply|get back to you|have limited access)|"
    r"\b(?:back|return(?:ing)?) (?:in the office )?(?:on|by|after)\b|limited access to (?:my )?e-?mail|"
    r"upon my return|when i (?:am back|return|get back)|for urgent (?:matters|issues|enquiries|inquiries)|"
    r"wieder (?:im b[üu]ro|erreichbar|da|zur[üu]ck)|ab dem [^\n]{0,30}?wieder|in dringenden f[äa]llen|"
    r"\bich kehre (?:am|zum|ab)?[^\n]{0,30}?zur[üu]ck|"
    r"de retour (?:le|au bureau)|je (?:vous )?r[ée]pondrai|en cas d'urgence|"
    r"regresar[ée]|estar[ée] de (?:vuelta|regreso)|en caso de urgencia|"
    r"retornarei|estarei de volta|em caso de urg[êe]ncia|rientrer[òo]|in caso di urgenza|"
    r"weer (?:aanwezig|op kantoor|terug)|in dringende gevallen|tillbaka (?:den|p[åa])|tilbake (?:den|p[åa])|"
    r"wr[óo]c[ęe]|вернусь|по срочным вопросам|戻り|返信いたします|回来后|돌아오|"
    # Korean "돌아와서 / 복귀 후 답변드리겠습니다" (after I come back / return, I will answer; our wording)
    r"돌아와|복귀 ?(?:하면|후|하여|해서|하는 대로)|"
    # "after my return" / "when I am back" (our own wording of the meaning, one group per language)
    r"nach meiner r[üu]ckkehr|[àa] mon retour|d[èe]s mon retour|a mi (?:regreso|vuelta)|cuando (?:regrese|vuelva)|"
    r"al mio (?:rientro|ritorno)|quando (?:voltar|regressar)|ap[óo]s o meu (?:regresso|retorno)|no meu retorno|"
    r"na mijn terugkomst|bij (?:mijn )?terugkomst|n[äa]r jag (?:[äa]r|kommer) tillbaka|n[åa]r jeg (?:er|kommer) tilba(?:ge|ke)|"
    r"palattuani|po (?:moim )?powrocie|po (?:m[ée]m )?n[áa]vratu|po (?:mojom )?n[áa]vrate|"
    r"visszat[ée]r[ée]sem ut[áa]n|visszaérkezésem után|la [îi]ntoarcere|dup[ăa] [îi]ntoarcere|"
    r"[όο]ταν επιστρ[έε]ψω|μετ[άα] την επιστροφ[ήη] μου|d[öo]nd[üu][ğg][üu]mde|d[öo]n[üu][şs][üu]mde|"
    r"после (?:моего )?возвращения|по возвращении|після (?:мого )?повернення|戻り次第|回來後|返回后"
)
_OOF_BODY = tuple((words, Lazy(p, re.I)) for _, words, p in OOF_BODY)
_RETURN_BODY = Lazy(RETURN_BODY, re.I)
# (searched for presence only: leading blanks stop at the line end, or "^\s*" from every line
# start of a run of blank lines rescanned the rest of the run; a match after blank lines is
# still found from the line it is on)
_QUOTED_REPLY = Lazy(r"^[^\S\n]*>|^[^\S\n]*(?:on .{4,80} wrote:|am .{4,80} schrieb .{0,80}:|le .{4,80} a [ée]crit\s*:|"
                     r"-{2,}\s*(?:original message|urspr[üu]ngliche nachricht|message d'origine)\s*-{2,})",
                     re.I | re.M)

# -- challenge-response systems ---------------------------------------------------------------------
# Sources: vendors' own descriptions: Boxbe (a "Guest List" of approved senders, unknown senders
# wait on a "Waiting List" until approved), Spam Arrest (the unknown sender gets a verification
# email and must click a link and type a verification word), cPanel BoxTrapper ("verify" template:
# reply or click the link to confirm you are a legitimate sender; whitelist), TMDA ("confirmation
# request" for a pending message), Bluebottle, Mailblocks, ChoiceMail (DigiPortal: "registration"
# request), qurb, iPermitMail, Sendio, Mailinblack, EarthLink / WatchGuard spamBlocker sender
# verification.  Names of the products, and what they ask, by meaning.
CHALLENGE_VENDORS = ("boxbe", "spamarrest", "spam arrest", "mailblocks", "choicemail", "digiportal", "tmda",
                     "bluebottle", "qurb", "ipermitmail", "sendio", "boxtrapper", "mailinblack", "spamblocker",
                     "mailchannels", "sender verification request", "guest list")
_CHALLENGE_MORE = Lazy(
    r"guest list|waiting list|(?:add(?:ed)?|put) (?:you |your address )?(?:to|on) (?:my|the|his|her) (?:approved|allowed|safe|trusted)"
    r"(?: senders?)? list|approved senders? list|click (?:on )?(?:the |this )?link (?:below )?to (?:verify|confirm|be added|"
    r"release|deliver)|verify (?:that )?you are (?:a )?(?:real )?(?:live )?(?:person|human)|(?:are|is) (?:a )?(?:real )?person, not a (?:machine|robot|spammer)|"
    r"reply to this message and leave the subject(?: line)? intact|"
    r"(?:added|add you) to my list of (?:approved|allowed|safe|trusted) senders|"
    r"(?:allow|accept) (?:incoming )?(?:messages|e-?mails?|mail) only from senders (?:i|we) have approved|"
    r"(?:to )?complete (?:the|this) (?:sender )?verification(?: process)?|"
    r"confirmation request|please confirm (?:your|the) (?:message|e-?mail|sending)|unverified senders?|sender verification|"
    r"verification (?:word|code|link|request)|your message (?:is|has been|will be) (?:held|kept|quarantined|pending) "
    r"(?:until|for)|(?:i|we) only accept (?:e-?mail|mail|messages) from|"
    r"best[äa]tigen sie (?:ihre|die) (?:e-?mail|nachricht|absenderadresse)|liste (?:blanche|des exp[ée]diteurs autoris[ée]s)|"
    r"confirmer (?:votre|l'envoi de votre) (?:message|e-?mail|adresse)|prouver que vous|"
    r"confirmar (?:su|tu) (?:mensaje|correo|direcci[óo]n)|lista blanca|lista bianca|confermare il (?:tuo )?messaggio|"
    # Mailinblack (as the product describes itself: unknown senders get an authentication request and
    # validate their sending once, by a link; our wording): "validez votre envoi", "authenticate your message"
    r"valid(?:er|ez) (?:votre|l'envoi de votre) (?:message|envoi|e-?mail|adresse)|"
    r"(?:validate|authenticate) your (?:sending|message|e-?mail)|demande d['’ ]authentification|"
    # "prove you are not a robot", as the products word it in French, Spanish, German, Italian, Portuguese
    r"n['’ ]?[êe]tes pas un robot|no (?:eres|es) un robot|kein roboter|non (?:sei|è) un robot|n[ãa]o (?:é|[ée]s) um rob[ôo]|"
    # EarthLink spamBlocker (as EarthLink describes it: unknown senders fill in a one-time request form)
    r"(?:complete|fill (?:in|out)) (?:the|this|a) (?:one-time |one time )?(?:request|verification) form",
    re.I)

# The "Re: " prefixes are taken whole (possessive): none of the words after them can be read as
# one, and giving them back one at a time rescanned the rest of the subject each time
# (quadratic in "Fwd: Fwd: ...").  Blanks and dots at the end are possessive for the same reason.
# The body is searched for presence only: there blanks stop at the line end (a line that matches
# after blank lines, or before them, is still found from the line it is on).
_UNSUB_SUBJECT = Lazy(
    r"^\s*(?:(?:re|aw|fw|fwd)\s*:\s*)*+(?:.*\b(?:please )?(?:unsubscribe|remove) me\b.*|unsubscribe|remove|stop|"
    r"opt[- ]?out|desinscri(?:re|pci[oó]n)|abbestellen|se d[ée]sabonner|配信停止|"
    # the one-word subjects of the same request in other languages ("Abmelden", "Désinscription",
    # "Baja", "Cancellazione", "Afmelden", "Descadastrar", "Отписаться", "退订", "購読解除", "수신거부")
    r"abmelden|austragen|d[ée]sinscription|d[ée]sabonnement|baja|darme de baja|cancellazione|disiscrizione|"
    r"afmelden|uitschrijven|descadastr(?:ar|o|e)|cancelar (?:inscri[çc][ãa]o|assinatura)|отписаться|отписка|"
    r"wypisz|退订|退訂|取消订阅|取消訂閱|購読解除|수신 ?거부)\s*+[.!]*+\s*+$", re.I)
_UNSUB_BODY = Lazy(
    r"^[^\S\n]*(?:unsubscribe(?: me)?|remove me|stop|opt[- ]?out)[^\S\n]*+[.!]*+[^\S\n]*+$|"
    r"(?:please\s+)?(?:remove|unsubscribe|take) me (?:off|from) (?:(?:this|your|the) )?(?:mailing |e-?mail |distribution )?list|"
    r"(?:stop|quit) (?:sending|emailing) me|do not (?:e-?mail|contact) me (?:again|anymore)", re.I | re.M)
# "take me off your list", as people write it in other languages (our wording of the request, one
# group per language: de, fr, es, it, nl, pt, pl, ru, ja, zh, ko); tried only on a text holding one of
# ``_UNSUB_WORLD_WORDS`` (every alternative holds one)
_UNSUB_WORLD = Lazy(
    r"(?:nehmen|streichen|entfernen|l[öo]schen|tragen) sie mich (?:bitte )?(?:aus|von) (?:ihrem|ihrer|dem|der|diesem|dieser) "
    r"(?:verteiler|liste|newsletter|mailingliste|e-?mail-?verteiler|adressliste)|"
    r"melden sie mich (?:bitte )?(?:vom|von ihrem|von diesem) (?:newsletter|verteiler) ab|"
    r"(?:me|nous) (?:d[ée]sinscrire|d[ée]sabonner|retirer|supprimer|radier|enlever) de (?:votre|vos|la|cette|ta) "
    r"(?:liste|newsletter|lettre d'information|fichier|mailing)|(?:d[ée]sinscrivez|d[ée]sabonnez|retirez)-moi|"
    r"\b(?:d[ée]n|denme|darme|dadme|den) de baja|"
    r"(?:elim[íi]n|borr|quit|sac|retir)(?:enme|eme|adme|arme) (?:de|del) (?:su|tu|vuestra|la|esta) (?:lista|bolet[íi]n|base de datos)|"
    r"(?:cancellar|rimuover|toglier|eliminar)mi dall?a? (?:vostra |sua |tua )?(?:mailing ?list|lista|newsletter)|"
    r"cancellatemi|rimuovetemi|"
    r"(?:mij|me) (?:graag )?(?:afmelden|uitschrijven)|(?:haal|verwijder) (?:mij|me) (?:alstublieft |aub |a\.u\.b\. )?"
    r"(?:van|uit) (?:uw|je|jullie|de|deze) (?:mailinglijst|lijst|nieuwsbrief|verzendlijst|bestand)|"
    r"(?:me remov(?:a|am|er)|remov(?:a|am|er)-me) d[ae] (?:sua |tua |vossa |)(?:lista|newsletter|base)|descadastr(?:e|ar|em)-me|"
    r"(?:wypiszcie|usu[ńn]cie|wykre[śs]lcie) mnie z (?:listy|newslettera|bazy)|wypisanie mnie z|"
    r"отпишите меня|удалите меня из (?:вашей |своей |этой )?(?:рассылки|списка|базы)|(?:хочу|прошу) отписаться|"
    r"配信(?:を)?(?:停止|解除)(?:して|を)?(?:ください|下さい|お願い)|"
    # (the reader's own request, with "me": a marketing footer's "请回复TD退订" names no one)
    r"(?:请|請)(?:将我|將我|把我|帮我|幫我|给我|給我)[^。\n]{0,12}(?:退订|退訂|取消订阅|取消訂閱)|我要(?:退订|退訂|取消订阅|取消訂閱)|"
    r"(?:请|請)不要再(?:给我|給我)(?:发|發)|"
    r"수신 ?거부(?:합니다|해 ?주세요|를 원합니다)", re.I)
_UNSUB_WORLD_WORDS = ("sie mich", "sinscri", "sabonn", "retirer de", "supprimer de", "radier de", "enlever de",
                      "retirez-moi", "baja", "eme ", "enme", "adme", "arme", "mi dal", "temi", "afmelden", "uitschrijven",
                      "haal m", "verwijder m", "remov", "descadastr",
                      "mnie", "отпиш", "удалите меня", "отписаться", "配信", "退订", "退訂", "取消订阅", "取消訂閱",
                      "不要再", "수신")


def _asks_unsubscribe_not_bounce(msg: ParsedMessage, text: str) -> bool:
    """The text asks to be taken off the list, in English or another language (the other languages'
    wordings never in a mail system's report quoting them: a report the later detectors read keeps its
    reading; "配信" of "配信を停止して" is also a word of Japanese reports, so not their report words)."""
    if _UNSUB_BODY.search(text):
        return True
    low = text.lower()
    return (any(map(low.__contains__, _UNSUB_WORLD_WORDS)) and _UNSUB_WORLD.search(text) is not None
            and not (textdet.from_system(msg) or msg.head("x-failed-recipients")))

# the long case-insensitive alternations searched for in subjects and texts: each is compiled
# behind a look-ahead at the characters its matches start with (``lazyre.Lazy.scan``)
scanned(_AUTO_SUBJECT_ANY, _CHALLENGE_WORDS, _ABOUT_OUR_MESSAGE, _CHALLENGE_PROTECTS, _CHALLENGE_MORE)


def detect(msg: ParsedMessage) -> Detection | None:
    subject = textdet.subject(msg)
    if textdet.from_system(msg) and textdet.BOUNCE_SUBJECT.search(subject):
        return None  # a mail system's delivery report: never an auto-reply or a request
    sender = normalize(msg.from_)
    body = _own_text(msg)

    if not msg.status_blocks and _is_challenge(msg, sender or "", subject, body):
        return Detection(CHALLENGE, [Record(address=_protected(msg, sender, subject, body) or sender)], name)

    auto_submitted = str(msg.head("auto-submitted") or "").strip().lower()
    precedence = str(msg.head("precedence") or "").strip().lower()
    strong = bool(_AUTO_SUBJECT.search(subject))
    header = (auto_submitted.startswith("auto-replied") or precedence == "auto_reply"
              or any(msg.head(h) for h in _AUTO_HEADERS)
              or (auto_submitted.startswith("auto-") and bool(_AUTO_SUBJECT_ANY.search(subject))))
    if strong and not textdet.BOUNCE_SUBJECT.search(subject) or header and not textdet.looks_like_bounce(msg):
        return Detection(AUTO_REPLY, [Record(address=sender)], name)
    if _is_world_auto_reply(msg, subject, body, auto_submitted, precedence):
        return Detection(AUTO_REPLY, [Record(address=sender)], name)

    if not _is_bulk(msg) and (_UNSUB_SUBJECT.match(subject) and (not body.strip() or _asks_unsubscribe_not_bounce(msg, body))
                              or _asks_unsubscribe_not_bounce(msg, body[:500])):
        return Detection(UNSUBSCRIBE, [Record(address=sender)], name)
    return None


def _is_challenge(msg: ParsedMessage, sender: str, subject: str, body: str) -> bool:
    words = _CHALLENGE_WORDS.findall(body, 0, 3000)
    head = any(msg.head(h) for h in _CHALLENGE_HEADERS)
    signals = sum((head, bool(_CHALLENGE_WORDS.search(subject)), len(words) >= 1, len(words) >= 2))
    # a challenge holds back a message we sent; "click the link to verify your email address for your
    # new account" is a sign-up, unless a challenge product names itself
    about = head or _ABOUT_OUR_MESSAGE.search(f"{subject} {body[:3000]}") is not None
    if signals >= 2 and about:
        return head or not _is_bulk_list(msg)  # a newsletter's "whitelist us, add us to your approved senders"
    if not head and textdet.from_system(msg):
        return False  # challenges come from the person's address or the service's, not a mailer
    # a product's name or its own request wording, with one more sign of a challenge
    low = f"{sender} {msg.from_} {subject} {body[:3000]}".lower()
    vendor = any(map(low.__contains__, CHALLENGE_VENDORS))
    if signals + vendor == 0:
        return False  # the request's wording alone is one sign, never enough
    more = bool(_CHALLENGE_MORE.search(subject)) or bool(_CHALLENGE_MORE.search(body, 0, 3000))
    if not (vendor or more) or signals + vendor + more < 2 or not (about or vendor):
        return False
    if head:
        return not (textdet.from_system(msg) and textdet.looks_like_bounce(msg))
    # not a newsletter's "add us to your safe senders list" (a coffee roaster may be called
    # Blue Bottle), not a bounce that tells how to get whitelisted
    return not _is_bulk_list(msg) and not textdet.looks_like_bounce(msg)


def _protected(msg: ParsedMessage, sender: str | None, subject: str, body: str) -> str | None:
    """The person the challenge protects: "your message to jo@...", or the address a service's
    notice names ("jo@example.net is using Boxbe", "jo@example.net's Guest List")."""
    m = _CHALLENGE_PROTECTS.search(subject + " ") or _CHALLENGE_PROTECTS.search(body + " ")
    if m:
        return normalize(m.group(1))
    low = (sender or "").lower()
    if not any(v.replace(" ", "") in low for v in CHALLENGE_VENDORS):
        return None  # the person's own system answered: the sender is the protected one
    ours = {a.lower() for a in find_all(msg.header("To"))} | {low}
    for text in (subject, body[:3000]):
        for addr in find_all(text):
            if addr.lower() not in ours:
                return addr
    return None


def _is_world_auto_reply(msg: ParsedMessage, subject: str, body: str, auto_submitted: str, precedence: str) -> bool:
    """Auto-replies without RFC 3834 headers: a localized subject prefix, or the body's own words."""
    if _is_bulk_list(msg) or textdet.BOUNCE_SUBJECT.search(subject):
        return False
    world = _WORLD_SUBJECT.match(subject)
    if world is not None and not world.group("re"):
        return not textdet.looks_like_bounce(msg)
    # weaker signs: each needs a second one
    automatic = (auto_submitted.startswith("auto-") or precedence in ("bulk", "junk", "auto_reply")
                 or bool(msg.head("x-auto-response-suppress")))
    if world is None and not automatic and _AWAY_SUBJECT.match(subject) is None and textdet.from_system(msg):
        return False  # a mail system's message: only a person's mailbox writes its own absence note
    if textdet.looks_like_bounce(msg):
        return False
    away = world is not None or _AWAY_SUBJECT.match(subject) is not None
    if away and automatic and precedence != "bulk":
        return True  # "Urlaub" from a mailbox that marks its mail as automatic (a bulk sender's
        # "Vacation deals" is not one)
    head = body[:1500]
    oof = _says_away(head)
    if oof is None and world is None:
        return False
    back = _RETURN_BODY.search(head) is not None
    signs = sum((away, automatic, oof is not None, back))
    if signs < 2:
        return False
    if oof is not None and world is None and not automatic and _AWAY_SUBJECT.match(subject) is None:
        # the body alone: a short note, not a person's answer quoting the conversation
        if len(body) > 2500 or (textdet.is_reply(msg) and _QUOTED_REPLY.search(msg.body[:20000])):
            return False
    return True


def _says_away(text: str) -> re.Match[str] | None:
    """The first out-of-office sentence of the text (a language's pattern runs only when one of
    its words is there: most mail holds none)."""
    low = text.lower()
    for words, rx in _OOF_BODY:
        if any(map(low.__contains__, words)):
            m = rx.search(text)
            if m is not None:
                return m
    return None


def _is_bulk_list(msg: ParsedMessage) -> bool:
    """Mail a list or a sender distributed to many: never somebody's auto-reply."""
    return bool(msg.head("list-id") or msg.head("list-unsubscribe"))


def _own_text(msg: ParsedMessage) -> str:
    """The writer's own words: the report text without quoted lines."""
    lines = [ln for ln in msg.body.splitlines() if not ln.lstrip().startswith(">")]
    return "\n".join(lines)[:5000]


def _is_bulk(msg: ParsedMessage) -> bool:
    """Newsletters and digests carry unsubscribe words in every footer; they are not requests."""
    return bool(msg.head("list-id") or msg.head("list-unsubscribe")
                or str(msg.head("precedence") or "").lower() in ("bulk", "list", "junk"))
