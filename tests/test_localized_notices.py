"""Localized bounce notices of the big mailbox providers, the way they word them for people.

Gmail sends its "Delivery Status Notification" in the sender's language ("** Adresse nicht
gefunden ** Ihre Nachricht wurde nicht an ... zugestellt, weil ..."); Mail.ru, Yandex, GMX / Web.de,
Orange, Libero, Naver and QQ write their own notices in their users' languages.  Every sentence
below was written for this test (example domains of RFC 2606), in the shape of those notices,
never copied from a bounce: one case per (language, notice), each read as a text-only notice
without the returned original (the recipient has to come out of the sentence itself), a few also
inside a multipart/report whose delivery-status part has no Diagnostic-Code.  The negative cases
are ordinary mail in the same languages that speaks of an "address" and must not become a bounce
or get a hard reason.
"""
from __future__ import annotations

import pytest

import filter
from shapes import mail

# the notice kinds and what each must come out as: (kind, reason)
EXPECT = {
    "user": ("failed", "user_unknown"),
    "host": ("failed", "host_unknown"),
    "full": ("failed", "mailbox_full"),
    "big": ("failed", "message_too_large"),
    "susp": ("failed", "suspended"),
    "spam": ("failed", "spam_detected"),
    # "there was a temporary problem delivering your message; we keep trying": a delay notice whose
    # reason is the remote system's temporary fault (as the English notice reads)
    "delay": ("delayed", "system_error"),
}

