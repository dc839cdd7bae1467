"""Provider routes of the loopback provider mock: Postmark, Mailgun, SendGrid, Twilio (SES, SNS: mock_aws.py).

Each handler checks a request the way the provider does (credentials, content
type, required fields, address syntax, limits) and answers with the provider's
own success or error body. Checks the real provider does not make but our
adapters promise (an Accept header, no unknown members) answer 400 in the
provider's error shape with a message starting "mock: ", so a test sees at once
that the mock, not the provider model, refused the request.
"""

import base64
import binascii
import datetime
import email.utils
import hashlib
import json
import re
import urllib.parse
import uuid


class Request:
	"""One HTTP request as read off the wire."""

	def __init__(self, method, path, header_list, body):
		self.method = method
		self.path = path
		self.route = urllib.parse.unquote(urllib.parse.urlsplit(path).path)
		self.header_list = header_list
		self.headers = {}
		for name, value in header_list:
			key = name.lower()
			self.headers[key] = self.headers[key] + ", " + value if key in self.headers else value
		self.body = body

	def header(self, name):
		return self.headers.get(name.lower())

	def media_type(self):
		return (self.header("content-type") or "").split(";")[0].strip().lower()


class Reply:
	"""Status, body and the one-line verdict written to the log."""

	def __init__(self, status, body=b"", content_type="application/json", verdict="ok", headers=None):
		self.status = status
		self.body = body if isinstance(body, bytes) else body.encode("utf-8")
		self.content_type = content_type
		self.verdict = verdict
		self.headers = headers or []
		# Messages this answer accepts: a batch sets it; otherwise one when the verdict is "ok".
		self.accepted = None


def json_reply(status, obj, verdict="ok", headers=None):
	return Reply(status, json.dumps(obj, separators=(",", ":")), "application/json; charset=utf-8", verdict, headers)


def credential_ok(cfg, provider, value):
	"""A configured credential must match exactly; otherwise any non-empty value not starting with "bad"."""
	if not value:
		return False
	expected = cfg.credentials.get(provider)
	if expected is not None:
		return value == expected
	return not value.startswith("bad")


def basic_auth(req):
	"""Returns (user, password) of an HTTP Basic Authorization header, or (None, None)."""
	value = req.header("authorization") or ""
	if not value.lower().startswith("basic "):
		return None, None
	try:
		user, _, password = base64.b64decode(value[6:].strip(), validate=True).decode("utf-8").partition(":")
	except (binascii.Error, UnicodeDecodeError):
		return None, None
	return user, password


def now_iso():
	"""Postmark's SubmittedAt shape, with a fixed width so answers have stable lengths."""
	return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f0+00:00")


def is_base64(text, line_breaks=False):
	"""Strict base64; line_breaks also allows CR/LF, as .NET's decoder behind Postmark skips them."""
	if not isinstance(text, str):
		return False
	if line_breaks:
		text = text.replace("\r", "").replace("\n", "")
	try:
		base64.b64decode(text, validate=True)
	except (binascii.Error, ValueError):
		return False
	return True


_MAILBOX = re.compile(r"^[a-z0-9.!#$%&'`*+\-/=^_{}|~]+$", re.I)
_DOMAIN = re.compile(r"^((\.)?[a-z0-9\-])+$", re.I)
_E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")


def valid_email(addr):
	"""The address rule Postmark documents: mailbox and domain character sets, one @."""
	local, at, domain = addr.rpartition("@")
	return bool(at) and bool(_MAILBOX.match(local)) and bool(_DOMAIN.match(domain)) and "." in domain


def address_list(text):
	"""Splits an address-list header value into bare addresses, honouring quotes and angle brackets."""
	if not text.strip():
		return []
	return [addr for _name, addr in email.utils.getaddresses([text])]


# ---------------------------------------------------------------- parsing


def parse_form(body):
	"""application/x-www-form-urlencoded, strictly: returns (fields, error)."""
	try:
		text = body.decode("utf-8")
		pairs = urllib.parse.parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text), errors="strict")
	except (UnicodeDecodeError, ValueError) as exc:
		return None, "form body does not parse: %s" % exc
	return [[name, value] for name, value in pairs], None


