"""Lodestone's layer styles (QML files in ``resources/styles``) and how layers join a project."""
from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsMapLayerLegendUtils, QgsProject, QgsSingleBandPseudoColorRenderer

STYLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"
RESULTS_GROUP = "Lodestone"


def style_path(style):
    return STYLES_DIR / f"{style}.qml"


RESCALED_STYLES = {"magnetic_grid"}  # ramps stretched to each grid's 2-98 % cumulative cut on load


def apply_style(layer, style):
    """Load the named Lodestone style onto ``layer``; returns False (and leaves the layer as it was) if missing."""
    path = style_path(style)
    if not path.exists():
        return False
    _, ok = layer.loadNamedStyle(str(path))
    if ok and style in RESCALED_STYLES:
        stretch_ramp(layer)
    if ok:
        layer.triggerRepaint()
    return ok


def stretch_ramp(layer, lower=0.02, upper=0.98):
    """Rescale a pseudocolour raster's ramp to the grid's cumulative cut, keeping the ramp's shape."""
    renderer = layer.renderer()
    shader_function = renderer.shader().rasterShaderFunction()
    items = shader_function.colorRampItemList()
    low, high = layer.dataProvider().cumulativeCut(1, lower, upper)
    old_low, old_high = shader_function.minimumValue(), shader_function.maximumValue()
    if not items or high <= low or old_high <= old_low:
        return
    for item in items:
        item.value = low + (item.value - old_low) / (old_high - old_low) * (high - low)
    shader_function.setColorRampItemList(items)
    shader_function.setMinimumValue(low)
    shader_function.setMaximumValue(high)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)


def ensure_group(project: QgsProject, name, index=None):
    """The top-level layer-tree group ``name``, created at ``index`` (or at the bottom) if it does not exist."""
    root = project.layerTreeRoot()
    group = root.findGroup(name)
    if group is None:
        group = QgsLayerTreeGroup(name)
        root.insertChildNode(len(root.children()) if index is None else index, group)
    return group


def hide_band_name(node):
    """Legends of a colour-ramp raster show the layer name and the ramp, not the extra "Band 1: ..." line."""
    layer = node.layer()
    if layer is None or not isinstance(getattr(layer, "renderer", lambda: None)(), QgsSingleBandPseudoColorRenderer):
        return
    count = len(layer.legend().createLayerTreeModelLegendNodes(node))
    if count > 1:
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, count)))
