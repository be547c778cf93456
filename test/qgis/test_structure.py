"""Structure algorithms through Processing: synthetic dykes with known traces, and bad input."""
import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsRasterLayer, QgsVectorLayer

import processing
from lodestone.science.demo import property as demo
from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec
from lodestone.science.structure import complexity, lineament_scoring, synthetic

CELL = 50.0


@pytest.fixture(scope="module")
def dyke_grid(lodestone_provider, tmp_path_factory, write_grid):
    grid = GridSpec(500_000.0, 5_500_000.0, CELL, CELL, 240, 240)
    field, traces = synthetic.dyke_field(grid, n_dykes=12, seed=5)
    return write_grid(tmp_path_factory.mktemp("dykes") / "rtp.tif", field, grid), grid, traces


@pytest.fixture(scope="module")
def extracted(dyke_grid, tmp_path_factory):
    path, _, _ = dyke_grid
    out = tmp_path_factory.mktemp("lines")
    return processing.run("lodestone:extractlineaments", {
        "INPUT": path, "MIN_WAVELENGTH": 3 * CELL, "POLARITY": 0, "OUTPUT": str(out / "lineaments.gpkg"),
        "RIDGES": str(out / "ridges.tif")})


def line_coords(layer):
    lines = []
    for feature in layer.getFeatures():
        for part in feature.geometry().constParts():
            lines.append(np.array([(p.x(), p.y()) for p in part.points()]))
    return lines


def test_extractlineaments_follows_the_dyke_axes(extracted, dyke_grid):
    _, grid, traces = dyke_grid
    layer = QgsVectorLayer(extracted["OUTPUT"], "lineaments", "ogr")
    assert layer.crs().authid() == "EPSG:32618"
    assert [f.name() for f in layer.fields()][-4:] == ["length_m", "azimuth", "strength", "scale_m"]
    feature = next(layer.getFeatures())
    assert feature["length_m"] == pytest.approx(feature.geometry().length(), rel=0.02)
    assert 0 <= feature["azimuth"] < 180 and 0 < feature["strength"] <= 1
    _, _, f1 = lineament_scoring.buffer_scores(line_coords(layer), [np.asarray(t) for t in traces], grid, 2)
    assert f1 >= 0.8
    assert QgsRasterLayer(extracted["RIDGES"], "ridges").isValid()


def test_structuralcomplexity_maps_and_typed_junctions(extracted, dyke_grid, tmp_path, read_grid):
    path, _, _ = dyke_grid
    result = processing.run("lodestone:structuralcomplexity", {
        "INPUT": extracted["OUTPUT"], "REFERENCE": path, "SIGMA": 500, "SNAP_DISTANCE": 100,
        "CONTACT_DENSITY": str(tmp_path / "contact.tif"), "ORIENTATION_ENTROPY": str(tmp_path / "entropy.tif"),
        "LINEAMENT_DENSITY": str(tmp_path / "density.tif"), "COMPLEXITY": str(tmp_path / "complexity.tif"),
        "JUNCTIONS": str(tmp_path / "junctions.gpkg")})
    heat, grid, _ = read_grid(result["COMPLEXITY"])
    assert grid.shape == (240, 240) and np.nanmin(heat) >= 0 and np.nanmax(heat) <= 1
    entropy, _, _ = read_grid(result["ORIENTATION_ENTROPY"])
    assert np.nanmax(entropy) <= 1 and np.nanmin(entropy) >= 0
    junctions = QgsVectorLayer(result["JUNCTIONS"], "j", "ogr")
    expected, kinds = complexity.find_junctions(line_coords(QgsVectorLayer(extracted["OUTPUT"], "l", "ogr")), 100)
    assert junctions.featureCount() == len(expected) > 0
    assert sorted(f["kind"] for f in junctions.getFeatures()) == sorted(kinds)
    density, _, _ = read_grid(result["LINEAMENT_DENSITY"])
    lines = QgsVectorLayer(extracted["OUTPUT"], "l", "ogr")
    total_km = sum(f["length_m"] for f in lines.getFeatures()) / 1000
    assert np.nansum(density) * (CELL / 1000) ** 2 == pytest.approx(total_km, rel=0.1)  # km per km² integrates


