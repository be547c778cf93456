"""Validation math (lodestone.science.prospectivity.validation) on tiny cases computed by hand.

The reference map: ten valid cells scoring 0..9 and two nodata cells. Ranked highest first, the cell scoring 9 is
the top 10 % of the VALID area and the cell scoring 6 lies between 30 % and 40 %. With a point on each, by hand:
AUC = 1 - mean(0.05, 0.35) = 0.8; capture at 10 % = 0.5; at 35 % = 0.5 + 0.5 x 0.5 = 0.75. Had the two nodata cells
been counted as area (twelve cells), these would be 0.833 and 1.0 instead.
"""
import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.prospectivity import validation

GRID = GridSpec(500_000.0, 5_000_040.0, 10.0, 10.0, 3, 4)  # 3 rows x 4 columns of 10 m


def reference_map():
    return np.array([[9, 8, 7, 6], [5, 4, 3, 2], [1, 0, np.nan, np.nan]], dtype=float)


def centre(row, col):
    return GRID.west + (col + 0.5) * GRID.cell_x, GRID.north - (row + 0.5) * GRID.cell_y


def points(*cells):
    xy = np.array([centre(r, c) for r, c in cells])
    return xy[:, 0], xy[:, 1]


def test_hand_computed_curve_auc_and_capture_count_only_valid_cells():
    x, y = points((0, 0), (0, 3))  # scores 9 and 6
    result = validation.validate_score(reference_map(), GRID, x, y)
    curve = result.prediction
    np.testing.assert_allclose(curve.lo, [0.0, 0.3])
    np.testing.assert_allclose(curve.hi, [0.1, 0.4])
    assert curve.auc == pytest.approx(0.8)
    np.testing.assert_allclose(curve.capture_at([0.0, 0.05, 0.1, 0.2, 0.35, 0.4, 1.0]),
                               [0.0, 0.25, 0.5, 0.5, 0.75, 1.0, 1.0])
    summary = result.prediction_summary
    assert summary.capture[0.10] == pytest.approx(0.5)
    assert summary.capture[0.20] == pytest.approx(0.5)
    assert summary.capture[0.01] == pytest.approx(0.05)  # 1 % of the area is a tenth of the top cell
    assert result.n_valid_cells == 10


def test_nodata_cells_are_not_area():
    x, y = points((0, 0), (0, 3))
    with_nodata = validation.validate_score(reference_map(), GRID, x, y).prediction
    as_lowest = reference_map()
    as_lowest[np.isnan(as_lowest)] = -1.0  # what a tool that counts nodata as area would rank
    counted = validation.validate_score(as_lowest, GRID, x, y).prediction
    assert with_nodata.auc == pytest.approx(0.8)
    assert counted.auc == pytest.approx(1 - (0.5 / 12 + 3.5 / 12) / 2)
    assert with_nodata.capture_at(0.35) == pytest.approx(0.75)
    assert counted.capture_at(0.35) == pytest.approx(1.0)


def test_curve_vertices_and_polyline():
    x, y = points((0, 0), (0, 3))
    curve = validation.validate_score(reference_map(), GRID, x, y).prediction
    np.testing.assert_allclose(curve.area, [0.0, 0.1, 0.3, 0.4, 1.0])
    px, py = curve.polyline()
    np.testing.assert_allclose(px, [0, 0, 0.1, 0.1, 0.3, 0.3, 0.4, 0.4, 1, 1])
    np.testing.assert_allclose(py, [0, 0, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1])
    assert np.sum(np.diff(px) * (py[1:] + py[:-1]) / 2) == pytest.approx(curve.auc)  # trapezoid rule


def test_prediction_area_crossing_by_hand():
    # the curve rises from (0.3, 0.5) to (0.4, 1.0): 0.5 + 5 (x - 0.3) = 1 - x gives x = 1/3, y = 2/3; the top third
    # of ten cells is the four best (ceil(3.33)), so the threshold is the fourth score, 6
    x, y = points((0, 0), (0, 3))
    result = validation.validate_score(reference_map(), GRID, x, y)
    summary = result.prediction_summary
    assert summary.pa_area == pytest.approx(1 / 3)
    assert summary.pa_capture == pytest.approx(2 / 3)
    assert summary.normalized_density == pytest.approx(2.0)
    assert summary.pa_threshold == 6.0
    valid_scores = reference_map()[np.isfinite(reference_map())]
    captured, free = validation.prediction_area_curves(result.prediction, valid_scores, [9.0, 6.0, 0.0])
    np.testing.assert_allclose(captured, [0.5, 1.0, 1.0])
    np.testing.assert_allclose(free, [0.9, 0.6, 0.0])


def test_prediction_area_crossing_on_a_step():
    # points missing from a sampled area have no width: the curve jumps at 0.2 from 0 to 1, crossing 1 - x there
    curve = validation.CaptureCurve(np.array([0.2, 0.2]), np.array([0.2, 0.2]))
    assert curve.pa_intersection() == pytest.approx((0.2, 0.8))
    assert curve.capture_at(0.2) == 1.0 and curve.capture_at(0.19) == 0.0
    assert curve.auc == pytest.approx(0.8)


