#!/usr/bin/env bash
# Checks src/, ext/ and tests/ C sources against .clang-format (generated
# *_arginfo.h excluded); a difference fails. METAMTA_FORMAT_CHECK=0 makes it
# report-only (local use). A missing clang-format always fails: a check that
# cannot run must not pass.
# Usage: scripts/check-format.sh [--fix]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: clang-format not found: apt-get install clang-format" >&2; exit 1; }
mapfile -t files < <(git ls-files -co --exclude-standard -- 'src/*.[ch]' 'ext/*.[ch]' 'tests/*.[ch]' \
	| grep -v '_arginfo\.h$' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
if [ "${1:-}" = "--fix" ]; then
	clang-format --style=file -i "${files[@]}"
	echo "check-format: reformatted ${#files[@]} files"
	exit 0
fi
bad=()
for f in "${files[@]}"; do
	if ! clang-format --style=file "$f" | cmp -s "$f" -; then
		bad+=("$f")
	fi
done
if [ ${#bad[@]} -eq 0 ]; then
	echo "check-format: ${#files[@]} files formatted"
	exit 0
fi
printf 'check-format: differs from .clang-format: %s\n' "${bad[@]}"
echo "check-format: ${#bad[@]} of ${#files[@]} files differ (see: clang-format --style=file FILE | diff FILE -)"
if [ "${METAMTA_FORMAT_CHECK:-1}" = 1 ]; then
	echo "check-format: fix with scripts/check-format.sh --fix"
	exit 1
fi
echo "check-format: report-only (METAMTA_FORMAT_CHECK=0)"
