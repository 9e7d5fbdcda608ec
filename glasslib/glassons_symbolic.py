"""SymPy derivations for Turlakov's glasson phenomenology, step by step (floor 4).

Each function performs one step of chapter 8 from a stated premise and
returns SymPy expressions; the chapter displays them and
:mod:`glasslib.claims.turlakov` compares the results with the printed
equations.  ``k_B`` and ``hbar`` are explicit symbols, and :data:`DIMS` gives
every symbol its physical dimension so that :mod:`glasslib.dimensions` checks
each formula.

References
----------
M. Turlakov (2022), Eqs. (3)–(18); P. Jordan and E. Wigner, Z. Phys. 47, 631 (1928).
"""
from __future__ import annotations

from functools import lru_cache

import sympy as sp
from sympy.physics.quantum import TensorProduct

from . import dimensions as dim
from . import tunneling_symbolic

__all__ = [
    "S", "DIMS", "energy_scales", "kinetic_over_dipole", "crossover_equations", "solve_crossover",
    "H_printed", "H_consistent", "eq8_printed", "fermi_gas_density", "fermi_gas_dos",
    "sommerfeld_integral", "sommerfeld_specific_heat", "fermi_parameters", "nu0_printed", "nu0_from_specific_heat", "eq16_printed",
    "eq17_printed", "eq18_ratio", "fermi_sum_integral", "fermi_sum_limits", "tanh_identity",
    "kappa_integrand", "kappa_temperature_exponent", "dipolar_dos", "dipolar_limits",
    "local_exponents", "KFs_from_fermi_gas", "KFs_printed", "internal_friction_conjecture",
    "fermion_matrices", "jordan_wigner_two_sites", "two_site_spectra",
    "fermi_sum_emission_integral", "fermi_sum_net_integral", "fermi_sum_net_limits",
    "golden_rule_rates", "kappa_normalised_integrand",
]


class _Symbols:
    """The chapter's symbols (positive reals)."""

    def __init__(self) -> None:
        p = dict(positive=True)
        self.hbar, self.k_B = sp.symbols("hbar k_B", **p)
        self.c_t, self.rho, self.Lambda, self.R, self.m = sp.symbols("c_t rho Lambda R m_gl", **p)
        self.xi, self.H = sp.symbols("xi H", **p)
        self.k, self.k_F, self.eps_F, self.eps = sp.symbols("k k_F epsilon_F epsilon", **p)
        self.g_s = sp.Symbol("g_s", positive=True)
        self.c = sp.Symbol("c_m", positive=True)       # C_v/T per unit mass
        self.nu, self.nu0, self.alpha_dd = sp.symbols("nu nu_0 alpha_dd", **p)
        self.T, self.T_Q, self.omega = sp.symbols("T T_Q omega", **p)
        self.x, self.b, self.X = sp.symbols("x b X", **p)
        self.g = sp.Symbol("g", positive=True)        # nu_0 alpha_dd
        self.lam, self.M, self.a, self.v_F = sp.symbols("lambda_gl M_atom a v_F", **p)
        self.E_F, self.E_xi = sp.symbols("E_F E_xi", **p)
        self.M_z, self.M_x = sp.symbols("M^z M^x", **p)          # Eq. (3) matrix elements
        self.H_int, self.delta_E = sp.symbols("H_int delta_E", **p)  # |H_int|, delta(E_f - E_i)
        self.N_lev = sp.Symbol("mathcal{N}", positive=True)     # fermion levels per energy (= nu V)
        self.I_F, self.O_F = sp.symbols("I_F O_F", positive=True)  # Fermi sum (Eq. 11), 1 - 2n_F (Eq. 12)


S = _Symbols()

