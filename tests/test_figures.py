"""glasslib.figures: the numeric fingerprint that a figure cell prints for nbval."""
import numpy as np
import pytest

from glasslib.figures import fingerprint


def test_fingerprint_lists_ends_interior_and_extrema():
    x = np.linspace(0.0, 1.0, 11)
    line = fingerprint("x^2", x, x**2)
    assert line == "x^2: n=11, y(0)=0, y(0.2)=0.04, y(0.5)=0.25, y(0.8)=0.64, y(1)=1, min 0 at 0, max 1 at 1"


def test_fingerprint_changes_when_the_curve_does():
    x = np.geomspace(0.01, 10, 50)
    assert fingerprint("c", x, x**2) != fingerprint("c", x, 0.5 * x**2)


def test_fingerprint_reports_non_finite_values_and_bad_input():
    assert "1 non-finite" in fingerprint("y", [1, 2, 3], [1.0, np.nan, 2.0])
    with pytest.raises(ValueError, match="same, non-zero length"):
        fingerprint("y", [1, 2], [1.0])
