"""Lodestone's layer styles (QML files in ``resources/styles``) and how outputs join the user's project.

Processing loads an algorithm's outputs after it finishes (toolbox, models, ``processing.runAndLoadResults``); each
algorithm declares the style of each output next to its id (``OUTPUT_STYLES``) and the base attaches a
post-processor to each loaded output that has one (:func:`attach_styles`). The post-processor runs in the main
thread once the layer is in the project: it applies the QML style and moves the layer into the "Lodestone" group. The
group is placed above the base map (the topmost node holding only rasters) and below the vector layers above it, so
claims and roads stay readable on top; without a raster it goes to the bottom of the layer tree.

QGIS core API only (no widgets): algorithms run under ``qgis_process`` too.
"""
import math
from pathlib import Path

from qgis.core import (
    QgsBasicNumericFormat,
    QgsColorRampLegendNodeSettings,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayerLegendUtils,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsSingleBandPseudoColorRenderer,
)

from .compat import LayerType

STYLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"
RESULTS_GROUP = "Lodestone"


def style_path(style):
    return STYLES_DIR / f"{style}.qml"


# ramps stretched to each grid's 2-98 % cumulative cut on load
RESCALED_STYLES = {"magnetic_grid", "zone_surface", "alteration_index"}


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
    decimals = legend_decimals(low, high)
    for item in items:
        item.label = f"{item.value:.{decimals}f}"
    shader_function.setColorRampItemList(items)
    shader_function.setMinimumValue(low)
    shader_function.setMaximumValue(high)
    number_format = QgsBasicNumericFormat()
    number_format.setNumberDecimalPlaces(decimals)
    number_format.setShowTrailingZeros(True)
    settings = QgsColorRampLegendNodeSettings(shader_function.legendSettings())
    settings.setNumericFormat(number_format)
    shader_function.setLegendSettings(settings)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)


def legend_decimals(low, high):
    """Decimals for legend values of a ramp from ``low`` to ``high``: about a hundredth of the span is the last digit
    shown (549 and -232 nT for a span of 781 nT, 0.452 for a span of 0.9)."""
    span = high - low
    return max(0, math.ceil(-math.log10(span / 100.0))) if span > 0 else 0


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


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies one Lodestone style and files the layer in the results group. One instance per style, kept alive
    in ``_POST_PROCESSORS`` (QGIS holds only a C++ pointer to it)."""

    def __init__(self, style):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if not apply_style(layer, self.style):
            feedback.pushInfo(f"No Lodestone style '{self.style}' found; {layer.name()} keeps the default style.")
        project = context.project()
        if project is not None:
            move_to_results_group(project, layer)


_POST_PROCESSORS = {}


def post_processor(style):
    if style not in _POST_PROCESSORS:
        _POST_PROCESSORS[style] = StylePostProcessor(style)
    return _POST_PROCESSORS[style]


def attach_styles(styles, context):
    """Give every output that Processing will load and ``styles`` ({output name: style}) names a style
    post-processor."""
    for layer_id in context.layersToLoadOnCompletion():
        details = context.layerToLoadOnCompletionDetails(layer_id)
        if details.outputName in styles:
            details.setPostProcessor(post_processor(styles[details.outputName]))


def _holds_only_rasters(node):
    layers = [node] if isinstance(node, QgsLayerTreeLayer) else node.findLayers()
    return bool(layers) and all(n.layer() is not None and n.layer().type() == LayerType.Raster
                                for n in layers)


def results_group(project, arriving=None):
    """The "Lodestone" group, created just above the base map if the project does not have one yet: above the
    run of raster-only nodes at the bottom of the layer tree (at the bottom where there is none).

    ``arriving`` is the node of a layer about to move into the group: it is not part of the base map. (QGIS 3.40
    adds all of an algorithm's outputs to the top of the tree before the first is styled, so a raster output may
    sit at the top, above the user's vectors; counting from the bottom keeps it out of the base map.)"""
    root = project.layerTreeRoot()
    group = root.findGroup(RESULTS_GROUP)
    if group is not None:
        return group
    children = root.children()
    index = len(children)
    while index > 0 and children[index - 1] is not arriving and _holds_only_rasters(children[index - 1]):
        index -= 1
    group = QgsLayerTreeGroup(RESULTS_GROUP)
    root.insertChildNode(index, group)
    return group


def move_to_results_group(project, layer):
    """Move ``layer``'s node (wherever Processing put it) to the top of the results group."""
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    group = results_group(project, node)
    if node is not None and node.parent() is group:
        return
    visible = node.itemVisibilityChecked() if node is not None else True
    moved = group.insertLayer(0, layer)
    moved.setItemVisibilityChecked(visible)
    hide_band_name(moved)
    if node is not None:
        node.parent().removeChildNode(node)
