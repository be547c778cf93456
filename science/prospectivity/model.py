"""Machine-learning prospectivity with positive-unlabelled training and spatial validation (docs/science.md section 5).

Known gold points are positives; every other cell is unlabelled, not barren. Each of N_BAGS "bags" trains a classifier
on the positives (optionally weighted, for example by grade x thickness), the true negatives given (for example
barren holes) and a fresh random draw of unlabelled cells used as negatives, never drawn within NEGATIVE_BUFFER
metres of a positive (PU bagging, Mordelet & Vert 2014). The mean of the bags' probabilities is the prospectivity,
their standard deviation the uncertainty.

Rescaling: PROSPECTIVITY = (p - p_min) / (p_max - p_min), with p the bag-mean probability and p_min, p_max its
smallest and largest value over the training stack's valid cells (so the training map spans exactly 0-1; the model
file keeps p_min and p_max, and another stack is rescaled with them and clipped to 0-1). UNCERTAINTY is the standard
deviation of the bag probabilities divided by the same p_max - p_min, i.e. in PROSPECTIVITY units. The probability
itself is not a chance of finding a deposit: unlabelled cells are not barren and the class balance is set by the
bags, so only the ranking is meaningful.

Validation (Airola et al. 2019; Roberts et al. 2017): the grid is cut into square blocks of CV_BLOCK_SIZE metres,
the blocks holding positives are dealt to k folds so each fold holds a similar number of positives (the others at
random), and each fold's positives are scored by models trained without their blocks: training positives and drawn
negatives come from the other folds' blocks and lie farther than NEGATIVE_BUFFER from every held-out positive (a
buffer, so a zone cut by a block edge does not leak across it). The pooled held-out scores give the prediction-rate
curve and its AUC (bootstrap interval over the points). The same with folds dealt at random per cell and no buffer
(random CV) is reported beside it as a leakage flag: neighbours of a held-out point stay in training, which inflates
the figure. In cross-validation each held-out point
is ranked among a uniform random sample of RANK_SAMPLE valid cells (all of them on smaller stacks). Permutation
importance is the drop of the spatial-CV AUC when one band is shuffled; partial dependence is the mean
prospectivity over a sample of cells with one band set to each of its quantiles.

Nodata: a cell with NaN in any band is never a positive, a negative or a background cell, and is NaN in the
outputs. Positives on such cells, outside the grid, or sharing a cell are counted and reported. SEED fixes every
random choice, so the same inputs and seed give identical outputs.
"""
import math
import os
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import numpy as np
import sklearn
from scipy.spatial import cKDTree
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression

from ..progress import Cancelled, report
from . import persistence
from .validation import CaptureCurve, area_intervals, cells_of_points, map_curve, summarize

METHODS = ("random forest", "gradient boosting", "logistic regression", "monotone gradient boosting")
MONOTONE_METHOD = "monotone gradient boosting"
CATEGORY_CONFIDENCE = 2.0  # studentized contrast a rock unit needs before it weighs anything (as weights of evidence)
N_FOLDS = 5
TREES_TOTAL = 100  # random forest: trees over all bags (each bag grows TREES_TOTAL / N_BAGS, at least 5); the
MIN_TREES_PER_BAG = 5  # prediction time is proportional to the number of trees
NEGATIVES_PER_POSITIVE = 10  # unlabelled cells drawn per positive in each bag ...
MIN_NEGATIVES = 500  # ... and at least this many (they weigh as much as the positives together)
POOL_SIZE = 50_000  # valid cells sampled once: negatives are drawn from them, and they are the background
RANK_SAMPLE = 20_000  # cells of the pool that held-out points are ranked among in cross-validation
IMPORTANCE_SAMPLE = 2_000  # cells of the pool that importance ranks among
IMPORTANCE_REPEATS = 5
PD_QUANTILES = np.linspace(0.02, 0.98, 20)
PD_BACKGROUND = 500
WINDOW_VALUES = 1_000_000
"""Band values per row window (8 MB as float64). Predictions report progress (and may be cancelled) after each
window: 1.3-1.9 s for 12 bands with the default model on this 2-core machine (docs/tiling.md)."""


# ----------------------------------------------------------------------------------------------------------------
# Evidence stacks


class ArrayStack:
    """An evidence stack in memory: ``values`` ``(bands, rows, cols)`` on ``grid``, NaN = nodata, one name per band.

    Any object with ``names``, ``grid`` and ``window(row0, row1)`` (returning ``(bands, row1 - row0, cols)`` floats
    with NaN nodata) is a stack too: the Processing layer reads GeoTIFF windows that way, so memory stays bounded.
    """

    def __init__(self, values, names, grid):
        values = np.asarray(values, dtype=float)
        if values.ndim == 2:
            values = values[None]
        if values.ndim != 3:
            raise ValueError(f"An evidence stack is a (bands, rows, cols) array; got {values.ndim} dimensions.")
        names = [str(n) for n in names]
        if len(names) != values.shape[0]:
            raise ValueError(f"The stack has {values.shape[0]} bands but {len(names)} band names: give one name per "
                             "band.")
        if values.shape[1:] != grid.shape:
            raise ValueError(f"The bands are {values.shape[1]} x {values.shape[2]} cells but the grid is "
                             f"{grid.rows} x {grid.cols}.")
        self.values, self.names, self.grid = values, names, grid

    def window(self, row0, row1):
        return self.values[:, row0:row1]


