"""Thermal conductivity with resonant TLS + ripplon scattering: the plateau (LW2008 Sec. IV.E–F).

κ = ⅓ Σ_ω C_ω c_s l_mfp(ω) (kinetic formula, three polarisations of one sound
speed, Debye cut-off ω_D), with l_mfp = c_sτ_ω + λ and the golden-rule rate
Eq. (48), τ_ω⁻¹ = ω πg²/(ρc_s²) [ρ(ω) + ρ_exc(ω, T)] per domain volume ξ³.
Scaled to the low-T TLS result: l⁻¹ = (πCω/c_s)·F(ω, T) with
F = T_gρ(ω) + T_gρ_exc(ω, T) (→ 1 at low ω and T) and C = P̄g²/ρc_s² fixed by the
observed l_mfp/λ = 1/(2π²C) ≈ 150 (Freeman & Anderson 1986, LW2008 Fig. 19).

Dimensionless: ν = ω/ω_D, t = T/T_D, and κ in units of κ₀ = k_Bω_D²/(2π²c_s).

References
----------
V. Lubchenko & P. G. Wolynes, Adv. Chem. Phys. 136, 95 (2008), Eq. (48), Figs. 19–20.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from glasslib import units
from glasslib.tunneling import mean_free_path_per_wavelength, resonant_internal_friction
from glasslib.validation import require_positive

__all__ = ["conductivity_curve", "coupling_from_mfp_ratio", "kappa_unit", "phonon_mode_heat_capacity",
           "scattering_factor", "thermal_conductivity_scaled", "tls_only_conductivity_scaled"]


def coupling_from_mfp_ratio(mfp_over_wavelength: float) -> float:
    """C = P̄g²/ρc_s² from the saturated ratio l/λ = 1/(2π²C) (inverse of
    :func:`glasslib.tunneling.mean_free_path_per_wavelength`).

    Parameters
    ----------
    mfp_over_wavelength : float
        l_mfp/λ at low T (≈ 150).

    Returns
    -------
    float
        C (dimensionless).
    """
    r = float(require_positive("mfp_over_wavelength", mfp_over_wavelength))
    C = 1.0 / (2.0 * np.pi**2 * r)
    assert np.isclose(mean_free_path_per_wavelength(C), r)
    return C


def kappa_unit(T_D: float, c_s: float) -> float:
    """κ₀ = k_Bω_D²/(2π²c_s) [W m⁻¹ K⁻¹] for T_D [K] and c_s [m/s]."""
    T_D = float(require_positive("T_D", T_D))
    c_s = float(require_positive("c_s", c_s))
    omega_D = units.k_B * T_D / units.hbar
    return units.k_B * omega_D**2 / (2.0 * np.pi**2 * c_s)


def phonon_mode_heat_capacity(x: ArrayLike) -> np.ndarray:
    """Heat capacity of one oscillator, x²eˣ/(eˣ−1)² [k_B], x = ħω/k_BT (stable for large x)."""
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        e = np.exp(-x)
        out = np.where(x > 0, x**2 * e / (-np.expm1(-np.where(x > 0, x, 1.0))) ** 2, 1.0)
    return np.where(x > 700, 0.0, out)


def scattering_factor(rho_ground: ArrayLike, rho_excited: ArrayLike, nu: ArrayLike,
                      t: ArrayLike, saturation: bool = False) -> np.ndarray:
    """F(ν, t) = T_gρ(ν)·[tanh(ν/2t) if saturation] + T_gρ_exc(ν, t).

    The paper's Eq. (48) neglects saturation (no tanh); with ``saturation=True``
    the ground-state term gets the TLS population difference, via
    :func:`glasslib.tunneling.resonant_internal_friction` (πC tanh)/(πC).

    Parameters
    ----------
    rho_ground : array_like, shape (n_ν,)
        T_gρ(ν).
    rho_excited : array_like, shape (n_T, n_ν)
        T_gρ_exc(ν, t).
    nu : array_like, shape (n_ν,)
        ω/ω_D (> 0).
    t : array_like, shape (n_T,)
        T/T_D (> 0).
    saturation : bool
        Include tanh(ħω/2k_BT) on the ground-state term.

    Returns
    -------
    ndarray, shape (n_T, n_ν)
    """
    g = np.asarray(rho_ground, dtype=float)[None, :]
    e = np.asarray(rho_excited, dtype=float)
    if saturation:
        nu = require_positive("nu", nu)
        t = require_positive("t", t)
        T_D = 1.0                                            # any scale: only ħω/k_BT matters
        omega = nu * units.k_B * T_D / units.hbar
        g = g * resonant_internal_friction(1.0, omega[None, :], t[:, None] * T_D) / np.pi
    return g + e


def thermal_conductivity_scaled(t: ArrayLike, nu: ArrayLike, F: ArrayLike, C: float) -> np.ndarray:
    """κ/κ₀ = ∫_0^1 dν ν E(ν/t) [1/(πC F(ν,t)) + 2π] (kinetic formula, l = c_sτ + λ).

    Parameters
    ----------
    t : array_like, shape (n_T,)
        T/T_D.
    nu : array_like, shape (n_ν,)
        Phonon ω/ω_D grid on (0, 1].
    F : array_like, shape (n_T, n_ν)
        :func:`scattering_factor` (> 0).
    C : float
        :func:`coupling_from_mfp_ratio`.

    Returns
    -------
    ndarray, shape (n_T,)
        κ/κ₀ with κ₀ = :func:`kappa_unit`.

    References
    ----------
    LW2008, Eq. (48) and the kinetic formula after it.
    """
    t = require_positive("t", t)
    nu = require_positive("nu", nu)
    F = require_positive("F", F)
    C = float(require_positive("C", C))
    E = phonon_mode_heat_capacity(nu[None, :] / t[:, None])
    integrand = nu[None, :] * E * (1.0 / (np.pi * C * F) + 2.0 * np.pi)
    return np.trapezoid(integrand, nu, axis=-1)


def tls_only_conductivity_scaled(t: ArrayLike, C: float) -> np.ndarray:
    """Low-T limit (F = 1, λ term dropped): κ/κ₀ = 6ζ(3) t²/(πC) — the T² law."""
    from scipy.special import zeta

    t = require_positive("t", t)
    C = float(require_positive("C", C))
    return 6.0 * zeta(3.0) * t**2 / (np.pi * C)


def conductivity_curve(t: ArrayLike, T_g: float, modes: ArrayLike, degeneracy: ArrayLike,
                       mfp_over_wavelength: float = 150.0, omega_c: float | None = None,
                       coupled: bool = False, weight: str = "fermi", alpha: float = 1.0,
                       saturation: bool = False, d_omega: float = 1e-3,
                       E_max: float = 3.0, fragility: float | None = None) -> np.ndarray:
    """κ(T)/κ₀ with resonant TLS + ripplon scattering (LW2008 Figs. 19–20), exact state counting.

    Pipeline: ripplon states counted exactly on a grid (knapsack DP for the bare
    spectrum; the generating-function exponential for the broadened one, Eq. (55),
    when ``coupled``) → T_gρ(ω) (Eq. (37)) and T_gρ_exc(ω, T) (Eqs. (42)–(43), or
    N_{αT}(ω) with ``weight="step"``) → F = T_g(ρ + ρ_exc) → kinetic κ with
    l = c_sτ + λ, scaled so that l/λ = ``mfp_over_wavelength`` at low T.

    Parameters
    ----------
    t : array_like, shape (n_T,)
        T/T_D (≤ 0.1 with the default E_max; the thermal tail must fit on the grid).
    T_g : float
        k_BT_g/ħω_D.
    modes, degeneracy : array_like
        Bare ripplon modes (:func:`glasslib.ripplons.ripplon_modes`).
    mfp_over_wavelength : float
        Low-T l_mfp/λ (150).
    omega_c : float, optional
        Cut-off ω_c/ω_D of the dispersion (Eq. (54)); used when ``coupled``.
    coupled : bool
        Include friction and dispersion (Eqs. (53)–(55)).
    weight, alpha : str, float
        Excited-state weight (see :func:`glasslib.ripplons.excited_scattering_density_exact`).
    saturation : bool
        tanh factor on the ground-state term (not in the paper's Eq. (48)).
    d_omega, E_max : float
        Counting grid (ω_D units).
    fragility : float, optional
        With ``coupled``: smear the cut-off by ω_c/√D
        (:func:`glasslib.ripplons.broadened_mode_weights_smooth_cutoff`); None → sharp.

    Returns
    -------
    ndarray, shape (n_T,)
        κ/κ₀.

    References
    ----------
    LW2008, Eqs. (37), (42)–(43), (48), (53)–(55); Figs. 19–20.
    """
    from glasslib import ripplons as rp

    t = np.atleast_1d(require_positive("t", t))
    if E_max < 1.0 + 15.0 * t.max():
        raise ValueError(f"E_max={E_max} too small for t up to {t.max()}: need >= 1 + 15 t")
    n_nu = int(round(1.0 / d_omega))
    if coupled:
        grid = np.arange(1, int(round(E_max / d_omega)) + 1) * d_omega
        if fragility is None:
            weights = rp.broadened_mode_weights(grid, modes, degeneracy, T_g, omega_c)
        else:
            weights = rp.broadened_mode_weights_smooth_cutoff(grid, modes, degeneracy, T_g, omega_c,
                                                              fragility)
        counts = rp.state_counts_from_mode_density(weights, d_omega, E_max)
    else:
        counts = rp.ripplon_state_counts(modes, degeneracy, d_omega, E_max)
    rho = rp.scattering_density_exact(counts, d_omega, T_g)
    exc = rp.excited_scattering_density_exact(counts, d_omega, T_g, t, n_nu + 1, weight, alpha)
    # phonon frequencies on a log grid (the dominant ν ≈ 4t reaches below dω at low T);
    # F is linearly interpolated from the counting grid, F(ν < dω) = F(dω)
    nu = np.geomspace(1e-3 * min(d_omega, t.min()), 1.0, 3000)
    pos = np.clip(nu / d_omega, 1.0, float(n_nu))
    lo = np.minimum(np.floor(pos).astype(int), n_nu - 1)
    frac = pos - lo
    rho_i = rho[lo] * (1 - frac) + rho[lo + 1] * frac
    exc_i = exc[:, lo] * (1 - frac) + exc[:, lo + 1] * frac
    F = scattering_factor(rho_i, exc_i, nu, t, saturation=saturation)
    return thermal_conductivity_scaled(t, nu, F, coupling_from_mfp_ratio(mfp_over_wavelength))
