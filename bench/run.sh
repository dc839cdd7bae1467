#!/usr/bin/env bash
# The HTTP benchmark in one command: builds the extension if needed, then
# MetaMTA\PostmarkAdapter one at a time, MailerList::sendAll() (concurrency 16,
# without and with /email/batch) and Symfony Mailer's Postmark API transport, each
# against a fresh loopback mock (checked, then --fast), then callgrind on 200
# sequential sends of ours. Results also land in bench/results/ (not committed).
# Usage: bench/run.sh [--count=2000] [--warmup=50] [--variants=checked,fast] [--contenders=a,b] [--concurrency=16]
#        BENCH_CALLGRIND=0 bench/run.sh   (skip the callgrind part)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
mkdir -p bench/results
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $(php -r 'echo "PHP ", PHP_VERSION, " ", PHP_ZTS ? "ZTS" : "NTS", ", opcache.enable_cli=", ini_get("opcache.enable_cli") ? "1" : "0";')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews wall figures, not CPU ones)"
php bench/http_postmark.php --json=bench/results/http_postmark.json "$@"
if [ "${BENCH_CALLGRIND:-1}" != 0 ] && command -v valgrind >/dev/null; then
	php bench/http_postmark.php --callgrind=200
fi
