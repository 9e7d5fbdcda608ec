"""SymPy derivations of the standard tunnelling model, step by step (floor 3).

Each function performs one step of chapter 1, starting from the model's
premises — the two-level Hamiltonian H = ½(εσ_z + Δ₀σ_x) + γeσ_z, the
distribution P(ε, Δ₀) = P̄/Δ₀ on ε > 0, Δ_min < Δ₀, the phonon field of an
isotropic medium, and Fermi's golden rule — and returns SymPy expressions.  The
chapter displays each step; :mod:`glasslib.claims.standard_model` asserts the
end results against the relations quoted by Carruzzo & Yu (2020) after their
Eq. (1), so the ledger and the book evaluate the same code.

Symbols are positive reals unless stated; ``k_B``, ``hbar`` are explicit.

References
----------
Anderson, Halperin & Varma (1972); Phillips (1972, 1987); J. Jäckle,
Z. Phys. 257, 212 (1972) for the relaxation susceptibility.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

__all__ = [
    "S", "two_level_hamiltonian", "eigenenergies", "sigma_z_in_eigenbasis",
    "second_order_free_energy", "density_of_states", "resonant_shell_weight",
    "phonon_strain_matrix_element_sq", "golden_rule_inverse_mean_free_path",
    "coupling_constant", "mean_free_path_per_wavelength", "resonant_velocity_shift",
    "resonant_velocity_shift_slope", "relaxation_velocity_shift_slope",
    "relaxation_internal_friction", "specific_heat_flat_dos", "sech2_moment",
    "resonant_kappa_integral", "thermal_conductivity",
]


@dataclass(frozen=True)
class _Symbols:
    eps: sp.Symbol = sp.Symbol("epsilon", positive=True)
    Delta0: sp.Symbol = sp.Symbol("Delta_0", positive=True)
    Delta_min: sp.Symbol = sp.Symbol("Delta_min", positive=True)
    E: sp.Symbol = sp.Symbol("E", positive=True)
    E_max: sp.Symbol = sp.Symbol("E_max", positive=True)
    gamma: sp.Symbol = sp.Symbol("gamma", positive=True)
    e: sp.Symbol = sp.Symbol("e", real=True)
    P_bar: sp.Symbol = sp.Symbol("P_bar", positive=True)
    n0: sp.Symbol = sp.Symbol("n_0", positive=True)
    rho: sp.Symbol = sp.Symbol("rho", positive=True)
    v: sp.Symbol = sp.Symbol("v", positive=True)
    omega: sp.Symbol = sp.Symbol("omega", positive=True)
    T: sp.Symbol = sp.Symbol("T", positive=True)
    k_B: sp.Symbol = sp.Symbol("k_B", positive=True)
    hbar: sp.Symbol = sp.Symbol("hbar", positive=True)
    V: sp.Symbol = sp.Symbol("V", positive=True)
    n: sp.Symbol = sp.Symbol("n", positive=True, integer=True)
    C: sp.Symbol = sp.Symbol("C", positive=True)
    A: sp.Symbol = sp.Symbol("A", positive=True)
    y: sp.Symbol = sp.Symbol("y", positive=True)
    x: sp.Symbol = sp.Symbol("x", positive=True)
    u: sp.Symbol = sp.Symbol("u", positive=True)


#: The symbols of chapter 1 (ε, Δ₀, E, γ, e, P̄, ρ, v, ω, T, k_B, ħ, …).
S = _Symbols()

_sx = sp.Matrix([[0, 1], [1, 0]])
_sz = sp.Matrix([[1, 0], [0, -1]])


def two_level_hamiltonian(with_strain: bool = False) -> sp.Matrix:
    """H = ½(εσ_z + Δ₀σ_x) [+ γeσ_z] in the localised (left/right well) basis."""
    H = sp.Rational(1, 2) * (S.eps * _sz + S.Delta0 * _sx)
    return H + S.gamma * S.e * _sz if with_strain else H


def eigenenergies() -> list[sp.Expr]:
    """The eigenvalues of ½(εσ_z + Δ₀σ_x): ∓½√(ε² + Δ₀²), lower first."""
    return sorted(two_level_hamiltonian().eigenvals(), key=lambda ev: sp.sign(ev.subs({S.eps: 1, S.Delta0: 1})))


def sigma_z_in_eigenbasis() -> sp.Matrix:
    """σ_z written in the energy eigenbasis of ½(εσ_z + Δ₀σ_x), in terms of E = √(ε²+Δ₀²).

    The result is (ε/E)τ_z − (Δ₀/E)τ_x (the sign of the off-diagonal term is a
    phase convention): strain modulates the splitting through ε/E and drives
    transitions through Δ₀/E.
    """
    H = two_level_hamiltonian()
    vecs = []
    for val, _, (vec,) in sorted(H.eigenvects(), key=lambda t: sp.sign(t[0].subs({S.eps: 1, S.Delta0: 1}))):
        vecs.append(vec / sp.sqrt(sp.simplify(vec.dot(vec))))
    U = sp.Matrix.hstack(*vecs)
    M = sp.simplify(U.T * _sz * U)
    # order the basis as (excited, ground) so that τ_z has +1 on the upper level
    M = sp.Matrix([[M[1, 1], M[1, 0]], [M[0, 1], M[0, 0]]])
    M = M.subs(sp.sqrt(S.eps**2 + S.Delta0**2), S.E).subs(S.Delta0**2, S.E**2 - S.eps**2)
    return sp.simplify(M).subs(sp.sqrt(S.E**2 - S.eps**2), S.Delta0)


def second_order_free_energy() -> sp.Expr:
    """Free energy of one TLS to order e², from the exact eigenvalues of H(e).

    Expanding the eigenvalues ±½E(e) of H = ½(εσ_z+Δ₀σ_x) + γeσ_z to second
    order in the strain e splits into a *relaxation* part (the splitting moves,
    dE/de = 2γε/E, populations lag) and the *resonant* part kept here: the
    curvature of the levels, d²E/de² = 4γ²Δ₀²/E³, weighted by the population
    difference tanh(E/2k_BT).  Returns δF_res = −(γ²e²Δ₀²/E³) tanh(E/2k_BT).
    """
    H = two_level_hamiltonian(with_strain=True)
    upper = sp.sqrt(sp.simplify((H[0, 0] - H[1, 1]) ** 2 + 4 * H[0, 1] ** 2)) / 2
    curvature = sp.simplify(sp.diff(2 * upper, S.e, 2).subs(S.e, 0))        # d²E/de² at e = 0
    curvature = sp.simplify(curvature.subs(S.Delta0**2 + S.eps**2, S.E**2)
                            .subs(sp.sqrt(S.eps**2 + S.Delta0**2), S.E))
    # F = −k_BT ln(2 cosh(E(e)/2k_BT)); its e² term at fixed populations is −½·(½ d²E/de²)·tanh·e².
    return sp.simplify(-sp.Rational(1, 2) * curvature / 2 * S.e**2 * sp.tanh(S.E / (2 * S.k_B * S.T)))


def density_of_states() -> sp.Expr:
    """n(E) = ∫dε dΔ₀ P̄/Δ₀ δ(E − √(ε²+Δ₀²)) over ε > 0, Δ_min < Δ₀: P̄ arccosh(E/Δ_min).

    Changing variables (ε, Δ₀) → (E, Δ₀) with ε = √(E²−Δ₀²) gives the Jacobian
    E/√(E²−Δ₀²); the remaining Δ₀ integral runs from Δ_min to E.
    """
    jac = sp.diff(sp.sqrt(S.E**2 - S.Delta0**2), S.E)
    res = sp.integrate(S.P_bar / S.Delta0 * jac, (S.Delta0, S.Delta_min, S.E), conds="none")
    res = sp.piecewise_fold(res)
    if isinstance(res, sp.Piecewise):
        res = res.args[0][0]
    return sp.simplify(res)


def resonant_shell_weight() -> sp.Expr:
    """∫ over the shell E = const of P(ε,Δ₀)·(Δ₀/E)²: exactly P̄, with no logarithm.

    Resonant processes weight each TLS by the squared off-diagonal element
    (Δ₀/E)², which cancels the 1/Δ₀ of the distribution; the integral then
    converges at Δ₀ → 0 and Δ_min drops out.
    """
    jac = sp.diff(sp.sqrt(S.E**2 - S.Delta0**2), S.E)
    return sp.simplify(sp.integrate(S.P_bar / S.Delta0 * (S.Delta0 / S.E) ** 2 * jac, (S.Delta0, 0, S.E)))


def phonon_strain_matrix_element_sq() -> sp.Expr:
    """|⟨N−1| e |N⟩|² for one plane-wave mode of N phonons in volume V.

    With u = √(ħ/(2ρVω)) (a + a†) e^{ikx} and e = ∂u/∂x, ω = vk: the
    ladder element ⟨N−1|a|N⟩ = √N gives k²·ħN/(2ρVω) = ħωN/(2ρVv²).
    """
    k = S.omega / S.v
    amplitude = sp.sqrt(S.hbar / (2 * S.rho * S.V * S.omega))
    ladder = sp.sqrt(S.n)                       # ⟨N−1|a|N⟩, N = S.n
    return sp.simplify((k * amplitude * ladder) ** 2)


def golden_rule_inverse_mean_free_path() -> sp.Expr:
    """Resonant inverse mean free path from Fermi's golden rule.

    The net absorption rate of the N phonons of one mode by the TLS of volume
    V is (2π/ħ) Σ_TLS |γ (Δ₀/E) ⟨N−1|e|N⟩|² δ(E − ħω) (p_g − p_e), with
    p_g − p_e = tanh(E/2k_BT).  The sum is V ∫dE (shell weight P̄); dividing by N
    gives the decay rate τ⁻¹ of one phonon, and l⁻¹ = τ⁻¹/v.
    """
    me2 = phonon_strain_matrix_element_sq() / S.n         # per phonon
    shell = resonant_shell_weight()                       # ∫ P (Δ₀/E)² on the shell = P̄
    integrand = (2 * sp.pi / S.hbar) * S.gamma**2 * me2 * S.V * shell \
        * sp.DiracDelta(S.E - S.hbar * S.omega) * sp.tanh(S.E / (2 * S.k_B * S.T))
    rate = sp.integrate(integrand, (S.E, 0, sp.oo))
    return sp.simplify(rate / S.v)


def coupling_constant() -> sp.Expr:
    """C = P̄γ²/(ρv²) (Carruzzo & Yu Eq. 1), the combination every result below contains."""
    return S.P_bar * S.gamma**2 / (S.rho * S.v**2)


def mean_free_path_per_wavelength() -> sp.Expr:
    """l/λ with λ = 2πv/ω, for ħω ≫ k_BT (tanh → 1), in terms of C: 1/(2π²C)."""
    inv_l = golden_rule_inverse_mean_free_path()
    ratio = (1 / inv_l) / (2 * sp.pi * S.v / S.omega)
    ratio = sp.limit(ratio, S.T, 0, "+")
    return sp.simplify(ratio.subs(S.P_bar, S.C * S.rho * S.v**2 / S.gamma**2))


def resonant_velocity_shift() -> sp.Expr:
    """Δv/v from the resonant free energy summed over TLS, as an E-integral.

    δM = ∂²F/∂e² summed with P(ε,Δ₀) uses the shell weight P̄ again, and
    Δv/v = δM/(2ρv²) = −C ∫₀^{E_max} dE tanh(E/2k_BT)/E  (static limit, ħω ≪ k_BT).
    """
    dF = second_order_free_energy()
    dM_per_tls = sp.diff(dF, S.e, 2)
    weight = sp.simplify(dM_per_tls * S.E**2 / S.Delta0**2)    # strip (Δ₀/E)² → shell weight P̄
    integrand = sp.simplify(weight * resonant_shell_weight() / (2 * S.rho * S.v**2))
    integrand = sp.simplify(integrand.subs(S.P_bar, S.C * S.rho * S.v**2 / S.gamma**2))
    return sp.Integral(integrand, (S.E, 0, S.E_max))


def resonant_velocity_shift_slope() -> sp.Expr:
    """d(Δv/v)/d ln T of the resonant part for k_BT ≪ E_max: +C."""
    integral = resonant_velocity_shift()
    integrand = integral.function
    slope_integrand = sp.simplify(S.T * sp.diff(integrand, S.T))
    # substitute E = 2 k_B T y
    sub = sp.simplify(slope_integrand.subs(S.E, 2 * S.k_B * S.T * S.y) * 2 * S.k_B * S.T)
    slope = sp.integrate(sub, (S.y, 0, sp.oo))
    return sp.simplify(slope)


def relaxation_velocity_shift_slope() -> sp.Expr:
    """d(Δv/v)/d ln T of the one-phonon relaxation part for ωτ_min ≪ 1: −(3/2) C.

    Premise (Jäckle 1972): a TLS whose splitting moves by dE/de = 2γε/E adds
    −(dE/de)² (1/4k_BT) sech²(E/2k_BT)/(1 + ω²τ²) to the modulus.  In the
    variables (E, u = Δ₀/E) the distribution is P̄ dE du/(u√(1−u²)) and
    τ = τ_min(E)/u², τ_min⁻¹ = A E³ coth(E/2k_BT).  Only TLS with ωτ < 1 relax,
    so the u-integral is cut at u_min = √(ωτ_min) ≪ 1 and ∫ du √(1−u²)/u ≈
    ln(1/u_min) − (1 − ln 2).  Each factor of T enters through τ_min ∝ T⁻³ at fixed E/k_BT.
    """
    prefactor = -(2 * S.gamma) ** 2 / (2 * S.rho * S.v**2) * S.P_bar        # −(dE/de)²/(2ρv²)·P̄, times (ε/E)²
    thermal = 1 / (4 * S.k_B * S.T) / sp.cosh(S.E / (2 * S.k_B * S.T)) ** 2
    tau_min = 1 / (S.A * S.E**3 * sp.coth(S.E / (2 * S.k_B * S.T)))
    log_u = -sp.log(sp.sqrt(S.omega * tau_min)) - (1 - sp.log(2))             # ∫ du √(1−u²)/u
    integrand = prefactor * thermal * log_u
    integrand = sp.expand_log(sp.simplify(integrand.subs(S.E, 2 * S.k_B * S.T * S.y) * 2 * S.k_B * S.T), force=True)
    slope_integrand = sp.simplify(S.T * sp.diff(integrand, S.T))
    slope = sp.integrate(slope_integrand, (S.y, 0, sp.oo))
    return sp.simplify(slope.subs(S.P_bar, S.C * S.rho * S.v**2 / S.gamma**2))


def relaxation_internal_friction() -> sp.Expr:
    """Q⁻¹ of the relaxation regime for ωτ_min ≪ 1: (π/2) C.

    Q⁻¹ = Im δM/(ρv²) with δM the relaxation modulus of
    :func:`relaxation_velocity_shift_slope`; ωτ/(1+ω²τ²) replaces 1/(1+ω²τ²).
    With x = ωτ = ωτ_min/u², du/u = −dx/(2x), and √(1−u²) ≈ 1 where the
    weight lies (u ≈ √(ωτ_min) ≪ 1).
    """
    prefactor = (2 * S.gamma) ** 2 / (S.rho * S.v**2) * S.P_bar
    energy_integral = sp.integrate(1 / (2 * sp.cosh(S.y) ** 2), (S.y, 0, sp.oo))   # ∫dE sech²/(4k_BT)
    tau_integral = sp.integrate(1 / (2 * S.x) * S.x / (1 + S.x**2), (S.x, 0, sp.oo))
    return sp.simplify((prefactor * energy_integral * tau_integral).subs(S.P_bar, S.C * S.rho * S.v**2 / S.gamma**2))


def sech2_moment() -> sp.Expr:
    """∫₀^∞ y² sech²(y) dy = π²/12, by expanding sech² y = 4 Σ (−1)^{n+1} n e^{−2ny}.

    SymPy cannot do the integral directly; term by term it is a Dirichlet eta sum.
    """
    term = sp.integrate(S.y**2 * 4 * (-1) ** (S.n + 1) * S.n * sp.exp(-2 * S.n * S.y), (S.y, 0, sp.oo))
    return sp.simplify(sp.summation(term, (S.n, 1, sp.oo)))


def specific_heat_flat_dos() -> sp.Expr:
    """C_v = ∫dE n₀ c(E), c(E) = k_B (E/2k_BT)² sech²(E/2k_BT): (π²/6) n₀ k_B² T."""
    c_tls = sp.diff(-S.E / 2 * sp.tanh(S.E / (2 * S.k_B * S.T)), S.T)          # d⟨H⟩/dT of one TLS
    check = sp.simplify(c_tls - S.k_B * (S.E / (2 * S.k_B * S.T)) ** 2 * sp.sech(S.E / (2 * S.k_B * S.T)) ** 2)
    if sp.simplify(check.rewrite(sp.exp)) != 0:
        raise AssertionError("one-TLS heat capacity is not the Schottky form")
    # E = 2 k_B T y:  ∫ dE c(E) = 2 k_B² T ∫ y² sech² y dy
    return sp.simplify(S.n0 * 2 * S.k_B**2 * S.T * sech2_moment())


def resonant_kappa_integral() -> sp.Expr:
    """I = ∫₀^∞ x³ eˣ/((eˣ−1)² tanh(x/2)) dx = π² (the κ of resonant scattering).

    With x = 2y the integrand is 8y³·cosh y/(4 sinh³ y)·… = 4y³ cosh y/sinh³ y dy;
    one integration by parts (cosh/sinh³ = d/dy[−1/(2 sinh² y)]) leaves
    6 ∫ y²/sinh² y dy, and 1/sinh² y = 4 Σ n e^{−2ny} makes it 6·ζ(2) = π².
    """
    x, y, n = S.x, S.y, S.n
    integrand = x**3 * sp.exp(x) / ((sp.exp(x) - 1) ** 2 * sp.tanh(x / 2))
    in_y = sp.simplify((integrand.subs(x, 2 * y) * 2).rewrite(sp.exp))
    target = (4 * y**3 * sp.cosh(y) / sp.sinh(y) ** 3).rewrite(sp.exp)
    if sp.simplify(in_y - target) != 0:
        raise AssertionError("substitution x = 2y failed")
    antider = -1 / (2 * sp.sinh(y) ** 2)
    if sp.simplify(sp.diff(antider, y) - sp.cosh(y) / sp.sinh(y) ** 3) != 0:
        raise AssertionError("antiderivative of cosh/sinh^3 is wrong")
    boundary = sp.limit(4 * y**3 * antider, y, sp.oo) - sp.limit(4 * y**3 * antider, y, 0)
    term = sp.integrate(y**2 * 4 * n * sp.exp(-2 * n * y), (y, 0, sp.oo))
    rest = 4 * sp.Rational(3, 2) * sp.summation(term, (n, 1, sp.oo))        # −∫ 3y²·antider·4
    return sp.simplify(boundary + rest)


def thermal_conductivity() -> sp.Expr:
    """κ of one polarisation from the kinetic formula with resonant scattering.

    κ = ⅓ ∫ dω c(ω) v l(ω), c(ω) = ħω ∂n_B/∂T · ω²/(2π²v³), l from
    :func:`golden_rule_inverse_mean_free_path`; with x = ħω/k_BT this is
    ρ v k_B³ T² I/(6π³ ħ² P̄ γ²), I = π², i.e. ρ v k_B³T²/(6π ħ² P̄ γ²).
    """
    x = S.x
    inv_l = golden_rule_inverse_mean_free_path()
    omega = S.k_B * S.T * x / S.hbar
    c_omega = S.hbar * S.omega * (S.hbar * S.omega / (S.k_B * S.T**2)) * sp.exp(x) / (sp.exp(x) - 1) ** 2 \
        * S.omega**2 / (2 * sp.pi**2 * S.v**3)
    integrand = sp.Rational(1, 3) * c_omega * S.v / inv_l
    integrand = sp.simplify(integrand.subs(S.omega, omega) * S.k_B * S.T / S.hbar)   # dω = (k_BT/ħ) dx
    prefactor = sp.simplify(sp.simplify(
        integrand / (x**3 * sp.exp(x) / ((sp.exp(x) - 1) ** 2 * sp.tanh(x / 2)))).rewrite(sp.exp))
    if prefactor.has(x):
        raise AssertionError(f"integrand does not factor as prefactor × I-integrand: {prefactor}")
    return sp.simplify(prefactor * resonant_kappa_integral())
