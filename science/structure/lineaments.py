"""CET-style lineaments (Holden et al. 2008, 2012): phase symmetry ridges -> threshold -> skeleton -> vector lines.

Raster conventions are those of :mod:`.grid`: row 0 is north, columns run east; a cell's centre is at
``(west + (col + 0.5) cell_x, north - (row + 0.5) cell_y)``. Azimuths and strikes are degrees clockwise from north
in [0, 180). Skeletons are boolean grids of 8-connected lines one cell wide; a pixel's neighbours are its 8
adjacent pixels, a junction pixel has 3 or more neighbours, a line end exactly 1.
"""
from dataclasses import dataclass

import numpy as np
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, depth_first_order

from ..progress import report
from .normalisation import damped_tilt
from .phasesymmetry import phase_symmetry
from .texture import texture

# ---------------------------------------------------------------------------------------------------------------
# 8-neighbourhoods as bit codes

_OFFSETS = np.array([(-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1)])
"""(row, col) steps to the 8 neighbours in bit order: N, NE, E, SE, S, SW, W, NW (bit 0 is north)."""

_BITS = ((np.arange(256)[:, None] >> np.arange(8)) & 1).astype(bool)
"""(256, 8): which neighbours are set in each 8-neighbour code."""

_COUNTS = _BITS.sum(axis=1).astype(np.uint8)
"""Number of set neighbours of each code."""


def _guo_hall_tables():
    """Deletion tables of the two sub-iterations of Guo & Hall's (1989) parallel thinning (algorithm A1).

    With P2..P9 the neighbours N, NE, ..., NW: C(P) counts the 8-connected neighbour groups, N(P) = min(N1, N2)
    the smallest number of neighbour pairs covering the set neighbours; P is deleted when C = 1, 2 <= N <= 3 and
    (P6 | P7 | ~P9) & P8 is false (first sub-iteration) or (P2 | P3 | ~P5) & P4 is false (second).
    """
    p2, p3, p4, p5, p6, p7, p8, p9 = _BITS.T
    groups = (~p2 & (p3 | p4)).astype(int) + (~p4 & (p5 | p6)) + (~p6 & (p7 | p8)) + (~p8 & (p9 | p2))
    pairs_a = (p9 | p2).astype(int) + (p3 | p4) + (p5 | p6) + (p7 | p8)
    pairs_b = (p2 | p3).astype(int) + (p4 | p5) + (p6 | p7) + (p8 | p9)
    pairs = np.minimum(pairs_a, pairs_b)
    deletable = (groups == 1) & (pairs >= 2) & (pairs <= 3)
    return deletable & ~((p6 | p7 | ~p9) & p8), deletable & ~((p2 | p3 | ~p5) & p4)


def _redundant_table():
    """Codes of pixels that are simple (8-connected lines, 4-connected background) and not line ends.

    Such a pixel can be removed without changing the skeleton's connectivity or shortening a line: a corner of a
    staircase, a pixel of a 2 x 2 block. Computed by labelling each 3 x 3 neighbourhood.
    """
    table = np.zeros(256, bool)
    cross = ndimage.generate_binary_structure(2, 1)
    edge_neighbours = (_OFFSETS[:, 0] == 0) | (_OFFSETS[:, 1] == 0)
    for code in range(256):
        patch = np.zeros((3, 3), bool)
        patch[1 + _OFFSETS[:, 0], 1 + _OFFSETS[:, 1]] = _BITS[code]
        _, lines = ndimage.label(patch, structure=np.ones((3, 3)))
        background = ~patch
        background[1, 1] = False
        labels, _ = ndimage.label(background, structure=cross)
        touching = labels[1 + _OFFSETS[edge_neighbours, 0], 1 + _OFFSETS[edge_neighbours, 1]]
        table[code] = lines == 1 and len(set(touching[touching > 0])) == 1 and _COUNTS[code] >= 2
    return table


_THIN_FIRST, _THIN_SECOND = _guo_hall_tables()
_REDUNDANT = _redundant_table()


def _flat_offsets(padded):
    """Flat-index steps to the 8 neighbours in a C-ordered 2-D array."""
    return _OFFSETS[:, 0] * padded.shape[1] + _OFFSETS[:, 1]


def _codes(padded, index):
    """8-neighbour codes (uint8) of the pixels at flat ``index`` of a zero-bordered boolean array."""
    flat = padded.ravel()
    code = np.zeros(len(index), np.uint8)
    for bit, step in enumerate(_flat_offsets(padded)):
        code |= flat[index + step].view(np.uint8) << np.uint8(bit)
    return code


def _delete_where(padded, index, table):
    """Clear (in place) the pixels at ``index`` whose code is marked in ``table``, all at once; the survivors."""
    delete = table[_codes(padded, index)]
    padded.ravel()[index[delete]] = False
    return index[~delete]


def _remove_redundant(padded):
    """Remove redundant skeleton pixels (see :func:`_redundant_table`) in place, until none is left.

    Pixels are visited in 4 interleaved subfields (row and column parity): no two pixels of a subfield are
    neighbours, so removing all the redundant ones of a subfield at once is safe.
    """
    while True:
        index = np.flatnonzero(padded)
        rows, cols = np.divmod(index, padded.shape[1])
        remaining = len(index)
        for subfield in range(4):
            chosen = index[(rows % 2) * 2 + cols % 2 == subfield]
            remaining -= len(chosen) - len(_delete_where(padded, chosen, _REDUNDANT))
        if remaining == len(index):
            return


def thin(mask):
    """One-cell-wide, 8-connected skeleton of a boolean mask (Guo & Hall 1989 parallel thinning, vectorised).

    The two sub-iterations peel opposite sides alternately, so a thick bar thins to its axis. The result is then
    made minimal: staircase corners and other redundant pixels (simple points with 2 or more neighbours) are
    removed, so every remaining pixel is a line end (1 neighbour), a line pixel (2 neighbours not adjacent to
    each other) or a junction (3 or more). Each pass only looks at the foreground pixels.
    """
    padded = np.pad(np.asarray(mask, dtype=bool), 1)
    index = np.flatnonzero(padded)
    while True:
        count = len(index)
        for table in (_THIN_FIRST, _THIN_SECOND):
            index = _delete_where(padded, index, table)
        if len(index) == count:
            break
    _remove_redundant(padded)
    return padded[1:-1, 1:-1]


