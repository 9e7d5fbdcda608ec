"""Numeric fingerprints of plotted curves, so that nbval compares what a figure shows.

nbval does not compare images. A figure cell therefore ends by printing a short
fingerprint of each curve it draws (its ends, extrema and a few interior values, to 4
significant digits); a changed formula then changes a text output, and the test fails.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["fingerprint"]


def fingerprint(label: str, x: ArrayLike, y: ArrayLike, *, points: int = 3) -> str:
    """One line describing the curve y(x): its first and last points, its minimum and
    maximum, and ``points`` interior values at evenly spaced indices.

    Parameters
    ----------
    label : str
        What the curve is (shown first on the line).
    x, y : array_like
        The plotted abscissae and ordinates, of equal length (NaNs are reported as such).
    points : int
        How many interior values to list.

    Returns
    -------
    str
        ``"label: n=300, y(0.01)=1.2e+03, ..., min 3.4 at 0.5, max ... at ..."``.

    Raises
    ------
    ValueError
        If x and y differ in length or are empty.
    """
    x, y = np.asarray(x, dtype=float).ravel(), np.asarray(y, dtype=float).ravel()
    if x.size != y.size or x.size == 0:
        raise ValueError(f"fingerprint {label!r}: x and y need the same, non-zero length "
                         f"(got {x.size} and {y.size})")
    idx = np.unique(np.linspace(0, x.size - 1, points + 2).round().astype(int))
    parts = [f"y({x[i]:.4g})={y[i]:.4g}" for i in idx]
    finite = np.isfinite(y)
    if finite.any():
        lo, hi = np.nanargmin(np.where(finite, y, np.nan)), np.nanargmax(np.where(finite, y, np.nan))
        parts.append(f"min {y[lo]:.4g} at {x[lo]:.4g}, max {y[hi]:.4g} at {x[hi]:.4g}")
    if not finite.all():
        parts.append(f"{int((~finite).sum())} non-finite")
    return f"{label}: n={x.size}, " + ", ".join(parts)
