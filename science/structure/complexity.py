"""Structural complexity of vector lineaments: junctions, densities, orientation entropy (docs/science.md section 4).

After Holden et al. (2008, 2012): where lineaments meet, cross and splay, and where their orientations are diverse,
the crust is structurally complex, and that is where fluids were focused. This module turns a set of vector
lineaments into the maps geologists read as "heat maps".

Representation (map units are metres of a projected CRS, x east, y north):

- a line is an ``(n, 2)`` float array of vertices; a set of lines is a list of them (lines with fewer than two
  vertices, or of zero length, contribute nothing), optionally with one ``weights`` value (strength) per line;
- azimuths are axial, in degrees clockwise from north in [0, 180);
- maps are ``(rows, cols)`` arrays on a :class:`~.grid.GridSpec` (row 0 north). Densities are Gaussian kernel
  densities: the kernel of a point or line sample is a 2-D Gaussian of standard deviation ``sigma`` metres
  normalised to unit integral, so a map integrates (sum times cell area) to the count or length inside the grid.
  The part of a kernel falling beyond the outermost cell centres is lost, so densities dip within about
  ``2 sigma`` of the grid edge.
"""
from typing import NamedTuple

import numpy as np
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

SAMPLE_STEP = 0.25
"""Spacing of the samples taken along lines to rasterise them, in cells (of the smaller cell side)."""

ENTROPY_MIN_LENGTH = 2.0
"""Default minimum windowed line length of :func:`orientation_entropy`, in multiples of ``sigma``.

The windowed length is the line length in the Gaussian window weighted by the kernel relative to its centre (a
straight line through the centre counts ``sigma * sqrt(2 pi)`` = 2.5 sigma). Below two sigma, less than about one
line crosses the window and the histogram of orientations is not worth an entropy.
"""

ENTROPY_CHORD = 1.0
"""Default chord of :func:`orientation_entropy`, in multiples of ``sigma``: the orientation of a line at a sample is
the direction of the line's chord of this length centred on it.

Orientation entropy measures how many directions meet in a window of ``sigma``; bends much shorter than the window
are not new directions. Traced lineaments follow the cells of a raster, so their short segments zig-zag by up to
15-25 degrees about the line's direction (a half-cell step over a few cells); taken one by one they spread a
single straight lineament over two or three 15-degree bins. Measured on :func:`.synthetic.dyke_field` (300 x 300
cells of 50 m, 14 dykes, seeds 0-5, clean and with 5 nT noise, lineaments from
:func:`.lineaments.extract_lineaments`; sigma 500 m, 12 bins), Spearman rank correlation of the entropy of the
extracted lineaments with that of the true traces: segment directions and whole bins 0.49-0.84; chord of sigma,
whole bins 0.71-0.91; segment directions, shared bins 0.71-0.91; chord of sigma and shared bins 0.88-0.96; chord
of 2 sigma and shared bins 0.92-0.97 (at the cost of rounding real bends)."""

COMPLEXITY_PERCENTILE = 98.0
"""Percentile of the positive values mapped to 1 when :func:`structural_complexity` rescales a density map."""

_TOLERANCE = 1e-6
"""Distance (m) below which two computed points are the same (rounding of intersections); added to snap distances."""

JUNCTION = "junction"
CROSSING = "crossing"
SPLAY = "splay"
KINDS = (JUNCTION, CROSSING, SPLAY)
"""Kinds of contact returned by :func:`find_junctions`."""


# ---------------------------------------------------------------------------------------------------------------
# Lines, segments and samples


def as_lines(lines):
    """``lines`` as a list of ``(n, 2)`` float arrays (extra columns such as z are dropped)."""
    return [np.atleast_2d(np.asarray(line, dtype=float))[:, :2] for line in lines]


def _line_weights(weights, count):
    """Per-line strengths as a float array of ``count`` values (all ones when ``weights`` is None)."""
    if weights is None:
        return np.ones(count)
    weights = np.asarray(weights, dtype=float)
    if weights.shape != (count,):
        raise ValueError(f"weights must hold one value per line ({count}), got shape {weights.shape}.")
    return weights


