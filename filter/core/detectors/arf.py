"""Spam complaints: RFC 5965 Abuse Reporting Format, and the non-ARF ones providers send.

The complaining recipient is ``Original-Rcpt-To`` (RFC 5965 section 3.2), else the recipient
the provider names in its own header, else the ``To`` of the returned original.  A
``not-spam`` report (RFC 6650 section 3) is not a complaint.
"""
from __future__ import annotations

import re

from filter.core.lazyre import Lazy
from filter.core.address import find_all, normalize
from filter.core.message import ParsedMessage, decode_header
from filter.core.model import COMPLAINT, FEEDBACK_REASON, NOT_BOUNCE
from filter.core.detectors.base import Detection, Record
from filter.core.detectors import text as textdet
from filter.core.detectors.dsn import parse_fields

name = "arf"

# providers' own headers naming the complaining recipient in non-ARF reports
_RECIPIENT_HEADERS = ("X-HmXmrOriginalRecipient", "X-Original-Recipient", "X-Complaint-Recipient")
_COMPLAINT_SUBJECT = Lazy(
    r"complaint about message|abuse report|spam report|spam complaint|feedback[- ]loop|fbl report|reported as spam|"
    r"email feedback report|scomp|"
    # (AOL's SCOMP reports of the 2000s, "Client TOS Notification": its members' "report spam" clicks, before ARF)
    r"client tos notification", re.I)
# a sending service's notice of a complaint, from whatever account it sends its notices ("Spam complaint: x@... marked your
# email as spam"): its text says who complained, as a desk's does
_SERVICE_COMPLAINT_SUBJECT = Lazy(r"\bspam complaint\b|\bmarked your (?:e-?mail|message) as spam\b|"
                                  # (Spanish "Queja de spam: x marcó su correo como spam")
                                  r"\bqueja de spam\b|\bmarc(?:ó|o) su (?:correo|mensaje) como spam\b|"
                                  # (German "Spam-Beschwerde", French "Plainte pour spam", Italian "Segnalazione spam",
                                  # Spanish "... ha denunciado su campaña como correo no deseado")
                                  r"\bspam-?beschwerde\b|\bplainte pour spam\b|\bsegnalazione (?:di )?spam\b|"
                                  r"\bcomo correo no deseado\b|"
                                  # (French "Signalement de spam", Italian "Reclamo per posta indesiderata", Portuguese "Denúncia
                                  # de spam", Dutch "Spamklacht")
                                  r"\bsignalement de spam\b|\breclamo per (?:posta indesiderata|spam)\b|\bden(?:ú|u)ncia de spam\b|"
                                  r"\bspamklacht\b|"
                                  # (Polish "Zgłoszenie spamu", Czech "Stížnost na spam", Slovak "Sťažnosť na spam", European
                                  # Portuguese "Queixa de spam", Swedish "Spamklagomål", Danish / Norwegian "Spamklage", Turkish
                                  # "Spam şikayeti", Hungarian "Spam panasz", Romanian "Reclamație spam")
                                  r"\bzg(?:ł|l)oszenie spamu\b|\bst(?:í|i)(?:ž|z)nost na spam\b|\bs(?:ť|t)a(?:ž|z)nos(?:ť|t) na spam\b|"
                                  r"\bqueixa de spam\b|\bspamklagom(?:å|a)l\b|\bspamklage\b|\bspam (?:ş|s)ikayeti\b|\bspam ?panasz\b|"
                                  r"\breclama(?:ț|t|ţ)ie (?:de )?spam\b|"
                                  # (Slovak "Hlásenie spamu", Croatian "Prijava neželjene pošte", Romanian "Plângere spam")
                                  r"\bhl(?:á|a)senie spamu\b|\bprijava ne(?:ž|z)eljene po(?:š|s)te\b|\bpl(?:â|a)ngere (?:de )?spam\b|"
                                  # (Serbian Cyrillic "Пријава нежељене поште")
                                  r"\bпријава нежељене поште\b", re.I)
_COMPLAINT_FROM = Lazy(r"staff@hotmail\.com|feedback|fbl|abuse|complaints?@|scomp", re.I)
_NOT_COMPLAINT = ("not-spam",)
# a word of every alternative of _COMPLAINT_SUBJECT, lower-case
_COMPLAINT_WORDS = ("complaint", "abuse", "spam", "feedback", "fbl", "scomp", "tos notification")


def _may_be_complaint(subject: str) -> bool:
    """False when _COMPLAINT_SUBJECT cannot match: an ASCII subject without any of its words.

    Nearly every message comes here (all but feedback reports) and a case-insensitive search
    of eight alternatives at every position of the subject costs more than the few substring
    tests.  A subject with other characters goes to the pattern (under re.I, "ſ" matches "s"
    where ``lower()`` would not make it one)."""
    if not subject.isascii():
        return True
    low = subject.lower()
    return any(map(low.__contains__, _COMPLAINT_WORDS))


def detect(msg: ParsedMessage) -> Detection | None:
    report = msg.report_parts.get("message/feedback-report")
    if report is None and msg.report_type == "feedback-report":
        report = msg.body
    if report is not None:
        return _arf(msg, report)
    if str(msg.head("x-apple-unsubscribe")).strip().lower() == "true":
        # Apple Mail's one-click unsubscribe: an automated opt-out report (RFC 5965 "opt-out")
        addr = normalize(msg.from_)
        return Detection(COMPLAINT, [Record(address=addr, feedback_type="opt-out")], name)
    if _may_be_complaint(msg.subject) and _COMPLAINT_SUBJECT.search(msg.subject) and _COMPLAINT_FROM.search(msg.from_) \
            and msg.attached:
        records = [Record(address=a, feedback_type="abuse") for a in _complainers(msg, {})]
        if records:
            return Detection(COMPLAINT, records, name)
    if _SPAMCOP_FROM.search(msg.from_) and _SPAMCOP_MARK in msg.body[:5000].lower():
        return _spamcop(msg)
    if not msg.status_blocks and (_DESK_FROM.search(msg.from_) or _SERVICE_COMPLAINT_SUBJECT.search(msg.subject)) and (
            _may_be_complaint(msg.subject) or any(w in msg.subject.lower() for w in _DESK_SUBJECT_WORDS)) \
            and not textdet.bounce_subject(msg):
        # (never a postmaster's failure notice, "Unzustellbar: Frühlingsangebote" over "the spam filter of our mail server
        # judged the message unwanted advertising (spam) and refused it": the server's refusal, no reader's complaint)
        return _desk_complaint(msg)
    return None


# An ISP's abuse desk or postmaster forwarding its user's spam report without ARF: the subject says
# a complaint, and the text says that the recipient reported or marked the message as spam ("One of
# our customers, jo@isp.example, has reported the message below as spam", "This message was marked
# as junk by the recipient jo@...").  (Never a filter's "your message was marked as spam", a refusal
# of the sender: the report is the recipient's.)
# a desk's subject may name what it got rather than "complaint": unsolicited, junk, UBE / UCE, or say
# "complaint" in the desk's language (de Beschwerde, fr plainte / signalement, es queja / reclamo)
_DESK_SUBJECT_WORDS = ("unsolicited", "junk", "ube", "uce", "beschwerde", "plainte", "signalement", "queja", "queixa", "reclamo",
                       "denuncia", "no deseado", "segnalazione", "indesiderat", "klacht", "ongevraagd", "nadużyci",
                       "niechcian", "skräppost", "anmälan", "uønsket", "roskaposti", "ongewenst", "neželjen", "nezeljen", "нежељен")
