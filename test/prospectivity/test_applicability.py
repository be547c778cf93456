"""Area of applicability (lodestone.science.prospectivity.applicability) against hand-computed cases, a brute-force
reference and randomised families whose pass criteria were fixed before measuring.

The hand case: four training samples at a = 0, 1, 3, 7 in band 1 and b = 2a in band 2, equal weights. Both bands
standardise to the same z = (a - 2.75) / sd (sd = sqrt(28.75 / 3), ddof = 1), so in the weighted space
(z / 2, z / 2) every distance is |delta a| * k with k = (sqrt(2) / 2) / sd, and k cancels from every DI:
- the six gaps are 1, 3, 7, 2, 6, 4: mean pairwise distance 23 / 6 * k;
- leave-one-out nearest gaps 1, 1, 2, 4: training DI 6/23, 6/23, 12/23, 24/23;
- linear percentiles of (6, 6, 12, 24) / 23: Q25 = 6/23, Q75 = 15/23, fence 15/23 + 1.5 * 9/23 = 28.5/23, above the
  largest DI, so the threshold is capped at 24/23;
- cells on the line at a = 5, 11, 12 have nearest gaps 2, 4, 5: DI 12/23, 24/23 (= threshold, inside) and 30/23;
- the cell (a, b) = (5, 0) lies at distance sqrt(((a_i - 5)^2 + a_i^2) / 2) * k from sample a_i, smallest for
  a_i = 3: DI = sqrt(6.5) * 6 / 23.
With folds (0, 0, 1, 1) the nearest gaps outside the own fold are 3, 2, 2, 6: DI 18, 12, 12, 36 over 23, Q25 = 12/23,
Q75 = 22.5/23, fence 38.25/23 capped at 36/23.
"""
import math

import numpy as np
import pytest
from scipy.spatial.distance import pdist

from lodestone.science.progress import Cancelled
from lodestone.science.prospectivity import applicability as aoa

HAND_A = np.array([0.0, 1.0, 3.0, 7.0])


def hand_training():
    return np.column_stack([HAND_A, 2.0 * HAND_A])


def test_hand_case_mean_distance_training_di_and_capped_threshold():
    model = aoa.fit_applicability(hand_training())
    k = (math.sqrt(2.0) / 2.0) / math.sqrt(28.75 / 3.0)
    assert model.mean_distance == pytest.approx(23.0 / 6.0 * k)
    assert model.pairs_from == 4
    np.testing.assert_allclose(model.train_di, np.array([6, 6, 12, 24]) / 23.0)
    assert model.threshold == pytest.approx(24.0 / 23.0)


def test_hand_case_new_cells():
    model = aoa.fit_applicability(hand_training())
    cells = np.array([[5.0, 10.0], [11.0, 22.0], [12.0, 24.0], [5.0, 0.0]])
    di = aoa.dissimilarity(model, cells)
    np.testing.assert_allclose(di, [12 / 23, 24 / 23, 30 / 23, math.sqrt(6.5) * 6 / 23])
    np.testing.assert_array_equal(aoa.outside(model, di), [False, False, True, False])


def test_hand_case_with_folds_uses_nearest_sample_of_another_fold():
    model = aoa.fit_applicability(hand_training(), folds=np.array([0, 0, 1, 1]))
    np.testing.assert_allclose(model.train_di, np.array([18, 12, 12, 36]) / 23.0)
    assert model.threshold == pytest.approx(36.0 / 23.0)


def test_boxplot_threshold_by_hand():
    assert aoa.boxplot_threshold([1.0, 2.0, 3.0, 4.0, 100.0]) == pytest.approx(7.0)  # Q25 2, Q75 4: 4 + 1.5 x 2
    assert aoa.boxplot_threshold([1.0, 2.0, 3.0, 4.0]) == pytest.approx(4.0)  # fence 3.25 + 1.5 x 1.5 capped at 4
    assert aoa.boxplot_threshold([2.0, 2.0, 2.0]) == pytest.approx(2.0)


def test_weights_clip_negative_importance_and_fall_back_to_equal():
    train = np.random.default_rng(1).normal(size=(10, 3))
    np.testing.assert_allclose(aoa.fit_applicability(train, [2.0, -1.0, 6.0]).space.weights, [0.25, 0.0, 0.75])
    np.testing.assert_allclose(aoa.fit_applicability(train, [0.0, 0.0, 0.0]).space.weights, [1 / 3] * 3)
    np.testing.assert_allclose(aoa.fit_applicability(train, None).space.weights, [1 / 3] * 3)


