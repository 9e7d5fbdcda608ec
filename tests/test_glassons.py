"""Tests of glasslib.glassons and glasslib.glassons_symbolic (Turlakov 2022, chapter 8)."""
from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from glasslib import dimensions as dim
from glasslib import glassons as gl
from glasslib import glassons_symbolic as G
from glasslib import units
from glasslib.materials import DataError

S = G.S


def test_silica_inputs_si():
    s = gl.silica_inputs()
    assert s.rho == pytest.approx(2200.0)
    assert s.c_t == pytest.approx(4000.0)
    assert s.Cv_over_T == pytest.approx(1e-3)
    assert s.epsilon_F == pytest.approx(10 * units.k_B)


def test_bad_table_names_file(tmp_path):
    bad = tmp_path / "t.csv"
    bad.write_text("quantity,value,unit,where\nrho,2.2,furlong,x\n")
    with pytest.raises(DataError, match="unknown unit"):
        gl.silica_inputs(str(bad))


def test_energy_scales_cross_at_xi():
    s = gl.silica_inputs()
    xi = gl.crossover_length(s.Lambda, s.rho, s.c_t)
    m = gl.scaling_mass(s.Lambda, s.rho, s.c_t)
    Es = gl.phonon_energy(s.c_t, xi)
    assert gl.kinetic_energy(m, xi) == pytest.approx(Es, rel=1e-12)
    assert gl.dipole_energy(s.Lambda, s.rho, s.c_t, xi) == pytest.approx(Es, rel=1e-12)
    assert gl.dipole_length(s.Lambda, m, s.rho, s.c_t) == pytest.approx(xi, rel=1e-12)


def test_fermi_parameters_consistent():
    s = gl.silica_inputs()
    k = gl.fermi_wavevector(s.epsilon_F, s.Cv_over_T, s.rho)
    m = gl.fermi_mass(s.epsilon_F, s.Cv_over_T, s.rho)
    assert gl.fermi_energy(k, m) == pytest.approx(s.epsilon_F, rel=1e-12)
    nu = gl.fermi_density_of_states(s.Cv_over_T, s.rho)
    assert nu == pytest.approx(m * k / (np.pi**2 * units.hbar**2), rel=1e-12)
    # printed Eq. (17) is the consistent mass divided by 3^(1/3)
    assert gl.fermi_mass_as_printed(s.epsilon_F, s.Cv_over_T, s.rho) * 3 ** (1 / 3) == pytest.approx(m)


@settings(max_examples=30, deadline=None)
@given(x=st.floats(1e-6, 50.0), T=st.floats(0.01, 10.0))
def test_fermi_sum_bounds(x, T):
    omega = x * units.k_B * T / units.hbar
    F = gl.fermi_sum(omega, T)
    assert F >= units.k_B * T * (1 - 1e-12)
    assert F >= units.hbar * omega * (1 - 1e-12)


def test_fermi_sum_zero_frequency():
    assert gl.fermi_sum(0.0, 2.0) == pytest.approx(2.0 * units.k_B)


def test_dipolar_and_exponent():
    assert gl.dipolar_dos_ratio(1.0, 5.0, 1.0) == 1.0
    assert gl.effective_exponent(0.0, 0.01, 0.1, 1.0) == pytest.approx(0.0)
    a = gl.effective_exponent(np.array([0.1, 1.0, 100.0]), 0.01, 0.1, 1.0)
    assert np.all(np.diff(a) > 0) and a[-1] < 1 / np.log(10.0)


@pytest.mark.parametrize("call", [
    lambda: gl.phonon_energy(-1.0, 1e-9),
    lambda: gl.crossover_length(1e-18, 0.0, 4000.0),
    lambda: gl.fermi_wavevector(-1.0, 1e-3, 2200.0),
    lambda: gl.fermi_sum(-1.0, 1.0),
    lambda: gl.dipolar_dos_ratio(2.0, 1.0, 1.0),
    lambda: gl.dipolar_dos_ratio(0.5, -1.0, 1.0),
    lambda: gl.effective_exponent(1.0, 0.1, 0.01, 1.0),
    lambda: gl.internal_friction_eq15(1e8, 0.0, 4000.0, 1e4),
])
def test_bad_input_raises(call):
    with pytest.raises(ValueError):
        call()


def test_symbolic_steps():
    sol = G.solve_crossover()
    assert sp.simplify(G.eq8_printed(G.H_consistent())["xi"] - sol["xi"]) == 0
    assert sp.simplify(G.eq18_ratio() - (S.k_F * S.xi) ** 2) == 0
    assert G.tanh_identity() == 0
    assert G.kappa_temperature_exponent("x") == 2
    assert G.kappa_temperature_exponent("z") == 1
    with pytest.raises(ValueError):
        G.kappa_integrand("y")


def test_dimensions_of_formulas():
    H = G.H_consistent()
    assert dim.same_dimension(dim.dimension_of(H, G.DIMS), dim.mass / dim.time)
    assert not dim.same_dimension(dim.dimension_of(G.H_printed(), G.DIMS), dim.mass / dim.time)
    k = G.fermi_parameters()["k_F"]
    assert dim.same_dimension(dim.dimension_of(k, G.DIMS), 1 / dim.length)
    assert dim.is_dimensionless(G.KFs_printed(), G.DIMS)


