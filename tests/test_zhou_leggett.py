"""glasslib.zhou_leggett and its symbolic steps."""
import numpy as np
import pytest
import sympy as sp

from glasslib import elasticity as el
from glasslib import zhou_leggett as zl
from glasslib import zhou_leggett_symbolic as S
from glasslib.materials import DataError, meissner_berret_glasses


def test_table_ratios_and_fits():
    g = meissner_berret_glasses()
    assert zl.meissner_berret_ratio_theory(g["SiO2"].c_l, g["SiO2"].c_t) == pytest.approx(5.8 / 3.8)
    f13 = zl.fit_table(g)
    f10 = zl.fit_table(g, exclude=zl.OUTLIERS)
    assert len(f13.materials) == 13 and len(f10.materials) == 10
    assert f10.slope == pytest.approx(1.0615, abs=5e-4)
    assert f10.r == pytest.approx(0.745, abs=5e-4)
    assert f13.r == pytest.approx(0.2604, abs=5e-4)
    assert 0.3 < f13.p_value < 0.5 and f10.p_value < 0.05


def test_slope_and_pearson_basic():
    x = np.array([1.0, 2.0, 3.0])
    assert zl.slope_through_origin(x, 2 * x) == pytest.approx(2.0)
    assert zl.pearson_r(x, 2 * x + 1) == pytest.approx(1.0)
    assert zl.correlation_p_value(0.0, 10) == pytest.approx(1.0)


def test_section5_numbers():
    s5 = zl.section5_glasses()
    bk = s5["BK7"]
    assert zl.dipole_interaction_strength(bk.neMu2, bk.epsilon_r) == pytest.approx(6e-3 / 3.7)
    assert zl.stress_interaction_strength(bk.n0M2, bk.rho, bk.c) == pytest.approx(1e8 / (2.51 * 6.5e5**2))
    assert zl.dipole_to_stress_ratio(bk, same_footing=True) == pytest.approx(4 * np.pi * zl.dipole_to_stress_ratio(bk))


def test_section5_bad_file(tmp_path):
    p = tmp_path / "s5.csv"
    p.write_text("material,n0M2_erg_cm3,epsilon_r,neMu2_gaussian,rho_g_cm3,c_cm_s,source\nX,1e8,-3,1,2,3,s\n")
    with pytest.raises(DataError, match="epsilon_r"):
        zl.section5_glasses(p)


def test_renormalisation_flow_matches_closed_form():
    steps, eps = zl.renormalisation_flow(1.0, 0.0, 2.0, 2, 10)
    assert eps[-1] == pytest.approx(zl.eq42_absorption(1.0, 0.0, 2.0, 2, 2.0**10))
    _, eps2 = zl.renormalisation_flow(1.0, 7.0, 0.0, 2, 30)
    assert eps2[-1] == pytest.approx(1.0 + 7.0 / (1 - 1 / 8))


def test_critical_length_scale():
    assert zl.critical_length(1e6, 1e15, 1e3, 1e3) == pytest.approx(1.72e-10, rel=0.01)


def test_pair_couplings_statistics_and_contraction():
    rng = np.random.default_rng(5)
    n = el.random_unit_vectors(rng, 50)
    t1 = zl.random_stress_tensors(rng, 50)
    t2 = zl.random_stress_tensors(rng, 50, "carruzzo_yu")
    full = np.einsum("nijkl,nij,nkl->n", el.stress_interaction_tensor(n, 0.4), t1, t2)
    assert np.allclose(full, zl.pair_coupling_contracted(n, t1, t2, 0.4))
    j = zl.pair_couplings(np.random.default_rng(6), 200_000, 0.4)
    assert abs(j.mean()) < 0.01
    assert j.var() == pytest.approx(zl.pair_coupling_variance_exact(0.4), rel=0.02)
    cy = zl.random_stress_tensors(rng, 10, "carruzzo_yu")
    assert np.allclose(np.trace(cy, axis1=1, axis2=2), 0) and np.allclose((cy * cy).sum((1, 2)), 2)


