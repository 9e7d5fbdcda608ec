"""glasslib.glass_table: the joined view of every glass in data/, predictions and scores."""
import math

import numpy as np
import pytest
from scipy import stats

from glasslib import glass_table as gt
from glasslib import units


@pytest.fixture(scope="module")
def table():
    return gt.joined_glass_table()


# --- names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["SiO2", "a-SiO2", "silica", " Vitreous  Silica ", "SiO₂", "v-SiO2"])
def test_silica_spellings_are_one_glass(raw):
    assert gt.normalise_name(raw) == "SiO2"


def test_other_names_normalise_and_unknown_pass_through():
    assert gt.normalise_name("Zn-Glass") == "Zn-glass"
    assert gt.normalise_name("Se") == "a-Se"
    assert gt.normalise_name(" Unobtainium ") == "Unobtainium"
    with pytest.raises(ValueError):
        gt.normalise_name("  ")


# --- the joined table ----------------------------------------------------------------------------

def test_every_glass_of_data_is_a_row(table):
    assert set(table.glasses) == {"SiO2", "BK7", "SF4", "SF57", "SF59", "V52", "BALNA", "LAT", "Zn-glass",
                                  "PMMA", "As2S3", "LaSF-7", "a-Se", "PS"}
    assert len(table.glasses) == len(set(table.glasses))       # a-SiO2/silica did not make a second row


def test_known_values_in_si(table):
    assert table.get("SiO2", "rho").value == 2200.0
    assert table.get("silica", "v_o").value == pytest.approx(45.3e-30, rel=1e-12)
    assert table.get("SiO2", "T_g").value == 1473.0 and table.get("SiO2", "T_g").source == "CY-S1"
    assert table.get("BK7", "gamma_l").value == pytest.approx(0.96 * units.eV, rel=1e-12)
    assert table.get("PMMA", "C").value == pytest.approx(3.7e-4, rel=1e-12)
    assert table.get("SiO2", "P_bar").value == pytest.approx(0.8e45, rel=1e-12)
    assert table.get("SiO2", "T_D", prefer=["CY-text"]).value == pytest.approx(350.0, rel=1e-12)
    assert table.get("SiO2", "epsilon_F").value == pytest.approx(10 * units.k_B, rel=1e-12)


def test_each_value_keeps_its_source(table):
    sources = {e.label for e in table.all("SiO2", "T_g")}
    assert sources == {"CY-S1", "LW Sec. III.A"}
    assert table.get("SiO2", "T_g", prefer=["LW"]).value == 1500.0
    src = table.sources(["T_g"]).loc["SiO2", "T_g"]
    assert src.startswith("CY-S1") and "+1.8%" in src


def test_disagreement_report_names_both_sources_and_the_relative_difference(table):
    d = table.disagreements()
    row = d[(d.glass == "SiO2") & (d.quantity == "T_g")].iloc[0]
    assert row.source_a == "CY-S1" and row.source_b == "LW Sec. III.A"
    assert row.rel_diff == pytest.approx(1500 / 1473 - 1, rel=1e-12)
    c_t = d[(d.glass == "SiO2") & (d.quantity == "c_t")].iloc[0]
    assert c_t.value_b == pytest.approx(4000.0) and c_t.rel_diff == pytest.approx(4000 / 3800 - 1)
    # sorted by |rel_diff|, and the identical Table I / Supplement columns are not reported
    assert list(d.rel_diff.abs()) == sorted(d.rel_diff.abs(), reverse=True)
    assert not ((d.source_a == "CY-T1") & (d.source_b == "CY-S1")).any()
    full = table.disagreements(include_agreeing=True)
    assert ((full.source_a == "CY-T1") & (full.source_b == "CY-S1") & (full.rel_diff == 0)).sum() >= 50


def test_missing_input_names_every_missing_quantity(table):
    with pytest.raises(gt.MissingInput) as exc:
        table.inputs("PS", ["c_l", "rho", "v_o"])
    assert exc.value.glass == "PS" and exc.value.missing == ("rho", "v_o")
    assert "PS: missing rho, v_o" in str(exc.value)