def test_jordan_wigner_anticommutes():
    jw = G.jordan_wigner_two_sites()
    c1, c2, s2 = jw["c1"], jw["c2"], jw["s2"]
    assert c1 * c2 + c2 * c1 == sp.zeros(4)
    assert c1 * c2.H + c2.H * c1 == sp.zeros(4)
    assert c2 * c2.H + c2.H * c2 == sp.eye(4)
    assert c1 * s2 - s2 * c1 == sp.zeros(4)


def test_silica_numbers_of_the_ledger():
    from glasslib.claims import turlakov
    n = turlakov.silica_numbers()
    assert n["k_F_per_cm"] == pytest.approx(2.12e6, rel=1e-2)
    assert n["xi_A"] == pytest.approx(131.5, rel=1e-2)


def test_exponent_ceiling_is_strong_coupling_limit():
    ceiling = gl.effective_exponent_ceiling(0.05, 0.5, 1.0)
    assert gl.effective_exponent(1e9, 0.05, 0.5, 1.0) == pytest.approx(ceiling, rel=1e-6)
    with pytest.raises(ValueError):
        gl.effective_exponent_ceiling(0.5, 0.05, 1.0)


def test_tunnelling_equivalent_coupling():
    assert gl.tunnelling_equivalent_coupling(2e-4, 4000.0, 8000.0) == pytest.approx(1e-4)
    with pytest.raises(ValueError, match="v_F"):
        gl.tunnelling_equivalent_coupling(2e-4, 4000.0, 0.0)


def test_energies_quoted_in_kelvin_are_joules():
    s = gl.silica_inputs()
    assert s.M_atom_ct2 == pytest.approx(1e5 * units.k_B, rel=1e-12)
    assert s.T_Q == pytest.approx(1.0)


def test_net_fermi_sum_is_hbar_omega():
    net = G.fermi_sum_net_integral()
    assert sp.simplify(net - S.hbar * S.omega) == 0
    gross = G.fermi_sum_integral()
    em = G.fermi_sum_emission_integral()
    # detailed balance: absorption / emission = exp(hbar omega / k_B T)
    assert sp.simplify((gross / em - sp.exp(S.hbar * S.omega / (S.k_B * S.T))).rewrite(sp.exp)) == 0
    assert G.kappa_temperature_exponent("z_net") == 1
    w = np.array([1e9, 1e11])
    assert gl.fermi_sum(w, 0.01) - gl.fermi_sum_net(w) == pytest.approx(
        units.hbar * w / np.expm1(units.hbar * w / (units.k_B * 0.01)), rel=1e-9)
    assert np.allclose(gl.scattering_rate_z_net_shape(w) / w**2, 1.0)
    with pytest.raises(ValueError, match="omega"):
        gl.fermi_sum_net(-1.0)


def test_golden_rule_dimensions():
    r = G.golden_rule_rates()
    assert dim.same_dimension(dim.dimension_of(r["eq10"], G.DIMS), dim.frequency)
    assert dim.same_dimension(dim.dimension_of(r["eq12_printed"], G.DIMS), dim.energy / dim.time)
    assert dim.same_dimension(dim.dimension_of(r["eq11_printed"], G.DIMS), dim.energy**2 / dim.time)
    assert dim.same_dimension(dim.dimension_of(r["eq11_restored"], G.DIMS), dim.frequency)
    assert dim.same_dimension(dim.dimension_of(r["eq12_restored"], G.DIMS), dim.frequency)


def test_kappa_normalised_integrals():
    for kind, exact in (("x", np.pi**2), ("z_net", np.pi**2 / 3)):
        f = G.kappa_normalised_integrand(kind)
        assert float(sp.Integral(f, (S.x, 0, sp.oo)).evalf(10)) == pytest.approx(exact, rel=1e-8)
    with pytest.raises(ValueError):
        G.kappa_normalised_integrand("y")


def test_eq14_equals_eq15_with_consistent_atomic_mass():
    s = gl.silica_inputs()
    M = gl.atomic_mass_from_density(s.rho, s.a)
    assert M / units.amu == pytest.approx(20.7, rel=1e-2)
    k = gl.fermi_wavevector(s.epsilon_F, s.Cv_over_T, s.rho)
    v = gl.fermi_velocity(s.epsilon_F, k)
    lam = gl.coupling_conjecture(s.epsilon_F, M * s.c_t**2)
    K = gl.coupling_constant_KFs(gl.fermi_density_of_states(s.Cv_over_T, s.rho), lam, s.rho, s.c_t)
    assert gl.internal_friction_eq14(K, s.c_t, v) == pytest.approx(
        gl.internal_friction_eq15(k, s.a, s.c_t, v, K_Qt=1 / (2 * np.pi)), rel=1e-12)
    with pytest.raises(ValueError, match="a"):
        gl.atomic_mass_from_density(2200.0, 0.0)


def test_fermi_velocity_from_printed_mass():
    s = gl.silica_inputs()
    assert units.m_s_to_cm_s(gl.fermi_velocity_from_mass(s.epsilon_F, 5e-29)) == pytest.approx(2.35e5, rel=1e-2)
    with pytest.raises(ValueError, match="m"):
        gl.fermi_velocity_from_mass(s.epsilon_F, -1.0)
