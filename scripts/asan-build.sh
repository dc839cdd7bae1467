#!/usr/bin/env bash
# Builds a second copy of the extension with gcc's -fsanitize=address,undefined
# in a scratch directory (the worktree's own modules/ stays as it is), with the
# RTLD_DEEPBIND shim and the tests/asan/php-asan wrapper beside it. The last
# line printed is the scratch directory; run the phpt suite there with
#   php -n run-tests.php -n -p DIR/tests/asan/php-asan -d extension=DIR/modules/metamta.so -j2 tests/...
# (scripts/test.sh, stage phpt-asan, does exactly that).
#
# --probe also builds tests/asan/probes (an extension with a deliberate leak
# and a deliberate overflow in core code) and checks that the wrapper catches
# both and passes a probe-free run: exit 0 only if all three hold.
#
# Usage: scripts/asan-build.sh [--probe]    Scratch dir: $METAMTA_ASAN_DIR or /tmp/metamta-asan-<hash>
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir=${METAMTA_ASAN_DIR:-${TMPDIR:-/tmp}/metamta-asan-$(printf '%s' "$root" | cksum | cut -d' ' -f1)}
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all"
cflags="-g -O1 -fno-omit-frame-pointer $sanitize"

# The tracked and new (not ignored) files; tar keeps their times, so make
# rebuilds only what changed since the last copy.
mkdir -p "$dir"
git ls-files -co --exclude-standard -z | tar -C "$root" --null -T - -cf - | tar -C "$dir" -xf -
cd "$dir"
if [ ! -f Makefile ] || [ config.m4 -nt Makefile ]; then
	rm -f src/*.dep ext/*.dep
	phpize >/dev/null 2>&1
	CC=gcc CFLAGS="$cflags" LDFLAGS="$sanitize" ./configure --enable-metamta --enable-metamta-dev >/dev/null
fi
make -j"$(nproc)" >/dev/null
gcc -shared -fPIC -O2 -Wall -o tests/asan/deepbind_shim.so tests/asan/deepbind_shim.c -ldl
printf 'METAMTA_LIBASAN=%s\nMETAMTA_LIBUBSAN=%s\n' "$(gcc -print-file-name=libasan.so)" \
	"$(gcc -print-file-name=libubsan.so)" >tests/asan/asan.env
php=$dir/tests/asan/php-asan
echo "asan-build: built $dir/modules/metamta.so"

if [ "${1:-}" = --probe ]; then
	probe=$dir/probe
	mkdir -p "$probe"
	cp tests/asan/probes/config.m4 tests/asan/probes/metamta_probe.c src/mm_alloc.[ch] src/buffer.[ch] "$probe/"
	(
		cd "$probe"
		if [ ! -f Makefile ] || [ config.m4 -nt Makefile ]; then
			phpize >/dev/null 2>&1
			CC=gcc CFLAGS="$cflags" LDFLAGS="$sanitize" ./configure --enable-metamta-probe >/dev/null
		fi
		make -j"$(nproc)" >/dev/null
	)
	run=("$php" -n -d "extension=$dir/modules/metamta.so" -d "extension=$probe/modules/metamta_probe.so")
	failed=0
	# probe NAME PHP-CODE EXPECTED-REPORT: the wrapper must exit non-zero and
	# print the report with the probe function in its stack.
	probe() {
		local out rc=0
		out=$("${run[@]}" -r "$2" 2>&1) || rc=$?
		if [ "$rc" -ne 0 ] && grep -q "$3" <<<"$out" && grep -q "zif_$1" <<<"$out"; then
			echo "asan-probe $1: caught ($3, exit $rc)"
		else
			echo "asan-probe $1: NOT caught (exit $rc)"
			echo "$out" | tail -n 20
			failed=1
		fi
	}
	probe metamta_probe_leak 'metamta_probe_leak(); echo "leaked\n";' 'LeakSanitizer: detected memory leaks'
	probe metamta_probe_overflow 'metamta_probe_overflow();' 'heap-buffer-overflow'
	# The same PHP with both extensions loaded and used, minus the bugs, must
	# be clean: the reports above come from the probes, not from PHP.
	if out=$("${run[@]}" -r '$a = new MetaMTA\EmailAddress("A <a@example.com>"); echo $a, "\n";' 2>&1) &&
		[ "$out" = "\"A\" <a@example.com>" ]; then
		echo "asan-probe control: clean"
	else
		echo "asan-probe control: NOT clean"
		echo "$out" | tail -n 40
		failed=1
	fi
	[ "$failed" = 0 ] || exit 1
fi
echo "$dir"
