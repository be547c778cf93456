"""Speed and peak memory of Lodestone's phase symmetry against phasepack 1.5 ``phasesym`` (a script, not a test).

The grid is a synthetic dyke field at the pole (``synthetic.dyke_field``: thin vertical prisms, 50 m cells, 1 nT
of noise), float32, given as is to both. Both run Kovesi's phase symmetry with identical parameters: 5 scales, 6
orientations, smallest wavelength 3 cells, mult 2.1, sigmaOnf 0.55, k 2, noise from the median of the smallest
scale (phasepack's ``noiseMethod=-1``), polarity +1 (bright lines: dyke axes; same sign convention in both).
phasepack works on the unpadded grid (its FFT wraps around the edges) and Lodestone pads it, so the symmetry maps
are compared on the interior, one largest wavelength (59 cells) in from each edge. phasepack's orientation is the
filter angle (normal to the line, anticlockwise from east, quantised to 30 degrees); it is turned into a strike
(clockwise from north) to be compared with Lodestone's continuous strike.

Lodestone's default ``combine="sum"`` is Kovesi's phase symmetry, the one compared; ``combine="max"`` (the larger
of the sum and the best single orientation, the default of ``extract_lineaments``) is timed too: it keeps one more
float32 grid per orientation.

Each case runs in its own subprocess, started by a small launcher subprocess that reports
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` of that one child; the extra peak memory of a case is its peak
minus that of a baseline child that only imports the same library and loads the grid. The end-to-end
``extract_lineaments`` (phase symmetry, threshold, thinning, gap bridging, vectorisation) is timed the same way,
and its lines are scored against the true dyke traces (buffer F1 at 2 cells).

Usage: ``.venv/bin/python benchmarks/bench_phasesymmetry.py [--size 2048] [--dykes 12]`` (needs phasepack in the
same environment: ``.venv/bin/pip install -c .venv/constraints.txt phasepack==1.5``). Making the grid with the
prism forward model takes about 4 s per dyke at 2048 x 2048.
"""
import argparse
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from lodestone_path import add_lodestone_to_path

CELL = 50.0
NOISE_NT = 1.0
PARAMETERS = {"n_scales": 5, "n_orientations": 6, "min_wavelength": 3.0, "mult": 2.1, "sigma_onf": 0.55, "k": 2.0,
              "polarity": 1}
PHASEPACK_NAMES = {"n_scales": "nscale", "n_orientations": "norient", "min_wavelength": "minWaveLength",
                   "mult": "mult", "sigma_onf": "sigmaOnf", "k": "k", "polarity": "polarity"}
CASES = ("lodestone", "phasepack", "best", "extract")


def _import_lodestone():
    """The science modules this benchmark measures."""
    add_lodestone_to_path()
    from lodestone.science import grid
    from lodestone.science.structure import lineament_scoring, lineaments, phasesymmetry, synthetic

    return SimpleNamespace(grid=grid, lineament_scoring=lineament_scoring, lineaments=lineaments,
                           phasesymmetry=phasesymmetry, synthetic=synthetic)


def _grid_spec(shape):
    return _import_lodestone().grid.GridSpec(0.0, shape[0] * CELL, CELL, CELL, *shape)


def make_grid(size, dykes, folder):
    """Write the dyke field (float32 .npy) and its true traces (.pkl) into ``folder``."""
    synthetic = _import_lodestone().synthetic
    field, traces = synthetic.dyke_field(_grid_spec((size, size)), n_dykes=dykes, seed=0, noise_nt=NOISE_NT)
    np.save(folder / "grid.npy", field.astype(np.float32))
    (folder / "traces.pkl").write_bytes(pickle.dumps(traces))


def _import_library(case):
    """Import what ``case`` needs (imports are part of the baseline, not of the measurement)."""
    if case == "phasepack":
        warnings.filterwarnings("ignore", message=".*pyfftw.*")  # phasepack falls back on scipy.fftpack
        import phasepack

        return phasepack
    return _import_lodestone()


def worker(case, folder, baseline):
    """Subprocess body: import, load the grid, and unless ``baseline`` run ``case`` once and save its outputs."""
    library = _import_library(case)
    values = np.load(folder / "grid.npy")
    if baseline:
        return
    start = time.perf_counter()
    if case == "phasepack":
        symmetry, orientation, _, _ = library.phasesym(
            values, **{PHASEPACK_NAMES[name]: value for name, value in PARAMETERS.items()}, noiseMethod=-1)
        outputs = {"symmetry": symmetry, "strike": np.mod(180.0 - orientation, 180.0)}
    elif case in ("lodestone", "best"):
        result = library.phasesymmetry.phase_symmetry(values, **PARAMETERS,
                                                      combine="sum" if case == "lodestone" else "max")
        outputs = {"symmetry": result.symmetry, "strike": result.orientation}
    else:
        lines, _ = library.lineaments.extract_lineaments(values, _grid_spec(values.shape),
                                                         PARAMETERS["min_wavelength"] * CELL,
                                                         noise_k=PARAMETERS["k"], polarity=PARAMETERS["polarity"])
        outputs = {"lines": [line.coords for line in lines]}
    seconds = time.perf_counter() - start
    (folder / f"{case}.pkl").write_bytes(pickle.dumps(outputs))
    print(json.dumps({"seconds": seconds}))


