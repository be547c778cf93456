"""Evidence stacking: any mix of rasters and vector layers onto one reference grid, as one multi-band GeoTIFF.

Every layer becomes one or more float32 bands on the reference :class:`~.grid.GridSpec` (row 0 north, metres of a
projected CRS), written row window by row window so memory stays bounded on large grids:

- a raster is reprojected and resampled with GDAL's warper (rasterio): bilinear for continuous bands, nearest for
  categorical ones (class codes are kept, never blended). By default a band is categorical when its data type is an
  integer type and it holds at most :data:`CATEGORICAL_MAX_CLASSES` distinct values; a layer may force either;
- points and lines become the distance (m) from each cell centre to the nearest feature;
- polygons become one-hot bands, one per category of a field (1 where the cell centre is inside a polygon of that
  category, 0 elsewhere; where polygons overlap the later feature wins, as on a map drawn in feature order), or
  without a field the signed distance (m) to their boundary: NEGATIVE INSIDE, positive outside, 0 on the boundary.

Distances come from the exact Euclidean distance transform (scipy) of the rasterised features, with the cell size
as sampling: the distance from a cell centre to the centre of the nearest cell a feature touches, so within half a
cell diagonal of the true distance. Features up to :data:`DISTANCE_MARGIN_FRACTION` of the grid's larger side (or
the maximum distance, if smaller) beyond the grid edge are counted. An optional maximum distance caps the values.

An optional mask (polygons) sets every band to nodata outside it. Next to the GeoTIFF a sidecar JSON
(``<output>.json``) records, for each band, its name, source layer, kind, resampling and units, and the grid's
geotransform and CRS.

Every band source reads any window of rows and columns and gives its cells the bits the whole-grid stack gives
them, which is what ``science/tiling.py``'s ``stack_tiled`` builds on: polygons are rasterised in the frame of the
stack's row window holding the cell (GDAL rounds pixel coordinates relative to the raster's origin), the warper
works block by block (GDAL_VRT_WARP_USE_DATASET_RASTERIO=NO: otherwise GDAL 3.8+ warps a large request directly,
interpolating the reprojection along the request's own rows), and features are rasterised in fixed row strips.
"""
import json
import math
from dataclasses import asdict, dataclass
from typing import Optional

import numpy as np
import rasterio
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.features import rasterize
from rasterio.io import MemoryFile
from rasterio.transform import Affine
from rasterio.vrt import WarpedVRT
from rasterio.warp import transform_bounds
from rasterio.windows import Window
from scipy import ndimage
from scipy.spatial import cKDTree

from ..grid import GridSpec
from ..progress import report

CATEGORICAL_MAX_CLASSES = 32
"""An integer raster band with at most this many distinct values is treated as categorical (nearest neighbour)."""

DISTANCE_MARGIN_FRACTION = 0.25
"""Features this fraction of the grid's larger side beyond its edge still count for distances."""

WARP_TOLERANCE = 0.01
"""Largest position error (source cells) of GDAL's approximate reprojection; its default, 0.125, shifts values by up
to an eighth of a cell, which is visible against an analytic field."""

WINDOW_ROWS = 256
"""Rows per window (the output's tile height, so each tile is written once)."""

FLUSH_BYTES = 64 * 2**20
"""The output is closed and reopened after this many bytes are written (see :class:`StackWriter`)."""

WINDOW_HALO = 256
"""Cells a :class:`FeatureTree` window is grown by (at most) for its distance transform."""

WARP_BY_BLOCKS = {"GDAL_VRT_WARP_USE_DATASET_RASTERIO": "NO"}
"""GDAL options while a warped raster is read: block by block, so a cell's value does not depend on the window read."""

@dataclass
class RasterLayer:
    """A raster to resample. ``source`` is a file path rasterio can open, or an array ``(rows, cols)`` or
    ``(bands, rows, cols)`` (NaN = nodata) with its GDAL ``geotransform``. ``crs_wkt`` overrides the file's own CRS
    (required for arrays). ``categorical``: None = automatic, True = nearest, False = bilinear, for every band.
    A one-band raster's band is named after the layer; a multi-band raster's bands "<layer>: <band description>"
    (or "band N")."""

    name: str
    source: object
    crs_wkt: str = ""
    geotransform: Optional[tuple] = None
    categorical: Optional[bool] = None


@dataclass
class VectorLayer:
    """Features in the grid's CRS. ``geometry_type`` is "Point", "LineString" or "Polygon"; ``geometries`` holds,
    per feature part: an ``(x, y)`` pair for points, a ``(k, 2)`` vertex array for lines, a list of rings (exterior
    first, then holes, each ``(k, 2)``) for polygons. ``categories`` (polygons only, one value per geometry, None =
    no value, left out) turns a polygon layer into one-hot bands named after ``category_field``."""

    name: str
    geometry_type: str
    geometries: list
    categories: Optional[list] = None
    category_field: str = ""


