"""The zone in 3D: where drill holes pierce a mineralised zone, the zone's plane fitted to those pierce points with
bootstrap intervals, its dip section by section along strike, its elevation on a grid, and its trace at chosen
vertical depths (docs/science.md section 6).

Conventions: positions are (easting, northing, elevation) in metres, elevation positive up; depths along a hole are
metres from the collar; vertical depths are metres below the ground, positive down, the ground being the mean collar
elevation of the holes that cut the zone. Strike is in degrees clockwise from north by the right-hand rule (looking
along strike the zone dips to the right), dip in degrees from horizontal, dip direction = strike + 90. A fitted dip
is 0-90; a dip in a bootstrap interval or of a section is measured towards the fitted dip direction, so above 90
means overturned past vertical and below 0 dipping the other way.

Each hole that cuts the zone gives one pierce point: the length-weighted centre, along the hole, of its selected
intervals, desurveyed by minimum curvature (:func:`.drillholes.desurvey`); the zone's envelope in the hole runs from
the top of its first to the bottom of its last selected interval.
"""
from dataclasses import dataclass, replace

import numpy as np

from . import drillholes

MIN_HOLES = 3  # a plane needs three holes that cut the zone
MIN_RESAMPLED_HOLES = 4  # fewer resample to the same few planes: no interval, and no dip for a section
COLLINEAR_RATIO = 0.05  # pierce points whose second spread is under this share of the first lie along one line
SECTION_RATIO = 0.1  # holes whose map spread across their main line is under this share of it lie in one section
SECTION_LINE_RATIO = 0.5  # a section's pierce points define a dip when their spread across a line is under this share
TRACE_SAMPLES = 49  # points along strike of each level trace's edges


@dataclass(frozen=True)
class PiercePoint:
    """Where one hole cuts the zone: ``position`` (x, y, z) is the length-weighted centre of its selected intervals;
    ``top`` and ``bottom`` (x, y, z) are the hole at ``from_m`` and ``to_m`` (m along the hole), the top of its first
    and the bottom of its last selected interval; ``collar`` is (x, y, z)."""

    hole_id: str
    position: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    from_m: float
    to_m: float
    collar: tuple

    @property
    def vertical_depth_m(self):
        """Metres below the collar."""
        return float(self.collar[2] - self.position[2])


@dataclass(frozen=True)
class Section:
    """A window along strike: ``start_m`` to ``end_m`` along strike from the pierce points' centroid (positive in the
    strike direction), the holes whose pierce points fall in it, their centroid (x, y, z), and the dip there with its
    bootstrap interval (NaN with fewer than 4 holes, or pierce points that do not line up in the cross-section)."""

    number: int
    start_m: float
    end_m: float
    hole_ids: tuple
    centre: np.ndarray
    dip: float
    dip_interval: tuple


