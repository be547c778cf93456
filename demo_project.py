"""The main job on the embedded demo: generate the property through Processing, build a styled QGIS project and
export its map. Used by ``python3 -m lodestone demo`` (``make demo``) and ``demo-real`` (``make demo-real``)."""
import json
import lzma
import shutil
from pathlib import Path
from typing import NamedTuple

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont

from .processing.algorithms.demo_property import LAYER_OUTPUTS
from .processing.algorithms.structure import POLARITY_VALUES
from .processing.compat import DistanceUnit, LayoutUnit, LegendComponent, font_of, set_font
from .processing.styles import RESULTS_GROUP, apply_style, ensure_group, hide_band_name
from .runner import UserError, run_algorithm
from .science.demo import property as demo_property
from .science.demo.property import BASE_STATION, GROUND_ELEVATION, ORIGIN, SENSOR_HEIGHT
from .science.features import linestring_wkt

TABLE_OUTPUTS = {"BASE_STATION", "COLLARS", "SURVEYS", "ASSAYS", "ALTERATION"}
DEMO_CRS = "EPSG:32618"
TRUTH_GROUP = "Truth (demo only)"
DRILLING_GROUP = "Drilling and samples"
GROUP_ORDER = ("Property", DRILLING_GROUP, RESULTS_GROUP, "Survey", "Base map", TRUTH_GROUP)


class ProjectLayer(NamedTuple):
    group: str
    source: str
    name: str
    style: str  # a Lodestone style, or None for QGIS's default
    visible: bool
    provider: str = "ogr"  # ogr, gdal or delimitedtext


# The demo property's inputs in the layer tree, top to bottom: (group, output, layer name, style, visible)
PROPERTY_LAYERS = (
    ("Property", "CLAIMS", "Claims", "claims", True),
    ("Property", "ROADS", "Roads", "roads", True),
    ("Drilling and samples", "COLLARS", "Drill collars", "collars", True),
    ("Drilling and samples", "SURVEYS", "Down-hole surveys", None, True),
    ("Drilling and samples", "ASSAYS", "Assays", None, True),
    ("Drilling and samples", "ALTERATION", "Alteration log", None, True),
    ("Drilling and samples", "SHOWINGS", "Gold showings", "showings", True),
    ("Drilling and samples", "SOIL_SAMPLES", "Soil samples (Au ppb)", "soil_samples", False),
    ("Survey", "SURVEY", "Ground magnetic readings", "survey", False),
    ("Base map", "WATER", "Lakes and wetlands", "water", True),
    ("Base map", "GEOLOGY", "Geology", "geology", True),
    ("Base map", "IP_CHARGEABILITY", "IP chargeability (mV/V)", "ip_chargeability", False),
    (TRUTH_GROUP, "TRUTH_ZONES", "True zones", "truth_zones", False),
    (TRUTH_GROUP, "TRUTH_LINES", "True dykes and corridor axis", "truth_lines", False),
)
# Magnetics results in the Lodestone group: (key, layer name, style, visible)
MAGNETIC_LAYERS = (
    ("rtp", "Reduced to pole (nT)", "magnetic_grid", True),
    ("tilt", "Tilt derivative (deg)", "tilt", False),
    ("vertical_derivative", "First vertical derivative (nT/m)", "magnetic_grid", False),
    ("thdr", "Total horizontal derivative (nT/m)", "magnetic_grid", False),
    ("analytic_signal", "Analytic signal (nT/m)", "magnetic_grid", False),
    ("upward", "RTP upward continued 100 m (nT)", "magnetic_grid", False),
    ("anomaly", "Total-field anomaly grid (nT)", "magnetic_grid", False),
)