AUTOMATIC_THRESHOLD_FRACTION = {"sum": 0.01, "max": 0.2}
"""The automatic ridge threshold as a fraction of the grid's largest phase symmetry, for each way of combining the
orientations (``combine`` of :func:`.phasesymmetry.phase_symmetry`).

- "sum" (Kovesi's phase symmetry) is already noise-thresholded: Kovesi's compensation sets to 0 every cell whose
  symmetric energy does not exceed the estimated noise by ``k`` standard deviations, so the ridge threshold only
  has to separate zero from non-zero; 1 % of the maximum does that and also drops the numerical fuzz of a
  resampled symmetry raster. Measured on :func:`.synthetic.dyke_field` (256 x 256 cells of 50 m, 12 dykes, seeds
  0-5, polarity +1, k = 2), buffer F1 at 2 cells, clean / with 5 nT noise: this threshold 0.89-0.94 / 0.82-0.91;
  symmetry > 0: 0.90-0.95 / 0.82-0.91; > 0.05: 0.89-0.94 / 0.79-0.90; > 0.1: 0.87-0.94 / 0.72-0.86; Otsu's
  threshold of the positive values (0.28-0.40): 0.68-0.78 / 0.53-0.68. Precision stayed at 0.97-1.00 for all of
  them: a higher threshold only loses the weak dykes, whose summed symmetry is low because their energy is close
  to the noise threshold. Raise ``k`` rather than this threshold to reject noise.
- "max" (best single orientation where it beats the sum) gives a weak dyke a symmetry near 1 on its axis, but
  also a low one over the flanks of the ridges, which thickens the ridge mask where lines cross. Same fields
  (the 256-cell ones for F1 and orientation error; 300 x 300 cells with 14 dykes for junction recall, see
  :data:`CROSSING_LINK`), the maximum being 0.996-0.997, clean / 5 nT noise: 1 % of the maximum, F1 0.93-0.97 /
  0.94-0.98, median orientation error 0.8-2.0 / 0.5-1.4 degrees, mean junction recall 0.67 / 0.69; 10 %,
  0.94-0.98 / 0.95-0.99, 0.6-1.5 / 0.5-1.1, 0.70 / 0.70; 20 %, 0.94-0.98 / 0.94-0.99, 0.7-1.2 / 0.6-0.9,
  0.71 / 0.68; 30 %, 0.94-0.99 / 0.94-0.99, 0.4-1.2 / 0.4-0.9, 0.69 / 0.67; 40 %, 0.94-0.99 / 0.93-0.99,
  0.4-1.3 / 0.5-0.9, 0.69 / 0.67 with the lowest recall of a seed down to 0.51.
"""


def threshold_ridges(symmetry, threshold=None, combine="sum"):
    """Ridge mask: cells whose phase symmetry exceeds ``threshold`` (NaN cells are never ridges).

    ``threshold=None``: :data:`AUTOMATIC_THRESHOLD_FRACTION` (for the ``combine`` that made the symmetry) of the
    largest symmetry of the grid.
    """
    symmetry = np.asarray(symmetry, dtype=np.float32)
    if threshold is None:
        threshold = automatic_threshold(float(np.nanmax(symmetry, initial=0.0)), combine)
    with np.errstate(invalid="ignore"):
        return symmetry > threshold


def automatic_threshold(largest, combine="sum"):
    """The automatic ridge threshold of a grid whose largest phase symmetry is ``largest`` (0-1), for the
    ``combine`` that made it: :data:`AUTOMATIC_THRESHOLD_FRACTION` of ``largest``."""
    return AUTOMATIC_THRESHOLD_FRACTION[combine] * largest


def ridge_raster(symmetry, threshold=None, combine="sum"):
    """The ridge raster lineaments are traced on (float32): the phase symmetry where it exceeds ``threshold``
    (:func:`threshold_ridges`, None: automatic), 0 elsewhere, NaN where ``symmetry`` is NaN."""
    symmetry = np.asarray(symmetry, dtype=np.float32)
    ridges = np.where(threshold_ridges(symmetry, threshold, combine), symmetry, np.float32(0))
    ridges[np.isnan(symmetry)] = np.nan
    return ridges


# ---------------------------------------------------------------------------------------------------------------
# Gap bridging


BRIDGE_LOOKBACK = 6
"""Pixels walked back from a line end to find its direction when bridging gaps."""

_RAY_STEP = 0.25
"""Step (cells) of the rays cast from line ends."""


def _walk_back(padded, ends):
    """The ``BRIDGE_LOOKBACK`` pixels behind each line end along its line (flat indices, -1 after a junction)."""
    steps = _flat_offsets(padded)
    path = np.full((len(ends), BRIDGE_LOOKBACK), -1)
    previous, current = ends, ends + steps[np.argmax(_BITS[_codes(padded, ends)], axis=1)]
    path[:, 0] = current
    active = np.ones(len(ends), bool)
    for step in range(1, BRIDGE_LOOKBACK):
        bits = _BITS[_codes(padded, current)]
        active &= bits.sum(axis=1) == 2
        first = current + steps[np.argmax(bits, axis=1)]
        second = current + steps[7 - np.argmax(bits[:, ::-1], axis=1)]
        following = np.where(first == previous, second, first)
        previous, current = np.where(active, current, previous), np.where(active, following, current)
        path[active, step] = current[active]
    return path


def _end_directions(padded, ends, path, orientation):
    """Unit (row, col) directions pointing out of each line end.

    The axis is the mean strike of ``orientation`` (padded like the skeleton) over the pixels behind the end
    (doubled-angle average); it points away from those pixels. Where the strike is undefined or more than 45
    degrees from the line's own direction (the chord from the mean of those pixels to the end), the chord is used.
    """
    width = padded.shape[1]
    known = path >= 0
    rows, cols = np.divmod(np.where(known, path, 0), width)
    count = known.sum(axis=1)
    end_rows, end_cols = np.divmod(ends, width)
    chord = np.stack([end_rows - (rows * known).sum(axis=1) / count, end_cols - (cols * known).sum(axis=1) / count],
                     axis=1)
    chord /= np.hypot(chord[:, 0], chord[:, 1])[:, None]
    doubled = np.radians(2 * orientation.ravel()[np.where(known, path, 0)])
    defined = known & ~np.isnan(doubled)
    angle = 0.5 * np.arctan2(np.where(defined, np.sin(doubled), 0).sum(axis=1),
                             np.where(defined, np.cos(doubled), 0).sum(axis=1))
    axis = np.stack([-np.cos(angle), np.sin(angle)], axis=1)  # strike clockwise from north, rows run south
    alignment = np.einsum("ij,ij->i", axis, chord)
    axis *= np.sign(alignment)[:, None]
    use_chord = (np.abs(alignment) < np.cos(np.radians(45))) | ~defined.any(axis=1)
    return np.where(use_chord[:, None], chord, axis)


def _draw(padded, start, stop):
    """Set the pixels of the straight segments from ``start`` to ``stop`` ((n, 2) row, col) in place."""
    length = np.hypot(*(stop - start).T)
    for begin, end, size in zip(start, stop, np.ceil(2 * length).astype(int) + 1):
        points = np.rint(begin + np.linspace(0, 1, size)[:, None] * (end - begin)).astype(int)
        padded[points[:, 0], points[:, 1]] = True


