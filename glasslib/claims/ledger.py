"""The chapter's side of the ledger: record claims where they are made, show them at the end.

A chapter makes one :class:`Ledger`, records each claim in the cell that derives or
computes it, and ends with a cell whose last line is the ledger itself::

    from glasslib.claims import Ledger
    ledger = Ledger("01-standard-tunnelling-model")
    ...
    ledger.identity("STM-kappa", paper="STM", where="Phillips 1987", quantity="κ",
                    paper_value=kappa_printed, our_value=kappa, note="kinetic formula")
    ...
    ledger          # the full table, and the machine-readable records

The last cell's output carries every record under the MIME type
:data:`glasslib.claims.MIME`. ``python -m glasslib.claims`` reads the records from the
committed notebooks; nbval re-executes the chapter and fails, naming the claim, when a
value or verdict has drifted (``chapters/conftest.py``).
"""
from __future__ import annotations

from typing import Any, Iterator

from .papers import MIME
from .record import Claim
from .render import html_table, summary, summary_text, text_table

__all__ = ["Ledger"]


class Ledger:
    """The claims of one chapter, in the order the chapter makes them.

    Parameters
    ----------
    chapter : str
        The chapter's file name without ``.ipynb`` (``"01-standard-tunnelling-model"``);
        the ledger reader checks that it matches the notebook that carries it.
    """

    def __init__(self, chapter: str) -> None:
        self.chapter = chapter
        self._claims: dict[str, Claim] = {}

    def add(self, claim: Claim) -> Claim:
        """Record a :class:`Claim`; returns it, so that a cell can show its verdict.

        Raises
        ------
        ValueError
            If a claim of the same id was recorded already.
        """
        if claim.id in self._claims:
            raise ValueError(f"claim {claim.id!r} recorded twice in chapter {self.chapter!r}")
        self._claims[claim.id] = claim
        return claim

    def record(self, id: str, *, paper: str, where: str, quantity: str, paper_value: Any,
               our_value: Any, rel_tol: float, kind: str, note: str = "") -> Claim:
        """Make and record a claim (the fields of :class:`Claim`); returns it."""
        return self.add(Claim(id=id, paper=paper, where=where, quantity=quantity, paper_value=paper_value,
                              our_value=our_value, rel_tol=rel_tol, kind=kind, note=note))

    def identity(self, id: str, *, paper: str, where: str, quantity: str, paper_value: Any,
                 our_value: Any, kind: str = "derived", note: str = "") -> Claim:
        """Record that a derived expression equals the paper's printed one (``rel_tol = 0``)."""
        return self.record(id, paper=paper, where=where, quantity=quantity, paper_value=paper_value,
                           our_value=our_value, rel_tol=0.0, kind=kind, note=note)

    def __getitem__(self, id: str) -> Claim:
        return self._claims[id]

    def __iter__(self) -> Iterator[Claim]:
        return iter(self._claims.values())

    def __len__(self) -> int:
        return len(self._claims)

    def records(self) -> list[dict]:
        """Every claim as a record (the ten JSON fields, the chapter, the LaTeX of symbolic values)."""
        return [c.to_record(self.chapter) for c in self]

    def summary(self) -> dict[str, int]:
        """Verdict counts of the tests, and the consistency checks apart."""
        return summary(self.records())

    def summary_text(self) -> str:
        """The one-line summary of :meth:`summary`."""
        return summary_text(self.records())

    def __repr__(self) -> str:
        return text_table(self.records())

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, Any]:
        records = self.records()
        return {
            "text/plain": text_table(records),
            "text/html": html_table(records),
            MIME: {"chapter": self.chapter, "claims": records},
        }
