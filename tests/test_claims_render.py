"""The claims ledger beyond tests/test_claims.py (issue 17): the verdict at its edges, the JSON and
text forms of a value, the HTML a reader sees, the reader of notebooks and its refusals, and the
command line run in-process on a folder of synthetic chapters."""
import json
import math

import nbformat
import pytest
import sympy as sp

from glasslib.claims import MIME, Claim, Ledger, compare_records, read_all, read_chapter, text_table
from glasslib.claims import __main__ as cli
from glasslib.claims import render, store
from glasslib.claims.record import to_expr, to_latex


def make(paper_value, our_value, rel_tol=0.01, kind="recomputed", id="STM-X", paper="STM"):
    return Claim(id=id, paper=paper, where="Eq. (0)", quantity="q", paper_value=paper_value,
                 our_value=our_value, rel_tol=rel_tol, kind=kind)


# --- record.py --------------------------------------------------------------------------------

@pytest.mark.parametrize("paper, ours, tol, verdict", [
    (0.0, 1.5e-12, 1e-12, "ambiguous"),      # a zero paper value: absolute bands tol and 2 tol
    (0.0, 2.5e-12, 1e-12, "differs"),
    (0.0, -0.5e-12, 1e-12, "reproduces"),
    (math.inf, 1.0, 0.1, "differs"),          # not finite: never reproduces
    (1.0, math.nan, 0.1, "differs"),
    (1.0, 0.0, 0.1, "differs"),               # a zero against a non-zero printed number
    (1.0, 1.1, 0.1, "reproduces"),            # |ln 1.1| = ln(1 + 0.1): the edge is inside
    (1.0, 1 / 1.1, 0.1, "reproduces"),        # symmetric in the ratio
    (1.0, 1.2, 0.1, "ambiguous"),             # ln 1.2 = ln(1 + 2·0.1): the outer edge
    (1.0, 1.21, 0.1, "differs"),
])
def test_numeric_verdict_edges(paper, ours, tol, verdict):
    assert make(paper, ours, tol).verdict == verdict


def test_symbolic_verdict_that_sympy_cannot_prove_is_ambiguous():
    x = sp.Symbol("x", positive=True)
    # W(x) e^{W(x)} = x holds (the definition of Lambert's W) but simplify does not reduce it
    assert make(sp.LambertW(x) * sp.exp(sp.LambertW(x)), x, 0, kind="derived").verdict == "ambiguous"
    # Bessel recurrence J_{ν+1}(2) + J_{ν−1}(2) = ν J_ν(2): proven
    assert make(sp.besselj(x + 1, 2) + sp.besselj(x - 1, 2), x * sp.besselj(x, 2), 0,
                kind="derived").verdict == "reproduces"
    # a difference that cannot be evaluated at all is not a reproduction
    assert make(sp.Function("f")(x), sp.Function("g")(x), 0, kind="derived").verdict == "differs"


def test_a_range_needs_two_ends():
    with pytest.raises(ValueError, match=r"\(low, high\)"):
        make((1.0, 2.0, 3.0), 1.5)
    assert make([5e-4, 2e-4], 3e-4, 0.0).verdict == "reproduces"      # ends in either order


def test_values_as_json_latex_and_text():
    x = sp.Symbol("x")
    assert to_expr(3) == sp.Integer(3) and to_expr(x) is x
    d = make((2e-4, 5e-4), 3e-4, 0.0).to_dict()
    assert d["paper_value"] == [2e-4, 5e-4] and isinstance(d["our_value"], float)
    d = make("0.25", sp.Rational(1, 4), 0.0).to_dict()
    assert d["paper_value"] == 0.25 and d["our_value"] == 0.25 and d["verdict"] == "reproduces"
    d = make("pi*C/2", "C*pi/2", 0, kind="derived").to_dict()
    assert d["paper_value"] == "pi*C/2" and d["our_value"] == "C*pi/2"
    assert to_latex(2.5) is None and to_latex((1.0, 2.0)) is None and to_latex("x/2") == r"\frac{x}{2}"
    assert repr(make(2.9, 2.94, 0.017)) == "reproduces: STM-X [recomputed] paper 2.9, ours 2.94, rel_tol 0.017"
    assert repr(make((2e-4, 5e-4), 6.5e-4, 0.1)) == ("differs: STM-X [recomputed] paper [0.0002, 0.0005], "
                                                      "ours 0.00065, rel_tol 0.1")
    assert repr(make("pi*C/2", "pi*C/4", 0, kind="derived")).startswith("differs: STM-X [derived] paper pi*C/2")
    html = make(2.9, 3.5, 0.02)._repr_html_()
    assert "✘ <strong>differs</strong>" in html and "<code>STM-X</code>" in html and "paper 2.9, ours 3.5" in html


