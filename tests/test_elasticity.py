"""glasslib.elasticity: Fourier integrals, Λ̃, Kelvin's Green's function."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glasslib import elasticity as el

finite = st.floats(-1.0, 1.0, allow_nan=False, allow_infinity=False)
vectors = st.tuples(finite, finite, finite).filter(lambda v: np.linalg.norm(v) > 1e-3)
alphas = st.floats(0.0, 1.0, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(v=vectors, a=alphas)
def test_lambda_tilde_pair_symmetries_and_traces(v, a):
    t = el.stress_interaction_tensor(np.array(v), a)
    assert t.shape == (3, 3, 3, 3)
    assert np.allclose(t, t.transpose(1, 0, 2, 3))
    assert np.allclose(t, t.transpose(0, 1, 3, 2))
    assert np.allclose(t, t.transpose(2, 3, 0, 1))
    n = np.array(v) / np.linalg.norm(v)
    assert abs(np.einsum("iikk->", t)) < 1e-12
    assert np.allclose(np.einsum("ijkk->ij", t), (1 - a) * (np.eye(3) - 3 * np.outer(n, n)))


@settings(max_examples=30, deadline=None)
@given(v=vectors, a=alphas)
def test_lambda_tilde_is_rotation_covariant(v, a):
    rng = np.random.default_rng(1)
    q, _ = np.linalg.qr(rng.normal(size=(3, 3)))
    n = np.array(v)
    rotated = np.einsum("ia,jb,kc,ld,abcd->ijkl", q, q, q, q, el.stress_interaction_tensor(n, a))
    assert np.allclose(rotated, el.stress_interaction_tensor(q @ n, a))


def test_vectorised_shapes_and_broadcast_alpha():
    n = el.random_unit_vectors(np.random.default_rng(0), (4, 5))
    t = el.stress_interaction_tensor(n, 0.5)
    assert t.shape == (4, 5, 3, 3, 3, 3)
    t2 = el.stress_interaction_tensor(n[0], np.linspace(0, 1, 5))
    assert np.allclose(t2[2], el.stress_interaction_tensor(n[0, 2], 0.5))


def test_angular_average_vanishes_and_norm():
    n = el.random_unit_vectors(np.random.default_rng(3), 20_000)
    t = el.stress_interaction_tensor(n, 0.6)
    assert np.abs(t.mean(axis=0)).max() < 0.1
    norm2 = np.einsum("nijkl,nijkl->n", t, t).mean()
    assert norm2 == pytest.approx(18 * 0.36 - 12 * 0.6 + 7.5, rel=1e-9)  # constant over n


def test_fourier_closed_forms_traces():
    x = np.array([0.2, -0.7, 0.4])
    f1, f2 = el.fourier_f1(x), el.fourier_f2(x)
    assert np.allclose(np.einsum("iikl->kl", f1), f2)
    assert abs(np.trace(f2)) < 1e-12


def test_regulated_quadrature_converges():
    x = np.array([0.3, -0.5, 0.8])
    errs = []
    for eps in (1e-2, 1e-3):
        q1, q2 = el.regulated_fourier_integrals(x, eps, n_q=300, n_theta=64, n_phi=64)
        errs.append(np.abs(q1 - el.fourier_f1(x)).max() / np.abs(el.fourier_f1(x)).max())
        assert np.allclose(q2, el.fourier_f2(x), rtol=1e-3, atol=1e-4)
    assert errs[1] < errs[0] / 5


def test_kelvin_route_agrees():
    x = np.array([3e-9, -5e-9, 8e-9])
    a = el.stress_coupling(x, 2200.0, 5800.0, 3800.0)
    b = el.stress_coupling_from_kelvin(x, 2200.0, 5800.0, 3800.0)
    assert np.allclose(a, b, rtol=1e-7, atol=1e-7 * np.abs(a).max())


def test_joffrin_levelut_relation():
    n = np.array([0.3, 0.4, np.sqrt(0.75)])
    a = 0.4
    jl = el.joffrin_levelut_tensor(n, a)
    jl0 = el.joffrin_levelut_tensor(n, 0.0)
    ours = el.stress_interaction_tensor(n, a)
    ours0 = el.stress_interaction_tensor(n, 0.0)
    sym = lambda t: 0.25 * (t + t.transpose(1, 0, 2, 3) + t.transpose(0, 1, 3, 2) + t.transpose(1, 0, 3, 2))  # noqa: E731
    assert np.allclose(sym(ours0), -0.5 * sym(jl0))
    assert np.allclose(ours - ours0, 0.25 * (jl - jl0))
    printed = el.joffrin_levelut_tensor(n, a, bracket="as_printed")
    assert not np.allclose(printed, jl)


def test_alpha_and_kelvin_values():
    assert el.alpha_from_speeds(5800.0, 3800.0) == pytest.approx(1 - (3800 / 5800) ** 2)
    g = el.kelvin_greens_function(np.array([0.0, 0.0, 2.0]), 1000.0, 2000.0, 1000.0)
    mu, a = 1000.0 * 1000.0**2, 0.75
    assert g[2, 2] == pytest.approx(2.0 / (8 * np.pi * mu * 2.0))
    assert g[0, 0] == pytest.approx((2 - a) / (8 * np.pi * mu * 2.0))


@pytest.mark.parametrize("call, name", [
    (lambda: el.alpha_from_speeds(-1.0, 1.0), "c_l"),
    (lambda: el.alpha_from_speeds(1.0, 0.0), "c_t"),
    (lambda: el.stress_interaction_tensor([0.0, 0.0, 0.0], 0.5), "zero"),
    (lambda: el.stress_interaction_tensor([1.0, 0.0], 0.5), "length 3"),
    (lambda: el.stress_interaction_tensor([1.0, 0.0, 0.0], np.nan), "alpha"),
    (lambda: el.stress_coupling([1e-9, 0, 0], -1.0, 5000.0, 3000.0), "rho"),
    (lambda: el.fourier_f1([0.0, 0.0, 0.0]), "zero"),
    (lambda: el.regulated_fourier_integrals([1.0, 0, 0], 0.0), "eps"),
    (lambda: el.joffrin_levelut_tensor([1.0, 0, 0], 0.5, bracket="bogus"), "bracket"),
])
def test_bad_input_names_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()


# --- coverage of issue 17 ------------------------------------------------------------------------

@pytest.mark.parametrize("call, match", [
    (lambda: el.fourier_f2(np.ones((4, 2))), "last axis of length 3"),
    (lambda: el.regulated_fourier_integrals(np.zeros(3), 1e-3), "one non-zero 3-vector"),
    (lambda: el.regulated_fourier_integrals(np.ones((2, 3)), 1e-3), "one non-zero 3-vector"),
    (lambda: el.stress_coupling_from_kelvin(np.zeros(3), 2200.0, 5800.0, 3800.0), "one non-zero 3-vector"),
    (lambda: el.alpha_from_speeds(3800.0, 5800.0), "swapped"),
])
def test_bad_separations_and_swapped_speeds_are_refused(call, match):
    with pytest.raises(ValueError, match=match):
        call()


def test_kelvin_greens_function_limits():
    """Incompressible limit c_l → ∞ (α = 1, ν = ½): G = (δ + nn)/(8πμr), the Stokeslet form;
    and G ∝ 1/r, ∝ 1/μ = 1/(ρc_t²)."""
    x = np.array([0.0, 0.0, 2e-9])
    mu = 2200.0 * 3800.0**2
    g = el.kelvin_greens_function(x, 2200.0, 3800.0e6, 3800.0)
    expected = (np.eye(3) + np.diag([0.0, 0.0, 1.0])) / (8 * np.pi * mu * 2e-9)
    np.testing.assert_allclose(g, expected, rtol=1e-9, atol=1e-12 * expected.max())
    g1 = el.kelvin_greens_function(x, 2200.0, 5800.0, 3800.0)
    np.testing.assert_allclose(el.kelvin_greens_function(2 * x, 2200.0, 5800.0, 3800.0), g1 / 2, rtol=1e-12)
    np.testing.assert_allclose(el.kelvin_greens_function(x, 4400.0, 5800.0, 3800.0), g1 / 2, rtol=1e-12)
    # Poisson form: [(3 − 4ν)δ + nn]/(16πμ(1 − ν)r), ν = (c_l² − 2c_t²)/(2(c_l² − c_t²))
    nu = (5800.0**2 - 2 * 3800.0**2) / (2 * (5800.0**2 - 3800.0**2))
    poisson = ((3 - 4 * nu) * np.eye(3) + np.diag([0.0, 0.0, 1.0])) / (16 * np.pi * mu * (1 - nu) * 2e-9)
    np.testing.assert_allclose(g1, poisson, rtol=1e-12)


def test_alpha_stability_edge_is_a_zero_bulk_modulus():
    """K = ρ(c_l² − 4c_t²/3) > 0: at c_l/c_t = √(4/3) α = 1 − 3/4 = 1/4 exactly; just above is
    accepted (α → 1/4⁺), just below refused. SiO2 (5800, 3800 m/s): α = 0.5708."""
    edge = np.sqrt(4.0 / 3.0) * 1000.0
    assert el.alpha_from_speeds(edge * (1 + 1e-9), 1000.0) == pytest.approx(0.25, abs=1e-8)
    with pytest.raises(ValueError, match="negative bulk modulus"):
        el.alpha_from_speeds(edge * (1 - 1e-9), 1000.0)
    assert el.alpha_from_speeds(5800.0, 3800.0) == pytest.approx(0.570749, rel=1e-6)
    np.testing.assert_allclose(el.alpha_from_speeds(np.array([5800.0, 1e9]), 3800.0), [0.570749, 1.0],
                               rtol=1e-6)
