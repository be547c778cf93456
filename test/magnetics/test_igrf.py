"""IGRF-14 synthesis checked against the independent ppigrf package, published values and its own invariants."""

import datetime

import numpy as np
import pytest

from lodestone.science.magnetics import igrf

LATITUDES = np.array([-89.9, -89.0, -80.0, -75.0, -60.0, -45.0, -21.93, 0.0, 21.0, 45.0, 49.6, 60.0, 75.0, 85.0, 89.9])
LONGITUDES = np.arange(-180.0, 180.0, 15.0)
DATES = [
    datetime.datetime(1900, 1, 1),
    datetime.datetime(1927, 3, 3),
    datetime.datetime(1990, 7, 1),
    datetime.datetime(2019, 10, 20),
    datetime.datetime(2025, 1, 1),
    datetime.datetime(2029, 6, 15, 18),
    datetime.datetime(2030, 1, 1),
]


def _ppigrf_field(lon, lat, altitude_m, when):
    """(north, east, down) in nT from ppigrf, which takes height in km and returns (east, north, up)."""
    ppigrf = pytest.importorskip("ppigrf")
    east, north, up = ppigrf.igrf(lon, lat, altitude_m / 1000.0, when)
    return north[0], east[0], -up[0]


def _ppigrf_year(when):
    """Decimal year at which ppigrf evaluates ``when`` (it interpolates linearly in time between 1 January epochs)."""
    start = datetime.datetime(when.year - when.year % 5, 1, 1)
    end = datetime.datetime(start.year + 5, 1, 1)
    return start.year + 5 * ((when - start) / (end - start))


def _angle_difference(a, b):
    return (np.asarray(a) - b + 180.0) % 360.0 - 180.0


@pytest.mark.parametrize("altitude", [0.0, 5000.0])
@pytest.mark.parametrize("when", DATES, ids=lambda d: d.date().isoformat())
def test_matches_ppigrf_at_the_same_instant(when, altitude):
    lon, lat = np.meshgrid(LONGITUDES, LATITUDES)
    expected = _ppigrf_field(lon, lat, altitude, when)
    field = igrf.igrf_field(lon, lat, altitude, _ppigrf_year(when))
    for got, ref in zip(field, expected):
        np.testing.assert_allclose(got, ref, rtol=0, atol=1.0)
    inc, dec, total = igrf.field_elements(*field)
    ref_inc, ref_dec, ref_total = igrf.field_elements(*expected)
    assert np.abs(inc - ref_inc).max() < 0.01
    assert np.abs(_angle_difference(dec, ref_dec)).max() < 0.01
    assert np.abs(total - ref_total).max() < 1.0


@pytest.mark.parametrize("altitude", [0.0, 5000.0])
@pytest.mark.parametrize("when", DATES, ids=lambda d: d.date().isoformat())
def test_matches_ppigrf_for_calendar_dates(when, altitude):
    # The two packages put a date at slightly different fractions of its 5-year interval (up to ~0.3 day apart);
    # declination is only compared where the horizontal field is strong enough for that not to matter.
    lon, lat = np.meshgrid(LONGITUDES, LATITUDES)
    expected = igrf.field_elements(*_ppigrf_field(lon, lat, altitude, when))
    inc, dec, total = igrf.igrf(lon, lat, altitude, when)
    north, east, _ = igrf.igrf_field(lon, lat, altitude, when)
    steady = np.hypot(north, east) > 1000.0
    assert np.abs(inc - expected[0]).max() < 0.01
    assert np.abs(_angle_difference(dec, expected[1])[steady]).max() < 0.01
    assert np.abs(total - expected[2]).max() < 1.0


def test_published_value_central_australia_1990():
    inc, dec, total = igrf.igrf(140.67, -21.93, 440.0, datetime.date(1990, 7, 1))
    assert inc == pytest.approx(-53.1, abs=0.1)
    assert dec == pytest.approx(6.7, abs=0.1)
    assert total == pytest.approx(51966.0, abs=20.0)


def test_desmaraisville_quebec_2019():
    when = datetime.date(2019, 10, 20)
    inc, dec, total = igrf.igrf(-76.2, 49.6, 300.0, when)
    ref_inc, ref_dec, ref_total = igrf.field_elements(
        *_ppigrf_field(-76.2, 49.6, 300.0, datetime.datetime(2019, 10, 20))
    )
    assert inc == pytest.approx(ref_inc, abs=0.01)
    assert dec == pytest.approx(ref_dec, abs=0.01)
    assert total == pytest.approx(ref_total, abs=1.0)
    assert 72.0 < inc < 75.0  # steep, downward
    assert -15.0 < dec < -12.0  # westerly