_PARAM = re.compile(r';\s*([A-Za-z0-9_*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))')


def header_params(value):
	params = {}
	for match in _PARAM.finditer(value):
		raw = match.group(2) if match.group(2) is not None else match.group(3)
		params[match.group(1).lower()] = re.sub(r"\\(.)", r"\1", raw)
	return params


def parse_multipart(req):
	"""multipart/form-data (RFC 7578): returns (fields, files, error)."""
	boundary = header_params(req.header("content-type") or "").get("boundary")
	if not boundary:
		return None, None, "multipart body without a boundary parameter"
	delim = b"--" + boundary.encode("latin-1")
	body = req.body
	if not body.startswith(delim):
		return None, None, "multipart body does not start with its boundary"
	fields, files = [], []
	pos = len(delim)
	while True:
		if body.startswith(b"--", pos):
			return fields, files, None
		if not body.startswith(b"\r\n", pos):
			return None, None, "boundary line not followed by CRLF"
		pos += 2
		end = body.find(b"\r\n" + delim, pos)
		if end < 0:
			return None, None, "multipart body without a closing boundary"
		head, sep, content = body[pos:end].partition(b"\r\n\r\n")
		if not sep:
			return None, None, "multipart part without a blank line after its headers"
		part_headers = {}
		for line in head.decode("utf-8", "replace").split("\r\n"):
			name, _, value = line.partition(":")
			part_headers[name.strip().lower()] = value.strip()
		disposition = part_headers.get("content-disposition", "")
		if not disposition.lower().startswith("form-data"):
			return None, None, "multipart part without Content-Disposition: form-data"
		params = header_params(disposition)
		if "name" not in params:
			return None, None, "multipart part without a name"
		if "filename" in params:
			files.append({
				"name": params["name"],
				"filename": params["filename"],
				"content_type": part_headers.get("content-type"),
				"size": len(content),
				"sha256": hashlib.sha256(content).hexdigest(),
				"base64": base64.b64encode(content).decode("ascii"),
			})
		else:
			try:
				fields.append([params["name"], content.decode("utf-8")])
			except UnicodeDecodeError:
				return None, None, "multipart field %r is not UTF-8" % params["name"]
		pos = end + 2 + len(delim)


def parse_json(body):
	try:
		return json.loads(body.decode("utf-8")), None
	except (UnicodeDecodeError, ValueError) as exc:
		return None, str(exc)


# ---------------------------------------------------------------- Postmark

POSTMARK_MEMBERS = {
	"From": str, "To": str, "Cc": str, "Bcc": str, "Subject": str, "Tag": str, "HtmlBody": str,
	"TextBody": str, "ReplyTo": str, "Headers": list, "TrackOpens": bool, "TrackLinks": str,
	"Metadata": dict, "Attachments": list, "MessageStream": str, "InlineCss": bool,
}


def postmark_error(status, code, message, verdict=None):
	return json_reply(status, {"ErrorCode": code, "Message": message}, verdict or "postmark %d: %s" % (code, message))