def test_empty_lineament_layer_gives_empty_maps_with_a_warning(lodestone_provider, dyke_grid, tmp_path, memory_layer,
                                                               read_grid, recording_feedback):
    path, _, _ = dyke_grid
    feedback = recording_feedback()
    result = processing.run("lodestone:structuralcomplexity", {
        "INPUT": memory_layer("LineString", "empty"), "REFERENCE": path, "SIGMA": 500, "SNAP_DISTANCE": 100,
        "COMPLEXITY": str(tmp_path / "complexity.tif"), "JUNCTIONS": "TEMPORARY_OUTPUT"}, feedback=feedback)
    heat, _, _ = read_grid(result["COMPLEXITY"])
    assert np.nanmax(np.nan_to_num(heat)) == 0
    assert result["JUNCTIONS"].featureCount() == 0
    assert any("empty" in w for w in feedback.warnings)


def test_lineaments_in_a_geographic_crs_are_refused(lodestone_provider, memory_layer):
    layer = memory_layer("LineString", "lonlat", [("LineString (-76.2 49.6, -76.1 49.7)", ())], "EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        processing.run("lodestone:structuralcomplexity", {"INPUT": layer, "CELL_SIZE": 50, "SIGMA": 200,
                                                          "COMPLEXITY": "TEMPORARY_OUTPUT"})


