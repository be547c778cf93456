"""Tests of the potential-field transforms (lodestone.science.magnetics.transforms) against analytic prism fields.

Every expected answer comes from the forward model (lodestone.science.magnetics.forward), never from the transforms: the
reduced-to-pole field is the same prism with vertical field and magnetisation, the upward continuation is the field
computed higher up, and derivatives are central differences of forward fields 0.5 m apart. Errors are RMS on the
interior (a 6-cell border trimmed) as a percentage of the peak of the true field; the bar is 1 % (docs/science.md
section 2).
"""
import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.magnetics import forward, transforms
from lodestone.science.progress import Cancelled

PRISM = (-100.0, 150.0, -150.0, 100.0, -300.0, -50.0)
"""(west, east, south, north, bottom, top) in m: 250 m wide, top 50 m deep, well inside the grid."""
INTENSITY = 2.0  # A/m
REMANENT = (-40.0, 30.0)  # inclination, declination (degrees) of a remanent total magnetisation
STEP = 0.5  # m, central-difference step of the true derivatives
TRIM = 6
ACCURACY = 1.0  # % of the peak


def _grid(rows=200, cols=160, cell_x=25.0, cell_y=20.0):
    """A grid centred on the origin; by default non-square cells and a non-square cell count."""
    return GridSpec(-cols * cell_x / 2, rows * cell_y / 2, cell_x, cell_y, rows, cols)


GRID = _grid()


def _anomaly(inclination=90.0, declination=0.0, magnetisation=None, shift=(0.0, 0.0, 0.0), grid=GRID):
    """Total-field anomaly (nT) of PRISM on ``grid`` seen ``shift`` (east, north, up) m away from the grid points.

    ``magnetisation``: (inclination, declination) of the magnetisation, default along the field (induced).
    """
    east, north = grid.mesh()
    direction = magnetisation or (inclination, declination)
    moment = forward.magnetization_vector(INTENSITY, *direction)
    return forward.prisms_total_field_anomaly(east + shift[0], north + shift[1], shift[2], [PRISM], [moment],
                                              inclination, declination)


def _pole_derivatives():
    """True east, north and downward derivatives (nT/m) of the anomaly at the pole, by central differences."""
    def pole(*shift):
        return _anomaly(shift=shift)

    return ((pole(STEP, 0, 0) - pole(-STEP, 0, 0)) / (2 * STEP), (pole(0, STEP, 0) - pole(0, -STEP, 0)) / (2 * STEP),
            (pole(0, 0, -STEP) - pole(0, 0, STEP)) / (2 * STEP))


POLE = _anomaly()
TX, TY, TZ = _pole_derivatives()


def _error_percent(result, truth, trim=TRIM):
    """Interior RMS error as a percentage of the interior peak of the true field."""
    inner = (slice(trim, -trim),) * 2
    return 100 * np.sqrt(np.mean((result[inner] - truth[inner]) ** 2)) / np.abs(truth[inner]).max()


def _assert_accurate(result, truth, what, bar=ACCURACY):
    error = _error_percent(result, truth)
    assert error < bar, f"{what}: interior RMS error {error:.3f} % of the peak (bar {bar} %)"


# ---------------------------------------------------------------------------------------------------------------
# Accuracy against analytic fields


@pytest.mark.parametrize("inclination, declination", [(90, 0), (60, 20), (30, -35), (15, 10), (-30, 160)])
@pytest.mark.parametrize("remanent", [False, True], ids=["induced", "remanent"])
def test_rtp_gives_the_field_of_the_body_at_the_pole(inclination, declination, remanent):
    magnetisation = REMANENT if remanent else None
    tmi = _anomaly(inclination, declination, magnetisation)
    rtp = transforms.reduce_to_pole(tmi, GRID, inclination, declination, *(magnetisation or (None, None)))
    _assert_accurate(rtp, POLE, f"RTP at I={inclination}, D={declination}, magnetisation {magnetisation}")


def test_rtp_without_reduction_is_wrong():
    """The accuracy test can fail: the anomaly at I = 30 deg is far from the pole field."""
    assert _error_percent(_anomaly(30, -35), POLE) > 5 * ACCURACY