def test_values_are_none_where_no_source_has_them(table):
    v = table.values(["rho", "c_l"])
    assert v.loc["SF57", "c_l"] is None or np.isnan(v.loc["SF57", "c_l"])
    assert v.loc["SiO2", "rho"] == 2200.0
    assert table.values(["v_o"], display=True).loc["SiO2", "v_o"] == pytest.approx(45.3)


# --- predictions ---------------------------------------------------------------------------------

def test_evaluate_names_the_missing_input_instead_of_a_nan(table):
    spec = gt.PredictionSpec("ratio", "q", ("rho", "c_l"), lambda rho, c_l, k: k * rho * c_l, {"k": 2.0})
    out = {p.glass: p for p in gt.evaluate(spec, table)}
    assert out["SiO2"].value == pytest.approx(2 * 2200 * 5800)
    assert not out["PS"].ok and out["PS"].missing == ("rho",)
    assert out["PS"].describe() == "not predicted: missing ρ"
    assert not out["SF57"].ok and out["SF57"].missing == ("c_l",)


def test_evaluate_raises_on_bad_input_naming_the_glass(table):
    spec = gt.PredictionSpec("bad", "q", ("rho",), lambda rho: math.nan)
    with pytest.raises(ValueError, match="SiO2"):
        gt.evaluate(spec, table, ["SiO2"])


def test_log_sensitivities_of_a_power_law():
    s = gt.log_sensitivities(lambda x, y: 3.0 * x**2 / y**1.5, {"x": 2.0, "y": 7.0})
    assert s["x"] == pytest.approx(2.0, abs=1e-8) and s["y"] == pytest.approx(-1.5, abs=1e-8)
    with pytest.raises(ValueError):
        gt.log_sensitivities(lambda x: -x, {"x": 1.0})


# --- scores --------------------------------------------------------------------------------------

def test_scores_known_values():
    meas = [1.0, 2.0, 4.0]
    assert gt.log_rms([2.0, 4.0, 8.0], meas) == pytest.approx(math.log(2))
    assert gt.spread(meas) == 4.0 and gt.spread([3.0, 3.0]) == 1.0
    rho, p = gt.rank_correlation([1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 1.0, 4.0, 3.0, 5.0])
    t = 0.8 * math.sqrt(3 / (1 - 0.64))                                   # Student t, n - 2 = 3 d.o.f.
    assert rho == pytest.approx(0.8) and p == pytest.approx(stats.t.sf(t, 3))
    assert gt.rank_correlation([1.0, 1.0, 1.0], meas) is None              # constant: not defined
    rounded = [1 / 3, (1 / 3) * (1 + 2.2e-16), 1 / 3 * (1 - 4.4e-16)]       # one number, rounded
    assert gt.rank_correlation(rounded, meas) is None                      # still constant
    assert gt.rank_correlation([1.0, 1.0 + 1e-6, 1.0 + 2e-6], meas) is not None   # a real spread
    s = gt.score([2.0, 2.0, 2.0], meas)
    assert s["spearman"] is None and s["factor"] == pytest.approx(math.exp(s["log_rms"]))
    assert s["spread_predicted"] == 1.0 and s["spread_measured"] == 4.0
    with pytest.raises(ValueError):
        gt.log_rms([1.0, -1.0], [1.0, 1.0])


# --- coverage of issue 17 ------------------------------------------------------------------------

def small_table():
    E = gt.Entry
    return gt.GlassTable([E("BK7", "v", 3800.0, "ZL-T1", "v"), E("SiO2", "T_g", 1500.0, "LW", "Sec. III.A"),
                          E("SiO2", "rho", 2200.0, "CY-T1", "rho_kg_m3"),
                          E("SiO2", "T_g", 1473.0, "CY-S1", "T_g_K")])


