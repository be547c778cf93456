"""Area of applicability of a prospectivity model (Meyer & Pebesma 2021; docs/science.md section 5).

A model can only be trusted where the evidence looks like the evidence it was trained on. For every cell the
dissimilarity index is

    DI = d(cell, nearest training sample) / mean pairwise distance between the training samples,

with distances measured in a weighted, standardised predictor space:

- a continuous band j contributes w_j * (x_j - mean_j) / sd_j, with mean_j and sd_j (sample standard deviation,
  ddof = 1, as R's ``scale``) taken over the training samples, so units cancel;
- a categorical band (unordered codes, for example geological units) is not standardised: two codes contribute
  w_j to the distance if they differ and 0 if they are equal. It is held as one-hot columns scaled by w_j / sqrt(2)
  (a mismatch differs in two columns, sqrt(2 * (w_j / sqrt(2))^2) = w_j), so a k-d tree still finds the nearest
  sample. A code no training sample has makes the cell's DI +inf: it is outside whatever its other bands say;
- w_j is the band's importance clipped at 0 and normalised to sum 1 (equal weights when no importance is given or
  all of it is zero). A band of weight 0 does not enter at all, not even through unseen codes.

The threshold comes from the training samples themselves: the cross-validated DI of sample i is its distance to the
nearest training sample OUTSIDE its own CV fold (without folds: the nearest other sample, leave-one-out) over the
same mean distance. The threshold is the upper whisker of their boxplot, Q75 + 1.5 (Q75 - Q25) with linear
percentiles, capped at their maximum (CAST's ``trainDI``). Cells with DI above it are outside the area of
applicability; DI equal to it is inside.

The mean pairwise distance is exact (all n (n - 1) / 2 pairs) for up to EXACT_PAIRS_LIMIT training samples; above
that it is the mean over all pairs of PAIR_SAMPLE samples drawn without replacement with seed SEED, an unbiased
estimate (off by at most 0.6 % on normal, uniform and two-cluster sets of 3000-5000 samples in 3-6 bands).

Nodata: a cell with NaN (or inf) in any band has DI NaN and is neither inside nor outside. Training samples must
have data in every band.
"""
import math
from dataclasses import dataclass, field

import numpy as np
from scipy.spatial import cKDTree
from scipy.spatial.distance import pdist

from ..progress import report

EXACT_PAIRS_LIMIT = 2000  # training samples up to which the mean pairwise distance uses every pair
PAIR_SAMPLE = 2000  # samples drawn for the mean pairwise distance above that
SEED = 0  # the draw above is fixed, so the same training set always gives the same threshold
CHUNK_VALUES = 1_000_000  # weighted-space values per chunk of cells (8 MB as float64)
WHISKER = 1.5  # interquartile ranges above the 75th percentile


@dataclass(frozen=True, eq=False)
class WeightedSpace:
    """The standardisation and weights that map band values to the weighted predictor space.

    ``means`` and ``stds`` (per band, in band units) are the training mean and sample standard deviation of the
    continuous bands (0 and 1 for categorical bands and for bands of weight 0); ``weights`` sum to 1;
    ``categorical`` marks bands of unordered codes and ``codes[j]`` holds the sorted codes band j takes in training
    (empty for continuous bands).
    """

    means: np.ndarray
    stds: np.ndarray
    weights: np.ndarray
    categorical: np.ndarray
    codes: tuple

    @property
    def used_bands(self):
        """Indices of the bands of positive weight, the only ones entering the distance."""
        return np.flatnonzero(self.weights > 0)

    def embed(self, features):
        """``(m, dimensions)`` points of finite ``(m, bands)`` features in the weighted space, and an ``(m,)`` mask
        of the rows where a categorical band holds a code never seen in training (its one-hot columns are 0)."""
        columns, unseen = [], np.zeros(len(features), dtype=bool)
        for band in self.used_bands:
            values = features[:, band]
            if self.categorical[band]:
                onehot, seen = _one_hot(values, self.codes[band], self.weights[band] / math.sqrt(2.0))
                columns.append(onehot)
                unseen |= ~seen
            else:
                columns.append(((values - self.means[band]) / self.stds[band] * self.weights[band])[:, None])
        return np.hstack(columns), unseen


