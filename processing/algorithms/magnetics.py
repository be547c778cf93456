"""Magnetics algorithms on survey readings: IGRF, corrections, gridding (science in survey, igrf, gridding)."""
import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ...science.grid import GridSpec
from ...science.magnetics import gridding, igrf, survey
from ..base import LodestoneAlgorithm, attribute_value, number_value
from ..compat import (
    FIELD_TYPES,
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _to_python_time(value):
    """A QGIS attribute (QDateTime, QDate, string, number or NULL) as something survey.parse_times reads."""
    if isinstance(value, QDateTime):
        return value.toMSecsSinceEpoch() / 1000.0 if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return attribute_value(value)


class IgrfAlgorithm(LodestoneAlgorithm):
    ALGORITHM_ID = "igrf"
    DISPLAY_NAME = "IGRF main field"
    GROUP_ID = "magnetics"
    HELP_ANCHOR = "igrf"
    SHORT_HELP = (
        "International Geomagnetic Reference Field (IGRF-14, IAGA 2024, valid 1900-2030) at a place, date and "
        "altitude: inclination (degrees, positive downward), declination (degrees, clockwise from geographic "
        "north) and total intensity (nT). Give a point, or an extent whose centre is used. The altitude is in "
        "metres above the WGS84 ellipsoid; leaving it out moves the angles by about 0.1 deg at survey heights. "
        "The outputs are numbers that models can pass to Reduce to pole."
    )
    POINT, EXTENT, DATE, ALTITUDE = "POINT", "EXTENT", "DATE", "ALTITUDE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterPoint(self.POINT, self.tr("Place"), optional=True),
                           "Where to compute the field (any CRS). Leave empty to use the centre of the extent.")
        self.add_parameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Survey extent"), optional=True),
                           "Used when no point is given: the field is computed at its centre.")
        self.add_parameter(QgsProcessingParameterDateTime(self.DATE, self.tr("Survey date"),
                                                          ProcessingDateTimeParameterDataType.Date),
                           "Date of the survey (1900-01-01 to 2030-01-01).")
        self.add_parameter(QgsProcessingParameterNumber(self.ALTITUDE, self.tr("Altitude (m above ellipsoid)"),
                                                        ProcessingNumberParameterType.Double, 0.0,
                                                        minValue=-1000.0, maxValue=1_000_000.0),
                           "Sensor altitude in metres above the WGS84 ellipsoid.")
        for name, label in ((self.INCLINATION, "Inclination (deg)"), (self.DECLINATION, "Declination (deg)"),
                            (self.INTENSITY, "Total intensity (nT)")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    INCLINATION, DECLINATION, INTENSITY = "INCLINATION", "DECLINATION", "INTENSITY"

    def process(self, parameters, context, feedback):
        if parameters.get(self.POINT) not in (None, ""):
            point = self.parameterAsPoint(parameters, self.POINT, context, WGS84)
        elif parameters.get(self.EXTENT) not in (None, ""):
            point = self.parameterAsExtent(parameters, self.EXTENT, context, WGS84).center()
        else:
            raise QgsProcessingException(self.tr("Give a point or an extent: the IGRF needs a place."))
        date = self.parameterAsDateTime(parameters, self.DATE, context).date()
        if not date.isValid():
            raise QgsProcessingException(self.tr("Give the survey date (for example 2019-10-20)."))
        altitude = self.parameterAsDouble(parameters, self.ALTITUDE, context)
        inclination, declination, intensity = self.run_science(
            feedback, igrf.igrf, point.x(), point.y(), altitude, date.toPyDate())
        feedback.pushInfo(self.tr("IGRF-14 at {:.5f} E, {:.5f} N, {} m on {}: I = {:.3f} deg, D = {:.3f} deg, "
                                  "F = {:.1f} nT").format(point.x(), point.y(), altitude, date.toString("yyyy-MM-dd"),
                                                          inclination, declination, intensity))
        return {self.INCLINATION: float(inclination), self.DECLINATION: float(declination),
                self.INTENSITY: float(intensity)}


def utm_crs_for(longitude, latitude):
    """The WGS84 UTM zone CRS containing a place."""
    zone = int(np.clip(np.floor((longitude + 180.0) / 6.0) + 1, 1, 60))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32700 if latitude < 0 else 32600) + zone}")


