"""Zhou & Leggett (2022): the Meissner–Berret ratio from interacting generic blocks (floor 4).

The stress–stress tensor Λ̃ itself lives in :mod:`glasslib.elasticity`; this
module holds the paper's remaining formulas: the Section IV table and its
least-squares fits, the renormalisation recursion (Eqs. 4.1–4.4), the
lattice sums of the pair coupling over a super block (Eq. 3.6), the
Section V comparison of electric-dipole and stress–stress interaction
strengths and the dipolar crossover length (Eq. 5.9), and the distribution
of pair couplings J = Λ̃_ijkl T_ij T'_kl. The derivations are in chapter 7.

References
----------
D. Zhou and A. J. Leggett, "Generic microscopic theory for the universality of
glass TTLS Meissner–Berret ratio" (preprint, 19 July 2022).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Literal, Mapping

import numpy as np
from numpy.typing import ArrayLike
from scipy import stats

from . import units
from .elasticity import random_unit_vectors, stress_interaction_tensor
from .materials import RHO_KG_M3, SPEED_M_S, AcousticGlass, Column, read_table
from .validation import require_finite, require_positive

__all__ = [
    "meissner_berret_ratio_theory", "relative_deviation", "slope_through_origin", "pearson_r",
    "correlation_p_value", "TableFit", "fit_table", "OUTLIERS",
    "Section5Glass", "section5_glasses", "dipole_interaction_strength",
    "stress_interaction_strength", "dipole_to_stress_ratio", "renormalisation_flow", "eq42_absorption",
    "critical_length", "interaction_crossover_ratio", "random_stress_tensors", "pair_coupling_contracted", "pair_couplings", "pair_coupling_variance_exact",
    "cube_pair_displacements", "cube_pair_sum", "cube_pair_moments", "ball_pair_moments", "dipolar_critical_length",
    "rms_relative_error",
]

#: The three glasses the paper drops from its second fit (Section IV).
OUTLIERS: tuple[str, ...] = ("As2S3", "PMMA", "PS")


# ------------------------------------------------------------------ Section IV
def meissner_berret_ratio_theory(c_l: ArrayLike, c_t: ArrayLike) -> np.ndarray | float:
    """The paper's prediction γ_l/γ_t = c_l/c_t.

    Parameters
    ----------
    c_l, c_t : array_like
        Longitudinal and transverse sound speeds [m/s].

    Returns
    -------
    float or ndarray
        c_l/c_t (dimensionless).

    Raises
    ------
    ValueError
        If a speed is not positive.

    References
    ----------
    Zhou & Leggett (2022), Section IV, after Eq. (4.4).
    """
    out = require_positive("c_l", c_l) / require_positive("c_t", c_t)
    return float(out) if out.ndim == 0 else out


def relative_deviation(theory: ArrayLike, experiment: ArrayLike) -> np.ndarray | float:
    """(theory − experiment)/experiment, as a fraction (Section IV table, last column)."""
    th = require_finite("theory", theory)
    ex = require_positive("experiment", experiment)
    out = (th - ex) / ex
    return float(out) if out.ndim == 0 else out


def slope_through_origin(x: ArrayLike, y: ArrayLike) -> float:
    """Least-squares slope k of y = k x (no intercept): k = Σxy/Σx².

    Raises
    ------
    ValueError
        For arrays of different length, fewer than two points or Σx² = 0.
    """
    xa, ya = require_finite("x", x).ravel(), require_finite("y", y).ravel()
    if xa.shape != ya.shape or xa.size < 2:
        raise ValueError(f"x and y must have the same length >= 2, got {xa.size} and {ya.size}")
    sxx = float(xa @ xa)
    if sxx == 0:
        raise ValueError("x must not be all zero")
    return float(xa @ ya) / sxx


def pearson_r(x: ArrayLike, y: ArrayLike) -> float:
    """Pearson's correlation coefficient r of two samples."""
    xa, ya = require_finite("x", x).ravel(), require_finite("y", y).ravel()
    if xa.shape != ya.shape or xa.size < 3:
        raise ValueError(f"x and y must have the same length >= 3, got {xa.size} and {ya.size}")
    return float(np.corrcoef(xa, ya)[0, 1])


