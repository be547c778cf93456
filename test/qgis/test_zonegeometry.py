"""lodestone:zonegeometry through Processing: on the demo property's drilling (CSV tables as the demo writes them),
and on memory layers of straight holes through a known plane.

The demo's Central Zone (science/demo/property.py) is a shear inside the corridor, striking along it and dipping
south-east, 70 degrees at its south-west end to 55 at its north-east end (central_zone_dip): a low-grade halo 11-21 m
wide with narrow veins. Its twelve historical holes, two on each of six sections, are drilled north-west against the
dip and cut it 28-107 m down. Selected at a 0.1 g/t halo cut-off, the assays give the shear: its strike, dip
direction, dip and the dip of each half along strike are tested against that truth, with the pierce points, the
125 m trace and the outputs' CRS and fields.
"""
import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

import processing
from lodestone.processing.compat import GeometryType
from lodestone.science.demo import property as demo
from lodestone.science.features import points_in_polygon

CRS = "EPSG:32618"


def outputs(folder):
    return {"PIERCE_POINTS": str(folder / "pierce.gpkg"), "SURFACE": str(folder / "surface.tif"),
            "LEVEL_TRACES": str(folder / "levels.gpkg")}


def run(folder, feedback=None, **parameters):
    return processing.run("lodestone:zonegeometry", {"CRS": CRS, **outputs(folder), **parameters}, feedback=feedback)


def demo_tables(demo_files, intervals=None):
    return {"COLLARS": demo_files["COLLARS"], "SURVEYS": demo_files["SURVEYS"],
            "INTERVALS": intervals or demo_files["ASSAYS"]}


def axial_difference(a, b):
    """Angle (degrees) between two strikes taken as lines (a vertical zone's strike is either way)."""
    return abs((a - b + 90.0) % 180.0 - 90.0)


@pytest.fixture(scope="module")
def demo_fit(lodestone_provider, demo_files, tmp_path_factory, recording_feedback):
    feedback = recording_feedback()
    result = run(tmp_path_factory.mktemp("zone"), feedback, **demo_tables(demo_files), SELECTION='"au_gpt" >= 0.1',
                 LEVELS="125,200,300", CELL_SIZE=10.0)
    return result, feedback


def features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    return layer, list(layer.getFeatures())


def true_dip_at(xy):
    """The Central Zone's true dip (degrees) below the mean of map points (n, 2)."""
    t, _ = demo.corridor_coordinates(np.mean(xy, axis=0) - np.asarray(demo.ORIGIN))
    return float(demo.central_zone_dip(t))


def test_demo_central_zone_attitude_and_its_dip_by_section_are_the_truth(demo_fit):
    result, feedback = demo_fit
    assert result["N_HOLES"] == len(demo.HOLE_PLAN)
    assert axial_difference(result["STRIKE"], demo.corridor_azimuth()) <= 3.0
    assert result["DIP_DIRECTION"] == pytest.approx(demo.central_zone_dip_direction(), abs=3.0)  # south-east
    assert result["DIP_DIRECTION"] == pytest.approx((result["STRIKE"] + 90.0) % 360.0, abs=0.01)
    _, points = features(result["PIERCE_POINTS"])
    xy = np.array([(f["x"], f["y"]) for f in points])
    assert result["DIP"] == pytest.approx(true_dip_at(xy), abs=3.0)
    assert result["STRIKE_LOW"] is not None and result["DIP_LOW"] <= result["DIP"] <= result["DIP_HIGH"]
    dips = [float(dip) for dip in result["SECTION_DIPS"].split(",")]
    assert len(dips) == 2 and dips[1] < dips[0]  # the north-eastern half dips less steeply
    sections = np.array([f["section"] for f in points])
    for number, dip in enumerate(dips, start=1):
        assert np.sum(sections == number) == 6
        assert dip == pytest.approx(true_dip_at(xy[sections == number]), abs=5.0)
    assert any(info.startswith(f"Zone fitted to {len(demo.HOLE_PLAN)} pierce points: strike")
               for info in feedback.infos)
    barren = ", ".join(hole_id for hole_id, *_ in demo.BARREN_HOLES)
    assert f"4 holes miss the zone (no interval selected): {barren}." in feedback.infos


