"""The headless runner shared by the command line (headless.py) and the demo (demo_project.py): start QGIS with
Processing and the Lodestone provider, check an algorithm's inputs, run it with a printing feedback. It imports
neither of them back."""
import csv
import difflib
import os
import signal
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path


class UserError(Exception):
    """A problem the user can fix; reported without a traceback."""


PLUGIN_ROOT = Path(__file__).resolve().parent
_PLUGIN = None


def start_qgis():
    """Start a headless QGIS with Processing and the Lodestone provider; returns the QgsApplication this call
    started, or None where one was running already (the runner called from inside QGIS or a test session)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # 'python -m' from inside the plugin folder puts it on sys.path, where its processing/ would hide QGIS's.
    sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != PLUGIN_ROOT]
    try:
        from qgis.core import QgsApplication
    except ImportError as error:
        raise UserError(
            f"The QGIS Python bindings are not importable ({error}). Install QGIS with Python support (Debian/Ubuntu: "
            "sudo apt install python3-qgis qgis; Windows: run this from the OSGeo4W Shell; macOS: use the Python "
            "that ships inside QGIS.app).") from None
    missing = [m for m in ("numpy", "osgeo") if _missing(m)]
    if missing:
        raise UserError(f"Missing Python packages: {', '.join(missing)}. Install them for the Python QGIS uses.")
    app = None
    if QgsApplication.instance() is None:
        app = QgsApplication([], False)
        app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from .plugin import LodestonePlugin

    global _PLUGIN  # the Python provider object must outlive this call, or only its C++ base remains
    _PLUGIN = LodestonePlugin(None)
    _PLUGIN.initProcessing()
    return app


def _missing(module):
    import importlib.util

    return importlib.util.find_spec(module) is None


def find_algorithm(algorithm_id):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    algorithm = registry.algorithmById(algorithm_id)
    if algorithm is None:
        known = [a.id() for a in registry.algorithms()]
        close = difflib.get_close_matches(algorithm_id, known, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise UserError(f"Unknown algorithm '{algorithm_id}'.{hint} 'list' shows every Lodestone algorithm.")
    ok, message = algorithm.canExecute()
    if not ok:
        raise UserError(f"{algorithm_id} cannot run here: {message}")
    return algorithm


def check_inputs(algorithm, parameters):
    """Refuse unknown parameter names and input files that do not exist, naming the parameter."""
    from qgis.core import QgsProcessingDestinationParameter

    definitions = {d.name(): d for d in algorithm.parameterDefinitions()}
    for key, value in parameters.items():
        if key not in definitions:
            raise UserError(f"{algorithm.id()} has no parameter {key}. Its parameters: {', '.join(definitions)}.")
        definition = definitions[key]
        if isinstance(definition, QgsProcessingDestinationParameter):
            continue
        if definition.type() in ("source", "vector", "raster", "file", "multilayer", "layer", "mesh"):
            for item in value if isinstance(value, list) else [value]:
                if not isinstance(item, str):
                    continue  # a layer object, not a path
                path = item.split("|")[0]
                if path and not Path(path).exists() and ("/" in path or "\\" in path or "." in path):
                    raise UserError(f"Input file not found for {key}: {path}. Check the path (relative paths are "
                                    f"read from {os.getcwd()}).")


# Column pairs a CSV of points may carry, with the CRS they imply (None: the CRS of the run's other inputs).
CSV_COORDINATES = (("longitude", "latitude", "EPSG:4326"), ("lon", "lat", "EPSG:4326"), ("x", "y", None),
                   ("easting", "northing", None), ("east", "north", None))
VECTOR_TYPES = ("source", "vector")


def _csv_columns(path):
    """The x and y columns of a CSV of points and the CRS they imply, or None if it has no such columns."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        header = [name.strip() for name in next(csv.reader(handle), [])]
    lowered = {name.lower(): name for name in header}
    for x, y, crs in CSV_COORDINATES:
        if x in lowered and y in lowered:
            return lowered[x], lowered[y], crs
    return None


def _input_crs(algorithm, parameters):
    """The CRS (auth id) of the first layer input in a projected CRS, for x/y points that carry none (map units,
    not degrees); None if no input has one."""
    from qgis.core import QgsProcessingContext, QgsProcessingUtils

    context = QgsProcessingContext()
    for definition in algorithm.parameterDefinitions():
        value = parameters.get(definition.name())
        if definition.type() not in (*VECTOR_TYPES, "raster") or not isinstance(value, str) or value.endswith(".csv"):
            continue
        layer = QgsProcessingUtils.mapLayerFromString(value, context)
        if layer is not None and layer.crs().isValid() and not layer.crs().isGeographic():
            return layer.crs().authid()
    return None


