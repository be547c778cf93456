"""lodestone:drillsection — a vertical section along a line or across strike through chosen holes: hole traces,
intervals with their labels, alteration, the fitted zone, levels below the ground and planned holes, as layers in
section coordinates and as a print-ready A4 figure, SVG and PNG (science in ``science/evidence/section.py``, the
figure in ``processing/section_figure.py``)."""
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

from ...science.evidence import drillholes, section, zonegeometry
from ...science.features import FeatureTable, linestring_wkt
from .. import section_figure
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
        strike, dip = (self.optional_number(parameters, name, context) for name in (self.ZONE_STRIKE, self.ZONE_DIP))
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
        azimuth = self.optional_number(parameters, self.AZIMUTH, context)
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
        figure = section_figure.SectionFigure(drawn).svg(
            self.parameterAsString(parameters, self.TITLE, context),
            self.parameterAsString(parameters, self.ALTERATION_FIELD, context) if alteration else "")
        outputs[self.SVG] = self.parameterAsFileOutput(parameters, self.SVG, context)
        Path(outputs[self.SVG]).write_text(figure, encoding="utf-8")
        png = self.parameterAsFileOutput(parameters, self.PNG, context)
        if png:
            if not section_figure.write_png(figure, png):
                raise QgsProcessingException(self.tr("Cannot write the PNG '{}': check the folder exists and is "
                                                     "writable.").format(png))
            outputs[self.PNG] = png
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
                       "label": section_figure.level_label(depth, elevation)},
                      linestring_wkt([(start, elevation), (end, elevation)]))
        return table



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


