"""Access for drilling logistics: travel time from a base along roads, then off road (docs/science.md section 7).

Two graphs:

- The road network: one node per road vertex (vertices of different lines closer than a snap tolerance are one
  node, so roads join where they share a vertex or an end), one edge per segment weighted by its length over its
  speed. Roads are two-way. The lines are noded first (:func:`node_lines`): a road whose end lies on the middle
  of another road's segment (a T-junction, common in forestry road data) is joined to it there, and roads that
  cross are joined at the crossing unless crossings are declared bridges or overpasses. Parts of the network that
  stay apart are counted and reported (:func:`network_parts`).
- The ground (solved by row sweeps, :mod:`.costdistance`, which gives Dijkstra's costs without building the
  graph): a raster whose cells are joined to their 8 neighbours. A step costs its length (centre to centre)
  times the mean friction of the two cells over the off-road speed. Friction is 1 on flat open ground, times
  Tobler's slope factor (:func:`slope_factor`) where a slope is given; barrier cells (lakes, wetlands) are
  impassable, or cost ``barrier_factor`` times more. A barrier blocks every cell it touches (GDAL's all-touched
  rule), so a straight step between the centres of two open cells never crosses a barrier polygon, diagonal steps
  included. Paths on an 8-connected grid are up to 8 % longer than the straight line between their ends (22.5 deg
  off the grid axes); along the axes and diagonals they are exact.

The travel time of a cell is the least, over every road cell, of the road time from the base to the road's nearest
point in that cell plus the off-road time from there: a cost distance seeded with road times. Units: metres,
km/h, hours. Coordinates are map coordinates of a projected CRS (x east, y north).
"""
from dataclasses import dataclass

import numpy as np
from rasterio.features import shapes
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from ..features import points_in_polygon
from ..grid import grid_transform
from ..progress import report
from ..structure.anomalies import corridor_mask
from . import costdistance

ROAD_CLASS_SPEEDS = (
    # (words found in the road class, case-insensitive; speed km/h). The first row with a matching word wins.
    (("winter", "skid", "trail", "atv", "snowmobile", "portage"), 15.0),
    (("highway", "route", "paved", "asphalt", "autoroute"), 80.0),
    (("forestry", "forest", "gravel", "logging", "haul", "resource", "primary", "secondary"), 40.0),
)
"""Road speed by class when there is no speed field: winter roads and skid trails 15 km/h, highways 80, gravel
and forestry roads 40; any other class, or none, :data:`UNKNOWN_ROAD_SPEED`."""

UNKNOWN_ROAD_SPEED = 30.0
"""Speed (km/h) of a road whose class is not in :data:`ROAD_CLASS_SPEEDS` and has no speed value."""

OFFROAD_SPEED = 4.0
"""Default off-road speed (km/h): an ATV or a crew walking through bush, or a dozer-towed drill on a cut trail."""

SNAP_TOLERANCE = 1.0
"""Default distance (m) within which road vertices of different lines are joined into one node."""

TOBLER_SLOPE = 3.5
"""Tobler's (1993) hiking function: speed falls by ``exp(-3.5 tan(slope))`` relative to flat ground."""



def class_speed(road_class):
    """Speed (km/h) of a road class by :data:`ROAD_CLASS_SPEEDS`; :data:`UNKNOWN_ROAD_SPEED` if nothing matches."""
    text = str(road_class or "").lower()
    for words, speed in ROAD_CLASS_SPEEDS:
        if any(word in text for word in words):
            return speed
    return UNKNOWN_ROAD_SPEED


def road_speeds(count, speeds=None, classes=None):
    """Speed (km/h) of each of ``count`` roads: its speed value where positive, else its class's speed
    (:func:`class_speed`), else :data:`UNKNOWN_ROAD_SPEED`."""
    result = np.array([class_speed(c) for c in classes]) if classes is not None else np.full(count, UNKNOWN_ROAD_SPEED)
    if speeds is not None:
        given = np.array([np.nan if s is None else float(s) for s in speeds])
        usable = np.isfinite(given) & (given > 0)
        result[usable] = given[usable]
    return result


# ----------------------------------------------------------------------------------------------------------------
# Road network


@dataclass(frozen=True)
class RoadNetwork:
    """Nodes ``(n, 2)`` (m) and segments ``start``/``end`` (node indices) with ``length_m`` and ``hours``."""

    nodes: np.ndarray
    start: np.ndarray
    end: np.ndarray
    length_m: np.ndarray
    hours: np.ndarray

    def segment_points(self, segment, fraction):
        """Points (k, 2) at ``fraction`` (0-1) of the way along each ``segment`` from its start node."""
        a, b = self.nodes[self.start[segment]], self.nodes[self.end[segment]]
        return a + np.asarray(fraction, dtype=float)[:, None] * (b - a)

    def nearest(self, point):
        """The segment nearest ``point`` (x, y), the fraction along it of the nearest point, and that point."""
        a, b = self.nodes[self.start], self.nodes[self.end]
        fraction = _projection(np.asarray(point, dtype=float)[None, :], a, b)
        gap = np.hypot(*(a + fraction[:, None] * (b - a) - point).T)
        segment = int(np.argmin(gap))
        return segment, float(fraction[segment]), a[segment] + fraction[segment] * (b[segment] - a[segment])


