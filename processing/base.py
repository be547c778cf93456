"""The shared base of every Lodestone Processing algorithm: metadata, help, dependency checks, raster and
feature I/O, progress and cancel. Algorithms stay thin: parameters in, call the science, outputs out."""
import configparser
import importlib.util
import math
import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl, QUrlQuery, QVariant

from ..science.grid import GridSpec
from ..science.progress import Cancelled
from . import tiled
from .compat import FIELD_TYPES, GeometryType, ProcessingNumberParameterType, ProcessingParameterFlag, WkbType
from .safety import StagedOutputs, check_grid_memory, open_gdal, output_problem, quiet_raster_layer
from .styles import attach_styles


def _metadata_value(key):
    """A value of the plugin's metadata.txt ([general] section): the one place the project's URLs are kept."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(Path(__file__).resolve().parent.parent / "metadata.txt", encoding="utf-8")
    return metadata["general"][key]


REPOSITORY_URL = _metadata_value("repository")
HELP_BASE_URL = f"{REPOSITORY_URL}/blob/main/docs/algorithms/"
NODATA = -99999.0

GEOTIFF_OPTIONS = ("TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3", "NUM_THREADS=ALL_CPUS",
                   "BIGTIFF=IF_SAFER")
"""How every raster output is written: 256 x 256 tiles, DEFLATE at level 1 with the floating-point predictor,
compressed on every core, BigTIFF only past 4 GB. Chosen on the seven 4096 x 4096 float32 outputs of
``magnetictransforms`` (GDAL 3.6, 2 cores shared with another job; seconds for all seven, best of 3 in each of two
sessions, and MB): DEFLATE level 6 on one thread (what was used before) 7.1-7.4 s, 271 MB; level 6 on both cores
4.0-7.8 s, 271 MB; level 1 on both cores 2.3-3.5 s, 276 MB; ZSTD level 1 on both cores 1.1-1.5 s, 276 MB; LZW
2.4 s, 362 MB; uncompressed 0.4 s, 448 MB (512-pixel tiles: no faster). ZSTD would save another second or so for
the same size, but DEFLATE is read by every GeoTIFF reader, and ZSTD only by GDAL or libtiff builds that have it
(several GIS and geophysics packages lack it): level 1 DEFLATE gets most of the gain and stays readable anywhere.
No overviews: QGIS draws a 4096 x 4096 grid without them, and building them would cost another pass over every
output."""

WRITE_ROWS = 512
"""Rows handed to GDAL at a time (whole rows of tiles; a block needing NaN replaced is copied, not the grid)."""

GROUPS = {
    "magnetics": "Magnetics",
    "structure": "Structure",
    "evidence": "Evidence",
    "prospectivity": "Prospectivity",
    "logistics": "Logistics",
    "workflows": "Workflows",
}

# Python module -> (package name users know, its pip name, its Debian package)
DEPENDENCIES = {
    "scipy": ("SciPy", "scipy", "python3-scipy"),
    "rasterio": ("rasterio", "rasterio", "python3-rasterio"),
    "sklearn": ("scikit-learn", "scikit-learn", "python3-sklearn"),
}

_GEOMETRY_TYPES = {"Point": WkbType.Point, "LineString": WkbType.LineString,
                   "Polygon": WkbType.Polygon, None: WkbType.NoGeometry,
                   "PointZ": WkbType.PointZ, "LineStringZ": WkbType.LineStringZ,
                   "MultiPolygon": WkbType.MultiPolygon}


def _plain(value):
    """numpy scalars to Python values (QGIS attributes take Python types only)."""
    return value.item() if isinstance(value, np.generic) else value


def attribute_value(value):
    """A QGIS attribute as a Python value, NULL as None."""
    return None if value is None or (isinstance(value, QVariant) and value.isNull()) else value


def number_value(value):
    """A QGIS attribute as a float, NaN when it is NULL or not a number."""
    try:
        return float(attribute_value(value))
    except (TypeError, ValueError):
        return np.nan


def xy_array(points):
    """The (x, y) of QGIS points (a ring's or line's ``points()``) as a (k, 2) float array, in their CRS's units."""
    return np.array([(p.x(), p.y()) for p in points], dtype=float).reshape(-1, 2)


