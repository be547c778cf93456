"""Logistics algorithms through Processing: a small network with a known answer, QGIS's own network tools as a
check, and the drill plan on the demo property (layers written to GeoPackages).

The small network is that of test/test_access.py: a highway from (0, 0) east to (3000, 0) at 80 km/h, a forestry
road north from there to (3000, 2000) at 40 km/h, a lake over x 1500-2700, y 200-700, off road at 4 km/h. Hand
answers: T1 (1000, 500) is 0.0125 h by road and 500 m (0.125 h) off road from (1000, 0); T2 (2100, 800) is
0.0575 h by road and 900 m (0.225 h) off road from (3000, 800), since the lake blocks the way south; T3 (2000, 400)
is in the lake. QGIS measures network costs on the ellipsoid, Lodestone on the map (UTM, scale factor 0.9996 to
1.0004 here): they agree within 0.1 %, inside the 1 % tolerance.
"""
import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

import processing
from lodestone.processing.base import attribute_value
from lodestone.processing.compat import FIELD_TYPES
from lodestone.science.demo import property as demo
from lodestone.science.features import FeatureTable, linestring_wkt, point_wkt, polygon_wkt
from lodestone.science.grid import GridSpec
from lodestone.science.logistics import access, drillplan

ORIGIN = np.array(demo.ORIGIN)
CELL = 10.0
EXTENT = f"{ORIGIN[0] - 505},{ORIGIN[0] + 3505},{ORIGIN[1] - 505},{ORIGIN[1] + 2505} [EPSG:32618]"
LAKE = np.array([[1500.0, 200.0], [2700.0, 200.0], [2700.0, 700.0], [1500.0, 700.0]])
T1, T2, T3 = (1000.0, 500.0), (2100.0, 800.0), (2000.0, 400.0)


def write_layer(path, table, crs="EPSG:32618"):
    """Write a science FeatureTable (coordinates in EPSG:32618) to a GeoPackage in ``crs``."""
    geometry = table.geometry_type or "None"
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32618", table.name, "memory")
    layer.dataProvider().addAttributes([QgsField(name, FIELD_TYPES[kind]) for name, kind in table.fields.items()])
    layer.updateFields()
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    features = []
    for row, wkt in zip(table.rows, table.geometries):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row.get(name) for name in table.fields])
        if wkt is not None:
            shape = QgsGeometry.fromWkt(wkt)
            shape.transform(transform)
            feature.setGeometry(shape)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    if crs != "EPSG:32618":
        layer.setCrs(QgsCoordinateReferenceSystem(crs))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return str(path)


def points_table(points, name="points", **columns):
    table = FeatureTable(name, "Point", 32618, {key: type(values[0]) for key, values in columns.items()})
    for k, (x, y) in enumerate(np.asarray(points, dtype=float) + ORIGIN):
        table.add({key: values[k] for key, values in columns.items()}, point_wkt(x, y))
    return table


@pytest.fixture(scope="module")
def value_at(read_grid):
    """value_at(path, point): the value of a raster at a local point (metres from ORIGIN)."""

    def at(path, point):
        values, grid, _ = read_grid(path)
        row, col = grid.index_of(*(np.asarray(point) + ORIGIN))
        return values[row, col]

    return at


@pytest.fixture(scope="module")
def network_files(lodestone_provider, tmp_path_factory):
    folder = tmp_path_factory.mktemp("network")
    roads = FeatureTable("roads", "LineString", 32618, {"name": str, "class": str, "speed_kmh": float})
    roads.add({"name": "Highway", "class": "highway", "speed_kmh": 80.0},
              linestring_wkt(ORIGIN + [[0.0, 0.0], [3000.0, 0.0]]))
    roads.add({"name": "Forestry", "class": "forestry", "speed_kmh": 40.0},
              linestring_wkt(ORIGIN + [[3000.0, 0.0], [3000.0, 2000.0]]))
    lake = FeatureTable("lake", "Polygon", 32618, {"name": str})
    lake.add({"name": "Lake"}, polygon_wkt(ORIGIN + LAKE))
    return {"roads": write_layer(folder / "roads.gpkg", roads),
            "roads_4326": write_layer(folder / "roads_4326.gpkg", roads, "EPSG:4326"),
            "lake": write_layer(folder / "lake.gpkg", lake),
            "base": write_layer(folder / "base.gpkg", points_table([[0.0, -50.0]], name="base", name_=["camp"])),
            "base_on_road": write_layer(folder / "base_on_road.gpkg", points_table([[0.0, 0.0]], id=[1])),
            "targets": write_layer(folder / "targets.gpkg", points_table([T1, T2, T3], name_=["T1", "T2", "T3"])),
            "folder": folder}


