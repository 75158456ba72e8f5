"""Microsoft Exchange non-delivery reports the generic reader cannot place by itself.

1. Exchange 5.5 / 2000 / 2003 (before Exchange wrote RFC 3464): "Your message ... did not reach
   the following recipient(s):" then per recipient "user@example.com on <date>", Exchange's words,
   and an ``MSEXCH:IMS`` diagnostic whose hexadecimal code names the cause.
2. Exchange 2010 and later / Exchange Online / Outlook.com NDRs in the language they are sent in
   (the English ones are read by the generic text detector): the localised heading "Delivery has
   failed to these recipients or groups:" ("... is delayed to ...") with the failed addresses one a
   line under it (learn.microsoft.com/<locale>/exchange/mail-flow-best-practices/non-delivery-reports-
   in-exchange-online/non-delivery-reports-in-exchange-online and the localised per-code NDR pages:
   the layout and the headings are the same in every locale).  The heading with an address under
   it is the report's own structure (as ``text._LIST_INTRO`` is for English): it makes the notice a
   report even from Exchange's system mailbox with the original's subject, and the heading says
   whether the delivery failed or is still being tried.
"""
from __future__ import annotations

import re

from filter.core.lazyre import Lazy
from filter.core.message import ParsedMessage
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection, Record
from filter.core.address import normalize
from filter.core.model import DELAYED, DELIVERED, FAILED
from filter.core.wordindex import WordIndex

name = "exchange"

_MARKER = Lazy(r"did not reach (?:the following|some or all of the intended) recipient|"
                     r"following recipient\(s\) could not be reached|"
                     # (the same NDR localized: French "Impossible de joindre le(s) destinataire(s) suivant(s)", German
                     # "Folgende(r) Empfänger konnte(n) nicht erreicht werden", Spanish "No se pudo llegar a los siguientes
                     # destinatarios")
                     r"impossible de joindre le\(s\) destinataire\(s\) suivant\(s\)|"
                     r"folgende\(?r?\)? empf(?:ä|ae)nger konnte\(?n?\)? nicht erreicht werden|"
                     r"no se (?:pudo|ha podido) llegar a los siguientes destinatarios|"
                     # (Italian "Impossibile raggiungere i seguenti destinatari", Swedish "Det gick inte att nå följande
                     # mottagare", Dutch "De volgende ontvanger(s) kon(den) niet worden bereikt", Portuguese "Não foi possível
                     # contactar os seguintes destinatários")
                     r"impossibile raggiungere i seguenti destinatari|det gick inte att n(?:å|a) f(?:ö|o)ljande mottagare|"
                     r"de volgende ontvanger\(?s?\)? kon\(?den\)? niet worden bereikt|"
                     r"n(?:ã|a)o foi poss(?:í|i)vel contactar os seguintes destinat(?:á|a)rios", re.I)
# (looked for as the NDRs write them, without lower-casing each report first)
_MARKER_WORDS = ("did not reach", "could not be reached", "Impossible de joindre", "impossible de joindre",
                 "nicht erreicht werden", "No se pudo llegar", "No se ha podido llegar", "Impossibile raggiungere",
                 "följande mottagare", "foljande mottagare", "niet worden bereikt", "contactar os seguintes")
