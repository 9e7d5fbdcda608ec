"""glasslib.notebooks beyond the hash: what stage() executes, deletes and reports, what timings()
measures, and the command line (issue 17). The kernel is replaced by a stand-in that writes the
executed copy the way execute() does, so these tests check the bookkeeping, not Jupyter."""
import json
import subprocess

import nbformat
import pytest

from glasslib import notebooks


@pytest.fixture
def tree(tmp_path):
    """A miniature checkout: three chapters, a glasslib file, a data file, requirements."""
    for folder in ("chapters", "glasslib", "data"):
        (tmp_path / folder).mkdir()
    (tmp_path / "glasslib" / "physics.py").write_text("C = 3e-4\n")
    (tmp_path / "data" / "table.csv").write_text("material,rho_kg_m3\nSiO2,2200\n")
    (tmp_path / "requirements.txt").write_text("numpy==2.4.6\n")
    for name in ("01-a.ipynb", "02-b.ipynb", "03-c.ipynb"):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(f"print({name[:2]!r})")]
        nbformat.write(nb, tmp_path / "chapters" / name)
    (tmp_path / "chapters" / "README.ipynb").write_text("{}")     # not a chapter: no NN- prefix
    return tmp_path


def fake_execute(calls, fail=()):
    """Stands in for execute(): records the call, writes the copy with its input hash, or raises."""
    def run(path, out_path=None, *, parameters=None, timeout=300, root=notebooks.ROOT):
        calls.append(path.name)
        if path.name in fail:
            raise RuntimeError("Traceback ...\nZeroDivisionError: division by zero")
        nb = json.loads(path.read_text())
        nb["metadata"][notebooks.HASH_KEY] = notebooks.input_hash(path, root)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(nb))
        return 1.5
    return run


def test_chapter_paths_are_the_numbered_notebooks_in_order(tree):
    assert [p.name for p in notebooks.chapter_paths(tree)] == ["01-a.ipynb", "02-b.ipynb", "03-c.ipynb"]


def test_stage_executes_exactly_the_stale_chapters_and_drops_removed_ones(tree, monkeypatch):
    calls, log = [], []
    monkeypatch.setattr(notebooks, "execute", fake_execute(calls))
    dest = tree / "_build" / "executed"
    done = notebooks.stage(dest, jobs=2, root=tree, log=log.append)
    assert sorted(calls) == ["01-a.ipynb", "02-b.ipynb", "03-c.ipynb"]
    assert done == {"01-a.ipynb": 1.5, "02-b.ipynb": 1.5, "03-c.ipynb": 1.5}
    # a second build with nothing changed executes nothing and says so, chapter by chapter
    calls.clear(), log.clear()
    assert notebooks.stage(dest, root=tree, log=log.append) == {}
    assert calls == [] and log == [f"up to date  {n}" for n in ("01-a.ipynb", "02-b.ipynb", "03-c.ipynb")]
    # a code edit in one chapter, and a chapter removed from the book
    nb = nbformat.read(tree / "chapters" / "02-b.ipynb", as_version=4)
    nb.cells[0].source = "print('changed')"
    nbformat.write(nb, tree / "chapters" / "02-b.ipynb")
    (tree / "chapters" / "03-c.ipynb").unlink()
    calls.clear()
    assert notebooks.stage(dest, root=tree, log=log.append) == {"02-b.ipynb": 1.5}
    assert calls == ["02-b.ipynb"]
    assert sorted(p.name for p in dest.glob("*.ipynb")) == ["01-a.ipynb", "02-b.ipynb"]


def test_stage_execute_all_executes_every_chapter_even_when_up_to_date(tree, monkeypatch):
    calls = []
    monkeypatch.setattr(notebooks, "execute", fake_execute(calls))
    dest = tree / "_build" / "executed"
    notebooks.stage(dest, root=tree, log=lambda m: None)
    calls.clear()
    assert notebooks.stage(dest, root=tree, log=lambda m: None) == {}             # up to date: nothing
    done = notebooks.stage(dest, root=tree, log=lambda m: None, execute_all=True)  # make book FRESH=1
    assert sorted(calls) == ["01-a.ipynb", "02-b.ipynb", "03-c.ipynb"] and len(done) == 3


