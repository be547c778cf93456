"""Weights of evidence against hand computation (Bonham-Carter 1994 formulas, in unit cells; ArcSDM's corrections
for zero counts). The publisher's tables on real data are in test_wofe_arcsdm.py."""
import math

import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.prospectivity import wofe

KM = 1000.0


@pytest.fixture
def binary_case(cell_centres):
    """10 x 10 km of 1 km² cells; the pattern is the 20 cells of rows 0-1; 4 of 6 deposits lie on it."""
    grid = GridSpec(500_000.0, 5_010_000.0, KM, KM, 10, 10)
    values = np.zeros(grid.shape)
    values[:2] = 1.0
    deposits = cell_centres(grid, [(0, 1), (0, 7), (1, 3), (1, 9), (5, 5), (8, 2)])
    return grid, values, deposits


def test_binary_pattern_matches_the_hand_computation(binary_case):
    grid, values, deposits = binary_case
    table, used = wofe.weights_table(values, grid, deposits, kind=wofe.DESCENDING, unit_area_km2=1.0)
    assert used.count == 6 and table.total_units == 100 and table.deposits == 6
    # row 0 of a descending table is the pattern value >= 1: B = 20 unit cells, b = 4 deposits, T = 100, D = 6
    assert table.classes[0] == 1 and table.area_units[0] == 20 and table.points[0] == 4
    assert table.area_sq_km[0] == pytest.approx(20.0)
    # W+ = ln[(4/6) / (16/94)], W- = ln[(2/6) / (78/94)], s²(W+) = 1/4 + 1/16, s²(W-) = 1/2 + 1/78
    assert table.wplus[0] == pytest.approx(1.3652409, abs=1e-6)
    assert table.wminus[0] == pytest.approx(-0.9120263, abs=1e-6)
    assert table.s_wplus[0] == pytest.approx(math.sqrt(0.3125), abs=1e-9)
    assert table.s_wminus[0] == pytest.approx(math.sqrt(1 / 2 + 1 / 78), abs=1e-9)
    assert table.contrast[0] == pytest.approx(1.3652409 + 0.9120263, abs=1e-6)
    assert table.s_contrast[0] == pytest.approx(math.sqrt(0.3125 + 1 / 2 + 1 / 78), abs=1e-9)
    assert table.stud_cnt[0] == pytest.approx(2.5067019, abs=1e-6)
    # the last row is the whole area holding every deposit (ArcSDM): 0.99 deposit is left off it, and the pattern
    # is cut to leave 0.99 unit cell of background off it: b = 5.01, B = 100 - 0.99 - 0.99 = 98.02
    assert table.wplus[1] == pytest.approx(math.log((5.01 / 6) / ((98.02 - 5.01) / 94)), abs=1e-9)
    assert table.s_wplus[1] == pytest.approx(math.sqrt(1 / 5.01 + 1 / (98.02 - 5.01)), abs=1e-9)
    assert table.wminus[1] == pytest.approx(math.log((0.99 / 6) / (0.99 / 94)), abs=1e-9)
    assert table.s_wminus[1] == pytest.approx(math.sqrt(2 / 0.99), abs=1e-9)
    assert "every deposit on the pattern" in table.notes[1] and "no room off the pattern" in table.notes[1]
    assert table.area_units[1] == 100 and table.points[1] == 6  # the table keeps the true area and count


def test_generalised_raster_keeps_the_confident_pattern(binary_case):
    grid, values, deposits = binary_case
    table = wofe.generalise(wofe.weights_table(values, grid, deposits, kind=wofe.DESCENDING)[0], 2.0)
    assert table.threshold == 1.0
    general = wofe.generalised_raster(values, table)
    assert np.all(general[:2] == wofe.INSIDE) and np.all(general[2:] == wofe.OUTSIDE)
    assert table.class_weights() == {wofe.INSIDE: (pytest.approx(1.3652409, abs=1e-6),
                                                   pytest.approx(math.sqrt(0.3125))),
                                     wofe.OUTSIDE: (pytest.approx(-0.9120263, abs=1e-6),
                                                    pytest.approx(math.sqrt(1 / 2 + 1 / 78)))}


