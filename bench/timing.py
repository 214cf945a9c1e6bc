"""Timing shared by the bench scripts."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Any


def median_of(function: Callable[[], Any], reps: int) -> tuple[float, Any]:
    """The median wall time of `reps` calls after one untimed warm-up (a collection before
    each), and the last call's result."""
    result = function()
    samples = []
    for _ in range(reps):
        gc.collect()
        start = time.perf_counter()
        result = function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result