def run_accesscost(files, tmp_path, **parameters):
    return processing.run("lodestone:accesscost", {
        "ROADS": files["roads"], "SPEED_FIELD": "speed_kmh", "BARRIERS": files["lake"], "BASE": files["base"],
        "CELL_SIZE": CELL, "EXTENT": EXTENT, "HOUR_BANDS": "0.025,0.05",
        "TRAVEL_TIME": str(tmp_path / "time.tif"), "DISTANCE_TO_ROAD": str(tmp_path / "distance.tif"),
        "SERVICE_AREAS": str(tmp_path / "areas.gpkg"), **parameters})


def test_accesscost_matches_the_hand_computation(network_files, tmp_path, value_at):
    result = run_accesscost(network_files, tmp_path)
    assert result["BASE_SNAP_DISTANCE"] == pytest.approx(50.0)  # the camp is 50 m off the road end
    assert value_at(result["TRAVEL_TIME"], T1) == pytest.approx(0.0125 + 0.125, rel=0.01)
    assert value_at(result["TRAVEL_TIME"], T2) == pytest.approx(0.0575 + 0.225, rel=0.01)
    assert np.isnan(value_at(result["TRAVEL_TIME"], T3))
    assert value_at(result["DISTANCE_TO_ROAD"], T2) == pytest.approx(900.0, rel=0.01)
    areas = QgsVectorLayer(result["SERVICE_AREAS"], "areas", "ogr")
    assert areas.crs().authid() == "EPSG:32618"
    by_band = {}
    for feature in areas.getFeatures():
        by_band.setdefault(feature["hours"], []).append(feature.geometry().boundingBox())
    assert sorted(by_band) == [0.025, 0.05]
    east = max(box.xMaximum() for box in by_band[0.025]) - ORIGIN[0]
    assert east == pytest.approx(2000.0 + CELL / 2, rel=0.01)  # 0.025 h x 80 km/h along the highway
    north = max(box.yMaximum() for box in by_band[0.05]) - ORIGIN[1]
    assert north == pytest.approx(500.0 + CELL / 2, rel=0.01)  # 0.0125 h x 40 km/h past the corner


def test_class_field_speeds_give_the_same_times(network_files, tmp_path, value_at):
    result = run_accesscost(network_files, tmp_path, SPEED_FIELD=None, CLASS_FIELD="class",
                            DISTANCE_TO_ROAD=None, SERVICE_AREAS=None)
    assert value_at(result["TRAVEL_TIME"], T2) == pytest.approx(0.0575 + 0.225, rel=0.01)


def test_roads_in_another_crs_are_reprojected(network_files, tmp_path, value_at):
    result = run_accesscost(network_files, tmp_path, ROADS=network_files["roads_4326"])
    assert QgsRasterLayer(result["TRAVEL_TIME"], "t").crs().authid() == "EPSG:32618"
    assert value_at(result["TRAVEL_TIME"], T1) == pytest.approx(0.1375, rel=0.01)
    assert value_at(result["TRAVEL_TIME"], T2) == pytest.approx(0.2825, rel=0.01)


def test_without_a_base_times_are_from_the_nearest_road(network_files, tmp_path, value_at):
    result = run_accesscost(network_files, tmp_path, BASE=None)
    assert result["BASE_SNAP_DISTANCE"] is None
    assert value_at(result["TRAVEL_TIME"], T1) == pytest.approx(0.125, rel=0.01)


def test_geographic_inputs_alone_are_refused(network_files, tmp_path):
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_accesscost(network_files, tmp_path, ROADS=network_files["roads_4326"], BARRIERS=None, BASE=None,
                       EXTENT=None)


