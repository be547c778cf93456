"""Alteration logged in drill holes as evidence: each logged interval placed in 3D at its mid-point, an alteration
index per interval, one value per hole over a window of vertical depth, and a map of those values by inverse-distance
weighting.

Conventions as in :mod:`.drillholes`: depths along the hole in m from the collar; vertical depth in m below the
collar (positive down); positions (easting, northing, elevation) in m, elevation up. Intensities are numbers of one
scale for every field, usually 0 none, 1 weak, 2 moderate, 3 strong; any non-negative scale works (per cent sericite,
a 0-5 scale).

- **Index of an interval**: the sum of its intensities (``"sum"``: carbonate 2 + sericite 3 + fuchsite 1 = 6, on
  0-9 for three 0-3 fields; several alteration minerals together score higher) or their largest (``"max"``: 3, on
  the fields' own scale).
- **Depth window**: vertical depths ``min_depth`` to ``max_depth`` m below the collar (None: from the collar, to
  the bottom). The part of an interval inside it is measured along the hole: the hole is followed in steps of at most
  :data:`TRACE_STEP_M` m (and at every interval end), vertical depth linear within each step, so a straight hole is
  clipped exactly and a curved one to well under a centimetre.
- **Value of a hole**: the length-weighted mean of the index over the parts of its intervals inside the window
  (``"mean"``, unlogged gaps left out, not counted as 0), or the largest index among the intervals reaching into it
  (``"max"``). It is placed at the hole's position at the length-weighted centre, along the hole, of those parts: for
  an inclined hole the point the window's logging is centred on, not the collar.
- **Map**: inverse-distance weighting of the hole values (:func:`.geochem.interpolate`: weights 1/d**power over the
  nearest 64 holes within the search radius; a cell centre on a hole takes its value; holes at the same x, y
  averaged), nodata (NaN) where no hole lies within the search radius. The map never leaves the holes' range.
"""
import math
from dataclasses import dataclass, replace

import numpy as np

from ..grid import GridSpec
from ..progress import report
from . import drillholes, geochem

COMBINE = ("sum", "max")
"""How an interval's intensities make its index: their sum or their largest."""
SUMMARY = ("mean", "max")
"""How a hole's intervals inside the window make its value: length-weighted mean or largest index."""
TRACE_STEP_M = 1.0
"""Largest step (m along the hole) over which vertical depth is taken as linear when clipping to the window."""
TOLERANCE_M = 1e-6
"""Lengths inside the window shorter than this (m) are rounding, not logging."""


@dataclass
class LoggedHole:
    """One hole's checked log: ``intervals`` (m, 2) from and to (m along the hole), sorted and not overlapping, and
    ``intensities`` (m, k), one column per intensity field."""

    hole: drillholes.Hole
    intervals: np.ndarray
    intensities: np.ndarray


@dataclass
class HoleLog:
    """A hole's log placed in space: per interval its ``index``, the ``positions`` (m, 3) of its mid-point, their
    ``vertical_depth_m`` (below the collar) and ``window_m``, the length (m along the hole) inside the depth window.
    ``sample`` is the hole's :class:`HoleSample`, None when no interval reaches into the window."""

    logged: LoggedHole
    index: np.ndarray
    positions: np.ndarray
    vertical_depth_m: np.ndarray
    window_m: np.ndarray
    sample: object


@dataclass(frozen=True)
class HoleSample:
    """One hole's value for the map: ``position`` (easting, northing, elevation) at ``depth_m`` along the hole
    (``vertical_depth_m`` below the collar), ``value`` of the index, over ``window_m`` m of logging inside the
    window."""

    hole_id: str
    position: tuple
    depth_m: float
    vertical_depth_m: float
    value: float
    window_m: float


# ----------------------------------------------------------------------------------------------------------------
# Reading


