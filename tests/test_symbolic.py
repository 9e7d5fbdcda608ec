"""glasslib.symbolic: the small generic SymPy tools."""
import sympy as sp

from glasslib.symbolic import on_unit_sphere, sphere_average

n = sp.symbols("n_1:4", real=True)


def test_sphere_average_moments():
    assert sphere_average(n[0] ** 2, n) == sp.Rational(1, 3)
    assert sphere_average(n[0] ** 4, n) == sp.Rational(1, 5)
    assert sphere_average(n[0] ** 2 * n[1] ** 2, n) == sp.Rational(1, 15)
    assert sphere_average(n[0] * n[1] + n[2] ** 3, n) == 0
    a = sp.Symbol("a")
    assert sphere_average(a * (n[0] ** 2 + n[1] ** 2 + n[2] ** 2), n) == a


def test_on_unit_sphere():
    assert on_unit_sphere(n[0] ** 2 + n[1] ** 2 + n[2] ** 2, n) == 1
    assert on_unit_sphere(n[2] ** 3, n) == sp.expand(n[2] * (1 - n[0] ** 2 - n[1] ** 2))
    assert on_unit_sphere(0, n) == 0
