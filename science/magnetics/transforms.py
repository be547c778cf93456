"""Potential-field transforms of gridded magnetic data in the wavenumber domain.

Conventions (docs/science.md section 1):
- ``values`` is a 2-D array on a :class:`~.grid.GridSpec` (row 0 north, x east, y north, cells in metres, possibly
  non-square); NaN is nodata and every output is NaN exactly where the input is;
- wavenumbers ``kx`` (east) and ``ky`` (north) are in radians per metre, ``|k| = sqrt(kx² + ky²)``; because row 0
  is north, ``ky`` is minus the row frequency;
- the vertical axis z points DOWN: ``d/dz`` is ``|k|`` (positive over the source of a positive anomaly), upward
  continuation by ``h`` metres is ``exp(-|k| h)``;
- directions: inclination positive downward, declination clockwise from north, degrees; unit vector
  ``(cosI sinD, cosI cosD, sinI)`` as (east, north, down).
- units: input in nT gives derivatives in nT/m (nT/m^n for order n) and the tilt in degrees.

Preparation (docs/science.md section 2), shared by every transform:

1. a least-squares plane (level and two gradients) fitted to the outline cells of the data (valid cells next to
   nodata or to the grid edge: the classic edge-based trend removal) is removed. A regional gradient is removed
   exactly, while a compact anomaly, decayed at the edges, barely tilts the plane (fitting all cells instead made
   the RTP of a prism 7 times less accurate: the anomaly's own first moment leaked into the plane);
2. NaN holes (and nodata outside a ragged survey outline) are filled by a harmonic (Laplace) interpolation,
   :func:`fill_nodata`;
3. the grid is padded by at least ``padding`` times its size on each side, up to a fast FFT size. The padding is an
   odd reflection about the edge row or column (``2 f(edge) - f(edge - d)``, which continues the value and the
   slope, so the extension is C1 at the data edge) multiplied by a cosine taper falling to zero (the removed
   plane) at the outer edge, so the periodic FFT sees no jump. The taper lies only in the padding: data cells are
   never changed;
4. one real FFT (float32 in, complex64 spectrum; float32 rounding is about 1e-7 of the data's range) is
   filtered, inverted and cropped;
5. the plane's own transform is added back analytically: the plane is harmonic and independent of z, so it is
   unchanged by upward continuation, has zero vertical derivative (order > 0) and contributes its gradient to the
   horizontal derivatives. Reduction to the pole returns it unchanged: a plane is the limit of infinite wavelength,
   where the reduction operator (homogeneous of degree 0 in k) has no defined value, and it is treated as the
   regional (k = 0) part, whose filter value is 1; derivatives of the RTP include its gradient;
6. the NaN mask is restored.

Derivatives are spectral (``i kx``, ``i ky``, ``|k|^n``): against analytic prism fields they are more accurate
than central differences (which err by ``(cell)² f''' / 6``) and need no special edge stencil. Within a few cells of
a grid edge or a hole they are unreliable; :func:`edge_mask` marks those cells.
"""
from functools import partial

import numpy as np
import scipy.fft

from ..progress import report
from .forward import direction_enu

MAGNETIC_OUTPUTS = ("rtp", "upward", "vertical_derivative", "thdr", "tilt", "analytic_signal")
"""Names accepted by :func:`magnetic_transforms`."""

LOW_LATITUDE_THRESHOLD = 15.0
"""Inclination (degrees) below which ``low_latitude="auto"`` stabilises the reduction to the pole.

White-noise gain (std out / std in, 256 x 256 grid, induced, range over declinations 0-90 deg) of the exact filter:
2.3 at 30 deg, 4.0-4.3 at 20 deg, 5.9-6.8 at 15 deg, 10-14 at 10 deg, 30-52 at 5 deg, 320-1060 at 1 deg; of the
stabilised filter: 3.3-4.3 at every inclination from 1 to 15 deg. Below 15 deg the exact gain explodes, so the
stabilised filter is used; from 15 deg up the exact filter is kept: its gain is moderate and it reduces a prism to
within 0.1 % of the true pole field, where the stabilised one errs by 0.9 % at 15 deg.
"""

RTP_STABILISATION = 0.005
"""Regularisation ``eps`` of the stabilised reduction-to-pole denominator (dimensionless).

The stabilised operator is ``conj(P) / (|P|² + eps)`` with ``P = Theta_f Theta_m`` (see :func:`rtp_response`): a
bounded (Tikhonov/Wiener-type) denominator rather than a pseudo-inclination (MacLeod et al. 1993). It is exact
where ``|P|² >> eps`` and its gain never exceeds ``1 / (2 sqrt(eps))`` = 7.1, whereas a pseudo-inclination
distorts the amplitude over a wide range of directions (about 20 % at 45 deg from the declination for a pseudo-
inclination of 20 deg). eps = 0.005 is the smallest round value keeping the white-noise gain at most about 4.3
for every inclination and declination (0.002 gave 6.1 at 10 deg); it reduces a prism at I = 5 deg to within 1.8 %
RMS of the peak of the true pole field.
"""