# (language, notice, body with {a} for the recipient); wordings in the shape of Gmail's localized
# notices ("** headline **", then "your message was not delivered to <address> because ...")
GMAIL = [
    # ---- German ------------------------------------------------------------------------------------
    ("de", "user", "** Adresse nicht gefunden **\n\nIhre Nachricht wurde nicht an {a} zugestellt, weil die Adresse "
                   "nicht gefunden wurde oder keine E-Mails empfangen kann."),
    ("de", "host", "** Domain nicht gefunden **\n\nIhre Nachricht wurde nicht an {a} zugestellt, weil die Domain "
                   "example.com nicht gefunden wurde. Prüfen Sie, ob Tippfehler vorhanden sind."),
    ("de", "full", "** Nachricht nicht zugestellt **\n\nIhre Nachricht konnte nicht an {a} zugestellt werden, weil "
                   "das Postfach des Empfängers voll ist."),
    ("de", "big", "** Nachricht nicht zugestellt **\n\nIhre Nachricht wurde nicht an {a} zugestellt, weil sie zu "
                  "groß ist."),
    ("de", "susp", "** Nachricht nicht zugestellt **\n\nIhre Nachricht wurde nicht an {a} zugestellt, weil das "
                   "E-Mail-Konto des Empfängers deaktiviert ist."),
    ("de", "spam", "** Nachricht blockiert **\n\nIhre Nachricht an {a} wurde blockiert, weil sie als Spam "
                   "eingestuft wurde."),
    ("de", "delay", "** Zustellung unvollständig **\n\nBeim Zustellen Ihrer Nachricht an {a} ist ein "
                    "vorübergehendes Problem aufgetreten. Gmail versucht es noch 47 Stunden lang. Sie werden "
                    "benachrichtigt, wenn die Zustellung endgültig fehlschlägt."),
    # ---- French ------------------------------------------------------------------------------------
    ("fr", "user", "** Adresse introuvable **\n\nVotre message n'a pas été distribué à {a}, car l'adresse est "
                   "introuvable ou ne peut pas recevoir d'e-mails."),
    ("fr", "host", "** Domaine introuvable **\n\nVotre message n'a pas été distribué à {a}, car le domaine "
                   "example.com est introuvable. Vérifiez l'orthographe et réessayez."),
    ("fr", "full", "** Message non distribué **\n\nVotre message n'a pas pu être distribué à {a}, car la boîte de "
                   "réception du destinataire est pleine."),
    ("fr", "big", "** Message non distribué **\n\nVotre message n'a pas été distribué à {a}, car il est trop "
                  "volumineux."),
    ("fr", "susp", "** Message non distribué **\n\nVotre message n'a pas été distribué à {a}, car le compte de "
                   "messagerie du destinataire est désactivé."),
    ("fr", "spam", "** Message bloqué **\n\nVotre message à {a} a été bloqué, car il a été identifié comme spam."),
    ("fr", "delay", "** Distribution incomplète **\n\nUn problème temporaire est survenu lors de la distribution de "
                    "votre message à {a}. Gmail effectuera de nouvelles tentatives pendant encore 47 heures."),
    # ---- Spanish -----------------------------------------------------------------------------------
    ("es", "user", "** No se ha encontrado la dirección **\n\nTu mensaje no se ha entregado a {a} porque no se ha "
                   "encontrado la dirección o no se pueden recibir correos en ella."),
    ("es", "host", "** No se ha encontrado el dominio **\n\nTu mensaje no se ha entregado a {a} porque no se ha "
                   "encontrado el dominio example.com. Comprueba que no haya errores tipográficos."),
    ("es", "full", "** Mensaje no entregado **\n\nTu mensaje no se ha entregado a {a} porque el buzón del "
                   "destinatario está lleno."),
    ("es", "big", "** Mensaje no entregado **\n\nTu mensaje no se ha entregado a {a} porque es demasiado grande."),
    ("es", "susp", "** Mensaje no entregado **\n\nTu mensaje no se ha entregado a {a} porque la cuenta del "
                   "destinatario está inhabilitada."),
    ("es", "spam", "** Mensaje bloqueado **\n\nTu mensaje a {a} se ha bloqueado porque se ha identificado como "
                   "spam."),
    ("es", "delay", "** Entrega incompleta **\n\nSe ha producido un problema temporal al entregar tu mensaje a {a}. "
                    "Gmail volverá a intentarlo durante 47 horas más."),
    # ---- Italian -----------------------------------------------------------------------------------
    ("it", "user", "** Indirizzo non trovato **\n\nIl tuo messaggio non è stato recapitato a {a} perché "
                   "l'indirizzo non è stato trovato o non può ricevere email."),
    ("it", "host", "** Dominio non trovato **\n\nIl tuo messaggio non è stato recapitato a {a} perché il dominio "
                   "example.com non è stato trovato."),
    ("it", "full", "** Messaggio non recapitato **\n\nIl tuo messaggio non è stato recapitato a {a} perché la "
                   "casella di posta del destinatario è piena."),
    ("it", "big", "** Messaggio non recapitato **\n\nIl tuo messaggio non è stato recapitato a {a} perché è troppo "
                  "grande."),
    ("it", "susp", "** Messaggio non recapitato **\n\nIl tuo messaggio non è stato recapitato a {a} perché "
                   "l'account del destinatario è disattivato."),
    ("it", "spam", "** Messaggio bloccato **\n\nIl tuo messaggio a {a} è stato bloccato perché è stato "
                   "identificato come spam."),
    ("it", "delay", "** Consegna incompleta **\n\nSi è verificato un problema temporaneo durante la consegna del "
                    "tuo messaggio a {a}. Gmail riproverà per altre 47 ore."),
    # ---- Portuguese --------------------------------------------------------------------------------
    ("pt", "user", "** Endereço não encontrado **\n\nSua mensagem não foi entregue a {a} porque o endereço não foi "
                   "encontrado ou não pode receber e-mails."),
    ("pt", "host", "** Domínio não encontrado **\n\nSua mensagem não foi entregue a {a} porque o domínio "
                   "example.com não foi encontrado."),
    ("pt", "full", "** Mensagem não entregue **\n\nSua mensagem não foi entregue a {a} porque a caixa de entrada do "
                   "destinatário está cheia."),
    ("pt", "big", "** Mensagem não entregue **\n\nSua mensagem não foi entregue a {a} porque ela é muito grande."),
    ("pt", "susp", "** Mensagem não entregue **\n\nSua mensagem não foi entregue a {a} porque a conta do "
                   "destinatário está desativada."),
    ("pt", "spam", "** Mensagem bloqueada **\n\nSua mensagem para {a} foi bloqueada porque foi identificada como "
                   "spam."),
    ("pt", "delay", "** Entrega incompleta **\n\nHouve um problema temporário na entrega da sua mensagem para {a}. "
                    "O Gmail tentará novamente por mais 47 horas."),
    # ---- Dutch -------------------------------------------------------------------------------------
    ("nl", "user", "** Adres niet gevonden **\n\nJe bericht is niet bezorgd bij {a} omdat het adres niet is "
                   "gevonden of geen e-mail kan ontvangen."),
    ("nl", "host", "** Domein niet gevonden **\n\nJe bericht is niet bezorgd bij {a} omdat het domein example.com "
                   "niet is gevonden."),
    ("nl", "full", "** Bericht niet bezorgd **\n\nJe bericht is niet bezorgd bij {a} omdat het postvak van de "
                   "ontvanger vol is."),
    ("nl", "big", "** Bericht niet bezorgd **\n\nJe bericht is niet bezorgd bij {a} omdat het bericht te groot is."),
    ("nl", "susp", "** Bericht niet bezorgd **\n\nJe bericht is niet bezorgd bij {a} omdat het account van de "
                   "ontvanger is uitgeschakeld."),
    ("nl", "spam", "** Bericht geblokkeerd **\n\nJe bericht aan {a} is geblokkeerd omdat het als spam is "
                   "aangemerkt."),
    ("nl", "delay", "** Bezorging onvolledig **\n\nEr is een tijdelijk probleem opgetreden bij het bezorgen van je "
                    "bericht aan {a}. Gmail probeert het nog 47 uur opnieuw."),
    # ---- Polish ------------------------------------------------------------------------------------
    ("pl", "user", "** Nie znaleziono adresu **\n\nTwoja wiadomość nie została dostarczona do {a}, ponieważ nie "
                   "znaleziono adresu lub nie może on odbierać poczty."),
    ("pl", "host", "** Nie znaleziono domeny **\n\nTwoja wiadomość nie została dostarczona do {a}, ponieważ nie "
                   "znaleziono domeny example.com."),
    ("pl", "full", "** Wiadomość nie została dostarczona **\n\nTwoja wiadomość nie została dostarczona do {a}, "
                   "ponieważ skrzynka odbiorcy jest pełna."),
    ("pl", "big", "** Wiadomość nie została dostarczona **\n\nTwoja wiadomość nie została dostarczona do {a}, "
                  "ponieważ jest zbyt duża."),
    ("pl", "susp", "** Wiadomość nie została dostarczona **\n\nTwoja wiadomość nie została dostarczona do {a}, "
                   "ponieważ konto odbiorcy zostało wyłączone."),
    ("pl", "spam", "** Wiadomość zablokowana **\n\nTwoja wiadomość do {a} została zablokowana, ponieważ została "
                   "uznana za spam."),
    ("pl", "delay", "** Dostarczanie nieukończone **\n\nWystąpił tymczasowy problem z dostarczeniem Twojej "
                    "wiadomości do {a}. Gmail będzie ponawiać próby jeszcze przez 47 godz."),
    # ---- Russian -----------------------------------------------------------------------------------
    ("ru", "user", "** Адрес не найден **\n\nВаше сообщение не доставлено на адрес {a}, так как этот адрес не найден "
                   "или не может получать почту."),
    ("ru", "host", "** Домен не найден **\n\nВаше сообщение не доставлено на адрес {a}, так как домен example.com "
                   "не найден."),
    ("ru", "full", "** Сообщение не доставлено **\n\nВаше сообщение не доставлено на адрес {a}, так как почтовый "
                   "ящик получателя переполнен."),
    ("ru", "big", "** Сообщение не доставлено **\n\nВаше сообщение не доставлено на адрес {a}, так как оно слишком "
                  "большое."),
    ("ru", "susp", "** Сообщение не доставлено **\n\nВаше сообщение не доставлено на адрес {a}, так как аккаунт "
                   "получателя заблокирован."),
    ("ru", "spam", "** Сообщение заблокировано **\n\nВаше сообщение для {a} заблокировано, так как оно было "
                   "распознано как спам."),
    ("ru", "delay", "** Доставка не завершена **\n\nПри доставке вашего сообщения на адрес {a} возникла временная "
                    "проблема. Gmail будет повторять попытки ещё 47 часов."),
    # ---- Ukrainian ---------------------------------------------------------------------------------
    ("uk", "user", "** Адресу не знайдено **\n\nВаше повідомлення не доставлено на адресу {a}, оскільки цю адресу "
                   "не знайдено або вона не може отримувати пошту."),
    ("uk", "host", "** Домен не знайдено **\n\nВаше повідомлення не доставлено на адресу {a}, оскільки домен "
                   "example.com не знайдено."),
    ("uk", "full", "** Повідомлення не доставлено **\n\nВаше повідомлення не доставлено на адресу {a}, оскільки "
                   "скринька отримувача переповнена."),
    ("uk", "big", "** Повідомлення не доставлено **\n\nВаше повідомлення не доставлено на адресу {a}, оскільки "
                  "воно занадто велике."),
    ("uk", "susp", "** Повідомлення не доставлено **\n\nВаше повідомлення не доставлено на адресу {a}, оскільки "
                   "обліковий запис отримувача заблоковано."),
    ("uk", "spam", "** Повідомлення заблоковано **\n\nВаше повідомлення для {a} заблоковано, оскільки його "
                   "розпізнано як спам."),
    ("uk", "delay", "** Доставлення не завершено **\n\nПід час доставлення вашого повідомлення на адресу {a} "
                    "виникла тимчасова проблема. Gmail повторюватиме спроби ще 47 годин."),
    # ---- Czech -------------------------------------------------------------------------------------
    ("cs", "user", "** Adresa nebyla nalezena **\n\nVaše zpráva nebyla doručena na adresu {a}, protože adresa "
                   "nebyla nalezena nebo nemůže přijímat e-maily."),
    ("cs", "host", "** Doména nebyla nalezena **\n\nVaše zpráva nebyla doručena na adresu {a}, protože doména "
                   "example.com nebyla nalezena."),
    ("cs", "full", "** Zpráva nebyla doručena **\n\nVaše zpráva nebyla doručena na adresu {a}, protože schránka "
                   "příjemce je plná."),
    ("cs", "big", "** Zpráva nebyla doručena **\n\nVaše zpráva nebyla doručena na adresu {a}, protože zpráva je "
                  "příliš velká."),
    ("cs", "susp", "** Zpráva nebyla doručena **\n\nVaše zpráva nebyla doručena na adresu {a}, protože účet "
                   "příjemce je deaktivován."),
    ("cs", "spam", "** Zpráva zablokována **\n\nVaše zpráva pro {a} byla zablokována, protože byla označena jako "
                   "spam."),
    ("cs", "delay", "** Doručení nedokončeno **\n\nPři doručování vaší zprávy na adresu {a} došlo k dočasnému "
                    "problému. Gmail to bude zkoušet ještě 47 hodin."),
    # ---- Slovak ------------------------------------------------------------------------------------
    ("sk", "user", "** Adresa sa nenašla **\n\nVaša správa nebola doručená na adresu {a}, pretože sa adresa nenašla "
                   "alebo nemôže prijímať e-maily."),
    ("sk", "host", "** Doména sa nenašla **\n\nVaša správa nebola doručená na adresu {a}, pretože sa doména "
                   "example.com nenašla."),
    ("sk", "full", "** Správa nebola doručená **\n\nVaša správa nebola doručená na adresu {a}, pretože schránka "
                   "príjemcu je plná."),
    ("sk", "big", "** Správa nebola doručená **\n\nVaša správa nebola doručená na adresu {a}, pretože správa je "
                  "príliš veľká."),
    ("sk", "susp", "** Správa nebola doručená **\n\nVaša správa nebola doručená na adresu {a}, pretože účet "
                   "príjemcu je zablokovaný."),
    ("sk", "spam", "** Správa zablokovaná **\n\nVaša správa pre {a} bola zablokovaná, pretože bola označená ako "
                   "spam."),
    ("sk", "delay", "** Doručenie nedokončené **\n\nPri doručovaní vašej správy na adresu {a} sa vyskytol dočasný "
                    "problém. Gmail to bude skúšať ešte 47 hodín."),
    # ---- Hungarian (the address before its case ending: "a(z) <address> címre") ----------------------
    ("hu", "user", "** A cím nem található **\n\nAz üzenetét nem sikerült kézbesíteni a(z) {a} címre, mert a cím "
                   "nem található, vagy nem tud leveleket fogadni."),
    ("hu", "host", "** A domain nem található **\n\nAz üzenetét nem sikerült kézbesíteni a(z) {a} címre, mert a(z) "
                   "example.com domain nem található."),
    ("hu", "full", "** Az üzenet kézbesítése sikertelen **\n\nAz üzenetét nem sikerült kézbesíteni a(z) {a} címre, "
                   "mert a címzett postafiókja megtelt."),
    ("hu", "big", "** Az üzenet kézbesítése sikertelen **\n\nAz üzenetét nem sikerült kézbesíteni a(z) {a} címre, "
                  "mert az üzenet túl nagy."),
    ("hu", "susp", "** Az üzenet kézbesítése sikertelen **\n\nAz üzenetét nem sikerült kézbesíteni a(z) {a} címre, "
                   "mert a címzett fiókja le van tiltva."),
    ("hu", "spam", "** Üzenet letiltva **\n\nA(z) {a} címre küldött üzenetét letiltottuk, mert spamként "
                   "azonosítottuk."),
    ("hu", "delay", "** Kézbesítés folyamatban **\n\nÁtmeneti probléma lépett fel az üzenet kézbesítése során a(z) "
                    "{a} címre. A Gmail még 47 órán át újrapróbálkozik."),
    # ---- Romanian ----------------------------------------------------------------------------------
    ("ro", "user", "** Adresa nu a fost găsită **\n\nMesajul nu a fost livrat către {a}, deoarece adresa nu a fost "
                   "găsită sau nu poate primi e-mailuri."),
    ("ro", "host", "** Domeniul nu a fost găsit **\n\nMesajul nu a fost livrat către {a}, deoarece domeniul "
                   "example.com nu a fost găsit."),
    ("ro", "full", "** Mesajul nu a fost livrat **\n\nMesajul nu a fost livrat către {a}, deoarece căsuța poștală a "
                   "destinatarului este plină."),
    ("ro", "big", "** Mesajul nu a fost livrat **\n\nMesajul nu a fost livrat către {a}, deoarece mesajul este prea "
                  "mare."),
    ("ro", "susp", "** Mesajul nu a fost livrat **\n\nMesajul nu a fost livrat către {a}, deoarece contul "
                   "destinatarului a fost dezactivat."),
    ("ro", "spam", "** Mesaj blocat **\n\nMesajul către {a} a fost blocat, deoarece a fost identificat ca spam."),
    ("ro", "delay", "** Livrare incompletă **\n\nA apărut o problemă temporară la livrarea mesajului către {a}. "
                    "Gmail va reîncerca timp de încă 47 de ore."),
    # ---- Swedish -----------------------------------------------------------------------------------
    ("sv", "user", "** Adressen hittades inte **\n\nDitt meddelande levererades inte till {a} eftersom adressen inte "
                   "hittades eller inte kan ta emot e-post."),
    ("sv", "host", "** Domänen hittades inte **\n\nDitt meddelande levererades inte till {a} eftersom domänen "
                   "example.com inte hittades."),
    ("sv", "full", "** Meddelandet levererades inte **\n\nDitt meddelande levererades inte till {a} eftersom "
                   "mottagarens inkorg är full."),
    ("sv", "big", "** Meddelandet levererades inte **\n\nDitt meddelande levererades inte till {a} eftersom "
                  "meddelandet är för stort."),
    ("sv", "susp", "** Meddelandet levererades inte **\n\nDitt meddelande levererades inte till {a} eftersom "
                   "mottagarens konto är avstängt."),
    ("sv", "spam", "** Meddelandet blockerades **\n\nDitt meddelande till {a} har blockerats eftersom det har "
                   "identifierats som skräppost."),
    ("sv", "delay", "** Leveransen är inte slutförd **\n\nEtt tillfälligt problem uppstod vid leveransen av ditt "
                    "meddelande till {a}. Gmail försöker igen i ytterligare 47 timmar."),
    # ---- Danish ------------------------------------------------------------------------------------
    ("da", "user", "** Adressen blev ikke fundet **\n\nDin meddelelse blev ikke leveret til {a}, fordi adressen ikke "
                   "blev fundet eller ikke kan modtage e-mails."),
    ("da", "host", "** Domænet blev ikke fundet **\n\nDin meddelelse blev ikke leveret til {a}, fordi domænet "
                   "example.com ikke blev fundet."),
    ("da", "full", "** Meddelelsen blev ikke leveret **\n\nDin meddelelse blev ikke leveret til {a}, fordi "
                   "modtagerens postkasse er fuld."),
    ("da", "big", "** Meddelelsen blev ikke leveret **\n\nDin meddelelse blev ikke leveret til {a}, fordi "
                  "meddelelsen er for stor."),
    ("da", "susp", "** Meddelelsen blev ikke leveret **\n\nDin meddelelse blev ikke leveret til {a}, fordi "
                   "modtagerens konto er spærret."),
    ("da", "spam", "** Meddelelsen blev blokeret **\n\nDin meddelelse til {a} blev blokeret, fordi den blev "
                   "identificeret som spam."),
    ("da", "delay", "** Leveringen er ikke fuldført **\n\nDer opstod et midlertidigt problem under leveringen af din "
                    "meddelelse til {a}. Gmail prøver igen i 47 timer mere."),
    # ---- Norwegian ---------------------------------------------------------------------------------
    ("no", "user", "** Adressen ble ikke funnet **\n\nMeldingen din ble ikke levert til {a} fordi adressen ikke ble "
                   "funnet eller ikke kan motta e-post."),
    ("no", "host", "** Domenet ble ikke funnet **\n\nMeldingen din ble ikke levert til {a} fordi domenet "
                   "example.com ikke ble funnet."),
    ("no", "full", "** Meldingen ble ikke levert **\n\nMeldingen din ble ikke levert til {a} fordi mottakerens "
                   "innboks er full."),
    ("no", "big", "** Meldingen ble ikke levert **\n\nMeldingen din ble ikke levert til {a} fordi meldingen er for "
                  "stor."),
    ("no", "susp", "** Meldingen ble ikke levert **\n\nMeldingen din ble ikke levert til {a} fordi mottakerens konto "
                   "er sperret."),
    ("no", "spam", "** Meldingen ble blokkert **\n\nMeldingen din til {a} ble blokkert fordi den ble identifisert "
                   "som søppelpost."),
    ("no", "delay", "** Leveringen er ikke fullført **\n\nDet oppstod et midlertidig problem under leveringen av "
                    "meldingen din til {a}. Gmail prøver på nytt i 47 timer til."),
    # ---- Finnish -----------------------------------------------------------------------------------
    ("fi", "user", "** Osoitetta ei löytynyt **\n\nViestiäsi ei toimitettu osoitteeseen {a}, koska osoitetta ei "
                   "löytynyt tai se ei voi vastaanottaa sähköpostia."),
    ("fi", "host", "** Verkkotunnusta ei löytynyt **\n\nViestiäsi ei toimitettu osoitteeseen {a}, koska "
                   "verkkotunnusta example.com ei löytynyt."),
    ("fi", "full", "** Viestiä ei toimitettu **\n\nViestiäsi ei toimitettu osoitteeseen {a}, koska vastaanottajan "
                   "postilaatikko on täynnä."),
    ("fi", "big", "** Viestiä ei toimitettu **\n\nViestiäsi ei toimitettu osoitteeseen {a}, koska viesti on liian "
                  "suuri."),
    ("fi", "susp", "** Viestiä ei toimitettu **\n\nViestiäsi ei toimitettu osoitteeseen {a}, koska vastaanottajan "
                   "tili on suljettu."),
    ("fi", "spam", "** Viesti estettiin **\n\nViestisi osoitteeseen {a} estettiin, koska se tunnistettiin "
                   "roskapostiksi."),
    ("fi", "delay", "** Toimitus on kesken **\n\nViestisi toimittamisessa osoitteeseen {a} ilmeni tilapäinen "
                    "ongelma. Gmail yrittää uudelleen vielä 47 tunnin ajan."),
    # ---- Turkish (the address before its case ending: "<address> adresine") -------------------------
    ("tr", "user", "** Adres bulunamadı **\n\nAdres bulunamadığından veya e-posta alamadığından iletiniz {a} "
                   "adresine teslim edilemedi."),
    ("tr", "host", "** Alan adı bulunamadı **\n\nexample.com alan adı bulunamadığından iletiniz {a} adresine teslim "
                   "edilemedi."),
    ("tr", "full", "** İleti teslim edilemedi **\n\nAlıcının posta kutusu dolu olduğundan iletiniz {a} adresine "
                   "teslim edilemedi."),
    ("tr", "big", "** İleti teslim edilemedi **\n\nGönderdiğiniz ileti çok büyük olduğundan {a} adresine teslim "
                  "edilemedi."),
    ("tr", "susp", "** İleti teslim edilemedi **\n\nAlıcının hesabı devre dışı bırakıldığından iletiniz {a} "
                   "adresine teslim edilemedi."),
    ("tr", "spam", "** İleti engellendi **\n\n{a} adresine gönderdiğiniz ileti spam olarak tanımlandığı için "
                   "engellendi."),
    ("tr", "delay", "** Teslimat tamamlanmadı **\n\nİletiniz {a} adresine teslim edilirken geçici bir sorun "
                    "oluştu. Gmail 47 saat daha yeniden deneyecek."),
    # ---- Greek -------------------------------------------------------------------------------------
    ("el", "user", "** Η διεύθυνση δεν βρέθηκε **\n\nΤο μήνυμά σας δεν παραδόθηκε στη διεύθυνση {a}, επειδή η "
                   "διεύθυνση δεν βρέθηκε ή δεν μπορεί να λάβει μηνύματα."),
    ("el", "host", "** Ο τομέας δεν βρέθηκε **\n\nΤο μήνυμά σας δεν παραδόθηκε στη διεύθυνση {a}, επειδή ο τομέας "
                   "example.com δεν βρέθηκε."),
    ("el", "full", "** Το μήνυμα δεν παραδόθηκε **\n\nΤο μήνυμά σας δεν παραδόθηκε στη διεύθυνση {a}, επειδή το "
                   "γραμματοκιβώτιο του παραλήπτη είναι πλήρες."),
    ("el", "big", "** Το μήνυμα δεν παραδόθηκε **\n\nΤο μήνυμά σας δεν παραδόθηκε στη διεύθυνση {a}, επειδή το "
                  "μήνυμα είναι πολύ μεγάλο."),
    ("el", "susp", "** Το μήνυμα δεν παραδόθηκε **\n\nΤο μήνυμά σας δεν παραδόθηκε στη διεύθυνση {a}, επειδή ο "
                   "λογαριασμός του παραλήπτη έχει απενεργοποιηθεί."),
    ("el", "spam", "** Το μήνυμα αποκλείστηκε **\n\nΤο μήνυμά σας προς {a} αποκλείστηκε, επειδή αναγνωρίστηκε ως "
                   "ανεπιθύμητο."),
    ("el", "delay", "** Η παράδοση δεν ολοκληρώθηκε **\n\nΠαρουσιάστηκε ένα προσωρινό πρόβλημα κατά την παράδοση "
                    "του μηνύματός σας στη διεύθυνση {a}. Το Gmail θα επαναλάβει την προσπάθεια για 47 ακόμη ώρες."),
    # ---- Japanese (the address before the verb: "<address> にメールを配信できませんでした") ---------
    ("ja", "user", "** アドレスが見つかりません **\n\nアドレスが見つからないか、メールを受信できないアドレスであるため、"
                   "{a} にメールを配信できませんでした。"),
    ("ja", "host", "** ドメインが見つかりません **\n\nドメイン example.com が見つからないため、{a} にメールを配信できません"
                   "でした。"),
    ("ja", "full", "** メールを配信できませんでした **\n\n受信者のメールボックスがいっぱいのため、{a} にメールを配信できま"
                   "せんでした。"),
    ("ja", "big", "** メールを配信できませんでした **\n\nメッセージのサイズが大きすぎるため、{a} にメールを配信できません"
                  "でした。"),
    ("ja", "susp", "** メールを配信できませんでした **\n\n受信者のアカウントが無効になっているため、{a} にメールを配信でき"
                   "ませんでした。"),
    ("ja", "spam", "** メッセージがブロックされました **\n\n{a} 宛てのメッセージは迷惑メールと判定されたため、ブロックされま"
                   "した。"),
    ("ja", "delay", "** 配信が完了していません **\n\n{a} へのメッセージの配信中に一時的な問題が発生しました。Gmail は"
                    "あと 47 時間再試行します。"),
    # ---- Chinese, simplified (the address between the verb and "，因为") ------------------------------
    ("zh-Hans", "user", "** 找不到地址 **\n\n您的邮件无法传送到 {a}，因为找不到该地址或该地址无法接收电子邮件。"),
    ("zh-Hans", "host", "** 找不到网域 **\n\n您的邮件无法传送到 {a}，因为找不到网域 example.com。"),
    ("zh-Hans", "full", "** 邮件未送达 **\n\n您的邮件无法传送到 {a}，因为收件人的邮箱已满。"),
    ("zh-Hans", "big", "** 邮件未送达 **\n\n您的邮件无法传送到 {a}，因为邮件过大。"),
    ("zh-Hans", "susp", "** 邮件未送达 **\n\n您的邮件无法传送到 {a}，因为收件人的帐号已停用。"),
    ("zh-Hans", "spam", "** 邮件被拦截 **\n\n您发送给 {a} 的邮件已被拦截，因为该邮件被识别为垃圾邮件。"),
    ("zh-Hans", "delay", "** 邮件尚未送达 **\n\n将您的邮件传送到 {a} 时遇到临时问题。Gmail 将在接下来的 47 小时内继续重试。"),
    # ---- Chinese, traditional ----------------------------------------------------------------------
    ("zh-Hant", "user", "** 找不到地址 **\n\n您的郵件無法傳送到 {a}，因為找不到該地址，或該地址無法接收郵件。"),
    ("zh-Hant", "host", "** 找不到網域 **\n\n您的郵件無法傳送到 {a}，因為找不到網域 example.com。"),
    ("zh-Hant", "full", "** 郵件未送達 **\n\n您的郵件無法傳送到 {a}，因為收件者的信箱已滿。"),
    ("zh-Hant", "big", "** 郵件未送達 **\n\n您的郵件無法傳送到 {a}，因為郵件過大。"),
    ("zh-Hant", "susp", "** 郵件未送達 **\n\n您的郵件無法傳送到 {a}，因為收件者的帳戶已停用。"),
    ("zh-Hant", "spam", "** 郵件遭到封鎖 **\n\n您寄給 {a} 的郵件已遭封鎖，因為系統判定該郵件為垃圾郵件。"),
    ("zh-Hant", "delay", "** 郵件尚未送達 **\n\n將您的郵件傳送到 {a} 時發生暫時性問題。Gmail 會在接下來的 47 小時內重試。"),
    # ---- Korean (the address before its particle: "<address>에 메일이 전송되지 않았습니다") ----------
    ("ko", "user", "** 주소를 찾을 수 없음 **\n\n주소를 찾을 수 없거나 이메일을 받을 수 없는 주소이므로 {a}에 메일이 "
                   "전송되지 않았습니다."),
    ("ko", "host", "** 도메인을 찾을 수 없음 **\n\nexample.com 도메인을 찾을 수 없으므로 {a}에 메일이 전송되지 "
                   "않았습니다."),
    ("ko", "full", "** 메일이 전송되지 않음 **\n\n받는 사람의 메일함이 가득 차서 {a}에 메일이 전송되지 않았습니다."),
    ("ko", "big", "** 메일이 전송되지 않음 **\n\n메일 크기가 너무 커서 {a}에 메일이 전송되지 않았습니다."),
    ("ko", "susp", "** 메일이 전송되지 않음 **\n\n받는 사람의 계정이 비활성화되어 {a}에 메일이 전송되지 않았습니다."),
    ("ko", "spam", "** 메일이 차단됨 **\n\n{a}에 보낸 메일이 스팸으로 분류되어 차단되었습니다."),
    ("ko", "delay", "** 전송이 완료되지 않음 **\n\n{a}에 메일을 전송하는 중에 일시적인 문제가 발생했습니다. Gmail에서 47시간 "
                    "동안 다시 시도합니다."),
]