def _point_rows(geometry, centroids):
    """The (x, y) rows :meth:`LodestoneAlgorithm.read_points` makes of one geometry."""
    if centroids:
        point = geometry.centroid()
        if geometry.type() == GeometryType.Polygon and not geometry.contains(point):
            point = geometry.pointOnSurface()
        point = point.asPoint()
        return [(point.x(), point.y())]
    if geometry.isMultipart() or geometry.type() != GeometryType.Point:
        return [(vertex.x(), vertex.y()) for vertex in geometry.vertices()]
    point = geometry.constGet()
    return [(point.x(), point.y())]


def _part_vertices(part, holes):
    """A line part's (k, 2) vertices; a polygon part's exterior ring, or with ``holes`` the list of its rings
    (exterior first, then the holes); None for a part of fewer than 2 vertices."""
    if part.isEmpty():
        return None
    if not hasattr(part, "exteriorRing"):
        line = xy_array(part.points())
        return line if len(line) >= 2 else None
    exterior = xy_array(part.exteriorRing().points())
    if len(exterior) < 2:
        return None
    if not holes:
        return exterior
    return [exterior] + [xy_array(part.interiorRing(i).points()) for i in range(part.numInteriorRings())]


def missing_modules(modules):
    """The modules in ``modules`` that cannot be imported here."""
    return [m for m in modules if importlib.util.find_spec(m) is None]


def number_parameter(name, label, default, minimum=0.0, maximum=1e12, optional=False, integer=False):
    """A numeric Processing parameter (a double unless ``integer``), bounded to [minimum, maximum]."""
    kind = ProcessingNumberParameterType.Integer if integer else ProcessingNumberParameterType.Double
    return QgsProcessingParameterNumber(name, label, kind, default, optional, minimum, maximum)


def install_hint(module, platform=None, executable=None):
    """The package behind ``module`` and the one command that installs it for the Python running QGIS here:
    Debian's package where QGIS uses the system Python of a Debian-like Linux, else pip run by QGIS's own Python
    (in the OSGeo4W Shell on Windows). The plugin's requirements.txt lists the same packages for installer
    plugins such as QPIP."""
    platform = sys.platform if platform is None else platform
    executable = sys.executable if executable is None else executable
    package, pip_name, debian = DEPENDENCIES.get(module, (module, module, None))
    if platform.startswith("linux") and debian and executable.startswith("/usr/bin/"):
        command = f"sudo apt install {debian}"
    elif platform == "win32":
        command = f"in the OSGeo4W Shell: python -m pip install {pip_name}"
    else:
        command = f'"{executable}" -m pip install {pip_name}'
    return f"{package} ({command})"


class LodestoneAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALGORITHM_ID``, ``DISPLAY_NAME``, ``GROUP_ID``, ``SHORT_HELP``, ``HELP_ANCHOR`` and
    ``REQUIRES`` (Python modules beyond numpy) and ``OUTPUT_STYLES`` ({output name: style in resources/styles} for
    outputs Processing loads) and ``BYTES_PER_CELL`` (memory a grid cell of the run needs, for :meth:`check_grid`),
    and implement ``initAlgorithm`` and ``process`` (called by ``processAlgorithm`` with the file outputs staged under
    temporary names, see ``safety.py``)."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "workflows"
    SHORT_HELP = ""
    HELP_ANCHOR = ""
    REQUIRES = ()
    OUTPUT_STYLES = {}
    BYTES_PER_CELL = 64

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(GROUPS[self.GROUP_ID])

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self):  # noqa: N802
        return self.tr(self.SHORT_HELP)

    def helpUrl(self):  # noqa: N802
        return f"{HELP_BASE_URL}{self.GROUP_ID}.md#{self.HELP_ANCHOR or self.ALGORITHM_ID}"

    def createInstance(self):  # noqa: N802
        return type(self)()

    def canExecute(self):  # noqa: N802
        missing = missing_modules(self.REQUIRES)
        if missing:
            return False, self.tr("This algorithm needs {}. Install it, then restart QGIS.").format(
                "; ".join(install_hint(m) for m in missing))
        return True, ""

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Numbers in range and fields that exist (each named with what is allowed), outputs that neither replace
        an input nor misname their format, then QGIS's own checks. QGIS 3.22 refuses a field parameter left out
        even when it has a default (later versions take the default): the field defaults are filled in first."""
        filled = dict(parameters)
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterField) and definition.defaultValue() is not None:
                filled.setdefault(definition.name(), definition.defaultValue())
            if definition.type() in ("raster", "multilayer"):  # loaded quietly before QGIS's checks load them
                value = parameters.get(definition.name())
                for item in value if isinstance(value, (list, tuple)) else [value]:
                    quiet_raster_layer(item, context)
        message = (self._range_problem(filled) or self._field_problem(parameters, context)
                   or output_problem(self, filled))
        if message:
            return False, message
        return super().checkParameterValues(filled, context)

    def _range_problem(self, parameters):
        """A message naming a number outside its parameter's range, or ""."""
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if not isinstance(definition, QgsProcessingParameterNumber) or value in (None, ""):
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                return f"{definition.name()} must be a number, got '{value}'."
            low, high = definition.minimum(), definition.maximum()
            if not low <= number <= high or math.isnan(number):
                bound = f"at least {low:g}" if high >= 1e12 else f"between {low:g} and {high:g}"
                return f"{definition.name()} ({definition.description()}) must be {bound}, got {number:g}."
        return ""

    def _field_problem(self, parameters, context):
        """A message naming a field given in ``parameters`` that its layer does not have, with the fields it has, or
        "". Fields left to their defaults are not checked here: each algorithm says what it does without them."""
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if not isinstance(definition, QgsProcessingParameterField) or value in (None, "", []):
                continue
            parent = definition.parentLayerParameterName()
            layer = self.parameterAsVectorLayer(parameters, parent, context) if parent else None
            if layer is None:
                continue
            names = layer.fields().names()
            for field in value if isinstance(value, (list, tuple)) else [value]:
                if field and field not in names:
                    return (f"{definition.name()}: the layer given as {parent} has no field '{field}'. Its fields: "
                            f"{', '.join(names) or 'none'}.")
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run :meth:`process` with the file outputs staged beside their targets; move them into place only when
        it completes, delete them when it fails or is cancelled. Unexpected errors become a message, never a
        traceback."""
        staged = StagedOutputs(self, parameters)
        try:
            results = self.process(staged.parameters, context, feedback)
        except QgsProcessingException:
            staged.discard()
            if feedback.isCanceled():  # a reader stopped early and the run went on with part of the data
                raise QgsProcessingException(self.tr("Cancelled: no output was written.")) from None
            raise
        except Cancelled:
            staged.discard()
            raise QgsProcessingException(self.tr("Cancelled: no output was written.")) from None
        except MemoryError:
            staged.discard()
            raise QgsProcessingException(self.tr("Out of memory: use a larger cell size or a smaller extent.")
                                         ) from None
        except Exception as error:  # a bug of ours: say so, with what the user can report
            staged.discard()
            raise QgsProcessingException(self.tr(
                "Lodestone failed unexpectedly ({}: {}). Nothing was written. Please report it with the input that "
                "caused it.").format(type(error).__name__, error)) from None
        if feedback.isCanceled():
            staged.discard()
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))
        return staged.commit(results or {}, context)

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def parameterAsRasterLayer(self, parameters, name, context):  # noqa: N802 (QGIS API)
        """As QGIS's, but a raster file is read without leaving an ``.aux.xml`` beside it (``safety.py``)."""
        layer = quiet_raster_layer(parameters.get(name), context)
        return layer if layer is not None else super().parameterAsRasterLayer(parameters, name, context)

    def parameterAsLayerList(self, parameters, name, context):  # noqa: N802 (QGIS API)
        """As QGIS's, with raster files read as :meth:`parameterAsRasterLayer` reads them."""
        value = parameters.get(name)
        items = value if isinstance(value, (list, tuple)) else [value] if isinstance(value, str) else None
        if not items:
            return super().parameterAsLayerList(parameters, name, context)
        layers = []
        for item in items:
            layer = quiet_raster_layer(item, context)
            layers += [layer] if layer is not None else super().parameterAsLayerList({name: [item]}, name, context)
        return layers

    def check_grid(self, grid, what):
        """``grid`` (a :class:`GridSpec`), refused if the run would not fit in memory on it (see
        ``safety.check_grid_memory``; ``BYTES_PER_CELL`` is the run's memory per cell), naming a cell size that
        fits."""
        check_grid_memory(grid.rows, grid.cols, self.BYTES_PER_CELL, grid.cell_x, self.tr(what))
        return grid

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Outputs that Processing loads into a project get their Lodestone style (see ``styles.py``)."""
        attach_styles(self.OUTPUT_STYLES, context)
        return {}

    def add_parameter(self, parameter, help_text, advanced=False):
        """Add a parameter with its help text (shown in the dialog and by ``qgis_process help``)."""
        parameter.setHelp(self.tr(help_text))
        if advanced:
            parameter.setFlags(parameter.flags() | ProcessingParameterFlag.Advanced)
        self.addParameter(parameter)

    def optional_number(self, parameters, name, context):
        """A number parameter's value, or None when it is left empty."""
        value = parameters.get(name)
        return None if value is None or value == "" else self.parameterAsDouble(parameters, name, context)

    def run_science(self, feedback, function, *args, progress_range=None, **kwargs):
        """Call a science function, turning its ValueError into a Processing error with the same message.

        With ``progress_range=(start, end)`` the function gets a ``progress`` callback that maps its fraction onto
        that part of the progress bar and stops it when the user cancels. Returns None if cancelled.
        """
        if progress_range is not None:
            start, end = progress_range

            def progress(fraction):
                feedback.setProgress(start + fraction * (end - start))
                return not feedback.isCanceled()

            kwargs["progress"] = progress
        try:
            return function(*args, **kwargs)
        except Cancelled:
            return None  # processAlgorithm sees the cancelled feedback and discards the outputs
        except ValueError as error:
            raise QgsProcessingException(str(error)) from None

    def require_projected(self, crs, what):
        """Refuse a layer in a geographic CRS: filters and distances need metres."""
        if not crs.isValid():
            raise QgsProcessingException(self.tr("{} has no coordinate reference system. Set its CRS (Layer "
                                                 "Properties > Source) to the projected CRS it is in.").format(what))
        if crs.isGeographic():
            raise QgsProcessingException(self.tr(
                "{} is in a geographic CRS ({}, degrees), but this tool works in metres. Reproject it to a projected "
                "CRS first, for example the UTM zone of the survey (Raster > Projections > Warp for a grid, "
                "Vector > Data Management Tools > Reproject Layer for points), then run this tool on the "
                "result.").format(what, crs.authid()))

    def tiled_destinations(self, parameters, context, feedback, wanted, layer, what):
        """On the tiled path (processing/tiled.py): {science name: path} of the destinations set among ``wanted``
        ({output parameter: science name}), refused unless GeoTIFF (tiles are written into it in place); logs the
        size of ``layer`` and where the tiles run, ``what`` naming its cells."""
        paths = {key: self.parameterAsOutputLayer(parameters, name, context) for name, key in wanted.items()}
        paths = {key: path for key, path in paths.items() if path}
        not_tiff = [path for path in paths.values() if not path.lower().endswith((".tif", ".tiff"))]
        if not_tiff:
            raise QgsProcessingException(self.tr(
                "A grid this large is written tile by tile, as GeoTIFF only: save {} as .tif.").format(
                    ", ".join(not_tiff)))
        feedback.pushInfo(self.tr("{} x {} {}").format(layer.width(), layer.height(), tiled.describe(what)))
        return paths

    # ------------------------------------------------------------------------------------------------------------
    # Rasters

    def reference_grid(self, layer, what="The reference raster"):
        """The :class:`GridSpec` and CRS of a raster layer (refused if geographic or rotated)."""
        if layer is None:
            raise QgsProcessingException(self.tr("No reference raster was given, or it could not be loaded."))
        self.require_projected(layer.crs(), what)
        dataset = open_gdal(layer.source())
        if dataset is None:
            raise QgsProcessingException(self.tr("Cannot open the raster '{}'. Check that the file exists and is a "
                                                 "raster GDAL can read.").format(layer.source()))
        try:
            grid = GridSpec.from_geotransform(dataset.GetGeoTransform(), dataset.RasterYSize, dataset.RasterXSize)
        except ValueError as error:
            raise QgsProcessingException(f"{layer.name()}: {error}") from None
        return grid, layer.crs()

    def read_raster(self, layer, band=1):
        """A raster layer's band as float64 with NaN for nodata, its :class:`GridSpec` and its CRS."""
        if layer is None:
            raise QgsProcessingException(self.tr("No input raster was given, or it could not be loaded."))
        dataset = open_gdal(layer.source())
        try:
            gdal_band = None if dataset is None else dataset.GetRasterBand(band)
            values = None if gdal_band is None else gdal_band.ReadAsArray()
        except RuntimeError:  # GDAL with exceptions on
            values = None
        if values is None:
            raise QgsProcessingException(self.tr("Cannot open raster '{}'. Check that the file exists and is a "
                                                 "raster GDAL can read.").format(layer.source()))
        values = values.astype(np.float64)
        nodata = gdal_band.GetNoDataValue()
        if nodata is not None and not math.isnan(nodata):
            values[values == nodata] = np.nan
        try:
            grid = GridSpec.from_geotransform(dataset.GetGeoTransform(), dataset.RasterYSize, dataset.RasterXSize)
        except ValueError as error:
            raise QgsProcessingException(f"{layer.name()}: {error}") from None
        return values, grid, layer.crs()

    def write_raster(self, path, values, grid, crs, description=None):
        """Write a float32 GeoTIFF (:data:`GEOTIFF_OPTIONS`: tiled, DEFLATE with the float predictor on every core,
        NaN stored as nodata). Returns ``path``.

        ``values`` go to GDAL as they are, :data:`WRITE_ROWS` rows at a time (GDAL rounds float64 to float32 as
        numpy does); only a block holding NaN or infinities, or of another type, is copied, as float32 with
        :data:`NODATA` in those cells. No full-size copy is made."""
        driver = gdal.GetDriverByName("GTiff")
        try:  # GDAL returns None or raises, depending on its version and UseExceptions()
            dataset = driver.Create(path, grid.cols, grid.rows, 1, gdal.GDT_Float32, options=list(GEOTIFF_OPTIONS))
        except RuntimeError:
            dataset = None
        if dataset is None:
            raise QgsProcessingException(self.tr("Cannot write the raster '{}': check the folder exists and is "
                                                 "writable.").format(path))
        dataset.SetGeoTransform(grid.geotransform)
        dataset.SetProjection(crs.toWkt())
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        if description:
            band.SetDescription(description)
        values = np.asarray(values)
        for start in range(0, grid.rows, WRITE_ROWS):
            block = values[start : start + WRITE_ROWS]
            finite = np.isfinite(block)
            if block.dtype not in (np.float32, np.float64) or not finite.all():
                block = np.where(finite, block, NODATA).astype(np.float32, copy=False)
            try:
                failed = band.WriteArray(np.ascontiguousarray(block), 0, start)
            except RuntimeError:
                failed = True
            if failed:
                dataset = None
                raise QgsProcessingException(self.tr("Writing the raster '{}' failed: check the disk has space."
                                                     ).format(path))
        dataset.FlushCache()
        dataset = None
        return path

    # ------------------------------------------------------------------------------------------------------------
    # Features

    def read_features(self, source, feedback, fields=(), crs=None, context=None, progress_range=None):
        """Yield (feature, geometry, values) for each feature of ``source`` (a layer or feature source) that has a
        geometry: the geometry in ``crs`` if given (transformed with the ``context``'s transform context; a source
        without a CRS is taken to be in ``crs`` already), else in the source's CRS, curves made straight segments;
        ``values`` the named ``fields``' attributes, NULL as None. Features with a NULL or empty geometry are left
        out and a warning says how many. Stops early when the user cancels; with ``progress_range=(start, end)``
        the progress bar moves from start to end (%) while reading."""
        indices = [source.fields().lookupField(name) for name in fields]
        if -1 in indices:
            raise QgsProcessingException(self.tr("'{}' has no field '{}'.").format(
                source.sourceName(), fields[indices.index(-1)]))
        request = QgsFeatureRequest().setSubsetOfAttributes(indices)
        if crs is not None:
            request.setDestinationCrs(crs, context.transformContext())
        may_curve = QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Point
        total, skipped = max(1, source.featureCount()), 0
        for count, feature in enumerate(source.getFeatures(request)):
            if feedback.isCanceled():
                return
            if progress_range is not None and count % 5000 == 0:
                feedback.setProgress(progress_range[0] + (progress_range[1] - progress_range[0]) * count / total)
            geometry = feature.geometry()
            if geometry.isEmpty():
                skipped += 1
                continue
            if may_curve and QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry.convertToStraightSegment()
            attributes = feature.attributes()
            yield feature, geometry, [attribute_value(attributes[i]) for i in indices]
        if skipped:
            feedback.pushWarning(self.tr("Features without a geometry left out of '{}': {}.").format(
                source.sourceName(), skipped))

    def read_points(self, source, feedback, fields=(), crs=None, context=None, centroids=False, progress_range=None):
        """The points of ``source`` as an (n, 2) array (read as :meth:`read_features` says, so in ``crs`` if
        given) and {field: [value per point]} of the named ``fields`` (NULL as None). A point gives one row, a
        multipoint one per point, a line or polygon one per vertex (every ring, the closing vertex too); with
        ``centroids`` every feature gives one row: its centroid, or a point on its surface when a polygon's
        centroid falls outside it."""
        xy, columns = [], [[] for _ in fields]
        for _, geometry, values in self.read_features(source, feedback, fields, crs, context, progress_range):
            rows = _point_rows(geometry, centroids)
            xy.extend(rows)
            for column, value in zip(columns, values):
                column.extend([value] * len(rows))
        return np.array(xy, dtype=float).reshape(-1, 2), dict(zip(fields, columns))

    def read_point_columns(self, parameters, name, context, feedback, numbers=(), labels=(), progress_range=None):
        """The points of the point-layer parameter ``name`` as an (n, 2) array in the layer's CRS, {field: floats}
        of the ``numbers`` fields (NaN where NULL or not a number, as :func:`number_value`) and {field: strings} of
        the ``labels`` fields ("None" where NULL, as ``str``), the rows as :meth:`read_points` gives them.

        A whole file (an OGR layer, or a delimited-text layer of x/y columns in a comma-separated file; no
        selection, feature limit, filter, subset or unsaved edits) is read in bulk through GDAL's Arrow batches
        (GDAL 3.6 and later), about ten times faster than feature by feature; anything else, or a file GDAL does
        not read as QGIS does (another row count, a geometry other than points), is read feature by feature."""
        source = self.parameterAsSource(parameters, name, context)
        table = _bulk_points(self._whole_file_layer(parameters, name, context), numbers, labels,
                             source.featureCount(), feedback, progress_range)
        if table is None:
            fields = list(dict.fromkeys([*numbers, *labels]))
            xy, attributes = self.read_points(source, feedback, fields, progress_range=progress_range)
            return (xy, {f: np.array([number_value(v) for v in attributes[f]], dtype=float) for f in numbers},
                    {f: np.array([str(v) for v in attributes[f]], dtype=str) for f in labels})
        xy, number_columns, label_columns = table
        located = np.isfinite(xy).all(axis=1)
        if located.all():
            return xy, number_columns, label_columns
        feedback.pushWarning(self.tr("Features without a geometry left out of '{}': {}.").format(
            source.sourceName(), int((~located).sum())))
        return (xy[located], {f: column[located] for f, column in number_columns.items()},
                {f: column[located] for f, column in label_columns.items()})

    def _whole_file_layer(self, parameters, name, context):
        """The vector layer of parameter ``name`` if the algorithm reads the whole of its file (OGR or delimited
        text, no selection, limit, filter, subset or unsaved edits), else None."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            if value.selectedFeaturesOnly or getattr(value, "featureLimit", -1) > 0 or getattr(
                    value, "filterExpression", ""):
                return None
            source, _ = value.source.valueAsString(context.expressionContext(), "")
            layer = QgsProcessingUtils.mapLayerFromString(source, context)
        else:
            layer = self.parameterAsVectorLayer(parameters, name, context)
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() not in ("ogr", "delimitedtext") or (
                layer.subsetString() or (layer.isEditable() and layer.isModified())):
            return None
        return layer

    def read_geometries(self, source, feedback, fields=(), crs=None, context=None, holes=False):
        """Every part of every line or polygon feature of ``source`` (read as :meth:`read_features` says, so in
        ``crs`` if given) and {field: [value per part]} of the named ``fields`` (NULL as None). A line part is its
        (k, 2) vertex array; a polygon part its exterior ring's, its holes dropped, or with ``holes`` the list of
        its rings' arrays, exterior first then the holes. Parts of fewer than 2 vertices are left out."""
        if QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Point:
            raise QgsProcessingException(self.tr("'{}' is a point layer, but this input takes lines or polygons: give "
                                                 "the right layer.").format(source.sourceName()))
        parts, columns = [], [[] for _ in fields]
        for _, geometry, values in self.read_features(source, feedback, fields, crs, context):
            for part in geometry.constParts():
                vertices = _part_vertices(part, holes)
                if vertices is not None:
                    parts.append(vertices)
                    for column, value in zip(columns, values):
                        column.append(value)
        return parts, dict(zip(fields, columns))

    def write_table(self, table, parameters, sink_name, context, feedback=None, crs=None):
        """Write a science :class:`FeatureTable` to the feature sink ``sink_name`` (in ``crs``, default the table's
        EPSG code); returns the destination id, or None for an optional output left out."""
        fields = QgsFields()
        for name, kind in table.fields.items():
            fields.append(QgsField(name, FIELD_TYPES[kind]))
        crs = crs if crs is not None else QgsCoordinateReferenceSystem(f"EPSG:{table.epsg}")
        sink, dest_id = self.parameterAsSink(parameters, sink_name, context, fields,
                                             _GEOMETRY_TYPES[table.geometry_type], crs)
        if sink is None:
            return None  # an optional output the user left out
        for row, wkt in zip(table.rows, table.geometries):
            if feedback is not None and feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            feature.setAttributes([_plain(row.get(name)) for name in table.fields])
            if wkt is not None:
                feature.setGeometry(QgsGeometry.fromWkt(wkt))
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, sink_name))
        return dest_id


