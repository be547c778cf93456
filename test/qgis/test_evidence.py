"""Evidence algorithms through Processing: the demo stack, band names in QGIS, distances, geochemistry, training
points and bad input."""
import json

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsRasterLayer, QgsVectorLayer

import processing
from lodestone.science.demo import property as demo
from lodestone.science.evidence import geochem
from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec


def rings(table):
    """The exterior ring of each polygon of a science FeatureTable, as (n, 2) arrays."""
    return [np.array([(p.x(), p.y()) for p in QgsGeometry.fromWkt(wkt).asPolygon()[0]]) for wkt in table.geometries]


def polylines(table):
    return [np.array([(p.x(), p.y()) for p in QgsGeometry.fromWkt(wkt).asPolyline()]) for wkt in table.geometries]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """This module's folder for the soils grid and the demo stack (the session's demo files are read-only)."""
    return tmp_path_factory.mktemp("evidence")


@pytest.fixture(scope="module")
def soils(lodestone_provider, demo_files, folder, recording_feedback):
    log = recording_feedback()
    result = processing.run("lodestone:interpolatepoints", {
        "INPUT": demo_files["SOIL_SAMPLES"], "VALUE_FIELD": "au_ppb", "METHOD": 0, "LOG_TRANSFORM": True,
        "SEARCH_RADIUS": 150.0, "REFERENCE": demo_files["IP_CHARGEABILITY"],
        "OUTPUT": str(folder / "soils.tif")}, feedback=log)
    return result["OUTPUT"], log


@pytest.fixture(scope="module")
def demo_stack(demo_files, soils, folder, recording_feedback):
    log = recording_feedback()
    result = processing.run("lodestone:stackevidence", {
        "LAYERS": [demo_files["IP_CHARGEABILITY"], demo_files["ROADS"], demo_files["GEOLOGY"], soils[0]],
        "REFERENCE": demo_files["IP_CHARGEABILITY"], "MASK": demo_files["CLAIMS"], "CATEGORY_FIELD": "unit",
        "OUTPUT": str(folder / "stack.tif")}, feedback=log)
    return result, log


