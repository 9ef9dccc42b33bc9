#!/usr/bin/env bash
# Make the emupos ESC/POS emulator available for the printing integration tests.
# emupos needs Python >= 3.13, the project runs on 3.11+: it lives in a venv of its own.
# Prints the path of the emupos binary. Tests find it via PST_EMUPOS or this default path.
set -euo pipefail

EMUPOS_VERSION="${EMUPOS_VERSION:-0.4.0}"
PYTHON313="${PYTHON313:-$HOME/.pyenv/versions/3.13.0/bin/python}"
VENV="${PST_EMUPOS_VENV:-$HOME/.cache/pst-emupos-venv}"
BIN="$VENV/bin/emupos"

if [ ! -x "$BIN" ] || ! "$VENV/bin/python" -m pip show emupos 2>/dev/null | grep -q "^Version: $EMUPOS_VERSION\$"; then
    if [ ! -x "$PYTHON313" ]; then
        PYTHON313="$(command -v python3.13 || true)"
    fi
    if [ -z "$PYTHON313" ] || [ ! -x "$PYTHON313" ]; then
        echo "emupos.sh: Python 3.13 not found (set PYTHON313)" >&2
        exit 1
    fi
    "$PYTHON313" -m venv "$VENV" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "emupos==$EMUPOS_VERSION" >&2
fi
echo "$BIN"
