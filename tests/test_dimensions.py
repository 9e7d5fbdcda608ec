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
