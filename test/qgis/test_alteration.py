"""lodestone:compilealteration through Processing, on small drill-hole tables built here (memory layers and CSV
files as the demo writes them): the 3D points, the map's values at the holes and its nodata beyond the search
radius, the map going into stackevidence, and the wrong inputs refused with their fix."""
import math

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

import processing

CRS = "EPSG:32618"
FIELDS = ["carbonate", "sericite", "fuchsite"]
RADIUS = 60.0
CELL = 10.0
SIN60 = math.sin(math.radians(60))

# hole id, collar (x, y, z on cell centres of the 10 m map), length, survey (azimuth, dip) or None for vertical
HOLES = [("V1", (413005.0, 5494005.0, 320.0), 100.0, None), ("V2", (413105.0, 5494005.0, 310.0), 80.0, None),
         ("V3", (413055.0, 5494105.0, 300.0), 60.0, None), ("I1", (413205.0, 5494205.0, 300.0), 120.0, (90.0, -60.0))]
LOGS = [("V1", 0, 20, 1, 1, 0), ("V1", 20, 60, 2, 1, 1), ("V1", 60, 70, 3, 3, 3),
        ("V2", 0, 50, 0, 1, 0), ("V2", 55, 50, 1, 1, 1),  # inverted: skipped
        ("V3", 5, 45, 3, 2, 2),
        ("I1", 10, 30, 1, 0, 0), ("I1", 30, 50, 2, 2, 2), ("I1", 80, 100, 3, 3, 3),
        ("X9", 0, 10, 1, 1, 1)]  # no collar: listed
WINDOW = {"MIN_DEPTH": 10.0, "MAX_DEPTH": 50.0}
# by hand, over 10-50 m below the collar (sum of the intensities, length-weighted mean): V1 (2 x 10 + 4 x 30) / 40,
# V2 1 over 40 m, V3 7 over 35 m; I1 (drilled east at 60 degrees) has the window from 10 / sin 60 m along the hole
# to 50 / sin 60 = 57.7 m, below its 30-50 m interval
I1_TOP = 10 / SIN60
VALUES = {"V1": 3.5, "V2": 1.0, "V3": 7.0, "I1": (1 * (30 - I1_TOP) + 6 * 20) / (50 - I1_TOP)}
I1_CENTRE = (I1_TOP + 50) / 2  # along the hole
POSITIONS = {"V1": (413005.0, 5494005.0), "V2": (413105.0, 5494005.0), "V3": (413055.0, 5494105.0),
             "I1": (413205.0 + I1_CENTRE / 2, 5494205.0)}


@pytest.fixture()
def tables(memory_layer):
    """COLLARS, SURVEYS and LOGS as memory tables (no geometry; intensities as integers)."""
    text = "&field=hole_id:string"
    collars = [(QgsGeometry(), [hole_id, *xyz, length]) for hole_id, xyz, length, _ in HOLES]
    surveys = [(QgsGeometry(), [hole_id, 0.0, *survey]) for hole_id, _, _, survey in HOLES if survey]
    logs = [(QgsGeometry(), list(row)) for row in LOGS]
    return {
        "COLLARS": memory_layer("None", "collars", collars, CRS, text + "".join(
            f"&field={name}:double" for name in ("x", "y", "z", "length_m"))),
        "SURVEYS": memory_layer("None", "surveys", surveys, CRS,
                                text + "&field=depth_m:double&field=azimuth:double&field=dip:double"),
        "LOGS": memory_layer("None", "logs", logs, CRS, text + "&field=from_m:double&field=to_m:double" + "".join(
            f"&field={name}:integer" for name in FIELDS)),
    }


def outputs(folder):
    return {"POINTS": str(folder / "alteration.gpkg"), "MAP": str(folder / "alteration.tif")}


def run(folder, tables, feedback=None, **parameters):
    return processing.run("lodestone:compilealteration", {
        **tables, "INTENSITY_FIELDS": FIELDS, "CRS": CRS, "CELL_SIZE": CELL, "SEARCH_RADIUS": RADIUS, **WINDOW,
        **outputs(folder), **parameters}, feedback=feedback)


@pytest.fixture()
def result(lodestone_provider, tables, tmp_path, recording_feedback):
    feedback = recording_feedback()
    return run(tmp_path, tables, feedback), feedback


