"""Material tables: read and validate ``data/*.csv`` into typed records (floor 2).

This is the one module that knows file formats.  Every CSV in ``data/`` has a
header whose column names carry their units (``rho_kg_m3``, ``v_o_A3``), a
``material`` key column and a ``source`` column naming the paper and table the
row was copied from.  Values are kept *exactly as printed*; a correction is a
computed claim, never an edit of the data.

Bad data fails loudly: :class:`DataError` names the file, the line and the
column (a missing column, a non-numeric entry, a negative or zero density or
speed, a value outside the plausible range of its quantity, which is how a unit
slip shows, a duplicate material name, also when spelled differently, a file that
is not UTF-8, a missing row of a parameter table).

Examples
--------
>>> from glasslib import materials
>>> silica = materials.carruzzo_yu_glasses()["SiO2"]
>>> round(silica.rho)            # kg/m^3
2200
"""
from __future__ import annotations

import csv
import difflib
import io
import math
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Mapping, Sequence

from . import units

__all__ = [
    "DataError", "Column", "data_dir", "read_table",
    "Glass", "carruzzo_yu_glasses", "AcousticGlass", "meissner_berret_glasses",
]

Kind = Literal["text", "real", "positive", "nonnegative"]


class DataError(ValueError):
    """A data file is malformed; the message names the file, line and column."""

    def __init__(self, path: os.PathLike | str, message: str, *, line: int | None = None,
                 column: str | None = None) -> None:
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {message}")
        self.path, self.line, self.column = str(path), line, column


@dataclass(frozen=True)
class Column:
    """One column of a data table: its header name (with unit) and what it may hold.

    ``kind`` is ``"text"``, ``"real"`` (any finite number), ``"nonnegative"``
    (≥ 0) or ``"positive"`` (> 0).  A signed number may carry a leading ``+``
    as printed in the source (``+10.1``).  ``plausible`` is the range, in the
    column's own unit, that any glass's value lies in; a value outside it is
    almost always a unit slip (a density in g/cm³ in a kg/m³ column) and is
    rejected.
    """

    name: str
    kind: Kind = "positive"
    plausible: tuple[float, float] | None = None


def data_dir() -> Path:
    """The folder holding the material tables.

    It is ``data/`` at the top of the repository (glasslib is installed in
    editable mode), or the folder named by the environment variable
    ``GLASSLIB_DATA``.
    """
    env = os.environ.get("GLASSLIB_DATA")
    path = Path(env) if env else Path(__file__).resolve().parent.parent / "data"
    if not path.is_dir():
        raise FileNotFoundError(
            f"glasslib data folder not found at {path}; install glasslib in editable mode "
            "from the repository (pip install -e .) or set GLASSLIB_DATA")
    return path


def _parse(path: Path, line: int, col: Column, raw: str) -> Any:
    raw = raw.strip()
    if col.kind == "text":
        if not raw:
            raise DataError(path, "empty text", line=line, column=col.name)
        return raw
    if not raw:
        raise DataError(path, "empty value, expected a number", line=line, column=col.name)
    try:
        value = float(raw)
    except ValueError:
        raise DataError(path, f"not a number: {raw!r}", line=line, column=col.name) from None
    if not math.isfinite(value):
        raise DataError(path, f"not a finite number: {raw!r}", line=line, column=col.name)
    if col.kind == "positive" and value <= 0:
        raise DataError(path, f"must be positive, got {raw}", line=line, column=col.name)
    if col.kind == "nonnegative" and value < 0:
        raise DataError(path, f"must be non-negative, got {raw}", line=line, column=col.name)
    if col.plausible is not None and not (col.plausible[0] <= value <= col.plausible[1]):
        raise DataError(path, f"{raw} lies outside the plausible range [{col.plausible[0]:g}, "
                        f"{col.plausible[1]:g}] of this column (a unit slip?)", line=line, column=col.name)
    return value