def check_same_grid(grids, names):
    """Refuse evidence layers that are not on one grid (same origin, cell size and shape)."""
    first = grids[0]

    def same(grid):
        tolerance = 1e-6 * max(first.cell_x, first.cell_y)
        return grid.shape == first.shape and all(
            abs(a - b) <= tolerance for a, b in ((grid.west, first.west), (grid.north, first.north),
                                                 (grid.cell_x, first.cell_x), (grid.cell_y, first.cell_y)))

    if not all(same(g) for g in grids[1:]):
        described = "; ".join(f"'{name}' is {g.rows} x {g.cols} cells of {g.cell_x:g} x {g.cell_y:g} m from west "
                              f"{g.west:.1f}, north {g.north:.1f}" for name, g in zip(names, grids))
        raise ValueError(f"The evidence layers are not on one grid: {described}. Put them on one grid with "
                         "lodestone:stackevidence (or Raster > Align Rasters) and run again.")


def row_windows(stack):
    rows, cols = stack.grid.shape
    step = max(1, WINDOW_VALUES // (len(stack.names) * cols))
    for row0 in range(0, rows, step):
        yield row0, min(rows, row0 + step)


def valid_mask(stack, progress=None):
    """``(rows, cols)`` True where every band has data."""
    valid = np.empty(stack.grid.shape, dtype=bool)
    for row0, row1 in row_windows(stack):
        valid[row0:row1] = np.isfinite(stack.window(row0, row1)).all(axis=0)
        report(progress, row1 / stack.grid.rows)
    return valid


def gather(stack, cells, progress=None):
    """Band values ``(n, bands)`` of the cells with flat indices ``cells`` (row * cols + col)."""
    cells = np.asarray(cells, dtype=np.int64)
    rows, cols = np.divmod(cells, stack.grid.cols)
    features = np.empty((cells.size, len(stack.names)))
    for row0, row1 in row_windows(stack):
        inside = (rows >= row0) & (rows < row1)
        if inside.any():
            features[inside] = stack.window(row0, row1)[:, rows[inside] - row0, cols[inside]].T
        report(progress, row1 / stack.grid.rows)
    return features


# ----------------------------------------------------------------------------------------------------------------
# The model


def _parallel_map(function, items, progress=None, fraction=0.0):
    """``function`` over ``items`` in threads (scikit-learn's tree code releases the GIL); results in order, so
    the outcome does not depend on the number of threads. ``progress`` is told ``fraction`` while they run; a stop
    raises :class:`Cancelled` once the calls under way end (the others do not start)."""
    items = list(items)
    workers = min(len(items), os.cpu_count() or 1)
    if workers <= 1:
        results = []
        for item in items:
            report(progress, fraction)
            results.append(function(item))
        return results
    pool = ThreadPoolExecutor(max_workers=workers)
    futures = [pool.submit(function, item) for item in items]
    try:
        while wait(futures, timeout=0.1).not_done:
            report(progress, fraction)
    except Cancelled:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return [future.result() for future in futures]


def bag_probabilities(estimators, standard):
    """``(n_bags, n)`` probability of the positive class from each bag's classifier for standardised features
    ``(n, bands)``, computed in float32 (what scikit-learn's trees use anyway), bags side by side in threads."""
    standard = np.ascontiguousarray(standard, dtype=np.float32)
    return np.array(_parallel_map(lambda estimator: estimator.predict_proba(standard)[:, 1], estimators))


def category_contrasts(positive_codes, background_codes, confidence=CATEGORY_CONFIDENCE):
    """{code: contrast} of the categories (rock units) of positive cells against background cells: the weights-of-
    evidence contrast C = W+ - W- of "inside the unit", kept only where its studentized contrast reaches
    ``confidence`` (a unit with few positives, or as many as its area predicts, weighs 0). A unit that holds no
    positive, or never appears in the background, weighs 0, and so does a unit the training never saw: rare units
    are pooled with the neutral rest and unseen ones are neutral, never an arbitrary place on a number line."""
    positive_codes, background_codes = np.asarray(positive_codes), np.asarray(background_codes)
    total_p, total_n = positive_codes.size, background_codes.size
    contrasts = {}
    for code in np.unique(positive_codes):
        d, n = int(np.sum(positive_codes == code)), int(np.sum(background_codes == code))
        if n == 0 or n == total_n:
            continue
        d = min(d, total_p - 0.99)  # every positive in one unit: 0.99 of one taken off it, as ArcSDM does
        w_plus = math.log((d / total_p) / (n / total_n))
        w_minus = math.log(((total_p - d) / total_p) / ((total_n - n) / total_n))
        std = math.sqrt(1 / d + 1 / n + 1 / (total_p - d) + 1 / (total_n - n))
        if (w_plus - w_minus) / std >= confidence:
            contrasts[code.item()] = w_plus - w_minus
    return contrasts


class EncodedClassifier:
    """A bag's classifier behind its categorical encoding: the columns ``categorical`` hold raw category codes,
    replaced by their :func:`category_contrasts` (0 for any other code) before the classifier sees them."""

    def __init__(self, classifier, encodings):
        self.classifier, self.encodings = classifier, dict(encodings)

    def encode(self, features):
        if not self.encodings:
            return features
        features = np.array(features, dtype=np.float32, copy=True)
        for column, contrasts in self.encodings.items():
            codes = features[:, column]
            encoded = np.zeros(codes.shape, dtype=np.float32)
            for code, contrast in contrasts.items():
                encoded[codes == code] = contrast
            features[:, column] = encoded
        return features

    def fit(self, features, labels, sample_weight=None):
        self.classifier.fit(self.encode(features), labels, sample_weight=sample_weight)
        return self

    def predict_proba(self, features):
        return self.classifier.predict_proba(self.encode(features))


def monotone_directions(x_positive, x_background, monotone, categorical):
    """Per band: +1 (a higher value is never less favourable), -1, or 0 (free). ``monotone`` gives the geologist's
    direction per band (None = auto: the direction in which the positives rank above the background); an encoded
    categorical band is +1 (its contrast is its favourability)."""
    directions = []
    for band in range(x_positive.shape[1]):
        given = monotone[band] if monotone is not None else None
        if band in categorical:
            directions.append(1)
        elif given is not None:
            directions.append(int(given))
        else:
            below = np.searchsorted(np.sort(x_background[:, band]), x_positive[:, band], side="left")
            above = np.searchsorted(np.sort(x_background[:, band]), x_positive[:, band], side="right")
            rank = float(np.mean(below + above)) / (2 * len(x_background))
            directions.append(0 if rank == 0.5 else (1 if rank > 0.5 else -1))
    return directions


def _classifier(method, n_bags, seed, directions=None):
    """One bag's classifier. The forest, the classic boosting and the logistic regression use no OpenMP, so bags
    run side by side in threads without contention; histogram boosting takes ``directions`` (monotone
    constraints per band) and is shrunk hard (few positives)."""
    if method == MONOTONE_METHOD:
        return HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_leaf_nodes=15,
                                              l2_regularization=1.0, monotonic_cst=directions, random_state=seed)
    if method == "random forest":
        return RandomForestClassifier(n_estimators=max(MIN_TREES_PER_BAG, math.ceil(TREES_TOTAL / n_bags)),
                                      min_samples_leaf=3, max_features="sqrt", random_state=seed)
    if method == "gradient boosting":
        return GradientBoostingClassifier(n_estimators=100, learning_rate=0.05, max_depth=2, subsample=0.7,
                                          min_samples_leaf=3, random_state=seed)  # shrunk: few positives
    return LogisticRegression(solver="liblinear", C=1.0)


