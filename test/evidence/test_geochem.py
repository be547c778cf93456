"""Geochemistry: laboratory values as reported, inverse distance and radial basis functions onto a grid."""
import math

import numpy as np
import pytest

from lodestone.science.demo import property as demo
from lodestone.science.evidence import geochem
from lodestone.science.grid import GridSpec

GRID = GridSpec(0.0, 1000.0, 10.0, 10.0, 100, 100)


@pytest.mark.parametrize("text, number, kind", [
    ("<5", 2.5, "below"), ("< 0.005", 0.0025, "below"), ("-5", 2.5, "below"), (-10, 5.0, "below"),
    (">10000", 10000.0, "above"), ("12", 12.0, "value"), (" 3.5 ", 3.5, "value"), (7, 7.0, "value"),
    ("", math.nan, "skipped"), (None, math.nan, "skipped"), ("n.a.", math.nan, "skipped"), ("IS", math.nan, "skipped"),
    (float("nan"), math.nan, "skipped"), ("<", math.nan, "skipped"),
])
def test_parse_lab_value(text, number, kind):
    parsed, parsed_kind = geochem.parse_lab_value(text)
    assert parsed_kind == kind
    assert (math.isnan(parsed) and math.isnan(number)) or parsed == pytest.approx(number)


def test_parse_lab_values_counts_what_it_substituted_and_skipped():
    lab = geochem.parse_lab_values(["<5", "12", ">10000", "", "IS", "<5", None, 3])
    np.testing.assert_array_equal(lab.values[[0, 1, 2, 5, 7]], [2.5, 12.0, 10000.0, 2.5, 3.0])
    assert (lab.below_detection, lab.above_limit, lab.skipped) == (2, 1, 3)
    assert lab.skipped_examples == ["''", "'IS'", "None"]
    np.testing.assert_array_equal(lab.valid, [True, True, True, False, False, True, False, True])


def test_demo_soils_below_detection_are_half_the_limit(demo_property):
    labels = demo_property.layers["soil_samples"].column("au_ppb")
    lab = geochem.parse_lab_values(labels)
    below = np.char.startswith(labels.astype(str), "<")
    assert lab.below_detection == int(below.sum()) > 100 and lab.skipped == 0
    np.testing.assert_array_equal(lab.values[below], demo.SOIL_DETECTION_LIMIT_PPB / 2)


def test_idw_reproduces_the_data_at_the_data_points():
    rng = np.random.default_rng(3)
    row, col = rng.choice(100, 40, replace=False), rng.choice(100, 40, replace=False)
    x, y = GRID.x_centres()[col], GRID.y_centres()[row]
    values = rng.uniform(1, 100, 40)
    result = geochem.interpolate(x, y, values, GRID, search_radius=300.0)
    np.testing.assert_allclose(result[row, col], values)


def test_idw_matches_a_hand_computed_cell():
    # cell (row 50, col 50) has its centre at (505, 495)
    x, y = np.array([505.0, 535.0, 505.0, 900.0]), np.array([535.0, 495.0, 455.0, 900.0])
    values = [10.0, 20.0, 40.0, 99.0]
    result = geochem.interpolate(x, y, values, GRID, search_radius=100.0, power=2.0)
    weights = np.array([1 / 40.0**2, 1 / 30.0**2, 1 / 40.0**2])  # the fourth sample is beyond the radius
    assert result[50, 50] == pytest.approx((weights @ [10.0, 20.0, 40.0]) / weights.sum())
    cubed = geochem.interpolate(x, y, values, GRID, search_radius=100.0, power=3.0)
    weights = weights ** 1.5
    assert cubed[50, 50] == pytest.approx((weights @ [10.0, 20.0, 40.0]) / weights.sum())


def test_cells_beyond_the_search_radius_are_nodata():
    result = geochem.interpolate([505.0], [495.0], [7.0], GRID, search_radius=50.0)
    east, north = GRID.mesh()
    near = np.hypot(east - 505.0, north - 495.0) <= 50.0
    np.testing.assert_array_equal(np.isfinite(result), near)
    np.testing.assert_allclose(result[near], 7.0)


