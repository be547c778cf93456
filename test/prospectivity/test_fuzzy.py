"""Fuzzy memberships at known points and fuzzy operators by hand."""
import math

import numpy as np
import pytest

from lodestone.science.prospectivity import fuzzy


def test_linear_membership_is_zero_below_one_above_and_straight_between():
    x = np.array([-5.0, 0.0, 25.0, 50.0, 100.0, 120.0, np.nan])
    assert np.allclose(fuzzy.linear(x, 0, 100), [0, 0, 0.25, 0.5, 1, 1, np.nan], equal_nan=True)
    # min > max: the decreasing line (near is favourable, e.g. distance to a structure)
    assert np.allclose(fuzzy.linear(x, 100, 0), [1, 1, 0.75, 0.5, 0, 0, np.nan], equal_nan=True)
    with pytest.raises(ValueError, match="different minimum and maximum"):
        fuzzy.linear(x, 3, 3)


def test_large_and_small_are_one_half_at_the_midpoint():
    x = np.array([0.0, 750.0, 1500.0, 3000.0, np.nan])
    large = fuzzy.large(x, 1500, 5)
    assert large[2] == pytest.approx(0.5) and large[0] == 0.0 and np.isnan(large[4])
    assert large[3] == pytest.approx(1 / (1 + 2.0 ** -5))  # 32/33
    assert large[1] == pytest.approx(1 / (1 + 0.5 ** -5))  # 1/33
    small = fuzzy.small(x, 1500, 5)
    assert small[2] == pytest.approx(0.5) and small[0] == 1.0 and np.isnan(small[4])
    assert np.allclose(small[:4], 1 - large[:4])
    with pytest.raises(ValueError, match="positive midpoint.*'linear' or 'gaussian'"):
        fuzzy.large(x, -10, 5)
    with pytest.raises(ValueError, match="positive spread"):
        fuzzy.small(x, 10, 0)


def test_gaussian_is_one_at_the_midpoint():
    x = np.array([10.0, 12.0, 8.0, np.nan])
    g = fuzzy.gaussian(x, 10, 0.1)
    assert g[0] == 1.0 and g[1] == pytest.approx(math.exp(-0.4)) and g[2] == pytest.approx(g[1])
    assert np.isnan(g[3])


def test_memberships_parse_per_layer_with_defaults_from_the_data():
    specs = fuzzy.parse_memberships("large,1500,5; small, 200 ; linear;none", 4)
    assert specs == [fuzzy.Membership("large", 1500, 5), fuzzy.Membership("small", 200),
                     fuzzy.Membership("linear"), fuzzy.Membership("none")]
    data = np.array([2.0, 4.0, 6.0, np.nan])
    assert specs[1].resolved(data) == fuzzy.Membership("small", 200, 5)  # ArcGIS's default spread
    assert specs[2].resolved(data) == fuzzy.Membership("linear", 2, 6)  # the layer's range
    assert fuzzy.Membership("gaussian").resolved(data) == fuzzy.Membership("gaussian", 4, 0.1)  # mean, 0.1
    assert np.allclose(specs[2].apply(data), [0, 0.5, 1, np.nan], equal_nan=True)
    assert fuzzy.Membership("large").apply(data)[1] == pytest.approx(0.5)  # midpoint = mean
    assert str(specs[0]) == "large,1500,5"
    assert fuzzy.parse_memberships("gaussian", 3) == [fuzzy.Membership("gaussian")] * 3


@pytest.mark.parametrize("text, n, message", [
    ("large; small", 3, "2 memberships for 3 layers"),
    ("steep,1,2", 1, "Unknown membership 'steep'"),
    ("large,a,5", 1, "must be numbers"),
    ("linear,1,2,3", 1, "too many parameters"),
    ("", 2, "Give a membership"),
])
def test_bad_membership_text_is_a_clear_error(text, n, message):
    with pytest.raises(ValueError, match=message):
        fuzzy.parse_memberships(text, n)


def test_none_membership_checks_the_range():
    with pytest.raises(ValueError, match="from 0 to 5"):
        fuzzy.Membership("none").apply(np.array([0.0, 5.0]))


@pytest.fixture
def two():
    return [np.array([0.2, 0.9, np.nan]), np.array([0.5, 0.6, 0.3])]


def test_operators_by_hand(two):
    a, b = two
    assert np.allclose(fuzzy.overlay(two, "and"), [0.2, 0.6, np.nan], equal_nan=True)
    assert np.allclose(fuzzy.overlay(two, "or"), [0.5, 0.9, np.nan], equal_nan=True)
    assert np.allclose(fuzzy.overlay(two, "product"), [0.1, 0.54, np.nan], equal_nan=True)
    # probabilistic sum: 1 - (1 - a)(1 - b)
    assert np.allclose(fuzzy.overlay(two, "sum"), [1 - 0.8 * 0.5, 1 - 0.1 * 0.4, np.nan], equal_nan=True)
    gamma = fuzzy.overlay(two, "gamma", 0.7)
    assert gamma[0] == pytest.approx(0.6 ** 0.7 * 0.1 ** 0.3)
    assert gamma[1] == pytest.approx(0.96 ** 0.7 * 0.54 ** 0.3)
    assert np.isnan(gamma[2])
    # gamma 0 is the product, gamma 1 the sum
    assert np.allclose(fuzzy.overlay(two, "gamma", 0.0)[:2], [0.1, 0.54])
    assert np.allclose(fuzzy.overlay(two, "gamma", 1.0)[:2], [0.6, 0.96])


def test_bad_operator_and_gamma_are_clear_errors(two):
    with pytest.raises(ValueError, match="Unknown operator 'xor'"):
        fuzzy.overlay(two, "xor")
    with pytest.raises(ValueError, match="between 0 .* and 1"):
        fuzzy.overlay(two, "gamma", 1.5)
    with pytest.raises(ValueError, match="at least one layer"):
        fuzzy.overlay([], "and")
