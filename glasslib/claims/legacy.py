"""Transitional: claims still computed in ``glasslib/claims/<paper>.py`` modules.

The book's architecture records every claim in its chapter. Until a chapter has moved
its claims onto the page, its last cell adopts them from the old module through
:func:`claims_of_module`. :func:`Claim` here fills in the kind the old modules did not
state: ``derived`` for an identity, ``recomputed`` for a number. A chapter that moves
its claims states each kind itself, and the old module is deleted.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from .record import Claim as _Claim, _is_symbolic

__all__ = ["Claim", "claims_of_module", "legacy_modules"]

_NOT_LEGACY = {"legacy", "ledger", "papers", "record", "render", "store"}


_POSITIONAL = ("id", "paper", "where", "quantity", "paper_value", "our_value", "rel_tol", "note")


def Claim(*args, **fields) -> _Claim:  # noqa: N802 (stands in for the class in the old modules)
    """A :class:`glasslib.claims.Claim` whose kind, if not given, is guessed from its values."""
    fields.update(zip(_POSITIONAL, args))
    if "kind" not in fields:
        symbolic = _is_symbolic(fields["paper_value"]) or _is_symbolic(fields["our_value"])
        fields["kind"] = "derived" if symbolic else "recomputed"
    return _Claim(**fields)


def legacy_modules() -> list[str]:
    """The old per-paper claims modules still present."""
    here = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)])
                  if not m.name.startswith("_") and m.name not in _NOT_LEGACY)


def claims_of_module(module: str) -> list[_Claim]:
    """The claims of one old module (``"carruzzo_yu"`` → ``glasslib.claims.carruzzo_yu``)."""
    if module not in legacy_modules():
        raise ValueError(f"no legacy claims module {module!r}; have {legacy_modules()}")
    return list(importlib.import_module(f"{__package__}.{module}").claims())


def claims_for(paper: str | None = None, prefix: str | None = None, *, module: str) -> list[_Claim]:
    """The claims of one old module, optionally of one paper and/or with an id prefix."""
    return [c for c in claims_of_module(module)
            if (paper is None or c.paper == paper) and (prefix is None or c.id.startswith(prefix))]


def summary(claims) -> dict[str, int]:
    """Counts of each verdict among ``claims``, and the total."""
    rows = list(claims)
    out = {v: sum(c.verdict == v for c in rows) for v in ("reproduces", "ambiguous", "differs")}
    out["total"] = len(rows)
    return out
