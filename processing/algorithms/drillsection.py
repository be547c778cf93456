"""lodestone:drillsection — a vertical section along a line or across strike through chosen holes: hole traces,
intervals with their labels, alteration, the fitted zone, levels below the ground and planned holes, as layers in
section coordinates and as a print-ready A4 figure, SVG and PNG (science in ``science/evidence/section.py``).

The figure is drawn here as SVG text, in millimetres on an A4 landscape page, at a true print scale with both axes
at the same scale (no vertical exaggeration); the PNG is that SVG rendered by Qt."""
import html
import math
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QByteArray, QRectF
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtSvg import QSvgRenderer

from ...science.evidence import drillholes, section, zonegeometry
from ...science.features import FeatureTable, linestring_wkt
from ..base import number_parameter, number_value
from ..compat import ProcessingSourceType
from .drillholes import CompileDrillHolesAlgorithm
from .zonegeometry import ZoneGeometryAlgorithm

SECTION_CRS_WKT = (
    'ENGCRS["Lodestone drill section (distance along the section, elevation; metres)",'
    'EDATUM["vertical plane of the section"],CS[Cartesian,2],'
    'AXIS["distance along the section (x)",east,ORDER[1],LENGTHUNIT["metre",1]],'
    'AXIS["elevation (y)",north,ORDER[2],LENGTHUNIT["metre",1]]]')
"""The engineering CRS of the section layers: x metres along the section from its start, y elevation in metres."""

PLANNED_FIELDS = ("hole_id", "azimuth", "dip", "length_m")  # and "z" when there is one, as plandrillprogram writes
PIERCE_FIELDS = ("hole_id", "z", "from_m", "to_m", "section")  # of zonegeometry's PIERCE_POINTS, x and y its geometry

# The page, in millimetres: A4 landscape, the plot's frame (left, top, right, bottom) and the strip below it
PAGE = (297.0, 210.0)
PLOT = (24.0, 27.0, 287.0, 166.0)
PNG_DPI = 150
NICE_SCALES = tuple(n * 10 ** e for e in range(2, 7) for n in (1, 2, 2.5, 5))
TEXT = 2.6  # mm: labels
CHAR_WIDTH = 0.6  # a character's width in a sans-serif font, as a share of its size
COLOURS = {"drilled": "#222222", "planned": "#2171b5", "interval": "#d7301f", "zone": "#e6550d",
           "level": "#636363", "ground": "#8c510a", "grid": "#e5e5e5", "alteration_low": "#c7e9c0",
           "alteration_high": "#00441b"}


def _optional_number(algorithm, parameters, name, context):
    """A number parameter's value, or None when it is left empty."""
    value = parameters.get(name)
    return None if value is None or value == "" else algorithm.parameterAsDouble(parameters, name, context)


