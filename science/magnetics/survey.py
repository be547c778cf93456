"""Corrections of raw magnetic survey readings: diurnal variation, IGRF main field, tie-line levelling.

Times are seconds since 1970-01-01 UTC (float); fields in nT; positions as given (degrees for the IGRF, metres for
levelling). The corrected anomaly is ``reading - diurnal - igrf - level``; every term is returned so the user
sees what was applied.
"""
from datetime import datetime, timedelta, timezone

import numpy as np
from scipy.spatial import cKDTree

from . import igrf

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def parse_times(times):
    """ISO 8601 strings (``Z``, an offset, or none for UTC), datetimes or numbers (seconds) to UTC seconds.

    Unparseable entries become NaN; the caller reports how many.
    """
    out = np.full(len(times), np.nan)
    for i, t in enumerate(times):
        if t is None:
            continue
        if isinstance(t, (int, float, np.number)):
            out[i] = float(t)
            continue
        if not isinstance(t, datetime):
            try:
                t = datetime.fromisoformat(str(t).strip().replace("Z", "+00:00").replace(" ", "T", 1))
            except ValueError:
                continue
        if t.tzinfo is None:
            t = t.replace(tzinfo=timezone.utc)
        out[i] = (t - EPOCH).total_seconds()
    return out


def diurnal_correction(reading_times, base_times, base_values, datum=None, max_gap=600.0):
    """Diurnal correction (nT) for each reading: the base-station field interpolated in time minus its datum.

    ``datum`` defaults to the median base-station value. Readings outside the base-station record, or in a gap
    longer than ``max_gap`` seconds between base readings, get NaN (not covered). Returns ``(correction, datum)``.
    """
    base_times = np.asarray(base_times, dtype=float)
    base_values = np.asarray(base_values, dtype=float)
    good = np.isfinite(base_times) & np.isfinite(base_values)
    if good.sum() < 2:
        raise ValueError("The base-station table needs at least two readings with a valid time and value.")
    order = np.argsort(base_times[good])
    bt, bv = base_times[good][order], base_values[good][order]
    datum = float(np.median(bv)) if datum is None else float(datum)
    t = np.asarray(reading_times, dtype=float)
    correction = np.interp(t, bt, bv) - datum
    index = np.clip(np.searchsorted(bt, t), 1, bt.size - 1)
    gap = bt[index] - bt[index - 1]
    covered = np.isfinite(t) & (t >= bt[0]) & (t <= bt[-1]) & (gap <= max_gap)
    correction[~covered] = np.nan
    return correction, datum


def igrf_intensity(longitude, latitude, altitude, times):
    """IGRF-14 total intensity (nT) at each reading: geodetic degrees, metres above the ellipsoid, UTC seconds.

    The secular variation is below 0.2 nT a day, so the field is evaluated once per UTC day.
    """
    longitude, latitude, times = (np.asarray(a, dtype=float) for a in (longitude, latitude, times))
    altitude = np.broadcast_to(np.asarray(altitude, dtype=float), longitude.shape)
    intensity = np.full(longitude.shape, np.nan)
    days = np.floor(times / 86400.0)
    for day in np.unique(days[np.isfinite(days)]):
        sel = days == day
        date = EPOCH + timedelta(days=float(day) + 0.5)
        north, east, down = igrf.igrf_field(longitude[sel], latitude[sel], altitude[sel], date)
        intensity[sel] = np.sqrt(north**2 + east**2 + down**2)
    return intensity


def tie_line_levels(easting, northing, values, line, tie_lines, max_distance):
    """Constant shift (nT) per traverse line that best matches the tie lines at their crossings.

    Crossovers are the traverse readings within ``max_distance`` metres of a tie-line reading; each traverse line's
    shift is the median of (tie - traverse) over its crossovers. Tie lines are the reference (shift 0); a line with
    no crossover is not shifted. Returns ``{line: shift}``; the levelled field is ``values + shift``.
    """
    easting, northing, values = (np.asarray(a, dtype=float) for a in (easting, northing, values))
    line = np.asarray(line)
    is_tie = np.isin(line, list(tie_lines))
    if not is_tie.any():
        raise ValueError(f"None of the tie lines {sorted(tie_lines)} is in the survey's line field.")
    tree = cKDTree(np.column_stack([easting[is_tie], northing[is_tie]]))
    tie_values = values[is_tie]
    shifts = {}
    for name in np.unique(line[~is_tie]):
        sel = np.flatnonzero(line == name)
        distance, nearest = tree.query(np.column_stack([easting[sel], northing[sel]]),
                                       distance_upper_bound=max_distance)
        hit = np.isfinite(distance)
        shifts[name.item() if hasattr(name, "item") else name] = (
            float(np.median(tie_values[nearest[hit]] - values[sel][hit])) if hit.any() else 0.0)
    return shifts
