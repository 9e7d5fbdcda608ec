"""Tests for glasslib.plateau (LW2008 Eq. (48), Figs. 19–20)."""
from __future__ import annotations

import numpy as np
import pytest
from scipy.special import zeta

from glasslib import plateau as pl
from glasslib import ripplons as rp
from glasslib import tunneling


def test_coupling_from_ratio_roundtrip():
    C = pl.coupling_from_mfp_ratio(150.0)
    assert float(tunneling.mean_free_path_per_wavelength(C)) == pytest.approx(150.0)
    with pytest.raises(ValueError, match="mfp_over_wavelength"):
        pl.coupling_from_mfp_ratio(0.0)


def test_kappa_unit_silica():
    assert pl.kappa_unit(342.0, 4100.0) == pytest.approx(0.342, abs=1e-3)


def test_low_T_limits():
    _, w, g = rp.ripplon_modes(5.8)
    t = np.array([1e-3])
    C = pl.coupling_from_mfp_ratio(150.0)
    k = pl.conductivity_curve(t, 4.4, w, g)
    assert k[0] * np.pi * C / t[0] ** 2 == pytest.approx(6 * zeta(3), rel=0.02)
    ks = pl.conductivity_curve(t, 4.4, w, g, saturation=True)
    assert ks[0] * np.pi * C / t[0] ** 2 == pytest.approx(tunneling.RESONANT_KAPPA_INTEGRAL, rel=0.02)


def test_plateau_exists_and_grid_converged():
    _, w, g = rp.ripplon_modes(5.8)
    t = np.geomspace(1e-3, 0.1, 30)
    k = pl.conductivity_curve(t, 4.4, w, g)
    k2 = pl.conductivity_curve(t, 4.4, w, g, E_max=4.0, d_omega=5e-4)
    np.testing.assert_allclose(k, k2, rtol=5e-3)
    assert k[-1] < pl.tls_only_conductivity_scaled(t[-1], pl.coupling_from_mfp_ratio(150.0)) / 10


def test_coupled_plateau_lower_for_larger_Tg():
    _, w, g = rp.ripplon_modes(5.8)
    t = np.array([0.03])
    lo = pl.conductivity_curve(t, 5.0, w, g, omega_c=1.8 / 5.8, coupled=True)
    hi = pl.conductivity_curve(t, 2.0, w, g, omega_c=1.8 / 5.8, coupled=True)
    assert lo[0] < hi[0]


def test_bad_inputs():
    _, w, g = rp.ripplon_modes(5.8)
    with pytest.raises(ValueError, match="E_max"):
        pl.conductivity_curve([0.3], 4.4, w, g)
    with pytest.raises(ValueError, match="t"):
        pl.conductivity_curve([-0.01], 4.4, w, g)
    with pytest.raises(ValueError, match="F"):
        pl.thermal_conductivity_scaled([0.01], [0.1, 0.2], np.array([[1.0, -1.0]]), 1e-3)


def test_smooth_cutoff_option_tends_to_sharp():
    """``fragility`` smears the cut-off (Eq. (54)); a huge D gives the sharp-cut-off curve back."""
    _, w, g = rp.ripplon_modes(5.8)
    t = np.array([3e-3, 1e-2, 3e-2])
    sharp = pl.conductivity_curve(t, 4.4, w, g, omega_c=0.31, coupled=True)
    smooth = pl.conductivity_curve(t, 4.4, w, g, omega_c=0.31, coupled=True, fragility=1e4)
    np.testing.assert_allclose(smooth, sharp, rtol=2e-2)
