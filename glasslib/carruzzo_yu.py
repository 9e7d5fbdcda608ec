"""Carruzzo & Yu (2020): why phonon scattering in glasses is universally small (floor 4).

Carruzzo and Yu keep the standard tunnelling model's Hamiltonian but give the
TLS–phonon coupling γ a broad distribution, P(γ²) = 1/γ_max² on 0 < γ < γ_max
(the *difference* of two equal, randomly oriented elastic dipoles).  Two
consequences follow:

1. integrating out the fast phonons (a polaron transformation) renormalises
   the tunnelling element, Δ° = Δ°_max exp(−γ²/γ_o²), with
   γ_o = (√2/3) √(ρ v² v_o ħ ω_D)  (Eq. 5);
2. the phonon-mediated TLS–TLS interaction J_ij ∝ γ_iγ_j/(ρv² r³), treated in a
   "poor man's" Gaussian random mean field, fixes the asymmetry density of
   states ñ_o ≈ ρv²/(3γ_max²) (Eq. 7).

Changing variables (ε, γ) → (ε, Δ°) gives the standard P(ε, Δ°) = P̄/Δ° with
P̄ = (1/3)(ρv²/γ_max²)(γ_o/γ_max)² (Eq. 9) and the coupling constant
C = (α²/3)(γ_o/γ_max)⁴ (Eq. 12), with γ_max estimated from elastic stability
(Eq. 13 and Supplement Eqs. 26–30).

All arguments and results are SI (J, m, kg, s, K, J⁻¹ m⁻³); every function is
NumPy-vectorised.  Debye frequency and temperature come from
:mod:`glasslib.tunneling` (k_B T_D = ħ ω_D = ħ v (6π²/v_o)^{1/3}).

References
----------
H. M. Carruzzo and C. C. Yu, Phys. Rev. Lett. 124, 075902 (2020), and its
Supplemental Material (arXiv version dated January 8, 2020).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from . import materials, units
from .materials import Column, Glass, read_parameters, read_table
from .tunneling import debye_frequency, debye_temperature
from .units import hbar, k_B
from .validation import require_nonnegative, require_positive

__all__ = [
    "ALEXANDER_PREFACTOR", "MEAN_FIELD_CONSTANT", "DEFAULT_ALPHA",
    "polaron_coupling_scale", "gamma_max_stability", "gamma_max_fixed_strain",
    "gamma_max_glass_transition", "gamma_max_zero_point", "dipole_strain_squared",
    "thermal_strain_squared", "zero_point_strain_squared", "asymmetry_density_of_states",
    "tls_density_of_states", "effective_coupling", "coupling_constant_theory",
    "coupling_from_tunnelling", "tunnelling_log_factor", "renormalised_tunnelling",
    "yu_leggett_density_of_states", "high_temperature_coupling_constant",
    "wkb_tunnelling_element", "wkb_barrier_height",
    "CYTheory", "theory_for_glass", "SupplementGlass", "carruzzo_yu_supplement_glasses",
    "supplement_predictions", "TextInput", "TEXT_INPUTS", "text_inputs", "COLUMN_EXPONENTS",
    "required_input_factor",
    "displacement_vacuum_expectation", "PAPER_STRAIN_COEFFICIENT",
    "correlated_field_factor",
]

#: The coefficient c of Supplement Eq. (26), δ² = c γ²/(ρv²v_o)², as printed (3/2).
PAPER_STRAIN_COEFFICIENT: float = 1.5

#: Numerical prefactor a of γ_max = a ρv²v_o in Eq. (13): (4/3)(2/(9π))^{2/3} ≈ 0.2281.
ALEXANDER_PREFACTOR: float = 4.0 / 3.0 * (2.0 / (9.0 * np.pi)) ** (2.0 / 3.0)

#: The poor man's mean-field constant 6/(2π)^{3/2} ≈ 0.381 of Supplement Eq. (25),
#: which the paper rounds to 1/3 in Eq. (7).
MEAN_FIELD_CONSTANT: float = 6.0 / (2.0 * np.pi) ** 1.5

#: The paper's choice α = 2.5 in γ_eff = α γ_o (text before Eq. 12).
DEFAULT_ALPHA: float = 2.5


def polaron_coupling_scale(rho: ArrayLike, v: ArrayLike, v_o: ArrayLike,
                           omega_D: ArrayLike) -> np.ndarray:
    """The polaron coupling scale γ_o = (√2/3) √(ρ v² v_o ħ ω_D).

    Parameters
    ----------
    rho : array_like
        Mass density ρ [kg/m³].
    v : array_like
        Averaged sound velocity v [m/s].
    v_o : array_like
        Volume of a chemical formula unit [m³].
    omega_D : array_like
        Debye angular frequency ω_D [rad/s].

    Returns
    -------
    ndarray
        γ_o [J]; the tunnelling element is renormalised by exp(−γ²/γ_o²).

    Raises
    ------
    ValueError
        If any input is not positive.

    References
    ----------
    Carruzzo & Yu (2020), Eq. (5); Supplement, text after Eq. (14).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    v_o = require_positive("v_o", v_o)
    omega_D = require_positive("omega_D", omega_D)
    return np.sqrt(2.0) / 3.0 * np.sqrt(rho * v**2 * v_o * hbar * omega_D)