def postmark_check(msg, cfg):
	"""Returns (ErrorCode, Message) for an invalid message object, or None."""
	if not isinstance(msg, dict):
		return 403, "Incompatible JSON: each message must be a JSON object."
	for key, value in msg.items():
		kind = POSTMARK_MEMBERS.get(key)
		if kind is None:
			return 300, "mock: unexpected member '%s'." % key
		if value is not None and not isinstance(value, kind):
			return 403, "Incompatible JSON: '%s' must be of type %s." % (key, kind.__name__)
	sender = msg.get("From") or ""
	if not sender.strip():
		return 300, "Invalid 'From' address: ''."
	senders = address_list(sender)
	if len(senders) != 1 or not valid_email(senders[0]):
		return 300, "Invalid 'From' address: '%s'." % sender
	recipients = []
	for field in ("To", "Cc", "Bcc"):
		for addr in address_list(msg.get(field) or ""):
			if "@" not in addr:
				return 300, "Error parsing '%s': Illegal email address '%s'. It must contain the '@' symbol." % (field, addr)
			if not valid_email(addr):
				return 300, "Error parsing '%s': Illegal email address '%s'." % (field, addr)
			recipients.append(addr)
	if not recipients:
		return 300, "Zero recipients specified"
	if len(recipients) > 50:
		return 300, "Invalid 'To' address: Maximum of 50 recipients allowed per email message."
	if msg.get("ReplyTo"):
		for addr in address_list(msg["ReplyTo"]):
			if not valid_email(addr):
				return 300, "Error parsing 'ReplyTo': Illegal email address '%s'." % addr
	if not msg.get("TextBody") and not msg.get("HtmlBody"):
		return 300, "Provide either email TextBody or HtmlBody or both."
	for header in msg.get("Headers") or []:
		if not isinstance(header, dict) or set(header) - {"Name", "Value"} or not isinstance(header.get("Name"), str) \
				or not header["Name"] or not isinstance(header.get("Value"), str):
			return 403, "Incompatible JSON: each header must be {\"Name\": string, \"Value\": string}."
	for att in msg.get("Attachments") or []:
		if not isinstance(att, dict) or set(att) - {"Name", "Content", "ContentType", "ContentID"}:
			return 403, "Incompatible JSON: each attachment must be an object with Name, Content, ContentType."
		if not att.get("Name"):
			return 300, "Attachment name is required."
		if not att.get("Content") or not is_base64(att["Content"], line_breaks=True):
			return 300, "Invalid attachment content - illegal base64 string."
		if att.get("ContentType") is not None and not isinstance(att["ContentType"], str):
			return 403, "Incompatible JSON: 'ContentType' must be a string."
	inactive = [a for a in recipients if a.lower().startswith("inactive@")]
	if inactive:
		return 406, ("You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: "
			"%s. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual "
			"suppression." % ", ".join(inactive))
	return None


def postmark_ok(msg):
	return {"To": msg.get("To", ""), "SubmittedAt": now_iso(), "MessageID": str(uuid.uuid4()), "ErrorCode": 0, "Message": "OK"}


def postmark(req, cfg, batch):
	parsed = {"content_type": req.header("content-type")}
	if not credential_ok(cfg, "postmark", req.header("x-postmark-server-token")):
		return parsed, postmark_error(401, 10, "The Server Token you provided in the X-Postmark-Server-Token request header "
			"was invalid. Please verify that you are using a valid token.")
	data, err = parse_json(req.body)
	parsed["json"] = data
	if err:
		parsed["json_error"] = err
	accept = (req.header("accept") or "").lower()
	if req.media_type() != "application/json" or "application/json" not in accept:
		return parsed, postmark_error(422, 409, "JSON required: the Accept and Content-Type headers must be application/json.")
	if err:
		return parsed, postmark_error(422, 402, "Received invalid JSON input.")
	# Postmark limits one message to 10 MB and a whole batch call to 50 MB.
	limit = cfg.postmark_batch_max_bytes if batch else cfg.postmark_max_bytes
	if len(req.body) > limit:
		return parsed, postmark_error(422, 300, "Message size exceeds the %d byte limit." % limit)
	if not batch:
		problem = postmark_check(data, cfg)
		if problem:
			return parsed, postmark_error(422, *problem)
		return parsed, json_reply(200, postmark_ok(data))
	if not isinstance(data, list):
		return parsed, postmark_error(422, 403, "Incompatible JSON: a batch must be a JSON array of messages.")
	if len(data) > 500:
		return parsed, postmark_error(422, 410, "Too many batch messages: you may send up to 500 messages in a batch.")
	results, failed = [], 0
	for msg in data:
		problem = postmark_check(msg, cfg)
		if problem:
			failed += 1
			results.append({"ErrorCode": problem[0], "Message": problem[1]})
		else:
			results.append(postmark_ok(msg))
	verdict = "ok" if not failed else "ok (batch: %d of %d rejected)" % (failed, len(data))
	reply = json_reply(200, results, verdict)
	reply.accepted = len(data) - failed
	return parsed, reply