#: Physical dimension of each symbol (SI base dimensions via glasslib.dimensions).
DIMS = {
    S.hbar: dim.HBAR, S.k_B: dim.KB, S.c_t: dim.velocity, S.rho: dim.mass / dim.length**3,
    S.Lambda: dim.energy, S.R: dim.length, S.m: dim.mass, S.xi: dim.length,
    S.H: dim.mass / dim.time, S.k: 1 / dim.length, S.k_F: 1 / dim.length, S.eps_F: dim.energy,
    S.eps: dim.energy, S.g_s: dim.dimensionless,
    S.c: dim.energy / (dim.mass * dim.temperature**2), S.nu: 1 / (dim.energy * dim.length**3),
    S.nu0: 1 / (dim.energy * dim.length**3), S.alpha_dd: dim.energy * dim.length**3,
    S.T: dim.temperature, S.T_Q: dim.temperature, S.omega: dim.frequency,
    S.x: dim.dimensionless, S.b: dim.dimensionless, S.X: dim.dimensionless, S.g: dim.dimensionless,
    S.lam: dim.energy, S.M: dim.mass, S.a: dim.length, S.v_F: dim.velocity,
    S.E_F: dim.energy, S.E_xi: dim.energy,
    # Eq. (3): H_int = sum sqrt(omega_k) M c^dag c (b^dag + b) is an energy, so M has J s^(1/2)
    S.M_z: dim.energy * dim.time ** sp.Rational(1, 2), S.M_x: dim.energy * dim.time ** sp.Rational(1, 2),
    S.H_int: dim.energy, S.delta_E: 1 / dim.energy, S.N_lev: 1 / dim.energy,
    S.I_F: dim.energy, S.O_F: dim.dimensionless,
}


# --------------------------------------------------------------------------
# Section 2.2
# --------------------------------------------------------------------------
def energy_scales(R: sp.Expr = S.R) -> dict[str, sp.Expr]:
    """The three energies of a blob of size R: E_s = ħc_t/R, E_kin = ħ²/(2mR²), E_dip = Λ²/(ρc_t²R³)."""
    return {"E_s": S.hbar * S.c_t / R, "E_kin": S.hbar**2 / (2 * S.m * R**2),
            "E_dip": S.Lambda**2 / (S.rho * S.c_t**2 * R**3)}


def kinetic_over_dipole() -> tuple[sp.Expr, sp.Expr]:
    """Eq. (5): E_kin/E_dip, and a_gl defined by E_kin/E_dip = R/a_gl (solved, not typed)."""
    e = energy_scales()
    ratio = sp.simplify(e["E_kin"] / e["E_dip"])
    a_gl = sp.simplify(S.R / ratio)
    return ratio, a_gl


def crossover_equations() -> tuple[sp.Eq, sp.Eq]:
    """Eqs. (6) and (7): E_s(ξ) = E_kin(ξ) and E_s(ξ) = E_dip(ξ)."""
    e = energy_scales(S.xi)
    return sp.Eq(e["E_s"], e["E_kin"]), sp.Eq(e["E_s"], e["E_dip"])
 

@lru_cache(maxsize=None)
def solve_crossover() -> dict[str, sp.Expr]:
    """Solve Eqs. (6)–(7) for ξ and m_gl (positive roots)."""
    eq6, eq7 = crossover_equations()
    xi = sp.solve(eq7, S.xi)[0]
    m = sp.solve(eq6.subs(S.xi, xi), S.m)[0]
    return {"xi": sp.simplify(xi), "m_gl": sp.simplify(m)}


def H_printed() -> sp.Expr:
    """The printed definition H ≡ √(ħρ) c_t."""
    return sp.sqrt(S.hbar * S.rho) * S.c_t


def H_consistent() -> sp.Expr:
    """The H that makes ξ = Λ/(c_t H) solve Eq. (7): solved from c_t·H·ξ = Λ."""
    Hs = sp.solve(sp.Eq(S.Lambda / (S.c_t * S.H), solve_crossover()["xi"]), S.H)[0]
    return sp.simplify(Hs)