def test_a_pattern_below_the_confidence_is_a_clear_error(binary_case):
    grid, values, deposits = binary_case
    table, _ = wofe.weights_table(values, grid, deposits, kind=wofe.DESCENDING)
    with pytest.raises(ValueError, match=r"studentized contrast of 3 \(the best is class 1 with 2\.51\).*lower "
                                         "CONFIDENCE"):
        wofe.generalise(table, 3.0)
    # ascending takes value <= 0 as the pattern, which holds fewer deposits than its area: no positive contrast
    table, _ = wofe.weights_table(values, grid, deposits, kind=wofe.ASCENDING)
    with pytest.raises(ValueError, match="opposite cumulative type"):
        wofe.generalise(table)


@pytest.mark.parametrize("cell_km, unit_km2", [(0.5, 1.0), (1.0, 1.0), (2.0, 1.0), (2.0, 4.0)])
def test_unit_cells_make_the_weights_independent_of_the_raster_cell(binary_case, cell_km, unit_km2, wofe_hand_weights):
    """The same map at 0.25, 1 or 4 km² cells gives the same table once areas are in unit cells."""
    _, _, deposits = binary_case
    n = int(round(10 / cell_km))
    grid = GridSpec(500_000.0, 5_010_000.0, cell_km * KM, cell_km * KM, n, n)
    values = np.zeros(grid.shape)
    values[:int(round(2 / cell_km))] = 1.0
    table, used = wofe.weights_table(values, grid, deposits, kind=wofe.DESCENDING, unit_area_km2=unit_km2)
    assert used.count == 6 and table.area_sq_km[0] == pytest.approx(20.0)
    assert table.area_units[0] == pytest.approx(20 / unit_km2) and table.total_units == pytest.approx(100 / unit_km2)
    got = (table.wplus[0], table.s_wplus[0], table.wminus[0], table.s_wminus[0])
    assert got == pytest.approx(wofe_hand_weights(20 / unit_km2, 4, 100 / unit_km2, 6), abs=1e-6)


def test_unit_area_changes_the_unit_cell_counts(binary_case, wofe_hand_weights):
    grid, values, deposits = binary_case
    table, _ = wofe.weights_table(values, grid, deposits, kind=wofe.DESCENDING, unit_area_km2=0.5)
    assert table.total_units == 200 and table.area_units[0] == 40
    got = (table.wplus[0], table.s_wplus[0], table.wminus[0], table.s_wminus[0])
    assert got == pytest.approx(wofe_hand_weights(40, 4, 200, 6), abs=1e-6)


@pytest.fixture
def banded_case(cell_centres):
    """Four distance bands of 10, 20, 30 and 40 km² holding 3, 2, 1 and 0 of 6 deposits."""
    grid = GridSpec(0.0, 10 * KM, KM, KM, 10, 10)
    values = np.repeat([1.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0, 4.0, 4.0, 4.0], 10).reshape(10, 10)
    deposits = cell_centres(grid, [(0, 0), (0, 5), (0, 9), (1, 0), (2, 4), (4, 4)])
    return grid, values, deposits


