"""Benchmark: Lodestone's minimum-curvature gridding against GMT ``surface`` on the whole Osborne survey.

Both grid the 991k readings (projected to UTM 54S) at 50 m cells with tension 0.25 on the same nodes (Lodestone's
cell centres = GMT's gridline nodes). GMT runs as usually advised, ``gmt blockmedian`` then ``gmt surface``, with
binary input so that neither side pays for parsing text; ``blockmedian -Q`` keeps the reading holding the median value,
which is Lodestone's own reduction (plain ``blockmedian`` is compared too). Each run is a child process, so its peak
memory is its own (resident set, which includes the Python interpreter and the readings for Lodestone).

Prints the seconds, peak memory and time ratio, and the RMS difference between the grids over the cells within 200 m
of a reading, as a percentage of the data's standard deviation. Targets: Lodestone within 1.5 x GMT's time and the
difference under 1 %.

    python benchmarks/bench_gridding.py [path/to/osborne-magnetic.csv.xz]
"""
import csv
import io
import lzma
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from lodestone_path import add_lodestone_to_path
from scipy.interpolate import RegularGridInterpolator

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared/data/osborne-magnetic/osborne-magnetic.csv.xz"
CELL, TENSION, COVERED = 50.0, 0.25, 200.0  # m, -, m


def import_lodestone():
    """The science modules this benchmark measures."""
    add_lodestone_to_path()
    from lodestone.science import projection
    from lodestone.science.grid import GridSpec
    from lodestone.science.magnetics import gridding
    return gridding, projection, GridSpec


def read_osborne(path):
    """Longitude, latitude and anomaly (nT) columns of the Osborne CSV."""
    try:
        import pandas
    except ImportError:
        with lzma.open(path, "rt") as text:
            rows = list(csv.DictReader(io.StringIO(text.read())))
        return (np.array([float(r[k]) for r in rows]) for k in ("longitude", "latitude", "total_field_anomaly_nt"))
    table = pandas.read_csv(path)
    return (table[k].to_numpy(float) for k in ("longitude", "latitude", "total_field_anomaly_nt"))