def generate_property(folder: Path, seed, feedback):
    """Run lodestone:demoproperty into ``folder``; returns {output parameter: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    parameters = {"SEED": seed, "IP_CHARGEABILITY": str(folder / "ip_chargeability.tif")}
    for name, (layer, *_) in LAYER_OUTPUTS.items():
        parameters[name] = str(folder / f"{layer}.{'csv' if name in TABLE_OUTPUTS else 'gpkg'}")
    return run_algorithm("lodestone:demoproperty", parameters, feedback)


def grid_and_transform(readings, value_field, folder: Path, date, altitude, feedback, line_field=None,
                       cell_size=0.0, block_field=None):
    """gridsurvey, igrf at the grid centre, reducetopole and magnetictransforms; returns {key: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    blocks = {} if block_field is None else {"BLOCK_FIELD": block_field}
    grid = run_algorithm("lodestone:gridsurvey", {
        "INPUT": readings, "VALUE_FIELD": value_field, "LINE_FIELD": line_field, **blocks, "CELL_SIZE": cell_size,
        "OUTPUT": str(folder / "anomaly.tif")}, feedback)["OUTPUT"]
    extent = QgsRasterLayer(grid, "grid")
    field = run_algorithm("lodestone:igrf", {
        "EXTENT": f"{extent.extent().xMinimum()},{extent.extent().xMaximum()},{extent.extent().yMinimum()},"
                  f"{extent.extent().yMaximum()} [{extent.crs().authid()}]", "DATE": date, "ALTITUDE": altitude},
        feedback)
    direction = {"INCLINATION": field["INCLINATION"], "DECLINATION": field["DECLINATION"]}
    rtp = run_algorithm("lodestone:reducetopole", {"INPUT": grid, **direction, "OUTPUT": str(folder / "rtp.tif")},
                        feedback)["OUTPUT"]
    outputs = {"THDR": "thdr", "TILT": "tilt", "VERTICAL_DERIVATIVE": "vertical_derivative",
               "ANALYTIC_SIGNAL": "analytic_signal", "UPWARD": "upward"}
    derived = run_algorithm("lodestone:magnetictransforms", {
        "INPUT": rtp, **direction, "HEIGHT": 100.0, "ORDER": 1.0, "RTP": None,
        **{name: str(folder / f"{key}.tif") for name, key in outputs.items()}}, feedback)
    return {"anomaly": grid, "rtp": rtp, **{key: derived[name] for name, key in outputs.items()}}


def structure_chain(rtp, folder: Path, feedback, min_wavelength, sigma, snap, corridor_trend=(30.0, 70.0)):
    """extractlineaments, structuralcomplexity, trendcorridors, magneticanomalies and lineamentstatistics on an
    RTP grid; returns {key: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = run_algorithm("lodestone:extractlineaments", {
        "INPUT": rtp, "MIN_WAVELENGTH": min_wavelength, "POLARITY": 2, "OUTPUT": str(folder / "lineaments.gpkg"),
        "RIDGES": None}, feedback)["OUTPUT"]
    maps = run_algorithm("lodestone:structuralcomplexity", {
        "INPUT": lines, "REFERENCE": rtp, "SIGMA": sigma, "SNAP_DISTANCE": snap,
        "COMPLEXITY": str(folder / "complexity.tif"), "CONTACT_DENSITY": str(folder / "contact_density.tif"),
        "ORIENTATION_ENTROPY": str(folder / "orientation_entropy.tif"),
        "LINEAMENT_DENSITY": str(folder / "lineament_density.tif"),
        "JUNCTIONS": str(folder / "junctions.gpkg")}, feedback)
    corridor_layer = run_algorithm("lodestone:trendcorridors", {
        "INPUT": lines, "AZIMUTH_MIN": corridor_trend[0], "AZIMUTH_MAX": corridor_trend[1],
        "OUTPUT": str(folder / "corridors.gpkg")}, feedback)["OUTPUT"]
    zones = run_algorithm("lodestone:magneticanomalies", {
        "INPUT": rtp, "REGIONAL_WAVELENGTH": 1500.0, "CORRIDORS": corridor_layer,
        "OUTPUT": str(folder / "anomalies.gpkg")}, feedback)["OUTPUT"]
    report = run_algorithm("lodestone:lineamentstatistics", {
        "INPUT": lines, "OUTPUT_HTML": str(folder / "lineament_statistics.html"), "OUTPUT_TABLE": None},
        feedback)["OUTPUT_HTML"]
    return {"lineaments": lines, "junctions": maps["JUNCTIONS"], "complexity": maps["COMPLEXITY"],
            "contact_density": maps["CONTACT_DENSITY"], "orientation_entropy": maps["ORIENTATION_ENTROPY"],
            "lineament_density": maps["LINEAMENT_DENSITY"], "corridors": corridor_layer, "anomalies": zones,
            "statistics": report}


def csv_points(path: Path, crs, x_field="x", y_field="y"):
    """A delimited-text point layer on a CSV file (the demo's collar and camp tables)."""
    path = Path(path)
    uri = f"{path.as_uri()}?type=csv&xField={x_field}&yField={y_field}&crs={crs}&detectTypes=yes"
    return QgsVectorLayer(uri, path.stem, "delimitedtext")


def main_corridor_strike(corridors_path):
    """Azimuth (deg) of the longest trend corridor: the holes are drilled across it."""
    corridors = QgsVectorLayer(str(corridors_path), "corridors", "ogr")
    longest = max(corridors.getFeatures(), key=lambda feature: feature["strike_length_m"], default=None)
    if longest is None:
        raise UserError("No trend corridor was found on the demo grid, so the drill plan has no strike.")
    return float(longest["azimuth"])


def evidence_chain(inputs, rtp, structure, folder: Path, feedback):
    """compiledrillholes, interpolatepoints (soils), regionalresidual (alteration lows), stackevidence and
    trainingpoints; returns {key: path}. Intercepts are weighted by grade x thickness (g/t x m); grab samples from
    showings, which have no thickness, weigh 1."""
    folder.mkdir(parents=True, exist_ok=True)
    holes = run_algorithm("lodestone:compiledrillholes", {
        "COLLARS": inputs["COLLARS"], "SURVEYS": inputs["SURVEYS"], "ASSAYS": inputs["ASSAYS"], "CRS": DEMO_CRS,
        "CUTOFF": 0.5, "MIN_INTERVAL": 1.0, "MAX_INTERNAL_DILUTION": 2.0, "REFERENCE": rtp, "SEARCH_RADIUS": 50.0,
        "TRACES": str(folder / "drill_traces.gpkg"), "INTERCEPTS": str(folder / "intercepts.gpkg"),
        "HOLES": str(folder / "holes.gpkg"), "TESTED_DEPTH": str(folder / "tested_depth.tif")}, feedback)
    soils = run_algorithm("lodestone:interpolatepoints", {
        "INPUT": inputs["SOIL_SAMPLES"], "VALUE_FIELD": "au_ppb", "METHOD": 0, "LOG_TRANSFORM": True,
        "SEARCH_RADIUS": 150.0, "REFERENCE": rtp, "OUTPUT": str(folder / "soil_au_log10ppb.tif")}, feedback)["OUTPUT"]
    residual = run_algorithm("lodestone:regionalresidual", {
        "INPUT": rtp, "CUTOFF_WAVELENGTH": 1500.0, "OUTPUT": str(folder / "rtp_residual.tif")}, feedback)["OUTPUT"]
    stack = run_algorithm("lodestone:stackevidence", {
        "LAYERS": [inputs["IP_CHARGEABILITY"], soils, residual, structure["complexity"], structure["corridors"],
                   inputs["GEOLOGY"]],
        "REFERENCE": rtp, "MASK": inputs["CLAIMS"], "CATEGORY_FIELD": "lithology",
        "OUTPUT": str(folder / "evidence_stack.tif")}, feedback)["OUTPUT"]
    barren = run_algorithm("native:extractbyattribute", {
        "INPUT": holes["HOLES"], "FIELD": "n_intercepts", "OPERATOR": 0, "VALUE": "0",
        "OUTPUT": str(folder / "barren_holes.gpkg")}, feedback)["OUTPUT"]
    training = run_algorithm("lodestone:trainingpoints", {
        "POSITIVES": [holes["INTERCEPTS"], inputs["SHOWINGS"]], "WEIGHT_FIELD": "grade_x_length",
        "NEGATIVES": barren, "REFERENCE": stack,
        "OUTPUT": str(folder / "training_points.gpkg")}, feedback)["OUTPUT"]
    alteration = run_algorithm("lodestone:compilealteration", {
        "COLLARS": inputs["COLLARS"], "SURVEYS": inputs["SURVEYS"], "LOGS": inputs["ALTERATION"], "CRS": DEMO_CRS,
        "INTENSITY_FIELDS": ["carbonate", "sericite", "fuchsite"], "MAX_DEPTH": 150.0, "CELL_SIZE": 25.0,
        "SEARCH_RADIUS": 200.0, "POINTS": str(folder / "alteration_points.gpkg"),
        "MAP": str(folder / "alteration_index.tif")}, feedback)
    return {"traces": holes["TRACES"], "intercepts": holes["INTERCEPTS"], "holes": holes["HOLES"],
            "tested_depth": holes["TESTED_DEPTH"], "soil_au": soils, "residual": residual, "stack": stack,
            "barren_holes": barren, "training": training, "alteration_points": alteration["POINTS"],
            "alteration_index": alteration["MAP"]}


ZONE_SELECTION = '"au_gpt" >= 0.1'
"""The Central Zone's intervals for zonegeometry: its low-grade halo (background is under 0.05 g/t)."""
ZONE_LEVELS = "125,200,300"


def zone_chain(inputs, folder: Path, feedback):
    """zonegeometry on the historical holes: the Central Zone's attitude, its dip by section, surface and traces
    at depth; returns {key: path or value}."""
    folder.mkdir(parents=True, exist_ok=True)
    zone = run_algorithm("lodestone:zonegeometry", {
        "COLLARS": inputs["COLLARS"], "SURVEYS": inputs["SURVEYS"], "INTERVALS": inputs["ASSAYS"],
        "SELECTION": ZONE_SELECTION, "CRS": DEMO_CRS, "LEVELS": ZONE_LEVELS, "CELL_SIZE": 10.0, "N_SECTIONS": 2,
        "PIERCE_POINTS": str(folder / "zone_pierce_points.gpkg"), "SURFACE": str(folder / "zone_surface.tif"),
        "LEVEL_TRACES": str(folder / "zone_levels.gpkg")}, feedback)
    return {"zone_pierce_points": zone["PIERCE_POINTS"], "zone_surface": zone["SURFACE"],
            "zone_levels": zone["LEVEL_TRACES"],
            "zone_fit": {"strike": zone["STRIKE"], "dip": zone["DIP"], "dip_direction": zone["DIP_DIRECTION"],
                         "section_dips": zone["SECTION_DIPS"]}}


SECTION_WINDOW = 40.0  # m either side of a demo section


def drill_section(inputs, evidence, zone, plan, where, title, path: Path, feedback):
    """drillsection ``where`` ({"HOLE_IDS": ...} or {"LINE": ...}): the intercepts labelled, sericite from the logs,
    the zone fitted to the pierce points ``zone`` (None: no zone drawn), the 125 and 200 m levels and the planned
    holes; layers ``path``_<output>.gpkg, figures ``path``.svg and .png."""
    return run_algorithm("lodestone:drillsection", {**where,
        "COLLARS": inputs["COLLARS"], "SURVEYS": inputs["SURVEYS"], "INTERVALS": evidence["intercepts"],
        "GRADE_FIELD": "au_gpt", "ALTERATION": inputs["ALTERATION"], "ALTERATION_FIELD": "sericite",
        "CRS": DEMO_CRS, "WINDOW": SECTION_WINDOW,
        "PLANNED": plan["planned_collars"], "PIERCE_POINTS": zone, "LEVELS": "125,200",
        "TITLE": title, **{name: f"{path}_{name.lower()}.gpkg" for name in (
            "HOLE_TRACES", "SECTION_INTERVALS", "ZONE_TRACE", "LEVEL_LINES")},
        "SVG": str(path.with_suffix(".svg")), "PNG": str(path.with_suffix(".png"))}, feedback)


def nearest_zone_hole(planned_collars, collars_csv, hole_id):
    """The id (in a list, empty if none) of the planned hole aimed at the zone whose collar is nearest that of the
    drilled hole ``hole_id``."""
    drilled = next(f for f in csv_points(collars_csv, DEMO_CRS).getFeatures() if f["hole_id"] == hole_id)
    planned = [f for f in QgsVectorLayer(str(planned_collars), "planned", "ogr").getFeatures() if f["aim"] == "zone"]
    nearest = min(planned, key=lambda f: f.geometry().distance(drilled.geometry()), default=None)
    return [] if nearest is None else [nearest["hole_id"]]


def section_chain(inputs, evidence, zone, plan, folder: Path, feedback):
    """Two drill sections across the corridor: in the Central Zone through CZ-88-03 and CZ-88-04 (the 6.9 g/t Au
    intercept) and the nearest planned hole aimed at the zone; across the New West Zone (known by name on the
    property, never drilled) along a line at right angles to the corridor through its middle, without the Central
    Zone's plane (1 km away). Returns {key: figure path}."""
    folder.mkdir(parents=True, exist_ok=True)
    planned = nearest_zone_hole(plan["planned_collars"], inputs["COLLARS"], "CZ-88-04")
    central = drill_section(inputs, evidence, zone["zone_pierce_points"], plan,
                            {"HOLE_IDS": ",".join(["CZ-88-03", "CZ-88-04", *planned])},
                            "Central Zone: section through CZ-88-03 and CZ-88-04", folder / "central_zone", feedback)
    middle = demo_property.corridor_point(np.mean(demo_property.GOLD_ZONES["New West Zone"][:2]))
    across = demo_property.corridor_azimuth() + 90.0
    step = 300.0 * np.array([np.sin(np.radians(across)), np.cos(np.radians(across))])
    ends = [np.add(ORIGIN, middle - step), np.add(ORIGIN, middle + step)]
    line = QgsVectorLayer(f"LineString?crs={DEMO_CRS}", "New West Zone section", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(linestring_wkt(np.array(ends))))
    line.dataProvider().addFeatures([feature])
    west = drill_section(inputs, evidence, None, plan, {"LINE": line}, "New West Zone: section across the corridor",
                         folder / "new_west_zone", feedback)
    return {"central_section": central["PNG"], "new_west_section": west["PNG"]}


def targeting_chain(inputs, evidence, structure, zone, folder: Path, feedback):
    """prospectivitymodel, extracttargets, accesscost, targetaccess and plandrillprogram (aimed at the fitted
    zone where a target lies over it); returns {key: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    positives = run_algorithm("native:extractbyattribute", {
        "INPUT": evidence["training"], "FIELD": "label", "OPERATOR": 0, "VALUE": "1",
        "OUTPUT": str(folder / "positives.gpkg")}, feedback)["OUTPUT"]
    model = run_algorithm("lodestone:prospectivitymodel", {
        "EVIDENCE": evidence["stack"], "POSITIVES": positives, "NEGATIVES": evidence["barren_holes"],
        "WEIGHT_FIELD": "weight", "METHOD": 0,
        "NEGATIVE_BUFFER": 250.0, "N_BAGS": 10, "CV_BLOCK_SIZE": 500.0, "SEED": 42,
        "PROSPECTIVITY": str(folder / "prospectivity.tif"), "UNCERTAINTY": str(folder / "uncertainty.tif"),
        "APPLICABILITY": str(folder / "applicability.tif"),
        "REPORT": str(folder / "prospectivity_report.html"), "MODEL": str(folder / "prospectivity.model")}, feedback)
    targets = run_algorithm("lodestone:extracttargets", {
        "PROSPECTIVITY": model["PROSPECTIVITY"], "UNCERTAINTY": model["UNCERTAINTY"], "AREA_FRACTION": 0.05,
        "MIN_AREA": 2.0, "HOLES": evidence["traces"], "TESTED_DEPTH": evidence["tested_depth"],
        "OUTPUT": str(folder / "targets.gpkg")}, feedback)["OUTPUT"]
    camp = csv_points(inputs["CAMP"], DEMO_CRS)
    access = run_algorithm("lodestone:accesscost", {
        "ROADS": inputs["ROADS"], "SPEED_FIELD": "speed_kmh", "BARRIERS": inputs["WATER"], "OFFROAD_SPEED": 4.0,
        "BASE": camp, "REFERENCE": evidence["stack"], "HOUR_BANDS": "0.25,0.5,1",
        "TRAVEL_TIME": str(folder / "travel_time.tif"), "DISTANCE_TO_ROAD": str(folder / "distance_to_road.tif"),
        "SERVICE_AREAS": str(folder / "service_areas.gpkg")}, feedback)
    reach = run_algorithm("lodestone:targetaccess", {
        "TARGETS": targets, "ROADS": inputs["ROADS"], "SPEED_FIELD": "speed_kmh", "BARRIERS": inputs["WATER"],
        "BASE": camp, "OFFROAD_SPEED": 4.0, "ACCESS_POINTS": str(folder / "access_points.gpkg"),
        "TRAILS": str(folder / "trails.gpkg"), "TABLE": str(folder / "target_access.csv")}, feedback)
    plan = run_algorithm("lodestone:plandrillprogram", {
        "TARGETS": targets, "RANK_FIELD": "rank", "STRIKE": main_corridor_strike(structure["corridors"]),
        "TARGET_DEPTH": 200.0, "DIP": -55.0, "TOTAL_METRES": 1500.0, "MIN_HOLES": 4, "MAX_HOLES": 6,
        "TRAVEL_TIME": access["TRAVEL_TIME"], "BARRIERS": inputs["WATER"],
        "ZONE_SURFACE": zone["zone_surface"], "ZONE_PIERCE_POINTS": zone["zone_pierce_points"],
        "COLLARS": str(folder / "planned_collars.gpkg"), "TRACES": str(folder / "planned_traces.gpkg"),
        "SUMMARY": str(folder / "drill_plan_summary.csv")}, feedback)
    return {"prospectivity": model["PROSPECTIVITY"], "uncertainty": model["UNCERTAINTY"],
            "applicability": model["APPLICABILITY"],
            "report": model["REPORT"], "model": model["MODEL"], "targets": targets,
            "travel_time": access["TRAVEL_TIME"], "distance_to_road": access["DISTANCE_TO_ROAD"],
            "service_areas": access["SERVICE_AREAS"], "access_points": reach["ACCESS_POINTS"],
            "trails": reach["TRAILS"], "planned_collars": plan["COLLARS"], "planned_traces": plan["TRACES"],
            "drill_plan": plan["SUMMARY"], "spatial_auc": model["SPATIAL_AUC"], "capture_10": model["CAPTURE_10"],
            "random_auc": model["RANDOM_AUC"]}


# Structure results in the Lodestone group, above the magnetic grids: (key, layer name, style, visible, provider)
STRUCTURE_LAYERS = (
    ("corridors", "Trend corridors", "corridors", True, "ogr"),
    ("junctions", "Junctions", "junctions", False, "ogr"),
    ("lineaments", "Lineaments", "lineaments", True, "ogr"),
    ("anomalies", "Magnetic anomaly zones", "anomalies", False, "ogr"),
    ("complexity", "Structural complexity (0-1)", "heatmap", False, "gdal"),
)


# Evidence and targeting results: (group, key, layer name, style, visible, provider), top to bottom
TARGETING_LAYERS = (
    (DRILLING_GROUP, "intercepts", "Gold intercepts (> 0.5 g/t)", "intercepts", True, "ogr"),
    (DRILLING_GROUP, "traces", "Drill traces", "drill_traces", True, "ogr"),
    (DRILLING_GROUP, "zone_pierce_points", "Zone pierce points", "zone_pierce_points", True, "ogr"),
    (DRILLING_GROUP, "alteration_points", "Alteration from logs (points at depth)", "alteration_points", False,
     "ogr"),
    (RESULTS_GROUP, "planned_collars", "Planned drill holes", "planned_collars", True, "ogr"),
    (RESULTS_GROUP, "planned_traces", "Planned drill traces", "planned_traces", True, "ogr"),
    (RESULTS_GROUP, "trails", "Access trails", "trails", True, "ogr"),
    (RESULTS_GROUP, "access_points", "Road access points", "access_points", True, "ogr"),
    (RESULTS_GROUP, "targets", "Ranked targets", "targets", True, "ogr"),
    (RESULTS_GROUP, "zone_levels", "Central Zone at 125, 200 and 300 m", "zone_levels", True, "ogr"),
    (RESULTS_GROUP, "zone_surface", "Central Zone surface elevation (m)", "zone_surface", False, "gdal"),
    (RESULTS_GROUP, "alteration_index", "Alteration index from logs (0-9)", "alteration_index", False, "gdal"),
    (RESULTS_GROUP, "applicability", "Outside the model's area of applicability", "applicability", True, "gdal"),
    (RESULTS_GROUP, "prospectivity", "Prospectivity (0-1)", "heatmap", True, "gdal"),
    (RESULTS_GROUP, "uncertainty", "Prospectivity uncertainty (sd)", "uncertainty", False, "gdal"),
    (RESULTS_GROUP, "service_areas", "Service areas from camp (h)", "service_areas", False, "ogr"),
    (RESULTS_GROUP, "travel_time", "Travel time from camp (h)", "travel_time", False, "gdal"),
    (RESULTS_GROUP, "tested_depth", "Deepest level drill-tested (m)", "tested_depth", False, "gdal"),
    (RESULTS_GROUP, "stack", "Evidence stack (one band per evidence)", None, False, "gdal"),
)


def targeting_layers(paths):
    return [ProjectLayer(group, str(paths[key]), name, style, visible, provider)
            for group, key, name, style, visible, provider in TARGETING_LAYERS]


def write_camp(folder: Path):
    """The exploration camp (the base-station site by the forestry road) as a one-row CSV, the logistics base."""
    east, north = np.add(ORIGIN, BASE_STATION)
    path = folder / "camp.csv"
    path.write_text(f"name,x,y\nCamp,{east:.1f},{north:.1f}\n")
    return path


def structure_layers(paths):
    return [ProjectLayer(RESULTS_GROUP, paths[key], name, style, visible, provider)
            for key, name, style, visible, provider in STRUCTURE_LAYERS]


def magnetics_layers(paths):
    return [ProjectLayer(RESULTS_GROUP, paths[key], name, style, visible, "gdal")
            for key, name, style, visible in MAGNETIC_LAYERS]


def property_layers(outputs):
    layers = []
    for group, output, name, style, visible in PROPERTY_LAYERS:
        source, provider = outputs[output], "ogr"
        if output == "IP_CHARGEABILITY":
            provider = "gdal"
        elif output == "COLLARS":
            source = f"{Path(source).as_uri()}?type=csv&xField=x&yField=y&crs=EPSG:32618&detectTypes=yes"
            provider = "delimitedtext"
        elif output in TABLE_OUTPUTS:  # a table without geometry, as a geologist keeps logs in the project
            source = f"{Path(source).as_uri()}?type=csv&geomType=none&detectTypes=yes"
            provider = "delimitedtext"
        layers.append(ProjectLayer(group, source, name, style, visible, provider))
    return layers


def build_project(layers, project_path: Path, crs, view=None):
    """A project with the layers styled and grouped (claims and roads on top); saved to ``project_path``. ``view``:
    (layer name, margin in metres) of the extent the project opens on."""
    project = QgsProject()
    project.setFileName(str(project_path))
    project.setCrs(QgsCoordinateReferenceSystem(crs))
    groups = {layer.group for layer in layers}
    for group_name in GROUP_ORDER:
        if group_name in groups or group_name == RESULTS_GROUP:
            ensure_group(project, group_name)
    for entry in layers:
        layer = (QgsRasterLayer(entry.source, entry.name) if entry.provider == "gdal"
                 else QgsVectorLayer(entry.source, entry.name, entry.provider))
        if not layer.isValid():
            raise RuntimeError(f"The layer {entry.name} ({entry.source}) did not load")
        if entry.style:
            apply_style(layer, entry.style)
        project.addMapLayer(layer, False)
        node = ensure_group(project, entry.group).addLayer(layer)
        node.setItemVisibilityChecked(entry.visible)
        hide_band_name(node)
    truth = project.layerTreeRoot().findGroup(TRUTH_GROUP)
    if truth is not None:
        truth.setItemVisibilityChecked(False)
    if view is not None:
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(layer_extent(project, *view), project.crs()))
    project.write()
    return project


def layer_extent(project, name, margin):
    extent = QgsRectangle(project.mapLayersByName(name)[0].extent())
    extent.grow(margin)
    return extent


def visible_layers(project):
    root = project.layerTreeRoot()
    return [node.layer() for node in root.findLayers() if node.isVisible()]


def map_layout(project, title, extent, layer_names=None, portrait=False, fit=False, attribution=None):
    """An A4 layout (landscape, or ``portrait``): map, title, legend, scale bar and north arrow; the map shows the
    named layers (top first) or, by default, every visible layer. With ``fit`` the whole ``extent`` is shown (the
    map zooms out until it fits); otherwise the map item takes the extent's shape at its full width (a tall extent
    runs off the page). ``attribution``: a line of small text under the map (the data credits)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    if portrait:
        layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    page = layout.pageCollection().page(0).pageSize()

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(8, 18, LayoutUnit.Millimeters))
    map_item.attemptResize(QgsLayoutSize(page.width() - 78, page.height() - 26, LayoutUnit.Millimeters))
    layers = visible_layers(project) if layer_names is None else \
        [project.mapLayersByName(name)[0] for name in layer_names]
    map_item.setLayers(layers)
    if fit:  # grow the extent to the item's shape: setExtent would reshape the item to the extent's instead
        shape = map_item.rect().width() / map_item.rect().height()
        width = max(extent.width(), extent.height() * shape)
        centre = extent.center()
        extent = QgsRectangle(centre.x() - width / 2, centre.y() - width / shape / 2, centre.x() + width / 2,
                              centre.y() + width / shape / 2)
    map_item.setExtent(extent)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)

    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    set_font(label, QFont("Sans Serif", 16, QFont.Weight.Bold))
    label.attemptMove(QgsLayoutPoint(8, 5, LayoutUnit.Millimeters))
    label.attemptResize(QgsLayoutSize(page.width() - 16, 10, LayoutUnit.Millimeters))
    layout.addLayoutItem(label)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    if layer_names is not None:
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        for layer in layers:
            hide_band_name(root.addLayer(layer))
    legend.setLegendFilterByMapEnabled(True)
    legend.setTitle("Legend")
    legend.setSplitLayer(True)
    legend.attemptMove(QgsLayoutPoint(page.width() - 67, 18, LayoutUnit.Millimeters))
    layout.addLayoutItem(legend)
    fit_legend(legend, page.height() - 18 - 8)
    legend_left = min(page.width() - 67, page.width() - 4 - legend.rect().width())
    if legend_left < page.width() - 67:  # a two-column legend: the map gives up the width it needs
        legend.attemptMove(QgsLayoutPoint(legend_left, 18, LayoutUnit.Millimeters))
        map_item.attemptResize(QgsLayoutSize(legend_left - 12, map_item.rect().height(), LayoutUnit.Millimeters))
        map_item.zoomToExtent(extent)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize(DistanceUnit.Kilometers)
    scale.setStyle("Single Box")
    scale.attemptMove(QgsLayoutPoint(12, page.height() - 20, LayoutUnit.Millimeters))
    layout.addLayoutItem(scale)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(str(Path(QgsApplication.pkgDataPath()) / "svg" / "arrows" / "NorthArrow_02.svg"))
    arrow.attemptMove(QgsLayoutPoint(legend_left - 17, 22, LayoutUnit.Millimeters))
    arrow.attemptResize(QgsLayoutSize(12, 12, LayoutUnit.Millimeters))
    layout.addLayoutItem(arrow)

    if attribution:
        credit = QgsLayoutItemLabel(layout)
        credit.setText(attribution)
        set_font(credit, QFont("Sans Serif", 6))
        credit.attemptMove(QgsLayoutPoint(8, page.height() - 7.5, LayoutUnit.Millimeters))
        credit.attemptResize(QgsLayoutSize(page.width() - 16, 7, LayoutUnit.Millimeters))
        layout.addLayoutItem(credit)
    return layout


