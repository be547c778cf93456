"""Targets from synthetic prospectivity maps with known bumps, blocks, holes and nodata."""
import math
from functools import partial

import numpy as np
import pytest
from scipy import ndimage

from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec
from lodestone.science.progress import Cancelled
from lodestone.science.prospectivity import targets

CELL = 20.0  # m: one cell is 0.04 ha
CELL_HA = CELL * CELL / 1e4
GRID = GridSpec(600_000.0, 5_400_000.0, CELL, CELL, 120, 120)


def ring_area(ring):
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * abs(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def polygon_area_ha(target):
    return sum(ring_area(rings[0]) - sum(ring_area(hole) for hole in rings[1:]) for rings in target.polygons) / 1e4


@pytest.fixture
def bumps(gaussian_bump):
    """A strong broad bump (A, centre row 30, col 30), a weaker narrower one (B, row 85, col 85), a sharp spike
    (C, row 30, col 95) and a nodata band over the southern quarter plus a 3 x 3 nodata patch inside A."""
    bump = partial(gaussian_bump, GRID.shape)
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
    for bad in (-0.1, math.nan, math.inf):
        with pytest.raises(ValueError, match=r"minimum prominence must be a score difference of 0 or more \(0 = do"):
            targets.extract_targets(blocks, GRID, min_prominence=bad)


def test_a_threshold_above_every_score_gives_no_targets(blocks):
    assert targets.extract_targets(blocks, GRID, threshold=2.0)[0] == []


def target_cells(target):
    """The grid cells whose centres lie inside the target's polygons (outside their holes)."""
    rows, cols = np.mgrid[0:GRID.rows, 0:GRID.cols]
    centres = np.column_stack([GRID.west + (cols.ravel() + 0.5) * CELL, GRID.north - (rows.ravel() + 0.5) * CELL])
    inside = np.zeros(len(centres), dtype=bool)
    for exterior, *holes in target.polygons:
        part = points_in_polygon(centres, exterior)
        for hole in holes:
            part &= ~points_in_polygon(centres, hole)
        inside |= part
    return inside.reshape(GRID.shape)


@pytest.fixture(scope="module")
def twin_highs(gaussian_bump):
    """twin_highs(saddle=0.4): high A (1.0 at row 60, col 30) and high B (0.5 at row 60, col 90), Gaussians of 6
    cells, joined along row 60 by a ridge (3 cells wide) whose crest is lowest, ``saddle``, at col 60 and rises by
    0.001 a cell towards each high. B rises 0.5 - ``saddle`` above the saddle; the score is the highest of the three
    shapes."""

    bump = partial(gaussian_bump, GRID.shape)

    def score(saddle=0.4):
        rows, cols = np.mgrid[0:GRID.rows, 0:GRID.cols]
        crest = np.where((cols >= 30) & (cols <= 90), saddle + 0.001 * np.abs(cols - 60), 0.0)
        ridge = crest * np.exp(-(rows - 60) ** 2 / (2 * 3.0 ** 2))
        return np.maximum.reduce([bump(60, 30, 1.0, 6), bump(60, 90, 0.5, 6), ridge])

    return score


def test_two_highs_joined_by_a_ridge_become_two_targets_split_in_the_saddle(twin_highs):
    score = twin_highs()
    region = score >= 0.1
    assert ndimage.label(region, structure=np.ones((3, 3)))[1] == 1  # one connected region at this threshold
    found, _ = targets.extract_targets(score, GRID, threshold=0.1, min_area_ha=2.0, min_prominence=0.05)
    assert len(found) == 2
    first, second = found
    a_cells, b_cells = target_cells(first), target_cells(second)
    assert a_cells[60, 30] and b_cells[60, 90]  # rank 1 holds the 1.0 high, rank 2 the 0.5 high
    assert first.max_score == 1.0 and second.max_score == 0.5
    assert not np.any(a_cells & b_cells) and np.array_equal(a_cells | b_cells, region)  # every cell, once
    assert first.area_ha + second.area_ha == pytest.approx(region.sum() * CELL_HA)
    assert polygon_area_ha(second) == pytest.approx(second.area_ha)
    cols = np.mgrid[0:GRID.rows, 0:GRID.cols][1]
    assert np.array_equal(b_cells & (cols != 60), region & (cols > 60))  # the split runs through the saddle
    assert second.mean_score == pytest.approx(score[b_cells].mean())


def test_no_split_with_prominence_zero_or_above_the_saddle_depth(twin_highs):
    score = twin_highs()
    area = np.sum(score >= 0.1) * CELL_HA
    for min_prominence in (0.0, 0.15):
        found, _ = targets.extract_targets(score, GRID, threshold=0.1, min_area_ha=2.0, min_prominence=min_prominence)
        assert len(found) == 1 and found[0].area_ha == pytest.approx(area)
    assert len(targets.extract_targets(score, GRID, threshold=0.1, min_prominence=0.09)[0]) == 2


def test_by_default_a_high_splits_off_when_it_rises_a_tenth_above_the_saddle(twin_highs):
    assert len(targets.extract_targets(twin_highs(saddle=0.35), GRID, threshold=0.1)[0]) == 2  # B rises 0.15
    assert len(targets.extract_targets(twin_highs(saddle=0.45), GRID, threshold=0.1)[0]) == 1  # B rises 0.05


def test_bumps_less_prominent_than_the_setting_do_not_split(gaussian_bump, twin_highs):
    """Small bumps (0.03 high) on A's flank and on the ridge, and 0-0.01 noise everywhere: still two targets."""
    bump = partial(gaussian_bump, GRID.shape)
    score = twin_highs() + bump(60, 45, 0.03, 1.5) + bump(50, 30, 0.03, 1.5)
    score += np.random.default_rng(3).uniform(0.0, 0.01, GRID.shape)
    found, _ = targets.extract_targets(score, GRID, threshold=0.1, min_area_ha=0.0, min_prominence=0.05)
    assert len(found) == 2 and target_cells(found[1])[60, 90]
    fine, _ = targets.extract_targets(score, GRID, threshold=0.1, min_area_ha=0.0, min_prominence=0.02)
    assert len(fine) > 2  # the bumps are highs: a lower setting splits them off


def test_a_split_piece_under_the_minimum_area_joins_its_neighbour_and_nothing_is_dropped(twin_highs):
    """A one-cell spike (0.9) on A's northern flank: prominent, but the ground draining to it is under 2 ha."""
    score = twin_highs()
    score[50, 30] = 0.9
    region = score >= 0.1
    found, _ = targets.extract_targets(score, GRID, threshold=0.1, min_area_ha=2.0, min_prominence=0.05)
    assert len(found) == 2 and target_cells(found[0])[50, 30]
    assert sum(t.area_ha for t in found) == pytest.approx(region.sum() * CELL_HA)
    assert len(targets.extract_targets(score, GRID, threshold=0.1, min_area_ha=0.0, min_prominence=0.05)[0]) == 3


def test_nodata_cells_are_never_part_of_a_target(twin_highs):
    score = twin_highs()
    score[58:61, 29:32] = np.nan  # on top of A
    score[59:62, 60:63] = np.nan  # in the saddle
    score[:, 100:] = np.nan
    found, threshold = targets.extract_targets(score, GRID, area_fraction=0.1, min_area_ha=0.0, min_prominence=0.05)
    assert len(found) == 2
    covered = target_cells(found[0]) | target_cells(found[1])
    assert not np.any(covered & np.isnan(score))
    assert np.array_equal(covered, np.nan_to_num(score, nan=-1.0) >= threshold)


def test_the_highs_kept_are_those_of_the_prominence_definition_on_a_rough_map():
    """Against the definition, level by level: a high's key saddle is the highest level at which its 8-connected
    region above the level holds a higher cell; it is a target when it rises MIN_PROMINENCE above it (or has none)."""
    small = GridSpec(600_000.0, 5_400_000.0, CELL, CELL, 40, 40)
    score = ndimage.gaussian_filter(np.random.default_rng(7).standard_normal(small.shape), 2.0)
    score = (score - score.min()) / np.ptp(score)
    threshold = np.quantile(score, 0.6)
    above = score >= threshold
    is_high = above & (score == ndimage.maximum_filter(np.where(above, score, -1.0), size=3))
    saddle = {}
    for level in np.sort(score[above])[::-1]:
        labels, count = ndimage.label(score >= level, structure=np.ones((3, 3)))
        region_top = np.asarray(ndimage.maximum(score, labels, np.arange(1, count + 1)))
        for row, col in zip(*np.nonzero(is_high & (score >= level))):
            if (row, col) not in saddle and region_top[labels[row, col] - 1] > score[row, col]:
                saddle[row, col] = level
    for min_prominence in (0.03, 0.1):
        expected = sorted(score[row, col] for row, col in zip(*np.nonzero(is_high))
                          if score[row, col] - saddle.get((row, col), -np.inf) >= min_prominence)
        found, _ = targets.extract_targets(score, small, threshold=threshold, min_area_ha=0.0,
                                           min_prominence=min_prominence)
        assert sorted(t.max_score for t in found) == expected
    assert len(expected) < is_high.sum()  # some highs were not prominent enough


def test_a_flat_between_two_highs_goes_to_the_nearer_high():
    """Block A (1.0) and block B (0.5) on a flat of 0 that the threshold keeps whole: each cell of the flat goes to
    the block it is fewer steps from (8-connected steps, i.e. the larger of the row and column distances)."""
    score = np.zeros(GRID.shape)
    score[50:60, 10:20] = 1.0
    score[50:60, 90:100] = 0.5
    found, _ = targets.extract_targets(score, GRID, threshold=0.0, min_area_ha=0.0, min_prominence=0.1)
    assert len(found) == 2
    rows, cols = np.mgrid[0:GRID.rows, 0:GRID.cols]

    def steps_to(first_row, first_col):
        return np.maximum(np.clip(np.maximum(first_row - rows, rows - first_row - 9), 0, None),
                          np.clip(np.maximum(first_col - cols, cols - first_col - 9), 0, None))

    to_a, to_b = steps_to(50, 10), steps_to(50, 90)
    a_cells, b_cells = target_cells(found[0]), target_cells(found[1])
    assert a_cells[55, 15] and b_cells[55, 95]
    assert np.all(a_cells[to_a < to_b]) and np.all(b_cells[to_b < to_a])
    assert np.array_equal(a_cells | b_cells, np.ones(GRID.shape, dtype=bool))


def test_progress_rises_to_one_and_cancel_stops_the_split(twin_highs):
    fractions = []
    targets.extract_targets(twin_highs(), GRID, threshold=0.1, min_prominence=0.05, progress=fractions.append)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) > 3
    with pytest.raises(Cancelled):
        targets.extract_targets(twin_highs(), GRID, threshold=0.1, progress=lambda fraction: False)


def test_area_threshold_takes_or_leaves_tied_cells_together():
    score = np.zeros((20, 20))
    score[:2, :] = np.linspace(0.5, 1.0, 40).reshape(2, 20)  # 10 % of the cells above zero, 90 % tied at zero
    assert targets.area_threshold(score, 0.05) == pytest.approx(np.sort(score.ravel())[-20])
    assert targets.area_threshold(score, 0.12) == pytest.approx(0.5)  # 10 % is nearer 12 % than 100 % is
    assert targets.area_threshold(score, 0.8) == 0.0  # 100 % is nearer 80 % than 10 % is
