# Parses a message written by the MIME writer with Python's email package
# and prints what a reader would see, one fact per line, values in hex so
# the C test can compare bytes exactly:
#   defects N              parser defects in all parts (0 = well-formed)
#   header NAME HEX        every top-level header, decoded (RFC 2047)
#   raw NAME HEX           every top-level header decoded by the RFC 2047
#                          decoder alone (email.header), which unlike the
#                          3.11 address parser drops the space between two
#                          encoded words of a display name (RFC 2047 §6.2)
#   addr FIELD HEXNAME HEXADDR   each address of From/To/Cc/Reply-To
#   part TYPE HEXFILENAME HEXDATA  each leaf part, decoded; text bodies with
#                          LF line breaks, attachments byte for byte
import email
import email.header
import email.policy
import sys


def h(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return s.hex() or "-"


with open(sys.argv[1], "rb") as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)
defects = 0
for part in msg.walk():
    defects += len(part.defects)
    for value in part.values():
        defects += len(getattr(value, "defects", ()))
print("defects", defects)
for name, value in msg.items():
    print("header", name.lower(), h(str(value)))
    if name.lower() in ("from", "to", "cc", "reply-to"):
        for a in value.addresses:
            print("addr", name.lower(), h(a.display_name), h(a.addr_spec))
with open(sys.argv[1], "rb") as f:
    raw = email.message_from_binary_file(f)
for name, value in raw.items():
    text = str(email.header.make_header(email.header.decode_header(value)))
    print("raw", name.lower(), h(text))
for part in msg.walk():
    if part.is_multipart():
        print("multipart", part.get_content_type())
        continue
    data = part.get_payload(decode=True)
    if part.get_content_disposition() != "attachment":
        data = data.replace(b"\r\n", b"\n")
    print("part", part.get_content_type(), h(part.get_filename() or ""), h(data))