# the regional providers' own notices, in the shape they word them (From, Subject, body)
PROVIDERS = [
    # Mail.ru: "Your letter could not be delivered to one or more recipients" with the recipient below
    ("ru", "user", "Mail Delivery System <mailer-daemon@corp.mail.example>", "Недоставленное сообщение",
     "Это письмо создано автоматически сервером, отвечать на него не нужно.\n\nК сожалению, Ваше письмо не может "
     "быть доставлено одному или нескольким получателям:\n\n{a}\nПользователь не найден\n"),
    # Yandex: "the message was not delivered to the address ... because the mailbox is full"
    ("ru", "full", "mailer-daemon@mail.example", "Недоставленное сообщение",
     "Сообщение не было доставлено по адресу {a}, так как ящик получателя переполнен.\n"),
    # GMX / Web.de: "the message could not be delivered to the following recipient"
    ("de", "user", "Mail Delivery System <mailer-daemon@mail.example>", "Mail delivery failed: returning message",
     "Diese Nachricht wurde automatisch vom Mailserver erstellt.\n\nDie Nachricht konnte nicht an folgenden "
     "Empfänger zugestellt werden:\n\n{a}\nBenutzer unbekannt\n"),
    # Orange: "your message could not be delivered to one or more recipients"
    ("fr", "full", "Mail Delivery Subsystem <mailer-daemon@mail.example>", "Message non remis",
     "Votre message n'a pas pu être remis à {a}, car la boîte aux lettres du destinataire est pleine.\n"),
    # Libero: "the message was not delivered to ... because the mailbox is full"
    ("it", "full", "Mail Delivery System <mailer-daemon@mail.example>", "Mancata consegna",
     "Il messaggio non è stato consegnato a {a} perché la casella del destinatario è piena.\n"),
    # Naver / Daum: "the mail could not be sent to <address>: no such user"
    ("ko", "user", "MAILER-DAEMON <mailer-daemon@mail.example>", "메일 발송 실패",
     "{a}에 메일을 보내지 못했습니다. 존재하지 않는 사용자입니다.\n"),
    # QQ / NetEase: "your mail could not be delivered to <address>: the recipient does not exist"
    ("zh-Hans", "user", "MAILER-DAEMON <mailer-daemon@mail.example>", "退信",
     "很抱歉您发送的邮件无法投递到 {a}，原因：收件人不存在。\n"),
    # Outlook.com's user-facing text: "your message to <address> couldn't be delivered"
    ("es", "user", "Microsoft Outlook <postmaster@outlook.example>", "No se puede entregar",
     "Tu mensaje a {a} no se pudo entregar. No se ha encontrado la dirección de correo electrónico.\n"),
]