def _projection(points, a, b):
    """Fraction (0-1, clamped) along segments ``a``->``b`` of the projection of ``points`` (all (k, 2))."""
    direction = b - a
    squared = np.einsum("ij,ij->i", direction, direction)
    with np.errstate(invalid="ignore", divide="ignore"):
        fraction = np.einsum("ij,ij->i", points - a, direction) / squared
    return np.clip(np.nan_to_num(fraction), 0.0, 1.0)


def _near_segment_pairs(a, b, pad):
    """Candidate pairs (k, 2) of segments ``a[i]->b[i]`` that may come within ``pad`` metres of each other, by
    bucketing pieces of the segments no longer than a bucket; and the bucket table (keys, segment) it used, sorted,
    with the bucket size and origin, for point look-ups (:func:`_segments_near_points`)."""
    lengths = np.hypot(*(b - a).T)
    cell = max(float(np.median(lengths)) if len(lengths) else 1.0, 4.0 * pad, 1e-6)
    pieces = np.maximum(1, np.ceil(lengths / cell)).astype(np.int64)
    segment = np.repeat(np.arange(len(a)), pieces)
    k = np.arange(len(segment)) - np.repeat(np.cumsum(pieces) - pieces, pieces)
    direction = (b - a)[segment]
    p0 = a[segment] + (k / pieces[segment])[:, None] * direction
    p1 = a[segment] + ((k + 1) / pieces[segment])[:, None] * direction
    origin = np.minimum(a.min(axis=0), b.min(axis=0)) - 2 * cell
    low = np.floor((np.minimum(p0, p1) - pad - origin) / cell).astype(np.int64)
    high = np.floor((np.maximum(p0, p1) + pad - origin) / cell).astype(np.int64)
    width = int(np.max(high[:, 0])) + 3
    keys, owners = [], []
    for dx in range(3):  # a piece with its pad spans at most 1.5 buckets a side: 3 x 3 buckets at most
        for dy in range(3):
            ok = (low[:, 0] + dx <= high[:, 0]) & (low[:, 1] + dy <= high[:, 1])
            keys.append((low[ok, 1] + dy) * width + low[ok, 0] + dx)
            owners.append(segment[ok])
    table = np.unique(np.column_stack([np.concatenate(keys), np.concatenate(owners)]), axis=0)
    pairs = []
    for shift in range(1, len(table)):
        same = table[:-shift, 0] == table[shift:, 0]
        if not same.any():
            break
        pairs.append(np.column_stack([table[:-shift, 1][same], table[shift:, 1][same]]))
    pairs = np.vstack(pairs) if pairs else np.zeros((0, 2), dtype=np.int64)
    pairs = np.unique(np.sort(pairs[pairs[:, 0] != pairs[:, 1]], axis=1), axis=0)
    return pairs, (table, cell, origin, width)


def _segments_near_points(points, buckets):
    """Pairs (point index, segment) of points and the segments whose bucket they fall in."""
    table, cell, origin, width = buckets
    cells = np.floor((points - origin) / cell).astype(np.int64)
    keys = cells[:, 1] * width + cells[:, 0]
    first = np.searchsorted(table[:, 0], keys, side="left")
    count = np.searchsorted(table[:, 0], keys, side="right") - first
    point = np.repeat(np.arange(len(points)), count)
    row = np.repeat(first, count) + np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    return point, table[row, 1]


def _cross(u, v):
    return u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]


