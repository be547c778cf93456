"""Drill-programme planning: straight holes drilled across strike to cross ranked targets at a chosen depth.

Conventions (as :mod:`.drillholes`): azimuth in degrees clockwise from north; dip in degrees from horizontal,
negative downward (-55 is a hole drilled down at 55 deg); positions (easting, northing, elevation) in metres.

Each hole is aimed at a pierce point: ``target_depth_m`` vertically below the ground, in the middle of the target's
width at a station along its strike. The collar lies up-dip from it, back along the hole: a hole of dip ``d``
reaching a vertical drop ``h`` is collared ``h / tan|d|`` metres away horizontally and is ``h / sin|d|`` metres
long to the pierce point, plus :data:`TAIL_M` past it so the whole zone and its footwall contact are cut. Holes
are drilled perpendicular to strike, from whichever side puts the collar on reachable ground off the barriers
(lakes, wetlands), with the lower travel time. Targets are plan outlines of sub-vertical zones; the pierce point
is inside the outline at the requested depth.
"""
from dataclasses import dataclass, field, replace

import numpy as np

from ..evidence.drillholes import desurvey
from ..features import points_in_polygon
from ..structure.corridors import trend_azimuth

TAIL_M = 30.0
"""Metres drilled past the pierce point, so the hole cuts the zone's far side and the wall rock beyond."""

SHIFT_STEP_M = 25.0
"""Step (m) along strike by which a hole is moved when its collar lands on a barrier or unreachable ground."""

MAX_SHIFT_M = 200.0
"""Farthest a hole is moved along strike (m), both ways, looking for a usable collar (never outside the target)."""

MIN_SPACING_M = 25.0
"""Least distance (m) along strike between the pierce points of two holes in one target: closer holes test the
same rock. A target shorter than this along strike takes one hole."""


@dataclass(frozen=True)
class PlannedHole:
    """One planned hole: ``collar`` and ``pierce`` (x, y, z), ``azimuth`` and ``dip`` (deg, negative down),
    ``length_m``, the ``target_rank`` it tests, ``travel_time_h`` to its collar (NaN without a travel-time raster)
    and its ``trace`` ((k, 3): collar, pierce point, end of hole)."""

    hole_id: str
    collar: np.ndarray
    azimuth: float
    dip: float
    length_m: float
    target_rank: int
    travel_time_h: float
    pierce: np.ndarray
    trace: np.ndarray


@dataclass
class DrillPlan:
    holes: list
    notes: list = field(default_factory=list)

    @property
    def total_metres(self):
        return float(sum(hole.length_m for hole in self.holes))

    def per_target(self):
        """(rank, holes, metres) for every target drilled, by rank."""
        ranks = sorted({hole.target_rank for hole in self.holes})
        return [(rank, sum(h.target_rank == rank for h in self.holes),
                 float(sum(h.length_m for h in self.holes if h.target_rank == rank))) for rank in ranks]


def strike_from_lines(lines):
    """Length-weighted mean strike (axial, degrees from north, [0, 180)) of lineament or corridor lines."""
    lines = [np.asarray(line, dtype=float)[:, :2] for line in lines if len(line) >= 2]
    if not lines or sum(np.hypot(*np.diff(line, axis=0).T).sum() for line in lines) == 0:
        raise ValueError("The strike layer has no lines of non-zero length: give a lineament or corridor line "
                         "layer, or type the strike azimuth instead.")
    return trend_azimuth(lines)


def hole_length(drop_m, dip_deg, tail_m=TAIL_M):
    """Length (m) of a straight hole of ``dip_deg`` reaching ``drop_m`` vertical metres, plus ``tail_m``."""
    return drop_m / np.sin(np.radians(abs(dip_deg))) + tail_m


def allocate_holes(count, n_targets, capacity=None):
    """Holes per target (ranked best first): shares proportional to 1 / rank by largest remainder, with at least
    one hole for each of the top two targets when ``count`` allows; no target above its ``capacity`` (holes, one
    per target if None), the excess going to the best-ranked targets with room, or left out where none has."""
    holes = _shares(count, n_targets)
    if capacity is not None:
        capacity = np.asarray(capacity, dtype=int)
        excess = int(np.maximum(holes - capacity, 0).sum())
        holes = np.minimum(holes, capacity)
        for index in range(n_targets):
            extra = min(excess, capacity[index] - holes[index])
            holes[index] += extra
            excess -= extra
    return holes