class CorrectSurveyAlgorithm(LodestoneAlgorithm):
    ALGORITHM_ID = "correctsurvey"
    DISPLAY_NAME = "Correct survey readings"
    GROUP_ID = "magnetics"
    HELP_ANCHOR = "correctsurvey"
    SHORT_HELP = (
        "Turns raw total-field readings into a magnetic anomaly: projects GPS readings to a projected CRS (by "
        "default the UTM zone of the survey), removes the diurnal variation recorded by a base station "
        "(interpolated in time; correction = base reading - base datum, the datum being the median base value "
        "unless given), removes the IGRF-14 main field at each reading's place, date and altitude, and "
        "optionally levels traverse lines to tie lines (a constant shift per line, the median tie-minus-traverse "
        "difference at crossovers). anomaly_nt = reading - diurnal_nt - igrf_nt + level_nt. Readings outside the "
        "base-station record keep an empty anomaly and are counted in the log. Times are ISO 8601 text (UTC "
        "unless an offset is given) or date-time fields."
    )
    INPUT, TIME_FIELD, VALUE_FIELD = "INPUT", "TIME_FIELD", "VALUE_FIELD"
    BASE_STATION, BASE_TIME_FIELD, BASE_VALUE_FIELD = "BASE_STATION", "BASE_TIME_FIELD", "BASE_VALUE_FIELD"
    DIURNAL_DATUM, MAX_BASE_GAP = "DIURNAL_DATUM", "MAX_BASE_GAP"
    REMOVE_IGRF, ALTITUDE = "REMOVE_IGRF", "ALTITUDE"
    LINE_FIELD, TIE_LINES, TIE_DISTANCE = "LINE_FIELD", "TIE_LINES", "TIE_DISTANCE"
    TARGET_CRS, OUTPUT = "TARGET_CRS", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Survey readings"),
                                                               [ProcessingSourceType.VectorPoint]),
                           "Point layer of magnetometer readings (any CRS; GPS lon/lat is usual).")
        self.add_parameter(QgsProcessingParameterField(self.TIME_FIELD, self.tr("Time field"), "time", self.INPUT),
                           "Reading time: ISO 8601 text (UTC unless an offset is given) or a date-time field.")
        self.add_parameter(QgsProcessingParameterField(self.VALUE_FIELD, self.tr("Total field (nT)"), "tmi_nt",
                                                       self.INPUT, ProcessingFieldParameterDataType.Numeric),
                           "Measured total magnetic intensity in nT.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.BASE_STATION, self.tr("Base-station table"),
                                                               [ProcessingSourceType.Vector], optional=True),
                           "Base-station readings (a table: time and total field). Leave empty to skip the "
                           "diurnal correction.")
        self.add_parameter(QgsProcessingParameterField(self.BASE_TIME_FIELD, self.tr("Base-station time field"),
                                                       "time", self.BASE_STATION, optional=True),
                           "Base-station time, same formats as the survey time.")
        self.add_parameter(QgsProcessingParameterField(self.BASE_VALUE_FIELD, self.tr("Base-station field (nT)"),
                                                       "total_field_nt", self.BASE_STATION,
                                                       ProcessingFieldParameterDataType.Numeric, optional=True),
                           "Base-station total field in nT.")
        self.add_parameter(QgsProcessingParameterNumber(self.DIURNAL_DATUM, self.tr("Base-station datum (nT)"),
                                                        ProcessingNumberParameterType.Double, optional=True),
                           "Value subtracted from the base readings; empty = their median.", advanced=True)
        self.add_parameter(QgsProcessingParameterNumber(self.MAX_BASE_GAP, self.tr("Longest base-station gap (s)"),
                                                        ProcessingNumberParameterType.Double, 600.0, minValue=1.0),
                           "Readings inside a longer gap between base readings are left uncorrected (empty).",
                           advanced=True)
        self.add_parameter(QgsProcessingParameterBoolean(self.REMOVE_IGRF, self.tr("Remove the IGRF main field"),
                                                         True),
                           "Subtract the IGRF-14 total intensity at each reading (TMI to anomaly).")
        self.add_parameter(QgsProcessingParameterNumber(self.ALTITUDE, self.tr("Sensor altitude (m above ellipsoid)"),
                                                        ProcessingNumberParameterType.Double, 0.0),
                           "Altitude of the sensor for the IGRF, metres above the WGS84 ellipsoid.")
        self.add_parameter(QgsProcessingParameterField(self.LINE_FIELD, self.tr("Line field"), "line", self.INPUT,
                                                       optional=True),
                           "Survey line identifier; needed for tie-line levelling.")
        self.add_parameter(QgsProcessingParameterString(self.TIE_LINES, self.tr("Tie lines"), optional=True),
                           "Comma-separated line identifiers of the tie lines. Empty = no levelling.", advanced=True)
        self.add_parameter(QgsProcessingParameterDistance(self.TIE_DISTANCE, self.tr("Crossover distance"), 10.0,
                                                          self.INPUT, minValue=0.1),
                           "Readings of a traverse line this close (m) to a tie-line reading form a crossover.",
                           advanced=True)
        self.add_parameter(QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("Output CRS"), optional=True),
                           "Projected CRS of the output; empty = the WGS84 UTM zone of the survey centre.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Corrected readings"),
                                                             ProcessingSourceType.VectorPoint),
                           "The readings in the output CRS with x, y, diurnal_nt, igrf_nt, level_nt and anomaly_nt.")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None or source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The survey layer is empty: there are no readings to correct."))
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        line_field = self.parameterAsString(parameters, self.LINE_FIELD, context)
        lonlat, attributes = self.read_points(source, feedback, source.fields().names(), WGS84, context,
                                              progress_range=(0, 20))
        if feedback.isCanceled():
            return {}
        times = survey.parse_times([_to_python_time(v) for v in attributes[time_field]])
        values = np.array([number_value(v) for v in attributes[value_field]])
        self._report_unusable(feedback, np.isnan(times), "have no readable time")
        self._report_unusable(feedback, np.isnan(values), "have no numeric total field")

        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not target.isValid():
            centre = np.nanmedian(lonlat, axis=0)
            target = utm_crs_for(*centre)
            feedback.pushInfo(self.tr("Output CRS: {} (UTM zone of the survey centre)").format(target.authid()))
        self.require_projected(target, self.tr("The output CRS"))
        to_target = QgsCoordinateTransform(WGS84, target, context.transformContext())
        xy = np.array([(p.x(), p.y()) for p in (to_target.transform(QgsPointXY(*c)) for c in lonlat)])

        diurnal = np.zeros(len(values))
        base = self.parameterAsSource(parameters, self.BASE_STATION, context)
        if base is not None:
            diurnal = self._diurnal(parameters, context, feedback, base, times)
        feedback.setProgress(40)
        main = np.zeros(len(values))
        if self.parameterAsBool(parameters, self.REMOVE_IGRF, context):
            altitude = self.parameterAsDouble(parameters, self.ALTITUDE, context)
            main = self.run_science(feedback, survey.igrf_intensity, lonlat[:, 0], lonlat[:, 1], altitude, times)
        feedback.setProgress(70)
        anomaly = values - diurnal - main
        level = np.zeros(len(values))
        tie_lines = [t.strip() for t in self.parameterAsString(parameters, self.TIE_LINES, context).split(",")
                     if t.strip()]
        if tie_lines:
            if not line_field:
                raise QgsProcessingException(self.tr("Tie-line levelling needs the line field: choose it, or leave "
                                                     "the tie lines empty."))
            lines = np.array([str(v) for v in attributes[line_field]])
            good = np.isfinite(anomaly)
            shifts = self.run_science(feedback, survey.tie_line_levels, xy[good, 0], xy[good, 1], anomaly[good],
                                      lines[good], set(tie_lines),
                                      self.parameterAsDouble(parameters, self.TIE_DISTANCE, context))
            level = np.array([shifts.get(line, 0.0) for line in lines])
            feedback.pushInfo(self.tr("Tie-line levelling shifts (nT): {}").format(
                ", ".join(f"{k}: {v:+.2f}" for k, v in sorted(shifts.items()))))
        anomaly = anomaly + level
        return {self.OUTPUT: self._write(parameters, context, feedback, source, attributes, target, xy,
                                         diurnal, main, level, anomaly)}

    def _report_unusable(self, feedback, bad, why):
        if bad.any():
            feedback.pushWarning(self.tr("{} of {} readings {}; their anomaly is left empty.").format(
                int(bad.sum()), bad.size, why))

    def _diurnal(self, parameters, context, feedback, base, times):
        base_time_field = self.parameterAsString(parameters, self.BASE_TIME_FIELD, context) or "time"
        base_value_field = self.parameterAsString(parameters, self.BASE_VALUE_FIELD, context) or "total_field_nt"
        for name in (base_time_field, base_value_field):
            if base.fields().indexOf(name) < 0:
                raise QgsProcessingException(self.tr("The base-station table has no field '{}'. Choose its time "
                                                     "and total-field fields.").format(name))
        rows = [(f[base_time_field], f[base_value_field]) for f in base.getFeatures()]
        base_times = survey.parse_times([_to_python_time(t) for t, _ in rows])
        base_values = np.array([number_value(v) for _, v in rows])
        datum = parameters.get(self.DIURNAL_DATUM)
        datum = None if datum in (None, "") else self.parameterAsDouble(parameters, self.DIURNAL_DATUM, context)
        diurnal, datum = self.run_science(feedback, survey.diurnal_correction, times, base_times, base_values, datum,
                                          self.parameterAsDouble(parameters, self.MAX_BASE_GAP, context))
        feedback.pushInfo(self.tr("Diurnal correction: base-station datum {:.2f} nT, correction from {:.1f} to "
                                  "{:.1f} nT").format(datum, np.nanmin(diurnal), np.nanmax(diurnal)))
        self._report_unusable(feedback, np.isnan(diurnal) & np.isfinite(times),
                              "fall outside the base-station record (or in a gap in it): extend the base-station "
                              "file to cover them, or they stay uncorrected")
        return diurnal

    def _write(self, parameters, context, feedback, source, attributes, crs, xy, diurnal, main, level, anomaly):
        """The readings with their own attributes ({field: value per reading}) and the added fields."""
        names = source.fields().names()
        fields = QgsFields(source.fields())
        added = ("x", "y", "diurnal_nt", "igrf_nt", "level_nt", "anomaly_nt")
        for name in added:
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The survey layer already has a field '{}'. Rename it: the "
                                                     "corrected layer adds that field.").format(name))
            fields.append(QgsField(name, FIELD_TYPES[float]))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(), crs)
        for i in range(len(xy)):
            if feedback.isCanceled():
                break
            out = QgsFeature(fields)
            numbers = (xy[i, 0], xy[i, 1], diurnal[i], main[i], level[i], anomaly[i])
            out.setAttributes([attributes[name][i] for name in names] +
                              [float(v) if np.isfinite(v) else None for v in numbers])
            out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xy[i, 0], xy[i, 1])))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest_id


