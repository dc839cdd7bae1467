"""Amazon SES (SendRawEmail) and SNS (Publish) routes of the loopback provider mock.

Both are AWS query APIs: a form POST to "/" whose Action names the call. The
mock recomputes the SigV4 signature with the secret the test gives
(--ses-secret / --sns-secret), checks the session token when one is
configured, parses the raw message with Python's email package and answers
with AWS's XML bodies. Messages starting "mock: " are our adapters' promises
(a Version parameter, signed headers) that AWS itself may not check.
"""

import base64
import binascii
import datetime
import email
import email.policy
import hashlib
import hmac
import re
import urllib.parse
import uuid

import mock_providers

SES_NS = "http://ses.amazonaws.com/doc/2010-12-01/"
SNS_NS = "http://sns.amazonaws.com/doc/2010-03-31/"
ACTIONS = {"SendRawEmail": ("ses", "2010-12-01", SES_NS), "Publish": ("sns", "2010-03-31", SNS_NS)}
SES_MAX_RAW = 10 * 1024 * 1024
SNS_MAX_TEXT = 1600
DATE_WINDOW = datetime.timedelta(minutes=15)
SIGNATURE_MISMATCH = ("The request signature we calculated does not match the signature you provided. Check your "
	"AWS Secret Access Key and signing method. Consult the service documentation for details.")
_AUTH = re.compile(r"^AWS4-HMAC-SHA256 Credential=([^/,\s]+)/(\d{8})/([a-z0-9-]+)/([a-z0-9]+)/aws4_request,\s*"
	r"SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$")


def xml_escape(text):
	return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
		.replace("'", "&apos;"))


def aws_error(status, ns, kind, code, message, service):
	body = ('<ErrorResponse xmlns="%s">\n  <Error>\n    <Type>%s</Type>\n    <Code>%s</Code>\n    <Message>%s</Message>\n'
		'  </Error>\n  <RequestId>%s</RequestId>\n</ErrorResponse>\n' % (ns, kind, code, xml_escape(message), uuid.uuid4()))
	return mock_providers.Reply(status, body, "text/xml", "%s %s: %s" % (service, code, message))


def aws_ok(service, action, ns, result_members):
	inner = "".join("<%s>%s</%s>" % (k, xml_escape(v), k) for k, v in result_members)
	body = ('<%sResponse xmlns="%s">\n  <%sResult>\n    %s\n  </%sResult>\n  <ResponseMetadata>\n'
		'    <RequestId>%s</RequestId>\n  </ResponseMetadata>\n</%sResponse>\n'
		% (action, ns, action, inner, action, uuid.uuid4(), action))
	return mock_providers.Reply(200, body, "text/xml", "ok")


def provider_of(req):
	"""ses or sns from the Action field (or the signature's service), for the log."""
	fields, _err = mock_providers.parse_form(req.body)
	action = dict(fields or []).get("Action")
	if action in ACTIONS:
		return ACTIONS[action][0]
	match = _AUTH.match(req.header("authorization") or "")
	return match.group(4) if match and match.group(4) in ("ses", "sns") else "aws"


def canonical_request(req, signed):
	"""SigV4 canonical request (AWS's published algorithm) over what arrived on the wire."""
	split = urllib.parse.urlsplit(req.path)
	path = urllib.parse.quote(split.path or "/", safe="/-_.~")
	query = sorted((urllib.parse.quote(k, safe="-_.~"), urllib.parse.quote(v, safe="-_.~"))
		for k, v in urllib.parse.parse_qsl(split.query, keep_blank_values=True))
	lines = []
	for name in signed:
		values = [v for n, v in req.header_list if n.lower() == name]
		lines.append("%s:%s\n" % (name, ",".join(" ".join(v.split()) for v in values)))
	return "\n".join([req.method, path, "&".join("%s=%s" % kv for kv in query), "".join(lines), ";".join(signed),
		hashlib.sha256(req.body).hexdigest()])


def signing_key(secret, date, region, service):
	key = ("AWS4" + secret).encode("utf-8")
	for part in (date, region, service, "aws4_request"):
		key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
	return key


