"""Benchmark: training the bagged prospectivity model, then predicting a 4000 x 4000 x 10 stack window by window,
against scikit-learn's plain ``predict_proba`` on the whole array loaded at once.

The stack is synthetic: ten smooth bands (sums of random plane waves, float32) written to a raw file laid out row by
row (rows, bands, cols), so a window of rows is one contiguous read and neither side pays for a file format. The
model is trained with 20 bags (random forest, the default) on 200 positives drawn where bands 1 and 2 are high, in the
top-left 1000 x 1000 cells; it is then applied to the whole 4000 x 4000 stack:

- Lodestone: ``ProspectivityModel.predict`` on a stack object that reads one window of rows at a time;
- plain: the whole stack read into one (16 M, 10) array, standardised, and each bag's ``predict_proba`` run on it
  at once (mean and spread accumulated bag by bag, as a careful user would).

Each step runs in a child process, so its peak memory (resident set, ``ru_maxrss``) is its own. Prints seconds, peak
memory, their ratios and the largest difference between the two maps. Target: prediction under 2 GB.

    python benchmarks/bench_prospectivity.py
"""
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from lodestone_path import add_lodestone_to_path

ROWS = COLS = 4000
BANDS = 10
TRAIN_SIZE = 1000
N_POSITIVES, N_BAGS = 200, 20
CELL = 25.0


def import_lodestone():
    """The science modules this benchmark measures."""
    add_lodestone_to_path()
    from lodestone.science.grid import GridSpec
    from lodestone.science.prospectivity import model as prospectivity
    return prospectivity, GridSpec


def write_stack(path, seed=0, chunk=250):
    """Ten smooth float32 bands, each a sum of 12 plane waves of 1-15 km wavelength, row by row on disk.

    sin(kx x + ky y + p) = sin(kx x + p) cos(ky y) + cos(kx x + p) sin(ky y), so a band is one matrix product of
    (rows, 24) by (24, cols) factors."""
    rng = np.random.default_rng(seed)
    k = 2 * np.pi / rng.uniform(1000, 15000, (BANDS, 12))
    angle = rng.uniform(0, np.pi, (BANDS, 12))
    phase = rng.uniform(0, 2 * np.pi, (BANDS, 12))
    x = (np.arange(COLS) + 0.5) * CELL
    along_x = (k * np.cos(angle))[..., None] * x + phase[..., None]  # (bands, waves, cols)
    across = np.concatenate([np.sin(along_x), np.cos(along_x)], axis=1) / np.sqrt(12)  # (bands, 24, cols)
    with open(path, "wb") as out:
        for row0 in range(0, ROWS, chunk):
            y = (np.arange(row0, row0 + chunk) + 0.5) * CELL
            along_y = (k * np.sin(angle))[..., None] * y  # (bands, waves, rows)
            down = np.concatenate([np.cos(along_y), np.sin(along_y)], axis=1)  # (bands, 24, rows)
            block = np.einsum("bwr,bwc->rbc", down, across).astype(np.float32)
            block.tofile(out)


class RawStack:
    """A (rows, bands, cols) float32 file read one window of rows at a time (ordinary reads, not a memory map, so
    pages already used do not stay in the process's resident memory)."""

    def __init__(self, path, names, grid, row_offset=0):
        self.path, self.names, self.grid, self.row_offset = path, names, grid, row_offset

    def window(self, row0, row1):
        row_values = BANDS * COLS
        with open(self.path, "rb") as stream:
            stream.seek((self.row_offset + row0) * row_values * 4)
            block = np.fromfile(stream, dtype=np.float32, count=(row1 - row0) * row_values)
        block = block.reshape(row1 - row0, BANDS, COLS)[:, :, :self.grid.cols]
        return block.transpose(1, 0, 2).astype(np.float64)


def grid_of(rows, cols, GridSpec):
    return GridSpec(500_000.0, 5_500_000.0, CELL, CELL, rows, cols)