def gamma_max_stability(rho: ArrayLike, v: ArrayLike, v_o: ArrayLike, *,
                        strain_coefficient: float = PAPER_STRAIN_COEFFICIENT) -> np.ndarray:
    """Largest elastic dipole from Alexander's buckling argument, γ_max = (4/3)(2/9π)^{2/3} ρv²v_o.

    The prefactor assumes δ² = (3/2)γ²/(ρv²v_o)² (Supp. Eq. 26); for another
    coefficient c, γ_max scales as (3/2)/c.

    Parameters
    ----------
    rho : array_like
        Mass density ρ [kg/m³].
    v : array_like
        Sound velocity v [m/s].
    v_o : array_like
        Volume of a formula unit [m³].
    strain_coefficient : float
        c of Supp. Eq. (26) (default the printed 3/2).

    Returns
    -------
    ndarray
        γ_max [J] (≈ 0.23 ρv²v_o).

    Raises
    ------
    ValueError
        If any input is not positive.

    References
    ----------
    Carruzzo & Yu (2020), Eq. (13); Supplement Eq. (30).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    v_o = require_positive("v_o", v_o)
    c = float(require_positive("strain_coefficient", strain_coefficient))
    return ALEXANDER_PREFACTOR * (PAPER_STRAIN_COEFFICIENT / c) * rho * v**2 * v_o


def gamma_max_fixed_strain(rho: ArrayLike, v: ArrayLike, v_o: ArrayLike,
                           alpha1: ArrayLike, *,
                           strain_coefficient: float = PAPER_STRAIN_COEFFICIENT) -> np.ndarray:
    """γ_max for a fixed maximal strain δ = α₁: γ_max = α₁ √(2/3) ρv²v_o.

    Obtained by solving δ² = 3γ²/(2(ρv²v_o)²) (Supplement Eq. 26) for γ at δ = α₁.

    Parameters
    ----------
    rho, v, v_o : array_like
        ρ [kg/m³], v [m/s], v_o [m³].
    alpha1 : array_like
        Maximal strain (dimensionless, paper: 0.2–0.25).
    strain_coefficient : float
        c of Supp. Eq. (26) (printed 3/2); γ_max = α₁ρv²v_o/√c.

    Returns
    -------
    ndarray
        γ_max [J].

    References
    ----------
    Carruzzo & Yu (2020), Supplement, item 1 after Eq. (26).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    v_o = require_positive("v_o", v_o)
    alpha1 = require_positive("alpha1", alpha1)
    c = float(require_positive("strain_coefficient", strain_coefficient))
    return alpha1 * np.sqrt(1.0 / c) * rho * v**2 * v_o


def gamma_max_glass_transition(rho: ArrayLike, v: ArrayLike, v_o: ArrayLike, T_g: ArrayLike,
                               alpha2: ArrayLike = 1.0, *,
                               strain_coefficient: float = PAPER_STRAIN_COEFFICIENT) -> np.ndarray:
    """"Reverse Lindemann" estimate γ_max = α₂ √(2 ρv²v_o k_B T_g).

    Parameters
    ----------
    rho, v, v_o : array_like
        ρ [kg/m³], v [m/s], v_o [m³].
    T_g : array_like
        Glass-transition temperature [K].
    alpha2 : array_like
        Proportionality factor of order one (paper: 1.5 fits SiO₂).
    strain_coefficient : float
        c of Supp. Eq. (26), δ² = cγ²/(ρv²v_o)² (printed 3/2); γ_max = α₂√(3ρv²v_ok_BT_g/c).

    Returns
    -------
    ndarray
        γ_max [J].

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eq. (28).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    v_o = require_positive("v_o", v_o)
    T_g = require_positive("T_g", T_g)
    alpha2 = require_positive("alpha2", alpha2)
    c = float(require_positive("strain_coefficient", strain_coefficient))
    return alpha2 * np.sqrt(3.0 / c * rho * v**2 * v_o * k_B * T_g)


def gamma_max_zero_point(rho: ArrayLike, v: ArrayLike, v_o: ArrayLike, omega_D: ArrayLike,
                         alpha3: ArrayLike) -> np.ndarray:
    """Zero-point variant γ_max = α₃ √(ρv²v_oħω_D) (so γ_max ∝ γ_o and C is universal).

    Parameters
    ----------
    rho, v, v_o : array_like
        ρ [kg/m³], v [m/s], v_o [m³].
    omega_D : array_like
        Debye angular frequency [rad/s].
    alpha3 : array_like
        Proportionality factor (paper: ≈ 5 for C ~ 10⁻⁴).

    Returns
    -------
    ndarray
        γ_max [J].

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eq. (29).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    v_o = require_positive("v_o", v_o)
    omega_D = require_positive("omega_D", omega_D)
    alpha3 = require_positive("alpha3", alpha3)
    return alpha3 * np.sqrt(rho * v**2 * v_o * hbar * omega_D)