@dataclass
class Band:
    """What the sidecar JSON records for one output band."""

    name: str
    source: str
    kind: str
    resampling: str
    units: str


def window_transform(grid, row0=0):
    """The rasterio affine transform of ``grid`` starting at row ``row0``."""
    return Affine(grid.cell_x, 0.0, grid.west, 0.0, -grid.cell_y, grid.north - row0 * grid.cell_y)


def _windows(rows):
    return [(r0, min(rows, r0 + WINDOW_ROWS)) for r0 in range(0, rows, WINDOW_ROWS)]


def _crs(wkt, what):
    try:
        return CRS.from_wkt(wkt)
    except Exception:  # rasterio raises its own CRSError for every kind of bad text
        raise ValueError(f"{what}: the coordinate reference system could not be read. Set the layer's CRS "
                         f"(Layer Properties > Source) and run again.") from None


# ------------------------------------------------------------------------------------------------------------------
# Geometry helpers


def _bounds(geometries, geometry_type):
    """(west, south, east, north) of every geometry, as an (n, 4) array."""
    if geometry_type == "Point":
        xy = np.asarray(geometries, dtype=float).reshape(-1, 2)
        return np.column_stack([xy, xy])
    firsts = [np.asarray(g[0] if geometry_type == "Polygon" else g, dtype=float) for g in geometries]
    return np.array([[c[:, 0].min(), c[:, 1].min(), c[:, 0].max(), c[:, 1].max()] for c in firsts]).reshape(-1, 4)


def _overlaps(bounds, west, south, east, north):
    return (bounds[:, 0] <= east) & (bounds[:, 2] >= west) & (bounds[:, 1] <= north) & (bounds[:, 3] >= south)


def _closed(ring):
    ring = np.asarray(ring, dtype=float)
    return ring if np.array_equal(ring[0], ring[-1]) else np.vstack([ring, ring[:1]])


def _polygon_shape(rings):
    return {"type": "Polygon", "coordinates": [_closed(r).tolist() for r in rings]}


def rasterize_polygons(polygons, grid, values=None, row0=0, rows=None, cols=None):
    """Rasterise polygons (each a list of rings) on rows ``row0 .. row0 + rows`` and the first ``cols`` columns
    (default all) of ``grid``: a cell takes the value of the last polygon containing its centre (``values``: int per
    polygon, default 1), else 0."""
    rows = grid.rows - row0 if rows is None else rows
    cols = grid.cols if cols is None else cols
    values = [1] * len(polygons) if values is None else values
    shapes = [(_polygon_shape(rings), int(v)) for rings, v in zip(polygons, values)]
    if not shapes:
        return np.zeros((rows, cols), dtype=np.int32)
    return rasterize(shapes, out_shape=(rows, cols), transform=window_transform(grid, row0), fill=0, dtype=np.int32)


def rasterize_window(polygons, grid, values=None, rows=None, cols=None):
    """:func:`rasterize_polygons` over rows ``rows`` and columns ``cols`` (start, stop pairs; default the whole
    grid), each cell rasterised in the frame of its stack window (:data:`WINDOW_ROWS` rows from a multiple of
    :data:`WINDOW_ROWS`, from the grid's west edge): the frame the whole-grid stack uses, so the cells get the same
    bits whatever the window asked for (GDAL rounds a cell centre's position relative to the raster's origin)."""
    r0, r1 = (0, grid.rows) if rows is None else rows
    c0, c1 = (0, grid.cols) if cols is None else cols
    parts = []
    for w0 in range(r0 - r0 % WINDOW_ROWS, r1, WINDOW_ROWS):
        w1 = min(w0 + WINDOW_ROWS, grid.rows)
        codes = rasterize_polygons(polygons, grid, values, w0, w1 - w0, c1)
        parts.append(codes[max(r0, w0) - w0:min(r1, w1) - w0, c0:c1])
    return np.vstack(parts)


def mask_cells(mask, grid):
    """The number of cells of ``grid`` whose centre is inside the ``mask`` polygons, counted window by window;
    ValueError when the mask is empty or covers no cell centre."""
    if len(mask) == 0:
        raise ValueError("The mask layer has no polygons: choose a polygon layer such as the claims, or no mask.")
    inside = sum(int(np.count_nonzero(rasterize_window(mask, grid, rows=window))) for window in _windows(grid.rows))
    if not inside:
        raise ValueError("The mask polygons do not cover any cell centre of the reference grid. Check that the "
                         "mask is the right layer and that its CRS is set correctly.")
    return inside