@dataclass(frozen=True, eq=False)
class Applicability:
    """A fitted area of applicability.

    ``space`` maps band values to the weighted space; ``train_points`` ``(n, dimensions)`` are the training samples
    there and ``tree`` a k-d tree on them; ``mean_distance`` is their mean pairwise distance (weighted-space units),
    computed over ``pairs_from`` samples (n when exact); ``train_di`` ``(n,)`` their cross-validated DI;
    ``threshold`` the DI above which a cell is outside.
    """

    space: WeightedSpace
    train_points: np.ndarray
    tree: cKDTree
    mean_distance: float
    pairs_from: int
    train_di: np.ndarray
    threshold: float

    @property
    def n_bands(self):
        return int(self.space.weights.size)


@dataclass(frozen=True)
class ApplicabilitySummary:
    """Counts over a set of cells: ``n_valid`` have data in every band, ``n_outside`` of them are outside the area
    of applicability, ``n_unseen`` of those because of a category never seen in training; ``unseen_codes`` maps a
    band index to ``{code: cells}`` for those categories. Summaries of windows of one map add up with ``+``."""

    n_valid: int = 0
    n_outside: int = 0
    n_unseen: int = 0
    unseen_codes: dict = field(default_factory=dict)

    @property
    def share_outside(self):
        """Share of the valid cells outside (0-1); NaN when no cell is valid."""
        return self.n_outside / self.n_valid if self.n_valid else math.nan

    def __add__(self, other):
        codes = {band: dict(counts) for band, counts in self.unseen_codes.items()}
        for band, counts in other.unseen_codes.items():
            merged = codes.setdefault(band, {})
            for code, cells in counts.items():
                merged[code] = merged.get(code, 0) + cells
        return ApplicabilitySummary(self.n_valid + other.n_valid, self.n_outside + other.n_outside,
                                    self.n_unseen + other.n_unseen, codes)

    def describe(self, band_names=None):
        """One sentence for logs and reports; ``band_names`` (optional) names the bands of unseen codes."""
        if not self.n_valid:
            return "Area of applicability: no cell has data in every band."
        text = (f"Area of applicability: {self.n_outside} of {self.n_valid} cells with data "
                f"({100.0 * self.share_outside:.1f} %) are outside, where the model extrapolates.")
        for band, counts in sorted(self.unseen_codes.items()):
            name = band_names[band] if band_names is not None else f"band {band + 1}"
            listed = ", ".join(f"{code:g} ({cells} cells)" for code, cells in sorted(counts.items()))
            text += f" Categories of '{name}' never seen in training: {listed}."
        return text


# ----------------------------------------------------------------------------------------------------------------
# Fitting


def fit_applicability(train_features, importance=None, folds=None, categorical=None):
    """Fit the area of applicability to the training samples.

    ``train_features`` ``(n, bands)`` raw band values of the n >= 2 training samples (finite); ``importance``
    ``(bands,)`` the model's importance of each band (any scale; negative values count as 0; None: equal weights);
    ``folds`` ``(n,)`` integer CV fold of each sample, at least two distinct (None: leave-one-out);
    ``categorical`` ``(bands,)`` booleans marking bands of unordered category codes, compared exactly (keep them
    whole numbers; None: all continuous).
    Returns an :class:`Applicability`.
    """
    train = _check_training(train_features)
    n, bands = train.shape
    categorical = _check_categorical(categorical, bands)
    space = _weighted_space(train, _weights(importance, bands), categorical)
    points, _ = space.embed(train)
    mean_distance, pairs_from = mean_pairwise_distance(points)
    if not mean_distance > 0:
        raise ValueError("All training samples are identical in the bands that carry weight, so no distance can be "
                         "scaled: give weight to a band in which they differ.")
    train_di = cross_validated_nearest(points, _check_folds(folds, n)) / mean_distance
    return Applicability(space, points, cKDTree(points), mean_distance, pairs_from, train_di,
                         boxplot_threshold(train_di))


def _check_training(train_features):
    train = np.asarray(train_features, dtype=float)
    if train.ndim != 2 or train.shape[0] < 2 or train.shape[1] < 1:
        raise ValueError(f"Training features must be an (n, bands) array with at least 2 samples and 1 band; got "
                         f"shape {train.shape}.")
    missing = ~np.isfinite(train).all(axis=1)
    if missing.any():
        raise ValueError(f"{int(missing.sum())} of {train.shape[0]} training samples lack a value in some band: "
                         "drop them before fitting the area of applicability.")
    return train


def _check_categorical(categorical, bands):
    if categorical is None:
        return np.zeros(bands, dtype=bool)
    categorical = np.asarray(categorical, dtype=bool)
    if categorical.shape != (bands,):
        raise ValueError(f"The categorical mask has shape {categorical.shape}; give one boolean per band ({bands}).")
    return categorical