MIN_CELLS = 4
"""Smallest number of rows and of columns a transformed grid may have."""

_RELAX_SWEEPS = 4
"""Jacobi sweeps at the finest level of the multigrid hole fill (:func:`fill_nodata`); doubled at each coarser
level, up to :data:`_MAX_SWEEPS`."""

_MAX_SWEEPS = 128

_CHUNK_CELLS = 1 << 20
"""Wavenumbers (or cells) filtered and inverse-transformed at a time: keeps the temporaries small (a few MB)."""


# ---------------------------------------------------------------------------------------------------------------
# Checks


def _checked_values(values, grid):
    """``values`` as a float array (float32 stays float32) after checking its shape against ``grid``."""
    values = np.asarray(values)
    if values.ndim != 2:
        raise ValueError(f"values must be a 2-D grid, got {values.ndim} dimension(s).")
    if values.shape != grid.shape:
        raise ValueError(f"values have shape {values.shape} but the grid is {grid.shape}.")
    if min(values.shape) < MIN_CELLS:
        raise ValueError(f"the grid is {values.shape[0]} x {values.shape[1]} cells; transforms need at least "
                         f"{MIN_CELLS} cells a side.")
    values = values.astype(np.result_type(values.dtype, np.float32), copy=False)
    if np.isinf(values).any():
        raise ValueError("values contain infinities: mark nodata as NaN.")
    if np.isnan(values).all():
        raise ValueError("the grid holds no valid (non-NaN) cell.")
    return values


def _check_not_constant(values):
    """Raise if the valid cells all hold one value (a reduction to pole or derivative of it says nothing)."""
    if np.nanmax(values) == np.nanmin(values):
        raise ValueError("the grid is constant (zero variance): there is no anomaly to reduce or differentiate.")


def _check_direction(inclination, declination, what):
    """Raise unless the inclination is in [-90, 90] and the declination in [-360, 360] degrees."""
    if inclination is None or declination is None:
        raise ValueError(f"the {what} needs both an inclination and a declination.")
    if not -90.0 <= inclination <= 90.0:
        raise ValueError(f"the {what} inclination must be in [-90, 90] degrees, got {inclination}.")
    if not -360.0 <= declination <= 360.0:
        raise ValueError(f"the {what} declination must be in [-360, 360] degrees, got {declination}.")


def _check_positive(value, name):
    if value is None or not np.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive number, got {value}.")


def _check_kind(kind):
    if kind not in ("gaussian", "butterworth"):
        raise ValueError(f"kind must be 'gaussian' or 'butterworth', got {kind!r}.")


def _check_low_pass(cutoff_wavelength, kind, order):
    _check_positive(cutoff_wavelength, "the cutoff wavelength (m)")
    _check_positive(order, "the Butterworth order")
    _check_kind(kind)


def _check_padding(padding):
    if not padding >= 0 or not np.isfinite(padding):
        raise ValueError(f"padding is a fraction of the grid size on each side and must be >= 0, got {padding}.")


# ---------------------------------------------------------------------------------------------------------------
# Preparation: plane, hole fill, padding


def _fit_plane(values, valid, grid):
    """Least-squares plane of the ``valid`` cells: (value at the grid centre, east gradient, north gradient).

    Units: those of ``values`` and values per metre. Sums are accumulated in float64 over row and column profiles,
    so no full-size temporary is made.
    """
    rows, cols = values.shape
    row = np.arange(rows) - (rows - 1) / 2
    col = np.arange(cols) - (cols - 1) / 2
    per_row = valid.sum(axis=1)
    per_col = valid.sum(axis=0)
    row_sums = np.sum(values, axis=1, where=valid, dtype=np.float64)
    col_sums = np.sum(values, axis=0, where=valid, dtype=np.float64)
    cross = row @ np.sum(np.broadcast_to(col, values.shape), axis=1, where=valid)
    normal = np.array([
        [per_row.sum(), col @ per_col, row @ per_row],
        [col @ per_col, col**2 @ per_col, cross],
        [row @ per_row, cross, row**2 @ per_row],
    ])
    rhs = np.array([row_sums.sum(), col @ col_sums, row @ row_sums])
    centre, per_column, per_row_down = np.linalg.lstsq(normal, rhs, rcond=None)[0]
    return centre, per_column / grid.cell_x, -per_row_down / grid.cell_y


def _edge_cells(valid):
    """Valid cells next to nodata or to the grid edge (4-neighbourhood): the outline of the data.

    The binary erosion by the 4-neighbourhood cross (nothing beyond the edge), by four shifted ANDs."""
    inner = np.zeros_like(valid)
    inner[1:-1, 1:-1] = valid[1:-1, 1:-1] & valid[:-2, 1:-1] & valid[2:, 1:-1]
    inner[1:-1, 1:-1] &= valid[1:-1, :-2]
    inner[1:-1, 1:-1] &= valid[1:-1, 2:]
    return valid & ~inner