_MAILER = Lazy(r"internet mail service|microsoft exchange|msexch", re.I)
_CODE = Lazy(r"\(([0-9A-F]{8})\)")
# Exchange 2000-2003's diagnostic line under each recipient: the server that gave up and the status, "<mbx01.firm.example
# #5.1.1>" (the NDR's mark where no X-Mailer header was kept)
_SERVER_CODE = Lazy(r"<[\w-]+(?:\.[\w-]+)+ #[245]\.\d{1,3}\.\d{1,3}>")
# X.400 form: on a line, before any "@", "dda:SMTP=" then the address (the line up to the address
# and a ";" after it are dropped).  Read line by line below: as one pattern,
# ``(?im)^[^\n@]*?\bdda:SMTP=(\S+@[^;\s]+);?``, every "dda:SMTP=" of a long run without an
# address rescanned the rest of the run (quadratic).
_X400_TAG = Lazy(r"(?i)\bdda:SMTP=")
_X400_ADDRESS = Lazy(r"\S+@[^;\s]+")
_RUN = Lazy(r"\S*")
# MSEXCH:IMS / IMC diagnostic codes -> reason
CODES = {
    "000C05A6": "user_unknown",      # Unknown Recipient
    "000C0595": "filtered",          # Ambiguous Recipient
    "00010256": "system_error",      # Too many recipients
    "000D06B5": "system_error",      # No proxy for recipient
    "00120270": "network_error",     # Too Many Hops
    "00050311": "content_error",     # Conversion to Internet format failed
    "000502CC": "content_error",     # Conversion to Internet format failed
    "000B0981": "security_error",    # Server does not support AUTH
    "000B099C": "on_hold",           # Host unknown / size / remote error, undecided
    "000B09AA": "on_hold",
    "000B09B6": "on_hold",
}


# the code alone at the end of its line, or followed by the IMS's usual words for it
_CODE_ALONE = Lazy(r"[ \t]*(?:$|\n|unknown recipient|ambiguous recipient|too many (?:recipients|hops)|no proxy|conversion|"
                   r"server does not support)", re.I)


# "recipients or groups" / "recipients or distribution lists", as the heading of a localised NDR
# names them (de fr es it pt nl pl ru cs sv da nb fi tr ja zh ko; the Exchange 2007/2010 wording
# said "distribution lists" where Exchange 2013 and later say "groups")
_GROUPS = (
    r"empf(?:ä|ae|a)nger oder (?:gruppen|verteilerlisten)|destinataires ou (?:groupes|listes de distribution)|"
    r"destinatarios o (?:grupos|listas de distribuci[óo]n)|destinatari o (?:gruppi|liste di distribuzione)|"
    r"destinat[áa]rios ou (?:grupos|listas de distribui[çc][ãa]o)|ontvangers of (?:groepen|distributielijsten)|"
    r"(?:adresat[óo]w|odbiorc[óo]w) lub (?:grup|list dystrybucyjnych)|"
    r"получател(?:ям|ей) или (?:группам|групп|спискам рассылки|списков рассылки)|"
    r"p[řr][íi]jemc(?:[ůu]m|[ůu]) nebo (?:skupin[áa]m|skupin|distribu[čc]n[íi]m seznam[ůu]m)|"
    r"mottagare eller (?:grupper|distributionslistor)|modtagere eller (?:grupper|distributionslister)|"
    r"mottakerne? eller (?:gruppene|grupper|distribusjonslister)|vastaanottaj(?:ille|at) tai (?:ryhmille|ryhm[äa]t|jakeluluetteloille)|"
    r"al[ıi]c[ıi]lar(?:a|)? veya (?:gruplara|gruplar|da[ğg][ıi]t[ıi]m listelerine)|"
    r"受信者または(?:グループ|配布リスト)|收件人或(?:组|通讯组)|收件者或(?:群組|通訊群組)|받는 사람 또는 (?:그룹|메일 그룹|배포 목록)"
)
# the heading: a line of its own that names them and ends in a colon
# (never a quoted line: "> Die Zustellung an ... ist fehlgeschlagen:" is a reply's quote of one)
_HEADING = Lazy(rf"^(?![ \t]*>)[^\n:：]{{0,80}}(?:{_GROUPS})[^\n:：]{{0,60}}[:：][ \t\r]*$", re.I | re.M)
# a word every heading holds ("groups" / "distribution lists" in its language), looked for first: the
# heading's pattern tries its alternation at every place of every line (and a one-shot pipe process
# would compile it for every report)
_GROUP_WORDS = ("gruppen", "verteilerlisten", "groupes", "listes de distribution", "grupos", "listas de distribuci",
                "gruppi", "liste di distribuzione", "groepen", "distributielijsten", "grup", "list dystrybucyjnych",
                "групп", "списк", "skupin", "distribu", "grupper", "gruppene", "ryhm", "jakeluluettelo", "gruplar",
                "listelerine", "グループ", "配布リスト", "组", "群組", "그룹", "배포 목록")


