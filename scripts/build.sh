#!/usr/bin/env bash
# Builds modules/metamta.so in the source tree (phpize, configure, make).
# Usage: scripts/build.sh [extra configure flags]   (default: --enable-metamta-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
flags=("$@")
[ ${#flags[@]} -gt 0 ] || flags=(--enable-metamta-dev)
if [ ! -f Makefile ] || [ config.m4 -nt Makefile ] || [ "${METAMTA_RECONFIGURE:-}" = 1 ]; then
	# Dependency files of sources that no longer exist would stop make.
	rm -f src/*.dep ext/*.dep
	phpize >/dev/null
	./configure --enable-metamta "${flags[@]}" >/dev/null
fi
make -j"$(nproc)" >/dev/null
echo "built $(pwd)/modules/metamta.so"
