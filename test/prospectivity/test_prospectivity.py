"""Machine-learning prospectivity (lodestone.science.prospectivity.model) on synthetic stacks with a known answer.

The stack has three bands on 80 x 80 cells of 25 m: "signal" (smooth random field), "smooth noise" (another, unrelated)
and "white noise". Positives are drawn where the signal is high (probability proportional to exp(3 x signal)), so a
model must rank held-out positives near the top, credit the signal band and not the noise bands. A patch of nodata
in the smooth-noise band covers three positives; two more points repeat a positive's cell and one lies outside.
"""
import numpy as np
import pytest
from scipy.ndimage import gaussian_filter

from lodestone.science.grid import GridSpec
from lodestone.science.prospectivity import model as prospectivity
from lodestone.science.prospectivity import validation

SIZE, CELL = 80, 25.0
GRID = GridSpec(500_000.0, 5_500_000.0 + SIZE * CELL, CELL, CELL, SIZE, SIZE)
NAMES = ["signal", "smooth noise", "white noise"]
NODATA_ROWS, NODATA_COLS = slice(10, 30), slice(50, 75)


def smooth_field(rng, size=SIZE, sigma=5):
    field = gaussian_filter(rng.normal(size=(size, size)), sigma)
    return field / field.std()


def synthetic(seed=0, n_positives=40, size=SIZE):
    """(stack values, positive cells drawn where band 1 is high)."""
    rng = np.random.default_rng(seed)
    signal = smooth_field(rng, size)
    values = np.stack([signal, smooth_field(rng, size), rng.normal(size=(size, size))])
    chance = np.exp(3 * signal).ravel()
    cells = rng.choice(size * size, n_positives, replace=False, p=chance / chance.sum())
    return values, cells


@pytest.fixture(scope="module")
def signal_run(cell_centres):
    """One training run on the synthetic stack, with a spy checking that no bag is fitted on a NaN."""
    values, cells = synthetic()
    rows, cols = np.divmod(cells, SIZE)
    in_patch = (rows >= 10) & (rows < 30) & (cols >= 50) & (cols < 75)
    # exactly three positives under the nodata patch: move the others out
    keep = np.flatnonzero(~in_patch)
    cells = np.r_[cells[keep], [r * SIZE + c for r, c in ((12, 52), (20, 60), (28, 70))]]
    values[1, NODATA_ROWS, NODATA_COLS] = np.nan
    values[2, 0, 0] = np.nan
    xy = cell_centres(GRID, cells)
    xy = np.vstack([xy, xy[:1] + 3.0, xy[:1] - 3.0, [[GRID.west - 100.0, GRID.north]]])  # 2 merged, 1 outside
    fitted_on_finite = []
    real_classifier = prospectivity._classifier

    def spy(method, n_bags, seed, directions=None):
        estimator = real_classifier(method, n_bags, seed, directions)
        fit = estimator.fit

        def checked_fit(x, y, sample_weight=None):
            fitted_on_finite.append(bool(np.isfinite(x).all()))
            del estimator.fit  # back to the class's fit
            return fit(x, y, sample_weight=sample_weight)

        estimator.fit = checked_fit
        return estimator

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prospectivity, "_classifier", spy)
        result = prospectivity.train(prospectivity.ArrayStack(values, NAMES, GRID), xy, n_bags=4,
                                     cv_block_size_m=400.0, seed=7)
    return values, xy, result, fitted_on_finite


def test_held_out_positives_rank_high_under_spatial_cross_validation(signal_run):
    values, _, result, _ = signal_run
    spatial = result.spatial_summary
    truth = np.where(np.isfinite(values).all(axis=0), values[0], np.nan)  # the field the positives were drawn from
    best = validation.map_curve(truth, result.positives.cells).auc
    assert best > spatial.auc > best - 0.1  # within 0.1 of the generating field itself (0.945 here)
    assert spatial.auc_low < spatial.auc < spatial.auc_high
    assert spatial.capture[0.2] > 0.5
    assert result.n_spatial_folds == 5 and result.n_random_folds == 5
    assert result.success_summary.auc >= spatial.auc - 0.02  # the training points are not harder than held-out ones
    assert abs(result.leakage - (result.random_summary.auc - spatial.auc)) < 1e-12


