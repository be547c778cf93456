"""Magnetic fields of uniformly magnetised rectangular prisms and point dipoles.

Conventions:
- coordinates are (easting, northing, upward) in metres;
- magnetisation vectors are (east, north, up) components in A/m, dipole moments (east, north, up) in A m²;
- fields are returned as (east, north, up) components in nT;
- field directions are given by inclination (degrees, positive downward) and declination (degrees, clockwise from
  north).

The prism field follows Bhattacharyya (1964) and Blakely (1995, ch. 9) in the tensor form of Nagy et al. (2000):
with ``Phi(p) = integral over the prism of 1 / |q - p| dV`` (m²) the field is ``B = mu0 / (4 pi) grad grad Phi . M``
(the point-dipole limit is ``mu0 / (4 pi) (3 (m . r^) r^ - m) / r^3``). Each second derivative of ``Phi`` is a signed
sum over the 8 vertices (sign: product over the axes of -1 for a lower, +1 for an upper bound) of closed-form kernels
of the offsets ``(x, y, z) = vertex - point`` and ``r = |(x, y, z)|``::

    Phi_xx: -atan(y z / (x r))        Phi_xy: log(z + r)        (and cyclic permutations)

For speed and stability the vertex kernels are differenced along the prism edges:
- the two atan terms of an edge are merged into one ``atan2`` (with ``|x|`` and ``sign(x)`` so that each angle stays
  in [-pi/2, pi/2]);
- ``log(c + r)`` is evaluated through ``c + r = rho² / (|c| + r)`` for ``c <= 0`` (rho: distance to the edge's line),
  which has no cancellation;
- ``Phi_zz`` follows from Laplace's equation (trace 0 outside the prism, -4 pi inside).

Boundary points never give NaN:
- on the plane of a face a zero offset counts as lying just outside the prism, so a point on a face gets the field
  just outside it (as choclo does);
- on an edge the off-diagonal kernel genuinely diverges, like ``-2 log(distance to the edge)``; the divergent part
  is dropped, so the value returned there (and at a vertex) is finite but not physical.
Points strictly inside the prism get ``mu0 H`` (the magnetisation itself is not added).
"""

import numpy as np

MU0 = 4e-7 * np.pi
"""Vacuum permeability in T m / A (the exact pre-2019 value; CODATA 2018 is larger by 5.5e-10 relative)."""

_NT_PER_AM = 100.0
"""mu0 / (4 pi) in nT m / A: converts ``grad grad Phi . M`` (A/m) into nT."""

_BOUND_SIGNS = np.array([-1.0, 1.0])
"""Sign of the lower and of the upper bound of a prism along one axis."""

_BLOCK = 2048
"""Observation points per block in :func:`prism_magnetic_field`: keeps the (2, 2, block) temporaries in cache."""


def direction_enu(inclination, declination):
    """Unit vector (east, north, up) of a field of inclination and declination in degrees.

    Inclination is positive downward, so a positive inclination gives a negative upward component.
    """
    inc = np.radians(inclination)
    dec = np.radians(declination)
    return np.cos(inc) * np.sin(dec), np.cos(inc) * np.cos(dec), -np.sin(inc)


def magnetization_vector(intensity_am, inclination, declination):
    """Magnetisation (me, mn, mu) in A/m of intensity ``intensity_am`` (A/m) along the given direction (degrees)."""
    east, north, up = direction_enu(inclination, declination)
    return intensity_am * east, intensity_am * north, intensity_am * up


def induced_magnetization(susceptibility, intensity_nt, inclination, declination):
    """Induced magnetisation (me, mn, mu) in A/m: ``chi * F / mu0`` along the inducing field.

    ``susceptibility`` is dimensionless (SI), ``intensity_nt`` the inducing field F in nT, inclination and
    declination of the inducing field in degrees.
    """
    return magnetization_vector(susceptibility * intensity_nt * 1e-9 / MU0, inclination, declination)


def total_field_anomaly(be, bn, bu, inclination, declination):
    """Total-field anomaly in nT: projection of the anomalous field (nT) on the main-field direction (degrees)."""
    east, north, up = direction_enu(inclination, declination)
    return be * east + bn * north + bu * up


def _observation_points(easting, northing, upward):
    """Observation coordinates broadcast together, as float arrays."""
    return np.broadcast_arrays(*(np.asarray(c, dtype=float) for c in (easting, northing, upward)))


def _checked_bounds(prism):
    """The six bounds (west, east, south, north, bottom, top) of a prism as floats; raise if one is empty."""
    bounds = np.asarray(prism, dtype=float)
    if bounds.shape != (6,):
        raise ValueError(f"a prism is (west, east, south, north, bottom, top), got shape {bounds.shape}")
    if not np.all(bounds[0::2] < bounds[1::2]):
        raise ValueError(f"prism bounds must satisfy west < east, south < north, bottom < top, got {prism}")
    return bounds


