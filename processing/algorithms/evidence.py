"""Evidence algorithms: stack layers onto one grid, distance rasters, geochemistry grids and training points.

Science in ``science/stacking.py``, ``geochem.py`` and ``training.py``. Vector layers are reprojected here (QGIS
transforms their features to the grid's CRS); rasters are reprojected by the science with GDAL's warper.
"""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...science.evidence import geochem, stacking, training
from ...science.features import FeatureTable, point_wkt
from ...science.grid import GridSpec
from .. import tiled
from ..base import NODATA, LodestoneAlgorithm, number_parameter, number_value
from ..compat import CrsWktVariant, GeometryType, ProcessingSourceType

_GEOMETRY_TYPES = {GeometryType.Point: "Point", GeometryType.Line: "LineString",
                   GeometryType.Polygon: "Polygon"}


def _wkt(crs):
    """The CRS as WKT that GDAL (and so rasterio) reads."""
    return crs.toWkt(CrsWktVariant.PreferredGdal)


class EvidenceAlgorithm(LodestoneAlgorithm):
    """Reading of reference grids and of vector layers into the science's plain types."""

    GROUP_ID = "evidence"
    REQUIRES = ("scipy", "rasterio")
    REFERENCE = "REFERENCE"

    def vector_layer(self, source, name, crs, context, feedback, field=""):
        """A :class:`stacking.VectorLayer` of a vector layer or feature source, its features in ``crs`` (one entry
        per part; polygons with their holes). When the layer has ``field``, its value for each part is in
        ``categories`` (None for NULL)."""
        geometry_type = _GEOMETRY_TYPES.get(QgsWkbTypes.geometryType(source.wkbType()))
        if geometry_type is None:
            raise QgsProcessingException(self.tr("Layer '{}' has no geometry (it is a table): only point, line and "
                                                 "polygon layers can be used here.").format(name))
        fields = [field] if field and source.fields().indexOf(field) >= 0 else []
        if geometry_type == "Point":
            xy, attributes = self.read_points(source, feedback, fields, crs, context)
            geometries = xy.tolist()
        else:
            geometries, attributes = self.read_geometries(source, feedback, fields, crs, context,
                                                          holes=geometry_type == "Polygon")
        return stacking.VectorLayer(name, geometry_type, geometries, attributes[field] if fields else None,
                                    field if fields else "")

    def write_stack(self, feedback, layers, grid, crs, output, what, **options):
        """:func:`stacking.stack_layers` of ``layers`` on ``grid`` to ``output`` (with ``options``), or tile by tile
        above the tiled-path size (processing/tiled.py), the same raster and sidecar to the bit; ``what`` names the
        grid in the log. None when cancelled."""
        function = stacking.stack_layers
        if tiled.applies(grid.rows * grid.cols):
            function, options = tiled.engine().stack_tiled, {**options, "scheduler": tiled.scheduler()}
            feedback.pushInfo(self.tr("{} x {} {}").format(grid.cols, grid.rows, tiled.describe(what)))
        return self.run_science(feedback, function, layers, grid, _wkt(crs), output, nodata=NODATA,
                                progress_range=(10, 100), **options)

    def add_reference(self, optional=False, help_text=None):
        self.add_parameter(QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference raster"),
                                                             optional=optional),
                           help_text or "The output copies this raster's grid: extent, cell size and CRS (projected, "
                                        "metres).")