# ---------------------------------------------------------------- Mailgun

MAILGUN_FIELDS = {"from", "to", "cc", "bcc", "subject", "text", "html", "amp-html", "template", "recipient-variables"}
MAILGUN_PREFIXES = ("h:", "o:", "v:", "t:")


def mailgun_error(status, message):
	return json_reply(status, {"message": message}, "mailgun %d: %s" % (status, message))


def mailgun(req, cfg, domain):
	parsed = {"content_type": req.header("content-type"), "domain": domain}
	user, password = basic_auth(req)
	if user != "api" or not credential_ok(cfg, "mailgun", password):
		return parsed, Reply(401, "Forbidden", "text/plain", "mailgun 401: Forbidden")
	if domain.startswith("unknown"):
		return parsed, mailgun_error(404, "Domain not found: %s" % domain)
	kind = req.media_type()
	if kind == "multipart/form-data":
		fields, files, err = parse_multipart(req)
	elif kind == "application/x-www-form-urlencoded":
		(fields, err), files = parse_form(req.body), []
	else:
		return parsed, mailgun_error(400, "mock: expected multipart/form-data or application/x-www-form-urlencoded, got %r" % kind)
	if err:
		return parsed, mailgun_error(400, "mock: " + err)
	parsed.update({"fields": fields, "files": files, "form": dict(fields)})
	for name, _value in fields:
		if name in ("attachment", "inline"):
			return parsed, mailgun_error(400, "mock: '%s' must be a file part with a filename" % name)
		if name not in MAILGUN_FIELDS and not name.startswith(MAILGUN_PREFIXES):
			return parsed, mailgun_error(400, "mock: unexpected parameter '%s'" % name)
	for f in files:
		if f["name"] not in ("attachment", "inline"):
			return parsed, mailgun_error(400, "mock: file part named '%s'; only 'attachment' and 'inline' carry files" % f["name"])
		if not f["filename"]:
			return parsed, mailgun_error(400, "mock: attachment part without a filename")
	form = parsed["form"]
	for name in ("from", "to"):
		if not form.get(name, "").strip():
			return parsed, mailgun_error(400, "'%s' parameter is missing" % name)
	senders = address_list(form["from"])
	if len(senders) != 1 or not valid_email(senders[0]):
		return parsed, mailgun_error(400, "'from' parameter is not a valid address. please check documentation")
	for name in ("to", "cc", "bcc"):
		for addr in address_list(form.get(name, "")):
			if not valid_email(addr):
				return parsed, mailgun_error(400, "'%s' parameter is not a valid address. please check documentation" % name)
	if not any(form.get(name) for name in ("text", "html", "template")):
		return parsed, mailgun_error(400, "Need at least one of 'text', 'html' or 'template' parameters specified")
	stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d%H%M%S")
	msg_id = "<%s.1.%s@%s>" % (stamp, uuid.uuid4().hex[:16].upper(), domain)
	return parsed, json_reply(200, {"id": msg_id, "message": "Queued. Thank you."})


# ---------------------------------------------------------------- SendGrid

SENDGRID_HELP = "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message."
SENDGRID_MEMBERS = {"personalizations", "from", "reply_to", "reply_to_list", "subject", "content", "attachments",
	"template_id", "headers", "categories", "custom_args", "send_at", "batch_id", "asm", "ip_pool_name",
	"mail_settings", "tracking_settings"}
SENDGRID_RESERVED = {"x-sg-id", "x-sg-eid", "received", "dkim-signature", "content-type", "content-transfer-encoding",
	"to", "from", "subject", "reply-to", "cc", "bcc"}


def sendgrid_errors(status, errors):
	body = {"errors": [{"message": m, "field": f, "help": (SENDGRID_HELP + h) if h else None} for m, f, h in errors]}
	return json_reply(status, body, "sendgrid %d: %s" % (status, "; ".join(m for m, _f, _h in errors)))