class DrillSectionAlgorithm(ZoneGeometryAlgorithm):
    """Reads collars, surveys and intervals as zonegeometry does (its tables, fields, selection and checks), the
    intervals with a grade for their labels, and draws them on a vertical section."""

    ALGORITHM_ID = "drillsection"
    OUTPUT_STYLES = {}  # section coordinates: the figure is styled, the layers keep QGIS's defaults
    DISPLAY_NAME = "Drill section"
    GROUP_ID = "evidence"
    HELP_ANCHOR = "drillsection"
    SHORT_HELP = (
        "A vertical section through the drilling: hole traces, intervals labelled '6.9 g/t Au over 3.8 m', logged "
        "alteration, the fitted zone, levels below the ground (125 m) and planned holes, written as layers in "
        "section coordinates and as a print-ready A4 figure (SVG, and PNG). The section is the first line of LINE "
        "(from its first to its last vertex), or runs at AZIMUTH through the mean collar of the holes named in "
        "HOLE_IDS (drilled or planned), over their length plus a quarter at each end; without AZIMUTH it crosses the "
        "zone's strike (towards its dip direction). Holes, intervals and planned holes within WINDOW metres of the "
        "section, on either side, are projected perpendicularly onto it; parts farther away are not drawn. Inputs: "
        "collars, surveys and intervals as for zonegeometry (the INTERCEPTS layer of compiledrillholes, or an assay "
        "table with a SELECTION expression), GRADE_FIELD for the labels; optional ALTERATION log (hole id, from, to, "
        "an intensity value); optional PLANNED holes (the COLLARS layer of plandrillprogram: hole_id, z, azimuth, "
        "dip, length_m); the zone: the PIERCE_POINTS layer of zonegeometry (refitted: the same plane and dips by "
        "section) or a ZONE_STRIKE and ZONE_DIP through the intervals' pierce points. LEVELS are depths in m below "
        "the ground, the mean collar elevation of the holes drawn. Layers: x is metres along the section from its "
        "start, y the elevation in metres, in an engineering CRS (metres, not on the map): open them in a project "
        "of their own, whose CRS they set; offset_m is each part's mean distance from the section, positive in "
        "front of it (the side it is seen from). The figure is at a true scale (1:1000, 1:2000...) on A4 with no "
        "vertical exaggeration.")

    GRADE_FIELD = CompileDrillHolesAlgorithm.GRADE_FIELD
    ALTERATION, ALTERATION_ID_FIELD, ALTERATION_FROM_FIELD, ALTERATION_TO_FIELD, ALTERATION_FIELD = (
        "ALTERATION", "ALTERATION_ID_FIELD", "ALTERATION_FROM_FIELD", "ALTERATION_TO_FIELD", "ALTERATION_FIELD")
    LINE, HOLE_IDS, AZIMUTH, WINDOW = "LINE", "HOLE_IDS", "AZIMUTH", "WINDOW"
    PLANNED, ZONE_STRIKE, ZONE_DIP, TITLE = "PLANNED", "ZONE_STRIKE", "ZONE_DIP", "TITLE"
    HOLE_TRACES, SECTION_INTERVALS, ZONE_TRACE, LEVEL_LINES, SVG, PNG = (
        "HOLE_TRACES", "SECTION_INTERVALS", "ZONE_TRACE", "LEVEL_LINES", "SVG", "PNG")
    SECTION_AZIMUTH, SECTION_LENGTH, N_HOLES = "SECTION_AZIMUTH", "SECTION_LENGTH", "N_HOLES"

    TABLES = {
        **{table: ZoneGeometryAlgorithm.TABLES[table] for table in (CompileDrillHolesAlgorithm.COLLARS,
                                                                    CompileDrillHolesAlgorithm.SURVEYS)},
        ZoneGeometryAlgorithm.INTERVALS: (
            "Intervals", "The intervals to draw and label: hole id, from and to (m along the hole), grade. The "
            "INTERCEPTS layer of compiledrillholes, or an assay or log table with a selection expression.", False,
            ZoneGeometryAlgorithm.TABLES[ZoneGeometryAlgorithm.INTERVALS][3] + [
                (GRADE_FIELD, "Grade field (g/t Au, for the labels)", "au_gpt", True,
                 "Au in g/t of each interval: labelled '6.9 g/t Au over 3.8 m'. Empty: the intervals are drawn "
                 "without labels.")]),
        ALTERATION: ("Alteration log", "Logged alteration (optional): hole id, from and to (m along the hole) and "
                     "an intensity (a number, for example 0-3; 0 or less is not drawn).", True, [
                         (ALTERATION_ID_FIELD, "Alteration hole id field", "hole_id", False,
                          "Hole id of each logged interval."),
                         (ALTERATION_FROM_FIELD, "Alteration from field", "from_m", False,
                          "Top of the interval, m along the hole."),
                         (ALTERATION_TO_FIELD, "Alteration to field", "to_m", False,
                          "Bottom of the interval, m along the hole."),
                         (ALTERATION_FIELD, "Alteration intensity field", "intensity", False,
                          "The number drawn: darker for more intense alteration.")]),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        compile_holes, zone = CompileDrillHolesAlgorithm(), ZoneGeometryAlgorithm()
        compile_holes.initAlgorithm()
        zone.initAlgorithm()

        def shared(algorithm, *names):
            for name in names:
                self.addParameter(algorithm.parameterDefinition(name).clone())

        for table in (self.COLLARS, self.SURVEYS):
            shared(compile_holes, table, *(field[0] for field in self.TABLES[table][3]))
        for table in (self.INTERVALS, self.ALTERATION):
            self.add_table(table)
            if table == self.INTERVALS:
                shared(zone, self.SELECTION)
        shared(compile_holes, self.DIP_NEGATIVE_DOWN, self.CRS)
        self.add_section_parameters()
        self.add_parameter(QgsProcessingParameterFeatureSource(self.PLANNED, self.tr("Planned holes"),
                                                               [ProcessingSourceType.VectorPoint], optional=True),
                           "Planned collars, drawn dashed: the COLLARS layer of plandrillprogram (fields hole_id, "
                           "azimuth, dip, length_m and, if present, z; straight holes drilled downward). A collar "
                           "without z is put at the ground.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.PIERCE_POINTS, self.tr("Zone pierce points"),
                                                               [ProcessingSourceType.VectorPoint], optional=True),
                           "The PIERCE_POINTS output of zonegeometry: the zone is refitted to them (the same plane "
                           "and dips by section) and drawn where it crosses the section, with its median true "
                           "thickness.")
        self.add_parameter(number_parameter(self.ZONE_STRIKE, self.tr("Zone strike (deg, right-hand rule)"), None,
                                            -360.0, 360.0, optional=True),
                           "Without pierce points: the zone's strike, degrees clockwise from north (it dips to the "
                           "right looking along strike). The plane passes through the intervals' pierce points.")
        self.add_parameter(number_parameter(self.ZONE_DIP, self.tr("Zone dip (deg)"), None, 0.0, 90.0,
                                            optional=True),
                           "Without pierce points: the zone's dip, degrees from horizontal.")
        self.add_parameter(QgsProcessingParameterString(self.LEVELS, self.tr("Levels (m below the ground)"), "125"),
                           "Vertical depths in metres below the ground (the mean collar elevation of the holes "
                           "drawn), separated by commas: one labelled horizontal line for each.")
        self.add_parameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), self.tr("Drill section")),
                           "The figure's title.")
        self.add_outputs()

    def add_table(self, table):
        """A table input with its field parameters, from :attr:`TABLES`."""
        label, help_text, optional, fields = self.TABLES[table]
        self.add_parameter(QgsProcessingParameterFeatureSource(table, self.tr(label), [ProcessingSourceType.Vector],
                                                               optional=optional), help_text)
        for name, field_label, default, field_optional, field_help in fields:
            self.add_parameter(QgsProcessingParameterField(name, self.tr(field_label), default, table,
                                                           optional=field_optional), field_help)

    def add_section_parameters(self):
        self.add_parameter(QgsProcessingParameterFeatureSource(self.LINE, self.tr("Section line"),
                                                               [ProcessingSourceType.VectorLine], optional=True),
                           "A line layer: its first line, from its first to its last vertex, is the section (start "
                           "on the left of the figure). Give this or HOLE_IDS.")
        self.add_parameter(QgsProcessingParameterString(self.HOLE_IDS, self.tr("Section through holes (ids)"),
                                                        optional=True),
                           "Instead of a line: ids of drilled or planned holes, separated by commas. The section "
                           "passes through their mean collar at AZIMUTH and covers them, plus a quarter of their "
                           "extent (at least 25 m) at each end.")
        self.add_parameter(number_parameter(self.AZIMUTH, self.tr("Section azimuth (deg)"), None, -360.0, 360.0,
                                            optional=True),
                           "With HOLE_IDS: the direction from the section's start to its end, degrees clockwise "
                           "from north. Empty: across the zone's strike, towards its dip direction.")
        self.add_parameter(number_parameter(self.WINDOW, self.tr("Window half-width (m)"), 50.0, 0.01),
                           "Holes and intervals within this distance (m) of the section, on either side, are "
                           "projected perpendicularly onto it; parts farther away are not drawn.")

    def add_outputs(self):
        for name, label, help_text in (
                (self.HOLE_TRACES, "Section: hole traces",
                 "Lines: hole_id, kind (drilled or planned), from_m and to_m (the part drawn, m along the hole), "
                 "length_m (the hole's), offset_m (mean distance from the section, + in front)."),
                (self.SECTION_INTERVALS, "Section: intervals and alteration",
                 "Lines along the traces: hole_id, kind (interval or alteration), from_m and to_m (the part "
                 "drawn), length_m (the interval's), value (grade or intensity), label, offset_m."),
                (self.ZONE_TRACE, "Section: zone",
                 "Lines where the zone crosses the section: part (mid-surface, upper edge, lower edge), dip, "
                 "dip_direction and apparent_dip (degrees, + down towards the section's end). Empty without a "
                 "zone."),
                (self.LEVEL_LINES, "Section: levels and ground",
                 "Lines: kind (level or ground), level_m (m below the ground), elevation_m, label.")):
            self.add_parameter(QgsProcessingParameterFeatureSink(name, self.tr(label),
                                                                 ProcessingSourceType.VectorLine), help_text)
        self.add_parameter(QgsProcessingParameterFileDestination(self.SVG, self.tr("Section figure (SVG)"),
                                                                 self.tr("SVG files (*.svg)")),
                           "The A4 landscape figure: traces, labels, zone, levels, planned holes, scale bar, "
                           "orientation and legend, at a true scale with no vertical exaggeration.")
        self.add_parameter(QgsProcessingParameterFileDestination(self.PNG, self.tr("Section figure (PNG)"),
                                                                 self.tr("PNG files (*.png)"), optional=True),
                           "The same figure as a PNG image at 150 dpi.")
        for name, label in ((self.SECTION_AZIMUTH, "Section azimuth (deg)"),
                            (self.SECTION_LENGTH, "Section length (m)"), (self.N_HOLES, "Holes drawn")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    # ------------------------------------------------------------------------------------------------------------
    # Reading

    def read_section_holes(self, parameters, context, feedback, dip_negative_down):
        """Every hole with its intervals (value: the grade, 0 without a grade field), the collars' CRS and whether
        the intervals have a grade to label."""
        collars, surveys, interval_rows, crs = self.read_hole_tables(parameters, context, feedback)
        graded = bool(self.parameterAsString(parameters, self.GRADE_FIELD, context))
        if not graded:
            interval_rows = [(*row[:3], 0.0) for row in interval_rows]
        holes = self.checked_holes(feedback, section.read_holes, collars, surveys, interval_rows, dip_negative_down)
        return holes, crs, graded

    def read_alteration(self, parameters, context, feedback, holes):
        table = self.read_table(parameters, self.ALTERATION, context, feedback)
        if table is None:
            return None
        logged, problems = self.run_science(feedback, section.read_logged_values, table[0], holes)
        for problem in problems:
            feedback.pushWarning(str(problem))
        return logged

    def source_with_fields(self, parameters, name, context, fields, what):
        """The optional point source ``name``, refused when it lacks one of ``fields``; None when not given."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        missing = [field for field in fields if source.fields().lookupField(field) < 0]
        if missing:
            raise QgsProcessingException(self.tr("The {} layer has no field {}. Give {}; its fields are: {}.").format(
                name.lower().replace("_", " "), ", ".join(missing), what, ", ".join(source.fields().names())))
        return source

    def read_zone(self, parameters, context, feedback, holes, crs, dip_negative_down):
        """The zone as a :class:`ZoneFit` from the pierce points or the strike and dip, or None."""
        source = self.source_with_fields(parameters, self.PIERCE_POINTS, context, PIERCE_FIELDS,
                                         self.tr("the PIERCE_POINTS output of zonegeometry"))
        strike, dip = (_optional_number(self, parameters, name, context) for name in (self.ZONE_STRIKE, self.ZONE_DIP))
        if source is not None and (strike is not None or dip is not None):
            raise QgsProcessingException(self.tr(
                "Give the zone once: the pierce points of zonegeometry, or a strike and dip, not both."))
        if source is not None:
            xy, columns = self.read_points(source, feedback, PIERCE_FIELDS, crs, context)
            rows = [(hole_id, x, y, *(number_value(columns[name][i]) for name in PIERCE_FIELDS[1:]))
                    for i, ((x, y), hole_id) in enumerate(zip(xy, columns["hole_id"]))]
            fit = self.run_science(feedback, section.zone_from_pierce_points, rows, holes, dip_negative_down)
        elif strike is None and dip is None:
            return None
        elif strike is None or dip is None:
            raise QgsProcessingException(self.tr("Give both the zone's strike and its dip (ZONE_STRIKE and ZONE_DIP), "
                                                 "or the PIERCE_POINTS of zonegeometry."))
        else:
            pierced, _ = zonegeometry.pierce_points(holes, dip_negative_down)
            fit = self.run_science(feedback, section.zone_with_attitude, pierced, strike, dip)
        feedback.pushInfo(self.tr("Zone: strike {:.1f}, dip {:.1f} towards {:.1f} degrees, median true thickness "
                                  "{:.1f} m.").format(fit.strike, fit.dip, fit.dip_direction, fit.true_thickness_m))
        return fit

    def read_planned(self, parameters, context, feedback, holes, crs, dip_negative_down):
        source = self.source_with_fields(parameters, self.PLANNED, context, PLANNED_FIELDS,
                                         self.tr("the COLLARS layer of plandrillprogram"))
        if source is None:
            return []
        fields = PLANNED_FIELDS + (("z",) if source.fields().lookupField("z") >= 0 else ())
        xy, columns = self.read_points(source, feedback, fields, crs, context)
        z = columns.get("z", [None] * len(xy))
        rows = [(hole_id, x, y, number_value(z[i]),
                 *(number_value(columns[name][i]) for name in ("azimuth", "dip", "length_m")))
                for i, ((x, y), hole_id) in enumerate(zip(xy, columns["hole_id"]))]
        ground = float(np.mean([hole.collar[2] for hole in holes]))
        planned, notes = self.run_science(feedback, section.planned_holes, rows, ground, dip_negative_down)
        for note in notes:
            feedback.pushWarning(note)
        return planned

    def read_line(self, parameters, context, feedback, holes, crs, zone, dip_negative_down):
        """The :class:`SectionLine`: the LINE layer's first line, or through HOLE_IDS at AZIMUTH."""
        source = self.parameterAsSource(parameters, self.LINE, context)
        hole_ids = self.parameterAsString(parameters, self.HOLE_IDS, context).strip()
        window = self.parameterAsDouble(parameters, self.WINDOW, context)
        if source is not None and hole_ids:
            raise QgsProcessingException(self.tr("Give the section once: a LINE layer or HOLE_IDS, not both."))
        if source is not None:
            lines, _ = self.read_geometries(source, feedback, (), crs, context)
            if not lines:
                raise QgsProcessingException(self.tr("The section line layer has no line: draw the section across "
                                                     "the holes, or give HOLE_IDS instead."))
            if len(lines) > 1:
                feedback.pushInfo(self.tr("The section line layer has {} lines: the first is the section.").format(
                    len(lines)))
            return self.run_science(feedback, section.section_between, lines[0][0], lines[0][-1], window)
        if not hole_ids:
            raise QgsProcessingException(self.tr(
                "Give the section: a LINE layer (its first line, from its first to its last vertex) or HOLE_IDS, "
                "the ids of the holes it passes through, with an AZIMUTH or a zone to cross."))
        chosen = self.run_science(feedback, section.chosen_holes, holes, hole_ids.split(","))
        azimuth = _optional_number(self, parameters, self.AZIMUTH, context)
        if azimuth is None and zone is None:
            raise QgsProcessingException(self.tr(
                "A section through holes needs a direction: give its AZIMUTH (degrees clockwise from north), or the "
                "zone (PIERCE_POINTS, or ZONE_STRIKE and ZONE_DIP) for a section across its strike."))
        azimuth = zone.dip_direction if azimuth is None else azimuth
        traces = [drillholes.hole_trace(hole, dip_negative_down) for hole in chosen]
        return self.run_science(feedback, section.section_through, [hole.collar[:2] for hole in chosen], azimuth,
                                window, traces)

    # ------------------------------------------------------------------------------------------------------------
    # Running

    def process(self, parameters, context, feedback):
        levels = self.run_science(feedback, zonegeometry.parse_levels,
                                  self.parameterAsString(parameters, self.LEVELS, context))
        dip_negative_down = self.parameterAsBoolean(parameters, self.DIP_NEGATIVE_DOWN, context)
        holes, crs, graded = self.read_section_holes(parameters, context, feedback, dip_negative_down)
        alteration = self.read_alteration(parameters, context, feedback, holes)
        zone = self.read_zone(parameters, context, feedback, holes, crs, dip_negative_down)
        planned = self.read_planned(parameters, context, feedback, holes, crs, dip_negative_down)
        line = self.read_line(parameters, context, feedback, holes + planned, crs, zone, dip_negative_down)
        feedback.setProgress(30)
        drawn = self.run_science(feedback, section.build_section, line, holes, levels, alteration, planned, zone,
                                 drillholes.intercept_label if graded else None, dip_negative_down)
        self.log_section(drawn, feedback)
        section_crs = QgsCoordinateReferenceSystem.fromWkt(SECTION_CRS_WKT)
        outputs = {name: self.write_table(table, parameters, name, context, feedback, section_crs)
                   for name, table in ((self.HOLE_TRACES, paths_table("section_traces", drawn.holes)),
                                       (self.SECTION_INTERVALS, paths_table("section_intervals", drawn.intervals)),
                                       (self.ZONE_TRACE, zone_table(drawn)),
                                       (self.LEVEL_LINES, self.levels_table(drawn)))}
        feedback.setProgress(70)
        figure = SectionFigure(drawn, self.tr).svg(
            self.parameterAsString(parameters, self.TITLE, context),
            self.parameterAsString(parameters, self.ALTERATION_FIELD, context) if alteration else "")
        outputs[self.SVG] = self.parameterAsFileOutput(parameters, self.SVG, context)
        Path(outputs[self.SVG]).write_text(figure, encoding="utf-8")
        png = self.parameterAsFileOutput(parameters, self.PNG, context)
        if png:
            outputs[self.PNG] = self.write_png(figure, png)
        return {**outputs, self.SECTION_AZIMUTH: round(line.azimuth, 2), self.SECTION_LENGTH: round(line.length_m, 2),
                self.N_HOLES: len(drawn.hole_ids)}

    def log_section(self, drawn, feedback):
        line = drawn.line
        planned = sorted({p.hole_id for p in drawn.holes if p.kind == "planned"})
        feedback.pushInfo(self.tr(
            "Section {:.0f} m long at azimuth {:.1f} ({} to {}), from {:.1f} E {:.1f} N; holes within {:g} m "
            "projected onto it: {} ({}); planned: {}; {} intervals drawn.").format(
                line.length_m, line.azimuth, section.compass_point(line.azimuth + 180.0),
                section.compass_point(line.azimuth), *line.start, line.window_m, len(drawn.hole_ids),
                ", ".join(drawn.hole_ids), ", ".join(planned) or self.tr("none"),
                sum(p.kind == "interval" for p in drawn.intervals)))
        if drawn.zone is not None:
            feedback.pushInfo(self.tr("The zone crosses the section with an apparent dip of {:.1f} degrees (dip "
                                      "{:.1f} towards {:.1f} there).").format(
                drawn.zone.apparent_dip, drawn.zone.dip, drawn.zone.dip_direction))

    def levels_table(self, drawn):
        table = FeatureTable("section_levels", "LineString", 0, {"kind": str, "level_m": float, "elevation_m": float,
                                                                 "label": str})
        table.add({"kind": "ground", "level_m": 0.0, "elevation_m": round(drawn.ground_m, 2),
                   "label": self.tr("ground (collars)")}, linestring_wkt(drawn.ground_profile()))
        start, end = drawn.frame[:2]
        for depth, elevation in drawn.levels:
            table.add({"kind": "level", "level_m": depth, "elevation_m": round(elevation, 2),
                       "label": level_label(depth, elevation, self.tr)},
                      linestring_wkt([(start, elevation), (end, elevation)]))
        return table

    def write_png(self, figure, path):
        """The SVG ``figure`` rendered at :data:`PNG_DPI` to ``path``, on white."""
        renderer = QSvgRenderer(QByteArray(figure.encode("utf-8")))
        size = [round(mm / 25.4 * PNG_DPI) for mm in PAGE]
        image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, *size))
        painter.end()
        if not renderer.isValid() or not image.save(path, "PNG"):
            raise QgsProcessingException(self.tr("Cannot write the PNG '{}': check the folder exists and is "
                                                 "writable.").format(path))
        return path


