"""Weights of evidence, posterior and fuzzy overlay through Processing, against hand computation."""
import csv
import math

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

import processing
from lodestone.science.grid import GridSpec
from lodestone.science.prospectivity import wofe

KM = 1000.0
GRID = GridSpec(500_000.0, 5_010_000.0, KM, KM, 10, 10)
DEPOSIT_CELLS = [(0, 1), (0, 7), (1, 3), (1, 9), (5, 5), (8, 2)]


@pytest.fixture(scope="module")
def deposit_xy(cell_centres):
    """Map coordinates (6, 2) of the deposits: the centres of DEPOSIT_CELLS."""
    return cell_centres(GRID, DEPOSIT_CELLS)


@pytest.fixture(scope="module")
def deposits(point_layer, deposit_xy):
    """The deposits as a point layer (EPSG:32618)."""
    return point_layer(deposit_xy)


@pytest.fixture(scope="module")
def evidence(lodestone_provider, tmp_path_factory, write_grid):
    """Layer A: rows 0-1 (4 of 6 deposits on 20 km²); layer B: columns 0-3 (3 deposits on 40 km²)."""
    folder = tmp_path_factory.mktemp("wofe")
    a, b = np.zeros(GRID.shape), np.zeros(GRID.shape)
    a[:2] = 1
    b[:, :4] = 1
    return write_grid(folder / "a.tif", a, GRID), write_grid(folder / "b.tif", b, GRID), folder


@pytest.fixture(scope="module")
def weighted(evidence, deposits):
    path_a, path_b, folder = evidence
    results = []
    for name, path in (("a", path_a), ("b", path_b)):
        results.append(processing.run("lodestone:weightsofevidence", {
            "EVIDENCE": path, "DEPOSITS": deposits, "TYPE": 1, "UNIT_AREA": 1.0,
            "CONFIDENCE": 0.5, "TABLE": str(folder / f"{name}_weights.gpkg"),
            "GENERALIZED": str(folder / f"{name}_general.tif")}))
    return results


def test_weights_table_has_the_arcsdm_columns_and_the_hand_values(weighted, wofe_hand_weights):
    table = QgsVectorLayer(weighted[0]["TABLE"], "weights", "ogr")
    names = [f.name() for f in table.fields() if f.name() != "fid"]
    assert names == ["class", "area_sq_km", "area_units", "no_points", "wplus", "s_wplus", "wminus", "s_wminus",
                     "contrast", "s_contrast", "stud_cnt", "gen_class", "weight", "w_std", "note"]
    rows = sorted(table.getFeatures(), key=lambda f: -f["class"])
    wplus, s_wplus, wminus, s_wminus = wofe_hand_weights(20, 4, 100, 6)
    first = rows[0]
    assert (first["class"], first["area_sq_km"], first["area_units"], first["no_points"]) == (1, 20, 20, 4)
    assert (first["wplus"], first["s_wplus"], first["wminus"], first["s_wminus"]) == pytest.approx(
        (wplus, s_wplus, wminus, s_wminus), abs=1e-9)
    assert first["contrast"] == pytest.approx(wplus - wminus, abs=1e-9)
    assert first["stud_cnt"] == pytest.approx((wplus - wminus) / math.hypot(s_wplus, s_wminus), abs=1e-9)
    assert first["gen_class"] == wofe.INSIDE and first["weight"] == pytest.approx(wplus)
    # the whole-area row holds every deposit: ArcSDM leaves 0.99 deposit and 0.99 unit cell off it
    assert rows[1]["wminus"] == pytest.approx(math.log((0.99 / 6) / (0.99 / 94)))
    assert rows[1]["s_wminus"] == pytest.approx(math.sqrt(2 / 0.99))
    assert "every deposit on the pattern" in rows[1]["note"]


def test_generalised_raster_carries_its_weights(weighted, read_grid, wofe_hand_weights):
    path = weighted[0]["GENERALIZED"]
    general, _, _ = read_grid(path)
    assert np.all(general[:2] == wofe.INSIDE) and np.all(general[2:] == wofe.OUTSIDE)
    weights, unit, per_point = wofe.weights_from_json(gdal.Open(path).GetMetadataItem(wofe.METADATA_KEY))
    assert unit == 1.0 and weights[wofe.INSIDE][0] == pytest.approx(wofe_hand_weights(20, 4, 100, 6)[0])
    assert per_point is True  # COUNT_POINTS left out: the ArcSDM default


