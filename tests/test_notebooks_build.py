"""The incremental book build: a chapter is re-executed exactly when one of its inputs changed."""
import json
import shutil
from pathlib import Path

import nbformat
import pytest

from glasslib import notebooks

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tree(tmp_path):
    """A miniature checkout: two chapters, a glasslib file, a data file, requirements."""
    (tmp_path / "chapters").mkdir()
    (tmp_path / "glasslib").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "glasslib" / "physics.py").write_text("C = 3e-4\n")
    (tmp_path / "data" / "table.csv").write_text("material,rho_kg_m3\nSiO2,2200\n")
    (tmp_path / "requirements.txt").write_text("numpy==2.4.6\n")
    for name, src in (("01-a.ipynb", "x = 1\nprint(x)"), ("02-b.ipynb", "print(2)")):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_markdown_cell("# A"), nbformat.v4.new_code_cell(src)]
        nbformat.write(nb, tmp_path / "chapters" / name)
    return tmp_path


def executed_copy(tree, dest, name):
    """What stage() leaves behind: the chapter with the hash of the inputs it ran with."""
    nb = json.loads((tree / "chapters" / name).read_text())
    nb["metadata"][notebooks.HASH_KEY] = notebooks.input_hash(tree / "chapters" / name, tree)
    dest.mkdir(exist_ok=True)
    (dest / name).write_text(json.dumps(nb))


def test_nothing_is_stale_after_staging(tree, tmp_path):
    dest = tmp_path / "executed"
    assert [p.name for p in notebooks.stale(dest, tree)] == ["01-a.ipynb", "02-b.ipynb"]
    for name in ("01-a.ipynb", "02-b.ipynb"):
        executed_copy(tree, dest, name)
    assert notebooks.stale(dest, tree) == []


@pytest.mark.parametrize("change", ["glasslib", "data", "requirements"])
def test_a_change_to_shared_inputs_makes_every_chapter_stale(tree, tmp_path, change):
    dest = tmp_path / "executed"
    for name in ("01-a.ipynb", "02-b.ipynb"):
        executed_copy(tree, dest, name)
    target = {"glasslib": tree / "glasslib" / "physics.py", "data": tree / "data" / "table.csv",
              "requirements": tree / "requirements.txt"}[change]
    target.write_text(target.read_text() + "# changed\n")
    assert [p.name for p in notebooks.stale(dest, tree)] == ["01-a.ipynb", "02-b.ipynb"]


def test_a_chapter_edit_makes_only_that_chapter_stale_and_prose_does_not(tree, tmp_path):
    dest = tmp_path / "executed"
    for name in ("01-a.ipynb", "02-b.ipynb"):
        executed_copy(tree, dest, name)
    path = tree / "chapters" / "01-a.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells[0].source = "# A, reworded"                 # prose: no re-execution needed
    nbformat.write(nb, path)
    assert notebooks.stale(dest, tree) == []
    nb.cells[1].source = "x = 2\nprint(x)"                # code: this chapter only
    nbformat.write(nb, path)
    assert [p.name for p in notebooks.stale(dest, tree)] == ["01-a.ipynb"]


def test_the_real_chapters_hash_glasslib_and_data():
    chapter = notebooks.chapter_paths()[0]
    digest = notebooks.input_hash(chapter)
    assert len(digest) == 64 and digest == notebooks.input_hash(chapter)


def test_execute_coalesces_streams_and_injects_parameters(tree, capfd):
    path = tree / "chapters" / "03-c.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell('MATERIAL = "SiO2"', metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell('import sys\nfor i in range(3):\n    print(MATERIAL, i); sys.stdout.flush()')]
    nbformat.write(nb, path)
    notebooks.execute(path, tree / "out.ipynb", parameters={"MATERIAL": "BK7"}, root=tree)
    out = nbformat.read(tree / "out.ipynb", as_version=4)
    streams = out.cells[-1].outputs
    assert len(streams) == 1 and streams[0].text == "BK7 0\nBK7 1\nBK7 2\n"
    assert "injected-parameters" in out.cells[1].metadata["tags"]
    # the kernel is reached over Unix sockets: no "running over TCP without encryption" warning
    assert "TCP" not in capfd.readouterr().err
    with pytest.raises(ValueError, match="no cell tagged 'parameters'"):
        nb.cells[0].metadata = {}
        nbformat.write(nb, path)
        notebooks.execute(path, tree / "out2.ipynb", parameters={"MATERIAL": "BK7"}, root=tree)