def _cast_rays(padded, ends, behind, directions, max_gap, reach=None):
    """Where the rays from the line ends first meet another part of the skeleton: (origins, targets) of the hits.

    ``ends``: flat indices; ``behind``: the pixels behind each end (excluded: a ray must not meet its own line);
    ``directions``: unit (row, col) vectors. A ray is sampled every :data:`_RAY_STEP` cells from 1 to
    ``max_gap + 1`` cells; at each sample the 4 pixel centres around it are looked at (so the ray cannot slip
    through a diagonal line), and a skeleton pixel among them at most ``max_gap`` cells from the end (or its
    ``reach``, padded flat-indexable grid, where larger) is a hit; the one nearest the ray at its first hit is the
    target. Origins and targets are (row, col) arrays.
    """
    width = padded.shape[1]
    origins = np.stack(np.divmod(ends, width), axis=1).astype(float)
    longest = max_gap if reach is None else max(max_gap, float(np.nanmax(reach)))
    distances = np.arange(1.0, longest + 1.0, _RAY_STEP)
    points = origins[:, None, :] + distances[None, :, None] * directions[:, None, :]  # (ends, samples, 2)
    corners = np.floor(points)[:, :, None, :] + np.array([(0, 0), (0, 1), (1, 0), (1, 1)])  # (ends, samples, 4, 2)
    corners[..., 0] = np.clip(corners[..., 0], 0, padded.shape[0] - 1)  # the zero border stops rays
    corners[..., 1] = np.clip(corners[..., 1], 0, width - 1)
    flat = (corners[..., 0] * width + corners[..., 1]).astype(np.int64)
    own = np.concatenate([ends[:, None], behind], axis=1)
    hit = padded.ravel()[flat] & ~(flat[..., None] == own[:, None, None, :]).any(axis=-1)
    allowed = max_gap if reach is None else np.maximum(max_gap, reach.ravel()[flat])
    hit &= np.hypot(*(corners - origins[:, None, None, :]).transpose(3, 0, 1, 2)) <= allowed + 1e-9
    miss = np.where(hit, np.hypot(*(corners - points[:, :, None, :]).transpose(3, 0, 1, 2)), np.inf)
    reached = hit.any(axis=(1, 2))
    sample = np.argmax(hit.any(axis=2), axis=1)
    everyone = np.arange(len(ends))
    targets = corners[everyone, sample, np.argmin(miss[everyone, sample], axis=1)]
    return origins[reached], targets[reached]


def bridge_gaps(skeleton, orientation, max_gap, reach=None):
    """Skeleton with line ends extended along their direction to another line up to ``max_gap`` cells away.

    This restores a weak line where it crosses a strong one (phase symmetry breaks the weak line at the crossing)
    and joins collinear pieces. From each line end a ray is cast along the line's direction (the mean strike of
    ``orientation``, degrees from north, over the :data:`BRIDGE_LOOKBACK` pixels behind the end, see
    :func:`_end_directions`); the first pixel of another part of the skeleton met by the ray at most ``max_gap``
    cells from the end (distance between pixel centres; square cells) is joined to the end by a straight line
    (:func:`_cast_rays`). Along a straight line this closes gaps of up to ``max_gap - 1`` missing pixels.
    ``reach`` (optional grid, cells): a pixel can also be reached from up to that distance when it is larger than
    ``max_gap``. Returns a new minimal skeleton (redundant pixels removed, as :func:`thin`).
    """
    padded = np.pad(np.asarray(skeleton, dtype=bool), 1)
    index = np.flatnonzero(padded)
    ends = index[_COUNTS[_codes(padded, index)] == 1]
    if max_gap < 1 or not len(ends):
        return padded[1:-1, 1:-1]
    behind = _walk_back(padded, ends)
    orientation = np.pad(np.asarray(orientation, dtype=float), 1, constant_values=np.nan)
    if reach is not None:
        reach = np.pad(np.nan_to_num(np.asarray(reach, dtype=float)), 1)
    origins, targets = _cast_rays(padded, ends, behind, _end_directions(padded, ends, behind, orientation), max_gap,
                                  reach)
    _draw(padded, origins, targets)
    _remove_redundant(padded)
    return padded[1:-1, 1:-1]


END_ALIGNMENT = 0.9
"""Cosine of the largest angle (25 degrees) between a line end's direction and the ridge's strike (the phase
symmetry orientation) along which :func:`_ridge_rays` continues the line: past the tip of a ridge the strike
turns."""

END_REACH_MARGIN = 1.0
"""Cells a line end may be continued beyond its distance to the edge of the ridge mask (:func:`_ridge_rays`)."""


def _ridge_rays(padded, inside, orientation, ends, behind):
    """Pixels continuing each line end along its direction to the tip of its ridge: a list of flat-index arrays
    (padded grid), ordered outward from the end.

    Thinning leaves a line's free end about half the ridge's width short of the tip of the thresholded ridge (the
    end of a wide ridge is eroded from three sides), so lineaments would come out shorter than the features they
    trace by that much at each end (on the demo's NE corridor, 35 m at its north-east end). The ray is cast along
    the line's direction (:func:`_end_directions`, from the pixels ``behind`` the end) every :data:`_RAY_STEP`
    cells and stops before the first pixel that is outside the ridge mask ``inside``, whose strike
    (``orientation``, degrees) turns more than :data:`END_ALIGNMENT` allows from the ray, that belongs to another
    line of the skeleton ``padded``, or that is further from the end than the end's distance to the mask's edge
    plus :data:`END_REACH_MARGIN` (the half-width of the ridge there: the reach a thinned end can have lost).
    """
    width = padded.shape[1]
    directions = _end_directions(padded, ends, behind, orientation)
    limits = ndimage.distance_transform_edt(inside).ravel()[ends] + END_REACH_MARGIN
    origins = np.stack(np.divmod(ends, width), axis=1).astype(float)
    distances = np.arange(_RAY_STEP, float(limits.max()) + _RAY_STEP / 2, _RAY_STEP)
    pixels = np.rint(origins[:, None, :] + distances[None, :, None] * directions[:, None, :]).astype(np.int64)
    pixels[..., 0] = np.clip(pixels[..., 0], 0, padded.shape[0] - 1)  # the zero border is outside the mask
    pixels[..., 1] = np.clip(pixels[..., 1], 0, width - 1)
    flat = pixels[..., 0] * width + pixels[..., 1]
    strike = np.radians(orientation.ravel()[flat])
    aligned = np.abs(directions[:, None, 0] * -np.cos(strike) + directions[:, None, 1] * np.sin(strike))
    own = np.concatenate([ends[:, None], behind], axis=1)
    other = padded.ravel()[flat] & ~(flat[..., None] == own[:, None, :]).any(axis=-1)
    stop = ~inside.ravel()[flat] | ~(aligned >= END_ALIGNMENT) | other | (distances > limits[:, None] + 1e-9)
    reached = np.where(stop.any(axis=1), np.argmax(stop, axis=1), len(distances))
    rays = []
    for path, count, end in zip(flat, reached, ends):
        path = path[:count]
        keep = np.r_[True, path[1:] != path[:-1]] & (path != end)
        rays.append(path[keep])
    return rays


