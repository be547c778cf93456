"""Trend corridors: polygons traced from the density of the lineaments of one trend (docs/science.md section 4).

A deformation corridor shows in lineament maps as a band where lineaments of one trend crowd together or run on
(the NE corridor of the demo property, for instance). Lines whose azimuth falls in a range are kept, their length
is smoothed into a density map (km per km²) by a Gaussian stretched along the trend, the map is thresholded, and
each connected region is polygonised and measured along and across its principal axis.

The stretch along the trend (:data:`ALONG_SIGMAS`) keeps short stray lines of the trend low and smooths small gaps,
while the narrow width across the trend keeps the corridor's width. A corridor crossed by a dyke or a magnetic body
is rarely traced in one piece: pieces of a corridor that follow each other along the trend with a gap of at most
``max_gap`` metres between them, measured along the trend (:data:`MAX_GAP`), are joined into one
(:func:`join_along_strike`); this neither widens them across the trend nor lengthens them.

Lines are ``(n, 2)`` arrays of map coordinates in metres (x east, y north); azimuths are axial, degrees clockwise
from north in [0, 180); rings are ``(n, 2)`` closed exterior rings following cell edges (holes are dropped).
"""
from dataclasses import dataclass

import numpy as np
from scipy import ndimage
from scipy.signal import oaconvolve

from ..grid import region_rings
from . import complexity

SIGMA_CELLS = 2.0
"""Default ``sigma`` (smoothing across the trend), in cells of the larger cell side."""

ALONG_SIGMAS = 6.0
"""Smoothing along the trend, in multiples of ``sigma``.

Two collinear pieces of one lineament a gap ``g`` apart stay above half their peak density across the gap while
``g < 1.35 sigma_along`` (8 sigma, 400 m with 25 m cells), and a stray line shorter than ``sigma_along`` reaches
less than half the density of a long one. The ends of lines longer than ``sigma_along`` still lie on the half-peak
contour, so strike lengths are kept."""

FLOOR_LINES = 0.6
"""Default smallest peak density of a corridor, in multiples of the density on the axis of one long straight line
of the trend (:func:`single_line_peak`). A long lineament reaches about 1, and a lineament broken into collinear
pieces with gaps (as extracted lineaments are) about 0.7-0.9; a lone stray line shorter than about 1.7
``sigma_along`` (500 m with 25 m cells) stays below 0.6 and never makes a corridor."""

EDGE_FRACTION = 0.5
"""Default corridor edge, as a fraction of the peak density of each region above the floor.

The smoothed density of a uniformly filled band falls to half its plateau at the band's edges and at the ends of
its lines, so the half-peak contour traces the band itself whatever the number of lines in it (one line gives a
band ``2.355 sigma`` wide, the full width at half maximum of the Gaussian)."""

MAX_GAP = 400.0
"""Default longest gap (m), measured along the trend, across which two collinear pieces of a corridor are joined
into one. The smoothing along the trend alone joins long collinear lines up to about 1.35 ``sigma_along`` apart
(400 m with 25 m cells) but not shorter pieces, whose density stays below half its peak over a smaller gap; the
join makes the rule explicit and the same for all: two 1 km pieces 450 m apart are one corridor at 400 m, not
without it (the regions extend a little beyond their lines' ends). On the demo property the NE corridor's
lineaments, traced with the default chain, are continuous enough for the smoothing alone (2.01 km with or
without the join). 400 m stays below the 500 m default shortest corridor, so two corridors one after the other
are only joined when less than a corridor's length separates them."""

MIN_LENGTH_SIGMAS = 10.0
"""Default shortest corridor, in multiples of ``sigma`` (500 m with 25 m cells)."""


@dataclass(frozen=True)
class Corridor:
    """A trend corridor: exterior ``ring`` ((n, 2), m), ``strike_length_m`` along and ``width_m`` (mean) across its
    principal axis, whose azimuth is ``azimuth_deg`` (axial, degrees from north, [0, 180))."""

    ring: np.ndarray
    strike_length_m: float
    width_m: float
    azimuth_deg: float


