"""Regenerate the QML styles in resources/styles from code (developer tool; not shipped).

Run: make styles. Each style is built with the QGIS API on an empty memory layer of the right geometry and saved
as QML, so the committed files are reproducible and reviewable.
"""
import importlib.util
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "resources" / "styles"


def _compat():
    """The plugin's processing/compat.py (it needs only QGIS), loaded from its file: this script runs without the
    lodestone link on PYTHONPATH, and the repository root must never be on sys.path."""
    spec = importlib.util.spec_from_file_location("lodestone_compat", ROOT / "processing" / "compat.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ShaderInterpolationMethod = _compat().ShaderInterpolationMethod


def fill(color, outline="#404040", width="0.2", style="solid", outline_style="solid"):
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": width,
                                       "style": style, "outline_style": outline_style})


def line(color, width, style="solid"):
    return QgsLineSymbol.createSimple({"line_color": color, "line_width": width, "line_style": style,
                                       "capstyle": "round", "joinstyle": "round"})


def marker(name, color, size, outline="#000000", outline_width="0.2"):
    return QgsMarkerSymbol.createSimple({"name": name, "color": color, "size": size, "outline_color": outline,
                                         "outline_width": outline_width})


def categorized(field, categories):
    return QgsCategorizedSymbolRenderer(field, [QgsRendererCategory(value, symbol, label)
                                                for value, label, symbol in categories])