def correlation_p_value(r: float, n: int) -> float:
    """Two-sided p-value of Pearson's r for n points (t = r√(n−2)/√(1−r²), n−2 d.o.f.)."""
    r = float(require_finite("r", r))
    if not -1 < r < 1:
        raise ValueError(f"r must lie in (-1, 1), got {r}")
    if n < 3:
        raise ValueError(f"n must be >= 3, got {n}")
    t = r * np.sqrt((n - 2) / (1 - r * r))
    return float(2 * stats.t.sf(abs(t), n - 2))


@dataclass(frozen=True)
class TableFit:
    """A fit of theory against experiment over a set of glasses.

    Attributes
    ----------
    materials : tuple of str
    slope : float
        k of theory = k · experiment (least squares through the origin).
    r : float
        Pearson's r of (experiment, theory).
    p_value : float
        Two-sided significance of r.
    slope_ols, intercept_ols : float
        Ordinary least squares with an intercept, for comparison.
    """

    materials: tuple[str, ...]
    slope: float
    r: float
    p_value: float
    slope_ols: float
    intercept_ols: float


def fit_table(glasses: Mapping[str, AcousticGlass], *, exclude: Iterable[str] = (),
              columns: Literal["printed", "computed"] = "printed") -> TableFit:
    """The Section IV least-squares fit of (γ_l/γ_t)^theo against (γ_l/γ_t)^exp.

    Parameters
    ----------
    glasses : mapping
        From :func:`glasslib.materials.meissner_berret_glasses`.
    exclude : iterable of str
        Glasses left out (the paper's second fit drops :data:`OUTLIERS`).
    columns : {"printed", "computed"}
        ``"printed"`` fits the printed ratio columns (2–3 digits);
        ``"computed"`` recomputes them as γ_l/γ_t and c_l/c_t from the data.

    Returns
    -------
    TableFit

    References
    ----------
    Zhou & Leggett (2022), Section IV (text after the table) and Fig. 1.
    """
    excl = set(exclude)
    unknown = excl - set(glasses)
    if unknown:
        raise ValueError(f"exclude names unknown glasses {sorted(unknown)}")
    names = tuple(k for k in glasses if k not in excl)
    if columns == "printed":
        x = np.array([glasses[k].ratio_exp_paper for k in names])
        y = np.array([glasses[k].ratio_theo_paper for k in names])
    elif columns == "computed":
        x = np.array([glasses[k].gamma_l / glasses[k].gamma_t for k in names])
        y = np.array([meissner_berret_ratio_theory(glasses[k].c_l, glasses[k].c_t) for k in names])
    else:
        raise ValueError(f"columns must be 'printed' or 'computed', got {columns!r}")
    r = pearson_r(x, y)
    b, a = np.polyfit(x, y, 1)
    return TableFit(names, slope_through_origin(x, y), r, correlation_p_value(r, len(names)),
                    float(b), float(a))


# ------------------------------------------------------------------ Section V
SECTION5_TABLE = "zhou_leggett_2022_section5.csv"
_S5_COLUMNS = (
    Column("material", "text"), Column("n0M2_erg_cm3"), Column("epsilon_r"), Column("neMu2_gaussian"),
    Column("rho_g_cm3", plausible=tuple(float(units.kg_m3_to_g_cm3(x)) for x in RHO_KG_M3)),
    Column("c_cm_s", plausible=tuple(float(units.m_s_to_cm_s(x)) for x in SPEED_M_S)), Column("source", "text"),
)


@dataclass(frozen=True)
class Section5Glass:
    """Inputs of Section V for one glass, in SI (the dipole term stays Gaussian-dimensionless).

    Attributes
    ----------
    name : str
    n0M2 : float
        TTLS density times squared coupling n₀M² [J/m³].
    epsilon_r : float
        Relative dielectric constant.
    neMu2 : float
        n_e μ², dimensionless in Gaussian units (P̄μ² with P̄ in erg⁻¹cm⁻³, μ in esu·cm).
    rho : float
        Density [kg/m³].
    c : float
        Sound speed [m/s].
    source : str
    """

    name: str
    n0M2: float
    epsilon_r: float
    neMu2: float
    rho: float
    c: float
    source: str


