"""Tests for glasslib.ripplons (LW2008 Sec. IV, App. A–B); the SymPy derivations live in chapter 5."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings, strategies as st

from glasslib import ripplons as rp


def test_ripplon_frequencies_eq33():
    assert rp.ripplon_prefactor() == pytest.approx(1.343, abs=1e-3)
    assert float(rp.ripplon_frequencies(2, 5.8)) == pytest.approx(0.1492, abs=1e-4)
    w = rp.ripplon_frequencies(np.array([2, 3, 9]), 5.8, omega_D=2.0)
    assert w[1] / w[0] == pytest.approx(np.sqrt(10 / 4))
    assert w[0] == pytest.approx(2 * 0.14919, rel=1e-4)


def test_ripplon_modes_signature_and_count():
    l, w, g = rp.ripplon_modes(5.8)
    assert list(l) == list(range(2, 10))
    assert g.sum() == 96 == rp.number_of_ripplon_modes(9)
    assert np.all(np.diff(w) > 0)
    l2, _, g2 = rp.ripplon_modes(5.8, 1.0, l_max=4)
    assert list(l2) == [2, 3, 4] and list(g2) == [5, 7, 9]


@pytest.mark.parametrize("bad", [1, 0, 2.5, -3])
def test_bad_l(bad):
    with pytest.raises(ValueError, match="l must be"):
        rp.ripplon_frequencies(bad, 5.8)


def test_bad_inputs_named():
    with pytest.raises(ValueError, match="xi_over_a"):
        rp.ripplon_frequencies(2, -1.0)
    with pytest.raises(ValueError, match="omega_D"):
        rp.ripplon_frequencies(2, 5.8, omega_D=0.0)
    with pytest.raises(ValueError, match="l_max"):
        rp.ripplon_modes(5.8, l_max=1)
    with pytest.raises(ValueError, match="folding"):
        rp.averaged_heat_capacity([0.01], 4.4, [0.15], [5], folding="neither")
    with pytest.raises(ValueError, match="d_omega"):
        rp.ripplon_state_counts([0.15], [5], 0.1, 1.0)
    with pytest.raises(ValueError, match="lindemann_ratio"):
        rp.surface_tension_log(0.5)
    with pytest.raises(ValueError, match="weight"):
        rp.excited_scattering_density_exact(np.ones(10), 0.01, 4.0, [0.01], 5, weight="box")


def test_wall_mass_and_barrier():
    assert float(rp.wall_mass_over_molecular_mass(5.8)) == pytest.approx(0.3364)
    assert float(rp.transition_state_size(200)) == pytest.approx(14.96, abs=0.01)
    N = np.linspace(0, 200, 2001)
    V = rp.barrier_profile(N, 200, 0.8)
    assert N[np.argmax(V)] == pytest.approx(15.0, abs=0.1)
    coef = float(rp.barrier_frequency(5.8, 0.8)) * 5.8
    # closed form of chapter 5: √2·3^{1/3}·7^{1/6}·√(s_c ξ/a) / (2π^{1/3}(1+2√2)^{1/6})
    closed = np.sqrt(2) * 3 ** (1 / 3) * 7 ** (1 / 6) * np.sqrt(0.8 * 5.8) / (2 * np.pi ** (1 / 3) * (1 + 2 * np.sqrt(2)) ** (1 / 6))
    assert coef == pytest.approx(closed, rel=1e-12)


def test_heat_capacity_limits():
    _, w, g = rp.ripplon_modes(5.8)
    eps = np.linspace(-0.02, 0.02, 7)
    T = 1e-3
    np.testing.assert_allclose(rp.domain_heat_capacity(eps, T, w, g), rp.tls_heat_capacity(eps, T),
                               atol=1e-12)
    t = np.array([1e-3])
    both = rp.averaged_heat_capacity(t, 4.4, w, g, "both")
    one = rp.averaged_heat_capacity(t, 4.4, w, g, "one")
    assert both[0] / (t[0] / 4.4) == pytest.approx(np.pi**2 / 3, rel=2e-3)
    assert one[0] / (t[0] / 4.4) == pytest.approx(np.pi**2 / 6, rel=2e-3)


def test_averaged_heat_capacity_matches_direct_quadrature():
    """The grid plus analytic ε → −∞ tail equals a direct quad over all ε (Eq. (34) density).

    Pins the tail weight ∫_{−∞}^{−40T} n dε = e^{−40T/T_g} (no factor ½).
    """
    from scipy.integrate import quad

    _, w, g = rp.ripplon_modes(5.8)
    T, Tg = 0.04, 4.4
    lib = rp.averaged_heat_capacity(np.array([T]), Tg, w, g, "both")[0]

    def f(e):
        return float(rp.domain_heat_capacity(np.array(e), T, w, g)) * np.exp(-abs(e) / Tg) / Tg

    direct = quad(f, -np.inf, 0.0, limit=400)[0] + quad(f, 0.0, np.inf, limit=400)[0]
    assert lib == pytest.approx(direct, rel=1e-4)


def test_heat_capacity_high_T_equipartition():
    """Deep in the negative-ε tail every domain carries the 96-mode Einstein heat capacity."""
    _, w, g = rp.ripplon_modes(5.8)
    c = rp.domain_heat_capacity(-50.0, 10.0, w, g)
    assert float(c) == pytest.approx(96.0, rel=2e-3)


def test_debye():
    assert rp.debye_low_T_coefficient() == pytest.approx(233.78, abs=0.01)
    assert float(rp.debye_heat_capacity_per_particle(1e-3)) / 1e-9 == pytest.approx(rp.debye_low_T_coefficient(), rel=1e-6)
    assert float(rp.debye_heat_capacity_per_particle(50.0)) == pytest.approx(3.0, rel=1e-3)


def _brute_counts(w, g, d, E_max):
    """Enumerate occupation numbers (tiny case) and histogram on the grid."""
    k = np.rint(np.repeat(w, g) / d).astype(int)
    n = int(round(E_max / d)) + 1
    out = np.zeros(n)
    ranges = [range(0, (n - 1) // ki + 1) for ki in k]
    for occ in itertools.product(*ranges):
        e = int(np.dot(occ, k))
        if e < n:
            out[e] += 1
    return out


def test_knapsack_matches_enumeration():
    w, g = np.array([0.3, 0.5]), np.array([2, 1])
    np.testing.assert_array_equal(rp.ripplon_state_counts(w, g, 0.1, 2.0), _brute_counts(w, g, 0.1, 2.0))


def test_generating_function_matches_knapsack():
    _, w, g = rp.ripplon_modes(5.8)
    d = 2e-3
    c1 = rp.ripplon_state_counts(w, g, d, 2.0)
    wts = np.zeros(1000)
    wts[np.rint(w / d).astype(int) - 1] = g
    c2 = rp.state_counts_from_mode_density(wts, d, 2.0)
    np.testing.assert_allclose(c2, c1, rtol=1e-10)


def test_scattering_density_exact_and_saddle():
    _, w, g = rp.ripplon_modes(5.8)
    d = 1e-3
    c = rp.ripplon_state_counts(w, g, d, 2.0)
    rho = rp.scattering_density_exact(c, d, 4.4)
    assert rho[0] == 1.0
    assert rho[100] == pytest.approx(np.exp(-0.1 / 4.4), rel=1e-9)   # only the ground state below ω_2
    k2 = int(np.rint(w[0] / d))
    assert rho[k2 + 1] == pytest.approx(np.exp(-(k2 + 1) * d / 4.4) + 5 * np.exp(-d / 4.4), rel=1e-9)
    assert float(rp.scattering_density_saddle(1e-7, 4.4, w, g)) == pytest.approx(np.e / np.sqrt(2 * np.pi), rel=1e-5)
    assert float(rp.scattering_density_saddle(1.0, 4.4, w, g)) / rho[1000] == pytest.approx(1.0, abs=0.15)


def test_excited_density_direct_sum():
    w, g = np.array([0.2, 0.35]), np.array([2, 1])
    d = 0.01
    c = rp.ripplon_state_counts(w, g, d, 3.0)
    T, Tg = np.array([0.05, 0.2]), 3.0
    out = rp.excited_scattering_density_exact(c, d, Tg, T, 50)
    E = np.arange(c.size) * d
    for r, Ti in enumerate(T):
        for i in (0, 10, 25, 49):
            x = E[i + 1:] - E[i]
            ref = np.sum(c[i + 1:] * 2 / (np.exp(x / Ti) + 1) * np.exp(-x / Tg))
            assert out[r, i] == pytest.approx(ref, rel=1e-8, abs=1e-10)


def test_friction_and_shift():
    assert float(rp.ripplon_width(0.1, 4.0)) == pytest.approx(1.5 * np.pi * 4.0 * 1e-3)
    assert float(rp.dispersion_integral(0.0)) == pytest.approx(1 / 3)
    assert float(rp.dispersion_integral(1000.0)) == pytest.approx(-1 / 4000, rel=1e-2)
    assert float(rp.ripplon_shift(0.0, 2.0, 0.3)) == pytest.approx(-1.5 * 2.0 * 0.027 / 3)
    with pytest.raises(ValueError, match="omega"):
        rp.ripplon_width(-0.1, 4.0)


def test_appendix_numbers():
    assert rp.kR_coefficient() == pytest.approx(0.4136, abs=1e-4)
    assert rp.cutoff_frequency(6) == pytest.approx(2.481, abs=1e-3)
    assert float(rp.quadratic_coupling_crossover(5.8)) == pytest.approx(0.426, abs=1e-3)
    r = float(rp.rayleigh_mfp_over_wavelength(10**-1.5, 10**-1.5, 5.8, 4.386, 20.0, omega_l=10**-1.5))
    assert 1e4 < r < 1e5


@settings(max_examples=25, deadline=None)
@given(st.floats(0.2, 2.0), st.floats(1.0, 10.0))
def test_ripplon_frequency_scaling(om_D, xi):
    """ω_l scales linearly with ω_D and as (a/ξ)^{5/4}."""
    w = float(rp.ripplon_frequencies(3, xi, om_D))
    assert w == pytest.approx(om_D * float(rp.ripplon_frequencies(3, 1.0)) * xi ** -1.25, rel=1e-12)


@settings(max_examples=20, deadline=None)
@given(st.floats(-0.5, 0.5), st.floats(0.005, 0.5))
def test_heat_capacity_nonnegative(eps, T):
    _, w, g = rp.ripplon_modes(5.8)
    assert float(rp.domain_heat_capacity(eps, T, w, g)) >= 0.0


def test_inputs_table():
    p = rp.lw_silica_inputs()
    assert p["xi_over_a_sec_IV"] == 5.8 and p["T_D"] == 342.0


def test_excited_saddle_close_to_exact_at_high_T():
    _, w, g = rp.ripplon_modes(5.8)
    d = 5e-4
    c = rp.ripplon_state_counts(w, g, d, 4.0)
    T = np.array([0.1])
    idx = np.array([200, 1000])
    ex = rp.excited_scattering_density_exact(c, d, 4.4, T, 1001)[:, idx]
    sd = rp.excited_scattering_density_saddle(idx * d, T, 4.4, w, g)
    np.testing.assert_allclose(sd, ex, rtol=0.2)
    with pytest.raises(ValueError, match="E"):
        rp.cumulative_excited_density_saddle(0.1, -1.0, 4.4, w, g)


def test_smooth_cutoff_shift_limits():
    """The smooth cut-off tends to the sharp Eq. (54) for D → ∞ and is finite at ω_c."""
    om = np.array([0.05, 0.149, 0.25, 0.5])
    sharp = rp.ripplon_shift(om, 4.4, 0.31)
    smooth = rp.smooth_cutoff_ripplon_shift(om, 4.4, 0.31, 1e4)
    np.testing.assert_allclose(smooth, sharp, rtol=2e-3)
    at_wc = rp.smooth_cutoff_ripplon_shift(np.array([0.31]), 4.4, 0.31, 20.0)
    assert np.all(np.isfinite(at_wc))
    # ω → 0: Σ(0) = −(3/2)T_g ∫_0^∞ ω′² S(ω′) dω′ ≈ −(1/2)T_g ω_c³(1 + 3/D) for a Gaussian cut-off
    s0 = float(rp.smooth_cutoff_ripplon_shift(np.array([1e-9]), 2.0, 0.3, 50.0)[0])
    assert s0 == pytest.approx(-0.5 * 2.0 * 0.3**3 * (1 + 3 / 50.0), rel=1e-3)
    with pytest.raises(ValueError, match="fragility"):
        rp.smooth_cutoff_ripplon_shift(om, 4.4, 0.31, 0.0)


def test_pole_frequencies():
    """Roots solve ω = ω_l + Σ(ω); for weak coupling the root is ω_l + Σ(ω_l) to first order."""
    wl, wc = 0.149, 0.31
    weak = rp.ripplon_pole_frequencies(wl, 1e-3, wc)
    assert weak[0] == pytest.approx(wl + float(rp.ripplon_shift(wl, 1e-3, wc)), rel=1e-5)
    for D in (None, 20.0):
        roots = rp.ripplon_pole_frequencies(wl, 4.386, wc, fragility=D)
        for z in roots:
            sh = rp.ripplon_shift(z, 4.386, wc) if D is None else rp.smooth_cutoff_ripplon_shift(np.array([z]), 4.386, wc, D)[0]
            assert z - wl - float(sh) == pytest.approx(0.0, abs=1e-9)
        assert 0.04 < roots[0] < 0.06          # the l = 2 ripplon of silica moves to about a third


def test_smooth_cutoff_mode_weights():
    _, w, g = rp.ripplon_modes(5.8)
    grid = np.arange(1, 2001) * 1e-3
    sharp = rp.broadened_mode_weights(grid, w, g, 4.4, 0.31)
    smooth = rp.broadened_mode_weights_smooth_cutoff(grid, w, g, 4.4, 0.31, 1e4)   # D → ∞: the sharp cut-off
    assert np.all(smooth >= 0)
    assert smooth.sum() == pytest.approx(sharp.sum(), rel=1e-2)
    fw, fg = rp.effective_modes_smooth_cutoff(w, g, 4.4, 0.31, 20.0)
    assert fw.shape == fg.shape and np.all(np.diff(fw) > 0)
    assert 10.0 < fg.sum() < 96.0
