"""Microsoft Exchange / Exchange Online / Outlook.com non-delivery reports in the languages they are sent in.

Exchange localises the user-facing part of its NDRs (and the headings and field labels around the
"Diagnostic information for administrators") into the language of the recipient's organisation
or of the sender.  The wordings below were written for this test, after the meaning of
Microsoft's localised NDR pages (learn.microsoft.com/<locale>/exchange/troubleshoot/email-delivery/ndr/
..., "Email non-delivery reports and SMTP errors in Exchange Online" and the per-code pages 5.1.1,
5.2.2, 5.2.3, 5.4.1, 5.7.1 / 5.7.133, 5.7.606-649, 4.4.7, 5.4.14): they are sentences of the kind
Exchange writes, not copies of collected bounces.  The addresses are invented (RFC 2606 domains).

Layouts: (a) multipart/report with the text/plain explanation, a message/delivery-status part
and text/rfc822-headers, (b) the text alone (forwarded, or kept by a gateway), with and without
the localised "Remote Server returned '...'" line, (c) the older Exchange 2007 / Outlook 2003 text.
"""
from __future__ import annotations

import pytest

from filter import classify
from shapes import mail

ADDR = "k.reader@corp.example"

# per language: the headings / labels, then one explanation paragraph per NDR
L: dict[str, dict[str, str]] = {
    "de": dict(
        subject="Unzustellbar: Angebot",
        head="Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:",
        delay_head="Die Zustellung an folgende Empfänger oder Gruppen wurde verzögert:",
        diag="Diagnoseinformationen für Administratoren:", gen="Generierender Server:",
        remote="Der Remoteserver hat '{}' zurückgegeben.", orig="Ursprüngliche Nachrichtenkopfzeilen:",
        old_intro="Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.",
        old_list="Folgende(r) Empfänger kann/können nicht erreicht werden:",
        user="Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, "
             "und versuchen Sie, die Nachricht erneut zu senden.",
        full="Das Postfach des Empfängers ist voll, und es können zurzeit keine Nachrichten angenommen werden. "
             "Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.",
        big="Ihre Nachricht konnte nicht übermittelt werden, da sie zu groß ist. Verkleinern Sie die Nachricht, "
            "und senden Sie sie erneut.",
        host='Die Domäne des Empfängers wurde nicht gefunden. Überprüfen Sie, ob der Domänenname in der Adresse richtig geschrieben ist.',
        restricted="Sie sind nicht berechtigt, Nachrichten an diesen Empfänger oder diese Gruppe zu senden. Die Gruppe "
                   "nimmt nur Nachrichten von Personen in ihrer Organisation oder in der Liste der zulässigen Absender an.",
        blocked="Ihre Nachricht wurde nicht übermittelt, da die IP-Adresse des sendenden Servers gesperrt ist. "
                "Wenden Sie sich an Ihren E-Mail-Administrator.",
        delayed="Diese Nachricht wurde noch nicht zugestellt. Der Server versucht weiterhin, die Nachricht in den "
                "nächsten 1 Tag, 19 Stunden und 58 Minuten zuzustellen. Sie werden benachrichtigt, wenn die Nachricht "
                "bis dahin nicht zugestellt werden kann.",
        expired="Der Server hat ohne Erfolg versucht, diese Nachricht zuzustellen, und hat die Zustellversuche "
                "eingestellt. Versuchen Sie später erneut, die Nachricht zu senden.",
        loop="Ein Konfigurationsfehler im E-Mail-System hat dazu geführt, dass die Nachricht zwischen zwei Servern "
             "hin- und hergesendet oder zwischen zwei Empfängern weitergeleitet wurde. Wenden Sie sich an Ihren Administrator.",
    ),
    "fr": dict(
        subject="Non remis : Offre",
        head="La remise aux destinataires ou groupes suivants a échoué :",
        delay_head="La remise aux destinataires ou groupes suivants a été différée :",
        diag="Informations de diagnostic pour les administrateurs :", gen="Serveur de génération :",
        remote="Le serveur distant a renvoyé '{}'", orig="En-têtes de message d'origine :",
        old_intro="Votre message n'est pas parvenu à certains ou à tous les destinataires.",
        old_list="Impossible de joindre le(s) destinataire(s) suivant(s) :",
        user="L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du "
             "destinataire et essayez de renvoyer le message.",
        full="La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. "
             "Essayez de renvoyer ce message plus tard ou contactez directement le destinataire.",
        big="Votre message n'a pas pu être remis, car sa taille dépasse la limite autorisée par le système de "
            "messagerie du destinataire.",
        host="Le domaine du destinataire est introuvable. Vérifiez que le nom de domaine de l'adresse est correctement orthographié.",
        restricted="Vous n'êtes pas autorisé à envoyer des messages à ce destinataire ou à ce groupe. Le groupe "
                   "n'accepte que les messages des personnes de son organisation ou de sa liste d'expéditeurs autorisés.",
        blocked="Votre message n'a pas été remis, car l'adresse IP du serveur d'envoi est bloquée par le fournisseur "
                "de messagerie du destinataire.",
        delayed="Ce message n'a pas encore été remis. Le serveur continuera d'essayer de remettre ce message pendant "
                "1 jour, 19 heures et 58 minutes. Vous serez averti si le message ne peut pas être remis dans ce délai.",
        expired="Le serveur a essayé de remettre ce message, sans succès, et a arrêté ses tentatives. Essayez "
                "d'envoyer ce message plus tard.",
        loop="Une erreur de configuration du système de messagerie a fait rebondir le message entre deux serveurs ou "
             "l'a transféré entre deux destinataires. Contactez votre administrateur.",
    ),
    "es": dict(
        subject="No se puede entregar: Oferta",
        head="Error en la entrega a estos destinatarios o grupos:",
        delay_head="Se ha retrasado la entrega a estos destinatarios o grupos:",
        diag="Información de diagnóstico para administradores:", gen="Servidor de generación:",
        remote="El servidor remoto devolvió '{}'", orig="Encabezados del mensaje original:",
        old_intro="El mensaje no llegó a algunos o a ninguno de los destinatarios.",
        old_list="No se puede obtener acceso a los siguientes destinatarios:",
        user="No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo "
             "electrónico del destinatario e intente volver a enviar el mensaje.",
        full="El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar "
             "este mensaje más tarde o póngase en contacto directamente con el destinatario.",
        big="No se pudo entregar el mensaje porque su tamaño supera el límite permitido por el sistema de correo "
            "del destinatario.",
        host='No se encontró el dominio del destinatario. Compruebe que el nombre de dominio de la dirección está escrito correctamente.',
        restricted="No tiene permiso para enviar mensajes a este destinatario o grupo. El grupo solo acepta mensajes "
                   "de personas de su organización o de su lista de remitentes permitidos.",
        blocked="El mensaje no se entregó porque la dirección IP del servidor de envío está bloqueada por el "
                "proveedor de correo electrónico del destinatario.",
        delayed="Este mensaje todavía no se ha entregado. El servidor seguirá intentando entregar este mensaje "
                "durante 1 día, 19 horas y 58 minutos. Se le notificará si el mensaje no se puede entregar en ese tiempo.",
        expired="El servidor ha intentado entregar este mensaje sin éxito y ha dejado de intentarlo. Intente enviar "
                "este mensaje más tarde.",
        loop="Un error de configuración del sistema de correo electrónico ha provocado que el mensaje rebote entre "
             "dos servidores o se reenvíe entre dos destinatarios. Póngase en contacto con el administrador.",
    ),
    "it": dict(
        subject="Non recapitabile: Offerta",
        head="Recapito non riuscito a questi destinatari o gruppi:",
        delay_head="Recapito ritardato a questi destinatari o gruppi:",
        diag="Informazioni di diagnostica per gli amministratori:", gen="Server di generazione:",
        remote="Il server remoto ha restituito '{}'", orig="Intestazioni del messaggio originale:",
        old_intro="Il messaggio non ha raggiunto alcuni o tutti i destinatari.",
        old_list="Impossibile raggiungere i seguenti destinatari:",
        user="Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta "
             "elettronica del destinatario e provare a inviare di nuovo il messaggio.",
        full="La cassetta postale del destinatario è piena e non può accettare messaggi al momento. Provare a "
             "inviare di nuovo il messaggio più tardi o contattare direttamente il destinatario.",
        big="Impossibile recapitare il messaggio perché le sue dimensioni superano il limite consentito dal "
            "sistema di posta del destinatario.",
        host="Impossibile trovare il dominio del destinatario. Verificare che il nome di dominio nell'indirizzo sia scritto correttamente.",
        restricted="Non si dispone dell'autorizzazione per inviare messaggi a questo destinatario o gruppo. Il gruppo "
                   "accetta solo messaggi da persone della sua organizzazione o dell'elenco dei mittenti consentiti.",
        blocked="Il messaggio non è stato recapitato perché l'indirizzo IP del server di invio è bloccato dal "
                "provider di posta del destinatario.",
        delayed="Il messaggio non è stato ancora recapitato. Il server continuerà a tentare di recapitare il "
                "messaggio per 1 giorno, 19 ore e 58 minuti. Si riceverà una notifica se non sarà possibile recapitarlo.",
        expired="Il server ha tentato di recapitare il messaggio senza successo e ha interrotto i tentativi. "
                "Provare a inviare di nuovo il messaggio più tardi.",
        loop="Un errore di configurazione nel sistema di posta ha fatto rimbalzare il messaggio tra due server o lo "
             "ha inoltrato tra due destinatari. Contattare l'amministratore.",
    ),
    "pt-BR": dict(
        subject="Não é possível entregar: Oferta",
        head="Falha na entrega para estes destinatários ou grupos:",
        delay_head="A entrega para estes destinatários ou grupos está atrasada:",
        diag="Informações de diagnóstico para administradores:", gen="Servidor de geração:",
        remote="O servidor remoto retornou '{}'", orig="Cabeçalhos da mensagem original:",
        old_intro="Sua mensagem não chegou a alguns ou a todos os destinatários.",
        old_list="Não foi possível alcançar os seguintes destinatários:",
        user="O endereço de email que você inseriu não foi encontrado. Verifique o endereço de email do "
             "destinatário e tente reenviar a mensagem.",
        full="A caixa de correio do destinatário está cheia e não pode aceitar mensagens no momento. Tente "
             "reenviar esta mensagem mais tarde ou entre em contato diretamente com o destinatário.",
        big="Sua mensagem não pôde ser entregue porque o tamanho dela excede o limite permitido pelo sistema de "
            "email do destinatário.",
        host='O domínio do destinatário não existe. Verifique se o nome de domínio no endereço está escrito corretamente.',
        restricted="Você não tem permissão para enviar mensagens a este destinatário ou grupo. O grupo só aceita "
                   "mensagens de pessoas da organização ou da lista de remetentes permitidos.",
        blocked="Sua mensagem não foi entregue porque o endereço IP do servidor de envio está bloqueado pelo "
                "provedor de email do destinatário.",
        delayed="Esta mensagem ainda não foi entregue. O servidor continuará tentando entregar esta mensagem "
                "por 1 dia, 19 horas e 58 minutos. Você será notificado se a mensagem não puder ser entregue até lá.",
        expired="O servidor tentou entregar esta mensagem, sem êxito, e parou de tentar. Tente enviar esta "
                "mensagem novamente mais tarde.",
        loop="Um erro de configuração no sistema de email fez com que a mensagem fosse devolvida entre dois "
             "servidores ou encaminhada entre dois destinatários. Contate o administrador.",
    ),
    "pt-PT": dict(
        subject="Não é possível entregar: Oferta",
        head="A entrega falhou para estes destinatários ou grupos:",
        delay_head="A entrega a estes destinatários ou grupos foi atrasada:",
        diag="Informações de diagnóstico para administradores:", gen="Servidor de geração:",
        remote="O servidor remoto devolveu '{}'", orig="Cabeçalhos da mensagem original:",
        old_intro="A sua mensagem não chegou a alguns ou a todos os destinatários previstos.",
        old_list="Não foi possível contactar o(s) seguinte(s) destinatário(s):",
        user="Não foi possível encontrar o endereço de e-mail que introduziu. Verifique o endereço de e-mail do "
             "destinatário e tente reenviar a mensagem.",
        full="A caixa de correio do destinatário está cheia e não pode aceitar mensagens neste momento. Tente "
             "reenviar a mensagem mais tarde ou contacte diretamente o destinatário.",
        big="Não foi possível entregar a mensagem porque é demasiado grande para o sistema de correio do destinatário.",
        host='Não foi possível encontrar o domínio do destinatário. Verifique se o nome de domínio no endereço está escrito corretamente.',
        restricted="Não tem permissão para enviar mensagens para este destinatário ou grupo. O grupo só aceita "
                   "mensagens de pessoas da sua organização ou da lista de remetentes permitidos.",
        blocked="A sua mensagem não foi entregue porque o endereço IP do servidor de envio foi bloqueado pelo "
                "fornecedor de e-mail do destinatário.",
        delayed="Esta mensagem ainda não foi entregue. O servidor continuará a tentar entregar esta mensagem "
                "durante 1 dia, 19 horas e 58 minutos. Será notificado se a mensagem não puder ser entregue até lá.",
        expired="O servidor tentou entregar esta mensagem, sem êxito, e deixou de tentar. Tente enviar a "
                "mensagem novamente mais tarde.",
        loop="Um erro de configuração no sistema de e-mail fez com que a mensagem fosse reencaminhada entre dois "
             "servidores ou entre dois destinatários. Contacte o administrador.",
    ),
    "nl": dict(
        subject="Onbestelbaar: Aanbieding",
        head="Bezorging is mislukt voor deze ontvangers of groepen:",
        delay_head="De bezorging aan deze ontvangers of groepen is vertraagd:",
        diag="Diagnostische gegevens voor beheerders:", gen="Server die het bericht heeft gegenereerd:",
        remote="De externe server heeft '{}' geretourneerd", orig="Oorspronkelijke berichtkoppen:",
        old_intro="Uw bericht heeft sommige of alle beoogde ontvangers niet bereikt.",
        old_list="De volgende ontvanger(s) kunnen niet worden bereikt:",
        user="Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger "
             "en probeer het bericht opnieuw te verzenden.",
        full="Het postvak van de ontvanger is vol en kan momenteel geen berichten ontvangen. Probeer het bericht "
             "later opnieuw te verzenden of neem rechtstreeks contact op met de ontvanger.",
        big="Uw bericht kan niet worden bezorgd omdat het groter is dan de limiet van het e-mailsysteem van de ontvanger.",
        host='Het domein van de ontvanger bestaat niet. Controleer of de domeinnaam in het adres correct is gespeld.',
        restricted="U bent niet gemachtigd om berichten naar deze ontvanger of groep te verzenden. De groep accepteert "
                   "alleen berichten van personen in de organisatie of op de lijst met toegestane afzenders.",
        blocked="Uw bericht is niet bezorgd omdat het IP-adres van de verzendende server is geblokkeerd door de "
                "e-mailprovider van de ontvanger.",
        delayed="Dit bericht is nog niet bezorgd. De server blijft proberen dit bericht te bezorgen gedurende "
                "1 dag, 19 uur en 58 minuten. U ontvangt een melding als het bericht binnen die tijd niet kan worden bezorgd.",
        expired="De server heeft zonder succes geprobeerd dit bericht te bezorgen en is gestopt met proberen. "
                "Probeer het bericht later opnieuw te verzenden.",
        loop="Door een configuratiefout in het e-mailsysteem is het bericht heen en weer gestuurd tussen twee "
             "servers of doorgestuurd tussen twee ontvangers. Neem contact op met uw beheerder.",
    ),
    "pl": dict(
        subject="Niedostarczalne: Oferta",
        head="Dostarczanie do tych adresatów lub grup nie powiodło się:",
        delay_head="Dostarczanie do tych adresatów lub grup jest opóźnione:",
        diag="Informacje diagnostyczne dla administratorów:", gen="Serwer generujący:",
        remote="Serwer zdalny zwrócił '{}'", orig="Oryginalne nagłówki wiadomości:",
        old_intro="Wiadomość nie dotarła do niektórych lub wszystkich zamierzonych adresatów.",
        old_list="Nie można skontaktować się z następującymi adresatami:",
        user="Nie można odnaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj wysłać "
             "wiadomość ponownie.",
        full="Skrzynka pocztowa adresata jest pełna i obecnie nie może przyjmować wiadomości. Spróbuj ponownie "
             "wysłać wiadomość później lub skontaktuj się bezpośrednio z adresatem.",
        big="Nie można dostarczyć wiadomości, ponieważ jej rozmiar przekracza limit systemu poczty e-mail adresata.",
        host='Nie można odnaleźć domeny adresata. Sprawdź, czy nazwa domeny w adresie jest poprawnie wpisana.',
        restricted="Nie masz uprawnień do wysyłania wiadomości do tego adresata lub tej grupy. Grupa przyjmuje "
                   "wiadomości tylko od osób z jej organizacji lub z listy dozwolonych nadawców.",
        blocked="Wiadomość nie została dostarczona, ponieważ adres IP serwera wysyłającego został zablokowany "
                "przez dostawcę poczty e-mail adresata.",
        delayed="Ta wiadomość nie została jeszcze dostarczona. Serwer będzie nadal próbował dostarczyć tę "
                "wiadomość przez 1 dzień, 19 godzin i 58 minut. Otrzymasz powiadomienie, jeśli nie będzie można jej dostarczyć.",
        expired="Serwer próbował dostarczyć tę wiadomość, ale bez powodzenia, i zaprzestał prób. Spróbuj wysłać "
                "wiadomość ponownie później.",
        loop="Błąd konfiguracji systemu poczty e-mail spowodował, że wiadomość była odsyłana między dwoma "
             "serwerami lub przekazywana między dwoma adresatami. Skontaktuj się z administratorem.",
    ),
    "ru": dict(
        subject="Не удается доставить: Предложение",
        head="Не удалось доставить сообщение этим получателям или группам:",
        delay_head="Доставка этим получателям или группам задерживается:",
        diag="Диагностические сведения для администраторов:", gen="Создающий сервер:",
        remote="Удаленный сервер вернул '{}'", orig="Заголовки исходного сообщения:",
        old_intro="Ваше сообщение не было доставлено некоторым или всем получателям.",
        old_list="Не удается связаться со следующими получателями:",
        user="Введенный адрес электронной почты не найден. Проверьте адрес электронной почты получателя и "
             "попробуйте отправить сообщение еще раз.",
        full="Почтовый ящик получателя переполнен и сейчас не может принимать сообщения. Попробуйте отправить "
             "сообщение позже или свяжитесь с получателем напрямую.",
        big="Не удалось доставить сообщение, так как его размер превышает ограничение почтовой системы получателя.",
        host='Не удалось найти домен получателя. Проверьте правильность написания имени домена в адресе.',
        restricted="У вас нет разрешения на отправку сообщений этому получателю или группе. Группа принимает "
                   "сообщения только от пользователей своей организации или из списка разрешенных отправителей.",
        blocked="Сообщение не доставлено, так как IP-адрес отправляющего сервера заблокирован поставщиком "
                "электронной почты получателя.",
        delayed="Это сообщение еще не доставлено. Сервер будет пытаться доставить это сообщение в течение "
                "1 дня 19 часов 58 минут. Вы получите уведомление, если сообщение не удастся доставить за это время.",
        expired="Сервер безуспешно пытался доставить это сообщение и прекратил попытки. Попробуйте отправить "
                "сообщение позже.",
        loop="Из-за ошибки конфигурации почтовой системы сообщение пересылалось между двумя серверами или двумя "
             "получателями. Обратитесь к администратору.",
    ),
    "cs": dict(
        subject="Nedoručitelné: Nabídka",
        head="Doručení těmto příjemcům nebo skupinám se nezdařilo:",
        delay_head="Doručení těmto příjemcům nebo skupinám se zpozdilo:",
        diag="Diagnostické informace pro správce:", gen="Generující server:",
        remote="Vzdálený server vrátil '{}'", orig="Záhlaví původní zprávy:",
        old_intro="Vaše zpráva nedorazila k některým nebo všem zamýšleným příjemcům.",
        old_list="Následující příjemce nelze zastihnout:",
        user="Zadaná e-mailová adresa nebyla nalezena. Zkontrolujte e-mailovou adresu příjemce a zkuste zprávu "
             "odeslat znovu.",
        full="Poštovní schránka příjemce je plná a momentálně nemůže přijímat zprávy. Zkuste zprávu odeslat "
             "později nebo se obraťte přímo na příjemce.",
        big="Zprávu nelze doručit, protože její velikost překračuje limit e-mailového systému příjemce.",
        host='Doména příjemce nebyla nalezena. Zkontrolujte, jestli je název domény v adrese napsaný správně.',
        restricted="Nemáte oprávnění odesílat zprávy tomuto příjemci nebo skupině. Skupina přijímá zprávy jen od "
                   "lidí ze své organizace nebo ze seznamu povolených odesílatelů.",
        blocked="Vaše zpráva nebyla doručena, protože IP adresa odesílajícího serveru je zablokovaná "
                "poskytovatelem e-mailu příjemce.",
        delayed="Tato zpráva ještě nebyla doručena. Server se bude pokoušet zprávu doručit ještě 1 den, 19 hodin "
                "a 58 minut. Pokud ji do té doby nebude možné doručit, budete upozorněni.",
        expired="Server se neúspěšně pokoušel tuto zprávu doručit a pokusy ukončil. Zkuste zprávu odeslat znovu později.",
        loop="Chyba konfigurace e-mailového systému způsobila, že se zpráva vracela mezi dvěma servery nebo se "
             "přeposílala mezi dvěma příjemci. Obraťte se na správce.",
    ),
    "sv": dict(
        subject="Kan inte levereras: Erbjudande",
        head="Det gick inte att leverera till följande mottagare eller grupper:",
        delay_head="Leveransen till följande mottagare eller grupper har fördröjts:",
        diag="Diagnostikinformation för administratörer:", gen="Genererande server:",
        remote="Fjärrservern returnerade '{}'", orig="Ursprungliga meddelandehuvuden:",
        old_intro="Ditt meddelande nådde inte alla eller några av de avsedda mottagarna.",
        old_list="Det gick inte att nå följande mottagare:",
        user="E-postadressen du angav kunde inte hittas. Kontrollera mottagarens e-postadress och försök skicka "
             "meddelandet igen.",
        full="Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök skicka meddelandet "
             "senare eller kontakta mottagaren direkt.",
        big="Meddelandet kunde inte levereras eftersom det är för stort för mottagarens e-postsystem.",
        host='Mottagarens domän kunde inte hittas. Kontrollera att domännamnet i adressen är rättstavat.',
        restricted="Du har inte behörighet att skicka till den här mottagaren eller gruppen. Gruppen tar bara emot "
                   "meddelanden från personer i organisationen eller från listan över tillåtna avsändare.",
        blocked="Meddelandet levererades inte eftersom IP-adressen för den sändande servern har blockerats av "
                "mottagarens e-postleverantör.",
        delayed="Meddelandet har inte levererats än. Servern fortsätter att försöka leverera meddelandet under "
                "1 dag, 19 timmar och 58 minuter. Du meddelas om meddelandet inte kan levereras inom den tiden.",
        expired="Servern har försökt leverera meddelandet utan att lyckas och har slutat försöka. Försök skicka "
                "meddelandet igen senare.",
        loop="Ett konfigurationsfel i e-postsystemet gjorde att meddelandet studsade mellan två servrar eller "
             "vidarebefordrades mellan två mottagare. Kontakta administratören.",
    ),
    "da": dict(
        subject="Kan ikke leveres: Tilbud",
        head="Leveringen mislykkedes til disse modtagere eller grupper:",
        delay_head="Leveringen til disse modtagere eller grupper er forsinket:",
        diag="Diagnosticeringsoplysninger for administratorer:", gen="Genererende server:",
        remote="Fjernserveren returnerede '{}'", orig="Oprindelige meddelelsesheadere:",
        old_intro="Din meddelelse nåede ikke frem til nogle af eller alle de tiltænkte modtagere.",
        old_list="Følgende modtager(e) kan ikke nås:",
        user="Den mailadresse, du angav, blev ikke fundet. Kontrollér modtagerens mailadresse, og prøv at sende "
             "meddelelsen igen.",
        full="Modtagerens postkasse er fuld og kan ikke modtage meddelelser lige nu. Prøv at sende meddelelsen "
             "igen senere, eller kontakt modtageren direkte.",
        big="Meddelelsen kunne ikke leveres, fordi den er for stor til modtagerens mailsystem.",
        host='Modtagerens domæne blev ikke fundet. Kontrollér, at domænenavnet i adressen er stavet korrekt.',
        restricted="Du har ikke tilladelse til at sende til denne modtager eller gruppe. Gruppen accepterer kun "
                   "meddelelser fra personer i organisationen eller på listen over tilladte afsendere.",
        blocked="Din meddelelse blev ikke leveret, fordi IP-adressen for den afsendende server er blokeret af "
                "modtagerens mailudbyder.",
        delayed="Meddelelsen er endnu ikke leveret. Serveren vil fortsætte med at forsøge at levere meddelelsen i "
                "1 dag, 19 timer og 58 minutter. Du får besked, hvis meddelelsen ikke kan leveres inden da.",
        expired="Serveren har forsøgt at levere meddelelsen uden held og er holdt op med at forsøge. Prøv at sende "
                "meddelelsen igen senere.",
        loop="En konfigurationsfejl i mailsystemet fik meddelelsen til at blive sendt frem og tilbage mellem to "
             "servere eller videresendt mellem to modtagere. Kontakt din administrator.",
    ),
    "nb": dict(
        subject="Kan ikke leveres: Tilbud",
        head="Levering mislyktes til disse mottakerne eller gruppene:",
        delay_head="Leveringen til disse mottakerne eller gruppene er forsinket:",
        diag="Diagnoseinformasjon for administratorer:", gen="Genererende server:",
        remote="Den eksterne serveren returnerte '{}'", orig="Opprinnelige meldingshoder:",
        old_intro="Meldingen nådde ikke frem til noen av eller alle de tiltenkte mottakerne.",
        old_list="Følgende mottaker(e) kan ikke nås:",
        user="Finner ikke e-postadressen du skrev inn. Kontroller mottakerens e-postadresse, og prøv å sende "
             "meldingen på nytt.",
        full="Mottakerens postboks er full og kan ikke motta meldinger nå. Prøv å sende meldingen på nytt senere, "
             "eller kontakt mottakeren direkte.",
        big="Meldingen kunne ikke leveres fordi den er for stor for mottakerens e-postsystem.",
        host='Finner ikke mottakerens domene. Kontroller at domenenavnet i adressen er stavet riktig.',
        restricted="Du har ikke tillatelse til å sende til denne mottakeren eller gruppen. Gruppen godtar bare "
                   "meldinger fra personer i organisasjonen eller på listen over tillatte avsendere.",
        blocked="Meldingen ble ikke levert fordi IP-adressen til den sendende serveren er blokkert av mottakerens "
                "e-postleverandør.",
        delayed="Denne meldingen er ikke levert ennå. Serveren vil fortsette å prøve å levere meldingen i 1 dag, "
                "19 timer og 58 minutter. Du blir varslet hvis meldingen ikke kan leveres innen den tid.",
        expired="Serveren har prøvd å levere meldingen uten hell, og har sluttet å prøve. Prøv å sende meldingen "
                "på nytt senere.",
        loop="En konfigurasjonsfeil i e-postsystemet førte til at meldingen ble sendt frem og tilbake mellom to "
             "servere eller videresendt mellom to mottakere. Kontakt administratoren.",
    ),
    "fi": dict(
        subject="Ei voitu toimittaa: Tarjous",
        head="Toimitus epäonnistui näille vastaanottajille tai ryhmille:",
        delay_head="Toimitus näille vastaanottajille tai ryhmille on viivästynyt:",
        diag="Järjestelmänvalvojien diagnostiikkatiedot:", gen="Luova palvelin:",
        remote="Etäpalvelin palautti '{}'", orig="Alkuperäisen viestin otsikot:",
        old_intro="Viestisi ei saavuttanut kaikkia tai joitakin vastaanottajia.",
        old_list="Seuraaviin vastaanottajiin ei saatu yhteyttä:",
        user="Antamaasi sähköpostiosoitetta ei löytynyt. Tarkista vastaanottajan sähköpostiosoite ja yritä "
             "lähettää viesti uudelleen.",
        full="Vastaanottajan postilaatikko on täynnä, eikä se voi vastaanottaa viestejä juuri nyt. Yritä lähettää "
             "viesti myöhemmin uudelleen tai ota yhteyttä suoraan vastaanottajaan.",
        big="Viestiä ei voitu toimittaa, koska se on liian suuri vastaanottajan sähköpostijärjestelmälle.",
        host='Vastaanottajan toimialuetta ei löytynyt. Tarkista, että osoitteen toimialueen nimi on kirjoitettu oikein.',
        restricted="Sinulla ei ole oikeutta lähettää viestejä tälle vastaanottajalle tai ryhmälle. Ryhmä hyväksyy "
                   "viestejä vain organisaationsa henkilöiltä tai sallittujen lähettäjien luettelosta.",
        blocked="Viestiäsi ei toimitettu, koska vastaanottajan sähköpostipalvelu on estänyt lähettävän palvelimen "
                "IP-osoitteen.",
        delayed="Tätä viestiä ei ole vielä toimitettu. Palvelin yrittää toimittaa viestiä vielä 1 päivän, 19 tunnin "
                "ja 58 minuutin ajan. Saat ilmoituksen, jos viestiä ei voida toimittaa siihen mennessä.",
        expired="Palvelin yritti toimittaa tämän viestin tuloksetta ja lopetti yrittämisen. Yritä lähettää viesti "
                "myöhemmin uudelleen.",
        loop="Sähköpostijärjestelmän määritysvirhe sai viestin kulkemaan edestakaisin kahden palvelimen tai kahden "
             "vastaanottajan välillä. Ota yhteyttä järjestelmänvalvojaan.",
    ),
    "tr": dict(
        subject="Teslim Edilemiyor: Teklif",
        head="Şu alıcılara veya gruplara teslim başarısız oldu:",
        delay_head="Şu alıcılara veya gruplara teslim gecikti:",
        diag="Yöneticiler için tanılama bilgileri:", gen="Oluşturan sunucu:",
        remote="Uzak sunucu '{}' döndürdü", orig="Özgün ileti üst bilgileri:",
        old_intro="İletiniz hedeflenen alıcıların bazılarına veya tümüne ulaşmadı.",
        old_list="Aşağıdaki alıcılara ulaşılamıyor:",
        user="Girdiğiniz e-posta adresi bulunamadı. Alıcının e-posta adresini denetleyin ve iletiyi yeniden "
             "göndermeyi deneyin.",
        full="Alıcının posta kutusu dolu ve şu anda ileti kabul edemiyor. İletiyi daha sonra yeniden göndermeyi "
             "deneyin veya doğrudan alıcıyla iletişime geçin.",
        big="İleti, alıcının e-posta sisteminin izin verdiği boyut sınırını aştığı için teslim edilemedi.",
        host='Hedef etki alanı bulunamadı. Adresteki etki alanı adının doğru yazıldığından emin olun.',
        restricted="Bu alıcıya veya gruba ileti gönderme izniniz yok. Grup yalnızca kuruluşundaki kişilerden veya "
                   "izin verilen gönderenler listesindeki kişilerden ileti kabul ediyor.",
        blocked="İletiniz teslim edilmedi çünkü gönderen sunucunun IP adresi alıcının e-posta sağlayıcısı "
                "tarafından engellendi.",
        delayed="Bu ileti henüz teslim edilmedi. Sunucu bu iletiyi 1 gün, 19 saat ve 58 dakika boyunca teslim "
                "etmeyi denemeye devam edecek. İleti bu süre içinde teslim edilemezse size bildirilecek.",
        expired="Sunucu bu iletiyi teslim etmeyi başarısız bir şekilde denedi ve denemeyi bıraktı. İletiyi daha "
                "sonra yeniden göndermeyi deneyin.",
        loop="E-posta sistemindeki bir yapılandırma hatası, iletinin iki sunucu arasında gidip gelmesine veya iki "
             "alıcı arasında iletilmesine neden oldu. Yöneticinize başvurun.",
    ),
    "ja": dict(
        subject="配信不能: ご案内",
        head="次の受信者またはグループへの配信に失敗しました:",
        delay_head="次の受信者またはグループへの配信が遅延しています:",
        diag="管理者向けの診断情報:", gen="生成元サーバー:",
        remote="リモート サーバーから '{}' が返されました", orig="元のメッセージ ヘッダー:",
        old_intro="メッセージは一部またはすべての受信者に届きませんでした。",
        old_list="次の受信者に接続できません:",
        user="入力したメール アドレスが見つかりませんでした。受信者のメール アドレスを確認して、メッセージを再送信してください。",
        full="受信者のメールボックスがいっぱいのため、現在メッセージを受信できません。後でメッセージを再送信するか、受信者に直接連絡してください。",
        big="メッセージのサイズが受信者のメール システムの制限を超えているため、メッセージを配信できませんでした。",
        host='受信者のドメインが見つかりませんでした。アドレスのドメイン名のスペルが正しいことを確認してください。',
        restricted="この受信者またはグループにメッセージを送信する権限がありません。このグループは、組織内のユーザーまたは許可された送信者の一覧に含まれるユーザーからのメッセージのみを受け付けます。",
        blocked="送信サーバーの IP アドレスが受信者のメール プロバイダーによってブロックされているため、メッセージは配信されませんでした。",
        delayed="このメッセージはまだ配信されていません。サーバーは 1 日 19 時間 58 分の間、このメッセージの配信を試行し続けます。それまでに配信できない場合は通知されます。",
        expired="サーバーはこのメッセージの配信を試みましたが成功せず、配信の試行を停止しました。後でもう一度メッセージを送信してください。",
        loop="メール システムの構成エラーにより、メッセージが 2 つのサーバー間で往復したか、2 人の受信者間で転送されました。管理者に問い合わせてください。",
    ),
    "zh-Hans": dict(
        subject="无法送达: 优惠",
        head="传递给这些收件人或组失败:",
        delay_head="传递给这些收件人或组被延迟:",
        diag="管理员的诊断信息:", gen="生成服务器:",
        remote="远程服务器返回'{}'", orig="原始邮件头:",
        old_intro="您的邮件未能送达部分或全部预定收件人。",
        old_list="无法联系以下收件人:",
        user="找不到你输入的电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。",
        full="收件人的邮箱已满，目前无法接收邮件。请稍后尝试重新发送此邮件，或直接与收件人联系。",
        big="无法传递你的邮件，因为它超过了收件人电子邮件系统允许的大小限制。",
        host='收件人的域不存在。请检查地址中的域名拼写是否正确。',
        restricted="你没有向此收件人或组发送邮件的权限。该组只接受其组织内的人员或允许的发件人列表中的人员发送的邮件。",
        blocked="你的邮件未送达，因为发送服务器的 IP 地址已被收件人的电子邮件提供商阻止。",
        delayed="此邮件尚未送达。服务器将在接下来的 1 天 19 小时 58 分钟内继续尝试传递此邮件。如果届时仍无法传递，你将收到通知。",
        expired="服务器已尝试传递此邮件，但未成功，并已停止尝试。请稍后再次尝试发送此邮件。",
        loop="电子邮件系统中的配置错误导致邮件在两台服务器之间来回传递，或在两个收件人之间转发。请与管理员联系。",
    ),
    "zh-Hant": dict(
        subject="無法傳遞: 優惠",
        head="傳遞給這些收件者或群組失敗:",
        delay_head="傳遞給這些收件者或群組已延遲:",
        diag="系統管理員的診斷資訊:", gen="產生伺服器:",
        remote="遠端伺服器傳回 '{}'", orig="原始郵件標頭:",
        old_intro="您的郵件未能送達部分或全部預定的收件者。",
        old_list="無法連絡下列收件者:",
        user="找不到您輸入的電子郵件地址。請檢查收件者的電子郵件地址，然後嘗試重新傳送郵件。",
        full="收件者的信箱已滿，目前無法接收郵件。請稍後嘗試重新傳送此郵件，或直接與收件者連絡。",
        big="無法傳遞您的郵件，因為它超過收件者電子郵件系統允許的大小限制。",
        host='找不到收件者的網域。請檢查地址中的網域名稱拼字是否正確。',
        restricted="您沒有傳送郵件給此收件者或群組的權限。該群組只接受其組織內的人員或允許的寄件者清單中的人員所傳送的郵件。",
        blocked="您的郵件未傳遞，因為傳送伺服器的 IP 位址已被收件者的電子郵件提供者封鎖。",
        delayed="此郵件尚未傳遞。伺服器將在接下來的 1 天 19 小時 58 分鐘內繼續嘗試傳遞此郵件。如果屆時仍無法傳遞，您將會收到通知。",
        expired="伺服器已嘗試傳遞此郵件，但未成功，並已停止嘗試。請稍後再嘗試傳送此郵件。",
        loop="電子郵件系統中的設定錯誤導致郵件在兩部伺服器之間來回傳遞，或在兩個收件者之間轉寄。請連絡您的系統管理員。",
    ),
    "ko": dict(
        subject="배달 못 함: 안내",
        head="다음 받는 사람 또는 그룹에게 배달하지 못했습니다:",
        delay_head="다음 받는 사람 또는 그룹에게 배달이 지연되었습니다:",
        diag="관리자용 진단 정보:", gen="생성 서버:",
        remote="원격 서버에서 '{}'을(를) 반환했습니다.", orig="원래 메시지 헤더:",
        old_intro="메시지가 일부 또는 모든 받는 사람에게 도달하지 못했습니다.",
        old_list="다음 받는 사람에게 연결할 수 없습니다:",
        user="입력한 전자 메일 주소를 찾을 수 없습니다. 받는 사람의 전자 메일 주소를 확인한 후 메시지를 다시 보내 보세요.",
        full="받는 사람의 사서함이 가득 차서 지금은 메시지를 받을 수 없습니다. 나중에 메시지를 다시 보내거나 받는 사람에게 직접 연락하세요.",
        big="메시지 크기가 받는 사람의 전자 메일 시스템의 크기 제한을 초과하여 메시지를 배달할 수 없습니다.",
        host='받는 사람의 도메인을 찾을 수 없습니다. 주소의 도메인 이름 철자가 올바른지 확인하세요.',
        restricted="이 받는 사람 또는 그룹에게 메시지를 보낼 권한이 없습니다. 이 그룹은 조직 내 사용자나 허용된 보낸 사람 목록의 사용자가 보낸 메시지만 허용합니다.",
        blocked="보내는 서버의 IP 주소가 받는 사람의 전자 메일 공급자에 의해 차단되어 메시지가 배달되지 않았습니다.",
        delayed="이 메시지는 아직 배달되지 않았습니다. 서버는 앞으로 1일 19시간 58분 동안 이 메시지의 배달을 계속 시도합니다. 그때까지 배달할 수 없으면 알림을 받게 됩니다.",
        expired="서버에서 이 메시지를 배달하려고 시도했지만 실패했으며 시도를 중지했습니다. 나중에 메시지를 다시 보내 보세요.",
        loop="전자 메일 시스템의 구성 오류로 인해 메시지가 두 서버 사이를 오가거나 두 받는 사람 사이에서 전달되었습니다. 관리자에게 문의하세요.",
    ),
}