# --------------------------------------------------------------------------------------------------------------------
# Points read in bulk (see LodestoneAlgorithm.read_point_columns)

# Keys of a delimited-text layer's URI that change nothing GDAL's CSV driver would read differently, and the values
# some others may hold for the same reason; any other key or value sends the layer to feature-by-feature reading.
_PLAIN_TEXT_KEYS = {"type", "xField", "yField", "zField", "mField", "crs", "detectTypes", "spatialIndex",
                    "subsetIndex", "watchFile", "geomType", "delimiter", "quote", "escape", "useHeader", "skipLines",
                    "decimalPoint", "xyDms", "trimFields", "skipEmptyFields", "encoding"}
_PLAIN_TEXT_VALUES = {"type": {"csv"}, "geomType": {"point"}, "delimiter": {","}, "quote": {'"'}, "escape": {'"'},
                      "useHeader": {"yes"}, "skipLines": {"0"}, "decimalPoint": {"."}, "xyDms": {"no"},
                      "trimFields": {"no"}, "skipEmptyFields": {"no"}, "encoding": {"utf-8", "utf8"}}
# WKB point types (2D, Z, M, ZM in ISO codes; 2.5D in the old one) and their record length in bytes
_WKB_POINTS = {1: 21, 1001: 29, 2001: 29, 3001: 37, 0x80000001: 29}


