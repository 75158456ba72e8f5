"""Mailing-list managers and group services that refuse a post: the group address failed.

A list manager that will not distribute a message answers the poster in its own words, without
an SMTP reply or a status code: Google Groups ("the group may not exist, or you may not have
permission to post"), fml ("you are not a member"), Mailman, Sympa, LISTSERV, ezmlm, Majordomo
("not allowed to post", "only subscribers may post", "held until the moderator approves it").
The recipient that failed is the list's own address; the cause is stated by the table below,
which the classifier could not read from the words alone:

* a refusal of the poster (not a member, not allowed, list closed to posting)  -> ``rejected``
  (the sender was refused; Sisimai's Lhost::GoogleGroups and Lhost::FML say the same)
* a post kept for a moderator's decision                                        -> ``on_hold``
* a list that does not exist at that host                                       -> ``user_unknown``

Who writes it is checked first with plain header and string tests (cheap, every message goes
through here); the phrase tables are only tried when a list manager or a group service wrote it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from filter.core.address import ADDRESS, find_all, normalize
from filter.core.lazyre import Lazy
from filter.core.message import ParsedMessage
from filter.core.model import DELIVERED, FAILED
from filter.core.wordindex import WordIndex
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection, Record

name = "lists"


@dataclass(frozen=True)
class Phrase:
    """Lower-case substrings that must all occur (one of each alternative group) -> a reason."""

    groups: tuple[tuple[str, ...], ...]  # every group must have one member in the text
    reason: str
    # a moderator's decision on a post it held: the hold is over, whatever the notice says of it too
    reviewed: bool = False


def _p(reason: str, *groups: tuple[str, ...] | str, reviewed: bool = False) -> Phrase:
    return Phrase(tuple((g,) if isinstance(g, str) else g for g in groups), reason, reviewed)


# -- Google Groups -----------------------------------------------------------------------------
# Source: Sisimai lib/Sisimai/Lhost/GoogleGroups.pm (p5 and rb): sent by
# <mailer-daemon@googlemail.com>, plain text, "X-Failed-Recipients" naming the group and an
# "X-Google-Smtp-Source" header, the original after "----- Original message -----"; the text says
# the group "may not exist, or you may not have permission to post", and Sisimai reads that
# refusal as ``rejected`` (``onhold`` when the four-reason list is missing).  Google sends the
# notice in the poster's language; the table keeps the two halves of that sentence by meaning,
# each with the word for "group", in the languages Google Groups is offered in (our own
# renderings of the meaning, not copies of Google's text).
_GROUP_WORDS = ("group", "gruppe", "groupe", "grupo", "gruppo", "groep", "grupa", "grupp", "ryhmä",
                "групп", "グループ", "群组", "群組", "网上论坛", "網路論壇", "그룹",
                "skupin", "grup", "csoport", "ομάδ", "груп", "nhóm")   # cs/sk, tr/ro/id, hu, el, uk, vi
GOOGLE_GROUPS = (
    # "... may not have permission to post / you need to join the group to post"
    _p("rejected", _GROUP_WORDS, (
        "permission to post", "not have permission", "join the group before", "not be open to posting",
        "berechtigung", "zu posten", "beiträge zu veröffentlichen",                     # de
        "autorisation de publier", "autorisation de poster", "pas l'autorisation",      # fr
        "permiso para publicar", "permiso para enviar", "no tengas permiso", "no tiene permiso",  # es
        "permissão para postar", "permissão para publicar", "não tenha permissão",      # pt
        "autorizzazione a pubblicare", "autorizzazione per pubblicare", "non disponi dell'autorizzazione",  # it
        "toestemming om", "geen toestemming", "geen rechten",                           # nl
        "uprawnień do publikowania", "nie masz uprawnień",                              # pl
        "нет разрешения", "нет прав", "разрешения на публикацию", "права на публикацию",  # ru
        "投稿する権限", "投稿権限", "権限がない",                                          # ja
        "发帖权限", "發文權限", "发布权限", "發佈權限", "没有权限", "沒有權限",                # zh
        "게시할 권한", "게시 권한", "권한이 없",                                            # ko
        "behörighet att skicka", "inte behörighet",                                     # sv
        "tilladelse til at sende", "ikke tilladelse",                                   # da
        "tillatelse til å legge ut", "ikke tillatelse",                                 # no
        "lupaa lähettää", "ei ole lupaa",                                               # fi
        "nemáte oprávnění", "oprávnění přispívat", "nemáte povolenie",                  # cs, sk
        "gönderme izniniz", "izniniz olmayabilir", "izniniz yok",                       # tr
        "nincs engedélye", "közzétételére",                                             # hu
        "nu aveți permisiunea", "nu aveti permisiunea", "permisiunea de a posta",       # ro
        "δεν έχετε άδεια", "άδεια δημοσίευσης",                                         # el
        "немає дозволу", "дозволу на публікацію",                                       # uk
        "tidak memiliki izin", "không có quyền",                                        # id, vi
    )),
    # "... the group may not exist" (Sisimai keeps the whole notice as one refusal: ``rejected``)
    _p("rejected", _GROUP_WORDS, (
        "may not exist", "does not exist",
        "existiert möglicherweise nicht", "existiert nicht",                            # de
        "n'existe peut-être pas", "n'existe pas",                                       # fr
        "no exista", "no existe",                                                       # es
        "pode não existir", "não existe",                                               # pt
        "potrebbe non esistere", "non esiste",                                          # it
        "bestaat mogelijk niet", "bestaat niet",                                        # nl
        "może nie istnieć", "nie istnieje",                                             # pl
        "не существует", "может не существовать",                                       # ru
        "存在しない", "存在しません",                                                      # ja
        "不存在",                                                                        # zh
        "존재하지 않",                                                                    # ko
        "finns kanske inte", "findes muligvis ikke", "finnes kanskje ikke",             # sv, da, no
        "ei ehkä ole olemassa", "ei ole olemassa",                                      # fi
        "možná neexistuje", "možno neexistuje", "neexistuje",                           # cs, sk
        "mevcut olmayabilir", "mevcut değil",                                           # tr
        "nem létezik",                                                                  # hu
        "să nu existe", "sa nu existe", "nu există",                                    # ro
        "μην υπάρχει", "δεν υπάρχει",                                                   # el
        "може не існувати", "не існує",                                                 # uk
        "mungkin tidak ada", "không tồn tại",                                           # id, vi
    )),
)
_GOOGLE_DOMAINS = ("googlemail.com", "google.com", "googlegroups.com")
# (its name in the languages it writes, which also signs its notices: "Grupos do Google", "Groupes Google", "Google 網上論壇")
_GOOGLE_GROUPS_MARKS = ("groups.google.", "google group", "googlegroups.com", "google グループ", "google 网上论坛",
                        "google 網路論壇", "google 網上論壇", "google 그룹", "google groupes", "groupes google", "google gruppen",
                        "grupos de google", "grupos do google",
                        "gruppi google", "google-groep", "google groepen", "группы google", "google групп",
                        "google-grupper", "google grupper", "google-ryhmät", "skupiny google", "google grupları",
                        "google csoportok", "grupuri google", "ομάδες google", "групи google", "grup google",
                        "nhóm google")

# -- fml ----------------------------------------------------------------------------------------
# Source: Sisimai lib/Sisimai/Lhost/FML.pm: an "X-MLServer" header, From "<list>-admin@",
# a Message-ID with ".FML"; "you are not a member" / "NOT MEMBER article from" / "reject mail"
# are ``rejected``, loop warnings and duplicated Message-IDs ``system_error``, "Security alert"
# ``security_error``.  The list address is the one in angle brackets on the refusal line.
FML = (
    _p("rejected", ("not a member", "not member", "reject mail", "reject spammers", "spammer is rejected")),
    _p("system_error", ("loop condition", "loop alert", "loop back warning", "unix from loop",
                        "duplicated message-id", "may cause mail loop", "fml system error")),
    _p("security_error", "security alert"),
)

# -- Mailman, Sympa, LISTSERV, ezmlm, Majordomo and the like ------------------------------------
# Mailman 2 Handlers/Hold.py: held for "Post by non-member to a members-only list", "Post to
# moderated list", "Posting to a restricted list by sender requires approval"; the poster's notice
# (postheld.txt, subject "Your message to LIST awaits moderator approval") says the post "is being
# held until the list moderator can review it for approval"; rejections say "Non-members are not
# allowed to post messages to this list", "You are forbidden from posting messages to this list",
# "This list is restricted; your message was not approved", and refuse.txt "has been rejected by
# the list moderator" (subject 'Request to mailing list "LIST" rejected').  Mailman's automatic
# non-member rejection: "You are not allowed to post to this mailing list, and your message has
# been automatically rejected".  Mailman 3 (mailman/templates, app/moderator): "Your message to
# the LIST mailing-list was rejected for the following reasons: The message is not from a list
# member".  Sympa (default/mail_tt2/authorization_reject.tt2, message_report.tt2): "Message
# distribution in the list is restricted to list subscribers / to list moderators", "Your message
# to the list '...' has been forwarded to the moderator(s)".  LISTSERV (L-Soft owner FAQ,
# university help pages): "You are not authorized to send mail to the LIST list".  ezmlm
# (ezmlm-checksub TXT_ONLY_SUBSCRIBERS, ezmlm manual "Sending messages"): "only subscribers may
# post", posts to moderated lists are "submitted to the moderators".  Majordomo: posts by
# non-subscribers wait for the moderators' confirmation.  Kept by meaning, in lower case.
LIST_MANAGERS = (
    # a post kept for the moderators: nothing failed yet, nothing was delivered either
    _p("on_hold", ("held until the list moderator", "being held until", "awaits moderator approval",
                   "awaiting moderator approval", "awaiting moderation", "held for moderation",
                   "held for moderator", "requires moderator approval", "pending moderator approval",
                   "forwarded to the moderator", "submitted to the moderators", "sent to the moderators",
                   "waiting for moderator", "pending approval by the moderator",
                   # Mailman 3's postheld template: "Your message to the LIST mailing-list was held for the
                   # following reasons: ..." (then "Either the message will get posted to the list, or ...")
                   "was held for the following reason",
                   "in der moderationswarteschlange", "wartet auf freigabe durch den moderator",   # de
                   "en attente de modération", "transmis au modérateur", "transmis aux modérateurs",  # fr
                   "pendiente de moderación", "en espera de moderación",                          # es
                   "in attesa di moderazione", "in attesa di approvazione del moderatore",      # it
                   "in attesa dell'approvazione del moderatore",
                   "aguardando aprovação do moderador", "aguardando moderação",                  # pt
                   "wacht op goedkeuring van de moderator", "wacht op moderatie",                # nl
                   "モデレータの承認待ち", "モデレーターの承認待ち",                                # ja
                   # (fi "odottaa listan moderaattorin hyväksyntää", sv "väntar på moderatorns godkännande", da "afventer
                   # moderatorens godkendelse", no "venter på moderatorens godkjenning", pl "oczekuje na zatwierdzenie przez
                   # moderatora", cs "čeká na schválení moderátorem": awaiting the moderator's approval)
                   "moderaattorin hyväksyntää", "moderatorns godkännande", "moderatorens godkendelse",
                   "moderatorens godkjenning", "zatwierdzenie przez moderatora", "schválení moderátorem",
                   # (bg "очаква одобрение от модератора", ca "està pendent de l'aprovació del moderador")
                   "очаква одобрение от модератора", "pendent de l'aprovació del moderador",
                   "submitted to the moderator", "sent to the moderator",                        # LISTSERV
                   # (LISTSERV calls the moderator of an edited list its editor: "has been submitted to the editor of the X list
                   # for approval", subject "message held for editor approval")
                   "submitted to the editor", "submitted to the list editor", "held for editor approval",
                   # Google Groups' notice to the poster of a moderated group ("has been submitted for moderation
                   # and is pending approval"), Sympa's French one ("a été transmis au(x) modérateur(s)")
                   "submitted for moderation", "pending approval by a moderator", "transmis au(x) modérateur",
                   # Sympa's "has been forwarded to the list moderator(s) for approval", Groups.io's "is awaiting approval
                   # by the group moderators", Google Groups' "is awaiting approval from a group manager or moderator",
                   # Majordomo 2's "has been held for approval by the list moderators", Yahoo Groups' "will be reviewed
                   # by the group moderator before it is posted"
                   "forwarded to the list moderator", "awaiting approval by the group moderator",
                   "awaiting approval from a group manager", "held for approval by the list moderator",
                   "reviewed by the group moderator",
                   # (Google Groups' "is awaiting approval by a group manager", Portuguese "está aguardando a aprovação de um
                   # administrador do grupo", Yahoo Groups' "your message is waiting for approval by a group moderator")
                   "awaiting approval by a group manager", "aguardando a aprovação de um administrador",
                   "aguardando a aprovação do administrador", "waiting for approval by a group moderator",
                   "waiting for approval by the group moderator",
                   # ... Sympa's French "est en attente de validation par un modérateur de la liste", a group's "is pending
                   # approval by a group manager"
                   "en attente de validation par un modérateur", "en attente de validation par le modérateur",
                   "en attente de validation par les modérateurs", "pending approval by a group manager",
                   "pending approval by the group manager", "pending approval by a group moderator",
                   # (French "est en attente d'approbation par le modérateur de la liste", German Sympa "wurde an die
                   # Moderatoren der Liste weitergeleitet" (forwarded to the list's moderators))
                   "en attente d'approbation par le modérateur", "en attente d'approbation par les modérateurs",
                   "an die moderatoren der liste weitergeleitet", "an den moderator der liste weitergeleitet",
                   "an die listenmoderatoren weitergeleitet", "zur moderation weitergeleitet")),
    # Mailman 2's postheld notice (templates/en/postheld.txt: "is being held until the list moderator can
    # review it") as its translations say it: the verb for "held back" and the word for the moderator
    # (our renderings of that meaning: de "zurückgehalten", fr "retenu", es "retenido", it "trattenuto",
    # pt-BR "retida", nl "vastgehouden", ja "保留"; the two words in any order)
    _p("on_hold", ("zurückgehalten", "retenu jusqu", "retenue jusqu", "retenido hasta", "retenida hasta",
                   "trattenuto finch", "trattenuto in attesa", "trattenuto fino", "retida até", "retido até",
                   "vastgehouden", "保留され", "保留しています", "保留中",
                   # (Serbian / Croatian "se zadržava dok je moderator liste ne pregleda", in Cyrillic "се задржава док је
                   # модератор листе не прегледа")
                   "задржава", "задржана", "zadržava", "zadržana",
                   # (Romanian "este reținut până când moderatorul listei îl poate verifica")
                   "reținut până", "reţinut până", "retinut pana",
                   # (Russian "ожидает рассмотрения модератором", "ожидает одобрения модератора": awaits the moderator)
                   "ожидает рассмотрения", "ожидает одобрения", "ожидает проверки",
                   # (no "holdes tilbake til listemoderatoren", lv "gaida moderatora apstiprinājumu", et "ootab moderaatori
                   # kinnitust", he "ממתינה לאישור", th "รอการอนุมัติ")
                   "holdes tilbake", "gaida moderatora", "ootab moderaatori", "ממתינה לאישור", "รอการอนุมัติ",
                   # (et "on kinni peetud, kuni listi moderaator selle üle vaatab" (held until the list's moderator looks at it);
                   # fi "on pidätetty, kunnes listan moderaattori tarkastaa sen")
                   "kinni peetud", "pidätetty", "pidatetty",
                   # (no "venter på godkjenning fra listemoderator" (awaits approval from the list moderator))
                   "venter på godkjenning",
                   # (sv "väntar på att granskas av listmoderatorn", "Anledningen till att det hålls kvar")
                   "väntar på att granskas", "hålls kvar",
                   # (tr "liste moderatörü tarafından incelenene kadar bekletilmektedir" (kept until the list moderator has
                   # looked at it))
                   "bekletil"),
       ("moderat", "modérat", "moderad", "moderaat", "司会者", "管理者の承認", "モデレー", "модератор", "מנהל", "ผู้ดูแล")),
    # a post the moderator looked at and turned down, as Mailman's and Sympa's translated refusals say it: the word for the
    # refusal and the word for the moderator, in any order (our renderings: no "avslått", "afgewezen", "abgelehnt", fr "n'a pas
    # été accepté", it "di non approvarlo", es "rechazado", hu "elutasította", sl "ni odobril", lt "nepatvirtino", fa "رد شد",
    # zh "不予發送"): the poster refused, as the English and German refusals read (below)
    _p("rejected", ("avslått", "afgewezen", "abgelehnt", "n'a pas été accepté", "refusé par", "rejeté par",
                    "di non approvarlo", "non è stato approvato", "rechazado", "recusada", "recusado", "elutasította",
                    "ni odobril", "nepatvirtino", "رد شد", "不予發送", "不予发送", "afvist", "avvisats", "hylkäsi", "hylkäämä",
                    "odrzucona przez", "zamítnuta", "отклонил", "a fost respins",
                    # (el "απορρίφθηκε από τον συντονιστή της λίστας" (refused by the list's moderator, "coordinator"); de "wurde
                    # vom Listen-Moderator nicht freigegeben und daher verworfen" (not released and so discarded))
                    "απορρίφθηκε", "verworfen"),
       # (fi "Listan ylläpitäjä hylkäsi viestisi": the list's maintainer refused your message)
       ("moderat", "modérat", "moderad", "moderát", "moderaat", "модератор", "ناظر", "管理員", "管理员", "gestore del gruppo",
        "συντονιστ", "listan ylläpitäjä"), reviewed=True),
    # the poster may not post: not a member, not allowed, list restricted
    _p("rejected", ("non-members are not allowed", "not allowed to post", "not authorized to post",
                    "not authorised to post", "not authorized to send mail to the",
                    "forbidden from posting", "only subscribers may post", "only members may post",
                    "only members can post", "only list members", "restricted to list subscribers",
                    "restricted to list moderators", "restricted to subscribers",
                    "not from a list member", "post by non-member", "posting by non-member",
                    "you are not a member", "you are not a subscriber", "not subscribed to this list",
                    "not subscribed to the list",
                    "posting restricted to members",
                    "members-only list",
                    "nur mitglieder", "keine berechtigung, an diese liste",                        # de
                    # (fr: "not allowed to send" to the list: alone the same words say a server may not send for
                    # the sender's domain, SPF's "n'est pas autorisé à envoyer du courrier pour le domaine")
                    "réservée aux abonnés", "n'êtes pas abonné", "pas autorisé à envoyer des messages à cette liste",
                    "pas autorisé à envoyer à cette liste", "pas autorisé à poster",               # fr
                    "solo los suscriptores", "no está suscrito",                                  # es
                    "solo gli iscritti", "non sei iscritto",                                      # it
                    # "you are not a member / only members may post" in the words of localised list
                    # managers (our renderings of Mailman's and fml's meaning, see above)
                    "sie sind kein mitglied", "nur mitglieder dieser liste",                      # de
                    "vous n'êtes pas membre", "réservée aux membres",                             # fr
                    "no eres miembro", "no es miembro", "solo los miembros",                      # es
                    "non sei membro", "non è membro", "solo i membri",                            # it
                    "você não é membro", "não é membro", "apenas membros",                        # pt
                    "u bent geen lid", "alleen leden",                                            # nl
                    "メンバーではありません", "メンバー以外からの投稿", "非会員からの投稿",                # ja
                    "不是该列表的成员", "非成员", "不是成員", "非成員",                               # zh
                    # Mailman 3's "The message is not from a list member" and Sympa's "Message
                    # distribution in the list is restricted to list subscribers" in their
                    # translations (our renderings of the same meaning)
                    "nicht von einem mitglied", "nicht von einem listenmitglied",                  # de
                    "auf die abonnenten beschränkt", "auf abonnenten beschränkt",                  # de
                    "n'émane pas d'un membre", "ne provient pas d'un membre", "réservée aux abonnés",  # fr
                    "no procede de un miembro", "no es de un miembro", "restringida a los suscriptores",  # es
                    "non proviene da un membro", "riservata agli iscritti",                        # it
                    "não é de um membro", "restrita aos assinantes", "restrita aos inscritos",     # pt
                    "niet van een lid", "beperkt tot abonnees",                                    # nl
                    # groups.io / other group services: "not delivered because you are not a member"
                    "not a member of the group", "not a member of this group",
                    # an announcement list or group that only its moderators post to
                    "only moderators are allowed to post", "only moderators may post", "only moderators can post",
                    # Sympa's "You are not allowed to send messages to this list" (its authorization_reject
                    # notice), the moderator's refusal as Mailman 2's refuse.txt is translated (our renderings
                    # of "has been rejected by the list moderator")
                    "not allowed to send messages to this list", "not allowed to send to this list",
                    "not allowed to send messages to list",
                    # Sympa's authorization_reject notice: "You are not allowed to send this message for the following
                    # reason: Only the owners and moderators of this list may send messages to it", in French "Vous n'êtes
                    # pas autorisé à envoyer ce message ... Seuls les abonnés de la liste peuvent y écrire"
                    "not allowed to send this message", "of this list may send", "pas autorisé à envoyer ce message",
                    "seuls les abonnés", "seuls les membres", "seuls les propriétaires et modérateurs",
                    # Discourse's "We can't find any accounts that match your email address" (email_reject_no_account)
                    "can't find any accounts that match your email address",
                    # ... and its "We don't recognize the email address you sent from" (email_reject_no_account, later text)
                    "don't recognize the email address you sent from")),
    # the list itself is unknown at that host
    _p("user_unknown", ("no such list", "list unknown", "unknown list", "is not a known mailing list",
                        "list does not exist", "mailing list does not exist",
                        # LISTSERV "There is no list called "NAME" on this server", its delivery-error notice
                        # "... because there is no list by that name on this server"
                        "there is no list called", "no list by that name")),
    # ... and the error text of that notice: "List NAME is not known at HOST"
    _p("user_unknown", ("list ",), (" is not known at ",)),
    # Mailman 2's content filter (Handlers/MimeDel.py): "The attached message matched the LIST mailing list's
    # content filtering rules and was prevented from being forwarded on to the list membership", "The message's
    # content type was not explicitly allowed": the list refused the post's content
    _p("content_error", ("content filtering rules", "content type was not explicitly allowed",
                         "prevented from being forwarded on to the list")),
    # a post over the list's size limit (LISTSERV: "Your message is too large to be distributed to the X list", mlmmj's
    # maxmailsize notice "it exceeded the maximum allowed size", Mailman 2's hold reason "Message body is too big")
    _p("message_too_large", ("too large to be distributed", "exceeded the maximum allowed size", "message body is too big",
                             "size limit for this list",
                             # LISTSERV's "exceeds the maximum size allowed for postings to the X list", "The maximum
                             # message size for this list is 100 lines"; Sympa's French "dépasse la taille maximale autorisée"
                             "maximum size allowed for postings", "maximum message size for this list",
                             "dépasse la taille maximale",
                             # (a list owner's own words: "the post (2.3 MB) is larger than this list's size limit")
                             "list's size limit", "list's maximum message size",
                             # (LISTSERV's "exceeds the maximum message size allowed for the CHEM-ED list"; mlmmj's "was
                             # unable to be delivered to the list because it exceeds the maximum size of 51200 bytes")
                             "message size allowed for the", "delivered to the list because it exceeds the maximum size",
                             # (LISTSERV's "it is 1,204 lines long and the maximum size for postings to X is 500 lines";
                             # mlmmj's "was not distributed because it is too big", "maximum mail size allowed on this list")
                             "maximum size for postings to", "not distributed because it is too big",
                             "maximum mail size allowed on this list")),
    # ... said as the limit exceeded (Sympa's "its size (3.2 MB) exceeds the maximum size allowed on this list", LISTSERV's
    # "exceeds the maximum size of 100k bytes allowed for postings to the X list"), or Mailman 3's max_size rule "The message
    # is larger than the 40 KB maximum size"
    _p("message_too_large", ("exceeds the maximum size", "exceeds the maximum message size"),
       ("allowed for postings", "allowed on this list", "allowed on the list")),
    _p("message_too_large", ("larger than the",), ("kb maximum size",)),
    # ... Mailman 3's German "Die Nachricht ist größer als die maximale Größe von 40 KB"; mlmmj's "was not distributed because
    # it was too big"
    _p("message_too_large", ("größer als die maximale größe", "not distributed because it was too big")),
    # the post's content or attachments refused by the list (Mailman 2's "The message's content type was explicitly
    # disallowed" and its header filter's "Message rejected by filter rule match"; LISTSERV's "contains attachments ...
    # which are not permitted on this list"); Discourse refuses mail marked as generated by a program
    # (email_reject_auto_generated: "Your email was marked as "auto generated"")
    _p("content_error", ("content type was explicitly disallowed", "rejected by filter rule match",
                         "not permitted on this list", "marked as \"auto generated\"",
                         # (a list that distributes plain text only: "attachments are not accepted on this list", Sympa's
                         # French "Les pièces jointes ne sont pas acceptées sur cette liste")
                         "attachments are not accepted on this list", "attachments are not allowed on this list",
                         "pièces jointes ne sont pas acceptées sur cette liste",
                         "pièces jointes ne sont pas autorisées sur cette liste")),
    # (Groups.io's "Your message ... was not delivered. Reason: This group does not accept attachments"; never the group's
    # guidelines that state the rule)
    _p("content_error", ("group does not accept attachments", "list does not accept attachments"),
       ("not delivered", "rejected", "not distributed", "returned")),
    # Google Groups: "A moderator of the customers group (...) rejected your message"
    _p("rejected", ("moderator of the",), ("rejected your message",)),
    # Discourse: "None of the destination email addresses are recognized" (email_reject_bad_destination_address)
    _p("user_unknown", ("none of the destination email addresses are recognized",)),
    # Sympa "The list NAME@host does not exist" (the list's address between the words)
    _p("user_unknown", ("the list ", "la liste ", "die liste "), ("does not exist", "n'existe pas", "existiert nicht")),
    # Sympa's "List 'NAME' does not exist" (its message_report.tt2 'no_such_list' entry), the list's
    # name between the words, and the same said in the languages Sympa is translated to (our renderings)
    _p("user_unknown", ("list '", 'list "', "liste '", 'liste "', "lista '", 'lista "', "lijst '", 'lijst "'),
       ("' does not exist", '" does not exist', "' doesn't exist", "' n'existe pas", "' existiert nicht",
        "' no existe", "' non esiste", "' não existe", "' bestaat niet", '" n\'existe pas', '" existiert nicht')),
    # a post to the list refused with no cause named before ("Your message to the X mailing list was rejected"), or by its
    # moderator (Mailman's refuse.txt "has been rejected by the list moderator", in its translations; Groups.io's "was
    # rejected by the group moderators"): last, so that the cause a notice states after it (the list's size limit, its
    # content rules: "The moderator gave the following reason: Message body is too big") decides
    _p("rejected", ("mailing-list was rejected", "mailing list was rejected", "your message was not approved",
                    "rejected by the list moderator", "has been rejected by the moderator", "deemed inappropriate by the moderator",
                    "rejected by the group moderator",
                    "rechazada por el moderador", "rechazado por el moderador", "vom moderator abgelehnt",
                    "vom moderator der liste abgelehnt", "vom listenmoderator abgelehnt", "rejeté par le modérateur",
                    "rejetée par le modérateur", "rifiutato dal moderatore", "rifiutata dal moderatore", "rejeitada pelo moderador",
                    "rejeitado pelo moderador", "afgewezen door de moderator"), reviewed=True),
)
# a post kept for the moderators (an MTA never says that: in its report such words quote a list's
# notice), and the refusals
_HOLDS = tuple(p for p in LIST_MANAGERS if p.reason == "on_hold")
_REFUSALS = tuple(p for p in LIST_MANAGERS if p.reason != "on_hold")
# a moderator's refusal of a post it had held ("wurde vom Moderator der Liste abgelehnt ... Ihre Nachricht wurde zuvor zur
# Freigabe zurückgehalten"): the hold words tell its history
_REVIEWED = tuple(p for p in LIST_MANAGERS if p.reviewed)
# ... and its approval, the post sent to the list after all ("Der Moderator der Liste hat sie inzwischen freigegeben; sie wurde an
# alle 212 Abonnenten verteilt", "was approved by the moderator and distributed to the list"): no failure
# (said done, never its promise: "Sie wird verteilt, sobald ein Moderator sie freigegeben hat")
_DISTRIBUTED = Lazy(r"\b(?:wurde|ist)\b[^.;]{0,60}\b(?:verteilt|bei den (?:abonnenten|mitgliedern)\b[^.;]{0,30}\bangekommen)\b|\b(?:was|has been|have been)\s+(?:approved\s+and\s+)?distributed\b|"
                    r"\ba (?:é|e)t(?:é|e) (?:diffus(?:é|e)|distribu(?:é|e))|\b(?:fue|ha sido) distribuid[oa]\b|"
                    r"\b(?:è|e) stat[oa] distribuit[oa]\b|\b(?:werd|is) verspreid\b")
#: every word of one group of every phrase of LIST_MANAGERS holds one of these (checked by the tests): a
#: cheap first look
LIST_GATE = ("moderat", "modérat", "moderac", "moderaat", "moderát", "ناظر", "管理員", "管理员", "gestore del gruppo", "ממתינה",
             "รอการอนุมัติ", "מנהל", "ผู้ดูแล", "to post", "post by", "posting", "member", "subscri", "suscri",
             "approv", "abonn", "iscritt", "mitglied", "being held", "not authorized to send", "autorisé à envoyer",
             "autorisé à poster",
             "such list", "list unknown", "unknown list", "known mailing list", "list does not exist",
             "mailing-list was", "mailing list was", "only list", "forbidden from", "moderaz", "diese liste",
             "membre", "miembro", "membro", "geen lid", "alleen leden", "moderação", "moderatie", "メンバー", "会員",
             "モデレー", "成员", "成員", "aguardando aprova", "aguardando a aprova", "membri", "membros", "保留", "abonnent", "assinant",
             "inscritos", "abonnee", "moderad", "van een lid", "zurückgehalten", "retenu", "retenid", "trattenuto", "retida",
             "retido", "vastgehouden", "司会者", "管理者の承認", "модератор", "list '", 'list "', "liste '", 'liste "', "lista '",
             'lista "', "lijst '", 'lijst "', "' does not exist", '" does not exist', "' doesn't exist", "' n'existe pas",
             '" n\'existe pas', "existiert nicht", "' no existe", "' non esiste", "' não existe", "' bestaat niet",
             "held for the following", "not allowed to send", "no list called", "the list ", "la liste ", "die liste ",
             "no list by", "is not known at", "content filtering rules", "content type was not", "forwarded on to the list",
             "this list may send", "seuls les", "find any accounts", "too large to be distributed", "maximum allowed size",
             "too big", "size limit for this list", "explicitly disallowed", "filter rule match", "on this list",
             "auto generated", "destination email addresses", "συντονιστ", "group manager", "group moderator", "list moderator",
             "moderator of the", "recognize the email address", "size allowed for postings", "message size for this list",
             "taille maximale", "list's size limit", "list's maximum message size", "sur cette liste",
             "message size allowed for the", "maximum size for postings", "kb maximum size", "does not accept attachments",
             "maximale größe", "because it was too big", "allowed on the list", "to the editor", "to the list editor",
             "listan ylläpitäjä")
# LIST_GATE looked for in one pass over the report (seventy words: a pass each was most of this
# detector's cost on the bounces it turns away)
_GATE = WordIndex(LIST_GATE)
# notices to the list owner about someone else's post: not a report on our mail
_OWNER_NOTICE = ("as list administrator, your authorization is requested",
                 "as list administrator, your authorisation is requested",
                 "requires approval\nreason:",
                 # Mailman 3's digest to the owners (list:admin:notice:pending): "The x@y mailing list has 2
                 # moderation requests waiting." then "Held Messages:", each with its reason
                 "moderation requests waiting", "moderation request waiting", "held messages:",
                 # Sympa's request to a list's moderators (its "moderate" template: "One new message for list x from y
                 # arrived", "To distribute the attached message in list x:", "To reject it (it will be removed):")
                 "to distribute the attached message", "new message for list",
                 # (a list manager's request to its owner or moderator: "a message from x@ to list@ requires your approval")
                 "requires your approval", "pending your approval", "awaiting your approval")

# a held post's later fate: approved and distributed (Groups.io, Google Groups and Mailman tell the poster)
_APPROVED = ("approved it, and it has", "has been approved and", "was approved and", "approved and posted",
             "approved and sent", "approved and distributed", "has now been sent to the group", "has now been posted",
             "has been posted to the list", "has been distributed to the list")

# subjects of a list robot's replies to mailed commands (Mailman 2 Handlers/... "The results of your
# email commands", Majordomo "Majordomo results", LISTSERV "Output of your job", ecartis "Ecartis
# command results")
_COMMAND_RESULTS = ("the results of your email command", "majordomo results", "output of your job",
                    "results of your command", "command results", "ecartis command results",
                    # (Mailman 2's translations of that subject: Portuguese, Spanish, French, German, Italian, Dutch)
                    "resultados de seus comandos", "resultados de sus comandos", "resultados de sus órdenes",
                    "résultats de vos commandes", "ergebnisse ihrer e-mail-kommandos", "ergebnisse ihrer e-mail-befehle",
                    "risultati dei tuoi comandi", "resultaten van uw e-mail-opdrachten", "resultaten van je e-mailopdrachten",
                    "os resultados de seus comandos", "los resultados de sus", "les résultats de vos commandes",
                    "die ergebnisse ihrer e-mail", "i risultati dei tuoi comandi", "de resultaten van uw e-mail")

# the subjects of the owner's moderation digest
_OWNERS_DIGEST = ("moderator request(s) waiting", "moderation request", "messages to moderate", "message(s) to moderate",
                  "posts awaiting moderation")

# headers every distributed post carries (RFC 2369) and a manager's own notices do not
_TRAFFIC_HEADERS = frozenset(("list-unsubscribe", "list-post", "list-archive"))
# headers and sender names of list software (cheap tests first)
_LIST_HEADERS = frozenset(("x-mailman-version", "x-list-administrivia", "x-sympa-to", "x-loop-sympa", "x-listserver",
                 "x-listserv", "x-mlserver", "x-ml-name", "mailing-list", "x-ezmlm-version", "x-majordomo",
                 "x-listprocessor-version", "x-lyris-message-id", "x-ecartis-version"))
_LIST_LOCALS = ("listserv", "sympa", "majordomo", "mailman", "ezmlm", "listproc", "lyris", "ecartis",
                "listmaster", "smartlist")
# (groups.io reaches a group's owners at "GROUP+owner@groups.io", as its group pages show: a "+" where
# the list managers above write "-")
_LIST_SUFFIXES = ("-bounces", "-bounce", "-admin", "-owner", "-request", "-approval", "-help", "-return", "+owner")
_FORWARDED_SUFFIX = Lazy(r"^(?P<list>.+?)(?:-(?:bounces|bounce|admin|owner|request|approval|help|return)|\+owner)"
                         r"(?:\+[^@]*)?$", re.I)
_OWNER_PREFIX = Lazy(r"^owner-(?P<list>.+)$", re.I)
# a list's command and owner addresses (fml "-ctl", "-admin"; Mailman "-request", "-owner")
_CONTROL_SUFFIX = Lazy(r"^(?P<list>.+?)-(?:ctl|admin|request|owner)$", re.I)
# "the group you tried to contact (NAME)", "<list@host>", "to the list@host mailing list"
# ("moderator of the NEWS-L list": LISTSERV names the list after "of" too; "la liste 'x'", "die Liste 'x'",
# "la lista 'x'", "de lijst 'x'": Sympa's translations quote the name after the word for "list")
_LIST_NAME = Lazy(r"\b(?:to|for|of) the ['\"]?(?P<name>[A-Za-z0-9][\w.-]{0,63})['\"]? (?:mailing[- ])?list\b")
_LIST_NAME_QUOTED = Lazy(r"\b(?:list[ae]?|lijst) ['\"«]\s?(?P<name>[A-Za-z0-9][\w.-]{0,63})\s?['\"»]", re.I)
# (Sympa's English notices name the list after the word: "Your message for list members has been forwarded to the list
# moderators")
_LIST_NAME_AFTER = Lazy(r"\b(?:for|to) list (?P<name>[A-Za-z0-9][\w.-]{0,63})\b(?! (?:of|for)\b)")
_PAREN_NAME = Lazy(r"\(([\w.+-]{1,64})\)")
# (and LISTSERV's "submitted to the moderator of the\nNEWS-L@LISTSERV.EXAMPLE.ORG list": the address before "list")
_LIST_ADDRESS = Lazy(
    r"(?:(?:mail|message|request|post(?:ing)?)\s+(?:to|for)\s+(?:the\s+)?(?:list\s+)?['\"<\[]{0,2}|mailing[- ]list\s+<|"
    # (Google Groups: "Your message to the customers group (customers@groups.example.com)")
    # (and its name quoted before it, in the languages it writes: "to the group "Staff Team" (team@...)", "para o grupo "X" (x@...)")
    r"\b(?:group|list|grupo|groupe|gruppe|gruppo|lista)\s+(?:[\"“«][^\"”»\n]{1,80}[\"”»]\s+)?\(|"
    r"list[ae]?\s+['\"<]?|\b(?:of|to|for)\s+the\s+(?=[^\s@]+@\S+\s+(?:mailing[- ])?list\b))(?P<a>" + ADDRESS + r")", re.I)


def _sender(msg: ParsedMessage) -> tuple[str, str]:
    frm = msg.from_
    if "@" not in frm:
        return "", ""
    if "<" in frm:
        frm = frm[frm.rindex("<") + 1:].split(">", 1)[0]
    local, _, domain = frm.strip(" \t\"'").lower().rpartition("@")
    return local.strip('"'), domain.strip(" .>")


def _manager(msg: ParsedMessage, local: str, domain: str) -> str | None:
    """Which family wrote the message, from headers and the sender alone."""
    failed = str(msg.head("x-failed-recipients") or "").lower()
    if (any(domain == d or domain.endswith("." + d) for d in _GOOGLE_DOMAINS) and (failed or local.startswith("mailer-daemon")
                                                                                 or msg.head("x-google-smtp-source"))) \
            or "@googlegroups.com" in failed:
        return "google"
    if msg.head("x-mlserver") or ".fml" in str(msg.head("message-id") or "").lower():
        return "fml"
    if msg.auto_submitted.startswith("auto-") and any(map(msg.body[-120:].lower().__contains__, _GOOGLE_GROUPS_MARKS)):
        # a Google Workspace group on the organisation's own domain writes from the group's address, and signs its notices with
        # Google Groups' name
        return "list"
    if local in _LIST_LOCALS or local.endswith(_LIST_SUFFIXES) or local.startswith("owner-") or _has_any(msg, _LIST_HEADERS) \
            or domain in ("googlegroups.com", "groups.io") or local == "noreply-groups" \
            or "] email issue -- " in msg.subject.lower():
        # (Google Groups' own notices to a poster come from the groups' domain or noreply-groups@google.com; Groups.io's
        # from noreply@groups.io; Discourse's refusals of mailed posts are titled "[Site] Email issue -- <cause>")
        return "list"
    return None


def _has_any(msg: ParsedMessage, names: frozenset[str]) -> bool:
    heads = getattr(msg, "_heads", None)  # the parsed header index: one set test instead of many look-ups
    if isinstance(heads, dict):
        return not names.isdisjoint(heads)
    return any(msg.head(h) for h in names)


def _match(table: tuple[Phrase, ...], low: str) -> str | None:
    for phrase in table:
        if all(any(map(low.__contains__, group)) for group in phrase.groups):
            return phrase.reason
    return None


def _own_lines(text: str) -> str:
    """The notice's own words: quoted lines (a reply that cites a notice) left out."""
    if ">" not in text:
        return text
    return "\n".join(ln for ln in text.split("\n") if not ln.lstrip().startswith(">"))


