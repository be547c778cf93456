"""Training points: labels, weights and de-duplication to one point per cell."""
import numpy as np
import pytest

from lodestone.science.evidence import training
from lodestone.science.grid import GridSpec

GRID = GridSpec(0.0, 100.0, 10.0, 10.0, 10, 10)  # cell (row, col) spans x 10 col .. 10 col + 10


def test_points_in_one_cell_merge_and_keep_the_best_weight():
    intercepts = np.array([[11.0, 88.0], [12.0, 82.0], [19.0, 81.0],  # three in cell (1, 1)
                           [55.0, 55.0], [56.0, 54.0],  # two in cell (4, 5)
                           [95.0, 5.0]])  # alone in cell (9, 9)
    grade_thickness = np.array([26.2, 3.0, 8.5, 0.4, 131.6, 2.0])
    showings = np.array([[15.0, 85.0], [35.0, 25.0]])  # the first joins cell (1, 1)
    result = training.training_points([(intercepts, grade_thickness), (showings, None)], GRID)
    cells = {(r, c): (w, m) for r, c, w, m in zip(result.row, result.col, result.weight, result.merged)}
    assert cells == {(1, 1): (26.2, 4), (4, 5): (131.6, 2), (9, 9): (2.0, 1), (7, 3): (1.0, 1)}
    assert result.merged_away == 4 and result.outside == 0 and len(result) == 4
    assert (result.label == 1).all()
    i = list(zip(result.row, result.col)).index((4, 5))
    assert (result.x[i], result.y[i]) == (55.0, 55.0)  # the cell centre


def test_negatives_merge_and_give_way_to_positives():
    positives = [(np.array([[15.0, 85.0]]), None)]
    barren = np.array([[11.0, 89.0], [45.0, 45.0], [41.0, 42.0], [75.0, 15.0], [150.0, 50.0]])
    result = training.training_points(positives, GRID, barren)
    assert sorted(zip(result.label, result.row, result.col, result.merged)) == [(0, 5, 4, 2), (0, 8, 7, 1),
                                                                                (1, 1, 1, 1)]
    assert (result.negatives_dropped, result.outside, result.merged_away) == (1, 1, 1)
    np.testing.assert_array_equal(result.weight, 1.0)


def test_points_outside_the_grid_are_counted():
    result = training.training_points([(np.array([[5.0, 5.0], [-5.0, 5.0], [5.0, 105.0]]), None)], GRID)
    assert len(result) == 1 and result.outside == 2


def test_bad_training_input_says_what_to_do():
    with pytest.raises(ValueError, match="No positive points"):
        training.training_points([], GRID)
    with pytest.raises(ValueError, match="No positive points"):
        training.training_points([(np.zeros((0, 2)), None)], GRID)
    with pytest.raises(ValueError, match="None of the positive points lies on the reference grid.*CRS"):
        training.training_points([(np.array([[500.0, 500.0]]), None)], GRID)
    with pytest.raises(ValueError, match="weights must be numbers of zero or more"):
        training.training_points([(np.array([[5.0, 5.0]]), np.array([-1.0]))], GRID)
    with pytest.raises(ValueError, match="weights must be numbers"):
        training.training_points([(np.array([[5.0, 5.0]]), np.array([np.nan]))], GRID)
    with pytest.raises(ValueError, match="2 weights for 1 positive points"):
        training.training_points([(np.array([[5.0, 5.0]]), np.array([1.0, 2.0]))], GRID)
