"""Unit conversions at the edges of glasslib."""
import numpy as np
import pytest
from scipy import constants

from glasslib import units


def test_constants_are_scipy_codata():
    assert units.hbar == constants.hbar
    assert units.k_B == constants.k
    assert units.eV == constants.eV


@pytest.mark.parametrize("forward, backward, x", [
    (units.kelvin_to_joule, units.joule_to_kelvin, 348.0),
    (units.ev_to_joule, units.joule_to_ev, 0.57),
    (units.angstrom3_to_m3, units.m3_to_angstrom3, 45.3),
    (units.g_cm3_to_kg_m3, units.kg_m3_to_g_cm3, 2.2),
    (units.erg_to_joule, units.joule_to_erg, 1.0),
    (units.cm_s_to_m_s, units.m_s_to_cm_s, 5.8e5),
])
def test_round_trips(forward, backward, x):
    assert backward(forward(x)) == pytest.approx(x, rel=1e-14)


def test_known_values():
    assert units.ev_to_kelvin(1.0) == pytest.approx(11604.518, rel=1e-6)
    assert units.angstrom3_to_m3(1.0) == pytest.approx(1e-30)
    assert units.km_s_to_m_s(5.8) == pytest.approx(5800.0)
    assert units.per_joule_per_m3_to_paper_units(6e45) == pytest.approx(6.0)
    # 1 K of energy is 20.8 GHz (h f = k_B T).
    assert units.kelvin_to_hertz(1.0) == pytest.approx(20.837e9, rel=1e-4)


def test_vectorised():
    out = units.kelvin_to_joule(np.array([1.0, 2.0]))
    assert out.shape == (2,)
