"""International Geomagnetic Reference Field, 14th generation (IGRF-14), main field to degree 13, in pure numpy.

Gauss coefficients come from ``resources/igrf14.shc`` (IAGA Working Group V-MOD, Alken et al. 2025), valid from
1900.0 to 2030.0 and linearly interpolated between its 5-year epochs (the last interval is the predictive
secular variation). Positions are geodetic on WGS84: longitude and latitude in degrees, altitude in metres above
the ellipsoid. Field components are in nT in the local geodetic frame (north, east, down); inclination is
positive downward and declination clockwise from geographic north, both in degrees.
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import NamedTuple

import numpy as np

DEFAULT_COEFFICIENTS_PATH = Path(__file__).resolve().parents[2] / "resources" / "igrf14.shc"
REFERENCE_RADIUS = 6371200.0  # m, the IGRF's geomagnetic reference radius
WGS84_A = 6378137.0  # m, semi-major axis
WGS84_F = 1 / 298.257223563  # flattening
WGS84_E2 = WGS84_F * (2 - WGS84_F)  # first eccentricity squared


class Coefficients(NamedTuple):
    """Gauss coefficients in nT, ``g[k, n, m]`` and ``h[k, n, m]`` (degree n, order m), at ``epochs[k]`` in years."""

    epochs: np.ndarray
    g: np.ndarray
    h: np.ndarray


def _read_shc(path: Path) -> Coefficients:
    """Parse an SHC file: '#' comments, a parameter line (nmin nmax n_epochs ...), the epochs, then rows ``n m c...``.

    Rows with m >= 0 hold g_n^m and rows with m < 0 hold h_n^|m|, one value per epoch.
    """
    rows = [line.split() for line in Path(path).read_text().splitlines() if line.strip() and not line.startswith("#")]
    nmax, n_epochs = int(rows[0][1]), int(rows[0][2])
    epochs = np.array(rows[1], dtype=float)
    if epochs.size != n_epochs:
        raise ValueError(f"{path}: expected {n_epochs} epochs, found {epochs.size}")
    g = np.zeros((n_epochs, nmax + 1, nmax + 1))
    h = np.zeros_like(g)
    for row in rows[2:]:
        n, m = int(row[0]), int(row[1])
        if len(row) != n_epochs + 2:
            raise ValueError(f"{path}: row n={n} m={m} has {len(row) - 2} values, expected {n_epochs}")
        (g if m >= 0 else h)[:, n, abs(m)] = np.array(row[2:], dtype=float)
    for array in (epochs, g, h):
        array.flags.writeable = False
    return Coefficients(epochs, g, h)


@functools.lru_cache(maxsize=1)
def _default_coefficients() -> Coefficients:
    return _read_shc(DEFAULT_COEFFICIENTS_PATH)


def load_coefficients(path: str | Path | None = None) -> Coefficients:
    """Read IGRF coefficients from an SHC file; ``None`` gives the bundled IGRF-14 table (cached, read-only arrays)."""
    return _default_coefficients() if path is None else _read_shc(Path(path))


def decimal_year(date) -> float:
    """Decimal year of a ``datetime.date`` or ``datetime.datetime`` (aware ones are taken in UTC), or of a number.

    The fraction is elapsed time over the length of that calendar year, so 2020-07-02 12:00 is 2020.5.
    """
    if isinstance(date, datetime.datetime):
        if date.tzinfo is not None:
            date = date.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        start = datetime.datetime(date.year, 1, 1)
        return date.year + (date - start) / (datetime.datetime(date.year + 1, 1, 1) - start)
    if isinstance(date, datetime.date):
        return decimal_year(datetime.datetime(date.year, date.month, date.day))
    return float(date)


def _coefficients_at(coefficients: Coefficients, year: float) -> tuple[np.ndarray, np.ndarray]:
    """(g, h) in nT, each (nmax+1, nmax+1), linearly interpolated to ``year``; ValueError outside the epochs."""
    epochs = coefficients.epochs
    if not epochs[0] <= year <= epochs[-1]:
        raise ValueError(
            f"IGRF-14 is defined from {epochs[0]:.1f} to {epochs[-1]:.1f}; date {year:.3f} (decimal year) is outside"
        )
    k = min(int(np.searchsorted(epochs, year, side="right")) - 1, epochs.size - 2)
    w = (year - epochs[k]) / (epochs[k + 1] - epochs[k])
    g, h = coefficients.g, coefficients.h
    return (1 - w) * g[k] + w * g[k + 1], (1 - w) * h[k] + w * h[k + 1]


def _schmidt_legendre(cos_t: np.ndarray, sin_t: np.ndarray, nmax: int):
    """Yield ``(n, m, P, dP, Q)`` for 0 <= m <= n <= nmax, all m-columns in turn.

    P is the Schmidt semi-normalised associated Legendre function P_n^m(cos θ) (no Condon-Shortley phase), dP its
    derivative with respect to colatitude θ and Q = P / sin θ (zero for m = 0, where it is not needed). Each column
    starts from the sectoral P_m^m and recurses upward in n; Q has its own recursion, so nothing divides by sin θ
    and the poles are regular.
    """
    zero = np.zeros_like(cos_t)
    p_mm, dp_mm, q_mm = np.ones_like(cos_t), zero, zero
    for m in range(nmax + 1):
        if m > 0:
            c = 1.0 if m == 1 else np.sqrt((2 * m - 1) / (2 * m))
            q_mm = c * p_mm
            p_mm, dp_mm = sin_t * q_mm, c * (cos_t * p_mm + sin_t * dp_mm)
        p, dp, q = p_mm, dp_mm, q_mm
        p2 = dp2 = q2 = zero  # degree n - 2
        yield m, m, p, dp, q
        for n in range(m + 1, nmax + 1):
            a = (2 * n - 1) / np.sqrt(n * n - m * m)
            b = np.sqrt(((n - 1) ** 2 - m * m) / (n * n - m * m))  # zero for n = m + 1
            p, dp, q, p2, dp2, q2 = (
                a * cos_t * p - b * p2,
                a * (cos_t * dp - sin_t * p) - b * dp2,
                a * cos_t * q - b * q2,
                p,
                dp,
                q,
            )
            yield n, m, p, dp, q


def _geocentric_field(g: np.ndarray, h: np.ndarray, r: np.ndarray, theta: np.ndarray, phi: np.ndarray):
    """Spherical-harmonic synthesis: (B_r, B_theta, B_phi) in nT, radial up, theta southward, phi eastward.

    ``r`` is the geocentric radius in metres, ``theta`` the geocentric colatitude and ``phi`` the longitude in
    radians; ``g`` and ``h`` are (nmax+1, nmax+1) Gauss coefficients in nT.
    """
    nmax = g.shape[0] - 1
    ratio = REFERENCE_RADIUS / r
    radial = [ratio ** (n + 2) for n in range(nmax + 1)]
    cos_mphi = [np.cos(m * phi) for m in range(nmax + 1)]
    sin_mphi = [np.sin(m * phi) for m in range(nmax + 1)]
    b_r, b_theta, b_phi = np.zeros_like(r), np.zeros_like(r), np.zeros_like(r)
    for n, m, p, dp, q in _schmidt_legendre(np.cos(theta), np.sin(theta), nmax):
        if n == 0:
            continue
        in_phase = g[n, m] * cos_mphi[m] + h[n, m] * sin_mphi[m]
        quadrature = g[n, m] * sin_mphi[m] - h[n, m] * cos_mphi[m]
        b_r = b_r + (n + 1) * radial[n] * in_phase * p
        b_theta = b_theta - radial[n] * in_phase * dp
        b_phi = b_phi + m * radial[n] * quadrature * q
    return b_r, b_theta, b_phi


def _geodetic_to_geocentric(latitude_rad: np.ndarray, altitude: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(radius in m, geocentric latitude in rad) of a WGS84 geodetic latitude (rad) and altitude (m)."""
    sin_lat, cos_lat = np.sin(latitude_rad), np.cos(latitude_rad)
    prime_vertical = WGS84_A / np.sqrt(1 - WGS84_E2 * sin_lat**2)
    rho = (prime_vertical + altitude) * cos_lat
    z = (prime_vertical * (1 - WGS84_E2) + altitude) * sin_lat
    return np.hypot(rho, z), np.arctan2(z, rho)


