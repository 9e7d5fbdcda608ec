"""Turlakov's fermion ("glasson") phenomenology of low-temperature glasses (floor 4).

M. Turlakov (2022) proposes that the low-energy excitations of glasses are
localised spin-½ fermions ("glassons") forming a Fermi glass.  This module holds
the paper's formulas, numerically, in SI units: energies in J, temperatures in
K, lengths in m, masses in kg.  The paper works in CGS with k_B and ħ implicit;
every k_B and ħ is explicit here, and inputs quoted in CGS or kelvin are
converted at the edges (:func:`silica_inputs` reads
``data/turlakov_2022_silica.csv``).  The symbolic derivations behind each
function are on the page of chapter 8, which lambdifies them and compares
them with these functions.

Where the printed formula is not dimensionally consistent, the function
implements the consistent one and says what was printed:

* Eq. (8) prints H ≡ √(ħρ) c_t; solving Eqs. (6)–(7) needs H = √(ħρc_t)
  (units g/s, as the paper's own number is quoted);
* Eq. (16) holds with k_B² restored, k_F³ = 6ε_F ρ(C_v/T)/k_B², for spin ½;
* Eq. (17) prints 3/(2ε_F) where Eqs. (16) and ε_F = ħ²k_F²/2m give 9/(2ε_F).
* Eq. (11)'s Fermi sum is the gross absorption rate (∝ Tω for ħω ≪ k_BT);
  net of stimulated emission it is exactly ħω (:func:`fermi_sum_net`);
* the K_{F−s} identity of Sec. 3.2 needs ρ = M_atom/a³
  (:func:`atomic_mass_from_density`, ≈ 20.7 amu for silica, not a formula unit).

References
----------
M. Turlakov, "A fermion phenomenology of low-temperature strongly-noncrystalline
solids" (2022), Sections 2.2, 3.1, 3.2, 4.1; Eqs. (4)–(18).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from . import units
from .materials import read_parameters
from .units import hbar, k_B
from .validation import require_positive

__all__ = [
    "SILICA_TABLE", "SilicaInputs", "silica_inputs",
    "phonon_energy", "kinetic_energy", "dipole_energy", "dipole_length",
    "crossover_constant", "crossover_constant_as_printed", "crossover_length", "scaling_mass",
    "crossover_energy", "fermi_density_of_states", "fermi_wavevector", "fermi_mass",
    "fermi_mass_as_printed", "fermi_velocity", "fermi_energy",
    "fermi_sum", "scattering_rate_z_shape", "scattering_rate_x_shape",
    "dipolar_dos_ratio", "glasson_specific_heat", "kappa_dipolar_ratio", "effective_exponent",
    "coupling_conjecture", "coupling_constant_KFs", "internal_friction_eq14",
    "internal_friction_eq15", "internal_friction_from_mean_free_path", "tunnelling_equivalent_coupling",
    "effective_exponent_ceiling", "fermi_velocity_from_mass", "atomic_mass_from_density",
    "fermi_sum_net", "scattering_rate_z_net_shape",
]

#: The paper's silica inputs (long format, read by glasslib.materials.read_parameters).
SILICA_TABLE = "turlakov_2022_silica.csv"


@dataclass(frozen=True)
class SilicaInputs:
    """The inputs Turlakov quotes for vitreous silica, in SI units.

    Attributes
    ----------
    c_t : float
        Transverse sound velocity [m/s].
    rho : float
        Mass density [kg/m³].
    Lambda : float
        Chemical bonding energy Λ [J].
    xi_MRO : float
        Medium-range-order length quoted in Sec. 2.1 [m].
    T_Q : float
        Quantum crossover temperature [K].
    epsilon_F : float
        Assumed Fermi energy [J].
    Cv_over_T : float
        Specific-heat slope per unit mass [J/(kg K²)].
    a : float
        Inter-atomic distance [m].
    M_atom_ct2 : float
        The printed estimate M_atom c_t² [J].
    l_over_lambda : float
        The universal ratio l/λ of Sec. 1 (dimensionless).
    M_SiO2, m_He3 : float
        Formula-unit mass of SiO2 and atomic mass of ³He [kg] (not in the paper).
    """

    c_t: float
    rho: float
    Lambda: float
    xi_MRO: float
    T_Q: float
    epsilon_F: float
    Cv_over_T: float
    a: float
    M_atom_ct2: float
    l_over_lambda: float
    M_SiO2: float
    m_He3: float


def silica_inputs(path: str = SILICA_TABLE) -> SilicaInputs:
    """Read the paper's silica inputs into SI.

    ε_F and M_atom c_t² are energies quoted in kelvin (unit ``k_B K`` in the
    table), so ``read_parameters`` returns them in joule; T_Q stays a
    temperature [K].

    Raises
    ------
    glasslib.materials.DataError
        A malformed table (file, line and column named).
    """
    p = read_parameters(path)
    return SilicaInputs(
        c_t=p["c_t"].si, rho=p["rho"].si, Lambda=p["Lambda"].si, xi_MRO=p["xi_MRO"].si,
        T_Q=p["T_Q"].si, epsilon_F=p["epsilon_F"].si,
        Cv_over_T=p["Cv_over_T"].si, a=p["a"].si, M_atom_ct2=p["M_atom_ct2"].si,
        l_over_lambda=p["l_over_lambda"].si, M_SiO2=p["M_SiO2"].si, m_He3=p["m_He3"].si)


# --------------------------------------------------------------------------
# Section 2.2: energy scales against the blob size R, Eqs. (4)-(8).
# --------------------------------------------------------------------------
def phonon_energy(c_t: ArrayLike, R: ArrayLike) -> np.ndarray:
    """Phonon energy E_s = ħ c_t / R [J] of a blob of size R.

    Parameters
    ----------
    c_t : array_like
        Transverse sound velocity [m/s].
    R : array_like
        Length scale [m].

    References
    ----------
    Turlakov (2022), Sec. 2.2, before Eq. (4).
    """
    return hbar * require_positive("c_t", c_t) / require_positive("R", R)


def kinetic_energy(m: ArrayLike, R: ArrayLike) -> np.ndarray:
    """Localisation (kinetic) energy E_kin = ħ²/(2 m R²) [J].

    Parameters
    ----------
    m : array_like
        Glasson mass m_gl [kg].
    R : array_like
        Length scale [m].

    References
    ----------
    Turlakov (2022), Sec. 2.2, before Eq. (4).
    """
    return hbar**2 / (2.0 * require_positive("m", m) * require_positive("R", R) ** 2)


def dipole_energy(Lambda: ArrayLike, rho: ArrayLike, c_t: ArrayLike, R: ArrayLike) -> np.ndarray:
    """Elastic dipole interaction E_dip = Λ²/(ρ c_t² R³) [J] of two blobs at distance R.

    Parameters
    ----------
    Lambda : array_like
        Bonding (coupling) energy Λ [J].
    rho : array_like
        Mass density [kg/m³].
    c_t : array_like
        Transverse sound velocity [m/s].
    R : array_like
        Distance [m].

    References
    ----------
    Turlakov (2022), Sec. 2.1 and 2.2, before Eq. (4).
    """
    Lambda = require_positive("Lambda", Lambda)
    return Lambda**2 / (require_positive("rho", rho) * require_positive("c_t", c_t) ** 2
                        * require_positive("R", R) ** 3)


def dipole_length(Lambda: ArrayLike, m: ArrayLike, rho: ArrayLike, c_t: ArrayLike) -> np.ndarray:
    """The "dipolar Bohr radius" a_gl = 2Λ² m/(ħ² ρ c_t²) [m], so that E_kin/E_dip = R/a_gl.

    References
    ----------
    Turlakov (2022), Eq. (5).
    """
    Lambda = require_positive("Lambda", Lambda)
    return 2.0 * Lambda**2 * require_positive("m", m) / (
        hbar**2 * require_positive("rho", rho) * require_positive("c_t", c_t) ** 2)


def crossover_constant(rho: ArrayLike, c_t: ArrayLike) -> np.ndarray:
    """H = √(ħ ρ c_t) [kg/s], the constant that makes Eq. (8) solve Eqs. (6)–(7).

    The paper prints H ≡ √(ħρ) c_t, whose units are g cm^½ s^-3/2, not the g/s
    it quotes; see :func:`crossover_constant_as_printed`.

    Parameters
    ----------
    rho : array_like
        Mass density [kg/m³].
    c_t : array_like
        Transverse sound velocity [m/s].

    References
    ----------
    Turlakov (2022), Eq. (8) and the line before it.
    """
    return np.sqrt(hbar * require_positive("rho", rho) * require_positive("c_t", c_t))


def crossover_constant_as_printed(rho: ArrayLike, c_t: ArrayLike) -> np.ndarray:
    """The printed definition H = √(ħρ) c_t, in SI base units kg m^½ s^-3/2.

    Kept only to show that the printed definition does not give Eq. (8).

    References
    ----------
    Turlakov (2022), line before Eq. (8).
    """
    return np.sqrt(hbar * require_positive("rho", rho)) * require_positive("c_t", c_t)


def crossover_length(Lambda: ArrayLike, rho: ArrayLike, c_t: ArrayLike) -> np.ndarray:
    """The single crossover length ξ = Λ/(c_t H) = Λ/√(ħ ρ c_t³) [m], from Eq. (7).

    References
    ----------
    Turlakov (2022), Eqs. (7)–(8).
    """
    return require_positive("Lambda", Lambda) / (require_positive("c_t", c_t)
                                                 * crossover_constant(rho, c_t))


def scaling_mass(Lambda: ArrayLike, rho: ArrayLike, c_t: ArrayLike) -> np.ndarray:
    """The glasson mass of the scaling argument, m_gl = ħH/(2Λ) = ħ/(2 c_t ξ) [kg].

    References
    ----------
    Turlakov (2022), Eqs. (6)–(8).
    """
    return hbar * crossover_constant(rho, c_t) / (2.0 * require_positive("Lambda", Lambda))


def crossover_energy(c_t: ArrayLike, xi: ArrayLike) -> np.ndarray:
    """Crossover energy E_ξ = ħ c_t/ξ [J].

    References
    ----------
    Turlakov (2022), Sec. 2.2 and Eq. (18).
    """
    return phonon_energy(c_t, xi)


# --------------------------------------------------------------------------
# Section 4.1: Fermi parameters from the specific heat, Eqs. (16)-(17).
# --------------------------------------------------------------------------
def fermi_density_of_states(Cv_over_T: ArrayLike, rho: ArrayLike) -> np.ndarray:
    """Density of fermion states at ε_F, both spins, ν = 3ρ(C_v/T)/(π² k_B²) [J⁻¹ m⁻³].

    From the Sommerfeld result C_v/V = (π²/3) ν k_B² T.

    Parameters
    ----------
    Cv_over_T : array_like
        Specific-heat slope per unit mass [J/(kg K²)].
    rho : array_like
        Mass density [kg/m³].

    References
    ----------
    Turlakov (2022), Sec. 3.1 (ν₀ = ρ C_v/(k_B T) up to the factor 3/π²) and Sec. 4.1.
    """
    return 3.0 * require_positive("rho", rho) * require_positive("Cv_over_T", Cv_over_T) / (
        np.pi**2 * k_B**2)


def fermi_wavevector(epsilon_F: ArrayLike, Cv_over_T: ArrayLike, rho: ArrayLike,
                     spin_degeneracy: int = 2) -> np.ndarray:
    """Fermi wavevector k_F = (12 ε_F ρ (C_v/T) / (g_s k_B²))^{1/3} [1/m].

    For spin ½ (g_s = 2) this is the paper's Eq. (16) with k_B² restored.

    Parameters
    ----------
    epsilon_F : array_like
        Fermi energy [J].
    Cv_over_T : array_like
        Specific-heat slope per unit mass [J/(kg K²)].
    rho : array_like
        Mass density [kg/m³].
    spin_degeneracy : int
        g_s, the number of spin states (2 for spin ½).

    Raises
    ------
    ValueError
        A non-positive input or spin degeneracy.

    References
    ----------
    Turlakov (2022), Eq. (16).
    """
    g = require_positive("spin_degeneracy", spin_degeneracy)
    nu = fermi_density_of_states(Cv_over_T, rho)
    return (4.0 * np.pi**2 * require_positive("epsilon_F", epsilon_F) * nu / g) ** (1.0 / 3.0)


def fermi_mass(epsilon_F: ArrayLike, Cv_over_T: ArrayLike, rho: ArrayLike,
               spin_degeneracy: int = 2) -> np.ndarray:
    """Glasson mass m = ħ² k_F²/(2 ε_F) [kg] with k_F from :func:`fermi_wavevector`.

    Equivalently m = ħ² (9/(2ε_F) (ρ C_v/(T k_B²))²)^{1/3} for spin ½.

    References
    ----------
    Turlakov (2022), Eq. (17) (printed with 3/(2ε_F) instead of 9/(2ε_F)).
    """
    k_F = fermi_wavevector(epsilon_F, Cv_over_T, rho, spin_degeneracy)
    return hbar**2 * k_F**2 / (2.0 * np.asarray(epsilon_F, dtype=float))


def fermi_mass_as_printed(epsilon_F: ArrayLike, Cv_over_T: ArrayLike, rho: ArrayLike,
                          planck: float = hbar) -> np.ndarray:
    """Eq. (17) as printed, m = P² (3/(2ε_F) (ρ C_v/(T k_B²))²)^{1/3} [kg], P = ``planck``.

    For the hypothesis test of the chapter: with ``planck = units.h`` instead
    of ħ it gives the printed 5×10⁻²⁶ g.

    References
    ----------
    Turlakov (2022), Eq. (17).
    """
    rc = require_positive("rho", rho) * require_positive("Cv_over_T", Cv_over_T) / k_B**2
    planck = require_positive("planck", planck)
    return planck**2 * (1.5 / require_positive("epsilon_F", epsilon_F) * rc**2) ** (1.0 / 3.0)


def fermi_velocity(epsilon_F: ArrayLike, k_F: ArrayLike) -> np.ndarray:
    """Fermi velocity v_F = ħk_F/m = 2ε_F/(ħ k_F) [m/s].

    References
    ----------
    Turlakov (2022), Sec. 4.1 (v_F = p_F/m_gl).
    """
    return 2.0 * require_positive("epsilon_F", epsilon_F) / (hbar * require_positive("k_F", k_F))


def fermi_velocity_from_mass(epsilon_F: ArrayLike, m: ArrayLike) -> np.ndarray:
    """Fermi velocity from the Fermi energy and a mass, v_F = √(2ε_F/m) [m/s].

    Used to test whether the printed v_F follows from the printed glasson mass.

    Parameters
    ----------
    epsilon_F : array_like
        Fermi energy [J].
    m : array_like
        Glasson mass [kg].

    References
    ----------
    Turlakov (2022), Sec. 4.1 (v_F = p_F/m_gl with ε_F = p_F²/2m_gl).
    """
    return np.sqrt(2.0 * require_positive("epsilon_F", epsilon_F) / require_positive("m", m))


def fermi_energy(k_F: ArrayLike, m: ArrayLike) -> np.ndarray:
    """ε_F = ħ²k_F²/(2m) [J].

    References
    ----------
    Turlakov (2022), Sec. 4.1 and Eq. (18).
    """
    return hbar**2 * require_positive("k_F", k_F) ** 2 / (2.0 * require_positive("m", m))


# --------------------------------------------------------------------------
# Section 3.1: phonon scattering, Eqs. (10)-(12), and the dipolar gap, Eq. (13).
# --------------------------------------------------------------------------
def fermi_sum(omega: ArrayLike, T: ArrayLike) -> np.ndarray:
    """The Fermi-sum integral ∫dε₁ (1 − n_F(ε₁)) n_F(ε₁ − ħω) = ħω/(1 − e^{−ħω/k_BT}) [J].

    This is the *gross* absorption factor printed in Eq. (11); the net rate,
    with stimulated emission subtracted, uses :func:`fermi_sum_net` (= ħω).
    The gross sum tends to k_B T for ħω ≪ k_B T and to ħω for ħω ≫ k_B T.

    Parameters
    ----------
    omega : array_like
        Phonon angular frequency [rad/s], ≥ 0.
    T : array_like
        Temperature [K].

    References
    ----------
    Turlakov (2022), Eq. (11).
    """
    omega = np.asarray(omega, dtype=float)
    if np.any(~np.isfinite(omega)) or np.any(omega < 0):
        raise ValueError(f"omega must be finite and non-negative, got {omega!r}")
    kT = k_B * require_positive("T", T)
    x = hbar * omega / kT
    safe = np.where(x > 0, x, 1.0)
    ratio = np.where(x > 0, safe / -np.expm1(-safe), 1.0)
    return kT * ratio


def scattering_rate_z_shape(omega: ArrayLike, T: ArrayLike) -> np.ndarray:
    """Frequency and temperature dependence of Eq. (11) as printed (gross absorption), ω·(Fermi sum)/ħ [rad/s · 1/s].

    ∝ T ω for ħω ≪ k_BT, ∝ ω² for ħω ≫ k_BT.  The net rate
    (:func:`scattering_rate_z_net_shape`) is ∝ ω² at every T.

    References
    ----------
    Turlakov (2022), Eq. (11).
    """
    return np.asarray(omega, dtype=float) * fermi_sum(omega, T) / hbar


def fermi_sum_net(omega: ArrayLike) -> np.ndarray:
    """Net Fermi sum, absorption minus stimulated emission: ∫dε [n_F(ε − ħω) − n_F(ε)] = ħω [J].

    Independent of temperature (derived in chapter 8, section 5).

    Parameters
    ----------
    omega : array_like
        Phonon angular frequency [rad/s], ≥ 0.

    References
    ----------
    Turlakov (2022), Eq. (11) (the printed integrand is the gross absorption term).
    """
    omega = np.asarray(omega, dtype=float)
    if np.any(~np.isfinite(omega)) or np.any(omega < 0):
        raise ValueError(f"omega must be finite and non-negative, got {omega!r}")
    return hbar * omega


def scattering_rate_z_net_shape(omega: ArrayLike) -> np.ndarray:
    """Net (absorption − stimulated emission) shape of Eq. (11), ω·ħω/ħ = ω² [rad²/s²].

    References
    ----------
    Turlakov (2022), Eq. (11).
    """
    return np.asarray(omega, dtype=float) * fermi_sum_net(omega) / hbar


def scattering_rate_x_shape(omega: ArrayLike, T: ArrayLike) -> np.ndarray:
    """Frequency and temperature dependence of Eq. (12), ω tanh(ħω/2k_BT) [rad/s].

    References
    ----------
    Turlakov (2022), Eq. (12), with 1 − 2n_F(x) = tanh(x/2).
    """
    omega = np.asarray(omega, dtype=float)
    return omega * np.tanh(hbar * omega / (2.0 * k_B * require_positive("T", T)))


def dipolar_dos_ratio(T: ArrayLike, g: ArrayLike, T_Q: float) -> np.ndarray:
    """ν(T)/ν₀ = 1/(1 + g ln(T_Q/T)) with g = ν₀ α_dd (dimensionless), for T ≤ T_Q.

    Parameters
    ----------
    T : array_like
        Temperature (the energy ε ~ k_BT at which ν is probed) [K].
    g : array_like
        ν₀ α_dd, dimensionless, ≥ 0.
    T_Q : float
        Quantum crossover temperature [K].

    Raises
    ------
    ValueError
        T outside (0, T_Q], negative g.

    References
    ----------
    Turlakov (2022), Eq. (13).
    """
    T = require_positive("T", T)
    T_Q = float(require_positive("T_Q", T_Q))
    if np.any(T > T_Q):
        raise ValueError(f"T must not exceed T_Q = {T_Q} K, got max {T.max()!r}")
    g = np.asarray(g, dtype=float)
    if np.any(~np.isfinite(g)) or np.any(g < 0):
        raise ValueError(f"g must be finite and non-negative, got {g!r}")
    return 1.0 / (1.0 + g * np.log(T_Q / T))


def glasson_specific_heat(T: ArrayLike, nu0: float, g: ArrayLike, T_Q: float) -> np.ndarray:
    """Glasson specific heat per volume, C = (π²/3) k_B² T ν(T) [J/(K m³)].

    Parameters
    ----------
    T : array_like
        Temperature [K].
    nu0 : float
        Bare density of states ν₀ [J⁻¹ m⁻³].
    g : array_like
        ν₀ α_dd (dimensionless).
    T_Q : float
        [K].

    References
    ----------
    Turlakov (2022), Sec. 3.1 and Eq. (13).
    """
    nu0 = require_positive("nu0", nu0)
    return np.pi**2 / 3.0 * k_B**2 * np.asarray(T, dtype=float) * nu0 * dipolar_dos_ratio(T, g, T_Q)


def kappa_dipolar_ratio(T: ArrayLike, g: ArrayLike, T_Q: float) -> np.ndarray:
    """κ(T)/(κ₀(T_Q) (T/T_Q)²) = ν₀/ν(T) = 1 + g ln(T_Q/T): κ ∝ T² ln(T_Q/T) for large g.

    The phonon mean free path is l ∝ 1/(ν(T) T), so κ ∝ T³ l ∝ T²/ν(T).

    References
    ----------
    Turlakov (2022), Sec. 3.1, after Eq. (13).
    """
    return 1.0 / dipolar_dos_ratio(T, g, T_Q)


def effective_exponent(g: ArrayLike, T_low: float, T_high: float, T_Q: float) -> np.ndarray:
    """Effective α of C ∝ T^{1+α} (and κ ∝ T^{2−α}) over the window [T_low, T_high].

    α = ln[ν(T_high)/ν(T_low)] / ln(T_high/T_low), the slope of the log-log
    secant; the same α appears in κ because κ ∝ T²/ν(T).

    Raises
    ------
    ValueError
        Unless 0 < T_low < T_high ≤ T_Q.

    References
    ----------
    Turlakov (2022), Sec. 3.1, after Eq. (13).
    """
    T_low, T_high = float(require_positive("T_low", T_low)), float(require_positive("T_high", T_high))
    if not T_low < T_high:
        raise ValueError(f"T_low must be below T_high, got {T_low} and {T_high}")
    r = dipolar_dos_ratio(T_high, g, T_Q) / dipolar_dos_ratio(T_low, g, T_Q)
    return np.log(r) / np.log(T_high / T_low)


# --------------------------------------------------------------------------
# Section 3.2: internal friction, Eqs. (14)-(15).
# --------------------------------------------------------------------------
def coupling_conjecture(epsilon_F: ArrayLike, M_ct2: ArrayLike) -> np.ndarray:
    """The conjectured glasson-phonon coupling λ = √(ε_F M_atom c_t²) [J].

    References
    ----------
    Turlakov (2022), Sec. 3.2, after Eq. (14).
    """
    return np.sqrt(require_positive("epsilon_F", epsilon_F) * require_positive("M_ct2", M_ct2))


def atomic_mass_from_density(rho: ArrayLike, a: ArrayLike) -> np.ndarray:
    """Mass per atom M_atom = ρ a³ [kg] for one atom per volume a³.

    The identity K_{F−s} = νλ²/(ρc_t²) = λ²(k_Fa)³/(ε_F M_atom c_t²) of Sec. 3.2
    holds (up to its O(1) factor) only with ρ = M_atom/a³.

    Parameters
    ----------
    rho : array_like
        Mass density [kg/m³].
    a : array_like
        Inter-atomic distance [m].

    References
    ----------
    Turlakov (2022), Sec. 3.2 (definition of K_{F−s}) and Sec. 4.1 (a ~ 2.5 Å).
    """
    return require_positive("rho", rho) * require_positive("a", a) ** 3


def coupling_constant_KFs(nu: ArrayLike, lam: ArrayLike, rho: ArrayLike, c_t: ArrayLike) -> np.ndarray:
    """K_{F−s} = ν(ε_F) λ²/(ρ c_t²), dimensionless (the analogue of the TLS constant C).

    References
    ----------
    Turlakov (2022), definition after Eq. (14).
    """
    return (require_positive("nu", nu) * require_positive("lam", lam) ** 2
            / (require_positive("rho", rho) * require_positive("c_t", c_t) ** 2))


def internal_friction_eq14(K_Fs: ArrayLike, c_t: ArrayLike, v_F: ArrayLike) -> np.ndarray:
    """Q_t⁻¹ = π K_{F−s} c_t/v_F (dimensionless).

    References
    ----------
    Turlakov (2022), Eq. (14).
    """
    return np.pi * require_positive("K_Fs", K_Fs) * require_positive("c_t", c_t) / require_positive(
        "v_F", v_F)


def internal_friction_eq15(k_F: ArrayLike, a: ArrayLike, c_t: ArrayLike, v_F: ArrayLike,
                           K_Qt: ArrayLike = 1.0) -> np.ndarray:
    """Q_t⁻¹ = K_{Q,t} (k_F a)³ c_t/v_F (dimensionless), K_{Q,t} "of order 1".

    References
    ----------
    Turlakov (2022), Eq. (15).
    """
    return (require_positive("K_Qt", K_Qt) * (require_positive("k_F", k_F) * require_positive("a", a)) ** 3
            * require_positive("c_t", c_t) / require_positive("v_F", v_F))


def internal_friction_from_mean_free_path(l_over_lambda: ArrayLike) -> np.ndarray:
    """Q⁻¹ = (1/2π)(λ/l) (dimensionless).

    References
    ----------
    Turlakov (2022), Sec. 3.2, first paragraph.
    """
    return 1.0 / (2.0 * np.pi * require_positive("l_over_lambda", l_over_lambda))


def tunnelling_equivalent_coupling(K_Fs: ArrayLike, c_t: ArrayLike, v_F: ArrayLike) -> np.ndarray:
    """The standard-model C that gives the same resonant Q⁻¹: πC = πK_{F−s}c_t/v_F ⇒ C = K_{F−s}c_t/v_F.

    The standard tunnelling model has Q⁻¹ = πC for ħω ≫ k_BT (glasslib.tunneling);
    Eq. (14) has Q⁻¹ = πK_{F−s}c_t/v_F in the same regime.

    References
    ----------
    Turlakov (2022), Eq. (14) and the remark after Eq. (15).
    """
    return require_positive("K_Fs", K_Fs) * require_positive("c_t", c_t) / require_positive("v_F", v_F)


def effective_exponent_ceiling(T_low: float, T_high: float, T_Q: float) -> float:
    """Strong-coupling limit (ν₀α_dd → ∞) of :func:`effective_exponent` over [T_low, T_high]:

    α_max = ln[ln(T_Q/T_low)/ln(T_Q/T_high)] / ln(T_high/T_low)  (ν ∝ 1/ln(T_Q/T)).

    Raises
    ------
    ValueError
        Unless 0 < T_low < T_high < T_Q.

    References
    ----------
    Turlakov (2022), Eq. (13) in the limit ν₀α_dd ln(T_Q/T) ≫ 1.
    """
    T_low, T_high = float(require_positive("T_low", T_low)), float(require_positive("T_high", T_high))
    T_Q = float(require_positive("T_Q", T_Q))
    if not T_low < T_high < T_Q:
        raise ValueError(f"need T_low < T_high < T_Q, got {T_low}, {T_high}, {T_Q}")
    return float(np.log(np.log(T_Q / T_low) / np.log(T_Q / T_high)) / np.log(T_high / T_low))