class StackEvidenceAlgorithm(EvidenceAlgorithm):
    ALGORITHM_ID = "stackevidence"
    DISPLAY_NAME = "Stack evidence layers"
    HELP_ANCHOR = "stackevidence"
    SHORT_HELP = (
        "Puts any mix of rasters and vector layers onto one grid as a multi-band GeoTIFF, ready for a prospectivity "
        "model; each band's description names it and a sidecar JSON (output.tif.json) records its source, kind, "
        "resampling and units, and the grid. The grid is the REFERENCE raster's, or CELL_SIZE metres over EXTENT in "
        "CRS (projected). Rasters are reprojected: integer bands with at most 32 distinct values are categorical and "
        "resampled by nearest neighbour (classes kept, never blended), other bands bilinearly (list a raster under "
        "'Categorical rasters' to force nearest). Points and lines become the distance (m) from each cell centre to "
        "the nearest feature. Polygons become one band per category of CATEGORY_FIELD (1 inside, 0 outside; where "
        "polygons overlap, the later feature wins) or, for a polygon layer without that field, the signed distance "
        "(m) to their boundary, negative inside. Distances are exact to within half a cell diagonal; features up to a "
        "quarter of the grid's size (or MAX_DISTANCE) beyond its edge count. Cells outside the MASK polygons (for "
        "example the claims) are nodata in every band. Works in row windows, so large grids fit in memory; a grid "
        "above the tiled-path threshold (Processing options) is stacked tile by tile, in QGIS or on a Dask "
        "scheduler, with the same result to the bit.")
    LAYERS, CELL_SIZE, EXTENT, CRS, MASK = "LAYERS", "CELL_SIZE", "EXTENT", "CRS", "MASK"
    CATEGORY_FIELD, CATEGORICAL_RASTERS, MAX_DISTANCE = "CATEGORY_FIELD", "CATEGORICAL_RASTERS", "MAX_DISTANCE"
    OUTPUT, METADATA = "OUTPUT", "METADATA"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterMultipleLayers(self.LAYERS, self.tr("Evidence layers"),
                                                                ProcessingSourceType.MapLayer),
                           "Rasters, point, line and polygon layers, in any CRS; each gives one band or more, in "
                           "this order.")
        self.add_reference(optional=True, help_text="The stack copies this raster's grid (extent, cell size, CRS). "
                                                    "Leave empty to give CELL_SIZE, EXTENT and CRS instead.")
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 0.0, optional=True),
                           "Cell size in metres when there is no reference raster.")
        self.add_parameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True),
                           "Extent of the stack when there is no reference raster.")
        self.add_parameter(QgsProcessingParameterCrs(self.CRS, self.tr("CRS"), optional=True),
                           "Projected CRS of the stack when there is no reference raster; empty = the extent's CRS.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.MASK, self.tr("Mask polygons"),
                                                               [ProcessingSourceType.VectorPolygon], optional=True),
                           "Cells whose centre is outside these polygons (for example the claims) are nodata.")
        self.add_parameter(QgsProcessingParameterString(self.CATEGORY_FIELD, self.tr("Category field (polygons)"),
                                                        optional=True),
                           "Polygon layers with this field become one band per category (1 inside, 0 outside), "
                           "for example the rock unit of a geology map; polygon layers without it become the "
                           "signed distance to their boundary (m, negative inside). Several names separated by "
                           "commas: each polygon layer uses the first it has.")
        self.add_parameter(QgsProcessingParameterMultipleLayers(self.CATEGORICAL_RASTERS,
                                                                self.tr("Categorical rasters"),
                                                                ProcessingSourceType.Raster, optional=True),
                           "Rasters (among the evidence layers) to resample by nearest neighbour whatever their "
                           "data type, such as a classified map stored as floating point.", advanced=True)
        self.add_parameter(number_parameter(self.MAX_DISTANCE, self.tr("Maximum distance (m)"), 0.0, optional=True),
                           "Distances are capped at this many metres; 0 = no cap.", advanced=True)
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Evidence stack")),
                           "Multi-band float32 GeoTIFF (band descriptions name the bands) with a sidecar "
                           "<output>.json.")
        self.addOutput(QgsProcessingOutputFile(self.METADATA, self.tr("Band metadata (JSON)")))

    def stack_grid(self, parameters, context):
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        if reference is not None:
            return self.reference_grid(reference)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        if not cell > 0 or parameters.get(self.EXTENT) in (None, ""):
            raise QgsProcessingException(self.tr("Give a reference raster, or a cell size (m) and an extent."))
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        self.require_projected(crs, self.tr("The stack's CRS"))
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if extent.isEmpty():
            raise QgsProcessingException(self.tr("The extent is empty: draw or choose an extent with an area."))
        return self.check_grid(GridSpec.from_bounds(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                                    extent.yMaximum(), cell), "The evidence stack"), crs

    def science_layers(self, parameters, context, feedback, crs):
        category_fields = [name.strip() for name in
                           self.parameterAsString(parameters, self.CATEGORY_FIELD, context).split(",") if name.strip()]
        categorical = {layer.id() for layer in self.parameterAsLayerList(parameters, self.CATEGORICAL_RASTERS,
                                                                            context)}
        layers = []
        for layer in self.parameterAsLayerList(parameters, self.LAYERS, context):
            if isinstance(layer, QgsRasterLayer):
                if layer.providerType() != "gdal":
                    raise QgsProcessingException(self.tr("Raster '{}' is not a file ({} layer): save it as a GeoTIFF "
                                                         "first.").format(layer.name(), layer.providerType()))
                if not layer.crs().isValid():
                    raise QgsProcessingException(self.tr("Raster '{}' has no CRS: set it (Layer Properties > "
                                                         "Source).").format(layer.name()))
                layers.append(stacking.RasterLayer(layer.name(), layer.source(), _wkt(layer.crs()),
                                                   categorical=True if layer.id() in categorical else None))
            elif isinstance(layer, QgsVectorLayer):
                if not layer.crs().isValid():
                    raise QgsProcessingException(self.tr("Layer '{}' has no CRS: set it (Layer Properties > "
                                                         "Source).").format(layer.name()))
                field = next((name for name in category_fields if layer.fields().indexOf(name) >= 0), "")
                if QgsWkbTypes.geometryType(layer.wkbType()) != GeometryType.Polygon:
                    field = ""  # the category field applies to polygon layers only
                layers.append(self.vector_layer(layer, layer.name(), crs, context, feedback, field))
            else:
                raise QgsProcessingException(self.tr("Layer '{}' is neither a raster nor a vector layer.").format(
                    layer.name()))
        return layers

    def process(self, parameters, context, feedback):
        grid, crs = self.stack_grid(parameters, context)
        layers = self.science_layers(parameters, context, feedback, crs)
        mask = None
        mask_source = self.parameterAsSource(parameters, self.MASK, context)
        if mask_source is not None:
            mask = self.vector_layer(mask_source, mask_source.sourceName(), crs, context, feedback).geometries
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context) or None
        feedback.pushInfo(self.tr("Stacking {} layers onto {} x {} cells of {:g} x {:g} m").format(
            len(layers), grid.cols, grid.rows, grid.cell_x, grid.cell_y))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.write_stack(feedback, layers, grid, crs, output, self.tr("stack"), mask=mask,
                                  max_distance=max_distance)
        if result is None:
            return {}
        for i, band in enumerate(result.bands, start=1):
            feedback.pushInfo(self.tr("Band {}: {} ({}, {}, {})").format(i, band.name, band.kind, band.resampling,
                                                                        band.units))
        if mask is not None:
            feedback.pushInfo(self.tr("{} cells outside the mask are nodata.").format(result.masked_cells))
        return {self.OUTPUT: output, self.METADATA: result.sidecar_path}