def test_demo_pierce_points_are_3d_inside_the_central_zone(demo_fit):
    layer, points = features(demo_fit[0]["PIERCE_POINTS"])
    assert QgsWkbTypes.hasZ(layer.wkbType()) and layer.crs().authid() == CRS
    assert [f.name() for f in layer.fields()][1:] == ["hole_id", "x", "y", "z", "from_m", "to_m", "vertical_depth_m",
                                                       "true_thickness_m", "residual_m", "section"]
    assert sorted(f["hole_id"] for f in points) == sorted(hole_id for hole_id, *_ in demo.HOLE_PLAN)
    xyz = np.array([(f.geometry().constGet().x(), f.geometry().constGet().y(), f.geometry().constGet().z())
                    for f in points])
    np.testing.assert_allclose(xyz, [(f["x"], f["y"], f["z"]) for f in points], atol=0.01)
    ring = np.asarray(demo.ORIGIN) + demo.gold_zone_outline("Central Zone")
    assert points_in_polygon(xyz[:, :2], ring).all()
    depth = demo.GROUND_ELEVATION - xyz[:, 2]
    assert np.all((depth > 25.0) & (depth < demo.GOLD_ZONES["Central Zone"][4]))  # never tested below 125 m
    distance, t = demo.central_zone_distance(np.column_stack([xyz[:, :2] - np.asarray(demo.ORIGIN), depth]))
    assert np.all(np.abs(distance) < demo.central_zone_width(t) / 2)  # in the true shear


def test_demo_surface_and_level_traces(demo_fit):
    result, _ = demo_fit
    surface = QgsRasterLayer(result["SURFACE"], "surface")
    assert surface.isValid() and surface.crs().authid() == CRS and surface.rasterUnitsPerPixelX() == 10.0
    layer, traces = features(result["LEVEL_TRACES"])
    assert layer.crs().authid() == CRS and layer.geometryType() == GeometryType.Polygon
    assert [f.name() for f in layer.fields()][1:] == ["level_m", "elevation_m"]
    assert [(f["level_m"], f["elevation_m"]) for f in traces] == [
        (level, demo.GROUND_ELEVATION - level) for level in (125.0, 200.0, 300.0)]
    for trace in traces:
        assert trace.geometry().isGeosValid() and trace.geometry().area() > 0
    # at the deepest level drilled (125 m) the band holds the true shear's mid-surface along the drilled strike
    t = np.linspace(0.565, 0.68, 24)
    dip_direction = np.radians(demo.central_zone_dip_direction())
    across = (125.0 - demo.CENTRAL_ZONE_AXIS_DEPTH) / np.tan(np.radians(demo.central_zone_dip(t)))
    truth = demo.corridor_point(t) + across[:, None] * [np.sin(dip_direction), np.cos(dip_direction)]
    truth += np.asarray(demo.ORIGIN)
    band = traces[0].geometry()
    assert all(band.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y))) for x, y in truth)
    centre = band.centroid().asPoint()
    assert points_in_polygon((centre.x(), centre.y()), np.asarray(demo.ORIGIN) + demo.gold_zone_outline("Central Zone"))


def test_the_intercepts_of_compiledrillholes_give_the_same_holes(demo_fit, demo_files, tmp_path):
    compiled = processing.run("lodestone:compiledrillholes", {
        "COLLARS": demo_files["COLLARS"], "SURVEYS": demo_files["SURVEYS"], "ASSAYS": demo_files["ASSAYS"],
        "CRS": CRS, "TRACES": "TEMPORARY_OUTPUT", "INTERCEPTS": str(tmp_path / "intercepts.gpkg"),
        "HOLES": "TEMPORARY_OUTPUT", "TESTED_DEPTH": str(tmp_path / "tested.tif")})
    (tmp_path / "zone").mkdir()
    result = run(tmp_path / "zone", **demo_tables(demo_files, compiled["INTERCEPTS"]))
    assert result["N_HOLES"] == demo_fit[0]["N_HOLES"]
    assert axial_difference(result["STRIKE"], demo.corridor_azimuth()) <= 3.0