@pytest.mark.parametrize("height", [50.0, 200.0])
def test_upward_continuation_gives_the_field_higher_up(height):
    _assert_accurate(transforms.upward_continuation(POLE, GRID, height), _anomaly(shift=(0, 0, height)),
                     f"upward continuation by {height} m")


def test_first_vertical_derivative_is_downward_positive():
    vd = transforms.vertical_derivative(POLE, GRID)
    _assert_accurate(vd, TZ, "first vertical derivative")
    centre = np.unravel_index(np.argmax(POLE), POLE.shape)
    assert vd[centre] > 0


def test_second_vertical_derivative():
    truth = (_anomaly(shift=(0, 0, -STEP)) - 2 * POLE + _anomaly(shift=(0, 0, STEP))) / STEP**2
    _assert_accurate(transforms.vertical_derivative(POLE, GRID, order=2), truth, "second vertical derivative")


def test_fractional_vertical_derivatives_compose():
    half = transforms.vertical_derivative(POLE, GRID, order=0.5)
    _assert_accurate(transforms.vertical_derivative(half, GRID, order=0.5), TZ, "two half-order derivatives")


def test_vertical_derivative_of_order_zero_is_the_identity():
    np.testing.assert_allclose(transforms.vertical_derivative(POLE, GRID, order=0), POLE, atol=1e-6 * np.ptp(POLE))


@pytest.mark.parametrize("direction", ["x", "y"])
def test_horizontal_derivatives_point_east_and_north(direction):
    truth = TX if direction == "x" else TY
    _assert_accurate(transforms.horizontal_derivative(POLE, GRID, direction), truth, f"d/d{direction}")


def test_spectral_derivatives_beat_central_differences():
    """Justifies the spectral choice: at least 5 times more accurate than central differences on the same cells."""
    spectral = _error_percent(transforms.horizontal_derivative(POLE, GRID, "x"), TX)
    central = _error_percent(np.gradient(POLE, GRID.cell_x, axis=1), TX)
    assert spectral < central / 5, f"spectral {spectral:.4f} %, central differences {central:.4f} %"


def test_total_horizontal_derivative():
    _assert_accurate(transforms.horizontal_derivative(POLE, GRID, "total"), np.hypot(TX, TY), "THDR")


def test_analytic_signal():
    _assert_accurate(transforms.analytic_signal(POLE, GRID), np.sqrt(TX**2 + TY**2 + TZ**2), "analytic signal")


def test_tilt_is_positive_over_the_source_and_negative_outside():
    tilt = transforms.tilt_derivative(POLE, GRID)
    assert np.all(np.abs(tilt) < 90)
    east, north = GRID.mesh()
    over = (east > PRISM[0] + 25) & (east < PRISM[1] - 25) & (north > PRISM[2] + 25) & (north < PRISM[3] - 25)
    # a ring 600 to 1500 m from the prism's centre: far outside it, yet 500 m inside the grid edges, where the
    # gradients (1e-4 nT/m) are as small as the padding's own
    distance = np.hypot(east - 25, north + 25)
    far = (distance > 600) & (distance < 1500)
    assert tilt[over].min() > 20, f"tilt over the prism down to {tilt[over].min():.1f} deg"
    assert tilt[far].max() < -10, f"tilt far outside up to {tilt[far].max():.1f} deg"
    signal = np.sqrt(TX**2 + TY**2 + TZ**2)
    near = signal > 0.01 * signal.max()
    truth = np.degrees(np.arctan2(TZ, np.hypot(TX, TY)))
    assert np.abs(tilt - truth)[near].max() < 2.0  # degrees, where the gradients are not negligible


# ---------------------------------------------------------------------------------------------------------------
# Low latitudes


def _noise_gain(inclination, declination, low_latitude):
    grid = _grid(256, 256, 25.0, 25.0)
    noise = np.random.default_rng(7).standard_normal(grid.shape)
    rtp = transforms.reduce_to_pole(noise, grid, inclination, declination, low_latitude=low_latitude)
    return np.std(rtp) / np.std(noise)


