"""UTM on WGS84 checked against pyproj (PROJ) and by round trips."""

import numpy as np
import pytest

from lodestone.science import projection

# (zone, south, EPSG, centre lon, centre lat): Desmaraisville, Quebec (18N) and central Australia (54S).
AREAS = [(18, False, 32618, -76.2, 49.6), (54, True, 32754, 140.7, -21.9)]


def _grid(lon0, lat0):
    """A spread of points up to 5 deg in longitude (across the zone edges) and 8 deg in latitude from the centre."""
    return np.meshgrid(np.linspace(lon0 - 5.0, lon0 + 5.0, 41), np.linspace(lat0 - 8.0, lat0 + 8.0, 33))


def _transformer(epsg):
    pyproj = pytest.importorskip("pyproj")
    return pyproj.Transformer.from_crs(4326, epsg, always_xy=True)


@pytest.mark.parametrize(("zone", "south", "epsg", "lon0", "lat0"), AREAS)
def test_forward_matches_pyproj(zone, south, epsg, lon0, lat0):
    lon, lat = _grid(lon0, lat0)
    expected_x, expected_y = _transformer(epsg).transform(lon, lat)
    x, y = projection.lonlat_to_utm(lon, lat, zone, south)
    np.testing.assert_allclose(x, expected_x, rtol=0, atol=1e-3)
    np.testing.assert_allclose(y, expected_y, rtol=0, atol=1e-3)


@pytest.mark.parametrize(("zone", "south", "epsg", "lon0", "lat0"), AREAS)
def test_inverse_matches_pyproj(zone, south, epsg, lon0, lat0):
    lon, lat = _grid(lon0, lat0)
    transformer = _transformer(epsg)
    x, y = transformer.transform(lon, lat)
    expected_lon, expected_lat = transformer.transform(x, y, direction="INVERSE")
    got_lon, got_lat = projection.utm_to_lonlat(x, y, zone, south)
    np.testing.assert_allclose(got_lon, expected_lon, rtol=0, atol=1e-9)
    np.testing.assert_allclose(got_lat, expected_lat, rtol=0, atol=1e-9)


@pytest.mark.parametrize(("zone", "south", "epsg", "lon0", "lat0"), AREAS)
def test_round_trip(zone, south, epsg, lon0, lat0):
    lon, lat = _grid(lon0, lat0)
    back_lon, back_lat = projection.utm_to_lonlat(*projection.lonlat_to_utm(lon, lat, zone, south), zone, south)
    np.testing.assert_allclose(back_lon, lon, rtol=0, atol=1e-9)
    np.testing.assert_allclose(back_lat, lat, rtol=0, atol=1e-9)


def test_origin_and_scalars():
    x, y = projection.lonlat_to_utm(-75.0, 0.0, 18)
    assert (x, y) == (pytest.approx(500000.0, abs=1e-9), pytest.approx(0.0, abs=1e-9))
    assert np.ndim(x) == 0
    x, y = projection.lonlat_to_utm(141.0, 0.0, 54, south=True)
    assert y == pytest.approx(10000000.0, abs=1e-9)
    lon, lat = projection.utm_to_lonlat(500000.0, [0.0, 1000000.0], 18)
    np.testing.assert_allclose(lon, -75.0)
    assert lat.shape == (2,)


@pytest.mark.parametrize(
    ("epsg", "expected"), [(32601, (1, False)), (32618, (18, False)), (32660, (60, False)), (32754, (54, True))]
)
def test_utm_zone_epsg(epsg, expected):
    assert projection.utm_zone_epsg(epsg) == expected


@pytest.mark.parametrize("epsg", [32600, 32661, 32700, 32761, 4326, 3857, "EPSG:32618", None])
def test_utm_zone_epsg_rejects_other_codes(epsg):
    with pytest.raises(ValueError):
        projection.utm_zone_epsg(epsg)


@pytest.mark.parametrize("zone", [0, 61])
def test_zone_out_of_range(zone):
    with pytest.raises(ValueError, match="zone"):
        projection.lonlat_to_utm(0.0, 0.0, zone)
    with pytest.raises(ValueError, match="zone"):
        projection.utm_to_lonlat(500000.0, 0.0, zone)