def test_the_points_are_the_logged_intervals_in_3d(result):
    layer = QgsVectorLayer(result[0]["POINTS"], "points", "ogr")
    assert layer.isValid() and QgsWkbTypes.hasZ(layer.wkbType()) and layer.crs().authid() == CRS
    assert [f.name() for f in layer.fields()][1:] == ["hole_id", "from_m", "to_m", "vertical_depth_m", *FIELDS,
                                                       "alteration_index", "window_m"]
    rows = {(f["hole_id"], f["from_m"]): f for f in layer.getFeatures()}
    assert sorted(rows) == sorted((row[0], row[1]) for row in LOGS if row[0] != "X9" and row[1] < row[2])
    collars = {hole_id: xyz for hole_id, xyz, _, _ in HOLES}
    for (hole_id, start), feature in rows.items():
        middle = (start + feature["to_m"]) / 2
        point = feature.geometry().constGet()
        x, y, z = collars[hole_id]
        if hole_id == "I1":  # 0.5 m east and sin 60 m down for each metre along the hole
            x, drop = x + middle / 2, middle * SIN60
        else:
            drop = middle
        assert (point.x(), point.y(), point.z()) == pytest.approx((x, y, z - drop), abs=1e-3)
        assert feature["vertical_depth_m"] == pytest.approx(drop, abs=0.01)
        logged = next(row for row in LOGS if row[:2] == (hole_id, start))
        assert [feature[name] for name in FIELDS] == list(logged[3:])
        assert feature["alteration_index"] == sum(logged[3:])
    assert rows[("V1", 0)]["window_m"] == pytest.approx(10.0) and rows[("V1", 60)]["window_m"] == 0
    assert rows[("I1", 10)]["window_m"] == pytest.approx(30 - I1_TOP, abs=0.001)


def test_the_map_holds_each_hole_s_value_and_nodata_beyond_the_radius(result, read_grid):
    outputs_, feedback = result
    assert outputs_["N_HOLES"] == 4
    values, grid, crs = read_grid(outputs_["MAP"])
    assert crs.authid() == CRS and grid.cell_x == CELL
    for hole_id, (x, y) in POSITIONS.items():
        if hole_id != "I1":  # on a cell centre
            row, col = grid.index_of(x, y)
            assert values[row, col] == pytest.approx(VALUES[hole_id], abs=1e-5)
    finite = values[np.isfinite(values)]
    assert finite.min() >= min(VALUES.values()) - 1e-5 and finite.max() <= max(VALUES.values()) + 1e-5
    east, north = grid.mesh()
    nearest = np.min([np.hypot(east - x, north - y) for x, y in POSITIONS.values()], axis=0)
    np.testing.assert_array_equal(np.isfinite(values), nearest <= RADIUS)
    # I1 is mapped where its window's logging is centred, 15.4 m east of its collar; cells near it alone take its
    # value
    others = np.min([np.hypot(east - x, north - y) for hole_id, (x, y) in POSITIONS.items() if hole_id != "I1"], axis=0)
    alone = (np.hypot(east - POSITIONS["I1"][0], north - POSITIONS["I1"][1]) <= RADIUS) & (others > RADIUS)
    assert alone.sum() > 100
    np.testing.assert_allclose(values[alone], VALUES["I1"], atol=1e-5)
    # the grid: the holes plus the radius, on multiples of the cell size
    xy = np.array(list(POSITIONS.values()))
    assert (grid.west, grid.north) == (np.floor((xy[:, 0].min() - RADIUS) / CELL) * CELL,
                                       np.ceil((xy[:, 1].max() + RADIUS) / CELL) * CELL)
    assert any("hole X9 is not in the collar table" in w for w in feedback.warnings)
    assert any("interval 55-50 m is inverted" in w for w in feedback.warnings)


def test_the_map_goes_into_the_evidence_stack_as_it_is(result, read_grid, tmp_path):
    alteration_map = result[0]["MAP"]
    stacked = processing.run("lodestone:stackevidence", {"LAYERS": [alteration_map], "REFERENCE": alteration_map,
                                                         "OUTPUT": str(tmp_path / "stack.tif")})["OUTPUT"]
    values, _, _ = read_grid(alteration_map)
    band, grid, _ = read_grid(stacked)
    assert band.shape == values.shape
    np.testing.assert_array_equal(np.isnan(band), np.isnan(values))  # nodata stays nodata
    np.testing.assert_allclose(band, values, atol=1e-5, equal_nan=True)