def test_the_signal_band_is_important_and_the_noise_bands_are_not(signal_run):
    _, _, result, _ = signal_run
    signal, smooth_noise, white_noise = result.importance
    assert signal > 0.15
    assert abs(smooth_noise) < 0.05 and abs(white_noise) < 0.05  # zero within the noise of 5 shuffles
    values, response = result.partial_dependence[0]
    assert values[0] < values[-1] and response[-1] - response[0] > 0.2  # higher signal, higher prospectivity


def test_nodata_never_reaches_training_and_is_nodata_in_the_outputs(signal_run):
    values, _, result, fitted_on_finite = signal_run
    assert fitted_on_finite and all(fitted_on_finite)
    nodata = ~np.isfinite(values).all(axis=0)
    np.testing.assert_array_equal(np.isnan(result.prospectivity), nodata)
    np.testing.assert_array_equal(np.isnan(result.uncertainty), nodata)
    assert result.n_valid_cells == SIZE * SIZE - nodata.sum()
    valid = result.prospectivity[~nodata]
    assert valid.min() == 0.0 and valid.max() == 1.0
    assert np.nanmin(result.uncertainty) >= 0.0


def test_dropped_and_merged_positives_are_counted(signal_run):
    _, xy, result, _ = signal_run
    positives = result.positives
    assert positives.n_given == len(xy)
    assert (positives.n_nodata, positives.n_outside, positives.n_merged) == (3, 1, 2)
    assert positives.n_cells == len(xy) - 6
    assert any("3 on nodata cells (dropped), 2 merged" in w and "1 outside" in w for w in result.warnings)
    fractions = result.held_out_area_fraction()
    assert np.isnan(fractions).sum() == 4  # three on nodata, one outside
    assert fractions[0] == fractions[-3] == fractions[-2]  # the merged points share their cell's rank


def test_held_out_fractions_are_the_spatial_curve(signal_run):
    _, _, result, _ = signal_run
    midpoints = result.spatial.midpoints
    assert result.spatial_summary.auc == pytest.approx(1 - midpoints.mean())
    assert result.spatial_summary.capture[0.1] == pytest.approx(result.spatial.capture_at(0.1))
    assert len(result.spatial_folds) == result.positives.n_cells


def test_model_file_round_trip_reproduces_the_map_window_by_window(signal_run, tmp_path, monkeypatch):
    values, _, result, _ = signal_run
    path = result.model.save(tmp_path / "model.lodestone")
    loaded = prospectivity.ProspectivityModel.load(path)
    assert loaded.band_names == NAMES and loaded.parameters["n_bags"] == 4
    monkeypatch.setattr(prospectivity, "WINDOW_VALUES", 3 * SIZE * 7)  # windows of 7 rows
    mapped, spread = loaded.predict(prospectivity.ArrayStack(values, NAMES, GRID))
    np.testing.assert_allclose(mapped, result.prospectivity, atol=1e-6)
    np.testing.assert_allclose(spread, result.uncertainty, atol=1e-6)


def test_a_model_refuses_a_stack_with_other_bands(signal_run):
    values, _, result, _ = signal_run
    with pytest.raises(ValueError, match=r"trained on 3 bands: signal, smooth noise, white noise\. This stack has 2: "
                                         r"signal, smooth noise\."):
        result.model.predict(prospectivity.ArrayStack(values[:2], NAMES[:2], GRID))
    with pytest.raises(ValueError, match="This stack has 3: white noise, smooth noise, signal"):
        result.model.predict(prospectivity.ArrayStack(values[::-1], NAMES[::-1], GRID))


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    text = tmp_path / "notes.lodestone"
    text.write_text("not a model")
    with pytest.raises(ValueError, match="Cannot read the model file"):
        prospectivity.ProspectivityModel.load(text)
    other = tmp_path / "other.lodestone"
    np.savez(other.open("wb"), header=np.array('{"format": "something else"}'))
    with pytest.raises(ValueError, match="is not a Lodestone prospectivity model"):
        prospectivity.ProspectivityModel.load(other)
    old = tmp_path / "old.lodestone"  # what Lodestone wrote before: a pickle, never opened now
    old.write_bytes(__import__("pickle").dumps({"format": "lodestone prospectivity model"}, protocol=4))
    with pytest.raises(ValueError, match="older Lodestone model file .* train the model again"):
        prospectivity.ProspectivityModel.load(old)


