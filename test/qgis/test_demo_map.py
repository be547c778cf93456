"""The README's first command: the demo project and its map, styled, grouped and not blank."""
import json

import numpy as np
import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsGeometry, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from lodestone.science.demo import property as demo
from lodestone.science.features import polygon_wkt


@pytest.fixture(scope="module")
def demo_run(lodestone_cli, tmp_path_factory):
    output = tmp_path_factory.mktemp("demo_output")
    result = lodestone_cli(["demo", "--output", str(output)])
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="module")
def project(demo_run, qgis_app):
    project = QgsProject()
    assert project.read(str(demo_run / "lodestone_demo.qgz"))
    yield project
    project.clear()  # release its layers while QGIS is still up


def test_project_has_every_input_layer_valid(project):
    names = {layer.name(): layer for layer in project.mapLayers().values()}
    for name in ("Claims", "Roads", "Drill collars", "Gold showings", "Soil samples (Au ppb)",
                 "Ground magnetic readings", "Lakes and wetlands", "Geology", "IP chargeability (mV/V)"):
        assert name in names and names[name].isValid(), name
    assert names["Drill collars"].featureCount() == len(demo.HOLE_PLAN) + len(demo.BARREN_HOLES)
    assert names["Claims"].crs().authid() == "EPSG:32618"


def test_the_project_opens_on_the_claims(project):
    view = project.viewSettings().defaultViewExtent()
    claims = project.mapLayersByName("Claims")[0].extent()
    assert not view.isEmpty() and view.contains(claims)
    assert view.width() < 2 * claims.width() and view.height() < 2 * claims.height()  # the claims fill the view


def test_claims_and_roads_sit_on_top_of_the_lodestone_group(project):
    groups = [node.name() for node in project.layerTreeRoot().children()]
    assert groups[:3] == ["Property", "Drilling and samples", "Lodestone"]
    assert groups.index("Lodestone") < groups.index("Base map")
    assert [node.name() for node in project.layerTreeRoot().findGroup("Property").findLayers()] == [
        "Claims", "Roads"]


def test_layers_carry_the_lodestone_styles(project):
    claims = project.mapLayersByName("Claims")[0]
    assert isinstance(claims.renderer(), QgsSingleSymbolRenderer)
    outline = claims.renderer().symbol().symbolLayer(0).strokeColor()
    assert outline.name() == "#e66101"
    roads = project.mapLayersByName("Roads")[0].renderer()
    assert isinstance(roads, QgsCategorizedSymbolRenderer)
    assert {c.value() for c in roads.categories()} == {"highway", "primary forestry", "secondary forestry",
                                                       "winter road"}
    assert project.mapLayersByName("Drill collars")[0].labelsEnabled()


def test_map_png_shows_the_property(demo_run):
    image = QImage(str(demo_run / "lodestone_demo.png"))
    assert not image.isNull() and image.width() > 1500 and image.height() > 1000
    colours, claim_pixels, road_pixels = set(), 0, 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = QColor(image.pixel(x, y))
            colours.add(colour.rgb())
            claim_pixels += colour.name() == "#e66101"
            road_pixels += abs(colour.red() - 0xc0) < 8 and colour.green() < 40 and colour.blue() < 40
    assert len(colours) > 200  # not blank
    assert claim_pixels > 200 and road_pixels > 20


def test_magnetic_grids_are_in_the_lodestone_group_with_stretched_ramps(project):
    from qgis.core import QgsSingleBandPseudoColorRenderer

    group = project.layerTreeRoot().findGroup("Lodestone")
    names = [node.name() for node in group.findLayers()]
    assert names.index("Lineaments") < names.index("Reduced to pole (nT)")  # vectors above the grids
    assert {"Reduced to pole (nT)", "Tilt derivative (deg)", "Structural complexity (0-1)", "Trend corridors",
            "Junctions", "Magnetic anomaly zones"} <= set(names)
    rtp = project.mapLayersByName("Reduced to pole (nT)")[0]
    renderer = rtp.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    low, high = rtp.dataProvider().cumulativeCut(1, 0.02, 0.98)
    assert renderer.classificationMin() == pytest.approx(low) and renderer.classificationMax() == pytest.approx(high)
    assert high - low > 100  # nT: dykes and bodies, not a flat grid
    tilt = project.mapLayersByName("Tilt derivative (deg)")[0].renderer()
    assert (tilt.classificationMin(), tilt.classificationMax()) == (-90.0, 90.0)


