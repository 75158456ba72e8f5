"""Ways in: thin adapters that feed bytes from an MTA to the engine (pipe, LMTP, milter).

The POP3 bridge lives in the top-level ``pop3bridge`` package.
"""
