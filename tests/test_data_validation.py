"""Bad input gets a clear error naming file, line and field: one test per class of bad input.

Each case writes a small malformed copy of a real table (or calls a function with a bad
argument) and checks that the error names what is wrong and where, never a silently
wrong number.
"""
from pathlib import Path

import pytest

from glasslib import elasticity, materials
from glasslib.materials import DataError

DATA = Path(materials.data_dir())
CY = DATA / materials.CARRUZZO_YU_TABLE
MB = DATA / materials.MEISSNER_BERRET_TABLE
PARAMS = DATA / "lubchenko_wolynes_2008_silica.csv"


def edited(tmp_path, source: Path, old: str, new: str, *, encoding="utf-8") -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {source.name}"
    out = tmp_path / source.name
    out.write_text(text.replace(old, new, 1), encoding=encoding)
    return out


def test_density_in_the_wrong_unit_is_a_unit_slip(tmp_path):
    bad = edited(tmp_path, CY, "SiO2,2200,", "SiO2,2.2,")
    with pytest.raises(DataError, match=r"line 2, column 'rho_kg_m3': 2.2 lies outside the plausible range \[300, 25000\]"):
        materials.carruzzo_yu_glasses(bad)


def test_volume_in_cubic_metres_is_a_unit_slip(tmp_path):
    bad = edited(tmp_path, CY, ",45.3,348,", ",4.53e-29,348,")
    with pytest.raises(DataError, match=r"column 'v_o_A3'.*plausible range"):
        materials.carruzzo_yu_glasses(bad)


def test_C_without_its_factor_1e4_is_a_unit_slip(tmp_path):
    bad = edited(tmp_path, CY, ",348,2.9,2.9,", ",348,0.00029,2.9,")
    with pytest.raises(DataError, match=r"column 'C_exp_1e4'"):
        materials.carruzzo_yu_glasses(bad)


def test_negative_density_nan_and_text_are_rejected(tmp_path):
    for value, message in (("-2200", "must be positive"), ("nan", "not a finite number"), ("abc", "not a number")):
        bad = edited(tmp_path, CY, "SiO2,2200,", f"SiO2,{value},")
        with pytest.raises(DataError, match=rf"line 2, column 'rho_kg_m3': {message}"):
            materials.carruzzo_yu_glasses(bad)


def test_missing_column(tmp_path):
    bad = edited(tmp_path, CY, "material,rho_kg_m3,", "material,density,")
    with pytest.raises(DataError, match=r"line 1: missing column\(s\) \['rho_kg_m3'\]"):
        materials.carruzzo_yu_glasses(bad)


@pytest.mark.parametrize("spelling", ["sio2", "a-SiO₂"])      # case; amorphous prefix and a subscript
def test_the_same_glass_spelled_twice(tmp_path, spelling):
    text = CY.read_text(encoding="utf-8")
    bad = tmp_path / CY.name
    bad.write_text(text + text.splitlines()[1].replace("SiO2,", f"{spelling},", 1) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"duplicate material '{spelling}': already on line 2 \(spelled 'SiO2' there\)"):
        materials.carruzzo_yu_glasses(bad)


def test_swapped_sound_speeds(tmp_path):
    bad = edited(tmp_path, MB, "SiO2,1.04,0.65,1.60,5.80,3.80,", "SiO2,1.04,0.65,1.60,3.80,5.80,")
    with pytest.raises(DataError, match=r"line 2, column 'c_t_km_s'.*negative bulk modulus"):
        materials.meissner_berret_glasses(bad)
    with pytest.raises(ValueError, match="negative bulk modulus"):
        elasticity.alpha_from_speeds(3800.0, 5800.0)


def test_utf16_without_a_byte_order_mark_and_only_ascii_is_named(tmp_path):
    bad = tmp_path / CY.name
    bad.write_bytes(CY.read_text(encoding="utf-8").encode("utf-16-le"))
    with pytest.raises(DataError, match=r"line 1: not UTF-8 text \(it looks like UTF-16 without a byte-order mark\)"):
        materials.carruzzo_yu_glasses(bad)


def test_a_row_with_a_comma_lost_is_short_not_shifted(tmp_path):
    # without the check, every value after the lost comma moves one column left (T_D's 348 as v_o_A3, and so
    # on), and the error would name whichever shifted value first fails a range
    bad = edited(tmp_path, CY, "SiO2,2200,4163,45.3,", "SiO2,2200,416345.3,")
    with pytest.raises(DataError, match=r"line 2: row has 7 fields, the header has 8 \(no value for 'source'; a comma lost\?\)"):
        materials.carruzzo_yu_glasses(bad)