# (looked for in one pass over the report's head, not a pass per word)
_GROUP_INDEX = WordIndex(_GROUP_WORDS)


def _names_groups(body: str) -> bool:
    head = body[:5000].lower()
    return _GROUP_INDEX.holds(head, _GROUP_WORDS)

# ... and its words for "is delayed"
_DELAYED = Lazy(r"verz(?:ö|oe|o)gert|diff[ée]r[ée]e|retard|ritard|retras|atrasad|vertraagd|op[óo][źz]n|задерж|zpo[žz]d|"
                r"f[öo]rdr[öo]j|forsink|viiv[äa]sty|gecik|遅延|延迟|延遲|지연", re.I)
# ... and for "has failed" (a heading that says neither is a person's list, not a report)
_FAILED = Lazy(r"fehlgeschlagen|nicht zugestellt|[ée]chou[ée]|impossible|error en|no se (?:ha )?(?:podido|pudo)|fall[óo]|"
               r"non riuscit|impossibile|falh|n[ãa]o foi poss[íi]vel|mislukt|nie powiod|niepowodzeni|nie mo[żz]na|"
               r"не удалось|невозможно|nezda[řr]il|selhal|nelze|gick inte|misslyckades|kunde inte|mislykkedes|"
               r"mislyktes|kunne ikke|ep[äa]onnistui|ei voitu|ba[şs]ar[ıi]s[ıi]z|edilemedi|失敗|失败|できません|未能|"
               r"无法|無法|못했|실패|할 수 없", re.I)


def detect(msg: ParsedMessage) -> Detection | None:
    body = textdet.report_text(msg)
    if msg.subject.partition(":")[0].strip().lower() in textdet.SUCCESS_SUBJECT_PREFIXES and textdet.from_system(msg):
        receipt = _receipt(body)
        if receipt is not None:
            return receipt
    if _names_groups(body) and _HEADING.search(body, 0, 5000) is not None and _from_exchange(msg):
        found = _localized(msg, body)
        if found is not None:
            return found
    if not any(map(body.__contains__, _MARKER_WORDS)) or not _MARKER.search(body) \
            or not (_MAILER.search(str(msg.head("x-mailer"))) or "MSEXCH:" in body or _SERVER_CODE.search(body)):
        return None
    # X.400 originator/recipient form: "c=US;a= ;p=ORG;o=Site;dda:SMTP=user@example.com; on <date>"
    records = textdet.parse_blocks(_x400_plain(body))
    if not records and (textdet.from_system(msg) or textdet.looks_like_bounce(msg)):
        records = _named(body)
    if not records:
        return None
    for rec in records:
        m = _CODE.search(rec.diagnostic or "")
        if m and m.group(1) in CODES and _CODE_ALONE.match(rec.diagnostic, m.end()):
            # (the IMS writes its own words after the code, "0 (000C05A6) Unknown Recipient"; words that name
            # another cause there, "... Delivery time expired", "... Host unknown", decide by themselves)
            rec.reason = CODES[m.group(1)]
    return Detection(textdet.report_kind(msg, body), records, name)