def _outward_sign(offsets):
    """Sign of the (2, n) offsets (lower bound - point, upper bound - point), zero counted as outside the prism.

    A zero offset means the point is on the plane of a face; just outside the prism the offset of a lower bound is
    positive and that of an upper bound negative.
    """
    return np.where(offsets == 0, -_BOUND_SIGNS[:, None], np.sign(offsets))


def _atan_edge(alpha, beta, c1, c2, r1, r2):
    """Edge term atan2(beta c2, alpha r2) - atan2(beta c1, alpha r1) as a single atan2 (radians).

    ``alpha`` >= 0. Both angles lie in [-pi/2, pi/2], so their difference is the argument of
    (alpha r2 + i beta c2)(alpha r1 - i beta c1). The difference is +-pi only when alpha = 0 and c1 < 0 < c2; the
    imaginary part is then a zero carrying the sign of beta (IEEE signed zero, alpha being +0), which arctan2 uses.
    """
    return np.arctan2(alpha * beta * (c2 * r1 - c1 * r2), alpha * alpha * r1 * r2 + beta * beta * c1 * c2)


def _log_edge(c1, c2, r1, r2, rho2):
    """Edge term log((c2 + r2) / (c1 + r1)) for offsets c1 < c2 along an edge at distance sqrt(rho2) (m²).

    ``c + r`` is replaced by ``rho2 / (|c| + r)`` when c <= 0 to avoid cancellation. On the edge itself
    (rho2 = 0, c1 <= 0 < c2) the term diverges like -log(rho2): that part is dropped. At a vertex (|c| + r = 0) the
    vertex's own log is taken as 0.
    """
    t1 = np.abs(c1) + r1
    t2 = np.abs(c2) + r2
    t1 += t1 == 0
    t2 += t2 == 0
    rho2 = rho2 + (rho2 == 0)
    return np.log(np.where(c1 > 0, t2 / t1, np.where(c2 > 0, t1 * t2 / rho2, t1 / t2)))


def _signed_edge_sum(terms):
    """Sum of (2, 2, n) edge terms indexed by (bound of a, bound of b), signed -1 per lower and +1 per upper bound."""
    return (terms[1, 1] - terms[1, 0]) - (terms[0, 1] - terms[0, 0])


def _edge_distances(a, b, c):
    """Squared distance (m²) to the four edges parallel to axis c, and distances (m) to their two ends.

    ``a, b, c``: (2, n) offsets (lower bound - point, upper bound - point) in m; outputs are (2, 2, n) indexed by
    (bound of a, bound of b).
    """
    rho2 = a[:, None, :] ** 2 + b[None, :, :] ** 2
    return rho2, np.sqrt(rho2 + c[0] ** 2), np.sqrt(rho2 + c[1] ** 2)


def _log_edges(a, b, c):
    """Phi_ab (dimensionless): the vertex kernel log(c + r) differenced along the four edges parallel to axis c.

    ``a, b, c``: (2, n) offsets (lower bound - point, upper bound - point) in m.
    """
    rho2, r1, r2 = _edge_distances(a, b, c)
    return _signed_edge_sum(_log_edge(c[0], c[1], r1, r2, rho2))


def _vertical_edge_diagonals(x, y, z):
    """Phi_xx and Phi_yy (dimensionless): -atan(y z / (x r)) and -atan(x z / (y r)) differenced along vertical edges.

    ``x, y, z``: (2, n) offsets (lower bound - point, upper bound - point) in m along east, north and up.
    """
    _, r_bottom, r_top = _edge_distances(x, y, z)
    x_col, y_row = x[:, None], y[None]
    xx = _atan_edge(np.abs(x_col), y_row * _outward_sign(x)[:, None], z[0], z[1], r_bottom, r_top)
    yy = _atan_edge(np.abs(y_row), x_col * _outward_sign(y)[None], z[0], z[1], r_bottom, r_top)
    return -_signed_edge_sum(xx), -_signed_edge_sum(yy)


def _prism_hessian(easting, northing, upward, bounds):
    """Second derivatives (xx, yy, zz, xy, xz, yz) of Phi (dimensionless) at 1-D observation points.

    x is east, y north, z up; ``bounds`` are (west, east, south, north, bottom, top) in m. Phi_zz follows from
    Laplace's equation: the trace is -4 pi inside the prism and 0 outside (points on faces count as outside).
    """
    x = np.stack([bounds[0] - easting, bounds[1] - easting])
    y = np.stack([bounds[2] - northing, bounds[3] - northing])
    z = np.stack([bounds[4] - upward, bounds[5] - upward])
    xx, yy = _vertical_edge_diagonals(x, y, z)
    inside = (x[0] < 0) & (x[1] > 0) & (y[0] < 0) & (y[1] > 0) & (z[0] < 0) & (z[1] > 0)
    zz = -xx - yy - 4 * np.pi * inside
    return xx, yy, zz, _log_edges(x, y, z), _log_edges(z, x, y), _log_edges(y, z, x)


