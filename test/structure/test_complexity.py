"""Tests of structural complexity (lodestone.science.structure.complexity) on lineaments with known geometry.

Coordinates are UTM-sized (offset by ORIGIN) so rounding at real map coordinates is exercised; cells are 25 m and
the snap distance 2 cells unless a test says otherwise. Every expected answer follows from the geometry: where
lines cross or end, the integral of a density, the entropy of a known histogram.
"""
import time

import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.structure import complexity

ORIGIN = np.array([410_000.0, 5_492_000.0])
CELL = 25.0
SNAP = 2 * CELL


def _line(*points):
    return np.asarray(points, dtype=float) + ORIGIN


def _ray(centre, azimuth, start, stop):
    """A straight line along ``azimuth`` (degrees from north) from ``start`` to ``stop`` m past local ``centre``."""
    direction = np.array([np.sin(np.radians(azimuth)), np.cos(np.radians(azimuth))])
    return _line(np.asarray(centre) + start * direction, np.asarray(centre) + stop * direction)


def _grid(size=4000.0, cell=CELL):
    """A square grid of ``size`` m a side whose south-west corner is ORIGIN."""
    cells = int(size / cell)
    return GridSpec(ORIGIN[0], ORIGIN[1] + size, cell, cell, cells, cells)


CENTRE = (2012.5, 2012.5)
"""A cell centre near the middle of the default grid (local m)."""


def _value_at(grid, values, x, y):
    row, col = grid.index_of(x + ORIGIN[0], y + ORIGIN[1])
    return values[row, col]


# ---------------------------------------------------------------------------------------------------------------
# Junctions, crossings and splays


def test_two_perpendicular_lines_make_one_crossing_at_their_intersection():
    points, kinds = complexity.find_junctions([_line((0, -500), (0, 500)), _line((-300, 120), (700, 120))], SNAP)
    assert kinds == ["crossing"]
    np.testing.assert_allclose(points, [ORIGIN + (0, 120)], atol=1e-6)


def test_a_crossing_of_polylines_is_found_once_even_at_a_shared_vertex():
    # the crossing point is a vertex of both polylines: four segment pairs meet there
    vertical = _line((0, -500), (0, 0), (0, 500))
    horizontal = _line((-500, 0), (0, 0), (300, 0), (500, 50))
    points, kinds = complexity.find_junctions([vertical, horizontal], SNAP)
    assert kinds == ["crossing"]
    np.testing.assert_allclose(points, [ORIGIN], atol=1e-6)


def test_three_line_ends_meeting_at_a_point_make_one_junction():
    lines = [_ray((100, 200), azimuth, 0, 400) for azimuth in (10, 130, 250)]
    points, kinds = complexity.find_junctions(lines, SNAP)
    assert kinds == ["junction"]
    np.testing.assert_allclose(points, [ORIGIN + (100, 200)], atol=1e-6)


def test_three_lines_crossing_at_one_point_make_one_junction():
    lines = [_ray((100, 200), azimuth, -400, 400) for azimuth in (0, 60, 120)]
    points, kinds = complexity.find_junctions(lines, SNAP)
    assert kinds == ["junction"]
    np.testing.assert_allclose(points, [ORIGIN + (100, 200)], atol=1e-3)


def test_three_ends_within_the_snap_distance_but_not_touching_make_one_junction():
    lines = [_ray((0, 0), 0, 10, 400), _ray((0, 0), 120, 15, 400), _ray((0, 0), 240, 5, 400)]
    _, kinds = complexity.find_junctions(lines, SNAP)
    assert kinds == ["junction"]


def test_a_line_ending_one_cell_short_of_another_is_a_splay_only_within_the_snap_distance():
    lines = [_line((-500, 0), (500, 0)), _line((200, CELL), (200, 600))]
    points, kinds = complexity.find_junctions(lines, 2 * CELL)
    assert kinds == ["splay"]
    np.testing.assert_allclose(points, [ORIGIN + (200, 0)], atol=1e-6)  # where the end would join the line
    points, kinds = complexity.find_junctions(lines, 0.5 * CELL)
    assert kinds == [] and points.shape == (0, 2)


def test_a_line_overshooting_another_by_less_than_the_snap_distance_is_a_splay_not_a_crossing():
    lines = [_line((-500, 0), (500, 0)), _line((200, -0.6 * CELL), (200, 600))]
    points, kinds = complexity.find_junctions(lines, SNAP)
    assert kinds == ["splay"]
    np.testing.assert_allclose(points, [ORIGIN + (200, 0)], atol=0.6 * CELL)


