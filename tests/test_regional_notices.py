"""Regional providers' own notices in their users' languages (Japanese carriers, HiNet, Web.de, La
Poste, Tiscali), each written for its test after the meaning the providers' help pages give, with
neighbours that keep their reading."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail


@pytest.mark.parametrize("status, diagnostic, reason", [
    # zh-TW "no such recipient account", the noun after "查無此"
    (None, "您寄給 a@b.example 的郵件無法送達。 原因: 查無此收件者帳號。", "user_unknown"),
    (None, "原因: 查无此用户", "user_unknown"),
    # de: the mailbox deactivated, its cause between
    (None, "Das Postfach des Empfängers wurde wegen längerer Inaktivität vorübergehend deaktiviert.", "suspended"),
    # ja: the recipient has stopped using the service; the size the recipient can take; too much mail at once
    (None, "送信先のお客様は、現在ご利用を停止されているため、メールをお届けできませんでした。", "suspended"),
    (None, "送信されたメールのサイズが、受信者の受信可能なサイズ（10MB）を超えています。", "message_too_large"),
    (None, "短時間に大量のメールが送信されたため、一時的に受信を制限しています。", "rate_limited"),
    (None, "宛先のお客様は現在サービスを休止中のため、メールをお届けできませんでした。", "suspended"),
    ("5.0.0", "550 Der Account wurde aufgrund von Inaktivität deaktiviert", "suspended"),
    # fr: "does not accept messages larger than 10 MB"
    (None, "Le destinataire n'accepte pas les messages de taille supérieure à 10 Mo.", "message_too_large"),
    # a neighbour: "does not accept" alone stays the recipient's filter
    (None, "Le destinataire n'accepte pas vos messages.", "filtered"),
])
def test_a_regional_providers_words(status, diagnostic, reason) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


def test_no_answer_from_the_server_while_still_trying_is_the_network() -> None:
    assert decide(status=None, diagnostic="配送先サーバーからの応答がないため、引き続き配送を試みます。",
                  action="delayed") == "network_error"


@pytest.mark.parametrize("subject, body, address, reason", [
    ("メールを配送できませんでした",
     "このメッセージは OCN メールサーバーから自動送信されています。\n\n送信先ドメイン名（shizuoka-seiki.example）が存在しないため、\n"
     "soumu@shizuoka-seiki.example 宛てのメールを配送できませんでした。\n", "soumu@shizuoka-seiki.example", "host_unknown"),
    ("Messaggio non consegnato: tempo scaduto",
     "Questo è un messaggio automatico.\n\nIl messaggio inviato a info@cantina.example non è stato consegnato.\n\n"
     "Motivo: tempo massimo di consegna superato. Il server del destinatario non\nha risposto per 5 giorni.\n",
     "info@cantina.example", "expired"),
])
def test_a_providers_plain_notice(subject, body, address, reason) -> None:
    raw = mail(f"From: MAILER-DAEMON@mail.provider.example\nTo: news@news.example.com\nSubject: {subject}\n"
               "Content-Type: text/plain; charset=utf-8\n", body)
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [(address, reason)]


def test_a_parcels_notice_is_no_mail_report() -> None:
    """"お荷物をお届けできませんでした" is a courier's: the words count only of the mail."""
    raw = mail("From: info@courier.example\nTo: news@news.example.com\nSubject: お荷物をお届けできませんでした\n"
               "Content-Type: text/plain; charset=utf-8\n", "ご不在のため、お荷物をお届けできませんでした。再配達をご依頼ください。\n")
    assert classify(raw).kind == "not_bounce"