def csv_point_layers(algorithm, parameters, feedback):
    """Vector inputs given as a CSV of points (x/y, easting/northing or longitude/latitude columns) become
    delimited-text point layers, as the dialogs read them; x/y columns take the CRS of the other inputs."""
    from .processing.compat import ProcessingSourceType

    point_inputs = {ProcessingSourceType.VectorAnyGeometry, ProcessingSourceType.VectorPoint}  # need point geometry
    parameters = dict(parameters)
    for definition in algorithm.parameterDefinitions():
        value = parameters.get(definition.name())
        if definition.type() not in VECTOR_TYPES or not isinstance(value, str) or not value.lower().endswith(".csv"):
            continue
        if not set(definition.dataTypes()) & point_inputs:
            continue  # a table (drill-hole collars read with their own CRS, a base-station file): read as it is
        columns = _csv_columns(value)
        if columns is None:
            continue
        x, y, crs = columns
        crs = crs or _input_crs(algorithm, parameters)
        if crs is None:
            raise UserError(f"{definition.name()}: {value} has {x}/{y} columns but no CRS, and no other input is in a "
                            "projected CRS to take it from. Save the points as a GeoPackage with its CRS, or use "
                            "longitude/latitude columns.")
        uri = f"{Path(value).resolve().as_uri()}?type=csv&xField={x}&yField={y}&crs={crs}&detectTypes=yes"
        from qgis.core import QgsVectorLayer

        parameters[definition.name()] = QgsVectorLayer(uri, Path(value).stem, "delimitedtext")
        feedback.pushInfo(f"{definition.name()}: points from columns {x}, {y} of {value}, in {crs}.")
    return parameters


def temporary_outputs(algorithm, parameters):
    """Unnamed outputs written to files in a new temporary folder (named in the results), as qgis_process does;
    Processing's own temporary vector outputs would be memory layers, lost when the runner exits."""
    parameters = dict(parameters)
    folder = None
    for definition in algorithm.destinationParameterDefinitions():
        if parameters.get(definition.name()) not in (None, "", "TEMPORARY_OUTPUT"):
            continue
        folder = folder or Path(tempfile.mkdtemp(prefix=f"lodestone-{algorithm.name()}-"))
        parameters[definition.name()] = str(folder / f"{definition.name().lower()}.{definition.defaultFileExtension()}")
    return parameters


@contextmanager
def cancel_on_interrupt(feedback):
    """Ctrl-C cancels the run through ``feedback`` (the algorithm stops at its next check and writes nothing); a
    second Ctrl-C stops at once."""
    if sys.platform == "win32" or not hasattr(signal, "SIGINT"):
        yield
        return

    def interrupt(signum, frame):
        if feedback.isCanceled():
            raise KeyboardInterrupt
        print("Cancelling... (Ctrl-C again to stop at once)", file=sys.stderr)
        feedback.cancel()

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class Cancelled(UserError):
    """The user cancelled the run."""


class PrintingFeedback:
    """Processing feedback that prints progress, information, warnings and errors to the terminal."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self._last = -10
                self.progressChanged.connect(self._progress)

            def _progress(self, value):
                if value >= self._last + 10 or value >= 100:
                    self._last = value
                    print(f"  {value:5.1f} %", file=sys.stderr)

            def pushInfo(self, info):  # noqa: N802
                print(info, file=sys.stderr)

            def pushWarning(self, warning):  # noqa: N802
                print(f"WARNING: {warning}", file=sys.stderr)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803
                print(f"ERROR: {error}", file=sys.stderr)

        return _Feedback()


def run_algorithm(algorithm_id, parameters, feedback=None):
    """Run one algorithm by id after checking it and its inputs; returns its results."""
    from qgis.core import QgsProcessingContext, QgsProcessingException

    import processing

    algorithm = find_algorithm(algorithm_id)
    check_inputs(algorithm, parameters)
    feedback = feedback or PrintingFeedback()
    parameters = temporary_outputs(algorithm, csv_point_layers(algorithm, parameters, feedback))
    context = QgsProcessingContext()
    ok, message = algorithm.checkParameterValues(parameters, context)
    if not ok:
        raise UserError(f"{algorithm_id}: {message}")
    try:
        with cancel_on_interrupt(feedback):
            results = processing.run(algorithm_id, parameters, feedback=feedback, context=context)
    except QgsProcessingException as error:
        if feedback.isCanceled():
            raise Cancelled(f"{algorithm_id} was cancelled; no output was written.") from None
        raise UserError(f"{algorithm_id} failed: {error}") from None
    if feedback.isCanceled():
        raise Cancelled(f"{algorithm_id} was cancelled; no output was written.")
    return results