def _bulk_points(layer, numbers, labels, expected, feedback, progress_range):
    """``(xy, {field: floats}, {field: strings})`` of a whole-file layer read through GDAL's Arrow batches (each
    batch converted as it comes), NaN positions for features without a point; None when the layer cannot be read
    so (see ``read_point_columns``)."""
    if layer is None or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    try:
        if layer.providerType() == "delimitedtext":
            path, xy_fields = _plain_text_csv(layer.source())
            dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["CSV"],
                                  open_options=["EMPTY_STRING_AS_NULL=YES"])  # QGIS reads empty text as NULL
            table = dataset.GetLayer(0) if dataset is not None else None
        else:
            parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
            dataset = gdal.OpenEx(parts["path"], gdal.OF_VECTOR | gdal.OF_READONLY,
                                  open_options=parts.get("openOptions") or [])
            table = None if dataset is None else (
                dataset.GetLayerByName(parts["layerName"]) if parts.get("layerName")
                else dataset.GetLayer(int(parts.get("layerId") or 0)))
            xy_fields = None
            if table is None or parts.get("subset") or ogr.GT_Flatten(table.GetGeomType()) != ogr.wkbPoint:
                return None
        if table is None:
            return None
        definition = table.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        wanted = list(dict.fromkeys([*numbers, *labels, *(xy_fields or ())]))
        if any(name not in names for name in wanted):
            return None
        table.SetIgnoredFields([name for name in names if name not in wanted] + (["OGR_GEOMETRY"] if xy_fields
                                                                                 else []))
        geometry_name = table.GetGeometryColumn() or "wkb_geometry"
        pieces = {"xy": [], **{("n", f): [] for f in numbers}, **{("l", f): [] for f in labels}}
        read, batch = 0, None
        with table.GetArrowStreamAsNumPy(["INCLUDE_FID=NO", "USE_MASKED_ARRAYS=YES"]) as stream:
            for batch in stream:
                if feedback.isCanceled():
                    raise Cancelled()
                xy = (np.column_stack([_bulk_numbers(batch[name]) for name in xy_fields]) if xy_fields
                      else _wkb_points(batch[geometry_name]))
                if xy is None:
                    return None
                pieces["xy"].append(xy)
                for f in numbers:
                    pieces[("n", f)].append(_bulk_numbers(batch[f]))
                for f in labels:
                    pieces[("l", f)].append(_bulk_labels(batch[f]))
                read += len(xy)
                if progress_range is not None:
                    feedback.setProgress(progress_range[0] + (progress_range[1] - progress_range[0])
                                         * min(1.0, read / max(1, expected)))
        del batch
        xy = np.concatenate(pieces.pop("xy")) if read else np.empty((0, 2))
        if expected not in (len(xy), int(np.isfinite(xy).all(axis=1).sum())):  # GDAL and QGIS count other rows
            return None
        columns = {key: np.concatenate(parts) if parts else np.array([], dtype=float if key[0] == "n" else str)
                   for key, parts in pieces.items()}
        return (xy, {f: columns[("n", f)] for f in numbers}, {f: columns[("l", f)] for f in labels})
    except Cancelled:
        raise
    except Exception:  # noqa: BLE001 - GDAL raises or returns None by version; read feature by feature instead
        return None


