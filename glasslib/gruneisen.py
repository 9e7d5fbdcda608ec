"""The negative Grüneisen parameter of glasses as an elastic Casimir effect (SI units).

Lubchenko & Wolynes, Adv. Chem. Phys. 136, 95 (2008), Section VI, Eqs. (74)–(82)
(paper key ``LW2008``; chapter 6 of the book).

Temperatures T, T_g, T_D in kelvin; lengths ξ, a in metres; bulk modulus K in Pa;
free energies per volume in J/m³; expansivities in 1/K.  The ripplon spectrum comes from
:mod:`glasslib.ripplons` (chapter 5) in units of ω_D, so ħω_l = k_B T_D·(ω_l/ω_D).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from scipy import special

from glasslib import units
from glasslib.validation import require_positive

__all__ = [
    "active_tls_density", "pair_coupling_sum", "ripplon_pair_sum_exact", "ripplon_pair_sum_paper",
    "rr_free_energy_coefficient", "bulk_modulus_scalar", "volume_expansivity_rr",
    "volume_expansivity_rr_eq75", "gruneisen_rr_eq76", "tls_heat_capacity", "gruneisen",
    "rT_energy_factor", "rT_free_energy_slope", "rT_free_energy_slope_paper",
    "volume_expansivity_rT", "gruneisen_rT_eq80", "geometric_factor_hypothesis", "breakdown_temperature", "TT_correction",
    "gruneisen_bound_eq82", "interaction_heat_capacity_ratio", "lindemann_ratio_from_coupling",
]


def active_tls_density(T: ArrayLike, T_g: float, xi: float) -> np.ndarray:
    """Density of thermally active tunnelling centres, ∫dε (1/T_gξ³)/(1 + e^{ε/T}) = ln2·T/(T_gξ³).

    Parameters
    ----------
    T, T_g : array_like
        Temperature and glass transition temperature (K).
    xi : float
        Mosaic size ξ (m).

    Returns
    -------
    ndarray
        Density (1/m³).

    References
    ----------
    LW2008, text after Eq. (74) (density of states Eq. 34 with |ε| ≪ T_g).
    """
    T = require_positive("T", T)
    Tg = require_positive("T_g", T_g)
    x = require_positive("xi", xi)
    return np.log(2.0) * T / (Tg * x**3)


def pair_coupling_sum(T_g: float, a: float, xi: float) -> np.ndarray:
    """∫_{r_0}^∞ 4πr² ⟨J²⟩ dr with ⟨J²⟩ = (2/3)(3/4π)²(k_BT_g)²(a/r)⁶, r_0³ = (3/4π)ξ³: (2/3)(k_BT_g)²a⁶/ξ³.

    Parameters
    ----------
    T_g : float
        Glass transition temperature (K).
    a, xi : float
        Molecular size and mosaic size (m).

    Returns
    -------
    ndarray
        J²·m³ (multiply by a partner density to get J²).

    References
    ----------
    LW2008, Eq. (70) and the text after Eq. (74).
    """
    Tg = require_positive("T_g", T_g)
    return (2.0 / 3.0) * (units.k_B * Tg) ** 2 * require_positive("a", a) ** 6 / require_positive("xi", xi) ** 3


def ripplon_pair_sum_exact(xi_over_a: float, l_max: int | None = None) -> float:
    """Σ_{l1,l2=2}^{l_max} (2l1+1)(2l2+1)/(ω_l1 + ω_l2), in units of 1/ω_D, from Eq. (33).

    Parameters
    ----------
    xi_over_a : float
        ξ/a.
    l_max : int, optional
        Largest harmonic (default of :func:`glasslib.ripplons.ripplon_modes`).

    Returns
    -------
    float
        The double sum × ω_D.

    References
    ----------
    LW2008, text after Eq. (74).
    """
    from glasslib.ripplons import ripplon_modes

    _, w, g = ripplon_modes(xi_over_a, 1.0, l_max)
    return float(np.sum(np.outer(g, g) / (w[:, None] + w[None, :])))


def ripplon_pair_sum_paper(xi_over_a: ArrayLike, geometric_factor: float = 3.0 / (4.0 * np.pi)) -> np.ndarray:
    """The paper's estimate of the harmonic double sum, 1.5 (3/4π) π³ (ξ/a)^{5/4}(ξ/a)³ (units 1/ω_D).

    Parameters
    ----------
    xi_over_a : array_like
        ξ/a (dimensionless).
    geometric_factor : float
        The factor printed as 3/4π (default). ``1.0`` drops it, for the hypothesis of
        :func:`geometric_factor_hypothesis`.

    References
    ----------
    LW2008, text after Eq. (74).
    """
    x = require_positive("xi_over_a", xi_over_a)
    return 1.5 * float(require_positive("geometric_factor", geometric_factor)) * np.pi**3 * x ** (17.0 / 4.0)


def rr_free_energy_coefficient(T: ArrayLike, T_g: float, T_D: float, xi: float, a: float,
                               harmonic_sum: float | None = None) -> np.ndarray:
    """Coefficient C_rr(T) of δV/V in δF_rr/V (J/m³), assembled from Eq. (74).

    δF_rr/V = −n_act² Σ_j⟨J²⟩ S/(k_BT_D) × (1 − δV/V)², so C_rr = 2 n_act² Σ⟨J²⟩ S/(k_BT_D),
    n_act from :func:`active_tls_density`, Σ⟨J²⟩ from :func:`pair_coupling_sum`, S the harmonic
    double sum in units of 1/ω_D (default: the paper's estimate; the paper's Σ_ij over ordered
    pairs is kept).  With the paper's S this is 1.5(ln2)²π² k_BT²/(ξ³T_D)(a/ξ)^{7/4}.

    Parameters
    ----------
    T, T_g, T_D : array_like
        Temperatures (K).
    xi, a : float
        ξ and a (m).
    harmonic_sum : float, optional
        S × ω_D; ``None`` uses :func:`ripplon_pair_sum_paper`.

    Returns
    -------
    ndarray
        C_rr (J/m³).

    References
    ----------
    LW2008, Eqs. (73)–(75) and the text between them.
    """
    TD = require_positive("T_D", T_D)
    S = ripplon_pair_sum_paper(xi / a) if harmonic_sum is None else require_positive("harmonic_sum", harmonic_sum)
    n = active_tls_density(T, T_g, xi)
    return 2.0 * n**2 * pair_coupling_sum(T_g, a, xi) * S / (units.k_B * TD)


def bulk_modulus_scalar(rho: float, c_s: float) -> np.ndarray:
    """K ≃ ρc_s²/3 from three scalar phonon branches (Pa).

    References
    ----------
    LW2008, text after Eq. (76).
    """
    return require_positive("rho", rho) * require_positive("c_s", c_s) ** 2 / 3.0


def volume_expansivity_rr(T: ArrayLike, T_g: float, T_D: float, xi: float, a: float, K: float,
                          harmonic_sum: float | None = None) -> np.ndarray:
    """(1/V)(∂V/∂T)_p from minimising (K/2)v² + C_rr(T) v: v = −C_rr/K ∝ T², so β = −2C_rr/(KT).

    Parameters
    ----------
    T, T_g, T_D : array_like
        Temperatures (K).
    xi, a : float
        ξ, a (m).
    K : float
        Bulk modulus (Pa).
    harmonic_sum : float, optional
        As in :func:`rr_free_energy_coefficient`.

    Returns
    -------
    ndarray
        Volume expansivity (1/K).

    References
    ----------
    LW2008, Eq. (75).
    """
    T = require_positive("T", T)
    return -2.0 * rr_free_energy_coefficient(T, T_g, T_D, xi, a, harmonic_sum) / (require_positive("K", K) * T)


def volume_expansivity_rr_eq75(T: ArrayLike, T_D: float, xi: float, a: float, K: float) -> np.ndarray:
    """Eq. (75) as printed: −3.0(ln2)²π² k_BT/(Kξ³T_D)(a/ξ)^{7/4} (1/K).

    References
    ----------
    LW2008, Eq. (75).
    """
    T = require_positive("T", T)
    xi = require_positive("xi", xi)
    return (-3.0 * np.log(2.0) ** 2 * np.pi**2 * units.k_B * T
            / (require_positive("K", K) * xi**3 * require_positive("T_D", T_D))
            * (require_positive("a", a) / xi) ** 1.75)


def gruneisen_rr_eq76(T_g: float, T_D: float, xi_over_a: float) -> np.ndarray:
    """Eq. (76) as printed: γ_rr ≃ −3.0(ln2)²π²(T_g/T_D)(a/ξ)^{7/4}.

    References
    ----------
    LW2008, Eq. (76).
    """
    return (-3.0 * np.log(2.0) ** 2 * np.pi**2 * require_positive("T_g", T_g) / require_positive("T_D", T_D)
            * require_positive("xi_over_a", xi_over_a) ** -1.75)


def tls_heat_capacity(T: ArrayLike, T_g: float, xi: float, prefactor: float = np.pi**2 / 6) -> np.ndarray:
    """TLS heat capacity per volume for the flat density 1/(T_gξ³): prefactor·k_B T/(T_gξ³) (J/(K m³)).

    The exact flat-DOS value has prefactor π²/6; ``prefactor=1`` is the order-of-magnitude
    form k_BT/(T_gξ³) that reproduces Eq. (76) from Eq. (75).

    References
    ----------
    LW2008, Eq. (34); Sec. III.
    """
    T = require_positive("T", T)
    return prefactor * units.k_B * T / (require_positive("T_g", T_g) * require_positive("xi", xi) ** 3)


def gruneisen(volume_expansivity: ArrayLike, K: float, c_V: ArrayLike) -> np.ndarray:
    """γ = (∂p/∂T)_V/c_V = Kβ/c_V (c_V per volume).

    References
    ----------
    LW2008, text after Eq. (75) (Kittel 1956).
    """
    return np.asarray(volume_expansivity, dtype=float) * require_positive("K", K) / require_positive("c_V", c_V)


def rT_energy_factor(omega_over_T_g: ArrayLike, exact: bool = True) -> np.ndarray:
    """T_g ∫_0^∞ dε e^{−ε/T_g}/(T_g(ω + ε)) = e^{x}E_1(x), x = ω/T_g; or ln(1/x) − γ_E (two orders).

    References
    ----------
    LW2008, text after Eq. (78).
    """
    x = require_positive("omega_over_T_g", omega_over_T_g)
    if exact:
        return special.exp1(x) * np.exp(x)
    return -np.log(x) - np.euler_gamma


def rT_free_energy_slope(T_g: float, T_D: float, xi: float, a: float, l_max: int | None = None,
                         exact: bool = True) -> float:
    """X₁ with δF_rT/V = X₁·T·(−1 + 2δV/V), assembled from Eq. (78) over the ripplon spectrum (J/(K m³)).

    X₁ T = n_act(T) · (1/ξ³) Σ⟨J²⟩ · Σ_l (2l+1) e^{x_l}E_1(x_l)/(k_BT_g),  x_l = ω_l/T_g.

    References
    ----------
    LW2008, Eq. (78) and the text after it.
    """
    from glasslib.ripplons import ripplon_modes

    Tg = float(require_positive("T_g", T_g))
    TD = float(require_positive("T_D", T_D))
    _, w, g = ripplon_modes(xi / a, 1.0, l_max)
    s = float(np.sum(g * rT_energy_factor(w * TD / Tg, exact)))
    return float(active_tls_density(1.0, Tg, xi) * pair_coupling_sum(Tg, a, xi) / xi**3 * s / (units.k_B * Tg))


def rT_free_energy_slope_paper(T_g: float, T_D: float, xi: float, a: float) -> float:
    """The paper's X₁ = 0.5 k_B/ξ³ (a/ξ)⁴ ln[2.0 (T_g/T_D)(ξ/a)^{1/4}] (J/(K m³)).

    References
    ----------
    LW2008, text after Eq. (78).
    """
    xi = float(require_positive("xi", xi))
    r = float(require_positive("a", a)) / xi
    return 0.5 * units.k_B / xi**3 * r**4 * np.log(2.0 * T_g / T_D * r**-0.25)


def volume_expansivity_rT(slope: float, K: float) -> float:
    """β_rT = −2X₁/K for δF_rT/V = X₁T(−1 + 2δV/V) (1/K); Eq. (79) with the paper's X₁.

    References
    ----------
    LW2008, Eq. (79).
    """
    return -2.0 * float(slope) / float(require_positive("K", K))


def gruneisen_rT_eq80(T: ArrayLike, T_g: float, T_D: float, xi_over_a: float) -> np.ndarray:
    """Eq. (80) as printed: γ_rT ≃ −1.0 (T_g/T)(a/ξ)⁴ ln[2.0(T_g/ω_D)(ξ/a)^{1/4}].

    References
    ----------
    LW2008, Eq. (80).
    """
    T = require_positive("T", T)
    x = float(require_positive("xi_over_a", xi_over_a))
    return -1.0 * T_g / T * x**-4 * np.log(2.0 * T_g / T_D * x**0.25)


def geometric_factor_hypothesis(T: float, T_g: float, T_D: float, xi: float, a: float, K: float,
                                xi_over_a: float) -> dict[str, float]:
    """Hypothesis for the printed α(1 K): the harmonic-sum estimate without its factor 3/4π.

    Multiplying δF_rr by 4π/3 (equivalently, a (3/4π) dropped from the harmonic-sum estimate or
    from r₀ = ξ(3/4π)^{1/3}) scales β_rr by 4π/3 and divides β_rT/β_rr by the same factor.

    Parameters
    ----------
    T, T_g, T_D : float
        Temperature, glass transition and Debye temperatures (K).
    xi, a : float
        ξ and a (m).
    K : float
        Bulk modulus (Pa).
    xi_over_a : float
        ξ/a used in the harmonic sum (dimensionless).

    Returns
    -------
    dict
        ``factor`` (β with the factor dropped over β with it), ``alpha`` (linear expansion
        coefficient β/3 under the hypothesis, 1/K), ``ratio`` (β_rT/β_rr under the hypothesis,
        with the paper's closed-form X₁).

    References
    ----------
    LW2008, Eqs. (75), (79) and the text after Eq. (74).
    """
    with_f = float(np.squeeze(volume_expansivity_rr(T, T_g, T_D, xi, a, K, float(ripplon_pair_sum_paper(xi_over_a)))))
    without = float(np.squeeze(volume_expansivity_rr(T, T_g, T_D, xi, a, K,
                                                     float(ripplon_pair_sum_paper(xi_over_a, geometric_factor=1.0)))))
    ratio = volume_expansivity_rT(rT_free_energy_slope_paper(T_g, T_D, xi, a), K) / without
    return {"factor": without / with_f, "alpha": without / 3.0, "ratio": ratio}


def breakdown_temperature(slope: float, T_g: float, xi: float) -> float:
    """T at which |δF_rT/V| = X₁T equals the free energy (π²/12)k_BT²/(T_gξ³) of free TLS (K).

    References
    ----------
    LW2008, text after Eq. (78): "below 10⁻³ T_g".
    """
    return float(12.0 * T_g * xi**3 * slope / (np.pi**2 * units.k_B))


def TT_correction(T_over_T_g: ArrayLike, n: int = 2000) -> np.ndarray:
    """1 − T_g⟨f⟩ for the TLS–TLS kernel f of Eq. (81) averaged over n(ε) = e^{−ε/T_g}/T_g.

    f(ε_i, ε_j) = [ε_i tanh(βε_i/2) − ε_j tanh(βε_j/2)]/(ε_i² − ε_j²); at T = 0, T_g⟨f⟩ = 1
    (the paper's δF_TT/V = −(2T_g/3ξ³)(a/ξ)⁶).  With ε = Tu the correction is
    t ∫∫ du dv e^{−t(u+v)}[1/(u+v) − f(u, v)|_{β=1}], t = T/T_g, evaluated on a logarithmic
    grid (10⁻⁹ … 50/t) directly as a difference, so that no cancellation is lost.

    Parameters
    ----------
    T_over_T_g : array_like
        t = T/T_g (> 0, ≲ 0.05).
    n : int
        Grid points per axis.

    Returns
    -------
    ndarray
        1 − T_g⟨f⟩ (the paper's two-term expansion writes it as −(π t)² ln(1/t)/3).

    References
    ----------
    LW2008, Eq. (81) and the text after it.
    """
    from glasslib.quantum_mixing import delta_F_TT_eq81

    t = np.atleast_1d(require_positive("T_over_T_g", T_over_T_g))
    out = np.empty_like(t)
    for k, tk in enumerate(t):   # a few temperatures; each a vectorised 2-D quadrature
        lu = np.linspace(np.log(1e-9), np.log(50.0 / tk), n)
        u = np.exp(lu)
        w = np.full(n, lu[1] - lu[0])
        w[[0, -1]] *= 0.5
        wu = w * u * np.exp(-tk * u)
        D = 1.0 / (u[:, None] + u[None, :]) + delta_F_TT_eq81(u[:, None], u[None, :], 1.0)
        out[k] = tk * (wu @ D @ wu)
    return out


def gruneisen_bound_eq82(rho: float, c_s: float, a: float, T_g: float) -> float:
    """|γ| < (12 ln2/π²) g/(k_BT_g) = (12 ln2/π²)√(ρc_s²a³/k_BT_g) = (12 ln2/π²)(a/d_L).

    References
    ----------
    LW2008, Eq. (82).
    """
    ratio = (require_positive("rho", rho) * require_positive("c_s", c_s) ** 2 * require_positive("a", a) ** 3
             / (units.k_B * require_positive("T_g", T_g)))
    return float(12.0 * np.log(2.0) / np.pi**2 * np.sqrt(ratio))


def lindemann_ratio_from_coupling(rho: float, c_s: float, a: float, T_g: float) -> float:
    """d_L/a = √(k_BT_g/(ρc_s²a³)), the identity used in Eq. (82).

    References
    ----------
    LW2008, Eq. (82); footnote 5.
    """
    return float(np.sqrt(units.k_B * require_positive("T_g", T_g)
                         / (require_positive("rho", rho) * require_positive("c_s", c_s) ** 2
                            * require_positive("a", a) ** 3)))


def interaction_heat_capacity_ratio(xi_over_a: float, lindemann_ratio: float) -> float:
    """The paper's estimate 10(a/ξ)⁵(d_L/a)² of C_interaction/C_TLS.

    References
    ----------
    LW2008, Sec. VI, after Eq. (81): "~10^{−4..5}".
    """
    return float(10.0 * require_positive("xi_over_a", xi_over_a) ** -5
                 * require_positive("lindemann_ratio", lindemann_ratio) ** 2)