@pytest.mark.parametrize("parameters, message", [
    ({"MIN_WAVELENGTH": 50.0}, "2 cells"),  # 1 cell
    ({"MIN_WAVELENGTH": 3000.0}, "(?i)too small|smaller"),  # the filter bank is larger than the grid
])
def test_bad_filter_bank_parameters_are_clear_errors(lodestone_provider, dyke_grid, parameters, message):
    path, _, _ = dyke_grid
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("lodestone:phasesymmetry", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT", **parameters})


def test_all_nodata_grid_is_a_clear_error(lodestone_provider, tmp_path, write_grid):
    grid = GridSpec(500_000.0, 5_500_000.0, CELL, CELL, 100, 100)
    path = write_grid(tmp_path / "nodata.tif", np.full(grid.shape, np.nan), grid)
    with pytest.raises(QgsProcessingException, match="(?i)nodata|no valid"):
        processing.run("lodestone:extractlineaments", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_lineamentstatistics_writes_a_rose_diagram_and_table(extracted, tmp_path):
    result = processing.run("lodestone:lineamentstatistics", {
        "INPUT": extracted["OUTPUT"], "BINS": 18, "OUTPUT_HTML": str(tmp_path / "rose.html"),
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    page = (tmp_path / "rose.html").read_text()
    assert page.count("<svg") == 2 and "Rose diagram" in page
    table = result["OUTPUT_TABLE"]
    assert table.featureCount() == 18
    assert sum(f["percent"] for f in table.getFeatures()) == pytest.approx(100, abs=0.1)
    lines = QgsVectorLayer(extracted["OUTPUT"], "l", "ogr")
    assert sum(f["count"] for f in table.getFeatures()) == lines.featureCount()


def test_texture_and_magneticanomalies_run_on_the_grid(dyke_grid, tmp_path, read_grid):
    path, grid, _ = dyke_grid
    texture = processing.run("lodestone:texture", {"INPUT": path, "WINDOW": 250, "OUTPUT": str(tmp_path / "t.tif")})
    values, _, _ = read_grid(texture["OUTPUT"])
    assert np.nanmin(values) >= 0 and np.nanmax(values) > 1
    zones = processing.run("lodestone:magneticanomalies", {"INPUT": path, "REGIONAL_WAVELENGTH": 3000,
                                                          "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    kinds = {f["kind"] for f in zones.getFeatures()}
    assert "high" in kinds


def test_phasesymmetry_combines_orientations_as_asked(dyke_grid, tmp_path, read_grid):
    path, _, _ = dyke_grid
    maps = {}
    for combine in (0, 1):  # sum (the default), best orientation
        result = processing.run("lodestone:phasesymmetry", {
            "INPUT": path, "POLARITY": 0, "ORIENTATION_COMBINE": combine, "OUTPUT": str(tmp_path / f"ps{combine}.tif")})
        maps[combine], _, _ = read_grid(result["OUTPUT"])
    default = processing.run("lodestone:phasesymmetry", {"INPUT": path, "POLARITY": 0,
                                                         "OUTPUT": str(tmp_path / "default.tif")})
    assert np.array_equal(read_grid(default["OUTPUT"])[0], maps[0])
    assert np.all(maps[1] >= maps[0] - 1e-6) and np.mean(maps[1] > maps[0] + 0.1) > 0.01


def test_trendcorridors_joins_collinear_pieces_up_to_max_gap(lodestone_provider, memory_layer):
    # two 1 km pieces of a NE lineament 600 m apart along strike
    direction = np.array([np.sin(np.radians(45)), np.cos(np.radians(45))])
    centre = np.array([500_000.0, 5_500_000.0])
    pieces = memory_layer("LineString", "lines", [
        (QgsGeometry.fromPolylineXY([QgsPointXY(*start), QgsPointXY(*end)]), ())
        for start, end in ((centre - 1300 * direction, centre - 300 * direction),
                           (centre + 300 * direction, centre + 1300 * direction))])
    lengths = {}
    for max_gap in (0.0, 700.0):
        layer = processing.run("lodestone:trendcorridors", {"INPUT": pieces, "AZIMUTH_MIN": 30, "AZIMUTH_MAX": 60,
                                                            "MAX_GAP": max_gap, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        lengths[max_gap] = sorted(f["strike_length_m"] for f in layer.getFeatures())
    assert [round(length, -2) for length in lengths[0.0]] == [1000, 1000]
    assert lengths[700.0] == [pytest.approx(2600, abs=50)]


@pytest.fixture(scope="module")
def demo_structure(lodestone_provider, demo_corrected, tmp_path_factory):
    """The demo's own chain (demo_project.py) from its corrected ground survey to its structure layers."""
    from lodestone import demo_project

    folder = tmp_path_factory.mktemp("demo")
    altitude = demo_project.GROUND_ELEVATION + demo_project.SENSOR_HEIGHT
    magnetics = demo_project.grid_and_transform(demo_corrected, "anomaly_nt", folder / "magnetics", "2019-10-20",
                                                altitude, None, line_field="line")
    return demo_project.structure_chain(magnetics["rtp"], folder / "structure", None, min_wavelength=75.0, sigma=150.0,
                                        snap=50.0)


def test_demo_ne_corridor_is_one_corridor_of_2_2_km(demo_structure):
    layer = QgsVectorLayer(demo_structure["corridors"], "corridors", "ogr")
    centre = demo.corridor_point(0.5) + np.asarray(demo.ORIGIN)
    through_centre = []
    for feature in layer.getFeatures():
        ring = np.array([(p.x(), p.y()) for p in feature.geometry().asPolygon()[0]])
        if points_in_polygon(centre, ring)[0] or np.min(np.hypot(*(ring - centre).T)) < 150:
            through_centre.append(feature)
    assert len(through_centre) == 1, [(f["strike_length_m"], f["azimuth"]) for f in layer.getFeatures()]
    corridor = through_centre[0]
    assert corridor["strike_length_m"] == pytest.approx(demo.corridor_length(), abs=200)  # issue 15: 2.2 +- 0.2 km
    assert corridor["azimuth"] == pytest.approx(demo.corridor_azimuth(), abs=10)
    assert corridor["width_m"] < 300
