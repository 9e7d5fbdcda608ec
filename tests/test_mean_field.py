"""Tests of glasslib.mean_field (Carruzzo & Yu, Supplement Eqs. 17–25)."""
from __future__ import annotations

import numpy as np
import pytest

from glasslib import mean_field as mf


def test_variance_formula():
    s2 = mf.gaussian_field_variance(1.0, 1.0, 1.0)
    assert float(s2) == pytest.approx((0.5) ** 2 * (4 * np.pi / 3) ** 2)


def test_density_of_states_constant():
    n = mf.asymmetry_density_of_states(1.0, 1.0)
    assert float(n) == pytest.approx(6 / (2 * np.pi) ** 1.5)
    # 2 P(0) / V_o, independent of V_o
    for V_o in (0.5, 3.0):
        assert 2 * float(mf.gaussian_density_at_zero(1.0, 1.0, V_o)) / V_o == pytest.approx(float(n))


def test_monte_carlo_variance_and_seed():
    rng = np.random.default_rng(11)
    h = np.concatenate([mf.local_fields_monte_carlo(800, rng) for _ in range(3)])
    s2 = float(mf.gaussian_field_variance(1.0, 1.0, 1.0))
    assert np.var(h) / s2 == pytest.approx(1.0, abs=0.25)
    a = mf.local_fields_monte_carlo(200, np.random.default_rng(5))
    b = mf.local_fields_monte_carlo(200, np.random.default_rng(5))
    assert np.array_equal(a, b)


def test_scaling_with_gamma_max():
    h1 = mf.local_fields_monte_carlo(300, np.random.default_rng(9), gamma_max=1.0)
    h2 = mf.local_fields_monte_carlo(300, np.random.default_rng(9), gamma_max=2.0)
    assert np.allclose(h2, 4 * h1)


def test_density_near_zero():
    assert mf.density_near_zero(np.array([0.0, 0.05, 1.0, -2.0]), 0.2) == pytest.approx(2 / 4 / 0.2)


@pytest.mark.parametrize("kwargs, match", [
    ({"n": 1}, "n must"),
    ({"n": 100, "R_o_factor": -1.0}, "R_o_factor"),
    ({"n": 100, "orientation": "tensor"}, "orientation"),
    ({"n": 10, "R_o_factor": 3.0}, "too large"),
])
def test_bad_input(kwargs, match):
    n = kwargs.pop("n")
    with pytest.raises(ValueError, match=match):
        mf.local_fields_monte_carlo(n, np.random.default_rng(0), **kwargs)


def test_bad_variance_input():
    with pytest.raises(ValueError, match="V_o"):
        mf.gaussian_field_variance(1.0, 1.0, 0.0)


def test_couplings_returned_with_same_draws():
    h1 = mf.local_fields_monte_carlo(200, np.random.default_rng(3))
    h2, g = mf.local_fields_and_couplings_monte_carlo(200, np.random.default_rng(3))
    np.testing.assert_array_equal(h1, h2)
    assert g.shape == (200,) and np.all((g > 0) & (g <= 1.0))


def test_coupling_mixing_factor():
    # P(gamma^2) flat: <1/gamma> sqrt(<gamma^2>) -> sqrt(2); constant gamma -> 1
    assert mf.coupling_mixing_factor(np.full(10, 2.0)) == pytest.approx(1.0)
    g = np.sqrt((np.arange(200_000) + 0.5) / 200_000)
    assert mf.coupling_mixing_factor(g) == pytest.approx(np.sqrt(2.0), rel=2e-2)
    with pytest.raises(ValueError, match="gamma"):
        mf.coupling_mixing_factor(np.array([1.0, 0.0]))
