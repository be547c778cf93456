"""Drill-programme planning: straight holes drilled to cross ranked targets, or a fitted zone, at a chosen depth.

Conventions (as :mod:`.drillholes`): azimuth in degrees clockwise from north; dip in degrees from horizontal,
negative downward (-55 is a hole drilled down at 55 deg); positions (easting, northing, elevation) in metres; depths
are vertical metres below the ground, positive down.

Each hole is aimed at a pierce point ``target_depth_m`` vertically below the ground. A target is a plan outline;
without a zone surface it is taken as a sub-vertical zone, a prism under the outline: the pierce point is in the
middle of the target's width at a station along its strike, and holes are drilled perpendicular to strike from
whichever side puts the collar on reachable ground off the barriers (lakes, wetlands), with the lower travel time.
With a :class:`ZoneSurface` (the zone's mid-surface elevation, as ``lodestone:zonegeometry`` maps it), a target over
the surface's footprint is drilled at the zone instead: its pierce points lie on the surface at ``target_depth_m``
below the ground, at stations along the zone's strike within the target's (and the surface's) strike extent, and
each hole is drilled against the zone's local dip (azimuth = local dip direction + 180, the dip direction being that
of the surface's steepest descent), so it crosses the zone from its hanging wall.

The collar lies back up the hole from the pierce point, at the ground: a hole of dip ``d`` reaching a vertical drop
``h`` is collared ``h / tan|d|`` metres away horizontally and is ``h / sin|d|`` metres long to the pierce point, plus
:data:`TAIL_M` past it so the whole zone and its footwall contact are cut.
"""
from dataclasses import dataclass, field, replace

import numpy as np

from ..evidence.drillholes import desurvey
from ..features import points_in_polygon
from ..grid import GridSpec
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

FLAT_DIP_DEG = 1.0
"""A zone surface dipping less than this (degrees) has no dip direction to drill against."""

EXTEND_CELLS = 2
"""Rings of cells by which the zone surface is carried on along its gradient past its edges (see
:func:`extend_surface`)."""

REACH_LINES = 9
"""Cross-sections along a target's strike extent on which the zone surface's reach in depth is checked."""


@dataclass(frozen=True)
class PlannedHole:
    """One planned hole: ``collar`` and ``pierce`` (x, y, z), ``azimuth`` and ``dip`` (deg, negative down),
    ``length_m``, the ``target_rank`` it tests, ``travel_time_h`` to its collar (NaN without a travel-time raster)
    and its ``trace`` ((k, 3): collar, pierce point, end of hole). ``aim`` is "zone" for a hole aimed at the zone
    surface, "target" for one aimed under its target's outline; ``depth_m`` is the pierce point's vertical depth
    below the ground and ``below_tested_m`` how far that is below the deepest tested level (m, positive deeper; NaN
    when the tested depth is not known or does not describe the hole's target)."""

    hole_id: str
    collar: np.ndarray
    azimuth: float
    dip: float
    length_m: float
    target_rank: int
    travel_time_h: float
    pierce: np.ndarray
    trace: np.ndarray
    aim: str = "target"
    depth_m: float = np.nan
    below_tested_m: float = np.nan


@dataclass
class DrillPlan:
    """The planned ``holes``; ``notes`` are warnings (holes dropped or moved, a depth not below the tested one),
    ``info`` says how each target is drilled; ``tested_depth_m`` is the deepest tested level used (NaN if none)."""

    holes: list
    notes: list = field(default_factory=list)
    info: list = field(default_factory=list)
    tested_depth_m: float = np.nan

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


# ----------------------------------------------------------------------------------------------------------------
# The zone surface


def _shifted(values, d_row, d_col):
    """``values`` moved so that cell (r, c) holds the value of cell (r + d_row, c + d_col); NaN off the array."""
    padded = np.pad(values, 1, constant_values=np.nan)
    rows, cols = values.shape
    return padded[1 + d_row:1 + d_row + rows, 1 + d_col:1 + d_col + cols]


