"""Drill targets from a prospectivity map (docs/science.md section 5): threshold, connected regions, split at saddles,
polygons, ranking.

The map is cut at a threshold: either an explicit score, or the score above which lies ``area_fraction`` of the
valid area (NaN cells are not area: a map that is half nodata is ranked on its valid half). The cells above it are
grouped into 8-connected regions (diagonal neighbours join).

Splitting at saddles (topographic prominence, the mountaineers' rule; documented choice): one region may hold
several distinct highs joined by a lower ridge. A high's key saddle is the lowest point of the highest route from it
to a higher high within the region; the high becomes its own target when it rises at least ``min_prominence``
(score units) above it. The highest high of a region always is a target; ``min_prominence=0`` does not split (one
target per region); a flat top is one high (its cells rise 0 above each other). Every cell then goes to one target:
to the high its steepest ascent (of 8 neighbours) climbs to, where the ground of a high that is not prominent enough
goes to the target across its key saddle. So targets meet along the valleys between highs and each is 8-connected.
A flat (touching cells of equal score, common on weights-of-evidence or categorical maps) drains to its nearest way
up: each of its cells goes where the fewest steps across the flat lead to higher ground.
Computed exactly, not on quantised levels: the cells are cut into steepest-ascent basins, the highest spanning
forest of the passes between basins is taken (scipy's minimum spanning tree), and a union-find walks its passes from
the highest down, settling each high's prominence where its region first meets a higher one (O(n log n) in the
cells above the threshold; 2 s for the best 5 % of a 4000 x 4000 grid).

``min_area_ha`` applies after splitting and drops no high-scoring ground that a larger target borders: a split
piece smaller than it joins the neighbouring target across its highest saddle (highest saddles first; pieces that
have grown past the minimum stay apart); a region smaller than it as a whole is dropped.
Each target becomes a (multi)polygon that follows cell edges (its 4-connected pieces are the parts, its enclosed
low or nodata cells and neighbouring targets are holes), so its area is exactly ``area_ha``.

Ranking (documented choice): by default by **score mass**, the sum of the score over the target's cells times the
cell area (``mean_score x area_ha``). For a posterior probability per unit cell this is the expected number of
deposits in the target; for a 0-1 model score it prefers a large strong target to a small one of equal strength,
and a strong target to a large weak one. ``rank_by="max_score"`` or ``"mean_score"`` rank by the peak or the mean
instead. Ties are broken by the peak score.

Attributes: ``mean_uncertainty`` is the mean of an uncertainty raster over the target (NaN when none is given);
``nearest_hole_m`` is the distance from the polygon to the nearest drill hole point (collars, or vertices of
traces; 0 when one lies inside; NaN when no holes are given); ``tested_depth_m`` is the largest value of a
tested-depth raster within the target (NaN when no raster is given; 0 where it is nodata throughout the target,
i.e. untested). Rasters other than the score are sampled at the score's cell centres, so they may be on other
grids of the same CRS. Coordinates are map units (metres); rings are closed ``(n, 2)`` arrays.
"""
import math
from dataclasses import dataclass

import numpy as np
from rasterio.features import shapes
from rasterio.transform import Affine
from scipy import ndimage
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import minimum_spanning_tree

from ..features import polygon_wkt
from ..progress import report

RANK_BY = ("score_mass", "max_score", "mean_score")
EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)


@dataclass(frozen=True)
class Target:
    """A ranked target: ``polygons`` is a list of polygons, each a list of rings (exterior first, then holes)."""

    rank: int
    name: str
    polygons: list
    area_ha: float
    mean_score: float
    max_score: float
    mean_uncertainty: float
    nearest_hole_m: float
    tested_depth_m: float

    def wkt(self):
        """The target as MultiPolygon WKT."""
        parts = []
        for rings in self.polygons:
            # polygon_wkt(ring) is "Polygon ((x y, ...))": keep each ring's "(x y, ...)"
            parts.append("(" + ", ".join(polygon_wkt(ring)[len("Polygon ("):-1] for ring in rings) + ")")
        return f"MultiPolygon ({', '.join(parts)})"


