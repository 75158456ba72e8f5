"""The ``imap:`` section of the config, without a server: what it refuses, what it fills in, the
commented example in conf/bouncefilter.yaml, the XOAUTH2 token file read again at each login.
(The bridge against a real Dovecot: tests/test_imapbridge.py.)"""
from __future__ import annotations

import pytest

from filter.config import ConfigError, loads

REPO = __import__("pathlib").Path(__file__).resolve().parents[1]
ENV = {"POP3_PASSWORD": "bouncepass"}


def test_config_refuses_what_would_go_wrong(tmp_path):
    def errors(accounts: str) -> str:
        with pytest.raises(ConfigError) as e:
            loads(f"imap:\n  accounts:\n{accounts}", env=ENV, base=tmp_path)
        return str(e.value)

    base = "    - name: a\n      host: h\n      username: u\n"
    assert "give one of password" in errors(base)
    assert "not both" in errors(base + "      password: ${POP3_PASSWORD}\n      oauth2_token: ${POP3_PASSWORD}\n")
    assert "secrets are given by reference only" in errors(base + "      password: hunter2\n")
    assert "plain sends the password in clear" in errors(base + "      password: ${POP3_PASSWORD}\n      tls: plain\n")
    assert "move needs non_bounce_folder" in errors(base + "      password: ${POP3_PASSWORD}\n      non_bounce: move\n")
    assert "is the watched folder" in errors(base + "      password: ${POP3_PASSWORD}\n      processed_folder: inbox\n")
    assert "forward needs forward_action" in errors(base + "      password: ${POP3_PASSWORD}\n      non_bounce: forward\n")
    assert "'imaps', 'starttls'" not in errors(base + "      password: ${POP3_PASSWORD}\n      tls: pop3s\n") and \
        "is not one of: imaps, starttls, plain" in errors(base + "      password: ${POP3_PASSWORD}\n      tls: pop3s\n")
    token = tmp_path / "token"
    token.write_text("ya29.first\n")
    c = loads(f"imap:\n  accounts:\n{base}      oauth2_token_file: {token}\n", env=ENV, base=tmp_path)
    (a,) = c.imap.accounts
    assert a.port == 993 and a.password is None and a.folder == "INBOX" and a.processed_folder == "Processed"
    assert c.to_dict()["imap"]["accounts"][0]["oauth2_token"] == "***" and "ya29" not in repr(c.to_dict())
    from imapbridge.client import _fresh

    token.write_text("ya29.refreshed\n")  # a refresher rewrote it: the next login uses the new one
    assert _fresh(a.oauth2_token) == "ya29.refreshed"


def test_the_commented_example_in_conf_loads_as_written(tmp_path):
    text = (REPO / "conf" / "bouncefilter.yaml").read_text()
    lines = text.splitlines()
    start = lines.index("# imap:")
    block = []
    for line in lines[start:]:
        if not line.startswith("#"):
            break
        block.append(line[2:] if line.startswith("# ") else line[1:])
    example = "\n".join(block) + "\n"
    c = loads(f"state_dir: {tmp_path}\n" + example, env={"IMAP_PASSWORD": "x"}, base=tmp_path)
    (a,) = c.imap.accounts
    assert (a.name, a.host, a.port, a.tls, a.folder, a.processed, a.processed_folder, a.non_bounce) == \
        ("hosted-imap", "imap.example.com", 993, "imaps", "INBOX", "move", "Processed", "keep")




@pytest.mark.parametrize("doc, heading", [("docs/imap.md", "## 4. Configure"), ("docs/config.md", "## `imap:`")])
def test_the_examples_in_the_docs_load(tmp_path, doc, heading):
    text = (REPO / doc).read_text()
    section = text[text.index(heading):]
    block = section[section.index("```yaml\n") + 8:]
    block = block[:block.index("```")]
    (tmp_path / "imap.password").write_text("x\n")
    block = block.replace("/etc/bouncefilter/imap.password", str(tmp_path / "imap.password"))
    c = loads(f"state_dir: {tmp_path}\n" + block, env={"IMAP_PASSWORD": "x"}, base=tmp_path)
    (a,) = c.imap.accounts
    assert a.host == "imap.example.com" and a.processed == "move" and a.non_bounce == "keep"