@pytest.mark.parametrize("seed", range(20))
def test_region_outside_the_training_range_is_flagged_and_inside_is_not(seed):
    rng = np.random.default_rng(seed)
    train = rng.uniform(0.0, 1.0, size=(200, 3))
    model = aoa.fit_applicability(train, rng.uniform(0.5, 1.0, 3))
    inside = rng.uniform(0.2, 0.8, size=(2000, 3))
    beyond = rng.uniform(0.2, 0.8, size=(2000, 3))
    beyond[:, 0] = rng.uniform(1.6, 2.0, 2000)  # one band well past its training range
    assert aoa.outside(model, aoa.dissimilarity(model, inside)).mean() <= 0.1
    assert aoa.outside(model, aoa.dissimilarity(model, beyond)).all()


def test_scaling_a_band_does_not_change_di():
    rng = np.random.default_rng(3)
    train, cells, importance = rng.normal(size=(50, 3)), rng.normal(size=(300, 3)) * 2.0, [1.0, 2.0, 3.0]
    scale = np.array([1000.0, 1.0, 1.0])
    model, scaled = aoa.fit_applicability(train, importance), aoa.fit_applicability(train * scale, importance)
    np.testing.assert_allclose(aoa.dissimilarity(scaled, cells * scale), aoa.dissimilarity(model, cells))
    assert scaled.threshold == pytest.approx(model.threshold)


def test_band_of_zero_importance_does_not_change_di():
    rng = np.random.default_rng(4)
    train, cells = rng.normal(size=(40, 2)), rng.normal(size=(300, 2))
    noise_train, noise_cells = rng.normal(size=(40, 1)), rng.normal(size=(300, 1)) * 1e6
    alone = aoa.fit_applicability(train, [1.0, 2.0])
    with_noise = aoa.fit_applicability(np.hstack([train, noise_train]), [1.0, 2.0, 0.0])
    np.testing.assert_allclose(aoa.dissimilarity(with_noise, np.hstack([cells, noise_cells])),
                               aoa.dissimilarity(alone, cells))
    np.testing.assert_allclose(with_noise.train_di, alone.train_di)


def test_categorical_band_seen_unit_inside_unseen_unit_outside_and_reported():
    rng = np.random.default_rng(5)
    unit = rng.choice([1.0, 2.0, 3.0], 90)
    train = np.column_stack([rng.normal(size=90), rng.normal(size=90), unit])
    model = aoa.fit_applicability(train, [1.0, 1.0, 1.0], categorical=[False, False, True])
    near = train[:5].copy()
    near[:, :2] += 0.01
    unseen = near.copy()
    unseen[:3, 2] = 9.0
    unseen[3:, 2] = 7.0
    assert not aoa.outside(model, aoa.dissimilarity(model, near)).any()
    di = aoa.dissimilarity(model, unseen)
    assert np.isinf(di).all() and aoa.outside(model, di).all()
    summary = aoa.summarize(model, di, unseen)
    assert summary.unseen_codes == {2: {7.0: 2, 9.0: 3}}
    assert (summary.n_valid, summary.n_outside, summary.n_unseen, summary.share_outside) == (5, 5, 5, 1.0)
    assert "never seen in training: 7 (2 cells), 9 (3 cells)" in summary.describe(["mag", "grav", "geology"])


def test_categorical_mismatch_costs_its_weight_and_is_not_standardised():
    train = np.array([[0.0, 1.0], [1.0, 2.0], [2.0, 1.0]])  # band 1: z = a - 1 (sd 1); band 2: units 1 and 2
    model = aoa.fit_applicability(train, [3.0, 1.0], categorical=[False, True])  # weights 0.75 and 0.25
    # samples in weighted space: band 1 at -0.75, 0, 0.75; unit mismatches cost 0.25
    pairs = [math.hypot(0.75, 0.25), 1.5, math.hypot(0.75, 0.25)]
    assert model.mean_distance == pytest.approx(np.mean(pairs))
    # z = 0 in unit 1: 0.75 from samples 1 and 3, 0.25 (the unit mismatch alone) from sample 2
    di = aoa.dissimilarity(model, np.array([[1.0, 1.0]]))
    assert di[0] == pytest.approx(0.25 / np.mean(pairs))


def brute_force(train, importance, folds, categorical, cells):
    """DI of the training samples and of the cells, mean pairwise distance and threshold, straight from the
    definitions with all pairs at once."""
    weights = np.clip(importance, 0, None) / np.clip(importance, 0, None).sum()
    stds = train.std(axis=0, ddof=1)

    def distances(x, y):
        difference = (x[:, None, :] - y[None, :, :]) / np.where(categorical, 1.0, stds)
        difference = np.where(categorical, difference != 0, difference) * weights
        return np.sqrt((difference ** 2).sum(axis=2))

    among = distances(train, train)
    n = len(train)
    mean = among[~np.eye(n, dtype=bool)].mean()
    among[folds[:, None] == folds[None, :]] = np.inf
    train_di = among.min(axis=1) / mean
    q25, q75 = np.percentile(train_di, [25, 75])
    threshold = min(q75 + 1.5 * (q75 - q25), train_di.max())
    return distances(cells, train).min(axis=1) / mean, train_di, mean, threshold


