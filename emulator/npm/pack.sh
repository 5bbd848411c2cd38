#!/usr/bin/env bash
# Packs the npm packages from the workspace: the platform package with BINARY in it, and the
# launcher. Usage: pack.sh BINARY OUT_DIR. Prints the two tarballs' paths.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="$(realpath "$1")"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -r "$here/emulator-linux-x64" "$stage/"
mkdir -p "$stage/emulator-linux-x64/bin"
cp "$binary" "$stage/emulator-linux-x64/bin/telnyx-rooms-emulator"
chmod +x "$stage/emulator-linux-x64/bin/telnyx-rooms-emulator"
(cd "$stage/emulator-linux-x64" && npm pack --silent --pack-destination "$out" >/dev/null)
(cd "$here/telnyx-rooms-emulator" && npm pack --silent --pack-destination "$out" >/dev/null)
ls "$out"/telnyx-rooms-emulator-linux-x64-*.tgz "$out"/telnyx-rooms-emulator-[0-9]*.tgz
