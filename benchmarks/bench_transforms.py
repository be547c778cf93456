"""Speed and peak memory of Lodestone's magnetic transforms against Harmonica 0.7 (a script, not a test).

Five transforms of a synthetic total-field anomaly grid (float32, dipoles at several depths plus a regional
gradient and noise): reduction to the pole, then of the RTP field its first vertical derivative, tilt, analytic
signal (total gradient amplitude) and upward continuation.

- Lodestone: one call of ``magnetic_transforms`` (one padded spectrum, padding 25 % a side).
- Harmonica: ``reduction_to_pole`` on the grid padded 25 % a side with ``xrft.pad`` (as in Harmonica's examples),
  then ``derivative_upward``, ``tilt_angle``, ``total_gradient_amplitude`` and ``upward_continuation`` of the
  padded RTP, each unpadded with ``xrft.unpad``.

Each case runs in its own subprocess, which reports its wall time and its peak resident memory above the
baseline taken after imports and after loading the grid (``resource.getrusage(RUSAGE_SELF).ru_maxrss``), so the
two libraries never share a heap. A smaller grid is first used to check that both compute the same thing
(correlations of the outputs, signs and units matched).

Usage: ``.venv/bin/python benchmarks/bench_transforms.py [--size 4096] [--check-size 512]`` (needs harmonica,
xrft and xarray in the same environment: ``pip install -c .venv/constraints.txt harmonica==0.7.0``).
"""
import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from lodestone_path import add_lodestone_to_path

INCLINATION, DECLINATION = 60.0, 10.0
HEIGHT = 100.0
CELL = 25.0
PADDING = 0.25
OUTPUTS = ("rtp", "vertical_derivative", "tilt", "analytic_signal", "upward")


def _import_lodestone():
    """The science modules this benchmark measures."""
    add_lodestone_to_path()
    from lodestone.science import grid
    from lodestone.science.magnetics import forward, transforms

    return forward, grid, transforms


def _dipoles(extent, seed):
    """12 random dipoles (position (e, n, up) in m, moment in A m²) inside the middle 60 % of the area."""
    rng = np.random.default_rng(seed)
    return [((rng.uniform(0.2, 0.8) * extent, rng.uniform(0.2, 0.8) * extent, -rng.uniform(100, 1000)),
             rng.uniform(1e8, 1e10)) for _ in range(12)]


def dipole_anomaly(size, seed, inclination, declination, shift=(0.0, 0.0, 0.0)):
    """Total-field anomaly (nT, float64) of the dipoles magnetised along, and seen along, (inclination, declination).

    Observed on the size x size grid of 25 m cells, row 0 north, shifted by ``shift`` (east, north, up) in m.
    """
    forward, grid_module, _ = _import_lodestone()
    grid = grid_module.GridSpec(0.0, size * CELL, CELL, CELL, size, size)
    east, north = grid.mesh()
    field = [np.zeros((size, size)) for _ in range(3)]
    for position, intensity in _dipoles(size * CELL, seed):
        moment = forward.magnetization_vector(intensity, inclination, declination)
        points = (east + shift[0], north + shift[1], shift[2])
        for total, part in zip(field, forward.dipole_magnetic_field(*points, *position, moment)):
            total += part
    return forward.total_field_anomaly(*field, inclination, declination)


def synthetic_grid(size, seed=0, noise=0.05, gradient=0.01):
    """Induced dipoles' anomaly (nT, float32) plus a regional ``gradient`` (nT/m east) and white ``noise`` (nT)."""
    east = (np.arange(size) - size / 2) * CELL
    noise_grid = np.random.default_rng(seed + 1).normal(0.0, noise, (size, size))
    return (dipole_anomaly(size, seed, INCLINATION, DECLINATION) + gradient * east + noise_grid).astype(np.float32)


def true_outputs(size, seed, step=0.5):
    """Analytic answers for the noise-free, trend-free grid: the dipoles with vertical field and moment (RTP), its
    vertical (downward), east and north derivatives by central differences of ``step`` m, and its upward
    continuation."""
    def rtp(*shift):
        return dipole_anomaly(size, seed, 90.0, 0.0, shift)

    tz = (rtp(0, 0, -step) - rtp(0, 0, step)) / (2 * step)
    thdr = np.hypot(rtp(step, 0, 0) - rtp(-step, 0, 0), rtp(0, step, 0) - rtp(0, -step, 0)) / (2 * step)
    return {"rtp": rtp(0, 0, 0), "vertical_derivative": tz, "tilt": np.degrees(np.arctan2(tz, thdr)),
            "analytic_signal": np.hypot(thdr, tz), "upward": rtp(0, 0, HEIGHT)}


def run_lodestone(values):
    """Lodestone's five outputs, as a dict (RTP derivatives are of the RTP field)."""
    _, grid_module, transforms = _import_lodestone()
    rows, cols = values.shape
    grid = grid_module.GridSpec(0.0, rows * CELL, CELL, CELL, rows, cols)
    return transforms.magnetic_transforms(values, grid, set(OUTPUTS), INCLINATION, DECLINATION, height=HEIGHT,
                                          padding=PADDING)