def test_constant_map_is_the_diagonal_and_auc_one_half():
    score = np.ones(GRID.shape)
    x, y = points((0, 0), (2, 3), (1, 1))
    curve = validation.validate_score(score, GRID, x, y).prediction
    assert curve.auc == pytest.approx(0.5)
    np.testing.assert_allclose(curve.capture_at([0.1, 0.5, 0.9]), [0.1, 0.5, 0.9])
    assert curve.pa_intersection() == pytest.approx((0.5, 0.5))


def test_points_in_one_cell_are_merged_and_counted():
    x, y = points((0, 0), (0, 0), (0, 0), (0, 3))
    result = validation.validate_score(reference_map(), GRID, x + [0, 1, 2, 0], y)
    assert result.points.n_cells == 2 and result.points.n_merged == 2 and result.points.n_given == 4
    np.testing.assert_array_equal(result.points.counts, [3, 1])
    assert result.prediction.auc == pytest.approx(0.8)  # the merged cell counts once


def test_cells_of_points_drops_and_counts_outside_and_nodata_points_and_keeps_the_largest_weight():
    valid = np.isfinite(reference_map())
    x, y = points((0, 0), (0, 0), (2, 2), (1, 1))
    x = np.r_[x, GRID.west - 5.0]
    y = np.r_[y, GRID.north - 5.0]
    cells = validation.cells_of_points(GRID, x, y, valid, weights=[1.0, 4.0, 2.0, 3.0, 1.0])
    assert (cells.n_given, cells.n_outside, cells.n_nodata, cells.n_merged, cells.n_cells) == (5, 1, 1, 1, 2)
    np.testing.assert_array_equal(cells.cells, [0, 5])
    np.testing.assert_array_equal(cells.weights, [4.0, 3.0])
    np.testing.assert_array_equal(cells.point_cell, [0, 0, -1, 5, -1])
    assert "1 outside the grid, 1 on nodata" in cells.describe("Positives")


def test_bad_weights_are_refused_with_the_count():
    valid = np.ones(GRID.shape, dtype=bool)
    x, y = points((0, 0), (1, 1))
    with pytest.raises(ValueError, match="1 of 2 point weights are missing, zero or negative"):
        validation.cells_of_points(GRID, x, y, valid, weights=[1.0, np.nan])


def test_bootstrap_interval_is_repeatable_contains_the_auc_and_narrows_with_more_points():
    rng = np.random.default_rng(3)
    few = validation.CaptureCurve(*np.sort(rng.uniform(0, 0.5, (2, 10)), axis=0))
    many = validation.CaptureCurve(*np.sort(rng.uniform(0, 0.5, (2, 1000)), axis=0))
    assert few.auc_interval(seed=1) == few.auc_interval(seed=1)
    low, high = few.auc_interval(seed=1)
    assert low < few.auc < high
    many_low, many_high = many.auc_interval(seed=1)
    assert many_high - many_low < (high - low) / 5


def test_area_intervals_rank_against_a_sample():
    lo, hi = validation.area_intervals([1.0, 2.0, 3.0, 4.0], [3.5, 2.0, 9.0, -1.0])
    np.testing.assert_allclose(lo, [0.25, 0.5, 0.0, 1.0])
    np.testing.assert_allclose(hi, [0.25, 0.75, 0.0, 1.0])


def test_threshold_at_area():
    scores = np.arange(10.0)
    np.testing.assert_array_equal(validation.threshold_at_area(scores, [0.1, 0.35, 1.0, 0.0]), [9, 6, 0, 9])


def test_success_curve_from_training_points():
    x, y = points((0, 3))
    tx, ty = points((0, 0), (0, 1))  # scores 9 and 8: mid fractions 0.05 and 0.15
    result = validation.validate_score(reference_map(), GRID, x, y, tx, ty)
    assert result.success.auc == pytest.approx(0.9)
    assert result.success_summary.capture[0.2] == pytest.approx(1.0)
    assert result.training_points.n_cells == 2


def test_bad_input_messages():
    x, y = points((0, 0))
    with pytest.raises(ValueError, match="all nodata"):
        validation.validate_score(np.full(GRID.shape, np.nan), GRID, x, y)
    with pytest.raises(ValueError, match=r"None of the 1 validation points falls on a scored cell \(0 outside the "
                                         r"raster, 1 on nodata\)"):
        validation.validate_score(reference_map(), GRID, *points((2, 3)))
    with pytest.raises(ValueError, match="same CRS"):
        validation.validate_score(reference_map(), GRID, x + 1e6, y)
    with pytest.raises(ValueError, match="score array is 2 x 4 but the grid is 3 x 4"):
        validation.validate_score(reference_map()[:2], GRID, x, y)
    with pytest.raises(ValueError, match="drop points on nodata"):
        validation.area_intervals([1.0, 2.0], [np.nan])