def test_interpolatepoints_counts_below_detection_and_writes_the_science(soils, demo_files, demo_property, read_grid):
    path, log = soils
    labels = demo_property.layers["soil_samples"].column("au_ppb").astype(str)
    below = int(np.char.startswith(labels, "<").sum())
    assert any(f"{len(labels)} samples: {below} below detection" in line for line in log.infos)
    values, grid, crs = read_grid(path)
    assert crs.authid() == "EPSG:32618" and grid == demo_property.ip_grid
    samples = QgsVectorLayer(demo_files["SOIL_SAMPLES"], "s", "ogr")
    xy = np.array([(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in samples.getFeatures()])
    lab = geochem.parse_lab_values([f["au_ppb"] for f in samples.getFeatures()])
    expected = geochem.interpolate(xy[:, 0], xy[:, 1], lab.values, grid, search_radius=150.0, log_transform=True)
    np.testing.assert_allclose(values, expected, rtol=1e-6, equal_nan=True)
    assert np.nanmin(values) >= np.log10(2.5) - 1e-6
    assert QgsRasterLayer(path, "s").bandName(1) == "Band 1: log10(au_ppb) (idw)"


def test_demo_stack_band_names_survive_the_round_trip_through_qgis(demo_stack, demo_property):
    result, _ = demo_stack
    units = sorted({row["unit"] for row in demo_property.layers["geology"].rows})
    names = ["ip_chargeability", "roads: distance (m)"] + [f"geology: unit = {u}" for u in units] + ["soils"]
    layer = QgsRasterLayer(result["OUTPUT"], "stack")
    assert layer.isValid() and layer.bandCount() == len(names)
    digits = len(str(len(names)))  # QGIS pads band numbers to the width of the band count: "Band 01: ip_chargeability"
    assert [layer.bandName(i) for i in range(1, len(names) + 1)] == [f"Band {i:0{digits}d}: {n}" for i, n in
                                                                     enumerate(names, start=1)]
    sidecar = json.loads(open(result["METADATA"]).read())
    assert [b["name"] for b in sidecar["bands"]] == names
    assert [b["kind"] for b in sidecar["bands"]] == ["continuous", "distance"] + ["onehot"] * len(units) + \
        ["continuous"]


def test_demo_stack_is_masked_to_the_claims_and_matches_its_sources(demo_stack, demo_property, read_grid, cell_centres,
                                                                    distance_to_polyline):
    result, log = demo_stack
    grid = demo_property.ip_grid
    centres = cell_centres(grid)
    inside = np.zeros(len(centres), dtype=bool)
    for ring in rings(demo_property.layers["claims"]):
        inside |= points_in_polygon(centres, ring)
    inside = inside.reshape(grid.shape)
    assert 0.3 < inside.mean() < 1.0
    assert any(f"{int((~inside).sum())} cells outside the mask are nodata" in line for line in log.infos)
    layer = QgsRasterLayer(result["OUTPUT"], "stack")
    stack = [read_grid(result["OUTPUT"], band)[0] for band in range(1, layer.bandCount() + 1)]
    for band in stack:
        assert np.isnan(band[~inside]).all()
    # IP: the same grid, so the values themselves
    np.testing.assert_allclose(stack[0][inside], demo_property.ip_chargeability[inside], rtol=1e-6)
    # roads: brute-force distances to the polylines, within half a cell diagonal
    roads = np.min([distance_to_polyline(centres[inside.ravel()], line)
                    for line in polylines(demo_property.layers["roads"])], axis=0)
    assert np.abs(stack[1][inside] - roads).max() <= 0.5 * np.hypot(25.0, 25.0) + 1e-3
    # geology: the unit of the last polygon holding the cell centre, one band per unit
    units = sorted({row["unit"] for row in demo_property.layers["geology"].rows})
    expected = np.full(len(centres), -1)
    for row, ring in zip(demo_property.layers["geology"].rows, rings(demo_property.layers["geology"])):
        expected[points_in_polygon(centres, ring)] = units.index(row["unit"])
    onehot = np.stack(stack[2:2 + len(units)])
    np.testing.assert_array_equal(onehot.sum(axis=0)[inside], 1.0)
    agree = np.argmax(onehot, axis=0)[inside] == expected.reshape(grid.shape)[inside]
    assert agree.mean() > 0.999  # cell centres on a shared edge may go either way
    # soils: the interpolated grid, masked
    soils, _, _ = read_grid(result["OUTPUT"], len(stack))
    np.testing.assert_allclose(stack[-1], soils, equal_nan=True)


def test_stack_from_cell_size_extent_and_crs_with_categorical_override(demo_files, tmp_path, demo_property,
                                                                        read_grid):
    ip = demo_files["IP_CHARGEABILITY"]
    result = processing.run("lodestone:stackevidence", {
        "LAYERS": [ip, demo_files["WATER"], demo_files["GEOLOGY"]], "CELL_SIZE": 50.0,
        "CATEGORICAL_RASTERS": [ip], "CATEGORY_FIELD": "rock_type, unit", "MAX_DISTANCE": 300.0,
        "EXTENT": "411500,414500,5493000,5495000 [EPSG:32618]", "OUTPUT": str(tmp_path / "stack.tif")})
    ip_band, grid, _ = read_grid(result["OUTPUT"], 1)
    assert grid == GridSpec(411_500.0, 5_495_000.0, 50.0, 50.0, 40, 60)
    # nearest neighbour: every value is one of the source cells' values
    assert np.isin(ip_band[np.isfinite(ip_band)], demo_property.ip_chargeability).all()
    water, _, _ = read_grid(result["OUTPUT"], 2)
    assert np.nanmax(water) == 300.0 and np.nanmin(water) < 0  # capped, negative inside the lakes and wetlands
    sidecar = json.loads(open(result["METADATA"]).read())
    assert sidecar["bands"][0]["resampling"] == "nearest" and "capped at 300 m" in sidecar["bands"][1]["units"]
    # water has neither category field: a distance; geology has "unit": one band per unit
    assert [b["kind"] for b in sidecar["bands"][1:]] == ["distance"] + ["onehot"] * len(
        {row["unit"] for row in demo_property.layers["geology"].rows})


def test_distanceraster_matches_brute_force(demo_files, tmp_path, demo_property, read_grid):
    result = processing.run("lodestone:distanceraster", {
        "INPUT": demo_files["SHOWINGS"], "REFERENCE": demo_files["IP_CHARGEABILITY"],
        "OUTPUT": str(tmp_path / "showings.tif")})
    distance, grid, crs = read_grid(result["OUTPUT"])
    assert grid == demo_property.ip_grid and crs.authid() == "EPSG:32618"
    showings = np.array([(p.x(), p.y()) for p in (QgsGeometry.fromWkt(w).asPoint()
                                                 for w in demo_property.layers["showings"].geometries)])
    east, north = grid.mesh()
    brute = np.min([np.hypot(east - x, north - y) for x, y in showings], axis=0)
    assert np.abs(distance - brute).max() <= 0.5 * np.hypot(25.0, 25.0) + 1e-3
    assert QgsRasterLayer(result["OUTPUT"], "d").bandName(1) == "Band 1: showings: distance (m)"


def test_trainingpoints_merges_to_one_point_per_cell_and_reports_it(demo_files, tmp_path, memory_layer,
                                                                    recording_feedback):
    # the IP grid's cells are 25 m; the grid's north-west corner is at local (1300, 3000)
    x0, y0 = demo.ORIGIN[0] + 1300.0, demo.ORIGIN[1] + 3000.0
    fields = "&field=name:string&field=gxt:double"
    intercepts = memory_layer("Point", "intercepts", [
        (f"Point ({x0 + 1010} {y0 - 1010})", ("a", 26.2)), (f"Point ({x0 + 1020} {y0 - 1020})", ("b", 131.6)),
        (f"Point ({x0 + 2010} {y0 - 510})", ("c", 4.0)), (f"Point ({x0 + 2015} {y0 - 515})", ("d", None))],
        fields=fields)
    showings = memory_layer("Point", "showings", [(f"Point ({x0 + 1005} {y0 - 1005})", ("s", 3.0)),
                                                  (f"Point ({x0 + 510} {y0 - 510})", ("t", 1.0))], fields=fields)
    barren = memory_layer("Point", "barren", [(f"Point ({x0 + 1015} {y0 - 1005})", ()),
                                              (f"Point ({x0 + 3010} {y0 - 1510})", ())])
    log = recording_feedback()
    result = processing.run("lodestone:trainingpoints", {
        "POSITIVES": [intercepts, showings], "WEIGHT_FIELD": "gxt", "NEGATIVES": barren,
        "REFERENCE": demo_files["IP_CHARGEABILITY"], "OUTPUT": str(tmp_path / "training.gpkg")}, feedback=log)
    layer = QgsVectorLayer(result["OUTPUT"], "t", "ogr")
    assert layer.crs().authid() == "EPSG:32618"
    rows = sorted((f["label"], f["weight"], f["merged"], round(f.geometry().asPoint().x() - x0, 1),
                   round(y0 - f.geometry().asPoint().y(), 1)) for f in layer.getFeatures())
    assert rows == [(0, 1.0, 1, 3012.5, 1512.5), (1, 1.0, 1, 512.5, 512.5), (1, 4.0, 1, 2012.5, 512.5),
                    (1, 131.6, 3, 1012.5, 1012.5)]
    assert any("4 training points (3 positive, 1 negative); 2 points merged" in line and
               "1 negatives dropped" in line for line in log.infos)


def test_no_overlap_and_empty_layers_are_named(demo_files, tmp_path, memory_layer):
    far = memory_layer("LineString", "old survey lines", [("LineString (100 100, 900 900)", ())])
    with pytest.raises(QgsProcessingException, match="Layer 'old survey lines' does not overlap the reference grid"):
        processing.run("lodestone:stackevidence", {"LAYERS": [far], "REFERENCE": demo_files["IP_CHARGEABILITY"],
                                                   "OUTPUT": str(tmp_path / "x.tif")})
    empty = memory_layer("Point", "new showings")
    with pytest.raises(QgsProcessingException, match="Layer 'new showings' has no features"):
        processing.run("lodestone:distanceraster", {"INPUT": empty, "REFERENCE": demo_files["IP_CHARGEABILITY"],
                                                    "OUTPUT": str(tmp_path / "x.tif")})


def test_geographic_reference_is_refused(demo_files, tmp_path, write_grid):
    geographic = write_grid(tmp_path / "wgs84.tif", np.ones((10, 10)), GridSpec(-77.0, 49.6, 0.001, 0.001, 10, 10),
                            epsg=4326)
    expected = "The reference raster is in a geographic CRS \\(EPSG:4326, degrees\\), but this tool works in metres"
    for algorithm, parameters in (
            ("lodestone:stackevidence", {"LAYERS": [demo_files["ROADS"]]}),
            ("lodestone:distanceraster", {"INPUT": demo_files["ROADS"]}),
            ("lodestone:trainingpoints", {"POSITIVES": [demo_files["SHOWINGS"]]})):
        with pytest.raises(QgsProcessingException, match=expected):
            processing.run(algorithm, {**parameters, "REFERENCE": geographic, "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="The stack's CRS is in a geographic CRS"):
        processing.run("lodestone:stackevidence", {"LAYERS": [demo_files["ROADS"]], "CELL_SIZE": 0.001,
                                                   "EXTENT": "-77,-76.9,49.5,49.6 [EPSG:4326]",
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})


def test_missing_grid_and_bad_samples_say_what_to_do(demo_files, tmp_path, memory_layer):
    with pytest.raises(QgsProcessingException, match="Give a reference raster, or a cell size"):
        processing.run("lodestone:stackevidence", {"LAYERS": [demo_files["ROADS"]],
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})
    blank = memory_layer("Point", "soils", [("Point (412000 5494000)", ("n.a.",)), ("Point (412100 5494000)", ("",))],
                         fields="&field=au:string")
    with pytest.raises(QgsProcessingException, match="No sample has a usable value"):
        processing.run("lodestone:interpolatepoints", {"INPUT": blank, "VALUE_FIELD": "au", "CELL_SIZE": 10.0,
                                                       "SEARCH_RADIUS": 100.0, "OUTPUT": "TEMPORARY_OUTPUT"})
