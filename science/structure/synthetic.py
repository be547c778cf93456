"""Synthetic magnetic fields with known structure, to score the lineament science (docs/science.md section 4).

A dyke field at the pole: thin vertical prisms of random strike, position, length and susceptibility under a north-up
grid, with field and magnetisation vertical (inclination 90 degrees), so the anomaly of each dyke is a symmetric
high centred on its axis. The true axes are returned as segments in map metres.
"""
import numpy as np

from ..grid import clip_segment
from ..magnetics.forward import induced_magnetization, rotated_prism_magnetic_field, total_field_anomaly

FIELD_NT = 50000.0
"""Intensity (nT) of the vertical inducing field."""

DEPTH_EXTENT_M = 2000.0
"""Vertical extent (m) of every dyke below its top: deep enough to look like an infinitely deep thin sheet."""

LENGTH_RANGE = (0.4, 1.0)
"""Dyke lengths as fractions of the grid's diagonal (uniform): long ones cross the grid, short ones end in it."""

STRENGTH_RANGE = (0.25, 1.0)
"""Susceptibilities as fractions of ``susceptibility`` (uniform): some dykes are four times weaker than others."""


def dyke_field(grid, n_dykes=12, seed=0, width_m=30.0, top_depth_m=100.0, susceptibility=0.05, noise_nt=0.0):
    """Total-field anomaly (nT, float64 grid) at the pole of ``n_dykes`` thin vertical dykes, and their true axes.

    Each dyke is a vertical prism ``width_m`` wide, its top ``top_depth_m`` below the grid (observations at height
    0), :data:`DEPTH_EXTENT_M` deep, induced by a vertical field of :data:`FIELD_NT` with a susceptibility (SI)
    of ``susceptibility`` times a random factor in :data:`STRENGTH_RANGE`. Strike is uniform in [0, 180) degrees,
    the centre uniform over the grid and the length a random fraction (:data:`LENGTH_RANGE`) of the grid's
    diagonal. With the defaults the strongest dyke peaks near 115 nT and the weakest near 30 nT. Gaussian noise of
    standard deviation ``noise_nt`` (nT) is added. Everything is drawn from ``numpy.random.default_rng(seed)``.

    Returns ``(field, traces)``: ``traces`` is a list of (2, 2) arrays, the end points (easting, northing) in map
    metres of each dyke's axis clipped to the grid's outer edges.
    """
    rng = np.random.default_rng(seed)
    east, north = grid.mesh()
    field = np.zeros(grid.shape)
    traces = []
    diagonal = np.hypot(grid.east - grid.west, grid.north - grid.south)
    for _ in range(n_dykes):
        strike = rng.uniform(0.0, 180.0)
        centre = np.array([rng.uniform(grid.west, grid.east), rng.uniform(grid.south, grid.north)])
        length = rng.uniform(*LENGTH_RANGE) * diagonal
        magnetisation = induced_magnetization(susceptibility * rng.uniform(*STRENGTH_RANGE), FIELD_NT, 90.0, 0.0)
        be, bn, bu = rotated_prism_magnetic_field(east, north, 0.0, centre[0], centre[1], length, width_m,
                                                  -top_depth_m - DEPTH_EXTENT_M, -top_depth_m, strike, magnetisation)
        field += total_field_anomaly(be, bn, bu, 90.0, 0.0)
        half = 0.5 * length * np.array([np.sin(np.radians(strike)), np.cos(np.radians(strike))])
        traces.append(clip_segment(centre - half, centre + half, grid))
    if noise_nt:
        field += rng.normal(0.0, noise_nt, grid.shape)
    return field, traces


def true_junctions(traces, grid):
    """Intersection points (n, 2) in map metres of every pair of trace segments that cross inside the grid.

    ``traces``: (2, 2) arrays of segment end points (easting, northing). Parallel segments have no intersection.
    """
    points = []
    for first in range(len(traces)):
        a0, a1 = np.asarray(traces[first], dtype=float)
        for second in range(first + 1, len(traces)):
            b0, b1 = np.asarray(traces[second], dtype=float)
            da, db, offset = a1 - a0, b1 - b0, b0 - a0
            denominator = da[0] * db[1] - da[1] * db[0]
            if denominator == 0:
                continue
            t = (offset[0] * db[1] - offset[1] * db[0]) / denominator
            u = (offset[0] * da[1] - offset[1] * da[0]) / denominator
            point = a0 + t * da
            inside = grid.west <= point[0] <= grid.east and grid.south <= point[1] <= grid.north
            if 0 <= t <= 1 and 0 <= u <= 1 and inside:
                points.append(point)
    return np.array(points).reshape(-1, 2)
