"""Validation of a prospectivity score map against known deposits: success- and prediction-rate curves, AUC with a
bootstrap confidence interval, capture at fixed fractions of area, and the prediction-area (P-A) plot.

Conventions (docs/science.md section 5):
- the area is the VALID area: cells whose score is NaN (nodata) are left out of the denominator;
- cells are ranked by score, highest first; x = fraction of the valid area ranked at or above a score,
  y = fraction of the points captured in that area;
- several points in one cell are one point of the curve (the number merged is reported, never hidden);
- cells of equal score are one indivisible group: inside it the curve is drawn straight (random order inside the
  tie), so a map of constant score gives the diagonal and AUC 0.5.

Each point i lies in the area-fraction interval [lo_i, hi_i]: lo_i = share of the area scoring strictly more than
its cell, hi_i = share scoring at least as much. The curve is y(x) = mean_i clip((x - lo_i) / (hi_i - lo_i), 0, 1),
and its area is AUC = 1 - mean_i (lo_i + hi_i) / 2. A success-rate curve uses the points the model was trained on
(optimistic); a prediction-rate curve uses points the model never saw. Never headline accuracy or F1 on rare
deposits (Yousefi & Carranza 2015; Carranza 2008; Airola et al. 2019).
"""
from dataclasses import dataclass

import numpy as np

CAPTURE_FRACTIONS = (0.01, 0.02, 0.05, 0.10, 0.20)
BOOTSTRAP_SAMPLES = 2000
CONFIDENCE = 0.95


@dataclass(frozen=True)
class PointCells:
    """Points dropped onto a grid and merged per cell.

    ``cells`` are the flat indices (row * cols + col) of the distinct valid cells holding points, in increasing
    order; ``counts`` how many points each holds; ``weights`` the largest point weight in each (1 without weights);
    ``point_cell`` the flat cell of every given point (-1 if outside the grid or on nodata). ``n_outside``
    points fell outside the grid, ``n_nodata`` on a nodata cell; ``n_merged`` = points used - distinct cells.
    """

    cells: np.ndarray
    counts: np.ndarray
    weights: np.ndarray
    point_cell: np.ndarray
    n_given: int
    n_outside: int
    n_nodata: int

    @property
    def n_cells(self):
        return int(self.cells.size)

    @property
    def n_merged(self):
        return int(self.counts.sum()) - self.n_cells

    def describe(self, what):
        """One sentence on how the points were used, for logs and reports."""
        return (f"{what}: {self.n_given} given, {self.n_outside} outside the grid, {self.n_nodata} on nodata cells "
                f"(dropped), {self.n_merged} merged into a cell already holding one; {self.n_cells} cells used.")


def cells_of_points(grid, x, y, valid, weights=None):
    """Drop points (map coordinates, m) onto ``grid`` and merge the points sharing a cell.

    ``valid`` is a ``(rows, cols)`` boolean mask of the cells with data; points on other cells are dropped and
    counted. ``weights`` (optional, one per point, finite and > 0) become the largest weight in each cell.
    """
    x, y = np.atleast_1d(np.asarray(x, dtype=float)), np.atleast_1d(np.asarray(y, dtype=float))
    if x.shape != y.shape:
        raise ValueError(f"Got {x.size} x coordinates but {y.size} y coordinates.")
    if weights is None:
        weights = np.ones(x.size)
    weights = np.atleast_1d(np.asarray(weights, dtype=float))
    if weights.shape != x.shape:
        raise ValueError(f"Got {weights.size} weights for {x.size} points: give one weight per point.")
    bad = ~(np.isfinite(weights) & (weights > 0))
    if bad.any():
        raise ValueError(f"{int(bad.sum())} of {x.size} point weights are missing, zero or negative: every weight "
                         "must be a positive number (for example grade x thickness); fix or remove those points.")
    row, col = grid.index_of(x, y)
    finite = np.isfinite(x) & np.isfinite(y)
    inside = finite & (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols)
    flat = np.where(inside, row * grid.cols + col, 0)
    on_data = inside & np.asarray(valid, dtype=bool).ravel()[flat]
    point_cell = np.where(on_data, flat, -1)
    cells, inverse, counts = np.unique(point_cell[on_data], return_inverse=True, return_counts=True)
    cell_weights = np.zeros(cells.size)
    np.maximum.at(cell_weights, inverse, weights[on_data])
    return PointCells(cells, counts, cell_weights, point_cell, int(x.size), int((~inside).sum()),
                      int((inside & ~on_data).sum()))


