"""Claims of Lubchenko & Wolynes (2008), Sections V–VI (chapter 6): quantum mixing and Grüneisen.

Identities are the SymPy results of :mod:`glasslib.quantum_mixing_symbolic`; numbers come from
:mod:`glasslib.quantum_mixing` (exact diagonalisation) and :mod:`glasslib.gruneisen`, with the
silica inputs of ``data/lubchenko_wolynes_2008_silica.csv``.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import sympy as sp

from .. import gruneisen as gr
from .. import quantum_mixing as qm
from .. import quantum_mixing_symbolic as qs
from ..ripplons import ripplon_modes
from .legacy import Claim

P = "LW2008"
S = qs.S


def _tol(printed: float, last_digit: float) -> float:
    """Half a unit of the last printed digit, relative to the printed value."""
    return 0.5 * last_digit / abs(printed)


def _id(tag: str) -> str:
    return f"LW2008-III-{tag}"


def _identity(tag: str, where: str, quantity: str, paper, ours, note: str) -> Claim:
    return Claim(id=_id(tag), paper=P, where=where, quantity=quantity, paper_value=paper,
                 our_value=ours, rel_tol=0.0, note=note)


def _mixing_claims() -> list[Claim]:
    out = []
    ours, paper = qs.secular_equation_eq59()
    out.append(_identity("eq59-secular", "Eq. (59)", "|eps| as a function of eps_tilde (Delta = 0)",
                         paper, ours, "det(H−λ)=0 of Eq. (58)'s ripplon block: Eq. (59) with ε̃ in the "
                         "resolvent is exact (not only perturbative) for the dressed upper level"))
    ours, paper = qs.sigma_eq61()
    out.append(_identity("eq61-sigma", "Eq. (61)", "bare |eps| at which eps_tilde = 0", paper, ours,
                         "edge of the forbidden band; exact diagonalisation continues ε̃ < 0 below it"))
    _, second, paper = qs.residue_eq60()
    out.append(_identity("eq60-residue", "Eq. (60)", "Delta_tilde/Delta to O(Delta_i^2)", paper, second,
                         "second order of the exact quasiparticle weight 1/sqrt(1+ΣΔ_i²/(ω_i−ε̃)²) at ε̃ ≪ ω_i"))

    # exact vs perturbative on the paper's two-ripplon Eq. (58) at weak coupling
    D_i, w_i = np.array([0.02, 0.015]), np.array([0.15, 0.23])
    eps = 0.005
    exact = float(qm.tunnelling_renormalisation_exact(1.0, eps, D_i, w_i))
    out.append(Claim(
        id=_id("eq60-exact-weak"), paper=P, where="Eq. (60)", quantity="Delta_tilde/Delta, 4x4 Eq. (58), "
        "Delta_i = (0.02, 0.015), omega_i = (0.15, 0.23), |eps| = 0.005 (units of omega_D)",
        paper_value=float(qm.tunnelling_renormalisation_eq60(1.0, D_i, w_i)), our_value=exact, rel_tol=1e-3,
        note="ε̃ ≈ 0.001 ≪ ω_i; 1e-3 tolerance ≈ the neglected O(Δ_i⁴/ω_i⁴, ε̃/ω_i) terms"))

    l, w, g = ripplon_modes(gr.silica_inputs()["xi_over_a"])
    D, ww = qm.ripplon_coupling_model(w, g, 0.02)
    sig = float(qm.level_shift_sigma(D, ww))
    m_small = float(qm.small_asymmetry_measure(0.05 * sig, D, ww)) / sig
    out.append(Claim(
        id=_id("eq67-pileup"), paper=P, where="Eqs. (66)-(67)",
        quantity="centres with |eps_tilde| < Sigma/20, in units of n(0)*Sigma (kappa = 0.02, silica ripplons)",
        paper_value=float(qm.small_asymmetry_measure_eq67(0.05 * sig, sig)) / sig, our_value=m_small,
        rel_tol=0.1,
        note="exact Eq. (58): no δ-function pile-up; the band |ε| < Σ is folded onto −Σ < ε̃ < 0 "
             "(level crossing), so the density of |ε̃| is ≈ 2n, not Σδ + n"))
    m_sigma = float(qm.small_asymmetry_measure(sig, D, ww)) / sig
    out.append(Claim(
        id=_id("eq67-integrated"), paper=P, where="Eqs. (66)-(67)",
        quantity="centres with |eps_tilde| < Sigma, in units of n(0)*Sigma",
        paper_value=float(qm.small_asymmetry_measure_eq67(sig, sig)) / sig, our_value=m_sigma, rel_tol=0.05,
        note="integrated over |ε̃| ≤ Σ the pile-up holds: same count (2Σn) within the O(ΣΔ_i²/ω_i²) shift"))
    return out


def _franck_condon_claims() -> list[Claim]:
    out = []
    ours, paper = qs.franck_condon_ode_eq64()
    out.append(_identity("eq64-ode", "Eqs. (63)-(64)", "Delta_tilde_Q from the ODE", paper, ours,
                         "dsolve of Eq. (63) with Δ̃/Δ_Q → 1; closed form Δ̃² = (ω_D²/B) W(BΔ_Q²/ω_D²)"))
    _, diff = qs.franck_condon_lambert()
    out.append(_identity("eq62-first-order", "Eq. (62)", "Eq. (64) to first order minus Eq. (62)", 0, diff,
                         "Eq. (64) is an exponential resummation (a Padé-like extension) of Eq. (62)"))
    inp = gr.silica_inputs()
    B = qm.ripplon_sum_B(inp["xi_over_a"])
    out.append(Claim(
        id=_id("B"), paper=P, where="text after Eq. (65)", quantity="B = sum_i omega_D/omega_i (silica, (xi/a)^3 = 200)",
        paper_value=(200.0, 1000.0), our_value=B, rel_tol=0.0,
        note="'several hundreds'; modes l = 2..9 with degeneracy 2l+1 from Eq. (33) (chapter 5)"))
    fast, _ = qm.scattering_bracket_eq68(inp["E_fast_over_T_D"], B, inp["c"])
    out.append(Claim(
        id=_id("eq68-fast-term"), paper=P, where="Eq. (68)", quantity="fast-TLS term B E/omega_D at E = 1e-2 T_D",
        paper_value=(1.0, 10.0), our_value=float(fast[()]), rel_tol=0.0,
        note="paper: must lie between 10^0 and 10^1 to matter, requiring B of several hundreds"))
    _, at0, at1 = qs.fast_tls_beta_integral()
    out.append(_identity("eq68-integral-c0", "Eq. (68)", "int_0^1 x/sqrt(1-x^2) dx (c = 0)", 1, at0,
                         "lower end of 'varies between 1 and π/2'"))
    out.append(_identity("eq68-integral-c1", "Eq. (68)", "int_0^1 1/sqrt(1-x^2) dx (c = 1)", sp.pi / 2, at1,
                         "upper end; general c: ½B(1−c/2, ½), monotonic in c"))
    # Eq. (69) at E = T = 1e-2 T_D, t = 1 minute
    E = inp["E_fast_over_T_D"]
    tm = qm.tau_min_scaled(E, inp["tau_min_ref"], inp["E_ref_over_T_D"])
    f69, r69 = qm.heat_capacity_bracket_eq69(E, inp["t_minutes"], tm, B, inp["c"])
    out.append(Claim(
        id=_id("eq69-regular"), paper=P, where="Eq. (69)", quantity="regular bracket at E = 1e-2 T_D, t = 1 min",
        paper_value=100.0, our_value=float(r69), rel_tol=2.0,
        note="'of the order a hundred'; ours ≈ 27 with τ_min ∝ E⁻³ from 2 μs at 5.7e-4 T_D and c = 0.1"))
    # "at the shortest times t ~ τ_min ... at the most one tenth of the long-time value": the heat
    # capacity is the thermal average of Eq. (69); at t ~ τ_min only the fast part is present, and
    # "long-time" is read as the measurement time scale of minutes (1 minute, as for the regular term).
    c_fast, c_reg = qm.heat_capacity_eq69(inp["E_fast_over_T_D"], np.array([inp["t_minutes"]]), B, inp["c"],
                                          inp["tau_min_ref"], inp["E_ref_over_T_D"])
    frac = float(c_fast[0] / (c_fast[0] + c_reg[0]))
    out.append(Claim(
        id=_id("eq69-fast-fraction"), paper=P, where="Eq. (69), text after it",
        quantity="C(t ~ τ_min)/C(long time): thermal average of Eq. (69), fast/(fast+regular), T = 1e-2 T_D, "
                 "long time read as 1 min", paper_value=(0.0, 0.1), our_value=frac, rel_tol=0.5,
        note=f"'at the most one tenth'; the heat capacity weights larger E, where the fast term (∝ E) grows: "
             f"{frac:.2g} (the bracket at E = T alone gives {float(f69 / (f69 + r69)):.2g})"))
    return out


def _interaction_claims() -> list[Claim]:
    out = []
    ours, paper = qs.eq73_derivation(True)
    out.append(_identity("eq73-xx", "Eq. (73)", "dF_rr of one pair, flip-flop + counter-rotating coupling",
                         paper, ours, "Eq. (73) is exact second order for J X_i X_j, X = |2⟩⟨3| + |3⟩⟨2|"))
    ours, paper = qs.eq73_derivation(False)
    out.append(_identity("eq72-flipflop", "Eqs. (72)-(73)", "dF_rr of one pair from the flip-flop term of Eq. (72) alone",
                         paper, ours, "Eq. (72)'s |2_i3_j⟩⟨3_i2_j| + h.c. alone gives a T → 0 shift of zero; "
                         "the ground-state lowering −J²/(ω_i+ω_j) of Eq. (74) needs |2_i2_j⟩⟨3_i3_j|"))
    ours, paper = qs.eq74_limit()
    out.append(_identity("eq74-limit", "Eq. (74)", "T << omega limit of Eq. (73)", paper, ours, "z = e^{−βω} → 0"))
    ours, paper = qs.eq77_derivation(True)
    out.append(_identity("eq77-xx", "Eq. (77)", "dF_rT of one pair, flip-flop + counter-rotating", paper, ours,
                         "exact second order for J X_i^{23} X_j^{12}, site j a two-level system"))
    ours, paper = qs.eq77_derivation(False)
    out.append(_identity("eq77-flipflop", "Eq. (77)", "dF_rT from the stated coupling -J|2_i2_j><3_i1_j| + h.c. alone",
                         paper, ours, "the counter-rotating |2_i1_j⟩⟨3_i2_j| is needed as well"))
    ours, paper = qs.eq81_derivation(True)
    out.append(_identity("eq81-xx", "Eq. (81)", "dF_TT of one pair, flip-flop + counter-rotating", paper, ours,
                         "exact second order for J σ_x^i σ_x^j"))
    ours, paper = qs.eq81_derivation(False)
    out.append(_identity("eq81-flipflop", "Eq. (81)", "dF_TT from the stated coupling J|1_i2_j><2_i1_j| + h.c. alone",
                         paper, ours, "flip-flop alone vanishes at T = 0; Eq. (81)'s T = 0 term needs |1_i1_j⟩⟨2_i2_j|"))

    # exact diagonalisation of two three-level sites (9x9) against Eq. (73)
    lv = (qm.three_level_energies(0.3, 1.0)[:, None] + qm.three_level_energies(0.5, 1.7)[None, :]).ravel()
    V = qm.two_site_coupling(3, (2, 3), 3, (2, 3), "both")
    J = 1e-3
    exact = float(qm.two_site_free_energy_exact(lv, V, J, 0.5))
    out.append(Claim(
        id=_id("eq73-exact-diag"), paper=P, where="Eq. (73)",
        quantity="dF exact (9x9 eigh) / Eq. (73), J = 1e-3, eps = (0.3, 0.5), omega = (1, 1.7), T = 0.5",
        paper_value=1.0, our_value=exact / float(qm.delta_F_rr_eq73(0.3, 0.5, 1.0, 1.7, 0.5, J)), rel_tol=1e-4,
        note="residual O(J²) relative; tolerance 1e-4 ≫ J² = 1e-6 and float round-off"))

    lv2 = (qm.three_level_energies(0.3, 1.0)[:, None] + np.array([0.0, 0.4])[None, :]).ravel()
    V2 = qm.two_site_coupling(3, (2, 3), 2, (1, 2), "both")
    out.append(Claim(
        id=_id("eq77-exact-diag"), paper=P, where="Eq. (77)",
        quantity="dF exact (6x6 eigh) / Eq. (77), J = 1e-3, eps_i = 0.3, omega_i = 1, eps_j = 0.4, T = 0.5",
        paper_value=1.0, our_value=float(qm.two_site_free_energy_exact(lv2, V2, J, 0.5))
        / float(qm.delta_F_rT_eq77(0.3, 1.0, 0.4, 0.5, J)), rel_tol=1e-4,
        note="three-level site i, two-level site j, coupling J X_i^{23} X_j^{12}"))
    lv3 = (np.array([0.0, 0.2])[:, None] + np.array([0.0, 0.4])[None, :]).ravel()
    V3 = qm.two_site_coupling(2, (1, 2), 2, (1, 2), "both")
    out.append(Claim(
        id=_id("eq81-exact-diag"), paper=P, where="Eq. (81)",
        quantity="dF exact (4x4 eigh) / Eq. (81), J = 1e-3, eps = (0.2, 0.4), T = 0.5",
        paper_value=1.0, our_value=float(qm.two_site_free_energy_exact(lv3, V3, J, 0.5))
        / float(qm.delta_F_TT_eq81(0.2, 0.4, 0.5, J)), rel_tol=1e-4, note="coupling J σ_x^i σ_x^j"))

    out.append(_identity("J2-average", "text after Eq. (74)", "<[(g_i.g_j) - 3(g_i.r)(g_j.r)]^2> over orientations",
                         sp.Rational(2, 3), qs.orientation_average_J2(), "isotropic moments of three independent unit vectors"))
    mc, se = qm.orientation_average_J2_monte_carlo()
    out.append(Claim(
        id=_id("J2-monte-carlo"), paper=P, where="text after Eq. (74)", quantity="orientation average, Monte Carlo (2e5 samples)",
        paper_value=2.0 / 3.0, our_value=mc, rel_tol=0.01, note=f"seeded; standard error {se:.1g}; |MC − 2/3| = {abs(mc - 2 / 3) / se:.2g} s.e., "
                          f"tolerance = {0.01 * 2 / 3 / se:.2g} s.e."))
    ours, paper = qs.dipole_radial_integral()
    out.append(_identity("pair-integral", "text after Eq. (74)", "int_{r0}^oo 4 pi r^2 <J^2> dr", paper, ours,
                         "lower limit r_0 = ξ(3/4π)^{1/3}"))
    return out


def _gruneisen_claims() -> list[Claim]:
    out = []
    inp = gr.silica_inputs()
    T_g, T_D, T_D6, xi, xa = inp["T_g"], inp["T_D"], inp["T_D_sec_VI"], inp["xi"], inp["xi_over_a"]
    a6, K, T1 = inp["a_sec_VI"], inp["K"], inp["T_ref"]

    ours, paper = qs.rr_free_energy_coefficient()
    out.append(_identity("rr-free-energy", "text before Eq. (75)", "coefficient of dV/V in dF_rr/V", paper, ours,
                         "from n_act = ln2·T/(T_gξ³), (2/3)T_g²a⁶/ξ³ and the paper's harmonic-sum estimate"))
    v_eq, beta = qs.expansivity_from_free_energy(2)
    C = sp.Rational(3, 2) * sp.log(2) ** 2 * sp.pi**2 / (S["xi"] ** 3 * S["T_D"]) * (S["a"] / S["xi"]) ** sp.Rational(7, 4)
    beta75 = beta.subs(S["C"], C)
    paper75 = -3 * sp.log(2) ** 2 * sp.pi**2 * S["T"] / (S["K"] * S["xi"] ** 3 * S["T_D"]) * (S["a"] / S["xi"]) ** sp.Rational(7, 4)
    out.append(_identity("eq75", "Eq. (75)", "volume expansivity from minimising K/2 v^2 + C T^2 v", paper75, beta75,
                         "the printed 3.0 is exactly 2 × 1.5"))
    cV = sp.pi**2 / 6 * S["T"] / (S["T_g"] * S["xi"] ** 3)
    gamma76 = -3 * sp.log(2) ** 2 * sp.pi**2 * S["T_g"] / S["T_D"] * (S["a"] / S["xi"]) ** sp.Rational(7, 4)
    out.append(_identity("eq76-cV", "Eq. (76)", "gamma_rr = K beta/c_V with c_V = (pi^2/6) T/(T_g xi^3)",
                         gamma76, qs.gruneisen_from_expansivity(beta75, cV),
                         "Eq. (76) follows only with c_V = T/(T_gξ³); the flat-DOS TLS heat capacity has π²/6"))

    g76 = float(gr.gruneisen_rr_eq76(T_g, T_D6, xa))
    out.append(Claim(id=_id("gamma-rr"), paper=P, where="Eq. (76)", quantity="gamma_rr for silica (Eq. 76 as printed)",
                     paper_value=-3.0, our_value=g76, rel_tol=_tol(3.0, 1.0),
                     note="(ξ/a)³ = 200, T_g/T_D = 1500/350"))
    S_exact = gr.ripplon_pair_sum_exact(xa)
    out.append(Claim(id=_id("harmonic-sum"), paper=P, where="text after Eq. (74)",
                     quantity="sum_{l1,l2} (2l1+1)(2l2+1)/(omega_l1+omega_l2) x omega_D, (xi/a)^3 = 200",
                     paper_value=float(gr.ripplon_pair_sum_paper(xa)), our_value=S_exact, rel_tol=0.5,
                     note="'within sufficient accuracy' read as ±50%; exact sum over Eq. (33), l = 2..9, is half the estimate"))
    beta_best = gr.volume_expansivity_rr(T1, T_g, T_D6, xi, a6, K, S_exact)
    c_best = gr.tls_heat_capacity(T1, T_g, xi)
    out.append(Claim(id=_id("gamma-rr-consistent"), paper=P, where="Eq. (76)",
                     quantity="gamma_rr with exact harmonic sum and c_V = (pi^2/6)T/(T_g xi^3)",
                     paper_value=-3.0, our_value=float(gr.gruneisen(beta_best, K, c_best)), rel_tol=_tol(3.0, 1.0),
                     note="both corrections lower |γ_rr| (×0.50 and ×6/π²); still within the paper's 'order of magnitude'"))
    alpha = float(gr.volume_expansivity_rr_eq75(T1, T_D, xi, inp["a_sec_VI"], K)) / 3.0
    hyp = gr.geometric_factor_hypothesis(T1, T_g, T_D, xi, inp["a_sec_VI"], K, xa)
    out.append(Claim(id=_id("alpha-1K"), paper=P, where="Eq. (75)", quantity="linear expansion coefficient of silica at 1 K (1/K)",
                     paper_value=-0.4e-9, our_value=alpha, rel_tol=_tol(0.4, 0.1),
                     note=f"K = ρc_s²/3, ξ = 20 Å, (ξ/a)³ = 200, T_D = 342 K: ours is {-0.4e-9 / alpha:.2g}× smaller. "
                          f"Hypothesis: a factor 4π/3 (a (3/4π) dropped in the harmonic-sum estimate or in "
                          f"r₀ = ξ(3/4π)^(1/3)) gives {hyp['alpha']:.2g}, but then β_rT/β_rr = {hyp['ratio']:.2g}, "
                          f"not the printed 1.2"))
    X1p = gr.rT_free_energy_slope_paper(T_g, T_D, xi, inp["a_sec_VI"])
    ratio = gr.volume_expansivity_rT(X1p, K) / float(gr.volume_expansivity_rr_eq75(T1, T_D, xi, inp["a_sec_VI"], K))
    out.append(Claim(id=_id("ratio-rT-rr"), paper=P, where="Eqs. (75), (79)", quantity="beta_rT/beta_rr at 1 K (printed formulas)",
                     paper_value=1.2, our_value=float(ratio), rel_tol=_tol(1.2, 0.1), note="T_D = 342 K, (ξ/a)³ = 200"))
    X1 = gr.rT_free_energy_slope(T_g, T_D, xi, inp["a_sec_VI"])
    out.append(Claim(id=_id("rT-slope"), paper=P, where="text after Eq. (78)",
                     quantity="dF_rT/(V T): assembled over Eq. (33) modes with e^x E1(x) / printed 0.5(a/xi)^4 ln[...]",
                     paper_value=1.0, our_value=X1 / X1p, rel_tol=0.5,
                     note="the printed closed form approximates Σ_l(2l+1)[ln(T_g/ω_l) − γ_E]; read 'approximately' as ±50%"))
    beta_rr_exact = float(gr.volume_expansivity_rr(T1, T_g, T_D, xi, inp["a_sec_VI"], K, S_exact))
    out.append(Claim(id=_id("ratio-rT-rr-exact-sums"), paper=P, where="Eqs. (75), (79)",
                     quantity="beta_rT/beta_rr at 1 K, both with exact ripplon sums",
                     paper_value=1.2, our_value=gr.volume_expansivity_rT(X1, K) / beta_rr_exact, rel_tol=_tol(1.2, 0.1),
                     note="the two closed-form sums err in opposite directions (×2.0 and ×0.51); ripplon–TLS dominates at 1 K"))
    out.append(Claim(id=_id("breakdown-T"), paper=P, where="text after Eq. (78)",
                     quantity="T/T_g below which |dF_rT| exceeds the free-TLS free energy",
                     paper_value=1e-3, our_value=gr.breakdown_temperature(X1p, T_g, xi) / T_g, rel_tol=2.0,
                     note="'below 10⁻³T_g' (order of magnitude); with the exact sums 2.7e-3"))
    ours, paper = qs.tls_free_energy_integral()
    out.append(_identity("free-tls-F", "text after Eq. (78)", "free energy of non-interacting TLS, T << T_g", paper, ours,
                         "∫ln(1+e^{−x})dx = π²/12"))
    ex, two, paper = qs.rT_energy_integral()
    out.append(_identity("rT-E1", "text after Eq. (78)", "T_g int de e^{-e/T_g}/(T_g(omega+e)), two leading orders",
                         paper, two, "exact: e^{ω/T_g}E₁(ω/T_g)"))
    out.append(_identity("eq81-T0", "text after Eq. (81)", "T_g <1/(eps_i+eps_j)> over n(eps) (T = 0 term)", 1,
                         qs.TT_zero_temperature_average(),
                         "gives −(2T_g/3ξ³)(a/ξ)⁶; the printed '(g/ξ)⁶' is read as (a/ξ)⁶"))
    t = np.array([1e-5, 1e-6])
    corr = gr.TT_correction(t)
    slope = float(np.diff(corr / t**2)[0] / np.diff(np.log(1 / t))[0])
    out.append(Claim(id=_id("eq81-T2lnT"), paper=P, where="text after Eq. (81)",
                     quantity="coefficient k in dF_TT/V = -(2T_g/3xi^3)(a/xi)^6 [1 + k (T/T_g)^2 ln(T_g/T)]",
                     paper_value=float(np.pi**2 / 3), our_value=-slope, rel_tol=0.01,
                     note="magnitude π²/3 confirmed numerically, sign opposite: |δF_TT| decreases with T "
                          "(thermal population cuts the virtual transitions), an expanding contribution"))
    bound_univ = float(12 * np.log(2) / np.pi**2 / inp["lindemann_ratio"])
    out.append(Claim(id=_id("eq82-bound"), paper=P, where="Eq. (82)", quantity="(12 ln2/pi^2)(a/d_L), d_L/a = 0.1",
                     paper_value=8.0, our_value=bound_univ, rel_tol=_tol(8.0, 1.0),
                     note="'nearly the same for all substances and is about 8': the universal Lindemann ratio"))
    out.append(Claim(id=_id("eq82-bound-silica"), paper=P, where="Eq. (82)",
                     quantity="(12 ln2/pi^2) sqrt(rho c_s^2 a^3/k_B T_g), silica, a = 3.5 A",
                     paper_value=8.0, our_value=gr.gruneisen_bound_eq82(inp["rho"], inp["c_s"], inp["a"], T_g),
                     rel_tol=_tol(8.0, 1.0), note="silica's own d_L/a = 0.115 gives 7.4"))
    dl = gr.lindemann_ratio_from_coupling(inp["rho"], inp["c_s"], inp["a"], T_g)
    out.append(Claim(id=_id("C-interaction"), paper=P, where="text after Eq. (81)",
                     quantity="interaction heat capacity / TLS heat capacity, 10 (a/xi)^5 (d_L/a)^2",
                     paper_value=(1e-5, 1e-4), our_value=gr.interaction_heat_capacity_ratio(xa, dl), rel_tol=0.0,
                     note="'~10^{-4..5}'; printed estimate evaluated, not re-derived"))
    return out


@lru_cache(maxsize=1)
def _claims() -> tuple[Claim, ...]:
    return tuple(_mixing_claims() + _franck_condon_claims() + _interaction_claims() + _gruneisen_claims())


def claims() -> list[Claim]:
    """The claims of LW2008 Sections V–VI checked in chapter 6."""
    return list(_claims())