def surface_gradient(elevation, grid):
    """The slope of a surface along east and along north (m per m) at each cell of ``grid``: central differences,
    one-sided where a neighbour is NaN, NaN where both are (or the cell is)."""
    elevation = np.asarray(elevation, dtype=float)

    def slope(ahead, behind, step):
        central = (ahead - behind) / (2 * step)
        forward, backward = (ahead - elevation) / step, (elevation - behind) / step
        return np.where(np.isfinite(central), central, np.where(np.isfinite(forward), forward, backward))

    return (slope(_shifted(elevation, 0, 1), _shifted(elevation, 0, -1), grid.cell_x),
            slope(_shifted(elevation, -1, 0), _shifted(elevation, 1, 0), grid.cell_y))  # row - 1 lies north


def extend_surface(elevation, grid, rings=EXTEND_CELLS):
    """The surface on ``grid`` grown by ``rings`` rings of cells (and the grid by as many cells on each side): each
    empty cell next to the surface gets the mean of its valued neighbours' values carried to it along their
    gradients. zonegeometry keeps the cell centres down to its deepest level, which lies up to a cell beyond the
    last of them: grown, the surface reaches it."""
    values = np.asarray(elevation, dtype=float)
    for _ in range(rings):
        grid = GridSpec(grid.west - grid.cell_x, grid.north + grid.cell_y, grid.cell_x, grid.cell_y, grid.rows + 2,
                        grid.cols + 2)
        values = np.pad(values, 1, constant_values=np.nan)
        slope_east, slope_north = surface_gradient(values, grid)
        total, count = np.zeros_like(values), np.zeros_like(values)
        for d_row in (-1, 0, 1):
            for d_col in (-1, 0, 1):
                if d_row == d_col == 0:
                    continue
                carried = (_shifted(values, d_row, d_col) - _shifted(slope_east, d_row, d_col) * d_col * grid.cell_x
                           + _shifted(slope_north, d_row, d_col) * d_row * grid.cell_y)
                known = np.isfinite(carried)
                total += np.where(known, carried, 0.0)
                count += known
        empty = np.isnan(values) & (count > 0)
        values[empty] = total[empty] / count[empty]
    return values, grid


def bilinear(values, grid, xy):
    """``values`` (at the cell centres of ``grid``) interpolated bilinearly at map points ``xy`` (..., 2); NaN where
    any of the four surrounding cell centres is NaN or off the grid."""
    xy = np.asarray(xy, dtype=float)
    col = (xy[..., 0] - grid.west) / grid.cell_x - 0.5
    row = (grid.north - xy[..., 1]) / grid.cell_y - 0.5
    col0, row0 = np.floor(col).astype(int), np.floor(row).astype(int)
    inside = (col0 >= 0) & (col0 + 1 < grid.cols) & (row0 >= 0) & (row0 + 1 < grid.rows)
    c, r = np.clip(col0, 0, max(grid.cols - 2, 0)), np.clip(row0, 0, max(grid.rows - 2, 0))
    c1, r1 = np.minimum(c + 1, grid.cols - 1), np.minimum(r + 1, grid.rows - 1)
    u, v = col - col0, row - row0
    value = ((1 - u) * (1 - v) * values[r, c] + u * (1 - v) * values[r, c1] + (1 - u) * v * values[r1, c]
             + u * v * values[r1, c1])
    return np.where(inside, value, np.nan)