def section5_glasses(path: os.PathLike | str = SECTION5_TABLE) -> dict[str, Section5Glass]:
    """BK7 and SiO₂ inputs quoted in Section V (data/zhou_leggett_2022_section5.csv).

    Raises
    ------
    glasslib.materials.DataError
        For a malformed file (names file, line and column).
    """
    rows = read_table(path, _S5_COLUMNS)
    erg_cm3 = units.erg / 1.0e-6          # 1 erg/cm³ in J/m³
    return {
        name: Section5Glass(name, r["n0M2_erg_cm3"] * erg_cm3, r["epsilon_r"], r["neMu2_gaussian"],
                            float(units.g_cm3_to_kg_m3(r["rho_g_cm3"])),
                            float(units.cm_s_to_m_s(r["c_cm_s"])), r["source"])
        for name, r in rows.items()
    }


def dipole_interaction_strength(neMu2: ArrayLike, epsilon_r: ArrayLike) -> np.ndarray | float:
    """Dimensionless electric dipole–dipole strength n_eμ²/ε (Gaussian units).

    References
    ----------
    Zhou & Leggett (2022), Section V, p. 9.
    """
    out = require_positive("neMu2", neMu2) / require_positive("epsilon_r", epsilon_r)
    return float(out) if out.ndim == 0 else out


def stress_interaction_strength(n0M2: ArrayLike, rho: ArrayLike, c: ArrayLike) -> np.ndarray | float:
    """Dimensionless stress–stress strength n₀M²/(ρc²).

    Parameters
    ----------
    n0M2 : array_like
        [J/m³].
    rho : array_like
        [kg/m³].
    c : array_like
        [m/s].

    References
    ----------
    Zhou & Leggett (2022), Section V, p. 9.
    """
    out = require_positive("n0M2", n0M2) / (require_positive("rho", rho) * require_positive("c", c) ** 2)
    return float(out) if out.ndim == 0 else out


def dipole_to_stress_ratio(glass: Section5Glass, *, same_footing: bool = False) -> float:
    """Ratio of the dipole and stress interaction strengths of Section V.

    ``same_footing=False`` is the paper's comparison (n_eμ²/ε) : (n₀M²/ρc²).
    ``same_footing=True`` compares the two pair couplings with their actual
    prefactors: per pair, in Gaussian units, the dipole kernel is
    (δ − 3nn)/(ε r³) while the stress kernel of Eq. (2.17) is
    Λ̃/(4πρc_t² r³), so the stress side carries an extra 1/(4π) and the
    ratio is 4π times the paper's.  (Equivalently: Eq. 5.2's 1/(8πε) is the SI
    form with ε = ε₀ε_r, and n_eμ²/(ε₀ε_r) in SI is 4π n_eμ²/ε_r in Gaussian.)

    References
    ----------
    Zhou & Leggett (2022), Section V and Eqs. (2.17), (5.2).
    """
    ratio = (dipole_interaction_strength(glass.neMu2, glass.epsilon_r)
             / stress_interaction_strength(glass.n0M2, glass.rho, glass.c))
    return float(4.0 * np.pi * ratio if same_footing else ratio)