def correlated_field_factor(gamma_max: ArrayLike, gamma_o: ArrayLike,
                            alpha: ArrayLike) -> np.ndarray:
    """Factor γ_max/(√2 α γ_o) on P̄ and C if P(ε ≈ 0 | γ) ∝ 1/γ (a hypothesis of ours).

    With J_ij ∝ γ_i the local field of TLS i has width ∝ γ_i, so at fixed
    ⟨γ²⟩ = γ_max²/2 the Gaussian density at ε = 0 becomes
    P(0|γ) = P(0)·γ_max/(√2 γ).  At the coupling γ = αγ_o that dominates C this
    multiplies P̄ (and C) by γ_max/(√2 αγ_o) (dimensionless).

    Parameters
    ----------
    gamma_max, gamma_o : array_like
        γ_max and γ_o [J].
    alpha : array_like
        γ/γ_o of the relevant TLS (paper: 2.5).

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eqs. (18)–(25) and main-text Eqs. (8)–(12).
    """
    gamma_max = require_positive("gamma_max", gamma_max)
    gamma_o = require_positive("gamma_o", gamma_o)
    alpha = require_positive("alpha", alpha)
    return gamma_max / (np.sqrt(2.0) * alpha * gamma_o)


def dipole_strain_squared(gamma: ArrayLike, rho: ArrayLike, v: ArrayLike,
                          v_o: ArrayLike) -> np.ndarray:
    """Typical strain at the neighbours of a dipole γ, δ² = 3γ²/(2(ρv²v_o)²) (dimensionless).

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eq. (26).
    """
    gamma = require_nonnegative("gamma", gamma)
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    v_o = require_positive("v_o", v_o)
    return 3.0 * gamma**2 / (2.0 * (rho * v**2 * v_o) ** 2)


def thermal_strain_squared(rho: ArrayLike, v: ArrayLike, v_o: ArrayLike, omega_D: ArrayLike,
                           T: ArrayLike, T_D: ArrayLike) -> np.ndarray:
    """Classical strain fluctuation ⟨e²⟩ = (3ħω_D/(ρv²v_o)) (T/T_D) for T > T_D.

    With k_B T_D = ħω_D this equals 3 k_B T/(ρv²v_o).

    Parameters
    ----------
    rho, v, v_o : array_like
        ρ [kg/m³], v [m/s], v_o [m³].
    omega_D : array_like
        Debye angular frequency [rad/s].
    T, T_D : array_like
        Temperature (the paper uses T_g) and Debye temperature [K].

    Returns
    -------
    ndarray
        ⟨e²⟩, dimensionless.

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eq. (27).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    v_o = require_positive("v_o", v_o)
    omega_D = require_positive("omega_D", omega_D)
    T = require_nonnegative("T", T)
    T_D = require_positive("T_D", T_D)
    return 3.0 * hbar * omega_D / (rho * v**2 * v_o) * T / T_D


def zero_point_strain_squared(rho: ArrayLike, v: ArrayLike, v_o: ArrayLike,
                              omega_D: ArrayLike) -> np.ndarray:
    """Zero-point strain fluctuation of a Debye solid, ⟨e²⟩_{T=0} = (9/8) ħω_D/(ρv²v_o).

    Sum over 3 polarisations of ħω/(2ρv²) per mode (strain k²u², u² = ħ/(2ρω)),
    with a Debye density of modes up to ω_D, per volume; the paper states that the
    T > T_D prefactor 3ħω_D/(ρv²v_o) is 8/3 times this.

    References
    ----------
    Carruzzo & Yu (2020), Supplement, text after Eq. (28).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    v_o = require_positive("v_o", v_o)
    omega_D = require_positive("omega_D", omega_D)
    return 9.0 / 8.0 * hbar * omega_D / (rho * v**2 * v_o)