class Segments(NamedTuple):
    """Every segment of a set of lines, as flat arrays.

    ``start``/``end``: (m, 2) vertices (m); ``line``: (m,) index of the owning line; ``position``: (m,) arc length
    (m) from the line's first vertex to the segment start; ``length``: (m,) segment lengths (m); ``line_length``:
    (lines,) total length of each line (m).
    """

    start: np.ndarray
    end: np.ndarray
    line: np.ndarray
    position: np.ndarray
    length: np.ndarray
    line_length: np.ndarray


def segments(lines):
    """The :class:`Segments` of ``lines`` (a list of ``(n, 2)`` arrays, see :func:`as_lines`)."""
    lines = as_lines(lines)
    counts = np.array([max(len(line) - 1, 0) for line in lines], dtype=int)
    pieces = [line for line in lines if len(line) > 1]
    start = np.concatenate([line[:-1] for line in pieces]) if pieces else np.empty((0, 2))
    end = np.concatenate([line[1:] for line in pieces]) if pieces else np.empty((0, 2))
    line = np.repeat(np.arange(len(lines)), counts)
    length = np.hypot(*(end - start).T)
    before = np.cumsum(length) - length
    first = np.cumsum(counts) - counts
    position = before - before[first[line]] if line.size else before
    return Segments(start, end, line, position, length, np.bincount(line, length, minlength=len(lines)))


def axial(degrees):
    """Angles folded into [0, 180) degrees (the second modulo maps a rounded 180.0, e.g. ``-1e-15 % 180``, to 0)."""
    return np.mod(np.mod(degrees, 180.0), 180.0)


def segment_azimuths(start, end):
    """Axial azimuths (degrees clockwise from north, in [0, 180)) of segments from ``start`` to ``end`` (m, 2)."""
    delta = np.asarray(end, dtype=float) - np.asarray(start, dtype=float)
    return axial(np.degrees(np.arctan2(delta[:, 0], delta[:, 1])))


def line_lengths(lines):
    """Length (m) of each line."""
    return segments(lines).line_length


def line_azimuths(lines):
    """Mean axial azimuth (degrees from north, [0, 180)) of each line; NaN for a line of zero length.

    The mean is taken over the line's segments weighted by their length, on doubled angles (axial data: 179 and
    1 degrees average to 0, not 90); for a straight line it is the azimuth of the line.
    """
    seg = segments(lines)
    doubled = np.radians(2 * segment_azimuths(seg.start, seg.end))
    count = len(seg.line_length)
    cosine = np.bincount(seg.line, seg.length * np.cos(doubled), minlength=count)
    sine = np.bincount(seg.line, seg.length * np.sin(doubled), minlength=count)
    azimuths = axial(np.degrees(np.arctan2(sine, cosine)) / 2)
    azimuths[seg.line_length == 0] = np.nan
    return azimuths


def azimuth_histogram(lines, bins=36, weights="length"):
    """Rose-diagram histogram of lineament azimuths: (bin edges in degrees over [0, 180], sums per bin).

    ``weights``: ``"length"`` sums segment lengths (m) per azimuth bin (a curved line spreads over several bins);
    ``"count"`` or None counts lines (unweighted) at their mean azimuth (:func:`line_azimuths`); an array of one
    strength per line sums segment length times the line's strength.
    """
    edges = np.linspace(0.0, 180.0, bins + 1)
    if weights is None or (isinstance(weights, str) and weights == "count"):
        azimuths = line_azimuths(lines)
        return edges, np.histogram(azimuths[np.isfinite(azimuths)], edges)[0].astype(float)
    if isinstance(weights, str) and weights != "length":
        raise ValueError(f"weights must be 'length', 'count' or one value per line, got {weights!r}.")
    seg = segments(lines)
    strength = _line_weights(None if isinstance(weights, str) else weights, len(seg.line_length))
    sums = np.histogram(segment_azimuths(seg.start, seg.end), edges, weights=seg.length * strength[seg.line])[0]
    return edges, sums


