"""One table of every glass in ``data/``, each value with its source; and scores (floor 4½).

The book's chapters each read the table of their own paper. The synthesis chapter
(chapter 9) needs them joined: one row per glass, one column per physical quantity,
every value keeping the source it was printed in, and, where two sources print the same
quantity for the same glass, the disagreement reported rather than one of them silently
picked. This module builds that view from the existing loaders only
(:mod:`glasslib.materials`, :func:`glasslib.carruzzo_yu.carruzzo_yu_supplement_glasses`,
:func:`glasslib.zhou_leggett.section5_glasses`, :func:`glasslib.materials.read_parameters`);
it never reads a CSV itself.

It also holds the small generic tools the synthesis needs to score a theory against the
table: evaluating a prediction for every glass whose inputs allow it (a missing input is
named, never a silent NaN), numerical log-sensitivities d ln f / d ln x, and the scores
(RMS of ln(predicted/measured), spread max/min, Spearman rank correlation).

All values are SI (kg/m³, m/s, m³, K, J, J⁻¹ m⁻³, m); :data:`DISPLAY` gives the units the
book prints them in.

References
----------
H. M. Carruzzo and C. C. Yu, PRL 124, 075902 (2020), Table I and Supplement Table I;
D. Zhou and A. J. Leggett (2022), Section IV table and Section V;
V. Lubchenko and P. G. Wolynes, Adv. Chem. Phys. 136, 95 (2008);
M. Turlakov (2022).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
from scipy import stats

from . import materials, units
from .carruzzo_yu import CY_SUPPLEMENT_TABLE, TEXT_PARAMETERS_TABLE, carruzzo_yu_supplement_glasses
from .glassons import SILICA_TABLE as TURLAKOV_TABLE
from .rfot import LW_PARAMETERS_FILE
from .tunneling import averaged_sound_velocity
from .zhou_leggett import section5_glasses

__all__ = [
    "ALIASES", "normalise_name", "QUANTITIES", "DISPLAY", "SOURCES", "DEFAULT_PREFERENCE",
    "Entry", "MissingInput", "GlassTable", "glass_entries", "joined_glass_table",
    "Prediction", "PredictionSpec", "evaluate", "log_sensitivities",
    "log_rms", "spread", "rank_correlation", "score",
]

# ----------------------------------------------------------------------------- names

#: Spellings of the same glass in the sources, mapped to the book's name.
ALIASES: dict[str, str] = {
    "sio2": "SiO2", "a-sio2": "SiO2", "silica": "SiO2", "vitreous silica": "SiO2",
    "v-sio2": "SiO2", "fused silica": "SiO2", "zn-glass": "Zn-glass", "zn glass": "Zn-glass",
    "se": "a-Se", "a-se": "a-Se", "pmma": "PMMA", "ps": "PS", "polystyrene": "PS",
    "bk7": "BK7", "as2s3": "As2S3", "a-as2s3": "As2S3", "lasf-7": "LaSF-7", "lasf7": "LaSF-7",
}


def normalise_name(name: str) -> str:
    """The book's name of a glass: ``"a-SiO2"``, ``"silica"``, ``"SiO₂"`` → ``"SiO2"``.

    Case, surrounding blanks, subscript digits and the prefixes "a-"/"v-" (amorphous,
    vitreous) are normalised through :data:`ALIASES`; an unknown name is returned stripped.

    Raises
    ------
    ValueError
        For an empty name.
    """
    raw = str(name).strip()
    if not raw:
        raise ValueError("a glass name must not be empty")
    key = raw.translate(str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")).lower()
    key = " ".join(key.split())
    return ALIASES.get(key, raw)


# ----------------------------------------------------------------------------- quantities

#: Quantity key → (symbol, SI unit, meaning).
QUANTITIES: dict[str, tuple[str, str, str]] = {
    "rho": ("ρ", "kg/m³", "mass density"),
    "v": ("v", "m/s", "Debye-averaged sound velocity, v⁻³ = (v_l⁻³ + 2v_t⁻³)/3 (LW: their one-polarisation c_s)"),
    "c_l": ("c_l", "m/s", "longitudinal sound velocity"),
    "c_t": ("c_t", "m/s", "transverse sound velocity"),
    "v_o": ("v_o", "m³", "volume of one formula unit"),
    "T_g": ("T_g", "K", "glass-transition temperature"),
    "T_D": ("T_D", "K", "Debye temperature as printed"),
    "C": ("C", "1", "measured coupling constant P̄γ²/ρv²"),
    "P_bar": ("P̄", "1/(J m³)", "TLS density of states from acoustics"),
    "gamma_l": ("γ_l", "J", "longitudinal deformation potential"),
    "gamma_t": ("γ_t", "J", "transverse deformation potential"),
    "gamma_ratio": ("γ_l/γ_t", "1", "Meissner–Berret ratio as printed"),
    "l_over_lambda": ("ℓ/λ", "1", "phonon mean free path per wavelength (plateau of κ)"),
    "Cv_over_T": ("C_v/T", "J/(kg K²)", "slope of the linear specific heat, per mass"),
    "C_CY_printed": ("C_th^CY", "1", "Carruzzo–Yu's printed C (Table I C_th = Supplement C_e)"),
    "P_CY_printed": ("P̄_e^CY", "1/(J m³)", "Carruzzo–Yu's printed P̄_e (Supplement)"),
    "C_g_printed": ("C_g^CY", "1", "Carruzzo–Yu's printed C_g (γ_max from T_g, Supplement)"),
    "P_g_printed": ("P̄_g^CY", "1/(J m³)", "Carruzzo–Yu's printed P̄_g (Supplement)"),
    "c_ratio_printed": ("c_l/c_t", "1", "Zhou–Leggett's printed c_l/c_t"),
    "a_bead": ("a", "m", "LW bead (molecular) size"),
    "xi": ("ξ", "m", "LW mosaic length at T_g"),
    "xi_over_a_cubed": ("(ξ/a)³", "1", "LW mosaic size in beads"),
    "a_atom": ("a_at", "m", "Turlakov's inter-atomic distance"),
    "xi_MRO": ("ξ_MRO", "m", "Turlakov's medium-range-order length"),
    "epsilon_F": ("ε_F", "J", "Turlakov's assumed Fermi energy"),
    "T_Q": ("T_Q", "K", "Turlakov's quantum crossover temperature"),
    "n0M2": ("n₀M²", "J/m³", "Zhou–Leggett Sec. V TTLS density × squared coupling"),
    "epsilon_r": ("ε_r", "1", "relative dielectric constant"),
}

#: Quantity key → (unit the book prints, factor from SI to it).
DISPLAY: dict[str, tuple[str, float]] = {
    "rho": ("kg/m³", 1.0), "v": ("m/s", 1.0), "c_l": ("m/s", 1.0), "c_t": ("m/s", 1.0),
    "v_o": ("Å³", 1e30), "T_g": ("K", 1.0), "T_D": ("K", 1.0), "C": ("1e-4", 1e4),
    "P_bar": ("1e45/J m³", 1e-45), "gamma_l": ("eV", 1 / units.eV), "gamma_t": ("eV", 1 / units.eV),
    "gamma_ratio": ("1", 1.0), "l_over_lambda": ("1", 1.0), "Cv_over_T": ("erg/(g K²)", 1e-4),
    "C_CY_printed": ("1e-4", 1e4), "P_CY_printed": ("1e45/J m³", 1e-45), "C_g_printed": ("1e-4", 1e4),
    "P_g_printed": ("1e45/J m³", 1e-45), "c_ratio_printed": ("1", 1.0), "a_bead": ("Å", 1e10),
    "xi": ("Å", 1e10), "xi_over_a_cubed": ("1", 1.0), "a_atom": ("Å", 1e10), "xi_MRO": ("Å", 1e10),
    "epsilon_F": ("K", 1 / units.k_B), "T_Q": ("K", 1.0), "n0M2": ("erg/cm³", 10.0), "epsilon_r": ("1", 1.0),
}

#: Source key → what it is (file in data/).
SOURCES: dict[str, str] = {
    "CY-T1": "Carruzzo & Yu (2020), Table I (data/carruzzo_yu_2020_table1.csv)",
    "CY-S1": "Carruzzo & Yu (2020), Supplement Table I (data/carruzzo_yu_2020_supplement_table1.csv)",
    "CY-text": "Carruzzo & Yu (2020), running text (data/carruzzo_yu_2020_text_parameters.csv)",
    "ZL-T1": "Zhou & Leggett (2022), Section IV table, Berret–Meissner data (data/zhou_leggett_2022_table1.csv)",
    "ZL-S5": "Zhou & Leggett (2022), Section V, Hunklinger–von Schickfus data (data/zhou_leggett_2022_section5.csv)",
    "LW": "Lubchenko & Wolynes (2008), text and captions (data/lubchenko_wolynes_2008_silica.csv)",
    "T22": "Turlakov (2022), Sections 1–4 (data/turlakov_2022_silica.csv)",
}

#: The order in which :meth:`GlassTable.get` prefers sources: tables before running text.
DEFAULT_PREFERENCE: tuple[str, ...] = ("CY-T1", "CY-S1", "ZL-T1", "ZL-S5", "LW", "T22", "CY-text")

# long-format tables: file quantity → (book quantity, where, factor on the SI value)
_LW_MAP = {
    "T_g": ("T_g", "Sec. III.A", 1.0), "a": ("a_bead", "Sec. III.A", 1.0), "xi": ("xi", "Sec. III.A", 1.0),
    "rho": ("rho", "Fig. 15 caption", 1.0), "c_s": ("v", "Fig. 15 caption (c_s)", 1.0),
    "T_D": ("T_D", "Fig. 15 caption", 1.0), "T_D_sec_VI": ("T_D", "Sec. VI", 1.0),
    "l_over_lambda_empirical": ("l_over_lambda", "Sec. III.B", 1.0),
    "xi_over_a_cubed_fig15": ("xi_over_a_cubed", "Fig. 15 caption", 1.0),
    "xi_over_a_cubed_sec_VI": ("xi_over_a_cubed", "Sec. VI", 1.0),
}
_T22_MAP = {
    "c_t": ("c_t", "Sec. 2.1", 1.0), "rho": ("rho", "Sec. 4.1", 1.0), "a": ("a_atom", "Sec. 4.1", 1.0),
    "xi_MRO": ("xi_MRO", "Sec. 1, 2.1", 1.0), "Cv_over_T": ("Cv_over_T", "Sec. 4.1", 1.0),
    "epsilon_F": ("epsilon_F", "Sec. 4.1", 1.0), "l_over_lambda": ("l_over_lambda", "Sec. 1", 1.0),
    "T_Q": ("T_Q", "Sec. 2.1", 1.0),
}
_CYTEXT_MAP = {
    "rho_SiO2_rounded": ("rho", "after Table I", 1.0), "v_SiO2_rounded": ("v", "after Table I", 1.0),
    "v_o_SiO2_rounded": ("v_o", "after Table I", 1.0),
    "hbar_omega_D_SiO2": ("T_D", "after Table I (ħω_D)", 1.0 / units.k_B),
}


@dataclass(frozen=True)
class Entry:
    """One value of one quantity for one glass, as one source prints it.

    Attributes
    ----------
    glass : str
        Normalised glass name.
    quantity : str
        A key of :data:`QUANTITIES`.
    value : float
        SI value.
    source : str
        A key of :data:`SOURCES`.
    where : str
        Table column or place in the paper.
    derived : bool
        True when the value is computed from printed ones (named in ``where``), not printed.
    """

    glass: str
    quantity: str
    value: float
    source: str
    where: str
    derived: bool = False

    @property
    def label(self) -> str:
        """``"CY-T1"`` or ``"LW Sec. VI"``: the source with its place when one source prints twice."""
        return self.source if self.source not in ("LW", "T22", "CY-text") else f"{self.source} {self.where}"


class MissingInput(KeyError):
    """A glass lacks an input a prediction needs; names the glass and every missing quantity."""

    def __init__(self, glass: str, missing: Sequence[str]) -> None:
        self.glass, self.missing = glass, tuple(missing)
        super().__init__(f"{glass}: missing {', '.join(self.missing)}")

    def __str__(self) -> str:
        return f"{self.glass}: missing {', '.join(self.missing)}"


def _long_format(path: str, source: str, mapping: Mapping[str, tuple[str, str, float]],
                 glass: str = "SiO2") -> list[Entry]:
    params = materials.read_parameters(path)
    out = []
    for name, (quantity, where, factor) in mapping.items():
        if name in params:
            out.append(Entry(glass, quantity, params[name].si * factor, source, where))
    return out


def glass_entries() -> list[Entry]:
    """Every value of every glass in ``data/``, one :class:`Entry` each, in SI.

    Read through the loaders of :mod:`glasslib.materials` and the paper modules. The
    long-format silica tables (Lubchenko–Wolynes, Turlakov, Carruzzo–Yu's text) give
    entries for ``SiO2``. Two kinds of entry are derived rather than printed, and flagged
    ``derived``: the Debye-averaged ``v`` of the Zhou–Leggett c_l, c_t (so that it can be set
    beside Carruzzo–Yu's v), and Zhou–Leggett's Section V ``C = n₀M²/(ρc²)`` (their own
    comparison quantity).

    Raises
    ------
    glasslib.materials.DataError
        If a data file is malformed (file, line and column named).
    """
    out: list[Entry] = []
    for name, g in materials.carruzzo_yu_glasses().items():
        n = normalise_name(name)
        for q, val, col in (("rho", g.rho, "rho_kg_m3"), ("v", g.v, "v_m_s"), ("v_o", g.v_o, "v_o_A3"),
                            ("T_D", g.T_D, "T_D_K"), ("C", g.C_exp, "C_exp_1e4"),
                            ("C_CY_printed", g.C_th_paper, "C_th_1e4")):
            out.append(Entry(n, q, float(val), "CY-T1", col))
    for name, s in carruzzo_yu_supplement_glasses(CY_SUPPLEMENT_TABLE).items():
        n, g = normalise_name(name), s.glass
        for q, val, col in (("rho", g.rho, "rho_kg_m3"), ("v", g.v, "v_m_s"), ("v_o", g.v_o, "v_o_A3"),
                            ("T_g", s.T_g, "T_g_K"), ("T_D", g.T_D, "T_D_K"), ("C", g.C_exp, "C_exp_1e4"),
                            ("P_bar", s.P_exp, "P_exp_1e45_J_m3"), ("C_CY_printed", s.C_e, "C_e_1e4"),
                            ("P_CY_printed", s.P_e, "P_e_1e45_J_m3"), ("C_g_printed", s.C_g, "C_g_1e4"),
                            ("P_g_printed", s.P_g, "P_g_1e45_J_m3")):
            out.append(Entry(n, q, float(val), "CY-S1", col))
    for name, a in materials.meissner_berret_glasses().items():
        n = normalise_name(name)
        for q, val, col in (("c_l", a.c_l, "c_l_km_s"), ("c_t", a.c_t, "c_t_km_s"),
                            ("gamma_l", a.gamma_l, "gamma_l_eV"), ("gamma_t", a.gamma_t, "gamma_t_eV"),
                            ("gamma_ratio", a.ratio_exp_paper, "ratio_exp"),
                            ("c_ratio_printed", a.ratio_theo_paper, "ratio_theo")):
            out.append(Entry(n, q, float(val), "ZL-T1", col))
        out.append(Entry(n, "v", float(averaged_sound_velocity(a.c_l, a.c_t)), "ZL-T1",
                         "(c_l⁻³ + 2c_t⁻³)/3 of the printed c_l, c_t", derived=True))
    for name, s in section5_glasses().items():
        n = normalise_name(name)
        out += [Entry(n, "rho", s.rho, "ZL-S5", "rho_g_cm3"),
                Entry(n, "c_l", s.c, "ZL-S5", "c_cm_s (their 'c', read as c_l)"),
                Entry(n, "n0M2", s.n0M2, "ZL-S5", "n0M2_erg_cm3"),
                Entry(n, "epsilon_r", s.epsilon_r, "ZL-S5", "epsilon_r"),
                Entry(n, "C", s.n0M2 / (s.rho * s.c**2), "ZL-S5", "n0M²/(ρc²) of the printed columns",
                      derived=True)]
    out += _long_format(LW_PARAMETERS_FILE, "LW", _LW_MAP)
    out += _long_format(TURLAKOV_TABLE, "T22", _T22_MAP)
    out += _long_format(TEXT_PARAMETERS_TABLE, "CY-text", _CYTEXT_MAP)
    unknown = {e.quantity for e in out} - set(QUANTITIES)
    if unknown:                                    # a mapping names a quantity the table does not know
        raise ValueError(f"unknown quantities {sorted(unknown)}")
    return out


@dataclass
class GlassTable:
    """The joined view: every :class:`Entry`, looked up by glass and quantity.

    Parameters
    ----------
    entries : list of Entry
        Usually :func:`glass_entries`.
    preference : tuple of str
        Source order used by :meth:`get` and :meth:`values` (default
        :data:`DEFAULT_PREFERENCE`).
    """

    entries: list[Entry]
    preference: tuple[str, ...] = DEFAULT_PREFERENCE
    _index: dict[tuple[str, str], list[Entry]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._index = {}
        rank = {s: i for i, s in enumerate(self.preference)}
        for e in self.entries:
            self._index.setdefault((e.glass, e.quantity), []).append(e)
        for key in self._index:
            self._index[key].sort(key=lambda e: (rank.get(e.source, len(rank)), e.derived))

    @property
    def glasses(self) -> list[str]:
        """The glasses, in the order they first appear in the sources."""
        return list(dict.fromkeys(e.glass for e in self.entries))

    @property
    def quantities(self) -> list[str]:
        """The quantities present, in the order of :data:`QUANTITIES`."""
        present = {e.quantity for e in self.entries}
        return [q for q in QUANTITIES if q in present]

    def all(self, glass: str, quantity: str) -> list[Entry]:
        """Every entry for (glass, quantity), preferred source first (empty if none)."""
        return list(self._index.get((normalise_name(glass), quantity), []))

    def get(self, glass: str, quantity: str, prefer: Sequence[str] | None = None) -> Entry:
        """The entry of the first preferred source that has (glass, quantity).

        Parameters
        ----------
        prefer : sequence of str, optional
            Sources to try first (then the table's own preference).

        Raises
        ------
        MissingInput
            If no source gives the quantity for the glass.
        """
        found = self.all(glass, quantity)
        if not found:
            raise MissingInput(normalise_name(glass), [quantity])
        if prefer:
            for src in prefer:
                for e in found:
                    if e.source == src:
                        return e
        return found[0]

    def inputs(self, glass: str, quantities: Iterable[str],
               prefer: Sequence[str] | None = None) -> dict[str, Entry]:
        """The entries of several quantities for one glass.

        Raises
        ------
        MissingInput
            Naming *every* missing quantity, not only the first.
        """
        got, missing = {}, []
        for q in quantities:
            try:
                got[q] = self.get(glass, q, prefer)
            except MissingInput:
                missing.append(q)
        if missing:
            raise MissingInput(normalise_name(glass), missing)
        return got

    def values(self, quantities: Sequence[str] | None = None, display: bool = False) -> pd.DataFrame:
        """Wide table: one row per glass, one column per quantity, the preferred source's value.

        Absent values are ``None`` (shown as "—" by the chapter): a table of data, not of
        predictions. With ``display=True`` values are in the units of :data:`DISPLAY`.
        """
        def value(q: str, found: list[Entry]) -> float | None:
            if not found:
                return None
            return found[0].value * DISPLAY[q][1] if display else found[0].value

        return self._wide(quantities, value)

    def sources(self, quantities: Sequence[str] | None = None) -> pd.DataFrame:
        """Same shape as :meth:`values`: the sources of each cell, preferred first, ``""`` if none.

        A source that disagrees with the preferred value carries its relative difference,
        e.g. ``"CY-S1, LW Sec. III.A (+1.8%)"``.
        """
        def labels(q: str, found: list[Entry]) -> str:
            parts = []
            for i, e in enumerate(found):
                tag = e.label + ("*" if e.derived else "")
                if i > 0 and not math.isclose(e.value, found[0].value, rel_tol=1e-12):
                    tag += f" ({e.value / found[0].value - 1:+.1%})"
                parts.append(tag)
            return ", ".join(parts)

        return self._wide(quantities, labels)

    def _wide(self, quantities: Sequence[str] | None, cell: Callable[[str, list[Entry]], Any]) -> pd.DataFrame:
        """One row per glass, one column per quantity: ``cell(quantity, entries)`` of each."""
        qs = list(quantities) if quantities is not None else self.quantities
        rows = {g: {q: cell(q, self.all(g, q)) for q in qs} for g in self.glasses}
        return pd.DataFrame.from_dict(rows, orient="index", columns=qs)

    def disagreements(self, include_agreeing: bool = False) -> pd.DataFrame:
        """Every pair of sources that give the same quantity for the same glass.

        Each non-preferred entry is compared with the preferred one:
        ``rel_diff = value_b/value_a − 1``.

        Parameters
        ----------
        include_agreeing : bool
            Keep pairs that agree exactly (relative 1e-12); by default only the differing.

        Returns
        -------
        DataFrame
            Columns ``glass, quantity, source_a, value_a, source_b, value_b, rel_diff``
            (values in SI), sorted by |rel_diff|, largest first.
        """
        rows = []
        for (g, q), found in self._index.items():
            a = found[0]
            for b in found[1:]:
                d = b.value / a.value - 1.0
                if include_agreeing or abs(d) > 1e-12:
                    rows.append({"glass": g, "quantity": q, "source_a": a.label, "value_a": a.value,
                                 "source_b": b.label + (" (derived)" if b.derived else ""),
                                 "value_b": b.value, "rel_diff": d})
        df = pd.DataFrame(rows, columns=["glass", "quantity", "source_a", "value_a", "source_b",
                                         "value_b", "rel_diff"])
        if len(df):
            df = df.reindex(df["rel_diff"].abs().sort_values(ascending=False, kind="stable").index)
        return df.reset_index(drop=True)


def joined_glass_table(preference: tuple[str, ...] = DEFAULT_PREFERENCE) -> GlassTable:
    """The joined view of every glass in ``data/`` (:func:`glass_entries` in a :class:`GlassTable`)."""
    return GlassTable(glass_entries(), preference)


# ----------------------------------------------------------------------------- predictions

@dataclass(frozen=True)
class PredictionSpec:
    """What a theory predicts for one quantity, and from what.

    Parameters
    ----------
    theory, quantity : str
        Labels (``"Carruzzo–Yu"``, ``"C"``).
    inputs : tuple of str
        Table quantities the formula takes, as keyword arguments of ``func``.
    func : callable
        ``func(**inputs, **parameters) -> float`` (SI), built from glasslib functions.
    parameters : dict
        Fixed parameters passed to ``func`` (the theory's own numbers).
    status : str
        ``"predicted"``, ``"assumed"`` or ``"fitted"``: what the paper does with this quantity.
    prefer : tuple of str
        Sources tried first for the inputs.
    """

    theory: str
    quantity: str
    inputs: tuple[str, ...]
    func: Callable[..., float]
    parameters: Mapping[str, float] = field(default_factory=dict)
    status: str = "predicted"
    prefer: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prediction:
    """The outcome of a :class:`PredictionSpec` for one glass: a value, or why there is none."""

    glass: str
    value: float | None
    missing: tuple[str, ...] = ()
    sources: Mapping[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.value is not None

    def describe(self) -> str:
        """The value, or ``"not predicted: missing ρ, v_o"``."""
        if self.ok:
            return f"{self.value:.4g}"
        return "not predicted: missing " + ", ".join(QUANTITIES.get(m, (m,))[0] for m in self.missing)


def evaluate(spec: PredictionSpec, table: GlassTable, glasses: Iterable[str] | None = None) -> list[Prediction]:
    """Apply ``spec`` to every glass of ``table`` (or to ``glasses``).

    A glass without every input gives a :class:`Prediction` with ``value=None`` and the
    missing inputs named; a formula that rejects an input (``ValueError``) or returns a
    non-finite number raises, naming the glass: bad inputs are never silent.
    """
    out = []
    for g in (glasses if glasses is not None else table.glasses):
        try:
            got = table.inputs(g, spec.inputs, spec.prefer or None)
        except MissingInput as exc:
            out.append(Prediction(normalise_name(g), None, exc.missing))
            continue
        kwargs = {q: e.value for q, e in got.items()}
        try:
            value = float(spec.func(**kwargs, **spec.parameters))
        except ValueError as exc:
            raise ValueError(f"{spec.theory}, {spec.quantity}, {g}: {exc}") from exc
        if not math.isfinite(value):
            raise ValueError(f"{spec.theory}, {spec.quantity}, {g}: non-finite prediction {value!r}")
        out.append(Prediction(normalise_name(g), value, (), {q: e.label for q, e in got.items()}))
    return out


def log_sensitivities(func: Callable[..., float], point: Mapping[str, float],
                      rel_step: float = 1e-4) -> dict[str, float]:
    """d ln f / d ln x for every argument x of ``func`` at ``point``, by central differences.

    Parameters
    ----------
    func : callable
        ``func(**point) -> float``, positive near ``point``.
    point : mapping
        Argument name → positive value.
    rel_step : float
        Relative step h: x → x e^{±h}.

    Returns
    -------
    dict
        Argument name → d ln f / d ln x (exact for a power law up to rounding).

    Raises
    ------
    ValueError
        If f or an argument is not positive at the point.
    """
    f0 = float(func(**point))
    if not f0 > 0:
        raise ValueError(f"func must be positive at the point, got {f0!r}")
    out = {}
    for name, x in point.items():
        if not float(x) > 0:
            raise ValueError(f"{name} must be positive for a log-derivative, got {x!r}")
        up = dict(point, **{name: x * math.exp(rel_step)})
        dn = dict(point, **{name: x * math.exp(-rel_step)})
        out[name] = (math.log(float(func(**up))) - math.log(float(func(**dn)))) / (2 * rel_step)
    return out


# ----------------------------------------------------------------------------- scores

def _pair(predicted: Sequence[float], measured: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    p, m = np.asarray(predicted, dtype=float).ravel(), np.asarray(measured, dtype=float).ravel()
    if p.shape != m.shape or p.size == 0:
        raise ValueError(f"predicted and measured need the same non-zero length, got {p.size} and {m.size}")
    if not (np.all(np.isfinite(p)) and np.all(np.isfinite(m)) and np.all(p > 0) and np.all(m > 0)):
        raise ValueError("predicted and measured must be finite and positive")
    return p, m


def log_rms(predicted: Sequence[float], measured: Sequence[float]) -> float:
    """RMS of ln(predicted/measured) over the glasses (0 for a perfect theory; ln 2 = 0.69 is
    "typically off by a factor 2")."""
    p, m = _pair(predicted, measured)
    return float(np.sqrt(np.mean(np.log(p / m) ** 2)))


def spread(values: Sequence[float]) -> float:
    """max/min of positive values (1 for a constant)."""
    v = np.asarray(values, dtype=float).ravel()
    if v.size == 0 or not np.all(v > 0):
        raise ValueError("spread needs positive values")
    return float(v.max() / v.min())


def _constant(x: np.ndarray, rel: float = 1e-9) -> bool:
    """All values equal to a relative ``rel``: a prediction that is one number for every glass,
    up to the rounding of the formula that computed it, has no ranks."""
    return bool(np.ptp(x) <= rel * np.max(np.abs(x)))


def rank_correlation(predicted: Sequence[float], measured: Sequence[float]) -> tuple[float, float] | None:
    """Spearman's ρ and its one-sided p-value for a positive correlation (scipy.stats.spearmanr).

    The p-value is scipy's: Student's t with n − 2 degrees of freedom for
    t = ρ√((n−2)/(1−ρ²)), an approximation for the ten-odd glasses of the tables.

    Returns ``None`` when either side is constant (to a relative 1e-9, so that a universal
    prediction computed with rounding is still constant) or there are fewer than 3 glasses: a
    rank correlation is then not defined (never a NaN).
    """
    p, m = _pair(predicted, measured)
    if p.size < 3 or _constant(p) or _constant(m):
        return None
    res = stats.spearmanr(p, m, alternative="greater")
    return float(res.statistic), float(res.pvalue)


def score(predicted: Sequence[float], measured: Sequence[float]) -> dict[str, float | None]:
    """The scores of one theory on one quantity.

    Returns
    -------
    dict
        ``n``, ``log_rms``, ``factor`` (= e^{log_rms}), ``spread_predicted``,
        ``spread_measured``, ``spearman`` and ``p_value`` (``None`` when not defined).
    """
    p, m = _pair(predicted, measured)
    rc = rank_correlation(p, m)
    lr = log_rms(p, m)
    return {"n": int(p.size), "log_rms": lr, "factor": math.exp(lr), "spread_predicted": spread(p),
            "spread_measured": spread(m), "spearman": None if rc is None else rc[0],
            "p_value": None if rc is None else rc[1]}
