#!/usr/bin/env bash
# README command 2, and what .ci/run calls after scripts/setup-deps.sh: builds
# with --enable-metamta-dev and runs every check and test suite, printing each
# stage's result, then one line "N passed, M failed" (core tests + phpt +
# phpt under valgrind and under ASan+UBSan + one per fuzz target, plus one
# failure per failed check stage). Exits non-zero
# if any stage failed; later stages still run where they can.
#
# Environment: METAMTA_FORMAT_CHECK=0 makes formatting differences report-only;
# METAMTA_SKIP_VALGRIND=1 / METAMTA_SKIP_PECL=1 / METAMTA_SKIP_ASAN=1 /
# METAMTA_SKIP_FUZZ=1 skip those stages (local use); METAMTA_FUZZ_SECONDS sets
# the run of each fuzz target (default 30).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

total_passed=0
total_failed=0
status=0
summary=()
run_start=$(date +%s)

# record NAME RESULT SECONDS [DETAIL]: one summary row; RESULT is ok, FAILED or skipped.
record() {
	summary+=("$(printf '%-14s %-8s %5ss  %s' "$1" "$2" "$3" "${4:-}")")
	echo "== $1: $2 ($3s) ${4:-}"
	if [ "$2" = FAILED ]; then
		status=1
	fi
}

# check NAME CMD...: a stage without test counts; a failure counts as one failed test.
check() {
	local name=$1 start rc
	shift
	echo "== $name: $*"
	start=$(date +%s)
	"$@" 2>&1 | tee "$logs/$name.log"
	rc=${PIPESTATUS[0]}
	if [ "$rc" -eq 0 ]; then
		# A report-only check says so in its last line; keep that visible.
		record "$name" ok $(($(date +%s) - start)) "$(grep -o 'report-only.*' "$logs/$name.log" | tail -n1)"
	else
		total_failed=$((total_failed + 1))
		record "$name" FAILED $(($(date +%s) - start)) "(exit $rc)"
	fi
	return "$rc"
}

# Removes what run-tests.php left beside a .phpt (only files named after one).
clean_phpt_output() {
	local t base
	while IFS= read -r t; do
		base=${t%.phpt}
		rm -f "$base".{diff,exp,log,out,mem,php,sh,skip.php,clean.php}
	done < <(find tests -name '*.phpt' -not -path 'tests/core/*')
}

