"""POP3 bridge: drain a hosted bounce mailbox and hand each message to filter's engine."""
