"""lodestone:drillsection through Processing: a section across the demo's Central Zone through the hole of the named
"6.9 g/t Au over 3.8 m" intercept, with the zone from zonegeometry's pierce points; and small memory layers (a drawn
line, alteration, planned holes) whose section coordinates are known.
"""
import math
from xml.etree import ElementTree

import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtGui import QColor, QImage

import processing
from lodestone.processing.compat import DistanceUnit

CRS = "EPSG:32618"
NAMED = "6.9 g/t Au over 3.8 m"
SVG_NS = "{http://www.w3.org/2000/svg}"
PATH_FIELDS = ["hole_id", "kind", "from_m", "to_m", "length_m", "value", "label", "offset_m"]


def outputs(folder, png=True):
    names = {"HOLE_TRACES": "traces.gpkg", "SECTION_INTERVALS": "intervals.gpkg", "ZONE_TRACE": "zone.gpkg",
             "LEVEL_LINES": "levels.gpkg", "SVG": "section.svg", **({"PNG": "section.png"} if png else {})}
    return {name: str(folder / file) for name, file in names.items()}


def layer(path):
    """A section layer as QGIS opens it: valid, lines, in the section's engineering CRS (metres, not on a map)."""
    opened = QgsVectorLayer(path, "section", "ogr")
    assert opened.isValid(), path
    assert QgsWkbTypes.geometryType(opened.wkbType()) == QgsWkbTypes.geometryType(QgsWkbTypes.Type.LineString)
    crs = opened.crs()
    assert crs.isValid() and not crs.isGeographic() and crs.mapUnits() == DistanceUnit.Meters
    assert "drill section" in crs.description()
    return opened


def svg_texts(path):
    """Every text of the SVG figure (it must parse as XML)."""
    return [element.text for element in ElementTree.parse(path).iter(f"{SVG_NS}text")]


def distinct_colours(path):
    image = QImage(str(path))
    assert not image.isNull()
    return len({QColor(image.pixel(x, y)).rgb() for y in range(0, image.height(), 3)
                for x in range(0, image.width(), 3)})


@pytest.fixture(scope="module")
def demo_section(lodestone_provider, demo_files, tmp_path_factory, recording_feedback):
    folder = tmp_path_factory.mktemp("section")
    holes = {"COLLARS": demo_files["COLLARS"], "SURVEYS": demo_files["SURVEYS"], "CRS": CRS}
    compiled = processing.run("lodestone:compiledrillholes", {
        **holes, "ASSAYS": demo_files["ASSAYS"], "TRACES": "TEMPORARY_OUTPUT",
        "INTERCEPTS": str(folder / "intercepts.gpkg"), "HOLES": "TEMPORARY_OUTPUT",
        "TESTED_DEPTH": str(folder / "tested.tif")})
    zone = processing.run("lodestone:zonegeometry", {
        **holes, "INTERVALS": demo_files["ASSAYS"], "SELECTION": '"au_gpt" >= 0.5', "N_BOOTSTRAP": 0,
        "PIERCE_POINTS": str(folder / "pierce.gpkg"), "SURFACE": str(folder / "surface.tif"),
        "LEVEL_TRACES": str(folder / "levels_map.gpkg")})
    intercepts = list(QgsVectorLayer(compiled["INTERCEPTS"], "intercepts", "ogr").getFeatures())
    named_hole = next(f["hole_id"] for f in intercepts if f["label"] == NAMED)
    (folder / "out").mkdir()
    feedback = recording_feedback()
    result = processing.run("lodestone:drillsection", {
        **holes, "INTERVALS": compiled["INTERCEPTS"], "HOLE_IDS": named_hole, "PIERCE_POINTS": zone["PIERCE_POINTS"],
        "LEVELS": "125", "TITLE": "Central Zone", **outputs(folder / "out")}, feedback=feedback)
    return result, intercepts, zone, feedback


def test_demo_section_crosses_the_zone_s_strike_through_the_named_hole(demo_section):
    result, _, zone, feedback = demo_section
    assert result["SECTION_AZIMUTH"] == pytest.approx(zone["DIP_DIRECTION"], abs=0.01)
    assert result["N_HOLES"] >= 1
    assert any(info.startswith("The zone crosses the section with an apparent dip") for info in feedback.infos)


