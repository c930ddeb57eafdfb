"""Who and where we are: for lock files and recovery copies."""

import getpass
import os
import socket


def user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "someone"


def host_name() -> str:
    return socket.gethostname() or "this computer"


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` of this machine is running."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill would end the process there: take it as running
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True
