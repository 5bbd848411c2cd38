#!/usr/bin/env bash
# The npm package as a Node team gets it: packed from the workspace, installed from its
# tarballs into an empty folder (the registry is the only network: for Telnyx's official SDK),
# `npx telnyx-rooms-emulator` run, and a room's life run with the official SDK through the
# package's helper. Usage: ci.sh EMULATOR_BINARY WORK_DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="$(realpath "$1")"
case "${2:-}" in
    "" | / | "$HOME") echo "ci.sh: give a work folder of its own (it is emptied first)" >&2; exit 2 ;;
esac
rm -rf "$2"
mkdir -p "$2/tarballs" "$2/app"
work="$(cd "$2" && pwd)"

echo "== pack"
"$here/pack.sh" "$binary" "$work/tarballs"

echo "== install into an empty folder"
cp "$here/test/room_life.mjs" "$work/app/"
cd "$work/app"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund \
    "$work"/tarballs/telnyx-rooms-emulator-linux-x64-*.tgz \
    "$work"/tarballs/telnyx-rooms-emulator-[0-9]*.tgz \
    telnyx@7.24.0 >/dev/null

echo "== npx telnyx-rooms-emulator --help"
help="$(npx --no-install telnyx-rooms-emulator --help)"
printf '%s\n' "$help" | sed -n 1,3p

echo "== the official Node SDK through the package's helper"
node room_life.mjs
echo "npm: installed from its tarballs, ran a room's life with the official SDK"
