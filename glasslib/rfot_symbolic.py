"""SymPy derivation steps of the RFOT route to the two-level systems (floor 4).

Each function is one step of Lubchenko & Wolynes (2008), Sections II–III, and
returns a SymPy expression (or a small dict of them) *derived* from the
paper's premises: the droplet free energy (Eq. 6), the random-energy density
of states (Eq. 9), the doubled-variance barrier statistics (Eq. 12), the
marginal-stability and equipartition conditions (Eqs. 15–17), the resonant
mean free path (Eq. 19), the WKB amplitude (Eq. 21) and the one-phonon rate
(Eq. 23).  Chapter 4 calls them one by one; the claims module
:mod:`glasslib.claims.lubchenko_wolynes_1` evaluates the same code.

Convention: k_B = ħ = 1 (the paper's), so temperatures are energies; s_c is
in units of k_B per bead.
"""
from __future__ import annotations

from functools import lru_cache

import sympy as sp

__all__ = [
    "S", "droplet_free_energy", "barrier_position", "barrier_height", "mosaic_size",
    "mismatch_coefficient", "configurational_entropy_at_Tg", "xi_over_a_closed_form",
    "xi_over_a_as_printed", "fragility_D", "barrier_width_ratio",
    "rem_log_density", "rem_bulk_shift", "rem_variance", "rem_ground_state_energy",
    "rem_slope_at_ground_state", "residual_density_of_states",
    "barrier_log_density", "typical_barrier", "transition_state", "barrier_tail_slope",
    "coupling_from_marginal_stability", "wavelength_per_mean_free_path", "neighbour_coupling",
    "thermal_dipole_field",
    "amplitude_distribution", "joint_distribution_E_rate", "joint_distribution_E_rate_printed",
    "heat_capacity_integrand_z", "heat_capacity_integrand_z_printed",
    "long_time_scaling",
]

#: The symbols of the chapter (all positive reals unless stated).
S: dict[str, sp.Symbol] = {name: sp.Symbol(name, positive=True) for name in (
    "N", "gamma", "T", "T_g", "T_K", "s_c", "F_dagger", "tau", "tau_0", "Lam", "kappa",
    "Delta_c_p", "D", "a", "xi", "delta_E2", "Delta_eps", "rho", "c_s", "grad_phi2", "g",
    "omega", "P_bar", "V", "V_max", "Delta", "Delta_0", "omega_dagger", "E", "r", "K", "z",
    "c", "t", "x", "A", "lam", "L_tau")}
S["E_real"] = sp.Symbol("E", real=True)
S["eps"] = sp.Symbol("epsilon", real=True)


# ----------------------------------------------------------------------- Eqs. (5)–(7): droplets

def droplet_free_energy() -> sp.Expr:
    """F(N) = γ√N − T s_c N, Eq. (6) (premise: Eq. 5 with Φ_eq = Φ_in)."""
    N, g, T, s = S["N"], S["gamma"], S["T"], S["s_c"]
    return g * sp.sqrt(N) - T * s * N


@lru_cache(maxsize=None)
def barrier_position() -> sp.Expr:
    """N‡ from ∂F/∂N = 0 (text before Eq. 7)."""
    F = droplet_free_energy()
    (sol,) = sp.solve(sp.Eq(sp.diff(F, S["N"]), 0), S["N"])
    return sp.simplify(sol)


@lru_cache(maxsize=None)
def barrier_height() -> sp.Expr:
    """F‡ = F(N‡), Eq. (7)."""
    return sp.simplify(droplet_free_energy().subs(S["N"], barrier_position()))


@lru_cache(maxsize=None)
def mosaic_size() -> sp.Expr:
    """N* > 0 from F(N*) = 0 (text before Fig. 5)."""
    sols = [s for s in sp.solve(sp.Eq(droplet_free_energy(), 0), S["N"]) if s != 0]
    (sol,) = sols
    return sp.simplify(sol)


def mismatch_coefficient(T: sp.Expr | None = None) -> sp.Expr:
    """γ = (3/2)√(3π) T Λ with Λ = ln(α_L a²/πe) (premise, Sec. II, Xia & Wolynes 2000)."""
    T = S["T"] if T is None else T
    return sp.Rational(3, 2) * sp.sqrt(3 * sp.pi) * T * S["Lam"]