def run_harmonica(values):
    """Harmonica's five outputs, rows back to north-first, in Lodestone's conventions only where noted."""
    import warnings

    import harmonica
    import xarray
    import xrft

    warnings.filterwarnings("ignore", category=FutureWarning, module="xrft")  # xrft's note on its ifft default

    rows, cols = values.shape
    # Harmonica wants ascending northing: flip the north-up rows.
    grid = xarray.DataArray(values[::-1], dims=("northing", "easting"),
                            coords={"northing": np.arange(rows) * CELL, "easting": np.arange(cols) * CELL})
    pad_width = {"northing": int(np.ceil(PADDING * rows)), "easting": int(np.ceil(PADDING * cols))}
    rtp = harmonica.reduction_to_pole(xrft.pad(grid, pad_width), INCLINATION, DECLINATION)
    results = {
        "rtp": rtp,
        "vertical_derivative": harmonica.derivative_upward(rtp),
        "tilt": harmonica.tilt_angle(rtp),
        "analytic_signal": harmonica.total_gradient_amplitude(rtp),
        "upward": harmonica.upward_continuation(rtp, HEIGHT),
    }
    return {name: xrft.unpad(result, pad_width).values[::-1] for name, result in results.items()}


RUNNERS = {"lodestone": run_lodestone, "harmonica": run_harmonica}


def worker(library, path):
    """Subprocess body: load the grid, time one run, print JSON with seconds and peak MB above the baseline."""
    if library == "harmonica":
        import harmonica  # noqa: F401  (imports are not part of the measurement)
        import xrft  # noqa: F401
    else:
        _import_lodestone()
    values = np.load(path)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    results = RUNNERS[library](values)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert set(results) == set(OUTPUTS)
    print(json.dumps({"seconds": seconds, "peak_mb": (peak - baseline) / 1024}))


def _subprocess(*args):
    """Run this script with ``args`` in a fresh interpreter; its standard output.

    The parent stays small: ru_maxrss survives exec, so a big parent would inflate the children's baselines.
    """
    return subprocess.run([sys.executable, __file__, *map(str, args)], capture_output=True, text=True,
                          check=True).stdout


def correlation(a, b, trim):
    """Pearson correlation of two grids on the interior (``trim`` cells cut from each side)."""
    inner = (slice(trim, -trim),) * 2
    return float(np.corrcoef(a[inner].ravel(), b[inner].ravel())[0, 1])


def rms_percent(result, truth, trim):
    """RMS error on the interior as a percentage of the peak of the true field."""
    inner = (slice(trim, -trim),) * 2
    return 100 * float(np.sqrt(np.mean((result[inner] - truth[inner]) ** 2)) / np.abs(truth[inner]).max())


def cross_check(size, seed=1):
    """Both libraries on a small noise-free grid: correlations, and errors against the analytic answers."""
    values = synthetic_grid(size, seed, noise=0.0, gradient=0.0)
    ours, theirs = run_lodestone(values), run_harmonica(values)
    # Harmonica's derivative is upward positive and its tilt in radians with that derivative: flip to ours.
    theirs["vertical_derivative"] = -theirs["vertical_derivative"]
    theirs["tilt"] = -np.degrees(theirs["tilt"])
    truth = true_outputs(size, seed)
    trim = size // 20
    print(f"Cross-check on {size} x {size}, noise-free (interior, {trim}-cell border trimmed)")
    print(f"{'':22s}{'correlation':>12s}{'RMS error, % of true peak':>30s}")
    print(f"{'':22s}{'':>12s}{'lodestone':>15s}{'harmonica':>15s}")
    for name in OUTPUTS:
        print(f"  {name:20s}{correlation(ours[name], theirs[name], trim):12.5f}"
              f"{rms_percent(ours[name], truth[name], trim):15.3f}{rms_percent(theirs[name], truth[name], trim):15.3f}")
    rtp = correlation(ours["rtp"], theirs["rtp"], trim)
    if rtp <= 0.99:
        raise SystemExit(f"RTP correlation {rtp:.4f} <= 0.99: the comparison is not like for like")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=4096, help="grid rows and columns of the timed case")
    parser.add_argument("--check-size", type=int, default=512, help="grid size of the correctness cross-check")
    parser.add_argument("--worker", nargs=2, metavar=("LIBRARY", "NPY"), help=argparse.SUPPRESS)
    parser.add_argument("--make-grid", nargs=2, metavar=("SIZE", "NPY"), help=argparse.SUPPRESS)
    parser.add_argument("--cross-check-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
    elif args.make_grid:
        np.save(args.make_grid[1], synthetic_grid(int(args.make_grid[0])))
    elif args.cross_check_only:
        cross_check(args.check_size)
    else:
        print(_subprocess("--cross-check-only", "--check-size", args.check_size))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "grid.npy"
            _subprocess("--make-grid", args.size, path)
            reports = {library: json.loads(_subprocess("--worker", library, path)) for library in RUNNERS}
        print(f"{args.size} x {args.size} float32, outputs {', '.join(OUTPUTS)}; padding {PADDING:.0%} a side")
        print(f"{'':12s}{'seconds':>10s}{'peak MB':>10s}")
        for library, report in reports.items():
            print(f"{library:12s}{report['seconds']:10.2f}{report['peak_mb']:10.0f}")
        ours, theirs = reports["lodestone"], reports["harmonica"]
        print(f"ratio harmonica/lodestone: time {theirs['seconds'] / ours['seconds']:.2f}x, "
              f"peak memory {theirs['peak_mb'] / ours['peak_mb']:.2f}x")


if __name__ == "__main__":
    main()
