#!/usr/bin/env bash
# Install PST Kiosk with its test tools in .venv and run every check: lint, layer contracts,
# types and the whole test suite (SQLite and the PostgreSQL at 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh --test
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
export QT_QPA_PLATFORM=offscreen
export ESCPOS_CAPABILITIES_PICKLE_DIR="$HOME/.cache/pst-escpos"
if [ -f .ci/emupos.sh ]; then PST_EMUPOS="$(bash .ci/emupos.sh)"; export PST_EMUPOS; fi
.venv/bin/ruff check pst_kiosk tests bench
.venv/bin/lint-imports
.venv/bin/mypy
if [ $# -gt 0 ]; then exec .venv/bin/python -m pytest -q "$@"; fi
# The kiosk's Qt application loads the virtual-keyboard input method, which must be set before
# the application exists and would pop up over the counter's widgets; as in production, where
# every face is its own process, the kiosk tests run in a process of their own.
.venv/bin/python -m pytest -q --ignore=tests/gui/kiosk
.venv/bin/python -m pytest -q tests/gui/kiosk