@dataclass(frozen=True)
class ZoneFit:
    """The fitted zone. ``normal`` is the plane's upward unit normal (east, north, up) through ``centroid``; angles
    in degrees with (low, high) bootstrap intervals (a strike interval runs clockwise from low to high; NaN with too
    few holes); ``replicates`` bootstrap resamples defined a plane. ``thickness_m`` holds each hole's true thickness
    (its envelope measured along the normal) and ``ground`` is the mean collar elevation (m)."""

    pierce: tuple
    centroid: np.ndarray
    normal: np.ndarray
    strike: float
    dip: float
    dip_direction: float
    strike_interval: tuple
    dip_interval: tuple
    dip_direction_interval: tuple
    replicates: int
    sections: tuple
    thickness_m: np.ndarray
    ground: float

    @property
    def points(self):
        """The pierce points' positions, (n, 3)."""
        return np.array([p.position for p in self.pierce])

    @property
    def true_thickness_m(self):
        """The median true thickness of the zone in the holes (m)."""
        return float(np.median(self.thickness_m))

    @property
    def residuals_m(self):
        """Each pierce point's distance from the fitted plane (m), positive on the upper (hanging-wall) side."""
        return (self.points - self.centroid) @ self.normal

    def _axes(self):
        """Horizontal unit vectors (east, north) along strike and towards the dip direction."""
        strike = np.radians(self.strike)
        return np.array([np.sin(strike), np.cos(strike)]), np.array([np.cos(strike), -np.sin(strike)])

    def local(self, xy):
        """Map (x, y) (..., 2) to (along strike, towards the dip direction) in metres from the centroid."""
        along, across = self._axes()
        offset = np.asarray(xy, dtype=float) - self.centroid[:2]
        return offset @ along, offset @ across

    def to_map(self, along_m, across_m):
        """(along strike, towards the dip direction) in metres from the centroid to map (x, y), (..., 2)."""
        along, across = self._axes()
        return self.centroid[:2] + np.multiply.outer(along_m, along) + np.multiply.outer(across_m, across)

    def strike_range(self):
        """The pierce points' extent along strike (m from the centroid): the zone is not extended beyond it."""
        along, _ = self.local(self.points[:, :2])
        return float(along.min()), float(along.max())

    def profile(self, along_m):
        """The zone's mid-surface in the cross-section at ``along_m`` (m along strike): (dip in radians, offset in m),
        the surface being the points where across x sin(dip) + (z - centroid z) x cos(dip) = offset. Linear along
        strike between the centres of the sections that have a dip, constant beyond them; the fitted plane (offset
        0) where no section has one."""
        anchors = self._section_anchors() or [(0.0, np.radians(self.dip), 0.0)]
        along, dips, offsets = np.array(anchors).T
        return np.interp(along_m, along, dips), np.interp(along_m, along, offsets)

    def _section_anchors(self):
        """(along strike m, dip in radians, offset m) at the centroid of each section that has a dip."""
        anchors = []
        for section in self.sections:
            if np.isfinite(section.dip):
                along, across = self.local(section.centre[:2])
                dip = np.radians(section.dip)
                offset = across * np.sin(dip) + (section.centre[2] - self.centroid[2]) * np.cos(dip)
                anchors.append((float(along), dip, float(offset)))
        return sorted(anchors)

    def elevation(self, xy):
        """The zone's mid-surface elevation (m) below map points (..., 2); NaN beyond the drilled strike length and
        where the zone is vertical (no single elevation)."""
        along, across = self.local(xy)
        dip, offset = self.profile(along)
        start, end = self.strike_range()
        cos = np.cos(dip)
        with np.errstate(divide="ignore", invalid="ignore"):
            height = np.where(np.abs(cos) > 1e-9, (offset - across * np.sin(dip)) / cos, np.nan)
        return np.where((along >= start) & (along <= end), self.centroid[2] + height, np.nan)

    def level_trace(self, depth_m):
        """The band (closed ring (k, 2), map m) where the zone crosses the level ``depth_m`` metres below the ground
        along the drilled strike length: the mid-surface's trace widened on each side by half the zone's horizontal
        width, true thickness / sin(dip). None where the zone is within 1 degree of flat (it lies along the level
        rather than crossing it)."""
        along = np.linspace(*self.strike_range(), TRACE_SAMPLES)
        dip, offset = self.profile(along)
        sin = np.sin(dip)
        if np.min(np.abs(sin)) < np.sin(np.radians(1.0)):
            return None
        height = self.ground - depth_m - self.centroid[2]
        centre = (offset - height * np.cos(dip)) / sin
        half_width = self.true_thickness_m / (2 * np.abs(sin))
        ring = np.vstack([self.to_map(along, centre + half_width), self.to_map(along, centre - half_width)[::-1]])
        return np.vstack([ring, ring[:1]])


# ----------------------------------------------------------------------------------------------------------------
# Pierce points


def read_holes(collars, surveys, intervals, dip_negative_down=True):
    """Check the collar and survey tables and the zone's intervals as :func:`.drillholes.read_tables` checks assays.

    ``intervals``: rows (hole id, from m, to m) of the intervals in the zone (selected samples or intercepts).
    Returns ``(holes, problems)``; each hole's ``assays`` hold its intervals (the grade column is 1, unused), and
    problems with interval rows are in the table "intervals" (rows counted from 1 among the intervals given).
    """
    if not intervals:
        raise ValueError('No interval is in the zone, so no hole cuts it. Give the zone\'s intervals: the intercepts '
                         'layer of compiledrillholes, or an assay table with a selection expression such as '
                         '"au_gpt" >= 0.5 that some rows meet.')
    rows = [(hole_id, start, end, 1.0) for hole_id, start, end in intervals]
    return drillholes.read_tables(collars, surveys, rows, dip_negative_down, interval_table="intervals")