def eq8_printed(H: sp.Expr) -> dict[str, sp.Expr]:
    """Eq. (8) as printed, ξ = Λ/(c_t H), m_gl = ħH/(2Λ), for a given H."""
    return {"xi": S.Lambda / (S.c_t * H), "m_gl": S.hbar * H / (2 * S.Lambda)}


# --------------------------------------------------------------------------
# Section 4.1: a free Fermi gas with spin degeneracy g_s
# --------------------------------------------------------------------------
def fermi_gas_density(k: sp.Expr = S.k) -> sp.Expr:
    """Number of states per volume with wavevector below k: g_s · (4πk³/3)/(2π)³."""
    q = sp.Symbol("q", positive=True)
    return sp.simplify(S.g_s * sp.integrate(4 * sp.pi * q**2, (q, 0, k)) / (2 * sp.pi) ** 3)


@lru_cache(maxsize=None)
def fermi_gas_dos() -> sp.Expr:
    """ν(ε) = dn/dε at ε = ħ²k²/(2m), evaluated at k_F [J⁻¹ m⁻³]."""
    eps = S.eps
    n_of_eps = fermi_gas_density(sp.sqrt(2 * S.m * eps) / S.hbar)
    nu = sp.diff(n_of_eps, eps)
    return sp.simplify(nu.subs(eps, S.hbar**2 * S.k_F**2 / (2 * S.m)))


@lru_cache(maxsize=None)
def sommerfeld_integral() -> sp.Expr:
    """∫ x² (−∂n_F/∂x) dx over the real line = π²/3 (the Sommerfeld moment).

    −∂n_F/∂x = eˣ/(eˣ+1)² = ¼ sech²(x/2); with x = 2y the even integrand gives
    4 ∫₀^∞ y² sech²y dy, and that moment is the Dirichlet-eta sum of
    :func:`glasslib.tunneling_symbolic.sech2_moment` (π²/12).
    """
    x = sp.Symbol("x", real=True)
    y = sp.Symbol("y", positive=True)
    integrand = x**2 * sp.exp(x) / (sp.exp(x) + 1) ** 2
    target = x**2 * sp.sech(x / 2) ** 2 / 4
    if sp.simplify((integrand - target).rewrite(sp.exp)) != 0:
        raise AssertionError("-dn_F/dx is not sech^2(x/2)/4")
    # over the real line = 2 * int_0^oo ; x = 2y, dx = 2 dy
    factor = sp.simplify(2 * (target.subs(x, 2 * y) * 2) / (y**2 * sp.sech(y) ** 2))
    return sp.simplify(factor * tunneling_symbolic.sech2_moment())


def sommerfeld_specific_heat() -> sp.Expr:
    """C_v/V = ν k_B² T · ∫x²(−n_F')dx = (π²/3) ν k_B² T (flat DOS near ε_F)."""
    return S.nu * S.k_B**2 * S.T * sommerfeld_integral()


@lru_cache(maxsize=None)
def fermi_parameters(g_s: sp.Expr = 2) -> dict[str, sp.Expr]:
    """Solve ρ(C_v/T) = (π²/3)ν(k_F) k_B² and ε_F = ħ²k_F²/(2m) for k_F and m."""
    nu = fermi_gas_dos().subs(S.g_s, g_s)
    eq_c = sp.Eq(S.rho * S.c * S.T, sommerfeld_specific_heat().subs(S.nu, nu))
    eq_e = sp.Eq(S.eps_F, S.hbar**2 * S.k_F**2 / (2 * S.m))
    m_of_k = sp.solve(eq_e, S.m)[0]
    k3 = sp.solve(eq_c.subs(S.m, m_of_k), S.k_F**3)
    if not k3:
        k_F = [r for r in sp.solve(eq_c.subs(S.m, m_of_k), S.k_F) if r.is_positive][0]
    else:
        k_F = sp.cbrt(k3[0])
    return {"k_F": sp.simplify(k_F), "m_gl": sp.simplify(m_of_k.subs(S.k_F, k_F))}