def _rounded(value, digits=2):
    """A number for an attribute: None (NULL) for NaN."""
    return None if value is None or not math.isfinite(value) else round(float(value), digits)


def paths_table(name, paths):
    """Section paths (holes or intervals) as lines in section coordinates."""
    table = FeatureTable(name, "LineString", 0, {"hole_id": str, "kind": str, "from_m": float, "to_m": float,
                                                 "length_m": float, "value": float, "label": str,
                                                 "offset_m": float})
    for path in paths:
        table.add({"hole_id": path.hole_id, "kind": path.kind, "from_m": round(path.from_m, 2),
                   "to_m": round(path.to_m, 2), "length_m": round(path.length_m, 2), "value": _rounded(path.value, 3),
                   "label": path.label or None, "offset_m": round(path.offset_m, 1)},
                  linestring_wkt(path.section_xy))
    return table


def zone_table(drawn):
    """The zone's mid-surface and edges on the section, within its frame (empty without a zone)."""
    table = FeatureTable("section_zone", "LineString", 0, {"part": str, "dip": float, "dip_direction": float,
                                                           "apparent_dip": float})
    zone = drawn.zone
    if zone is None:
        return table
    for edge, part in ((0, "mid-surface"), (1, "upper edge"), (-1, "lower edge")):
        segment = zone.segment(drawn.frame, edge)
        if segment is not None and (edge == 0 or zone.half_thickness_m > 0):
            table.add({"part": part, "dip": round(zone.dip, 2), "dip_direction": round(zone.dip_direction, 2),
                       "apparent_dip": round(zone.apparent_dip, 2)}, linestring_wkt(segment))
    return table