def test_a_small_table_orders_glasses_quantities_and_sources():
    t = small_table()
    assert t.glasses == ["BK7", "SiO2"]                         # first appearance
    assert t.quantities == ["rho", "v", "T_g"]                  # the order of QUANTITIES
    assert list(gt.QUANTITIES).index("rho") < list(gt.QUANTITIES).index("v") < list(gt.QUANTITIES).index("T_g")
    assert t.get("SiO2", "T_g").value == 1473.0                 # CY-S1 before LW by default
    assert t.get("SiO2", "T_g", prefer=["LW"]).value == 1500.0
    # a preferred source that does not have the value falls back to the table's order
    assert t.get("SiO2", "T_g", prefer=["T22"]).value == 1473.0
    assert t.get("silica", "T_g", prefer=["T22", "LW"]).label == "LW Sec. III.A"


def test_disagreements_of_a_table_without_duplicates_is_empty():
    E = gt.Entry
    t = gt.GlassTable([E("SiO2", "rho", 2200.0, "CY-T1", "rho"), E("BK7", "rho", 2510.0, "CY-T1", "rho")])
    d = t.disagreements()
    assert len(d) == 0 and list(d.columns) == ["glass", "quantity", "source_a", "value_a", "source_b",
                                               "value_b", "rel_diff"]
    d = small_table().disagreements()
    assert len(d) == 1 and d.rel_diff[0] == pytest.approx(1500 / 1473 - 1, rel=1e-12)


def test_prediction_describe_and_a_rejected_input_names_the_glass():
    assert gt.Prediction("SiO2", 12345.678).describe() == "1.235e+04"
    assert gt.Prediction("SiO2", 2.9e-4).describe() == "0.00029"
    assert gt.Prediction("PS", None, ("rho", "v_o")).describe() == "not predicted: missing ρ, v_o"

    def picky(rho):
        raise ValueError("rho out of range")

    with pytest.raises(ValueError, match=r"bad, q, SiO2: rho out of range"):
        gt.evaluate(gt.PredictionSpec("bad", "q", ("rho",), picky), small_table(), ["SiO2"])


def test_score_inputs_are_checked():
    with pytest.raises(ValueError, match="positive for a log-derivative"):
        gt.log_sensitivities(lambda x, y: 1.0, {"x": 1.0, "y": -2.0})
    with pytest.raises(ValueError, match="same non-zero length"):
        gt.log_rms([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match="same non-zero length"):
        gt.log_rms([], [])
    with pytest.raises(ValueError, match="positive values"):
        gt.spread([])
    with pytest.raises(ValueError, match="positive values"):
        gt.spread([1.0, 0.0])
    assert gt.rank_correlation([1.0, 2.0], [1.0, 2.0]) is None           # fewer than 3 glasses


def test_si_values_without_absolute_tolerance(table):
    """pytest.approx adds abs=1e-12 unless told otherwise: v_o (1e-29 m³), γ (1e-19 J) and ε_F
    (1e-22 J) above are not pinned by it. Å³ → m³, eV → J and K → J, checked with abs=0."""
    def close(got, want, rel=1e-12):
        return got == pytest.approx(want, rel=rel, abs=0)

    assert close(table.get("silica", "v_o").value, 45.3e-30)
    assert close(table.get("BK7", "gamma_l").value, 0.96 * 1.602176634e-19)
    assert close(table.get("SiO2", "epsilon_F").value, 10 * 1.380649e-23)
    assert close(table.get("SiO2", "C").value, 2.9e-4)                       # CY Table I, C_exp = 2.9 (×10⁻⁴)


def test_zhou_leggett_section5_C_by_hand(table):
    """C = n₀M²/(ρc²) of the Section V columns, worked in CGS (where it is dimensionless as it stands):
    SiO2 2.04e8/(2.2·(5.8e5)²) = 2.7565e-4, BK7 1e8/(2.51·(6.5e5)²) = 9.4298e-5; SiO2 within 5 % of
    Carruzzo–Yu's measured 2.9e-4."""
    sio2 = [e for e in table.all("SiO2", "C") if e.source == "ZL-S5"][0]
    bk7 = [e for e in table.all("BK7", "C") if e.source == "ZL-S5"][0]
    assert sio2.derived and sio2.value == pytest.approx(2.7565e-4, rel=1e-4, abs=0)
    assert bk7.value == pytest.approx(9.4298e-5, rel=1e-4, abs=0)
    assert sio2.value / table.get("SiO2", "C").value == pytest.approx(0.95, abs=0.01)