def _validate_vector(layer, grid, margin=0.0):
    """ValueError naming the layer when it is empty or lies wholly outside the grid (plus ``margin`` metres)."""
    if layer.geometry_type not in ("Point", "LineString", "Polygon"):
        raise ValueError(f"Layer '{layer.name}' has geometry type {layer.geometry_type!r}: only point, line and "
                         f"polygon layers can be stacked.")
    if len(layer.geometries) == 0:
        raise ValueError(f"Layer '{layer.name}' has no features. Remove it from the list or choose the layer that "
                         f"holds the data.")
    bounds = _bounds(layer.geometries, layer.geometry_type)
    if not _overlaps(bounds, grid.west - margin, grid.south - margin, grid.east + margin, grid.north + margin).any():
        raise ValueError(
            f"Layer '{layer.name}' does not overlap the reference grid: its features lie in x {bounds[:, 0].min():.0f}"
            f" to {bounds[:, 2].max():.0f}, y {bounds[:, 1].min():.0f} to {bounds[:, 3].max():.0f}, the grid covers x "
            f"{grid.west:.0f} to {grid.east:.0f}, y {grid.south:.0f} to {grid.north:.0f}"
            + (f" (features up to {margin:.0f} m beyond its edge count)" if margin else "")
            + ". Check that the layer is the right one and that its CRS is set correctly.")


# ------------------------------------------------------------------------------------------------------------------
# Distances


def distance_margin(grid, max_distance=None):
    """How far (m) beyond the grid edge features still count: :data:`DISTANCE_MARGIN_FRACTION` of the grid's larger
    side, or ``max_distance`` if smaller. ValueError for a maximum distance that is not positive."""
    if max_distance is not None and not max_distance > 0:
        raise ValueError(f"The maximum distance must be positive (metres), got {max_distance}; leave it empty "
                         f"for no maximum.")
    margin = DISTANCE_MARGIN_FRACTION * max(grid.cols * grid.cell_x, grid.rows * grid.cell_y)
    return margin if max_distance is None else min(margin, max_distance)


def _edge_distance(rows, cols, grid):
    """Largest distance (m) from an edge cell of ``grid`` to the nearest of the feature cells ``rows``, ``cols``
    (indices of ``grid``) (inf if there is none)."""
    if rows.size == 0:
        return np.inf
    across, down = np.arange(grid.cols), np.arange(grid.rows)
    edge_rows = np.concatenate([np.zeros_like(across), np.full_like(across, grid.rows - 1), down, down])
    edge_cols = np.concatenate([across, across, np.zeros_like(down), np.full_like(down, grid.cols - 1)])
    tree = cKDTree(np.column_stack([rows * grid.cell_y, cols * grid.cell_x]))
    distance, _ = tree.query(np.column_stack([edge_rows * grid.cell_y, edge_cols * grid.cell_x]))
    return float(distance.max())


def _touched(layer, padded, progress=None):
    """Flat indices (row-major, increasing) of the cells of ``padded`` that the layer's features touch: a point's
    cell; every cell a line or a polygon's boundary passes through (GDAL's all-touched rasterisation, in strips of
    :data:`WINDOW_ROWS` rows: the same frames for any window read later)."""
    if layer.geometry_type == "Point":
        xy = np.asarray(layer.geometries, dtype=float).reshape(-1, 2)
        row, col = padded.index_of(xy[:, 0], xy[:, 1])
        keep = (row >= 0) & (row < padded.rows) & (col >= 0) & (col < padded.cols)
        return np.unique(row[keep].astype(np.int64) * padded.cols + col[keep])
    if layer.geometry_type == "LineString":
        lines = [np.asarray(line, dtype=float) for line in layer.geometries]
    else:
        lines = [_closed(ring) for rings in layer.geometries for ring in rings]
    low, high = np.array([line[:, 1].min() for line in lines]), np.array([line[:, 1].max() for line in lines])
    shapes = [{"type": "LineString", "coordinates": line.tolist()} for line in lines]
    found, strips = [np.zeros(0, np.int64)], _windows(padded.rows)
    for done, (r0, r1) in enumerate(strips, start=1):
        top = padded.north - r0 * padded.cell_y  # lines more than a cell from the strip cannot touch it
        near = np.flatnonzero((high >= top - (r1 - r0 + 1) * padded.cell_y) & (low <= top + padded.cell_y))
        if near.size:
            strip = rasterize([shapes[i] for i in near], out_shape=(r1 - r0, padded.cols), fill=0, all_touched=True,
                              transform=window_transform(padded, r0), dtype=np.uint8)
            found.append(np.flatnonzero(strip) + r0 * padded.cols)
        report(progress, done / len(strips))
    return np.concatenate(found)


@dataclass(frozen=True)
class FeatureCells:
    """The cells a layer's features touch, as ``rows`` and ``cols`` (int32, row-major) of the grid padded by
    ``pad_y`` rows and ``pad_x`` columns on each side."""

    pad_y: int
    pad_x: int
    rows: np.ndarray
    cols: np.ndarray