@pytest.mark.parametrize("seed", range(10))
def test_agrees_with_brute_force(seed):
    rng = np.random.default_rng(100 + seed)
    n, bands = int(rng.integers(5, 40)), int(rng.integers(2, 5))
    categorical = np.zeros(bands, dtype=bool)
    categorical[-1] = seed % 2 == 0
    train = rng.normal(size=(n, bands)) * rng.uniform(0.1, 100.0, bands)
    cells = rng.normal(size=(200, bands)) * rng.uniform(0.1, 100.0, bands)
    train[:, -1] = np.where(categorical[-1], rng.integers(0, 4, n), train[:, -1])
    cells[:, -1] = np.where(categorical[-1], rng.choice(np.unique(train[:, -1]), 200), cells[:, -1])
    importance = rng.uniform(0.0, 1.0, bands)
    folds = rng.integers(0, 3, n) if seed % 3 else None
    model = aoa.fit_applicability(train, importance, folds, categorical)
    expected_di, train_di, mean, threshold = brute_force(
        train, importance, np.arange(n) if folds is None else folds, categorical, cells)
    assert model.mean_distance == pytest.approx(mean)
    np.testing.assert_allclose(model.train_di, train_di)
    assert model.threshold == pytest.approx(threshold)
    np.testing.assert_allclose(aoa.dissimilarity(model, cells), expected_di)


def test_large_training_set_mean_distance_from_a_fixed_subsample():
    rng = np.random.default_rng(7)
    train = rng.normal(size=(3000, 3))
    model = aoa.fit_applicability(train)
    assert model.pairs_from == aoa.PAIR_SAMPLE
    exact = pdist(model.train_points).mean()
    assert model.mean_distance == pytest.approx(exact, rel=0.02)
    assert aoa.fit_applicability(train).mean_distance == model.mean_distance  # the draw is fixed


def test_nodata_cells_are_nan_and_neither_inside_nor_outside():
    model = aoa.fit_applicability(hand_training())
    di = aoa.dissimilarity(model, np.array([[np.nan, 10.0], [100.0, np.nan], [100.0, 200.0]]))
    assert np.isnan(di[:2]).all() and di[2] > model.threshold
    np.testing.assert_array_equal(aoa.outside(model, di), [False, False, True])
    summary = aoa.summarize(model, di, np.array([[np.nan, 10.0], [100.0, np.nan], [100.0, 200.0]]))
    assert (summary.n_valid, summary.n_outside) == (1, 1)


def test_chunked_equals_one_shot_and_summaries_add_up():
    rng = np.random.default_rng(8)
    train = np.column_stack([rng.normal(size=60), rng.integers(0, 3, 60)])
    model = aoa.fit_applicability(train, [1.0, 0.5], categorical=[False, True])
    cells = np.column_stack([rng.normal(size=1000) * 3.0, rng.integers(0, 5, 1000)]).astype(np.float32)
    cells[::17, 0] = np.nan
    whole = aoa.dissimilarity(model, cells)
    fractions = []
    chunked = aoa.dissimilarity(model, cells, progress=lambda f: fractions.append(f), chunk_cells=37)
    np.testing.assert_array_equal(chunked, whole)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and np.all(np.diff(fractions) > 0)
    halves = aoa.summarize(model, whole[:500], cells[:500]) + aoa.summarize(model, whole[500:], cells[500:])
    assert halves == aoa.summarize(model, whole, cells)


def test_cancel_through_progress_raises_cancelled():
    model = aoa.fit_applicability(hand_training())
    calls = []

    def progress(fraction):
        calls.append(fraction)
        return len(calls) < 3

    with pytest.raises(Cancelled):
        aoa.dissimilarity(model, np.zeros((100, 2)), progress=progress, chunk_cells=10)
    assert len(calls) == 3


@pytest.mark.parametrize("train, kwargs, message", [
    (np.ones((1, 2)), {}, "at least 2 samples"),
    (np.array([[1.0, np.nan], [2.0, 3.0]]), {}, "lack a value"),
    (np.array([[1.0, 5.0], [2.0, 5.0]]), {}, "same value"),
    (np.array([[1.0, 5.0], [2.0, 6.0]]), {"folds": [1, 1]}, "single fold"),
    (np.array([[1.0, 5.0], [1.0, 6.0]]), {"importance": [1.0, 0.0], "categorical": [True, False]}, "identical"),
])
def test_refuses_unusable_training_sets(train, kwargs, message):
    with pytest.raises(ValueError, match=message):
        aoa.fit_applicability(train, **kwargs)
