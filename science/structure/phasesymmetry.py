"""Phase symmetry (Kovesi 1997, 1999): a contrast-invariant detector of line-like features of a grid.

The grid is filtered by a bank of log-Gabor quadrature filters (``n_scales`` wavelengths times ``n_orientations``
directions). At a point on the axis of a symmetric feature the even-symmetric filters respond strongly and the
odd-symmetric ones hardly at all, whatever the feature's amplitude; the phase symmetry is

    PS = max(sum over orientations of [sum over scales (|e| - |o|) - T], 0) / (sum of amplitudes sqrt(e² + o²) + eps)

with ``T`` the noise threshold of each orientation and ``eps`` = 1e-4 (Kovesi 1997, his ``phasesym``). It is 0-1,
near 1 on the axis of a clean line and 0 where the energy does not exceed the noise.

Where a weak line crosses a strong one, the sum loses the weak line for several cells either side of the strong
one: there the strong line's filters see its flank (odd-symmetric, negative energy ``|e| - |o|``) and their
negative energy and large amplitude outweigh the weak line's positive energy in the other orientations. With
``combine="max"`` the symmetry is instead the larger of that sum and the best single orientation,

    PS_max = max(PS, max over orientations o with A_o >= floor of max(E_o - T_o, 0) / (A_o + eps))

with ``E_o`` and ``A_o`` the energy and amplitude sums over scales of orientation ``o``: a line keeps its own
symmetry through a crossing, because filters more than ``360 / n_orientations`` degrees from a line's normal do
not see it at all. The amplitude floor is :data:`AMPLITUDE_FLOOR` times the :data:`FLOOR_PERCENTILE` (99th)
percentile, over the grid, of each cell's largest ``A_o``: on its own a single orientation also finds faint
symmetric shapes in the empty background of a clean grid (between lines, beyond line ends) and in noise, where the
sum is held down by the other orientations; the floor keeps the single-orientation rule to responses comparable
with the grid's strong features (a high percentile rather than the maximum, so a few extreme cells do not raise
it). Where it does not apply, the result is Kovesi's sum. The strike and scale are those of the orientation of largest
energy in both cases: where the best single orientation beats the sum (a weak line beside a strong one) that is
the weak line's orientation, since the strong line's filters see a negative energy there.

Conventions:
- ``values`` is a north-up grid (row 0 north, columns east) of SQUARE cells; wavelengths are in cells;
- a filter's orientation is the direction of its wavevector (the NORMAL to the lines it detects), measured
  anticlockwise from east with north up, ``theta_o = o * 180 / n_orientations`` degrees; the returned orientation
  is the STRIKE of the feature, degrees clockwise from north in [0, 180);
- log-Gabor radial component ``exp(-ln²(f / f0) / (2 ln² sigma_onf))`` with ``f0 = 1 / wavelength`` (cycles per
  cell), times Kovesi's low-pass ``1 / (1 + (f / 0.4)^20)`` (:data:`LOW_PASS_CUTOFF`); angular component the
  raised cosine ``(1 + cos(min(d n / 2, pi))) / 2`` of the angular distance ``d`` to ``theta_o`` (one-sided: it
  covers one half of the wavenumber plane, so the inverse transform of the filtered spectrum is even + i odd); on
  an axis of even (padded) size the Nyquist line stands for +0.5 and -0.5 cycle per cell at once, and the filter
  there is the mean of its values at the two;
- polarity: 0 both, +1 bright lines (highs: the even response ``e`` is positive), -1 dark lines (lows): the
  energy of a scale is ``|e| - |o|``, ``e - |o|`` or ``-e - |o|``;
- noise (Kovesi's median method): with ``tau`` the median amplitude of the smallest scale of an orientation over
  the valid cells divided by ``sqrt(ln 4)`` (the Rayleigh parameter), the noise energy summed over scales has
  Rayleigh parameter ``tau (1 - mult^-n_scales) / (1 - 1 / mult)``, mean ``sqrt(pi / 2)`` and standard deviation
  ``sqrt((4 - pi) / 2)`` times it; ``T`` is the mean plus ``k`` standard deviations (at least ``eps``).

Implementation (memory and speed): the grid is scaled to unit standard deviation (so ``eps`` does not depend on
the data's units), its holes are filled by :func:`.transforms.fill_nodata`, it is padded by an odd reflection
tapered to zero (a feature's symmetry is not mirrored into the edge; no wrap-around within the largest wavelength)
and transformed by real FFTs along each axis (float32, complex64): its spectrum on the half planes east >= 0 and
north <= 0. The one-sided filter of an orientation covers a wedge within ``360 / n`` degrees of its angle, which
for 6 or more orientations lies in one of those half planes or in the opposite of one (whose transform,
``e - i o``, has the same ``e`` and ``|o|``): ``e + i o`` is then a complex inverse FFT of that half plane only,
across the half axis on every line and along it, zero-padded, on the data lines only (:class:`_FilterBank`; a
wedge over both halves adds the two parts). The orientations are filtered at once, one per processor core, each
thread with buffers of its own that it reuses (:class:`_Workspace`), the cells in blocks that stay in the
processor's cache; they are added to the sums in their order, so the result does not depend on the number of
threads. A straightforward float64 implementation on the full plane gives the same symmetry to 1e-5
(test_phasesymmetry.py).
"""
import os
import queue
import threading
from collections import namedtuple
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import numpy as np
import scipy.fft

from ..magnetics.transforms import fill_nodata
from ..progress import report