def test_demo_layers_open_in_qgis_with_their_fields(demo_section):
    result, intercepts, _, _ = demo_section
    traces = layer(result["HOLE_TRACES"])
    assert [f.name() for f in traces.fields()][1:] == PATH_FIELDS
    drawn = {f["hole_id"] for f in traces.getFeatures()}
    for feature in traces.getFeatures():  # a collar is on the ground, 320 m, and the hole goes down from it
        vertices = [(v.x(), v.y()) for v in feature.geometry().vertices()]
        assert feature["kind"] == "drilled" and abs(feature["offset_m"]) <= 50.0
        assert vertices[0][1] == pytest.approx(320.0, abs=0.01) and vertices[-1][1] < vertices[0][1]
    intervals = layer(result["SECTION_INTERVALS"])
    assert [f.name() for f in intervals.fields()][1:] == PATH_FIELDS
    labels = sorted(f["label"] for f in intervals.getFeatures())
    assert labels == sorted(f["label"] for f in intercepts if f["hole_id"] in drawn)
    assert NAMED in labels
    zone = layer(result["ZONE_TRACE"])
    assert [f.name() for f in zone.fields()][1:] == ["part", "dip", "dip_direction", "apparent_dip"]
    assert [f["part"] for f in zone.getFeatures()] == ["mid-surface", "upper edge", "lower edge"]
    levels = layer(result["LEVEL_LINES"])
    assert [(f["kind"], f["level_m"], f["elevation_m"]) for f in levels.getFeatures()] == [
        ("ground", 0.0, 320.0), ("level", 125.0, 195.0)]


def test_demo_figure_holds_the_labels_and_is_not_blank(demo_section):
    result, _, _, _ = demo_section
    texts = svg_texts(result["SVG"])
    labels = [f["label"] for f in QgsVectorLayer(result["SECTION_INTERVALS"], "i", "ogr").getFeatures()]
    assert set(labels) <= set(texts) and NAMED in texts
    assert "125 m below surface (elevation 195 m)" in texts
    assert {"NW", "SE"} <= set(texts)  # the section runs across the corridor (strike about 52) to the south-east
    assert any("vertical exaggeration 1:1" in text for text in texts)
    image = QImage(result["PNG"])
    assert (image.width(), image.height()) == (1754, 1240)  # A4 at 150 dpi
    assert distinct_colours(result["PNG"]) > 50


# ----------------------------------------------------------------------------------------------------------------
# Memory layers: a line from west to east, holes drilled east at 45 degrees


@pytest.fixture
def small_property(memory_layer):
    """Three holes collared on the line y = 1000 (A, B) or 200 m south of it (FAR), drilled east at 45 degrees
    (dips written negative down), an intercept and alteration in each, a planned hole, and the section line."""
    text = "&field=hole_id:string"
    holes = [("A", 1100.0, 1000.0), ("B", 1300.0, 1010.0), ("FAR", 1200.0, 800.0)]
    collars = [(QgsGeometry(), [h, x, y, 300.0, 150.0]) for h, x, y in holes]
    surveys = [(QgsGeometry(), [h, 0.0, 90.0, -45.0]) for h, _, _ in holes]
    assays = [(QgsGeometry(), [h, 40.0, 44.0, grade]) for (h, _, _), grade in zip(holes, (6.9, 87.7, 3.0))]
    alteration = [(QgsGeometry(), [h, 20.0, 60.0, value]) for (h, _, _), value in zip(holes, (1, 3, 2))]
    planned = [("Point (1000 995)", ["PL-1", 0.0, 90.0, -60.0, 250.0])]
    return {
        "COLLARS": memory_layer("None", "collars", collars, CRS, text + "".join(
            f"&field={name}:double" for name in ("x", "y", "z", "length_m"))),
        "SURVEYS": memory_layer("None", "surveys", surveys, CRS,
                                text + "&field=depth_m:double&field=azimuth:double&field=dip:double"),
        "INTERVALS": memory_layer("None", "assays", assays, CRS,
                                  text + "&field=from_m:double&field=to_m:double&field=au_gpt:double"),
        "ALTERATION": memory_layer("None", "alteration", alteration, CRS,
                                   text + "&field=from_m:double&field=to_m:double&field=intensity:double"),
        "PLANNED": memory_layer("Point", "planned", planned, CRS, text + "".join(
            f"&field={name}:double" for name in ("z", "azimuth", "dip", "length_m"))),
        "LINE": memory_layer("LineString", "line", [("LineString (900 1000, 1400 1000, 1600 1000)", [])], CRS),
        "CRS": CRS, "WINDOW": 40.0, "LEVELS": "125,200"}


def test_a_drawn_line_with_alteration_and_planned_holes(lodestone_provider, small_property, tmp_path):
    result = processing.run("lodestone:drillsection", {**small_property, **outputs(tmp_path, png=False)})
    assert (result["SECTION_AZIMUTH"], result["SECTION_LENGTH"]) == pytest.approx((90.0, 700.0))
    assert "PNG" not in result and not (tmp_path / "section.png").exists()
    traces = {f["hole_id"]: f for f in layer(result["HOLE_TRACES"]).getFeatures()}
    assert set(traces) == {"A", "B", "PL-1"} and traces["PL-1"]["kind"] == "planned"
    start = traces["A"].geometry().vertexAt(0)  # the collar: 200 m from the line's start, at 300 m
    assert (start.x(), start.y(), traces["A"]["offset_m"]) == pytest.approx((200.0, 300.0, 0.0))
    assert traces["B"]["offset_m"] == pytest.approx(-10.0)  # 10 m north of a line run east: behind it
    end = traces["PL-1"].geometry().vertexAt(traces["PL-1"].geometry().constGet().numPoints() - 1)
    # planned at z = 0 (no DEM) is drawn from the ground: 250 m at 60 degrees east from 100 m along the line
    assert (end.x(), end.y()) == pytest.approx((100.0 + 125.0, 300.0 - 250.0 * math.sin(math.radians(60))), abs=1e-3)
    intervals = [(f["hole_id"], f["kind"], f["value"], f["label"])
                 for f in layer(result["SECTION_INTERVALS"]).getFeatures()]
    assert sorted(intervals, key=str) == sorted([
        ("A", "interval", 6.9, "6.9 g/t Au over 4.0 m"), ("B", "interval", 87.7, "87.7 g/t Au over 4.0 m"),
        ("A", "alteration", 1.0, None), ("B", "alteration", 3.0, None)], key=str)
    texts = svg_texts(result["SVG"])
    assert {"6.9 g/t Au over 4.0 m", "87.7 g/t Au over 4.0 m", "A", "B", "PL-1", "W", "E", "planned hole",
            "125 m below surface (elevation 175 m)", "200 m below surface (elevation 100 m)"} <= set(texts)
    assert "alteration (intensity), pale to dark: weak to strong" in texts


