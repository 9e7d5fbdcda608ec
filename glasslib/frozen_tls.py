"""Frozen states of interacting TLS: the test of the poor man's mean field.

Carruzzo & Yu's Supplement takes the frozen TLS of
H = ½ Σ_{i≠j} J_ij σ_i σ_j (Supp. Eq. 17), J_ij = γ_i x_i γ_j x_j/(ρv² r_ij³)
(Supp. Eq. 18), with fields h_i = Σ_j J_ij m_j (Supp. Eq. 19), and assumes the
frozen m_j uncorrelated with the J's (Supp. Eqs. 20–21), so that h is a Gaussian
of variance σ² = Σ_j⟨J_ij²⟩ (Supp. Eqs. 22–24).  A real frozen state is not
random: each spin is aligned with its field.  This module builds the interacting
system and relaxes it to single-flip-stable states, so that the field
distribution near h = 0 can be measured rather than assumed.

Everything is in reduced units unless given: ρv² = γ_max = V_o = 1, so fields
are in units of γ_max²/(ρv²V_o).  Dense N×N couplings (N of a few thousand).

References
----------
H. M. Carruzzo and C. C. Yu, Phys. Rev. Lett. 124, 075902 (2020), Supplemental
Material, Eqs. (17)–(25); A. L. Burin, J. Low Temp. Phys. 100, 309 (1995) (the
dipole gap the Supplement cites as its Ref. [2]).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .validation import require_positive

__all__ = [
    "random_positions", "draw_couplings", "coupling_matrix", "local_fields", "energy",
    "flip_gains", "is_single_flip_stable", "greedy_quench", "anneal", "field_density_ratio",
    "frozen_state_sample",
]

#: normalisation making ⟨x_ij²⟩ = 1 for the vector-dipole angular factor
#: n̂_i·n̂_j − 3(n̂_i·r̂)(n̂_j·r̂), whose mean square over random n̂_i, n̂_j is 2/3.
_DIPOLAR_NORM = np.sqrt(1.5)


def random_positions(n: int, rng: np.random.Generator, V_o: float = 1.0) -> tuple[np.ndarray, float]:
    """``n`` points uniform in a periodic cube of volume n·V_o.

    Returns
    -------
    pos : ndarray, shape (n, 3)
    L : float
        Edge of the cube.
    """
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 2:
        raise ValueError(f"n must be an integer >= 2, got {n!r}")
    V_o = float(require_positive("V_o", V_o))
    L = (n * V_o) ** (1.0 / 3.0)
    return rng.uniform(0.0, L, (n, 3)), L


def draw_couplings(n: int, rng: np.random.Generator, kind: str = "flat",
                   gamma_max: float = 1.0) -> np.ndarray:
    """Couplings γ_i: ``"flat"`` P(γ²) = 1/γ_max² on [0, γ_max²] (Supp. Eq. 3, used in
    Supp. Eq. 22), or ``"equal"`` γ_i = γ_max/√2 (the same ⟨γ²⟩ = γ_max²/2)."""
    gamma_max = float(require_positive("gamma_max", gamma_max))
    if kind == "flat":
        return gamma_max * np.sqrt(rng.uniform(0.0, 1.0, n))
    if kind == "equal":
        return np.full(n, gamma_max / np.sqrt(2.0))
    raise ValueError(f"kind must be 'flat' or 'equal', got {kind!r}")


def coupling_matrix(pos: ArrayLike, L: float, gamma: ArrayLike, *, x: ArrayLike | None = None,
                    n_hat: ArrayLike | None = None, R_o: float = 0.0,
                    rho_v2: float = 1.0) -> np.ndarray:
    """Dense J_ij = γ_i γ_j x_ij /(ρv² r_ij³) in a periodic box (minimum image).

    The orientation factor x_ij is x_i x_j of Supp. Eq. (18) when ``x`` is given, or the
    vector-dipole factor √(3/2)(n̂_i·n̂_j − 3(n̂_i·r̂)(n̂_j·r̂)) when unit vectors
    ``n_hat`` are given (normalised so that ⟨x_ij²⟩ = 1, as Supp. Eq. 22 assumes).
    Pairs with r_ij ≤ R_o (the cutoff of Supp. Eq. 24) or r_ij > L/2 have J = 0; J_ii = 0.

    Parameters
    ----------
    pos : array_like, shape (n, 3)
    L : float
        Box edge.
    gamma : array_like, shape (n,)
    x, n_hat : array_like, shape (n,) or (n, 3)
        Exactly one of them.
    R_o : float
        Cutoff radius (≥ 0).
    rho_v2 : float
        ρv².

    Returns
    -------
    ndarray, shape (n, n), symmetric.
    """
    pos = np.asarray(pos, dtype=float)
    gamma = np.asarray(gamma, dtype=float)
    if (x is None) == (n_hat is None):
        raise ValueError("give exactly one of x (Supp. Eq. 18) or n_hat (vector dipoles)")
    if R_o < 0:
        raise ValueError(f"R_o must be >= 0, got {R_o!r}")
    rho_v2 = float(require_positive("rho_v2", rho_v2))
    n = pos.shape[0]
    r2 = np.zeros((n, n))
    d = np.empty((n, n))
    tmp = np.empty((n, n))
    comps = []
    for a in range(3):                               # one coordinate at a time, in preallocated buffers
        np.subtract.outer(pos[:, a], pos[:, a], out=d)
        if n_hat is not None:                        # signed minimum image
            np.divide(d, L, out=tmp)
            np.rint(tmp, out=tmp)
            tmp *= L
            d -= tmp
            comps.append(d.copy())
            np.abs(d, out=d)
        else:                                        # |minimum image| suffices for r²
            np.abs(d, out=d)
            np.subtract(L, d, out=tmp)
            np.minimum(d, tmp, out=d)
        d *= d
        r2 += d
    keep = r2 > R_o**2                               # bool buffer: pairs inside (R_o, L/2]
    keep &= r2 <= (L / 2.0) ** 2
    np.fill_diagonal(keep, False)
    np.sqrt(r2, out=tmp)
    tmp *= r2                                        # r³
    tmp[~keep] = 1.0
    J = np.divide(1.0, tmp, out=tmp)
    J *= keep                                        # 1/r³, 0 where cut
    if x is not None:
        q = gamma * np.asarray(x, dtype=float)
        J *= (q / rho_v2)[:, None]
        J *= q[None, :]
        return J
    nh = np.asarray(n_hat, dtype=float)
    r2[~keep] = 1.0
    ni_d = sum(nh[:, a][:, None] * comps[a] for a in range(3))
    nj_d = sum(nh[:, a][None, :] * comps[a] for a in range(3))
    orient = nh @ nh.T - 3.0 * ni_d * nj_d / r2      # n_i·n_j − 3(n_i·r̂)(n_j·r̂)
    J *= _DIPOLAR_NORM * orient
    J *= (gamma / rho_v2)[:, None] * gamma[None, :]
    return J


def local_fields(J: ArrayLike, s: ArrayLike) -> np.ndarray:
    """h_i = Σ_j J_ij s_j (Supp. Eq. 19 with frozen m_j = s_j = ±1)."""
    return np.asarray(J) @ np.asarray(s, dtype=float)


def energy(J: ArrayLike, s: ArrayLike) -> float:
    """E = ½ Σ_{i≠j} J_ij s_i s_j (Supp. Eq. 17; J_ii = 0)."""
    s = np.asarray(s, dtype=float)
    return float(0.5 * s @ (np.asarray(J) @ s))


def flip_gains(J: ArrayLike, s: ArrayLike) -> np.ndarray:
    """Energy lowered by flipping spin i alone: E(s) − E(s with s_i → −s_i) = 2 s_i h_i."""
    s = np.asarray(s, dtype=float)
    return 2.0 * s * local_fields(J, s)


def is_single_flip_stable(J: ArrayLike, s: ArrayLike, tol: float = 1e-12) -> bool:
    """True if no single flip lowers the energy (every s_i h_i ≤ tol·max|h|)."""
    h = local_fields(J, s)
    scale = max(float(np.max(np.abs(h))), 1.0e-300)
    return bool(np.all(np.asarray(s) * h <= tol * scale))


def greedy_quench(J: ArrayLike, s0: ArrayLike, max_flips: int | None = None) -> tuple[np.ndarray, int]:
    """Zero-temperature quench: flip the spin with the largest energy gain 2s_ih_i, update
    the fields, repeat until no single flip lowers the energy.

    The energy decreases strictly at each flip, so the loop ends in a single-flip-stable
    state (s_i h_i ≤ 0 for all i: each TLS is aligned against its field, Supp. Eq. 19
    with m_i = −sign(h_i) for H = +½ΣJσσ).

    Parameters
    ----------
    J : array_like, shape (n, n), symmetric with zero diagonal.
    s0 : array_like, shape (n,)
        Start (±1), e.g. random (an infinitely fast quench from high temperature).
    max_flips : int, optional
        Safety bound (default 100 n); exceeding it raises ``RuntimeError``.

    Returns
    -------
    s : ndarray
        The stable state.
    n_flips : int
    """
    J = np.ascontiguousarray(J, dtype=float)
    s = np.array(s0, dtype=float)
    n = s.size
    max_flips = 100 * n if max_flips is None else int(max_flips)
    h = J @ s
    flips = 0
    while True:
        g = s * h
        i = int(np.argmax(g))
        if g[i] <= 0.0:
            break
        if flips >= max_flips:
            raise RuntimeError(f"quench did not converge in {max_flips} flips")
        s[i] = -s[i]
        h += (2.0 * s[i]) * J[i]          # J symmetric: row i = column i
        flips += 1
    return s, flips


def anneal(J: ArrayLike, s0: ArrayLike, temperatures: ArrayLike, rng: np.random.Generator,
           sweeps: int = 1) -> np.ndarray:
    """Metropolis annealing of H = ½ΣJ_ij s_i s_j (Supp. Eq. 17), then :func:`greedy_quench`.

    At each temperature (energy units, in the given order), ``sweeps`` sweeps visit the spins
    in random order; a flip that lowers E by g = 2s_ih_i is accepted with probability
    min(1, e^{g/T}). The final quench makes the result single-flip stable.

    Parameters
    ----------
    J : array_like, shape (n, n), symmetric with zero diagonal.
    s0 : array_like, shape (n,)
        Start (±1).
    temperatures : array_like
        The schedule (> 0), e.g. decreasing geometrically from ~σ.
    rng : numpy.random.Generator
    sweeps : int
        Sweeps per temperature (≥ 1).

    Returns
    -------
    ndarray
        A single-flip-stable state.
    """
    J = np.ascontiguousarray(J, dtype=float)
    temperatures = require_positive("temperatures", temperatures)
    if int(sweeps) < 1:
        raise ValueError(f"sweeps must be >= 1, got {sweeps!r}")
    s = np.array(s0, dtype=float)
    n = s.size
    h = J @ s
    for T in np.atleast_1d(temperatures):
        for _ in range(int(sweeps)):
            order = rng.permutation(n)
            thresh = T * np.log(rng.uniform(size=n))           # accept if gain > T ln(u)
            for i, th_ in zip(order.tolist(), thresh.tolist()):
                if 2.0 * s[i] * h[i] > th_:
                    s[i] = -s[i]
                    h += (2.0 * s[i]) * J[i]
    return greedy_quench(J, s)[0]


def field_density_ratio(h: ArrayLike, sigma: float, widths: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """P(|h| < w/2)/w divided by the Gaussian P(0) = 1/√(2πσ²), for each window w.

    Parameters
    ----------
    h : array_like
        Fields.
    sigma : float
        Standard deviation of the reference Gaussian (Supp. Eq. 24).
    widths : array_like
        Full window widths w (same unit as h).

    Returns
    -------
    ratio, err : ndarray
        The ratio and its binomial counting error.
    """
    h = np.abs(np.asarray(h, dtype=float))
    sigma = float(require_positive("sigma", sigma))
    widths = require_positive("widths", widths)
    p0 = 1.0 / np.sqrt(2.0 * np.pi * sigma**2)
    frac = np.array([np.mean(h < w / 2.0) for w in np.atleast_1d(widths)])
    ratio = frac / np.atleast_1d(widths) / p0
    err = np.sqrt(frac * (1.0 - frac) / h.size) / np.atleast_1d(widths) / p0
    return ratio, err


def frozen_state_sample(n: int, rng: np.random.Generator, *, couplings: str = "flat",
                        orientation: str = "sign", R_o_factor: float = 1.0) -> dict:
    """One sample of n interacting TLS: the fields with random spins (the paper's assumption,
    Supp. Eqs. 20–21) and in the quenched single-flip-stable state, on the same J.

    Reduced units ρv² = γ_max = V_o = 1; cutoff R_o = R_o_factor·R_V, (4π/3)R_V³ = V_o.

    Returns
    -------
    dict with ``h_random``, ``h_frozen``, ``gamma``, ``n_flips``, ``E_random``,
    ``E_frozen`` (energies per TLS) and ``stable`` (bool).
    """
    pos, L = random_positions(n, rng)
    gamma = draw_couplings(n, rng, couplings)
    R_o = R_o_factor * (3.0 / (4.0 * np.pi)) ** (1.0 / 3.0)
    if orientation == "sign":
        J = coupling_matrix(pos, L, gamma, x=rng.choice([-1.0, 1.0], n), R_o=R_o)
    elif orientation == "dipolar":
        v = rng.standard_normal((n, 3))
        J = coupling_matrix(pos, L, gamma, n_hat=v / np.linalg.norm(v, axis=1)[:, None], R_o=R_o)
    else:
        raise ValueError(f"orientation must be 'sign' or 'dipolar', got {orientation!r}")
    s0 = rng.choice([-1.0, 1.0], n)
    s, flips = greedy_quench(J, s0)
    return {"h_random": local_fields(J, s0), "h_frozen": local_fields(J, s), "gamma": gamma,
            "n_flips": flips, "E_random": energy(J, s0) / n, "E_frozen": energy(J, s) / n,
            "stable": is_single_flip_stable(J, s)}