def asymmetry_density_of_states(rho: ArrayLike, v: ArrayLike, gamma_max: ArrayLike, *,
                                exact_constant: bool = False) -> np.ndarray:
    """Mean-field density of asymmetries per energy and volume, ñ_o ≈ ρv²/(3γ_max²).

    Parameters
    ----------
    rho, v : array_like
        ρ [kg/m³], v [m/s].
    gamma_max : array_like
        Maximal coupling [J].
    exact_constant : bool
        Use 6/(2π)^{3/2} ≈ 0.381 (Supplement Eq. 25) instead of the paper's 1/3.

    Returns
    -------
    ndarray
        ñ_o [J⁻¹ m⁻³].

    References
    ----------
    Carruzzo & Yu (2020), Eq. (7); Supplement Eq. (25).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    gamma_max = require_positive("gamma_max", gamma_max)
    c = MEAN_FIELD_CONSTANT if exact_constant else 1.0 / 3.0
    return c * rho * v**2 / gamma_max**2


def tls_density_of_states(rho: ArrayLike, v: ArrayLike, gamma_o: ArrayLike,
                          gamma_max: ArrayLike) -> np.ndarray:
    """P̄ = (1/3)(ρv²/γ_max²)(γ_o/γ_max)² of P(ε, Δ°) = P̄/Δ°.

    Parameters
    ----------
    rho, v : array_like
        ρ [kg/m³], v [m/s].
    gamma_o : array_like
        Polaron coupling scale of Eq. (5) [J].
    gamma_max : array_like
        Maximal coupling [J].

    Returns
    -------
    ndarray
        P̄ [J⁻¹ m⁻³].

    Raises
    ------
    ValueError
        If any input is not positive.

    References
    ----------
    Carruzzo & Yu (2020), Eq. (9).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    gamma_o = require_positive("gamma_o", gamma_o)
    gamma_max = require_positive("gamma_max", gamma_max)
    return rho * v**2 / (3.0 * gamma_max**2) * (gamma_o / gamma_max) ** 2


def effective_coupling(alpha: ArrayLike, gamma_o: ArrayLike) -> np.ndarray:
    """γ_eff = α γ_o, the coupling of the TLS seen in acoustic experiments [J].

    References
    ----------
    Carruzzo & Yu (2020), text before Eq. (12).
    """
    return require_positive("alpha", alpha) * require_positive("gamma_o", gamma_o)


def coupling_constant_theory(alpha: ArrayLike, gamma_o: ArrayLike,
                             gamma_max: ArrayLike) -> np.ndarray:
    """C = P̄ γ_eff²/(ρv²) = (α²/3)(γ_o/γ_max)⁴ (dimensionless).

    Parameters
    ----------
    alpha : array_like
        γ_eff/γ_o (paper: 2.5).
    gamma_o : array_like
        Polaron coupling scale [J].
    gamma_max : array_like
        Maximal coupling [J].

    Returns
    -------
    ndarray
        C, dimensionless.

    Raises
    ------
    ValueError
        If any input is not positive.

    References
    ----------
    Carruzzo & Yu (2020), Eq. (12).
    """
    alpha = require_positive("alpha", alpha)
    gamma_o = require_positive("gamma_o", gamma_o)
    gamma_max = require_positive("gamma_max", gamma_max)
    return alpha**2 / 3.0 * (gamma_o / gamma_max) ** 4


def tunnelling_log_factor(delta_max: ArrayLike, delta: ArrayLike) -> np.ndarray:
    """ln^{1/2}(Δ°_max/Δ°), the factor γ/γ_o of Eq. (10) (dimensionless).

    Raises
    ------
    ValueError
        If Δ° > Δ°_max or either is not positive.
    """
    delta_max = require_positive("delta_max", delta_max)
    delta = require_positive("delta", delta)
    if np.any(delta > delta_max):
        raise ValueError("delta must not exceed delta_max (Δ° ≤ Δ°_max)")
    return np.sqrt(np.log(delta_max / delta))


def coupling_from_tunnelling(gamma_o: ArrayLike, delta_max: ArrayLike,
                             delta: ArrayLike) -> np.ndarray:
    """γ(Δ°) = γ_o ln^{1/2}(Δ°_max/Δ°) [J], the inverse of Δ° = Δ°_max e^{−γ²/γ_o²}.

    References
    ----------
    Carruzzo & Yu (2020), Eq. (10).
    """
    return require_positive("gamma_o", gamma_o) * tunnelling_log_factor(delta_max, delta)


