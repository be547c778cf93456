"""Objective scores of extracted lineaments against known traces (docs/science.md section 4, "Objective scoring").

Line sets are sequences of polylines: (n, 2) arrays of (easting, northing) in map metres, or objects with such a
``coords`` attribute (:class:`.lineaments.Lineament`). Lines are measured by length: each is sampled at the
midpoints of short equal pieces (a quarter of a cell unless said otherwise), each sample weighted by its piece's
length, and the distance from a sample to the other set is the EXACT distance to the nearest segment of it. (A
rasterised distance transform would err by up to half a cell, as much as the 1-cell tolerance being scored.)

- buffer scores: precision is the fraction of predicted length within the tolerance of a true line, recall the
  fraction of true length within the tolerance of a predicted line, F1 their harmonic mean;
- orientation error: axial difference (0-90 degrees) between the direction of a predicted line and that of the
  true line it follows;
- positional RMS: root mean square distance (m) of predicted length to the nearest true line;
- point scores: one-to-one matching of predicted and true points (junctions) within a distance.
"""
import numpy as np
from scipy.optimize import linear_sum_assignment

from .lineaments import principal_azimuth

SAMPLE_SPACING_CELLS = 0.25
"""Sampling interval (cells) along lines for the buffer and orientation scores."""

_PAIRS_PER_CHUNK = 2_000_000
"""Point-segment pairs evaluated at a time by :func:`_nearest` (bounds the temporaries to a few tens of MB)."""


def _polylines(lines):
    """Each line as a float (n, 2) array of map coordinates (from ``line.coords`` when it has one)."""
    return [np.asarray(getattr(line, "coords", line), dtype=float).reshape(-1, 2) for line in lines]


def _segments(lines):
    """Start points (s, 2), vectors (s, 2) and line index (s,) of every segment of the polylines."""
    starts, vectors, owners = [], [], []
    for index, line in enumerate(lines):
        starts.append(line[:-1])
        vectors.append(np.diff(line, axis=0))
        owners.append(np.full(len(line) - 1, index))
    if not starts:
        return np.empty((0, 2)), np.empty((0, 2)), np.empty(0, int)
    return np.concatenate(starts), np.concatenate(vectors), np.concatenate(owners)


def _samples(lines, spacing):
    """Samples of the polylines: points (m, 2), the length each stands for (m,), and the line index (m,).

    Each segment is cut into ``ceil(length / spacing)`` equal pieces, sampled at their midpoints.
    """
    starts, vectors, owners = _segments(lines)
    lengths = np.hypot(vectors[:, 0], vectors[:, 1])
    counts = np.maximum(np.ceil(lengths / spacing), 1).astype(int)
    segment = np.repeat(np.arange(len(starts)), counts)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    fraction = (np.arange(counts.sum()) - first + 0.5) / counts[segment]
    points = starts[segment] + fraction[:, None] * vectors[segment]
    return points, (lengths / counts)[segment], owners[segment]


def _nearest(points, lines):
    """Distance (m) from each point to the nearest segment of ``lines`` and that line's index (inf and -1 if none)."""
    starts, vectors, owners = _segments(lines)
    distance = np.full(len(points), np.inf)
    nearest = np.full(len(points), -1)
    if not len(starts):
        return distance, nearest
    squared = np.maximum(np.einsum("ij,ij->i", vectors, vectors), 1e-300)
    step = max(1, _PAIRS_PER_CHUNK // len(starts))
    for begin in range(0, len(points), step):
        offset = points[begin:begin + step, None, :] - starts[None]
        along = np.clip(np.einsum("psj,sj->ps", offset, vectors) / squared, 0, 1)
        gap = offset - along[..., None] * vectors[None]
        chunk = np.einsum("psj,psj->ps", gap, gap)
        closest = np.argmin(chunk, axis=1)
        distance[begin:begin + step] = np.sqrt(chunk[np.arange(len(chunk)), closest])
        nearest[begin:begin + step] = owners[closest]
    return distance, nearest


def _cell_size(grid):
    """Mean cell size (m) of the grid, used to turn tolerances and spacings in cells into metres."""
    return 0.5 * (grid.cell_x + grid.cell_y)


def buffer_scores(predicted, truth, grid, tolerance_cells):
    """(precision, recall, F1) of predicted lines against true lines within ``tolerance_cells`` (mean cell size).

    Precision is NaN when nothing is predicted (recall and F1 are then 0).
    """
    predicted, truth = _polylines(predicted), _polylines(truth)
    cell = _cell_size(grid)
    tolerance = tolerance_cells * cell

    def covered(lines, reference):
        points, weights, _ = _samples(lines, SAMPLE_SPACING_CELLS * cell)
        return weights[_nearest(points, reference)[0] <= tolerance].sum() / weights.sum() if len(points) else np.nan

    precision, recall = covered(predicted, truth), covered(truth, predicted)
    if np.isnan(recall):
        raise ValueError("there is no true line to score against.")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)


