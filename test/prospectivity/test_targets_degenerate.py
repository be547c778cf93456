"""Targets from maps that rank nothing: a constant raster is refused, ties far from the asked area are flagged
(lodestone.science.prospectivity.targets)."""
import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.prospectivity import targets

GRID = GridSpec(500_000.0, 5_000_000.0, 25.0, 25.0, 40, 50)


def test_a_constant_raster_is_refused_not_returned_as_one_target():
    score = np.full(GRID.shape, 0.37)
    score[:3] = np.nan
    with pytest.raises(ValueError, match=r"one value \(0.37\) in every valid cell"):
        targets.extract_targets(score, GRID, area_fraction=0.05)


def test_ties_that_select_far_more_than_asked_are_flagged_and_a_graded_map_is_not():
    classified = np.zeros(GRID.shape)
    classified[:, :15] = 1.0  # 30 % of the area ties at the top class
    threshold = targets.area_threshold(classified, 0.05)
    assert "30.0 % of the valid area where 5 % was asked" in targets.selection_warning(classified, threshold, 0.05)
    graded = np.add.outer(np.arange(GRID.rows), np.arange(GRID.cols)).astype(float)
    assert targets.selection_warning(graded, targets.area_threshold(graded, 0.05), 0.05) == ""