def renormalised_tunnelling(delta_max: ArrayLike, gamma: ArrayLike,
                            gamma_o: ArrayLike) -> np.ndarray:
    """Δ° = Δ°_max exp(−γ²/γ_o²) [J], the polaron-renormalised tunnelling element.

    References
    ----------
    Carruzzo & Yu (2020), Eq. (4); Supplement Eq. (14).
    """
    delta_max = require_positive("delta_max", delta_max)
    gamma = require_nonnegative("gamma", gamma)
    gamma_o = require_positive("gamma_o", gamma_o)
    return delta_max * np.exp(-(gamma / gamma_o) ** 2)


def yu_leggett_density_of_states(rho: ArrayLike, v: ArrayLike, gamma: ArrayLike) -> np.ndarray:
    """Yu–Leggett mean-field estimate P̄ ≈ ρv²/γ² [J⁻¹ m⁻³] (all couplings equal).

    References
    ----------
    Carruzzo & Yu (2020), Eq. (6); C. C. Yu and A. J. Leggett, Comments Cond.
    Mat. Phys. 14, 231 (1988).
    """
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    gamma = require_positive("gamma", gamma)
    return rho * v**2 / gamma**2


def high_temperature_coupling_constant(mean_field_constant: float = 1.0 / 3.0) -> float:
    """C above the barrier height: P̄ = ñ_o = c ρv²/γ_max², ⟨γ²⟩ = γ_max²/2, so C = c/2 (= 1/6).

    References
    ----------
    Carruzzo & Yu (2020), text before Eq. (15).
    """
    c = float(require_positive("mean_field_constant", mean_field_constant))
    return c / 2.0


def wkb_tunnelling_element(omega_D: ArrayLike, mass: ArrayLike, V: ArrayLike,
                           d: ArrayLike) -> np.ndarray:
    """Bare WKB tunnelling element Δ°_max = ħω_D exp(−√(2MV) d/ħ) [J].

    Parameters
    ----------
    omega_D : array_like
        Attempt frequency ω_D [rad/s].
    mass : array_like
        Tunnelling mass M [kg] (the paper uses ρ v_o).
    V : array_like
        Barrier height [J].
    d : array_like
        Tunnelling distance [m].

    References
    ----------
    Carruzzo & Yu (2020), Eq. (14) (printed with √(2M)Vd, i.e. V outside the root).
    """
    omega_D = require_positive("omega_D", omega_D)
    mass = require_positive("mass", mass)
    V = require_nonnegative("V", V)
    d = require_nonnegative("d", d)
    return hbar * omega_D * np.exp(-np.sqrt(2.0 * mass * V) * d / hbar)


def wkb_barrier_height(omega_D: ArrayLike, delta_max: ArrayLike, mass: ArrayLike,
                       d: ArrayLike) -> np.ndarray:
    """Barrier height V solving Δ°_max = ħω_D exp(−√(2MV) d/ħ): V = (ħ ln(ħω_D/Δ°_max)/d)²/(2M) [J].

    References
    ----------
    Carruzzo & Yu (2020), Eq. (14) and the text after it.
    """
    omega_D = require_positive("omega_D", omega_D)
    delta_max = require_positive("delta_max", delta_max)
    mass = require_positive("mass", mass)
    d = require_positive("d", d)
    L = np.log(hbar * omega_D / delta_max)
    if np.any(L < 0):
        raise ValueError("delta_max must not exceed ħ omega_D")
    return (hbar * L / d) ** 2 / (2.0 * mass)


@dataclass(frozen=True)
class CYTheory:
    """Carruzzo–Yu prediction for one glass (SI).

    Attributes
    ----------
    name : str
    T_D : float
        Debye temperature recomputed from v and v_o [K].
    omega_D : float
        Debye angular frequency [rad/s].
    gamma_o : float
        Eq. (5) [J].
    gamma_max : float
        Eq. (13) (or the estimate passed in) [J].
    P_bar : float
        Eq. (9) [J⁻¹ m⁻³].
    C : float
        Eq. (12), dimensionless.
    """

    name: str
    T_D: float
    omega_D: float
    gamma_o: float
    gamma_max: float
    P_bar: float
    C: float


def theory_for_glass(glass: Glass, alpha: float = DEFAULT_ALPHA,
                     gamma_max: float | None = None) -> CYTheory:
    """Evaluate Eqs. (5), (9), (12), (13) for one :class:`~glasslib.materials.Glass`.

    Parameters
    ----------
    glass : Glass
        A record of :func:`glasslib.materials.carruzzo_yu_glasses` (SI).
    alpha : float
        γ_eff/γ_o (paper: 2.5).
    gamma_max : float, optional
        Override of γ_max [J]; default: the stability estimate of Eq. (13).

    Returns
    -------
    CYTheory

    References
    ----------
    Carruzzo & Yu (2020), Table I.
    """
    omega_D = float(debye_frequency(glass.v, glass.v_o))
    T_D = float(debye_temperature(glass.v, glass.v_o))
    g_o = float(polaron_coupling_scale(glass.rho, glass.v, glass.v_o, omega_D))
    g_max = float(gamma_max_stability(glass.rho, glass.v, glass.v_o)) if gamma_max is None \
        else float(require_positive("gamma_max", gamma_max))
    P_bar = float(tls_density_of_states(glass.rho, glass.v, g_o, g_max))
    C = float(coupling_constant_theory(alpha, g_o, g_max))
    return CYTheory(glass.name, T_D, omega_D, g_o, g_max, P_bar, C)


