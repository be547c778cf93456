"""Tests of phase symmetry and texture (lodestone.science.structure.phasesymmetry, .texture).

Expected answers are analytic: a straight line of Gaussian profile drawn at a known strike (north-up grid, row 0
north) must be found on its axis, with that strike, by the polarity asked for; white noise must be rejected by the
noise threshold; the texture of grids with a known standard deviation.
"""
import numpy as np
import pytest

from lodestone.science.progress import Cancelled
from lodestone.science.structure import phasesymmetry, texture

SIZE = 192
WIDTH = 2.0  # cells, standard deviation of the line's Gaussian profile


def _offsets(strike, size=SIZE):
    """Signed distance (cells) of every cell centre from the line through the grid centre striking ``strike``
    (degrees clockwise from north), and the distance along it. Row 0 is north: northing is minus the row."""
    rows, cols = np.mgrid[0:size, 0:size].astype(float)
    east, north = cols - size / 2, size / 2 - rows
    angle = np.radians(strike)
    across = east * np.cos(angle) - north * np.sin(angle)
    along = east * np.sin(angle) + north * np.cos(angle)
    return across, along


def _line(strike, amplitude=1.0, size=SIZE):
    across, _ = _offsets(strike, size)
    return amplitude * np.exp(-(across**2) / (2 * WIDTH**2))


def _interior(strike, size=SIZE):
    """Cells well inside the grid (away from the edges' padding): within a third of the size of the centre."""
    rows, cols = np.mgrid[0:size, 0:size]
    return (np.abs(rows - size / 2) < size / 3) & (np.abs(cols - size / 2) < size / 3)


def _axial_error(angle, expected):
    return np.abs((angle - expected + 90) % 180 - 90)


@pytest.mark.parametrize("strike", [0, 30, 90, 135, 152])
def test_a_straight_bright_line_has_symmetry_near_one_on_its_axis_and_its_strike(strike):
    result = phasesymmetry.phase_symmetry(_line(strike))
    across, _ = _offsets(strike)
    inner = _interior(strike)
    axis = inner & (np.abs(across) <= 0.5)
    away = inner & (np.abs(across) >= 3) & (np.abs(across) <= 12)
    assert result.symmetry[axis].mean() > 0.85, f"mean symmetry on the axis {result.symmetry[axis].mean():.3f}"
    assert result.symmetry[axis].min() > 0.6
    assert result.symmetry[away].max() < 0.05, f"symmetry 3-12 cells away {result.symmetry[away].max():.3f}"
    error = _axial_error(result.orientation[axis], strike)
    assert error.max() < 2.0, f"strike {strike}: orientation error up to {error.max():.2f} deg"
    assert np.all((result.orientation >= 0) & (result.orientation < 180))
    for grid in result:
        assert grid.dtype == np.float32 and grid.shape == (SIZE, SIZE)


def test_strike_is_measured_clockwise_from_north_on_a_north_up_grid():
    # a line through the north-west and south-east corners (row = col) strikes 135 degrees, not 45
    rows, cols = np.mgrid[0:SIZE, 0:SIZE]
    values = np.exp(-((rows - cols) ** 2) / (4 * WIDTH**2))
    result = phasesymmetry.phase_symmetry(values)
    axis = (rows == cols) & _interior(135)
    assert np.median(result.orientation[axis]) == pytest.approx(135, abs=1)


def test_scale_follows_the_width_of_the_line():
    # the most responsive wavelength grows with the width of the line: about 2 pi times its standard deviation
    scales = []
    for width in (1.0, 3.0, 8.0):
        across, _ = _offsets(60)
        result = phasesymmetry.phase_symmetry(np.exp(-(across**2) / (2 * width**2)))
        scales.append(np.median(result.scale[(np.abs(across) <= 0.5) & _interior(60)]))
    assert scales[0] < scales[1] < scales[2], scales
    wavelengths = phasesymmetry.filter_wavelengths(3.0, 2.1, 5)
    assert set(scales) <= set(np.float32(wavelengths))


@pytest.mark.parametrize("polarity, bright, dark", [(1, True, False), (-1, False, True), (0, True, True)])
def test_polarity_selects_bright_or_dark_lines(polarity, bright, dark):
    across_bright, _ = _offsets(20)
    across_dark, _ = _offsets(110)
    values = np.exp(-(across_bright**2) / (2 * WIDTH**2)) - np.exp(-(across_dark**2) / (2 * WIDTH**2))
    symmetry = phasesymmetry.phase_symmetry(values, polarity=polarity).symmetry
    # on each axis, away from the crossing at the centre
    far = _interior(0) & (np.hypot(*np.mgrid[0:SIZE, 0:SIZE] - SIZE / 2) > 15)
    found_bright = symmetry[far & (np.abs(across_bright) <= 0.5)].mean() > 0.7
    found_dark = symmetry[far & (np.abs(across_dark) <= 0.5)].mean() > 0.7
    assert (found_bright, found_dark) == (bright, dark)
    if not bright:
        assert symmetry[far & (np.abs(across_bright) <= 0.5)].max() < 0.05
    if not dark:
        assert symmetry[far & (np.abs(across_dark) <= 0.5)].max() < 0.05


