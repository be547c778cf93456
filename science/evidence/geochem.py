"""Soil and rock geochemistry to a grid: laboratory values as reported, inverse-distance weighting and radial basis
functions.

Laboratory values (:func:`parse_lab_values`): ``"<5"`` (below the detection limit of 5) becomes half the limit,
2.5, the usual substitution for mapping; a negative number, the other common way labs write it (``-5``), is read the
same way; ``">10000"`` (above the upper limit) becomes the limit itself, 10000; blanks and text that is not a number
(``"n.a."``, ``"IS"`` for insufficient sample) are skipped and counted.

Interpolation (:func:`interpolate`) onto a :class:`~.grid.GridSpec` in the points' CRS (metres). Cells with no
sample within ``search_radius`` metres are nodata (NaN), so the map never extrapolates far from the data. With
``log_transform`` the values are replaced by their base-10 logarithm before interpolation and the OUTPUT IS IN
log10 UNITS (log10 of ppb for a ppb field: 1 = 10 ppb, 2 = 100 ppb): gold and pathfinder concentrations are close
to log-normal, and interpolating their logarithm stops one rich sample from dominating its neighbourhood.
"""
import math
from dataclasses import dataclass

import numpy as np
from scipy.interpolate import RBFInterpolator
from scipy.spatial import cKDTree

from ..progress import report

METHODS = ("idw", "rbf")
MAX_IDW_POINTS = 64
"""Inverse-distance weighting uses at most this many nearest samples within the search radius."""
RBF_NEIGHBORS = 64
"""Above :data:`RBF_LOCAL_ABOVE` samples, each cell's radial basis function uses only its nearest samples (a global
fit would need n² memory; a local one solves a small system per cell, so it is slow on large grids)."""
RBF_LOCAL_ABOVE = 4000
AUTO_RADIUS_SPACINGS = 3.0
"""Automatic search radius: this many times the median distance between a sample and its nearest neighbour."""
WINDOW_CELLS = 100_000


@dataclass
class LabValues:
    """Parsed laboratory values: ``values`` (float, NaN where skipped) and what was substituted or skipped."""

    values: np.ndarray
    below_detection: int  # "<x" or negative: replaced by half the limit
    above_limit: int  # ">x": replaced by the limit
    skipped: int  # blank or not a number
    skipped_examples: list  # up to 5 of the skipped texts

    @property
    def valid(self):
        return np.isfinite(self.values)


def parse_lab_value(value):
    """One laboratory value: (number or NaN, kind) with kind "value", "below", "above" or "skipped"."""
    if value is None:
        return math.nan, "skipped"
    if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
        number = float(value)
        if not math.isfinite(number):
            return math.nan, "skipped"
        return (-number / 2, "below") if number < 0 else (number, "value")
    text = str(value).strip().replace(" ", "")
    kind = {"<": "below", ">": "above"}.get(text[:1], "value")
    try:
        number = float(text[1:] if kind != "value" else text)
    except ValueError:
        return math.nan, "skipped"
    if not math.isfinite(number):
        return math.nan, "skipped"
    if kind == "value" and number < 0:
        kind, number = "below", -number
    if kind == "below":
        return number / 2, kind
    return number, kind


def parse_lab_values(values):
    """Parse a column of laboratory values (see the module notes) into a :class:`LabValues`."""
    parsed = [parse_lab_value(v) for v in values]
    kinds = [kind for _, kind in parsed]
    skipped = [v for v, (_, kind) in zip(values, parsed) if kind == "skipped"]
    return LabValues(np.array([number for number, _ in parsed], dtype=float), kinds.count("below"),
                     kinds.count("above"), len(skipped), [repr(v) for v in skipped[:5]])


def median_spacing(x, y):
    """Median distance (m) from each sample to its nearest neighbour (coincident samples ignored)."""
    points = np.column_stack([x, y])
    distances, _ = cKDTree(points).query(points, k=2)
    spacing = distances[:, 1][distances[:, 1] > 0]
    if spacing.size == 0:
        raise ValueError("All samples are at the same place: give a search radius and cell size in metres.")
    return float(np.median(spacing))


