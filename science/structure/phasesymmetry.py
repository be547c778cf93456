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
  covers one half of the wavenumber plane, so the inverse transform of the filtered spectrum is even + i odd);
- polarity: 0 both, +1 bright lines (highs: the even response ``e`` is positive), -1 dark lines (lows): the
  energy of a scale is ``|e| - |o|``, ``e - |o|`` or ``-e - |o|``;
- noise (Kovesi's median method): with ``tau`` the median amplitude of the smallest scale of an orientation over
  the valid cells divided by ``sqrt(ln 4)`` (the Rayleigh parameter), the noise energy summed over scales has
  Rayleigh parameter ``tau (1 - mult^-n_scales) / (1 - 1 / mult)``, mean ``sqrt(pi / 2)`` and standard deviation
  ``sqrt((4 - pi) / 2)`` times it; ``T`` is the mean plus ``k`` standard deviations (at least ``eps``).

Implementation (memory and speed): the grid is scaled to unit standard deviation (so ``eps`` does not depend on
the data's units), its holes are filled by :func:`.transforms.fill_nodata`, it is padded by an odd reflection
tapered to zero (a feature's symmetry is not mirrored into the edge; no wrap-around within the largest wavelength)
and transformed once with a real FFT. Because the one-sided filter ``H`` splits into a real even part
``He(k) = (H(k) + H(-k)) / 2`` and an odd part ``Ho``, ``e = irfft2(F He)`` and ``o = irfft2(-i F Ho)`` are computed
on the half plane of the real FFT (float32, complex64).
"""
from collections import namedtuple

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


def _prepared(values):
    """``values`` (float32) minus their mean, divided by their standard deviation, holes filled; and the NaN mask."""
    holes = np.isnan(values)
    if holes.all():
        raise ValueError("the grid holds no valid (non-NaN) cell.")
    if np.isinf(values).any():
        raise ValueError("values contain infinities: mark nodata as NaN.")
    valid = values[~holes]
    spread = float(np.std(valid, dtype=np.float64))
    if spread == 0:
        raise ValueError("the grid is constant: it has no feature to detect.")
    scaled = (values - np.float32(np.mean(valid, dtype=np.float64))) / np.float32(spread)
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


def _frequencies(shape):
    """Radius (cycles per cell) and angle (radians, anticlockwise from east, north up) on the rfft2 half plane."""
    east = scipy.fft.rfftfreq(shape[1]).astype(np.float32)[None, :]
    north = -scipy.fft.fftfreq(shape[0]).astype(np.float32)[:, None]  # row 0 is north: rows run south
    return np.hypot(east, north), np.arctan2(north, east)


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


def _angular_parts(theta, angle, n_orientations):
    """Even and odd parts ``(S(d) + S(pi - d)) / 2`` and ``(S(d) - S(pi - d)) / 2`` of the angular spread.

    ``S(d) = (1 + cos(min(d n / 2, pi))) / 2`` is the raised cosine of the angular distance ``d`` (0-pi) between
    ``theta`` and the filter angle; the distance of the opposite wavevector is ``pi - d``.
    """
    pi = np.float32(np.pi)
    distance = np.abs(np.mod(theta - np.float32(angle) + pi, 2 * pi) - pi)
    distance *= np.float32(n_orientations / 2)
    forward = 0.5 + 0.5 * np.cos(np.minimum(distance, pi))
    # the opposite wavevector: distance pi - d, scaled: n pi / 2 - d n / 2
    np.subtract(np.float32(n_orientations * np.pi / 2), distance, out=distance)
    backward = 0.5 + 0.5 * np.cos(np.minimum(distance, pi, out=distance), out=distance)
    return 0.5 * (forward + backward), 0.5 * (forward - backward)


def _noise_threshold(smallest_amplitude, valid, mult, n_scales, k):
    """Kovesi's noise threshold T of one orientation from the amplitudes of its smallest scale (median method)."""
    tau = float(np.median(smallest_amplitude if valid is None else smallest_amplitude[valid])) / np.sqrt(np.log(4))
    total_tau = tau * (1 - mult**-n_scales) / (1 - 1 / mult)
    return max(total_tau * (np.sqrt(np.pi / 2) + k * np.sqrt((4 - np.pi) / 2)), EPSILON)


def _replace(target, value, where):
    """``target[where] = value`` for uint8 grids (by modular arithmetic: much faster than a masked copy)."""
    change = np.subtract(value, target, dtype=np.uint8)
    change *= where.view(np.uint8)
    target += change


class _FilterBank:
    """The padded spectrum of a grid and the log-Gabor filters, giving even and odd responses on the data cells.

    The spectrum ``F`` (complex64, rfft2 half plane) and ``-i F`` are kept, with the radial filters of every scale
    and the wavevector angles; the angular parts are made once per orientation.
    """

    def __init__(self, scaled, wavelengths, sigma_onf):
        padded, self.crop = _padded(scaled, int(np.ceil(wavelengths[-1])))
        self.n_cols = padded.shape[1]
        self.spectrum = scipy.fft.rfft2(padded, workers=-1)
        del padded
        self.rotated = self.spectrum * np.complex64(-1j)
        radius, self.theta = _frequencies((self.spectrum.shape[0], self.n_cols))
        self.radial = _radial_filters(radius, wavelengths, sigma_onf)
        self.filter = np.empty(self.spectrum.shape, np.float32)
        self.product = np.empty_like(self.spectrum)

    def _inverse(self, spectrum, radial, angular):
        """Real inverse FFT of ``spectrum * radial * angular``, cropped to the data (float32 view).

        The columns are transformed first, then only the data rows along the rows.
        """
        np.multiply(radial, angular, out=self.filter)
        np.multiply(spectrum, self.filter, out=self.product)
        rows = scipy.fft.ifft(self.product, axis=0, workers=-1, overwrite_x=True)[self.crop[0]]
        return scipy.fft.irfft(rows, n=self.n_cols, axis=1, workers=-1)[:, self.crop[1]]

    def responses(self, angle, n_orientations):
        """For each scale, the even and odd responses of the filter whose wavevector is at ``angle`` (radians)."""
        even_part, odd_part = _angular_parts(self.theta, angle, n_orientations)
        for radial in self.radial:
            yield self._inverse(self.spectrum, radial, even_part), self._inverse(self.rotated, radial, odd_part)


def _neighbour(amplitudes, best, step):
    """The amplitude sum, at each cell, of the orientation ``step`` away from the dominant one (cyclically)."""
    chosen = np.empty_like(amplitudes[0])
    for index, amplitude in enumerate(amplitudes):
        np.copyto(chosen, amplitude, where=(best == (index - step) % len(amplitudes)))
    return chosen


def _strike(best, amplitudes):
    """Strike (degrees clockwise from north, 0-180) from the dominant orientation index and every amplitude sum.

    For a straight line of normal at ``d`` from the filter angle the amplitudes follow the angular spread, so with
    ``x = d n / 2`` the two neighbour orientations give ``(A+ - A-) / (A+ + A-) = sin x`` exactly; this refines the
    quantised filter angle. It needs at least 3 orientations (with fewer the quantised angle is returned).
    """
    n_orientations = len(amplitudes)
    normal = best * np.float32(np.pi / n_orientations)
    if n_orientations >= 3:
        following, preceding = _neighbour(amplitudes, best, 1), _neighbour(amplitudes, best, -1)
        total = following + preceding
        ratio = np.divide(following - preceding, total, out=np.zeros_like(total), where=total > 0)
        normal += np.arcsin(np.clip(ratio, -1, 1)) * np.float32(2 / n_orientations)
    # a wavevector at angle phi anticlockwise from east is the normal of lines striking -phi clockwise from north
    strike = np.mod(-np.degrees(normal), np.float32(180))
    strike[strike >= 180] = 0  # float32 rounding of a tiny negative angle
    return strike


def _linearity(best, amplitudes):
    """``A_d / (A_d + A_p)`` (float32): the dominant orientation's amplitude sum over itself plus that of the
    orientation nearest perpendicular to it (``n_orientations // 2`` steps away); 0.5 with a single orientation."""
    dominant = _neighbour(amplitudes, best, 0)
    total = dominant + _neighbour(amplitudes, best, len(amplitudes) // 2)
    return np.divide(dominant, total, out=np.full_like(total, 0.5), where=total > 0)


def _oriented_sums(bank, angle, n_orientations, polarity, valid, mult, k):
    """Sums over scales for one orientation: amplitude, energy minus the noise threshold, most energetic scale.

    The energy of a scale is ``|e| - |o|`` (polarity 0), ``e - |o|`` (+1) or ``-e - |o|`` (-1); the noise
    threshold comes from the amplitudes of the smallest scale (:func:`_noise_threshold`).
    """
    for scale, (even, odd) in enumerate(bank.responses(angle, n_orientations)):
        this_amplitude = np.multiply(even, even)
        this_amplitude += np.square(odd, out=odd)
        np.sqrt(this_amplitude, out=this_amplitude)
        np.sqrt(odd, out=odd)  # |o|
        if polarity == 0:
            np.abs(even, out=even)
        elif polarity < 0:
            np.negative(even, out=even)
        even -= odd  # the energy of this scale
        if scale == 0:
            threshold = _noise_threshold(this_amplitude, valid, mult, len(bank.radial), k)
            amplitude, energy, best_energy = this_amplitude, even, even.copy()
            best_scale = np.zeros(even.shape, np.uint8)
        else:
            amplitude += this_amplitude
            energy += even
            _replace(best_scale, scale, np.greater(even, best_energy))
            np.maximum(best_energy, even, out=best_energy)
        del this_amplitude, even, odd
    energy -= np.float32(threshold)
    return amplitude, energy, best_scale


def _best_single_orientation(ratios, amplitudes, valid):
    """With ``combine="max"``: the largest per-orientation symmetry ``max(E_o - T_o, 0) / (A_o + eps)``
    (``ratios``) among the orientations whose amplitude passes the floor (:data:`AMPLITUDE_FLOOR`)."""
    largest = amplitudes[0].copy()
    for amplitude in amplitudes[1:]:
        np.maximum(largest, amplitude, out=largest)
    floor = np.float32(AMPLITUDE_FLOOR * float(np.percentile(largest if valid is None else largest[valid],
                                                             FLOOR_PERCENTILE)))
    del largest
    best = np.zeros_like(ratios[0])
    for ratio, amplitude in zip(ratios, amplitudes):
        ratio *= amplitude >= floor
        np.maximum(best, ratio, out=best)
    return best


def phase_symmetry(values, n_scales=5, n_orientations=6, min_wavelength=3.0, mult=2.1, sigma_onf=0.55, k=2.0,
                   polarity=0, combine="sum", progress=None):
    """Phase symmetry, strike and scale of the line-like features of a north-up grid of square cells.

    ``min_wavelength`` (cells, >= 2) is the wavelength of the smallest of ``n_scales`` log-Gabor scales, each
    ``mult`` times the previous; ``n_orientations`` filter directions; ``sigma_onf`` the bandwidth ratio of the
    log-Gabor; ``k`` the noise threshold in standard deviations of the estimated noise energy (2 for clean data,
    10-20 for noisy); ``polarity`` +1 bright lines (highs), -1 dark lines (lows), 0 both; ``combine`` "sum"
    (Kovesi's phase symmetry, summed over orientations) or "max" (the larger of that and the best single
    orientation above an amplitude floor: keeps a weak line where a strong one crosses it). ``progress``: see
    :mod:`.progress` (one report per orientation). Returns a :data:`PhaseSymmetry` of float32 grids, NaN where
    ``values`` is NaN. See the module docstring for the formulas and conventions.
    """
    values = np.asarray(values, dtype=np.float32)
    _check_parameters(values.shape, n_scales, n_orientations, min_wavelength, mult, sigma_onf, k, polarity, combine)
    scaled, holes = _prepared(values)
    valid = ~holes if holes.any() else None
    wavelengths = filter_wavelengths(min_wavelength, mult, n_scales)
    bank = _FilterBank(scaled, wavelengths, sigma_onf)
    del scaled
    amplitudes, ratios = [], []
    for orientation in range(n_orientations):
        amplitude, energy, scale_index = _oriented_sums(bank, orientation * np.pi / n_orientations, n_orientations,
                                                        polarity, valid, mult, k)
        amplitudes.append(amplitude)
        if combine == "max":
            ratios.append(np.divide(np.maximum(energy, 0), amplitude + np.float32(EPSILON)))
        if orientation == 0:
            total_energy, best_energy, best_scale = energy.copy(), energy, scale_index
            best_orientation = np.zeros(values.shape, np.uint8)
        else:
            total_energy += energy
            larger = np.greater(energy, best_energy)
            _replace(best_orientation, orientation, larger)
            _replace(best_scale, scale_index, larger)
            np.maximum(best_energy, energy, out=best_energy)
            del larger
        del energy, scale_index
        report(progress, (orientation + 1) / n_orientations)
    del bank, best_energy

    np.maximum(total_energy, 0, out=total_energy)
    total_amplitude = amplitudes[0] + np.float32(EPSILON)
    for amplitude in amplitudes[1:]:
        total_amplitude += amplitude
    symmetry = np.divide(total_energy, total_amplitude, out=total_energy)
    del total_amplitude
    if combine == "max":
        np.maximum(symmetry, _best_single_orientation(ratios, amplitudes, valid), out=symmetry)
        del ratios
    strike = _strike(best_orientation, amplitudes)
    scale = wavelengths.astype(np.float32)[best_scale]
    linearity = _linearity(best_orientation, amplitudes)
    for grid in (symmetry, strike, scale, linearity):
        grid[holes] = np.nan
    return PhaseSymmetry(symmetry, strike, scale, linearity)