def node_lines(lines, tolerance=SNAP_TOLERANCE, crossings=True):
    """Road ``lines`` (each ``(n, 2)``, m) with vertices added where the network meets itself between vertices.

    - T-junctions: a line's first or last vertex within ``tolerance`` metres of another segment's interior is added
      to that segment (so the two roads share a node there).
    - Crossings (if ``crossings``): two segments that cross get the crossing point as a vertex of both. Leave this
      off where roads pass over each other (bridges, overpasses) without an intersection.

    Lines keep their order and count, so per-line attributes (speeds) still apply.
    """
    lines = [np.asarray(line, dtype=float)[:, :2] for line in lines]
    counts = np.array([len(line) - 1 for line in lines])
    if counts.sum() <= 0:
        return lines
    a = np.vstack([line[:-1] for line in lines if len(line) > 1])
    b = np.vstack([line[1:] for line in lines if len(line) > 1])
    line_of = np.repeat(np.arange(len(lines)), np.maximum(counts, 0))
    pairs, buckets = _near_segment_pairs(a, b, tolerance)
    added = [np.zeros((0, 4))]  # rows: segment, fraction along it, x, y
    # T-junctions: line ends near the inside of a segment that does not already have them as a vertex
    first_segment = np.cumsum(np.r_[0, np.maximum(counts, 0)])[:-1]
    ends = np.flatnonzero(counts > 0)
    end_points = np.vstack([a[first_segment[ends]], b[first_segment[ends] + counts[ends] - 1]])
    end_segments = np.r_[first_segment[ends], first_segment[ends] + counts[ends] - 1]
    point, segment = _segments_near_points(end_points, buckets)
    other = segment != end_segments[point]
    point, segment = point[other], segment[other]
    direction = b[segment] - a[segment]
    squared = np.einsum("ij,ij->i", direction, direction)
    with np.errstate(invalid="ignore", divide="ignore"):
        fraction = np.einsum("ij,ij->i", end_points[point] - a[segment], direction) / squared
    foot = a[segment] + np.nan_to_num(fraction)[:, None] * direction
    inside = (fraction > 1e-9) & (fraction < 1 - 1e-9) & (np.hypot(*(end_points[point] - foot).T) <= tolerance)
    added.append(np.column_stack([segment[inside], fraction[inside], end_points[point][inside]]))
    if crossings and len(pairs):
        i, j = pairs[:, 0], pairs[:, 1]
        r, s, gap = b[i] - a[i], b[j] - a[j], a[j] - a[i]
        denominator = _cross(r, s)
        with np.errstate(invalid="ignore", divide="ignore"):
            t, u = _cross(gap, s) / denominator, _cross(gap, r) / denominator
        proper = (np.abs(denominator) > 1e-12) & (t > 1e-9) & (t < 1 - 1e-9) & (u > 1e-9) & (u < 1 - 1e-9)
        where = a[i][proper] + t[proper][:, None] * r[proper]
        added.append(np.column_stack([i[proper], t[proper], where]))
        added.append(np.column_stack([j[proper], u[proper], where]))
    added = np.vstack(added)
    if not len(added):
        return lines
    last = first_segment[ends] + counts[ends] - 1
    rows = np.vstack([np.column_stack([np.arange(len(a)), np.zeros(len(a)), a]),
                      np.column_stack([last, np.ones(len(last)), b[last]]), added])
    rows = rows[np.lexsort((rows[:, 1], rows[:, 0]))]
    owner = line_of[rows[:, 0].astype(np.int64)]
    split = np.flatnonzero(np.diff(owner)) + 1
    noded = dict(zip(owner[np.r_[0, split]].tolist(), np.split(rows[:, 2:], split)))
    return [noded.get(index, line) for index, line in enumerate(lines)]


def build_network(lines, speeds_kmh, tolerance=SNAP_TOLERANCE, crossings=True):
    """The :class:`RoadNetwork` of road ``lines`` (each ``(n, 2)``, m) driven at ``speeds_kmh`` (one per line).

    The lines are noded first (:func:`node_lines`, T-junctions always, ``crossings`` where asked); then vertices
    closer than ``tolerance`` metres (of the same or different lines) become one node at their mean.
    """
    speeds = np.asarray(speeds_kmh, dtype=float)
    if speeds.shape != (len(lines),) or not np.all(np.isfinite(speeds) & (speeds > 0)):
        raise ValueError("Every road needs a positive speed in km/h: check the speed field or the class field.")
    lines = [np.asarray(line, dtype=float)[:, :2] for line in lines]
    keep = [len(line) >= 2 for line in lines]
    lines = node_lines([line for line, k in zip(lines, keep) if k], tolerance, crossings)
    speeds = speeds[keep]
    if not lines:
        raise ValueError("The road layer has no lines: give a line layer of roads (highways, forestry roads).")
    vertices = np.vstack(lines)
    pairs = cKDTree(vertices).query_pairs(tolerance, output_type="ndarray")
    joined = sparse.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(vertices),) * 2)
    count, node_of = csgraph.connected_components(joined, directed=False)
    sizes = np.bincount(node_of, minlength=count)
    nodes = np.column_stack([np.bincount(node_of, vertices[:, k], minlength=count) / sizes for k in (0, 1)])
    first = np.cumsum([0] + [len(line) for line in lines])
    start = np.concatenate([node_of[first[i]:first[i + 1] - 1] for i in range(len(lines))])
    end = np.concatenate([node_of[first[i] + 1:first[i + 1]] for i in range(len(lines))])
    speed = np.concatenate([np.full(len(line) - 1, s) for line, s in zip(lines, speeds)])
    keep = start != end
    start, end, speed = start[keep], end[keep], speed[keep]
    length = np.hypot(*(nodes[end] - nodes[start]).T)
    return RoadNetwork(nodes, start, end, length, length / (speed * 1000.0))


@dataclass(frozen=True)
class NetworkParts:
    """The connected parts of a road network: ``part`` of each node, each part's ``length_m`` (largest first, so
    part 0 is the largest)."""

    part: np.ndarray
    length_m: np.ndarray

    @property
    def count(self):
        return len(self.length_m)

    def share(self, part):
        return float(self.length_m[part] / self.length_m.sum()) if self.length_m.sum() > 0 else 0.0