class DistanceRasterAlgorithm(EvidenceAlgorithm):
    ALGORITHM_ID = "distanceraster"
    DISPLAY_NAME = "Distance raster"
    HELP_ANCHOR = "distanceraster"
    SHORT_HELP = (
        "Distance in metres from each cell centre of the REFERENCE grid to the nearest feature of INPUT: points and "
        "lines give the distance to the nearest feature; polygons the signed distance to their boundary, negative "
        "inside. Exact to within half a cell diagonal (Euclidean distance transform of the rasterised features). "
        "Features up to a quarter of the grid's size (or MAX_DISTANCE) beyond its edge count; MAX_DISTANCE caps the "
        "values. A sidecar JSON (output.tif.json) records the units. A grid above the tiled-path size (Processing "
        "options) is made tile by tile, the same raster to the bit.")
    INPUT, MAX_DISTANCE, OUTPUT = "INPUT", "MAX_DISTANCE", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Features"),
                                                               [ProcessingSourceType.VectorAnyGeometry]),
                           "Points, lines or polygons, in any CRS (for example roads, faults or showings).")
        self.add_reference()
        self.add_parameter(number_parameter(self.MAX_DISTANCE, self.tr("Maximum distance (m)"), 0.0, optional=True),
                           "Distances are capped at this many metres; 0 = no cap.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Distance")),
                           "Distance in metres (float32 GeoTIFF); negative inside polygons.")

    def process(self, parameters, context, feedback):
        grid, crs = self.reference_grid(self.parameterAsRasterLayer(parameters, self.REFERENCE, context))
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The feature layer could not be read."))
        layer = self.vector_layer(source, source.sourceName(), crs, context, feedback)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.write_stack(feedback, [layer], grid, crs, output, self.tr("grid"),
                                  max_distance=self.parameterAsDouble(parameters, self.MAX_DISTANCE, context) or None)
        return {} if result is None else {self.OUTPUT: output}


