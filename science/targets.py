"""Drill targets from a prospectivity map (science.md section 5): threshold, connected regions, polygons, ranking.

The map is cut at a threshold: either an explicit score, or the score above which lies ``area_fraction`` of the
valid area (NaN cells are not area: a map that is half nodata is ranked on its valid half). The cells above it are
grouped into 8-connected regions (diagonal neighbours join); regions smaller than ``min_area_ha`` are dropped.
Each region becomes a (multi)polygon that follows cell edges (its 4-connected pieces are the parts, its enclosed
low or nodata cells are holes), so its area is exactly ``area_ha``.

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

from .features import polygon_wkt
from .progress import report

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
    """The score above which (inclusive) lies ``area_fraction`` (0-1] of the valid (finite) cells."""
    if not 0 < area_fraction <= 1:
        raise ValueError(f"The area fraction must lie in (0, 1], got {area_fraction:g} (0.05 = the best 5 % of the "
                         "area).")
    valid = score[np.isfinite(score)]
    if valid.size == 0:
        raise ValueError("The prospectivity raster has no valid cells (all nodata). Check the band and its nodata "
                         "value.")
    keep = max(1, math.ceil(area_fraction * valid.size))
    return float(np.partition(valid, valid.size - keep)[valid.size - keep])


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


def extract_targets(score, grid, area_fraction=0.05, threshold=None, min_area_ha=2.0, uncertainty=None,
                    holes_xy=None, tested_depth=None, rank_by="score_mass", progress=None):
    """Ranked targets of the ``score`` raster (on ``grid``, NaN = nodata).

    ``threshold`` (a score) overrides ``area_fraction``. ``uncertainty`` and ``tested_depth`` are optional
    ``(values, grid)`` rasters; ``holes_xy`` optional drill-hole points ((n, 2), map units). Returns
    ``(targets, threshold)`` with the targets best first (see the module notes).
    """
    score = np.asarray(score, dtype=float)
    if rank_by not in RANK_BY:
        raise ValueError(f"Unknown ranking '{rank_by}': use one of {', '.join(RANK_BY)}.")
    if min_area_ha < 0:
        raise ValueError(f"The minimum area must not be negative, got {min_area_ha:g} ha.")
    if not np.isfinite(score).any():
        raise ValueError("The prospectivity raster has no valid cells (all nodata). Check the band and its nodata "
                         "value.")
    if threshold is None:
        threshold = area_threshold(score, area_fraction)
    with np.errstate(invalid="ignore"):
        labels, count = ndimage.label(score >= threshold, structure=EIGHT_CONNECTED)
    cell_ha = grid.cell_x * grid.cell_y / 1e4
    holes = None if holes_xy is None else np.asarray(holes_xy, dtype=float).reshape(-1, 2)
    if holes is not None:
        holes = holes[np.all(np.isfinite(holes), axis=1)]
        hole_row, hole_col = grid.index_of(holes[:, 0], holes[:, 1])
        on_grid = (hole_row >= 0) & (hole_row < grid.rows) & (hole_col >= 0) & (hole_col < grid.cols)
        hole_label = np.zeros(len(holes), dtype=int)
        hole_label[on_grid] = labels[hole_row[on_grid], hole_col[on_grid]]
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    windows = ndimage.find_objects(labels)
    kept = np.flatnonzero(sizes[1:] * cell_ha >= min_area_ha) + 1
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
        report(progress, done / len(kept))
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
