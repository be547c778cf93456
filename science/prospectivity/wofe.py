"""Weights of evidence (Bonham-Carter 1994, ch. 8-9; ArcSDM conventions; docs/science.md section 5).

An evidence raster holds classes (integers, or values split into equal-area classes). With ``T`` the study area
and ``B`` a binary pattern, both in unit cells (area / ``unit_area_km2``), ``D`` the deposits and ``b`` the
deposits on the pattern:

    W+ = ln[P(B|D) / P(B|~D)]     = ln[(b / D) / ((B - b) / (T - D))]
    W- = ln[P(~B|D) / P(~B|~D)]   = ln[((D - b) / D) / ((T - B - D + b) / (T - D))]
    s²(W+) = 1 / b + 1 / (B - b)          s²(W-) = 1 / (D - b) + 1 / (T - B - D + b)
    C = W+ - W-,  s(C) = sqrt(s²(W+) + s²(W-)),  studentized contrast = C / s(C)  (0 where s(C) = 0)

Counting (ArcSDM): ``D`` and ``b`` count training points, so several points in one raster cell each count
(``per_point``, the default); with ``per_point=False`` a cell holding any point counts once (Lodestone's earlier
convention). Points on nodata or off the grid are left out of both.

Table types (ArcSDM): *ascending* rows in increasing class order, the pattern of a row being every class up to
and including it (classes <= value, e.g. distance to a structure: near is favourable); *descending* the same from
the top (classes >= value, e.g. a geochemical score); *categorical* one pattern per class (rock units).

Zero counts and cramped patterns, as ArcSDM's Calculate Weights (``MakeWts``) and Geoscience Australia's MPM-WofE
scripts, which made the reference tables of docs/algorithms/prospectivity.md, do it, in this order:

- no deposit on the pattern (b = 0): W+, W-, their deviations, C, s(C) and C/s(C) are all 0 (no evidence);
- every deposit on the pattern (b = D): b is taken as D - :data:`MARGIN` (0.99), leaving 0.99 deposit off it;
- too little ground off the pattern for its deposits (T - B <= D - b, e.g. a pattern that is the whole study
  area): B is taken as T - (D - b) - :data:`MARGIN`, leaving 0.99 unit cell of background off it (MPM-WofE's
  margin; ArcSDM's Python toolbox uses 0.01);
- more deposits than unit cells on the pattern (B - b <= 0): all 0 as in ArcSDM (a unit cell larger than the
  class: lower ``unit_area_km2``).

The table's areas and counts stay the true ones; each row's ``note`` says which correction was used.

Generalisation: cumulative tables keep the row of largest contrast whose studentized contrast reaches
``confidence`` (ArcSDM) and split the evidence into :data:`INSIDE` (weight W+) and :data:`OUTSIDE` (weight W-);
categorical tables keep every class with its own W+ and s(W+) (0 for a class without deposits), as the
MPM-WofE reference tables do (ArcSDM's Python toolbox instead merges the classes below the confidence into one),
and are valid when at least one class reaches ``confidence`` in absolute value.

Posterior (Bonham-Carter 1994, eq. 9-8 to 9-13; Agterberg et al. 1990):

    logit P = ln[D / (T - D)] + sum_j W_j(class of the cell)          (missing evidence: W_j = 0)
    var(P) = P² (1 / D + sum_{j known} s²(W_j))                         (variance of the weights)
           + sum_{j missing} sum_k f_jk (P_jk - P)²                     (missing-data variance)

with ``P_jk`` the posterior had the missing layer ``j`` shown class ``k`` (logit P + W_jk) and ``f_jk`` the share of
class ``k`` in the study area where layer ``j`` is known. The conditional-independence ratio is n / T_pred, the
observed deposits over the predicted ones (sum of P times the unit cells of each cell); below about 0.85 layers
are not conditionally independent (Bonham-Carter 1994). The Agterberg-Cheng (2002) test adds
z = (T_pred - n) / s(T_pred), s²(T_pred) = sum over unique conditions of (area in unit cells x s(P))², and the
one-tailed probability that the model is not conditionally independent.
"""
import json
import math
from dataclasses import dataclass, field

