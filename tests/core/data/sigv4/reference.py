#!/usr/bin/python3
"""Independent reference for our own SigV4 vectors (standard library only).

Reads a vector file in the format described in README.md and prints the
canonical request, string to sign and Authorization value it should have, in
the file's own section format. Used to compute the expectations of the vectors
that are ours rather than AWS's (sns-publish-session-token.txt), and to
cross-check this script against AWS's published vectors:

    /usr/bin/python3 reference.py FILE            print the sections
    /usr/bin/python3 reference.py --check FILE..  compare with the file
"""
import hashlib
import hmac
import sys
import urllib.parse

DEFAULTS = {
    "access-key": "AKIDEXAMPLE",
    "secret-key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    "region": "us-east-1",
    "service": "service",
    "timestamp": "20150830T123600Z",
    "body": "",
}


def parse(path):
    fields, headers, sections, current = dict(DEFAULTS), [], {}, None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("--- "):
                current = line[4:].strip()
                sections[current] = []
            elif current is not None:
                sections[current].append(line)
            elif line.startswith("#") or not line:
                continue
            else:
                key, _, value = line.partition(": ")
                if key == "header":
                    headers.append(value)
                else:
                    fields[key] = value
    for name, lines in sections.items():
        sections[name] = "\n".join(lines).rstrip("\n")
    return fields, headers, sections


def enc(s, keep_slash=False):
    return urllib.parse.quote(s, safe="-_.~" + ("/" if keep_slash else ""))


def sign(fields, headers):
    url = urllib.parse.urlsplit(fields["url"])
    host = url.hostname
    if url.port and url.port != {"https": 443, "http": 80}[url.scheme]:
        host += ":%d" % url.port
    ts = fields["timestamp"]
    body = fields["body"].encode()
    payload = hashlib.sha256(body).hexdigest()
    hdrs = []
    for line in headers:
        name, _, value = line.partition(":")
        value = " ".join(value.split())
        if value:
            hdrs.append((name.lower(), value))
    if not any(n == "host" for n, _ in hdrs):
        hdrs.append(("host", host))
    hdrs.append(("x-amz-date", ts))
    if fields.get("token"):
        hdrs.append(("x-amz-security-token", fields["token"]))
    names = sorted(set(n for n, _ in hdrs))
    canon_headers = "".join("%s:%s\n" % (n, ",".join(v for m, v in hdrs if m == n)) for n in names)
    signed = ";".join(names)
    pairs = []
    for part in url.query.split("&"):
        if part:
            k, _, v = part.partition("=")
            pairs.append((enc(urllib.parse.unquote_plus(k)), enc(urllib.parse.unquote_plus(v))))
    query = "&".join("%s=%s" % p for p in sorted(pairs))
    path = enc(url.path or "/", keep_slash=True)
    creq = "\n".join([fields["method"], path, query, canon_headers, signed, payload])
    scope = "%s/%s/%s/aws4_request" % (ts[:8], fields["region"], fields["service"])
    sts = "\n".join(["AWS4-HMAC-SHA256", ts, scope, hashlib.sha256(creq.encode()).hexdigest()])
    key = ("AWS4" + fields["secret-key"]).encode()
    for part in (ts[:8], fields["region"], fields["service"], "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    sig = hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()
    authz = "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s" % (
        fields["access-key"], scope, signed, sig)
    return {"creq": creq, "sts": sts, "authz": authz, "signing-key": key.hex()}


def main(argv):
    if argv[:1] == ["--check"]:
        bad = 0
        for path in argv[1:]:
            fields, headers, sections = parse(path)
            got = sign(fields, headers)
            for name, want in sections.items():
                if got[name] != want:
                    bad += 1
                    print("%s: %s differs:\n%s\n--- want\n%s" % (path, name, got[name], want))
            if fields.get("signing-key") and fields["signing-key"] != got["signing-key"]:
                bad += 1
                print("%s: signing key differs" % path)
        print("%d files, %d differences" % (len(argv) - 1, bad))
        return 1 if bad else 0
    fields, headers, _ = parse(argv[0])
    got = sign(fields, headers)
    for name in ("creq", "sts", "authz"):
        print("--- " + name)
        print(got[name])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
