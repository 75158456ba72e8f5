"""``exec``: run a program with the event JSON on stdin.

The command is an argv list run without a shell (no quoting bugs, no injection from a bounce's
contents), with a timeout.  Exit status follows sysexits(3) as Postfix's pipe(8) does:
0 = done; 75 (EX_TEMPFAIL), a timeout or a signal = retry later; anything else = dead letter
(``bouncefilter outbox retry`` puts it back once the program is fixed).

The child's environment is this process's, minus the variables the configuration reads secrets
from (the webhook HMAC secret, SMTP and POP3 passwords, tokens in other actions' URLs and
headers: :func:`filter.config.secret_env_names`), plus ``env:``.
"""
from __future__ import annotations

import json
import os
from typing import Any

from filter.engine.actions import Context, Permanent, Retry

EX_TEMPFAIL = 75


class Action:
    def __init__(self, cfg, config):
        self.name = cfg.name
        self.argv = [str(a) for a in cfg.options["command"]]
        self.timeout = float(cfg.options.get("timeout") or 30.0)
        from filter.config import secret_env_names

        hidden = secret_env_names(config, keep_action=cfg.name) if config is not None else set()
        self.env = {k: v for k, v in os.environ.items() if k not in hidden}
        for item in cfg.options.get("env") or ():
            k, _, v = item.partition("=")
            self.env[k] = v

    def deliver(self, event: dict[str, Any], ctx: Context) -> None:
        import subprocess

        body = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        env = dict(self.env, BOUNCEFILTER_EVENT_ID=str(event.get("id")),
                   BOUNCEFILTER_EVENT=str(event.get("event")))
        try:
            proc = subprocess.run(self.argv, input=body, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  timeout=ctx.timeout(self.timeout), env=env, close_fds=True, check=False)
        except subprocess.TimeoutExpired:
            raise Retry(f"{self.argv[0]}: timed out") from None
        except (FileNotFoundError, PermissionError) as e:
            raise Permanent(f"{self.argv[0]}: {e.strerror}") from None
        except OSError as e:
            raise Retry(f"{self.argv[0]}: {e.strerror or e}") from None
        if proc.returncode == 0:
            return
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        why = f"{self.argv[0]}: exit {proc.returncode}" + (f": {' / '.join(tail)}" if tail else "")
        if proc.returncode == EX_TEMPFAIL or proc.returncode < 0:
            raise Retry(why)
        raise Permanent(why)