def area_threshold(score, area_fraction):
    """The score above which (inclusive) lies ``area_fraction`` (0-1] of the valid (finite) cells. Cells of equal
    score are taken or left together, whichever lands nearer the fraction (a map that is 0 over 95 % of the area
    must not give all of it at 5 %)."""
    if not 0 < area_fraction <= 1:
        raise ValueError(f"The area fraction must lie in (0, 1], got {area_fraction:g} (0.05 = the best 5 % of the "
                         "area).")
    valid = score[np.isfinite(score)]
    if valid.size == 0:
        raise ValueError("The prospectivity raster has no valid cells (all nodata). Check the band and its nodata "
                         "value.")
    if valid.min() == valid.max():
        raise ValueError(f"The prospectivity raster holds one value ({valid.min():g}) in every valid cell: it ranks "
                         "nothing, so no target can be drawn from it. Check the band (and that the model that made it "
                         "had evidence varying over the area), or give a THRESHOLD.")
    keep = max(1, math.ceil(area_fraction * valid.size))
    threshold = float(np.partition(valid, valid.size - keep)[valid.size - keep])
    above = valid[valid > threshold]
    if above.size and abs(above.size - keep) < abs(np.count_nonzero(valid >= threshold) - keep):
        return float(above.min())
    return threshold


def selection_warning(score, threshold, area_fraction):
    """A warning when cells of equal score make the selection at ``threshold`` cover much more (over twice) or
    much less (under half) of the valid area than ``area_fraction`` asked; else ""."""
    valid = score[np.isfinite(score)]
    share = np.count_nonzero(valid >= threshold) / max(valid.size, 1)
    if area_fraction >= 1 or 0.5 * area_fraction <= share <= 2 * area_fraction:
        return ""
    return (f"Cells of equal score make the targets cover {100 * share:.1f} % of the valid area where "
            f"{100 * area_fraction:g} % was asked: the map does not separate its best cells well (a coarse or "
            "classified score). Read the ranking with care, or give a THRESHOLD.")


def sample_at(values, grid, x, y):
    """Values of a raster (``values`` on ``grid``) at points ``x``, ``y`` (map units); NaN off the raster."""
    row, col = grid.index_of(x, y)
    inside = (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols)
    out = np.full(np.shape(x), np.nan)
    out[inside] = values[row[inside], col[inside]]
    return out


def region_polygons(region, grid, row0, col0):
    """Polygons (lists of rings, map units) of the True cells of ``region``, a window whose top-left cell is
    (``row0``, ``col0``) of ``grid``: one per 4-connected piece, with its holes."""
    transform = Affine(grid.cell_x, 0.0, grid.west + col0 * grid.cell_x, 0.0, -grid.cell_y,
                       grid.north - row0 * grid.cell_y)
    return [[np.asarray(ring, dtype=float) for ring in geometry["coordinates"]]
            for geometry, _ in shapes(region.astype(np.uint8), mask=region, connectivity=4, transform=transform)]