# --------------------------------------------------------------------------
# Supplement Table I
# --------------------------------------------------------------------------
CY_SUPPLEMENT_TABLE = "carruzzo_yu_2020_supplement_table1.csv"
_SUPP_COLUMNS = (
    Column("material", "text"), Column("rho_kg_m3", plausible=materials.RHO_KG_M3),
    Column("v_m_s", plausible=materials.SPEED_M_S), Column("v_o_A3", plausible=materials.V_O_A3),
    Column("T_g_K", plausible=materials.T_G_K), Column("T_D_K", plausible=materials.T_D_K),
    Column("C_exp_1e4", plausible=materials.C_1E4), Column("P_exp_1e45_J_m3", plausible=materials.P_1E45_J_M3),
    Column("C_g_1e4", plausible=materials.C_1E4), Column("P_g_1e45_J_m3", plausible=materials.P_1E45_J_M3),
    Column("C_e_1e4", plausible=materials.C_1E4), Column("P_e_1e45_J_m3", plausible=materials.P_1E45_J_M3),
    Column("source", "text"),
)


@dataclass(frozen=True)
class SupplementGlass:
    """A row of the Supplement's Table I, in SI (P̄ in J⁻¹ m⁻³, C dimensionless).

    Attributes
    ----------
    glass : Glass
        ρ, v, v_o, T_D, C_exp as a :class:`~glasslib.materials.Glass` (C_th_paper = C_e).
    T_g : float
        Glass-transition temperature [K].
    P_exp, C_g, P_g, C_e, P_e : float
        The printed columns (C dimensionless, P̄ in J⁻¹ m⁻³).
    """

    glass: Glass
    T_g: float
    P_exp: float
    C_g: float
    P_g: float
    C_e: float
    P_e: float


def carruzzo_yu_supplement_glasses(path: os.PathLike | str = CY_SUPPLEMENT_TABLE
                                   ) -> dict[str, SupplementGlass]:
    """The ten glasses of the Supplement's Table I, keyed by material name.

    Raises
    ------
    DataError
        Malformed file (names file, line and column).

    References
    ----------
    Carruzzo & Yu (2020), Supplemental Material, Table I.
    """
    rows = read_table(path, _SUPP_COLUMNS)
    out = {}
    for name, r in rows.items():
        g = Glass(name=name, rho=r["rho_kg_m3"], v=r["v_m_s"],
                  v_o=float(units.angstrom3_to_m3(r["v_o_A3"])), T_D=r["T_D_K"],
                  C_exp=r["C_exp_1e4"] * 1e-4, C_th_paper=r["C_e_1e4"] * 1e-4, source=r["source"])
        out[name] = SupplementGlass(glass=g, T_g=r["T_g_K"], P_exp=r["P_exp_1e45_J_m3"] * 1e45,
                                    C_g=r["C_g_1e4"] * 1e-4, P_g=r["P_g_1e45_J_m3"] * 1e45,
                                    C_e=r["C_e_1e4"] * 1e-4, P_e=r["P_e_1e45_J_m3"] * 1e45)
    return out


def supplement_predictions(row: SupplementGlass, alpha: float = DEFAULT_ALPHA,
                           alpha2: float = 1.5) -> dict[str, float]:
    """C and P̄ of one Supplement row with γ_max from Eq. (28) (glass transition) and Eq. (30).

    Returns
    -------
    dict
        ``C_g``, ``P_g`` (γ_max = α₂√(2ρv²v_o k_B T_g)) and ``C_e``, ``P_e``
        (γ_max of Eq. 13), C dimensionless, P̄ in J⁻¹ m⁻³.

    References
    ----------
    Carruzzo & Yu (2020), Supplement Table I and the paragraph after Eq. (30).
    """
    g = row.glass
    omega_D = debye_frequency(g.v, g.v_o)
    g_o = polaron_coupling_scale(g.rho, g.v, g.v_o, omega_D)
    gm_g = gamma_max_glass_transition(g.rho, g.v, g.v_o, row.T_g, alpha2)
    gm_e = gamma_max_stability(g.rho, g.v, g.v_o)
    return {
        "C_g": float(coupling_constant_theory(alpha, g_o, gm_g)),
        "P_g": float(tls_density_of_states(g.rho, g.v, g_o, gm_g)),
        "C_e": float(coupling_constant_theory(alpha, g_o, gm_e)),
        "P_e": float(tls_density_of_states(g.rho, g.v, g_o, gm_e)),
    }