def _plain_text_csv(uri):
    """The file and (x, y) fields of a delimited-text layer GDAL's CSV driver reads as QGIS does; ValueError
    otherwise."""
    url = QUrl(uri)
    items = dict(QUrlQuery(url).queryItems())
    path = url.toLocalFile()
    if not path or "xField" not in items or "yField" not in items or any(
            key not in _PLAIN_TEXT_KEYS or value.lower() not in _PLAIN_TEXT_VALUES.get(key, {value.lower()})
            for key, value in items.items()):
        raise ValueError("not a plain comma-separated file of x/y columns")
    return path, (items["xField"], items["yField"])


def _bulk_numbers(column):
    """A batch column as floats, NaN where NULL or not a number (as :func:`number_value` on the attribute)."""
    mask, data = np.ma.getmaskarray(column), np.ma.getdata(column)
    if data.dtype.kind in "biuf":
        numbers = data.astype(float)
    elif data.dtype.kind in "SU":
        try:
            numbers = data.astype(float)
        except ValueError:  # an empty or non-numeric text among them
            numbers = np.array([_text_number(v) for v in data.tolist()], dtype=float)
    else:
        numbers = np.array([_text_number(v) for v in data.tolist()], dtype=float)
    numbers[mask] = np.nan
    return numbers


