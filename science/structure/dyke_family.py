"""A randomised family of magnetic test fields with known dykes and compact intrusions (issue 15).

Independent of :mod:`.synthetic` and of the prism forward model (:mod:`..magnetics.forward`): the anomalies here
come from a closed form of their own, the solid angle subtended by the TOP FACE of a vertical body of infinite
depth extent, magnetised by induction in a vertical field.

Physics and conventions. Observations are at height 0, sources below; map coordinates are (easting, northing) in
metres, grids north-up (row 0 north). The inducing field is vertical, pointing down, of intensity :data:`FIELD_NT`
(a survey at the magnetic pole, inclination 90 degrees: no reduction to the pole is needed). A vertical body of
susceptibility ``k`` (SI, small: no demagnetisation) whose top lies ``z`` metres deep and whose bottom is infinitely
deep carries a uniform magnetisation ``M = k F / mu0`` pointing down, equivalent to a surface pole density
``-M`` on its top face (the bottom is at infinity and the vertical sides carry none). The total-field anomaly, the
projection of the anomalous field on the inducing field (positive over the body), is then

    dT(p) = k F Omega(p) / (4 pi)        (nT when F is in nT),

where ``Omega`` (steradians) is the solid angle the top face subtends at the observation point ``p``. For a
rectangle ``[x1, x2] x [y1, y2]`` (metres, relative to ``p``, at depth ``z > 0``):

    Omega = sum over i, j in {1, 2} of (-1)^(i+j) arctan(x_i y_j / (z R_ij)),   R_ij = sqrt(x_i^2 + y_j^2 + z^2)

(the pole-face argument of Blakely 1995, "Potential Theory in Gravity and Magnetic Applications"; the corner
sum is the classical arctangent form of the solid angle of a rectangle). For a rectangle infinitely long along
strike ``Omega`` tends to twice the plane angle ``theta`` subtended by the top across strike, and ``dT`` to the
2D formula of a vertical thick dyke at the pole (Blakely 1995; Telford et al. 1990, "Applied Geophysics"):

    dT(x) = (k F / 2 pi) [arctan((x2 - x) / z) - arctan((x1 - x) / z)],

peaking over the axis at ``(k F / pi) arctan(w / 2 z)`` for a dyke of width ``w``; when ``w << z`` it is the thin
dyke ``k F w z / (2 pi (x^2 + z^2))``, whose half-width at half maximum equals the depth ``z``. A dyke here is a
rectangle of finite strike length: the finite length is exact, not a taper.

Compact intrusions are vertical elliptical (or circular) plugs of infinite depth extent, their top face (an
ellipse) cut into :data:`ELLIPSE_STRIPS` rectangles along its major axis, each evaluated with the same closed form
(a staircase approximation of the ellipse, whose area is 0.2% short at 32 strips).

Each dyke's ``strength`` is the peak (nT) of its infinitely long 2D anomaly, from which its susceptibility is set;
each plug's ``strength`` is its peak (nT) over its centre. Both are log-uniform over :data:`STRENGTH_RANGE_NT`.
"""
from dataclasses import dataclass

import numpy as np

from ..grid import GridSpec, clip_segment

FIELD_NT = 50000.0
"""Intensity (nT) of the vertical inducing field."""

N_DYKES = (4, 10)
"""Number of dykes per field (inclusive range)."""

N_BODIES = (1, 4)
"""Number of compact intrusions attempted per field (inclusive range); one is dropped when no clear place is found."""

STRENGTH_RANGE_NT = (3.0, 120.0)
"""Peak amplitudes (nT) of dykes and plugs, log-uniform: a 1:40 spread, so the family covers at least 1:30."""

DEPTH_RANGE_M = (50.0, 300.0)
"""Depths (m) to the top of dykes and plugs, uniform."""

WIDTH_RANGE_M = (10.0, 50.0)
"""Dyke widths (m), uniform."""

CELL_RANGE_M = (25.0, 100.0)
"""Cell sizes (m, square cells), uniform."""

SIZE_RANGE_CELLS = (192, 320)
"""Rows and columns of each grid (inclusive range, drawn separately)."""

LENGTH_RANGE = (0.3, 1.0)
"""Dyke lengths as fractions of the grid's diagonal, uniform: long dykes cross the grid, short ones end in it."""