def nu0_printed() -> dict[str, sp.Expr]:
    """The two printed forms of ν₀ in Sec. 3.1: p_F m_F/ħ³ (p_F = ħk_F) and ρC_v(T)/(k_BT) (C_v = c_m T)."""
    return {"pF_mF": S.hbar * S.k_F * S.m / S.hbar**3,
            "rho_Cv": S.rho * S.c * S.T / (S.k_B * S.T)}


def nu0_from_specific_heat() -> sp.Expr:
    """ν₀ solved from ρ c_m T = (π²/3) ν k_B² T (Sommerfeld)."""
    return sp.solve(sp.Eq(S.rho * S.c * S.T, sommerfeld_specific_heat()), S.nu)[0]


def eq16_printed() -> sp.Expr:
    """Eq. (16) as printed (k_B = 1): k_F = (6 ε_F ρ C_v/T)^{1/3}."""
    return sp.cbrt(6 * S.eps_F * S.rho * S.c)


def eq17_printed() -> sp.Expr:
    """Eq. (17) as printed (k_B = 1): m_gl = ħ² (3/(2ε_F) (ρ C_v/T)²)^{1/3}."""
    return S.hbar**2 * sp.cbrt(sp.Rational(3, 2) / S.eps_F * (S.rho * S.c) ** 2)


def eq18_ratio() -> sp.Expr:
    """E_F/E_ξ with E_F = ħ²k_F²/2m and E_ξ = ħc_t/ξ, eliminating c_t with Eq. (6)."""
    E_F = S.hbar**2 * S.k_F**2 / (2 * S.m)
    E_xi = S.hbar * S.c_t / S.xi
    ct = sp.solve(crossover_equations()[0], S.c_t)[0]
    return sp.simplify((E_F / E_xi).subs(S.c_t, ct))


# --------------------------------------------------------------------------
# Section 3.1: scattering rates and thermal conductivity
# --------------------------------------------------------------------------
@lru_cache(maxsize=None)
def fermi_sum_integral() -> sp.Expr:
    """∫dε₁ (1 − n_F(ε₁)) n_F(ε₁ − ħω) in closed form, = ħω/(1 − e^{−ħω/k_BT}).

    With β = 1/k_BT, X = e^{βε₁} and b = e^{βħω} = 1 + d (d > 0 for ω > 0):
    dε₁ = dX/(βX) and the integrand becomes b/(β(X+1)(X+b)); partial
    fractions, integration over X ∈ (0, L) and L → ∞ give (b ln b)/(β(b − 1)).
    """
    beta = 1 / (S.k_B * S.T)
    X = S.X
    d, L = sp.symbols("d L", positive=True)
    b = 1 + d
    one_minus_f1 = X / (X + 1)
    f2 = 1 / (X / b + 1)
    integrand = sp.apart(sp.simplify(one_minus_f1 * f2 / (beta * X)), X)
    on_0_L = sp.logcombine(sp.expand(sp.integrate(integrand, (X, 0, L))), force=True)
    integral = sp.simplify(sp.limit(on_0_L, L, sp.oo))
    w = S.hbar * S.omega
    result = sp.expand_log(integral.subs(d, sp.exp(w * beta) - 1), force=True)
    return sp.simplify(result)


def _pair_integral(emission: bool) -> sp.Expr:
    """∫dε₁ of (1−n_F(ε₁))n_F(ε₁−ħω) (absorption) or n_F(ε₁)(1−n_F(ε₁−ħω)) (emission), closed form."""
    beta = 1 / (S.k_B * S.T)
    X = S.X
    d, L = sp.symbols("d L", positive=True)
    b = 1 + d
    n1, n2 = 1 / (X + 1), 1 / (X / b + 1)          # n_F(eps_1), n_F(eps_1 - hbar omega)
    occ = n1 * (1 - n2) if emission else (1 - n1) * n2
    integrand = sp.apart(sp.simplify(occ / (beta * X)), X)
    on_0_L = sp.logcombine(sp.expand(sp.integrate(integrand, (X, 0, L))), force=True)
    integral = sp.simplify(sp.limit(on_0_L, L, sp.oo))
    result = sp.expand_log(integral.subs(d, sp.exp(S.hbar * S.omega * beta) - 1), force=True)
    return sp.simplify(result)