def zone(name):
    return QgsGeometry.fromWkt(polygon_wkt(demo.gold_zone_outline(name) + demo.ORIGIN))


def test_compiled_intercepts_are_labelled_in_the_project(project):
    intercepts = project.mapLayersByName("Gold intercepts (> 0.5 g/t)")[0]
    labels = {(f["hole_id"], f["label"]) for f in intercepts.getFeatures()}
    assert ("CZ-88-04", "6.9 g/t Au over 3.8 m") in labels and ("CZ-89-07", "87.7 g/t Au over 1.5 m") in labels
    assert intercepts.labelsEnabled() and intercepts.labeling().settings().fieldName == "label"


def test_evidence_stack_is_in_the_project_with_named_bands(project):
    stack = project.mapLayersByName("Evidence stack (one band per evidence)")[0]
    names = [stack.bandName(band) for band in range(1, stack.bandCount() + 1)]
    for evidence in ("ip_chargeability", "soil_au", "rtp_residual", "complexity", "corridors",
                     "altered deformation zone"):
        assert any(evidence in name for name in names), evidence


def test_heat_map_is_validated_spatially_and_ranks_both_gold_zones_first(demo_run, project):
    summary = json.loads((demo_run / "summary.json").read_text())
    assert summary["spatial_auc"] >= 0.85 and summary["capture_top_10_percent"] >= 0.70
    targets = sorted(project.mapLayersByName("Ranked targets")[0].getFeatures(), key=lambda f: f["rank"])
    assert len(targets) >= 2
    assert targets[0].geometry().intersects(zone("Central Zone"))
    assert targets[1].geometry().intersects(zone("New West Zone"))
    assert targets[0]["tested_depth_m"] == pytest.approx(125, abs=10)  # drilled to about 125 m vertical
    assert targets[1]["tested_depth_m"] == 0  # never drilled
    heat = project.mapLayersByName("Prospectivity (0-1)")[0].renderer()
    items = heat.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].color.alpha() == 0 and items[-1].color.alpha() == 255  # transparent low end


def test_drill_plan_tests_both_zones_below_125_m_within_budget(project):
    collars = list(project.mapLayersByName("Planned drill holes")[0].getFeatures())
    assert 4 <= len(collars) <= 6 and sum(c["length_m"] for c in collars) <= 1500
    # the Central Zone is drilled at the zone fitted to the holes, the New West Zone under its target
    at_zone = [c for c in collars if c["aim"] == "zone"]
    assert at_zone
    true_offsets, _ = demo.central_zone_distance(np.array(
        [[c["pierce_x"] - demo.ORIGIN[0], c["pierce_y"] - demo.ORIGIN[1], demo.GROUND_ELEVATION - c["pierce_z"]]
         for c in at_zone]))
    assert np.all(np.abs(true_offsets) <= 10.0), true_offsets  # the fit carried 90 m below the deepest pierce
    assert any(zone("New West Zone").contains(QgsGeometry.fromWkt(f"Point ({c['pierce_x']} {c['pierce_y']})"))
               for c in collars if c["aim"] == "target")
    water = [f.geometry() for f in project.mapLayersByName("Lakes and wetlands")[0].getFeatures()]
    for collar in collars:
        assert collar["z"] - collar["pierce_z"] >= 125  # below the deepest level tested
        assert abs((collar["azimuth"] - demo.corridor_azimuth()) % 180 - 90) <= 10
        assert not any(lake.contains(collar.geometry()) for lake in water)
        assert collar["travel_time_h"] is not None
    trails = project.mapLayersByName("Access trails")[0]
    assert trails.featureCount() >= 2
    assert not any(trail.geometry().intersects(lake) for trail in trails.getFeatures() for lake in water)


def test_targets_map_and_print_layout_are_written(demo_run):
    image = QImage(str(demo_run / "lodestone_targets.png"))
    assert not image.isNull()
    colours = {image.pixel(x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)}
    assert len(colours) > 200
    assert (demo_run / "lodestone_demo.pdf").read_bytes()[:5] == b"%PDF-"


