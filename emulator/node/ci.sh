#!/usr/bin/env bash
# The emulator as a Node team's CI runs it: install Telnyx's official Node SDK, start the server
# in the background (stdin closed), wait on its ready file, run test_official_sdk.mjs, stop it
# with SIGTERM and check it exits 0. Usage: ci.sh EMULATOR_BINARY [WORK_DIR].
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="$1"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"

echo "== install Telnyx's official Node SDK"
cp "$here/test_official_sdk.mjs" "$work/"
(cd "$work" && npm install --silent --no-audit --no-fund --no-save telnyx@7.24.0 >/dev/null)

echo "== start the emulator in the background, stdin closed"
ready="$work/emulator.ready"
rm -f "$ready"
"$binary" --port 0 --ready-file "$ready" </dev/null >"$work/emulator.log" 2>&1 &
pid=$!
for _ in $(seq 1 400); do [ -s "$ready" ] && break; sleep 0.05; done
if [ ! -s "$ready" ]; then
    echo "the emulator never became ready"; cat "$work/emulator.log"; kill "$pid"; exit 1
fi

echo "== the official Node SDK against it"
(cd "$work" && node test_official_sdk.mjs "$ready")

echo "== stop it"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
if [ "$status" -ne 0 ]; then echo "the emulator exited $status after SIGTERM"; exit 1; fi
echo "node: the official SDK ran against the emulator, which stopped on SIGTERM with exit 0"