class Samples(NamedTuple):
    """Samples along a set of lines (:func:`sample_lines`): ``points`` (k, 2) in metres, the ``length`` (m) each
    stands for, the index of its ``line``, the axial ``azimuth`` (degrees) of its segment and its ``arc`` distance
    (m) from its line's first vertex."""

    points: np.ndarray
    length: np.ndarray
    line: np.ndarray
    azimuth: np.ndarray
    arc: np.ndarray


def sample_lines(lines, step):
    """:class:`Samples` every ``step`` metres or less along ``lines``.

    Each segment is cut into ``ceil(length / step)`` equal pieces and each piece is represented by its midpoint, so
    the sample lengths add up exactly to the line lengths.
    """
    seg = segments(lines)
    pieces = np.maximum(np.ceil(seg.length / step).astype(int), 1)
    owner = np.repeat(np.arange(len(seg.length)), pieces)
    fraction = (np.arange(owner.size) - np.repeat(np.cumsum(pieces) - pieces, pieces) + 0.5) / pieces[owner]
    points = seg.start[owner] + fraction[:, None] * (seg.end - seg.start)[owner]
    return Samples(points, (seg.length / pieces)[owner], seg.line[owner], segment_azimuths(seg.start, seg.end)[owner],
                   seg.position[owner] + fraction * seg.length[owner])


def chord_azimuths(lines, samples, chord):
    """Axial azimuth (degrees from north, [0, 180)) at each of the :class:`Samples` of ``lines``: the direction of
    its line's chord from ``chord / 2`` metres before the sample to ``chord / 2`` after it along the line (each end
    stopped at the line's end)."""
    lines = as_lines(lines)
    if not len(samples.arc):
        return np.empty(0)
    real = [index for index, line in enumerate(lines) if len(line) > 1]  # the lines samples come from
    pieces = {index: np.hypot(*np.diff(lines[index], axis=0).T) for index in real}
    totals = np.array([pieces[index].sum() if index in pieces else 0.0 for index in range(len(lines))])
    # every line's vertices on one increasing arc axis: each line starts 1 m after the end of the one before it
    starts = np.concatenate([[0.0], np.cumsum(totals + 1.0)[:-1]])
    axis = np.concatenate([starts[index] + np.r_[0.0, np.cumsum(pieces[index])] for index in real])
    vertices = np.concatenate([lines[index] for index in real])
    owner = samples.line
    before = starts[owner] + np.maximum(samples.arc - chord / 2, 0.0)
    after = starts[owner] + np.minimum(samples.arc + chord / 2, totals[owner])
    east = np.interp(after, axis, vertices[:, 0]) - np.interp(before, axis, vertices[:, 0])
    north = np.interp(after, axis, vertices[:, 1]) - np.interp(before, axis, vertices[:, 1])
    return axial(np.degrees(np.arctan2(east, north)))


# ---------------------------------------------------------------------------------------------------------------
# Junctions, crossings and splays


def _densify(seg, spacing):
    """Vertices along every segment no more than ``spacing`` apart, both ends included: (points, owning segment).

    Every point of segment ``s`` lies within ``spacing / 2`` of one of its vertices.
    """
    pieces = np.maximum(np.ceil(seg.length / spacing).astype(int), 1)
    owner = np.repeat(np.arange(len(seg.length)), pieces + 1)
    fraction = (np.arange(owner.size) - np.repeat(np.cumsum(pieces + 1) - pieces - 1, pieces + 1)) / pieces[owner]
    return seg.start[owner] + fraction[:, None] * (seg.end - seg.start)[owner], owner