def area_intervals(area_scores, point_scores):
    """Area-fraction interval [lo, hi] of each point score among ``area_scores`` (1-D, finite: the valid area or a
    uniform random sample of it). lo = share of the area scoring more, hi = share scoring at least as much."""
    area_scores = np.sort(np.asarray(area_scores, dtype=float).ravel())
    point_scores = np.asarray(point_scores, dtype=float).ravel()
    if area_scores.size == 0 or not np.isfinite(area_scores).all():
        raise ValueError("The area scores must be a non-empty set of numbers (NaN nodata removed first).")
    if not np.isfinite(point_scores).all():
        raise ValueError("A point has no score (NaN): drop points on nodata cells before ranking them.")
    n = area_scores.size
    lo = (n - np.searchsorted(area_scores, point_scores, side="right")) / n
    hi = (n - np.searchsorted(area_scores, point_scores, side="left")) / n
    return lo, hi


@dataclass(frozen=True)
class CaptureCurve:
    """A success- or prediction-rate curve from the area-fraction interval [lo, hi] of each point."""

    lo: np.ndarray
    hi: np.ndarray

    @property
    def n_points(self):
        return int(self.lo.size)

    @property
    def area(self):
        """The curve's vertices on the x axis: fractions of valid area, 0 to 1."""
        return np.unique(np.concatenate([[0.0, 1.0], self.lo, self.hi]))

    def polyline(self):
        """(x, y) vertices to draw the curve: each vertex twice, just before and at it, so steps are vertical."""
        area = self.area
        x = np.repeat(area, 2)
        y = np.column_stack([self._capture(area, left=True), self.capture_at(area)]).ravel()
        return x, y

    def capture_at(self, fractions):
        """Fraction of points captured in the top ``fractions`` of the valid area (exact, ties drawn straight)."""
        return self._capture(fractions, left=False)

    def _capture(self, fractions, left):
        """The curve at ``fractions``; a point whose interval has no width (its score is missing from a sampled
        area) is a step, counted from its fraction on (``left``: the limit just before the step)."""
        fractions = np.asarray(fractions, dtype=float)[..., None]
        width = self.hi - self.lo
        ramp = np.clip((fractions - self.lo) / np.where(width > 0, width, 1.0), 0.0, 1.0)
        step = fractions > self.hi if left else fractions >= self.hi
        return np.where(width > 0, ramp, step).mean(axis=-1)

    @property
    def midpoints(self):
        """Each point's mean area fraction: the share of the area ranked above it, ties counted half."""
        return (self.lo + self.hi) / 2

    @property
    def auc(self):
        """Area under the curve: 1 = every point in the best cell, 0.5 = no better than chance."""
        return float(1.0 - self.midpoints.mean())

    def auc_interval(self, seed=0, samples=BOOTSTRAP_SAMPLES, level=CONFIDENCE):
        """Percentile bootstrap interval of the AUC, resampling the points with replacement (``seed`` makes it
        repeatable). It says how much the AUC depends on which deposits happen to be known; it does not include
        the model's own randomness (see the uncertainty map for that)."""
        rng = np.random.default_rng(seed)
        mids = self.midpoints
        draws = np.array([1.0 - mids[rng.integers(0, mids.size, mids.size)].mean() for _ in range(samples)])
        tail = (1.0 - level) / 2
        low, high = np.quantile(draws, [tail, 1.0 - tail])
        return float(low), float(high)

    def pa_intersection(self):
        """The prediction-area plot's crossing (Yousefi & Carranza 2015): the area fraction x where the capture
        y(x) equals 1 - x (the prediction-rate curve meets the inverted area curve). Returns (x, y)."""
        area = self.area
        gap = self.capture_at(area) - (1.0 - area)  # rises from <= 0 at x = 0 to >= 0 at x = 1
        k = int(np.argmax(gap >= 0))
        if k == 0:
            return 0.0, 1.0
        gap_before = self._capture(area[k], left=True) - (1.0 - area[k])
        if gap_before < 0:  # the curve crosses the line on a step at area[k]
            return float(area[k]), float(1.0 - area[k])
        x0, x1, g0 = area[k - 1], area[k], gap[k - 1]
        x = x0 + (x1 - x0) * (-g0) / (gap_before - g0)  # the curve is straight between vertices
        return float(x), float(1.0 - x)


