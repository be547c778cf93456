"""lodestone:compiledrillholes — historical drill holes to traces, intercepts, hole summaries and the deepest level
tested (science in ``science/drillholes.py``)."""
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...science.evidence import drillholes
from ...science.features import FeatureTable, linestring_z_wkt, point_z_wkt
from ..base import LodestoneAlgorithm, attribute_value, number_parameter
from ..compat import FeatureRequestFlag, ProcessingSourceType


class CompileDrillHolesAlgorithm(LodestoneAlgorithm):
    ALGORITHM_ID = "compiledrillholes"
    OUTPUT_STYLES = {"TRACES": "drill_traces", "INTERCEPTS": "intercepts", "HOLES": "collars",
                     "TESTED_DEPTH": "tested_depth"}
    DISPLAY_NAME = "Compile drill holes"
    GROUP_ID = "evidence"
    HELP_ANCHOR = "compiledrillholes"
    SHORT_HELP = (
        "Historical drill holes from three tables (layers or CSV files): collars (hole id, x, y, z in metres, "
        "optional max depth), down-hole surveys (hole id, depth along the hole in m, azimuth in degrees clockwise from "
        "north, dip in degrees from horizontal, negative downward unless DIP_NEGATIVE_DOWN is off) and assays (hole "
        "id, from and to in m along the hole, Au g/t; '<0.005' is read as half the detection limit). Holes are "
        "desurveyed by the minimum curvature method (Sawaryn & Thorogood 2005, SPE Drilling & Completion 20(1)); a "
        "hole without survey rows is vertical. Assays are composited by length weighting: a composite starts and "
        "ends at or above CUTOFF (g/t); unsampled gaps count as zero grade; an internal run of below-cut-off "
        "material is taken in if it is at most MAX_INTERNAL_DILUTION m long and the composite still averages at "
        "least the cut-off; composites shorter than MIN_INTERVAL m are dropped. Outputs: 3D hole traces, intercepts "
        "at their mid-point ('6.9 g/t Au over 3.8 m', with vertical depth in m below the collar), one point per hole "
        "(best intercept by grade x length, maximum grade, deepest vertical depth) and TESTED_DEPTH, the deepest "
        "vertical depth (m below the collar) reached by any hole within SEARCH_RADIUS of each cell (nodata where "
        "no hole passes), so an untested zone or one never tested below 125 m shows. Rows with problems "
        "(unknown hole ids, overlapping, inverted or too deep intervals, duplicate collars, non-numeric grades) are "
        "listed as warnings with hole id and row number (data rows counted from 1) and skipped; the rest is compiled.")

    COLLARS, COLLAR_ID_FIELD, X_FIELD, Y_FIELD, Z_FIELD, MAX_DEPTH_FIELD = (
        "COLLARS", "COLLAR_ID_FIELD", "X_FIELD", "Y_FIELD", "Z_FIELD", "MAX_DEPTH_FIELD")
    SURVEYS, SURVEY_ID_FIELD, DEPTH_FIELD, AZIMUTH_FIELD, DIP_FIELD = (
        "SURVEYS", "SURVEY_ID_FIELD", "DEPTH_FIELD", "AZIMUTH_FIELD", "DIP_FIELD")
    ASSAYS, ASSAY_ID_FIELD, FROM_FIELD, TO_FIELD, GRADE_FIELD = (
        "ASSAYS", "ASSAY_ID_FIELD", "FROM_FIELD", "TO_FIELD", "GRADE_FIELD")
    DIP_NEGATIVE_DOWN, CUTOFF, MIN_INTERVAL, MAX_INTERNAL_DILUTION, CRS = (
        "DIP_NEGATIVE_DOWN", "CUTOFF", "MIN_INTERVAL", "MAX_INTERNAL_DILUTION", "CRS")
    REFERENCE, CELL_SIZE, SEARCH_RADIUS = "REFERENCE", "CELL_SIZE", "SEARCH_RADIUS"
    TRACES, INTERCEPTS, HOLES, TESTED_DEPTH = "TRACES", "INTERCEPTS", "HOLES", "TESTED_DEPTH"

    # table parameter -> (label, help, optional, [(field parameter, label, default, optional, help)])
    TABLES = {
        COLLARS: ("Collars", "One row per hole: hole id, x (easting), y (northing), z (elevation), all in metres; "
                  "optional max depth (m). A table, a CSV file or a point layer (its x and y fields are used).",
                  False, [
                      (COLLAR_ID_FIELD, "Collar hole id field", "hole_id", False, "Hole id of each collar."),
                      (X_FIELD, "Easting field (x)", "x", False, "Easting in metres, in the CRS below."),
                      (Y_FIELD, "Northing field (y)", "y", False, "Northing in metres, in the CRS below."),
                      (Z_FIELD, "Elevation field (z)", "z", False, "Collar elevation in metres (up positive)."),
                      (MAX_DEPTH_FIELD, "Max depth field (optional)", "length_m", True,
                       "Length of each hole along the hole (m). Empty or not in the table: the deepest survey or "
                       "assay of the hole. Assays and surveys below it are reported and skipped.")]),
        SURVEYS: ("Down-hole surveys", "Survey stations: hole id, depth along the hole (m), azimuth (degrees "
                  "clockwise from north), dip (degrees from horizontal). Empty: every hole is vertical.", True, [
                      (SURVEY_ID_FIELD, "Survey hole id field", "hole_id", False, "Hole id of each station."),
                      (DEPTH_FIELD, "Survey depth field", "depth_m", False, "Depth along the hole (m)."),
                      (AZIMUTH_FIELD, "Azimuth field", "azimuth", False, "Degrees clockwise from north."),
                      (DIP_FIELD, "Dip field", "dip", False, "Degrees from horizontal; sign as set below.")]),
        ASSAYS: ("Assays", "Sample intervals: hole id, from and to (m along the hole), Au (g/t).", False, [
                      (ASSAY_ID_FIELD, "Assay hole id field", "hole_id", False, "Hole id of each sample."),
                      (FROM_FIELD, "From field", "from_m", False, "Top of the sample, m along the hole."),
                      (TO_FIELD, "To field", "to_m", False, "Bottom of the sample, m along the hole."),
                      (GRADE_FIELD, "Au grade field (g/t)", "au_gpt", False,
                       "Au in g/t; text such as '<0.005' is half the detection limit.")]),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        for table, (label, help_text, optional, fields) in self.TABLES.items():
            self.add_parameter(QgsProcessingParameterFeatureSource(table, self.tr(label), [ProcessingSourceType.Vector],
                                                                   optional=optional), help_text)
            for name, field_label, default, field_optional, field_help in fields:
                self.add_parameter(QgsProcessingParameterField(name, self.tr(field_label), default, table,
                                                               optional=field_optional), field_help)
        self.add_parameter(QgsProcessingParameterBoolean(self.DIP_NEGATIVE_DOWN, self.tr("Dip is negative downward"),
                                                         True),
                           "On: -90 is a vertical hole drilled down (usual in Canada). Off: +90 is down.")
        self.add_parameter(number_parameter(self.CUTOFF, self.tr("Cut-off (g/t Au)"), 0.5, 0.000001),
                           "Composites start and end with samples at or above this grade and average at least it.")
        self.add_parameter(number_parameter(self.MIN_INTERVAL, self.tr("Minimum interval (m)"), 1.0),
                           "Composites shorter than this (m along the hole) are not reported.")
        self.add_parameter(number_parameter(self.MAX_INTERNAL_DILUTION, self.tr("Maximum internal dilution (m)"),
                                            2.0),
                           "Longest run of below-cut-off material (or unsampled gap) a composite may include.")
        self.add_parameter(QgsProcessingParameterCrs(self.CRS, self.tr("Collar coordinates CRS"), optional=True),
                           "The projected CRS of the collar x and y (metres). Empty: the collar layer's CRS; a CSV "
                           "table has none, so set it (e.g. EPSG:32618 for UTM zone 18N).")
        self.add_parameter(QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference grid"),
                                                             optional=True),
                           "TESTED_DEPTH is made on this raster's grid (same CRS as the collars). Empty: CELL_SIZE "
                           "cells around the holes.")
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 25.0, 0.001),
                           "Cell size of TESTED_DEPTH when there is no reference grid.")
        self.add_parameter(number_parameter(self.SEARCH_RADIUS, self.tr("Search radius (m)"), 50.0, 0.001),
                           "A cell counts as tested by a hole passing within this horizontal distance (m).")
        for name, label, kind, help_text in (
                (self.TRACES, "Hole traces", ProcessingSourceType.VectorLine,
                 "3D lines (LineStringZ) from collar to end of hole: hole_id, length_m, deepest_vertical_m."),
                (self.INTERCEPTS, "Intercepts", ProcessingSourceType.VectorPoint,
                 "Composite mid-points (3D): hole_id, from_m, to_m, length_m, au_gpt, grade_x_length, "
                 "vertical_depth_m (below the collar), label."),
                (self.HOLES, "Holes", ProcessingSourceType.VectorPoint,
                 "Collars (3D): hole_id, best_intercept (largest grade x length), max_au_gpt, deepest_vertical_m, "
                 "n_intercepts.")):
            self.add_parameter(QgsProcessingParameterFeatureSink(name, self.tr(label), kind), help_text)
        self.add_parameter(QgsProcessingParameterRasterDestination(self.TESTED_DEPTH, self.tr("Deepest level tested")),
                           "Deepest vertical depth (m below the collar) reached by a hole within SEARCH_RADIUS; "
                           "nodata where no hole passes.")

    def read_table(self, parameters, table, context, feedback, extra_fields=()):
        """The picked fields of every row of ``table`` as tuples (empty optional field: None), then the values of
        ``extra_fields`` (names of fields the caller has checked the table has), or None if the optional table is
        left out."""
        source = self.parameterAsSource(parameters, table, context)
        if source is None:
            if self.TABLES[table][2] and not parameters.get(table):
                return None  # an optional table left out
            raise QgsProcessingException(self.tr("The {} table could not be read.").format(table.lower()))
        names = source.fields().names()
        indices = []
        for name, *_ in self.TABLES[table][3]:
            field = self.parameterAsString(parameters, name, context)
            index = source.fields().lookupField(field) if field else None
            if index == -1 and name == self.MAX_DEPTH_FIELD:
                feedback.pushInfo(self.tr("The collar table has no field '{}': each hole's length is its deepest "
                                          "survey or assay.").format(field))
                index = None
            elif index == -1:
                raise QgsProcessingException(self.tr(
                    "The {} table has no field '{}' ({}). Pick the right field; the table's fields are: {}.").format(
                        table.lower(), field, name, ", ".join(names)))
            indices.append(index)
        indices += [source.fields().lookupField(field) for field in extra_fields]
        request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry).setSubsetOfAttributes(
            [i for i in indices if i is not None])
        rows = []
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            attributes = feature.attributes()
            rows.append(tuple(None if i is None else attribute_value(attributes[i]) for i in indices))
        return rows, source

    def collar_crs(self, parameters, context, collars):
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = collars.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(self.tr(
                "The collar table has no CRS: set 'Collar coordinates CRS' (CRS) to the projected CRS its x and y "
                "are in, for example EPSG:32618 for UTM zone 18N."))
        self.require_projected(crs, self.tr("The collar coordinates"))
        return crs

    def process(self, parameters, context, feedback):
        collar_rows, collars = self.read_table(parameters, self.COLLARS, context, feedback)
        crs = self.collar_crs(parameters, context, collars)
        surveys = self.read_table(parameters, self.SURVEYS, context, feedback)
        assay_rows, _ = self.read_table(parameters, self.ASSAYS, context, feedback)
        dip_negative_down = self.parameterAsBoolean(parameters, self.DIP_NEGATIVE_DOWN, context)
        holes, problems = self.run_science(feedback, drillholes.read_tables, collar_rows,
                                           surveys[0] if surveys else [], assay_rows, dip_negative_down)
        for problem in problems:
            feedback.pushWarning(str(problem))
        feedback.setProgress(10)
        compiled = self.run_science(
            feedback, drillholes.compile_holes, holes, self.parameterAsDouble(parameters, self.CUTOFF, context),
            self.parameterAsDouble(parameters, self.MIN_INTERVAL, context),
            self.parameterAsDouble(parameters, self.MAX_INTERNAL_DILUTION, context), dip_negative_down,
            progress_range=(10, 50))
        if compiled is None:
            return {}
        depth = self.tested_depth(parameters, context, feedback, compiled, crs)
        if depth is None:
            return {}
        outputs = {self.TESTED_DEPTH: depth}
        for name, table in ((self.TRACES, self.traces_table(compiled)),
                            (self.INTERCEPTS, self.intercepts_table(compiled)),
                            (self.HOLES, self.holes_table(compiled))):
            outputs[name] = self.write_table(table, parameters, name, context, feedback, crs)
        n_intercepts = sum(len(c.intercepts) for c in compiled)
        feedback.pushInfo(self.tr("{} holes compiled, {} intercepts above the cut-off; {} data problems (warnings "
                                  "above).").format(len(compiled), n_intercepts, len(problems)))
        return outputs

    def tested_depth(self, parameters, context, feedback, compiled, crs):
        """Write TESTED_DEPTH on the reference grid or a grid around the holes; its path, or None if cancelled."""
        radius = self.parameterAsDouble(parameters, self.SEARCH_RADIUS, context)
        traces = [c.trace for c in compiled]
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        if reference is not None:
            grid, reference_crs = self.reference_grid(reference)
            if reference_crs != crs:
                raise QgsProcessingException(self.tr(
                    "The reference grid is in {}, the collars in {}: warp the grid to the collars' CRS or pick "
                    "another reference.").format(reference_crs.authid(), crs.authid()))
        else:
            grid = self.run_science(feedback, drillholes.grid_around, traces,
                                    self.parameterAsDouble(parameters, self.CELL_SIZE, context), radius)
            self.check_grid(grid, "The tested-depth grid")
        values = self.run_science(feedback, drillholes.tested_depth, traces, grid, radius, progress_range=(50, 90))
        if values is None:
            return None
        path = self.parameterAsOutputLayer(parameters, self.TESTED_DEPTH, context)
        return self.write_raster(path, values, grid, crs, "deepest vertical depth tested (m below collar)")

    @staticmethod
    def traces_table(compiled):
        table = FeatureTable("traces", "LineStringZ", 0, {"hole_id": str, "length_m": float,
                                                          "deepest_vertical_m": float})
        for c in compiled:
            table.add({"hole_id": c.hole.hole_id, "length_m": c.hole.length,
                       "deepest_vertical_m": round(c.deepest_vertical_m, 2)}, linestring_z_wkt(c.trace))
        return table

    @staticmethod
    def intercepts_table(compiled):
        table = FeatureTable("intercepts", "PointZ", 0, {
            "hole_id": str, "from_m": float, "to_m": float, "length_m": float, "au_gpt": float,
            "grade_x_length": float, "vertical_depth_m": float, "label": str})
        for intercept in (i for c in compiled for i in c.intercepts):
            table.add({"hole_id": intercept.hole_id, "from_m": round(intercept.from_m, 2),
                       "to_m": round(intercept.to_m, 2), "length_m": round(intercept.length_m, 2),
                       "au_gpt": round(intercept.grade, 3), "grade_x_length": round(intercept.grade_x_length, 2),
                       "vertical_depth_m": round(intercept.vertical_depth_m, 1), "label": intercept.label},
                      point_z_wkt(intercept.position))
        return table

    @staticmethod
    def holes_table(compiled):
        table = FeatureTable("holes", "PointZ", 0, {"hole_id": str, "best_intercept": str, "max_au_gpt": float,
                                                    "deepest_vertical_m": float, "n_intercepts": int})
        for c in compiled:
            table.add({"hole_id": c.hole.hole_id, "best_intercept": c.best.label if c.best else None,
                       "max_au_gpt": c.max_grade, "deepest_vertical_m": round(c.deepest_vertical_m, 2),
                       "n_intercepts": len(c.intercepts)}, point_z_wkt(c.hole.collar))
        return table