def network_parts(network):
    """The :class:`NetworkParts` of ``network``: nodes joined by segments, parts ordered by road length."""
    n = len(network.nodes)
    graph = sparse.coo_matrix((np.ones(len(network.start)), (network.start, network.end)), shape=(n, n))
    count, label = csgraph.connected_components(graph, directed=False)
    length = np.bincount(label[network.start], network.length_m, minlength=count)
    order = np.argsort(-length, kind="stable")
    rank = np.empty(count, dtype=np.int64)
    rank[order] = np.arange(count)
    return NetworkParts(rank[label], length[order])


def describe_parts(network, base=None):
    """A warning naming the disconnected parts of ``network`` (and the part a ``base`` (x, y) is on), or ""."""
    parts = network_parts(network)
    if parts.count <= 1:
        return ""
    text = (f"The road network falls into {parts.count} parts that do not connect; the largest holds "
            f"{100 * parts.share(0):.0f} % of the road length.")
    if base is not None:
        segment = network.nearest(np.asarray(base, dtype=float)[:2])[0]
        on = int(parts.part[network.start[segment]])
        text += (f" The base is on a part holding {100 * parts.share(on):.0f} % of it; roads on the other "
                 f"{parts.count - 1} part(s) cannot be reached by road from the base.")
    return text + (" Where roads should meet, join them (a shared vertex or a line end on the other road, within "
                   "the snap tolerance) or raise the snap tolerance.")


@dataclass(frozen=True)
class NetworkReach:
    """Travel along the roads from a base: ``hours`` and ``metres`` (along the quickest route) to every node
    (inf where not connected), the base's ``snap_point`` on the network and its ``snap_distance_m``."""

    network: RoadNetwork
    hours: np.ndarray
    metres: np.ndarray
    snap_point: np.ndarray
    snap_distance_m: float
    snap_segment: int
    snap_fraction: float

    def along(self, segment, fraction):
        """Hours and metres from the base to the points at ``fraction`` along road ``segment`` (arrays)."""
        net = self.network
        segment, fraction = np.asarray(segment, dtype=int), np.asarray(fraction, dtype=float)
        via_start = self.hours[net.start[segment]] + fraction * net.hours[segment]
        via_end = self.hours[net.end[segment]] + (1 - fraction) * net.hours[segment]
        metres_start = self.metres[net.start[segment]] + fraction * net.length_m[segment]
        metres_end = self.metres[net.end[segment]] + (1 - fraction) * net.length_m[segment]
        hours = np.minimum(via_start, via_end)
        metres = np.where(via_start <= via_end, metres_start, metres_end)
        on_base_segment = segment == self.snap_segment
        direct = np.abs(fraction - self.snap_fraction)
        shorter = on_base_segment & (direct * net.hours[segment] < hours)
        hours = np.where(shorter, direct * net.hours[segment], hours)
        metres = np.where(shorter, direct * net.length_m[segment], metres)
        return hours, metres


def _edge_matrix(start, end, weight, size):
    """Symmetric sparse graph of the edges; of parallel edges between two nodes the lightest is kept."""
    rows, cols, weights = np.r_[start, end], np.r_[end, start], np.r_[weight, weight]
    order = np.lexsort((weights, cols, rows))
    rows, cols, weights = rows[order], cols[order], weights[order]
    first = np.r_[True, (np.diff(rows) != 0) | (np.diff(cols) != 0)]
    return sparse.csr_matrix((weights[first], (rows[first], cols[first])), shape=(size, size))


def reach_from(network, base):
    """:class:`NetworkReach` of every node from ``base`` (x, y), snapped to the nearest point of the network."""
    base = np.asarray(base, dtype=float)[:2]
    segment, fraction, snapped = network.nearest(base)
    n = len(network.nodes)
    start, end = network.start[segment], network.end[segment]
    rows = np.r_[network.start, n, n]
    cols = np.r_[network.end, start, end]
    hours = np.r_[network.hours, fraction * network.hours[segment], (1 - fraction) * network.hours[segment]]
    time, predecessors = csgraph.dijkstra(_edge_matrix(rows, cols, hours, n + 1), indices=n,
                                          return_predecessors=True)
    # Metres along the quickest route: the lengths summed down the tree of quickest routes.
    points = np.vstack([network.nodes, snapped])
    reached = np.flatnonzero(np.isfinite(time))
    linked = reached[predecessors[reached] >= 0]
    parents = predecessors[linked]
    step = np.hypot(*(points[linked] - points[parents]).T)  # segments are straight: an edge's length is its ends'
    along = csgraph.dijkstra(sparse.csr_matrix((step, (parents, linked)), shape=(n + 1, n + 1)), indices=n)
    return NetworkReach(network, time[:n], along[:n], snapped, float(np.hypot(*(snapped - base))), segment,
                        fraction)


# ----------------------------------------------------------------------------------------------------------------
# Off-road ground


