"""Amplitude normalisation before line detection: a noise-damped tilt derivative (docs/science.md section 4).

Phase symmetry is contrast invariant line by line, but not where lines of very different amplitude share the filters'
footprint: a strong dyke's flank outweighs a weak dyke beside or across it, and the noise threshold and amplitude
floor are set for the whole grid. The tilt derivative (Miller & Singh 1994) removes amplitude: at the pole its
value over a thin dyke's axis is +90 degrees whatever the dyke's strength. Plain tilt also lifts noise to +-90
degrees wherever the field is quiet, so here the horizontal gradient in its denominator is damped by the noise
level of that gradient:

    damped tilt = arctan2(VDR, sqrt(THDR^2 + eps^2)),    eps = max(noise_factor sigma_n g, typical_factor m)

with VDR and THDR the vertical (downward positive) and total horizontal derivatives of the grid continued up by
``smoothing_m``; ``sigma_n`` the standard deviation of the grid's white noise (:func:`noise_level`); and ``g`` the
RMS horizontal gradient (per metre) that unit white noise gets from the same filters, exact for the discrete
spectrum: ``g^2 = mean over the grid's wavenumbers of |k|^2 exp(-2 |k| smoothing_m)``; and ``m`` the median THDR
of the grid. Where the signal's gradients are far above both it is the tilt; where they are not, it tends to 0
instead of to random +-90 degrees. The second term matters on gridded surveys: minimum-curvature gridding smooths
the noise between the lines, so the cell-scale estimate ``sigma_n`` sees little of it (on the demo's walked survey
the NE corridor came out as three pieces of 0.86-1.35 km with the first term alone, one of 1.79 km with both; the
dyke family, whose noise is white, is unchanged).
The planar regional is removed before differentiating (it carries no line).
"""
import numpy as np

from ..magnetics import transforms

SMOOTHING_CELLS = 1.5
"""Upward continuation (cells) before the derivatives: damps the noise of the finest wavelengths."""

NOISE_FACTOR = 6.0
"""``eps`` in multiples of the noise's RMS horizontal gradient."""

TYPICAL_FACTOR = 1.0
"""``eps`` at least this times the grid's median horizontal gradient: a gradient no steeper than the ground's
typical one does not make a line."""

_LAPLACIAN_NOISE_GAIN = np.sqrt(20.0)
"""Standard deviation of the 5-point Laplacian ``4 f(0) - sum of the 4 neighbours`` of unit white noise."""

_MAD_TO_SIGMA = 1.4826
"""Median absolute deviation to standard deviation for Gaussian values."""


def noise_level(values):
    """Standard deviation (units of ``values``) of the white noise of a grid, robustly from its 5-point Laplacian.

    Geological signal is smooth at the cell scale, so its Laplacian is small except over narrow sources; the
    Laplacian of white noise of deviation ``s`` has deviation ``s sqrt(20)``. The median absolute deviation of the
    Laplacian (NaN cells and their neighbours ignored) over ``sqrt(20)`` estimates ``s``; 0 for a noiseless plane.
    """
    values = np.asarray(values, dtype=float)
    laplacian = (4 * values[1:-1, 1:-1] - values[:-2, 1:-1] - values[2:, 1:-1] - values[1:-1, :-2]
                 - values[1:-1, 2:])
    laplacian = laplacian[np.isfinite(laplacian)]
    if not len(laplacian):
        return 0.0
    deviation = np.median(np.abs(laplacian - np.median(laplacian)))
    return float(_MAD_TO_SIGMA * deviation / _LAPLACIAN_NOISE_GAIN)


def noise_gradient_gain(shape, grid, smoothing_m):
    """RMS horizontal gradient (per metre) of unit white noise on ``shape`` after upward continuation by
    ``smoothing_m`` metres: ``sqrt(mean |k|^2 exp(-2 |k| smoothing_m))`` over the discrete wavenumbers (rad/m)."""
    ky = 2 * np.pi * np.fft.fftfreq(shape[0], grid.cell_y)[:, None]
    kx = 2 * np.pi * np.fft.fftfreq(shape[1], grid.cell_x)[None, :]
    radius = np.hypot(kx, ky)
    return float(np.sqrt(np.mean(radius ** 2 * np.exp(-2 * radius * smoothing_m))))


def damped_tilt(values, grid, smoothing_m=None, noise_factor=NOISE_FACTOR, typical_factor=TYPICAL_FACTOR):
    """Noise-damped tilt derivative (radians, -pi/2 to pi/2; module docstring) of a north-up grid, NaN where
    ``values`` is NaN. ``smoothing_m``: upward continuation in metres (default :data:`SMOOTHING_CELLS` mean cells);
    ``noise_factor`` and ``typical_factor``: the two terms of ``eps`` (both 0: the plain tilt of the continued
    grid)."""
    values = np.asarray(values, dtype=np.float32)
    if smoothing_m is None:
        smoothing_m = SMOOTHING_CELLS * 0.5 * (grid.cell_x + grid.cell_y)
    if min(smoothing_m, noise_factor, typical_factor) < 0:
        raise ValueError(f"smoothing and factors must be >= 0, got {smoothing_m} m, {noise_factor} and "
                         f"{typical_factor}.")

    def derivative(response):
        return transforms.apply_filter(
            values, grid, lambda kx, ky: transforms.upward_response(kx, ky, smoothing_m) * response(kx, ky))

    vertical = derivative(lambda kx, ky: transforms.vertical_derivative_response(kx, ky, 1))
    horizontal = np.hypot(derivative(transforms.east_derivative_response),
                          derivative(transforms.north_derivative_response))
    floor = noise_factor * noise_level(values) * noise_gradient_gain(values.shape, grid, smoothing_m)
    floor = max(floor, typical_factor * float(np.nanmedian(horizontal)))
    result = np.arctan2(vertical, np.hypot(horizontal, np.float32(floor)))
    result[np.isnan(values)] = np.nan
    return result.astype(np.float32)
