"""Isotropic elastic media and the phonon-exchange interaction of stress sources (floor 3).

Two point sources of stress ``T_ij`` and ``T'_kl`` embedded in an infinite
isotropic elastic continuum (density ρ, sound speeds c_l, c_t) interact, after
the phonons are integrated out, through

    V = Σ_{s≠s'} Λ_ijkl(x_s − x_s') T_ij^(s) T_kl^(s'),
    Λ_ijkl(x) = − Λ̃_ijkl(n, α) / (8π ρ c_t² |x|³),      α = 1 − c_t²/c_l²,

(the sum runs over *ordered* pairs, so each pair appears twice).  This module
holds, once and vectorised:

* the Fourier integrals f¹_ijkl(x) and f²_jl(x) of Zhou & Leggett Appendix A,
  in closed form (:func:`fourier_f1`, :func:`fourier_f2`) and by a regulated
  three-dimensional quadrature (:func:`regulated_fourier_integrals`);
* the dimensionless tensor Λ̃_ijkl(n, α) (:func:`stress_interaction_tensor`)
  and the dimensional coupling Λ_ijkl(x) (:func:`stress_coupling`);
* Joffrin & Levelut's tensor as quoted in Zhou & Leggett Eq. (A1)
  (:func:`joffrin_levelut_tensor`);
* Kelvin's static Green's function of an isotropic medium
  (:func:`kelvin_greens_function`) and the coupling obtained from it by
  finite differences (:func:`stress_coupling_from_kelvin`), an independent
  route to Λ.

Arrays of directions have shape ``(..., 3)``; fourth-rank tensors come back as
``(..., 3, 3, 3, 3)``.  SI units throughout.

References
----------
D. Zhou and A. J. Leggett, "Generic microscopic theory for the universality of
glass TTLS Meissner–Berret ratio" (2022), Eqs. (2.17)–(2.18), (A1)–(A15).
J. Joffrin and A. Levelut, J. Phys. (Paris) 36, 811 (1975).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike

from .validation import require_finite, require_positive

__all__ = [
    "DELTA", "alpha_from_speeds", "unit_vectors", "isotropic_basis", "fourier_f1", "fourier_f2",
    "regulated_fourier_integrals", "stress_interaction_tensor", "joffrin_levelut_tensor",
    "stress_coupling", "kelvin_greens_function", "stress_coupling_from_kelvin",
    "random_unit_vectors",
]

#: The Kronecker delta δ_ij as a (3, 3) array.
DELTA: np.ndarray = np.eye(3)


def alpha_from_speeds(c_l: ArrayLike, c_t: ArrayLike) -> np.ndarray | float:
    """The elastic parameter α = 1 − c_t²/c_l² (dimensionless).

    Parameters
    ----------
    c_l, c_t : array_like
        Longitudinal and transverse sound speeds [m/s].

    Returns
    -------
    float or ndarray
        α; thermodynamic stability (positive bulk modulus) requires
        c_l² > 4 c_t²/3, i.e. 1/4 < α < 1.

    Raises
    ------
    ValueError
        If a speed is not positive and finite, or if c_l² ≤ 4c_t²/3 (a negative bulk
        modulus: usually the two speeds swapped).

    References
    ----------
    Zhou & Leggett (2022), below Eq. (2.18) and Eq. (A1).
    """
    cl = require_positive("c_l", c_l)
    ct = require_positive("c_t", c_t)
    if np.any(cl**2 <= 4.0 * ct**2 / 3.0):
        raise ValueError(f"c_l = {c_l!r} and c_t = {c_t!r} m/s give a negative bulk modulus: c_l^2 must "
                         "exceed 4 c_t^2/3 (are the speeds swapped?)")
    out = 1.0 - ct**2 / cl**2
    return float(out) if out.ndim == 0 else out


def unit_vectors(n: ArrayLike) -> np.ndarray:
    """Normalise direction vectors of shape (..., 3).

    Raises
    ------
    ValueError
        If the last axis is not of length 3, or a vector is zero or not finite.
    """
    arr = require_finite("n", n)
    if arr.shape[-1:] != (3,):
        raise ValueError(f"n must have a last axis of length 3, got shape {arr.shape}")
    norm = np.linalg.norm(arr, axis=-1, keepdims=True)
    if np.any(norm == 0):
        raise ValueError("n must not contain a zero vector")
    return arr / norm


def isotropic_basis(n: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The three fully symmetric fourth-rank tensors built from δ and a unit vector n.

    Returns
    -------
    (S0, S2, S4) : tuple of ndarray, each (..., 3, 3, 3, 3)
        S0 = δ_ijδ_kl + δ_ikδ_jl + δ_ilδ_jk (3 terms),
        S2 = n_in_jδ_kl + n_in_kδ_jl + n_in_lδ_jk + n_jn_kδ_il + n_jn_lδ_ik + n_kn_lδ_ij
        (6 terms), S4 = n_in_jn_kn_l.
    """
    u = unit_vectors(n)
    d = DELTA
    nn = u[..., :, None] * u[..., None, :]
    s0 = (np.einsum("ij,kl->ijkl", d, d) + np.einsum("ik,jl->ijkl", d, d)
          + np.einsum("il,jk->ijkl", d, d))
    s0 = np.broadcast_to(s0, u.shape[:-1] + (3, 3, 3, 3))
    s2 = (np.einsum("...ij,kl->...ijkl", nn, d) + np.einsum("...ik,jl->...ijkl", nn, d)
          + np.einsum("...il,jk->...ijkl", nn, d) + np.einsum("...jk,il->...ijkl", nn, d)
          + np.einsum("...jl,ik->...ijkl", nn, d) + np.einsum("...kl,ij->...ijkl", nn, d))
    s4 = np.einsum("...ij,...kl->...ijkl", nn, nn)
    return s0, s2, s4


