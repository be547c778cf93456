"""Vertical drill sections: hole traces, logged intervals, planned holes, horizontal levels and a fitted zone
projected onto a vertical plane along a line, in section coordinates (docs/science.md section 6).

Conventions (as :mod:`.drillholes` and :mod:`.zonegeometry`): map positions are (easting, northing, elevation) in
metres, elevation up; azimuths are degrees clockwise from north; depths along a hole are metres from its collar.
A section runs from its ``start`` to its ``end`` map point; its azimuth is that of start -> end. The section
coordinates of a point p are

- distance = (p - start) . u, metres along the section from its start, u the horizontal unit vector towards the end;
- elevation = p_z, metres, up;
- offset = (p - start) . r, metres, r = (u_north, -u_east) the horizontal unit vector to the right of the line
  looking from start to end. Drawn with its start on the left, the section is seen from that side: a positive
  offset is in front of the section plane, a negative one behind it.

Points are projected perpendicularly (along r) onto the section plane. Only what lies within the WINDOW, the
half-width ``window_m`` (|offset| <= window_m), between the section's ends (0 <= distance <= length) is drawn:
holes and intervals are cut where they leave it.
"""
import math
from dataclasses import dataclass

import numpy as np

from . import drillholes, zonegeometry

MIN_LENGTH_M = 1.0  # a shorter section line has no direction worth the name
TRACE_STEP_M = 2.0  # spacing (m along the hole) of the points that follow a hole's curve
MIN_MARGIN_M = 25.0  # a section through chosen holes runs this far beyond them, at least ...
MARGIN_SHARE = 0.25  # ... or this share of their extent along it
MIN_PAD_M = 10.0  # the frame reaches this far above the collars and below the deepest thing drawn, at least ...
PAD_SHARE = 0.05  # ... or this share of the drawn elevation range
ZONE_ITERATIONS = 3  # refinements of where a zone whose dip changes along strike crosses the section
COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


def compass_point(azimuth_deg):
    """The nearest of the eight compass points to an azimuth (degrees clockwise from north): 142 -> 'SE'."""
    return COMPASS[int(math.floor((azimuth_deg % 360.0) / 45.0 + 0.5)) % 8]


def _unit(azimuth_deg):
    """Horizontal unit vector (east, north) towards ``azimuth_deg``."""
    angle = math.radians(azimuth_deg)
    return np.array([math.sin(angle), math.cos(angle)])


@dataclass(frozen=True)
class SectionLine:
    """A vertical section from map point ``start`` to ``end`` ((x, y), m) with its window half-width (m)."""

    start: np.ndarray
    end: np.ndarray
    window_m: float

    @property
    def length_m(self):
        return float(np.hypot(*(self.end - self.start)))

    @property
    def direction(self):
        """Unit vector (east, north) from start to end."""
        return (self.end - self.start) / self.length_m

    @property
    def azimuth(self):
        """Degrees clockwise from north, from start to end."""
        east, north = self.direction
        return math.degrees(math.atan2(east, north)) % 360.0

    @property
    def right(self):
        """Unit vector (east, north) to the right of the line looking from start to end (positive offsets)."""
        east, north = self.direction
        return np.array([north, -east])

    def project(self, xyz):
        """Section coordinates (n, 3): distance (m from the start), elevation (m), offset (m, + in front) of map
        positions (n, 3)."""
        xyz = np.atleast_2d(np.asarray(xyz, dtype=float))
        relative = xyz[:, :2] - self.start
        return np.column_stack([relative @ self.direction, xyz[:, 2], relative @ self.right])

    def to_map(self, distance_m, offset_m=0.0):
        """Map (x, y) (..., 2) of points at ``distance_m`` along the section and ``offset_m`` from it."""
        return (self.start + np.multiply.outer(distance_m, self.direction)
                + np.multiply.outer(offset_m, self.right))


def _check_window(window_m):
    if not (math.isfinite(window_m) and window_m > 0):
        raise ValueError(f"The window must be a positive half-width in metres, got {window_m:g}: holes within that "
                         "distance of the section, on either side, are projected onto it. Try 50 m.")