# (a network operations centre forwards them too: noc@; Spanish, Portuguese, Italian and French desks write from abuso@,
# abusi@, abus@)
# (with a suffix of the desk's own, "postmaster-retours@", "abuse-noreply@")
_DESK_FROM = Lazy(rf"\b(?:{textdet.DESK_LOCALS}|postmaster|noc)(?:[-_.][a-z0-9]{{2,12}})?@", re.I)
# an aside between the message and the verdict ("the message below, sent from your network (192.0.2.42), as
# ...", "le message ci-dessous, envoyé depuis votre réseau (192.0.2.45), comme ..."): dots of an address only
_ASIDE = r"(?:,(?:[^.,]|\.(?=\d)){1,80},)?"
# (the auxiliary may be left out, "A customer, jo@..., reported the message below as spam"; never "you have reported")
_DESK_REPORT = Lazy(r"(?<!\byou )(?<!\bwe )(?<!\bi )(?<!\bhave )(?<!\bhas )(?:has |have )?reported (?:the|this) (?:message|e-?mail)"
                    # ("the message quoted below", "shown below")
                    r"(?: (?:quoted |shown |reproduced |included )?below| attached)?"
                    + _ASIDE + r" as "
                    r"(?:spam|junk|abuse|unsolicited)|"
                    r"(?:marked|reported|flagged) as (?:junk|spam)(?:/(?:junk|spam))? by (?:the|our|its|a|an|one of our) "
                    r"(?:recipient|user|customer|subscriber)s?(?!['\u2019])\b|"
                    # (a sending service's notice: "A recipient marked one of your emails as spam")
                    r"\b(?:a|the|one of your) (?:recipient|subscriber|contact)s? (?:has )?(?:marked|reported|flagged) (?:one of )?"
                    r"your (?:e-?mails?|messages?) as (?:spam|junk)\b|"
                    # (... in Spanish: "Un destinatario ha marcado uno de sus correos como spam")
                    # (never said as a condition: "Cuando un destinatario ha marcado uno de sus correos como spam, le enviamos ...",
                    # a service's newsletter about complaints)
                    r"(?<!cuando )\bun destinatario ha marcado (?:uno de )?sus (?:correos|mensajes) como (?:spam|correo no deseado)\b|"
                    # (Spanish "Un contacto ha denunciado su campaña ... como correo no deseado"; German "hat die E-Mail in seinem
                    # Postfach als Spam markiert"; French "a classé votre e-mail ... dans ses courriers indésirables"; Italian
                    # "ha segnalato il tuo messaggio come spam")
                    r"\bha denunciado (?:su|tu) (?:campa(?:ñ|n)a|correo|mensaje)\b[^.]{0,80}?\bcomo (?:correo no deseado|spam)\b|"
                    r"\bhat die (?:e-?mail|nachricht)\b[^.]{0,60}?\bals spam markiert\b|"
                    # (an abuse desk's "einer unserer Kunden hat die unten angeführte Nachricht als unerwünschte Werbung (Spam)
                    # gemeldet": the message below reported as unwanted advertising)
                    r"\bhat die (?:unten |nachfolgend |oben )?(?:angef(?:ü|ue)hrte|stehende|nachfolgende|untenstehende|beigef(?:ü|ue)gte|"
                    r"angeh(?:ä|ae)ngte)? ?(?:nachricht|e-?mail|mail) als (?:unerw(?:ü|ue)nschte (?:werbung|e-?mail|nachricht)|spam)\b"
                    r"[^.]{0,20}?\b(?:gemeldet|markiert)\b|"
                    r"\ba class(?:é|e) votre (?:e-?mail|message|courriel)\b[^.]{0,80}?\bdans ses (?:courriers )?ind(?:é|e)sirables\b|"
                    # (never said as a condition, "Quando un destinatario ha segnalato il tuo messaggio come spam, ...")
                    r"(?<!quando un destinatario )(?<!se un destinatario )(?<!quando il destinatario )"
                    r"\bha segnalato il (?:tuo|suo|vostro) messaggio come (?:spam|posta indesiderata)\b|"
                    # (French "a signalé l'un de vos envois comme courrier indésirable", Italian "ha contrassegnato come posta
                    # indesiderata un'email della tua campagna", Portuguese "Um contato marcou a sua campanha ... como spam", Dutch
                    # "Een ontvanger heeft uw e-mail ... als spam gemarkeerd")
                    r"\ba signal(?:é|e) (?:l['’]un de vos|un de vos) (?:envois|messages|e-?mails|courriels) comme (?:courrier )?"
                    r"(?:ind(?:é|e)sirable|spam|non sollicit)|"
                    r"(?<!quando )(?<!se )\bha contrassegnato come (?:posta indesiderata|spam)\b|"
                    r"\bmarcou a sua (?:campanha|mensagem|e-?mail)\b[^.]{0,60}?\bcomo spam\b|"
                    r"\bheeft uw (?:e-?mail|bericht)\b[^.]{0,60}? als spam gemarkeerd\b|"
                    # (Polish "Odbiorca oznaczył Twoją wiadomość jako spam", Czech "Tento příjemce nahlásil vaši zprávu jako
                    # nevyžádanou (spam)")
                    r"\boznaczy(?:ł|l)a? (?:twoj(?:ą|a)|pa(?:ń|n)stwa|wasz(?:ą|a)) wiadomo(?:ść|sc) jako (?:spam|niechcian)|"
                    r"\bnahl(?:á|a)sil[a]? (?:va(?:š|s)i|tvoji|tuto) zpr(?:á|a)vu jako (?:nevy(?:ž|z)(?:á|a)danou|spam)|"
                    # (Slovak "príjemca x@ označil vašu správu ako spam", Croatian "korisnik x@ prijavio je vašu poruku kao neželjenu
                    # poštu", Romanian "Am primit o plângere de spam de la abonatul nostru x@")
                    r"\bozna(?:č|c)il[a]? (?:va(?:š|s)u|tvoju) spr(?:á|a)vu ako (?:spam|nevy(?:ž|z)iadan)|"
                    r"\bprijavi(?:o|la) je (?:va(?:š|s)u|tvoju) poruku kao (?:ne(?:ž|z)eljenu|spam)|"
                    r"\bпријави(?:о|ла) је (?:вашу|твоју) поруку као (?:нежељену|спам)|"
                    r"(?<!când )(?<!dacă )\bam primit o pl(?:â|a)ngere (?:de spam )?de la (?:abonatul|clientul|utilizatorul) nostru\b|"
                    # (a member's report of our mail: "One of our members reported mail from your IP (192.0.2.1) as unwanted")
                    r"\b(?:one of our|an?|our) (?:members?|users?|customers?|subscribers?) (?:has )?reported (?:mail|e-?mail|a message|"
                    r"messages)\b(?:[^.]|\.(?=\w)){0,80}?\bas (?:unwanted|spam|junk|unsolicited)\b|"
                    # (German: "hat die unten genannte Nachricht über die Schaltfläche "Spam melden" als unerwünscht gemeldet")
                    r"\bhat (?:die|diese|eine) (?:unten ?(?:genannte|stehende) |folgende |nachfolgende )?(?:nachricht|e-?mail)\b"
                    r"[^.]{0,80}? als (?:unerw(?:ü|ue)nscht|spam)\w* gemeldet\b|"
                    # "has complained about the attached email ... as unsolicited commercial email", and the
                    # same report in German and French ("hat die unten stehende E-Mail als unerwünschte
                    # Massen-E-Mail (Spam) gemeldet", "a signalé le message ci-dessous ... comme courrier non
                    # sollicité"; our renderings of the meaning)
                    r"(?<!\byou )(?<!\bwe )(?<!\bi )(?:has )?complained about (?:the|this) (?:attached |following |below )?"
                    r"(?:e-?mail|message)|"
                    # ("A subscriber of ours has complained about unsolicited bulk e-mail sent from your IP address")
                    r"(?<!\byou )(?<!\bwe )(?<!\bi )(?:has|have) complained about (?:unsolicited|bulk|spam|junk)\b|"
                    # ("One of our customers has reported receiving the unsolicited bulk email below from your network")
                    r"(?<!\byou )(?<!\bwe )(?<!\bi )(?:has|have) reported receiving (?:the |this |an? )?(?:unsolicited|spam|junk|bulk)\b|"
                    # ("One of our subscribers has reported the attached message as unsolicited bulk e-mail"; Spanish "ha
                    # denunciado como correo no deseado el mensaje que adjuntamos")
                    r"(?<!\byou )(?<!\bwe )(?<!\bi )(?:has|have) reported (?:the|this) (?:attached |following |below |enclosed )?"
                    r"(?:e-?mail|message) as (?:an? )?(?:unsolicited|spam|junk|bulk)\b|"
                    # ("One of our users (x@) has marked the following message sent from your server as SPAM": the report button)
                    r"(?<!\byou )(?<!\bwe )(?<!\bi )\b(?:has|have) marked (?:the|this|your|an?) (?:attached |following |below |enclosed )?"
                    r"(?:e-?mail|message|mail)\b(?:[^.]|\.(?=\w)){0,60}?\bas (?:spam|junk|unsolicited|unwanted)\b|"
                    # (the button's click told without an auxiliary: "A Cablebox Internet subscriber marked the following message as
                    # spam using the "This is Spam" button"; never a condition, "if a subscriber marked the message as spam, ...")
                    r"(?<!\bif a )(?<!\bif the )(?<!\bwhen a )(?<!\bwhen the )(?<!\bwhenever a )\b(?:subscriber|customer|user|member|"
                    r"recipient) (?:marked|flagged|reported) (?:the|this) (?:attached |following |below |enclosed )?(?:e-?mail|message|mail)\b"
                    r"(?:[^.]|\.(?=\w)){0,60}?\bas (?:spam|junk|unsolicited|unwanted)\b|"
                    # (German with the message described between: "hat die folgende, von Ihrem Mailserver versandte Nachricht als
                    # SPAM markiert"; Portuguese with the verb first: "marcou como SPAM a mensagem abaixo")
                    r"\bhat die (?:folgende|nachfolgende|unten ?stehende|beigef(?:ü|ue)gte)\b[^.]{0,80}?\b(?:nachricht|e-?mail|mail) als "
                    r"(?:spam|unerw(?:ü|ue)nscht\w*)(?: \w+)? (?:markiert|gemeldet)\b|"
                    r"\b(?:marcou|denunciou|reportou|classificou) como (?:spam|lixo eletr(?:ô|o)nico|n(?:ã|a)o solicitad\w*) "
                    r"(?:a|esta|uma) (?:mensagem|e-?mail)\b|"
                    # (the passive, the message its subject: "El siguiente mensaje ... ha sido denunciado como SPAM por uno de nuestros
                    # clientes", Portuguese "foi denunciada como spam por um de nossos clientes")
                    r"\bha sido (?:denunciado|reportado|marcado) como (?:spam|correo no deseado|correo basura|no solicitado)\b|"
                    # (Italian "è stato segnalato come SPAM da uno dei nostri clienti", German "wurde von einem unserer Kunden als
                    # Spam gemeldet", English "The message below was reported as unsolicited by a subscriber of our service")
                    r"\bstat[oa] segnalat[oa] come (?:spam|posta indesiderata)\b|"
                    # (French "a été signalé comme indésirable par un de nos abonnés", Italian "un nostro utente ha indicato come posta
                    # indesiderata il messaggio", English "A member has told us that the message quoted below was unsolicited")
                    r"\ba (?:é|e)t(?:é|e) signal(?:é|e)e? comme (?:ind(?:é|e)sirable|spam|courrier ind(?:é|e)sirable) par (?:un|une|l['’]un) de nos\b|"
                    r"\bha indicato come (?:posta indesiderata|spam)\b|"
                    r"\bhas told us that the message (?:quoted |shown )?below was (?:unsolicited|spam|unwanted)\b|"
                    r"\bwurde von (?:einem|einer) unserer (?:kunden|nutzer|benutzer|abonnenten|teilnehmer)\w* als "
                    r"(?:spam|unerw(?:ü|ue)nscht\w*) (?:gemeldet|markiert)\b|"
                    r"\b(?:was|has been) reported as (?:unsolicited|spam|junk|unwanted) by (?:a|an|one of our) "
                    r"(?:subscriber|user|customer|member|recipient)s?\b|"
                    r"\bfoi (?:denunciad|reportad|marcad)[ao] como (?:spam|lixo|n(?:ã|a)o solicitad)|"
                    r"ha denunciado como (?:correo )?(?:no deseado|no solicitado|spam|basura)|"
                    # ("Nuestro cliente ... denunció como correo no solicitado (SPAM) el mensaje que se adjunta")
                    r"\bdenunci(?:ó|o) como (?:correo )?(?:no deseado|no solicitado|spam|basura)|"
                    # (Spanish "reportó el siguiente mensaje como correo no solicitado", Portuguese "denunciou / reportou a
                    # mensagem abaixo como spam")
                    r"(?:report(?:ó|o)|denunci(?:ó|o)) (?:el|este) (?:siguiente |presente )?(?:mensaje|correo) como (?:correo )?"
                    r"(?:no deseado|no solicitado|spam|basura)|"
                    r"(?:reportou|denunciou|marcou) (?:a|esta) (?:mensagem|e-?mail)(?: abaixo| seguinte)? como (?:spam|lixo|n(?:ã|a)o solicitad)|"
                    r"ha marcado como (?:spam|correo no deseado|correo basura)|"
                    # (Spanish "Uno de nuestros suscriptores (x@) reportó como SPAM el mensaje que se transcribe abajo")
                    r"\b(?:report(?:ó|o)|denunci(?:ó|o)|marc(?:ó|o)) como (?:spam|correo no deseado|correo basura|correo no solicitado) "
                    r"(?:el|este|un) (?:siguiente |presente )?(?:mensaje|correo)|"
                    # (Russian "Получатель x@ пометил ваше письмо как спам" (marked your letter as spam))
                    r"\bпометил[аи]? (?:ваше |это |ваши )?(?:письмо|письма|сообщение|сообщения)\b(?:[^.]|\.(?=\w)){0,40}?\bкак (?:спам|нежелательн)|"
                    # (Czech "příjemce x@ označil vaši zprávu "..." jako nevyžádanou (spam)"; German "ein Kunde hat Ihre E-Mail
                    # "..." über die Schaltfläche "Spam melden" als unerwünscht gemeldet")
                    r"\bozna(?:č|c)il[a]? va(?:š|s)i zpr(?:á|a)vu\b(?:[^.]|\.(?=\w)){0,60}?\bjako (?:nevy(?:ž|z)(?:á|a)danou|spam)|"
                    r"\bhat ihre (?:e-?mail|nachricht)\b[^.]{0,80}? als (?:unerw(?:ü|ue)nscht|spam)\w* gemeldet\b|"
                    # (Hungarian "Felhasználónk az Önöktől érkezett levelet kéretlen levélként jelentette" (reported the letter as
                    # unsolicited); Polish "otrzymaliśmy zgłoszenie dotyczące wiadomości ... (spam / niechciana reklama)")
                    r"\bk(?:é|e)retlen lev(?:é|e)lk(?:é|e)nt jelentette\b|"
                    r"\botrzymali(?:ś|s)my zg(?:ł|l)oszenie dotycz(?:ą|a)ce wiadomo(?:ś|s)ci\b[\s\S]{0,200}?\b(?:spam|niechcian)|"
                    # (Spanish "Un cliente de nuestro servicio ha marcado el siguiente mensaje procedente de su red como correo no
                    # deseado")
                    r"\bha marcado (?:el|este) (?:siguiente )?(?:mensaje|correo)\b(?:[^.]|\.(?=\w)){0,60}?\bcomo (?:correo )?(?:no deseado|spam|basura)|"
                    # (Bulgarian "Наш потребител отбеляза писмо от вашия сървър като нежелана поща (спам)" (marked a letter from
                    # your server as unwanted mail); Italian "ha ricevuto una segnalazione da parte di un nostro cliente relativa
                    # al messaggio qui sotto, che il cliente considera posta indesiderata" (a report by a customer who considers
                    # the message below unwanted mail))
                    r"\bотбеляза(?:л|ла)? (?:(?:вашето|едно|това) )?(?:писмо|съобщение|имейл)\b(?:[^.]|\.(?=\w)){0,60}?\bкато (?:нежелана поща|спам)|"
                    r"\bsegnalazione da parte di (?:un|una) (?:nostr[oa] )?(?:cliente|utente|abbonat[oa])\b(?:[^.]|\.(?=\w)){0,120}?"
                    r"\bconsidera (?:posta indesiderata|spam)\b|"
                    # (Dutch "heeft het onderstaande bericht als spam gemarkeerd", Polish "oznaczył poniższą wiadomość jako
                    # spam", Swedish "har anmält det bifogade meddelandet som oönskad e-post")
                    r"heeft (?:het|dit) (?:onderstaande |bijgevoegde |volgende )?(?:bericht|e-?mail) als (?:spam|ongewenst\w*) "
                    r"(?:gemarkeerd|gemeld)|"
                    r"oznaczy(?:ł|l)(?:a)? (?:poni(?:ż|z)sz(?:ą|a)|za(?:ł|l)(?:ą|a)czon(?:ą|a)) wiadomo(?:ść|sc) jako (?:spam|niechcian)|"
                    r"har anm(?:ä|a)lt det (?:bifogade|nedanst(?:å|a)ende) meddelandet som (?:o(?:ö|o)nskad|skr(?:ä|a)ppost|spam)|"
                    # (Danish "har markeret nedenstående besked som spam", Finnish "on ilmoittanut alla olevan viestin
                    # roskapostiksi", Dutch "heeft het bijgevoegde bericht gemeld als ongewenste reclame", Polish "zgłosił
                    # załączoną wiadomość jako niechcianą korespondencję")
                    r"har markeret (?:nedenst(?:å|a)ende|vedh(?:æ|ae)ftede) (?:besked|e-?mail|mail) som (?:spam|u(?:ø|o)nsket)|"
                    r"on ilmoittanut (?:alla olevan|oheisen|liitteenä olevan) viestin roskapostiksi|"
                    r"heeft (?:het|dit) (?:onderstaande |bijgevoegde )?(?:bericht|e-?mail) gemeld als (?:spam|ongewenst)|"
                    r"zg(?:ł|l)osi(?:ł|l)(?:a)? (?:za(?:ł|l)(?:ą|a)czon(?:ą|a)|poni(?:ż|z)sz(?:ą|a)|pa(?:ń|n)stwa|wasz(?:ą|a)) wiadomo(?:ść|sc) jako (?:spam|niechcian)|"
                    # ... and the complaint received, in French, German and Spanish ("Nous avons reçu une plainte de l'un de
                    # nos clients concernant un courrier électronique non sollicité", "eine Beschwerde eines unserer Kunden
                    # über unerwünschte E-Mails", "una queja de uno de nuestros clientes por correo no solicitado")
                    # (the customer's address may stand between: its dots end no sentence)
                    r"re[çc]u une plainte (?:d['’]un|de l['’]un|d['’]une|de l['’]une) de nos (?:clients?|clientes|abonn[ée]e?s|"
                    r"utilisat(?:eurs|rices))\b(?:[^.]|\.(?=\w)){0,80}?(?:non sollicit|ind[ée]sirable|spam)|"
                    r"beschwerde (?:eines|einer|von einem|von einer) unserer (?:kunden|kundinnen|nutzer|abonnenten)\b(?:[^.]|\.(?=\w)){0,80}?"
                    r"(?:unerw(?:ü|ue)nscht|spam)|"
                    r"(?:queja|denuncia|reclamaci[óo]n) de (?:uno|una) de nuestros (?:clientes|usuarios|abonados|suscriptores|miembros)\b(?:[^.]|\.(?=\w)){0,80}?"
                    r"(?:no solicitad|no desead|spam)|"
                    # (Dutch "Wij ontvingen van een van onze klanten een klacht over ongevraagde e-mail", Italian "abbiamo
                    # ricevuto un reclamo da uno dei nostri clienti per posta non richiesta", Portuguese "recebemos uma
                    # reclamação de um dos nossos clientes sobre e-mail não solicitado", Polish "otrzymaliśmy skargę od
                    # jednego z naszych klientów na niechcianą pocztę")
                    r"(?:ontvingen|ontvangen)\b(?:[^.]|\.(?=\w)){0,60}?\been klacht\b(?:[^.]|\.(?=\w)){0,60}?\bover (?:ongevraagde|ongewenste|spam)|"
                    r"(?:reclamo|segnalazione) da (?:uno|una) dei nostri (?:clienti|utenti|abbonati)\b(?:[^.]|\.(?=\w)){0,80}?"
                    r"(?:non richiest|non desiderat|indesiderat|spam)|"
                    r"reclama(?:ç|c)(?:ã|a)o de (?:um|uma) d(?:os|as|e) noss(?:os|as) (?:clientes|usu(?:á|a)rios|assinantes)\b"
                    r"(?:[^.]|\.(?=\w)){0,80}?(?:n(?:ã|a)o solicitad|indesejad|spam)|"
                    # (the complaint said of the message alone: "Recebemos uma reclamação de um dos nossos assinantes a respeito
                    # de uma mensagem enviada pelos seus servidores")
                    r"reclama(?:ç|c)(?:ã|a)o de (?:um|uma) d(?:os|as|e) noss(?:os|as) (?:clientes|usu(?:á|a)rios|assinantes) "
                    r"(?:a respeito de|sobre|referente a) (?:uma|a|esta) (?:mensagem|e-?mail)\b|"
                    # (Italian "un nostro cliente (x@) ha segnalato come spam un messaggio")
                    r"\bha segnalato come (?:spam|posta indesiderata)\b|"
                    # ("One of the people we host mail for (x@) told us the attached message from your service was unsolicited")
                    r"\b(?:told us|reported|says?|said) (?:that )?the (?:attached|following|enclosed) (?:message|e-?mail)\b[^.]{0,60}?"
                    r"\bwas (?:unsolicited|unwanted|spam)\b|"
                    # (French "une plainte de l'un de nos abonnés concernant un message envoyé depuis votre infrastructure";
                    # Russian "Мы получили жалобу от одного из наших пользователей на нежелательное письмо"; Dutch "Wij hebben een
                    # klacht ontvangen van een van onze abonnees over een ongevraagd reclamebericht"; Japanese "迷惑メールであるとの
                    # 苦情が寄せられました" (a complaint that it is spam was received))
                    r"\bplainte (?:d['’]un|de l['’]un|d['’]une|de l['’]une) de nos (?:clients?|abonn[ée]e?s|utilisat(?:eurs|rices)) "
                    r"concernant (?:un|le|ce) (?:message|courriel|e-?mail)\b|"
                    r"получили жалобу от (?:одного из наших|нашего) (?:пользовател|абонент|клиент)\w*|"
                    r"\been klacht ontvangen van (?:een van onze|onze) (?:klanten|abonnees|gebruikers)\b[^.]{0,60}?\bover (?:een )?"
                    r"(?:ongevraagd|ongewenst|spam)|"
                    r"迷惑メール(?:である|だ)(?:との|旨の)苦情|"
                    # (Ukrainian "Ми отримали скаргу від одного з наших абонентів", Czech "obdrželi jsme stížnost od jednoho z našich
                    # uživatelů", Swedish "ett klagomål från en av våra kunder", Hungarian "Panaszt kaptunk egyik előfizetőnktől")
                    r"отримали скаргу від (?:одного з наших|нашого) (?:абонент|користувач|клієнт)\w*|"
                    r"\bst(?:í|i)(?:ž|z)nost od jednoho z na(?:š|s)ich (?:u(?:ž|z)ivatel|z(?:á|a)kazn|klient)\w*|"
                    r"\bklagom(?:å|a)l fr(?:å|a)n en av v(?:å|a)ra (?:kunder|abonnenter|anv(?:ä|a)ndare)\b|"
                    r"\bpanaszt kaptunk (?:egyik )?(?:el(?:ő|o)fizet(?:ő|o)nkt(?:ő|o)l|(?:ü|u)gyfel(?:ü|u)nkt(?:ő|o)l|felhaszn(?:á|a)l(?:ó|o)nkt(?:ó|o)l)|"
                    # (Portuguese / Spanish "Recebemos uma denúncia de SPAM de um usuário ... referente à mensagem abaixo",
                    # "Recibimos una denuncia de spam de un usuario")
                    # (Galician "Recibimos unha queixa dun dos nosos subscritores a respecto dunha mensaxe", Catalan "Hem rebut
                    # una queixa d'un dels nostres abonats sobre un missatge", Kazakh "Біз пайдаланушыларымыздың бірінен ...
                    # хат туралы шағым алдық" (we received a complaint from one of our users about a letter))
                    r"\bqueixa dun(?:ha)? d(?:os|as) nos(?:os|as) (?:subscritores|usuarios|clientes|abonados)\b|"
                    r"\bqueixa d['’]un(?:a)? d(?:els|e les) nostr(?:es|os) (?:abonats|usuaris|clients|subscriptors)\b|"
                    r"пайдаланушыларымыздың бірінен(?:[^.]|\.(?=\w)){0,80}?шағым|"
                    # (never said as a condition: "quando recebemos uma queixa de spam de um destinatário, removemos ...", a
                    # newsletter's advice)
                    r"(?<!quando )(?<!cuando )(?<!se )(?<!si )(?:recebemos|recibimos|hemos recibido) (?:uma|una) (?:den(?:ú|u)ncia|reclama(?:ç|c)(?:ã|a)o|queixa|queja|reclamaci(?:ó|o)n)\b"
                    r"(?:[^.]|\.(?=\w)){0,80}?(?:spam|n(?:ã|a)o solicitad|no solicitad)|"
                    # (Polish "otrzymaliśmy zgłoszenie od naszego klienta (x@), który uznał poniższą wiadomość za niezamówioną
                    # informację handlową (spam)": a customer who judged the message below unsolicited)
                    r"\buzna(?:ł|l|ła|la|li)\b[^.]{0,20}\b(?:poni(?:ż|z)sz(?:ą|a)|t(?:ę|e)|za(?:łą|la)czon(?:ą|a)) wiadomo(?:ść|sc) za "
                    r"(?:niezam(?:ó|o)wion|niechcian|spam)|"
                    r"skarg(?:ę|e) od jednego z naszych (?:klient(?:ó|o)w|u(?:ż|z)ytkownik(?:ó|o)w|abonent(?:ó|o)w)\b(?:[^.]|\.(?=\w)){0,80}?"
                    r"(?:niechcian|niezamawian|spam)|"
                    # ("We have received a complaint from one of our customers about unsolicited commercial e-mail
                    # sent from your network", "... about the unsolicited commercial email reproduced below"; the customer's address
                    # may stand between, its dots no sentence's end)
                    r"received an? (?:spam )?complaint (?:from|by) (?:one of our|a|an|our) (?:customers?|users?|subscribers?|"
                    r"members?|recipients?)\b(?:[^.]|\.(?=\w)){0,80}? (?:about|regarding|concerning) (?:an? |the |this )?(?:unsolicited|spam|junk|bulk|"
                    r"(?:the|this) (?:attached|following|below|enclosed) (?:e-?mail|message)|(?:the|this) (?:e-?mail|message) "
                    r"(?:below|attached|enclosed))|"
                    # (the complaint named by what it is about, its complainant in a field below: "We have received a complaint
                    # about unsolicited commercial email sent from an IP address assigned to your account ... Complainant: x@")
                    r"received an? (?:spam )?complaint (?:about|regarding|concerning) (?:an? )?(?:unsolicited|spam|junk|bulk)\b|"
                    # ("One of our customers has reported a message that originated from your network as spam"; German "wir haben
                    # eine Beschwerde über eine unerwünschte Werbe-E-Mail (Spam) erhalten")
                    r"\b(?:customers?|users?|subscribers?|members?) (?:has|have) reported (?:a|an|the|this) (?:message|e-?mail)\b"
                    r"(?:[^.]|\.(?=\w)){0,80}? as (?:spam|junk|unsolicited)\b|"
                    r"\bbeschwerde (?:über|ueber) (?:eine |die |diese )?(?:unerw(?:ü|ue)nschte|unverlangte)\b[^.]{0,30}?"
                    r"(?:e-?mail|nachricht|werbung|spam)|"
                    r"hat (?:die|diese) (?:(?:unten ?stehende|nachfolgende|folgende|(?:unten )?angeh(?:ä|ae)ngte|beigef(?:ü|ue)gte) )?"
                    r"(?:e-?mail|nachricht)\b[^.]{0,60}? als (?:unerw(?:ü|ue)nscht|spam)|"
                    # ("einer unserer Kunden hat sich über die unten angehängte E-Mail beschwert")
                    r"hat sich (?:bei uns )?(?:ü|ue)ber (?:(?:die|diese|eine|einen) )?(?:(?:unten ?stehende|nachfolgende|folgende|(?:unten )?angeh(?:ä|ae)ngte|"
                    # ("hat sich über eine unerwünschte Werbe-E-Mail von Ihrem Server beschwert")
                    r"beigef(?:ü|ue)gte) )?(?:(?:unerw(?:ü|ue)nschte|unverlangte) )?(?:werbe-?)?(?:e-?mails?|nachrichten|nachricht)\b[^.]{0,60}? beschwert|"
                    # ("Nous avons reçu une plainte de notre abonné x@ concernant un message non sollicité")
                    r"re[çc]u une plainte (?:de (?:notre|votre)|d['’]une? de nos) (?:client|cliente|abonn[ée]e?|utilisat(?:eur|rice))s?\b"
                    # (of unsolicited advertising too: "une plainte d'un de nos abonnés concernant un message publicitaire")
                    r"(?:[^.]|\.(?=\w)){0,80}?(?:non sollicit|ind[ée]sirable|spam|publicitaire)|"
                    r"a signal[ée] (?:le|ce|votre) (?:message|courriel|e-?mail)(?: (?:ci-dessous|ci-joint|suivant))?"
                    + _ASIDE + r" comme (?:courrier (?:non sollicit|ind[ée]sirable)|spam|ind[ée]sirable|pourriel)|"
                    # (the verb's complement first: "a signalé comme indésirable (bouton « Signaler un spam ») le message
                    # ci-dessous")
                    r"a (?:signal[ée]|d[ée]clar[ée]) comme (?:courrier )?(?:non sollicit(?:é|e)|ind[ée]sirable|spam|pourriel)(?: \([^)]{0,60}\))? "
                    r"(?:le|ce|votre|un) (?:message|courriel|e-?mail)\b|"
                    # es / it: "ha denunciado el mensaje adjunto como correo no deseado", "ha segnalato il messaggio
                    # sottostante come posta indesiderata"
                    r"ha denunciado (?:el|este) (?:mensaje|correo)(?: adjunto| siguiente| de abajo)? como (?:correo )?"
                    r"(?:no deseado|spam|basura)|"
                    r"ha segnalato (?:il|il vostro|il suo|questo) messaggio(?: sottostante| allegato| seguente)? come (?:posta )?(?:indesiderata|spam)|"
                    # (a Japanese ISP's desk: "弊社会員より ... 「迷惑メール」である旨の申告がありました" (a member reported the
                    # mail as spam), Korean "스팸으로 신고" (reported as spam), Chinese "举报为垃圾邮件" / "投訴為垃圾郵件")
                    # (the member's words quoted whole: "「承諾なく送信されてきた迷惑メールである」との申告")
                    r"「?迷惑メール(?:である|だ)?」?\s*(?:である旨の|であるとの|として|との|旨の)\s*(?:申告|報告|通報)|스팸(?:\s*메일)?으로\s*신고|"
                    r"(?:举报|舉報|投诉|投訴)(?:为|為|成)?垃圾(?:邮件|郵件)|"
                    # (Korean "회원으로부터 스팸 신고가 접수되었습니다", a spam report received from a member; Chinese "我们的用户 x@
                    # 投诉了您 ... 发送的以下邮件", our user complained about the mail you sent)
                    r"스팸\s*신고가?\s*접수|(?:投诉|投訴)了(?:您|你|贵司|貴司)|"
                    # (Russian "пожаловался на ваше письмо как на спам", Turkish "iletinizi spam olarak şikayet etmiştir", Spanish
                    # "Hemos recibido una queja por correo no deseado de nuestro usuario x@")
                    r"пожаловал(?:ся|ась|ись) на (?:ваше|это|эту|вашу) (?:письмо|рассылку|сообщение)|"
                    r"\bspam olarak (?:ş|s)ikayet et|"
                    # (Ukrainian "наш абонент x@ поскаржився на небажаний лист (спам)", Malay "Pelanggan kami, x@, telah membuat
                    # aduan bahawa mesej di bawah ialah e-mel spam", Persian "مشترک ما ... این نامه را به عنوان هرزنامه ... شکایت
                    # کرده است")
                    r"поскаржи(?:вся|лася|лись) на (?:небажаний |цей |ваш |вашу )?(?:лист|повідомлення|розсилку)|"
                    # (Italian "abbiamo ricevuto un reclamo relativo a un'e-mail pubblicitaria non richiesta", Portuguese "Um dos
                    # nossos clientes denunciou como spam uma mensagem")
                    r"\bricevuto un reclamo (?:relativo a|riguardante|per) (?:un'|una |un )?(?:e-?mail|messaggio)\b[^.]{0,40}?"
                    r"(?:non richiest|indesiderat|spam)|\bdenunciou como spam (?:uma|a) mensagem\b|"
                    r"\bmembuat aduan\b[^.]{0,80}?\b(?:spam|tidak diminta)\b|"
                    # (Romanian "Am primit o reclamație privind un mesaj nesolicitat (spam)"; Catalan "Hem rebut una queixa d'un
                    # dels nostres abonats sobre el missatge adjunt, que considera correu brossa")
                    r"\bam primit o reclama(?:ț|ţ|t)ie\b[^.]{0,60}?\b(?:nesolicitat|spam)|"
                    # (Spanish "ha presentado una queja por recibir correo no deseado")
                    r"\bha presentado una (?:queja|denuncia|reclamaci(?:ó|o)n) por (?:recibir )?(?:correo|mensajes?|e-?mails?) "
                    r"(?:no deseado|no solicitado|basura|spam)|"
                    # (Italian "una segnalazione da un nostro cliente (x@) per posta indesiderata")
                    r"(?:reclamo|segnalazione) da (?:un|una) nostr[oa] (?:cliente|utente|abbonat[oa])\b(?:[^.]|\.(?=\w)){0,80}?"
                    r"(?:non richiest|non desiderat|indesiderat|spam)|"
                    r"\bqueixa d['’]un(?:a)? dels nostres (?:abonats|clients|usuaris)\b(?:[^.]|\.(?=\w)){0,80}?"
                    r"(?:no sol(?:·|\.|-)?licitat|brossa|spam)|"
                    r"به عنوان\s+(?:هرزنامه|اسپم)[^.]{0,30}?شکایت کرده|"
                    # (Indonesian "melaporkan email di bawah ini sebagai spam", Vietnamese "đã báo cáo thư dưới đây là thư rác",
                    # Arabic "أبلغ أحد عملائنا ... عن الرسالة المرفقة ... باعتبارها بريدًا عشوائيًا")
                    r"\bmelaporkan (?:email|e-?mail|pesan|surel)\b[^.]{0,40}?\bsebagai spam\b|"
                    # (Indonesian "Kami menerima pengaduan dari pelanggan kami mengenai email massal tanpa izin", we received a
                    # complaint from our customer about unsolicited bulk mail)
                    r"\bmenerima (?:pengaduan|keluhan|aduan) dari (?:salah satu )?(?:pelanggan|pengguna|nasabah) kami\b[^.]{0,80}?"
                    r"\b(?:spam|tanpa izin|tidak diminta|tidak diinginkan)\b|"
                    # (Czech "náš zákazník x@ nahlásil níže uvedenou zprávu jako nevyžádanou obchodní sdělení (SPAM)")
                    r"\bnahl(?:á|a)sil(?:a)? (?:n(?:í|i)(?:ž|z)e uvedenou |p(?:ř|r)ilo(?:ž|z)enou |tuto )?zpr(?:á|a)vu jako "
                    r"(?:nevy(?:ž|z)(?:á|a)dan|spam)|"
                    r"\bb(?:á|a)o c(?:á|a)o th(?:ư|u)\b[^.]{0,40}?\bl(?:à|a) th(?:ư|u) r(?:á|a)c\b|"
                    r"أبلغ(?:[^.]|\.(?=\w)){0,100}?(?:بريد(?:ًا|ا)? عشوائي|رسائل مزعجة)|"
                    r"\b(?:recibido|recibimos) una (?:queja|denuncia|reclamaci(?:ó|o)n) (?:por|de) (?:correo )?(?:no deseado|no solicitado|spam)",
                    re.I)