def normalised_name(name: str) -> str:
    """A material name reduced for comparison: case, spaces, dashes, a leading ``a-``
    (amorphous) and sub- or superscript digits ignored, so that ``SiO2``, ``sio2``, ``a-SiO2``
    and ``SiO₂`` are one glass."""
    key = "".join(ch for ch in unicodedata.normalize("NFKC", name).casefold() if ch.isalnum() or ch == "-")
    key = key.removeprefix("a-")
    return key.replace("-", "")


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = (" (it looks like UTF-16)" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else
                " (it looks like UTF-16 without a byte-order mark)" if b"\x00" in raw else "")
        raise DataError(path, f"not UTF-8 text{hint}: byte 0x{raw[exc.start]:02x} cannot be decoded; "
                        "save the file as UTF-8", line=line) from None
    if "\x00" in text:                  # UTF-16 without a byte-order mark decodes as UTF-8 with NULs
        line = text[: text.index("\x00")].count("\n") + 1
        raise DataError(path, "not UTF-8 text (it looks like UTF-16 without a byte-order mark): it contains "
                        "NUL bytes; save the file as UTF-8", line=line)
    return text


class Table(dict):
    """The rows of a table, ``{key: {column: value}}``, remembering its file and each row's line."""

    def __init__(self, path: os.PathLike | str) -> None:
        super().__init__()
        self.path = Path(path)
        self.lines: dict[str, int] = {}

    def __missing__(self, key: str):
        raise DataError(self.path, f"no row {key!r}; the rows are {', '.join(map(repr, self))}")


def read_table(path: os.PathLike | str, columns: Sequence[Column], *,
               key: str = "material") -> dict[str, dict[str, Any]]:
    """Read a CSV table, validate every field, and index the rows by ``key``.

    Parameters
    ----------
    path
        The CSV file; a bare file name is looked up in :func:`data_dir`.
    columns
        The columns the table must have (extra columns are allowed and kept as text).
    key
        The column whose values name the rows; it must be unique.

    Returns
    -------
    dict
        ``{key value: {column name: parsed value}}`` in file order.

    Raises
    ------
    DataError
        Missing file or column, a non-numeric, non-finite, negative or zero
        entry where the column forbids it, or a duplicate key; the message
        names the file, line and column.
    """
    path = Path(path)
    if not path.is_absolute() and path.parent == Path("."):
        path = data_dir() / path
    if not path.is_file():
        raise DataError(path, "file not found")
    wanted = {c.name: c for c in columns}
    if key not in wanted:
        wanted[key] = Column(key, "text")
    rows = Table(path)
    seen: dict[str, tuple[str, int]] = {}
    text = _read_text(path)
    if True:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        repeated = sorted({name for name in header if header.count(name) > 1})
        if repeated:
            raise DataError(path, f"repeated column name(s) {repeated}", line=1)
        missing = [name for name in wanted if name not in header]
        if missing:
            raise DataError(path, f"missing column(s) {missing}; header is {header}", line=1)
        for record in reader:
            line = reader.line_num
            if None in record:
                raise DataError(path, "row has more fields than the header", line=line)
            short = [name for name, raw in record.items() if raw is None]
            if short:                    # before any value is parsed: the values after a lost comma are shifted
                raise DataError(path, f"row has {len(header) - len(short)} fields, the header has {len(header)} "
                                f"(no value for {', '.join(map(repr, short))}; a comma lost?)", line=line)
            parsed = {name: _parse(path, line, wanted.get(name, Column(name, "text")), raw)
                      for name, raw in record.items() if name in wanted}
            for name in header:
                if name not in wanted:
                    parsed[name] = (record[name] or "").strip()
            name = parsed[key]
            norm = normalised_name(name) if key == "material" else name
            if norm in seen:
                first, first_line = seen[norm]
                same = "" if first == name else f" (spelled {first!r} there)"
                raise DataError(path, f"duplicate {key} {name!r}: already on line {first_line}{same}",
                                line=line, column=key)
            seen[norm] = (name, line)
            rows.lines[name] = line
            rows[name] = parsed
    if not rows:
        raise DataError(path, "table has no rows")
    return rows