def run_measured(command, stdout=None, cwd=None):
    """Run a command; return its wall-clock seconds, peak resident memory (MB) and standard output."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE if stdout is None else stdout, cwd=cwd)
    output = b""
    if stdout is None:
        with process.stdout:
            output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)  # the child's own resource usage
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{command[0]} failed with exit code {process.returncode}")
    return seconds, usage.ru_maxrss / 1024, output


def lodestone_child(readings_path, grid_args, output_path):
    """Child process: grid the readings, save the grid, print the gridding time (s) alone."""
    gridding, _, GridSpec = import_lodestone()
    x, y, z = np.load(readings_path)
    grid = GridSpec(*grid_args)
    start = time.perf_counter()
    surface = gridding.minimum_curvature(x, y, z, grid, tension=TENSION)
    seconds = time.perf_counter() - start
    np.save(output_path, surface)
    print(seconds)


def gmt_grid(work, readings_bin, region, grid_shape, quick_median=True):
    """gmt blockmedian [-Q] | gmt surface, run in ``work`` (GMT leaves a gmt.history file where it runs); returns
    (seconds, peak MB of the larger step, grid with row 0 north)."""
    median_bin, grid_nc = work / "blockmedian.bin", work / "surface.nc"
    with open(median_bin, "wb") as out:
        t1, m1, _ = run_measured(["gmt", "blockmedian", "-bi3d", str(readings_bin), region, f"-I{CELL:g}", "-bo3d"]
                                 + (["-Q"] if quick_median else []), stdout=out, cwd=work)
    t2, m2, _ = run_measured(["gmt", "surface", "-bi3d", str(median_bin), region, f"-I{CELL:g}", f"-T{TENSION}",
                              f"-G{grid_nc}"], cwd=work)
    values = subprocess.run(["gmt", "grd2xyz", "-ZTLd", str(grid_nc)], check=True, capture_output=True,
                            cwd=work).stdout
    return t1 + t2, max(m1, m2), np.frombuffer(values, dtype=np.float64).reshape(grid_shape)


def main(data_path):
    gridding, projection, GridSpec = import_lodestone()
    if not Path(data_path).exists():
        sys.exit(f"Osborne survey not found at {data_path}")
    lon, lat, z = read_osborne(data_path)
    x, y = projection.lonlat_to_utm(lon, lat, 54, south=True)
    grid = GridSpec.from_bounds(x.min(), y.min(), x.max(), y.max(), CELL)
    print(f"Osborne: {z.size} readings, grid {grid.cols} x {grid.rows} cells of {CELL:g} m, tension {TENSION}")

    with tempfile.TemporaryDirectory(prefix="bench-gridding-") as folder:
        work = Path(folder)
        np.save(work / "readings.npy", np.vstack([x, y, z]))
        grid_args = [str(v) for v in (grid.west, grid.north, grid.cell_x, grid.cell_y, grid.rows, grid.cols)]
        total, lodestone_mb, output = run_measured(
            [sys.executable, __file__, "--child", str(work / "readings.npy"), *grid_args, str(work / "grid.npy")])
        lodestone_s = float(output.decode().split()[-1])
        ours = np.load(work / "grid.npy")
        print(f"Lodestone minimum_curvature: {lodestone_s:6.2f} s (child process {total:.2f} s with start-up and "
              f"loading), peak memory {lodestone_mb:5.0f} MB")
        start = time.perf_counter()
        blank = gridding.blanking_mask(x, y, grid, COVERED)
        print(f"Lodestone blanking_mask ({COVERED:g} m): {time.perf_counter() - start:.2f} s")

        if shutil.which("gmt") is None:
            print("GMT not found (Debian package gmt): no comparison")
            return
        np.column_stack([x, y, z]).astype("<f8").tofile(work / "readings.bin")
        half = CELL / 2
        region = f"-R{grid.west + half}/{grid.east - half}/{grid.south + half}/{grid.north - half}"
        version = subprocess.run(["gmt", "--version"], capture_output=True, text=True, cwd=work).stdout.strip()
        gmt_s, gmt_mb, theirs = gmt_grid(work, work / "readings.bin", region, grid.shape)
        print(f"GMT {version} blockmedian -Q + surface: {gmt_s:6.2f} s, peak memory {gmt_mb:5.0f} MB")
        print(f"time ratio Lodestone / GMT: {lodestone_s / gmt_s:.2f} (target <= 1.5)")
        covered = ~blank
        std = z.std()
        difference = 100 * np.sqrt(np.mean((ours - theirs)[covered] ** 2)) / std
        print(f"RMS difference over the {covered.mean():.1%} of cells within {COVERED:g} m of a reading: "
              f"{difference:.3f} % of the data std ({std:.1f} nT) (target < 1 %); "
              f"largest difference {np.abs(ours - theirs)[covered].max():.1f} nT")
        _, _, plain = gmt_grid(work, work / "readings.bin", region, grid.shape, quick_median=False)
        print("  against GMT with plain blockmedian (median x, y and z taken separately): "
              f"{100 * np.sqrt(np.mean((ours - plain)[covered] ** 2)) / std:.3f} %")
        for name, surface in (("Lodestone", ours), ("GMT", theirs)):
            misfit = bilinear(grid, surface, x, y) - z
            print(f"misfit at the readings, {name}: RMS {100 * np.sqrt(np.nanmean(misfit ** 2)) / std:.2f} % of the "
                  "data std")


def bilinear(grid, surface, x, y):
    """The grid interpolated at the points (NaN outside the cell centres' extent)."""
    interpolate = RegularGridInterpolator((grid.y_centres()[::-1], grid.x_centres()), surface[::-1],
                                          bounds_error=False)
    return interpolate(np.column_stack([y, x]))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        readings, *grid_args, output = sys.argv[2:]
        lodestone_child(readings, [float(v) for v in grid_args[:4]] + [int(v) for v in grid_args[4:]], output)
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DATA)
