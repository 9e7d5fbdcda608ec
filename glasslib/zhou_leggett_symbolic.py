"""SymPy derivation steps for Zhou & Leggett (2022), Appendix A and Sections II–V (floor 4).

Each function is one step of the chapter's derivation and returns SymPy
objects; the notebook shows them one by one and the claims ledger evaluates
the same code.  Fourth-rank tensors are NumPy object arrays of shape
(3, 3, 3, 3) holding SymPy expressions.

Steps
-----
1. :func:`radial_transform` — ∫ d³q/(2π)³ e^{iq·x}/(q²+λ²)^p by the angular
   integral and a residue (Eqs. A12–A13).
2. :func:`fourier_f1_cartesian`, :func:`fourier_f2_cartesian` — derivatives of
   the regulated transforms, λ → 0 at x ≠ 0 (Eq. A14), and
   :func:`fit_isotropic_basis` to read off the tensor in δ and n.
3. :func:`complete_square_phonon_pair` — completing the square over one phonon
   mode pair (q, −q) linearly coupled to two blocks (Eqs. A5–A8);
   :func:`polarisation_bracket` — the phonon polarisation sum of Eq. (A8)–(A9).
4. :func:`lambda_tilde_from_phonon_exchange` — Λ̃_ijkl (Eqs. 2.18, A15).
5. :func:`lambda_tilde_from_kelvin` — the same from Kelvin's Green's function.
6. :func:`sphere_average` — ⟨·⟩ over directions n of a polynomial in n.
7. :func:`first_order_change` — ΔΛ (Eq. 2.20) and Δμ (Eq. 5.3).

References
----------
D. Zhou and A. J. Leggett (2022), Appendix A, Eqs. (2.17)–(2.20), (5.2)–(5.3).
"""
from __future__ import annotations

import itertools
from functools import lru_cache

import numpy as np
import sympy as sp

__all__ = [
    "x", "y", "z", "lam", "q", "r", "alpha", "n_sym", "m_sym", "q_sym", "IDX",
    "radial_transform", "regulated_primitives", "fourier_f1_cartesian", "fourier_f2_cartesian",
    "basis_tensors", "fit_isotropic_basis", "polarisation_bracket", "replace_by_fourier",
    "lambda_tilde_from_phonon_exchange", "lambda_tilde_paper", "joffrin_levelut_paper",
    "lambda_tilde_from_kelvin", "cartesian_to_n", "tensors_equal_cartesian", "bilinear_form", "sym_pair_first_term", "sphere_average",
    "contract", "first_order_change", "direction_change", "on_sphere", "delta_lambda_tilde_paper", "dipole_tensor",
    "delta_mu_paper", "tensor_zero", "self_consistent_ratio", "self_consistent_ratio_readings", "complete_square_phonon_pair", "E_SYMBOLS", "isotropic_pair_basis", "symmetrise_pairs", "isotropic_decomposition", "x_ratio", "POLARISATIONS", "strain_modulation_average", "dipole_modulation_average",
]

x, y, z = sp.symbols("x y z", real=True)
lam = sp.Symbol("lambda", positive=True)
q = sp.Symbol("q", real=True)
r = sp.Symbol("r", positive=True)
alpha = sp.Symbol("alpha", real=True)
n_sym = sp.symbols("n1:4", real=True)
m_sym = sp.symbols("m1:4", real=True)
q_sym = sp.symbols("Q1:4", real=True)
IDX = list(itertools.product(range(3), repeat=4))
_XYZ = (x, y, z)
_R = sp.sqrt(x**2 + y**2 + z**2)


def _d(i: int, j: int) -> int:
    return 1 if i == j else 0


def tensor_zero(rank: int = 4) -> np.ndarray:
    """An object array of SymPy zeros of shape (3,)*rank."""
    out = np.empty((3,) * rank, dtype=object)
    out[...] = sp.Integer(0)
    return out


# ---------------------------------------------------------------- step 1
def radial_transform(power: int) -> sp.Expr:
    """I_p(λ, r) = ∫ d³q/(2π)³ e^{iq·x}/(q² + λ²)^p, derived.

    The angular integral gives 4π sin(qr)/(qr), so
    I_p = (1/(2π² r)) ∫_0^∞ q sin(qr)/(q²+λ²)^p dq
        = (1/(4π² r)) Im ∫_{−∞}^{∞} q e^{iqr}/(q²+λ²)^p dq,
    and the last integral is 2πi times the residue at the upper-half-plane
    pole q = iλ (closing the contour above, r > 0).

    Returns
    -------
    sympy.Expr
        I_1 = e^{−λr}/(4πr), I_2 = e^{−λr}/(8πλ).

    References
    ----------
    Zhou & Leggett (2022), Eqs. (A12)–(A13).
    """
    integrand = q * sp.exp(sp.I * q * r) / (q**2 + lam**2) ** power
    line = 2 * sp.pi * sp.I * sp.residue(integrand, q, sp.I * lam)
    return sp.simplify(sp.im(sp.expand_complex(line)) / (4 * sp.pi**2 * r))


def regulated_primitives() -> tuple[sp.Expr, sp.Expr]:
    """The regulated transforms I_2 and I_1 as functions of Cartesian x, y, z."""
    i2 = radial_transform(2).subs(r, _R)
    i1 = radial_transform(1).subs(r, _R)
    return i2, i1


@lru_cache(maxsize=4)
def _primitive_series(which: int, order: int) -> sp.Expr:
    i2, i1 = regulated_primitives()
    return sp.series(i2 if which == 2 else i1, lam, 0, order).removeO()