def test_a_prose_edit_reaches_the_staged_copy_without_re_execution(tree, tmp_path):
    dest = tmp_path / "executed"
    for name in ("01-a.ipynb", "02-b.ipynb"):
        executed_copy(tree, dest, name)
    copy = json.loads((dest / "01-a.ipynb").read_text())
    copy["cells"][1]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "1\n"}]
    (dest / "01-a.ipynb").write_text(json.dumps(copy))
    path = tree / "chapters" / "01-a.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells[0].source = "# A, reworded"
    nbformat.write(nb, path)
    assert notebooks.stage(dest, root=tree, log=lambda m: None) == {}          # nothing executed
    staged = json.loads((dest / "01-a.ipynb").read_text())
    assert "".join(staged["cells"][0]["source"]) == "# A, reworded"
    assert staged["cells"][1]["outputs"][0]["text"] == "1\n"                    # the outputs kept


def test_a_committed_chapter_executed_with_the_current_inputs_is_copied_not_re_executed(tree, tmp_path, monkeypatch):
    dest = tmp_path / "executed"
    path = tree / "chapters" / "01-a.ipynb"
    nb = json.loads(path.read_text())
    nb["metadata"][notebooks.HASH_KEY] = notebooks.input_hash(path, tree)      # as `make execute` leaves it
    path.write_text(json.dumps(nb))
    ran = []
    monkeypatch.setattr(notebooks, "execute", lambda chapter, out, root: ran.append(chapter.name) or 0.0)
    notebooks.stage(dest, root=tree, log=lambda m: None)
    assert ran == ["02-b.ipynb"]                         # no recorded hash: executed
    assert json.loads((dest / "01-a.ipynb").read_text())["metadata"][notebooks.HASH_KEY] == nb["metadata"][notebooks.HASH_KEY]
    (tree / "glasslib" / "physics.py").write_text("C = 2e-4\n")                # an input changes: re-executed
    ran.clear()
    notebooks.stage(dest, root=tree, log=lambda m: None)
    assert sorted(ran) == ["01-a.ipynb", "02-b.ipynb"]


def test_execute_page_runs_a_myst_markdown_page_into_a_notebook(tmp_path, monkeypatch, capfd):
    # the ledger page's path: a MyST Markdown notebook executed by glasslib, never by Sphinx
    page = tmp_path / "page.md"
    page.write_text("---\nfile_format: mystnb\nkernelspec:\n  name: python3\n  display_name: Python 3\n---\n\n"
                    "# A page\n\nSome prose.\n\n```{code-cell} ipython3\n:tags: [remove-input]\n"
                    "import os, pathlib\nprint(os.environ['GLASS_TLS_CHAPTERS'], pathlib.Path.cwd().name)\n```\n",
                    encoding="utf-8")
    monkeypatch.setenv("GLASS_TLS_CHAPTERS", "/some/executed/chapters")
    notebooks.execute_page(page, tmp_path / "out" / "page.ipynb")
    out = nbformat.read(tmp_path / "out" / "page.ipynb", as_version=4)
    assert [c.cell_type for c in out.cells] == ["markdown", "code"] and out.cells[0].source.startswith("# A page")
    assert out.cells[1].metadata["tags"] == ["remove-input"]
    assert out.cells[1].outputs[0].text == f"/some/executed/chapters {tmp_path.name}\n"   # the environment, the page's folder
    assert "TCP" not in capfd.readouterr().err