def _check_folds(folds, n):
    if folds is None:
        return None
    folds = np.asarray(folds)
    if folds.shape != (n,):
        raise ValueError(f"Got {folds.size} fold ids for {n} training samples: give one per sample.")
    if np.unique(folds).size < 2:
        raise ValueError("The cross-validation folds hold a single fold: at least two are needed.")
    return folds


def _weights(importance, bands):
    """Band weights summing to 1: importance clipped at 0 and normalised; equal when None or all zero."""
    if importance is None:
        return np.full(bands, 1.0 / bands)
    weights = np.asarray(importance, dtype=float)
    if weights.shape != (bands,) or not np.isfinite(weights).all():
        raise ValueError(f"Importance must hold one finite number per band ({bands}); got {weights.tolist()}.")
    weights = np.clip(weights, 0.0, None)
    total = weights.sum()
    return weights / total if total > 0 else np.full(bands, 1.0 / bands)


def _weighted_space(train, weights, categorical):
    """Standardisation and codes from the training samples; a continuous band of weight > 0 must vary."""
    means, stds = np.zeros(weights.size), np.ones(weights.size)
    codes = []
    for band in range(weights.size):
        values = train[:, band]
        codes.append(np.unique(values) if categorical[band] else np.empty(0))
        if categorical[band] or weights[band] == 0:
            continue
        means[band], stds[band] = values.mean(), values.std(ddof=1)
        if not stds[band] > 0:
            raise ValueError(f"Band {band + 1} has the same value ({values[0]:g}) at every training sample, so it "
                             "cannot be standardised: give it zero importance, mark it categorical or drop it.")
    return WeightedSpace(means, stds, weights, categorical, tuple(codes))


def _one_hot(values, codes, height):
    """``(m, codes.size)`` columns holding ``height`` where ``values`` equals the code, and the mask of values
    equal to some code (``codes`` sorted)."""
    index = np.minimum(np.searchsorted(codes, values), codes.size - 1)
    seen = codes[index] == values
    onehot = np.zeros((values.size, codes.size))
    onehot[np.flatnonzero(seen), index[seen]] = height
    return onehot, seen


def mean_pairwise_distance(points):
    """Mean Euclidean distance over the pairs of ``(n, d)`` points, and the number of points it used: all of them
    up to EXACT_PAIRS_LIMIT, else PAIR_SAMPLE drawn without replacement with seed SEED."""
    n = points.shape[0]
    if n > EXACT_PAIRS_LIMIT:
        points = points[np.random.default_rng(SEED).choice(n, PAIR_SAMPLE, replace=False)]
    return float(pdist(points).mean()), int(points.shape[0])


def cross_validated_nearest(points, folds=None):
    """``(n,)`` distance from each of the ``(n, d)`` points to the nearest point of another fold (``folds`` (n,)
    fold ids), or to the nearest other point when ``folds`` is None."""
    if folds is None:
        distance, _ = cKDTree(points).query(points, k=2)
        return distance[:, 1]  # the nearest is the point itself (or a duplicate, which is as near)
    nearest = np.empty(points.shape[0])
    for fold in np.unique(folds):
        held = folds == fold
        nearest[held] = cKDTree(points[~held]).query(points[held], k=1)[0]
    return nearest


def boxplot_threshold(values):
    """Upper whisker of a boxplot of ``values``: Q75 + WHISKER (Q75 - Q25), linear percentiles, capped at the
    largest value."""
    values = np.asarray(values, dtype=float)
    q25, q75 = np.percentile(values, [25.0, 75.0])
    return float(min(q75 + WHISKER * (q75 - q25), values.max()))


# ----------------------------------------------------------------------------------------------------------------
# Applying