def section_between(start, end, window_m):
    """The :class:`SectionLine` from map point ``start`` to ``end`` ((x, y), m). Refuses a line shorter than
    :data:`MIN_LENGTH_M` and a window that is not a positive distance."""
    start, end = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    _check_window(window_m)
    if not (np.all(np.isfinite(start)) and np.all(np.isfinite(end))):
        raise ValueError("The section line's ends are not numbers: draw the line again.")
    length = float(np.hypot(*(end - start)))
    if length < MIN_LENGTH_M:
        raise ValueError(f"The section line is {length:.2f} m long (its start and end are at the same place): a "
                         "section needs a direction. Draw a line across the zone, at least a few tens of metres long, "
                         "or give hole ids and an azimuth instead.")
    return SectionLine(start, end, float(window_m))


def section_through(collars_xy, azimuth_deg, window_m, traces, others=()):
    """A section at ``azimuth_deg`` through the mean of ``collars_xy`` ((k, 2), the chosen holes' collars), long
    enough for the chosen holes' ``traces`` (each (n, 3) map positions) and for any of the ``others`` (traces of
    other holes, planned holes) that come within the window of it, plus a margin at each end of
    :data:`MARGIN_SHARE` of that extent (at least :data:`MIN_MARGIN_M`)."""
    _check_window(window_m)
    if not math.isfinite(azimuth_deg):
        raise ValueError("The section azimuth is not a number: give it in degrees clockwise from north, or a zone "
                         "whose strike it should cross.")
    centre = np.mean(np.asarray(collars_xy, dtype=float).reshape(-1, 2), axis=0)
    line = SectionLine(centre, centre + _unit(azimuth_deg), float(window_m))  # its ends are set below
    along = [line.project(trace)[:, 0] for trace in traces]
    for trace in others:
        projected = line.project(trace)
        near = np.abs(projected[:, 2]) <= window_m
        if near.any():
            along.append(projected[near, 0])
    along = np.concatenate(along)
    low, high = float(along.min()), float(along.max())
    margin = max(MIN_MARGIN_M, MARGIN_SHARE * (high - low))
    return SectionLine(line.to_map(low - margin), line.to_map(high + margin), float(window_m))


def read_holes(collars, surveys, intervals, dip_negative_down=True):
    """The :class:`.drillholes.Hole` s of the collar and survey tables, each with the ``intervals`` to draw as its
    ``assays`` (from, to m along the hole, value), checked as :func:`.drillholes.read_tables` checks assays, and the
    problems with rows (interval rows in the table "intervals"). ``intervals``: rows (hole id, from m, to m, value).
    """
    if not intervals:
        raise ValueError("The interval table has no rows, or the selection keeps none: give the INTERCEPTS layer of "
                         "compiledrillholes, or an assay or log table with a selection expression some rows meet.")
    return drillholes.read_tables(collars, surveys, intervals, dip_negative_down, interval_table="intervals")


def chosen_holes(holes, hole_ids):
    """The :class:`.drillholes.Hole` s named in ``hole_ids`` (in that order); unknown ids are refused, naming them
    and some known ones."""
    by_id = {hole.hole_id: hole for hole in holes}
    wanted = [str(hole_id).strip() for hole_id in hole_ids if str(hole_id).strip()]
    if not wanted:
        raise ValueError("No hole id was given for the section: give the ids of the holes it should pass through, "
                         "separated by commas, or draw a section line.")
    unknown = [hole_id for hole_id in wanted if hole_id not in by_id]
    if unknown:
        known = ", ".join(list(by_id)[:5])
        raise ValueError(f"Hole{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} not in the collar table (its "
                         f"holes include {known}). Check the spelling of the hole ids, separated by commas.")
    return [by_id[hole_id] for hole_id in dict.fromkeys(wanted)]


# ----------------------------------------------------------------------------------------------------------------
# Holes and intervals on the section


@dataclass(frozen=True)
class SectionPath:
    """A hole, or an interval of one, where it lies within the window. ``points`` (k, 4): depth along the hole (m),
    distance along the section (m), elevation (m) and offset (m) at each vertex. ``kind`` is 'drilled' or 'planned'
    for a hole, 'interval' or 'alteration' for an interval, whose ``value`` (grade, intensity; NaN for a hole) and
    ``label`` it carries, and ``length_m`` (the whole interval's, m along the hole; the hole's for a hole)."""

    hole_id: str
    kind: str
    points: np.ndarray
    length_m: float
    value: float = math.nan
    label: str = ""

    @property
    def from_m(self):
        """Depth (m along the hole) where the drawn part starts."""
        return float(self.points[0, 0])

    @property
    def to_m(self):
        """Depth (m along the hole) where the drawn part ends."""
        return float(self.points[-1, 0])

    @property
    def section_xy(self):
        """(k, 2) distance along the section and elevation (m) of the vertices."""
        return self.points[:, 1:3]

    @property
    def middle(self):
        """(distance, elevation) of the drawn part's middle, half-way along the hole."""
        depth = (self.from_m + self.to_m) / 2
        return np.array([np.interp(depth, self.points[:, 0], self.points[:, k]) for k in (1, 2)])

    @property
    def offset_m(self):
        """Mean offset (m, + in front of the section) of the drawn part's vertices."""
        return float(self.points[:, 3].mean())