def test_posterior_chains_from_the_generalised_rasters(weighted, tmp_path, read_grid, wofe_hand_weights, deposits):
    result = processing.run("lodestone:wofeposterior", {
        "GENERALIZED": [r["GENERALIZED"] for r in weighted], "DEPOSITS": deposits,
        "POSTERIOR": str(tmp_path / "p.tif"), "STD": str(tmp_path / "s.tif"), "CONFIDENCE": str(tmp_path / "c.tif")})
    probability, std, confidence = (read_grid(result[k])[0] for k in ("POSTERIOR", "STD", "CONFIDENCE"))
    a, b = wofe_hand_weights(20, 4, 100, 6), wofe_hand_weights(40, 3, 100, 6)
    # cell (0, 0): on A and on B; cell (9, 9): off both
    for (row, col), (wa, sa, wb, sb) in {(0, 0): (a[0], a[1], b[0], b[1]), (9, 9): (a[2], a[3], b[2], b[3])}.items():
        p = 1 / (1 + math.exp(-(math.log(6 / 94) + wa + wb)))
        s = p * math.sqrt(1 / 6 + sa ** 2 + sb ** 2)
        assert probability[row, col] == pytest.approx(p, rel=1e-6)  # float32 rasters
        assert std[row, col] == pytest.approx(s, rel=1e-6)
        assert confidence[row, col] == pytest.approx(p / s, rel=1e-6)
    assert result["CI_RATIO"] == pytest.approx(6 / probability.sum(), rel=1e-5)
    assert 0 <= result["CI_TEST_PROBABILITY"] <= 1


def test_posterior_reads_edited_tables_and_deposits_in_another_crs(weighted, tmp_path, point_layer, read_grid,
                                                                   wofe_hand_weights, deposit_xy):
    to_lonlat = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32618"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    lonlat = [to_lonlat.transform(QgsPointXY(x, y)) for x, y in deposit_xy]
    result = processing.run("lodestone:wofeposterior", {
        "GENERALIZED": [r["GENERALIZED"] for r in weighted], "TABLES": [r["TABLE"] for r in weighted],
        "DEPOSITS": point_layer([(p.x(), p.y()) for p in lonlat], "EPSG:4326"), "UNIT_AREA": 1.0,
        "POSTERIOR": str(tmp_path / "p.tif")})
    a, b = wofe_hand_weights(20, 4, 100, 6), wofe_hand_weights(40, 3, 100, 6)
    p = 1 / (1 + math.exp(-(math.log(6 / 94) + a[0] + b[2])))
    assert read_grid(result["POSTERIOR"])[0][0, 9] == pytest.approx(p, rel=1e-6)  # on A, off B