def detect(msg: ParsedMessage) -> Detection | None:
    local, domain = _sender(msg)
    family = _manager(msg, local, domain)
    if family is None:
        # a plain bounce from an MTA whose delivery program refused the post (ezmlm under qmail:
        # "<list@host>: Sorry, only subscribers may post"); only worth a look from a mail system
        if not (msg.head("x-failed-recipients") or textdet.from_system(msg)):
            return None
        family = "mta"
    if msg.status_blocks and family != "google":
        return None  # an RFC 3464 report: its fields are read by the dsn detector
    if family != "mta" and msg.subject.lower().startswith(("welcome to", "bienvenue", "willkommen")):
        return None  # the list's welcome to a new member states its rules ("only members may post"): no refusal
    if family != "mta" and msg.subject.lower().startswith(_COMMAND_RESULTS):
        # the robot's answer to commands we mailed it (Mailman's "The results of your email
        # commands", Majordomo's "Majordomo results"): "No such list: x" is a command's argument
        return None
    if family != "mta" and any(w in msg.subject.lower() for w in _OWNERS_DIGEST):
        # the manager's daily digest to the list's owner of the posts it holds for moderation (Mailman 2's "3 Customers-announce
        # moderator request(s) waiting", Mailman 3's "... moderation requests", Sympa's "messages to moderate"): others' posts
        # listed with their causes, none a notice about ours
        return None
    if family == "list" and _has_any(msg, _TRAFFIC_HEADERS):
        return None  # a post distributed by the list (or a newsletter), not a notice about ours
    # a list manager's own notice (from the list's owner address) may say "your message was not
    # delivered" too (groups.io: "... was not delivered because you are not a member of the group"):
    # it is read as one when no MTA's report names a recipient in it
    own_notice = family == "list"
    report = textdet.report_text(msg)
    low = report[:2500].lower()
    if family == "list" and textdet.looks_like_bounce(msg) \
            and (textdet.bounce_subject(msg) or _match(_HOLDS, " ".join(low.split())) is None):
        # an MTA's report on a list's notice (or from a list host): read as a bounce (never the list's own notice that it
        # holds our post for its moderator, which reads as a report's hold to our VERP address)
        family = "mta"
    if family in ("mta", "list") and not _GATE.holds(low, LIST_GATE):
        return None  # none of the table's words: most bounces stop here
    low = _own_lines(low)
    if family == "google":
        # a Gmail bounce comes from the same sender: the "does not exist" half only counts with a
        # mark of Google Groups (its help link, a googlegroups.com recipient); the "no permission
        # to post to the group" half is Groups' own
        marked = any(map(low.__contains__, _GOOGLE_GROUPS_MARKS)) or \
            "googlegroups.com" in str(msg.head("x-failed-recipients") or "").lower()
        reason = _match(GOOGLE_GROUPS if marked else GOOGLE_GROUPS[:1], low)
        if reason is None:
            reason = _match(_HOLDS, low)  # a post kept for the group's moderators
        if reason is None:
            return None
        return Detection(FAILED, _google_records(msg, report, reason), name)
    if family == "fml":
        reason = _match(FML, low + "\n" + msg.subject.lower()) or _match(_HOLDS, " ".join(low.split()))
        if reason is None:
            return None  # (fml 8 holds a post for the list's administrator too: "承認待ちとして保留されています")
        return Detection(FAILED, _fml_records(msg, report, reason), name)
    # an MTA never holds a post for moderators: in its report such words quote the list's notice
    table = _REFUSALS if family == "mta" else LIST_MANAGERS
    flat = " ".join(low.split())  # (a notice wraps its sentences: "was held for the\nfollowing reasons")
    reason = _match(table, flat)
    if reason == "on_hold" and table is LIST_MANAGERS and _match(_REVIEWED, flat):
        reason = _match(_REFUSALS, flat)  # the hold is over, the post refused (a cause the notice states decides)
    elif reason == "on_hold" and table is LIST_MANAGERS and _DISTRIBUTED.search(flat):
        return None  # the hold is over, the post sent to the list
    if reason is None or any(map(low.__contains__, _OWNER_NOTICE)):
        return None
    found = textdet.detect(msg) if family == "mta" else None
    if family == "mta" and found is not None and found.kind == FAILED:
        # the generic reader finds the recipients of an MTA's report; the table gives the cause
        # when a recipient's own lines state it
        records = _merge_owner_mentions(found.records)
        hits = 0
        for rec in records:
            own = _match(table, rec.diagnostic.lower()) if rec.diagnostic else None
            if own is not None:
                rec.reason = own
                hits += 1
                if rec.address is None and own_notice:
                    # (the list manager's own notice read as a report, "Request to mailing list X rejected" from
                    # x-owner@: its recipient is the list)
                    rec.address = _list_address(msg, report, local, domain)
        if hits:
            return Detection(FAILED, records, name)
    if family == "mta":
        if not own_notice:
            return None
        # no MTA's report that states the list's cause for a recipient ("... directed to the list administrator at:
        # x-owner@" is an address the generic reader finds, no recipient): the list manager's own notice
        family, table = "list", LIST_MANAGERS
        reason = _match(table, flat)
        if reason is None:
            return None
    if textdet.is_reply(msg) and not msg.head("x-mailman-version") and not local.endswith(_LIST_SUFFIXES) \
            and local not in _LIST_LOCALS:
        return None  # a person's reply quoting a list notice (LISTSERV answers with "Re:" to the post it refuses)
    if reason == "on_hold" and any(map(flat.__contains__, _APPROVED)):
        # a post held, then approved and sent on ("A moderator has reviewed and approved it, and it has now been sent
        # to the group"): delivered to the list
        return Detection(DELIVERED, [Record(address=_list_address(msg, report, local, domain), reason="delivered",
                                            diagnostic=_diagnostic(report))], name)
    return Detection(FAILED, [Record(address=_list_address(msg, report, local, domain), reason=reason,
                                     diagnostic=_diagnostic(report))], name)