METHODS = (("inverse distance", "idw"), ("radial basis function (thin-plate spline)", "rbf"))


class InterpolatePointsAlgorithm(EvidenceAlgorithm):
    ALGORITHM_ID = "interpolatepoints"
    DISPLAY_NAME = "Interpolate geochemistry"
    HELP_ANCHOR = "interpolatepoints"
    REQUIRES = ("scipy",)
    SHORT_HELP = (
        "Soil or rock geochemistry to a grid. VALUE_FIELD may hold numbers or laboratory text: '<5' (below the "
        "detection limit of 5, or -5) counts as half the limit, 2.5; '>10000' as the limit; blanks and other text "
        "are skipped; the log lists how many of each. METHOD: inverse distance (weights 1/distance^POWER over the "
        "nearest 64 samples within SEARCH_RADIUS) or a thin-plate-spline radial basis function (smooth, exact at the "
        "samples). Cells with no sample within SEARCH_RADIUS metres are nodata (0 = three times the median spacing "
        "between neighbouring samples). With LOG_TRANSFORM the values are log10-transformed first and the output is "
        "in log10 units (1 = 10, 2 = 100 in the field's units): use it for gold and pathfinders, which are "
        "log-normal. The grid is the REFERENCE raster's, or CELL_SIZE metres over the samples' extent.")
    INPUT, VALUE_FIELD, METHOD, LOG_TRANSFORM = "INPUT", "VALUE_FIELD", "METHOD", "LOG_TRANSFORM"
    SEARCH_RADIUS, POWER, CELL_SIZE, OUTPUT = "SEARCH_RADIUS", "POWER", "CELL_SIZE", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Samples"),
                                                               [ProcessingSourceType.VectorPoint]),
                           "Soil or rock samples (points).")
        self.add_parameter(QgsProcessingParameterField(self.VALUE_FIELD, self.tr("Value field"), None, self.INPUT),
                           "The assay to grid, as numbers or as the laboratory reports it ('<5', '>10000').")
        self.add_parameter(QgsProcessingParameterEnum(self.METHOD, self.tr("Method"), [m for m, _ in METHODS],
                                                      defaultValue=0),
                           "Inverse distance (robust, fast, never overshoots the data) or radial basis function "
                           "(smoother, may overshoot between samples, much slower on large grids).")
        self.add_parameter(QgsProcessingParameterBoolean(self.LOG_TRANSFORM, self.tr("Log10 transform"), True),
                           "Interpolate log10 of the values; the output is then in log10 units.")
        self.add_parameter(number_parameter(self.SEARCH_RADIUS, self.tr("Search radius (m)"), 0.0),
                           "Cells with no sample within this distance are nodata; 0 = 3 x the median spacing "
                           "between neighbouring samples.")
        self.add_parameter(number_parameter(self.POWER, self.tr("Power (inverse distance)"), 2.0, 0.1, 10.0),
                           "Exponent of the inverse-distance weights; 2 is usual, higher = more local.",
                           advanced=True)
        self.add_reference(optional=True, help_text="The output copies this raster's grid (for example the evidence "
                                                    "stack's); leave empty to use CELL_SIZE over the samples.")
        self.add_parameter(number_parameter(self.CELL_SIZE, self.tr("Cell size (m)"), 0.0),
                           "Cell size in metres without a reference raster; 0 = half the median spacing between "
                           "neighbouring samples.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Interpolated grid")),
                           "Float32 GeoTIFF in the field's units, or log10 units with LOG_TRANSFORM.")

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The sample layer could not be read."))
        field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        if reference is not None:
            grid, crs = self.reference_grid(reference)
        else:
            crs = source.sourceCrs()
            self.require_projected(crs, self.tr("The sample layer"))
        has_field = source.fields().indexOf(field) >= 0
        xy, attributes = self.read_points(source, feedback, [field] if has_field else [], crs, context)
        if not len(xy):
            raise QgsProcessingException(self.tr("The sample layer has no points: nothing to interpolate."))
        if not has_field:
            raise QgsProcessingException(self.tr("The sample layer has no field '{}'.").format(field))
        raw = attributes[field]
        lab = geochem.parse_lab_values(raw)
        feedback.pushInfo(self.tr("{} samples: {} below detection (set to half the limit), {} above the upper limit "
                                  "(set to the limit), {} skipped").format(len(raw), lab.below_detection,
                                                                           lab.above_limit, lab.skipped))
        if lab.skipped:
            feedback.pushWarning(self.tr("Skipped values without a number, for example: {}").format(
                ", ".join(lab.skipped_examples)))
        if not lab.valid.any():
            raise QgsProcessingException(self.tr("No sample has a usable value in '{}': check that the field holds "
                                                 "numbers such as 12, '<5' or '>10000'.").format(field))
        xy = xy[lab.valid]
        values = lab.values[lab.valid]
        if reference is None:
            cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
            if not cell > 0:
                cell = self.run_science(feedback, geochem.median_spacing, xy[:, 0], xy[:, 1]) / 2
                feedback.pushInfo(self.tr("Cell size: {:.1f} m (half the median sample spacing)").format(cell))
            grid = self.check_grid(GridSpec.from_bounds(xy[:, 0].min() - cell, xy[:, 1].min() - cell,
                                                        xy[:, 0].max() + cell, xy[:, 1].max() + cell, cell),
                                   "The interpolated grid")
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)][1]
        log = self.parameterAsBool(parameters, self.LOG_TRANSFORM, context)
        radius = self.parameterAsDouble(parameters, self.SEARCH_RADIUS, context) or None
        result = self.run_science(feedback, geochem.interpolate, xy[:, 0], xy[:, 1], values, grid, method=method,
                                  search_radius=radius, power=self.parameterAsDouble(parameters, self.POWER, context),
                                  log_transform=log, progress_range=(10, 95))
        if result is None:
            return {}
        description = f"log10({field})" if log else field
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        return {self.OUTPUT: self.write_raster(output, result, grid, crs, f"{description} ({method})")}


