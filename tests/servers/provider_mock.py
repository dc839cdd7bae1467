#!/usr/bin/python3
"""Loopback mock of the HTTP mail/SMS providers (Postmark, Mailgun, SendGrid, Twilio, Amazon SES and SNS).

Binds 127.0.0.1 on a free port and prints "PORT <n>" as its first stdout line.
HTTP/1.1 with keep-alive, optionally TLS. Every provider request is checked by
mock_providers.py, answered with the provider's real body shapes, and logged as
one JSON line. Faults (a CLI default or a queue posted to /__mock/faults) force
transport failures. See README.md in this directory.
"""

import argparse
import base64
import collections
import json
import os
import select
import signal
import socket
import ssl
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mock_providers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FAULTS = ("500", "502-html", "503-retry-after", "429", "malformed-json", "empty-body", "truncated", "reset",
	"stall", "close-before-response")
MAX_BODY = 64 * 1024 * 1024
STALL_LIMIT = 120.0

BAD_GATEWAY_HTML = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
	b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")


class BadRequest(Exception):
	pass


class MockServer(ThreadingHTTPServer):
	daemon_threads = True
	block_on_close = False
	# socketserver's default backlog of 5 drops the SYNs of a parallel
	# client's burst, which then waits a whole second for the retransmit.
	request_queue_size = 128

	def __init__(self, cfg, tls):
		self.cfg = cfg
		self.tls = tls
		self.lock = threading.Lock()
		self.stopping = threading.Event()
		self.accepted = 0
		self.used_connections = 0
		self.requests = 0
		self.ok = 0
		self.ok_messages = 0
		self.control_requests = 0
		self.faults = collections.deque()
		self.log = open(cfg.log, "a", encoding="utf-8") if cfg.log else None
		super().__init__(("127.0.0.1", 0), Handler)

	def get_request(self):
		sock, addr = self.socket.accept()
		with self.lock:
			self.accepted += 1
			number = self.accepted
		if self.tls:
			# The handshake runs in the handler thread so a silent client cannot block accept().
			sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
		return sock, (addr[0], addr[1], number)

	def handle_error(self, request, client_address):
		# Clients hanging up, failing TLS verification or resetting are normal here.
		if self.cfg.verbose:
			super().handle_error(request, client_address)

	def write_log(self, record):
		if self.log:
			with self.lock:
				self.log.write(json.dumps(record) + "\n")
				self.log.flush()

	def next_fault(self):
		with self.lock:
			return self.faults.popleft() if self.faults else self.cfg.fault

	def stats(self):
		with self.lock:
			return {"connections": self.used_connections, "requests": self.requests, "ok": self.ok,
				"ok_messages": self.ok_messages,
				"accepted": self.accepted, "control_requests": self.control_requests, "queued_faults": list(self.faults)}