def _candidate_pairs(seg, snap_distance):
    """Pairs (s, t) of segments of different lines that may intersect or lie within ``snap_distance``.

    Segments are densified at spacing ``h`` (the snap distance, or the median segment length when it is zero,
    coarsened so at most about 4 million vertices are made) and indexed in a k-d tree: two segments that
    intersect have vertices within ``h`` of each other, and a point within ``snap_distance`` of a segment is within
    ``snap_distance + h / 2`` of one of its vertices. Only vertex pairs closer than the larger of the two are kept.
    """
    spacing = snap_distance if snap_distance > 0 else float(np.median(seg.length))
    spacing = max(spacing, seg.length.sum() / 4e6, _TOLERANCE)
    points, owner = _densify(seg, spacing)
    pairs = cKDTree(points).query_pairs(max(spacing, snap_distance + spacing / 2) + _TOLERANCE,
                                        output_type="ndarray")
    first, second = owner[pairs[:, 0]], owner[pairs[:, 1]]
    keep = seg.line[first] != seg.line[second]
    low, high = np.minimum(first, second)[keep], np.maximum(first, second)[keep]
    key = np.unique(low * len(seg.length) + high)
    return key // len(seg.length), key % len(seg.length)


def _cross(a, b):
    return a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]


def _roles(seg, segment, fraction, snap):
    """Role of the point at ``fraction`` (0-1) of each ``segment`` on its line: 0 first end, 1 last end, 2 through.

    A point is at an end when its arc distance along the line from that end is at most ``snap`` metres.
    """
    position = seg.position[segment] + fraction * seg.length[segment]
    remaining = seg.line_length[seg.line[segment]] - position
    role = np.where(position <= remaining, 0, 1)
    return np.where(np.minimum(position, remaining) <= snap, role, 2)


def _intersection_events(seg, first, second, snap):
    """Proper intersections of the segment pairs: (points, line a, role a, line b, role b)."""
    start, direction = seg.start[first], seg.end[first] - seg.start[first]
    other = seg.end[second] - seg.start[second]
    offset = seg.start[second] - start
    denominator = _cross(direction, other)
    with np.errstate(divide="ignore", invalid="ignore"):
        u = _cross(offset, other) / denominator
        v = _cross(offset, direction) / denominator
    hit = (denominator != 0) & (u >= 0) & (u <= 1) & (v >= 0) & (v <= 1)
    first, second, u, v = first[hit], second[hit], u[hit], v[hit]
    points = start[hit] + u[:, None] * direction[hit]
    return (points, seg.line[first], _roles(seg, first, u, snap), seg.line[second], _roles(seg, second, v, snap))


def _end_events(seg, first, second, snap):
    """Line ends within ``snap`` of a segment of another line: (points, line a, role a, line b, role b).

    The event point is the nearest point of the other line to the end (where the end would join it); for each line
    end only the nearest segment of each other line is kept.
    """
    is_first = seg.position == 0
    is_last = np.isclose(seg.position + seg.length, seg.line_length[seg.line], rtol=0, atol=_TOLERANCE)
    mine = np.concatenate([first, second, first, second])
    other = np.concatenate([second, first, second, first])
    end = np.repeat([0, 0, 1, 1], len(first))
    keep = np.where(end == 0, is_first[mine], is_last[mine])
    mine, other, end = mine[keep], other[keep], end[keep]
    point = np.where(end[:, None] == 0, seg.start[mine], seg.end[mine])
    direction = seg.end[other] - seg.start[other]
    fraction = np.clip(np.sum((point - seg.start[other]) * direction, axis=1)
                       / np.maximum(np.sum(direction**2, axis=1), _TOLERANCE**2), 0, 1)
    nearest = seg.start[other] + fraction[:, None] * direction
    distance = np.hypot(*(point - nearest).T)
    order = np.lexsort((distance, seg.line[other], end, seg.line[mine]))
    order = order[distance[order] <= snap]
    key = np.stack([seg.line[mine], end, seg.line[other]])[:, order]
    order = order[np.r_[True, np.any(key[:, 1:] != key[:, :-1], axis=0)]] if order.size else order
    return (nearest[order], seg.line[mine][order], end[order], seg.line[other][order],
            _roles(seg, other[order], fraction[order], snap))