import numpy as np

from ..features import FeatureTable
from ..progress import report

ASCENDING, DESCENDING, CATEGORICAL = "ascending", "descending", "categorical"
TYPES = (ASCENDING, DESCENDING, CATEGORICAL)

INSIDE, OUTSIDE = 2, 1
"""Generalised classes of a cumulative table: on the pattern (weight W+) and off it (weight W-), as in ArcSDM."""

MARGIN = 0.99
"""Deposits left off a pattern holding all of them, and unit cells of background left off a pattern with no room
off it (ArcSDM and MPM-WofE; see the module notes)."""

MAX_CLASSES = 256
"""Most distinct fractional evidence values taken as classes; more means a continuous raster (see
:func:`equal_area_classes`)."""

MAX_WHOLE_CLASSES = 4096
"""Most distinct whole-number evidence values taken as classes (ArcSDM takes any integer raster; distances in
100 m steps over a district give several hundred)."""

METADATA_KEY = "LODESTONE_WOFE"
"""Raster metadata item holding the generalised weights (:func:`weights_to_json`)."""


@dataclass(frozen=True)
class Deposits:
    """Training points on a grid: ``points`` holds how many fall in each cell, ``outside`` how many were left out
    (off the grid or on nodata). ``per_point``: each point counts (ArcSDM), else a cell holding any counts once."""

    points: np.ndarray
    outside: int
    per_point: bool = True

    @property
    def counts(self):
        """Deposits counted in each cell (integers)."""
        return self.points if self.per_point else (self.points > 0).astype(int)

    @property
    def count(self):
        return int(self.counts.sum())

    @property
    def shared(self):
        """Points in a cell already holding another point."""
        return int(self.points.sum() - np.count_nonzero(self.points))

    def summary(self):
        """A sentence for the log: how many points were used, shared a cell and were left out."""
        if self.per_point:
            text = f"{self.count} deposit points used"
            if self.shared:
                text += f"; {self.shared} of them share a cell with another point and count on their own"
        else:
            text = f"{self.count} deposit cells used"
            if self.shared:
                text += f"; {self.shared} point(s) merged with another in the same cell"
        if self.outside:
            text += f"; {self.outside} point(s) outside the grid or on nodata left out"
        return text