def test_automatic_radius_is_three_median_spacings():
    x, y = np.meshgrid(np.arange(105.0, 900.0, 50.0), np.arange(105.0, 900.0, 50.0))
    assert geochem.median_spacing(x.ravel(), y.ravel()) == pytest.approx(50.0)
    result = geochem.interpolate(x.ravel(), y.ravel(), np.ones(x.size), GRID)
    east, north = GRID.mesh()
    nearest = np.min([np.hypot(east - px, north - py) for px, py in zip(x.ravel(), y.ravel())], axis=0)
    np.testing.assert_array_equal(np.isfinite(result), nearest <= 150.0)


def test_log_transform_gives_log10_units():
    result = geochem.interpolate([505.0, 705.0], [495.0, 495.0], [100.0, 1000.0], GRID, search_radius=50.0,
                                 log_transform=True)
    assert result[50, 50] == pytest.approx(2.0) and result[50, 70] == pytest.approx(3.0)
    with pytest.raises(ValueError, match="1 samples are zero.*Turn off the log transform"):
        geochem.interpolate([505.0, 705.0], [495.0, 495.0], [0.0, 10.0], GRID, search_radius=50.0,
                            log_transform=True)


def test_coincident_samples_are_averaged():
    x, y = [505.0, 505.0, 605.0, 505.0], [495.0, 495.0, 495.0, 595.0]
    for method in ("idw", "rbf"):  # a radial basis function through two different values would be singular
        result = geochem.interpolate(x, y, [2.0, 4.0, 3.0, 3.0], GRID, search_radius=30.0, method=method)
        assert result[50, 50] == pytest.approx(3.0)


@pytest.mark.parametrize("n, grid", [(60, GRID), (4500, GridSpec(0.0, 1000.0, 50.0, 50.0, 20, 20))])
def test_rbf_reproduces_a_linear_field_and_the_data(n, grid):  # global, then local (nearest samples) fits
    rng = np.random.default_rng(n)
    x, y = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    values = 3.0 + 0.02 * x - 0.01 * y
    result = geochem.interpolate(x, y, values, grid, method="rbf", search_radius=400.0)
    east, north = grid.mesh()
    np.testing.assert_allclose(result, 3.0 + 0.02 * east - 0.01 * north, atol=1e-6)
    bumpy = values + np.sin(x / 50.0)
    at_points = geochem.interpolate(x[:3], y[:3], bumpy[:3], GridSpec(x[0] - 5, y[0] + 5, 10, 10, 1, 1),
                                    method="rbf", search_radius=2000.0)
    assert at_points[0, 0] == pytest.approx(bumpy[0], abs=1e-6)


def test_bad_interpolation_input_says_what_to_do():
    with pytest.raises(ValueError, match="No sample has a usable value"):
        geochem.interpolate([1.0], [1.0], [np.nan], GRID)
    with pytest.raises(ValueError, match="at least 3 sample locations.*inverse distance"):
        geochem.interpolate([1.0, 2.0], [1.0, 2.0], [1.0, 2.0], GRID, method="rbf", search_radius=100.0)
    with pytest.raises(ValueError, match="Unknown interpolation method 'kriging'"):
        geochem.interpolate([1.0], [1.0], [1.0], GRID, method="kriging")
    with pytest.raises(ValueError, match="power must be positive"):
        geochem.interpolate([1.0], [1.0], [1.0], GRID, power=0.0, search_radius=10.0)
    with pytest.raises(ValueError, match="One sample location is not enough.*give one in metres"):
        geochem.interpolate([1.0, 1.0], [1.0, 1.0], [1.0, 2.0], GRID)
    with pytest.raises(ValueError, match="search radius must be positive"):
        geochem.interpolate([1.0, 5.0], [1.0, 1.0], [1.0, 2.0], GRID, search_radius=-1.0)
