"""The noise-damped tilt of ``normalisation``, the linearity of ``phasesymmetry`` and the ring and spoke rules of
``lineaments``: known answers and independent
computations."""
import numpy as np
import pytest

from lodestone.science.grid import GridSpec
from lodestone.science.magnetics import transforms
from lodestone.science.structure import dyke_family, lineaments, normalisation, phasesymmetry

GRID = GridSpec(500_000.0, 7_000_000.0, 50.0, 50.0, 200, 240)


def test_noise_level_recovers_white_noise_under_smooth_signal_and_is_zero_on_a_plane():
    east, north = GRID.mesh()
    plane = 0.003 * (east - 500_000.0) - 0.001 * (north - 7_000_000.0)
    assert normalisation.noise_level(plane) == pytest.approx(0.0, abs=1e-9)
    smooth = 50.0 * np.exp(-((east - 506_000.0) ** 2 + (north - 6_995_000.0) ** 2) / (2 * 800.0 ** 2))
    noise = np.random.default_rng(1).normal(0.0, 2.5, GRID.shape)
    assert normalisation.noise_level(plane + smooth + noise) == pytest.approx(2.5, rel=0.05)
    holed = plane + noise
    holed[50:60, 70:90] = np.nan
    assert normalisation.noise_level(holed) == pytest.approx(2.5, rel=0.05)


def test_noise_gradient_gain_matches_the_gradient_of_filtered_noise():
    noise = np.random.default_rng(2).normal(size=GRID.shape)
    smoothed = transforms.upward_continuation(noise, GRID, 75.0, padding=0.0)
    east = transforms.horizontal_derivative(smoothed, GRID, "x", padding=0.0)
    north = transforms.horizontal_derivative(smoothed, GRID, "y", padding=0.0)
    measured = np.sqrt(np.mean(east ** 2 + north ** 2))
    assert normalisation.noise_gradient_gain(GRID.shape, GRID, 75.0) == pytest.approx(measured, rel=0.03)


def test_without_damping_it_is_the_tilt_derivative_in_radians():
    member = dyke_family.dyke_field(3)
    values = member.field[:150, :150]
    grid = GridSpec(member.grid.west, member.grid.north, member.grid.cell_x, member.grid.cell_y, 150, 150)
    expected = np.radians(transforms.tilt_derivative(transforms.upward_continuation(values, grid, 40.0), grid))
    damped = normalisation.damped_tilt(values, grid, smoothing_m=40.0, noise_factor=0.0, typical_factor=0.0)
    inner = (slice(20, -20), slice(20, -20))  # away from the edges, where plane removal differs
    assert np.median(np.abs(damped[inner] - expected[inner])) < 0.02


def test_weak_and_strong_dykes_reach_the_same_tilt_and_quiet_noise_stays_near_zero():
    east, north = GRID.mesh()
    field = np.zeros(GRID.shape)
    for centre_east, strength in ((503_000.0, 200.0), (508_000.0, 6.0)):  # 1:33
        centre = (centre_east, 6_995_000.0)
        chi = strength / dyke_family.dyke_peak_2d(30.0, 100.0, 1.0)
        field += dyke_family.dyke_anomaly(east, north, centre, 0.0, 6000.0, 30.0, 100.0, chi)
    field += np.random.default_rng(3).normal(0.0, 1.0, GRID.shape)
    tilt = normalisation.damped_tilt(field, GRID)
    rows = slice(60, 140)
    axis = []
    for centre_east in (503_000.0, 508_000.0):
        column = int((centre_east - GRID.west) / GRID.cell_x)
        axis.append(np.median(tilt[rows, column - 1:column + 1].max(axis=1)))
    assert min(axis) > 0.8 and max(axis) / min(axis) < 1.6, axis  # radians (46 degrees); amplitudes 33:1
    quiet = tilt[rows, 180:230]  # 3.5-6 km east of the weak dyke: noise only
    assert np.percentile(np.abs(quiet), 95) < 0.35
    plain = normalisation.damped_tilt(field, GRID, noise_factor=0.0, typical_factor=0.0)
    assert np.percentile(np.abs(plain[rows, 180:230]), 95) > 0.8