def _segment_ranges(start, step, low, high):
    """For segments start + t step (t in [0, 1]) of one coordinate: the t range (t0, t1) within [low, high]."""
    flat = step == 0
    inside = (start >= low) & (start <= high)
    with np.errstate(divide="ignore", invalid="ignore"):
        t_low, t_high = (low - start) / step, (high - start) / step
    t0 = np.where(flat, np.where(inside, 0.0, np.inf), np.minimum(t_low, t_high))
    t1 = np.where(flat, np.where(inside, 1.0, -np.inf), np.maximum(t_low, t_high))
    return t0, t1


def clip_to_window(points, length_m, window_m):
    """The runs of a polyline ``points`` (n, 4) of (depth, distance, elevation, offset) that lie within
    0 <= distance <= ``length_m`` and |offset| <= ``window_m``, cut where the polyline crosses those bounds (every
    column linear between vertices); a list of (k, 4) arrays, in order along the polyline."""
    points = np.asarray(points, dtype=float)
    start, step = points[:-1], np.diff(points, axis=0)
    t0, t1 = np.zeros(len(step)), np.ones(len(step))
    for column, low, high in ((1, 0.0, length_m), (3, -window_m, window_m)):
        low_t, high_t = _segment_ranges(start[:, column], step[:, column], low, high)
        t0, t1 = np.maximum(t0, low_t), np.minimum(t1, high_t)
    pieces, previous = [], None
    for i in np.flatnonzero(t1 > t0):
        first, last = start[i] + t0[i] * step[i], start[i] + t1[i] * step[i]
        if previous == i - 1 and t1[i - 1] == 1.0 and t0[i] == 0.0:
            pieces[-1].append(last)
        else:
            pieces.append([first, last])
        previous = i
    return [np.array(piece) for piece in pieces]


def _path_points(line, hole, from_m, to_m, dip_negative_down):
    """(n, 4) depth, distance, elevation, offset along ``hole`` from ``from_m`` to ``to_m`` (m along the hole),
    every :data:`TRACE_STEP_M` and at each survey station between."""
    stations = hole.surveys[:, 0]
    depths = np.union1d(np.arange(from_m, to_m, TRACE_STEP_M), stations[(stations > from_m) & (stations < to_m)])
    depths = np.union1d(depths, [from_m, to_m])
    xyz = drillholes.desurvey(hole.collar, *hole.surveys.T, depths, dip_negative_down)
    return np.column_stack([depths, line.project(xyz)])


def hole_paths(line, hole, kind="drilled", dip_negative_down=True):
    """The parts of ``hole`` (a :class:`.drillholes.Hole`) within the window, as :class:`SectionPath` s."""
    points = _path_points(line, hole, 0.0, hole.length, dip_negative_down)
    return [SectionPath(hole.hole_id, kind, piece, hole.length)
            for piece in clip_to_window(points, line.length_m, line.window_m)]


def interval_paths(line, hole, intervals, kind, label=None, dip_negative_down=True):
    """The parts of a hole's ``intervals`` ((m, 3) from, to (m along the hole) and value) within the window, as
    :class:`SectionPath` s; ``label(value, length_m)`` gives each interval's text (None: no label). An interval
    wholly outside the window is left out; one partly outside is cut at its edge."""
    paths = []
    for start, end, value in np.asarray(intervals, dtype=float).reshape(-1, 3):
        text = label(value, end - start) if label else ""
        for piece in clip_to_window(_path_points(line, hole, start, end, dip_negative_down), line.length_m,
                                    line.window_m):
            paths.append(SectionPath(hole.hole_id, kind, piece, float(end - start), float(value), text))
    return paths


