"""Dimensional analysis helpers."""
import pytest
import sympy as sp

from glasslib import dimensions as dim

rho, v, P, g, T, kB, E = sp.symbols("rho v P_bar gamma T k_B E", positive=True)
DIMS = {rho: dim.mass / dim.length**3, v: dim.velocity, P: 1 / (dim.energy * dim.length**3),
        g: dim.energy, T: dim.temperature, kB: dim.KB, E: dim.energy}


def test_coupling_constant_is_dimensionless():
    assert dim.is_dimensionless(P * g**2 / (rho * v**2), DIMS)


def test_interaction_has_energy_times_volume():
    d = dim.dimension_of(g**2 / (rho * v**2), DIMS)
    assert dim.same_dimension(d, dim.energy * dim.length**3)


def test_function_of_dimensionless_argument():
    assert dim.is_dimensionless(sp.tanh(E / (2 * kB * T)), DIMS)
    with pytest.raises(ValueError, match="not dimensionless"):
        dim.dimension_of(sp.exp(E), DIMS)


def test_sum_of_unlike_dimensions_and_missing_symbol():
    with pytest.raises(ValueError, match="unlike dimensions"):
        dim.dimension_of(E + T, DIMS)
    with pytest.raises(ValueError, match="no dimension given"):
        dim.dimension_of(sp.Symbol("q"), DIMS)


def test_require_dimension():
    dim.require_dimension(kB * T, dim.energy, DIMS)
    with pytest.raises(ValueError, match="expected"):
        dim.require_dimension(kB, dim.energy, DIMS, name="k_B")


# --- coverage of issue 17: sums, symbolic powers, ħ and k_B -----------------------------------

hb, w = sp.symbols("hbar omega", positive=True)
DIMS2 = {**DIMS, hb: dim.HBAR, w: dim.frequency}


def test_base_dimensions_of_energy_and_action():
    assert dim.base_dimensions(dim.energy) == {"mass": 1, "length": 2, "time": -2}
    assert dim.base_dimensions(dim.HBAR) == {"mass": 1, "length": 2, "time": -1}
    assert dim.base_dimensions(dim.KB) == {"mass": 1, "length": 2, "time": -2, "temperature": -1}
    assert dim.base_dimensions(dim.dimensionless) == {}


def test_hbar_omega_over_kB_T_is_dimensionless_and_a_sum_of_energies_is_an_energy():
    assert dim.is_dimensionless(hb * w / (kB * T), DIMS2)
    d = dim.dimension_of(E + kB * T + hb * w, DIMS2)
    assert dim.same_dimension(d, dim.energy)
    # a prefactor mistake ħ² instead of ħ is caught
    assert not dim.is_dimensionless(hb**2 * w / (kB * T), DIMS2)
    assert dim.same_dimension(dim.dimension_of(hb**2 * w / (kB * T), DIMS2), dim.action)


def test_symbolic_powers():
    x = E / (kB * T)
    # (E/k_BT)^(E/k_BT): dimensionless base and exponent
    assert dim.is_dimensionless(x ** x, DIMS)
    with pytest.raises(ValueError, match="exponent .* is not dimensionless"):
        dim.dimension_of(x ** E, DIMS)
    with pytest.raises(ValueError, match="raised to a symbolic power must be dimensionless"):
        dim.dimension_of(E ** x, DIMS)
    # a numeric power of a dimensionful base is fine: (ρ v²)^(3/2)
    d = dim.dimension_of((rho * v**2) ** sp.Rational(3, 2), DIMS)
    assert dim.same_dimension(d, dim.pressure ** sp.Rational(3, 2))


def test_an_equation_has_no_dimension():
    with pytest.raises(ValueError, match="cannot take the dimension"):
        dim.dimension_of(sp.Eq(E, kB * T), DIMS)