class Handler(BaseHTTPRequestHandler):
	protocol_version = "HTTP/1.1"
	server_version = "metamta-mock/1.0"
	sys_version = ""
	timeout = STALL_LIMIT + 30

	def setup(self):
		super().setup()
		self.conn_no = self.client_address[2]
		self.counted = False

	def handle(self):
		if self.server.tls:
			try:
				self.request.do_handshake()
			except (ssl.SSLError, OSError):
				return
		try:
			super().handle()
		except (ConnectionError, ssl.SSLError, socket.timeout):
			pass

	def finish(self):
		try:
			super().finish()
		except OSError:
			pass

	def log_message(self, fmt, *args):
		if self.server.cfg.verbose:
			sys.stderr.write("mock: %s\n" % (fmt % args))

	do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = lambda self: self.dispatch()

	# ---------------------------------------------------------- reading

	def read_body(self):
		if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
			chunks, total = [], 0
			while True:
				line = self.rfile.readline(1024)
				try:
					size = int(line.split(b";")[0].strip(), 16)
				except ValueError:
					raise BadRequest("bad chunk size line %r" % line)
				if size == 0:
					while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
						pass
					return b"".join(chunks)
				total += size
				if total > MAX_BODY:
					raise BadRequest("body larger than %d bytes" % MAX_BODY)
				chunks.append(self.rfile.read(size))
				self.rfile.readline(8)
		length = self.headers.get("Content-Length")
		if length is None:
			return b""
		if not length.isdigit() or int(length) > MAX_BODY:
			raise BadRequest("bad Content-Length %r" % length)
		body = self.rfile.read(int(length))
		if len(body) != int(length):
			raise BadRequest("body shorter than its Content-Length")
		return body

	# ---------------------------------------------------------- writing

	def send_raw(self, status, body, content_type, headers=(), length=None, close=False):
		lines = ["HTTP/1.1 %d %s" % (status, self.responses.get(status, ("Unknown",))[0]),
			"Date: " + self.date_time_string(), "Server: " + self.server_version]
		if content_type:
			lines.append("Content-Type: " + content_type)
		lines.append("Content-Length: %d" % (len(body) if length is None else length))
		lines.extend("%s: %s" % h for h in headers)
		if close or self.close_connection:
			self.close_connection = True
			lines.append("Connection: close")
		else:
			lines.append("Connection: keep-alive")
		head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
		self.wfile.write(head + (b"" if self.command == "HEAD" else body))

	def send_reply(self, reply):
		self.send_raw(reply.status, reply.body, reply.content_type, reply.headers)

	def send_json(self, status, obj):
		self.send_raw(status, json.dumps(obj, separators=(",", ":")).encode("utf-8"), "application/json")

	def drop(self, reset):
		"""Ends the connection without a (complete) answer; reset sends a TCP RST instead of a FIN."""
		self.close_connection = True
		try:
			if reset:
				self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
			else:
				self.request.shutdown(socket.SHUT_RDWR)
		except OSError:
			pass
		# rfile holds a reference that would keep the descriptor open past close().
		self.rfile.close()
		self.request.close()

	def stall(self):
		"""Keeps the request unanswered until the client gives up, the server stops or the bound passes."""
		deadline = time.monotonic() + min(self.server.cfg.stall_seconds, STALL_LIMIT)
		while not self.server.stopping.is_set() and time.monotonic() < deadline:
			readable, _w, _x = select.select([self.request], [], [], 0.2)
			if readable:
				try:
					if not self.request.recv(4096):
						break
				except ssl.SSLWantReadError:
					continue
				except OSError:
					break
		self.drop(False)

	def apply_fault(self, fault):
		if fault == "500":
			self.send_json(500, {"message": "Internal Server Error"})
		elif fault == "502-html":
			self.send_raw(502, BAD_GATEWAY_HTML, "text/html")
		elif fault == "503-retry-after":
			self.send_raw(503, b'{"message":"Service Unavailable"}', "application/json", [("Retry-After", "2")])
		elif fault == "429":
			self.send_raw(429, b'{"message":"Too Many Requests"}', "application/json", [("Retry-After", "1")])
		elif fault == "malformed-json":
			self.send_raw(200, b'{"ErrorCode":0,"Message":"OK","MessageID":"', "application/json")
		elif fault == "empty-body":
			self.send_raw(200, b"", "application/json")
		elif fault == "truncated":
			body = b'{"ErrorCode":0,"Message":"OK","MessageID":"00000000-'
			self.send_raw(200, body, "application/json", length=len(body) + 64, close=True)
			self.drop(False)
		elif fault == "reset":
			self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Le")
			self.drop(True)
		elif fault == "stall":
			self.stall()
		elif fault == "close-before-response":
			self.drop(False)

	# ---------------------------------------------------------- dispatch

	def dispatch(self):
		try:
			body = self.read_body()
		except (BadRequest, ValueError) as exc:
			self.close_connection = True
			self.send_json(400, {"message": "mock: %s" % exc})
			return
		header_list = [[name, value] for name, value in self.headers.items()]
		req = mock_providers.Request(self.command, self.path, header_list, body)
		if req.route.startswith("/__mock/"):
			self.control(req)
			return
		server = self.server
		with server.lock:
			server.requests += 1
			seq = server.requests
			if not self.counted:
				self.counted = True
				server.used_connections += 1
		fault = server.next_fault()
		if server.cfg.fast:
			provider, parsed, reply = "postmark", None, fast_reply(req, server.cfg)
		else:
			provider, parsed, reply = mock_providers.dispatch(req, server.cfg)
		if not fault:
			accepted = reply.accepted if reply.accepted is not None else int(reply.verdict == "ok")
			with server.lock:
				server.ok += int(reply.verdict == "ok")
				server.ok_messages += accepted
		if server.log:
			self.log_request(seq, provider, header_list, req, body, parsed, fault, reply)
		if fault:
			self.apply_fault(fault)
		else:
			self.send_reply(reply)

	def log_request(self, seq, provider, header_list, req, body, parsed, fault, reply):
		# Only with --log: decoding and serialising the body costs more than checking it.
		try:
			text, encoding = body.decode("utf-8"), "utf-8"
		except UnicodeDecodeError:
			text, encoding = base64.b64encode(body).decode("ascii"), "base64"
		self.server.write_log({
			"conn": self.conn_no, "seq": seq, "method": self.command, "path": self.path, "provider": provider,
			"headers": req.headers, "header_list": header_list, "body": text, "body_encoding": encoding,
			"parsed": parsed, "fault": fault, "status": None if fault else reply.status,
			"verdict": "fault " + fault if fault else reply.verdict, "provider_verdict": reply.verdict,
		})

	def control(self, req):
		server = self.server
		with server.lock:
			server.control_requests += 1
		if req.route == "/__mock/stats" and req.method == "GET":
			self.send_json(200, server.stats())
		elif req.route == "/__mock/faults" and req.method == "GET":
			self.send_json(200, server.stats()["queued_faults"])
		elif req.route == "/__mock/faults" and req.method == "POST":
			data, err = mock_providers.parse_json(req.body)
			if err or not isinstance(data, list) or any(f not in FAULTS for f in data):
				self.send_json(400, {"message": "expected a JSON list of fault names", "faults": list(FAULTS)})
				return
			with server.lock:
				server.faults.extend(data)
				queued = len(server.faults)
			self.send_json(200, {"queued": queued})
		elif req.route == "/__mock/faults" and req.method == "DELETE":
			with server.lock:
				server.faults.clear()
			self.send_json(200, {"queued": 0})
		else:
			self.send_json(404, {"message": "unknown control route %s %s" % (req.method, req.route)})