class ProspectivityModel:
    """The bag classifiers with what is needed to apply them to another stack: band names, the band means and
    standard deviations used to standardise the features, the score range used to rescale to 0-1, the training
    parameters and the scikit-learn version."""

    def __init__(self, estimators, band_names, means, scales, score_range, parameters,
                 sklearn_version=sklearn.__version__):
        self.estimators = list(estimators)
        self.band_names = list(band_names)
        self.means, self.scales = np.asarray(means, dtype=float), np.asarray(scales, dtype=float)
        self.score_range = tuple(float(v) for v in score_range)
        self.parameters = dict(parameters)
        self.sklearn_version = sklearn_version

    def bag_probabilities(self, features):
        """``(n_bags, n)`` probability of the positive class for raw band values ``features`` ``(n, bands)``."""
        return bag_probabilities(self.estimators, (np.asarray(features, dtype=float) - self.means) / self.scales)

    def rescale(self, probability):
        low, high = self.score_range
        return np.clip((probability - low) / (high - low), 0.0, 1.0)

    def check_bands(self, names):
        names = [str(n) for n in names]
        if names != self.band_names:
            raise ValueError(f"The stack's bands do not match the model's. The model was trained on "
                             f"{len(self.band_names)} bands: {', '.join(self.band_names)}. This stack has "
                             f"{len(names)}: {', '.join(names)}. Build the stack with the same layers in the same "
                             "order (lodestone:stackevidence writes the band names), or train a new model.")

    def bag_mean_and_spread(self, stack, progress=None):
        """Bag-mean probability and its standard deviation across bags over the whole stack, window by window
        (float32 maps, NaN where any band is nodata)."""
        rows, cols = stack.grid.shape
        mean = np.full((rows, cols), np.nan, dtype=np.float32)
        spread = np.full((rows, cols), np.nan, dtype=np.float32)
        for row0, row1 in row_windows(stack):
            values = stack.window(row0, row1).reshape(len(stack.names), -1)
            valid = np.isfinite(values).all(axis=0)
            if valid.any():
                bags = self.bag_probabilities(values[:, valid].T)
                mean[row0:row1].reshape(-1)[valid] = bags.mean(axis=0)
                spread[row0:row1].reshape(-1)[valid] = bags.std(axis=0)
            report(progress, row1 / rows)
        return mean, spread

    def predict(self, stack, progress=None):
        """PROSPECTIVITY (0-1) and UNCERTAINTY maps of ``stack``, predicted window by window of rows."""
        self.check_bands(stack.names)
        mean, spread = self.bag_mean_and_spread(stack, progress)
        if np.isnan(mean).all():
            raise ValueError("The stack has no cell with data in every band, so nothing can be predicted: check each "
                             "band's nodata value and that the bands overlap.")
        low, high = self.score_range
        mean = self.rescale(mean)
        spread /= high - low
        return mean, spread

    def save(self, path):
        """Write the model to ``path`` as plain arrays, no pickle (:mod:`.persistence`)."""
        header = {"sklearn_version": self.sklearn_version, "band_names": self.band_names,
                  "means": self.means.tolist(), "scales": self.scales.tolist(), "score_range": list(self.score_range),
                  "parameters": self.parameters}
        bags = [(*persistence.predictor_of(estimator.classifier), estimator.encodings) for estimator in self.estimators]
        return persistence.write(path, header, bags)

    @classmethod
    def load(cls, path):
        """Read a model written by :meth:`save` (ValueError naming the problem and the fix otherwise)."""
        header, bags = persistence.read(path)
        estimators = [EncodedClassifier(predictor, encodings) for predictor, encodings in bags]
        return cls(estimators, header["band_names"], header["means"], header["scales"], header["score_range"],
                   header["parameters"], header["sklearn_version"])


