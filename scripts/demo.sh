#!/usr/bin/env bash
# README command 1: installs the dependencies (Debian 12, as root), builds the
# extension and runs demo/demo.php with it.
# Usage: scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-deps.sh
bash scripts/build.sh
php -n -d extension="$PWD/modules/metamta.so" demo/demo.php