def snap_deposits(xy, grid, valid, per_point=True):
    """Deposit points ``xy`` ((n, 2), map units) on the cells of ``grid`` where ``valid`` is True, counted per
    point or per cell (``per_point``, see :class:`Deposits`)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    finite = np.all(np.isfinite(xy), axis=1)
    row, col = grid.index_of(np.where(finite, xy[:, 0], 0.0), np.where(finite, xy[:, 1], 0.0))
    inside = finite & (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols)
    inside[inside] = valid[row[inside], col[inside]]
    flat = np.ravel_multi_index((row[inside], col[inside]), grid.shape)
    points = np.bincount(flat, minlength=grid.rows * grid.cols).reshape(grid.shape)
    return Deposits(points, outside=int((~inside).sum()), per_point=per_point)


def unit_cells_per_cell(grid, unit_area_km2):
    """How many unit cells one raster cell is (cell area in km² over ``unit_area_km2``)."""
    if not unit_area_km2 > 0:
        raise ValueError(f"The unit area must be positive (km²), got {unit_area_km2}. Use about the area of a "
                         "typical deposit footprint, e.g. 1 km².")
    return grid.cell_x * grid.cell_y / 1e6 / unit_area_km2


def equal_area_classes(values, n_classes, descending=False):
    """Split a continuous raster into ``n_classes`` classes of about equal area (quantiles of the valid cells).

    Each cell takes the upper edge of its class (the lower edge when ``descending``), so the cumulative pattern of
    a table row, ``evidence <= class`` (``>= class``), holds exactly for the original values. NaN stays NaN.
    """
    if n_classes < 2:
        raise ValueError(f"At least 2 classes are needed to split a continuous raster, got {n_classes}.")
    finite = np.isfinite(values)
    if not finite.any():
        raise ValueError("The evidence raster has no valid cells (all nodata). Check the band and its nodata value.")
    quantiles = np.arange(0, n_classes + 1) / n_classes
    edges = np.unique(np.quantile(values[finite], quantiles))
    out = np.full(values.shape, np.nan)
    if descending:
        lower = edges[:-1] if len(edges) > 1 else edges
        out[finite] = lower[np.clip(np.searchsorted(lower, values[finite], side="right") - 1, 0, len(lower) - 1)]
    else:
        upper = edges[1:] if len(edges) > 1 else edges
        out[finite] = upper[np.clip(np.searchsorted(upper, values[finite], side="left"), 0, len(upper) - 1)]
    return out


def pattern_weights(pattern_units, pattern_deposits, total_units, total_deposits):
    """W+, s(W+), W-, s(W-) and a note for patterns (arrays) of ``pattern_units`` unit cells holding
    ``pattern_deposits`` of ``total_deposits`` deposits in a study area of ``total_units`` unit cells.

    Zero counts and cramped patterns are corrected as ArcSDM does (module notes, in that order); a row whose
    weights are set to 0 has 0 deviations too.
    """
    area = np.array(pattern_units, dtype=float).reshape(-1)
    inside = np.array(pattern_deposits, dtype=float).reshape(-1)
    empty = inside == 0
    full = ~empty & (inside >= total_deposits)
    inside[full] = total_deposits - MARGIN
    outside = total_deposits - inside
    cramped = ~empty & (total_units - area <= outside)
    area[cramped] = total_units - outside[cramped] - MARGIN
    crowded = ~empty & (area - inside <= 0)
    notes = [[] for _ in range(area.size)]
    for mask, note in ((empty, "no deposit on the pattern: weights 0 (ArcSDM)"),
                       (full, f"every deposit on the pattern: {MARGIN:g} deposit is taken off it (ArcSDM)"),
                       (cramped, f"no room off the pattern: its area is cut to leave {MARGIN:g} unit cell off it "
                                 "(ArcSDM)"),
                       (crowded, "more deposits than unit cells on the pattern: weights 0 (ArcSDM; lower "
                                 "UNIT_AREA)")):
        for i in np.flatnonzero(mask):
            notes[i].append(note)
    background = total_units - total_deposits
    free_in, free_out = area - inside, (total_units - area) - outside
    with np.errstate(divide="ignore", invalid="ignore"):
        weights = (np.log((inside / total_deposits) / (free_in / background)), np.sqrt(1 / inside + 1 / free_in),
                   np.log((outside / total_deposits) / (free_out / background)), np.sqrt(1 / outside + 1 / free_out))
    defined = ~(empty | crowded)
    return (*(np.where(defined, w, 0.0) for w in weights), ["; ".join(n) for n in notes])


@dataclass
class WeightsTable:
    """A weights table in ArcSDM's layout, one row per evidence class, in table order.

    ``area_sq_km``, ``area_units`` (unit cells) and ``points`` are those of each row's pattern: cumulative for
    ascending and descending tables, of the class alone for categorical ones; ``deposits`` is counted per point
    or per cell (``per_point``, see :class:`Deposits`). ``gen_class``, ``weight`` and ``w_std`` are the
    generalisation: the class each row becomes and its weight and standard deviation.
    """

    kind: str
    unit_area_km2: float
    classes: np.ndarray
    cells: np.ndarray
    area_sq_km: np.ndarray
    area_units: np.ndarray
    points: np.ndarray
    wplus: np.ndarray
    s_wplus: np.ndarray
    wminus: np.ndarray
    s_wminus: np.ndarray
    notes: list
    total_units: float
    deposits: int
    per_point: bool = True
    gen_class: np.ndarray = field(default=None)
    weight: np.ndarray = field(default=None)
    w_std: np.ndarray = field(default=None)
    threshold: float = None

    @property
    def contrast(self):
        return self.wplus - self.wminus

    @property
    def s_contrast(self):
        return np.sqrt(self.s_wplus ** 2 + self.s_wminus ** 2)

    @property
    def stud_cnt(self):
        """C / s(C), 0 for the rows whose weights are 0 (ArcSDM)."""
        s_contrast = self.s_contrast
        return np.divide(self.contrast, s_contrast, out=np.zeros_like(s_contrast), where=s_contrast > 0)

    def class_weights(self):
        """Generalised class -> (weight, standard deviation), for :func:`posterior`."""
        return {int(c): (float(w), float(s)) for c, w, s in zip(self.gen_class, self.weight, self.w_std)}


def _class_counts(values, deposits, descending):
    """Distinct finite classes (in table order), cells and deposits (``deposits``: the count of each cell) of each."""
    finite = np.isfinite(values)
    classes, inverse = np.unique(values[finite], return_inverse=True)
    cells = np.bincount(inverse, minlength=len(classes))
    points = np.bincount(inverse, weights=deposits[finite].astype(float), minlength=len(classes)).astype(int)
    if descending:
        return classes[::-1], cells[::-1], points[::-1]
    return classes, cells, points


def weights_table(values, grid, deposits_xy, kind=ASCENDING, unit_area_km2=1.0, per_point=True):
    """The weights table of the evidence ``values`` (a raster of classes, NaN = nodata) for deposits at
    ``deposits_xy`` ((n, 2), map units), not yet generalised (see :func:`generalise`).

    Returns ``(table, deposits)``: a :class:`WeightsTable` and the :class:`Deposits` used (points on nodata or off
    the grid are left out; points sharing a cell each count, or count once without ``per_point``).
    """
    if kind not in TYPES:
        raise ValueError(f"Unknown table type '{kind}': use one of {', '.join(TYPES)}.")
    per_cell = unit_cells_per_cell(grid, unit_area_km2)
    valid = np.isfinite(values)
    if not valid.any():
        raise ValueError("The evidence raster has no valid cells (all nodata). Check the band and its nodata value.")
    classes = np.unique(values[valid])
    whole = np.all(classes == np.round(classes))
    if len(classes) > (MAX_WHOLE_CLASSES if whole else MAX_CLASSES):
        raise ValueError(f"The evidence raster has {len(classes)} distinct values: it looks continuous. Split it "
                         "into classes first (set the number of classes, e.g. 10 equal-area classes, or reclassify "
                         "it with Raster > Analysis > Reclassify by table).")
    if kind == CATEGORICAL and not whole:
        raise ValueError("A categorical table needs whole-number classes (e.g. rock-unit codes), but the evidence "
                         "has fractional values. Use a cumulative type, or reclassify the raster to integer codes.")
    if len(classes) < 2:
        raise ValueError(f"The evidence raster has a single class ({classes[0]:g}): weights need at least two.")
    deposits = snap_deposits(deposits_xy, grid, valid, per_point)
    total_deposits = deposits.count
    if total_deposits == 0:
        raise ValueError(f"None of the deposit points lies on a valid cell of the evidence raster "
                         f"({deposits.outside} point(s) outside it or on nodata). Check that both layers cover the "
                         "same ground and that the points are in the raster's CRS.")
    total_units = valid.sum() * per_cell
    if total_units <= total_deposits:
        raise ValueError(f"The study area is {total_units:g} unit cells for {total_deposits} deposits: a unit cell "
                         "must hold at most one deposit. Lower UNIT_AREA.")
    ordered, cells, points = _class_counts(values, deposits.counts, kind == DESCENDING)
    if kind != CATEGORICAL:
        cells_in_pattern, points_in_pattern = np.cumsum(cells), np.cumsum(points)
    else:
        cells_in_pattern, points_in_pattern = cells, points
    area_units = cells_in_pattern * per_cell
    wplus, s_wplus, wminus, s_wminus, notes = pattern_weights(area_units, points_in_pattern, total_units,
                                                             total_deposits)
    area_sq_km = cells_in_pattern * grid.cell_x * grid.cell_y / 1e6
    return WeightsTable(kind, float(unit_area_km2), ordered, cells, area_sq_km, area_units, points_in_pattern, wplus,
                        s_wplus, wminus, s_wminus, notes, float(total_units), total_deposits, per_point), deposits


def generalise(table, confidence=2.0):
    """Fill the table's ``gen_class``, ``weight``, ``w_std`` (and ``threshold`` of a cumulative table) at
    studentized contrast ``confidence`` (see the module notes); returns the table.

    Raises ValueError when no class reaches the confidence, naming the best class.
    """
    if table.kind == CATEGORICAL:
        _generalise_categorical(table, confidence)
    else:
        _generalise_cumulative(table, confidence)
    return table


def _no_confident_class(table, confidence, score):
    """The error for a table in which no class reaches ``confidence`` (``score``: the studentized contrast, or its
    absolute value for a categorical table)."""
    best = int(np.argmax(score))
    stud = table.stud_cnt[best]
    advice = ("lower CONFIDENCE (1.0 is about 84 % one-sided), or leave this layer out"
              if stud > 0 or table.kind == CATEGORICAL else
              "the deposits favour the other end of the scale: use the opposite cumulative type")
    return ValueError(f"No class of the evidence reaches a studentized contrast of {confidence:g} (the best is "
                      f"class {table.classes[best]:g} with {stud:.2f}): {advice}.")


def _generalise_cumulative(table, confidence):
    stud = table.stud_cnt
    eligible = stud >= confidence
    if not eligible.any():
        raise _no_confident_class(table, confidence, stud)
    best = int(np.argmax(np.where(eligible, table.contrast, -np.inf)))
    on_pattern = np.arange(len(table.classes)) <= best
    table.threshold = float(table.classes[best])
    table.gen_class = np.where(on_pattern, INSIDE, OUTSIDE)
    table.weight = np.where(on_pattern, table.wplus[best], table.wminus[best])
    table.w_std = np.where(on_pattern, table.s_wplus[best], table.s_wminus[best])


def _generalise_categorical(table, confidence):
    score = np.abs(table.stud_cnt)
    if not (score >= confidence).any():
        raise _no_confident_class(table, confidence, score)
    table.gen_class = table.classes.astype(int)
    table.weight, table.w_std = table.wplus.copy(), table.s_wplus.copy()


TABLE_FIELDS = {"class": float, "area_sq_km": float, "area_units": float, "no_points": int, "wplus": float,
                "s_wplus": float, "wminus": float, "s_wminus": float, "contrast": float, "s_contrast": float,
                "stud_cnt": float, "gen_class": int, "weight": float, "w_std": float, "note": str}
"""Columns of the weights table (ArcSDM's names, lower case), in order."""


def feature_table(table):
    """The generalised weights table as an attribute table (no geometry)."""
    out = FeatureTable("weights", None, 0, dict(TABLE_FIELDS))
    columns = (table.classes, table.area_sq_km, table.area_units, table.points, table.wplus, table.s_wplus,
               table.wminus, table.s_wminus, table.contrast, table.s_contrast, table.stud_cnt, table.gen_class,
               table.weight, table.w_std, table.notes)
    for values in zip(*columns):
        out.add({name: kind(value) for (name, kind), value in zip(TABLE_FIELDS.items(), values)})
    return out


def generalised_raster(values, table):
    """The evidence recoded to the table's generalised classes (NaN stays NaN)."""
    order = np.argsort(table.classes)
    finite = np.isfinite(values)
    out = np.full(values.shape, np.nan)
    out[finite] = table.gen_class[order][np.searchsorted(table.classes[order], values[finite])]
    return out


# ------------------------------------------------------------------------------------------------------------------
# Weights carried with a generalised raster


def weights_to_json(table):
    """The generalised weights of ``table`` as JSON text (stored in the generalised raster's metadata)."""
    return json.dumps({"type": table.kind, "unit_area_km2": table.unit_area_km2, "per_point": table.per_point,
                       "classes": [[c, w, s] for c, (w, s) in sorted(table.class_weights().items())]})


def weights_from_json(text):
    """``(class_weights, unit_area_km2, per_point)`` from :func:`weights_to_json` text; ``per_point`` (how the
    deposits were counted) is None for weights stored before it was recorded."""
    try:
        data = json.loads(text)
        weights = {int(c): (float(w), float(s)) for c, w, s in data["classes"]}
        per_point = data.get("per_point")
        return weights, float(data["unit_area_km2"]), None if per_point is None else bool(per_point)
    except (TypeError, ValueError, KeyError) as error:
        raise ValueError(f"The weights stored with the raster cannot be read ({error}). Run Weights of evidence "
                         "again to regenerate it.") from None


# ------------------------------------------------------------------------------------------------------------------
# Posterior probability


@dataclass(frozen=True)
class Posterior:
    """Posterior probability per unit cell, its standard deviation and confidence (P / std), rasters with NaN
    outside the study area; the prior probability; ``observed`` deposits and ``predicted`` (sum of P times unit
    cells); ``ci_ratio`` = observed / predicted; the Agterberg-Cheng z and probability (0-1) that the layers are
    not conditionally independent."""

    probability: np.ndarray
    std: np.ndarray
    confidence: np.ndarray
    prior: float
    observed: int
    predicted: float
    predicted_std: float
    ci_ratio: float
    ci_z: float
    ci_probability: float
    deposits: Deposits


def _logistic(logit):
    return 1.0 / (1.0 + np.exp(-logit))


def _layer_codes(layer, weights, index):
    """Per cell: the weight, its variance, and the row of the class in ``weights`` (-1 where missing)."""
    if not weights:
        raise ValueError(f"The weights of generalised layer {index + 1} are empty: give the weights table written by "
                         "Weights of evidence for that raster.")
    known = np.isfinite(layer)
    codes = np.array(sorted(weights), dtype=float)
    classes = layer[known]
    rows = np.minimum(np.searchsorted(codes, classes), len(codes) - 1)
    listed = codes[rows] == classes
    if not listed.all():
        unknown = ", ".join(f"{c:g}" for c in np.unique(classes[~listed]))
        raise ValueError(f"Generalised layer {index + 1} has classes {unknown} that its weights do not list. Give "
                         "the table made with that raster, or run Weights of evidence again.")
    codes = sorted(weights)
    lookup = np.full(layer.shape, -1)
    lookup[known] = rows
    w = np.array([weights[c][0] for c in codes] + [0.0])
    v = np.array([weights[c][1] ** 2 for c in codes] + [0.0])
    return w[lookup], v[lookup], lookup


def posterior(layers, class_weights, grid, deposits_xy, unit_area_km2, progress=None, per_point=True):
    """Posterior probability of a deposit per unit cell from generalised ``layers`` (rasters of generalised
    classes on one grid, NaN = missing evidence) and their ``class_weights`` (dicts class -> (W, s(W))).

    The study area is every cell where at least one layer is known; deposits ``deposits_xy`` ((n, 2), map units),
    counted per point or per cell (``per_point``, as the weights were), set the prior and the observed count. See
    the module notes for the formulas.
    """
    if not layers:
        raise ValueError("Give at least one generalised evidence raster.")
    if len(class_weights) != len(layers):
        raise ValueError(f"{len(layers)} generalised rasters but {len(class_weights)} weight tables: give one table "
                         "per raster, in the same order.")
    layers = [np.asarray(layer, dtype=float) for layer in layers]
    if any(layer.shape != grid.shape for layer in layers):
        raise ValueError("The generalised rasters are not on one grid: resample them to the same extent and cell "
                         "size (Raster > Projections > Warp with the same target extent and resolution).")
    per_cell = unit_cells_per_cell(grid, unit_area_km2)
    study = np.any([np.isfinite(layer) for layer in layers], axis=0)
    if not study.any():
        raise ValueError("The generalised rasters have no valid cells (all nodata).")
    deposits = snap_deposits(deposits_xy, grid, study, per_point)
    observed = deposits.count
    total_units = study.sum() * per_cell
    if observed == 0:
        raise ValueError(f"None of the deposit points lies in the study area of the generalised rasters "
                         f"({deposits.outside} point(s) outside it). Check that the points are in the rasters' CRS.")
    if total_units <= observed:
        raise ValueError(f"The study area is {total_units:g} unit cells for {observed} deposits: lower UNIT_AREA.")
    prior = observed / total_units
    logit = np.full(grid.shape, math.log(prior / (1 - prior)))
    variance_weights = np.full(grid.shape, 1.0 / observed)
    coded = []
    for index, (layer, weights) in enumerate(zip(layers, class_weights)):
        w, v, lookup = _layer_codes(layer, weights, index)
        logit += w
        variance_weights += v
        coded.append((weights, lookup))
        report(progress, 0.3 * (index + 1) / len(layers))
    probability = _logistic(logit)
    variance = probability ** 2 * variance_weights
    for index, (weights, lookup) in enumerate(coded):
        missing = study & (lookup < 0)
        if missing.any():
            variance[missing] += _missing_data_variance(probability[missing], weights, lookup[study & (lookup >= 0)])
        report(progress, 0.3 + 0.5 * (index + 1) / len(layers))
    probability[~study] = np.nan
    std = np.sqrt(np.where(study, variance, np.nan))
    with np.errstate(divide="ignore", invalid="ignore"):
        confidence = probability / std
    predicted = float(np.nansum(probability) * per_cell)
    predicted_std = _predicted_std(std, [lookup for _, lookup in coded], study, per_cell)
    z = (predicted - observed) / predicted_std if predicted_std > 0 else math.nan
    report(progress, 1.0)
    return Posterior(probability, std, confidence, prior, observed, predicted, predicted_std, observed / predicted, z,
                     0.5 * (1 + math.erf(z / math.sqrt(2))) if math.isfinite(z) else math.nan, deposits)


def _missing_data_variance(probability, weights, known_lookup):
    """Sum over the classes k of a layer of f_k (P_k - P)², at cells where the layer is missing."""
    codes = sorted(weights)
    shares = np.bincount(known_lookup, minlength=len(codes)) / max(len(known_lookup), 1)
    logit = np.log(probability / (1 - probability))
    total = np.zeros_like(probability)
    for code, share in zip(codes, shares):
        if share > 0:
            total += share * (_logistic(logit + weights[code][0]) - probability) ** 2
    return total


def _predicted_std(std, lookups, study, per_cell):
    """s(T_pred): sqrt of the sum over unique conditions (combinations of classes) of (area x s(P))²."""
    condition = np.zeros(int(study.sum()), dtype=np.int64)
    for lookup in lookups:  # one integer per combination of classes (-1 = missing)
        base = int(lookup.max()) + 2
        if (int(condition.max(initial=0)) + 1) * base > 2 ** 40:
            condition = _renumbered(condition)
        condition = condition * base + lookup[study] + 1
    if condition.max(initial=0) > condition.size:
        condition = _renumbered(condition)
    counts = np.bincount(condition)
    std_of = np.zeros(len(counts))
    std_of[condition] = std[study]  # the same for every cell of a condition
    return float(np.sqrt(np.sum((counts * per_cell * std_of) ** 2)))


def _renumbered(codes):
    """Integer codes renumbered 0, 1, ... in order."""
    return np.unique(codes, return_inverse=True)[1].reshape(-1).astype(np.int64)