def test_the_result_does_not_depend_on_the_units_or_offset_of_the_data():
    values = _line(75) + 0.05 * np.random.default_rng(3).normal(size=(SIZE, SIZE))
    reference = phasesymmetry.phase_symmetry(values)
    for transformed in (1e-6 * values, 1000.0 * values + 50000.0):
        symmetry = phasesymmetry.phase_symmetry(transformed).symmetry
        assert np.abs(symmetry - reference.symmetry).max() < 1e-3


def test_white_noise_gives_little_symmetry_and_less_with_a_higher_noise_threshold():
    noise = np.random.default_rng(0).normal(size=(256, 256))
    symmetry = {k: phasesymmetry.phase_symmetry(noise, k=k).symmetry for k in (0.0, 2.0, 10.0)}
    share = {k: float(np.mean(s > 0)) for k, s in symmetry.items()}
    assert share[0.0] > share[2.0] >= share[10.0], share
    assert share[2.0] < 0.001 and symmetry[2.0].mean() < 0.001, share
    assert symmetry[10.0].max() <= symmetry[2.0].max()
    # the same noise on a line: the line survives k = 2
    line = phasesymmetry.phase_symmetry(_line(40, amplitude=5.0, size=256) + noise).symmetry
    across, _ = _offsets(40, 256)
    assert line[(np.abs(across) <= 0.5) & _interior(40, 256)].mean() > 0.3


@pytest.mark.parametrize("angle, strike_error", [(90, 2.0), (60, 12.0)])
def test_the_best_single_orientation_keeps_a_weak_line_across_a_strong_one(angle, strike_error):
    # a line 4 times weaker crossing a strong one: Kovesi's sum loses it for many cells either side of the strong
    # line (the strong line's flank has a large amplitude and a negative energy), the best orientation keeps it
    values = _line(0, amplitude=4.0) + _line(angle)
    summed = phasesymmetry.phase_symmetry(values, polarity=1)
    best = phasesymmetry.phase_symmetry(values, polarity=1, combine="max")
    across, along = _offsets(angle)
    near = (np.abs(across) <= 0.5) & (np.abs(along) >= 4) & (np.abs(along) <= 12)  # 4-12 cells from the crossing
    assert summed.symmetry[near].max() < 0.05
    assert best.symmetry[near].min() > 0.7 and best.symmetry[near].mean() > 0.85
    # the strike there is the weak line's (refined from the neighbour orientations' amplitudes, which at 60 degrees
    # also see the strong line)
    assert np.median(_axial_error(best.orientation[near], angle)) < strike_error
    assert np.all(best.symmetry >= summed.symmetry)  # the larger of the sum and the best orientation
    assert np.array_equal(best.orientation, summed.orientation) and np.array_equal(best.scale, summed.scale)


def test_the_best_single_orientation_needs_an_amplitude_above_the_floor():
    # white noise: without the floor every orientation that beats its noise threshold would count
    noise = np.random.default_rng(0).normal(size=(256, 256))
    best = phasesymmetry.phase_symmetry(noise, combine="max").symmetry
    assert np.mean(best > 0) < 0.05
    assert phasesymmetry.phase_symmetry(noise, k=10.0, combine="max").symmetry.max() < 0.2
    # a clean line: nothing in the empty background either side of it
    result = phasesymmetry.phase_symmetry(_line(30), combine="max")
    across, _ = _offsets(30)
    inner = _interior(30)
    assert result.symmetry[inner & (np.abs(across) >= 3) & (np.abs(across) <= 12)].max() < 0.05
    assert result.symmetry[inner & (np.abs(across) <= 0.5)].mean() > 0.85


def test_nan_holes_stay_nan_and_do_not_spread():
    values = _line(45)
    values[90:100, 60:75] = np.nan
    values[:5, :] = np.nan  # a ragged edge
    result = phasesymmetry.phase_symmetry(values)
    for grid in result:
        assert np.array_equal(np.isnan(grid), np.isnan(values))
    across, _ = _offsets(45)
    axis = (np.abs(across) <= 0.5) & _interior(45) & ~np.isnan(values)
    assert result.symmetry[axis].mean() > 0.8