GMAIL_FROM = "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"


def _address(lang: str, notice: str) -> str:
    return f"rcpt.{lang.lower()}.{notice}@example.com"


def _gmail(body: str, notice: str) -> bytes:
    subj = "Delivery Status Notification (Delay)" if notice == "delay" else "Delivery Status Notification (Failure)"
    head = (f"From: {GMAIL_FROM}\nTo: news@sender.example\nSubject: {subj}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")
    return mail(head, body)


def _check(raw: bytes, notice: str, addr: str) -> None:
    kind, reason = EXPECT[notice]
    r = filter.classify(raw)
    assert r.kind == kind, (r.kind, [(x.address, x.reason) for x in r.recipients])
    assert [x.address for x in r.recipients] == [addr]
    assert r.recipients[0].reason == reason


@pytest.mark.parametrize("lang,notice,body", GMAIL, ids=[f"{c[0]}-{c[1]}" for c in GMAIL])
def test_gmail_localized_notice(lang, notice, body):
    addr = _address(lang, notice)
    _check(_gmail(body.format(a=addr), notice), notice, addr)


@pytest.mark.parametrize("lang,notice,sender,subj,body", PROVIDERS, ids=[f"{c[0]}-{c[1]}-{c[2][-14:]}" for c in PROVIDERS])
def test_provider_localized_notice(lang, notice, sender, subj, body):
    addr = _address(lang, notice)
    head = (f"From: {sender}\nTo: news@sender.example\nSubject: {subj}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")
    _check(mail(head, body.format(a=addr)), notice, addr)


