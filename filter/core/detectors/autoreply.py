"""Replies that are not failures: auto-replies (RFC 3834), challenge-response, unsubscribe requests.

None of them may be counted as a bounce.  The address reported is the person behind the reply:
the auto-replier, the protected recipient of a challenge, the reader who wants to be removed.
"""
from __future__ import annotations

import functools
import itertools
import re

from filter.core.lazyre import Lazy, scanned
from filter.core.address import ADDRESS, find_all, normalize
from filter.core.message import ParsedMessage
from filter.core.model import AUTO_REPLY, CHALLENGE, DELIVERED, FAILED, FAILURE_KINDS, UNSUBSCRIBE
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection, Record
from filter.core.wordindex import WordGate

name = "autoreply"

# (after a helpdesk's ticket tag, as Request Tracker writes its acknowledgement: "[example.org #771204]
# AutoReply: <subject>", RT's default AutoReply template)
_AUTO_SUBJECT = Lazy(
    r"^\s*(?:\[[^\]\n]{1,80}#\d+\]\s*)?(?:(?:re|aw|fw|fwd)\s*:\s*)?(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|respons|antwort|responder)|"
    r"out of (?:the )?office|ooo\b|away from (?:the |my )?office|i am (?:currently )?(?:away|out)|"
    r"on vacation|vacation (?:reply|message|notice)|away until|r[ée]ponse automatique|"
    # (a prefix: "Absence : ...", "Abwesenheitsnotiz: ...", not "Absence de Pierre", "Abwesenheit im Team")
    r"(?:abwesenheit(?:snotiz|snachricht|smeldung)?|absence(?: du bureau)?)\s*(?:[:：(\[-]|$)|"
    r"risposta automatica|respuesta autom[áa]tica|automatisch antwoord|自動応答|不在)", re.I)
_AUTO_SUBJECT_ANY = Lazy(r"\b(?:auto[- ]?reply|autoreply|autoresponder|out of office|vacation|away until)\b", re.I)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-mail-autoreply", "x-vacation",
                 "x-fc-machinegenerated")

_CHALLENGE_HEADERS = ("x-challenge", "x-boxbe-challenge", "x-spamarrest-challenge", "x-tmda-confirm", "x-boxtrapper",
                      "x-mailblocks", "x-choicemail-registration", "x-bluebottle-request")
# A challenge system's own statement that it holds our message until we act (Spam Arrest: "click
# the link below so I can receive your email"; BoxTrapper: "has requested that all messages be
# verified"; Boxbe: your message "has been waitlisted"; "I only accept mail from verified senders";
# the same hold in other languages: "Ihre E-Mail an jo@... wurde zurückgehalten", "pour qu'il me soit
# remis", "su mensaje ha sido retenido"): enough, with one more sign, even from a null return path
# (a sign-up's "prove you are no robot", "verify your address" is no such statement)
_HELD_ALTERNATIVES = (
    r"so (?:that )?i (?:can|will|may) receive your (?:e-?mail|message|mail)|"
    r"(?:requested|requires?) that all (?:messages|e-?mails|mail|senders) (?:be|are) verified|been waitlisted|"
    r"only accept (?:e-?mail|mail|messages) from (?:verified|approved|known|registered|trusted) senders|"
    # ("A message from x@ to y@ is being held by Sender Verification, a protection service": a hosting provider's sender check)
    r"\b(?:is being|has been|was) held by (?:the )?sender verification\b|"
    # (Persian "نامه شما به x@ دریافت شد اما هنوز تحویل داده نشده است" (your letter to x@ was received but not delivered yet))
    r"(?:نامه|پیام|ایمیل) شما(?:[^.\n]|\.(?=\w)){0,60}?دریافت شد[^.\n]{0,20}?هنوز تحویل (?:داده )?نشده|"
    r"your (?:original )?(?:message|e-?mail)(?: \([^()\n]{0,200}\))? (?:is being|has been|is) held(?= and will be delivered| until you)|"
    r"(?:ihre|deine) (?:e-?mail|nachricht) an \S+ wurde (?:vor[üu]bergehend |vorl[äa]ufig )?zur[üu]ckgehalten|"
    # Russian: "Ваше письмо для <addr> задержано" (your letter for ... is held; our wording)
    r"ваше (?:письмо|сообщение)(?: (?:для|на адрес|адресату|к) \S+)? задержано|"
    r"pour qu['’]il (?:me )?soit (?:remis|d[ée]livr[ée]|distribu[ée])|"
    r"pour que votre (?:message|courriel|e-?mail) (?:me )?soit (?:remis|d[ée]livr[ée]|distribu[ée])|(?:su|tu) (?:mensaje|correo) (?:para \S+ )?(?:ha sido|fue|est[áa]) retenido|"
    r"aguarda (?:a )?valida[çc][ãa]o(?: do remetente)?|"
    # French: "Votre message destiné à jo@... est en attente de validation" (held until the sender confirms)
    r"votre (?:message|courriel|e-?mail)(?: destin[ée] [àa] \S+)? est en attente de (?:validation|confirmation)|"
    # held until we act, as the screening services and personal filters say it ("is being held until
    # you confirm", "is waiting in his screening folder", "to have your message delivered, please
    # prove ..."), and in Italian, Portuguese, German and Japanese ("in attesa di conferma", "está
    # retida", "wurde von unserem Spamschutz zurückgehalten", "送信されたメールは ... 保留されています")
    r"(?:is being|has been|is) held until you (?:confirm|verify|reply|respond|approve|complete|fill)|"
    r"(?:is|are) waiting for you to (?:confirm|verify|reply|respond)|"
    r"your (?:message|e-?mail|mail) to \S+ is (?:on hold|pending (?:your )?(?:confirmation|verification))|"
    r"(?:is|are) waiting in (?:his|her|their|my) (?:screening|pending|approval) (?:folder|queue|area)|"
    r"to (?:have|get) your (?:message|e-?mail|mail) delivered,?(?= (?:please )?(?:prove|confirm|verify|fill|complete|click))|"
    r"(?:il suo|il tuo) messaggio (?:per|a) \S+ (?:è|e'|e) in attesa di conferma|"
    # ... "il messaggio che ha inviato a <x> è trattenuto dal nostro sistema" (the message you sent is held)
    r"messaggio che (?:ha|hai) inviato a \S+ (?:è|e'|e) (?:stato )?trattenut[oa]|"
    # ... Spanish "Antes de entregarlo necesitamos comprobar ..." (before delivering it we must check you)
    r"antes de entregarlo,? (?:necesitamos|debemos|tenemos que) (?:comprobar|verificar|confirmar)|"
    # ... "è stato messo in attesa dal nostro sistema antispam" (has been put on hold by our filter)
    r"(?:il suo|il tuo) messaggio (?:per|a) \S+ (?:è|e'|e) stat[oa] (?:mess[oa]|trattenut[oa]) in attesa(?: dal| di)|"
    r"para que (?:a )?sua mensagem seja entregue|(?:a )?sua mensagem para \S+ (?:está|esta|foi) retida|"
    r"(?:ihre|deine) (?:e-?mail|nachricht) an \S+ wurde (?:von (?:unserem|unserer|meinem|meiner) \S+ )?zur[üu]ckgehalten|"
    r"送信されたメールは[^。\n]{0,40}保留されて|"
    # set aside until we answer ("Your message to jo@... has been put to one side"), and the same hold in Galician ("A súa
    # mensaxe para ... quedou retida"), Vietnamese ("Thư của bạn gửi tới ... đang được giữ lại") and Afrikaans ("U e-pos aan
    # ... is tydelik teruggehou"): our renderings of the one meaning
    r"your (?:message|e-?mail|mail) to \S+ (?:has been|was|is being) (?:put to one side|set aside|put aside)|"
    r"your (?:message|e-?mail|mail) to \S+ is waiting in a holding (?:area|folder|queue)|"
    r"(?:a )?s[úu]a mensaxe (?:para \S+ )?(?:quedou|foi|est[áa]) retida|"
    r"thư của bạn (?:gửi (?:tới|đến) \S+ )?(?:đang )?(?:được|bị) (?:giữ lại|[^.\n]{0,40}?tạm giữ)|"
    r"(?:u|jou) (?:e-?pos|boodskap) (?:aan \S+ )?is (?:tydelik )?(?:teruggehou|eenkant gehou)|"
    # held by a person's own filter on a first message ("your message has been held by my anti-spam service")
    r"your (?:message|e-?mail|mail) has been held by my (?:anti-?spam|spam|junk[- ]mail) (?:service|filter|system)|"
    # ... or sits in a holding pen ("Until you do, your letter sits in a holding pen"); Ukrainian "Ваш лист до ... затримано"
    # (your letter to ... is held), Haitian Creole "Mesaj ou voye bay ... la ap tann" (the message you sent to ... waits)
    r"(?:sits|is|are|waits?|waiting) in a holding (?:pen|area|folder|queue)|ваш лист (?:до \S+ )?затримано|"
    r"mesaj ou voye bay \S+ (?:la )?ap tann")
_HELD = Lazy(_HELD_ALTERNATIVES, re.I)
_CHALLENGE_WORDS = Lazy(
    r"challenge[- /]response|proves? (?:that )?you are (?:a )?(?:human|(?:real )?person)|"
    # ("... only accepts messages from people who have confirmed that they are human", ASK, the Active Spam Killer)
    r"(?:confirmed|verified) that they are (?:a )?(?:human|real person)|"
    # "click the link below to complete the verification" of a held message; French "merci de confirmer que vous êtes
    # bien une personne" (Mailinblack's request, our rendering of it)
    r"click (?:on )?(?:the |this )?link (?:below )?to complete the verification|"
    # (German: "bestätigen Sie, dass Sie kein automatisches Programm sind")
    r"dass sie kein(?:e)? (?:automatisches programm|automatisiertes programm|roboter|bot|computer|maschine) sind|"
    # (French "confirmer que vous n'êtes pas un programme automatisé / un robot")
    r"que vous n['’](?:ê|e)tes pas un (?:programme|robot|automate)|"
    # (German "dass Sie ein Mensch und kein automatisches Programm sind", Portuguese "que não é um programa automático")
    r"dass sie ein mensch(?: und kein(?:e)? (?:automatisches |automatisiertes )?programm)? sind|"
    r"n(?:ã|a)o (?:é|e) um programa autom(?:á|a)tico|"
    r"confirm(?:er|ez) que vous (?:[êe]tes|etes) (?:bien )?(?:une personne|un [êe]tre humain|humaine?)|"
    # ... or that you are indeed its sender, our message being held ("merci de confirmer que vous êtes bien l'expéditeur")
    r"confirm(?:er|ez) que vous (?:[êe]tes|etes) bien l'exp[ée]dit(?:eur|rice)\b|"
    r"verify (?:that )?(?:you|they) are (?:a )?(?:human|real person)|"
    # "confirm you are a real sender", "verify that you are a legitimate sender", "if you are a real
    # person, click below", and the same request in Italian, Portuguese, German and Japanese
    # ("confermare di essere una persona reale", "confirme que você é uma pessoa", "bestätigen Sie,
    # dass Sie ein Mensch sind", "送信者確認"); "we only accept mail from verified senders" in Italian;
    # UOL's "confirm the sending, type the characters shown in the image"
    r"(?:confirm|verify) (?:that )?you are a (?:real|legitimate|genuine) (?:sender|person)|if you are a real person|"
    r"(?:confirm|verify) (?:that )?you are a (?:person|human sender)\b|"
    # the way through, a reply ("To let it through, just reply to this email"); Vietnamese "chứng minh bạn là người thật"
    # (prove you are a real person), Afrikaans "bevestig dat hulle mense is" (confirm that they are people)
    r"to let it through,? (?:just |simply |please )?(?:reply to this (?:e-?mail|message)|(?:open|click|follow) the link)|"
    r"(?:chứng minh|xác nhận) (?:rằng )?bạn là người thật|"
    # (Vietnamese "người nhận chỉ chấp nhận thư từ những người gửi đã xác minh" (the recipient only accepts mail from verified
    # senders), "thư của bạn sẽ được giữ lại cho đến khi xác minh" (your mail is held until verified); Indonesian "hanya
    # menerima email dari pengirim yang terverifikasi", "buktikan bahwa Anda manusia"; Tagalog "patunayan na ikaw ay tao")
    r"chỉ chấp\s?nhận thư từ (?:những )?người gửi đã (?:được )?xác minh|được giữ lại cho đến khi (?:bạn )?xác minh|"
    r"hanya menerima (?:e-?mail|pesan) dari pengirim yang (?:terverifikasi|(?:sudah |telah )?diverifikasi)|(?:mem)?(?:buktikan|astikan) bah(?:a)?wa anda (?:adalah )?(?:seorang )?(?:manusia|bukan robot)|"
    # (Indonesian "konfirmasi bahwa Anda bukan robot" (confirm you are no robot), "balas email ini tanpa mengubah subjek" (reply
    # to this mail without changing its subject))
    r"(?:konfirmasi|verifikasi)(?:kan)? bah(?:a)?wa anda (?:adalah )?(?:seorang )?(?:manusia|bukan robot)|"
    r"balas (?:e-?mail|pesan|surel) ini tanpa mengubah (?:subjek|judul)|"
    # (Spanish "está retenido por nuestro sistema antispam hasta que confirme que es una persona": held until you confirm; "Para
    # que se entregue, haga clic en el siguiente enlace": to have it delivered, click)
    r"\bhasta que (?:usted )?confirme que (?:usted )?es una persona\b|\bpara que se entregue,? haga clic\b|"
    # (Malay / Indonesian "dan bukan program penghantar / pengirim spam": a person, no spam-sending program)
    r"\bbukan program (?:penghantar|pengirim) spam\b|\bbukan perisian (?:penghantar|pengirim) spam\b|"
    r"patunayan na ikaw ay (?:isang )?(?:tao|totoong tao)|bevestig dat (?:hulle|u|jy) (?:mense|'n (?:regte )?(?:mens|persoon)) is|"
    # Ukrainian "підтвердіть, що ви не робот" (confirm you are no robot), Haitian Creole "konfime ou se yon moun" (confirm you
    # are a person)
    r"підтвердіть,? що ви не робот|konfime (?:ke )?ou se yon moun|"
    # a self-run filter's own words: "I only accept mail from people I know", "confirm you are human by replying
    # to this message" (a sign-up's "confirm you are human" asks for a click, not a reply)
    r"only accept (?:mail|messages|e-?mails?) from (?:people|persons|senders|addresses|contacts) (?:i|we) (?:know|trust|have approved)|"
    r"(?:confirm|verify|prove) (?:that )?you are (?:a )?human by replying|"
    # ... or by a link, said of a message held ("your message has been held. Please confirm you are human by visiting the
    # link below"): a sign-up's own request is about no message of ours, which the challenge needs besides
    r"(?:confirm|verify|prove) (?:that )?you are (?:a )?human by (?:visiting|clicking|following|opening|completing)|"
    # the way to confirm that every challenge product asks for ("simply reply to this message without changing
    # the subject line", "respondé a este correo sin cambiar el asunto"), and the Spanish self-run filter's words
    # ("solo acepto correo de personas que conozco", "confirmar que sos una persona")
    r"(?:reply|replying|respond|responding) to this (?:message|e-?mail)(?: and)? without changing the subject|"
    # (held until the sender confirms: "Your message will be delivered after confirmation")
    r"(?:message|e-?mail|mail) will be delivered (?:only )?(?:after|once|upon) (?:confirmation|verification)\b|"
    # ... or a registration ("Your original message will be delivered after your registration is approved",
    # "... once you have registered"): delivered when the sender has done what is asked, no server's state
    r"(?:message|e-?mail|mail) will be delivered (?:once|after|as soon as|when) (?:you(?:r (?:registration|request|"
    r"confirmation|verification|reply))?\b|the sender)|"
    r"before (?:your|the) (?:message|e-?mail|mail) (?:is|can be|will be) delivered,? you (?:must|need to|have to|should) "
    r"(?:register|confirm|verify|reply|click)|"
    r"(?:reply|respond) to this (?:message|e-?mail) \(?(?:and )?(?:keep|leave) the subject line (?:unchanged|intact)|"
    r"(?:respond[ée]|responde|responda) (?:a )?este (?:correo|mensaje) sin (?:cambiar|modificar|alterar) el asunto|"
    r"solo acepto (?:correo|mensajes|e-?mails?) de (?:personas|remitentes|contactos) que conozco|"
    # ("Para evitar el correo basura solo acepto mensajes de remitentes registrados ... rellene este breve formulario para
    # registrarse": registered senders only, a form to register)
    r"s(?:ó|o)lo acepto (?:correo|mensajes|e-?mails?) de remitentes (?:registrados|verificados|autorizados|aprobados|confirmados)|"
    r"rellene (?:este|el) (?:breve )?formulario para registrarse|"
    # (Dutch "Om te bevestigen dat u geen spammer bent, klikt u ... op de onderstaande link")
    r"bevestigen dat u geen spammer bent|"
    # (said of the recipient: "el destinatario solo acepta mensajes de remitentes verificados")
    r"s(?:ó|o)lo acepta (?:correo|mensajes|e-?mails?) de remitentes (?:verificados|autorizados|aprobados|confirmados)|"
    r"confirm(?:ar|[áa]|e) que (?:usted |vos |t[úu] )?(?:sos|eres|es) una persona|"
    # (the filter named by what it does, "protegido por un sistema de verificación de remitentes", and its subject "Confirme su
    # envío": a sender verification system, confirm your sending)
    r"(?:sistema|servicio) de verificaci(?:ó|o)n de (?:remitentes|remetentes)|\bconfirme su env(?:í|i)o\b|"
    # (German "dass die Nachricht von einem Menschen und nicht von einem automatischen Programm stammt")
    r"von einem menschen und nicht von einem (?:automatischen|automatisierten) programm|"
    # (Polish "prosimy potwierdzić, że jest Pan/Pani człowiekiem": confirm you are a person)
    r"potwierdzi(?:ć|c),? (?:ż|z)e jest (?:pan|pani)(?:/pani)? cz(?:ł|l)owiekiem|"
    # (... "przyjmuje pocztę tylko od potwierdzonych nadawców" (takes mail only from confirmed senders), its subject
    # "Potwierdź wysłanie wiadomości" (confirm the sending))
    r"przyjmuje (?:poczt(?:ę|e)|wiadomo(?:ś|s)ci) tylko od potwierdzonych nadawc(?:ó|o)w|potwierdź wysłanie wiadomości|"
    r"potwierdz wyslanie wiadomosci|"
    # (Catalan "confirmeu que sou una persona", Galician "confirme que é unha persoa", Icelandic "staðfesta að þú sért
    # manneskja": confirm you are a person)
    r"confirm(?:eu|a|i|ar) que (?:sou|ets|és|es) una persona|confirm(?:e|a|ar) que (?:é|e|es) unha persoa|"
    r"sta(?:ð|d)fest(?:a|ir) a(?:ð|d) (?:þú|thu) s(?:é|e)rt (?:raunveruleg )?manneskja|"
    # (... and who it takes mail from: Catalan "només accepta missatges de remitents verificats", Icelandic "tekur ... aðeins
    # við pósti frá staðfestum sendendum")
    r"(?:nom(?:é|e)s )?accept(?:a|o) (?:missatges|correu|correus) de remitents (?:verificats|aprovats|coneguts|autoritzats)|"
    r"a(?:ð|d)eins vi(?:ð|d) (?:(?:t(?:ö|o)lvu)?p(?:ó|o)sti|skilabo(?:ð|d)um) fr(?:á|a) sta(?:ð|d)festum sendendum|"
    # (Belarusian "прымаю лісты толькі ад правераных адпраўшчыкоў" (I take letters only from checked senders), "пацвердзіце,
    # што вы сапраўдны чалавек" (confirm that you are a real person))
    r"толькі ад (?:правераных|пацверджаных|давераных) адпраўшчыкоў|вы сапраўдны чалавек|"
    r"conferm(?:are|i|a) di essere (?:una persona|un essere umano|un umano)|"
    # (Italian "non è ancora presente nell'elenco dei mittenti autorizzati" (not yet on the list of authorised senders), "di essere
    # una persona e non un programma automatico"; Spanish "necesita verificar que usted es una persona ... para autorizar sus
    # envíos a esta dirección" (verify that you are a person, to authorise your sending))
    r"elenco dei mittenti (?:autorizzati|approvati|consentiti|verificati|fidati)|\bnon un programma automatico\b|"
    r"verificar que (?:usted |vos |t[úu] )?(?:es|eres|sos) una persona|autorizar sus env(?:í|i)os\b|"
    # (Portuguese "seu endereço ainda não consta da nossa lista de remetentes autorizados. Para provar que você é uma pessoa")
    r"lista de remetentes (?:autorizados|aprovados|confirmados)|provar que (?:voc(?:ê|e) )?(?:é|e) uma pessoa|"
    r"(?:accettiamo|accetto|accetta) solo (?:messaggi|e-?mail|posta) da mittenti (?:verificati|approvati|autorizzati)|"
    r"confirm(?:e|ar) que (?:(?:voc[êe]|o senhor|a senhora) )?(?:é|e) uma pessoa|confirm(?:e|ar) o envio|"
    # ("O usuário x@ utiliza o AntiSpam e só recebe mensagens de remetentes autorizados": the screening's own rule)
    r"s(?:ó|o) recebe (?:mensagens|e-?mails) de remetentes (?:autorizados|aprovados|confirmados|cadastrados)|"
    # (Swedish "För att bekräfta att du är en riktig avsändare, klicka på länken", "bekräfta att du är en människa"; Norwegian /
    # Danish "bekreft at du er et menneske", "bekræft at du er en rigtig afsender")
    r"bekr(?:ä|a)fta att du (?:ä|a)r en (?:riktig|verklig|äkta|akta) (?:avs(?:ä|a)ndare|person|m(?:ä|a)nniska)|"
    r"bekreft at du er (?:et menneske|en ekte (?:avsender|person))|bekræft at du er (?:et menneske|en rigtig (?:afsender|person))|"
    # (Dutch "Ik ontvang alleen e-mail van bekende afzenders. Bevestig dat u een echte afzender bent"; Finnish "viestisi on
    # pidätetty roskapostisuojauksen vuoksi. Vahvista, että olet ihminen")
    r"bevestig dat u een (?:echte|werkelijke) (?:afzender|persoon|mens) bent|ik ontvang alleen e-?mail van (?:bekende|goedgekeurde) afzenders|"
    r"vahvista,? ett(?:ä|a) olet (?:ihminen|oikea l(?:ä|a)hett(?:ä|a)j(?:ä|a))|on pid(?:ä|a)tetty roskapostisuojauksen vuoksi|"
    # (Swedish "Ditt meddelande till x@ har pausats av vårt skräppostskydd": held by the screening filter until confirmed)
    r"har (?:pausats|stoppats|h(?:å|a)llits kvar) av (?:v(?:å|a)rt|mitt|ett|mottagarens) skr(?:ä|a)ppostskydd|"
    # (Spanish "Solo recibo correos de remitentes conocidos ... confirme que es una persona real")
    r"confirme que es una persona real|solo recibo correos de remitentes conocidos|"
    # (Czech "ověřte, že nejste robot", Slovak "overte, že nie ste robot"; Serbian / Croatian "potvrdite da ste Vi poslali ovu
    # poruku", "potvrdite da niste robot"; Bulgarian "потвърдете, че сте човек": confirm you are a person / you sent it)
    r"ov(?:ě|e)(?:ř|r)te,? (?:ž|z)e nejste robot|overte,? (?:ž|z)e nie ste robot|potvrdite da ste (?:vi )?poslali (?:ovu )?poruku|"
    r"potvrdite da niste robot|потвърдете,? че сте човек|"
    # (Czech "Vaše zpráva ... byla pozdržena antispamovou ochranou" (held by the anti-spam protection), Bulgarian "адресът Ви не е в
    # списъка с одобрени подаватели" (your address is not on the list of approved senders))
    r"(?:byla|byl) pozdr(?:ž|z)en[aá]? antispamovou ochranou|не е в списъка с одобрени (?:подаватели|податели|изпращачи)|"
    # (Portuguese "depois que você confirmar que é uma pessoa", "Confirmação de envio" (confirmation of the sending))
    r"confirmar que (?:(?:voc[êe]|o senhor|a senhora) )?(?:é|e) uma pessoa|confirma(?:ç|c)(?:ã|a)o de envio|"
    # ("Sua mensagem está retida aguardando sua confirmação. ... digite o código da imagem para liberar a mensagem": held
    # awaiting your confirmation, type the image's code to release it)
    r"retida,? aguardando (?:a )?sua confirma(?:ç|c)(?:ã|a)o|digite o c(?:ó|o)digo da imagem|"
    r"(?:digite|type|enter) (?:os caracteres|the characters|the (?:number|code|word)s?) (?:que aparecem|shown|displayed)|"
    # (and "digite os caracteres exibidos na imagem": type the characters shown in the image)
    r"digite os caracteres (?:exibidos|mostrados)|"
    r"(?:type|enter) the characters you see|"
    # UOL / BOL AntiSpam ("Sua mensagem para ... está aguardando confirmação. Clique no link abaixo e digite
    # o código exibido para liberar a mensagem": our rendering of that request)
    r"digite o c[óo]digo (?:exibido|que aparece|mostrado)|(?:sua|a) mensagem (?:para \S+ )?(?:est[áa]|ficar[áa]) aguardando confirma[çc][ãa]o|"
    # (Japanese "送信者確認", "送信者認証" (the sender's confirmation, authentication))
    r"best[äa]tigen sie,? dass sie (?:ein )?mensch(?:en)? sind|送信者の?(?:確認|認証)|"
    # ("lösen Sie die kurze Sicherheitsabfrage, um zu zeigen, dass Sie ein Mensch sind")
    r"(?:zu zeigen|nachzuweisen|zu beweisen),? dass sie (?:ein )?mensch(?:en)? sind|"
    # the request to a stranger, as the products word it (``_HELD``)
    + _HELD_ALTERNATIVES + "|"
    # cPanel BoxTrapper's verification request (cPanel's BoxTrapper documentation: an unknown sender must
    # verify being a real person before the message is delivered; its subject says the email "requires
    # verification"): our wording of that request
    r"verify (?:that )?you are a real (?:live )?(?:human|person)|(?:e-?mail|message) requires verification|"
    r"approved senders|sender approval|not (?:yet )?on my (?:list of )?(?:approved|allowed|permitted|known|trusted|accepted|verified) senders|"
    # (a sender-verification appliance's "Our email system only accepts messages from verified senders. To verify that you sent
    # this message, simply reply to this email")
    r"only accepts? (?:e-?mails?|mail|messages?) from (?:verified|approved|known|confirmed) senders|"
    r"to verify that you sent (?:this|the|your) (?:message|e-?mail)|"
    # (French "demande aux nouveaux expéditeurs de confirmer qu'ils sont bien des personnes", "Cliquez ici pour valider votre
    # adresse")
    r"confirmer qu['’](?:ils|elles) sont (?:bien )?des (?:personnes|(?:ê|e)tres humains|humains)|pour valider votre adresse|"
    # ... said of the mailbox's owner ("your address is not yet on the recipient's list of known senders", the
    # hold TMDA-style confirmation requests explain)
    r"not (?:yet )?(?:on|in) (?:the recipient'?s|his|her|their) (?:list of )?(?:approved|allowed|permitted|known|trusted|accepted|verified) senders|"
    # "you aren't one of the senders I have approved yet", "je n'accepte que les messages des expéditeurs que
    # j'ai autorisés", "votre adresse ne figure pas encore dans cette liste", "il suo indirizzo non è ancora
    # tra i mittenti autorizzati", "su dirección todavía no figura en mi lista de remitentes conocidos",
    # "Ihre Absenderadresse ist mir bisher nicht bekannt" (our renderings of the one meaning)
    r"(?:aren't|are not|isn't|is not) (?:yet )?(?:one of|among) the senders (?:i|we) (?:have )?(?:approved|know|trust)|"
    r"senders (?:i|we) have (?:already |previously )?approved|"
    r"n['’]accepte que les (?:messages|courriels|e-?mails) (?:des |d['’])exp[ée]diteurs (?:que j['’]ai |qui sont )?(?:autoris|approuv|connu|v[ée]rifi)|"
    # ("jusqu'à ce que vous confirmiez être une personne réelle": until you confirm being a real person)
    r"confirmiez (?:être|etre) une personne r[ée]elle|"
    # (Japanese "確認済みの送信者からのメールのみ受け付けています" (takes mail only from confirmed senders), "ロボットではないことを
    # 確認してください" (confirm you are not a robot))
    r"確認済みの送信者からのメールのみ|ロボットではないことを確認|"
    # ("画像に表示された文字を入力して送信者の確認を完了してください": enter the characters shown in the image to complete the
    # sender's confirmation)
    r"画像に表示された文字を入力|送信者の確認を完了|"
    r"votre adresse ne figure pas (?:encore )?(?:dans|sur) (?:cette|ma|la) liste|"
    r"non (?:è|e'|e) ancora tra i mittenti (?:autorizzati|approvati|conosciuti)|"
    r"no figura (?:todav[íi]a )?en mi lista de remitentes (?:conocidos|autorizados|aprobados)|"
    r"(?:ihre )?absenderadresse ist (?:mir|uns) (?:bisher|noch) (?:nicht bekannt|unbekannt)|"
    # ... "people on my approved list", "hasn't received mail from you before", "senders I haven't approved
    # yet", "in meiner Liste bekannter Absender", "mes correspondants autorisés", "tra quelli da me
    # autorizzati", "mi lista de remitentes autorizados", "minha lista de remetentes aprovados"
    r"(?:people|senders|addresses) on my approved list|my approved list|"
    # (one alternative per noun: each holds its own index word, "received mail" ..., where "received"
    # alone, a word of every report, would send most reports through this pattern)
    + "".join(rf"(?:hasn't|has not|haven't|have not) received {noun} from \S+ before|"
              for noun in ("mail", "email", "e-mail", "messages")) +
    r"senders (?:i|we) (?:haven't|have not) (?:yet )?approved|"
    r"(?:in|auf) meiner liste (?:bekannter|zugelassener|erlaubter|best(?:ä|ae)tigter|vertrauensw(?:ü|ue)rdiger) absender|"
    r"(?:mes|les) correspondants autoris[ée]s|exp[ée]diteurs (?:que j['’]ai )?autoris[ée]s|"
    r"(?:tra|fra) (?:quelli|i mittenti|gli indirizzi) (?:da me )?(?:autorizzati|approvati)|"
    r"lista de (?:remitentes|remetentes) (?:autorizados|aprobados|aprovados|conocidos|conhecidos|co[ñn]ecidos)|"
    r"remitentes que he (?:aceptado|aprobado|autorizado)|remetentes que (?:aprovei|autorizei)|"
    # nl: "niet op mijn lijst van goedgekeurde afzenders"
    r"goedgekeurde afzenders|"
    # ... in German ("da Ihre Adresse noch nicht auf meiner Liste bekannter Absender steht")
    r"nicht auf meiner liste (?:bekannter|zugelassener|erlaubter|bestätigter|bestaetigter|vertrauenswürdiger) absender|"
    r"(?:confirm|verify) (?:your|the) (?:message|e-?mail(?! address)|address)|one-time verification|"
    r"whitelist|allow ?list|waiting for (?:your )?(?:confirmation|verification)|"
    r"(?:will be|be) delivered (?:to me )?(?:once|after|when) you (?:confirm|verify|reply)|"
    r"spam (?:blocker|protection) (?:service|system)?|anti-spam service|"
    # the same request in other languages (our wording of the meaning: a list of approved senders,
    # "confirm your address / your message" so that it is delivered)
    r"lista blanca|liste blanche|lista bianca|witte lijst|lista branca|"
    r"(?:confirme|verifique) (?:su|tu) (?:direcci[óo]n|mensaje|correo)|confirmez votre (?:adresse|message|envoi)|"
    # BoxTrapper's request in Spanish ("requiere que verifique que es una persona real": our rendering)
    r"verifi(?:que|car) que (?:usted )?es una persona(?: real| y no un (?:programa|robot))|"
    r"conferm(?:a|i|are) il (?:tuo |suo )?(?:messaggio|indirizzo)|best(?:ä|ae|a)tigen sie ihre (?:absenderadresse|nachricht|e-?mail)|"
    r"confirme (?:o )?seu (?:endere[çc]o|e-?mail)|bevestig uw (?:e-?mailadres|bericht)|"
    # Russian: "подтвердите, что вы не робот / человек", "список разрешённых отправителей", "белый список"
    # (confirm that you are no robot / a person; the list of allowed senders; the white list)
    r"подтвердите,? что вы (?:не робот|(?:живой |реальный )?человек)|белый список|белом списке|"
    # "введите символы с картинки" (type the characters from the picture), Spanish "demuestre que no es un
    # programa", Portuguese "escreva as letras apresentadas na imagem", Italian "servizio di verifica del mittente"
    r"введите (?:символы|код|цифры) с (?:картинки|изображения)|demuestre que (?:usted )?(?:no es un (?:programa|robot)|es una persona)|"
    r"(?:escreva|digite|introduza) (?:as letras|os caracteres|o c[óo]digo) (?:apresentad|exibid|mostrad|que aparecem)|"
    r"servizio di verifica de(?:l|i) mittent[ei]|подтвердите отправку (?:письма|сообщения)|"
    r"(?:доставлено|доставлены|доставляются|принимаются) только после подтверждения|confirme que (?:usted )?es (?:usted )?una persona|"
    # Polish "przepisz kod widoczny na obrazku" (copy the code of the picture), Portuguese "comprovem ser uma pessoa
    # real", "Não sou um robô", Italian "conferma che sei una persona"
    r"przepisz kod (?:widoczny )?na obrazku|comprove[mn]? ser uma pessoa|n[ãa]o sou um rob[ôo]|"
    # (Portuguese "Para confirmar que você não é um robô, clique no link": confirm you are no robot)
    r"confirm(?:ar|e) que (?:voc(?:ê|e) )?n[ãa]o (?:é|e) um rob[ôo]|"
    r"conferm[ai] che (?:sei|[èe]|e') una persona|"
    # Italian "dimostrare che lei non è un sistema automatico", "digiti i caratteri che vede nell'immagine"; Spanish
    # "comprobar que quien lo envía es una persona real y no un programa automático" (our renderings of the request)
    r"dimostr(?:are|i) che (?:lei |tu )?non (?:è|e'|e|sei) un (?:sistema automatico|robot|programma)|"
    r"digit(?:i|are|a) i caratteri (?:che vede|mostrati|visualizzati|nell'immagine)|"
    r"(?:comprobar|verificar|confirmar) que quien lo env[íi]a es una persona|"
    r"(?:escriba|escribiendo|introduzca|introduciendo) el c[óo]digo que aparece|"
    # Polish: "czeka na weryfikację nadawcy", "potwierdź, że nie jesteś automatem / robotem"
    r"czeka na weryfikacj[ęe] nadawcy|"
    # French "confirmer que vous êtes un humain", Dutch "wordt pas
    # afgeleverd nadat u bevestigt dat u een mens bent"
    r"confirm(?:er|ez)? que vous [êe]tes (?:un humain|une personne|un [êe]tre humain)|"
    r"bevestig(?:t|en)? dat u een mens bent|wordt pas afgeleverd nadat u|potwierd[źz],? [żz]e nie jeste[śs] (?:automatem|robotem|botem)|"
    # (thirtieth session: Dutch "Bevestig eenmalig dat u een mens bent", "alleen e-mail van bevestigde afzenders"; Polish
    # "przepisz kod z obrazka", "by upewnić się, że nie jesteś automatem"; Swedish "bekräfta att du är en människa", "tar bara
    # emot e-post från godkända avsändare"; Romanian "până când confirmați că sunteți o persoană reală"; Croatian "potvrdite da
    # ste osoba"; Ukrainian "підтвердіть, що ви не робот")
    r"bevestig(?:t|en)? (?:eenmalig |even |eerst )dat u een mens bent|(?:alleen|enkel) (?:e-?mail|berichten) van (?:bevestigde|goedgekeurde) afzenders|"
    r"przepisz kod z obrazka|upewni(?:ć|c) si(?:ę|e),? (?:ż|z)e nie jeste(?:ś|s) (?:automatem|robotem|botem)|"
    r"bekr(?:ä|a)fta att du (?:ä|a)r en m(?:ä|a)nniska|(?:bara|endast) (?:emot )?e-?post fr(?:å|a)n godk(?:ä|a)nda avs(?:ä|a)ndare|"
    # (thirty-second session: Estonian "Et tõendada, et olete inimene" (to prove that you are a person); German "Bitte
    # bestätigen Sie einmalig, dass Sie kein automatisiertes System sind", "schützt sein Postfach mit einer
    # Absenderbestätigung")
    r"(?:t(?:õ|o)endada|kinnitage|kinnitada),? et olete inimene|dass sie kein (?:automatisiertes|automatisches) (?:system|programm)|"
    r"postfach mit einer absenderbest(?:ä|ae)tigung|kinnitage (?:oma )?saatmine|"
    # (Spanish "Su mensaje se entregará tras la verificación", a subject "Verificación pendiente: su mensaje a x@")
    r"se entregar(?:á|a) (?:tras|despu(?:é|e)s de) (?:la |su )?verificaci(?:ó|o)n|verificaci(?:ó|o)n pendiente|"
    # (Italian "Per confermare di essere una persona e non un sistema automatico", "sarà consegnato dopo la verifica")
    r"confermare di essere una persona|consegnat[oa] dopo la verifica|"
    # (French, Mailinblack's "Le destinataire de votre message protège sa messagerie avec Mailinblack ... Merci de vous
    # authentifier en recopiant le code affiché")
    r"merci de vous authentifier|recopi(?:ant|ez) le code affich(?:é|e)|prot(?:è|e)ge sa messagerie|"
    r"confirma(?:ți|ţi|ti)? c(?:ă|a) sunte(?:ți|ţi|ti) o persoan(?:ă|a)|potvrdite da ste (?:stvarna |prava )?(?:osoba|(?:č|c)ovjek)|"
    r"підтвердіть,? що ви (?:не робот|(?:жива |реальна )?людина)|"
    # (Hungarian "igazolja, hogy Ön valódi személy", "írja be a képen látható kódot"; Greek "για να αποδείξετε ότι δεν είστε
    # αυτοματοποιημένο πρόγραμμα", "απαντήστε ... χωρίς να αλλάξετε το θέμα")
    r"igazolja,? hogy (?:ön )?val(?:ó|o)di (?:szem(?:é|e)ly|ember)|(?:í|i)rja be a k(?:é|e)pen l(?:á|a)that(?:ó|o) k(?:ó|o)dot|"
    r"αποδείξετε ότι δεν είστε (?:αυτοματοποιημένο πρόγραμμα|ρομπότ)|χωρίς να αλλάξετε το θέμα|"
    # (Romanian "Răspundeți la acest e-mail fără a modifica subiectul" (reply without changing the subject), "Confirmați
    # expeditorul" (confirm the sender))
    r"r(?:ă|a)spunde(?:ți|ţi|ti) la acest (?:e-?mail|mesaj) f(?:ă|a)r(?:ă|a) a modifica subiectul|confirma(?:ți|ţi|ti) expeditorul|"
    # (thirty-fourth session: Romanian "acceptă doar mesaje de la expeditori verificați" (takes only mail from verified
    # senders), a subject "Verificare expeditor"; Catalan "només accepta missatges de remitents confirmats", "Confirmeu el
    # vostre missatge"; Polish "Aby potwierdzić, że jesteś człowiekiem" (to confirm that you are a person))
    r"accept(?:ă|a)? doar (?:mesaje|e-?mailuri) de la expeditori (?:verifica(?:ți|ţi|ti)|confirma(?:ți|ţi|ti)|aproba(?:ți|ţi|ti))|"
    r"^verificare expeditor\b|nom(?:é|e)s accepta (?:missatges|correus) de remitents (?:confirmats|verificats|autoritzats)|"
    r"^confirmeu el vostre missatge\b|potwierd(?:zi(?:ć|c)|ź|z),? (?:ż|z)e jeste(?:ś|s) (?:cz(?:ł|l)owiekiem|nadawc(?:ą|a))|"
    # (Norwegian "vi leverer bare e-post fra avsendere som har bekreftet at de er mennesker" (we deliver only mail from senders
    # who have confirmed that they are human), "Bekreft avsender" (confirm the sender))
    r"bare e-?post fra avsendere som har bekreftet|bekreftet at (?:de|du) er (?:mennesker|et menneske)|bekreft avsender|"
    # (Czech "Abychom ověřili, že jste člověk a ne robot" (so that we verify you are a person, not a robot), "vaše zpráva ...
    # čeká na ověření" (waits for verification); Hungarian "csak ellenőrzött feladóktól fogad leveleket" (takes mail only from
    # verified senders), "erősítse meg, hogy Ön valódi személy" (confirm that you are a real person))
    r"ov(?:ě|e)(?:ř|r)ili,? (?:ž|z)e jste (?:č|c)lov(?:ě|e)k|(?:ž|z)e jste (?:č|c)lov(?:ě|e)k a ne robot|"
    r"(?:č|c)ek(?:á|a) na ov(?:ě|e)(?:ř|r)en(?:í|i)\b|"
    # (German "einen Spamschutz, der nur E-Mails von bestätigten Absendern zustellt", "um sich als Absender zu bestätigen")
    r"nur e-?mails von best(?:ä|ae)tigten absendern|um sich als absender zu best(?:ä|ae)tigen|"
    # (Hebrew "עד שתאשר שאתה אדם ולא תוכנה אוטומטית" (until you confirm you are a person and not automatic software), "מערכת
    # אימות שולחים" (a sender verification system); Turkish "gerçek bir kişi olduğunuzu doğrulayın" (verify that you are a real
    # person; "gönderenin gerçek bir kişi olduğunu doğrulamamız gerekiyor", we must verify the sender is a real person),
    # "gönderen doğrulama sistemi"; Arabic "يتطلب التحقق من المرسلين" (requires the senders' verification))
    r"שאתה אדם ולא (?:תוכנה|רובוט)|מערכת אימות שולחים|ger(?:ç|c)ek bir ki(?:ş|s)i oldu(?:ğ|g)u(?:nuzu|nu) do(?:ğ|g)rula|"
    r"g(?:ö|o)nderen do(?:ğ|g)rulama sistemi|يتطلب التحقق من (?:المرسلين|المرسل|هوية المرسل)|"
    # (Arabic "يرجى تأكيد رسالتك" (please confirm your message), "لإتمام التحقق وتسليم رسالتك" (to complete the verification and
    # deliver your message))
    r"يرجى تأكيد رسالتك|لإتمام التحقق|"
    # (Japanese "表示される確認コードを入力してください" (enter the confirmation code shown), "確認後、メールが配信されます" (after the
    # confirmation the mail is delivered); Korean "발신자 인증을 완료하시면 메일이 전달됩니다" (once you complete the sender
    # authentication the mail is delivered))
    # (the mailbox takes mail only from verified senders, prove you are a person: Hebrew "מקבלת הודעות רק משולחים מאומתים",
    # "כדי להוכיח שאתה אדם"; Turkish "yalnızca onaylanmış göndericilerden gelen e-postaları kabul eder", "insan olduğunuzu
    # onaylayın"; Arabic "يقبل الرسائل من المرسلين المعتمدين فقط", "للتحقق من أنك شخص حقيقي"; Slovak "prijíma iba správy od
    # overených odosielateľov", "že nie ste robot")
    r"רק משולחים (?:מאומתים|מאושרים)|להוכיח שאתה אדם|yaln(?:ı|i)zca onaylanm(?:ı|i)(?:ş|s) g(?:ö|o)ndericilerden|"
    # (Hebrew "הגיעה מכתובת שאינה מוכרת לנמען ולכן עוכבה" (came from an address the recipient does not know, so it was held),
    # "לאחר האישור, הודעות עתידיות ממך יימסרו ישירות" (after the approval your future messages are delivered directly))
    r"שאינה מוכרת לנמען|הודעות עתידיות ממך יימסרו|"
    r"insan oldu(?:ğ|g)unuzu onaylay|من المرسلين المعتمدين فقط|أنك شخص حقيقي|"
    r"prij(?:í|i)ma iba spr(?:á|a)vy od overen(?:ý|y)ch odosielate|(?:ž|z)e nie ste robot|"
    r"表示される確認コードを入力|確認後、?(?:メール|メッセージ)が配信されます|발신자 인증을 완료하시면|발신자 인증 요청|"
    # (Czech "přijímá pouze zprávy od ověřených odesílatelů" (takes only messages from verified senders), "potvrďte, že nejste
    # automat" (confirm you are not a machine); Slovenian "sprejemam le sporočila preverjenih pošiljateljev", "da potrdite, da ste
    # resnična oseba" (that you confirm you are a real person))
    r"p(?:ř|r)ij(?:í|i)m(?:á|a)m? pouze zpr(?:á|a)vy od ov(?:ě|e)(?:ř|r)en(?:ý|y)ch odes(?:í|i)latel|"
    r"potvr(?:ď|d)te,? (?:ž|z)e nejste (?:automat|robot)|(?:ž|z)e jste skute(?:č|c)n(?:á|a|ý|y) osoba|"
    # (Hungarian "igazolja, hogy Ön valódi személy" (prove that you are a real person); Vietnamese "Tôi chỉ nhận thư từ những người
    # gửi đã được xác minh" (I take mail only from verified senders), "xác nhận bạn là người thật" (confirm you are a real person))
    r"igazolja,? hogy (?:ön )?val(?:ó|o)di (?:szem(?:é|e)ly|ember)|"
    r"chỉ nhận thư từ (?:những )?người gửi đã được xác minh|xác nhận bạn là người thật|"
    r"sprejem(?:am|a) (?:le|samo) sporo(?:č|c)ila preverjenih po(?:š|s)iljatelj|potrdite,? da ste resni(?:č|c)na oseba|"
    r"csak (?:ellen(?:ő|o)rz(?:ö|o)tt|j(?:ó|o)v(?:á|a)hagyott) felad(?:ó|o)kt(?:ó|o)l fogad|er(?:ő|o)s(?:í|i)tse meg,? hogy (?:ön )?val(?:ó|o)di (?:szem(?:é|e)ly|ember)|"
    r"списо?к[еау]? (?:разреш[её]нных|доверенных|одобренных) (?:отправителей|адресов|адресатов)|"
    # (Greek "δέχεται μόνο μηνύματα από επαληθευμένους αποστολείς" (takes only messages from verified senders), "επιβεβαιώστε
    # ότι είστε πραγματικό πρόσωπο" (confirm that you are a real person); Thai "รับเฉพาะอีเมลจากผู้ส่งที่ได้รับการยืนยัน" (takes only
    # mail from confirmed senders), "ยืนยันว่าคุณเป็นบุคคลจริง" (confirm that you are a real person))
    r"μόνο μηνύματα από (?:επαληθευμένους|εγκεκριμένους) αποστολείς|είστε (?:πραγματικό πρόσωπο|άνθρωπος)|"
    r"รับเฉพาะ(?:อีเมล|ข้อความ)จากผู้ส่งที่ได้รับการยืนยัน|ยืนยันว่าคุณเป็น(?:บุคคลจริง|มนุษย์)|"
    # (Swahili "hadi uthibitishe kwamba wewe ni mtu halisi" (until you confirm that you are a real person))
    r"uthibitishe (?:kwamba|kuwa) wewe ni (?:mtu|binadamu)|"
    # (Portuguese "só aceita mensagens de remetentes autorizados" (takes only messages from authorised senders), "confirme que
    # você não é um robô" (confirm that you are not a robot))
    r"s(?:ó|o) aceita (?:mensagens|e-?mails) de remetentes (?:autorizados|aprovados|verificados|confirmados)|"
    r"confirme que (?:voc(?:ê|e) )?n(?:ã|a)o (?:é|e) um rob(?:ô|o)|"
    # (thirty-eighth session: that the sender is a person and no program, in more languages: Irish "gur duine daonna thú"
    # (that you are a human being); Georgian "რომ ადამიანი ხართ" (that you are a person), "რომ არ ხართ რობოტი" (that you are
    # no robot); Malay "bahawa anda manusia", Indonesian "bahwa Anda bukan robot"; Chinese "确认您不是机器人" (confirm you are
    # not a robot), "您是真人" (you are a real person); Hindi "कि आप इंसान हैं" (that you are human), "आप रोबोट नहीं हैं";
    # Arabic "أنك لست روبوتًا" (that you are not a robot), "أنك إنسان"; Hebrew "שאתם בני אדם" (that you are human), "שאינך
    # רובוט"; Ukrainian "що ви людина", Russian "что вы человек"; Basque "gizakia zarela" (that you are human); Tagalog
    # "hindi ka robot"; Swahili "wewe si roboti"; Romanian "că sunteți om", "nu sunteți robot"; Catalan "que sou una
    # persona", "que no sou un robot"; Greek "ότι δεν είστε ρομπότ"; Spanish "que no eres un robot"; Italian "che non sei un
    # robot"; Czech "že jste skutečný odesílatel" (that you are the real sender); Persian "تأیید کنید که نامه را شما
    # فرستاده‌اید" (confirm that it was you who sent the letter))
    r"gur duine daonna (?:th|sib)(?:ú|u)|რომ ადამიანი ხა(?:რთ|რ)|რომ არ ხა(?:რთ|რ) რობოტი|"
    r"bahaw?a anda (?:adalah )?(?:manusia|bukan robot)|确认(?:您|你)?(?:不是机器人|是真人)|(?:您|你)不是机器人|"
    r"कि आप (?:इंसान|मनुष्य|मानव) हैं|आप रोबोट नहीं हैं|أنك لست روبوت|أنك إنسان|שאתם בני אדם|שאינך רובוט|"
    r"що ви (?:людина|не робот)|что вы человек|gizakia zarela|hindi ka (?:isang )?robot|wewe si roboti|"
    r"c(?:ă|a) sunte(?:ț|ţ|t)i (?:om|o persoan(?:ă|a) real(?:ă|a))|nu sunte(?:ț|ţ|t)i (?:un )?robot|"
    r"que sou (?:una persona|hum(?:à|a)(?:na)?)|que no sou un robot|ότι δεν είστε ρομπότ|"
    r"que no (?:eres|es) un robot|che non (?:sei|è) un robot|(?:ž|z)e jste skute(?:č|c)n(?:ý|y|á|a) odes(?:í|i)latel|"
    r"تأیید کنید که (?:نامه|پیام|ایمیل) را شما فرستاده|确认(?:您的)?发件人身份|验证(?:您的)?发件人身份|"
    # (Slovenian "sprejema pošto samo od potrjenih pošiljateljev" (takes mail only from confirmed senders); Hungarian "a tárgy
    # módosítása nélkül" (without changing the subject), "igazolja, hogy Ön küldte az üzenetet" (prove that you sent the
    # message); Vietnamese "xác minh rằng bạn là người đã gửi thư này" (verify that you are the one who sent this letter);
    # Turkish "gerçek bir gönderici olduğunuzu kanıtlayın" (prove that you are a real sender); Thai "รับอีเมลจากผู้ส่งที่ยืนยันแล้ว
    # เท่านั้น" (takes mail only from confirmed senders), "โดยไม่แก้ไขหัวเรื่อง" (without changing the subject), "ยืนยันว่าคุณเป็น
    # ผู้ส่งจริง" (confirm that you are the real sender))
    r"samo od potrjenih po(?:š|s)iljatelj|a t(?:á|a)rgy m(?:ó|o)dos(?:í|i)t(?:á|a)sa n(?:é|e)lk(?:ü|u)l|"
    r"igazolja,? hogy (?:ön )?k(?:ü|u)ldte az (?:üzenetet|uzenetet|e-?mailt|levelet)|"
    r"xác minh rằng bạn là người đã gửi|ger(?:ç|c)ek bir g(?:ö|o)nderici oldu(?:ğ|g)unuzu|"
    r"รับ(?:อีเมล|ข้อความ)จากผู้ส่งที่ยืนยันแล้วเท่านั้น|โดยไม่แก้ไขหัวเรื่อง|ยืนยันว่าคุณเป็นผู้ส่งจริง|"
    # (Latvian "pieņem vēstules tikai no apstiprinātiem sūtītājiem" (takes letters only from confirmed senders); Macedonian
    # "потврдете дека сте вистински испраќач" (confirm that you are a real sender); Tamil "சரிபார்க்கப்பட்ட அனுப்புநர்களிடமிருந்து
    # மட்டுமே" (only from verified senders); Khmer "ពីអ្នកផ្ញើដែលបានផ្ទៀងផ្ទាត់" (from senders that were verified))
    r"tikai no apstiprin(?:ā|a)tiem s(?:ū|u)t(?:ī|i)t(?:ā|a)jiem|дека сте вистински испраќач|"
    r"சரிபார்க்கப்பட்ட அனுப்புநர்களிடமிருந்து|ពីអ្នកផ្ញើដែលបានផ្ទៀងផ្ទាត់|"
    # (Slovak "že ste skutočný odosielateľ" (that you are the real sender), "bez zmeny predmetu" (without changing the
    # subject); Malayalam "യഥാർത്ഥ വ്യക്തിയാണെന്ന്" (that you are a real person); Gujarati "ફક્ત ચકાસાયેલા પ્રેષકો" (only verified
    # senders), "વિષય બદલ્યા વિના" (without changing the subject); Hausa "daga masu aikawa da aka tabbatar" (from senders
    # that were confirmed), "ba tare da canza taken ba" (without changing the subject); Maltese "minn mittenti vverifikati"
    # (from verified senders); Filipino "kayo talaga ang nag-send" (that you really sent it); Kazakh "тек расталған
    # жіберушілерден" (only from confirmed senders), "тақырыбын өзгертпей" (without changing the subject); Kyrgyz "текшерилген
    # жөнөтүүчүлөрдөн гана" (only from checked senders), "чыныгы жөнөтүүчү экениңизди" (that you are the real sender))
    r"(?:ž|z)e ste skuto(?:č|c)n(?:ý|y|á|a) odosielate|bez zmeny predmetu|യഥാർത്ഥ വ്യക്തിയാണെന്ന്|ഒരു യന്ത്രമല്ല|"
    r"ફક્ત ચકાસાયેલા પ્રેષકો|વિષય બદલ્યા વિના|daga masu aikawa da aka tabbatar|ba tare da canza taken ba|"
    r"minn mittenti vverifikati|kayo talaga ang nag-?send|тек расталған жіберушілерден|тақырыбын өзгертпей|"
    r"текшерилген жөнөтүүчүлөрдөн гана|чыныгы жөнөтүүчү экениңизди|"
    # (... and that the mailbox takes mail only from verified senders: Irish "ó sheoltóirí atá fíoraithe"; Georgian "მხოლოდ
    # დადასტურებული გამგზავნებისგან"; Malay "daripada pengirim yang telah disahkan"; Chinese "只接收经过验证的发件人"; Hindi
    # "केवल सत्यापित प्रेषकों से"; Arabic "من مرسلين تم التحقق منهم"; Ukrainian "лише від підтверджених відправників", Russian
    # "только от подтверждённых отправителей"; Basque "egiaztatutako igorleen mezuak soilik"; Tagalog "mula sa mga
    # nagpadalang na-verify"; Swahili "kutoka kwa watumaji waliothibitishwa")
    r"(?:ó|o) sheolt(?:ó|o)ir(?:í|i) at(?:á|a) f(?:í|i)oraithe|მხოლოდ დადასტურებული გამგზავნ|"
    r"daripada pengirim yang (?:telah |sudah )?disahkan|只(?:接收|接受)(?:经过)?(?:验证|认证)(?:过)?的?发件人|"
    r"केवल सत्यापित प्रेषकों|من مرسلين تم التحقق منهم|лише від підтверджених відправників|"
    r"только от подтвержд(?:е|ё)нных отправителей|egiaztatutako igorleen|mula sa mga nagpadala(?:ng)? na-?verify|"
    r"watumaji waliothibitishwa", re.I)
# a challenge holds back a message we sent: "your message to ...", "the message you sent", "to have it
# delivered" (as opposed to a service's "verify your email address" for an account)
_ABOUT_OUR_MESSAGE = Lazy(
    r"your (?:message|e-?mail|mail|letter)(?: to| has| is| was| will| sent| cannot| could| sits)|(?:message|e-?mail|mail) (?:that )?you sent|"
    r"your original (?:message|e-?mail|mail)\b|"
    # (the delivery of a message: not a shop's "delivery updates / address / date" of a parcel)
    r"\bdeliver(?:ed|y)?\b(?! (?:updates?|status|date|time|address|notifications?|options?|costs?|fees?)\b)|"
    r"guest list|waiting list|approved senders?|allowed senders?|whitelist|"
    # (Estonian "Saatsite kirja aadressile x@": you sent a letter to)
    r"\bsaatsite (?:kirja|s(?:õ|o)numi|e-kirja)\b|"
    # (Indonesian "pesan Anda", "Anda mengirim email ke"; Thai "ข้อความของคุณ" (your message))
    r"\bpesan anda\b|\banda mengirim (?:e-?mail|pesan)\b|ข้อความของคุณ|"
    # (Swahili "Barua pepe yako kwa x@", "Ujumbe wako kwa x@": your mail / message to)
    r"\bbarua pepe yako\b|\bujumbe wako\b|"
    # ("so I can receive your message and any future messages you send me": SpamArrest's words)
    r"\breceive your (?:message|e-?mail|mail)\b|"
    # (Norwegian "meldingen din", "Du har sendt e-post til x@": your message, you sent mail to)
    r"\bmeldingen din\b|\bdu har sendt e-?post til\b|"
    r"votre (?:message|envoi)|(?:su|tu) (?:mensaje|correo)|il (?:tuo|suo) messaggio|ihre nachricht|ihre e-?mail an\b|seu e-?mail|"
    r"your (?:message|e-?mail) (?:titled|with the subject)|(?:messaggio|e-?mail) che (?:mi )?(?:ha|hai) inviato|recapitar|"
    # (the message the reader sent, said by the verb: Italian "Ha inviato un messaggio a", French "Vous avez envoyé un message
    # à", Spanish "Envió un mensaje a")
    r"\bha inviato un messaggio\b|\bvous avez envoy(?:é|e) un (?:message|courriel|e-?mail)\b|\benvi(?:ó|o) un (?:mensaje|correo)\b|"
    r"sua mensagem|s[úu]a mensaxe|thư của bạn|ваш лист|ваш ліст|mesaj ou voye|(?:u|jou) (?:e-?pos|boodskap) aan\b|uw bericht|ваше (?:исходное )?письмо|ваше сообщение|twoja wiadomo[śs][ćc]|wys[łl]a[łl](?:e[śs]|a[śs]|\(a\) pan/pani)? wiadomo[śs][ćc]|(?:el )?mensaje que (?:usted )?(?:ha|has) enviado|"
    # (not a white list's name in other languages, "liste blanche": a challenge's word already, and an IT department's reply
    # that it put our domain on its white list is about no message of ours)
    r"\bremis\b|entregad|recapitat|zugestellt|"
    r"送信されたメール|(?:あなた|貴方)の(?:メール|メッセージ)|宛て?の(?:メール|メッセージ)|"
    # ("あなたが x@ 宛てに送信したメールは": the mail you sent to x@)
    r"宛て?に送信した(?:メール|メッセージ)|"
    r"ditt meddelande|mesajul (?:dvs|dumneavoastr)|va(?:š|s)a poruka|ваше повідомлення|το μήνυμά σας|k(?:ü|u)ld(?:ö|o)tt (?:ü|u)zenet|"
    # (Hungarian "üzenete megérkezik hozzám" (your message reaches me), Czech "Vaše zpráva pro x@" (your message for))
    r"(?:ü|u)zenete meg(?:é|e)rkezik|va(?:š|s)e zpr(?:á|a)va pro|"
    # (Czech "Váš e-mail byl zadržen" (your e-mail was held), Turkish "adresine gönderdiğiniz ileti" (the message you sent to
    # the address))
    r"\bv(?:á|a)(?:š|s) e-?mail\b|g(?:ö|o)nderdi(?:ğ|g)iniz (?:ileti|e-?posta|mesaj)|"
    # (Catalan "Heu enviat un missatge a", "el vostre missatge"; Icelandic "Þú sendir skilaboð til", "skilaboðin þín")
    r"\bheu enviat un missatge\b|\bel vostre missatge\b|(?:þú|thu) sendir skilabo(?:ð|d)|skilabo(?:ð|d)in (?:þín|thin)|"
    # (Czech "vaše zpráva pro x@", your message for; a letter to the sender of a message, "Dear sender", Hungarian "Tisztelt
    # Feladó!", German "Sehr geehrter Absender", French "Cher expéditeur", Spanish "Estimado remitente")
    r"\bva(?:š|s)e zpr(?:á|a)va\b|\bdear sender\b|\b(?:tisztelt|kedves) felad(?:ó|o)\b|k(?:ü|u)ld(?:ö|o)tt lev(?:e|é)l|\bsehr geehrte(?:r)? absender\b|"
    r"\bcher exp(?:é|e)diteur\b|\bestimado remitente\b|"
    # (Hebrew "ההודעה שלך" (your message), Turkish "gönderdiğiniz ileti" (the message you sent), Arabic "رسالتك" (your message))
    # (and Hebrew's one word for it, "הודעתך אל" (your message to))
    r"ההודעה שלך|הודעתך|g(?:ö|o)nderdi(?:ğ|g)iniz (?:ileti|e-?posta|mesaj)|رسالتك|"
    # (Turkish "iletiniz" (your message), Slovak "vaša správa" (your message), "odoslanie správy" (the sending of the message))
    r"\biletiniz|\bva(?:š|s)a spr(?:á|a)va\b|\bodoslanie spr(?:á|a)vy\b|"
    # (Japanese "宛てにメールをお送りいただき" (you sent mail to), Korean "보내신 메일" (the mail you sent))
    r"(?:メール|メッセージ)をお送りいただ|お送りいただいた(?:メール|メッセージ)|보내신 (?:메일|메시지)",
    re.I)
# a helpdesk's ticket, case or request number ("Ticket #5521", "[Case: 00123]", "Anfrage Nr. 4711",
# "Demande n° 2231", "Solicitud #889", "Chamado: 12345", "Zgłoszenie nr 771", "Заявка №123")
_TICKET = Lazy(r"\b(?:ticket|case|incident|support request|request|anfrage|vorgang|demande|dossier|solicitud|caso|richiesta|"
               # (or in brackets: Zendesk's "Your request (48213) has been received")
               # (Brazil's "protocolo nº 2025.05.0187342", a public office's or a company's record of a request)
               r"chamado|melding|zg[łl]oszenie|заявка|обращение|protocolo)\s*(?:#|no\.|nr\.?|number|id|n[°º]|№|:|\()\s*[:#]?\s*"
               r"\[?[A-Z]{0,6}-?\d{3,}\b", re.I)
# "your message to jo@...", "a message that you sent to jo@..." (TMDA's confirmation request)
# ... or "has not yet been delivered to jo@...", "will only be delivered to jo@..." (the message held back)
# (Boxbe: "Your message about "<subject>" to jo@..."; the same in other languages: "Ihre E-Mail an",
# "votre message à / pour", "su mensaje a / para", "il suo messaggio a / per")
_CHALLENGE_PROTECTS = Lazy(r"(?:(?:(?:your )?(?:message|mail|e-?mail)(?: (?:that |which )?you sent)?|"
                           r"your (?:message|mail|e-?mail) (?:(?:about|regarding) )?\"[^\"\n]{0,200}\"|"
                           r"(?:not (?:yet )?(?:been )?|(?:only )?be )delivered) to|"
                           r"(?:ihre|eine) (?:e-?mail|nachricht) an|votre (?:message|e-?mail|courriel) (?:à|pour|destin[ée]e? [àa])|"
                           r"(?:su|tu) (?:mensaje|correo|env[íi]o) (?:a|para)|il (?:suo|tuo) messaggio (?:a|per)|"
                           # (Spanish "Envió un mensaje a <x>": you sent a message to)
                           r"(?:usted )?envi(?:ó|o) un (?:mensaje|correo) (?:a|para)|"
                           # ("il messaggio che ha inviato a <x>": the message you sent to)
                           r"messaggio che (?:ha|hai) inviato a|(?:lei )?ha inviato un messaggio a|"
                           # ("The person you are sending mail to, jo@..., is protected by ...")
                           r"(?:the )?(?:person|recipient) you (?:are sending|sent|are writing|wrote) (?:mail |a message |an e-?mail |e-?mail )?to,?|"
                           r"(?:sua|a sua) mensagem (?:a|para)|(?:voc[êe] )?enviou uma mensagem para|"
                           # (Vietnamese "Bạn vừa gửi thư tới <x>": you have just sent mail to; Indonesian "Anda mengirim
                           # email ke <x>")
                           r"(?:bạn )?(?:vừa |đã )?gửi thư (?:tới|đến|cho)|anda (?:baru saja )?mengirim (?:e-?mail|pesan) (?:ke|kepada)|"
                           # (Estonian "Saatsite kirja aadressile <x>": you sent a letter to the address)
                           r"saatsite (?:kirja|s(?:õ|o)numi|e-kirja) aadressile|"
                           r"ваше (?:письмо|сообщение) (?:для|на адрес|адресату|к)|(?:вы )?отправили письмо на адрес|"
                           r"vous avez envoy[ée] un (?:message|courriel|e-?mail) [àa]|(?:a )?mensagem que (?:voc[êe] )?enviou para|(?:twoja |wys[łl]a[łl](?:e[śs]|a[śs]|\(a\) pan/pani)? )?wiadomo[śs][ćc] do|"
                           # (Galician "a súa mensaxe para", Vietnamese "thư của bạn gửi tới", Afrikaans "u e-pos aan")
                           r"(?:a )?s[úu]a mensaxe para|thư của bạn gửi (?:tới|đến)|(?:u|jou) (?:e-?pos|boodskap) aan|"
                           r"ваш лист до|mesaj ou voye bay|"
                           # (Dutch "Uw bericht aan", Swedish "Ditt meddelande till", Romanian "Mesajul dvs. către", Croatian
                           # "Vaša poruka za", Ukrainian "Ваше повідомлення для")
                           r"uw bericht aan|ditt meddelande till|mesajul (?:dvs\.|dumneavoastr(?:ă|a)) c(?:ă|a)tre|va(?:š|s)a poruka (?:za|na adresu)|"
                           r"ваше повідомлення (?:для|на адресу)|το μήνυμά σας (?:προς|για)|"
                           # (Catalan "Heu enviat un missatge a", "el vostre missatge a / per a"; Icelandic "Þú sendir skilaboð
                           # til")
                           r"heu enviat un missatge a|el vostre missatge (?:a|per a)|(?:þú|thu) sendir skilabo(?:ð|d) til|"
                           # (Spanish "el sistema de protección antispam de x@": the person it protects)
                           r"sistema de protecci(?:ó|o)n antispam de|"
                           # (Arabic "لقد أرسلت رسالة إلى x@" (you sent a message to), Hebrew "תיבת הדואר של x@" (the mailbox of))
                           r"أرسلت رسالة (?:إلى|الى)|תיבת הדואר של|"
                           # (the same, "the mailbox of x@", in Portuguese, English, Spanish and French: "A caixa de x@ é protegida
                           # contra spam pelo ...")
                           r"(?:a )?caixa (?:postal |de correio )?de|the mailbox of|el buz(?:ó|o)n de|la bo(?:î|i)te (?:aux lettres )?de|"
                           # (Hebrew "ההודעה שלך אל x@" (your message to), Arabic "صندوق البريد x@" (the mailbox))
                           r"ההודעה שלך אל|صندوق البريد|"
                           # (Swahili "Ujumbe wako kwa x@", your message to)
                           r"ujumbe wako kwa|barua\s+pepe\s+yako\s+kwa|"
                           # (Norwegian "Du har sendt e-post til x@": you sent mail to)
                           r"du\s+har\s+sendt\s+e-?post\s+til|va(?:š|s)e\s+zpr(?:á|a)va\s+pro)"
                           # (the address alone, or in brackets after the person's name: "Your message to Dan Moore
                           # (dan@example.com) was waitlisted", Boxbe's notice)
                           r"\s*(?:[<\"]|[^<>()@\n]{1,60}?[<(])?(" + ADDRESS + ")", re.I)
# ... and the address named first: "jo@example.jp 宛てに送信されたメール" (the mail sent to), "Jo Lee
# (jo@example.com) uses <screening service>" / "is using"
_CHALLENGE_PROTECTS_FIRST = Lazy(r"[<(]?(" + ADDRESS + r")[>)]?,?\s*(?:宛て?に?|様宛|c(?:í|i)mre k(?:ü|u)ld(?:ö|o)tt|"
                                 # (Turkish "x@ adresine gönderdiğiniz ileti": the message you sent to the address x@)
                                 r"adresine g(?:ö|o)nderdi(?:ğ|g)iniz|"
                                 # (Korean "x@님에게 보내신 메일": the mail you sent to Mr / Ms x@; Turkish "x@ yalnızca
                                 # onaylanmış ...", Slovak "x@ prijíma iba ...": x@ takes only)
                                 r"님(?:에게|께) 보내신|yaln(?:ı|i)zca onaylanm|prij(?:í|i)ma iba|"
                                 # (Hungarian "A(z) x@ postafiók csak ellenőrzött feladóktól fogad leveleket": the mailbox x@)
                                 r"postafi(?:ó|o)k(?:ja)? csak|(?:uses|is using|utilizza|usa|uso|utiliza|utilizo|utilise|"
                                 r"verwendet|nutzt|использует) )", re.I)

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
    # Luxembourgish "Automatesch Äntwert", Frisian "Automatysk antwurd"
    ("lb/fy", r"automatesch (?:ä|ae)ntwert|automatysk antwurd"),
    # Afrikaans "Outomatiese antwoord", "Afwesigheidsboodskap" (absence message)
    ("af", r"outomatiese antwoord|afwesigheidsboodskap"),
    # Welsh "Ateb awtomatig" (automatic reply), "Allan o'r swyddfa" (out of the office), as Welsh public bodies set them
    ("cy", r"ateb awtomatig|allan o['’]r swyddfa"),
    ("ca/eu/gl", r"resposta autom[àa]tica|erantzun automatikoa|resposta autom[áa]tica"),
    ("sv", r"automatiskt svar|fr[åa]nvaromeddelande|autosvar"),
    ("da/no", r"automatisk svar|autosvar|frav[æa]rsmelding|frav[æa]rsmeddelelse|frav[æa]rsbesked|ikke p[åa] kontoret"),
    ("fi", r"automaattinen vastaus|poissaoloviesti|poissa toimistolta"),
    # (Icelandic, as Outlook localises it: "Sjálfvirkt svar", "Ekki á skrifstofunni")
    ("is", r"sj[áa]lfvirkt svar|ekki [áa] skrifstofunni"),
    ("pl", r"odpowied[źz] automatyczna|automatyczna odpowied[źz]|poza biurem|autoodpowied[źz]|"
           r"nieobecno[śs][ćc] w biurze"),
    ("cs/sk", r"automatick[áa] odpov[ěe][dď]|automatick[áa] odpove[ďd]|mimo kancel[áa]"),
    ("hu", r"automatikus v[áa]lasz|h[áa]zon k[íi]v[üu]l|irod[áa]n k[íi]v[üu]l"),
    ("ro", r"r[ăa]spuns automat|în afara biroului|in afara biroului"),
    ("tr", r"otomatik (?:yan[ıi]t|cevap)|ofis d[ıi][şs][ıi]nda"),
    ("el", r"αυτόματη απάντηση|εκτός γραφείου"),
    ("ru/uk/bg", r"автоматический ответ|автоответ|автоматична відповідь|автоматичен отговор|вне офиса|"
                 r"нет на месте|не в офисе|автовідповідь|поза офісом|не в офісі|извън офиса|отсъствие от офиса"),
    # (and Serbian / Macedonian in Cyrillic "Аутоматски одговор", "Автоматски одговор", Albanian "Përgjigje automatike")
    ("sl/hr/sr/mk/sq", r"samodejni odgovor|automatski odgovor|van ureda|izvan ureda|аутоматски одговор|автоматски одговор|"
                       r"надвор од канцеларија|ван канцеларије|p[ëe]rgjigje automatike"),
    ("et/lv/lt", r"automaatne vastus|automaatvastus|autom[āa]tisk[āa] atbilde|automatinis atsakymas"),
    ("ja", r"自動応答|自動返信|自動送信|不在通知|不在のお知らせ|外出中|休暇中"),
    ("zh", r"自动回复|自動回覆|自動回復|自动答复|自動答覆|不在办公室|不在辦公室"),
    ("ko", r"자동 ?응답|자동 ?회신|부재 ?중"),
    ("he/ar", r"תשובה אוטומטית|מחוץ למשרד|رد تلقائي|الرد التلقائي|خارج المكتب"),
    ("id/ms/vi/th", r"balasan otomatis|balasan automatik|tr[ảa] l[ờo]i t[ựu] [đd][ộo]ng|ตอบกลับอัตโนมัติ"),
    # (Indonesian "Di Luar Kantor", Malay "Di Luar Pejabat" / "Tiada di Pejabat": Outlook's "Out of Office" in those
    # languages)
    ("id/ms", r"di luar kantor|di luar pejabat|tiada di pejabat"),
    # (Hindi "स्वचालित उत्तर" (automatic reply), "कार्यालय से बाहर" (out of office), as Outlook localises them)
    ("hi", r"स्वचालित उत्तर|स्वतः उत्तर|कार्यालय से बाहर"),
    # (Swahili "Jibu la Kiotomatiki" (automatic reply), "Nje ya Ofisi" (out of office); Tagalog "Awtomatikong Tugon"; Georgian
    # "ავტომატური პასუხი"; Armenian "Ինքնաշխատ պատասխան"; Persian "پاسخ خودکار"; Irish "Freagra uathoibríoch")
    ("sw/tl/ka/hy/fa/ga", r"jibu la kiotomatiki|nje ya ofisi|awtomatikong tugon|ავტომატური პასუხი|ինքնաշխատ պատասխան|پاسخ خودکار|"
                          r"freagra uathoibr[íi]och"),
)
#: single words a person could also put in a subject ("Absent", "Urlaub", "Vacaciones"): they
#: count only with a second sign (a header of automatic mail, or the body's own wording)
AWAY_SUBJECT_WORDS: tuple[tuple[str, str], ...] = (
    ("en", r"away|on leave|on holiday|holiday notice|annual leave|vacation"),
    ("de", r"abwesend|urlaub|im urlaub|abwesenheit"),
    ("fr", r"absent|absente|absence|en cong[ée]s?|vacances"),
    # (Portuguese "Recesso" (an office's recess), Spanish "Receso")
    ("es/pt/it", r"ausente|ausencia|aus[êe]ncia|vacaciones|de vacaciones|f[ée]rias|de f[ée]rias|assente|assenza|in ferie|ferie|"
                 r"recesso|receso"),
    ("nl", r"afwezig|met vakantie|vakantie"),
    ("nordic", r"fr[åa]nvarande|fr[åa]nvaro|frav[æa]rende|frav[æa]r|semester|ferie|poissa|lomalla|loma"),
    ("pl/cs/hu/tr", r"nieobecno[śs][ćc]|urlop|nep[řr][íi]tomnost|dovolen[áa]|t[áa]voll[ée]t|szabads[áa]g|izinde|izin"),
    ("ru/uk", r"отсутствую|отсутствие|в отпуске|отпуск|відсутн"),
    ("ja/zh/ko", r"不在|休暇|外出|休假|出差|부재"),
    # (Marathi "रजेवर आहे" (I am on leave), Hindi "छुट्टी पर" / "अवकाश पर" (on leave))
    ("mr/hi", r"रजेवर|छुट्टी पर|अवकाश पर"),
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
    ("en", ("i am", "i'm", "i will be", "i'll be", "this is a", "thank you for your", "i will not be reading", "we are", "we're",
            "travel"),
     r"\bi(?:'m| am| will be|'ll be)(?: currently| now)? (?:out of (?:the )?office|away from (?:the |my )?(?:office|desk|e-?mail)|"
           r"on (?:[a-z-]+ ){0,3}?(?:vacation|holidays?|leave|sabbatical)\b|out of town|travell?ing|"
           r"away (?:until|till|from|on)|not in the office|not available in (?:the )?office|off work|out sick)|\bi am currently away\b|"
           # (away at an event: "I am attending a conference in Singapore from Oct 7 to Oct 12")
           r"\bi(?:'m| am| will be|'ll be) attending (?:a|an|the) (?:[\w-]+ ){0,2}(?:conference|training|seminar|workshop|course|summit|congress)\b|"
           # (away at an event or a place, "I'm away at the Hastings craft fair"; days taken off, "I'm taking a few days off";
           # an office or a team away, "We are out of the office until 18 August"; a traveller's "Travelling with limited email
           # until the 14th")
           r"\bi(?:'m| am)(?: currently| now)? away at (?:a|an|the)\b|\bi(?:'m| am) taking (?:a few|some|a couple of|the|a) "
           r"(?:days?|time|weeks?) off\b|"
           r"\bwe(?:'re| are)(?: currently| now)? (?:out of (?:the )?office|away (?:until|till|from|on)|closed (?:for|until|till))\b|"
           r"\btravell?ing with (?:limited|no|little) (?:e-?mail|internet|access|connectivity)\b|"
           r"this is an? (?:automatic|automated|auto-generated) (?:reply|response|message)|"
           r"thank you for your (?:e-?mail|message)[.,!]? i(?:'m| am) (?:currently )?(?:away|out)|"
           # (vacation(1)'s own text: "I will not be reading my mail for a while. Your mail concerning "..." will be read
           # when I'm back.")
           r"\bi will not be reading my (?:e-?)?mail\b|"
           # (and its closing words, "Your mail concerning "..." will be read when I'm back.")
           r"\bwill be read when i(?:'m| am) back\b"),
    ("de", ("ich bin", "bin ich", "befinde mich", "automatische", "nicht weitergeleitet", "ich werde"),
     r"\bich bin (?:bis|vom|ab|zur zeit|derzeit|momentan|aktuell|leider)?[^\n]{0,60}?(?:nicht im (?:b[üu]ro|hause)|abwesend|"
           r"im urlaub|in den ferien|au[ßs]er haus|nicht erreichbar|nicht (?:am arbeitsplatz|im dienst))|"
           r"\bbin ich (?:[^\n]{0,40}? )?(?:nicht im b[üu]ro|abwesend|im urlaub|nicht erreichbar)|"
           r"befinde mich (?:[^\n]{0,40}? )?(?:im urlaub|au[ßs]er haus|auf (?:dienst|gesch[äa]fts)reise)|"
           r"dies ist eine automatische (?:antwort|nachricht)|ihre (?:e-?mail|nachricht) wird nicht weitergeleitet|"
           # Lotus Notes' German out-of-office template ("Ich werde ab 02.12.2026 nicht im Büro sein. Ich
           # kehre zurück am 09.12.2026."; the English one reads "I will be out of the office starting ...")
           # (the template fills in the dates as digits: a person writes "ab Montag")
           r"\bich werde (?:ab|vom|bis|von)\s+(?:dem |den )?(?:\d{1,2}\.\s?\d{1,2}\.|\d{4}-\d{2}-\d{2})[^\n]{0,40}? "
           r"(?:nicht im b[üu]ro|abwesend|au[ßs]er haus|nicht erreichbar) sein"),
    ("fr", ("je suis", "je serai", "automatique", "absent", "mon retour"),
     # (vacation's words in French: "Votre message concernant « ... » sera lu à mon retour")
     r"\bsera lu (?:à|a) mon retour\b|\bje (?:suis|serai)(?: actuellement| absent(?:e)? du bureau)? ?(?:absent(?:e)?|en cong[ée]s?|en vacances|"
           r"hors du bureau|en d[ée]placement)|ceci est une r[ée]ponse automatique|\bactuellement absent(?:e)?"),
    ("es", ("estoy", "estar", "me encuentro", "respuesta autom"),
     # (and on leave: "Estoy de baja por maternidad hasta el 3 de marzo", never a request to be taken off, "darme de baja")
     r"\b(?:estoy|estar[ée]|me encuentro)(?: actualmente)? (?:fuera de (?:la )?oficina|ausente|de vacaciones|disfrutando de (?:mis |unas )?vacaciones|"
           r"fuera|de baja (?:por )?(?:maternidad|paternidad|enfermedad|m[ée]dica))|esta es una respuesta autom[áa]tica"),
    ("pt", ("estou", "estarei", "estará", "estara", "encontro-me", "resposta autom"),
     # (and on leave or in recess: "Estou em licença-maternidade até março", "Estou afastada por motivo de saúde até 06/12", a
     # department's "A Secretaria estará em recesso administrativo de 20/11 a 25/11")
     r"\b(?:estou|estarei|encontro-me)(?: atualmente)? (?:fora do escrit[óo]rio|ausente|de f[ée]rias|"
           r"(?:em|de) licen[çc]a[- ](?:maternidade|paternidade|m[ée]dica|sa[úu]de)|afastad[oa] (?:por motivo de sa[úu]de|por licen[çc]a)|"
           r"em recesso)|\bestar(?:á|a) em recesso\b|"
           r"esta [ée] uma resposta autom[áa]tica"),
    ("it", ("sono", "sar", "mi trovo", "risposta automatica"),
     r"\b(?:sono|sar[òo]|mi trovo)(?: attualmente)? (?:fuori (?:ufficio|sede)|assente|in ferie)|"
           r"questa [èe] una risposta automatica"),
    ("nl", ("ik ben", "ben ik", "automatisch", "ik lees", "wij zijn", "we zijn"),
     r"\bik ben (?:[^\n]{0,40}? )?(?:afwezig|niet (?:op kantoor|aanwezig|bereikbaar)|met vakantie)|\bik ben met \w*verlof\b|"
     # (an office away, "Wij zijn afwezig tot en met 18 augustus (bedrijfsvakantie)")
     r"\b(?:wij|we) zijn (?:[^\n]{0,30}? )?(?:afwezig|gesloten|met (?:bedrijfs)?vakantie)\b|"
           r"\bik lees mijn (?:e-?)?mail niet\b|"
           r"\bben ik (?:[^\n]{0,40}? )?(?:afwezig|niet (?:op kantoor|aanwezig)|met vakantie)|"
           r"dit is een automatisch (?:antwoord|bericht)"),
    ("nordic", ("jag ", "jeg er", "jeg holder", "jeg har", "olen"),
     r"\bjag [äa]r (?:[^\n]{0,30}? )?(?:p[åa] semester|ledig|borta|fr[åa]nvarande|inte p[åa] kontoret)|"
               r"\bjag har (?:semester|ledigt)\b|"
               r"\bjeg er (?:[^\n]{0,30}? )?(?:p[åa] ferie|frav[æa]rende|ikke p[åa] kontoret|ute av kontoret|borte)|"
               # (da "Jeg holder ferie og er tilbage ...", no "Jeg har ferie til ...")
               r"\bjeg (?:holder|har) (?:ferie|fri)\b|"
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
    ("ja/zh/ko", ("不在", "休暇", "外出", "我", "부재", "휴가", "自動", "自动", "자동"),
     # the note's own statement that it is an automatic reply ("このメールは自動返信です", "本邮件为系统自动回复",
     # "자동 회신 메일입니다"), as "this is an automatic reply" in English
     r"自動(?:返信|応答)(?:メール)?(?:です|でございます|にて)|(?:此|本|这|這)(?:封)?(?:邮件|郵件|信)?(?:为|為|是)(?:系统|系統)?自[动動]回[复覆]|"
     r"자동 ?(?:회신|응답) ?(?:메일|메시지)입니다|"
     r"不在にして|休暇を(?:いただいて|取って)|外出しております|休暇中|我(?:目前|现在|現在)?(?:正在)?(?:不在办公室|不在辦公室|休假|出差)|"
                 # (not "휴가 중입니다만 ...": "I am on leave, but ...": what follows is the mail's matter)
                 r"部門不在|부재 ?중입니다(?!만)|휴가 ?중입니다(?!만)"),
    # Marathi "मी ... पर्यंत रजेवर आहे" (I am on leave until ...), "कार्यालयाबाहेर आहे" (am out of the office); Hindi "मैं ... छुट्टी
    # पर हूँ" (I am on leave), "कार्यालय से बाहर रहूँगा" (I will be out of the office)
    ("mr/hi", ("रजेवर", "कार्यालयाबाहेर", "छुट्टी", "अवकाश", "कार्यालय से बाहर"),
     r"रजेवर (?:आहे|असेन|असणार|आहोत)|कार्यालयाबाहेर (?:आहे|असेन|असणार)|"
     r"(?:छुट्टी|अवकाश|कार्यालय से बाहर) (?:पर )?(?:हूँ|हूं|रहूँगा|रहूंगा|रहूँगी|रहूंगी)"),
)
#: coming back / reading mail later
RETURN_BODY = (
    r"\b(?:i will|i'll) (?:be )?(?:back|return|returning|respond|reply|get back to you|have limited access)|"
    r"\b(?:back|return(?:ing)?) (?:in(?:to)? the office )?(?:on|by|after)\b|\bwill be back (?:in(?:to)? the office|at work) (?:from|on)\b|(?:limited|no|intermittent|restricted) access to (?:my )?e-?mail|"
    # ("Responses will be delayed": the answer comes later, as "I will respond when I am back" says)
    r"\b(?:my )?(?:responses?|replies|reply) (?:will|may) be delayed\b|"
    r"for anything urgent|voor dringende zaken|voor spoedgevallen|geen toegang tot (?:mijn )?e-?mail|"
    r"keinen zugriff auf (?:meine )?e-?mails?|"
    # Lotus Notes' English template: "I will be out of the office starting ... and will not return until ..."
    r"\bwill not (?:be )?(?:return|back)(?: to the office)? (?:until|before)\b|"
    r"upon my return|when i (?:am back|return|get back)|for (?:any )?urgent (?:matters|issues|enquiries|inquiries)|"
    # (an office's "after we return", and a reader's "won't be checking this inbox regularly": mail read later)
    r"\b(?:after|when|once) we (?:are back|return|get back)\b|\bupon our return\b|"
    r"\b(?:won't|will not) be checking (?:this|my) (?:inbox|e-?mail|mail ?box|mail)\b|"
    r"wieder (?:im b[üu]ro|erreichbar|da|zur[üu]ck)|ab dem [^\n]{0,30}?wieder|in dringenden f[äa]llen|"
    r"\bich kehre (?:am|zum|ab)?[^\n]{0,30}?zur[üu]ck|nach meiner r[üu]ckkehr|"
    # "(I) can read your message only afterwards" ("kann Ihre Nachricht erst danach lesen")
    r"\b(?:kann|werde) ihre (?:nachricht|e-?mail|anfrage)[^\n]{0,20}? erst (?:danach|anschlie[ßs]end|nach)\b|"
    r"de retour (?:le|au bureau)|je (?:vous )?r[ée]pondrai|en cas d'urgence|"
    r"regresar[ée]|estar[ée] de (?:vuelta|regreso)|me reincorporar[ée]|durante mi ausencia|en caso de urgencia|"
    r"retornarei|estarei de volta|em caso de urg[êe]ncia|rientrer[òo]|in caso di urgenza|"
    r"weer (?:aanwezig|op kantoor|terug)|in dringende gevallen|tillbaka (?:den|p[åa])|tilbake (?:den|p[åa])|"
    # (da / no "frem til 4. august", "er tilbage mandag": away until a date, back on a day)
    r"\bfr[ae]m til (?:og med )?\d{1,2}\.|\ber tilba(?:ge|ke) (?:igen )?(?:den |p[åa] |i )?\w|"
    r"wr[óo]c[ęe]|вернусь|по срочным вопросам|戻り|返信いたします|回来后|돌아오|"
    # Korean "돌아와서 / 복귀 후 답변드리겠습니다" (after I come back / return, I will answer; our wording)
    r"돌아와|복귀 ?(?:하면|후|하여|해서|하는 대로)|"
    # "after my return" / "when I am back" (our own wording of the meaning, one group per language)
    r"nach meiner r[üu]ckkehr|[àa] mon retour|d[èe]s mon retour|a mi (?:regreso|vuelta)|cuando (?:regrese|vuelva)|"
    # (Spanish "Contestaré a la vuelta", "sin acceso al correo"; Dutch "na mijn verlof" (after my leave))
    r"contestar[ée] a la vuelta|responder[ée] a la vuelta|sin acceso al correo|na (?:mijn|het|de) (?:verlof|vakantie|\w*verlof)\b|"
    r"al mio (?:rientro|ritorno)|quando (?:voltar|regressar)|ap[óo]s o meu (?:regresso|retorno)|no meu retorno|"
    r"na mijn terugkomst|bij (?:mijn )?terugkomst|n[äa]r jag (?:[äa]r|kommer) tillbaka|n[åa]r jeg (?:er|kommer) tilba(?:ge|ke)|"
    r"palattuani|po (?:moim )?powrocie|po (?:m[ée]m )?n[áa]vratu|po (?:mojom )?n[áa]vrate|"
    r"visszat[ée]r[ée]sem ut[áa]n|visszaérkezésem után|la [îi]ntoarcere|dup[ăa] [îi]ntoarcere|"
    r"[όο]ταν επιστρ[έε]ψω|μετ[άα] την επιστροφ[ήη] μου|d[öo]nd[üu][ğg][üu]mde|d[öo]n[üu][şs][üu]mde|"
    r"после (?:моего )?возвращения|по возвращении|після (?:мого )?повернення|戻り次第|回來後|返回后"
)
# a question mark, and a link (whose "?" starts its query)
_QUESTION = Lazy(r"[?？]")
_LINK = Lazy(r"(?:https?://|www\.)\S+", re.I)
# "for urgent matters / questions, contact ...": an absence note may ask that
_URGENT = Lazy(r"urgen|dringend|eilig|pilne|pilnych|срочн|терміно|緊急|急用|急事|紧急|긴급|급한|spoed|br[åa]dsk|kiire|acil|"
               r"s(?:ü|ue)rg[őo]s|naléhav|urgent|kontakt|contact|contatt|contacte|contacta|contato|wenden sie|"
               r"coll[eè]gue|colleague|kolleg|colega|collega|vertretung|deputy|substitute|zastępstw|коллег|同事|同僚|동료", re.I)
# what an absence note's own question ("Questions?", "Haben Sie Fragen?", "Sie benötigen sofort Hilfe?",
# "Heeft u vragen?", "Need something sooner?") is followed by: where to turn instead, a phone number
# or an instruction to call or write ("Tel. 030 1234567", "Bel 020 ...", "Ring Bob on ext. 2201",
# "Email help@...", "Dann schreiben Sie an ...", "Rufen Sie ... an"); our wording, by meaning, in
# the languages of the absence patterns.  Searched right after the question mark.
_OFFER_FOLLOWS = Lazy(
    r"[^\S\n]*+\n?[^\S\n]*+(?:(?:then|dann|please|bitte|dan|graag|alors|entonces|allora|ent[ãa]o)[,:]?[^\S\n]+)?"
    r"(?:\+?\(?\d[\d ()/.-]{5,}|(?:tel|telefon|phone|ph|fon|mob|mobil|t)\.?[^\S\n]*+[:.]?[^\S\n]*+\+?\d|"
    # ("email" / "mail" only with where to: "Email help@corp.example", "e-mail my colleague")
    r"(?:e-?mail|mail)(?: to)?[^\S\n]+(?:[^\s@]+@|(?:my|our|the) (?:colleague|team|office|assistant|support|helpdesk|deputy))|"
    r"(?:tel|telefon|telephone|phone|call|ring|bel|write to|reach|contact|dial|"
    r"schreiben sie|schreib|rufen sie|ruf|wenden sie|kontaktieren sie|mailen sie|"
    r"schrijf|neem contact|stuur|"
    r"appelez|[ée]crivez|contactez|llame|escriba|contacte|chiami|scriva|contatti|ligue|escreva|"
    r"zadzwo[ńn]|napisz|позвоните|напишите|пишите|звоните)\b)", re.I)
# the question itself offers help ("Questions?", "Fragen?", "vragen?", "sofort Hilfe?", "Need help?")
# (the nouns: German "fragen" and Dutch "vragen" are also the verb "ask": "Kannst du Anna fragen?")
_OFFER_QUESTION = Lazy(r"\b(?:questions?|(?:haben sie|hast du|habt ihr|sie haben|noch|weitere|dringende|offene) fragen|"
                       r"(?:heeft u|hebt u|heb je|heeft u nog|nog|dringende) vragen|sofortige? hilfe|(?:brauchen sie|ben[öo]tigen sie|"
                       r"sie ben[öo]tigen|sie brauchen)[^?\n]{0,20}? hilfe|need (?:help|something|anything)|"
                       r"(?:hulp|help) nodig|domande|preguntas|perguntas|d[úu]vidas|pytania|вопросы)\b", re.I)
# a file sent along: "attached", "anbei", "ci-joint", "adjunto", "in allegato", "em anexo", "bijgevoegd",
# "w załączniku", "во вложении", "添付", "附件", "첨부" (an absence note sends none)
_SENDS_FILE = Lazy(r"\b(?:anbei|im anhang|angeh[äa]ngt|attached|ci-joint|pi[èe]ces? jointes?|adjunt[oa]s?|in allegato|allegat[oi]|"
                   r"em anexo|anexad[oa]s?|anexo|bijgevoegd|in de bijlage|w za[łl][ąa]czniku|za[łl][ąa]czam|во вложении|прикрепл|"
                   r"прилагаю)|添付|附件|첨부", re.I)
_OOF_BODY = tuple((words, Lazy(p, re.I)) for _, words, p in OOF_BODY)
_RETURN_BODY = Lazy(RETURN_BODY, re.I)
# (searched for presence only: leading blanks stop at the line end, or "^\s*" from every line
# start of a run of blank lines rescanned the rest of the run; a match after blank lines is
# still found from the line it is on)
_QUOTED_REPLY = Lazy(r"^[^\S\n]*>|^[^\S\n]*(?:on .{4,80} wrote:|am .{4,80} schrieb .{0,80}:|le .{4,80} a [ée]crit\s*:|"
                     r"-{2,}\s*(?:original message|urspr[üu]ngliche nachricht|message d'origine)\s*-{2,}|"
                     # (the same rule in webmail's other spellings: T-Online's "-----Original-Nachricht-----", Spanish
                     # "-----Mensaje original-----", Italian "-----Messaggio originale-----", Dutch "-----Oorspronkelijk
                     # bericht-----", Portuguese "-----Mensagem original-----")
                     r"-{2,}\s*(?:original-nachricht|mensaje original|messaggio originale|oorspronkelijk bericht|"
                     r"mensagem original)\s*-{2,})|"
                     # Outlook's reply header: a rule of underscores, then the original's From line in the
                     # reader's language ("From:", "Von:", "De:", "Da:", "Van:", "Od:", "От:", "Från:", "Fra:")
                     r"^_{10,}[^\S\n]*\n[^\S\n]*(?:from|von|de|da|van|od|от|fr[åa]n|fra|lähettäjä|kimden)\s*:|"
                     # (webmail's header block: "Gesendet: Donnerstag, 10. April 2025 um 06:04\nVon: ..." (GMX, WEB.DE),
                     # "Sent: ...\nFrom: ...")
                     r"^[^\S\n]*(?:gesendet|sent|envoy[ée]|enviado|inviato|verzonden)\s*:[^\n]{4,80}\n[^\S\n]*"
                     r"(?:von|from|de|da|van)\s*:|"
                     # (the attribution line in the reader's language, indented or not: "4 Mart 2025 ... tarihinde Anadolu
                     # Çarşı <x@...> şunu yazdı:", "Dne 3. 3. 2025 v 16:45 ... napsal(a):", "... kirjoitti:", "... skrev:")
                     r"^[^\S\n]*\S[^\n]{0,200}\b(?:wrote|escribi[óo]|escreveu|ha scritto|schreef|skrev|kirjoitti|a [ée]crit|schrieb|"
                     r"napsal(?:\(a\)|a)?|napisa(?:ł|l)(?:\(a\)|a)?|pisze|yazd(?:ı|i)|(?:í|i)rta|a scris|έγραψε|"
                     r"написал(?:\(а\)|а)?)\s*:[^\S\n]*$",
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
                     "mailchannels", "sender verification request", "guest list", "active spam killer")
_CHALLENGE_MORE = Lazy(
    r"guest list|waiting list|regist(?:er|ered) (?:once )?as an? (?:approved|allowed|trusted|verified) sender|"
    r"unregistered senders?(?:'|’)?s? (?:messages|mail|e-?mails)|(?:add(?:ed)?|put) (?:you |your address )?(?:to|on) (?:my|the|his|her) (?:approved|allowed|safe|trusted)"
    r"(?: senders?)? list|approved senders? list|click (?:on )?(?:the |this )?link (?:below )?to (?:verify|confirm|be added|"
    r"release|deliver)|verify (?:that )?you are (?:a )?(?:real )?(?:live )?(?:person|human)|(?:are|is) (?:a )?(?:real )?person, not a (?:machine|robot|spammer)|"
    r"reply to this message(?:,? and)? (?:leave|leaving|keep|keeping) the subject(?: line)? intact|"
    # a message held until the sender registers or confirms (ChoiceMail: "held pending your
    # registration"; Spam Arrest: "I am protecting myself from junk mail"), and the same hold with a
    # link to follow in other languages ("wurde zurückgehalten ... klicken Sie auf den Link", "a été
    # mis en attente ... cliquer sur le lien", "retenido por mi sistema antispam ... haga clic en el enlace")
    r"held pending (?:your )?(?:registration|verification|approval|confirmation)|"
    r"protect(?:ing|s)? (?:myself|me|my (?:mailbox|inbox)) (?:from|against) (?:receiving )?(?:junk|spam|unwanted)|"
    r"(?:vor[üu]bergehend )?zur[üu]ckgehalten|klicken sie (?:bitte )?auf (?:den|diesen) (?:folgenden |untenstehenden )?link|"
    r"(?:a [ée]t[ée]|est) mis en attente|cliqu(?:er|ez) sur (?:le|ce) lien|en cliquant sur (?:le|ce) lien|"
    r"est en attente de (?:validation|confirmation)|"
    r"retenid[oa] por (?:mi|el|nuestro) (?:sistema |filtro )?anti-?spam|haga clic en (?:el|este) (?:siguiente )?enlace|"
    r"(?:added|add you) to my list of (?:approved|allowed|safe|trusted) senders|"
    r"(?:allow|accept) (?:incoming )?(?:messages|e-?mails?|mail) only from senders (?:i|we) have approved|"
    r"(?:to )?complete (?:the|this) (?:sender )?verification(?: process)?|"
    r"confirmation request|please confirm (?:your|the) (?:message|e-?mail(?! address)|sending)|unverified senders?|"
    r"sender verification|"
    # (Greek "Επαλήθευση αποστολέα" (sender verification), "Πατήστε τον παρακάτω σύνδεσμο" (press the link below); Swahili
    # "Bofya kiungo hiki" (click this link))
    r"επαλήθευση αποστολέα|πατήστε (?:τον|το|στον|στο) (?:παρακάτω )?(?:σύνδεσμο|link)|bofya kiungo|"
    # ... in French, Spanish, Italian, Portuguese and German ("Vérification de l'expéditeur", "Verificación de remitente",
    # "Verifica del mittente", "Verificação do remetente", "Absenderüberprüfung"); the link followed ("en suivant le lien")
    r"v[ée]rification de l'exp[ée]diteur|verificaci[óo]n (?:de|del) remitente|verifica(?:zione)? del mittente|"
    r"verifica[çc][ãa]o (?:de|do) remetente|absender(?:-| )?(?:[üu]berpr[üu]fung|verifizierung)|en suivant (?:le|ce) lien|"
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
    r"(?:responda|conteste) a este mensaje sin (?:modificar|cambiar) el asunto|"
    r"не меняя тем[уы]|(?:completi|completare) la verifica|(?:su|tu) direcci[óo]n quedar[áa] autorizada|"
    # what releases the held message in Portuguese and Italian ("para liberar a mensagem", "per convalidarlo e
    # permetterne la consegna", a message "messo in attesa dal nostro sistema antispam")
    r"para liberar (?:a|sua|a sua) mensagem|per convalidar(?:lo|la|e il messaggio)|(?:messo|messa|tenuto) in attesa\b|"
    r"ничего не меняя в (?:строке )?«?тем|para liberar a entrega|(?:mensagem|e-?mail) (?:para \S+ )?ficou retid[ao]|"
    r"weryfikacji nadawc|"
    r"n['’ ]?[êe]tes pas un robot|no (?:eres|es) un robot|kein roboter|non (?:sei|è) un robot|n[ãa]o (?:é|[ée]s) um rob[ôo]|"
    # ... in Russian ("что вы не робот"), and what follows the request: "перейдя по ссылке" (by following
    # the link), "ваш адрес будет добавлен в список разрешённых" (your address will be added to the allowed list)
    r"вы не (?:являетесь )?робот(?:ом)?|перейд(?:я|ите) по ссылке|будет добавлен в (?:белый )?список|"
    # EarthLink spamBlocker (as EarthLink describes it: unknown senders fill in a one-time request form)
    r"(?:complete|fill (?:in|out)) (?:the|this|a) (?:short |brief |simple )?(?:one-time |one time )?(?:request|verification) form|"
    # what the sender must do for the held message: "to have your message delivered, simply reply to
    # this e-mail", "to release it, reply to this message", "visit the page below to request approval"
    # ("durch einen Klick auf den folgenden Link", "nach der Bestätigung wird Ihre Nachricht zugestellt")
    r"to have (?:your|the|this) (?:message|e-?mail|mail) delivered|"
    r"to release (?:it|your message|the message|your e-?mail),? (?:please |simply |just )?(?:reply|click|visit)|"
    r"(?:to )?request (?:my |the recipient's )?approval|(?:durch einen )?klick auf (?:den|diesen) (?:folgenden |untenstehenden )?link|"
    r"nach der best(?:ä|ae|a)tigung wird ihre (?:nachricht|e-?mail) zugestellt|"
    # "reply to this e-mail and your message will be delivered", "send back a blank reply ... your email
    # will be released into my inbox", "bestätigen Sie bitte einmalig Ihre Adresse", "répondez simplement à
    # ce courriel", "è sufficiente rispondere a questa e-mail", "visite esta página"
    r"(?:your|the held) (?:message|e-?mail|mail) will be (?:released|delivered to (?:me|my inbox))|"
    r"once you (?:verify|confirm)(?: your address)?,? your (?:message|e-?mail|mail) will be (?:delivered|released)|"
    r"(?:send back|hit reply and send|send me) a blank reply|"
    r"best(?:ä|ae|a)tigen sie (?:bitte )?(?:einmalig )?ihre (?:absender)?adresse|"
    r"r[ée]pondez (?:simplement )?[àa] ce (?:courriel|message|e-?mail)|"
    r"(?:sufficiente )?rispondere a questa e-?mail|"
    r"(?:su|tu) mensaje est[áa] retenido|visite esta p[áa]gina|"
    # ... "to get your email through, simply reply", "is on hold ... confirm you're a real person", "kept
    # aside until the sender confirms", "bitte antworten Sie kurz auf diese E-Mail", "il suffit de répondre à
    # ce message", "basta rispondere", "ha quedado retenido, responda a este correo", "ficou retida, basta
    # responder a este e-mail"
    r"to get your (?:e-?mail|message|mail) through|(?:is|are) (?:now )?on hold\b|"
    r"confirm (?:that )?you(?:'re|’re| are) a real person|kept aside until (?:the sender|you) confirms?|"
    r"(?:is )?awaiting your confirmation|bitte antworten sie (?:kurz |einfach )?auf diese (?:e-?mail|nachricht)|"
    r"il (?:vous )?suffit de r[ée]pondre|mis de c[ôo]t[ée]|basta rispondere|stato trattenuto|"
    r"ha quedado (?:retenid[oa]|en espera)|(?:responda|conteste) a este (?:correo|mensaje|e-?mail)|(?:ficou|foi) retid[oa]|"
    r"basta responder|(?:est(?:á|a)|encontra-se) retid[oa]|confirme (?:a |sua |a sua )mensagem|"
    r"(?:is|werd) tegengehouden|antwoord (?:eenmalig |eenvoudig )?op (?:deze|dit) (?:e-?mail|bericht)|"
    # (thirty-eighth session: "sender verification (required)" in Irish "fíorú seoltóra", Georgian "გამგზავნის დადასტურება",
    # Malay "pengesahan pengirim", Indonesian "verifikasi pengirim", Thai "ยืนยันตัวตนผู้ส่ง", Chinese "发件人验证" / "寄件者驗證",
    # Hindi "प्रेषक सत्यापन", Arabic "التحقق من المرسل", Hebrew "אימות שולח" / "אישור שולח", Ukrainian "підтвердження відправника", Russian
    # "подтверждение отправителя", Basque "igorlearen egiaztapena", Tagalog "beripikasyon ng nagpadala", Swahili "uthibitisho
    # wa mtumaji", Romanian "confirmare expeditor", Catalan "verificació del remitent", Czech "ověření odesílatele", Polish
    # "weryfikacja nadawcy", Vietnamese "xác minh người gửi", Turkish "gönderen doğrulaması", Persian "تأیید فرستنده"; a
    # CAPTCHA to solve)
    r"f(?:í|i)or(?:ú|u) seolt(?:ó|o)ra|გამგზავნის (?:დადასტურება|ვერიფიკაცია)|pengesahan pengirim|verifikasi pengirim|"
    # (Malay "Sila sahkan e-mel anda" (please confirm your e-mail))
    r"\bsahkan e-?mel anda\b|"
    r"ยืนยันตัวตนผู้ส่ง|发件人(?:身份)?验证|寄件者(?:身份)?驗證|प्रेषक सत्यापन|التحقق من المرسل|(?:אימות|אישור) שולח|"
    r"підтвердження відправника|(?:подтверждение|проверка) отправителя|igorlearen egiaztapena|beripikasyon ng nagpadala|"
    r"uthibitisho wa mtumaji|confirmare expeditor|verificarea expeditorului|verificaci(?:ó|o) del remitent|"
    r"ov(?:ě|e)(?:ř|r)en(?:í|i) odes(?:í|i)latele|weryfikacja nadawcy|xác minh người gửi|g(?:ö|o)nderen do(?:ğ|g)rulamas|"
    r"تأیید فرستنده|فرستنده را تأیید کنید|\bcaptcha\b|"
    # (Slovenian "Potrditev pošiljatelja" (the sender's confirmation), Hungarian "Feladó ellenőrzése" (the sender's check),
    # Turkish "Doğrulama gerekli" (verification needed))
    r"potrditev po(?:š|s)iljatelja|felad(?:ó|o) ellen(?:ő|o)rz(?:é|e)se|do(?:ğ|g)rulama gerekli|"
    # (Latvian "Sūtītāja pārbaude" (the sender's check), Macedonian "Потврда на испраќачот" (the sender's confirmation), Tamil
    # "அனுப்புநர் சரிபார்ப்பு" (sender verification), Khmer "ការផ្ទៀងផ្ទាត់អ្នកផ្ញើ" (verifying the sender))
    r"s(?:ū|u)t(?:ī|i)t(?:ā|a)ja p(?:ā|a)rbaude|потврда на испраќачот|அனுப்புநர் சரிபார்ப்பு|ការផ្ទៀងផ្ទាត់អ្នកផ្ញើ|"
    # (Slovak "Overenie odosielateľa", Malayalam "അയച്ചയാളെ സ്ഥിരീകരിക്കുക", Gujarati "પ્રેષક ચકાસણી", Hausa "Tabbatar da mai
    # aikawa", Maltese "Verifika tal-mittent", Kazakh "Жіберушіні растау", Kyrgyz "Жөнөтүүчүнү текшерүү": the sender's check)
    r"overenie odosielate|(?:richiesta di )?conferma del mittente|അയച്ചയാളെ സ്ഥിരീകരിക്കുക|પ્રેષક ચકાસણી|tabbatar da mai aikawa|verifika tal-mittent|"
    r"жіберушіні растау|жөнөтүүчүнү текшерүү|"
    # (the subject to be kept as it is in the reply, ASK's "the subject must be kept intact")
    r"\bsubject (?:line )?(?:must|should|has to) (?:be kept|remain|stay) (?:intact|unchanged)\b",
    re.I)

# The "Re: " prefixes are taken whole (possessive): none of the words after them can be read as
# one, and giving them back one at a time rescanned the rest of the subject each time
# (quadratic in "Fwd: Fwd: ...").  Blanks and dots at the end are possessive for the same reason.
# The body is searched for presence only: there blanks stop at the line end (a line that matches
# after blank lines, or before them, is still found from the line it is on).
_UNSUB_SUBJECT = Lazy(
    r"^\s*(?:(?:re|aw|fw|fwd)\s*:\s*)*+(?:.*\b(?:please )?(?:unsubscribe|remove) me\b.*|unsubscribe|remove|stop|"
    # (the list command with the address to take off, as a List-Unsubscribe mailto's request says it, RFC 2369)
    r"unsubscribe\s+<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}>?|"
    r"opt[- ]?out|desinscri(?:re|pci[oó]n)|abbestellen|se d[ée]sabonner|配信停止|"
    # the one-word subjects of the same request in other languages ("Abmelden", "Désinscription",
    # "Baja", "Cancellazione", "Afmelden", "Descadastrar", "Avregistrera", "Отписаться", "退订", "購読解除", "수신거부")
    r"abmelden|austragen|d[ée]sinscription|d[ée]sabonnement|baja|darme de baja|cancellazione|disiscrizione|"
    # (the mailing named with the verb: "Newsletter abbestellen", "Abmeldung vom Newsletter")
    r"(?:den |vom )?newsletter (?:abbestellen|abmelden|k[üu]ndigen)|abmeldung(?: vom newsletter)?|"
    r"afmelden|uitschrijven|descadastr(?:ar|o|e)|remover|cancelar (?:inscri[çc][ãa]o|assinatura)|отписаться|отписка|"
    # (Malay "Berhenti langgan", stop subscribing)
    r"berhenti (?:ber)?langganan|berhenti langgan|odjava|avregistrera|avregistrering|afmeld|afmelding|avmeld|avmelding|wypisz(?: mnie)?(?: z listy)?|退订|退訂|取消订阅|取消訂閱|"
    r"購読解除|配信解除|(?:配信停止|配信解除|購読解除)(?:希望|のお願い|依頼)|수신 ?거부|(?:請|请)(?:取消訂閱|取消订阅|退訂|退订)|"
    # (Japanese "メルマガ解除" (cancel the mail magazine), "退会希望" (wish to leave the membership); a List-Unsubscribe mailto's
    # token subject, RFC 2369, "unsubscribe-204817")
    r"(?:メルマガ|メールマガジン)(?:の)?(?:解除|停止|配信停止)(?:希望|のお願い|依頼)?|退会希望|unsub(?:scribe)?[-_+.=](?=[\w.=+-]*\d)[\w.=+-]{4,64}|"
    # ... in Russian and Ukrainian with the mailing named, Turkish, Czech, Hungarian ("Отписаться от
    # рассылки", "Відписатися", "Abonelikten çık", "Odhlásit z odběru", "Leiratkozás")
    r"отписаться от рассылки|відписатися(?: від розсилки)?|abonelikten [çc][ıi]k(?:[ıi][şs])?|abonelik iptali|"
    r"odhl[áa]sit(?: z odb[ěe]ru)?|odhl[áa][šs]en[íi](?: z odb[ěe]ru)?|leiratkoz[áa]s(?: (?:a |az )?h[íi]rlev[ée]lr[őo]l)?|leiratkozom|"
    # ... Hebrew "הסר" (remove: the reply Israel's law on advertising mail names), Arabic "إلغاء الاشتراك" (unsubscribe)
    r"הסר|הסרה|הסר אותי|להסיר|(?:إلغاء|الغاء) الاشتراك)\s*+[.!]*+\s*+$", re.I)
# the subject's request said again as the text's first clause, closed by a stop ("unsubscribe please.", "Remove me!", "STOP.")
_OPENS_WITH_REQUEST = Lazy(r"\A\s*(?:please\s+)?(?:unsubscribe|remove me|stop)(?:[^\S\n]+(?:me|please|now|asap))*[^\S\n]*[.!]", re.I)
# a request said not to be made ("do NOT remove me", "don't unsubscribe me", "never take me off")
_NOT_DENIED = r"(?<!not )(?<!n't )(?<!n’t )(?<!never )"
# the end of the request's clause: a stop, the line's end, "please" / "thanks" (no object follows)
# (an adverb of urgency may close the clause first: "de votre liste IMMÉDIATEMENT", "off your list now")
_END = (r"(?=(?:[^\S\n]+(?:imm[ée]diatement|tout de suite|d[ée]finitivement|sofort|umgehend|immediately|right now|now|"
        r"asap|inmediatamente|immediatamente|subito|onmiddellijk|meteen|direct|imediatamente|natychmiast|немедленно|ya|já|agora|"
        r"segera|sekarang|nu|n[åa]|straks|omg[åa]ende|genast|heti|omedelbart|umiddelbart|v(?:ä|a)litt(?:ö|o)m(?:ä|a)sti|"
        # (by hand, the link having failed: Norwegian / Danish "manuelt", Swedish "manuellt")
        r"manuelt|manuellt))?"
        r"[^\S\n]*+(?:[.,;:!?)…。，、！？]|\n|\Z|(?:please|thanks?|thank you|bitte|danke|merci|s'il|svp|por favor|gracias|"
        r"per favore|grazie|alstublieft|a\.?u\.?b|bedankt|dank|obrigad|prosz[ęe]|dzi[ęe]kuj|пожалуйста|спасибо|porfavor|porfa|"
        # (the Nordic thanks, "Avregistrera mig tack", "Meld meg av, takk")
        r"tack|takk|tak)\b))")
_UNSUB_BODY = Lazy(
    r"^[^\S\n]*(?:unsubscribe(?: me)?|remove me|stop|opt[- ]?out)[^\S\n]*+[.!]*+[^\S\n]*+$|"
    # the list command alone on its line, with the list or the address to take off ("unsubscribe
    # jo@example.org", LISTSERV's "SIGNOFF NEWS-L"; RFC 2369's mailto command as list managers take it),
    # and a request that calls itself one
    r"^[^\S\n]*(?:unsubscribe|signoff|sign-off)[^\S\n]+<?[\w.@+-]{1,128}+>?[^\S\n]*+$|"
    r"\bthis (?:message |e-?mail |mail )?is an? (?:unsubscribe|opt[- ]?out|removal) request\b|"
    # the list named as the sender's ("your list", "this mailing list", "the newsletter"), the reader named as
    # "me" or as "this address" ("Could you please remove this address from your mailing list?"): never "the
    # list of speakers", "the waiting list" ("the list" alone is a bare request: ``UNSUB_REQUESTS``)
    # (never denied: "Please do NOT remove me from your list")
    # (or a colleague who left, by name or address: "Could you please remove sarah@... from your mailing list?")
    r"(?:please\s+)?" + _NOT_DENIED + r"(?:remove|unsubscribe|take) (?:me|us|him|her|them|(?:this|my) (?:e-?mail )?address|my e-?mail|(?:this|that|my) (?:e-?mail |mail )?id|<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}>?) (?:for good |permanently |now )?(?:off|from) (?:(?:(?:this|your|the) )?(?:mailing|e-?mail|distribution|"
    # (and "ur", your as people type it on a phone: "take me off ur list pls")
    r"newsletter|contact|subscriber) list|(?:this|your|ur)(?: (?:bloody|damn|damned|stupid|spam|fucking|f\*+ing|sodding|crappy))? "
    r"list(?![^\S\n]+(?:of\b|for\b(?![^\S\n]+(?:good|ever)\b)))|(?:this|your|the) newsletter)|"
    # "stop sending me" these mails, or nothing more ("stop sending me the invoices by post" is no opt-out)
    # (blanks possessive: two runs of them side by side were split every way, quadratic in a long run)
    r"(?:stop|quit) (?:sending|emailing|mailing) me(?:[^\S\n]++(?:(?:these|this|your|any|those|the|more|all)[^\S\n]++)?"
    r"(?:e-?mails?|mails?|messages|newsletters?|spam|junk|offers|promotions|ads|advertising|marketing|stuff|rubbish|garbage|"
    r"crap|trash)\b|"
    # (or the mails pointed at alone: "stop sending me these.")
    r"[^\S\n]++(?:these|those|them)" + _END + "|" + _END + r")|"
    r"do not (?:e-?mail|contact) me (?:again|anymore)|"
    # ("Stop emailing this address.": the reader's address named as what to stop writing to)
    r"\b(?:stop|quit) (?:sending to|emailing|mailing) (?:this|my) (?:e-?mail )?address" + _END + "|"
    # the reader's address named as what to unsubscribe, nothing after it ("Please unsubscribe this address. This is a
    # shared inbox"): the request is the sentence itself
    r"\b(?:please|kindly|pls|plz)[^\S\n]+unsubscribe[^\S\n]+(?:me|us|(?:this|my|our)[^\S\n]+(?:e-?mail[^\S\n]+)?address|"
    r"(?:this|my|our)[^\S\n]+(?:e-?mail|mailbox|inbox))" + _END + "|"
    # the reader's address itself named, a late relative's or a shared one ("This address belonged to my husband, who passed
    # away. Please stop sending emails to it.")
    r"(?:stop|quit) sending (?:your |any |these )?(?:e-?mails?|mails?|messages|newsletters?) to (?:it|this (?:e-?mail )?address|"
    r"this account|this mailbox)" + _END + "|"
    # ... or a colleague named in the sentence before ("Tom Baker (tom@...) left the firm. Please stop sending emails to him"):
    # the address is his (``_THIRD_PERSON``)
    r"(?:stop|quit) sending (?:your )?(?:e-?mails?|mails?|messages|newsletters?) to (?:him|her|them)\b", re.I | re.M)

# -- "take me off your list" as people write it in other languages ----------------------------------
# Our wording of the request, one row per language (de, fr, es, it, nl, pt, pl, ru, ja, zh, ko; en's
# named request is ``_UNSUB_BODY``).  The verbs say "take me off", "unsubscribe me", "deregister me":
# words a person also uses for a course, a meeting, a list of speakers, a waiting list, a sick leave.
# So a request counts by what it is about:
# * the named request: the object names the sender's mailing (its newsletter, mailing list, these
#   e-mails), or is "your list" ending the clause ("de votre liste.", never "de la liste des
#   intervenants", "de la lista de espera");
# * the bare request: the verb with nothing after it ("Désinscrivez-moi.", "我要退订。"), "the list"
#   alone, or the one word on a line: counted only in a short answer to the sender's mail
#   (``_short_reply``), where "the list" can only be the one the reader answers.
# Neither counts in a footer's or another person's sentence (``_own_request``).
# "please" between the verb and its object ("Отпишите меня, пожалуйста, от этой рассылки")
_POLITE = (r"(?:,?[^\S\n]+(?:bitte|please|s'il vous pla[îi]t|svp|por favor|per favore|alstublieft|aub|a\.u\.b\.|"
           # (as typed on a phone, without its diacritic: "prosze")
           r"pour toujours|definitivamente|prosz[ęe]|пожалуйста),?)?")
# "take off / strike / remove" in the polite German imperative (the request, and the address it names: ``_REMOVE_NAMED``)
_DE_TAKE_OFF = r"(?:nehmen|streichen|entfernen|l[öo]schen|tragen) sie"
_DE_VERB = (_DE_TAKE_OFF + r" (?:mich|uns|(?:meine|unsere|diese|die) (?:e-?mail-?|mail-?)?adresse"
            # (a colleague's address named: "nehmen Sie die Adresse m.keller@... aus Ihrem Verteiler")
            r"(?: <?[^\s@<>]{1,64}@[^\s<>]{1,255}?>?)?|"
            # (the reader's name and address: "streichen Sie meinen Namen und diese Adresse aus Ihrem Verteiler")
            r"meine e-?mail|meinen namen(?: und (?:diese|meine) (?:e-?mail-?|mail-?)?adresse)?)"
            # (the adverbs readers stack: "sofort und endgültig", "umgehend und dauerhaft")
            r"(?: (?:bitte|doch|umgehend|sofort|endlich|und|endg(?:ü|ue)ltig|dauerhaft|unverz(?:ü|ue)glich))* (?:aus|von|vom)")
_FR_VERB = (r"(?:me|nous) (?:d[ée]sinscrire|d[ée]sabonner|retirer|supprimer|radier|enlever|rayer)|"
            r"(?:d[ée]sinscrivez|d[ée]sabonnez|retirez|supprimez|radiez|enlevez|rayez)-(?:moi|nous)|"
            # "merci de supprimer mon adresse (« jo@... ») de votre liste" (the reader's own address taken off)
            r"\b(?:supprim|retir|enlev|radi|effac)(?:er|ez) mon (?:adresse(?: e-?mail| mail| [ée]lectronique)?|e-?mail|courriel)"
            r"(?: [«<\"(]?\s?[^\s@«»<>\"()]+@[^\s«»<>\"()]+\s?[»>\")]?)?")
_ES_VERB = (r"\b(?:d[ée]nme|dadme|darme|me den|me d[ée]|den|d[ée]nnos|dadnos|darnos|nos den) de baja|"
            # ("¿me pueden dar de baja?")
            r"\bme (?:pueden|puede|podr[íi]an|podr[íi]a|podéis|podeis) dar de baja|"
            r"(?:elim[íi]n|b[óo]rr|qu[íi]t|s[áa]c|s[áa]qu|ret[íi]r|exclu|remuev|d[ée]suscrib|desinscrib)"
            r"(?:enme|eme|adme|arme|irme|idme|anme)|"
            # "eliminen mi dirección de su lista de correo" (the reader's own address taken off)
            r"\b(?:elimin|borr|quit|retir)(?:en|e|ar|ad|a) mi (?:direcci[óo]n(?: de (?:correo(?: electr[óo]nico)?|e-?mail))?|correo|e-?mail)|"
            # (the reader's name, or a relative's who died, at the reader's address: "borren el nombre de mi esposo de su
            # lista de correo")
            r"\b(?:elimin|borr|quit|retir)(?:en|e|ar|ad|a) (?:mi nombre|el nombre de mi (?:esposo|esposa|marido|mujer|padre|"
            r"madre|hijo|hija|hermano|hermana|abuelo|abuela))")
# Catalan: "doneu-me de baixa" (sign me off), "esborreu-me / traieu-me" (delete / take me off), "no vull rebre més" (I no longer
# want to receive)
_CA_VERB = (r"\b(?:doneu-me|doneu-nos|em doneu|ens doneu|donar-me|donar-nos|donin-me) de baixa|"
            r"\b(?:esborr|trai|elimin|retir)eu-(?:me|nos)\b|\b(?:em|ens) (?:traieu|esborreu|elimineu|retireu)\b|"
            r"\bm['’](?:esborreu|elimineu)\b|\bno vull rebre m(?:é|e)s\b")
_IT_VERB = (r"(?:cancellar|rimuover|toglier|eliminar|disiscriver|depennar|cancellate|rimuovete|togliete|eliminate|"
            r"disiscrivete|depennate|cancella|rimuovi|togli|elimina|disiscrivi|depenna|"
            # ("LEVATEMI SUBITO DAI VOSTRI INDIRIZZI": take me off, colloquial)
            r"levate|levar|leva)(?:mi|ci)|(?:mi|ci) (?:cancelli|rimuova|tolga|elimini|disiscriva)|"
            # "cancellare il mio indirizzo dalla vostra mailing list" (the reader's own address taken off)
            r"\b(?:cancell|rimuov|togli|elimin)(?:are|ere|ate|ete|i|a)(?: immediatamente| subito| per favore)? (?:il mio|questo) "
            r"(?:indirizzo(?: e-?mail| di posta)?|contatto)")
_NL_VERB = (r"(?:mij|me)(?: (?:graag|even|bij deze|hierbij|nu|wel))? (?:afmelden|uitschrijven)|"
            r"(?:meld|schrijf) (?:mij|me)(?: (?:graag|even|hierbij|bij deze|nu))? (?:af|uit)|"
            r"(?:haal|verwijder|schrap) (?:mij|me)(?: (?:alstublieft|alsjeblieft|aub|a\.u\.b\.|graag|even|svp|nu))?|"
            # "Gelieve mij te verwijderen uit uw mailinglijst" (the infinitive after "gelieve / graag")
            r"(?:mij|me) te (?:verwijderen|schrappen|uitschrijven|afmelden)|"
            # (the separable verbs' own infinitive: "Gelieve mij uit te schrijven uit uw nieuwsbrief", "mij af te melden")
            r"(?:mij|me) (?:uit te schrijven|af te melden)")
# the verb without "mij/me", as a request of its own ("Graag afmelden voor de nieuwsbrief.", "Ik wil
# afmelden voor ..."), never a footer's "U kunt zich hier afmelden" (counted only with the mailing named)
_NL_ALONE = r"(?:(?:^|(?<=[.!?\n]))[^\S\n]*|\bgraag |\bgaarne |\bik wil(?: graag)? |\bbij deze |\bhierbij )(?:afmelden|uitschrijven)"
_NL_MAILING = (r"(?:voor|van|uit|bij) (?:(?:uw|jullie|je|deze|de|het|dit) )?(?:mailinglijst|mailing|nieuwsbrief|"
               r"nieuwsbrieven|verzendlijst|e-?maillijst|mailings|e-?mails|mails)\b")
# "removam meu e-mail", "excluam o meu endereço" (the reader's own address taken off)
_PT_OWN_ADDRESS = r"\b(?:remov|exclu|retir|apag|descadastr)(?:a|am|e|em|ar|er|ir) (?:o )?meu (?:e-?mail|endere[çc]o(?: de e-?mail)?)"
_PT_VERB = (r"\bme (?:remov|exclu|retir|tir|descadastr)(?:a|am|e|em|ar|er|ir)\b|"
            r"\b(?:remov|exclu|retir|tir|descadastr)(?:a|am|e|em|ar|er|ir)-me\b|" + _PT_OWN_ADDRESS + "|"
            # (the noun, asked for: "Solicitamos a remoção deste endereço da vossa lista de distribuição")
            r"\b(?:solicit(?:o|amos)|pe(?:ç|c)o|pedimos) a (?:remo(?:ç|c)(?:ã|a)o|exclus(?:ã|a)o|retirada) (?:(?:deste|do nosso|do meu|do) )?"
            r"(?:endere(?:ç|c)o(?: de e-?mail| eletr(?:ó|o)nico)?|e-?mail|contacto|contato)")
_PL_VERB = (r"(?:wypisz|wypiszcie|wypisać|usuń|usuńcie|usunąć|wykreśl|wykreślcie|wykreślić|wypisanie|usunięcie|"
            r"wykreślenie) (?:mnie|mojego (?:adresu(?: e-?mail)?|e-?maila|maila))|mnie (?:wypisać|usunąć|wykreślić)|chcę się wypisać|chciał(?:a|)bym się wypisać")
# "wypisuję się" / "отписываюсь" (first person, present): "I'm pulling out" of a trip, a course; in
# Russian business mail "отписываюсь" is "I'm reporting back" ("Отписываюсь: получил, спасибо.").
# A request only with the mailing named ("отписываюсь от рассылки", "wypisuję się z newslettera").
_PL_SELF = r"wypisuję się"
_NORDIC_VERB = (r"avregistrera mig|afmeld mig|avmeld meg|meld meg av|ta bort mig|fjern mig|fjern meg|"
                # (the address named: Danish "Slet min adresse fra jeres liste", Norwegian "Slett min e-postadresse fra", Swedish
                # "Ta bort min adress från")
                r"slet min (?:e-?mail)?adresse|slett min (?:e-?post)?adresse|ta bort min (?:e-?post)?adress")
_RU_VERB = (r"отпишите меня|удалите меня|исключите меня|уберите меня|(?:хочу|прошу|желаю|хотел(?:а)? бы) отписаться|"
            r"(?:прошу|просим) (?:отписать|удалить|исключить) (?:меня|мой (?:адрес|e-?mail))")
_RU_SELF = r"отписываюсь"
# a line of the request alone ("Abmelden", "Baja", "退订")
# (the polite word as readers type it too: Spanish "porfavor", Dutch "aub")
_LINE_END = r"(?: bitte| svp| s'il vous pla[iî]t| merci| please| por favor| porfavor| per favore| aub| a\.u\.b\.)?[^\S\n]*+[.!。！]*+[^\S\n]*+$"
#: (language, plain words one of which the text must hold, the request naming the mailing, the bare
#: request); every alternative of both patterns holds one of the words (checked by the tests)
# the sender's list in English: "your / this" list of any kind, "the" mailing (e-mail, donor ...) list, "your mailings" (never
# "the waiting list", "the list of speakers")
_EN_LIST = (r"(?:(?:your|this|all (?:of )?your) (?:[\w-]+ ){0,2}(?:list|lists|mailings?|newsletters?|database)|"
            r"the (?:[\w-]+ )?(?:mailing|e-?mail|distribution|newsletter|contact|subscriber|donor|members?['’]?|volunteer|"
            r"digest|alumni|customer) lists?|"
            # ("take me off the volunteer emails": the mails of one of its lists, named by what they are)
            r"the (?:[\w-]+ )?(?:mailings?|newsletters?|e-?mails)|"
            # ("Take me off whatever list this is": the list the mail came from, whichever it is)
            r"whatever (?:list|mailing list)(?: this is| you have)?)\b(?! (?:of|for)\b)")
# ... and whom to take off: the reader, or the one the reader writes for ("take her name off your list")
# (or a relative's: "Please take my mother's name off your mailing list. She passed away in August")
_EN_WHOM = (r"(?:me|us|mine|(?:my|his|her|our) name|(?:my|his|her|our|this) (?:e-?mail|(?:e-?mail )?address)|"
            r"my [\w-]+['’]s (?:name|e-?mail|(?:e-?mail )?address))"
            r"(?: and (?:this|my|his|her|our) (?:e-?mail|(?:e-?mail )?address))?")
UNSUB_REQUESTS: tuple[tuple[str, tuple[str, ...], str, str | None], ...] = (
    # en, beside ``_UNSUB_BODY``: the reader's name or the list between ("PLEASE TAKE MY NAME OFF YOUR LIST", "take me off
    # the volunteer email list", a widow's "Please remove his name and this email from your mailings"), and the one word
    # "Remove" that answers the mail
    ("en", ("take ", "strike ", "delete ", "drop ", "erase ", "unsubscribe ", "remove", "stop sending"),
     # ("I'd appreciate it if you removed mine from your mailing list": the past of a wish)
     r"\b" + _NOT_DENIED + r"(?:take|strike|delete|drop|erase|unsubscribe|remove|removed|took) " + _EN_WHOM + r" (?:off|from) " + _EN_LIST + "|"
     # (a relative's address, the mail that still comes to it: "Please stop sending them to his address")
     r"\b" + _NOT_DENIED + r"stop sending (?:them|these|those|it|your (?:e-?mails|mails|letters|newsletters?|appeals)) to "
     r"(?:his|her|their|my (?:late )?[\w-]+['’]s) (?:e-?mail )?address\b",
     r"^[^\S\n]*(?:please )?remove(?: me)?[^\S\n]*[.!]*[^\S\n]*$"),
    ("de", ("sie mich", "sie meine", "sie unsere", "sie uns", "sie diese", "sie die", "mich vom", "mich von", "mich bitte v", "abmeld", "austrag", "abbestell",
            "zu löschen", "zu loeschen", "kündigen sie", "kuendigen sie"),
     # (the newsletter itself cancelled: "bitte kündigen Sie meinen Newsletter", never a subscription to the paper)
     r"\bk(?:ü|ue)ndigen sie(?: bitte)? meinen (?:e-?mail-?)?newsletter\b|"
     # (asked as a question: "Können Sie mich bitte aus Ihrem Verteiler nehmen?")
     r"\b(?:k(?:ö|oe)nnen|k(?:ö|oe)nnten|w(?:ü|ue)rden) sie mich (?:bitte )?(?:aus|von) (?:ihrem|dem|eurem|diesem|ihrer|der) "
     r"(?:e-?mail-?|newsletter-?)?(?:verteiler|newsletter|mailing-?liste|liste)\w* (?:nehmen|streichen|austragen|entfernen|"
     r"l(?:ö|oe)schen|abmelden)\b|"
     # (the right to erasure asked for, GDPR Art. 17: "Ich fordere Sie auf, meine E-Mail-Adresse und alle meine Daten unverzüglich
     # zu löschen")
     r"\bmeine (?:e-?mail-?)?adresse (?:und (?:alle )?(?:meine )?(?:personenbezogenen )?daten )?(?:unverz(?:ü|ue)glich |sofort |"
     r"umgehend |bitte )?zu l(?:ö|oe)schen\b|"
     # (every list at once: "tragen Sie mich aus sämtlichen Verteilern aus", "aus allen Ihren Listen")
     r"(?:" + _DE_VERB + r") (?:(?:ihrem|ihrer|eurem|eurer|deinem|deiner|diesem|dieser|dem|der|den|s(?:ä|ae)mtlichen|allen(?: ihren)?) )?"
     r"(?:(?:e-?mail-?|mail-?|newsletter-?)?(?:verteiler(?:liste|n)?|newsletter|mailing-?liste|empf[äa]ngerliste|"
     r"abonnentenliste|e-?mail-?liste)\b)|"
     r"(?:" + _DE_VERB + r") (?:ihrer|eurer|deiner|dieser) (?:liste|adressliste|kartei|datenbank)" + _END + "|"
     r"(?:melden sie|ich m[öo]chte) mich (?:bitte )?(?:vom|von (?:ihrem|diesem|dem|eurem)) (?:e-?mail-?)?(?:newsletter|"
     r"verteiler|mailing)\S* (?:ab\b|abmelden|austragen)",
     r"(?:(?:" + _DE_VERB + r") (?:der|dem) (?:liste|verteiler)|(?:nehmen|streichen|tragen) sie mich(?: bitte)? "
     r"(?:aus|raus|heraus)|melden sie mich(?: bitte)? ab)" + _END + "|"
     r"^[^\S\n]*(?:bitte )?(?:abmelden|austragen|abbestellen)(?: bitte)?" + _LINE_END + "|"
     # (the same a sentence of its own at the line's start, the reader's reason after it: "Bitte austragen. Ich bekomme das
     # jetzt jede Woche")
     r"^[^\S\n]*(?:bitte )?(?:abmelden|austragen|abbestellen)(?: bitte)?[^\S\n]*[.!]+(?=[^\S\n])|"
     # ("Bitte melden Sie mich manuell ab": a link that failed, the request made by hand)
     r"melden sie mich(?: bitte)? (?:manuell|h(?:ä|ae)ndisch|sofort|umgehend) ab\b"),
    ("fr", ("sinscri", "sabonn", "me retir", "nous retir", "retirez-", "me supprim", "nous supprim", "supprimez-",
            "me radi", "nous radi", "radiez-", "me enlev", "nous enlev", "enlevez-", "rayer", "rayez-", "r mon ", "z mon "),
     r"(?:" + _FR_VERB + r")" + _POLITE + r" (?:de |du |des |d')(?:l'ensemble (?:de |des )|toutes )?(?:(?:votre|vos|cette|ces|la|les|l'|ta|tes) ?)?"
     r"(?:liste de diffusion|listes? d'envoi|listes? de (?:contacts|distribution|mailing|abonn[ée]s)|newsletters?|"
     r"fichiers? (?:de diffusion|d'envoi|clients?|de prospection)|"
     r"lettres?(?: d'information| d'informations| d'actualit[ée]s)?|mailings?|e-?mails|courriels|envois|communications)|"
     r"(?:" + _FR_VERB + r")" + _POLITE + r" de (?:votre|vos|cette|ta|tes) (?:listes?|fichiers?|base(?: de donn[ée]es)?)" + _END,
     r"(?:" + _FR_VERB + r")(?:" + _POLITE + r" de la liste)?" + _END + "|"
     r"^[^\S\n]*d[ée]s(?:inscription|abonnement)" + _LINE_END + "|"
     # (the word as a sentence of its own, a second one after it: "DÉSABONNEMENT svp. Merci de ne plus m'écrire.")
     r"^[^\S\n]*d[ée]s(?:inscription|abonnement)(?: svp| s'il vous pla[iî]t| merci)?[^\S\n]*[.!]+(?=[^\S\n])"),
    ("es", ("de baja", "enme", "adme", "arme", "irme", "idme", "anme", "neme", "rreme", "teme", "queme", "reme", "veme",
            "baja", "mi direcci", "mi correo", "mi e-mail", "mi email", "nombre"),
     r"(?:" + _ES_VERB + r")" + _POLITE + r" (?:de|del) (?:(?:su|sus|tu|tus|vuestra|vuestras|esta|estas|este|estos|la|las|el|los) )?"
     r"(?:lista de (?:correo|distribuci[óo]n|env[íi]o|e-?mails?|correos|suscriptores|contactos)|bolet[íi]n(?:es)?|"
     r"newsletters?|e-?mails|correos(?: electr[óo]nicos)?|env[íi]os|mailings?|suscripci[óo]n|publicidad|base de datos|"
     # ("Les ruego que me den de baja de sus comunicaciones comerciales")
     r"comunicaciones(?: comerciales| publicitarias)?)|"
     r"(?:" + _ES_VERB + r")" + _POLITE + r" (?:de|del) (?:su|tu|vuestra|esta|sus|tus) (?:lista|base de datos|listado)" + _END,
     r"(?:" + _ES_VERB + r")(?:" + _POLITE + r" de la lista)?" + _END + r"|^[^\S\n]*baja" + _LINE_END),
    ("ca", ("de baixa", "eu-me", "eu-nos", "no vull rebre", "em traieu", "ens traieu", "em esborreu", "ens esborreu",
            "em elimineu", "ens elimineu", "em retireu", "ens retireu", "esborreu", "elimineu"),
     r"(?:" + _CA_VERB + r")" + _POLITE + r" (?:de|del|dels|de la|de les) (?:(?:vostra|vostre|vostres|seva|seu|aquesta|aquest) )?"
     r"(?:llista de (?:correu|distribuci[óo]|enviament|contactes)|butllet[íi]|butlletins|newsletters?|correus|enviaments|"
     r"missatges)|"
     r"(?:" + _CA_VERB + r")" + _POLITE + r" de la (?:vostra|seva|aquesta) (?:llista|base de dades)" + _END,
     r"(?:" + _CA_VERB + r")(?:" + _POLITE + r" de la llista)?" + _END + r"|^[^\S\n]*baixa" + _LINE_END),
    # (and "NON VOGLIO PIÙ RICEVERE LE VOSTRE EMAIL" (I no longer want to receive your e-mails), never a condition: "se non
    # voglio più ricevere")
    ("it", ("cancell", "rimuov", "togli", "tolga", "elimin", "iscriv", "depenn", "iscrizione", "il mio indirizzo", "non voglio pi",
            "levate", "levar", "levami"),
     r"(?<!se )(?<!quando )\bnon voglio pi(?:ù|u) ricevere (?:le |i )?(?:vostre |vostri |sue |suoi |queste |questi )?(?:e-?mail|email|"
     r"newsletter|comunicazioni|messaggi|offerte|mail)\b|"
     r"(?:" + _IT_VERB + r")" + _POLITE + r"(?: subito| immediatamente)? da(?:lla|l|i|gli|lle)? ?(?:(?:vostra|vostro|vostre|vostri|sua|suo|tua|tuo|questa|"
     r"questo|queste|questi) )?(?:mailing ?list|newsletter|indirizzi|lista (?:di distribuzione|di invio|e-?mail|dei destinatari|"
     r"degli iscritti)|comunicazioni|e-?mail|invii|mailing)|"
     r"(?:" + _IT_VERB + r")" + _POLITE + r" da(?:lla|l|i|lle)? ?(?:vostra|vostro|sua|suo|tua|tuo|questa|questo|vostri|vostre) "
     r"(?:lista|elenco|elenchi|liste|database|indirizzario)" + _END,
     r"(?:" + _IT_VERB + r")(?:" + _POLITE + r" dalla lista)?" + _END + "|"
     r"^[^\S\n]*(?:cancellazione|disiscrizione)" + _LINE_END),
    ("nl", ("afmeld", "uitschrijv", "meld m", "schrijf m", "haal m", "verwijder m", "schrap m", "te verwijder", "te schrap",
            "uit te schrijv", "af te meld"),
     r"(?:" + _NL_VERB + r") " + _NL_MAILING + "|"
     # (the verb alone asking is no footer's "Afmelden voor de nieuwsbrief? Klik hier.")
     r"(?:" + _NL_ALONE + r") " + _NL_MAILING + r"(?![^\n.!?]*\?)|"
     # (the separable verb's particle after the list: "Haal mij NU van jullie lijst af.")
     r"(?:" + _NL_VERB + r") (?:voor|van|uit) (?:uw|jullie|je|deze) (?:lijst|bestand|adresbestand|database)(?: af)?" + _END,
     # (and "Graag uitschrijven, bedankt.": the verb alone, said as a request, in a short answer; not
     # "afmelden", which also cancels one's coming to an event: "Graag afmelden, ik kan niet")
     r"(?:" + _NL_VERB + r")(?: (?:van|uit) de lijst)?" + _END + r"|^[^\S\n]*(?:afmelden|uitschrijven)" + _LINE_END + "|"
     r"(?:\bgraag |\bgaarne |\bik wil(?: graag)? |\bbij deze |\bhierbij )uitschrijven" + _END),
    ("pt", ("remov", "exclu", "retir", "me tir", "-me", "descadastr", "apag", "quero mais", "cancel", "remoç", "remoc", "sair"),
     r"(?:" + _PT_VERB + r")" + _POLITE + r" d(?:a|o|e|as|os) (?:(?:sua|seu|tua|teu|vossa|vosso|esta|este|suas|seus) )?"
     r"(?:lista de (?:e-?mails?|emails?|correio|envio|distribui[çc][ãa]o|contatos|contactos|assinantes)|newsletters?|"
     r"mailing|e-?mails|emails|comunica[çc][õo]es|envios)|"
     r"(?:" + _PT_VERB + r")" + _POLITE + r" d(?:a|e) (?:sua|tua|vossa|esta|suas) (?:lista|base(?: de dados)?|cadastro)" + _END + "|"
     r"(?:" + _PT_VERB + r")" + _POLITE + r" da lista de voc[êe]s" + _END + "|"
     # (the reader's own address, the sentence ending there: "Removam meu e-mail AGORA.")
     r"(?:" + _PT_OWN_ADDRESS + r")" + _POLITE + _END + "|"
     # ("Quero ser removido da lista imediatamente": I want to be taken off the list)
     r"\b(?:quero|gostaria de|desejo) ser (?:removid|exclu[íi]d|retirad|descadastrad)[oa] d(?:a|e) (?:sua |vossa |esta )?lista\b|"
     # (a data-protection request, "solicito a remoção imediata do meu endereço ... da vossa base de dados": RGPD article 17)
     r"solicito a remo(?:ç|c)(?:ã|a)o (?:imediata )?(?:do meu (?:endere(?:ç|c)o|e-?mail|contacto|contato)|dos meus dados)|"
     # (an LGPD request that asks the mailing be stopped too: "solicito ... o cancelamento de qualquer envio de comunicação de
     # marketing para este e-mail")
     r"\bo cancelamento de (?:qualquer |todo |todos os )?(?:envios?|recebimento)(?: de (?:comunica(?:ç|c)(?:ã|a)o|comunica(?:ç|c)(?:õ|o)es|"
     r"e-?mails?|mensagens))?(?: de marketing| publicit(?:á|a)ri[oa]s?)? para (?:este|o meu) (?:e-?mail|endere(?:ç|c)o)\b|"
     # "I no longer want to receive these messages"
     r"n[ãa]o quero mais receber (?:(?:essas|estas|seus|suas|os seus|as suas|esses|estes) )?(?:mensagens|e-?mails|emails|"
     r"newsletters?|comunica[çc][õo]es|ofertas)(?: promocionais| de marketing| publicit[áa]ri[oa]s)?(?: de voc[êe]s| da loja| "
     r"da empresa)?" + _END,
     # (and the word first in a short answer with a reason after it: "descadastrar por favor, nem moro mais na Espanha"; never
     # asked how, "descadastrar como?")
     # (or "sair" (leave) alone, the whole answer as a phone sends it)
     r"(?:" + _PT_VERB + r")(?:" + _POLITE + r" da lista)?" + _END + r"|^[^\S\n]*(?:descadastrar|sair(?: da lista)?)" + _LINE_END + "|"
     r"^[^\S\n]*descadastrar(?:,? por favor)?[^\S\n]*[,.!][^\n?]*$|"
     # ("Cancelar inscrição por favor. Obrigada": the reader's short answer cancelling the subscription)
     r"^[^\S\n]*(?:por favor,? )?cancel(?:ar|e) (?:a |minha )?(?:inscri[çc][ãa]o|assinatura)" + _END),
    ("pl", ("mnie", "wypis", "mojego", "zaprzesta"),
     # (a data-protection demand that asks the mailing be stopped too: "żądam usunięcia moich danych ... oraz zaprzestania
     # wysyłania mi informacji handlowych", RODO art. 17 / 21)
     r"\bzaprzestania wysy(?:ł|l)ania (?:mi |do mnie )?(?:informacji handlowych|newslettera|wiadomo(?:ś|s)ci|ofert|e-?maili)|"
     r"(?:" + _PL_VERB + "|" + _PL_SELF + r")" + _POLITE + r" z (?:(?:waszej|tej|państwa|twojej|waszego|tego) )?(?:listy (?:mailingowej|wysyłkowej|"
     r"odbiorców|subskrybentów|newslettera|dystrybucyjnej|adresowej|e-?mailowej)|newslettera|mailingu|subskrypcji|"
     r"bazy (?:mailingowej|odbiorców|adresowej|subskrybentów)|wysyłki|korespondencji)|"
     r"(?:" + _PL_VERB + r")" + _POLITE + r" z (?:waszej|tej|państwa|twojej) (?:listy|bazy)" + _END,
     # (or "wypisz" / "wypiszcie" alone, the whole answer as a phone sends it)
     r"(?:" + _PL_VERB + r")(?:" + _POLITE + r" z listy)?" + _END + r"|^[^\S\n]*wypisz(?:cie)?(?: mnie)?" + _LINE_END),
    ("ru", ("отпис", "отпиш", "удалите меня", "исключите меня", "уберите меня", "удалить", "исключить"),
     r"(?:" + _RU_VERB + "|" + _RU_SELF + r")" + _POLITE + r" (?:от|из) (?:(?:вашей|этой|вашего|этого|ваших|этих) )?(?:рассылк[иа]|рассылок|"
     r"списка рассылки|писем|новостей|новостной рассылки|e-?mail[- ]рассылки|базы рассылки|подписки)|"
     r"(?:" + _RU_VERB + r")" + _POLITE + r" (?:от|из) (?:вашего|этого|вашей|этой) (?:списка|базы)" + _END,
     r"(?:" + _RU_VERB + r")(?:" + _POLITE + r" (?:от|из) списка)?" + _END + r"|^[^\S\n]*отпис(?:аться|ка)" + _LINE_END),
    # ja: the mails named before the verb ("メールの配信を停止してください"; "配信を停止して" alone is a bare request)
    # (and the subscription or registration ended: "メールマガジンの購読をやめたい", "登録を削除してください"; the mails
    # not wanted any more: "ご案内メールは不要ですので、送るのを止めていただけますか"; "配信解除希望です")
    # (and "メルマガ解除をお願いします" (cancel the mail magazine), "メールマガジンも今後不要ですので止めてください" (no longer needed,
    # please stop), "もう送ってこないでください" (do not send any more) as a short answer)
    ("ja", ("配信", "送信", "送付", "購読", "登録", "送らないで", "送るのを", "解除", "止めて", "送ってこないで", "リストから"),
     r"(?:メール|メルマガ|メールマガジン|ニュースレター|広告メール|案内メール|ご案内|案内|お知らせ)(?:の|は)?(?:配信|送信|送付)(?:を|は)?"
     # (a line the mail client wrapped between them reads as a blank: "案内の送付は\n停止していただけますよう")
     r"\s?(?:停止|解除|中止)(?:して|を)?(?:ください|下さい|お願い|いただけ|頂け)|"
     r"(?:メルマガ|メールマガジン|ニュースレター)(?:の|を)?(?:購読|登録)(?:を)?(?:解除|停止|取り消|やめ|止め)|"
     # ("今後一切送らないでください", never send again at all)
     r"(?:今後|もう)(?:は)?(?:一切)?(?:メール|ご案内)?(?:を)?送らないで(?:ください|下さい)|"
     r"(?:メール|ご案内|メルマガ|お知らせ)(?:は|も)?(?:不要|いりません)[^。\n]{0,20}?送るのを(?:止め|やめ|停止し)|"
     r"(?:メルマガ|メールマガジン|ニュースレター)(?:の|を)?解除(?:を)?(?:お願い|して(?:ください|下さい)|希望)|"
     r"(?:メルマガ|メールマガジン|ニュースレター|メール)(?:は|も)?(?:今後|もう)?(?:不要|いりません|要らない|いらない)[^。\n]{0,10}?"
     r"止めて(?:ください|下さい)|"
     # ("登録解除をお願いします": the registration's cancellation, please)
     r"(?:購読|登録|配信)(?:の)?解除(?:を)?(?:お願い|して(?:ください|下さい)|希望)|"
     # ("今すぐ配信を止めて、私のアドレスを削除してください": stop the sending now and delete my address)
     r"配信を(?:止め|やめ)て(?:ください|下さい|、)|"
     # ("リストから削除してください": take me off the list, the list named)
     r"(?:メール|配信|送信|メーリング)?リストから(?:削除|外)して(?:ください|下さい|いただけ|頂け)",
     r"配信(?:を)?(?:停止|解除)(?:して|を)?(?:ください|下さい|お願い|希望)|^[^\S\n]*配信(?:停止|解除)" + _LINE_END + "|"
     r"(?:購読|登録)を(?:やめ|止め|解除|削除|停止)(?:たい|して(?:ください|下さい))|"
     r"^[^\S\n]*(?:もう|何度も|二度と)?送ってこないで(?:ください|下さい)[。！!]?" + _LINE_END),
    # zh: the reader's own address or the mails named ("请将我的邮箱退订"), "do not send me again"
    ("zh", ("退订", "退訂", "取消订阅", "取消訂閱", "删除", "刪除", "移除", "不要再", "td"),
     # (the list named between: "请将我的邮箱从你们的邮件列表中删除")
     r"(?:将|將|把)我(?:从|從)[^。，,\n]{0,20}?(?:移除|删除|刪除|退订|退訂)|"
     r"(?:将|將|把)我的?(?:邮箱|郵箱|邮件地址|郵件地址|邮件|郵件|电子邮件|電子郵件|地址|email|e-mail)[^。，,\n]{0,14}?"
     r"(?:退订|退訂|取消订阅|取消訂閱|删除|刪除|移除)|"
     r"(?:退订|退訂|取消订阅|取消訂閱)(?:你们的|你們的|贵司的|貴司的|此类|這類|这类|该|該)?(?:邮件|郵件|电子报|電子報|广告|廣告|推送)|"
     r"不要再(?:给我|給我|向我)(?:发|發|寄)",
     r"(?:我要|我想|请|請|帮我|幫我|请帮我|請幫我)(?:退订|退訂|取消订阅|取消訂閱)" + _END + "|"
     r"^[^\S\n]*(?:退订|退訂|td)" + _LINE_END),
    # ko: the mails named before the refusal ("광고 메일 수신거부합니다")
    ("ko", ("수신", "받고 싶지 않"),
     r"(?:메일|이메일|뉴스레터|광고)(?:은|는|을|를|의)? ?수신(?:을|를)? ?거부 ?(?:합니다|해 ?주세요|해 ?주십시오|를 원합니다|하겠습니다|를 요청)|"
     # ("즉시 수신거부 처리해 주세요": process the opt-out at once, a request whatever else the mail says; "수신거부 처리 부탁드립니다":
     # I ask you to process the opt-out; "더 이상 광고 메일을 받고 싶지 않습니다": I no longer want to receive ad mail)
     r"수신 ?거부 ?처리(?:를)? ?해 ?주(?:세요|십시오)|수신 ?거부 ?처리(?:를)? ?부탁(?:드립니다|합니다|드려요)|"
     r"더 ?이상 (?:광고 |홍보 )?(?:메일|이메일|뉴스레터)(?:을|를)? 받고 싶지 않습니다",
     # ("수신거부 처리해 주세요": please process the opt-out; "광고 메일 수신을 원하지 않습니다": I do not want to receive the ads)
     r"수신 ?거부 ?(?:합니다|해 ?주세요|를 원합니다|처리(?:를)? ?해 ?주세요|처리 ?부탁)|^[^\S\n]*수신 ?거부" + _LINE_END + "|"
     r"(?:메일|이메일|뉴스레터|광고)(?: 메일)? 수신을 원하지 않습니다"),
    # sv, da, no: "avregistrera mig / ta bort mig från", "afmeld mig / fjern mig fra", "meld meg av /
    # fjern meg fra", named when the newsletter, the mailing or "your list" follows
    ("sv-da-no", ("avregistrera", "afmeld", "avmeld", "meld meg av", "ta bort mig", "fjern mig", "fjern meg", "slet min", "slett min",
                  "ta bort min"),
     r"(?:" + _NORDIC_VERB + r")" + _POLITE + r" (?:fr[åa]n|ur|fra) (?:(?:er|ert|era|din|ditt|dina|jeres|deres|dit|denne|dette|"
     r"detta|den h[äa]r) )?(?:nyhetsbrev(?:et)?|nyhedsbrev(?:et)?|utskick(?:en)?|e-?postlist(?:a|an)|s[äa]ndlist(?:a|an)|"
     r"mailinglist(?:e|en|a|an)|maillist(?:e|en|a|an)|postlist(?:e|en)|e-?postlist(?:e|en)|e-?post(?:en)?|mejl(?:en)?|e-?mails?|mails?)\b|"
     r"(?:" + _NORDIC_VERB + r")" + _POLITE + r" (?:fr[åa]n|ur|fra) (?:er|era|din|dina|jeres|deres) (?:lista|liste|register)" + _END + "|"
     r"meld meg av (?:(?:deres|ditt|dette|denne) )?(?:nyhetsbrev(?:et)?|utsendelse(?:n|ne)?|e-?postlist(?:en|a)|mailinglist(?:en|a)|"
     # ("Meld meg av denne lista": the list itself, its colloquial "lista")
     r"list(?:a|en))\b",
     r"(?:" + _NORDIC_VERB + r")(?:" + _POLITE + r" (?:fr[åa]n|fra) (?:listan|listen)(?: (?:deres|jeres|er|era|din|dina|ditt))?)?" + _END + "|"
     r"^[^\S\n]*(?:avregistrera|afmeld|avmeld)" + _LINE_END),
    # uk: "remove me / my address from the mailing", "I want to unsubscribe" ("Прошу видалити мою адресу з
    # розсилки", "Відпишіть мене від розсилки")
    ("uk", ("видаліть", "видалити", "відпиш", "відпис", "виключіть"),
     r"(?:видаліть|відпишіть|виключіть) (?:мене|мою адресу)|(?:прошу|хочу) (?:видалити|відписати|виключити) "
     r"(?:мене|мою (?:адресу|пошту))|(?:хочу|прошу) відписатися",
     r"^[^\S\n]*відписатися" + _LINE_END),
    # tr: "please remove me from your e-mail list" ("lütfen beni e-posta listenizden çıkarın")
    # (and "I want to be taken off your list": "listenizden çıkarılmak istiyorum")
    ("tr", ("beni", "abonelik", "listenizden", "almak istemiyorum"),
     # (and "this" or "your" between, "Lütfen beni bu e-posta listesinden çıkarın"; "Bu mesajları artık almak istemiyorum", I
     # no longer want to receive these messages)
     # (or "my address": "Lütfen e-posta adresimi listenizden çıkarın")
     r"\b(?:beni|(?:e-?posta |mail )?adresimi) (?:bu |sizin )?(?:e-?posta |mail |haber ?b[üu]lteni? |b[üu]lten )?(?:listenizden|listesinden|listeden|b[üu]ltenden) "
     r"(?:[çc][ıi]kar(?:[ıi]n|t[ıi]n)?|sil(?:in)?|kald[ıi]r(?:[ıi]n)?)\b|abonelikten [çc][ıi]kmak istiyorum|"
     r"\blistenizden (?:[çc][ıi]kar[ıi]lmak|silinmek) istiyorum\b|"
     r"\b(?:bu |sizin )?(?:e-?postalar[ıi]|mesajlar[ıi]|mailleri|b[üu]ltenleri) art[ıi]k almak istemiyorum\b",
     r"^[^\S\n]*abonelikten [çc][ıi]k(?:[ıi][şs])?" + _LINE_END),
    # af: "Verwyder asseblief my e-posadres van julle poslys" (please remove my address from your mailing list), "Teken my
    # asseblief uit" (sign me out)
    ("af", ("verwyder", "teken my"),
     r"\bverwyder (?:asseblief )?(?:my|my e-?pos(?:adres)?|my adres)(?: asseblief)? (?:van|uit) (?:julle|u|jou|die) "
     r"(?:e-?pos)?(?:poslys|lys|nuusbrief|databasis)\b|\bteken my (?:asseblief )?uit\b",
     r"^[^\S\n]*(?:verwyder my|teken my uit)" + _LINE_END),
    # cs: "please unsubscribe me from the newsletter" ("prosím o odhlášení z odběru", "odhlaste mě")
    # is: "Vinsamlegast takið mig af póstlistanum ykkar" (please take me off your mailing list), "Ég vil ekki fá fleiri
    # tölvupósta" (I do not want to get more e-mails)
    ("is", ("takið mig", "takid mig", "vil ekki f"),
     r"\btaki(?:ð|d) mig (?:af|út af) (?:p(?:ó|o)st)?listanum\b|\b(?:é|e)g vil ekki f(?:á|a) (?:fleiri|meiri|fleiri fr(?:é|e)tta)?"
     r"(?: )?(?:t(?:ö|o)lvup(?:ó|o)sta|p(?:ó|o)st|fr(?:é|e)ttabr(?:é|e)f)",
     r"^[^\S\n]*taki(?:ð|d) mig af listanum" + _LINE_END),
    # lv: "Lūdzu, izņemiet mani no sava saraksta" (please take me off your list), "Es vairs nevēlos saņemt šīs vēstules" (I no
    # longer want to receive these letters)
    # (and "izņemiet manu adresi no jūsu datubāzes" (take my address out of your database), "vairs nesūtiet man" (send me no more))
    ("lv", ("izņemiet", "iznemiet", "nevēlos", "nevelos", "nesūtiet", "nesutiet"),
     r"\bizņemiet mani no (?:sava |jūsu |jusu )?(?:adresātu )?saraksta\b|\biznemiet mani no (?:sava |jusu )?saraksta\b|"
     r"\bi(?:zņ|zn)emiet manu (?:e-?pasta )?adresi no (?:sava |jūsu |jusu )?(?:datub(?:ā|a)zes|saraksta|adres(?:ā|a)tu saraksta)\b|"
     r"\bvairs nes(?:ū|u)tiet man\b|"
     r"\b(?:vairs )?nev(?:ē|e)los (?:vairs )?sa(?:ņ|n)emt\b", r"^[^\S\n]*atrakst(?:ī|i)ties" + _LINE_END),
    # cy: "Tynnwch fi oddi ar eich rhestr bostio" (take me off your mailing list), "Nid wyf eisiau derbyn y negeseuon hyn
    # mwyach" (I do not want to receive these messages any more)
    ("cy", ("tynnwch fi", "nid wyf eisiau", "dad-danysgrif"),
     r"\btynnwch fi oddi ar eich rhestr\b|\bnid wyf eisiau derbyn\b[^.\n]{0,30}\bmwyach\b", r"^[^\S\n]*dad-danysgrifio" + _LINE_END),
    # th: "กรุณาลบอีเมลของฉันออกจากรายชื่อผู้รับ" (please remove my e-mail from the list of recipients), "ไม่ต้องการรับข่าวสารอีกแล้ว" (I do
    # not want to receive news any more), "ยกเลิกการรับข่าวสาร" (cancel receiving news)
    ("th", ("ลบอีเมล", "ไม่ต้องการรับ", "ยกเลิกการรับ"),
     r"ลบอีเมล(?:ของ(?:ฉัน|ผม|ดิฉัน))?ออกจากรายชื่อ|ไม่ต้องการรับ(?:ข่าวสาร|อีเมล)", r"^[^\S\n]*ยกเลิกการรับข่าวสาร" + _LINE_END),
    # el: "Παρακαλώ αφαιρέστε τη διεύθυνσή μου από τη λίστα σας" (please remove my address from your list), "διαγράψτε με από
    # τη λίστα" (delete me from the list), "δεν επιθυμώ να λαμβάνω ..." (I do not wish to receive ...), and the one word
    # "ΔΙΑΓΡΑΦΗ" (deletion) on its line
    ("el", ("αφαιρέστε", "αφαιρεστε", "διαγράψτε", "διαγραψτε", "επιθυμώ", "επιθυμω", "διαγραφ"),
     r"(?:αφαιρ[έε]στε|διαγρ[άα]ψτε) (?:τη διε[ύυ]θυνσ[ήη] μου|το e-?mail μου|με) απ[όο] (?:τη |την )?(?:λ[ίι]στα|λ[ίι]στα σας|"
     r"λ[ίι]στα αλληλογραφ[ίι]ας|λ[ίι]στα παραληπτ[ώω]ν)|δεν (?:επιθυμ[ώω]|θ[έε]λω) να λαμβ[άα]νω (?:πλ[έε]ον |άλλα |αλλα )?"
     r"(?:μηνυματα|μηνύματα|e-?mails?|ενημερωτικ[άα])",
     r"^[^\S\n]*διαγραφ[ήη]" + _LINE_END),
    ("cs", ("odhl", "přestaňte", "prestante"),
     # (not "odhlaste mě z kurzu": sign me off a course, an event)
     r"odhl[áa][šs]en[íi] z odb[ěe]ru|odhlaste m[ěe](?!\s+(?:z|ze)\s+(?!odb|newslet|zas[íi]l|rozes[íi]l|mailing))|"
     r"odhl[áa]sit (?:m[ěe] )?z odb[ěe]ru|"
     # ("PŘESTAŇTE MI POSÍLAT TY SVOJE REKLAMY": stop sending me your adverts)
     # (the mails named, or nothing after it; never other things sent, "přestaňte mi posílat faktury poštou")
     r"\bp(?:ř|r)esta(?:ň|n)te (?:mi )?pos(?:í|i)lat(?=[^\S\n]+(?:(?:ty|tyto|va(?:š|s)e|svoje) ){0,2}(?:reklam|e-?mail|newslett|"
     r"nab(?:í|i)dk|spam|zpr(?:á|a)v|maily|obchodn)|[^\S\n]*[.!]|[^\S\n]*$)",
     # (and Slovak "odhlásiť (ma)", "odhláste ma", alone on the line)
     r"^[^\S\n]*(?:odhl[áa]sit|odhl[áa]si(?:ť|t)(?: ma)?|odhl[áa]ste ma)" + _LINE_END),
    # sl: "odjavite me od prejemanja e-novic" (sign me off receiving the e-news), "izbrišite moj e-naslov iz vaše baze" (delete my
    # e-mail address from your database)
    # sr / hr / bs: "Molim vas da je izbrišete iz vaše baze" (please delete it from your database), "odjava" alone
    ("sr-hr", ("izbriš", "izbris", "odjav"),
     r"\bizbri(?:š|s)(?:ite|ete) (?:me|je|ga|moju (?:e-?mail |e-?po(?:š|s)tansku )?adresu) iz (?:va(?:š|s)e|svoje) (?:baze|liste|evidencije)|"
     # (the object first, as a clause: "molim vas da je izbrišete iz vaše baze")
     r"\b(?:me|je|ga) izbri(?:š|s)(?:ite|ete) iz (?:va(?:š|s)e|svoje) (?:baze|liste|evidencije)|"
     r"\bodjavite me (?:sa|s|iz|od) (?:va(?:š|s)e )?(?:liste|newslettera|biltena)",
     r"^[^\S\n]*(?:molim,? )?odjava" + _LINE_END),
    ("sl", ("odjavite", "izbrišite", "izbrisite"),
     r"\bodjavite me (?:od|z|iz|s) (?:prejemanja |seznama|e-?novic|novic|obvestil|novi(?:č|c)nika)|"
     r"\bizbri(?:š|s)ite (?:me|moj (?:e-?naslov|naslov|e-?po(?:š|s)tni naslov)) (?:iz|s|z) (?:va(?:š|s)e (?:baze|evidence)|va(?:š|s)ega "
     r"seznama|seznama|baze)",
     r"^[^\S\n]*(?:prosim,? )?odjavite me" + _LINE_END),
    # hu: "please delete me from your newsletter list" ("töröljenek a hírlevél listájukról", "leiratkozom")
    ("hu", ("törölj", "leiratkoz", "nem szeretn"),
     # (and "töröljenek a levelezőlistájukról" (from your mailing list), "nem szeretnék több ilyen levelet kapni" (I do not want
     # more such letters))
     r"t[öo]r[öo]ljenek (?:a |az )?(?:h[íi]rlev[ée]l[ -]?|levelez[őo])?(?:list[áa]j(?:uk|[áa])r[óo]l|list[áa]r[óo]l|adatb[áa]zisukb[óo]l)|"
     r"\bnem szeretn[ée]k t[öo]bb (?:ilyen )?(?:levelet|e-?mailt|h[íi]rlevelet) kapni\b|"
     r"(?:szeretn[ée]k|k[ée]rem,? hogy) leiratkoz|leiratkozom",
     r"^[^\S\n]*leiratkoz[áa]s" + _LINE_END),
    # fi: "remove me / my address from your mailing list" ("Poistakaa osoitteeni postituslistaltanne", "poistakaa minut
    # uutiskirjeen jakelusta")
    # (asked as a question: "voisitteko poistaa osoitteeni postituslistaltanne?" (could you remove my address from your list))
    ("fi", ("poistakaa", "poistaa"),
     r"\b(?:poistakaa|(?:voisitteko|voitteko|voisitko|voitko|voisitteko ystävällisesti) poistaa) (?:minut|osoitteeni|"
     r"s(?:ä|a)hk(?:ö|o)postiosoitteeni|nimeni) (?:\w+ )?(?:postituslistalta|uutiskirjelistalta|"
     r"listalta|rekisterist(?:ä|a)|jakelusta|s(?:ä|a)hk(?:ö|o)postilistalta)",
     r"^[^\S\n]*poistakaa minut(?: listalta)?" + _END),
    # he: "נא להסיר אותי מרשימת התפוצה" (please remove me from the mailing list), and the one word "הסר" (remove), the reply
    # Israel's law on advertising mail (Communications Law, section 30A) names as the reader's refusal of further mailings
    # ("תורידו אותי מהרשימה", take me off the list; "אני לא מעוניין לקבל מכם יותר מיילים", I am not interested in receiving
    # more mails from you)
    ("he", ("להסיר", "הסירו", "הסר", "תורידו", "הורידו", "להוריד", "מעוניי"),
     r"(?:להסיר|הסירו|הסר|תורידו|הורידו|להוריד) (?:את )?(?:אותי|אותנו|כתובתי|כתובת המייל שלי|המייל שלי) "
     r"מ(?:רשימת התפוצה|רשימת הדיוור|הרשימה|הדיוור)|"
     r"(?:לא|אינני|איני) מעוניי(?:ן|נת|נים) (?:יותר )?לקבל (?:מכם )?(?:יותר )?(?:מיילים|הודעות|דיוור|ניוזלטר)",
     r"^[^\S\n]*(?:נא |אנא )?(?:הסר|הסרה|להסיר)(?: אותי)?[^\S\n]*[.!]*[^\S\n]*$"),
    # ar: "يرجى إزالة بريدي من القائمة البريدية" (please remove my mail from the mailing list), "إلغاء الاشتراك" (unsubscribe)
    ("ar", ("إلغاء", "الغاء", "إزالة", "ازالة", "حذف", "أزيلوا", "ازيلوا", "إزالت", "ازالت", "أرغب", "ارغب", "ألغوا", "الغوا",
            "ترسلوا"),
     # (the verb's imperative, "من فضلكم ألغوا اشتراكي" (please cancel my subscription), "لا ترسلوا لي أي رسائل أخرى" (do not send
     # me any more messages))
     r"(?:ألغوا|الغوا) (?:اشتراكي|الاشتراك)|لا ترسلوا (?:لي )?(?:أي |اي )?(?:رسائل|الرسائل|رسائلكم|المزيد)|"
     # (and "إلغاء اشتراكي من قائمتكم البريدية": from your mailing list)
     r"(?:إلغاء|الغاء) (?:اشتراكي|الاشتراك)(?: في| من)? (?:النشرة|القائمة|قائمتكم|قائمة|رسائلكم|نشرتكم)|"
     r"(?:إزالة|ازالة|حذف|أزيلوا|ازيلوا) (?:بريدي|عنواني|اسمي|اشتراكي)(?: الإلكتروني| الالكتروني)? من (?:القائمة|قائمة|قائمتكم|النشرة)|"
     # ("يرجى إزالتي من قائمتكم البريدية" (please remove me from your mailing list), "لا أرغب في تلقي هذه الرسائل" (I do not wish
     # to receive these messages))
     r"(?:إزالتي|ازالتي|حذفي) من (?:القائمة|قائمة|قائمتكم|النشرة)|لا (?:أرغب|ارغب) في (?:تلقي|استلام) (?:هذه |أي |اي )?(?:الرسائل|رسائل)",
     r"^[^\S\n]*(?:إلغاء|الغاء) الاشتراك[^\S\n]*[.!]*[^\S\n]*$"),
    # fa: "لطفاً ایمیل من را از فهرست خبرنامه خود حذف کنید" (please remove my e-mail from your newsletter list), "لغو اشتراک"
    # (cancel the subscription)
    # (and the verb after its object: "لطفاً اشتراک من را لغو کنید" (please cancel my subscription), "دیگر برای من ایمیل نفرستید"
    # (do not send me e-mail any more))
    ("fa", ("حذف", "لغو اشتراک", "لغو کنید", "نفرستید"),
     r"(?:ایمیل|آدرس|نشانی)(?: ایمیل)? (?:من|مرا)(?: را)? از (?:فهرست|لیست)(?: [^\s.]+){0,2} حذف (?:کنید|نمایید)|"
     r"لغو اشتراک (?:من|مرا|خبرنامه)" + "|"
     r"اشتراک (?:من|مرا)(?: را)? لغو (?:کنید|نمایید)|دیگر (?:برای من |به من )?ایمیل (?:نفرستید|ارسال نکنید)",
     r"^[^\S\n]*لغو اشتراک[^\S\n]*[.!]*[^\S\n]*$"),
    # hi: "कृपया मेरा ईमेल पता अपनी मेलिंग सूची से हटा दें" (please remove my e-mail address from your mailing list), "सदस्यता
    # रद्द करें" (cancel the subscription)
    # (the address as an ID, its gender and object marker: "कृपया मेरी ईमेल आईडी को अपनी मेलिंग सूची से हटा दें")
    ("hi", ("हटा", "सदस्यता", "भेजना बंद"),
     r"(?:मेरा|मेरे|मेरी|मुझे) (?:ईमेल|ई-मेल)?(?: पता| एड्रेस| आईडी| आई डी)?(?: को)? ?(?:इस |अपनी |आपकी )?(?:मेलिंग (?:सूची|लिस्ट)|सूची|लिस्ट) से हटा|"
     r"सदस्यता (?:रद्द|समाप्त) (?:करें|कर दें|कीजिए)|"
     # ("कृपया मुझे ईमेल भेजना बंद करें": please stop sending me e-mail)
     r"(?:मुझे )?(?:ईमेल|ई-मेल|मेल) भेजना बंद (?:करें|कर दें|कीजिए)",
     r"^[^\S\n]*सदस्यता रद्द करें[^\S\n]*[.!।]*[^\S\n]*$"),
    # Hindi in Latin letters, as readers in India write it: "unsubscribe karo mujhe", "mujhe unsubscribe kar do", "meri email
    # id list se hata do" (take my e-mail ID off the list), "mail mat bhejo" (do not send mail)
    ("hi-latn", ("unsubscribe kar", "hata do", "hatao", "hata dijiye", "mat bhejo", "mat bhejiye", "nikal do", "nikaal do",
                 "remove kar", "nahi chahiye"),
     r"\bunsubscribe (?:kar(?:o|do| do|dijiye| dijiye|ein|en)|kijiye)\b|"
     r"\b(?:mujhe|meri|mera|mere) (?:e-?mail |email id |mail id |naam )?(?:aapki |apni |is |your )?(?:mailing )?(?:list|suchi) se "
     r"(?:hata|nikal|nikaal|remove)(?: kar)? ?(?:do|dijiye|dein|den|o)\b|"
     # ("aur mails nahi chahiye": and (I) want no more mails)
     r"\b(?:aur |ab )?(?:mails?|e-?mails?|newsletters?) nahi chahiye\b|"
     r"\b(?:mujhe )?(?:mail|e-?mails?|mails) (?:mat|na) (?:bhejo|bhejiye|bhejein|bhejen)\b",
     r"^[^\S\n]*(?:(?:please|plz|pls)\s+)?unsubscribe (?:karo|kar do|kijiye)(?: mujhe)?" + _LINE_END),
    # mr: "कृपया मला यापुढे ईमेल पाठवू नका" (please do not send me e-mail any more), "माझे नाव तुमच्या यादीतून काढून टाका" (take my
    # name off your list)
    ("mr", ("पाठवू नका", "काढून टाका", "यादीतून"),
     r"(?:मला )?(?:यापुढे )?(?:ईमेल|ई-मेल|मेल) पाठवू नका|(?:यादीतून|सूचीतून) (?:काढून टाका|काढा|वगळा)", None),
    # ta: "எனக்கு இனி மின்னஞ்சல் அனுப்ப வேண்டாம்" (do not send me e-mail any more), "என்னை உங்கள் பட்டியலிலிருந்து நீக்கவும்" (take me off
    # your list)
    ("ta", ("அனுப்ப வேண்டாம்", "நீக்கவும்", "நீக்குங்கள்"),
     r"(?:மின்னஞ்சல்|மெயில்)(?:கள்)? அனுப்ப வேண்டாம்|பட்டியலி(?:லிருந்து|ல் இருந்து) (?:என்னை )?(?:நீக்கவும்|நீக்குங்கள்)", None),
    # bn: "আমাকে আর ইমেইল পাঠাবেন না" (do not send me e-mails any more), "আমাকে তালিকা থেকে সরিয়ে দিন" (take me off the list)
    ("bn", ("পাঠাবেন না", "সরিয়ে দিন", "বাদ দিন"),
     r"(?:আমাকে )?(?:আর )?(?:ইমেইল|ই-মেইল|মেইল) পাঠাবেন না|(?:তালিকা|লিস্ট) থেকে (?:সরিয়ে|বাদ) দিন", None),
    # ur: "میلنگ لسٹ سے نکال دیں" (take (me) off the mailing list), "مزید ای میلز نہ بھیجیں" (send no more e-mails)
    ("ur", ("نکال دیں", "نہ بھیجیں", "ہٹا دیں"),
     r"(?:لسٹ|فہرست) سے (?:نکال|ہٹا) دیں|(?:مزید )?(?:ای میلز?|ای میل|میلز?) نہ بھیجیں", None),
    # az: "Zəhmət olmasa məni bu poçt siyahısından çıxarın" (please take me off this mailing list), "Bu məktubları artıq almaq
    # istəmirəm" (I no longer want to receive these letters), "abunəlikdən çıxış" (leaving the subscription)
    ("az", ("siyah", "istəmirəm", "istemirem", "abunə", "abune"),
     r"\bm(?:ə|e)ni (?:bu |sizin )?(?:po(?:ç|c)t |e-?po(?:ç|c)t |x(?:ə|e)b(?:ə|e)r )?siyah(?:ı|i)(?:s(?:ı|i)ndan|n(?:ı|i)zdan) "
     r"(?:[çc](?:ı|i)xar(?:ı|i)n|silin)\b|\b(?:m(?:ə|e)ktublar(?:ı|i)|mesajlar(?:ı|i)|e-?po(?:ç|c)tlar(?:ı|i)) art(?:ı|i)q almaq "
     r"ist(?:ə|e)mir(?:ə|e)m\b",
     r"^[^\S\n]*abun(?:ə|e)likd(?:ə|e)n (?:ç|c)(?:ı|i)x" + _LINE_END),
    # bg: "Моля, премахнете адреса ми от вашия списък" (please remove my address from your list), "Не желая повече да получавам"
    # (I no longer wish to receive), "Отпишете ме" (unsubscribe me)
    # (and "Моля, отпишете ме от бюлетина" (unsubscribe me from the newsletter), "Не искам повече да получавам" (I do not want to
    # receive any more))
    ("bg", ("премахнете", "изтрийте", "не желая", "отпишете", "не искам"),
     r"(?:премахнете|изтрийте) (?:адреса ми|имейла ми|ме) от (?:вашия |вашата |този |тази )?(?:пощенски )?(?:списък|бюлетин|база)|"
     r"не желая (?:повече )?да получавам|отпишете ме от (?:вашия |вашата |този |тази )?(?:пощенски )?(?:списък|бюлетин)|"
     r"не искам (?:повече )?да получавам (?:писма|имейли|съобщения|бюлетин)",
     r"^[^\S\n]*(?:моля,? )?отпишете ме(?:[.!]*[^\S\n]+(?:веднага|незабавно|спешно))?" + _LINE_END),
    # vi: "Vui lòng hủy đăng ký nhận bản tin cho địa chỉ email này" (please cancel the newsletter registration for this
    # address), "Tôi không muốn nhận thêm thư quảng cáo nữa" (I do not want to receive more advertising letters)
    ("vi", ("hủy đăng ký", "huỷ đăng ký", "huy dang ky", "không muốn nhận", "khong muon nhan"),
     # (never a condition: a newsletter's "Nếu bạn không muốn nhận bản tin, hãy nhấp vào liên kết hủy đăng ký" (if you do not want
     # to receive the newsletter, click the unsubscribe link))
     r"(?:vui l(?:ò|o)ng |l(?:à|a)m (?:ơ|o)n |xin )?(?:h(?:ủ|u)y|hu(?:ỷ|y)) (?:đ|d)(?:ă|a)ng k(?:ý|y)(?: nh(?:ậ|a)n)? "
     r"(?:b(?:ả|a)n tin|th(?:ư|u)|email|e-?mail) (?:cho|c(?:ủ|u)a) (?:t(?:ô|o)i|(?:đ|d)(?:ị|i)a ch(?:ỉ|i))|"
     r"(?<!n(?:ế|e)u b(?:ạ|a)n )(?<!n(?:ế|e)u )kh(?:ô|o)ng mu(?:ố|o)n nh(?:ậ|a)n (?:th(?:ê|e)m )?(?:th(?:ư|u)|email|e-?mail|b(?:ả|a)n tin)",
     r"^[^\S\n]*(?:h(?:ủ|u)y|hu(?:ỷ|y)) (?:đ|d)(?:ă|a)ng k(?:ý|y)" + _LINE_END),
    # ka: "გთხოვთ, ამომიღოთ თქვენი საფოსტო სიიდან" (please take me off your mailing list), "აღარ მსურს ამ წერილების მიღება" (I
    # no longer want to receive these letters), "გამოწერის გაუქმება" (cancelling the subscription)
    ("ka", ("ამომიღ", "აღარ მსურს", "გამოწერის გაუქმება"),
     r"ამომიღ(?:ოთ|ეთ) (?:თქვენი )?(?:საფოსტო )?სიიდან|აღარ მსურს (?:ამ )?(?:წერილების|შეტყობინებების|ელფოსტის|მეილების) მიღება",
     r"^[^\S\n]*გამოწერის გაუქმება" + _LINE_END),
    # eu: "Mesedez, kendu nire helbidea zerrenda honetatik" (please remove my address from this list), "Ez dut mezu gehiago jaso
    # nahi" (I do not want to receive more messages), "Harpidetza kendu" (remove the subscription)
    ("eu", ("kendu", "ez dut"),
     r"\bkendu (?:nire helbidea|nazazu|nire posta(?: elektronikoa)?) (?:zerrenda honetatik|zuen zerrendatik|zerrendatik|"
     r"posta-zerrendatik)\b|\bez dut (?:mezu|posta|buletin|mezu elektroniko) gehiago jaso nahi\b",
     r"^[^\S\n]*harpidetza kendu" + _LINE_END),
    # ca, the article elided ("doneu-me de baixa d'aquesta llista", take me off this list) and the wish said alone ("No vull
    # rebre més correus", I do not want to receive more mails)
    ("ca", ("de baixa", "eu-me", "eu-nos", "no vull rebre", "em traieu", "ens traieu", "em esborreu", "ens esborreu",
            "em elimineu", "ens elimineu", "em retireu", "ens retireu", "esborreu", "elimineu"),
     r"(?:" + _CA_VERB + r")" + _POLITE + r" d['’](?:aquesta|aquest|la vostra|el vostre) (?:llista|butllet(?:í|i))|"
     r"\bno vull rebre m(?:é|e)s (?:correus|missatges|butlletins|e-?mails)\b",
     r"^[^\S\n]*(?:doneu-me|donar-me) de baixa" + _LINE_END),
    # lt: "prašau išbraukti mane iš šio sąrašo" (please strike me off this list), "daugiau nebesiųsti" (send no more)
    ("lt", ("išbraukti", "isbraukti", "nebesiųsti", "nebesiusti"),
     r"\bi(?:š|s)braukti mane i(?:š|s) (?:(?:š|s)io |j(?:ū|u)s(?:ų|u) )?(?:naujienlai(?:š|s)kio |naujien(?:ų|u) |adres(?:ų|u) )?"
     r"(?:s(?:ą|a)ra(?:š|s)o|prenumeratos)\b|"
     r"\bdaugiau nebesi(?:ų|u)sti\b",
     r"^[^\S\n]*i(?:š|s)braukite mane" + _LINE_END),
    # et: "Palun eemaldage mind oma postituslistist" (please remove me from your mailing list), "eemaldage minu aadress"
    # (and "Palun eemaldage minu aadress teie andmebaasist" (from your database), "ärge saatke mulle rohkem kirju" (send me no more
    # letters))
    ("et", ("eemaldage", "eemalda mind", "saatke mulle"),
     r"\beemalda(?:ge)? (?:mind|minu (?:e-?posti )?aadress)(?: (?:oma|teie|sellest|antud))? (?:postitus|e-?posti|uudiskirja)?"
     r"(?:listist|nimekirjast|loendist|andmebaasist)\b|\b(?:ä|a)rge saatke mulle (?:enam |rohkem )(?:kirju|e-?kirju|uudiskirju|reklaami)\b",
     r"^[^\S\n]*(?:palun )?eemalda(?:ge)? mind" + _LINE_END),
    # yo: "Jọwọ yọ mi kuro ninu atokọ ifiweranṣẹ yii" (please remove me from this mailing list), "Mi o fẹ gba imeeli kankan mọ"
    # (I no longer want any e-mail)
    ("yo", ("yọ mi kuro", "yo mi kuro", "fẹ gba", "fe gba"),
     r"\by(?:ọ|o) mi kuro ninu at(?:ọ|o)k(?:ọ|o)\b|\bmi o f(?:ẹ|e) gba (?:imeeli|iwe|lẹta|leta)\b",
     r"^[^\S\n]*y(?:ọ|o) mi kuro" + _LINE_END),
    # ne: "कृपया मलाई यो सूचीबाट हटाउनुहोस्" (please take me off this list), "मलाई अब यस्ता इमेलहरू चाहिँदैनन्" (I no longer need
    # such e-mails)
    ("ne", ("हटाउनुहोस्", "चाहिँदैन"),
     r"मलाई (?:यो |तपाईंको )?सूचीबाट हटाउनुहोस्|इमेलहरू चाहिँदैन", r"^[^\S\n]*मलाई हटाउनुहोस्" + _LINE_END),
    # gu: "મહેરબાની કરીને મને આ યાદીમાંથી દૂર કરો" (please take me off this list), "મને ઈમેલ મોકલશો નહીં" (do not send me e-mail)
    ("gu", ("દૂર કરો", "મોકલશો નહીં", "મોકલવાનું બંધ"),
     r"(?:યાદીમાંથી|સૂચિમાંથી|લિસ્ટમાંથી) (?:મને )?દૂર કરો|(?:ઈમેલ|ઇમેઇલ|ઈ-મેલ|મેલ)(?:્સ)? (?:મોકલશો નહીં|મોકલવાનું બંધ કરો)", None),
    # te: "దయచేసి నన్ను ఈ జాబితా నుండి తొలగించండి" (please take me off this list), "నాకు ఇమెయిల్స్ పంపవద్దు" (do not send me e-mails)
    ("te", ("తొలగించండి", "పంపవద్దు", "పంపకండి"),
     r"(?:జాబితా|లిస్ట్) నుండి (?:నన్ను )?తొలగించండి|(?:ఇమెయిల్|ఈమెయిల్|మెయిల్)(?:స్|లు)? (?:పంపవద్దు|పంపకండి)", None),
    # kn: "ದಯವಿಟ್ಟು ನನ್ನನ್ನು ಈ ಪಟ್ಟಿಯಿಂದ ತೆಗೆದುಹಾಕಿ" (please take me off this list), "ನನಗೆ ಇಮೇಲ್ ಕಳುಹಿಸಬೇಡಿ" (do not send me e-mail)
    ("kn", ("ತೆಗೆದುಹಾಕಿ", "ಕಳುಹಿಸಬೇಡಿ"),
     r"(?:ಪಟ್ಟಿಯಿಂದ|ಲಿಸ್ಟ್‌?ನಿಂದ) (?:ನನ್ನನ್ನು )?ತೆಗೆದುಹಾಕಿ|(?:ಇಮೇಲ್|ಈಮೇಲ್|ಮೇಲ್)(?:ಗಳನ್ನು)? ಕಳುಹಿಸಬೇಡಿ", None),
    # ml: "എന്നെ ഈ ലിസ്റ്റിൽ നിന്ന് നീക്കം ചെയ്യുക" (take me off this list), "എനിക്ക് ഇമെയിൽ അയക്കരുത്" (do not send me e-mail)
    ("ml", ("നീക്കം ചെയ്യുക", "നീക്കം ചെയ്യൂ", "അയക്കരുത്", "അയയ്ക്കരുത്"),
     r"(?:ലിസ്റ്റിൽ|പട്ടികയിൽ) നിന്ന് (?:എന്നെ )?നീക്കം ചെയ്യ(?:ുക|ൂ)|(?:ഇമെയിൽ|ഈമെയിൽ|മെയിൽ)(?:ുകൾ)? (?:അയക്കരുത്|അയയ്ക്കരുത്)", None),
    # pa: "ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਇਸ ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾ ਦਿਓ" (please take me off this list), "ਮੈਨੂੰ ਈਮੇਲ ਨਾ ਭੇਜੋ" (do not send me e-mail)
    ("pa", ("ਹਟਾ ਦਿਓ", "ਨਾ ਭੇਜੋ"),
     r"(?:ਸੂਚੀ|ਲਿਸਟ) (?:ਵਿੱਚੋਂ|ਤੋਂ) (?:ਮੈਨੂੰ )?ਹਟਾ ਦਿਓ|(?:ਈਮੇਲ|ਈ-ਮੇਲ|ਮੇਲ)(?:ਾਂ)? ਨਾ ਭੇਜੋ", None),
    # mr: "कृपया मला या यादीतून काढून टाका" (please remove me from this list), "मला यापुढे हे ईमेल नको आहेत" (I no longer want
    # these e-mails)
    ("mr", ("काढून टाका", "नको"),
     r"मला (?:या |तुमच्या )?यादीतून काढून टाका|मला यापुढे (?:हे )?ईमेल नको", r"^[^\S\n]*मला काढून टाका" + _LINE_END),
    # lb: "huelt mech w.e.g. vun dëser Mailing-Lëscht erof" (please take me off this mailing list), "Ech wëll keng Maile méi"
    # (I want no more mails)
    ("lb", ("huelt mech", "wëll keng", "well keng", "ofmellen"),
     r"\bhuelt mech (?:w\.e\.g\. )?vun (?:dëser|deser|ärer|arer|der) (?:mailing-?)?l(?:ë|e)scht erof\b|"
     r"\bech w(?:ë|e)ll keng (?:maile|e-?mailen|newsletter)\b", r"^[^\S\n]*ofmellen" + _LINE_END),
    # so: "Fadlan iga saar liiskan boostada" (please take me off this mailing list), "Ma rabo inaan helo fariimo kale" (I do not
    # want to receive more messages)
    ("so", ("iga saar", "ma rabo"),
     r"\biga saar liis(?:kan|ka|kaaga)\b|\bma rabo inaan helo (?:fariimo|farriimo|iimayl)\b", r"^[^\S\n]*iga saar" + _LINE_END),
    # be: "выдаліце мяне з гэтага спісу рассылкі" (remove me from this mailing list), "Я больш не хачу атрымліваць" (I no longer
    # want to receive)
    ("be", ("выдаліце", "не хачу", "адпісацца"),
     r"выдаліце мяне з (?:гэтага |вашага )?спісу|больш не хачу атрымліваць", r"^[^\S\n]*адпісацца" + _LINE_END),
    # en: "the list" alone (the request naming the mailing is ``_UNSUB_BODY``)
    # en: the rest of the named requests ("remove me from your emails", "remove my email address from
    # your list", "I no longer wish to receive your emails"); bare: "Please unsubscribe me.", "I want to
    # unsubscribe.", "the list" or "these emails" alone
    ("en", ("remove me", "take me", "unsubscribe", "remove my", "delete my", "take my", "no longer", "don't", "don’t",
            "do not", "unsu"),
     # (and the list itself: "Take me off your list for good, please", never "your list of suppliers")
     _NOT_DENIED + r"(?:remove|unsubscribe|take) me (?:off|from) (?:all )?your (?:(?:mailing |e-?mail )?lists?(?![^\S\n]+of\b)|e-?mails|mails|mailings|newsletters|messages|"
     r"marketing(?: e-?mails)?|promotions|offers|promotional e-?mails)\b|"
     # (the verb as hurried writers spell it, "unsuscribe", "unsubcribe", "unsubsribe", and the list named: "plz unsubcribe me
     # from this list")
     + _NOT_DENIED + r"un-?su(?:b?s?c?)ribe me (?:off|from) (?:this|your|the) (?:mailing |e-?mail |news ?letter )?list\b"
     r"(?![^\S\n]+(?:of|for)\b)|"
     r"(?:remove|delete|take) my (?:e-?mail )?(?:address|e-?mail(?: address)?|details) (?:off|from) (?:(?:(?:this|your|the) )?"
     r"(?:mailing|e-?mail|distribution|newsletter|contact|subscriber|marketing) list|(?:this|your) list(?![^\S\n]+(?:of|for)\b)|"
     r"(?:this|your|the) newsletter|your (?:database|mailings?|e-?mails))|"
     r"\bi (?:no longer|do(?:n't|n’t| not)) (?:wish|want) to (?:receive|get) (?:your|any (?:more|further)(?: of your)?) "
     r"(?:e-?mails?|mails?|messages|newsletters?|mailings?|offers|promotions|marketing)\b",
     r"(?:please\s+)?" + _NOT_DENIED + r"(?:remove|unsubscribe|take) me (?:off|from) the list" + _END + "|"
     # (every list at once: "Take me off every list, please.", "Remove me from all your lists")
     r"(?:please\s+)?" + _NOT_DENIED + r"(?:remove|unsubscribe|take) me (?:off|from) (?:every|all(?: of)?(?: your| the)?) "
     r"(?:mailing |e-?mail )?lists?" + _END + "|"
     r"(?:please\s+)?" + _NOT_DENIED + r"(?:remove|unsubscribe|take) me (?:off|from) (?:these|those|the) (?:e-?mails|mails|mailings)" + _END + "|"
     r"(?:(?:please|pls|plz)\s+)?" + _NOT_DENIED + r"un-?su(?:b?s?c?)r?ibe me" + _END + "|"
     r"^[^\S\n]*(?:please\s+)?remove me(?:,? please)?" + _END + "|"
     r"\bi (?:want|would like|wish|'d like|’d like|need) to unsubscribe" + _END + "|"
     r"^[^\S\n]*please unsubscribe" + _END + "|"
     r"\bi (?:no longer|do(?:n't|n’t| not)) (?:wish|want) to (?:receive|get) (?:these|those|them|this)"
     r"(?: (?:e-?mails?|mails?|messages|newsletters?|mailings?))?" + _END),
)
_UNSUB_TABLE = tuple((words, Lazy(named, re.I) if named else None, Lazy(bare, re.I | re.M) if bare else None)
                     for _, words, named, bare in UNSUB_REQUESTS)
# the request is a footer's, not the reader's: it says "if you wish", points to a link ("click here",
# "こちらから", "点击"), or repeats what someone else said ("张三说请帮我退订": on another's behalf)
_NOT_OWN_REQUEST = Lazy(
    # (a condition asks nothing, "If I unsubscribe, will I ...?", "Wenn wir uns abmelden, bekommen wir ...?", "Si je me désabonne,
    # est-ce que ...?"; its polite form is still the request: "If you could unsubscribe me", "wenn Sie mich bitte austragen
    # könnten")
    # (nor the wish said with its thanks: "I'd appreciate it if you removed mine", "I would be grateful if you could")
    r"https?://|www\.|\b(?:(?<!appreciate it )(?<!appreciate )(?<!grateful )(?<!be great )(?<!be nice )if you(?! could\b)|if you'd|if i(?! could\b)|if we(?! could\b)|click|klicken|klick|wenn sie(?! mich\b)|"
    r"wenn (?:ich|wir)|si (?:je|nous)|om (?:jag|vi)|hvis (?:jeg|vi)|se (?:eu|n[óo]s)|falls sie|sofern sie|si vous|si usted|si desea|"
    r"si no desea|si quiere|si prefiere|cliquez|haga clic|pulse|clique|clicca|se (?:non )?(?:desideri|desidera|vuoi|vuole|"
    r"volete|desiderate)|se (?:voc[êe] )?(?:n[ãa]o )?(?:desejar|deseja|quiser)|caso (?:n[ãa]o )?(?:deseje|queira)|"
    r"als u|als je|indien|klik|jeśli|jeżeli|aby|kliknij|если|чтобы|нажмите|перейдите|"
    r"said|says|told me|sagte|sagt|meinte|a dit|dijo|dice que|ha detto|disse|diz que|zei|zegt|powiedział|powiedziała|"
    r"сказал|сказала|говорит|dedi|dedim|demedim|demedi)\b|"
    r"場合|方は|方へ|際は|ましたら|こちら|ここ|リンク|如果|如不|如需|如您|如欲|若您|若不|若要|点击|點擊|链接|連結|说|說|"
    r"원하시면|경우|려면|클릭|링크|라고|만약|"
    # (Thai "ถ้า" / "หาก" (if), "คลิก" (click), "ลิงก์" (link))
    r"ถ้า|หาก|คลิก|ลิงก์", re.I)
_URL = Lazy(r"https?://|www\.", re.I)
_STOP = Lazy(r"[.!?。！？\n]")
_SIGNATURE = Lazy(r"^--[^\S\n]*$", re.M)
# a line of a signature's contact block: a link alone, or a phone number ("Tel +1 555 1234",
# "M: 0171 2345678"), possibly with a label ("Web: https://...", "LinkedIn: ...")
_CONTACT_LINE = Lazy(r"[^\S\n]*(?:[^\W\d][\w .-]{0,15}[:|][^\S\n]*)?(?:(?:https?://|www\.)\S+|"
                     r"(?:(?:tel|phone|mobile|mob|cell|fax|t|m|p|f)\.?[^\S\n]*+:?[^\S\n]*+)?\+?[\d ()./-]{6,}\d)[^\S\n]*", re.I)
# the lines above it: a name, a title, a company (a few words, no sentence: "John Smith", "ACME Corp |
# Sales"), never a line that ends a sentence or holds a link
_SIGNATURE_LINE = Lazy(r"[^\S\n]*[^\W\d_][^\n.!?:;]{0,48}[^\S\n]*", re.I)
# the reader's mobile client ("Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone")
# (and the line a mail program adds to the request it sends for a List-Unsubscribe mailto, RFC 2369:
# "This message was automatically generated by Gmail.")
_SENT_FROM = Lazy(r"^[^\S\n]*(?:sent from my|get outlook for|von meinem|envoy[ée] de mon|enviado desde mi|inviato da|"
                  r"verzonden vanaf|verstuurd vanaf|enviado do meu|wysłane z|"
                  r"this (?:message|e-?mail) was automatically generated by|"
                  # (the French mail client's line: "Cette demande de désabonnement a été envoyée automatiquement.")
                  r"cette demande de d[ée]s(?:abonnement|inscription) a [ée]t[ée] envoy[ée]e automatiquement)\b[^\n]*$", re.I | re.M)


def _asks_unsubscribe_not_bounce(msg: ParsedMessage, text: str, short_reply: str | None = None) -> bool:
    """The text asks to be taken off the list, in English or another language (the other languages'
    wordings never in a mail system's report quoting them: a report the later detectors read keeps its
    reading; "配信" of "配信を停止して" is also a word of Japanese reports, so not their report words).

    ``short_reply``: the reader's own words when the text is a short answer to the sender's mail,
    where a bare request ("Baja.", "Désinscrivez-moi.", "Remove me from the list.") can only mean its list."""
    if len(_URL.findall(_without_contact_block(_before_quote(text)))) >= 3:
        return False  # the writer's own text is many links: a marketing mail's footer, not a reader's request
    if _keeps_the_mailing(_LINE_WRAP.sub(" ", _before_quote(text))[:1000]):
        return False  # "E podem continuar mandando as ofertas", "Je souhaite continuer à la recevoir !": the mailing kept
    # (a sentence wrapped by the mail client: "de votre liste de\ndiffusion", "Please remove\nthis id from your mailing
    # list" is one phrase; a blank line still ends a paragraph)
    if _own_request(_UNSUB_BODY, text):
        return True
    wrapped = _LINE_WRAP.sub(" ", text) if "\n" in text else text
    if wrapped is not text and "remove" in wrapped.lower() and _own_request(_UNSUB_BODY, wrapped):
        return True  # (read again across the line breaks only where a request to remove may be)
    if textdet.from_system(msg) or msg.head("x-failed-recipients"):
        return False
    if "@" in text and _own_request(_REMOVE_NAMED_FROM_LIST, _before_quote(wrapped)):
        return True  # an address named to be taken off the list (a colleague who left)
    low = wrapped.lower()
    for words, named, bare in _UNSUB_TABLE:
        if any(map(low.__contains__, words)):
            if named is not None and _own_request(named, wrapped) \
                    or short_reply and bare is not None and _own_request(bare, short_reply):
                return True
    return _asks_in_other_words(msg, _LINE_WRAP.sub(" ", _before_quote(text))[:1000])


_LINE_WRAP = Lazy(r"(?<=\S)[ \t]*\n(?=[ \t]*[^\s>])")


# A reader's request in words the tables above do not hold, read by its parts (twenty-seventh session): in one sentence of
# the reader's own answer to our mailing, a verb that ends a subscription ("uitschrijven", "dezabonați", "iratkoztassák le",
# "perua", "avsluta", "opt out") and the mailing it names; or a verb that takes something off or deletes ("remove",
# "verwijderen", "eliminare", "silmenizi") with the mailing and whom to take off (the reader: "me", "my", "mich", "mij"; an
# address, or the word for one); or "I no longer want to receive" with the mailing.  Each list holds the words
# of the languages the tables hold, by meaning; a negation just before the verb ("do NOT remove me") is no request.
_END_SUBSCRIPTION = Lazy(
    # (Spanish imperatives that carry their "me": "BÓRRENME", "bórrame", "elimínenme", "sáquenme" (delete / take me out))
    r"\b(?:b(?:ó|o)rr(?:en|a|e)me|elim(?:í|i)n(?:en|a|e)me|s(?:á|a)qu(?:en|e)me)\b|"
    # (and the participles: Dutch "Ik wil graag afgemeld worden voor deze nieuwsbrief", "uitgeschreven", German "abgemeldet",
    # "ausgetragen werden")
    r"\b(?:afgemeld|uitgeschreven|abgemeldet|ausgetragen)\b|"
    r"\b(?:unsubscrib(?:e|ing)\b(?! (?:link|button|page|url|option))|opt(?:-| )?out|cancelar o recebimento|lopettakaa|"
    r"σταματήσ\w*|uitschrij\w*|abmeld\w*|abzumelden|austrag\w*|auszutragen|"
    r"abbestell\w*|d(?:é|e)sinscri\w*|d(?:é|e)sabonn\w*|darme de baja|dar de baja|den de baja|disiscriv\w*|disiscrizione|"
    r"descadastr\w*|desinscrev\w*|wypis\w*|odhl(?:á|a)s\w*|отпис\w*|відпис\w*|avregistrer\w*|avsluta|s(?:ä|a)ga upp|afmeld\w*|"
    r"avmeld\w*|si opp|peru(?:a|n|tt\w*|utu\w*|kaa)|irtisano\w*|leiratkoz\w*|iratkoztass\w*|dezabon\w*|απεγγρα\w*|abonelikten)\b|"
    r"配信(?:を)?(?:停止|解除)|購読(?:を)?(?:解除|停止)|配信リストから(?:削除|外)|退订|退訂|取消订阅|取消訂閱|"
    # ... and "stop sending me / don't send me any more" (with the mailing or its mails: "non mandarmi più la newsletter",
    # "proszę nie przysyłać mi więcej wiadomości", "tyto e-maily neposílejte", "ne küldjenek nekem több levelet", "stop all
    # marketing emails to me", Dutch "wilt u mij van de lijst halen")
    r"\bstop (?:sending me|all|any)\b|\bnon (?:mandarmi|inviarmi|spedirmi) pi(?:ù|u)\b|\bno me (?:env(?:í|i)en|manden) m(?:á|a)s\b|"
    r"\bdejen de enviarme\b|\bn(?:ã|a)o me (?:enviem|mandem) mais\b|\bparem de me (?:enviar|mandar)\b|\bne m['’]envoyez plus\b|"
    r"\barr(?:ê|e)tez de m['’]envoyer\b|\b(?:schicken|senden) sie mir (?:bitte )?keine\b|\bstuur (?:mij|me) geen\b|"
    r"\bnie przysy(?:ł|l)a(?:ć|c) mi\b|\bneposílejte\b|\bneposilejte\b|\bnezas(?:í|i)lejte mi\b|\bne k(?:ü|u)ldjenek (?:nekem )?t(?:ö|o)bb\b|"
    r"\b(?:ä|a)lk(?:ää|aa) l(?:ä|a)hett(?:ä|a)k(?:ö|o) (?:minulle )?en(?:ää|aa)\b|\bskicka inte (?:fler|mer)\b|"
    r"\bsend (?:mig |meg )?ikke flere\b|\bне присылайте (?:мне )?больше\b|van de lijst (?:af)?halen|送らないで|"
    # (Malay "berhenti hantar" (stop sending))
    r"\bberhenti (?:mengirim(?:kan)?|kirim(?:kan)?|menghantar|hantar)\b|\bdejen de mandarme\b|"
    # (Indonesian / Malay "berhenti berlangganan" (stop subscribing), "tidak ingin menerima ... lagi" (no longer want to receive))
    r"\bberhenti (?:ber)?langganan\b|\b(?:be|been|get|got) taken off\b|\btidak (?:ingin|mau) (?:lagi )?menerima\b|"
    # (Hindi in Latin letters, as readers write it: "ye mails bhejna band kar dijiye" (stop sending these mails))
    r"\bbhejna band kar\w*|"
    # (Croatian / Serbian / Bosnian / Slovenian "odjavite me", "odjava" (unsubscription), Serbian Cyrillic "одјавите")
    r"\bodjav\w*|\bодјав\w*|"
    # (Korean "수신거부" (refusal to receive), "구독 취소" (cancel the subscription), "보내지 말아 주세요" (please do not send))
    r"수신\s?거부|구독(?:을|를)?\s?(?:취소|해지)|보내지 (?:말아|마세요|마십시오)|"
    # (Thai "ยกเลิกการส่ง" (cancel the sending), "ยกเลิกการรับ" (cancel the receiving), "ยกเลิกการสมัครรับ" (cancel the
    # subscription))
    r"ยกเลิก(?:การ)?(?:ส่ง|รับ|สมัคร|บอกรับ)|"
    # (Vietnamese "hủy đăng ký" (cancel the registration), "ngừng gửi" (stop sending))
    r"\bh(?:ủ|u)y (?:đ|d)(?:ă|a)ng k(?:ý|y)\b|\bng(?:ừ|u)ng g(?:ử|u)i\b|"
    # (French "Merci de ne plus m'envoyer votre lettre")
    r"\bne plus m['’](?:envoyer|adresser)\b", re.I)
_TAKE_OFF = Lazy(
    r"\b(?:remov\w*|delet\w*|take \S+ off|cancel\w*|entfern\w*|l(?:ö|oe)sch\w*|streich\w*|verwijder\w*|schrap\w*|haal \S+ "
    r"(?:van|uit)|haal (?:mijn|ons|dit|het) (?:e-?mail)?adres (?:\S+ )?(?:van|uit)|retir(?:er|ez|ar|em|em-me|e)\b|supprim\w*|radi(?:er|ez)|enlev\w*|elimin\w*|borr(?:ar|en|e|ad\w*)\b|"
    # (Spanish "BÓRRENME de su base de datos", delete me)
    r"b(?:ó|o)rr(?:en|e)me\b|quit(?:ar|en|e)\b|tir(?:ar|em|e)\b|rimuov\w*|togli\w*|exclu(?:ir|am|a|am-me)\b|apag(?:ar|uem|ue)\b|usu(?:ń|n)\w*|wykre(?:ś|s)l\w*|"
    r"zru(?:š|s)\w*|odstra(?:ň|n)\w*|vyma(?:ž|z)\w*|sma(?:ž|z)\w*|vyra(?:ď|d)\w*|vy(?:ř|r)a(?:ď|d)\w*|удал\w*|видал\w*|"
    r"исключ\w*|прибер\w*|убер\w*|ta bort|fjern\w*|slet(?:te|t|)\b|stryk\w*|poista\w*|sil(?:in|meniz\w*|ebilir\w*|mek\w*)|"
    # (Malay "buang saya dari senarai" (throw me off the list))
    r"(?:ç|c)(?:ı|i)kar(?!may|mam)\w*|hapus\w*|keluarkan|buang|"
    # (the request said with its noun: "Solicito a remoção do meu endereço", "the removal of my address", "la suppression de
    # mon adresse", "la rimozione del mio indirizzo", "la remoción de mi correo")
    r"remo(?:ç|c)(?:ã|a)o|removal|suppression|rimozione|remoci(?:ó|o)n|"
    r"t(?:ö|o)r(?:ö|o)l\w*|(?:ș|ş|s)terge\w*|(?:ș|ş|s)terg(?:e|eți|eti)|scoate\w*|διαγρά\w*|αφαιρ\w*|"
    # (Croatian / Serbian / Bosnian "maknite me", "uklonite", "izbrišite", "obrišite"; Serbian Cyrillic "уклоните", "избришите")
    r"makn\w*|uklon\w*|izbri(?:š|s)\w*|obri(?:š|s)\w*|уклон\w*|избриш\w*|обриш\w*|"
    # (Vietnamese "gỡ", "xóa" (remove, delete), with their marks only: "go" is an English word; Tagalog "pakitanggal",
    # "tanggalin", "alisin" (please remove, remove))
    r"gỡ|xóa|xoá|pakitanggal|tanggalin|alisin|pakialis|"
    # (Swahili "niondoe" (remove me), "mniondoe", "ondoeni")
    r"niondoe|mniondoe|ondoeni|"
    # (Afrikaans "verwyder my van julle poslys", remove me from your mailing list)
    r"verwyder\w*|"
    # (Hungarian "töröljenek" is above; Serbian Cyrillic "уклоните"; Tagalog "pakitanggal" above)
    r"уклоните)(?!\w)|削除", re.I)
_NO_LONGER_WANT = Lazy(
    r"\bno longer (?:wish|want) to (?:receive|get)\b|\b(?:don't|do not) (?:wish|want) to (?:receive|get) (?:any more|anymore)\b|"
    r"\bnicht (?:mehr|l(?:ä|ae)nger) (?:erhalten|bekommen|empfangen|zugeschickt)\b|"
    # (Dutch "Wij willen geen reclame-e-mails meer van u ontvangen": no more mails wanted, from you)
    r"\bgeen [\w-]{1,40} meer (?:van (?:u|jullie) )?(?:te )?ontvangen\b|"
    # (German "Wir möchten keine weiteren Werbe-E-Mails erhalten": no further mails wanted)
    r"\b(?:m(?:ö|oe)chten?|wollen|will) keine (?:weiteren |weitere )?[\w-]{0,30}?(?:e-?mails|mails|newsletter|nachrichten|zusendungen)\s+"
    r"(?:mehr\s+)?(?:erhalten|bekommen|empfangen)\b|\bne (?:souhaite|veux|d(?:é|e)sire) plus recevoir\b|"
    r"\b(?:ya )?no (?:deseo|quiero|deseamos|queremos) (?:seguir )?recibi\w*|\bnon (?:desidero|voglio) pi(?:ù|u) ricevere\b|"
    r"\bn(?:ã|a)o (?:quero|desejo) mais receber\b|\b(?:niet langer|niet meer|geen \S+ meer) (?:te )?ontvangen\b|"
    r"\bnie chc(?:ę|e) (?:ju(?:ż|z) |wi(?:ę|e)cej )?(?:otrzymywa(?:ć|c)|dostawa(?:ć|c))\b|"
    r"\bvill (?:inte|inte l(?:ä|a)ngre) (?:f(?:å|a)|ta emot)\b|\b(?:ø|o)nsker ikke (?:l(?:æ|ae)ngere |lenger )?(?:at |å )?(?:modtage|motta)\b|"
    r"\ben halua (?:enää )?(?:vastaanottaa|saada)\b|\bnechci (?:u(?:ž|z) |ji(?:ž|z) )?(?:dost(?:á|a)vat|odeb(?:í|i)rat)\b|"
    r"\balmak istemiyorum\b|\bnu mai doresc s(?:ă|a) primesc\b|\bsitaki (?:tena )?kupokea\b|"
    # (Hungarian "nem szeretnék több reklámlevelet kapni", Serbian "Не желим више да примам", Tagalog "Ayaw ko na pong makatanggap")
    r"\bnem szeretn(?:é|e)k (?:t(?:ö|o)bb |tov(?:á|a)bbi )?\w*\s*kapni\b|\bне желим (?:више )?да примам\b|\bayaw (?:ko|namin) na (?:po(?:ng)? )?makatanggap\b|\bне (?:хочу|желаю) (?:больше )?получать\b|"
    # (not to go on receiving: "Não pretendo continuar a receber a newsletter", "I do not wish to continue receiving", "je ne
    # souhaite pas continuer à recevoir", "non desidero continuare a ricevere", "möchte den Newsletter nicht weiter erhalten";
    # Greek "δεν θέλω να λαμβάνω", I do not want to receive)
    r"\bn(?:ã|a)o (?:quero|desejo|pretendo) continuar a receber\b|\bn(?:ã|a)o (?:quero|desejo|pretendo) continuar recebendo\b|"
    r"\b(?:don't|do not) (?:wish|want) to (?:continue|keep) (?:receiving|getting)\b|"
    r"\bne (?:souhaite|veux|d(?:é|e)sire) pas continuer (?:à|a) recevoir\b|\bnon (?:desidero|voglio) continuare a ricevere\b|"
    r"\bnicht (?:weiter|weiterhin) (?:erhalten|bekommen|empfangen)\b|δεν (?:θέλω|επιθυμώ) (?:πλέον )?να λαμβάνω|"
    # (Croatian / Serbian / Bosnian "ne želim više primati", Slovenian "ne želim več prejemati", Serbian Cyrillic "не желим више
    # да примам")
    r"\bne (?:ž|z)elim (?:vi(?:š|s)e|ve(?:č|c)) (?:da )?(?:primati|primam|dobivati|dobijati|prejemati)\b|не желим више да примам|"
    # (Indonesian "tidak ingin menerima ... lagi", Vietnamese "không muốn nhận thêm")
    r"\btidak (?:ingin|mau) (?:lagi )?menerima\b|\bkh(?:ô|o)ng mu(?:ố|o)n nh(?:ậ|a)n(?: th(?:ê|e)m)?\b|"
    # (Tagalog "ayoko na pong makatanggap", I no longer want to receive)
    r"\bayoko na(?: po| pong)? (?:makatanggap|tumanggap)\b|"
    # (Tagalog "Hindi ko na po gustong makatanggap", I no longer want to receive)
    r"\bhindi (?:ko|namin) na(?: po)? (?:gustong|gusto|nais na) (?:makatanggap|tumanggap)\b|"
    # (Afrikaans "Ek wil nie meer hierdie e-posse ontvang nie", I no longer want to receive these mails)
    r"\bwil nie meer\b[^.]{0,40}?\bontvang nie\b", re.I)
_MAILING = Lazy(
    r"\b(?:newsletter\w*|news letter|mailing ?lists?|mailings?|e-?mail ?lists?|distribution lists?|subscriptions?|"
    # (a word: never "the listing" of a block list)
    r"(?:your|this|the) lists?\b(?! (?:of|for)\b)|d?(?:essa|esta|nessa|nesta|da sua|sua|vossa) lista\b|(?:de|deze|uw) lijst\b|nieuwsbrie\w*|mailinglijst\w*|verzendlijst\w*|mailingbestand\w*|adresbestand\w*|(?:uw|jullie) lijst|"
    r"verteiler\w*|mailingliste\w*|abonnement\w*|e-?mail-?liste|lettres? d['’]information|listes? de diffusion|infolettres?|"
    r"bolet(?:í|i)n\w*|lista de (?:correo|distribuci(?:ó|o)n|e-?mails?|envio|envío|contatos|contactos)|suscripci(?:ó|o)n|"
    # (the sender's own records, "your database": "BÓRRENME de su base de datos", "remove me from your database")
    r"(?:su|tu|vuestra) base de datos|(?:sua|vossa) base de dados|votre base de donn(?:é|e)es|your (?:customer |mailing |contact )?database|"
    r"elenc\w*|iscrizione|boletim|assinatura|listy? mailingow\w*|subskrypcj\w*|baz\w* mailingow\w*|odb(?:ě|e)r\w*|"
    r"rozes(?:í|i)l\w*|seznam\w*|zoznam\w*|zpravodaj\w*|zas(?:í|i)l(?:á|a)n(?:í|i)|maillist\w*|postitu\w*|lista de distribu\w*|рассылк\w*|подписк\w*|розсилк\w*|nyhetsbrev\w*|nyhedsbrev\w*|prenumeration\w*|"
    r"utskick\w*|e-?postlist\w*|uutiskirje\w*|postituslist\w*|tilau\w*|b(?:ü|u)lten\w*|listeniz\w*|abonelik\w*|"
    r"h(?:í|i)rlev(?:é|e)l\w*|h(?:í|i)rlevel\w*|levelez(?:ő|o)list\w*|abonament\w*|ενημερωτικ\w*|milis|senarai mel|"
    r"daftar (?:email|e-mel|surel|milis|pelanggan|kiriman|pengiriman)|buletin|"
    # (Indonesian / Malay "daftar kalian", "senarai anda" (your list))
    r"daftar (?:kalian|anda|kamu)\b|senarai (?:anda|kalian)\b|"
    # (Croatian / Serbian / Bosnian "s liste", "sa liste", "s popisa", "sa spiska" (from the list))
    r"\bsa? (?:liste|popisa|spiska)\b|"
    # (Brazilian "do cadastro de vocês" (your registry of addresses), Romanian "lista de abonați", Greek "τη λίστα σας", "λίστα
    # αλληλογραφίας / διανομής" (your list, the mailing / distribution list))
    r"cadastro|lista de abona\w*|listei de abona\w*|lista de coresponden\w*|listele de coresponden\w*|"
    # (Afrikaans "poslys" (mailing list), "nuusbrief" (newsletter))
    r"poslys\w*|nuusbrie\w*|"
    # (Romanian "lista dvs. de e-mailuri", "lista dumneavoastră" (your list); Swahili "orodha yenu ya barua pepe" (your e-mail
    # list))
    r"lista (?:dvs|dumneavoastr(?:ă|a)|voastr(?:ă|a))\b|orodha (?:yenu|yako|ya barua pepe|ya utumaji)|"
    # (Romanian "de la această listă" (from this list))
    r"aceast(?:ă|a) list(?:ă|a)\b|"
    # (Serbian "са ваше листе" (from your list))
    r"(?:ваше|вашој|вашу|ваша) лист[еиуа]|"
    # (French "de vos fichiers", the sender's files of addresses, as a GDPR request names them)
    r"vos fichiers|votre fichier|votre lettre|vos lettres|"
    # (Indonesian "daftar pengiriman" / "daftar penerima" (the mailing / recipients' list); Vietnamese "danh sách nhận tin"
    # (the list that receives the news), "bản tin" (newsletter))
    r"daftar (?:pengiriman|penerima)|danh s(?:á|a)ch (?:nh(?:ậ|a)n tin|g(?:ử|u)i th(?:ư|u)|email|nh(?:ậ|a)n th(?:ư|u))|b(?:ả|a)n tin|"
    # (Croatian / Serbian / Bosnian / Slovenian "s Vaše liste primatelja", "popis primatelja", "seznam prejemnikov", "bilten",
    # "lista za slanje", Serbian Cyrillic "листе прималаца")
    r"(?:list[aeu]|popis\w*|seznam\w*) (?:primatelja|primalaca|prejemnikov|za slanje|za obve(?:š|s)tavanje)|bilten\w*|"
    r"(?:листе|листа|листу) (?:прималаца|за слање)|λίστα (?:σας|αλληλογραφίας|διανομής|παραληπτών|αποστολής|αποστολών))|"
    # (Korean "뉴스레터" newsletter, "메일링" mailing, "이런 메일" / "광고 메일" such / advertising mails)
    r"뉴스레터|메일링|이런 (?:이)?메일|광고 (?:이)?메일|홍보 (?:이)?메일|"
    # (Thai "จดหมายข่าว" (newsletter), "อีเมลข่าวสาร" (news mail); Tagalog "sa inyong listahan" (on your list), "mailing list
    # ninyo")
    r"จดหมายข่าว|อีเมลข่าวสาร|\b(?:inyong|iyong|ninyong|niyong) listahan\b|\blistahan (?:ninyo|niyo|ng (?:e-?mail|mga))\b|"
    r"メルマガ|メールマガジン|ニュースレター|配信リスト|邮件列表|订阅|電子報|电子报", re.I)
# ... and the mails themselves, named with a verb that ends a subscription
_MAILS_NOUN = (r"(?:e-?mails?|mails?|messages|correos|courriels|messaggi|mensagens|berichten|nachrichten|wiadomo(?:ś|s)ci|"
               r"zpr(?:á|a)vy|e-?maily|maily|письма|листи|viestej(?:ä|a)|meddelanden|beskeder|meldinger|mesaje|"
               r"e-?postalar\w*|levelet|leveleket|barua pepe|matangazo|e-?posse|e-?mailuri(?:le)?)")
_THE_MAILS = Lazy(r"\b" + _MAILS_NOUN + r"\b", re.I)
# ... the mails pointed at ("näitä viestejä", "these e-mails", "deze mails"): with "I no longer want to receive" they are the
# mailing ("Não quero mais receber mensagens em inglês" names none)
_THESE = Lazy(r"\b(?:these|those|deze|die|diese|ces|vos|estos|estas|estes|essas|esses|questi|queste|n(?:ä|a)it(?:ä|a)|tyto|tieto|"
              r"эти|этих|dessa|disse|bu|aceste|hierdie)\s+(?:\w+\s+)?" + _MAILS_NOUN + r"\b|"
              # (Swahili puts the pointer after the noun: "matangazo haya", "barua pepe hizi")
              r"\b(?:matangazo|barua pepe|jumbe|ujumbe) (?:haya|hizi|huu)\b|"
              # (Tagalog "mga ganitong email" (such e-mails), Serbian "ове рекламе" (these adverts))
              r"\bganitong (?:e-?mails?|mensahe|sulat)\b|\bове (?:рекламе|поруке|мејлове)\b", re.I)
# whom the verb takes off: the reader ("me", "mich", "mij", "moi", "mi", "mnie", "mě", "меня", "mig", "meg", "minut", "beni",
# "engem", "mă", "με") or the reader's ("my", "mein", "mijn", "mon", "mio", "meu", "mój", "můj", "мой", "min", "osoitteeni",
# "adresimi", "címem"), or an address (the word for one, or one written)
_WHOM = Lazy(r"\b(?:us|my|mich|uns|meine?n?|mij|ons|mijn|moi|mon|mes|nous|mi|mio|mia|mis|meu|minha|mnie|m(?:ó|o)j\w*|m(?:ě|e)|"
             r"m(?:ů|u)j|меня|мой|мою|мене|mig|meg|min|mitt|minut|beni|engem|m(?:ă|a)|με|μου|saya|alamat|t(?:ô|o)i|ko|akin|ako|ме|"
             r"address\w*|adres\w*|adress\w*|indirizz\w*|direcci(?:ó|o)n|endere(?:ç|c)o|osoite\w*|c(?:í|i)m\w*|адрес\w*|"
             # (the Swahili verb holds its object: "niondoe", remove me)
             r"m?niondoe)\b|@",
             re.I)
# (a few words may stand between: "I'm not trying to unsubscribe"; "no" and "ne" only right before, or with a pronoun
# between: "no me deis de baja" refuses, "No thanks, please unsubscribe me" asks)
_NEGATED = Lazy(r"(?:(?:\bnot|n't|n’t|\bnever|\bnicht|\bniet|\bpas|\bnon|\bn(?:ã|a)o|\bnie|\bне|\b(?:đừng|không)|"
                # (with its pronoun between: "no me quiero dar de baja", I do not want to unsubscribe)
                r"\bno (?:me |nos |te )?(?:quiero|deseo|quisiera|pretendo|estoy interesad[oa]|me interesa))\W+(?:\w+\W+){0,3}|"
                r"\b(?:no|ne)\W+(?:(?:me|te|nos|mi|ci|se|lo|la|le|m(?:ă|a))\W+)?)$", re.I)
# (a stop ends a sentence only before a blank or the end: the dots of an address or a domain stay inside it)
_SENTENCES = Lazy(r"(?:[^.!?。！？\n]|[.!?](?![\s.!?]|$))+(?:[.!?。！？]+|\n|$)")


def _asks_in_other_words(msg: ParsedMessage, own: str) -> bool:
    """The reader's own answer to our mailing asks, in one of its sentences, to be taken off it (``_END_SUBSCRIPTION``,
    ``_TAKE_OFF``, ``_NO_LONGER_WANT`` above): never in a mail system's text, a footer's "if you wish to unsubscribe", or
    an answer to a person's mail."""
    # (or a new mail whose subject is itself the request: "Afmeld" / "Afmeld venligst mit nyhedsbrev")
    # (or one whose subject is the request's one word, "stop", "unsubscribe": its text says why in other words)
    if not own.strip() or not (textdet.is_reply(msg) or _GDPR_SUBJECT.search(msg.subject) or _UNSUB_SUBJECT.match(msg.subject)
                               or _END_SUBSCRIPTION.search(textdet.subject(msg), 0, 60)) \
            or _answers_a_personal_mail(msg) \
            or textdet.from_system(msg):
        return False
    if _BY_MISTAKE.search(own):
        return False  # "I unsubscribed by mistake, can you add me again?": the reader wants the mailing
    # (an abbreviation's stop ends no sentence: "meine Adresse gemäß Art. 17 DSGVO aus Ihrem Verteiler zu löschen")
    own = _ABBREVIATION.sub(r"\1 ", own)
    return any(_asks_in_sentence(m.group(0)) for m in _SENTENCES.finditer(own))


def _keeps_the_mailing(own: str) -> bool:
    """The reader wants the mailing to go on (``_KEEP_SENDING``, not under a negation just before it)."""
    return any(not _NEGATED.search(own[max(0, m.start() - 24):m.start()]) for m in _KEEP_SENDING.finditer(own))


_ABBREVIATION = Lazy(r"\b(Art|Abs|Nr|gem|bzw|vgl|ca|Dr|Prof|No|Nº|art|nr|dvs|Dvs)\.(?=\s)")


# a new mail that names a data-protection request in its subject ("Löschung meiner Daten gem. Art. 17 DSGVO", "Suppression de mes
# données - RGPD", "GDPR erasure request", Dutch "AVG", Polish "RODO"): read as a reader's answer is
_GDPR_SUBJECT = Lazy(r"\b(?:dsgvo|rgpd|gdpr|avg|rodo)\b", re.I)
# a reader who left the mailing by mistake, or wants it again ("omylem jsem se odhlásil z newsletteru. Můžete mě prosím znovu
# přihlásit?"): the verbs of leaving in the past, no request
_BY_MISTAKE = Lazy(r"\b(?:by mistake|accidentally|by accident|aus versehen|versehentlich|par erreur|por error|por engano|"
                   r"per errore|per sbaglio|per ongeluk|per vergissing|przez pomy(?:ł|l)k(?:ę|e)|omylem|omylom|av misstag|"
                   r"ved en fejl|ved en feil|vahingossa|yanl(?:ı|i)(?:ş|s)l(?:ı|i)kla|din gre(?:ș|ş|s)eal(?:ă|a)|κατά λάθος|"
                   r"по ошибке|помилково|resubscribe|re-?add me|wieder (?:aufnehmen|anmelden|eintragen))\b|間違って|誤って|"
                   # (Vietnamese "bấm nhầm" (clicked by mistake), Tagalog "nagkamali")
                   r"\bb(?:ấ|a)m nh(?:ầ|a)m\b|\bnagkamali\b", re.I)


# the reader wants the mailing to go on ("please keep sending", "I'd like to continue receiving", "podem continuar mandando",
# "gern weiter erhalten", "continuer à recevoir", "seguir recibiendo", "continuare a ricevere", "blijven ontvangen"); not said
# under a negation ("I do not wish to continue receiving", "Não pretendo continuar a receber": a request)
_KEEP_SENDING = Lazy(r"\b(?:keep|continue) (?:sending|receiving|to send|to receive)\b"
                     r"(?! (?:me |us )?(?:the |my |our |all )?(?:invoices?|bills?|receipts?|statements?|delivery notes|documents|orders?)\b)|\bpodem continuar (?:mandando|enviando|a (?:mandar|enviar))\b|"
                     r"\bcontinuar (?:a receber|recebendo)\b|\b(?:gern|gerne|weiterhin) weiter (?:erhalten|bekommen|empfangen)\b|"
                     r"\b(?:gern|gerne) weiterhin (?:erhalten|bekommen|empfangen)\b|\bcontinuer (?:à|a) recevoir\b|"
                     r"\bseguir recibiendo\b|\bcontinuare a ricevere\b|\bblijven ontvangen\b|\bcontinuer (?:à|a) (?:la |le |les )recevoir\b|"
                     # (or to be put back on the list: "add me back", Turkish "listeye tekrar ekleyin", Spanish "volver a
                     # añadirme", French "me réinscrire", Italian "reinserirmi", Portuguese "me adicionar novamente", Dutch
                     # "opnieuw toevoegen", Polish "ponownie dodać")
                     r"\badd me back\b|\b(?:tekrar|yeniden) ekleyin\b|\bvolver a (?:a(?:ñ|n)adirme|agregarme|suscribirme)\b|"
                     r"\bme r(?:é|e)inscrire\b|\bme rajouter\b|\breinserirmi\b|\bme (?:adicionar|incluir) (?:novamente|de novo)\b|"
                     r"\bopnieuw toevoegen\b|\bponownie doda(?:ć|c)\b", re.I)
# a negation after the verb and its object, in the word order of German and Dutch ("Bitte löschen Sie mich also NICHT aus dem
# Verteiler"; not "nicht mehr", which ends a wish to receive)
_NEGATED_AFTER = Lazy(r"\W+(?:\w+\W+){0,3}?(?:nicht|niet)\b(?! (?:mehr|meer|l(?:ä|ae)nger|langer))", re.I)


# a question of how to do it ("How do I unsubscribe my colleague from your newsletter?", German "Wie kann ich mich abmelden?"):
# no request yet
_HOW_DO_I = Lazy(r"^\W*(?:how (?:do|can|could|should) (?:i|we)|wie (?:kann|k(?:ö|o)nnte|muss) ich|comment (?:puis-je|faire|dois-je)|"
                 r"c(?:ó|o)mo (?:puedo|hago|podemos)|come (?:posso|faccio)|hoe (?:kan|moet) ik|jak (?:mog(?:ę|e)|mam))\b", re.I)


def _asks_in_sentence(sentence: str) -> bool:
    if sentence.rstrip().endswith("?") and _HOW_DO_I.match(sentence):
        return False
    mailing = _MAILING.search(sentence) is not None
    if not (mailing or _THE_MAILS.search(sentence)) or _NOT_OWN_REQUEST.search(sentence):
        return False
    if (mailing or _THESE.search(sentence)) and _NO_LONGER_WANT.search(sentence):
        return True
    # (a verb that ends a subscription may name the mails instead of the mailing: "cancelar o recebimento destes e-mails")
    verbs = [(m, False) for m in _END_SUBSCRIPTION.finditer(sentence)]
    if mailing:
        verbs += [(m, True) for m in _TAKE_OFF.finditer(sentence)]
    if any(_NEGATED.search(sentence[max(0, m.start() - 24):m.start()]) or _NEGATED_AFTER.match(sentence, m.end())
           for m, _ in verbs):
        return False  # "Please do NOT remove me from your list - I clicked the unsubscribe link by mistake"
    return any(not needs_whom or _WHOM.search(sentence) for _, needs_whom in verbs)


# the address a request in other words names: in the request's own sentence ("Graag het adres info@... verwijderen uit uw
# mailingbestand"), or said as the address in question ("Het gaat om het adres x@...", "Osoite on x@...", "Adresa mea:
# x@..."), never a new address ("my new address is x@...")
_THE_ADDRESS = Lazy(r"\b(?:address|adres|adresse|adresa|osoite|indirizzo|direcci(?:ó|o)n|endere(?:ç|c)o)\b(?:\s+(?:is|on|ist|est|es|"
                    r"(?:é|e)|(?:è|e)|je|(?:ä|a)r|er|mea|mia|meu))?\s*:?\s*<?(" + ADDRESS + r")", re.I)
_NEW = Lazy(r"\b(?:new|neue\w*|nouvel\w*|nuev\w*|nuov\w*|nov[oa]s?|nieuw\w*|nya|ny|nye|uusi|yeni|now(?:y|a|e|ego|ym)|nová|новый)\b",
           re.I)


def _named_in_other_words(own: str) -> str | None:
    named = set()
    for m in _SENTENCES.finditer(own):
        sentence = m.group(0)
        if "@" not in sentence or _NEW.search(sentence):
            continue
        if _asks_in_sentence(sentence):
            named.update(find_all(sentence))
        else:
            named.update(normalize(x.group(1)) for x in _THE_ADDRESS.finditer(sentence))
    named.discard(None)
    return named.pop() if len(named) == 1 else None


def _without_contact_block(text: str) -> str:
    """The text without a signature's contact block at its end: a name line (and up to two more
    lines: a title, a company) after a blank line, then lines of links and phone numbers only
    ("Unsubscribe\n\nJohn Smith\nhttps://acme.example\nhttps://linkedin.com/in/js").  The links of a
    reader's signature are no marketing mail's."""
    lines = text.rstrip().split("\n")
    i = len(lines)
    while i > 0 and _CONTACT_LINE.fullmatch(lines[i - 1]):
        i -= 1
    if i == len(lines):
        return text  # no contact lines at the end
    j = i
    while j > 0 and i - j < 3 and lines[j - 1].strip() and _SIGNATURE_LINE.fullmatch(lines[j - 1]):
        j -= 1
    # the name stands after a blank line, below the reader's own words
    if j == i or j < 2 or lines[j - 1].strip() or not "".join(lines[:j]).strip():
        return text
    return "\n".join(lines[:j])


def _own_request(rx: Lazy, text: str) -> bool:
    """A match of ``rx`` in a sentence that is the reader's own request: not a footer's "if you
    wish to unsubscribe, click here", not what someone else said."""
    # (each sentence is read once: the next match in a sentence already read is skipped, and the
    # look back for the sentence's start stops at the end of the one read before, so that many
    # matches in one long sentence, or many sentences, cost one pass)
    seen = 0  # the end of the last sentence read
    for m in rx.finditer(text):
        if m.start() < seen:
            continue  # a sentence already read
        start = seen
        for stop in ".!?。！？\n":
            start = max(start, text.rfind(stop, seen, m.start()) + 1)
        found = _STOP.search(text, m.end())
        end = found.start() if found is not None else len(text)
        # (never under a negation just before it, in its own clause: "No quiero darme de baja del boletín", "Xin đừng gỡ ...";
        # not "Please don't email me again, unsubscribe me")
        before = text[max(start, m.start() - 24):m.start()]
        if _NOT_OWN_REQUEST.search(text, start, end) is None \
                and not _NEGATED.search(before[max(before.rfind(","), before.rfind(";")) + 1:]):
            return True
        seen = max(end, m.end())
    return False


def _short_reply(msg: ParsedMessage, subject: str, text: str) -> str | None:
    """The reader's own words of a short answer to the sender's mail: a reply (In-Reply-To, "Re:")
    or a subject that is itself the request, with a few lines before the signature and the quoted
    original ("-- ", "On ... wrote:", "-----Ursprüngliche Nachricht-----"); None for any other mail,
    and for an answer to a person's mail (``_answers_a_personal_mail``)."""
    if not (textdet.is_reply(msg) or _UNSUB_SUBJECT.match(subject)) or _answers_a_personal_mail(msg):
        return None
    own = _before_quote(text).strip()
    if _UNSUB_SUBJECT.match(subject):
        # (the subject is itself the request, "Newsletter abbestellen": a greeting, a reason and a signature around the
        # text's own "Bitte melden Sie mich ab." still make a short answer)
        return own if len(own) <= 600 and own.count("\n") < 8 else None
    # (a few lines of the reader's own words: blank lines between a greeting, the request and the name count for none)
    return own if len(own) <= 300 and sum(1 for line in own.split("\n") if line.strip()) < 5 else None


def _answers_a_personal_mail(msg: ParsedMessage) -> bool:
    """The reply carries the mail it answers, and that one came from no list (no List-Id,
    List-Unsubscribe or Precedence: bulk/list): "the list" of a bare request is then no mailing list."""
    if not msg.attached:
        return False
    for original in msg.attached:
        if original.get("list-id") or original.get("list-unsubscribe") or \
                str(original.get("precedence") or "").strip().lower() in ("bulk", "list", "junk"):
            return False
    return any(original.get("from") for original in msg.attached)


def _before_quote(text: str) -> str:
    """The text before the signature ("-- ") and the quoted original ("On ... wrote:")."""
    cut = len(text)
    for rx in (_SIGNATURE, _QUOTED_REPLY):
        m = rx.search(text)
        if m is not None:
            cut = min(cut, m.start())
    return text[:cut]


def _has_attachment(msg: ParsedMessage) -> bool:
    """A file sent along (a PDF form, a picture): the mail is about that, not an empty request."""
    return any(not p.ctype.startswith(("text/", "multipart/")) for p in msg.parts)


def _asks_unsubscribe(msg: ParsedMessage, subject: str, body: str) -> bool:
    """The reader asks to be taken off the list: by the subject with nothing else sent (no text,
    no file), or by the text's own words."""
    to = msg.header("To")
    if to and "," not in to and _TO_UNSUBSCRIBE.match((normalize(to) or "").rpartition("@")[0]) \
            and not textdet.from_system(msg) and not msg.status_blocks and not msg.attached:
        # mail sent to the list's unsubscribe address (RFC 2369 List-Unsubscribe mailto: "unsubscribe@...", a token in the
        # subject or the address, "This message was automatically generated by the mail client's unsubscribe feature"):
        # the request itself, whatever its words
        return True
    short = _short_reply(msg, subject, body)
    if _UNSUB_SUBJECT.match(subject):
        own = _SENT_FROM.sub("", _before_quote(body)).strip()
        if not own or "\n" not in own and _UNSUB_SUBJECT.match(own):
            # nothing but a signature ("-- \nJohn", "Sent from my iPhone"), or the request said again in
            # the text ("unsubscribe" / "Отписаться от рассылки"): the subject is the request
            return not _has_attachment(msg)
        if _OPENS_WITH_REQUEST.match(own) and not _has_attachment(msg) and not textdet.from_system(msg):
            return True  # the text opens with the request said again, its reasons after it ("unsubscribe please. I am closing ...")
        return _asks_unsubscribe_not_bounce(msg, body, short)
    return _asks_unsubscribe_not_bounce(msg, body[:500], short)

# the long case-insensitive alternations searched for in subjects and texts: each is compiled
# behind a look-ahead at the characters its matches start with (``lazyre.Lazy.scan``)
scanned(_AUTO_SUBJECT_ANY, _CHALLENGE_WORDS, _ABOUT_OUR_MESSAGE, _CHALLENGE_PROTECTS, _CHALLENGE_MORE,
        _NOT_OWN_REQUEST, _TICKET, _SENDS_FILE, _URGENT, _OFFER_QUESTION)


def detect(msg: ParsedMessage) -> Detection | None:
    subject = textdet.subject(msg)
    if textdet.from_system(msg) and textdet.bounce_subject(msg):
        return None  # a mail system's delivery report: never an auto-reply or a request
    if textdet.forwards_a_report(msg):
        return None  # a person forwarding a mail system's report: the report's reader decides (text.py)
    sender = normalize(msg.from_)
    body = _own_text(msg)

    if not msg.status_blocks and _is_challenge(msg, sender or "", subject, body):
        return Detection(CHALLENGE, [Record(address=_protected(msg, sender, subject, body) or sender)], name)

    auto_submitted = msg.auto_submitted
    precedence = str(msg.head("precedence") or "").strip().lower()
    strong = bool(_AUTO_SUBJECT.search(subject))
    header = (auto_submitted.startswith("auto-replied") or precedence == "auto_reply"
              or any(msg.head(h) for h in _AUTO_HEADERS)
              or (auto_submitted.startswith("auto-") and bool(_AUTO_SUBJECT_ANY.search(subject))))
    # (an "Automatic reply:" subject from a mail system's own account over a report of the message not delivered
    # is that system's failure notice in an auto-responder's dress, no person's reply)
    if strong and not textdet.bounce_subject(msg) and not (textdet.system_account(msg) and textdet.looks_like_bounce(msg)) \
            or header and not textdet.looks_like_bounce(msg) and not _system_report(msg) \
            or _is_world_auto_reply(msg, subject, body, auto_submitted, precedence):
        # (a read receipt, RFC 8098, reports a delivered message's fate: never a failure of its own; the domain's mail system
        # saying an account of its domain is closed says our message reached no one, in whatever words)
        system = textdet.system_account(msg)
        if not system and textdet.writes_for_the_address_we_sent_to(msg) and textdet.looks_like_bounce(msg):
            # an account of the recipient's organisation answering our VERP address about that address in an auto-responder's
            # dress ("IT-Service / Automatische Antwort: ... Ihre Nachricht an a.berger@ konnte deshalb nicht zugestellt
            # werden"): its report, read by the text reader (never a failure of the answering account's own)
            return None
        # (a role account, "noreply@", "info@", speaks of another account of its domain, or else of its own)
        gone = None
        if msg.report_type != "disposition-notification":
            role = system or _answers_for_domain(sender)
            gone = _gone_undelivered(sender, body, role, said_undelivered=not role, role=role and not system)
            if gone is None and role and not system:
                gone = _gone_undelivered(sender, body)
            if gone is not None and gone.address == sender and (named := textdet.writes_for_the_address_we_sent_to(msg)):
                # (another account of the recipient's organisation answering our VERP address, "it@" about "olena@", a
                # service desk's "Palvelupiste", a role account's "noreply@": whether its words name the colleague's address
                # that VERP address encodes or say "this address", the failure is the colleague's, never the answering
                # account's own)
                gone.address = named
        if gone and textdet.quotes_a_server_failure(body) and gone.address and f"<{gone.address.lower()}>" not in body.lower():
            # (its text quotes a server's refusal of another address, "550 5.1.1 <bestellung@...>: User unknown", below a
            # desk's receipt: a report of that failure, which the report readers take, never the answering account's own)
            return None
        if gone:
            return Detection(FAILED, [gone], name)
        if sender and msg.report_type != "disposition-notification" and _DAEMON.match(sender.rpartition("@")[0]) \
                and not (strong or _AUTO_SUBJECT_ANY.search(subject)
                         or _is_world_auto_reply(msg, subject, body, auto_submitted, precedence)):
            # (MAILER-DAEMON is no one's auto-responder: its words a report's in a language no table holds, never a reply; unless
            # its subject says it is one, "Automatische Antwort: ...", an unmonitored box's answer set up on that account; its
            # read receipts, RFC 8098, say what became of a delivered message)
            return None
        return Detection(AUTO_REPLY, [Record(address=_answered_for(msg, sender))], name)
    if _acknowledges(msg, subject, body, auto_submitted, precedence) or _answers_unread(msg, body):
        return Detection(AUTO_REPLY, [Record(address=_answered_for(msg, sender))], name)
    if textdet.is_reply(msg) and (textdet.system_account(msg) or _IT_DESK.match(sender.rpartition("@")[0] if sender else "")) \
            and "@" in body:
        # a domain's postmaster answering our mail in its own words ("L'indirizzo m.ferri@... è stato eliminato: la casella
        # non esiste più"): the account of its domain it says is gone failed, however the sentences put it
        gone = _gone_undelivered(sender, body, system=True, said_undelivered=False)
        if gone is not None:
            return Detection(FAILED, [gone], name)

    if not _is_bulk(msg) and _asks_unsubscribe(msg, subject, body) \
            and not (textdet.writes_for_the_address_we_sent_to(msg) and textdet.looks_like_bounce(msg)):
        # (not the recipient organisation's own notice to our VERP address that the mailbox is gone and asks us to take the
        # address off: "Ihr Postfach wurde gelöscht ... Bitte entfernen Sie die Adresse aus Ihrem Verteiler", its report)
        named = _named_for_removal(body, sender)
        if named and sender and textdet.organisation(named) != textdet.organisation(sender) \
                and textdet.organisation(named) == textdet.organisation(msg.header("To") or ""):
            # (an address of the organisation the request was sent to, "to unsubscribe you from the mailing list:
            # news@<ours>": the list it asks to leave, never the one to take off)
            named = None
        return Detection(UNSUBSCRIBE, [Record(address=named or sender)], name)
    return None


# the delivery daemon's own accounts (RFC 5321 section 4.5.5's reports come from them; no person answers mail there)
_DAEMON = Lazy(r"^(?:mailer[-_]?daemon|mail[-_.]?daemon|mail[-_.]?delivery(?:[-_.]?(?:system|subsystem))?)$", re.I)


def _system_report(msg: ParsedMessage) -> bool:
    """A mail system's own account marks its reports as automatic replies: Exim writes "Auto-Submitted: auto-replied" on
    its delay warnings and bounces (deliver.c, whatever an administrator rewrote its templates' words to, Malay "Emel yang
    anda hantar belum dapat disampaikan kepada penerima berikut"), Postfix on its bounces.  When the text reader finds its
    recipients and their answers, it is that report, never a person's auto-reply (a vacation responder writes from its
    owner's address, never MAILER-DAEMON's).  A disposition notification is none of these: the MDN reader before this one
    took every refusal among them, the rest are receipts (RFC 8098)."""
    if not textdet.system_account(msg) or msg.report_type == "disposition-notification":
        return False
    found = textdet.detect(msg)
    # (its success notices too: Exchange's "Relayed:" notice, "Delivery to these recipients or groups is complete, but no
    # delivery notification was sent by the destination server", marked auto-replied)
    return found is not None and (found.kind in FAILURE_KINDS or found.kind == DELIVERED)


# the address a request names to take off ("Could you please remove sarah@... from your mailing list?": a colleague who
# left, the office now reading her mail): that one is unsubscribed, not the writer's
_REMOVE_NAMED = Lazy(r"\b(?:remove|unsubscribe|take) <?(" + ADDRESS + r")>? (?:for good |permanently |now )?(?:off|from)\b|"
                     # (German "nehmen Sie die Adresse m.keller@... aus Ihrem Verteiler")
                     r"\b" + _DE_TAKE_OFF + r" (?:die (?:e-?mail-?|mail-?)?adresse )?<?(" + ADDRESS
                     + r")>?(?: bitte)? (?:aus|von|vom)\b", re.I)
# ... the same request with the person named around the address and the list named after it ("Please remove my colleague Jana
# Novak (jana@...) from your mailing list", "Kindly take raj@... off your distribution", German "nehmen Sie die Adresse
# unseres ehemaligen Kollegen m.weber@... aus Ihrem Verteiler", French "désinscrire ma collègue (x@...) de votre liste",
# Spanish "eliminen a x@... de su lista", Dutch "mijn collega (x@...) uit uw mailinglijst verwijderen", Portuguese "removam
# o endereço do meu colega (x@...) da vossa lista"), or before it (French "Merci de retirer de votre liste de diffusion
# l'adresse de ma collègue : x@...", Italian "cancellare dalla vostra mailing list l'indirizzo della mia collega: x@...",
# Spanish "den de baja de su lista de correo a mi compañero (x@...)"): a request in itself, where no other words ask to
# unsubscribe
_LISTS = r"(?:list|lists|distribution|database|mailings?|newsletters?)"
_NAMED_ADDRESS = r"<?(" + ADDRESS + r")>?\)?"
_NAME_BEFORE = r"[^.?!\n@]{0,80}?"  # the person named before the address, in the same sentence
_NAME_AFTER = r"[^.?!\n@]{0,20}?"  # ... and a comma, a bracket after it
_REMOVE_NAMED_FROM_LIST = Lazy(
    r"\b(?:remove|unsubscribe|take|delete|drop)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"\b(?:off|from) "
    r"(?:your|the|all (?:of )?your) (?:[\w-]+ ){0,2}" + _LISTS + r"\b|"
    r"\b" + _DE_TAKE_OFF + r"\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"\b(?:aus|von) (?:ihrem|ihrer|dem|der|allen) "
    r"(?:[\wäöü-]+ )?(?:verteiler|liste|mailingliste|newsletter|adressliste)\b(?! (?:der|des|für|fuer|von)\b)|"
    r"\b(?:retirer|supprimer|d[ée]sinscrire|enlever|radier)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"\bde (?:votre|vos|la) "
    r"(?:liste|fichier|base)|"
    r"\b(?:retirer|supprimer|d[ée]sinscrire|enlever|radier)\b[^.?!\n@]{0,40}?\bde (?:votre|vos|la) (?:liste|fichier|base)"
    + _NAME_BEFORE + _NAMED_ADDRESS + r"|"
    r"\b(?:eliminar|eliminen|borrar|borren|quitar|quiten|retirar|retiren)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\bde (?:su|sus|la|vuestra) (?:lista|base)|"
    r"\b(?:dar|den|d(?:é|e)) de baja\b" + _NAME_BEFORE + _NAMED_ADDRESS + r"|"
    + _NAMED_ADDRESS + _NAME_AFTER + r"\b(?:uit|van) (?:uw|de|jullie) (?:[\w-]+ )?(?:lijst|mailinglijst|verzendlijst|nieuwsbrief|bestand)\b"
    r"[^.?!\n]{0,20}?\b(?:verwijderen|verwijdert|halen|schrappen)\b|"
    r"\b(?:cancellare|cancellate|rimuovere|rimuovete|eliminare|eliminate|togliere|togliete)\b[^.?!\n@]{0,40}?"
    r"\bdalla (?:vostra |nostra )?(?:mailing ?list|lista|newsletter)" + _NAME_BEFORE + _NAMED_ADDRESS + r"|"
    r"\b(?:remov|exclu|retir|apag|descadastr)\w*\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\bd[ao]s? (?:(?:vossa|sua|nossa) )?(?:lista|base|mailing)|"
    # ... English "Please stop sending your emails to his address, robert.ward@..." (a relative's, a colleague's)
    r"\bstop sending (?:your |these |any |the )?(?:e-?mails?|mails?|messages|newsletters?|mailings?) to (?:his|her|their) "
    r"(?:e-?mail )?address,? " + _NAMED_ADDRESS + r"|"
    # ... Swedish "ta bort anna.berg@... från er utskickslista", Danish / Norwegian "fjerne x@... fra jeres nyhedsbrev /
    # deres e-postliste", Polish "usunąć adres x@... z Państwa listy mailingowej", Czech / Slovak "odstraňte adresu x@... z
    # vašeho seznamu", "odstráňte ... zo zoznamu", Turkish "x@... adresini e-posta listenizden çıkarın", Japanese "田中
    # （x@...）は退職いたしましたので、貴社のメール配信リストから削除していただけますでしょうか"
    r"\b(?:ta bort|stryk|avregistrera)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\bfrån (?:er|ert|era|din|ditt|dina|denna|listan|utskicket)\b[^.?!\n@]{0,30}?(?:list|nyhetsbrev|utskick|register)|"
    r"\b(?:fjern|fjerne|slet|slette|afmeld|afmelde|avmeld|avmelde)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\bfra (?:jeres|jer|deres|din|dit|denne|dette|listen|vores)\b[^.?!\n@]{0,30}?(?:list|nyhedsbrev|nyhetsbrev|udsendelse|"
    r"utsendelse|register|mail)|"
    r"\b(?:usunąć|usuńcie|usuń|wypisać|wypiszcie|wykreślić|wykreślcie)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\bz (?:państwa |waszej |waszego |tej |twojej )?(?:list|baz|newsletter|mailing|wysyłk)|"
    r"\b(?:odstraňte|odstranit|odstráňte|odstrániť|vymažte|vymazat|vymazať|smažte|smazat|odhlaste|odhlásit|odhláste)\b"
    + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\bzo? (?:vašeho |vaší |vášho |vašej |tohoto |této |tohto |tejto )?(?:seznam|zoznam|databáz|datab[aá]z|mailing|rozesíl|newsletter|odběr|odber)|"
    + _NAMED_ADDRESS + r"[^\S\n]*(?:adresini |adresi )?(?:e-?posta |mail |haber ?bülteni? |bülten )?"
    r"(?:listenizden|listesinden|listeden|bülteninizden|veritabanınızdan) (?:çıkar|cikar|sil|kaldır|kaldir)|"
    + _NAMED_ADDRESS + r"[^@\n]{0,60}?(?:配信リスト|メーリングリスト|送信リスト|配信先|リスト)から(?:削除|外し|除外)|"
    # ... Greek "διαγράψτε τη διεύθυνση του συναδέλφου μου x@... από τη λίστα", Romanian "ștergeți adresa colegului meu, x@...,
    # din lista", Slovenian "odstranite naslov ... x@... z vašega poštnega seznama", Croatian "maknete adresu ... x@... s vaše
    # mailing liste", Indonesian "hapus alamat email rekan saya, x@..., dari milis Anda", Vietnamese "xóa địa chỉ ... x@...
    # khỏi danh sách", Arabic "حذف عنوان زميلي x@... من قائمتكم" / "إزالة البريد x@... من قائمة", Finnish "poistakaa hänen
    # osoitteensa x@... postituslistaltanne" / "poistaa osoitteen x@... jakelustanne", Hungarian "töröljék kollégám címét (x@...) a hírlevél-listájukról", Latvian "izņemiet ... x@... no
    # jūsu adresātu saraksta"
    r"(?:διαγράψτε|αφαιρέστε|διαγράψετε|αφαιρέσετε)" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"από (?:τη|την|τις) λίστ|"
    r"\b(?:ștergeți|stergeti|șterge|sterge|eliminați|eliminati|scoateți|scoateti)\b" + _NAME_BEFORE + _NAMED_ADDRESS
    + _NAME_AFTER + r"\bdin lista|"
    r"\b(?:odstranite|izbrišite|izbrisite)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\bz (?:va(?:š|s)ega |va(?:š|s)e |tega )?(?:po(?:š|s)tnega |e-?po(?:š|s)tnega )?seznam|"
    r"\b(?:maknete|maknite|uklonite|obrišete|obrišite|obrisite|izbrišite|izbrisite)\b" + _NAME_BEFORE + _NAMED_ADDRESS
    + _NAME_AFTER + r"\bsa? (?:va(?:š|s)e |va(?:š|s)eg |ove )?(?:mailing |e-?mail |adresne |distribucijske )?list|"
    r"\b(?:hapus|keluarkan)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"\bdari (?:milis|daftar|mailing list)|"
    r"\bx(?:ó|o)a\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"\bkh(?:ỏ|o)i danh s(?:á|a)ch|"
    r"(?:حذف|إزالة|ازالة)" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"من (?:قائم(?:ت|ة)|القائمة)|"
    r"\b(?:poistakaa|poistattehan|poistaisitteko|poista|poistaa)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"(?:postituslist|sähköpostilist|uutiskirje|listalt|rekisterist|jakelu)|"
    r"\b(?:töröljék|töröljétek|töröljenek|töröljön)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\b(?:a |az )?(?:hírlevél-?|levelezési |levelező)?list(?:á|a)j|"
    r"\b(?:izņemiet|izdzēsiet|dzēsiet|izslēdziet)\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER
    + r"\bno (?:jūsu |jusu )?(?:adresātu |adresatu |e-?pasta |izsūtnes |izsutnes )?sarakst|"
    # ... said as "stop sending (the newsletter) to <address>" or "remove <address> from your recipients / distribution":
    # Romanian "nu mai trimiteți newsletterul la adresa x@...", Vietnamese "ngừng gửi bản tin đến địa chỉ x@...", Hungarian
    # "a x@... címre ne küldjenek hírlevelet", Latvian "vairs nesūtiet jaunumus uz x@...", Greek "σβήστε τη διεύθυνση x@...
    # από τους παραλήπτες", Slovenian "odjavite naslov x@... od prejemanja", Croatian "adresu x@... maknete s popisa"
    # (the mailing named between: "stop sending the invoices to x@" is no unsubscribe)
    r"\bnu mai trimite(?:ți|ti) (?:newsletter\w*|mesaje\w*|e-?mail\w*|ofert\w*|buletin\w*)\b[^.?!\n@]{0,30}?"
    r"\b(?:la|c(?:ă|a)tre) adresa\s+" + _NAMED_ADDRESS + r"|"
    # (and: Vietnamese "không gửi email tới địa chỉ x@... nữa", Hungarian "ne küldjenek több reklámlevelet erre a címre: x@...",
    # Greek "να μην στέλνετε πλέον μηνύματα στη διεύθυνση x@...", Slovenian "da naslov x@... izbrišete iz vaše baze",
    # Croatian "da više ne šaljete obavijesti na x@...", Arabic "عدم إرسال أي رسائل أخرى إلى العنوان x@...", Finnish
    # "Lopettakaa uutiskirjeiden lähettäminen osoitteeseen x@...")
    r"kh(?:ô|o)ng g(?:ử|u)i (?:email|e-mail|thư|bản tin)\b[^.?!\n@]{0,20}?(?:t(?:ớ|o)i|(?:đ|d)(?:ế|e)n) (?:đ|d)(?:ị|i)a ch(?:ỉ|i)\s+"
    + _NAMED_ADDRESS + r"|"
    r"\bne k(?:ü|u)ldjenek (?:t(?:ö|o)bb )?(?:h(?:í|i)rlevel\w*|rekl(?:á|a)mlevel\w*|e-?mail\w*|level\w*)\b[^.?!\n@]{0,20}?"
    r"\berre a c(?:í|i)mre:?\s+" + _NAMED_ADDRESS + r"|"
    r"μην στέλνετε (?:πλέον )?(?:μηνύματα|ενημερωτικ\w*|email|e-mail|newsletter)[^.?!\n@]{0,20}?διεύθυνση\s+" + _NAMED_ADDRESS + r"|"
    r"\bnaslov\s+" + _NAMED_ADDRESS + r"[^.?!\n@]{0,20}?\bizbri(?:š|s)ete iz\b|"
    r"\bvi(?:š|s)e ne (?:š|s)aljete (?:obavijesti|newsletter\w*|poruke|e-?mail\w*)\b[^.?!\n@]{0,20}?\bna\s+" + _NAMED_ADDRESS + r"|"
    r"عدم إرسال[^.?!\n@]{0,40}?(?:إلى|الى) العنوان\s+" + _NAMED_ADDRESS + r"|"
    r"\blopettakaa (?:uutiskirjeiden|sähköpostien|viestien|mainosten) lähettäminen osoitteeseen\s+" + _NAMED_ADDRESS + r"|"
    r"ng(?:ừ|u)ng g(?:ử|u)i (?:bản tin|email|e-mail|thư|tin)\b[^.?!\n@]{0,20}?(?:đ|d)(?:ế|e)n (?:đ|d)(?:ị|i)a ch(?:ỉ|i)\s+" + _NAMED_ADDRESS + r"|"
    + _NAMED_ADDRESS + r"\s+c(?:í|i)mre\b[^.?!\n@]{0,40}?\bne k(?:ü|u)ldjenek\b|"
    r"\bvairs nes(?:ū|u)tiet (?:jaunumus|v(?:ē|e)stules|e-?pastus|zi(?:ņ|n)as|reklām\w*)\b[^.?!\n@]{0,20}?\buz\s+" + _NAMED_ADDRESS + r"|"
    r"(?:σβήστε|διαγράψτε|αφαιρέστε)" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"από τους παραλήπτες|"
    r"\bodjavite\b" + _NAME_BEFORE + _NAMED_ADDRESS + _NAME_AFTER + r"\bod prejemanja\b|"
    r"\badresu\s+" + _NAMED_ADDRESS + r"[^.?!\n@]{0,20}?\bmaknete s (?:popisa|liste)\b|"
    # ... "stop sending <the kind of mail> to <address>" in the major languages: English "Please stop sending promotional emails
    # to x@...", German "senden Sie keine Newsletter mehr an die Adresse x@...", French "ne plus envoyer votre lettre
    # d'information à l'adresse x@...", Spanish "dejen de enviar publicidad a la dirección x@...", Italian "non inviare più
    # comunicazioni commerciali all'indirizzo x@...", Portuguese "deixem de enviar newsletters para o endereço x@...", Danish
    # "stop med at sende nyhedsbreve til x@...", Polish "zaprzestanie wysyłania ofert i newslettera na adres x@..."
    r"\bstop sending (?:your |any |these |the |us )?(?:promotional |marketing )?(?:e-?mails?|mails?|messages|newsletters?|mailings?|"
    r"offers|promotions)\s+to\s+(?:the address\s+)?" + _NAMED_ADDRESS + r"|"
    r"\b(?:senden|schicken) sie (?:uns )?(?:bitte )?keine (?:newsletter|e-?mails?|werbung|mailings?|nachrichten|angebote) mehr an "
    r"(?:die (?:e-?mail-?)?adresse\s+)?" + _NAMED_ADDRESS + r"|"
    r"\bne plus (?:envoyer|adresser) (?:votre |vos |la |les |de )?(?:lettres? d['’]information|newsletters?|e-?mails?|courriels|"
    r"messages|offres)\b[^.?!\n@]{0,20}?(?:à|a) (?:l['’]adresse\s+)?" + _NAMED_ADDRESS + r"|"
    r"\bdejen de enviar (?:\w+ ){0,2}?(?:publicidad|correos|e-?mails?|boletines|newsletters?|mensajes|ofertas)\b[^.?!\n@]{0,20}?"
    r"\ba (?:la direcci(?:ó|o)n\s+)?" + _NAMED_ADDRESS + r"|"
    r"\bnon inviare pi(?:ù|u) (?:\w+ ){0,2}?(?:comunicazioni|newsletter|e-?mail|messaggi|offerte)\b[^.?!\n@]{0,30}?"
    r"\ball['’]indirizzo\s+" + _NAMED_ADDRESS + r"|"
    r"\bdeixem de enviar (?:\w+ ){0,2}?(?:newsletters?|e-?mails?|mensagens|publicidade|comunica(?:ç|c)(?:õ|o)es)\b[^.?!\n@]{0,20}?"
    r"\bpara o endere(?:ç|c)o\s+" + _NAMED_ADDRESS + r"|"
    r"\bstop med at sende (?:nyhedsbreve|e-?mails?|mails|tilbud)\s+til\s+" + _NAMED_ADDRESS + r"|"
    r"\bzaprzestanie wysy(?:ł|l)ania\b[^.?!\n@]{0,40}?\bna adres\s+" + _NAMED_ADDRESS + r"|"
    # ... the same request with other verbs of each language (English "cease sending newsletters to the address x@", "don't
    # want your promotions at x@"; German "schicken Sie an x@ keine Werbung mehr"; French "cesser l'envoi de vos newsletters à
    # x@"; Spanish "no me envíen más correos a x@"; Italian "non mandare più newsletter a x@"; Portuguese "parem de mandar
    # publicidade para x@"; Danish "send ikke flere nyhedsbreve til x@"; Polish "nie wysyłać więcej newslettera na adres
    # x@"; Swedish "sluta skicka nyhetsbrev till x@"; Norwegian "slutt å sende nyhetsbrev til x@")
    r"\b(?:cease|stop|quit) sending\b[^.?!\n@]{0,40}?\b(?:e-?mails?|newsletters?|offers|promotions|mailings?|messages)\s+to\s+"
    r"(?:the address\s+|my address\s+)?" + _NAMED_ADDRESS + r"|"
    r"\b(?:don't|do not) (?:want|wish to receive) (?:your|any more|these) (?:e-?mails?|newsletters?|offers|promotions|mailings?)\s+"
    r"(?:at|to)\s+" + _NAMED_ADDRESS + r"|"
    r"\b(?:schicken|senden) sie an\s+" + _NAMED_ADDRESS + r"[^.?!\n@]{0,30}?\bkeine (?:werbung|newsletter|e-?mails?|mails|angebote) mehr\b|"
    r"\bcesser l['’]envoi (?:de vos |des |de )?(?:newsletters?|lettres? d['’]information|e-?mails?|courriels|offres|messages)\b"
    r"[^.?!\n@]{0,20}?(?:à|a)\s+(?:l['’]adresse\s+)?" + _NAMED_ADDRESS + r"|"
    r"\bno (?:me |nos )?env(?:í|i)en m(?:á|a)s (?:correos|e-?mails?|publicidad|newsletters?|boletines|mensajes|ofertas)\b"
    r"[^.?!\n@]{0,20}?\ba\s+(?:la direcci(?:ó|o)n\s+)?" + _NAMED_ADDRESS + r"|"
    r"\bnon (?:mandare|inviare|spedire) pi(?:ù|u) (?:newsletter|e-?mail|comunicazioni|messaggi|offerte|pubblicit(?:à|a))\b"
    r"[^.?!\n@]{0,20}?\ba(?:ll['’]indirizzo)?\s+" + _NAMED_ADDRESS + r"|"
    r"\bparem de (?:mandar|enviar) (?:publicidade|newsletters?|e-?mails?|mensagens|ofertas|promo(?:ç|c)(?:õ|o)es)\b"
    r"[^.?!\n@]{0,20}?\bpara\s+(?:o endere(?:ç|c)o\s+)?" + _NAMED_ADDRESS + r"|"
    r"\bsend (?:venligst )?ikke flere (?:nyhedsbreve|e-?mails?|mails|tilbud)\s+til\s+" + _NAMED_ADDRESS + r"|"
    r"\bnie wysy(?:ł|l)a(?:ć|c) (?:wi(?:ę|e)cej|ju(?:ż|z)) (?:newslettera|ofert|wiadomo(?:ś|s)ci|maili|e-?maili)\b"
    r"[^.?!\n@]{0,20}?\bna adres\s+" + _NAMED_ADDRESS + r"|"
    r"\bsluta skicka (?:nyhetsbrev|mejl|e-?post|erbjudanden|reklam)\s+till\s+" + _NAMED_ADDRESS + r"|"
    r"\bslutt (?:å|a) sende (?:nyhetsbrev|e-?post|tilbud|reklame)\s+til\s+" + _NAMED_ADDRESS + r"|"
    # ... and in Dutch "geen nieuwsbrieven meer sturen naar x@...", Finnish "Älkää lähettäkö enää uutiskirjeitä osoitteeseen
    # x@...", Czech / Slovak "nezasílejte mi už žádné obchodní nabídky na adresu x@...", "neposielajte ... na adresu x@...",
    # Turkish "x@... adresine artık kampanya e-postası göndermeyin", Greek "σταματήστε να στέλνετε ενημερωτικά δελτία στη
    # διεύθυνση x@...", Hungarian "ne küldjenek több hírlevelet a x@... címre", Polish "proszę o wypisanie adresu x@... z
    # listy", Italian "cancellare il mio indirizzo x@... dalla vostra mailing list", Portuguese "descadastrem o e-mail x@..."
    # (each with the kind of mail or the list named)
    r"\bgeen (?:nieuwsbrieven|nieuwsbrief|mailings?|e-?mails|aanbiedingen|reclame)\b(?: meer)?\s+(?:te\s+)?(?:sturen|versturen|"
    r"zenden|mailen)\s+(?:naar|aan)\s+(?:het adres\s+)?" + _NAMED_ADDRESS + r"|"
    r"\b(?:älkää|alkaa) lähettäkö (?:enää )?(?:uutiskirjeitä|sähköposteja|mainoksia|tarjouksia|markkinointiviestejä)\b"
    r"[^.?!\n@]{0,20}?\bosoitteeseen\s+" + _NAMED_ADDRESS + r"|"
    r"\b(?:nezas(?:í|i)lejte|neposílejte|neposielajte|nezasielajte)\b[^.?!\n@]{0,30}?\b(?:nab(?:í|i)dky|ponuky|newslettery?|"
    r"e-?maily|reklamu|obchodn(?:í|i) sd(?:ě|e)len(?:í|i))\b[^.?!\n@]{0,20}?\bna adresu\s+" + _NAMED_ADDRESS + r"|"
    + _NAMED_ADDRESS + r"\s+adresine\s+(?:artık\s+)?[^.?!\n@]{0,40}?\b(?:e-?posta|bülten|kampanya|reklam)\w*\b[^.?!\n@]{0,20}?"
    r"\bgöndermeyin\w*|"
    r"σταματήστε να (?:μου )?στέλνετε\b[^.?!\n@]{0,20}?(?:ενημερωτικ|προσφορ|newsletter|μηνύματα|email|e-mail|διαφημ)"
    r"[^.?!\n@]{0,40}?\bστη(?:ν)? διεύθυνση\s+" + _NAMED_ADDRESS + r"|"
    r"\bne k(?:ü|u)ldjenek (?:t(?:ö|o)bb )?(?:h(?:í|i)rlevel\w*|rekl(?:á|a)m\w*|e-?mail\w*|aj(?:á|a)nlat\w*)\b[^.?!\n@]{0,20}?"
    r"\baz?\s+" + _NAMED_ADDRESS + r"\s+c(?:í|i)mre\b|"
    r"\b(?:wypisanie|usuni(?:ę|e)cie|wykre(?:ś|s)lenie)\s+(?:(?:mojego|mego|tego) )?(?:adresu\s+)?(?:e-?mail\s+)?" + _NAMED_ADDRESS
    + _NAME_AFTER + r"\bz (?:pa(?:ń|n)stwa |waszej |waszego |tej )?(?:list|baz|newsletter|mailing|wysy(?:ł|l)k)|"
    r"\b(?:cancellare|cancellate|rimuovere|rimuovete|eliminare|eliminate|togliere|togliete)\b" + _NAME_BEFORE + _NAMED_ADDRESS
    + _NAME_AFTER + r"\bdalla (?:vostra |nostra |sua )?(?:mailing ?list|lista|newsletter)|"
    r"\bdescadastr(?:em|e|ar|ar o|a)\b[^.?!\n@]{0,30}?(?:e-?mail|endere(?:ç|c)o)\s+(?:d[eo]\s+)?" + _NAMED_ADDRESS,
    re.I)


# An auto-responder's words that our message was NOT delivered ("Your message has NOT been delivered and will not be read",
# German "Ihre Nachricht wurde NICHT zugestellt", Spanish "no ha sido entregado", French "n'a pas été distribué / transmis",
# Italian "non è stato consegnato", Portuguese "não foi entregue", Dutch "is niet afgeleverd", Japanese "配信されておりません"),
# or discarded ("Messages sent here are discarded"): beside words that the address is gone, closed, moved or disabled the
# mailbox did not take it, a failure in an auto-reply's dress.  An absence note ("I am on leave; your mail will not be
# forwarded") or "I have left, this address will be deleted" took the message and stays an auto-reply: not forwarded, not
# read are no failure.
_UNDELIVERED = Lazy(r"\b(?:has|have|was|were|is|will) not (?:been |be )?delivered\b|\bnot been delivered\b|"
                    # ("your message could not be delivered", "your email was bounced and I did not get it")
                    r"\b(?:could|can) ?not be delivered\b|\bcouldn['’]t be delivered\b|\b(?:your|the) (?:e-?mail|message) (?:was|has been) bounced\b|"
                    # ("messages sent to it are not delivered or read"; Romanian "mesajele ... nu mai sunt livrate" (are no
                    # longer delivered); Indonesian "tidak akan diterima oleh siapa pun" (will be received by no one);
                    # Swahili "barua ... hazisomwi wala kupokelewa" (are neither read nor received); Hebrew "אינן נמסרות"
                    # (are not delivered), "ההודעה שלך לא התקבלה" (your message was not received); Catalan "els missatges
                    # no es llegeixen ni es reenvien" (are neither read nor forwarded))
                    r"\b(?:are|is) not (?:being )?delivered\b|\bnu mai (?:sunt|este) (?:livrat|livrate|transmis)|"
                    r"\btidak akan diterima oleh siapa(?: ?pun)\b|\bhazisomwi wala kupokelewa\b|\bhazipokelewi\b|"
                    # (Finnish "eikä tähän osoitteeseen lähetettyjä viestejä toimiteta" (and messages sent to this address
                    # are not delivered))
                    r"\beik(?:ä|a)\b[^.\n]{0,60}?\btoimiteta\b|"
                    # (Dutch "berichten naar dit adres worden niet meer gelezen of doorgestuurd" (are no longer read or
                    # forwarded); Portuguese "não são entregues a nenhum destinatário" (are delivered to no recipient);
                    # Hindi "किसी को नहीं मिलेंगे" (will reach no one))
                    r"\bworden niet (?:meer |langer )?gelezen of doorgestuurd\b|\bn(?:ã|a)o (?:s(?:ã|a)o|ser(?:ã|a)o|(?:é|e)|ser(?:á|a)) entregues?\b|"
                    r"किसी को नहीं (?:मिलेंगे|मिलेगा|पहुँचेंगे|पहुंचेंगे)|"
                    # (reaching no one: Bosnian "se nikome ne isporučuju", Telugu "ఎవరికీ అందవు", Afrikaans "word nie aan iemand
                    # afgelewer nie", Punjabi "ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਮਿਲਣਗੇ", Zulu "ayifinyeleli kumuntu", Icelandic "berast engum",
                    # Filipino "hindi na po nare-receive ng kahit sino", Nepali "कसैले पनि पाउने छैनन्")
                    r"\bse nikome ne isporu(?:č|c)uju\b|ఎవరికీ అందవు|\bword nie aan iemand afgelewer nie\b|ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਮਿਲਣਗੇ|"
                    r"\bayifinyeleli kumuntu\b|\bberast engum\b|\bhindi na (?:po )?nare-?receive ng kahit sino\b|कसैले पनि पाउने छैनन्|"
                    r"אינ(?:ן|ם|ה) נמסר(?:ות|ים|ת)|(?:ההודעה שלך|הודעתך) לא התקבלה|\bno es llegeixen ni es reenvien\b|"
                    r"\b(?:has been|was|were|will be|is|are) discarded\b|\bno longer (?:be )?delivered\b|\bnicht zugestellt\b|"
                    r"\bno (?:ha sido|fue|ser(?:á|a)|se ha) entregad[oa]\b|\bn'a pas (?:été|ete) (?:distribu|remis|d[ée]livr|transmis)|"
                    r"\bnon (?:è|e) stat[oa] (?:consegnat|recapitat)|\bn(?:ã|a)o foi entregue\b|"
                    # (Dutch, never "niet afgeleverd bij een collega": not passed on to a colleague, an absence's words)
                    r"\bniet (?:afgeleverd|bezorgd)\b(?!\s+(?:bij|aan)\s+(?:een\s+|mijn\s+)?(?:collega|vervanger))|"
                    r"配信されて(?:お)?(?:りません|いません)|配信されませんでした|"
                    # (Swedish "har INTE levererats", Danish "er ikke blevet leveret", Norwegian "er IKKE levert",
                    # Polish "nie została dostarczona", Czech / Slovak "nebyla doručena" / "nebola doručená", Finnish "ei
                    # ole toimitettu", Turkish "iletilmemiştir" / "teslim edilmedi", Russian / Ukrainian "не было
                    # доставлено" / "не було доставлено", Hungarian "nem kézbesítettük", Catalan "no s'ha lliurat",
                    # Chinese "未被投递" / "未送达", Korean "전달되지 않았습니다")
                    r"\b(?:har|blev|kommer) inte (?:att )?leverera(?:t?s)\b|\blevererades inte\b|"
                    r"\b(?:er|blev|ble|blir|vil) ikke (?:blevet |blitt |bli |blive )?lever(?:et|t)\b|"
                    r"\bnie (?:została|zostanie|został|zostało) (?:\w+ )?dostarczon[aey]\b|\bnie dostarczono\b|"
                    r"\bneby(?:la|lo|l) doručen[aoý]?\b|\bnebude doručen[aoý]?\b|\bnebola doručen[áa]\b|"
                    r"\bei (?:ole )?(?:toimitettu|toimiteta)\b|"
                    r"\b(?:iletilmemiştir|iletilmedi|iletilmeyecektir|teslim edilmemiştir|teslim edilmedi|teslim edilemedi)\b|"
                    r"\bне (?:было |будет |було |буде )?доставлено\b|"
                    r"\bnem (?:kézbesítettük|került kézbesítésre|lett kézbesítve|kézbesítjük)\b|"
                    r"\bno (?:s['’]ha|ha estat|serà) (?:lliurat|entregat)\b|"
                    r"未被投递|未投递|未送达|没有送达|未能送达|不会被投递|전달되지 않았습니다|배달되지 않았습니다|"
                    # (Greek "δεν παραδόθηκε", Romanian "nu a fost livrat", Slovenian "ni bilo dostavljeno", Croatian /
                    # Serbian / Bosnian "nije isporučena / dostavljena", Estonian "ei edastatud", Latvian "netika piegādāta", Lithuanian "nebuvo pristatytas", Hebrew "לא נמסרה",
                    # Arabic "لم يتم تسليم", Vietnamese "không được chuyển đến người nhận", Indonesian "tidak terkirim",
                    # Icelandic "voru ekki afhent")
                    r"δεν (?:έχει )?παραδ(?:όθηκε|οθεί)|\bnu a fost (?:livrat|transmis|remis)|\bni (?:bilo|bila|bil) dostavljen|"
                    r"\bnije (?:isporu(?:č|c)en|dostavljen)|није (?:испоручен|достављен)|\bei (?:edastatud|toimetatud)\b|"
                    r"\bnetika pieg(?:ā|a)d(?:ā|a)t|\bnebuvo pristatyt|לא נמסר|لم يتم تسليم|لم تسلم|"
                    r"kh(?:ô|o)ng (?:đ|d)(?:ư|u)(?:ợ|o)c chuy(?:ể|e)n (?:đ|d)(?:ế|e)n ng(?:ư|u)(?:ờ|o)i nh(?:ậ|a)n|"
                    r"\btidak (?:terkirim|dikirimkan|tersampaikan)\b|\b(?:voru|var) ekki afhent|"
                    # (Vietnamese "chưa được gửi đến người nhận" (not yet sent to the recipient), Romanian "nu a ajuns la
                    # destinatar" (did not reach the recipient))
                    r"(?:chưa|không) được gửi đến người nhận|\bnu a ajuns la destinatar|"
                    # (Latvian "netika nogādāta adresātam", Croatian "neće biti isporučene" (will not be delivered); deleted
                    # unread, "Your message has been deleted without being read", Estonian "kustutati lugemata", Greek
                    # "διαγράφονται χωρίς να διαβαστούν": the words of a read receipt too, RFC 8098's "deleted" disposition,
                    # which ``detect`` never reads here)
                    r"\bnetika nog(?:ā|a)d(?:ā|a)t|\bneće biti isporučen|\bkustutati lugemata\b|"
                    r"\b(?:is|are|will be|has been|have been|was|were) deleted (?:unread|without being read)\b|"
                    r"\b(?:are|will be|is) automatically (?:deleted|purged|wiped)\b|\bungelesen gel(?:ö|oe)scht\b|\bsupprim(?:é|e)e? sans avoir (?:é|e)t(?:é|e) lue?\b|"
                    r"\bautomatisch (?:gel(?:ö|oe)scht|gewist|verwijderd)\b|\bd(?:é|e)truit sans lecture\b|\bse (?:borran|eliminan) autom(?:á|a)ticamente\b|"
                    r"\b(?:cancellat|eliminat)[ioae] (?:automaticamente )?senza essere lett|\bapagad[oa]s (?:automaticamente|sem leitura)\b|"
                    r"\bongelezen verwijderd\b|\beliminad[oa] sin (?:ser )?le(?:í|i)d[oa]\b|\beliminat[oa] (?:automaticamente )?senza essere lett[oa]\b|"
                    r"\beliminad[oa]s? sem (?:ser|serem) lid[oa]s?\b|\beliminad[oa]s sin (?:ser )?le(?:í|i)d[oa]s\b|"
                    r"\bsupprim(?:é|e)e?s sans avoir (?:é|e)t(?:é|e) lue?s\b|\bd(?:é|e)truits? sans (?:lecture|(?:ê|e)tre lus?)\b|"
                    r"διαγράφ(?:ονται|εται|ηκε|ηκαν) (?:αυτόματα )?χωρίς να διαβαστ|"
                    # (deleted unread or automatically in more languages: Dutch "zonder te lezen gewist", Finnish "poistetaan
                    # automaattisesti lukematta", Czech "jsou automaticky mazány", Slovak "automaticky vymazávané", Polish
                    # "automatycznie usuwane", Turkish "okunmadan silinmektedir", Romanian "sunt șterse automat", Greek
                    # "διαγράφονται αυτόματα", Hungarian "olvasás nélkül, automatikusan töröljük", Swedish "raderas utan att
                    # läsas", Danish / Norwegian "slettes automatisk", Japanese "自動的に削除されます", Russian "удаляются
                    # автоматически")
                    r"\bzonder te lezen (?:gewist|verwijderd)\b|\bongelezen gewist\b|\bpoistetaan (?:automaattisesti|lukematta)\b|"
                    r"\bautomaticky (?:maz(?:á|a)n|smaz(?:á|a)n|vymaz(?:á|a)v?an|odstra(?:ň|n)ov(?:á|a)n)|"
                    r"\b(?:maz(?:á|a)ny|smaz(?:á|a)ny|vymazan(?:é|e)) bez (?:p(?:ř|r)e(?:č|c)ten(?:í|i)|pre(?:č|c)(?:í|i)tania)\b|"
                    r"\bautomatycznie usuwane\b|\busuwane (?:automatycznie|bez (?:czytania|odczytania))\b|"
                    r"\bokunmadan silin|\botomatik olarak silin|\b(?:ș|ş|s)terse automat\b|\bf(?:ă|a)r(?:ă|a) a fi citite\b|"
                    r"διαγράφονται αυτόματα|\bolvas(?:á|a)s n(?:é|e)lk(?:ü|u)l\b[^.\n]{0,30}?t(?:ö|o)r(?:ö|o)lj(?:ü|u)k\b|"
                    r"\bautomatikusan (?:t(?:ö|o)r(?:ö|o)lj(?:ü|u)k|t(?:ö|o)rl(?:ő|o)dnek)\b|\braderas (?:automatiskt|utan att l(?:ä|a)sas)\b|"
                    r"\bslettes (?:automatisk|uden at blive l(?:æ|ae)st|uten (?:å|a) bli lest)\b|"
                    r"自動的に削除され|確認されずに(?:自動的に)?(?:削除|破棄)|読まれずに(?:削除|破棄)|開封されずに削除|自動的に破棄され|"
                    # (Swedish "läses inte och raderas": not read, and deleted)
                    r"\bl(?:ä|a)ses (?:inte|ej) och raderas\b|"
                    # (destroyed or deleted unread in more words: German "ungelesen vernichtet", Dutch "worden niet gelezen en
                    # verwijderd", French "supprimés sans avoir été consultés", Spanish "se eliminan / se borran sin ser
                    # leídos", Portuguese "excluídas sem leitura", Swedish "raderas oläst", Norwegian "slettet uten å bli
                    # lest", Danish "slettes ulæst", Japanese "開封されることなく破棄されます", Korean "확인되지 않고
                    # 삭제됩니다", Turkish "açılmadan imha edilmektedir")
                    r"\bungelesen (?:vernichtet|verworfen|entsorgt)\b|\bniet gelezen en (?:verwijderd|gewist|vernietigd)\b|"
                    r"\bongelezen vernietigd\b|\b(?:supprim|d(?:é|e)truit|effac)(?:é|e)?e?s? sans (?:avoir (?:é|e)t(?:é|e) |(?:ê|e)tre )?"
                    r"(?:lus?|consult(?:é|e)e?s?|ouverte?s?)\b|"
                    r"\bse (?:eliminan|borran|destruyen|descartan) sin (?:ser )?(?:le(?:í|i)dos|abiertos|leer)\b|"
                    r"\b(?:exclu(?:í|i)d|apagad|eliminad|descartad)[oa]s? sem (?:leitura|serem lid[oa]s|ser lid[oa]s?)\b|"
                    r"\braderas ol(?:ä|a)st[a]?\b|\bslett(?:es|et) (?:ul(?:æ|ae)st|ulest|uden at blive l(?:æ|ae)st)\b|"
                    r"\bslettet uten (?:å|a) bli lest\b|"
                    r"(?:開封|確認|閲覧)されることなく(?:削除|破棄)|(?:확인|열람)되지 않고 (?:자동으로 )?삭제|읽지 않은 상태로 삭제|"
                    r"\ba(?:ç|c)(?:ı|i)lmadan (?:imha|silin)|\bokunmadan imha\b|"
                    # (English "are automatically discarded without being read", Finnish "poistetaan lukemattomina", Hungarian
                    # "olvasatlanul töröljük", Japanese "読まれることなく削除", Chinese "不会被阅读 ... 自动删除")
                    r"\b(?:are|is|will be) (?:automatically |permanently )?discarded\b|\b(?:deleted|discarded|destroyed) without being "
                    r"(?:read|opened)\b|\bpoistetaan lukemattomina\b|\bolvasatlanul\b[^.\n]{0,30}?t(?:ö|o)r(?:ö|o)lj(?:ü|u)k\b|"
                    r"読まれることなく(?:削除|破棄)|(?:不会|不會)被(?:阅读|閱讀)|(?:系统|系統)?自动删除|自動刪除|"
                    r"\bудаляются (?:автоматически|без прочтения)\b|\bавтоматически удаляются\b|"
                    # (Indonesian "akan dihapus secara otomatis tanpa dibaca" (deleted automatically, unread), Hindi "बिना
                    # पढ़े स्वतः हटा दिए जाते हैं" (removed automatically, unread), Arabic "يتم حذف ... تلقائياً دون قراءتها"
                    # (deleted automatically without being read))
                    r"\bdihapus (?:secara )?otomatis\b|\bdihapus tanpa (?:dibaca|dibuka)\b|"
                    r"बिना पढ़े (?:ही )?(?:स्वतः |स्वचालित रूप से |अपने आप )?(?:हटा|मिटा|डिलीट कर)|"
                    r"(?:स्वतः|स्वचालित रूप से|अपने आप) (?:हटा|मिटा|डिलीट कर) दि(?:ए|ये) जा(?:ते|एंगे)|"
                    r"دون قراءت|بدون قراءت|(?:تلقائي|آلي)اً? دون|حذف[^.\n]{0,40}(?:تلقائي|آلي)|"
                    # (Vietnamese "sẽ bị tự động xóa mà không được đọc" (deleted automatically, unread), Thai "จะถูกลบโดยอัตโนมัติ"
                    # (deleted automatically), "โดยไม่มีการเปิดอ่าน" (without being opened))
                    r"tự động xóa|xóa mà không (?:được )?đọc|bị xóa tự động|ถูกลบโดยอัตโนมัติ|ลบโดยไม่(?:มีการ)?เปิดอ่าน|"
                    # (Malay "akan dipadam tanpa dibaca", Swahili "zitafutwa bila kusomwa", Persian "بدون خواندن حذف می‌شوند",
                    # Hebrew "יימחקו ללא קריאה", Ukrainian "видаляються без прочитання": deleted unread)
                    r"\bdipadam (?:secara automatik |tanpa dibaca)|\b(?:zi|i)tafutwa bila kusomwa\b|بدون خواندن حذف|"
                    r"(?:יימחקו|נמחקות|נמחקים) (?:ללא|בלי|מבלי) (?:קריאה|להיקרא)|\bвидаляються (?:автоматично|без прочитання)\b", re.I)
# (searched for in an auto-reply's whole text: behind the look-ahead at its first characters)
scanned(_UNDELIVERED)
# (and a full mailbox, said beside the words that our message was not delivered: "Sorry, my mailbox is full and your message could
# not be delivered")
_GONE_REASONS = frozenset({"user_unknown", "has_moved", "suspended", "mailbox_full"})
# the role accounts that answer for a domain's people, not for themselves ("noreply@", "helpdesk@", "info@", Italian
# "segreteria@"): the account such a responder says is gone is another of its domain, named in its words
_DOMAIN_ROLE = Lazy(r"(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|auto[-_.]?reply|auto[-_.]?responder|help[-_.]?desk|it|it[-_.]?support|"
                    r"support|service[-_.]?desk|info|office|kontakt|contact|segreteria|secretaria|secretariat|sekretariat|"
                    r"sekretaria|reception|recepcja|empfang|admin|administrator|webmaster)$", re.I)


# ... and, of those, the ones that run the mail: the only role accounts whose own replies (a person's, "Re:") speak for the mail
# system ("the mailbox of Mr. Pichler was closed after his departure"); an office's reply asks to take a colleague off
_IT_DESK = Lazy(r"(?:help[-_.]?desk|it|it[-_.]?support|service[-_.]?desk)$", re.I)


def _answers_for_domain(sender: str | None) -> bool:
    """The responder is one of its domain's role accounts (``_DOMAIN_ROLE``)."""
    return bool(sender and "@" in sender and _DOMAIN_ROLE.match(sender.rpartition("@")[0]))


def _gone_undelivered(sender: str | None, body: str, system: bool = False, said_undelivered: bool = True,
                      role: bool = False) -> Record | None:
    """The failure an auto-responder reports for its own address, where its words say both that the address is gone (or
    moved, or disabled) and that our message was not delivered; None for any other auto-reply.

    ``system``: the responder is the domain's mail system (postmaster@, an administrator's account) answering for a closed
    account it names ("the account k.zielinski@... was closed; messages to it are deleted automatically. Please write to
    office@..."): the failure is that account's, the one address of the sender's domain named in a sentence that says it
    is gone.  ``role``: the responder is a role account of the domain ("noreply@", "info@"), whose new address for
    writing is no account gone.  ``said_undelivered``: the words must also say our message was not delivered (an auto-responder's; a
    postmaster's own answer says the account is gone, and that is the failure)."""
    own = _before_quote(body)[:2000]
    # (the responder's lines wrapped anywhere: "Messages to it are deleted\nunread")
    if not sender or said_undelivered and not _UNDELIVERED.folded_search(" ".join(own.split())):
        return None
    from filter.core.classifier import decide

    if system and "@" in sender:
        domain = sender.rpartition("@")[2]
        said: dict[str, set[str]] = {}
        # (never an address the text gives as whom to ask, "Soporte: ayuda@<its domain>", "Bei Fragen wenden Sie sich an x@")
        contacts = {a for line in own.splitlines() if "@" in line and textdet.is_contact_line(line) for a in find_all(line)}
        # (a sentence wrapped by the mail client read whole: "the mailbox of Mr. Lukas Pichler (l.pichler@...) was closed after
        # his departure\nand is no longer monitored.")
        for sentence in (m.group(0) for m in _SENTENCES.finditer(_LINE_WRAP.sub(" ", own))):
            if "@" in sentence:
                named_here = find_all(sentence)
                ours = {a for a in named_here if a != sender and a.rpartition("@")[2] == domain and a not in contacts}
                if ours:
                    reason = decide(status=None, diagnostic=sentence)
                    if reason == "has_moved" and role and all(a.rpartition("@")[2] == domain for a in named_here):
                        continue  # (a role account's "please write from now on to bonjour@<its domain>": where to write)
                    said.setdefault(reason, set()).update(ours)
        # (a sentence that gives the person's new address names the address to use now, not the one gone: "The mailbox
        # m.bianchi@... was closed. Mr Bianchi can now be reached at marco.bianchi@...")
        gone = said.get("user_unknown", set()) | said.get("suspended", set())
        named = gone if len(gone) == 1 else gone | said.get("has_moved", set())
        if len(named) != 1:
            return None  # which account is gone, the words do not say
        sender = named.pop()

    if textdet.PASSED_ON.search(" ".join(own.split())) is not None:
        return None  # (the mail still reaches someone: "messages to her are forwarded to her successor" - no address gone)
    reason = decide(status=None, diagnostic=own)
    if reason == "suspended" and (leave := _on_leave()).search(own):
        # (the person on leave, the mail deleted meanwhile: "I am on parental leave until 2 September. Emails received during
        # this period will be deleted without being read" is an absence, read without its leave words)
        reason = decide(status=None, diagnostic=leave.sub(" ", own))
    return Record(address=sender, diagnostic=" ".join(own.split()), reason=reason) if reason in _GONE_REASONS else None


# a person's leave (patterns.py reads "is on parental leave" in a failure as the mailbox kept, ``suspended``; in the person's
# own auto-reply it is an absence): English, Dutch "met ouderschapsverlof", German "in der Elternzeit", "im Urlaub", and the
# leave words of languages.py's suspended table (``PERSON_ON_LEAVE``: Swedish "föräldraledig", Danish "på barsel"), read
# from there when first asked (the table's module is loaded by then: ``decide`` reads it)
_ON_LEAVE_HERE = r"\bon (?:\w+[ -]){0,2}(?:leave|sabbatical|furlough)\b|\b(?:met|op) (?:\w+ )?\w*verlof\b|\bin der elternzeit\b|\bim urlaub\b"


@functools.cache
def _on_leave() -> re.Pattern[str]:
    from filter.core.knowledge.languages import PERSON_ON_LEAVE

    return re.compile("|".join((_ON_LEAVE_HERE, *PERSON_ON_LEAVE)), re.I)


# a request to take off someone else, by "his / her / their" ("Could you please take his address off your mailing list?")
_THIRD_PERSON = Lazy(r"\b(?:take|remove|delete|strike|drop|erase|unsubscribe) (?:his|her|their) (?:name|e-?mail|(?:e-?mail )?address)\b|"
                     # ("My father, Harold Jenkins (harold@...), passed away. Please remove him from your mailing lists")
                     r"\b(?:take|remove|delete|drop|unsubscribe) (?:him|her|them) (?:off|from)\b|"
                     r"\bstop sending (?:your )?(?:e-?mails?|mails?|messages|newsletters?) to (?:him|her|them)\b|"
                     # (Polish "Proszę nie wysyłać już newslettera na jego adres": no more newsletters to his address)
                     r"\bnie wysyła(?:ć|c)\b[^.!?\n]{0,40}\bna (?:jego|jej) adres\b", re.I)


def _named_for_removal(body: str, sender: str | None = None) -> str | None:
    m = _REMOVE_NAMED.search(body, 0, 1000)
    if m is None:
        # (a request wrapped by the mail client: "Herrn Vogel, t.vogel@...,\naus Ihrem Verteiler")
        m = _REMOVE_NAMED_FROM_LIST.search(_LINE_WRAP.sub(" ", body[:1000]))
    if m is None:
        # the person named in a sentence before the request ("Dr. Peter Lindqvist (p.lindqvist@...) retired in June.
        # Could you please take his address off your mailing list?"): the one address the writer's own words name
        own = _LINE_WRAP.sub(" ", _before_quote(body)[:1000])
        if _THIRD_PERSON.search(own):
            named = set(find_all(own)) - {sender}
            return named.pop() if len(named) == 1 else None
        return _named_in_other_words(own)
    return normalize(next(g for g in m.groups() if g)) if m else None


# every alternative of _CHALLENGE_WORDS holds one of these (lower-cased; tests/test_reply_guards.py
# checks it): a text with none is not searched (the long case-insensitive alternation costs about
# 0.3 us a character)
_CHALLENGE_WORDS_INDEX = ("challenge", "ppostskydd", "nejste robot", "nie ste robot", "potvrdite da", "потвърдете",
                    "че сте човек", "antispamovou", "одобрени", "persona real", "solo recibo", "vahvista", "roskapostisuoj",
                    "ik ontvang alleen", "bekräfta att", "bekrafta att", "bekreft at", "bekræft at", "bekraeft at", "human", "verif", "approv", "senders", "confirm", "whitelist", "allow", "valider votre",
                    "waiting for", "delivered", "spam", "bien l'exp", "characters you see", "lista", "liste", "lijst", "conferm", "tigen sie ihre",
                    "bevestig", "you are ", "receive your", "waitlisted", "that all ", "only accept", "ckgehalten", "pour qu", "held",
                    "retenido", "mensaje", "prove", "they are", "if you are", "conferm", "accett", "confirm",
                    "digite", "type the", "enter the", "mensch", "送信", "held until", "on hold", "waiting in",
                    "to have your", "to get your", "attesa", "para que", "sua mensagem", "ckgehalten", "tigen sie",
                    "dass sie", "pending", "envio", "displayed", "aparecem", "mittenti", "shown", "accepte que", "figure pas", "approved list", "received mail", "received email", "received e-mail", "received messages", "diteurs", "autoris", "utorizz", "pprovati", "afzenders",
                    "que he ", "que aprovei", "que autorizei", "subject line", "en attente de",
                    "remetentes", "remitentes",
                    "absenderadresse", "подтверд", "белый список", "белом списке", "спис", "задержано",
                    "persona real", "digite o c", "aguardando", "un umano", "di essere", "programma automatico",
                    "autorizar sus", "provar que",
                    "введите", "demuestre", "apresentad", "exibid", "mostrad", "que aparecem", "verifica del mittente",
                    "aguarda", "retenido", "человек", "escreva", "introduza",
                    "weryfikacj", "potwierd", "nie jeste", "только после", "escrib", "introduzc", "accetta", "digo que aparece", "es una persona",
                    "przepisz", "pessoa", "sou um rob", "che sei", "una persona", "mittent", "задержано", "que vous",
                    "een mens", "pas afgeleverd", "without changing", "el asunto", "solo acepto", "sólo acepto", "lo acepta mensajes", "rellene", "formulario para", "geen spammer", "dimostr", "caratteri",
                    "trattenut", "messaggio che h", "antes de entregar", "quien lo env",
                    "one side", "set aside", "put aside", "retida", "giữ lại", "tạm giữ", "held by my", "in a holding", "затримано", "ap tann", "не робот", "yon moun", "ваш лист", "mesaj ou voye", "human sender", "replying to this", "teruggehou", "eenkant gehou", "holding area", "holding folder", "holding queue",
                    "let it through", "người thật", "xác minh", "dari pengirim yang", "người gửi", "giữ lại cho", "hanya menerima", "buktikan bah", "astikan bah", "konfirmasi", "tanpa mengubah", "hasta que", "para que se entregue", "bukan program", "bukan perisian", "patunayan na", "mensaxe", "thư của bạn", "tes pas un", "um programa", "afzenders", "z obrazka",
                    "upewni", "nniska", "fta att du", "post fr", "godk", "persoan", "potvrdite da ste", "підтвердіть", "a modifica subiectul",
                    "igazolja", "rja be a k", "αποδείξετε", "χωρίς να αλλάξετε",
                    "expeditorul", "de la expeditori", "unha persoa", "e jste ", "na ov", "ne robot", "csak ellen", "tse meg", "ולא", "אימות שולחים", "מוכרת לנמען", "עתידיות ממך", "oldu", "rulama sistemi", "التحقق", "تأكيد رسالتك", "確認コード", "が配信されます", "발신자 인증", "רק משולחים", "להוכיח שאתה", "ndericilerden", "unuzu onaylay", "المعتمدين", "شخص حقيقي", "odosielate", "nie ste robot", "ek bir ki", "tigten absendern", "absender zu best", "pouze zpr", "nejste", "preverjenih", "resni", "l fogad", "manneskj", "remitents", "sendendum", "olete inimene", "absenderbest", "kinnitage", "pendiente", "se entregar",
                    "authentifier", "code affich", "sa messagerie", "μόνο μηνύματα από", "είστε", "รับเฉพาะ", "ยืนยันว่าคุณ", "จากผู้ส่งที่ได้รับการยืนยัน", "uthibitishe", "aceita mensagens", "aceita e", "o um rob",
                    "une personne r", "ロボットではない", "確認済みの送信者",
                    "jeste", "avsendere som", "mennesk", "bekreft avsender", "bekreftet at", "画像に表示", "送信者の確認",
                    "accept doar", "accepto missatges", "skute", "igazolja", "адпраўшчык", "чалавек", "digo da imagem",
                    "pengirim yang", "waliothibitishwa", "duine daonna", "подтвержд", "בני אדם", "gizakia", "un robot", "a anda ",
                    "रोबोट", "відправник", "sheolt", "ადამიანი", "რომ არ ხარ", "що ви ", "कि आप ", "أنك", "hindi ka ", "que sou ",
                    "را شما فرستاده", "发件人", " sunte", "igorle", "roboti", "გამგზავნ", "nagpadala", "सत्यापित", "是真人", "רובוט",
                    "机器人", "تحویل", "หัวเรื่อง", "potrjenih", "rgy m", "ผู้ส่งที่ยืนยัน", "apstiprin", "вистински",
                    "அனுப்புநர்", "អ្នកផ្ញើ", "жөнөтүүчү", "વિષય", "тақырыбын", "talaga ang", "પ્રેષકો", "e ste skuto",
                    "жіберушілерден", "വ്യക്തിയാണെന്ന്", "taken ba", "masu aikawa", "zmeny predmetu", "യന്ത്രമല്ല")
# (a word that holds another index word adds nothing: "held until" is found by "held"; each word is
# tried on every text, so the index keeps only the shortest)
def _shortest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words none of the others is part of (each tried against the shorter ones kept: once per cold start)."""
    kept: list[str] = []
    for w in sorted(set(words), key=len):
        if not any(map(w.__contains__, kept)):
            kept.append(w)
    return tuple(sorted(kept))


_CHALLENGE_INDEX = _shortest(_CHALLENGE_WORDS_INDEX)
_CHALLENGE_GATE = WordGate(_CHALLENGE_INDEX)  # (asked of the subject and the first lines of most auto-replies)


_ORGANISATION_FILTER = Lazy(r"\b(?:our|the company'?s?|unserem|unserer|notre|nuestro|il nostro) (?:e-?mail |mail )?"
                            r"(?:spam ?filter|spamfilter|anti-?spam|filtre|filtro|security (?:gateway|system)|e-?mail security)", re.I)
_SERVER_REPLY = Lazy(r"\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b")


def _challenge_words(text: str, upto: int = 2) -> int:
    """How many challenge wordings ``text`` holds (``_CHALLENGE_WORDS``), counted up to ``upto``:
    the reader only asks whether there are one and two, so the search over a long text stops at the
    second.  An ASCII text is searched lower-cased with the pattern's case-sensitive copy
    (``Lazy.folded``: the same matches, found quicker in an alternation this long)."""
    low = text.lower()
    if not _CHALLENGE_GATE.holds(low):
        return 0
    folded = _CHALLENGE_WORDS.folded if text.isascii() else None
    found = folded.finditer(low) if folded is not None else _CHALLENGE_WORDS.finditer(text)
    return sum(1 for _ in itertools.islice(found, upto))


# the local part of a List-Unsubscribe mailto address (RFC 2369): "unsubscribe", "unsub", "optout", "leave", with a token
_TO_UNSUBSCRIBE = Lazy(r"(?:unsubscribe|unsub|opt-?out|leave|remove-me)(?:[-+_.=][\w.+=-]*)?$", re.I)


def _is_challenge(msg: ParsedMessage, sender: str, subject: str, body: str) -> bool:
    # (a filter's digest of mail held for the reader: its "[Release] [Whitelist]" are the reader's to use; asked last)
    return _reads_as_challenge(msg, sender, subject, body) and (
        any(msg.head(h) for h in _CHALLENGE_HEADERS) or not textdet.quarantine_digest(body, subject))


def _reads_as_challenge(msg: ParsedMessage, sender: str, subject: str, body: str) -> bool:
    # (TMDA names itself in its X-Delivery-Agent and writes from the user's confirmation address, "user-confirm-<timestamp>.
    # <pid>.<hmac>@domain" (tmda.net, "TMDA configuration": CONFIRM_ADDRESS): its request is a challenge whatever its words,
    # which imitate a delay warning's on purpose)
    if str(msg.head("x-delivery-agent") or "").startswith("TMDA") and _CONFIRM_ADDRESS.match(sender or "") is not None:
        return True
    head = any(msg.head(h) for h in _CHALLENGE_HEADERS)
    if not head and (_TICKET.folded_search(subject) or _TICKET.folded_search(body, 0, 1000)):
        # a helpdesk's acknowledgement of a ticket: its "verify your email" opens the ticket (a
        # service's auto-reply), unless a challenge product names itself
        low = f"{sender} {msg.from_} {subject} {body[:3000]}".lower()
        if not any(map(low.__contains__, CHALLENGE_VENDORS)):
            return False
    # (the request read across the line breaks of its text: "has requested\nthat all messages be verified")
    flat = " ".join(body[:3000].split())
    words = _challenge_words(flat)
    # (the picture to read, a CAPTCHA: a sign of its own)
    signals = sum((head, bool(_challenge_words(subject, 1)), words >= 1, words >= 2, _reads_the_picture(flat)))
    # a challenge holds back a message we sent; "click the link to verify your email address for your
    # new account" is a sign-up, unless a challenge product names itself
    # (read across line breaks too: "Your\nmessage to jo@...")
    # (or sent to the VERP return path our message went out with, by an account of the organisation of the address that
    # return path encodes: an answer to our message's envelope sender, RFC 3834 section 4, whatever its words)
    about = head or _ABOUT_OUR_MESSAGE.folded_search(f"{subject} {flat}") is not None \
        or bool(textdet.writes_for_the_address_we_sent_to(msg)) or _answers_our_return_path(msg, sender)
    if signals >= 2 and about:
        # (not a newsletter's "whitelist us, add us to your approved senders")
        return head or not _is_bulk_list(msg) and not _report_or_quarantine(flat)
    # challenges come from the person's address or the service's, not a mailer; a null return path
    # (as often as not an automatic response's: RFC 3834) needs the product's name or its statement
    # that it holds our message (``_HELD``)
    if not head and textdet.system_account(msg):
        return False
    # a product's name or its own request wording, with one more sign of a challenge
    low = f"{sender} {msg.from_} {subject} {body[:3000]}".lower()
    vendor = any(map(low.__contains__, CHALLENGE_VENDORS))
    # (the guarded person's own mailbox answering our VERP return path, whatever its envelope: never a mailer's notice)
    if not head and textdet.from_system(msg) and not (vendor or _HELD.folded_search(flat) or _HELD.folded_search(subject)
                                                      or _reads_the_picture(flat) or _answers_our_return_path(msg, sender)
                                                      or _AWAITS_YOUR_CONFIRMATION.search(flat) is not None):
        return False
    if signals + vendor == 0:
        return False  # the request's wording alone is one sign, never enough
    more = bool(_CHALLENGE_MORE.folded_search(subject)) or bool(_CHALLENGE_MORE.folded_search(flat))
    if not (vendor or more) or signals + vendor + more < 2 or not (about or vendor):
        return False
    if head:
        return not (textdet.from_system(msg) and textdet.looks_like_bounce(msg))
    # not a newsletter's "add us to your safe senders list" (a coffee roaster may be called
    # Blue Bottle), not a bounce that tells how to get whitelisted (a product named in a person's
    # or the service's request stays a challenge when it restates "your original message headers")
    # (a hold notice that asks the sender to read a picture a program cannot is a challenge, whatever it says of the hold; so is
    # one that holds our message until the sender confirms it: "está retida pelo AntiSpam aguardando que você confirme o
    # envio", "not delivered yet"; a gateway's hold that an administrator releases is none)
    return not _is_bulk_list(msg) and not (textdet.looks_like_bounce(msg) and (not vendor or textdet.system_account(msg))
                                           and not _proves_a_person(flat) and _AWAITS_YOUR_CONFIRMATION.search(flat) is None) \
        and not _report_or_quarantine(flat)


# a hold that waits for the sender's own confirmation (Portuguese "aguardando que você confirme", "awaiting your confirmation",
# German "wartet auf Ihre Bestätigung", French "en attente de votre confirmation", Spanish "esperando su confirmación", Italian
# "in attesa della sua conferma")
_AWAITS_YOUR_CONFIRMATION = Lazy(r"\baguardando (?:que voc(?:ê|e) confirme|a sua confirma(?:ç|c)(?:ã|a)o|sua confirma(?:ç|c)(?:ã|a)o)\b|"
                                 # (Italian "resterà in attesa fino alla conferma" (will wait until the confirmation))
                                 r"\brester(?:à|a) in attesa fino alla (?:sua |tua )?conferma\b|"
                                 r"\bawaiting your confirmation\b|\bwartet auf ihre best(?:ä|ae)tigung\b|"
                                 r"\ben attente de votre confirmation\b|\besperando (?:su|tu) confirmaci(?:ó|o)n\b|"
                                 r"\bin attesa della (?:sua|tua) conferma\b|"
                                 # (what becomes of mail never confirmed: "Unverified messages will be deleted after 7 days",
                                 # Indonesian "Email yang belum diverifikasi akan dihapus dalam 7 hari", "menunggu verifikasi Anda")
                                 r"\bunverified (?:messages|e-?mails|mail) (?:will be|are) (?:deleted|discarded|removed)\b|"
                                 # ("Your email has been held and will be deleted in 7 days unless you verify that you sent it")
                                 r"\bunless you (?:verify|confirm) (?:that )?you sent (?:it|this (?:message|e-?mail))\b|"
                                 r"\b(?:e-?mail|pesan) yang belum (?:di|ter)verifikasi akan dihapus\b|\bmenunggu (?:konfirmasi|verifikasi) anda\b|"
                                 # (Malay "E-mel yang tidak disahkan akan dipadam")
                                 r"\b(?:e-?mel|mesej) yang (?:tidak|belum) disahkan akan dipadam\b", re.I)


def _answers_our_return_path(msg: ParsedMessage, sender: str) -> bool:
    """The message goes to a VERP address of ours (our default form) that encodes its own sender: the recipient's answer
    to our message's return path (RFC 3834 section 4: automatic responses go there; a person answers the From)."""
    return bool(sender) and textdet.verp_recipient(msg) == sender.lower()


def _report_or_quarantine(flat: str) -> bool:
    """A server's reply with its enhanced status ("550 5.7.1 Message rejected as spam": a delivery report
    that tells how to get the mail released), or an organisation's quarantine ("our spam filter held
    your message") that states no person's hold ("so I can receive your email"): no challenge."""
    return _SERVER_REPLY.search(flat) is not None or (_ORGANISATION_FILTER.search(flat) is not None
                                                      and _HELD.search(flat) is None and not _proves_a_person(flat)) \
        or _RECIPIENTS_QUARANTINE.search(flat) is not None and "http" not in flat.lower() and not _proves_a_person(flat)


# a hold in the recipient's quarantine, for the recipient or an administrator to review, no link for the sender to follow
# (Spamina's "ha quedado retenido en la cuarentena del destinatario y está pendiente de revisión"): a gateway's hold, never a
# challenge
_RECIPIENTS_QUARANTINE = Lazy(r"\b(?:cuarentena|quarantine|quarantena|quarentena|quarantaine|quarant(?:ä|ae)ne)\s+"
                              r"(?:(?:del|of the|du|dell[oa']?|do|da)\s*(?:destinatari[oa]|recipient|destinataire)\b|"
                              r"des\s+empf(?:ä|ae)ngers\b)", re.I)


# ... unless the organisation's filter asks the sender to prove a person sent it ("Our anti-spam system is holding your
# message to x@. Please confirm that you are a real person by clicking the link below"): a challenge, whoever runs it
_PROVE_A_PERSON = Lazy(r"\b(?:confirm|verify|prove) (?:that )?you are a (?:real |genuine )?(?:person|human)\b|"
                       r"\bwill be delivered (?:only )?(?:after|once|upon) (?:your )?(?:confirmation|verification)\b|"
                       r"\bvon einem menschen und nicht von einem (?:automatischen|automatisierten) programm\b|"
                       # (the same asked in Spanish, Italian, Portuguese and French: "verificar que usted es una persona",
                       # "confermare di essere una persona e non un programma automatico", "confirme que você é uma pessoa",
                       # "confirmer que vous êtes bien une personne")
                       r"\b(?:verificar|confirmar|demostrar|comprobar) que (?:usted |vos |t[úu] )?(?:es|eres|sos) una persona\b|"
                       r"\bconferm(?:are|i|a) di essere (?:una persona|un essere umano)\b|\bnon un programma automatico\b|"
                       r"\b(?:confirm(?:e|ar)|provar) que (?:voc(?:ê|e) )?(?:é|e) uma pessoa\b|"
                       r"\bconfirmer que vous (?:ê|e)tes (?:bien )?(?:une personne|un (?:ê|e)tre humain|un humain)\b|"
                       # (the picture a person reads and a program cannot: "type the characters shown in the image",
                       # Portuguese "digite os caracteres exibidos na imagem")
                       r"\b(?:type|enter) the (?:characters|letters|code) (?:shown|displayed) in the (?:image|picture)\b|"
                       r"\bdigite os caracteres (?:exibidos|mostrados|que aparecem) na imagem\b|"
                       # (that the sender is really the sender: "confirm that you are the real sender", Czech "potvrďte, že
                       # jste skutečný odesílatel", Persian "تأیید کنید که نامه را شما فرستاده‌اید" (confirm it was you who sent
                       # the letter))
                       r"\b(?:confirm|verify) (?:that )?you are (?:the |a )?(?:real|genuine|actual) sender\b|"
                       r"(?:ž|z)e jste skute(?:č|c)n(?:ý|y|á|a) odes(?:í|i)latel|تأیید کنید که (?:نامه|پیام|ایمیل) را شما فرستاده", re.I)
# the characters or code of a picture (a CAPTCHA) to type, which a person reads and a program cannot, in the words of many
# languages (thirty-eighth session): Spanish "escriba los caracteres que aparecen en la imagen", French "saisissez les
# caractères affichés dans l'image", Italian "inserisci i caratteri mostrati nell'immagine", German "die im Bild angezeigten
# Zeichen", Dutch "de tekens uit de afbeelding", Chinese "输入图片中显示的字符" / "图片中的验证码", Malay "masukkan kod yang
# dipaparkan", Indonesian "ketikkan kode pada gambar", Thai "พิมพ์รหัสที่แสดงในภาพ", Hindi "चित्र में दिखाया गया कोड", Arabic
# "الرمز الظاهر في الصورة", Hebrew "הקוד שבתמונה", Ukrainian "код із зображення", Russian "код с картинки", Georgian
# "სურათზე გამოსახული კოდი", Basque "irudiko kodea", Tagalog "code na nasa larawan", Swahili "msimbo ulio kwenye picha", Greek
# "τον κωδικό της εικόνας", Romanian "codul din imagine", Catalan "el codi de la imatge", Czech "kód z obrázku", Turkish
# "resimdeki kodu", "ekrandaki kodu girin" (enter the code on the screen)
_READ_THE_PICTURE = Lazy(r"\b(?:escriba|introduzca|teclee|ingrese) (?:los caracteres|el c(?:ó|o)digo|las letras) (?:que )?(?:aparecen?|se muestra?n?|mostrad[oa]s)"
                         r" en la imagen\b|\b(?:saisi(?:ssez|r)|recopie[rz]|tape[rz]) (?:les caract(?:è|e)res|le code)(?: affich(?:é|e)s?)? (?:dans|de|sur) l['’]image\b|"
                         r"\b(?:inserisci|digita|inserire|digitare) (?:i caratteri|il codice)(?: (?:mostrat|visualizzat)[io])? (?:nell['’]|dall['’])immagine\b|"
                         r"\bim bild (?:angezeigten|dargestellten|gezeigten) (?:zeichen|code)\b|\bzeichen aus dem bild\b|"
                         r"\b(?:tekens|code) (?:uit|in|op) de afbeelding\b|(?:图片|圖片|图像|圖像)中(?:显示|顯示)?的(?:字符|字元|验证码|驗證碼)|"
                         r"\bmasukkan kod yang dipaparkan\b|\bkode (?:pada|di|dalam) gambar\b|รหัสที่แสดงในภาพ|(?:चित्र|तस्वीर) में दिखाया गया कोड|"
                         r"الرمز الظاهر في الصورة|הקוד שבתמונה|код (?:із|з) зображення|код с (?:картинки|изображения)|სურათზე გამოსახული (?:კოდი|სიმბოლოები)|"
                         r"\birudiko kodea\b|\bcode na nasa larawan\b|\bmsimbo ulio kwenye picha\b|τον κωδικό της εικόνας|"
                         r"\bcodul (?:din|afi(?:ș|ş|s)at (?:în|in)) imagine\b|\bel codi de la imatge\b|\bk(?:ó|o)d z obr(?:á|a)zku\b|"
                         r"\bresimdeki (?:kodu|karakterleri)\b|\bekrandaki kodu girin\b|"
                         # (Portuguese "digite os caracteres da imagem" (type the characters of the picture))
                         r"\bdigite os caracteres (?:exibidos |mostrados |que aparecem )?(?:na|da) imagem\b|"
                         # (Vietnamese "nhập các ký tự trong hình" (type the characters in the picture))
                         r"nhập (?:các |những )?ký tự (?:trong|hiển thị trong|trên) (?:hình|ảnh)|"
                         # (Latvian "ievadiet attēlā redzamās rakstzīmes" (enter the characters seen in the picture))
                         r"\batt(?:ē|e)l(?:ā|a) redzam(?:ā|a)s rakstz(?:ī|i)mes\b|"
                         # (Malayalam "ചിത്രത്തിലെ അക്ഷരങ്ങൾ", Maltese "il-karattri li jidhru fl-istampa", Filipino "characters na
                         # makikita sa picture", Kazakh "суреттегі таңбаларды", Kyrgyz "сүрөттөгү белгилерди": the picture's characters)
                         r"ചിത്രത്തിലെ അക്ഷരങ്ങൾ|\bil-karattri li jidhru fl-istampa\b|\bcharacters na makikita sa picture\b|"
                         r"суреттегі таңбалар|сүрөттөгү белгилер|"
                         # (the box of the CAPTCHA a person ticks: "I'm not a robot")
                         r"\bi(?:'m|’m| am) not a robot\b", re.I)


# every alternative of _READ_THE_PICTURE holds one of these (lower-cased): a text with none is not searched
_PICTURE_INDEX = ("imag", "immagin", "imatge", "attēl", "attel", "ചിത്ര", "stampa", "picture", "сурет", "сүрөт", "bild", "afbeelding", "图", "圖", "dipaparkan", "gambar", "ภาพ", "चित्र", "तस्वीर", "صورة", "תמונה",
                  "зображення", "картинк", "изображ", "სურათ", "irudi", "larawan", "picha", "εικόνα", "obr", "resim", "ekran",
                  "hình", "ảnh", "robot")


def _reads_the_picture(flat: str) -> bool:
    """``_READ_THE_PICTURE`` in the text (its words first looked for as substrings: most texts hold none)."""
    low = flat.lower()
    return any(map(low.__contains__, _PICTURE_INDEX)) and _READ_THE_PICTURE.search(flat) is not None


def _proves_a_person(flat: str) -> bool:
    """The text asks the sender to prove a person sent the message (``_PROVE_A_PERSON``, ``_READ_THE_PICTURE``)."""
    return _PROVE_A_PERSON.search(flat) is not None or _reads_the_picture(flat)


_CONFIRM_ADDRESS = Lazy(r"([^@\s]+?)-confirm[-+][\w.+=-]+@([^@\s]+)$", re.I)


def _answered_for(msg: ParsedMessage, sender: str | None) -> str | None:
    """The address an automatic answer answers for: the one our VERP return path encodes, the very address we mailed
    (RFC 3834 section 4 sends the answer there), when another account answered for it - a help desk's "Ticket
    received" from support@firm.zendesk.example for help@firm.example, a grievance cell's noreply@ for grievance@; else
    the sender."""
    verp = textdet.verp_recipient(msg)
    if not verp or sender and sender.lower() == verp:
        return sender  # (the answering address itself, as it spells its local part)
    return verp


def _protected(msg: ParsedMessage, sender: str | None, subject: str, body: str) -> str | None:
    """The person the challenge protects: "your message to jo@...", or the address a service's
    notice names ("jo@example.net is using Boxbe", "jo@example.net's Guest List")."""
    # (read across the text's line breaks: "Your email\nto jo@...")
    m = _CHALLENGE_PROTECTS.search(subject + " ") or _CHALLENGE_PROTECTS.search(" ".join(body[:5000].split()) + " ") \
        or _CHALLENGE_PROTECTS_FIRST.search(subject) or _CHALLENGE_PROTECTS_FIRST.search(body[:3000])
    if m and "/" not in (found := normalize(m.group(1)) or "/").partition("@")[0]:
        return found  # (never an address read out of a link's query, "verify?c=7HD3&a=jo@...": a path, no mailbox)
    # TMDA names the protected address in its own header, and writes its request from a confirmation
    # address, the user's own with "-confirm-" and a cookie after it (TMDA's confirm addresses,
    # "user-confirm-<timestamp>.<pid>.<hmac>@domain")
    primary = normalize(str(msg.head("x-primary-address") or ""))
    if primary:
        return primary
    confirm = _CONFIRM_ADDRESS.match(sender or "")
    if confirm:
        return f"{confirm.group(1)}@{confirm.group(2)}"
    low = (sender or "").lower()
    if not any(v.replace(" ", "") in low for v in CHALLENGE_VENDORS):
        return None  # the person's own system answered: the sender is the protected one
    ours = {a.lower() for a in find_all(msg.header("To"))} | {low}
    # (nor one of our organisation's, the greeting's "Hello news@<ours>": the vendor writes to our message's sender)
    our_orgs = {textdet.organisation(a) for a in ours if a != low}
    for text in (subject, body[:3000]):
        for addr in find_all(text):
            if addr.lower() not in ours and "/" not in addr.partition("@")[0] \
                    and textdet.organisation(addr.lower()) not in our_orgs:
                return addr  # (never one read out of a link's query, a path)
    return None


# a help desk's acknowledgement that our mail opened a ticket (Zendesk's "Your request (48213) has been
# received", Freshdesk's "we have received your request and a ticket has been created", ServiceNow's
# "has been opened on your behalf", Jira Service Management's "We've received your request"), in the
# languages help desks send it (our renderings of that meaning): an automatic answer, no failure
_ACKNOWLEDGED = Lazy(
    r"\bwe(?: have|'ve|’ve)?(?: now)? received your (?:request|message|e-?mail|enquiry|inquiry|ticket|support request)|"
    # (French "Nous accusons réception de votre demande. Elle a été enregistrée sous le numéro ...")
    r"\bnous accusons r(?:é|e)ception de votre (?:demande|message|courriel|e-?mail|r(?:é|e)clamation)\b|"
    # (osTicket's "A support ticket request #731905 has been created")
    r"\ba (?:support )?ticket request(?: #?[\w-]*\d+)? has been (?:created|opened|logged)\b|"
    # (Polish "potwierdzamy otrzymanie wiadomości" (we confirm receipt of the message), Finnish "Olemme vastaanottaneet viestisi /
    # sen" (we have received your message / it), Swedish "Vi har tagit emot ditt mejl / det" (we have received your mail / it))
    r"\bpotwierdzamy otrzymanie\b|\bolemme vastaanottaneet (?:viestisi|sen)\b|\bvi har tagit emot (?:ditt|din|det|er)\b|"
    # (Jira Service Management's "We've created request FIN-2291 for you")
    r"\bwe(?: have|'ve|’ve) (?:created|opened|logged|raised) (?:a |your |the )?(?:support )?(?:request|ticket|case|incident)\b|"
    r"\byour (?:support )?(?:request|ticket|enquiry|inquiry|case|incident)(?: \(?#?[\w-]*\d+\)?)?(?: \"[^\"]{1,200}\")? has been "
    r"(?:received|created|opened|logged|registered)|"
    r"\b(?:ticket|case|incident)(?: #?[\w-]*\d+)? (?:has been|was|is) (?:created|opened|logged|raised)|"
    r"has been opened on your behalf|"
    # osTicket's default new-ticket autoresponse ("A request for support has been created and assigned #318442")
    r"\ba (?:request for support|support request) has been (?:created|opened|logged)|"
    # the number the desk gave it ("Your case number is 00481273.", "Your ticket ID is #5521")
    r"\byour (?:case|ticket|request|incident) (?:number|id|no\.?|reference) is:? #?[\w-]*\d|"
    r"\b(?:ihre|ihr|deine|dein) (?:anfrage|anliegen|nachricht|e-?mail)\b[^.\n]{0,30} (?:ist (?:bei uns|beim [^.\n]{1,40}) eingegangen|wurde (?:erfasst|empfangen|angelegt))|"
    # (the subject named between, in quotes: "Ihre E-Mail mit dem Betreff "Neue Notebooks" ist bei uns eingegangen")
    r"\b(?:ihre|ihr|deine|dein) (?:anfrage|anliegen|nachricht|e-?mail) mit dem betreff [\"„“'«][^\"“”'»\n]{1,120}[\"“”'»] ist bei uns eingegangen\b|"
    # (in a clause of its own, "dass Ihre Nachricht bei uns eingegangen ist"; the number between, "Ihr Anliegen wurde unter der
    # Ticketnummer 2025081310000231 erfasst")
    r"\b(?:ihre|ihr) (?:anfrage|anliegen|nachricht|e-?mail) bei uns eingegangen ist\b|"
    # (the desk as the subject, the number first: "Wir haben unter der Ticketnummer #SUP-204418 eine Anfrage angelegt")
    r"\bwir haben unter der (?:ticket|vorgangs|anfrage|referenz)-?nummer\s+#?[\w-]*\d+\s+(?:eine|ihre) (?:anfrage|anliegen|ticket|vorgang) "
    r"(?:angelegt|erstellt|er(?:ö|oe)ffnet|erfasst)\b|"
    r"\bwurde unter der (?:ticket|vorgangs|anfrage)-?nummer \S+ (?:erfasst|angelegt|registriert)\b|"
    # ("Wir haben Ihre Anfrage unter der Ticketnummer CH-204811 erfasst": we recorded your request under the ticket number)
    r"\bwir haben (?:ihre|ihr|deine|dein) (?:anfrage|anliegen|nachricht|e-?mail) unter der (?:ticket|vorgangs|anfrage)-?nummer \S+ "
    r"(?:erfasst|angelegt|registriert)\b|"
    r"wurde in ihrem namen (?:er[öo]ffnet|erstellt|angelegt)|"
    # (ServiceNow's French "Votre incident a été ouvert en votre nom")
    r"\ba (?:(?:é|e)t(?:é|e) )?ouvert en votre nom\b|"
    r"\bhemos recibido (?:su|tu) (?:solicitud|mensaje|consulta|correo|petici[óo]n)|"
    r"\bnous avons (?:bien )?re[çc]u votre (?:demande|message|requ[êe]te|e-?mail|courriel)|"
    r"\bvotre (?:demande|requ[êe]te|ticket) a (?:bien )?[ée]t[ée] (?:enregistr[ée]e?|re[çc]ue?|cr[ée][ée]e?|prise? en compte)|"
    r"\babbiamo ricevuto la (?:sua|tua) (?:richiesta|e-?mail|segnalazione)|"
    # (Italian, the request the subject, its number between: "La sua richiesta (#7741) è stata ricevuta")
    r"\b(?:la )?(?:sua|tua|vostra) (?:richiesta|segnalazione|e-?mail)(?: \(?#?\d{2,}\)?)? (?:è|e'|e) stata ricevuta\b|"
    r"\brecebemos (?:a |o )?(?:sua|seu) (?:solicita[çc][ãa]o|pedido|mensagem|chamado|e-?mail)|"
    r"\bwij? hebben (?:uw|je) (?:verzoek|aanvraag|bericht|vraag|e-?mail) (?:goed |in goede orde )?ontvangen|"
    # (Korean "문의가 정상적으로 접수되었습니다" (your enquiry has been received), Japanese "メールを受信いたしました" (we have received
    # your mail), "お問い合わせを受け付けました")
    r"접수되었습니다|メールを受信(?:いた)?しました|お問い合わせを受け付けました|"
    # (Russian "Ваше обращение зарегистрировано" (your request is registered), "Ваше письмо получено" (your letter was received))
    r"\b(?:ваше )?обращение зарегистрировано\b|\bваше письмо получено\b|"
    # (German "Wir haben Ihre E-Mail erhalten und melden uns ...": we have received your mail)
    r"\bwir haben (?:ihre|ihr|deine|dein) (?:anfrage|anliegen|nachricht|e-?mail|mail) (?:gut |bereits )?erhalten\b|"
    # (... its number between, as Jira Service Management's German notice writes it: "wir haben Ihre Anfrage SD-3391 erhalten")
    r"\bwir haben (?:ihre|ihr|deine|dein) (?:anfrage|anliegen|ticket|vorgang) (?:#\s?)?[A-Za-z0-9]{1,10}-?\d{2,} (?:gut |bereits )?erhalten\b|"
    # (a request recorded under a number: Portuguese "Sua manifestação foi registrada sob o protocolo nº", Spanish "Su solicitud
    # ha sido registrada con el número", Dutch "geregistreerd onder meldingnummer", Italian "registrata con il numero")
    r"\b(?:sua|seu) (?:manifesta(?:ç|c)(?:ã|a)o|solicita(?:ç|c)(?:ã|a)o|pedido|mensagem|chamado|reclama(?:ç|c)(?:ã|a)o) foi registrad[oa]\b|"
    r"\b(?:su|tu) (?:solicitud|consulta|mensaje|petici(?:ó|o)n|reclamaci(?:ó|o)n) (?:ha sido|fue|qued(?:ó|o)) registrad[oa]\b|"
    r"\bgeregistreerd onder (?:melding|ticket|dossier)?nummer\b|\bregistrat[ao] con il numero\b|"
    # (Swedish "Vi har tagit emot ditt e-postmeddelande", "Det har kommit in till ... och kommer att registreras", Finnish
    # "Laskusi on vastaanotettu", Danish "Vi har modtaget din henvendelse", Norwegian "Vi har mottatt din henvendelse")
    r"\bvi har tagit emot (?:ditt|din|er)\b|\bhar kommit in till\b[^.]{0,60}\bregistreras\b|\b(?:viestisi|laskusi|s(?:ä|a)hk(?:ö|o)postisi) on "
    r"vastaanotettu\b|\bvi har modtaget (?:din|jeres)\b|\bvi har mottatt (?:din|deres)\b|"
    # (the case given its number: Norwegian "Saken har fått nummer #48213", Danish "Sagen har fået nummer", Swedish "Ärendet har
    # fått nummer")
    r"\b(?:saken|sagen|(?:ä|a)rendet|henvendelsen) har f(?:å|a)(?:tt|et) (?:nummer|saksnummer|sagsnummer|(?:ä|a)rendenummer)\b|"
    # (Arabic "تم استلام رسالتك وتسجيلها تحت رقم التذكرة" (your message was received and recorded under the ticket number),
    # Hebrew "פנייתך התקבלה" (your request was received), Persian "درخواست شما دریافت شد", Turkish "talebiniz alınmıştır" /
    # "mesajınız alındı")
    # (Tamil "தங்களது மனு பெறப்பட்டு ... பதிவு செய்யப்பட்டுள்ளது" (your petition was received and registered), Hindi "आपकी शिकायत
    # प्राप्त हो गई है" (your complaint has been received))
    r"(?:மனு|கோரிக்கை|புகார்|மின்னஞ்சல்)(?:கள்)? பெறப்பட்ட|"
    r"आप(?:की|का) (?:शिकायत|अनुरोध|ई-?मेल|याचिका|संदेश|आवेदन|पत्र)(?: [^\s।]+){0,3} (?:प्राप्त|दर्ज) (?:हो|कर)|"
    # (Marathi "आपला अर्ज प्राप्त झाला आहे" (your application has been received))
    r"(?:आपला|आपली|आपले) (?:अर्ज|ई-?मेल|संदेश|तक्रार|पत्र)(?: [^\s।]+){0,3} (?:प्राप्त झाला|प्राप्त झाली|प्राप्त झाले|मिळाला|मिळाली)|"
    r"تم استلام (?:رسالتك|طلبك|بريدك|استفسارك)|פנייתך התקבלה|(?:درخواست|پیام) شما دریافت شد|"
    r"\b(?:talebiniz|mesaj(?:ı|i)n(?:ı|i)z|ba(?:ş|s)vurunuz) al(?:ı|i)nm(?:ı|i)(?:ş|s)t(?:ı|i)r\b|\b(?:talebiniz|mesaj(?:ı|i)n(?:ı|i)z) al(?:ı|i)nd(?:ı|i)\b", re.I)


# a mailbox nobody reads, answering every mail with the same note (a bank's or a shop's no-reply
# address): "This mailbox is not monitored", "Messages sent to this address will not be read", "Esta
# caixa de e-mail não é monitorada", "Este buzón no es monitoreado", "Questa casella non è presidiata",
# "Cette adresse n'est pas consultée", "Dieses Postfach wird nicht überwacht", "Deze mailbox wordt niet
# gelezen" (our renderings of the one meaning)
_UNREAD_MAILBOX = Lazy(
    r"\b(?:this|the) (?:mail ?box|e-?mail address|e-?mail account|inbox|address|e-?mail) is (?:not (?:being )?(?:monitored|"
    r"read|checked|attended)|unmonitored|unattended)|"
    r"\b(?:messages|e-?mails|replies|mail) (?:sent )?to this (?:address|mail ?box|e-?mail address) (?:will not|won't|are not|aren't|"
    r"cannot|can't) (?:be )?(?:read|monitored|answered|received)|"
    r"\b(?:esta|este) (?:caixa(?: de (?:e-?mail|correio))?|caixa postal|e-?mail|endere[çc]o(?: de e-?mail)?) n[ãa]o (?:[ée]|est[áa] sendo) "
    r"monitorad[oa]|mensagens enviadas (?:para|a) este endere[çc]o n[ãa]o ser[ãa]o lidas|"
    r"\b(?:este|esta) (?:buz[óo]n|correo|direcci[óo]n|cuenta)(?: de correo(?: electr[óo]nico)?)? no (?:es|est[áa]) "
    r"(?:monitoread[oa]|supervisad[oa]|atendid[oa]|revisad[oa])|\beste buz[óo]n no se revisa|"
    r"\b(?:questa|questo) (?:casella|indirizzo)(?: (?:di posta|e-?mail))?(?: elettronica)? non (?:[èe] )?(?:monitorat[oa]|presidiat[oa]|letto|letta)|"
    r"\b(?:cette|cet) (?:bo[îi]te|adresse)(?: aux lettres| e-?mail| mail| [ée]lectronique)* n['’]est pas (?:surveill[ée]e|consult[ée]e|lue|relev[ée]e)|"
    r"\b(?:dieses|diese) (?:postfach|e-?mail-?adresse|adresse) wird nicht (?:[üu]berwacht|ueberwacht|gelesen|bearbeitet|abgerufen)|"
    r"\b(?:deze|dit) (?:mailbox|e-?mailadres|adres|postvak) wordt niet (?:gelezen|bewaakt|gemonitord|gecontroleerd)", re.I)


def _answers_unread(msg: ParsedMessage, body: str) -> bool:
    """A short answer to our mail from a mailbox that says nobody reads it: automatic (a newsletter's or a
    receipt's footer saying the same is no answer to us: it is neither a reply nor short)."""
    if not textdet.is_reply(msg) or _is_bulk_list(msg) or textdet.looks_like_bounce(msg):
        return False
    own = _before_quote(body).strip()
    return len(own) <= 800 and _UNREAD_MAILBOX.search(" ".join(own[:600].split())) is not None


def _acknowledges(msg: ParsedMessage, subject: str, body: str, auto_submitted: str, precedence: str) -> bool:
    """A help desk's automatic acknowledgement of the mail it answers: marked automatic (RFC 3834's
    Auto-Submitted, or the older Precedence: bulk or junk that vacation programs and help desks set on what they
    send (the field RFC 3834 section 3.1.8 discusses), a subject that only says a ticket was received, or a text
    calling itself automatic), an answer to our
    message, and the words that it was received as a request or ticket."""
    if not (auto_submitted.startswith("auto-") or precedence in ("bulk", "junk") or _ACK_SUBJECT.match(subject)
            or _SAYS_AUTOMATIC.search(body, 0, 3000)):
        return False  # (a help-desk product's header alone marks its agents' replies too)
    # an answer to our message: a reply, or a ticket opened from it, its number in the subject ("[Ticket#2024100210000123]
    # Eingangsbestätigung: <our subject>", Jira's "(ITSD-20931) <our subject>")
    decoded, subject = subject, msg.subject
    # (or in the acknowledgement itself: Freshdesk's "... a ticket has been created. Ticket #9124.")
    answers = textdet.is_reply(msg) or msg.head("references") or _TICKET.folded_search(subject) or _ISSUE_KEY.search(subject) \
        or _ACK_SUBJECT.match(subject) or _ACK_SUBJECT.match(decoded) \
        or _TICKET_IN_SUBJECT.search(subject) or _TICKET.folded_search(body, 0, 1500)
    if not answers or _is_bulk_list(msg):
        return False
    if textdet.looks_like_bounce(msg) and (msg.status_blocks or msg.attached or textdet.quotes_a_server_failure(body)):
        return False  # (a report, whatever its desk's words: its delivery status, its returned message, a server's reply)
    # (a desk's receipt that names a report's words as advice, "Wenn Sie Zustellprobleme (z. B. "Unzustellbar"-Meldungen)
    # melden möchten ...", reports nothing)
    return _ACKNOWLEDGED.search(" ".join(body[:1500].split())) is not None


# a subject that is an acknowledgement ("Ticket Received - <our subject>", "[Request received] ...")
# (and the acknowledgement's name in French, German, Spanish, Italian, Dutch and Portuguese: "Accusé de réception - <our
# subject>", "Eingangsbestätigung", "Acuse de recibo", "Conferma di ricezione", "Ontvangstbevestiging", "Confirmação de
# receção")
# (the number may stand between: Salesforce Email-to-Case's "Case 00481273 received: <our subject>")
_ACK_SUBJECT = Lazy(r"[\[(]?(?:(?:ticket|request|case|support (?:request|ticket)|enquiry|inquiry)(?: #?\d{3,})? (?:received|created|opened|logged)\b|"
                    # (ServiceNow's English "Incident INC0748812 has been opened on your behalf", as its German below)
                    r"(?:incident|request|ticket|case) \S+ has been (?:opened|created|logged) on your behalf\b|"
                    # (German "Ticket erhalten", "Anfrage erhalten"; Italian "Richiesta ricevuta"; Spanish "Solicitud recibida";
                    # French "Demande reçue", "Nouveau ticket" (GLPI); Portuguese "Solicitação recebida", "Chamado aberto"; Dutch
                    # "Verzoek ontvangen")
                    r"(?:ticket|anfrage|supportanfrage) (?:#?\d{3,} )?(?:erhalten|eingegangen|erstellt|er(?:ö|oe)ffnet)\b|"
                    r"richiesta (?:#?\d{3,} )?ricevuta\b|solicitud (?:#?\d{3,} )?recibida\b|demande (?:#?\d{3,} )?re(?:ç|c)ue\b|"
                    r"(?:\[glpi #?\d+\] )?nouveau ticket\b|solicita(?:ç|c)(?:ã|a)o (?:#?\d{3,} )?recebida\b|chamado (?:#?\d{3,} )?aberto\b|"
                    r"verzoek (?:#?\d{3,} )?ontvangen\b|"
                    # (the thanks that open an acknowledgement: "Vielen Dank für Ihre Nachricht!", "Thank you for your
                    # message", "Merci pour votre message")
                    r"(?:vielen )?dank(?:e)? f(?:ü|ue)r ihre (?:nachricht|anfrage|e-?mail)\b|"
                    r"thank you for (?:your (?:message|e-?mail|enquiry|inquiry)|contacting us)\b|"
                    r"merci pour votre (?:message|courriel|demande)\b|bedankt voor (?:uw|je) (?:e-?mail|bericht)\b|"
                    # (Korean "[접수완료]" (receipt completed), Japanese "受付完了" (accepted))
                    r"접수 ?완료|受付完了|обращение зарегистрировано|"
                    r"accus[ée] de r[ée]ception\b|eingangsbest(?:ä|ae)tigung|acuse de recibo\b|conferma di ricezione\b|"
                    r"ontvangstbevestiging|confirma[çc][ãa]o de (?:rece[çc][ãa]o|recebimento)\b|"
                    # (Swedish "Kvittens:", "Tack för ditt meddelande", Finnish "Vastaanottokuittaus", Danish "Tak for din
                    # henvendelse", Norwegian "Takk for din henvendelse": a receipt of the mail, its subject)
                    r"kvittens\b|mottagningskvitto|vastaanottokuittaus|tack f(?:ö|o)r ditt (?:(?:e-?post)?meddelande|mejl|mail|e-?brev)|"
                    r"tak for din (?:henvendelse|mail|besked)|takk for (?:din )?(?:henvendelse|e-?post(?:en)?)|kiitos viestist(?:ä|a)si|"
                    # ServiceNow's German notice "Vorfall INC0102934 wurde in Ihrem Namen eröffnet" (opened on your behalf)
                    r"(?:vorfall|anfrage|ticket) \S+ wurde in ihrem namen (?:er[öo]ffnet|erstellt|angelegt)|"
                    # (Danish "Kvittering for modtagelse af din henvendelse" (a receipt of your enquiry's arrival), German "Ihre
                    # Anfrage ist bei uns eingegangen" (your request has reached us))
                    r"kvittering for modtagelse\b|(?:ihre|ihr|deine) (?:anfrage|nachricht|anliegen) ist (?:bei uns )?eingegangen\b|"
                    # (ServiceNow's French "Incident INC0091827 -- ouvert en votre nom" (opened on your behalf); Spanish "Hemos
                    # recibido tu mensaje [Ticket #309182]")
                    r"(?:incident|ticket|demande) \S+ -- ouvert en votre nom|hemos recibido (?:tu|su) (?:mensaje|solicitud|consulta|correo)\b|"
                    # (Portuguese "Recebemos sua mensagem – Protocolo 2025050300417")
                    r"recebemos (?:a |o )?(?:sua|seu) (?:mensagem|solicita(?:ç|c)(?:ã|a)o|pedido|e-?mail|contato)\b|"
                    # ("Thanks for getting in touch!", Polish "Potwierdzenie otrzymania wiadomości" (confirmation of receipt), Finnish
                    # "Olemme vastaanottaneet viestisi" (we have received your message))
                    r"thanks? (?:you )?for getting in touch\b|potwierdzenie otrzymania\b|olemme vastaanottaneet viestisi\b|"
                    # (Arabic "تم استلام طلبك رقم 4471902" (your request number ... was received))
                    r"تم استلام (?:رسالتك|طلبك|بريدك|استفسارك)|"
                    # (an Indian office's receipt of a petition or complaint, its number first and the word for an acknowledgement
                    # last: Tamil "மனு பதிவு எண் CMC/2026/884120 - ஒப்புகை", Hindi "शिकायत संख्या 2026/114 - पावती")
                    # (Marathi "पोचपावती"); its number said, or the notice called automatic ("स्वतः सूचना": a clerk's own "Re: शिकायत
                    # की पावती" is a person's answer)
                    r"(?:[^\n]{0,80}?\d[^\n]{0,40}?|(?:स्वतः|स्वचालित) सूचना[^\n]{0,60}?)(?:ஒப்புகை|पोचपावती|पावती|प्राप्ति सूचना)\s*$)", re.I)
# an issue tracker's key of a request (Jira "ITSD-20931": the project's letters, a dash, the number)
_ISSUE_KEY = Lazy(r"\b[A-Z][A-Z0-9]{1,9}-\d{2,}\b")
# ... or a help desk's number as subjects carry it: "(#48213)" (Zendesk), "[GLPI #0004512]", "Incident
# INC0091873 has been opened" (ServiceNow: the record's prefix glued to its number)
# "[INC0048213] We've received your request": ServiceNow's record number in brackets, its table's prefix glued
# to seven digits, INC an incident, REQ / RITM a request and its item, CS a case (ServiceNow's documented numbering)
_TICKET_IN_SUBJECT = Lazy(r"[\[(][^\[\]()\n]{0,20}#\s?(?:[A-Z]{1,6}-)?\d{3,}[\])]|\b(?:incident|request|ticket|case|task)\s+[A-Z]{2,6}\d{4,}\b|"
                          r"[\[(](?:INC|REQ|RITM|CS|SCTASK|TASK)\d{5,}[\])]", re.I)


def _is_world_auto_reply(msg: ParsedMessage, subject: str, body: str, auto_submitted: str, precedence: str) -> bool:
    """Auto-replies without RFC 3834 headers: a localized subject prefix, or the body's own words."""
    if _is_bulk_list(msg) or textdet.bounce_subject(msg):
        return False
    world = _WORLD_SUBJECT.match(subject)
    if world is not None and not world.group("re"):
        # (a person's mailbox that writes a report's words - "Wiadomość nie została dostarczona" - with the null return
        # path RFC 3834 asks for is still a person's auto-reply; a mail system's account or a delivery-status report is
        # not, as for the English subjects above)
        return not (msg.status_blocks or textdet.system_account(msg) and textdet.looks_like_bounce(msg))
    # weaker signs: each needs a second one
    automatic = (auto_submitted.startswith("auto-") or precedence in ("bulk", "junk", "auto_reply")
                 or bool(msg.head("x-auto-response-suppress")))
    if world is None and not automatic and _AWAY_SUBJECT.match(subject) is None and textdet.system_account(msg):
        # a mail system's message: only a person's mailbox writes its own absence note (a null return path
        # alone is no system's: RFC 3834 section 3.3 asks auto-responders to send with one, as Lotus
        # Notes' "<name> is out of the office." does)
        return False
    if textdet.looks_like_bounce(msg):
        return False
    away = world is not None or _AWAY_SUBJECT.match(subject) is not None
    if away and automatic and precedence != "bulk":
        return True  # "Urlaub" from a mailbox that marks its mail as automatic (a bulk sender's
        # "Vacation deals" is not one)
    head = body[:1500]
    oof = _says_away(head)
    if oof is None and "\n" in head:
        # (a sentence wrapped inside its words, "Ich bin bis einschließlich 11.04.2025 nicht\nim Büro": read as one line, as the
        # return words below are)
        oof = _says_away(" ".join(head.split()))
    if oof is None and world is None:
        return False
    back = _RETURN_BODY.search(" ".join(head.split())) is not None  # (its words may be broken across lines)
    signs = sum((away, automatic, oof is not None, back))
    if not automatic and _SAYS_AUTOMATIC.search(head):
        # the note says it was sent automatically ("This is an automated response.", "Dies ist eine
        # automatisch generierte Nachricht."): a sign of its own beside the absence it announces
        automatic = True
        signs += 1
    if signs < 2:
        return False
    if not automatic and _does_more_than_announce(body):
        return False  # no header says it is automatic, and the text is a person's mail about something
    if oof is not None and world is None and not automatic and _AWAY_SUBJECT.match(subject) is None:
        # the body alone: a short note, not a person's answer quoting the conversation
        if len(body) > 2500 or (textdet.is_reply(msg) and _QUOTED_REPLY.search(msg.body[:20000])):
            return False
    return True


# the note's own statement that a program sent it (our wording, by meaning, in the languages of OOF_BODY)
_SAYS_AUTOMATIC = Lazy(
    r"this (?:is an?|message is an?|e-?mail is an?) (?:automatic(?:ally generated)?|automated|auto-generated|automatically "
    r"generated) (?:reply|response|message|e-?mail|notification)|"
    r"dies ist eine automatisch(?:e| generierte| erstellte| erzeugte| versandte| gesendete| verschickte)? "
    r"(?:antwort|nachricht|e-?mail|benachrichtigung)|"
    r"ceci est un (?:message|e-?mail|courriel) automatique|"
    # (French "Ceci est un accusé de réception automatique", "Ce courriel a été envoyé automatiquement")
    r"ceci est un accus(?:é|e) de r(?:é|e)ception automatique|"
    r"\bce (?:message|courriel|e-?mail) (?:a (?:é|e)t(?:é|e)|est) (?:envoy(?:é|e)|g(?:é|e)n(?:é|e)r(?:é|e)) automatiquement\b|"
    # (Korean "본 메일은 ... 자동으로 발송되었습니다" (this mail was sent automatically), "자동응답 메일입니다" (an automatic reply);
    # Japanese "このメールは受信確認のための自動返信です" (an automatic reply to confirm receipt))
    # (never quoted: a person's "보내주신 메일 제목이 "자동응답 메일입니다"로 되어 있어서")
    r"(?<![\"“'「『])(?:자동으로 발송되었습니다|자동 ?응답 ?메일입니다|自動返信(?:メール)?です)|"
    # (Russian "Это автоматический ответ", "Это письмо отправлено автоматически"; Kazakh "Бұл хат автоматты түрде жіберілді")
    r"это (?:автоматический ответ|письмо отправлено автоматически|сообщение отправлено автоматически)|"
    r"автоматты т(?:ү|у)рде жіберілді|est[ea] (?:es|é) u(?:n|ma?) (?:mensaje|mensagem|correo|e-?mail) autom[áa]tic[oa]|"
    r"questo [èe] un messaggio (?:automatico|generato automaticamente)|dit is een automatisch (?:gegenereerd )?(?:bericht|antwoord)|"
    r"detta [äa]r ett automatiskt (?:svar|meddelande)|dette er (?:et|en) automatisk(?:e)? (?:svar|besked|melding|kvittering)|"
    # (Finnish "Tämä on automaattinen viesti", Polish "Wiadomość wygenerowana automatycznie", Portuguese "Esta é uma resposta automática")
    r"t(?:ä|a)m(?:ä|a) on automaattinen (?:viesti|vastaus)|wiadomo(?:ść|sc) (?:zosta(?:ł|l)a )?wygenerowana automatycznie|"
    r"esta (?:é|e) uma resposta autom(?:á|a)tica|"
    # a help desk's footer on every mail it sends (Zendesk's "This email is a service from <desk>.")
    r"this (?:e-?mail|message) is a service from\b",
    re.I)


def _does_more_than_announce(text: str) -> bool:
    """The text does more than tell the absence: it asks the reader something ("Kannst du mir die
    Zahlen schicken?"; an absence note's "Dringende Fragen?" about whom to call aside) or sends a
    file along ("자료 첨부했고", "anbei"): a person's mail that mentions being away.  A question that
    offers help ("Haben Sie Fragen?", "Sie benötigen sofort Hilfe?"), or that is followed by where to
    turn ("? Tel. 030 ...", "? Bel 020 ...", "? Dann schreiben Sie an ..."), is the note's own offer."""
    head = _LINK.sub(" ", text[:2500])
    if _SENDS_FILE.search(head):
        return True
    for m in _QUESTION.finditer(head):
        start = max(head.rfind(c, 0, m.start()) for c in ".!。！?？\n") + 1
        if _URGENT.search(head, start, m.end() + 100):  # "Fragen? Meine Kollegin ... hilft Ihnen"
            continue
        # the note's own offer: a question about help, or any question, followed by where to turn
        # ("Haben Sie Fragen? Tel. 030 ...", "Heeft u vragen? Bel 020 ...")
        if _OFFER_QUESTION.search(head, start, m.end()) or _OFFER_FOLLOWS.match(head, m.end()):
            continue
        return True
    return False


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