@lru_cache(maxsize=None)
def configurational_entropy_at_Tg() -> sp.Expr:
    """s_c solving F‡ = T ln(τ/τ₀) with γ of :func:`mismatch_coefficient` (Sec. II, "s_c ≃ 0.8").

    ln(τ/τ₀) is the positive symbol ``L_tau``.
    """
    eq = sp.Eq(barrier_height().subs(S["gamma"], mismatch_coefficient()), S["T"] * S["L_tau"])
    (sol,) = sp.solve(eq, S["s_c"])
    return sp.simplify(sol)


def xi_over_a_closed_form() -> sp.Expr:
    """ξ/a = N*^{1/3} with γ and s_c(T_g) inserted (text before Fig. 5)."""
    Nstar = mosaic_size().subs(S["gamma"], mismatch_coefficient())
    Nstar = sp.simplify(Nstar.subs(S["s_c"], configurational_entropy_at_Tg()))
    return sp.simplify(Nstar ** sp.Rational(1, 3))


def xi_over_a_as_printed(sqrt_of_3pi: bool = True) -> sp.Expr:
    """The printed ξ/a = [8/(3√3π) ln(τ/τ₀)/Λ]^{2/3}, read with √(3π) (default) or √3·π."""
    root = sp.sqrt(3 * sp.pi) if sqrt_of_3pi else sp.sqrt(3) * sp.pi
    return (8 / (3 * root) * S["L_tau"] / S["Lam"]) ** sp.Rational(2, 3)


def fragility_D() -> sp.Expr:
    """D in τ ∝ exp[D T_K/(T − T_K)] from F‡/T with s_c = Δc_p (T−T_K)/T_K and γ = κ T_K, T → T_K.

    Premises: Eq. (7), the linear s_c of Sec. II, and γ ∝ T_K.
    """
    T, TK, dc, kap = S["T"], S["T_K"], S["Delta_c_p"], S["kappa"]
    FoverT = (barrier_height() / T).subs({S["gamma"]: kap * TK, S["s_c"]: dc * (T - TK) / TK})
    # F‡/T = D T_K/(T − T_K) near T_K  ⇒  D = lim (T−T_K)/T_K · F‡/T
    return sp.simplify(sp.limit(FoverT * (T - TK) / TK, T, TK))


def barrier_width_ratio() -> sp.Expr:
    """δF‡/F‡ = δS_c/S_c with ⟨δS_c²⟩ = Δc_p N* (Landau–Lifshitz), S_c = s_c N*, expressed through D.

    Premises: F‡ ∝ 1/s_c (Eq. 7), N* of :func:`mosaic_size` with γ = κT, D of :func:`fragility_D`.
    """
    dc, kap, D = S["Delta_c_p"], S["kappa"], S["D"]
    Nstar = mosaic_size().subs(S["gamma"], kap * S["T"])
    ratio = sp.sqrt(dc * Nstar) / (S["s_c"] * Nstar)
    # eliminate Δc_p with D = κ²/(4Δc_p)
    (dc_of_D,) = sp.solve(sp.Eq(fragility_D(), D), dc)
    return sp.simplify(ratio.subs(dc, dc_of_D))


# ----------------------------------------------------------------------- Eqs. (9)–(11): REM

def rem_log_density(with_surface: bool = True) -> sp.Expr:
    """ln Ω_N(E) = s_c N − [E − (NΔε + γ√N)]²/(2δE²N), Eq. (9) (premise)."""
    N, E = S["N"], S["E_real"]
    g = S["gamma"] if with_surface else 0
    return S["s_c"] * N - (E - (N * S["Delta_eps"] + g * sp.sqrt(N))) ** 2 / (2 * S["delta_E2"] * N)


@lru_cache(maxsize=None)
def rem_bulk_shift() -> sp.Expr:
    """Δε from Ω_N(E_K) = 1 at γ = 0 with E_K = −T_g s_c N (text after Eq. 10)."""
    eq = sp.Eq(rem_log_density(False).subs(S["E_real"], -S["T_g"] * S["s_c"] * S["N"]), 0)
    sols = sp.solve(eq, S["Delta_eps"])
    # the ground state is the *lower* root: E_K = −T_g s_c N lies below the centre NΔε
    (good,) = [s for s in sols if sp.simplify(s + S["T_g"] * S["s_c"]).is_positive]
    return sp.simplify(good)


