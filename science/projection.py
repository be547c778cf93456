"""Universal Transverse Mercator on WGS84 in pure numpy, both directions.

Uses Krüger's series to sixth order in the third flattening n, with the coefficients of Karney (2011),
"Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85:475-485: the truncation error is
below 5 nm within 3900 km of the central meridian, far beyond the needs of any UTM zone.
Longitudes and latitudes are geodetic WGS84 in degrees; x (easting) and y (northing) are in metres with the UTM
scale 0.9996, false easting 500 000 m and, in the southern hemisphere, false northing 10 000 000 m.
"""

from __future__ import annotations

import numpy as np

WGS84_A = 6378137.0  # m, semi-major axis
WGS84_F = 1 / 298.257223563  # flattening
SCALE = 0.9996  # UTM scale on the central meridian
FALSE_EASTING = 500000.0  # m
FALSE_NORTHING_SOUTH = 10000000.0  # m, southern hemisphere only

_E2 = WGS84_F * (2 - WGS84_F)  # first eccentricity squared
_E = np.sqrt(_E2)
_N = WGS84_F / (2 - WGS84_F)  # third flattening
_N_POWERS = _N ** np.arange(1, 7)
# Rectifying radius A: 2πA is the meridian circumference.
_RECTIFYING_RADIUS = WGS84_A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64 + _N**6 / 256)
# Krüger series coefficients alpha_j (conformal -> TM, eq. 35) and beta_j (TM -> conformal, eq. 36), j = 1..6,
# as polynomials in n; column k is the coefficient of n^(k+1).
_ALPHA = np.array([
    [1 / 2, -2 / 3, 5 / 16, 41 / 180, -127 / 288, 7891 / 37800],
    [0, 13 / 48, -3 / 5, 557 / 1440, 281 / 630, -1983433 / 1935360],
    [0, 0, 61 / 240, -103 / 140, 15061 / 26880, 167603 / 181440],
    [0, 0, 0, 49561 / 161280, -179 / 168, 6601661 / 7257600],
    [0, 0, 0, 0, 34729 / 80640, -3418889 / 1995840],
    [0, 0, 0, 0, 0, 212378941 / 319334400],
]) @ _N_POWERS
_BETA = np.array([
    [1 / 2, -2 / 3, 37 / 96, -1 / 360, -81 / 512, 96199 / 604800],
    [0, 1 / 48, 1 / 15, -437 / 1440, 46 / 105, -1118711 / 3870720],
    [0, 0, 17 / 480, -37 / 840, -209 / 4480, 5569 / 90720],
    [0, 0, 0, 4397 / 161280, -11 / 504, -830251 / 7257600],
    [0, 0, 0, 0, 4583 / 161280, -108847 / 3991680],
    [0, 0, 0, 0, 0, 20648693 / 638668800],
]) @ _N_POWERS


def utm_zone_epsg(epsg) -> tuple[int, bool]:
    """(zone, south) of a WGS84 UTM EPSG code: 32601-32660 north, 32701-32760 south; ValueError otherwise."""
    try:
        code = int(epsg)
    except (TypeError, ValueError):
        raise ValueError(f"not a WGS84 UTM EPSG code: {epsg!r}") from None
    if 32601 <= code <= 32660:
        return code - 32600, False
    if 32701 <= code <= 32760:
        return code - 32700, True
    raise ValueError(f"not a WGS84 UTM EPSG code (32601-32660 or 32701-32760): {epsg!r}")


def _central_meridian(zone: int) -> float:
    """Central meridian in degrees of UTM zone 1-60."""
    if not 1 <= zone <= 60:
        raise ValueError(f"UTM zone must be 1-60, got {zone}")
    return 6.0 * zone - 183.0


def _wrap_degrees(angle):
    """Angle in degrees wrapped to [-180, 180)."""
    return (angle + 180.0) % 360.0 - 180.0


def _conformal_tan(tau):
    """tan of the conformal latitude from tau = tan of the geodetic latitude (Karney 2011, section 2)."""
    sigma = np.sinh(_E * np.arctanh(_E * tau / np.hypot(1.0, tau)))
    return tau * np.hypot(1.0, sigma) - sigma * np.hypot(1.0, tau)


def _geodetic_tan(tau_prime):
    """Inverse of :func:`_conformal_tan` by Newton's method (Karney 2011, section 2).

    Starting from tau = tau', two iterations already reach double precision up to |latitude| 89.999 deg; three run.
    """
    tau = tau_prime
    for _ in range(3):
        tau_i_prime = _conformal_tan(tau)
        tau = tau + (tau_prime - tau_i_prime) * (1 + (1 - _E2) * tau**2) / (
            (1 - _E2) * np.hypot(1.0, tau_i_prime) * np.hypot(1.0, tau)
        )
    return tau


def _krueger_sums(coefficients, xi, eta):
    """(sum c_j sin(2j xi) cosh(2j eta), sum c_j cos(2j xi) sinh(2j eta)) over j = 1..6, for same-shaped xi, eta."""
    j = np.arange(1, 7).reshape((6,) + (1,) * np.ndim(xi))
    c = coefficients.reshape(j.shape)
    return (
        np.sum(c * np.sin(2 * j * xi) * np.cosh(2 * j * eta), axis=0),
        np.sum(c * np.cos(2 * j * xi) * np.sinh(2 * j * eta), axis=0),
    )


def lonlat_to_utm(lon, lat, zone: int, south: bool = False):
    """(x, y) in metres in UTM ``zone`` (1-60, southern false northing if ``south``) of WGS84 lon/lat in degrees."""
    lon, lat = np.broadcast_arrays(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    lam = np.radians(_wrap_degrees(lon - _central_meridian(zone)))
    tau_prime = _conformal_tan(np.tan(np.radians(lat)))
    xi_prime = np.arctan2(tau_prime, np.cos(lam))
    eta_prime = np.arcsinh(np.sin(lam) / np.hypot(tau_prime, np.cos(lam)))
    d_xi, d_eta = _krueger_sums(_ALPHA, xi_prime, eta_prime)
    x = FALSE_EASTING + SCALE * _RECTIFYING_RADIUS * (eta_prime + d_eta)
    y = SCALE * _RECTIFYING_RADIUS * (xi_prime + d_xi) + (FALSE_NORTHING_SOUTH if south else 0.0)
    return x[()], y[()]


def utm_to_lonlat(x, y, zone: int, south: bool = False):
    """(lon, lat) in WGS84 degrees of x, y in metres in UTM ``zone`` (southern false northing if ``south``)."""
    central_meridian = _central_meridian(zone)
    x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    xi = (y - (FALSE_NORTHING_SOUTH if south else 0.0)) / (SCALE * _RECTIFYING_RADIUS)
    eta = (x - FALSE_EASTING) / (SCALE * _RECTIFYING_RADIUS)
    d_xi, d_eta = _krueger_sums(_BETA, xi, eta)
    xi_prime, eta_prime = xi - d_xi, eta - d_eta
    tau_prime = np.sin(xi_prime) / np.hypot(np.sinh(eta_prime), np.cos(xi_prime))
    lam = np.arctan2(np.sinh(eta_prime), np.cos(xi_prime))
    lat = np.degrees(np.arctan(_geodetic_tan(tau_prime)))
    lon = _wrap_degrees(central_meridian + np.degrees(lam))
    return lon[()], lat[()]
