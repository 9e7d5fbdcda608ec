"""Physical constants and named unit conversions (floor 1 of glasslib).

Every function in :mod:`glasslib` works in SI units.  The papers quote
temperatures in kelvin, energies in eV or kelvin, lengths in Å and densities
in g/cm³; the helpers below convert *at the edges* so that a formula never
carries a hidden factor of ``k_B`` or ``1e-10``.

Constants come from :mod:`scipy.constants` (CODATA values shipped with the
pinned SciPy), never retyped.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy import constants as _c

__all__ = [
    "hbar", "h", "k_B", "N_A", "eV", "e_charge", "angstrom", "erg", "amu",
    "kelvin_to_joule", "joule_to_kelvin", "ev_to_joule", "joule_to_ev",
    "ev_to_kelvin", "kelvin_to_ev", "angstrom_to_m", "m_to_angstrom",
    "angstrom3_to_m3", "m3_to_angstrom3", "g_cm3_to_kg_m3", "kg_m3_to_g_cm3",
    "km_s_to_m_s", "cm_s_to_m_s", "m_s_to_cm_s", "erg_to_joule", "joule_to_erg",
    "per_joule_per_m3_to_paper_units", "hertz_to_kelvin", "kelvin_to_hertz",
]

#: Reduced Planck constant ħ [J s].
hbar: float = _c.hbar
#: Planck constant h [J s].
h: float = _c.h
#: Boltzmann constant k_B [J/K].
k_B: float = _c.k
#: Avogadro constant N_A [1/mol].
N_A: float = _c.N_A
#: One electron-volt [J].
eV: float = _c.eV
#: Elementary charge [C].
e_charge: float = _c.e
#: One ångström [m].
angstrom: float = _c.angstrom
#: One erg [J].
erg: float = 1.0e-7
#: Atomic mass unit [kg].
amu: float = _c.atomic_mass


def kelvin_to_joule(T: ArrayLike) -> np.ndarray | float:
    """Energy k_B·T [J] of a temperature or energy quoted in kelvin."""
    return np.multiply(T, k_B)


def joule_to_kelvin(E: ArrayLike) -> np.ndarray | float:
    """Energy E [J] expressed as a temperature E/k_B [K]."""
    return np.divide(E, k_B)


def ev_to_joule(E: ArrayLike) -> np.ndarray | float:
    """Energy quoted in eV, in joule."""
    return np.multiply(E, eV)


def joule_to_ev(E: ArrayLike) -> np.ndarray | float:
    """Energy in joule, in eV."""
    return np.divide(E, eV)


def ev_to_kelvin(E: ArrayLike) -> np.ndarray | float:
    """Energy quoted in eV, as a temperature E/k_B [K]."""
    return np.multiply(E, eV / k_B)


def kelvin_to_ev(T: ArrayLike) -> np.ndarray | float:
    """Energy k_B·T quoted in eV, for T in kelvin."""
    return np.multiply(T, k_B / eV)


def hertz_to_kelvin(f: ArrayLike) -> np.ndarray | float:
    """Photon/phonon energy h·f as a temperature [K], for f in Hz (not rad/s)."""
    return np.multiply(f, h / k_B)


def kelvin_to_hertz(T: ArrayLike) -> np.ndarray | float:
    """Frequency f = k_B T / h [Hz] of the quantum whose energy is T kelvin."""
    return np.multiply(T, k_B / h)


def angstrom_to_m(x: ArrayLike) -> np.ndarray | float:
    """Length in Å, in metres."""
    return np.multiply(x, angstrom)


def m_to_angstrom(x: ArrayLike) -> np.ndarray | float:
    """Length in metres, in Å."""
    return np.divide(x, angstrom)


def angstrom3_to_m3(v: ArrayLike) -> np.ndarray | float:
    """Volume in Å³, in m³."""
    return np.multiply(v, angstrom**3)


def m3_to_angstrom3(v: ArrayLike) -> np.ndarray | float:
    """Volume in m³, in Å³."""
    return np.divide(v, angstrom**3)


def g_cm3_to_kg_m3(rho: ArrayLike) -> np.ndarray | float:
    """Mass density in g/cm³, in kg/m³."""
    return np.multiply(rho, 1.0e3)


def kg_m3_to_g_cm3(rho: ArrayLike) -> np.ndarray | float:
    """Mass density in kg/m³, in g/cm³."""
    return np.divide(rho, 1.0e3)


def km_s_to_m_s(v: ArrayLike) -> np.ndarray | float:
    """Speed in km/s, in m/s."""
    return np.multiply(v, 1.0e3)


def cm_s_to_m_s(v: ArrayLike) -> np.ndarray | float:
    """Speed in cm/s, in m/s."""
    return np.multiply(v, 1.0e-2)


def m_s_to_cm_s(v: ArrayLike) -> np.ndarray | float:
    """Speed in m/s, in cm/s."""
    return np.multiply(v, 1.0e2)


def erg_to_joule(E: ArrayLike) -> np.ndarray | float:
    """Energy in erg, in joule."""
    return np.multiply(E, erg)


def joule_to_erg(E: ArrayLike) -> np.ndarray | float:
    """Energy in joule, in erg."""
    return np.divide(E, erg)


def per_joule_per_m3_to_paper_units(P: ArrayLike) -> np.ndarray | float:
    """A density of states [J⁻¹ m⁻³] in the units 10⁴⁵ J⁻¹ m⁻³ used by the tables
    of Carruzzo & Yu (2020) and Lubchenko & Wolynes (2008)."""
    return np.divide(P, 1.0e45)