@lru_cache(maxsize=None)
def rem_variance() -> sp.Expr:
    """δE² from ∂ ln Ω_N/∂E = 1/T_g at the ground state (text after Eq. 10)."""
    lnO = rem_log_density(False).subs(S["Delta_eps"], rem_bulk_shift())
    slope = sp.diff(lnO, S["E_real"]).subs(S["E_real"], -S["T_g"] * S["s_c"] * S["N"])
    sols = sp.solve(sp.Eq(sp.simplify(slope), 1 / S["T_g"]), S["delta_E2"])
    (sol,) = sols
    return sp.simplify(sol)


@lru_cache(maxsize=None)
def rem_ground_state_energy() -> sp.Expr:
    """E_GS(N): the lower root of Ω_N(E) = 1 with Δε, δE² fixed (Eq. 11)."""
    dE2 = rem_variance()
    lnO = rem_log_density(True).subs(S["Delta_eps"], rem_bulk_shift()).subs(S["delta_E2"], dE2)
    roots = sp.solve(sp.Eq(lnO, 0), S["E_real"])
    centre = S["N"] * rem_bulk_shift().subs(S["delta_E2"], dE2) + S["gamma"] * sp.sqrt(S["N"])
    lower = [r for r in roots if sp.simplify(r - centre).could_extract_minus_sign()]
    return sp.expand(sp.simplify(lower[0]))


@lru_cache(maxsize=None)
def rem_slope_at_ground_state() -> sp.Expr:
    """∂ ln Ω_N/∂E at E_GS(N), with the surface term: equals 1/T_g for every N (density ∝ e^{ε/T_g})."""
    dE2 = rem_variance()
    lnO = rem_log_density(True).subs(S["Delta_eps"], rem_bulk_shift()).subs(S["delta_E2"], dE2)
    return sp.simplify(sp.diff(lnO, S["E_real"]).subs(S["E_real"], rem_ground_state_energy()))


@lru_cache(maxsize=None)
def residual_density_of_states() -> sp.Expr:
    """n(ε)/(N* a³) at ε → 0 with n normalised by ∫_{−∞}^0 n dε = 1: P̄ = 1/(T_g ξ³) (Sec. III.A)."""
    eps, Tg = S["eps"], S["T_g"]
    A = sp.Symbol("A_n", positive=True)
    n = A * sp.exp(eps / Tg)  # slope 1/T_g (rem_slope_at_ground_state)
    (A_val,) = sp.solve(sp.Eq(sp.integrate(n, (eps, -sp.oo, 0)), 1), A)
    return sp.simplify((n.subs(A, A_val) / S["xi"] ** 3).subs(eps, 0))


# ----------------------------------------------------------------------- Eqs. (12)–(14): barriers

def barrier_log_density() -> sp.Expr:
    """ln Ω_N(V) of Eq. (12): the REM with doubled variance 4δE²N, δE² = 2T_g²s_c, centre T_g s_c N + γ√N."""
    N, V = S["N"], S["V"]
    dE2 = rem_variance()
    return S["s_c"] * N - (V - (S["T_g"] * S["s_c"] * N + S["gamma"] * sp.sqrt(N))) ** 2 / (4 * dE2 * N)


@lru_cache(maxsize=None)
def typical_barrier() -> sp.Expr:
    """V(N): lower root of Ω_N(V) = 1 (Eq. 12)."""
    roots = sp.solve(sp.Eq(barrier_log_density(), 0), S["V"])
    centre = S["T_g"] * S["s_c"] * S["N"] + S["gamma"] * sp.sqrt(S["N"])
    lower = [r for r in roots if sp.simplify(r - centre).could_extract_minus_sign()]
    return sp.simplify(lower[0])


def transition_state() -> dict[str, sp.Expr]:
    """N‡ maximising V(N), V_max = V(N‡), and V_max·(2√2−1)/F‡ (Eq. 13)."""
    V = typical_barrier()
    (Nts,) = sp.solve(sp.Eq(sp.diff(V, S["N"]), 0), S["N"])
    Vmax = sp.simplify(V.subs(S["N"], Nts))
    Fd = barrier_height().subs(S["T"], S["T_g"])
    return {"N_ts": sp.simplify(Nts), "V_max": Vmax,
            "V_max_over_F": sp.nsimplify(sp.simplify(Vmax / Fd))}