# per NDR: (status, SMTP reply the administrators' part quotes, expected reason); the reason a
# sender-side block may come out as is any block of the sender (never the recipient's mailbox)
NDR = {
    "user": ("5.1.1", "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "user_unknown"),
    "full": ("5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
             "mailbox_full"),
    "big": ("5.2.3", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "message_too_large"),
    "host": ("5.4.4", "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", "host_unknown"),
    "restricted": ("5.7.133", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; "
                   "Delivery restriction check failed as sender not authenticated", "rejected"),
    "blocked": ("5.7.606", "550 5.7.606 Access denied, banned sending IP [192.0.2.25]", "blocked"),
    "expired": ("4.4.7", "550 4.4.7 QUEUE.Expired; message expired", "expired"),
    "loop": ("5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "system_error"),
}
SENDER_BLOCK = {"blocked", "spam_detected", "rejected", "policy_violation"}
LANGS = sorted(L)


def _head(lang: str, subject: str | None = None) -> str:
    s = L[lang]["subject"] if subject is None else subject
    from email.header import Header
    return ("From: Microsoft Outlook <postmaster@corp.example>\nTo: <news@sender.example>\n"
            f"Subject: {Header(s, 'utf-8').encode()}\nDate: Tue, 1 Dec 2026 10:00:00 +0000\n"
            "Message-ID: <ndr-1@corp.example>\n")


ORIGINAL = ("Received: from mail.sender.example (192.0.2.25) by mx.corp.example; Tue, 1 Dec 2026 09:59:58 +0000\n"
            f"From: Newsletter <news@sender.example>\nTo: {ADDR}\nSubject: Offer\nMessage-ID: <n42@sender.example>\n")


def _explanation(lang: str, ndr: str, reply: str | None) -> str:
    t = L[lang]
    head = t["delay_head"] if ndr == "delayed" else t["head"]
    text = f"{head}\n\n{ADDR}\n{t[ndr]}\n"
    if reply is not None:
        text += (f"\n\n\n\n\n{t['diag']}\n\n{t['gen']} mx1.corp.example\n\n{ADDR}\n"
                 f"{t['remote'].format(reply)}\n\n{t['orig']}\n\n{ORIGINAL}")
    return text


def _multipart(lang: str, ndr: str, status: str, diagnostic: str | None) -> bytes:
    action = "delayed" if ndr == "delayed" else "failed"
    fields = (f"Reporting-MTA: dns;mx1.corp.example\nReceived-From-MTA: dns;mail.sender.example\n"
              f"Arrival-Date: Tue, 1 Dec 2026 09:59:58 +0000\n\nFinal-Recipient: rfc822;{ADDR}\n"
              f"Action: {action}\nStatus: {status}\n")
    if diagnostic:
        fields += f"Diagnostic-Code: smtp;{diagnostic}\n"
    body = ("--NDR\nContent-Type: multipart/alternative; boundary=\"ALT\"\n\n"
            f"--ALT\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{_explanation(lang, ndr, diagnostic)}\n"
            f"--ALT\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>{L[lang][ndr]}</p></body></html>\n\n--ALT--\n\n"
            f"--NDR\nContent-Type: message/delivery-status\n\n{fields}\n"
            f"--NDR\nContent-Type: text/rfc822-headers\n\n{ORIGINAL}\n--NDR--\n")
    return mail(_head(lang) + "MIME-Version: 1.0\n"
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"NDR\"", body)


def _text(lang: str, ndr: str, reply: str | None, subject: str | None = None) -> bytes:
    return mail(_head(lang, subject) + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
                _explanation(lang, ndr, reply))


def _one(raw: bytes):
    report = classify(raw)
    assert len(report.recipients) == 1, report
    r, = report.recipients
    assert r.address == ADDR
    return report, r


def _reason_ok(ndr: str, reason: str) -> bool:
    return reason in SENDER_BLOCK if ndr == "blocked" else reason == NDR[ndr][2]


CASES = [(lang, ndr) for lang in LANGS for ndr in NDR]


# -- (a) multipart/report: the status part gives the status, its Diagnostic-Code the reply ---------
@pytest.mark.parametrize("lang,ndr", CASES)
def test_report_with_status_part(lang, ndr):
    status, reply, _ = NDR[ndr]
    report, r = _one(_multipart(lang, ndr, status, reply))
    assert report.kind == "failed"
    assert r.status == status
    assert _reason_ok(ndr, r.reason), r


# ... Status: 5.0.0 and no Diagnostic-Code: only the explanation says why
@pytest.mark.parametrize("lang,ndr", [(lang, ndr) for lang in LANGS for ndr in NDR if ndr not in ("expired",)])
def test_report_with_vague_status_reads_the_explanation(lang, ndr):
    report, r = _one(_multipart(lang, ndr, "5.0.0", None))
    assert report.kind == "failed"
    assert r.status == "5.0.0"
    assert _reason_ok(ndr, r.reason), r


# -- (b) the text alone, with the localised "Remote Server returned '...'" ---------------------------
@pytest.mark.parametrize("lang,ndr", CASES)
def test_text_with_remote_server_returned(lang, ndr):
    status, reply, _ = NDR[ndr]
    report, r = _one(_text(lang, ndr, reply))
    assert report.kind == "failed"
    assert r.status == status
    # (Exchange's "550 4.4.7 QUEUE.Expired" pairs a permanent reply with a transient status: the
    # reply code, inconsistent with it, is not kept)
    assert r.reply_code == (reply[:3] if reply[0] == status[0] else None)
    assert _reason_ok(ndr, r.reason), r


# ... and without it: the user-facing paragraph is all there is
@pytest.mark.parametrize("lang,ndr", CASES)
def test_text_paragraph_alone(lang, ndr):
    report, r = _one(_text(lang, ndr, None))
    assert report.kind == "failed"
    assert _reason_ok(ndr, r.reason), r
    if ndr in ("user", "host"):
        assert r.class_ == "hard"


@pytest.mark.parametrize("lang", LANGS)
def test_sender_block_is_never_the_recipients_mailbox(lang):
    for raw in (_text(lang, "blocked", None), _multipart(lang, "blocked", "5.0.0", None)):
        _, r = _one(raw)
        assert r.reason not in ("user_unknown", "host_unknown", "suspended", "mailbox_full"), r


# -- the delay notice: "the server will keep trying" -------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_delay_notice(lang):
    for raw in (_text(lang, "delayed", None), _multipart(lang, "delayed", "4.4.7", None)):
        report, r = _one(raw)
        assert report.kind == "delayed", (lang, report)
        assert r.reason not in ("user_unknown", "host_unknown", "suspended"), r


# -- the report sent from Exchange's system mailbox with the original's subject ---------------------
@pytest.mark.parametrize("lang", LANGS)
def test_notice_with_the_originals_subject(lang):
    raw = mail("From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>\n"
               "To: news@sender.example\nSubject: Offer\nContent-Type: text/plain; charset=utf-8",
               _explanation(lang, "user", NDR["user"][1]))
    report, r = _one(raw)
    assert (report.kind, r.reason, r.status) == ("failed", "user_unknown", "5.1.1")


# -- (c) Exchange 2007 / Outlook 2003: "did not reach some or all of the intended recipients" --------
def _old(lang: str, ndr: str, reply: str | None) -> bytes:
    t = L[lang]
    said = f"\n    {t[ndr]}" + (f"\n    <mx1.corp.example #{NDR[ndr][0]} smtp;{reply}>" if reply else "")
    body = (f"{t['old_intro']}\n\n      Subject: Offer\n      Sent: 01.12.2026 09:59\n\n{t['old_list']}\n\n"
            f"      '{ADDR}' on 01.12.2026 10:00{said}\n")
    return mail(_head(lang) + "Content-Type: text/plain; charset=utf-8", body)


@pytest.mark.parametrize("lang,ndr", [(lang, ndr) for lang in LANGS for ndr in ("user", "full")])
def test_older_exchange_text(lang, ndr):
    for reply, status in ((NDR[ndr][1], NDR[ndr][0]), (None, None)):
        report, r = _one(_old(lang, ndr, reply))
        assert report.kind == "failed"
        assert r.reason == NDR[ndr][2], (reply, r)
        if status:
            assert r.status == status


# -- ordinary mail in these languages that mentions a recipient, an address, a mailbox -------------
NOT_BOUNCES = [
    ("de", "Re: Postfach", "Hallo Frau Weber,\n\nIhr Postfach ist jetzt eingerichtet. Die E-Mail-Adresse des Empfängers "
     "k.reader@corp.example haben wir eingetragen. Die Zustellung der Ware erfolgt morgen.\n\nViele Grüße\nMax"),
    ("fr", "Votre boîte aux lettres", "Bonjour,\n\nLa boîte aux lettres k.reader@corp.example a été créée. Le destinataire "
     "pourra recevoir des messages dès demain. La remise du colis est prévue jeudi.\n\nCordialement"),
    ("es", "Buzón nuevo", "Hola,\n\nEl buzón k.reader@corp.example ya está activo. Compruebe la dirección de correo "
     "electrónico del destinatario antes de enviar la oferta.\n\nSaludos"),
    ("it", "Casella di posta", "Ciao,\n\nla cassetta postale k.reader@corp.example è pronta. Controllare l'indirizzo di "
     "posta elettronica del destinatario prima dell'invio.\n\nGrazie"),
    ("pt-BR", "Caixa de correio", "Olá,\n\nA caixa de correio k.reader@corp.example foi criada. Verifique o endereço de "
     "email do destinatário antes de enviar a mensagem.\n\nAbraços"),
    ("nl", "Postvak", "Hallo,\n\nHet postvak k.reader@corp.example is aangemaakt. Controleer het e-mailadres van de "
     "ontvanger voordat u het bericht verzendt.\n\nGroet"),
    ("pl", "Skrzynka", "Cześć,\n\nSkrzynka pocztowa k.reader@corp.example jest gotowa. Sprawdź adres e-mail adresata "
     "przed wysłaniem wiadomości.\n\nPozdrawiam"),
    ("ru", "Почтовый ящик", "Здравствуйте!\n\nПочтовый ящик k.reader@corp.example создан. Проверьте адрес электронной "
     "почты получателя перед отправкой сообщения.\n\nС уважением"),
    ("ja", "メールボックス", "お世話になっております。\n\nk.reader@corp.example のメールボックスを作成しました。"
     "受信者のメール アドレスを確認してから送信してください。\n\nよろしくお願いします。"),
    ("zh-Hans", "邮箱", "您好，\n\n邮箱 k.reader@corp.example 已创建。请检查收件人的电子邮件地址，然后发送邮件。\n\n谢谢"),
    ("sv", "Postlåda", "Hej,\n\nPostlådan k.reader@corp.example är skapad. Kontrollera mottagarens e-postadress innan "
     "du skickar meddelandet.\n\nHälsningar"),
    ("tr", "Posta kutusu", "Merhaba,\n\nk.reader@corp.example posta kutusu oluşturuldu. Göndermeden önce alıcının "
     "e-posta adresini denetleyin.\n\nSaygılar"),
    ("ko", "사서함", "안녕하세요,\n\nk.reader@corp.example 사서함이 만들어졌습니다. 보내기 전에 받는 사람의 전자 메일 주소를 확인하세요.\n\n감사합니다"),
]


@pytest.mark.parametrize("lang,subject,body", NOT_BOUNCES)
def test_ordinary_mail_is_not_a_bounce(lang, subject, body):
    raw = mail("From: Anna Berg <anna.berg@partner.example>\nTo: news@sender.example\n"
               f"Subject: {subject}\nContent-Type: text/plain; charset=utf-8", body)
    assert classify(raw).kind == "not_bounce"


# -- Exchange Online's newer layout: "Your message to X couldn't be delivered." / "X wasn't found at
#    <domain>." / "Action Required" ... then the administrators' part --------------------------------
EXO = {
    "de": ("Ihre Nachricht an {a} konnte nicht zugestellt werden.", "{l} wurde unter {d} nicht gefunden.",
           "Aktion erforderlich", "Unbekannte An-Adresse"),
    "fr": ("Votre message à {a} n'a pas pu être remis.", "{l} est introuvable sur {d}.",
           "Action requise", "Adresse À inconnue"),
    "es": ("No se pudo entregar su mensaje a {a}.", "No se encontró a {l} en {d}.",
           "Acción necesaria", "Dirección Para desconocida"),
    "it": ("Impossibile recapitare il messaggio a {a}.", "Impossibile trovare {l} in {d}.",
           "Azione richiesta", "Indirizzo A sconosciuto"),
    "pt-BR": ("Sua mensagem para {a} não pôde ser entregue.", "{l} não foi encontrado em {d}.",
              "Ação Necessária", "Endereço Para desconhecido"),
    "nl": ("Uw bericht aan {a} kan niet worden bezorgd.", "{l} is niet gevonden op {d}.",
           "Actie vereist", "Onbekend Aan-adres"),
    "pl": ("Nie można dostarczyć wiadomości do {a}.", "Nie znaleziono adresata {l} w domenie {d}.",
           "Wymagana akcja", "Nieznany adres Do"),
    "ru": ("Не удалось доставить ваше сообщение для {a}.", "Адресат {l} не найден в {d}.",
           "Требуется действие", "Неизвестный адрес в поле \"Кому\""),
    "sv": ("Ditt meddelande till {a} kunde inte levereras.", "{l} hittades inte på {d}.",
           "Åtgärd krävs", "Okänd Till-adress"),
    "ja": ("{a} へのメッセージを配信できませんでした。", "{l} が {d} で見つかりませんでした。",
           "操作が必要です", "不明な宛先アドレス"),
    "zh-Hans": ("无法将你的邮件传递给 {a}。", "在 {d} 中找不到 {l}。", "需要执行操作", "未知的收件人地址"),
}


def _exo(lang: str, reply: str | None) -> bytes:
    first, second, action, unknown = EXO[lang]
    local, domain = ADDR.split("@")
    t = L[lang]
    text = (f"{first.format(a=ADDR)}\n\n{second.format(l=local, d=domain)}\n\n"
            f"news     Office 365     {local}\n{action}     {unknown}\n\n")
    if reply:
        text += f"{t['diag']}\n\n{t['gen']} DB8PR01MB1234.eurprd01.prod.outlook.example\n\n{ADDR}\n{t['remote'].format(reply)}\n\n"
        text += f"{t['orig']}\n\n{ORIGINAL}"
    return mail(_head(lang) + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8", text)


@pytest.mark.parametrize("lang", sorted(EXO))
def test_exchange_online_newer_layout(lang):
    report, r = _one(_exo(lang, NDR["user"][1]))
    assert (report.kind, r.reason, r.status) == ("failed", "user_unknown", "5.1.1")
    # the readable part alone: "<local part> wasn't found at <domain>" (in Chinese the address comes
    # out of "无法将你的邮件传递给 <address>。", the message named between the verb and the address)
    report, r = _one(_exo(lang, None))
    assert (report.kind, r.reason) == ("failed", "user_unknown")


# -- Exchange 2007 / 2010: "... to these recipients or distribution lists:" and "Microsoft Exchange
#    will not try to redeliver this message for you" -------------------------------------------------
OLDER_HEADINGS = {
    "de": ("Die Zustellung an folgende Empfänger oder Verteilerlisten ist fehlgeschlagen:",
           "Microsoft Exchange wird nicht versuchen, diese Nachricht erneut zuzustellen."),
    "fr": ("La remise aux destinataires ou listes de distribution suivants a échoué :",
           "Microsoft Exchange n'essaiera pas de remettre à nouveau ce message."),
    "es": ("No se ha podido realizar la entrega a estos destinatarios o listas de distribución:",
           "Microsoft Exchange no intentará volver a entregar este mensaje."),
    "it": ("Recapito non riuscito ai seguenti destinatari o liste di distribuzione:",
           "Microsoft Exchange non tenterà di recapitare di nuovo il messaggio."),
    "pt-BR": ("Falha na entrega para estes destinatários ou listas de distribuição:",
              "O Microsoft Exchange não tentará entregar novamente esta mensagem."),
    "nl": ("De bezorging is mislukt voor de volgende ontvangers of distributielijsten:",
           "Microsoft Exchange zal niet opnieuw proberen dit bericht te bezorgen."),
    "ru": ("Не удалось доставить сообщение следующим получателям или спискам рассылки:",
           "Microsoft Exchange не будет пытаться доставить это сообщение повторно."),
    "ja": ("次の受信者または配布リストへの配信に失敗しました:", "Microsoft Exchange はこのメッセージを再配信しません。"),
    "zh-Hans": ("未能传递到下列收件人或通讯组:", "Microsoft Exchange 不会尝试为你重新传递此邮件。"),
}


@pytest.mark.parametrize("lang", sorted(OLDER_HEADINGS))
@pytest.mark.parametrize("ndr", ["user", "full"])
def test_exchange_2010_distribution_lists_heading(lang, ndr):
    heading, no_retry = OLDER_HEADINGS[lang]
    body = f"{heading}\n\nKarin Reader ({ADDR})\n{L[lang][ndr]} {no_retry}\n"
    for head in (_head(lang), "From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>\n"
                              "To: news@sender.example\nSubject: Offer\n"):
        report, r = _one(mail(head + "Content-Type: text/plain; charset=utf-8", body))
        assert (report.kind, r.reason) == ("failed", NDR[ndr][2])


# a person's list headed with the same nouns ("to the following recipients or groups:") says no failure
@pytest.mark.parametrize("heading", [
    "Bitte senden Sie die Einladung an folgende Empfänger oder Gruppen:",
    "Merci d'envoyer l'invitation aux destinataires ou groupes suivants :",
    "Envíe la invitación a estos destinatarios o grupos:",
    "Stuur de uitnodiging naar deze ontvangers of groepen:",
    "请将邀请发送给这些收件人或组:",
])
def test_a_persons_list_of_recipients_or_groups_is_no_report(heading):
    raw = mail("From: Anna Berg <anna.berg@partner.example>\nTo: news@sender.example\nSubject: Einladung\n"
               "Content-Type: text/plain; charset=utf-8", f"Hallo,\n\n{heading}\n\n{ADDR}\nteam@corp.example\n\nDanke\nAnna\n")
    assert classify(raw).kind == "not_bounce"


# servers and gateways that strip accents, and other word orders of the same sentences
@pytest.mark.parametrize("lang,heading,paragraph,reason", [
    ("fr", "La remise aux destinataires ou groupes suivants a echoue :",
     "L'adresse de messagerie que vous avez entree est introuvable.", "user_unknown"),
    ("pt-BR", "Falha na entrega para estes destinatarios ou grupos:",
     "O endereco de email que voce inseriu nao foi encontrado.", "user_unknown"),
    ("pl", "Dostarczanie do tych adresatow lub grup nie powiodlo sie:",
     "Nie mozna odnalezc wprowadzonego adresu e-mail.", "user_unknown"),
    ("cs", "Doruceni temto prijemcum nebo skupinam se nezdarilo:",
     "Zadana e-mailova adresa nebyla nalezena.", "user_unknown"),
    ("it", "Recapito non riuscito a questi destinatari o gruppi:",
     "La cassetta postale del destinatario e' piena.", "mailbox_full"),
    ("es", "Error en la entrega a estos destinatarios o grupos:",
     "El servidor ha intentado entregar este mensaje sin exito y dejo de intentarlo.", "expired"),
    ("tr", "Su alicilara veya gruplara teslim basarisiz oldu:",
     "Bu aliciya veya gruba ileti gonderme izniniz yok.", "rejected"),
    ("de", "Die Zustellung an folgende Empfaenger oder Gruppen ist fehlgeschlagen:",
     "Die Nachricht, die Sie senden wollten, ist zu gross fuer den Empfaenger.", "message_too_large"),
])
def test_accents_stripped_and_other_orders(lang, heading, paragraph, reason):
    raw = mail("From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>\n"
               "To: news@sender.example\nSubject: Offer\nContent-Type: text/plain; charset=utf-8",
               f"{heading}\n\n{ADDR}\n{paragraph}\n")
    report, r = _one(raw)
    assert (report.kind, r.reason) == ("failed", reason)


# -- a person who quotes an NDR's words, a sharing notice, an invitation: no report ----------
# (a forward of a mail system's report, its header block naming the system and the report's subject, is read as the report:
# tests/test_causes_in_more_languages_and_exchange_give_ups.py; a forward of a person's letter that quotes the heading is not)
@pytest.mark.parametrize("head,body", [
    ("From: Anna <anna@example.org>\nTo: it@example.org\nSubject: WG: Frage",
     "Hallo IT,\n\nsiehe unten.\n\n-----Ursprüngliche Nachricht-----\nVon: Karl Huber <karl.h@example.com>\n"
     "Betreff: Frage\n\nIch bekomme immer das hier: Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\n"
     "karl@example.com\nDie E-Mail-Adresse wurde nicht gefunden.\n"),
    ("From: Anna <anna@example.org>\nTo: it@example.org\nSubject: Re: Problem",
     "> Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n>\n> karl@example.com\n"),
    ("From: SharePoint Online <no-reply@sharepointonline.example>\nTo: x@example.org\nSubject: Aviso",
     "No se pudo compartir con estos destinatarios o grupos:\npablo@example.com\n"),
    ("From: Share <share@files.example>\nTo: x@example.org\nSubject: 通知", "无法与以下收件人或组共享:\nli@example.cn\n"),
    ("From: Marie <marie@example.fr>\nTo: x@example.org\nSubject: Invitation",
     "Impossible d'ajouter automatiquement les destinataires ou groupes suivants :\nmarie2@example.fr\npaul@example.fr\n"),
], ids=["de-forward", "de-quoted", "es-sharing", "zh-sharing", "fr-invitation"])
def test_a_heading_not_sent_by_a_mail_system_is_no_report(head, body):
    report = classify(mail(head + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8", body))
    assert report.kind == "not_bounce", [(r.address, r.reason) for r in report.recipients]


def test_exchanges_system_mailbox_with_the_originals_reply_subject_is_a_report():
    """Exchange's system mailbox keeps the original's subject, "RE: ..." included."""
    head = ("From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>\n"
            "To: news@sender.example\nSubject: RE: Angebot\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8")
    body = ("Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\nkarl@example.com\n"
            "Die E-Mail-Adresse wurde nicht gefunden.\n")
    report = classify(mail(head, body))
    assert (report.kind, [(r.address, r.reason) for r in report.recipients]) == \
        ("failed", [("karl@example.com", "user_unknown")])
