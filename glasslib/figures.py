"""What a figure shows, in a form a test can compare.

nbval does not compare images. A figure cell therefore ends by printing a short
fingerprint of each curve it draws (its ends, extrema and a few interior values, to 4
significant digits); a changed formula then changes a text output, and the test fails.
:func:`image_difference` compares the figure itself, as pixels with a tolerance (never byte
for byte: anti-aliasing and PNG encoding differ by a grey level or two between machines);
``chapters/conftest.py`` applies it to every figure nbval re-creates.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["fingerprint", "image_difference", "IMAGE_RMS_TOLERANCE"]

#: Largest RMS pixel difference, in grey levels of 255, at which two renderings of a figure
#: count as the same figure. Renderings of one figure on two machines differ by at most 2
#: levels in a few pixels (RMS well below 1); a curve that moves by its own width changes
#: about 1 % of the pixels by up to 255 levels, an RMS of about 25.
IMAGE_RMS_TOLERANCE: float = 2.0


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


def image_difference(png_a: bytes | str, png_b: bytes | str) -> float:
    """The RMS difference of two PNG images, in grey levels (0–255) over all pixels and channels.

    Parameters
    ----------
    png_a, png_b : bytes or str
        The PNG files' bytes, or their base64 text as a notebook stores it.

    Returns
    -------
    float
        ``sqrt(mean((a - b)**2))`` of the RGBA values scaled to 0–255; ``inf`` when the two
        images differ in size (a different figure, not a rendering difference).
    """
    import base64
    import io

    from matplotlib.image import imread

    def pixels(png):
        raw = base64.b64decode(png) if isinstance(png, str) else png
        img = np.asarray(imread(io.BytesIO(raw), format="png"), dtype=float)
        if img.ndim == 2:                      # grey scale → RGBA
            img = np.dstack([img, img, img, np.ones_like(img)])
        elif img.shape[2] == 3:
            img = np.dstack([img, np.ones(img.shape[:2])])
        return img * 255.0                     # imread gives a PNG's values in 0–1

    a, b = pixels(png_a), pixels(png_b)
    if a.shape != b.shape:
        return float("inf")
    return float(np.sqrt(np.mean((a - b) ** 2)))
