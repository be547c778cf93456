"""Tests of trend corridors (lodestone.science.structure.corridors) on synthetic lineaments with a known corridor.

The corridor is a bundle of lines 2.2 km long striking 045 inside a band 150 m wide (the size of the demo
property's deformation corridor), drawn among lines of random orientation; the expected strike length, azimuth and
width are those of the band.
"""
import numpy as np
import pytest

from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec
from lodestone.science.structure import complexity, corridors

ORIGIN = np.array([410_000.0, 5_492_000.0])
GRID = GridSpec(ORIGIN[0], ORIGIN[1] + 4000.0, 25.0, 25.0, 160, 240)  # 6 x 4 km, 25 m cells
LENGTH, WIDTH = 2200.0, 150.0
CENTRE = np.array([3000.0, 2000.0])


def _unit(azimuth):
    return np.array([np.sin(np.radians(azimuth)), np.cos(np.radians(azimuth))])


def _bundle(azimuth, centre, rng, count=8):
    """``count`` lines about ``LENGTH`` long striking ``azimuth`` +- 2 deg, spread across a band ``WIDTH`` wide."""
    across = _unit(azimuth + 90)
    lines = []
    for offset in np.linspace(-(WIDTH - 20) / 2, (WIDTH - 20) / 2, count):
        along = _unit(azimuth + rng.uniform(-2, 2))
        middle = centre + offset * across + rng.uniform(-30, 30) * _unit(azimuth)
        lines.append(np.array([middle - along * LENGTH / 2, middle + along * LENGTH / 2]) + ORIGIN)
    return lines


def _clutter(rng, count=250):
    """Lines 100-400 m long of random position and orientation over the grid."""
    lines = []
    for _ in range(count):
        middle, along = rng.uniform((0, 0), (6000, 4000)), _unit(rng.uniform(0, 180))
        half = rng.uniform(50, 200)
        lines.append(np.array([middle - along * half, middle + along * half]) + ORIGIN)
    return lines


@pytest.fixture(scope="module")
def scene():
    rng = np.random.default_rng(2019)
    return _bundle(45.0, CENTRE, rng) + _clutter(rng)


def test_a_ne_bundle_among_clutter_gives_one_corridor_of_the_band_size(scene):
    found = corridors.trend_corridors(scene, GRID, 40, 60)
    assert len(found) == 1
    corridor = found[0]
    assert corridor.strike_length_m == pytest.approx(LENGTH, abs=300)
    assert corridor.azimuth_deg == pytest.approx(45.0, abs=5)
    assert 0.8 * WIDTH < corridor.width_m < 1.2 * WIDTH  # the half-peak edge lies on the band's edge
    # the polygon covers the band's axis and stops short of 300 m across it or past its ends
    axis, across = _unit(45.0), _unit(135.0)
    for t in np.linspace(-0.4, 0.4, 9):
        assert inside(ORIGIN + CENTRE + t * LENGTH * axis, corridor.ring)
    for point in (CENTRE + 300 * across, CENTRE - 300 * across, CENTRE + 0.65 * LENGTH * axis):
        assert not inside(ORIGIN + point, corridor.ring)
    np.testing.assert_allclose(corridor.ring[0], corridor.ring[-1])  # closed


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_bundle_is_the_longest_corridor_whatever_the_clutter(seed):
    # chance alignments of clutter lines may make short corridors of their own, never one as long as the bundle
    rng = np.random.default_rng(seed)
    found = corridors.trend_corridors(_bundle(45.0, CENTRE, rng) + _clutter(rng), GRID, 40, 60)
    assert found[0].strike_length_m == pytest.approx(LENGTH, abs=300)
    assert inside(ORIGIN + CENTRE, found[0].ring)
    assert all(other.strike_length_m < 0.7 * found[0].strike_length_m for other in found[1:])


