#!/usr/bin/python3
"""Independent MIME check for the phpt suite: a raw message on stdin (or a file), a JSON summary out.

The parse is Python's `email` package with policy=email.policy.default, so it is a second opinion
on what the extension writes: headers decoded (RFC 2047), the content-type tree, text parts decoded,
attachments (RFC 2231 filenames) with sha256 and size, and wire checks on the raw bytes (line
lengths, bare CR/LF, 8-bit data, transfer encodings, parser defects). See README-smtp.md.
"""

import hashlib
import json
import re
import sys
from email import policy
from email.parser import BytesParser

sys.dont_write_bytecode = True  # importing peer_common must not leave __pycache__ in the tree
from peer_common import finish

ADDRESS_HEADERS = ("from", "sender", "reply-to", "to", "cc", "bcc")
ALLOWED_CTE = ("7bit", "quoted-printable", "base64")


def split_lines(raw):
    """Physical lines without their terminator, and the terminator kinds seen."""
    lines = re.split(rb"\r\n|\n|\r", raw)
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def line_checks(raw, boundaries):
    crlf = raw.count(b"\r\n")
    bare_lf = raw.count(b"\n") - crlf
    bare_cr = raw.count(b"\r") - crlf
    lines = split_lines(raw)
    lengths = [len(line) for line in lines]
    # Header blocks: the message's own, then one after each boundary delimiter line.
    delimiters = {b"--" + b for b in boundaries}
    closers = {b"--" + b + b"--" for b in boundaries}
    top_over = part_over = 0
    in_header, top = True, True
    for line in lines:
        stripped = line.rstrip(b" \t")
        if in_header and line == b"":
            in_header, top = False, False
        elif in_header and len(line) > 78:
            if top:
                top_over += 1
            else:
                part_over += 1
        elif not in_header and stripped in delimiters:
            in_header = True
        elif not in_header and stripped in closers:
            in_header = False
    return {
        "lines": len(lines),
        "crlf": crlf,
        "bare_lf": bare_lf,
        "bare_cr": bare_cr,
        "max_line_length": max(lengths, default=0),
        "lines_over_998": sum(1 for n in lengths if n > 998),
        "lines_over_78": sum(1 for n in lengths if n > 78),
        "header_lines_over_78": top_over,
        "part_header_lines_over_78": part_over,
        "eight_bit_bytes": sum(1 for b in raw if b > 127),
        "nul_bytes": raw.count(b"\x00"),
    }


def addresses(value):
    out = []
    for addr in getattr(value, "addresses", ()):
        out.append({"name": addr.display_name, "address": addr.addr_spec})
    return out


def describe(part, summary, path):
    """Fills the tree node for part and adds text parts and attachments to summary."""
    ctype = part.get_content_type()
    node = {"path": path, "type": ctype}
    cte = part.get("Content-Transfer-Encoding")
    node["cte"] = None if cte is None else str(cte).strip().lower()
    disposition = part.get_content_disposition()
    if disposition:
        node["disposition"] = disposition
    if part.is_multipart():
        node["boundary"] = part.get_boundary()
        node["parts"] = [describe(child, summary, f"{path}.{i + 1}" if path else str(i + 1))
                         for i, child in enumerate(part.iter_parts())]
        return node
    node["charset"] = part.get_content_charset()
    effective = node["cte"] or "7bit"
    summary["transfer_encodings"].append({"path": path, "type": ctype, "cte": node["cte"],
                                          "allowed": effective in ALLOWED_CTE})
    filename = part.get_filename()
    if filename is not None:
        node["filename"] = filename
    if part.get_content_maintype() == "text" and disposition != "attachment" and filename is None:
        try:
            body = part.get_content()
        except (LookupError, ValueError) as err:
            body = None
            summary["errors"].append(f"{path or 'body'}: {err}")
        summary["text_parts"].append({"path": path, "type": ctype, "charset": node["charset"],
                                      "cte": node["cte"], "text": body})
    elif part.get_content_maintype() != "message":
        data = part.get_payload(decode=True) or b""
        summary["attachments"].append({"path": path, "filename": filename, "type": ctype,
                                       "disposition": disposition, "size": len(data),
                                       "sha256": hashlib.sha256(data).hexdigest(),
                                       "content_id": part.get("Content-ID")})
    return node


def collect_boundaries(part, out):
    if part.is_multipart():
        boundary = part.get_boundary()
        if boundary:
            out.append(boundary.encode("ascii", "replace"))
        for child in part.iter_parts():
            collect_boundaries(child, out)
    return out


def collect_defects(part, path, out):
    for defect in part.defects:
        out.append(f"{path or 'message'}: {type(defect).__name__}")
    if part.is_multipart():
        for i, child in enumerate(part.iter_parts()):
            collect_defects(child, f"{path}.{i + 1}" if path else str(i + 1), out)
    return out


def summarize(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    summary = {"headers": [], "header": {}, "raw_headers": [], "addresses": {},
               "text_parts": [], "attachments": [], "transfer_encodings": [], "errors": []}
    # raw_items() holds the folded source text; items() the same headers parsed and decoded.
    for (name, value), (_, raw_text) in zip(msg.items(), msg.raw_items()):
        decoded = str(value)
        summary["headers"].append([name, decoded])
        summary["header"].setdefault(name.lower(), decoded)
        summary["raw_headers"].append([name, raw_text])
        if name.lower() in ADDRESS_HEADERS:
            summary["addresses"].setdefault(name.lower(), []).extend(addresses(value))
    summary["structure"] = describe(msg, summary, "")
    summary["defects"] = collect_defects(msg, "", [])
    summary["checks"] = line_checks(raw, collect_boundaries(msg, []))
    summary["checks"]["all_cte_allowed"] = all(t["allowed"] for t in summary["transfer_encodings"])
    return summary


def main(argv):
    if argv and argv[0] != "-":
        with open(argv[0], "rb") as f:
            raw = f.read()
    else:
        raw = sys.stdin.buffer.read()
    # Undecodable header bytes arrive as surrogate escapes; show them as \udcXX rather than fail.
    out = json.dumps(summarize(raw), ensure_ascii=False, separators=(",", ":")) + "\n"
    sys.stdout.buffer.write(out.encode("utf-8", "backslashreplace"))
    return 0


if __name__ == "__main__":
    sys.exit(finish(main(sys.argv[1:])))
