"""IMAP bridge: watch a folder of a hosted bounce mailbox and hand each message to filter's engine.

``client.py`` is one IMAP session over IMAPClient (TLS, LOGIN or XOAUTH2, SELECT, UID FETCH, MOVE,
IDLE) and the POP3-shaped wire the POP3 bridge's drain runs on; ``bridge.py`` runs the accounts of
the config's ``imap:`` section (IDLE or polling, backoff, UIDVALIDITY + UID memory in the store),
reusing :mod:`pop3bridge.bridge` for the drain itself (classification, group commit, "recorded
before removed", ``non_bounce``).  Command: ``bouncefilter imapbridge --config FILE [--once]``
(``filter/commands/imapbridge.py``); setup: ``docs/imap.md``.
"""