def test_progress_is_reported_and_can_cancel():
    fractions = []
    phasesymmetry.phase_symmetry(_line(10, size=64), n_scales=3, progress=fractions.append)
    assert fractions == pytest.approx([(i + 1) / 6 for i in range(6)])
    with pytest.raises(Cancelled):
        phasesymmetry.phase_symmetry(_line(10, size=64), n_scales=3, progress=lambda fraction: False)


def test_matches_kovesi_phasesym_in_the_interior():
    # reference implementation (phasepack 1.5, a port of Kovesi's MATLAB phasesym), when it is installed; the
    # edges differ on purpose (phasepack wraps around, we pad)
    phasepack = pytest.importorskip("phasepack")
    values = _line(30) + 0.5 * _line(100) + 0.05 * np.random.default_rng(1).normal(size=(SIZE, SIZE))
    for polarity in (0, 1):
        ours = phasesymmetry.phase_symmetry(values, polarity=polarity).symmetry
        theirs = phasepack.phasesym(values, polarity=polarity)[0]
        inner = (slice(60, -60),) * 2
        correlation = np.corrcoef(ours[inner].ravel(), theirs[inner].ravel())[0, 1]
        assert correlation > 0.999, f"polarity {polarity}: correlation {correlation:.5f}"


@pytest.mark.parametrize("kwargs, message", [
    ({"min_wavelength": 1.5}, "at least 2 cells"),
    ({"n_scales": 0}, "at least 1"),
    ({"n_orientations": 0}, "at least 1"),
    ({"polarity": 2}, "polarity"),
    ({"sigma_onf": 1.2}, "sigma_onf"),
    ({"combine": "mean"}, "'sum' .* or 'max'"),
])
def test_bad_parameters_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        phasesymmetry.phase_symmetry(_line(0), **kwargs)


def test_a_grid_smaller_than_the_largest_filter_is_refused_with_the_sizes():
    with pytest.raises(ValueError, match=r"40 x 50 cells.*58\.3 cells"):
        phasesymmetry.phase_symmetry(np.zeros((40, 50)))
    phasesymmetry.phase_symmetry(_line(0, size=64), n_scales=4)  # 3 x 2.1^3 = 27.8 cells fits


def test_all_nan_and_constant_grids_are_refused():
    with pytest.raises(ValueError, match="no valid"):
        phasesymmetry.phase_symmetry(np.full((80, 80), np.nan))
    with pytest.raises(ValueError, match="constant"):
        phasesymmetry.phase_symmetry(np.ones((80, 80)))


# ---------------------------------------------------------------------------------------------------------------
# Texture


def test_texture_of_a_constant_is_zero_and_of_a_checkerboard_is_known():
    assert np.all(texture.texture(np.full((20, 30), 7.0), 5) == 0)
    rows, cols = np.mgrid[0:20, 0:30]
    board = np.where((rows + cols) % 2, 1.0, -1.0)
    result = texture.texture(board, 3)
    # a 3 x 3 window holds 5 of one sign and 4 of the other: mean +-1/9, standard deviation sqrt(1 - 1/81)
    assert result[1:-1, 1:-1] == pytest.approx(np.full((18, 28), np.sqrt(1 - 1 / 81)), rel=1e-6)
    # a corner window holds 2 of one sign and 2 of the other
    assert result[0, 0] == pytest.approx(1.0)


def test_texture_of_a_ramp_and_on_a_large_offset():
    cols = np.tile(np.arange(40.0), (25, 1))
    # each row of a 5-wide window holds c-2 .. c+2: population standard deviation sqrt(2)
    assert texture.texture(cols + 50000.0, 5)[2:-2, 2:-2] == pytest.approx(np.full((21, 36), np.sqrt(2)), rel=1e-5)


def test_texture_ignores_nan_cells_and_keeps_them_nan():
    values = np.tile(np.arange(12.0), (12, 1))
    values[5, 5] = np.nan
    result = texture.texture(values, 3)
    assert np.isnan(result[5, 5]) and np.isnan(result).sum() == 1
    # the window around (5, 6) holds columns 5, 6, 7 in three rows, less the NaN at column 5: 8 values
    window = np.array([5.0, 6, 7, 6, 7, 5, 6, 7])
    assert result[5, 6] == pytest.approx(window.std(), rel=1e-6)


@pytest.mark.parametrize("window", [2, 4, 1, 3.5])
def test_texture_window_must_be_odd_and_at_least_3(window):
    with pytest.raises(ValueError, match="odd"):
        texture.texture(np.zeros((10, 10)), window)
