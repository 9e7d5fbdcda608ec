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


# --- coverage of issue 17: the kinetic integral against its closed form -------------------------

def test_kinetic_integral_low_T_closed_form():
    """With F = 1 and t ≪ 1, κ/κ₀ = t²·[1/(πC) + 2π]·∫₀^∞ x³eˣ/(eˣ−1)² dx = 6ζ(3)·t²·[1/(πC) + 2π]
    (∫x³eˣ/(eˣ−1)² = 3Γ(3)ζ(3)). With C = 1/(2π²) the λ term equals the TLS term, so a wrong factor
    on either shows."""
    t = np.array([0.005, 0.01])
    nu = np.geomspace(1e-7, 1.0, 6000)
    F = np.ones((t.size, nu.size))
    C = 1.0 / (2 * np.pi**2)
    k = pl.thermal_conductivity_scaled(t, nu, F, C)
    np.testing.assert_allclose(k, 6 * zeta(3) * t**2 * (1 / (np.pi * C) + 2 * np.pi), rtol=1e-4)
    np.testing.assert_allclose(k, 6 * zeta(3) * t**2 * 4 * np.pi, rtol=1e-4)
    # doubling F halves the TLS term only
    k2 = pl.thermal_conductivity_scaled(t, nu, 2 * F, C)
    np.testing.assert_allclose(k2, 6 * zeta(3) * t**2 * 3 * np.pi, rtol=1e-4)


def test_tls_only_law_known_value():
    """κ/κ₀ = 6ζ(3)t²/(πC): 6ζ(3)/π = 2.29576 (ζ(3) = 1.2020569); with l/λ = 150 (C = 1/(300π²)), at t = 0.01:
    2.29576e-4 · 300π² = 0.67975."""
    assert 6 * zeta(3) / np.pi == pytest.approx(2.2957596, rel=1e-7)
    C = pl.coupling_from_mfp_ratio(150.0)
    assert C == pytest.approx(1 / (300 * np.pi**2), rel=1e-12)
    assert float(pl.tls_only_conductivity_scaled(0.01, C)) == pytest.approx(0.679747, rel=1e-5)
    # the T² law
    assert float(pl.tls_only_conductivity_scaled(0.02, C)) == pytest.approx(
        4 * float(pl.tls_only_conductivity_scaled(0.01, C)), rel=1e-12)


def test_mode_heat_capacity_limits():
    """x²eˣ/(eˣ−1)²: 1 at x → 0 (equipartition), x²e⁻ˣ for large x, 0 beyond overflow; at x = 1:
    e/(e−1)² = 0.920674."""
    assert float(pl.phonon_mode_heat_capacity(0.0)) == 1.0
    assert float(pl.phonon_mode_heat_capacity(1e-4)) == pytest.approx(1.0, abs=1e-8)
    assert float(pl.phonon_mode_heat_capacity(1.0)) == pytest.approx(0.9206735, rel=1e-6)
    assert float(pl.phonon_mode_heat_capacity(30.0)) == pytest.approx(900 * np.exp(-30.0), rel=1e-10, abs=0)
    assert float(pl.phonon_mode_heat_capacity(800.0)) == 0.0