def _shares(count, n_targets):
    """Holes per target proportional to 1 / rank (see :func:`allocate_holes`)."""
    weights = 1.0 / np.arange(1, n_targets + 1)
    quota = count * weights / weights.sum()
    holes = np.floor(quota).astype(int)
    for index in np.argsort(-(quota - holes), kind="stable")[:count - holes.sum()]:
        holes[index] += 1
    for second in range(1, min(2, n_targets, count)):
        if holes[second] == 0:  # take one from the best-served target
            holes[int(np.argmax(holes))] -= 1
            holes[second] = 1
    return holes


def _unit(azimuth):
    angle = np.radians(azimuth)
    return np.array([np.sin(angle), np.cos(angle)])


def _centroid(ring):
    """Area centroid of a ring ((n, 2), open or closed)."""
    closed = np.vstack([ring, ring[:1]]) if not np.array_equal(ring[0], ring[-1]) else ring
    x, y = closed[:, 0], closed[:, 1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    area = cross.sum() / 2
    if abs(area) < 1e-9:
        return ring.mean(axis=0)
    return np.array([((x[:-1] + x[1:]) * cross).sum(), ((y[:-1] + y[1:]) * cross).sum()]) / (6 * area)


def _chord_middle(ring, point, across):
    """Middle of the ring's chord through ``point`` along the unit vector ``across``; None if it misses."""
    closed = np.vstack([ring, ring[:1]])
    a, b = closed[:-1], closed[1:]
    edge = b - a
    denominator = across[0] * edge[:, 1] - across[1] * edge[:, 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = ((a[:, 0] - point[0]) * edge[:, 1] - (a[:, 1] - point[1]) * edge[:, 0]) / denominator
        u = ((a[:, 0] - point[0]) * across[1] - (a[:, 1] - point[1]) * across[0]) / denominator
    hits = t[np.isfinite(t) & (u >= 0) & (u <= 1)]
    if hits.size < 2:
        return None
    return point + across * (hits.min() + hits.max()) / 2


def strike_length(ring, strike_deg):
    """Length (m) of a target ring ((n, 2), m) along the strike azimuth ``strike_deg`` (degrees from north)."""
    extent = (np.asarray(ring, dtype=float)[:, :2]) @ _unit(strike_deg)
    return float(extent.max() - extent.min())


def pierce_stations(ring, strike_deg, count, shift_m=0.0):
    """Plan positions (count, 2) of ``count`` pierce points spread evenly along strike through the target ring,
    each in the middle of the target's width there, moved ``shift_m`` along strike; None for a station outside."""
    ring = np.asarray(ring, dtype=float)[:, :2]
    along, across = _unit(strike_deg), _unit(strike_deg + 90)
    centre = _centroid(ring)
    extent = (ring - centre) @ along
    low, high = extent.min(), extent.max()
    stations = []
    for k in range(count):
        s = low + (k + 0.5) * (high - low) / count + shift_m
        middle = _chord_middle(ring, centre + s * along, across) if low < s < high else None
        stations.append(middle if middle is not None and points_in_polygon(middle, ring)[0] else None)
    return stations


class _Ground:
    """What the planner knows of the surface: barriers, travel time and elevation (rasters on one grid)."""

    def __init__(self, barriers, travel_time, dem, grid):
        self.barriers = [np.asarray(ring, dtype=float)[:, :2] for ring in barriers]
        self.travel_time, self.dem, self.grid = travel_time, dem, grid
        if (travel_time is not None or dem is not None) and grid is None:
            raise ValueError("A travel-time or elevation raster needs its grid (GridSpec).")
        for raster in (travel_time, dem):
            if raster is not None and np.shape(raster) != grid.shape:
                raise ValueError("The travel-time and elevation rasters must be on the same grid: resample one.")

    def _sample(self, raster, xy):
        row, col = self.grid.index_of(xy[0], xy[1])
        if 0 <= row < self.grid.rows and 0 <= col < self.grid.cols:
            return float(raster[row, col])
        return np.nan

    def elevation(self, xy):
        """Ground elevation (m) at ``xy``; 0 without a DEM (depths are then below the collar)."""
        z = np.nan if self.dem is None else self._sample(self.dem, xy)
        return 0.0 if np.isnan(z) else z

    def hours(self, xy):
        return np.nan if self.travel_time is None else self._sample(self.travel_time, xy)

    def usable(self, xy):
        """Whether a collar at ``xy`` is off every barrier and, with a travel-time raster, reachable."""
        if any(points_in_polygon(xy, ring)[0] for ring in self.barriers):
            return False
        return self.travel_time is None or np.isfinite(self.hours(xy))


def _aim(ground, pierce_xy, azimuth, depth_m, dip_deg):
    """Collar (x, y, z), pierce point (x, y, z) and drop (m) of a hole of ``azimuth``/``dip_deg`` reaching
    ``depth_m`` below the ground at ``pierce_xy`` (iterated on the DEM: the collar's height sets its offset)."""
    pierce_z = ground.elevation(pierce_xy) - depth_m
    direction = _unit(azimuth)
    drop = depth_m
    for _ in range(6):
        collar_xy = pierce_xy - direction * drop / np.tan(np.radians(abs(dip_deg)))
        drop = max(ground.elevation(collar_xy) - pierce_z, 1.0)
    collar_xy = pierce_xy - direction * drop / np.tan(np.radians(abs(dip_deg)))
    return np.r_[collar_xy, pierce_z + drop], np.r_[pierce_xy, pierce_z], drop


def _check(targets, target_depth_m, dip_deg, total_metres, min_holes, max_holes):
    if not targets:
        raise ValueError("No targets were given: give the target polygons, ranked (rank 1 = drill first).")
    if not target_depth_m > 0:
        raise ValueError(f"The target depth must be a positive vertical depth in metres, got {target_depth_m}.")
    if not -90 <= dip_deg < 0:
        raise ValueError(f"The dip must be negative downward, between -90 (vertical) and 0, got {dip_deg}: for a "
                         f"hole drilled down at 55 degrees type -55.")
    if min_holes < 1 or max_holes < min_holes:
        raise ValueError(f"The hole counts must satisfy 1 <= minimum <= maximum, got {min_holes} and {max_holes}.")
    if not total_metres > 0:
        raise ValueError(f"The metre budget must be positive, got {total_metres}.")


def plan_drill_program(targets, strike_deg, target_depth_m=200.0, dip_deg=-55.0, total_metres=1500.0,
                       min_holes=4, max_holes=6, barriers=(), travel_time=None, dem=None, grid=None,
                       tail_m=TAIL_M, hole_prefix="PLAN"):
    """A :class:`DrillPlan` for ``targets``: a list of (rank, ring (n, 2) m), rank 1 best.

    As many holes as the budget allows between ``min_holes`` and ``max_holes`` (each :func:`hole_length` of the
    target depth), shared over the targets by :func:`allocate_holes`, spread along each target's strike
    (:func:`pierce_stations`), drilled perpendicular to ``strike_deg``. A hole whose collar lands on a barrier or
    unreachable ground (NaN ``travel_time``) is drilled from the other side, or moved along strike by
    :data:`SHIFT_STEP_M` steps up to :data:`MAX_SHIFT_M`; a hole that finds no usable collar is dropped (noted).
    ``travel_time`` and ``dem`` are rasters on ``grid``.
    """
    _check(targets, target_depth_m, dip_deg, total_metres, min_holes, max_holes)
    ground = _Ground(barriers, travel_time, dem, grid)
    nominal = hole_length(target_depth_m, dip_deg, tail_m)
    count = min(max_holes, int(np.floor(total_metres / nominal + 1e-9)))
    if count < min_holes:
        raise ValueError(f"A budget of {total_metres:.0f} m does not cover {min_holes} holes of {nominal:.0f} m each "
                         f"({target_depth_m:.0f} m vertical at {dip_deg:g} deg plus a {tail_m:.0f} m tail): at least "
                         f"{min_holes * nominal:.0f} m are needed. Raise the budget, lower the minimum number of "
                         f"holes, or aim shallower.")
    ranked = sorted(targets, key=lambda target: target[0])
    lengths = [strike_length(ring, strike_deg) for _, ring in ranked]
    capacity = [max(1, int(length // MIN_SPACING_M)) for length in lengths]
    if sum(capacity) < min_holes:
        raise ValueError(f"The targets hold at most {sum(capacity)} hole(s) at least {MIN_SPACING_M:.0f} m apart along "
                         f"strike ({strike_deg:.0f} deg); their lengths along strike are "
                         f"{', '.join(f'{length:.0f} m' for length in lengths)}. Give larger or more targets, or "
                         f"lower the minimum number of holes to {sum(capacity)}.")
    count = min(count, sum(capacity))
    sides = ((strike_deg + 90) % 360, (strike_deg + 270) % 360)
    shifts = [0.0] + [s * sign for s in np.arange(SHIFT_STEP_M, MAX_SHIFT_M + 1e-9, SHIFT_STEP_M) for sign in (1, -1)]
    plan = DrillPlan([], [f"Target rank {rank} is {length:.0f} m long along strike, under the {MIN_SPACING_M:.0f} m "
                      "between holes: it takes one hole at most." for (rank, _), length in zip(ranked, lengths)
                      if length < MIN_SPACING_M])
    for (rank, ring), share in zip(ranked, allocate_holes(count, len(ranked), capacity)):
        if share == 0:
            continue
        preferred = _preferred_side(ground, ring, strike_deg, share, sides, target_depth_m, dip_deg)
        for station in range(share):
            hole = _place(ground, ring, strike_deg, share, station, (preferred, sides[1 - sides.index(preferred)]),
                          shifts, target_depth_m, dip_deg, tail_m, rank)
            if hole is None:
                plan.notes.append(f"Target rank {rank}: no collar off the barriers on reachable ground within "
                                  f"{MAX_SHIFT_M:.0f} m of station {station + 1}; that hole was dropped.")
            else:
                plan.holes.append(hole)
    while plan.total_metres > total_metres + 1e-6 and len(plan.holes) > min_holes:
        dropped = plan.holes.pop(_last_of_lowest_rank(plan.holes))
        plan.notes.append(f"Hole at target rank {dropped.target_rank} dropped to keep within {total_metres:.0f} m.")
    if len(plan.holes) < min_holes or plan.total_metres > total_metres + 1e-6:
        raise ValueError(f"Only {len(plan.holes)} holes ({plan.total_metres:.0f} m) could be placed within the "
                         f"budget, fewer than the minimum of {min_holes}: " + " ".join(plan.notes or [
                             "the holes are longer than planned where the ground stands high above the targets."]) +
                         " Check the barriers and the travel-time raster cover the targets, or lower the minimum.")
    plan.holes = [replace(hole, hole_id=f"{hole_prefix}-{number:02d}") for number, hole in enumerate(plan.holes, 1)]
    return plan


def _last_of_lowest_rank(holes):
    worst = max(hole.target_rank for hole in holes)
    return max(i for i, hole in enumerate(holes) if hole.target_rank == worst)


def _preferred_side(ground, ring, strike_deg, share, sides, depth_m, dip_deg):
    """The drilling azimuth (of the two across strike) with more usable unmoved collars, then lower travel time."""
    scores = []
    for azimuth in sides:
        collars = [_aim(ground, xy, azimuth, depth_m, dip_deg)[0][:2]
                   for xy in pierce_stations(ring, strike_deg, share) if xy is not None]
        usable = [xy for xy in collars if ground.usable(xy)]
        hours = [ground.hours(xy) for xy in usable]
        scores.append((-len(usable), float(np.nansum(hours))))
    return min(sides, key=lambda azimuth: scores[sides.index(azimuth)])


def _place(ground, ring, strike_deg, share, station, azimuths, shifts, depth_m, dip_deg, tail_m, rank):
    """The first usable hole for one station: unmoved from either side, then moved along strike."""
    for shift in shifts:
        xy = pierce_stations(ring, strike_deg, share, shift)[station]
        if xy is None:
            continue
        for azimuth in azimuths:
            collar, pierce, drop = _aim(ground, xy, azimuth, depth_m, dip_deg)
            if not ground.usable(collar[:2]):
                continue
            to_pierce = drop / np.sin(np.radians(abs(dip_deg)))
            length = to_pierce + tail_m
            trace = desurvey(tuple(collar), [0.0], [azimuth], [dip_deg], [0.0, to_pierce, length])
            return PlannedHole("", collar, float(azimuth), float(dip_deg), float(length), int(rank),
                               ground.hours(collar[:2]), pierce, trace)
    return None