PhaseSymmetry = namedtuple("PhaseSymmetry", "symmetry orientation scale linearity")
PhaseSymmetry.__doc__ = """Phase symmetry results, float32 arrays of the grid's shape, NaN where the input is NaN.

- ``symmetry``: phase symmetry, 0-1;
- ``orientation``: strike of the feature, degrees clockwise from north in [0, 180);
- ``scale``: wavelength (cells) of the scale with the largest symmetric energy at the dominant orientation;
- ``linearity``: ``A_d / (A_d + A_p)``, 0-1, with ``A_d`` the amplitude sum of the dominant orientation and ``A_p`` that
  of the orientation closest to perpendicular to it: near 1 on a line (the filters along a line do not see it), near
  0.5 or below on the radius of a round anomaly, where the filters across the radius see its flank (a "spoke").
"""

PhaseStatistics = namedtuple("PhaseStatistics", "mean std thresholds floor", defaults=(None, None))
PhaseStatistics.__doc__ = """The whole-grid statistics :func:`phase_symmetry` otherwise takes from the grid it is
given (a tile of a larger grid cannot: science/tiling.py computes them over the whole grid first).

- ``mean``, ``std``: the grid is scaled to ``(values - mean) / std`` (the valid cells' mean and standard deviation);
- ``thresholds``: the noise threshold ``T`` of each orientation (:func:`noise_threshold` of the median amplitude of
  its smallest scale over the valid cells);
- ``floor``: the amplitude floor of ``combine="max"`` (:func:`amplitude_floor`; unused with "sum").
"""

EPSILON = 1e-4
"""Kovesi's guard against division by zero, relative to the grid scaled to unit standard deviation."""

LOW_PASS_CUTOFF = 0.4
"""Cutoff (cycles per cell) of Kovesi's Butterworth low-pass applied to every log-Gabor filter, order 10
(``1 / (1 + (f / 0.4)^20)``): it removes the corners of the spectrum, which upset the normalisation."""

LOW_PASS_ORDER = 10

COMBINATIONS = ("sum", "max")
"""How the orientations are combined: Kovesi's sum, or the larger of it and the best single orientation (see the
module docstring)."""

FLOOR_PERCENTILE = 99.0
"""Percentile of each cell's largest orientation amplitude that sets the amplitude floor of ``combine="max"``."""

AMPLITUDE_FLOOR = 0.25
"""With ``combine="max"``, a single orientation counts where its amplitude sum is at least this fraction of the
:data:`FLOOR_PERCENTILE` percentile of each cell's largest orientation amplitude. Measured on
:func:`.synthetic.dyke_field` through :func:`.lineaments.extract_lineaments` (256 x 256 cells of 50 m with 12 dykes
for buffer F1 at 2 cells, 300 x 300 with 14 dykes for junction precision and recall against the contacts of the
true traces; seeds 0-5; clean / 5 nT noise): no floor, F1 0.67-0.81 / 0.93-0.98 and junction precision 0.24-0.35 /
0.60-0.86 (clutter grows in the empty background of the clean grids); 0.1, F1 0.94-0.98 / 0.95-0.98, precision
0.65-0.90 / 0.60-0.86, mean recall 0.74 / 0.73; 0.25, F1 0.94-0.98 / 0.94-0.99, precision 0.76-0.92 / 0.78-0.88,
mean recall 0.71 / 0.68; 0.4, mean recall 0.48 / 0.45 (the weaker dykes drop below the floor near crossings).
Below 0.25 a lone deep dyke (128 x 128 cells, top 300 m down, 0.2 nT noise) also grows side branches beyond its
end (95 % of its vertices within 620 m of its axis at 0.1, 58 m at 0.25)."""

BLOCK_CELLS = 1 << 16
"""Cells per block of data lines taken from the last pass of the inverse FFT to the sums (:func:`_oriented_sums`):
small enough to stay in the processor's cache."""

RESULT_BLOCK_CELLS = 1 << 13
"""Cells per block of rows in the making of the results from the sums (their temporaries stay below 128 KB)."""

WORKSPACE_BUDGET = 1 << 30
"""Bytes: the orientations are filtered on as many threads as there are processor cores while the threads'
workspaces (about 30 bytes per cell each, :meth:`_Workspace.size`) fit in this; large grids use fewer threads
(one at least)."""

WEDGE_TOLERANCE = 1e-6
"""Radians: a filter's angular spread is taken as zero within this of the edge of its wedge, where it is below
``(n WEDGE_TOLERANCE / 2)² / 4`` (1e-10 for 24 orientations), when deciding which half plane it covers."""


def filter_wavelengths(min_wavelength, mult, n_scales):
    """Wavelengths (cells) of the filter bank's scales: ``min_wavelength * mult**s`` for s = 0 .. n_scales - 1."""
    return min_wavelength * mult ** np.arange(n_scales)


def _check_parameters(shape, n_scales, n_orientations, min_wavelength, mult, sigma_onf, k, polarity, combine):
    """Raise ValueError on a parameter out of range or a grid smaller than the largest filter wavelength."""
    if combine not in COMBINATIONS:
        raise ValueError(f"combine must be 'sum' (Kovesi) or 'max' (best orientation), got {combine!r}.")
    if len(shape) != 2:
        raise ValueError(f"values must be a 2-D grid, got {len(shape)} dimension(s).")
    if not (1 <= n_scales <= 255 and 1 <= n_orientations <= 255):
        raise ValueError(f"n_scales and n_orientations must be at least 1 (and at most 255), got {n_scales} and "
                         f"{n_orientations}.")
    if not min_wavelength >= 2:
        raise ValueError(f"the minimum wavelength must be at least 2 cells (the Nyquist wavelength), got "
                         f"{min_wavelength} cells.")
    if not mult > 1:
        raise ValueError(f"mult (the ratio of successive wavelengths) must exceed 1, got {mult}.")
    if not 0 < sigma_onf < 1:
        raise ValueError(f"sigma_onf must be between 0 and 1 (exclusive), got {sigma_onf}.")
    if not k >= 0:
        raise ValueError(f"the noise factor k must be >= 0, got {k}.")
    if polarity not in (-1, 0, 1):
        raise ValueError(f"polarity must be -1 (dark lines), 0 (both) or +1 (bright lines), got {polarity}.")
    largest = filter_wavelengths(min_wavelength, mult, n_scales)[-1]
    if min(shape) < largest:
        raise ValueError(f"the grid ({shape[0]} x {shape[1]} cells) is smaller than the largest filter wavelength "
                         f"({largest:.1f} cells = {min_wavelength:g} x {mult:g}^{n_scales - 1}): use fewer scales, "
                         f"a smaller minimum wavelength or multiplier, or a larger grid.")


