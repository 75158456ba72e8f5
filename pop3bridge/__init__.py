"""POP3 bridge: drain a hosted bounce mailbox and hand each message to filter's engine.

``client.py`` is one POP3 session (TLS, UIDL, RETR/TOP, DELE, QUIT); ``bridge.py`` runs the
accounts of the config's ``pop3:`` section (polling, backoff, UIDL memory in the store).
Command: ``bouncefilter pop3bridge --config FILE [--once]`` (``filter/commands/pop3bridge.py``).
"""