def level_label(depth, elevation, tr):
    return tr("{:g} m below surface (elevation {:.0f} m)").format(depth, elevation)


# ----------------------------------------------------------------------------------------------------------------
# The figure


def print_scale(width_m, height_m, plot_mm):
    """The smallest of :data:`NICE_SCALES` (the N of 1:N) at which ``width_m`` x ``height_m`` fits ``plot_mm``
    (width, height in mm)."""
    needed = 1000.0 * max(width_m / plot_mm[0], height_m / plot_mm[1])
    return next((n for n in NICE_SCALES if n >= needed), NICE_SCALES[-1])


def nice_step(minimum):
    """The smallest 1, 2, 2.5 or 5 x 10^k at least ``minimum`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(minimum))
    return next(n * power for n in (1, 2, 2.5, 5, 10) if n * power >= minimum * (1 - 1e-9))


def text_width(text, size):
    """Estimated width (mm) of ``text`` at font ``size`` (mm)."""
    return len(text) * CHAR_WIDTH * size


def _overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class LabelPlacer:
    """Places labels (boxes in mm) where they overlap no label placed before and no line drawn (given as
    :meth:`avoid` points) and stay inside ``bounds`` (left, top, right, bottom): at the anchor if free, else shifted
    by whole label heights, in the order given."""

    def __init__(self, bounds):
        self.bounds = bounds
        self.boxes = []
        self.points = np.zeros((0, 2))

    def reserve(self, box):
        self.boxes.append(box)

    def avoid(self, polyline, spacing=0.8):
        """Keep labels off a polyline ((k, 2) mm): points along it every ``spacing`` mm."""
        polyline = np.asarray(polyline, dtype=float)
        along = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(polyline, axis=0).T))])
        samples = np.append(np.arange(0.0, along[-1], spacing), along[-1])
        self.points = np.vstack([self.points, np.column_stack([np.interp(samples, along, polyline[:, k])
                                                                for k in (0, 1)])])

    def clashes(self, box):
        """How badly a label box would sit: 1000 outside the bounds, else 10 per label it overlaps plus 1 per
        point of a line inside it (0: free)."""
        if not (self.bounds[0] <= box[0] and self.bounds[1] <= box[1] and box[2] <= self.bounds[2]
                and box[3] <= self.bounds[3]):
            return 1000
        on_lines = np.count_nonzero((self.points[:, 0] > box[0]) & (self.points[:, 0] < box[2])
                                    & (self.points[:, 1] > box[1]) & (self.points[:, 1] < box[3]))
        return 10 * sum(_overlaps(box, placed) for placed in self.boxes) + int(on_lines)

    def place(self, x, y, text, size, sides, shifts):
        """(x, y, text-anchor) of the baseline start of ``text`` anchored at (x, y) mm: ``sides`` are (dx,
        anchor) options, ``shifts`` the vertical moves in label heights, tried in turn; the first free one is
        taken, else the one that clashes least (:meth:`clashes`), the earliest of equals."""
        width, height = text_width(text, size), 1.25 * size
        best = None
        for shift in shifts:
            for dx, anchor in sides:
                box = self.label_box(x + dx, y + shift * height, width, height, size, anchor)
                cost = self.clashes(box)
                if best is None or cost < best[0]:
                    best = (cost, box, (x + dx, y + shift * height, anchor))
                if cost == 0:
                    break
            if best[0] == 0:
                break
        self.reserve(best[1])
        return best[2]

    @staticmethod
    def label_box(x, y, width, height, size, anchor):
        """The box (left, top, right, bottom; mm) of a label whose baseline is anchored at (x, y)."""
        left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
        return (left, y - 0.9 * size, left + width, y - 0.9 * size + height)


def _colour_between(low, high, fraction):
    """The colour a ``fraction`` (0-1) of the way from hex colour ``low`` to ``high``."""
    a, b = (np.array([int(c[i:i + 2], 16) for i in (1, 3, 5)]) for c in (low, high))
    return "#" + "".join(f"{int(round(v)):02x}" for v in a + (b - a) * min(max(fraction, 0.0), 1.0))


def _text(x, y, text, size=TEXT, anchor="start", extra=""):
    return (f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size:g}" text-anchor="{anchor}"{extra}>'
            f"{html.escape(text)}</text>")


def _polyline(points, stroke, width, extra=""):
    path = " ".join(f"{x:.2f},{y:.2f}" for x, y in points)
    return (f'<polyline points="{path}" fill="none" stroke="{stroke}" stroke-width="{width:g}" '
            f'stroke-linejoin="round"{extra}/>')


class SectionFigure:
    """A :class:`DrillSection` drawn on an A4 landscape page, in mm, at a true print scale (1:N from
    :data:`NICE_SCALES`) equal on both axes; ``tr`` translates the figure's words."""

    def __init__(self, drawn, tr):
        self.drawn, self.tr = drawn, tr
        left, top, right, bottom = PLOT
        s0, s1, z0, z1 = drawn.frame
        self.scale = print_scale(s1 - s0, z1 - z0, (right - left, bottom - top))
        self.metres_per_mm = self.scale / 1000.0
        half_width, half_height = (right - left) / 2 * self.metres_per_mm, (bottom - top) / 2 * self.metres_per_mm
        centre = ((s0 + s1) / 2, (z0 + z1) / 2)
        self.view = (centre[0] - half_width, centre[0] + half_width, centre[1] - half_height, centre[1] + half_height)
        self.labels = LabelPlacer((left + 1, top + 1, right - 1, bottom - 1))

    def x(self, distance):
        return PLOT[0] + (np.asarray(distance) - self.view[0]) / self.metres_per_mm

    def y(self, elevation):
        return PLOT[1] + (self.view[3] - np.asarray(elevation)) / self.metres_per_mm

    def paper(self, section_xy):
        """(k, 2) section coordinates (m) to page coordinates (mm)."""
        section_xy = np.asarray(section_xy, dtype=float).reshape(-1, 2)
        return np.column_stack([self.x(section_xy[:, 0]), self.y(section_xy[:, 1])])

    def svg(self, title, alteration_name=""):
        """The figure as SVG text: ``title``; ``alteration_name`` names the alteration value in the legend."""
        left, top, right, bottom = PLOT
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE[0]:g}mm" height="{PAGE[1]:g}mm" '
                 f'viewBox="0 0 {PAGE[0]:g} {PAGE[1]:g}" font-family="sans-serif" fill="#222222">',
                 f'<rect x="0" y="0" width="{PAGE[0]:g}" height="{PAGE[1]:g}" fill="white"/>',
                 f'<defs><clipPath id="plot"><rect x="{left}" y="{top}" width="{right - left}" '
                 f'height="{bottom - top}"/></clipPath></defs>']
        parts += self.header(title) + self.beyond_the_ends() + self.grid()
        parts.append('<g clip-path="url(#plot)">')
        parts += self.zone() + self.levels() + self.holes()
        parts.append("</g>")
        parts.append(f'<rect x="{left}" y="{top}" width="{right - left}" height="{bottom - top}" fill="none" '
                     'stroke="#222222" stroke-width="0.3"/>')
        parts += self.compass() + self.level_labels() + self.zone_label() + self.hole_labels()
        parts += self.interval_labels() + self.scale_bar() + self.legend(alteration_name)
        parts.append("</svg>")
        return "\n".join(parts)

    def header(self, title):
        line = self.drawn.line
        looking = section.compass_point(line.azimuth - 90.0)
        return [
            _text(PLOT[0], 10.0, title, 6.0, extra=' font-weight="bold"'),
            _text(PLOT[0], 16.0, self.tr(
                "Looking {}: section azimuth {:.0f}° from {:.0f} E {:.0f} N, {:.0f} m long. Holes within ±{:g} m "
                "are projected perpendicularly onto the section.").format(
                    looking, line.azimuth, *line.start, line.length_m, line.window_m), 2.8),
            _text(PLOT[0], 21.0, self.tr(
                "Scale 1:{:,.0f} on A4; vertical exaggeration 1:1 (none). Distances in metres along the section from "
                "its start; elevations in metres.").format(self.scale), 2.8)]

    def beyond_the_ends(self):
        """Grey where the page runs beyond the section's ends (nothing is drawn there)."""
        left, top, right, bottom = PLOT
        start, end = (float(np.clip(self.x(s), left, right)) for s in self.drawn.frame[:2])
        return [f'<rect x="{x0:.2f}" y="{top}" width="{x1 - x0:.2f}" height="{bottom - top}" fill="#f2f2f2"/>'
                for x0, x1 in ((left, start), (end, right)) if x1 - x0 > 0.01]

    def grid(self):
        left, top, right, bottom = PLOT
        s0, s1, z0, z1 = self.view
        parts = []
        step = nice_step(25.0 * self.metres_per_mm)
        for tick in np.arange(math.ceil(s0 / step) * step, s1, step):
            x = float(self.x(tick))
            parts.append(f'<line x1="{x:.2f}" y1="{top}" x2="{x:.2f}" y2="{bottom}" stroke="{COLOURS["grid"]}" '
                         'stroke-width="0.2"/>' + _text(x, bottom + 3.8, f"{tick:g}", 2.4, "middle"))
        step = nice_step(12.0 * self.metres_per_mm)
        for tick in np.arange(math.ceil(z0 / step) * step, z1, step):
            y = float(self.y(tick))
            parts.append(f'<line x1="{left}" y1="{y:.2f}" x2="{right}" y2="{y:.2f}" stroke="{COLOURS["grid"]}" '
                         'stroke-width="0.2"/>' + _text(left - 1.2, y + 0.9, f"{tick:g}", 2.4, "end"))
        middle = (top + bottom) / 2
        parts.append(_text(8.0, middle, self.tr("elevation (m)"), 2.6, "middle",
                           f' transform="rotate(-90 8 {middle:.2f})"'))
        parts.append(_text((left + right) / 2, bottom + 7.8, self.tr("distance along the section (m)"), 2.6,
                           "middle"))
        return parts

    def zone(self):
        zone = self.drawn.zone
        if zone is None:
            return []
        parts = []
        band = zone.band(self.view)
        if band is not None:
            points = " ".join(f"{x:.2f},{y:.2f}" for x, y in self.paper(band))
            parts.append(f'<polygon points="{points}" fill="{COLOURS["zone"]}" fill-opacity="0.15" stroke="none"/>')
        for edge in (1, -1) if zone.half_thickness_m > 0 else ():
            segment = zone.segment(self.view, edge)
            if segment is not None:
                parts.append(_polyline(self.paper(segment), COLOURS["zone"], 0.25))
        segment = zone.segment(self.view)
        if segment is not None:
            parts.append(_polyline(self.paper(segment), COLOURS["zone"], 0.5, ' stroke-dasharray="4,1.5"'))
        return parts

    def levels(self):
        start, end = self.drawn.frame[:2]
        parts = [_polyline(self.paper(self.drawn.ground_profile()), COLOURS["ground"], 0.4)]
        for _, elevation in self.drawn.levels:
            line = self.paper([(start, elevation), (end, elevation)])
            self.labels.avoid(line)
            parts.append(_polyline(line, COLOURS["level"], 0.35, ' stroke-dasharray="3,1.5"'))
        return parts

    def holes(self):
        alteration = [p for p in self.drawn.intervals if p.kind == "alteration"]
        strongest = max((p.value for p in alteration), default=1.0)
        parts = [_polyline(self.paper(p.section_xy), _colour_between(COLOURS["alteration_low"],
                                                                     COLOURS["alteration_high"], p.value / strongest),
                           1.8, ' stroke-linecap="butt"') for p in alteration]
        for path in self.drawn.holes:
            dash = ' stroke-dasharray="2,1.2"' if path.kind == "planned" else ""
            self.labels.avoid(self.paper(path.section_xy))
            parts.append(_polyline(self.paper(path.section_xy), COLOURS[path.kind], 0.35, dash))
            if path.from_m == 0.0:
                x, y = self.paper(path.section_xy[:1])[0]
                parts.append(f'<circle cx="{x:.2f}" cy="{y:.2f}" r="0.6" fill="{COLOURS[path.kind]}"/>')
        parts += [_polyline(self.paper(p.section_xy), COLOURS["interval"], 1.0, ' stroke-linecap="butt"')
                  for p in self.drawn.intervals if p.kind == "interval"]
        return parts

    def compass(self):
        azimuth = self.drawn.line.azimuth
        left, top, right, _ = PLOT
        texts = [(left + 2.0, section.compass_point(azimuth + 180.0), "start"),
                 (right - 2.0, section.compass_point(azimuth), "end")]
        parts = []
        for x, text, anchor in texts:
            self.labels.reserve(LabelPlacer.label_box(x, top + 6.5, text_width(text, 5.0), 6.25, 5.0, anchor))
            parts.append(_text(x, top + 6.5, text, 5.0, anchor, ' font-weight="bold"'))
        return parts

    def level_labels(self):
        parts = []
        right = min(float(self.x(self.drawn.frame[1])), PLOT[2]) - 1.5
        for depth, elevation in self.drawn.levels:
            text = level_label(depth, elevation, self.tr)
            x, y, anchor = self.labels.place(right, float(self.y(elevation)) - 1.0, text, TEXT, [(0.0, "end")],
                                             (0, -1, 1, -2, 2))
            parts.append(_text(x, y, text, TEXT, anchor, f' fill="{COLOURS["level"]}"'))
        return parts

    def zone_label(self):
        zone = self.drawn.zone
        segment = None if zone is None else zone.segment(self.view)
        if segment is None:
            return []
        text = self.tr("fitted zone: dip {:.0f}° towards {:.0f}°, apparent dip {:.0f}° here").format(
            zone.dip, zone.dip_direction, abs(zone.apparent_dip))
        upper, lower = self.paper(segment)
        x, y = upper + (lower - upper) * 0.85  # low on the section, where the holes seldom reach
        x, y, anchor = self.labels.place(x, y, text, TEXT, [(3.0, "start"), (-3.0, "end")], range(0, -12, -1))
        return [_text(x, y, text, TEXT, anchor, f' fill="{COLOURS["zone"]}"')]

    def hole_labels(self):
        parts = []
        for hole_id in dict.fromkeys(p.hole_id for p in self.drawn.holes):
            path = next(p for p in self.drawn.holes if p.hole_id == hole_id)
            x, y = self.paper(path.section_xy[:1])[0]
            x, y, anchor = self.labels.place(x, y - 1.8, hole_id, 2.4, [(0.0, "middle")], range(0, -8, -1))
            parts.append(_text(x, y, hole_id, 2.4, anchor, f' fill="{COLOURS[path.kind]}" font-weight="bold"'))
        return parts

    def interval_labels(self):
        parts = []
        labelled = sorted((p for p in self.drawn.intervals if p.label), key=lambda p: -p.middle[1])
        for path in labelled:
            anchor_x, anchor_y = self.paper(path.middle)[0]
            x, y, anchor = self.labels.place(anchor_x, anchor_y + 0.9, path.label, TEXT,
                                             [(2.5, "start"), (-2.5, "end")],
                                             [k * sign for k in range(0, 16) for sign in ((1, -1) if k else (1,))])
            if abs(y - anchor_y - 0.9) > 0.01:
                parts.append(f'<line x1="{anchor_x:.2f}" y1="{anchor_y:.2f}" x2="{x:.2f}" y2="{y - 0.9:.2f}" '
                             f'stroke="{COLOURS["interval"]}" stroke-width="0.15"/>')
            parts.append(_text(x, y, path.label, TEXT, anchor, f' fill="{COLOURS["interval"]}"'))
        return parts

    def scale_bar(self):
        left, y = PLOT[0], PLOT[3] + 14.0
        length = nice_step((PLOT[2] - PLOT[0]) / 6 * self.metres_per_mm)
        width = length / self.metres_per_mm
        parts = [f'<rect x="{left + i * width / 4:.2f}" y="{y:.2f}" width="{width / 4:.2f}" height="1.5" '
                 f'fill="{"#222222" if i % 2 == 0 else "white"}" stroke="#222222" stroke-width="0.2"/>'
                 for i in range(4)]
        for value, x in ((0, left), (length / 2, left + width / 2), (length, left + width)):
            parts.append(_text(x, y + 4.6, f"{value:g}", 2.4, "middle"))
        note = self.tr("m  (scale 1:{:,.0f}, no vertical exaggeration)").format(self.scale)
        parts.append(_text(left + width + 3.0, y + 1.6, note, 2.4))
        return parts

    def legend(self, alteration_name):
        kinds = {p.kind for p in self.drawn.holes + self.drawn.intervals}
        entries = [(kind, text) for kind, text in (
            ("drilled", self.tr("drilled hole")), ("planned", self.tr("planned hole")),
            ("interval", self.tr("intercept")),
            ("alteration", self.tr("alteration ({}), pale to dark: weak to strong").format(alteration_name)))
            if kind in kinds]
        entries.append(("level", self.tr("level below surface")))
        entries.append(("ground", self.tr("ground (through the collars)")))
        if self.drawn.zone is not None:
            entries.append(("zone", self.tr("fitted zone (mid-surface and true thickness)")))
        x, y = PLOT[0], PLOT[3] + 25.0
        parts = []
        for kind, text in entries:
            advance = 12.0 + text_width(text, TEXT) + 4.0
            if x + advance > PAGE[0] - 8.0:
                x, y = PLOT[0], y + 5.0
            parts.append(self.swatch(kind, x, y - 0.9) + _text(x + 10.0, y, text, TEXT))
            x += advance
        return parts

    @staticmethod
    def swatch(kind, x, y):
        """An 8 mm sample of how ``kind`` is drawn, centred on height ``y``."""
        styles = {"drilled": (0.35, ""), "planned": (0.4, ' stroke-dasharray="2,1.2"'),
                  "interval": (1.0, ""), "level": (0.35, ' stroke-dasharray="3,1.5"'), "ground": (0.4, ""),
                  "zone": (0.5, ' stroke-dasharray="4,1.5"')}
        if kind == "alteration":
            return "".join(f'<rect x="{x + i * 2:.2f}" y="{y - 0.9:.2f}" width="2" height="1.8" fill="'
                           f'{_colour_between(COLOURS["alteration_low"], COLOURS["alteration_high"], i / 3)}"/>'
                           for i in range(4))
        width, dash = styles[kind]
        colour = COLOURS[kind]
        band = (f'<rect x="{x:.2f}" y="{y - 1.5:.2f}" width="8" height="3" fill="{colour}" fill-opacity="0.15"/>'
                if kind == "zone" else "")
        return band + _polyline([(x, y), (x + 8.0, y)], colour, width, dash)
