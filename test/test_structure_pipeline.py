"""The CET chain end to end against known truth: synthetic dykes at the pole, and the demo property.

Scored as science.md section 4 says: junction precision and recall within 5 cells, and rank correlation of the
complexity maps made from the extracted lineaments with the same maps made from the true traces.
"""
import numpy as np
import pytest
from scipy.stats import spearmanr

from lodestone.science import complexity, corridors, demo, lineament_scoring, lineaments, synthetic, transforms
from lodestone.science.features import points_in_polygon
from lodestone.science.grid import GridSpec

CELL = 50.0


@pytest.fixture(scope="module", params=[3, 11])
def dykes(request):
    grid = GridSpec(500_000.0, 7_000_000.0, CELL, CELL, 300, 300)
    field, traces = synthetic.dyke_field(grid, n_dykes=14, seed=request.param)
    extracted, _ = lineaments.extract_lineaments(field, grid, min_wavelength_m=3 * CELL, polarity=1)
    return grid, traces, extracted


@pytest.mark.xfail(strict=True, reason="issue 4 open: phase symmetry breaks a weak dyke for 5-10 cells where a strong "
                   "one crosses it and the 3-cell raster bridge does not close it; measured recall 0.27-0.35 "
                   "(0.50 with a 12-cell bridge) against the 0.6 bar. Needs vector-level gap bridging.")
def test_junctions_and_crossings_are_found(dykes):
    grid, traces, extracted = dykes
    true_points = synthetic.true_junctions(traces, grid)
    found, _ = complexity.find_junctions([line.coords for line in extracted], snap_distance=2 * CELL)
    precision, recall = lineament_scoring.point_scores(found, true_points, tolerance_m=5 * CELL)
    assert recall >= 0.6 and precision >= 0.5, f"junctions: precision {precision:.2f}, recall {recall:.2f}"


@pytest.mark.xfail(strict=True, reason="issue 4 open: with crossings broken (see above) orientation entropy ranks "
                   "at 0.52-0.67 against the 0.7 bar.")
def test_complexity_maps_rank_like_the_maps_of_the_true_traces(dykes):
    grid, traces, extracted = dykes
    sigma = 10 * CELL
    lines = [line.coords for line in extracted]
    truth = [np.asarray(t, dtype=float) for t in traces]
    entropy = complexity.orientation_entropy(lines, grid, sigma)
    true_entropy = complexity.orientation_entropy(truth, grid, sigma)
    both = np.isfinite(entropy) & np.isfinite(true_entropy)
    rho_entropy = spearmanr(entropy[both], true_entropy[both])[0]
    points, _ = complexity.find_junctions(lines, snap_distance=2 * CELL)
    true_points = synthetic.true_junctions(traces, grid)
    contact = complexity.contact_density(points, grid, sigma)
    true_contact = complexity.contact_density(true_points, grid, sigma)
    rho_contact = spearmanr(contact.ravel(), true_contact.ravel())[0]
    assert rho_entropy >= 0.7, f"orientation entropy rank correlation {rho_entropy:.2f}"
    assert rho_contact >= 0.6, f"contact density rank correlation {rho_contact:.2f}"


@pytest.fixture(scope="module")
def demo_rtp():
    origin = np.asarray(demo.ORIGIN)
    grid = GridSpec.from_bounds(*(origin + [1300, 1000]), *(origin + [4600, 3000]), 25.0)
    east, north = grid.mesh()
    inclination, declination, _ = demo.main_field()
    return transforms.reduce_to_pole(demo.magnetic_anomaly(east, north), grid, inclination, declination), grid


@pytest.mark.xfail(strict=True, reason="issue 4 open: the corridor's NE lineaments are broken by the bodies and "
                   "dykes crossing it (gaps up to 370 m); the traced corridor is 1.1 km against 2.2 +- 0.3 km.")
def test_demo_ne_corridor_is_one_corridor_of_2_2_km(demo_rtp):
    rtp, grid = demo_rtp
    extracted, _ = lineaments.extract_lineaments(rtp, grid, min_wavelength_m=75.0, polarity=0)
    found = corridors.trend_corridors([line.coords for line in extracted], grid, 30.0, 70.0, min_length=500.0)
    centre = demo.corridor_point(0.5) + np.asarray(demo.ORIGIN)
    containing = [c for c in found if _inside(centre, c.ring) or
                  np.min(np.hypot(*(c.ring - centre).T)) < 150.0]
    assert len(containing) == 1, [(c.strike_length_m, c.azimuth_deg) for c in found]
    corridor = containing[0]
    assert corridor.strike_length_m == pytest.approx(2200, abs=300)
    assert corridor.azimuth_deg == pytest.approx(demo.corridor_azimuth(), abs=10)


def _inside(point, ring):
    return bool(points_in_polygon(np.asarray(point), np.asarray(ring))[0])