FAST_OK = mock_providers.Reply(200, b'{"To":"","SubmittedAt":"2024-01-01T00:00:00.0000000+00:00",'
	b'"MessageID":"00000000-0000-0000-0000-000000000000","ErrorCode":0,"Message":"OK"}', "application/json")
FAST_REFUSED = mock_providers.Reply(422, b'{"ErrorCode":300,"Message":"mock: --fast serves only POST /email and /email/batch."}',
	"application/json", verdict="mock: --fast serves only POST /email and /email/batch with a valid token")


def fast_reply(req, cfg):
	"""--fast (benchmarks): route, token and content type only, then one fixed Postmark success (per batch member)."""
	if req.method != "POST" or req.media_type() != "application/json" \
			or not mock_providers.credential_ok(cfg, "postmark", req.header("x-postmark-server-token")):
		return FAST_REFUSED
	if req.route.endswith("/email"):
		return FAST_OK
	if req.route.endswith("/email/batch"):
		# The answer needs one result per member, so a batch is parsed (not checked).
		data, err = mock_providers.parse_json(req.body)
		if err or not isinstance(data, list) or not 0 < len(data) <= 500:
			return FAST_REFUSED
		reply = mock_providers.Reply(200, b"[" + b",".join([FAST_OK.body] * len(data)) + b"]", "application/json")
		reply.accepted = len(data)
		return reply
	return FAST_REFUSED


def parse_args(argv):
	ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	ap.add_argument("--tls", action="store_true", help="serve HTTPS")
	ap.add_argument("--cert", default=os.path.join(HERE, "certs", "server.pem"))
	ap.add_argument("--key", default=None, help="private key (default: the cert path with .key)")
	ap.add_argument("--log", help="append one JSON line per provider request to this file")
	ap.add_argument("--fault", choices=FAULTS, help="fault applied to every provider request")
	ap.add_argument("--max-seconds", type=float, default=300.0, help="exit by itself after this long")
	ap.add_argument("--stall-seconds", type=float, default=STALL_LIMIT, help="how long 'stall' holds a request")
	ap.add_argument("--postmark-token", help="the one accepted Postmark server token")
	ap.add_argument("--mailgun-key", help="the one accepted Mailgun API key")
	ap.add_argument("--sendgrid-key", help="the one accepted SendGrid API key")
	ap.add_argument("--twilio-token", help="the one accepted Twilio auth token")
	ap.add_argument("--ses-secret", help="the AWS secret key SES signatures are verified with")
	ap.add_argument("--sns-secret", help="the AWS secret key SNS signatures are verified with")
	ap.add_argument("--aws-session-token", help="the one accepted X-Amz-Security-Token (SES and SNS)")
	ap.add_argument("--aws-any-date", action="store_true", help="accept any X-Amz-Date, not only +-15 minutes")
	ap.add_argument("--postmark-max-bytes", type=int, default=10 * 1024 * 1024)
	ap.add_argument("--postmark-batch-max-bytes", type=int, default=50 * 1024 * 1024)
	ap.add_argument("--sendgrid-max-bytes", type=int, default=30 * 1024 * 1024)
	ap.add_argument("--fast", action="store_true",
		help="benchmarks: check only route, token and content type of Postmark sends; answer a fixed success")
	ap.add_argument("--verbose", action="store_true", help="log requests and handler errors to stderr")
	cfg = ap.parse_args(argv)
	cfg.credentials = {"postmark": cfg.postmark_token, "mailgun": cfg.mailgun_key, "sendgrid": cfg.sendgrid_key,
		"twilio": cfg.twilio_token, "ses": cfg.ses_secret, "sns": cfg.sns_secret}
	if cfg.key is None:
		cfg.key = os.path.splitext(cfg.cert)[0] + ".key"
	return cfg


def main(argv):
	cfg = parse_args(argv)
	tls = None
	if cfg.tls:
		tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
		tls.load_cert_chain(cfg.cert, cfg.key)
	server = MockServer(cfg, tls)
	# A plain flag: taking a lock (Event.set) inside a signal handler can deadlock the main thread.
	signalled = []
	for sig in (signal.SIGTERM, signal.SIGINT):
		signal.signal(sig, lambda signum, frame: signalled.append(signum))
	thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
	thread.start()
	sys.stdout.write("PORT %d\n" % server.server_address[1])
	sys.stdout.flush()
	deadline = time.monotonic() + cfg.max_seconds
	while not signalled and time.monotonic() < deadline:
		time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
	server.stopping.set()
	server.shutdown()
	server.server_close()
	if server.log:
		server.log.close()
	if os.environ.get("METAMTA_SERVER_HARD_EXIT") == "1":
		# Under a valgrind-traced PHP: replacing the interpreter with /bin/true leaves valgrind
		# nothing of ours to report as leaked at exit (a self-SIGKILL is intercepted and reported).
		sys.stdout.flush()
		os.execv("/bin/true", ["true"])
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