def slope_from_dem(dem, grid):
    """Slope (degrees, 0-90) of a DEM (m) on ``grid``, by central differences; NaN where the DEM is NaN."""
    dz_dy, dz_dx = np.gradient(np.asarray(dem, dtype=float), grid.cell_y, grid.cell_x)
    return np.degrees(np.arctan(np.hypot(dz_dx, dz_dy)))


def slope_factor(slope_deg):
    """Friction multiplier of ground of ``slope_deg`` degrees: ``exp(3.5 tan(slope))`` (Tobler 1993, taken on
    the ground's slope, whatever the direction of travel); 1 on flat ground, 7.5 at 30 deg. NaN counts as flat."""
    slope = np.nan_to_num(np.asarray(slope_deg, dtype=float), nan=0.0)
    if np.any((slope < 0) | (slope >= 90)):
        raise ValueError("Slopes must be in degrees between 0 and 90: give a slope raster in degrees (not percent), "
                         "or a DEM instead.")
    return np.exp(TOBLER_SLOPE * np.tan(np.radians(slope)))


@dataclass(frozen=True)
class Ground:
    """Off-road ground on ``grid``: per-cell ``friction`` (inf = impassable), the ``barriers`` rings (m) and the
    off-road ``speed_kmh`` on flat open ground."""

    grid: object
    friction: np.ndarray
    barriers: tuple
    barrier_cells: np.ndarray
    speed_kmh: float

    @property
    def impassable_barriers(self):
        return bool(np.any(np.isinf(self.friction[self.barrier_cells])))


def make_ground(grid, barriers=(), barrier_factor=None, slope_deg=None, speed_kmh=OFFROAD_SPEED):
    """The :class:`Ground`: barriers impassable (``barrier_factor`` None or 0) or costing ``barrier_factor`` times
    more; ``slope_deg`` (degrees on ``grid``, optional) adds :func:`slope_factor`."""
    if not speed_kmh > 0:
        raise ValueError(f"The off-road speed must be positive (km/h), got {speed_kmh}.")
    if barrier_factor is not None and barrier_factor < 0:
        raise ValueError(f"The barrier factor must be 0 (impassable) or positive, got {barrier_factor}.")
    rings = tuple(np.asarray(ring, dtype=float)[:, :2] for ring in barriers)
    friction = np.ones(grid.shape)
    if slope_deg is not None:
        if np.shape(slope_deg) != grid.shape:
            raise ValueError("The slope raster must be on the access grid: resample it to the grid first.")
        friction *= slope_factor(slope_deg)
    blocked = corridor_mask(rings, grid)  # every cell a barrier touches
    friction[blocked] = np.inf if not barrier_factor else friction[blocked] * barrier_factor
    return Ground(grid, friction, rings, blocked, float(speed_kmh))


def in_barrier(ground, points):
    """Index of the barrier each point (k, 2) lies inside, or -1."""
    points = np.atleast_2d(np.asarray(points, dtype=float))
    which = np.full(len(points), -1)
    for index, ring in enumerate(ground.barriers):
        which[(which < 0) & points_in_polygon(points, ring)] = index
    return which


def cost_distance(weights, grid, seed_cells, seed_costs, progress=None):
    """Least accumulated cost from the seeds over the 8-connected cells (:func:`.costdistance.sweep_costs`).

    A step costs its length (m) times the mean ``weights`` of its two cells; each seed cell (flat index) starts at
    its ``seed_costs`` (inf: not a seed). Returns costs ``grid.shape`` (inf = unreachable). ``progress`` (see
    :mod:`..progress`) may stop the run between rows.
    """
    seed_costs = np.asarray(seed_costs, dtype=float)
    ok = np.isfinite(seed_costs)
    return costdistance.sweep_costs(weights, grid.cell_x, grid.cell_y, np.asarray(seed_cells)[ok], seed_costs[ok],
                                    progress)


# ----------------------------------------------------------------------------------------------------------------
# Where roads enter the grid


@dataclass(frozen=True)
class RoadCells:
    """Cells crossed by roads: ``cell`` (flat index), the road's nearest ``point`` (k, 2) to the cell centre
    within the cell, its ``segment`` and ``fraction`` along it, and ``offset_m`` from the centre to the point."""

    cell: np.ndarray
    point: np.ndarray
    segment: np.ndarray
    fraction: np.ndarray
    offset_m: np.ndarray


def _clip_to_cells(a, b, west, east, south, north):
    """Fractions (enter, leave) of segments a->b inside boxes (Liang-Barsky), all arrays."""
    enter, leave = np.zeros(len(a)), np.ones(len(a))
    delta = b - a
    for axis, low, high in ((0, west, east), (1, south, north)):
        d = delta[:, axis]
        with np.errstate(divide="ignore", invalid="ignore"):
            t_low, t_high = (low - a[:, axis]) / d, (high - a[:, axis]) / d
        moving = d != 0
        enter = np.where(moving, np.maximum(enter, np.minimum(t_low, t_high)), enter)
        leave = np.where(moving, np.minimum(leave, np.maximum(t_low, t_high)), leave)
    return enter, np.maximum(leave, enter)