def test_positives_at_random_places_score_like_chance(cell_centres):
    values, cells = synthetic(seed=1, size=60)
    rng = np.random.default_rng(11)
    shuffled = rng.choice(60 * 60, cells.size, replace=False)  # the labels carry no information
    grid = GridSpec(GRID.west, GRID.north, CELL, CELL, 60, 60)
    result = prospectivity.train(prospectivity.ArrayStack(values, NAMES, grid), cell_centres(grid, shuffled),
                                 method="logistic regression", n_bags=3, cv_block_size_m=300.0)
    assert abs(result.spatial_summary.auc - 0.5) < 0.12


def small_problem(cell_centres, seed=2, size=40, n_positives=20):
    values, cells = synthetic(seed, n_positives=n_positives, size=size)
    grid = GridSpec(GRID.west, GRID.north, CELL, CELL, size, size)
    return prospectivity.ArrayStack(values, NAMES, grid), cell_centres(grid, cells)


def test_same_seed_same_outputs_and_another_seed_differs_within_the_uncertainty(monkeypatch, cell_centres):
    monkeypatch.setattr(prospectivity, "TREES_TOTAL", 40)  # small forests: the same logic, faster
    stack, xy = small_problem(cell_centres)
    forest = {"method": "random forest", "n_bags": 4, "cv_block_size_m": 250.0}
    first = prospectivity.train(stack, xy, seed=1, **forest)
    again = prospectivity.train(stack, xy, seed=1, **forest)
    other = prospectivity.train(stack, xy, seed=2, **forest)
    np.testing.assert_array_equal(first.prospectivity, again.prospectivity)
    np.testing.assert_array_equal(first.uncertainty, again.uncertainty)
    assert first.spatial_summary == again.spatial_summary and first.random_summary == again.random_summary
    np.testing.assert_array_equal(first.importance, again.importance)
    difference = np.abs(first.prospectivity - other.prospectivity)
    assert difference.max() > 1e-3
    spread = np.hypot(first.uncertainty, other.uncertainty)
    assert np.mean(difference <= 2 * spread) > 0.95


@pytest.mark.parametrize("method", ["random forest", "gradient boosting", "logistic regression"])
def test_the_other_methods_learn_the_signal(method, cell_centres):
    stack, xy = small_problem(cell_centres, seed=4, n_positives=30)
    result = prospectivity.train(stack, xy, method=method, n_bags=2, cv_block_size_m=250.0)
    assert result.spatial_summary.auc > 0.85
    assert result.parameters["method"] == method
    assert np.argmax(result.importance) == 0


def test_weights_and_true_negatives_are_used(cell_centres):
    stack, xy = small_problem(cell_centres)
    negatives = cell_centres(stack.grid, [0, 1, 2])
    negatives = np.vstack([negatives, xy[:1]])  # one negative on a positive's cell: left out and counted
    result = prospectivity.train(stack, xy, positive_weights=np.linspace(1, 5, len(xy)), negatives_xy=negatives,
                                 method="logistic regression", n_bags=2, cv_block_size_m=250.0)
    assert result.negatives.n_cells == 4 and result.negatives_on_positive_cells == 1
    assert result.parameters["negative_cells"] == 3 and result.parameters["weighted"]
    assert any("1 negative cells also hold a positive" in w for w in result.warnings)


def test_fewer_positive_blocks_than_folds_falls_back_with_a_warning(cell_centres):
    stack, _ = small_problem(cell_centres)
    xy = cell_centres(stack.grid, [5 * 40 + 5, 6 * 40 + 6, 5 * 40 + 30, 30 * 40 + 30])  # three 500 m blocks
    result = prospectivity.train(stack, xy, method="logistic regression", n_bags=2, cv_block_size_m=500.0)
    assert result.n_spatial_folds == 3 and result.n_random_folds == 4
    assert any("Only 3 blocks of 500 m hold positives, fewer than the 5 cross-validation folds: spatial "
               "cross-validation used 3 folds of one block each (leave-one-block-out)." == w for w in result.warnings)
    assert any("Only 4 positive cells, fewer than the 5" in w for w in result.warnings)


