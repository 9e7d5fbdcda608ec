"""The standard tunnelling model of glasses (floor 3).

Anderson, Halperin & Varma (1972) and Phillips (1972) postulated independent
two-level systems (TLS) with Hamiltonian

    H = ½ (ε σ_z + Δ₀ σ_x) + γ e σ_z,

a broad distribution P(ε, Δ₀) = P̄/Δ₀ of asymmetries ε and tunnelling
elements Δ₀, and a deformation potential γ coupling them to the strain e.
Everything the four papers of this book explain is phrased in the one
dimensionless number the model produces,

    C = P̄ γ² / (ρ v²),

and in the relations below, which all follow from the model (derived
symbolically in chapter 1).  All arguments and results are SI: energies in J,
temperatures in K, frequencies in rad/s, P̄ in J⁻¹ m⁻³.

References
----------
P. W. Anderson, B. I. Halperin and C. M. Varma, Philos. Mag. 25, 1 (1972).
W. A. Phillips, J. Low Temp. Phys. 7, 351 (1972); Rep. Prog. Phys. 50, 1657 (1987).
H. M. Carruzzo and C. C. Yu, Phys. Rev. Lett. 124, 075902 (2020), Eq. (1) and
the paragraph after it, which quotes the relations used here.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .units import hbar, k_B
from .validation import require_finite, require_nonnegative, require_positive

__all__ = [
    "coupling_constant", "averaged_sound_velocity", "debye_wavenumber", "debye_frequency",
    "debye_temperature", "tls_energy", "eigenbasis_coupling", "tls_density_of_states",
    "resonant_inverse_mean_free_path", "resonant_internal_friction",
    "mean_free_path_per_wavelength", "relaxation_internal_friction",
    "sound_velocity_shift_resonant", "sound_velocity_shift_relaxation", "sound_velocity_shift",
    "one_phonon_relaxation_rate", "tls_specific_heat", "debye_specific_heat_low_T",
    "resonant_thermal_conductivity", "RESONANT_KAPPA_INTEGRAL",
]

#: ∫₀^∞ x³ eˣ / ((eˣ−1)² tanh(x/2)) dx = π², the dimensionless integral of the
#: kinetic formula with resonant TLS scattering (derived in chapter 1).
RESONANT_KAPPA_INTEGRAL: float = np.pi**2


def coupling_constant(P_bar: ArrayLike, gamma: ArrayLike, rho: ArrayLike, v: ArrayLike) -> np.ndarray:
    """The dimensionless TLS–phonon coupling constant C = P̄γ²/(ρv²).

    Parameters
    ----------
    P_bar : array_like
        Density of TLS states P̄ [J⁻¹ m⁻³].
    gamma : array_like
        Deformation potential γ [J].
    rho : array_like
        Mass density ρ [kg/m³].
    v : array_like
        Sound velocity v [m/s].

    Returns
    -------
    ndarray
        C, dimensionless (≈ 3×10⁻⁴ in every glass).

    References
    ----------
    Carruzzo & Yu (2020), Eq. (1).
    """
    P_bar = require_nonnegative("P_bar", P_bar)
    gamma = require_finite("gamma", gamma)
    rho = require_positive("rho", rho)
    v = require_positive("v", v)
    return P_bar * gamma**2 / (rho * v**2)


def averaged_sound_velocity(v_l: ArrayLike, v_t: ArrayLike) -> np.ndarray:
    """Debye-averaged sound velocity, v⁻³ = ⅓ Σ_s v_s⁻³ = ⅓ (v_l⁻³ + 2 v_t⁻³).

    Parameters
    ----------
    v_l, v_t : array_like
        Longitudinal and transverse sound velocities [m/s].

    Returns
    -------
    ndarray
        v [m/s].

    References
    ----------
    Carruzzo & Yu (2020), text after Eq. (1).
    """
    v_l = require_positive("v_l", v_l)
    v_t = require_positive("v_t", v_t)
    return ((v_l**-3 + 2.0 * v_t**-3) / 3.0) ** (-1.0 / 3.0)


def debye_wavenumber(v_o: ArrayLike) -> np.ndarray:
    """Debye wavenumber k_D = (6π²/v_o)^{1/3} [1/m] for one mode per volume v_o [m³]."""
    v_o = require_positive("v_o", v_o)
    return (6.0 * np.pi**2 / v_o) ** (1.0 / 3.0)


def debye_frequency(v: ArrayLike, v_o: ArrayLike) -> np.ndarray:
    """Debye angular frequency ω_D = v (6π²/v_o)^{1/3} [rad/s].

    Parameters
    ----------
    v : array_like
        Sound velocity [m/s].
    v_o : array_like
        Volume per formula unit [m³].

    References
    ----------
    Carruzzo & Yu (2020), text after Eq. (13).
    """
    v = require_positive("v", v)
    return v * debye_wavenumber(v_o)


def debye_temperature(v: ArrayLike, v_o: ArrayLike) -> np.ndarray:
    """Debye temperature T_D with k_B T_D = ħ v (6π²/v_o)^{1/3} [K].

    Parameters
    ----------
    v : array_like
        Sound velocity [m/s].
    v_o : array_like
        Volume per formula unit [m³].

    Returns
    -------
    ndarray
        T_D [K].

    References
    ----------
    Carruzzo & Yu (2020), text after Eq. (13).
    """
    return hbar * debye_frequency(v, v_o) / k_B


def tls_energy(epsilon: ArrayLike, delta0: ArrayLike) -> np.ndarray:
    """TLS level splitting E = √(ε² + Δ₀²) [J] of H = ½(εσ_z + Δ₀σ_x)."""
    epsilon = require_finite("epsilon", epsilon)
    delta0 = require_finite("delta0", delta0)
    return np.hypot(epsilon, delta0)


def eigenbasis_coupling(epsilon: ArrayLike, delta0: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """σ_z in the TLS eigenbasis: σ_z = (ε/E) τ_z + (Δ₀/E) τ_x.

    Returns
    -------
    (ndarray, ndarray)
        The diagonal weight ε/E (drives relaxation) and the off-diagonal
        weight Δ₀/E (drives resonant absorption).
    """
    E = tls_energy(epsilon, delta0)
    if np.any(E == 0):
        raise ValueError("epsilon and delta0 must not both vanish (E = 0)")
    return np.asarray(epsilon) / E, np.asarray(delta0) / E


def tls_density_of_states(E: ArrayLike, P_bar: ArrayLike, delta_min: ArrayLike) -> np.ndarray:
    """Density of TLS states in energy, n(E) = P̄ arccosh(E/Δ_min) ≈ P̄ ln(2E/Δ_min).

    Obtained from P(ε, Δ₀) = P̄/Δ₀ on 0 < ε, Δ_min < Δ₀ (chapter 1).

    Parameters
    ----------
    E : array_like
        Level splitting [J]; zero below Δ_min.
    P_bar : array_like
        P̄ [J⁻¹ m⁻³].
    delta_min : array_like
        Smallest tunnelling element Δ_min [J].

    Returns
    -------
    ndarray
        n(E) [J⁻¹ m⁻³].
    """
    E = require_nonnegative("E", E)
    P_bar = require_nonnegative("P_bar", P_bar)
    delta_min = require_positive("delta_min", delta_min)
    ratio = np.maximum(E / delta_min, 1.0)
    return P_bar * np.arccosh(ratio)


def _thermal_factor(omega: np.ndarray, T: np.ndarray) -> np.ndarray:
    """tanh(ħω/2k_BT), equal to 1 at T = 0."""
    with np.errstate(divide="ignore"):
        x = np.where(T > 0, hbar * omega / (2.0 * k_B * np.where(T > 0, T, 1.0)), np.inf)
    return np.tanh(x)


def resonant_inverse_mean_free_path(omega: ArrayLike, T: ArrayLike, P_bar: ArrayLike,
                                    gamma: ArrayLike, rho: ArrayLike, v: ArrayLike) -> np.ndarray:
    """Resonant phonon mean free path, l⁻¹ = π P̄γ²ω/(ρv³) · tanh(ħω/2k_BT).

    Parameters
    ----------
    omega : array_like
        Phonon angular frequency ω [rad/s].
    T : array_like
        Temperature [K] (0 allowed: saturated absorption is then absent).
    P_bar, gamma, rho, v : array_like
        As in :func:`coupling_constant`.

    Returns
    -------
    ndarray
        l⁻¹ [1/m].

    References
    ----------
    Phillips (1987), Rep. Prog. Phys. 50, 1657; Carruzzo & Yu (2020), after Eq. (1).
    """
    omega = require_nonnegative("omega", omega)
    T = require_nonnegative("T", T)
    C = coupling_constant(P_bar, gamma, rho, v)
    v = require_positive("v", v)
    return np.pi * C * omega / v * _thermal_factor(omega, T)


def resonant_internal_friction(C: ArrayLike, omega: ArrayLike, T: ArrayLike) -> np.ndarray:
    """Resonant internal friction Q⁻¹ = v/(ωl) = πC tanh(ħω/2k_BT) (dimensionless)."""
    C = require_nonnegative("C", C)
    omega = require_positive("omega", omega)
    T = require_nonnegative("T", T)
    return np.pi * C * _thermal_factor(omega, T)


def mean_free_path_per_wavelength(C: ArrayLike, omega: ArrayLike | None = None,
                                  T: ArrayLike | None = None) -> np.ndarray:
    """l/λ = 1/(2π² C tanh(ħω/2k_BT)), λ = 2πv/ω; → 1/(2π²C) when ħω ≫ k_BT.

    Parameters
    ----------
    C : array_like
        Coupling constant (dimensionless, > 0).
    omega, T : array_like, optional
        Frequency [rad/s] and temperature [K]; omitted, the ħω ≫ k_BT limit.

    Returns
    -------
    ndarray
        l/λ, dimensionless.

    References
    ----------
    Carruzzo & Yu (2020), after Eq. (1) and Eq. (15).
    """
    C = require_positive("C", C)
    if omega is None and T is None:
        return 1.0 / (2.0 * np.pi**2 * C)
    if omega is None or T is None:
        raise ValueError("give both omega and T, or neither")
    return 1.0 / (2.0 * np.pi * resonant_internal_friction(C, omega, T))


def relaxation_internal_friction(C: ArrayLike) -> np.ndarray:
    """Plateau of the relaxation internal friction, Q⁻¹ = (π/2) C (ωτ_min ≪ 1).

    References
    ----------
    Carruzzo & Yu (2020), after Eq. (1); Phillips (1987).
    """
    return np.pi / 2.0 * require_nonnegative("C", C)


def _log_ratio(T: ArrayLike, T0: ArrayLike) -> np.ndarray:
    return np.log(require_positive("T", T) / require_positive("T0", T0))


def sound_velocity_shift_resonant(T: ArrayLike, T0: ArrayLike, C: ArrayLike) -> np.ndarray:
    """Resonant part of the sound-velocity shift, Δv/v = +C ln(T/T₀) (k_BT ≫ ħω)."""
    return require_finite("C", C) * _log_ratio(T, T0)


def sound_velocity_shift_relaxation(T: ArrayLike, T0: ArrayLike, C: ArrayLike) -> np.ndarray:
    """One-phonon relaxation part of the shift, Δv/v = −(3/2) C ln(T/T₀) (ωτ_min ≪ 1)."""
    return -1.5 * require_finite("C", C) * _log_ratio(T, T0)


def sound_velocity_shift(T: ArrayLike, T0: ArrayLike, C: ArrayLike) -> np.ndarray:
    """Total shift in the relaxation regime, Δv/v = C ln − (3/2)C ln = −(C/2) ln(T/T₀).

    References
    ----------
    Carruzzo & Yu (2020), after Eq. (1).
    """
    return sound_velocity_shift_resonant(T, T0, C) + sound_velocity_shift_relaxation(T, T0, C)


def one_phonon_relaxation_rate(E: ArrayLike, delta0: ArrayLike, T: ArrayLike, rho: ArrayLike,
                               gamma_l: ArrayLike, v_l: ArrayLike, gamma_t: ArrayLike,
                               v_t: ArrayLike) -> np.ndarray:
    """One-phonon relaxation rate τ⁻¹ = (γ_l²/v_l⁵ + 2γ_t²/v_t⁵) Δ₀²E/(2πρħ⁴) coth(E/2k_BT).

    Returns
    -------
    ndarray
        τ⁻¹ [1/s].

    References
    ----------
    Phillips (1987), Rep. Prog. Phys. 50, 1657 (direct process).
    """
    E = require_positive("E", E)
    delta0 = require_nonnegative("delta0", delta0)
    T = require_positive("T", T)
    rho = require_positive("rho", rho)
    pref = (require_finite("gamma_l", gamma_l) ** 2 / require_positive("v_l", v_l) ** 5
            + 2.0 * require_finite("gamma_t", gamma_t) ** 2 / require_positive("v_t", v_t) ** 5)
    return pref * delta0**2 * E / (2.0 * np.pi * rho * hbar**4) / np.tanh(E / (2.0 * k_B * T))


def tls_specific_heat(T: ArrayLike, n0: ArrayLike) -> np.ndarray:
    """Specific heat of TLS with a flat density of states n₀: C_v = (π²/6) n₀ k_B² T.

    Parameters
    ----------
    T : array_like
        Temperature [K].
    n0 : array_like
        Density of TLS states per energy and volume [J⁻¹ m⁻³]; in the STM
        n₀ = P̄ ln(2E/Δ_min) evaluated near E ≈ k_BT.

    Returns
    -------
    ndarray
        C_v [J K⁻¹ m⁻³], linear in T.
    """
    T = require_nonnegative("T", T)
    n0 = require_nonnegative("n0", n0)
    return np.pi**2 / 6.0 * n0 * k_B**2 * T


def debye_specific_heat_low_T(T: ArrayLike, v: ArrayLike) -> np.ndarray:
    """Phonon specific heat for k_BT ≪ k_BT_D, C_v = (2π²/5) k_B (k_BT/ħv)³ [J K⁻¹ m⁻³].

    ``v`` is the Debye-averaged velocity of :func:`averaged_sound_velocity`
    (three polarisations).
    """
    T = require_nonnegative("T", T)
    v = require_positive("v", v)
    return 2.0 * np.pi**2 / 5.0 * k_B * (k_B * T / (hbar * v)) ** 3


def resonant_thermal_conductivity(T: ArrayLike, P_bar: ArrayLike, rho: ArrayLike,
                                  gammas: ArrayLike, velocities: ArrayLike) -> np.ndarray:
    """Phonon thermal conductivity limited by resonant TLS scattering.

    The kinetic formula κ = ⅓ Σ_s ∫ c_s(ω) v_s l_s(ω) dω with the resonant
    l_s⁻¹ = πP̄γ_s²ω tanh(ħω/2k_BT)/(ρv_s³) gives

        κ = ρ k_B³ T² / (6π³ ħ² P̄) · I · Σ_s v_s/γ_s²,   I = π²,

    i.e. κ = ρ k_B³ T² Σ_s v_s/γ_s² / (6π ħ² P̄) ∝ T², the classic result.

    Parameters
    ----------
    T : array_like
        Temperature [K].
    P_bar : array_like
        P̄ [J⁻¹ m⁻³].
    rho : array_like
        ρ [kg/m³].
    gammas, velocities : array_like, shape (n_s,)
        γ_s [J] and v_s [m/s] of each polarisation summed over, e.g.
        ``[γ_l, γ_t, γ_t]`` and ``[v_l, v_t, v_t]``.

    Returns
    -------
    ndarray
        κ [W m⁻¹ K⁻¹].

    References
    ----------
    Phillips (1987); derived in chapter 1 (the integral I).
    """
    T = require_nonnegative("T", T)
    P_bar = require_positive("P_bar", P_bar)
    rho = require_positive("rho", rho)
    gammas = require_positive("gammas", gammas)
    velocities = require_positive("velocities", velocities)
    if gammas.shape != velocities.shape:
        raise ValueError(f"gammas {gammas.shape} and velocities {velocities.shape} must match")
    s = np.sum(velocities / gammas**2)
    return rho * k_B**3 * T**2 * s * RESONANT_KAPPA_INTEGRAL / (6.0 * np.pi**3 * hbar**2 * P_bar)