def dissimilarity(model, features, progress=None, chunk_cells=None):
    """Dissimilarity index ``(m,)`` of ``(m, bands)`` band values: NaN where any band is NaN, +inf where a
    categorical band holds a code never seen in training, else the distance to the nearest training sample over
    ``model.mean_distance`` (dimensionless).

    Cells go through in chunks of ``chunk_cells`` (default: CHUNK_VALUES weighted-space values), so memory stays
    bounded; ``progress`` is told the fraction done between chunks and may cancel (:class:`Cancelled`).
    """
    features = np.asarray(features)
    if features.ndim != 2 or features.shape[1] != model.n_bands:
        raise ValueError(f"Features must be an (m, {model.n_bands}) array, one column per band the area of "
                         f"applicability was fitted to; got shape {features.shape}.")
    m = features.shape[0]
    step = int(chunk_cells or max(1, CHUNK_VALUES // model.train_points.shape[1]))
    di = np.full(m, np.nan)
    report(progress, 0.0)
    for start in range(0, m, step):
        di[start:start + step] = _chunk_dissimilarity(model, np.asarray(features[start:start + step], dtype=float))
        report(progress, min(start + step, m) / m)
    return di


def _chunk_dissimilarity(model, block):
    di = np.full(block.shape[0], np.nan)
    valid = np.isfinite(block).all(axis=1)
    points, unseen = model.space.embed(block[valid])
    distance = model.tree.query(points, k=1, workers=-1)[0] if len(points) else np.empty(0)
    di[valid] = np.where(unseen, np.inf, distance / model.mean_distance)
    return di


def outside(model, di):
    """Boolean mask, True where a cell is outside the area of applicability (DI above the threshold, an unseen
    category included); False where it is inside and where DI is NaN (nodata)."""
    return np.asarray(di, dtype=float) > model.threshold


def unseen_codes(model, features):
    """``{band index: {code: cells}}`` of the categorical codes in ``(m, bands)`` features that no training sample
    has, counted over the cells with data in every band (bands of weight 0 left out)."""
    features = np.asarray(features, dtype=float)
    valid = np.isfinite(features).all(axis=1)
    found = {}
    for band in model.space.used_bands:
        if not model.space.categorical[band]:
            continue
        values = features[valid, band]
        new = values[~np.isin(values, model.space.codes[band])]
        if new.size:
            codes, cells = np.unique(new, return_counts=True)
            found[int(band)] = {float(c): int(k) for c, k in zip(codes, cells)}
    return found


def summarize(model, di, features):
    """:class:`ApplicabilitySummary` of the cells with dissimilarity ``di`` ``(m,)`` and band values ``features``
    ``(m, bands)``."""
    di = np.asarray(di, dtype=float)
    return ApplicabilitySummary(int(np.count_nonzero(~np.isnan(di))), int(np.count_nonzero(outside(model, di))),
                                int(np.count_nonzero(np.isinf(di))), unseen_codes(model, features))


# ----------------------------------------------------------------------------------------------------------------
# A map for a trained model


BACKGROUND_PER_POSITIVE = 10
"""Background cells sampled per positive to stand for the bags' drawn negatives among the training samples."""


@dataclass
class ApplicabilityMap:
    """``ratio``: DI over the threshold per cell (float32; above 1 outside, +inf for an unseen category, NaN on
    nodata); ``model`` the fitted :class:`Applicability`; ``summary`` over the whole map."""

    ratio: np.ndarray
    model: Applicability
    summary: ApplicabilitySummary


def map_applicability(stack, result, seed=0, progress=None):
    """The area of applicability of a trained prospectivity ``result`` over ``stack`` (window by window of rows).

    The training samples are the positive cells and a uniform sample of valid cells standing for the drawn
    negatives (:data:`BACKGROUND_PER_POSITIVE` per positive, at least 500); their folds are the spatial
    cross-validation blocks (CV_BLOCK_SIZE), so a sample's nearest neighbour is sought outside its own block; the
    weights are the model's permutation importance; categorical bands are those the model treated as categories.
    """
    from . import model as learning

    grid, names = stack.grid, list(stack.names)
    valid = learning.valid_mask(stack)
    valid_cells = np.flatnonzero(valid.ravel())
    rng = np.random.default_rng(seed)
    count = min(valid_cells.size, max(500, BACKGROUND_PER_POSITIVE * result.positives.n_cells))
    cells = np.r_[result.positives.cells, rng.choice(valid_cells, count, replace=False)]
    blocks, _ = learning.block_index(grid, cells, result.parameters["cv_block_size_m"])
    categorical = np.isin(names, result.parameters.get("categorical", []))
    fitted = fit_applicability(learning.gather(stack, cells), result.importance, blocks, categorical)
    ratio = np.full(grid.shape, np.nan, dtype=np.float32)
    summary = ApplicabilitySummary()
    for row0, row1 in learning.row_windows(stack):
        values = stack.window(row0, row1).reshape(len(names), -1).T
        inside = np.isfinite(values).all(axis=1)
        if inside.any():
            di = dissimilarity(fitted, values[inside])
            ratio[row0:row1].reshape(-1)[inside] = di / fitted.threshold
            summary = summary + summarize(fitted, di, values[inside])
        report(progress, row1 / grid.rows)
    return ApplicabilityMap(ratio, fitted, summary)
