"""Median and p95 of a list of milliseconds, printed the same way by every benchmark."""

from __future__ import annotations

import statistics


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def line(label: str, values: list[float], unit: str = "ms") -> str:
    return (f"{label:<44} n={len(values):<5} median={statistics.median(values):8.2f} {unit}"
            f"   p95={p95(values):8.2f} {unit}   max={max(values):8.2f} {unit}")
