"""Quantum mixing of a tunnelling centre with its ripplons, fast TLS, and resonance interactions.

Lubchenko & Wolynes, Adv. Chem. Phys. 136, 95 (2008), Sections V–VI, Eqs. (58)–(74), (77), (81)
(paper key ``LW2008``; chapter 6 of the book).

Every perturbative formula of those sections is paired here with an *exact* small-system
computation (``numpy.linalg.eigh`` on stacked Hamiltonians), so the chapter can say which
formula holds, and where.  Energies are in any single unit (J in SI, or units of ħω_D);
temperatures in the same energy unit (k_B = 1) unless a function says otherwise.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy import special

from glasslib.validation import require_nonnegative, require_positive, require_in_range

__all__ = [
    "tunnelling_centre_hamiltonian", "level_shift_sigma", "renormalised_asymmetry_exact",
    "renormalised_asymmetry_eq59", "renormalised_asymmetry_first_order",
    "tunnelling_renormalisation_eq60", "tunnelling_renormalisation_exact", "tls_splitting_exact",
    "tls_splitting_effective", "asymmetry_density_eq67", "bare_asymmetry_exact",
    "small_asymmetry_measure", "small_asymmetry_measure_eq67", "ripplon_coupling_model", "franck_condon_self_consistent",
    "franck_condon_first_order", "ripplon_sum_B", "sigma_eq65", "fast_tls_integral",
    "scattering_bracket_eq68", "tau_min_scaled", "heat_capacity_bracket_eq69",
    "heat_capacity_eq69", "three_level_energies", "site_operator", "two_site_coupling",
    "boltzmann_free_energy", "second_order_free_energy", "two_site_free_energy_exact",
    "delta_F_rr_eq73", "delta_F_rr_eq74", "delta_F_rT_eq77", "delta_F_TT_eq81",
    "dipole_angular_factor", "orientation_average_J2_monte_carlo",
    "folded_shell_edge", "scattering_bracket_folded", "heat_capacity_bracket_folded",
    "heat_capacity_folded", "scattering_bracket_exact_map", "FAST_TLS_MODELS", "thermal_conductivity_fast_tls", "conductivity_exponent",
]


# ----------------------------------------------------------------------------------------
# Section V.A: the tunnelling centre dressed by ripplons, Eqs. (58)–(61)
# ----------------------------------------------------------------------------------------

def _couplings(Delta_i: ArrayLike, omega_i: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    d = np.asarray(Delta_i, dtype=float)
    w = require_positive("omega_i", omega_i)
    if np.any(~np.isfinite(d)):
        raise ValueError(f"Delta_i must be finite, got {Delta_i!r}")
    d, w = np.broadcast_arrays(np.atleast_1d(d), np.atleast_1d(w))
    return d, w


def tunnelling_centre_hamiltonian(eps: ArrayLike, Delta: ArrayLike, Delta_i: ArrayLike,
                                  omega_i: ArrayLike) -> np.ndarray:
    """The (n+2)×(n+2) Hamiltonian of Eq. (58): a TLS whose upper state couples to n ripplons.

    Basis: |0⟩ (reference structure, energy 0), |1⟩ (alternative structure, energy |ε|),
    |ripplon i⟩ (energy ħω_i).  ⟨0|H|1⟩ = Δ/2, ⟨1|H|i⟩ = Δ_i; the bottom state has no
    direct coupling to the ripplons.

    Parameters
    ----------
    eps : array_like
        Bare (semi-classical) splitting |ε| (≥ 0), energy; broadcasts over a grid.
    Delta : array_like
        Bare tunnelling element Δ (energy), broadcast with ``eps``.
    Delta_i : array_like, shape (..., n)
        Transition amplitudes to the ripplon states (energy); last axis = ripplons.
    omega_i : array_like, shape (..., n)
        Ripplon energies ħω_i (> 0).

    Returns
    -------
    ndarray, shape (..., n+2, n+2)
        Real symmetric Hamiltonians, stacked over the broadcast shape.

    Raises
    ------
    ValueError
        If |ε| < 0, ω_i ≤ 0, or a value is not finite.

    References
    ----------
    LW2008, Eq. (58) (shown there for n = 2).
    """
    e = require_nonnegative("eps", eps)
    D = np.asarray(Delta, dtype=float)
    if np.any(~np.isfinite(D)):
        raise ValueError(f"Delta must be finite, got {Delta!r}")
    d, w = _couplings(Delta_i, omega_i)
    n = d.shape[-1]
    shape = np.broadcast_shapes(e.shape, D.shape, d.shape[:-1])
    H = np.zeros(shape + (n + 2, n + 2))
    H[..., 0, 1] = H[..., 1, 0] = 0.5 * np.broadcast_to(D, shape)
    H[..., 1, 1] = np.broadcast_to(e, shape)
    idx = np.arange(2, n + 2)
    H[..., 1, idx] = H[..., idx, 1] = np.broadcast_to(d, shape + (n,))
    H[..., idx, idx] = np.broadcast_to(w, shape + (n,))
    return H


def level_shift_sigma(Delta_i: ArrayLike, omega_i: ArrayLike) -> np.ndarray:
    """Σ = Σ_i Δ_i²/ħω_i, the width of the forbidden band |ε| < Σ.

    Parameters
    ----------
    Delta_i, omega_i : array_like, shape (..., n)
        Ripplon amplitudes and energies (same unit).

    Returns
    -------
    ndarray
        Σ, shape (...).

    References
    ----------
    LW2008, Eq. (61).
    """
    d, w = _couplings(Delta_i, omega_i)
    return np.sum(d**2 / w, axis=-1)


def _dressed_upper_state(eps: ArrayLike, Delta_i: ArrayLike, omega_i: ArrayLike
                         ) -> tuple[np.ndarray, np.ndarray]:
    """Lowest eigenpair of the (n+1)×(n+1) block {|1⟩, ripplons} (the Δ = 0 problem)."""
    H = tunnelling_centre_hamiltonian(eps, 0.0, Delta_i, omega_i)[..., 1:, 1:]
    vals, vecs = np.linalg.eigh(H)
    return vals[..., 0], vecs[..., 0, 0]


def renormalised_asymmetry_exact(eps: ArrayLike, Delta_i: ArrayLike, omega_i: ArrayLike
                                 ) -> np.ndarray:
    """Exact renormalised asymmetry ε̃: the lowest eigenvalue of the block {|1⟩, ripplons}.

    Signed: it is negative when |ε| < Σ (the dressed upper state crosses the bottom state).

    Parameters
    ----------
    eps : array_like
        |ε| (≥ 0).
    Delta_i, omega_i : array_like, shape (..., n)
        Ripplon amplitudes and energies.

    Returns
    -------
    ndarray
        ε̃ (same energy unit).

    References
    ----------
    LW2008, Eqs. (58)–(59): ε̃ is defined by the Δ → 0 limit of Eq. (58).
    """
    return _dressed_upper_state(eps, Delta_i, omega_i)[0]


def renormalised_asymmetry_eq59(eps: ArrayLike, Delta_i: ArrayLike, omega_i: ArrayLike
                                ) -> np.ndarray:
    """Eq. (59) as the paper reads it: |ε̃| = |ε| − Σ_i Δ_i²/(ħω_i − |ε̃|), and |ε̃| = 0 for |ε| < Σ.

    The self-consistent root of Eq. (59) is the secular equation of the block, so it is
    found as :func:`renormalised_asymmetry_exact` and clipped at 0 (the paper's "forbidden
    band" reading).

    Parameters
    ----------
    eps : array_like
        |ε| (≥ 0).
    Delta_i, omega_i : array_like, shape (..., n)
        Ripplon amplitudes and energies.

    Returns
    -------
    ndarray
        |ε̃| ≥ 0.

    References
    ----------
    LW2008, Eqs. (59), (61).
    """
    return np.maximum(renormalised_asymmetry_exact(eps, Delta_i, omega_i), 0.0)


def renormalised_asymmetry_first_order(eps: ArrayLike, Delta_i: ArrayLike, omega_i: ArrayLike
                                       ) -> np.ndarray:
    """Linearised Eq. (59) for |ε̃| ≪ ħω_i: |ε̃| = max(|ε| − Σ, 0) (Fig. 22a).

    Parameters
    ----------
    eps : array_like
        |ε| (≥ 0).
    Delta_i, omega_i : array_like, shape (..., n)
        Ripplon amplitudes and energies.

    Returns
    -------
    ndarray
        |ε̃|.

    References
    ----------
    LW2008, Eqs. (59), (61), (66), Fig. 22(a).
    """
    e = require_nonnegative("eps", eps)
    return np.maximum(e - level_shift_sigma(Delta_i, omega_i), 0.0)


def tunnelling_renormalisation_eq60(Delta: ArrayLike, Delta_i: ArrayLike, omega_i: ArrayLike
                                    ) -> np.ndarray:
    """Δ̃ = Δ [1 − ½ Σ_i Δ_i²/(ħω_i)²] (perturbative, Eq. 60).

    Parameters
    ----------
    Delta : array_like
        Bare tunnelling element.
    Delta_i, omega_i : array_like, shape (..., n)
        Ripplon amplitudes and energies.

    Returns
    -------
    ndarray
        Δ̃.

    References
    ----------
    LW2008, Eq. (60).
    """
    d, w = _couplings(Delta_i, omega_i)
    return np.asarray(Delta, dtype=float) * (1.0 - 0.5 * np.sum(d**2 / w**2, axis=-1))


def tunnelling_renormalisation_exact(Delta: ArrayLike, eps: ArrayLike, Delta_i: ArrayLike,
                                     omega_i: ArrayLike) -> np.ndarray:
    """Exact Δ̃ = Δ·|⟨1|ψ̃⟩|: Δ times the weight of the bare state in the dressed upper state.

    Equal to Δ/√(1 + Σ_i Δ_i²/(ħω_i − ε̃)²) (the quasiparticle residue); Eq. (60) is its
    first order.

    Parameters
    ----------
    Delta : array_like
        Bare tunnelling element.
    eps : array_like
        |ε|.
    Delta_i, omega_i : array_like, shape (..., n)
        Ripplon amplitudes and energies.

    Returns
    -------
    ndarray
        Δ̃.

    References
    ----------
    LW2008, Eq. (60) (its exact counterpart).
    """
    return np.asarray(Delta, dtype=float) * np.abs(_dressed_upper_state(eps, Delta_i, omega_i)[1])


def tls_splitting_exact(eps: ArrayLike, Delta: ArrayLike, Delta_i: ArrayLike, omega_i: ArrayLike
                        ) -> np.ndarray:
    """E = E_1 − E_0, the two lowest eigenvalues of the full Eq. (58) Hamiltonian.

    Parameters
    ----------
    eps, Delta : array_like
        |ε| and Δ.
    Delta_i, omega_i : array_like, shape (..., n)
        Ripplon amplitudes and energies.

    Returns
    -------
    ndarray
        The TLS splitting.

    References
    ----------
    LW2008, Eq. (58).
    """
    vals = np.linalg.eigvalsh(tunnelling_centre_hamiltonian(eps, Delta, Delta_i, omega_i))
    return vals[..., 1] - vals[..., 0]


def tls_splitting_effective(eps_tilde: ArrayLike, Delta_tilde: ArrayLike) -> np.ndarray:
    """E = √(ε̃² + Δ̃²), the effective two-level splitting.

    Parameters
    ----------
    eps_tilde, Delta_tilde : array_like
        Renormalised asymmetry and tunnelling element.

    Returns
    -------
    ndarray
        E.

    References
    ----------
    LW2008, text after Eq. (60).
    """
    return np.hypot(np.asarray(eps_tilde, dtype=float), np.asarray(Delta_tilde, dtype=float))


def asymmetry_density_eq67(eps_tilde: ArrayLike, sigma: float, T_g: float
                           ) -> tuple[np.ndarray, float]:
    """Eq. (67): n(ε̃) = (1/T_g)[Σ δ(ε̃) + e^{−|ε̃|/T_g}] per domain (times 1/ξ³ per volume).

    Parameters
    ----------
    eps_tilde : array_like
        |ε̃| ≥ 0.
    sigma : float
        Σ = BΔ²/ħω_D (Eq. 65), same unit as T_g.
    T_g : float
        Glass transition temperature (energy unit).

    Returns
    -------
    regular : ndarray
        The smooth part e^{−|ε̃|/T_g}/T_g.
    delta_weight : float
        The weight Σ/T_g of the δ-function pile-up at ε̃ = 0⁺.

    References
    ----------
    LW2008, Eqs. (66)–(67).
    """
    e = require_nonnegative("eps_tilde", eps_tilde)
    s = float(require_nonnegative("sigma", sigma))
    Tg = float(require_positive("T_g", T_g))
    return np.exp(-e / Tg) / Tg, s / Tg


def bare_asymmetry_exact(eps_tilde: ArrayLike, Delta_i: ArrayLike, omega_i: ArrayLike) -> np.ndarray:
    """The exact inverse map |ε|(ε̃) = ε̃ + Σ_i Δ_i²/(ħω_i − ε̃), for signed ε̃ < min ω_i.

    This is Eq. (59) itself, read as the secular equation of the block {|1⟩, ripplons}.

    Parameters
    ----------
    eps_tilde : array_like
        Signed renormalised asymmetry (< min ω_i).
    Delta_i, omega_i : array_like, shape (..., n)
        Ripplon amplitudes and energies.

    Returns
    -------
    ndarray
        The bare |ε| (may be negative: no physical centre maps to that ε̃).

    References
    ----------
    LW2008, Eq. (59).
    """
    d, w = _couplings(Delta_i, omega_i)
    e = np.asarray(eps_tilde, dtype=float)
    if np.any(e[..., None] >= w.min(axis=-1, keepdims=True)):
        raise ValueError("eps_tilde must lie below the lowest ripplon energy")
    return e + np.sum(d**2 / (w - e[..., None]), axis=-1)


def small_asymmetry_measure(x: ArrayLike, Delta_i: ArrayLike, omega_i: ArrayLike) -> np.ndarray:
    """Exact measure of bare |ε| ≥ 0 whose renormalised asymmetry has |ε̃| < x.

    ε̃(ε) is increasing, so the set is the interval [max(ε(−x), 0), ε(x)); for a flat bare
    density n (|ε| ≪ T_g) the number of centres with |ε̃| < x is n times this measure.

    Parameters
    ----------
    x : array_like
        Threshold (> 0, below the lowest ripplon).
    Delta_i, omega_i : array_like, shape (n,)
        Ripplon amplitudes and energies.

    Returns
    -------
    ndarray
        The measure (energy).

    References
    ----------
    LW2008, Eqs. (59), (66)–(67).
    """
    xx = require_positive("x", x)
    return bare_asymmetry_exact(xx, Delta_i, omega_i) - np.maximum(bare_asymmetry_exact(-xx, Delta_i, omega_i), 0.0)


def small_asymmetry_measure_eq67(x: ArrayLike, sigma: float) -> np.ndarray:
    """The same measure from Eq. (66)–(67): Σ (the δ-function pile-up) + x.

    References
    ----------
    LW2008, Eqs. (66)–(67).
    """
    return require_positive("x", x) + float(require_nonnegative("sigma", sigma))


def ripplon_coupling_model(omega_l: ArrayLike, degeneracy: ArrayLike, kappa: float
                           ) -> tuple[np.ndarray, np.ndarray]:
    """Couplings Δ_i = κħω_i to every ripplon mode, with degenerate modes collapsed.

    The g = 2l+1 degenerate modes of harmonic l coupled with equal Δ_i act as one mode with
    amplitude √g·Δ_i (the g − 1 orthogonal combinations decouple), so the (n+2)-dimensional
    problem of Eq. (58) needs only one row per harmonic.  Then Σ = κ²Σ_l g_l ω_l and
    Σ_i Δ_i²/ω_i² = κ² Σ_l g_l.

    Parameters
    ----------
    omega_l : array_like
        Ripplon energies per harmonic.
    degeneracy : array_like
        2l + 1.
    kappa : float
        Δ_i/ħω_i (≥ 0).

    Returns
    -------
    Delta_eff, omega : ndarray
        Collapsed amplitudes √g κ ω_l and energies ω_l.

    References
    ----------
    LW2008, Eq. (58) and the discussion of Δ_i ~ ħω_i before Eq. (62).
    """
    w = require_positive("omega_l", omega_l)
    g = require_positive("degeneracy", degeneracy)
    k = float(require_nonnegative("kappa", kappa))
    return np.sqrt(g) * k * w, w


# ----------------------------------------------------------------------------------------
# Franck–Condon renormalisation, Eqs. (62)–(65)
# ----------------------------------------------------------------------------------------

def franck_condon_first_order(Delta_Q: ArrayLike, B: float, omega_D: float = 1.0) -> np.ndarray:
    """Eq. (62) solved for Δ̃_Q: Δ̃ = Δ_Q[1 − (B/2)Δ̃²/ω_D²] (the root that → Δ_Q as Δ_Q → 0).

    The quadratic (B/2ω²)Δ_QΔ̃² + Δ̃ − Δ_Q = 0 has the positive root
    Δ̃ = 2Δ_Q/(1 + √(1 + 2BΔ_Q²/ω²)).

    Parameters
    ----------
    Delta_Q : array_like
        Bare representative amplitude (> 0).
    B : float
        Σ_i ω_D/ω_i (> 0).
    omega_D : float
        ħω_D in the energy unit.

    Returns
    -------
    ndarray
        Δ̃_Q.

    References
    ----------
    LW2008, Eq. (62).
    """
    d = require_positive("Delta_Q", Delta_Q)
    b = require_positive("B", B)
    w = require_positive("omega_D", omega_D)
    x = 2.0 * b * d**2 / w**2
    return 2.0 * d / (1.0 + np.sqrt(1.0 + x))


def franck_condon_self_consistent(Delta_Q: ArrayLike, B: float, omega_D: float = 1.0) -> np.ndarray:
    """Eq. (64): Δ̃ = Δ_Q exp[−(B/2)Δ̃²/ω_D²], solved as Δ̃ = ω_D √(W(BΔ_Q²/ω_D²)/B).

    W is the principal Lambert function; Δ̃ grows only as √(ln Δ_Q) at large bare coupling.

    Parameters
    ----------
    Delta_Q : array_like
        Bare representative amplitude (≥ 0).
    B : float
        Σ_i ω_D/ω_i (> 0).
    omega_D : float
        ħω_D in the energy unit.

    Returns
    -------
    ndarray
        Δ̃_Q.

    References
    ----------
    LW2008, Eqs. (63)–(64).
    """
    d = require_nonnegative("Delta_Q", Delta_Q)
    b = require_positive("B", B)
    w = require_positive("omega_D", omega_D)
    u = special.lambertw(b * d**2 / w**2).real
    return w * np.sqrt(u / b)


def ripplon_sum_B(xi_over_a: float, l_max: int | None = None) -> float:
    """B = Σ_i ω_D/ω_i over the ripplon modes of a domain (with degeneracy 2l+1).

    Uses the spectrum of :func:`glasslib.ripplons.ripplon_modes` (chapter 5).

    Parameters
    ----------
    xi_over_a : float
        ξ/a.
    l_max : int, optional
        Largest harmonic (default as in :mod:`glasslib.ripplons`).

    Returns
    -------
    float
        B.

    References
    ----------
    LW2008, text after Eq. (65): "B = Σ_i ω_D/ω_i … of the order of several hundreds".
    """
    from glasslib.ripplons import ripplon_modes

    _, omega, g = ripplon_modes(xi_over_a, 1.0, l_max)
    return float(np.sum(g / omega))


def sigma_eq65(Delta: ArrayLike, B: float, omega_D: float = 1.0) -> np.ndarray:
    """Σ = BΔ²/ħω_D (Eq. 65).

    Parameters
    ----------
    Delta : array_like
        Tunnelling amplitude.
    B : float
        Σ_i ω_D/ω_i.
    omega_D : float
        ħω_D (same unit).

    Returns
    -------
    ndarray
        Σ.

    References
    ----------
    LW2008, Eq. (65).
    """
    b = require_positive("B", B)
    w = require_positive("omega_D", omega_D)
    return b * np.asarray(Delta, dtype=float) ** 2 / w


# ----------------------------------------------------------------------------------------
# Fast TLS, Eqs. (68)–(69)
# ----------------------------------------------------------------------------------------

def fast_tls_integral(c: ArrayLike, x_min: ArrayLike = 0.0) -> np.ndarray:
    """∫_{x_min}^1 x^{1−c}/√(1−x²) dx = ½ B(1−c/2, ½)·[1 − I_{x_min²}(1−c/2, ½)].

    Parameters
    ----------
    c : array_like
        Exponent of P(Δ) ∝ Δ^{−1−c}, 0 ≤ c < 2.
    x_min : array_like
        Lower limit Δ_min/E, 0 ≤ x_min ≤ 1.

    Returns
    -------
    ndarray
        The integral (1 at c = 0, π/2 at c = 1, for x_min = 0).

    References
    ----------
    LW2008, Eq. (68) and the text after it ("varies between 1 and π/2").
    """
    cc = require_in_range("c", c, 0.0, 1.999)
    x = require_in_range("x_min", x_min, 0.0, 1.0)
    p = 1.0 - 0.5 * cc
    return 0.5 * special.beta(p, 0.5) * (1.0 - special.betainc(p, 0.5, x**2))


def scattering_bracket_eq68(E_over_omega_D: ArrayLike, B: float, c: float, x_min: float = 0.0
                            ) -> tuple[np.ndarray, np.ndarray]:
    """The two terms in the square bracket of Eq. (68): fast TLS BE/ħω_D and the regular integral.

    Parameters
    ----------
    E_over_omega_D : array_like
        Phonon energy over ħω_D (> 0).
    B : float
        Σ_i ω_D/ω_i.
    c : float
        Exponent of P(Δ).
    x_min : float
        Δ_min/E.

    Returns
    -------
    fast, regular : ndarray
        BE/ħω_D and ∫ x^{1−c}/√(1−x²).

    References
    ----------
    LW2008, Eq. (68).
    """
    E = require_positive("E_over_omega_D", E_over_omega_D)
    b = require_positive("B", B)
    return b * E, np.broadcast_to(fast_tls_integral(c, x_min), E.shape).copy()


def tau_min_scaled(E_over_T_D: ArrayLike, tau_ref: float, E_ref_over_T_D: float) -> np.ndarray:
    """Fastest TLS relaxation time τ_min(E) ∝ E⁻³ (Eq. 25 with coth(βE/2) → 1), from a reference.

    Parameters
    ----------
    E_over_T_D : array_like
        E/k_BT_D (> 0).
    tau_ref : float
        τ_min at the reference energy (s).
    E_ref_over_T_D : float
        The reference energy over k_BT_D.

    Returns
    -------
    ndarray
        τ_min (s).

    References
    ----------
    LW2008, Eq. (25); Sec. III.C (τ_min = 2 μs at E/T_D = 5.7·10⁻⁴).
    """
    E = require_positive("E_over_T_D", E_over_T_D)
    return require_positive("tau_ref", tau_ref) * (require_positive("E_ref_over_T_D", E_ref_over_T_D) / E) ** 3


_GL_NODES, _GL_WEIGHTS = np.polynomial.legendre.leggauss(64)


def heat_capacity_bracket_eq69(E_over_T_D: ArrayLike, t: ArrayLike, tau_min: ArrayLike, B: float,
                               c: float, omega_D_over_T_D: float = 1.0
                               ) -> tuple[np.ndarray, np.ndarray]:
    """The two terms in the square bracket of Eq. (69) at energy E and time t.

    fast = (BE/ħω_D) θ(t − τ_min);  regular = ∫_0^{ln(t/τ_min)} dz e^{cz/2}/(2√(1 − e^{−z})),
    computed with z = w² (removing the 1/√z endpoint singularity) and 64-point Gauss–Legendre.

    Parameters
    ----------
    E_over_T_D : array_like
        E/k_BT_D.
    t, tau_min : array_like
        Time and τ_min(E) (s), broadcast with E.
    B : float
        Σ_i ω_D/ω_i.
    c : float
        Exponent of P(Δ).
    omega_D_over_T_D : float
        ħω_D/k_BT_D (1 by definition of T_D).

    Returns
    -------
    fast, regular : ndarray

    References
    ----------
    LW2008, Eq. (69).
    """
    E = require_positive("E_over_T_D", E_over_T_D)
    tt = require_positive("t", t)
    tm = require_positive("tau_min", tau_min)
    b = require_positive("B", B)
    cc = require_in_range("c", c, 0.0, 1.999)
    E, tt, tm = np.broadcast_arrays(E, tt, tm)
    Z = np.log(np.maximum(tt / tm, 1.0))
    W = np.sqrt(Z)[..., None]
    w = 0.5 * W * (_GL_NODES + 1.0)
    z = w**2
    # dz = 2w dw;  e^{cz/2}/(2√(1−e^{−z})) · 2w = e^{cz/2} w/√(−expm1(−z))
    with np.errstate(invalid="ignore", divide="ignore"):
        f = np.where(z > 0, np.exp(cc * z / 2) * w / np.sqrt(-np.expm1(-np.where(z > 0, z, 1.0))), 1.0)
    regular = 0.5 * W[..., 0] * np.sum(_GL_WEIGHTS * f, axis=-1)
    fast = b * E / omega_D_over_T_D * (tt >= tm)
    return fast, regular


def heat_capacity_eq69(T_over_T_D: float, t: ArrayLike, B: float, c: float, tau_ref: float,
                       E_ref_over_T_D: float, n_E: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Eq. (69) up to its common prefactor A₁Δ_max^c/(T_gξ³): fast and regular parts of C(t).

    C_part(t) = ∫_0^∞ dE (βE/2cosh(βE/2))² E^{−c} [bracket_part(E, t)], with E in units of T_D
    (the common factor (Δ_max)^c A₁/(T_gξ³) dropped).

    Parameters
    ----------
    T_over_T_D : float
        Temperature over T_D.
    t : array_like
        Times (s).
    B, c : float
        As in :func:`heat_capacity_bracket_eq69`.
    tau_ref, E_ref_over_T_D : float
        Reference of :func:`tau_min_scaled`.
    n_E : int
        Quadrature points in x = E/T (0 < x < 30).

    Returns
    -------
    fast, regular : ndarray, shape of t

    References
    ----------
    LW2008, Eq. (69).
    """
    return _energy_integral_eq69(heat_capacity_bracket_eq69, T_over_T_D, t, B, c, tau_ref, E_ref_over_T_D, n_E)


def _energy_integral_eq69(bracket, T_over_T_D, t, B, c, tau_ref, E_ref_over_T_D, n_E):
    """∫_0^{30T} dE (βE/2cosh(βE/2))² E^{−c} [bracket(E, t)] by the rectangle rule
    on x = E/T (n_E points), for each part of the bracket: Eq. (69) without its prefactor."""
    T = float(require_positive("T_over_T_D", T_over_T_D))
    tt = np.atleast_1d(require_positive("t", t))
    x = np.linspace(30.0 / n_E, 30.0, n_E)
    dx = x[1] - x[0]
    E = x * T
    weight = (x / (2 * np.cosh(x / 2))) ** 2 * E ** (-c) * T * dx
    tm = tau_min_scaled(E, tau_ref, E_ref_over_T_D)
    fast, reg = bracket(E[None, :], tt[:, None], tm[None, :], B, c)
    return fast @ weight, reg @ weight


# ----------------------------------------------------------------------------------------
# Section VI: second-order interaction between resonances, Eqs. (70)–(74), (77), (81)
# ----------------------------------------------------------------------------------------

def three_level_energies(eps: ArrayLike, omega: ArrayLike) -> np.ndarray:
    """Diagonal of Eq. (71): (0, ε, ε + ω), stacked on the last axis.

    Parameters
    ----------
    eps : array_like
        Transition energy ε ≥ 0.
    omega : array_like
        Ripplon energy ω > 0.

    Returns
    -------
    ndarray, shape (..., 3)

    References
    ----------
    LW2008, Eq. (71).
    """
    e = require_nonnegative("eps", eps)
    w = require_positive("omega", omega)
    e, w = np.broadcast_arrays(e, w)
    return np.stack([np.zeros_like(e), e, e + w], axis=-1)


def site_operator(n: int, a: int, b: int) -> np.ndarray:
    """X_ab = |a⟩⟨b| + |b⟩⟨a| on an n-level site (levels numbered 1..n as in the paper).

    Parameters
    ----------
    n : int
        Number of levels.
    a, b : int
        Levels, 1 ≤ a, b ≤ n, a ≠ b.

    Returns
    -------
    ndarray, shape (n, n)

    References
    ----------
    LW2008, Eqs. (72), (77), (81): the paper's |2_i3_j⟩⟨3_i2_j| notation.
    """
    if not (1 <= a <= n and 1 <= b <= n and a != b):
        raise ValueError(f"levels must satisfy 1 <= a != b <= n={n}, got a={a!r}, b={b!r}")
    X = np.zeros((n, n))
    X[a - 1, b - 1] = X[b - 1, a - 1] = 1.0
    return X


def two_site_coupling(n_i: int, pair_i: tuple[int, int], n_j: int, pair_j: tuple[int, int],
                      kind: str = "both") -> np.ndarray:
    """Coupling between transition a→b on site i and c→d on site j (unit J).

    ``kind="flip_flop"``: |b_i c_j⟩⟨a_i d_j| + h.c. (site i goes up while j goes down);
    ``"counter_rotating"``: |b_i d_j⟩⟨a_i c_j| + h.c.; ``"both"``: X_i ⊗ X_j, their sum.
    Pairs are (lower, upper) levels.

    Parameters
    ----------
    n_i, n_j : int
        Levels per site.
    pair_i, pair_j : (int, int)
        (lower, upper) levels of the transitions on each site, numbered from 1.
    kind : {"flip_flop", "counter_rotating", "both"}

    Returns
    -------
    ndarray, shape (n_i n_j, n_i n_j)
        Coupling in the product basis |k_i⟩⊗|m_j⟩.

    References
    ----------
    LW2008, Eq. (72) (flip-flop |2_i3_j⟩⟨3_i2_j|), Eqs. (73), (77), (81).
    """
    (a, b), (c, d) = pair_i, pair_j
    up_i = np.zeros((n_i, n_i))
    up_j = np.zeros((n_j, n_j))
    site_operator(n_i, a, b), site_operator(n_j, c, d)  # validation
    up_i[b - 1, a - 1] = 1.0   # |b⟩⟨a|: raise site i
    up_j[d - 1, c - 1] = 1.0   # |d⟩⟨c|: raise site j
    ff = np.kron(up_i, up_j.T)           # raise i, lower j
    cr = np.kron(up_i, up_j)             # raise both
    if kind == "flip_flop":
        V = ff
    elif kind == "counter_rotating":
        V = cr
    elif kind == "both":
        V = ff + cr
    else:
        raise ValueError(f"kind must be 'flip_flop', 'counter_rotating' or 'both', got {kind!r}")
    return V + V.T


def boltzmann_free_energy(levels: ArrayLike, T: ArrayLike) -> np.ndarray:
    """F = −T ln Σ_n e^{−E_n/T} (k_B = 1), stable for low T.

    Parameters
    ----------
    levels : array_like, shape (..., n)
        Energy levels.
    T : array_like
        Temperature (energy unit, > 0), broadcast with levels[..., 0].

    Returns
    -------
    ndarray
        F.
    """
    E = np.asarray(levels, dtype=float)
    t = require_positive("T", T)
    return -t * special.logsumexp(-E / t[..., None], axis=-1)


def second_order_free_energy(levels: ArrayLike, V: ArrayLike, T: ArrayLike) -> np.ndarray:
    """Exact second-order free-energy shift for H = H_0 + V, H_0 diagonal, V off-diagonal.

    δF⁽²⁾ = −½ Σ_{m≠n} |V_mn|² (p_m − p_n)/(E_n − E_m), with p the Boltzmann weights of H_0
    and the limit p_m/T for degenerate pairs (thermodynamic perturbation theory).

    Parameters
    ----------
    levels : array_like, shape (..., N)
        Diagonal of H_0.
    V : array_like, shape (N, N) or (..., N, N)
        The coupling (zero diagonal).
    T : array_like
        Temperature (energy unit), shape (...).

    Returns
    -------
    ndarray
        δF⁽²⁾.

    References
    ----------
    Standard; used for LW2008 Eqs. (73), (77), (81).
    """
    E = np.asarray(levels, dtype=float)
    t = require_positive("T", T)
    logp = -E / t[..., None]
    p = np.exp(logp - special.logsumexp(logp, axis=-1)[..., None])
    dE = E[..., None, :] - E[..., :, None]          # E_n − E_m
    dp = p[..., :, None] - p[..., None, :]          # p_m − p_n
    degenerate = np.abs(dE) <= 1e-12 * (np.abs(E[..., :, None]) + np.abs(E[..., None, :]) + 1e-300)
    safe = np.where(degenerate, 1.0, dE)
    ratio = np.where(degenerate, p[..., :, None] / t[..., None, None], dp / safe)
    V2 = np.abs(np.asarray(V, dtype=float)) ** 2
    return -0.5 * np.sum(V2 * ratio, axis=(-2, -1))


def two_site_free_energy_exact(levels: ArrayLike, V: ArrayLike, J: ArrayLike, T: ArrayLike
                               ) -> np.ndarray:
    """δF = F(H_0 + J V) − F(H_0) by exact diagonalisation (vectorised over J and T).

    Parameters
    ----------
    levels : array_like, shape (N,)
        Diagonal of H_0.
    V : array_like, shape (N, N)
        The coupling at unit strength.
    J : array_like
        Coupling strengths (energy unit).
    T : array_like
        Temperatures, broadcast with J.

    Returns
    -------
    ndarray
        δF, shape of broadcast(J, T).
    """
    E = np.asarray(levels, dtype=float)
    j = np.asarray(J, dtype=float)
    t = require_positive("T", T)
    j, t = np.broadcast_arrays(j, t)
    H = np.diag(E) + j[..., None, None] * np.asarray(V, dtype=float)
    vals = np.linalg.eigvalsh(H)
    return boltzmann_free_energy(vals, t) - boltzmann_free_energy(E, t)


def delta_F_rr_eq73(eps_i: ArrayLike, eps_j: ArrayLike, omega_i: ArrayLike, omega_j: ArrayLike,
                    T: ArrayLike, J: ArrayLike = 1.0) -> np.ndarray:
    """Eq. (73): the ripplon–ripplon second-order free energy of a pair of three-level sites.

    δF_rr = −J² e^{−β(ε_i+ε_j)}(1+e^{−βω_i})(1+e^{−βω_j})/(Z_iZ_j)
            × [ω_i tanh(βω_i/2) − ω_j tanh(βω_j/2)]/(ω_i² − ω_j²),
    Z = 1 + e^{−βε} + e^{−β(ε+ω)}.  (The ω_i = ω_j limit is taken analytically.)

    Parameters
    ----------
    eps_i, eps_j : array_like
        TLS energies ε (≥ 0).
    omega_i, omega_j : array_like
        Ripplon energies (> 0).
    T : array_like
        Temperature (energy unit).
    J : array_like
        Coupling.

    Returns
    -------
    ndarray
        δF_rr (energy).

    References
    ----------
    LW2008, Eq. (73).
    """
    ei, ej = require_nonnegative("eps_i", eps_i), require_nonnegative("eps_j", eps_j)
    wi, wj = require_positive("omega_i", omega_i), require_positive("omega_j", omega_j)
    b = 1.0 / require_positive("T", T)
    Zi = 1 + np.exp(-b * ei) + np.exp(-b * (ei + wi))
    Zj = 1 + np.exp(-b * ej) + np.exp(-b * (ej + wj))
    pref = np.exp(-b * (ei + ej)) * (1 + np.exp(-b * wi)) * (1 + np.exp(-b * wj)) / (Zi * Zj)
    return -np.asarray(J, dtype=float) ** 2 * pref * _tanh_ratio(wi, wj, b)


def _tanh_ratio(x: np.ndarray, y: np.ndarray, b: np.ndarray) -> np.ndarray:
    """[x tanh(bx/2) − y tanh(by/2)]/(x² − y²), with the x → y limit."""
    x, y, b = np.broadcast_arrays(x, y, b)
    close = np.abs(x - y) <= 1e-9 * (np.abs(x) + np.abs(y) + 1e-300)
    xs = np.where(close, 1.0, x)
    ys = np.where(close, 0.0, y)
    general = (xs * np.tanh(b * xs / 2) - ys * np.tanh(b * ys / 2)) / (xs**2 - ys**2)
    # limit: d/dx[x tanh(bx/2)]/(2x) = [tanh(bx/2) + (bx/2) sech²(bx/2)]/(2x)
    xm = np.where(close, np.maximum(np.abs(x), 1e-300), 1.0)
    h = b * xm / 2
    limit = np.where(h < 1e-8, b / 2, (np.tanh(h) + h / np.cosh(np.minimum(h, 350)) ** 2) / (2 * xm))
    return np.where(close, limit, general)


def delta_F_rr_eq74(eps_i: ArrayLike, eps_j: ArrayLike, omega_i: ArrayLike, omega_j: ArrayLike,
                    T: ArrayLike, J: ArrayLike = 1.0) -> np.ndarray:
    """Eq. (74), the T ≪ ω limit of Eq. (73): −J²/(ω_i+ω_j) · f(ε_i) f(ε_j), f = 1/(1+e^{βε}).

    Parameters
    ----------
    eps_i, eps_j, omega_i, omega_j, T, J : array_like
        As in :func:`delta_F_rr_eq73`.

    Returns
    -------
    ndarray
        δF_rr.

    References
    ----------
    LW2008, Eq. (74).
    """
    ei, ej = require_nonnegative("eps_i", eps_i), require_nonnegative("eps_j", eps_j)
    wi, wj = require_positive("omega_i", omega_i), require_positive("omega_j", omega_j)
    b = 1.0 / require_positive("T", T)
    return -np.asarray(J, dtype=float) ** 2 / (wi + wj) * special.expit(-b * ei) * special.expit(-b * ej)


def delta_F_rT_eq77(eps_i: ArrayLike, omega_i: ArrayLike, eps_j: ArrayLike, T: ArrayLike,
                    J: ArrayLike = 1.0) -> np.ndarray:
    """Eq. (77): ripplon (three-level site i) – TLS (two-level site j) second-order free energy.

    δF_rT = −J² e^{−βε_i}(1+e^{−βω_i})/Z_i · [ω_i tanh(βω_i/2) − ε_j tanh(βε_j/2)]/(ω_i² − ε_j²).

    Parameters
    ----------
    eps_i, omega_i : array_like
        Site i: TLS energy and ripplon energy.
    eps_j : array_like
        Site j: TLS energy (> 0).
    T, J : array_like
        Temperature and coupling.

    Returns
    -------
    ndarray
        δF_rT.

    References
    ----------
    LW2008, Eq. (77).
    """
    ei = require_nonnegative("eps_i", eps_i)
    wi = require_positive("omega_i", omega_i)
    ej = require_positive("eps_j", eps_j)
    b = 1.0 / require_positive("T", T)
    Zi = 1 + np.exp(-b * ei) + np.exp(-b * (ei + wi))
    pref = np.exp(-b * ei) * (1 + np.exp(-b * wi)) / Zi
    return -np.asarray(J, dtype=float) ** 2 * pref * _tanh_ratio(wi, ej, b)


def delta_F_TT_eq81(eps_i: ArrayLike, eps_j: ArrayLike, T: ArrayLike, J: ArrayLike = 1.0
                    ) -> np.ndarray:
    """Eq. (81): TLS–TLS second-order free energy, −J²[ε_i tanh(βε_i/2) − ε_j tanh(βε_j/2)]/(ε_i² − ε_j²).

    Parameters
    ----------
    eps_i, eps_j : array_like
        TLS energies (> 0).
    T, J : array_like
        Temperature and coupling.

    Returns
    -------
    ndarray
        δF_TT.

    References
    ----------
    LW2008, Eq. (81).
    """
    ei, ej = require_positive("eps_i", eps_i), require_positive("eps_j", eps_j)
    b = 1.0 / require_positive("T", T)
    return -np.asarray(J, dtype=float) ** 2 * _tanh_ratio(ei, ej, b)


def dipole_angular_factor(g_i: ArrayLike, g_j: ArrayLike, r_hat: ArrayLike) -> np.ndarray:
    """(g_i·g_j) − 3(g_i·r̂)(g_j·r̂) for unit vectors (last axis = 3), the angular part of Eq. (70).

    Parameters
    ----------
    g_i, g_j, r_hat : array_like, shape (..., 3)
        Unit vectors.

    Returns
    -------
    ndarray
        The factor, shape (...).

    References
    ----------
    LW2008, Eq. (70).
    """
    gi, gj, n = (np.asarray(v, dtype=float) for v in (g_i, g_j, r_hat))
    return np.sum(gi * gj, -1) - 3 * np.sum(gi * n, -1) * np.sum(gj * n, -1)


def orientation_average_J2_monte_carlo(n_samples: int = 200_000, seed: int = 2008
                                       ) -> tuple[float, float]:
    """Monte Carlo ⟨[(g_i·g_j) − 3(g_i·r̂)(g_j·r̂)]²⟩ over independent isotropic unit vectors.

    Parameters
    ----------
    n_samples : int
        Number of samples (> 0).
    seed : int
        Seed of ``numpy.random.default_rng``.

    Returns
    -------
    mean, standard_error : float
        The estimate (exact value 2/3) and its standard error.

    References
    ----------
    LW2008, text after Eq. (74): "averaging of J_ij² … yields … 2/3".
    """
    if int(n_samples) != n_samples or n_samples < 2:
        raise ValueError(f"n_samples must be an integer >= 2, got {n_samples!r}")
    rng = np.random.default_rng(seed)
    v = rng.normal(size=(3, int(n_samples), 3))
    v /= np.linalg.norm(v, axis=-1, keepdims=True)
    f2 = dipole_angular_factor(v[0], v[1], v[2]) ** 2
    return float(f2.mean()), float(f2.std(ddof=1) / np.sqrt(n_samples))


# ----------------------------------------------------------------------------------------
# Fast TLS with the exact folding of the band |ε| < Σ (chapter 6, "Beyond the paper")
# ----------------------------------------------------------------------------------------

def folded_shell_edge(b: ArrayLike) -> np.ndarray:
    """x* = Δ/E above which a centre on the resonance shell E = √(ε̃² + Δ²) lies in the folded band.

    With Σ(Δ) = BΔ²/ħω_D (Eq. 65) and the exact folding (|ε̃| < Σ(Δ) carries twice the bare
    density), a centre of splitting E and x = Δ/E is in the folded band when
    √(1 − x²) < b x², b = BE/ħω_D; the edge is x*² = (√(1 + 4b²) − 1)/(2b²).

    Parameters
    ----------
    b : array_like
        BE/ħω_D = Σ(Δ = E)/E (≥ 0; b = 0 gives x* = 1).

    Returns
    -------
    ndarray
        x* in (0, 1].

    References
    ----------
    LW2008, Eqs. (59), (65), (67)-(68); the folding is the exact Δ → 0 map of Eq. (58).
    """
    bb = require_nonnegative("b", b)
    with np.errstate(divide="ignore", invalid="ignore"):
        # (√(1+4b²) − 1)/(2b²) = 2/(1 + √(1+4b²)): no cancellation at small b
        x2 = 2.0 / (1.0 + np.sqrt(1.0 + 4.0 * bb**2))
    return np.sqrt(x2)


def scattering_bracket_folded(E_over_omega_D: ArrayLike, B: float, c: float, x_min: float = 0.0
                              ) -> tuple[np.ndarray, np.ndarray]:
    """Eq. (68)'s square bracket with the exact folding instead of the δ-function of Eq. (67).

    fast = ∫_{max(x*, x_min)}^1 x^{1−c}/√(1−x²) dx (x* of :func:`folded_shell_edge` at
    b = BE/ħω_D), regular = ∫_{x_min}^1 (the same). For b → 0, fast → b = BE/ħω_D (the
    paper's term); for b → ∞, fast → regular (the density of |ε̃| at most doubles).

    Parameters
    ----------
    E_over_omega_D : array_like
        E/ħω_D (> 0).
    B : float
        Σ_i ω_D/ω_i.
    c : float
        Exponent of P(Δ) ∝ Δ^{−1−c}.
    x_min : float
        Δ_min/E.

    Returns
    -------
    fast, regular : ndarray

    References
    ----------
    LW2008, Eq. (68) (with the folded distribution).
    """
    E = require_positive("E_over_omega_D", E_over_omega_D)
    xs = folded_shell_edge(require_positive("B", B) * E)
    fast = fast_tls_integral(c, np.maximum(xs, x_min))
    return fast, np.broadcast_to(fast_tls_integral(c, x_min), E.shape).copy()


def _relaxation_integral(Zmax: np.ndarray, c: float) -> np.ndarray:
    """∫_0^{Zmax} dz e^{cz/2}/(2√(1 − e^{−z})) by z = w² and 64-point Gauss–Legendre."""
    W = np.sqrt(np.maximum(Zmax, 0.0))[..., None]
    w = 0.5 * W * (_GL_NODES + 1.0)
    z = w**2
    with np.errstate(invalid="ignore", divide="ignore"):
        f = np.where(z > 0, np.exp(c * z / 2) * w / np.sqrt(-np.expm1(-np.where(z > 0, z, 1.0))), 1.0)
    return 0.5 * W[..., 0] * np.sum(_GL_WEIGHTS * f, axis=-1)


def heat_capacity_bracket_folded(E_over_T_D: ArrayLike, t: ArrayLike, tau_min: ArrayLike, B: float,
                                 c: float, omega_D_over_T_D: float = 1.0
                                 ) -> tuple[np.ndarray, np.ndarray]:
    """Eq. (69)'s square bracket with the exact folding: the fast centres relax at τ_min/x², x ≥ x*.

    fast = ∫_0^{min(ln(t/τ_min), z*)} dz e^{cz/2}/(2√(1−e^{−z})), z* = −2 ln x*(BE/ħω_D);
    regular as in :func:`heat_capacity_bracket_eq69`. For b → 0 the fast part → bθ(t − τ_min).

    Parameters and returns as :func:`heat_capacity_bracket_eq69`.

    References
    ----------
    LW2008, Eq. (69) (with the folded distribution).
    """
    E = require_positive("E_over_T_D", E_over_T_D)
    tt = require_positive("t", t)
    tm = require_positive("tau_min", tau_min)
    cc = float(require_in_range("c", c, 0.0, 1.999))
    E, tt, tm = np.broadcast_arrays(E, tt, tm)
    Z = np.log(np.maximum(tt / tm, 1.0))
    b = require_positive("B", B) * E / omega_D_over_T_D
    # z* = −ln x*² = ln(1 + b²x*²) (x*² solves b²x⁴ + x² − 1 = 0), by log1p: −2 ln x* itself
    # rounds to 0 once b² < 1e-16 and would empty the fast part instead of giving its b → 0 limit
    zstar = np.log1p((b * folded_shell_edge(b)) ** 2)
    return _relaxation_integral(np.minimum(Z, zstar), cc), _relaxation_integral(Z, cc)


def heat_capacity_folded(T_over_T_D: float, t: ArrayLike, B: float, c: float, tau_ref: float,
                         E_ref_over_T_D: float, n_E: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """C(t) of Eq. (69) with the folded fast part (common prefactor dropped, as :func:`heat_capacity_eq69`).

    References
    ----------
    LW2008, Eq. (69) (with the folded distribution).
    """
    return _energy_integral_eq69(heat_capacity_bracket_folded, T_over_T_D, t, B, c, tau_ref, E_ref_over_T_D, n_E)


def scattering_bracket_exact_map(E_over_omega_D: ArrayLike, B: float, c: float, omega_l: ArrayLike,
                                 degeneracy: ArrayLike, n_x: int = 1000) -> np.ndarray:
    """The whole square bracket of Eq. (68) from the exact Δ → 0 map of Eq. (58), no expansion.

    For a centre of splitting E and x = Δ/E the couplings are Δ_l = κ ħω_l on the ripplon modes,
    with κ² = BΔ²/Σ_l g_l ω_l so that Σ(Δ) = Σ_l g_lΔ_l²/ħω_l = BΔ²/ħω_D (Eq. 65). The density
    of |ε̃| = E√(1−x²) per unit bare density is the sum over the two branches of the exact map
    (Eq. 59 read as the secular equation), |∂ε/∂ε̃| = 1 + Σ_l g_lΔ_l²/(ħω_l ∓ |ε̃|)², the lower
    branch where its bare |ε| = −|ε̃| + Σ_l g_lΔ_l²/(ħω_l + |ε̃|) ≥ 0. The upper branch is counted
    with weight 1 where |ε̃| ≥ ħω_min (there Eq. 59 has its ripplon pole; such E carry no heat at
    T ≪ ħω_min). Integrated with x = sin θ by the midpoint rule.

    Parameters
    ----------
    E_over_omega_D : array_like
        E/ħω_D (> 0).
    B, c : float
        Σ_i ω_D/ω_i (should equal Σ g_l/ω_l of the modes) and the exponent of P(Δ).
    omega_l, degeneracy : array_like
        Ripplon frequencies (units of ω_D) and their degeneracies 2l + 1.
    n_x : int
        Midpoints in θ.

    Returns
    -------
    ndarray
        fast + regular; equals :func:`fast_tls_integral` (regular alone) when B → 0.

    References
    ----------
    LW2008, Eqs. (58)-(59), (65), (68).
    """
    E = np.asarray(require_positive("E_over_omega_D", E_over_omega_D), dtype=float)[..., None]
    w = np.asarray(require_positive("omega_l", omega_l), dtype=float)
    g = np.asarray(require_positive("degeneracy", degeneracy), dtype=float)
    cc = float(require_in_range("c", c, 0.0, 1.999))
    theta = (np.arange(int(n_x)) + 0.5) * (0.5 * np.pi / int(n_x))
    x, y = np.sin(theta), E * np.cos(theta)                       # x = Δ/E, y = |ε̃|
    kappa2 = require_positive("B", B) * (x * E) ** 2 / np.sum(g * w)
    D2 = kappa2[..., None] * g * w**2                             # g_l Δ_l²
    yy = y[..., None]
    below = y < w.min()
    with np.errstate(divide="ignore", invalid="ignore"):
        f_up = np.where(below, 1.0 + np.sum(D2 / (w - yy) ** 2, axis=-1), 1.0)
    f_down = (1.0 + np.sum(D2 / (w + yy) ** 2, axis=-1)) * ((-y + np.sum(D2 / (w + yy), axis=-1)) >= 0.0)
    return (0.5 * np.pi / int(n_x)) * np.sum(x ** (1.0 - cc) * (f_up + f_down), axis=-1)


#: The three readings of the fast-TLS term in the phonon scattering rate.
FAST_TLS_MODELS = ("none", "eq68", "folded")


def thermal_conductivity_fast_tls(T_over_T_D: ArrayLike, B: float, c: float, model: str,
                                  n_u: int = 4000, u_max: float = 40.0, modes=None) -> np.ndarray:
    """κ(T) up to a constant, with the resonant rate of Eq. (68) in one of three readings.

    κ ∝ ∫dE E² (βE)² e^{βE}/(e^{βE} − 1)² τ(E) (Debye phonons, T ≪ T_D), with
    τ⁻¹ ∝ E^{1−c} tanh(βE/2) [fast + regular] (the Golden-rule rate the paper averages; the
    tanh depends on βE only and does not change the exponent). ``model``: ``"none"``
    (regular term only, κ ∝ T^{2+c}), ``"eq68"`` (the paper's fast term BE/ħω_D),
    ``"folded"`` (:func:`scattering_bracket_folded`), or ``"exact_map"``
    (:func:`scattering_bracket_exact_map`, which needs ``modes = (omega_l, degeneracy)``).
    Energies in units of k_BT_D = ħω_D.

    Parameters
    ----------
    T_over_T_D : array_like
        Temperatures over T_D (> 0, ≪ 1).
    B, c : float
        Σ_i ω_D/ω_i and the exponent of P(Δ).
    model : str
        One of :data:`FAST_TLS_MODELS`.
    n_u, u_max : int, float
        Trapezoid grid in u = E/T on (0, u_max].

    Returns
    -------
    ndarray
        κ in arbitrary units (same units for every model, B and T).

    References
    ----------
    LW2008, Eq. (68) and the text after it (κ ∝ T^{2+c}; "T^{1.9 ± 0.1}").
    """
    if model not in FAST_TLS_MODELS + ("exact_map",):
        raise ValueError(f"model must be one of {FAST_TLS_MODELS + ('exact_map',)}, got {model!r}")
    if model == "exact_map" and modes is None:
        raise ValueError("model 'exact_map' needs modes = (omega_l, degeneracy)")
    T = np.atleast_1d(require_positive("T_over_T_D", T_over_T_D)).astype(float)
    cc = float(require_in_range("c", c, 0.0, 1.999))
    u = np.linspace(u_max / n_u, u_max, n_u)
    E = T[:, None] * u[None, :]
    regular = fast_tls_integral(cc)
    if model == "none":
        bracket = np.full_like(E, regular)
    elif model == "eq68":
        bracket = require_positive("B", B) * E + regular
    elif model == "folded":
        fast, reg = scattering_bracket_folded(E, B, cc)
        bracket = fast + reg
    else:   # tabulated on a logarithmic grid of E (the bracket depends on E only), then interpolated
        E_tab = np.geomspace(E.min(), E.max(), 512)
        b_tab = scattering_bracket_exact_map(E_tab, B, cc, modes[0], modes[1])
        bracket = np.interp(np.log(E), np.log(E_tab), b_tab)
    phonon = u**4 * np.exp(-u) / (-np.expm1(-u)) ** 2
    integrand = phonon / (E ** (1.0 - cc) * np.tanh(u / 2) * bracket)
    du = u[1] - u[0]
    integral = du * (integrand.sum(axis=-1) - 0.5 * (integrand[:, 0] + integrand[:, -1]))
    return T**3 * integral


def conductivity_exponent(T_over_T_D: ArrayLike, B: float, c: float, model: str, h: float = 1e-3,
                          **kwargs) -> np.ndarray:
    """Local exponent d ln κ/d ln T of :func:`thermal_conductivity_fast_tls` (central difference).

    References
    ----------
    LW2008, text after Eq. (68).
    """
    T = np.atleast_1d(require_positive("T_over_T_D", T_over_T_D)).astype(float)
    up = thermal_conductivity_fast_tls(T * np.exp(h), B, c, model, **kwargs)
    dn = thermal_conductivity_fast_tls(T * np.exp(-h), B, c, model, **kwargs)
    return (np.log(up) - np.log(dn)) / (2 * h)