@lru_cache(maxsize=None)
def barrier_tail_slope() -> sp.Expr:
    """∂ ln Ω_N(V)/∂V at the typical barrier: 1/(√2 T_g) (Eq. 14)."""
    return sp.simplify(sp.diff(barrier_log_density(), S["V"]).subs(S["V"], typical_barrier()))


# ----------------------------------------------------------------------- Eqs. (15)–(20): coupling

@lru_cache(maxsize=None)
def coupling_from_marginal_stability() -> sp.Expr:
    """g from |g| = ρc_s²a³|∇φ| (stability, from Eqs. 15–16) and ρc_s²⟨(∇φ)²⟩a³ = T_g (Eq. 17)."""
    rho, c, a, Tg, G2 = S["rho"], S["c_s"], S["a"], S["T_g"], S["grad_phi2"]
    (G2_val,) = sp.solve(sp.Eq(rho * c**2 * G2 * a**3, Tg), G2)
    return sp.simplify(rho * c**2 * a**3 * sp.sqrt(G2_val))


def wavelength_per_mean_free_path(reduced: bool = False) -> sp.Expr:
    """λ/l from Eq. (19) with P̄ = 1/(T_gξ³), g of Eq. (18), the orientational 1/3 and ħω = T.

    ``reduced=False``: λ = 2πc_s/ω (Eq. 20's convention); ``reduced=True``: ƛ = c_s/ω = ħc_s/k_BT.
    """
    rho, c, a, Tg, w, T = S["rho"], S["c_s"], S["a"], S["T_g"], S["omega"], S["T"]
    Pbar = residual_density_of_states()
    g2 = coupling_from_marginal_stability() ** 2
    inv_l = sp.pi * Pbar * sp.Rational(1, 3) * g2 / (rho * c**3) * w * sp.tanh(w / (2 * T))
    lam = c / w if reduced else 2 * sp.pi * c / w
    return sp.simplify((inv_l * lam).subs(w, T))


def neighbour_coupling() -> sp.Expr:
    """J_neigh = g²/(ρc_s²ξ³): the phonon-mediated g²/(ρc_s²r³) at r = ξ with g of Eq. (18).

    The paper prints the interaction as g²/(ρ s_c²) r⁻³; s_c there is a slip for c_s
    (dimensionally only ρc_s² is an elastic modulus).  Result: T_g (a/ξ)³.

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. III.B, "Strong interaction scenarios".
    """
    g2 = coupling_from_marginal_stability() ** 2
    return sp.simplify(g2 / (S["rho"] * S["c_s"] ** 2 * S["xi"] ** 3))


def thermal_dipole_field() -> sp.Expr:
    """Static field of the thermally active TLS, (g²/ρc_s²)·(T/T_gξ³): T (a/ξ)³ (Sec. III.B)."""
    g2 = coupling_from_marginal_stability() ** 2
    return sp.simplify(g2 / (S["rho"] * S["c_s"] ** 2) * S["T"] / (S["T_g"] * S["xi"] ** 3))


# ----------------------------------------------------------------------- Eqs. (21)–(28)

def amplitude_distribution() -> dict[str, sp.Expr]:
    """P(Δ) from P(V) ∝ e^{V/√2T_g} and Δ = Δ₀e^{−πV/ħω‡} (Eqs. 14, 21 → 22).

    Returns the density P(Δ) (A = 1 up to the Jacobian constant), the exponent c
    found by matching to (Δ₀/Δ)^c/Δ, and the printed c.
    """
    V, D, D0, wd, Tg = S["V"], S["Delta"], S["Delta_0"], S["omega_dagger"], S["T_g"]
    PV = sp.exp(V / (sp.sqrt(2) * Tg))
    (V_of_D,) = sp.solve(sp.Eq(D, D0 * sp.exp(-sp.pi * V / wd)), V)
    PD = sp.simplify(PV.subs(V, V_of_D) * sp.Abs(sp.diff(V_of_D, D)))
    # c = −d ln(P Δ)/d ln Δ
    lnPD = sp.expand_log(sp.log(PD * D), force=True)
    c = sp.simplify(-D * sp.diff(lnPD, D))
    return {"P": PD, "c": c, "c_printed": wd / (sp.sqrt(2) * Tg)}