# Exchange 5.5 IMS / Exchange 2000-2003 text NDR, a recipient in the organisation named by its display
# name: "Ann Lee on Tue, 6 Aug 2002 09:58:19 +0800", its own lines indented under it.  No "@", and none
# of the X.400 form's "=" / ";" (an X.400 name without an SMTP address is left as it was read)
# (localized: French "Jean Dupont le 10/03/2025", German "am", Spanish "el", Italian "il", Dutch "op", Portuguese "em", Swedish
# "den")
# "on <date>" after a recipient's name or address, in the languages Exchange was localised into (Romanian "pe", Croatian
# "dana", Slovak "dňa", Russian / Ukrainian "в" / "у", Greek "στις", Hebrew "בתאריך", Icelandic "þann")
_ON_A_DATE = r"[ \t]+(?:on|le|am|el|il|op|em|den|dnia|dne|pe|dana|d(?:ň|n)a|в|у|στις|בתאריך|þann)[ \t]+\S[^\n]*\d"
_NAMED_LINE = Lazy(r"^(?P<indent>[ \t]*)(?P<name>[^\s@=;:<>()\[\]][^@=;:<>()\[\]\n]{0,79}?)"
                   # (the address may follow the name, "Ann Lee <ann@...> on <date>")
                   r"(?:[ \t]+<(?P<addr>[^\s<>@]+@[^\s<>]+)>)?" + _ON_A_DATE)


def _named(body: str) -> list[Record]:
    """The recipients an Exchange 5.5 IMS / 2000-2003 NDR names by display name, one record each.

    Exchange names a recipient in its own directory by the display name, not the address
    ("Ann Lee on <date>", then its words and the ``MSEXCH:IMS`` diagnostic indented under it):
    each record keeps that name (``Record.name``, resolved by the core against the returned
    original's To / Cc) and the words of its own block only, so each is classified by its own
    diagnostic.  Read only after the "did not reach the following recipient(s)" heading."""
    heading = _MARKER.search(body)
    if heading is None:
        return []
    lines = body[heading.end():].replace("\r", "").split("\n")[1:400]
    records: list[Record] = []
    i = 0
    while i < len(lines):
        m = _NAMED_LINE.match(lines[i])
        i += 1
        if m is None:
            continue
        depth = _indent(m.group("indent"))
        block: list[str] = []
        while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > depth):
            block.append(lines[i])
            i += 1
        if not any(ln.strip() for ln in block):
            continue  # no words of its own: a sentence that happens to hold " on " and a digit
        rec = textdet.record_from_block("", "\n".join(block))
        rec.address, rec.name = None, " ".join(m.group("name").split())
        records.append(rec)
    return records


# Exchange 5.5-2003's delivery receipt ("Your message ... was delivered to the following recipient(s):", then "Ann Lee on
# <date>"), in the languages it was localised into (our renderings of its meaning: German "wurde an folgende Empfänger
# übermittelt", French "a été remis aux destinataires suivants", Spanish "se entregó a los siguientes destinatarios",
# Portuguese "foi entregue aos seguintes destinatários", Italian "è stato recapitato ai seguenti destinatari", Dutch "is
# bezorgd bij de volgende geadresseerden"): delivered, each recipient named by display name as in its NDRs
_DELIVERED_VERB = (r"(?:delivered|übermittelt|zugestellt|remis|entreg(?:ad[oa]|ue|ó|o)|recapitat[oa]|bezorgd|afgeleverd|"
                   r"levererades|leveret|levert|dostarczon[aey]|toimitettiin|doru(?:č|c)en[aoyá]|k(?:é|e)zbes(?:í|i)tve|"
                   # (Russian / Ukrainian "доставлено", Romanian "livrat(ă)", Croatian "isporučena", Hebrew "נמסרה", Turkish
                   # "teslim edildi", Greek "παραδόθηκε", Japanese "配信されました", Chinese "已传递", Korean "전달되었습니다")
                   r"доставлен[оаы]?|livrat[ăa]?|isporu(?:č|c)en[aoi]?|נמסר[הו]?|teslim edildi|παραδόθηκε|配信されました|"
                   r"已(?:传递|傳遞|送达|送達)|전달되었습니다|"
                   # (Catalan "s'ha lliurat", Icelandic "voru afhent", Afrikaans "afgelewer")
                   r"lliurat|afhent|afgelewer)")
