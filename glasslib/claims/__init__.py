"""The claims ledger: every number and identity of a paper that the book checks (floor 5).

A :class:`Claim` records what a paper states (``paper_value``), what glasslib
computes from the paper's premises and printed inputs (``our_value``), and a
tolerance (``rel_tol``).  The **verdict is computed, never typed**:

* numbers: with r = our/paper, the claim *reproduces* when
  |ln r| ≤ ln(1 + rel_tol) (for small tolerances this is the usual
  |our − paper| ≤ rel_tol·|paper|, but symmetric, so that order-of-magnitude
  claims can use rel_tol = 2 for "within a factor 3"; a value exactly at the
  lower edge of a printed number's rounding interval falls just outside, where
  the rounding convention, half up or half even, decides); it is *ambiguous* in
  the band up to ln(1 + 2·rel_tol), where the difference is comparable to the
  printed precision and the reading of the paper's inputs; beyond that, or with
  the opposite sign, it *differs*.  A paper value of 0 is
  compared absolutely.
* ranges: a ``(low, high)`` paper value reproduces when our value lies inside
  it, widened by the same factors.
* identities: SymPy expressions (or strings); *reproduces* when
  ``simplify(ours − paper) == 0``, *ambiguous* when SymPy cannot prove it but
  the two agree numerically at random points, *differs* otherwise.

The claims of each paper live in a submodule of this package
(``glasslib/claims/carruzzo_yu.py`` …) exposing ``claims() -> list[Claim]``
computed from glasslib functions; :func:`all_claims` collects them, so the
ledger command, the tests and the notebooks evaluate one source of truth::

    python -m glasslib.claims --json
"""
from __future__ import annotations

import importlib
import math
import pkgutil
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Sequence, Union

import sympy as sp

__all__ = [
    "Claim", "PAPERS", "VERDICTS", "all_claims", "claims_for", "claims_of_module", "claims_frame", "summary",
    "summary_frame", "to_expr",
]

#: The papers of the book: key → (short name, bibliography key in book/references.bib).
PAPERS: dict[str, tuple[str, str]] = {
    "STM": ("Standard tunnelling model (AHV 1972, Phillips 1972/1987), as quoted by Carruzzo & Yu 2020",
            "phillips1987"),
    "CY2020": ("Carruzzo & Yu, PRL 124, 075902 (2020) + Supplement", "carruzzo2020"),
    "LW2008": ("Lubchenko & Wolynes, Adv. Chem. Phys. 136, 95 (2008)", "lubchenko2008"),
    "ZL2022": ("Zhou & Leggett (2022), Meissner–Berret ratio", "zhou2022"),
    "T2022": ("Turlakov (2022), fermion (glasson) phenomenology", "turlakov2022"),
}

#: The three verdicts, in the order tables list them.
VERDICTS = ("reproduces", "ambiguous", "differs")

Value = Union[float, int, tuple, list, str, sp.Basic]

_FUNCTIONS = {
    "pi": sp.pi, "sqrt": sp.sqrt, "exp": sp.exp, "log": sp.log, "ln": sp.log, "tanh": sp.tanh,
    "sinh": sp.sinh, "cosh": sp.cosh, "coth": sp.coth, "sin": sp.sin, "cos": sp.cos,
    "tan": sp.tan, "atan": sp.atan, "acosh": sp.acosh, "asinh": sp.asinh, "erf": sp.erf,
    "Abs": sp.Abs, "Rational": sp.Rational, "oo": sp.oo, "Gamma": sp.gamma,
}


def to_expr(value: Any) -> sp.Expr:
    """A SymPy expression from an expression or a string.

    In strings every identifier that is not an elementary function or ``pi``
    is a plain symbol, so ``E``, ``I``, ``N``, ``gamma`` mean physics symbols,
    not SymPy's constants.
    """
    if isinstance(value, sp.Basic):
        return value
    if isinstance(value, str):
        names = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", value))
        local = {n: sp.Symbol(n) for n in names if n not in _FUNCTIONS}
        local.update({n: f for n, f in _FUNCTIONS.items() if n in names})
        return sp.parse_expr(value, local_dict=local, global_dict={"Integer": sp.Integer,
                                                                    "Float": sp.Float,
                                                                    "Symbol": sp.Symbol})
    return sp.sympify(value)


