"""Random first-order transition (RFOT) theory of the glass and its two-level systems (floor 4).

Lubchenko & Wolynes derive the tunnelling two-level systems of a glass from
the mosaic of "entropic droplets" frozen in at the glass transition.  The
chain, followed by chapter 4 of the book, is

    droplet free energy F(N) = γ√N − T s_c N        (Eqs. 5–7)
    → mosaic size N* = ξ³/a³ ≈ 190 at T_g           (F(N*) = 0)
    → random-energy density of states e^{ε/T_g}/T_g  (Eqs. 9–11)
    → P̄ ≈ 1/(k_B T_g ξ³)                           (Sec. III.A)
    → g = √(ρ c_s² a³ k_B T_g)                      (Eqs. 15–18)
    → λ/l = (2π²/3) tanh(½) (a/ξ)³                  (Eqs. 19–20)

and, from the exponential tail of the barrier distribution (Eqs. 12–14),
a tunnelling-amplitude distribution P(Δ) ∝ (Δ₀/Δ)^c/Δ (Eqs. 21–22) with a
power-law, time-dependent heat capacity (Eqs. 23–28).

Conventions: the paper sets k_B = ħ = 1; here every energy is in joule,
every temperature in kelvin, the configurational entropy s_c in units of k_B
per bead (dimensionless), lengths in metres.  One scalar phonon polarisation
with sound velocity c_s is used, as in the paper (Eq. 15).

References
----------
V. Lubchenko and P. G. Wolynes, "The microscopic quantum theory of low
temperature amorphous solids", Adv. Chem. Phys. 136, 95 (2008), Sections II–III.
X. Xia and P. G. Wolynes, PNAS 97, 2990 (2000) (the mismatch coefficient γ).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from . import materials, tunneling
from .units import hbar, k_B
from .validation import require_finite, require_in_range, require_nonnegative, require_positive

__all__ = [
    "lindemann_log", "mismatch_coefficient", "mismatch_coefficient_over_kT",
    "droplet_free_energy", "barrier_size", "barrier_height", "mosaic_size",
    "configurational_entropy", "xi_over_a", "fragility_heat_capacity_product",
    "barrier_width_ratio", "rem_ground_state_energy", "rem_log_density_of_states",
    "typical_barrier", "transition_state_size", "max_barrier", "barrier_tail_slope",
    "barrier_free_fraction", "barrier_density", "tls_density_of_states", "cohesive_energy",
    "phonon_coupling", "thermal_strain", "debye_bead_size", "coupling_constant",
    "mean_free_path_ratio", "ORIENTATION_FACTOR", "amplitude_exponent",
    "amplitude_exponent_as_printed", "tunnelling_amplitude_density",
    "min_relaxation_rate", "min_relaxation_time_rfot", "waiting_time_integral",
    "waiting_time_integral_asymptote", "heat_capacity", "heat_capacity_long_time",
    "local_exponent", "LW_PARAMETERS_FILE", "lw_parameters", "LW_SILICA", "LW_SILICA_ONLY",
    "lw_materials", "lw_inputs",
    "gap_energy", "heat_capacity_above_gap", "stretched_exponent", "kinetic_mean_free_path_factor",
]

#: The long-format table of the inputs Lubchenko & Wolynes (2008) print for silica.
LW_PARAMETERS_FILE = "lubchenko_wolynes_2008_silica.csv"


def lw_parameters(path=None) -> dict[str, float]:
    """The printed inputs of Lubchenko & Wolynes (2008) in SI, from ``data/`` (quantity → value).

    Parameters
    ----------
    path : path-like, optional
        Another table with the same layout (default ``data/lubchenko_wolynes_2008_silica.csv``).

    Returns
    -------
    glasslib.materials.Table
        Quantity name → SI value (K, m, kg/m³, m/s, s, or dimensionless); asking for a
        quantity the file lacks raises DataError naming the file.

    Raises
    ------
    glasslib.materials.DataError
        Naming file, line and column of a malformed row.
    """
    path = materials.data_dir() / LW_PARAMETERS_FILE if path is None else path
    rows = materials.read_parameters(path)
    out = materials.Table(rows.path)           # a missing quantity raises DataError naming the file
    out.update({k: p.si for k, p in rows.items()})
    out.lines.update(rows.lines)
    return out

#: The name of the paper's own silica inputs in :func:`lw_inputs`.
LW_SILICA = "a-SiO2"

#: Quantities of the silica table that are measurements on silica, or LW's numbers computed
#: for silica alone: :func:`lw_inputs` leaves them out for any other glass. (ℓ/λ ≈ 150 is
#: Freeman & Anderson's plateau value, nearly the same in every glass; for another glass the
#: chapters compute ℓ/λ = 1/(2π²C) from its own measured C instead.)
LW_SILICA_ONLY = ("l_over_lambda_empirical", "alpha_linear_1K_measured", "tau_min_ref",
                  "E_over_T_D_at_tau_min_ref", "T_D_sec_VI")


def lw_materials() -> list[str]:
    """The glasses :func:`lw_inputs` can give inputs for: the paper's silica, then every glass
    of Carruzzo & Yu's Supplement Table I (the only table here with ρ, v, v_o, T_g and T_D)."""
    from .carruzzo_yu import carruzzo_yu_supplement_glasses

    return [LW_SILICA, *carruzzo_yu_supplement_glasses()]