def test_a_reference_grid_too_large_for_memory_is_refused_before_it_is_read(network_files, tmp_path):
    # 200000 x 200000 cells (a sparse GeoTIFF of a few kB): reading it alone would need 160 GB
    dataset = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "huge.tif"), 200_000, 200_000, 1, gdal.GDT_Float32,
                                                   ["TILED=YES", "SPARSE_OK=TRUE", "BIGTIFF=YES"])
    dataset.SetGeoTransform((ORIGIN[0] - 1000.0, 1.0, 0.0, ORIGIN[1] + 1000.0, 0.0, -1.0))
    dataset.SetProjection(QgsCoordinateReferenceSystem("EPSG:32618").toWkt())
    dataset = None
    with pytest.raises(QgsProcessingException, match=r"The access grid would be 200,000 x 200,000 cells .* Use a "
                                                     "cell size of at least"):
        run_accesscost(network_files, tmp_path, REFERENCE=str(tmp_path / "huge.tif"))
    assert not (tmp_path / "time.tif").exists()


def test_bad_hour_bands_are_explained(network_files, tmp_path):
    with pytest.raises(QgsProcessingException, match="not numbers"):
        run_accesscost(network_files, tmp_path, HOUR_BANDS="half an hour")


def qgis_fastest_hours(roads, start, ends, folder):
    """Fastest-path costs (hours) from ``start`` to each end point by native:shortestpathpointtolayer."""
    ends_path = write_layer(folder / "ends.gpkg", points_table(np.asarray(ends) - ORIGIN, id=list(range(len(ends)))))
    result = processing.run("native:shortestpathpointtolayer", {
        "INPUT": roads, "STRATEGY": 1, "SPEED_FIELD": "speed_kmh", "DEFAULT_SPEED": 50, "TOLERANCE": 1.0,
        "START_POINT": f"{start[0]},{start[1]} [EPSG:32618]", "END_POINTS": ends_path,
        "OUTPUT": str(folder / "paths.gpkg")})
    costs = {f["id"]: f["cost"] for f in QgsVectorLayer(result["OUTPUT"], "p", "ogr").getFeatures()}
    return np.array([costs[i] for i in range(len(ends))])


def science_hours(lines, speeds, start, ends):
    network = access.build_network(lines, speeds)
    reach = access.reach_from(network, start)
    found = [network.nearest(end)[:2] for end in ends]
    return reach.along([s for s, _ in found], [f for _, f in found])[0]


def test_road_times_agree_with_qgis_shortestpath(network_files):
    ends = ORIGIN + np.array([[1000.0, 0.0], [3000.0, 0.0], [3000.0, 800.0], [3000.0, 2000.0]])
    expected = np.array([1 / 80, 3 / 80, 3 / 80 + 0.8 / 40, 3 / 80 + 2 / 40])
    qgis = qgis_fastest_hours(network_files["roads"], ORIGIN, ends, network_files["folder"])
    np.testing.assert_allclose(qgis, expected, rtol=0.01)
    lines = [ORIGIN + [[0.0, 0.0], [3000.0, 0.0]], ORIGIN + [[3000.0, 0.0], [3000.0, 2000.0]]]
    np.testing.assert_allclose(science_hours(lines, [80, 40], ORIGIN, ends), expected, rtol=1e-9)