def test_cumulative_ascending_accumulates_from_the_lowest_class(banded_case, wofe_hand_weights):
    grid, values, deposits = banded_case
    table = wofe.generalise(wofe.weights_table(values, grid, deposits, kind=wofe.ASCENDING)[0], 1.0)
    assert list(table.classes) == [1, 2, 3, 4]
    assert list(table.area_units) == [10, 30, 60, 100] and list(table.points) == [3, 5, 6, 6]
    for row, (B, b) in enumerate([(10, 3), (30, 5)]):
        got = (table.wplus[row], table.s_wplus[row], table.wminus[row], table.s_wminus[row])
        assert got == pytest.approx(wofe_hand_weights(B, b, 100, 6), abs=1e-6)
    # row 3 (<= 3) holds every deposit: ArcSDM leaves 0.99 deposit off it (b = 5.01) and says so
    full = wofe_hand_weights(60, 5.01, 100, 6)
    assert (table.wplus[2], table.s_wplus[2], table.wminus[2], table.s_wminus[2]) == pytest.approx(full, abs=1e-9)
    assert table.s_wminus[2] == pytest.approx(math.sqrt(1 / 0.99 + 1 / (40 - 0.99)), abs=1e-9)
    assert "every deposit on the pattern" in table.notes[2]
    # the largest contrast among rows with studentized contrast >= 1 (rows 1-3: 2.78, 2.34, 1.14) sets the threshold
    contrasts = [w[0] - w[2] for w in (wofe_hand_weights(10, 3, 100, 6), wofe_hand_weights(30, 5, 100, 6), full)]
    best = int(np.argmax(contrasts))
    assert best == 1 and np.all(table.stud_cnt[:3] >= 1)
    assert table.threshold == table.classes[best]
    assert list(table.gen_class) == [wofe.INSIDE] * (best + 1) + [wofe.OUTSIDE] * (3 - best)
    assert table.weight[0] == pytest.approx(table.wplus[best]) and table.weight[3] == pytest.approx(table.wminus[best])


def test_cumulative_descending_accumulates_from_the_highest_class(banded_case, wofe_hand_weights):
    grid, values, deposits = banded_case
    table, _ = wofe.weights_table(values, grid, deposits, kind=wofe.DESCENDING)
    assert list(table.classes) == [4, 3, 2, 1]
    assert list(table.area_units) == [40, 70, 90, 100] and list(table.points) == [0, 1, 3, 6]
    # the band >= 4 holds no deposit: every weight of the row is 0 (ArcSDM), and the note says so
    for column in ("wplus", "s_wplus", "wminus", "s_wminus", "contrast", "s_contrast", "stud_cnt"):
        assert getattr(table, column)[0] == 0, column
    assert "no deposit on the pattern" in table.notes[0]
    got = (table.wplus[2], table.s_wplus[2], table.wminus[2], table.s_wminus[2])
    assert got == pytest.approx(wofe_hand_weights(90, 3, 100, 6), abs=1e-6)
    # the other contrasts are negative (high values are unfavourable): none passes, and the message says why
    assert np.all(table.contrast[1:] < 0)
    with pytest.raises(ValueError, match="opposite cumulative type"):
        wofe.generalise(table, 0.5)


def test_categorical_keeps_every_class_with_its_own_weight(banded_case, wofe_hand_weights):
    """As the publisher's categorical tables: each class keeps its code and its W+ (0 without deposits), whether or
    not it reaches the confidence; the table is valid when one class does."""
    grid, values, deposits = banded_case
    table = wofe.generalise(wofe.weights_table(values, grid, deposits, kind=wofe.CATEGORICAL)[0], 1.5)
    assert list(table.classes) == [1, 2, 3, 4]
    assert list(table.area_units) == [10, 20, 30, 40] and list(table.points) == [3, 2, 1, 0]
    for row, (B, b) in enumerate([(10, 3), (20, 2), (30, 1)]):
        got = (table.wplus[row], table.s_wplus[row], table.wminus[row], table.s_wminus[row])
        assert got == pytest.approx(wofe_hand_weights(B, b, 100, 6), abs=1e-6)
        assert (table.weight[row], table.w_std[row]) == pytest.approx(wofe_hand_weights(B, b, 100, 6)[:2], abs=1e-6)
    # class 1 (3 deposits in 10 km²) reaches 1.5, class 3 (1 in 30 km²) does not and keeps its own weight
    assert abs(table.stud_cnt[0]) >= 1.5 and abs(table.stud_cnt[2]) < 1.5
    assert list(table.gen_class) == [1, 2, 3, 4]
    assert (table.wplus[3], table.weight[3], table.w_std[3], table.stud_cnt[3]) == (0, 0, 0, 0)  # no deposit
    general = wofe.generalised_raster(values, table)
    assert np.array_equal(general, values)
    with pytest.raises(ValueError, match=r"studentized contrast of 3 \(the best is class 1 with 2\.78\)"):
        wofe.generalise(table, 3.0)