def pierce_points(holes, dip_negative_down=True):
    """The :class:`PiercePoint` of each :class:`.drillholes.Hole` with intervals, and the ids of the holes without
    any (they miss the zone)."""
    pierced, missed = [], []
    for hole in holes:
        if not len(hole.assays):
            missed.append(hole.hole_id)
            continue
        start, end = hole.assays[:, 0], hole.assays[:, 1]
        centre = np.sum((start + end) / 2 * (end - start)) / np.sum(end - start)
        top, middle, bottom = drillholes.desurvey(hole.collar, *hole.surveys.T, [start.min(), centre, end.max()],
                                                  dip_negative_down)
        pierced.append(PiercePoint(hole.hole_id, middle, top, bottom, float(start.min()), float(end.max()),
                                   tuple(float(v) for v in hole.collar)))
    return pierced, missed


# ----------------------------------------------------------------------------------------------------------------
# Fitting


def attitude(normal):
    """Strike (right-hand rule), dip and dip direction (degrees) of planes with normals (east, north, up), (..., 3).

    An upward normal gives a dip of 0-90 towards the azimuth of its horizontal part; a downward one a dip above 90
    (overturned past vertical, read towards the azimuth of its horizontal part).
    """
    normal = np.asarray(normal, dtype=float)
    dip = np.degrees(np.arctan2(np.hypot(normal[..., 0], normal[..., 1]), normal[..., 2]))
    dip_direction = np.degrees(np.arctan2(normal[..., 0], normal[..., 1])) % 360.0
    return (dip_direction - 90.0) % 360.0, dip, dip_direction


def _svd(samples):
    """Singular values and right singular vectors of each centred sample (..., n, k) of n points."""
    _, singular, vt = np.linalg.svd(samples - samples.mean(axis=-2, keepdims=True), full_matrices=False)
    return singular, vt


