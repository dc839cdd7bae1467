#!/usr/bin/env bash
# Regenerates the loopback test certificates in this directory (openssl CLI only).
# The files are committed; rerun only to replace them. See ../README.md for which is which.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

days=36500
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

# A minimal `openssl ca` setup: only `openssl ca` accepts -startdate/-enddate,
# which is how the expired certificate gets a validity window in the past.
cat > "$work/ca.cnf" <<CNF
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = $work
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = any
copy_extensions = none
unique_subject = no
[ any ]
commonName = supplied
[ server_ext ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = \${ENV::SAN}
CNF
: > "$work/index.txt"
echo 1000 > "$work/serial"

make_ca() { # name, common name
	key "$1.key"
	openssl req -x509 -new -key "$1.key" -sha256 -days $days -subj "/CN=$2" \
		-addext "basicConstraints=critical,CA:TRUE" \
		-addext "keyUsage=critical,keyCertSign,cRLSign" -out "$1.pem"
}

sign() { # name, common name, SAN, extra `openssl ca` date options...
	local name=$1 cn=$2 san=$3
	shift 3
	key "$name.key"
	openssl req -new -key "$name.key" -subj "/CN=$cn" -out "$work/$name.csr"
	SAN=$san openssl ca -batch -config "$work/ca.cnf" -cert ca.pem -keyfile ca.key \
		-extensions server_ext -notext -in "$work/$name.csr" -out "$name.pem" "$@" 2>/dev/null
}

make_ca ca "metamta test CA"
make_ca other-ca "metamta other test CA"
sign server localhost "DNS:localhost,IP:127.0.0.1,IP:::1" -days $days
sign expired localhost "DNS:localhost,IP:127.0.0.1,IP:::1" -startdate 20000101000000Z -enddate 20010101000000Z
sign wrong-host wrong.example "DNS:wrong.example" -days $days

key self-signed.key
openssl req -x509 -new -key self-signed.key -sha256 -days $days -subj "/CN=localhost" \
	-addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
	-addext "basicConstraints=critical,CA:FALSE" -out self-signed.pem

rm -f other-ca.key
echo "certificates written to $(pwd)"
