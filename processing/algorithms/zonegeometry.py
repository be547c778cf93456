"""lodestone:zonegeometry — the zone in 3D from drill holes: pierce points, strike and dip with bootstrap intervals,
dip section by section along strike, the zone's elevation and its trace at chosen depths (science in
``science/evidence/zonegeometry.py``)."""
import math

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ...science.evidence import zonegeometry
from ...science.features import FeatureTable, point_z_wkt, polygon_wkt
from ..base import number_parameter
from ..compat import ProcessingSourceType
from .drillholes import CompileDrillHolesAlgorithm


def _value(number):
    """A number for an output value: None (NULL) when not determined."""
    return None if math.isnan(number) else round(float(number), 2)


class ZoneGeometryAlgorithm(CompileDrillHolesAlgorithm):
    """Reads collars and surveys as compiledrillholes does (its tables, fields and checks); the assay table is
    replaced by the zone's intervals, picked by a selection expression."""

    ALGORITHM_ID = "zonegeometry"
    OUTPUT_STYLES = {"PIERCE_POINTS": "zone_pierce_points", "SURFACE": "zone_surface",
                     "LEVEL_TRACES": "zone_levels"}
    DISPLAY_NAME = "Zone geometry (strike and dip from drill holes)"
    GROUP_ID = "evidence"
    HELP_ANCHOR = "zonegeometry"
    SHORT_HELP = (
        "Fits a mineralised zone's strike, dip and dip direction to where drill holes cut it, with 95 % bootstrap "
        "intervals, finds how the dip changes along strike, and maps the zone: its elevation as a raster and its "
        "trace at chosen vertical depths. Inputs: collars and down-hole surveys as for compiledrillholes, and the "
        "zone's intervals (hole id, from and to in m along the hole): the INTERCEPTS layer of compiledrillholes, or "
        "an assay table with a SELECTION expression such as \"au_gpt\" >= 0.5. Each hole that cuts the zone gives "
        "one pierce point, the length-weighted centre of its selected intervals, desurveyed by minimum curvature; "
        "holes with no selected interval miss the zone and are listed. The plane is the least-squares (total least "
        "squares, SVD) plane of the pierce points; the intervals come from N_BOOTSTRAP refits to the holes resampled "
        "with replacement (SEED fixes the draw). Strike follows the right-hand rule (the zone dips to the right "
        "looking along strike), in degrees clockwise from north; dip in degrees from horizontal. The dip along "
        "strike: N_SECTIONS windows of equal length along strike, each with the dip of the line fitted to its pierce "
        "points in the cross-section (strike kept; a section needs 4 holes). The zone's mid-surface follows the "
        "section dips, linear between section centres, over the drilled strike length. Outputs: PIERCE_POINTS "
        "(3D, with true thickness and distance from the plane), SURFACE (mid-surface elevation in m, from the ground "
        "down to the deepest level; the ground is the mean collar elevation) and LEVEL_TRACES (for each depth of "
        "LEVELS in m below the ground, the band where the zone crosses that level: its mid-surface's trace widened "
        "to the zone's horizontal width, median true thickness / sin(dip)). Too few holes (under 3), holes all in "
        "one vertical section, or pierce points along one line are refused: the strike or dip would be undetermined.")

    INTERVALS, INTERVAL_ID_FIELD, SELECTION = "INTERVALS", "INTERVAL_ID_FIELD", "SELECTION"
    LEVELS, N_SECTIONS, N_BOOTSTRAP, SEED = "LEVELS", "N_SECTIONS", "N_BOOTSTRAP", "SEED"
    PIERCE_POINTS, SURFACE, LEVEL_TRACES = "PIERCE_POINTS", "SURFACE", "LEVEL_TRACES"
    STRIKE, DIP, DIP_DIRECTION, TRUE_THICKNESS, N_HOLES, SECTION_DIPS = (
        "STRIKE", "DIP", "DIP_DIRECTION", "TRUE_THICKNESS", "N_HOLES", "SECTION_DIPS")

    TABLES = {
        CompileDrillHolesAlgorithm.COLLARS: CompileDrillHolesAlgorithm.TABLES[CompileDrillHolesAlgorithm.COLLARS],
        CompileDrillHolesAlgorithm.SURVEYS: CompileDrillHolesAlgorithm.TABLES[CompileDrillHolesAlgorithm.SURVEYS],
        INTERVALS: ("Zone intervals", "The intervals in the zone: hole id, from and to (m along the hole). The "
                    "INTERCEPTS layer of compiledrillholes, or an assay or log table with a selection expression.",
                    False, [
                        (INTERVAL_ID_FIELD, "Interval hole id field", "hole_id", False, "Hole id of each interval."),
                        (CompileDrillHolesAlgorithm.FROM_FIELD, "From field", "from_m", False,
                         "Top of the interval, m along the hole."),
                        (CompileDrillHolesAlgorithm.TO_FIELD, "To field", "to_m", False,
                         "Bottom of the interval, m along the hole.")]),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        compile_holes = CompileDrillHolesAlgorithm()  # the collar and survey parameters are its own, cloned
        compile_holes.initAlgorithm()

        def shared(*names):
            for name in names:
                self.addParameter(compile_holes.parameterDefinition(name).clone())

        for table in (self.COLLARS, self.SURVEYS):
            shared(table, *(field[0] for field in self.TABLES[table][3]))
        label, help_text, _, fields = self.TABLES[self.INTERVALS]
        self.add_parameter(QgsProcessingParameterFeatureSource(self.INTERVALS, self.tr(label),
                                                               [ProcessingSourceType.Vector]), help_text)
        for name, field_label, default, _, field_help in fields:
            self.add_parameter(QgsProcessingParameterField(name, self.tr(field_label), default, self.INTERVALS),
                               field_help)
        self.add_parameter(QgsProcessingParameterExpression(self.SELECTION, self.tr("Selection expression"), None,
                                                            self.INTERVALS, optional=True),
                           'The intervals in the zone, for example "au_gpt" >= 0.5 on an assay table. Empty: every '
                           "interval (as for the intercepts of compiledrillholes).")
        shared(self.DIP_NEGATIVE_DOWN, self.CRS)
        self.add_parameter(QgsProcessingParameterString(self.LEVELS, self.tr("Levels (m below the ground)"),
                                                        "125,200,300"),
                           "Vertical depths in metres below the ground (the mean collar elevation), separated by "
                           "commas: one trace of the zone for each.")
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 10.0, 0.01),
                           "Cell size of the SURFACE raster.")
        self.add_parameter(number_parameter(self.N_SECTIONS, self.tr("Sections along strike"), 2, 1, 50, integer=True),
                           "Windows of equal length along strike, each given its own dip (if it holds 4 holes).")
        self.add_parameter(number_parameter(self.N_BOOTSTRAP, self.tr("Bootstrap resamples"), 1000, 0, 100000,
                                            integer=True),
                           "Refits to the holes resampled with replacement, for the 95 % intervals (0: none).",
                           advanced=True)
        self.add_parameter(number_parameter(self.SEED, self.tr("Random seed"), 0, 0, 2**31 - 1, integer=True),
                           "Seed of the bootstrap draw: the same seed gives the same intervals.", advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(self.PIERCE_POINTS, self.tr("Pierce points"),
                                                             ProcessingSourceType.VectorPoint),
                           "One 3D point per hole that cuts the zone: hole_id, x, y, z, from_m, to_m, "
                           "vertical_depth_m, true_thickness_m, residual_m (from the plane, + above), section.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.SURFACE, self.tr("Zone surface elevation (m)")),
                           "Elevation (m) of the zone's mid-surface, from the ground down to the deepest level, along "
                           "the drilled strike length; nodata elsewhere.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.LEVEL_TRACES, self.tr("Zone traces at levels"),
                                                             ProcessingSourceType.VectorPolygon),
                           "For each level, the band where the zone crosses it: level_m, elevation_m.")
        for name, label in ((self.STRIKE, "Strike (degrees, right-hand rule)"), (self.DIP, "Dip (degrees)"),
                            (self.DIP_DIRECTION, "Dip direction (degrees)"),
                            (self.TRUE_THICKNESS, "Median true thickness (m)"), (self.N_HOLES, "Holes that cut it")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))
        for name, label in ((self.STRIKE, "Strike"), (self.DIP, "Dip"), (self.DIP_DIRECTION, "Dip direction")):
            for end, end_label in (("LOW", "{}: low end of the 95 % interval"),
                                   ("HIGH", "{}: high end of the 95 % interval")):
                self.addOutput(QgsProcessingOutputNumber(f"{name}_{end}", self.tr(end_label).format(self.tr(label))))
        self.addOutput(QgsProcessingOutputString(self.SECTION_DIPS, self.tr("Dip by section along strike")))

    def selected_intervals(self, parameters, context):
        """The INTERVALS parameter value: as given, or with a SELECTION expression the id of a temporary layer of the
        rows it selects."""
        source = self.parameterAsSource(parameters, self.INTERVALS, context)
        if source is None:
            raise QgsProcessingException(self.tr("The interval table could not be read."))
        text = self.parameterAsString(parameters, self.SELECTION, context).strip()  # as typed: QGIS blanks a bad one
        if not text or source.featureCount() == 0:  # an empty table is refused by the science, naming the fix
            return parameters[self.INTERVALS]
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(self.tr(
                "The selection expression '{}' cannot be read ({}). Write a QGIS expression on the interval table's "
                "fields, for example \"au_gpt\" >= 0.5.").format(text, expression.parserErrorString()))
        names = source.fields().names()
        unknown = sorted(set(expression.referencedColumns()) - set(names) - {QgsFeatureRequest.ALL_ATTRIBUTES})
        if unknown:
            raise QgsProcessingException(self.tr(
                "The selection expression '{}' names {}, which the interval table does not have. Its fields: {}."
            ).format(text, ", ".join(f"'{name}'" for name in unknown), ", ".join(names)))
        request = QgsFeatureRequest(expression, self.createExpressionContext(parameters, context, source))
        selected = source.materialize(request)
        if selected.featureCount() == 0:
            raise QgsProcessingException(self.tr(
                "The selection expression '{}' selects none of the {} intervals, so no hole cuts the zone. Loosen "
                "it (for example a lower grade) or check the field it names.").format(text, source.featureCount()))
        context.temporaryLayerStore().addMapLayer(selected)
        return selected.id()

    def read_hole_tables(self, parameters, context, feedback):
        """Collar rows, survey rows, the rows of the selected intervals and the collars' CRS."""
        collar_rows, collars = self.read_table(parameters, self.COLLARS, context, feedback)
        crs = self.collar_crs(parameters, context, collars)
        surveys = self.read_table(parameters, self.SURVEYS, context, feedback)
        interval_rows, _ = self.read_table({**parameters, self.INTERVALS: self.selected_intervals(parameters, context)},
                                           self.INTERVALS, context, feedback)
        return collar_rows, surveys[0] if surveys else [], interval_rows, crs

    def checked_holes(self, feedback, reader, *arguments):
        """The holes a science ``reader`` makes of the tables, its problems with rows pushed as warnings."""
        holes, problems = self.run_science(feedback, reader, *arguments)
        for problem in problems:
            feedback.pushWarning(str(problem))
        return holes

    def read_holes(self, parameters, context, feedback):
        """The checked holes with their zone intervals and the collars' CRS."""
        collars, surveys, intervals, crs = self.read_hole_tables(parameters, context, feedback)
        holes = self.checked_holes(feedback, zonegeometry.read_holes, collars, surveys, intervals,
                                   self.parameterAsBoolean(parameters, self.DIP_NEGATIVE_DOWN, context))
        return holes, crs

    def process(self, parameters, context, feedback):
        levels = self.run_science(feedback, zonegeometry.parse_levels,
                                  self.parameterAsString(parameters, self.LEVELS, context))
        holes, crs = self.read_holes(parameters, context, feedback)
        dip_negative_down = self.parameterAsBoolean(parameters, self.DIP_NEGATIVE_DOWN, context)
        pierced, missed = zonegeometry.pierce_points(holes, dip_negative_down)
        if missed:
            feedback.pushInfo(self.tr("{} holes miss the zone (no interval selected): {}.").format(
                len(missed), ", ".join(missed)))
        feedback.setProgress(20)
        fit = self.run_science(
            feedback, zonegeometry.fit_zone, pierced, missed,
            self.parameterAsInt(parameters, self.N_SECTIONS, context),
            self.parameterAsInt(parameters, self.N_BOOTSTRAP, context),
            self.parameterAsInt(parameters, self.SEED, context))
        feedback.setProgress(60)
        grid = self.check_grid(self.run_science(feedback, zonegeometry.surface_grid, fit, levels[-1],
                                                self.parameterAsDouble(parameters, self.CELL_SIZE, context)),
                               "The zone surface grid")
        surface = self.write_raster(self.parameterAsOutputLayer(parameters, self.SURFACE, context),
                                    zonegeometry.surface_elevation(fit, grid, levels[-1]), grid, crs,
                                    "zone mid-surface elevation (m)")
        outputs = {self.SURFACE: surface,
                   self.PIERCE_POINTS: self.write_table(self.pierce_table(fit), parameters, self.PIERCE_POINTS,
                                                        context, feedback, crs),
                   self.LEVEL_TRACES: self.write_table(self.level_traces_table(fit, levels, feedback), parameters,
                                                       self.LEVEL_TRACES, context, feedback, crs)}
        self.log_fit(fit, feedback)
        return {**outputs, **self.summary_values(fit)}

    @staticmethod
    def pierce_table(fit):
        table = FeatureTable("pierce_points", "PointZ", 0, {
            "hole_id": str, "x": float, "y": float, "z": float, "from_m": float, "to_m": float,
            "vertical_depth_m": float, "true_thickness_m": float, "residual_m": float, "section": int})
        section_of = {hole_id: section.number for section in fit.sections for hole_id in section.hole_ids}
        for pierce, thickness, residual in zip(fit.pierce, fit.thickness_m, fit.residuals_m):
            x, y, z = (round(float(v), 2) for v in pierce.position)
            table.add({"hole_id": pierce.hole_id, "x": x, "y": y, "z": z, "from_m": round(pierce.from_m, 2),
                       "to_m": round(pierce.to_m, 2), "vertical_depth_m": round(pierce.vertical_depth_m, 1),
                       "true_thickness_m": round(float(thickness), 2), "residual_m": round(float(residual), 2),
                       "section": section_of[pierce.hole_id]}, point_z_wkt(pierce.position))
        return table

    def level_traces_table(self, fit, levels, feedback):
        table = FeatureTable("level_traces", "Polygon", 0, {"level_m": float, "elevation_m": float})
        for level in levels:
            ring = fit.level_trace(level)
            if ring is None:
                feedback.pushWarning(self.tr("The zone is within a degree of flat: it does not cross the {:g} m "
                                             "level as a band, so that level has no trace.").format(level))
                continue
            table.add({"level_m": level, "elevation_m": round(fit.ground - level, 2)}, polygon_wkt(ring))
        return table

    def interval_text(self, interval):
        """'51.1-53.3', or 'not determined' for a NaN interval."""
        low, high = interval
        return self.tr("not determined") if math.isnan(low) else f"{low:.1f}-{high:.1f}"

    def log_fit(self, fit, feedback):
        """The fit in the log: attitude with intervals, thickness, then each section."""
        rms = math.sqrt(float((fit.residuals_m ** 2).mean()))
        feedback.pushInfo(self.tr(
            "Zone fitted to {} pierce points: strike {:.1f} (95 % interval {}), dip {:.1f} ({}) towards {:.1f} ({}) "
            "degrees; median true thickness {:.1f} m; pierce points {:.1f} m (RMS) from the plane; {} bootstrap "
            "refits.").format(len(fit.pierce), fit.strike, self.interval_text(fit.strike_interval), fit.dip,
                              self.interval_text(fit.dip_interval), fit.dip_direction,
                              self.interval_text(fit.dip_direction_interval), fit.true_thickness_m, rms,
                              fit.replicates))
        for section in fit.sections:
            where = self.tr("no hole") if not section.hole_ids else self.tr(
                "{} holes ({}), centre {:.0f} E {:.0f} N at {:.0f} m elevation").format(
                    len(section.hole_ids), ", ".join(section.hole_ids), *section.centre)
            dip = self.tr("not determined (a section needs {} holes in a line)").format(
                zonegeometry.MIN_RESAMPLED_HOLES) if math.isnan(section.dip) else self.tr("{:.1f} ({})").format(
                section.dip, self.interval_text(section.dip_interval))
            feedback.pushInfo(self.tr("Section {} ({} to {} m along strike; {}): dip {}.").format(
                section.number, round(section.start_m), round(section.end_m), where, dip))

    def summary_values(self, fit):
        values = {self.STRIKE: _value(fit.strike), self.DIP: _value(fit.dip),
                  self.DIP_DIRECTION: _value(fit.dip_direction), self.TRUE_THICKNESS: _value(fit.true_thickness_m),
                  self.N_HOLES: len(fit.pierce),
                  self.SECTION_DIPS: ",".join(f"{section.dip:.1f}" for section in fit.sections)}
        for name, interval in ((self.STRIKE, fit.strike_interval), (self.DIP, fit.dip_interval),
                               (self.DIP_DIRECTION, fit.dip_direction_interval)):
            values[f"{name}_LOW"], values[f"{name}_HIGH"] = (_value(v) for v in interval)
        return values