def test_a_wrap_around_range_picks_north_south_lines(scene):
    rng = np.random.default_rng(7)
    north_south = _bundle(0.0, np.array([1200.0, 2000.0]), rng, count=6)
    north_south = [line if i % 2 else line[::-1] for i, line in enumerate(north_south)]  # 178 and 2 deg alike
    found = corridors.trend_corridors(scene + north_south, GRID, 170, 10)
    assert len(found) == 1
    assert min(found[0].azimuth_deg, 180 - found[0].azimuth_deg) < 5
    assert found[0].strike_length_m == pytest.approx(LENGTH, abs=300)
    assert inside(ORIGIN + (1200.0, 2000.0), found[0].ring)
    # the NE range still finds only the NE bundle
    assert [round(c.azimuth_deg / 45) for c in corridors.trend_corridors(scene + north_south, GRID, 40, 60)] == [1]


def test_no_lines_in_range_gives_no_corridor(scene):
    assert corridors.trend_corridors(scene[:8], GRID, 100, 120) == []
    assert corridors.trend_corridors([], GRID, 40, 60) == []


def test_a_short_lone_line_is_not_a_corridor_and_a_long_one_is_a_narrow_one():
    short = np.array([CENTRE - 200 * _unit(45.0), CENTRE + 200 * _unit(45.0)]) + ORIGIN
    assert corridors.trend_corridors([short], GRID, 40, 60, min_length=0.0) == []
    long = np.array([CENTRE - 1000 * _unit(45.0), CENTRE + 1000 * _unit(45.0)]) + ORIGIN
    found = corridors.trend_corridors([long], GRID, 40, 60)
    assert len(found) == 1
    # half-peak edges: the line's length, and the full width at half maximum of the Gaussian across it
    sigma = corridors.SIGMA_CELLS * GRID.cell_x
    assert found[0].strike_length_m == pytest.approx(2000.0, abs=100.0)
    assert found[0].width_m == pytest.approx(2 * np.sqrt(2 * np.log(2)) * sigma, rel=0.2)


@pytest.mark.parametrize("azimuth", [70.0, 160.0])
def test_collinear_pieces_of_one_lineament_make_one_corridor(azimuth):
    # a 2.2 km lineament broken into 250 m pieces with 150 m gaps, as extracted lineaments often are
    starts = np.arange(-LENGTH / 2, LENGTH / 2 - 100, 400.0)
    pieces = [np.array([CENTRE + a * _unit(azimuth), CENTRE + (a + 250) * _unit(azimuth)]) + ORIGIN for a in starts]
    found = corridors.trend_corridors(pieces, GRID, azimuth - 10, azimuth + 10)
    assert len(found) == 1
    assert found[0].strike_length_m == pytest.approx(starts[-1] + 250 - starts[0], abs=200.0)
    assert found[0].azimuth_deg == pytest.approx(azimuth, abs=2)


@pytest.mark.parametrize("azimuth", [45.0, 160.0])
def test_collinear_pieces_are_joined_across_gaps_up_to_max_gap_and_only_along_strike(azimuth):
    # two 1 km lines of one lineament 600 m apart along strike: too far for the smoothing along the trend alone
    def pieces(offset_across):
        shift = offset_across * _unit(azimuth + 90)
        return [np.array([CENTRE - 1300 * _unit(azimuth), CENTRE - 300 * _unit(azimuth)]) + ORIGIN,
                np.array([CENTRE + 300 * _unit(azimuth), CENTRE + 1300 * _unit(azimuth)]) + ORIGIN + shift]

    def found(offset_across, max_gap):
        return corridors.trend_corridors(pieces(offset_across), GRID, azimuth - 10, azimuth + 10, max_gap=max_gap)

    for max_gap in (0.0, None):  # none, and the default 400 m
        assert [round(c.strike_length_m, -2) for c in found(0.0, max_gap)] == [1000, 1000]
    (joined,) = found(0.0, 700.0)
    assert joined.strike_length_m == pytest.approx(2600, abs=2 * GRID.cell_x)
    assert joined.azimuth_deg == pytest.approx(azimuth, abs=1)
    single_line_width = 2 * np.sqrt(2 * np.log(2)) * corridors.SIGMA_CELLS * GRID.cell_x
    assert joined.width_m < 1.2 * single_line_width  # the gap is filled at the pieces' width, nothing widens
    # the same pieces 300 m apart across strike are two corridors, however long the gap allowed
    assert len(found(300.0, 1500.0)) == 2