# --------------------------------------------------------------------------
# Plausible ranges of the quantities, in the units of the columns that hold them: every
# known glass lies well inside, and a unit slip (g/cm3 for kg/m3, m3 for A3, C without
# its 1e4) lands far outside.
# --------------------------------------------------------------------------
RHO_KG_M3 = (300.0, 25_000.0)        # aerogels excepted; osmium is 22 600
SPEED_M_S = (300.0, 20_000.0)        # sound in solids
SPEED_KM_S = (0.3, 20.0)
V_O_A3 = (5.0, 5_000.0)              # volume per formula unit (SiO2: 45 A^3)
T_D_K = (10.0, 3_000.0)              # Debye temperature
T_G_K = (100.0, 3_000.0)             # glass transition
C_1E4 = (0.01, 100.0)                # C in units of 1e-4 (measured: 1-5)
P_1E45_J_M3 = (1e-4, 1e3)            # P-bar in units of 1e45 J^-1 m^-3
GAMMA_EV = (0.01, 20.0)              # deformation potential
RATIO = (0.3, 5.0)                   # gamma_l/gamma_t, c_l/c_t


# --------------------------------------------------------------------------
# Carruzzo & Yu (2020), Table I: the ten dielectric glasses.
# --------------------------------------------------------------------------
CARRUZZO_YU_TABLE = "carruzzo_yu_2020_table1.csv"
_CY_COLUMNS = (
    Column("material", "text"), Column("rho_kg_m3", plausible=RHO_KG_M3), Column("v_m_s", plausible=SPEED_M_S),
    Column("v_o_A3", plausible=V_O_A3), Column("T_D_K", plausible=T_D_K), Column("C_exp_1e4", plausible=C_1E4),
    Column("C_th_1e4", plausible=C_1E4), Column("source", "text"),
)


@dataclass(frozen=True)
class Glass:
    """A glass of Carruzzo & Yu's Table I, in SI units.

    Attributes
    ----------
    name : str
    rho : float
        Mass density ρ [kg/m³].
    v : float
        Averaged sound velocity v, v⁻³ = ⅓ Σ_s v_s⁻³ [m/s].
    v_o : float
        Volume of one chemical formula unit [m³].
    T_D : float
        Debye temperature as printed [K].
    C_exp : float
        Measured coupling constant C (dimensionless, not scaled by 10⁴).
    C_th_paper : float
        The paper's computed C (dimensionless), kept as printed for the ledger.
    source : str
    """

    name: str
    rho: float
    v: float
    v_o: float
    T_D: float
    C_exp: float
    C_th_paper: float
    source: str


def carruzzo_yu_glasses(path: os.PathLike | str = CARRUZZO_YU_TABLE) -> dict[str, Glass]:
    """The ten glasses of Carruzzo & Yu (2020) Table I, keyed by material name.

    References
    ----------
    H. M. Carruzzo and C. C. Yu, Phys. Rev. Lett. 124, 075902 (2020), Table I.
    """
    rows = read_table(path, _CY_COLUMNS)
    return {
        name: Glass(name=name, rho=r["rho_kg_m3"], v=r["v_m_s"],
                    v_o=float(units.angstrom3_to_m3(r["v_o_A3"])), T_D=r["T_D_K"],
                    C_exp=r["C_exp_1e4"] * 1e-4, C_th_paper=r["C_th_1e4"] * 1e-4,
                    source=r["source"])
        for name, r in rows.items()
    }


# --------------------------------------------------------------------------
# Berret & Meissner (1988) acoustic data as tabulated by Zhou & Leggett (2022).
# --------------------------------------------------------------------------
MEISSNER_BERRET_TABLE = "zhou_leggett_2022_table1.csv"
_MB_COLUMNS = (
    Column("material", "text"), Column("gamma_l_eV", plausible=GAMMA_EV), Column("gamma_t_eV", plausible=GAMMA_EV),
    Column("ratio_exp", plausible=RATIO), Column("c_l_km_s", plausible=SPEED_KM_S),
    Column("c_t_km_s", plausible=SPEED_KM_S), Column("ratio_theo", plausible=RATIO),
    Column("deviation_pct", "real", plausible=(-100.0, 500.0)), Column("source", "text"),
)


@dataclass(frozen=True)
class AcousticGlass:
    """Longitudinal and transverse acoustic data of one glass, in SI units.

    Attributes
    ----------
    name : str
    gamma_l, gamma_t : float
        Deformation potentials γ_l, γ_t [J].
    c_l, c_t : float
        Longitudinal and transverse sound velocities [m/s].
    ratio_exp_paper, ratio_theo_paper : float
        The printed (γ_l/γ_t)^exp and c_l/c_t columns.
    deviation_paper : float
        The printed (theo − exp)/exp, as a fraction.
    source : str
    """

    name: str
    gamma_l: float
    gamma_t: float
    c_l: float
    c_t: float
    ratio_exp_paper: float
    ratio_theo_paper: float
    deviation_paper: float
    source: str