def _cluster(points, distance):
    """Labels (0..k-1) of the single-linkage clusters of ``points`` at ``distance``, and the cluster count."""
    pairs = cKDTree(points).query_pairs(distance, output_type="ndarray")
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(points), len(points)))
    count, labels = connected_components(graph, directed=False)
    return labels, count


def _classify(cluster, line, role, count):
    """Kind of each of ``count`` clusters from its participants (cluster, line, role), as an index into
    :data:`KINDS`, or -1 for a node of fewer than three branches.

    Each line in a cluster brings one branch when it ends there (either end; a line with both ends in the cluster
    is a stub shorter than the snap distance, one branch) and two when it passes through.
    """
    key = cluster * (line.max() + 1) + line
    member, index = np.unique(key, return_index=True)
    ends_there = np.isin(member, key[role < 2])
    owner = cluster[index]
    ends = np.bincount(owner, ends_there, minlength=count)
    lines_in = np.bincount(owner, minlength=count)
    throughs = lines_in - ends
    kinds = np.where(ends + 2 * throughs >= 3, KINDS.index(JUNCTION), -1)
    kinds[(lines_in == 2) & (ends == 0)] = KINDS.index(CROSSING)
    kinds[(lines_in == 2) & (ends == 1)] = KINDS.index(SPLAY)
    return kinds


def find_junctions(lines, snap_distance):
    """Contacts between lineaments: (points (k, 2) in map units, list of k kinds).

    Following docs/science.md section 4, with ``snap_distance`` (m, >= 0) bridging small gaps:

    - ``"crossing"``: two lines cross (X), the crossing point more than ``snap_distance`` (along each line) from
      both lines' ends;
    - ``"splay"``: a line end stops (or overshoots) within ``snap_distance`` of the interior of another line (T);
      reported at the nearest point of the other line;
    - ``"junction"``: any other node of three or more branches, such as three line ends meeting within
      ``snap_distance`` (Y), or three or more lines meeting at one place. A line ending at a node brings one branch,
      a line passing through it two. Two line ends meeting (a gap in one lineament or a bend) are not contacts.

    Contact events (intersections, and line ends within ``snap_distance`` of another line) closer than
    ``snap_distance`` are merged (single linkage) into one node at their mean position. Interactions of a line with
    itself are ignored. Scales to tens of thousands of lines: a k-d tree of densified vertices limits the exact
    segment tests to nearby pairs.
    """
    if not snap_distance >= 0:
        raise ValueError(f"snap_distance must be >= 0 metres, got {snap_distance}.")
    seg = segments(lines)
    if seg.length.size == 0:
        return np.empty((0, 2)), []
    origin = seg.start[0].copy()
    seg = seg._replace(start=seg.start - origin, end=seg.end - origin)
    snap = snap_distance + _TOLERANCE
    first, second = _candidate_pairs(seg, snap_distance)
    events = [_intersection_events(seg, first, second, snap), _end_events(seg, first, second, snap)]
    points, line_a, role_a, line_b, role_b = (np.concatenate(parts) for parts in zip(*events))
    if len(points) == 0:
        return np.empty((0, 2)), []
    labels, count = _cluster(points, snap)
    kinds = _classify(np.concatenate([labels, labels]), np.concatenate([line_a, line_b]),
                      np.concatenate([role_a, role_b]), count)
    size = np.bincount(labels, minlength=count)
    centres = np.column_stack([np.bincount(labels, points[:, i], minlength=count) / size for i in (0, 1)]) + origin
    keep = np.flatnonzero(kinds >= 0)
    keep = keep[np.lexsort((centres[keep, 1], centres[keep, 0]))]
    return centres[keep], [KINDS[kind] for kind in kinds[keep]]