# ---------------------------------------------------------------------------------------------------------------
# Vectorisation


@dataclass
class Lineament:
    """A vector lineament.

    - ``coords``: (n, 2) float array of (easting, northing) vertices in map metres;
    - ``length_m``: length of the polyline (m);
    - ``azimuth``: direction, degrees clockwise from north in [0, 180) (principal axis of its points);
    - ``strength``: mean phase symmetry of its pixels (0-1);
    - ``scale_m``: median over its pixels of the wavelength of the most responsive filter scale (m).
    """

    coords: np.ndarray
    length_m: float
    azimuth: float
    strength: float
    scale_m: float


def principal_azimuth(points, weights=None):
    """Axial direction (degrees clockwise from north, [0, 180)) of (n, 2) (easting, northing) points.

    The principal axis of the (optionally weighted) points: for points along a straight line, its direction.
    """
    points = np.asarray(points, dtype=float)
    weights = np.ones(len(points)) if weights is None else np.asarray(weights, dtype=float)
    centred = points - np.average(points, axis=0, weights=weights)
    east, north = np.linalg.eigh((centred * weights[:, None]).T @ centred)[1][:, -1]
    azimuth = float(np.degrees(np.arctan2(east, north)) % 180.0)
    return 0.0 if azimuth >= 180.0 else azimuth  # a tiny negative angle rounds to 180


def douglas_peucker(points, tolerance):
    """Vertices of the polyline (n, 2) kept by Douglas-Peucker simplification within ``tolerance`` (its units).

    The first and last points are always kept; for a closed line (first point = last) the distance is to that
    point.
    """
    keep = np.zeros(len(points), bool)
    keep[[0, -1]] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        chord = points[last] - points[first]
        offsets = points[first + 1:last] - points[first]
        norm = np.hypot(*chord)
        if norm > 0:
            distance = np.abs(chord[0] * offsets[:, 1] - chord[1] * offsets[:, 0]) / norm
        else:
            distance = np.hypot(offsets[:, 0], offsets[:, 1])
        farthest = int(np.argmax(distance))
        if distance[farthest] > tolerance:
            middle = first + 1 + farthest
            keep[middle] = True
            stack += [(first, middle), (middle, last)]
    return points[keep]


def _line_graph(padded, pixels):
    """Sparse adjacency (8-neighbours) among the sorted flat ``pixels`` of a padded skeleton, and the degrees."""
    sources, targets = [], []
    for step in _flat_offsets(padded)[[2, 3, 4, 5]]:  # E, SE, S, SW: each pair once
        position = np.minimum(np.searchsorted(pixels, pixels + step), len(pixels) - 1)
        found = pixels[position] == pixels + step
        sources.append(np.flatnonzero(found))
        targets.append(position[found])
    sources, targets = np.concatenate(sources), np.concatenate(targets)
    degree = np.bincount(sources, minlength=len(pixels)) + np.bincount(targets, minlength=len(pixels))
    return sources, targets, degree


def _ordered_lines(padded, pixels):
    """Lists of flat pixel indices, each one line of the skeleton ``pixels`` (no junctions) in order along it.

    Every component of the graph is a path or a cycle: a path is walked from one of its ends, a cycle is cut next
    to its first pixel and closed again (its first pixel repeated at the end). The walk is one depth-first
    traversal from a virtual root joined to the start of every component.
    """
    sources, targets, degree = _line_graph(padded, pixels)
    count = len(pixels)
    n_components, component = connected_components(
        coo_matrix((np.ones(len(sources)), (sources, targets)), shape=(count, count)), directed=False)
    by_degree = np.lexsort((degree, component))
    starts = by_degree[np.r_[0, np.flatnonzero(np.diff(component[by_degree])) + 1]]
    cycles = starts[degree[starts] == 2]
    keep = np.ones(len(sources), bool)
    for start in cycles:  # cut the first edge of each cycle's start
        keep[np.flatnonzero((sources == start) | (targets == start))[0]] = False
    root = count
    rows = np.concatenate([sources[keep], np.full(n_components, root)])
    cols = np.concatenate([targets[keep], starts])
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(count + 1, count + 1)).tocsr()
    order, predecessors = depth_first_order(graph, root, directed=False, return_predecessors=True)
    order = order[1:]
    breaks = np.flatnonzero(predecessors[order] == root)
    lines = np.split(order, breaks[1:])
    closed = set(cycles.tolist())
    return [pixels[np.r_[line, line[0]]] if line[0] in closed else pixels[line] for line in lines]


def _junction_attachments(padded, ends, labels):
    """For each flat end pixel, the labels (0: none) of the smallest and largest junction cluster next to it."""
    neighbour_labels = labels.ravel()[ends[:, None] + _flat_offsets(padded)[None, :]]
    smallest = np.where(neighbour_labels > 0, neighbour_labels, np.iinfo(labels.dtype).max).min(axis=1)
    return np.where(smallest == np.iinfo(labels.dtype).max, 0, smallest), neighbour_labels.max(axis=1)


MERGE_MAX_BEND = 30.0
"""Largest change of direction (degrees) at a node where two lines are joined into one lineament, or where the
arms of a shallow crossing are paired into two straight lines (:meth:`_Network.contract_crossings`)."""

JUNCTION_SPREAD = 0.5
"""Largest distance, in multiples of the minimum lineament length, from a junction merged by link contraction to
any of the junctions merged into it (:meth:`_Network.contract_links`). Without it a dense network of short links
merges transitively into one node far from the crossings it stands for. On the synthetic dyke fields of
:data:`CROSSING_LINK`'s note, junction recall without the limit 0.41-0.77 (mean 0.64) clean and 0.46-0.77 (0.62)
with 5 nT noise; with it 0.59-0.77 (0.71) and 0.62-0.77 (0.68)."""

CROSSING_LINK = 3.0
"""Longest link of a shallow crossing contracted by :meth:`_Network.contract_crossings`, in multiples of the
minimum lineament length. Two lines crossing at an angle ``a`` run within a ridge width ``w`` of each other over
about ``w / sin(a)``: 1.2 km for 200 m wide ridges crossing at 10 degrees, which is 2.7 default minimum lengths
(450 m) at 50 m cells. Measured on :func:`.synthetic.dyke_field` (300 x 300 cells of 50 m, 14 dykes, seeds 0-5,
through :func:`extract_lineaments` with its defaults; junctions by ``complexity.find_junctions`` with a 2-cell
snap, scored within 5 cells against the same contacts of the true traces), clean / 5 nT noise: without this step
junction precision 0.62-0.80 / 0.68-0.79 and recall 0.54-0.77 / 0.59-0.74; with it 0.76-0.92 / 0.78-0.88 and
0.59-0.77 / 0.62-0.77."""


