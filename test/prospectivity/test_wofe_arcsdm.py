"""Weights of evidence against the publisher's tables on real data: Geoscience Australia's MPM-WofE test data over
the Cloncurry IOCG district (``../shared/data/cloncurry-iocg``, see its README.md), made with ArcSDM's conventions
(training points counted, not cells; unit area 1 km²; confidence 2)."""
import csv

import numpy as np
import pytest

from lodestone.science.prospectivity import wofe

FOLDER = "cloncurry-iocg"
TABLES = {"FaultDensity": (wofe.DESCENDING, "CD"), "Dist2Breccia": (wofe.ASCENDING, "CA"),
          "StratNo": (wofe.CATEGORICAL, "CT")}
COLUMNS = {"WPLUS": "wplus", "S_WPLUS": "s_wplus", "WMINUS": "wminus", "S_WMINUS": "s_wminus",
           "CONTRAST": "contrast", "S_CONTRAST": "s_contrast", "STUDC": "stud_cnt", "WEIGHT": "weight",
           "W_STD": "w_std"}
TOLERANCE = 0.01


def reference(path):
    """The publisher's table: one dict per row, numbers as floats."""
    with path.open(newline="") as handle:
        return [{k: float(v) for k, v in row.items() if k} for row in csv.DictReader(handle)]


@pytest.fixture(scope="module")
def deposits_xy(cloncurry):
    return cloncurry.deposits


@pytest.fixture(scope="module")
def computed(shared_file, cloncurry, deposits_xy):
    """computed(name): Lodestone's table generalised at confidence 2 and the publisher's rows for one evidence map
    (made once per module)."""
    cache = {}

    def compute(name):
        if name not in cache:
            kind, suffix = TABLES[name]
            values, grid = cloncurry.bands[name], cloncurry.grid
            table, used = wofe.weights_table(values, grid, deposits_xy, kind=kind, unit_area_km2=1.0)
            assert used.count == 258 and used.outside == 0
            cache[name] = wofe.generalise(table, 2.0), reference(shared_file(f"{FOLDER}/{name}_{suffix}.csv"))
        return cache[name]

    return compute


@pytest.fixture(params=sorted(TABLES))
def case(request, computed):
    """(name, Lodestone's table, the publisher's rows) for each evidence map."""
    return (request.param, *computed(request.param))


def test_the_deposits_are_counted_per_point_as_the_publisher_does(deposits_xy, cloncurry):
    values, grid = cloncurry.bands["FaultDensity"], cloncurry.grid
    per_point = wofe.snap_deposits(deposits_xy, grid, np.isfinite(values))
    per_cell = wofe.snap_deposits(deposits_xy, grid, np.isfinite(values), per_point=False)
    assert len(deposits_xy) == 258 and per_point.count == 258 and per_cell.count == 252  # the README's figures
    assert per_point.shared == per_cell.shared == 6


def test_classes_areas_and_counts_match_the_publisher(case):
    name, table, rows = case
    assert list(table.classes) == [row["CLASS"] for row in rows], name
    assert list(table.points) == [row["NO_POINTS"] for row in rows], name
    np.testing.assert_allclose(table.area_sq_km, [row["AREA_SQ_KM"] for row in rows], atol=0.005, err_msg=name)
    np.testing.assert_allclose(table.area_units, [row["AREA_UNITS"] for row in rows], atol=0.005, err_msg=name)
    assert table.deposits == 258


@pytest.mark.parametrize("column", sorted(COLUMNS))
def test_weights_match_the_publisher_class_by_class(case, column):
    name, table, rows = case
    ours = getattr(table, COLUMNS[column])
    theirs = np.array([row[column] for row in rows])
    worst = int(np.argmax(np.abs(ours - theirs)))
    assert abs(ours[worst] - theirs[worst]) <= TOLERANCE, (
        f"{name} {column}, class {rows[worst]['CLASS']:g}: {ours[worst]:.4f}, publisher {theirs[worst]:.4f}")


def test_generalised_classes_match_the_publisher(case):
    name, table, rows = case
    assert list(table.gen_class) == [row["GEN_CLASS"] for row in rows], name


@pytest.mark.parametrize("name, threshold", [("FaultDensity", 3), ("Dist2Breccia", 34_400)])
def test_the_cumulative_thresholds_are_the_publishers(computed, name, threshold):
    """FaultDensity splits at class >= 3 (all 258 deposits inside), Dist2Breccia at <= 34 400 m: the last row of
    GEN_CLASS 2 in the publisher's tables."""
    table, rows = computed(name)
    inside = [row["CLASS"] for row in rows if row["GEN_CLASS"] == wofe.INSIDE]
    assert table.threshold == inside[-1] == threshold


def test_zero_count_rows_follow_arcsdm(case):
    """Classes without a deposit have every weight 0 (the publisher's categorical table has 57); a cumulative
    pattern holding every deposit leaves 0.99 deposit off it, and 0.99 unit cell of background off it where the
    ground off it is smaller than that (FaultDensity's last row, Dist2Breccia's last rows)."""
    name, table, rows = case
    empty = table.points == 0
    assert empty.sum() == sum(row["NO_POINTS"] == 0 for row in rows)
    for column in ("wplus", "s_wplus", "wminus", "s_wminus", "contrast", "stud_cnt"):
        assert np.all(getattr(table, column)[empty] == 0), (name, column)
    off = table.total_units - table.area_units
    full = (table.points == 258) & (off > 0.99)
    cramped = (table.points == 258) & (off <= 0.99)
    assert table.kind == wofe.CATEGORICAL or (full.any() and cramped.any())
    np.testing.assert_allclose(table.s_wminus[full], np.sqrt(1 / 0.99 + 1 / (off[full] - 0.99)), rtol=1e-12)
    np.testing.assert_allclose(table.wminus[cramped], np.log((table.total_units - 258) / 258), rtol=1e-12)
    np.testing.assert_allclose(table.s_wminus[cramped], np.sqrt(2 / 0.99), rtol=1e-12)