class TrainingPointsAlgorithm(EvidenceAlgorithm):
    ALGORITHM_ID = "trainingpoints"
    DISPLAY_NAME = "Training points"
    HELP_ANCHOR = "trainingpoints"
    REQUIRES = ()
    SHORT_HELP = (
        "Labelled points for a prospectivity model: POSITIVES (drill intercepts, showings, any point layers of known "
        "gold) get label 1, NEGATIVES (barren drill holes) label 0; everything else stays unlabelled. Points are "
        "merged to one per cell of the REFERENCE grid, at the cell centre, so densely sampled spots do not count "
        "many times: a positive cell's weight is the largest WEIGHT_FIELD value merged into it (for intercepts, "
        "grade x thickness in g/t x m; 1 without a weight field); a negative in a cell with a positive is dropped. "
        "Output fields: label (1/0), weight, merged (how many input points the point stands for). The log reports "
        "the points merged, dropped and outside the grid.")
    POSITIVES, WEIGHT_FIELD, NEGATIVES, OUTPUT = "POSITIVES", "WEIGHT_FIELD", "NEGATIVES", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterMultipleLayers(self.POSITIVES, self.tr("Positive points"),
                                                                ProcessingSourceType.VectorPoint),
                           "One or more point layers of known gold: intercepts, showings, occurrences.")
        self.add_parameter(QgsProcessingParameterString(self.WEIGHT_FIELD, self.tr("Weight field"), optional=True),
                           "Numeric field of the positive layers used as weight (for example grade x thickness); "
                           "layers without it, or no field, weigh 1. Points with no value in it are left out.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.NEGATIVES, self.tr("Negative points"),
                                                               [ProcessingSourceType.VectorPoint], optional=True),
                           "Barren drill holes (collars or traces' mid points): true negatives.")
        self.add_reference(help_text="The grid whose cells the points are merged into: normally the evidence stack.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Training points"),
                                                             ProcessingSourceType.VectorPoint),
                           "Points at cell centres with label (1 gold, 0 barren), weight and merged.")

    def points(self, source, name, crs, context, feedback, weight_field=""):
        """Coordinates (in ``crs``) and weights (None without ``weight_field``) of a point layer; points without a
        usable weight are left out, with a warning."""
        has_field = bool(weight_field) and source.fields().indexOf(weight_field) >= 0
        xy, attributes = self.read_points(source, feedback, [weight_field] if has_field else [], crs, context)
        if not weight_field:
            return xy, None
        if not has_field:
            feedback.pushWarning(self.tr("Layer '{}' has no field '{}': its points weigh 1.").format(
                name, weight_field))
            return xy, None
        weights = np.array([number_value(value) for value in attributes[weight_field]])
        usable = np.isfinite(weights)
        if (~usable).any():
            feedback.pushWarning(self.tr("Layer '{}': {} points without a number in '{}' were left out.").format(
                name, int((~usable).sum()), weight_field))
        return xy[usable], weights[usable]

    def process(self, parameters, context, feedback):
        grid, crs = self.reference_grid(self.parameterAsRasterLayer(parameters, self.REFERENCE, context))
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context).strip()
        positives = [self.points(layer, layer.name(), crs, context, feedback, weight_field)
                     for layer in self.parameterAsLayerList(parameters, self.POSITIVES, context)]
        negatives = None
        negative_source = self.parameterAsSource(parameters, self.NEGATIVES, context)
        if negative_source is not None:
            negatives, _ = self.points(negative_source, negative_source.sourceName(), crs, context, feedback)
        result = self.run_science(feedback, training.training_points, positives, grid, negatives)
        feedback.pushInfo(self.tr("{} training points ({} positive, {} negative); {} points merged into another "
                                  "point of their cell, {} negatives dropped in positive cells, {} points outside "
                                  "the grid").format(len(result), int(result.label.sum()),
                                                     int((result.label == 0).sum()), result.merged_away,
                                                     result.negatives_dropped, result.outside))
        table = FeatureTable("training_points", "Point", 0, {"label": int, "weight": float, "merged": int})
        for x, y, label, weight, merged in zip(result.x, result.y, result.label, result.weight, result.merged):
            table.add({"label": int(label), "weight": float(weight), "merged": int(merged)}, point_wkt(x, y))
        return {self.OUTPUT: self.write_table(table, parameters, self.OUTPUT, context, feedback, crs)}
