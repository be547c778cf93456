"""The transfer check: does a prospectivity model hold on ground it was not trained on (docs/science.md section 5)?

Spatial block cross-validation stays inside one region; a model used on the next property meets other rock units
and other value ranges. The transfer check cuts the valid area in two along a line through its centre, trains on
one side and scores the other, for several line orientations and both directions. Each split is scored three
ways, all trained on the same side only:

- the model (the method, categorical bands and monotone directions the user chose, fewer bags for speed);
- every band alone, used raw: its direction (or, for a categorical band, its units' contrasts) taken from the
  training side;
- a weights-of-evidence posterior: per ordered band the cumulative pattern (either direction) of largest contrast
  whose studentized contrast reaches 2, per categorical band the units whose contrast is that confident, their
  log-odds added (ArcSDM's generalisation, with weights of 0 where nothing is confident).

Every score is the prediction-rate AUC: the mean, over the held-out points, of the share of the held-out side's
valid cells (a uniform sample of at most RANK_SAMPLE) scoring below the point, ties counted half (mid-rank); 0.5 is
chance. A model that does not beat its best single band (chosen on the training side) says so.
"""
from dataclasses import dataclass

import numpy as np

from ..progress import report
from . import model as learning
from .validation import CaptureCurve, area_intervals, cells_of_points
from .wofe import pattern_weights

ANGLES = (0.0, 60.0, 120.0)
"""Orientations (degrees clockwise from north of the line's normal) of the split lines; each is used both ways."""

TRANSFER_BAGS = 4
"""Bags per model in the transfer check (the ranking settles with few bags; the map uses N_BAGS)."""

RANK_SAMPLE = 20_000
"""Valid cells of the held-out side that its points are ranked among."""

MIN_POINTS = 5
"""Least number of positives a side needs to be trained on or scored."""

CONFIDENCE = 2.0
"""Studentized contrast a pattern needs in the weights-of-evidence baseline."""

THRESHOLDS = 32
"""Candidate cut-offs per ordered band in the weights-of-evidence baseline (quantiles of the training side)."""


@dataclass
class TransferSplit:
    """One split: the line's ``angle`` (deg) and side trained on (``+1`` or ``-1``), the points on each side, and
    the prediction-rate AUC on the held-out side of the model, of each band alone and of the WofE posterior."""

    angle: float
    side: int
    n_train: int
    n_test: int
    model_auc: float
    band_auc: dict
    best_band: str
    best_band_auc: float
    wofe_auc: float


@dataclass
class TransferResult:
    splits: list

    def mean(self, attribute):
        return float(np.mean([getattr(split, attribute) for split in self.splits]))

    @property
    def model_auc(self):
        return self.mean("model_auc")

    @property
    def best_band_auc(self):
        return self.mean("best_band_auc")

    @property
    def wofe_auc(self):
        return self.mean("wofe_auc")

    def band_auc(self, name):
        return float(np.mean([split.band_auc[name] for split in self.splits]))

    def verdict(self):
        """One sentence on whether the model beats a single raw band and the posterior on unseen ground."""
        gain = self.model_auc - self.best_band_auc
        if gain >= 0.02 and self.model_auc >= self.wofe_auc:
            return (f"On ground it was not trained on, the model ranks held-out points at {self.model_auc:.3f}, "
                    f"{gain:+.3f} over the best single band chosen on the training side and "
                    f"{self.model_auc - self.wofe_auc:+.3f} over a weights-of-evidence posterior.")
        return (f"On ground it was not trained on, the model ranks held-out points at {self.model_auc:.3f}, against "
                f"{self.best_band_auc:.3f} for the best single band and {self.wofe_auc:.3f} for a weights-of-evidence "
                "posterior: it does not clearly beat them. Do not trust its map beyond the training ground; prefer "
                "the simpler score, fewer bands, or monotone directions you know.")


def prediction_rate_auc(area_scores, point_scores):
    """Mean share of ``area_scores`` below each point score, ties counted half (0.5 = chance)."""
    return CaptureCurve(*area_intervals(area_scores, point_scores)).auc