@pytest.mark.parametrize("inclination", [5, 1])
@pytest.mark.parametrize("declination", [0, 45])
def test_low_latitude_rtp_bounds_the_noise_gain(inclination, declination):
    gain = _noise_gain(inclination, declination, "auto")
    assert gain <= 5, f"white-noise gain {gain:.2f} at I={inclination}, D={declination} (bound 5)"
    exact = _noise_gain(inclination, declination, "none")
    assert exact > 20, f"the exact filter's gain {exact:.1f} should be large here: the test would not bite"


@pytest.mark.parametrize("magnetisation", [None, REMANENT], ids=["induced", "remanent"])
def test_low_latitude_rtp_reduces_a_prism(magnetisation):
    tmi = _anomaly(5, 20, magnetisation)
    rtp = transforms.reduce_to_pole(tmi, GRID, 5, 20, *(magnetisation or (None, None)))
    _assert_accurate(rtp, POLE, "stabilised RTP at I=5", bar=5.0)


@pytest.mark.parametrize("inclination, stabilised", [(15.0, False), (14.9, True), (-14.9, True), (60.0, False)])
def test_auto_stabilises_below_the_threshold(inclination, stabilised):
    tmi = _anomaly(inclination, 20)
    chosen, other = ("stabilised", "none") if stabilised else ("none", "stabilised")
    # the low inclination as the field's (induced), then as the magnetisation's under a steep field
    for field, magnetisation in ((inclination, (None, None)), (60.0, (inclination, 20))):
        auto = transforms.reduce_to_pole(tmi, GRID, field, 20, *magnetisation)
        np.testing.assert_array_equal(auto, transforms.reduce_to_pole(tmi, GRID, field, 20, *magnetisation,
                                                                      low_latitude=chosen))
        assert not np.array_equal(auto, transforms.reduce_to_pole(tmi, GRID, field, 20, *magnetisation,
                                                                  low_latitude=other))


def test_stabilised_filter_changes_little_at_high_latitude():
    tmi = _anomaly(60, 20)
    _assert_accurate(transforms.reduce_to_pole(tmi, GRID, 60, 20, low_latitude="stabilised"), POLE, "stabilised RTP")


# ---------------------------------------------------------------------------------------------------------------
# Identity, padding, holes and edges


def _realistic(rows, cols, seed=3, cell=25.0):
    """A smooth random field (about 100 nT) plus a regional trend and a main-field offset, float64."""
    rng = np.random.default_rng(seed)
    spectrum = np.fft.rfft2(rng.standard_normal((rows, cols)))
    ky = np.fft.fftfreq(rows)[:, None]
    kx = np.fft.rfftfreq(cols)[None, :]
    smooth = np.fft.irfft2(spectrum * np.exp(-((kx**2 + ky**2) * 30**2)), s=(rows, cols))
    smooth *= 100 / smooth.std()
    row, col = np.mgrid[0:rows, 0:cols]
    return 54_000 + smooth + 0.02 * cell * col - 0.05 * cell * row, _grid(rows, cols, cell, cell)


def _identity(values, grid, padding=0.25):
    return transforms.apply_filter(values, grid, lambda kx, ky: np.float32(1), padding)


@pytest.mark.parametrize("shape", [(128, 128), (100, 2000), (2000, 100)], ids=["square", "wide", "tall"])
def test_identity_filter_returns_the_input(shape):
    values, grid = _realistic(*shape)
    out = _identity(values, grid)
    error = np.abs(out - values).max() / np.ptp(values)
    assert error < 1e-6, f"identity changed the data by {error:.2e} of the range"


@pytest.mark.parametrize("padding", [0.0, 1.0, 2.5])
def test_identity_filter_for_any_padding(padding):
    values, grid = _realistic(60, 90)
    assert np.abs(_identity(values, grid, padding) - values).max() < 1e-6 * np.ptp(values)