LEGEND_SIZES = ((LegendComponent.Title, 11), (LegendComponent.Group, 8), (LegendComponent.Subgroup, 7),
                (LegendComponent.SymbolLabel, 6.5))
"""Text sizes (pt) of the parts of the map legend at full size; symbols are 6 x 3 mm."""


def fit_legend(legend, height_mm):
    """Size the legend to ``height_mm``: one column at full size (:data:`LEGEND_SIZES`), else shrunk by steps of
    10 % down to 80 % (6.5 pt labels become 5.2 pt, still legible in print), else the same in two columns (the
    smallest is kept if nothing fits). The layout is rendered once first: a legend has no size before it is drawn
    (the map's scale and the filter by map content are computed then)."""
    QgsLayoutExporter(legend.layout()).renderPageToImage(0, QSize(297, 210))
    for columns in (1, 2):
        legend.setColumnCount(columns)
        for scale in (1.0, 0.9, 0.8):
            for part, size in LEGEND_SIZES:
                style = legend.style(part)
                font = font_of(style)
                font.setPointSizeF(size * scale)
                set_font(style, font)
                legend.setStyle(part, style)
            legend.setSymbolHeight(3.0 * scale)
            legend.setSymbolWidth(6.0 * scale)
            legend.adjustBoxSize()
            if legend.rect().height() <= height_mm:
                return