def sendgrid_person(value, field, errors, what):
	if not isinstance(value, dict) or set(value) - {"email", "name"}:
		errors.append(("Invalid type. Expected: object with email and optional name.", field, None))
	elif not isinstance(value.get("email"), str) or not valid_email(value["email"]):
		errors.append(("%s does not contain a valid address." % what, field + ".email", None))
	elif "name" in value and not isinstance(value["name"], str):
		errors.append(("Invalid type. Expected: string, given: %s." % type(value["name"]).__name__, field + ".name", None))
	else:
		return value["email"].lower()
	return None


def sendgrid_check(data):
	errors = []
	for key in data:
		if key not in SENDGRID_MEMBERS:
			errors.append(("mock: unexpected member '%s'." % key, key, None))
	plist = data.get("personalizations")
	if not isinstance(plist, list) or not plist:
		errors.append(("The personalizations field is required and must have at least one personalization.",
			"personalizations", "personalizations"))
		plist = []
	for i, p in enumerate(plist):
		field = "personalizations.%d" % i
		if not isinstance(p, dict):
			errors.append(("Invalid type. Expected: object, given: %s." % ("array" if isinstance(p, list) else type(p).__name__),
				field, "personalizations"))
			continue
		if not isinstance(p.get("to"), list) or not p["to"]:
			errors.append(("The to array is required for all personalization objects, and must have at least one email "
				"object with a valid email address.", field + ".to", "personalizations.to"))
		seen = set()
		for kind in ("to", "cc", "bcc"):
			people = p.get(kind) or []
			if not isinstance(people, list):
				errors.append(("Invalid type. Expected: array.", "%s.%s" % (field, kind), None))
				continue
			for j, person in enumerate(people):
				addr = sendgrid_person(person, "%s.%s.%d" % (field, kind, j), errors, "Does not contain a valid address.")
				if addr is not None and addr in seen:
					errors.append(("Each email address in the personalization block should be unique between to, cc, and "
						"bcc. We found the first duplicate instance of [%s] in the %s.%s field." % (addr, field, kind),
						"%s.%s" % (field, kind), "personalizations"))
				if addr is not None:
					seen.add(addr)
		if len(seen) > 1000:
			errors.append(("The sum of all recipients (to, cc, bcc) in a single personalization may not exceed 1000.",
				field, "personalizations"))
	if "from" not in data:
		errors.append(("The from object must be provided for every email send. It is an object that requires the email "
			"parameter, but may also contain a name parameter.  e.g. {\"email\" : \"example@example.com\"}  or "
			"{\"email\" : \"example@example.com\", \"name\" : \"Example Recipient\"}.", "from.email", "from"))
	else:
		sendgrid_person(data["from"], "from", errors, "The from email")
	if "reply_to" in data:
		sendgrid_person(data["reply_to"], "reply_to", errors, "The reply_to email")
	subject = data.get("subject")
	if not isinstance(subject, str) or not subject:
		if not (plist and all(isinstance(p, dict) and p.get("subject") for p in plist)):
			errors.append(("The subject is required. You can get around this requirement if you use a template with a "
				"subject defined or if every personalization has a subject defined.", "subject", "subject"))
	content = data.get("content")
	if not isinstance(content, list) or not content:
		errors.append(("Unless a valid template_id is provided, the content parameter is required. There must be at "
			"least one defined content block. We typically suggest both text/plain and text/html blocks are included, "
			"but only one block is required.", "content", "content"))
		content = []
	types = []
	for i, block in enumerate(content):
		if not isinstance(block, dict) or set(block) != {"type", "value"}:
			errors.append(("Invalid type. Expected: object with type and value.", "content.%d" % i, "content"))
			continue
		types.append(block["type"])
		if not isinstance(block["value"], str) or not block["value"]:
			errors.append(("The content value must be a string at least one character in length.",
				"content.%d.value" % i, "content.value"))
	if "text/plain" in types and types.index("text/plain") != 0:
		errors.append(("If present, text/plain and text/html may only be provided in that order.", "content.0.type",
			"content.type"))
	headers = data.get("headers", {})
	if not isinstance(headers, dict):
		errors.append(("Invalid type. Expected: object, given: %s." % type(headers).__name__, "headers", "headers"))
		headers = {}
	for name, value in headers.items():
		if name.lower() in SENDGRID_RESERVED:
			errors.append(("The header %s is reserved and cannot be set in the headers object." % name, "headers", "headers"))
		elif not isinstance(value, str):
			errors.append(("Invalid type. Expected: string, given: %s." % type(value).__name__, "headers." + name, "headers"))
	attachments = data.get("attachments", [])
	for i, att in enumerate(attachments if isinstance(attachments, list) else [None]):
		field = "attachments.%d" % i
		if not isinstance(att, dict):
			errors.append(("Invalid type. Expected: object.", field, "attachments"))
			continue
		if not att.get("content"):
			errors.append(("The attachment content is required.", field + ".content", "attachments.content"))
		elif not is_base64(att["content"]):
			errors.append(("The attachment content must be base64 encoded.", field + ".content", "attachments.content"))
		if not att.get("filename"):
			errors.append(("The attachment filename parameter is required.", field + ".filename", "attachments.filename"))
		if att.get("disposition", "attachment") not in ("attachment", "inline"):
			errors.append(("The disposition of your attachment can be either \"inline\" or \"attachment\".",
				field + ".disposition", "attachments.disposition"))
		if "type" in att and (not isinstance(att["type"], str) or not att["type"]):
			errors.append(("The attachment type must be a non-empty string.", field + ".type", "attachments.type"))
	return errors


