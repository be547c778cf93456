"""Outputs of Lodestone algorithms join the user's project styled, in the "Lodestone" layer-tree group.

Processing loads an algorithm's outputs after it finishes (toolbox, models, ``processing.runAndLoadResults``); the
algorithm only attaches a post-processor to each output it knows a style for (see ``OUTPUT_STYLES``). The
post-processor runs in the main thread once the layer is in the project: it applies the QML style and moves the
layer into the "Lodestone" group. The group is placed above the base map (the topmost node holding only rasters)
and below the vector layers above it, so claims and roads stay readable on top; without a raster it goes to the
bottom of the layer tree.
"""
from qgis.core import QgsLayerTreeGroup, QgsLayerTreeLayer, QgsMapLayerType, QgsProcessingLayerPostProcessorInterface

from .styles import RESULTS_GROUP, apply_style, hide_band_name

# algorithm name -> {output parameter name: style in resources/styles}
_GRID = "magnetic_grid"
_TRANSFORMS = ("reducetopole", "upwardcontinuation", "verticalderivative", "horizontalderivative", "analyticsignal",
               "regionalresidual")
OUTPUT_STYLES = {
    **{name: {"OUTPUT": _GRID} for name in _TRANSFORMS},
    "gridsurvey": {"OUTPUT": _GRID},
    "tiltderivative": {"OUTPUT": "tilt"},
    "magnetictransforms": {"RTP": _GRID, "UPWARD": _GRID, "VERTICAL_DERIVATIVE": _GRID,
                           "THDR": _GRID, "TILT": "tilt", "ANALYTIC_SIGNAL": _GRID},
    "texture": {"OUTPUT": "heatmap"},
    "phasesymmetry": {"OUTPUT": "heatmap"},
    "extractlineaments": {"OUTPUT": "lineaments", "RIDGES": "heatmap"},
    "structuralcomplexity": {"COMPLEXITY": "heatmap", "CONTACT_DENSITY": "heatmap", "ORIENTATION_ENTROPY": "heatmap",
                             "LINEAMENT_DENSITY": "heatmap", "JUNCTIONS": "junctions"},
    "trendcorridors": {"OUTPUT": "corridors"},
    "magneticanomalies": {"OUTPUT": "anomalies"},
    "compiledrillholes": {"TRACES": "drill_traces", "INTERCEPTS": "intercepts", "HOLES": "collars",
                          "TESTED_DEPTH": "tested_depth"},
    "prospectivitymodel": {"PROSPECTIVITY": "heatmap", "UNCERTAINTY": "uncertainty"},
    "applymodel": {"OUTPUT": "heatmap", "UNCERTAINTY": "uncertainty"},
    "fuzzyoverlay": {"OUTPUT": "heatmap"},
    "extracttargets": {"OUTPUT": "targets"},
    "accesscost": {"TRAVEL_TIME": "travel_time", "SERVICE_AREAS": "service_areas"},
    "targetaccess": {"ACCESS_POINTS": "access_points", "TRAILS": "trails"},
    "plandrillprogram": {"COLLARS": "planned_collars", "TRACES": "planned_traces"},
}


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


def attach_styles(algorithm_name, context):
    """Give every output of ``algorithm_name`` that Processing will load a style post-processor."""
    styles = OUTPUT_STYLES.get(algorithm_name, {})
    for layer_id in context.layersToLoadOnCompletion():
        details = context.layerToLoadOnCompletionDetails(layer_id)
        if details.outputName in styles:
            details.setPostProcessor(post_processor(styles[details.outputName]))


def _holds_only_rasters(node):
    layers = [node] if isinstance(node, QgsLayerTreeLayer) else node.findLayers()
    return bool(layers) and all(n.layer() is not None and n.layer().type() == QgsMapLayerType.RasterLayer
                                for n in layers)


def results_group(project, arriving=None):
    """The "Lodestone" group, created just above the base map if the project does not have one yet.

    ``arriving`` is the node of a layer about to move into the group: it is not part of the base map."""
    root = project.layerTreeRoot()
    group = root.findGroup(RESULTS_GROUP)
    if group is not None:
        return group
    children = [node for node in root.children() if node is not arriving]
    base_map = next((node for node in children if _holds_only_rasters(node)), None)
    index = root.children().index(base_map) if base_map is not None else len(root.children())
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