# a few notices inside a multipart/report whose delivery-status part names the recipient but
# carries no Diagnostic-Code (and a vague status): the reason has to come from the words
IN_REPORT = [c for c in GMAIL if (c[0], c[1]) in {
    ("de", "user"), ("es", "user"), ("pl", "user"), ("zh-Hans", "user"), ("ko", "user"), ("tr", "user"),
    ("fr", "full"), ("it", "susp"), ("ru", "big"), ("ja", "spam"), ("pt", "host"), ("nl", "delay")}]


@pytest.mark.parametrize("lang,notice,body", IN_REPORT, ids=[f"{c[0]}-{c[1]}" for c in IN_REPORT])
def test_localized_notice_in_multipart_report(lang, notice, body):
    addr = _address(lang, notice)
    delayed = notice == "delay"
    subj = "Delivery Status Notification (Delay)" if delayed else "Delivery Status Notification (Failure)"
    head = (f"From: {GMAIL_FROM}\nTo: news@sender.example\nSubject: {subj}\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="b"')
    raw = mail(head, (
        "--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body.format(a=addr)}\n\n"
        "--b\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.example\n\n"
        f"Final-Recipient: rfc822; {addr}\nAction: {'delayed' if delayed else 'failed'}\n"
        f"Status: {'4.0.0' if delayed else '5.0.0'}\n\n--b--\n"))
    _check(raw, notice, addr)


# ordinary mail in those languages that speaks of an address, a domain, a full box or a block:
# no bounce, or at least no hard reason
ORDINARY = [
    ("de", "Hallo Anna,\n\nkannst du mir deine neue Adresse schicken? Die alte Adresse wurde nicht gefunden, sagt "
           "die Post. Meine ist jetzt karl@example.com.\n\nGruß, Karl\n"),
    ("fr", "Bonjour,\n\nVotre message à marie@example.com a bien été reçu. L'adresse de livraison est introuvable "
           "sur la carte, pouvez-vous la préciser ?\n\nCordialement\n"),
    ("es", "Hola Pablo:\n\nTu mensaje a pablo@example.com llegó bien. No se ha encontrado la dirección del hotel en "
           "el mapa; ¿me la mandas?\n\nUn saludo\n"),
    ("it", "Ciao Luca,\n\nil messaggio per luca@example.com è arrivato. L'indirizzo del ristorante non è stato "
           "trovato sul navigatore.\n\nA presto\n"),
    ("pt", "Olá Ana,\n\nSua mensagem para ana@example.com chegou. O endereço da festa não foi encontrado no "
           "mapa.\n\nAbraços\n"),
    ("pl", "Cześć Adam,\n\nTwoja wiadomość do adam@example.com dotarła. Nie znaleziono adresu restauracji w "
           "nawigacji.\n\nPozdrawiam\n"),
    ("ru", "Привет, Иван!\n\nТвоё сообщение на адрес ivan@example.com пришло. Адрес ресторана не найден на карте, "
           "пришли его ещё раз.\n\nПока\n"),
    ("tr", "Merhaba Ali,\n\nali@example.com adresine gönderdiğiniz ileti bize ulaştı. Adres bulunamadı diyor "
           "harita, tekrar gönderir misiniz?\n\nSelamlar\n"),
    ("ja", "花子さん\n\nhana@example.com にメールを送りました。お店のアドレスが見つかりませんでしたので、もう一度教えてください。\n"),
    ("zh-Hans", "小李：\n\n我已经把文件发送给 li@example.com，因为找不到该地址的快递单，请再发一次。\n"),
    ("ko", "안녕하세요,\n\nkim@example.com에 보낸 메일 잘 받으셨나요? 식당 주소를 찾을 수 없어서 다시 보내 주세요.\n"),
    ("nl", "Hoi Piet,\n\nJe bericht aan piet@example.com is aangekomen. Het adres van het feest is niet gevonden "
           "op de kaart.\n\nGroet\n"),
]


@pytest.mark.parametrize("lang,body", ORDINARY, ids=[c[0] for c in ORDINARY])
def test_ordinary_mail_is_no_bounce(lang, body):
    head = ("From: Friend <friend@example.net>\nTo: someone@example.org\nSubject: Re: hallo\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")
    r = filter.classify(mail(head, body))
    assert r.kind not in ("failed", "delayed"), (r.kind, [(x.address, x.reason) for x in r.recipients])
    assert all(x.reason not in ("user_unknown", "host_unknown", "suspended") for x in r.recipients)


# a block of the SENDER in those languages (the provider refused our message as spam, or blocked
# our server): never a hard, user-unknown reason for the recipient named in the sentence
SENDER_BLOCKS = [
    ("de", "Ihre Nachricht an {a} wurde blockiert, weil sie als Spam eingestuft wurde."),
    ("fr", "Votre message à {a} a été bloqué, car il a été identifié comme spam."),
    ("es", "Tu mensaje a {a} se ha bloqueado porque se ha identificado como spam."),
    ("ru", "Ваше сообщение для {a} заблокировано, так как оно было распознано как спам."),
    ("ja", "{a} 宛てのメッセージは迷惑メールと判定されたため、ブロックされました。"),
    ("ko", "{a}에 보낸 메일이 스팸으로 분류되어 차단되었습니다."),
]


@pytest.mark.parametrize("lang,body", SENDER_BLOCKS, ids=[c[0] for c in SENDER_BLOCKS])
def test_sender_block_is_never_user_unknown(lang, body):
    addr = _address(lang, "block")
    r = filter.classify(_gmail("** Message blocked **\n\n" + body.format(a=addr), "spam"))
    assert [x.address for x in r.recipients] == [addr]
    assert r.recipients[0].reason not in ("user_unknown", "host_unknown", "suspended")


# other word orders and wordings of the same notices (another provider's sentence, the article or the
# preposition changed, the address first or last): (language, notice, body)
VARIANTS = [
    # English, the same notices in the words of Gmail's own (the account and domain headlines were
    # read as nothing: "the domain x couldn't be found", "the account you tried to reach is disabled")
    ("en", "host", "** Domain not found **\n\nYour message wasn't delivered to {a} because the domain example.com "
                   "couldn't be found. Check for typos or unnecessary spaces and try again."),
    ("en", "susp", "** Account disabled **\n\nYour message wasn't delivered to {a} because the account you tried "
                   "to reach is disabled."),
    ("en", "susp", "** Message not delivered **\n\nThe email account that you tried to reach has been suspended: {a}"),
    ("de", "user", "Die Nachricht an {a} konnte nicht zugestellt werden, da die E-Mail-Adresse nicht existiert."),
    ("fr", "user", "Le message n'a pas pu être distribué à {a} : adresse introuvable."),
    ("es", "user", "No se ha podido entregar el mensaje a {a} porque la dirección no existe."),
    ("it", "user", "Non è stato possibile consegnare il messaggio a {a}: indirizzo inesistente."),
    ("pt", "user", "A sua mensagem não foi entregue a {a} porque o endereço não foi encontrado."),
    ("pl", "user", "Nie udało się dostarczyć wiadomości do {a}: adres nie istnieje."),
    ("ru", "user", "Сообщение не было доставлено по адресу {a}: такого адресата не существует."),
    ("ja", "user", "{a} へのメールは配信できませんでした。宛先のメールアドレスが存在しません。"),
    ("ko", "user", "{a} 으로 메일을 보낼 수 없습니다. 존재하지 않는 사용자입니다."),
    ("zh-Hans", "user", "发往 {a} 的邮件被退回，原因：收件人不存在。"),
    ("tr", "user", "{a} adresine gönderilen iletiniz teslim edilemedi: kullanıcı bulunamadı."),
    ("sv", "user", "Ditt meddelande till {a} kunde inte levereras eftersom mottagaren inte finns."),
    ("pl", "full", "Twoja wiadomość do {a} nie została dostarczona: skrzynka odbiorcy jest pełna."),
    ("fi", "full", "Viestiä ei voitu toimittaa vastaanottajalle {a}, koska postilaatikko on täynnä."),
    ("el", "user", "Το μήνυμα προς {a} δεν παραδόθηκε επειδή ο παραλήπτης δεν υπάρχει."),
    ("ro", "user", "Mesajul dumneavoastră către {a} nu a putut fi livrat: utilizator necunoscut."),
    ("hu", "user", "Az üzenet nem kézbesíthető a következő címre: {a} - ismeretlen felhasználó."),
    ("cs", "user", "Vaše zpráva pro {a} nemohla být doručena: uživatel neexistuje."),
    ("de", "full", "Ihre Nachricht konnte nicht an {a} zugestellt werden, weil der Posteingang des Empfängers keinen "
                   "freien Speicherplatz mehr hat."),
]


@pytest.mark.parametrize("lang,notice,body", VARIANTS, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(VARIANTS)])
def test_other_wordings_of_the_notices(lang, notice, body):
    addr = _address(lang, notice)
    head = ("From: Mail Delivery System <mailer-daemon@mx.example.net>\nTo: news@sender.example\n"
            "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")
    _check(mail(head, body.format(a=addr) + "\n"), notice, addr)


