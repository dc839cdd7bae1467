#!/usr/bin/env bash
# The MIME/SMTP benchmark in one command: builds the extension if needed, then the raw-message
# build (toRawMessage vs Symfony Mime vs PHPMailer) and SMTP sends to a fresh local aiosmtpd
# (SMTPAdapter vs PHPMailer vs Symfony's EsmtpTransport; plain, then STARTTLS + AUTH). Each
# contender runs in its own PHP process; its output is checked (see bench/README.md).
# Raw figures also land in bench/results/mime_smtp.json (not committed).
# Usage: bench/run-mime.sh [--count=2000] [--smtp-count=500] [--warmup=50] [--parts=build,smtp,smtp-tls]
#                          [--contenders=metamta,symfony,phpmailer]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
mkdir -p bench/results
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $(php -r 'echo "PHP ", PHP_VERSION, " ", PHP_ZTS ? "ZTS" : "NTS", ", opcache.enable_cli=", ini_get("opcache.enable_cli") ? "1" : "0";')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews wall figures, not CPU ones)"
php bench/mime_smtp.php --json=bench/results/mime_smtp.json "$@"