def _is_number_string(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        float(value)
    except ValueError:
        return False
    return True


def _is_symbolic(value: Any) -> bool:
    if _is_number_string(value):
        return False
    return isinstance(value, (str, sp.Basic)) and not (isinstance(value, sp.Basic) and value.is_number)


def _by_name(expr: sp.Expr) -> sp.Expr:
    """Replace every free symbol by a positive symbol of the same name.

    A claim compares expressions whose symbols may come from different places
    (a parsed string, a module's positive symbols); physics symbols here are
    positive quantities, and two symbols with the same name are the same quantity.
    """
    return expr.xreplace({s: sp.Symbol(s.name, positive=True) for s in expr.free_symbols
                          if isinstance(s, sp.Symbol)})


def _numeric_verdict(paper: float, ours: float, tol: float) -> str:
    if not (math.isfinite(ours) and math.isfinite(paper)):
        return "differs"
    if paper == 0.0:
        dev, band = abs(ours), tol
        return "reproduces" if dev <= band else ("ambiguous" if dev <= 2 * band else "differs")
    if ours == 0.0 or (ours > 0) != (paper > 0):
        return "differs"
    dev = abs(math.log(ours / paper))
    if dev <= math.log1p(tol) * (1 + 1e-12):
        return "reproduces"
    if dev <= math.log1p(2 * tol) * (1 + 1e-12):
        return "ambiguous"
    return "differs"


def _range_verdict(low: float, high: float, ours: float, tol: float) -> str:
    low, high = min(low, high), max(low, high)
    if low <= ours <= high:
        return "reproduces"
    nearest = low if ours < low else high
    return _numeric_verdict(nearest, ours, tol)


def _symbolic_verdict(paper: Any, ours: Any) -> str:
    p, o = _by_name(to_expr(paper)), _by_name(to_expr(ours))
    diff = sp.simplify(o - p)
    if diff == 0:
        return "reproduces"
    symbols = sorted(diff.free_symbols, key=str)
    rng = random.Random(20200221)
    for _ in range(5):
        point = {s: rng.uniform(0.3, 3.0) for s in symbols}
        try:
            d = complex(diff.evalf(subs=point))
            scale = max(abs(complex(o.evalf(subs=point))), abs(complex(p.evalf(subs=point))), 1e-300)
        except (TypeError, ValueError):
            return "differs"
        if abs(d) > 1e-10 * scale:
            return "differs"
    return "ambiguous"


@dataclass(frozen=True)
class Claim:
    """One checked statement of a paper.

    Parameters
    ----------
    id : str
        Unique, stable identifier, prefixed by the paper (``"CY2020-table1-SiO2"``).
    paper : str
        A key of :data:`PAPERS`.
    where : str
        Equation, table or page of the paper (``"Eq. (12)"``, ``"Table I, SiO2"``).
    quantity : str
        What is compared, with units (``"C_th (dimensionless)"``).
    paper_value : float, (low, high), str or sympy expression
        What the paper prints (a number as printed, a range, or an expression).
    our_value : float, str or sympy expression
        What glasslib computes from the paper's premises and inputs.
    rel_tol : float
        The tolerance (see the module docstring); for a printed number, half a
        unit of its last printed digit relative to the value, or a looser
        bound for "≈" and "~" statements; 0 for identities.
    note : str
        One line: the likely cause of a difference, or the reading taken.
    """

    id: str
    paper: str
    where: str
    quantity: str
    paper_value: Value
    our_value: Value
    rel_tol: float
    note: str = ""
    verdict: str = field(init=False)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"claim {self.id!r}: unknown paper {self.paper!r}; use one of {list(PAPERS)}")
        if not (isinstance(self.rel_tol, (int, float)) and self.rel_tol >= 0 and math.isfinite(self.rel_tol)):
            raise ValueError(f"claim {self.id!r}: rel_tol must be a finite number >= 0, got {self.rel_tol!r}")
        object.__setattr__(self, "verdict", self._compute_verdict())

    def _compute_verdict(self) -> str:
        p, o = self.paper_value, self.our_value
        if _is_symbolic(p) or _is_symbolic(o):
            return _symbolic_verdict(p, o)
        try:
            ours = float(o)
        except (TypeError, ValueError):       # complex or non-numeric: not the paper's number
            return "differs"
        if isinstance(p, (tuple, list)):
            if len(p) != 2:
                raise ValueError(f"claim {self.id!r}: a range paper_value needs (low, high)")
            return _range_verdict(float(p[0]), float(p[1]), ours, self.rel_tol)
        return _numeric_verdict(float(p), ours, self.rel_tol)

    @staticmethod
    def _jsonable(value: Value) -> Any:
        if isinstance(value, sp.Basic):
            return float(value) if value.is_number else sp.sstr(value)
        if isinstance(value, (tuple, list)):
            return [float(v) for v in value]
        if isinstance(value, str):
            return float(value) if _is_number_string(value) else value
        return float(value)

    def to_dict(self) -> dict[str, Any]:
        """The claim as a JSON-ready dict with exactly the ledger's nine fields."""
        return {
            "id": self.id, "paper": self.paper, "where": self.where, "quantity": self.quantity,
            "paper_value": self._jsonable(self.paper_value),
            "our_value": self._jsonable(self.our_value),
            "rel_tol": float(self.rel_tol), "verdict": self.verdict, "note": self.note,
        }


