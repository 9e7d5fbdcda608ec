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
    from glasslib import rfot
    p = rfot.lw_inputs()
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


# --- coverage of issue 17: known values, limits and scaling laws ---------------------------------

def test_crossover_temperature_and_exponent_c_known_values():
    """T′ = ħω‡/2πk_B: ω‡ = 2π gives 1; c = ω‡/(√2 T_g) of LW2008 after Eq. (22)."""
    assert float(rp.quantum_crossover_temperature(2 * np.pi)) == pytest.approx(1.0, rel=1e-14)
    assert float(rp.quantum_crossover_temperature(1.0)) == pytest.approx(0.1591549, rel=1e-6)
    assert float(rp.tunnelling_exponent_c(np.sqrt(2.0), 1.0)) == pytest.approx(1.0, rel=1e-14)
    # silica-like inputs, ω‡ = 0.5 ω_D and T_g = 4.4 T_D: c = 0.5/(√2·4.4) = 0.0804 < 0.1 as printed
    assert float(rp.tunnelling_exponent_c(0.5, 4.4)) == pytest.approx(0.080353, rel=1e-4)
    # c ∝ ω‡ / T_g
    assert float(rp.tunnelling_exponent_c(1.0, 2.0)) == pytest.approx(
        2 * float(rp.tunnelling_exponent_c(0.5, 2.0)))
    assert float(rp.tunnelling_exponent_c(1.0, 2.0)) == pytest.approx(
        0.5 * float(rp.tunnelling_exponent_c(1.0, 1.0)))
    with pytest.raises(ValueError, match="omega_dd"):
        rp.quantum_crossover_temperature(-1.0)


def test_ripplon_sum_B_several_hundreds_and_mode_by_mode():
    """B = Σ ω_D/ω_i: 'several hundreds' at ξ/a ≃ 5.6 (LW2008 Sec. V); the l = 2 term is 5/ω_2;
    ω_D does not enter (ω_i ∝ ω_D)."""
    B = rp.ripplon_sum_B(5.6)
    assert 100.0 < B < 900.0
    l_max = int(rp.max_harmonic(5.6))
    ls = np.arange(2, l_max + 1)
    by_hand = sum((2 * l + 1) / float(rp.ripplon_frequencies(l, 5.6)) for l in ls)
    assert B == pytest.approx(by_hand, rel=1e-12)
    assert B > 5.0 / float(rp.ripplon_frequencies(2, 5.6))
    # ω_l ∝ (a/ξ)^{5/4} at fixed l: at fixed l_max, B grows as ξ^{5/4}; B over the same l range at ξ/a = 11.2
    assert sum((2 * l + 1) / float(rp.ripplon_frequencies(l, 11.2)) for l in ls) == pytest.approx(
        by_hand * 2 ** 1.25, rel=1e-12)


def test_heat_capacity_over_T3_debye_part_is_the_T3_law():
    """The Debye part of C/T³ is (ξ/a)³·c_D(t)/t³ → (ξ/a)³·12π⁴/5 = 233.8·(ξ/a)³ at low t (k_B/T_D³)."""
    _, w, g = rp.ripplon_modes(5.8)
    t = np.array([0.002, 0.004])
    with_d = rp.heat_capacity_over_T3(t, 4.4, w, g, 200.0)
    without = rp.heat_capacity_over_T3(t, 4.4, w, g, 200.0, debye=False)
    np.testing.assert_allclose(with_d - without, 200.0 * 12 * np.pi**4 / 5, rtol=1e-4)
    assert 12 * np.pi**4 / 5 == pytest.approx(233.78, abs=0.01)
    # the domain part does not depend on n_particles
    np.testing.assert_allclose(without, rp.heat_capacity_over_T3(t, 4.4, w, g, 1.0, debye=False))
    with pytest.raises(ValueError, match="n_particles"):
        rp.heat_capacity_over_T3(t, 4.4, w, g, 0.0)


def test_curve_peak_exact_for_a_parabola_in_log_x():
    x = np.geomspace(0.1, 10.0, 41)
    y = 3.0 - (np.log(x) - np.log(2.0)) ** 2
    xp, yp = rp.curve_peak(x, y)
    assert xp == pytest.approx(2.0, rel=1e-10) and yp == pytest.approx(3.0, rel=1e-10)
    # two bumps: the last interior one (the higher-T bump) is returned
    y2 = np.exp(-((np.log(x) - np.log(0.3)) ** 2) / 0.1) + 0.5 * np.exp(-((np.log(x) - np.log(4.0)) ** 2) / 0.1)
    assert rp.curve_peak(x, y2)[0] == pytest.approx(4.0, rel=0.02)
    # monotone: no interior maximum
    assert all(np.isnan(v) for v in rp.curve_peak(x, 1.0 / x))


