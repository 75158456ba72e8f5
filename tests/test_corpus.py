"""Every file of the shared corpus against its label: what the message is, whom it names, and
never a hard bounce for a recipient the label does not call hard (a wrong hard suppresses a good
address).  Reasons are judged in aggregate by test_accuracy.py."""
from __future__ import annotations

import pytest

import corpus
import label_disagreements
from filter import classify
from filter.core.model import reason_class

FAILURE = {"failed", "delayed"}  # score.py lets these stand for each other

# Labels we believe are wrong; each entry says why (reported on the issue).  Strict xfail: if
# one of them starts to pass, this list must be updated.
LABEL_DISAGREES = {
    "arf-15.eml": "the label's address is a placeholder the reference decoder invents "
                  "(undisclosed-recipient-in-headers@libsisimai.org.invalid); the report names no recipient",
    "lhost-office365-04.eml": "the label's address comes from a mailto: link in the HTML part; the DSN's "
                              "Final-Recipient (which we report) is otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp",
    "lhost-v5sendmail-01.eml": "the label's address is cut (kijitora@exampl); the report says kijitora@example.com",
}
HARD_DISAGREES = {
    "rfc3464-01.eml": "the DSN says 550 5.1.1 User Unknown; the label follows the text part's 'Not enough "
                      "disk space' (mailbox_full)",
    "lhost-office365-04.eml": "the labelled address differs (see above), so our hard result has no label",
}


def _params(disagrees: dict[str, str]) -> list:
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=disagrees[n])) if n in disagrees else n
            for n in corpus.names()]


def _norm(a: str | None) -> str:
    return (a or "").strip().strip("<>").lower()


@pytest.mark.parametrize("name", _params(LABEL_DISAGREES))
def test_kind_and_recipients(name: str) -> None:
    corpus.require()
    label = corpus.labels()[name]
    report = classify(corpus.path_of(name).read_bytes(), source=name)
    if label["kind"] == "not_bounce":
        assert report.kind not in FAILURE | {"complaint"}, f"{name}: a not_bounce taken for {report.kind}"
        return
    assert report.kind == label["kind"] or {report.kind, label["kind"]} <= FAILURE, \
        f"{name}: kind {report.kind}, labelled {label['kind']}"
    got = {_norm(r.address) for r in report.recipients}
    for want in label["recipients"]:
        assert _norm(want["address"]) in got, f"{name}: {want['address']} not reported (got {sorted(got)})"


@pytest.mark.parametrize("name", _params(HARD_DISAGREES))
def test_never_a_wrong_hard_bounce(name: str) -> None:
    corpus.require()
    label = corpus.labels()[name]
    report = classify(corpus.path_of(name).read_bytes(), source=name)
    hard_labelled = {_norm(r["address"]) for r in label["recipients"] if r.get("class") == "hard"}
    # a recorded disagreement (label_disagreements.py) stands for the label it overrules
    hard_labelled |= {a for (n, a), (reason, _) in label_disagreements.REASONS.items()
                      if n == name and reason_class(reason) == "hard"}
    for r in report.recipients:
        if r.class_ == "hard":
            assert _norm(r.address) in hard_labelled, \
                f"{name}: {r.address} reported hard ({r.reason}: {r.diagnostic!r}); label says otherwise"


_REASON_PAIRS = sorted(label_disagreements.REASONS)


@pytest.mark.parametrize("name, address", _REASON_PAIRS)
def test_where_the_label_disagrees_the_words_decide(name: str, address: str) -> None:
    corpus.require()
    want, why = label_disagreements.REASONS[(name, address)]
    got = {_norm(r.address): r.reason for r in classify(corpus.path_of(name).read_bytes(), source=name).recipients}
    assert got.get(address) == want, f"{name} {address}: {got.get(address)}, recorded {want} ({why})"


@pytest.mark.parametrize("name, address", [
    pytest.param(n, a, marks=pytest.mark.xfail(strict=True, reason=label_disagreements.REASONS[(n, a)][1]))
    for n, a in _REASON_PAIRS])
def test_the_label_reason_where_it_disagrees(name: str, address: str) -> None:
    corpus.require()
    label = {_norm(r["address"]): r["reason"] for r in corpus.labels()[name]["recipients"]}
    got = {_norm(r.address): r.reason for r in classify(corpus.path_of(name).read_bytes(), source=name).recipients}
    assert got.get(address) == label[address]