# --- render.py --------------------------------------------------------------------------------

def test_format_value():
    assert render.format_value(None) == "None" and render.format_value(True) == "True"
    assert render.format_value(12345) == "1.234e+04" and render.format_value(0.000123456) == "0.0001235"
    assert render.format_value((1, 2.5)) == "[1, 2.5]"
    assert render.format_value("a<b") == "a<b" and render.format_value("a<b", html_math=True) == "a&lt;b"
    assert render.format_value("x/2", r"\frac{x}{2}", html_math=True) == (
        '<span class="math notranslate nohighlight">\\(\\frac{x}{2}\\)</span>')
    assert render.format_value("x/2", r"\frac{x}{2}") == "x/2"        # text tables show the SymPy string


def records_of_a_chapter(chapter="05-x"):
    ledger = Ledger(chapter)
    ledger.record("LW2008-a", paper="LW2008", where="Eq. (1)", quantity="q", paper_value=1.0, our_value=1.0,
                  rel_tol=0.01, kind="recomputed")
    ledger.record("LW2008-b", paper="LW2008", where="Eq. (2)", quantity="q", paper_value=1.0, our_value=1.5,
                  rel_tol=0.01, kind="derived")
    ledger.record("CY2020-c", paper="CY2020", where="Table I", quantity="C", paper_value=2.0, our_value=2.03,
                  rel_tol=0.01, kind="recomputed")
    ledger.record("CY2020-d", paper="CY2020", where="Sec. 2", quantity="same", paper_value=1.0, our_value=2.0,
                  rel_tol=0.01, kind="consistency")
    return ledger


def test_summary_text_counts_and_a_failing_consistency_check():
    records = records_of_a_chapter().records()
    assert render.summary_text(records) == (
        "4 claims: 3 tests (1 derived, 2 recomputed): 1 reproduce, 1 ambiguous, 1 differ; "
        "1 consistency checks (cannot fail by construction), 1 of which do not hold")
    assert render.summary_html(records[:1]).startswith("<p><strong>1 claims: 1 tests")
    assert text_table([]) == "no claims"


def test_html_table_with_chapter_links_and_summary_table():
    records = records_of_a_chapter("05-lubchenko-wolynes-ii").records()
    page = render.html_table(records, show_chapter=True)
    assert "<th>chapter</th>" in page and page.index("<th>chapter</th>") > page.index("<th>where</th>")
    assert ('<a href="../chapters/05-lubchenko-wolynes-ii.html" title="05-lubchenko-wolynes-ii">5</a>'
            in page)
    assert page.count("<tr data-paper=") == 4 and "4 of 4 claims shown" in page
    assert "<th>chapter</th>" not in render.html_table(records)
    table = render.summary_table_html(records)
    rows = table.split("<tr>")[2:]                     # after the header
    cells = [r.split("</td>")[:-1] for r in rows]
    as_ints = [[c.replace("<td>", "") for c in row] for row in cells]
    # CY2020 is listed before LW2008 (the order of PAPERS), then the total
    assert as_ints[0][0].startswith("Carruzzo") and as_ints[1][0].startswith("Lubchenko")
    assert as_ints[0][1:] == ["1", "0", "1", "0", "1", "2"]   # tests, reproduce, ambiguous, differ, consistency, total
    assert as_ints[1][1:] == ["2", "1", "0", "1", "0", "2"]
    assert as_ints[2] == ["All papers", "3", "1", "1", "1", "1", "4"]


# --- ledger.py --------------------------------------------------------------------------------

def test_ledger_lookup_iteration_and_text():
    ledger = records_of_a_chapter()
    assert len(ledger) == 4 and [c.id for c in ledger] == ["LW2008-a", "LW2008-b", "CY2020-c", "CY2020-d"]
    assert ledger["CY2020-c"].verdict == "ambiguous"          # 1.5 % off with a 1 % tolerance
    assert ledger.summary()["consistency_failing"] == 1 and ledger.summary()["total"] == 4
    assert ledger.summary_text() == render.summary_text(ledger.records())
    assert repr(ledger).splitlines()[0] == ledger.summary_text()
    assert all(r["chapter"] == "05-x" for r in ledger.records())


# --- store.py and the command line ------------------------------------------------------------

def write_chapter(folder, name, records, chapter=None):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("ledger")
    cell.outputs = [nbformat.v4.new_output("execute_result", data={
        "text/plain": "t", MIME: {"chapter": chapter or name, "claims": records}}, execution_count=1)]
    nb.cells = [nbformat.v4.new_markdown_cell("# x"), cell]
    nbformat.write(nb, folder / f"{name}.ipynb")