def _limit_after_derivatives(which: int, idx: tuple[int, ...], order: int) -> sp.Expr:
    # The primitive is a power series in λ; terms of order λ^k (k ≥ 2 for I_2,
    # k ≥ 1 for I_1) vanish as λ → 0 after the derivatives, the λ^{-1} constant
    # is killed by them: expand to O(λ^order), differentiate, set λ = 0.
    expr = _primitive_series(which, order)
    for i in idx:
        expr = sp.diff(expr, _XYZ[i])
    return sp.factor(sp.together(expr.subs(lam, 0)))


@lru_cache(maxsize=1)
def fourier_f1_cartesian() -> np.ndarray:
    """f¹_ijkl(x) = ∂_i∂_j∂_k∂_l I_2(λ, x) at λ → 0, for x ≠ 0 (Cartesian form).

    q_iq_jq_kq_l e^{iq·x} = ∂_i∂_j∂_k∂_l e^{iq·x} and q⁴/(q²+λ²)² → 1.

    References
    ----------
    Zhou & Leggett (2022), Eqs. (A12)–(A14).
    """
    out = tensor_zero(4)
    cache: dict[tuple[int, ...], sp.Expr] = {}
    for idx in IDX:
        key = tuple(sorted(idx))
        if key not in cache:
            cache[key] = _limit_after_derivatives(2, key, 3)
        out[idx] = cache[key]
    return out


@lru_cache(maxsize=1)
def fourier_f2_cartesian() -> np.ndarray:
    """f²_jl(x) = −∂_j∂_l I_1(λ, x) at λ → 0, for x ≠ 0 (Cartesian form).

    References
    ----------
    Zhou & Leggett (2022), Eqs. (A12)–(A14).
    """
    out = tensor_zero(2)
    for j, l in itertools.product(range(3), repeat=2):
        out[j, l] = -_limit_after_derivatives(1, (j, l), 2)
    return out