def lw_inputs(material: str = LW_SILICA) -> dict[str, float]:
    """Lubchenko & Wolynes's inputs for one glass, in SI (quantity → value).

    For ``"a-SiO2"`` these are the paper's printed silica numbers (:func:`lw_parameters`).
    For any glass of Carruzzo & Yu's Supplement Table I the material inputs are that glass's:
    ``T_g``, ``T_D``, ``rho``, ``c_s`` (CY's averaged velocity v) and ``a = v_o^{1/3}`` (one
    formula unit per bead, as LW's a = 3.5 Å is one SiO₄ unit for silica), with
    ``xi = a · ξ/a`` from the universal :func:`xi_over_a` at the paper's τ/τ₀ and d_L/a.
    The universal numbers of the theory (d_L/a, τ/τ₀, s_c, c, the cut-offs and the printed
    ξ/a) are the paper's, and the silica-only quantities of :data:`LW_SILICA_ONLY`
    (measurements on silica, and LW's τ_min computed for silica) are left out, so a chapter
    cannot compare another glass with silica's data by accident.

    Parameters
    ----------
    material : str
        ``"a-SiO2"`` (the paper's silica) or a name of :func:`lw_materials`.

    Returns
    -------
    dict
        Quantity name → SI value (K, m, kg/m³, m/s, s, or dimensionless).

    Raises
    ------
    glasslib.materials.UnknownMaterialError
        For a name of neither table; the message lists the valid names.

    References
    ----------
    V. Lubchenko and P. G. Wolynes, Adv. Chem. Phys. 136, 95 (2008), Secs. II–III and the
    Fig. 15 caption (silica's inputs); H. M. Carruzzo and C. C. Yu, PRL 124, 075902 (2020),
    Supplemental Material, Table I (the other glasses).
    """
    params = lw_parameters()
    if material == LW_SILICA:
        return params
    from .carruzzo_yu import CY_SUPPLEMENT_TABLE, carruzzo_yu_supplement_glasses

    table = {LW_SILICA: None, **carruzzo_yu_supplement_glasses()}
    row = materials.pick(table, material, f"Lubchenko-Wolynes inputs (the paper's {LW_SILICA!r} "
                                          f"or data/{CY_SUPPLEMENT_TABLE})")
    out = _OtherGlassInputs(params.path, material)
    out.update({k: v for k, v in params.items() if k not in LW_SILICA_ONLY})
    a = row.glass.v_o ** (1.0 / 3.0)
    out.update(T_g=row.T_g, T_D=row.glass.T_D, rho=row.glass.rho, c_s=row.glass.v, a=a,
               xi=a * float(xi_over_a(params["tau_over_tau0_at_T_g"], params["lindemann_ratio"])))
    return out


class _OtherGlassInputs(materials.Table):
    """:func:`lw_inputs` of a glass other than the paper's silica: asking for a quantity of
    :data:`LW_SILICA_ONLY` says it is silica's, asking for any other names the file."""

    def __init__(self, path, material: str) -> None:
        super().__init__(path)
        self.material = material

    def __missing__(self, key: str):
        if key in LW_SILICA_ONLY:
            raise materials.DataError(self.path, f"{key!r} is silica's alone (rfot.LW_SILICA_ONLY), "
                                                 f"not an input for {self.material!r}")
        return super().__missing__(key)


#: Orientational average of the coupling of a randomly oriented defect to one
#: phonon polarisation, the "factor 1/3" of Eq. (20).
ORIENTATION_FACTOR: float = 1.0 / 3.0


# --------------------------------------------------------------------------- Sec. II: droplets

def lindemann_log(lindemann_ratio: ArrayLike = 0.1) -> np.ndarray:
    """ln(α_L a²/πe) with α_L a² = (a/d_L)², the Lindemann logarithm in γ.

    Parameters
    ----------
    lindemann_ratio : array_like
        d_L/a, the Lindemann ratio (≈ 0.1, dimensionless, in (0, 1)).

    Returns
    -------
    ndarray
        ln[(a/d_L)²/(πe)], dimensionless (2.46 for d_L/a = 0.1).

    Raises
    ------
    ValueError
        If the ratio is not in (0, 1) or the logarithm is not positive.

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. II, text before Eq. (8); reading α_L = 1/d_L²
    (the Gaussian localisation parameter of the density functional at the Lindemann length).
    """
    r = require_in_range("lindemann_ratio", lindemann_ratio, 0.0, 1.0)
    r = require_positive("lindemann_ratio", r)
    out = np.log(1.0 / (r**2 * np.pi * np.e))
    if np.any(out <= 0):
        raise ValueError(f"lindemann_ratio too large: ln(a²/(π e d_L²)) must be > 0, got ratio {lindemann_ratio!r}")
    return out


def mismatch_coefficient_over_kT(lindemann_ratio: ArrayLike = 0.1) -> np.ndarray:
    """κ = γ/(k_B T) = (3/2)√(3π) ln(α_L a²/πe), dimensionless (11.33 for d_L/a = 0.1).

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. II, text before Eq. (8); Xia & Wolynes (2000).
    """
    return 1.5 * np.sqrt(3.0 * np.pi) * lindemann_log(lindemann_ratio)


def mismatch_coefficient(T: ArrayLike, lindemann_ratio: ArrayLike = 0.1) -> np.ndarray:
    """Surface mismatch coefficient γ = (3/2)√(3π) k_B T ln(α_L a²/πe) [J].

    Parameters
    ----------
    T : array_like
        Temperature [K] (the paper uses T_g ≈ T_K).
    lindemann_ratio : array_like
        d_L/a (dimensionless).

    Returns
    -------
    ndarray
        γ [J], the coefficient of the interface energy γ√N.

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. II, text before Eq. (8).
    """
    T = require_positive("T", T)
    return k_B * T * mismatch_coefficient_over_kT(lindemann_ratio)


