"""The transfer check (lodestone.science.prospectivity.transfer) and the default model on ground it was not
trained on: the real Cloncurry IOCG district (skipped where ``../shared/data/cloncurry-iocg`` is absent) and
synthetic cases with a known answer."""
import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.prospectivity import model, transfer


@pytest.fixture(scope="module")
def cloncurry_result(cloncurry):
    """The default model (monotone gradient boosting, StratNo categorical) through the transfer check on three
    split lines, both ways; computed once."""
    names = ["FaultDensity", "Dist2Breccia", "StratNo"]
    stack = model.ArrayStack(np.stack([cloncurry.bands[name] for name in names]), names, cloncurry.grid)
    return transfer.transfer_check(stack, cloncurry.deposits, categorical=["StratNo"], seed=7)


@pytest.mark.slow
def test_the_default_model_transfers_better_than_a_single_band_and_the_wofe_posterior(cloncurry_result):
    """The issue's bar: mean transfer AUC at least 0.02 above the best single band chosen on the training half,
    and not below a weights-of-evidence posterior trained on the same half."""
    result = cloncurry_result
    assert len(result.splits) == 6
    assert result.model_auc >= result.best_band_auc + 0.02, (result.model_auc, result.best_band_auc)
    assert result.model_auc >= result.wofe_auc, (result.model_auc, result.wofe_auc)
    assert "over the best single band" in result.verdict()


@pytest.mark.slow
def test_raw_fault_density_alone_transfers_as_measured_outside_the_plugin(cloncurry_result):
    """FaultDensity used raw scores 0.60-0.70 on held-out halves (0.657 on the southern half, measured outside the
    plugin); the baseline here must land in that range, or the transfer check itself is off."""
    assert 0.55 <= cloncurry_result.band_auc("FaultDensity") <= 0.72


GRID = GridSpec(0.0, 20_000.0, 100.0, 100.0, 200, 200)


def synthetic_stack(seed):
    """A favourable ordered band (positives where it is high) and a categorical band whose favourable unit exists
    only in the west half; positives spread over both halves."""
    rng = np.random.default_rng(seed)
    rows, cols = np.indices(GRID.shape)
    signal = np.sin(rows / 9.0) + np.cos(cols / 13.0) + rng.normal(0, 0.3, GRID.shape)
    units = np.where(cols < 100, np.where(rows % 40 < 10, 7, 3), np.where(rows % 40 < 10, 11, 5)).astype(float)
    probability = 1 / (1 + np.exp(-(3 * signal - 6)))
    cells = np.flatnonzero(rng.random(GRID.rows * GRID.cols) < 40 * probability.ravel() / probability.sum())
    r, c = np.divmod(cells, GRID.cols)
    xy = np.column_stack([GRID.west + (c + 0.5) * GRID.cell_x, GRID.north - (r + 0.5) * GRID.cell_y])
    favourable = (units == 7).ravel()[cells]
    return model.ArrayStack(np.stack([signal, units]), ["signal", "unit"], GRID), xy, favourable


@pytest.mark.parametrize("seed", range(4))
def test_a_unit_seen_only_on_the_training_side_is_neutral_on_the_other(seed):
    stack, xy, _ = synthetic_stack(seed)
    west = xy[:, 0] < 10_000
    contrasts = model.category_contrasts(np.r_[np.full(west.sum(), 7.0)], np.r_[np.full(200, 3.0), np.full(20, 7.0)])
    assert 7.0 in contrasts and contrasts[7.0] > 0
    assert model.category_contrasts([7.0] * 30, [3.0] * 100 + [7.0] * 20).get(11.0, 0.0) == 0.0  # unseen: neutral
    result = transfer.transfer_check(stack, xy, categorical=["unit"], angles=(90.0,), seed=seed)
    east_scored = [split for split in result.splits if split.side == -1 or split.side == 1]
    assert east_scored and all(split.band_auc["unit"] == pytest.approx(0.5, abs=0.08) or split.n_test < 5
                               for split in east_scored if split.angle == 90.0)
    assert result.band_auc("signal") > 0.65


def test_prediction_rate_auc_counts_ties_at_mid_rank():
    assert transfer.prediction_rate_auc(np.array([1.0, 2.0, 3.0, 4.0]), np.array([4.0])) == pytest.approx(0.875)
    assert transfer.prediction_rate_auc(np.zeros(10), np.zeros(3)) == pytest.approx(0.5)


def test_split_sides_follow_the_line_orientation():
    valid = np.ones(GRID.shape, dtype=bool)
    north = transfer.side_of_line(GRID, valid, 0.0)
    assert (north[:100] == 1).all() and (north[100:] == -1).all()
    east = transfer.side_of_line(GRID, valid, 90.0)
    assert (east[:, 100:] == 1).all() and (east[:, :100] == -1).all()


def test_roc_auc_of_held_out_positives_against_true_negatives(cell_centres):
    """True negatives placed where the signal is low and positives where it is high: the spatial ROC AUC is high;
    without true negatives it is NaN (no pairs to compare)."""
    rng = np.random.default_rng(3)
    rows, cols = np.indices((60, 60))
    grid = GridSpec(0.0, 6000.0, 100.0, 100.0, 60, 60)
    signal = np.sin(rows / 6.0) * np.cos(cols / 7.0) + rng.normal(0, 0.1, (60, 60))
    order = np.argsort(signal.ravel())
    positives = cell_centres(grid, rng.choice(order[-300:], 30, replace=False))
    negatives = cell_centres(grid, rng.choice(order[:300], 30, replace=False))
    stack = model.ArrayStack(signal[None], ["signal"], grid)
    with_negatives = model.train(stack, positives, negatives_xy=negatives, n_bags=2, cv_block_size_m=1500.0)
    assert with_negatives.spatial_roc_auc > 0.9
    assert np.isnan(model.train(stack, positives, n_bags=2, cv_block_size_m=1500.0).spatial_roc_auc)