def threshold_at_area(area_scores, fractions):
    """The score above which lie the top ``fractions`` of the area (``area_scores``: finite, 1-D)."""
    ordered = np.sort(np.asarray(area_scores, dtype=float).ravel())[::-1]
    index = np.clip(np.ceil(np.asarray(fractions) * ordered.size).astype(int) - 1, 0, ordered.size - 1)
    return ordered[index]


def prediction_area_curves(curve, area_scores, thresholds):
    """The two curves of the prediction-area plot against score ``thresholds`` (Yousefi & Carranza 2015): the
    fraction of points captured in the cells scoring at least each threshold, and 1 - the fraction of the area
    those cells occupy. They cross at :meth:`CaptureCurve.pa_intersection`."""
    ordered = np.sort(np.asarray(area_scores, dtype=float).ravel())
    area = (ordered.size - np.searchsorted(ordered, thresholds, side="left")) / ordered.size
    return curve.capture_at(area), 1.0 - area


@dataclass(frozen=True)
class CurveSummary:
    """The numbers reported for one curve. ``pa_threshold`` is the score at the P-A crossing (NaN if no score
    map was given); ``normalized_density`` = capture / area there (Yousefi & Carranza's Nd; its log is the weight)."""

    auc: float
    auc_low: float
    auc_high: float
    capture: dict
    pa_area: float
    pa_capture: float
    pa_threshold: float
    n_points: int

    @property
    def normalized_density(self):
        return self.pa_capture / self.pa_area if self.pa_area > 0 else float("inf")


def summarize(curve, seed=0, area_scores=None):
    """AUC with its bootstrap interval, capture at 1/2/5/10/20 % of area and the P-A crossing of ``curve``."""
    low, high = curve.auc_interval(seed)
    pa_area, pa_capture = curve.pa_intersection()
    threshold = float(threshold_at_area(area_scores, pa_area)) if area_scores is not None else float("nan")
    capture = dict(zip(CAPTURE_FRACTIONS, (float(v) for v in curve.capture_at(CAPTURE_FRACTIONS))))
    return CurveSummary(curve.auc, low, high, capture, pa_area, pa_capture, threshold, curve.n_points)


@dataclass(frozen=True)
class ScoreValidation:
    """Validation of one score map: the prediction-rate curve of ``points`` and, when training points were given,
    the success-rate curve. ``area_scores`` are the valid cells' scores (for thresholds)."""

    prediction: CaptureCurve
    prediction_summary: CurveSummary
    points: PointCells
    success: CaptureCurve = None
    success_summary: CurveSummary = None
    training_points: PointCells = None
    n_valid_cells: int = 0


def map_curve(score, cells):
    """The capture curve of points on the flat ``cells`` of a score map (NaN cells are not area)."""
    valid = np.isfinite(score).ravel()
    if not valid.any():
        raise ValueError("The score raster is all nodata: there is no area to rank.")
    return CaptureCurve(*area_intervals(score.ravel()[valid], score.ravel()[cells]))


def validate_score(score, grid, x, y, training_x=None, training_y=None, seed=0):
    """Prediction-rate (and, with training points, success-rate) validation of a score raster.

    ``score``: ``(rows, cols)`` array on ``grid``, higher = more prospective, NaN = nodata (not counted as area).
    ``x, y``: the validation points in the grid's CRS (m); several in one cell count once (merged, reported).
    """
    score = np.asarray(score, dtype=float)
    if score.shape != grid.shape:
        raise ValueError(f"The score array is {score.shape[0]} x {score.shape[1]} but the grid is {grid.rows} x "
                         f"{grid.cols}.")
    valid = np.isfinite(score)
    if not valid.any():
        raise ValueError("The score raster is all nodata: there is no area to rank. Check the raster and its nodata "
                         "value.")
    area_scores = score[valid]

    def curve_of(px, py, what):
        cells = cells_of_points(grid, px, py, valid)
        if cells.n_cells == 0:
            raise ValueError(f"None of the {cells.n_given} {what} falls on a scored cell ({cells.n_outside} outside "
                             f"the raster, {cells.n_nodata} on nodata): check that the points and the raster are in "
                             "the same CRS and overlap.")
        curve = map_curve(score, cells.cells)
        return curve, summarize(curve, seed, area_scores), cells

    prediction, prediction_summary, points = curve_of(x, y, "validation points")
    success = success_summary = training = None
    if training_x is not None and len(np.atleast_1d(training_x)):
        success, success_summary, training = curve_of(training_x, training_y, "training points")
    return ScoreValidation(prediction, prediction_summary, points, success, success_summary, training,
                           int(valid.sum()))