def _text_number(value):
    try:
        return float(value.decode() if isinstance(value, bytes) else value)
    except (TypeError, ValueError, UnicodeDecodeError):
        return np.nan


def _bulk_labels(column):
    """A batch column as strings, "None" where NULL (as ``str`` on the attribute)."""
    mask, data = np.ma.getmaskarray(column), np.ma.getdata(column)
    if data.dtype.kind == "S":
        try:
            labels = data.astype(str)  # ASCII, the usual case: fast
        except UnicodeDecodeError:
            labels = np.char.decode(data, "utf-8", errors="replace")
    elif data.dtype.kind in "Ubiuf":
        labels = data.astype(str)
    else:
        labels = np.array([v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in data.tolist()])
    return np.where(mask, "None", labels) if mask.any() else labels


def _wkb_points(column):
    """(n, 2) coordinates of a batch column of WKB points (little-endian, one kind throughout), NaN where NULL or
    empty; None for anything else."""
    mask, data = np.ma.getmaskarray(column), np.ma.getdata(column)
    xy = np.full((len(data), 2), np.nan)
    present = np.flatnonzero(~mask)
    if not present.size:
        return xy
    joined = b"".join(data[present].tolist())
    size = len(joined) // present.size
    if size * present.size != len(joined) or size not in _WKB_POINTS.values():
        return None
    raw = np.frombuffer(joined, np.uint8).reshape(present.size, size)
    kinds = np.unique(raw[:, 1:5].copy().view("<u4"))
    if not (raw[:, 0] == 1).all() or kinds.size != 1 or _WKB_POINTS.get(int(kinds[0])) != size:
        return None
    xy[present] = raw[:, 5:21].copy().view("<f8")
    return xy