def test_the_smoothing_kernel_is_stretched_along_the_trend():
    grid = GridSpec(0.0, 4000.0, 20.0, 25.0, 160, 200)  # non-square cells
    kernel = corridors.oriented_gaussian(grid, 40.0, 200.0, 30.0)
    assert kernel.sum() == pytest.approx(1.0)
    rows, cols = np.indices(kernel.shape)
    dx = (cols - kernel.shape[1] // 2) * grid.cell_x
    dy = -(rows - kernel.shape[0] // 2) * grid.cell_y
    along = dx * np.sin(np.radians(30.0)) + dy * np.cos(np.radians(30.0))
    across = dx * np.cos(np.radians(30.0)) - dy * np.sin(np.radians(30.0))
    assert np.sqrt(np.sum(kernel * along**2)) == pytest.approx(200.0, rel=0.02)
    assert np.sqrt(np.sum(kernel * across**2)) == pytest.approx(40.0, rel=0.05)
    assert np.sum(kernel * along * across) == pytest.approx(0.0, abs=1.0)


def test_threshold_and_min_length_are_honoured(scene):
    bundle = scene[:8]
    assert corridors.trend_corridors(bundle, GRID, 40, 60, min_length=LENGTH + 500) == []
    # a threshold above the bundle's peak density (8 lines in 150 m: about 50 km per km²) finds nothing
    assert corridors.trend_corridors(bundle, GRID, 40, 60, threshold=100.0) == []
    # a low threshold traces the same corridor wider than the default half-peak edge
    default = corridors.trend_corridors(bundle, GRID, 40, 60)
    loose = corridors.trend_corridors(bundle, GRID, 40, 60, sigma=50.0, threshold=5.0)
    assert len(default) == len(loose) == 1 and loose[0].width_m > default[0].width_m + 50


def test_bad_corridor_parameters_are_refused(scene):
    with pytest.raises(ValueError, match="largest gap to join must be a distance of 0 metres or more"):
        corridors.trend_corridors(scene, GRID, 40, 60, max_gap=-1.0)
    with pytest.raises(ValueError, match="positive density"):
        corridors.trend_corridors(scene, GRID, 40, 60, threshold=0.0)


def test_in_azimuth_range_wraps_through_north():
    azimuths = np.array([0.0, 5.0, 45.0, 90.0, 175.0, 179.9, np.nan])
    np.testing.assert_array_equal(corridors.in_azimuth_range(azimuths, 40, 60), [0, 0, 1, 0, 0, 0, 0])
    np.testing.assert_array_equal(corridors.in_azimuth_range(azimuths, 170, 10), [1, 1, 0, 0, 1, 1, 0])
    np.testing.assert_array_equal(corridors.in_azimuth_range(azimuths, -10, 10), [1, 1, 0, 0, 1, 1, 0])
    np.testing.assert_array_equal(corridors.in_azimuth_range(azimuths, 0, 180), [1, 1, 1, 1, 1, 1, 0])


def inside(point, ring):
    return bool(points_in_polygon(np.asarray(point, dtype=float), np.asarray(ring))[0])


def test_strike_length_is_the_extent_of_the_member_lines_ends_included():
    """A 1.5 km line with a short strand beside its middle: the strands raise the region's peak above one line's, so
    its half-peak outline stops short of the long line's ends, but the strike length is the line's own 1.5 km."""
    axis, across = _unit(45.0), _unit(135.0)
    long_line = np.array([CENTRE - 750 * axis, CENTRE + 750 * axis]) + ORIGIN
    strands = [np.array([CENTRE + offset * across - 200 * axis, CENTRE + offset * across + 200 * axis]) + ORIGIN
               for offset in (-25.0, 25.0)]
    (corridor,) = corridors.trend_corridors([long_line, *strands], GRID, 40, 50, min_length=500.0)
    outline_extent = np.ptp((corridor.ring - ORIGIN - CENTRE) @ axis)
    assert outline_extent < 1500.0 - 2 * GRID.cell_x  # the outline alone would measure it short
    # samples are the midpoints of pieces at most SAMPLE_STEP cells long: the extreme ones lie half a piece inside
    assert corridor.strike_length_m == pytest.approx(1500.0 - complexity.SAMPLE_STEP * GRID.cell_x, abs=1.0)
