"""Tests of residual magnetic anomalies (lodestone.science.structure.anomalies).

On the demo property the truth is the geology: two strongly magnetic bodies sit in the NE corridor, and
magnetite-destructive alteration lowers the field along it. On synthetic Gaussian anomalies the area above a
threshold ``t`` of a Gaussian of amplitude ``A`` and standard deviation ``s`` is ``2 pi s² ln(A / t)``.
"""
import numpy as np
import pytest

from lodestone.science.demo import property as demo
from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec
from lodestone.science.magnetics import transforms
from lodestone.science.structure import anomalies

REGIONAL_WAVELENGTH = 1750.0  # m


def _containing(found, point, kind):
    return [anomaly for anomaly in found if anomaly.kind == kind and inside(point, anomaly.ring)]


@pytest.fixture(scope="module")
def demo_rtp():
    """Reduced-to-pole noise-free demo field on a 25 m grid over the survey block, and its grid."""
    west, south = np.asarray(demo.ORIGIN) + (1300.0, 1000.0)
    grid = GridSpec.from_bounds(west, south, west + 3300.0, south + 2000.0, 25.0)
    east, north = grid.mesh()
    inclination, declination, _ = demo.main_field()
    return transforms.reduce_to_pole(demo.magnetic_anomaly(east, north), grid, inclination, declination), grid


def _map_point(t):
    return demo.corridor_point(t) + np.asarray(demo.ORIGIN)


def test_the_strong_bodies_are_inside_highs(demo_rtp):
    rtp, grid = demo_rtp
    found = anomalies.magnetic_anomalies(rtp, grid, REGIONAL_WAVELENGTH)
    for t in demo.STRONG_BODIES:
        highs = _containing(found, _map_point(t), "high")
        assert len(highs) == 1, f"body at corridor fraction {t}"
        assert highs[0].amplitude_nt > 0
        assert np.hypot(*(np.asarray(highs[0].peak_xy) - _map_point(t))) < 100.0  # the peak is the body


def test_the_altered_corridor_is_a_low_flagged_in_corridor(demo_rtp):
    rtp, grid = demo_rtp
    ring = demo._corridor_outline() + np.asarray(demo.ORIGIN)
    middle = _map_point(0.5)
    with_corridor = _containing(anomalies.magnetic_anomalies(rtp, grid, REGIONAL_WAVELENGTH, corridors=[ring]),
                                middle, "low")
    without = _containing(anomalies.magnetic_anomalies(rtp, grid, REGIONAL_WAVELENGTH), middle, "low")
    assert len(with_corridor) == len(without) == 1
    assert with_corridor[0].in_corridor and not without[0].in_corridor
    assert with_corridor[0].amplitude_nt < 0
    # the low follows the corridor: it holds the altered axis on both sides of the middle
    for t in (0.45, 0.55, 0.6):
        assert inside(_map_point(t), with_corridor[0].ring)


def test_a_low_away_from_the_corridor_is_not_in_it(demo_rtp):
    rtp, grid = demo_rtp
    ring = demo._corridor_outline() + np.asarray(demo.ORIGIN)
    found = anomalies.magnetic_anomalies(rtp, grid, REGIONAL_WAVELENGTH, corridors=[ring])
    corridor_cells = anomalies.corridor_mask([ring], grid)
    for anomaly in found:
        row, col = grid.index_of(*anomaly.peak_xy)
        if corridor_cells[row, col]:
            assert anomaly.in_corridor
    assert any(not anomaly.in_corridor for anomaly in found)


SIGMA = 100.0  # m, of the synthetic Gaussian anomalies
HIGH, LOW = 200.0, -120.0  # nT


@pytest.fixture(scope="module")
def gaussians():
    """A Gaussian high and low (centred on cell centres) on a 4 km square grid, 20 m cells, with a regional
    gradient of 10 nT/km and an offset."""
    grid = GridSpec(500_000.0, 6_004_000.0, 20.0, 20.0, 200, 200)
    east, north = grid.mesh()
    centres = {"high": (501_210.0, 6_002_010.0), "low": (502_810.0, 6_002_010.0)}

    def gaussian(centre, amplitude):
        return amplitude * np.exp(-((east - centre[0]) ** 2 + (north - centre[1]) ** 2) / (2 * SIGMA**2))

    values = gaussian(centres["high"], HIGH) + gaussian(centres["low"], LOW) + 50.0 + 0.01 * (east - grid.west)
    return values, grid, centres