# -- recipients ---------------------------------------------------------------------------------
def _failed_header(msg: ParsedMessage) -> list[str]:
    return find_all(str(msg.head("x-failed-recipients") or ""))


def _original_recipients(msg: ParsedMessage) -> list[str]:
    if msg.attached:
        head = msg.attached[0]
        return find_all(" ".join(str(v) for v in (head.get_all("To") or []) + (head.get_all("Cc") or [])))
    text = textdet.original_text(msg) or msg.body[len(textdet.report_text(msg)):]
    found: list[str] = []
    for line in text.split("\n")[:80]:
        if line.lower().startswith(("to:", "cc:")):
            found += find_all(line)
    return found


def _google_records(msg: ParsedMessage, report: str, reason: str) -> list[Record]:
    diagnostic = _diagnostic(report)
    addresses = _failed_header(msg)
    if not addresses:
        names = {m.group(1).lower() for m in _PAREN_NAME.finditer(report[:3000])}
        candidates = _original_recipients(msg)
        addresses = [a for a in candidates if a.rpartition("@")[0].lower() in names][:1]
        if not addresses:
            addresses = [a for a in candidates if a.endswith("@googlegroups.com")][:1] or candidates[:1]
        if not addresses:
            # no header and no returned original: the notice's own words name the group ("wasn't
            # delivered to group@googlegroups.com because ...")
            named = find_all(report[:3000])
            addresses = [a for a in named if a.endswith("@googlegroups.com")][:1] or named[:1]
    if not addresses:
        return [Record(address=None, reason=reason, diagnostic=diagnostic)]
    return [Record(address=a, reason=reason, diagnostic=diagnostic) for a in addresses]