def test_stage_reports_every_failing_chapter_and_leaves_no_stale_copy(tree, monkeypatch):
    calls, log = [], []
    monkeypatch.setattr(notebooks, "execute", fake_execute(calls, fail=("01-a.ipynb", "03-c.ipynb")))
    dest = tree / "executed"
    with pytest.raises(RuntimeError) as err:
        notebooks.stage(dest, jobs=1, root=tree, log=log.append)
    msg = str(err.value)
    assert "01-a.ipynb: ZeroDivisionError: division by zero" in msg and "03-c.ipynb" in msg
    assert "02-b.ipynb" not in msg
    assert sorted(calls) == ["01-a.ipynb", "02-b.ipynb", "03-c.ipynb"]     # the first failure stops nothing
    assert [p.name for p in dest.glob("*.ipynb")] == ["02-b.ipynb"]
    assert sum(line.startswith("FAILED") for line in log) == 2
    # the failed chapters are still stale, the good one is not
    assert [p.name for p in notebooks.stale(dest, tree)] == ["01-a.ipynb", "03-c.ipynb"]


def test_timings_measures_each_chapter_and_each_command(tree, monkeypatch):
    calls, ran, log = [], [], []
    monkeypatch.setattr(notebooks, "execute", fake_execute(calls))

    def fake_run(cmd, cwd=None, capture_output=False, text=False):
        ran.append(cmd if cmd[0] == "make" else cmd[-1])
        return subprocess.CompletedProcess(cmd, 1 if cmd[-1] == "test" else 0)

    monkeypatch.setattr(subprocess, "run", fake_run)
    (tree / "_build").mkdir()
    (tree / "_build" / "stale.txt").write_text("x")
    out = notebooks.timings(tree, log=log.append)
    assert list(out) == ["execute 01-a", "execute 02-b", "execute 03-c", "python -m glasslib.claims",
                         "make test", "make book (cold: a fresh _build)", "make book (warm, nothing changed)",
                         "make book FRESH=1 (every chapter executed, as after a change to glasslib)"]
    assert out["execute 02-b"] == 1.5 and all(v >= 0 for v in out.values())
    assert ran == ["glasslib.claims", ["make", "test"], ["make", "book"], ["make", "book"], ["make", "book", "FRESH=1"]]
    assert not (tree / "_build").exists()                               # the cold build starts from nothing
    assert [line for line in log if "(exit" in line] == [line for line in log if "make test" in line]


def test_command_line_dispatch(tree, monkeypatch, capsys):
    seen = {}
    monkeypatch.setattr(notebooks, "timings", lambda: seen.setdefault("timings", True))
    monkeypatch.setattr(notebooks, "execute", lambda path: 2.0)
    monkeypatch.setattr(notebooks, "execute_page", lambda source, out: seen.setdefault("page", (source.name, out.name)) and 1.0)

    def fake_stage(dest, jobs, log, execute_all):
        seen["stage"] = (dest.name, jobs, execute_all)
        if dest.name == "bad":
            raise RuntimeError("chapters that failed to execute: 01-a.ipynb: boom")
        log("up to date  01-a.ipynb")
        return {}

    monkeypatch.setattr(notebooks, "stage", fake_stage)
    assert notebooks._main(["timings"]) == 0 and seen["timings"]
    assert notebooks._main(["stage", str(tree / "out"), "--jobs", "3"]) == 0 and seen["stage"] == ("out", 3, False)
    assert notebooks._main(["stage", str(tree / "out"), "--all"]) == 0 and seen["stage"] == ("out", 2, True)
    assert notebooks._main(["stage", str(tree / "bad")]) == 1
    assert notebooks._main(["execute", str(tree / "chapters" / "01-a.ipynb")]) == 0
    assert notebooks._main(["page", "book/ledger.md", str(tree / "pages" / "ledger.ipynb")]) == 0
    assert seen["page"] == ("ledger.md", "ledger.ipynb")
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["up to date  01-a.ipynb", "up to date  01-a.ipynb", "error: chapters that failed to execute: 01-a.ipynb: boom",
                       "executed    01-a.ipynb in 2.0 s", "executed    book/ledger.md in 1.0 s"]


def test_execute_in_place_records_the_input_hash_that_stale_compares(tree):
    """`make execute`: a chapter executed in place carries the hash of its inputs, so a copy of it
    is up to date for stage(); markdown cells pass through untouched; no timing metadata is kept."""
    path = tree / "chapters" / "01-a.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells.insert(0, nbformat.v4.new_markdown_cell("# Chapter A"))
    nbformat.write(nb, path)
    seconds = notebooks.execute(path, root=tree)
    assert seconds > 0
    done = nbformat.read(path, as_version=4)
    assert done.metadata[notebooks.HASH_KEY] == notebooks.input_hash(path, tree)
    assert done.cells[0].source == "# Chapter A" and "outputs" not in done.cells[0]
    assert done.cells[1].outputs[0].text == "01\n" and "execution" not in done.cells[1].metadata
    dest = tree / "executed"
    dest.mkdir()
    (dest / "01-a.ipynb").write_text(path.read_text())
    assert "01-a.ipynb" not in [p.name for p in notebooks.stale(dest, tree)]