@lru_cache(maxsize=None)
def fermi_sum_emission_integral() -> sp.Expr:
    """Stimulated-emission partner of the Fermi sum, ∫dε₁ n_F(ε₁)(1 − n_F(ε₁ − ħω)) = ħω/(e^{ħω/k_BT} − 1).

    Same substitution as :func:`fermi_sum_integral`; the integrand becomes
    1/(β(X+1)(X+b)).
    """
    return _pair_integral(emission=True)


@lru_cache(maxsize=None)
def fermi_sum_net_integral() -> sp.Expr:
    """Net Fermi sum: absorption − stimulated emission = ∫dε [n_F(ε−ħω) − n_F(ε)] = ħω.

    The net phonon damping subtracts the emission that the phonon
    stimulates, as Eq. (12)'s factor 1 − 2n_F does; the two closed forms are
    subtracted and simplified (no T survives).
    """
    net = fermi_sum_integral() - fermi_sum_emission_integral()
    return sp.simplify(sp.factor(sp.simplify(net.rewrite(sp.exp))))


def fermi_sum_net_limits() -> dict[str, sp.Expr]:
    """The net Fermi sum for ħω ≪ k_BT (leading term as ω → 0, divided by ω) and its T-derivative."""
    N = fermi_sum_net_integral()
    return {"over_omega_at_0": sp.limit(N / S.omega, S.omega, 0), "dT": sp.simplify(sp.diff(N, S.T))}


def golden_rule_rates() -> dict[str, sp.Expr]:
    """Eqs. (10)–(12) as printed and with the fermion density of levels restored.

    Symbols: |H_int| (energy), δ_E = δ(E_f − E_i) [1/J], M^z, M^x [J s^½] (from
    Eq. 3), 𝒩 = νV the number of fermion levels per energy in the
    normalisation volume [1/J], I_F the Fermi sum [J], O_F = 1 − 2n_F.  The sum over
    final fermion levels turns each δ into 𝒩: one level for the M^x process
    (Eq. 12), a pair α, β for M^z (Eq. 11, 𝒩²·∫dε₁).
    """
    I, O = S.I_F, S.O_F
    return {
        "eq10": 2 * sp.pi / S.hbar * S.H_int**2 * S.delta_E,
        "eq11_printed": 2 * sp.pi * S.omega / S.hbar * S.M_z**2 * I,
        "eq12_printed": 2 * sp.pi * S.omega / S.hbar * S.M_x**2 * O,
        "eq11_restored": 2 * sp.pi * S.omega / S.hbar * S.M_z**2 * S.N_lev**2 * I,
        "eq12_restored": 2 * sp.pi * S.omega / S.hbar * S.M_x**2 * S.N_lev * O,
    }


def fermi_sum_limits() -> dict[str, sp.Expr]:
    """The Fermi sum for ħω ≪ k_BT (ω → 0) and its leading form for ħω ≫ k_BT (T → 0)."""
    F = fermi_sum_integral()
    return {"low_frequency": sp.limit(F, S.omega, 0), "low_temperature": sp.limit(F, S.T, 0)}


def tanh_identity() -> sp.Expr:
    """1 − 2 n_F(x) − tanh(x/2), which simplifies to 0 (Eq. 12)."""
    x = S.x
    return sp.simplify((1 - 2 / (sp.exp(x) + 1) - sp.tanh(x / 2)).rewrite(sp.exp))