@pytest.mark.parametrize("call, name", [
    (lambda: zl.meissner_berret_ratio_theory(0.0, 1.0), "c_l"),
    (lambda: zl.relative_deviation(1.0, 0.0), "experiment"),
    (lambda: zl.fit_table(meissner_berret_glasses(), exclude=["nope"]), "unknown"),
    (lambda: zl.fit_table(meissner_berret_glasses(), columns="x"), "columns"),
    (lambda: zl.renormalisation_flow(1.0, 1.0, -1.0, 2, 3), "v"),
    (lambda: zl.renormalisation_flow(1.0, 1.0, 1.0, 1, 3), "N0"),
    (lambda: zl.critical_length(1e15, 1e6, 1e3, 1e3), "omega_c"),
    (lambda: zl.random_stress_tensors(np.random.default_rng(0), 3, "bogus"), "kind"),
    (lambda: zl.correlation_p_value(1.5, 10), "r"),
    (lambda: zl.interaction_crossover_ratio(0.0, 1e-10), "L"),
    (lambda: zl.interaction_crossover_ratio(5e-9, -1.0), "L_c"),
])
def test_bad_input_names_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_symbolic_lambda_tilde_and_radial_transforms():
    assert sp.simplify(S.radial_transform(1) - sp.exp(-S.lam * S.r) / (4 * sp.pi * S.r)) == 0
    coeffs = {"a": 1, "b": -3, "c": 15, "d": 1, "e": -3}
    lt = S.lambda_tilde_from_phonon_exchange(coeffs)
    paper = S.lambda_tilde_paper()
    assert all(sp.expand(lt[i] - paper[i]) == 0 for i in S.IDX)


def test_symbolic_helpers():
    assert S.sphere_average(S.n_sym[0] ** 2) == sp.Rational(1, 3)
    assert S.sphere_average(S.n_sym[0] ** 4) == sp.Rational(1, 5)
    assert S.on_sphere(S.n_sym[0] ** 2 + S.n_sym[1] ** 2 + S.n_sym[2] ** 2) == 1
    a, b = S.self_consistent_ratio()
    cl, ct = sp.symbols("c_l c_t", positive=True)
    assert sp.simplify(a - cl / ct) == 0
    dmu = S.first_order_change(S.dipole_tensor(), 3)
    printed = S.delta_mu_paper()
    assert all(S.on_sphere(dmu[i, j] - printed[i, j]) == 0 for i in range(3) for j in range(3))


def test_interaction_crossover_ratio():
    assert zl.interaction_crossover_ratio(2e-9, 1e-9) == pytest.approx(0.125)
    L_c = zl.critical_length(1e6, 1e15, 1e3, 1e3)
    assert zl.interaction_crossover_ratio(L_c, L_c) == pytest.approx(1.0)
    # ε23 negligible from L1 on: the flow then matches Eq. (4.2) to within ε23(L1)
    r = zl.interaction_crossover_ratio(50e-10, L_c)
    _, eps = zl.renormalisation_flow(1.0, r, 1.0, 2, 17)
    assert eps[-1] == pytest.approx(18.0, abs=2 * r)


def test_self_consistent_ratio_readings():
    cl, ct = sp.symbols("c_l c_t", positive=True)
    rd = S.self_consistent_ratio_readings()
    assert sp.simplify(rd["A"] - cl / ct) == 0
    assert sp.simplify(rd["B"] - (cl / ct) ** sp.Rational(1, 3)) == 0
    assert rd["C"] == 1
    a, b = S.self_consistent_ratio()
    assert sp.simplify(a - rd["A"]) == 0 and sp.simplify(b - rd["B"]) == 0


def test_complete_square_phonon_pair():
    sq = S.complete_square_phonon_pair()
    assert sq["square_residual"] == 0
    assert sp.simplify(sq["u0"] - sq["u0_paper"]) == 0
    assert sp.simplify(sq["per_q"] - sq["per_q_paper"]) == 0
