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
    """Whether process ``pid`` of this machine is running (a number no process can have is not)."""
    if not 0 < pid < 2**31:
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
