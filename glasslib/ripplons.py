"""Domain-wall "ripplons": wall mass, ripplon spectrum, heat capacity and scattering density.

Lubchenko & Wolynes, Adv. Chem. Phys. 136, 95 (2008), Section IV and Appendices A–B
(paper key ``LW2008``; chapter 5 of the book).  Energies and frequencies are in units
of ħω_D (``omega_D=1``) unless a function says otherwise; temperatures then in units of
the Debye temperature T_D = ħω_D/k_B.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from numpy.typing import ArrayLike

from glasslib.validation import require_nonnegative, require_positive

__all__ = [
    "DEFAULT_LINDEMANN_RATIO",
    "DEBYE_KA",
    "BARRIER_BULK_COEFFICIENT",
    "sphere_radius_over_a",
    "surface_tension_log",
    "ripplon_prefactor",
    "ripplon_frequencies",
    "max_harmonic",
    "ripplon_modes",
    "wall_mass_over_molecular_mass",
    "transition_state_size",
    "barrier_profile",
    "barrier_frequency",
    "quantum_crossover_temperature",
    "tunnelling_exponent_c",
    "domain_heat_capacity",
    "tls_heat_capacity",
    "averaged_heat_capacity",
    "debye_heat_capacity_per_particle",
    "debye_low_T_coefficient",
    "ripplon_state_counts",
    "scattering_density_exact",
    "excited_scattering_density_exact",
    "saddle_point_kappa",
    "scattering_density_saddle",
    "number_of_ripplon_modes",
    "ripplon_width",
    "dispersion_integral",
    "ripplon_shift",
    "smeared_ripplon_shift",
    "broadened_spectral_weight",
    "kR_coefficient",
    "cutoff_frequency",
    "quadratic_coupling_crossover",
    "rayleigh_mfp_over_wavelength",
    "broadened_mode_weights",
    "cumulative_excited_density_saddle",
    "excited_scattering_density_saddle",
    "state_counts_from_mode_density",
    "effective_modes",
    "heat_capacity_over_T3",
    "curve_peak",
    "ripplon_sum_B",
    "smooth_cutoff_ripplon_shift",
    "ripplon_pole_frequencies",
    "broadened_mode_weights_smooth_cutoff",
    "effective_modes_smooth_cutoff",
]

#: Lindemann ratio d_L/a used throughout the paper, (d_L/a)² ≃ 0.01 (LW2008, Sec. IV.B).
DEFAULT_LINDEMANN_RATIO = 0.1

#: ω_D a / c_s = (6π²)^{1/3} (Debye, one atom per volume a³; LW2008 Fig. 15 caption).
DEBYE_KA = (6.0 * np.pi**2) ** (1.0 / 3.0)


def sphere_radius_over_a(xi_over_a: ArrayLike) -> np.ndarray:
    """Radius of the sphere of volume ξ³, R/a = (ξ/a)(3/4π)^{1/3}.

    Parameters
    ----------
    xi_over_a : array_like
        Cooperative length in units of the molecular size, ξ/a (> 0).

    Returns
    -------
    ndarray
        R/a.

    References
    ----------
    LW2008, Sec. IV.C, before Eq. (30): R = ξ(3/4π)^{1/3}.
    """
    xi = require_positive("xi_over_a", xi_over_a)
    return xi * (3.0 / (4.0 * np.pi)) ** (1.0 / 3.0)


def surface_tension_log(lindemann_ratio: ArrayLike = DEFAULT_LINDEMANN_RATIO) -> np.ndarray:
    """The logarithm ln((a/d_L)²/πe) in the mosaic surface tension.

    σ(R) = ¾ (k_B T_g/a²) ln((a/d_L)²/πe) (a/R)^{1/2} (Xia & Wolynes 2000).

    Parameters
    ----------
    lindemann_ratio : array_like
        d_L/a (> 0, < 1/√(πe) so that the log is positive).

    Returns
    -------
    ndarray
        ln((a/d_L)²/(π e)).

    References
    ----------
    LW2008, Sec. IV.C, text before Eq. (30).
    """
    dl = require_positive("lindemann_ratio", lindemann_ratio)
    val = np.log(dl**-2 / (np.pi * np.e))
    if np.any(val <= 0):
        raise ValueError(f"lindemann_ratio={lindemann_ratio!r} too large: ln((a/d_L)^2/pi e) <= 0")
    return val


def ripplon_prefactor(xi_over_a: ArrayLike | None = None,
                      lindemann_ratio: ArrayLike = DEFAULT_LINDEMANN_RATIO) -> np.ndarray:
    """Prefactor of Eq. (33): ω_l = P ω_D (a/ξ)^{5/4} √((l−1)(l+2)/4).

    From Eq. (32), ω_l² = (9/8) σ/(ρ_W R²) (l−1)(l+2), with ρ_W = (d_L/a)²ρa,
    k_BT_g = ρc_s²a³(d_L/a)², R = ξ(3/4π)^{1/3} and ω_D = (c_s/a)(6π²)^{1/3}:

        P = √(27/8 · ln((a/d_L)²/πe)) (4π/3)^{5/12} / (6π²)^{1/3}.

    With ``xi_over_a`` given, returns instead the full coefficient P (a/ξ)^{5/4}
    (the paper's 0.15 for ξ/a = 5.8).

    Parameters
    ----------
    xi_over_a : array_like, optional
        ξ/a (> 0).
    lindemann_ratio : array_like
        d_L/a.

    Returns
    -------
    ndarray
        P (≈ 1.34 for d_L/a = 0.1), or P (a/ξ)^{5/4}.

    References
    ----------
    LW2008, Eqs. (32)–(33).
    """
    L = surface_tension_log(lindemann_ratio)
    P = np.sqrt(27.0 / 8.0 * L) * (4.0 * np.pi / 3.0) ** (5.0 / 12.0) / DEBYE_KA
    if xi_over_a is None:
        return P
    xi = require_positive("xi_over_a", xi_over_a)
    return P * xi ** (-5.0 / 4.0)


def ripplon_frequencies(l: ArrayLike, xi_over_a: ArrayLike, omega_D: ArrayLike = 1.0, *,
                        lindemann_ratio: ArrayLike = DEFAULT_LINDEMANN_RATIO) -> np.ndarray:
    """Ripplon frequency of harmonic l, Eq. (33): ω_l = P ω_D (a/ξ)^{5/4} √((l−1)(l+2)/4).

    Parameters
    ----------
    l : array_like of int
        Harmonic order, l ≥ 2 (l = 0, 1 are dilation and translation, not ripplons).
    xi_over_a : array_like
        ξ/a (> 0); 5.8 for the paper's universal value.
    omega_D : array_like
        Debye (angular) frequency; 1 gives ω_l in units of ω_D; an SI value gives rad/s.
    lindemann_ratio : array_like
        d_L/a, default 0.1 ((d_L/a)² = 0.01).

    Returns
    -------
    ndarray
        ω_l in the units of ``omega_D``.

    Raises
    ------
    ValueError
        If some l < 2 or is not an integer, or ξ/a, ω_D are not positive.

    References
    ----------
    LW2008, Eqs. (31)–(33).
    """
    l_arr = np.asarray(l)
    if not np.all(np.isfinite(l_arr)) or np.any(l_arr < 2) or np.any(np.round(l_arr) != l_arr):
        raise ValueError(f"l must be integers >= 2, got {l!r}")
    omega_D = require_positive("omega_D", omega_D)
    coeff = ripplon_prefactor(xi_over_a, lindemann_ratio)
    return coeff * omega_D * np.sqrt((l_arr - 1.0) * (l_arr + 2.0) / 4.0)


def max_harmonic(xi_over_a: ArrayLike) -> np.ndarray:
    """Largest ripplon harmonic allowed by discreteness, l_max = ⌊π (R − a/2)/a⌋.

    The paper writes π((3/4π)N*)^{1/3}[(R − a/2)/R] ≃ "9.10" (read: 9–10) with
    N* = (ξ/a)³, i.e. π(R − a/2)/a, and uses l_max = 9 (Σ_{l=2}^{9}(2l+1) = 96).

    Parameters
    ----------
    xi_over_a : array_like
        ξ/a (> 0).

    Returns
    -------
    ndarray of int
        l_max.

    References
    ----------
    LW2008, after Eq. (33); Eq. (A12) (sum to l = 9).
    """
    R = sphere_radius_over_a(xi_over_a)
    return np.floor(np.pi * (R - 0.5)).astype(int)


def ripplon_modes(xi_over_a: float, omega_D: float = 1.0, l_max: int | None = None, *,
                  lindemann_ratio: float = DEFAULT_LINDEMANN_RATIO
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ripplon harmonics of one domain: l = 2..l_max, ω_l and degeneracy 2l+1.

    Parameters
    ----------
    xi_over_a : float
        ξ/a.
    omega_D : float
        Debye frequency (1 → units of ω_D).
    l_max : int, optional
        Largest harmonic; default :func:`max_harmonic` (9 for ξ/a = 5.8, giving
        Σ(2l+1) = 96 modes as in the paper).
    lindemann_ratio : float
        d_L/a.

    Returns
    -------
    l : ndarray of int
        Harmonics 2..l_max.
    omega : ndarray
        ω_l in the units of ``omega_D``.
    degeneracy : ndarray of int
        2l+1.

    References
    ----------
    LW2008, Eqs. (32)–(33).
    """
    if l_max is None:
        l_max = int(max_harmonic(xi_over_a))
    if int(l_max) != l_max or l_max < 2:
        raise ValueError(f"l_max must be an integer >= 2, got {l_max!r}")
    l = np.arange(2, int(l_max) + 1)
    return l, ripplon_frequencies(l, xi_over_a, omega_D, lindemann_ratio=lindemann_ratio), 2 * l + 1


# ---------------------------------------------------------------------------
# Section IV.B: wall mass, barrier curvature, tunnelling frequency
# ---------------------------------------------------------------------------
#: (2√2 − 1): the bulk coefficient of the typical barrier profile V(N) from Eq. (12).
BARRIER_BULK_COEFFICIENT = 2.0 * np.sqrt(2.0) - 1.0


def wall_mass_over_molecular_mass(xi_over_a: ArrayLike,
                                  lindemann_ratio: ArrayLike = DEFAULT_LINDEMANN_RATIO) -> np.ndarray:
    """Domain-wall mass in units of the molecular mass, M_w/m = (ξ/a)²(d_L/a)².

    Parameters
    ----------
    xi_over_a : array_like
        ξ/a (> 0).
    lindemann_ratio : array_like
        d_L/a (> 0).

    Returns
    -------
    ndarray
        M_w/m (≈ 1/3 for ξ/a = 5.8, d_L/a = 0.1).

    References
    ----------
    LW2008, Sec. IV.B, text before Eq. (29).
    """
    xi = require_positive("xi_over_a", xi_over_a)
    dl = require_positive("lindemann_ratio", lindemann_ratio)
    return xi**2 * dl**2


def transition_state_size(N_star: ArrayLike) -> np.ndarray:
    """Size N‡ = N*/[4(2√2−1)²] at the top of the typical tunnelling barrier.

    Parameters
    ----------
    N_star : array_like
        Mosaic cell size N* = (ξ/a)³ (> 0).

    Returns
    -------
    ndarray
        N‡ (≈ 15 for N* = 200; the paper prints "N‡ ≃ 14").

    References
    ----------
    LW2008, Eqs. (12)–(13); the profile is :func:`barrier_profile`.
    """
    N_star = require_positive("N_star", N_star)
    return N_star / (4.0 * BARRIER_BULK_COEFFICIENT**2)


def barrier_profile(N: ArrayLike, N_star: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """Typical (lowest available) barrier along the droplet path, V(N)/k_BT_g.

    Ω_N(V) = 1 in Eq. (12) with δE² = 2T_g²s_c and γ = T_g s_c √N* gives
    V(N) = γ√N − (2√2 − 1) T_g s_c N.

    Parameters
    ----------
    N : array_like
        Number of molecules already moved (≥ 0).
    N_star : array_like
        N* = (ξ/a)³.
    s_c : array_like
        Configurational entropy per molecule at T_g [k_B] (≈ 0.8).

    Returns
    -------
    ndarray
        V/k_BT_g.

    References
    ----------
    LW2008, Eqs. (9)–(13).
    """
    N = np.asarray(N, dtype=float)
    if np.any(N < 0) or np.any(~np.isfinite(N)):
        raise ValueError(f"N must be finite and >= 0, got {N!r}")
    N_star = require_positive("N_star", N_star)
    s_c = require_positive("s_c", s_c)
    return s_c * np.sqrt(N_star) * np.sqrt(N) - BARRIER_BULK_COEFFICIENT * s_c * N


def barrier_frequency(xi_over_a: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """Frequency at the barrier top, ω‡ = √(−∂²V/∂r² / M_w), in units of ω_D.

    With r = a(3N/4π)^{1/3}, the curvature at N‡ is −V_rr = (9/4)γ√N‡/r‡², and
    M_w = (ξ/a)² k_BT_g/c_s², ω_D = (c_s/a)(6π²)^{1/3}.  (Eq. (29) as printed,
    ω‡ = −∂²V/∂r²/M_w, lacks the square root.)

    Parameters
    ----------
    xi_over_a : array_like
        ξ/a; N* = (ξ/a)³.
    s_c : array_like
        Configurational entropy per molecule [k_B].

    Returns
    -------
    ndarray
        ω‡/ω_D (the paper: ≈ 1.6 (a/ξ)).

    References
    ----------
    LW2008, Eq. (29) and Sec. III.A (Fig. 10, Eqs. (12)–(13)).
    """
    xi = require_positive("xi_over_a", xi_over_a)
    s_c = require_positive("s_c", s_c)
    N_star = xi**3
    N_dd = transition_state_size(N_star)
    r_dd = (3.0 * N_dd / (4.0 * np.pi)) ** (1.0 / 3.0)           # r‡/a
    curvature = 9.0 / 4.0 * s_c * np.sqrt(N_star) * np.sqrt(N_dd) / r_dd**2   # −V_rr a²/k_BT_g
    omega_over_cs_a = np.sqrt(curvature / xi**2)                  # ω‡ a / c_s
    return omega_over_cs_a / DEBYE_KA


def quantum_crossover_temperature(omega_dd: ArrayLike) -> np.ndarray:
    """Crossover to classical activation over the barrier, T′ = ħω‡/2πk_B.

    Parameters
    ----------
    omega_dd : array_like
        ω‡ (any unit of energy; the result is in the same unit, e.g. T_D).

    Returns
    -------
    ndarray
        k_BT′ in the unit of ``omega_dd``.

    References
    ----------
    LW2008, Sec. IV.B after Eq. (29) (Wolynes 1981).
    """
    return require_positive("omega_dd", omega_dd) / (2.0 * np.pi)


def tunnelling_exponent_c(omega_dd_over_omega_D: ArrayLike, T_g_over_T_D: ArrayLike) -> np.ndarray:
    """The exponent c = ħω‡/(√2 k_BT_g) of Eq. (22), in the form printed after it.

    The derivation from Eqs. (14) and (21) gives c = ħω‡/(√2 π k_BT_g), a factor π
    smaller (:func:`glasslib.rfot.amplitude_exponent`, chapter 4).

    Parameters
    ----------
    omega_dd_over_omega_D : array_like
        ω‡/ω_D.
    T_g_over_T_D : array_like
        T_g/T_D = k_BT_g/ħω_D.

    Returns
    -------
    ndarray
        c (the paper: < 0.1).

    References
    ----------
    LW2008, text after Eq. (22); ω‡ from Eq. (29).
    """
    w = require_positive("omega_dd_over_omega_D", omega_dd_over_omega_D)
    tg = require_positive("T_g_over_T_D", T_g_over_T_D)
    return w / (np.sqrt(2.0) * tg)


# ---------------------------------------------------------------------------
# Section IV.C: heat capacity, Eqs. (34)–(36)
# ---------------------------------------------------------------------------
def _mode_arrays(omega: ArrayLike, degeneracy: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    w = require_positive("omega", omega)
    g = require_positive("degeneracy", degeneracy)
    if w.shape != g.shape or w.ndim != 1:
        raise ValueError(f"omega {w.shape} and degeneracy {g.shape} must be equal 1-d shapes")
    return w, g


def domain_heat_capacity(eps: ArrayLike, T: ArrayLike, omega: ArrayLike,
                         degeneracy: ArrayLike) -> np.ndarray:
    """Heat capacity c_ε of one domain, Eq. (36), in units of k_B.

    c_ε = β²∂²ln Z_ε/∂β² with Z_ε = 1 + e^{−βε} Π_l Z_l^{2l+1} (Eq. (35)).
    Broadcasts ``eps`` against ``T``; modes are summed.

    Parameters
    ----------
    eps : array_like
        Bias ε of the structural transition (same unit as ``T`` and ``omega``; any sign).
    T : array_like
        Temperature k_BT (> 0).
    omega, degeneracy : array_like, shape (n_l,)
        Ripplon frequencies ω_l and degeneracies 2l+1 (:func:`ripplon_modes`).

    Returns
    -------
    ndarray
        c_ε/k_B, shape ``broadcast(eps, T)``.

    References
    ----------
    LW2008, Eqs. (35)–(36).
    """
    w, g = _mode_arrays(omega, degeneracy)
    T = require_positive("T", T)
    eps = np.asarray(eps, dtype=float)
    b = 1.0 / T
    bw = b[..., None] * w                                     # (..., n_l)
    s_log = np.sum(g * np.log1p(-np.exp(-bw)), axis=-1)      # Σ(2l+1) ln(1 − e^{−βω})
    energy = np.sum(g * bw * np.exp(-bw) / -np.expm1(-bw), axis=-1)   # Σ(2l+1) βω/(e^{βω}−1)
    half = bw / 2.0
    with np.errstate(over="ignore"):
        einstein = np.sum(g * (half / np.sinh(half)) ** 2, axis=-1)
    einstein = np.nan_to_num(einstein)
    X = b * eps + s_log
    aX = np.abs(X)
    sech2_quarter = np.exp(-aX) / (1.0 + np.exp(-aX)) ** 2    # 1/(2cosh(X/2))²
    fermi = 0.5 * (1.0 - np.tanh(X / 2.0))                    # 1/(e^X + 1)
    return (b * eps + energy) ** 2 * sech2_quarter + einstein * fermi


def tls_heat_capacity(eps: ArrayLike, T: ArrayLike) -> np.ndarray:
    """Two-level heat capacity (βε/2cosh(βε/2))², the T ≪ ω_l limit of Eq. (36) [k_B]."""
    T = require_positive("T", T)
    x = np.asarray(eps, dtype=float) / T
    ax = np.abs(x)
    return x**2 * np.exp(-ax) / (1.0 + np.exp(-ax)) ** 2


def averaged_heat_capacity(T: ArrayLike, T_g: float, omega: ArrayLike, degeneracy: ArrayLike,
                           folding: str = "both", n_eps: int = 1201) -> np.ndarray:
    """Heat capacity per domain averaged over the bias distribution, ⟨c_ε⟩ [k_B].

    folding="both": n(ε) = e^{−|ε|/T_g}/T_g over all ε (Eq. (34)).
    folding="one": only ε > 0, with the same n(ε) (total weight 1 of the 2 of "both"), i.e. the
    ripplon-dressed state always above the bare one.

    The ε integral is done on a grid in βε adapted to each T, with the
    analytic tail for ε → −∞, where c_ε → Σ(2l+1)·Einstein and
    ∫_{−∞}^{ε_0} n dε = e^{−|ε_0|/T_g} (ε_0 = −40 T, the bottom of the grid).
    With this n(ε), ∫_{−∞}^0 n = ∫_0^∞ n = 1: summed over both signs the printed
    density integrates to 2.

    Parameters
    ----------
    T : array_like, shape (n_T,)
        Temperatures (> 0), same unit as ``T_g`` and ``omega`` (e.g. T_D).
    T_g : float
        Glass temperature (> 0).
    omega, degeneracy : array_like
        Ripplon modes.
    folding : {"both", "one"}
        Which signs of ε.
    n_eps : int
        Grid points in βε.

    Returns
    -------
    ndarray
        ⟨c_ε⟩/k_B, shape (n_T,).

    References
    ----------
    LW2008, Eqs. (34)–(36), Fig. 15 (thin line).
    """
    if folding not in ("both", "one"):
        raise ValueError(f"folding must be 'both' or 'one', got {folding!r}")
    w, g = _mode_arrays(omega, degeneracy)
    T = np.atleast_1d(require_positive("T", T))
    T_g = float(require_positive("T_g", T_g))
    bw = w[None, :] / T[:, None]
    shift = -np.sum(g * np.log1p(-np.exp(-bw)), axis=-1)     # |S| ≥ 0: βε where X = 0
    lo = -40.0 if folding == "both" else 0.0
    u = np.linspace(0.0, 1.0, n_eps)
    y = lo + (shift[:, None] + 40.0 - lo) * u[None, :]       # βε grid, (n_T, n_eps)
    eps = y * T[:, None]
    c = domain_heat_capacity(eps, T[:, None], w, g)
    n = np.exp(-np.abs(eps) / T_g) / T_g
    out = np.trapezoid(c * n, eps, axis=-1)
    if folding == "both":
        half = bw / 2.0
        with np.errstate(over="ignore"):
            einstein = np.nan_to_num(np.sum(g * (half / np.sinh(half)) ** 2, axis=-1))
        out = out + einstein * np.exp(-40.0 * T / T_g)   # ∫_{−∞}^{−40T} n dε
    return out


def debye_heat_capacity_per_particle(t: ArrayLike, n_x: int = 96) -> np.ndarray:
    """Debye heat capacity per particle, c_D = 9 t³ ∫_0^{1/t} x⁴eˣ/(eˣ−1)² dx [k_B].

    Parameters
    ----------
    t : array_like
        T/T_D (> 0).
    n_x : int
        Quadrature points (Gauss–Legendre).

    Returns
    -------
    ndarray
        c_D/k_B → 234 t³ (= 12π⁴t³/5) for t ≪ 1, → 3 for t ≫ 1.

    References
    ----------
    LW2008, Fig. 15 caption (Kittel 1956).
    """
    t = require_positive("t", t)
    x, wq = _gauss_legendre(int(n_x))
    # the integrand is negligible beyond x ≈ 60: integrate over [0, min(1/t, 60)]
    top = np.minimum(1.0 / t, 60.0)[..., None]
    xs = 0.5 * top * (x + 1.0)
    with np.errstate(over="ignore"):
        f = np.where(xs < 700, xs**4 * np.exp(-xs) / (-np.expm1(-xs)) ** 2, 0.0)
    return 9.0 * t**3 * 0.5 * top[..., 0] * np.sum(wq * f, axis=-1)


@lru_cache(maxsize=8)
def _gauss_legendre(n: int) -> tuple[np.ndarray, np.ndarray]:
    return np.polynomial.legendre.leggauss(n)


def debye_low_T_coefficient() -> float:
    """The low-T Debye coefficient 9·4!ζ(4) = 12π⁴/5 ≈ 233.8 (c_D = 234 (T/T_D)³)."""
    return 12.0 * np.pi**4 / 5.0


# ---------------------------------------------------------------------------
# Section IV.E: density of scattering states, Eqs. (37)–(43)
# ---------------------------------------------------------------------------
def ripplon_state_counts(omega: ArrayLike, degeneracy: ArrayLike, d_omega: float,
                         E_max: float) -> np.ndarray:
    """Exact number of ripplon states in each energy bin, by knapsack dynamic programming.

    The generating function Π_l (1 − x^{k_l})^{−(2l+1)}, with each ω_l rounded to
    k_l = round(ω_l/dω) grid steps, is built one oscillator at a time: adding an
    oscillator of k steps is the unbounded-knapsack recursion
    c[j] ← c[j] + c[j−k], i.e. a cumulative sum within each residue class mod k
    (vectorised).  Entry j counts the states with Σ n_lm ω_l = j·dω.

    Parameters
    ----------
    omega, degeneracy : array_like, shape (n_l,)
        Ripplon frequencies and degeneracies (2l+1).
    d_omega : float
        Grid step (> 0, smaller than the lowest ω_l).
    E_max : float
        Highest energy counted.

    Returns
    -------
    ndarray, shape (round(E_max/dω) + 1,)
        Number of states per grid point (float64; the ground state is c[0] = 1).

    Raises
    ------
    ValueError
        If a degeneracy is not a positive integer or dω ≥ min ω_l/2.

    References
    ----------
    LW2008, Eq. (37) (the sum over {n_lm}); the exact counterpart of its
    steepest-descent evaluation, Eqs. (38)–(41).
    """
    w, g = _mode_arrays(omega, degeneracy)
    d_omega = float(require_positive("d_omega", d_omega))
    E_max = float(require_positive("E_max", E_max))
    if np.any(np.round(g) != g):
        raise ValueError(f"degeneracy must be integers, got {degeneracy!r}")
    if d_omega >= w.min() / 2:
        raise ValueError(f"d_omega={d_omega} must be well below the lowest omega={w.min()}")
    n = int(round(E_max / d_omega)) + 1
    counts = np.zeros(n)
    counts[0] = 1.0
    for k, mult in zip(np.rint(w / d_omega).astype(int), g.astype(int)):
        m = -(-n // k) * k                       # pad to a multiple of k
        for _ in range(mult):
            padded = np.zeros(m)
            padded[:n] = counts
            counts = np.cumsum(padded.reshape(-1, k), axis=0).ravel()[:n]
    return counts


def scattering_density_exact(counts: ArrayLike, d_omega: float, T_g: float) -> np.ndarray:
    """Ground-state scattering density T_gρ(ω) of Eq. (37), exactly, on the count grid.

    T_gρ(ω) = Σ_{n: E_n < ω} e^{−(ω − E_n)/T_g}, evaluated as the recursion
    R_j = Σ_{i<j} c_i e^{−(j−i)dω/T_g} (states strictly below ω_j = j·dω), by a blockwise
    cumulative sum.

    Parameters
    ----------
    counts : array_like
        :func:`ripplon_state_counts`.
    d_omega : float
        Its grid step.
    T_g : float
        Glass temperature, same unit.

    Returns
    -------
    ndarray
        T_gρ at ω_j = j·dω (T_gρ(0⁺) = 1).

    References
    ----------
    LW2008, Eq. (37).
    """
    c = require_nonnegative("counts", counts)
    T_g = float(require_positive("T_g", T_g))
    d = float(require_positive("d_omega", d_omega))
    # S_j = Σ_{i≤j} c_i e^{−(j−i)d/T_g}, blockwise so that e^{±jd/T_g} stays finite;
    # then R_j = e^{−d/T_g} S_{j−1} counts the states strictly below ω_j.
    block = max(1, int(50.0 * T_g / d))
    inclusive = np.empty_like(c)
    carry = 0.0
    for start in range(0, c.size, block):
        s = c[start:start + block]
        j = np.arange(s.size)
        grow = np.exp(j * d / T_g)
        decay = np.exp(-j * d / T_g)
        inclusive[start:start + s.size] = decay * (np.cumsum(s * grow) + carry)
        carry = inclusive[start + s.size - 1] * np.exp(-d / T_g)
    out = np.empty_like(c)
    out[1:] = inclusive[:-1] * np.exp(-d / T_g)
    out[0] = 1.0                                          # ω → 0⁺ limit
    return out


def _correlate_rows(kernels: np.ndarray, c: np.ndarray, n_out: int) -> np.ndarray:
    """out[r, i] = Σ_m c[i+m] kernels[r, m] for i < n_out, by real FFTs."""
    n = c.size
    size = 1 << int(np.ceil(np.log2(2 * n)))
    fk = np.fft.rfft(kernels[:, ::-1], size, axis=1)
    fc = np.fft.rfft(c, size)
    full = np.fft.irfft(fk * fc[None, :], size, axis=1)
    return full[:, n - 1:n - 1 + n_out]


def excited_scattering_density_exact(counts: ArrayLike, d_omega: float, T_g: float,
                                     T: ArrayLike, n_omega: int, weight: str = "fermi",
                                     alpha: float = 1.0) -> np.ndarray:
    """Excited-state scattering density T_gρ_exc(ω, T) of Eqs. (42)–(43), exactly.

    ∂N_E(ω)/∂E = (1/T_g) e^{−E/T_g} g_rip(ω + E), so
    T_gρ_exc(ω, T) = Σ_{n: E_n > ω} f(E_n − ω, T) e^{−(E_n − ω)/T_g},  f = 2/(e^{βE}+1).

    Parameters
    ----------
    counts : array_like
        :func:`ripplon_state_counts` (grid must reach ω_max + the thermal tail).
    d_omega : float
        Grid step.
    T_g : float
        Glass temperature.
    T : array_like, shape (n_T,)
        Temperatures (> 0).
    n_omega : int
        Return ω_j = j·dω for j < n_omega.
    weight : {"fermi", "step"}
        "fermi": f(E, T) = 2/(e^{βE}+1) (Eq. (43)); "step": f = θ(αT − E), i.e.
        ρ_exc ≈ N_{αT}(ω) of Eq. (42), the simpler model of Fig. 20.
    alpha : float
        α of the "step" weight.

    Returns
    -------
    ndarray, shape (n_T, n_omega)

    References
    ----------
    LW2008, Eqs. (42)–(43); Sec. IV.F (Fig. 20) for the step weight.
    """
    c = np.asarray(counts, dtype=float)
    T = np.atleast_1d(require_positive("T", T))
    T_g = float(require_positive("T_g", T_g))
    n = c.size
    if not 0 < n_omega <= n:
        raise ValueError(f"n_omega must be in 1..{n}, got {n_omega}")
    x = np.arange(n) * d_omega
    if weight == "fermi":
        with np.errstate(over="ignore"):
            f = 2.0 / (np.exp(x[None, :] / T[:, None]) + 1.0)
    elif weight == "step":
        f = (x[None, :] <= float(require_positive("alpha", alpha)) * T[:, None]).astype(float)
    else:
        raise ValueError(f"weight must be 'fermi' or 'step', got {weight!r}")
    kern = f * np.exp(-x / T_g)[None, :]
    kern[:, 0] = 0.0                                        # E_n > ω strictly
    # ρ_exc[i] = Σ_m c[i+m] K[m]: a correlation, by FFT
    return np.clip(_correlate_rows(kern, c, n_omega), 0.0, None)


def saddle_point_kappa(omega: ArrayLike, T_g: float, modes: ArrayLike,
                       degeneracy: ArrayLike, n_iter: int = 200) -> np.ndarray:
    """Solve the saddle-point equation (40) for κ₀ at each ω (vectorised bisection).

    ω = Σ_lm ω_lm/(e^{(κ₀−β_g)ω_lm} − 1) + 1/κ₀, with κ₀ > β_g.

    Parameters
    ----------
    omega : array_like
        Energies ω (> 0), same unit as ``T_g`` and ``modes``.
    T_g : float
        Glass temperature.
    modes, degeneracy : array_like
        Ripplon modes.
    n_iter : int
        Bisection steps in ln(κ₀ − β_g).

    Returns
    -------
    ndarray
        κ₀.

    References
    ----------
    LW2008, Eq. (40).
    """
    w, g = _mode_arrays(modes, degeneracy)
    om = require_positive("omega", omega)
    bg = 1.0 / float(require_positive("T_g", T_g))

    def rhs(k):
        with np.errstate(over="ignore"):
            return np.sum(g * w / np.expm1((k[..., None] - bg) * w), axis=-1) + 1.0 / k

    lo = np.full(om.shape, -30.0)                 # ln(κ − β_g); rhs decreasing in κ
    hi = np.full(om.shape, 30.0)
    for _ in range(n_iter):
        mid = 0.5 * (lo + hi)
        too_small = rhs(bg + np.exp(mid)) > om     # rhs too big → κ larger
        lo = np.where(too_small, mid, lo)
        hi = np.where(too_small, hi, mid)
    return bg + np.exp(0.5 * (lo + hi))


def scattering_density_saddle(omega: ArrayLike, T_g: float, modes: ArrayLike,
                              degeneracy: ArrayLike) -> np.ndarray:
    """Steepest-descent T_gρ(ω), Eqs. (39)–(41).

    T_gρ = exp{(κ₀−β_g)ω − Σ ln[1 − e^{−(κ₀−β_g)ω_lm}]} / (κ₀ √(2π|f''(κ₀)|)),
    |f''| = Σ ω_lm²/(4 sinh²[(κ₀−β_g)ω_lm/2]) + 1/κ₀².

    Parameters
    ----------
    omega : array_like
        ω > 0.
    T_g : float
        Glass temperature (same unit).
    modes, degeneracy : array_like
        Ripplon modes.

    Returns
    -------
    ndarray
        T_gρ(ω) (→ e/√(2π) ≈ 1.08 as ω → 0).

    References
    ----------
    LW2008, Eqs. (39)–(41).
    """
    w, g = _mode_arrays(modes, degeneracy)
    om = require_positive("omega", omega)
    bg = 1.0 / float(T_g)
    k = saddle_point_kappa(om, T_g, w, g)
    z = (k - bg)[..., None] * w
    with np.errstate(over="ignore"):
        curv = np.sum(g * w**2 / (4.0 * np.sinh(z / 2.0) ** 2), axis=-1) + 1.0 / k**2
    expo = (k - bg) * om - np.sum(g * np.log1p(-np.exp(-z)), axis=-1)
    return np.exp(expo) / (k * np.sqrt(2.0 * np.pi * curv))


def number_of_ripplon_modes(l_max: int) -> int:
    """Σ_{l=2}^{l_max} (2l+1) = (l_max + 1)² − 4 (96 for l_max = 9)."""
    if int(l_max) != l_max or l_max < 2:
        raise ValueError(f"l_max must be an integer >= 2, got {l_max!r}")
    return int((l_max + 1) ** 2 - 4)


# ---------------------------------------------------------------------------
# Section IV.F: ripplon friction and dispersion, Eqs. (49)–(55)
# ---------------------------------------------------------------------------
def ripplon_width(omega: ArrayLike, T_g: float) -> np.ndarray:
    """Golden-rule inverse lifetime γ_ω = τ_ω⁻¹ = (3π/2) T_g (ω/ω_D)³, Eq. (53).

    From g²/(4πρc_s²)(ω/c_s)³ with g² = ρc_s²a³k_BT_g (Eq. (18)) and
    a³ = 6π²(c_s/ω_D)³.

    Parameters
    ----------
    omega : array_like
        ω/ω_D (≥ 0).
    T_g : float
        k_BT_g/ħω_D.

    Returns
    -------
    ndarray
        γ_ω/ω_D.

    References
    ----------
    LW2008, Eq. (53).
    """
    om = np.asarray(omega, dtype=float)
    if np.any(om < 0):
        raise ValueError(f"omega must be >= 0, got {omega!r}")
    return 1.5 * np.pi * float(require_positive("T_g", T_g)) * om**3


def dispersion_integral(y: ArrayLike) -> np.ndarray:
    """Principal value P∫_0^1 u³ du/(u − y) = 1/3 + y/2 + y² + y³ ln|1 − y|/|y|.

    Positive for small y (the ripplon is pushed down), negative for y beyond ≈ 1
    (→ −1/(4y) for y → ∞); logarithmically divergent at y = 1.

    Parameters
    ----------
    y : array_like
        ω/ω_c (≥ 0, ≠ 1).

    Returns
    -------
    ndarray

    References
    ----------
    LW2008, Eq. (54).
    """
    y = np.asarray(y, dtype=float)
    if np.any(y < 0):
        raise ValueError(f"y must be >= 0, got {y!r}")
    with np.errstate(divide="ignore", invalid="ignore"):
        log_term = np.where(y > 0, y**3 * np.log(np.abs(1.0 - y) / np.where(y > 0, y, 1.0)), 0.0)
    return 1.0 / 3.0 + y / 2.0 + y**2 + log_term


def ripplon_shift(omega: ArrayLike, T_g: float, omega_c: float) -> np.ndarray:
    """Frequency shift ω_l(ω) − ω_l = −(3/2)T_g(ω_c/ω_D)³ P∫_0^{ω_c} dω′(ω′/ω_c)³/(ω′−ω), Eq. (54).

    The printed second line has ∫_0^{ω_c} dω′ with dimension of frequency; the
    consistent form (from Eq. (52) with k = ω′/c_s) is dimensionless in ω′/ω_c,
    which is what is computed here (:func:`dispersion_integral`).

    Parameters
    ----------
    omega : array_like
        ω/ω_D.
    T_g : float
        k_BT_g/ħω_D.
    omega_c : float
        Cut-off ω_c/ω_D.

    Returns
    -------
    ndarray
        Shift in units of ω_D.

    References
    ----------
    LW2008, Eqs. (52), (54).
    """
    T_g = float(require_positive("T_g", T_g))
    wc = float(require_positive("omega_c", omega_c))
    return -1.5 * T_g * wc**3 * dispersion_integral(np.asarray(omega, dtype=float) / wc)


def smeared_ripplon_shift(omega: ArrayLike, T_g: float, omega_c: float, fragility: float,
                          n_c: int = 41) -> np.ndarray:
    """Eq. (54) averaged over a Gaussian cut-off of width δω_c = ω_c/√D (LW2008 after Eq. (54))."""
    D = float(require_positive("fragility", fragility))
    z, wz = np.polynomial.hermite_e.hermegauss(n_c)
    wz = wz / wz.sum()
    wcs = omega_c * (1.0 + z / np.sqrt(D))
    wcs = np.clip(wcs, 1e-6, None)
    om = np.asarray(omega, dtype=float)
    return np.sum(wz * (-1.5 * T_g * wcs**3 * dispersion_integral(om[..., None] / wcs)), axis=-1)


def broadened_spectral_weight(omega: ArrayLike, modes: ArrayLike, T_g: float,
                              omega_c: float | None = None,
                              fragility: float | None = None) -> np.ndarray:
    """Lorentzian weight of Eq. (55): (γ_ω/π)/([ω − ω_l(ω)]² + γ_ω²), shape (…, n_l).

    Parameters
    ----------
    omega : array_like
        ω/ω_D (> 0).
    modes : array_like
        Bare ω_l/ω_D.
    T_g : float
        k_BT_g/ħω_D.
    omega_c : float, optional
        Cut-off for the shift (Eq. (54)); None → no shift (friction only).
    fragility : float, optional
        If given, the cut-off is smeared by δω_c = ω_c/√D (:func:`smeared_ripplon_shift`).

    Returns
    -------
    ndarray
        Weight per unit ω (units 1/ω_D).

    References
    ----------
    LW2008, Eq. (55).
    """
    om = require_positive("omega", omega)[..., None]
    w = require_positive("modes", modes)
    gam = ripplon_width(om, T_g)
    if omega_c is None:
        shift = 0.0
    elif fragility is None:
        shift = ripplon_shift(om, T_g, omega_c)
    else:
        shift = smeared_ripplon_shift(om[..., 0], T_g, omega_c, fragility)[..., None]
    return gam / np.pi / ((om - (w + shift)) ** 2 + gam**2)


# ---------------------------------------------------------------------------
# Appendix B and A: cut-off and Rayleigh estimate
# ---------------------------------------------------------------------------
def kR_coefficient() -> float:
    """kR = ω/(C (a/ξ) ω_D) with C = 1/[(3/4π)^{1/3}(6π²)^{1/3}] ≈ 0.41 (the paper's 0.4).

    kR = ωR/c_s, R = ξ(3/4π)^{1/3}, c_s = ω_D a/(6π²)^{1/3}.

    References
    ----------
    LW2008, Appendix A, before the estimate of Eq. (A12).
    """
    return float(1.0 / ((3.0 / (4.0 * np.pi)) ** (1.0 / 3.0) * DEBYE_KA))


def cutoff_frequency(kR_cut: float = 6.0) -> float:
    """ω_c/[(a/ξ)ω_D] for a cut-off kR = kR_cut: ω_c = kR_cut × :func:`kR_coefficient` (≈ 2.5 for 6).

    References
    ----------
    LW2008, Appendix B (Fig. 24).
    """
    return float(require_positive("kR_cut", kR_cut)) * kR_coefficient()


def quadratic_coupling_crossover(xi_over_a: ArrayLike) -> np.ndarray:
    """Frequency where the quadratic (volume) coupling equals the linear one, in ω_D.

    Ratio quadratic/linear = (1/4)√N* a³d_Lk/(√N_w a²d_L) = (ka/4)√(ξ/a) with
    N* = (ξ/a)³, N_w = (ξ/a)²; = 1 at ω = 4√(a/ξ) ω_D/(6π²)^{1/3} ≈ 0.43 ω_D.
    (The printed (6π²)^{1/2} would give 0.22 ω_D.)

    References
    ----------
    LW2008, Appendix B, last paragraphs.
    """
    xi = require_positive("xi_over_a", xi_over_a)
    return 4.0 / np.sqrt(xi) / DEBYE_KA


def rayleigh_mfp_over_wavelength(omega: ArrayLike, T: ArrayLike, xi_over_a: float,
                                 T_g: float, fragility: float, l: int = 2,
                                 lindemann_ratio: float = DEFAULT_LINDEMANN_RATIO,
                                 omega_l: float | None = None) -> np.ndarray:
    """l_mfp/λ = ωτ_ω/2π from the direct (Rayleigh) ripplon–phonon coupling, one l term of Eq. (A12).

    τ_ω⁻¹ = n (σ/ρ) π² [2 + l(l+1)](2l+1) j_l²(kR) P_l(ω), n = T/(T_g ξ³),
    P_l Gaussian of width δω_l = ω_l/(2√D), σ with the 9/8 absorbed
    (σ/ρ = (27/32) c_s² a (d_L/a)² ln((a/d_L)²/πe)(a/R)^{1/2}).  Dimensionless inputs:
    ω in ω_D, T and T_g in T_D.  ``omega_l`` overrides ω_l of Eq. (33) (the paper
    "favorably assumes ω_2 ~ ω_plateau").

    Returns
    -------
    ndarray
        l_mfp/λ.

    References
    ----------
    LW2008, Eq. (A12) and the estimate after it.
    """
    from scipy.special import spherical_jn

    om = require_positive("omega", omega)
    T = require_positive("T", T)
    D = float(require_positive("fragility", fragility))
    R_a = float(sphere_radius_over_a(xi_over_a))
    L = float(surface_tension_log(lindemann_ratio))
    wl = (float(ripplon_frequencies(l, xi_over_a, 1.0, lindemann_ratio=lindemann_ratio))
          if omega_l is None else float(require_positive("omega_l", omega_l)))
    dw = wl / (2.0 * np.sqrt(D))
    P = np.exp(-0.5 * ((om - wl) / dw) ** 2) / (np.sqrt(2.0 * np.pi) * dw)     # 1/ω_D
    kR = om * R_a * DEBYE_KA                                                   # ωR/c_s
    # work in units a = 1, c_s = 1 → ω_D = DEBYE_KA
    n = T / (T_g * xi_over_a**3)                                               # 1/a³
    sigma_over_rho = 27.0 / 32.0 * lindemann_ratio**2 * L * R_a**-0.5         # c_s² a (σ incl. 9/8)
    rate = n * sigma_over_rho * np.pi**2 * (2 + l * (l + 1)) * (2 * l + 1) \
        * spherical_jn(l, kR) ** 2 * P / DEBYE_KA                              # c_s/a
    omega_phys = om * DEBYE_KA                                                 # c_s/a
    return omega_phys / rate / (2.0 * np.pi)


def broadened_mode_weights(omega_grid: ArrayLike, modes: ArrayLike, degeneracy: ArrayLike,
                           T_g: float, omega_c: float | None,
                           fragility: float | None = None) -> np.ndarray:
    """Number of ripplon modes per grid bin after friction and dispersion, Eq. (55).

    Σ_l (2l+1) ∫dω (γ_ω/π)/([ω − ω_l(ω)]² + γ_ω²), evaluated on a uniform grid
    (bin width = grid step): each discrete mode becomes a Lorentzian of width
    γ_ω (Eq. (53)) centred at the dispersed ω_l(ω) (Eq. (54)).

    Parameters
    ----------
    omega_grid : array_like, shape (n,)
        Uniform grid of ω/ω_D (> 0).
    modes, degeneracy : array_like
        Bare ripplon modes.
    T_g : float
        k_BT_g/ħω_D.
    omega_c : float or None
        Cut-off (ω_D units); None → friction only, no shift.
    fragility : float, optional
        Smear the cut-off by ω_c/√D.

    Returns
    -------
    ndarray, shape (n,)
        Modes per bin (sums to ≈ Σ(2l+1) if the grid covers the Lorentzians).

    References
    ----------
    LW2008, Eqs. (53)–(55).
    """
    grid = require_positive("omega_grid", omega_grid)
    w, g = _mode_arrays(modes, degeneracy)
    d = float(grid[1] - grid[0]) if grid.size > 1 else 1.0
    return np.sum(g * broadened_spectral_weight(grid, w, T_g, omega_c, fragility), axis=-1) * d


def state_counts_from_mode_density(mode_weights: ArrayLike, d_omega: float,
                                   E_max: float) -> np.ndarray:
    """Bosonic state counts for a continuous (real-weighted) mode density, exactly on a grid.

    G(x) = Π_j (1 − x^j)^{−w_j} = exp(A(x)), A(x) = Σ_j w_j Σ_m x^{mj}/m, with w_j
    modes at frequency j·dω (j = 1, 2, …).  G's coefficients follow from
    n c_n = Σ_{i=1}^{n} i A_i c_{n−i} (all terms ≥ 0: numerically stable).  For
    integer weights this equals :func:`ripplon_state_counts`.

    Parameters
    ----------
    mode_weights : array_like, shape (n_w,)
        Modes per bin; entry j−1 sits at frequency j·dω.
    d_omega : float
        Grid step.
    E_max : float
        Highest energy counted.

    Returns
    -------
    ndarray
        Counts per grid point (c[0] = 1).

    References
    ----------
    LW2008, Eq. (37) with Eq. (55) applied to every mode sum.
    """
    wts = np.asarray(mode_weights, dtype=float)
    if np.any(wts < 0) or np.any(~np.isfinite(wts)):
        raise ValueError("mode_weights must be finite and >= 0")
    d_omega = float(require_positive("d_omega", d_omega))
    n = int(round(float(require_positive("E_max", E_max)) / d_omega)) + 1
    A = np.zeros(n)
    for j in np.flatnonzero(wts[: n - 1]) + 1:               # j = grid index of the mode
        m = np.arange(1, (n - 1) // j + 1)
        A[m * j] += wts[j - 1] / m
    iA = np.arange(n) * A
    c = np.zeros(n)
    c[0] = 1.0
    for k in range(1, n):
        c[k] = np.dot(iA[1:k + 1], c[k - 1::-1]) / k
    return c


# ---------------------------------------------------------------------------
# Inputs and figure-level helpers (Fig. 15)
# ---------------------------------------------------------------------------
def effective_modes(modes: ArrayLike, degeneracy: ArrayLike, T_g: float,
                    omega_c: float | None, d_omega: float = 2e-3,
                    omega_max: float = 2.0,
                    fragility: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Broadened ripplon spectrum as a list of (frequency, weight) pairs on a grid (Eq. (55)).

    Returns grid frequencies j·dω (j ≥ 1) up to ``omega_max`` and the modes per
    bin of :func:`broadened_mode_weights`, dropping empty bins; usable wherever
    discrete (ω_l, 2l+1) are (Eq. (36), Eqs. (39)–(41)).
    """
    grid = np.arange(1, int(round(omega_max / d_omega)) + 1) * d_omega
    w = broadened_mode_weights(grid, modes, degeneracy, T_g, omega_c, fragility)
    keep = w > 1e-300
    return grid[keep], w[keep]


def heat_capacity_over_T3(t: ArrayLike, T_g: float, modes: ArrayLike, degeneracy: ArrayLike,
                          n_particles: float, folding: str = "both",
                          debye: bool = True) -> np.ndarray:
    """C/T³ of one domain (ripplons + TLS, Eq. (36) averaged over Eq. (34), + Debye) [k_B/T_D³].

    The unit is that of the paper's Fig. 15: C per domain of (ξ/a)³ = ``n_particles``
    molecules, divided by (T/T_D)³, in k_B.

    Parameters
    ----------
    t : array_like
        T/T_D.
    T_g : float
        T_g/T_D.
    modes, degeneracy : array_like
        Ripplon modes (bare, or :func:`effective_modes`).
    n_particles : float
        (ξ/a)³ (multiplies the Debye heat capacity per particle).
    folding : {"both", "one"}
        See :func:`averaged_heat_capacity`.
    debye : bool
        Add (ξ/a)³ c_D(t).

    Returns
    -------
    ndarray

    References
    ----------
    LW2008, Eqs. (34)–(36), Fig. 15 and caption.
    """
    t = np.atleast_1d(require_positive("t", t))
    n_particles = float(require_positive("n_particles", n_particles))
    c = averaged_heat_capacity(t, T_g, modes, degeneracy, folding=folding, n_eps=601)
    if debye:
        c = c + n_particles * debye_heat_capacity_per_particle(t)
    return c / t**3


def curve_peak(x: ArrayLike, y: ArrayLike) -> tuple[float, float]:
    """Position and height of the last interior local maximum of y(x) (the bump), refined
    by a parabola in ln x; NaNs if there is none (C/T³ rises towards low T from the TLS term,
    so the global maximum can sit at the lowest T)."""
    x = require_positive("x", x)
    y = np.asarray(y, dtype=float)
    interior = np.flatnonzero((y[1:-1] > y[:-2]) & (y[1:-1] >= y[2:])) + 1
    if interior.size == 0:
        return float("nan"), float("nan")
    i = int(interior[-1])
    lx = np.log(x[i - 1:i + 2])
    coef = np.polyfit(lx, y[i - 1:i + 2], 2)
    lpk = -coef[1] / (2 * coef[0])
    return float(np.exp(lpk)), float(np.polyval(coef, lpk))


def ripplon_sum_B(xi_over_a: float, lindemann_ratio: float = DEFAULT_LINDEMANN_RATIO) -> float:
    """B = Σ_i ω_D/ω_i over all ripplon modes (l = 2..l_max, each 2l+1 times).

    References
    ----------
    LW2008, Sec. V, text after Eq. (65) ("several hundreds", ξ/a ≃ 5.6).
    """
    _, w, g = ripplon_modes(xi_over_a, 1.0, lindemann_ratio=lindemann_ratio)
    return float(np.sum(g / w))


def cumulative_excited_density_saddle(omega: ArrayLike, E: ArrayLike, T_g: float,
                                      modes: ArrayLike, degeneracy: ArrayLike,
                                      n_iter: int = 60) -> np.ndarray:
    """Steepest-descent T_gN_E(ω) of Eqs. (44)–(47) (broadcast over ω and E).

    With b = β_g + λ₀ − μ₀ and U(b) = Σ ω_lm/(e^{bω_lm} − 1), Eqs. (45)–(46) give
    λ₀ = 1/(ω + E − U(b)), μ₀ = 1/(U(b) − ω), and b solves
    b − β_g − λ₀(b) + μ₀(b) = 0, which is monotonic in b (bisection in ln b).
    Then T_gN_E = e^{bω + λ₀E − Σ ln(1 − e^{−bω_lm})}/(2π√|Det| λ₀μ₀), with
    |Det| = K(1/λ₀² + 1/μ₀²) + 1/(λ₀μ₀)², K = Σ ω_lm²/(4 sinh²(bω_lm/2)) (Eq. (47)).

    Parameters
    ----------
    omega, E : array_like
        ω > 0 and E > 0 (same unit as ``T_g`` and ``modes``).
    T_g : float
        Glass temperature.
    modes, degeneracy : array_like
        Ripplon modes.
    n_iter : int
        Bisection steps.

    Returns
    -------
    ndarray
        T_gN_E(ω).

    References
    ----------
    LW2008, Eqs. (42), (44)–(47).
    """
    w, g = _mode_arrays(modes, degeneracy)
    om = require_positive("omega", omega)
    E = require_positive("E", E)
    om, E = np.broadcast_arrays(om, E)
    bg = 1.0 / float(require_positive("T_g", T_g))

    def U(b):
        with np.errstate(over="ignore"):
            return np.sum(g * w / np.expm1(b[..., None] * w), axis=-1)

    lo = np.full(om.shape, -15.0)
    hi = np.full(om.shape, 12.0)
    for _ in range(n_iter):
        mid = 0.5 * (lo + hi)
        b = np.exp(mid)
        u = U(b)
        with np.errstate(divide="ignore", invalid="ignore"):
            h = np.where(u >= om + E, -np.inf,
                         np.where(u <= om, np.inf, b - bg - 1.0 / (om + E - u) + 1.0 / (u - om)))
        neg = h < 0
        lo = np.where(neg, mid, lo)
        hi = np.where(neg, hi, mid)
    b = np.exp(0.5 * (lo + hi))
    u = U(b)
    lam = 1.0 / (om + E - u)
    mu = 1.0 / (u - om)
    z = b[..., None] * w
    with np.errstate(over="ignore"):
        K = np.sum(g * w**2 / (4.0 * np.sinh(z / 2.0) ** 2), axis=-1)
    det = K * (1.0 / lam**2 + 1.0 / mu**2) + 1.0 / (lam * mu) ** 2
    expo = b * om + lam * E - np.sum(g * np.log1p(-np.exp(-z)), axis=-1)
    return np.exp(expo) / (2.0 * np.pi * np.sqrt(det) * lam * mu)


def excited_scattering_density_saddle(omega: ArrayLike, T: ArrayLike, T_g: float,
                                      modes: ArrayLike, degeneracy: ArrayLike,
                                      n_x: int = 48) -> np.ndarray:
    """T_gρ_exc(ω, T) of Eq. (43) from the steepest-descent N_E (Eq. (44)).

    By parts, ρ_exc = ∫_0^∞ dE N_E(ω) (−∂f/∂E) with −∂f/∂E = β/(2cosh²(βE/2)), so no
    numerical derivative of N_E is needed; E = T·x on a Gauss–Legendre grid x ∈ (0, 40).

    Parameters
    ----------
    omega : array_like, shape (n_ω,)
    T : array_like, shape (n_T,)
    T_g : float
    modes, degeneracy : array_like

    Returns
    -------
    ndarray, shape (n_T, n_ω)

    References
    ----------
    LW2008, Eqs. (43)–(47).
    """
    om = np.atleast_1d(require_positive("omega", omega))
    T = np.atleast_1d(require_positive("T", T))
    xq, wq = _gauss_legendre(int(n_x))
    x = 20.0 * (xq + 1.0)
    wx = 20.0 * wq
    NE = cumulative_excited_density_saddle(om[None, :, None], (T[:, None, None] * x[None, None, :]),
                                           T_g, modes, degeneracy)
    weight = 0.5 / np.cosh(x / 2.0) ** 2                     # (−∂f/∂E) dE with E = T x
    return np.sum(NE * weight * wx, axis=-1)


# ---------------------------------------------------------------------------
# Eq. (54) with a smooth cut-off, and the self-consistent ripplon frequency
# ---------------------------------------------------------------------------
@lru_cache(maxsize=8)
def _roots_legendre(n: int) -> tuple[np.ndarray, np.ndarray]:
    from scipy.special import roots_legendre

    return roots_legendre(n)


def smooth_cutoff_ripplon_shift(omega: ArrayLike, T_g: float, omega_c: float, fragility: float,
                                n_nodes: int = 600) -> np.ndarray:
    """Eq. (54) with the phonon cut-off smeared by δω_c = ω_c/√D (LW2008 after Eq. (54)).

    The sharp cut-off ∫_0^{ω_c} is replaced by ∫_0^∞ S(ω′), with S(ω′) = ½ erfc[(ω′ − ω_c)/√2δω_c]
    the probability that a Gaussian-distributed cut-off exceeds ω′ (this is Eq. (54)
    averaged over ω_c).  The principal value is taken exactly by subtracting the pole:

        Σ(ω) = −(3/2)T_g {∫_0^W [f(ω′) − f(ω)]/(ω′ − ω) dω′ + f(ω) ln|(W − ω)/ω|},

    f(ω′) = ω′³ S(ω′), W = ω_c + 8δω_c, the smooth integral by Gauss–Legendre.  Unlike
    :func:`smeared_ripplon_shift` (a 41-node average of sharp cut-offs, which keeps 41
    small logarithmic spikes) the result is smooth; for D → ∞ it tends to
    :func:`ripplon_shift`.

    Parameters
    ----------
    omega : array_like
        ω/ω_D (> 0).
    T_g : float
        k_BT_g/ħω_D.
    omega_c : float
        Mean cut-off ω_c/ω_D.
    fragility : float
        D (> 0); the width is ω_c/√D.
    n_nodes : int
        Gauss–Legendre nodes on [0, W].

    Returns
    -------
    ndarray
        ω_l(ω) − ω_l in units of ω_D, shape of ``omega``.

    References
    ----------
    LW2008, Eq. (54) and the text after it.
    """
    from scipy.special import erfc

    om = require_positive("omega", omega)
    T_g = float(require_positive("T_g", T_g))
    wc = float(require_positive("omega_c", omega_c))
    delta = wc / np.sqrt(float(require_positive("fragility", fragility)))
    W = wc + 8.0 * delta
    x, w = _roots_legendre(int(n_nodes))
    x, w = 0.5 * W * (x + 1.0), 0.5 * W * w

    def f(u):
        return u**3 * 0.5 * erfc((u - wc) / (np.sqrt(2.0) * delta))

    flat = om.ravel()
    fo = f(flat)
    diff = x[None, :] - flat[:, None]
    safe = np.where(diff == 0.0, 1.0, diff)
    smooth = np.where(diff == 0.0, 0.0, (f(x)[None, :] - fo[:, None]) / safe) @ w
    with np.errstate(divide="ignore"):
        pv = smooth + fo * np.log(np.abs((W - flat) / flat))
    return (-1.5 * T_g * pv).reshape(om.shape)


def ripplon_pole_frequencies(omega_l: float, T_g: float, omega_c: float,
                             fragility: float | None = None, omega_max: float = 1.0,
                             n_grid: int = 5000) -> np.ndarray:
    """All solutions ω of ω = ω_l(ω) = ω_l + Σ(ω) in (0, ω_max]: the dressed ripplon frequencies.

    Σ is the shift of Eq. (54), with a sharp cut-off (:func:`ripplon_shift`) or, if
    ``fragility`` is given, the smooth one (:func:`smooth_cutoff_ripplon_shift`).  The
    peaks of the Lorentzian of Eq. (55) sit at these ω (the width there is γ_ω).  Sign
    changes of ω − ω_l − Σ(ω) are bracketed on a uniform grid and refined by brentq;
    the sharp cut-off's logarithmic singularity at ω_c is excluded.

    Parameters
    ----------
    omega_l : float
        Bare ripplon frequency ω_l/ω_D (Eq. (33)).
    T_g : float
        k_BT_g/ħω_D.
    omega_c : float
        Cut-off ω_c/ω_D.
    fragility : float, optional
        D; smear the cut-off by ω_c/√D.
    omega_max : float
        Upper end of the search (ω_D units).
    n_grid : int
        Grid points for bracketing.

    Returns
    -------
    ndarray
        The roots, increasing (empty if there is none).

    References
    ----------
    LW2008, Eqs. (52), (54), (55).
    """
    from scipy.optimize import brentq

    wl = float(require_positive("omega_l", omega_l))
    wc = float(require_positive("omega_c", omega_c))

    def shift(om):
        if fragility is None:
            return ripplon_shift(om, T_g, wc)
        return smooth_cutoff_ripplon_shift(om, T_g, wc, fragility)

    def F_at(z):
        return z - wl - float(shift(np.array([z]))[0])

    grid = np.linspace(1e-6, float(require_positive("omega_max", omega_max)), int(n_grid))
    F = grid - wl - shift(grid)
    roots = []
    for i in np.flatnonzero(np.sign(F[1:]) != np.sign(F[:-1])):
        a, b = grid[i], grid[i + 1]
        if fragility is None and a <= wc <= b:
            # Σ → +∞ on both sides of the sharp cut-off's log singularity (F → −∞), so the
            # singularity makes no sign change: a sign change in this bin is a root beside ω_c.
            # Bracket each side of ω_c apart.
            gap = 1e-9 * wc
            for lo, hi in ((a, wc - gap), (wc + gap, b)):
                if lo < hi and np.sign(F_at(lo)) != np.sign(F_at(hi)):
                    roots.append(brentq(F_at, lo, hi, xtol=1e-12))
            continue
        roots.append(brentq(F_at, a, b, xtol=1e-12))
    return np.array(roots)


def broadened_mode_weights_smooth_cutoff(omega_grid: ArrayLike, modes: ArrayLike,
                                         degeneracy: ArrayLike, T_g: float, omega_c: float,
                                         fragility: float) -> np.ndarray:
    """:func:`broadened_mode_weights` with the smooth cut-off of :func:`smooth_cutoff_ripplon_shift`.

    Σ_l (2l+1) (γ_ω/π)/([ω − ω_l − Σ(ω)]² + γ_ω²) dω on a uniform grid (Eq. (55)).

    References
    ----------
    LW2008, Eqs. (53)–(55).
    """
    grid = require_positive("omega_grid", omega_grid)
    w, g = _mode_arrays(modes, degeneracy)
    d = float(grid[1] - grid[0]) if grid.size > 1 else 1.0
    gam = ripplon_width(grid, T_g)[:, None]
    shift = smooth_cutoff_ripplon_shift(grid, T_g, omega_c, fragility)[:, None]
    lor = gam / np.pi / ((grid[:, None] - (w[None, :] + shift)) ** 2 + gam**2)
    return np.sum(g * lor, axis=-1) * d


def effective_modes_smooth_cutoff(modes: ArrayLike, degeneracy: ArrayLike, T_g: float,
                                  omega_c: float, fragility: float, d_omega: float = 2e-3,
                                  omega_max: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    """:func:`effective_modes` with the smooth cut-off (grid frequencies, modes per bin).

    References
    ----------
    LW2008, Eqs. (53)–(55).
    """
    grid = np.arange(1, int(round(omega_max / d_omega)) + 1) * d_omega
    w = broadened_mode_weights_smooth_cutoff(grid, modes, degeneracy, T_g, omega_c, fragility)
    keep = w > 1e-300
    return grid[keep], w[keep]
