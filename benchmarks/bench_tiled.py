"""Province scale: Lodestone's tiled path on grids larger than memory (issue 19; a script, not a test).

Cases, each timed in its own subprocess; its peak resident memory is the kernel's (``ru_maxrss`` of the process
and of its largest finished child, i.e. a Dask worker), and a sampler in this script reads every process of the
run four times a second to give the peak of their sum:

- ``transforms``: a SIZE x SIZE float32 total-field grid (default 32768 x 32768, 4 GiB; 50 m cells) written as a
  tiled GeoTIFF by blocks of rows, so the generator never holds it: a regional plane plus 240 separable waves
  ``a cos(kx x + p) cos(ky y + q)`` (wavelengths 4 to 2048 cells, amplitudes of sources 2.5 to 60 cells deep),
  with a ragged no-data corner and round holes. ``magnetic_transforms_tiled`` makes its RTP (I = 60, D = 10 deg)
  and, of the RTP, the first vertical derivative and the tilt. Checks on the central 4096 x 4096 cells (far from
  the edges and holes): against the analytic transforms of the waves (each wave's transform is the filter's
  response at its wavenumber, the plane's is itself or its gradient), and against ``magnetic_transforms`` run on
  the central 4096 x 4096 sub-grid in memory, on its middle 2048 x 2048 cells (a 1024-cell margin).
- ``reference``: the same kind of grid at REFERENCE x REFERENCE (default 16384: 1 GiB), small enough for
  ``magnetic_transforms`` on the whole grid in memory: both are timed, and the tiled outputs are compared with the
  whole-grid ones over every valid cell (the check the 32768 grid cannot have: its whole-grid transform would need
  about 40 GB).
- ``harmonica``: Harmonica's ``reduction_to_pole`` of the same grid padded 25 % a side (as bench_transforms.py
  does), under a memory limit (``RLIMIT_AS``, default 14 GiB) so that the shared machine is not swapped to death:
  the Python of ``HARMONICA_PYTHON`` (default /tmp/hm/bin/python) with harmonica, xrft, xarray and rasterio.
- ``predict``: a STACK x STACK x 12-band float32 evidence stack (default 20000: 19.2 GB) written by blocks, a
  model trained with ``prospectivity.model.train`` (by default its default, monotone gradient boosting with 10
  bags; ``--method``) on an 800 x 800 crop (in the measured process, before the clock starts), then
  ``predict_tiled``; checked equal, to the bit, to ``ProspectivityModel.predict`` on a 1024 x 1024 window. The same
  model read back from a model file predicts with Lodestone's NumPy tree walker (prospectivity/persistence.py):
  its speed per cell is printed beside scikit-learn's.

The inputs are generated once in ``--folder`` (default a new folder in /tmp) and, unless ``--keep``, deleted with
the outputs after each case. Usage: ``.venv/bin/python benchmarks/bench_tiled.py [--case transforms] [--size
32768] [--stack-size 20000] [--scheduler local:2] [--folder DIR] [--keep]``.
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
from lodestone_path import add_lodestone_to_path

CELL = 50.0
WEST, NORTH = 300_000.0, 5_800_000.0
INCLINATION, DECLINATION = 60.0, 10.0
OUTPUTS = ("rtp", "vertical_derivative", "tilt")
WAVES = 240
CHECK = 4096
BLOCK_ROWS = 1024
BANDS = 12
MEMORY_LIMIT_GB = 14.0
TILE = 2048


def _modules():
    add_lodestone_to_path()
    from lodestone.science import grid, tiling
    from lodestone.science.magnetics import transforms

    return grid, tiling, transforms


def _profile(size, count=1):
    from rasterio.transform import from_origin

    return dict(driver="GTiff", width=size, height=size, count=count, dtype="float32", crs="EPSG:32618",
                transform=from_origin(WEST, NORTH, CELL, CELL), nodata=-99999.0, tiled=True, blockxsize=256,
                blockysize=256, compress="deflate", zlevel=1, predictor=3, bigtiff="yes", num_threads="all_cpus",
                interleave="band")


# ----------------------------------------------------------------------------------------------------------------
# The magnetic grid


def _waves(seed=19):
    """(amplitude nT, kx, ky rad/m, phase of x, phase of y) of the waves, and the plane (level, east, north)."""
    rng = np.random.default_rng(seed)
    wavelength = CELL * np.exp(rng.uniform(np.log(4), np.log(2048), WAVES))
    angle = rng.uniform(0, np.pi, WAVES)
    k = 2 * np.pi / wavelength
    depth = CELL * rng.choice([2.5, 5.0, 15.0, 60.0], WAVES)
    amplitude = np.exp(-k * depth) * depth / CELL
    amplitude *= 100 / np.sqrt(np.sum(amplitude**2) / 4)  # 100 nT standard deviation
    waves = (amplitude, k * np.cos(angle), k * np.sin(angle), rng.uniform(0, 2 * np.pi, WAVES),
             rng.uniform(0, 2 * np.pi, WAVES))
    return waves, (250.0, 2e-3, -1e-3)


def _coordinates(rows, cols):
    """Eastings of columns ``cols`` and northings of rows ``rows`` (ranges) of cell centres, m, from the grid
    centre (so the plane's level is its value there)."""
    x = WEST + (np.asarray(cols) + 0.5) * CELL
    y = NORTH - (np.asarray(rows) + 0.5) * CELL
    return x, y


def _plane(rows, cols, size):
    _, (level, east, north) = _waves()
    x, y = _coordinates(rows, cols)
    xc, yc = _coordinates(size / 2 - 0.5, size / 2 - 0.5)
    return level + east * (x - xc)[None, :] + north * (y - yc)[:, None]


def _field(rows, cols, size):
    """The total-field anomaly (nT, float32) over grid rows ``rows`` and columns ``cols`` (ranges)."""
    (amplitude, kx, ky, px, py), _ = _waves()
    x, y = _coordinates(rows, cols)
    row_part = (amplitude * np.cos(np.outer(y, ky) + py)).astype(np.float32)
    col_part = np.cos(np.outer(x, kx) + px).astype(np.float32)
    values = row_part @ col_part.T
    values += _plane(rows, cols, size).astype(np.float32)
    r, c = np.meshgrid(np.asarray(rows, float), np.asarray(cols, float), indexing="ij")
    corner = r + 0.7 * c + 0.08 * size * np.sin(c / (0.05 * size)) < 0.12 * size  # ragged no-data corner
    holes = np.zeros_like(corner)
    rng = np.random.default_rng(7)
    for _ in range(12):  # round holes in the outer ring, away from the checked centre
        angle, radius = rng.uniform(0, 2 * np.pi), rng.uniform(0.005, 0.01) * size
        centre = size / 2 + 0.38 * size * np.array([np.sin(angle), np.cos(angle)])
        holes |= np.hypot(r - centre[0], c - centre[1]) < radius
    values[corner | holes] = np.nan
    return values


def write_magnetic(path, size):
    import rasterio

    with rasterio.open(path, "w", **_profile(size)) as dataset:
        for r0 in range(0, size, BLOCK_ROWS):
            rows = range(r0, min(r0 + BLOCK_ROWS, size))
            values = _field(rows, range(size), size)
            dataset.write(np.where(np.isnan(values), np.float32(-99999.0), values)[None],
                          window=((r0, rows.stop), (0, size)))


def analytic(rows, cols, size):
    """The RTP, its first vertical derivative and its tilt over ``rows`` x ``cols``: each wave
    (a/2) [cos(kx x + ky y + p + q) + cos(kx x - ky y + p - q)] is filtered by the response at its wavenumber;
    the plane is returned unchanged by the RTP, has no vertical derivative and its gradient adds to the THDR."""
    _, _, transforms = _modules()
    (amplitude, kx, ky, px, py), (_, east, north) = _waves()
    x, y = _coordinates(rows, cols)
    direction = transforms.direction_vector(INCLINATION, DECLINATION)
    fields = {}
    for name, kernel in (("rtp", lambda u, v: 1), ("down", lambda u, v: np.hypot(u, v)),
                         ("east", lambda u, v: 1j * u), ("north", lambda u, v: 1j * v)):
        total = 0
        for sign in (1, -1):
            response = transforms.rtp_response(kx, sign * ky, direction, direction) * kernel(kx, sign * ky)
            row_part = (amplitude / 2 * response) * np.exp(1j * (sign * np.outer(y, ky) + sign * py))
            total = total + np.real(row_part @ np.exp(1j * (np.outer(x, kx) + px)).T)
        fields[name] = total
    fields["rtp"] += _plane(rows, cols, size)
    fields["east"] += east
    fields["north"] += north
    thdr = np.hypot(fields["east"], fields["north"])
    return {"rtp": fields["rtp"], "vertical_derivative": fields["down"],
            "tilt": np.degrees(np.arctan2(fields["down"], thdr)), "analytic_signal": np.hypot(thdr, fields["down"])}


def _read(path, rows, cols):
    import rasterio
    from rasterio.windows import Window

    with rasterio.open(path) as dataset:
        window = Window(cols.start, rows.start, len(cols), len(rows))
        return dataset.read(1, window=window, masked=True).filled(np.nan).astype(np.float64)


def check_transforms(folder, size):
    """Largest |difference| / range of the analytic answer on the checked centre, per output: tiled against
    analytic, tiled against the whole-grid transform of the central sub-grid (middle half), and that sub-grid
    transform against analytic (how good a sub-grid reference itself is). The tilt's differences (radians) are
    weighted by the analytic signal over its largest value (an angle where the gradient vanishes means nothing)."""
    grid_module, _, transforms = _modules()
    start = (size - CHECK) // 2
    rows = cols = range(start, start + CHECK)
    truth = analytic(rows, cols, size)
    sub = grid_module.GridSpec(WEST + start * CELL, NORTH - start * CELL, CELL, CELL, CHECK, CHECK)
    values = _read(folder / "tmi.tif", rows, cols).astype(np.float32)
    whole = transforms.magnetic_transforms(values, sub, set(OUTPUTS), INCLINATION, DECLINATION)
    middle = (slice(CHECK // 4, 3 * CHECK // 4),) * 2
    result = {}
    for name in OUTPUTS:
        tiled = _read(folder / f"{name}.tif", rows, cols)
        if name == "tilt":
            weight = np.radians(truth["analytic_signal"] / truth["analytic_signal"].max())
        else:
            weight = np.full(truth[name].shape, 1 / np.ptp(truth[name]))
        result[name] = (np.max(np.abs(tiled - truth[name]) * weight),
                        np.max(np.abs(tiled - whole[name])[middle] * weight[middle]),
                        np.max(np.abs(whole[name] - truth[name])[middle] * weight[middle]))
    return result


# ----------------------------------------------------------------------------------------------------------------
# The evidence stack and the model


def _band_waves(band):
    rng = np.random.default_rng(100 + band)
    wavelength = CELL * np.exp(rng.uniform(np.log(50), np.log(5000), 24))
    angle = rng.uniform(0, np.pi, 24)
    k = 2 * np.pi / wavelength
    return rng.normal(0, 1, 24), k * np.cos(angle), k * np.sin(angle), rng.uniform(0, 6.3, 24), rng.uniform(0, 6.3, 24)


def _stack(rows, cols, size):
    """(12, rows, cols) float32 evidence bands: smooth random fields, no data in a band along the west edge."""
    x, y = _coordinates(rows, cols)
    values = np.empty((BANDS, len(rows), len(cols)), np.float32)
    for band in range(BANDS):
        amplitude, kx, ky, px, py = _band_waves(band)
        values[band] = (amplitude * np.cos(np.outer(y, ky) + py)) @ np.cos(np.outer(x, kx) + px).T
    c = np.asarray(cols, float)[None, :]
    r = np.asarray(rows, float)[:, None]
    values[:, c.repeat(len(rows), 0) < 0.05 * size + 0.02 * size * np.sin(r / (0.03 * size))] = np.nan
    return values


BAND_NAMES = [f"evidence {band + 1}" for band in range(BANDS)]


def write_stack(path, size):
    import rasterio

    with rasterio.open(path, "w", **_profile(size, BANDS)) as dataset:
        for band, name in enumerate(BAND_NAMES, start=1):
            dataset.set_band_description(band, name)
        for r0 in range(0, size, BLOCK_ROWS // 2):
            rows = range(r0, min(r0 + BLOCK_ROWS // 2, size))
            values = _stack(rows, range(size), size)
            dataset.write(np.where(np.isnan(values), np.float32(-99999.0), values),
                          window=((r0, rows.stop), (0, size)))


def train_model(size, method="monotone gradient boosting"):
    """The model trained on an 800 x 800 crop, positives where two bands are high (scikit-learn's classifiers,
    as ``train`` returns them; a model file is read back into Lodestone's own predictors, see
    :func:`model_file_speed`)."""
    add_lodestone_to_path()
    from lodestone.science.grid import GridSpec
    from lodestone.science.prospectivity.model import ArrayStack, train

    crop = range(size // 2, size // 2 + 800)
    values = _stack(crop, crop, size)
    grid = GridSpec(WEST + crop.start * CELL, NORTH - crop.start * CELL, CELL, CELL, 800, 800)
    score = values[0] + values[3] - 0.5 * values[7]
    cells = np.flatnonzero(score.ravel() > np.nanpercentile(score, 99.8))
    cells = np.random.default_rng(3).choice(cells, 60, replace=False)
    rows, cols = np.divmod(cells, 800)
    xy = np.column_stack([grid.west + (cols + 0.5) * CELL, grid.north - (rows + 0.5) * CELL])
    return train(ArrayStack(values, BAND_NAMES, grid), xy, method=method, cv_block_size_m=5000.0).model


def model_file_speed(folder, size, method):
    """Microseconds per cell of the model's prediction, as trained and as read back from a model file."""
    add_lodestone_to_path()
    from lodestone.science.grid import GridSpec
    from lodestone.science.prospectivity.model import ArrayStack, ProspectivityModel

    model = train_model(size, method)
    path = str(folder / "model.npz")
    model.save(path)
    window = range(size // 4, size // 4 + 256)
    stack = ArrayStack(_stack(window, window, size), BAND_NAMES, GridSpec(WEST, NORTH, CELL, CELL, 256, 256))
    speeds = []
    for predictor in (model, ProspectivityModel.load(path)):
        start = time.perf_counter()
        predictor.predict(stack)
        speeds.append(1e6 * (time.perf_counter() - start) / 256**2)
    return speeds


def check_prediction(folder, size, method):
    """True when the tiled prediction equals ProspectivityModel.predict on a 1024 x 1024 window, to the bit."""
    add_lodestone_to_path()
    from lodestone.science.grid import GridSpec
    from lodestone.science.prospectivity.model import ArrayStack

    rows = cols = range(size // 3, size // 3 + 1024)
    import rasterio
    from rasterio.windows import Window

    with rasterio.open(folder / "stack.tif") as dataset:
        values = dataset.read(window=Window(cols.start, rows.start, 1024, 1024), masked=True).filled(np.nan)
    grid = GridSpec(WEST + cols.start * CELL, NORTH - rows.start * CELL, CELL, CELL, 1024, 1024)
    expected = train_model(size, method).predict(ArrayStack(values, BAND_NAMES, grid))
    tiled = [_read(folder / f"{name}.tif", rows, cols).astype(np.float32) for name in ("prospectivity", "uncertainty")]
    return all(np.array_equal(t, e, equal_nan=True) for t, e in zip(tiled, expected))


# ----------------------------------------------------------------------------------------------------------------
# Running a job in a measured subprocess


class Sampler(threading.Thread):
    """Peaks of the resident memory of a process's descendants (each, and their sum with the process), read every
    0.25 s. (The kernel's peak for children is no use here: a spawned worker counts its parent's memory at the
    fork before its exec.)"""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak_total, self.peak_child, self.stopped = pid, 0, 0, threading.Event()

    def run(self):
        import psutil

        root = psutil.Process(self.pid)
        while not self.stopped.is_set():
            try:
                processes = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            total = 0
            for process in processes:
                try:
                    rss = process.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                if process is not root:
                    self.peak_child = max(self.peak_child, rss)
            self.peak_total = max(self.peak_total, total)
            time.sleep(0.25)


def measured(command, limit_gb=None, env=None):
    """Run ``command``; (stdout lines, seconds printed as ELAPSED or wall, own peak MB (the kernel's), largest
    child's sampled peak MB, sampled peak MB of the sum of all, return code). ``limit_gb`` sets RLIMIT_AS on the
    process."""

    def limit():
        if limit_gb:
            size = int(limit_gb * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    script = textwrap.dedent("""
        import os, resource, runpy, sys
        sys.argv = sys.argv[1:]
        sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[0])))
        code = 0
        try:
            runpy.run_path(sys.argv[0], run_name="__main__")
        except BaseException as error:
            print("FAILED", type(error).__name__, str(error)[:300].replace("\\n", " "), flush=True)
            code = 1
        print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
        sys.exit(code)
    """)
    start = time.perf_counter()
    process = subprocess.Popen([command[0], "-c", script, *command[1:]], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, preexec_fn=limit, env=env)
    sampler = Sampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    sampler.stopped.set()
    lines = stdout.splitlines()
    elapsed = [float(line.split()[1]) for line in lines if line.startswith("ELAPSED ")]
    own = [float(line.split()[1]) for line in lines if line.startswith("PEAK ")]
    if process.returncode and not any(line.startswith("FAILED") for line in lines):
        lines.append("FAILED " + stderr.strip().splitlines()[-1][:300] if stderr.strip() else "FAILED (killed)")
    return (lines, elapsed[-1] if elapsed else wall, own[-1] if own else float("nan"), sampler.peak_child / 2**20,
            sampler.peak_total / 2**20, process.returncode)


def _job(*arguments):
    return [sys.executable, str(Path(__file__).resolve()), "--job", *arguments]


def job(arguments):
    """The measured part of a case, in the subprocess."""
    name, folder, scheduler = arguments.job, Path(arguments.folder), arguments.scheduler
    scheduler = None if scheduler == "none" else scheduler
    _, tiling, _ = _modules()
    start = time.perf_counter()
    if name == "transforms":
        tiling.magnetic_transforms_tiled(str(folder / "tmi.tif"), {o: str(folder / f"{o}.tif") for o in OUTPUTS},
                                         inclination=INCLINATION, declination=DECLINATION, tile=TILE,
                                         scheduler=scheduler)
    elif name == "whole":
        return whole_grid(folder, arguments.size)
    elif name == "predict":
        model = train_model(arguments.size, arguments.method)
        start = time.perf_counter()
        tiling.predict_tiled(model, [str(folder / "stack.tif")],
                             {o: str(folder / f"{o}.tif") for o in ("prospectivity", "uncertainty")}, tile=TILE,
                             scheduler=scheduler)
    print("ELAPSED", time.perf_counter() - start, flush=True)


def whole_grid(folder, size):
    """In the subprocess: ``magnetic_transforms`` of the whole grid in memory (timed), then the largest
    |tiled - whole| / range of each output over every valid cell, printed as ``DIFFERENCE name value``."""
    grid_module, _, transforms = _modules()
    import rasterio

    with rasterio.open(folder / "tmi.tif") as dataset:
        values = dataset.read(1, masked=True).filled(np.nan).astype(np.float32)
    grid = grid_module.GridSpec(WEST, NORTH, CELL, CELL, size, size)
    start = time.perf_counter()
    whole = transforms.magnetic_transforms(values, grid, set(OUTPUTS) | {"analytic_signal"}, INCLINATION,
                                           DECLINATION)
    print("ELAPSED", time.perf_counter() - start, flush=True)
    del values
    start = (size - CHECK) // 2
    centre = range(start, start + CHECK)
    truth = analytic(centre, centre, size)
    inner = (slice(start, start + CHECK),) * 2
    for name in OUTPUTS:  # how far the whole-grid transform itself is from the analytic answer at the centre
        weight = (np.radians(truth["analytic_signal"] / truth["analytic_signal"].max()) if name == "tilt"
                  else 1 / np.ptp(truth[name]))
        print("ANALYTIC", name, np.max(np.abs(whole[name][inner] - truth[name]) * weight), flush=True)
    del truth
    signal = whole.pop("analytic_signal")
    for name in OUTPUTS:
        tiled = _read(folder / f"{name}.tif", range(size), range(size))
        if name == "tilt":
            difference = np.nanmax(np.abs(np.radians(tiled - whole[name])) * signal) / np.nanmax(signal)
        else:
            difference = np.nanmax(np.abs(tiled - whole[name])) / (np.nanmax(whole[name]) - np.nanmin(whole[name]))
        print("DIFFERENCE", name, difference, flush=True)
        del tiled


HARMONICA = """
import sys, time
import numpy as np, rasterio, xarray, xrft, harmonica
path, inclination, declination = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
with rasterio.open(path) as dataset:
    values = dataset.read(1)
values[values == -99999.0] = 0.0  # harmonica has no nodata handling: holes set to 0
start = time.perf_counter()
rows, cols = values.shape
grid = xarray.DataArray(values[::-1], dims=("northing", "easting"),
                        coords={"northing": np.arange(rows) * 50.0, "easting": np.arange(cols) * 50.0})
del values
pad = {"northing": rows // 4, "easting": cols // 4}
rtp = harmonica.reduction_to_pole(xrft.pad(grid, pad), inclination, declination)
xrft.unpad(rtp, pad).values
print("ELAPSED", time.perf_counter() - start, flush=True)
"""


# ----------------------------------------------------------------------------------------------------------------
# Cases


def _mb(value):
    return f"{value:7.0f} MB" if value == value else "      - MB"


def _row(job_name, result, note):
    lines, seconds, own, child, total, code = result
    failure = next((line[7:] for line in lines if line.startswith("FAILED")), None)
    status = f"{seconds:8.1f} s" if not code else f"failed after {seconds:.0f} s"
    print(f"{job_name:<58} {status:>22} {_mb(own)} {_mb(child)} {_mb(total)}  {note if not failure else failure}",
          flush=True)


def _ensure_input(write, path, size):
    """Write the input at ``path`` with ``write(path, size)`` unless it is there, saying how long it took."""
    if not path.exists():
        start = time.perf_counter()
        write(path, size)
        print(f"  {path.name} written in {time.perf_counter() - start:.0f} s: {path.stat().st_size / 2**30:.1f} GiB "
              "on disk", flush=True)


def run_transforms(folder, arguments):
    size = arguments.size
    _ensure_input(write_magnetic, folder / "tmi.tif", size)
    result = measured(_job("transforms", "--folder", str(folder), "--size", str(size), "--scheduler",
                           arguments.scheduler))
    note = ""
    if not result[5]:
        errors = check_transforms(folder, size)
        note = "; ".join(f"{name}: {a:.1e} / {b:.1e} / {c:.1e}" for name, (a, b, c) in errors.items())
    _row(f"tiled transforms {size} x {size} ({arguments.scheduler})", result,
         "max |error| / range, tiled-analytic / tiled-subgrid / subgrid-analytic: " + note)


def run_reference(folder, arguments):
    """A grid small enough for the whole-grid transform in memory: tiled (timed) against whole (timed)."""
    size, folder = arguments.reference_size, folder / "reference"
    folder.mkdir(exist_ok=True)
    _ensure_input(write_magnetic, folder / "tmi.tif", size)
    tiled = measured(_job("transforms", "--folder", str(folder), "--size", str(size), "--scheduler",
                          arguments.scheduler))
    _row(f"tiled transforms {size} x {size} ({arguments.scheduler})", tiled, "")
    whole = measured(_job("whole", "--folder", str(folder), "--size", str(size)))
    differences = [line.split()[1:] for line in whole[0] if line.startswith("DIFFERENCE ")]
    deviations = [line.split()[1:] for line in whole[0] if line.startswith("ANALYTIC ")]
    _row(f"whole-grid magnetic_transforms {size} x {size}", whole,
         "max |tiled - whole| / range: " + "; ".join(f"{name} {float(value):.1e}" for name, value in differences)
         + "; whole-analytic on the central 4096 x 4096: "
         + "; ".join(f"{name} {float(value):.1e}" for name, value in deviations))
    if not arguments.keep:
        shutil.rmtree(folder)


def run_harmonica(folder, arguments):
    python = os.environ.get("HARMONICA_PYTHON", "/tmp/hm/bin/python")
    if not Path(python).exists():
        print(f"harmonica: no Python at {python} (set HARMONICA_PYTHON)")
        return
    _ensure_input(write_magnetic, folder / "tmi.tif", arguments.size)
    script = folder / "harmonica_rtp.py"
    script.write_text(HARMONICA)
    result = measured([python, str(script), str(folder / "tmi.tif"), str(INCLINATION), str(DECLINATION)],
                      limit_gb=arguments.memory_limit)
    _row(f"harmonica reduction_to_pole {arguments.size} x {arguments.size}", result,
         f"under RLIMIT_AS {arguments.memory_limit:g} GiB")


def run_predict(folder, arguments):
    size = arguments.stack_size
    _ensure_input(write_stack, folder / "stack.tif", size)
    result = measured(_job("predict", "--folder", str(folder), "--size", str(size), "--scheduler",
                           arguments.scheduler, "--method", arguments.method))
    note = "" if result[5] else ("equal to the whole-window prediction: "
                                 f"{check_prediction(folder, size, arguments.method)}")
    trained, from_file = model_file_speed(folder, size, arguments.method)
    _row(f"tiled prediction {size} x {size} x {BANDS} bands, {arguments.method} ({arguments.scheduler})", result,
         f"{note}; {trained:.2f} us/cell as trained, {from_file:.2f} us/cell from a model file")


CASES = {"transforms": run_transforms, "harmonica": run_harmonica, "reference": run_reference,
         "predict": run_predict}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--size", type=int, default=32768)
    parser.add_argument("--stack-size", type=int, default=20000)
    parser.add_argument("--reference-size", type=int, default=16384)
    parser.add_argument("--scheduler", default="local:2", help="none, local:N or a scheduler address")
    parser.add_argument("--memory-limit", type=float, default=MEMORY_LIMIT_GB, help="GiB, for harmonica")
    parser.add_argument("--folder")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--method", default="monotone gradient boosting", help="of the prospectivity model")
    parser.add_argument("--job", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.job:
        return job(arguments)
    folder = Path(arguments.folder or tempfile.mkdtemp(prefix="lodestone-tiled-", dir="/tmp"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'job':<58} {'seconds':>22} {'process':>10} {'worker':>10} {'all':>10}  check", flush=True)
    try:
        for name in arguments.case or ["reference", "transforms", "harmonica", "predict"]:
            if name == "predict" and not arguments.keep:  # room on the disk for the stack
                for path in folder.glob("*.tif"):
                    path.unlink()
            CASES[name](folder, arguments)
    finally:
        if not arguments.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"folder": str(folder), "kept": arguments.keep}))


if __name__ == "__main__":
    main()