# ------------------------------------------------------------------ Section IV recursion
def renormalisation_flow(eps_single_L1: float, eps23_L1: float, v: float, N0: int,
                         n_steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Iterate the recursion Eq. (4.1) for the absorption rate per volume.

    Per volume (the definitions after Eq. 4.1), Eq. (4.1) reads
    ε(L_{n+1}) = ε(L_n) + ε⁽²'³⁾(L_n) + v,  L_{n+1} = N₀L_n,
    with ε⁽²'³⁾(L_n) = ε⁽²'³⁾(L₁)(L₁/L_n)³ (the L⁻³ scaling of Eq. 4.3) and the
    interaction term v scale-invariant.

    Parameters
    ----------
    eps_single_L1, eps23_L1, v : float
        ε(L₁), ε⁽²'³⁾(L₁) and v in any common unit (≥ 0).
    N0 : int
        Blocks per side combined at each step (≥ 2).
    n_steps : int
        Number of steps (≥ 0).

    Returns
    -------
    (steps, eps) : ndarray of int and ndarray
        n = 0 … n_steps and ε(L_{n+1}) (eps[0] = ε(L₁)).

    References
    ----------
    Zhou & Leggett (2022), Eqs. (4.1)–(4.3).
    """
    for name, val in (("eps_single_L1", eps_single_L1), ("eps23_L1", eps23_L1), ("v", v)):
        if not (np.isfinite(val) and val >= 0):
            raise ValueError(f"{name} must be finite and non-negative, got {val!r}")
    if int(N0) != N0 or N0 < 2:
        raise ValueError(f"N0 must be an integer >= 2, got {N0!r}")
    if int(n_steps) != n_steps or n_steps < 0:
        raise ValueError(f"n_steps must be a non-negative integer, got {n_steps!r}")
    steps = np.arange(n_steps + 1)
    increments = eps23_L1 * float(N0) ** (-3.0 * steps[:-1]) + v
    eps = eps_single_L1 + np.concatenate([[0.0], np.cumsum(increments)])
    return steps, eps


def eq42_absorption(eps_single_L1: float, eps23_L1: float, v: float, N0: int,
                    R_over_L1: ArrayLike) -> np.ndarray | float:
    """Eq. (4.2): ε(R) = ε(L₁) + ε⁽²'³⁾(L₁) + v log_{N₀}(R/L₁).

    References
    ----------
    Zhou & Leggett (2022), Eq. (4.2).
    """
    ratio = require_positive("R_over_L1", R_over_L1)
    out = eps_single_L1 + eps23_L1 + v * np.log(ratio) / np.log(N0)
    return float(out) if np.ndim(out) == 0 else out


def critical_length(omega: float, omega_c: float, rho: float, c: float) -> float:
    """L_c at which ε⁽²'³⁾(L) and v become comparable, Eq. (4.3) with ħ restored.

    L_c³ = ħ ω_c / (ρ c² ln(ω_c/ω)); the paper sets ħ = 1, so the energy ħω_c
    is our reading of the dimensions of Eq. (4.3).

    Parameters
    ----------
    omega, omega_c : float
        Phonon and cut-off angular frequencies [rad/s], ω_c > ω.
    rho : float
        Density [kg/m³].
    c : float
        Sound speed [m/s].

    Returns
    -------
    float
        L_c [m].

    References
    ----------
    Zhou & Leggett (2022), Eq. (4.3) and the estimate after it.
    """
    w = float(require_positive("omega", omega))
    wc = float(require_positive("omega_c", omega_c))
    if wc <= w:
        raise ValueError(f"omega_c must exceed omega, got {wc} <= {w}")
    ln = np.log(wc / w)
    return float((units.hbar * wc / (require_positive("rho", rho) * require_positive("c", c) ** 2 * ln))
                 ** (1.0 / 3.0))


def interaction_crossover_ratio(L: ArrayLike, L_c: float) -> np.ndarray | float:
    """ε⁽²'³⁾(L)/v = (L_c/L)³: Eq. (4.3)'s L⁻³ scaling, normalised at the crossover length L_c.

    L_c is defined (text after Eq. 4.3) as the length at which ε⁽²'³⁾(L) and v are equal;
    with ε⁽²'³⁾ ∝ L⁻³ and v scale-invariant this fixes the ratio at every L.

    Parameters
    ----------
    L : array_like
        Block size [m].
    L_c : float
        Crossover length [m], e.g. from :func:`critical_length`.

    Returns
    -------
    ndarray or float
        ε⁽²'³⁾(L)/v (dimensionless).

    References
    ----------
    Zhou & Leggett (2022), Eq. (4.3) and the estimate after it.
    """
    return (float(require_positive("L_c", L_c)) / require_positive("L", L)) ** 3


# ------------------------------------------------------------------ pair couplings
def random_stress_tensors(rng: np.random.Generator, size: int,
                          kind: Literal["traceless", "carruzzo_yu"] = "traceless") -> np.ndarray:
    """Isotropically random symmetric stress tensors, shape (size, 3, 3), with ⟨tr T²⟩ = 2.

    ``"traceless"``: symmetric traceless Gaussian tensors (isotropic ensemble).
    ``"carruzzo_yu"``: T = R(ẑẑ − ŷŷ)Rᵀ with R a uniformly random rotation,
    the form used by Carruzzo & Yu (2020) (tr T² = 2 exactly).
    """
    if size < 1:
        raise ValueError(f"size must be >= 1, got {size}")
    if kind == "traceless":
        a = rng.normal(size=(size, 3, 3))
        s = 0.5 * (a + a.transpose(0, 2, 1))
        s -= np.trace(s, axis1=1, axis2=2)[:, None, None] * np.eye(3) / 3.0
        # E[tr s²] = 5 (3·2/3 + 3·1/2·... ) → normalise the ensemble to ⟨tr T²⟩ = 2
        return s * np.sqrt(2.0 / 5.0)
    if kind == "carruzzo_yu":
        # random rotation from a random unit quaternion
        qv = rng.normal(size=(size, 4))
        qv /= np.linalg.norm(qv, axis=1, keepdims=True)
        w, x, y, z = qv.T
        R = np.stack([
            np.stack([1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)], -1),
            np.stack([2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)], -1),
            np.stack([2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)], -1)], -2)
        base = np.diag([0.0, -1.0, 1.0])
        return (R * np.diag(base)[None, None, :]) @ R.transpose(0, 2, 1)
    raise ValueError(f"kind must be 'traceless' or 'carruzzo_yu', got {kind!r}")


def pair_coupling_contracted(n: np.ndarray, t1: np.ndarray, t2: np.ndarray, alpha: float) -> np.ndarray:
    """J = Λ̃_ijkl(n, α) T_ij T'_kl for symmetric T, T', contracted in closed form.

    With u = T n, u' = T' n, a = n·T·n, a' = n·T'·n:
    J = tr(TT') − 3 u·u' + (α/2)[−trT trT' − 2 tr(TT') + 3(a trT' + a' trT + 4 u·u') − 15 a a'].
    Equal to the full einsum over (…, 3, 3, 3, 3) (see the tests) at a fraction of the cost.

    Parameters
    ----------
    n : ndarray (N, 3)
        Unit vectors.
    t1, t2 : ndarray (N, 3, 3)
        Symmetric tensors.
    alpha : float

    Returns
    -------
    ndarray (N,)
    """
    u1 = (t1 @ n[..., None])[..., 0]
    u2 = (t2 @ n[..., None])[..., 0]
    uu = (u1 * u2).sum(axis=-1)
    tt = (t1 * t2).sum(axis=(-1, -2))
    a1 = (u1 * n).sum(axis=-1)
    a2 = (u2 * n).sum(axis=-1)
    tr1 = np.trace(t1, axis1=-2, axis2=-1)
    tr2 = np.trace(t2, axis1=-2, axis2=-1)
    return tt - 3.0 * uu + 0.5 * alpha * (-tr1 * tr2 - 2.0 * tt + 3.0 * (a1 * tr2 + a2 * tr1 + 4.0 * uu)
                                          - 15.0 * a1 * a2)


def pair_couplings(rng: np.random.Generator, n_pairs: int, alpha: float, *,
                   kind: Literal["traceless", "carruzzo_yu"] = "traceless") -> np.ndarray:
    """Dimensionless pair couplings J = Λ̃_ijkl(n, α) T_ij T'_kl for random n, T, T'.

    The physical coupling is −J/(8πρc_t²r³) times the stress scales of the
    two blocks.  Directions n are isotropic; T, T' from :func:`random_stress_tensors`.

    Parameters
    ----------
    rng : numpy.random.Generator
    n_pairs : int
    alpha : float
        α = 1 − c_t²/c_l².
    kind : {"traceless", "carruzzo_yu"}
        Ensemble of :func:`random_stress_tensors`.

    Returns
    -------
    ndarray (n_pairs,)

    References
    ----------
    Zhou & Leggett (2022), Eqs. (2.17)–(2.19).
    """
    if n_pairs < 1:
        raise ValueError(f"n_pairs must be >= 1, got {n_pairs}")
    a = float(require_finite("alpha", alpha))
    n = random_unit_vectors(rng, n_pairs)
    t1 = random_stress_tensors(rng, n_pairs, kind)
    t2 = random_stress_tensors(rng, n_pairs, kind)
    return pair_coupling_contracted(n, t1, t2, a)


def pair_coupling_variance_exact(alpha: float) -> float:
    """⟨J²⟩ for isotropic traceless T, T' with ⟨tr T²⟩ = 2.

    The covariance of such tensors is ⟨T_ijT_ab⟩ = (1/5)(δ_iaδ_jb + δ_ibδ_ja
    − ⅔δ_ijδ_ab); contracted with Λ̃(n)Λ̃(n) it is rotation invariant, so it
    may be evaluated at n = ẑ.
    """
    d = np.eye(3)
    cov = (np.einsum("ia,jb->ijab", d, d) + np.einsum("ib,ja->ijab", d, d)
           - 2.0 / 3.0 * np.einsum("ij,ab->ijab", d, d)) / 5.0
    lt = stress_interaction_tensor(np.array([0.0, 0.0, 1.0]), alpha)
    return float(np.einsum("ijkl,abcd,ijab,klcd->", lt, lt, cov, cov))


# ------------------------------------------------------------------ lattice sums (Eq. 3.6)
def _cube_size(N: int) -> int:
    if int(N) != N or N < 2:
        raise ValueError(f"N must be an integer >= 2, got {N!r}")
    return int(N)


def cube_pair_displacements(N: int) -> tuple[np.ndarray, np.ndarray]:
    """Displacements of all ordered pairs of sites of an N×N×N simple-cubic block, per site.

    A displacement d = x_s' − x_s (lattice units, d ≠ 0) occurs for
    (N − |d_x|)(N − |d_y|)(N − |d_z|) ordered pairs; dividing by N³ gives its
    weight per site, so Σ_d w(d) f(d) = N⁻³ Σ_{s≠s'} f(x_s' − x_s).

    Parameters
    ----------
    N : int
        Blocks per side (≥ 2).

    Returns
    -------
    (d, w) : ndarray (M, 3) and ndarray (M,)
        The M = (2N − 1)³ − 1 displacements [lattice units] and their weights per site.

    References
    ----------
    Zhou & Leggett (2022), Eqs. (2.19), (3.6): the N₀³ blocks of a super block.
    """
    N = _cube_size(N)
    r = np.arange(-(N - 1), N)
    w1 = (N - np.abs(r)).astype(float) / N
    dx, dy, dz = np.meshgrid(r, r, r, indexing="ij")
    d = np.stack([dx.ravel(), dy.ravel(), dz.ravel()], axis=1).astype(float)
    w = (w1[:, None, None] * w1[None, :, None] * w1[None, None, :]).ravel()
    keep = np.any(d != 0, axis=1)
    return d[keep], w[keep]


def cube_pair_sum(N: int, alpha: float, A: ArrayLike) -> float:
    """Per-site pair sum P_A(N) = N⁻³ Σ_{s≠s'} Λ̃_ijkl(n_ss', α) A_ij A_kl / |x_ss'|³ by brute force.

    The physical first-order coupling of the blocks' responses A = χ·e is
    −P_A/(8πρc_t²L³) per block (Eq. 2.17 with r = L|d|); this is the lattice
    sum that carries the ln N₀ of Eq. (3.6).

    Parameters
    ----------
    N : int
        Blocks per side (≥ 2).
    alpha : float
        α = 1 − c_t²/c_l².
    A : array_like (3, 3)
        Symmetric tensor contracted on both pairs of indices.

    Returns
    -------
    float
        P_A(N), lattice units (dimensionless).

    References
    ----------
    Zhou & Leggett (2022), Eqs. (2.17)–(2.19), (3.6).
    """
    a = np.asarray(A, dtype=float)
    if a.shape != (3, 3) or not np.allclose(a, a.T):
        raise ValueError(f"A must be a symmetric 3x3 tensor, got shape {a.shape}")
    d, w = cube_pair_displacements(N)
    r = np.linalg.norm(d, axis=1)
    n = d / r[:, None]
    t = np.broadcast_to(a, (len(n), 3, 3))
    J = pair_coupling_contracted(n, t, t, float(require_finite("alpha", alpha)))
    return float(np.sum(w * J / r**3))


def cube_pair_moments(N: int) -> tuple[float, float]:
    """The two lattice moments that fix every pair sum of a rank-4 tensor in n over an N³ cube.

    M₀(N) = N⁻³ Σ_{s≠s'} 1/r³ and D(N) = N⁻³ Σ_{s≠s'} (n_x⁴ − 1/5)/r³ (lattice
    units). By the cubic symmetry of the block, Σ n_in_j/r³ = (M₀/3)δ_ij and
    Σ n_in_jn_kn_l/r³ = (M₀/15)S0_ijkl + (5D/2)(δ_ijkl − S0_ijkl/5), where
    δ_ijkl is 1 when all four indices are equal. Computed on one octant with
    multiplicities 2^(number of non-zero components).

    Parameters
    ----------
    N : int
        Blocks per side (≥ 2).

    Returns
    -------
    (M0, D) : float, float

    References
    ----------
    Zhou & Leggett (2022), Eqs. (2.19), (3.6).
    """
    N = _cube_size(N)
    k = np.arange(N)
    w1 = (N - k).astype(float) / N
    mult1 = np.where(k == 0, 1.0, 2.0)
    kx, ky, kz = np.meshgrid(k, k, k, indexing="ij", sparse=True)
    r2 = (kx * kx + ky * ky + kz * kz).astype(float)
    r2[0, 0, 0] = np.inf
    wt = (w1 * mult1)[:, None, None] * (w1 * mult1)[None, :, None] * (w1 * mult1)[None, None, :]
    inv_r3 = r2 ** -1.5
    M0 = float(np.sum(wt * inv_r3))
    nx4 = (kx * kx).astype(float) ** 2 / r2**2
    D = float(np.sum(wt * (nx4 - 0.2) * inv_r3))
    return M0, D


def ball_pair_moments(radius: float) -> tuple[float, float]:
    """The moments M₀ and D of :func:`cube_pair_moments` for one site and the simple-cubic lattice points 0 < |d| ≤ radius.

    M₀ = Σ 1/|d|³ and D = Σ (n_x⁴ − 1/5)/|d|³ (lattice units) over a ball around a site of an
    infinite lattice, instead of the per-site average over a finite cube: the same lattice sums
    for another shape of the summation region.

    Parameters
    ----------
    radius : float
        Radius of the ball [lattice units], ≥ 1.

    Returns
    -------
    (M0, D) : float, float

    References
    ----------
    Zhou & Leggett (2022), Eqs. (2.19), (3.6).
    """
    rad = float(require_finite("radius", radius))
    if rad < 1:
        raise ValueError(f"radius must be >= 1, got {radius!r}")
    k = np.arange(int(np.floor(rad)) + 1)
    mult = np.where(k == 0, 1.0, 2.0)
    kx, ky, kz = np.meshgrid(k, k, k, indexing="ij", sparse=True)
    r2 = (kx * kx + ky * ky + kz * kz).astype(float)
    inside = (r2 > 0) & (r2 <= rad * rad)
    wt = mult[:, None, None] * mult[None, :, None] * mult[None, None, :] * inside
    r2_safe = np.where(inside, r2, 1.0)
    inv_r3 = r2_safe ** -1.5
    M0 = float(np.sum(wt * inv_r3))
    D = float(np.sum(wt * ((kx * kx).astype(float) ** 2 / r2_safe**2 - 0.2) * inv_r3))
    return M0, D


def dipolar_critical_length(dipole_to_stress: ArrayLike, omega: float, omega_c: float, rho: float,
                            c: float) -> np.ndarray | float:
    """L_c of Eq. (5.9): the block size where v̇ overtakes the dipolar absorption.

    L_c³ = (Imχ̃/ε)²/(Imχ̃_t/ρc²)² · ħω_c/(ρc² ln(ω_c/ω)), i.e. the stress
    crossover length of Eq. (4.3) (:func:`critical_length`) times R^(2/3), with
    R = (Imχ̃/ε)/(Imχ̃_t/ρc²) the dipole-to-stress strength ratio of Section V.

    Parameters
    ----------
    dipole_to_stress : array_like
        R (dimensionless, > 0).
    omega, omega_c : float
        [rad/s], ω_c > ω.
    rho : float
        [kg/m³].
    c : float
        [m/s].

    Returns
    -------
    float or ndarray
        L_c [m].

    References
    ----------
    Zhou & Leggett (2022), Eq. (5.9) and the text after it.
    """
    R = require_positive("dipole_to_stress", dipole_to_stress)
    out = R ** (2.0 / 3.0) * critical_length(omega, omega_c, rho, c)
    return float(out) if np.ndim(out) == 0 else out


def rms_relative_error(predicted: ArrayLike, measured: ArrayLike) -> float:
    """√⟨((predicted − measured)/measured)²⟩ over a set of glasses.

    Raises
    ------
    ValueError
        For arrays of different length or a non-positive measured value.
    """
    p = np.ravel(require_finite("predicted", predicted))
    m = np.ravel(require_positive("measured", measured))
    if p.size == 1 and m.size > 1:              # one prediction for every glass (a constant model)
        p = np.full(m.shape, p[0])
    if p.size != m.size or m.size < 1:
        raise ValueError(f"predicted and measured must have the same non-zero length, got {p.size}, {m.size}")
    return float(np.sqrt(np.mean(((p - m) / m) ** 2)))
