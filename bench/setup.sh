#!/usr/bin/env bash
# The benchmark's peers that npm does not bring (as root, Debian 12): pandoc from Debian, and Debian's
# fonts-noto-cjk for Typst, unpacked into node_modules/.cache/huozi-bench/ rather than installed, so the
# machine's fontconfig (and with it any Chromium fallback) stays as it was. pagedjs-cli and the Typst
# compiler are npm dev dependencies (`npm ci` with PUPPETEER_SKIP_DOWNLOAD=1, as .ci/install does).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pandoc >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends pandoc >/dev/null
fi
fonts=node_modules/.cache/huozi-bench/noto-cjk
if [ ! -f "$fonts/NotoSerifCJK-Regular.ttc" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && apt-get download fonts-noto-cjk >/dev/null 2>&1 || { apt-get update -qq && apt-get download fonts-noto-cjk >/dev/null; })
  dpkg-deb -x "$tmp"/fonts-noto-cjk_*.deb "$tmp/x"
  mkdir -p "$fonts"
  cp "$tmp"/x/usr/share/fonts/opentype/noto/*.ttc "$fonts/"
fi