def distance_to_polygons(points, polygons):
    """Smallest distance (map units) from ``points`` ((n, 2)) to the boundaries of ``polygons``."""
    segments = np.concatenate([np.stack([ring[:-1], ring[1:]], axis=1) for rings in polygons for ring in rings])
    start, delta = segments[:, 0], segments[:, 1] - segments[:, 0]
    length2 = np.maximum(np.sum(delta ** 2, axis=1), 1e-30)
    best = np.inf
    per_chunk = max(1, 2_000_000 // len(segments))  # about 100 MB of temporaries at most
    for chunk in np.array_split(points, max(1, -(-len(points) // per_chunk))):
        offset = chunk[:, None, :] - start[None, :, :]
        t = np.clip(np.sum(offset * delta[None], axis=2) / length2[None], 0.0, 1.0)
        gap = offset - t[..., None] * delta[None]
        if chunk.size:
            best = min(best, float(np.sqrt(np.min(np.sum(gap ** 2, axis=2)))))
    return best


@dataclass(frozen=True)
class Relief:
    """The cells above the threshold as a landscape on the grid, for the walk between highs and saddles.

    ``height`` is each cell's place in ascending score order (0 = lowest), ``by_height`` the cell at each height.
    Heights are distinct: on a flat (touching cells of equal score) the cells nearer to higher ground are higher (see
    :func:`flat_distances`), so a flat drains to its nearest way up; remaining ties in a fixed arbitrary order.
    ``place`` is each cell's index in the grid with a one-cell border, flattened; ``cell_at`` the cell at each index
    there (-1 = none) and ``offsets`` the index steps to the 8 neighbours, the last four (east, south-west, south,
    south-east) meeting every touching pair once.
    """

    height: np.ndarray
    by_height: np.ndarray
    place: np.ndarray
    cell_at: np.ndarray
    offsets: tuple

    @classmethod
    def of(cls, values, cells, shape):
        """The relief of ``values`` at ``cells`` (flat indices into a grid of ``shape``)."""
        rows, cols = shape
        index = np.int32 if (rows + 2) * (cols + 2) < 2 ** 31 else np.int64  # halves the memory of big grids
        place = ((cells // cols + 1) * (cols + 2) + cells % cols + 1).astype(index)
        cell_at = np.full((rows + 2) * (cols + 2), -1, dtype=index)
        cell_at[place] = np.arange(cells.size, dtype=index)
        offsets = tuple(dr * (cols + 2) + dc for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
        distance = flat_distances(values, place, cell_at, offsets)
        by_height = (np.lexsort((-distance, values)) if distance.any() else np.argsort(values)).astype(index)
        height = np.empty(cells.size, dtype=index)
        height[by_height] = np.arange(cells.size, dtype=index)
        return cls(height, by_height, place, cell_at, offsets)

    def neighbour(self, offset):
        """The cell ``offset`` away from each cell; -1 where there is none."""
        return self.cell_at[self.place + offset]


def flat_distances(values, place, cell_at, offsets):
    """Steps (8-connected, within the flat) from each cell of a flat, a patch of touching cells of equal score, to
    the nearest cell of that flat that touches a higher cell; 0 off flats and on flats with no higher cell around.
    ``place``, ``cell_at`` and ``offsets`` as in :class:`Relief`."""
    padded_values = np.append(values, np.nan)  # index -1 (no cell) reads NaN: never equal, never higher
    flat = np.zeros(values.size, dtype=bool)
    rising = np.zeros(values.size, dtype=bool)
    for offset in offsets:
        other = padded_values[cell_at[place + offset]]
        flat |= other == values
        rising |= other > values
    distance = np.zeros(values.size, dtype=np.int64)
    waiting = np.append(flat & ~rising, False)  # flat cells not reached yet (index -1 never waits)
    frontier = np.flatnonzero(flat & rising)
    step = 0
    while frontier.size:  # breadth-first from the flats' edges next to higher ground
        step += 1
        reached = []
        for offset in offsets:  # a shift meets each cell once; clearing ``waiting`` at once keeps cells unique
            other = cell_at[place[frontier] + offset]
            other = other[waiting[other] & (padded_values[other] == values[frontier])]
            waiting[other] = False
            reached.append(other)
        frontier = np.concatenate(reached)
        distance[frontier] = step
    return distance


def flatten(parent):
    """Every node of a forest (``parent`` array, roots point to themselves) pointed straight at its root."""
    parent = np.asarray(parent)
    while True:  # pointer jumping: each pass doubles the distance followed
        further = parent[parent]
        if np.array_equal(further, parent):
            return parent
        parent = further


def ascent_basins(relief):
    """Steepest-ascent basins: ``(basin, peaks)``, the basin of each cell and the cell at the top of each basin,
    basins numbered 0.. from the lowest top up. A cell climbs to its highest neighbour (of 8) until none is higher."""
    padded_height = np.append(relief.height, -1)  # index -1 (no cell) reads -1
    best = relief.height.copy()
    for offset in relief.offsets:
        np.maximum(best, padded_height[relief.neighbour(offset)], out=best)
    top = flatten(relief.by_height[best])
    is_peak = top == np.arange(top.size)
    peaks = relief.by_height[is_peak[relief.by_height]]  # from the lowest up
    basin_of_peak = np.empty(top.size, dtype=top.dtype)
    basin_of_peak[peaks] = np.arange(peaks.size)
    return basin_of_peak[top], peaks


def basin_passes(relief, basin):
    """The passes between touching basins that matter, highest first: ``(basin_a, basin_b, height)`` arrays.

    The height of the pass between two basins is that of the lower cell of the best pair of touching cells, one in
    each. Only the passes of the highest spanning forest are kept: any other pass joins basins already joined by
    higher ones, so the walk down from the highs never needs it.
    """
    padded_basin = np.append(basin, -1)  # index -1 (no cell) reads -1
    firsts, seconds, levels = [], [], []
    for offset in relief.offsets[4:]:
        other = relief.neighbour(offset)
        crossing = np.flatnonzero((other >= 0) & (padded_basin[other] != basin))
        other = other[crossing]
        firsts.append(basin[crossing])
        seconds.append(basin[other])
        levels.append(np.minimum(relief.height[crossing], relief.height[other]))
    first, second, level = np.concatenate(firsts), np.concatenate(seconds), np.concatenate(levels)
    if level.size == 0:  # one basin: no pass
        return first, second, level
    count = int(basin.max()) + 1
    pair = np.minimum(first, second).astype(np.int64) * count + np.maximum(first, second)
    order = np.argsort(pair)
    pair, level = pair[order], level[order]
    starts = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    pair, level = pair[starts], np.maximum.reduceat(level, starts)
    # the highest spanning forest is the minimum one of (cells - height), which is >= 1 (0 would mean no pass)
    depth = csr_matrix((relief.height.size - level.astype(float), (pair // count, pair % count)), shape=(count, count))
    forest = minimum_spanning_tree(depth).tocoo()
    level = relief.height.size - forest.data.astype(np.int64)
    order = np.argsort(level)[::-1]
    return forest.row[order], forest.col[order], level[order]


def _part(progress, start, end):
    """A progress callback that maps 0-1 onto ``start``-``end`` of ``progress`` (None stays None)."""
    if progress is None:
        return None
    return lambda fraction: report(progress, start + fraction * (end - start))


def _root(parent, node):
    """Root of ``node`` in a union-find ``parent`` list, compressing the path."""
    root = node
    while parent[root] != root:
        root = parent[root]
    while parent[node] != root:
        parent[node], node = root, parent[node]
    return root


def prominent_highs(peak_score, passes, min_prominence, progress=None):
    """Which high each basin's ground goes to, from the score at the top of each basin (basins numbered from the
    lowest top up) and the passes between basins (highest first, as :func:`basin_passes` returns them, with the
    score of each pass as third array).

    Returns ``(owner, borders)``: ``owner[basin]`` is the basin holding the prominent high its ground goes to;
    ``borders`` lists ``(high, neighbour)`` for every prominent high that is not the top of its region, highest key
    saddle first, where ``neighbour`` is a basin across that saddle.
    """
    merged = list(range(len(peak_score)))  # union-find of the regions above the current pass
    owner = list(range(len(peak_score)))
    borders = []
    first, second, level = passes
    for done, (a, b, saddle) in enumerate(zip(first.tolist(), second.tolist(), level.tolist())):
        if done % 65536 == 0:
            report(progress, done / len(level))
        top_a, top_b = _root(merged, a), _root(merged, b)
        if top_a == top_b:
            continue
        if top_a > top_b:
            a, b, top_a, top_b = b, a, top_b, top_a  # b's side holds the higher high
        if peak_score[top_a] - saddle >= min_prominence:
            borders.append((top_a, b))
        else:
            owner[top_a] = _root(owner, b)
        merged[top_a] = top_b
    return flatten(owner), borders


def split_at_saddles(score, mask, min_prominence, min_cells, progress=None):
    """Targets of the 8-connected ``mask`` regions split at saddles (see the module notes): a label image, 0 = no
    target, 1..n = the ground of one prominent high, pieces under ``min_cells`` cells joined to the neighbouring
    target across their highest saddle (a whole region under it keeps its label: the caller drops it)."""
    labels = np.zeros(score.shape, dtype=np.int64)
    cells = np.flatnonzero(mask)
    if cells.size == 0:
        return labels
    values = score.ravel()[cells]
    relief = Relief.of(values, cells, score.shape)
    basin, peaks = ascent_basins(relief)
    first, second, level = basin_passes(relief, basin)
    report(progress, 0.2)
    owner, borders = prominent_highs(values[peaks].tolist(), (first, second, values[relief.by_height[level]]),
                                     min_prominence, progress=_part(progress, 0.2, 0.9))
    size = np.bincount(owner[basin], minlength=peaks.size).tolist()
    joined = list(range(peaks.size))  # union-find of the targets, joining pieces under the minimum area
    for high, neighbour in borders:
        high, neighbour = _root(joined, high), _root(joined, int(owner[neighbour]))
        if size[high] < min_cells or size[neighbour] < min_cells:
            joined[high] = neighbour
            size[neighbour] += size[high]
    _, label = np.unique(flatten(joined)[owner], return_inverse=True)  # of each basin
    labels.ravel()[cells] = label[basin] + 1
    report(progress, 1.0)
    return labels


def extract_targets(score, grid, area_fraction=0.05, threshold=None, min_area_ha=2.0, min_prominence=0.1,
                    uncertainty=None, holes_xy=None, tested_depth=None, rank_by="score_mass", progress=None):
    """Ranked targets of the ``score`` raster (on ``grid``, NaN = nodata).

    ``threshold`` (a score) overrides ``area_fraction``. ``min_prominence`` (score units, 0 = off) splits regions
    at saddles between highs that rise at least that much above them. ``uncertainty`` and ``tested_depth`` are optional
    ``(values, grid)`` rasters; ``holes_xy`` optional drill-hole points ((n, 2), map units). Returns
    ``(targets, threshold)`` with the targets best first (see the module notes).
    """
    score = np.asarray(score, dtype=float)
    if rank_by not in RANK_BY:
        raise ValueError(f"Unknown ranking '{rank_by}': use one of {', '.join(RANK_BY)}.")
    if min_area_ha < 0:
        raise ValueError(f"The minimum area must not be negative, got {min_area_ha:g} ha.")
    if not min_prominence >= 0 or math.isinf(min_prominence):
        raise ValueError(f"The minimum prominence must be a score difference of 0 or more (0 = do not split), got "
                         f"{min_prominence:g}.")
    if not np.isfinite(score).any():
        raise ValueError("The prospectivity raster has no valid cells (all nodata). Check the band and its nodata "
                         "value.")
    if threshold is None:
        threshold = area_threshold(score, area_fraction)
    with np.errstate(invalid="ignore"):
        above = score >= threshold
    cell_ha = grid.cell_x * grid.cell_y / 1e4
    min_cells = min_area_ha / cell_ha * (1 - 1e-9)  # a region of exactly the minimum area is kept
    if min_prominence > 0:
        labels = split_at_saddles(score, above, min_prominence, min_cells, progress=_part(progress, 0.0, 0.5))
        count = int(labels.max())
    else:
        labels, count = ndimage.label(above, structure=EIGHT_CONNECTED)
    holes = None if holes_xy is None else np.asarray(holes_xy, dtype=float).reshape(-1, 2)
    if holes is not None:
        holes = holes[np.all(np.isfinite(holes), axis=1)]
        hole_row, hole_col = grid.index_of(holes[:, 0], holes[:, 1])
        on_grid = (hole_row >= 0) & (hole_row < grid.rows) & (hole_col >= 0) & (hole_col < grid.cols)
        hole_label = np.zeros(len(holes), dtype=int)
        hole_label[on_grid] = labels[hole_row[on_grid], hole_col[on_grid]]
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    windows = ndimage.find_objects(labels)
    kept = np.flatnonzero(sizes[1:] >= min_cells) + 1
    found = []
    for done, index in enumerate(kept, start=1):
        window = windows[index - 1]
        region = labels[window] == index
        cells = int(sizes[index])
        values = score[window][region]
        rows, cols = np.nonzero(region)
        x = grid.west + (cols + window[1].start + 0.5) * grid.cell_x
        y = grid.north - (rows + window[0].start + 0.5) * grid.cell_y
        polygons = region_polygons(region, grid, window[0].start, window[1].start)
        found.append({
            "polygons": polygons, "area_ha": cells * cell_ha, "mean_score": float(values.mean()),
            "max_score": float(values.max()), "mean_uncertainty": _mean_sampled(uncertainty, x, y),
            "nearest_hole_m": _nearest_hole(holes, hole_label if holes is not None else None, index, polygons),
            "tested_depth_m": _max_sampled(tested_depth, x, y)})
        report(progress, 0.5 + 0.5 * done / len(kept))
    keys = {"score_mass": lambda t: (t["mean_score"] * t["area_ha"], t["max_score"]),
            "max_score": lambda t: (t["max_score"], t["mean_score"]),
            "mean_score": lambda t: (t["mean_score"], t["max_score"])}
    found.sort(key=keys[rank_by], reverse=True)
    targets = [Target(rank, f"Target {rank}", **t) for rank, t in enumerate(found, start=1)]
    return targets, float(threshold)


def _mean_sampled(raster, x, y):
    if raster is None:
        return math.nan
    values = sample_at(raster[0], raster[1], x, y)
    return float(np.nanmean(values)) if np.isfinite(values).any() else math.nan


def _max_sampled(raster, x, y):
    if raster is None:
        return math.nan
    values = sample_at(raster[0], raster[1], x, y)
    return float(np.nanmax(values)) if np.isfinite(values).any() else 0.0


def _nearest_hole(holes, hole_label, index, polygons):
    if holes is None or len(holes) == 0:
        return math.nan
    if np.any(hole_label == index):
        return 0.0
    return distance_to_polygons(holes, polygons)