_END_DIRECTION_PIXELS = 5
"""Pixels from a line's end used for its direction there (when deciding whether two lines continue each other)."""


@dataclass
class _Trace:
    """A traced line: ordered pixel runs (flat indices of the padded skeleton) between nodes.

    ``nodes`` has one more entry than ``runs``: the junction at each end and between runs (0: a free end).
    """

    runs: list
    nodes: list

    def reversed(self):
        return _Trace([run[::-1] for run in self.runs[::-1]], self.nodes[::-1])


class _Network:
    """Lines traced from a skeleton and the junctions joining them, cleaned into lineaments.

    Junctions are clusters of touching junction pixels (label >= 1) placed at the mean of their centroids; they
    can be merged (union-find). Positions are (row, col) in the padded skeleton.
    """

    def __init__(self, padded, labels, centroids, lines, grid):
        self.width = padded.shape[1]
        self.grid = grid
        self.parent = np.arange(len(centroids))
        self.position_sum, self.count = centroids.copy(), np.ones(len(centroids))
        self.centroids = centroids
        self.members = {node: [node] for node in range(len(centroids))}
        self.traces = []
        for line in lines:
            first, _ = _junction_attachments(padded, line[:1], labels)
            _, last = _junction_attachments(padded, line[-1:], labels)
            last = 0 if len(line) == 1 and last[0] == first[0] else int(last[0])
            self.traces.append(_Trace([line], [int(first[0]), last]))

    def find(self, node):
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def points(self, trace):
        """(row, col) points of a trace: junction positions and pixel centres in order."""
        parts = []
        for node, run in zip(trace.nodes, [*trace.runs, None]):
            if node:
                root = self.find(node)
                parts.append(self.position_sum[root][None] / self.count[root])
            if run is not None:
                parts.append(np.stack(np.divmod(run, self.width), axis=1).astype(float))
        return np.concatenate(parts)

    def to_map(self, points):
        """Map coordinates (easting, northing) of padded (row, col) points: cell centres at index - 1 + 0.5."""
        return np.stack([self.grid.west + (points[:, 1] - 0.5) * self.grid.cell_x,
                         self.grid.north - (points[:, 0] - 0.5) * self.grid.cell_y], axis=1)

    def length(self, trace):
        return float(np.sum(np.hypot(*np.diff(self.to_map(self.points(trace)), axis=0).T)))

    def _ends(self):
        """Junction (root) -> list of (trace index, 0 for the start or -1 for the end) of the line ends there."""
        ends = {}
        for index, trace in enumerate(self.traces):
            trace.nodes = [self.find(node) if node else 0 for node in trace.nodes]
            for side in (0, -1):
                if trace.nodes[side]:
                    ends.setdefault(trace.nodes[side], []).append((index, side))
        return ends

    def merge(self, first, last):
        """Merge junction (root) ``last`` into ``first``: one node at the mean position of the junction clusters
        merged into either."""
        self.parent[last] = first
        self.position_sum[first] += self.position_sum[last]
        self.count[first] += self.count[last]
        self.members[first] += self.members.pop(last)

    def contract_links(self, min_length):
        """Merge the two junctions of every line shorter than ``min_length`` joining two junctions, dropping it,
        unless the merged junction would lie more than :data:`JUNCTION_SPREAD` times ``min_length`` from one of
        the junctions it merges (shortest lines first).

        Two lines crossing at a shallow angle thin into two junctions joined by a short link: this makes it one
        crossing, at the mean position. The spread limit keeps a dense cluster of crossings from collapsing into
        one node.
        """
        lengths = [self.length(trace) for trace in self.traces]
        cell = 0.5 * (self.grid.cell_x + self.grid.cell_y)
        spread = JUNCTION_SPREAD * min_length / cell
        keep = []
        for index in np.argsort(lengths, kind="stable"):
            trace = self.traces[index]
            first, last = (self.find(node) if node else 0 for node in (trace.nodes[0], trace.nodes[-1]))
            if first and last and lengths[index] < min_length:
                if first == last:
                    continue
                members = self.members[first] + self.members[last]
                centre = (self.position_sum[first] + self.position_sum[last]) / (self.count[first] + self.count[last])
                offsets = self.centroids[members] - centre
                if np.hypot(offsets[:, 0], offsets[:, 1]).max() <= spread:
                    self.merge(first, last)
                    continue
            keep.append(index)
        self.traces = [self.traces[index] for index in sorted(keep)]

    def collapse_loops(self, min_length):
        """Keep one of two lines joining the same two junctions when they never part by more than ``min_length``
        (the shorter is kept): a hole in a wide ridge thins into such a narrow loop, which would count its line
        twice. Two real lineaments meeting at both ends lie further apart."""
        cell = 0.5 * (self.grid.cell_x + self.grid.cell_y)
        kept = {}
        dropped = set()
        for index in np.argsort([self.length(trace) for trace in self.traces], kind="stable"):
            nodes = [self.find(node) if node else 0 for node in (self.traces[index].nodes[0],
                                                                 self.traces[index].nodes[-1])]
            if not all(nodes) or nodes[0] == nodes[1]:
                continue
            points = self.points(self.traces[index])
            for other in kept.setdefault(tuple(sorted(nodes)), []):
                offsets = points[:, None, :] - other[None, :, :]
                if np.hypot(offsets[..., 0], offsets[..., 1]).min(axis=1).max() * cell <= min_length:
                    dropped.add(index)
                    break
            else:
                kept[tuple(sorted(nodes))].append(points)
        self.traces = [trace for index, trace in enumerate(self.traces) if index not in dropped]

    def contract_crossings(self, min_length):
        """Contract the links of shallow crossings: a line shorter than :data:`CROSSING_LINK` times ``min_length``
        between two junctions of exactly 3 lines each, whose two other lines at one junction continue the two at
        the other within :data:`MERGE_MAX_BEND` (an X whose middle the two lines share), becomes one crossing at
        the mean position of the two (shortest links first).

        Two lines crossing at a small angle run side by side over a length that grows as the angle shrinks, and
        their ridges merge into one there; it thins into two Y junctions joined by the shared part, each several
        cells from the true crossing in its middle.
        """
        straight = -np.cos(np.radians(MERGE_MAX_BEND))
        ends = self._ends()
        lengths = [self.length(trace) for trace in self.traces]
        dropped = set()
        for index in np.argsort(lengths, kind="stable"):
            if lengths[index] >= CROSSING_LINK * min_length:
                break
            first, last = self.traces[index].nodes[0], self.traces[index].nodes[-1]
            if not (first and last) or first == last or len(ends.get(first, ())) != 3 or \
                    len(ends.get(last, ())) != 3:
                continue
            arms = [[self._direction(self.traces[line], side) for line, side in ends[node] if line != index]
                    for node in (first, last)]
            if len(arms[0]) != 2 or len(arms[1]) != 2:
                continue  # the link is a loop through one of its junctions
            cosine = np.array(arms[0]) @ np.array(arms[1]).T
            if (cosine[0, 0] <= straight and cosine[1, 1] <= straight) or \
                    (cosine[0, 1] <= straight and cosine[1, 0] <= straight):
                self.merge(first, last)
                dropped.add(index)
                # the crossing has 4 lines: never one of a shallow crossing's junctions again
                ends[first] = [end for end in ends.pop(first) + ends.pop(last) if end[0] != index]
        self.traces = [trace for index, trace in enumerate(self.traces) if index not in dropped]

    def prune_spurs(self, min_length):
        """Drop, until none is left, lines shorter than ``min_length`` from a free end to a junction of 3+ lines."""
        while True:
            ends = self._ends()
            spurs = {index for index, trace in enumerate(self.traces)
                     if (trace.nodes[0] == 0) != (trace.nodes[-1] == 0)
                     and len(ends[trace.nodes[0] or trace.nodes[-1]]) >= 3 and self.length(trace) < min_length}
            if not spurs:
                return
            self.traces = [trace for index, trace in enumerate(self.traces) if index not in spurs]

    def drop_spokes(self, linear):
        """Drop, until none is left, lines with a free end less than :data:`SPOKE_MAX_LINEAR_SHARE` of whose pixels
        are line-like (``linear``, flat boolean over the padded skeleton): the radii of a round anomaly, and then the
        pieces of their network left with a free end. A weak line crossing a strong one keeps its pieces, which are
        line-like away from the crossing."""
        while True:
            self._ends()
            spokes = {index for index, trace in enumerate(self.traces)
                      if not (trace.nodes[0] and trace.nodes[-1])
                      and np.mean(linear[np.concatenate(trace.runs)]) < SPOKE_MAX_LINEAR_SHARE}
            if not spokes:
                return
            self.traces = [trace for index, trace in enumerate(self.traces) if index not in spokes]

    def _direction(self, trace, side):
        """Unit vector (row, col) pointing along ``trace`` away from its end ``side`` (0 start, -1 end)."""
        points = self.points(trace if side == 0 else trace.reversed())
        step = points[min(_END_DIRECTION_PIXELS, len(points) - 1)] - points[0]
        return step / max(np.hypot(*step), 1e-12)

    def extend_free_ends(self, padded, inside, orientation):
        """Continue every free line end to the tip of its ridge (:func:`_ridge_rays`; ``inside`` is the padded ridge
        mask, ``orientation`` the padded strike grid)."""
        ends, behind, owners = [], [], []
        for trace in self.traces:
            for side in (0, -1):
                outward = trace.runs[0] if side == 0 else trace.runs[-1][::-1]
                if trace.nodes[side] or len(outward) < 2:
                    continue
                back = np.full(BRIDGE_LOOKBACK, -1)
                back[:min(BRIDGE_LOOKBACK, len(outward) - 1)] = outward[1:BRIDGE_LOOKBACK + 1]
                ends.append(outward[0])
                behind.append(back)
                owners.append((trace, side))
        if not ends:
            return
        for (trace, side), ray in zip(owners, _ridge_rays(padded, inside, orientation, np.array(ends),
                                                          np.array(behind))):
            if side == 0:
                trace.runs[0] = np.concatenate([ray[::-1], trace.runs[0]])
            else:
                trace.runs[-1] = np.concatenate([trace.runs[-1], ray])

    def join_continuations(self):
        """Join the two lines meeting at a junction of exactly 2 line ends when they bend less than
        :data:`MERGE_MAX_BEND` there (the junction had lost its other lines to pruning or link contraction)."""
        alias = list(range(len(self.traces)))

        def current(index):
            while alias[index] != index:
                index = alias[index]
            return index

        for node, owners in self._ends().items():
            if len(owners) != 2:
                continue
            (first, first_side), (second, second_side) = ((current(index), side) for index, side in owners)
            if first == second:
                continue
            # locate the junction on the (possibly already joined) traces
            a, b = self.traces[first], self.traces[second]
            a = a.reversed() if a.nodes[0] == node else a
            b = b if b.nodes[0] == node else b.reversed()
            if a.nodes[-1] != node or b.nodes[0] != node:
                continue
            bend = np.degrees(np.arccos(np.clip(-self._direction(a, -1) @ self._direction(b, 0), -1, 1)))
            if bend <= MERGE_MAX_BEND:
                self.traces[first] = _Trace(a.runs + b.runs, a.nodes + b.nodes[1:])
                alias[second] = first
        self.traces = [trace for index, trace in enumerate(self.traces) if alias[index] == index]