def test_demo_road_times_agree_with_qgis_shortestpath(demo_plan):
    prop, files = demo_plan
    roads = prop.layers["roads"]
    lines = [np.array([[float(v) for v in p.split()] for p in w[w.index("(") + 1:-1].split(",")])
             for w in roads.geometries]
    camp = ORIGIN + demo.BASE_STATION
    start = access.build_network(lines, roads.column("speed_kmh")).nearest(camp)[2]
    ends = np.array([line[len(line) // 2] for line in lines] + [line[-1] for line in lines])
    qgis = qgis_fastest_hours(files["roads"], start, ends, files["folder"])
    ours = science_hours(lines, roads.column("speed_kmh"), start, ends)
    assert np.all(ours > 0)
    np.testing.assert_allclose(ours, qgis, rtol=0.01)


def test_service_area_reach_agrees_with_qgis_serviceareafrompoint(network_files, tmp_path):
    result = processing.run("native:serviceareafrompoint", {
        "INPUT": network_files["roads"], "STRATEGY": 1, "SPEED_FIELD": "speed_kmh", "DEFAULT_SPEED": 50,
        "TOLERANCE": 1.0, "START_POINT": f"{ORIGIN[0]},{ORIGIN[1]} [EPSG:32618]", "TRAVEL_COST2": 0.05,
        "OUTPUT_LINES": str(tmp_path / "qgis_area.gpkg")})
    qgis_north = QgsVectorLayer(result["OUTPUT_LINES"], "l", "ogr").extent().yMaximum() - ORIGIN[1]
    assert qgis_north == pytest.approx(500.0, rel=0.01)
    ours = run_accesscost(network_files, tmp_path, BASE=network_files["base_on_road"], DISTANCE_TO_ROAD=None)
    areas = QgsVectorLayer(ours["SERVICE_AREAS"], "a", "ogr")
    areas.setSubsetString('"hours" = 0.05')
    assert areas.extent().yMaximum() - ORIGIN[1] - CELL / 2 == pytest.approx(qgis_north, rel=0.01)


# ----------------------------------------------------------------------------------------------------------------
# Target access


def run_targetaccess(files, tmp_path, **parameters):
    return processing.run("lodestone:targetaccess", {
        "TARGETS": files["targets"], "ID_FIELD": "name_", "ROADS": files["roads"], "SPEED_FIELD": "speed_kmh",
        "BARRIERS": files["lake"], "BASE": files["base"], "CELL_SIZE": CELL,
        "ACCESS_POINTS": str(tmp_path / "access.gpkg"), "TRAILS": str(tmp_path / "trails.gpkg"),
        "TABLE": str(tmp_path / "table.gpkg"), **parameters})


def test_targetaccess_matches_the_hand_computation(network_files, tmp_path):
    result = run_targetaccess(network_files, tmp_path)
    rows = {f["target_id"]: f for f in QgsVectorLayer(result["TABLE"], "t", "ogr").getFeatures()}
    assert set(rows) == {"T1", "T2", "T3"}
    for name, (x, y), offroad, road_km, hours in (("T1", (1000, 0), 500, 1.0, 0.1375),
                                                  ("T2", (3000, 800), 900, 3.8, 0.2825)):
        row = rows[name]
        assert row["reachable"] == 1 and row["reason"] in ("", None)
        assert row["access_x"] - ORIGIN[0] == pytest.approx(x, abs=1.0)
        assert row["access_y"] - ORIGIN[1] == pytest.approx(y, abs=1.0)
        assert row["offroad_m"] == pytest.approx(offroad, rel=0.01)
        assert row["road_km"] == pytest.approx(road_km, rel=0.01)
        assert row["travel_time_h"] == pytest.approx(hours, rel=0.01)
    assert rows["T3"]["reachable"] == 0 and "inside barrier" in rows["T3"]["reason"]
    points = QgsVectorLayer(result["ACCESS_POINTS"], "a", "ogr")
    assert sorted(f["target_id"] for f in points.getFeatures()) == ["T1", "T2"]


def test_trails_never_cross_the_lake(network_files, tmp_path):
    rng = np.random.default_rng(3)
    around = np.array([2100.0, 450.0]) + rng.uniform(-800, 800, (40, 2)) * [1.0, 0.6]
    lake_geometry = QgsGeometry.fromWkt(polygon_wkt(ORIGIN + LAKE))
    outside = [p for p in around if not lake_geometry.contains(QgsGeometry.fromWkt(point_wkt(*(p + ORIGIN))))]
    targets = write_layer(tmp_path / "many.gpkg", points_table(outside, name_=[str(i) for i in range(len(outside))]))
    result = run_targetaccess(network_files, tmp_path, TARGETS=targets)
    trails = list(QgsVectorLayer(result["TRAILS"], "t", "ogr").getFeatures())
    assert len(trails) >= 0.9 * len(outside)
    for trail in trails:
        assert not trail.geometry().intersects(lake_geometry), trail["target_id"]


def test_targetaccess_needs_targets(network_files, tmp_path):
    empty = write_layer(tmp_path / "empty.gpkg", FeatureTable("empty", "Point", 32618, {"name_": str}))
    with pytest.raises(QgsProcessingException, match="no features"):
        run_targetaccess(network_files, tmp_path, TARGETS=empty)


# ----------------------------------------------------------------------------------------------------------------
# Drill plan on the demo property


@pytest.fixture(scope="module")
def demo_plan(lodestone_provider, demo_files, demo_property, tmp_path_factory):
    """The science demo property and the drill plan's inputs: the demo's roads and water (the session's files), its
    two gold zones as ranked targets, the corridor axis, the camp and the travel time from it."""
    folder = tmp_path_factory.mktemp("demo_logistics")
    targets = FeatureTable("targets", "Polygon", 32618, {"name": str, "rank": int})
    for rank, name in ((2, "New West Zone"), (1, "Central Zone")):  # ranks not in feature order
        targets.add({"name": name, "rank": rank}, polygon_wkt(demo.gold_zone_outline(name) + ORIGIN))
    axis = FeatureTable("axis", "LineString", 32618, {"name": str})
    axis.add({"name": "corridor"}, linestring_wkt(demo.corridor_point([0.0, 1.0]) + ORIGIN))
    files = {"roads": demo_files["ROADS"], "water": demo_files["WATER"],
             "targets": write_layer(folder / "targets.gpkg", targets), "axis": write_layer(folder / "axis.gpkg", axis),
             "camp": write_layer(folder / "camp.gpkg", points_table([demo.BASE_STATION], name_=["camp"])),
             "folder": folder}
    west, south = ORIGIN - 500
    east, north = ORIGIN + np.array(demo.PROPERTY_SIZE) + 500
    files["time"] = processing.run("lodestone:accesscost", {
        "ROADS": files["roads"], "SPEED_FIELD": "speed_kmh", "BARRIERS": files["water"], "BASE": files["camp"],
        "CELL_SIZE": 25.0, "EXTENT": f"{west},{east},{south},{north} [EPSG:32618]",
        "TRAVEL_TIME": str(folder / "time.tif"), "SERVICE_AREAS": str(folder / "areas.gpkg")})["TRAVEL_TIME"]
    return demo_property, files


def test_targetaccess_reaches_the_demo_zones(demo_plan, tmp_path):
    prop, files = demo_plan
    result = processing.run("lodestone:targetaccess", {
        "TARGETS": files["targets"], "ID_FIELD": "name", "ROADS": files["roads"], "CLASS_FIELD": "class",
        "BARRIERS": files["water"], "BASE": files["camp"], "CELL_SIZE": 25.0,
        "ACCESS_POINTS": "TEMPORARY_OUTPUT", "TRAILS": "TEMPORARY_OUTPUT", "TABLE": "TEMPORARY_OUTPUT"})
    assert result["BASE_SNAP_DISTANCE"] > 0
    rows = {f["target_id"]: f for f in result["TABLE"].getFeatures()}
    assert set(rows) == {"Central Zone", "New West Zone"} and all(r["reachable"] == 1 for r in rows.values())
    water = [QgsGeometry.fromWkt(w) for w in prop.layers["water"].geometries]
    for trail in result["TRAILS"].getFeatures():
        zone = QgsGeometry.fromWkt(polygon_wkt(demo.gold_zone_outline(trail["target_id"]) + ORIGIN))
        end = trail.geometry().asPolyline()[-1]
        assert zone.contains(QgsGeometry.fromPointXY(end))  # the trail ends inside the zone (its centroid)
        assert not any(trail.geometry().intersects(lake) for lake in water)
        assert rows[trail["target_id"]]["offroad_m"] == pytest.approx(trail.geometry().length(), rel=1e-6)


def run_plan(files, folder, **parameters):
    return processing.run("lodestone:plandrillprogram", {
        "TARGETS": files["targets"], "STRIKE": demo.corridor_azimuth(), "TARGET_DEPTH": 200.0, "DIP": -55.0,
        "TOTAL_METRES": 1500.0, "MIN_HOLES": 4, "MAX_HOLES": 6, "TRAVEL_TIME": files["time"],
        "BARRIERS": files["water"], "COLLARS": str(folder / "collars.gpkg"), "TRACES": str(folder / "traces.gpkg"),
        "SUMMARY": str(folder / "summary.gpkg"), **parameters})


def point_at_depth(trace, depth):
    """Plan point of a 3D trace (list of QgsPoint) ``depth`` m below its first vertex."""
    xyz = np.array([(p.x(), p.y(), p.z()) for p in trace])
    level = xyz[0, 2] - depth
    k = int(np.flatnonzero((xyz[:-1, 2] >= level) & (xyz[1:, 2] <= level))[0])
    t = (xyz[k, 2] - level) / (xyz[k, 2] - xyz[k + 1, 2])
    return xyz[k, :2] + t * (xyz[k + 1, :2] - xyz[k, :2])


def test_demo_drill_plan(demo_plan, tmp_path, value_at):
    prop, files = demo_plan
    result = run_plan(files, tmp_path)
    collars = {f["hole_id"]: f for f in QgsVectorLayer(result["COLLARS"], "c", "ogr").getFeatures()}
    traces = QgsVectorLayer(result["TRACES"], "t", "ogr")
    assert QgsWkbTypes.hasZ(traces.wkbType())
    assert 4 <= len(collars) <= 6
    assert sum(c["length_m"] for c in collars.values()) <= 1500.0
    assert {c["target_rank"] for c in collars.values()} == {1, 2}
    zones = {1: "Central Zone", 2: "New West Zone"}
    water = [QgsGeometry.fromWkt(w) for w in prop.layers["water"].geometries]
    strike = demo.corridor_azimuth()
    for feature in traces.getFeatures():
        collar = collars[feature["hole_id"]]
        trace = list(feature.geometry().vertices())
        at_depth = point_at_depth(trace, 200.0)
        assert np.hypot(at_depth[0] - collar["pierce_x"], at_depth[1] - collar["pierce_y"]) <= 25.0
        zone = QgsGeometry.fromWkt(polygon_wkt(demo.gold_zone_outline(zones[collar["target_rank"]]) + ORIGIN))
        assert zone.contains(QgsGeometry.fromWkt(point_wkt(*at_depth)))
        assert abs((collar["azimuth"] - strike) % 180 - 90) <= 10.0
        assert collar["travel_time_h"] is not None and np.isfinite(collar["travel_time_h"])
        assert np.isfinite(value_at(files["time"], np.array([collar["x"], collar["y"]]) - ORIGIN))
        collar_point = QgsGeometry.fromWkt(point_wkt(collar["x"], collar["y"]))
        assert not any(lake.contains(collar_point) for lake in water)
    summary = {f["target"]: f for f in QgsVectorLayer(result["SUMMARY"], "s", "ogr").getFeatures()}
    assert summary["all"]["holes"] == len(collars)
    assert summary["rank 1"]["holes"] + summary["rank 2"]["holes"] == len(collars)


def test_strike_from_a_line_layer(demo_plan, tmp_path):
    _, files = demo_plan
    result = run_plan(files, tmp_path, STRIKE=None, STRIKE_LAYER=files["axis"])
    strike = demo.corridor_azimuth()
    for collar in QgsVectorLayer(result["COLLARS"], "c", "ogr").getFeatures():
        assert abs((collar["azimuth"] - strike) % 180 - 90) == pytest.approx(0.0, abs=0.1)


@pytest.mark.parametrize("parameters, message", [
    ({"TOTAL_METRES": 1000.0}, f"at least {4 * drillplan.hole_length(200, -55):.0f} m are needed"),
    ({"STRIKE": None}, "Give the strike"),
])
def test_drill_plan_bad_input_is_explained(demo_plan, tmp_path, parameters, message):
    _, files = demo_plan
    with pytest.raises(QgsProcessingException, match=message):
        run_plan(files, tmp_path, **parameters)


def test_drill_plan_needs_targets(demo_plan, tmp_path):
    _, files = demo_plan
    empty = write_layer(tmp_path / "none.gpkg", FeatureTable("none", "Polygon", 32618, {"rank": int}))
    with pytest.raises(QgsProcessingException, match="No targets"):
        run_plan(files, tmp_path, TARGETS=empty)


def test_a_multi_part_target_is_one_target_drilled_on_its_largest_part(demo_plan, tmp_path):
    """extracttargets writes MultiPolygons (cells touching at a corner): the parts keep their feature's rank."""
    _, files = demo_plan
    central = demo.gold_zone_outline("Central Zone") + ORIGIN
    fragment = np.array([(0, 0), (60, 0), (60, 60), (0, 60)]) + central.min(axis=0) - 400.0
    rings = [", ".join(f"{x} {y}" for x, y in np.vstack([ring, ring[:1]])) for ring in (central, fragment)]
    targets = FeatureTable("targets", "MultiPolygon", 32618, {"rank": int})
    targets.add({"rank": 1}, f"MultiPolygon ((({rings[0]})), (({rings[1]})))")
    targets.add({"rank": 2}, polygon_wkt(demo.gold_zone_outline("New West Zone") + ORIGIN))
    result = run_plan({**files, "targets": write_layer(tmp_path / "multi.gpkg", targets)}, tmp_path)
    collars = list(QgsVectorLayer(result["COLLARS"], "c", "ogr").getFeatures())
    assert {c["target_rank"] for c in collars} == {1, 2}
    zone = QgsGeometry.fromWkt(polygon_wkt(central))
    for collar in (c for c in collars if c["target_rank"] == 1):
        assert zone.contains(QgsGeometry.fromWkt(point_wkt(collar["pierce_x"], collar["pierce_y"])))


# ----------------------------------------------------------------------------------------------------------------
# Drill plan aimed at a fitted zone: a known plane written as Zone geometry writes its SURFACE

ZONE_GROUND, ZONE_STRIKE, ZONE_DIP, ZONE_HALF = 350.0, 50.0, 60.0, 300.0  # a plane through ZONE_ORIGIN's subcrop
ZONE_ORIGIN = ORIGIN + [1000.0, 1000.0]
ALONG, DOWN_DIP = (np.array([np.sin(np.radians(a)), np.cos(np.radians(a))]) for a in (ZONE_STRIKE, ZONE_STRIKE + 90))


def zone_elevation(xy):
    """The known zone's elevation (m) under map points (..., 2)."""
    return ZONE_GROUND - (np.asarray(xy, dtype=float) - ZONE_ORIGIN) @ DOWN_DIP * np.tan(np.radians(ZONE_DIP))


def zone_rectangle(along_from, along_to, across_from, across_to):
    return np.array([ZONE_ORIGIN + s * ALONG + t * DOWN_DIP for s, t in (
        (along_from, across_from), (along_to, across_from), (along_to, across_to), (along_from, across_to))])


@pytest.fixture(scope="module")
def zone_files(lodestone_provider, write_grid, memory_layer, tmp_path_factory):
    """The known zone's surface (10 m cells, from the ground down to 300 m, 600 m along strike), the same in
    another CRS and with no value, targets (rank 1 over the zone's subcrop, rank 2 far from it) and three pierce
    points, tested to 125 m."""
    folder = tmp_path_factory.mktemp("zone_plan")
    grid = GridSpec.from_bounds(*(ZONE_ORIGIN - 600.0), *(ZONE_ORIGIN + 600.0), 10.0)
    east, north = grid.mesh()
    xy = np.stack([east, north], axis=-1)
    z = zone_elevation(xy)
    keep = (np.abs((xy - ZONE_ORIGIN) @ ALONG) <= ZONE_HALF) & (z <= ZONE_GROUND) & (z >= ZONE_GROUND - 300.0)
    surface = np.where(keep, z, np.nan)
    targets = FeatureTable("targets", "Polygon", 32618, {"name": str, "rank": int})
    targets.add({"name": "zone", "rank": 1}, polygon_wkt(zone_rectangle(-200.0, 200.0, 0.0, 60.0)))
    targets.add({"name": "far", "rank": 2}, polygon_wkt(zone_rectangle(-200.0, 200.0, 2500.0, 2560.0)))
    pierce = [(ZONE_ORIGIN + depth / np.tan(np.radians(ZONE_DIP)) * DOWN_DIP + s * ALONG, depth)
              for s, depth in ((-100.0, 80.0), (0.0, 125.0), (100.0, 110.0))]
    pierce_layer = memory_layer("PointZ", "pierce", [
        (f"PointZ ({x} {y} {ZONE_GROUND - depth})", [depth, ZONE_GROUND - depth]) for (x, y), depth in pierce],
        fields="&field=vertical_depth_m:double&field=z:double")
    return {"surface": write_grid(folder / "surface.tif", surface, grid),
            "surface_17n": write_grid(folder / "surface_17n.tif", surface, grid, epsg=32617),
            "empty_surface": write_grid(folder / "empty.tif", np.full(grid.shape, np.nan), grid),
            "targets": write_layer(folder / "targets.gpkg", targets), "pierce": pierce_layer,
            "no_depth": memory_layer("Point", "no_depth", [("Point (0 0)", [1.0])], fields="&field=depth:double")}


def run_zone_plan(files, folder, feedback=None, **parameters):
    return processing.run("lodestone:plandrillprogram", {
        "TARGETS": files["targets"], "ZONE_SURFACE": files["surface"], "ZONE_PIERCE_POINTS": files["pierce"],
        "TARGET_DEPTH": 250.0, "DIP": -55.0, "TOTAL_METRES": 5000.0, "MIN_HOLES": 5, "MAX_HOLES": 5,
        "COLLARS": str(folder / "collars.gpkg"), "TRACES": str(folder / "traces.gpkg"),
        "SUMMARY": str(folder / "summary.gpkg"), **parameters}, feedback=feedback)


def test_holes_aimed_at_the_zone_cross_it_at_the_depth_against_its_dip(zone_files, tmp_path, recording_feedback):
    feedback = recording_feedback()
    result = run_zone_plan(zone_files, tmp_path, feedback)
    collars = {f["hole_id"]: f for f in QgsVectorLayer(result["COLLARS"], "c", "ogr").getFeatures()}
    assert {c["aim"] for c in collars.values() if c["target_rank"] == 1} == {"zone"}
    assert {c["aim"] for c in collars.values() if c["target_rank"] == 2} == {"target"}
    against = (ZONE_STRIKE + 270.0) % 360.0
    for trace in QgsVectorLayer(result["TRACES"], "t", "ogr").getFeatures():
        collar = collars[trace["hole_id"]]
        if collar["aim"] != "zone":  # the far target is not the zone: its tested depth is not known
            assert attribute_value(collar["below_tested_m"]) is None
            continue
        vertices = list(trace.geometry().vertices())
        start, end = (np.array([p.x(), p.y(), p.z()]) for p in (vertices[0], vertices[-1]))
        # the straight hole meets the plane where its height above the plane, linear along it, is 0
        above = [point[2] - zone_elevation(point[:2]) for point in (start, end)]
        crossing = start + above[0] / (above[0] - above[1]) * (end - start)
        assert ZONE_GROUND - crossing[2] == pytest.approx(250.0, abs=0.5)
        assert np.linalg.norm(crossing - [collar["pierce_x"], collar["pierce_y"], collar["pierce_z"]]) <= 0.5
        assert collar["azimuth"] == pytest.approx(against, abs=0.1) and collar["z"] == pytest.approx(ZONE_GROUND)
        assert collar["below_tested_m"] == pytest.approx(125.0, abs=0.1)
        assert f"{collar['hole_id']} pierces the zone at 250 m vertical, 125 m below the deepest tested level " \
               "(125 m)." in feedback.infos
    summary = {f["target"]: f for f in QgsVectorLayer(result["SUMMARY"], "s", "ogr").getFeatures()}
    assert summary["rank 1"]["aim"] == "zone" and summary["rank 1"]["below_tested_m"] == pytest.approx(125.0)
    assert summary["rank 2"]["aim"] == "target" and summary["all"]["aim"] == "zone, target"
    assert any(info.startswith("Target rank 2 is not on the zone surface") for info in feedback.infos)
    assert any("the mean collar elevation of the zone pierce points" in info for info in feedback.infos)
    assert not feedback.warnings



def test_a_target_depth_not_below_the_tested_level_is_warned_of(zone_files, tmp_path, recording_feedback):
    feedback = recording_feedback()
    result = run_zone_plan(zone_files, tmp_path, feedback, TARGET_DEPTH=100.0, TESTED_DEPTH=150.0)
    assert any("target depth (100 m) is not below the deepest tested level (150 m)" in w for w in feedback.warnings)
    rows = [c for c in QgsVectorLayer(result["COLLARS"], "c", "ogr").getFeatures() if c["aim"] == "zone"]
    assert rows and all(c["below_tested_m"] == pytest.approx(-50.0, abs=0.1) for c in rows)


@pytest.mark.parametrize("parameters, message", [
    ({"ZONE_SURFACE": "surface_17n"}, "The zone surface is in EPSG:32617, the other inputs in EPSG:32618: warp it"),
    ({"ZONE_SURFACE": "empty_surface"}, "every cell is nodata"),
    ({"TARGET_DEPTH": 400.0}, r"not the target depth of 400 m.*Add 400 to zonegeometry's LEVELS"),
    ({"ZONE_PIERCE_POINTS": "no_depth"}, "no field vertical_depth_m"),
])
def test_a_zone_that_cannot_be_used_is_explained(zone_files, tmp_path, parameters, message):
    parameters = {key: zone_files.get(value, value) if isinstance(value, str) else value
                  for key, value in parameters.items()}
    with pytest.raises(QgsProcessingException, match=message):
        run_zone_plan(zone_files, tmp_path, **parameters)