@pytest.mark.parametrize("selection, message", [
    ('"grade" >= 0.5', "names 'grade', which the interval table does not have. Its fields: hole_id, from_m"),
    ('"au_gpt" >= 5000', "selects none of the"),
    ('"au_gpt" >=', "cannot be read"),
    ("\"hole_id\" IN ('CZ-87-01', 'CZ-87-02')", "Only 2 of the holes cut the zone (CZ-87-01, CZ-87-02)"),
])
def test_bad_selections_are_refused_with_the_fix(lodestone_provider, demo_files, tmp_path, selection, message):
    with pytest.raises(QgsProcessingException) as error:
        run(tmp_path, **demo_tables(demo_files), SELECTION=selection)
    assert message in str(error.value)
    assert not any(tmp_path.iterdir())


# ----------------------------------------------------------------------------------------------------------------
# A known plane, from memory layers


def test_a_known_plane_from_memory_layers(lodestone_provider, memory_layer, tmp_path):
    """Eight straight holes drilled towards 300 degrees at 60 degrees (dips written positive down) through a plane
    striking 30 and dipping 60 (to 120) through (1000, 2000) at 250 m elevation, cut 4 m across it."""
    normal = np.array([np.sin(np.radians(120)) * np.sin(np.radians(60)),
                       np.cos(np.radians(120)) * np.sin(np.radians(60)), np.cos(np.radians(60))])
    direction = np.array([np.sin(np.radians(300)) * 0.5, np.cos(np.radians(300)) * 0.5, -np.sin(np.radians(60))])
    on_plane = np.array([1000.0, 2000.0, 250.0])
    collars, surveys, intervals = [], [], []
    along = np.array([np.sin(np.radians(30)), np.cos(np.radians(30)), 0.0])
    for i, (step, out) in enumerate([(-150, 60), (-100, 140), (-50, 80), (0, 180), (50, 100), (100, 60),
                                     (150, 150), (200, 90)]):
        collar = on_plane + along * step - direction * out * 1.0
        collar[2] = 300.0
        depth = normal @ (on_plane - collar) / (normal @ direction)
        hole_id = f"P{i}"
        collars.append((QgsGeometry(), [hole_id, *collar, depth + 40.0]))
        surveys.append((QgsGeometry(), [hole_id, 0.0, 300.0, 60.0]))
        half = 2.0 / abs(normal @ direction)
        intervals.append((QgsGeometry(), [hole_id, depth - half, depth + half]))
    text = "&field=hole_id:string"
    parameters = {
        "COLLARS": memory_layer("None", "collars", collars, CRS, text + "".join(
            f"&field={name}:double" for name in ("x", "y", "z", "length_m"))),
        "SURVEYS": memory_layer("None", "surveys", surveys, CRS, text + "&field=depth_m:double&field=azimuth:double"
                                "&field=dip:double"),
        "INTERVALS": memory_layer("None", "intervals", intervals, CRS, text + "&field=from_m:double&field=to_m:double"),
        "DIP_NEGATIVE_DOWN": False, "LEVELS": "0,100", "CELL_SIZE": 5.0}
    result = run(tmp_path, **parameters)
    assert result["STRIKE"] == pytest.approx(30.0, abs=0.1)
    assert result["DIP"] == pytest.approx(60.0, abs=0.1)
    assert result["DIP_DIRECTION"] == pytest.approx(120.0, abs=0.1)
    assert result["TRUE_THICKNESS"] == pytest.approx(4.0, abs=0.05)
    assert [float(dip) for dip in result["SECTION_DIPS"].split(",")] == pytest.approx([60.0, 60.0], abs=0.1)
    surface = QgsRasterLayer(result["SURFACE"], "surface")
    point = on_plane + np.array([np.sin(np.radians(120)), np.cos(np.radians(120)), 0.0]) * 10.0  # down dip
    value, found = surface.dataProvider().sample(QgsGeometry.fromWkt(f"Point ({point[0]} {point[1]})").asPoint(), 1)
    # within the slope across half a 5 m cell's diagonal
    assert found and value == pytest.approx(250.0 - 10.0 * np.tan(np.radians(60)), abs=3.6 * np.tan(np.radians(60)))
