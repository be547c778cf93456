"""lodestone:compilealteration — alteration logged in drill holes as evidence: the logged intervals as 3D points
with an alteration index, and a map of each hole's index over a depth window for the evidence stack (science in
``science/evidence/alteration.py``)."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
)

from ...science.evidence import alteration
from ...science.features import FeatureTable, point_z_wkt
from ..base import number_parameter
from ..compat import ProcessingSourceType
from .drillholes import CompileDrillHolesAlgorithm

COMBINE_LABELS = ("Sum of the intensities", "Largest intensity")  # alteration.COMBINE, in that order
SUMMARY_LABELS = ("Length-weighted mean", "Largest index")  # alteration.SUMMARY, in that order
POINT_FIELDS = ("hole_id", "from_m", "to_m", "vertical_depth_m", "alteration_index", "window_m")
"""The POINTS output's own fields (the intensity fields go between vertical_depth_m and alteration_index)."""


class CompileAlterationAlgorithm(CompileDrillHolesAlgorithm):
    """Reads collars and surveys as compiledrillholes does (its tables, fields and checks); the assay table is
    replaced by an alteration log with one or more intensity fields."""

    ALGORITHM_ID = "compilealteration"
    OUTPUT_STYLES = {"POINTS": "alteration_points", "MAP": "alteration_index"}  # the map's ramp fits its values
    DISPLAY_NAME = "Alteration from drill logs"
    GROUP_ID = "evidence"
    HELP_ANCHOR = "compilealteration"
    REQUIRES = ("scipy",)
    SHORT_HELP = (
        "Logged alteration as evidence: an interval log (hole id, from and to in m along the hole, and the "
        "intensity of each alteration, for example carbonate, sericite and fuchsite logged 0 none, 1 weak, "
        "2 moderate, 3 strong) becomes 3D points and a map for the evidence stack. Collars and down-hole surveys as "
        "for compiledrillholes; each interval's mid-point is desurveyed by minimum curvature. The alteration index of "
        "an interval is the sum of its INTENSITY_FIELDS (COMBINE; several alterations together score higher) or the "
        "largest of them. Each hole gets one value over the depth window MIN_DEPTH to MAX_DEPTH (m vertical below "
        "the collar; empty: from the collar, to the bottom): the length-weighted mean of the index over the parts "
        "of its intervals inside the window (unlogged gaps left out), or the largest index reaching into it "
        "(SUMMARY), placed where the hole is at the length-weighted centre of those parts. The MAP interpolates the "
        "holes' values by inverse distance (weights 1/distance^POWER over the nearest 64 holes within "
        "SEARCH_RADIUS), nodata farther than SEARCH_RADIUS from every hole, on CELL_SIZE cells over the holes plus "
        "the radius, or over EXTENT: a float32 GeoTIFF stackevidence takes as it is. POINTS: hole_id, from_m, to_m, "
        "vertical_depth_m, each intensity field, alteration_index and window_m (the interval's length inside the "
        "window). Log rows naming holes without a collar, inverted intervals, overlaps and intensities that are not "
        "numbers are listed as warnings and skipped.")

    LOGS, LOG_ID_FIELD, INTENSITY_FIELDS, COMBINE = "LOGS", "LOG_ID_FIELD", "INTENSITY_FIELDS", "COMBINE"
    MIN_DEPTH, MAX_DEPTH, SUMMARY, EXTENT, POWER = "MIN_DEPTH", "MAX_DEPTH", "SUMMARY", "EXTENT", "POWER"
    POINTS, MAP, N_HOLES = "POINTS", "MAP", "N_HOLES"

    TABLES = {
        CompileDrillHolesAlgorithm.COLLARS: CompileDrillHolesAlgorithm.TABLES[CompileDrillHolesAlgorithm.COLLARS],
        CompileDrillHolesAlgorithm.SURVEYS: CompileDrillHolesAlgorithm.TABLES[CompileDrillHolesAlgorithm.SURVEYS],
        LOGS: ("Alteration log", "Logged intervals: hole id, from and to (m along the hole) and the intensity of "
               "each alteration (numbers, for example 0-3). A table, a CSV file or a layer.", False, [
                   (LOG_ID_FIELD, "Log hole id field", "hole_id", False, "Hole id of each logged interval."),
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
        label, help_text, _, fields = self.TABLES[self.LOGS]
        self.add_parameter(QgsProcessingParameterFeatureSource(self.LOGS, self.tr(label),
                                                               [ProcessingSourceType.Vector]), help_text)
        for name, field_label, default, _, field_help in fields:
            self.add_parameter(QgsProcessingParameterField(name, self.tr(field_label), default, self.LOGS),
                               field_help)
        self.add_parameter(QgsProcessingParameterField(self.INTENSITY_FIELDS, self.tr("Intensity fields"), None,
                                                       self.LOGS, allowMultiple=True),
                           "One or more fields of intensities on one scale, for example carbonate, sericite and "
                           "fuchsite logged 0-3. Numbers, or text holding numbers (a CSV file).")
        self.add_parameter(QgsProcessingParameterEnum(self.COMBINE, self.tr("Alteration index"),
                                                      [self.tr(label) for label in COMBINE_LABELS], defaultValue=0),
                           "An interval's index: the sum of its intensities (0-9 for three fields logged 0-3; "
                           "alterations together score higher) or the largest of them (0-3).")
        self.add_parameter(number_parameter(self.MIN_DEPTH, self.tr("Depth window top (m below the collar)"), None,
                                            optional=True),
                           "Top of the depth window, vertical metres below the collar. Empty: the collar.")
        self.add_parameter(number_parameter(self.MAX_DEPTH, self.tr("Depth window bottom (m below the collar)"),
                                            None, optional=True),
                           "Bottom of the depth window, vertical metres below the collar. Empty: the bottom of the "
                           "holes.")
        self.add_parameter(QgsProcessingParameterEnum(self.SUMMARY, self.tr("Value of a hole"),
                                                      [self.tr(label) for label in SUMMARY_LABELS], defaultValue=0),
                           "The length-weighted mean of the index over the logging inside the window, or the "
                           "largest index reaching into it.")
        shared(self.DIP_NEGATIVE_DOWN, self.CRS)
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 25.0, 0.001),
                           "Cell size of the MAP, in metres.")
        self.add_parameter(number_parameter(self.SEARCH_RADIUS, self.tr("Search radius (m)"), 200.0, 0.001),
                           "Holes within this distance (m) of a cell centre give it a value; farther from every "
                           "hole the map is nodata.")
        self.add_parameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Map extent"), optional=True),
                           "The MAP covers this extent. Empty: the holes plus the search radius.")
        self.add_parameter(number_parameter(self.POWER, self.tr("Power (inverse distance)"), 2.0, 0.1, 10.0),
                           "Exponent of the inverse-distance weights; 2 is usual, higher = more local.", advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(self.POINTS, self.tr("Logged alteration (3D points)"),
                                                             ProcessingSourceType.VectorPoint),
                           "One 3D point per logged interval at its mid-point: hole_id, from_m, to_m, "
                           "vertical_depth_m (below the collar), each intensity field, alteration_index, window_m "
                           "(m of the interval inside the depth window).")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.MAP, self.tr("Alteration index map")),
                           "Float32 GeoTIFF of the holes' alteration index interpolated by inverse distance; nodata "
                           "farther than the search radius from every hole. Ready for stackevidence.")
        self.addOutput(QgsProcessingOutputNumber(self.N_HOLES, self.tr("Holes mapped")))

    def no_intensity_field(self):
        return self.tr("No intensity field was picked (INTENSITY_FIELDS): pick one or more numeric fields of the "
                       "log, for example carbonate, sericite and fuchsite logged 0-3.")

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """An empty list of intensity fields is named before QGIS's own check, which would only say it is wrong."""
        if parameters.get(self.INTENSITY_FIELDS) in (None, "", []):
            return False, self.no_intensity_field()
        return super().checkParameterValues(parameters, context)

    def intensity_fields(self, parameters, context):
        """The picked intensity fields, each once, refused when the log lacks one or when one is the log's hole id,
        from or to field or has the name of one of the POINTS output's own fields."""
        source = self.parameterAsSource(parameters, self.LOGS, context)
        if source is None:
            raise QgsProcessingException(self.tr("The alteration log could not be read."))
        as_strings = getattr(self, "parameterAsStrings", None) or self.parameterAsFields  # QGIS 3.40 renamed it
        fields = list(dict.fromkeys(as_strings(parameters, self.INTENSITY_FIELDS, context)))
        if not fields:
            raise QgsProcessingException(self.no_intensity_field())
        names = source.fields().names()
        missing = [field for field in fields if field not in names]
        if missing:
            raise QgsProcessingException(self.tr(
                "The alteration log has no field {} (INTENSITY_FIELDS). Its fields are: {}.").format(
                    ", ".join(f"'{field}'" for field in missing), ", ".join(names)))
        taken = {self.parameterAsString(parameters, name, context)
                 for name in (self.LOG_ID_FIELD, self.FROM_FIELD, self.TO_FIELD)} | set(POINT_FIELDS)
        clashing = [field for field in fields if field in taken]
        if clashing:
            raise QgsProcessingException(self.tr(
                "Intensity field {} is the log's hole id, from or to field, or has the name of a field the POINTS "
                "output makes ({}). Pick only the intensity fields; rename one whose name clashes.").format(
                    ", ".join(f"'{field}'" for field in clashing), ", ".join(POINT_FIELDS)))
        return fields

    def map_bounds(self, parameters, context, crs):
        """The EXTENT in the collars' CRS as (west, south, east, north), or None when it is left empty."""
        if parameters.get(self.EXTENT) in (None, ""):
            return None
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if extent.isEmpty():
            raise QgsProcessingException(self.tr("The map extent is empty: draw or choose an extent with an area, "
                                                 "or leave it empty to map around the holes."))
        return extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()

    def process(self, parameters, context, feedback):
        fields = self.intensity_fields(parameters, context)
        window = self.run_science(feedback, alteration.check_window,
                                  *(self.optional_number(parameters, name, context)
                                    for name in (self.MIN_DEPTH, self.MAX_DEPTH)))
        combine = alteration.COMBINE[self.parameterAsEnum(parameters, self.COMBINE, context)]
        summary = alteration.SUMMARY[self.parameterAsEnum(parameters, self.SUMMARY, context)]
        dip_negative_down = self.parameterAsBoolean(parameters, self.DIP_NEGATIVE_DOWN, context)
        collar_rows, collars = self.read_table(parameters, self.COLLARS, context, feedback)
        crs = self.collar_crs(parameters, context, collars)
        bounds = self.map_bounds(parameters, context, crs)
        surveys = self.read_table(parameters, self.SURVEYS, context, feedback)
        log_rows, _ = self.read_table(parameters, self.LOGS, context, feedback, fields)
        holes, problems = self.run_science(feedback, alteration.read_logs, collar_rows, surveys[0] if surveys else [],
                                           log_rows, fields, dip_negative_down)
        for problem in problems:
            feedback.pushWarning(str(problem))
        feedback.setProgress(10)
        logs = self.run_science(feedback, alteration.compile_logs, holes, combine, window, summary,
                                dip_negative_down, progress_range=(10, 30))
        if logs is None:
            return {}
        samples = [log.sample for log in logs if log.sample is not None]
        outside = [log.logged.hole.hole_id for log in logs if log.sample is None]
        if outside:
            feedback.pushInfo(self.tr("{} logged holes have no interval in the depth window and are not mapped: {}."
                                      ).format(len(outside), ", ".join(outside)))
        radius = self.parameterAsDouble(parameters, self.SEARCH_RADIUS, context)
        grid = self.check_grid(self.run_science(feedback, alteration.map_grid, samples,
                                                self.parameterAsDouble(parameters, self.CELL_SIZE, context), radius,
                                                bounds), "The alteration map")
        values = self.run_science(feedback, alteration.alteration_map, samples, grid, radius,
                                  self.parameterAsDouble(parameters, self.POWER, context), progress_range=(30, 90))
        if values is None:
            return {}
        description = (f"alteration index ({combine} of {', '.join(fields)}), hole {summary} over "
                       f"{alteration.window_text(window)} below the collar")
        outputs = {self.MAP: self.write_raster(self.parameterAsOutputLayer(parameters, self.MAP, context), values,
                                               grid, crs, description),
                   self.POINTS: self.write_table(self.points_table(logs, fields), parameters, self.POINTS, context,
                                                 feedback, crs),
                   self.N_HOLES: len(samples)}
        feedback.pushInfo(self.tr("{} intervals of {} holes placed; {} holes mapped over {}, index from {:.2f} to "
                                  "{:.2f}; {} data problems (warnings above).").format(
            sum(len(log.index) for log in logs), len(logs), len(samples), alteration.window_text(window),
            min(s.value for s in samples), max(s.value for s in samples), len(problems)))
        return outputs

    @staticmethod
    def points_table(logs, fields):
        columns = {"hole_id": str, "from_m": float, "to_m": float, "vertical_depth_m": float,
                   **{field: float for field in fields}, "alteration_index": float, "window_m": float}
        table = FeatureTable("alteration", "PointZ", 0, columns)
        for log in logs:
            hole_id = log.logged.hole.hole_id
            for (start, end), intensities, index, position, depth, inside in zip(
                    log.logged.intervals, log.logged.intensities, log.index, log.positions, log.vertical_depth_m,
                    log.window_m):
                table.add({"hole_id": hole_id, "from_m": float(start), "to_m": float(end),
                           "vertical_depth_m": round(float(depth), 2),
                           **{field: float(value) for field, value in zip(fields, intensities)},
                           "alteration_index": float(index), "window_m": round(float(inside), 3)},
                          point_z_wkt(position))
        return table