def _fml_records(msg: ParsedMessage, report: str, reason: str) -> list[Record]:
    records: list[Record] = []
    seen: dict[str, Record] = {}
    for line in report.split("\n"):
        if "<" in line and ">" in line:
            for addr in find_all(line[line.index("<"):line.rindex(">") + 1]):
                if (known := seen.get(addr.lower())) is not None:
                    # fml names the list on several lines of one notice ("fml <list@...> has detected
                    # a loop ... already passed this list <list@...>"): one recipient, its lines joined
                    known.diagnostic = f"{known.diagnostic} {line.strip()}"[:2000]
                    continue
                seen[addr.lower()] = rec = Record(address=addr, reason=reason, diagnostic=line.strip()[:2000])
                records.append(rec)
    if not records:
        records = [Record(address=_list_address(msg, report, *_sender(msg)), reason=reason,
                          diagnostic=_diagnostic(report))]
    # the list's own command or owner address the notice invites to write to ("send 'help' to
    # <elists-ctl@...>": fml's command address is LIST-ctl, Sisimai Lhost::FML) is no recipient
    lists = {r.address.lower() for r in records if r.address}
    kept = [r for r in records if not _control_of(r.address, lists)]
    return kept or records


def _control_of(address: str | None, lists: set[str]) -> bool:
    """The command / owner address of another list named in the same notice ("list-ctl@host")."""
    if not address:
        return False
    local, _, domain = address.lower().rpartition("@")
    hit = _CONTROL_SUFFIX.match(local)
    return bool(hit) and f"{hit.group('list')}@{domain}" in lists