@lru_cache(maxsize=None)
def kappa_integrand(kind: str) -> tuple[sp.Expr, sp.Expr]:
    """κ = ⅓∫C_ph(ω) c² τ(ω) dω with ω = x k_BT/ħ: (T-power prefactor, x-integrand).

    C_ph(ω)dω ∝ T³ x⁴eˣ/(eˣ−1)² dx (Debye, T ≪ T_D); 1/τ^x ∝ ω tanh(x/2),
    1/τ^z ∝ ω × FermiSum(ω, T) (gross, as printed), or ω × ħω (net, "z_net").

    Parameters
    ----------
    kind : {"x", "z", "z_net"}
    """
    x, T = S.x, S.T
    omega = x * S.k_B * T / S.hbar
    if kind == "x":
        rate = omega * sp.tanh(x / 2)
    elif kind == "z":
        rate = omega * fermi_sum_integral().subs(S.omega, omega)
    elif kind == "z_net":
        rate = omega * fermi_sum_net_integral().subs(S.omega, omega)
    else:
        raise ValueError(f"kind must be 'x', 'z' or 'z_net', got {kind!r}")
    heat = T**3 * x**4 * sp.exp(x) / (sp.exp(x) - 1) ** 2
    whole = sp.simplify(heat / rate)
    prefactor, integrand = sp.S.One, sp.S.One
    for f in sp.Mul.make_args(whole):
        if f.free_symbols & {x}:
            integrand *= f
        else:
            prefactor *= f
    return prefactor, sp.simplify(integrand)


def kappa_normalised_integrand(kind: str) -> sp.Expr:
    """The x-integrand of κ normalised to x⁴eˣ/(eˣ−1)² divided by the dimensionless rate.

    Dimensionless rates: x tanh(x/2) (kind "x"), x·x/(1 − e^{−x}) ("z", gross) and
    x² ("z_net").  Their integrals over (0, ∞) are π², 2ζ(3) and π²/3.
    """
    x = S.x
    rates = {"x": x * sp.tanh(x / 2), "z": x * x / (1 - sp.exp(-x)), "z_net": x**2}
    if kind not in rates:
        raise ValueError(f"kind must be 'x', 'z' or 'z_net', got {kind!r}")
    return x**4 * sp.exp(x) / (sp.exp(x) - 1) ** 2 / rates[kind]


def kappa_temperature_exponent(kind: str) -> sp.Expr:
    """n in κ ∝ Tⁿ for scattering of kind "x" (Eq. 12), "z" (Eq. 11 gross) or "z_net" (Eq. 11 net)."""
    pref, _ = kappa_integrand(kind)
    return sp.simplify(S.T * sp.diff(pref, S.T) / pref)


# --------------------------------------------------------------------------
# Eq. (13): dipolar gap
# --------------------------------------------------------------------------
def dipolar_dos() -> sp.Expr:
    """ν(T) = ν₀/(1 + ν₀α_dd ln(T_Q/T)) (Eq. 13, energy ε ~ k_BT)."""
    return S.nu0 / (1 + S.nu0 * S.alpha_dd * sp.log(S.T_Q / S.T))


def dipolar_limits() -> dict[str, sp.Expr]:
    """Weak and strong limits of ν·T (∝ C_v): ν₀T for ν₀α_dd → 0, T/(α_dd ln(T_Q/T)) for ν₀α_dd → ∞."""
    CT = S.T * dipolar_dos()
    return {"weak": sp.limit(CT, S.alpha_dd, 0), "strong": sp.limit(CT, S.nu0, sp.oo)}


def local_exponents() -> dict[str, sp.Expr]:
    """Local log-slopes d ln C/d ln T and d ln κ/d ln T with C ∝ Tν(T), κ ∝ T²/ν(T)."""
    nu = dipolar_dos()
    C = S.T * nu
    kappa = S.T**2 / nu
    slope = lambda f: sp.simplify(S.T * sp.diff(f, S.T) / f)  # noqa: E731
    return {"C": slope(C), "kappa": slope(kappa)}