class GridSurveyAlgorithm(LodestoneAlgorithm):
    ALGORITHM_ID = "gridsurvey"
    OUTPUT_STYLES = {"OUTPUT": "magnetic_grid"}
    BYTES_PER_CELL = 120  # the minimum-curvature solver and its multigrid levels (measured 100 on Britain at 500 m)
    DISPLAY_NAME = "Grid survey (minimum curvature)"
    GROUP_ID = "magnetics"
    HELP_ANCHOR = "gridsurvey"
    SHORT_HELP = (
        "Grids point readings by minimum curvature with tension (Smith & Wessel 1990, as GMT surface). Cell size "
        "in metres (0 = automatic, a quarter of the line spacing estimated from the line field or the points); "
        "tension 0 gives the smoothest surface, 1 a harmonic one (0.25 suits potential fields). Cells farther than "
        "the blanking distance (m) from any reading are nodata (0 = automatic, 1.5 line spacings). The layer must "
        "be in a projected CRS (run Correct survey readings first for GPS lon/lat)."
    )
    INPUT, VALUE_FIELD, LINE_FIELD, BLOCK_FIELD = "INPUT", "VALUE_FIELD", "LINE_FIELD", "BLOCK_FIELD"
    CELL_SIZE, TENSION, BLANKING_DISTANCE, EXTENT, OUTPUT = (
        "CELL_SIZE", "TENSION", "BLANKING_DISTANCE", "EXTENT", "OUTPUT")
    REQUIRES = ("scipy",)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Readings"),
                                                               [ProcessingSourceType.VectorPoint]),
                           "Point layer in a projected CRS (metres).")
        self.add_parameter(QgsProcessingParameterField(self.VALUE_FIELD, self.tr("Value field"), "anomaly_nt",
                                                       self.INPUT, ProcessingFieldParameterDataType.Numeric),
                           "The value to grid, e.g. anomaly_nt from Correct survey readings.")
        self.add_parameter(QgsProcessingParameterField(self.LINE_FIELD, self.tr("Line field"), None, self.INPUT,
                                                       optional=True),
                           "Survey line identifier, used to estimate the line spacing for the automatic defaults.")
        self.add_parameter(QgsProcessingParameterField(self.BLOCK_FIELD, self.tr("Survey block field"), None,
                                                       self.INPUT, optional=True),
                           "Survey, block or year of each reading, for compilations of several surveys: the line "
                           "spacing is estimated within each block (lines of overlapping surveys do not count as "
                           "neighbours) and reported per block.", advanced=True)
        self.add_parameter(QgsProcessingParameterNumber(self.CELL_SIZE, self.tr("Cell size (m)"),
                                                        ProcessingNumberParameterType.Double, 0.0, minValue=0.0),
                           "Cell size in metres; 0 = a quarter of the line spacing.")
        self.add_parameter(QgsProcessingParameterNumber(self.TENSION, self.tr("Tension"),
                                                        ProcessingNumberParameterType.Double, 0.25, minValue=0.0,
                                                        maxValue=1.0),
                           "0 = minimum curvature, 1 = harmonic surface; 0.25 is usual for potential fields.")
        self.add_parameter(QgsProcessingParameterNumber(self.BLANKING_DISTANCE, self.tr("Blanking distance (m)"),
                                                        ProcessingNumberParameterType.Double, 0.0, minValue=0.0),
                           "Cells farther than this from any reading are nodata; 0 = 1.5 line spacings.")
        self.add_parameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Grid extent"), optional=True),
                           "Extent of the grid; empty = the readings' extent.", advanced=True)
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Grid")),
                           "GeoTIFF grid of the value (float32, nodata where blanked).")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None or source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The readings layer is empty: nothing to grid."))
        self.require_projected(source.sourceCrs(), self.tr("The readings layer"))
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        line_field = self.parameterAsString(parameters, self.LINE_FIELD, context)
        block_field = self.parameterAsString(parameters, self.BLOCK_FIELD, context)
        xy, numbers, labels = self.read_point_columns(parameters, self.INPUT, context, feedback, [value_field],
                                                      [name for name in (line_field, block_field) if name],
                                                      progress_range=(0, 20))
        if feedback.isCanceled():
            return {}
        values = numbers[value_field]
        good = np.isfinite(values) & np.isfinite(xy).all(axis=1)
        if (~good).any():
            feedback.pushWarning(self.tr("{} readings without a value or position were left out.").format(
                int((~good).sum())))
        lines = labels[line_field][good] if line_field else None
        blocks = labels[block_field][good] if block_field else None
        x, y, values = xy[good, 0], xy[good, 1], values[good]
        del xy, numbers, labels  # the grid's memory, not the readings', sets how large a grid fits
        if values.size < 3:
            raise QgsProcessingException(self.tr("Fewer than 3 readings have a value: nothing to grid."))

        spacing = self.run_science(feedback, gridding.estimate_line_spacing, x, y, lines, blocks)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context) or spacing / 4
        blanking = self.parameterAsDouble(parameters, self.BLANKING_DISTANCE, context) or 1.5 * spacing
        feedback.pushInfo(self.tr("Estimated line spacing: {:.1f} m").format(spacing))
        if blocks is not None:
            per_block = self.run_science(feedback, gridding.line_spacing_by_block, x, y, lines, blocks)
            feedback.pushInfo(self.tr("Line spacing per block: {}").format("; ".join(
                f"{name}: {value:.0f} m ({count} lines)" for name, (value, count) in per_block.items())))
        del lines, blocks
        if parameters.get(self.EXTENT) not in (None, ""):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, source.sourceCrs())
            bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        else:
            bounds = (x.min(), y.min(), x.max(), y.max())
        grid = self.check_grid(GridSpec.from_bounds(*bounds, cell), "The survey grid")
        feedback.pushInfo(self.tr("Gridding {} readings onto {} x {} cells of {:.1f} m, tension {:.2f}, blanking "
                                  "{:.0f} m").format(values.size, grid.cols, grid.rows, cell,
                                                     self.parameterAsDouble(parameters, self.TENSION, context),
                                                     blanking))
        result = self.run_science(feedback, gridding.minimum_curvature, x, y, values, grid,
                                  tension=self.parameterAsDouble(parameters, self.TENSION, context),
                                  blanking_distance=blanking, progress_range=(20, 95))
        if result is None:
            return {}
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        return {self.OUTPUT: self.write_raster(output, result, grid, source.sourceCrs(), value_field)}