def vectorise(skeleton, grid, symmetry, scale, min_length_m, linearity=None, ridge_mask=None, orientation=None):
    """Lineaments (list of :class:`Lineament`) traced from a skeleton on ``grid``.

    1. The skeleton (any 8-connected lines; from :func:`thin` or :func:`bridge_gaps` it is already minimal,
       otherwise redundant pixels such as staircase corners are removed first) is split at junctions: touching
       pixels with 3 or more neighbours form one junction, placed at their centroid. Each line between junctions
       or ends is ordered along its pixels and extended to the junction(s) it touches, so the lines of a crossing
       meet.
    2. Lines shorter than ``min_length_m`` that join two junctions are contracted (their junctions merge: two lines
       crossing at a shallow angle make one crossing) unless the merged junction would spread over more than
       :data:`JUNCTION_SPREAD` times ``min_length_m``; of two lines joining the same two junctions and never more
       than ``min_length_m`` apart (a loop around a hole in a ridge) the shorter is kept; shorter lines from a
       free end to a junction of 3 or more
       lines (spurs) are pruned; the shared middle of a shallow crossing (two 3-line junctions whose other lines
       continue each other, :meth:`_Network.contract_crossings`) is contracted into one crossing and spurs are
       pruned again; with a ``linearity`` grid, spokes are dropped (:meth:`_Network.drop_spokes`) and spurs pruned
       once more; at a junction left with 2 lines bending less than :data:`MERGE_MAX_BEND`, they are joined
       into one lineament; the remaining lines shorter than ``min_length_m`` are dropped, except those joining two
       junctions (the pieces of a line through a dense cluster of crossings: dropping them would erase the
       crossings).
    3. Each is simplified by Douglas-Peucker within half a (mean) cell and mapped to map metres at cell centres.

    ``symmetry`` (0-1) and ``scale`` (cells) are phase symmetry grids: ``strength`` is the mean symmetry and
    ``scale_m`` the median scale over the line's pixels (times the mean cell size); ``azimuth`` is the principal
    axis of its points. ``linearity`` (optional phase symmetry grid) enables the spoke rule. Isolated pixels are
    ignored.
    """
    padded = np.pad(np.asarray(skeleton, dtype=bool), 1)
    _remove_redundant(padded)
    index = np.flatnonzero(padded)
    counts = _COUNTS[_codes(padded, index)]
    junctions = np.zeros_like(padded)
    junctions.ravel()[index[counts >= 3]] = True
    labels, n_junctions = ndimage.label(junctions, structure=np.ones((3, 3)))
    junction_rows, junction_cols = np.divmod(index[counts >= 3], padded.shape[1])
    junction_labels = labels.ravel()[index[counts >= 3]]
    size = np.maximum(np.bincount(junction_labels, minlength=n_junctions + 1), 1)
    centroids = np.stack([np.bincount(junction_labels, junction_rows, n_junctions + 1),
                          np.bincount(junction_labels, junction_cols, n_junctions + 1)], axis=1) / size[:, None]
    pixels = index[(counts > 0) & (counts < 3)]
    if not len(pixels):
        return []
    network = _Network(padded, labels, centroids, _ordered_lines(padded, pixels), grid)
    network.contract_links(min_length_m)
    network.collapse_loops(min_length_m)
    network.prune_spurs(min_length_m)
    network.contract_crossings(min_length_m)
    network.prune_spurs(min_length_m)
    if linearity is not None:
        network.drop_spokes(np.pad(np.asarray(linearity) >= LINEARITY_MIN, 1).ravel())
        network.prune_spurs(min_length_m)
    network.join_continuations()
    if ridge_mask is not None:
        network.extend_free_ends(padded, np.pad(np.asarray(ridge_mask, dtype=bool), 1),
                                 np.pad(np.asarray(orientation, dtype=float), 1, constant_values=np.nan))
    cell = 0.5 * (grid.cell_x + grid.cell_y)
    symmetry, scale = (np.pad(np.asarray(grid_values, dtype=float), 1, constant_values=np.nan).ravel()
                       for grid_values in (symmetry, scale))
    lineaments = []
    for trace in network.traces:
        points = network.to_map(network.points(trace))
        coords = douglas_peucker(points, 0.5 * cell)
        length = float(np.sum(np.hypot(*np.diff(coords, axis=0).T)))
        if length < min_length_m and not (trace.nodes[0] and trace.nodes[-1]):
            continue  # a short line between two junctions is kept: it joins them
        line = np.concatenate(trace.runs)
        lineaments.append(Lineament(coords=coords, length_m=length, azimuth=principal_azimuth(points),
                                    strength=float(np.nanmean(symmetry[line])),
                                    scale_m=float(np.nanmedian(scale[line]) * cell)))
    return lineaments


