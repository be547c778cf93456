"""The headless runner shared by the command line (headless.py) and the demo (demo_project.py): start QGIS with
Processing and the Lodestone provider, check an algorithm's inputs, run it with a printing feedback. It imports
neither of them back."""
import difflib
import os
import sys
from pathlib import Path


class UserError(Exception):
    """A problem the user can fix; reported without a traceback."""


PLUGIN_ROOT = Path(__file__).resolve().parent
_PLUGIN = None


def start_qgis():
    """Start a headless QGIS with Processing and the Lodestone provider; returns the QgsApplication."""
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


class PrintingFeedback:
    """Processing feedback that prints progress and messages to the terminal."""

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

            def reportError(self, error, fatalError=False):  # noqa: N802,N803
                print(f"ERROR: {error}", file=sys.stderr)

        return _Feedback()


def run_algorithm(algorithm_id, parameters, feedback=None):
    """Run one algorithm by id after checking it and its inputs; returns its results."""
    from qgis.core import QgsProcessingContext, QgsProcessingException

    import processing

    algorithm = find_algorithm(algorithm_id)
    check_inputs(algorithm, parameters)
    parameters = dict(parameters)
    for definition in algorithm.destinationParameterDefinitions():  # as qgis_process: unnamed outputs are temporary
        parameters.setdefault(definition.name(), "TEMPORARY_OUTPUT")
    context = QgsProcessingContext()
    ok, message = algorithm.checkParameterValues(parameters, context)
    if not ok:
        raise UserError(f"{algorithm_id}: {message}")
    try:
        return processing.run(algorithm_id, parameters, feedback=feedback or PrintingFeedback(), context=context)
    except QgsProcessingException as error:
        raise UserError(f"{algorithm_id} failed: {error}") from None
