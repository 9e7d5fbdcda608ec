"""Claims of chapter 1: the standard-tunnelling-model relations that Carruzzo & Yu quote.

Carruzzo & Yu (2020) state, after their Eq. (1), the relations through which
every experiment measures the one number C = P̄γ²/(ρv²): Q⁻¹ = (π/2)C,
Δv/v = −(C/2) ln(T/T₀), l/λ = 1/(2π²C).  Chapter 1 derives them, and the
textbook results they rest on, from the model's premises
(:mod:`glasslib.tunneling_symbolic`); the identities are recorded here, each
with the SymPy derivation as ``our_value``.  The numeric claims check the
inputs the later chapters read from ``data/``.
"""
from __future__ import annotations

import sympy as sp

from .. import materials, tunneling
from .. import tunneling_symbolic as ts
from .legacy import Claim

S = ts.S


def _identity(id_: str, where: str, quantity: str, paper: sp.Expr, ours: sp.Expr, note: str,
              paper_key: str = "STM") -> Claim:
    return Claim(id=id_, paper=paper_key, where=where, quantity=quantity, paper_value=paper,
                 our_value=ours, rel_tol=0.0, note=note)


def claims() -> list[Claim]:
    """The claims of chapter 1 (standard tunnelling model)."""
    E = sp.sqrt(S.eps**2 + S.Delta0**2)
    out = [
        _identity("STM-eigenenergies", "AHV 1972; Phillips 1972", "TLS levels (upper)",
                  E / 2, ts.eigenenergies()[1], "diagonalising H = ½(εσ_z + Δ₀σ_x)"),
        _identity("STM-offdiagonal-coupling", "Phillips 1987, Sec. 3", "|off-diagonal element of σ_z|",
                  S.Delta0 / S.E, -ts.sigma_z_in_eigenbasis()[0, 1],
                  "rotation to the eigenbasis; the sign is a phase convention"),
        _identity("STM-density-of-states", "Phillips 1987", "n(E) [1/(J m^3)]",
                  S.P_bar * sp.acosh(S.E / S.Delta_min), ts.density_of_states(),
                  "≈ P̄ ln(2E/Δ_min): the only place Δ_min enters"),
        _identity("STM-resonant-mfp", "Phillips 1987; CY2020 after Eq. (1)", "l^-1 [1/m]",
                  sp.pi * S.P_bar * S.gamma**2 * S.omega / (S.rho * S.v**3)
                  * sp.tanh(S.hbar * S.omega / (2 * S.k_B * S.T)),
                  ts.golden_rule_inverse_mean_free_path(),
                  "golden rule; the shell weight ∫P(Δ₀/E)² = P̄ has no logarithm"),
        _identity("STM-l-over-lambda", "CY2020 text after Eq. (1)", "l/λ (ħω ≫ k_BT)",
                  1 / (2 * sp.pi**2 * S.C), ts.mean_free_path_per_wavelength(),
                  "λ = 2πv/ω; at k_BT ≫ ħω the tanh makes l/λ larger"),
        _identity("STM-Q-relaxation", "CY2020 text after Eq. (1)", "Q^-1 (ωτ_min ≪ 1)",
                  sp.pi * S.C / 2, ts.relaxation_internal_friction(),
                  "one-phonon relaxation, broad distribution of τ"),
        _identity("STM-dv-resonant-slope", "Phillips 1987", "d(Δv/v)/d ln T, resonant",
                  S.C, ts.resonant_velocity_shift_slope(), "k_BT ≪ E_max, ħω ≪ k_BT"),
        _identity("STM-dv-relaxation-slope", "Phillips 1987", "d(Δv/v)/d ln T, relaxation",
                  -sp.Rational(3, 2) * S.C, ts.relaxation_velocity_shift_slope(),
                  "τ_min ∝ T^-3 at fixed E/k_BT; ωτ_min ≪ 1"),
        _identity("STM-dv-total-slope", "CY2020 text after Eq. (1)", "d(Δv/v)/d ln T, total",
                  -S.C / 2, ts.resonant_velocity_shift_slope() + ts.relaxation_velocity_shift_slope(),
                  "the −(C/2) ln(T/T₀) that Carruzzo & Yu quote is resonant + relaxation"),
        _identity("STM-specific-heat", "AHV 1972; Phillips 1972", "C_v [J/(K m^3)]",
                  sp.pi**2 / 6 * S.n0 * S.k_B**2 * S.T, ts.specific_heat_flat_dos(),
                  "flat density of states n₀ (n₀ = P̄ ln(2E/Δ_min) near E ≈ k_BT)"),
        _identity("STM-kappa", "Phillips 1987", "κ per polarisation [W/(m K)]",
                  S.rho * S.v * S.k_B**3 * S.T**2 / (6 * sp.pi * S.hbar**2 * S.P_bar * S.gamma**2),
                  ts.thermal_conductivity(), "kinetic formula; ∫x³eˣ/((eˣ−1)²tanh(x/2)) = π²"),
    ]
    # Numeric: the averaged velocity of Carruzzo & Yu's Table I from Berret–Meissner's c_l, c_t.
    cy = materials.carruzzo_yu_glasses()
    mb = materials.meissner_berret_glasses()
    for name in sorted(set(cy) & set(mb)):
        v = float(tunneling.averaged_sound_velocity(mb[name].c_l, mb[name].c_t))
        out.append(Claim(
            id=f"CY2020-ch1-averaged-velocity-{name}", paper="CY2020", where="Table I, column v",
            quantity="v [m/s], v^-3 = (v_l^-3 + 2 v_t^-3)/3", paper_value=cy[name].v, our_value=v,
            rel_tol=0.5 / cy[name].v,
            note="from Berret–Meissner's c_l, c_t (as tabulated by Zhou–Leggett); tolerance: half the last printed digit"))
    return out