@pytest.mark.parametrize("change, message", [
    ({"LINE": None}, "Give the section: a LINE layer"),
    ({"HOLE_IDS": "A"}, "Give the section once: a LINE layer or HOLE_IDS, not both"),
    ({"LINE": None, "HOLE_IDS": "A"}, "A section through holes needs a direction: give its AZIMUTH"),
    ({"LINE": None, "HOLE_IDS": "A, Q", "AZIMUTH": 90.0}, "Hole Q not in the collar table"),
    ({"WINDOW": 5.0, "LINE": "far"}, "No hole comes within the 5 m window"),
    ({"ZONE_STRIKE": 10.0}, "Give both the zone's strike and its dip"),
    ({"PLANNED": "bad"}, "The planned layer has no field azimuth"),
    ({"LEVELS": "deep"}, "Levels 'deep' are not numbers"),
])
def test_wrong_inputs_are_refused_with_the_fix(lodestone_provider, small_property, memory_layer, tmp_path, change,
                                               message):
    replacements = {"far": memory_layer("LineString", "far", [("LineString (900 1200, 1400 1200)", [])], CRS),
                    "bad": memory_layer("Point", "bad", [("Point (1000 995)", ["PL-1"])], CRS,
                                        "&field=hole_id:string")}
    parameters = {**small_property, **{k: replacements.get(v, v) for k, v in change.items()}}
    with pytest.raises(QgsProcessingException) as error:
        processing.run("lodestone:drillsection", {**parameters, **outputs(tmp_path)})
    assert message in str(error.value)
    assert not any(tmp_path.iterdir())


# ----------------------------------------------------------------------------------------------------------------
# The figure's parts


def test_labels_at_one_place_are_staggered_and_kept_off_lines(qgis_app):
    from lodestone.processing.section_figure import LabelPlacer, text_width

    placer = LabelPlacer((0.0, 0.0, 200.0, 100.0))
    placer.avoid([(60.0, 0.0), (60.0, 100.0)])  # a vertical trace 10 mm right of the anchor
    sides, shifts = [(2.5, "start"), (-2.5, "end")], [0, 1, -1, 2, -2]
    placed = [placer.place(50.0, 50.0, "6.9 g/t Au over 3.8 m", 2.6, sides, shifts) for _ in range(3)]
    boxes = placer.boxes
    assert all(not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
               for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert all(anchor == "end" for _, _, anchor in placed)  # the right side is crossed by the trace
    assert [round(y - 50.0, 2) for _, y, _ in placed] == [0.0, 3.25, -3.25]
    assert text_width("abc", 2.0) > 0


def test_the_figure_is_at_a_true_scale_equal_on_both_axes(qgis_app):
    import numpy as np

    from lodestone.processing.section_figure import NICE_SCALES, PLOT, SectionFigure
    from lodestone.science.evidence import drillholes
    from lodestone.science.evidence import section as sec

    line = sec.section_between((0.0, 0.0), (700.0, 0.0), 50.0)
    hole = drillholes.Hole("A", (300.0, 0.0, 300.0), 300.0, np.array([[0.0, 90.0, -60.0]]), np.zeros((0, 3)))
    figure = SectionFigure(sec.build_section(line, [hole], levels=[125.0]))
    assert figure.scale in NICE_SCALES and figure.scale == 5000  # 700 m over 263 mm needs 1:2662; 1:5000 is next
    assert float(figure.x(100.0) - figure.x(0.0)) == pytest.approx(float(figure.y(0.0) - figure.y(100.0)))
    assert float(figure.x(100.0) - figure.x(0.0)) == pytest.approx(100.0 * 1000.0 / figure.scale)
    s0, s1, z0, z1 = figure.view  # the view holds the frame and fills the plot
    assert s0 <= 0.0 and s1 >= 700.0 and (s1 - s0) * 1000.0 / figure.scale == pytest.approx(PLOT[2] - PLOT[0])
