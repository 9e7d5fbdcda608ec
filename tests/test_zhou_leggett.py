"""glasslib.zhou_leggett: the numeric formulas of Zhou & Leggett (2022)."""
import numpy as np
import pytest

from glasslib import elasticity as el
from glasslib import zhou_leggett as zl
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


def test_interaction_crossover_ratio():
    assert zl.interaction_crossover_ratio(2e-9, 1e-9) == pytest.approx(0.125)
    L_c = zl.critical_length(1e6, 1e15, 1e3, 1e3)
    assert zl.interaction_crossover_ratio(L_c, L_c) == pytest.approx(1.0)
    # ε23 negligible from L1 on: the flow then matches Eq. (4.2) to within ε23(L1)
    r = zl.interaction_crossover_ratio(50e-10, L_c)
    _, eps = zl.renormalisation_flow(1.0, r, 1.0, 2, 17)
    assert eps[-1] == pytest.approx(18.0, abs=2 * r)



def test_cube_pair_displacements_count_all_ordered_pairs():
    d, w = zl.cube_pair_displacements(3)
    assert d.shape == (5**3 - 1, 3)
    assert w.sum() * 27 == pytest.approx(27 * 26)          # N³(N³ − 1) ordered pairs
    assert not np.any(np.all(d == 0, axis=1))


def test_cube_pair_moments_match_brute_force_and_grow_as_log():
    for N in (2, 3, 5):
        d, w = zl.cube_pair_displacements(N)
        r = np.linalg.norm(d, axis=1)
        M0, D = zl.cube_pair_moments(N)
        assert M0 == pytest.approx(np.sum(w / r**3))
        assert D == pytest.approx(np.sum(w * ((d[:, 0] / r) ** 4 - 0.2) / r**3))
    # in a 2³ cube every site has 3 neighbours at 1, 3 at √2 and 1 at √3
    assert zl.cube_pair_moments(2)[0] == pytest.approx(3 + 3 / 2**1.5 + 1 / 3**1.5)
    m64, m128 = zl.cube_pair_moments(64)[0], zl.cube_pair_moments(128)[0]
    assert (m128 - m64) / np.log(2) == pytest.approx(4 * np.pi, rel=0.03)


def test_cube_pair_sum_reduces_to_the_cubic_anisotropy():
    # P_t = 15 α D and P_l = −30 α D for any x (chapter 7, the central test)
    At = np.zeros((3, 3)); At[0, 2] = At[2, 0] = 1.0
    for N, a, x in ((2, 0.4, 0.3), (6, 0.57, 1.1)):
        Al = x * np.eye(3) + 2 * np.diag([0.0, 0.0, 1.0])
        D = zl.cube_pair_moments(N)[1]
        assert zl.cube_pair_sum(N, a, At) == pytest.approx(15 * a * D)
        assert zl.cube_pair_sum(N, a, Al) == pytest.approx(-30 * a * D)
    assert zl.cube_pair_sum(4, 0.0, At) == pytest.approx(0.0, abs=1e-12)


def test_ball_pair_moments():
    # radius 1: the 6 nearest neighbours; radius √2 adds 12 at √2
    assert zl.ball_pair_moments(1.0) == pytest.approx((6.0, 2 * (1 - 0.2) + 4 * (0 - 0.2)))
    M0, _ = zl.ball_pair_moments(2**0.5)
    assert M0 == pytest.approx(6 + 12 / 2**1.5)
    a, b = zl.ball_pair_moments(64)[1], zl.ball_pair_moments(128)[1]
    assert abs(b - a) < 1e-4          # converges; the log-carrying M0 grows by 4π ln 2
    assert zl.ball_pair_moments(128)[0] - zl.ball_pair_moments(64)[0] == pytest.approx(4 * np.pi * np.log(2), rel=0.01)


def test_dipolar_critical_length_and_rms_error():
    L = zl.critical_length(1e6, 1e15, 1e3, 1e3)
    assert zl.dipolar_critical_length(8.0, 1e6, 1e15, 1e3, 1e3) == pytest.approx(4 * L)
    assert zl.rms_relative_error([1.1, 0.9], [1.0, 1.0]) == pytest.approx(0.1)
    assert zl.rms_relative_error(2.0, np.array([2.0, 2.0])) == 0.0


@pytest.mark.parametrize("call, name", [
    (lambda: zl.cube_pair_moments(1), "N"),
    (lambda: zl.ball_pair_moments(0.5), "radius"),
    (lambda: zl.cube_pair_sum(3, 0.5, np.ones((2, 2))), "A"),
    (lambda: zl.dipolar_critical_length(-1.0, 1e6, 1e15, 1e3, 1e3), "dipole_to_stress"),
    (lambda: zl.rms_relative_error([1.0], [0.0]), "measured"),
])
def test_new_functions_name_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()