def droplet_free_energy(N: ArrayLike, gamma: ArrayLike, T: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """Entropic-droplet free energy F(N) = γ√N − k_B T s_c N [J].

    Parameters
    ----------
    N : array_like
        Number of beads in the droplet (≥ 0, continuous).
    gamma : array_like
        Mismatch coefficient γ [J].
    T : array_like
        Temperature [K].
    s_c : array_like
        Configurational entropy per bead [k_B].

    Returns
    -------
    ndarray
        F(N) [J].

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (6).
    """
    N = require_nonnegative("N", N)
    gamma = require_positive("gamma", gamma)
    T = require_positive("T", T)
    s_c = require_positive("s_c", s_c)
    return gamma * np.sqrt(N) - k_B * T * s_c * N


def barrier_size(gamma: ArrayLike, T: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """Size of the droplet at the barrier top, N‡ = (γ/2k_BTs_c)² (dimensionless).

    References
    ----------
    Lubchenko & Wolynes (2008), text between Eqs. (6) and (7).
    """
    gamma = require_positive("gamma", gamma)
    return (gamma / (2.0 * k_B * require_positive("T", T) * require_positive("s_c", s_c))) ** 2


def barrier_height(gamma: ArrayLike, T: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """Activation barrier F‡ = γ²/(4 k_B T s_c) [J].

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (7).
    """
    gamma = require_positive("gamma", gamma)
    return gamma**2 / (4.0 * k_B * require_positive("T", T) * require_positive("s_c", s_c))


def mosaic_size(gamma: ArrayLike, T: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """Mosaic cell size N* = (γ/k_BTs_c)², the root F(N*) = 0 (dimensionless, = (ξ/a)³).

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. II, text before Fig. 5 ("F(N*) = 0"); Eq. (11), N₀ = N*.
    """
    gamma = require_positive("gamma", gamma)
    return (gamma / (k_B * require_positive("T", T) * require_positive("s_c", s_c))) ** 2


def configurational_entropy(tau_over_tau0: ArrayLike, lindemann_ratio: ArrayLike = 0.1) -> np.ndarray:
    """s_c at which F‡ = k_BT ln(τ/τ₀): s_c = κ²/(4 ln(τ/τ₀)), κ = γ/k_BT [k_B per bead].

    Parameters
    ----------
    tau_over_tau0 : array_like
        Relaxation time in units of the microscopic time (> 1; 10¹⁷ at T_g).
    lindemann_ratio : array_like
        d_L/a.

    Returns
    -------
    ndarray
        s_c [k_B per bead] (0.82 at T_g).

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (7) with γ of Sec. II; "s_c ≃ 0.8 k_B", ".82".
    """
    lt = np.log(require_positive("tau_over_tau0", tau_over_tau0))
    if np.any(lt <= 0):
        raise ValueError(f"tau_over_tau0 must exceed 1, got {tau_over_tau0!r}")
    return mismatch_coefficient_over_kT(lindemann_ratio) ** 2 / (4.0 * lt)


def xi_over_a(tau_over_tau0: ArrayLike, lindemann_ratio: ArrayLike = 0.1) -> np.ndarray:
    """Mosaic length ξ/a = N*^{1/3} = [8/(3√(3π)) ln(τ/τ₀)/ln(α_L a²/πe)]^{2/3}.

    Parameters
    ----------
    tau_over_tau0 : array_like
        τ/τ₀ (> 1).
    lindemann_ratio : array_like
        d_L/a.

    Returns
    -------
    ndarray
        ξ/a, dimensionless (5.76 for τ/τ₀ = 10¹⁷, d_L/a = 0.1).

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. II, text before Fig. 5 (the printed "8/(3√3π)"
    must be read 8/(3√(3π)); see chapter 4).
    """
    lt = np.log(require_positive("tau_over_tau0", tau_over_tau0))
    if np.any(lt <= 0):
        raise ValueError(f"tau_over_tau0 must exceed 1, got {tau_over_tau0!r}")
    return (8.0 / (3.0 * np.sqrt(3.0 * np.pi)) * lt / lindemann_log(lindemann_ratio)) ** (2.0 / 3.0)


def fragility_heat_capacity_product(lindemann_ratio: ArrayLike = 0.1) -> np.ndarray:
    """D·Δc_p = κ²/4 (Δc_p in k_B per bead), the "D = 32 R/Δc_p" of Xia & Wolynes.

    From τ = τ₀ exp[γ²/(4k_BT s_c)] with s_c = Δc_p (T − T_K)/T_K and γ = κ k_B T_K.

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. II, text before Eq. (8); Eq. (1) (Vogel–Fulcher).
    """
    return mismatch_coefficient_over_kT(lindemann_ratio) ** 2 / 4.0


def barrier_width_ratio(D: ArrayLike) -> np.ndarray:
    """Relative width of the barrier distribution δF‡/F‡ = 1/(2√D).

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. II, text before Fig. 6; Xia & Wolynes (2001).
    """
    return 1.0 / (2.0 * np.sqrt(require_positive("D", D)))


# --------------------------------------------------------------------------- Sec. III.A: REM

def rem_ground_state_energy(N: ArrayLike, gamma: ArrayLike, T_g: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """Typical lowest energy of a region of N beads, E_GS(N) = γ√N − k_BT_g s_c N [J].

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (11) (root of Ω_N(E_GS) = 1, Eq. 10).
    """
    return droplet_free_energy(N, gamma, T_g, s_c)


def rem_log_density_of_states(E: ArrayLike, N: ArrayLike, gamma: ArrayLike, T_g: ArrayLike,
                              s_c: ArrayLike) -> np.ndarray:
    """ln Ω_N(E) of the random-energy model with δE² = 2(k_BT_g)² s_c and Δε = k_BT_g s_c.

    Parameters
    ----------
    E : array_like
        Energy relative to the liquid at T_g [J].
    N : array_like
        Region size (> 0).
    gamma, T_g, s_c : array_like
        γ [J], T_g [K], s_c [k_B].

    Returns
    -------
    ndarray
        ln Ω_N(E), dimensionless.

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (9) with the parameters fixed in the text after Eq. (10).
    """
    E = require_finite("E", E)
    N = require_positive("N", N)
    gamma = require_nonnegative("gamma", gamma)
    kT = k_B * require_positive("T_g", T_g)
    s_c = require_positive("s_c", s_c)
    dE2 = 2.0 * kT**2 * s_c
    return s_c * N - (E - (N * kT * s_c + gamma * np.sqrt(N))) ** 2 / (2.0 * dE2 * N)


def typical_barrier(N: ArrayLike, gamma: ArrayLike, T_g: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """Lowest typical barrier for growing a region of N beads, V(N) = γ√N − (2√2−1)k_BT_g s_c N [J].

    The root Ω_N(V) = 1 of Eq. (12) (variance doubled to 4δE²N).

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (12).
    """
    N = require_nonnegative("N", N)
    gamma = require_positive("gamma", gamma)
    kT = k_B * require_positive("T_g", T_g)
    s_c = require_positive("s_c", s_c)
    return gamma * np.sqrt(N) - (2.0 * np.sqrt(2.0) - 1.0) * kT * s_c * N


def transition_state_size(gamma: ArrayLike, T_g: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """N‡ = [γ/(2(2√2−1)k_BT_g s_c)]² = N*/(4(2√2−1)²), the maximum of Eq. (12)'s barrier (≈ 14).

    References
    ----------
    Lubchenko & Wolynes (2008), text before Eq. (13).
    """
    return barrier_size(gamma, T_g, s_c) / (2.0 * np.sqrt(2.0) - 1.0) ** 2


def max_barrier(gamma: ArrayLike, T_g: ArrayLike, s_c: ArrayLike) -> np.ndarray:
    """V_max = F‡/(2√2 − 1) [J].

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (13).
    """
    return barrier_height(gamma, T_g, s_c) / (2.0 * np.sqrt(2.0) - 1.0)


def barrier_tail_slope(T_g: ArrayLike) -> np.ndarray:
    """Slope of ln Ω(V‡) below V_max: 1/(√2 k_BT_g) [1/J].

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (14).
    """
    return 1.0 / (np.sqrt(2.0) * k_B * require_positive("T_g", T_g))


def barrier_free_fraction(V_max: ArrayLike, T_g: ArrayLike) -> np.ndarray:
    """Fraction of zero-barrier paths per mosaic cell, Ω(0) = exp[−V_max/(√2 k_BT_g)].

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (14) and text after it ("≃ 3·10⁻⁷").
    """
    V_max = require_nonnegative("V_max", V_max)
    return np.exp(-V_max * barrier_tail_slope(T_g))


def barrier_density(V: ArrayLike, V_max: ArrayLike, T_g: ArrayLike) -> np.ndarray:
    """Density of transition-state barriers Ω(V‡) = exp[(V‡ − V_max)/(√2 k_BT_g)] for V‡ ≤ V_max, 0 above.

    Parameters
    ----------
    V : array_like
        Barrier V‡ [J] (≥ 0).
    V_max : array_like
        The typical (largest) barrier of Eq. (13) [J].
    T_g : array_like
        [K].

    Returns
    -------
    ndarray
        Ω(V‡), dimensionless: paths per mosaic cell, normalised to 1 at V_max.

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (14).
    """
    V = require_nonnegative("V", V)
    V_max = require_nonnegative("V_max", V_max)
    return np.where(V <= V_max, np.exp(np.minimum(V - V_max, 0.0) * barrier_tail_slope(T_g)), 0.0)


def tls_density_of_states(T_g: ArrayLike, xi: ArrayLike) -> np.ndarray:
    """Density of two-level systems P̄ ≈ 1/(k_B T_g ξ³) [J⁻¹ m⁻³].

    One residual excitation per mosaic cell of volume ξ³ = N* a³, with spectral
    density e^{ε/k_BT_g}/(k_BT_g) ≈ 1/(k_BT_g) at ε ≈ 0.

    Parameters
    ----------
    T_g : array_like
        Glass transition temperature [K].
    xi : array_like
        Mosaic length ξ [m].

    Returns
    -------
    ndarray
        P̄ [J⁻¹ m⁻³] (6×10⁴⁵ for silica, T_g = 1500 K, ξ = 20 Å).

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. III.A, after Eq. (11) and after Eq. (14).
    """
    return 1.0 / (k_B * require_positive("T_g", T_g) * require_positive("xi", xi) ** 3)


# --------------------------------------------------------------------------- Sec. III.B: coupling

def cohesive_energy(rho: ArrayLike, c_s: ArrayLike, a: ArrayLike) -> np.ndarray:
    """Elastic energy scale ρ c_s² a³ [J] (~10 eV in silica).

    References
    ----------
    Lubchenko & Wolynes (2008), text after Eq. (18).
    """
    return require_positive("rho", rho) * require_positive("c_s", c_s) ** 2 * require_positive("a", a) ** 3


def phonon_coupling(rho: ArrayLike, c_s: ArrayLike, a: ArrayLike, T_g: ArrayLike) -> np.ndarray:
    """TLS–phonon coupling g = √(ρ c_s² a³ k_B T_g) [J].

    Marginal stability g σ_z = −ρc_s²a³∇φ at the bead scale (from Eqs. 15–16),
    with equipartition ρc_s²⟨(∇φ)²⟩a³ ≃ k_BT_g (Eq. 17).

    Parameters
    ----------
    rho : array_like
        Mass density [kg/m³].
    c_s : array_like
        Sound velocity [m/s] (one scalar polarisation).
    a : array_like
        Bead size [m].
    T_g : array_like
        Glass transition temperature [K].

    Returns
    -------
    ndarray
        g [J] (≈ 1 eV in silica).

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (18).
    """
    return np.sqrt(cohesive_energy(rho, c_s, a) * k_B * require_positive("T_g", T_g))


def thermal_strain(rho: ArrayLike, c_s: ArrayLike, a: ArrayLike, T_g: ArrayLike) -> np.ndarray:
    """Thermal strain at T_g, |∇φ| ≈ (k_BT_g/ρc_s²a³)^{1/2} (dimensionless).

    References
    ----------
    Lubchenko & Wolynes (2008), footnote 5 (Sec. III.B) and Eq. (17).
    """
    return np.sqrt(k_B * require_positive("T_g", T_g) / cohesive_energy(rho, c_s, a))


def debye_bead_size(c_s: ArrayLike, omega_D: ArrayLike) -> np.ndarray:
    """Bead size from the Debye frequency, a = (6π²)^{1/3} c_s/ω_D [m].

    References
    ----------
    Lubchenko & Wolynes (2008), footnote 5.
    """
    return (6.0 * np.pi**2) ** (1.0 / 3.0) * require_positive("c_s", c_s) / require_positive("omega_D", omega_D)


def coupling_constant(P_bar: ArrayLike, g: ArrayLike, rho: ArrayLike, c_s: ArrayLike) -> np.ndarray:
    """C = P̄ g²/(ρ c_s²) through :func:`glasslib.tunneling.coupling_constant`; = (a/ξ)³ for RFOT inputs.

    References
    ----------
    Lubchenko & Wolynes (2008), text after Eq. (20).
    """
    return tunneling.coupling_constant(P_bar, g, rho, c_s)


def mean_free_path_ratio(a_over_xi: ArrayLike, hbar_omega_over_kT: ArrayLike = 1.0,
                         orientation_factor: float = ORIENTATION_FACTOR) -> np.ndarray:
    """Phonon mean free path per wavelength l/λ from Eq. (19) with P̄g²/ρc_s² = (a/ξ)³.

    λ is the ordinary wavelength λ = 2πc_s/ω of the phonon of frequency ω; at the
    default ħω = k_BT (a thermal phonon, ω = k_BT/ħ, i.e. λ = 2πħc_s/k_BT) this is

        λ/l = 2π² · (1/3) · tanh(½) · (a/ξ)³ = (2π²/3) tanh(½) (a/ξ)³,

    the paper's Eq. (20).  Computed through
    :func:`glasslib.tunneling.mean_free_path_per_wavelength` with C = (1/3)(a/ξ)³.

    Parameters
    ----------
    a_over_xi : array_like
        a/ξ = N*^{-1/3} (dimensionless, in (0, 1]).
    hbar_omega_over_kT : array_like
        ħω/k_BT of the phonon (1 for Eq. 20); ``np.inf`` for the ħω ≫ k_BT limit.
    orientation_factor : float
        The orientational average (1/3 in the paper).

    Returns
    -------
    ndarray
        l/λ, dimensionless (≈ 63 for ξ/a = 5.76).

    References
    ----------
    Lubchenko & Wolynes (2008), Eqs. (19)–(20).
    """
    r = require_in_range("a_over_xi", a_over_xi, 0.0, 1.0)
    r = require_positive("a_over_xi", r)
    x = require_positive("hbar_omega_over_kT", hbar_omega_over_kT, allow_inf=True)
    C = require_positive("orientation_factor", orientation_factor) * r**3
    if np.all(np.isinf(x)):
        return tunneling.mean_free_path_per_wavelength(C)
    T = 1.0  # any temperature: only ħω/k_BT matters
    return tunneling.mean_free_path_per_wavelength(C, x * k_B * T / hbar, T)


# --------------------------------------------------------------------------- Sec. III.C: amplitudes, C(t)

def amplitude_exponent(hbar_omega_dagger: ArrayLike, T_g: ArrayLike) -> np.ndarray:
    """Exponent c of P(Δ) ∝ (Δ₀/Δ)^c/Δ derived from Eqs. (14) and (21): c = ħω‡/(√2 π k_BT_g).

    Parameters
    ----------
    hbar_omega_dagger : array_like
        Barrier-top quantum ħω‡ [J].
    T_g : array_like
        [K].

    Returns
    -------
    ndarray
        c (dimensionless).  The paper prints c = ħω‡/(√2 T_g), without the 1/π
        that the WKB exponent πV‡/ħω‡ of Eq. (21) implies
        (:func:`amplitude_exponent_as_printed`).

    References
    ----------
    Lubchenko & Wolynes (2008), Eqs. (21)–(22).
    """
    return require_positive("hbar_omega_dagger", hbar_omega_dagger) / (
        np.sqrt(2.0) * np.pi * k_B * require_positive("T_g", T_g))


def amplitude_exponent_as_printed(hbar_omega_dagger: ArrayLike, T_g: ArrayLike) -> np.ndarray:
    """The exponent as printed after Eq. (22), c = ħω‡/(√2 k_BT_g) (= π × the derived one)."""
    return np.pi * amplitude_exponent(hbar_omega_dagger, T_g)


def tunnelling_amplitude_density(Delta: ArrayLike, Delta0: ArrayLike, c: ArrayLike) -> np.ndarray:
    """P(Δ) = (Δ₀/Δ)^c / Δ for 0 < Δ ≤ Δ₀ (the constant A = 1), 0 above Δ₀ [1/J].

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (22).
    """
    Delta = require_positive("Delta", Delta)
    Delta0 = require_positive("Delta0", Delta0)
    c = require_nonnegative("c", c)
    return np.where(Delta <= Delta0, (Delta0 / Delta) ** c / Delta, 0.0)


def min_relaxation_rate(E: ArrayLike, T: ArrayLike, rho: ArrayLike, c_s: ArrayLike,
                        g: ArrayLike) -> np.ndarray:
    """Fastest one-phonon rate τ_min⁻¹(E) = 3g²E³/(2πρc_s⁵ħ⁴) coth(E/2k_BT) [1/s].

    Parameters
    ----------
    E : array_like
        TLS splitting [J].
    T : array_like
        Temperature [K] (0 gives coth = 1).
    rho, c_s, g : array_like
        [kg/m³], [m/s], [J].

    Returns
    -------
    ndarray
        τ_min⁻¹ [1/s], reached at Δ = E.

    References
    ----------
    Lubchenko & Wolynes (2008), Eqs. (23), (25) (ħ restored: Jäckle 1972).
    """
    E = require_positive("E", E)
    T = require_nonnegative("T", T)
    with np.errstate(divide="ignore"):
        x = np.where(T > 0, E / (2.0 * k_B * np.where(T > 0, T, 1.0)), np.inf)
    pref = 3.0 * require_positive("g", g) ** 2 / (2.0 * np.pi * require_positive("rho", rho)
                                                  * require_positive("c_s", c_s) ** 5 * hbar**4)
    return pref * E**3 / np.tanh(x)


def min_relaxation_time_rfot(E_over_kT_D: ArrayLike, T_g: ArrayLike) -> np.ndarray:
    """τ_min at T = 0 with g of Eq. (18) and a = (6π²)^{1/3}c_s/ω_D: τ_min⁻¹ = 9π (k_BT_g/ħ)(E/k_BT_D)³ [s].

    Material constants other than T_g cancel: ρ, c_s and a drop out.

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (25), Eq. (18), footnote 5; value quoted before Fig. 11.
    """
    x = require_positive("E_over_kT_D", E_over_kT_D)
    return 1.0 / (9.0 * np.pi * k_B * require_positive("T_g", T_g) / hbar * x**3)


_GL_X, _GL_W = np.polynomial.legendre.leggauss(200)


def waiting_time_integral(L: ArrayLike, c: ArrayLike) -> np.ndarray:
    """I(L, c) = ∫₀^L dz e^{cz/2}/√(1 − e^{−z}), the inner integral of Eq. (27), L = ln(t/τ_min).

    Evaluated by Gauss–Legendre quadrature in w = √z (which removes the
    1/√z end-point singularity); I = 0 for L ≤ 0 (no TLS relaxed).  For c = 0
    it equals 2 arccosh(e^{L/2}).

    Parameters
    ----------
    L : array_like
        ln(t/τ_min(E)).
    c : array_like
        Exponent of Eq. (22), ≥ 0.

    Returns
    -------
    ndarray
        I, dimensionless, broadcast over L and c.

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (27).
    """
    L = require_finite("L", L)
    c = require_nonnegative("c", c)
    Lp = np.maximum(L, 0.0)[..., None]
    w_max = np.sqrt(Lp)
    w = 0.5 * w_max * (_GL_X + 1.0)
    z = w**2
    with np.errstate(divide="ignore", invalid="ignore"):
        # 2w/√(1−e^{−w²}) → 2 as w → 0; −expm1(−z) keeps precision at small z
        kern = np.where(z > 0, 2.0 * w / np.sqrt(-np.expm1(-np.where(z > 0, z, 1.0))), 2.0)
    f = np.exp(0.5 * np.asarray(c)[..., None] * z) * kern
    return 0.5 * w_max[..., 0] * np.sum(_GL_W * f, axis=-1)


def waiting_time_integral_asymptote(L: ArrayLike, c: ArrayLike) -> np.ndarray:
    """Large-L form of :func:`waiting_time_integral`: (2/c) e^{cL/2} (c > 0); L + 2 ln 2 for c = 0.

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (28).
    """
    L = require_finite("L", L)
    c = require_nonnegative("c", c)
    with np.errstate(divide="ignore"):
        return np.where(c > 0, 2.0 / np.where(c > 0, c, 1.0) * np.exp(0.5 * c * L), L + 2.0 * np.log(2.0))


_E_NODES, _E_WEIGHTS = np.polynomial.legendre.leggauss(160)
_GAP_NODES, _GAP_WEIGHTS = np.polynomial.legendre.leggauss(240)
BETA_E_RANGE = (1e-3, 40.0)
"""The range of x = βE over which :func:`heat_capacity` and :func:`heat_capacity_long_time` integrate:
so both return 0 when every TLS has E > 40 k_BT (a gap edge; use :func:`heat_capacity_above_gap`)."""


def _eq27(T, t, c, tau_min_ref, E_ref, Delta0, P_bar, A, inner, from_gap=False) -> np.ndarray:
    """Eq. (27) with the inner waiting-time integral ``inner(L, c)``, by Gauss–Legendre in ln βE:
    over :data:`BETA_E_RANGE`, or (``from_gap``) from the gap edge x₀ = E_min/k_BT to x₀ + 80."""
    T = require_positive("T", T)
    t = require_positive("t", t)
    c = float(require_nonnegative("c", c))
    tau_min_ref = float(require_positive("tau_min_ref", tau_min_ref))
    E_ref = float(require_positive("E_ref", E_ref))
    Delta0 = float(require_positive("Delta0", Delta0))
    T, t = np.broadcast_arrays(T, t)
    if from_gap:
        x0 = np.maximum(gap_energy(T, t, tau_min_ref, E_ref) / (k_B * T), 1e-6)[..., None]
        lo, hi, nodes, weights = np.log(x0), np.log(x0 + 80.0), _GAP_NODES, _GAP_WEIGHTS
    else:
        lo, hi = np.log(BETA_E_RANGE[0]), np.log(BETA_E_RANGE[1])
        nodes, weights = _E_NODES, _E_WEIGHTS
    x = np.exp(0.5 * (hi - lo) * (nodes + 1.0) + lo)                          # βE
    Tb, tb = T[..., None], t[..., None]
    E = x * k_B * Tb
    L = np.log(tb / _tau_min(E, Tb, tau_min_ref, E_ref))
    f = (x / (2.0 * np.cosh(x / 2.0))) ** 2 * (Delta0 / E) ** c * inner(L, c)
    # dE = k_B T x d(ln x)
    return k_B * P_bar * 0.5 * A * k_B * T * np.sum(0.5 * (hi - lo) * weights * x * f, axis=-1)


def _tau_min(E: np.ndarray, T: np.ndarray, tau_min_ref: float, E_ref: float) -> np.ndarray:
    """τ_min(E) = τ_ref (E_ref/E)³ tanh(E/2k_BT): Eq. (25) scaled to a reference at T = 0."""
    return tau_min_ref * (E_ref / E) ** 3 * np.tanh(E / (2.0 * k_B * T))


def heat_capacity(T: ArrayLike, t: ArrayLike, c: float, tau_min_ref: float, E_ref: float,
                  Delta0: float, P_bar: float = 1.0, A: float = 1.0) -> np.ndarray:
    """Time-dependent TLS heat capacity per volume, Eq. (27) [J K⁻¹ m⁻³ for P̄ in J⁻¹ m⁻³].

        C(t) = k_B P̄ (A/2) ∫₀^∞ dE [βE/2cosh(βE/2)]² (Δ₀/E)^c I(ln(t/τ_min(E)), c),

    with τ_min(E) = τ_ref (E_ref/E)³ tanh(E/2k_BT) (Eq. 25, normalised so that
    τ_min(E_ref) = τ_ref at T = 0).  The E integral runs over x = βE in
    :data:`BETA_E_RANGE` = [10⁻³, 40] by Gauss–Legendre quadrature in ln x.

    Parameters
    ----------
    T : array_like
        Temperature [K].
    t : array_like
        Observation (waiting) time [s], broadcast against T.
    c : float
        Exponent of Eq. (22).
    tau_min_ref : float
        τ_min at E_ref [s] (2.0 μs in the paper).
    E_ref : float
        Reference splitting [J] (5.7×10⁻⁴ k_BT_D in the paper).
    Delta0 : float
        Upper cut-off Δ₀ of Eq. (22) [J].
    P_bar : float
        Density of states [J⁻¹ m⁻³]; 1 gives C per unit P̄.
    A : float
        Normalisation of Eq. (22) (order one).

    Returns
    -------
    ndarray
        C [J K⁻¹ m⁻³] (times 1/P̄ if P_bar = 1).

    References
    ----------
    Lubchenko & Wolynes (2008), Eqs. (24)–(27).
    """
    return _eq27(T, t, c, tau_min_ref, E_ref, Delta0, P_bar, A, waiting_time_integral)


def heat_capacity_long_time(T: ArrayLike, t: ArrayLike, c: float, tau_min_ref: float, E_ref: float,
                            Delta0: float, P_bar: float = 1.0, A: float = 1.0) -> np.ndarray:
    """Eq. (27) with the inner integral replaced by its asymptote (2/c)(t/τ_min)^{c/2}: C ∝ t^{c/2}T^{1+c/2}.

    Same parameters and units as :func:`heat_capacity`.

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (28).
    """
    return _eq27(T, t, c, tau_min_ref, E_ref, Delta0, P_bar, A, waiting_time_integral_asymptote)


def local_exponent(x: ArrayLike, y: ArrayLike) -> np.ndarray:
    """Logarithmic derivative d ln y/d ln x on a grid (second-order finite differences).

    Parameters
    ----------
    x, y : array_like
        Positive 1-d arrays of equal length ≥ 3.

    Returns
    -------
    ndarray
        d ln y / d ln x at each x.
    """
    x = require_positive("x", x)
    y = require_positive("y", y)
    if x.ndim != 1 or x.shape != y.shape or x.size < 3:
        raise ValueError(f"x and y must be 1-d of equal length >= 3, got {x.shape} and {y.shape}")
    return np.gradient(np.log(y), np.log(x))


# --------------------------------------------------------------------------- additions (chapter 4, issue 13)

def gap_energy(T: ArrayLike, t: ArrayLike, tau_min_ref: float, E_ref: float) -> np.ndarray:
    """Apparent gap edge E_min of the TLS spectrum seen on a time scale t [J].

    The splitting at which the fastest TLS just relax in time t, τ_min(E_min) = t, with
    τ_min(E) = τ_ref (E_ref/E)³ tanh(E/2k_BT) (Eq. 25 normalised at T = 0).  Below E_min no
    TLS of Eq. (27) has relaxed, so the heat capacity measured at t shows a gap.  Solved by
    bisection in ln E (τ_min E-monotonic); for E_min ≫ k_BT it is E_ref (τ_ref/t)^{1/3}.

    Parameters
    ----------
    T : array_like
        Temperature [K].
    t : array_like
        Observation time [s], broadcast against T.
    tau_min_ref : float
        τ_min at E_ref and T = 0 [s].
    E_ref : float
        Reference splitting [J].

    Returns
    -------
    ndarray
        E_min [J].

    References
    ----------
    Lubchenko & Wolynes (2008), Eqs. (25)–(27) and the text before Fig. 11.
    """
    T = require_positive("T", T)
    t = require_positive("t", t)
    tau_min_ref = float(require_positive("tau_min_ref", tau_min_ref))
    E_ref = float(require_positive("E_ref", E_ref))
    T, t = np.broadcast_arrays(T, t)
    # f(E) = ln t − ln τ_min(E) rises with E; bracket in ln E
    lo = np.full(T.shape, np.log(E_ref) - 60.0)
    hi = np.full(T.shape, np.log(E_ref) + 60.0)
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        f = np.log(t) - np.log(_tau_min(np.exp(mid), T, tau_min_ref, E_ref))
        lo, hi = np.where(f < 0, mid, lo), np.where(f < 0, hi, mid)
    return np.exp(0.5 * (lo + hi))


def heat_capacity_above_gap(T: ArrayLike, t: ArrayLike, c: float, tau_min_ref: float, E_ref: float,
                            Delta0: float, P_bar: float = 1.0, A: float = 1.0) -> np.ndarray:
    """Eq. (27) integrated over the whole relaxed band E ≥ E_min, with no cut in βE [J K⁻¹ m⁻³].

    Same integrand and units as :func:`heat_capacity`, but the E integral runs from the gap
    edge x₀ = E_min/k_BT (:func:`gap_energy`, where the inner integral vanishes) to x₀ + 80
    by Gauss–Legendre quadrature in ln x (below x₀ nothing has relaxed; beyond x₀ + 80 the
    weight [x/2cosh(x/2)]² is below e^{−78} of its value at x₀).  :func:`heat_capacity` cuts
    the integral at βE = 40 and so returns 0 when E_min > 40 k_BT.

    References
    ----------
    Lubchenko & Wolynes (2008), Eqs. (24)–(27).
    """
    return _eq27(T, t, c, tau_min_ref, E_ref, Delta0, P_bar, A, waiting_time_integral, from_gap=True)


def stretched_exponent(sigma: ArrayLike, truncated: bool = False, mean: float = 39.14,
                       window: tuple[float, float] = (0.1, 0.9)) -> np.ndarray:
    """Kohlrausch exponent β of the relaxation φ(t) = ⟨exp(−t/τ₀e^{F/k_BT})⟩ over barriers F.

    F/k_BT is Gaussian with mean ``mean`` and standard deviation ``sigma`` (the RFOT width
    δF‡ = F‡/(2√D), Xia & Wolynes 2001); with ``truncated`` the part above the most probable
    barrier is replaced by a peak of the same weight at that barrier (the solid line of the
    paper's Fig. 6).  β is the slope of ln(−ln φ) against ln t, fitted by least squares where
    φ lies inside ``window``.

    Parameters
    ----------
    sigma : array_like
        Width of F/k_BT (> 0).
    truncated : bool
        Cut the high-barrier side (see above).
    mean : float
        Most probable F/k_BT (ln 10¹⁷ at T_g in the paper).
    window : (float, float)
        The range of φ used for the fit.

    Returns
    -------
    ndarray
        β, dimensionless, in (0, 1].

    References
    ----------
    Lubchenko & Wolynes (2008), Sec. II, text before Fig. 6 and Fig. 6 caption.
    """
    sig = np.atleast_1d(require_positive("sigma", sigma)).astype(float)
    xh, wh = np.polynomial.hermite_e.hermegauss(96)
    wh = wh / wh.sum()
    out = np.empty_like(sig)
    for i, s in enumerate(sig.ravel()):
        lnt = np.linspace(mean - 4 * s - 12, mean + 4 * s + 12, 3000)
        if truncated:
            left = xh < 0
            F, w = mean + s * xh[left], wh[left]          # weights sum to 1/2
            phi = 0.5 * np.exp(-np.exp(lnt - mean)) + np.exp(-np.exp(lnt[:, None] - F[None, :])) @ w
        else:
            phi = np.exp(-np.exp(lnt[:, None] - (mean + s * xh)[None, :])) @ wh
        sel = (phi > window[0]) & (phi < window[1])
        out.ravel()[i] = np.polyfit(lnt[sel], np.log(-np.log(phi[sel])), 1)[0]
    return out.reshape(np.shape(sigma)) if np.ndim(sigma) else out[0]


def kinetic_mean_free_path_factor() -> float:
    """⟨1/(x tanh(x/2))⟩ over the Debye heat-capacity weight x⁴eˣ/(eˣ−1)², x = ħω/k_BT.

    The mean free path that the kinetic formula κ = C c_s ℓ/3 extracts from a resonant
    ℓ(ω)⁻¹ = πC(ω/c_s)tanh(ħω/2k_BT) is ℓ_κ = (ħc_s/k_BT) · this factor /(πC).  Value ≈ 0.380.

    References
    ----------
    Lubchenko & Wolynes (2008), Eq. (19) and Sec. I (λ ≡ ħc_s/k_BT); the kinetic formula.
    """
    x, w = np.polynomial.legendre.leggauss(400)
    xs = 0.5 * 80.0 * (x + 1.0) + 1e-9
    ws = 0.5 * 80.0 * w
    weight = xs**4 * np.exp(xs) / np.expm1(xs) ** 2
    return float(np.sum(ws * weight / (xs * np.tanh(xs / 2.0))) / np.sum(ws * weight))