def train_child(stack_path, model_path):
    prospectivity, GridSpec = import_lodestone()
    names = [f"band {i + 1}" for i in range(BANDS)]
    stack = RawStack(stack_path, names, grid_of(TRAIN_SIZE, TRAIN_SIZE, GridSpec))
    values = np.concatenate([stack.window(r, min(r + 250, TRAIN_SIZE)) for r in range(0, TRAIN_SIZE, 250)], axis=1)
    favour = np.exp(2.0 * (values[0] + values[1])).ravel()
    rng = np.random.default_rng(1)
    cells = rng.choice(favour.size, N_POSITIVES, replace=False, p=favour / favour.sum())
    rows, cols = np.divmod(cells, TRAIN_SIZE)
    xy = np.column_stack([500_000.0 + (cols + 0.5) * CELL, 5_500_000.0 - (rows + 0.5) * CELL])
    del values
    start = time.perf_counter()
    result = prospectivity.train(stack, xy, n_bags=N_BAGS)
    seconds = time.perf_counter() - start
    result.model.save(model_path)
    summary = result.spatial_summary
    print(f"{seconds} {summary.auc} {summary.capture[0.1]} {result.random_summary.auc} {len(result.model.estimators)} "
          f"{sum(getattr(e, 'n_estimators', 1) for e in result.model.estimators)}")


def blocks_child(stack_path, model_path, output_path):
    prospectivity, GridSpec = import_lodestone()
    model = prospectivity.ProspectivityModel.load(model_path)
    stack = RawStack(stack_path, model.band_names, grid_of(ROWS, COLS, GridSpec))
    start = time.perf_counter()
    mapped, _ = model.predict(stack)
    print(time.perf_counter() - start)
    np.save(output_path, mapped)


def plain_child(stack_path, model_path, output_path):
    prospectivity, _ = import_lodestone()
    model = prospectivity.ProspectivityModel.load(model_path)
    start = time.perf_counter()
    raw = np.fromfile(stack_path, dtype=np.float32).reshape(ROWS, BANDS, COLS)
    standard = (raw.transpose(0, 2, 1).reshape(-1, BANDS) - model.means) / model.scales  # (cells, bands) float64
    del raw
    total = np.zeros(len(standard))
    for estimator in model.estimators:
        total += estimator.predict_proba(standard)[:, 1]
    mapped = model.rescale(total / len(model.estimators)).reshape(ROWS, COLS).astype(np.float32)
    print(time.perf_counter() - start)
    np.save(output_path, mapped)


def run_measured(command):
    """Run a command; return its wall-clock seconds, peak resident memory (MB) and standard output."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE)
    with process.stdout:
        output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)  # the child's own resource usage
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError(f"{' '.join(command[:3])} failed")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, output.decode().split()


def main():
    with tempfile.TemporaryDirectory(prefix="bench-prospectivity-") as folder:
        work = Path(folder)
        stack_path, model_path = work / "stack.f32", work / "model.lodestone"
        start = time.perf_counter()
        write_stack(stack_path)
        print(f"Synthetic stack: {ROWS} x {COLS} cells x {BANDS} bands float32 "
              f"({stack_path.stat().st_size / 2**20:.0f} MB on disk), written in {time.perf_counter() - start:.1f} s")

        _, train_mb, out = run_measured([sys.executable, __file__, "--child", "train", str(stack_path),
                                         str(model_path)])
        seconds, auc, capture, random_auc, bags, trees = (float(v) for v in out)
        print(f"Training: {N_BAGS} bags (random forest, {int(trees)} trees in all) on {N_POSITIVES} positives, "
              f"{TRAIN_SIZE} x {TRAIN_SIZE} x {BANDS} stack, with spatial and random cross-validation, importance and "
              f"the training map: {seconds:6.1f} s, peak memory {train_mb:5.0f} MB")
        print(f"  spatial AUC {auc:.3f}, capture at 10 % of area {capture:.0%}, random AUC {random_auc:.3f}")

        results = {}
        for name in ("blocks", "plain"):
            total, peak, out = run_measured([sys.executable, __file__, "--child", name, str(stack_path),
                                             str(model_path), str(work / f"{name}.npy")])
            results[name] = (float(out[-1]), peak, total)
        for name, label in (("blocks", "Lodestone predict, window by window"),
                            ("plain", "scikit-learn predict_proba on the whole array")):
            seconds, peak, total = results[name]
            print(f"{label:46s}: {seconds:6.1f} s (child process {total:.1f} s), peak memory {peak:6.0f} MB")
        (ours_s, ours_mb, _), (plain_s, plain_mb, _) = results["blocks"], results["plain"]
        print(f"ratios Lodestone / plain: time {ours_s / plain_s:.2f}, memory {ours_mb / plain_mb:.2f} "
              f"(target: Lodestone under 2048 MB: {'yes' if ours_mb < 2048 else 'NO'})")
        difference = np.nanmax(np.abs(np.load(work / "blocks.npy") - np.load(work / "plain.npy")))
        print(f"largest difference between the two maps: {difference:.2e} (prospectivity units)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        {"train": train_child, "blocks": blocks_child, "plain": plain_child}[sys.argv[2]](*sys.argv[3:])
    else:
        main()
