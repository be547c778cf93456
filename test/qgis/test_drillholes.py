"""lodestone:compiledrillholes through Processing, on the demo's drill-hole tables written as CSV files."""
import csv

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

import processing
from lodestone.science.demo import property as demo
from lodestone.science.features import FeatureTable, points_in_polygon

TABLES = ("collars", "surveys", "assays")


def write_csv(path, table, extra_rows=()):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(list(table.fields))
        for row in table.rows:
            writer.writerow([row[name] for name in table.fields])
        writer.writerows(extra_rows)
    return str(path)


@pytest.fixture(scope="module")
def csv_files(demo_property, tmp_path_factory):
    folder = tmp_path_factory.mktemp("drillholes")
    return {name: write_csv(folder / f"{name}.csv", demo_property.layers[name]) for name in TABLES}


def outputs(folder):
    return {"TRACES": str(folder / "traces.gpkg"), "INTERCEPTS": str(folder / "intercepts.gpkg"),
            "HOLES": str(folder / "holes.gpkg"), "TESTED_DEPTH": str(folder / "tested.tif")}


def run(inputs, folder, feedback=None, **parameters):
    return processing.run("lodestone:compiledrillholes", {
        "COLLARS": inputs["collars"], "SURVEYS": inputs["surveys"], "ASSAYS": inputs["assays"],
        **outputs(folder), **parameters}, feedback=feedback)


@pytest.fixture(scope="module")
def compiled(lodestone_provider, csv_files, tmp_path_factory):
    return run(csv_files, tmp_path_factory.mktemp("out"), CRS="EPSG:32618")


def features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    return layer, list(layer.getFeatures())


def zone_cells(grid, name):
    ring = np.asarray(demo.ORIGIN) + demo.gold_zone_outline(name)
    return points_in_polygon(np.column_stack([m.ravel() for m in grid.mesh()]), ring).reshape(grid.shape)


def test_traces_are_3d_and_end_at_the_hole_length(compiled, demo_property):
    layer, traces = features(compiled["TRACES"])
    assert QgsWkbTypes.hasZ(layer.wkbType()) and layer.crs().authid() == "EPSG:32618"
    collars = {r["hole_id"]: r for r in demo_property.layers["collars"].rows}
    assert sorted(f["hole_id"] for f in traces) == sorted(collars)
    for feature in traces:
        points = np.array([(p.x(), p.y(), p.z()) for p in feature.geometry().constGet().points()])
        collar = collars[feature["hole_id"]]
        np.testing.assert_allclose(points[0], [collar["x"], collar["y"], collar["z"]], atol=0.001)
        along = np.sum(np.linalg.norm(np.diff(points, axis=0), axis=1))
        assert along == pytest.approx(collar["length_m"], abs=0.01)
        assert feature["deepest_vertical_m"] == pytest.approx(collar["z"] - points[-1, 2], abs=0.01)


def test_intercepts_carry_the_named_labels_at_mid_depth(compiled):
    layer, intercepts = features(compiled["INTERCEPTS"])
    assert QgsWkbTypes.hasZ(layer.wkbType())
    assert [f.name() for f in layer.fields()][1:] == ["hole_id", "from_m", "to_m", "length_m", "au_gpt",
                                                       "grade_x_length", "vertical_depth_m", "label"]
    labels = {(f["hole_id"], f["label"]) for f in intercepts}
    assert {("CZ-88-04", "6.9 g/t Au over 3.8 m"), ("CZ-89-07", "87.7 g/t Au over 1.5 m")} <= labels
    for f in intercepts:
        assert f["length_m"] == pytest.approx(f["to_m"] - f["from_m"], abs=0.01)
        assert f["grade_x_length"] == pytest.approx(f["au_gpt"] * f["length_m"], rel=1e-3, abs=0.006)  # to 0.01
        assert f["vertical_depth_m"] == pytest.approx(320.0 - f.geometry().constGet().z(), abs=0.1)


def test_holes_summarise_each_collar(compiled):
    layer, holes = features(compiled["HOLES"])
    assert [f.name() for f in layer.fields()][1:] == ["hole_id", "best_intercept", "max_au_gpt",
                                                       "deepest_vertical_m", "n_intercepts"]
    by_id = {f["hole_id"]: f for f in holes}
    assert by_id["CZ-88-04"]["best_intercept"] == "6.9 g/t Au over 3.8 m"
    assert by_id["CZ-88-04"]["max_au_gpt"] == pytest.approx(14.5)
    assert by_id["CZ-89-07"]["max_au_gpt"] == pytest.approx(231.0)
    for hole_id, *_ in demo.BARREN_HOLES:
        assert by_id[hole_id]["n_intercepts"] == 0 and not by_id[hole_id]["best_intercept"]
        assert by_id[hole_id]["max_au_gpt"] < 0.1
    for hole_id, *_ in demo.HOLE_PLAN:
        assert by_id[hole_id]["n_intercepts"] >= 1