def _resampled_normals(points, reference, n_bootstrap, rng, defined):
    """Normals of the best-fit planes (or lines, for 2-D points) of ``n_bootstrap`` resamples of the rows of
    ``points`` drawn with replacement, each turned to the side of ``reference``; resamples of fewer than
    ``MIN_HOLES`` different rows, or for which ``defined(singular values)`` is False, are dropped."""
    n = len(points)
    batch = max(1, 200_000 // n)
    normals = [np.zeros((0, points.shape[1]))]
    for start in range(0, n_bootstrap, batch):
        rows = np.sort(rng.integers(0, n, size=(min(batch, n_bootstrap - start), n)), axis=1)
        distinct = 1 + np.count_nonzero(np.diff(rows, axis=1), axis=1)
        singular, vt = _svd(points[rows])
        normals.append(vt[:, -1, :][(distinct >= MIN_HOLES) & (singular[:, 0] > 0) & defined(singular)])
    normals = np.vstack(normals)
    return normals * np.where(normals @ reference < 0, -1.0, 1.0)[:, None]


def _percentiles(values, confidence):
    if len(values) == 0:
        return (np.nan, np.nan)
    low, high = np.percentile(values, [50 * (1 - confidence), 50 * (1 + confidence)])
    return (float(low), float(high))


def _plane_is_defined(singular):
    return singular[..., 1] >= COLLINEAR_RATIO * singular[..., 0]


def _line_is_defined(singular):
    return singular[..., 1] <= SECTION_LINE_RATIO * singular[..., 0]


def _check_enough(pierced, missed):
    if len(pierced) >= MIN_HOLES:
        return
    cut = f"Only {len(pierced)} of the holes cut the zone ({', '.join(p.hole_id for p in pierced)})" if pierced \
        else "No hole cuts the zone"
    missing = ""
    if missed:
        shown = ", ".join(missed[:10]) + (" ..." if len(missed) > 10 else "")
        missing = f" {len(missed)} miss it (no interval selected: {shown})."
    raise ValueError(f"{cut}, but a plane needs at least {MIN_HOLES} holes that cut it, not all in one line.{missing} "
                     "Give more of the "
                     "zone's intervals (loosen the selection expression, check the hole ids match the collars) or "
                     "drill more holes through the zone.")


def _check_finite(pierced):
    bad = [p.hole_id for p in pierced if not (np.all(np.isfinite(p.position)) and np.all(np.isfinite(p.collar)))]
    if bad:
        raise ValueError(f"Holes {', '.join(bad)} have a position that is not a number. Check their collar x, y, z "
                         "and survey depth, azimuth and dip values.")


def _check_not_one_section(points, collars):
    """Refuse holes whose collars and pierce points all lie in one vertical plane: the strike is undetermined."""
    xy = np.vstack([points[:, :2], collars[:, :2]])
    singular, vt = _svd(xy)
    if singular[1] >= SECTION_RATIO * singular[0]:
        return
    azimuth = np.degrees(np.arctan2(vt[0, 0], vt[0, 1])) % 180.0
    off = np.max(np.abs((xy - xy.mean(axis=0)) @ vt[1]))
    raise ValueError(
        f"All {len(points)} holes that cut the zone, collars and pierce points, lie in one vertical section (azimuth "
        f"{azimuth:.0f} degrees, within {off:.0f} m of one line). A section shows only the zone's apparent dip in "
        "its own plane: the strike is not determined. Add holes that cut the zone away from that line, on another "
        "section along strike.")


def _check_not_collinear(points, singular, vt):
    """Refuse pierce points along one line: every plane through it fits them."""
    if _plane_is_defined(singular):
        return
    direction = vt[0] if vt[0, 2] <= 0 else -vt[0]
    plunge = np.degrees(np.arcsin(min(1.0, -direction[2]))) + 0.0
    trend = np.degrees(np.arctan2(direction[0], direction[1])) % (360.0 if plunge >= 0.5 else 180.0)
    off = np.max(np.linalg.norm(np.cross(points - points.mean(axis=0), vt[0]), axis=1))
    raise ValueError(
        f"The {len(points)} pierce points lie along one line (trend {trend:.0f} degrees, plunge {plunge:.0f} "
        f"degrees; all within {off:.1f} m of it): every plane through that line fits them, so the zone's strike and "
        "dip are not determined. Add a hole that cuts the zone away from that line: deeper or shallower on a "
        "section, or on another section along strike.")


def _fit_sections(points, hole_ids, frame, n_sections, n_bootstrap, rng, confidence):
    """The :class:`Section` s of equal length along strike over the pierce points, each with the dip of the line
    fitted to its pierce points in the cross-section (across strike, elevation)."""
    along, across = frame.local(points[:, :2])
    edges = np.linspace(along.min(), along.max(), n_sections + 1)
    member = np.clip(np.searchsorted(edges, along, side="right") - 1, 0, n_sections - 1)
    reference = np.array([np.sin(np.radians(frame.dip)), np.cos(np.radians(frame.dip))])
    sections = []
    for number in range(n_sections):
        inside = member == number
        cross = np.column_stack([across[inside], points[inside, 2]])
        dip, interval = np.nan, (np.nan, np.nan)
        if inside.sum() >= MIN_RESAMPLED_HOLES:
            singular, vt = _svd(cross)
            if singular[0] > 0 and _line_is_defined(singular):
                normal = vt[-1] if vt[-1] @ reference >= 0 else -vt[-1]
                dip = float(np.degrees(np.arctan2(normal[0], normal[1])))
                normals = _resampled_normals(cross, reference, n_bootstrap, rng, _line_is_defined)
                interval = _percentiles(np.degrees(np.arctan2(normals[:, 0], normals[:, 1])), confidence)
        centre = points[inside].mean(axis=0) if inside.any() else np.full(3, np.nan)
        sections.append(Section(number + 1, float(edges[number]), float(edges[number + 1]),
                                tuple(h for h, keep in zip(hole_ids, inside) if keep), centre, dip, interval))
    return tuple(sections)


def fit_zone(pierced, missed=(), n_sections=2, n_bootstrap=1000, seed=0, confidence=0.95):
    """Fit the zone to the :class:`PiercePoint` s of the holes that cut it (``missed``: ids of those that do not, to
    name them when too few cut it). Returns a :class:`ZoneFit`.

    The plane is the total least-squares plane of the pierce points: through their centroid, normal to their
    direction of least spread (smallest singular vector of the centred points). Intervals: the ``confidence``
    percentile range of ``n_bootstrap`` refits to the holes resampled with replacement (``seed`` fixes the draw).
    The dip along strike: ``n_sections`` windows of equal length along strike, in each the dip of the total
    least-squares line through its pierce points in the cross-section (distance towards the dip direction,
    elevation), strike kept at the fitted one. Refuses (ValueError) fewer than 3 holes, coordinates that are not
    numbers, holes all in one vertical section and pierce points along one line.
    """
    if n_sections < 1 or n_bootstrap < 0 or not 0 < confidence < 1:
        raise ValueError("Give at least one section along strike, a bootstrap count of 0 or more and a confidence "
                         "between 0 and 1 (for example 2 sections, 1000 resamples, 0.95).")
    _check_enough(pierced, missed)
    _check_finite(pierced)
    points = np.array([p.position for p in pierced])
    collars = np.array([p.collar for p in pierced])
    _check_not_one_section(points, collars)
    singular, vt = _svd(points)
    _check_not_collinear(points, singular, vt)
    normal = vt[-1] if vt[-1, 2] >= 0 else -vt[-1]
    strike, dip, dip_direction = (float(a) for a in attitude(normal))
    rng = np.random.default_rng(seed)
    resampled = np.zeros((0, 3))
    if len(points) >= MIN_RESAMPLED_HOLES:
        resampled = _resampled_normals(points, normal, n_bootstrap, rng, _plane_is_defined)
    strikes, dips, _ = attitude(resampled)
    low, high = _percentiles((strikes - strike + 180.0) % 360.0 - 180.0, confidence)
    strike_interval = ((strike + low) % 360.0, (strike + high) % 360.0)
    thickness = np.array([abs((p.bottom - p.top) @ normal) for p in pierced])
    fit = ZoneFit(tuple(pierced), points.mean(axis=0), normal, strike, dip, dip_direction, strike_interval,
                  _percentiles(dips, confidence), tuple((v + 90.0) % 360.0 for v in strike_interval), len(resampled),
                  (), thickness, float(collars[:, 2].mean()))
    sections = _fit_sections(points, [p.hole_id for p in pierced], fit, n_sections, n_bootstrap, rng, confidence)
    return replace(fit, sections=sections)


# ----------------------------------------------------------------------------------------------------------------
# Surface and level traces


def parse_levels(text):
    """Vertical depths (m below the ground, 0 or more, sorted, repeats dropped) from text such as "125, 200, 300"."""
    try:
        levels = sorted({float(part) for part in str(text).replace(";", ",").split(",") if part.strip()})
    except ValueError:
        raise ValueError(f"Levels '{text}' are not numbers: give vertical depths in metres below the ground "
                         "separated by commas, for example 125,200,300.") from None
    if not levels or levels[0] < 0 or not np.all(np.isfinite(levels)):
        raise ValueError(f"Levels '{text}': give vertical depths in metres below the ground, 0 or more (positive "
                         "down), separated by commas, for example 125,200,300.")
    return levels


def surface_grid(fit, deepest_m, cell_size):
    """A grid of ``cell_size`` m cells (edges on multiples of it) covering the zone from the ground down to
    ``deepest_m`` below it, and the pierce points, plus one cell."""
    outlines = [fit.points[:, :2]] + [ring for ring in (fit.level_trace(0.0), fit.level_trace(deepest_m))
                                      if ring is not None]
    return drillholes.grid_around(outlines, cell_size, cell_size)


def surface_elevation(fit, grid, deepest_m):
    """The zone's mid-surface elevation (m) at each cell centre of ``grid``, between the ground and ``deepest_m``
    below it, along the drilled strike length; NaN elsewhere."""
    east, north = grid.mesh()
    elevation = fit.elevation(np.stack([east, north], axis=-1))
    within = (elevation <= fit.ground) & (elevation >= fit.ground - deepest_m)
    return np.where(within, elevation, np.nan)
