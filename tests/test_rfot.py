"""Tests of glasslib.rfot (Lubchenko & Wolynes 2008, Secs. II–III)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glasslib import rfot, units
from glasslib.materials import DataError

T_G = 1500.0


def test_droplet_numbers_at_tg():
    kappa = rfot.mismatch_coefficient_over_kT(0.1)
    assert kappa == pytest.approx(1.5 * np.sqrt(3 * np.pi) * np.log(100 / (np.pi * np.e)))
    s_c = rfot.configurational_entropy(1e17)
    gam = rfot.mismatch_coefficient(T_G)
    assert rfot.barrier_height(gam, T_G, s_c) / (units.k_B * T_G) == pytest.approx(np.log(1e17))
    N_star = rfot.mosaic_size(gam, T_G, s_c)
    assert rfot.droplet_free_energy(N_star, gam, T_G, s_c) == pytest.approx(0.0, abs=1e-30)
    assert N_star ** (1 / 3) == pytest.approx(rfot.xi_over_a(1e17))
    assert rfot.barrier_size(gam, T_G, s_c) == pytest.approx(N_star / 4)


def test_barrier_maximum_is_maximum():
    gam = rfot.mismatch_coefficient(T_G)
    s_c = rfot.configurational_entropy(1e17)
    N = np.linspace(1, 60, 5901)
    V = rfot.typical_barrier(N, gam, T_G, s_c)
    assert N[np.argmax(V)] == pytest.approx(rfot.transition_state_size(gam, T_G, s_c), abs=0.02)
    assert V.max() == pytest.approx(rfot.max_barrier(gam, T_G, s_c), rel=1e-6)


def test_barrier_free_fraction_and_density():
    V_max = 20 * units.k_B * T_G
    assert rfot.barrier_free_fraction(V_max, T_G) == pytest.approx(np.exp(-20 / np.sqrt(2)))
    assert rfot.barrier_density(V_max, V_max, T_G) == pytest.approx(1.0)
    assert rfot.barrier_density(2 * V_max, V_max, T_G) == 0.0


def test_pbar_coupling_and_C():
    a, xi, rho, c_s = 3.5e-10, 20e-10, 2200.0, 4100.0
    P = rfot.tls_density_of_states(T_G, xi)
    g = rfot.phonon_coupling(rho, c_s, a, T_G)
    assert rfot.coupling_constant(P, g, rho, c_s) == pytest.approx((a / xi) ** 3)
    assert rfot.thermal_strain(rho, c_s, a, T_G) == pytest.approx(units.k_B * T_G / g)


def test_mean_free_path_ratio_eq20():
    r = 1 / 5.8
    expected = 1 / (2 * np.pi**2 / 3 * np.tanh(0.5) * r**3)
    assert rfot.mean_free_path_ratio(r) == pytest.approx(expected)
    assert rfot.mean_free_path_ratio(r, np.inf) == pytest.approx(expected * np.tanh(0.5))


def test_waiting_time_integral_c0_closed_form_and_asymptote():
    L = np.array([0.0, 0.5, 3.0, 30.0])
    assert rfot.waiting_time_integral(L, 0.0) == pytest.approx(2 * np.arccosh(np.exp(L / 2)), rel=1e-9)
    assert rfot.waiting_time_integral(-1.0, 0.1) == 0.0
    # I − (2/c)e^{cL/2} → B(−c/2, 1/2) as L → ∞
    from scipy.special import beta
    c = 0.3
    assert (rfot.waiting_time_integral(40.0, c) - rfot.waiting_time_integral_asymptote(40.0, c)
            ) == pytest.approx(beta(-c / 2, 0.5), rel=1e-6)


@settings(max_examples=15, deadline=None)
@given(st.floats(0.01, 0.5), st.floats(0.02, 0.5))
def test_long_time_exponents(c, T):
    """Eq. (28): with the asymptotic inner integral C ∝ t^{c/2} T^{1+c/2} (τ_min ∝ E⁻³ tanh)."""
    args = dict(c=c, tau_min_ref=2e-6, E_ref=units.k_B * 0.2, Delta0=units.k_B * 342)
    C1 = rfot.heat_capacity_long_time(T, 1e3, **args)
    C2 = rfot.heat_capacity_long_time(2 * T, 1e3, **args)
    C3 = rfot.heat_capacity_long_time(T, 2e3, **args)
    assert np.log(C2 / C1) / np.log(2) == pytest.approx(1 + c / 2, rel=1e-6)
    assert np.log(C3 / C1) / np.log(2) == pytest.approx(c / 2, rel=1e-6)


def test_heat_capacity_approaches_asymptote():
    args = dict(c=0.1, tau_min_ref=2e-6, E_ref=units.k_B * 0.2, Delta0=units.k_B * 342)
    r_short = rfot.heat_capacity(0.1, 1.0, **args) / rfot.heat_capacity_long_time(0.1, 1.0, **args)
    r_long = rfot.heat_capacity(0.1, 1e30, **args) / rfot.heat_capacity_long_time(0.1, 1e30, **args)
    assert r_short < r_long < 1.0
    assert r_long > 0.9


def test_min_relaxation_time_rfot_matches_eq25():
    rho, c_s, T_D = 2200.0, 4100.0, 342.0
    a = rfot.debye_bead_size(c_s, units.k_B * T_D / units.hbar)
    g = rfot.phonon_coupling(rho, c_s, a, T_G)
    E = 5.7e-4 * units.k_B * T_D
    rate = rfot.min_relaxation_rate(E, 0.0, rho, c_s, g)
    assert 1 / rate == pytest.approx(rfot.min_relaxation_time_rfot(5.7e-4, T_G))


def test_amplitude_exponent_printed_is_pi_times():
    w = units.k_B * 10.0
    assert rfot.amplitude_exponent_as_printed(w, T_G) == pytest.approx(np.pi * rfot.amplitude_exponent(w, T_G))
    assert rfot.tunnelling_amplitude_density(2.0, 1.0, 0.1) == 0.0


def test_local_exponent_power_law():
    x = np.geomspace(1, 10, 7)
    assert rfot.local_exponent(x, 3 * x**1.7) == pytest.approx(np.full(7, 1.7))


def test_lw_parameters_loads():
    p = rfot.lw_parameters()
    assert p["T_g"] == 1500.0
    assert p["a"] == pytest.approx(3.5e-10)


def test_lw_parameters_bad_file(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("quantity,value,unit,where\nT_g,abc,K,here\n")
    with pytest.raises(DataError):
        rfot.lw_parameters(f)


@pytest.mark.parametrize("call", [
    lambda: rfot.tls_density_of_states(-1.0, 2e-9),
    lambda: rfot.tls_density_of_states(1500.0, 0.0),
    lambda: rfot.phonon_coupling(2200.0, -1.0, 3.5e-10, 1500.0),
    lambda: rfot.mean_free_path_ratio(1.5),
    lambda: rfot.mean_free_path_ratio(0.0),
    lambda: rfot.xi_over_a(0.5),
    lambda: rfot.lindemann_log(0.5),
    lambda: rfot.configurational_entropy(np.nan),
    lambda: rfot.droplet_free_energy(-1.0, 1.0, 1.0, 1.0),
    lambda: rfot.heat_capacity(-0.1, 1.0, 0.1, 2e-6, 1e-23, 1e-21),
    lambda: rfot.local_exponent([1.0, 2.0], [1.0, 2.0]),
])
def test_bad_input_raises(call):
    with pytest.raises(ValueError):
        call()


def test_error_names_parameter():
    with pytest.raises(ValueError, match="T_g"):
        rfot.tls_density_of_states(0.0, 2e-9)


# ----------------------------------------------------------------------- additions (issue 13)
# The SymPy derivations of Secs. II-III now run on the page of chapter 4 (rfot_symbolic is gone).

def _hc_inputs():
    p = rfot.lw_parameters()
    kTD = units.k_B * p["T_D"]
    return dict(c=0.1, tau_min_ref=p["tau_min_ref"], E_ref=p["E_over_T_D_at_tau_min_ref"] * kTD, Delta0=kTD)


def test_gap_energy_limit_and_root():
    hc = _hc_inputs()
    # E_min >> k_B T: E_ref (tau_ref/t)^(1/3)
    E = rfot.gap_energy(1e-4, 10e-6, hc["tau_min_ref"], hc["E_ref"])
    assert E == pytest.approx(hc["E_ref"] * (hc["tau_min_ref"] / 10e-6) ** (1 / 3), rel=1e-6)
    # the root: tau_min(E_min) = t, also where the tanh matters
    T, t = 0.1, 1.0
    E = rfot.gap_energy(T, t, hc["tau_min_ref"], hc["E_ref"])
    tau = hc["tau_min_ref"] * (hc["E_ref"] / E) ** 3 * np.tanh(E / (2 * units.k_B * T))
    assert tau == pytest.approx(t, rel=1e-9)


def test_heat_capacity_above_gap_agrees_where_the_cut_is_harmless():
    hc = _hc_inputs()
    T = np.array([0.05, 0.1, 0.5])
    assert rfot.heat_capacity_above_gap(T, 3600.0, **hc) == pytest.approx(rfot.heat_capacity(T, 3600.0, **hc), rel=1e-8)


def test_heat_capacity_above_gap_is_finite_below_the_cut():
    hc = _hc_inputs()
    assert rfot.heat_capacity(1e-3, 10e-6, **hc) == 0.0          # the βE <= 40 cut empties it
    C = rfot.heat_capacity_above_gap(1e-3, 10e-6, **hc)
    x0 = rfot.gap_energy(1e-3, 10e-6, hc["tau_min_ref"], hc["E_ref"]) / (units.k_B * 1e-3)
    assert 0.0 < C < units.k_B**2 * 1e-3 * x0**3 * np.exp(-x0) * 1e3   # exponentially small, ~ x0^2 e^-x0


def test_kinetic_mean_free_path_factor():
    from scipy.integrate import quad
    w = lambda x: x**4 * np.exp(x) / np.expm1(x) ** 2
    num = quad(lambda x: w(x) / (x * np.tanh(x / 2)), 0, 100)[0]
    assert rfot.kinetic_mean_free_path_factor() == pytest.approx(num / (4 * np.pi**4 / 15), rel=1e-8)


def test_stretched_exponent_limits():
    # a narrow distribution relaxes exponentially; a broader one is more stretched
    assert rfot.stretched_exponent(0.05) == pytest.approx(1.0, abs=0.01)
    b = rfot.stretched_exponent(np.array([0.5, 2.0, 6.0]))
    assert np.all(np.diff(b) < 0) and np.all((b > 0) & (b <= 1))
    # cutting the high-barrier side narrows the distribution
    assert rfot.stretched_exponent(4.0, truncated=True) > rfot.stretched_exponent(4.0)
    # log-normal of width s: beta close to 1/sqrt(1 + s^2) (the usual estimate) within 20%
    assert rfot.stretched_exponent(2.0) == pytest.approx(1 / np.sqrt(5), rel=0.2)


# --- lw_inputs: the theory's inputs for any glass with rho, v, v_o, T_g, T_D -------------------

def test_lw_inputs_for_silica_are_the_papers_printed_numbers():
    assert rfot.lw_inputs() == rfot.lw_parameters()
    assert rfot.lw_inputs("a-SiO2")["T_g"] == 1500.0


def test_lw_inputs_for_bk7_come_from_the_cy_supplement_row():
    p = rfot.lw_inputs("BK7")           # Supplement Table I: 2510 kg/m3, 4195 m/s, 41.8 A^3, 836 K, 360 K
    assert (p["T_g"], p["T_D"], p["rho"], p["c_s"]) == (836.0, 360.0, 2510.0, 4195.0)
    assert p["a"] == pytest.approx(41.8e-30 ** (1 / 3), rel=1e-12)       # 3.4705 A
    assert p["xi"] / p["a"] == pytest.approx(float(rfot.xi_over_a(1e17, 0.1)), rel=1e-12)
    assert p["lindemann_ratio"] == 0.1 and p["tau_over_tau0_at_T_g"] == 1e17   # universal, kept


def test_lw_inputs_drop_silicas_measurements_for_another_glass():
    p = rfot.lw_inputs("PMMA")
    assert not set(rfot.LW_SILICA_ONLY) & set(p)
    assert set(rfot.LW_SILICA_ONLY) <= set(rfot.lw_inputs())


def test_lw_inputs_unknown_material_lists_the_valid_names():
    with pytest.raises(KeyError, match=r"unknown material 'bk7'.*did you mean 'BK7'.*'a-SiO2', 'SiO2', 'BK7'"):
        rfot.lw_inputs("bk7")
    assert rfot.lw_materials()[:3] == ["a-SiO2", "SiO2", "BK7"] and len(rfot.lw_materials()) == 11