CENTRE_SPREAD = 0.6
"""Dyke centres are uniform over the central part of the grid this fraction of its width and height, so that dykes
of uniform random strikes cross one another at all angles."""

NOISE_RANGE_NT = (0.0, 5.0)
"""Standard deviation (nT) of the white Gaussian noise, uniform."""

REGIONAL_RANGE_NT_PER_KM = (0.5, 5.0)
"""Gradient (nT/km) of the planar regional field, uniform, in a uniform random direction."""

BODY_SEMI_MAJOR_RANGE_M = (250.0, 1000.0)
"""Semi-major axes (m) of the plugs, uniform."""

BODY_ASPECT_RANGE = (1.5, 3.0)
"""Axis ratios of the elliptical plugs, uniform; half the plugs (on average) are discs (ratio 1)."""

BODY_CLEARANCE_CELLS = 4.0
"""Least gap (cells) between a plug's outline and any dyke trace, plus the plug's depth (its anomaly's skirt)."""

BODY_PLACEMENT_TRIES = 200
"""Random positions tried for each plug before it is dropped."""

ELLIPSE_STRIPS = 32
"""Rectangles approximating a plug's elliptical top face."""

RING_VERTICES = 72
"""Vertices of each plug outline ring (the first repeated as the last)."""


@dataclass(frozen=True)
class DykeField:
    """One generated field and everything needed to score lineaments on it.

    ``field``: total-field anomaly (nT, float64, north-up) including the regional and the noise; ``traces``: each
    dyke's axis (the centre line of its top) as a (2, 2) array of end points in map metres, clipped to the grid;
    per dyke ``strengths`` (nT, 2D peak), ``depths`` (m, to top), ``widths`` (m), ``strikes`` (degrees clockwise
    from north, 0-180), ``lengths`` (m, unclipped) and ``susceptibilities`` (SI); ``bodies``: each plug's outline
    ring (k, 2) in map metres (closed: last vertex = first), with ``body_strengths`` (nT, peak over the centre) and
    ``body_depths`` (m); ``noise_nt``: noise standard deviation; ``regional_nt_per_km`` and
    ``regional_azimuth`` (degrees clockwise from north, the direction of increase) of the planar regional field.
    """

    seed: int
    field: np.ndarray
    grid: GridSpec
    traces: list
    strengths: np.ndarray
    depths: np.ndarray
    widths: np.ndarray
    strikes: np.ndarray
    lengths: np.ndarray
    susceptibilities: np.ndarray
    bodies: list
    body_strengths: np.ndarray
    body_depths: np.ndarray
    noise_nt: float
    regional_nt_per_km: float
    regional_azimuth: float


def rectangle_solid_angle(along, across, depth_m, half_length_m, half_width_m):
    """Solid angle (steradians) subtended at the points (``along``, ``across``, metres, in the rectangle's frame
    with its centre at 0) by a horizontal rectangle ``depth_m`` (> 0) below them, ``2 half_length_m`` long and
    ``2 half_width_m`` wide: the corner sum of the module docstring. Tends to 2 pi under an infinite rectangle."""
    omega = 0.0
    for x_sign, x_edge in ((1.0, half_length_m), (-1.0, -half_length_m)):
        for y_sign, y_edge in ((1.0, half_width_m), (-1.0, -half_width_m)):
            x, y = x_edge - along, y_edge - across
            omega = omega + x_sign * y_sign * np.arctan2(x * y, depth_m * np.sqrt(x * x + y * y + depth_m ** 2))
    return omega


def _local(east, north, centre, strike_deg):
    """Coordinates (m) along strike (``strike_deg`` clockwise from north) and across it (positive to the right)."""
    strike = np.radians(strike_deg)
    de, dn = east - centre[0], north - centre[1]
    return de * np.sin(strike) + dn * np.cos(strike), de * np.cos(strike) - dn * np.sin(strike)


def dyke_anomaly(east, north, centre, strike_deg, length_m, width_m, depth_m, susceptibility, field_nt=FIELD_NT):
    """Total-field anomaly (nT) at the pole of a vertical dyke of infinite depth extent (module docstring).

    ``centre``: (easting, northing) of the middle of its top; ``strike_deg`` clockwise from north; ``length_m``
    along strike, ``width_m`` across it, its top ``depth_m`` below the observations; ``susceptibility`` in SI.
    """
    along, across = _local(east, north, centre, strike_deg)
    omega = rectangle_solid_angle(along, across, depth_m, 0.5 * length_m, 0.5 * width_m)
    return susceptibility * field_nt * omega / (4 * np.pi)