def road_cells(network, grid):
    """The :class:`RoadCells` of every grid cell a road segment crosses."""
    a, b = network.nodes[network.start], network.nodes[network.end]
    step = 0.25 * min(grid.cell_x, grid.cell_y)
    counts = np.maximum(1, np.ceil(network.length_m / step).astype(int)) + 1
    segment = np.repeat(np.arange(len(a)), counts)
    offsets = np.cumsum(counts) - counts
    t = (np.arange(counts.sum()) - np.repeat(offsets, counts)) / np.repeat(counts - 1, counts)
    samples = a[segment] + t[:, None] * (b - a)[segment]
    row, col = grid.index_of(samples[:, 0], samples[:, 1])
    inside = (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols)
    if not inside.any():
        west, north = grid.west, grid.north
        raise ValueError(f"No road crosses the grid (x {west:.0f} to {west + grid.cols * grid.cell_x:.0f}, y "
                         f"{north - grid.rows * grid.cell_y:.0f} to {north:.0f}): enlarge the extent to take in the "
                         "roads, or check that the roads and the extent are in the same CRS.")
    cell = row[inside] * grid.cols + col[inside]
    pairs = np.unique(np.column_stack([cell, segment[inside]]), axis=0)
    cell, segment = pairs[:, 0], pairs[:, 1]
    row, col = np.divmod(cell, grid.cols)
    west = grid.west + col * grid.cell_x
    north = grid.north - row * grid.cell_y
    centre = np.column_stack([west + grid.cell_x / 2, north - grid.cell_y / 2])
    enter, leave = _clip_to_cells(a[segment], b[segment], west, west + grid.cell_x, north - grid.cell_y, north)
    fraction = np.clip(_projection(centre, a[segment], b[segment]), enter, leave)
    point = a[segment] + fraction[:, None] * (b - a)[segment]
    offset = np.hypot(*(point - centre).T)
    best = np.lexsort((offset, cell))
    first = np.r_[True, np.diff(cell[best]) != 0]
    keep = best[first]
    return RoadCells(cell[keep], point[keep], segment[keep], fraction[keep], offset[keep])


def _hours_per_metre(ground):
    return ground.friction / (ground.speed_kmh * 1000.0)


def _seed_hours(ground, roads, reach):
    """Start time (h) of each road cell: road time from the base (0 without a base; inf if not connected) plus the
    off-road time from the road to the cell centre (a barrier cell under a road counts as open ground there)."""
    per_metre = _hours_per_metre(ground).ravel()[roads.cell]
    per_metre = np.where(np.isfinite(per_metre), per_metre, 1.0 / (ground.speed_kmh * 1000.0))
    road_hours = np.zeros(len(roads.cell)) if reach is None else reach.along(roads.segment, roads.fraction)[0]
    return road_hours + roads.offset_m * per_metre


def travel_time(ground, network, reach=None, progress=None):
    """Hours from the base (``reach``; from the nearest road when None) to every cell: road, then off road.

    NaN where no road connected to the base can be reached without crossing an impassable barrier.
    """
    roads = road_cells(network, ground.grid)
    report(progress, 0.1)
    hours = cost_distance(_hours_per_metre(ground), ground.grid, roads.cell, _seed_hours(ground, roads, reach),
                          progress=progress)
    report(progress, 1.0)
    return np.where(np.isfinite(hours), hours, np.nan)


def distance_to_road(ground, network, progress=None):
    """Off-road distance (m) from every cell to the nearest road, around impassable barriers (a passable barrier
    counts its metres); NaN where no road can be reached."""
    roads = road_cells(network, ground.grid)
    open_ground = np.where(np.isfinite(ground.friction), 1.0, np.inf)
    metres = cost_distance(open_ground, ground.grid, roads.cell, roads.offset_m, progress=progress)
    report(progress, 1.0)
    return np.where(np.isfinite(metres), metres, np.nan)


def _polygon_wkt(rings, decimals=3):
    """WKT of a polygon with holes from its rings (exterior first), each a list of (x, y)."""
    body = ", ".join("(" + ", ".join(f"{x:.{decimals}f} {y:.{decimals}f}" for x, y in ring) + ")" for ring in rings)
    return f"Polygon ({body})"


def service_areas(hours, grid, bands):
    """Polygons (WKT, holes kept) of the ground reachable within each band of hours: list of (band, wkt).

    A band's polygons cover every cell whose travel time is at most the band (bands nest); the outline follows
    cell edges, so a band reaches half a cell past the last cell within it.
    """
    bands = sorted({float(b) for b in bands})
    if not bands or bands[0] <= 0:
        raise ValueError("Hour bands must be positive numbers of hours, for example 0.5,1,2.")
    result = []
    for band in bands:
        within = (np.nan_to_num(hours, nan=np.inf) <= band).astype(np.uint8)
        for geometry, _ in shapes(within, mask=within > 0, connectivity=4, transform=grid_transform(grid)):
            result.append((band, _polygon_wkt(geometry["coordinates"])))
    return result


