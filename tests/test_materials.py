"""Material tables: typed records, units, and loud, precise errors on bad data."""
import pytest

from glasslib import materials
from glasslib.materials import Column, DataError, read_table

HEADER = "material,rho_kg_m3,v_m_s,source\n"
COLS = [Column("material", "text"), Column("rho_kg_m3"), Column("v_m_s"), Column("source", "text")]


def write(tmp_path, text, name="t.csv"):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_carruzzo_yu_table_loads_in_si():
    glasses = materials.carruzzo_yu_glasses()
    assert len(glasses) == 10
    sio2 = glasses["SiO2"]
    assert sio2.rho == 2200.0
    assert sio2.v == 4163.0
    assert sio2.v_o == pytest.approx(45.3e-30)
    assert sio2.C_exp == pytest.approx(2.9e-4)
    assert "Table I" in sio2.source


def test_meissner_berret_table_loads_in_si():
    glasses = materials.meissner_berret_glasses()
    assert len(glasses) == 13
    sio2 = glasses["SiO2"]
    assert sio2.c_l == pytest.approx(5800.0)
    assert sio2.gamma_l == pytest.approx(1.04 * 1.602176634e-19)
    assert glasses["BK7"].deviation_paper == pytest.approx(0.101)


def test_every_row_cites_a_source():
    for table in (materials.carruzzo_yu_glasses(), materials.meissner_berret_glasses()):
        assert all(rec.source for rec in table.values())


def test_good_table(tmp_path):
    rows = read_table(write(tmp_path, HEADER + "SiO2,2200,4163,paper\n"), COLS)
    assert rows["SiO2"]["rho_kg_m3"] == 2200.0


def test_missing_column_names_file_and_column(tmp_path):
    p = write(tmp_path, "material,v_m_s,source\nSiO2,4163,paper\n")
    with pytest.raises(DataError, match=r"t\.csv, line 1: missing column\(s\) \['rho_kg_m3'\]"):
        read_table(p, COLS)


@pytest.mark.parametrize("rho, message", [
    ("-2200", "must be positive, got -2200"),
    ("0", "must be positive, got 0"),
    ("abc", "not a number: 'abc'"),
    ("nan", "not a finite number"),
    ("", "empty value"),
])
def test_bad_density_names_file_line_column(tmp_path, rho, message):
    p = write(tmp_path, HEADER + "SiO2,2200,4163,paper\nBK7," + rho + ",4195,paper\n")
    with pytest.raises(DataError, match=r"t\.csv, line 3, column 'rho_kg_m3': " + message):
        read_table(p, COLS)


def test_zero_velocity(tmp_path):
    p = write(tmp_path, HEADER + "SiO2,2200,0,paper\n")
    with pytest.raises(DataError, match="line 2, column 'v_m_s': must be positive"):
        read_table(p, COLS)


def test_duplicate_material(tmp_path):
    p = write(tmp_path, HEADER + "SiO2,2200,4163,a\nSiO2,2210,4163,b\n")
    with pytest.raises(DataError, match="line 3, column 'material': duplicate material 'SiO2'"):
        read_table(p, COLS)


def test_short_and_long_rows(tmp_path):
    with pytest.raises(DataError, match=r"line 2: row has 3 fields, the header has 4 \(no value for 'source'"):
        read_table(write(tmp_path, HEADER + "SiO2,2200,4163\n"), COLS)
    with pytest.raises(DataError, match="line 2: row has more fields"):
        read_table(write(tmp_path, HEADER + "SiO2,2200,4163,a,extra\n"), COLS)


def test_missing_file_and_empty_table(tmp_path):
    with pytest.raises(DataError, match="file not found"):
        read_table(tmp_path / "nope.csv", COLS)
    with pytest.raises(DataError, match="no rows"):
        read_table(write(tmp_path, HEADER), COLS)


def test_signed_column_accepts_plus(tmp_path):
    cols = [Column("material", "text"), Column("dev", "real")]
    rows = read_table(write(tmp_path, "material,dev\nA,+10.1\nB,-4.38\n"), cols)
    assert rows["A"]["dev"] == 10.1 and rows["B"]["dev"] == -4.38


def test_data_dir_override(tmp_path, monkeypatch):
    write(tmp_path, HEADER + "X,1,1,s\n", name="mine.csv")
    monkeypatch.setenv("GLASSLIB_DATA", str(tmp_path))
    assert "X" in read_table("mine.csv", COLS)


def test_byte_order_mark_and_repeated_header(tmp_path):
    p = tmp_path / "bom.csv"
    p.write_text("\ufeff" + HEADER + "SiO2,2200,4163,s\n", encoding="utf-8")
    assert read_table(p, COLS)["SiO2"]["v_m_s"] == 4163.0
    with pytest.raises(DataError, match="line 1: repeated column name"):
        read_table(write(tmp_path, "material,rho_kg_m3,rho_kg_m3,v_m_s,source\nA,1,2,3,s\n"), COLS)


def test_unknown_unit_names_line_and_column(tmp_path):
    p = write(tmp_path, "quantity,value,unit,where\nT_g,1500,K,here\nrho,2.2,furlongs,there\n")
    with pytest.raises(DataError, match="line 3, column 'unit': unknown unit 'furlongs'"):
        materials.read_parameters(p)


def test_unknown_material_lists_the_valid_names():
    from glasslib.materials import UnknownMaterialError, carruzzo_yu_glass, meissner_berret_glass
    assert carruzzo_yu_glass("SiO2").rho == 2200
    with pytest.raises(UnknownMaterialError, match=r"unknown material 'bk7'.*did you mean 'BK7'.*valid names: 'SiO2'"):
        carruzzo_yu_glass("bk7")
    with pytest.raises(KeyError, match="valid names"):
        meissner_berret_glass("window glass")