class ZoneSurface:
    """The zone's mid-surface: ``elevation`` (rows, cols) in m on ``grid`` (a :class:`GridSpec`), NaN off the zone,
    as ``lodestone:zonegeometry`` writes its SURFACE. ``ground_m`` is the elevation (m) of the ground the zone's
    depths are measured from where no DEM gives it: zonegeometry's ground, the mean collar elevation of the holes
    that cut the zone. None: the surface's highest value (zonegeometry's surface starts at its ground, so that is
    the ground within one cell's drop, :attr:`top_drop_m`).

    The surface is read between cell centres bilinearly, grown by :data:`EXTEND_CELLS` cells along its gradient at
    its edges (:func:`extend_surface`). Its ``strike``, ``dip_direction`` and ``dip`` (degrees) are those of the
    plane fitted by least squares to its cells; its local dip direction at a point is that of steepest descent.
    """

    def __init__(self, elevation, grid, ground_m=None):
        elevation = np.asarray(elevation, dtype=float)
        if elevation.shape != grid.shape:
            raise ValueError(f"The zone surface is {elevation.shape[1]} x {elevation.shape[0]} cells but its grid "
                             f"{grid.cols} x {grid.rows}.")
        valid = np.isfinite(elevation)
        if not valid.any():
            raise ValueError("The zone surface has no value: every cell is nodata. Give the SURFACE raster of "
                             "zonegeometry run on holes that cut the zone (its LEVELS set the depth it reaches).")
        east, north = grid.mesh()
        cells = np.column_stack([east[valid], north[valid]])
        self.origin = cells.mean(axis=0)
        design = np.column_stack([cells - self.origin, np.ones(len(cells))])
        (slope_east, slope_north, _), _, rank, _ = np.linalg.lstsq(design, elevation[valid], rcond=None)
        if rank < 3:
            raise ValueError(f"The zone surface has {len(cells)} cell(s) with a value, all in one line: too few to "
                             "give the zone's dip direction. Give zonegeometry's SURFACE at a smaller CELL_SIZE.")
        self.dip = float(np.degrees(np.arctan(np.hypot(slope_east, slope_north))))
        if self.dip < FLAT_DIP_DEG:
            raise ValueError(f"The zone surface dips {self.dip:.2f} degrees: within {FLAT_DIP_DEG:g} degree of flat "
                             "it has no dip direction to drill against. Plan without ZONE_SURFACE (holes aimed "
                             "under the targets) and a steep DIP.")
        self.dip_direction = float(np.degrees(np.arctan2(-slope_east, -slope_north)) % 360.0)
        self.strike = (self.dip_direction - 90.0) % 360.0
        self.grid = grid
        self._values, self._grown = extend_surface(elevation, grid)
        self._slopes = surface_gradient(self._values, self._grown)
        slopes = np.hypot(*surface_gradient(elevation, grid))
        self.top_drop_m = float(slopes[np.isfinite(slopes)].max(initial=0.0) * np.hypot(grid.cell_x, grid.cell_y))
        self.ground_m = float(np.nanmax(elevation)) if ground_m is None else float(ground_m)
        along = self.local(cells)[0]
        self.strike_range = (float(along.min()), float(along.max()))
        self._valid = valid

    def local(self, xy):
        """Map points (..., 2) as (along strike, towards the dip direction) in m from the surface's centre."""
        offset = np.asarray(xy, dtype=float) - self.origin
        return offset @ _unit(self.strike), offset @ _unit(self.dip_direction)

    def to_map(self, along_m, across_m):
        """(along strike, towards the dip direction) in m from the surface's centre to map (x, y), (..., 2)."""
        return (self.origin + np.multiply.outer(along_m, _unit(self.strike))
                + np.multiply.outer(across_m, _unit(self.dip_direction)))

    def elevation(self, xy):
        """The surface's elevation (m) at map points (..., 2); NaN off it."""
        return bilinear(self._values, self._grown, xy)

    def local_dip_direction(self, xy):
        """Azimuth (degrees) of steepest descent at map point ``xy``; the fitted dip direction where the surface
        is within :data:`FLAT_DIP_DEG` of flat there."""
        east, north = (bilinear(slope, self._grown, xy) for slope in self._slopes)
        if not np.hypot(east, north) >= np.tan(np.radians(FLAT_DIP_DEG)):
            return self.dip_direction
        return float(np.degrees(np.arctan2(-east, -north)) % 360.0)

    def overlaps(self, ring):
        """Whether a target ring ((n, 2), m) covers a cell centre of the surface, or has a vertex or its centroid
        on a cell with a value."""
        ring = np.asarray(ring, dtype=float)[:, :2]
        east, north = self.grid.mesh()
        cells = np.column_stack([east[self._valid], north[self._valid]])
        cells = cells[np.all((cells >= ring.min(axis=0)) & (cells <= ring.max(axis=0)), axis=1)]
        if points_in_polygon(cells, ring).any():
            return True
        points = np.vstack([ring, _centroid(ring)])
        row, col = self.grid.index_of(points[:, 0], points[:, 1])
        inside = (row >= 0) & (row < self.grid.rows) & (col >= 0) & (col < self.grid.cols)
        return bool(self._valid[row[inside], col[inside]].any())

    def strike_interval(self, ring):
        """(low, high) m along strike shared by the target ring and the surface; None if they do not share any."""
        along = self.local(np.asarray(ring, dtype=float)[:, :2])[0]
        low, high = max(along.min(), self.strike_range[0]), min(along.max(), self.strike_range[1])
        return (float(low), float(high)) if high >= low else None

    def section(self, along_m, depth_m, ground):
        """The zone in the cross-section ``along_m`` m along strike: (pierce point (x, y, z) on the surface
        ``depth_m`` m below ``ground`` (an object with ``elevation(xy)``), or None where it does not reach there;
        the shallowest and the deepest depth (m below the ground) the surface reaches in the section, NaN if it has
        no value there). The first crossing coming down the dip is taken."""
        corners = self.local(self._grown_corners())[1]
        step = min(self.grid.cell_x, self.grid.cell_y) / 4
        across = np.arange(corners.min(), corners.max() + step, step)
        xy = self.to_map(np.full(across.shape, along_m), across)
        ground_z = ground.elevation(xy)
        depth = ground_z - self.elevation(xy)
        known = np.isfinite(depth)
        if not known.any():
            return None, np.nan, np.nan
        miss = depth_m - depth  # positive above the target level
        crossing = np.flatnonzero(known[:-1] & known[1:] & (miss[:-1] >= 0) & (miss[1:] < 0))
        shallowest, deepest = float(depth[known].min()), float(depth[known].max())
        if not crossing.size:
            return None, shallowest, deepest
        k = crossing[0]
        t = across[k] + step * miss[k] / (miss[k] - miss[k + 1])
        point = self.to_map(along_m, t)
        return np.r_[point, self.elevation(point)], shallowest, deepest

    def _grown_corners(self):
        grid = self._grown
        return np.array([[grid.west, grid.north], [grid.east, grid.north], [grid.east, grid.south],
                         [grid.west, grid.south]])


