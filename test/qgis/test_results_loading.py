"""Outputs run through ``processing.runAndLoadResults`` join the project styled, in the Lodestone group."""
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerTreeGroup,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

import processing
from lodestone.processing.base import LodestoneAlgorithm
from lodestone.processing.styles import RESULTS_GROUP, style_path
from lodestone.science.grid import GridSpec
from lodestone.science.structure import synthetic


@pytest.fixture()
def project():
    """The global project with a base-map raster at the bottom and roads (vector) on top, as a user has it."""
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


@pytest.fixture(scope="module")
def dyke_grid(lodestone_provider, tmp_path_factory):
    grid = GridSpec(500_000.0, 5_500_000.0, 50.0, 50.0, 120, 120)
    field, _ = synthetic.dyke_field(grid, n_dykes=6, seed=3)
    path = tmp_path_factory.mktemp("grid") / "tmi.tif"
    return LodestoneAlgorithm().write_raster(str(path), field, grid, QgsCoordinateReferenceSystem("EPSG:32618"))


def add_user_layers(project, grid_path):
    base_map = QgsRasterLayer(grid_path, "base map")
    roads = QgsVectorLayer("LineString?crs=EPSG:32618", "roads", "memory")
    project.addMapLayer(base_map)
    project.addMapLayer(roads)  # added last, so on top
    return base_map, roads


def top_level_names(project):
    return [node.name() for node in project.layerTreeRoot().children()]


def ramp_colours(style):
    """First and last colour of a QML colour-ramp shader (the style file is the reference)."""
    text = style_path(style).read_text()
    items = [line for line in text.splitlines() if "<item " in line and "color=" in line]
    colour = lambda line: line.split('color="')[1].split('"')[0].lower()  # noqa: E731
    return colour(items[0]), colour(items[-1])


def test_raster_output_is_styled_and_grouped_between_roads_and_base_map(project, dyke_grid, tmp_path):
    add_user_layers(project, dyke_grid)
    assert top_level_names(project) == ["roads", "base map"]
    processing.runAndLoadResults("lodestone:reducetopole", {
        "INPUT": dyke_grid, "INCLINATION": 90, "DECLINATION": 0, "OUTPUT": str(tmp_path / "rtp.tif")})
    assert top_level_names(project) == ["roads", RESULTS_GROUP, "base map"]
    group = project.layerTreeRoot().findGroup(RESULTS_GROUP)
    layers = [node.layer() for node in group.findLayers()]
    assert len(layers) == 1
    renderer = layers[0].renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    first, last = ramp_colours("magnetic_grid")
    assert (items[0].color.name(), items[-1].color.name()) == (first[:7], last[:7])
    # stretched to this grid's 2-98 % cut, not the style file's numbers
    output = QgsRasterLayer(str(tmp_path / "rtp.tif"))
    values = output.dataProvider().cumulativeCut(1, 0.02, 0.98)
    assert items[0].value == pytest.approx(values[0]) and items[-1].value == pytest.approx(values[1])


def test_vector_outputs_get_their_styles_and_a_second_run_reuses_the_group(project, dyke_grid, tmp_path):
    add_user_layers(project, dyke_grid)
    processing.runAndLoadResults("lodestone:extractlineaments", {
        "INPUT": dyke_grid, "POLARITY": 0, "OUTPUT": str(tmp_path / "lines.gpkg"), "RIDGES": str(tmp_path / "r.tif")})
    processing.runAndLoadResults("lodestone:tiltderivative", {"INPUT": dyke_grid, "OUTPUT": str(tmp_path / "t.tif")})
    root = project.layerTreeRoot()
    assert top_level_names(project) == ["roads", RESULTS_GROUP, "base map"]
    assert sum(isinstance(node, QgsLayerTreeGroup) for node in root.children()) == 1
    group = root.findGroup(RESULTS_GROUP)
    by_source = {node.layer().source().split("|")[0]: node.layer() for node in group.findLayers()}
    lines = by_source[str(tmp_path / "lines.gpkg")]
    assert 'type="graduatedSymbol"' in style_path("lineaments").read_text()
    assert lines.renderer().type() == "graduatedSymbol"
    assert lines.renderer().classAttribute() == "strength"
    ridges = by_source[str(tmp_path / "r.tif")]
    assert isinstance(ridges.renderer(), QgsSingleBandPseudoColorRenderer)
    assert (ridges.renderer().classificationMin(), ridges.renderer().classificationMax()) == (0, 1)
    tilt = by_source[str(tmp_path / "t.tif")]
    assert isinstance(tilt.renderer(), QgsSingleBandPseudoColorRenderer)
    assert (tilt.renderer().classificationMin(), tilt.renderer().classificationMax()) == (-90, 90)


def test_every_style_named_for_an_output_exists_and_every_output_name_is_real(lodestone_provider):
    from qgis.core import QgsApplication

    from lodestone.processing.algorithms import ALGORITHMS

    assert sum(bool(a.OUTPUT_STYLES) for a in ALGORITHMS) >= 20  # the styled ones declare their styles
    for algorithm_class in ALGORITHMS:
        algorithm_name = algorithm_class.ALGORITHM_ID
        algorithm = QgsApplication.processingRegistry().algorithmById(f"lodestone:{algorithm_name}")
        assert algorithm is not None, algorithm_name
        outputs = {output.name() for output in algorithm.outputDefinitions()}
        for output, style in algorithm_class.OUTPUT_STYLES.items():
            assert output in outputs, f"{algorithm_name} has no output {output}"
            assert style_path(style).exists(), style