def _field_has_numbers(rows, column, name):
    """Refuse an intensity field none of whose values is a number (a text field such as a rock name, or empty)."""
    values = [row[column] for row in rows]
    if any(drillholes.parse_number(value) is not None for value in values):
        return
    examples = [f"'{value}'" for value in values if not drillholes.is_blank(value)][:3]
    what = f"holds text such as {', '.join(examples)}" if examples else "is empty in every row"
    raise ValueError(f"The intensity field '{name}' {what}, not numbers. Pick numeric intensity fields (for example "
                     "0 none, 1 weak, 2 moderate, 3 strong).")


def read_logs(collars, surveys, logs, fields, dip_negative_down=True):
    """Check the collar and survey tables (as :func:`.drillholes.read_tables` does) and the alteration log.

    ``logs``: rows (hole id, from m, to m, intensity of each of ``fields``); values may be numbers, numeric text or
    blanks (None). Rows naming a hole without a collar are listed as problems; so are rows whose from or to are not
    numbers, negative, inverted or empty (to not deeper than from), deeper than the hole's max depth, overlapping an
    earlier interval, or with an intensity that is not a number or negative (-99 'not logged' codes): each is
    skipped. Returns ``(holes, problems)``: a :class:`LoggedHole` per usable collar (with no intervals when the log
    has none for it) and the :class:`.drillholes.Problem` list (log rows in the table "logs", counted from 1).
    Raises ValueError for no intensity field, an intensity field without numbers, an empty log, a log none of whose
    holes has a collar, and a log none of whose rows can be used.
    """
    fields = list(fields)
    if not fields:
        raise ValueError("No intensity field was picked: pick one or more numeric fields of the log, for example "
                         "carbonate, sericite and fuchsite logged 0-3.")
    logs = list(logs)
    if not logs:
        raise ValueError("The alteration log has no rows. Give one row per logged interval: hole id, from (m), to (m) "
                         "and the intensity of each alteration.")
    for column, name in enumerate(fields, start=3):
        _field_has_numbers(logs, column, name)
    problems, values = [], []
    collected = drillholes.read_collars(collars, problems)
    drillholes.read_surveys(surveys, collected, problems, dip_negative_down)
    for row_number, hole_id, row, skip in drillholes.rows_of_known_holes("logs", logs, collected, problems):
        start, end = drillholes.parse_number(row[1]), drillholes.parse_number(row[2])
        intensities = [drillholes.parse_number(value) for value in row[3:]]
        max_depth = collected[hole_id].max_depth
        bad = [f"{name} {drillholes.shown_value(raw)}" for name, raw, value in
               (("from", row[1], start), ("to", row[2], end),
                *((f"'{field}'", raw, value) for field, raw, value in zip(fields, row[3:], intensities)))
               if value is None]
        negative = [f"'{field}' {value:g}" for field, value in zip(fields, intensities)
                    if value is not None and value < 0]
        if bad:
            skip(f"{', '.join(bad)} not a number")
        elif start < 0:
            skip(f"from {start:g} m is negative")
        elif end <= start:
            skip(f"interval {start:g}-{end:g} m is inverted or empty (to must be deeper than from)")
        elif max_depth is not None and end > max_depth + drillholes.DEPTH_TOLERANCE:
            skip(f"interval {start:g}-{end:g} m goes deeper than the hole ({max_depth:g} m)")
        elif negative:
            skip(f"intensity {', '.join(negative)} is negative (a 'not logged' code is not an intensity)")
        else:  # the third item, in the place of an assay's grade, is the row's place in ``values``
            collected[hole_id].intervals.append((start, end, len(values), row_number))
            values.append(intensities)
    if not values:
        first = next(p for p in problems if p.table == "logs" and p.hole_id in collected)
        raise ValueError(f"None of the {len(logs)} log rows could be used (first problem: {first}). Check that the "
                         "from, to and intensity fields picked are the right columns.")
    values = np.array(values, dtype=float).reshape(-1, len(fields))
    holes = drillholes._gather_holes(collected, problems, dip_negative_down)
    problems = [replace(p, table="logs") if p.table == "assays" else p for p in problems]
    return [LoggedHole(hole, hole.assays[:, :2], values[hole.assays[:, 2].astype(int)]) for hole in holes], problems


