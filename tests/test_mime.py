"""filter.core.mime builds the tree the stdlib feed parser builds, message/* parts aside (kept as text)."""
from __future__ import annotations

import email
from email.message import Message
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filter.core import mime

from corpus import CORPUS


class _Message(Message):
    """The feed parser's tree with message/* parts kept as text, as ``mime`` keeps them."""

    def get_content_maintype(self) -> str:
        main = self.get_content_type().split("/")[0]
        return "text" if main == "message" else main


def stdlib(data: bytes) -> Message:
    return email.message_from_bytes(data, _class=_Message)


def ours(data: bytes) -> Message:
    return mime.parse(data.decode("ascii", "surrogateescape"))


def same_tree(a: Message, b: Message, path: str = "") -> None:
    assert a._headers == b._headers, path
    assert a.get_unixfrom() == b.get_unixfrom(), path
    assert a.get_content_type() == b.get_content_type(), path
    pa, pb = a.get_payload(), b.get_payload()
    if b.get_content_type() == "message/delivery-status" and isinstance(pb, list):
        return  # the feed parser reads the fields as header blocks; mime keeps the text
    assert isinstance(pa, list) == isinstance(pb, list), path
    if isinstance(pa, list):
        assert len(pa) == len(pb), path
        for i, (x, y) in enumerate(zip(pa, pb)):
            same_tree(x, y, f"{path}/{i}")
    else:
        assert pa == pb, path


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*.eml"))


def test_same_tree_as_the_feed_parser_on_the_corpus():
    checked = 0
    for path in corpus_files():
        data = path.read_bytes()
        if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
            continue  # bare CR: read as LF (test_bare_cr_ends_lines_as_in_the_feed_parser)
        same_tree(ours(data), stdlib(data), path.name)
        checked += 1
    assert checked > 300