def meissner_berret_glasses(path: os.PathLike | str = MEISSNER_BERRET_TABLE) -> dict[str, AcousticGlass]:
    """The 13 glasses of Zhou & Leggett's Section IV table (Berret–Meissner data).

    References
    ----------
    D. Zhou and A. J. Leggett (2022), Section IV table; J. F. Berret and
    M. Meissner, Z. Phys. B 70, 65 (1988).
    """
    rows = read_table(path, _MB_COLUMNS)
    for name, r in rows.items():      # an isotropic solid needs a positive bulk modulus: c_l^2 > 4 c_t^2 / 3
        if not r["c_l_km_s"] ** 2 > 4.0 * r["c_t_km_s"] ** 2 / 3.0:
            raise DataError(rows.path, f"{name!r}: c_l = {r['c_l_km_s']:g} km/s and c_t = {r['c_t_km_s']:g} km/s "
                            "give a negative bulk modulus (c_l^2 must exceed 4 c_t^2/3; columns swapped?)",
                            line=rows.lines[name], column="c_t_km_s")
    return {
        name: AcousticGlass(
            name=name, gamma_l=float(units.ev_to_joule(r["gamma_l_eV"])),
            gamma_t=float(units.ev_to_joule(r["gamma_t_eV"])),
            c_l=float(units.km_s_to_m_s(r["c_l_km_s"])), c_t=float(units.km_s_to_m_s(r["c_t_km_s"])),
            ratio_exp_paper=r["ratio_exp"], ratio_theo_paper=r["ratio_theo"],
            deviation_paper=r["deviation_pct"] / 100.0, source=r["source"])
        for name, r in rows.items()
    }


class UnknownMaterialError(KeyError):
    """A material name that a table does not have; the message lists the names it has."""

    def __str__(self) -> str:          # KeyError would print the message quoted
        return str(self.args[0])