def export_pdf(layout, path: Path):
    result = QgsLayoutExporter(layout).exportToPdf(str(path), QgsLayoutExporter.PdfExportSettings())
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(f"Could not export the layout to {path} (QgsLayoutExporter error {result})")
    return path


def export_png(layout, path: Path, dpi=150):
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # QGIS tries to georeference the PNG in place; PNG cannot
    try:
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(f"Could not export the map to {path} (QgsLayoutExporter error {result})")
    return path


def run_demo(output: Path, seed=2019, feedback=None):
    """The main job on the demo property; writes into ``output`` and returns the written paths."""
    output = output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    inputs = generate_property(output / "property", seed, feedback)
    (output / "magnetics").mkdir(exist_ok=True)
    corrected = run_algorithm("lodestone:correctsurvey", {
        "INPUT": inputs["SURVEY"], "TIME_FIELD": "time", "VALUE_FIELD": "tmi_nt",
        "BASE_STATION": inputs["BASE_STATION"], "BASE_TIME_FIELD": "time", "BASE_VALUE_FIELD": "total_field_nt",
        "ALTITUDE": GROUND_ELEVATION + SENSOR_HEIGHT, "LINE_FIELD": "line",
        "OUTPUT": str(output / "magnetics" / "corrected_readings.gpkg")}, feedback)["OUTPUT"]
    magnetics = grid_and_transform(corrected, "anomaly_nt", output / "magnetics", "2019-10-20",
                                   GROUND_ELEVATION + SENSOR_HEIGHT, feedback, line_field="line")
    structure = structure_chain(magnetics["rtp"], output / "structure", feedback, min_wavelength=75.0, sigma=150.0,
                                snap=50.0)
    inputs["CAMP"] = str(write_camp(output / "property"))
    evidence = evidence_chain(inputs, magnetics["rtp"], structure, output / "evidence", feedback)
    zone = zone_chain(inputs, output / "zone", feedback)
    targeting = targeting_chain(inputs, evidence, structure, zone, output / "targets", feedback)
    sections = section_chain(inputs, evidence, zone, targeting, output / "sections", feedback)
    results = {**evidence, **zone, **targeting, **sections}
    layers = targeting_layers(results) + property_layers(inputs) + structure_layers(structure)
    project = build_project(layers + magnetics_layers(magnetics), output / "lodestone_demo.qgz", DEMO_CRS,
                            view=("Claims", 400.0))
    extent = layer_extent(project, "Claims", 400.0)
    layout = map_layout(project, "Lodestone demo property - 20 km east of Desmaraisville, Quebec", extent)
    png = export_png(layout, output / "lodestone_demo.png")
    pdf = export_pdf(layout, output / "lodestone_demo.pdf")
    targets_png = export_png(map_layout(
        project, "Demo property - prospectivity, ranked targets and drill plan", extent,
        ["Claims", "Roads", "Planned drill holes", "Planned drill traces", "Access trails", "Road access points",
         "Ranked targets", "Gold intercepts (> 0.5 g/t)", "Drill traces", "Gold showings", "Lakes and wetlands",
         "Central Zone at 125, 200 and 300 m", "Prospectivity (0-1)"]), output / "lodestone_targets.png")
    structure_png = export_png(map_layout(
        project, "Demo property - lineaments and structural complexity", extent,
        ["Claims", "Roads", "Trend corridors", "Junctions", "Lineaments", "Magnetic anomaly zones",
         "Structural complexity (0-1)", "Reduced to pole (nT)"]), output / "lodestone_structure.png")
    summary = write_summary(results, output / "summary.json")
    if feedback is not None:
        feedback.pushInfo(f"Project: {project.fileName()}\nMaps: {png}, {structure_png}, {targets_png}\n"
                          f"Layout: {pdf}\nProspectivity: spatial AUC {results['spatial_auc']:.3f}, "
                          f"{results['capture_10']:.0%} of held-out gold points in the top 10 % of the area")
    return {"project": Path(project.fileName()), "png": png, "structure_png": structure_png,
            "targets_png": targets_png, "pdf": pdf, "summary": summary,
            "corrected": Path(corrected), **{k: Path(v) for k, v in inputs.items()},
            **{k: Path(v) for k, v in magnetics.items()}, **{k: Path(v) for k, v in structure.items()},
            **{k: v if isinstance(v, (float, dict)) else Path(v) for k, v in results.items()}}


