"""Tests of glasslib.elastic_dipoles (Carruzzo & Yu, Supplement Eqs. 3 and 5)."""
from __future__ import annotations

import numpy as np
import pytest
from scipy import integrate

from glasslib import elastic_dipoles as ed


def test_unit_vectors_on_sphere():
    n = ed.random_unit_vectors(1000, np.random.default_rng(1))
    assert n.shape == (1000, 3)
    assert np.allclose(np.linalg.norm(n, axis=1), 1.0)
    assert abs(n[:, 2].mean()) < 0.1


def test_vector_couplings_flat_in_gamma2():
    g = ed.vector_dipole_couplings(200_000, 2.0, np.random.default_rng(2))
    assert g.max() <= 2.0
    hist, _ = np.histogram((g / 2.0) ** 2, bins=10, range=(0, 1), density=True)
    assert np.allclose(hist, 1.0, atol=0.05)


def test_tensor_couplings_bounded_and_mean():
    g = ed.tensor_dipole_couplings(100_000, 1.0, np.random.default_rng(3))
    assert g.max() <= 0.5 + 1e-12
    assert np.mean(g**2) == pytest.approx(1 / 6, abs=0.003)


def test_pdfs_normalised():
    val, _ = integrate.quad(lambda x: ed.tensor_dipole_pdf(x, 1.0), 0, 0.5, limit=200)
    assert val == pytest.approx(1.0, abs=1e-6)
    lin, _ = integrate.quad(lambda x: ed.tensor_dipole_pdf_linear(x, 1.0), 0, 0.5)
    assert lin == pytest.approx(0.5)
    assert float(ed.vector_dipole_pdf_gamma2(0.5, 1.0)) == 1.0
    assert float(ed.vector_dipole_pdf_gamma2(1.5, 1.0)) == 0.0


def test_seeded_reproducible():
    a = ed.tensor_dipole_couplings(10, 1.0, np.random.default_rng(7))
    b = ed.tensor_dipole_couplings(10, 1.0, np.random.default_rng(7))
    assert np.array_equal(a, b)


@pytest.mark.parametrize("n", [0, -3, 2.5, True])
def test_bad_count(n):
    with pytest.raises(ValueError, match="n must"):
        ed.random_unit_vectors(n, np.random.default_rng(0))


def test_bad_gamma_max():
    with pytest.raises(ValueError, match="gamma_max"):
        ed.vector_dipole_couplings(10, -1.0, np.random.default_rng(0))
    with pytest.raises(ValueError, match="gamma"):
        ed.tensor_dipole_pdf(-0.1, 1.0)