# ----------------------------------------------------------------------------------------------------------------
# Planning


class _Ground:
    """What the planner knows of the surface: barriers, travel time and elevation (rasters on one grid);
    ``datum_m`` is the ground elevation where no DEM gives it."""

    def __init__(self, barriers, travel_time, dem, grid, datum_m=0.0):
        self.barriers = [np.asarray(ring, dtype=float)[:, :2] for ring in barriers]
        self.travel_time, self.dem, self.grid, self.datum_m = travel_time, dem, grid, float(datum_m)
        if (travel_time is not None or dem is not None) and grid is None:
            raise ValueError("A travel-time or elevation raster needs its grid (GridSpec).")
        for raster in (travel_time, dem):
            if raster is not None and np.shape(raster) != grid.shape:
                raise ValueError("The travel-time and elevation rasters must be on the same grid: resample one.")

    def _sample(self, raster, xy):
        """Nearest-cell values of ``raster`` at map points ``xy`` (..., 2): a float for one point; NaN off it."""
        xy = np.asarray(xy, dtype=float)
        row, col = self.grid.index_of(xy[..., 0], xy[..., 1])
        inside = (row >= 0) & (row < self.grid.rows) & (col >= 0) & (col < self.grid.cols)
        values = np.where(inside, raster[np.clip(row, 0, self.grid.rows - 1), np.clip(col, 0, self.grid.cols - 1)],
                          np.nan)
        return float(values) if values.ndim == 0 else values

    def elevation(self, xy):
        """Ground elevation (m) at ``xy`` (..., 2); the datum (0 without a zone surface: depths are then below
        the collar) where there is no DEM or it has no value."""
        if self.dem is None:
            values = np.full(np.shape(xy)[:-1], self.datum_m)
        else:
            values = np.nan_to_num(self._sample(self.dem, xy), nan=self.datum_m)
        return float(values) if np.ndim(values) == 0 else values

    def hours(self, xy):
        return np.nan if self.travel_time is None else self._sample(self.travel_time, xy)

    def usable(self, xy):
        """Whether a collar at ``xy`` is off every barrier and, with a travel-time raster, reachable."""
        if any(points_in_polygon(xy, ring)[0] for ring in self.barriers):
            return False
        return self.travel_time is None or np.isfinite(self.hours(xy))