_FROM_ADDRESS = Lazy(r"\b(?:from|sent by|sender:?|mailed by|on behalf of)\s+<?[^\s<>@]+@[^\s<>,;]+>?", re.I)
# the desk's own line naming who complained ("Complainant: m.fischer@isp.example", "Reported by: ...")
_COMPLAINANT_LINE = Lazy(r"(?im)^[ \t]*(?:complainant|reported by|reported-for|reporter|complaint from|affected recipient|reported recipient|"
                         # (a sending service's notice names the complaining recipient of our message: "Recipient: x@")
                         r"recipient|(?:betroffener )?empf(?:ä|ae)nger|destinataire|destinatario|contacto|contato|ontvanger|"
                         r"indirizzo del destinatario|abonn(?:é|e)e?|"
                         # (Spanish "Destinatario afectado:", Portuguese "Destinatário afetado:", French "Destinataire concerné :")
                         r"destinatario afectado|destinat(?:á|a)rio afetado|destinataire concern(?:é|e)|"
                         # (Polish "Odbiorca:", Czech "Příjemce:", Portuguese "Destinatário:")
                         r"odbiorca|p(?:ř|r)(?:í|i)jemce|destinat(?:á|a)rio|"
                         # (French "Abonné concerné :", "Client concerné :", the subscriber or customer the report is about)
                         r"(?:abonn(?:é|e)e?|client(?:e)?|utilisat(?:eur|rice)) concern(?:é|e)e?|"
                         # (German "Beschwerdeführer:", the complainant)
                         r"beschwerdef(?:ü|ue)hrer(?:in)?|betroffene (?:e-?mail-?)?adresse|"
                         # (Indonesian / Malay "Alamat pelanggan:", the customer's address; "Pelapor:", the reporter)
                         r"alamat pelanggan|pelapor|"
                         # (Portuguese "Endereço do assinante:" / "do cliente:", the subscriber's address)
                         r"endere(?:ç|c)o do (?:assinante|cliente|usu(?:á|a)rio)|"
                         # (French "Adresse de l'abonné :", Russian "Адрес пользователя:", Dutch "Adres van de abonnee:", Japanese
                         # "会員のメールアドレス:")
                         r"adresse de l['’]abonn(?:é|e)e?|adresse du client|адрес (?:пользователя|абонента|клиента)|"
                         r"adres van de (?:abonnee|klant)|会員のメールアドレス|"
                         # (Japanese "申告者アドレス:" / "申告者のメールアドレス:", the reporter's address)
                         r"申告者の?(?:メール)?アドレス|"
                         # (Japanese "通報者:", Korean "신고자 주소:" (the reporter's address), Chinese "举报人邮箱:" / "投訴人:")
                         r"通報者(?:の?(?:メール)?アドレス)?|신고자(?: ?(?:주소|이메일|메일 ?주소))?|"
                         r"(?:举报|舉報|投诉|投訴|檢舉|检举)(?:人|者)(?:邮箱|郵箱|地址|邮件地址|郵件地址|電子郵件|电子邮件)?|"
                         # (Ukrainian "Адреса абонента:", Czech "Adresa uživatele:", Swedish "Kundens adress:", Hungarian "Az előfizető
                         # címe:")
                         r"адреса (?:абонента|користувача|клієнта)|adresa (?:u(?:ž|z)ivatele|z(?:á|a)kazn(?:í|i)ka)|kundens adress|"
                         r"(?:az )?el(?:ő|o)fizet(?:ő|o) c(?:í|i)me|"
                         # (Galician "Enderezo do subscritor:", Catalan "Adreça de l'abonat:", Kazakh "Пайдаланушының мекенжайы:")
                         r"enderezo do (?:subscritor|usuario|cliente)|adre(?:ç|c)a de l['’](?:abonat|usuari|client)|"
                         # (Italian "Segnalato per:" (reported for), "Cliente segnalante:" (the reporting customer); Bulgarian
                         # "Докладвано за:" (reported for))
                         r"segnalato per|(?:cliente|utente|abbonato) segnalante|докладвано за|"
                         # (Spanish "Destinatario que presentó la queja:", the recipient who complained)
                         r"destinatario que present(?:ó|o) la queja|destinat(?:á|a)rio que fez a reclama(?:ç|c)(?:ã|a)o|"
                         # (Portuguese "Destinatário que denunciou:", Spanish "Destinatario que denunció:")
                         r"destinat(?:á|a)rio que denunci(?:ou|ó|o)|"
                         # (Polish "Zgłoszone przez:" (reported by), Dutch "Klacht ingediend door:" (complaint made by), Hungarian
                         # "Panaszt tett címzett:" (the recipient who complained))
                         r"zg(?:ł|l)oszone przez|klacht ingediend door|panaszt tett (?:c(?:í|i)mzett|felhaszn(?:á|a)l(?:ó|o))|"
                         # (French "Abonné ayant signalé :", Italian "Indirizzo dell'utente che ha effettuato la segnalazione:", English
                         # "Complaining member ........ x@", its label and dot leaders)
                         r"abonn(?:é|e)e? ayant signal(?:é|e)|indirizzo dell['’]utente che ha effettuato la segnalazione|"
                         r"complaining (?:member|user|customer|subscriber)|"
                         r"пайдаланушының мекенжайы)(?:[ \t]*[:：]|[ \t]+\.{3,})[ \t]*(.+)$")