def write_summary(results, path: Path):
    """The demo's headline figures as JSON: validation of the heat map, the targets, the Central Zone's fitted
    attitude (section dips south-west to north-east) and the drill plan (how far below the tested level each hole
    pierces)."""
    targets = QgsVectorLayer(str(results["targets"]), "targets", "ogr")
    collars = QgsVectorLayer(str(results["planned_collars"]), "collars", "ogr")
    summary = {
        "spatial_auc": results["spatial_auc"], "random_auc": results["random_auc"],
        "capture_top_10_percent": results["capture_10"],
        "targets": [{name: feature[name] for name in ("rank", "area_ha", "mean_score", "nearest_hole_m",
                                                      "tested_depth_m")} for feature in targets.getFeatures()],
        "zone": {"strike": results["zone_fit"]["strike"], "dip": results["zone_fit"]["dip"],
                 "dip_direction": results["zone_fit"]["dip_direction"],
                 "section_dips": [float(dip) for dip in results["zone_fit"]["section_dips"].split(",") if dip]},
        "drill_plan": {"holes": collars.featureCount(),
                       "metres": round(sum(feature["length_m"] for feature in collars.getFeatures()), 1),
                       "below_tested_m": {feature["hole_id"]: feature["below_tested_m"]
                                          for feature in collars.getFeatures() if feature["aim"] == "zone"}},
    }
    path.write_text(json.dumps(summary, indent=2))
    return path


