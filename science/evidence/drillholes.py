"""Drill holes: reading the collar, survey and assay tables, desurveying by the minimum curvature method,
compositing assays into intercepts, and mapping the deepest level tested by drilling.

Conventions: depths are measured along the hole (m) from the collar; azimuth in degrees clockwise from north;
dip in degrees from horizontal, negative downward by default (-90 is a vertical hole drilled down), as in most
Canadian collar tables. Positions are (easting, northing, elevation) in metres, elevation positive up. Vertical
depth is measured in metres below the collar (the collar elevation stands for the ground surface). Grades are Au in
g/t. Row numbers in problem messages count data rows from 1, header not counted: row N is line N + 1 of a CSV file
with a header line.
"""
import math
from dataclasses import dataclass, field

import numpy as np

from ..grid import GridSpec
from ..progress import report

DEPTH_TOLERANCE = 0.01  # m: depths this close are equal (rounding in historical tables)


def _tangents(azimuths, dips, dip_negative_down):
    """Unit direction vectors (east, north, down) of the hole at each survey station."""
    az = np.radians(np.asarray(azimuths, dtype=float))
    plunge = np.radians(-np.asarray(dips, dtype=float) if dip_negative_down else np.asarray(dips, dtype=float))
    return np.column_stack([np.cos(plunge) * np.sin(az), np.cos(plunge) * np.cos(az), np.sin(plunge)])


def _dogleg(t1, t2):
    """Angle (radians) between the direction vectors of each row of t1 and t2."""
    return np.arccos(np.clip(np.sum(t1 * t2, axis=-1), -1.0, 1.0))


def _arc_step(t1, t2, length):
    """Displacement (east, north, down) along circular arcs of ``length`` m from directions t1 to t2 (rows)."""
    dogleg = _dogleg(t1, t2)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(dogleg < 1e-9, 1.0, 2.0 / dogleg * np.tan(dogleg / 2.0))
    return (np.asarray(length) / 2.0 * ratio)[..., None] * (t1 + t2)


def _slerp(t1, t2, fraction):
    """Directions a ``fraction`` of the way along the great circle from t1 to t2 (rows)."""
    dogleg = _dogleg(t1, t2)
    straight = dogleg < 1e-9
    with np.errstate(divide="ignore", invalid="ignore"):
        w1 = np.where(straight, 1.0, np.sin((1 - fraction) * dogleg) / np.sin(dogleg))
        w2 = np.where(straight, 0.0, np.sin(fraction * dogleg) / np.sin(dogleg))
    return w1[:, None] * t1 + w2[:, None] * t2


def desurvey(collar, survey_depths, azimuths, dips, sample_depths, dip_negative_down=True):
    """Positions of ``sample_depths`` (m along hole) by minimum curvature between survey stations.

    ``collar`` is (easting, northing, elevation). Survey stations must be sorted by depth; a station at depth 0 is
    assumed equal to the first one if missing, and the hole continues straight past the last station.
    Returns an ``(n, 3)`` array of (easting, northing, elevation).
    """
    depths = np.asarray(survey_depths, dtype=float)
    if depths.size == 0:
        raise ValueError("desurvey needs at least one survey station (collar azimuth and dip)")
    if np.any(np.diff(depths) <= 0):
        raise ValueError("survey depths must be strictly increasing")
    tangents = _tangents(azimuths, dips, dip_negative_down)
    if depths[0] > 0:
        depths = np.concatenate([[0.0], depths])
        tangents = np.vstack([tangents[:1], tangents])
    stations = np.zeros((depths.size, 3))
    for i in range(1, depths.size):
        stations[i] = stations[i - 1] + _arc_step(tangents[i - 1], tangents[i], depths[i] - depths[i - 1])

    samples = np.atleast_1d(np.asarray(sample_depths, dtype=float))
    i = np.clip(np.searchsorted(depths, samples, side="right") - 1, 0, depths.size - 1)
    following = np.minimum(i + 1, depths.size - 1)  # past the last station: the last one again (straight on)
    step = samples - depths[i]
    span = np.where(following > i, depths[following] - depths[i], 1.0)
    direction = _slerp(tangents[i], tangents[following], np.where(following > i, step / span, 0.0))
    offsets = stations[i] + _arc_step(tangents[i], direction, step)
    east, north, elevation = collar
    return np.column_stack([east + offsets[:, 0], north + offsets[:, 1], elevation - offsets[:, 2]])


# ----------------------------------------------------------------------------------------------------------------
# Reading and checking the tables