def _collar(ground, pierce, azimuth, dip_deg):
    """Collar (x, y, z) and drop (m) of a hole of ``azimuth``/``dip_deg`` through ``pierce`` (x, y, z), collared at
    the ground (iterated on the DEM: the collar's height sets its offset)."""
    direction = _unit(azimuth)
    drop = max(ground.elevation(pierce[:2]) - pierce[2], 1.0)
    for _ in range(6):
        collar_xy = pierce[:2] - direction * drop / np.tan(np.radians(abs(dip_deg)))
        drop = max(ground.elevation(collar_xy) - pierce[2], 1.0)
    collar_xy = pierce[:2] - direction * drop / np.tan(np.radians(abs(dip_deg)))
    return np.r_[collar_xy, pierce[2] + drop], drop


class _UnderTarget:
    """A target drilled as a sub-vertical prism under its outline: pierce points in the middle of its width at
    stations along ``strike_deg``, holes drilled across strike from the better side."""

    aim = "target"

    def __init__(self, ring, strike_deg, ground, depth_m, dip_deg):
        self.ring, self.strike, self.ground, self.depth_m, self.dip = ring, strike_deg, ground, depth_m, dip_deg
        self.length = strike_length(ring, strike_deg)
        self.sides = ((strike_deg + 90) % 360, (strike_deg + 270) % 360)

    def pierce(self, count, station, shift_m=0.0):
        xy = pierce_stations(self.ring, self.strike, count, shift_m)[station]
        return None if xy is None else np.r_[xy, self.ground.elevation(xy) - self.depth_m]

    def prepare(self, count):
        """Order the two sides: more usable unmoved collars first, then lower travel time."""
        scores = []
        for azimuth in self.sides:
            collars = [_collar(self.ground, point, azimuth, self.dip)[0][:2]
                       for point in (self.pierce(count, k) for k in range(count)) if point is not None]
            usable = [xy for xy in collars if self.ground.usable(xy)]
            scores.append((-len(usable), float(np.nansum([self.ground.hours(xy) for xy in usable]))))
        self.order = self.sides if scores[0] <= scores[1] else self.sides[::-1]

    def azimuths(self, pierce):
        return self.order


class _AtZone:
    """A target drilled at the zone surface: pierce points on it at the depth, at stations along the zone's
    strike over ``interval`` (m along strike shared by target and surface), drilled against the local dip."""

    aim = "zone"

    def __init__(self, zone, interval, ground, depth_m, rank):
        self.zone, (self.low, self.high), self.ground, self.depth_m = zone, interval, ground, depth_m
        self.length = self.high - self.low
        self._check_reach(rank)

    def _check_reach(self, rank):
        """Refuse a target under which the surface nowhere reaches the depth, saying how deep it goes."""
        sections = [self.zone.section(along, self.depth_m, self.ground)
                    for along in np.linspace(self.low, self.high, REACH_LINES)]
        if any(point is not None for point, _, _ in sections):
            return
        shallowest = np.nanmin([s for _, s, _ in sections] + [np.inf])
        deepest = np.nanmax([d for _, _, d in sections] + [-np.inf])
        if deepest < self.depth_m:
            raise ValueError(
                f"The zone surface reaches {deepest:.0f} m below the ground under target rank {rank}, not the "
                f"target depth of {self.depth_m:g} m: zonegeometry maps the zone down to its deepest LEVELS value. "
                f"Add {self.depth_m:g} to zonegeometry's LEVELS (for example 125,200,{self.depth_m:g}) and run it "
                "again, or aim shallower.")
        raise ValueError(f"The zone surface starts {shallowest:.0f} m below the ground under target rank {rank}, "
                         f"deeper than the target depth of {self.depth_m:g} m: aim deeper, or check the DEM and the "
                         "surface are elevations in metres on the same datum.")

    def prepare(self, count):
        pass

    def pierce(self, count, station, shift_m=0.0):
        along = self.low + (station + 0.5) * self.length / count + shift_m
        if not self.low <= along <= self.high:
            return None
        return self.zone.section(along, self.depth_m, self.ground)[0]

    def azimuths(self, pierce):
        return ((self.zone.local_dip_direction(pierce[:2]) + 180.0) % 360.0,)