def check_signature(req, cfg, service, parsed):
	"""Returns None when the request is properly signed for service, else (status, code, message)."""
	match = _AUTH.match(req.header("authorization") or "")
	if not match:
		return 403, "MissingAuthenticationToken", "Request is missing Authentication Token"
	access_key, date, region, scope_service, signed_text, signature = match.groups()
	signed = signed_text.split(";")
	parsed.update({"access_key": access_key, "region": region, "service": scope_service, "signed_headers": signed,
		"session_token": req.header("x-amz-security-token") is not None, "signature": "not checked"})
	if scope_service != service:
		return 403, "SignatureDoesNotMatch", "Credential should be scoped to correct service: '%s'." % service
	amz_date = req.header("x-amz-date") or ""
	try:
		when = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
	except ValueError:
		return 403, "IncompleteSignature", "Date must be in ISO-8601 'basic format'. Got '%s'." % amz_date
	if amz_date[:8] != date:
		return 403, "SignatureDoesNotMatch", "Credential should be scoped to a valid date: '%s'." % amz_date[:8]
	if not cfg.aws_any_date and abs(datetime.datetime.now(datetime.timezone.utc) - when) > DATE_WINDOW:
		return 403, "SignatureDoesNotMatch", "Signature expired: %s is now earlier or later than the 15 minute window." % amz_date
	for needed in ("host", "x-amz-date") + (("x-amz-security-token",) if req.header("x-amz-security-token") else ()):
		if needed not in signed:
			return 403, "SignatureDoesNotMatch", "mock: header '%s' is not signed" % needed
	if signed != sorted(signed) or any(req.header(n) is None for n in signed):
		return 403, "SignatureDoesNotMatch", "mock: SignedHeaders must be sorted and name headers that were sent"
	if cfg.aws_session_token is not None and req.header("x-amz-security-token") != cfg.aws_session_token:
		return 403, "InvalidClientTokenId", "The security token included in the request is invalid."
	secret = cfg.credentials.get(service)
	if secret is None:
		# No secret given: the access key is judged like the other providers' credentials.
		if access_key.startswith("bad"):
			return 403, "InvalidClientTokenId", "The security token included in the request is invalid."
		return None
	creq = canonical_request(req, signed)
	to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, "%s/%s/%s/aws4_request" % (date, region, service),
		hashlib.sha256(creq.encode("utf-8")).hexdigest()])
	expected = hmac.new(signing_key(secret, date, region, service), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
	if not hmac.compare_digest(expected, signature):
		parsed["signature"] = "mismatch"
		parsed["canonical_request"] = creq
		return 403, "SignatureDoesNotMatch", SIGNATURE_MISMATCH
	parsed["signature"] = "verified"
	return None


def message_summary(raw):
	"""What Python's email parser makes of a raw message: decoded headers, bodies, attachment digests."""
	msg = email.message_from_bytes(raw, policy=email.policy.default)
	summary = {"headers": [[k, str(v)] for k, v in msg.items()], "defects": [type(d).__name__ for d in msg.defects],
		"text": None, "html": None, "attachments": []}
	for part in msg.walk():
		summary["defects"].extend(type(d).__name__ for d in part.defects)
		if part.is_multipart():
			continue
		if part.get_content_disposition() == "attachment" or part.get_filename():
			data = part.get_payload(decode=True) or b""
			summary["attachments"].append({"filename": part.get_filename(), "content_type": part.get_content_type(),
				"size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
		elif part.get_content_type() in ("text/plain", "text/html"):
			summary["text" if part.get_content_type() == "text/plain" else "html"] = part.get_content()
	return msg, summary


def ses(req, cfg, form, parsed):
	raw_b64 = form.get("RawMessage.Data")
	if not raw_b64:
		return aws_error(400, SES_NS, "Sender", "InvalidParameterValue", "RawMessage.Data is required.", "ses")
	try:
		raw = base64.b64decode(raw_b64, validate=True)
	except (binascii.Error, ValueError):
		return aws_error(400, SES_NS, "Sender", "InvalidParameterValue", "Invalid base64 in RawMessage.Data.", "ses")
	if len(raw) > SES_MAX_RAW:
		return aws_error(400, SES_NS, "Sender", "InvalidParameterValue",
			"Message length is more than %d bytes long: '%d'." % (SES_MAX_RAW, len(raw)), "ses")
	msg, summary = message_summary(raw)
	parsed["message"] = summary
	senders = mock_providers.address_list(str(msg.get("From", "")))
	if len(senders) != 1 or not mock_providers.valid_email(senders[0]):
		return aws_error(400, SES_NS, "Sender", "InvalidParameterValue", "Missing final '@domain'", "ses")
	recipients = [a for h in ("To", "Cc") for a in mock_providers.address_list(str(msg.get(h, "")))]
	if not recipients:
		return aws_error(400, SES_NS, "Sender", "InvalidParameterValue", "Missing required header 'To'.", "ses")
	if len(recipients) > 50:
		return aws_error(400, SES_NS, "Sender", "InvalidParameterValue", "Recipient count exceeds 50.", "ses")
	local = senders[0].split("@")[0].lower()
	if local == "throttle":
		return aws_error(400, SES_NS, "Sender", "Throttling", "Maximum sending rate exceeded.", "ses")
	if local == "unverified":
		return aws_error(400, SES_NS, "Sender", "MessageRejected", "Email address is not verified. The following "
			"identities failed the check in region %s: %s" % (parsed.get("region", "").upper(), senders[0]), "ses")
	msg_id = "%016x-%s-000000" % (uuid.uuid4().int >> 64, uuid.uuid4())
	return aws_ok("ses", "SendRawEmail", SES_NS, [("MessageId", msg_id)])


def sns(req, cfg, form, parsed):
	number, text = form.get("PhoneNumber", ""), form.get("Message")
	if not mock_providers._E164.match(number) or len(number) < 11 or number == "+15005550001":
		return aws_error(400, SNS_NS, "Sender", "InvalidParameter",
			"Invalid parameter: PhoneNumber Reason: %s is not valid to publish to" % number, "sns")
	if not text:
		return aws_error(400, SNS_NS, "Sender", "InvalidParameter", "Invalid parameter: Empty message", "sns")
	if len(text.encode("utf-8")) > SNS_MAX_TEXT:
		return aws_error(400, SNS_NS, "Sender", "InvalidParameter",
			"Invalid parameter: Message too long", "sns")
	if number == "+15005550429":
		return aws_error(400, SNS_NS, "Sender", "Throttling", "Rate exceeded", "sns")
	if parsed.get("access_key", "").startswith("deny"):
		return aws_error(403, SNS_NS, "Sender", "AuthorizationError", "User: arn:aws:iam::123456789012:user/metamta "
			"is not authorized to perform: SNS:Publish on resource: %s" % number, "sns")
	return aws_ok("sns", "Publish", SNS_NS, [("MessageId", str(uuid.uuid4()))])


def aws(req, cfg):
	"""POST / with a form body: SES SendRawEmail or SNS Publish. Returns (parsed, Reply)."""
	parsed = {"content_type": req.header("content-type")}
	fields, err = mock_providers.parse_form(req.body)
	service, version, ns = ACTIONS.get(dict(fields or []).get("Action"), ("aws", None, SES_NS))
	if err or req.media_type() != "application/x-www-form-urlencoded":
		return parsed, aws_error(400, ns, "Sender", "InvalidParameterValue",
			"mock: expected an application/x-www-form-urlencoded body%s" % (": " + err if err else ""), service)
	parsed.update({"fields": [name for name, _v in fields], "form": {k: v for k, v in fields if k != "RawMessage.Data"}})
	if version is None:
		return parsed, aws_error(400, ns, "Sender", "InvalidAction",
			"The action %s is not valid for this web service." % dict(fields).get("Action"), service)
	problem = check_signature(req, cfg, service, parsed)
	if problem:
		return parsed, aws_error(problem[0], ns, "Sender", problem[1], problem[2], service)
	names = parsed["fields"]
	for name in set(names):
		if names.count(name) > 1:
			return parsed, aws_error(400, ns, "Sender", "InvalidParameterValue", "mock: parameter '%s' given more than once" % name, service)
	if parsed["form"].get("Version") != version:
		return parsed, aws_error(400, ns, "Sender", "InvalidParameterValue", "mock: expected Version=%s" % version, service)
	form = dict(fields)
	return parsed, (ses if service == "ses" else sns)(req, cfg, form, parsed)
