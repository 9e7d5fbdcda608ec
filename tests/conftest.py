"""Test configuration shared by every test module.

Property-based tests (hypothesis) run derandomized, with no example database and no
deadline: a test run is reproducible, leaves no files behind, and does not fail because
a loaded CI machine is slow.
"""
from hypothesis import settings

settings.register_profile("glass-tls", derandomize=True, database=None, deadline=None)
settings.load_profile("glass-tls")


# pytest.approx adds an absolute tolerance of 1e-12 by default, so `x == approx(5.6e-23, rel=1e-6)`
# accepts any x below 1e-12: in SI, a wrong power of hbar or k_B would pass. Here the default
# absolute tolerance is 0 (the relative default, 1e-6, is pytest's); a test that compares with
# zero states its absolute tolerance.
import pytest as _pytest

_approx = _pytest.approx


def _approx_without_absolute_floor(expected, rel=None, abs=None, nan_ok=False):  # noqa: A002
    return _approx(expected, rel=1e-6 if rel is None else rel, abs=0.0 if abs is None else abs, nan_ok=nan_ok)


_pytest.approx = _approx_without_absolute_floor
