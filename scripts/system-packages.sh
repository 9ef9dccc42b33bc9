#!/usr/bin/env bash
# Debian/Ubuntu libraries Qt 6 (PySide6 wheels) needs on a fresh machine, plus the tools the
# tests use (espeak-ng voice, poppler for PDFs, Xvfb for real windows, Dovecot IMAP and
# openssl for the mail tests). Needs root; skipped
# with a hint when not root or not Debian-like.
set -euo pipefail
RUNTIME=(libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libxrender1
  libpulse0 libspeechd2 espeak-ng fonts-dejavu-core)
TEST=(poppler-utils xvfb xdotool sox dovecot-imapd openssl)
want=("${RUNTIME[@]}")
[ "${1:-}" = "--test" ] && want+=("${TEST[@]}")

command -v dpkg-query >/dev/null || { echo "not Debian-like: install Qt 6 runtime libraries yourself"; exit 0; }
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