# --- coverage of issue 17: known values ------------------------------------------------------

def test_relative_deviation_reproduces_the_printed_column():
    """(theo − exp)/exp of the Section IV table: SiO2 1.53 vs 1.6 → −4.4 %, BK7 1.63 vs 1.48 → +10.1 %."""
    assert zl.relative_deviation(1.2, 1.0) == pytest.approx(0.2)
    assert zl.relative_deviation(1.0, 1.25) == pytest.approx(-0.2)
    g = meissner_berret_glasses()
    for name, printed in (("SiO2", -0.0438), ("BK7", 0.101)):
        dev = zl.relative_deviation(g[name].ratio_theo_paper, g[name].ratio_exp_paper)
        assert dev == pytest.approx(printed, abs=5e-4)
    out = zl.relative_deviation(np.array([1.53, 1.63]), np.array([1.6, 1.48]))
    assert isinstance(out, np.ndarray) and out.shape == (2,)
    np.testing.assert_allclose(out, [-0.04375, 0.10135], atol=5e-5)


def test_correlation_p_value_matches_the_critical_r_table():
    """Critical values of Pearson's r, two-sided, n − 2 = 8: r = 0.632 at p = 0.05, 0.765 at p = 0.01;
    n − 2 = 1: r = 0.997 at p = 0.05 (standard tables)."""
    assert zl.correlation_p_value(0.632, 10) == pytest.approx(0.05, abs=5e-4)
    assert zl.correlation_p_value(0.765, 10) == pytest.approx(0.01, abs=2e-4)
    assert zl.correlation_p_value(0.997, 3) == pytest.approx(0.05, abs=2e-3)
    assert zl.correlation_p_value(-0.632, 10) == pytest.approx(zl.correlation_p_value(0.632, 10))


def test_slope_by_hand_and_fit_inputs():
    # Σxy/Σx² = (1·1 + 2·3)/(1 + 4) = 1.4
    assert zl.slope_through_origin([1.0, 2.0], [1.0, 3.0]) == pytest.approx(1.4)
    assert zl.pearson_r([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]) == pytest.approx(-1.0)


def test_traceless_ensemble_is_normalised_to_tr_T2_equal_2():
    t = zl.random_stress_tensors(np.random.default_rng(11), 100_000, "traceless")
    assert np.abs(np.trace(t, axis1=1, axis2=2)).max() < 1e-12
    assert np.allclose(t, t.transpose(0, 2, 1))
    assert np.einsum("nij,nji->n", t, t).mean() == pytest.approx(2.0, rel=0.01)


@pytest.mark.parametrize("call, name", [
    (lambda: zl.slope_through_origin([1.0], [1.0]), "length >= 2"),
    (lambda: zl.slope_through_origin([1.0, 2.0], [1.0]), "length >= 2"),
    (lambda: zl.slope_through_origin([0.0, 0.0], [1.0, 2.0]), "all zero"),
    (lambda: zl.pearson_r([1.0, 2.0], [1.0, 2.0]), "length >= 3"),
    (lambda: zl.correlation_p_value(0.5, 2), "n must be"),
    (lambda: zl.renormalisation_flow(1.0, 1.0, 1.0, 2, -1), "n_steps"),
    (lambda: zl.renormalisation_flow(1.0, 1.0, 1.0, 2, 1.5), "n_steps"),
    (lambda: zl.random_stress_tensors(np.random.default_rng(0), 0), "size"),
    (lambda: zl.pair_couplings(np.random.default_rng(0), 0, 0.4), "n_pairs"),
    (lambda: zl.rms_relative_error([], []), "same non-zero length"),
    (lambda: zl.rms_relative_error([1.0, 2.0], [1.0, 1.0, 1.0]), "same non-zero length, got 2, 3"),
])
def test_more_bad_input_is_named(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_fit_table_of_the_recomputed_columns_is_the_printed_fit_to_rounding():
    from glasslib.materials import meissner_berret_glasses

    g = meissner_berret_glasses()
    printed, computed = zl.fit_table(g), zl.fit_table(g, columns="computed")
    assert computed.materials == printed.materials
    # the printed ratio columns carry 2-3 digits: the slopes agree to about that
    assert computed.slope == pytest.approx(printed.slope, rel=0.02)
    assert computed.r == pytest.approx(printed.r, abs=0.02)
