#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each one for a bounded time (default
# 30 s; nproc targets at a time), starting from its seeds in seeds/<name>/
# plus what earlier runs found (build/corpus/<name>/, not committed). Fails
# when any target crashes, leaks, trips a sanitizer or an invariant; the
# input that did it is kept as build/crashes/<name>-crash-*; replay with
#   tests/fuzz/build/fuzz_<name> tests/fuzz/build/crashes/<name>-crash-...
# The last line is "fuzz: N passed, M failed" (one per target).
# Usage: tests/fuzz/run.sh [seconds-per-target]    (a long run: tests/fuzz/run.sh 3600)
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
jobs=$(nproc)
make -j"$jobs" >/dev/null || { echo "fuzz: build failed"; echo "fuzz: 0 passed, 1 failed"; exit 1; }
mkdir -p build/logs build/crashes

# run_one NAME: one bounded run; its exit status is libFuzzer's.
run_one() {
	local name=$1
	mkdir -p "build/corpus/$name"
	"build/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="build/crashes/$name-" "build/corpus/$name" "seeds/$name" >"build/logs/$name.log" 2>&1
}

mapfile -t names < <(ls fuzz_*.c | sed 's/^fuzz_\(.*\)\.c$/\1/')
declare -A pids
passed=0 failed=0
for ((i = 0; i < ${#names[@]}; i += jobs)); do
	for name in "${names[@]:i:jobs}"; do
		run_one "$name" &
		pids[$name]=$!
	done
	for name in "${names[@]:i:jobs}"; do
		rc=0
		wait "${pids[$name]}" || rc=$?
		runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "build/logs/$name.log" | tail -n1)
		if [ "$rc" -eq 0 ]; then
			passed=$((passed + 1))
			echo "fuzz_$name: ok, ${runs:-? runs}, $(ls "seeds/$name" | wc -l) seeds"
		else
			failed=$((failed + 1))
			echo "fuzz_$name: FAILED (exit $rc); log build/logs/$name.log"
			grep -E 'invariant failed|ERROR:|SUMMARY:|Test unit written' "build/logs/$name.log" | head -n 5
		fi
	done
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