def labels(expression, size, color="#202020", buffer=True, is_expression=False, always=False):
    """Simple labels; ``always``: drawn even where they collide with other labels, first and on top (the ranked
    targets, which the claim and hole labels around them would otherwise hide)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = is_expression
    if always:
        settings.displayAll = True
        settings.priority = 10
        settings.zIndex = 1.0
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif"))
    text.setSize(size)
    text.setColor(QColor(color))
    if buffer:
        text.buffer().setEnabled(True)
        text.buffer().setSize(0.8)
        text.buffer().setColor(QColor("white"))
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def vector(geometry, renderer, labeling=None):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32618", "style", "memory")
    layer.setRenderer(renderer)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
    return layer


def claims():
    return vector("Polygon", QgsSingleSymbolRenderer(fill("0,0,0,0", "#e66101", "0.5")),
                  labels("claim_no", 5.5, "#a04000"))


def roads():
    return vector("LineString", categorized("class", [
        ("highway", "Highway", line("#c0161b", "1.1")),
        ("primary forestry", "Primary forestry road", line("#6b3d0b", "0.7")),
        ("secondary forestry", "Secondary forestry road", line("#9c6b30", "0.45")),
        ("winter road", "Winter road", line("#9c6b30", "0.4", "dash")),
    ]), labels("name", 6.5, "#6b3d0b"))


def water():
    return vector("Polygon", categorized("kind", [
        ("lake", "Lake", fill("#a6cee3", "#1f78b4", "0.3")),
        ("wetland", "Wetland", fill("#5aa05a", "#3d7a3d", "0.2", style="dense6")),
    ]))


def geology():
    renderer = categorized("lithology", [
        ("felsic volcanic", "Felsic volcanics", fill("#fde7cf", "#c8b49c", "0.1")),
        ("intermediate volcanic", "Intermediate volcanics", fill("#f7d9a8", "#c8b49c", "0.1")),
        ("mafic volcanic", "Mafic volcanics", fill("#d3ebcb", "#a8c4a0", "0.1")),
        ("mafic intrusive", "Gabbro", fill("#b9dcae", "#a8c4a0", "0.1")),
        ("altered deformation zone", "Altered deformation zone", fill("#f4b6c2", "#c0506a", "0.2")),
        ("mafic dyke", "Mafic dyke", fill("#4f7d4a", "#3b5e37", "0.1")),
    ])
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("z_order", True)]))
    renderer.setOrderByEnabled(True)
    return vector("Polygon", renderer)


def survey():
    return vector("Point", QgsSingleSymbolRenderer(marker("circle", "#505050", "0.35", "#505050", "0")))


def soils():
    value = "to_real(regexp_replace(\"au_ppb\", '<', '')) / if(left(\"au_ppb\", 1) = '<', 2, 1)"
    ranges = [(0, 5, "below detection (<5 ppb)", "#d9d9d9", "0.8"), (5, 20, "5-20 ppb", "#fec44f", "1.2"),
              (20, 50, "20-50 ppb", "#fe9929", "1.6"), (50, 1e6, "over 50 ppb", "#cc4c02", "2.2")]
    renderer = QgsGraduatedSymbolRenderer(value, [
        QgsRendererRange(lo, hi, marker("triangle", color, size, "#404040", "0.1"), label)
        for lo, hi, label, color, size in ranges])
    return vector("Point", renderer)


def showings():
    return vector("Point", QgsSingleSymbolRenderer(marker("star", "#ffd700", "4.2", "#000000", "0.3")),
                  labels("concat(\"name\", ' (', \"au_gpt\", ' g/t)')", 6.5, "#5a4500", is_expression=True))


def collars():
    return vector("Point", QgsSingleSymbolRenderer(marker("circle", "#ffffff", "2.2", "#000000", "0.5")),
                  labels("hole_id", 6.0))


def truth_lines():
    return vector("LineString", categorized("kind", [
        ("dyke", "True dyke trace", line("#6a3d9a", "0.4", "dash")),
        ("corridor axis", "True corridor axis", line("#e31a1c", "0.5", "dash")),
    ]))


def truth_zones():
    return vector("Polygon", categorized("kind", [
        ("corridor", "True corridor", fill("0,0,0,0", "#e31a1c", "0.4", outline_style="dash")),
        ("alteration", "True alteration", fill("0,0,0,0", "#fb9a99", "0.3", outline_style="dot")),
        ("magnetic body", "True magnetic body", fill("0,0,0,0", "#1f78b4", "0.4")),
        ("gold zone", "True gold zone", fill("255,215,0,60", "#b8860b", "0.7")),
    ]), labels("name", 7.0, "#5a4500"))


def pseudocolor(path, ramp_name, minimum, maximum, classes, invert=False, opacity=1.0):
    """A raster layer on ``path`` styled with a continuous colour ramp from ``minimum`` to ``maximum``."""
    layer = QgsRasterLayer(str(path), "style")
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
    if invert:
        ramp.invert()
    shader_function = QgsColorRampShader(minimum, maximum, ramp)
    shader_function.classifyColorRamp(classes)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    renderer.setOpacity(opacity)
    layer.setRenderer(renderer)
    return layer


RASTER_STYLES = {
    # chargeability (mV/V), blue to red from 5 to 30 mV/V
    "ip_chargeability": lambda path: pseudocolor(path, "Spectral", 5.0, 30.0, 10, invert=True, opacity=0.75),
    # magnetic grids: the geophysicist's rainbow (perceptually ordered Turbo); the range is a placeholder that
    # processing.styles rescales to each grid's 2-98 % cumulative cut when it loads the style
    "magnetic_grid": lambda path: pseudocolor(path, "Turbo", 0.0, 1.0, 32),
    # tilt (deg): blue negative, red positive, fixed -90..90 so zero contours read the same on every grid
    "tilt": lambda path: pseudocolor(path, "RdBu", -90.0, 90.0, 12, invert=True),
    # 0-1 heat maps (complexity, later prospectivity): perceptually uniform Magma, transparent at the low end
    "heatmap": lambda path: transparent_low_end(pseudocolor(path, "Magma", 0.0, 1.0, 10, invert=True,
                                                            opacity=0.85)),
    # standard deviation across bags (0-1 prospectivity units)
    "uncertainty": lambda path: pseudocolor(path, "Viridis", 0.0, 0.25, 10, opacity=0.8),
    # travel time from camp (h)
    "travel_time": lambda path: pseudocolor(path, "YlGn", 0.0, 1.0, 8, invert=True, opacity=0.6),
    # deepest vertical level drill-tested (m below the collar)
    "tested_depth": lambda path: pseudocolor(path, "Blues", 0.0, 300.0, 6, opacity=0.7),
    # the zone's mid-surface elevation (m): rescaled to each surface on load, deep in dark blue
    "zone_surface": lambda path: pseudocolor(path, "Viridis", 0.0, 1.0, 10, opacity=0.8),
    # alteration index from drill logs: rescaled to each map on load, strong alteration dark brown
    "alteration_index": lambda path: pseudocolor(path, "YlOrBr", 0.0, 1.0, 8, opacity=0.75),
    # area of applicability: a veil over the heat map where the model extrapolates
    "applicability": lambda path: outside_mask(path),
}


def outside_mask(path):
    """Area of applicability (dissimilarity over its threshold): nothing where the model applies (<= 1), a grey
    veil where it extrapolates (> 1), so the heat map beneath reads as untrustworthy there."""
    layer = QgsRasterLayer(str(path), "style")
    function = QgsColorRampShader(0.0, 2.0)
    function.setColorRampType(ShaderInterpolationMethod.Discrete)
    function.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(1.0, QColor(255, 255, 255, 0), "inside: the model applies"),
        QgsColorRampShader.ColorRampItem(float("inf"), QColor(80, 80, 80, 190), "outside: the model extrapolates")])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(2.0)
    layer.setRenderer(renderer)
    return layer


def transparent_low_end(layer):
    """Fade the lowest tenth of a pseudocolour layer to transparent, so only the heat shows over the map."""
    function = layer.renderer().shader().rasterShaderFunction()
    items = function.colorRampItemList()
    items[0].color.setAlpha(0)
    items[1].color.setAlpha(0)
    function.setColorRampItemList(items)
    return layer


def lineaments():
    """Lines graded by strength: thin pale blue for weak, thick dark navy for strong."""
    ranges = [(0.0, 0.3, "weak (< 0.3)", "#9ecae1", "0.25"), (0.3, 0.5, "0.3-0.5", "#4292c6", "0.45"),
              (0.5, 0.7, "0.5-0.7", "#2171b5", "0.7"), (0.7, 1.01, "strong (> 0.7)", "#08306b", "1.0")]
    return vector("LineString", QgsGraduatedSymbolRenderer("strength", [
        QgsRendererRange(lo, hi, line(color, width), label) for lo, hi, label, color, width in ranges]))


def junctions():
    return vector("Point", categorized("kind", [
        ("crossing", "Crossing", marker("cross2", "#000000", "2.4", "#000000", "0.5")),
        ("junction", "Junction", marker("circle", "#e31a1c", "1.8", "#ffffff", "0.2")),
        ("splay", "Splay", marker("triangle", "#ff7f00", "1.8", "#ffffff", "0.2")),
    ]))


def corridors():
    return vector("Polygon", QgsSingleSymbolRenderer(fill("227,26,28,40", "#e31a1c", "0.6", outline_style="dash")),
                  labels("concat(format_number(\"strike_length_m\" / 1000, 1), ' km')", 7.0, "#a50f15",
                         is_expression=True))


def anomalies():
    return vector("Polygon", categorized("kind", [
        ("high", "Residual magnetic high", fill("215,48,39,70", "#d73027", "0.3")),
        ("low", "Residual magnetic low", fill("69,117,180,70", "#4575b4", "0.3", style="b_diagonal")),
    ]))


def drill_traces():
    return vector("LineString", QgsSingleSymbolRenderer(line("#303030", "0.45")))


def intercepts():
    """Gold intercepts: red diamonds labelled like "6.9 g/t Au over 3.8 m"."""
    return vector("Point", QgsSingleSymbolRenderer(marker("diamond", "#d7191c", "2.6", "#ffffff", "0.3")),
                  labels("label", 6.0, "#7f0000"))


def targets():
    """Ranked targets: bold outline, light fill, labelled "Target 1", "Target 2"... (or the user's name)."""
    return vector("MultiPolygon", QgsSingleSymbolRenderer(fill("255,127,0,45", "#d94801", "0.9")),
                  labels("if(coalesce(\"name\", '') = '', concat('Target ', \"rank\"), \"name\")", 9.0, "#8c2d04",
                         is_expression=True, always=True))


def planned_collars():
    return vector("Point", QgsSingleSymbolRenderer(marker("triangle", "#54278f", "3.4", "#ffffff", "0.4")),
                  labels("concat(\"hole_id\", ' (', format_number(\"length_m\", 0), ' m)')", 7.0, "#3f007d",
                         is_expression=True))


def planned_traces():
    return vector("LineString", QgsSingleSymbolRenderer(line("#6a51a3", "0.8")))


def trails():
    return vector("LineString", QgsSingleSymbolRenderer(line("#238b45", "0.6", "dash")))


def access_points():
    return vector("Point", QgsSingleSymbolRenderer(marker("square", "#238b45", "2.2", "#ffffff", "0.3")))


def service_areas():
    """Travel-time bands from camp: darker for nearer."""
    ranges = [(0.0, 0.25, "under 15 min", "35,139,69,70"), (0.25, 0.5, "15-30 min", "116,196,118,60"),
              (0.5, 1.0, "30-60 min", "199,233,192,50"), (1.0, 100.0, "over 1 h", "247,252,245,40")]
    return vector("Polygon", QgsGraduatedSymbolRenderer("hours", [
        QgsRendererRange(lo, hi, fill(color, "#238b45", "0.2"), label) for lo, hi, label, color in ranges]))


def zone_pierce_points():
    """Where the drill holes cut the zone: gold circles labelled with the hole and the vertical depth."""
    return vector("PointZ", QgsSingleSymbolRenderer(marker("circle", "#fdb827", "2.4", "#7f4f00", "0.4")),
                  labels("concat(\"hole_id\", ' ', format_number(\"vertical_depth_m\", 0), ' m')", 6.0,
                         "#7f4f00", is_expression=True))


def zone_levels():
    """The zone's trace at depth: shallower levels darker, dashed outlines, labelled with the level."""
    ranges = [(0.0, 150.0, "to 150 m below the ground", "102,37,6,70"),
              (150.0, 250.0, "150-250 m", "204,76,2,55"), (250.0, 100000.0, "deeper than 250 m", "254,153,41,45")]
    return vector("Polygon", QgsGraduatedSymbolRenderer("level_m", [
        QgsRendererRange(lo, hi, fill(color, "#662506", "0.5", outline_style="dash"), label)
        for lo, hi, label, color in ranges]),
        labels("concat(format_number(\"level_m\", 0), ' m')", 7.0, "#662506", is_expression=True))


def alteration_points():
    """Logged alteration at depth: larger and darker for a higher index."""
    ranges = [(-1e9, 1.0, "weak (index under 1)", "#fff7bc", "1.2"), (1.0, 3.0, "1-3", "#fec44f", "1.8"),
              (3.0, 6.0, "3-6", "#ec7014", "2.4"), (6.0, 1e9, "6 and over", "#8c2d04", "3.0")]
    return vector("PointZ", QgsGraduatedSymbolRenderer("alteration_index", [
        QgsRendererRange(lo, hi, marker("circle", color, size, "#404040", "0.1"), label)
        for lo, hi, label, color, size in ranges]))


VECTOR_STYLES = {"claims": claims, "roads": roads, "water": water, "geology": geology, "survey": survey,
                 "soil_samples": soils, "showings": showings, "collars": collars, "truth_lines": truth_lines,
                 "truth_zones": truth_zones, "lineaments": lineaments, "junctions": junctions,
                 "corridors": corridors, "anomalies": anomalies, "drill_traces": drill_traces,
                 "intercepts": intercepts, "targets": targets, "planned_collars": planned_collars,
                 "planned_traces": planned_traces, "trails": trails, "access_points": access_points,
                 "service_areas": service_areas, "zone_pierce_points": zone_pierce_points,
                 "zone_levels": zone_levels, "alteration_points": alteration_points}


def main(sample_raster):
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for name, build in VECTOR_STYLES.items():
        build().saveNamedStyle(str(STYLES / f"{name}.qml"))
    for name, build in RASTER_STYLES.items():
        build(sample_raster).saveNamedStyle(str(STYLES / f"{name}.qml"))
    print(f"wrote {len(VECTOR_STYLES) + len(RASTER_STYLES)} styles to {STYLES}")
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1])