def axial_difference(first, second):
    """Difference (0-90 degrees) between two axial directions in degrees."""
    return np.abs((np.asarray(first) - second + 90.0) % 180.0 - 90.0)


def orientation_errors(predicted, truth, grid, tolerance_cells):
    """Axial angle differences (degrees, 0-90), one per predicted line lying within tolerance of a true line.

    A predicted line is matched to the true line nearest to the largest part of its length among its samples
    within ``tolerance_cells``; lines with no sample within tolerance are left out. Directions are principal axes
    of the length-weighted samples (for a straight line, its direction).
    """
    predicted, truth = _polylines(predicted), _polylines(truth)
    spacing = SAMPLE_SPACING_CELLS * _cell_size(grid)
    tolerance = tolerance_cells * _cell_size(grid)
    truth_azimuths = [principal_azimuth(*_samples([line], spacing)[:2]) for line in truth]
    errors = []
    for line in predicted:
        points, weights, _ = _samples([line], spacing)
        distance, nearest = _nearest(points, truth)
        close = distance <= tolerance
        if close.any():
            matched = np.argmax(np.bincount(nearest[close], weights=weights[close], minlength=len(truth)))
            errors.append(axial_difference(principal_azimuth(points, weights), truth_azimuths[matched]))
    return np.array(errors, dtype=float)


def positional_rms(predicted, truth, tolerance_m=None, spacing_m=None):
    """Root mean square distance (m) from the predicted lines to the nearest true line, weighted by length.

    Only predicted length within ``tolerance_m`` of a true line counts (None: all of it); NaN if none does.
    ``spacing_m``: sampling interval along the predicted lines (None: a fiftieth of their median segment length).
    """
    predicted, truth = _polylines(predicted), _polylines(truth)
    if spacing_m is None:
        vectors = _segments(predicted)[1]
        spacing_m = np.median(np.hypot(vectors[:, 0], vectors[:, 1])) / 50 if len(vectors) else 1.0
    points, weights, _ = _samples(predicted, spacing_m)
    distance = _nearest(points, truth)[0]
    keep = distance <= (np.inf if tolerance_m is None else tolerance_m)
    if not keep.any():
        return float("nan")
    return float(np.sqrt(np.average(distance[keep] ** 2, weights=weights[keep])))


def point_scores(predicted_points, true_points, tolerance_m):
    """(precision, recall) of predicted points (n, 2) against true points (m, 2), matched one to one.

    The matching maximises the number of pairs closer than ``tolerance_m`` (ties broken by the smaller total
    distance, Hungarian algorithm); precision = matched / predicted, recall = matched / true (NaN when that set is
    empty).
    """
    predicted = np.asarray(predicted_points, dtype=float).reshape(-1, 2)
    true = np.asarray(true_points, dtype=float).reshape(-1, 2)
    matched = 0
    if len(predicted) and len(true):
        distance = np.hypot(*(predicted[:, None, :] - true[None, :, :]).transpose(2, 0, 1))
        within = distance <= tolerance_m
        # one unit per pair out of tolerance dominates the sub-unit distance term: most pairs first, then nearest
        cost = np.where(within, distance / (tolerance_m * (len(predicted) + len(true)) + 1e-300), 1.0)
        rows, cols = linear_sum_assignment(cost)
        matched = int(within[rows, cols].sum())
    precision = matched / len(predicted) if len(predicted) else float("nan")
    recall = matched / len(true) if len(true) else float("nan")
    return precision, recall