def _claim_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


@lru_cache(maxsize=1)
def all_claims() -> tuple[Claim, ...]:
    """Every claim of every paper, from each ``glasslib.claims.<module>.claims()``.

    Raises
    ------
    ValueError
        If two claims share an id.
    """
    found: list[Claim] = []
    for name in _claim_modules():
        module = importlib.import_module(f"{__name__}.{name}")
        found.extend(module.claims())
    seen: set[str] = set()
    for c in found:
        if c.id in seen:
            raise ValueError(f"duplicate claim id {c.id!r}")
        seen.add(c.id)
    order = {k: i for i, k in enumerate(PAPERS)}
    return tuple(sorted(found, key=lambda c: order[c.paper]))


def claims_of_module(module: str) -> list[Claim]:
    """The claims defined in one submodule (``"carruzzo_yu"`` → ``glasslib.claims.carruzzo_yu``).

    A chapter shows its own claims this way, importing only its own claims module.
    """
    if module not in _claim_modules():
        raise ValueError(f"no claims module {module!r}; have {_claim_modules()}")
    return list(importlib.import_module(f"{__name__}.{module}").claims())


def claims_for(paper: str | None = None, prefix: str | None = None, *,
               module: str | None = None) -> list[Claim]:
    """The claims of one paper (a :data:`PAPERS` key), of one claims ``module``, and/or
    whose id starts with ``prefix``."""
    if paper is not None and paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; use one of {list(PAPERS)}")
    pool = claims_of_module(module) if module is not None else all_claims()
    return [c for c in pool
            if (paper is None or c.paper == paper) and (prefix is None or c.id.startswith(prefix))]


def _fmt(value: Any) -> str:
    v = Claim._jsonable(value)
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, list):
        return "[" + ", ".join(f"{x:.4g}" for x in v) + "]"
    return str(v)


def claims_frame(claims: Sequence[Claim] | None = None, *, paper: str | None = None,
                 prefix: str | None = None, module: str | None = None):
    """A pandas DataFrame of claims (for a chapter's claims table), values to 4 digits.

    ``claims_frame(module="carruzzo_yu")`` shows the claims of one claims module.
    """
    import pandas as pd

    rows = claims if claims is not None else claims_for(paper, prefix, module=module)
    return pd.DataFrame(
        [{"id": c.id, "where": c.where, "quantity": c.quantity, "paper": _fmt(c.paper_value),
          "ours": _fmt(c.our_value), "rel_tol": f"{c.rel_tol:g}", "verdict": c.verdict,
          "note": c.note} for c in rows],
        columns=["id", "where", "quantity", "paper", "ours", "rel_tol", "verdict", "note"],
    ).set_index("id")


def summary(claims: Sequence[Claim] | None = None) -> dict[str, int]:
    """Counts of each verdict (and the total) among ``claims`` (default: all)."""
    rows = all_claims() if claims is None else claims
    counts = {v: sum(c.verdict == v for c in rows) for v in VERDICTS}
    counts["total"] = len(rows)
    return counts


def summary_frame():
    """A pandas DataFrame of verdict counts per paper, with a total row."""
    import pandas as pd

    data = {}
    for key, (title, _) in PAPERS.items():
        rows = claims_for(key)
        if rows:
            data[title] = summary(rows)
    data["All papers"] = summary()
    return pd.DataFrame.from_dict(data, orient="index", columns=[*VERDICTS, "total"])
