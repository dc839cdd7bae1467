"""What the test peers share: the JSON-lines log, and how they end.

Under valgrind (run-tests -m traces children) the interpreter's memory still live at exit would be
reported as the test's leak, and a self-SIGKILL is intercepted and reported too, so there the
process is replaced by a shell that only exits with the same code (or dies by the same signal).
"""

import json
import os
import signal
import sys


class EventLog:
    """Appends one JSON object per line and flushes, so a test can read it while the peer runs."""

    def __init__(self, path):
        self.file = open(path, "ab") if path else None

    def write(self, record):
        if self.file is not None:
            self.file.write(json.dumps(record, separators=(",", ":")).encode() + b"\n")
            self.file.flush()


def under_valgrind():
    if os.environ.get("METAMTA_SERVER_HARD_EXIT") == "1":
        return True
    try:
        with open("/proc/self/maps") as f:
            return "vgpreload" in f.read()
    except OSError:
        return False


def finish(code=0):
    """Returns code for sys.exit(); under valgrind flushes stdio and execs `exit <code>` instead."""
    if under_valgrind():
        sys.stdout.flush()
        sys.stderr.flush()
        os.execv("/bin/sh", ["sh", "-c", "exit %d" % int(code)])
    return code


def stop_early_on_sigterm():
    """Until the peer installs its own handlers, SIGTERM/SIGINT end it through finish()."""
    def stop(*_):
        sys.exit(finish(0))
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def die_by_signal_under_valgrind():
    """Under valgrind a SIGTERM/SIGINT still kills, but through a shell that has no leaks to report."""
    if not under_valgrind():
        return

    def die(signum, _frame):
        os.execv("/bin/sh", ["sh", "-c", "kill -%d $$" % signum])
    signal.signal(signal.SIGTERM, die)
    signal.signal(signal.SIGINT, die)