def read_logged_values(rows, holes, table="alteration"):
    """{hole id: (m, 3) from, to (m along the hole), value} of an interval ``table`` such as logged alteration
    intensity, and the :class:`.drillholes.Problem` s of the rows skipped (as :func:`.drillholes.read_tables`
    reports them): hole ids not among ``holes``, from, to or value not numbers, from negative or not above to.
    ``rows``: (hole id, from, to, value). Values of 0 or less (nothing logged) are left out without a problem."""
    known = {hole.hole_id: hole for hole in holes}
    problems, logged = [], {}
    for _, hole_id, row, skip in drillholes.rows_of_known_holes(table, rows, known, problems):
        start, end, value = (drillholes.parse_number(v) for v in row[1:4])
        if start is None or end is None or value is None:
            skip(f"from {row[1]}, to {row[2]} or value {row[3]} not a number")
        elif start < 0 or end <= start:
            skip(f"interval {start:g}-{end:g} m is negative, inverted or empty (to must be deeper than from)")
        elif value > 0:
            logged.setdefault(hole_id, []).append((start, end, value))
    return {hole_id: np.array(sorted(values)) for hole_id, values in logged.items()}, problems


def planned_holes(rows, ground_m, dip_negative_down=True, tolerance_m=10.0):
    """Straight planned holes as :class:`.drillholes.Hole` s, and notes. ``rows``: (hole id, x, y, z, azimuth, dip,
    length m) as ``plandrillprogram`` writes its collars. A planned hole is drilled downward whatever the sign of its
    dip; its survey is written in the ``dip_negative_down`` convention of the drilled holes. A collar without an
    elevation (z None or NaN) is put at ``ground_m``, and so is every collar when all are at z = 0 while the ground
    is more than ``tolerance_m`` from 0 (``plandrillprogram`` writes z = 0 without a DEM), with a note saying so.
    Rows whose position, azimuth, dip or length are not numbers, or whose length is not positive, are refused,
    naming the hole."""
    holes, notes = [], []
    rows = list(rows)
    downward = -1.0 if dip_negative_down else 1.0
    elevations = [row[3] for row in rows]
    at_zero = rows and all(z is not None and z == 0 for z in elevations) and abs(ground_m) > tolerance_m
    if at_zero:
        notes.append(f"Every planned collar is at z = 0 while the drilled collars average {ground_m:.0f} m "
                     "(plandrillprogram writes z = 0 without a DEM): they are drawn at the ground. Give "
                     "plandrillprogram a DEM to place them exactly.")
    for hole_id, x, y, z, azimuth, dip, length in rows:
        values = (x, y, azimuth, dip, length)
        if any(v is None or not math.isfinite(v) for v in values) or not length > 0 or not 0 < abs(dip) <= 90:
            raise ValueError(f"Planned hole {hole_id}: x {x}, y {y}, azimuth {azimuth}, dip {dip}, length {length} "
                             "are not a position, an azimuth, a dip (0 to 90 degrees down) and a positive length in "
                             "metres. Give the COLLARS layer of plandrillprogram, or fix that row.")
        if at_zero or z is None or not math.isfinite(z):
            z = ground_m
        holes.append(drillholes.Hole(str(hole_id), (float(x), float(y), float(z)), float(length),
                                     np.array([[0.0, float(azimuth), downward * abs(float(dip))]]),
                                     np.zeros((0, 3))))
    return holes, notes


def _nearest_hole_message(line, holes, dip_negative_down):
    """Why no hole is drawn: the hole that passes nearest the section, and how wide the window must be for it."""
    where = (f"the section from {line.start[0]:.0f} E {line.start[1]:.0f} N, azimuth {line.azimuth:.0f}, "
             f"{line.length_m:.0f} m long")
    nearest = None
    for hole in holes:
        projected = _path_points(line, hole, 0.0, hole.length, dip_negative_down)
        between = (projected[:, 1] >= 0) & (projected[:, 1] <= line.length_m)
        if between.any():
            distance = float(np.abs(projected[between, 3]).min())
            if nearest is None or distance < nearest[1]:
                nearest = (hole.hole_id, distance)
    if nearest is None:
        return (f"No hole lies between the ends of {where}. Check that the line is drawn over the holes, in the "
                "collars' coordinates.")
    return (f"No hole comes within the {line.window_m:g} m window of {where}. The nearest, {nearest[0]}, passes "
            f"{nearest[1]:.0f} m from it: widen WINDOW to at least {math.ceil(nearest[1] + 1):.0f} m, or move the "
            "section over the holes.")


