"""The claims ledger: verdict rules, the JSON command, and the regression snapshot."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import sympy as sp

from glasslib.claims import Claim, all_claims, claims_frame, summary

SNAPSHOT = Path(__file__).with_name("claims_snapshot.json")
FIELDS = ["id", "paper", "where", "quantity", "paper_value", "our_value", "rel_tol", "verdict", "note"]


def make(paper_value, our_value, rel_tol=0.01):
    return Claim(id="X", paper="STM", where="Eq. (0)", quantity="q", paper_value=paper_value,
                 our_value=our_value, rel_tol=rel_tol)


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
        Claim(id="X", paper="nope", where="", quantity="", paper_value=1.0, our_value=1.0, rel_tol=0.1)
    with pytest.raises(ValueError, match="rel_tol"):
        make(1.0, 1.0, -0.1)


def test_ids_unique_and_prefixed_by_paper():
    claims = all_claims()
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids))
    for c in claims:
        assert c.id.startswith(c.paper + "-"), c.id


def test_json_command_prints_every_claim_with_exact_fields():
    out = subprocess.run([sys.executable, "-m", "glasslib.claims", "--json"], check=True,
                         capture_output=True, text=True).stdout
    rows = json.loads(out)
    assert len(rows) == len(all_claims())
    for row in rows:
        assert list(row) == FIELDS
        assert row["verdict"] in {"reproduces", "ambiguous", "differs"}


def test_verdicts_match_the_committed_snapshot():
    """A verdict that changes, either way, is a regression to look at; refresh the
    snapshot deliberately with `python -m glasslib.claims --write-snapshot tests/claims_snapshot.json`."""
    snapshot = json.loads(SNAPSHOT.read_text())
    current = {c.id: c.verdict for c in all_claims()}
    assert sorted(set(current) - set(snapshot)) == [], "claims missing from the snapshot"
    assert sorted(set(snapshot) - set(current)) == [], "claims in the snapshot no longer exist"
    changed = {k: (snapshot[k], v) for k, v in current.items() if snapshot[k] != v}
    assert changed == {}


def test_frames_and_summary():
    frame = claims_frame(module="standard_model")
    assert list(frame.columns) == ["where", "quantity", "paper", "ours", "rel_tol", "verdict", "note"]
    s = summary()
    assert s["total"] == sum(s[v] for v in ("reproduces", "ambiguous", "differs"))


def test_edge_cases_of_the_verdict():
    # a number written as a string is a number, compared with the tolerance
    assert make("0.001", 0.00100001, 0.1).verdict == "reproduces"
    # symbols with the same name are the same quantity, whatever their assumptions
    kB, T = sp.symbols("k_B T", positive=True)
    assert make("k_B*T", kB * T, 0).verdict == "reproduces"
    # a complex result is not the paper's real number
    assert make(1.0, complex(1.0, 1.0), 0.1).verdict == "differs"
