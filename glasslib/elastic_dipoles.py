"""Couplings of TLS from randomly oriented elastic dipoles (floor 4).

A TLS couples to strain through half the *difference* of the elastic dipoles
of its two wells.  If both wells carry a dipole of the same strength γ_max
with independent, uniformly random orientations, the coupling γ of the TLS is
broadly distributed (Carruzzo & Yu 2020, Supplement Eqs. 3 and 5):

* vector dipoles, γ = γ_max |ẑ − n̂| / 2:  P(γ²) = 1/γ_max² on 0 < γ < γ_max;
* uniaxial tensor dipoles D = γ_max n̂n̂, ΔD = γ_max (ẑẑ − n̂n̂) has eigenvalues
  ±γ_max sin θ and 0, and γ = γ_max sin θ / 2:
  P(γ) = 4γ / (γ_max² √(1 − 4γ²/γ_max²)) on 0 < γ < γ_max/2.

The samplers draw orientations with a seeded :class:`numpy.random.Generator`
and are vectorised; the densities are the closed forms derived in the chapter.

References
----------
H. M. Carruzzo and C. C. Yu, Phys. Rev. Lett. 124, 075902 (2020), Supplemental
Material, "Distribution of γ", Eqs. (2)–(5).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .validation import require_nonnegative, require_positive

__all__ = [
    "random_unit_vectors", "vector_dipole_couplings", "tensor_dipole_couplings",
    "vector_dipole_pdf_gamma2", "tensor_dipole_pdf", "tensor_dipole_pdf_linear",
]


def _check_count(n: int) -> int:
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    return int(n)


def random_unit_vectors(n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` unit vectors uniformly distributed on the sphere, shape (n, 3).

    Parameters
    ----------
    n : int
        Number of vectors (≥ 1).
    rng : numpy.random.Generator
        Seeded generator (``np.random.default_rng(seed)``).

    Raises
    ------
    ValueError
        If ``n`` is not a positive integer.
    """
    n = _check_count(n)
    z = rng.uniform(-1.0, 1.0, n)
    phi = rng.uniform(0.0, 2.0 * np.pi, n)
    s = np.sqrt(1.0 - z**2)
    return np.column_stack([s * np.cos(phi), s * np.sin(phi), z])


def vector_dipole_couplings(n: int, gamma_max: float, rng: np.random.Generator) -> np.ndarray:
    """Couplings γ = γ_max|ẑ − n̂|/2 of ``n`` TLS with randomly oriented vector dipoles [J].

    Parameters
    ----------
    n : int
        Number of TLS.
    gamma_max : float
        Dipole strength in each well [J].
    rng : numpy.random.Generator
        Seeded generator.

    Returns
    -------
    ndarray, shape (n,)
        γ in [0, γ_max].

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eq. (3).
    """
    gamma_max = float(require_positive("gamma_max", gamma_max))
    nhat = random_unit_vectors(n, rng)
    diff = nhat - np.array([0.0, 0.0, 1.0])
    return gamma_max * np.linalg.norm(diff, axis=1) / 2.0


def tensor_dipole_couplings(n: int, gamma_max: float, rng: np.random.Generator) -> np.ndarray:
    """Couplings of ``n`` TLS with uniaxial tensor dipoles γ_max n̂n̂ in each well [J].

    ΔD = γ_max(ẑẑ − n̂n̂); its largest eigenvalue is γ_max sin θ (= ‖ΔD‖_F/√2), and the
    coupling is half of it, γ = γ_max sin θ / 2.

    Returns
    -------
    ndarray, shape (n,)
        γ in [0, γ_max/2].

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eqs. (4)–(5).
    """
    gamma_max = float(require_positive("gamma_max", gamma_max))
    nhat = random_unit_vectors(n, rng)
    zz = np.zeros((3, 3))
    zz[2, 2] = 1.0
    delta = gamma_max * (zz[None, :, :] - nhat[:, :, None] * nhat[:, None, :])
    frob = np.sqrt(np.sum(delta**2, axis=(1, 2)))
    return frob / np.sqrt(2.0) / 2.0


def vector_dipole_pdf_gamma2(gamma2: ArrayLike, gamma_max: float) -> np.ndarray:
    """P(γ²) = 1/γ_max² on 0 ≤ γ² ≤ γ_max², zero outside [J⁻²].

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eq. (3).
    """
    gamma2 = require_nonnegative("gamma2", gamma2)
    gamma_max = float(require_positive("gamma_max", gamma_max))
    return np.where(gamma2 <= gamma_max**2, 1.0 / gamma_max**2, 0.0)


def tensor_dipole_pdf(gamma: ArrayLike, gamma_max: float) -> np.ndarray:
    """P(γ) = 4γ/(γ_max²√(1 − 4γ²/γ_max²)) on 0 ≤ γ < γ_max/2, zero outside [J⁻¹].

    References
    ----------
    Carruzzo & Yu (2020), Supplement Eq. (5).
    """
    gamma = require_nonnegative("gamma", gamma)
    gamma_max = float(require_positive("gamma_max", gamma_max))
    x2 = 4.0 * gamma**2 / gamma_max**2
    inside = x2 < 1.0
    safe = np.where(inside, 1.0 - x2, 1.0)
    return np.where(inside, 4.0 * gamma / (gamma_max**2 * np.sqrt(safe)), 0.0)


def tensor_dipole_pdf_linear(gamma: ArrayLike, gamma_max: float) -> np.ndarray:
    """The paper's "linear approximation" P(γ) ≈ 4γ/γ_max² on 0 ≤ γ < γ_max/2 [J⁻¹].

    It integrates to 1/2, not 1 (see the chapter).

    References
    ----------
    Carruzzo & Yu (2020), Supplement, text after Eq. (5).
    """
    gamma = require_nonnegative("gamma", gamma)
    gamma_max = float(require_positive("gamma_max", gamma_max))
    return np.where(gamma < gamma_max / 2.0, 4.0 * gamma / gamma_max**2, 0.0)