# ----------------------------------------------------------------------------------------------------------------
# Index, depth window and the value of each hole


def alteration_index(intensities, combine="sum"):
    """The index of each interval from its intensities (m, k): their sum or their largest (``combine``)."""
    if combine not in COMBINE:
        raise ValueError(f"Unknown way to combine intensities {combine!r}: use one of {', '.join(COMBINE)}.")
    intensities = np.asarray(intensities, dtype=float)
    return intensities.sum(axis=1) if combine == "sum" else intensities.max(axis=1)


def check_window(min_depth=None, max_depth=None):
    """The depth window (top, bottom) in m below the collar: None is the collar (top) or no bottom (inf). Refuses
    negative depths and a top not above the bottom."""
    top = 0.0 if min_depth is None else float(min_depth)
    bottom = math.inf if max_depth is None else float(max_depth)
    if math.isnan(top) or math.isnan(bottom) or top < 0 or bottom < 0:
        raise ValueError(f"The depth window is in metres below the collar, 0 or more (positive down); got "
                         f"{top:g} to {bottom:g} m.")
    if not top < bottom:
        raise ValueError(f"The depth window's top ({top:g} m below the collar, MIN_DEPTH) must be above its bottom "
                         f"({bottom:g} m, MAX_DEPTH): give a MIN_DEPTH smaller than MAX_DEPTH, or leave one empty.")
    return top, bottom


def _inside(depth0, depth1, window):
    """For steps of a hole whose vertical depth goes linearly from ``depth0`` to ``depth1`` (m below the collar):
    the fractions (start, end) of each step inside the window (end <= start: none of it)."""
    top, bottom = window
    change = depth1 - depth0
    flat = np.abs(change) < 1e-12
    with np.errstate(divide="ignore", invalid="ignore"):
        to_top = np.where(flat, -np.inf, (top - depth0) / change)
        to_bottom = np.where(flat, np.inf, (bottom - depth0) / change)
    level_inside = (depth0 >= top) & (depth0 <= bottom)
    start = np.where(flat, np.where(level_inside, 0.0, 1.0), np.minimum(to_top, to_bottom))
    end = np.where(flat, np.where(level_inside, 1.0, 0.0), np.maximum(to_top, to_bottom))
    return np.maximum(start, 0.0), np.minimum(end, 1.0)


def compile_hole(logged, combine="sum", window=(0.0, math.inf), summary="mean", dip_negative_down=True):
    """The :class:`HoleLog` of a :class:`LoggedHole`: index, mid-points, vertical depths and the length of each
    interval inside ``window`` (top, bottom m below the collar, from :func:`check_window`), and the hole's
    :class:`HoleSample` by ``summary`` (see the module notes)."""
    if summary not in SUMMARY:
        raise ValueError(f"Unknown hole summary {summary!r}: use one of {', '.join(SUMMARY)}.")
    hole, (start, end) = logged.hole, logged.intervals.T
    index = alteration_index(logged.intensities, combine)
    collar_z = hole.collar[2]

    def desurvey(depths):
        return drillholes.desurvey(hole.collar, *hole.surveys.T, depths, dip_negative_down)

    middles = desurvey((start + end) / 2) if len(start) else np.zeros((0, 3))
    window_m, sample = np.zeros(len(start)), None
    if len(start):
        stations = np.union1d(np.arange(0.0, end.max(), TRACE_STEP_M), logged.intervals.ravel())
        depth = collar_z - desurvey(stations)[:, 2]
        first, last = _inside(depth[:-1], depth[1:], window)
        step = np.diff(stations)
        inside = np.clip(last - first, 0.0, None) * step
        centre = stations[:-1] + (first + last) / 2 * step
        middle = (stations[:-1] + stations[1:]) / 2
        owner = np.searchsorted(start, middle, side="right") - 1
        logged_step = (owner >= 0) & (middle < end[np.clip(owner, 0, None)]) & (inside > TOLERANCE_M)
        window_m = np.bincount(owner[logged_step], inside[logged_step], minlength=len(start))
        if window_m.sum() > TOLERANCE_M:
            reached = window_m > TOLERANCE_M
            value = (np.sum(index * window_m) / window_m.sum() if summary == "mean" else index[reached].max())
            along = float(np.sum(centre[logged_step] * inside[logged_step]) / inside[logged_step].sum())
            position = desurvey([along])[0]
            sample = HoleSample(hole.hole_id, tuple(float(v) for v in position), along, float(collar_z - position[2]),
                                float(value), float(window_m.sum()))
    return HoleLog(logged, index, middles, collar_z - middles[:, 2], window_m, sample)


