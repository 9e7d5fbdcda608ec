"""Experimental numbers for amorphous silica, as the four source papers quote them.

The table ``data/silica_quoted_experiments.csv`` holds every measured number for a-SiO₂ (and the
few "universal" glass numbers the papers apply to silica) that the source papers print, exactly
as printed, with the paper and the place. This module reads and validates it; the chapters draw
the numbers on their figures and compare them with the theories.

Columns: ``quantity,value,unit,relation,T_K,paper,where,note``

- ``quantity``: one of :data:`QUANTITIES` (an unknown name is an error: add it there first).
- ``value``: finite; negative only for the quantities that :data:`QUANTITIES` marks as signed.
- ``unit``: one of :data:`UNITS` (``k_B K`` means an energy quoted in kelvin).
- ``relation``: how the paper states it: ``=`` (a value), ``~`` (approximately, order of
  magnitude), ``min`` / ``max`` (an end of a quoted range).
- ``T_K``: the temperature the number refers to, in K, or empty.
- ``paper``: one of :data:`PAPERS`.
- ``where``: section / table / figure of the paper; ``note``: what the number is, whose data.
"""
from __future__ import annotations

import csv
import math
import os
from dataclasses import dataclass
from pathlib import Path

from glasslib.materials import PARAMETER_UNITS, DataError, data_dir

#: The default table.
SILICA_QUOTED_EXPERIMENTS: Path = data_dir() / "silica_quoted_experiments.csv"

#: The columns of the table, in order.
COLUMNS: tuple[str, ...] = ("quantity", "value", "unit", "relation", "T_K", "paper", "where", "note")

#: Units a row may use → factor to SI.
UNITS: dict[str, float] = {**PARAMETER_UNITS, "THz": 1.0e12}

#: The source papers a row may cite (the keys of ``glasslib.claims.papers.PAPERS``; kept here so
#: that this data floor does not import the ledger; a unit test checks they agree).
PAPERS: tuple[str, ...] = ("CY2020", "LW2008", "ZL2022", "T2022")

#: How a paper states a number.
RELATIONS: tuple[str, ...] = ("=", "~", "min", "max")


@dataclass(frozen=True)
class Quantity:
    """A known quantity of the table: a description and whether it may be negative."""

    description: str
    signed: bool = False


#: The quantities a row may name. To append a row for a new quantity, add it here first.
QUANTITIES: dict[str, Quantity] = {
    "l_over_lambda": Quantity("phonon mean free path over wavelength in the TLS regime"),
    "l_over_lambda_high_T": Quantity("l/λ in the 20–60 K region above the plateau"),
    "l_over_lambda_high_T_range_min": Quantity("lower end of the region where l/λ ≈ 1, K"),
    "l_over_lambda_high_T_range_max": Quantity("upper end of the region where l/λ ≈ 1, K"),
    "plateau_T_min": Quantity("lower end of the thermal-conductivity plateau, K"),
    "plateau_T_max": Quantity("upper end of the thermal-conductivity plateau, K"),
    "plateau_T": Quantity("position of the thermal-conductivity plateau, K"),
    "tls_regime_T_max": Quantity("upper temperature of the TLS (l/λ ≈ 150) regime, K"),
    "P_bar": Quantity("TLS spectral and spatial density P̄"),
    "P_bar_g2_over_rho_c2_spread": Quantity("relative spread of P̄g²/ρc² among glasses"),
    "g_TLS_phonon": Quantity("TLS–phonon coupling g"),
    "lindemann_ratio": Quantity("Lindemann ratio d_L/a"),
    "T_g": Quantity("glass-transition temperature"),
    "T_D": Quantity("Debye temperature"),
    "T_g_over_T_D": Quantity("k_B T_g / ħω_D"),
    "rho": Quantity("mass density"),
    "c_s": Quantity("sound speed (a single, averaged or longitudinal value)"),
    "v": Quantity("averaged sound speed"),
    "c_l": Quantity("longitudinal sound speed"),
    "c_t": Quantity("transverse sound speed"),
    "heat_capacity_bump_C_over_T3_scaled": Quantity("C/T³ on the scale of the paper's Fig. 15"),
    "heat_capacity_C_over_T3": Quantity("heat capacity over T³"),
    "heat_capacity": Quantity("heat capacity"),
    "specific_heat_slope": Quantity("linear specific-heat slope C/T"),
    "boson_peak_frequency": Quantity("Boson-peak frequency"),
    "boson_peak_T": Quantity("Boson-peak (C/T³ bump) temperature, K"),
    "boson_peak_low_side_T_min": Quantity("lowest T of the quoted Boson-peak temperature evolution, K"),
    "gruneisen_parameter": Quantity("Grüneisen parameter γ", signed=True),
    "gruneisen_parameter_magnitude_max": Quantity("largest reported |γ| of glasses"),
    "linear_thermal_expansion": Quantity("linear thermal expansion coefficient α", signed=True),
    "volume_thermal_expansion": Quantity("volume thermal expansion coefficient", signed=True),
    "C_coupling": Quantity("dimensionless TLS–phonon coupling C = P̄γ²/ρv²"),
    "gamma_TLS_phonon_min": Quantity("lower end of the quoted TLS–phonon coupling γ"),
    "gamma_TLS_phonon_max": Quantity("upper end of the quoted TLS–phonon coupling γ"),
    "gamma_l": Quantity("longitudinal TLS–phonon coupling γ_l"),
    "gamma_t": Quantity("transverse TLS–phonon coupling γ_t"),
    "gamma_l_over_gamma_t": Quantity("Meissner–Berret ratio γ_l/γ_t"),
    "n0M2": Quantity("TTLS parameter n₀M²"),
    "dielectric_constant": Quantity("relative dielectric constant ε"),
    "ne_mu2": Quantity("electric-dipole parameter n_e μ² (Gaussian)"),
    "xi_MRO": Quantity("medium-range-order length"),
    "internal_friction_min": Quantity("lower end of the quoted internal friction Q⁻¹"),
    "internal_friction_max": Quantity("upper end of the quoted internal friction Q⁻¹"),
    "thermal_conductivity": Quantity("thermal conductivity κ"),
}