def test_a_csv_log_of_text_the_largest_intensity_and_an_open_window(lodestone_provider, tables, tmp_path, read_grid):
    """The log as a CSV file (read as text, as the demo's tables are), COMBINE = largest, SUMMARY = largest, the
    window from 40 m to the bottom."""
    path = tmp_path / "alteration.csv"
    path.write_text("hole_id,from_m,to_m," + ",".join(FIELDS) + "\n"
                    + "".join(",".join(str(v) for v in row) + "\n" for row in LOGS))
    folder = tmp_path / "out"
    folder.mkdir()
    outputs_ = run(folder, {**tables, "LOGS": str(path)}, COMBINE=1, SUMMARY=1, MIN_DEPTH=40.0, MAX_DEPTH=None)
    values, grid, _ = read_grid(outputs_["MAP"])
    # largest intensity of the intervals reaching below 40 m: V1 3 (60-70 m), V2 1 (0-50 m), V3 3 (5-45 m); I1's
    # 30-50 m interval ends at 43.3 m vertical, its 80-100 m one is below: 3
    assert outputs_["N_HOLES"] == 4
    for hole_id, expected in (("V1", 3.0), ("V2", 1.0), ("V3", 3.0)):
        row, col = grid.index_of(*POSITIONS[hole_id])
        assert values[row, col] == pytest.approx(expected)


@pytest.mark.parametrize("change, message", [
    ({"INTENSITY_FIELDS": []}, "No intensity field was picked"),
    ({"INTENSITY_FIELDS": ["carbonate", "rock"]}, "The intensity field 'rock' holds text such as 'strong'"),
    ({"INTENSITY_FIELDS": ["carbonate", "from_m"]}, "Intensity field 'from_m' is the log's hole id, from or to"),
    ({"INTENSITY_FIELDS": ["carbonate", "talc"]}, "LOGS has no field 'talc'"),
    ({"MIN_DEPTH": 200.0, "MAX_DEPTH": 300.0}, "No logged interval lies within the depth window (200-300 m"),
    ({"MIN_DEPTH": 50.0, "MAX_DEPTH": 20.0}, "must be above its bottom"),
    ({"CRS": "EPSG:4326"}, "geographic CRS"),
    ({"CELL_SIZE": 0.001}, "Use a cell size of at least"),
    ({"EXTENT": "0,100,0,100 [EPSG:32618]"}, "No cell centre of the map lies within the search radius"),
    ({"LOGS": "unknown holes"}, "None of the 2 logs rows names a hole in the collar table"),
])
def test_wrong_inputs_are_refused_with_the_fix(lodestone_provider, tables, memory_layer, tmp_path, change, message):
    logs = tables["LOGS"]
    if change.get("LOGS") == "unknown holes":
        change = {"LOGS": memory_layer("None", "logs", [(QgsGeometry(), ["Z1", 0.0, 5.0, 1, 1, 1]),
                                                        (QgsGeometry(), ["Z2", 0.0, 5.0, 1, 1, 1])], CRS,
                                       "&field=hole_id:string&field=from_m:double&field=to_m:double"
                                       + "".join(f"&field={name}:integer" for name in FIELDS))}
    if "rock" in change.get("INTENSITY_FIELDS", []):
        rocks = [[*row, "strong"] for row in LOGS]
        change["LOGS"] = memory_layer("None", "logs", [(QgsGeometry(), row) for row in rocks], CRS,
                                      "&field=hole_id:string&field=from_m:double&field=to_m:double" + "".join(
                                          f"&field={name}:integer" for name in FIELDS) + "&field=rock:string")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(QgsProcessingException, match=None) as refused:
        run(folder, {**tables, "LOGS": logs}, **change)
    assert message in str(refused.value)
    assert not any(folder.iterdir())


def test_cancel_while_mapping_writes_nothing(lodestone_provider, tables, tmp_path):
    class CancelWhileMapping(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS API)
            super().setProgress(progress)
            if progress >= 50:
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        run(tmp_path, tables, CancelWhileMapping())
    assert not any(tmp_path.iterdir())