def _separation(x: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    arr = require_finite("x", x)
    if arr.shape[-1:] != (3,):
        raise ValueError(f"x must have a last axis of length 3, got shape {arr.shape}")
    r = np.linalg.norm(arr, axis=-1)
    if np.any(r == 0):
        raise ValueError("x must not be the zero vector (the closed forms hold for r ≠ 0)")
    return arr / r[..., None], r


def fourier_f1(x: ArrayLike) -> np.ndarray:
    """f¹_ijkl(x) = ∫ d³q/(2π)³ q_iq_jq_kq_l/q⁴ cos(q·x), in closed form, for x ≠ 0.

    f¹ = [S0 − 3 S2 + 15 S4] / (8π r³) with the tensors of :func:`isotropic_basis`.

    Parameters
    ----------
    x : array_like, (..., 3)
        Separation vectors [m], not zero.

    Returns
    -------
    ndarray, (..., 3, 3, 3, 3)
        f¹ [m⁻³].

    References
    ----------
    Zhou & Leggett (2022), Eqs. (A11)–(A14) (first line of A14).
    """
    n, r = _separation(x)
    s0, s2, s4 = isotropic_basis(n)
    return (s0 - 3.0 * s2 + 15.0 * s4) / (8.0 * np.pi * r[..., None, None, None, None] ** 3)


def fourier_f2(x: ArrayLike) -> np.ndarray:
    """f²_jl(x) = ∫ d³q/(2π)³ q_jq_l/q² cos(q·x) = (δ_jl − 3n_jn_l)/(4π r³), for x ≠ 0.

    Parameters
    ----------
    x : array_like, (..., 3)
        Separation vectors [m], not zero.

    Returns
    -------
    ndarray, (..., 3, 3)
        f² [m⁻³].

    References
    ----------
    Zhou & Leggett (2022), Eqs. (A11)–(A14) (last line of A14).
    """
    n, r = _separation(x)
    nn = n[..., :, None] * n[..., None, :]
    return (DELTA - 3.0 * nn) / (4.0 * np.pi * r[..., None, None] ** 3)


@lru_cache(maxsize=8)
def _gauss_legendre(n: int) -> tuple[np.ndarray, np.ndarray]:
    nodes, weights = np.polynomial.legendre.leggauss(n)
    nodes.setflags(write=False)
    weights.setflags(write=False)
    return nodes, weights


def regulated_fourier_integrals(x: ArrayLike, eps: float, *, n_q: int = 600, n_theta: int = 96,
                                n_phi: int = 96, q_max_sigma: float = 7.0
                                ) -> tuple[np.ndarray, np.ndarray]:
    """f¹ and f² by direct 3-D quadrature with a Gaussian regulator e^{−ε q²}.

    Computes ∫ d³q/(2π)³ (q̂_iq̂_jq̂_kq̂_l, q̂_jq̂_l) cos(q·x) e^{−εq²} on a product
    grid in spherical coordinates (Gauss–Legendre in q ∈ [0, q_max], in cos θ,
    and the trapezoid rule in φ), with q_max = q_max_sigma/√ε.  As ε → 0 the
    result tends to :func:`fourier_f1` and :func:`fourier_f2` for x ≠ 0.

    Parameters
    ----------
    x : array_like, (3,)
        One separation vector [m].
    eps : float
        Regulator ε [m²], > 0.
    n_q, n_theta, n_phi : int
        Quadrature points.
    q_max_sigma : float
        Cut-off of the radial grid in units of 1/√ε.

    Returns
    -------
    (f1, f2) : ndarray (3, 3, 3, 3) and (3, 3)
        The regulated integrals [m⁻³].

    Raises
    ------
    ValueError
        If ε is not positive or x is not a non-zero 3-vector.

    References
    ----------
    Zhou & Leggett (2022), Eq. (A11); the regulator replaces their λ of Eq. (A12).
    """
    xv = require_finite("x", x)
    if xv.shape != (3,) or not np.any(xv):
        raise ValueError(f"x must be one non-zero 3-vector, got {x!r}")
    eps = float(require_positive("eps", eps))
    q_max = q_max_sigma / np.sqrt(eps)
    tq, wq = _gauss_legendre(int(n_q))
    q = 0.5 * q_max * (tq + 1.0)
    wq = 0.5 * q_max * wq
    tc, wc = _gauss_legendre(int(n_theta))
    phi = np.arange(n_phi) * (2.0 * np.pi / n_phi)
    wphi = np.full(n_phi, 2.0 * np.pi / n_phi)
    sin_t = np.sqrt(1.0 - tc**2)
    qhat = np.stack([np.outer(sin_t, np.cos(phi)), np.outer(sin_t, np.sin(phi)),
                     np.outer(tc, np.ones_like(phi))], axis=-1).reshape(-1, 3)
    w_ang = np.outer(wc, wphi).ravel()
    proj = qhat @ xv                                       # (n_ang,)
    radial = (wq * q**2 * np.exp(-eps * q**2))[:, None] * np.cos(np.outer(q, proj))
    weight = radial.sum(axis=0) * w_ang / (2.0 * np.pi) ** 3  # (n_ang,)
    f2 = np.einsum("a,ai,aj->ij", weight, qhat, qhat)
    f1 = np.einsum("a,ai,aj,ak,al->ijkl", weight, qhat, qhat, qhat, qhat)
    return f1, f2


def stress_interaction_tensor(n: ArrayLike, alpha: ArrayLike) -> np.ndarray:
    """Zhou & Leggett's dimensionless stress–stress tensor Λ̃_ijkl(n, α).

    Λ̃ = ¼ [δ_ik(δ_jl − 3n_jn_l) + δ_il(δ_jk − 3n_jn_k) + δ_jl(δ_ik − 3n_in_k)
          + δ_jk(δ_il − 3n_in_l)] + (α/2) [−S0 + 3 S2 − 15 S4].

    This is what phonon exchange gives (see the chapter), so that
    Λ_ijkl = −Λ̃_ijkl/(8πρc_t² r³) is the coefficient of T_ij T'_kl in a sum
    over ordered pairs.

    Parameters
    ----------
    n : array_like, (..., 3)
        Directions of x_s − x_s' (normalised here).
    alpha : array_like
        α = 1 − c_t²/c_l², broadcast against ``n[..., 0]``.

    Returns
    -------
    ndarray, (..., 3, 3, 3, 3)
        Λ̃ (dimensionless), symmetric under i↔j, k↔l and (ij)↔(kl).

    Raises
    ------
    ValueError
        For a zero or non-finite direction or a non-finite α.

    References
    ----------
    Zhou & Leggett (2022), Eqs. (2.17)–(2.18) and (A15).
    """
    u = unit_vectors(n)
    a = require_finite("alpha", alpha)
    s0, s2, s4 = isotropic_basis(u)
    p = DELTA - 3.0 * u[..., :, None] * u[..., None, :]     # (..., 3, 3)
    first = 0.25 * (np.einsum("ik,...jl->...ijkl", DELTA, p) + np.einsum("il,...jk->...ijkl", DELTA, p)
                    + np.einsum("jl,...ik->...ijkl", DELTA, p) + np.einsum("jk,...il->...ijkl", DELTA, p))
    a4 = np.asarray(a)[..., None, None, None, None]
    return first + 0.5 * a4 * (-s0 + 3.0 * s2 - 15.0 * s4)


def joffrin_levelut_tensor(n: ArrayLike, alpha: ArrayLike, *,
                           bracket: Literal["symmetric", "as_printed"] = "symmetric") -> np.ndarray:
    """Joffrin & Levelut's tensor (Λ̃_ijkl)_Joffrin as quoted in Zhou & Leggett Eq. (A1).

    (Λ̃)_J = −2 δ_ik(δ_jl − 3n_jn_l) + 2α [−S0 + 3 S2' − 15 S4].

    Parameters
    ----------
    n : array_like, (..., 3)
        Directions.
    alpha : array_like
        α = 1 − c_t²/c_l².
    bracket : {"symmetric", "as_printed"}
        ``"symmetric"`` uses the six-term S2 of Eq. (A15); ``"as_printed"`` uses
        the five terms of the converted text of Eq. (A1), which lacks n_in_lδ_jk
        (a conversion or typesetting loss: the bracket is otherwise the same).

    Returns
    -------
    ndarray, (..., 3, 3, 3, 3)

    References
    ----------
    Zhou & Leggett (2022), Eq. (A1); Joffrin & Levelut (1975).
    """
    u = unit_vectors(n)
    a = require_finite("alpha", alpha)
    s0, s2, s4 = isotropic_basis(u)
    nn = u[..., :, None] * u[..., None, :]
    if bracket == "as_printed":
        s2 = s2 - np.einsum("...il,jk->...ijkl", nn, DELTA)
    elif bracket != "symmetric":
        raise ValueError(f"bracket must be 'symmetric' or 'as_printed', got {bracket!r}")
    p = DELTA - 3.0 * nn
    first = -2.0 * np.einsum("ik,...jl->...ijkl", DELTA, p)
    a4 = np.asarray(a)[..., None, None, None, None]
    return first + 2.0 * a4 * (-s0 + 3.0 * s2 - 15.0 * s4)


def stress_coupling(x: ArrayLike, rho: float, c_l: float, c_t: float) -> np.ndarray:
    """The pair coupling Λ_ijkl(x) = −Λ̃_ijkl(n, α)/(8πρ c_t² |x|³) [J⁻¹].

    Parameters
    ----------
    x : array_like, (..., 3)
        Separations x_s − x_s' [m], not zero.
    rho : float
        Mass density [kg/m³].
    c_l, c_t : float
        Sound speeds [m/s].

    Returns
    -------
    ndarray, (..., 3, 3, 3, 3)
        Λ [J⁻¹] (T in J, so Λ T T' is an energy).

    Raises
    ------
    ValueError
        For non-positive ρ or speeds, or a zero separation.

    References
    ----------
    Zhou & Leggett (2022), Eq. (2.17).
    """
    n, r = _separation(x)
    rho = require_positive("rho", rho)
    alpha = alpha_from_speeds(c_l, c_t)
    ct = require_positive("c_t", c_t)
    tilde = stress_interaction_tensor(n, alpha)
    return -tilde / (8.0 * np.pi * rho * ct**2 * r[..., None, None, None, None] ** 3)


def kelvin_greens_function(x: ArrayLike, rho: float, c_l: float, c_t: float) -> np.ndarray:
    """Kelvin's static Green's function of an infinite isotropic elastic medium.

    G_ik(x) = [(2 − α) δ_ik + α n_in_k] / (8π μ r),  μ = ρ c_t², α = 1 − c_t²/c_l²
    (equivalently [(3 − 4ν)δ_ik + n_in_k]/(16πμ(1 − ν) r) with Poisson's ratio ν):
    the displacement u_i at x due to a unit point force along k at the origin.

    Parameters
    ----------
    x : array_like, (..., 3)
        Field points [m], not zero.
    rho, c_l, c_t : float
        Density [kg/m³] and sound speeds [m/s].

    Returns
    -------
    ndarray, (..., 3, 3)
        G [m/N].

    References
    ----------
    Lord Kelvin (1848); L. D. Landau and E. M. Lifshitz, Theory of Elasticity, §8.
    """
    n, r = _separation(x)
    rho = require_positive("rho", rho)
    alpha = alpha_from_speeds(c_l, c_t)
    mu = rho * require_positive("c_t", c_t) ** 2
    nn = n[..., :, None] * n[..., None, :]
    return ((2.0 - alpha) * DELTA + alpha * nn) / (8.0 * np.pi * mu * r[..., None, None])


def stress_coupling_from_kelvin(x: ArrayLike, rho: float, c_l: float, c_t: float, *,
                                h: float | None = None) -> np.ndarray:
    """Λ_ijkl(x) from Kelvin's Green's function, Λ = ½ Sym ∂_j∂_l G_ik, by finite differences.

    Minimising the elastic energy with two stress sources gives an interaction
    energy −T_ij ∂_j∂_l G_ik T'_kl per unordered pair, i.e. ½ ∂_j∂_l G_ik... with
    the sign fixed by ∂_j∂_l acting on x = x_s − x_s' (see the chapter); the
    result is symmetrised over i↔j and k↔l.  Fourth-order central differences.

    Parameters
    ----------
    x : array_like, (3,)
        One separation [m], not zero.
    rho, c_l, c_t : float
        Density [kg/m³] and sound speeds [m/s].
    h : float, optional
        Step [m]; default 1e-3 |x|.

    Returns
    -------
    ndarray, (3, 3, 3, 3)
        Λ [J⁻¹], to compare with :func:`stress_coupling`.

    References
    ----------
    Zhou & Leggett (2022), Eq. (2.17), by the static route.
    """
    xv = require_finite("x", x)
    if xv.shape != (3,) or not np.any(xv):
        raise ValueError(f"x must be one non-zero 3-vector, got {x!r}")
    step = 1e-3 * np.linalg.norm(xv) if h is None else float(require_positive("h", h))
    offs = np.array([-2.0, -1.0, 1.0, 2.0])
    c1 = np.array([1.0, -8.0, 8.0, -1.0]) / (12.0 * step)
    e = np.eye(3)
    # points x + a e_j + b e_l for all j, l and stencil offsets a, b
    pts = (xv + step * (offs[:, None, None, None, None] * e[None, :, None, None, :]
                        + offs[None, None, :, None, None] * e[None, None, None, :, :]))
    # pts shape: (4 a, 3 j, 4 b, 3 l, 3 comps)
    g = kelvin_greens_function(pts, rho, c_l, c_t)          # (4, 3, 4, 3, 3 i, 3 k)
    d2 = np.einsum("a,b,ajblik->ijkl", c1, c1, g)           # ∂_j ∂_l G_ik
    half = 0.5 * d2
    sym = 0.25 * (half + half.transpose(1, 0, 2, 3) + half.transpose(0, 1, 3, 2)
                  + half.transpose(1, 0, 3, 2))
    return sym


def random_unit_vectors(rng: np.random.Generator, size: int | tuple[int, ...]) -> np.ndarray:
    """Isotropically distributed unit vectors, shape ``size + (3,)``."""
    v = rng.normal(size=(size if isinstance(size, tuple) else (size,)) + (3,))
    return v / np.linalg.norm(v, axis=-1, keepdims=True)