@pytest.mark.parametrize("name, data", [
    ("no close boundary", b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b\n\ntwo\n"),
    ("no start boundary", b"Content-Type: multipart/mixed; boundary=b\n\njust text\n"),
    ("no boundary parameter", b"Content-Type: multipart/mixed\n\n--b\n\none\n--b--\n"),
    ("blanks after the delimiter", b"Content-Type: multipart/mixed; boundary=b\n\n--b \t\n\none\n--b--  \nepi\n"),
    ("a longer line is not a delimiter", b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\n--bc\n--b--\n"),
    ("repeated delimiter", b"Content-Type: multipart/mixed; boundary=b\n\n--b\n--b\n\none\n--b--\n"),
    ("CRLF", b"Content-Type: multipart/mixed; boundary=b\r\n\r\npre\r\n--b\r\nX: 1\r\n\r\none\r\n--b--\r\n"),
    ("digest parts default to message/rfc822",
     b"Content-Type: multipart/digest; boundary=b\n\n--b\n\nFrom: a@b\n\nhi\n--b--\n"),
    ("nested, inner close missing",
     b"Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/alternative; boundary=i\n\n"
     b"--i\n\nA\n--o\n\nB\n--o--\n"),
    ("unix From line and folded headers", b"From someone Mon Jan 1\nSubject: a\n  b\nX:\n\tc\n\nbody"),
    ("header block without blank line", b"Subject: a\nnot a header\nmore\n"),
    ("continuation first", b" folded\nSubject: a\n\nbody\n"),
    ("header without name", b":x\nSubject: a\n\nbody\n"),
    ("From line at the end of the headers", b"Subject: a\nFrom nobody\nbody\n"),
    ("8-bit", "Subject: caf\u00e9\n\n\u00e9t\u00e9\n".encode("latin-1")),
    ("empty", b""),
])
def test_same_tree_as_the_feed_parser(name, data):
    same_tree(ours(data), stdlib(data), name)


def test_bare_cr_ends_lines_as_in_the_feed_parser():
    data = b"Content-Type: multipart/mixed; boundary=b\r\r--b\rX: 1\r\rone\r--b--\r"
    same_tree(ours(data), stdlib(data.replace(b"\r", b"\n")))


def test_nesting_beyond_the_limit_is_left_empty():
    data = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n" for i in range(mime.MAX_DEPTH + 5))
    msg = mime.parse(data + "Content-Type: text/plain\n\nhi\n")
    for _ in range(mime.MAX_DEPTH):
        msg = msg.get_payload()[0]
    assert msg.get_content_maintype() == "multipart" and msg.get_payload() == []


def test_returned_original_stays_text():
    data = (b"Content-Type: multipart/report; boundary=b\n\n--b\nContent-Type: message/rfc822\n\n"
            b"Subject: orig\nContent-Type: multipart/mixed; boundary=c\n\n--c\n\nx\n--c--\n--b--\n")
    original = ours(data).get_payload()[0]
    assert original.get_payload().startswith("Subject: orig\n")


# -- generated messages ----------------------------------------------------------------------
_names = st.sampled_from(["Subject", "From", "To", "X-Thing", "Content-Transfer-Encoding", "From ", ""])
_values = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=20)
_lines = st.lists(st.one_of(_values, st.sampled_from(["", " folded", "--b", "--b--", "--c", "--c-- ",
                                                      ":", "From x"])), max_size=6)


@st.composite
def entity(draw, depth=0):
    heads = [f"{n}: {v}" if n.strip() else f"{n}{v}" for n, v in draw(st.lists(st.tuples(_names, _values),
                                                                               max_size=3))]
    kind = draw(st.sampled_from(["text", "multipart", "digest", "rfc822"] if depth < 3 else ["text"]))
    if kind == "text":
        return heads + [""] + draw(_lines)
    if kind == "rfc822":
        return heads + ["Content-Type: message/rfc822", ""] + draw(entity(depth + 1))
    boundary = "b" if depth % 2 == 0 else "c"
    ctype = "multipart/digest" if kind == "digest" else "multipart/mixed"
    out = heads + [f"Content-Type: {ctype}; boundary={boundary}", ""] + draw(_lines)
    for part in draw(st.lists(entity(depth + 1), max_size=3)):
        out += [f"--{boundary}" + draw(st.sampled_from(["", " ", "\t "]))] + part
    if draw(st.booleans()):
        out += [f"--{boundary}--"] + draw(_lines)
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entity(), st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_generated_messages_parse_like_the_feed_parser(lines, eol, final_eol):
    data = (eol.join(lines) + (eol if final_eol else "")).encode("ascii")
    same_tree(ours(data), stdlib(data))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entity(), st.sampled_from(["\n", "\r\n"]), st.integers(min_value=0, max_value=3))
def test_long_header_blocks_parse_like_the_feed_parser(lines, eol, where):
    """A header block over MAX_CONTENT_TYPE takes read_headers' general path (the one that can
    cut a Content-Type): the same tree as the feed parser, a "From " line anywhere in it too."""
    heads = lines[:lines.index("")] if "" in lines else lines
    pad = "X-Pad: " + "p" * mime.MAX_CONTENT_TYPE
    lines = lines[:min(where, len(heads))] + [pad] + lines[min(where, len(heads)):]
    data = eol.join(lines).encode("ascii")
    same_tree(ours(data), stdlib(data))


def test_a_content_type_over_the_bound_is_cut():
    value = "multipart/mixed; boundary=b; " + "; ".join(f"p{i}=v" for i in range(3000))
    for eol in ("\n", "\r\n"):
        msg = ours(f"Subject: s{eol}Content-Type: {value}{eol}{eol}--b{eol}{eol}x{eol}--b--{eol}".encode())
        assert msg["Content-Type"] == value[:mime.MAX_CONTENT_TYPE]
        assert msg["Subject"] == "s" and msg.get_boundary() == "b"


