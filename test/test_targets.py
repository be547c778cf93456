"""Targets from synthetic prospectivity maps with known bumps, blocks, holes and nodata."""
import math

import numpy as np
import pytest

from lodestone.science import targets
from lodestone.science.grid import GridSpec

CELL = 20.0  # m: one cell is 0.04 ha
CELL_HA = CELL * CELL / 1e4
GRID = GridSpec(600_000.0, 5_400_000.0, CELL, CELL, 120, 120)


def bump(row, col, amplitude, sigma):
    rows, cols = np.mgrid[0:GRID.rows, 0:GRID.cols]
    return amplitude * np.exp(-((rows - row) ** 2 + (cols - col) ** 2) / (2 * sigma ** 2))


def ring_area(ring):
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * abs(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def polygon_area_ha(target):
    return sum(ring_area(rings[0]) - sum(ring_area(hole) for hole in rings[1:]) for rings in target.polygons) / 1e4


@pytest.fixture
def bumps():
    """A strong broad bump (A, centre row 30, col 30), a weaker narrower one (B, row 85, col 85), a sharp spike
    (C, row 30, col 95) and a nodata band over the southern quarter plus a 3 x 3 nodata patch inside A."""
    score = bump(30, 30, 1.0, 8) + bump(85, 85, 0.7, 5) + bump(30, 95, 0.9, 0.7)
    score += 1e-9 * np.arange(score.size).reshape(score.shape)  # no ties between cells
    score[100:] = np.nan
    score[29:32, 33:36] = np.nan
    return score


def test_two_bumps_give_two_targets_best_first_and_the_spike_is_dropped(bumps):
    found, threshold = targets.extract_targets(bumps, GRID, area_fraction=0.03, min_area_ha=2.0)
    valid = np.isfinite(bumps).sum()
    assert np.sum(bumps >= threshold) == math.ceil(0.03 * valid)  # the fraction of the VALID area
    assert [t.rank for t in found] == [1, 2] and [t.name for t in found] == ["Target 1", "Target 2"]
    first, second = found
    rows, cols = np.nonzero(bumps >= threshold)
    near_a = np.hypot(rows - 30, cols - 30) < 25
    near_b = np.hypot(rows - 85, cols - 85) < 25
    near_c = np.hypot(rows - 30, cols - 95) < 5
    assert near_a.sum() + near_b.sum() + near_c.sum() == len(rows)
    assert first.area_ha == pytest.approx(near_a.sum() * CELL_HA)  # A: the bigger and stronger
    assert second.area_ha == pytest.approx(near_b.sum() * CELL_HA)
    assert 0 < near_c.sum() * CELL_HA < 2.0  # the spike is a real region, but below MIN_AREA
    assert first.max_score == pytest.approx(np.nanmax(bumps[:60, :60]))
    assert first.mean_score == pytest.approx(np.mean(bumps[rows[near_a], cols[near_a]]))
    assert math.isnan(first.mean_uncertainty) and math.isnan(first.nearest_hole_m)
    assert math.isnan(first.tested_depth_m)
    # the nodata patch is a hole in A's polygon, and the polygon area is the cell count
    assert len(first.polygons) == 1 and len(first.polygons[0]) == 2
    assert polygon_area_ha(first) == pytest.approx(first.area_ha)
    assert first.wkt().startswith("MultiPolygon (((") and first.wkt().count("), (") == 1


def test_min_area_zero_keeps_the_spike_and_ranking_options_reorder(bumps):
    found, _ = targets.extract_targets(bumps, GRID, area_fraction=0.03, min_area_ha=0.0)
    assert len(found) == 3
    assert found[2].max_score == pytest.approx(np.nanmax(bumps[25:35, 90:100]))  # smallest mass last
    by_peak, _ = targets.extract_targets(bumps, GRID, area_fraction=0.03, min_area_ha=0.0, rank_by="max_score")
    peaks = [t.max_score for t in by_peak]
    assert peaks == sorted(peaks, reverse=True)
    assert by_peak[1].max_score == pytest.approx(np.nanmax(bumps[25:35, 90:100]))  # the spike peaks above B


def test_an_explicit_threshold_overrides_the_area_fraction(bumps):
    found, threshold = targets.extract_targets(bumps, GRID, area_fraction=0.5, threshold=0.5, min_area_ha=0.0)
    assert threshold == 0.5
    assert sum(t.area_ha for t in found) == pytest.approx(np.sum(bumps >= 0.5) * CELL_HA)


@pytest.fixture
def blocks():
    """Block A: rows 10-19, cols 10-29 (score 0.9); block B: rows 60-69, cols 60-69 (0.6); zero elsewhere."""
    score = np.zeros(GRID.shape)
    score[10:20, 10:30] = 0.9
    score[60:70, 60:70] = 0.6
    return score


def test_nearest_hole_is_the_distance_to_the_polygon(blocks):
    west, north = GRID.west, GRID.north
    a_east, a_south = west + 30 * CELL, north - 20 * CELL  # block A's east and south edges
    holes = np.array([[a_east + 130.0, north - 15 * CELL],  # 130 m east of A's east edge
                      [a_east + 30.0, a_south - 40.0],  # off A's south-east corner: 50 m
                      [west + 65 * CELL, north - 65 * CELL]])  # inside B
    found, _ = targets.extract_targets(blocks, GRID, threshold=0.5, min_area_ha=0.0, holes_xy=holes)
    a, b = found
    assert a.area_ha == pytest.approx(200 * CELL_HA) and b.area_ha == pytest.approx(100 * CELL_HA)
    assert a.nearest_hole_m == pytest.approx(50.0)
    assert b.nearest_hole_m == 0.0
    found, _ = targets.extract_targets(blocks, GRID, threshold=0.5, min_area_ha=0.0, holes_xy=holes[:1])
    assert found[0].nearest_hole_m == pytest.approx(130.0)
    assert found[1].nearest_hole_m == pytest.approx(math.hypot(60 * CELL - 130.0 - 30 * CELL, 45 * CELL))


def test_uncertainty_and_tested_depth_are_sampled_on_their_own_grids(blocks):
    fine = GridSpec(GRID.west, GRID.north, CELL / 2, CELL / 2, 2 * GRID.rows, 2 * GRID.cols)
    uncertainty = np.full(fine.shape, 0.1)
    uncertainty[20:40, 20:40] = 0.3  # the west half of block A (cols 10-19 of the coarse grid)
    depth = np.full(fine.shape, np.nan)
    depth[120:130, 120:125] = 250.0  # under part of block B
    depth[125, 121] = 400.0
    found, _ = targets.extract_targets(blocks, GRID, threshold=0.5, min_area_ha=0.0,
                                       uncertainty=(uncertainty, fine), tested_depth=(depth, fine))
    a, b = found
    assert a.mean_uncertainty == pytest.approx(0.2)  # half at 0.3, half at 0.1
    assert b.mean_uncertainty == pytest.approx(0.1)
    assert b.tested_depth_m == 400.0
    assert a.tested_depth_m == 0.0  # the raster is nodata throughout A: untested


def test_diagonal_neighbours_join_into_one_target_of_two_parts():
    score = np.zeros(GRID.shape)
    score[10:15, 10:15] = 1.0
    score[15:20, 15:20] = 1.0  # touches the first block at one corner only
    found, _ = targets.extract_targets(score, GRID, threshold=0.5, min_area_ha=0.0)
    assert len(found) == 1 and len(found[0].polygons) == 2
    assert found[0].area_ha == pytest.approx(50 * CELL_HA) == pytest.approx(polygon_area_ha(found[0]))


def test_bad_inputs_are_clear_errors(blocks):
    with pytest.raises(ValueError, match="all nodata"):
        targets.extract_targets(np.full(GRID.shape, np.nan), GRID)
    with pytest.raises(ValueError, match=r"area fraction must lie in \(0, 1\]"):
        targets.extract_targets(blocks, GRID, area_fraction=0.0)
    with pytest.raises(ValueError, match="Unknown ranking"):
        targets.extract_targets(blocks, GRID, rank_by="size")
    with pytest.raises(ValueError, match="must not be negative"):
        targets.extract_targets(blocks, GRID, min_area_ha=-1)


def test_a_threshold_above_every_score_gives_no_targets(blocks):
    assert targets.extract_targets(blocks, GRID, threshold=2.0)[0] == []
