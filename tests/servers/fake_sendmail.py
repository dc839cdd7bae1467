#!/usr/bin/python3
"""Fake sendmail for the phpt suite: records argv and the exact stdin bytes, then behaves as told.

Settings come from one of two places, never mixed:
- a wrapper generated at test time (metamta_fake_sendmail() in smtp.inc) that calls main(config)
  with the settings baked in, so they hold even when the caller does not pass its environment on;
- otherwise the environment: METAMTA_FAKE_SENDMAIL_LOG, _EXIT, _STDOUT, _STDERR, _SLEEP, _READ.
Each run appends one JSON line to the log (written before any sleep, so a killed run is still
recorded). See README-smtp.md.
"""

import base64
import json
import os
import sys
import time

sys.dont_write_bytecode = True  # importing peer_common must not leave __pycache__ in the tree
from peer_common import die_by_signal_under_valgrind, finish

ENV_PREFIX = "METAMTA_FAKE_SENDMAIL_"


def settings_from(env):
    """Settings from a mapping with the environment's names and string values."""
    return {
        "log": env.get(ENV_PREFIX + "LOG"),
        "exit": int(env.get(ENV_PREFIX + "EXIT", "0")),
        "stdout": env.get(ENV_PREFIX + "STDOUT", ""),
        "stderr": env.get(ENV_PREFIX + "STDERR", ""),
        "sleep": float(env.get(ENV_PREFIX + "SLEEP", "0")),
        "read": env.get(ENV_PREFIX + "READ", "1") != "0",
    }


def main(config=None):
    """Records this run and behaves per the settings; returns the exit code (see finish())."""
    die_by_signal_under_valgrind()
    if config is None:
        source, settings = "env", settings_from(os.environ)
    else:
        source, settings = "wrapper", settings_from({})
        settings.update({k: v for k, v in config.items() if k in settings})

    data = sys.stdin.buffer.read() if settings["read"] else None
    record = {
        "argv": sys.argv,
        "stdin_b64": None if data is None else base64.b64encode(data).decode(),
        "stdin_len": None if data is None else len(data),
        "exit": settings["exit"],
        "pid": os.getpid(),
        "source": source,
    }
    if settings["log"]:
        # One write on an O_APPEND descriptor keeps lines whole when runs overlap.
        fd = os.open(settings["log"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, json.dumps(record, separators=(",", ":")).encode() + b"\n")
        finally:
            os.close(fd)
    if settings["stdout"]:
        sys.stdout.write(settings["stdout"])
        sys.stdout.flush()
    if settings["stderr"]:
        sys.stderr.write(settings["stderr"])
        sys.stderr.flush()
    if settings["sleep"] > 0:
        time.sleep(settings["sleep"])
    return finish(settings["exit"])


if __name__ == "__main__":
    sys.exit(main())