@dataclass(frozen=True)
class Problem:
    """A data problem: the table, the data rows concerned (counted from 1, header not counted), the hole id."""

    table: str
    rows: tuple
    hole_id: str
    message: str

    def __str__(self):
        where = self.table
        if self.rows:
            where += f" row{'s' if len(self.rows) > 1 else ''} {_row_ranges(self.rows)}"
        if self.hole_id:
            where += f" (hole {self.hole_id})"
        return f"{where}: {self.message}"


def _row_ranges(rows):
    """1, 2, 3, 7 -> '1-3, 7'."""
    rows, parts, start = sorted(rows), [], None
    for i, row in enumerate(rows):
        if start is None:
            start = row
        if i + 1 == len(rows) or rows[i + 1] != row + 1:
            parts.append(str(start) if start == row else f"{start}-{row}")
            start = None
    return ", ".join(parts)


@dataclass
class Hole:
    """One hole's checked data. ``surveys``: (n, 3) depth (m), azimuth, dip (degrees) sorted by depth, at least one
    station; ``assays``: (m, 3) from (m), to (m), Au (g/t), sorted and not overlapping; ``length`` in m."""

    hole_id: str
    collar: tuple
    length: float
    surveys: np.ndarray
    assays: np.ndarray


@dataclass
class _Collar:
    row: int
    xyz: tuple
    max_depth: object
    stations: list = field(default_factory=list)  # (depth, azimuth, dip, row)
    intervals: list = field(default_factory=list)  # (from, to, grade, row)