@pytest.mark.parametrize("encoding, hint", [("latin-1", "not UTF-8 text"), ("utf-16", "looks like UTF-16"),
                                            ("utf-16-le", "looks like UTF-16 without a byte-order mark")])
def test_a_file_that_is_not_utf8(tmp_path, encoding, hint):
    bad = edited(tmp_path, CY, "Carruzzo & Yu", "Carruzzo & Yü", encoding=encoding)
    with pytest.raises(DataError, match=rf"{bad.name}.*{hint}"):
        materials.carruzzo_yu_glasses(bad)


def test_parameter_table_negative_density_and_zero_speed(tmp_path):
    bad = edited(tmp_path, PARAMS, "\nrho,", "\nrho,-")
    with pytest.raises(DataError, match=r"column 'value': 'rho' is a density in .* and must be positive"):
        materials.read_parameters(bad)


def test_parameter_table_unknown_unit_names_the_file_line(tmp_path):
    text = PARAMS.read_text(encoding="utf-8").splitlines()
    line = next(i for i, t in enumerate(text, start=1) if t.startswith("a,"))
    text[line - 1] = text[line - 1].replace(",A,", ",Angstrom,")
    bad = tmp_path / PARAMS.name
    bad.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"line {line}, column 'unit': unknown unit 'Angstrom'"):
        materials.read_parameters(bad)


def test_parameter_table_missing_row_names_the_file_and_the_rows():
    table = materials.read_parameters(PARAMS)
    with pytest.raises(DataError, match=r"lubchenko_wolynes_2008_silica.csv: no row 'T_melt'; the rows are 'T_g'"):
        table["T_melt"]


@pytest.mark.parametrize("old, new, what", [
    ("rho,2.2,g/cm3", "rho,2.2,kg/m3", r"'rho' = 2.2 kg/m3 is 2.2 in SI, outside the plausible range \[300, 25000\] of a density"),
    ("c_s,4100,m/s", "c_s,4100,km/s", r"'c_s' = 4100 km/s is 4.1e\+06 in SI, outside the plausible range \[300, 20000\] of a speed"),
])
def test_parameter_table_density_or_speed_in_the_wrong_unit(tmp_path, old, new, what):
    bad = edited(tmp_path, PARAMS, old, new)
    with pytest.raises(DataError, match=rf"{bad.name}, line \d+, column 'value': {what}"):
        materials.read_parameters(bad)


def test_lw_table_with_a_row_missing_names_the_file_not_a_bare_key(tmp_path):
    from glasslib import rfot

    text = PARAMS.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / PARAMS.name
    bad.write_text("\n".join(t for t in text if not t.startswith("T_g,")) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"{bad.name}: no row 'T_g'"):
        rfot.lw_parameters(bad)["T_g"]
    # another glass's inputs leave silica's measurements out, and say so when asked for one
    with pytest.raises(DataError, match=r"'tau_min_ref' is silica's alone .* not an input for 'BK7'"):
        rfot.lw_inputs("BK7")["tau_min_ref"]


def test_zhou_leggett_section5_density_in_kg_m3_is_a_unit_slip(tmp_path):
    from glasslib import zhou_leggett

    bad = edited(tmp_path, DATA / "zhou_leggett_2022_section5.csv", ",2.2,5.8e5,", ",2200,5.8e5,")
    with pytest.raises(DataError, match=r"column 'rho_g_cm3': 2200 lies outside the plausible range"):
        zhou_leggett.section5_glasses(bad)


def test_unknown_material_lists_the_names():
    with pytest.raises(KeyError, match=r"valid names: 'SiO2', 'BK7'"):
        materials.carruzzo_yu_glass("window glass")


@pytest.mark.parametrize("name, meant", [("a-SiO2", "SiO2"), ("SiO₂", "SiO2"), ("bk 7", "BK7"), ("Zn glass", "Zn-glass"),
                                         ("PMMMA", "PMMA")])
def test_unknown_material_suggests_the_name_meant(name, meant):
    with pytest.raises(KeyError, match=rf"unknown material '{name}'.*\(did you mean '{meant}'\?\)"):
        materials.carruzzo_yu_glass(name)