def joint_distribution_E_rate() -> sp.Expr:
    """P(E, τ⁻¹) from P(ε, Δ) = P̄A(Δ₀/Δ)^c/Δ via the Jacobian of (ε, Δ) → (E, r = τ⁻¹) (Eq. 24).

    Premises: E² = ε² + Δ² and r = K E Δ² (Eq. 23 at fixed E, K = τ_min⁻¹/E³).  The result is
    written with τ = 1/r and τ_min = 1/(K E³).
    """
    E, r, K, c, A, P, D0 = S["E"], S["r"], S["K"], S["c"], S["A"], S["P_bar"], S["Delta_0"]
    Delta = sp.sqrt(r / (K * E))
    eps = sp.sqrt(E**2 - Delta**2)
    J = sp.Matrix([[sp.diff(eps, E), sp.diff(eps, r)], [sp.diff(Delta, E), sp.diff(Delta, r)]]).det()
    # |J|: for 0 < r < KE³ (Δ < E) the determinant is positive, so Abs is dropped
    J = sp.simplify(J)
    dens = P * A * (D0 / Delta) ** c / Delta * J
    return sp.simplify(dens)


def joint_distribution_E_rate_printed() -> sp.Expr:
    """Eq. (24) as printed, P̄A(τ/τ_min)^{c/2}(Δ₀/E)^c τ/(2√(1−τ_min/τ)), with τ = 1/r, τ_min = 1/(KE³)."""
    E, r, K, c, A, P, D0 = S["E"], S["r"], S["K"], S["c"], S["A"], S["P_bar"], S["Delta_0"]
    tau, tau_min = 1 / r, 1 / (K * E**3)
    return P * A * (tau / tau_min) ** (c / 2) * (D0 / E) ** c * tau / (2 * sp.sqrt(1 - tau_min / tau))


def heat_capacity_integrand_z() -> sp.Expr:
    """P(E, τ⁻¹) dτ⁻¹ with τ⁻¹ = τ_min⁻¹e^{−z}: the z-integrand of Eq. (27) (per P̄)."""
    E, r, K, z = S["E"], S["r"], S["K"], S["z"]
    P = joint_distribution_E_rate()
    r_of_z = K * E**3 * sp.exp(-z)
    jac = -sp.diff(r_of_z, z)  # |dr/dz|, the limits flip r: 1/t..1/τ_min → z: ln(t/τ_min)..0
    return sp.simplify(sp.powsimp((P.subs(r, r_of_z) * jac / S["P_bar"]), force=True))


def heat_capacity_integrand_z_printed() -> sp.Expr:
    """The z-integrand of Eq. (27) as printed (per P̄): (A/2)(Δ₀/E)^c e^{cz/2}/√(1 − e^{−z})."""
    E, z, c, A, D0 = S["E"], S["z"], S["c"], S["A"], S["Delta_0"]
    return A / 2 * (D0 / E) ** c * sp.exp(c * z / 2) / sp.sqrt(1 - sp.exp(-z))


def long_time_scaling() -> dict[str, sp.Expr]:
    """Exponents of C(t) at long times: inner integral → (2/c)(t/τ_min)^{c/2}, τ_min = 1/(KE³).

    Scales E = T x in Eq. (27) (T-dependence of coth(βE/2) is a function of x only) and
    reads off the powers of t and T.  Returns {"C": C/(∫dx …), "t_exponent", "T_exponent"}.
    """
    E, T, t, K, c, x, A, D0 = S["E"], S["T"], S["t"], S["K"], S["c"], S["x"], S["A"], S["Delta_0"]
    inner = 2 / c * (t * K * E**3) ** (c / 2)
    integrand = A / 2 * (D0 / E) ** c * inner  # × [βE/2cosh]², a function of x only
    C = sp.powsimp(sp.expand_power_base(integrand.subs(E, T * x) * T, force=True), force=True)  # dE = T dx
    return {"C": C,
            "t_exponent": sp.simplify(t * sp.diff(sp.log(C), t)),
            "T_exponent": sp.simplify(T * sp.diff(sp.expand_log(sp.log(C), force=True), T))}
