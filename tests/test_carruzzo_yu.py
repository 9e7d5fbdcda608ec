"""Tests of glasslib.carruzzo_yu (the numeric formulas of Carruzzo & Yu 2020; the derivations are in chapters 2-3)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glasslib import carruzzo_yu as cy
from glasslib import materials, tunneling, units
from glasslib.materials import DataError


@pytest.fixture(scope="module")
def glasses():
    return materials.carruzzo_yu_glasses()


def test_gamma_o_matches_formula(glasses):
    g = glasses["SiO2"]
    w = tunneling.debye_frequency(g.v, g.v_o)
    expected = math.sqrt(2) / 3 * math.sqrt(g.rho * g.v**2 * g.v_o * units.hbar * float(w))
    assert float(cy.polaron_coupling_scale(g.rho, g.v, g.v_o, w)) == pytest.approx(expected, rel=1e-12)


def test_silica_reproduces_table(glasses):
    th = cy.theory_for_glass(glasses["SiO2"])
    assert th.C * 1e4 == pytest.approx(2.9, abs=0.05)
    assert th.T_D == pytest.approx(348, abs=0.5)
    assert units.joule_to_ev(th.gamma_o) == pytest.approx(0.268, abs=0.001)


def test_theory_is_frozen(glasses):
    th = cy.theory_for_glass(glasses["PMMA"])
    with pytest.raises(Exception):
        th.C = 1.0  # type: ignore[misc]


def test_eq12_equals_eq1_with_eq9():
    rho, v, g_o, g_max, alpha = 2200.0, 4000.0, 4e-20, 4e-19, 2.5
    P_bar = cy.tls_density_of_states(rho, v, g_o, g_max)
    C1 = tunneling.coupling_constant(P_bar, alpha * g_o, rho, v)
    assert float(C1) == pytest.approx(float(cy.coupling_constant_theory(alpha, g_o, g_max)), rel=1e-12)


@settings(max_examples=50, deadline=None)
@given(st.floats(0.5, 2.0), st.floats(0.5, 2.0))
def test_C_scaling_with_v_o(f_vo, f_rho):
    """C ∝ ρ⁻² v_o^{-8/3} at fixed v (T_D recomputed)."""
    rho, v, v_o = 3000.0, 3000.0, 50e-30

    def C(r, vo):
        w = tunneling.debye_frequency(v, vo)
        return float(cy.coupling_constant_theory(2.5, cy.polaron_coupling_scale(r, v, vo, w),
                                                 cy.gamma_max_stability(r, v, vo)))
    ratio = C(rho * f_rho, v_o * f_vo) / C(rho, v_o)
    assert ratio == pytest.approx(f_rho**-2 * f_vo ** (-8 / 3), rel=1e-9)


def test_vectorised():
    rho = np.array([2200.0, 4000.0])
    out = cy.gamma_max_stability(rho, 4000.0, 45e-30)
    assert out.shape == (2,)


@pytest.mark.parametrize("func, args, name", [
    (cy.polaron_coupling_scale, (-1.0, 4000.0, 45e-30, 1e13), "rho"),
    (cy.gamma_max_stability, (2200.0, 0.0, 45e-30), "v"),
    (cy.tls_density_of_states, (2200.0, 4000.0, 1e-20, -1e-19), "gamma_max"),
    (cy.coupling_constant_theory, (0.0, 1e-20, 1e-19), "alpha"),
    (cy.gamma_max_glass_transition, (2200.0, 4000.0, 45e-30, -5.0), "T_g"),
])
def test_bad_input_names_parameter(func, args, name):
    with pytest.raises(ValueError, match=name):
        func(*args)


def test_log_factor_rejects_delta_above_max():
    with pytest.raises(ValueError, match="delta"):
        cy.tunnelling_log_factor(1.0, 2.0)


def test_wkb_roundtrip():
    M, d, w = 1e-25, 1e-10, 4.5e13
    V = cy.wkb_barrier_height(w, 10 * units.k_B, M, d)
    assert float(cy.wkb_tunnelling_element(w, M, V, d)) == pytest.approx(10 * units.k_B, rel=1e-10)


def test_supplement_table_loads_and_matches_main_table(glasses):
    sup = cy.carruzzo_yu_supplement_glasses()
    assert list(sup) == list(glasses)
    for name, row in sup.items():
        assert row.glass.rho == glasses[name].rho
        assert row.C_e == pytest.approx(glasses[name].C_th_paper)


def test_supplement_bad_file(tmp_path):
    bad = tmp_path / "bad.csv"
    src = (materials.data_dir() / cy.CY_SUPPLEMENT_TABLE).read_text().splitlines()
    src[2] = src[2].replace("2510", "abc", 1)
    bad.write_text("\n".join(src) + "\n")
    with pytest.raises(DataError, match="line 3"):
        cy.carruzzo_yu_supplement_glasses(bad)


def test_supplement_alpha2_reading():
    row = cy.carruzzo_yu_supplement_glasses()["Zn-glass"]
    p = cy.supplement_predictions(row)
    assert p["C_g"] * 1e4 == pytest.approx(7.2, abs=0.05)


def test_required_input_factor():
    assert float(cy.required_input_factor(4.0, 1.0, 2.0)) == pytest.approx(2.0)
    assert np.isnan(cy.required_input_factor(4.0, 1.0, 0.0))


def test_displacement_vacuum():
    assert cy.displacement_vacuum_expectation(0.7) == pytest.approx(math.exp(-2 * 0.49), rel=1e-9)
    with pytest.raises(ValueError, match="n_max"):
        cy.displacement_vacuum_expectation(0.5, n_max=1)


def test_strain_coefficient_scalings(glasses):
    g = glasses["SiO2"]
    base = cy.gamma_max_stability(g.rho, g.v, g.v_o)
    assert cy.gamma_max_stability(g.rho, g.v, g.v_o, strain_coefficient=2 / 3) == pytest.approx(base * 9 / 4)
    gg = cy.gamma_max_glass_transition(g.rho, g.v, g.v_o, 1500.0, 1.5)
    assert cy.gamma_max_glass_transition(g.rho, g.v, g.v_o, 1500.0, 1.0, strain_coefficient=2 / 3) \
        == pytest.approx(gg)
    with pytest.raises(ValueError, match="strain_coefficient"):
        cy.gamma_max_stability(g.rho, g.v, g.v_o, strain_coefficient=0.0)


def test_correlated_field_factor():
    assert cy.correlated_field_factor(2.0, 1.0, 1.0) == pytest.approx(np.sqrt(2.0))
    with pytest.raises(ValueError, match="gamma_o"):
        cy.correlated_field_factor(1.0, -1.0, 1.0)


def test_table_columns_match_supplement_predictions():
    """T_D follows v_o; with the printed inputs the columns equal supplement_predictions."""
    sup = cy.carruzzo_yu_supplement_glasses()
    for row in sup.values():
        g = row.glass
        cols = cy.table_columns(g.rho, g.v, g.v_o, row.T_g)
        pred = cy.supplement_predictions(row)
        for k in ("C_e", "P_e", "C_g", "P_g"):
            assert float(cols[k]) == pytest.approx(pred[k], rel=1e-12)
        assert float(cols["T_D"]) == pytest.approx(g.T_D, abs=0.5)
    g = sup["SiO2"].glass
    c1 = cy.table_columns(g.rho, g.v, g.v_o, 1473.0)
    c2 = cy.table_columns(g.rho, g.v, 1.1 * g.v_o, 1473.0)
    assert float(c2["C_e"] / c1["C_e"]) == pytest.approx(1.1 ** (-8 / 3), rel=1e-12)
    assert float(c2["T_D"] / c1["T_D"]) == pytest.approx(1.1 ** (-1 / 3), rel=1e-12)


def test_rounding_interval():
    lo, hi = cy.rounding_interval(2.0, 0.05, 1.0, 2.0)
    assert float(lo) == pytest.approx(np.sqrt(1.95)) and float(hi) == pytest.approx(np.sqrt(2.05))
    lo, hi = cy.rounding_interval(2.0, 0.05, 1.0, -1.0)
    assert float(lo) == pytest.approx(1 / 2.05) and float(hi) == pytest.approx(1 / 1.95)
    lo, hi = cy.rounding_interval(2.0, 0.05, 2.01, 0.0)
    assert float(lo) == 0.0 and float(hi) == np.inf
    lo, hi = cy.rounding_interval(2.0, 0.05, 2.2, 0.0)
    assert np.isnan(lo) and np.isnan(hi)
    with pytest.raises(ValueError, match="half_unit"):
        cy.rounding_interval(1.0, 1.0, 1.0, 1.0)


def test_resonant_alpha_eff():
    dmax = 10 * units.k_B
    assert float(cy.resonant_alpha_eff(dmax / 2, dmax)) == pytest.approx(1.0)
    E = units.h * 1e9
    assert float(cy.resonant_alpha_eff(E, dmax)) == pytest.approx(np.sqrt(1 + np.log(dmax / (2 * E))))
    with pytest.raises(ValueError, match="positive"):
        cy.resonant_alpha_eff(2 * dmax, dmax)