def in_azimuth_range(azimuths, azimuth_min, azimuth_max):
    """True where axial ``azimuths`` (degrees) lie in [azimuth_min, azimuth_max], taken modulo 180.

    A range whose minimum exceeds its maximum after the modulo wraps through north: 170-10 keeps 170-180 and 0-10.
    A range spanning 180 degrees or more keeps everything; NaN azimuths are never kept.
    """
    azimuths = complexity.axial(np.asarray(azimuths, dtype=float))
    if azimuth_max - azimuth_min >= 180.0:
        return np.isfinite(azimuths)
    low, high = complexity.axial(azimuth_min), complexity.axial(azimuth_max)
    if low <= high:
        return (azimuths >= low) & (azimuths <= high)
    return (azimuths >= low) | (azimuths <= high)


def single_line_peak(sigma):
    """Density (km per km²) on the axis of one long straight line smoothed by a Gaussian of ``sigma`` metres across
    it (whatever the smoothing along it)."""
    return 1000.0 / (sigma * np.sqrt(2 * np.pi))


def trend_azimuth(lines):
    """Length-weighted axial mean azimuth (degrees from north, [0, 180)) of all the segments of ``lines``."""
    seg = complexity.segments(lines)
    doubled = np.radians(2 * complexity.segment_azimuths(seg.start, seg.end))
    mean = np.arctan2(seg.length @ np.sin(doubled), seg.length @ np.cos(doubled))
    return float(complexity.axial(np.degrees(mean) / 2))


def oriented_gaussian(grid, sigma_across, sigma_along, azimuth):
    """Gaussian kernel on the grid's cells, ``sigma_along`` metres along ``azimuth`` (degrees from north) and
    ``sigma_across`` across it, cut at 4 ``sigma_along``, normalised to unit sum; odd sizes, centred."""
    half_rows = int(np.ceil(4 * sigma_along / grid.cell_y))
    half_cols = int(np.ceil(4 * sigma_along / grid.cell_x))
    dx = np.arange(-half_cols, half_cols + 1)[None, :] * grid.cell_x
    dy = -np.arange(-half_rows, half_rows + 1)[:, None] * grid.cell_y
    angle = np.radians(azimuth)
    along = dx * np.sin(angle) + dy * np.cos(angle)
    across = dx * np.cos(angle) - dy * np.sin(angle)
    kernel = np.exp(-0.5 * ((along / sigma_along) ** 2 + (across / sigma_across) ** 2))
    return kernel / kernel.sum()


def trend_density(lines, grid, sigma_across, sigma_along, azimuth):
    """Density of ``lines`` in km per km², smoothed by :func:`oriented_gaussian` (metres, degrees).

    Lines are sampled every :data:`~.complexity.SAMPLE_STEP` cell; the map integrates to their length in km (less
    what is smoothed beyond the grid).
    """
    samples = complexity.sample_lines(lines, complexity.SAMPLE_STEP * min(grid.cell_x, grid.cell_y))
    sums = complexity.splat(samples.points, samples.length / 1000.0, grid)
    smoothed = oaconvolve(sums, oriented_gaussian(grid, sigma_across, sigma_along, azimuth), mode="same")
    return np.maximum(smoothed, 0.0) / (grid.cell_x * grid.cell_y / 1e6)


def _regions(density, sigma, threshold):
    """Corridor cells of ``density`` (km/km²): a boolean mask.

    With ``threshold`` (km/km²), the cells above it. Without, every connected area whose peak reaches
    :data:`FLOOR_LINES` times :func:`single_line_peak` is cut at :data:`EDGE_FRACTION` of that peak (its strongest
    corridor sets the edge), so a weak corridor is traced as well as a strong one elsewhere.
    """
    if threshold is not None:
        return density >= threshold
    floor = FLOOR_LINES * single_line_peak(sigma)
    candidates, count = ndimage.label(density >= EDGE_FRACTION * floor)
    peaks = np.asarray(ndimage.maximum(density, candidates, np.arange(1, count + 1)), dtype=float).reshape(-1)
    edge = np.r_[np.inf, np.where(peaks >= floor, EDGE_FRACTION * peaks, np.inf)]
    return density >= edge[candidates]


