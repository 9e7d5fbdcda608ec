"""Tests of glasslib.quantum_mixing (LW2008 Sections V–VI: exact vs perturbative)."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from glasslib import quantum_mixing as qm

D_I = np.array([0.02, 0.015])
W_I = np.array([0.15, 0.23])


def test_hamiltonian_shape_and_symmetry():
    H = qm.tunnelling_centre_hamiltonian(np.linspace(0, 0.1, 5), 0.01, D_I, W_I)
    assert H.shape == (5, 4, 4)
    assert np.allclose(H, np.swapaxes(H, -1, -2))
    assert np.all(H[:, 0, 2:] == 0)   # bottom state not coupled to ripplons


@settings(max_examples=40, deadline=None)
@given(eps=st.floats(0.0, 0.12))
def test_eq59_is_the_secular_equation(eps):
    lam = qm.renormalised_asymmetry_exact(eps, D_I, W_I)
    assert np.isclose(qm.bare_asymmetry_exact(lam, D_I, W_I), eps, atol=1e-12)


def test_forbidden_band_and_clipping():
    sig = qm.level_shift_sigma(D_I, W_I)
    assert qm.renormalised_asymmetry_exact(0.5 * sig, D_I, W_I) < 0
    assert qm.renormalised_asymmetry_eq59(0.5 * sig, D_I, W_I) == 0
    assert np.isclose(qm.renormalised_asymmetry_exact(sig, D_I, W_I), 0.0, atol=1e-6)


def test_effective_two_level_splitting_matches_exact():
    eps = np.linspace(0.0, 0.05, 11)
    E = qm.tls_splitting_exact(eps, 0.01, D_I, W_I)
    Eeff = qm.tls_splitting_effective(qm.renormalised_asymmetry_exact(eps, D_I, W_I),
                                      qm.tunnelling_renormalisation_exact(0.01, eps, D_I, W_I))
    assert np.allclose(E, Eeff, rtol=5e-3)


def test_weak_coupling_eq60():
    small = 1e-3 * D_I
    exact = qm.tunnelling_renormalisation_exact(1.0, 1e-6, small, W_I)
    assert np.isclose(exact, qm.tunnelling_renormalisation_eq60(1.0, small, W_I), rtol=1e-10)


def test_franck_condon():
    d = np.array([0.0, 0.01, 0.1, 1.0])
    sol = qm.franck_condon_self_consistent(d, 200.0)
    assert np.allclose(sol, d * np.exp(-100.0 * sol**2))
    assert np.isclose(qm.franck_condon_first_order(1e-4, 200.0), 1e-4, rtol=1e-5)


def test_fast_tls_integral_limits():
    assert np.isclose(qm.fast_tls_integral(0.0), 1.0)
    assert np.isclose(qm.fast_tls_integral(1.0), np.pi / 2)
    assert np.isclose(qm.fast_tls_integral(0.0, 1.0), 0.0)


def test_second_order_equals_eq73_eq77_eq81():
    T = np.array([0.1, 0.5, 2.0])
    lv = (qm.three_level_energies(0.3, 1.0)[:, None] + qm.three_level_energies(0.5, 1.7)[None, :]).ravel()
    V = qm.two_site_coupling(3, (2, 3), 3, (2, 3), "both")
    assert np.allclose(qm.second_order_free_energy(np.tile(lv, (3, 1)), V, T),
                       qm.delta_F_rr_eq73(0.3, 0.5, 1.0, 1.7, T))
    lv2 = (qm.three_level_energies(0.3, 1.0)[:, None] + np.array([0.0, 0.4])[None, :]).ravel()
    V2 = qm.two_site_coupling(3, (2, 3), 2, (1, 2), "both")
    assert np.allclose(qm.second_order_free_energy(np.tile(lv2, (3, 1)), V2, T),
                       qm.delta_F_rT_eq77(0.3, 1.0, 0.4, T))
    lv3 = (np.array([0.0, 0.2])[:, None] + np.array([0.0, 0.4])[None, :]).ravel()
    V3 = qm.two_site_coupling(2, (1, 2), 2, (1, 2), "both")
    assert np.allclose(qm.second_order_free_energy(np.tile(lv3, (3, 1)), V3, T), qm.delta_F_TT_eq81(0.2, 0.4, T))
    # flip-flop alone is not Eq. (73)
    Vff = qm.two_site_coupling(3, (2, 3), 3, (2, 3), "flip_flop")
    assert not np.allclose(qm.second_order_free_energy(np.tile(lv, (3, 1)), Vff, T),
                           qm.delta_F_rr_eq73(0.3, 0.5, 1.0, 1.7, T))


def test_exact_diagonalisation_converges_to_eq73():
    lv = (qm.three_level_energies(0.3, 1.0)[:, None] + qm.three_level_energies(0.5, 1.7)[None, :]).ravel()
    V = qm.two_site_coupling(3, (2, 3), 3, (2, 3), "both")
    J = np.array([1e-2, 1e-3])
    r = qm.two_site_free_energy_exact(lv, V, J, 0.5) / qm.delta_F_rr_eq73(0.3, 0.5, 1.0, 1.7, 0.5, J)
    assert abs(r[1] - 1) < 1e-5 and abs(r[1] - 1) < abs(r[0] - 1)


def test_equal_frequency_limit():
    a = qm.delta_F_TT_eq81(0.3, 0.3, 0.1)
    b = qm.delta_F_TT_eq81(0.3, 0.3 + 1e-6, 0.1)
    assert np.isclose(a, b, rtol=1e-4)


def test_eq74_is_low_T_limit():
    assert np.isclose(qm.delta_F_rr_eq73(0.01, 0.02, 1.0, 1.5, 0.02), qm.delta_F_rr_eq74(0.01, 0.02, 1.0, 1.5, 0.02),
                      rtol=1e-6)


def test_orientation_average():
    m, se = qm.orientation_average_J2_monte_carlo(50_000, seed=1)
    assert abs(m - 2 / 3) < 5 * se


def test_heat_capacity_bracket():
    fast, reg = qm.heat_capacity_bracket_eq69(0.01, 1e-12, 1e-9, 200.0, 0.1)
    assert fast == 0 and reg == 0
    fast, reg = qm.heat_capacity_bracket_eq69(0.01, 1.0, 1e-9, 200.0, 0.0)
    Z = np.log(1e9)
    exact = np.log(np.exp(Z / 2) + np.sqrt(np.exp(Z) - 1))   # ∫_0^Z dz/(2√(1−e^{−z}))
    assert np.isclose(reg, exact, rtol=1e-6) and np.isclose(fast, 2.0)


def test_pileup_measure():
    sig = qm.level_shift_sigma(D_I, W_I)
    assert qm.small_asymmetry_measure(1e-3 * sig, D_I, W_I) < 0.01 * sig
    assert np.isclose(qm.small_asymmetry_measure(sig, D_I, W_I), 2 * sig, rtol=0.05)


@pytest.mark.parametrize("call", [
    lambda: qm.tunnelling_centre_hamiltonian(-1.0, 0.1, D_I, W_I),
    lambda: qm.tunnelling_centre_hamiltonian(0.1, 0.1, D_I, -W_I),
    lambda: qm.franck_condon_self_consistent(0.1, 0.0),
    lambda: qm.fast_tls_integral(0.1, 1.5),
    lambda: qm.site_operator(3, 2, 2),
    lambda: qm.two_site_coupling(3, (2, 3), 3, (2, 3), "bogus"),
    lambda: qm.boltzmann_free_energy([0.0, 1.0], 0.0),
    lambda: qm.orientation_average_J2_monte_carlo(1),
    lambda: qm.bare_asymmetry_exact(0.2, D_I, W_I),
])
def test_bad_input(call):
    with pytest.raises(ValueError):
        call()


def test_folded_shell_edge_solves_its_equation():
    b = np.array([1e-4, 0.3, 2.31, 50.0])
    x = qm.folded_shell_edge(b)
    assert np.allclose(np.sqrt(1 - x**2), b * x**2, rtol=1e-7)  # cancellation in 1 - x^2 at small b
    assert qm.folded_shell_edge(0.0) == 1.0


def test_folded_bracket_limits():
    # small b: the folded fast term is the paper's BE/omega_D; large b: it saturates at the regular term
    fast, reg = qm.scattering_bracket_folded(np.array([1e-7]), 100.0, 0.1)
    assert fast[0] == pytest.approx(1e-5, rel=1e-3)
    fast, reg = qm.scattering_bracket_folded(np.array([1e3]), 100.0, 0.1)
    assert fast[0] == pytest.approx(reg[0], rel=1e-4)
    # c = 0: the fast term is sqrt(1 - x*^2) in closed form
    fast, _ = qm.scattering_bracket_folded(np.array([0.01]), 231.0, 0.0)
    x = qm.folded_shell_edge(2.31)
    assert fast[0] == pytest.approx(np.sqrt(1 - x**2), rel=1e-12)


def test_folded_heat_capacity_bracket_small_b():
    E = np.array([1e-2])
    tm = qm.tau_min_scaled(E, 2e-6, 5.7e-4)
    fast, reg = qm.heat_capacity_bracket_folded(E, 60.0, tm, 1e-3, 0.1)
    assert fast[0] == pytest.approx(1e-5, rel=1e-3)
    _, reg69 = qm.heat_capacity_bracket_eq69(E, 60.0, tm, 1e-3, 0.1)
    assert reg[0] == pytest.approx(reg69[0], rel=1e-12)


def test_conductivity_exponent_known_values():
    # without fast TLS kappa is exactly T^(2+c)
    assert qm.conductivity_exponent([1e-3, 1e-2], 231.0, 0.1, "none") == pytest.approx([2.1, 2.1], abs=1e-6)
    e68 = qm.conductivity_exponent(1e-2, 231.0, 0.1, "eq68")[0]
    fold = qm.conductivity_exponent(1e-2, 231.0, 0.1, "folded")[0]
    assert 1.3 < e68 < 1.6 and 1.95 < fold < 2.1
    with pytest.raises(ValueError):
        qm.thermal_conductivity_fast_tls(1e-2, 231.0, 0.1, "bogus")


def test_exact_map_bracket_limits():
    from glasslib.ripplons import ripplon_modes
    _, w, g = ripplon_modes(5.848)
    B = float(np.sum(g / w))
    # no mixing: the regular integral alone
    assert qm.scattering_bracket_exact_map(np.array([1e-2]), 1e-9, 0.1, w, g)[0] == pytest.approx(
        qm.fast_tls_integral(0.1), rel=1e-4)
    # weak mixing (small E): the leading-order folded bracket
    fast, reg = qm.scattering_bracket_folded(np.array([1e-3]), B, 0.1)
    assert qm.scattering_bracket_exact_map(np.array([1e-3]), B, 0.1, w, g)[0] == pytest.approx(fast[0] + reg[0], rel=2e-3)
    with pytest.raises(ValueError):
        qm.thermal_conductivity_fast_tls(1e-2, B, 0.1, "exact_map")


# --- Eqs. (67)-(69): the functions behind chapter 6's heat-capacity figures, against values by hand


def test_small_asymmetry_measure_eq67_is_x_plus_sigma():
    assert qm.small_asymmetry_measure_eq67(np.array([0.3, 1.0]), 0.2) == pytest.approx([0.5, 1.2])
    with pytest.raises(ValueError):
        qm.small_asymmetry_measure_eq67(0.3, -0.1)


def test_scattering_bracket_eq68_known_values():
    # fast = B E/ħω_D; regular at c = 0: ∫_0^1 x/√(1−x²) dx = 1
    fast, regular = qm.scattering_bracket_eq68(np.array([0.01, 0.02]), 200.0, 0.0)
    assert fast == pytest.approx([2.0, 4.0]) and regular == pytest.approx([1.0, 1.0])


T69, TAU69, EREF69 = 0.01, 1e-9, 1e-3      # T/T_D, τ_ref [s], E_ref/T_D: every E of the grid has relaxed by 1 s


def test_heat_capacity_eq69_fast_part_is_a_fermi_integral():
    # all relaxed, c = 0: B ∫ dE E (βE/2cosh)² = B T² ∫_0^∞ x³ eˣ/(eˣ+1)² dx = B T² · (9/2) ζ(3)
    from scipy.special import zeta

    fast, _ = qm.heat_capacity_eq69(T69, np.array([1.0, 100.0]), 200.0, 0.0, TAU69, EREF69)
    assert fast / (200.0 * T69**2) == pytest.approx(4.5 * zeta(3), rel=1e-6)


def test_heat_capacity_eq69_regular_part_against_a_closed_form_and_quad():
    # c = 0: ∫_0^Z dz/(2√(1−e^{−z})) = artanh√(1−e^{−Z}) = ln(1 + u) + Z/2, u = √(1−e^{−Z})
    from scipy.integrate import quad

    def integrand(x, t):
        E = x * T69
        Z = np.log(max(t / (TAU69 * (EREF69 / E) ** 3), 1.0))
        u = np.sqrt(-np.expm1(-Z))
        return (x / (2 * np.cosh(x / 2))) ** 2 * T69 * (np.log1p(u) + Z / 2)

    times = np.array([1.0, 100.0])
    _, regular = qm.heat_capacity_eq69(T69, times, 200.0, 0.0, TAU69, EREF69)
    assert regular == pytest.approx([quad(integrand, 0, 30, args=(t,), limit=200)[0] for t in times], rel=1e-5)


def test_heat_capacity_folded_has_the_regular_part_of_eq69_and_its_small_b_limit():
    times = np.array([1.0, 100.0])
    for B in (1e-4, 1e-8):        # b = BE/ħω_D → 0: the folded fast part → Bθ(t − τ_min), Eq. (69)'s
        f_fold, r_fold = qm.heat_capacity_folded(T69, times, B, 0.0, TAU69, EREF69)
        f_69, r_69 = qm.heat_capacity_eq69(T69, times, B, 0.0, TAU69, EREF69)
        assert f_fold == pytest.approx(f_69, rel=1e-9) and r_fold == pytest.approx(r_69, rel=1e-12)
    f_fold, _ = qm.heat_capacity_folded(T69, times, 200.0, 0.0, TAU69, EREF69)
    f_69, _ = qm.heat_capacity_eq69(T69, times, 200.0, 0.0, TAU69, EREF69)
    assert np.all(f_fold < f_69)  # at b ~ 1 the folded centres relax later (τ_min/x²) and fewer are fast
