"""Claims of Carruzzo & Yu (2020) and its Supplemental Material (chapters 2 and 3).

Every number is computed through :mod:`glasslib.carruzzo_yu`,
:mod:`glasslib.mean_field` and :mod:`glasslib.elastic_dipoles` from the
printed inputs (``data/carruzzo_yu_2020_table1.csv``,
``data/carruzzo_yu_2020_supplement_table1.csv``,
:data:`glasslib.carruzzo_yu.TEXT_INPUTS`); every identity is the SymPy result
of a step in :mod:`glasslib.carruzzo_yu_symbolic`.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import sympy as sp

from .. import carruzzo_yu as cy
from .. import carruzzo_yu_symbolic as cs
from .. import materials, mean_field, tunneling
from ..units import eV, h, hbar, k_B
from .legacy import Claim

S = cs.S
P = "CY2020"


def _tol(printed: float, last_digit: float) -> float:
    """Half a unit of the last printed digit, relative to the printed value."""
    return 0.5 * last_digit / abs(printed)


def _identity(id_: str, where: str, quantity: str, paper, ours, note: str) -> Claim:
    return Claim(id=id_, paper=P, where=where, quantity=quantity, paper_value=paper,
                 our_value=ours, rel_tol=0.0, note=note)


def _table_claims() -> list[Claim]:
    out = []
    glasses = materials.carruzzo_yu_glasses()
    notes = {
        "SF4": "hypothesis: v_o ≈ 65.5 Å³ in ρv²v_o (printed 40.7; T_D agrees with 40.7)",
        "SF59": "hypothesis: v_o ≈ 55.5 Å³ in ρv²v_o, ≈ SF57's 55.2 (row above)",
        "BALNA": "hypothesis: v_o ≈ 61.6 Å³ in ρv²v_o, ≈ V52's 61.1 (row above)",
        "BK7": "ours 2.76 (10% above 2.5); would need v_o ≈ 43.9 Å³ instead of 41.8",
    }
    for name, g in glasses.items():
        th = cy.theory_for_glass(g)
        printed = g.C_th_paper * 1e4
        out.append(Claim(
            id=f"{P}-table1-C_th-{name}", paper=P, where=f"Table I, {name}; Eqs. (5), (12), (13)",
            quantity="C_th × 10^4", paper_value=printed, our_value=th.C * 1e4,
            rel_tol=_tol(printed, 0.1),
            note=notes.get(name, "α = 2.5, γ_max of Eq. (13), T_D from v and v_o")))
        out.append(Claim(
            id=f"{P}-table1-T_D-{name}", paper=P, where=f"Table I, {name}; text after Eq. (13)",
            quantity="T_D [K]", paper_value=g.T_D, our_value=th.T_D, rel_tol=_tol(g.T_D, 1.0),
            note="k_B T_D = ħ v (6π²/v_o)^{1/3}"))
    return out


def _supplement_claims() -> list[Claim]:
    out = []
    for name, row in cy.carruzzo_yu_supplement_glasses().items():
        pred = cy.supplement_predictions(row)
        for col, scale, unit in (("C_g", 1e-4, "× 10^4"), ("P_g", 1e45, "[10^45 J^-1 m^-3]"),
                                 ("C_e", 1e-4, "× 10^4"), ("P_e", 1e45, "[10^45 J^-1 m^-3]")):
            printed = round(getattr(row, col) / scale, 6)
            reading = ("γ_max of Supp. Eq. (28), α₂ = 1.5, α = 2.5" if col.endswith("g")
                       else "γ_max of Eq. (13) = Supp. Eq. (30), α = 2.5")
            out.append(Claim(
                id=f"{P}-supp-table1-{col}-{name}", paper=P, where=f"Supplement Table I, {name}",
                quantity=f"{col} {unit}", paper_value=printed, our_value=pred[col] / scale,
                rel_tol=_tol(printed, 0.1), note=reading))
    return out


def _quoted_claims() -> list[Claim]:
    T = cy.TEXT_INPUTS
    out = []
    silica = materials.carruzzo_yu_glasses()["SiO2"]
    th = cy.theory_for_glass(silica)
    # γ ~ √(ρv²v_oħω_D) with the rounded SiO2 inputs of the text
    g_scale = np.sqrt(T["rho_SiO2_rounded"].value * T["v_SiO2_rounded"].value ** 2
                      * T["v_o_SiO2_rounded"].value * T["hbar_omega_D_SiO2"].value)
    out.append(Claim(f"{P}-gamma-scale-SiO2", P, "text after Table I",
                     "√(ρv²v_oħω_D) for SiO2 [eV]", 0.57, float(g_scale / eV), _tol(0.57, 0.01),
                     f"the quoted 0.57 eV omits the √2/3 of Eq. (5); γ_o itself is {float(th.gamma_o / eV):.2f} eV"))
    out.append(Claim(f"{P}-gamma-eff-SiO2", P, "text after Table I",
                     "γ_eff = 2.5 γ_o for SiO2 in the measured range [eV]", (0.65, 1.0),
                     float(cy.effective_coupling(cy.DEFAULT_ALPHA, th.gamma_o) / eV), 0.0,
                     "our reading: the text sets γ_eff = αγ_o (α = 2.5) beside the experimental "
                     "0.65–1 eV (Berret & Meissner); it does not print γ_eff itself"))
    dmax = T["delta_max"].value
    out.append(Claim(f"{P}-log-factor-1K", P, "text before Eq. (12)",
                     "ln^{1/2}(Δ_max/Δ°) at Δ° = 1 K", 1.5,
                     float(cy.tunnelling_log_factor(dmax, T["delta_1K"].value)), _tol(1.5, 0.1),
                     "Δ_max = 10 K"))
    out.append(Claim(f"{P}-log-factor-slow", P, "text before Eq. (12)",
                     "ln^{1/2}(Δ_max/Δ°) at Δ° = 5e-11 K", 5.0,
                     float(cy.tunnelling_log_factor(dmax, T["delta_slow"].value)), _tol(5.0, 1.0),
                     "Δ_max = 10 K"))
    out.append(Claim(f"{P}-oscillation-time", P, "text before Eq. (12)",
                     "h/Δ° at Δ° = 5e-11 K [s]", 1.0, float(h / T["delta_slow"].value),
                     _tol(1.0, 1.0), "period of the tunnelling oscillation, 2πħ/Δ°"))
    # Eq. (13) prefactor and Eq. (25) constant
    out.append(Claim(f"{P}-eq13-prefactor", P, "Eq. (13)", "(4/3)(2/9π)^{2/3}", 0.23,
                     cy.ALEXANDER_PREFACTOR, _tol(0.23, 0.01), ""))
    out.append(Claim(f"{P}-supp-eq25-constant", P, "Supp. Eq. (25)", "6/(2π)^{3/2}", 0.38,
                     cy.MEAN_FIELD_CONSTANT, _tol(0.38, 0.01), "printed as 0.38…"))
    out.append(Claim(f"{P}-eq7-one-third", P, "Eq. (7) vs Supp. Eq. (25)",
                     "mean-field constant used in Eq. (7)", 1.0 / 3.0, cy.MEAN_FIELD_CONSTANT, 0.1,
                     "'≈' bound 10%: 0.381 is rounded to 1/3 (14% lower P̄; C ×0.875 if kept)"))
    # γ_max estimates of the Supplement, for SiO2
    rho, v, v_o = silica.rho, silica.v, silica.v_o
    C_a1 = float(cy.coupling_constant_theory(
        cy.DEFAULT_ALPHA, th.gamma_o, cy.gamma_max_fixed_strain(rho, v, v_o, T["alpha1"].value)))
    out.append(Claim(f"{P}-supp-alpha1", P, "Supplement item 1 after Eq. (26)",
                     "C for α₁ = 1/4, SiO2 (order of magnitude)", 1e-4, C_a1, 2.0,
                     f"'C ~ 10⁻⁴': ours {C_a1:.2e}, within the measured 2–5e-4 but ×{C_a1 / 1e-4:.2f} "
                     "from 1e-4"))
    sup = cy.carruzzo_yu_supplement_glasses()["SiO2"]
    g_tg1 = cy.gamma_max_glass_transition(rho, v, v_o, sup.T_g, T["alpha2_unit"].value)
    C_a2 = float(cy.coupling_constant_theory(cy.DEFAULT_ALPHA, th.gamma_o, g_tg1))
    out.append(Claim(f"{P}-supp-alpha2-unit", P, "Supplement after Eq. (28)",
                     "C for α₂ = 1, SiO2 (order of magnitude)", 1e-4, C_a2, 2.0,
                     f"C ∝ α₂⁻⁴: α₂ = 1 gives {C_a2:.2e}, an order above 10⁻⁴ "
                     "(with c = 2/3 in Supp. Eq. 26 it would give the α₂ = 1.5 value)"))
    # α₂ fitting C_exp(SiO2): C ∝ α₂⁻⁴
    a2_fit = float(T["alpha2_unit"].value * (C_a2 / silica.C_exp) ** 0.25)
    out.append(Claim(f"{P}-supp-alpha2-fit", P, "Supplement after Eq. (28)",
                     "α₂ fitting C_exp(SiO2) = 2.9e-4", 1.5, a2_fit, _tol(1.5, 0.1), ""))
    g_zp = cy.gamma_max_zero_point(rho, v, v_o, th.omega_D, T["alpha3"].value)
    C_a3 = float(cy.coupling_constant_theory(cy.DEFAULT_ALPHA, th.gamma_o, g_zp))
    out.append(Claim(f"{P}-supp-alpha3", P, "Supplement after Eq. (29)",
                     "C for α₃ = 5 (material independent)", 1e-4, C_a3, 2.0,
                     f"C = (α²/3)(√2/3)⁴/α₃⁴ = {C_a3:.2e}"))
    zp_ratio = float(cy.thermal_strain_squared(rho, v, v_o, th.omega_D, th.T_D, th.T_D)
                     / cy.zero_point_strain_squared(rho, v, v_o, th.omega_D))
    out.append(Claim(f"{P}-supp-8-thirds", P, "Supplement after Eq. (28)",
                     "⟨e²⟩_{T>T_D} prefactor / ⟨e²⟩_{T=0}", 8.0 / 3.0, zp_ratio, 1e-9,
                     "Debye zero-point strain (9/8)ħω_D/(ρv²v_o)"))
    # high-temperature limit
    C_hi = cy.high_temperature_coupling_constant()
    out.append(Claim(f"{P}-eq15-l-over-lambda", P, "Eq. (15)", "l/λ at C = 1/6", 0.3,
                     float(tunneling.mean_free_path_per_wavelength(C_hi)), _tol(0.3, 0.1),
                     "3/π² = 0.304"))
    l_hi = float(tunneling.mean_free_path_per_wavelength(C_hi))
    out.append(Claim(f"{P}-conclusion-l-over-lambda", P, "Conclusion",
                     "l/λ at high T ('ℓ/λ ∼ 1')", 1.0, l_hi, 2.0,
                     f"order of magnitude only: Eq. (15) itself gives 3/π² = {l_hi:.2f}, "
                     f"a factor {1 / l_hi:.2g} below 1"))
    ratio_km = {n: float(dmax / (hbar * cy.theory_for_glass(gl).omega_D))
                for n, gl in materials.carruzzo_yu_glasses().items()}
    worst = max(ratio_km, key=ratio_km.get)
    out.append(Claim(f"{P}-supp-vkm-over-omegaD", P, "Supplement after Eq. (14)",
                     "v k_m/ω_D = Δ_max/ħω_D (largest over Table I)", (0.0, 0.1), ratio_km[worst], 0.0,
                     f"'less than one tenth'; ħvk_m = Δ_max = 10 K; largest for {worst}; "
                     f"(1 − (vk_m/ω_D)²) ≥ {1 - ratio_km[worst]**2:.4f}"))
    # Yu–Leggett
    g_eff = cy.effective_coupling(cy.DEFAULT_ALPHA, th.gamma_o)
    C_yl = float(tunneling.coupling_constant(cy.yu_leggett_density_of_states(rho, v, g_eff),
                                             g_eff, rho, v))
    out.append(Claim(f"{P}-eq6-yu-leggett-C", P, "Eq. (6) and text", "C with P̄ = ρv²/γ²", 1.0,
                     C_yl, 2.0, "'C ~ 1' (exactly 1 by construction)"))
    out.append(Claim(f"{P}-eq6-yu-leggett-orders", P, "text after Eq. (6)",
                     "C_YL / C_exp(SiO2) ('4 orders of magnitude too large')", 1e4,
                     C_yl / silica.C_exp, 2.0,
                     f"order of magnitude: ours {C_yl / silica.C_exp:.2g} = 10^{np.log10(C_yl / silica.C_exp):.2f}"))
    # WKB, Eq. (14)
    M = silica.rho * silica.v_o
    coef = float(np.sqrt(2.0 * M * k_B) * 1e-10 / hbar)
    out.append(Claim(f"{P}-eq14-wkb-coefficient", P, "text after Eq. (14)",
                     "√(2ρv_o k_B·1K)·1Å/ħ", 1.6, coef, _tol(1.6, 0.1),
                     "needs √(2MV) d (V under the root), M = ρv_o ≈ 60 amu"))
    hw = T["hbar_omega_D_SiO2"].value
    for key, printed, digit in (("d_1A", 5.0, 1.0), ("d_half_A", 20.0, 10.0)):
        V = float(cy.wkb_barrier_height(hw / hbar, dmax, M, T[key].value) / k_B)
        out.append(Claim(f"{P}-eq14-barrier-{key}", P, "text after Eq. (14)",
                         f"barrier V [K] for d = {T[key].value * 1e10:g} Å", printed, V,
                         _tol(printed, digit), "ln(ħω_D/Δ_max) = ln 35"))
    return out


def _identity_claims() -> list[Claim]:
    out = []
    gm, g = S.gamma_max, S.gamma
    out.append(_identity(f"{P}-supp-eq3-vector-dipole", "Supp. Eq. (3)", "P(γ²), vector dipoles",
                         1 / gm**2, cs.vector_dipole_pdf_gamma2(),
                         "u = cos θ uniform on [−1, 1]"))
    out.append(_identity(f"{P}-supp-vector-mean-g2", "Supp. Eq. (22)", "⟨γ²⟩ (vector dipoles)",
                         gm**2 / 2, cs.moment(cs.vector_dipole_pdf_gamma2(), S.gamma2, gm**2, 1), ""))
    pdf = cs.tensor_dipole_pdf()
    out.append(_identity(f"{P}-supp-eq5-tensor-dipole", "Supp. Eq. (5)", "P(γ), tensor dipoles",
                         4 * g / (gm**2 * sp.sqrt(1 - 4 * g**2 / gm**2)), pdf,
                         "γ = γ_max sin θ/2 (half the eigenvalue of ΔD)"))
    out.append(_identity(f"{P}-supp-eq5-normalised", "Supp. Eq. (5)", "∫P(γ)dγ (tensor)",
                         sp.Integer(1), cs.moment(pdf, g, gm / 2, 0), ""))
    lin_norm = cs.moment(4 * g / gm**2, g, gm / 2, 0)
    out.append(_identity(f"{P}-supp-eq5-linear", "Supp. after Eq. (5)",
                         "small-γ leading term of Supp. Eq. (5), 'P(γ) ≈ 4γ/γ_max²'", 4 * g / gm**2,
                         cs.linear_leading_term(pdf),
                         f"our comment: used on [0, γ_max/2] it integrates to {lin_norm}, and only "
                         f"{float(cs.linear_approximation_weight(sp.Rational(1, 2))):.0%} of TLS have "
                         "sinθ < 1/2, where it is within 15%"))
    out.append(_identity(f"{P}-supp-eq14-factor-2", "Supp. Eqs. (11)–(14)",
                         "vacuum exponent of :cosh 2α: per mode", -2 * S.x**2,
                         cs.vacuum_displacement_exponent(), "e^{A+B} = e^A e^B e^{−[A,B]/2}"))
    out.append(_identity(f"{P}-eq5-gamma-o", "Eq. (5); Supp. after Eq. (14)", "γ_o",
                         cs.debye_substitution(cs.paper_gamma_o()), cs.polaron_gamma_o(sp.Integer(3)),
                         "needs Σ_s⟨|D:e^s|²⟩ = 3; a unit uniaxial D gives 1/3 (γ_o ×3, C ×81)"))
    out.append(_identity(f"{P}-supp-cutoff-factor", "Supp. after Eq. (14)", "exponent / (γ²/γ_o²)",
                         1 - S.k_m**2 / S.k_D**2,
                         sp.simplify(cs.polaron_exponent_integral(sp.Integer(3))
                                     / g**2 * cs.polaron_gamma_o(sp.Integer(3))**2),
                         "(1 − (v k_m/ω_D)²)"))
    out.append(_identity(f"{P}-supp-eq24-variance", "Supp. Eqs. (23)–(24); main text Var(ε)",
                         "σ²", (gm**2 / (2 * S.rho * S.v**2))**2 * (4 * sp.pi / (3 * S.V_o))**2,
                         cs.mean_field_variance(), "integral from R_o, (4π/3)R_o³ = V_o"))
    out.append(_identity(f"{P}-supp-P-h0", "Supp. before Eq. (25)", "P(h = 0)",
                         S.rho * S.v**2 / gm**2 * 3 * S.V_o / (2 * sp.pi)**sp.Rational(3, 2),
                         cs.mean_field_density_at_zero(), ""))
    out.append(_identity(f"{P}-main-P-eps-exponent", "main text before Eq. (7)",
                         "P(ε) as printed, (2π)^{2/3}",
                         3 * S.rho * S.v**2 * S.V_o / ((2 * sp.pi)**sp.Rational(2, 3) * gm**2),
                         cs.mean_field_density_at_zero(),
                         "main text prints (2π)^{2/3}; the Supplement's (2π)^{3/2} is right"))
    out.append(_identity(f"{P}-supp-eq25", "Supp. Eq. (25)", "ñ_o",
                         6 / (2 * sp.pi)**sp.Rational(3, 2) * S.rho * S.v**2 / gm**2,
                         cs.mean_field_density_of_states(), "divide by V_o, fold ε < 0"))
    out.append(_identity(f"{P}-eq9-P-bar", "Eqs. (8)–(9)", "P(ε, Δ°)",
                         S.rho * S.v**2 / (3 * gm**2) * (S.gamma_o / gm)**2 / S.Delta,
                         cs.change_of_variables(), "exponent γ²/γ_o² (polaron result)"))
    out.append(_identity(f"{P}-eq8-text-exponent", "text before Eq. (8)",
                         "P(ε, Δ°) with Δ° = Δ_max e^{−γ²/γ_max²} as printed",
                         S.rho * S.v**2 / (3 * gm**2) * (S.gamma_o / gm)**2 / S.Delta,
                         cs.change_of_variables(gm),
                         "the printed γ_max exponent gives P̄ = ρv²/3γ_max², not Eq. (9)"))
    out.append(_identity(f"{P}-eq12-C", "Eq. (12)", "C",
                         S.alpha**2 / 3 * (S.gamma_o / gm)**4, cs.coupling_constant(), ""))
    out.append(_identity(f"{P}-high-T-C", "text before Eq. (15)", "C for k_BT ≫ V",
                         sp.Rational(1, 6), cs.high_temperature_limit(), ""))
    L = sp.Symbol("L", positive=True)   # L = ln(Δ_max/2E)
    ours_log = cs.resonant_log_average().subs(S.Delta_max, 2 * S.E * sp.exp(L))
    out.append(_identity(f"{P}-kappa-log", "text after Table I", "⟨γ²⟩/γ_o² of resonant TLS at E",
                         1 + 2 * L, sp.simplify(sp.expand_log(ours_log, force=True)),
                         "our reading (resonant weight (Δ°/E)², our choice): 1 + ln(Δ_max/2E), log ×1 "
                         "not ×2; the paper does not state its averaging"))
    c_iso = cs.point_dipole_strain_coefficient()
    c_tr = cs.point_dipole_strain_coefficient(sp.diag(0, -1, 1))
    c_ax = cs.point_dipole_strain_coefficient(sp.diag(0, 0, 1))
    out.append(_identity(f"{P}-supp-eq26-coefficient", "Supp. Eq. (26)",
                         "c in δ² = cγ²/(ρv²v_o)² at (4/3)πr³ = v_o", sp.Rational(3, 2), c_iso,
                         f"our model (scalar modulus ρv², Σe_ij²): centre of dilation γδ_ij gives {c_iso}, "
                         f"ΔD = zz−yy {c_tr}, nn {c_ax} (angle-averaged); none gives 3/2; "
                         "C_g ∝ c², C_e ∝ c⁴"))
    T_D = sp.Symbol("T_D", positive=True)
    out.append(_identity(f"{P}-supp-eq27", "Supp. Eq. (27)", "⟨e²⟩ for T > T_D",
                         3 * S.hbar * S.omega_D / (S.rho * S.v**2 * S.v_o) * S.T / T_D,
                         cs.thermal_strain().subs(S.k_B, S.hbar * S.omega_D / T_D),
                         "equipartition over 3 modes per v_o, with k_B T_D = ħω_D"))
    out.append(_identity(f"{P}-supp-eq28", "Supp. Eqs. (26)–(28)", "γ_max with δ² = ⟨e²⟩(T_g)",
                         sp.sqrt(2 * S.rho * S.v**2 * S.v_o * S.k_B * S.T_g),
                         cs.dipole_strain_gamma_max(cs.thermal_strain().subs(S.T, S.T_g)),
                         "α₂ = 1 exactly"))
    out.append(_identity(f"{P}-supp-eq30", "Supp. Eq. (30)", "γ_max (Alexander)",
                         sp.Rational(4, 3) * (2 / (9 * sp.pi))**sp.Rational(2, 3)
                         * S.rho * S.v**2 * S.v_o, cs.alexander_gamma_max(),
                         "with k = ρv_oω_D² (printed ω_Dρv_o is not a spring constant) "
                         "and the printed u = √(2TR/k)"))
    return out


@lru_cache(maxsize=1)
def _all() -> tuple[Claim, ...]:
    return tuple(_table_claims() + _supplement_claims() + _quoted_claims() + _identity_claims())


def claims() -> list[Claim]:
    """All claims of Carruzzo & Yu (2020) checked in chapters 2 and 3."""
    return list(_all())