RING_TURN_DEG = 180.0
"""A lineament whose direction turns one way by this much in all (degrees), or that closes on itself, is ring-like:
the outline of a compact body (the tilt's negative halo around a plug, a ridge curling round a blob), not a linear
structure; :func:`extract_lineaments` drops it. A straight or wavy line's turns cancel; a dyke bending once by 90
degrees is kept."""


LINEARITY_MIN = 0.7
"""A pixel is line-like where its phase symmetry ``linearity`` is at least this: the orientation along the line sees
at most 0.43 times the amplitude the dominant one sees. Used with the normalisation only (:meth:`_Network.drop_spokes`;
the raw chain's amplitude floor already keeps most spokes out). On two plugs in quiet ground (0.5 nT noise, bright
lines) the normalised chain drew 40 and 21 km of spokes without the rule, 11 and 5 km at 0.7, 3 and 4 km at 0.75;
on the dyke family (seeds 0-29) F1 median / 10th percentile and junction recall were 0.918 / 0.820 / 0.56 at 0.6,
0.914 / 0.823 / 0.52 at 0.65, 0.910 / 0.826 / 0.52 at 0.7 and 0.903 / 0.792 / 0.52 at 0.75 (before the bridging
reach of :data:`REACH_FACTOR`)."""

SPOKE_MAX_LINEAR_SHARE = 0.5
"""A lineament with a free end less than half of whose pixels are line-like is a spoke: a radius of a round anomaly,
symmetric across but lying on the body's flank all along (a weak line crossing a strong one fails the test only near
the crossing). :meth:`_Network.drop_spokes` drops it."""


def net_turning(coords):
    """Signed sum (degrees, anticlockwise positive) of the changes of direction along a polyline (n, 2); a closed
    polyline (first vertex = last) also counts the turn where it closes, so a simple ring gives +-360."""
    coords = np.asarray(coords, dtype=float)
    steps = np.diff(coords, axis=0)
    steps = steps[np.hypot(steps[:, 0], steps[:, 1]) > 0]
    if len(steps) < 2:
        return 0.0
    if np.array_equal(coords[0], coords[-1]):
        steps = np.vstack([steps, steps[:1]])
    headings = np.arctan2(steps[:, 1], steps[:, 0])
    turns = (np.diff(headings) + np.pi) % (2 * np.pi) - np.pi
    return float(np.degrees(turns.sum()))


def is_ring_like(coords):
    """Whether a lineament is ring-like (:data:`RING_TURN_DEG`): closed, or turning one way by that much."""
    coords = np.asarray(coords, dtype=float)
    closed = len(coords) > 2 and np.array_equal(coords[0], coords[-1])
    return closed or abs(net_turning(coords)) >= RING_TURN_DEG


# ---------------------------------------------------------------------------------------------------------------
# The whole chain

DEFAULT_TEXTURE_WINDOW_CELLS = 5
"""Texture window (cells) when none is given: about the 5 cells of docs/science.md section 4."""

DEFAULT_MIN_LENGTH_WAVELENGTHS = 3
"""Shortest lineament kept when none is given, in smallest filter wavelengths: a line shorter than 3 wavelengths
is not resolved as a line by the filters (their envelope is about a wavelength long)."""

DEFAULT_BRIDGE_CELLS = 3
"""Gap bridging distance (cells) when none is given: the 2-3 cells of docs/science.md section 4. With Kovesi's sum a
weak dyke breaks over 5-10 cells where a strong one crosses it, and longer bridges only partly mend that (junction
recall 0.33 at 3 cells, 0.50 at 12 on the synthetic fields of :data:`CROSSING_LINK`'s note); the best-orientation
combination (``combine="max"``) keeps the weak line, and then longer bridges add little: recall 0.59-0.77 /
0.62-0.77 (clean / 5 nT noise) at 3 cells, 0.59-0.75 / 0.62-0.77 at 8 and 0.59-0.82 / 0.62-0.77 at 12, while
precision falls from 0.76-0.92 / 0.78-0.88 to 0.70-0.92 / 0.68-0.88 at 12. Longer bridges may also join unrelated
lines on real data. Used without amplitude normalisation (``normalise=False``)."""