def window_text(window):
    """The depth window as text: '10-50 m', or '10 m to the bottom of the holes'."""
    top, bottom = window
    return f"{top:g} m to the bottom of the holes" if math.isinf(bottom) else f"{top:g}-{bottom:g} m"


def compile_logs(holes, combine="sum", window=(0.0, math.inf), summary="mean", dip_negative_down=True,
                 progress=None):
    """:func:`compile_hole` for each :class:`LoggedHole` with logged intervals; ``progress`` as in
    :mod:`.progress`. Refuses (ValueError) logs of which no interval reaches into the window, naming the vertical
    depths the logs span."""
    logs = []
    logged = [hole for hole in holes if len(hole.intervals)]
    for i, hole in enumerate(logged):
        report(progress, i / max(len(logged), 1))
        logs.append(compile_hole(hole, combine, window, summary, dip_negative_down))
    report(progress, 1.0)
    if not logs:
        raise ValueError("No hole with a collar has a usable log interval: check the log's hole ids and intervals.")
    if not any(log.sample for log in logs):
        tops, bottoms = [], []
        for log in logs:
            ends = drillholes.desurvey(log.logged.hole.collar, *log.logged.hole.surveys.T,
                                       log.logged.intervals.ravel(), dip_negative_down)
            depths = log.logged.hole.collar[2] - ends[:, 2]
            tops.append(depths.min())
            bottoms.append(depths.max())
        raise ValueError(f"No logged interval lies within the depth window ({window_text(window)} below the "
                         f"collar): the logs span {min(tops):.1f}-{max(bottoms):.1f} m vertical depth. Move or widen "
                         "the window (MIN_DEPTH, MAX_DEPTH), or leave them empty for the whole log.")
    return logs


# ----------------------------------------------------------------------------------------------------------------
# The map


def map_grid(samples, cell_size, search_radius, bounds=None):
    """The map's grid: ``cell_size`` m cells over ``bounds`` (west, south, east, north), or without bounds over the
    samples' positions plus the search radius, edges on multiples of the cell size."""
    if not cell_size > 0 or not search_radius > 0:
        raise ValueError(f"The cell size and the search radius must be positive distances in metres, got "
                         f"{cell_size:g} and {search_radius:g}.")
    if bounds is not None:
        return GridSpec.from_bounds(*bounds, cell_size)
    return drillholes.grid_around([np.array([s.position for s in samples])], cell_size, search_radius)


def alteration_map(samples, grid, search_radius, power=2.0, progress=None):
    """The holes' values (:class:`HoleSample`) interpolated onto ``grid`` by inverse-distance weighting (see the
    module notes): a ``(rows, cols)`` array, NaN farther than ``search_radius`` m from every hole. Refuses a grid
    none of whose cell centres is that close to a hole."""
    xy = np.array([s.position[:2] for s in samples], dtype=float).reshape(-1, 2)
    values = np.array([s.value for s in samples], dtype=float)
    result = geochem.interpolate(xy[:, 0], xy[:, 1], values, grid, method="idw", search_radius=search_radius,
                                 power=power, progress=progress)
    if not np.isfinite(result).any():
        raise ValueError(f"No cell centre of the map lies within the search radius ({search_radius:g} m) of a hole: "
                         f"the map would be all nodata. Use a larger search radius, a smaller cell size (now "
                         f"{grid.cell_x:g} m), or an extent that covers the holes.")
    return result