_THE_FOLLOWING = (r"(?:the following recipient|folgenden?\(?n?\)? empf(?:ä|ae)nger|destinataires? suivants?|siguientes destinatarios|"
                  r"seguintes? destinat(?:á|a)rios?|seguenti destinatari|volgende (?:geadresseerde|ontvanger)|f(?:ö|o)ljande mottagare|"
                  r"f(?:ø|o)lgende (?:modtager|mottaker)|nast(?:ę|e)puj(?:ą|a)cych (?:adresat|odbiorc)|seuraaville vastaanottajille|"
                  r"n(?:á|a)sleduj(?:í|i)c(?:í|i)m p(?:ř|r)(?:í|i)jemc|k(?:ö|o)vetkez(?:ő|o) c(?:í|i)mzett|"
                  # (Slovak "nasledujúcim príjemcom", Russian "следующим получателям", Ukrainian "таким / наступним
                  # одержувачам", Romanian "următorilor destinatari", Croatian "sljedećim primateljima", Hebrew "לנמענים
                  # הבאים", Turkish "aşağıdaki alıcılara", Greek "ακόλουθους παραλήπτες", Japanese "次の受信者", Chinese
                  # "下列收件人", Korean "다음 받는 사람")
                  r"nasleduj(?:ú|u)cim pr(?:í|i)jemc|следующим получател|(?:таким|наступним) (?:одержувач|отримувач)|"
                  r"(?:u|ur)rm(?:ă|a)torilor destinatari|sljede(?:ć|c)im primatelj|לנמענים הבאים|a(?:ş|s)a(?:ğ|g)(?:ı|i)daki al(?:ı|i)c(?:ı|i)lar|"
                  r"ακόλουθους παραλήπτες|次の受信者|下列收件人|以下收件人|다음 받는 사람|"
                  # (Catalan "als destinataris següents", Icelandic "eftirfarandi viðtakanda / viðtakendum", Afrikaans "die volgende
                  # ontvanger(s)")
                  r"destinataris seg(?:ü|u)ents|eftirfarandi vi(?:ð|d)tak(?:and|end)(?:a|i|um|ur)|volgende ontvangers?)")
# (the heading found by its "following recipients", the rarer words; the verb then looked for beside it)
_FOLLOWING = Lazy(_THE_FOLLOWING, re.I)
_VERB_BEFORE = Lazy(_DELIVERED_VERB + r"[^\n:]{0,40}?$", re.I)
_VERB_AFTER = Lazy(r"[^\n:]{0,20}?" + _DELIVERED_VERB, re.I)
# (a negation before or inside the heading makes it a failure's or a delay's: "not", "nicht", "pas", "no", "não", "non", "niet",
# "inte", "ikke", "nie", "ei", "nem", "endnu ikke", "noch nicht", "not yet")
_NEGATED = Lazy(r"\b(?:not|nicht|pas|no|n(?:ã|a)o|non|niet|inte|ikke|nie|ei|nem|nebyl[ao]?|couldn't|wasn't|hasn't|failed|"
                # (Russian / Ukrainian / Bulgarian "не", Romanian "nu", Croatian "nije", Slovak "nebola", Hebrew "לא", Greek "δεν")
                r"не|nu|nije|nebol[ao]|לא|δεν|ekki)\b|n't\b", re.I)
_RECEIPT_WORDS = ("following", "folgende", "suivant", "siguientes", "seguinte", "seguenti", "volgende", "följande", "foljande",
                  "følgende", "następując", "nastepuj", "seuraaville", "následuj", "nasleduj", "következő",
                  "kovetkezo", "следующим", "таким", "наступним", "următor", "urmator", "sljedeć", "sljedec",
                  "הבאים", "aşağıdaki", "asagidaki", "ακόλουθ", "次の受信者", "下列收件人", "以下收件人", "다음 받는",
                  "següents", "seguents", "eftirfarandi")


_ADDRESS_ON = Lazy(r"^[ \t]*<?(?P<addr>[^\s<>@]+@[^\s<>@]+?)>?" + _ON_A_DATE)


