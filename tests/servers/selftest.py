#!/usr/bin/python3
"""Quick check of provider_mock.py without PHP: start it over TLS, send one request per provider, try faults.

Usage: /usr/bin/python3 tests/servers/selftest.py   (exit status 0 when every check passes)
"""

import base64
import http.client
import json
import os
import ssl
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
	log = tempfile.NamedTemporaryFile(prefix="mm-selftest-", suffix=".log", delete=False).name
	proc = subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "provider_mock.py"), "--tls", "--log", log,
		"--max-seconds", "60"], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
	failures = []
	try:
		port = int(proc.stdout.readline().split()[1])
		ctx = ssl.create_default_context(cafile=os.path.join(HERE, "certs", "ca.pem"))
		conn = http.client.HTTPSConnection("127.0.0.1", port, context=ctx, timeout=10)

		def call(path, body, headers, method="POST"):
			conn.request(method, path, body, headers)
			reply = conn.getresponse()
			return reply.status, reply.read(), reply

		def check(name, cond):
			print("%s %s" % ("ok  " if cond else "FAIL", name))
			if not cond:
				failures.append(name)

		def basic(user, password):
			return "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()

		pm = {"X-Postmark-Server-Token": "t", "Accept": "application/json", "Content-Type": "application/json"}
		msg = {"From": "a@example.com", "To": "b@example.com", "TextBody": "x"}
		status, body, _r = call("/email", json.dumps(msg), pm)
		check("postmark send", status == 200 and json.loads(body)["ErrorCode"] == 0)
		status, body, _r = call("/email/batch", json.dumps([msg, dict(msg, To="inactive@example.com")]), pm)
		check("postmark batch", status == 200 and [m["ErrorCode"] for m in json.loads(body)] == [0, 406])
		status, body, _r = call("/email", json.dumps(msg), dict(pm, **{"X-Postmark-Server-Token": "bad-token"}))
		check("postmark bad token", status == 401 and json.loads(body)["ErrorCode"] == 10)

		form = "from=a%40example.com&to=b%40example.com&text=hi"
		status, body, _r = call("/v3/example.com/messages", form, {"Authorization": basic("api", "k"),
			"Content-Type": "application/x-www-form-urlencoded"})
		check("mailgun send", status == 200 and json.loads(body)["message"] == "Queued. Thank you.")

		sg = {"personalizations": [{"to": [{"email": "b@example.com"}]}], "from": {"email": "a@example.com"},
			"subject": "s", "content": [{"type": "text/plain", "value": "x"}]}
		status, body, _r = call("/v3/mail/send", json.dumps(sg), {"Authorization": "Bearer k",
			"Content-Type": "application/json"})
		check("sendgrid send", status == 202 and body == b"")

		tw = {"Authorization": basic("AC1", "tok"), "Accept": "application/json",
			"Content-Type": "application/x-www-form-urlencoded"}
		status, body, _r = call("/2010-04-01/Accounts/AC1/Messages.json", "From=%2B15005550006&To=%2B14155550100&Body=x", tw)
		check("twilio send", status == 201 and json.loads(body)["sid"].startswith("SM"))

		status, body, _r = call("/__mock/faults", json.dumps(["503-retry-after", "empty-body"]), {})
		check("queue faults", status == 200)
		status, body, reply = call("/email", json.dumps(msg), pm)
		check("fault 503", status == 503 and reply.getheader("Retry-After") == "2")
		status, body, _r = call("/email", json.dumps(msg), pm)
		check("fault empty-body", status == 200 and body == b"")

		status, body, _r = call("/__mock/stats", None, {}, "GET")
		stats = json.loads(body)
		check("one kept-alive connection", stats["connections"] == 1 and stats["requests"] == 8)
		# The batch of two is not an "ok" request but accepts one message.
		check("ok and ok_messages", stats["ok"] == 4 and stats["ok_messages"] == 5)
		with open(log) as fh:
			records = [json.loads(line) for line in fh]
		check("log records", len(records) == 8 and records[-1]["verdict"] == "fault empty-body")
	finally:
		proc.terminate()
		proc.wait(10)
		os.unlink(log)
	check_exit = proc.returncode == 0
	print("%s clean exit on SIGTERM" % ("ok  " if check_exit else "FAIL"))
	return 0 if not failures and check_exit else 1


if __name__ == "__main__":
	sys.exit(main())
