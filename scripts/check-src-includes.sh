#!/usr/bin/env bash
# Fails when the core (src/) includes a PHP or Zend header: src/ is plain C99
# over libc, libcurl and OpenSSL (STYLE.md §2).
# Usage: scripts/check-src-includes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src -type f \( -name '*.c' -o -name '*.h' \) | sort)
if [ ${#files[@]} -eq 0 ]; then
	echo "check-src-includes: no files under src/" >&2
	exit 1
fi
# php.h, php_*.h, zend*.h, Zend/, main/, TSRM, ext/ in any #include form.
pattern='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]*/)?(php[^>"]*\.h|zend[^>"]*|Zend/|main/|TSRM|ext/)'
if hits=$(grep -nEi "$pattern" "${files[@]}"); then
	echo "$hits"
	echo "check-src-includes: src/ must not include PHP/Zend headers" >&2
	exit 1
fi
echo "check-src-includes: ${#files[@]} files clean"