def launch(arguments):
    """Launcher subprocess: run one worker as its only child; print its output and its peak memory (MB)."""
    output = subprocess.run([sys.executable, __file__, "--worker", *arguments], capture_output=True, text=True,
                            check=True).stdout
    report = json.loads(output) if output.strip() else {}
    report["peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(report))


def _measure(case, folder, baseline=False):
    """Seconds and peak MB of a worker, through a launcher (the parent's own memory never enters)."""
    arguments = ["--launch", case, str(folder)] + (["--baseline"] if baseline else [])
    return json.loads(subprocess.run([sys.executable, __file__, *arguments], capture_output=True, text=True,
                                     check=True).stdout)


def _axial_difference(first, second):
    return np.abs((first - second + 90.0) % 180.0 - 90.0)


def compare(folder, size):
    """Correlation of the symmetry maps on the interior and agreement of the strikes on the lines."""
    ours = pickle.loads((folder / "lodestone.pkl").read_bytes())
    theirs = pickle.loads((folder / "phasepack.pkl").read_bytes())
    wavelength = PARAMETERS["min_wavelength"] * PARAMETERS["mult"] ** (PARAMETERS["n_scales"] - 1)
    trim = int(np.ceil(wavelength))
    inner = (slice(trim, size - trim),) * 2
    correlation = np.corrcoef(ours["symmetry"][inner].ravel(), theirs["symmetry"][inner].ravel())[0, 1]
    lines = (ours["symmetry"][inner] > 0.3) & (theirs["symmetry"][inner] > 0.3)
    difference = _axial_difference(ours["strike"][inner][lines], theirs["strike"][inner][lines])
    half_step = 90.0 / PARAMETERS["n_orientations"]
    return correlation, float(np.mean(difference <= half_step)), half_step


def score(folder, size):
    """Buffer precision, recall and F1 at 2 cells of the extracted lines against the true traces."""
    lines = pickle.loads((folder / "extract.pkl").read_bytes())["lines"]
    traces = pickle.loads((folder / "traces.pkl").read_bytes())
    return len(lines), _import_lodestone().lineament_scoring.buffer_scores(lines, traces, _grid_spec((size, size)), 2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048, help="grid rows and columns")
    parser.add_argument("--dykes", type=int, default=12, help="number of synthetic dykes")
    parser.add_argument("--worker", nargs=2, metavar=("CASE", "FOLDER"), help=argparse.SUPPRESS)
    parser.add_argument("--launch", nargs=2, metavar=("CASE", "FOLDER"), help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--make-grid", nargs=3, metavar=("SIZE", "DYKES", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], Path(args.worker[1]), args.baseline)
    elif args.launch:
        launch([*args.launch] + (["--baseline"] if args.baseline else []))
    elif args.make_grid:
        make_grid(int(args.make_grid[0]), int(args.make_grid[1]), Path(args.make_grid[2]))
    else:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            start = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--make-grid", str(args.size), str(args.dykes), name],
                           check=True)
            print(f"grid: {args.size} x {args.size} float32, {args.dykes} dykes at the pole, {CELL:g} m cells, "
                  f"{NOISE_NT:g} nT noise (made in {time.perf_counter() - start:.0f} s)")
            reports = {}
            for case in CASES:
                baseline = _measure(case, folder, baseline=True)["peak_mb"]
                report = _measure(case, folder)
                reports[case] = {"seconds": report["seconds"], "extra_mb": report["peak_mb"] - baseline}
            correlation, agreement, half_step = compare(folder, args.size)
            n_lines, (precision, recall, f1) = score(folder, args.size)
        print(f"phase symmetry, {', '.join(f'{name}={value}' for name, value in PARAMETERS.items())}")
        print(f"{'':28s}{'seconds':>10s}{'extra peak MB':>16s}")
        for case, label in (("lodestone", "lodestone phase_symmetry"), ("phasepack", "phasepack 1.5 phasesym"),
                            ("best", "  combine='max'"), ("extract", "lodestone extract_lineaments")):
            print(f"{label:28s}{reports[case]['seconds']:10.2f}{reports[case]['extra_mb']:16.0f}")
        ours, theirs = reports["lodestone"], reports["phasepack"]
        print(f"symmetry correlation (interior): {correlation:.7f} (target > 0.999)")
        print(f"strike within {half_step:g} deg of phasepack's quantised one on lines (both > 0.3): {agreement:.1%}")
        print(f"time ratio phasepack / lodestone: {theirs['seconds'] / ours['seconds']:.2f}x (target >= 2x)")
        print(f"extra peak memory lodestone / phasepack: {ours['extra_mb'] / theirs['extra_mb']:.0%} "
              f"(target <= 60 %)")
        print(f"combine='max' / 'sum': {reports['best']['seconds'] / ours['seconds']:.2f}x the time, "
              f"{reports['best']['extra_mb'] / ours['extra_mb']:.2f}x the extra peak memory")
        print(f"extract_lineaments (combine='max'): {n_lines} lines, buffer precision {precision:.3f}, "
              f"recall {recall:.3f}, F1 {f1:.3f} at 2 cells")


if __name__ == "__main__":
    main()