# ---------------------------------------------------------------------------------------------------------------
# Maps


def splat(points, weights, grid):
    """Sum of ``weights`` at ``points`` (m) shared bilinearly between the four nearest cell centres; (rows, cols).

    Weight falling beyond the outermost cell centres is dropped.
    """
    col = (points[:, 0] - grid.west) / grid.cell_x - 0.5
    row = (grid.north - points[:, 1]) / grid.cell_y - 0.5
    col0, row0 = np.floor(col).astype(int), np.floor(row).astype(int)
    fc, fr = col - col0, row - row0
    total = np.zeros(grid.rows * grid.cols)
    for dr, dc, share in ((0, 0, (1 - fr) * (1 - fc)), (0, 1, (1 - fr) * fc), (1, 0, fr * (1 - fc)), (1, 1, fr * fc)):
        r, c = row0 + dr, col0 + dc
        inside = (r >= 0) & (r < grid.rows) & (c >= 0) & (c < grid.cols)
        total += np.bincount(r[inside] * grid.cols + c[inside], (weights * share)[inside],
                             minlength=total.size)
    return total.reshape(grid.shape)


def _smooth(sums, grid, sigma):
    """Per-cell sums convolved with a unit-integral Gaussian of ``sigma`` metres: the same sums spread out."""
    return ndimage.gaussian_filter(sums, (sigma / grid.cell_y, sigma / grid.cell_x), mode="constant")


def _check_sigma(sigma):
    if sigma is None or not np.isfinite(sigma) or sigma <= 0:
        raise ValueError(f"sigma must be a positive distance in metres, got {sigma}.")


def _cell_area_km2(grid):
    return grid.cell_x * grid.cell_y / 1e6


def contact_density(points, grid, sigma):
    """Gaussian kernel density of ``points`` ((k, 2), m) in points per km², ``sigma`` in metres.

    Normalised so that the map integrates (sum times cell area in km²) to the number of points, less what falls
    beyond the grid. Feed it the points of :func:`find_junctions` (all kinds, or one kind).
    """
    _check_sigma(sigma)
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    return _smooth(splat(points, np.ones(len(points)), grid), grid, sigma) / _cell_area_km2(grid)


def lineament_density(lines, grid, sigma):
    """Gaussian-smoothed lineament density in km of lineament per km², ``sigma`` in metres.

    Lines are sampled every :data:`SAMPLE_STEP` cell; the map integrates to the line length in km inside the grid.
    """
    _check_sigma(sigma)
    samples = sample_lines(lines, SAMPLE_STEP * min(grid.cell_x, grid.cell_y))
    return _smooth(splat(samples.points, samples.length / 1000.0, grid), grid, sigma) / _cell_area_km2(grid)