def basis_tensors(n=n_sym) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Symbolic δ (3,3) and the isotropic rank-4 tensors S0, S2, S4 built from n."""
    d = np.array([[sp.Integer(_d(i, j)) for j in range(3)] for i in range(3)], dtype=object)
    s0, s2, s4 = tensor_zero(), tensor_zero(), tensor_zero()
    for i, j, k, l in IDX:
        s0[i, j, k, l] = d[i, j] * d[k, l] + d[i, k] * d[j, l] + d[i, l] * d[j, k]
        s2[i, j, k, l] = (n[i] * n[j] * d[k, l] + n[i] * n[k] * d[j, l] + n[i] * n[l] * d[j, k]
                          + n[j] * n[k] * d[i, l] + n[j] * n[l] * d[i, k] + n[k] * n[l] * d[i, j])
        s4[i, j, k, l] = n[i] * n[j] * n[k] * n[l]
    return d, s0, s2, s4


def fit_isotropic_basis(f1: np.ndarray, f2: np.ndarray) -> dict[str, sp.Expr]:
    """Read f¹ = (a S0 + b S2 + c S4)/(8π r³) and f² = (d δ + e nn)/(4π r³) off the Cartesian forms.

    Three independent components fix a, b, c (two for d, e); every one of the
    81 (9) components is then checked to be reproduced exactly.

    Returns
    -------
    dict
        ``{"a", "b", "c", "d", "e"}`` as SymPy numbers.

    Raises
    ------
    AssertionError
        If some component is not of that form.
    """
    nx = tuple(v / _R for v in _XYZ)
    dlt, s0, s2, s4 = basis_tensors(nx)
    a, b, c, d, e = sp.symbols("a b c d e")
    pref1 = 8 * sp.pi * _R**3
    eqs = [pref1 * f1[idx] - (a * s0[idx] + b * s2[idx] + c * s4[idx])
           for idx in [(0, 0, 0, 0), (0, 0, 1, 1), (0, 1, 0, 1)]]
    pt = {x: sp.Rational(1, 3), y: sp.Rational(2, 5), z: sp.Rational(5, 7)}
    sol1 = sp.solve([sp.nsimplify(sp.simplify(ex.subs(pt))) for ex in eqs]
                    + [sp.nsimplify(sp.simplify(ex.subs({x: 1, y: 0, z: 0}))) for ex in eqs], [a, b, c],
                    dict=True)[0]
    for idx in IDX:
        diff = pref1 * f1[idx] - (sol1[a] * s0[idx] + sol1[b] * s2[idx] + sol1[c] * s4[idx])
        assert sp.expand(sp.numer(sp.together(diff))) == 0, idx
    pref2 = 4 * sp.pi * _R**3
    nn = np.array([[nx[i] * nx[j] for j in range(3)] for i in range(3)], dtype=object)
    eq2 = [sp.nsimplify(sp.simplify((pref2 * f2[0, 0] - (d * dlt[0, 0] + e * nn[0, 0])).subs(p)))
           for p in (pt, {x: 1, y: 0, z: 0})]
    sol2 = sp.solve(eq2, [d, e], dict=True)[0]
    for j, l in itertools.product(range(3), repeat=2):
        diff = pref2 * f2[j, l] - (sol2[d] * dlt[j, l] + sol2[e] * nn[j, l])
        assert sp.expand(sp.numer(sp.together(diff))) == 0, (j, l)
    return {"a": sol1[a], "b": sol1[b], "c": sol1[c], "d": sol2[d], "e": sol2[e]}


# ---------------------------------------------------------------- step 3
def polarisation_bracket(c_l: sp.Symbol, c_t: sp.Symbol) -> np.ndarray:
    """Σ_μ [q̂_j e_μi + q̂_i e_μj][q̂_k e_μl + q̂_l e_μk] / c_μ², with q̂ = (Q1, Q2, Q3).

    The polarisation sums e_l = q̂ and Σ_{t1,t2} e_i e_j = δ_ij − q̂_iq̂_j (Eq. A4)
    give Σ_μ e_μi e_μj/c_μ² = q̂_iq̂_j/c_l² + (δ_ij − q̂_iq̂_j)/c_t².  Dividing
    the bracket of Eq. (A8) by ω² = c_μ²q² leaves this function of q̂ alone.

    References
    ----------
    Zhou & Leggett (2022), Eqs. (A4), (A8)–(A9).
    """
    Q = q_sym
    P = [[Q[i] * Q[j] / c_l**2 + (_d(i, j) - Q[i] * Q[j]) / c_t**2 for j in range(3)] for i in range(3)]
    out = tensor_zero()
    for i, j, k, l in IDX:
        out[i, j, k, l] = sp.expand(Q[j] * Q[k] * P[i][l] + Q[j] * Q[l] * P[i][k]
                                    + Q[i] * Q[k] * P[j][l] + Q[i] * Q[l] * P[j][k])
    return out


def replace_by_fourier(bracket: np.ndarray, f1: np.ndarray, f2: np.ndarray) -> np.ndarray:
    """Replace each monomial of q̂ by its Fourier integral: q̂_aq̂_bq̂_cq̂_d → f¹_abcd, q̂_aq̂_b → f²_ab.

    A constant (degree-0) term would give δ³(x), zero at x ≠ 0.
    """
    out = tensor_zero()
    for idx in IDX:
        poly = sp.Poly(bracket[idx], *q_sym)
        acc = sp.Integer(0)
        for powers, coeff in poly.terms():
            slots = [a for a, p in enumerate(powers) for _ in range(p)]
            if len(slots) == 4:
                acc += coeff * f1[tuple(slots)]
            elif len(slots) == 2:
                acc += coeff * f2[tuple(slots)]
            elif len(slots) != 0:
                raise ValueError(f"unexpected monomial degree {len(slots)}")
        out[idx] = acc
    return out


def _f_tensors_in_n(coeffs: dict[str, sp.Expr]) -> tuple[np.ndarray, np.ndarray]:
    """r³-stripped f¹·8πr³ and f²·4πr³ as tensors in the symbols n."""
    dlt, s0, s2, s4 = basis_tensors()
    F1 = coeffs["a"] * s0 + coeffs["b"] * s2 + coeffs["c"] * s4
    nn = np.array([[n_sym[i] * n_sym[j] for j in range(3)] for i in range(3)], dtype=object)
    F2 = coeffs["d"] * dlt + coeffs["e"] * nn
    return F1, F2


def complete_square_phonon_pair() -> dict[str, sp.Expr]:
    """Complete the square over one phonon mode pair (q, −q) coupled linearly to two blocks (Eqs. A5–A8).

    Premises: the potential energy of the pair is (mω²/2)(|u_q|² + |u_{−q}|²) = mω²|u_q|²
    (u_{−q} = u_q*), and by Eq. (A5) the stress coupling Σ_s e_ij T_ij contributes
    u_q b_q + c.c. with b_q = (i/2√N) Σ_s A_s e^{iθ_s}, where A_s = [q_j e_μi + q_i e_μj] T^{(s)}_ij
    (real) and θ_s = q·x_s.  With u_q = x + iy, the stationary point (u⁽⁰⁾, Eq. A7) and the
    minimum value are found by SymPy; the latter, shared by the two terms q and −q of Σ_q,
    is the per-q energy of Eq. (A8): a self term Σ_s A_s² and a cross term Σ_{s≠s'} A_sA_s' cos(q·x_ss').

    Returns
    -------
    dict of sympy.Expr
        ``u0`` (stationary u_q), ``u0_paper`` (Eq. A7 for two blocks), ``square_residual``
        (H − H_min − mω²|u_q − u⁽⁰⁾|², zero when the square is complete, Eq. A6),
        ``per_q`` (minimum over the pair divided by 2), ``per_q_paper`` (Eq. A8 for two blocks).

    References
    ----------
    Zhou & Leggett (2022), Eqs. (A5)–(A8).
    """
    m, w, N = sp.symbols("m omega N", positive=True)
    A1, A2, t1, t2, xr, yi = sp.symbols("A_1 A_2 theta_1 theta_2 x y", real=True)
    b = sp.I / (2 * sp.sqrt(N)) * (A1 * sp.exp(sp.I * t1) + A2 * sp.exp(sp.I * t2))
    u = xr + sp.I * yi
    H = m * w**2 * (xr**2 + yi**2) + 2 * sp.re(sp.expand_complex(u * b))
    H = sp.expand(sp.expand_complex(H))
    sol = sp.solve([sp.diff(H, xr), sp.diff(H, yi)], [xr, yi], dict=True)[0]
    u0 = sp.simplify(sol[xr] + sp.I * sol[yi])
    H_min = sp.simplify(H.subs(sol))
    square = m * w**2 * ((xr - sol[xr]) ** 2 + (yi - sol[yi]) ** 2)
    residual = sp.simplify(sp.expand(H - H_min - square))
    u0_paper = sp.I / (2 * sp.sqrt(N) * m * w**2) * (A1 * sp.exp(-sp.I * t1) + A2 * sp.exp(-sp.I * t2))
    per_q = sp.simplify(sp.trigsimp(H_min / 2))
    per_q_paper = -(A1**2 + A2**2 + 2 * A1 * A2 * sp.cos(t1 - t2)) / (8 * N * m * w**2)
    return {"u0": u0, "u0_paper": sp.expand_complex(u0_paper), "square_residual": residual,
            "per_q": per_q, "per_q_paper": per_q_paper}


def lambda_tilde_from_phonon_exchange(coeffs: dict[str, sp.Expr]) -> np.ndarray:
    """Λ̃_ijkl(n, α) from completing the square over phonons (Eqs. A6–A10, A15).

    Completing the square leaves V = −Σ_{s≠s'} (1/8ρ) ∫ d³q/(2π)³ B_ijkl(q̂)
    cos(q·x_ss') T_ij T'_kl (continuum normalisation Σ_q/N → ∫ d³q/(2π)³ per
    unit volume, Nm = ρ), with B the :func:`polarisation_bracket`.  Inserting
    f¹ = F1/(8πr³), f² = F2/(4πr³) and Λ̃ ≡ −8πρc_t²r³ Λ gives
    Λ̃ = π c_t² r³ ∫ B cos = π c_t² [B with q̂q̂q̂q̂ → F1/(8π), q̂q̂ → F2/(4π)].
    ``c_t`` is eliminated with 1/c_l² = (1 − α)/c_t².

    Parameters
    ----------
    coeffs : dict
        The output of :func:`fit_isotropic_basis`.

    Returns
    -------
    ndarray (3, 3, 3, 3) of sympy.Expr in n1, n2, n3, α.
    """
    c_l, c_t = sp.symbols("c_l c_t", positive=True)
    B = polarisation_bracket(c_l, c_t)
    F1, F2 = _f_tensors_in_n(coeffs)
    lt = replace_by_fourier(B, F1 / (8 * sp.pi), F2 / (4 * sp.pi))
    out = tensor_zero()
    for idx in IDX:
        out[idx] = sp.expand(sp.pi * c_t**2 * lt[idx]).subs(c_t**2 / c_l**2, 1 - alpha)
        out[idx] = sp.expand(out[idx])
    return out


def sym_pair_first_term(n=n_sym) -> np.ndarray:
    """¼[δ_ik(δ_jl − 3n_jn_l) + δ_il(δ_jk − 3n_jn_k) + δ_jl(δ_ik − 3n_in_k) + δ_jk(δ_il − 3n_in_l)]."""
    out = tensor_zero()
    for i, j, k, l in IDX:
        p = lambda a, b: _d(a, b) - 3 * n[a] * n[b]  # noqa: E731
        out[i, j, k, l] = sp.Rational(1, 4) * (_d(i, k) * p(j, l) + _d(i, l) * p(j, k)
                                               + _d(j, l) * p(i, k) + _d(j, k) * p(i, l))
    return out


def lambda_tilde_paper(n=n_sym, a=alpha) -> np.ndarray:
    """Λ̃_ijkl as printed in Zhou & Leggett Eq. (2.18) = (A15), typed from the paper."""
    _, s0, s2, s4 = basis_tensors(n)
    return sym_pair_first_term(n) + a / 2 * (-s0 + 3 * s2 - 15 * s4)


def joffrin_levelut_paper(n=n_sym, a=alpha, *, five_terms: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Joffrin & Levelut's tensor as quoted in Eq. (A1): (first term, α term), typed from the paper.

    ``five_terms=True`` drops n_in_lδ_jk from the bracket, as in the converted text.
    """
    dlt, s0, s2, s4 = basis_tensors(n)
    if five_terms:
        for i, j, k, l in IDX:
            s2[i, j, k, l] -= n[i] * n[l] * _d(j, k)
    first, second = tensor_zero(), tensor_zero()
    for i, j, k, l in IDX:
        first[i, j, k, l] = -2 * (_d(j, l) - 3 * n[j] * n[l]) * _d(i, k)
    second = 2 * a * (-s0 + 3 * s2 - 15 * s4)
    return first, second


@lru_cache(maxsize=1)
def lambda_tilde_from_kelvin() -> np.ndarray:
    """Λ̃ from Kelvin's Green's function: Λ = ½ Sym ∂_j∂_l G_ik, Λ̃ = −8πμ r³ Λ.

    G_ik = [2δ_ik/r − α ∂_i∂_k r]/(8πμ) (= [(2−α)δ_ik + α n_in_k]/(8πμr)).
    Differentiated in Cartesian coordinates, then n = x/r is read off at the
    symbolic level by substituting x → r n with n·n = 1 (n3 eliminated).

    Returns
    -------
    ndarray (3, 3, 3, 3) of sympy.Expr in x, y, z, α (n = x/r implicit).
    """
    G = [[(2 * _d(i, k) / _R - alpha * sp.diff(_R, _XYZ[i], _XYZ[k])) / (8 * sp.pi)
          for k in range(3)] for i in range(3)]
    half = tensor_zero()
    cache: dict[tuple, sp.Expr] = {}
    for i, j, k, l in IDX:
        key = (min(i, k), max(i, k), min(j, l), max(j, l))
        if key not in cache:
            cache[key] = sp.together(sp.diff(G[key[0]][key[1]], _XYZ[key[2]], _XYZ[key[3]]) / 2)
        half[i, j, k, l] = cache[key]
    out = tensor_zero()
    for i, j, k, l in IDX:
        s = (half[i, j, k, l] + half[j, i, k, l] + half[i, j, l, k] + half[j, i, l, k]) / 4
        out[i, j, k, l] = -8 * sp.pi * _R**3 * s
    return out


def cartesian_to_n(t: np.ndarray) -> np.ndarray:
    """Substitute n = x/r into a tensor in n symbols, giving Cartesian expressions."""
    sub = {n_sym[i]: _XYZ[i] / _R for i in range(3)}
    out = tensor_zero(t.ndim)
    for idx in itertools.product(range(3), repeat=t.ndim):
        out[idx] = sp.sympify(t[idx]).subs(sub)
    return out


def tensors_equal_cartesian(a: np.ndarray, b_in_n: np.ndarray) -> bool:
    """True if a Cartesian tensor equals a tensor in n (with n = x/r) component by component."""
    bc = cartesian_to_n(b_in_n)
    return all(sp.expand(sp.numer(sp.together(a[idx] - bc[idx]))) == 0
               for idx in itertools.product(range(3), repeat=a.ndim))


# ---------------------------------------------------------------- contractions, averages
def bilinear_form(t: np.ndarray, symmetric: bool = False) -> sp.Expr:
    """Σ t_ijkl A_ij B_kl with generic symbolic matrices A, B (symmetric ones if asked).

    Two rank-4 tensors are equal (as operators on (symmetric) matrices) iff
    these polynomials are equal; it packs a component comparison into one
    expression for the ledger.
    """
    A = sp.Matrix(3, 3, lambda i, j: sp.Symbol(f"A{min(i, j)}{max(i, j)}" if symmetric else f"A{i}{j}"))
    B = sp.Matrix(3, 3, lambda i, j: sp.Symbol(f"B{min(i, j)}{max(i, j)}" if symmetric else f"B{i}{j}"))
    return sp.expand(sum(t[i, j, k, l] * A[i, j] * B[k, l] for i, j, k, l in IDX))


def contract(t: np.ndarray, pattern: str) -> np.ndarray | sp.Expr:
    """Traces of a symbolic rank-4 tensor: ``"iikk"`` (scalar) or ``"ijkk"`` (3×3)."""
    if pattern == "iikk":
        return sp.expand(sum(t[i, i, k, k] for i in range(3) for k in range(3)))
    if pattern == "ijkk":
        out = tensor_zero(2)
        for i, j in itertools.product(range(3), repeat=2):
            out[i, j] = sp.expand(sum(t[i, j, k, k] for k in range(3)))
        return out
    if pattern == "ikik":
        return sp.expand(sum(t[i, k, i, k] for i in range(3) for k in range(3)))
    raise ValueError(f"unknown pattern {pattern!r}")


def _double_factorial_odd(k: int) -> int:
    return int(sp.factorial2(k)) if k > 0 else 1


def sphere_average(expr: sp.Expr, n=n_sym) -> sp.Expr:
    """⟨expr⟩ over unit vectors n uniformly on the sphere, for a polynomial in n.

    ⟨n1^a n2^b n3^c⟩ = (a−1)!!(b−1)!!(c−1)!!/(a+b+c+1)!! for a, b, c even, else 0.
    """
    poly = sp.Poly(sp.expand(expr), *n)
    total = sp.Integer(0)
    for (a, b, c), coeff in poly.terms():
        if a % 2 or b % 2 or c % 2:
            continue
        total += coeff * sp.Rational(_double_factorial_odd(a - 1) * _double_factorial_odd(b - 1)
                                     * _double_factorial_odd(c - 1), _double_factorial_odd(a + b + c + 1))
    return sp.expand(total)


# ---------------------------------------------------------------- ΔΛ and Δμ
def direction_change() -> tuple[list[sp.Expr], sp.Expr]:
    """δn and δr per unit displacement Δ when x = r n (|n| = 1) moves to x + Δ m.

    Derived: n(ε) = (n + ε m)/|n + ε m| and r(ε) = r|n + ε m| with ε = Δ/r, so
    dn/dε|₀ = m − n (n·m), i.e. δn = (Δ/r)(m − n cos θ), and δr = Δ cos θ.

    Returns
    -------
    (dn, dr) : list of 3 sympy.Expr and sympy.Expr
        dn/dε at ε = 0 and (1/r) dr/dε at ε = 0, with cos θ = n·m.
    """
    eps, s = sp.symbols("epsilon s", positive=True)
    c = sum(n_sym[i] * m_sym[i] for i in range(3))
    mm = sum(v**2 for v in m_sym)
    norm = sp.sqrt(s + 2 * eps * c + eps**2 * mm)      # |n + ε m|, s = |n|² = 1
    dn = [sp.expand(sp.diff((n_sym[i] + eps * m_sym[i]) / norm, eps).subs(eps, 0).subs(s, 1))
          for i in range(3)]
    dr = sp.expand(sp.diff(norm, eps).subs(eps, 0).subs(s, 1))
    return dn, dr


def on_sphere(expr: sp.Expr, n=n_sym) -> sp.Expr:
    """Reduce a polynomial in n modulo n·n = 1 (remainder of the division by n1²+n2²+n3²−1)."""
    e = sp.expand(expr)
    if e == 0:
        return e
    # eliminate n3² = 1 − n1² − n2² term by term (the normal form modulo n·n − 1)
    rest = 1 - n[0] ** 2 - n[1] ** 2
    poly = sp.Poly(e, n[2])
    out = sp.Integer(0)
    for (k,), coeff in poly.terms():
        out += coeff * n[2] ** (k % 2) * rest ** (k // 2)
    return sp.expand(out)


def first_order_change(t_of_n: np.ndarray, power: int) -> np.ndarray:
    """The bracket B with δ[t(n)/r^power] = B Δ/r^{power+1} for x → x + Δ m.

    δ[t/r^p] = (∂t/∂n_a) δn_a / r^p − p t δr/r^{p+1}, with δn and δr from
    :func:`direction_change`.  δn is tangent to the sphere, so the partial
    derivatives may be taken of the polynomial t(n) as written.

    Returns
    -------
    ndarray of sympy.Expr in n, m (same shape as ``t_of_n``).

    References
    ----------
    Zhou & Leggett (2022), Eq. (2.20) (for Λ̃, power 3) and Eq. (5.3) (dipole).
    """
    dn, dr = direction_change()
    out = tensor_zero(t_of_n.ndim)
    for idx in itertools.product(range(3), repeat=t_of_n.ndim):
        t = sp.sympify(t_of_n[idx])
        out[idx] = sp.expand(sum(sp.diff(t, n_sym[a]) * dn[a] for a in range(3)) - power * t * dr)
    return out


def delta_lambda_tilde_paper(n=n_sym, m=m_sym, a=alpha) -> np.ndarray:
    """The bracket (x/Δx)ΔΛ̃ − 3Λ̃ cos θ of Eq. (2.20), typed from the paper.

    The converted text misplaces a bracket in the second line; the reading
    taken here is the only one with the index structure of the first line:
    −[(m_jn_l + m_ln_j)δ_ik + (m_jn_k + m_kn_j)δ_il + (m_in_k + m_kn_i)δ_jl
    + (m_in_l + m_ln_i)δ_jk].
    """
    c = sum(n[i] * m[i] for i in range(3))
    lt = lambda_tilde_paper(n, a)
    out = tensor_zero()
    for i, j, k, l in IDX:
        d = _d
        t1 = sp.Rational(3, 4) * (2 * (n[j] * n[l] * d(i, k) + n[j] * n[k] * d(i, l) + n[i] * n[k] * d(j, l)
                                       + n[i] * n[l] * d(j, k)) * c
                                  - ((m[j] * n[l] + m[l] * n[j]) * d(i, k) + (m[j] * n[k] + m[k] * n[j]) * d(i, l)
                                     + (m[i] * n[k] + m[k] * n[i]) * d(j, l) + (m[i] * n[l] + m[l] * n[i]) * d(j, k)))
        s6 = (n[k] * n[l] * d(i, j) + n[j] * n[l] * d(i, k) + n[k] * n[j] * d(i, l) + n[i] * n[l] * d(j, k)
              + n[i] * n[k] * d(j, l) + n[i] * n[j] * d(k, l))
        t2 = -3 * a * c * s6
        t3 = sp.Rational(3, 2) * a * (m[i] * (n[l] * d(j, k) + n[k] * d(j, l) + n[j] * d(k, l))
                                      + m[j] * (n[l] * d(i, k) + n[k] * d(i, l) + n[i] * d(k, l))
                                      + m[k] * (n[l] * d(i, j) + n[i] * d(j, l) + n[j] * d(i, l))
                                      + m[l] * (n[k] * d(i, j) + n[i] * d(j, k) + n[j] * d(i, k)))
        t4 = -sp.Rational(15, 2) * a * (m[i] * n[j] * n[k] * n[l] + m[j] * n[i] * n[k] * n[l]
                                        + m[k] * n[i] * n[j] * n[l] + m[l] * n[i] * n[j] * n[k])
        t5 = 30 * a * n[i] * n[j] * n[k] * n[l] * c
        out[i, j, k, l] = sp.expand(t1 + t2 + t3 + t4 + t5 - 3 * lt[i, j, k, l] * c)
    return out


def dipole_tensor(n=n_sym) -> np.ndarray:
    """δ_ij − 3n_in_j, the angular part of the dipole coupling of Eq. (5.2)."""
    out = tensor_zero(2)
    for i, j in itertools.product(range(3), repeat=2):
        out[i, j] = _d(i, j) - 3 * n[i] * n[j]
    return out


def delta_mu_paper(n=n_sym, m=m_sym) -> np.ndarray:
    """3[(5n_in_j − δ_ij) cos θ − (n_jm_i + n_im_j)], the bracket of Eq. (5.3), typed."""
    c = sum(n[i] * m[i] for i in range(3))
    out = tensor_zero(2)
    for i, j in itertools.product(range(3), repeat=2):
        out[i, j] = sp.expand(3 * ((5 * n[i] * n[j] - _d(i, j)) * c - (n[j] * m[i] + n[i] * m[j])))
    return out


# ---------------------------------------------------------------- Eq. (4.4)
def self_consistent_ratio() -> tuple[sp.Expr, sp.Expr]:
    """γ_l/γ_t from the self-consistent Eq. (4.4), under two readings of Eq. (3.6).

    Eq. (4.4): Imχ_l/Imχ_t = v_l/v_t, with X ≡ Imχ_l/Imχ_t = (γ_l/γ_t)².
    Assumption (K): Reχ_l/Reχ_t = Imχ_l/Imχ_t (same spectral shape, so the
    Kramers–Kronig transforms keep the ratio).

    * Reading A (what the text after Eq. 4.4 needs): v_{l,t} ∝ Imχ_{l,t}Reχ_{l,t}/(ρc_{l,t}²),
      so X = X² c_t²/c_l², X = c_l²/c_t², γ_l/γ_t = c_l/c_t.
    * Reading B (Eq. 3.6 as printed, \\dot V_{l,t} carrying χ_{t,l} and c_{t,l}):
      X = c_l²/(c_t² X²), γ_l/γ_t = (c_l/c_t)^{1/3}.

    Returns
    -------
    (ratio_A, ratio_B) : sympy.Expr in c_l, c_t
    """
    X = sp.Symbol("X", positive=True)
    cl, ct = sp.symbols("c_l c_t", positive=True)
    vA = (X * X / cl**2) / (1 / ct**2)          # Imχ_l Reχ_l/c_l² over Imχ_t Reχ_t/c_t², Imχ_t = Reχ_t = 1
    solA = sp.solve(sp.Eq(X, vA), X)
    vB = (1 / ct**2) / (X * X / cl**2)
    solB = sp.solve(sp.Eq(X, vB), X)
    return sp.sqrt(solA[0]), sp.sqrt(solB[0])


def self_consistent_ratio_readings() -> dict[str, sp.Expr]:
    """γ_l/γ_t from Eq. (4.4) under three readings of the interaction term v̇_{l,t}.

    Common premises: Eq. (4.4), X ≡ Imχ_l/Imχ_t = v̇_l/v̇_t; X = (γ_l/γ_t)² (TTLS);
    Reχ_l/Reχ_t = X (same spectral shape).  The readings differ in v̇_{l,t}:

    * ``"A"``: v̇_{l,t} ∝ Imχ_{l,t}Reχ_{l,t}/ρc_{l,t}² (what the text after Eq. 4.4 needs);
    * ``"B"``: Eq. (3.6) as printed, v̇_{l,t} ∝ Imχ_{t,l}Reχ_{t,l}/ρc_{t,l}²;
    * ``"C"``: the Λ of Eq. (2.17), which carries 1/ρc_t² for both polarisations,
      v̇_{l,t} ∝ Imχ_{l,t}Reχ_{l,t}/ρc_t², so X = X².

    Returns
    -------
    dict
        Reading → the positive root γ_l/γ_t, a sympy.Expr in c_l, c_t.

    References
    ----------
    Zhou & Leggett (2022), Eqs. (2.17), (3.6), (4.4) and the text after it.
    """
    X = sp.Symbol("X", positive=True)
    cl, ct = sp.symbols("c_l c_t", positive=True)
    v_ratio = {"A": (X * X / cl**2) / (1 / ct**2),
               "B": (1 / ct**2) / (X * X / cl**2),
               "C": (X * X / ct**2) / (1 / ct**2)}
    return {k: sp.sqrt(sp.solve(sp.Eq(X, v), X)[0]) for k, v in v_ratio.items()}


# ---------------------------------------------------------------- compact forms for the ledger
E_SYMBOLS = sp.symbols("E1:6")


def isotropic_pair_basis(n=n_sym) -> list[np.ndarray]:
    """The five rank-4 tensors of δ and n symmetric under i↔j, k↔l and (ij)↔(kl).

    E1 = δ_ijδ_kl, E2 = δ_ikδ_jl + δ_ilδ_jk, E3 = n_in_jδ_kl + n_kn_lδ_ij,
    E4 = n_in_kδ_jl + n_in_lδ_jk + n_jn_kδ_il + n_jn_lδ_ik, E5 = n_in_jn_kn_l.
    """
    d = _d
    E = [tensor_zero() for _ in range(5)]
    for i, j, k, l in IDX:
        E[0][i, j, k, l] = d(i, j) * d(k, l)
        E[1][i, j, k, l] = d(i, k) * d(j, l) + d(i, l) * d(j, k)
        E[2][i, j, k, l] = n[i] * n[j] * d(k, l) + n[k] * n[l] * d(i, j)
        E[3][i, j, k, l] = (n[i] * n[k] * d(j, l) + n[i] * n[l] * d(j, k) + n[j] * n[k] * d(i, l)
                            + n[j] * n[l] * d(i, k))
        E[4][i, j, k, l] = n[i] * n[j] * n[k] * n[l]
    return E


def symmetrise_pairs(t: np.ndarray) -> np.ndarray:
    """¼(t_ijkl + t_jikl + t_ijlk + t_jilk): the part seen by symmetric T_ij, T'_kl."""
    out = tensor_zero()
    for i, j, k, l in IDX:
        out[i, j, k, l] = sp.expand((t[i, j, k, l] + t[j, i, k, l] + t[i, j, l, k] + t[j, i, l, k]) / 4)
    return out


def isotropic_decomposition(t: np.ndarray) -> sp.Expr:
    """Write a rank-4 tensor of n and α as Σ c_a E_a (symbols E1…E5 of :func:`isotropic_pair_basis`).

    Solves for the c_a on five components and checks all 81 (modulo n·n = 1).

    Raises
    ------
    ValueError
        If the tensor is not of that form (e.g. lacks the pair symmetries).
    """
    E = isotropic_pair_basis()
    c = sp.symbols("c1:6")
    probe = [(0, 0, 1, 1), (0, 1, 0, 1), (0, 0, 0, 0), (0, 0, 0, 1), (0, 0, 1, 2)]
    pts = [{n_sym[0]: 0, n_sym[1]: 0, n_sym[2]: 1}, {n_sym[0]: sp.Rational(3, 5), n_sym[1]: sp.Rational(4, 5),
                                                     n_sym[2]: 0},
           {n_sym[0]: sp.Rational(2, 7), n_sym[1]: sp.Rational(3, 7), n_sym[2]: sp.Rational(6, 7)}]
    eqs = []
    for p in pts:
        for idx in probe:
            eqs.append(sp.expand((sp.sympify(t[idx]) - sum(c[a] * E[a][idx] for a in range(5))).subs(p)))
    sol = sp.solve(eqs, c, dict=True)
    if not sol:
        raise ValueError("tensor is not a combination of the isotropic pair basis")
    sol = sol[0]
    for idx in IDX:
        resid = sp.sympify(t[idx]) - sum(sol.get(c[a], 0) * E[a][idx] for a in range(5))
        if sp.expand(resid) != 0 and on_sphere(resid) != 0:
            raise ValueError(f"tensor is not a combination of the isotropic pair basis (component {idx})")
    return sp.expand(sum(sp.factor(sol.get(c[a], 0)) * E_SYMBOLS[a] for a in range(5)))


# ---------------------------------------------------------------- Eqs. (3.4) and (5.8): angular factors
x_ratio = sp.Symbol("x")   # x = Imχ_l/Imχ_t − 2 of Eq. (3.4)

#: Displacement direction m for a phonon travelling along ẑ: longitudinal (ẑ) or transverse (x̂).
POLARISATIONS: dict[str, tuple[int, int, int]] = {"l": (0, 0, 1), "t": (1, 0, 0)}


def _modulated(t_change: np.ndarray, pol: str) -> np.ndarray:
    """Bracket × n_z at m = polarisation: the change of t(n)/r^p under a uniform strain wave.

    A long-wavelength phonon along ẑ with displacement along m has
    ∂_b u_a = e m_a ẑ_b, so x_ss' moves by Δx = e (x_ss'·ẑ) m, i.e. Δ = e r n_z
    along m; the first-order change is then e n_z B(n, m)/r^p.
    """
    mv = POLARISATIONS[pol]
    sub = {m_sym[i]: mv[i] for i in range(3)}
    out = tensor_zero(t_change.ndim)
    for idx in np.ndindex(t_change.shape):
        out[idx] = sp.expand(sp.sympify(t_change[idx]).subs(sub) * n_sym[2])
    return out


def strain_modulation_average(t_change: np.ndarray, pol: str) -> sp.Expr:
    """⟨D_ijkl D_abcd χ_ijab χ_klcd⟩ over directions n, D the modulated ΔΛ̃ of a phonon.

    χ_ijab = x δ_ijδ_ab + δ_iaδ_jb + δ_ibδ_ja is Eq. (2.15) in units of Imχ̃_t
    with x = Imχ̃_l/Imχ̃_t − 2.  Golden-rule absorption from the term
    ΔΛ T T' of Eq. (2.21) is proportional to this average (times the lattice
    sum and the frequency convolution of Eq. 3.4).

    Parameters
    ----------
    t_change : ndarray (3, 3, 3, 3)
        The bracket of :func:`first_order_change` for Λ̃ (depends on n, m, α).
    pol : {"l", "t"}

    Returns
    -------
    sympy.Expr
        A polynomial in α and x.

    References
    ----------
    Zhou & Leggett (2022), Eq. (3.4) (its brackets (55 + 176α + 688α²) + 44(1 + 4α + 4α²)x, …).
    """
    D = _modulated(t_change, pol)
    tr = np.empty((3, 3), dtype=object)
    for k, l in itertools.product(range(3), repeat=2):
        tr[k, l] = sum(D[i, i, k, l] for i in range(3))
    total = sp.Integer(0)
    for k, l, c, d in itertools.product(range(3), repeat=4):
        chi = x_ratio * _d(k, l) * _d(c, d) + _d(k, c) * _d(l, d) + _d(k, d) * _d(l, c)
        if chi == 0:
            continue
        inner = x_ratio * tr[k, l] * tr[c, d] + sum(D[i, j, k, l] * (D[i, j, c, d] + D[j, i, c, d])
                                                    for i in range(3) for j in range(3))
        total += chi * inner
    return sp.expand(sphere_average(sp.expand(total)))


def dipole_modulation_average(pol: str, *, include_dipole_change: bool = True) -> sp.Expr:
    """⟨D_ij D_ij⟩ over n for the dipole coupling modulated by a phonon (χ_ij = δ_ij).

    D = Δμ-bracket (Eq. 5.3) × n_z, plus, if asked, the change of the dipoles
    themselves, Δp_i = ∂_k u_i p_k (Eq. 5.4), at both ends of the pair:
    D += Gᵀμ + μG with G_ab = m_a ẑ_b.

    References
    ----------
    Zhou & Leggett (2022), Eqs. (5.3)–(5.8) (the 94/960 and 53/960 of Eq. 5.8).
    """
    mu = dipole_tensor()
    D = _modulated(first_order_change(mu, 3), pol)
    if include_dipole_change:
        mv = POLARISATIONS[pol]
        G = [[mv[a] * _d(b, 2) for b in range(3)] for a in range(3)]
        for i, j in itertools.product(range(3), repeat=2):
            D[i, j] = D[i, j] + sum(G[a][i] * mu[a, j] + mu[i, a] * G[a][j] for a in range(3))
    return sphere_average(sum(sp.expand(D[i, j]) ** 2 for i in range(3) for j in range(3)))