_INLINE_TO = Lazy(r"(?im)^(?:to|받는 사람|수신자|宛先|收件人|收件者|người nhận)[ \t]*[:：][ \t]*(.+)$")
_INLINE_FROM = Lazy(r"(?im)^from:[ \t]*(.+)$")


def _desk_complaint(msg: ParsedMessage) -> Detection | None:
    if textdet.is_reply(msg):
        return None  # a desk's answer in a conversation (to the person who reported it, or to us)
    # (a text sent with CRLF line ends read as lines of LF: "reported the message below as\r\nspam")
    text = msg.body[:3000].replace("\r\n", "\n")
    # (searched across the line breaks of a wrapped sentence, "comme courrier\nindésirable"; the same
    # positions in the text)
    m = _DESK_REPORT.search(text.replace("\n", " "))
    if m is None:
        return None
    # the complainant: an address in the sentence that reports it, else the returned original's To
    # (a sentence ends at ". " or a line break: the dots of an address do not end it)
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    stop = min((k for k in (text.find(". ", m.end()), text.find("\n", m.end())) if k >= 0), default=m.end() + 200)
    ours = {(normalize(msg.from_ or "") or "").lower()}
    # (the report is sent to us: an address in its To's domain is ours, never the complainant)
    our_domains = {a.lower().rpartition("@")[2] for a in find_all(msg.header("To") or "")}
    for original in msg.attached:
        for h in ("From", "Sender", "Return-Path", "Reply-To"):
            ours |= {a.lower() for a in find_all(decode_header(original.get(h)))}
    inline_from = _INLINE_FROM.search(text, stop)
    if inline_from:
        ours |= {a.lower() for a in find_all(inline_from.group(1))}
    # (an address right after "from" is the message's sender: "The message below from news@... was
    # reported as spam by our user")

    def theirs(addrs: list[str]) -> list[str]:
        # (a masked recipient, "xxxxxxxx@isp.example", names no one: the VERP address of our original may)
        return [a for a in addrs if a.lower() not in ours and a.lower().rpartition("@")[2] not in our_domains
                and not _MASKED.fullmatch(a.partition("@")[0])]

    named = _COMPLAINANT_LINE.search(text)
    found = theirs(find_all(named.group(1))) if named else []
    found = found or theirs(find_all(_FROM_ADDRESS.sub(" ", text[start:stop])))
    found = found or theirs(_complainers(msg, {}))
    if not found:  # the original quoted inline below the report: its To
        to = _INLINE_TO.search(text, stop)
        found = theirs(find_all(to.group(1))) if to else []
    if not found:
        # (a recipient masked, or said to be withheld: "the recipient's address has been removed from the copy attached";
        # the VERP address of our original may name it)
        # (or not named at all: "We received a complaint from our customer about unsolicited bulk mail ... remove the
        # reporter's address from your list": the desk's sentence is the complaint, whoever it protects)
        return Detection(COMPLAINT, [Record(address=None, feedback_type="abuse")], name)
    return Detection(COMPLAINT, [Record(address=a, feedback_type="abuse") for a in dict.fromkeys(found)], name)


