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


def test_every_conversion_against_a_value_worked_by_hand():
    """Each conversion alone, so that a wrong constant (ħ for h, erg for J, g for kg) fails here."""
    assert units.hertz_to_kelvin(1e9) == pytest.approx(0.047992, rel=1e-4)      # h·1 GHz / k_B
    assert units.kelvin_to_joule(1.0) == pytest.approx(1.380649e-23, rel=1e-12)
    assert units.joule_to_kelvin(1.380649e-23) == pytest.approx(1.0, rel=1e-12)
    assert units.ev_to_joule(1.0) == pytest.approx(1.602176634e-19, rel=1e-12)
    assert units.joule_to_ev(1.602176634e-19) == pytest.approx(1.0, rel=1e-12)
    assert units.kelvin_to_ev(11604.518) == pytest.approx(1.0, rel=1e-6)
    assert units.angstrom_to_m(3.5) == pytest.approx(3.5e-10)
    assert units.m_to_angstrom(3.5e-10) == pytest.approx(3.5)
    assert units.m3_to_angstrom3(45.3e-30) == pytest.approx(45.3)
    assert units.g_cm3_to_kg_m3(2.2) == pytest.approx(2200.0)
    assert units.kg_m3_to_g_cm3(2200.0) == pytest.approx(2.2)
    assert units.cm_s_to_m_s(5.8e5) == pytest.approx(5800.0)
    assert units.m_s_to_cm_s(5800.0) == pytest.approx(5.8e5)
    assert units.erg_to_joule(1.0) == pytest.approx(1e-7)
    assert units.joule_to_erg(1e-7) == pytest.approx(1.0)
    assert units.amu == pytest.approx(1.66053907e-27, rel=1e-8)
    assert units.h == pytest.approx(2 * np.pi * units.hbar, rel=1e-15)