def test_the_print_layout_legend_fits_the_page_with_rounded_values(project):
    from qgis.core import QgsLayoutItemLegend, QgsNumericFormatContext

    from lodestone import demo_project

    layout = demo_project.map_layout(project, "Demo", project.viewSettings().defaultViewExtent())
    (legend,) = [item for item in layout.items() if isinstance(item, QgsLayoutItemLegend)]
    page = layout.pageCollection().page(0).pageSize()
    assert legend.pos().y() + legend.rect().height() <= page.height() - 5  # mm: nothing runs off the page
    rtp = project.mapLayersByName("Reduced to pole (nT)")[0].renderer().shader().rasterShaderFunction()
    shown = rtp.legendSettings().numericFormat().formatDouble(rtp.minimumValue(), QgsNumericFormatContext())
    assert shown == f"{rtp.minimumValue():.0f}"  # a span of hundreds of nT: whole nT, not 548.53768
    assert all(item.label == f"{item.value:.0f}" for item in rtp.colorRampItemList())


def test_target_labels_are_always_drawn_and_drawn_first(project):
    targets = project.mapLayersByName("Ranked targets")[0]
    settings = targets.labeling().settings()
    assert targets.labelsEnabled() and settings.displayAll and settings.priority == 10


def test_the_zone_fit_finds_the_shallower_north_eastern_dip(demo_run):
    zone_fit = json.loads((demo_run / "summary.json").read_text())["zone"]
    south_west, north_east = zone_fit["section_dips"]
    low, high = sorted(demo.CENTRAL_ZONE_DIPS)
    assert high >= south_west > north_east + 4 >= low + 4  # 70 in the south-west to 55 in the north-east
    assert abs((zone_fit["dip_direction"] - demo.central_zone_dip_direction() + 180) % 360 - 180) <= 5


def crossings(trace, surface, grid):
    """Elevations (m) where a straight 3D trace ((k, 3)) crosses a surface raster (bilinear between cell centres),
    sampled every 0.25 m along the trace."""
    from scipy.interpolate import RegularGridInterpolator

    west, cell_x, _, north, _, cell_y = grid
    rows, cols = surface.shape
    at = RegularGridInterpolator((north + cell_y * (np.arange(rows) + 0.5), west + cell_x * (np.arange(cols) + 0.5)),
                                 surface, bounds_error=False)
    length = np.linalg.norm(trace[-1] - trace[0])
    points = trace[0] + np.outer(np.linspace(0, 1, int(length / 0.25) + 1), trace[-1] - trace[0])
    gap = points[:, 2] - at(np.column_stack([points[:, 1], points[:, 0]]))
    change = np.flatnonzero(np.isfinite(gap[:-1]) & np.isfinite(gap[1:]) & (np.sign(gap[:-1]) != np.sign(gap[1:])))
    return points[change, 2]


def test_every_hole_aimed_at_the_zone_crosses_the_fitted_surface_at_the_target_depth(demo_run):
    from osgeo import gdal, ogr

    dataset = gdal.Open(str(demo_run / "zone" / "zone_surface.tif"))
    surface = dataset.ReadAsArray().astype(float)
    surface[surface == dataset.GetRasterBand(1).GetNoDataValue()] = np.nan
    collars = ogr.Open(str(demo_run / "targets" / "planned_collars.gpkg"))  # kept open while its layer is read
    aims = {f.GetField("hole_id"): f.GetField("aim") for f in collars.GetLayer()}
    traces = ogr.Open(str(demo_run / "targets" / "planned_traces.gpkg"))
    checked = 0
    for feature in traces.GetLayer():
        if aims[feature.GetField("hole_id")] != "zone":
            continue
        trace = np.array(feature.GetGeometryRef().GetPoints())
        (elevation,) = crossings(trace, surface, dataset.GetGeoTransform())
        assert abs(demo.GROUND_ELEVATION - elevation - 200.0) <= 15.0  # the plan's TARGET_DEPTH
        checked += 1
    assert checked >= 2


@pytest.mark.parametrize("name", ["central_zone", "new_west_zone"])
def test_both_sections_are_drawn(demo_run, name):
    image = QImage(str(demo_run / "sections" / f"{name}.png"))
    assert not image.isNull()
    colours = {image.pixel(x, y) for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)}
    assert len(colours) > 50  # not blank
    assert (demo_run / "sections" / f"{name}.svg").read_text().startswith("<svg")
    traces = QgsVectorLayer(str(demo_run / "sections" / f"{name}_hole_traces.gpkg"), "traces", "ogr")
    kinds = {(f["hole_id"], f["kind"]) for f in traces.getFeatures()}
    assert any(kind == "planned" for _, kind in kinds)
    if name == "central_zone":
        assert {("CZ-88-03", "drilled"), ("CZ-88-04", "drilled")} <= kinds
