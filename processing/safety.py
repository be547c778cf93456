"""What keeps a run from losing or faking the user's data, shared by every algorithm through the base:

- outputs never replace inputs (the same file, after resolving links, is refused before anything runs);
- file outputs are written to a temporary file beside the target and moved into place only when the run completes,
  so a failed or cancelled run leaves the previous file as it was and nothing that looks complete;
- a raster output is named as the GeoTIFF it is (not ``.asc``; vector outputs take their format from the name);
- a grid is refused, with a cell size that fits, when it would not fit in the memory available;
- reading a raster file leaves nothing beside it (QGIS computes statistics when it opens a raster, and GDAL would
  save them in a ``.aux.xml`` file next to the user's data).
"""
import ctypes
import os
import sys
import uuid
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    QgsMapLayer,
    QgsProcessingDestinationParameter,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterRasterDestination,
    QgsProperty,
    QgsRasterLayer,
)

PARTIAL_TAG = ".lodestone-partial-"
"""Part of the name of an output being written (``roads.lodestone-partial-1a2b3c.gpkg``); it never looks complete."""

SIDECAR_SUFFIXES = (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".sbn", ".sbx", ".qmd")
"""Files that belong to an output beside its main file, named by its stem (shapefile parts, QGIS metadata)."""

APPENDED_SUFFIXES = (".aux.xml", ".ovr", ".json", "-wal", "-shm")
"""Files that belong to an output, named by its whole name (GDAL metadata and overviews, Lodestone's stack JSON,
SQLite journals)."""

MEMORY_SHARE = 0.8
"""Share of the available memory a run may plan to use."""

RASTER_EXTENSIONS = ("tif", "tiff")
"""What Lodestone writes rasters as: GeoTIFF."""


def available_memory():
    """Bytes of memory available to a new allocation (physical memory not in use), or None if unknown."""
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except ImportError:
        pass
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/meminfo") as meminfo:
                for line in meminfo:
                    if line.startswith("MemAvailable:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
    if sys.platform == "win32":
        class MemoryStatus(ctypes.Structure):
            _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong), ("total_physical", ctypes.c_ulonglong),
                        ("available_physical", ctypes.c_ulonglong), ("total_page", ctypes.c_ulonglong),
                        ("available_page", ctypes.c_ulonglong), ("total_virtual", ctypes.c_ulonglong),
                        ("available_virtual", ctypes.c_ulonglong), ("extended", ctypes.c_ulonglong)]

        status = MemoryStatus()
        status.length = ctypes.sizeof(MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.available_physical)
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def check_grid_memory(rows, cols, bytes_per_cell, cell_size, what, available=None):
    """Refuse a grid of ``rows`` x ``cols`` cells of ``cell_size`` m needing about ``bytes_per_cell`` bytes a cell
    when that is more than :data:`MEMORY_SHARE` of the ``available`` memory (bytes; measured if None), naming the
    size and a cell size that fits."""
    available = available_memory() if available is None else available
    needed = float(rows) * float(cols) * bytes_per_cell
    if available is None or needed <= MEMORY_SHARE * available:
        return
    fits = cell_size * (needed / (0.5 * MEMORY_SHARE * available)) ** 0.5
    raise QgsProcessingException(
        f"{what} would be {rows:,} x {cols:,} cells of {cell_size:g} m, about {needed / 2**30:.1f} GiB of memory "
        f"({bytes_per_cell:g} bytes a cell), but {available / 2**30:.1f} GiB is available. Use a cell size of at "
        f"least {fits:.3g} m, or a smaller extent.")


def open_gdal(path, update=False):
    """The GDAL dataset at ``path`` (read-only unless ``update``), or None where GDAL cannot open it, whether GDAL
    reports that by returning None (its default in QGIS 3.22) or by raising RuntimeError (exceptions on, as newer
    GDAL and QGIS builds have them)."""
    try:
        return gdal.Open(str(path), gdal.GA_Update if update else gdal.GA_ReadOnly)
    except RuntimeError:
        return None


def quiet_raster_layer(value, context):
    """The raster file a parameter value names, loaded without GDAL's ``.aux.xml`` side file (kept in the
    ``context`` for the run); None where the value is not a raster file (a project layer, a vector, a URI), or
    where the file has an ``.aux.xml`` already (it may hold metadata the raster needs)."""
    if not isinstance(value, str) or "|" in value or not Path(value).is_file() or Path(f"{value}.aux.xml").exists():
        return None
    store = context.temporaryLayerStore()
    for layer in store.mapLayers().values():
        if isinstance(layer, QgsRasterLayer) and layer.source() == value:
            return layer
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            try:
                if gdal.OpenEx(value, gdal.OF_RASTER) is None:
                    return None
            except RuntimeError:
                return None
        finally:
            gdal.PopErrorHandler()
        layer = QgsRasterLayer(value, Path(value).stem, "gdal")
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    if not layer.isValid():
        return None
    store.addMapLayer(layer)
    return layer


