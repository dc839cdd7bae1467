#!/usr/bin/python3
"""SMTP test server on 127.0.0.1 for the phpt suite, built on Debian's python3-aiosmtpd.

Binds port 0, prints "PORT <n>" as its first stdout line, and exits on SIGTERM/SIGINT or after
--max-seconds. Every accepted message (and every connection, AUTH and RCPT event) is appended to
--log as one JSON object per line. See README-smtp.md for the flags and the log format.
"""

import argparse
import signal
import sys

sys.dont_write_bytecode = True  # importing peer_common must not leave __pycache__ in the tree
from peer_common import EventLog, finish, stop_early_on_sigterm

stop_early_on_sigterm()

import asyncio  # noqa: E402 (a SIGTERM during these slow imports must already end cleanly)
import base64  # noqa: E402
import logging  # noqa: E402
import ssl  # noqa: E402
import warnings  # noqa: E402

from aiosmtpd.smtp import SMTP, AuthResult  # noqa: E402


class State:
    """What all connections share: the options, the log and the connection counter."""

    def __init__(self, opts):
        self.opts = opts
        self.log = EventLog(opts.log)
        self.connections = 0
        self.transports = set()
        self.reject = {a.lower() for a in opts.reject_rcpt}
        self.tempfail = {a.lower() for a in opts.tempfail_rcpt}

    def next_conn(self):
        self.connections += 1
        return self.connections


def text(value):
    """Bytes from aiosmtpd (user names) as text, undecodable bytes escaped rather than lost."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="backslashreplace")
    return value


class Handler:
    """aiosmtpd hooks: EHLO filtering, recipient faults, DATA faults, and the message log."""

    def __init__(self, state):
        self.state = state

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        # The new-style hook owns host_name; AUTH is only advertised when --auth asks for it.
        session.host_name = hostname
        server.helo = hostname
        if not self.state.opts.auth:
            responses = [r for r in responses if not r.startswith("250-AUTH")]
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        key = address.lower()
        if key in self.state.reject:
            reply = f"550 5.1.1 <{address}>: Recipient address rejected"
        elif key in self.state.tempfail:
            reply = f"451 4.3.0 <{address}>: Temporary failure, try again later"
        else:
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
            reply = "250 OK"
        self.state.log.write({"event": "rcpt", "conn": server.conn_id, "address": address,
                              "code": int(reply[:3])})
        return reply

    async def handle_DATA(self, server, session, envelope):
        opts = self.state.opts
        if opts.drop_after_data:
            reply = None
        elif opts.fail_data:
            reply = f"{opts.fail_data} {'4.3.0 Temporary' if opts.fail_data < 500 else '5.6.0 Permanent'}" \
                    " failure for this message"
        else:
            reply = "250 2.0.0 OK: queued"
        self.state.log.write({
            "event": "message",
            "conn": server.conn_id,
            "helo": server.helo,
            "mail_from": envelope.mail_from,
            "mail_options": envelope.mail_options,
            "rcpt_tos": envelope.rcpt_tos,
            "rcpt_options": envelope.rcpt_options,
            "data_b64": base64.b64encode(envelope.original_content).decode(),
            "auth_user": text(session.login_data) if session.authenticated else None,
            "tls": server.is_tls(),
            "code": None if reply is None else int(reply[:3]),
        })
        if reply is None:
            # Abort below any TLS layer so no reply is sent; connection_lost cancels this coroutine.
            server.transport.abort()
            await asyncio.sleep(3600)
        if reply.startswith("250"):
            server.accepted += 1
        return reply


class CountingSMTP(SMTP):
    """aiosmtpd's SMTP with a connection id, connection events and a per-connection message cap."""

    def __init__(self, state, implicit_tls, **kwargs):
        super().__init__(Handler(state), **kwargs)
        self.state = state
        self.implicit_tls = implicit_tls
        self.conn_id = state.next_conn()
        self.helo = None
        self.accepted = 0
        self.commands = 0
        self.closed = False
        self.raw_transport = None
        # Wrapping the dispatch table is the one place every recognised command passes through.
        for name, method in list(self._smtp_methods.items()):
            self._smtp_methods[name] = self._guard(name, method)

    def is_tls(self):
        return self.implicit_tls or self._tls_protocol is not None

    def _guard(self, name, method):
        async def guarded(arg):
            self.commands += 1
            if self.commands == 1:
                self.state.log.write({"event": "session", "conn": self.conn_id})
            limit = self.state.opts.max_messages_per_connection
            if limit and self.accepted >= limit and name != "QUIT":
                self.state.log.write({"event": "limit", "conn": self.conn_id, "command": name})
                await self.push("421 4.7.0 Message limit for this connection reached, closing")
                self.transport.close()
                return
            await method(arg)
        return guarded

    def connection_made(self, transport):
        first = self.transport is None
        super().connection_made(transport)
        if first:
            self.raw_transport = transport
            self.state.transports.add(transport)
            self.state.log.write({"event": "connect", "conn": self.conn_id, "tls": self.implicit_tls})

    def connection_lost(self, error):
        if not self.closed:
            self.closed = True
            self.state.transports.discard(self.raw_transport)
            self.state.log.write({"event": "close", "conn": self.conn_id, "commands": self.commands,
                                  "messages": self.accepted})
        super().connection_lost(error)