# the notice's own contact lines and the original's sender, in the same languages: never a failed
# recipient beside the one the sentence names
OTHERS_NAMED = [
    ("ja", "{a} にメールを配信できませんでした。宛先のメールアドレスが存在しません。\n"
           "お問い合わせは support@example.net 宛てにお送りください。\nまたは info@example.net にメールを送信してください。"),
    ("ko", "{a}에 메일이 전송되지 않았습니다. 존재하지 않는 사용자입니다.\n문의는 help@example.net에 메일을 보내 주세요."),
    ("tr", "İletiniz {a} adresine teslim edilemedi: kullanıcı bulunamadı.\n"
           "Sorularınız için destek@example.net adresine e-posta gönderin."),
    ("ru", "Ваше сообщение не доставлено на адрес {a}, так как адрес не найден.\n"
           "Если у вас есть вопросы, напишите нам по адресу help@example.net."),
    ("ja", "news@sender.example から {a} 宛てのメッセージは配信できませんでした。宛先不明です。"),
    ("de", "Ihre Nachricht wurde nicht an {a} zugestellt, weil die Adresse nicht gefunden wurde.\n"
           "Bei Fragen wenden Sie sich an postmaster@example.net."),
]


@pytest.mark.parametrize("lang,body", OTHERS_NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHERS_NAMED)])
def test_contacts_and_sender_are_no_recipients(lang, body):
    addr = _address(lang, "user")
    head = ("From: Mail Delivery System <mailer-daemon@mx.example.net>\nTo: news@sender.example\n"
            "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")
    _check(mail(head, body.format(a=addr) + "\n"), "user", addr)