def side_of_line(grid, valid, angle_deg):
    """+1/-1 for every cell by the side of the line through the valid area's centroid whose normal points at
    ``angle_deg`` (clockwise from north); 0 on nodata cells."""
    rows, cols = np.nonzero(valid)
    centre_row, centre_col = rows.mean(), cols.mean()
    angle = np.radians(angle_deg)
    row_index, col_index = np.indices(grid.shape)
    east = (col_index - centre_col) * grid.cell_x
    north = (centre_row - row_index) * grid.cell_y
    across = east * np.sin(angle) + north * np.cos(angle)
    return np.where(valid, np.where(across > 0, 1, -1), 0)


def _sample(cells, count, rng):
    return cells if cells.size <= count else rng.choice(cells, count, replace=False)


def _band_score(train_x, train_background, band, categorical):
    """A function scoring raw band values the way the training side says is favourable."""
    if categorical:
        contrasts = learning.category_contrasts(train_x, train_background)
        return lambda values: np.array([contrasts.get(v, 0.0) for v in values.tolist()])
    sign = 1.0 if prediction_rate_auc(train_background, train_x) >= 0.5 else -1.0
    return lambda values: sign * values


def _training_side_auc(x_positive, x_background, positive_half, background_half, categorical):
    """How well one band ranks the training side's positives, as a user would judge it there: an ordered band by
    its better direction; a categorical band honestly, its units' contrasts fitted on one half of the training side
    (split across the transfer line) and scored on the other, both ways (scored on the points it was fitted on,
    a many-unit band always looks best)."""
    if not categorical:
        auc = prediction_rate_auc(x_background, x_positive)
        return max(auc, 1.0 - auc)
    scores = []
    for half in (1, -1):
        fit_p, fit_b = x_positive[positive_half == half], x_background[background_half == half]
        test_p, test_b = x_positive[positive_half == -half], x_background[background_half == -half]
        if min(fit_p.size, test_p.size) < MIN_POINTS or not test_b.size:
            continue
        scorer = _band_score(fit_p, fit_b, None, True)
        scores.append(prediction_rate_auc(scorer(test_b), scorer(test_p)))
    return float(np.mean(scores)) if scores else 0.5


def _wofe_scorer(train_positive, train_background, categorical):
    """The weights-of-evidence posterior logit (up to its constant) fitted on the training side: a function of raw
    features ``(n, bands)``."""
    terms = []
    total_units, total_deposits = train_background.shape[0], train_positive.shape[0]
    for band in range(train_positive.shape[1]):
        if band in categorical:
            contrasts = learning.category_contrasts(train_positive[:, band], train_background[:, band], CONFIDENCE)
            terms.append((band, "units", contrasts))
            continue
        candidates = np.unique(np.quantile(train_background[:, band], np.linspace(0.02, 0.98, THRESHOLDS)))
        best = None
        for direction in (1, -1):
            for cut in candidates:
                inside_bg = direction * train_background[:, band] >= direction * cut
                inside_pos = direction * train_positive[:, band] >= direction * cut
                w_plus, s_plus, w_minus, s_minus, _ = pattern_weights(
                    inside_bg.sum(), inside_pos.sum(), total_units, total_deposits)
                contrast, spread = float(w_plus[0] - w_minus[0]), float(np.hypot(s_plus[0], s_minus[0]))
                if spread > 0 and contrast / spread >= CONFIDENCE and (best is None or contrast > best[0]):
                    best = (contrast, direction, cut, float(w_plus[0]), float(w_minus[0]))
        if best is not None:
            terms.append((band, "pattern", best[1:]))

    def score(features):
        logit = np.zeros(features.shape[0])
        for band, kind, values in terms:
            if kind == "units":
                logit += np.array([values.get(v, 0.0) for v in features[:, band].tolist()])
            else:
                direction, cut, w_plus, w_minus = values
                logit += np.where(direction * features[:, band] >= direction * cut, w_plus, w_minus)
        return logit

    return score


