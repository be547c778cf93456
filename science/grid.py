"""Description of a north-up raster grid, shared by every science module.

A grid is an ``(rows, cols)`` array whose row 0 is the northernmost row. Its cells are ``cell_x`` metres wide
(east) and ``cell_y`` metres tall (north); ``west`` and ``north`` are the outer edges of the top-left cell.
"""
from dataclasses import dataclass

import numpy as np
from rasterio.features import shapes
from rasterio.transform import Affine


@dataclass(frozen=True)
class GridSpec:
    west: float
    north: float
    cell_x: float
    cell_y: float
    rows: int
    cols: int

    def __post_init__(self):
        if self.cell_x <= 0 or self.cell_y <= 0:
            raise ValueError(f"Cell sizes must be positive, got {self.cell_x} x {self.cell_y}.")
        if self.rows < 1 or self.cols < 1:
            raise ValueError(f"A grid needs at least one row and column, got {self.rows} x {self.cols}.")

    @classmethod
    def from_bounds(cls, west, south, east, north, cell_size):
        """Square cells of ``cell_size`` metres covering the bounds (the east and south edges may grow)."""
        if not cell_size > 0:
            raise ValueError(f"The cell size must be positive, got {cell_size}.")
        cols = max(1, int(np.ceil((east - west) / cell_size - 1e-9)))
        rows = max(1, int(np.ceil((north - south) / cell_size - 1e-9)))
        return cls(float(west), float(north), float(cell_size), float(cell_size), rows, cols)

    @classmethod
    def from_geotransform(cls, geotransform, rows, cols):
        """From a GDAL geotransform ``(west, cell_x, 0, north, 0, -cell_y)``; rotated grids are refused."""
        west, cell_x, rot_x, north, rot_y, cell_y = geotransform
        if rot_x or rot_y:
            raise ValueError("Rotated rasters are not supported: warp the raster to a north-up grid first.")
        if cell_y >= 0:
            raise ValueError("The raster is not north-up (positive y cell size): warp it to a north-up grid first.")
        return cls(west, north, cell_x, -cell_y, rows, cols)

    @property
    def shape(self):
        return (self.rows, self.cols)

    @property
    def east(self):
        return self.west + self.cols * self.cell_x

    @property
    def south(self):
        return self.north - self.rows * self.cell_y

    @property
    def geotransform(self):
        """GDAL geotransform of the grid."""
        return (self.west, self.cell_x, 0.0, self.north, 0.0, -self.cell_y)

    @property
    def is_square(self):
        return abs(self.cell_x - self.cell_y) <= 1e-9 * max(self.cell_x, self.cell_y)

    def x_centres(self):
        """Easting of each column's cell centres (m), west to east."""
        return self.west + (np.arange(self.cols) + 0.5) * self.cell_x

    def y_centres(self):
        """Northing of each row's cell centres (m), north to south."""
        return self.north - (np.arange(self.rows) + 0.5) * self.cell_y

    def mesh(self):
        """Eastings and northings of every cell centre as two ``(rows, cols)`` arrays."""
        return np.meshgrid(self.x_centres(), self.y_centres())

    def index_of(self, easting, northing):
        """Row and column (integers, may lie outside the grid) of the cells containing the points."""
        col = np.floor((np.asarray(easting) - self.west) / self.cell_x).astype(int)
        row = np.floor((self.north - np.asarray(northing)) / self.cell_y).astype(int)
        return row, col


def grid_transform(grid):
    """The rasterio affine transform of a :class:`GridSpec`."""
    return Affine.from_gdal(*grid.geotransform)


def region_rings(labels, grid):
    """Exterior ring ((n, 2) closed, m, following cell edges) of each labelled region: dict label -> ring.

    ``labels`` must come from :func:`scipy.ndimage.label` with its default (4-connected) structure, so each label
    is one polygon; holes are dropped.
    """
    labels = np.asarray(labels, dtype=np.int32)
    return {int(value): np.asarray(geometry["coordinates"][0], dtype=float)
            for geometry, value in shapes(labels, mask=labels > 0, connectivity=4, transform=grid_transform(grid))}


def clip_segment(start, end, grid):
    """The part (2, 2) of the segment ``start``-``end`` (map metres) inside the grid's outer edges; some point of
    the segment must be inside them."""
    delta = end - start
    low, high = 0.0, 1.0
    for axis, bounds in enumerate(((grid.west, grid.east), (grid.south, grid.north))):
        if delta[axis] != 0:
            first, second = sorted((bound - start[axis]) / delta[axis] for bound in bounds)
            low, high = max(low, first), min(high, second)
    return np.array([start + low * delta, start + high * delta])