def _path_of(value):
    """The file path a parameter value names (a layer's source, a 'path|layername=' string), or None."""
    if isinstance(value, QgsMapLayer):
        value = value.source()
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue() if isinstance(value.sink, QgsProperty) else value.sink
    if not isinstance(value, str) or not value or value == "TEMPORARY_OUTPUT" or value.startswith("memory:"):
        return None
    path = value.split("|")[0]
    if "://" in path or path.startswith(("ogr:", "postgres:", "dbname=")):
        return None
    return Path(path).expanduser().resolve()


def input_paths(algorithm, parameters):
    """{resolved path: parameter name} of every file the run reads."""
    found = {}
    for definition in algorithm.parameterDefinitions():
        if isinstance(definition, QgsProcessingDestinationParameter):
            continue
        value = parameters.get(definition.name())
        for item in value if isinstance(value, (list, tuple)) else [value]:
            path = _path_of(item)
            if path is not None:
                found.setdefault(path, definition.name())
    return found


def output_problem(algorithm, parameters):
    """A message when an output would replace an input or its name does not match the format written; else ""."""
    inputs = input_paths(algorithm, parameters)
    for definition in algorithm.destinationParameterDefinitions():
        path = _path_of(parameters.get(definition.name()))
        if path is None:
            continue
        if path in inputs:
            return (f"{definition.name()} would overwrite the input {inputs[path]} ({path}): the input would be "
                    "lost. Give the output another file name.")
        extension = path.suffix.lower().lstrip(".")
        if isinstance(definition, QgsProcessingParameterRasterDestination) and extension not in RASTER_EXTENSIONS:
            return (f"{definition.name()} is named '{path.name}', but Lodestone writes rasters as GeoTIFF: name it "
                    f"'{path.stem}.tif'.")
    return ""


def _sidecar(path, suffix):
    """``roads.shp`` + ``.dbf`` -> ``roads.dbf``; GDAL's metadata is added to the whole name (``x.tif.aux.xml``)."""
    return Path(str(path) + suffix) if suffix in APPENDED_SUFFIXES else path.with_name(path.stem + suffix)


class StagedOutputs:
    """File outputs redirected to temporary names beside their targets, moved into place on :meth:`commit`,
    deleted on :meth:`discard`."""

    def __init__(self, algorithm, parameters):
        self.parameters = dict(parameters)
        self.moves = []  # (temporary path, final path)
        tag = f"{PARTIAL_TAG}{uuid.uuid4().hex[:8]}"
        for definition in algorithm.destinationParameterDefinitions():
            value = self.parameters.get(definition.name())
            final = _path_of(value)
            if final is None or not final.parent.is_dir():
                continue
            staged = final.with_name(f"{final.stem}{tag}{final.suffix}")
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = QgsProcessingOutputLayerDefinition(value)
                value.sink = QgsProperty.fromValue(str(staged))
            else:
                value = str(staged)
            self.parameters[definition.name()] = value
            self.moves.append((staged, final))

    def _pairs(self, staged, final):
        """The staged file and its sidecars that exist, with where each goes."""
        yield staged, final
        for suffix in SIDECAR_SUFFIXES + APPENDED_SUFFIXES:
            side, target = _sidecar(staged, suffix), _sidecar(final, suffix)
            if side.exists():
                yield side, target

    def commit(self, results, context):
        """Move every written output into place and point the results and the layers to load at the final names."""
        renamed = {}
        for staged, final in self.moves:
            if not staged.exists():
                continue
            for source, target in list(self._pairs(staged, final)):
                os.replace(source, target)
                renamed[str(source)] = str(target)
        for key, value in list(results.items()):
            if isinstance(value, str):
                path = value.split("|")[0]
                if path in renamed:
                    results[key] = renamed[path] + value[len(path):]
        layers = context.layersToLoadOnCompletion()
        if any(key.split("|")[0] in renamed for key in layers):
            moved = {}
            for key, details in layers.items():
                path = key.split("|")[0]
                moved[renamed.get(path, path) + key[len(path):]] = details
            context.setLayersToLoadOnCompletion(moved)
        return results

    def discard(self):
        """Delete whatever was written under the temporary names."""
        for staged, final in self.moves:
            for source, _ in list(self._pairs(staged, final)) if staged.exists() else []:
                source.unlink(missing_ok=True)