OSBORNE_CSV = "osborne-magnetic.csv.xz"
BRITAIN_CSV = "britain-magnetic.csv.xz"
OSBORNE_CREDIT = ("Contains data from Geoscience Australia (MIM Data from Mt Isa Inlier, P1029), CC BY 4.0, prepared "
                  "by the Fatiando a Terra project (CC BY 4.0).")
BRITAIN_CREDIT = ("Contains British Geological Survey materials (c) UKRI 2021. National aeromagnetic compilation, "
                  "fatiando-data/britain-magnetic v1 (doi:10.5281/zenodo.5879260), CC BY 4.0.")
BRIGHT = POLARITY_VALUES.index(1)  # the POLARITY enum of extractlineaments: ridges of magnetic highs
BRIGHT_LINEAMENTS = "Lineaments on RTP highs"
TILT = "Tilt derivative (deg)"
COASTLINE = "Coastline (Natural Earth)"


def survey_points(source: Path, output: Path, crs, feedback):
    """The readings of a survey CSV.xz with longitude/latitude columns (WGS84), reprojected to ``crs`` into a
    GeoPackage in ``output`` (the CSV is unpacked there first)."""
    csv_path = output / Path(source).name.removesuffix(".xz")
    if not csv_path.exists():
        with lzma.open(source) as compressed, open(csv_path, "wb") as plain:
            shutil.copyfileobj(compressed, plain)
    lonlat = (f"{csv_path.as_uri()}?type=csv&xField=longitude&yField=latitude&crs=EPSG:4326&detectTypes=yes"
              "&spatialIndex=no")
    return run_algorithm("native:reprojectlayer", {
        "INPUT": QgsVectorLayer(lonlat, csv_path.stem, "delimitedtext"), "TARGET_CRS": crs,
        "OUTPUT": str(output / f"{csv_path.stem}_{crs.replace('EPSG:', 'epsg')}.gpkg")}, feedback)["OUTPUT"]