# --------------------------------------------------------------------------
# Inputs the paper quotes in its text (not in a table), with where they are printed.
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class TextInput:
    """One input quoted in the paper's running text, in SI, with its location."""

    value: float
    where: str


#: The long-format table of the inputs Carruzzo & Yu quote in their running text.
TEXT_PARAMETERS_TABLE = "carruzzo_yu_2020_text_parameters.csv"


def text_inputs(path: str = TEXT_PARAMETERS_TABLE) -> dict[str, TextInput]:
    """The inputs quoted in the text of Carruzzo & Yu (2020), in SI, with where printed.

    Read from ``data/carruzzo_yu_2020_text_parameters.csv`` through
    :func:`glasslib.materials.read_parameters`.
    """
    return {name: TextInput(p.si, p.where) for name, p in read_parameters(path).items()}


#: Inputs quoted in the text of Carruzzo & Yu (2020) (SI units), loaded from ``data/``.
TEXT_INPUTS: dict[str, TextInput] = text_inputs()


#: Power-law exponents of each Table column in the printed inputs, treating T_D as an
#: independent input (d ln X / d ln input; derived symbolically in the chapter).
COLUMN_EXPONENTS: dict[str, dict[str, float]] = {
    "C_e": {"rho": -2.0, "v": -4.0, "v_o": -2.0, "T_D": 2.0, "T_g": 0.0},
    "P_e": {"rho": -2.0, "v": -4.0, "v_o": -3.0, "T_D": 1.0, "T_g": 0.0},
    "C_g": {"rho": 0.0, "v": 0.0, "v_o": 0.0, "T_D": 2.0, "T_g": -2.0},
    "P_g": {"rho": 0.0, "v": 0.0, "v_o": -1.0, "T_D": 1.0, "T_g": -2.0},
}


def required_input_factor(printed: ArrayLike, ours: ArrayLike, exponent: float) -> np.ndarray:
    """Factor f by which one input x (X ∝ x^exponent) must change so that ours → printed.

    f = (printed/ours)^{1/exponent}; NaN when the column does not depend on x.

    Raises
    ------
    ValueError
        If printed or ours is not positive.
    """
    printed = require_positive("printed", printed)
    ours = require_positive("ours", ours)
    if exponent == 0:
        return np.full(np.broadcast(printed, ours).shape, np.nan)
    return (printed / ours) ** (1.0 / exponent)


def displacement_vacuum_expectation(xi: float, n_max: int = 80) -> float:
    """⟨0| exp(2(ξ̃ψ − ξ̃ψ†)) |0⟩ for one boson mode, in a Fock space truncated at ``n_max``.

    A numerical check of the normal-ordering step of the polaron transformation:
    the exact value is exp(−2ξ̃²) (Supplement Eqs. 11–14), the factor that
    renormalises σ^x per mode.

    Parameters
    ----------
    xi : float
        Real displacement amplitude ξ̃ = γξ/(√V ħω) (dimensionless).
    n_max : int
        Number of Fock states kept (must exceed ~ (2ξ̃)² + 10 for accuracy).

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If ``n_max`` < 2 or ``xi`` is not finite.

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eqs. (10)–(14).
    """
    from scipy.linalg import expm

    if not isinstance(n_max, (int, np.integer)) or n_max < 2:
        raise ValueError(f"n_max must be an integer >= 2, got {n_max!r}")
    xi = float(xi)
    if not np.isfinite(xi):
        raise ValueError(f"xi must be finite, got {xi!r}")
    a = np.diag(np.sqrt(np.arange(1, n_max)), k=1)
    gen = 2.0 * xi * (a - a.T)
    return float(expm(gen)[0, 0])


