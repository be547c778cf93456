"""Lineament extraction on the randomised dyke family of issue 15 (a measurement script, not a test).

Seeds 0-29 of ``science.structure.dyke_family.dyke_field`` (declared before measuring; an independent forward model,
see that module) are each run through ``extract_lineaments`` with the settings of the accuracy tests
(``test/structure/test_lineaments.py``): smallest wavelength 3 cells, bright lines (``polarity=1``), every other
setting at its default, once on the grid as given and once with the amplitude normalisation (``normalise=True``,
``science/structure/normalisation.py``). Per seed and in summary it prints:

- F1 (with precision P and recall R) at 2 cells: buffer scores of the lineaments against the true dyke axes
  (``lineament_scoring.buffer_scores``);
- ring share: the share of lineament length within 2 cells of a compact body's outline (the precision of the
  lineaments scored against the outline rings), lines the compact bodies must not produce;
- inside share: the share of lineament length inside a compact body's outline (e.g. along an ellipse's axis),
  from the lineaments' vertices resampled every quarter cell.

Usage: ``PYTHONPATH=build/pythonpath .venv-science/bin/python benchmarks/lineaments_family.py`` (or with nothing on
the path: the script then links the plugin as ``benchmarks/lodestone_path.py`` does).
"""
import time

import numpy as np

try:
    from lodestone.science.structure import dyke_family, lineament_scoring, lineaments
except ImportError:
    from lodestone_path import add_lodestone_to_path

    add_lodestone_to_path()
    from lodestone.science.structure import dyke_family, lineament_scoring, lineaments

SEEDS = range(30)
MIN_WAVELENGTH_CELLS = 3.0
TOLERANCE_CELLS = 2


def _resampled(line, spacing):
    """Midpoints (m, 2) of pieces no longer than ``spacing`` along a polyline, and each piece's length (m,)."""
    points, weights = [], []
    for start, end in zip(line[:-1], line[1:]):
        length = np.hypot(*(end - start))
        count = max(1, int(np.ceil(length / spacing)))
        fraction = (np.arange(count) + 0.5) / count
        points.append(start + fraction[:, None] * (end - start))
        weights.append(np.full(count, length / count))
    return np.concatenate(points), np.concatenate(weights)


def _inside(points, ring):
    """Whether each point (m, 2) lies inside the closed ring (k, 2), by the even-odd rule."""
    inside = np.zeros(len(points), bool)
    x, y = points[:, 0:1], points[:, 1:2]
    x0, y0, x1, y1 = ring[:-1, 0], ring[:-1, 1], ring[1:, 0], ring[1:, 1]
    straddles = (y0 <= y) != (y1 <= y)
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
    inside ^= (np.sum(straddles & (x < crossing), axis=1) % 2).astype(bool)
    return inside


def _inside_share(lines, rings, spacing):
    """Share of the lines' length inside any ring (NaN when there is no line)."""
    if not lines:
        return float("nan")
    points, weights = map(np.concatenate, zip(*(_resampled(line.coords, spacing) for line in lines)))
    inside = np.any([_inside(points, ring) for ring in rings], axis=0)
    return float(weights[inside].sum() / weights.sum())


def measure(seed, normalise):
    """Scores of one family member (a dict)."""
    member = dyke_family.dyke_field(seed)
    grid, cell = member.grid, member.grid.cell_x
    started = time.perf_counter()
    lines, _ = lineaments.extract_lineaments(member.field, grid, MIN_WAVELENGTH_CELLS * cell, polarity=1,
                                             normalise=normalise)
    seconds = time.perf_counter() - started
    precision, recall, f1 = lineament_scoring.buffer_scores(lines, member.traces, grid, TOLERANCE_CELLS)
    ring_share = lineament_scoring.buffer_scores(lines, member.bodies, grid, TOLERANCE_CELLS)[0]
    return {"seed": seed, "cell": cell, "shape": grid.shape, "dykes": len(member.traces),
            "bodies": len(member.bodies), "noise": member.noise_nt,
            "amplitudes": (member.strengths.min(), member.strengths.max()), "lines": len(lines),
            "precision": precision, "recall": recall, "f1": f1, "ring": ring_share,
            "inside": _inside_share(lines, member.bodies, 0.25 * cell), "seconds": seconds}


def main():
    for normalise in (False, True):
        report(normalise)


def report(normalise):
    print(f"Lineaments on the dyke family, seeds {SEEDS.start}-{SEEDS.stop - 1}: smallest wavelength "
          f"{MIN_WAVELENGTH_CELLS:g} cells, polarity +1, normalise={normalise}, defaults otherwise; scores at "
          f"{TOLERANCE_CELLS} cells.")
    print("seed  cell m  rows x cols  dykes  bodies  noise nT  amplitudes nT  lines     P     R    F1  ring  inside"
          "     s")
    rows = []
    for seed in SEEDS:
        row = measure(seed, normalise)
        rows.append(row)
        low, high = row["amplitudes"]
        print(f"{seed:4d}  {row['cell']:6.1f}  {row['shape'][0]:4d} x {row['shape'][1]:4d}  {row['dykes']:5d}  "
              f"{row['bodies']:6d}  {row['noise']:8.2f}  {low:5.1f}-{high:6.1f}  {row['lines']:5d}  "
              f"{row['precision']:.2f}  {row['recall']:.2f}  {row['f1']:.2f}  {row['ring']:.2f}  "
              f"{row['inside']:6.2f}  {row['seconds']:4.1f}", flush=True)
    f1 = np.array([row["f1"] for row in rows])
    ring = np.array([row["ring"] for row in rows])
    inside = np.array([row["inside"] for row in rows])
    print(f"F1 at {TOLERANCE_CELLS} cells: median {np.median(f1):.3f}, 10th percentile {np.percentile(f1, 10):.3f}, "
          f"min {f1.min():.3f} (seed {rows[int(np.argmin(f1))]['seed']}), max {f1.max():.3f}")
    print(f"precision median {np.median([row['precision'] for row in rows]):.3f}, "
          f"recall median {np.median([row['recall'] for row in rows]):.3f}")
    print(f"lineament length within {TOLERANCE_CELLS} cells of a compact body's outline: median {np.median(ring):.3f}, "
          f"mean {ring.mean():.3f}, max {ring.max():.3f}; seeds with any: {int(np.sum(ring > 0))} of {len(rows)}")
    print(f"lineament length inside a compact body: median {np.median(inside):.3f}, mean {inside.mean():.3f}, "
          f"max {inside.max():.3f}; seeds with any: {int(np.sum(inside > 0))} of {len(rows)}")
    print(f"extraction time: {sum(row['seconds'] for row in rows):.1f} s in all")


if __name__ == "__main__":
    main()
