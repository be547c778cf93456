"""Residual magnetic highs and lows as polygons (docs/science.md section 4).

A regional field (wavelengths longer than ``regional_wavelength``) is removed from a magnetic grid, normally the
reduced-to-pole field, and the connected regions of the residual above ``+threshold`` (highs) and below
``-threshold`` (lows) become polygons with their area and amplitude.

Geological reading: a residual LOW inside a deformation corridor is what geologists read as magnetite-destructive
alteration (hydrothermal fluids along the corridor turned magnetite into pyrite, carbonate or hematite and removed
the rock's magnetisation), one of the classic footprints of orogenic gold; highs inside the corridor are magnetite
bodies or mafic dykes cutting it. :attr:`Anomaly.in_corridor` flags anomalies that overlap given corridor polygons
(from :func:`~.corridors.trend_corridors` or a digitised outline).

Grids follow :class:`~.grid.GridSpec` (row 0 north, x east, y north, metres); rings are ``(n, 2)`` closed exterior
rings in map coordinates following cell edges (holes dropped); values in nT.
"""
from dataclasses import dataclass

import numpy as np
from rasterio.features import rasterize
from scipy import ndimage

from ..grid import grid_transform, region_rings
from ..magnetics import transforms

THRESHOLD_STDS = 2.0
"""Default threshold in robust standard deviations (1.4826 times the median absolute deviation) of the residual.

A residual that is mostly background with a few anomalies has a MAD set by the background, so two robust standard
deviations pick the anomalies out of the background texture (about the outer 5 % of a normal background) without
letting one strong body inflate the threshold the way a plain standard deviation would."""

MIN_AREA_CELLS = 9
"""Default smallest anomaly, in cells: a 3 x 3 block; smaller regions cannot be told from gridding texture."""

MAD_TO_STD = 1.4826
"""Ratio of the standard deviation to the median absolute deviation of a normal distribution."""


@dataclass(frozen=True)
class Anomaly:
    """A residual magnetic anomaly.

    ``kind``: ``"high"`` or ``"low"``; ``ring``: exterior ring (n, 2) in map units (holes are dropped, so the ring
    of a low surrounding a high also encloses the high); ``area_m2``: area of its cells (holes excluded);
    ``amplitude_nt``: the peak residual, signed (positive for highs, negative for lows); ``peak_xy``: (x, y) of the
    peak cell's centre; ``in_corridor``: the anomaly overlaps one of the corridor polygons given.
    """

    kind: str
    ring: np.ndarray
    area_m2: float
    amplitude_nt: float
    peak_xy: tuple
    in_corridor: bool


def robust_std(values):
    """Robust standard deviation of the finite ``values``: 1.4826 times their median absolute deviation."""
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    return float(MAD_TO_STD * np.median(np.abs(values - np.median(values))))


def corridor_mask(corridors, grid):
    """Cells touched by any of the ``corridors`` (rings (n, 2) in map units, or objects with a ``ring``).

    Every cell the polygon touches counts (GDAL's all-touched rule), so a corridor narrower than a cell still
    marks the cells it crosses.
    """
    geometries = []
    for corridor in corridors:
        ring = np.asarray(getattr(corridor, "ring", corridor), dtype=float)[:, :2]
        geometries.append({"type": "Polygon", "coordinates": [np.vstack([ring, ring[:1]]).tolist()]})
    if not geometries:
        return np.zeros(grid.shape, dtype=bool)
    return rasterize(geometries, out_shape=grid.shape, transform=grid_transform(grid), all_touched=True,
                     fill=0, default_value=1, dtype="uint8").astype(bool)


def _anomalies_of(kind, selected, residual, grid, min_cells, in_corridor):
    """The :class:`Anomaly` list of the 4-connected regions of ``selected`` holding at least ``min_cells`` cells."""
    labels, _ = ndimage.label(selected)
    sizes = np.bincount(labels.ravel())
    sizes[0] = 0
    labels[(sizes < min_cells)[labels]] = 0
    labels, _ = ndimage.label(labels > 0)
    rings = region_rings(labels, grid)
    signed = residual if kind == "high" else -residual
    anomalies = []
    for label, box in enumerate(ndimage.find_objects(labels), start=1):
        region = labels[box] == label
        local = np.where(region, signed[box], -np.inf)
        row, col = np.unravel_index(np.argmax(local), local.shape)
        row, col = row + box[0].start, col + box[1].start
        peak = (float(grid.west + (col + 0.5) * grid.cell_x), float(grid.north - (row + 0.5) * grid.cell_y))
        anomalies.append(Anomaly(kind, rings[label], float(region.sum() * grid.cell_x * grid.cell_y),
                                 float(residual[row, col]), peak, bool(in_corridor[box][region].any())))
    return anomalies


def magnetic_anomalies(values, grid, regional_wavelength, threshold=None, min_area=None, corridors=None):
    """Residual magnetic highs and lows of ``values`` (nT, NaN nodata) as a list of :class:`Anomaly`.

    - The residual is ``values`` minus the regional of :func:`~.transforms.regional_residual` (Gaussian low-pass
      with response 1/2 at ``regional_wavelength`` metres): choose a wavelength a few times the size of the
      anomalies sought (1.5-2 km for bodies and alteration zones a few hundred metres across).
    - ``threshold`` (nT, > 0), default :data:`THRESHOLD_STDS` (2) robust standard deviations of the residual
      (:func:`robust_std`): cells above ``+threshold`` form highs, below ``-threshold`` lows (4-connected).
    - ``min_area`` (m²), default :data:`MIN_AREA_CELLS` (9) cells: smaller regions are dropped.
    - ``corridors``: rings or :class:`~.corridors.Corridor` objects; an anomaly is ``in_corridor`` when one of its
      cells is touched by one of them (:func:`corridor_mask`). A low in a corridor reads as magnetite-destructive
      alteration (see the module docstring).

    Sorted by absolute amplitude, strongest first.
    """
    _, residual = transforms.regional_residual(values, grid, regional_wavelength)
    residual = np.asarray(residual, dtype=float)
    threshold = THRESHOLD_STDS * robust_std(residual) if threshold is None else float(threshold)
    if not threshold > 0:
        raise ValueError(f"the threshold must be a positive number of nT, got {threshold}.")
    cell_area = grid.cell_x * grid.cell_y
    min_cells = MIN_AREA_CELLS if min_area is None else max(int(np.ceil(min_area / cell_area - 1e-9)), 1)
    in_corridor = corridor_mask([] if corridors is None else corridors, grid)
    found = (_anomalies_of("high", residual > threshold, residual, grid, min_cells, in_corridor)
             + _anomalies_of("low", residual < -threshold, residual, grid, min_cells, in_corridor))
    return sorted(found, key=lambda anomaly: abs(anomaly.amplitude_nt), reverse=True)