def orientation_entropy(lines, grid, sigma, bins=12, weights=None, min_length=None, chord=None):
    """Normalised Shannon entropy (0-1) of lineament orientations in a Gaussian window of ``sigma`` metres.

    Definition (the same for extracted and for true lines):

    - lines are sampled every :data:`SAMPLE_STEP` cell; the orientation at a sample is the axial azimuth of its
      line's chord of ``chord`` metres centred on it (default :data:`ENTROPY_CHORD` times ``sigma``, see there:
      the direction at the scale of the window, not that of a raster zig-zag);
    - each sample weighs its length times its line's strength (``weights``, one per line, default 1) and that
      weight is shared between the two nearest of ``bins`` equal orientation bins over 0-180 degrees, linearly in
      the distance to their centres (so the entropy changes smoothly with azimuth instead of jumping where a line
      crosses a bin edge);
    - each bin is accumulated per cell and Gaussian-filtered; with ``p`` the bin fractions in a window,
      ``H = -sum p log p / log(bins)``: 0 where every line has one orientation at a bin centre (at most
      ``log 2 / log(bins)``, 0.28 for 12 bins, midway between two centres), 1 where all orientations are equally
      present;
    - NaN (no entropy) where the windowed line length (metres of line weighted by the kernel relative to its
      centre, strengths ignored) is below ``min_length`` metres, default :data:`ENTROPY_MIN_LENGTH` times
      ``sigma``: too little line to speak of a mix of orientations, and in particular wherever there is none.
    """
    _check_sigma(sigma)
    if bins < 2:
        raise ValueError(f"bins must be at least 2, got {bins}.")
    min_length = ENTROPY_MIN_LENGTH * sigma if min_length is None else min_length
    chord = ENTROPY_CHORD * sigma if chord is None else chord
    lines = as_lines(lines)
    samples = sample_lines(lines, SAMPLE_STEP * min(grid.cell_x, grid.cell_y))
    strength = samples.length * _line_weights(weights, len(lines))[samples.line]
    window = _smooth(splat(samples.points, samples.length, grid), grid, sigma)
    window *= 2 * np.pi * (sigma / grid.cell_x) * (sigma / grid.cell_y)
    position = chord_azimuths(lines, samples, chord) / (180.0 / bins) - 0.5  # in bins from the first bin's centre
    lower = np.floor(position)
    upper_share = position - lower
    lower = lower.astype(int) % bins
    upper = (lower + 1) % bins
    total = np.zeros(grid.shape)
    weighted_log = np.zeros(grid.shape)
    for b in range(bins):
        share = np.where(lower == b, 1.0 - upper_share, 0.0) + np.where(upper == b, upper_share, 0.0)
        used = share > 0
        summed = np.maximum(_smooth(splat(samples.points[used], (strength * share)[used], grid), grid, sigma), 0)
        total += summed
        weighted_log += summed * np.log(np.where(summed > 0, summed, 1.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = (np.log(total) - weighted_log / total) / np.log(bins)
    entropy[(window < min_length) | ~(total > 0)] = np.nan
    return np.clip(entropy, 0.0, 1.0)


def _unit_scaled(values):
    """``values`` divided by the :data:`COMPLEXITY_PERCENTILE` percentile of their positive finite values, clipped to
    [0, 1] (all zeros when there is none); NaN stays NaN."""
    values = np.asarray(values, dtype=float)
    positive = values[np.isfinite(values) & (values > 0)]
    if positive.size == 0:
        return np.where(np.isnan(values), np.nan, 0.0)
    return np.clip(values / np.percentile(positive, COMPLEXITY_PERCENTILE), 0.0, 1.0)


def structural_complexity(contact, entropy, density):
    """Structural complexity (0-1): the mean of scaled contact density, orientation entropy and lineament density.

    ``contact`` (:func:`contact_density`) and ``density`` (:func:`lineament_density`) are divided by the
    :data:`COMPLEXITY_PERCENTILE` (98th) percentile of their positive values and clipped to [0, 1]: a robust maximum,
    so one extreme node does not flatten the map, while zero stays zero and ratios are kept (a rank transform
    would lift the faintest non-zero cell above the empty majority). ``entropy`` (:func:`orientation_entropy`) is
    already an absolute 0-1 measure and is used as is; where it is NaN (too little line to judge) it counts as 0,
    "no evidence of diverse orientations", so it does not blank the map where the other two are defined.

    Why an equal-weight mean: contact occurrence and orientation entropy are the two complementary measures of
    complexity of Holden et al. (2012) (how often structures meet; how diverse their directions are), and
    docs/science.md section 4 adds lineament density; no one of them is favoured without calibration on known
    deposits. The mean rewards coincidence: a single line scores at most 1/3 (density only), a cluster of crossing,
    differently oriented lines approaches 1. The scaling is relative to the map given, so values compare within one
    map, not between maps. NaN where ``contact`` or ``density`` is NaN.
    """
    entropy = np.clip(np.nan_to_num(np.asarray(entropy, dtype=float), nan=0.0), 0.0, 1.0)
    return (_unit_scaled(contact) + entropy + _unit_scaled(density)) / 3.0