def dyke_peak_2d(width_m, depth_m, susceptibility, field_nt=FIELD_NT):
    """Peak (nT, over the axis) of the anomaly of an infinitely long vertical dyke: ``(k F / pi) arctan(w / 2z)``."""
    return susceptibility * field_nt / np.pi * np.arctan(0.5 * width_m / depth_m)


def plug_anomaly(east, north, centre, azimuth_deg, semi_major_m, semi_minor_m, depth_m, susceptibility,
                 field_nt=FIELD_NT, strips=ELLIPSE_STRIPS):
    """Total-field anomaly (nT) at the pole of a vertical elliptical plug of infinite depth extent.

    Its top face, ``depth_m`` below the observations, is the ellipse of semi-axes ``semi_major_m`` (along
    ``azimuth_deg``, clockwise from north) and ``semi_minor_m`` centred on ``centre``, cut across its minor axis
    into ``strips`` rectangles, each as long as the ellipse's chord at the strip's middle.
    """
    along, across = _local(east, north, centre, azimuth_deg)
    width = 2.0 * semi_minor_m / strips
    middles = -semi_minor_m + (np.arange(strips) + 0.5) * width
    omega = 0.0
    for middle in middles:
        half_length = semi_major_m * np.sqrt(1.0 - (middle / semi_minor_m) ** 2)
        omega = omega + rectangle_solid_angle(along, across - middle, depth_m, half_length, 0.5 * width)
    return susceptibility * field_nt * omega / (4 * np.pi)


def ellipse_ring(centre, azimuth_deg, semi_major_m, semi_minor_m, vertices=RING_VERTICES):
    """Closed outline (vertices + 1, 2) in map metres of an ellipse whose major axis points ``azimuth_deg``."""
    angle = np.linspace(0.0, 2 * np.pi, vertices + 1)
    angle[-1] = 0.0
    along, across = semi_major_m * np.cos(angle), semi_minor_m * np.sin(angle)
    azimuth = np.radians(azimuth_deg)
    east = centre[0] + along * np.sin(azimuth) + across * np.cos(azimuth)
    north = centre[1] + along * np.cos(azimuth) - across * np.sin(azimuth)
    return np.column_stack([east, north])


def _distance_to_segment(point, segment):
    """Distance (m) from a point (2,) to a segment (2, 2)."""
    vector = segment[1] - segment[0]
    along = np.clip(np.dot(point - segment[0], vector) / np.dot(vector, vector), 0.0, 1.0)
    return float(np.hypot(*(segment[0] + along * vector - point)))


def _draw_grid(rng):
    """A grid of square cells of random size and shape at a random UTM-like origin (whole cells from 0)."""
    cell = rng.uniform(*CELL_RANGE_M)
    rows, cols = rng.integers(SIZE_RANGE_CELLS[0], SIZE_RANGE_CELLS[1] + 1, size=2)
    west = cell * np.round(rng.uniform(3e5, 7e5) / cell)
    north = cell * np.round(rng.uniform(6e6, 7e6) / cell)
    return GridSpec(float(west), float(north), float(cell), float(cell), int(rows), int(cols))


def _log_uniform(rng, bounds, size):
    return np.exp(rng.uniform(np.log(bounds[0]), np.log(bounds[1]), size))


def _draw_dykes(rng, grid):
    """Per-dyke parameters: centres (n, 2), strikes, lengths, widths, depths, strengths (module ranges)."""
    n = int(rng.integers(N_DYKES[0], N_DYKES[1] + 1))
    middle = np.array([0.5 * (grid.west + grid.east), 0.5 * (grid.south + grid.north)])
    spread = 0.5 * CENTRE_SPREAD * np.array([grid.east - grid.west, grid.north - grid.south])
    centres = middle + rng.uniform(-1.0, 1.0, (n, 2)) * spread
    diagonal = np.hypot(grid.east - grid.west, grid.north - grid.south)
    return (centres, rng.uniform(0.0, 180.0, n), rng.uniform(*LENGTH_RANGE, n) * diagonal,
            rng.uniform(*WIDTH_RANGE_M, n), rng.uniform(*DEPTH_RANGE_M, n), _log_uniform(rng, STRENGTH_RANGE_NT, n))