@dataclass(frozen=True)
class QuotedValue:
    """One experimental number as a paper quotes it.

    Attributes
    ----------
    quantity, unit, relation, paper, where, note : str
        As in the table (see the module docstring).
    value : float
        The printed value, in ``unit``.
    si : float
        The value in SI (energies in J, temperatures in K, frequencies in Hz).
    T_K : float or None
        The temperature the number refers to, K.
    line : int
        The line of the CSV file (header = 1).
    """

    quantity: str
    value: float
    unit: str
    si: float
    relation: str
    T_K: float | None
    paper: str
    where: str
    note: str
    line: int


def _number(path: Path, line: int, column: str, raw: str) -> float:
    try:
        x = float(raw)
    except ValueError:
        raise DataError(path, f"not a number: {raw!r}", line=line, column=column) from None
    if not math.isfinite(x):
        raise DataError(path, f"not finite: {raw!r}", line=line, column=column)
    return x


def read_quoted_experiments(path: os.PathLike | str = SILICA_QUOTED_EXPERIMENTS) -> list[QuotedValue]:
    """Read and validate the table of quoted experimental numbers.

    Parameters
    ----------
    path : path-like
        The CSV file (default ``data/silica_quoted_experiments.csv``).

    Returns
    -------
    list of QuotedValue
        In file order.

    Raises
    ------
    DataError
        Naming the file, line and column: a wrong header, an unknown quantity, unit, relation or
        paper, a non-numeric or non-finite value, a negative value of an unsigned quantity, a
        non-positive temperature, an empty ``where``.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(path, "file not found") from None
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != COLUMNS:
        raise DataError(path, f"header must be {','.join(COLUMNS)}; found {header!r}", line=1)
    out: list[QuotedValue] = []
    for line, row in enumerate(reader, start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(COLUMNS):
            raise DataError(path, f"expected {len(COLUMNS)} fields, found {len(row)}", line=line)
        r = dict(zip(COLUMNS, (c.strip() for c in row)))
        if r["quantity"] not in QUANTITIES:
            raise DataError(path, f"unknown quantity {r['quantity']!r} (add it to "
                            "glasslib.experiments.QUANTITIES first)", line=line, column="quantity")
        q = QUANTITIES[r["quantity"]]
        value = _number(path, line, "value", r["value"])
        if value < 0 and not q.signed:
            raise DataError(path, f"negative value {value!r} for {r['quantity']!r}, which is not "
                            "a signed quantity", line=line, column="value")
        if r["unit"] not in UNITS:
            raise DataError(path, f"unknown unit {r['unit']!r}; known: {sorted(UNITS)}",
                            line=line, column="unit")
        if r["relation"] not in RELATIONS:
            raise DataError(path, f"unknown relation {r['relation']!r}; known: {RELATIONS}",
                            line=line, column="relation")
        T = None
        if r["T_K"]:
            T = _number(path, line, "T_K", r["T_K"])
            if T <= 0:
                raise DataError(path, f"temperature must be positive, found {T!r}", line=line,
                                column="T_K")
        if r["paper"] not in PAPERS:
            raise DataError(path, f"unknown paper {r['paper']!r}; known: {sorted(PAPERS)}",
                            line=line, column="paper")
        if not r["where"]:
            raise DataError(path, "empty: say where the paper prints the number", line=line,
                            column="where")
        out.append(QuotedValue(r["quantity"], value, r["unit"], value * UNITS[r["unit"]],
                               r["relation"], T, r["paper"], r["where"], r["note"], line))
    return out


def quoted(quantity: str, *, paper: str | None = None,
           path: os.PathLike | str = SILICA_QUOTED_EXPERIMENTS) -> list[QuotedValue]:
    """The quoted values of one quantity (optionally of one paper), in file order.

    Raises
    ------
    KeyError
        For a quantity not in :data:`QUANTITIES` or a paper not in ``PAPERS``.
    """
    if quantity not in QUANTITIES:
        raise KeyError(f"unknown quantity {quantity!r}; known: {sorted(QUANTITIES)}")
    if paper is not None and paper not in PAPERS:
        raise KeyError(f"unknown paper {paper!r}; known: {sorted(PAPERS)}")
    return [v for v in read_quoted_experiments(path)
            if v.quantity == quantity and (paper is None or v.paper == paper)]


__all__ = ["COLUMNS", "PAPERS", "QUANTITIES", "Quantity", "QuotedValue", "RELATIONS", "SILICA_QUOTED_EXPERIMENTS",
           "UNITS", "quoted", "read_quoted_experiments"]
