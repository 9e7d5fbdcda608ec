"""Tests of glasslib.experiments: the table of experimental numbers the papers quote for silica."""
from __future__ import annotations

import math

import pytest

from glasslib import experiments as ex
from glasslib.claims.papers import PAPERS
from glasslib.materials import DataError

HEADER = ",".join(ex.COLUMNS) + "\n"


def _write(tmp_path, *rows: str):
    p = tmp_path / "t.csv"
    p.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return p


def test_shipped_table_reads_and_has_known_values():
    rows = ex.read_quoted_experiments()
    assert len(rows) >= 40
    alpha = ex.quoted("linear_thermal_expansion", paper="LW2008")
    assert len(alpha) == 1 and alpha[0].value == -1.0e-9 and alpha[0].T_K == 1.0
    c = ex.quoted("C_coupling", paper="CY2020")[0]
    assert c.value == pytest.approx(2.9e-4)
    cl = ex.quoted("c_l", paper="ZL2022")[0]
    assert cl.si == pytest.approx(5800.0)
    bp = ex.quoted("boson_peak_frequency")[0]
    assert bp.si == pytest.approx(1.0e12)
    assert {r.paper for r in rows} == set(ex.PAPERS)


def test_papers_agree_with_the_ledger():
    assert set(ex.PAPERS) <= set(PAPERS)


def test_every_row_cites_a_place():
    for r in ex.read_quoted_experiments():
        assert r.where and math.isfinite(r.si)


def test_unknown_quantity_names_file_line_and_column(tmp_path):
    p = _write(tmp_path, 'heat_conductivity_typo,1,1,=,,LW2008,"Sec. I",""')
    with pytest.raises(DataError, match=r"t\.csv, line 2, column 'quantity'.*heat_conductivity_typo"):
        ex.read_quoted_experiments(p)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "abc"])
def test_non_finite_or_non_numeric_rejected(tmp_path, value):
    p = _write(tmp_path, f'T_g,{value},K,=,,LW2008,"Sec. III.A",""')
    with pytest.raises(DataError, match="line 2, column 'value'"):
        ex.read_quoted_experiments(p)


def test_negative_rejected_for_unsigned_quantity(tmp_path):
    p = _write(tmp_path, 'rho,-2.2,g/cm3,=,,LW2008,"Fig. 15",""')
    with pytest.raises(DataError, match="negative"):
        ex.read_quoted_experiments(p)


def test_negative_allowed_for_signed_quantity(tmp_path):
    p = _write(tmp_path, 'gruneisen_parameter,-5,1,max,1,LW2008,"Sec. VI",""')
    (row,) = ex.read_quoted_experiments(p)
    assert row.value == -5 and row.line == 2


@pytest.mark.parametrize("row,column", [
    ('rho,2.2,furlong,=,,LW2008,"Fig. 15",""', "unit"),
    ('rho,2.2,g/cm3,approx,,LW2008,"Fig. 15",""', "relation"),
    ('rho,2.2,g/cm3,=,-1,LW2008,"Fig. 15",""', "T_K"),
    ('rho,2.2,g/cm3,=,,XY1999,"Fig. 15",""', "paper"),
    ('rho,2.2,g/cm3,=,,LW2008,,""', "where"),
])
def test_other_fields_validated(tmp_path, row, column):
    with pytest.raises(DataError, match=f"column '{column}'"):
        ex.read_quoted_experiments(_write(tmp_path, row))


def test_bad_header_and_missing_file(tmp_path):
    p = tmp_path / "h.csv"
    p.write_text("quantity,value\nrho,1\n", encoding="utf-8")
    with pytest.raises(DataError, match="header"):
        ex.read_quoted_experiments(p)
    with pytest.raises(DataError, match="not found"):
        ex.read_quoted_experiments(tmp_path / "absent.csv")


def test_wrong_field_count(tmp_path):
    with pytest.raises(DataError, match="expected 8 fields"):
        ex.read_quoted_experiments(_write(tmp_path, "rho,2.2,g/cm3"))


def test_quoted_rejects_unknown_names():
    with pytest.raises(KeyError):
        ex.quoted("no_such_quantity")
    with pytest.raises(KeyError):
        ex.quoted("rho", paper="XY1999")