# ----------------------------------------------------------------------------------------------------------------
# The zone on the section


def zone_with_attitude(pierced, strike, dip):
    """A :class:`.zonegeometry.ZoneFit` of a given ``strike`` (right-hand rule) and ``dip`` (degrees) through the
    centroid of the :class:`.zonegeometry.PiercePoint` s ``pierced``, its thickness measured across that plane; no
    intervals and no sections."""
    if not (math.isfinite(strike) and math.isfinite(dip) and 0 <= dip <= 90):
        raise ValueError(f"The zone's strike {strike:g} and dip {dip:g} must be degrees, the dip 0 to 90 (the strike "
                         "by the right-hand rule: the zone dips to the right looking along it).")
    if not pierced:
        raise ValueError("No hole has an interval, so the zone's plane has no point to pass through. Give the "
                         "zone's intervals (the INTERCEPTS layer of compiledrillholes, or a selection).")
    dip_direction = (strike + 90.0) % 360.0
    normal = np.append(_unit(dip_direction) * math.sin(math.radians(dip)), math.cos(math.radians(dip)))
    points = np.array([p.position for p in pierced])
    nan = (math.nan, math.nan)
    return zonegeometry.ZoneFit(tuple(pierced), points.mean(axis=0), normal, strike % 360.0, float(dip),
                                dip_direction, nan, nan, nan, 0, (),
                                np.array([abs((p.bottom - p.top) @ normal) for p in pierced]),
                                float(np.mean([p.collar[2] for p in pierced])))


def zone_from_pierce_points(rows, holes, dip_negative_down=True):
    """The :class:`.zonegeometry.ZoneFit` of ``zonegeometry`` refitted to its pierce points (no bootstrap): ``rows``
    (hole id, x, y, z, from m, to m, section number) as its PIERCE_POINTS output holds them; ``holes`` give each
    hole's collar and path. The section numbers give the number of sections along strike."""
    rows = list(rows)
    if not rows:
        raise ValueError("The pierce points layer has no points. Give the PIERCE_POINTS output of zonegeometry, or "
                         "the zone's strike and dip.")
    by_id = {hole.hole_id: hole for hole in holes}
    pierced, sections = [], 1
    for hole_id, x, y, z, start, end, section in rows:
        hole_id = str(hole_id).strip()
        numbers = (x, y, z, start, end)
        if hole_id not in by_id:
            raise ValueError(f"The pierce point of hole {hole_id} names a hole that is not in the collar table. Give "
                             "the collars (and surveys) zonegeometry was run on.")
        if any(v is None or not math.isfinite(v) for v in numbers):
            raise ValueError(f"The pierce point of hole {hole_id} has x, y, z, from_m or to_m that is not a number. "
                             "Give the PIERCE_POINTS layer of zonegeometry as it wrote it.")
        hole = by_id[hole_id]
        top, bottom = drillholes.desurvey(hole.collar, *hole.surveys.T, [start, end], dip_negative_down)
        pierced.append(zonegeometry.PiercePoint(hole_id, np.array([x, y, z], dtype=float), top, bottom,
                                                float(start), float(end), tuple(float(v) for v in hole.collar)))
        if isinstance(section, (int, float)) and math.isfinite(section):
            sections = max(sections, int(section))
    return zonegeometry.fit_zone(pierced, (), n_sections=sections, n_bootstrap=0)


@dataclass(frozen=True)
class ZoneCrossing:
    """The zone on the section: its mid-surface is the line a * distance + b * elevation = c (m), its edges the lines
    with c +- ``half_thickness_m``; ``dip`` and ``dip_direction`` (degrees) are the zone's where it crosses the
    section, ``apparent_dip`` its dip in the section's plane (degrees, positive down towards the section's end)."""

    a: float
    b: float
    c: float
    half_thickness_m: float
    dip: float
    dip_direction: float
    apparent_dip: float

    def segment(self, frame, edge=0):
        """The mid-surface (``edge`` 0) or an edge (-1: below, 1: above when the zone is not overturned) within
        ``frame`` (distance from, to, elevation from, to; m) as a (2, 2) array of (distance, elevation), upper end
        first; None where it does not cross the frame."""
        return _line_in_frame(self.a, self.b, self.c + edge * self.half_thickness_m, frame)

    def band(self, frame):
        """The zone between its edges within ``frame`` as a closed ring (k, 2) of (distance, elevation), or None
        where it does not cross the frame or has no thickness."""
        x0, x1, y0, y1 = frame
        ring = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=float)
        for sign in (1.0, -1.0):  # keep a s + b z <= c + h, then -(a s + b z) <= -(c - h)
            ring = _clip_ring(ring, sign * self.a, sign * self.b, sign * self.c + self.half_thickness_m)
        if len(ring) < 3 or self.half_thickness_m <= 0:
            return None
        return np.vstack([ring, ring[:1]])


