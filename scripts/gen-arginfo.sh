#!/usr/bin/env bash
# Regenerates ext/*_arginfo.h from ext/*.stub.php with PHP 8.2's gen_stub.php,
# offline: Debian's php-parser is linked in where gen_stub.php looks for it.
# Usage: scripts/gen-arginfo.sh [--check]   (--check fails if a header changes)
set -euo pipefail
cd "$(dirname "$0")/.."
src=/usr/lib/php/$(basename "$(php-config --extension-dir)")/build/gen_stub.php
[ -f "$src" ] || src=$(find /usr/lib/php -name gen_stub.php | head -n1)
[ -f "$src" ] || { echo "gen_stub.php not found: apt-get install php8.2-dev" >&2; exit 1; }
[ -d /usr/share/php/PhpParser ] || { echo "PhpParser not found: apt-get install php-parser" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src" "$work/gen_stub.php"
mkdir -p "$work/PHP-Parser-4.15.1/lib"
ln -s /usr/share/php/PhpParser "$work/PHP-Parser-4.15.1/lib/PhpParser"
out=$(php "$work/gen_stub.php" --force-regeneration ext/ 2>&1) || { echo "$out" >&2; exit 1; }
if [ "${1:-}" = "--check" ]; then
	git diff --exit-code -- 'ext/*_arginfo.h' || { echo "arginfo headers are stale: run scripts/gen-arginfo.sh and commit" >&2; exit 1; }
	if [ -n "$(git ls-files --others --exclude-standard -- 'ext/*_arginfo.h')" ]; then
		echo "untracked arginfo headers: commit them" >&2; exit 1
	fi
fi