def _plane_profiles(plane, grid):
    """The plane as a column profile (centre value + east part, shape (1, cols)) and a row profile (rows, 1)."""
    centre, east, north = plane
    x = (np.arange(grid.cols) - (grid.cols - 1) / 2) * grid.cell_x
    y = -(np.arange(grid.rows) - (grid.rows - 1) / 2) * grid.cell_y
    return (centre + east * x)[None, :], (north * y)[:, None]


def _block_sums(grid):
    """Sums of the 2 x 2 blocks of a grid with even sizes."""
    return grid[0::2, 0::2] + grid[1::2, 0::2] + grid[0::2, 1::2] + grid[1::2, 1::2]


def _block_means(values, valid):
    """Means of the valid cells of 2 x 2 blocks (NaN where a block has none); odd sizes get an empty row/column."""
    even = (values.shape[0] + values.shape[0] % 2, values.shape[1] + values.shape[1] % 2)
    total = np.zeros(even, values.dtype)
    count = np.zeros(even, values.dtype)
    np.copyto(total[: values.shape[0], : values.shape[1]], values, where=valid)
    count[: values.shape[0], : values.shape[1]] = valid
    with np.errstate(invalid="ignore"):
        return _block_sums(total) / _block_sums(count)


def _relax(field, holes, sweeps):
    """``field`` after ``sweeps`` Jacobi sweeps of Laplace's equation on its ``holes`` cells.

    Valid cells are fixed (Dirichlet); beyond the grid edge the field is mirrored (zero normal gradient). Works in
    a frame one cell wider than the field, without allocation inside the loop.
    """
    frame = np.pad(field, 1, mode="edge")
    inner = frame[1:-1, 1:-1]
    mean = np.empty_like(field)
    for _ in range(sweeps):
        frame[0], frame[-1], frame[:, 0], frame[:, -1] = frame[1], frame[-2], frame[:, 1], frame[:, -2]
        np.add(frame[:-2, 1:-1], frame[2:, 1:-1], out=mean)
        mean += frame[1:-1, :-2]
        mean += frame[1:-1, 2:]
        mean *= 0.25
        np.copyto(inner, mean, where=holes)
    return inner


def _harmonic_fill(values, holes, level=0):
    """Cascadic multigrid fill of the ``holes`` of ``values`` (``level`` 0 is the finest).

    The 2 x 2 block means are filled recursively and prolonged (copied to their four cells) as the first guess,
    then the holes are relaxed, within their bounding box only, by ``_RELAX_SWEEPS * 2**level`` Jacobi sweeps (at
    most ``_MAX_SWEEPS``; coarse levels are cheap and carry the long-range part of the solution, so they get more).
    """
    filled = values.copy()
    if not holes.any():
        return filled
    coarse = _block_means(values, ~holes)
    coarse = _harmonic_fill(coarse, np.isnan(coarse), level + 1)
    guess = np.empty((2 * coarse.shape[0], 2 * coarse.shape[1]), values.dtype)
    guess.reshape(coarse.shape[0], 2, coarse.shape[1], 2)[...] = coarse[:, None, :, None]
    np.copyto(filled, guess[: values.shape[0], : values.shape[1]], where=holes)
    rows = np.flatnonzero(holes.any(axis=1))
    cols = np.flatnonzero(holes.any(axis=0))
    box = slice(max(rows[0] - 1, 0), rows[-1] + 2), slice(max(cols[0] - 1, 0), cols[-1] + 2)
    filled[box] = _relax(filled[box], holes[box], min(_RELAX_SWEEPS * 2**level, _MAX_SWEEPS))
    return filled


def fill_nodata(values):
    """Copy of ``values`` with its NaN cells replaced by a smooth harmonic (Laplace) interpolation.

    Valid cells are returned unchanged. The fill is a cascadic multigrid: the grid of 2 x 2 block means is filled
    recursively, its values prolonged as a first guess, and a few Jacobi sweeps of Laplace's equation smooth the
    hole cells at each level (valid cells fixed; zero normal gradient at the grid edge). Cost is a few passes over
    the grid (about a second for 4096 x 4096 with large holes), and the result is continuous across hole edges.
    """
    values = np.asarray(values)
    values = values.astype(np.result_type(values.dtype, np.float32), copy=False)
    holes = np.isnan(values)
    if holes.all():
        raise ValueError("the grid holds no valid (non-NaN) cell.")
    return _harmonic_fill(values, holes)


def padded_size(size, padding):
    """Length along one axis after padding ``padding`` * ``size`` cells on each side, rounded up to a fast FFT size."""
    return scipy.fft.next_fast_len(size + 2 * int(np.ceil(padding * size)), real=True)


def _taper(length, dtype):
    """Cosine taper (length, 1) falling from just below 1 (next to the data) towards 0 (outer edge)."""
    distance = np.arange(1, length + 1)
    return (0.5 + 0.5 * np.cos(np.pi * distance / (length + 1))).astype(dtype)[:, None]