def _clip_ring(ring, a, b, c):
    """The part of a convex ring (k, 2), not closed, where a x + b y <= c (Sutherland-Hodgman)."""
    kept = []
    values = ring @ np.array([a, b]) - c
    for i in range(len(ring)):
        j = (i + 1) % len(ring)
        if values[i] <= 0:
            kept.append(ring[i])
        if (values[i] < 0 < values[j]) or (values[j] < 0 < values[i]):
            kept.append(ring[i] + values[i] / (values[i] - values[j]) * (ring[j] - ring[i]))
    return np.array(kept).reshape(-1, 2)


def _line_in_frame(a, b, c, frame):
    """The part of the line a x + b y = c inside the rectangle ``frame`` (x0, x1, y0, y1): (2, 2), higher y first."""
    norm = math.hypot(a, b)
    if norm < 1e-12:
        return None
    origin = np.array([a, b]) * c / norm ** 2
    direction = np.array([b, -a]) / norm
    t0, t1 = -np.inf, np.inf
    for k, (low, high) in enumerate((frame[:2], frame[2:])):
        if abs(direction[k]) < 1e-12:
            if not low <= origin[k] <= high:
                return None
            continue
        ends = sorted(((low - origin[k]) / direction[k], (high - origin[k]) / direction[k]))
        t0, t1 = max(t0, ends[0]), min(t1, ends[1])
    if t1 <= t0:
        return None
    segment = np.array([origin + t0 * direction, origin + t1 * direction])
    return segment if segment[0, 1] >= segment[1, 1] else segment[::-1]


def _plane_on_section(fit, line, dip, offset):
    """(a, b, c) of the line a * distance + b * elevation = c where the surface of ``dip`` (radians, towards the
    fit's dip direction) and ``offset`` (m, as in :meth:`.zonegeometry.ZoneFit.profile`) meets the section."""
    towards = _unit(fit.dip_direction)
    normal = np.append(towards * math.sin(dip), math.cos(dip))
    a = math.sin(dip) * float(line.direction @ towards)
    c = offset + float(normal @ fit.centroid) - math.sin(dip) * float(line.start @ towards)
    return a, math.cos(dip), c


def zone_crossing(fit, line):
    """The :class:`ZoneCrossing` of a :class:`.zonegeometry.ZoneFit`'s mid-surface with the section plane, or None
    when the zone is vertical and parallel to the section (they do not cross).

    Where the dip changes along strike the zone is taken as the plane of its dip and position
    (:meth:`.zonegeometry.ZoneFit.profile`) at the along-strike position where the section crosses it at the pierce
    points' mean elevation (found by :data:`ZONE_ITERATIONS` refinements from the fitted plane). A plane of dip d
    towards azimuth D, of upward unit normal n = (sin d sin D, sin d cos D, cos d), meets the section as
    a * distance + b * elevation = c with a = sin d cos(D - azimuth), b = cos d: its apparent dip is
    atan(tan d cos(D - azimuth)).
    """
    dip, offset = math.radians(fit.dip), 0.0  # the fitted plane, to start from
    for _ in range(ZONE_ITERATIONS):
        a, b, c = _plane_on_section(fit, line, dip, offset)
        crossing = (c - b * fit.centroid[2]) / a if abs(a) > 1e-9 else line.length_m / 2
        along, _ = fit.local(line.to_map(crossing))
        dip, offset = (float(v) for v in fit.profile(along))
    a, b, c = _plane_on_section(fit, line, dip, offset)
    if math.hypot(a, b) < 1e-9:
        return None
    if b < 0:  # an overturned zone: the same line, written with b >= 0
        a, b, c = -a, -b, -c
    return ZoneCrossing(a, b, c, fit.true_thickness_m / 2, math.degrees(dip), fit.dip_direction,
                        math.degrees(math.atan2(a, b)))


