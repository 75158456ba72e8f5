"""systemd's readiness protocol (sd_notify(3)) in the standard library: no libsystemd needed.

A service started with ``Type=notify`` tells systemd when it is ready (``READY=1``), when it
reloads its configuration (``RELOADING=1``, then ``READY=1`` again) and when it is stopping
(``STOPPING=1``) by sending one datagram to the unix socket named by ``$NOTIFY_SOCKET``: a path,
or an abstract socket written with a leading ``@``.  Without ``$NOTIFY_SOCKET`` (not started by
systemd, or another ``Type=``) every call does nothing and returns False; a failure to send is
logged at DEBUG and returns False, and a receiver that does not read costs at most
:data:`SEND_TIMEOUT` per call: readiness reporting never stops a service.

    from filter import sdnotify
    sdnotify.ready()                   # listening: systemctl start returns now
    sdnotify.reloading(); ...; sdnotify.ready()
    sdnotify.stopping()

systemd only listens to the service's main process (``NotifyAccess=main``, the default for
``Type=notify``): the bouncefilter process that systemd started, not a child it runs.
"""
from __future__ import annotations

import logging
import os
import socket
import time

__all__ = ["notify", "ready", "reloading", "stopping", "status", "socket_address"]

log = logging.getLogger("bouncefilter.sdnotify")

#: longest wait for room in the receiver's queue: a notification is dropped rather than let a
#: receiver that does not read (not systemd, or a stuck one) block the service
SEND_TIMEOUT = 2.0


def socket_address(value: str | None = None) -> str | bytes | None:
    """The address to send to: ``$NOTIFY_SOCKET`` (or ``value``) as ``socket.sendto`` takes it --
    a path, or for an abstract socket (``@name``) the name behind a NUL byte -- or None when
    unset or not a unix socket (``vsock:`` addresses are not supported here)."""
    if value is None:
        value = os.environ.get("NOTIFY_SOCKET")
    if not value:
        return None
    if value[0] == "@":
        return b"\0" + value[1:].encode("utf-8", "surrogateescape")
    if value[0] == "/":
        return value
    return None


def notify(*states: str) -> bool:
    """Send ``states`` (``"READY=1"``, ``"STATUS=..."`` ...) as one datagram, newline-separated.
    True when it was sent; False when there is nowhere to send or it failed."""
    address = socket_address()
    if address is None or not states:
        return False
    message = "\n".join(states).encode("utf-8", "surrogateescape")
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.settimeout(SEND_TIMEOUT)
            sock.connect(address)
            sock.sendall(message)
    except OSError as e:
        log.debug("sd_notify %s: %s", b", ".join(message.splitlines()).decode("utf-8", "replace"), e)
        return False
    return True


def _status(text: str | None) -> tuple[str, ...]:
    return (f"STATUS={' '.join(text.split())}",) if text else ()


def ready(status: str | None = None) -> bool:
    """``READY=1``: started (or finished reloading); ``systemctl start``/``reload`` return."""
    return notify("READY=1", *_status(status))


def reloading(status: str | None = None) -> bool:
    """``RELOADING=1`` with ``MONOTONIC_USEC`` (which ``Type=notify-reload`` of systemd 253+
    requires); send :func:`ready` when the reload is over, whether it worked or not."""
    usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
    return notify("RELOADING=1", f"MONOTONIC_USEC={usec}", *_status(status))


def stopping(status: str | None = None) -> bool:
    """``STOPPING=1``: shutting down (work under way is being finished)."""
    return notify("STOPPING=1", *_status(status))


def status(text: str) -> bool:
    """``STATUS=text``: the one line ``systemctl status`` shows."""
    return notify(*_status(text))