class StallProtocol(asyncio.Protocol):
    """--stall: accept, log, read and discard, never greet."""

    def __init__(self, state):
        self.state = state
        self.conn_id = state.next_conn()

    def connection_made(self, transport):
        self.transport = transport
        self.state.transports.add(transport)
        self.state.log.write({"event": "connect", "conn": self.conn_id, "tls": False})

    def connection_lost(self, error):
        self.state.transports.discard(self.transport)
        self.state.log.write({"event": "close", "conn": self.conn_id, "commands": 0, "messages": 0})


def authenticator_for(opts, state):
    user = opts.user.encode()
    password = opts.password.encode()

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == user and auth_data.password == password
        state.log.write({"event": "auth", "conn": server.conn_id, "mechanism": mechanism,
                         "user": text(auth_data.login), "success": ok})
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    return authenticate


def tls_context(opts):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(opts.cert, opts.key)
    return ctx


def parse_args(argv):
    p = argparse.ArgumentParser(description="SMTP test server (aiosmtpd) for the metamta phpt suite")
    p.add_argument("--log", help="append one JSON line per message/event to this file")
    p.add_argument("--max-seconds", type=float, default=300.0, help="exit by itself after this long")
    p.add_argument("--hostname", default="mm-smtp.test", help="name in the greeting and EHLO reply")
    tls = p.add_mutually_exclusive_group()
    tls.add_argument("--starttls", action="store_true", help="advertise and require STARTTLS")
    tls.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (port 465 style)")
    p.add_argument("--cert", help="server certificate chain (PEM), needed with TLS")
    p.add_argument("--key", help="server private key (PEM), needed with TLS")
    p.add_argument("--auth", action="store_true", help="offer AUTH PLAIN/LOGIN and require it before MAIL")
    p.add_argument("--user", default="", help="the one accepted user name")
    p.add_argument("--password", default="", help="the one accepted password")
    p.add_argument("--reject-rcpt", action="append", default=[], metavar="ADDR", help="550 for this recipient")
    p.add_argument("--tempfail-rcpt", action="append", default=[], metavar="ADDR", help="451 for this recipient")
    p.add_argument("--fail-data", type=int, choices=[451, 554], help="answer the end of DATA with this code")
    p.add_argument("--drop-after-data", action="store_true", help="close without answering the end of DATA")
    p.add_argument("--max-messages-per-connection", type=int, default=0, metavar="N",
                   help="after N accepted messages answer the next command with 421 and close")
    p.add_argument("--stall", action="store_true", help="accept connections but never send the greeting")
    p.add_argument("--smtputf8", action="store_true", help="advertise SMTPUTF8")
    opts = p.parse_args(argv)
    if (opts.starttls or opts.implicit_tls) and not (opts.cert and opts.key):
        p.error("--starttls and --implicit-tls need --cert and --key")
    if opts.auth and not opts.user:
        p.error("--auth needs --user (and --password)")
    return opts


async def serve(opts):
    loop = asyncio.get_running_loop()
    state = State(opts)
    stop = loop.create_future()

    def request_stop(*_):
        if not stop.done():
            stop.set_result(None)

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, request_stop)
    loop.call_later(opts.max_seconds, request_stop)

    ctx = tls_context(opts) if (opts.starttls or opts.implicit_tls) else None
    if opts.stall:
        factory = lambda: StallProtocol(state)  # noqa: E731
    else:
        authenticator = authenticator_for(opts, state) if opts.auth else None

        def factory():
            return CountingSMTP(
                state, opts.implicit_tls,
                hostname=opts.hostname,
                ident="metamta test SMTP",
                tls_context=ctx if opts.starttls else None,
                require_starttls=opts.starttls,
                auth_required=opts.auth,
                # STARTTLS mode already refuses AUTH before TLS; implicit TLS is invisible to aiosmtpd.
                auth_require_tls=False,
                authenticator=authenticator,
                enable_SMTPUTF8=opts.smtputf8,
                timeout=opts.max_seconds,
                loop=loop,
            )

    server = await loop.create_server(factory, "127.0.0.1", 0,
                                      ssl=ctx if opts.implicit_tls else None)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    await stop
    server.close()
    for transport in list(state.transports):
        transport.abort()
    await asyncio.sleep(0)


def main(argv):
    opts = parse_args(argv)
    # aiosmtpd warns about AUTH without TLS and asyncio logs failed handshakes; tests provoke both.
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    asyncio.run(serve(opts))
    return 0


if __name__ == "__main__":
    sys.exit(finish(main(sys.argv[1:])))
