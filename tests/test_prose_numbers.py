"""Prose that cannot drift: every decimal number a chapter's text states is one it computes.

nbval compares code outputs, not prose. So every number with a decimal point in a chapter's
markdown (its abstract, findings and summary included) and in its figures' captions and alt
texts must appear among that chapter's own
committed outputs (printed values, tables, claims) at the precision the prose gives, or be an
input printed in ``data/``. A change in glasslib that moves a result changes the re-executed
outputs (nbval then fails until the chapter is re-executed), and after that the stale sentence
fails here. Equation, figure, section and table numbers are not quantities and are skipped.

Limits: a number is matched by value, so a stale sentence can survive if some other output of
the chapter happens to round to the same digits; numbers inside glued text (myst-nb ``glue``,
chapter 1) are taken from the computation and need no check.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "chapters").glob("[0-9][0-9]-*.ipynb"))

# A decimal number, optionally written as mantissa × 10^n in TeX or Unicode.
NUMBER = re.compile(r"(?<![\w.])(\d+\.\d+)(?:\s*(?:\\times|×)\s*10\^\{?([-−]?\d+)\}?|\s*×\s*10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?(?![\w.])")
# Equation, figure, section and table references, and parenthesised equation numbers "(2.15)".
REFERENCE = re.compile(r"(Eqs?\.|Figs?\.|Sec\.|Secs\.|Section|Table|§)\s*\(?[A-Z]?[\d.]+[a-z]?\)?"
                       r"(\s*[–-]\s*\(?[A-Z]?[\d.]+\)?)?|\([A-Z]?\d+\.\d+\)")
SUPERSCRIPT = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
FLOAT = re.compile(r"[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?")


def _values(text: str) -> set[float]:
    out = set()
    for t in FLOAT.findall(text):
        try:
            out.add(abs(float(t)))
        except ValueError:
            pass
    return out


def computed_values(nb: dict) -> set[float]:
    """Every number in the chapter's stored text outputs and claims."""
    parts = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []) if cell["cell_type"] == "code" else []:
            parts.append("".join(out.get("text", "")))
            for mime, value in out.get("data", {}).items():
                if mime in ("text/plain", "text/markdown", "text/latex"):
                    parts.append("".join(value))
                elif mime.endswith("claims+json"):
                    parts.append(json.dumps(value))
    return _values("\n".join(parts))


def data_values() -> set[float]:
    return _values("\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "data").glob("*.csv")))


def stated_numbers(nb: dict):
    """(cell index, text as stated, mantissa, decimals, power of ten) of every number in the prose."""
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "markdown":
            text = "".join(cell["source"])
        else:                                       # a figure's caption and alt text are prose too
            meta = cell.get("metadata", {}).get("mystnb", {})
            text = meta.get("figure", {}).get("caption", "") + "\n" + meta.get("image", {}).get("alt", "")
        text = REFERENCE.sub(" ", text)
        for m in NUMBER.finditer(text):
            power = m.group(2) or (m.group(3) or "").translate(SUPERSCRIPT) or "0"
            yield i, m.group(0), float(m.group(1)), len(m.group(1).split(".")[1]), int(power.replace("−", "-"))


def is_known(mantissa: float, decimals: int, power: int, values: set[float]) -> bool:
    """Some value rounds to the stated digits: as stated, as a percentage, or, for a number
    written as mantissa × 10^n, its mantissa as printed in a table in units of 10^n."""
    for v in values:
        for scale in (1.0, 100.0):
            if round(v * scale / 10.0**power, decimals) == mantissa:
                return True
        if power and round(v, decimals) == mantissa:
            return True
    return False


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_every_number_in_the_prose_is_computed_or_an_input(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    known = computed_values(nb) | data_values()
    stale = [f"cell {i}: {text!r}" for i, text, mantissa, decimals, power in stated_numbers(nb)
             if not is_known(mantissa, decimals, power, known)]
    assert not stale, (f"{path.name}: numbers in the text that the chapter does not compute (print them in the "
                       f"cell that computes them, or take them from the computation with glue): {stale}")


def test_the_check_catches_a_stale_number():
    nb = {"cells": [{"cell_type": "markdown", "source": "C is 2.94 here, and 1.62×10⁻³ there (Eq. (2.15))."},
                    {"cell_type": "code", "outputs": [{"output_type": "stream", "text": "C = 2.9401 and 0.001621"}]}]}
    known = computed_values(nb)
    assert all(is_known(m, d, p, known) for _, _, m, d, p in stated_numbers(nb))
    nb["cells"][1]["outputs"][0]["text"] = "C = 2.9 and 0.0017 and 1.7"
    known = computed_values(nb)
    assert [t for _, t, m, d, p in stated_numbers(nb) if not is_known(m, d, p, known)] == ["2.94", "1.62×10⁻³"]
