"""Dimensional analysis with SymPy's unit system (floor 3, symbolic helpers).

The papers mix SI and CGS and often set k_B = ħ = 1.  Here a formula's
dimension is *computed*: give each symbol a physical dimension, and
:func:`dimension_of` reduces any expression to SI base dimensions, so a chapter
shows a dimension check rather than asserting one.

Examples
--------
>>> import sympy as sp
>>> from glasslib import dimensions as dim
>>> rho, v, P, g = sp.symbols("rho v P_bar gamma", positive=True)
>>> dims = {rho: dim.mass / dim.length**3, v: dim.velocity, P: 1 / (dim.energy * dim.length**3),
...         g: dim.energy}
>>> dim.is_dimensionless(P * g**2 / (rho * v**2), dims)
True
"""
from __future__ import annotations

from typing import Mapping

import sympy as sp
from sympy.physics.units.systems.si import dimsys_SI
from sympy.physics.units.definitions.dimension_definitions import (
    amount_of_substance, angle, current, energy, force, frequency, length, mass, power, pressure,
    temperature, time, velocity, action,
)
from sympy.physics.units import Dimension

__all__ = [
    "Dimension", "length", "mass", "time", "temperature", "energy", "velocity", "frequency",
    "force", "pressure", "power", "action", "current", "angle", "amount_of_substance",
    "dimensionless", "dimension_of", "base_dimensions", "same_dimension", "is_dimensionless",
    "require_dimension", "KB", "HBAR",
]

dimensionless = Dimension(1)

#: Dimensions of k_B (energy/temperature) and ħ (energy·time), for use in dimension maps.
KB = energy / temperature
HBAR = energy * time


def dimension_of(expr: sp.Expr, dims: Mapping[sp.Symbol, Dimension]) -> Dimension:
    """The physical dimension of ``expr`` given the dimension of each free symbol.

    Numbers, and functions such as exp or log of dimensionless arguments, are
    dimensionless; a transcendental function of a dimensionful argument is an
    error.

    Raises
    ------
    ValueError
        A free symbol has no dimension in ``dims``, a sum adds unlike
        dimensions, or a function receives a dimensionful argument.
    """
    expr = sp.sympify(expr)
    if expr.is_number:
        return dimensionless
    if expr.is_Symbol:
        if expr not in dims:
            raise ValueError(f"no dimension given for symbol {expr}")
        d = dims[expr]
        return d if isinstance(d, Dimension) else Dimension(d)
    if expr.is_Mul:
        out = dimensionless
        for a in expr.args:
            out = out * dimension_of(a, dims)
        return out
    if expr.is_Pow:
        base, exp = expr.args
        if not exp.is_number:
            if not is_dimensionless(exp, dims):
                raise ValueError(f"exponent {exp} is not dimensionless")
            if not is_dimensionless(base, dims):
                raise ValueError(f"{base} raised to a symbolic power must be dimensionless")
            return dimensionless
        return dimension_of(base, dims) ** exp
    if expr.is_Add:
        first = dimension_of(expr.args[0], dims)
        for a in expr.args[1:]:
            if not same_dimension(dimension_of(a, dims), first):
                raise ValueError(f"sum of unlike dimensions in {expr}: {first} and "
                                 f"{dimension_of(a, dims)}")
        return first
    if isinstance(expr, sp.Function):
        for a in expr.args:
            if not is_dimensionless(a, dims):
                raise ValueError(f"argument of {expr.func} is not dimensionless: {a}")
        return dimensionless
    raise ValueError(f"cannot take the dimension of {expr!r}")


def base_dimensions(d: Dimension) -> dict:
    """The SI base-dimension exponents of ``d`` ({} for dimensionless)."""
    return {str(getattr(k, "name", k)): v for k, v in dimsys_SI.get_dimensional_dependencies(d).items()}


def same_dimension(a: Dimension, b: Dimension) -> bool:
    """Whether two dimensions reduce to the same SI base dimensions."""
    return dimsys_SI.equivalent_dims(a, b)


def is_dimensionless(expr: sp.Expr, dims: Mapping[sp.Symbol, Dimension]) -> bool:
    """Whether ``expr`` is dimensionless under ``dims``."""
    return not base_dimensions(dimension_of(expr, dims))


def require_dimension(expr: sp.Expr, expected: Dimension, dims: Mapping[sp.Symbol, Dimension],
                      *, name: str = "expression") -> Dimension:
    """Return the dimension of ``expr``; raise ``ValueError`` unless it equals ``expected``."""
    got = dimension_of(expr, dims)
    if not same_dimension(got, expected):
        raise ValueError(f"{name} has dimension {base_dimensions(got)}, expected "
                         f"{base_dimensions(expected)}")
    return got