# SpamCop's report to a network's abuse contact (SpamCop's FAQ, "What do SpamCop reports look
# like?"): sent from <report id>@reports.spamcop.net, the reported message quoted inline under
# "[ Offending message ]", its recipient's address most often munged ("To: x") to protect the reporter
_SPAMCOP_FROM = Lazy(r"@reports\.spamcop\.net\b", re.I)
_SPAMCOP_MARK = "[ offending message ]"


def _spamcop(msg: ParsedMessage) -> Detection:
    text = msg.body[:20000]
    at = text.lower().find(_SPAMCOP_MARK)
    to = _INLINE_TO.search(text, at)
    found = find_all(to.group(1)) if to else []
    return Detection(COMPLAINT, [Record(address=a, feedback_type="abuse") for a in found]
                     or [Record(address=None, feedback_type="abuse")], name)


_MASKED = Lazy(r"[\[<(]?(?:x{3,}|\*{2,}|#{3,}|redacted|removed|hidden|anonymi[sz]ed)[\]>)]?", re.I)


def masked(address: str) -> bool:
    """A local part a report wrote in place of the complainer's ("redacted@", "[redacted]@", "xxxxxxx@", "****@")."""
    return _MASKED.fullmatch(address.partition("@")[0]) is not None


def _arf(msg: ParsedMessage, report: str) -> Detection:
    fields, blocks = parse_fields(report)
    for b in blocks:  # a report without blank lines parses as a recipient block
        for k, v in b.items():
            fields.setdefault(k, v)
    # Original-Rcpt-To may repeat (one per recipient): read them from the raw text
    rcpts = [normalize(v) for v in re.findall(r"(?im)^original-rcpt-to\s*:\s*(.+)$", report)]
    ftype = (fields.get("feedback-type") or "abuse").strip().lower()
    if ftype in _NOT_COMPLAINT:
        return Detection(NOT_BOUNCE, [], name)
    addrs = [a for a in rcpts if a] or _complainers(msg, fields)
    # (never the report's own addressee, our feedback box, named where the complainer would stand: "X-HmXmrOriginalRecipient:
    # <fbl@ours>" on the report itself; the VERP envelope of our copy names who complained, the core reads it)
    to = {a.lower() for a in find_all(decode_header(msg.header("To") or ""))}
    addrs = [a for a in addrs if a.lower() not in to]
    # RFC 6590: a report may redact the recipient's local part ("redacted@aol.com", the placeholder
    # named in a Redacted-Address field): no address of a complainer; the VERP envelope may name it
    # (and a local part masked with the placeholders reports use - "xxxxxxx@hotmail.com", "****@isp.example" -, named or not)
    placeholder = (fields.get("redacted-address") or "redacted@").strip().lower().partition("@")[0] or "redacted"
    addrs = [a for a in addrs if a.lower().partition("@")[0] != placeholder and not masked(a)]
    # RFC 6591: an "auth-failure" report is the receiver's machine telling us that our SPF, DKIM or
    # DMARC failed (a DMARC failure report, RFC 7489 section 7.3); nobody complained, and the
    # recipient must not be suppressed for it: the sender's authentication is the cause
    reason = FEEDBACK_REASON.get(ftype)
    records = [Record(address=a, feedback_type=ftype, reason=reason) for a in dict.fromkeys(addrs)]
    if not records:
        records = [Record(address=None, feedback_type=ftype, reason=reason)]
    return Detection(COMPLAINT, records, name)


def _complainers(msg: ParsedMessage, fields: dict[str, str]) -> list[str]:
    for key in ("removal-recipient",):
        if fields.get(key):
            a = normalize(fields[key])
            if a:
                return [a]
    for h in _RECIPIENT_HEADERS:
        # (Microsoft's JMRP writes it in the report's own header as well: "X-HmXmrOriginalRecipient: <jo@outlook.com>")
        found = find_all(decode_header(str(msg.head(h.lower()) or "")))
        if found:
            return found
    for original in msg.attached:
        for h in _RECIPIENT_HEADERS:
            value = original.get(h)
            if value:
                found = find_all(decode_header(value))
                if found:
                    return found
        found = find_all(decode_header(original.get("To")))
        if found:
            return found
    for h in _RECIPIENT_HEADERS:
        value = msg.head(h.lower())
        if value:
            return find_all(decode_header(value))
    return []