def test_spatial_folds_keep_each_block_together_and_balance_the_positives():
    grid = GridSpec(0.0, 1000.0, 10.0, 10.0, 100, 100)
    rng = np.random.default_rng(0)
    cells = rng.choice(100 * 100, 60, replace=False)
    folds = prospectivity.spatial_folds(grid, cells, np.zeros(0, dtype=int), np.arange(100 * 100), 250.0, 5, rng)
    blocks, _ = prospectivity.block_index(grid, cells, 250.0)
    for block in np.unique(blocks):
        assert np.unique(folds.positive[blocks == block]).size == 1
    counts = np.bincount(folds.positive, minlength=5)
    assert folds.k == 5 and counts.min() >= 1 and counts.max() - counts.min() <= 6
    pool_blocks, _ = prospectivity.block_index(grid, np.arange(100 * 100), 250.0)
    for block in np.unique(blocks):  # every cell of a positive's block is in its fold (negatives come from others)
        assert np.all(folds.pool[pool_blocks == block] == folds.positive[blocks == block][0])


def test_bad_input_messages(cell_centres):
    stack, xy = small_problem(cell_centres)
    with pytest.raises(ValueError, match=r"None of the 2 positive points lies on a stack cell with data in every band "
                                         r"\(2 outside the stack, 0 on nodata cells\).*same CRS"):
        prospectivity.train(stack, xy[:2] - 1e5)
    with pytest.raises(ValueError, match="Only one positive cell is left"):
        prospectivity.train(stack, np.vstack([xy[:1], xy[:1] + 1.0]))
    with pytest.raises(ValueError, match="No positive points were given"):
        prospectivity.train(stack, np.zeros((0, 2)))
    empty = stack.values.copy()
    empty[0] = np.nan
    with pytest.raises(ValueError, match=r"no cell with data in every band \(empty bands: signal\)"):
        prospectivity.train(prospectivity.ArrayStack(empty, NAMES, stack.grid), xy)
    disjoint = stack.values.copy()
    disjoint[0, :20] = np.nan
    disjoint[1, 20:] = np.nan
    with pytest.raises(ValueError, match="the bands' data do not overlap"):
        prospectivity.train(prospectivity.ArrayStack(disjoint, NAMES, stack.grid), xy)
    with pytest.raises(ValueError, match="All 2 positive cells lie in one 500 m cross-validation block.*smaller "
                                         "CV_BLOCK_SIZE"):
        prospectivity.train(stack, cell_centres(stack.grid, [0, 41]), cv_block_size_m=500.0)
    with pytest.raises(ValueError, match=r"Every positive lies within 5000 m \(NEGATIVE_BUFFER\) of the positives "
                                         "held out in fold 1.*one cluster"):
        prospectivity.train(stack, xy, negative_buffer_m=5000.0)
    strip = GridSpec(GRID.west, GRID.north, CELL, CELL, 2, 400)  # 10 km long: every cell is within 6 km of an end
    ends = cell_centres(strip, [0, 399])
    with pytest.raises(ValueError, match=r"No unlabelled cell lies farther than NEGATIVE_BUFFER \(6000 m\).*reduce "
                                         "NEGATIVE_BUFFER"):
        prospectivity.train(prospectivity.ArrayStack(np.arange(800.0).reshape(1, 2, 400), ["ramp"], strip), ends,
                            negative_buffer_m=6000.0)
    with pytest.raises(ValueError, match="Unknown METHOD 'svm': use one of random forest, gradient boosting, "
                                         "logistic regression"):
        prospectivity.train(stack, xy, method="svm")
    with pytest.raises(ValueError, match="at least 2 bags"):
        prospectivity.train(stack, xy, n_bags=1)
    with pytest.raises(ValueError, match="CV_BLOCK_SIZE must be a positive distance"):
        prospectivity.train(stack, xy, cv_block_size_m=0.0)
    with pytest.raises(ValueError, match="point weights are missing, zero or negative"):
        prospectivity.train(stack, xy, positive_weights=np.zeros(len(xy)))
    with pytest.raises(ValueError, match="3 bands but 2 band names"):
        prospectivity.ArrayStack(stack.values, NAMES[:2], stack.grid)


def test_layers_on_different_grids_are_refused_with_both_described():
    grids = [GRID, GridSpec(GRID.west + 10.0, GRID.north, CELL, CELL, SIZE, SIZE)]
    with pytest.raises(ValueError, match=r"not on one grid: 'mag' is 80 x 80 cells of 25 x 25 m from west 500000\.0, "
                                         r"north 5502000\.0; 'ip' is 80 x 80 cells of 25 x 25 m from west 500010\.0.*"
                                         r"stackevidence"):
        prospectivity.check_same_grid(grids, ["mag", "ip"])
    prospectivity.check_same_grid([GRID, GRID], ["a", "b"])  # the same grid passes