def bright_lineaments(rtp, folder: Path, feedback):
    """extractlineaments with its defaults (smallest wavelength 3 cells, automatic threshold) and bright polarity:
    the axes of the magnetic highs of an RTP grid."""
    folder.mkdir(parents=True, exist_ok=True)
    return run_algorithm("lodestone:extractlineaments", {
        "INPUT": rtp, "POLARITY": BRIGHT, "OUTPUT": str(folder / "lineaments_bright.gpkg")}, feedback)["OUTPUT"]


def add_coastline(project, countries):
    """The outlines of ``countries`` (NAME values) from the Natural Earth 1:10m map that QGIS ships
    (``resources/data/world_map.gpkg``), unfilled, on top of the project; returns the layer's name, or None where
    this QGIS has no such map."""
    path = Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GDAL warns about a date format in the file's metadata
    try:
        layer = QgsVectorLayer(f"{path}|layername=countries", COASTLINE, "ogr")
        if not path.exists() or not layer.isValid():
            return None
        layer.setSubsetString("NAME IN ({})".format(", ".join(f"'{name}'" for name in countries)))
    finally:
        gdal.PopErrorHandler()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "90,90,90,255", "outline_width": "0.25"})))
    project.addMapLayer(layer, False)
    project.layerTreeRoot().insertLayer(0, layer)
    return COASTLINE