# -- Entity: the stdlib's Content-Type answers, worked out once --------------------------------
_CONTENT_TYPES = [
    "multipart/mixed; boundary=abc", 'multipart/mixed; boundary="a;b=c"', "Multipart/Report; BOUNDARY=X",
    'multipart/mixed; boundary="quoted \\"inner\\" part"', "multipart/mixed; boundary=<angle>",
    'multipart/mixed; boundary="<both>"', "multipart/mixed; boundary = spaced ; x=1",
    "multipart/mixed; boundary", "multipart/mixed; boundary=", "multipart/mixed; boundary=\"\"",
    "multipart/mixed; x=\"semi;colon\"; boundary=after", "multipart/mixed; boundary=first; boundary=second",
    "multipart/mixed; boundary*=us-ascii'en'starred", "multipart/mixed; boundary*0=a; boundary*1=b",
    "multipart/mixed; boundary=trailing   ", "multipart/mixed;boundary=\"unclosed", "multipart/mixed; ; ;",
    "multipart/mixed\n\tboundary=folded", "multipart/mixed;\n boundary=\"folded\"", "text/plain",
    "text", "a/b/c", "", " ; boundary=x", "boundary=x", "multipart/mixed; boundary=caf\udce9",
    "multipart/mixed; name=\"caf\udce9\"; boundary=ok", "TEXT/PLAIN ; charset=us-ascii", "message/rfc822",
]


def _pair(headers: list[tuple[str, str]], default: str | None = None) -> tuple[Message, mime.Entity]:
    plain, ours_ = Message(), mime.Entity()
    for m in (plain, ours_):
        if default:
            m.set_default_type(default)
        for name, value in headers:
            m.set_raw(name, value)
    return plain, ours_


def _same_answers(plain: Message, entity: mime.Entity) -> None:
    assert entity.get_content_type() == plain.get_content_type()
    assert entity.get_content_maintype() == plain.get_content_maintype()
    try:
        expected = plain.get_boundary()
    except Exception as exc:  # the stdlib raises: so must Entity (mime catches it)
        with pytest.raises(type(exc)):
            entity.get_boundary()
        return
    assert entity.get_boundary() == expected


@pytest.mark.parametrize("value", _CONTENT_TYPES)
@pytest.mark.parametrize("default", [None, "message/rfc822"])
def test_entity_answers_as_message(value, default):
    _same_answers(*_pair([("Subject", "s"), ("content-TYPE", value), ("Content-Type", "text/html")], default))


def test_entity_without_content_type_has_the_default_type():
    _same_answers(*_pair([("Subject", "s")]))
    _same_answers(*_pair([], "message/rfc822"))


_params = st.lists(st.tuples(st.sampled_from(["boundary", "BOUNDARY", " Boundary ", "charset", "boundary*",
                                               "x", ""]),
                             st.sampled_from(["=", " = ", "", "=\""]),
                             st.text(alphabet="ab;\"\\<> =*'\t\n\udce9", max_size=8)), max_size=4)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["multipart/mixed", "Multipart/Report", "text/plain", "multipart", " multipart/x ", ""]),
       _params, st.sampled_from(["; ", ";", " ;\n\t"]))
def test_entity_answers_as_message_on_generated_values(ctype, params, sep):
    value = ctype + "".join(f"{sep}{name}{eq}{val}" for name, eq, val in params)
    _same_answers(*_pair([("Content-Type", value)]))


def test_entity_sees_changes_made_through_the_message_api():
    entity = mime.Entity()
    entity.set_raw("Content-Type", "text/plain")
    assert entity.get_content_type() == "text/plain"
    entity.replace_header("Content-Type", "multipart/mixed; boundary=a")  # in place
    assert (entity.get_content_type(), entity.get_boundary()) == ("multipart/mixed", "a")
    entity.set_boundary("b")  # rebuilds the header list
    assert entity.get_boundary() == "b"
    entity.set_type("multipart/alternative")  # deletes and appends
    assert entity.get_content_type() == "multipart/alternative"
    del entity["Content-Type"]
    assert entity.get_content_type() == "text/plain"
    entity.set_default_type("message/rfc822")
    assert entity.get_content_type() == "message/rfc822"
    entity.add_header("Content-Type", "image/png")
    assert entity.get_content_type() == "image/png"