# ----------------------------------------------------------------------------------------------------------------
# Training


@dataclass
class Training:
    """Everything the bags are fitted on: standardised features of the positive cells (with their weights and
    centres), of the true negatives and of the pool of valid cells negatives are drawn from (with their centres and
    whether they hold a label), and the bag settings."""

    method: str
    n_bags: int
    negative_buffer: float
    positive_x: np.ndarray
    positive_w: np.ndarray
    positive_xy: np.ndarray
    negative_x: np.ndarray
    pool_x: np.ndarray
    pool_xy: np.ndarray
    pool_labelled: np.ndarray
    categorical: tuple = ()
    monotone: tuple = None

    def fit_bags(self, positives, negatives, pool_allowed, rng, progress=None, fraction=0.0):
        """Fit the bag classifiers on the chosen positives and true negatives (boolean masks) and draws from the
        allowed pool cells that lie farther than the buffer from every chosen positive. ``progress`` may stop the
        fitting (see :func:`_parallel_map`)."""
        distance, _ = cKDTree(self.positive_xy[positives]).query(self.pool_xy)
        eligible = np.flatnonzero(pool_allowed & ~self.pool_labelled & (distance > self.negative_buffer))
        if eligible.size == 0:
            raise ValueError(f"No unlabelled cell lies farther than NEGATIVE_BUFFER ({self.negative_buffer:g} m) from "
                             "the positives, so no negatives can be drawn: reduce NEGATIVE_BUFFER.")
        n_draw = min(eligible.size, max(MIN_NEGATIVES, NEGATIVES_PER_POSITIVE * int(positives.sum())))
        draws = [rng.choice(eligible, n_draw, replace=False) for _ in range(self.n_bags)]
        seeds = rng.integers(0, 2**31 - 1, self.n_bags)
        x_pos, w_pos, x_neg = self.positive_x[positives], self.positive_w[positives], self.negative_x[negatives]

        def fit(job):
            draw, seed = job
            x = np.vstack([x_pos, x_neg, self.pool_x[draw]])
            y = np.r_[np.ones(len(x_pos)), np.zeros(len(x_neg) + draw.size)]
            # true negatives weigh as much as an average positive; the drawn ones together as much as all positives
            weights = np.r_[w_pos, np.ones(len(x_neg)), np.full(draw.size, w_pos.sum() / draw.size)]
            background = self.pool_x[draw]
            encodings = {band: category_contrasts(x_pos[:, band], background[:, band]) for band in self.categorical}
            directions = monotone_directions(x_pos, background, self.monotone, self.categorical)
            classifier = _classifier(self.method, self.n_bags, int(seed), directions)
            return EncodedClassifier(classifier, encodings).fit(x, y, sample_weight=weights)

        return _parallel_map(fit, zip(draws, seeds), progress, fraction), n_draw