@pytest.fixture
def folder(tmp_path):
    write_chapter(tmp_path, "05-x", records_of_a_chapter("05-x").records())
    ledger = Ledger("06-y")
    ledger.record("ZL2022-ratio", paper="ZL2022", where="Eq. (3)", quantity="γ_l/γ_t", paper_value=1.6,
                  our_value=1.6, rel_tol=0.05, kind="recomputed", note="a very long note " * 5)
    write_chapter(tmp_path, "06-y", ledger.records())
    return tmp_path


def test_chapters_dir_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GLASS_TLS_CHAPTERS", str(tmp_path))
    assert store.chapters_dir() == tmp_path
    monkeypatch.setenv("GLASS_TLS_CHAPTERS", str(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError, match="GLASS_TLS_CHAPTERS"):
        store.chapters_dir()


def test_the_reader_refuses_misfiled_incomplete_or_duplicated_claims(tmp_path, folder):
    assert [r["id"] for r in read_all(folder)] == ["LW2008-a", "LW2008-b", "CY2020-c", "CY2020-d",
                                                   "ZL2022-ratio"]
    good = read_chapter(folder / "06-y.ipynb")[0]
    bad = tmp_path / "bad"
    bad.mkdir()
    write_chapter(bad, "07-z", [good], chapter="06-y")
    with pytest.raises(ValueError, match="belong to chapter '06-y', not '07-z'"):
        read_chapter(bad / "07-z.ipynb")
    write_chapter(bad, "07-z", [{k: v for k, v in good.items() if k != "kind"}])
    with pytest.raises(ValueError, match=r"lacks the fields \['kind'\]"):
        read_chapter(bad / "07-z.ipynb")
    write_chapter(bad, "07-z", [dict(good, paper="XY1999")])
    with pytest.raises(ValueError, match="unknown paper 'XY1999'"):
        read_chapter(bad / "07-z.ipynb")
    write_chapter(bad, "07-z", [good])
    write_chapter(bad, "08-w", [good])
    with pytest.raises(ValueError, match="recorded in 07-z.ipynb and in 08-w.ipynb"):
        read_all(bad)


def test_compare_records_nan_and_ranges():
    a = make(1.0, math.nan, 0.1).to_record("ch")
    assert compare_records([a], [dict(a)]) == []                     # NaN equals NaN here
    r = make((2e-4, 5e-4), 3e-4, 0.0).to_record("ch")
    assert compare_records([r], [dict(r, paper_value=[2e-4, 5e-4 * (1 + 1e-12)])]) == []
    assert any("paper_value" in p for p in compare_records([r], [dict(r, paper_value=[2e-4, 6e-4])]))
    assert any("paper_value" in p for p in compare_records([r], [dict(r, paper_value=[2e-4])]))
    assert compare_records([], [r]) == ["claim 'STM-X' is recorded now but not in the committed notebook"]


def test_command_line_json_and_filters(folder, capsys):
    assert cli.main(["--json", "--chapters", str(folder)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["LW2008-a", "LW2008-b", "CY2020-c", "CY2020-d", "ZL2022-ratio"]
    assert list(rows[0]) == ["id", "paper", "where", "quantity", "paper_value", "our_value", "rel_tol",
                             "verdict", "kind", "note"]
    cli.main(["--json", "--chapters", str(folder), "--paper", "CY2020", "--kind", "recomputed"])
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["CY2020-c"]
    cli.main(["--json", "--chapters", str(folder), "--verdict", "differs"])
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["LW2008-b", "CY2020-d"]


def test_command_line_text_table(folder, capsys):
    assert cli.main(["--chapters", str(folder), "--paper", "ZL2022"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["verdict", "kind", "id", "where", "paper", "ours"]
    assert lines[1].split() == ["reproduces", "recomputed", "ZL2022-ratio", "Eq.", "(3)", "1.6", "1.6"]
    assert lines[-1] == ("1 claims: 1 tests (0 derived, 1 recomputed): 1 reproduce, 0 ambiguous, 0 differ; "
                         "0 consistency checks (cannot fail by construction)")
    long_id = Ledger("09-v")
    long_id.record("SYN-" + "x" * 60, paper="SYN", where="a place described at great length", quantity="q",
                   paper_value=1.0, our_value=1.0, rel_tol=0.1, kind="recomputed")
    write_chapter(folder, "09-v", long_id.records())
    cli.main(["--chapters", str(folder), "--paper", "SYN"])
    row = capsys.readouterr().out.splitlines()[1]
    assert ("SYN-" + "x" * 41 + "…") in row and "a place described at great …" in row