def test_gaussian_areas_and_amplitudes_are_recovered(gaussians):
    values, grid, centres = gaussians
    threshold = 30.0
    found = anomalies.magnetic_anomalies(values, grid, 5000.0, threshold=threshold)
    assert [anomaly.kind for anomaly in found] == ["high", "low"]  # strongest first
    for anomaly, amplitude in zip(found, (HIGH, LOW)):
        assert anomaly.amplitude_nt == pytest.approx(amplitude, rel=0.05)
        assert anomaly.area_m2 == pytest.approx(2 * np.pi * SIGMA**2 * np.log(abs(amplitude) / threshold), rel=0.15)
        assert anomaly.peak_xy == pytest.approx(centres[anomaly.kind], abs=1e-6)
        assert inside(centres[anomaly.kind], anomaly.ring)
        assert not anomaly.in_corridor


def test_default_threshold_and_minimum_area(gaussians):
    values, grid, _ = gaussians
    noisy = values + np.random.default_rng(1).normal(0.0, 3.0, values.shape)  # white noise, 3 nT
    _, residual = transforms.regional_residual(noisy, grid, 5000.0)
    spread = anomalies.robust_std(residual)
    assert spread == pytest.approx(3.0, rel=0.1)  # the anomalies do not inflate the robust spread
    found = anomalies.magnetic_anomalies(noisy, grid, 5000.0)
    assert [anomaly.kind for anomaly in found] == ["high", "low"]  # noise specks are below 9 cells
    for anomaly, amplitude in zip(found, (HIGH, LOW)):  # threshold 2 robust standard deviations
        expected = 2 * np.pi * SIGMA**2 * np.log(abs(amplitude) / (2 * spread))
        assert anomaly.area_m2 == pytest.approx(expected, rel=0.15)
    between = 2 * np.pi * SIGMA**2 * np.log(abs(LOW) / 30.0) * 1.2  # larger than the low, smaller than the high
    kept = anomalies.magnetic_anomalies(values, grid, 5000.0, threshold=30.0, min_area=between)
    assert [anomaly.kind for anomaly in kept] == ["high"]


def test_robust_std_ignores_outliers_and_nan():
    rng = np.random.default_rng(0)
    values = rng.normal(0.0, 3.0, 20_000)
    values[:500] = 1e4
    values[500:600] = np.nan
    assert anomalies.robust_std(values) == pytest.approx(3.0, rel=0.05)


def test_nodata_cells_belong_to_no_anomaly(gaussians):
    values, grid, centres = gaussians
    holed = values.copy()
    holed[:, :40] = np.nan  # the west 800 m
    found = anomalies.magnetic_anomalies(holed, grid, 5000.0, threshold=30.0)
    assert [anomaly.kind for anomaly in found] == ["high", "low"]
    assert all(ring_x >= grid.west + 800.0 for anomaly in found for ring_x in anomaly.ring[:, 0])


def test_a_corridor_object_or_ring_marks_the_anomaly_it_overlaps(gaussians):
    values, grid, centres = gaussians
    x, y = centres["low"]
    ring = np.array([(x - 40, y - 1000), (x + 40, y - 1000), (x + 40, y + 1000), (x - 40, y + 1000)])
    found = anomalies.magnetic_anomalies(values, grid, 5000.0, threshold=30.0, corridors=[ring])
    assert {a.kind: a.in_corridor for a in found} == {"high": False, "low": True}
    # a corridor 10 m wide between two columns of cell centres still marks the cells it crosses
    thin = np.array([(x - 15, y - 1000), (x - 5, y - 1000), (x - 5, y + 1000), (x - 15, y + 1000)])
    found = anomalies.magnetic_anomalies(values, grid, 5000.0, threshold=30.0, corridors=[thin])
    assert {a.kind: a.in_corridor for a in found} == {"high": False, "low": True}


def inside(point, ring):
    return bool(points_in_polygon(np.asarray(point, dtype=float), np.asarray(ring))[0])