def _check(targets, target_depth_m, dip_deg, total_metres, min_holes, max_holes, tested_depth_m):
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
    if tested_depth_m is not None and not (np.isfinite(tested_depth_m) and tested_depth_m >= 0):
        raise ValueError(f"The tested depth must be a vertical depth of 0 m or more, got {tested_depth_m}.")


def _aims(ranked, strike_deg, zone, ground, depth_m, dip_deg, plan):
    """How each ranked target is drilled (:class:`_AtZone` over the zone surface, else :class:`_UnderTarget`),
    with a line of ``plan.info`` for each."""
    aims = []
    for rank, ring in ranked:
        interval = zone.strike_interval(ring) if zone is not None and zone.overlaps(ring) else None
        if interval is not None:
            aims.append(_AtZone(zone, interval, ground, depth_m, rank))
            plan.info.append(f"Target rank {rank} is on the zone surface: drilled at the zone {depth_m:g} m below "
                             f"the ground, along {interval[1] - interval[0]:.0f} m of its strike ({zone.strike:.0f} "
                             "deg), against its local dip.")
            continue
        aims.append(_UnderTarget(ring, strike_deg, ground, depth_m, dip_deg))
        if zone is not None:
            plan.info.append(f"Target rank {rank} is not on the zone surface: drilled {depth_m:g} m below its "
                             f"outline, across strike {strike_deg:.0f} deg, as without a surface.")
    return aims