def test_poles_are_regular():
    for lat in (90.0, -90.0):
        near = igrf.igrf_field(0.0, np.copysign(89.99999, lat), 0.0, 2020.0)
        at_pole = [igrf.igrf_field(lon, lat, 0.0, 2020.0) for lon in (0.0, 123.0)]
        for north, east, down in at_pole:
            assert np.isfinite([north, east, down]).all()
            assert down == pytest.approx(near[2], abs=0.1)
            assert np.hypot(north, east) == pytest.approx(np.hypot(near[0], near[1]), abs=0.1)
        # the same point whatever the longitude: same vector, only the meridian used as "north" turns
        assert at_pole[0][2] == pytest.approx(at_pole[1][2], abs=1e-6)
        assert np.hypot(*at_pole[0][:2]) == pytest.approx(np.hypot(*at_pole[1][:2]), abs=1e-6)


def test_schmidt_legendre_functions():
    special = pytest.importorskip("scipy.special")
    theta = np.linspace(0.0, np.pi, 37)
    step = 1e-6
    terms = igrf._schmidt_legendre(np.cos(theta), np.sin(theta), 13)
    plus = {(n, m): p for n, m, p, _, _ in igrf._schmidt_legendre(np.cos(theta + step), np.sin(theta + step), 13)}
    minus = {(n, m): p for n, m, p, _, _ in igrf._schmidt_legendre(np.cos(theta - step), np.sin(theta - step), 13)}
    count = 0
    for n, m, p, dp, q in terms:
        norm = 1.0 if m == 0 else np.sqrt(2.0 * special.factorial(n - m) / special.factorial(n + m))
        expected = norm * (-1) ** m * special.lpmv(m, n, np.cos(theta))  # scipy includes the Condon-Shortley phase
        np.testing.assert_allclose(p, expected, atol=1e-12)
        np.testing.assert_allclose(dp, (plus[n, m] - minus[n, m]) / (2 * step), atol=1e-7)
        np.testing.assert_allclose(q * np.sin(theta), p if m else 0.0, atol=1e-12)
        count += 1
    assert count == 14 * 15 // 2


def test_broadcasting_and_scalars():
    north, east, down = igrf.igrf_field([-76.2, 140.67], [[49.6], [-21.93], [0.0]], 0.0, 2020.0)
    assert north.shape == east.shape == down.shape == (3, 2)
    inc, dec, total = igrf.igrf(-76.2, 49.6, 0.0, 2020.0)
    assert all(np.ndim(v) == 0 for v in (inc, dec, total))
    assert igrf.igrf(-76.2, 49.6, 0.0, 2020.0)[0] == pytest.approx(inc)


def test_field_elements_conventions():
    inc, dec, total = igrf.field_elements(100.0, -100.0, 100.0 * np.sqrt(2.0))
    assert inc == pytest.approx(45.0)
    assert dec == pytest.approx(-45.0)  # east negative: west of north
    assert total == pytest.approx(200.0)
    inc, dec, _ = igrf.field_elements(0.0, 50.0, -50.0)
    assert inc == pytest.approx(-45.0)  # pointing up
    assert dec == pytest.approx(90.0)  # due east


@pytest.mark.parametrize(
    "when",
    [datetime.date(1899, 12, 31), datetime.datetime(2030, 1, 1, 0, 0, 1), 2031.0, 1850.5, float("nan")],
)
def test_dates_outside_the_model_raise(when):
    with pytest.raises(ValueError, match="1900.0 to 2030.0"):
        igrf.igrf(0.0, 0.0, 0.0, when)


def test_latitude_outside_range_raises():
    with pytest.raises(ValueError, match="latitude"):
        igrf.igrf_field(0.0, 90.5, 0.0, 2020.0)


def test_decimal_year():
    assert igrf.decimal_year(datetime.date(2020, 7, 2)) == pytest.approx(2020.5)
    assert igrf.decimal_year(datetime.datetime(2019, 7, 2, 12)) == pytest.approx(2019.5)
    assert igrf.decimal_year(datetime.date(2021, 1, 1)) == 2021.0
    assert igrf.decimal_year(2019.25) == 2019.25
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    assert igrf.decimal_year(datetime.datetime(2021, 1, 1, 1, tzinfo=plus_two)) < 2021.0  # 2020-12-31 23:00 UTC


def test_coefficient_table():
    coefficients = igrf.load_coefficients()
    assert coefficients is igrf.load_coefficients()  # cached
    np.testing.assert_array_equal(coefficients.epochs, np.arange(1900.0, 2030.1, 5.0))
    assert coefficients.g.shape == coefficients.h.shape == (27, 14, 14)
    assert coefficients.g[0, 1, 0] == -31543.0
    assert coefficients.h[0, 1, 1] == 5922.0
    assert coefficients.g[-2, 1, 0] == -29350.0
    assert coefficients.h[-1, 13, 13] == -0.5
    assert not coefficients.h[:, :, 0].any()
    assert not coefficients.g.flags.writeable
    explicit = igrf.load_coefficients(igrf.DEFAULT_COEFFICIENTS_PATH)
    np.testing.assert_array_equal(explicit.g, coefficients.g)