# --------------------------------------------------------------------------
# Section 3.2: K_{F-s}
# --------------------------------------------------------------------------
@lru_cache(maxsize=None)
def KFs_from_fermi_gas(g_s: sp.Expr = 2) -> sp.Expr:
    """K = νλ²/(ρc_t²) with ν = ν_Fermi-gas(k_F) at m = ħ²k_F²/2ε_F and ρ = M_atom/a³."""
    nu = fermi_gas_dos().subs({S.g_s: g_s, S.m: S.hbar**2 * S.k_F**2 / (2 * S.eps_F)})
    return sp.simplify(nu * S.lam**2 / ((S.M / S.a**3) * S.c_t**2))


def KFs_printed() -> sp.Expr:
    """The printed K_{F−s} = λ²(k_Fa)³/(ε_F M_atom c_t²)."""
    return S.lam**2 * (S.k_F * S.a) ** 3 / (S.eps_F * S.M * S.c_t**2)


def internal_friction_conjecture(g_s: sp.Expr = 2) -> sp.Expr:
    """Q⁻¹ = πK c_t/v_F (Eq. 14) with λ² = ε_F M c_t² (conjecture): a number × (k_Fa)³ c_t/v_F."""
    K = KFs_from_fermi_gas(g_s).subs(S.lam, sp.sqrt(S.eps_F * S.M * S.c_t**2))
    return sp.simplify(sp.pi * K * S.c_t / S.v_F)


# --------------------------------------------------------------------------
# Fermion <-> pseudo-spin
# --------------------------------------------------------------------------
def fermion_matrices() -> dict[str, sp.Matrix]:
    """One fermionic mode in the basis (|occupied⟩, |empty⟩): c = σ⁻, c† = σ⁺, n = (1+σ_z)/2."""
    sz = sp.Matrix([[1, 0], [0, -1]])
    sx = sp.Matrix([[0, 1], [1, 0]])
    sp_ = sp.Matrix([[0, 1], [0, 0]])
    sm = sp_.T
    return {"sigma_z": sz, "sigma_x": sx, "sigma_plus": sp_, "sigma_minus": sm,
            "c": sm, "c_dag": sp_, "n": sp_ * sm, "one": sp.eye(2)}


def jordan_wigner_two_sites() -> dict[str, sp.Matrix]:
    """Two sites: fermions c₁ = σ⁻⊗1, c₂ = (−σ_z)⊗σ⁻ (string e^{iπn₁} = −σ_z), and spins s₂ = 1⊗σ⁻."""
    f = fermion_matrices()
    one, sz, sm = f["one"], f["sigma_z"], f["sigma_minus"]
    c1 = TensorProduct(sm, one)
    c2 = TensorProduct(-sz, sm)
    s1 = c1
    s2 = TensorProduct(one, sm)
    return {"c1": sp.Matrix(c1), "c2": sp.Matrix(c2), "s1": sp.Matrix(s1), "s2": sp.Matrix(s2)}


def two_site_spectra() -> dict[str, sp.Matrix]:
    """Eq. (3)-type Hamiltonian H = ε(n₁+n₂) + g(γ₁+γ₂), γ = c + c†, for fermions and for spins.

    Returns the two 4×4 matrices; for spins γ_α = σ_x^(α) commute, for
    fermions γ₁ and γ₂ anticommute, and the spectra differ.
    """
    eps, g = sp.symbols("epsilon g", positive=True)
    jw = jordan_wigner_two_sites()
    out = {}
    for name, (a1, a2) in {"fermions": (jw["c1"], jw["c2"]), "spins": (jw["s1"], jw["s2"])}.items():
        n1, n2 = a1.H * a1, a2.H * a2
        out[name] = eps * (n1 + n2) + g * (a1 + a1.H + a2 + a2.H)
    return out