def _extend_rows(block, start, count):
    """Fill the rows of ``block`` outside ``start:start + count`` (the data rows) in place.

    Each side gets the odd reflection ``2 f(edge) - f(edge -+ d)`` of the data times a cosine taper over
    ``min(padding rows, count - 1)`` rows (a reflection cannot be longer), and zeros beyond.
    """
    stop = start + count
    before = min(start, count - 1)
    after = min(block.shape[0] - stop, count - 1)
    mirrored = block[start + 1 : start + 1 + before][::-1]
    block[start - before : start] = _taper(before, block.dtype)[::-1] * (2 * block[start] - mirrored)
    block[: start - before] = 0
    mirrored = block[stop - 1 - after : stop - 1][::-1]
    block[stop : stop + after] = _taper(after, block.dtype) * (2 * block[stop - 1] - mirrored)
    block[stop + after :] = 0


def _prepared(values, grid, padding):
    """The grid prepared for the FFT (docs/science.md section 2, steps 1-3): (padded float32 array, plane, where
    the data sit in it as a (rows, cols) pair of slices, holes as a bool mask or None)."""
    valid = ~np.isnan(values)
    holes = None if valid.all() else ~valid
    plane = _fit_plane(values, _edge_cells(valid), grid)
    del valid
    shape = tuple(padded_size(n, padding) for n in values.shape)
    crop = tuple(slice((total - n) // 2, (total - n) // 2 + n) for total, n in zip(shape, grid.shape))
    padded = np.empty(shape, np.float32)
    data = padded[crop]
    col_part, row_part = _plane_profiles(plane, grid)
    np.subtract(values, col_part, out=data, casting="same_kind")
    data -= row_part.astype(np.float32)
    if holes is not None:
        data[...] = fill_nodata(data)
    _extend_rows(padded[:, crop[1]], crop[0].start, grid.rows)
    _extend_rows(padded.T, crop[1].start, grid.cols)
    return padded, plane, crop, holes


class _Spectrum:
    """Real FFT of a grid prepared per docs/science.md section 2, with what is needed to undo the preparation.

    Attributes: ``spectrum`` (complex64, rfft2 layout: rows are ``ky``, columns ``kx >= 0``), ``kx`` (1, m) and
    ``ky`` (n, 1) wavenumbers in rad/m (east, north), ``plane`` (value at the grid centre, east and north
    gradients per metre), ``holes`` (bool mask or None), the grid, the output dtype and where the data sit in the
    padded array. Filters are callables ``kernel(kx, ky)`` evaluated on blocks of about :data:`_CHUNK_CELLS`
    wavenumbers, and the inverse transform is done block by block, so that no full-size temporaries are made.
    """

    def __init__(self, values, grid, padding):
        _check_padding(padding)
        padded, self.plane, self.crop, self.holes = _prepared(values, grid, padding)
        self.grid = grid
        self.dtype = values.dtype
        self.shape = padded.shape
        self.spectrum = scipy.fft.rfft2(padded, workers=-1, overwrite_x=True)
        del padded
        self.kx = (2 * np.pi * scipy.fft.rfftfreq(self.shape[1], grid.cell_x)).astype(np.float32)[None, :]
        self.ky = (-2 * np.pi * scipy.fft.fftfreq(self.shape[0], grid.cell_y)).astype(np.float32)[:, None]

    def multiply(self, kernel):
        """Filter the stored spectrum in place (used to reduce to the pole before the other outputs)."""
        step = max(1, _CHUNK_CELLS // self.spectrum.shape[1])
        for start in range(0, self.shape[0], step):
            rows = slice(start, start + step)
            self.spectrum[rows] *= kernel(self.kx, self.ky[rows])

    def columns(self, kernel):
        """Inverse FFT along the columns (``ky``) of ``spectrum * kernel``, kept for the data rows only: complex
        (data rows, kx), the first half of every inverse; a block of columns at a time."""
        n, m = self.spectrum.shape
        out = np.empty((self.grid.rows, m), self.spectrum.dtype)
        step = max(1, _CHUNK_CELLS // n)
        for start in range(0, m, step):
            cols = slice(start, start + step)
            block = self.spectrum[:, cols] * kernel(self.kx[:, cols], self.ky)
            out[:, cols] = scipy.fft.ifft(block, axis=0, workers=-1, overwrite_x=True)[self.crop[0]]
        return out

    def rows(self, data_rows):
        """The second half: inverse real FFT along the rows of ``data_rows`` (from :meth:`columns`), cropped to
        the data columns, in the output dtype; a block of rows at a time."""
        out = np.empty(self.grid.shape, self.dtype)
        step = max(1, _CHUNK_CELLS // self.shape[1])
        for start in range(0, self.grid.rows, step):
            rows = slice(start, start + step)
            out[rows] = scipy.fft.irfft(data_rows[rows], n=self.shape[1], axis=1, workers=-1)[:, self.crop[1]]
        return out

    def finish(self, out, plane_gain=0.0, offset=0.0):
        """``out`` (in place) plus ``plane_gain`` times the plane plus ``offset``, NaN put back in the holes.

        ``plane_gain`` and ``offset`` say what the filter makes of the removed plane: 1 and 0 keep it, 0 and a
        gradient differentiate it horizontally."""
        if plane_gain:
            col_part, row_part = _plane_profiles(self.plane, self.grid)
            out += plane_gain * col_part
            out += plane_gain * row_part
        if offset:
            out += offset
        return self.restore_holes(out)

    def filtered(self, kernel, plane_gain=0.0, offset=0.0):
        """Inverse FFT of ``spectrum * kernel``, cropped, plus ``plane_gain`` times the plane plus ``offset``
        (:meth:`finish`), NaN restored in the holes. The inverse transform is done along the columns for every
        wavenumber, then along the rows for the data rows only."""
        return self.finish(self.rows(self.columns(kernel)), plane_gain, offset)

    def restore_holes(self, out):
        """``out`` with NaN put back in the input's nodata cells (in place)."""
        if self.holes is not None:
            out[self.holes] = np.nan
        return out


# ---------------------------------------------------------------------------------------------------------------
# Filter responses: functions of the wavenumbers kx (east) and ky (north) in rad/m


def direction_vector(inclination, declination):
    """Unit vector (east, north, DOWN) ``(cosI sinD, cosI cosD, sinI)`` of a direction given in degrees."""
    east, north, up = direction_enu(inclination, declination)
    return east, north, -up


def rtp_response(kx, ky, field, magnetisation, stabilisation=0.0):
    """Reduction-to-pole filter (Baranov; Blakely 1995 eq. 12.31).

    ``field`` and ``magnetisation`` are unit vectors (east, north, down). With
    ``Theta_a = a_down + i (a_east kx + a_north ky) / |k|`` and ``P = Theta_f Theta_m`` the exact filter is
    ``|k|² / [(f_z|k| + i f_h.k)(m_z|k| + i m_h.k)] = 1 / P``. With ``stabilisation`` eps > 0 it is the bounded,
    regularised ``conj(P) / (|P|² + eps)``: exact where ``|P|² >> eps`` and tending to zero, instead of infinity,
    along the wavenumber direction where ``P`` vanishes at low inclination (gain at most ``1 / (2 sqrt(eps))``).
    The zero wavenumber gets 1. Output complex64 (for float32 wavenumbers).
    """
    f_east, f_north, f_down = (float(c) for c in field)
    m_east, m_north, m_down = (float(c) for c in magnetisation)
    kabs = np.hypot(kx, ky)
    inverse = np.divide(1, kabs, out=np.zeros_like(kabs), where=kabs > 0)
    field_h = (f_east * kx + f_north * ky) * inverse
    magnetisation_h = (m_east * kx + m_north * ky) * inverse
    real = f_down * m_down - field_h * magnetisation_h
    imag = f_down * magnetisation_h + m_down * field_h
    response = real - 1j * imag
    response /= real * real + imag * imag + np.float32(stabilisation)
    response[kabs == 0] = 1
    return response


def upward_response(kx, ky, height):
    """Upward continuation by ``height`` metres: ``exp(-|k| height)``."""
    return np.exp(-np.float32(height) * np.hypot(kx, ky))


def vertical_derivative_response(kx, ky, order):
    """Vertical derivative of order ``order`` (>= 0, fractional allowed), downward positive: ``|k|^order``."""
    return np.hypot(kx, ky) ** np.float32(order)


def east_derivative_response(kx, ky):
    """Derivative towards east: ``i kx``."""
    return 1j * kx


def north_derivative_response(kx, ky):
    """Derivative towards north: ``i ky`` (``ky`` already points north, see the module docstring)."""
    return 1j * ky


def low_pass_response(kx, ky, cutoff_wavelength, kind="gaussian", order=4):
    """Low-pass filter with response 1/2 at the cutoff wavelength (m).

    ``kind="gaussian"``: ``exp(-ln 2 (|k| / kc)²)``; ``kind="butterworth"``: ``1 / (1 + (|k| / kc)^(2 order))``,
    with ``kc = 2 pi / cutoff_wavelength``. The half-amplitude cutoff splits the wavelength at the cutoff equally
    between the regional (this filter) and the residual (one minus it).
    """
    _check_kind(kind)
    ratio = np.hypot(kx, ky) * np.float32(cutoff_wavelength / (2 * np.pi))
    if kind == "gaussian":
        return np.exp(-float(np.log(2)) * ratio * ratio)
    return 1 / (1 + ratio ** np.float32(2 * order))


# ---------------------------------------------------------------------------------------------------------------
# Public transforms


def apply_filter(values, grid, kernel, padding=0.25):
    """Any wavenumber filter applied with the full preparation of docs/science.md section 2.

    ``kernel(kx, ky)`` receives ``kx`` (1, m) east and ``ky`` (n, 1) north wavenumbers in rad/m (float32) on
    the real-FFT half plane (``kx >= 0``), a block of them at a time (some columns, all rows), and returns the
    response broadcastable to (n, m); it must be Hermitian (``K(-k) = conj K(k)``) for the output to be real. The
    removed plane is added back times the real part of the response at ``k = 0`` (1 keeps it, 0 drops it). Output
    has the dtype of ``values`` (at least float32).
    """
    values = _checked_values(values, grid)
    spectrum = _Spectrum(values, grid, padding)
    gain_at_zero = float(np.real(kernel(spectrum.kx[:, :1], spectrum.ky[:1])).item())
    return spectrum.filtered(kernel, plane_gain=gain_at_zero)


def _rtp_kernel(inclination, declination, mag_inclination, mag_declination, low_latitude):
    """The reduction-to-pole kernel for the given directions (degrees) and low-latitude mode."""
    if low_latitude not in ("auto", "none", "stabilised"):
        raise ValueError(f"low_latitude must be 'auto', 'none' or 'stabilised', got {low_latitude!r}.")
    lowest = min(abs(inclination), abs(mag_inclination))
    stabilised = low_latitude == "stabilised" or (low_latitude == "auto" and lowest < LOW_LATITUDE_THRESHOLD)
    if not stabilised and lowest == 0:
        raise ValueError("the exact reduction to the pole is infinite at inclination 0: use low_latitude='auto' "
                         "or 'stabilised'.")
    return partial(rtp_response, field=direction_vector(inclination, declination),
                   magnetisation=direction_vector(mag_inclination, mag_declination),
                   stabilisation=RTP_STABILISATION if stabilised else 0.0)


def _magnetisation_direction(inclination, declination, mag_inclination, mag_declination):
    """Checked field and magnetisation directions; a missing magnetisation direction means induced."""
    _check_direction(inclination, declination, "field")
    if mag_inclination is None and mag_declination is None:
        return inclination, declination
    _check_direction(mag_inclination, mag_declination, "magnetisation")
    return mag_inclination, mag_declination


def magnetic_transforms(values, grid, outputs, inclination=None, declination=None, mag_inclination=None,
                        mag_declination=None, height=None, vd_order=1, low_latitude="auto", padding=0.25,
                        progress=None):
    """Several transforms of a total-field anomaly grid from one padded spectrum; dict name -> array.

    ``outputs``: any subset of :data:`MAGNETIC_OUTPUTS` (or one name):

    - ``"rtp"``: reduction to the pole (:func:`reduce_to_pole`; needs ``inclination`` and ``declination`` of the
      field, and ``mag_inclination``/``mag_declination`` of the total magnetisation for remanence, None = induced);
    - ``"upward"``: upward continuation by ``height`` metres (> 0);
    - ``"vertical_derivative"``: ``vd_order``-th vertical derivative, downward positive (nT/m^order);
    - ``"thdr"``: total horizontal derivative sqrt(Tx² + Ty²) (nT/m);
    - ``"tilt"``: tilt derivative atan2(dT/dz, THDR) in degrees, in [-90, 90], dT/dz downward positive (always
      first order);
    - ``"analytic_signal"``: sqrt(Tx² + Ty² + Tz²), first derivatives (nT/m).

    When ``"rtp"`` is requested it is applied first and every other output is a transform OF THE RTP FIELD
    (upward-continued RTP, derivatives of the RTP); otherwise they transform ``values`` as given. The spectrum is
    computed once (complex64) and each output costs one inverse FFT; ``progress`` (callable taking a fraction, see
    :mod:`.progress`) is told after each step. Outputs have the dtype of ``values`` (at least float32) and NaN where
    ``values`` is NaN.
    """
    outputs = {outputs} if isinstance(outputs, str) else set(outputs)
    unknown = outputs - set(MAGNETIC_OUTPUTS)
    if unknown or not outputs:
        raise ValueError(f"outputs must be a non-empty subset of {MAGNETIC_OUTPUTS}, got {sorted(outputs)}.")
    values = _checked_values(values, grid)
    if "rtp" in outputs:
        rtp_kernel = _rtp_kernel(inclination, declination,
                                 *_magnetisation_direction(inclination, declination, mag_inclination,
                                                           mag_declination), low_latitude)
    if "upward" in outputs:
        _check_positive(height, "the upward continuation height (m)")
    if not vd_order >= 0:
        raise ValueError(f"the vertical derivative order must be >= 0, got {vd_order}.")
    if outputs - {"upward"}:
        _check_not_constant(values)
    spectrum = _Spectrum(values, grid, padding)
    steps = iter(np.linspace(0.2, 1.0, len(outputs) + 1))
    report(progress, next(steps))
    results = {}
    if "rtp" in outputs:
        spectrum.multiply(rtp_kernel)
        results["rtp"] = spectrum.filtered(_unit_response, plane_gain=1)
        report(progress, next(steps))
    if "upward" in outputs:
        results["upward"] = spectrum.filtered(partial(upward_response, height=height), plane_gain=1)
        report(progress, next(steps))
    if "vertical_derivative" in outputs:
        results["vertical_derivative"] = spectrum.filtered(partial(vertical_derivative_response, order=vd_order),
                                                           plane_gain=float(vd_order == 0))
        report(progress, next(steps))
    gradient_outputs = outputs & {"thdr", "tilt", "analytic_signal"}
    if gradient_outputs:
        first_derivative = results.get("vertical_derivative") if vd_order == 1 else None
        results.update(_gradient_outputs(spectrum, gradient_outputs, first_derivative))
        for _ in gradient_outputs:
            report(progress, next(steps))
    return results


def _unit_response(kx, ky):
    """The identity filter (1 everywhere)."""
    return np.float32(1)


def _horizontal_gradient(spectrum):
    """Tx (east) and Ty (north) derivatives in units per metre, including the plane's gradient."""
    _, east, north = spectrum.plane
    return (spectrum.filtered(east_derivative_response, offset=east),
            spectrum.filtered(north_derivative_response, offset=north))


def _gradient_outputs(spectrum, names, vertical=None):
    """THDR, tilt (degrees) and analytic signal among ``names``; ``vertical`` reuses a first vertical derivative.
    Each output is made in place of a derivative no longer needed where it can be."""
    tx, ty = _horizontal_gradient(spectrum)
    thdr = np.hypot(tx, ty, out=tx)
    del tx, ty
    results = {"thdr": thdr} if "thdr" in names else {}
    if names - {"thdr"} and vertical is None:
        vertical = spectrum.filtered(partial(vertical_derivative_response, order=1))
    if "tilt" in names:
        tilt = np.arctan2(vertical, thdr)
        results["tilt"] = np.degrees(tilt, out=tilt)
    if "analytic_signal" in names:
        results["analytic_signal"] = np.hypot(thdr, vertical, out=None if "thdr" in names else thdr)
    return results


def reduce_to_pole(values, grid, inclination, declination, mag_inclination=None, mag_declination=None,
                   low_latitude="auto", padding=0.25):
    """Reduction to the pole of a total-field anomaly (nT), Baranov / Blakely (1995) eq. 12.31.

    ``inclination``/``declination``: main field direction in degrees (inclination positive down, in [-90, 90];
    declination clockwise from north, in [-360, 360]); ``mag_inclination``/``mag_declination``: direction of the
    total magnetisation (remanent + induced), both None for purely induced magnetisation. The result is the anomaly
    the same body would give with field and magnetisation both vertical (down), in the units of ``values``.

    ``low_latitude``: ``"none"`` exact filter; ``"stabilised"`` the bounded regularised filter of
    :func:`rtp_response` with ``eps =`` :data:`RTP_STABILISATION`; ``"auto"`` (default) stabilises when ``|I|`` or
    ``|Im|`` is below :data:`LOW_LATITUDE_THRESHOLD` (15 deg). See those constants for the measured noise gains.
    The stabilised filter attenuates the wavenumber directions nearly perpendicular to the declination, which the
    data cannot resolve at low latitude anyway. The removed plane is returned unchanged (see the module docstring).
    """
    return magnetic_transforms(values, grid, {"rtp"}, inclination, declination, mag_inclination, mag_declination,
                               low_latitude=low_latitude, padding=padding)["rtp"]


def upward_continuation(values, grid, height, padding=0.25):
    """Upward continuation by ``height`` metres (> 0): filter ``exp(-|k| height)``; the plane is kept."""
    return magnetic_transforms(values, grid, {"upward"}, height=height, padding=padding)["upward"]


def vertical_derivative(values, grid, order=1, padding=0.25):
    """Vertical derivative of order ``order`` (>= 0, fractional allowed), DOWNWARD positive: filter ``|k|^order``.

    Units: those of ``values`` per metre^order. Positive over the source of a positive anomaly. The removed plane
    has zero vertical derivative (order 0 returns the input).
    """
    return magnetic_transforms(values, grid, {"vertical_derivative"}, vd_order=order,
                               padding=padding)["vertical_derivative"]


def horizontal_derivative(values, grid, direction="x", padding=0.25):
    """Horizontal derivative in units of ``values`` per metre, spectral (``i kx``, ``i ky``).

    ``direction``: ``"x"`` towards east, ``"y"`` towards NORTH (rows run southward, so this is minus the
    derivative along the row index), ``"total"`` the total horizontal derivative THDR = sqrt(Tx² + Ty²).
    """
    if direction == "total":
        return magnetic_transforms(values, grid, {"thdr"}, padding=padding)["thdr"]
    if direction not in ("x", "y"):
        raise ValueError(f"direction must be 'x', 'y' or 'total', got {direction!r}.")
    values = _checked_values(values, grid)
    _check_not_constant(values)
    tx, ty = _horizontal_gradient(_Spectrum(values, grid, padding))
    return tx if direction == "x" else ty


def tilt_derivative(values, grid, padding=0.25):
    """Tilt derivative (Miller & Singh 1994) in DEGREES: atan2(dT/dz, THDR), dT/dz downward positive.

    In [-90, 90]; positive over the source of an RTP high, zero near its edges, negative outside. (Harmonica's
    ``tilt_angle`` uses an upward derivative and radians: opposite sign.)
    """
    return magnetic_transforms(values, grid, {"tilt"}, padding=padding)["tilt"]


def analytic_signal(values, grid, padding=0.25):
    """Analytic signal amplitude (total gradient) sqrt(Tx² + Ty² + Tz²) in units of ``values`` per metre."""
    return magnetic_transforms(values, grid, {"analytic_signal"}, padding=padding)["analytic_signal"]


def regional_residual(values, grid, cutoff_wavelength, kind="gaussian", order=4, padding=0.25):
    """Split ``values`` into (regional, residual): regional keeps wavelengths longer than ``cutoff_wavelength`` (m).

    The regional is the low-pass :func:`low_pass_response` (response 1/2 at the cutoff) plus the removed plane;
    the residual is ``values - regional``. ``kind``: ``"gaussian"`` or ``"butterworth"`` (of ``order``).
    """
    _check_low_pass(cutoff_wavelength, kind, order)
    regional = apply_filter(values, grid, partial(low_pass_response, cutoff_wavelength=cutoff_wavelength, kind=kind,
                                                  order=order), padding)
    return regional, np.asarray(values) - regional


def _band_pass_response(kx, ky, long_wavelength, short_wavelength, kind, order):
    """Difference of the low-pass filters at the short and the long wavelength (0 at k = 0, 1/2 at each cutoff)."""
    return (low_pass_response(kx, ky, short_wavelength, kind, order)
            - low_pass_response(kx, ky, long_wavelength, kind, order))


def band_pass(values, grid, long_wavelength, short_wavelength, kind="gaussian", order=4, padding=0.25):
    """Keep wavelengths between ``short_wavelength`` and ``long_wavelength`` (m).

    Response ``L(short) - L(long)`` with ``L`` the :func:`low_pass_response` of ``kind`` and ``order``: 1/2 at each
    cutoff, 0 at k = 0 (the mean and the plane are removed).
    """
    _check_low_pass(short_wavelength, kind, order)
    if not long_wavelength > short_wavelength:
        raise ValueError(f"the long wavelength ({long_wavelength} m) must exceed the short one "
                         f"({short_wavelength} m).")
    return apply_filter(values, grid, partial(_band_pass_response, long_wavelength=long_wavelength,
                                              short_wavelength=short_wavelength, kind=kind, order=order), padding)


def edge_mask(values, grid, cells=3):
    """True where a cell is nodata or within ``cells`` cells (Euclidean, in cell units) of nodata or the grid edge.

    Derivatives there are unreliable (docs/science.md section 2: errors of tens of percent within 3 cells of a ragged
    edge); ``cells=0`` marks the nodata cells only.
    """
    values = np.asarray(values)
    if values.shape != grid.shape:
        raise ValueError(f"values have shape {values.shape} but the grid is {grid.shape}.")
    if not cells >= 0:
        raise ValueError(f"cells must be >= 0, got {cells}.")
    return _near(np.isnan(values), cells)


def _near(nodata, radius):
    """Cells within ``radius`` (Euclidean, in cells) of a ``nodata`` cell or of a cell beyond the grid edge.

    The dilation of ``nodata`` by the disk of that radius, made of row offsets: for each ``dy``, the cells within
    ``w(dy) = max{dx: sqrt(dx² + dy²) <= radius}`` columns of nodata ``dy`` rows away. Row dilations are grown
    one column at a time, so the cost is about four passes over the grid per cell of radius (the exact
    distance transform it replaces took a second on 4096 x 4096). Beyond the edge counts as nodata.
    """
    reach = int(np.floor(radius))
    rows, cols = nodata.shape
    frame = np.ones((rows + 2 * reach, cols + 2 * reach), bool)
    frame[reach : reach + rows, reach : reach + cols] = nodata
    widths = []
    for dy in range(reach + 1):
        dx = 0
        while np.sqrt((dx + 1) ** 2 + dy**2) <= radius:
            dx += 1
        widths.append(dx)
    near = np.zeros((rows, cols), bool)
    grown = frame  # nodata dilated along the rows by `width` columns, on the frame's columns that stay inside
    width = 0
    for target in sorted(set(widths)):
        while width < target:
            wider = grown.copy()
            wider[:, 1:] |= grown[:, :-1]
            wider[:, :-1] |= grown[:, 1:]
            grown, width = wider, width + 1
        for dy in (d for d in range(-reach, reach + 1) if widths[abs(d)] == target):
            near |= grown[reach + dy : reach + dy + rows, reach : reach + cols]
    return near