def parse_hour_bands(text):
    """Hour bands from text such as ``"0.5, 1, 2"`` (hours, positive, sorted, duplicates dropped)."""
    try:
        bands = sorted({float(part) for part in str(text).replace(";", ",").split(",") if part.strip()})
    except ValueError:
        raise ValueError(f"Hour bands '{text}' are not numbers: give hours separated by commas, for example "
                         f"0.5,1,2.") from None
    if not bands or bands[0] <= 0:
        raise ValueError(f"Hour bands '{text}': give positive hours separated by commas, for example 0.5,1,2.")
    return bands


# ----------------------------------------------------------------------------------------------------------------
# Targets


@dataclass(frozen=True)
class TargetAccess:
    """How to reach one target: ``reachable``; ``reason`` when not; the road ``access_point`` (x, y) the trail
    starts from; the ``trail`` ((n, 2), m, from the access point to the target); ``offroad_m`` (trail length);
    ``road_km`` from the base to the access point along the quickest route (NaN without a base); ``travel_time_h``
    road time plus off-road time along the trail (off-road time only without a base)."""

    reachable: bool
    reason: str
    access_point: np.ndarray = None
    trail: np.ndarray = None
    offroad_m: float = np.nan
    road_km: float = np.nan
    travel_time_h: float = np.nan


def _segments_cross(a, b, c, d):
    """Whether segment a-b crosses or touches any segment c[i]-d[i] (a, b: (2,); c, d: (m, 2))."""
    def side(p, q, r):
        return (q[..., 0] - p[..., 0]) * (r[..., 1] - p[..., 1]) - (q[..., 1] - p[..., 1]) * (r[..., 0] - p[..., 0])

    d1, d2 = side(c, d, a), side(c, d, b)
    d3, d4 = side(a, b, c), side(a, b, d)
    return bool(np.any((d1 * d2 <= 0) & (d3 * d4 <= 0)))


def _leg_is_clear(ground, a, b):
    """Whether the straight leg a-b crosses or touches no barrier edge (``a`` must be off the barriers, so a leg
    that crosses no edge stays off them)."""
    low, high = np.minimum(a, b), np.maximum(a, b)
    for ring in ground.barriers:
        if np.any(ring.max(axis=0) < low) or np.any(ring.min(axis=0) > high):
            continue
        closed = np.vstack([ring, ring[:1]])
        if _segments_cross(a, b, closed[:-1], closed[1:]):
            return False
    return True


def _start_cell(ground, point):
    """Flat index of the cell a trail to ``point`` starts from: its own cell if open, else the nearest open
    neighbour reachable by a straight leg that stays off the barriers; None if there is none."""
    grid = ground.grid
    row, col = (int(v) for v in grid.index_of(point[0], point[1]))
    if np.isfinite(ground.friction[row, col]):
        return row * grid.cols + col
    candidates = []
    for r in range(max(0, row - 1), min(grid.rows, row + 2)):
        for c in range(max(0, col - 1), min(grid.cols, col + 2)):
            if np.isfinite(ground.friction[r, c]):
                centre = np.array([grid.west + (c + 0.5) * grid.cell_x, grid.north - (r + 0.5) * grid.cell_y])
                candidates.append((float(np.hypot(*(centre - point))), r * grid.cols + c, centre))
    for _, cell, centre in sorted(candidates, key=lambda item: item[0]):
        if _leg_is_clear(ground, point, centre):
            return cell
    return None


def _cell_centres(grid, cells):
    row, col = np.divmod(np.asarray(cells), grid.cols)
    return np.column_stack([grid.west + (col + 0.5) * grid.cell_x, grid.north - (row + 0.5) * grid.cell_y])


def _leg_hours(ground, a, b):
    """Off-road hours along the straight leg a-b, the friction sampled every quarter cell (inf off the grid)."""
    grid = ground.grid
    length = float(np.hypot(*(b - a)))
    count = max(1, int(np.ceil(length / (0.25 * min(grid.cell_x, grid.cell_y)))))
    middles = a + ((np.arange(count) + 0.5) / count)[:, None] * (b - a)
    row, col = grid.index_of(middles[:, 0], middles[:, 1])
    if np.any((row < 0) | (row >= grid.rows) | (col < 0) | (col >= grid.cols)):
        return np.inf
    return length / count * float(ground.friction[row, col].sum()) / (ground.speed_kmh * 1000.0)


def _shortcut_ok(ground, a, b, path_hours):
    """Whether the straight leg a-b may replace a stretch of path costing ``path_hours``: it stays off the
    impassable barriers (exact test) and costs no more."""
    if ground.impassable_barriers and not _leg_is_clear(ground, a, b):
        return False
    return _leg_hours(ground, a, b) <= path_hours * (1 + 1e-9) + 1e-12