def sendgrid(req, cfg):
	parsed = {"content_type": req.header("content-type")}
	auth = req.header("authorization") or ""
	if not auth:
		return parsed, sendgrid_errors(401, [("authorization required", None, None)])
	if not auth.startswith("Bearer ") or not credential_ok(cfg, "sendgrid", auth[7:]):
		return parsed, sendgrid_errors(401, [("The provided authorization grant is invalid, expired, or revoked", None, None)])
	if len(req.body) > cfg.sendgrid_max_bytes:
		return parsed, sendgrid_errors(413, [("The JSON payload you have included in your request is too large. The "
			"total message size must be below %d bytes." % cfg.sendgrid_max_bytes, None, None)])
	data, err = parse_json(req.body)
	parsed["json"] = data
	if req.media_type() != "application/json":
		return parsed, sendgrid_errors(400, [("Content-Type should be application/json.", None, None)])
	if err or not isinstance(data, dict):
		parsed["json_error"] = err or "not an object"
		return parsed, sendgrid_errors(400, [("Bad Request", None, None)])
	errors = sendgrid_check(data)
	if errors:
		return parsed, sendgrid_errors(400, errors)
	return parsed, Reply(202, b"", None, "ok", [("X-Message-Id", uuid.uuid4().hex[:22])])


# ---------------------------------------------------------------- Twilio

TWILIO_PARAMS = {"From", "To", "Body", "MessagingServiceSid", "MediaUrl", "StatusCallback", "ApplicationSid",
	"MaxPrice", "ProvideFeedback", "Attempt", "ValidityPeriod", "ForceDelivery", "ContentRetention", "AddressRetention",
	"SmartEncoded", "PersistentAction", "ShortenUrls", "ScheduleType", "SendAt", "SendAsMms", "ContentSid",
	"ContentVariables"}


def twilio_error(status, code, message):
	body = {"code": code, "message": message, "more_info": "https://www.twilio.com/docs/errors/%d" % code, "status": status}
	return json_reply(status, body, "twilio %d: %s" % (code, message))


