"""The main job on the embedded demo: generate the property through Processing, build a styled QGIS project and
export its map. Used by ``python3 -m lodestone.headless demo`` (``make demo``)."""
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from ..headless import run_algorithm
from ..processing.algorithms.demo_property import LAYER_OUTPUTS
from .styles import RESULTS_GROUP, apply_style, ensure_group

TABLE_OUTPUTS = {"BASE_STATION", "COLLARS", "SURVEYS", "ASSAYS"}

# Layer tree, top to bottom: (group, output parameter, layer name, style, visible)
PROJECT_LAYERS = (
    ("Property", "CLAIMS", "Claims", "claims", True),
    ("Property", "ROADS", "Roads", "roads", True),
    ("Drilling and samples", "COLLARS", "Drill collars", "collars", True),
    ("Drilling and samples", "SHOWINGS", "Gold showings", "showings", True),
    ("Drilling and samples", "SOIL_SAMPLES", "Soil samples (Au ppb)", "soil_samples", False),
    ("Survey", "SURVEY", "Ground magnetic readings", "survey", True),
    ("Base map", "WATER", "Lakes and wetlands", "water", True),
    ("Base map", "GEOLOGY", "Geology", "geology", True),
    ("Base map", "IP_CHARGEABILITY", "IP chargeability (mV/V)", "ip_chargeability", False),
    ("Truth (demo only)", "TRUTH_ZONES", "True zones", "truth_zones", False),
    ("Truth (demo only)", "TRUTH_LINES", "True dykes and corridor axis", "truth_lines", False),
)
GROUP_ORDER = ("Property", RESULTS_GROUP, "Drilling and samples", "Survey", "Base map", "Truth (demo only)")


def generate_property(folder: Path, seed, feedback):
    """Run lodestone:demoproperty into ``folder``; returns {output parameter: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    parameters = {"SEED": seed, "IP_CHARGEABILITY": str(folder / "ip_chargeability.tif")}
    for name, (layer, *_) in LAYER_OUTPUTS.items():
        parameters[name] = str(folder / f"{layer}.{'csv' if name in TABLE_OUTPUTS else 'gpkg'}")
    return run_algorithm("lodestone:demoproperty", parameters, feedback)


def load_layer(output, path, name):
    if output == "IP_CHARGEABILITY":
        return QgsRasterLayer(path, name)
    if output == "COLLARS":
        uri = f"{Path(path).as_uri()}?type=csv&xField=x&yField=y&crs=EPSG:32618&detectTypes=yes"
        return QgsVectorLayer(uri, name, "delimitedtext")
    return QgsVectorLayer(path, name, "ogr")


def build_project(outputs, project_path: Path):
    """A project with every demo layer styled and grouped (claims and roads on top); saved to ``project_path``."""
    project = QgsProject()
    project.setFileName(str(project_path))
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32618"))
    for group_name in GROUP_ORDER:
        ensure_group(project, group_name)
    for group_name, output, name, style, visible in PROJECT_LAYERS:
        layer = load_layer(output, outputs[output], name)
        if not layer.isValid():
            raise RuntimeError(f"The demo layer {name} ({outputs[output]}) did not load")
        apply_style(layer, style)
        project.addMapLayer(layer, False)
        node = project.layerTreeRoot().findGroup(group_name).addLayer(layer)
        node.setItemVisibilityChecked(visible)
    truth = project.layerTreeRoot().findGroup("Truth (demo only)")
    truth.setItemVisibilityChecked(False)
    project.write()
    return project


def property_extent(project, margin=400.0):
    claims = project.mapLayersByName("Claims")[0]
    extent = QgsRectangle(claims.extent())
    extent.grow(margin)
    return extent


def visible_layers(project):
    root = project.layerTreeRoot()
    return [node.layer() for node in root.findLayers() if node.isVisible()]


def map_layout(project, title):
    """A landscape A4 layout: map, title, legend, scale bar and north arrow."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    page = layout.pageCollection().page(0).pageSize()

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(8, 18, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(page.width() - 78, page.height() - 26, QgsUnitTypes.LayoutMillimeters))
    map_item.setLayers(visible_layers(project))
    map_item.setExtent(property_extent(project))
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)

    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    label.setFont(QFont("Sans Serif", 16, QFont.Bold))
    label.attemptMove(QgsLayoutPoint(8, 5, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(page.width() - 16, 10, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(label)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)
    legend.setTitle("Legend")
    legend.attemptMove(QgsLayoutPoint(page.width() - 67, 18, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    scale.setStyle("Single Box")
    scale.attemptMove(QgsLayoutPoint(12, page.height() - 20, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(scale)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(str(Path(QgsApplication.pkgDataPath()) / "svg" / "arrows" / "NorthArrow_02.svg"))
    arrow.attemptMove(QgsLayoutPoint(page.width() - 84, 22, QgsUnitTypes.LayoutMillimeters))
    arrow.attemptResize(QgsLayoutSize(12, 12, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(arrow)
    return layout


def export_png(layout, path: Path, dpi=150):
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    if result != QgsLayoutExporter.Success:
        raise RuntimeError(f"Could not export the map to {path} (QgsLayoutExporter error {result})")
    return path


def run_demo(output: Path, seed=2019, feedback=None):
    """The main job on the demo property; writes into ``output`` and returns the written paths."""
    output = output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    outputs = generate_property(output / "property", seed, feedback)
    project = build_project(outputs, output / "lodestone_demo.qgz")
    png = export_png(map_layout(project, "Lodestone demo property - 20 km east of Desmaraisville, Quebec"),
                     output / "lodestone_demo.png")
    if feedback is not None:
        feedback.pushInfo(f"Project: {project.fileName()}\nMap: {png}")
    return {"project": Path(project.fileName()), "png": png, **{k: Path(v) for k, v in outputs.items()}}
