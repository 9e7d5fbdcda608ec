"""python -m glasslib: materials, predict, rerun, ledger."""
import json
import subprocess
import sys

import nbformat

from glasslib.__main__ import main
from glasslib.notebooks import ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "glasslib", *args], capture_output=True, text=True)


def test_materials_lists_every_glass(capsys):
    assert main(["materials"]) == 0
    out = capsys.readouterr().out
    for name in ("SiO2", "BK7", "PMMA", "a-Se"):
        assert f"\n{name} " in out


def test_predict_gives_each_theory_or_says_why_not(capsys):
    assert main(["predict", "--material", "SiO2"]) == 0
    out = capsys.readouterr().out
    assert "Carruzzo & Yu (alpha = 2.5): C = 0.00029" in out and "c_l/c_t = 1.53" in out
    assert main(["predict", "--material", "a-Se"]) == 0
    assert "Carruzzo & Yu: not predicted (needs rho, v and v_o" in capsys.readouterr().out


def test_an_unknown_material_names_the_valid_ones(capsys):
    assert main(["predict", "--material", "bk7"]) == 2
    err = capsys.readouterr().err
    assert "did you mean 'BK7'" in err and "'SiO2'" in err


def test_ledger_subcommand_is_the_claims_command(capsys):
    assert main(["ledger", "--json", "--paper", "STM"]) in (0, None)
    assert all(row["paper"] == "STM" for row in json.loads(capsys.readouterr().out))


def test_rerun_executes_a_copy_for_another_glass():
    committed = (ROOT / "chapters" / "02-carruzzo-yu.ipynb").read_bytes()
    r = run("rerun", "02", "-p", "MATERIAL", "BK7")
    assert r.returncode == 0, r.stderr
    out = ROOT / "_build" / "reruns" / "02-carruzzo-yu_MATERIAL-BK7.ipynb"
    nb = nbformat.read(out, as_version=4)
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "BK7: rho = 2510 kg/m^3" in text and "SiO2: rho" not in text
    assert (ROOT / "chapters" / "02-carruzzo-yu.ipynb").read_bytes() == committed


def test_rerun_of_an_unknown_chapter_lists_the_chapters(capsys):
    assert main(["rerun", "99"]) == 2
    assert "02-carruzzo-yu" in capsys.readouterr().err


def test_rerun_that_stops_in_a_cell_prints_the_chapters_error_not_a_traceback(monkeypatch, capsys):
    from nbclient.exceptions import CellExecutionError

    import glasslib.notebooks as nbmod

    seen = {}

    def stopped(path, out, parameters):
        seen["out"] = out
        raise CellExecutionError("traceback ...", "DataError", "/tmp/gl/mine.csv: no row 'Cv_over_T'")
    monkeypatch.setattr(nbmod, "execute", stopped)
    assert main(["rerun", "08", "-p", "TABLE", "/tmp/gl/mine.csv", "-p", "MATERIAL", "my glass"]) == 1
    err = capsys.readouterr().err
    assert "stopped: DataError: /tmp/gl/mine.csv: no row 'Cv_over_T'" in err and "traceback" not in err
    # a path or a space in a value does not become folders in the file name
    assert seen["out"].parent == ROOT / "_build" / "reruns"
    assert seen["out"].name == "08-turlakov-glassons_TABLE-mine.csv_MATERIAL-my_glass.ipynb"