def test_tested_depth_shows_the_central_zone_to_125_m_and_the_new_west_zone_untested(compiled, read_grid):
    depth, grid, crs = read_grid(compiled["TESTED_DEPTH"])
    assert crs.authid() == "EPSG:32618" and grid.cell_x == 25.0
    central = zone_cells(grid, "Central Zone")
    assert central.sum() > 20
    assert np.nanmax(depth[central]) == pytest.approx(demo.GOLD_ZONES["Central Zone"][4], abs=4.0)
    new_west = zone_cells(grid, "New West Zone")
    assert not np.any(depth[new_west] > 0)  # NaN (nodata) or outside the grid: never drilled


def test_layers_with_the_crs_of_a_point_layer_and_a_reference_grid(compiled, csv_files, tmp_path, read_grid):
    def text_layer(path, options=""):
        layer = QgsVectorLayer(f"file://{path}?type=csv&detectTypes=yes{options}", "t", "delimitedtext")
        assert layer.isValid()
        return layer

    layers = {"collars": text_layer(csv_files["collars"], "&xField=x&yField=y&crs=EPSG:32618"),
              "surveys": text_layer(csv_files["surveys"], "&geomType=none"),
              "assays": text_layer(csv_files["assays"], "&geomType=none")}
    result = run(layers, tmp_path, REFERENCE=compiled["TESTED_DEPTH"], SEARCH_RADIUS=50.0)
    _, expected = features(compiled["INTERCEPTS"])
    _, found = features(result["INTERCEPTS"])
    assert sorted((f["hole_id"], f["label"]) for f in found) == sorted((f["hole_id"], f["label"]) for f in expected)
    first, _, _ = read_grid(compiled["TESTED_DEPTH"])
    second, _, _ = read_grid(result["TESTED_DEPTH"])
    np.testing.assert_allclose(second, first, atol=0.01)


def test_bad_rows_are_warned_with_hole_and_row_and_the_rest_is_compiled(compiled, demo_property, csv_files, tmp_path,
                                                                        recording_feedback):
    n = len(demo_property.layers["assays"])
    inputs = dict(csv_files, assays=write_csv(tmp_path / "assays.csv", demo_property.layers["assays"], [
        ("ZZ-99-01", 0.0, 1.0, 5.0), ("BR-90-01", 100.0, 101.0, "abc")]))
    feedback = recording_feedback()
    result = run(inputs, tmp_path, feedback, CRS="EPSG:32618")
    assert f"assays row {n + 1} (hole ZZ-99-01): hole ZZ-99-01 is not in the collar table; 1 row skipped." \
        in feedback.warnings
    assert f"assays row {n + 2} (hole BR-90-01): Au grade 'abc' is not a number; row skipped." in feedback.warnings
    assert features(result["INTERCEPTS"])[0].featureCount() == features(compiled["INTERCEPTS"])[0].featureCount()


def test_assays_of_unknown_holes_only_is_a_clear_error(csv_files, tmp_path):
    assays = FeatureTable("assays", None, 0, {"hole_id": str, "from_m": float, "to_m": float, "au_gpt": float})
    assays.add({"hole_id": "DDH-1", "from_m": 0.0, "to_m": 1.0, "au_gpt": 2.0})
    inputs = dict(csv_files, assays=write_csv(tmp_path / "assays.csv", assays))
    with pytest.raises(QgsProcessingException, match="None of the 1 assays rows names a hole in the collar table"):
        run(inputs, tmp_path, CRS="EPSG:32618")


@pytest.mark.parametrize("parameters, message", [
    ({}, "The collar table has no CRS: set 'Collar coordinates CRS'"),
    ({"CRS": "EPSG:4326"}, "geographic CRS"),
    ({"CRS": "EPSG:32618", "GRADE_FIELD": "au_ppm"},
     "GRADE_FIELD: the layer given as ASSAYS has no field 'au_ppm'. Its fields: hole_id"),
])
def test_missing_crs_or_field_is_a_clear_error(csv_files, tmp_path, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(csv_files, tmp_path, **parameters)