def transfer_check(stack, positives_xy, method=learning.MONOTONE_METHOD, categorical=(), monotone=None,
                   angles=ANGLES, n_bags=TRANSFER_BAGS, negative_buffer_m=250.0, seed=42, progress=None):
    """:class:`TransferResult` of the model and its baselines, trained on one side of each split line and scored
    on the other (module notes). Splits leaving fewer than :data:`MIN_POINTS` positives on a side are skipped."""
    grid = stack.grid
    categorical_bands, directions = learning.band_options(stack.names, categorical, monotone)
    valid = learning.valid_mask(stack)
    positives = cells_of_points(grid, *np.asarray(positives_xy, dtype=float).reshape(-1, 2).T, valid)
    rng = np.random.default_rng(seed)
    all_valid = np.flatnonzero(valid.ravel())
    splits = []
    jobs = [(angle, side) for angle in angles for side in (1, -1)]
    for done, (angle, side) in enumerate(jobs):
        sides = side_of_line(grid, valid, angle).ravel()
        train_pos = positives.cells[sides[positives.cells] == side]
        test_pos = positives.cells[sides[positives.cells] == -side]
        if train_pos.size < MIN_POINTS or test_pos.size < MIN_POINTS:
            continue
        train_pool = _sample(all_valid[sides[all_valid] == side], learning.POOL_SIZE, rng)
        test_area = _sample(all_valid[sides[all_valid] == -side], RANK_SAMPLE, rng)
        features = learning.gather(stack, np.r_[train_pos, train_pool, test_area, test_pos])
        x_pos, x_pool, x_area, x_test = np.split(features, np.cumsum([train_pos.size, train_pool.size,
                                                                      test_area.size]))
        means, scales = x_pool.mean(axis=0), x_pool.std(axis=0)
        scales[~(scales > 0)] = 1.0
        means[list(categorical_bands)], scales[list(categorical_bands)] = 0.0, 1.0

        def standard(x, means=means, scales=scales):
            return (x - means) / scales

        rows, cols = np.divmod(np.r_[train_pos, train_pool], grid.cols)
        xy = np.column_stack([grid.west + (cols + 0.5) * grid.cell_x, grid.north - (rows + 0.5) * grid.cell_y])
        training = learning.Training(method, n_bags, float(negative_buffer_m), standard(x_pos),
                                      np.ones(train_pos.size), xy[:train_pos.size], np.zeros((0, x_pos.shape[1])),
                                      standard(x_pool), xy[train_pos.size:], np.isin(train_pool, train_pos),
                                      categorical_bands, directions)
        estimators, _ = training.fit_bags(np.ones(train_pos.size, dtype=bool), np.zeros(0, dtype=bool),
                                          np.ones(train_pool.size, dtype=bool), rng)
        model_auc = prediction_rate_auc(learning.mean_probability(estimators, standard(x_area)),
                                        learning.mean_probability(estimators, standard(x_test)))
        band_auc, train_auc = {}, {}
        halves = side_of_line(grid, valid, angle + 90.0).ravel()
        for band, name in enumerate(stack.names):
            is_categorical = band in categorical_bands
            scorer = _band_score(x_pos[:, band], x_pool[:, band], band, is_categorical)
            band_auc[name] = prediction_rate_auc(scorer(x_area[:, band]), scorer(x_test[:, band]))
            train_auc[name] = _training_side_auc(x_pos[:, band], x_pool[:, band], halves[train_pos],
                                                 halves[train_pool], is_categorical)
        chosen = max(train_auc, key=train_auc.get)
        wofe = _wofe_scorer(x_pos, x_pool, categorical_bands)
        splits.append(TransferSplit(angle, side, int(train_pos.size), int(test_pos.size), model_auc, band_auc,
                                    chosen, band_auc[chosen], prediction_rate_auc(wofe(x_area), wofe(x_test))))
        report(progress, (done + 1) / len(jobs))
    if not splits:
        raise ValueError(f"No split line leaves {MIN_POINTS} positives on both sides: the transfer check needs "
                         "positives spread over the area.")
    return TransferResult(splits)
