#!/usr/bin/python3
"""Byte-exact SMTP peer for the phpt suite: standard library sockets only, no aiosmtpd.

Speaks just enough SMTP to take a message (220, EHLO/HELO, optional AUTH, MAIL, RCPT, DATA,
RSET, NOOP, QUIT) and appends every byte it receives, untouched, to --log as base64 JSON lines,
per connection. aiosmtpd would repair line endings; this peer never does. Binds 127.0.0.1 port 0,
prints "PORT <n>" first, exits on SIGTERM/SIGINT or after --max-seconds. See README-smtp.md.
"""

import argparse
import base64
import selectors
import signal
import socket
import sys
import time

sys.dont_write_bytecode = True  # importing peer_common must not leave __pycache__ in the tree
from peer_common import EventLog, finish

EHLO_REPLY = (b"250-mm-recorder.test\r\n250-8BITMIME\r\n250-SIZE 33554432\r\n"
              b"250-AUTH PLAIN LOGIN\r\n250 HELP\r\n")


def b64(data):
    return base64.b64encode(data).decode()


class Conn:
    """One client: an input buffer and a tiny state machine (command, data, auth-login)."""

    def __init__(self, sock, conn_id, log):
        self.sock = sock
        self.id = conn_id
        self.log = log
        # A bytearray and a resume offset keep a large DATA linear: appending to bytes and
        # rescanning from the start on every chunk made a 27 MB message take seconds.
        self.buf = bytearray()
        self.scan_from = 0
        self.state = "command"
        self.mail_from = None
        self.rcpt_tos = []
        self.auth_steps = 0
        self.open = True

    def send(self, data):
        self.log.write({"event": "sent", "conn": self.id, "data_b64": b64(data)})
        try:
            self.sock.sendall(data)
        except OSError:
            self.open = False

    def feed(self, data):
        self.log.write({"event": "recv", "conn": self.id, "data_b64": b64(data)})
        self.buf += data
        while self.open:
            if self.state == "data":
                if not self._take_data():
                    return
                continue
            end = self.buf.find(b"\n")
            if end < 0:
                return
            line, self.buf = self.buf[:end + 1], self.buf[end + 1:]
            self._command(line.rstrip(b"\r\n"))

    def _take_data(self):
        # The terminator is CRLF "." CRLF; right after DATA the first CRLF is the one ending the command.
        if self.buf.startswith(b".\r\n"):
            body, rest = b"", self.buf[3:]
        else:
            end = self.buf.find(b"\r\n.\r\n", self.scan_from)
            if end < 0:
                self.scan_from = max(0, len(self.buf) - 4)
                return False
            body, rest = bytes(self.buf[:end + 2]), self.buf[end + 5:]
        self.buf = rest
        self.scan_from = 0
        self.log.write({"event": "message", "conn": self.id, "mail_from": self.mail_from,
                        "rcpt_tos": self.rcpt_tos, "data_b64": b64(body)})
        self.state = "command"
        self.mail_from = None
        self.rcpt_tos = []
        self.send(b"250 2.0.0 OK: recorded\r\n")
        return True

    def _command(self, line):
        if self.state == "auth":
            self.auth_steps -= 1
            if self.auth_steps > 0:
                self.send(b"334 UGFzc3dvcmQ6\r\n")
            else:
                self.state = "command"
                self.send(b"235 2.7.0 Authentication successful\r\n")
            return
        verb = line.split(b" ", 1)[0].upper()
        upper = line.upper()
        if verb == b"EHLO":
            self.send(EHLO_REPLY)
        elif verb == b"HELO":
            self.send(b"250 mm-recorder.test\r\n")
        elif verb == b"AUTH":
            words = line.split()
            if len(words) >= 2 and words[1].upper() == b"LOGIN":
                # AUTH LOGIN [user]: ask for what is missing, then accept anything.
                self.state = "auth"
                self.auth_steps = 1 if len(words) > 2 else 2
                self.send(b"334 UGFzc3dvcmQ6\r\n" if len(words) > 2 else b"334 VXNlcm5hbWU6\r\n")
            elif len(words) == 2:
                self.state = "auth"
                self.auth_steps = 1
                self.send(b"334 \r\n")
            else:
                self.send(b"235 2.7.0 Authentication successful\r\n")
        elif upper.startswith(b"MAIL FROM:"):
            self.mail_from = line[10:].strip().decode("utf-8", "backslashreplace")
            self.rcpt_tos = []
            self.send(b"250 2.1.0 OK\r\n")
        elif upper.startswith(b"RCPT TO:"):
            self.rcpt_tos.append(line[8:].strip().decode("utf-8", "backslashreplace"))
            self.send(b"250 2.1.5 OK\r\n")
        elif verb == b"DATA":
            self.state = "data"
            self.send(b"354 End data with <CR><LF>.<CR><LF>\r\n")
        elif verb in (b"RSET", b"NOOP"):
            if verb == b"RSET":
                self.mail_from, self.rcpt_tos = None, []
            self.send(b"250 2.0.0 OK\r\n")
        elif verb == b"QUIT":
            self.send(b"221 2.0.0 Bye\r\n")
            self.open = False
        elif verb == b"STARTTLS":
            self.send(b"454 4.7.0 TLS not available\r\n")
        else:
            self.send(b"500 5.5.2 Command not recognized\r\n")


def main(argv):
    p = argparse.ArgumentParser(description="byte-exact SMTP recorder for the metamta phpt suite")
    p.add_argument("--log", help="append one JSON line per connection event and received chunk")
    p.add_argument("--max-seconds", type=float, default=300.0, help="exit by itself after this long")
    opts = p.parse_args(argv)

    log = EventLog(opts.log)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(1))

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ, None)
    print(f"PORT {listener.getsockname()[1]}", flush=True)

    deadline = time.monotonic() + opts.max_seconds
    count = 0
    while not stopping and time.monotonic() < deadline:
        for key, _ in sel.select(timeout=0.2):
            if key.data is None:
                try:
                    sock, _ = listener.accept()
                except OSError:
                    continue
                count += 1
                conn = Conn(sock, count, log)
                log.write({"event": "connect", "conn": count})
                sel.register(sock, selectors.EVENT_READ, conn)
                conn.send(b"220 mm-recorder.test ESMTP recorder\r\n")
                continue
            conn = key.data
            try:
                data = conn.sock.recv(65536)
            except OSError:
                data = b""
            if data:
                conn.feed(data)
            if not data or not conn.open:
                sel.unregister(conn.sock)
                conn.sock.close()
                log.write({"event": "close", "conn": conn.id})
    for key in list(sel.get_map().values()):
        key.fileobj.close()
    return 0


if __name__ == "__main__":
    sys.exit(finish(main(sys.argv[1:])))