def test_count_points_counts_each_deposit_or_each_cell_once(evidence, point_layer, deposit_xy, tmp_path, read_grid,
                                                            recording_feedback, wofe_hand_weights):
    """A second deposit in the first one's cell (on layer A): 5 of 7 deposits on A counted per point (the default),
    4 of 6 with COUNT_POINTS off; the posterior's prior follows, and it warns when it counts otherwise."""
    path_a, _, _ = evidence
    twice = point_layer(list(map(tuple, deposit_xy)) + [(deposit_xy[0][0] + 100.0, deposit_xy[0][1])])
    general = {}
    for count_points, (b, total) in ((True, (5, 7)), (False, (4, 6))):
        parameters = {"EVIDENCE": path_a, "DEPOSITS": twice, "TYPE": 1, "CONFIDENCE": 0.5,
                      "TABLE": "TEMPORARY_OUTPUT", "GENERALIZED": str(tmp_path / f"a_{count_points}.tif")}
        if not count_points:
            parameters["COUNT_POINTS"] = False
        result = processing.run("lodestone:weightsofevidence", parameters)
        first = max(result["TABLE"].getFeatures(), key=lambda f: f["class"])
        wplus = wofe_hand_weights(20, b, 100, total)[0]
        assert first["no_points"] == b and first["wplus"] == pytest.approx(wplus, abs=1e-9)
        general[count_points] = result["GENERALIZED"]
        posterior = processing.run("lodestone:wofeposterior", {
            "GENERALIZED": [result["GENERALIZED"]], "DEPOSITS": twice, "COUNT_POINTS": count_points,
            "POSTERIOR": str(tmp_path / f"p_{count_points}.tif")})
        p = 1 / (1 + math.exp(-(math.log(total / (100 - total)) + wplus)))
        assert read_grid(posterior["POSTERIOR"])[0][0, 0] == pytest.approx(p, rel=1e-6)
    feedback = recording_feedback()
    processing.run("lodestone:wofeposterior", {"GENERALIZED": [general[False]], "DEPOSITS": twice,
                                               "POSTERIOR": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert any("counting the deposits once per cell" in w for w in feedback.warnings)


def test_weights_of_evidence_reproduces_the_publishers_cloncurry_table(shared_file, lodestone_provider):
    """Through Processing with default COUNT_POINTS: Geoscience Australia's FaultDensity table (ArcSDM conventions,
    258 deposits, cumulative descending, unit area 1 km², confidence 2), row by row within 0.01."""
    evidence = shared_file("cloncurry-iocg/FaultDensity.tif")
    deposits = QgsVectorLayer(str(shared_file("cloncurry-iocg/IOCG_Deposits.shp")), "deposits", "ogr")
    with shared_file("cloncurry-iocg/FaultDensity_CD.csv").open(newline="") as handle:
        expected = list(csv.DictReader(handle))
    result = processing.run("lodestone:weightsofevidence", {
        "EVIDENCE": str(evidence), "DEPOSITS": deposits, "TYPE": 1, "UNIT_AREA": 1.0, "CONFIDENCE": 2.0,
        "TABLE": "TEMPORARY_OUTPUT", "GENERALIZED": "TEMPORARY_OUTPUT"})
    rows = sorted(result["TABLE"].getFeatures(), key=lambda f: -f["class"])
    assert [(r["class"], r["no_points"]) for r in rows] == [(float(e["CLASS"]), int(e["NO_POINTS"])) for e in expected]
    for row, reference in zip(rows, expected):
        for name in ("wplus", "s_wplus", "wminus", "s_wminus", "contrast", "s_contrast", "weight", "w_std"):
            assert row[name] == pytest.approx(float(reference[name.upper()]), abs=0.01), (row["class"], name)
        assert row["stud_cnt"] == pytest.approx(float(reference["STUDC"]), abs=0.01)
        assert row["gen_class"] == int(reference["GEN_CLASS"])


def test_weights_of_evidence_bad_inputs_are_clear_errors(evidence, tmp_path, point_layer, write_grid, read_grid,
                                                          deposit_xy, deposits):
    path_a, _, _ = evidence
    far = point_layer([(x + 1e6, y) for x, y in deposit_xy])
    with pytest.raises(QgsProcessingException, match="None of the deposit points"):
        processing.run("lodestone:weightsofevidence", {"EVIDENCE": path_a, "DEPOSITS": far, "TYPE": 1,
                                                       "TABLE": "TEMPORARY_OUTPUT",
                                                       "GENERALIZED": "TEMPORARY_OUTPUT"})
    empty = write_grid(tmp_path / "nodata.tif", np.full(GRID.shape, np.nan), GRID)
    with pytest.raises(QgsProcessingException, match="all nodata"):
        processing.run("lodestone:weightsofevidence", {"EVIDENCE": empty, "DEPOSITS": deposits,
                                                       "TABLE": "TEMPORARY_OUTPUT",
                                                       "GENERALIZED": "TEMPORARY_OUTPUT"})
    lonlat = write_grid(tmp_path / "lonlat.tif", read_grid(path_a)[0],
                        GridSpec(-76.0, 49.0, 0.01, 0.01, 10, 10), epsg=4326)
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        processing.run("lodestone:weightsofevidence", {"EVIDENCE": lonlat, "DEPOSITS": deposits,
                                                       "TABLE": "TEMPORARY_OUTPUT",
                                                       "GENERALIZED": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="opposite cumulative type"):
        processing.run("lodestone:weightsofevidence", {"EVIDENCE": path_a, "DEPOSITS": deposits,
                                                       "TYPE": 0, "TABLE": "TEMPORARY_OUTPUT",
                                                       "GENERALIZED": "TEMPORARY_OUTPUT"})


def test_continuous_evidence_is_split_into_equal_area_classes(lodestone_provider, tmp_path, write_grid, deposits):
    distance = np.add.outer(np.arange(10.0) * 1000, np.arange(10.0) * 7)  # 100 distinct values, rising south
    path = write_grid(tmp_path / "distance.tif", distance, GRID)
    result = processing.run("lodestone:weightsofevidence", {
        "EVIDENCE": path, "DEPOSITS": deposits, "TYPE": 0, "N_CLASSES": 5, "CONFIDENCE": 1.0,
        "TABLE": "TEMPORARY_OUTPUT", "GENERALIZED": "TEMPORARY_OUTPUT"})
    rows = list(result["TABLE"].getFeatures())
    assert len(rows) == 5 and [r["area_units"] for r in rows] == [20, 40, 60, 80, 100]
    assert [r["no_points"] for r in rows] == [4, 4, 5, 5, 6]  # deposits in rows 0, 0, 1, 1, 5 and 8


def test_posterior_refuses_rasters_without_weights_and_other_grids(weighted, evidence, tmp_path, write_grid, deposits):
    path_a, _, _ = evidence
    with pytest.raises(QgsProcessingException, match="carries no weights"):
        processing.run("lodestone:wofeposterior", {"GENERALIZED": [path_a], "DEPOSITS": deposits,
                                                   "POSTERIOR": "TEMPORARY_OUTPUT"})
    coarse = write_grid(tmp_path / "coarse.tif", np.ones((5, 5)), GridSpec(GRID.west, GRID.north, 2 * KM, 2 * KM, 5, 5))
    with pytest.raises(QgsProcessingException, match="not on the grid"):
        processing.run("lodestone:wofeposterior", {"GENERALIZED": [weighted[0]["GENERALIZED"], coarse],
                                                   "DEPOSITS": deposits,
                                                   "POSTERIOR": "TEMPORARY_OUTPUT"})


def test_fuzzy_overlay_by_hand(evidence, tmp_path, write_grid, read_grid):
    distance = np.tile(np.arange(10.0), (10, 1)) * 100  # 0-900 m, increasing east
    grade = np.tile(np.arange(10.0)[:, None], (1, 10))  # 0-9 g/t, increasing south
    grade[0, 0] = np.nan
    paths = [write_grid(tmp_path / "distance.tif", distance, GRID), write_grid(tmp_path / "grade.tif", grade, GRID)]
    result = processing.run("lodestone:fuzzyoverlay", {"LAYERS": paths, "MEMBERSHIP": "linear,900,0; large,4,5",
                                                       "OPERATOR": 4, "GAMMA": 0.8,
                                                       "OUTPUT": str(tmp_path / "fuzzy.tif")})
    out, _, _ = read_grid(result["OUTPUT"])
    m1 = 1 - 300 / 900  # cell (6, 3): 300 m, decreasing line from 0 m (1) to 900 m (0)
    m2 = 1 / (1 + (6 / 4) ** -5)  # 6 g/t, midpoint 4
    expected = (1 - (1 - m1) * (1 - m2)) ** 0.8 * (m1 * m2) ** 0.2
    assert out[6, 3] == pytest.approx(expected, rel=1e-6)
    assert np.isnan(out[0, 0])  # nodata in one layer
    anded = processing.run("lodestone:fuzzyoverlay", {"LAYERS": paths, "MEMBERSHIP": "linear,900,0; large,4,5",
                                                      "OPERATOR": 0, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert read_grid(anded["OUTPUT"])[0][6, 3] == pytest.approx(min(m1, m2), rel=1e-6)


def test_fuzzy_overlay_bad_inputs_are_clear_errors(evidence, tmp_path, write_grid):
    path_a, path_b, _ = evidence
    with pytest.raises(QgsProcessingException, match="3 memberships for 2 layers"):
        processing.run("lodestone:fuzzyoverlay", {"LAYERS": [path_a, path_b], "MEMBERSHIP": "large;small;linear",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})
    coarse = write_grid(tmp_path / "coarse.tif", np.ones((5, 5)), GridSpec(GRID.west, GRID.north, 2 * KM, 2 * KM, 5, 5))
    with pytest.raises(QgsProcessingException, match="not on the grid"):
        processing.run("lodestone:fuzzyoverlay", {"LAYERS": [path_a, coarse], "MEMBERSHIP": "none",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})