def _hole_id(value):
    """A hole id as text; 12, 12.0 and '12' are the same hole."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def is_blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def shown_value(value):
    return "(blank)" if is_blank(value) else f"'{value}'"


def parse_number(value):
    """A finite float from a number or numeric text, else None."""
    if is_blank(value) or isinstance(value, bool):
        return None
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def parse_grade(value):
    """Au (g/t) from a number or text, as laboratories report it: '<0.005' (below detection) is half the limit,
    '>10' (over the upper limit) is the limit. Anything else that is not a number ('NS', 'lost core', blank) gives
    None. Negative numbers are returned as they are and refused by the caller: in assay tables they are as often
    'not sampled' codes (-99) as below-detection values, and a wrong guess would invent grade."""
    text = value.strip() if isinstance(value, str) else ""
    if text[:1] in ("<", ">"):
        limit = parse_number(text[1:])
        if limit is None or limit <= 0:
            return None
        return limit / 2 if text[0] == "<" else limit
    return parse_number(value)


def read_tables(collars, surveys, assays, dip_negative_down=True, interval_table="assays"):
    """Check the three drill-hole tables and gather each hole's data; rows with problems are skipped, the rest kept.

    ``collars``: rows (hole id, x, y, z) or (hole id, x, y, z, max depth m); ``surveys``: rows (hole id, depth m,
    azimuth, dip); ``assays``: rows (hole id, from m, to m, Au g/t), or of another interval table (a value in place of
    the grade) named ``interval_table`` in the problems. Values may be numbers or text, blanks None.
    Returns ``(holes, problems)``: a :class:`Hole` per usable collar (in collar order) and the :class:`Problem` list.
    A hole without survey rows is vertical. Raises ValueError when nothing can be compiled.
    """
    problems = []
    collected = read_collars(collars, problems)
    read_surveys(surveys, collected, problems, dip_negative_down)
    _read_assays(assays, collected, problems, interval_table)
    return _gather_holes(collected, problems, dip_negative_down), problems


def read_collars(rows, problems):
    collected, count = {}, 0
    for row_number, row in enumerate(rows, start=1):
        count += 1
        hole_id = _hole_id(row[0])

        def skip(message, hole_id=hole_id, row_number=row_number):
            problems.append(Problem("collars", (row_number,), hole_id, message))

        if not hole_id:
            skip("no hole id; row skipped.")
            continue
        xyz = tuple(parse_number(v) for v in row[1:4])
        bad = [f"{name} {shown_value(raw)}" for name, raw, value in zip("xyz", row[1:4], xyz) if value is None]
        if bad:
            skip(f"{', '.join(bad)} not a number; row skipped.")
            continue
        if hole_id in collected:
            skip(f"hole {hole_id} already has a collar in row {collected[hole_id].row}; this duplicate is skipped.")
            continue
        max_depth = None
        if len(row) > 4 and not is_blank(row[4]):
            max_depth = parse_number(row[4])
            if max_depth is None or max_depth <= 0:
                skip(f"max depth {shown_value(row[4])} is not a positive number; the hole's length is taken from its "
                     "deepest survey or assay.")
                max_depth = None
        collected[hole_id] = _Collar(row_number, xyz, max_depth)
    if count == 0:
        raise ValueError("The collar table has no rows. Give one row per hole with its hole id, x (easting), "
                         "y (northing) and z (elevation).")
    if not collected:
        raise ValueError(f"None of the {count} collar rows could be used ({problems[0]}). Check that the hole id, "
                         "x, y and z fields picked are the right columns.")
    return collected


def _unknown_ids(table, unknown, problems):
    """One problem per unknown hole id, listing its rows."""
    for hole_id, rows in unknown.items():
        skipped = f"{len(rows)} row{'s' if len(rows) > 1 else ''} skipped."
        message = (f"hole {hole_id} is not in the collar table; " if hole_id else "no hole id; ") + skipped
        problems.append(Problem(table, tuple(rows), hole_id, message))


def _no_match(table, count, unknown, collected):
    ids = ", ".join(f"'{h}'" for h in list(unknown)[:3])
    collar_ids = ", ".join(f"'{h}'" for h in list(collected)[:3])
    return (f"None of the {count} {table} rows names a hole in the collar table ({table} give {ids}; collars give "
            f"{collar_ids}). Check that the hole id fields picked hold the same ids in both tables.")


def rows_of_known_holes(table, rows, collected, problems, empty_message=None):
    """``(row_number, hole_id, row, skip)`` for each row of ``table`` that names a collared hole; ``skip(message)``
    records the row as a problem. Rows of unknown holes are reported together at the end; a table none of whose rows
    names a known hole is refused, and so is an empty one when ``empty_message`` says why it is needed."""
    count, unknown = 0, {}
    for row_number, row in enumerate(rows, start=1):
        count += 1
        hole_id = _hole_id(row[0])
        if hole_id not in collected:
            unknown.setdefault(hole_id, []).append(row_number)
            continue

        def skip(message, hole_id=hole_id, row_number=row_number):
            problems.append(Problem(table, (row_number,), hole_id, message + "; row skipped."))

        yield row_number, hole_id, row, skip
    if count == 0 and empty_message:
        raise ValueError(empty_message)
    _unknown_ids(table, unknown, problems)
    if count and sum(len(r) for r in unknown.values()) == count:
        raise ValueError(_no_match(table, count, unknown, collected))


def read_surveys(rows, collected, problems, dip_negative_down):
    for row_number, hole_id, row, skip in rows_of_known_holes("surveys", rows, collected, problems):
        values = [parse_number(v) for v in row[1:4]]
        bad = [f"{name} {shown_value(raw)}" for name, raw, value in zip(("depth", "azimuth", "dip"), row[1:4], values)
               if value is None]
        depth, azimuth, dip = values
        max_depth = collected[hole_id].max_depth
        if bad:
            skip(f"{', '.join(bad)} not a number")
        elif depth < 0:
            skip(f"depth {depth:g} m is negative")
        elif abs(dip) > 90:
            skip(f"dip {dip:g} is outside -90 to 90 degrees")
        elif max_depth is not None and depth > max_depth + DEPTH_TOLERANCE:
            skip(f"depth {depth:g} m is deeper than the hole ({max_depth:g} m)")
        else:
            collected[hole_id].stations.append((depth, azimuth, dip, row_number))
    dips = [station[2] for collar in collected.values() for station in collar.stations]
    upward = [d > 0 if dip_negative_down else d < 0 for d in dips]
    if dips and all(upward):
        sign = "positive" if dip_negative_down else "negative"
        problems.append(Problem("surveys", (), "", (
            f"every dip is {sign}, so with the {'negative' if dip_negative_down else 'positive'}-downward dip "
            "convention every hole points up out of the ground. If that is wrong, switch the dip convention "
            "(DIP_NEGATIVE_DOWN).")))


def _read_assays(rows, collected, problems, table="assays"):
    empty = ("The assay table has no rows. Give one row per sample with its hole id, from (m), to (m) and Au (g/t)."
             if table == "assays" else f"The {table} table has no rows.")
    count = 0
    for row_number, hole_id, row, skip in rows_of_known_holes(table, rows, collected, problems, empty_message=empty):
        count += 1
        start, end = parse_number(row[1]), parse_number(row[2])
        grade = parse_grade(row[3])
        max_depth = collected[hole_id].max_depth
        bad = [f"{name} {shown_value(raw)}" for name, raw, value in zip(("from", "to"), row[1:3], (start, end))
               if value is None]
        if bad:
            skip(f"{', '.join(bad)} not a number")
        elif start < 0:
            skip(f"from {start:g} m is negative")
        elif end <= start:
            skip(f"interval {start:g}-{end:g} m is inverted or empty (to must be deeper than from)")
        elif max_depth is not None and end > max_depth + DEPTH_TOLERANCE:
            skip(f"interval {start:g}-{end:g} m goes deeper than the hole ({max_depth:g} m)")
        elif grade is None:
            skip(f"Au grade {shown_value(row[3])} is not a number")
        elif grade < 0:
            skip(f"Au grade {grade:g} is negative (write below-detection values as '<0.005', read as half the "
                 "limit)")
        else:
            collected[hole_id].intervals.append((start, end, grade, row_number))
    if not any(collar.intervals for collar in collected.values()):
        first = next(p for p in problems if p.table == table and p.hole_id in collected)
        fields = "from, to and Au fields" if table == "assays" else "from and to fields"
        raise ValueError(f"None of the {count} {table.removesuffix('s')} rows could be used (first problem: "
                         f"{first}). Check that the {fields} picked are the right columns.")


def _gather_holes(collected, problems, dip_negative_down):
    holes = []
    vertical = -90.0 if dip_negative_down else 90.0
    for hole_id, collar in collected.items():
        stations = []
        for depth, azimuth, dip, row in sorted(collar.stations):
            if stations and depth - stations[-1][0] < DEPTH_TOLERANCE:
                problems.append(Problem("surveys", (row,), hole_id, (
                    f"depth {depth:g} m is surveyed twice (row {stations[-1][3]}); row skipped.")))
            else:
                stations.append((depth, azimuth, dip, row))
        if not stations:
            problems.append(Problem("surveys", (), hole_id, (
                f"no survey rows; the hole is treated as vertical (dip {vertical:g}).")))
            stations = [(0.0, 0.0, vertical, 0)]
        intervals = []
        for start, end, grade, row in sorted(collar.intervals):
            if intervals and start < intervals[-1][1] - DEPTH_TOLERANCE:
                previous = intervals[-1]
                problems.append(Problem("assays", (row,), hole_id, (
                    f"interval {start:g}-{end:g} m overlaps {previous[0]:g}-{previous[1]:g} m (row {previous[3]}); "
                    "row skipped.")))
            else:
                intervals.append((start, end, grade, row))
        length = collar.max_depth or max([stations[-1][0]] + [end for _, end, _, _ in intervals])
        if length <= 0:
            problems.append(Problem("collars", (collar.row,), hole_id, (
                "no max depth and no survey or assay below the collar, so the hole's length is unknown; hole "
                "skipped. Give its max depth.")))
            continue
        holes.append(Hole(hole_id, collar.xyz, float(length), np.array([s[:3] for s in stations], dtype=float),
                          np.array([i[:3] for i in intervals], dtype=float).reshape(-1, 3)))
    return holes


# ----------------------------------------------------------------------------------------------------------------
# Compositing


@dataclass(frozen=True)
class Composite:
    """A length-weighted composite: from and to (m along the hole) and grade (Au g/t)."""

    from_m: float
    to_m: float
    grade: float

    @property
    def length_m(self):
        return self.to_m - self.from_m

    @property
    def grade_x_length(self):
        """Grade times length (g/t x m, 'gram-metres')."""
        return self.grade * self.length_m


def check_compositing(cutoff, min_interval, max_internal_dilution):
    """Refuse a cut-off (g/t) that is not positive and negative lengths (m)."""
    if not cutoff > 0:
        raise ValueError(f"The cut-off must be above 0 g/t, got {cutoff:g}. Typical values: 0.5 to 1 g/t Au.")
    if min_interval < 0 or max_internal_dilution < 0:
        raise ValueError("The minimum interval and the maximum internal dilution are lengths in metres and cannot be "
                         "negative; use 0 to switch them off.")


def composite(from_m, to_m, grades, cutoff, min_interval=1.0, max_internal_dilution=2.0):
    """Length-weighted composites at or above ``cutoff`` (g/t) from sorted, non-overlapping assay intervals (m).

    The rule: a composite starts and ends with a sample at or above the cut-off. Unsampled gaps between samples count
    as zero grade. Going down the hole, a run of consecutive below-cut-off material (samples and gaps) between two
    runs at or above the cut-off is taken into the composite only if the run is at most ``max_internal_dilution``
    metres long AND the composite including it and the next run still averages at least the cut-off; otherwise the
    composite ends above the run and a new one starts below it. Composites shorter than ``min_interval`` metres are
    dropped. Returns a list of :class:`Composite`, top down.
    """
    check_compositing(cutoff, min_interval, max_internal_dilution)
    runs = _grade_runs(np.asarray(from_m, float), np.asarray(to_m, float), np.asarray(grades, float), cutoff)
    composites, current = [], None  # current: [from, to, metal (g/t x m)]
    for i, (start, end, metal, above) in enumerate(runs):
        if not above:
            continue
        if current is not None:
            dilution = runs[i - 1]
            length = end - current[0]
            total = current[2] + dilution[2] + metal
            if dilution[1] - dilution[0] <= max_internal_dilution + 1e-9 and total >= cutoff * length - 1e-9:
                current[1:] = [end, total]
                continue
            composites.append(current)
        current = [start, end, metal]
    if current is not None:
        composites.append(current)
    return [Composite(float(start), float(end), float(metal / (end - start))) for start, end, metal in composites
            if end - start >= min_interval - 1e-9]


def _grade_runs(from_m, to_m, grades, cutoff):
    """Maximal runs of material at/above or below the cut-off, gaps as zero grade: (from, to, metal, above)."""
    runs = []
    previous_end = None
    for start, end, grade in zip(from_m, to_m, grades):
        pieces = [(start, end, grade)]
        if previous_end is not None and start > previous_end + 1e-9:
            pieces.insert(0, (previous_end, start, 0.0))
        for a, b, g in pieces:
            above = bool(g >= cutoff)
            if runs and runs[-1][3] == above:
                runs[-1] = (runs[-1][0], b, runs[-1][2] + g * (b - a), above)
            else:
                runs.append((a, b, g * (b - a), above))
        previous_end = end
    return runs


def intercept_label(grade, length):
    """'6.9 g/t Au over 3.8 m': grade to 1 decimal (2 below 1 g/t), length to 1 decimal, of the grade and length as
    the intercept tables store them (3 and 2 decimals): a composite of 12.05 g/t computed as 12.04999... reads 12.1,
    as the same label rebuilt from the table does."""
    grade, length = round(grade, 3), round(length, 2)
    decimals = 1 if grade >= 1 else 2
    return f"{grade:.{decimals}f} g/t Au over {length:.1f} m"


# ----------------------------------------------------------------------------------------------------------------
# Compiling holes


@dataclass(frozen=True)
class Intercept(Composite):
    """A composite placed in space: ``position`` (easting, northing, elevation) of its mid-point and its vertical
    depth (m below the collar)."""

    hole_id: str = ""
    position: tuple = (0.0, 0.0, 0.0)
    vertical_depth_m: float = 0.0

    @property
    def label(self):
        return intercept_label(self.grade, self.length_m)


@dataclass
class CompiledHole:
    """A desurveyed hole: its ``trace`` (n, 3) from collar to end, its intercepts (top down), its maximum assay
    grade (g/t, None without assays) and the deepest vertical depth it reaches (m below the collar)."""

    hole: Hole
    trace: np.ndarray
    intercepts: list
    max_grade: object
    deepest_vertical_m: float

    @property
    def best(self):
        """The intercept with the largest grade x length, or None."""
        return max(self.intercepts, key=lambda i: i.grade_x_length, default=None)


def hole_trace(hole, dip_negative_down=True, step=2.0):
    """Positions (n, 3) along the hole every ``step`` m, at each survey station and at the end of the hole."""
    depths = np.union1d(np.arange(0.0, hole.length, step), hole.surveys[:, 0][hole.surveys[:, 0] < hole.length])
    depths = np.append(depths, hole.length)
    return desurvey(hole.collar, hole.surveys[:, 0], hole.surveys[:, 1], hole.surveys[:, 2], depths,
                    dip_negative_down)


def compile_hole(hole, cutoff=0.5, min_interval=1.0, max_internal_dilution=2.0, dip_negative_down=True):
    """Trace, intercepts (see :func:`composite`) and summary of one :class:`Hole`."""
    trace = hole_trace(hole, dip_negative_down)
    from_m, to_m, grades = hole.assays.T
    intercepts = []
    found = composite(from_m, to_m, grades, cutoff, min_interval, max_internal_dilution)
    if found:
        middles = desurvey(hole.collar, hole.surveys[:, 0], hole.surveys[:, 1], hole.surveys[:, 2],
                           [(c.from_m + c.to_m) / 2 for c in found], dip_negative_down)
        intercepts = [Intercept(c.from_m, c.to_m, c.grade, hole.hole_id, tuple(map(float, xyz)),
                                float(hole.collar[2] - xyz[2]))
                      for c, xyz in zip(found, middles)]
    max_grade = float(grades.max()) if grades.size else None
    return CompiledHole(hole, trace, intercepts, max_grade, float(np.max(hole.collar[2] - trace[:, 2])))


def compile_holes(holes, cutoff=0.5, min_interval=1.0, max_internal_dilution=2.0, dip_negative_down=True,
                  progress=None):
    """:func:`compile_hole` for every hole; ``progress`` as in :mod:`.progress`."""
    check_compositing(cutoff, min_interval, max_internal_dilution)
    compiled = []
    for i, hole in enumerate(holes):
        report(progress, i / max(len(holes), 1))
        compiled.append(compile_hole(hole, cutoff, min_interval, max_internal_dilution, dip_negative_down))
    return compiled


# ----------------------------------------------------------------------------------------------------------------
# Deepest level tested


def grid_around(traces, cell_size, margin):
    """A grid of ``cell_size`` m cells, edges on multiples of the cell size, covering the traces plus ``margin`` m."""
    xy = np.vstack([np.asarray(t)[:, :2] for t in traces])
    west, south = np.floor((xy.min(axis=0) - margin) / cell_size) * cell_size
    east, north = np.ceil((xy.max(axis=0) + margin) / cell_size) * cell_size
    return GridSpec.from_bounds(west, south, east, north, cell_size)


def _densify(trace, spacing):
    """Points along the trace no more than ``spacing`` m apart (linear between vertices)."""
    along = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(trace, axis=0), axis=1))])
    samples = np.union1d(along, np.arange(0.0, along[-1], spacing))
    return np.column_stack([np.interp(samples, along, trace[:, k]) for k in range(3)])


def tested_depth(traces, grid, search_radius, progress=None):
    """The deepest vertical depth (m below the collar) reached by any hole within ``search_radius`` m (horizontal
    distance) of each cell centre; NaN where no hole passes that close. Each trace is an (n, 3) array of
    (easting, northing, elevation) starting at its collar, as from :func:`hole_trace`. Returns a grid-shaped array.
    """
    if not search_radius > 0:
        raise ValueError(f"The search radius must be a positive distance in metres, got {search_radius:g}.")
    spacing = min(search_radius, grid.cell_x, grid.cell_y) / 10
    points = [(t[:, :2], t[0, 2] - t[:, 2]) for t in (_densify(np.asarray(t, float), spacing) for t in traces)]
    xy = np.vstack([p[0] for p in points]) if points else np.zeros((0, 2))
    depth = np.concatenate([p[1] for p in points]) if points else np.zeros(0)
    reach_rows = int(np.ceil(search_radius / grid.cell_y)) + 1
    reach_cols = int(np.ceil(search_radius / grid.cell_x)) + 1
    d_row, d_col = (a.ravel() for a in np.mgrid[-reach_rows:reach_rows + 1, -reach_cols:reach_cols + 1])
    deepest = np.full(grid.rows * grid.cols, -np.inf)
    chunk = max(1, 2_000_000 // d_row.size)
    for start in range(0, len(depth), chunk):
        report(progress, start / len(depth))
        px, py, pd = xy[start:start + chunk, 0], xy[start:start + chunk, 1], depth[start:start + chunk]
        row0, col0 = grid.index_of(px, py)
        rows, cols = row0[:, None] + d_row, col0[:, None] + d_col
        dx = grid.west + (cols + 0.5) * grid.cell_x - px[:, None]
        dy = grid.north - (rows + 0.5) * grid.cell_y - py[:, None]
        near = (dx * dx + dy * dy <= search_radius ** 2) & (rows >= 0) & (rows < grid.rows) & (cols >= 0) & \
            (cols < grid.cols)
        cells, values = (rows * grid.cols + cols)[near], np.broadcast_to(pd[:, None], near.shape)[near]
        order = np.lexsort((values, cells))  # by cell, then depth: the last of each cell is its deepest
        cells, values = cells[order], values[order]
        last = np.append(cells[1:] != cells[:-1], True)
        deepest[cells[last]] = np.maximum(deepest[cells[last]], values[last])
    report(progress, 1.0)
    return np.where(np.isfinite(deepest), deepest, np.nan).reshape(grid.shape)