def test_identity_filter_with_holes_keeps_them_and_the_data():
    values, grid = _realistic(100, 2000)
    row, col = np.mgrid[0 : grid.rows, 0 : grid.cols]
    holes = ((row - 50) ** 2 + (col - 700) ** 2 < 30**2) | (col < row // 3) | (row == 80)
    values[holes] = np.nan
    out = _identity(values, grid)
    np.testing.assert_array_equal(np.isnan(out), holes)
    assert np.nanmax(np.abs(out - values)) < 1e-6 * (np.nanmax(values) - np.nanmin(values))


def _ragged_holes(grid=GRID):
    """An elliptical hole plus a ragged south-west survey outline (nodata outside it)."""
    row, col = np.mgrid[0 : grid.rows, 0 : grid.cols]
    ellipse = (row - 60) ** 2 / 100 + (col - 110) ** 2 / 60 < 1
    outline = col < (row - 140) * 0.8 + 5 * np.sin(row)
    return ellipse | outline


def test_holes_and_ragged_edges_stay_nodata_and_the_rest_is_accurate():
    holes = _ragged_holes()
    values = np.where(holes, np.nan, POLE)
    outputs = transforms.magnetic_transforms(values, GRID, {"vertical_derivative", "thdr", "upward", "tilt"},
                                             height=100.0)
    reliable = ~transforms.edge_mask(values, GRID, cells=3)
    truths = {"vertical_derivative": TZ, "thdr": np.hypot(TX, TY), "upward": _anomaly(shift=(0, 0, 100.0))}
    for name, out in outputs.items():
        np.testing.assert_array_equal(np.isnan(out), holes, err_msg=name)
        if name in truths:
            truth = truths[name]
            error = 100 * np.sqrt(np.mean((out - truth)[reliable] ** 2)) / np.abs(truth).max()
            assert error < ACCURACY, f"{name} away from the holes: RMS error {error:.3f} % of the peak"


def test_edge_mask_marks_cells_near_nodata_and_the_grid_edge():
    values = np.ones(GRID.shape)
    values[50, 60] = np.nan
    mask = transforms.edge_mask(values, GRID, cells=3)
    assert mask[50, 60] and mask[50, 63] and mask[52, 62] and mask[47, 60]
    assert not mask[50, 64] and not mask[53, 63] and not mask[100, 80]
    assert mask[:3].all() and mask[-3:].all() and mask[:, :3].all() and mask[:, -3:].all()
    assert not mask[3, 10:-10].any()
    np.testing.assert_array_equal(transforms.edge_mask(values, GRID, cells=0), np.isnan(values))


def test_edge_mask_follows_a_ragged_outline():
    holes = _ragged_holes()
    mask = transforms.edge_mask(np.where(holes, np.nan, 1.0), GRID, cells=2)
    row, col = np.nonzero(holes)
    valid_row, valid_col = np.nonzero(~holes)
    near = np.zeros(GRID.shape, bool)
    for r, c in zip(valid_row, valid_col):  # brute force: distance to the nearest hole cell
        near[r, c] = np.min((row - r) ** 2 + (col - c) ** 2) <= 4
    interior = np.zeros(GRID.shape, bool)
    interior[2:-2, 2:-2] = True
    np.testing.assert_array_equal(mask[interior], (holes | near)[interior])


def test_fill_nodata_is_smooth_and_keeps_valid_cells():
    row, col = np.mgrid[0:120, 0:100].astype(float)
    plane = 3.0 + 0.2 * col - 0.1 * row
    values = np.where((row - 60) ** 2 + (col - 50) ** 2 < 25**2, np.nan, plane)
    filled = transforms.fill_nodata(values)
    valid = ~np.isnan(values)
    np.testing.assert_array_equal(filled[valid], values[valid])
    # a plane is harmonic: the Laplace fill reproduces it (to the multigrid's convergence)
    assert np.abs(filled - plane).max() < 0.05 * np.ptp(plane[~valid])


# ---------------------------------------------------------------------------------------------------------------
# Regional-residual separation


def _wave(wavelength, azimuth=30.0, grid=GRID):
    east, north = grid.mesh()
    angle = np.radians(azimuth)
    return np.cos(2 * np.pi / wavelength * (east * np.sin(angle) + north * np.cos(angle)))


def _deep_interior(a, trim=40):
    return a[trim:-trim, trim:-trim]


@pytest.mark.parametrize("kind, tolerance", [("gaussian", 1e-3), ("butterworth", 5.0)])
@pytest.mark.parametrize("wavelength", [200.0, 800.0, 3000.0])
def test_regional_keeps_long_wavelengths_with_half_amplitude_at_the_cutoff(kind, tolerance, wavelength):
    cutoff = 800.0
    trend = 0.2 * GRID.mesh()[0]
    values = 100 * _wave(wavelength) + trend
    regional, residual = transforms.regional_residual(values, GRID, cutoff, kind=kind)
    ratio = cutoff / wavelength
    gain = np.exp(-np.log(2) * ratio**2) if kind == "gaussian" else 1 / (1 + ratio**8)
    expected = 100 * gain * _wave(wavelength) + trend
    assert np.abs(_deep_interior(regional - expected)).max() < tolerance  # nT, of a 100 nT wave
    np.testing.assert_allclose(regional + residual, values, rtol=1e-12)


def test_band_pass_keeps_the_middle_band():
    values = 100 * _wave(100.0, 70.0) + 100 * _wave(400.0) + 100 * _wave(3000.0) + 0.2 * GRID.mesh()[1]
    out = transforms.band_pass(values, GRID, long_wavelength=1500.0, short_wavelength=200.0)

    def gain(wavelength):
        low = [np.exp(-np.log(2) * (cutoff / wavelength) ** 2) for cutoff in (200.0, 1500.0)]
        return low[0] - low[1]

    expected = 100 * sum(gain(w) * _wave(w, a) for w, a in ((100.0, 70.0), (400.0, 30.0), (3000.0, 30.0)))
    assert np.abs(_deep_interior(out - expected)).max() < 0.1


# ---------------------------------------------------------------------------------------------------------------
# The combined entry point


def test_magnetic_transforms_equal_the_single_functions():
    tmi = _anomaly(60, 20).astype(np.float32)
    outputs = transforms.magnetic_transforms(tmi, GRID, {"upward", "vertical_derivative", "thdr", "tilt",
                                                         "analytic_signal"}, height=100.0, vd_order=2)
    singles = {
        "upward": transforms.upward_continuation(tmi, GRID, 100.0),
        "vertical_derivative": transforms.vertical_derivative(tmi, GRID, order=2),
        "thdr": transforms.horizontal_derivative(tmi, GRID, "total"),
        "tilt": transforms.tilt_derivative(tmi, GRID),
        "analytic_signal": transforms.analytic_signal(tmi, GRID),
    }
    for name, single in singles.items():
        assert outputs[name].dtype == np.float32
        np.testing.assert_allclose(outputs[name], single, rtol=0, atol=1e-6 * np.abs(single).max(), err_msg=name)


def test_with_rtp_every_output_transforms_the_reduced_field():
    tmi = _anomaly(60, 20)
    outputs = transforms.magnetic_transforms(tmi, GRID, transforms.MAGNETIC_OUTPUTS, 60, 20, height=100.0)
    np.testing.assert_allclose(outputs["rtp"], transforms.reduce_to_pole(tmi, GRID, 60, 20), rtol=0,
                               atol=1e-6 * np.abs(POLE).max())
    truths = {"rtp": POLE, "upward": _anomaly(shift=(0, 0, 100.0)), "vertical_derivative": TZ,
              "thdr": np.hypot(TX, TY), "analytic_signal": np.sqrt(TX**2 + TY**2 + TZ**2)}
    for name, truth in truths.items():
        _assert_accurate(outputs[name], truth, f"{name} of the RTP")
    assert outputs["tilt"][100, 80] > 20


def test_progress_is_reported_and_can_cancel():
    seen = []
    transforms.magnetic_transforms(POLE, GRID, {"vertical_derivative", "tilt"}, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 3
    with pytest.raises(Cancelled):
        transforms.magnetic_transforms(POLE, GRID, {"tilt"}, progress=lambda fraction: False)


def test_float64_in_float64_out():
    assert transforms.upward_continuation(POLE, GRID, 10.0).dtype == np.float64
    assert transforms.upward_continuation(POLE.astype(np.float32), GRID, 10.0).dtype == np.float32


# ---------------------------------------------------------------------------------------------------------------
# The fast path (float32 spectra, filtered and inverted block by block) against the plain computation


def _straightforward(values, grid, inclination, declination, height, padding=0.25):
    """Every output of magnetic_transforms the plain way: the same prepared grid, then in float64 one whole-array
    real FFT, the reduction to the pole on it, and one whole-array inverse per filter."""
    padded, plane, crop, holes = transforms._prepared(values, grid, padding)
    spectrum = np.fft.rfft2(padded.astype(np.float64))
    kx = 2 * np.pi * np.fft.rfftfreq(padded.shape[1], grid.cell_x)[None, :]
    ky = -2 * np.pi * np.fft.fftfreq(padded.shape[0], grid.cell_y)[:, None]
    field = transforms.direction_vector(inclination, declination)
    spectrum *= transforms.rtp_response(kx, ky, field, field)
    east_part, north_part = transforms._plane_profiles(plane, grid)

    def inverse(kernel, plane_gain=0.0, offset=0.0):
        out = np.fft.irfft2(spectrum * kernel, s=padded.shape)[crop] + plane_gain * (east_part + north_part) + offset
        if holes is not None:
            out[holes] = np.nan
        return out

    tx, ty, tz = inverse(1j * kx, offset=plane[1]), inverse(1j * ky, offset=plane[2]), inverse(np.hypot(kx, ky))
    thdr = np.hypot(tx, ty)
    return {"rtp": inverse(1.0, 1.0), "upward": inverse(np.exp(-height * np.hypot(kx, ky)), 1.0),
            "vertical_derivative": tz, "thdr": thdr, "tilt": np.degrees(np.arctan2(tz, thdr)),
            "analytic_signal": np.hypot(thdr, tz)}


@pytest.mark.parametrize("dtype, with_holes", [(np.float32, False), (np.float32, True), (np.float64, False)],
                         ids=["float32", "float32-holes", "float64"])
def test_fast_path_equals_the_plain_computation_to_float32_rounding(dtype, with_holes):
    east, north = GRID.mesh()
    values = _anomaly(60, 20) + 0.01 * east - 0.02 * north + 54_000  # a total field with a regional gradient
    if with_holes:
        values[_ragged_holes()] = np.nan
    values = values.astype(dtype)
    outputs = transforms.magnetic_transforms(values, GRID, transforms.MAGNETIC_OUTPUTS, 60, 20, height=100.0)
    plain = _straightforward(values, GRID, 60, 20, 100.0)
    for name, expected in plain.items():
        out = outputs[name]
        assert out.dtype == dtype, name
        np.testing.assert_array_equal(np.isnan(out), np.isnan(expected), err_msg=name)
        # float32 rounding: about 1e-7 of the range per operation (the total field is near 54,000 nT: 0.004 nT)
        tolerance = 0.1 if name == "tilt" else 2e-5 * np.nanmax(np.abs(expected - np.nanmedian(expected)))
        np.testing.assert_allclose(out, expected, rtol=0, atol=tolerance, err_msg=name)


@pytest.mark.parametrize("cells", [0, 0.5, 1, 1.5, 2, 2.5, 3, np.sqrt(8), 4.2])
def test_edge_mask_is_within_cells_of_nodata_by_exact_distance(cells):
    from scipy import ndimage

    rng = np.random.default_rng(7)
    values = np.ones((61, 47))
    values[rng.random(values.shape) < 0.01] = np.nan
    values[20:26, 30:33] = np.nan
    distance = ndimage.distance_transform_edt(np.pad(~np.isnan(values), 1))[1:-1, 1:-1]
    np.testing.assert_array_equal(transforms.edge_mask(values, _grid(61, 47), cells), distance <= cells)


def test_outline_cells_are_the_valid_cells_the_erosion_removes():
    from scipy import ndimage

    valid = np.random.default_rng(3).random((40, 30)) < 0.8
    valid[:, 0] = True
    expected = valid & ~ndimage.binary_erosion(valid, border_value=0)
    np.testing.assert_array_equal(transforms._edge_cells(valid), expected)


# ---------------------------------------------------------------------------------------------------------------
# Errors


def _constant():
    return np.full(GRID.shape, 7.0)


@pytest.mark.parametrize("call, message", [
    (lambda: transforms.reduce_to_pole(np.full(GRID.shape, np.nan), GRID, 60, 0), "no valid"),
    (lambda: transforms.upward_continuation(np.full(GRID.shape, np.nan), GRID, 10.0), "no valid"),
    (lambda: transforms.reduce_to_pole(_constant(), GRID, 60, 0), "constant"),
    (lambda: transforms.vertical_derivative(_constant(), GRID), "constant"),
    (lambda: transforms.horizontal_derivative(_constant(), GRID, "x"), "constant"),
    (lambda: transforms.tilt_derivative(_constant(), GRID), "constant"),
    (lambda: transforms.analytic_signal(_constant(), GRID), "constant"),
    (lambda: transforms.reduce_to_pole(POLE, GRID, 91, 0), "inclination must be in"),
    (lambda: transforms.reduce_to_pole(POLE, GRID, -90.5, 0), "inclination must be in"),
    (lambda: transforms.reduce_to_pole(POLE, GRID, 60, 361), "declination must be in"),
    (lambda: transforms.reduce_to_pole(POLE, GRID, 60, 0, mag_inclination=100, mag_declination=0), "magnetisation"),
    (lambda: transforms.reduce_to_pole(POLE, GRID, 60, 0, mag_inclination=-40), "both an inclination"),
    (lambda: transforms.reduce_to_pole(POLE, GRID, 0, 0, low_latitude="none"), "infinite at inclination 0"),
    (lambda: transforms.reduce_to_pole(POLE, GRID, 60, 0, low_latitude="maybe"), "low_latitude"),
    (lambda: transforms.magnetic_transforms(POLE, GRID, {"rtp"}), "both an inclination"),
    (lambda: transforms.upward_continuation(POLE, GRID, 0.0), "height"),
    (lambda: transforms.upward_continuation(POLE, GRID, -5.0), "height"),
    (lambda: transforms.magnetic_transforms(POLE, GRID, {"upward"}), "height"),
    (lambda: transforms.vertical_derivative(POLE, GRID, order=-1), "order"),
    (lambda: transforms.upward_continuation(np.ones((3, 50)), _grid(3, 50), 10.0), "at least 4"),
    (lambda: transforms.tilt_derivative(np.ones((50, 2)), _grid(50, 2)), "at least 4"),
    (lambda: transforms.upward_continuation(POLE[:, :-1], GRID, 10.0), "shape"),
    (lambda: transforms.upward_continuation(POLE, GRID, 10.0, padding=-0.1), "padding"),
    (lambda: transforms.magnetic_transforms(POLE, GRID, {"rtp", "gravity"}, 60, 0), "subset"),
    (lambda: transforms.horizontal_derivative(POLE, GRID, "z"), "direction"),
    (lambda: transforms.regional_residual(POLE, GRID, 0.0), "cutoff"),
    (lambda: transforms.regional_residual(POLE, GRID, 500.0, kind="boxcar"), "kind"),
    (lambda: transforms.band_pass(POLE, GRID, 200.0, 500.0), "must exceed"),
    (lambda: transforms.edge_mask(POLE, GRID, cells=-1), "cells"),
    (lambda: transforms.fill_nodata(np.full((5, 5), np.nan)), "no valid"),
])
def test_bad_input_raises_a_clear_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_upward_continuation_of_a_constant_is_allowed():
    np.testing.assert_allclose(transforms.upward_continuation(_constant(), GRID, 10.0), 7.0, rtol=1e-6)
