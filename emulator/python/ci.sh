#!/usr/bin/env bash
# The emulator as a Python team's CI runs it, step by step:
#   1. build the wheel (maturin's `bin` bindings: the Rust binary inside a Python wheel);
#   2. install it into a fresh virtual environment, with Telnyx's official Python SDK;
#   3. start the server in the background, stdin closed, and wait on its ready file;
#   4. run the SDK test (tests/test_official_sdk.py) against it;
#   5. stop it with SIGTERM while a request is in flight: the request completes, exit code 0.
# Usage: ci.sh [WORK_DIR]. Needs python3 (with venv) and the package registries; cargo only for
# step 1 (a team that installs a published wheel skips it). WHEEL_PROFILE=release for a release
# build (default: dev, which is quicker to build here).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
emulator="$(dirname "$here")"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
profile="${WHEEL_PROFILE:-dev}"
# The workspace's build directory (cargo does not hold its lock while tests run), so that what
# the tests compiled serves the wheel's build; WHEEL_TARGET_DIR chooses another.
export CARGO_TARGET_DIR="${WHEEL_TARGET_DIR:-$emulator/../target}"

echo "== 1. build the wheel (maturin, bin bindings, $profile profile)"
python3 -m venv "$work/build-env"
"$work/build-env/bin/pip" install -q --disable-pip-version-check maturin==1.16.0
rm -rf "$work/wheels"
(cd "$emulator" && "$work/build-env/bin/maturin" build --profile "$profile" \
    --compatibility linux --out "$work/wheels" --quiet)
wheel=$(ls "$work"/wheels/telnyx_rooms_emulator-*.whl)
echo "built $(basename "$wheel")"

echo "== 2. install it, with Telnyx's official SDK, into a fresh virtual environment"
rm -rf "$work/ci-env"
python3 -m venv "$work/ci-env"
"$work/ci-env/bin/pip" install -q --disable-pip-version-check "$wheel" "telnyx[webhooks]==4.189.0"

echo "== 3. start it in the background, stdin closed, and wait until it is ready"
ready="$work/emulator.ready"
rm -f "$ready"
"$work/ci-env/bin/telnyx-rooms-emulator" --port 0 --latency 200 --ready-file "$ready" \
    </dev/null >"$work/emulator.log" 2>&1 &
pid=$!
for _ in $(seq 1 400); do [ -s "$ready" ] && break; sleep 0.05; done
if [ ! -s "$ready" ]; then
    echo "the emulator never became ready"; cat "$work/emulator.log"; kill "$pid"; exit 1
fi
base=$(sed -n 's/^listening //p' "$ready")
echo "ready at $base"

echo "== 4. the official SDK against it"
"$work/ci-env/bin/python" "$here/tests/test_official_sdk.py" "$ready"

echo "== 5. SIGTERM with a request in flight"
"$work/ci-env/bin/python" - "$base/rooms" >"$work/in-flight" <<'PY' &
import sys, urllib.request
request = urllib.request.Request(sys.argv[1], headers={"authorization": "Bearer KEY0ANY"})
print(urllib.request.urlopen(request).status)
PY
client=$!
sleep 0.1
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
wait "$client"
if [ "$status" -ne 0 ]; then echo "the emulator exited $status after SIGTERM"; exit 1; fi
if [ "$(cat "$work/in-flight")" != "200" ]; then echo "the request in flight was lost"; exit 1; fi
if [ -e "$ready" ]; then echo "the ready file was left behind"; exit 1; fi
echo "wheel: installed without Rust, served the official Python SDK, stopped on SIGTERM (exit 0, the request in flight answered 200)"