def test_step_weight_excited_density_counts_states_in_a_window():
    """With f = θ(αT − E), ρ_exc(ω=0) counts the excited states with 0 < E ≤ αT, weighted by e^{−E/T_g}."""
    w, g = np.array([0.2, 0.35]), np.array([2, 1])
    d = 0.01
    c = rp.ripplon_state_counts(w, g, d, 1.0)
    Tg = 1e9                         # e^{−E/T_g} = 1: a pure count
    # states with 0 < E <= 0.38: 2 at 0.2, 1 at 0.35 -> 3; up to 0.45 add the 3 two-quantum states at 0.4 -> 6
    out = rp.excited_scattering_density_exact(c, d, Tg, np.array([0.38, 0.45]), 1, weight="step")
    np.testing.assert_allclose(out[:, 0], [3.0, 6.0], rtol=1e-9)
    # α rescales the window: α = 2 at T = 0.19 is the window 0.38
    out2 = rp.excited_scattering_density_exact(c, d, Tg, np.array([0.19]), 1, weight="step", alpha=2.0)
    assert out2[0, 0] == pytest.approx(3.0, rel=1e-9)
    with pytest.raises(ValueError, match="weight"):
        rp.excited_scattering_density_exact(c, d, Tg, np.array([0.1]), 1, weight="box")
    with pytest.raises(ValueError, match="n_omega"):
        rp.excited_scattering_density_exact(c, d, Tg, np.array([0.1]), c.size + 1)


def test_sharp_pole_search_keeps_a_root_beside_the_log_singularity():
    """With a sharp cut-off Σ(ω) → +∞ on both sides of ω_c (F = ω − ω_l − Σ → −∞): the singularity
    makes no sign change, so a sign change in the grid bin holding ω_c is a true root beside it.
    For silica's l = 2 the three roots are 0.0571, 0.2935, 0.3462 ω_D; on a 30-point grid the middle
    one shares its bin with ω_c = 0.31 and must not be dropped."""
    wl, Tg, wc = 0.149, 4.386, 0.31
    fine = rp.ripplon_pole_frequencies(wl, Tg, wc)
    np.testing.assert_allclose(fine, [0.05712812, 0.29346162, 0.34619447], rtol=1e-6)
    coarse = rp.ripplon_pole_frequencies(wl, Tg, wc, n_grid=30)
    np.testing.assert_allclose(coarse, fine, rtol=1e-9)
    for z in coarse:
        assert z - wl - float(rp.ripplon_shift(z, Tg, wc)) == pytest.approx(0.0, abs=1e-9)


def test_mode_counting_and_input_checks():
    assert rp.number_of_ripplon_modes(9) == 96 == sum(2 * l + 1 for l in range(2, 10))
    assert rp.number_of_ripplon_modes(2) == 5
    for bad in (1, 2.5):
        with pytest.raises(ValueError, match="l_max"):
            rp.number_of_ripplon_modes(bad)
    with pytest.raises(ValueError, match="N must be"):
        rp.barrier_profile(-1.0, 200.0, 0.8)
    with pytest.raises(ValueError, match="equal 1-d shapes"):
        rp.ripplon_state_counts([0.2, 0.3], [5], 0.01, 1.0)
    with pytest.raises(ValueError, match="integers"):
        rp.ripplon_state_counts([0.2], [2.5], 0.01, 1.0)
    with pytest.raises(ValueError, match="y must be"):
        rp.dispersion_integral(-0.1)
    with pytest.raises(ValueError, match="mode_weights"):
        rp.state_counts_from_mode_density([1.0, -1.0], 0.1, 1.0)


def test_effective_modes_weak_coupling_and_pole():
    """Eq. (55) at weak coupling (T_g → 0): one mode of degeneracy 5 keeps its 5 states, and its
    Lorentzian peaks at ω_l + Σ(ω_l); at silica's T_g the peak sits at the dressed pole."""
    fw, fg = rp.effective_modes(np.array([0.1]), np.array([5]), 0.01, 0.31, d_omega=1e-5, omega_max=0.3)
    assert fg.sum() == pytest.approx(5.0, rel=1e-3)
    assert fw[np.argmax(fg)] == pytest.approx(0.1 + float(rp.ripplon_shift(0.1, 0.01, 0.31)), abs=2e-5)
    wl, Tg, wc = 0.149, 4.386, 0.31
    fw, fg = rp.effective_modes(np.array([wl]), np.array([5]), Tg, wc, d_omega=1e-4, omega_max=1.0)
    assert fw[np.argmax(fg)] == pytest.approx(rp.ripplon_pole_frequencies(wl, Tg, wc)[0], abs=2e-4)