def prism_magnetic_field(easting, northing, upward, prism, magnetization):
    """Magnetic field (be, bn, bu) in nT of a uniformly magnetised right rectangular prism.

    ``easting, northing, upward``: observation coordinates in m, arrays broadcastable to one shape (the shape of the
    outputs). ``prism``: (west, east, south, north, bottom, top) in m. ``magnetization``: (me, mn, mu) in A/m.
    Boundary points are finite, see the module docstring. Points are processed in blocks of ``_BLOCK`` so that the
    temporaries stay small.
    """
    easting, northing, upward = _observation_points(easting, northing, upward)
    bounds = _checked_bounds(prism)
    me, mn, mu = (float(m) for m in magnetization)
    points = np.stack([easting.ravel(), northing.ravel(), upward.ravel()])
    xx, yy, zz, xy, xz, yz = np.empty((6, points.shape[1]))
    for start in range(0, points.shape[1], _BLOCK):
        block = slice(start, start + _BLOCK)
        xx[block], yy[block], zz[block], xy[block], xz[block], yz[block] = _prism_hessian(*points[:, block], bounds)
    shape = easting.shape
    be = _NT_PER_AM * (xx * me + xy * mn + xz * mu)
    bn = _NT_PER_AM * (xy * me + yy * mn + yz * mu)
    bu = _NT_PER_AM * (xz * me + yz * mn + zz * mu)
    return be.reshape(shape), bn.reshape(shape), bu.reshape(shape)


def _rotate_clockwise(east, north, angle):
    """Components of the horizontal vectors (east, north) rotated by ``angle`` radians clockwise (seen from above)."""
    cos, sin = np.cos(angle), np.sin(angle)
    return east * cos + north * sin, north * cos - east * sin


def rotated_prism_magnetic_field(
    easting, northing, upward, center_e, center_n, length, width, bottom, top, azimuth, magnetization
):
    """Magnetic field (be, bn, bu) in nT of a vertical prism whose long axis strikes at ``azimuth``.

    The prism is centred on (center_e, center_n) in m, spans ``length`` m along the strike (azimuth in degrees,
    clockwise from north), ``width`` m across it and ``bottom`` to ``top`` m vertically. ``magnetization`` is
    (me, mn, mu) in A/m in geographic axes. Points and magnetisation are rotated into the prism frame (strike as
    north), the field is computed with :func:`prism_magnetic_field` and rotated back.
    """
    easting, northing, upward = _observation_points(easting, northing, upward)
    angle = np.radians(azimuth)
    local_e, local_n = _rotate_clockwise(easting - center_e, northing - center_n, -angle)
    me, mn, mu = magnetization
    local_me, local_mn = _rotate_clockwise(float(me), float(mn), -angle)
    prism = (-width / 2, width / 2, -length / 2, length / 2, bottom, top)
    local_be, local_bn, bu = prism_magnetic_field(local_e, local_n, upward, prism, (local_me, local_mn, mu))
    be, bn = _rotate_clockwise(local_be, local_bn, angle)
    return be, bn, bu


def dipole_magnetic_field(easting, northing, upward, dipole_e, dipole_n, dipole_u, moment):
    """Magnetic field (be, bn, bu) in nT of a point dipole: ``mu0 / (4 pi) (3 (m . r^) r^ - m) / r^3``.

    Observation and dipole coordinates in m, ``moment`` (e, n, u) in A m². NaN at the dipole itself.
    """
    easting, northing, upward = _observation_points(easting, northing, upward)
    x, y, z = easting - dipole_e, northing - dipole_n, upward - dipole_u
    me, mn, mu = moment
    distance2 = x * x + y * y + z * z
    with np.errstate(divide="ignore", invalid="ignore"):
        inverse_r3 = distance2**-1.5
        radial = 3.0 * (me * x + mn * y + mu * z) / distance2
    return (
        _NT_PER_AM * inverse_r3 * (radial * x - me),
        _NT_PER_AM * inverse_r3 * (radial * y - mn),
        _NT_PER_AM * inverse_r3 * (radial * z - mu),
    )


def prisms_total_field_anomaly(easting, northing, upward, prisms, magnetizations, inclination, declination):
    """Total-field anomaly in nT of many prisms, summed one prism at a time (memory O(points)).

    ``prisms``: (n, 6) bounds (west, east, south, north, bottom, top) in m; ``magnetizations``: (n, 3) (me, mn, mu)
    in A/m; inclination and declination of the main field in degrees. Output has the broadcast shape of the points.
    """
    easting, northing, upward = _observation_points(easting, northing, upward)
    prisms = np.asarray(prisms, dtype=float).reshape(-1, 6)
    magnetizations = np.asarray(magnetizations, dtype=float).reshape(-1, 3)
    if len(prisms) != len(magnetizations):
        raise ValueError(f"{len(prisms)} prisms but {len(magnetizations)} magnetisations")
    field = [np.zeros(easting.shape) for _ in range(3)]
    for prism, magnetization in zip(prisms, magnetizations):
        for total, part in zip(field, prism_magnetic_field(easting, northing, upward, prism, magnetization)):
            total += part
    return total_field_anomaly(*field, inclination, declination)
