"""Tests of phase symmetry and texture (lodestone.science.structure.phasesymmetry, .texture).

Expected answers are analytic: a straight line of Gaussian profile drawn at a known strike (north-up grid, row 0
north) must be found on its axis, with that strike, by the polarity asked for; white noise must be rejected by the
noise threshold; the texture of grids with a known standard deviation. The fast implementation (half-plane
transforms in float32, threads) is checked against a straightforward one written here from the formulas.
"""
import numpy as np
import pytest
import scipy.fft

from lodestone.science.magnetics.transforms import fill_nodata
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


# ---------------------------------------------------------------------------------------------------------------
# Against a straightforward implementation


def _reference_phase_symmetry(values, n_scales=5, n_orientations=6, min_wavelength=3.0, mult=2.1, sigma_onf=0.55,
                              k=2.0, polarity=0, combine="sum"):
    """Phase symmetry from the formulas of the module docstring, in float64 on the full wavenumber plane: one
    complex inverse FFT of the spectrum times the one-sided filter per scale and orientation (``e + i o``), the
    noise from np.median, the best orientation and scale by argmax, the neighbours by indexing.

    Also returns the cells where float32 rounding may decide (``ambiguous``): two orientations or two scales of
    nearly equal energy, or (``combine="max"``) an amplitude at the floor."""
    values = np.asarray(values, dtype=float)
    holes = np.isnan(values)
    scaled = (values - values[~holes].mean()) / values[~holes].std()
    scaled = fill_nodata(scaled) if holes.any() else scaled
    wavelengths = min_wavelength * mult ** np.arange(n_scales)
    # padding: odd reflection by at least the largest wavelength a side, to a fast size, cosine taper to zero
    width = int(np.ceil(wavelengths[-1]))
    sizes = [scipy.fft.next_fast_len(n + 2 * width, real=True) for n in values.shape]
    pads = [((size - n) // 2, size - n - (size - n) // 2) for size, n in zip(sizes, values.shape)]
    padded = np.pad(scaled, pads, mode="reflect", reflect_type="odd")
    for axis, ((before, after), n) in enumerate(zip(pads, values.shape)):
        taper = np.concatenate([0.5 - 0.5 * np.cos(np.pi * np.arange(1, before + 1) / (before + 1)), np.ones(n),
                                0.5 + 0.5 * np.cos(np.pi * np.arange(1, after + 1) / (after + 1))])
        padded *= taper[:, None] if axis == 0 else taper[None, :]
    crop = tuple(slice(before, before + n) for (before, _), n in zip(pads, values.shape))
    spectrum = np.fft.fft2(padded)
    east, north = np.fft.fftfreq(sizes[1])[None, :], -np.fft.fftfreq(sizes[0])[:, None]
    radius = np.hypot(east, north)
    low_pass = 1 / (1 + (radius / 0.4) ** 20)
    amplitudes, energies, scale_energies = [], [], []

    def angular_spread(theta, angle):
        distance = np.abs(np.angle(np.exp(1j * (theta - angle))))
        return (1 + np.cos(np.minimum(distance * n_orientations / 2, np.pi))) / 2

    # the Nyquist frequency of an even axis is +0.5 and -0.5 cycle per cell at once: the filter is their mean
    east_alias = np.where(np.abs(east) == 0.5, -east, east)
    north_alias = np.where(np.abs(north) == 0.5, -north, north)
    for orientation in range(n_orientations):
        angle = orientation * np.pi / n_orientations
        spread = sum(angular_spread(np.arctan2(n, e), angle) for e in (east, east_alias) for n in (north, north_alias))
        spread /= 4
        amplitude, energy, by_scale = 0, 0, []
        for scale, wavelength in enumerate(wavelengths):
            with np.errstate(divide="ignore"):
                radial = np.exp(-np.log(radius * wavelength) ** 2 / (2 * np.log(sigma_onf) ** 2)) * low_pass
            radial[0, 0] = 0
            response = np.fft.ifft2(spectrum * radial * spread)[crop]  # e + i o
            scale_energy = {0: np.abs(response.real), 1: response.real, -1: -response.real}[polarity]
            scale_energy = scale_energy - np.abs(response.imag)
            if scale == 0:
                tau = np.median(np.abs(response)[~holes]) / np.sqrt(np.log(4))
            amplitude = amplitude + np.abs(response)
            energy = energy + scale_energy
            by_scale.append(scale_energy)
        noise = tau * (1 - mult**-n_scales) / (1 - 1 / mult)
        energies.append(energy - max(noise * (np.sqrt(np.pi / 2) + k * np.sqrt((4 - np.pi) / 2)), 1e-4))
        amplitudes.append(amplitude)
        scale_energies.append(by_scale)
    amplitudes, energies, scale_energies = np.array(amplitudes), np.array(energies), np.array(scale_energies)
    symmetry = np.maximum(energies.sum(axis=0), 0) / (amplitudes.sum(axis=0) + 1e-4)
    rounding = 1e-5 * amplitudes.max()
    ambiguous = np.zeros(values.shape, bool)
    if combine == "max":
        floor = 0.25 * np.percentile(amplitudes.max(axis=0)[~holes], 99)
        single = np.where(amplitudes >= floor, np.maximum(energies, 0) / (amplitudes + 1e-4), 0)
        symmetry = np.maximum(symmetry, single.max(axis=0))
        ambiguous |= np.any(np.abs(amplitudes - floor) < rounding, axis=0)
    best = np.argmax(energies, axis=0)  # the first of equal energies
    best_scale = np.argmax(np.take_along_axis(scale_energies, best[None, None], axis=0)[0], axis=0)
    for candidates in (energies, np.take_along_axis(scale_energies, best[None, None], axis=0)[0]):
        if len(candidates) > 1:
            top = np.sort(candidates, axis=0)
            ambiguous |= top[-1] - top[-2] < rounding

    def neighbour(step):
        return np.take_along_axis(amplitudes, ((best + step) % n_orientations)[None], axis=0)[0]

    normal = best * np.pi / n_orientations
    if n_orientations >= 3:
        total = neighbour(1) + neighbour(-1)
        ratio = np.divide(neighbour(1) - neighbour(-1), total, out=np.zeros_like(total), where=total > 0)
        normal = normal + np.arcsin(ratio) * 2 / n_orientations
    strike = np.mod(-np.degrees(normal), 180)
    scale = wavelengths[best_scale]
    total = neighbour(0) + neighbour(n_orientations // 2)
    linearity = np.divide(neighbour(0), total, out=np.full_like(total, 0.5), where=total > 0)
    result = phasesymmetry.PhaseSymmetry(symmetry, strike, scale, linearity)
    for grid in result:
        grid[holes] = np.nan
    return result, ambiguous & ~holes


def _random_case(seed):
    """A grid of a few Gaussian lines (random strike, width, sign, amplitude), a regional trend and noise, with
    holes one time in three, and random filter parameters."""
    rng = np.random.default_rng(seed)
    shape = tuple(rng.integers(60, 140, size=2))
    rows, cols = np.mgrid[0 : shape[0], 0 : shape[1]].astype(float)
    values = 0.01 * cols + 0.1 * rng.normal(size=shape)
    for _ in range(rng.integers(1, 5)):
        angle, offset = rng.uniform(0, np.pi), rng.uniform(-20, 20)
        across = (cols - shape[1] / 2) * np.cos(angle) - (shape[0] / 2 - rows) * np.sin(angle) - offset
        values += rng.choice([-1, 1]) * rng.uniform(0.5, 3) * np.exp(-(across**2) / (2 * rng.uniform(1, 4) ** 2))
    if rng.random() < 1 / 3:
        values[rng.integers(0, shape[0] - 10) :, :][:8, 10:25] = np.nan
    parameters = {"n_scales": int(rng.integers(2, 5)), "n_orientations": int(rng.integers(1, 10)),
                  "min_wavelength": float(rng.uniform(2.5, 4)), "mult": float(rng.uniform(1.7, 2.3)),
                  "k": float(rng.choice([0.0, 2.0, 5.0])), "polarity": int(rng.integers(-1, 2)),
                  "combine": str(rng.choice(["sum", "max"]))}
    return values, parameters


def _assert_matches(ours, theirs, ambiguous, where):
    """The module's result ``ours`` equals the reference's to float32 rounding on the cells ``where`` that are not
    ``ambiguous`` (at most 1 % of them)."""
    for grid, expected in zip(ours, theirs):
        assert grid.dtype == np.float32 and np.array_equal(np.isnan(grid), np.isnan(expected))
    assert ambiguous[where].mean() < 0.01
    clear = where & ~ambiguous
    assert np.abs(ours.symmetry - theirs.symmetry)[clear].max() < 1e-5
    assert _axial_error(ours.orientation, theirs.orientation)[clear].max() < 2e-3  # degrees
    assert np.array_equal(ours.scale[clear], theirs.scale[clear].astype(np.float32))
    assert np.abs(ours.linearity - theirs.linearity)[clear].max() < 2e-5


@pytest.mark.parametrize("seed", range(24))
def test_matches_a_straightforward_implementation_of_the_formulas(seed):
    # the module works on half planes in float32, in threads; the reference is float64 on the full plane
    values, parameters = _random_case(seed)
    theirs, ambiguous = _reference_phase_symmetry(values, **parameters)
    _assert_matches(phasesymmetry.phase_symmetry(values, **parameters), theirs, ambiguous, ~np.isnan(values))


def test_matches_the_straightforward_implementation_on_a_larger_grid_with_the_defaults():
    values, _ = _random_case(100)
    values = np.tile(np.nan_to_num(values), (3, 2))[:300, :256]
    for polarity in (0, 1):
        theirs, ambiguous = _reference_phase_symmetry(values, polarity=polarity)
        _assert_matches(phasesymmetry.phase_symmetry(values, polarity=polarity), theirs, ambiguous,
                        np.ones(values.shape, bool))


@pytest.mark.parametrize("seed", range(12))
def test_the_median_is_numpys(seed):
    rng = np.random.default_rng(seed)
    size = int(rng.choice([1, 2, 3, 1000, 40_001, 100_000]))
    values = [rng.normal(size=size), rng.exponential(size=size), np.sort(rng.normal(size=size)),
              rng.integers(0, 3, size=size)][seed % 4].astype(np.float32)
    assert phasesymmetry._median(values) == np.median(values.astype(float))
    # a regular sample that misses the median (every fifth value 0, the rest 1-2): all values are searched
    periodic = np.where(np.arange(100_000) % 5 == 0, 0, 1 + rng.random(100_000)).astype(np.float32)
    assert phasesymmetry._median(periodic) == np.median(periodic.astype(float))


@pytest.mark.parametrize("cores, budget", [(1, None), (3, None), (16, None), (16, 1)])
def test_the_result_does_not_depend_on_the_number_of_threads(monkeypatch, cores, budget):
    # budget 1 byte: no room for a second thread's workspace, one thread whatever the cores
    values, _ = _random_case(7)
    values = np.nan_to_num(values)
    expected = phasesymmetry.phase_symmetry(values, n_orientations=8, combine="max")
    monkeypatch.setattr(phasesymmetry, "_cores", lambda: cores)
    if budget is not None:
        monkeypatch.setattr(phasesymmetry, "WORKSPACE_BUDGET", budget)
    result = phasesymmetry.phase_symmetry(values, n_orientations=8, combine="max")
    for grid, reference in zip(result, expected):
        assert np.array_equal(grid, reference)


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


@pytest.mark.parametrize("seed", range(16))
def test_the_transposed_grid_gives_the_transposed_result(seed):
    # transposing a north-up grid reflects the plane across the line east = -north: a strike s becomes 90 - s, and
    # an even number of orientations maps the filter bank onto itself. Both Nyquist lines of the padded grid are
    # treated alike (the mean of the filter at +0.5 and -0.5 cycle per cell), so the result transposes with the grid
    values, parameters = _random_case(seed)
    parameters["n_orientations"] = 2 * (parameters["n_orientations"] // 2 + 1)
    values = np.nan_to_num(values)
    result = phasesymmetry.phase_symmetry(values, **parameters)
    transposed = phasesymmetry.phase_symmetry(np.ascontiguousarray(values.T), **parameters)
    assert np.abs(transposed.symmetry.T - result.symmetry).max() < 2e-6
    assert np.abs(transposed.linearity.T - result.linearity).max() < 2e-5
    clear = result.symmetry > 0.05
    assert _axial_error(transposed.orientation.T, 90 - result.orientation)[clear].max() < 2e-2  # degrees