def pick(table: Mapping[str, Any], name: str, what: str) -> Any:
    """The record ``name`` of a loaded table, or an error that lists the valid names.

    Raises
    ------
    UnknownMaterialError
        If ``name`` is not a key of ``table`` (a subclass of KeyError).
    """
    if name not in table:
        key = normalised_name(str(name))
        close = [k for k in table if normalised_name(k) == key]
        close = close or difflib.get_close_matches(str(name), list(table), n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise UnknownMaterialError(f"unknown material {name!r} in {what}{hint}; "
                                   f"valid names: {', '.join(map(repr, table))}")
    return table[name]


def carruzzo_yu_glass(name: str) -> Glass:
    """One glass of Carruzzo & Yu's Table I (:func:`carruzzo_yu_glasses`), by name."""
    return pick(carruzzo_yu_glasses(), name, f"data/{CARRUZZO_YU_TABLE}")


def meissner_berret_glass(name: str) -> AcousticGlass:
    """One glass of the Berret–Meissner table (:func:`meissner_berret_glasses`), by name."""
    return pick(meissner_berret_glasses(), name, f"data/{MEISSNER_BERRET_TABLE}")


def as_records(table: Mapping[str, Any]) -> list[Any]:
    """The records of a loaded table as a list (for building pandas DataFrames)."""
    return list(table.values())


# --------------------------------------------------------------------------
# Long-format parameter tables: one physical input per row, with its unit and
# the place in the paper it was read from (used where a paper quotes inputs in
# its text rather than in a table, e.g. Lubchenko & Wolynes for silica).
# --------------------------------------------------------------------------
_PARAM_COLUMNS = (Column("quantity", "text"), Column("value", "real"), Column("unit", "text"),
                  Column("where", "text"))

#: Units a parameter table may use, with their factor to SI (the unit column
#: says what the printed value is in; loaders return SI).  "k_B K" is an energy
#: quoted in kelvin (E/k_B), converted to joule.
PARAMETER_UNITS: dict[str, float] = {
    "1": 1.0, "K": 1.0, "k_B K": units.k_B, "kg/m3": 1.0, "g/cm3": float(units.g_cm3_to_kg_m3(1.0)), "m/s": 1.0,
    "km/s": float(units.km_s_to_m_s(1.0)), "cm/s": float(units.cm_s_to_m_s(1.0)),
    "m": 1.0, "cm": 1.0e-2, "A": units.angstrom, "A3": units.angstrom**3, "m3": 1.0, "s": 1.0,
    "Hz": 1.0, "rad/s": 1.0, "J": 1.0, "eV": units.eV, "erg": units.erg, "g": 1.0e-3, "kg": 1.0,
    "J/(K m3)": 1.0, "1/(J m3)": 1.0, "erg/(g K2)": units.erg / 1.0e-3, "g/s": 1.0e-3,
    "erg/cm2": units.erg / 1.0e-4, "1/K": 1.0, "1/cm": 1.0e2, "J/m3": 1.0, "amu": units.amu,
}


#: Units whose quantities cannot be negative or zero (a density, a speed, a length, a volume,
#: a time, a mass, a temperature, a frequency): a parameter in one of them must be positive.
POSITIVE_UNITS: dict[str, str] = {
    "kg/m3": "density", "g/cm3": "density", "m/s": "speed", "km/s": "speed", "cm/s": "speed",
    "m": "length", "cm": "length", "A": "length", "A3": "volume", "m3": "volume", "s": "time",
    "g": "mass", "kg": "mass", "amu": "mass", "K": "temperature", "Hz": "frequency", "rad/s": "frequency",
}


#: Plausible SI ranges of a parameter by the kind of its unit (:data:`POSITIVE_UNITS`), the
#: same bounds as the wide tables': ``rho,2.2,kg/m3`` (a density meant in g/cm3) or a speed in
#: cm/s labelled m/s lands far outside.
PLAUSIBLE_SI: dict[str, tuple[float, float]] = {"density": RHO_KG_M3, "speed": SPEED_M_S}


@dataclass(frozen=True)
class Parameter:
    """One input quantity of a paper: its printed value and unit, its SI value, where printed."""

    quantity: str
    value: float
    unit: str
    si: float
    where: str


def read_parameters(path: os.PathLike | str) -> dict[str, Parameter]:
    """Read a long-format parameter table (``quantity,value,unit,where``) into SI.

    Returns
    -------
    Table
        ``{quantity: Parameter}``; asking for a quantity the file lacks raises
        :class:`DataError` naming the file and listing the quantities it has.

    Raises
    ------
    DataError
        As :func:`read_table`; for a unit not in :data:`PARAMETER_UNITS` (naming the
        file line); for a zero or negative value of a quantity in a unit of
        :data:`POSITIVE_UNITS`; for a density or speed outside :data:`PLAUSIBLE_SI`.
    """
    rows = read_table(path, _PARAM_COLUMNS, key="quantity")
    out = Table(rows.path)
    for name, r in rows.items():
        line = rows.lines[name]
        if r["unit"] not in PARAMETER_UNITS:
            raise DataError(rows.path, f"unknown unit {r['unit']!r} for {name!r}; known: "
                            f"{sorted(PARAMETER_UNITS)}", line=line, column="unit")
        if r["unit"] in POSITIVE_UNITS and not r["value"] > 0:
            raise DataError(rows.path, f"{name!r} is a {POSITIVE_UNITS[r['unit']]} in {r['unit']} and must be "
                            f"positive, got {r['value']:g}", line=line, column="value")
        si = r["value"] * PARAMETER_UNITS[r["unit"]]
        lo, hi = PLAUSIBLE_SI.get(POSITIVE_UNITS.get(r["unit"], ""), (-math.inf, math.inf))
        if not lo <= si <= hi:
            raise DataError(rows.path, f"{name!r} = {r['value']:g} {r['unit']} is {si:g} in SI, outside the "
                            f"plausible range [{lo:g}, {hi:g}] of a {POSITIVE_UNITS[r['unit']]} (a unit slip?)",
                            line=line, column="value")
        out[name] = Parameter(name, r["value"], r["unit"], si, r["where"])
        out.lines[name] = line
    return out