def feature_cells(layer, grid, max_distance=None, progress=None):
    """The :class:`FeatureCells` of a point, line or polygon layer (polygons: their boundary) on ``grid`` padded by
    what can matter: features up to :func:`distance_margin` beyond the edge, and of those only the ones no farther
    out than the largest distance from an edge cell to a feature inside the grid plus a cell diagonal (a feature
    farther out is never the nearest to any cell). ValueError when no feature lies within the margin."""
    margin = distance_margin(grid, max_distance)
    _validate_vector(layer, grid, margin)
    pad_x, pad_y = int(math.ceil(margin / grid.cell_x)), int(math.ceil(margin / grid.cell_y))
    padded = GridSpec(grid.west - pad_x * grid.cell_x, grid.north + pad_y * grid.cell_y, grid.cell_x, grid.cell_y,
                      grid.rows + 2 * pad_y, grid.cols + 2 * pad_x)
    rows, cols = np.divmod(_touched(layer, padded, progress), padded.cols)
    if rows.size == 0:
        raise ValueError(f"Layer '{layer.name}' has no features within {margin:.0f} m of the reference grid "
                         f"(x {grid.west:.0f} to {grid.east:.0f}, y {grid.south:.0f} to {grid.north:.0f}). "
                         f"Check that the layer is the right one and that its CRS is set correctly.")
    inner = (rows >= pad_y) & (rows < pad_y + grid.rows) & (cols >= pad_x) & (cols < pad_x + grid.cols)
    needed = _edge_distance(rows[inner] - pad_y, cols[inner] - pad_x, grid) + np.hypot(grid.cell_x, grid.cell_y)
    if np.isfinite(needed):  # without a feature inside the grid every one within the margin may be the nearest
        pad_x, pad_y = (min(pad_x, int(math.ceil(needed / grid.cell_x))),
                        min(pad_y, int(math.ceil(needed / grid.cell_y))))
    cut_y, cut_x = (padded.rows - grid.rows) // 2 - pad_y, (padded.cols - grid.cols) // 2 - pad_x
    keep = (rows >= cut_y) & (rows < padded.rows - cut_y) & (cols >= cut_x) & (cols < padded.cols - cut_x)
    return FeatureCells(pad_y, pad_x, (rows[keep] - cut_y).astype(np.int32), (cols[keep] - cut_x).astype(np.int32))


class _Distances:
    """Distance (m) from each cell centre of ``grid`` to the nearest cell a feature of a point, line or polygon
    layer touches (polygons: signed distance to the boundary, negative inside), read window by window; a subclass
    finds the nearest feature cell (``_nearest``)."""

    def read(self, row0, row1, col0=0, col1=None):
        """Distances (m, float32) of rows ``row0 .. row1`` and columns ``col0 .. col1`` (default all) of the grid."""
        grid = self.grid
        col1 = grid.cols if col1 is None else col1
        rows, cols = np.arange(row0, row1) + self.pad_y, np.arange(col0, col1) + self.pad_x  # of the padded grid
        nearest_rows, nearest_cols = self._nearest(rows, cols)
        distance = np.hypot((nearest_rows - rows[:, None]) * grid.cell_y, (nearest_cols - cols[None, :]) * grid.cell_x)
        if self.max_distance is not None:
            np.minimum(distance, self.max_distance, out=distance)
        if self.layer.geometry_type == "Polygon":
            inside = rasterize_window(self.layer.geometries, grid, rows=(row0, row1), cols=(col0, col1)) > 0
            distance[inside] *= -1.0
        return distance.astype(np.float32)


class DistanceField(_Distances):
    """Distances by the exact Euclidean distance transform of the feature cells over the whole padded grid: the
    nearest-feature indices of every padded cell (8 bytes per padded cell), each window's distances computed from
    them on demand."""

    def __init__(self, layer, grid, max_distance=None):
        self.layer, self.grid, self.max_distance = layer, grid, max_distance
        cells = feature_cells(layer, grid, max_distance)
        self.pad_y, self.pad_x = cells.pad_y, cells.pad_x
        features = np.zeros((grid.rows + 2 * self.pad_y, grid.cols + 2 * self.pad_x), dtype=bool)
        features[cells.rows, cells.cols] = True
        del cells
        self.nearest = np.empty((2,) + features.shape, dtype=np.int32)
        ndimage.distance_transform_edt(~features, sampling=(grid.cell_y, grid.cell_x), return_distances=False,
                                       return_indices=True, indices=self.nearest)

    def _nearest(self, rows, cols):
        window = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))
        return self.nearest[0][window], self.nearest[1][window]


