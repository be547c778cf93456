"""The ``phasesymmetry`` case of bench_user_path.py: ``lodestone:phasesymmetry`` on a 1024 x 1024 float32 GeoTIFF
beside phasepack 1.5 ``phasesym`` doing the same job with rasterio reading and writing (issue 17).

- Input: the dyke field of bench_phasesymmetry.py (``synthetic.dyke_field``: 12 thin vertical prisms at the pole,
  50 m cells, 1 nT of noise), float32, written once before timing as a plain GeoTIFF (EPSG:32618).
- Both: Kovesi's phase symmetry with 5 scales, 6 orientations, smallest wavelength 3 cells (150 m), mult 2.1,
  sigmaOnf 0.55, k 2, bright polarity, the sum over orientations; outputs the symmetry and the orientation as
  float32 GeoTIFFs.
- phasepack runs in the benchmark's interpreter (``make bench`` installs it from requirements-bench.txt) in its
  own process; without phasepack the case is skipped with a message.

The two symmetry maps are read back and must correlate above 0.99 in the interior (one largest wavelength, 59 cells,
in from each edge: phasepack's FFT wraps round the edges, Lodestone pads), as bench_phasesymmetry.py checks on
arrays.

Each side runs :data:`REPEATS` times, the two alternately (so that other work on the machine slows both alike), each
run in a new process; the table shows the median seconds and the largest peak memory, the note the range of each
side's seconds and of the speed-up of the runs paired in order.
"""
import importlib.util
import sys
import textwrap

import numpy as np

SIZE = 1024
CELL = 50.0
INTERIOR = 59
REPEATS = 5


def _input(folder):
    """Write the dyke field GeoTIFF; returns its path."""
    import rasterio
    from lodestone_path import add_lodestone_to_path
    from rasterio.transform import from_origin

    add_lodestone_to_path()
    from lodestone.science.grid import GridSpec
    from lodestone.science.structure import synthetic

    field, _ = synthetic.dyke_field(GridSpec(400_000.0, 5_400_000.0 + SIZE * CELL, CELL, CELL, SIZE, SIZE),
                                    n_dykes=12, seed=0, noise_nt=1.0)
    path = folder / "dykes.tif"
    transform = from_origin(400_000.0, 5_400_000.0 + SIZE * CELL, CELL, CELL)
    with rasterio.open(path, "w", driver="GTiff", width=SIZE, height=SIZE, count=1, dtype="float32",
                       crs="EPSG:32618", transform=transform) as dst:
        dst.write(field.astype(np.float32), 1)
    return path


def _peer_command(source, folder):
    """phasepack with its own I/O: read with rasterio, phasesym, write symmetry and orientation."""
    script = textwrap.dedent(f"""
        import time, warnings
        warnings.filterwarnings("ignore")
        import numpy as np, phasepack, rasterio
        start = time.perf_counter()
        with rasterio.open({str(source)!r}) as src:
            values, profile = src.read(1), src.profile
        symmetry, orientation, _, _ = phasepack.phasesym(values, nscale=5, norient=6, minWaveLength=3, mult=2.1,
                                                         sigmaOnf=0.55, k=2.0, polarity=1, noiseMethod=-1)
        for name, grid in (("symmetry", symmetry), ("orientation", orientation)):
            with rasterio.open({str(folder)!r} + "/phasepack_" + name + ".tif", "w", **profile) as dst:
                dst.write(np.asarray(grid, dtype=np.float32), 1)
        print("ELAPSED", time.perf_counter() - start, flush=True)
    """)
    return [sys.executable, "-c", script]


def _interior_correlation(folder):
    import rasterio

    grids = []
    for name in ("lodestone_symmetry.tif", "phasepack_symmetry.tif"):
        with rasterio.open(folder / name) as src:
            grids.append(src.read(1).astype(float)[INTERIOR:-INTERIOR, INTERIOR:-INTERIOR])
    return float(np.corrcoef(grids[0].ravel(), grids[1].ravel())[0, 1])


def run_phasesymmetry(folder):
    from bench_user_path import Timing, lodestone_command, timed

    if importlib.util.find_spec("phasepack") is None:
        print("phasesymmetry: phasepack is not installed in this Python (make bench installs it); case skipped")
        return []
    source = _input(folder)
    parameters = {"INPUT": str(source), "MIN_WAVELENGTH": 3 * CELL, "N_SCALES": 5, "N_ORIENTATIONS": 6,
                  "SCALE_MULTIPLIER": 2.1, "NOISE_K": 2.0, "POLARITY": 0, "ORIENTATION_COMBINE": 0,
                  "OUTPUT": str(folder / "lodestone_symmetry.tif"),
                  "ORIENTATION": str(folder / "lodestone_orientation.tif")}
    runs = {"ours": [], "peer": []}
    for _ in range(REPEATS):
        runs["ours"].append(timed(lodestone_command("lodestone:phasesymmetry", parameters), folder))
        runs["peer"].append(timed(_peer_command(source, folder), folder))
    seconds = {side: np.array([run[0] for run in timings]) for side, timings in runs.items()}
    ours = Timing(float(np.median(seconds["ours"])), max(run[1] for run in runs["ours"]),
                  max(run.baseline_mb for run in runs["ours"]))
    peer = (float(np.median(seconds["peer"])), max(run[1] for run in runs["peer"]))
    speed_up = seconds["peer"] / seconds["ours"]
    return [(f"phasesymmetry {SIZE} x {SIZE} (5 scales, 6 orientations)", ours,
             "phasepack 1.5 phasesym, rasterio in and out", peer,
             f"medians of {REPEATS} runs a side: Lodestone {seconds['ours'].min():.2f}-{seconds['ours'].max():.2f} s, "
             f"phasepack {seconds['peer'].min():.2f}-{seconds['peer'].max():.2f} s, speed-up of paired runs "
             f"{speed_up.min():.2f}-{speed_up.max():.2f}x; symmetry correlation in the interior "
             f"{_interior_correlation(folder):.4f}")]
