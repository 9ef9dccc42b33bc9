#!/bin/sh
# Re-write the reviewed text of the sample daily report on purpose; review `git diff` after.
cd "$(dirname "$0")/../../.." && PST_UPDATE_REFERENCE=1 .venv/bin/python -m pytest -q \
    tests/reports/test_golden.py -k sqlite "$@"