def lineament_map(project, title, path: Path, attribution, portrait=False, countries=(), line_width=1.0):
    """The bright lineaments (black, as wide as their strength class times ``line_width``) over the tilt derivative
    (70 % opaque), with the coastline of ``countries`` if any, the whole grid in view and the data credits; the
    project is saved with these styles."""
    lines = project.mapLayersByName(BRIGHT_LINEAMENTS)[0]
    renderer = lines.renderer()
    for index, item in enumerate(renderer.ranges()):
        symbol = item.symbol().clone()
        symbol.setColor(QColor(0, 0, 0))
        symbol.setWidth(symbol.width() * line_width)
        renderer.updateRangeSymbol(index, symbol)
    project.mapLayersByName(TILT)[0].renderer().setOpacity(0.7)
    coastline = add_coastline(project, countries) if countries else None
    project.write()
    layout = map_layout(project, title, layer_extent(project, TILT, 0.0),
                        [BRIGHT_LINEAMENTS] + ([coastline] if coastline else []) + [TILT],
                        portrait=portrait, fit=True, attribution=attribution)
    return export_png(layout, path)


def check_real_data(osborne_folder: Path, britain_folder: Path):
    """The two surveys' files; a UserError naming the folder and the option where one is missing."""
    osborne, britain = Path(osborne_folder) / OSBORNE_CSV, Path(britain_folder) / BRITAIN_CSV
    if not osborne.exists():
        raise UserError(f"The Osborne survey is not at {osborne}. Give its folder with --data (it holds "
                        f"{OSBORNE_CSV}; see ../shared/data/osborne-magnetic/README.md).")
    if not britain.exists():
        raise UserError(f"The British aeromagnetic compilation is not at {britain}. Give its folder with --britain "
                        f"(it holds {BRITAIN_CSV}; see ../shared/data/britain-magnetic/README.md).")
    return osborne, britain


def run_osborne(source: Path, output: Path, feedback):
    """Osborne (CC BY 4.0, Geoscience Australia): readings to a 50 m grid, RTP and transforms, the structure chain,
    and the bright lineaments; a styled project, the RTP map and the lineament map."""
    readings = survey_points(source, output, "EPSG:32754", feedback)
    magnetics = grid_and_transform(readings, "total_field_anomaly_nt", output / "magnetics", "1990-07-01", 440.0,
                                   feedback, line_field="flight_line", cell_size=50.0)
    structure = structure_chain(magnetics["rtp"], output / "structure", feedback, min_wavelength=150.0,
                                sigma=1000.0, snap=150.0)
    structure["lineaments_bright"] = bright_lineaments(magnetics["rtp"], output / "structure", feedback)
    bright = ProjectLayer(RESULTS_GROUP, structure["lineaments_bright"], BRIGHT_LINEAMENTS, "lineaments", False)
    project = build_project(structure_layers(structure) + [bright] + magnetics_layers(magnetics),
                            output / "lodestone_osborne.qgz", "EPSG:32754")
    layout = map_layout(project, "Osborne airborne magnetics (Geoscience Australia, CC BY 4.0) - reduced to pole",
                        layer_extent(project, "Reduced to pole (nT)", 0.0), fit=True, attribution=OSBORNE_CREDIT)
    png = export_png(layout, output / "lodestone_osborne.png")
    lines_png = lineament_map(project, "Osborne, Queensland - lineaments on magnetic highs over the tilt derivative",
                              output / "lodestone_osborne_lineaments.png", OSBORNE_CREDIT)
    return {"project": Path(project.fileName()), "png": png, "lineaments_png": lines_png,
            **{k: Path(v) for k, v in magnetics.items()}, **{k: Path(v) for k, v in structure.items()}}


def run_britain(source: Path, output: Path, feedback):
    """The British national aeromagnetic compilation (BGS, flown 1955-1965; CC BY 4.0): readings in British National
    Grid to a 500 m grid (each year's survey a block for the line spacing), RTP with the IGRF of mid-1960 at the
    grid's centre, the transforms and the bright lineaments; a styled project and the lineament map."""
    output.mkdir(parents=True, exist_ok=True)
    readings = survey_points(source, output, "EPSG:27700", feedback)
    magnetics = grid_and_transform(readings, "total_field_anomaly_nt", output / "magnetics", "1960-07-01", 400.0,
                                   feedback, line_field="line_and_segment", cell_size=500.0, block_field="year")
    lines = bright_lineaments(magnetics["rtp"], output / "structure", feedback)
    layers = [ProjectLayer(RESULTS_GROUP, lines, BRIGHT_LINEAMENTS, "lineaments", True)] + [
        layer._replace(visible=layer.name == TILT) for layer in magnetics_layers(magnetics)]
    project = build_project(layers, output.parent / "lodestone_britain.qgz", "EPSG:27700")
    lines_png = lineament_map(project, "Britain - magnetic lineaments over the tilt derivative",
                              output.parent / "lodestone_britain_lineaments.png", BRITAIN_CREDIT, portrait=True,
                              countries=("United Kingdom", "Ireland", "Isle of Man"), line_width=0.6)
    return {"project": Path(project.fileName()), "lineaments_png": lines_png, "lineaments_bright": Path(lines),
            **{k: Path(v) for k, v in magnetics.items()}}


def run_real_demo(data_folder: Path, output: Path, feedback=None, britain_folder=None):
    """The chains on two real surveys, each in its own styled project with its maps:

    - the Osborne airborne survey (``data_folder``; CC BY 4.0, Geoscience Australia): magnetics, structure and
      bright lineaments, into ``output``;
    - the British national aeromagnetic compilation (``britain_folder``, by default ``britain-magnetic`` beside
      ``data_folder``; CC BY 4.0, BGS materials (c) UKRI): magnetics at 500 m and bright lineaments, into
      ``output/britain`` (project and map in ``output``).

    Returns {"osborne": paths, "britain": paths}."""
    britain_folder = Path(data_folder).parent / "britain-magnetic" if britain_folder is None else britain_folder
    osborne_source, britain_source = check_real_data(data_folder, britain_folder)
    output = output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    osborne = run_osborne(osborne_source, output, feedback)
    britain = run_britain(britain_source, output / "britain", feedback)
    if feedback is not None:
        feedback.pushInfo(f"Projects: {osborne['project']}, {britain['project']}\nMaps: {osborne['png']}, "
                          f"{osborne['lineaments_png']}, {britain['lineaments_png']}")
    return {"osborne": osborne, "britain": britain}