def test_parallel_lines_and_a_bridged_gap_make_no_contact():
    parallel = [_line((0, y), (1000, y + 5)) for y in (0, 100, 200)]
    assert complexity.find_junctions(parallel, SNAP)[1] == []
    gap = [_line((0, 0), (500, 0)), _line((530, 0), (900, 0))]  # one lineament broken by a 30 m gap
    assert complexity.find_junctions(gap, SNAP)[1] == []


def test_junctions_of_an_empty_set_of_lines():
    points, kinds = complexity.find_junctions([], SNAP)
    assert points.shape == (0, 2) and kinds == []


def _random_segments(count, size, seed):
    rng = np.random.default_rng(seed)
    centre = rng.uniform(0, size, (count, 2))
    angle = rng.uniform(0, np.pi, count)
    half = rng.uniform(25, 250, count)[:, None] * np.column_stack([np.sin(angle), np.cos(angle)])
    return np.stack([centre - half, centre + half], axis=1) + ORIGIN


def _brute_force_crossings(segments):
    """Intersection points of every pair of segments, by testing all pairs."""
    a, b = segments[:, None, 0], segments[:, None, 1]
    c, d = segments[None, :, 0], segments[None, :, 1]
    r, s, w = b - a, d - c, c - a
    cross = r[..., 0] * s[..., 1] - r[..., 1] * s[..., 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        u = (w[..., 0] * s[..., 1] - w[..., 1] * s[..., 0]) / cross
        v = (w[..., 0] * r[..., 1] - w[..., 1] * r[..., 0]) / cross
    hit = np.triu((u >= 0) & (u <= 1) & (v >= 0) & (v <= 1), k=1)
    i, j = np.nonzero(hit)
    return a[i, 0] + u[i, j, None] * r[i, 0]


def test_crossings_of_random_segments_match_a_brute_force_search():
    segments = _random_segments(800, 5000.0, seed=7)
    expected = _brute_force_crossings(segments)
    points, kinds = complexity.find_junctions(list(segments), 0.0)
    assert set(kinds) == {"crossing"}
    assert len(points) == len(expected) > 100
    order = np.lexsort(expected.T[::-1])
    np.testing.assert_allclose(points, expected[order], atol=1e-6)


def test_find_junctions_scales_to_thousands_of_segments():
    segments = list(_random_segments(5000, 10_000.0, seed=11))
    started = time.perf_counter()
    points, kinds = complexity.find_junctions(segments, SNAP)
    elapsed = time.perf_counter() - started
    assert len(points) == len(kinds) > 1000
    assert set(kinds) == {"junction", "crossing", "splay"}
    print(f"find_junctions: 5000 segments, {len(points)} contacts in {elapsed:.2f} s")


# ---------------------------------------------------------------------------------------------------------------
# Azimuths


def test_line_azimuths_are_axial_and_length_weighted():
    bend = _ray((0, 0), 170, 0, 100)[1] - ORIGIN  # a line striking 170 for 100 m then 010 for 100 m
    lines = [_line((0, 0), (100, 100)), _line((0, 0), (-100, -100)), _line((0, 0), (0, -50)),
             np.vstack([_line((0, 0), bend), _ray(bend, 10, 100, 100)[1]])]
    azimuths = complexity.line_azimuths(lines)
    np.testing.assert_allclose(azimuths[:3], [45, 45, 0], atol=1e-9)
    assert min(azimuths[3], 180 - azimuths[3]) < 1e-6  # the axial mean of 170 and 10 is 0, not 90
    np.testing.assert_allclose(complexity.line_lengths(lines), [100 * np.sqrt(2)] * 2 + [50, 200], rtol=1e-9)


def test_azimuth_histogram_sums_lengths_per_bin():
    lines = [_ray((0, 0), 45, 0, 300), _ray((0, 0), 225, 0, 100), _ray((0, 0), 95, 0, 50)]
    edges, sums = complexity.azimuth_histogram(lines, bins=18)
    np.testing.assert_allclose(edges, np.arange(0, 181, 10))
    expected = np.zeros(18)
    expected[4], expected[9] = 400.0, 50.0
    np.testing.assert_allclose(sums, expected, rtol=1e-9)
    _, counts = complexity.azimuth_histogram(lines, bins=18, weights="count")
    assert counts[4] == 2 and counts[9] == 1 and counts.sum() == 3
    np.testing.assert_array_equal(complexity.azimuth_histogram(lines, bins=18, weights=None)[1], counts)
    _, strong = complexity.azimuth_histogram(lines, bins=18, weights=[2.0, 1.0, 0.0])
    assert strong[4] == pytest.approx(700.0) and strong[9] == 0


# ---------------------------------------------------------------------------------------------------------------
# Densities and entropy


def test_contact_density_of_one_point_integrates_to_one_per_km2():
    grid = _grid()
    density = complexity.contact_density([ORIGIN + (1987.0, 2011.0)], grid, 150.0)
    assert density.sum() * CELL * CELL / 1e6 == pytest.approx(1.0, rel=1e-6)
    # its peak is that of a 2-D Gaussian, 1 / (2 pi sigma²), in points per km²
    assert density.max() == pytest.approx(1e6 / (2 * np.pi * 150.0**2), rel=0.02)
    assert _value_at(grid, density, 1987.0, 2011.0) == density.max()


def test_density_kernels_are_cut_at_the_grid_edge():
    grid = _grid()
    # a point on the centre line of the westernmost column: the western half of its kernel lies beyond the grid
    density = complexity.contact_density([ORIGIN + (CELL / 2, 2012.5)], grid, 150.0)
    assert density.sum() * CELL * CELL / 1e6 == pytest.approx(0.5, abs=0.04)
    # points beyond the grid add nothing
    assert not complexity.contact_density([ORIGIN + (-1000.0, 2000.0)], grid, 150.0).any()


def test_lineament_density_of_a_10_km_line_integrates_to_10_km():
    grid = _grid(size=12_000.0, cell=50.0)
    line = _ray((6000, 6000), 33.0, -5000, 5000)
    density = complexity.lineament_density([line], grid, 200.0)
    assert density.sum() * 50.0 * 50.0 / 1e6 == pytest.approx(10.0, rel=1e-6)
    # across the line the density is a Gaussian profile, 1 / (sigma sqrt(2 pi)) on its axis (1000 / m in km/km²)
    assert density.max() == pytest.approx(1000 / (200.0 * np.sqrt(2 * np.pi)), rel=0.02)


def test_entropy_of_one_straight_line_is_zero_where_defined_and_nan_far_away():
    grid = _grid()
    # 12 bins of 15 degrees: 37.5 is a bin centre
    entropy = complexity.orientation_entropy([_ray(CENTRE, 37.5, -1500, 1500)], grid, 100.0)
    defined = np.isfinite(entropy)
    assert defined.sum() > 100
    assert np.nanmax(entropy) < 1e-9
    assert np.isnan(_value_at(grid, entropy, CENTRE[0] + 400, CENTRE[1] - 400))  # 570 m off the line
    assert np.isfinite(_value_at(grid, entropy, *CENTRE))


def test_a_line_shares_its_weight_between_the_two_nearest_bin_centres():
    grid = _grid()
    # midway between the centres 22.5 and 37.5: half in each bin, H = log 2 / log 12
    entropy = complexity.orientation_entropy([_ray(CENTRE, 30.0, -1500, 1500)], grid, 100.0)
    assert np.nanmax(entropy) == pytest.approx(np.log(2) / np.log(12), abs=1e-9)
    assert np.nanmin(entropy) == pytest.approx(np.log(2) / np.log(12), abs=1e-9)
    # a fifth of the way from 37.5 to 52.5: shares 0.8 and 0.2; the entropy moves smoothly, no jump at a bin edge
    entropy = complexity.orientation_entropy([_ray(CENTRE, 40.5, -1500, 1500)], grid, 100.0)
    expected = -(0.8 * np.log(0.8) + 0.2 * np.log(0.2)) / np.log(12)
    assert _value_at(grid, entropy, *CENTRE) == pytest.approx(expected, abs=1e-9)


def test_entropy_takes_the_direction_of_a_zigzag_over_the_chord_not_its_segments():
    grid = _grid()
    # a line striking 37.5 degrees (a bin centre) traced as a zig-zag: it advances 50 m along its axis per segment,
    # alternately 15 m to one side and back, so its segments strike 37.5 +- 16.7 degrees
    direction = np.array([np.sin(np.radians(37.5)), np.cos(np.radians(37.5))])
    normal = np.array([direction[1], -direction[0]])
    steps = np.arange(-30, 31)
    zigzag = _line(*(np.asarray(CENTRE) + 50.0 * steps[:, None] * direction + 15.0 * (steps[:, None] % 2) * normal))
    swing = np.degrees(np.arctan2(15.0, 50.0))
    # a 1 m chord follows the segments: two directions, each shared between two bins
    low, high = (37.5 - swing) / 15 - 0.5, (37.5 + swing) / 15 - 0.5
    shares = np.array([np.ceil(low) - low, low - np.floor(low), np.ceil(high) - high, high - np.floor(high)]) / 2
    expected = -np.sum(shares * np.log(shares)) / np.log(12)
    assert _value_at(grid, complexity.orientation_entropy([zigzag], grid, 100.0, chord=1.0), *CENTRE) == \
        pytest.approx(expected, abs=0.01)
    # a chord of one zig and one zag has the line's own direction whatever the sample: one bin
    assert _value_at(grid, complexity.orientation_entropy([zigzag], grid, 100.0, chord=2 * np.hypot(50.0, 15.0)),
                     *CENTRE) < 1e-6
    # the default chord (sigma, about two segments) stays close to that
    assert _value_at(grid, complexity.orientation_entropy([zigzag], grid, 100.0), *CENTRE) < expected / 3


def test_the_chord_stops_at_the_ends_of_the_line():
    line = _line((0.0, 0.0), (100.0, 0.0), (100.0, 100.0))  # east, then north
    samples = complexity.sample_lines([line], 10.0)
    azimuths = complexity.chord_azimuths([line], samples, 40.0)
    assert azimuths[samples.arc < 80] == pytest.approx(90.0)  # the chord lies on the first leg
    assert azimuths[samples.arc > 120] == pytest.approx(0.0, abs=1e-9)
    corner = np.argmin(np.abs(samples.arc - 105.0))  # chord from 85 m (first leg) to 125 m (second)
    assert azimuths[corner] == pytest.approx(np.degrees(np.arctan2(15.0, 25.0)))


def test_entropy_of_all_orientations_equally_present_is_one():
    grid = _grid()
    bins = 12
    star = [_ray(CENTRE, (b + 0.5) * 180 / bins, -1000, 1000) for b in range(bins)]
    entropy = complexity.orientation_entropy(star, grid, 100.0, bins=bins)
    assert _value_at(grid, entropy, *CENTRE) == pytest.approx(1.0, abs=0.01)
    # two orientations at bin centres equally present: log 2 / log 12
    cross = [_ray(CENTRE, 22.5, -1000, 1000), _ray(CENTRE, 112.5, -1000, 1000)]
    entropy = complexity.orientation_entropy(cross, grid, 100.0, bins=bins)
    assert _value_at(grid, entropy, *CENTRE) == pytest.approx(np.log(2) / np.log(bins), abs=0.01)


def test_entropy_weights_strength_and_minimum_length():
    grid = _grid()
    cross = [_ray(CENTRE, 22.5, -1000, 1000), _ray(CENTRE, 112.5, -1000, 1000)]
    # a line of zero strength does not count: only one orientation remains
    assert _value_at(grid, complexity.orientation_entropy(cross, grid, 100.0, weights=[1.0, 0.0]), *CENTRE) < 1e-9
    # at the centre the windowed length of the two lines is 2 sigma sqrt(2 pi) = 501 m
    assert np.isfinite(_value_at(grid, complexity.orientation_entropy(cross, grid, 100.0, min_length=480), *CENTRE))
    assert np.isnan(_value_at(grid, complexity.orientation_entropy(cross, grid, 100.0, min_length=520), *CENTRE))


def test_maps_of_no_lines_are_zero_density_and_nan_entropy():
    grid = _grid()
    assert not complexity.lineament_density([], grid, 100.0).any()
    assert not complexity.contact_density(np.empty((0, 2)), grid, 100.0).any()
    assert np.isnan(complexity.orientation_entropy([], grid, 100.0)).all()
    zero = np.zeros(grid.shape)
    assert not complexity.structural_complexity(zero, np.full(grid.shape, np.nan), zero).any()


def test_structural_complexity_is_higher_at_a_cluster_of_crossings_than_along_a_single_line():
    grid = _grid()
    rng = np.random.default_rng(5)
    cluster = [_ray((1000 + dx, 1000 + dy), azimuth, -400, 400)
               for azimuth, dx, dy in zip(np.arange(0, 180, 22.5), rng.uniform(-80, 80, 8), rng.uniform(-80, 80, 8))]
    lines = cluster + [_ray((3000, 2500), 50.0, -1200, 1200)]
    sigma = 150.0
    points, _ = complexity.find_junctions(lines, SNAP)
    contact = complexity.contact_density(points, grid, sigma)
    entropy = complexity.orientation_entropy(lines, grid, sigma)
    density = complexity.lineament_density(lines, grid, sigma)
    result = complexity.structural_complexity(contact, entropy, density)
    assert np.isfinite(result).all() and result.min() >= 0 and result.max() <= 1
    at_cluster = _value_at(grid, result, 1000, 1000)
    along_line = _value_at(grid, result, 3000, 2500)
    assert at_cluster > 0.6 and along_line < 1 / 3 + 1e-9 and at_cluster > 2 * along_line
    assert _value_at(grid, result, 500, 3500) == 0  # nothing there