class FeatureTree(_Distances):
    """The distances of :class:`DistanceField` for any window, with memory per feature cell instead of per padded
    cell: the distance transform of the window grown by up to :data:`WINDOW_HALO` cells (enough to reach the cap,
    if there is one) gives a cell's nearest feature cell where that is closer than anything beyond the grown window
    (or the cap is); the other cells ask a k-d tree of all the feature cells (built in each process when first
    needed; pickling leaves it out). Either way the nearest feature cell, wherever it lies."""

    def __init__(self, layer, grid, max_distance=None, progress=None):
        self.layer, self.grid, self.max_distance = layer, grid, max_distance
        cells = feature_cells(layer, grid, max_distance, progress)
        self.pad_y, self.pad_x, self.rows, self.cols = cells.pad_y, cells.pad_x, cells.rows, cells.cols
        self.tree = None

    def __getstate__(self):
        return {**self.__dict__, "tree": None}

    def _nearest(self, rows, cols):
        grid, cap = self.grid, self.max_distance
        shape = (grid.rows + 2 * self.pad_y, grid.cols + 2 * self.pad_x)
        reach = [WINDOW_HALO if cap is None else min(WINDOW_HALO, int(math.ceil(cap / cell)) + 1)
                 for cell in (grid.cell_y, grid.cell_x)]
        r0, r1 = max(rows[0] - reach[0], 0), min(rows[-1] + 1 + reach[0], shape[0])
        c0, c1 = max(cols[0] - reach[1], 0), min(cols[-1] + 1 + reach[1], shape[1])
        first, last = np.searchsorted(self.rows, [r0, r1])  # the rows are sorted
        inside = (self.cols[first:last] >= c0) & (self.cols[first:last] < c1)
        features = np.zeros((r1 - r0, c1 - c0), dtype=bool)
        features[self.rows[first:last][inside] - r0, self.cols[first:last][inside] - c0] = True
        core = (slice(rows[0] - r0, rows[-1] + 1 - r0), slice(cols[0] - c0, cols[-1] + 1 - c0))
        if features.any():
            distance, nearest = ndimage.distance_transform_edt(~features, sampling=(grid.cell_y, grid.cell_x),
                                                               return_indices=True)
            distance = distance[core]
            nearest_rows, nearest_cols = nearest[0][core] + float(r0), nearest[1][core] + float(c0)
        else:
            distance = np.full((len(rows), len(cols)), np.inf)
            nearest_rows, nearest_cols = distance.copy(), distance.copy()
        # anything beyond the grown window (features lie only on the padded grid) is at least this far
        beyond = np.minimum.outer(
            np.minimum(np.where(r0 > 0, (rows - r0 + 1) * grid.cell_y, np.inf),
                       np.where(r1 < shape[0], (r1 - rows) * grid.cell_y, np.inf)),
            np.minimum(np.where(c0 > 0, (cols - c0 + 1) * grid.cell_x, np.inf),
                       np.where(c1 < shape[1], (c1 - cols) * grid.cell_x, np.inf)))
        unsure = distance >= beyond * (1 - 1e-9)
        if cap is not None:
            unsure &= beyond < cap  # else both give the cap
        if unsure.any():
            if self.tree is None:
                self.tree = cKDTree(np.column_stack([self.rows * grid.cell_y, self.cols * grid.cell_x]))
            where = np.nonzero(unsure)
            # with a cap, a feature cell farther than it gives the cap: the search stops a cell diagonal beyond it
            bound = np.inf if cap is None else cap + np.hypot(grid.cell_x, grid.cell_y)
            index = self.tree.query(np.column_stack([rows[where[0]] * grid.cell_y, cols[where[1]] * grid.cell_x]),
                                    distance_upper_bound=bound)[1]
            found = index < len(self.rows)
            nearest_rows[where], nearest_cols[where] = np.inf, np.inf
            nearest_rows[where[0][found], where[1][found]] = self.rows[index[found]]
            nearest_cols[where[0][found], where[1][found]] = self.cols[index[found]]
        return nearest_rows, nearest_cols


def distance_raster(layer, grid, max_distance=None):
    """The whole distance grid (m) of a :class:`VectorLayer` (see :class:`DistanceField`), NaN-free."""
    field = DistanceField(layer, grid, max_distance)
    return np.vstack([field.read(r0, r1) for r0, r1 in _windows(grid.rows)])


# ------------------------------------------------------------------------------------------------------------------
# Band sources: each turns one layer into one or more bands, window by window


