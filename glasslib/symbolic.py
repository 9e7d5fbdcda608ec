"""Small generic SymPy tools shared by the chapters (floor 3): never a paper's derivation.

Each tool is a few lines a reader could write in a cell; they live here only because
several derivations need them.
"""
from __future__ import annotations

import sympy as sp

__all__ = ["sphere_average", "on_unit_sphere"]


def _odd_double_factorial(k: int) -> int:
    return int(sp.factorial2(k)) if k > 0 else 1


def sphere_average(expr: sp.Expr, n) -> sp.Expr:
    """⟨expr⟩ over unit vectors n distributed uniformly on the sphere, for a polynomial in n.

    Uses ⟨n₁^a n₂^b n₃^c⟩ = (a−1)!!(b−1)!!(c−1)!!/(a+b+c+1)!! for even a, b, c, and 0 otherwise.

    Parameters
    ----------
    expr : sympy.Expr
        A polynomial in the three symbols ``n`` (other symbols are coefficients).
    n : sequence of three sympy.Symbol

    Returns
    -------
    sympy.Expr
    """
    poly = sp.Poly(sp.expand(expr), *n)
    total = sp.Integer(0)
    for (a, b, c), coeff in poly.terms():
        if a % 2 or b % 2 or c % 2:
            continue
        total += coeff * sp.Rational(
            _odd_double_factorial(a - 1) * _odd_double_factorial(b - 1) * _odd_double_factorial(c - 1),
            _odd_double_factorial(a + b + c + 1))
    return sp.expand(total)


def on_unit_sphere(expr: sp.Expr, n) -> sp.Expr:
    """The normal form of a polynomial in n modulo n·n = 1 (n₃² replaced by 1 − n₁² − n₂²).

    Two polynomials agree on the unit sphere iff their normal forms are equal.

    Parameters
    ----------
    expr : sympy.Expr
    n : sequence of three sympy.Symbol

    Returns
    -------
    sympy.Expr
    """
    e = sp.expand(expr)
    if e == 0:
        return e
    rest = 1 - n[0] ** 2 - n[1] ** 2
    out = sp.Integer(0)
    for (k,), coeff in sp.Poly(e, n[2]).terms():
        out += coeff * n[2] ** (k % 2) * rest ** (k // 2)
    return sp.expand(out)