def strike_segment(grid, length, azimuth):
    """Boolean footprint (odd-sized, centred) of a segment ``length`` metres long along ``azimuth`` (degrees from
    north) on the grid's cells: the cells whose centre lies within half a cell (in each axis) of it."""
    half = 0.5 * length
    dx = np.arange(-int(np.ceil(half / grid.cell_x)), int(np.ceil(half / grid.cell_x)) + 1)[None, :] * grid.cell_x
    dy = -np.arange(-int(np.ceil(half / grid.cell_y)), int(np.ceil(half / grid.cell_y)) + 1)[:, None] * grid.cell_y
    direction = np.array([np.sin(np.radians(azimuth)), np.cos(np.radians(azimuth))])
    along = np.clip(dx * direction[0] + dy * direction[1], -half, half)
    return (np.abs(dx - along * direction[0]) <= 0.5 * grid.cell_x + 1e-9) & \
        (np.abs(dy - along * direction[1]) <= 0.5 * grid.cell_y + 1e-9)


def join_along_strike(mask, grid, max_gap, azimuth):
    """``mask`` with its gaps of at most ``max_gap`` metres along ``azimuth`` (degrees from north) filled.

    A morphological closing by :func:`strike_segment` of length ``max_gap``: a cell between two parts of the mask
    that face each other along the trend at most ``max_gap`` apart is filled, so collinear pieces of a corridor
    become one; nothing grows across the trend or beyond the pieces' ends. The mask is padded first so the edge of
    the grid does not erode it.
    """
    if not max_gap > 0:
        return mask
    segment = strike_segment(grid, max_gap, azimuth)
    pad = max(segment.shape) // 2 + 1
    return ndimage.binary_closing(np.pad(mask, pad), structure=segment)[pad:-pad, pad:-pad] | mask


def principal_axis(x, y, weights):
    """Weighted centroid (x, y) and unit vector (east, north) of the principal (longest) axis of points (m)."""
    centre = np.array([np.average(x, weights=weights), np.average(y, weights=weights)])
    dx, dy = x - centre[0], y - centre[1]
    covariance = np.cov(np.vstack([dx, dy]), aweights=weights, bias=True)
    axis = np.linalg.eigh(covariance)[1][:, -1]
    return centre, axis


def _member_samples(samples, labels, grid):
    """The points of the lines of each labelled region, as a list indexed by label - 1.

    A line belongs to the region holding most of its length (:class:`~.complexity.Samples` of the lines), and all
    its points count, also those past the region's edge: the density of a line falls to half its plateau at its
    end, and below the region's edge where the line is shorter than the smoothing along the trend or the region's
    peak is higher than one line's, so the edge stops short of the lines' ends (by 20-55 m at each end of the demo's
    NE corridor).
    """
    row, col = grid.index_of(samples.points[:, 0], samples.points[:, 1])
    inside = (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols)
    label = np.zeros(len(row), dtype=np.int64)
    label[inside] = labels[row[inside], col[inside]]
    share = np.zeros((samples.line.max(initial=-1) + 1, labels.max() + 1))
    np.add.at(share, (samples.line, label), samples.length)
    share[:, 0] = 0.0
    member = np.argmax(share, axis=1)[samples.line]
    order = np.argsort(member, kind="stable")
    counts = np.bincount(member, minlength=labels.max() + 1)
    return np.split(samples.points[order], np.cumsum(counts)[:-1])[1:]


def _measure(region, density, grid, offset, samples):
    """Strike length (m), mean width (m) and axial azimuth (degrees) of one region.

    ``region`` is its boolean mask inside the bounding box whose top-left cell is ``offset`` (row, col);
    ``samples`` (k, 2) are the points along its member lines (:func:`_member_samples`). The axis is the
    density-weighted principal axis of the region's cells; the strike length is the extent of the samples along it
    (the lines' own extent: the smoothing along the trend neither lengthens nor shortens it), at least one cell; the
    width is the region's area over its strike length.
    """
    rows, cols = np.nonzero(region)
    x = grid.west + (cols + offset[1] + 0.5) * grid.cell_x
    y = grid.north - (rows + offset[0] + 0.5) * grid.cell_y
    _, axis = principal_axis(x, y, density[region])
    along = samples @ axis
    extent = along.max() - along.min() if along.size else 0.0
    strike = max(extent, abs(axis[0]) * grid.cell_x + abs(axis[1]) * grid.cell_y)
    width = rows.size * grid.cell_x * grid.cell_y / strike
    return float(strike), float(width), float(complexity.axial(np.degrees(np.arctan2(axis[0], axis[1]))))