def test_refuses_negative_settings():
    with pytest.raises(ValueError, match=">= 0"):
        normalisation.damped_tilt(np.ones(GRID.shape), GRID, noise_factor=-1.0)


def _arc(degrees, radius=1000.0, points=60):
    angle = np.radians(np.linspace(0.0, degrees, points))
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


def test_net_turning_of_rings_arcs_and_straight_or_wavy_lines():
    ring = _arc(360.0)
    ring[-1] = ring[0]
    assert lineaments.net_turning(ring) == pytest.approx(360.0, abs=1e-6)
    assert lineaments.net_turning(ring[::-1]) == pytest.approx(-360.0, abs=1e-6)
    assert lineaments.net_turning(_arc(90.0)) == pytest.approx(90.0 * 59 / 60, abs=3.0)
    wavy = np.column_stack([np.linspace(0, 5000, 80), 100 * np.sin(np.linspace(0, 12 * np.pi, 80))])
    assert abs(lineaments.net_turning(wavy)) < 5.0
    assert lineaments.is_ring_like(ring) and lineaments.is_ring_like(_arc(200.0))
    assert not lineaments.is_ring_like(_arc(120.0)) and not lineaments.is_ring_like(wavy)
    assert not lineaments.is_ring_like([[0.0, 0.0], [1000.0, 0.0], [1000.0, 1000.0]])  # a dyke bent once


def _plug_field(polarity_noise_seed=4):
    east, north = GRID.mesh()
    centre = (506_000.0, 6_995_000.0)
    unit = dyke_family.plug_anomaly(np.array(centre[0]), np.array(centre[1]), centre, 30.0, 1200.0, 600.0, 100.0, 1.0)
    field = dyke_family.plug_anomaly(east, north, centre, 30.0, 1200.0, 600.0, 100.0, 80.0 / unit)
    return field + np.random.default_rng(polarity_noise_seed).normal(0.0, 0.5, GRID.shape)


def test_linearity_is_high_on_a_line_and_low_on_the_radius_of_a_round_body():
    east, north = GRID.mesh()
    line = 30.0 * np.exp(-((east - 505_000.0) ** 2) / (2 * 100.0 ** 2))  # N-S ridge
    result = phasesymmetry.phase_symmetry(line, polarity=1, combine="max")
    column = int((505_000.0 - GRID.west) / GRID.cell_x)
    assert np.median(result.linearity[40:160, column]) > 0.9
    blob = 30.0 * np.exp(-((east - 506_000.0) ** 2 + (north - 6_995_000.0) ** 2) / (2 * 300.0 ** 2))
    result = phasesymmetry.phase_symmetry(blob, polarity=1, combine="max")
    row = int((GRID.north - 6_995_000.0) / GRID.cell_y)
    centre_column = int((506_000.0 - GRID.west) / GRID.cell_x)
    radius = result.linearity[row, centre_column + 10:centre_column + 25]  # 500-1250 m east of the centre
    assert np.all(radius < lineaments.LINEARITY_MIN)


def test_spokes_round_a_plug_are_dropped_from_the_normalised_chain(monkeypatch):
    field = _plug_field()
    kept = sum(line.length_m for line in lineaments.extract_lineaments(field, GRID, 150.0, polarity=1,
                                                                       normalise=True)[0])
    monkeypatch.setattr(lineaments, "SPOKE_MAX_LINEAR_SHARE", 0.0)
    without_rule = sum(line.length_m for line in lineaments.extract_lineaments(field, GRID, 150.0, polarity=1,
                                                                               normalise=True)[0])
    assert kept < 0.5 * without_rule, (kept, without_rule)