# --------------------------------------------------------------------------
# Chapter 2: the printed columns as the paper computes them (T_D following v_o),
# the interval of one input that reproduces a printed column, and α_eff(E).
# --------------------------------------------------------------------------
def table_columns(rho: ArrayLike, v: ArrayLike, v_o: ArrayLike, T_g: ArrayLike,
                  alpha: float = DEFAULT_ALPHA, alpha2: float = 1.5) -> dict[str, np.ndarray]:
    """Every computed column of Table I and Supplement Table I, with T_D following v_o.

    The paper computes k_B T_D = ħω_D = ħv(6π²/v_o)^{1/3} from v and v_o, so a change
    of v_o changes T_D, γ_o and γ_max together.

    Parameters
    ----------
    rho, v, v_o : array_like
        ρ [kg/m³], v [m/s], v_o [m³].
    T_g : array_like
        Glass-transition temperature [K].
    alpha : float
        γ_eff/γ_o (paper: 2.5).
    alpha2 : float
        α₂ of Supp. Eq. (28) (paper's Table: 1.5).

    Returns
    -------
    dict
        ``T_D`` [K]; ``C_e``, ``P_e`` (γ_max of Eq. 13) and ``C_g``, ``P_g`` (γ_max of
        Supp. Eq. 28); C dimensionless, P̄ in J⁻¹ m⁻³.  ``C_e`` is also the main text's C_th.

    References
    ----------
    Carruzzo & Yu (2020), Eqs. (5), (9), (12), (13), Table I; Supplement Eq. (28), Table I.
    """
    omega_D = debye_frequency(v, v_o)
    g_o = polaron_coupling_scale(rho, v, v_o, omega_D)
    gm_e = gamma_max_stability(rho, v, v_o)
    gm_g = gamma_max_glass_transition(rho, v, v_o, T_g, alpha2)
    return {
        "T_D": np.asarray(debye_temperature(v, v_o), dtype=float),
        "C_e": coupling_constant_theory(alpha, g_o, gm_e),
        "P_e": tls_density_of_states(rho, v, g_o, gm_e),
        "C_g": coupling_constant_theory(alpha, g_o, gm_g),
        "P_g": tls_density_of_states(rho, v, g_o, gm_g),
    }


def rounding_interval(printed: ArrayLike, half_unit: ArrayLike, ours: ArrayLike,
                      exponent: float) -> tuple[np.ndarray, np.ndarray]:
    """Factors on one input x for which a column X ∝ x^exponent rounds to its printed value.

    X(f·x) = f^exponent · ours must lie in [printed − half_unit, printed + half_unit]; for a
    power law this is one interval of f.  A column that does not depend on x
    (``exponent == 0``) gives f ∈ (0, ∞) if ``ours`` already rounds to ``printed``, and an
    empty interval (NaN, NaN) otherwise.

    Parameters
    ----------
    printed, half_unit, ours : array_like
        The printed value, half a unit of its last printed digit, and our value (same units).
    exponent : float
        d ln X / d ln x.

    Returns
    -------
    (f_lo, f_hi) : tuple of ndarray
        The ends of the interval of factors (f_lo ≤ f_hi).

    Raises
    ------
    ValueError
        If ``ours`` is not positive or ``half_unit`` is negative or ≥ ``printed``.
    """
    printed = require_positive("printed", printed)
    ours = require_positive("ours", ours)
    half_unit = require_nonnegative("half_unit", half_unit)
    if np.any(half_unit >= printed):
        raise ValueError("half_unit must be smaller than the printed value")
    lo, hi = (printed - half_unit) / ours, (printed + half_unit) / ours
    if exponent == 0:
        inside = (lo <= 1.0) & (1.0 <= hi)
        return (np.where(inside, 0.0, np.nan), np.where(inside, np.inf, np.nan))
    a, b = lo ** (1.0 / exponent), hi ** (1.0 / exponent)
    return np.minimum(a, b), np.maximum(a, b)


def resonant_alpha_eff(energy: ArrayLike, delta_max: ArrayLike) -> np.ndarray:
    """α_eff = √(1 + ln(Δ°_max/2E)), the rms γ/γ_o of the TLS resonant with a phonon of energy E.

    From ⟨γ²⟩_E = γ_o²(1 + ln(Δ°_max/2E)), the average of γ² = γ_o² ln(Δ°_max/Δ°) (Eq. 10)
    over the shell √(ε² + Δ°²) = E with P = P̄/Δ° (Eq. 8) and the resonant weight (Δ°/E)²
    (derived in chapter 2).

    Parameters
    ----------
    energy : array_like
        Phonon energy E = ħω [J].
    delta_max : array_like
        Δ°_max [J] (paper: 10 K).

    Returns
    -------
    ndarray
        α_eff (dimensionless).

    Raises
    ------
    ValueError
        If an input is not positive or 1 + ln(Δ°_max/2E) ≤ 0 (E ≥ e Δ°_max/2).
    """
    energy = require_positive("energy", energy)
    delta_max = require_positive("delta_max", delta_max)
    a2 = 1.0 + np.log(delta_max / (2.0 * energy))
    if np.any(a2 <= 0):
        raise ValueError("1 + ln(delta_max / 2E) must be positive (E < e delta_max / 2)")
    return np.sqrt(a2)


__all__ += ["table_columns", "rounding_interval", "resonant_alpha_eff"]