class _DistanceBands:
    """Validated when made; the distance field (the memory) is built at the first read and freed by close."""

    def __init__(self, layer, grid, max_distance):
        _validate_vector(layer, grid, distance_margin(grid, max_distance))
        self.layer, self.grid, self.max_distance, self.field = layer, grid, max_distance, None
        capped = f", capped at {max_distance:g} m" if max_distance else ""
        if layer.geometry_type == "Polygon":
            name = f"{layer.name}: signed distance to boundary (m)"
            units = f"m, negative inside the polygons{capped}"
        else:
            name, units = f"{layer.name}: distance (m)", f"m{capped}"
        self.bands = [Band(name, layer.name, "distance", "none", units)]

    def read(self, row0, row1, col0=0, col1=None):
        if self.field is None:
            self.field = DistanceField(self.layer, self.grid, self.max_distance)
        return self.field.read(row0, row1, col0, col1)[None]

    def by_tree(self, progress=None):
        """Read from a :class:`FeatureTree` from now on (any window, in any process, the same values)."""
        self.field = FeatureTree(self.layer, self.grid, self.max_distance, progress)

    def close(self):
        self.field = None


def _category_key(value):
    return (str(type(value).__name__), str(value))


class _OneHotBands:
    def __init__(self, layer, grid):
        _validate_vector(layer, grid)
        if len(layer.categories) != len(layer.geometries):
            raise ValueError(f"Layer '{layer.name}': {len(layer.categories)} category values for "
                             f"{len(layer.geometries)} polygons.")
        self.layer, self.grid = layer, grid
        kept = [i for i, value in enumerate(layer.categories) if value is not None and str(value) != ""]
        self.classes = sorted({layer.categories[i] for i in kept}, key=_category_key)
        if not self.classes:
            raise ValueError(f"Layer '{layer.name}': the field '{layer.category_field}' is empty in every polygon. "
                             f"Choose a field that holds the categories (for example the rock unit).")
        index = {value: k + 1 for k, value in enumerate(self.classes)}
        self.polygons = [layer.geometries[i] for i in kept]
        self.codes = [index[layer.categories[i]] for i in kept]
        self.bands = [Band(f"{layer.name}: {layer.category_field} = {value}", layer.name, "onehot", "cell centre",
                           "1 inside, 0 outside") for value in self.classes]

    def read(self, row0, row1, col0=0, col1=None):
        codes = rasterize_window(self.polygons, self.grid, self.codes, (row0, row1),
                                 (col0, self.grid.cols if col1 is None else col1))
        return np.stack([(codes == k + 1) for k in range(len(self.classes))]).astype(np.float32)

    def close(self):
        pass


def _open_raster(layer):
    """A rasterio dataset of the layer's file or array."""
    if isinstance(layer.source, np.ndarray):
        values = np.asarray(layer.source, dtype=np.float32)
        values = values[None] if values.ndim == 2 else values
        if layer.geotransform is None:
            raise ValueError(f"Raster '{layer.name}': an array needs its geotransform.")
        memory = MemoryFile()
        with memory.open(driver="GTiff", width=values.shape[2], height=values.shape[1], count=values.shape[0],
                         dtype="float32", transform=Affine.from_gdal(*layer.geotransform),
                         crs=_crs(layer.crs_wkt, f"Raster '{layer.name}'"), nodata=np.nan) as dataset:
            dataset.write(values)
        return memory.open(), memory
    try:
        return rasterio.open(layer.source), None
    except rasterio.errors.RasterioIOError:
        raise ValueError(f"Raster '{layer.name}': cannot open '{layer.source}'. Check that the file exists and is a "
                         f"raster file GDAL can read (web and database rasters must be saved to a GeoTIFF "
                         f"first).") from None


def is_categorical_band(dataset, band):
    """True when the band has an integer data type and at most :data:`CATEGORICAL_MAX_CLASSES` distinct values
    (nodata excluded); read in row windows, stopping as soon as there are more."""
    if not np.issubdtype(np.dtype(dataset.dtypes[band - 1]), np.integer):
        return False
    seen = set()
    for r0 in range(0, dataset.height, WINDOW_ROWS):
        block = dataset.read(band, window=Window(0, r0, dataset.width, min(WINDOW_ROWS, dataset.height - r0)))
        if dataset.nodatavals[band - 1] is not None:
            block = block[block != dataset.nodatavals[band - 1]]
        seen.update(np.unique(block).tolist())
        if len(seen) > CATEGORICAL_MAX_CLASSES:
            return False
    return True


