"""The README's first command: the demo project and its map, styled, grouped and not blank."""
import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsSingleSymbolRenderer
from qgis.PyQt.QtGui import QColor, QImage


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
    assert names["Drill collars"].featureCount() == 14
    assert names["Claims"].crs().authid() == "EPSG:32618"


def test_claims_and_roads_sit_on_top_of_the_lodestone_group(project):
    groups = [node.name() for node in project.layerTreeRoot().children()]
    assert groups[:2] == ["Property", "Lodestone"]
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
