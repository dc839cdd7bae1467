#!/usr/bin/env bash
# Installs what metamta needs to build, test and benchmark on Debian 12, as root.
# Idempotent: when dpkg already has every package it makes no network call.
# Usage: scripts/setup-deps.sh
set -euo pipefail

packages=(
	# build
	gcc make pkg-config php8.2-dev php8.2-cli php-pear libcurl4-openssl-dev libssl-dev
	# checks and tests
	git php-parser valgrind clang-format openssl python3 python3-aiosmtpd
	# fuzzing (clang with libFuzzer) and the ASan phpt run (gcc's libasan, libubsan)
	clang libclang-rt-14-dev libgcc-12-dev
	# benchmark peers (pure-PHP mailers)
	php-symfony-mime php-symfony-mailer php-symfony-postmark-mailer php-symfony-http-client php8.2-curl libphp-phpmailer
)

missing=()
for pkg in "${packages[@]}"; do
	status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
	[ "$status" = installed ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
	echo "setup-deps: all ${#packages[@]} packages present"
else
	echo "setup-deps: installing ${missing[*]}"
	sudo=()
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null || { echo "setup-deps: run as root (missing: ${missing[*]})" >&2; exit 1; }
		sudo=(sudo)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get update -q
	"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The test servers are started as /usr/bin/python3 with Debian's aiosmtpd.
/usr/bin/python3 -c 'import aiosmtpd' || { echo "setup-deps: /usr/bin/python3 cannot import aiosmtpd" >&2; exit 1; }