def mean_probability(estimators, standard):
    return bag_probabilities(estimators, standard).mean(axis=0)


@dataclass
class _Folds:
    """Fold of every positive, true negative and pool cell, and what was done to get them."""

    positive: np.ndarray
    negative: np.ndarray
    pool: np.ndarray
    k: int
    warning: str = ""


def block_index(grid, cells, block_size_m):
    """Index of the square block of ``block_size_m`` metres holding each flat cell, and the number of blocks."""
    rows, cols = np.divmod(np.asarray(cells, dtype=np.int64), grid.cols)
    block_rows = max(1, int(round(block_size_m / grid.cell_y)))
    block_cols = max(1, int(round(block_size_m / grid.cell_x)))
    per_row = -(-grid.cols // block_cols)
    return (rows // block_rows) * per_row + cols // block_cols, per_row * -(-grid.rows // block_rows)


def spatial_folds(grid, positive_cells, negative_cells, pool_cells, block_size_m, n_folds, rng):
    """Deal the blocks holding positives to folds, largest first, each to the fold with the fewest positives so far
    (ties broken at random); blocks without positives go to random folds."""
    positive_blocks, n_blocks = block_index(grid, positive_cells, block_size_m)
    blocks, counts = np.unique(positive_blocks, return_counts=True)
    if blocks.size < 2:
        raise ValueError(f"All {positive_cells.size} positive cells lie in one {block_size_m:g} m cross-validation "
                         "block, so spatial cross-validation cannot hold any of them out: use a smaller "
                         f"CV_BLOCK_SIZE (for example {block_size_m / 4:g} m) or add positives elsewhere.")
    k = min(n_folds, blocks.size)
    warning = ""
    if k < n_folds:
        warning = (f"Only {blocks.size} blocks of {block_size_m:g} m hold positives, fewer than the {n_folds} "
                   f"cross-validation folds: spatial cross-validation used {k} folds of one block each "
                   "(leave-one-block-out).")
    block_fold = rng.integers(0, k, n_blocks)
    order = rng.permutation(blocks.size)
    order = order[np.argsort(-counts[order], kind="stable")]
    load = np.zeros(k)
    for i in order:
        fold = int(np.argmin(load))
        block_fold[blocks[i]] = fold
        load[fold] += counts[i]
    return _Folds(*(block_fold[block_index(grid, cells, block_size_m)[0]]
                    for cells in (positive_cells, negative_cells, pool_cells)), k, warning)


def random_folds(n_positive, n_negative, n_pool, n_folds, rng):
    """Folds dealt at random: positives evenly, every other cell independently."""
    k = min(n_folds, n_positive)
    warning = ""
    if k < n_folds:
        warning = (f"Only {n_positive} positive cells, fewer than the {n_folds} cross-validation folds: random "
                   f"cross-validation used {k} folds (leave-one-out).")
    return _Folds(rng.permutation(n_positive) % k, rng.integers(0, k, n_negative), rng.integers(0, k, n_pool), k,
                  warning)


def _cross_validate(training, folds, rng, buffer_m=0.0, with_importance=False, progress=None):
    """Held-out area intervals of every positive (one model per fold), the ROC AUC of held-out positives against
    held-out true negatives (NaN without true negatives; per fold, averaged weighted by its positive-negative
    pairs) and, optionally, the permutation importance of each band as the drop of the pooled AUC (mean and
    standard deviation over repeats).

    Training positives and drawn negatives come from the other folds and lie farther than ``buffer_m`` from every
    held-out positive, so a zone cut by a block edge does not leak across it."""
    n_positive, n_bands = training.positive_x.shape
    lo, hi = np.empty(n_positive), np.empty(n_positive)
    rank = training.pool_x[:RANK_SAMPLE]
    background = training.pool_x[:IMPORTANCE_SAMPLE]
    n_background = len(background)
    base_sum, permuted_sum = 0.0, np.zeros((n_bands, IMPORTANCE_REPEATS))
    roc_sum, roc_pairs = 0.0, 0
    for fold in range(folds.k):
        held_out = folds.positive == fold
        near = cKDTree(training.positive_xy[held_out])
        far_positives = near.query(training.positive_xy)[0] > buffer_m
        if not (far_positives & ~held_out).any():
            raise ValueError(f"Every positive lies within {buffer_m:g} m (NEGATIVE_BUFFER) of the positives held out "
                             f"in fold {fold + 1}, so no model can be trained without them: the positives form one "
                             "cluster. Use a smaller NEGATIVE_BUFFER or CV_BLOCK_SIZE, or add positives elsewhere.")
        estimators, _ = training.fit_bags(~held_out & far_positives, folds.negative != fold,
                                          (folds.pool != fold) & (near.query(training.pool_xy)[0] > buffer_m), rng,
                                          progress, fold / folds.k)
        scores = mean_probability(estimators, np.vstack([rank, training.positive_x[held_out]]))
        lo[held_out], hi[held_out] = area_intervals(scores[:len(rank)], scores[len(rank):])
        negatives_out = training.negative_x[folds.negative == fold]
        if len(negatives_out):
            pairs = int(held_out.sum()) * len(negatives_out)
            roc_sum += pairs * CaptureCurve(*area_intervals(mean_probability(estimators, negatives_out),
                                                            scores[len(rank):])).auc
            roc_pairs += pairs
        if with_importance:
            rows = np.vstack([background, training.positive_x[held_out]])
            base_sum += CaptureCurve(*area_intervals(*np.split(mean_probability(estimators, rows),
                                                               [n_background]))).midpoints.sum()
            for band in range(n_bands):
                report(progress, fold / folds.k)
                shuffled = np.tile(rows, (IMPORTANCE_REPEATS, 1))
                for repeat in range(IMPORTANCE_REPEATS):
                    part = slice(repeat * len(rows), (repeat + 1) * len(rows))
                    shuffled[part, band] = rng.permutation(rows[:, band])
                scores = mean_probability(estimators, shuffled).reshape(IMPORTANCE_REPEATS, len(rows))
                for repeat in range(IMPORTANCE_REPEATS):
                    held = area_intervals(scores[repeat, :n_background], scores[repeat, n_background:])
                    permuted_sum[band, repeat] += CaptureCurve(*held).midpoints.sum()
        report(progress, (fold + 1) / folds.k)
    importance = (permuted_sum - base_sum) / n_positive  # AUC without the band's information minus AUC with it
    roc = roc_sum / roc_pairs if roc_pairs else math.nan
    return CaptureCurve(lo, hi), roc, importance.mean(axis=1), importance.std(axis=1)


def partial_dependence(model, pool_features):
    """For each band: its values at the PD_QUANTILES of ``pool_features`` (raw, ``(n, bands)``) and the mean
    prospectivity over the first PD_BACKGROUND cells with the band set to each value (others unchanged)."""
    background = pool_features[:PD_BACKGROUND]
    curves = []
    for band in range(pool_features.shape[1]):
        values = np.unique(np.quantile(pool_features[:, band], PD_QUANTILES))
        rows = np.repeat(background[None], values.size, axis=0)
        rows[:, :, band] = values[:, None]
        probability = model.bag_probabilities(rows.reshape(-1, rows.shape[-1])).mean(axis=0)
        curves.append((values, model.rescale(probability.reshape(values.size, -1)).mean(axis=1)))
    return curves


@dataclass
class ProspectivityResult:
    """Everything a training run produced. Curves and summaries: ``spatial`` (held-out by spatial blocks: the
    honest figure), ``random`` (held-out at random: the leakage flag), ``success`` (training points on the final
    map: optimistic). ``importance`` is the drop in spatial-CV AUC when the band is shuffled (``importance_std``
    over repeats); ``partial_dependence`` holds (band values, mean prospectivity) per band."""

    prospectivity: np.ndarray
    uncertainty: np.ndarray
    model: ProspectivityModel
    spatial: CaptureCurve
    spatial_summary: object
    random: CaptureCurve
    random_summary: object
    success: CaptureCurve
    success_summary: object
    positives: object
    negatives: object
    negatives_on_positive_cells: int
    spatial_folds: np.ndarray
    n_spatial_folds: int
    n_random_folds: int
    negatives_per_bag: int
    importance: np.ndarray
    importance_std: np.ndarray
    partial_dependence: list
    n_valid_cells: int
    warnings: list = field(default_factory=list)
    spatial_roc_auc: float = math.nan

    @property
    def band_names(self):
        return self.model.band_names

    @property
    def parameters(self):
        return self.model.parameters

    @property
    def leakage(self):
        """Random-CV AUC minus spatial-CV AUC: how much random splitting flatters the model."""
        return self.random_summary.auc - self.spatial_summary.auc

    def held_out_area_fraction(self):
        """For every positive point given: the share of the area ranked above it by the spatial-CV model that did
        not see it (ties counted half), NaN for points dropped (outside the grid or on nodata). Points in the top
        10 % of the area have a value <= 0.10."""
        cell = self.positives.point_cell
        fraction = np.full(cell.size, np.nan)
        used = cell >= 0
        fraction[used] = self.spatial.midpoints[np.searchsorted(self.positives.cells, cell[used])]
        return fraction


def _check_parameters(method, negative_buffer_m, n_bags, cv_block_size_m, n_folds):
    if method not in METHODS:
        raise ValueError(f"Unknown METHOD '{method}': use one of {', '.join(METHODS)}.")
    if n_bags < 2:
        raise ValueError(f"N_BAGS is {n_bags}: at least 2 bags are needed to measure the uncertainty (10 is usual).")
    if not negative_buffer_m >= 0:
        raise ValueError(f"NEGATIVE_BUFFER must be 0 or more metres, got {negative_buffer_m}.")
    if not cv_block_size_m > 0:
        raise ValueError(f"CV_BLOCK_SIZE must be a positive distance in metres, got {cv_block_size_m}.")
    if n_folds < 2:
        raise ValueError(f"Cross-validation needs at least 2 folds, got {n_folds}.")


def _stage(progress, start, end):
    """A progress callback mapping a stage's 0-1 onto [start, end] of the whole run."""
    if progress is None:
        return None
    return lambda fraction: progress(start + fraction * (end - start))


def train(stack, positives_xy, positive_weights=None, negatives_xy=None, method=MONOTONE_METHOD,
          negative_buffer_m=250.0, n_bags=10, cv_block_size_m=500.0, seed=42, n_folds=N_FOLDS, categorical=(),
          monotone=None, progress=None):
    """Train the bagged positive-unlabelled model, cross-validate it spatially and at random, and map it.

    ``stack``: an :class:`ArrayStack` (or any stack object, see there) in a projected CRS (m).
    ``positives_xy``, ``negatives_xy``: ``(n, 2)`` map coordinates in the stack's CRS; ``positive_weights``:
    one positive number per positive point (for example grade x thickness), or None for equal weights.
    ``categorical``: names of bands holding unordered category codes (rock units), encoded in each bag by
    :func:`category_contrasts`. ``monotone``: {band name: +1, -1 or 0} for the monotone method (bands left out:
    the direction the training points show; categorical bands +1).
    Returns a :class:`ProspectivityResult`.
    """
    _check_parameters(method, negative_buffer_m, n_bags, cv_block_size_m, n_folds)
    categorical_bands, directions = band_options(stack.names, categorical, monotone)
    grid = stack.grid
    positives_xy = np.asarray(positives_xy, dtype=float).reshape(-1, 2)
    if positives_xy.shape[0] == 0:
        raise ValueError("No positive points were given: give the known gold occurrences (showings, intercepts).")
    valid = valid_mask(stack, _stage(progress, 0.0, 0.04))
    if not valid.any():
        empty = [name for name, band in zip(stack.names, _empty_bands(stack)) if band]
        raise ValueError("The evidence stack has no cell with data in every band" +
                         (f" (empty bands: {', '.join(empty)})" if empty else ": the bands' data do not overlap") +
                         ". Check each band's nodata value and extent, and rebuild the stack with "
                         "lodestone:stackevidence.")
    warnings = []
    positives = cells_of_points(grid, positives_xy[:, 0], positives_xy[:, 1], valid, positive_weights)
    if positives.n_cells == 0:
        raise ValueError(f"None of the {positives.n_given} positive points lies on a stack cell with data in every "
                         f"band ({positives.n_outside} outside the stack, {positives.n_nodata} on nodata cells): "
                         "check that the points and the stack are in the same CRS and overlap.")
    if positives.n_cells == 1:
        raise ValueError(f"Only one positive cell is left ({positives.describe('Positives')}) A model needs at "
                         "least two positives in different places, ten or more to be useful: add known "
                         "occurrences (showings, drill intercepts).")
    if positives.n_outside or positives.n_nodata or positives.n_merged:
        warnings.append(positives.describe("Positives"))
    negatives, on_positive = None, 0
    negative_cells = np.zeros(0, dtype=np.int64)
    if negatives_xy is not None and len(negatives_xy):
        negatives_xy = np.asarray(negatives_xy, dtype=float).reshape(-1, 2)
        negatives = cells_of_points(grid, negatives_xy[:, 0], negatives_xy[:, 1], valid)
        conflict = np.isin(negatives.cells, positives.cells)
        on_positive = int(conflict.sum())
        negative_cells = negatives.cells[~conflict]
        if negatives.n_outside or negatives.n_nodata or negatives.n_merged or on_positive:
            warnings.append(negatives.describe("Negatives") + (
                f" {on_positive} negative cells also hold a positive and were left out." if on_positive else ""))

    rng_pool, rng_spatial, rng_random, rng_final, rng_importance = (
        np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(5))
    valid_cells = np.flatnonzero(valid)
    n_valid = valid_cells.size
    pool_cells = valid_cells[rng_pool.choice(n_valid, min(n_valid, POOL_SIZE), replace=False)]
    del valid_cells
    features = gather(stack, np.r_[positives.cells, negative_cells, pool_cells], _stage(progress, 0.04, 0.08))
    constant = [name for name, spread in zip(stack.names, np.ptp(features, axis=0)) if spread == 0]
    if len(constant) == len(stack.names):
        raise ValueError(f"Every evidence band is constant where the stack has data ({', '.join(constant)}): a model "
                         "cannot rank anything on it. Check the bands (nodata values, the right raster) and rebuild "
                         "the stack.")
    if constant:
        warnings.append(f"Band(s) {', '.join(constant)} hold one value wherever the stack has data: they carry no "
                        "information and get no weight. Remove them from the stack or check their source.")
    means = features[-pool_cells.size:].mean(axis=0)
    scales = features[-pool_cells.size:].std(axis=0)
    scales[~(scales > 0)] = 1.0
    means[list(categorical_bands)], scales[list(categorical_bands)] = 0.0, 1.0  # category codes stay codes
    standard = (features - means) / scales
    x_pos, x_neg, x_pool = np.split(standard, [positives.n_cells, positives.n_cells + negative_cells.size])

    def centres(cells):
        rows, cols = np.divmod(cells, grid.cols)
        return np.column_stack([grid.west + (cols + 0.5) * grid.cell_x, grid.north - (rows + 0.5) * grid.cell_y])

    training = Training(method, n_bags, float(negative_buffer_m), x_pos, positives.weights / positives.weights.mean(),
                         centres(positives.cells), x_neg, x_pool, centres(pool_cells),
                         np.isin(pool_cells, np.r_[positives.cells, negative_cells]), categorical_bands, directions)

    folds = spatial_folds(grid, positives.cells, negative_cells, pool_cells, cv_block_size_m, n_folds, rng_spatial)
    shuffled = random_folds(positives.n_cells, negative_cells.size, pool_cells.size, n_folds, rng_random)
    warnings += [w for w in (folds.warning, shuffled.warning) if w]
    spatial, spatial_roc, importance, importance_std = _cross_validate(
        training, folds, rng_importance, negative_buffer_m, with_importance=True, progress=_stage(progress, 0.08, 0.45))
    random_curve, _, _, _ = _cross_validate(training, shuffled, rng_random, progress=_stage(progress, 0.45, 0.65))

    everyone = np.ones(positives.n_cells, dtype=bool)
    estimators, n_draw = training.fit_bags(everyone, np.ones(negative_cells.size, dtype=bool),
                                           np.ones(pool_cells.size, dtype=bool), rng_final,
                                           _stage(progress, 0.65, 0.7), 0.0)
    parameters = {"method": method, "negative_buffer_m": float(negative_buffer_m), "n_bags": int(n_bags),
                  "cv_block_size_m": float(cv_block_size_m), "seed": int(seed), "n_folds": int(n_folds),
                  "negatives_per_bag": int(n_draw), "positive_cells": positives.n_cells,
                  "negative_cells": int(negative_cells.size), "weighted": positive_weights is not None,
                  "categorical": [stack.names[band] for band in categorical_bands],
                  "monotone": {stack.names[band]: d for band, d in enumerate(directions) if d is not None}}
    model = ProspectivityModel(estimators, stack.names, means, scales, (0.0, 1.0), parameters)
    mean, spread = model.bag_mean_and_spread(stack, _stage(progress, 0.68, 0.97))
    low, high = float(np.nanmin(mean)), float(np.nanmax(mean))
    model.score_range = (low, high if high > low else low + 1.0)
    prospectivity = model.rescale(mean)
    uncertainty = spread / np.float32(model.score_range[1] - model.score_range[0])

    area_scores = prospectivity[valid]
    success = map_curve(prospectivity, positives.cells)
    result = ProspectivityResult(
        prospectivity, uncertainty, model, spatial, summarize(spatial, seed, area_scores), random_curve,
        summarize(random_curve, seed, area_scores), success, summarize(success, seed, area_scores), positives,
        negatives, on_positive, folds.positive, folds.k, shuffled.k, n_draw, importance, importance_std,
        partial_dependence(model, features[-pool_cells.size:]), n_valid, warnings, spatial_roc)
    report(progress, 1.0)
    return result


def band_options(names, categorical, monotone):
    """Band indices of the ``categorical`` band names and the per-band ``monotone`` directions (None = auto),
    refusing names the stack does not have."""
    names = [str(name) for name in names]
    unknown = [str(n) for n in list(categorical or ()) + list((monotone or {}).keys()) if str(n) not in names]
    if unknown:
        raise ValueError(f"No band named {', '.join(unknown)} in the stack; its bands: {', '.join(names)}.")
    bands = tuple(names.index(str(name)) for name in categorical or ())
    directions = tuple((monotone or {}).get(name) for name in names)
    if any(d not in (None, -1, 0, 1) for d in directions):
        raise ValueError("A monotone direction is +1 (increasing), -1 (decreasing) or 0 (free).")
    return bands, directions


def _empty_bands(stack):
    """Per band: True if it has no data at all."""
    has_data = np.zeros(len(stack.names), dtype=bool)
    for row0, row1 in row_windows(stack):
        has_data |= np.isfinite(stack.window(row0, row1)).any(axis=(1, 2))
    return ~has_data
