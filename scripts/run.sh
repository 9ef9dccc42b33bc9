#!/usr/bin/env bash
# Install PST Kiosk in .venv and open the single-PC set-up (kiosk, counter, board) on the
# embedded default: SQLite in the user data folder, sample configuration.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
exec .venv/bin/pst-kiosk "$@"