def _prepared(values, statistics=None):
    """``values`` (float32) minus their mean, divided by their standard deviation (those of ``statistics`` if
    given, else of the valid cells), holes filled; and the NaN mask."""
    holes = np.isnan(values)
    if holes.all():
        raise ValueError("the grid holds no valid (non-NaN) cell.")
    if np.isinf(values).any():
        raise ValueError("values contain infinities: mark nodata as NaN.")
    if statistics is None:
        valid = values[~holes]
        mean, spread = np.mean(valid, dtype=np.float64), float(np.std(valid, dtype=np.float64))
        del valid
    else:
        mean, spread = statistics.mean, statistics.std
    if spread == 0:
        raise ValueError("the grid is constant: it has no feature to detect.")
    scaled = (values - np.float32(mean)) / np.float32(spread)
    return (fill_nodata(scaled) if holes.any() else scaled), holes


def _edge_taper(size, before, after):
    """Weights (float32) along one padded axis: 1 on the data, a raised cosine falling towards 0 in the padding."""

    def falling(count):
        return 0.5 + 0.5 * np.cos(np.pi * np.arange(1, count + 1) / (count + 1))

    return np.concatenate([falling(before)[::-1], np.ones(size), falling(after)]).astype(np.float32)


def _padded(values, width):
    """``values`` padded by at least ``width`` cells a side to a fast FFT size; and the slices of the data.

    The padding is the odd reflection ``2 f(edge) - f(edge - d)`` (a feature is not mirrored into a symmetric one
    about the edge), tapered to 0 by a raised cosine so the periodic transform sees no jump.
    """
    shape = [scipy.fft.next_fast_len(n + 2 * width, real=True) for n in values.shape]
    pads = [((total - n) // 2, total - n - (total - n) // 2) for total, n in zip(shape, values.shape)]
    padded = np.pad(values, pads, mode="reflect", reflect_type="odd")
    padded *= _edge_taper(values.shape[0], *pads[0])[:, None]
    padded *= _edge_taper(values.shape[1], *pads[1])[None, :]
    crop = tuple(slice(before, before + n) for (before, _), n in zip(pads, values.shape))
    return padded, crop


def _wavenumbers(shape, axis):
    """East and north wavenumbers (cycles per cell, float32; row 0 is north, so rows run south), as a row and a
    column, on the half wavenumber plane of a real FFT along ``axis`` (1: east >= 0, 0: north <= 0; the other axis
    in full)."""
    east = (scipy.fft.rfftfreq if axis == 1 else scipy.fft.fftfreq)(shape[1]).astype(np.float32)[None, :]
    north = -(scipy.fft.rfftfreq if axis == 0 else scipy.fft.fftfreq)(shape[0]).astype(np.float32)[:, None]
    return east, north


def _radial_filters(radius, wavelengths, sigma_onf):
    """Log-Gabor radial components (float32, 0 at f = 0) times Kovesi's low-pass, one per wavelength (cells)."""
    log_radius = np.log(np.where(radius > 0, radius, np.float32(1)))
    low_pass = 1 / (1 + np.exp(np.float32(2 * LOW_PASS_ORDER) * (log_radius - np.float32(np.log(LOW_PASS_CUTOFF)))))
    denominator = np.float32(-2 * np.log(sigma_onf) ** 2)
    filters = []
    for wavelength in wavelengths:
        log_ratio = log_radius + np.float32(np.log(wavelength))  # log(f / f0) with f0 = 1 / wavelength
        log_ratio *= log_ratio
        log_ratio /= denominator
        radial = np.exp(log_ratio, out=log_ratio)
        radial *= low_pass
        radial[radius == 0] = 0
        filters.append(radial)
    return filters


def _angular_spread(theta, angle, n_orientations, out=None):
    """``S(d) = (1 + cos(min(d n / 2, pi))) / 2`` (float32) of the angular distance ``d`` (0-pi) between ``theta``
    (radians, -pi to pi) and ``angle``: 1 at ``angle``, 0 from ``360 / n`` degrees away. Into ``out`` if given."""
    pi = np.float32(np.pi)
    spread = np.subtract(theta, np.float32((angle + np.pi) % (2 * np.pi) - np.pi), out=out)  # -2 pi .. 2 pi
    np.abs(spread, out=spread)
    np.subtract(pi, spread, out=spread)
    np.abs(spread, out=spread)
    np.subtract(pi, spread, out=spread)  # d = pi - |pi - |theta - angle||
    spread *= np.float32(n_orientations / 2)
    np.cos(np.minimum(spread, pi, out=spread), out=spread)
    spread += 1
    spread *= np.float32(0.5)
    return spread


def _median(values):
    """The median of a float32 array (the mean of the two middle values for an even count).

    The two middle values are selected among the values between two ranks of a regular sample that bracket the
    median (a few passes over the data instead of partitioning all of it); if the bracket misses, among all."""
    flat = values.ravel()
    sample = np.sort(flat[:: max(flat.size // 20_000, 1)])
    margin = 2 * int(np.sqrt(sample.size)) + 1  # the sample's median rank errs by about sqrt(size) / 2
    low, high = sample[max(sample.size // 2 - margin, 0)], sample[min(sample.size // 2 + margin, sample.size - 1)]
    below = np.count_nonzero(flat < low)
    middle = flat[(flat >= low) & (flat <= high)]
    ranks = [(flat.size - 1) // 2 - below, flat.size // 2 - below]
    if ranks[0] < 0 or ranks[1] >= middle.size:
        middle, ranks = flat, [(flat.size - 1) // 2, flat.size // 2]
    selected = np.partition(middle, ranks)[ranks]
    return (float(selected[0]) + float(selected[1])) / 2


def noise_threshold(median_amplitude, mult, n_scales, k):
    """Kovesi's noise threshold T of one orientation from the median amplitude of its smallest scale over the valid
    cells (median method; see the module docstring)."""
    tau = median_amplitude / np.sqrt(np.log(4))
    total_tau = tau * (1 - mult**-n_scales) / (1 - 1 / mult)
    return max(total_tau * (np.sqrt(np.pi / 2) + k * np.sqrt((4 - np.pi) / 2)), EPSILON)


def _noise_threshold(smallest_amplitude, valid, mult, n_scales, k):
    """:func:`noise_threshold` from the amplitudes of the smallest scale (``valid``: the cells counted, None: all)."""
    return noise_threshold(_median(smallest_amplitude if valid is None else smallest_amplitude[valid]), mult,
                           n_scales, k)


def percentile(values, q):
    """The ``q``-th percentile (0-100) of float32 ``values``, by linear interpolation between the two nearest
    ranks (numpy's default method), computed in float64 from those two values: the same on every numpy version
    (numpy 1 and 2 round ``np.percentile`` of float32 data differently)."""
    flat = np.ravel(values)
    position = q / 100 * (flat.size - 1)
    below = int(np.floor(position))
    above = min(below + 1, flat.size - 1)
    low, high = (float(value) for value in np.partition(flat, [below, above])[[below, above]])
    return low + (high - low) * (position - below)


def amplitude_floor(value):
    """The amplitude floor of ``combine="max"`` (float32) from ``value``, the :data:`FLOOR_PERCENTILE` percentile
    (:func:`percentile`) over the valid cells of each cell's largest orientation amplitude sum."""
    return np.float32(AMPLITUDE_FLOOR * float(value))


def _replace(target, value, where):
    """``target[where] = value`` for uint8 grids (by modular arithmetic: much faster than a masked copy)."""
    change = np.subtract(value, target, dtype=np.uint8)
    change *= where.view(np.uint8)
    target += change


def _inverse_in_place(lines, axis):
    """Inverse FFT of the complex64 array (or view) ``lines`` along ``axis``, in place (in the calling thread);
    returns ``lines``."""
    result = scipy.fft.ifft(lines, axis=axis, overwrite_x=True)
    if not np.may_share_memory(result, lines):  # a SciPy that did not transform in place
        lines[...] = result
    return lines


class _HalfPlane:
    """The spectrum (complex64) of the padded grid on the half wavenumber plane of a real FFT along ``axis``, the
    wavevector angles there and the radial filters of every scale, all as arrays (or transposed views) with the
    half axis last.

    A wavevector on the half plane stands for itself and, by the conjugate symmetry of a real grid's spectrum, for
    its opposite; the zero-frequency line of the half axis holds both. On an axis of even size the Nyquist line
    holds the frequencies +0.5 and -0.5 cycle per cell at once: there the filter is the mean of its values at the
    two (:meth:`aliased`)."""

    def __init__(self, padded, axis, wavelengths, sigma_onf, radial=None):
        self.axis = axis
        east, north = _wavenumbers(padded.shape, axis)
        theta = np.arctan2(north, east)
        self.spectrum = self.half_axis_last(scipy.fft.rfftn(padded, axes=(1 - axis, axis), workers=-1))
        self.theta = self.half_axis_last(theta)
        self.radial = radial or [self.half_axis_last(gain) for gain in
                                 _radial_filters(np.hypot(east, north), wavelengths, sigma_onf)]
        self.nyquist_column = self.theta.shape[1] - 1 if padded.shape[axis] % 2 == 0 else None
        self.nyquist_row = None  # its index and its angles at the other sign of the frequency
        full = padded.shape[1 - axis] // 2
        if padded.shape[1 - axis] % 2 == 0:
            self.nyquist_row = full, (np.arctan2(-north[full], east[0]) if axis == 1 else
                                      np.arctan2(north[:, 0], -east[0, full]))

    def half_axis_last(self, array):
        return array if self.axis == 1 else array.T

    def aliased(self, spread, angle, n_orientations, backward):
        """The angular ``spread`` of the filter at ``angle`` made the mean of its values at the two signs of the
        Nyquist frequencies, in place; if ``backward`` (the spread of ``H(-k)``), zero on the zero-frequency line,
        which the forward part holds."""
        if self.nyquist_row is not None:
            row, other = self.nyquist_row
            spread[row] += _angular_spread(other, angle, n_orientations)
            spread[row] *= np.float32(0.5)
        if self.nyquist_column is not None:
            spread[:, self.nyquist_column] *= np.float32(0.5)
        if backward:
            spread[:, 0] = 0


class _FilterBank:
    """The padded spectrum of a grid and the log-Gabor filters, giving the complex responses ``e + i o`` on the
    data cells.

    The one-sided filter ``H`` of an orientation covers a wedge of the wavenumber plane within ``360 / n`` degrees
    of its angle. For 6 or more orientations that wedge lies in one half plane: ``e + i o`` is then the inverse
    FFT of ``F H`` on that half plane, zero-padded to the full plane along the half axis (half the lines of a full
    complex transform in the first pass, the data lines only in the second). Where the wedge lies in the opposite
    half plane, the transform of ``F(k) H(-k)`` on this one is the conjugate ``e - i o``, which has the same ``e``
    and ``|o|``. A wedge over both halves is split: the forward part gives the half axis's non-negative
    frequencies of the second pass, the conjugate of the backward part, mirrored, the negative ones.

    The bank is only read once made: several orientations are filtered at once, in different threads, each with
    its own :class:`_Workspace`.
    """

    def __init__(self, scaled, wavelengths, sigma_onf, n_orientations):
        padded, self.crop = _padded(scaled, int(np.ceil(wavelengths[-1])))
        self.shape, self.n_scales, self.n_orientations = padded.shape, len(wavelengths), n_orientations
        self.halves = {}
        for axis in sorted({_half_axis(self.angle(orientation)) for orientation in range(n_orientations)}):
            other = self.halves.get(1 - axis)
            # on a square grid the two half planes, half axis last, have the same radii: share the radial filters
            shared = other.radial if other is not None and padded.shape[0] == padded.shape[1] else None
            self.halves[axis] = _HalfPlane(padded, axis, wavelengths, sigma_onf, shared)
        self.half_cells = max(half.theta.size for half in self.halves.values())

    def angle(self, orientation):
        """The angle (radians, anticlockwise from east) of an orientation's wavevector."""
        return orientation * np.pi / self.n_orientations

    def _spread_spectra(self, half, angle, workspace):
        """The spectrum times the forward and backward angular spreads of the filter at ``angle`` on ``half``
        (those that are not zero), in ``workspace``."""
        # the half plane holds the directions within 90 degrees of east (axis 1) or south (axis 0); the filter's
        # wedge, within 360 / n degrees of the angle, enters it (forward) or its opposite (backward) or both
        offset = abs((angle + (0 if half.axis == 1 else np.pi / 2) + np.pi) % (2 * np.pi) - np.pi)
        reach = np.pi / 2 + 2 * np.pi / self.n_orientations - WEDGE_TOLERANCE
        parts = [(angle, False)] if offset < reach else []
        parts += [(angle + np.pi, True)] if np.pi - offset < reach else []  # H(-k) on this half plane
        spread, spectra = workspace.spread(half), workspace.spectra(half, len(parts))
        for (direction, backward), spectrum in zip(parts, spectra):
            _angular_spread(half.theta, direction, self.n_orientations, spread)
            half.aliased(spread, direction, self.n_orientations, backward)
            np.multiply(half.spectrum, spread, out=spectrum)
        return spectra

    def responses(self, orientation, workspace):
        """For each scale of an orientation's filter, a function of a slice of the grid's rows giving ``e + i o``
        (or ``e - i o``) there: a complex64 view of ``workspace.lines``, valid until the next scale.

        The inverse FFT runs across the half axis on every line, for the whole scale (:func:`_first_pass`), then
        along it on the data lines only (:func:`_second_pass`): on a half plane along axis 1 (the rows), as the
        rows are asked for, while they are in the processor's cache; along axis 0, on every data column at once."""
        half = self.halves[_half_axis(self.angle(orientation))]
        spectra = self._spread_spectra(half, self.angle(orientation), workspace)
        backward = workspace.spectra(half, 3)[2] if len(spectra) == 2 else None
        lines = half.half_axis_last(workspace.lines)
        data, cols = self.crop if half.axis == 1 else self.crop[::-1]
        for radial in half.radial:
            _first_pass(radial, spectra, lines, backward)
            second_pass = partial(_second_pass, half, lines[data], cols, None if backward is None else backward[data])
            yield second_pass if half.axis == 1 else second_pass(slice(None)).__getitem__


def _half_axis(angle):
    """The axis of the half plane that holds most of the wedge of the filter at ``angle``."""
    return 1 if abs(np.cos(angle)) >= abs(np.sin(angle)) else 0


def _first_pass(radial, spectra, lines, backward):
    """Filter the forward and backward ``spectra`` (one or both: the spectrum times the angular spreads, on a half
    plane, half axis last) by ``radial`` and inverse transform them across the half axis, on every line: the
    forward part into ``lines``, the backward one into ``backward``."""
    _inverse_in_place(np.multiply(spectra[0], radial, out=lines[:, : spectra[0].shape[1]]), 0)
    if len(spectra) == 2:
        _inverse_in_place(np.multiply(spectra[1], radial, out=backward), 0)


def _second_pass(half, data, cols, backward, block):
    """``e + i o`` (or ``e - i o``) on the lines ``block`` of the data lines ``data`` (half axis last): their
    inverse transform along the half axis, completed by zeros or by the mirrored conjugate of the ``backward``
    part (on the data lines), in place. The complex64 view of the data cells ``cols`` of those lines, in the
    grid's orientation."""
    lines, width = data[block], half.spectrum.shape[1]
    if backward is None:
        lines[:, width:] = 0
    else:
        np.conjugate(backward[block][:, lines.shape[1] - width : 0 : -1], out=lines[:, width:])
        if half.nyquist_column is not None:  # the Nyquist frequency is in both parts
            lines[:, width - 1] += np.conjugate(backward[block][:, width - 1])
    _inverse_in_place(lines, 1)
    return half.half_axis_last(lines[:, cols])


class _Workspace:
    """The arrays one thread reuses from orientation to orientation (a newly allocated large array costs page
    faults, and inside QGIS every temporary array above about 128 KB is a new allocation): the transforms
    (``lines``), an angular spread and the spectra times spreads on a half plane (either), an orientation's sums
    over scales (energy, largest energy of a scale and that scale), a mask, and the temporaries of a block of
    cells."""

    def __init__(self, bank, shape):
        self.lines = np.empty(bank.shape, np.complex64)
        self.spread_storage = np.empty(bank.half_cells, np.float32)
        self.spectra_storage = []  # complex64, made on first use
        self.energy, self.scale_energy = np.empty(shape, np.float32), np.empty(shape, np.float32)
        self.scale, self.mask = np.empty(shape, np.uint8), np.empty(shape, bool)
        size = max(BLOCK_CELLS, *shape)  # the largest block (:func:`_blocks`)
        self.block = [np.empty(size, np.float32) for _ in range(3)] + [np.empty(size, bool)]

    @staticmethod
    def size(bank, shape):
        """Bytes of a workspace (with one spectrum) for ``bank`` and a grid of ``shape``."""
        return 8 * bank.shape[0] * bank.shape[1] + 12 * bank.half_cells + 10 * shape[0] * shape[1]

    @staticmethod
    def _on(storage, half):
        """The flat ``storage`` as an array with the layout of ``half``'s arrays."""
        return half.half_axis_last(storage[: half.theta.size].reshape(half.half_axis_last(half.theta).shape))

    def spread(self, half):
        """A float32 array with the layout of ``half``'s arrays."""
        return self._on(self.spread_storage, half)

    def spectra(self, half, count):
        """``count`` complex64 arrays with the layout of ``half``'s arrays."""
        self.spectra_storage += [np.empty(self.spread_storage.size, np.complex64)
                                 for _ in range(count - len(self.spectra_storage))]
        return [self._on(storage, half) for storage in self.spectra_storage[:count]]

    def block_buffers(self, shape):
        """The block temporaries (three float32, one bool) as arrays of ``shape``."""
        return [buffer[: shape[0] * shape[1]].reshape(shape) for buffer in self.block]


def _neighbour(amplitudes, best, rows, step):
    """On ``rows``, the amplitude sum of the orientation ``step`` away (cyclically) from the dominant one, whose
    index there is ``best``; ``amplitudes`` holds the sums of every orientation (C-contiguous)."""
    n_orientations, cells = amplitudes.shape[0], amplitudes[0].size
    offsets = (np.arange(n_orientations, dtype=np.intp) + step) % n_orientations * cells
    index = np.take(offsets, best)
    index += np.arange(rows.start * best.shape[1], rows.start * best.shape[1] + best.size,
                       dtype=np.intp).reshape(best.shape)
    return np.take(amplitudes.reshape(-1), index)


def _strike(best, neighbour, n_orientations):
    """Strike (degrees clockwise from north, 0-180) from the dominant orientation index and ``neighbour(step)``, the
    amplitude sum of the orientation ``step`` away from it.

    For a straight line of normal at ``d`` from the filter angle the amplitudes follow the angular spread, so with
    ``x = d n / 2`` the two neighbour orientations give ``(A+ - A-) / (A+ + A-) = sin x`` exactly; this refines the
    quantised filter angle. It needs at least 3 orientations (with fewer the quantised angle is returned).
    """
    normal = best * np.float32(np.pi / n_orientations)
    if n_orientations >= 3:
        following, preceding = neighbour(1), neighbour(-1)
        total = following + preceding
        ratio = np.divide(following - preceding, total, out=np.zeros_like(total), where=total > 0)
        normal += np.arcsin(np.clip(ratio, -1, 1)) * np.float32(2 / n_orientations)
    # a wavevector at angle phi anticlockwise from east is the normal of lines striking -phi clockwise from north
    strike = np.mod(-np.degrees(normal), np.float32(180))
    strike[strike >= 180] = 0  # float32 rounding of a tiny negative angle
    return strike


def _linearity(neighbour, n_orientations):
    """``A_d / (A_d + A_p)`` (float32): the dominant orientation's amplitude sum over itself plus that of the
    orientation nearest perpendicular to it (``n_orientations // 2`` steps away); 0.5 with a single orientation.
    ``neighbour`` as for :func:`_strike`."""
    dominant = neighbour(0)
    total = dominant + neighbour(n_orientations // 2)
    return np.divide(dominant, total, out=np.full_like(total, 0.5), where=total > 0)


def _blocks(size, across, cells=None):
    """Slices of ``range(size)`` for blocks of about ``cells`` (:data:`BLOCK_CELLS`) cells, lines of ``across``."""
    step = max((cells or BLOCK_CELLS) // across, 1)
    return [slice(start, min(start + step, size)) for start in range(0, size, step)]


def _add_scale(response, scale, polarity, sums, temporaries):
    """Add a scale's response ``e + i o`` on a block of cells to an orientation's ``sums`` there (amplitude,
    energy, largest energy of a scale and that scale); ``temporaries`` as :meth:`_Workspace.block_buffers`. The
    scales come in increasing order."""
    amplitude_sum, energy_sum, scale_energy, best_scale = sums
    first = scale == 0
    amplitude, energy, even, larger = (amplitude_sum, energy_sum, *temporaries[2:]) if first else temporaries
    np.abs(response, out=amplitude)
    np.abs(response.imag, out=energy)  # |o|, then the energy
    if polarity == 0:
        np.subtract(np.abs(response.real, out=even), energy, out=energy)
    elif polarity > 0:
        np.subtract(response.real, energy, out=energy)
    else:
        np.negative(np.add(response.real, energy, out=energy), out=energy)
    if first:
        scale_energy[...], best_scale[...] = energy, 0
        return
    amplitude_sum += amplitude
    energy_sum += energy
    # where this scale's energy is the largest so far, its index, the largest so far: the largest index
    larger = np.greater(energy, scale_energy, out=larger).view(np.uint8)
    np.maximum(best_scale, np.multiply(larger, scale, out=larger), out=best_scale)
    np.maximum(scale_energy, energy, out=scale_energy)


def _oriented_sums(bank, workspace, amplitude, polarity, valid, mult, k, thresholds, stop, orientation):
    """Sums over scales for one orientation: the amplitude (into ``amplitude``); the energy minus the noise
    threshold, and the most energetic scale (``workspace.energy`` and ``.scale``). False if ``stop`` (a
    threading.Event) was set meanwhile.

    The energy of a scale is ``|e| - |o|`` (polarity 0), ``e - |o|`` (+1) or ``-e - |o|`` (-1); the noise
    threshold is ``thresholds[orientation]``, or with ``thresholds`` None comes from the amplitudes of the
    smallest scale (:func:`_noise_threshold`). The cells are taken in
    blocks of rows of :data:`BLOCK_CELLS` cells, which stay in the processor's cache (with the last pass of the
    inverse FFT, see :meth:`_FilterBank.responses`).
    """
    rows, cols = amplitude.shape
    sums = (amplitude, workspace.energy, workspace.scale_energy, workspace.scale)
    blocks = _blocks(rows, cols)
    for scale, response in enumerate(bank.responses(orientation, workspace)):
        if stop.is_set():
            return False
        for block in blocks:
            block_sums = [grid[block] for grid in sums]
            _add_scale(response(block), scale, polarity, block_sums, workspace.block_buffers(block_sums[0].shape))
        if scale == 0:
            threshold = (_noise_threshold(amplitude, valid, mult, bank.n_scales, k) if thresholds is None
                         else thresholds[orientation])
    workspace.energy -= np.float32(threshold)
    return True


class _Sums:
    """The sums over orientations, cell by cell, and the results made from them.

    The orientations are filtered in threads (:func:`_oriented_sums`), each thread with a :class:`_Workspace`,
    and added here in their order, whichever finishes first."""

    def __init__(self, bank, shape, combine):
        n_orientations = bank.n_orientations
        self.bank, self.shape = bank, shape
        self.amplitudes = np.empty((n_orientations, *shape), np.float32)  # of each orientation, over scales
        self.total_energy = np.empty(shape, np.float32)  # over orientations (minus their thresholds)
        self.best_energy = np.empty(shape, np.float32)  # largest energy of one orientation (minus its threshold)
        self.best_orientation = np.zeros(shape, np.uint8)  # and its orientation
        self.best_scale = np.zeros(shape, np.uint8)  # and its most energetic scale
        self.ratios = [None] * n_orientations if combine == "max" else None  # max(E_o - T_o, 0) / (A_o + eps)
        self.workspaces = queue.SimpleQueue()
        self.turn, self.turns, self.stop = 0, threading.Condition(), threading.Event()

    def orientation(self, polarity, valid, mult, k, thresholds, orientation):
        """Filter an orientation (in a thread of its own) and add it to the sums when its turn comes. False if
        stopped (:meth:`halt`)."""
        try:
            workspace = self.workspaces.get_nowait()
        except queue.Empty:
            workspace = _Workspace(self.bank, self.shape)
        try:
            if not _oriented_sums(self.bank, workspace, self.amplitudes[orientation], polarity, valid, mult, k,
                                  thresholds, self.stop, orientation):
                return False
            with self.turns:
                self.turns.wait_for(lambda: self.turn == orientation or self.stop.is_set())
                if self.stop.is_set():
                    return False
                self._add(orientation, workspace)
                self.turn += 1
                self.turns.notify_all()
            return True
        finally:
            self.workspaces.put(workspace)

    def halt(self):
        """Make the threads stop at their next scale."""
        with self.turns:
            self.stop.set()
            self.turns.notify_all()

    def _add(self, orientation, workspace):
        """Add an orientation's energy (minus its threshold) and most energetic scale."""
        energy, scale = workspace.energy, workspace.scale
        if self.ratios is not None:
            ratio = self.ratios[orientation] = np.maximum(energy, 0)
            ratio /= np.add(self.amplitudes[orientation], np.float32(EPSILON), out=workspace.scale_energy)
        if orientation == 0:
            self.total_energy[...], self.best_energy[...], self.best_scale[...] = energy, energy, scale
            return
        self.total_energy += energy
        larger = np.greater(energy, self.best_energy, out=workspace.mask)
        _replace(self.best_orientation, orientation, larger)
        _replace(self.best_scale, scale, larger)
        np.maximum(self.best_energy, energy, out=self.best_energy)

    def results(self, wavelengths, valid, pool, workers, floor=None):
        """The :data:`PhaseSymmetry` of the sums; ``valid`` the cells that were not NaN (None: all); ``floor``
        the amplitude floor of ``combine="max"`` (None: from these sums). Made in small blocks of rows (their
        temporaries below 128 KB), shared among ``workers`` threads of ``pool``."""
        if self.ratios is None:
            floor = None
        elif floor is None:
            largest = self.amplitudes.max(axis=0)
            floor = amplitude_floor(percentile(largest if valid is None else largest[valid], FLOOR_PERCENTILE))
            del largest
        else:
            floor = np.float32(floor)
        result = PhaseSymmetry(self.total_energy, *(np.empty(self.shape, np.float32) for _ in range(3)))
        blocks = _blocks(self.shape[0], self.shape[1], RESULT_BLOCK_CELLS)
        work = partial(self._results, result, wavelengths.astype(np.float32), floor, valid)
        for _ in pool.map(lambda share: [work(rows) for rows in share],
                          [blocks[start::workers] for start in range(workers)]):
            pass
        return result

    def _results(self, result, wavelengths, floor, valid, rows):
        amplitudes = self.amplitudes[:, rows]
        symmetry = result.symmetry[rows]  # the total energy, replaced
        np.maximum(symmetry, 0, out=symmetry)
        symmetry /= amplitudes.sum(axis=0) + np.float32(EPSILON)
        if floor is not None:  # the best single orientation, where its amplitude passes the floor
            for ratio, amplitude in zip(self.ratios, amplitudes):
                np.maximum(symmetry, np.where(amplitude >= floor, ratio[rows], 0), out=symmetry)
        best = self.best_orientation[rows]
        neighbour = partial(_neighbour, self.amplitudes, best, rows)
        result.orientation[rows] = _strike(best, neighbour, len(amplitudes))
        result.scale[rows] = wavelengths[self.best_scale[rows]]
        result.linearity[rows] = _linearity(neighbour, len(amplitudes))
        if valid is not None:
            for grid in result:
                grid[rows][~valid[rows]] = np.nan


def _cores():
    """The processor cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _workers(bank, shape, n_orientations):
    """Threads filtering orientations at once: one per core, while their workspaces fit :data:`WORKSPACE_BUDGET`."""
    return max(1, min(_cores(), n_orientations, WORKSPACE_BUDGET // _Workspace.size(bank, shape)))


def orientation_amplitudes(values, n_scales=5, n_orientations=6, min_wavelength=3.0, mult=2.1, sigma_onf=0.55,
                           statistics=None, all_scales=True, progress=None):
    """What :func:`phase_symmetry`'s noise thresholds and amplitude floor are computed from, on the same grid with
    the same parameters: the amplitude ``sqrt(e² + o²)`` of the smallest scale of each orientation, float32
    (n_orientations, rows, cols); and, with ``all_scales``, each cell's largest amplitude sum over scales of one
    orientation (rows, cols; else None). ``statistics``: a :data:`PhaseStatistics` whose ``mean`` and ``std``
    scale the grid (None: the grid's own). Values are also given at NaN cells (their filled value's response).
    ``progress``: see :mod:`.progress` (one report per orientation).
    """
    values = np.asarray(values, dtype=np.float32)
    _check_parameters(values.shape, n_scales, n_orientations, min_wavelength, mult, sigma_onf, 0.0, 0, "sum")
    scaled, _ = _prepared(values, statistics)
    bank = _FilterBank(scaled, filter_wavelengths(min_wavelength, mult, n_scales), sigma_onf, n_orientations)
    del scaled

    halted = threading.Event()  # after an error or a cancel, the threads stop at their next scale

    def amplitudes(orientation):
        smallest = total = None
        for scale, response in enumerate(bank.responses(orientation, _Workspace(bank, values.shape))):
            if halted.is_set():
                return None, None
            amplitude = np.abs(response(slice(None)))
            if scale == 0:
                smallest, total = amplitude, amplitude.copy() if all_scales else None
                if not all_scales:
                    break
            else:
                total += amplitude
        return smallest, total

    smallest, largest = np.empty((n_orientations, *values.shape), np.float32), None
    with ThreadPoolExecutor(_workers(bank, values.shape, n_orientations)) as pool:
        try:
            for orientation, (amplitude, total) in enumerate(pool.map(amplitudes, range(n_orientations))):
                smallest[orientation] = amplitude
                if total is not None:
                    largest = total if largest is None else np.maximum(largest, total, out=largest)
                report(progress, (orientation + 1) / n_orientations)
        finally:
            halted.set()
    return smallest, largest


def phase_symmetry(values, n_scales=5, n_orientations=6, min_wavelength=3.0, mult=2.1, sigma_onf=0.55, k=2.0,
                   polarity=0, combine="sum", progress=None, statistics=None):
    """Phase symmetry, strike and scale of the line-like features of a north-up grid of square cells.

    ``min_wavelength`` (cells, >= 2) is the wavelength of the smallest of ``n_scales`` log-Gabor scales, each
    ``mult`` times the previous; ``n_orientations`` filter directions; ``sigma_onf`` the bandwidth ratio of the
    log-Gabor; ``k`` the noise threshold in standard deviations of the estimated noise energy (2 for clean data,
    10-20 for noisy); ``polarity`` +1 bright lines (highs), -1 dark lines (lows), 0 both; ``combine`` "sum"
    (Kovesi's phase symmetry, summed over orientations) or "max" (the larger of that and the best single
    orientation above an amplitude floor: keeps a weak line where a strong one crosses it). ``progress``: see
    :mod:`.progress` (one report per orientation). Returns a :data:`PhaseSymmetry` of float32 grids, NaN where
    ``values`` is NaN. See the module docstring for the formulas and conventions.

    ``statistics``: a :data:`PhaseStatistics` (the scaling, noise thresholds and, with "max", amplitude floor) used
    instead of those of ``values``, so that a tile of a grid is processed as the whole grid is (science/tiling.py).

    The orientations are filtered at once on every processor core, one per thread.
    """
    values = np.asarray(values, dtype=np.float32)
    _check_parameters(values.shape, n_scales, n_orientations, min_wavelength, mult, sigma_onf, k, polarity, combine)
    thresholds = floor = None
    if statistics is not None:
        thresholds, floor = statistics.thresholds, statistics.floor
        if thresholds is None or len(thresholds) != n_orientations or (combine == "max" and floor is None):
            raise ValueError(f"statistics must give {n_orientations} noise thresholds (one per orientation)"
                             f"{' and the amplitude floor' if combine == 'max' else ''}.")
    scaled, holes = _prepared(values, statistics)
    valid = ~holes if holes.any() else None
    wavelengths = filter_wavelengths(min_wavelength, mult, n_scales)
    sums = _Sums(_FilterBank(scaled, wavelengths, sigma_onf, n_orientations), values.shape, combine)
    del scaled
    workers = _workers(sums.bank, values.shape, n_orientations)
    with ThreadPoolExecutor(workers) as pool:
        try:
            for orientation, _ in enumerate(pool.map(partial(sums.orientation, polarity, valid, mult, k, thresholds),
                                                     range(n_orientations))):
                report(progress, (orientation + 1) / n_orientations)
        finally:
            sums.halt()  # after an error or a cancel, the threads stop at their next scale
        sums.bank = sums.workspaces = None
        return sums.results(wavelengths, valid, pool, workers, floor)