# ----------------------------------------------------------------------------------------------------------------
# The whole section


@dataclass(frozen=True)
class DrillSection:
    """Everything drawn on a section: the ``line``; ``holes`` (drilled and planned :class:`SectionPath` s) and
    ``intervals`` (intervals and alteration); the ``ground_m`` (mean collar elevation of the drilled holes drawn);
    ``levels`` as (depth below the ground m, elevation m); the ``zone`` (:class:`ZoneCrossing` or None) and the
    ``frame`` (distance from, to, elevation from, to; m) that holds them."""

    line: SectionLine
    holes: tuple
    intervals: tuple
    ground_m: float
    levels: tuple
    zone: object
    frame: tuple

    @property
    def hole_ids(self):
        """The drilled holes drawn, in the order given."""
        return tuple(dict.fromkeys(p.hole_id for p in self.holes if p.kind == "drilled"))

    def ground_profile(self):
        """(k, 2) distance and elevation of the ground: through the collars drawn (the drilled holes' paths that
        start at depth 0, or the planned ones' on a section without drilled holes), in distance order, flat to the
        frame's ends; flat at ``ground_m`` without any."""
        kind = "drilled" if any(p.kind == "drilled" for p in self.holes) else "planned"  # an undrilled zone
        collars = sorted({tuple(p.points[0, 1:3]) for p in self.holes if p.kind == kind and p.from_m == 0.0})
        collars = np.array(collars).reshape(-1, 2) if collars else np.array([[self.frame[0], self.ground_m]])
        ends = np.array([[self.frame[0], collars[0, 1]], [self.frame[1], collars[-1, 1]]])
        return np.vstack([ends[:1], collars, ends[1:]])


def _frame(line, paths, elevations):
    """(0, length, lowest, highest) around the paths' and the levels' ``elevations``, padded."""
    values = np.concatenate([p.points[:, 2] for p in paths] + [np.asarray(elevations, dtype=float)])
    low, high = float(values.min()), float(values.max())
    pad = max(MIN_PAD_M, PAD_SHARE * (high - low))
    return (0.0, line.length_m, low - pad, high + pad)


def build_section(line, holes, levels=(), alteration=None, planned=(), zone=None, label=None,
                  dip_negative_down=True):
    """Project drill holes onto a section.

    ``holes``: :class:`.drillholes.Hole` s, their ``assays`` the intervals to draw (from, to m along the hole,
    value), each labelled ``label(value, length_m)`` (None: unlabelled); ``levels``: depths (m below the ground,
    the mean collar elevation of the drilled holes drawn, or of the planned ones on a section of an undrilled zone);
    ``alteration``: {hole id: (m, 3) from, to, value}; ``planned``: straight planned :class:`.drillholes.Hole` s
    (see :func:`planned_holes`), in the same dip convention; ``zone``: a :class:`.zonegeometry.ZoneFit` or None.
    Returns a :class:`DrillSection`. Refuses (ValueError) a section no drilled or planned hole comes near, naming the
    nearest hole and the window it would need.
    """
    drilled = [path for hole in holes for path in hole_paths(line, hole, "drilled", dip_negative_down)]
    planned_paths = [path for hole in planned for path in hole_paths(line, hole, "planned", dip_negative_down)]
    if not drilled and not planned_paths:
        raise ValueError(_nearest_hole_message(line, list(holes) + list(planned), dip_negative_down))
    drawn = {p.hole_id for p in drilled} or {p.hole_id for p in planned_paths}
    intervals = [path for hole in holes if hole.hole_id in drawn
                 for path in interval_paths(line, hole, hole.assays, "interval", label, dip_negative_down)]
    for hole in holes if alteration else ():
        if hole.hole_id in drawn and hole.hole_id in alteration:
            intervals += interval_paths(line, hole, alteration[hole.hole_id], "alteration", None, dip_negative_down)
    ground = float(np.mean([hole.collar[2] for hole in list(holes) + list(planned) if hole.hole_id in drawn]))
    level_rows = tuple((float(depth), ground - float(depth)) for depth in levels)
    frame = _frame(line, drilled + planned_paths, [elevation for _, elevation in level_rows])
    crossing = zone_crossing(zone, line) if zone is not None else None
    return DrillSection(line, tuple(drilled + planned_paths), tuple(intervals), ground, level_rows, crossing, frame)