def test_categorical_needs_whole_number_classes(banded_case):
    grid, values, deposits = banded_case
    with pytest.raises(ValueError, match="whole-number classes"):
        wofe.weights_table(values + 0.5, grid, deposits, kind=wofe.CATEGORICAL)


def test_each_point_counts_as_arcsdm_does_or_each_cell_once(binary_case, wofe_hand_weights):
    """A second deposit in the cell of the first (on the pattern): 5 of 7 deposits on it counted per point (ArcSDM),
    4 of 6 counted per cell."""
    grid, values, deposits = binary_case
    twice = np.vstack([deposits, deposits[:1] + 100.0])
    for per_point, (b, total) in ((True, (5, 7)), (False, (4, 6))):
        table, used = wofe.weights_table(values, grid, twice, kind=wofe.DESCENDING, per_point=per_point)
        assert (used.count, used.shared, table.deposits, table.points[0]) == (total, 1, total, b)
        got = (table.wplus[0], table.s_wplus[0], table.wminus[0], table.s_wminus[0])
        assert got == pytest.approx(wofe_hand_weights(20, b, 100, total), abs=1e-9)
        assert ("count on their own" if per_point else "merged") in used.summary()
    assert wofe.weights_table(values, grid, twice)[0].deposits == 7  # counting points is the default


def test_deposits_on_nodata_or_off_the_grid_are_left_out_and_reported(binary_case):
    grid, values, deposits = binary_case
    values = values.copy()
    values[8, 2] = np.nan  # under the sixth deposit
    extra = np.vstack([deposits, [[0.0, 0.0]]])  # far off the grid
    table, used = wofe.weights_table(values, grid, extra, kind=wofe.DESCENDING)
    assert (used.count, used.shared, used.outside) == (5, 0, 2)
    assert "left out" in used.summary()
    assert table.total_units == 99 and table.deposits == 5


def test_more_deposits_than_unit_cells_on_a_pattern_gives_zero_weights(binary_case, wofe_hand_weights):
    """Two deposits in a one-cell pattern of 1 km² unit cells: ArcSDM sets the row's weights to 0 and the note
    says to lower the unit area; with 0.25 km² unit cells the pattern is 4 unit cells and the weights are defined."""
    grid, _, deposits = binary_case
    values = np.zeros(grid.shape)
    values[0, 1] = 1.0  # the cell of the first deposit
    twice = np.vstack([deposits, deposits[:1] + 100.0])
    table, _ = wofe.weights_table(values, grid, twice, kind=wofe.DESCENDING)
    assert table.points[0] == 2 and table.area_units[0] == 1
    assert (table.wplus[0], table.s_wplus[0], table.wminus[0], table.stud_cnt[0]) == (0, 0, 0, 0)
    assert "lower UNIT_AREA" in table.notes[0]
    table, _ = wofe.weights_table(values, grid, twice, kind=wofe.DESCENDING, unit_area_km2=0.25)
    got = (table.wplus[0], table.s_wplus[0], table.wminus[0], table.s_wminus[0])
    assert got == pytest.approx(wofe_hand_weights(4, 2, 400, 7), abs=1e-9) and table.notes[0] == ""


