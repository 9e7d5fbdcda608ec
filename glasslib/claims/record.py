"""A claim and its computed verdict (the part of :mod:`glasslib.claims` that needs SymPy).

A :class:`Claim` records what a paper states (``paper_value``), what the book
computes from the paper's premises and printed inputs (``our_value``), a
tolerance (``rel_tol``) and what *kind* of check it is.  The **verdict is
computed, never typed**:

* numbers: with r = our/paper, the claim *reproduces* when
  |ln r| ≤ ln(1 + rel_tol) (for small tolerances this is the usual
  |our − paper| ≤ rel_tol·|paper|, but symmetric, so that order-of-magnitude
  claims can use rel_tol = 2 for "within a factor 3"; a value exactly at the
  lower edge of a printed number's rounding interval falls just outside, where
  the rounding convention, half up or half even, decides); it is *ambiguous* in
  the band up to ln(1 + 2·rel_tol), where the difference is comparable to the
  printed precision and the reading of the paper's inputs; beyond that, or with
  the opposite sign, it *differs*.  A paper value of 0 is compared absolutely.
* ranges: a ``(low, high)`` paper value reproduces when our value lies inside
  it, widened by the same factors.
* identities: SymPy expressions (or strings); *reproduces* when
  ``simplify(ours − paper) == 0``, *ambiguous* when SymPy cannot prove it but
  the two agree numerically at random points, *differs* otherwise.

The kinds (:data:`glasslib.claims.KINDS`):

* ``derived``: a result the chapter reached from the paper's premises (a SymPy
  derivation on the page, or a number computed from a derived formula);
* ``recomputed``: a number recomputed from the paper's printed inputs;
* ``consistency``: a check that cannot fail by construction (an identity of a
  typed formula, a reading chosen to agree, a value the chapter computed itself
  and compares with).  It is counted apart from the reproductions.
"""
from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from typing import Any, Union

import sympy as sp

from .papers import KINDS, PAPERS

__all__ = ["Claim", "to_expr", "to_latex"]

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
    kind : str
        ``"derived"``, ``"recomputed"`` or ``"consistency"`` (see the module docstring).
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
    kind: str
    note: str = ""
    verdict: str = field(init=False)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"claim {self.id!r}: unknown paper {self.paper!r}; use one of {list(PAPERS)}")
        if not (isinstance(self.rel_tol, (int, float)) and self.rel_tol >= 0 and math.isfinite(self.rel_tol)):
            raise ValueError(f"claim {self.id!r}: rel_tol must be a finite number >= 0, got {self.rel_tol!r}")
        if self.kind not in KINDS:
            raise ValueError(f"claim {self.id!r}: kind must be one of {KINDS}, got {self.kind!r}")
        if not self.id.startswith(self.paper + "-"):
            raise ValueError(f"claim {self.id!r}: the id must start with its paper key {self.paper + '-'!r}")
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
        """The claim as a JSON-ready dict with exactly the ledger's ten fields
        (:data:`glasslib.claims.FIELDS`)."""
        return {
            "id": self.id, "paper": self.paper, "where": self.where, "quantity": self.quantity,
            "paper_value": self._jsonable(self.paper_value),
            "our_value": self._jsonable(self.our_value),
            "rel_tol": float(self.rel_tol), "verdict": self.verdict, "kind": self.kind,
            "note": self.note,
        }

    def to_record(self, chapter: str) -> dict[str, Any]:
        """The ten fields, plus what the book shows: the chapter and the values as LaTeX."""
        return {**self.to_dict(), "chapter": chapter,
                "paper_tex": to_latex(self.paper_value), "our_tex": to_latex(self.our_value)}

    def __repr__(self) -> str:
        return (f"{self.verdict}: {self.id} [{self.kind}] paper {_fmt(self.paper_value)}, "
                f"ours {_fmt(self.our_value)}, rel_tol {self.rel_tol:g}")

    def _repr_html_(self) -> str:
        from .render import claim_line_html
        return claim_line_html(self.to_record(""))


def to_latex(value: Any) -> str | None:
    """LaTeX of a symbolic value (None for a number or a range: those are shown as numbers)."""
    if not _is_symbolic(value):
        return None
    return sp.latex(to_expr(value))


def _fmt(value: Any) -> str:
    v = Claim._jsonable(value)
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, list):
        return "[" + ", ".join(f"{x:.4g}" for x in v) + "]"
    return str(v)