class _RasterBands:
    """Validated when made (the bands, categorical or not, are decided then); the file and its warped views are
    opened at the first read and closed by close. Pickling leaves them out: each process opens its own."""

    def __init__(self, layer, grid, crs):
        self.layer, self.grid, self.crs = layer, grid, crs
        self.vrts = []
        self.dataset, self.memory = _open_raster(layer)
        dataset = self.dataset
        src_crs = _crs(layer.crs_wkt, f"Raster '{layer.name}'") if layer.crs_wkt else dataset.crs
        if src_crs is None:
            self.close()
            raise ValueError(f"Raster '{layer.name}' has no coordinate reference system. Set it (Layer Properties "
                             f"> Source) and run again.")
        west, south, east, north = transform_bounds(src_crs, crs, *dataset.bounds, densify_pts=21)
        if not (west < grid.east and east > grid.west and south < grid.north and north > grid.south):
            self.close()
            raise ValueError(
                f"Raster '{layer.name}' does not overlap the reference grid: in the grid's CRS it covers x "
                f"{west:.0f} to {east:.0f}, y {south:.0f} to {north:.0f}, the grid x {grid.west:.0f} to "
                f"{grid.east:.0f}, y {grid.south:.0f} to {grid.north:.0f}. Check that the layer is the right one "
                f"and that its CRS is set correctly.")
        self.src_crs, self.bands, self.resamplings = src_crs, [], []
        for b in range(1, dataset.count + 1):
            categorical = is_categorical_band(dataset, b) if layer.categorical is None else layer.categorical
            resampling = Resampling.nearest if categorical else Resampling.bilinear
            description = dataset.descriptions[b - 1]
            name = layer.name if dataset.count == 1 else f"{layer.name}: {description or f'band {b}'}"
            units = "class code" if categorical else (dataset.units[b - 1] or (
                f"as the source band '{description}'" if description else "as the source"))
            self.bands.append(Band(name, layer.name, "categorical" if categorical else "continuous",
                                   resampling.name, units))
            self.resamplings.append(resampling)

    def __getstate__(self):
        return {**self.__dict__, "dataset": None, "memory": None, "vrts": []}

    def read(self, row0, row1, col0=0, col1=None):
        grid = self.grid
        if not self.vrts:
            if self.dataset is None:
                self.dataset, self.memory = _open_raster(self.layer)
            self.vrts = [WarpedVRT(self.dataset, src_crs=self.src_crs, crs=self.crs, transform=window_transform(grid),
                                   width=grid.cols, height=grid.rows, resampling=resampling,
                                   src_nodata=self.dataset.nodatavals[b - 1], nodata=np.nan, dtype="float32",
                                   tolerance=WARP_TOLERANCE)
                         for b, resampling in enumerate(self.resamplings, start=1)]
        window = Window(col0, row0, (grid.cols if col1 is None else col1) - col0, row1 - row0)
        with rasterio.Env(**WARP_BY_BLOCKS):
            return np.stack([vrt.read(b, window=window) for b, vrt in enumerate(self.vrts, start=1)])

    def close(self):
        for vrt in self.vrts:
            vrt.close()
        if self.dataset is not None:
            self.dataset.close()
        if self.memory is not None:
            self.memory.close()
        self.dataset, self.memory, self.vrts = None, None, []


def resample_raster(layer, grid, crs_wkt):
    """A :class:`RasterLayer` on ``grid`` (in the CRS ``crs_wkt``): ``(bands, rows, cols)`` float32, NaN nodata."""
    source = _RasterBands(layer, grid, _crs(crs_wkt, "The reference grid"))
    try:
        return np.concatenate([source.read(r0, r1) for r0, r1 in _windows(grid.rows)], axis=1)
    finally:
        source.close()


def _band_source(layer, grid, crs, max_distance):
    if isinstance(layer, RasterLayer):
        return _RasterBands(layer, grid, crs)
    if layer.geometry_type == "Polygon" and layer.categories is not None:
        return _OneHotBands(layer, grid)
    return _DistanceBands(layer, grid, max_distance)


# ------------------------------------------------------------------------------------------------------------------
# The stack


@dataclass
class StackResult:
    bands: list  # of Band, in band order
    sidecar_path: str
    masked_cells: int  # cells outside the mask (nodata in every band)


def unique_names(bands):
    """Make band names unique by appending " (2)", " (3)"... to repeats."""
    seen = {}
    for band in bands:
        count = seen.get(band.name, 0) + 1
        seen[band.name] = count
        if count > 1:
            band.name = f"{band.name} ({count})"
    return bands


def band_metadata(bands):
    """(description, tags) of each :class:`Band`, as the stack's GeoTIFF stores them."""
    return [(band.name, {"kind": band.kind, "units": band.units, "source": band.source}) for band in bands]