def _place_body(rng, grid, traces, semi_major, depth):
    """A centre (2,) for a plug at least the clearance away from every trace and inside the grid, or None."""
    margin = semi_major + BODY_CLEARANCE_CELLS * grid.cell_x + depth
    if 2 * margin >= min(grid.east - grid.west, grid.north - grid.south):
        return None
    for _ in range(BODY_PLACEMENT_TRIES):
        centre = np.array([rng.uniform(grid.west + margin, grid.east - margin),
                           rng.uniform(grid.south + margin, grid.north - margin)])
        if all(_distance_to_segment(centre, trace) > margin for trace in traces):
            return centre
    return None


def dyke_field(seed):
    """The family member ``seed`` (:class:`DykeField`), everything drawn from ``numpy.random.default_rng(seed)``.

    Draws, in order: the grid (:data:`CELL_RANGE_M`, :data:`SIZE_RANGE_CELLS`); 4-10 vertical dykes (centres over
    the central :data:`CENTRE_SPREAD` of the grid, uniform strikes, :data:`LENGTH_RANGE`, :data:`WIDTH_RANGE_M`,
    :data:`DEPTH_RANGE_M`, :data:`STRENGTH_RANGE_NT`); 1-4 plugs, each a disc or (with probability 1/2) an ellipse
    (:data:`BODY_SEMI_MAJOR_RANGE_M`, :data:`BODY_ASPECT_RANGE`, uniform azimuth, same depth and strength ranges),
    placed clear of the dykes (:data:`BODY_CLEARANCE_CELLS`) or dropped; the planar regional
    (:data:`REGIONAL_RANGE_NT_PER_KM`, zero at the grid's centre); the noise level (:data:`NOISE_RANGE_NT`) and
    the noise.
    """
    rng = np.random.default_rng(seed)
    grid = _draw_grid(rng)
    east, north = grid.mesh()
    field = np.zeros(grid.shape)
    centres, strikes, lengths, widths, depths, strengths = _draw_dykes(rng, grid)
    susceptibilities = strengths / dyke_peak_2d(widths, depths, 1.0)
    traces = []
    for centre, strike, length, width, depth, chi in zip(centres, strikes, lengths, widths, depths,
                                                         susceptibilities):
        field += dyke_anomaly(east, north, centre, strike, length, width, depth, chi)
        half = 0.5 * length * np.array([np.sin(np.radians(strike)), np.cos(np.radians(strike))])
        traces.append(clip_segment(centre - half, centre + half, grid))
    bodies, body_strengths, body_depths = [], [], []
    for _ in range(int(rng.integers(N_BODIES[0], N_BODIES[1] + 1))):
        semi_major = rng.uniform(*BODY_SEMI_MAJOR_RANGE_M)
        semi_minor = semi_major / (rng.uniform(*BODY_ASPECT_RANGE) if rng.uniform() < 0.5 else 1.0)
        azimuth, depth = rng.uniform(0.0, 180.0), rng.uniform(*DEPTH_RANGE_M)
        strength = _log_uniform(rng, STRENGTH_RANGE_NT, None)
        centre = _place_body(rng, grid, traces, semi_major, depth)
        if centre is None:
            continue
        unit = plug_anomaly(np.array(centre[0]), np.array(centre[1]), centre, azimuth, semi_major, semi_minor, depth,
                            1.0)
        field += plug_anomaly(east, north, centre, azimuth, semi_major, semi_minor, depth, strength / unit)
        bodies.append(ellipse_ring(centre, azimuth, semi_major, semi_minor))
        body_strengths.append(strength)
        body_depths.append(depth)
    gradient, azimuth = rng.uniform(*REGIONAL_RANGE_NT_PER_KM), rng.uniform(0.0, 360.0)
    de, dn = east - 0.5 * (grid.west + grid.east), north - 0.5 * (grid.south + grid.north)
    field += gradient / 1000.0 * (de * np.sin(np.radians(azimuth)) + dn * np.cos(np.radians(azimuth)))
    noise = rng.uniform(*NOISE_RANGE_NT)
    field += rng.normal(0.0, noise, grid.shape)
    return DykeField(seed, field, grid, traces, strengths, depths, widths, strikes, lengths, susceptibilities, bodies,
                     np.array(body_strengths), np.array(body_depths), float(noise), float(gradient), float(azimuth))
