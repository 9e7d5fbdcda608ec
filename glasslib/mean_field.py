"""The "poor man's" Gaussian random mean field of interacting TLS, and its Monte Carlo check.

TLS i at r_i with coupling γ_i and orientation sign x_i interact through
J_ij = γ_i x_i γ_j x_j / (ρ v² r_ij³) (Supplement Eq. 18).  With frozen
m_j = ±1, the local field is h_i = Σ_j J_ij m_j (Eq. 19).  Carruzzo and Yu
take h Gaussian with variance σ² = Σ_j ⟨J_ij²⟩ (Eqs. 20–24),

    σ² = (γ_max²/(2ρv²))² (4π/(3V_o))²,

where the sum over neighbours is an integral from R_o, (4π/3)R_o³ = V_o, and
V_o is the volume per TLS.  The density of asymmetries per volume is then
ñ_o = 2 P(h = 0)/V_o = (6/(2π)^{3/2}) ρv²/γ_max² (Eq. 25).

The Monte Carlo places TLS uniformly at random in a periodic cube, draws
γ² uniform on [0, γ_max²] and x_i = ±1, keeps neighbours at r > R_o (minimum
image), and returns the fields h_i, so that the Gaussian estimate of P(h ≈ 0)
can be tested.  It works in reduced units (ρv² = γ_max = V_o = 1 unless given).

References
----------
H. M. Carruzzo and C. C. Yu, Phys. Rev. Lett. 124, 075902 (2020), Eq. (7);
Supplemental Material Eqs. (17)–(25).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .validation import require_positive

__all__ = [
    "exclusion_radius", "gaussian_field_variance", "gaussian_density_at_zero",
    "asymmetry_density_of_states", "local_fields_monte_carlo",
    "local_fields_and_couplings_monte_carlo", "density_near_zero", "coupling_mixing_factor",
]


def exclusion_radius(V_o: ArrayLike) -> np.ndarray:
    """R_o with (4π/3)R_o³ = V_o [m] (Supplement, before Eq. 24)."""
    V_o = require_positive("V_o", V_o)
    return (3.0 * V_o / (4.0 * np.pi)) ** (1.0 / 3.0)


def gaussian_field_variance(gamma_max: ArrayLike, rho_v2: ArrayLike, V_o: ArrayLike,
                            R_o: ArrayLike | None = None) -> np.ndarray:
    """σ² = (⟨γ²⟩/ρv²)² (1/V_o) ∫_{R_o}^∞ 4πr²/r⁶ dr = (γ_max²/(2ρv²))² 4π/(3 V_o R_o³) [J²].

    Parameters
    ----------
    gamma_max : array_like
        Maximal coupling [J].
    rho_v2 : array_like
        Elastic modulus ρv² [J/m³].
    V_o : array_like
        Volume per TLS [m³].
    R_o : array_like, optional
        Cutoff radius [m]; default :func:`exclusion_radius` (V_o), which gives
        the paper's (γ_max²/2ρv²)²(4π/3V_o)².

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eqs. (23)–(24).
    """
    gamma_max = require_positive("gamma_max", gamma_max)
    rho_v2 = require_positive("rho_v2", rho_v2)
    V_o = require_positive("V_o", V_o)
    R_o = exclusion_radius(V_o) if R_o is None else require_positive("R_o", R_o)
    return (gamma_max**2 / (2.0 * rho_v2)) ** 2 * 4.0 * np.pi / (3.0 * V_o * R_o**3)


def gaussian_density_at_zero(gamma_max: ArrayLike, rho_v2: ArrayLike, V_o: ArrayLike,
                             R_o: ArrayLike | None = None) -> np.ndarray:
    """P(h = 0) = 1/√(2πσ²) [J⁻¹] of the Gaussian local field.

    References
    ----------
    Carruzzo & Yu (2020), Supplement, before Eq. (25).
    """
    return 1.0 / np.sqrt(2.0 * np.pi * gaussian_field_variance(gamma_max, rho_v2, V_o, R_o))


def asymmetry_density_of_states(gamma_max: ArrayLike, rho_v2: ArrayLike) -> np.ndarray:
    """ñ_o = 2P(h=0)/V_o = (6/(2π)^{3/2}) ρv²/γ_max² [J⁻¹ m⁻³] (independent of V_o).

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eq. (25); main text Eq. (7) rounds 0.381 to 1/3.
    """
    gamma_max = require_positive("gamma_max", gamma_max)
    rho_v2 = require_positive("rho_v2", rho_v2)
    return 6.0 / (2.0 * np.pi) ** 1.5 * rho_v2 / gamma_max**2


def local_fields_and_couplings_monte_carlo(
        n: int, rng: np.random.Generator, *, R_o_factor: float = 1.0, gamma_max: float = 1.0,
        rho_v2: float = 1.0, V_o: float = 1.0,
        orientation: str = "sign") -> tuple[np.ndarray, np.ndarray]:
    """Local fields h_i = Σ_j J_ij m_j of ``n`` TLS, and their own couplings γ_i.

    Since J_ij ∝ γ_i, h_i/γ_i is the field per unit coupling: its distribution
    tests the Gaussian shape without the mixing over γ_i.

    Parameters
    ----------
    n : int
        Number of TLS (≥ 2); memory grows as n² (n = 2000 needs ~100 MB).
    rng : numpy.random.Generator
        Seeded generator.
    R_o_factor : float
        Cutoff radius in units of :func:`exclusion_radius` (V_o): pairs closer
        than R_o = R_o_factor·R_V are dropped, as in the paper's integral.
    gamma_max, rho_v2, V_o : float
        γ_max [J], ρv² [J/m³], volume per TLS [m³].
    orientation : {"sign", "gauss"}
        x_i = ±1, or x_i standard normal (both have ⟨x⟩ = 0, ⟨x²⟩ = 1).

    Returns
    -------
    h, gamma : ndarray, shape (n,)
        Local fields h_i [J] and couplings γ_i [J].

    Raises
    ------
    ValueError
        Bad ``n``, a non-positive parameter, or an unknown ``orientation``.

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eqs. (17)–(19).
    """
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 2:
        raise ValueError(f"n must be an integer >= 2, got {n!r}")
    R_o_factor = float(require_positive("R_o_factor", R_o_factor))
    gamma_max = float(require_positive("gamma_max", gamma_max))
    rho_v2 = float(require_positive("rho_v2", rho_v2))
    V_o = float(require_positive("V_o", V_o))
    if orientation not in ("sign", "gauss"):
        raise ValueError(f"orientation must be 'sign' or 'gauss', got {orientation!r}")
    L = (n * V_o) ** (1.0 / 3.0)
    R_o = R_o_factor * float(exclusion_radius(V_o))
    if R_o >= L / 2:
        raise ValueError(f"R_o_factor={R_o_factor} too large for n={n} (R_o must be < L/2)")
    pos = rng.uniform(0.0, L, (n, 3))
    gamma = gamma_max * np.sqrt(rng.uniform(0.0, 1.0, n))   # P(γ²) = 1/γ_max²
    x = rng.choice([-1.0, 1.0], n) if orientation == "sign" else rng.standard_normal(n)
    m = rng.choice([-1.0, 1.0], n)
    r2 = np.zeros((n, n))
    for a in range(3):                                        # one coordinate at a time: n² memory
        d = np.subtract.outer(pos[:, a], pos[:, a])
        d -= L * np.round(d / L)                              # minimum image
        r2 += d * d
    keep = (r2 > R_o**2) & (r2 <= (L / 2) ** 2)
    inv_r3 = np.zeros_like(r2)
    inv_r3[keep] = r2[keep] ** -1.5
    q = gamma * x
    return q * (inv_r3 @ (q * m)) / rho_v2, gamma


def local_fields_monte_carlo(n: int, rng: np.random.Generator, *, R_o_factor: float = 1.0,
                             gamma_max: float = 1.0, rho_v2: float = 1.0, V_o: float = 1.0,
                             orientation: str = "sign") -> np.ndarray:
    """Local fields h_i = Σ_j J_ij m_j of ``n`` TLS in a periodic cube of volume n V_o [J].

    Same draws and arguments as :func:`local_fields_and_couplings_monte_carlo`,
    returning only h.

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eqs. (17)–(19).
    """
    return local_fields_and_couplings_monte_carlo(
        n, rng, R_o_factor=R_o_factor, gamma_max=gamma_max, rho_v2=rho_v2, V_o=V_o,
        orientation=orientation)[0]


def density_near_zero(h: ArrayLike, width: float) -> float:
    """Estimate of P(h = 0): the fraction of |h| < width/2, divided by width [1/(unit of h)]."""
    h = np.asarray(h, dtype=float)
    width = float(require_positive("width", width))
    return float(np.mean(np.abs(h) < width / 2.0) / width)


def coupling_mixing_factor(gamma: ArrayLike) -> float:
    """⟨1/γ⟩√⟨γ²⟩ of a sample of couplings (dimensionless).

    If h_i = γ_i g_i with g_i Gaussian and independent of γ_i, P(h = 0) exceeds
    the Gaussian of the same variance by this factor (√2 for P(γ²) flat on
    [0, γ_max²]).

    Raises
    ------
    ValueError
        If a coupling is not positive.

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eqs. (18)–(24): J_ij ∝ γ_i γ_j.
    """
    gamma = require_positive("gamma", gamma)
    return float(np.mean(1.0 / gamma) * np.sqrt(np.mean(gamma**2)))
