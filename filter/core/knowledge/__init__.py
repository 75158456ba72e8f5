"""Phrase knowledge beyond the core English table of ``filter/core/patterns.py``, one module a source.

Each module holds ``PHRASES: dict[reason, list[regex]]`` (matched on the lower-cased, space-folded
diagnostic, as ``patterns.PHRASES``) and may hold ``PROVIDER_CODES`` (word, regex, reason).
``patterns`` merges them, in the order of ``MODULES``, when it is imported: the classifier sees
one table, and the index words of ``_phrase_words.py`` cover every phrase.

- ``languages``: what servers say in languages other than English (German, French, Spanish,
  Italian, Portuguese, Dutch, Polish, Russian, Japanese, Chinese, Korean ...);
- ``providers``: the replies mailbox providers, older or regional MTAs and mail-security products
  document (Microsoft, Google, Yahoo, Apple, Mail.ru, Tencent, Barracuda, Proofpoint ...);
- ``mtas``: the fixed sentences of MTAs and gateways beyond the common ones (IMail, Domino,
  GroupWise, Sun/Oracle Messaging Server, McAfee, MailEnable, MDaemon, Kerio ...) and what the
  rule tables of open-source classifiers (Sisimai's reason modules, KumoMTA, Haraka) teach.

Every group cites where its wording was read; every phrase states a meaning, never one sample.
"""
MODULES = ("languages", "providers", "mtas")
