"""Read the claims that executed chapters carry in their committed outputs (no SymPy).

This is the ledger's single source of truth: a chapter records its claims where it makes
them (:class:`glasslib.claims.Ledger`), its last cell carries them under
:data:`~glasslib.claims.MIME`, and everything else (the command line, the book's ledger
page, the tests) reads them from the notebooks without evaluating anything.
"""
from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Iterable

from .papers import FIELDS, MIME, PAPERS

__all__ = ["chapters_dir", "read_chapter", "read_all", "compare_records"]


def chapters_dir() -> Path:
    """The ``chapters/`` folder of the checkout (or ``$GLASS_TLS_CHAPTERS``)."""
    env = os.environ.get("GLASS_TLS_CHAPTERS")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "chapters"
    if not path.is_dir():
        raise FileNotFoundError(f"no chapters folder at {path}; run from a checkout of glass-tls "
                                "or set GLASS_TLS_CHAPTERS")
    return path


def payloads_of(notebook: dict) -> list[dict]:
    """The claims payloads in a notebook's stored outputs, in cell order."""
    found = []
    for cell in notebook.get("cells", []):
        for out in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            data = out.get("data", {})
            if MIME in data:
                found.append(data[MIME])
    return found


def read_chapter(path: Path) -> list[dict]:
    """The claim records carried by one executed chapter.

    Raises
    ------
    ValueError
        If a payload names another chapter, or a record lacks a field or names an unknown paper.
    """
    path = Path(path)
    nb = json.loads(path.read_text(encoding="utf-8"))
    records = []
    for payload in payloads_of(nb):
        if payload.get("chapter") != path.stem:
            raise ValueError(f"{path.name}: its claims say they belong to chapter "
                             f"{payload.get('chapter')!r}, not {path.stem!r}")
        for r in payload["claims"]:
            missing = [f for f in FIELDS if f not in r]
            if missing:
                raise ValueError(f"{path.name}: claim {r.get('id')!r} lacks the fields {missing}")
            if r["paper"] not in PAPERS:
                raise ValueError(f"{path.name}: claim {r['id']!r} names an unknown paper {r['paper']!r}")
            records.append(r)
    return records


def read_all(folder: Path | None = None) -> list[dict]:
    """Every claim of every chapter, chapters in file order.

    Raises
    ------
    ValueError
        If two chapters, or one chapter twice, record the same claim id.
    """
    folder = chapters_dir() if folder is None else Path(folder)
    out: list[dict] = []
    where: dict[str, str] = {}
    for path in sorted(folder.glob("*.ipynb")):
        for r in read_chapter(path):
            if r["id"] in where:
                raise ValueError(f"claim {r['id']!r} is recorded in {where[r['id']]} and in {path.name}")
            where[r["id"]] = path.name
            out.append(r)
    return out


def _same(a, b, rel: float) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) and math.isnan(b):
            return True
        return a == b or abs(a - b) <= rel * max(abs(a), abs(b))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y, rel) for x, y in zip(a, b))
    return a == b


def compare_records(reference: Iterable[dict], current: Iterable[dict], *, rel: float = 1e-9) -> list[str]:
    """What differs between two lists of claim records, one line per claim and field.

    Every field of :data:`~glasslib.claims.FIELDS` is compared, floats to ``rel``;
    a claim present in one list only is reported too. An empty list means they agree.
    """
    ref = {r["id"]: r for r in reference}
    cur = {r["id"]: r for r in current}
    problems = [f"claim {i!r} is in the committed notebook but no longer recorded" for i in ref if i not in cur]
    problems += [f"claim {i!r} is recorded now but not in the committed notebook" for i in cur if i not in ref]
    for i in ref:
        if i not in cur:
            continue
        for f in FIELDS:
            if not _same(ref[i][f], cur[i][f], rel):
                problems.append(f"claim {i!r}: {f} was {ref[i][f]!r}, is now {cur[i][f]!r}")
    return problems
