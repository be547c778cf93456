"""Run Lodestone without the QGIS desktop.

    python3 -m lodestone list
    python3 -m lodestone help lodestone:demoproperty
    python3 -m lodestone run lodestone:demoproperty SEED=7 CLAIMS=/tmp/claims.gpkg
    python3 -m lodestone demo [--output demo_output] [--seed 2019]
    python3 -m lodestone demo-real [--data ../shared/data/osborne-magnetic] [--output demo_output_real]

The folder that holds the ``lodestone`` plugin folder must be on PYTHONPATH (the README shows how). Errors are
reported as one message that names the problem and the fix, with exit status 2 (bad input) or 1 (failed run).
"""
import argparse
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


def parse_parameters(pairs):
    """``KEY=VALUE`` pairs to a dict; a repeated key gives a list (for multi-layer parameters)."""
    parameters = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UserError(f"Parameters are given as NAME=VALUE; '{pair}' is not.")
        key = key.lstrip("-")
        if key in parameters:
            previous = parameters[key]
            parameters[key] = (previous if isinstance(previous, list) else [previous]) + [value]
        else:
            parameters[key] = value
    return parameters


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


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m lodestone", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="list Lodestone's algorithms and models")
    help_parser = commands.add_parser("help", help="describe one algorithm's parameters")
    help_parser.add_argument("algorithm")
    run_parser = commands.add_parser("run", help="run one algorithm")
    run_parser.add_argument("algorithm")
    run_parser.add_argument("parameters", nargs="*", metavar="NAME=VALUE")
    demo_parser = commands.add_parser("demo", help="run the main job on the embedded demo property")
    demo_parser.add_argument("--output", default="demo_output", help="output folder (default demo_output)")
    demo_parser.add_argument("--seed", type=int, default=2019)
    real_parser = commands.add_parser("demo-real", help="run the magnetics chain on the real Osborne survey")
    real_parser.add_argument("--data", default="../shared/data/osborne-magnetic",
                             help="folder holding osborne-magnetic.csv.xz (default ../shared/data/osborne-magnetic)")
    real_parser.add_argument("--output", default="demo_output_real", help="output folder (default demo_output_real)")
    args = parser.parse_args(argv)

    try:
        app = start_qgis()
        if args.command == "list":
            from qgis.core import QgsApplication

            provider = QgsApplication.processingRegistry().providerById("lodestone")
            for algorithm in sorted(provider.algorithms(), key=lambda a: (a.group(), a.id())):
                ok, _ = algorithm.canExecute()
                flag = "" if ok else "  (unavailable: missing dependency)"
                print(f"{algorithm.id():40s} {algorithm.group():14s} {algorithm.displayName()}{flag}")
        elif args.command == "help":
            algorithm = find_algorithm(args.algorithm)
            print(f"{algorithm.id()}: {algorithm.displayName()}\n\n{algorithm.shortHelpString()}\n")
            for definition in algorithm.parameterDefinitions():
                print(f"  {definition.name():20s} {definition.description()}: {definition.help()}")
        elif args.command == "run":
            results = run_algorithm(args.algorithm, parse_parameters(args.parameters))
            declared = {o.name() for o in find_algorithm(args.algorithm).outputDefinitions()}
            for key, value in results.items():
                if key in declared:
                    print(f"{key}: {value}")
        elif args.command == "demo":
            from .ui.demo_map import run_demo

            run_demo(Path(args.output), seed=args.seed, feedback=PrintingFeedback())
        else:
            from .ui.demo_map import run_real_demo

            run_real_demo(Path(args.data), Path(args.output), feedback=PrintingFeedback())
        app.exitQgis()
    except UserError as error:
        print(f"lodestone: {error}", file=sys.stderr)
        return 2
    return 0