def test_bad_inputs_are_clear_errors(binary_case):
    grid, values, deposits = binary_case
    with pytest.raises(ValueError, match="None of the deposit points"):
        wofe.weights_table(values, grid, deposits + 1e6)
    with pytest.raises(ValueError, match="all nodata"):
        wofe.weights_table(np.full(grid.shape, np.nan), grid, deposits)
    with pytest.raises(ValueError, match="single class"):
        wofe.weights_table(np.ones(grid.shape), grid, deposits)
    fine = GridSpec(grid.west, grid.north, grid.cell_x / 2, grid.cell_y / 2, 20, 20)
    with pytest.raises(ValueError, match="400 distinct values: it looks continuous"):
        wofe.weights_table(np.arange(400.0).reshape(20, 20) / 3, fine, deposits)  # fractional: at most 256 classes
    finer = GridSpec(grid.west, grid.north, grid.cell_x / 7, grid.cell_y / 7, 70, 70)
    with pytest.raises(ValueError, match="4900 distinct values: it looks continuous"):
        wofe.weights_table(np.arange(4900.0).reshape(70, 70), finer, deposits)  # whole numbers: at most 4096
    with pytest.raises(ValueError, match="unit area must be positive"):
        wofe.weights_table(values, grid, deposits, unit_area_km2=0.0)
    with pytest.raises(ValueError, match="Lower UNIT_AREA"):
        wofe.weights_table(values, grid, deposits, unit_area_km2=20.0)  # 5 unit cells for 6 deposits
    with pytest.raises(ValueError, match="Unknown table type"):
        wofe.weights_table(values, grid, deposits, kind="random")


def test_equal_area_classes_keep_the_cumulative_pattern_exact():
    values = np.arange(1000.0).reshape(20, 50)
    values[0, 0] = np.nan
    up = wofe.equal_area_classes(values, 4)
    down = wofe.equal_area_classes(values, 4, descending=True)
    assert np.isnan(up[0, 0]) and np.isnan(down[0, 0])
    for edge in np.unique(up[np.isfinite(up)]):  # "class <= edge" is exactly "value <= edge"
        assert np.array_equal(up <= edge, values <= edge)
    for edge in np.unique(down[np.isfinite(down)]):
        assert np.array_equal(down >= edge, values >= edge)
    counts = np.unique(up[np.isfinite(up)], return_counts=True)[1]
    assert len(counts) == 4 and counts.min() >= 240 and counts.max() <= 260
    with pytest.raises(ValueError, match="At least 2 classes"):
        wofe.equal_area_classes(values, 1)
    with pytest.raises(ValueError, match="all nodata"):
        wofe.equal_area_classes(np.full((3, 3), np.nan), 4)


# ------------------------------------------------------------------------------------------------------------------
# Posterior


@pytest.fixture
def two_layers(binary_case):
    """Layer A: the rows 0-1 pattern; layer B: columns 0-3 (deposits 3 on, 3 off); both generalised."""
    grid, values_a, deposits = binary_case
    values_b = np.zeros(grid.shape)
    values_b[:, :4] = 1.0
    tables = [wofe.generalise(wofe.weights_table(v, grid, deposits, kind=wofe.DESCENDING)[0], 0.0)
              for v in (values_a, values_b)]
    layers = [wofe.generalised_raster(v, t) for v, t in zip((values_a, values_b), tables)]
    return grid, deposits, layers, tables


