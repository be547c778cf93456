"""Minimum-curvature desurvey against hand computation (textbook formula in inclination/azimuth angles)."""
import numpy as np
import pytest

from lodestone.science.drillholes import desurvey


def textbook_minimum_curvature(md, inc1, az1, inc2, az2):
    """Displacement (east, north, down) between two stations; inclination from vertical, degrees."""
    i1, a1, i2, a2 = np.radians([inc1, az1, inc2, az2])
    beta = np.arccos(np.cos(i2 - i1) - np.sin(i1) * np.sin(i2) * (1 - np.cos(a2 - a1)))
    rf = 1.0 if beta == 0 else 2 / beta * np.tan(beta / 2)
    north = md / 2 * (np.sin(i1) * np.cos(a1) + np.sin(i2) * np.cos(a2)) * rf
    east = md / 2 * (np.sin(i1) * np.sin(a1) + np.sin(i2) * np.sin(a2)) * rf
    down = md / 2 * (np.cos(i1) + np.cos(i2)) * rf
    return np.array([east, north, down])


def test_straight_inclined_hole():
    xyz = desurvey((1000.0, 2000.0, 300.0), [0.0], [45.0], [-60.0], [100.0])
    horizontal = 100 * np.cos(np.radians(60))
    expected = [1000 + horizontal * np.sin(np.radians(45)), 2000 + horizontal * np.cos(np.radians(45)),
                300 - 100 * np.sin(np.radians(60))]
    np.testing.assert_allclose(xyz[0], expected, atol=0.01)


def test_curved_hole_matches_textbook_at_stations():
    depths, azimuths, dips = [0.0, 50.0, 150.0], [320.0, 325.0, 334.0], [-55.0, -52.0, -47.0]
    xyz = desurvey((0.0, 0.0, 0.0), depths, azimuths, dips, depths)
    step1 = textbook_minimum_curvature(50, 35, 320, 38, 325)
    step2 = textbook_minimum_curvature(100, 38, 325, 43, 334)
    expected = np.array([[0, 0, 0], step1, step1 + step2]) * [1, 1, -1]
    np.testing.assert_allclose(xyz, expected, atol=0.01)


def test_dip_positive_down_convention_gives_the_same_hole():
    a = desurvey((0, 0, 0), [0, 100], [10, 20], [-60, -55], [80.0])
    b = desurvey((0, 0, 0), [0, 100], [10, 20], [60, 55], [80.0], dip_negative_down=False)
    np.testing.assert_allclose(a, b)


def test_between_stations_the_point_lies_on_the_arc():
    """Equal spacing along the arc: consecutive sample points are equally far apart (chord of a circle)."""
    xyz = desurvey((0, 0, 0), [0, 100], [0, 90], [-45, -30], np.linspace(0, 100, 11))
    chords = np.linalg.norm(np.diff(xyz, axis=0), axis=1)
    np.testing.assert_allclose(chords, chords[0], rtol=1e-9)
    assert chords[0] < 10.0


def test_beyond_the_last_station_the_hole_goes_straight():
    xyz = desurvey((0, 0, 0), [0, 50], [90, 90], [-45, -45], [50.0, 150.0])
    step = xyz[1] - xyz[0]
    np.testing.assert_allclose(step, [100 * np.cos(np.pi / 4), 0, -100 * np.sin(np.pi / 4)], atol=1e-9)


def test_unsorted_survey_is_refused():
    with pytest.raises(ValueError, match="increasing"):
        desurvey((0, 0, 0), [0, 50, 40], [0, 0, 0], [-60, -60, -60], [10.0])