def twilio(req, cfg, sid):
	parsed = {"content_type": req.header("content-type"), "account_sid": sid}
	user, password = basic_auth(req)
	if user != sid or not credential_ok(cfg, "twilio", password):
		return parsed, twilio_error(401, 20003, "Authenticate")
	if "application/json" not in (req.header("accept") or "").lower():
		return parsed, twilio_error(400, 21000, "mock: expected an Accept: application/json header")
	if req.media_type() != "application/x-www-form-urlencoded":
		return parsed, twilio_error(400, 21000, "mock: expected application/x-www-form-urlencoded, got %r" % req.media_type())
	fields, err = parse_form(req.body)
	if err:
		return parsed, twilio_error(400, 21000, "mock: " + err)
	parsed.update({"fields": fields, "form": dict(fields)})
	names = [name for name, _v in fields]
	for name in names:
		if name not in TWILIO_PARAMS:
			return parsed, twilio_error(400, 21000, "mock: unexpected parameter '%s'" % name)
		if names.count(name) > 1 and name != "MediaUrl":
			return parsed, twilio_error(400, 21000, "mock: parameter '%s' given more than once" % name)
	form = parsed["form"]
	if not form.get("To"):
		return parsed, twilio_error(400, 21604, "A 'To' phone number is required.")
	if not form.get("From") and not form.get("MessagingServiceSid"):
		return parsed, twilio_error(400, 21603, "A 'From' phone number is required.")
	if not form.get("Body") and not form.get("MediaUrl") and not form.get("ContentSid"):
		return parsed, twilio_error(400, 21602, "Message body is required.")
	if not _E164.match(form["To"]) or form["To"] == "+15005550001":
		return parsed, twilio_error(400, 21211, "The 'To' number %s is not a valid phone number." % form["To"])
	if form.get("From") and not _E164.match(form["From"]):
		return parsed, twilio_error(400, 21212, "The 'From' number %s is not a valid phone number, shortcode, or "
			"alphanumeric sender ID." % form["From"])
	if form["To"] == "+15005550004":
		return parsed, twilio_error(400, 21610, "Attempt to send to unsubscribed recipient")
	body = form.get("Body", "")
	if len(body) > 1600:
		return parsed, twilio_error(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
	msg_sid = "SM" + uuid.uuid4().hex
	stamp = email.utils.format_datetime(datetime.datetime.now(datetime.timezone.utc))
	uri = "/2010-04-01/Accounts/%s/Messages/%s" % (sid, msg_sid)
	return parsed, json_reply(201, {
		"account_sid": sid, "api_version": "2010-04-01", "body": body, "date_created": stamp, "date_sent": None,
		"date_updated": stamp, "direction": "outbound-api", "error_code": None, "error_message": None,
		"from": form.get("From"), "messaging_service_sid": form.get("MessagingServiceSid"), "num_media": "0",
		"num_segments": str(max(1, (len(body) + 152) // 153)), "price": None, "price_unit": "USD", "sid": msg_sid,
		"status": "queued", "subresource_uris": {"media": uri + "/Media.json"}, "to": form["To"], "uri": uri + ".json",
	})


# ---------------------------------------------------------------- routing

import mock_aws  # noqa: E402  (imports this module back; it only uses it at call time)

# A callable provider names it per request (SES and SNS share "POST /").
ROUTES = [
	(re.compile(r"/email/batch$"), "postmark", lambda req, cfg, m: postmark(req, cfg, True)),
	(re.compile(r"/email$"), "postmark", lambda req, cfg, m: postmark(req, cfg, False)),
	(re.compile(r"/v[23]/([^/]+)/messages$"), "mailgun", lambda req, cfg, m: mailgun(req, cfg, m.group(1))),
	(re.compile(r"/v3/mail/send$"), "sendgrid", lambda req, cfg, m: sendgrid(req, cfg)),
	(re.compile(r"/2010-04-01/Accounts/([^/]+)/Messages\.json$"), "twilio", lambda req, cfg, m: twilio(req, cfg, m.group(1))),
	(re.compile(r"/$"), mock_aws.provider_of, lambda req, cfg, m: mock_aws.aws(req, cfg)),
]


def dispatch(req, cfg):
	"""Returns (provider or None, parsed view, Reply) for a provider request."""
	for pattern, provider, handler in ROUTES:
		match = pattern.search(req.route)
		if match:
			if callable(provider):
				provider = provider(req)
			if req.method != "POST":
				return provider, None, json_reply(405, {"message": "Method Not Allowed"},
					"mock: %s wants POST, got %s" % (provider, req.method), [("Allow", "POST")])
			parsed, reply = handler(req, cfg, match)
			return provider, parsed, reply
	return None, None, json_reply(404, {"message": "Not Found"}, "mock: no route for %s %s" % (req.method, req.route))