def test_posterior_is_the_prior_logit_plus_the_weights(two_layers, wofe_hand_weights):
    grid, deposits, layers, tables = two_layers
    result = wofe.posterior(layers, [t.class_weights() for t in tables], grid, deposits, 1.0)
    a = wofe_hand_weights(20, 4, 100, 6)  # layer A: 20 cells, 4 deposits
    b = wofe_hand_weights(40, 3, 100, 6)  # layer B: 40 cells, 3 deposits
    prior_logit = math.log(6 / 94)
    assert result.prior == pytest.approx(0.06)
    cases = {(0, 0): (a[0], a[1], b[0], b[1]),  # on A, on B
             (0, 9): (a[0], a[1], b[2], b[3]),  # on A, off B
             (9, 0): (a[2], a[3], b[0], b[1]),  # off A, on B
             (9, 9): (a[2], a[3], b[2], b[3])}  # off both
    for (row, col), (wa, sa, wb, sb) in cases.items():
        p = 1 / (1 + math.exp(-(prior_logit + wa + wb)))
        assert result.probability[row, col] == pytest.approx(p, abs=1e-9)
        std = p * math.sqrt(1 / 6 + sa ** 2 + sb ** 2)
        assert result.std[row, col] == pytest.approx(std, abs=1e-9)
        assert result.confidence[row, col] == pytest.approx(p / std, abs=1e-9)
    predicted = sum(result.probability.ravel())
    assert result.observed == 6 and result.predicted == pytest.approx(predicted)
    assert result.ci_ratio == pytest.approx(6 / predicted)
    # Agterberg-Cheng: s²(T) = sum over the 4 unique conditions of (cells x std)²; 8, 12, 32 and 48 cells
    areas = {(0, 0): 8, (0, 9): 12, (9, 0): 32, (9, 9): 48}
    s_t = math.sqrt(sum((n * result.std[cell]) ** 2 for cell, n in areas.items()))
    assert result.predicted_std == pytest.approx(s_t)
    assert result.ci_z == pytest.approx((predicted - 6) / s_t)
    assert result.ci_probability == pytest.approx(0.5 * (1 + math.erf(result.ci_z / math.sqrt(2))))


def test_missing_evidence_adds_the_missing_data_variance(two_layers, wofe_hand_weights):
    grid, deposits, layers, tables = two_layers
    layers = [layers[0], layers[1].copy()]
    layers[1][5:, 5:] = np.nan  # layer B unknown in the south-east quarter
    result = wofe.posterior(layers, [t.class_weights() for t in tables], grid, deposits, 1.0)
    w = tables[1].class_weights()
    a = wofe_hand_weights(20, 4, 100, 6)
    p = 1 / (1 + math.exp(-(math.log(6 / 94) + a[2])))  # off A, B missing: weight 0
    # B is known on 75 cells: 40 of class INSIDE, 35 of class OUTSIDE
    p_in = 1 / (1 + math.exp(-(math.log(p / (1 - p)) + w[wofe.INSIDE][0])))
    p_out = 1 / (1 + math.exp(-(math.log(p / (1 - p)) + w[wofe.OUTSIDE][0])))
    variance = p ** 2 * (1 / 6 + a[3] ** 2) + 40 / 75 * (p_in - p) ** 2 + 35 / 75 * (p_out - p) ** 2
    assert result.probability[9, 9] == pytest.approx(p, abs=1e-12)
    assert result.std[9, 9] == pytest.approx(math.sqrt(variance), abs=1e-12)


def test_posterior_counts_each_point_or_each_cell(two_layers):
    """A second deposit in the first one's cell: the prior is 7/100 counted per point, 6/100 per cell."""
    grid, deposits, layers, tables = two_layers
    twice = np.vstack([deposits, deposits[:1] + 100.0])
    weights = [t.class_weights() for t in tables]
    for per_point, observed in ((True, 7), (False, 6)):
        result = wofe.posterior(layers, weights, grid, twice, 1.0, per_point=per_point)
        assert (result.observed, result.prior) == (observed, pytest.approx(observed / 100))
        logit = math.log(observed / (100 - observed)) + weights[0][wofe.OUTSIDE][0] + weights[1][wofe.OUTSIDE][0]
        assert result.probability[9, 9] == pytest.approx(1 / (1 + math.exp(-logit)), abs=1e-12)
        assert result.ci_ratio == pytest.approx(observed / result.probability.sum())