def igrf_field(longitude, latitude, altitude, date):
    """IGRF-14 field components (north, east, down) in nT at geodetic WGS84 positions on one date.

    ``longitude`` and ``latitude`` in degrees, ``altitude`` in metres above the ellipsoid (array-likes that
    broadcast together); ``date`` as accepted by :func:`decimal_year`, between 1900.0 and 2030.0 (else ValueError).
    North and down are along the geodetic (ellipsoid-normal) frame. Scalars in give numpy scalars out.
    """
    g, h = _coefficients_at(load_coefficients(), decimal_year(date))
    lon, lat, alt = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (longitude, latitude, altitude)))
    if np.any(np.abs(lat) > 90):
        raise ValueError("latitude must be within [-90, 90] degrees")
    lat_rad = np.radians(lat)
    r, lat_geocentric = _geodetic_to_geocentric(lat_rad, alt)
    b_r, b_theta, b_phi = _geocentric_field(g, h, r, np.pi / 2 - lat_geocentric, np.radians(lon))
    delta = lat_rad - lat_geocentric  # rotation from the geocentric to the geodetic frame, about east
    north_c, down_c = -b_theta, -b_r
    north = north_c * np.cos(delta) + down_c * np.sin(delta)
    down = down_c * np.cos(delta) - north_c * np.sin(delta)
    return north[()], b_phi[()], down[()]


def field_elements(north, east, down):
    """(inclination, declination, intensity) from field components in nT.

    Inclination in degrees positive downward, declination in degrees clockwise (east) from geographic north in
    (-180, 180], total intensity in nT.
    """
    north, east, down = (np.asarray(v, dtype=float) for v in (north, east, down))
    horizontal = np.hypot(north, east)
    inclination = np.degrees(np.arctan2(down, horizontal))
    declination = np.degrees(np.arctan2(east, north))
    return inclination[()], declination[()], np.hypot(horizontal, down)[()]


def igrf(longitude, latitude, altitude, date):
    """(inclination deg, declination deg, intensity nT) of the IGRF-14 field; arguments as for :func:`igrf_field`."""
    return field_elements(*igrf_field(longitude, latitude, altitude, date))