def _merge_coincident(points, values):
    """One sample per location: coincident samples (same x and y) are averaged."""
    unique, inverse = np.unique(points, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    return unique, np.bincount(inverse, weights=values) / np.bincount(inverse)


def _idw(tree, values, cells, power, radius):
    k = min(MAX_IDW_POINTS, len(values))
    distance, index = tree.query(cells, k=k, distance_upper_bound=radius)
    distance, index = distance.reshape(len(cells), k), index.reshape(len(cells), k)
    found = np.isfinite(distance)
    exact = found & (distance == 0)
    with np.errstate(divide="ignore"):
        weight = np.where(found & ~exact, distance ** -float(power), 0.0)
    weight[exact.any(axis=1)] = exact[exact.any(axis=1)]  # a sample at the cell centre gives its own value
    sample = values[np.where(found, index, 0)]
    total = weight.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, (weight * sample).sum(axis=1) / total, np.nan)


def interpolate(x, y, values, grid, method="idw", search_radius=None, power=2.0, log_transform=False,
                progress=None):
    """Interpolate samples (x, y in m; values finite) onto ``grid``: a ``(rows, cols)`` float array, NaN where no
    sample lies within ``search_radius`` m (None = :data:`AUTO_RADIUS_SPACINGS` times :func:`median_spacing`).

    ``method``: "idw" (inverse-distance weighting, weights 1/d**power over the nearest :data:`MAX_IDW_POINTS`
    samples within the radius; a cell centre on a sample takes its value) or "rbf" (thin-plate spline radial basis
    function through every sample, exact at the samples; local, with the :data:`RBF_NEIGHBORS` nearest samples,
    above :data:`RBF_LOCAL_ABOVE` samples). With ``log_transform`` the output is in log10 units.
    """
    if method not in METHODS:
        raise ValueError(f"Unknown interpolation method {method!r}: use one of {', '.join(METHODS)}.")
    x, y, values = (np.asarray(a, dtype=float).ravel() for a in (x, y, values))
    keep = np.isfinite(x) & np.isfinite(y) & np.isfinite(values)
    x, y, values = x[keep], y[keep], values[keep]
    if values.size == 0:
        raise ValueError("No sample has a usable value: check that the value field holds numbers such as 12, "
                         "'<5' or '>10000'.")
    if log_transform:
        if (values <= 0).any():
            raise ValueError(f"{int((values <= 0).sum())} samples are zero and their logarithm is undefined. Turn "
                             f"off the log transform, or fix the values (below detection is written '<5').")
        values = np.log10(values)
    if not power > 0:
        raise ValueError(f"The power must be positive, got {power}; 2 is the usual choice.")
    points, values = _merge_coincident(np.column_stack([x, y]), values)
    if search_radius is None:
        if len(values) < 2:
            raise ValueError("One sample location is not enough to choose a search radius: give one in metres.")
        search_radius = AUTO_RADIUS_SPACINGS * median_spacing(points[:, 0], points[:, 1])
    if not search_radius > 0:
        raise ValueError(f"The search radius must be positive (metres), got {search_radius}.")
    if method == "rbf" and len(values) < 3:
        raise ValueError(f"A radial basis function needs at least 3 sample locations, got {len(values)}: use "
                         f"inverse distance instead.")
    tree = cKDTree(points)
    bound = np.nextafter(search_radius, np.inf)  # the tree's bound is strict: a sample at the radius counts
    rbf = None
    if method == "rbf":
        neighbors = RBF_NEIGHBORS if len(values) > RBF_LOCAL_ABOVE else None
        try:
            rbf = RBFInterpolator(points, values, kernel="thin_plate_spline", neighbors=neighbors)
        except np.linalg.LinAlgError:
            raise ValueError("The radial basis function could not be fitted (the samples may all lie on one "
                             "line): use inverse distance instead.") from None
    out = np.full(grid.shape, np.nan)
    xs, ys = grid.x_centres(), grid.y_centres()
    step = max(1, WINDOW_CELLS // grid.cols)
    for r0 in range(0, grid.rows, step):
        cells = np.column_stack([np.tile(xs, len(ys[r0:r0 + step])), np.repeat(ys[r0:r0 + step], grid.cols)])
        if rbf is None:
            window = _idw(tree, values, cells, power, bound)
        else:
            near, _ = tree.query(cells, k=1, distance_upper_bound=bound)
            window = np.full(len(cells), np.nan)
            covered = np.isfinite(near)
            if covered.any():
                window[covered] = rbf(cells[covered])
        out[r0:r0 + step] = window.reshape(-1, grid.cols)
        report(progress, min(1.0, (r0 + step) / grid.rows))
    return out