def _receipt(body: str) -> Detection | None:
    """The recipients an Exchange 5.5-2003 delivery receipt names, by display name ("'Ann Lee' on <date>") or address."""
    low = body[:3000].lower()
    found = [k for k in (low.find(w) for w in _RECEIPT_WORDS) if k >= 0]
    if not found:
        return None
    # (the pattern tried around the first of its words only: the receipt's heading is its first "following")
    first = min(found)
    heading = _FOLLOWING.search(body, max(0, first - 40), first + 40)
    if heading is None or not (_VERB_BEFORE.search(body, max(0, heading.start() - 80), heading.start())
                               or _VERB_AFTER.match(body, heading.end())) \
            or _NEGATED.search(body, max(0, heading.start() - 60), heading.end()):
        return None  # ("could not be delivered to the following recipients", "wurde nicht an folgende Empfänger übermittelt")
    records: list[Record] = []
    for line in body[heading.end():].replace("\r", "").split("\n")[1:40]:
        m = _NAMED_LINE.match(line)
        if m is None and (a := _ADDRESS_ON.match(line)) is not None:
            # (the recipient by its address: "b.hoffmann@... am Tue, 12 Mar 2024 09:14:09 +0100")
            records.append(Record(address=normalize(a.group("addr")), reason="delivered"))
            continue
        if m is None:
            if line.strip() and records:
                break  # the list ended
            continue
        who = " ".join(m.group("name").split()).strip("'\"")
        records.append(Record(address=normalize(m.group("addr")) if m.group("addr") else None, name=who, reason="delivered"))
    return Detection(DELIVERED, records, name) if records else None


def _indent(line: str) -> int:
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


# Exchange's own system mailbox ("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<domain>"), which
# sends NDRs with the original's subject and the display name "Microsoft Outlook"
_SYSTEM_MAILBOX = Lazy(r"^microsoftexchange[0-9a-f]{32}@", re.I)


def _from_exchange(msg: ParsedMessage) -> bool:
    """Sent by a mail system (postmaster, a null sender, "Microsoft Outlook", Exchange's system
    mailbox): a person who forwards or quotes an NDR, or a sharing notice listing "recipients or
    groups", is none of them."""
    if textdet.from_system(msg):
        return True
    frm = msg.from_
    addr = normalize(frm) if "@" in frm else None
    return bool(addr and _SYSTEM_MAILBOX.match(addr))


def _localized(msg: ParsedMessage, body: str) -> Detection | None:
    """A localised NDR: the recipients its heading lists (the addresses on the lines under it)."""
    to = msg.header("To")
    sender = normalize(to) if to and "@" in to and "," not in to else None
    own = normalize(msg.from_) if "@" in msg.from_ else None
    records = [r for r in textdet.parse_blocks(body, sender.lower() if sender else None) if r.address and r.address != own]
    listed: list[str] = []
    delayed = failed = False
    for m in _HEADING.finditer(body, 0, 5000):
        after = body[m.end():m.end() + 400].lower().split("\n")[:4]
        named = [r.address for r in records if any(r.address.lower() in ln for ln in after)]
        if named:
            if _DELAYED.search(m.group()):
                delayed = True
            elif _FAILED.search(m.group()):
                failed = True
            else:
                continue
            listed += named
    if not listed:
        return None
    # the heading says it: "has failed" (beside a delay heading too: the report is final for those)
    return Detection(FAILED if failed else DELAYED, records, name)


def _x400_plain(text: str) -> str:
    """The text with each X.400 originator/recipient line cut to its SMTP address."""
    if "dda:" not in text.lower():
        return text
    return "\n".join(_x400_line(line) if "dda:" in line.lower() else line for line in text.split("\n"))


def _x400_line(line: str) -> str:
    at = line.find("@")
    limit = len(line) if at < 0 else at  # the tag stands before the line's first "@"
    pos = 0
    while (tag := _X400_TAG.search(line, pos, limit)) is not None:
        m = _X400_ADDRESS.match(line, tag.end())
        if m is not None:
            end = m.end() + (line[m.end():m.end() + 1] == ";")
            return m.group() + line[end:]
        # no address in the rest of this run: a later tag inside the run has none either
        pos = max(_RUN.match(line, tag.end()).end(), tag.end() + 1)
    return line