def plan_drill_program(targets, strike_deg, target_depth_m=200.0, dip_deg=-55.0, total_metres=1500.0,
                       min_holes=4, max_holes=6, barriers=(), travel_time=None, dem=None, grid=None,
                       tail_m=TAIL_M, hole_prefix="PLAN", zone=None, tested_depth_m=None):
    """A :class:`DrillPlan` for ``targets``: a list of (rank, ring (n, 2) m), rank 1 best.

    As many holes as the budget allows between ``min_holes`` and ``max_holes`` (each :func:`hole_length` of the
    target depth), shared over the targets by :func:`allocate_holes`. A target over ``zone`` (a
    :class:`ZoneSurface`) is drilled at it, the others under their outline (see the module docstring), across
    ``strike_deg`` (None with a zone: the zone's strike). A hole whose collar lands on a barrier or unreachable
    ground (NaN ``travel_time``) is drilled from the other side (holes at the zone: never, they keep against the
    dip), or moved along strike by :data:`SHIFT_STEP_M` steps up to :data:`MAX_SHIFT_M`; a hole that finds no
    usable collar is dropped (noted). ``travel_time`` and ``dem`` are rasters on ``grid``; without a DEM the ground
    is the zone's ``ground_m`` (0 without a zone). ``tested_depth_m`` is the deepest level already drilled (m below
    the ground): of the zone when there is one, else of every target; each hole that tests it gets
    ``below_tested_m``, and a target depth not below it is noted.
    """
    _check(targets, target_depth_m, dip_deg, total_metres, min_holes, max_holes, tested_depth_m)
    ground = _Ground(barriers, travel_time, dem, grid, 0.0 if zone is None else zone.ground_m)
    plan = DrillPlan([], tested_depth_m=np.nan if tested_depth_m is None else float(tested_depth_m))
    if strike_deg is None:
        if zone is None:
            raise ValueError("Give the strike of the targets (or a zone surface, whose strike is then used).")
        strike_deg = zone.strike
        plan.info.append(f"No strike given: targets off the zone surface are drilled across the zone's strike, "
                         f"{strike_deg:.1f} deg.")
    if tested_depth_m is not None and target_depth_m <= tested_depth_m:
        plan.notes.append(f"The target depth ({target_depth_m:g} m) is not below the deepest tested level "
                          f"({tested_depth_m:g} m): these holes pierce ground already drilled. Aim deeper than "
                          f"{tested_depth_m:g} m to step out below it.")
    nominal = hole_length(target_depth_m, dip_deg, tail_m)
    count = min(max_holes, int(np.floor(total_metres / nominal + 1e-9)))
    if count < min_holes:
        raise ValueError(f"A budget of {total_metres:.0f} m does not cover {min_holes} holes of {nominal:.0f} m each "
                         f"({target_depth_m:.0f} m vertical at {dip_deg:g} deg plus a {tail_m:.0f} m tail): at least "
                         f"{min_holes * nominal:.0f} m are needed. Raise the budget, lower the minimum number of "
                         f"holes, or aim shallower.")
    ranked = sorted(targets, key=lambda target: target[0])
    aims = _aims(ranked, strike_deg, zone, ground, target_depth_m, dip_deg, plan)
    capacity = [max(1, int(aim.length // MIN_SPACING_M)) for aim in aims]
    if sum(capacity) < min_holes:
        raise ValueError(f"The targets hold at most {sum(capacity)} hole(s) at least {MIN_SPACING_M:.0f} m apart along "
                         f"strike ({strike_deg:.0f} deg); their lengths along strike are "
                         f"{', '.join(f'{aim.length:.0f} m' for aim in aims)}. Give larger or more targets, or "
                         f"lower the minimum number of holes to {sum(capacity)}.")
    count = min(count, sum(capacity))
    shifts = [0.0] + [s * sign for s in np.arange(SHIFT_STEP_M, MAX_SHIFT_M + 1e-9, SHIFT_STEP_M) for sign in (1, -1)]
    plan.notes += [f"Target rank {rank} is {aim.length:.0f} m long along strike, under the {MIN_SPACING_M:.0f} m "
                   "between holes: it takes one hole at most." for (rank, _), aim in zip(ranked, aims)
                   if aim.length < MIN_SPACING_M]
    for (rank, _), aim, share in zip(ranked, aims, allocate_holes(count, len(ranked), capacity)):
        if share == 0:
            continue
        aim.prepare(share)
        tested = tested_depth_m if tested_depth_m is not None and (zone is None or aim.aim == "zone") else None
        for station in range(share):
            hole, pierced = _place(ground, aim, share, station, shifts, dip_deg, tail_m, rank, tested)
            if hole is not None:
                plan.holes.append(hole)
            elif pierced:
                plan.notes.append(f"Target rank {rank}: no collar off the barriers on reachable ground within "
                                  f"{MAX_SHIFT_M:.0f} m of station {station + 1}; that hole was dropped.")
            else:
                plan.notes.append(f"Target rank {rank}: the zone surface does not reach {target_depth_m:g} m below "
                                  f"the ground within {MAX_SHIFT_M:.0f} m of station {station + 1}; that hole was "
                                  "dropped.")
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


def _place(ground, aim, count, station, shifts, dip_deg, tail_m, rank, tested_depth_m):
    """The first usable hole for one station (unmoved at each azimuth the aim allows, then moved along strike) or
    None, and whether any pierce point was found for it."""
    pierced = False
    for shift in shifts:
        pierce = aim.pierce(count, station, shift)
        if pierce is None:
            continue
        pierced = True
        for azimuth in aim.azimuths(pierce):
            collar, drop = _collar(ground, pierce, azimuth, dip_deg)
            if not ground.usable(collar[:2]):
                continue
            to_pierce = drop / np.sin(np.radians(abs(dip_deg)))
            length = to_pierce + tail_m
            trace = desurvey(tuple(collar), [0.0], [azimuth], [dip_deg], [0.0, to_pierce, length])
            depth = ground.elevation(pierce[:2]) - pierce[2]
            return PlannedHole("", collar, float(azimuth), float(dip_deg), float(length), int(rank),
                               ground.hours(collar[:2]), pierce, trace, aim.aim, float(depth),
                               np.nan if tested_depth_m is None else float(depth - tested_depth_m)), True
    return None, pierced