def trend_corridors(lines, grid, azimuth_min, azimuth_max, sigma=None, threshold=None, min_length=None,
                    max_gap=None):
    """Corridors traced from the density of the lines trending between ``azimuth_min`` and ``azimuth_max``.

    - Lines are kept when their mean axial azimuth (:func:`~.complexity.line_azimuths`) is in the range
      (:func:`in_azimuth_range`; 170-10 wraps through north).
    - Their length is smoothed (:func:`trend_density`, km per km²) by a Gaussian of ``sigma`` metres across the
      trend (default :data:`SIGMA_CELLS`, 2 cells) and :data:`ALONG_SIGMAS` (6) times ``sigma`` along it, the trend
      being the length-weighted mean azimuth of the kept lines (:func:`trend_azimuth`). Two parallel strands up
      to ``sqrt(8 ln 4) sigma`` = 3.3 ``sigma`` apart merge into one corridor (their density midway stays above
      half its peak): raise ``sigma`` to merge strands further apart.
    - ``threshold`` (km of line per km²), default: areas whose peak reaches :data:`FLOOR_LINES` (0.6) times the
      axis density of one long line (:func:`single_line_peak`) are each cut at :data:`EDGE_FRACTION` (half) of
      their own peak, which traces a band of lines at its edges and a single line as a band 2.355 ``sigma`` wide.
    - ``max_gap`` (m, >= 0), default :data:`MAX_GAP` (400 m): regions that follow each other along the trend,
      facing each other across a gap of at most this measured along the trend, are joined into one
      (:func:`join_along_strike`); 0 joins nothing (the smoothing along the trend alone closes gaps of up to
      about 1.35 times its sigma between long lines).
    - ``min_length`` (m), default :data:`MIN_LENGTH_SIGMAS` (10) times ``sigma``: shorter regions are dropped.

    Each 4-connected region is polygonised along cell edges and measured along its density-weighted principal
    axis: strike length = extent along it of its member lines (those with most of their length in it), width =
    area / strike length (see :func:`_measure`). Returns a list of :class:`Corridor`, longest first; empty when no
    line is in the range.
    """
    if threshold is not None and not threshold > 0:
        raise ValueError(f"the threshold must be a positive density in km per km², got {threshold}.")
    max_gap = MAX_GAP if max_gap is None else max_gap
    if not max_gap >= 0:
        raise ValueError(f"the largest gap to join must be a distance of 0 metres or more, got {max_gap}.")
    lines = complexity.as_lines(lines)
    keep = in_azimuth_range(complexity.line_azimuths(lines), azimuth_min, azimuth_max)
    selected = [line for line, kept in zip(lines, keep) if kept]
    if not selected:
        return []
    sigma = SIGMA_CELLS * max(grid.cell_x, grid.cell_y) if sigma is None else sigma
    if not sigma > 0:
        raise ValueError(f"sigma must be a positive distance in metres, got {sigma}.")
    min_length = MIN_LENGTH_SIGMAS * sigma if min_length is None else min_length
    trend = trend_azimuth(selected)
    density = trend_density(selected, grid, sigma, ALONG_SIGMAS * sigma, trend)
    labels, _ = ndimage.label(join_along_strike(_regions(density, sigma, threshold), grid, max_gap, trend))
    rings = region_rings(labels, grid)
    samples = _member_samples(complexity.sample_lines(selected, complexity.SAMPLE_STEP * min(grid.cell_x, grid.cell_y)),
                              labels, grid)
    corridors = []
    for label, box in enumerate(ndimage.find_objects(labels), start=1):
        strike, width, azimuth = _measure(labels[box] == label, density[box], grid, (box[0].start, box[1].start),
                                          samples[label - 1])
        if strike >= min_length:
            corridors.append(Corridor(rings[label], strike, width, azimuth))
    return sorted(corridors, key=lambda corridor: corridor.strike_length_m, reverse=True)
