"""The standard tunnelling model in glasslib.tunneling: values, limits, consistency, bad input."""
import numpy as np
import pytest
import sympy as sp
from scipy.integrate import quad

from glasslib import materials, tunneling as t
from glasslib.units import hbar, k_B

RHO, V, GAMMA, PBAR = 2200.0, 4163.0, 1.0 * 1.602176634e-19, 1.0e45


def test_coupling_constant_value_and_dimensionless_order():
    C = t.coupling_constant(PBAR, GAMMA, RHO, V)
    assert C == pytest.approx(PBAR * GAMMA**2 / (RHO * V**2))
    assert 1e-5 < C < 1e-2


def test_averaged_velocity_limits():
    assert t.averaged_sound_velocity(3000.0, 3000.0) == pytest.approx(3000.0)
    # dominated by the slower transverse modes
    v = t.averaged_sound_velocity(5800.0, 3800.0)
    assert 3800.0 < v < 5800.0


def test_debye_temperature_silica_matches_table():
    g = materials.carruzzo_yu_glasses()["SiO2"]
    assert t.debye_temperature(g.v, g.v_o) == pytest.approx(348.0, abs=0.5)
    assert t.debye_frequency(g.v, g.v_o) == pytest.approx(k_B * t.debye_temperature(g.v, g.v_o) / hbar)


def test_mean_free_path_relations_are_consistent():
    C = t.coupling_constant(PBAR, GAMMA, RHO, V)
    omega = 2 * np.pi * 1e9
    inv_l = t.resonant_inverse_mean_free_path(omega, 0.0, PBAR, GAMMA, RHO, V)
    lam = 2 * np.pi * V / omega
    assert 1 / (inv_l * lam) == pytest.approx(t.mean_free_path_per_wavelength(C))
    assert t.mean_free_path_per_wavelength(C) == pytest.approx(1 / (2 * np.pi**2 * C))
    # saturated high-T limit: tanh(ħω/2kT) < 1 makes l longer
    assert t.mean_free_path_per_wavelength(C, omega, 1.0) > t.mean_free_path_per_wavelength(C)
    assert t.resonant_internal_friction(C, omega, 0.0) == pytest.approx(np.pi * C)


def test_velocity_shift_sum_is_minus_half_C():
    T = np.array([0.1, 0.5, 2.0])
    C = 3e-4
    assert np.allclose(t.sound_velocity_shift(T, 1.0, C), -0.5 * C * np.log(T))
    assert t.relaxation_internal_friction(C) == pytest.approx(np.pi / 2 * C)


def test_specific_heat_matches_numerical_integral():
    n0, T = 1e46, 0.3
    num, _ = quad(lambda E: n0 * k_B * (E / (2 * k_B * T)) ** 2 / np.cosh(E / (2 * k_B * T)) ** 2,
                  0, 100 * k_B * T)
    assert t.tls_specific_heat(T, n0) == pytest.approx(num, rel=1e-8)


def test_kappa_integral_and_closed_form():
    f = lambda x: x**3 * np.exp(x) / ((np.exp(x) - 1) ** 2 * np.tanh(x / 2))
    val, _ = quad(f, 1e-12, 200)
    assert val == pytest.approx(t.RESONANT_KAPPA_INTEGRAL, rel=1e-9)
    k = t.resonant_thermal_conductivity(1.0, PBAR, RHO, [GAMMA], [V])
    assert k == pytest.approx(RHO * k_B**3 * V / (6 * np.pi * hbar**2 * PBAR * GAMMA**2))
    # κ ∝ T²
    assert t.resonant_thermal_conductivity(2.0, PBAR, RHO, [GAMMA], [V]) == pytest.approx(4 * k)


def test_resonant_mean_free_path_known_value():
    """l⁻¹ = πP̄γ²ω tanh(ħω/2k_BT)/(ρv³) (derived in chapter 1), at one point worked by hand."""
    omega, T = 1e10, 0.2
    expected = np.pi * PBAR * GAMMA**2 * omega / (RHO * V**3) * np.tanh(hbar * omega / (2 * k_B * T))
    assert t.resonant_inverse_mean_free_path(omega, T, PBAR, GAMMA, RHO, V) == pytest.approx(expected, rel=1e-12)
    # the hbar*omega >> k_B T limit: l/lambda = 1/(2 pi^2 C)
    C = t.coupling_constant(PBAR, GAMMA, RHO, V)
    l = 1 / t.resonant_inverse_mean_free_path(omega, 1e-6, PBAR, GAMMA, RHO, V)
    assert l / (2 * np.pi * V / omega) == pytest.approx(1 / (2 * np.pi**2 * C), rel=1e-9)


def test_density_of_states_is_log():
    assert t.tls_density_of_states(1e-22, 2.0, 1e-26) == pytest.approx(2.0 * np.arccosh(1e4))
    assert t.tls_density_of_states(1e-27, 2.0, 1e-26) == 0.0


def test_eigenbasis_coupling_is_a_unit_vector():
    d, o = t.eigenbasis_coupling([1.0, 0.0], [1.0, 2.0])
    assert np.allclose(d**2 + o**2, 1.0)


def test_one_phonon_rate_positive_and_scaling():
    E = k_B * 0.5
    r1 = t.one_phonon_relaxation_rate(E, E, 0.01, RHO, GAMMA, 5800.0, GAMMA, 3800.0)
    r2 = t.one_phonon_relaxation_rate(2 * E, 2 * E, 0.01, RHO, GAMMA, 5800.0, GAMMA, 3800.0)
    assert r2 / r1 == pytest.approx(8.0, rel=1e-6)   # Δ₀²E at E ≫ k_BT


@pytest.mark.parametrize("call, name", [
    (lambda: t.coupling_constant(PBAR, GAMMA, -RHO, V), "rho"),
    (lambda: t.coupling_constant(PBAR, GAMMA, RHO, 0.0), "v"),
    (lambda: t.coupling_constant(np.nan, GAMMA, RHO, V), "P_bar"),
    (lambda: t.debye_temperature(V, -1e-30), "v_o"),
    (lambda: t.averaged_sound_velocity(0.0, 3000.0), "v_l"),
    (lambda: t.tls_specific_heat(-1.0, 1e46), "T"),
    (lambda: t.resonant_inverse_mean_free_path(-1.0, 0.1, PBAR, GAMMA, RHO, V), "omega"),
    (lambda: t.mean_free_path_per_wavelength(0.0), "C"),
    (lambda: t.sound_velocity_shift(0.0, 1.0, 3e-4), "T"),
    (lambda: t.resonant_thermal_conductivity(1.0, PBAR, RHO, [GAMMA, GAMMA], [V]), "gammas"),
])
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_mean_free_path_needs_both_or_neither():
    with pytest.raises(ValueError, match="both"):
        t.mean_free_path_per_wavelength(3e-4, omega=1e9)
