"""Tests of glasslib.gruneisen (LW2008 Section VI, Eqs. 75–82)."""
import numpy as np
import pytest

from glasslib import gruneisen as gr
from glasslib import rfot, units


def _silica():
    """LW's silica inputs as Sec. VI uses them: (xi/a)^3 = 200, a = xi/(xi/a), K = rho c_s^2/3."""
    p = rfot.lw_inputs()
    xa = p["xi_over_a_cubed_sec_VI"] ** (1 / 3)
    return {"T_g": p["T_g"], "T_D": p["T_D"], "xi": p["xi"], "xi_over_a": xa, "a_sec_VI": p["xi"] / xa,
            "rho": p["rho"], "c_s": p["c_s"], "K": float(gr.bulk_modulus_scalar(p["rho"], p["c_s"])),
            "T_ref": p["T_alpha_reference"]}


def test_silica_inputs():
    inp = _silica()
    assert inp["T_g"] == 1500.0 and np.isclose(inp["xi_over_a"] ** 3, 200.0)
    assert np.isclose(inp["K"], inp["rho"] * inp["c_s"] ** 2 / 3)


def test_assembled_rr_equals_eq75_with_paper_sum():
    inp = _silica()
    a = inp["a_sec_VI"]
    b1 = gr.volume_expansivity_rr(1.0, inp["T_g"], inp["T_D"], inp["xi"], a, inp["K"])
    b2 = gr.volume_expansivity_rr_eq75(1.0, inp["T_D"], inp["xi"], a, inp["K"])
    assert np.isclose(b1, b2, rtol=1e-12)


def test_eq76_from_eq75_with_unit_cV():
    inp = _silica()
    a = inp["xi"] / inp["xi_over_a"]
    b = gr.volume_expansivity_rr_eq75(2.0, inp["T_D"], inp["xi"], a, inp["K"])
    g = gr.gruneisen(b, inp["K"], gr.tls_heat_capacity(2.0, inp["T_g"], inp["xi"], prefactor=1.0))
    assert np.isclose(g, gr.gruneisen_rr_eq76(inp["T_g"], inp["T_D"], inp["xi_over_a"]))


def test_rT_energy_factor_two_orders():
    x = np.array([1e-4, 1e-3])
    assert np.allclose(gr.rT_energy_factor(x), gr.rT_energy_factor(x, exact=False), rtol=1e-2)


def test_TT_correction_scaling():
    t = np.array([1e-5, 1e-6])
    c = gr.TT_correction(t, n=800)
    slope = np.diff(c / t**2)[0] / np.diff(np.log(1 / t))[0]
    assert abs(slope - np.pi**2 / 3) < 0.05


def test_bound_and_lindemann():
    rho, c, a, Tg = 2200.0, 4100.0, 3.5e-10, 1500.0
    dl = gr.lindemann_ratio_from_coupling(rho, c, a, Tg)
    assert np.isclose(gr.gruneisen_bound_eq82(rho, c, a, Tg), 12 * np.log(2) / np.pi**2 / dl)
    assert np.isclose(dl**2 * rho * c**2 * a**3, units.k_B * Tg)


def test_breakdown_temperature_definition():
    inp = _silica()
    X1 = 1.0
    T = gr.breakdown_temperature(X1, inp["T_g"], inp["xi"])
    assert np.isclose(X1 * T, np.pi**2 / 12 * units.k_B * T**2 / (inp["T_g"] * inp["xi"] ** 3))


@pytest.mark.parametrize("call", [
    lambda: gr.active_tls_density(-1.0, 1500.0, 2e-9),
    lambda: gr.bulk_modulus_scalar(0.0, 4100.0),
    lambda: gr.gruneisen_rr_eq76(1500.0, 342.0, -5.0),
    lambda: gr.rT_energy_factor(0.0),
    lambda: gr.TT_correction(-1e-3),
    lambda: gr.gruneisen_bound_eq82(2200.0, 4100.0, 3.5e-10, 0.0),
    lambda: gr.ripplon_pair_sum_paper(5.8, geometric_factor=0.0),
])
def test_bad_input(call):
    with pytest.raises(ValueError):
        call()


def test_geometric_factor_hypothesis_scales_by_4pi_over_3():
    inp = _silica()
    args = (inp["T_ref"], inp["T_g"], inp["T_D"], inp["xi"], inp["a_sec_VI"], inp["K"], inp["xi_over_a"])
    hyp = gr.geometric_factor_hypothesis(*args)
    assert hyp["factor"] == pytest.approx(4 * np.pi / 3, rel=1e-12)
    beta75 = float(gr.volume_expansivity_rr_eq75(inp["T_ref"], inp["T_D"], inp["xi"], inp["a_sec_VI"], inp["K"]))
    assert hyp["alpha"] == pytest.approx(beta75 / 3 * 4 * np.pi / 3, rel=1e-9)
    ratio_printed = gr.volume_expansivity_rT(
        gr.rT_free_energy_slope_paper(inp["T_g"], inp["T_D"], inp["xi"], inp["a_sec_VI"]), inp["K"]) / beta75
    assert hyp["ratio"] == pytest.approx(ratio_printed * 3 / (4 * np.pi), rel=1e-9)