# phpt NAME [run-tests flags...]: runs the phpt suite (all of tests/ but tests/core)
# of the current directory; with asan_dir set, against that ASan build.
phpt() {
	local name=$1 start rc p f l b w s
	shift
	mapfile -t tests < <(find tests -name '*.phpt' -not -path 'tests/core/*' | sort)
	echo "== $name: ${#tests[@]} tests"
	if [ ${#tests[@]} -eq 0 ]; then
		record "$name" ok 0 "no phpt tests found"
		return 0
	fi
	clean_phpt_output
	start=$(date +%s)
	if [ -n "${asan_dir:-}" ]; then
		# The ASan copy: run-tests.php under the plain php, each test under the
		# wrapper; two workers (ASan triples memory use).
		# A generous per-test bound: under ASan's allocator the 20 MB wire test
		# spends about 100 s in mmap/munmap (it takes 3 s natively).
		NO_INTERACTION=1 php -n run-tests.php -n -p "$asan_dir/tests/asan/php-asan" \
			-d "extension=$asan_dir/modules/metamta.so" -j2 --set-timeout 600 --show-diff "$@" "${tests[@]}"
	else
		NO_INTERACTION=1 make test TESTS="-j$(nproc) --show-diff $* ${tests[*]}"
	fi 2>&1 | tee "$logs/$name.log"
	rc=${PIPESTATUS[0]}
	p=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$logs/$name.log" | tail -n1)
	f=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$logs/$name.log" | tail -n1)
	l=$(sed -n 's/^Tests leaked *: *\([0-9]*\).*/\1/p' "$logs/$name.log" | tail -n1)
	b=$(sed -n 's/^Tests borked *: *\([0-9]*\).*/\1/p' "$logs/$name.log" | tail -n1)
	w=$(sed -n 's/^Tests warned *: *\([0-9]*\).*/\1/p' "$logs/$name.log" | tail -n1)
	s=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$logs/$name.log" | tail -n1)
	p=${p:-0} f=${f:-0} l=${l:-0} b=${b:-0} w=${w:-0} s=${s:-0}
	# Leaks and valgrind errors are LEAK results; run-tests.php exits 1 on them,
	# but the counts are checked too so a changed exit convention cannot hide one.
	local bad=$((f + l + b + w))
	if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
		bad=1
	fi
	total_passed=$((total_passed + p))
	total_failed=$((total_failed + bad))
	local detail="$p passed, $bad failed ($f failed, $l leaked, $b borked, $w warned), $s skipped"
	if [ "$bad" -eq 0 ] && [ "$rc" -eq 0 ]; then
		record "$name" ok $(($(date +%s) - start)) "$detail"
	else
		record "$name" FAILED $(($(date +%s) - start)) "$detail"
	fi
}

# core: the C tests of src/ under ASan + UBSan; counts from the Makefile's total line.
core() {
	local start rc p f
	echo "== core: make -C tests/core"
	start=$(date +%s)
	make -C tests/core 2>&1 | tee "$logs/core.log"
	rc=${PIPESTATUS[0]}
	p=$(sed -n 's/^core: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$logs/core.log" | tail -n1)
	f=$(sed -n 's/^core: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$logs/core.log" | tail -n1)
	p=${p:-0} f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	total_passed=$((total_passed + p))
	total_failed=$((total_failed + f))
	if [ "$rc" -eq 0 ] && [ "$f" -eq 0 ]; then
		record core ok $(($(date +%s) - start)) "$p passed, $f failed"
	else
		record core FAILED $(($(date +%s) - start)) "$p passed, $f failed (exit $rc)"
	fi
}

# fuzz: each libFuzzer target for a bounded time; counts from run.sh's total line.
fuzz() {
	local start rc p f
	echo "== fuzz: tests/fuzz/run.sh ${METAMTA_FUZZ_SECONDS:-30}"
	start=$(date +%s)
	tests/fuzz/run.sh "${METAMTA_FUZZ_SECONDS:-30}" 2>&1 | tee "$logs/fuzz.log"
	rc=${PIPESTATUS[0]}
	p=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$logs/fuzz.log" | tail -n1)
	f=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$logs/fuzz.log" | tail -n1)
	p=${p:-0} f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	total_passed=$((total_passed + p))
	total_failed=$((total_failed + f))
	if [ "$rc" -eq 0 ] && [ "$f" -eq 0 ]; then
		record fuzz ok $(($(date +%s) - start)) "$p passed, $f failed"
	else
		record fuzz FAILED $(($(date +%s) - start)) "$p passed, $f failed (exit $rc)"
	fi
}

# phpt-asan: the phpt suite against a copy of the extension built with
# ASan + UBSan (scripts/asan-build.sh --probe, which first proves a leak and
# an overflow are caught), run in that copy through tests/asan/php-asan.
phpt_asan() {
	local dir
	if ! check asan-build scripts/asan-build.sh --probe; then
		total_failed=$((total_failed + 1))
		record phpt-asan FAILED 0 "not run: the ASan build or its probes failed"
		return
	fi
	dir=$(tail -n1 "$logs/asan-build.log")
	pushd "$dir" >/dev/null || return
	asan_dir=$dir phpt phpt-asan
	popd >/dev/null || return
}

# pecl: packs package.xml and installs the tarball offline into the system PHP,
# checks that PHP loads it, then uninstalls it so the system is as it was.
pecl_roundtrip() {
	local tmp version
	tmp=$(mktemp -d)
	version=$(sed -n 's#.*<release>\([0-9][^<]*\)</release>.*#\1#p' package.xml | head -n1)
	# A PEAR validation warning is a packaging bug too, so it fails the stage;
	# all but "Release Date ... is not today": the date is stamped when a
	# release is cut (php scripts/package-xml.php --release), and
	# package-xml.php --check keeps it a real, past date.
	if ! (cd "$tmp" && pecl package "$root/package.xml") >"$tmp/package.log" 2>&1 ||
		grep -i warning "$tmp/package.log" | grep -qv 'Release Date "[0-9-]*" is not today'; then
		cat "$tmp/package.log"
		rm -rf "$tmp"
		return 1
	fi
	cat "$tmp/package.log"
	[ -f "$tmp/metamta-$version.tgz" ] || { echo "pecl package made no metamta-$version.tgz"; rm -rf "$tmp"; return 1; }
	if pecl list 2>/dev/null | grep '^metamta ' >/dev/null; then
		echo "removing a metamta left installed by an earlier run"
		pecl uninstall metamta >/dev/null
	fi
	local rc=0
	pecl install --offline -D 'enable-metamta-dev="no"' "$tmp/metamta-$version.tgz" </dev/null >"$tmp/install.log" 2>&1 || rc=$?
	tail -n 5 "$tmp/install.log"
	if [ "$rc" -eq 0 ]; then
		if php -n -d extension=metamta -m | grep -x metamta >/dev/null &&
			[ "$(php -n -d extension=metamta -r 'echo phpversion("metamta");')" = "$version" ]; then
			echo "php -n -d extension=metamta -m lists metamta $version"
		else
			echo "the installed metamta does not load"
			rc=1
		fi
	else
		cat "$tmp/install.log"
	fi
	pecl uninstall metamta >/dev/null 2>&1 || true
	rm -rf "$tmp"
	return "$rc"
}

built=0
if check build env METAMTA_RECONFIGURE=1 scripts/build.sh --enable-metamta-dev; then
	built=1
fi
check src-includes scripts/check-src-includes.sh
check arginfo scripts/gen-arginfo.sh --check
check package-xml php -n scripts/package-xml.php --check
check format scripts/check-format.sh
core
if [ "$built" = 1 ]; then
	phpt phpt
	if [ "${METAMTA_SKIP_VALGRIND:-0}" = 1 ]; then
		record phpt-valgrind skipped 0 "METAMTA_SKIP_VALGRIND=1"
	else
		# Test servers (Python, openssl, the fake sendmail) are children of the
		# PHP under test; valgrind checks our extension, not them.
		vgopts="--leak-check=full --errors-for-leak-kinds=definite --trace-children-skip=*python*,*.py,*/openssl,/bin/true"
		if [ -f tests/vg.supp ]; then
			vgopts="$vgopts --suppressions=$root/tests/vg.supp"
		fi
		# PCRE's JIT reads 16 bytes at a time past the subject's end by design,
		# which valgrind reports as invalid reads in code it cannot symbolize.
		USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 VALGRIND_OPTS="$vgopts" phpt phpt-valgrind -m --show-mem -d pcre.jit=0 --set-timeout 1200
	fi
else
	total_failed=$((total_failed + 2))
	record phpt FAILED 0 "not run: the build failed"
	record phpt-valgrind FAILED 0 "not run: the build failed"
fi
if [ "${METAMTA_SKIP_ASAN:-0}" = 1 ]; then
	record phpt-asan skipped 0 "METAMTA_SKIP_ASAN=1"
else
	phpt_asan
fi
if [ "${METAMTA_SKIP_FUZZ:-0}" = 1 ]; then
	record fuzz skipped 0 "METAMTA_SKIP_FUZZ=1"
else
	fuzz
fi
if [ "${METAMTA_SKIP_PECL:-0}" = 1 ]; then
	record pecl skipped 0 "METAMTA_SKIP_PECL=1"
elif [ "$(id -u)" -ne 0 ]; then
	record pecl skipped 0 "needs root to install into the system PHP"
else
	check pecl pecl_roundtrip
fi
clean_phpt_output

echo
echo "== summary (total $(($(date +%s) - run_start))s)"
printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
exit "$status"