NORMALISED_BRIDGE_CELLS = 10
"""Gap bridging distance (cells) when none is given and the grid is normalised first (:mod:`.normalisation`): the
tilt of a strong dyke saturates over a band about two depths wide, which cuts a weak dyke crossing it over more cells
than the raw symmetry does. Measured on the dyke family of :mod:`.dyke_family` (seeds 0-29; damped tilt with its
defaults, before the spoke rule), F1 at 2 cells median / 10th percentile and junction recall within 5 cells median:
3 cells 0.880 / 0.768, 0.33; 6 cells 0.888 / 0.785, 0.50; 10 cells 0.884 / 0.767, 0.55; 15 cells 0.874 / 0.743, 0.58
(precision falling from 0.94 to 0.86)."""

REACH_FACTOR = 1.0
"""With the normalisation, a line end may also be extended up to this many filter wavelengths of the line it meets
(the phase symmetry ``scale`` at the pixel met; at most :data:`REACH_CAP` cells): the band a strong dyke cuts into the
lines crossing it grows with its width, which its scale measures. Dyke family, seeds 0-29, with the spoke rule: no
reach, F1 0.910 / 0.826 and junction recall 0.52; 0.5 wavelength, 0.908 / 0.805 and 0.55; 1 wavelength,
0.906 / 0.783 and 0.66."""

REACH_CAP = 30.0
"""Longest bridge (cells) that :data:`REACH_FACTOR` allows."""


def _odd_cells(length_m, cell):
    """A length in metres as an odd number of cells, at least 3."""
    cells = int(round(length_m / cell))
    return max(3, cells + 1 - cells % 2)


def extract_lineaments(values, grid, min_wavelength_m, n_scales=5, n_orientations=6, mult=2.1, sigma_onf=0.55,
                       noise_k=2.0, polarity=0, combine="max", use_texture=False, texture_window_m=None,
                       threshold=None, min_length_m=None, bridge_distance_m=None, normalise=False, progress=None):
    """Vector lineaments and the ridge raster of a north-up grid (docs/science.md section 4).

    Chain: :func:`.normalisation.damped_tilt` (``normalise=True``) or :func:`.texture.texture`
    (``use_texture=True``) or the grid as given -> :func:`.phasesymmetry.phase_symmetry` -> :func:`threshold_ridges`
    -> :func:`thin` -> :func:`bridge_gaps` -> :func:`vectorise`, ring-like lines dropped (:func:`is_ring_like`; not
    from the texture, whose ridges loop round each dyke by nature).
    ``combine`` is passed to the phase symmetry: "max" (the default) keeps a weak line where a strong one crosses it,
    which the junctions and crossings need; "sum" is Kovesi's phase symmetry. What it finds depends on the input:

    - ``use_texture=False``: phase symmetry of the grid (an RTP grid), or with ``normalise=True`` of its
      noise-damped tilt, finds the AXES of dykes and other linear highs (``polarity=+1``) or lows (``-1``). The
      normalisation finds weak lines beside strong ones (module :mod:`.normalisation`; on the dyke family median F1
      0.91 instead of 0.73); it suits bright lines (with dark ones the tilt's flank lows become lines), and the
      Processing algorithm applies it by default with bright polarity only (docs/science.md section 4);
    - ``use_texture=True``: phase symmetry of the texture (moving-window standard deviation, window
      ``texture_window_m``, default :data:`DEFAULT_TEXTURE_WINDOW_CELLS` cells) finds the ridges of high texture
      FLANKING each dyke, where its anomaly is steepest (two lines per dyke, joined around its ends), the CET
      "texture ridges"; use ``polarity=+1`` (the ridges are texture highs). When the window is wider than the
      anomaly, the two flanks merge into one ridge over the axis. ``normalise`` does not apply to the texture.

    Lengths are in metres and converted to cells with the MEAN cell size ``(cell_x + cell_y) / 2``: the filters
    assume square cells, so on a grid of non-square cells strikes are approximate (vectors are still mapped
    exactly). ``min_wavelength_m``: smallest filter wavelength (at least 2 cells); ``noise_k`` the noise threshold
    (k of :func:`.phasesymmetry.phase_symmetry`); ``threshold``: symmetry threshold of the ridges (None: automatic,
    :data:`AUTOMATIC_THRESHOLD_FRACTION` of its maximum for ``combine``); ``min_length_m``: shortest lineament kept
    (default
    :data:`DEFAULT_MIN_LENGTH_WAVELENGTHS` times ``min_wavelength_m``); ``bridge_distance_m``: the longest gap
    bridged (default :data:`NORMALISED_BRIDGE_CELLS` cells when normalised, else :data:`DEFAULT_BRIDGE_CELLS`).
    ``progress``: see :mod:`.progress`.

    Returns ``(lineaments, ridges)``: a list of :class:`Lineament` and a float32 grid holding the phase symmetry
    where it is above the threshold, 0 elsewhere, NaN where ``values`` is NaN.
    """
    values = np.asarray(values, dtype=np.float32)
    if values.shape != grid.shape:
        raise ValueError(f"values have shape {values.shape} but the grid is {grid.shape}.")
    cell = 0.5 * (grid.cell_x + grid.cell_y)
    normalised = normalise and not use_texture
    if use_texture:
        window = DEFAULT_TEXTURE_WINDOW_CELLS if texture_window_m is None else _odd_cells(texture_window_m, cell)
        values = texture(values, window)
    elif normalised:
        values = damped_tilt(values, grid)
    report(progress, 0.05)
    result = phase_symmetry(values, n_scales, n_orientations, min_wavelength_m / cell, mult, sigma_onf, noise_k,
                            polarity, combine,
                            progress=None if progress is None else lambda f: progress(0.05 + 0.8 * f))
    mask = threshold_ridges(result.symmetry, threshold, combine)
    skeleton = thin(mask)
    min_length = DEFAULT_MIN_LENGTH_WAVELENGTHS * min_wavelength_m if min_length_m is None else min_length_m
    report(progress, 0.9)
    default_bridge = NORMALISED_BRIDGE_CELLS if normalised else DEFAULT_BRIDGE_CELLS
    bridge = default_bridge if bridge_distance_m is None else bridge_distance_m / cell
    reach = None
    if normalised and bridge_distance_m is None and REACH_FACTOR > 0:
        reach = np.minimum(REACH_FACTOR * result.scale, REACH_CAP)
    skeleton = bridge_gaps(skeleton, result.orientation, bridge, reach)
    lineaments = vectorise(skeleton, grid, result.symmetry, result.scale, min_length,
                           result.linearity if normalised else None, mask, result.orientation)
    if not use_texture:  # texture ridges flank a dyke on both sides and join round its ends: a loop by nature
        lineaments = [line for line in lineaments if not is_ring_like(line.coords)]
    ridges = ridge_raster(result.symmetry, threshold, combine)
    ridges[np.isnan(values)] = np.nan
    report(progress, 1.0)
    return lineaments, ridges
