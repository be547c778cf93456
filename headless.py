"""Run Lodestone without the QGIS desktop.

    python3 -m lodestone list
    python3 -m lodestone help lodestone:demoproperty
    python3 -m lodestone run lodestone:demoproperty SEED=7 CLAIMS=/tmp/claims.gpkg
    python3 -m lodestone demo [--output demo_output] [--seed 2019]
    python3 -m lodestone demo-real [--data ../shared/data/osborne-magnetic] [--britain ../shared/data/britain-magnetic]
                                   [--output demo_output_real]

The folder that holds the ``lodestone`` plugin folder must be on PYTHONPATH (the README shows how). Errors are
reported as one message that names the problem and the fix, with exit status 2. Ctrl-C cancels the run (the
algorithm stops at its next check and leaves no output), exit status 130; a second Ctrl-C stops at once. Outputs
left unnamed are written to files in a new temporary folder, printed at the end. A CSV of points (x/y or
longitude/latitude columns) is accepted where a point layer is expected.
"""
import argparse
import sys
from pathlib import Path

from .runner import Cancelled, PrintingFeedback, UserError, find_algorithm, run_algorithm, start_qgis


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
    real_parser = commands.add_parser("demo-real", help="run the magnetics and lineament chains on the real Osborne "
                                      "survey and the British aeromagnetic compilation")
    real_parser.add_argument("--data", default="../shared/data/osborne-magnetic",
                             help="folder holding osborne-magnetic.csv.xz (default ../shared/data/osborne-magnetic)")
    real_parser.add_argument("--britain", default=None,
                             help="folder holding britain-magnetic.csv.xz (default: britain-magnetic beside the "
                                  "--data folder)")
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
            from .demo_project import run_demo

            run_demo(Path(args.output), seed=args.seed, feedback=PrintingFeedback())
        else:
            from .demo_project import run_real_demo

            run_real_demo(Path(args.data), Path(args.output), feedback=PrintingFeedback(),
                          britain_folder=None if args.britain is None else Path(args.britain))
        if app is not None:
            app.exitQgis()
    except Cancelled as error:
        print(f"lodestone: {error}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("lodestone: stopped (Ctrl-C twice); outputs of the run may be missing.", file=sys.stderr)
        return 130
    except UserError as error:
        print(f"lodestone: {error}", file=sys.stderr)
        return 2
    return 0
