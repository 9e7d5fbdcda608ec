"""The papers, verdicts, kinds and fields of the ledger (no SymPy: the reader imports this)."""
from __future__ import annotations

#: The papers of the book: key → (short name, bibliography key in book/references.bib).
PAPERS: dict[str, tuple[str, str]] = {
    "STM": ("Standard tunnelling model (AHV 1972, Phillips 1972/1987), as quoted by Carruzzo & Yu 2020",
            "phillips1987"),
    "CY2020": ("Carruzzo & Yu, PRL 124, 075902 (2020) + Supplement", "carruzzo2020"),
    "LW2008": ("Lubchenko & Wolynes, Adv. Chem. Phys. 136, 95 (2008)", "lubchenko2008"),
    "ZL2022": ("Zhou & Leggett (2022), Meissner–Berret ratio", "zhou2022"),
    "T2022": ("Turlakov (2022), fermion (glasson) phenomenology", "turlakov2022"),
    "SYN": ("Synthesis: the four theories scored on the same glasses (chapter 9)", ""),
}

#: The three verdicts, in the order tables list them.
VERDICTS: tuple[str, ...] = ("reproduces", "ambiguous", "differs")

#: What kind of check a claim is. ``consistency`` checks cannot fail by construction
#: and are counted apart from the reproductions.
KINDS: tuple[str, ...] = ("derived", "recomputed", "consistency")

#: The fields of ``python -m glasslib.claims --json``, in order.
FIELDS: tuple[str, ...] = ("id", "paper", "where", "quantity", "paper_value", "our_value", "rel_tol",
                           "verdict", "kind", "note")

#: The MIME type under which an executed chapter carries its claims in its committed output.
MIME = "application/vnd.glass-tls.claims+json"
