"""Checks of physical inputs at the boundary of glasslib (floor 1).

Every public formula validates what a reader may pass in: a negative density,
a zero velocity, a NaN.  The error names the parameter and the offending
value, so that a unit slip fails loudly instead of returning a silently wrong
number.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["require_positive", "require_nonnegative", "require_finite", "require_in_range"]


def _as_array(name: str, value: ArrayLike) -> np.ndarray:
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a real number or array, got {value!r}") from exc
    if np.any(np.isnan(arr)):
        raise ValueError(f"{name} must not be NaN, got {value!r}")
    return arr


def _first_bad(arr: np.ndarray, bad: np.ndarray) -> str:
    return repr(arr.ravel()[np.flatnonzero(bad.ravel())[0]].item())


def require_finite(name: str, value: ArrayLike) -> np.ndarray:
    """Return ``value`` as a float array; raise ``ValueError`` on NaN or ±inf."""
    arr = _as_array(name, value)
    bad = ~np.isfinite(arr)
    if np.any(bad):
        raise ValueError(f"{name} must be finite, got {_first_bad(arr, bad)}")
    return arr


def require_positive(name: str, value: ArrayLike, *, allow_inf: bool = False) -> np.ndarray:
    """Return ``value`` as a float array; raise ``ValueError`` unless every entry is > 0."""
    arr = _as_array(name, value) if allow_inf else require_finite(name, value)
    bad = ~(arr > 0)
    if np.any(bad):
        raise ValueError(f"{name} must be positive, got {_first_bad(arr, bad)}")
    return arr


def require_nonnegative(name: str, value: ArrayLike) -> np.ndarray:
    """Return ``value`` as a float array; raise ``ValueError`` unless every entry is ≥ 0."""
    arr = require_finite(name, value)
    bad = arr < 0
    if np.any(bad):
        raise ValueError(f"{name} must be non-negative, got {_first_bad(arr, bad)}")
    return arr


def require_in_range(name: str, value: ArrayLike, low: float, high: float) -> np.ndarray:
    """Return ``value`` as a float array; raise ``ValueError`` unless low ≤ value ≤ high."""
    arr = require_finite(name, value)
    bad = (arr < low) | (arr > high)
    if np.any(bad):
        raise ValueError(f"{name} must lie in [{low}, {high}], got {_first_bad(arr, bad)}")
    return arr