def _merge_owner_mentions(records: list[Record]) -> list[Record]:
    """"<list@host>: ... write to list-owner@host": the owner named in the refusal is no recipient."""
    out: list[Record] = []
    for rec in records:
        prev = out[-1] if out else None
        if prev is not None and prev.address and rec.address and not (prev.status or prev.reply_code):
            plocal, _, pdomain = prev.address.lower().rpartition("@")
            rlocal, _, rdomain = rec.address.lower().rpartition("@")
            hit = _FORWARDED_SUFFIX.match(rlocal) or _OWNER_PREFIX.match(rlocal)
            if rdomain == pdomain and hit and hit.group("list") == plocal:
                prev.status, prev.reply_code, prev.diagnostic = rec.status, rec.reply_code, rec.diagnostic
                prev.command, prev.remote_mta = rec.command or prev.command, rec.remote_mta or prev.remote_mta
                continue
        out.append(rec)
    return out


def _list_address(msg: ParsedMessage, report: str, local: str, domain: str) -> str | None:
    """The list's own address: the one the notice names, or the sender's list part."""
    failed = _failed_header(msg)
    if failed:
        return failed[0]
    head = report[:3000]
    for m in _LIST_ADDRESS.finditer(head):
        if textdet.invites(head[head.rfind("\n", 0, m.start()) + 1:m.start("a")].lower()):
            continue  # "To join, send a blank message to join-x@...": where to subscribe, not the list
        addr = normalize(m.group("a"))
        local_part = addr.rpartition("@")[0].lower() if addr else ""
        if addr and (_FORWARDED_SUFFIX.match(local_part) or _OWNER_PREFIX.match(local_part)):
            continue  # "... directed to the list administrator at: x-owner@": where to write, not the list
        if addr and local_part not in _LIST_LOCALS:
            return addr
        break
    # (LISTSERV justifies its lines: "allowed  for postings  to the AGRI-ECON  list.")
    flat = " ".join(report[:3000].split())
    m = _LIST_NAME.search(flat) or _LIST_NAME_QUOTED.search(flat) or _LIST_NAME_AFTER.search(flat)
    if m and domain and local in _LIST_LOCALS:
        return f"{m.group('name')}@{domain}"  # LISTSERV: LIST@ the server's own host
    if local and domain:
        for rx in (_FORWARDED_SUFFIX, _OWNER_PREFIX):
            hit = rx.match(local)
            if hit and hit.group("list").lower() not in _LIST_LOCALS:
                return f"{hit.group('list')}@{domain}"
    originals = _original_recipients(msg)
    return originals[0] if len(originals) == 1 else None  # None: the core guesses from the original


def _diagnostic(report: str) -> str | None:
    lines = [ln.strip() for ln in _own_lines(report).split("\n") if ln.strip()]
    return " ".join(lines)[:2000] or None