def _straighten(ground, path, cumulative):
    """The path (from the road to the target) with stretches replaced by straight legs where
    :func:`_shortcut_ok`: the staircase of grid steps becomes straight lines across open ground."""
    kept, i = [0], 0
    while i < len(path) - 1:
        j = i + 1
        while j + 1 < len(path) and _shortcut_ok(ground, path[i], path[j + 1], cumulative[j + 1] - cumulative[i]):
            j += 1
        kept.append(j)
        i = j
    return path[kept]


def _slide_access(ground, network, segment, trail):
    """The trail with its road end moved to the point of its road segment nearest the next trail vertex, when
    that leg is allowed and no slower; and that point's fraction along the segment (None if not moved)."""
    a, b = network.nodes[network.start[segment]], network.nodes[network.end[segment]]
    fraction = float(_projection(trail[1][None, :], a[None, :], b[None, :])[0])
    moved = a + fraction * (b - a)
    if _shortcut_ok(ground, trail[1], moved, _leg_hours(ground, trail[1], trail[0])):
        return np.vstack([[moved], trail[1:]]), fraction
    return trail, None


def target_access(ground, network, targets, reach=None, progress=None):
    """:class:`TargetAccess` of each target point ((k, 2), m): the trail from the nearest road point (in off-road
    time, around impassable barriers; only roads connected to the base count when ``reach`` is given).

    The nearest road point is where a trail is cheapest to build and walk; the quickest route from the base may
    leave the road elsewhere when a faster road makes up for a longer trail (the travel-time raster follows that
    route, so a target's table time is at least the raster's value there).
    """
    grid = ground.grid
    targets = np.atleast_2d(np.asarray(targets, dtype=float))[:, :2] if len(targets) else np.zeros((0, 2))
    roads = road_cells(network, grid)
    per_metre = _hours_per_metre(ground)
    road_hours = np.zeros(len(roads.cell)) if reach is None else reach.along(roads.segment, roads.fraction)[0]
    seeds = np.where(np.isfinite(road_hours), _seed_hours(ground, roads, None), np.inf)
    hours = cost_distance(per_metre, grid, roads.cell, seeds, progress=progress)
    starts = {cell: start for cell, start in zip(roads.cell.tolist(), seeds.tolist()) if np.isfinite(start)}
    report(progress, 0.7)
    entry_of = dict(zip(roads.cell.tolist(), range(len(roads.cell))))
    barrier = in_barrier(ground, targets) if ground.impassable_barriers else np.full(len(targets), -1)
    results = []
    for k, point in enumerate(targets):
        row, col = grid.index_of(point[0], point[1])
        if not (0 <= row < grid.rows and 0 <= col < grid.cols):
            results.append(TargetAccess(False, "outside the access grid: enlarge the extent"))
            continue
        if barrier[k] >= 0:
            results.append(TargetAccess(False, f"inside barrier {barrier[k] + 1} (a lake or wetland): it cannot be "
                                               "reached over ground; move the target or plan access over ice"))
            continue
        cell = _start_cell(ground, point)
        if cell is None or not np.isfinite(hours.ravel()[cell]):
            results.append(TargetAccess(False, "no road connected to the base can be reached over ground without "
                                               "crossing a barrier" if cell is not None else
                                               "on a barrier edge, closer than a cell: use a smaller cell size"))
            continue
        cells = costdistance.path_to_seed(hours, per_metre, grid.cell_x, grid.cell_y, cell, starts)
        entry = entry_of[cells[-1]]
        segment, fraction = roads.segment[entry], roads.fraction[entry]
        path = np.vstack([[roads.point[entry]], _cell_centres(grid, cells[::-1]), [point]])
        cumulative = np.r_[0.0, hours.ravel()[cells[::-1]],
                           hours.ravel()[cell] + np.hypot(*(point - path[-2])) * per_metre.ravel()[cell]]
        trail, slid = _slide_access(ground, network, segment, _straighten(ground, path, cumulative))
        fraction = fraction if slid is None else slid
        offroad_hours = sum(_leg_hours(ground, a, b) for a, b in zip(trail[:-1], trail[1:]))
        road_km, road_h = np.nan, 0.0
        if reach is not None:
            road_h, metres = reach.along([segment], [fraction])
            road_h, road_km = float(road_h[0]), float(metres[0]) / 1000.0
        results.append(TargetAccess(True, "", trail[0], trail, float(np.sum(np.hypot(*np.diff(trail, axis=0).T))),
                                    road_km, float(road_h + offroad_hours)))
    report(progress, 1.0)
    return results


def resample_nearest(values, source_grid, grid):
    """``values`` on ``source_grid`` sampled at the cell centres of ``grid`` (nearest cell; NaN outside)."""
    x, y = grid.mesh()
    row, col = source_grid.index_of(x, y)
    inside = (row >= 0) & (row < source_grid.rows) & (col >= 0) & (col < source_grid.cols)
    result = np.full(grid.shape, np.nan)
    result[inside] = np.asarray(values, dtype=float)[row[inside], col[inside]]
    return result