# "the IP address was not found" names the sending or receiving host, never the recipient's mailbox:
# the localized "address not found" phrases leave it alone
IP_NOT_FOUND = [
    "die ip adresse wurde nicht gefunden",
    "no se ha encontrado la dirección ip del servidor",
    "ip adresi bulunamadı",
    "ipアドレスが見つからないため接続できません",
    "ip 주소를 찾을 수 없습니다",
    "ip-adressen inte hittades",
    "omdat het ip adres niet is gevonden",
    "het ip adres is niet gevonden",
    "ip adresa nebyla nalezena",
]


@pytest.mark.parametrize("text", IP_NOT_FOUND)
def test_an_ip_address_not_found_is_no_unknown_user(text):
    from filter.core.patterns import matches

    assert not matches("user_unknown", text)


@pytest.mark.parametrize("text", [
    "the sender domain example.org couldn't be found",
    "your domain could not be resolved, check your dns",
    "sending domain cannot be found in dns",
])
def test_our_own_domain_not_found_is_no_unknown_host(text):
    """The English "the domain x couldn't be found" is the recipient's; said of the sender's domain
    it is ours (``rejected`` elsewhere), never a reason to suppress the recipient."""
    from filter.core.patterns import matches

    assert not matches("host_unknown", text)


NEUTRAL_HEAD = ("From: Mail Delivery System <mailer-daemon@mx.example.net>\nTo: news@sender.example\n"
                "Subject: Delivery Status Notification\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")

# the reporting system says in the body that it keeps trying (the subject says nothing of a delay):
# a delay notice, whatever the language
KEEPS_TRYING = [
    ("de", "Beim Zustellen Ihrer Nachricht an {a} ist ein Problem aufgetreten. Gmail versucht es noch 47 Stunden lang."),
    ("de", "Die Zustellung an {a} wurde verzögert. Es wird weiterhin versucht, die Nachricht zuzustellen."),
    ("fr", "La remise à {a} est différée. Le serveur continuera à essayer pendant 2 jours."),
    ("es", "La entrega a {a} se ha retrasado. El servidor seguirá intentándolo durante 47 horas."),
    ("it", "Il messaggio a {a} non è ancora stato consegnato: il server riproverà nelle prossime 47 ore."),
    ("pt", "A entrega para {a} foi atrasada. O servidor continuará tentando por 47 horas."),
    ("nl", "Het bericht aan {a} is nog niet bezorgd. De server blijft het proberen gedurende 47 uur."),
    ("pl", "Wiadomość do {a} nie została jeszcze dostarczona. Serwer ponowi próbę w ciągu 47 godzin."),
    ("ru", "Сообщение для {a} пока не доставлено. Сервер повторит попытку в течение 47 часов."),
    ("ja", "{a} へのメッセージの配信が遅延しています。配信が遅延しているため、サーバーは 47 時間再試行します。"),
    ("zh-Hans", "将您的邮件传送到 {a} 时遇到临时问题。系统将在接下来的 47 小时内继续重试。"),
    ("ko", "{a}에 메일을 전송하는 중에 일시적인 문제가 발생했습니다. 47시간 동안 다시 시도합니다."),
    ("tr", "{a} adresine iletiniz henüz teslim edilemedi; gönderim 47 saat boyunca yeniden denenecek."),
]


@pytest.mark.parametrize("lang,body", KEEPS_TRYING, ids=[f"{c[0]}-{i}" for i, c in enumerate(KEEPS_TRYING)])
def test_a_system_that_keeps_trying_writes_a_delay_notice(lang, body):
    addr = _address(lang, "delay")
    report = filter.classify(mail(NEUTRAL_HEAD, body.format(a=addr) + "\n"))
    assert report.kind == "delayed", (report.kind, [(r.address, r.reason) for r in report.recipients])
    assert [r.address for r in report.recipients] == [addr]


# the reader told to try again later is no promise of the system's: the notice stays a failure
TRY_AGAIN_YOURSELF = [
    ("de", "Ihre Nachricht an {a} konnte nicht zugestellt werden. Die Adresse existiert nicht. "
           "Bitte versuchen Sie es später erneut."),
    ("fr", "Votre message n'a pas pu être distribué à {a} : adresse introuvable. Veuillez réessayer plus tard."),
    ("zh-Hans", "您的邮件无法传送到 {a}，因为收件人不存在。请稍后重试。"),
    ("ja", "{a} にメールを配信できませんでした。宛先のメールアドレスが存在しません。後でもう一度再試行してください。"),
    ("ko", "{a}에 메일이 전송되지 않았습니다. 존재하지 않는 사용자입니다. 나중에 다시 시도하세요."),
]


@pytest.mark.parametrize("lang,body", TRY_AGAIN_YOURSELF, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRY_AGAIN_YOURSELF)])
def test_try_again_later_said_to_the_reader_is_still_a_failure(lang, body):
    addr = _address(lang, "user")
    report = filter.classify(mail(NEUTRAL_HEAD, body.format(a=addr) + "\n"))
    assert report.kind == "failed", report.kind
    assert [(r.address, r.reason) for r in report.recipients] == [(addr, "user_unknown")]


@pytest.mark.parametrize("text", [
    "het domein van de ontvanger is niet gevonden",
    "o domínio do destinatário não foi encontrado",
    "找不到收件人的域",
    "alıcının etki alanı bulunamadı",
    "the domain name in the e-mail address is incorrect",
])
def test_the_recipients_domain_not_found_is_an_unknown_host(text):
    """"The recipient's domain was not found" names the domain: host_unknown, and no phrase of a
    missing mailbox ("recipient ... not found") reads the same words first."""
    from filter.core.patterns import matches

    assert matches("host_unknown", text)
    assert not matches("user_unknown", text)


