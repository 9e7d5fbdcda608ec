"""The claims ledger: verdict rules, kinds, the chapter-side Ledger, and the reader of the
committed chapters (which is what `python -m glasslib.claims` and the ledger page show)."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
import sympy as sp

from glasslib.claims import (FIELDS, KINDS, MIME, PAPERS, Claim, Ledger, compare_records, read_all,
                             read_chapter, summary, text_table)

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "chapters").glob("*.ipynb"))


def make(paper_value, our_value, rel_tol=0.01, kind="recomputed"):
    return Claim(id="STM-X", paper="STM", where="Eq. (0)", quantity="q", paper_value=paper_value,
                 our_value=our_value, rel_tol=rel_tol, kind=kind)


@pytest.mark.parametrize("paper, ours, tol, verdict", [
    (2.9, 2.9, 0.017, "reproduces"),
    (2.9, 2.94, 0.017, "reproduces"),
    (2.9, 2.98, 0.017, "ambiguous"),
    (2.9, 3.1, 0.017, "differs"),
    (2.9, -2.9, 0.5, "differs"),
    (1e-4, 3e-4, 2.0, "reproduces"),     # "~" claims: within a factor 3
    (1e-4, 0.34e-4, 2.0, "reproduces"),
    (1e-4, 2e-5, 2.0, "ambiguous"),
    (0.0, 1e-13, 1e-12, "reproduces"),
    ((2e-4, 5e-4), 3e-4, 0.0, "reproduces"),
    ((2e-4, 5e-4), 6.5e-4, 0.1, "differs"),
    ((2e-4, 5e-4), 5.75e-4, 0.1, "ambiguous"),
])
def test_numeric_verdicts(paper, ours, tol, verdict):
    assert make(paper, ours, tol).verdict == verdict


def test_symbolic_verdicts():
    x = sp.Symbol("x", positive=True)
    assert make(sp.sin(x) ** 2 + sp.cos(x) ** 2, sp.Integer(1), 0).verdict == "reproduces"
    assert make("pi*C/2", "C*pi/2", 0).verdict == "reproduces"
    assert make("pi*C/2", "pi*C/4", 0).verdict == "differs"
    # E, I, N, gamma are physics symbols, not SymPy constants
    assert make("E*I*N*gamma", "gamma*N*I*E", 0).verdict == "reproduces"


def test_bad_claims_are_rejected():
    with pytest.raises(ValueError, match="unknown paper"):
        Claim(id="X-1", paper="nope", where="", quantity="", paper_value=1.0, our_value=1.0, rel_tol=0.1,
              kind="recomputed")
    with pytest.raises(ValueError, match="rel_tol"):
        make(1.0, 1.0, -0.1)
    with pytest.raises(ValueError, match="kind"):
        make(1.0, 1.0, 0.1, kind="checked")
    with pytest.raises(ValueError, match="must start with its paper key"):
        Claim(id="CY2020-x", paper="STM", where="", quantity="", paper_value=1.0, our_value=1.0, rel_tol=0.1,
              kind="recomputed")


def test_edge_cases_of_the_verdict():
    # a number written as a string is a number, compared with the tolerance
    assert make("0.001", 0.00100001, 0.1).verdict == "reproduces"
    # symbols with the same name are the same quantity, whatever their assumptions
    kB, T = sp.symbols("k_B T", positive=True)
    assert make("k_B*T", kB * T, 0).verdict == "reproduces"
    # a complex result is not the paper's real number
    assert make(1.0, complex(1.0, 1.0), 0.1).verdict == "differs"


def test_ledger_records_shows_and_refuses_duplicates():
    ledger = Ledger("99-test")
    x = sp.Symbol("x", positive=True)
    c = ledger.identity("STM-a", paper="STM", where="Eq. (1)", quantity="q", paper_value=x / 2, our_value=x * 0.5)
    assert c.verdict == "reproduces" and c.kind == "derived"
    ledger.record("STM-b", paper="STM", where="Eq. (2)", quantity="n", paper_value=2.9, our_value=3.5,
                  rel_tol=0.02, kind="recomputed")
    ledger.record("STM-c", paper="STM", where="Eq. (3)", quantity="n", paper_value=1.0, our_value=1.0,
                  rel_tol=0.0, kind="consistency")
    with pytest.raises(ValueError, match="recorded twice"):
        ledger.record("STM-b", paper="STM", where="", quantity="", paper_value=1.0, our_value=1.0,
                      rel_tol=0.0, kind="recomputed")
    bundle = ledger._repr_mimebundle_()
    assert set(bundle) == {"text/plain", "text/html", MIME}
    records = bundle[MIME]["claims"]
    assert [r["id"] for r in records] == ["STM-a", "STM-b", "STM-c"]
    assert records[0]["paper_tex"] == r"\frac{x}{2}" and records[1]["paper_tex"] is None
    s = summary(records)
    # the consistency check is counted apart from the tests
    assert (s["reproduces"], s["differs"], s["consistency"], s["total"]) == (1, 1, 1, 3)
    # every claim is in the text and the HTML table, none cut off
    for r in records:
        assert r["id"] in bundle["text/plain"] and r["id"] in bundle["text/html"]
    assert r"\(\frac{x}{2}\)</span>" in bundle["text/html"]
    assert "1 consistency checks" in text_table(records)


def test_compare_records_names_the_claim_and_field_that_drifted():
    a = make(2.9, 2.9).to_record("ch")
    b = dict(a, our_value=2.9 * (1 + 1e-12))
    assert compare_records([a], [b]) == []
    c = dict(a, our_value=3.0, verdict="ambiguous")
    problems = compare_records([a], [c])
    assert any("'STM-X': our_value" in p for p in problems)
    assert any("'STM-X': verdict" in p for p in problems)
    assert compare_records([a], []) == ["claim 'STM-X' is in the committed notebook but no longer recorded"]
    d = dict(a, rel_tol=0.5)
    assert any("rel_tol" in p for p in compare_records([a], [d]))


def test_nbval_hook_fails_with_the_names_of_drifted_claims():
    spec = importlib.util.spec_from_file_location("chapters_conftest", ROOT / "chapters" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from nbval.plugin import IPyNbCell

    a = make(2.9, 2.9).to_record("ch")
    ref = [{"output_type": "execute_result", "data": {MIME: {"chapter": "ch", "claims": [a]}, "text/plain": "t"}}]
    test = [{"output_type": "execute_result",
             "data": {MIME: {"chapter": "ch", "claims": [dict(a, our_value=3.5)]}, "text/plain": "t"}}]

    class Cell:                                     # the bits of IPyNbCell that the hook touches
        comparison_traceback = []
    cell = Cell()
    assert IPyNbCell.compare_outputs(cell, test, ref) is False
    assert any("'STM-X': our_value" in line for line in cell.comparison_traceback)


# --- the committed chapters -------------------------------------------------------------------

def test_every_chapter_carries_its_claims():
    for path in CHAPTERS:
        assert read_chapter(path), f"{path.name} records no claims"


def test_committed_claims_are_well_formed():
    rows = read_all()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["id"].startswith(r["paper"] + "-"), r["id"]
        assert r["paper"] in PAPERS and r["kind"] in KINDS
        assert r["verdict"] in {"reproduces", "ambiguous", "differs"}


def test_committed_verdicts_follow_from_the_committed_values():
    """The stored verdict is the one the rules give for the stored values (numbers only:
    identities are re-proved when nbval re-executes the chapter)."""
    for r in read_all():
        if isinstance(r["paper_value"], str) or isinstance(r["our_value"], str):
            continue
        pv = tuple(r["paper_value"]) if isinstance(r["paper_value"], list) else r["paper_value"]
        again = Claim(id=r["id"], paper=r["paper"], where=r["where"], quantity=r["quantity"], paper_value=pv,
                      our_value=r["our_value"], rel_tol=r["rel_tol"], kind=r["kind"])
        assert again.verdict == r["verdict"], r["id"]


def test_json_command_prints_every_claim_with_exact_fields():
    out = subprocess.run([sys.executable, "-m", "glasslib.claims", "--json"], check=True,
                         capture_output=True, text=True).stdout
    rows = json.loads(out)
    assert len(rows) == len(read_all())
    for row in rows:
        assert tuple(row) == FIELDS


def test_text_command_filters():
    out = subprocess.run([sys.executable, "-m", "glasslib.claims", "--paper", "STM", "--verdict", "reproduces"],
                         check=True, capture_output=True, text=True).stdout
    assert "STM-kappa" in out and "CY2020-" not in out
