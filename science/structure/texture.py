"""Texture of a grid: the moving-window standard deviation (docs/science.md section 4, the first step of CET analysis).

Over a dyke the texture is high on both flanks, where the field changes fastest, and low on the axis (when the
window is narrower than the anomaly), so phase symmetry of the texture finds ridges flanking each dyke rather
than its axis.
"""
import numpy as np
from scipy import ndimage


def texture(values, window):
    """Standard deviation of the valid cells in a ``window`` x ``window`` square around each cell (float32).

    ``window`` is in cells, odd and >= 3. NaN cells are ignored (each window is normalised by its own count of
    valid cells, so cells near the grid edge or nodata use only the valid cells of the window); the output is NaN
    where ``values`` is NaN. Population standard deviation (divide by the count), in the units of ``values``.
    Computed from box means of the value and of its square (``scipy.ndimage.uniform_filter``) in float64, after
    removing the grid's mean, so large offsets (a total field of 50 000 nT) do not cancel precision.
    """
    if int(window) != window or window < 3 or window % 2 == 0:
        raise ValueError(f"the texture window must be an odd number of cells >= 3, got {window}.")
    values = np.asarray(values, dtype=np.float64)
    if values.ndim != 2:
        raise ValueError(f"values must be a 2-D grid, got {values.ndim} dimension(s).")
    valid = ~np.isnan(values)
    if not valid.any():
        raise ValueError("the grid holds no valid (non-NaN) cell.")
    centred = np.where(valid, values - values[valid].mean(), 0.0)
    size = int(window)
    count = ndimage.uniform_filter(valid.astype(np.float64), size, mode="constant")
    count = np.where(valid, count, 1.0)  # only valid cells are output; avoids 0 / 0 elsewhere
    mean = ndimage.uniform_filter(centred, size, mode="constant") / count
    mean_square = ndimage.uniform_filter(centred * centred, size, mode="constant") / count
    result = np.sqrt(np.maximum(mean_square - mean * mean, 0.0)).astype(np.float32)
    result[~valid] = np.nan
    return result
