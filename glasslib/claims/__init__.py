"""The claims ledger (floor 5): every number and identity of a paper that the book checks.

A chapter records each claim where it derives or computes it (:class:`Ledger`), and
carries them all in the committed output of its last cell; :mod:`glasslib.claims.store`
reads them back from the notebooks without evaluating anything::

    python -m glasslib.claims            # a readable list with totals
    python -m glasslib.claims --json     # every claim with the ten fields of FIELDS

Every claim has a computed verdict (*reproduces*, *ambiguous*, *differs*; the rules are
in :mod:`glasslib.claims.record`) and a *kind*: ``derived``, ``recomputed``, or
``consistency`` for a check that cannot fail by construction. Totals count the
consistency checks apart from the reproductions.

:class:`Claim` and :class:`Ledger` need SymPy and are imported on first use, so that the
reader (``store``) and the command line stay fast.
"""
from __future__ import annotations

from .papers import FIELDS, KINDS, MIME, PAPERS, VERDICTS
from .render import html_table, summary, summary_text, text_table
from .store import chapters_dir, compare_records, read_all, read_chapter

__all__ = ["Claim", "Ledger", "to_expr", "FIELDS", "KINDS", "MIME", "PAPERS", "VERDICTS", "chapters_dir",
           "compare_records", "html_table", "read_all", "read_chapter", "summary", "summary_text",
           "text_table"]

_LAZY = {"Claim": "record", "to_expr": "record", "to_latex": "record", "Ledger": "ledger"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