class StackWriter:
    """A multi-band float32 GeoTIFF written window by window (tiled, deflate with the floating-point predictor,
    compressed on every CPU). GDAL keeps written tiles in its block cache until the cache is full or the file
    closes, which on a large stack can mean a gigabyte or more; closing and reopening the file after every
    :data:`FLUSH_BYTES` written keeps that bounded without touching the process-wide cache size."""

    def __init__(self, path, grid, crs, count, nodata):
        self.path, self.pending = path, 0
        self.dataset = rasterio.open(
            path, "w", driver="GTiff", width=grid.cols, height=grid.rows, count=count, dtype="float32", crs=crs,
            transform=window_transform(grid), nodata=nodata, tiled=True, blockxsize=256, blockysize=256,
            compress="deflate", predictor=3, interleave="band", bigtiff="if_safer", num_threads="all_cpus")

    def write(self, values, band, row0):
        """Write ``values`` (float32, rows x cols) into ``band`` (1-based) from row ``row0``."""
        self.dataset.write(values, band, window=Window(0, row0, values.shape[1], values.shape[0]))
        self.pending += values.nbytes
        if self.pending >= FLUSH_BYTES:
            self.dataset.close()
            self.dataset = rasterio.open(self.path, "r+", num_threads="all_cpus")
            self.pending = 0

    def describe(self, bands):
        """Band descriptions (the names QGIS shows) and tags (kind, units, source) of every :class:`Band`."""
        for i, (description, tags) in enumerate(band_metadata(bands), start=1):
            self.dataset.set_band_description(i, description)
            self.dataset.update_tags(i, **tags)

    def close(self):
        self.dataset.close()


def stack_layers(layers, grid, crs_wkt, output_path, mask=None, max_distance=None, nodata=-99999.0, progress=None):
    """Stack ``layers`` (:class:`RasterLayer` / :class:`VectorLayer`) onto ``grid`` in the CRS ``crs_wkt`` and write a
    multi-band float32 GeoTIFF at ``output_path`` (tiled, deflate; ``nodata`` marks nodata) with a sidecar JSON.

    ``mask``: polygons (each a list of rings, in the grid CRS); cells whose centre is outside every one are nodata.
    ``max_distance`` (m) caps distance bands. Layers are read one at a time, window by window: memory is about
    8 bytes per cell of the padded grid for a distance layer, and a few windows otherwise.
    """
    crs = stack_crs(layers, crs_wkt)
    inside, inside_cells = None, None
    if mask is not None:
        inside_cells = mask_cells(mask, grid)  # refuses an empty mask or one covering no cell
        inside = rasterize_window(mask, grid) > 0
    sources, bands = band_sources(layers, grid, crs, max_distance)
    try:
        windows = _windows(grid.rows)
        total, done, band_index = len(layers) * len(windows), 0, 1
        output = StackWriter(output_path, grid, crs, len(bands), nodata)
        try:
            for source in sources:
                for r0, r1 in windows:
                    values = source.read(r0, r1)
                    if inside is not None:
                        values[:, ~inside[r0:r1]] = np.nan
                    values = np.where(np.isfinite(values), values, np.float32(nodata))
                    for k in range(values.shape[0]):
                        output.write(values[k], band_index + k, r0)
                    done += 1
                    report(progress, done / total)
                source.close()
                band_index += len(source.bands)
            output.describe(bands)
        finally:
            output.close()
    finally:
        for source in sources:
            source.close()
    sidecar = write_sidecar(output_path, bands, grid, crs_wkt, mask_cells=inside_cells)
    return StackResult(bands, sidecar, 0 if inside is None else grid.rows * grid.cols - inside_cells)


def stack_crs(layers, crs_wkt):
    """The stack's CRS (rasterio) from ``crs_wkt``; ValueError without layers or for a geographic CRS."""
    if not layers:
        raise ValueError("No evidence layers were given: choose at least one layer to stack.")
    crs = _crs(crs_wkt, "The reference grid")
    if crs.is_geographic:
        raise ValueError("The reference grid is in a geographic CRS (degrees), but distances and cell sizes need "
                         "metres. Choose a reference raster or CRS that is projected, for example the UTM zone of "
                         "the property.")
    return crs


def band_sources(layers, grid, crs, max_distance=None):
    """(sources, bands): one band source per layer, every layer checked before anything is written, and the
    :class:`Band` list with unique names. A source's ``read(row0, row1, col0=0, col1=None)`` gives its bands over
    that window ``(bands, rows, cols)`` float32, NaN nodata; ``close()`` frees what it holds."""
    sources, bands = [], []
    try:
        for layer in layers:
            sources.append(_band_source(layer, grid, crs, max_distance))
            bands.extend(sources[-1].bands)
    except BaseException:
        for source in sources:
            source.close()
        raise
    return sources, unique_names(bands)


def write_sidecar(output_path, bands, grid, crs_wkt, mask_cells=None):
    """Write ``<output_path>.json`` describing the grid and every band; returns its path."""
    path = f"{output_path}.json"
    document = {
        "grid": {"geotransform": list(grid.geotransform), "rows": grid.rows, "cols": grid.cols,
                 "cell_x_m": grid.cell_x, "cell_y_m": grid.cell_y, "crs_wkt": crs_wkt,
                 "row_0": "north"},
        "mask_cells_inside": mask_cells,
        "bands": [{"band": i, **asdict(band)} for i, band in enumerate(bands, start=1)],
    }
    with open(path, "w", encoding="utf-8") as stream:
        json.dump(document, stream, indent=2)
    return path