# the SENDER's (our) address or domain, or a server's, "not found": our side or a host on the way,
# never the recipient's mailbox or domain; a hard reason would suppress the recipient at once
OUR_SIDE_NOT_FOUND = [
    ("es", "no se ha encontrado la dirección del remitente"),
    ("es", "no se ha encontrado el dominio del remitente"),
    ("es", "no se ha encontrado la dirección del servidor de correo"),
    ("it", "impossibile trovare il dominio del mittente"),
    ("it", "il tuo indirizzo non è stato trovato"),
    ("it", "dominio mittente non è stato trovato"),
    ("pt", "não foi possível encontrar o endereço do remetente"),
    ("pt", "domínio remetente não foi encontrado"),
    ("pl", "nie znaleziono adresu nadawcy"),
    ("pl", "nie można odnaleźć adresu nadawcy"),
    ("pl", "nie udało się znaleźć domeny nadawcy"),
    ("pl", "nie znaleziono adresu serwera"),
    ("ru", "не удалось найти домен отправителя"),
    ("cs", "adresa odesílatele nebyla nalezena"),
    ("cs", "doména odesílatele nebyla nalezena"),
    ("cs", "adresa serveru nebyla nalezena"),
    ("da", "afsenderens e-mailadresse blev ikke fundet"),
    ("de", "weil Ihre Adresse nicht existiert"),
    ("tr", "gönderen adresi bulunamadı"),
    ("tr", "gönderenin etki alanı bulunamadı"),
    ("tr", "sunucu adresi bulunamadı"),
    ("ja", "送信者のアドレスが見つからない"),
    ("ja", "サーバーのアドレスが見つからないため接続できません"),
    ("ko", "보낸 사람 주소를 찾을 수 없습니다"),
    ("ko", "보낸 사람 도메인을 찾을 수 없으므로"),
    ("ko", "서버 주소를 찾을 수 없어 연결하지 못했습니다"),
    ("fr", "domaine expéditeur inconnu"),
    ("fr", "domaine d'envoi inconnu"),
    ("en", "because the HELO domain mx.sender.example couldn't be found"),
    ("en", "the envelope domain sender.example couldn't be found"),
]


@pytest.mark.parametrize("lang,clause", OUR_SIDE_NOT_FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(OUR_SIDE_NOT_FOUND)])
def test_our_address_or_a_server_not_found_is_no_hard_reason(lang, clause):
    addr = _address(lang, "ours")
    body = f"** Message not delivered **\n\nYour message wasn't delivered to {addr} because {clause}."
    r = filter.classify(_gmail(body, "user"))
    assert r.kind == "failed", r.kind
    assert [x.address for x in r.recipients] == [addr]
    assert r.recipients[0].reason not in ("user_unknown", "host_unknown"), r.recipients[0].reason


@pytest.mark.parametrize("lang,clause", OUR_SIDE_NOT_FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(OUR_SIDE_NOT_FOUND)])
def test_no_unknown_phrase_reads_our_side_not_found(lang, clause):
    from filter.core.patterns import matches

    assert not matches("user_unknown", clause.lower())
    assert not matches("host_unknown", clause.lower())


# the system says it will NOT try again: a final failure, never a delay notice
WILL_NOT_RETRY = [
    ("fr", "Le serveur ne réessaiera pas."),
    ("it", "Il server non riproverà."),
    ("it", "Se riproverai più tardi, il messaggio verrà rifiutato di nuovo."),
    ("pt", "O servidor não tentará novamente."),
    ("es", "El servidor no volverá a intentar la entrega."),
    ("ru", "Сервер не повторит попытку."),
    ("ru", "Сервер не будет повторять попытки."),
    ("pl", "Serwer nie będzie ponawiać prób."),
    ("zh-Hans", "系统将不会继续重试。"),
    ("zh-Hans", "系统会在 0 小时后停止，不会再重试。"),
    ("de", "Es wird nicht erneut versucht."),
    ("de", "Gmail versucht es nicht noch einmal."),
]


@pytest.mark.parametrize("lang,text", WILL_NOT_RETRY, ids=[f"{c[0]}-{i}" for i, c in enumerate(WILL_NOT_RETRY)])
def test_a_system_that_will_not_retry_writes_a_failure(lang, text):
    from filter.core.detectors.text import says_delay

    assert not says_delay(text.lower())
    user = next(b for lg, n, b in GMAIL if lg == lang and n == "user")  # the same language's failure notice
    addr = _address(lang, "user")
    r = filter.classify(_gmail(user.format(a=addr) + "\n\n" + text, "user"))
    assert r.kind == "failed", (r.kind, [(x.address, x.reason) for x in r.recipients])
    assert [(x.address, x.reason) for x in r.recipients] == [(addr, "user_unknown")]


# the net under every table (patterns.OURS_GUARDED): a hard phrase whose words, or the possessive or
# sender noun right before them, or "of the sender" right after, name our side does not count
@pytest.mark.parametrize("text,reason", [
    ("weil die domain des absenders nicht gefunden wurde", "host_unknown"),
    ("weil ihre domain example.org nicht gefunden wurde", "host_unknown"),
    ("car l'adresse de l'expéditeur est introuvable", "user_unknown"),
    ("car votre domaine example.org est inconnu", "host_unknown"),
    ("omdat het domein example.org van de afzender niet gevonden is", "host_unknown"),
    ("адрес отправителя не найден", "user_unknown"),
    ("fordi afsenderens adressen ikke blev fundet", "user_unknown"),
    ("no se ha encontrado la dirección de correo del remitente", "user_unknown"),
])
def test_a_hard_phrase_said_of_our_side_does_not_count(text, reason):
    from filter.core.patterns import Scan, matches

    assert not matches(reason, text)
    assert not Scan(text).says(reason)


@pytest.mark.parametrize("text,reason", [
    ("weil die domain des empfängers nicht gefunden wurde", "host_unknown"),
    ("car l'adresse du destinataire est introuvable", "user_unknown"),
    ("адрес получателя не найден", "user_unknown"),
    ("no se ha encontrado la dirección de correo del destinatario", "user_unknown"),
])
def test_the_same_words_said_of_the_recipient_still_count(text, reason):
    from filter.core.patterns import matches

    assert matches(reason, text)


def test_every_localized_delay_text_holds_one_of_the_index_words():
    """``_DELAY_WORLD`` is tried only on a text holding one of ``_DELAY_WORLD_WORDS``: every text the
    pattern reads (the keeps-trying notices and Gmail's delay notices here) holds one, so the fast
    answer is the pattern's."""
    from filter.core.detectors.text import _DELAY_WORLD, _DELAY_WORLD_WORDS, says_delay

    texts = [b.format(a="x@example.com").lower() for _, b in KEEPS_TRYING]
    texts += [b.format(a="x@example.com").lower() for _, n, b in GMAIL if n == "delay"]
    read = [t for t in texts if _DELAY_WORLD.search(t)]
    assert len(read) >= len(KEEPS_TRYING) - 1  # the English-free notices are read by the pattern
    for t in read:
        assert any(w in t for w in _DELAY_WORLD_WORDS), t
        assert says_delay(t)


# "mail transmission failed" (subject) and "could not be sent to" (body): Chinese mail systems' plain
# notice words for a failure, with the recipients below and no reason given for them
@pytest.mark.parametrize("subject, body", [
    ("邮件传输失败！", "邮件无法发送到您指定的地址中。\n在传输过程中发生了错误。\n\n<{a}>:\n"),
    ("郵件傳輸失敗", "您的郵件無法送達至以下地址：\n\n{a}\n"),
    ("Mail system notice", "您的邮件无法发送到以下地址：\n\n{a}\n"),
])
def test_chinese_could_not_be_sent_is_a_failure(subject: str, body: str) -> None:
    addr = "rcpt.zh@example.com"
    head = (f"From: MAILER-DAEMON@mail.example\nTo: news@sender.example\nSubject: {subject}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")
    report = filter.classify(mail(head, body.format(a=addr)))
    assert report.kind == "failed"
    assert [r.address for r in report.recipients] == [addr]


@pytest.mark.parametrize("body", [
    "我无法发送到你说的那个地址，明天再试。",   # a person: "I cannot send to the address you mentioned"
    "文件传输失败的问题已经解决了。",           # "the file transfer failure problem is solved"
])
def test_the_same_words_from_a_person_are_no_bounce(body: str) -> None:
    head = ("From: Li Lei <lilei@people.example>\nTo: news@sender.example\nSubject: 回复: 周报\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")
    assert filter.classify(mail(head, body)).kind == "not_bounce"
