"""Plain vector features for science results: geometries as WKT text, attributes as Python values.

The science never imports a GIS library; a :class:`FeatureTable` is what it hands to the Processing layer, which
turns it into a QGIS layer. Coordinates are in the table's CRS (an EPSG code).
"""
from dataclasses import dataclass, field

import numpy as np


@dataclass
class FeatureTable:
    """Rows of attributes with an optional geometry per row.

    ``geometry_type`` is ``"Point"``, ``"LineString"``, ``"Polygon"`` or ``None`` (attribute table only).
    ``fields`` maps field name to Python type (``int``, ``float``, ``str``) in column order; each row is a dict.
    """

    name: str
    geometry_type: str
    epsg: int
    fields: dict
    rows: list = field(default_factory=list)
    geometries: list = field(default_factory=list)

    def add(self, attributes, geometry_wkt=None):
        unknown = set(attributes) - set(self.fields)
        if unknown:
            raise KeyError(f"{self.name}: unknown fields {sorted(unknown)}")
        if (geometry_wkt is None) != (self.geometry_type is None):
            raise ValueError(f"{self.name}: geometry given for the wrong table type")
        self.rows.append(attributes)
        self.geometries.append(geometry_wkt)

    def column(self, name):
        """One attribute for every row as a numpy array."""
        return np.array([row.get(name) for row in self.rows])

    def __len__(self):
        return len(self.rows)


def _coords(xy, decimals):
    return ", ".join(f"{x:.{decimals}f} {y:.{decimals}f}" for x, y in np.asarray(xy, dtype=float).reshape(-1, 2))


def point_wkt(x, y, decimals=3):
    """``decimals``: 3 for metres (mm), 8 for degrees (about 1 mm)."""
    return f"Point ({x:.{decimals}f} {y:.{decimals}f})"


def linestring_wkt(xy, decimals=3):
    return f"LineString ({_coords(xy, decimals)})"


def polygon_wkt(ring, decimals=3):
    """Polygon from one exterior ring (``(n, 2)`` array); the ring is closed if it is not already."""
    ring = np.asarray(ring, dtype=float)
    if not np.array_equal(np.round(ring[0], decimals), np.round(ring[-1], decimals)):  # closed as written
        ring = np.vstack([ring, ring[:1]])
    return f"Polygon (({_coords(ring, decimals)}))"


def linestring_z_wkt(xyz, decimals=3):
    """3D line WKT from (n, 3) positions in metres."""
    return "LineString Z (" + ", ".join(" ".join(f"{v:.{decimals}f}" for v in p) for p in np.asarray(xyz)) + ")"


def point_z_wkt(xyz, decimals=3):
    """3D point WKT from (easting, northing, elevation) in metres."""
    return "Point Z (" + " ".join(f"{v:.{decimals}f}" for v in xyz) + ")"


def points_in_polygon(points, ring):
    """Even-odd test: which of the points (``(n, 2)`` or one ``(x, y)``) lie inside the ring ``(m, 2)``."""
    points = np.atleast_2d(np.asarray(points, dtype=float))
    ring = np.asarray(ring, dtype=float)
    x, y = points[:, 0], points[:, 1]
    inside = np.zeros(len(points), dtype=bool)
    xr, yr = ring[:, 0], ring[:, 1]
    for i in range(len(ring)):
        x1, y1, x2, y2 = xr[i - 1], yr[i - 1], xr[i], yr[i]
        crosses = (y1 > y) != (y2 > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_cross = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
        inside ^= crosses & (x < x_cross)
    return inside