def test_domain_heat_capacity_is_beta2_d2lnZ_of_eq35():
    """c_ε = β²∂²ln Z_ε/∂β² with Z_ε = 1 + e^{−βε} Π_l (1 − e^{−βω_l})^{−(2l+1)} (Eq. (35)), by
    finite differences of ln Z at biases and temperatures where every term of Eq. (36) matters."""
    w, g = np.array([0.3, 0.7]), np.array([5, 7])

    def lnZ(beta, eps):
        return np.log1p(np.exp(-beta * eps - np.sum(g * np.log1p(-np.exp(-beta * w)))))

    for eps, T in ((0.5, 0.7), (-0.3, 0.4), (2.0, 0.25), (1.2, 1.5)):
        b, h = 1.0 / T, 1e-4 / T
        d2 = (lnZ(b + h, eps) - 2 * lnZ(b, eps) + lnZ(b - h, eps)) / h**2
        assert float(rp.domain_heat_capacity(eps, T, w, g)) == pytest.approx(b**2 * d2, rel=1e-5)


def test_saddle_point_without_ripplons_closed_form():
    """With the ripplons pushed out of reach (one mode at 200, ω ≤ 1), Eq. (40) is ω = 1/κ₀, so
    κ₀ = 1/ω, and Eqs. (39)–(41) give T_gρ = e^{(κ₀ − β_g)ω}/(κ₀√(2π/κ₀²)) = e^{1 − ω/T_g}/√(2π):
    the exact ground-state e^{−ω/T_g} times the saddle-point factor e/√(2π) = 1.0844."""
    w, g = np.array([200.0]), np.array([1])
    om = np.array([0.25, 0.5, 1.0])
    for Tg in (4.0, 2.5):
        np.testing.assert_allclose(rp.saddle_point_kappa(om, Tg, w, g), 1.0 / om, rtol=1e-10)
        np.testing.assert_allclose(rp.scattering_density_saddle(om, Tg, w, g),
                                   np.exp(1.0 - om / Tg) / np.sqrt(2 * np.pi), rtol=1e-8)
    assert np.e / np.sqrt(2 * np.pi) == pytest.approx(1.0844, abs=1e-4)


def test_dispersion_integral_is_the_principal_value_of_eq54():
    """P∫₀¹ u³du/(u − y): 5/6 at y = ½ by hand (1/3 + 1/4 + 1/4, the log vanishes); scipy's Cauchy
    weight for y < 1, a plain integral for y > 1."""
    from scipy.integrate import quad

    assert float(rp.dispersion_integral(0.5)) == pytest.approx(5 / 6, rel=1e-13)
    for y in (0.1, 0.3, 0.7, 0.95):
        pv = quad(lambda u: u**3, 0.0, 1.0, weight="cauchy", wvar=y)[0]
        assert float(rp.dispersion_integral(y)) == pytest.approx(pv, rel=1e-9)
    for y in (1.05, 1.5, 3.0):
        direct = quad(lambda u: u**3 / (u - y), 0.0, 1.0)[0]
        assert float(rp.dispersion_integral(y)) == pytest.approx(direct, rel=1e-9)


def test_rayleigh_mfp_scaling_laws():
    """Eq. (A12): τ⁻¹ ∝ n = T/(T_gξ³), so l/λ ∝ T_g/T; at the peak ω = ω_l of the Gaussian P_l of
    width δω_l = ω_l/(2√D), P_l ∝ √D, so l/λ ∝ 1/√D (the chapter's D = 20 vs 100: √5); one width
    off the peak P_l falls by e^{−1/2} (narrow peak: the other factors barely change)."""
    w = 10**-1.5

    def r(om=w, T=w, Tg=4.386, D=20.0):
        return float(rp.rayleigh_mfp_over_wavelength(om, T, 5.8, Tg, D, omega_l=w))

    assert r(T=2 * w) == pytest.approx(r() / 2, rel=1e-12)
    assert r(Tg=2 * 4.386) == pytest.approx(2 * r(), rel=1e-12)
    assert r(D=100.0) == pytest.approx(r(D=20.0) / np.sqrt(5.0), rel=1e-12)
    D = 1e6
    dw = w / (2 * np.sqrt(D))
    assert r(om=w + dw, D=D) / r(D=D) == pytest.approx(np.exp(0.5), rel=5e-3)
    assert r(om=w - 2 * dw, D=D) / r(D=D) == pytest.approx(np.exp(2.0), rel=5e-3)


def test_a_sharp_cut_off_is_the_limit_of_the_smeared_one_in_the_spectral_weight():
    """Eq. (55) with the cut-off smeared by omega_c/sqrt(D): D -> infinity is the sharp cut-off."""
    om = np.linspace(0.05, 0.6, 12)
    modes = np.array([0.149, 0.25])
    sharp = rp.broadened_spectral_weight(om, modes, 4.386, 0.31)
    smeared = rp.broadened_spectral_weight(om, modes, 4.386, 0.31, fragility=1e8)
    assert smeared.shape == sharp.shape == (12, 2)
    assert np.allclose(smeared, sharp, rtol=1e-3)
    assert not np.allclose(rp.broadened_spectral_weight(om, modes, 4.386, 0.31, fragility=4.0), sharp, rtol=1e-2)