def test_posterior_refuses_classes_without_weights_and_mismatched_inputs(two_layers):
    grid, deposits, layers, tables = two_layers
    weights = [t.class_weights() for t in tables]
    with pytest.raises(ValueError, match="has classes 2 that its weights do not list"):
        wofe.posterior(layers, [weights[0], {wofe.OUTSIDE: (0.1, 0.1)}], grid, deposits, 1.0)
    with pytest.raises(ValueError, match="weights of generalised layer 2 are empty"):
        wofe.posterior(layers, [weights[0], {}], grid, deposits, 1.0)
    with pytest.raises(ValueError, match="one table per raster"):
        wofe.posterior(layers, weights[:1], grid, deposits, 1.0)
    with pytest.raises(ValueError, match="not on one grid"):
        wofe.posterior([layers[0], layers[1][:5]], weights, grid, deposits, 1.0)
    with pytest.raises(ValueError, match="None of the deposit points"):
        wofe.posterior(layers, weights, grid, deposits - 1e6, 1.0)
    with pytest.raises(ValueError, match="no valid cells"):
        wofe.posterior([np.full(grid.shape, np.nan)] * 2, weights, grid, deposits, 1.0)


def test_weights_round_trip_through_raster_metadata(two_layers):
    _, _, _, tables = two_layers
    weights, unit, per_point = wofe.weights_from_json(wofe.weights_to_json(tables[0]))
    assert weights == tables[0].class_weights() and unit == 1.0 and per_point is True
    older = '{"type": "descending", "unit_area_km2": 1.0, "classes": [[1, -0.5, 0.2], [2, 1.0, 0.4]]}'
    assert wofe.weights_from_json(older) == ({1: (-0.5, 0.2), 2: (1.0, 0.4)}, 1.0, None)  # counting not recorded
    with pytest.raises(ValueError, match="Run Weights of evidence again"):
        wofe.weights_from_json("{not json")


def synthetic_layers(seed, n=200):
    """Two independent binary layers and deposits drawn cell by cell from a logistic model of them (conditionally
    independent by construction)."""
    rng = np.random.default_rng(seed)
    grid = GridSpec(0.0, n * KM, KM, KM, n, n)
    a, b = rng.random(grid.shape) < 0.3, rng.random(grid.shape) < 0.4
    chance = 1 / (1 + np.exp(-(-5.5 + 1.5 * a + 1.2 * b)))
    x, y = grid.mesh()
    found = rng.random(grid.shape) < chance
    return grid, a.astype(float), b.astype(float), np.c_[x[found], y[found]]


def ci_of(grid, layers, deposits):
    tables = [wofe.generalise(wofe.weights_table(v, grid, deposits, kind=wofe.DESCENDING)[0]) for v in layers]
    general = [wofe.generalised_raster(v, t) for v, t in zip(layers, tables)]
    return wofe.posterior(general, [t.class_weights() for t in tables], grid, deposits, 1.0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ci_ratio_is_one_for_independent_layers_and_low_for_a_duplicated_one(seed):
    grid, a, b, deposits = synthetic_layers(seed)
    independent = ci_of(grid, [a, b], deposits)
    assert independent.observed > 200
    assert independent.ci_ratio == pytest.approx(1.0, abs=0.05)
    assert abs(independent.ci_z) < 2
    duplicated = ci_of(grid, [a, b, a], deposits)
    assert duplicated.ci_ratio < 0.8
    assert duplicated.ci_z > 3 and duplicated.ci_probability > 0.99


def test_the_attribute_table_has_the_arcsdm_columns_and_the_corrections_in_notes(binary_case):
    grid, values, deposits = binary_case
    table = wofe.generalise(wofe.weights_table(values, grid, deposits, kind=wofe.DESCENDING)[0])
    out = wofe.feature_table(table)
    assert list(out.fields) == ["class", "area_sq_km", "area_units", "no_points", "wplus", "s_wplus", "wminus",
                                "s_wminus", "contrast", "s_contrast", "stud_cnt", "gen_class", "weight", "w_std",
                                "note"]
    assert out.geometry_type is None and len(out) == 2
    first, last = out.rows
    assert first["class"] == 1.0 and first["no_points"] == 4 and first["gen_class"] == wofe.INSIDE
    assert first["wplus"] == pytest.approx(1.3652409, abs=1e-6) and first["note"] == ""
    assert last["wminus"] == pytest.approx(math.log(94 / 6)) and last["no_points"] == 6
    assert last["gen_class"] == wofe.OUTSIDE and "no room off the pattern" in last["note"]
