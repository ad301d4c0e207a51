#!/usr/bin/env bash
# Screenshot of the index page of the shipped plan, for the README.
#   scripts/screenshot.sh [OUTPUT.png]      (default: docs/index.png)
# Needs Debian's `chromium`. PYTHON selects the interpreter with kh-ical installed.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/index.png}"
python="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" -m kh_ical build --data data --out "$work/feeds" --base-url https://lich.example.vn/kh171 >/dev/null
mkdir -p "$(dirname "$out")"
# "#today=…" fixes the "next milestone" column so that the picture does not depend on the day it is taken.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1280,900 --virtual-time-budget=2000 \
  --screenshot="$(realpath -m "$out")" "file://$work/feeds/index.html#today=2023-10-01" 2>/dev/null
echo "$out"
