"""Weights of evidence (Bonham-Carter 1994, ch. 8-9; ArcSDM conventions; docs/science.md section 5).

An evidence raster holds classes (integers, or values split into equal-area classes). With ``T`` the study area
and ``B`` a binary pattern, both in unit cells (area / ``unit_area_km2``), ``D`` the deposits and ``b`` the
deposits on the pattern (one deposit per unit cell at most):

    W+ = ln[P(B|D) / P(B|~D)]     = ln[(b / D) / ((B - b) / (T - D))]
    W- = ln[P(~B|D) / P(~B|~D)]   = ln[((D - b) / D) / ((T - B - D + b) / (T - D))]
    s²(W+) = 1 / b + 1 / (B - b)          s²(W-) = 1 / (D - b) + 1 / (T - B - D + b)
    C = W+ - W-,  s(C) = sqrt(s²(W+) + s²(W-)),  studentized contrast = C / s(C)

Table types (ArcSDM): *ascending* rows in increasing class order, the pattern of a row being every class up to
and including it (classes <= value, e.g. distance to a structure: near is favourable); *descending* the same from
the top (classes >= value, e.g. a geochemical score); *categorical* one pattern per class (rock units).

Generalisation (ArcSDM): cumulative tables keep the row of largest contrast whose studentized contrast reaches
``confidence`` and split the evidence into :data:`INSIDE` (weight W+) and :data:`OUTSIDE` (weight W-);
categorical tables keep each class whose |studentized contrast| reaches ``confidence`` with its own W+, and merge
the others into :data:`OTHER` with the W+ of their union.

Zero counts (documented choice, not ArcSDM's): a weight whose deposit count is zero (no deposit on the pattern
for W+, or every deposit on it for W-) would be infinite; it is computed with :data:`ZERO_COUNT` (0.5) deposit in
place of 0 (the Haldane-Anscombe correction), and the row's ``note`` says so. The large variance 1 / 0.5 = 2 that
comes with it keeps such weights honest. A weight whose non-deposit area is zero or negative (a pattern that is
the whole study area, or holds more deposits than unit cells) is undefined: NaN in the table, never chosen.

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

OTHER = 99
"""Generalised class of the categorical classes merged for lack of confidence (ArcSDM's 99; a larger code is used
when a class of the evidence is 99 or more)."""

ZERO_COUNT = 0.5
"""Deposits used in place of a zero deposit count in a weight and its variance (see the module notes)."""

MAX_CLASSES = 256
"""Most distinct evidence values taken as classes; more means a continuous raster (see :func:`equal_area_classes`)."""

METADATA_KEY = "LODESTONE_WOFE"
"""Raster metadata item holding the generalised weights (:func:`weights_to_json`)."""


@dataclass(frozen=True)
class Deposits:
    """Training points on a grid: ``mask`` marks the cells holding one (several points in a cell count once)."""

    mask: np.ndarray
    merged: int
    outside: int

    @property
    def count(self):
        return int(self.mask.sum())

    def summary(self):
        """A sentence for the log: how many points were used, merged and left out."""
        text = f"{self.count} deposit cells used"
        if self.merged:
            text += f"; {self.merged} point(s) merged with another in the same cell"
        if self.outside:
            text += f"; {self.outside} point(s) outside the grid or on nodata left out"
        return text


def snap_deposits(xy, grid, valid):
    """Deposit points ``xy`` ((n, 2), map units) on the cells of ``grid`` where ``valid`` is True."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    finite = np.all(np.isfinite(xy), axis=1)
    row, col = grid.index_of(np.where(finite, xy[:, 0], 0.0), np.where(finite, xy[:, 1], 0.0))
    inside = finite & (row >= 0) & (row < grid.rows) & (col >= 0) & (col < grid.cols)
    inside[inside] = valid[row[inside], col[inside]]
    mask = np.zeros(grid.shape, dtype=bool)
    mask[row[inside], col[inside]] = True
    return Deposits(mask, merged=int(inside.sum() - mask.sum()), outside=int((~inside).sum()))


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

    Zero deposit counts use :data:`ZERO_COUNT`; weights whose non-deposit area is not positive are NaN.
    """
    area = np.asarray(pattern_units, dtype=float)
    inside = np.asarray(pattern_deposits, dtype=float)
    outside = total_deposits - inside
    background = total_units - total_deposits
    free_in = area - inside
    free_out = (total_units - area) - outside
    notes = [[] for _ in range(area.size)]
    for i in np.flatnonzero(inside == 0):
        notes[i].append(f"no deposit on the pattern: W+ uses {ZERO_COUNT:g} deposit")
    for i in np.flatnonzero(outside == 0):
        notes[i].append(f"every deposit on the pattern: W- uses {ZERO_COUNT:g} deposit")
    for i in np.flatnonzero(free_in <= 0):
        notes[i].append("more deposits than unit cells on the pattern: W+ undefined (lower UNIT_AREA)")
    for i in np.flatnonzero(free_out <= 0):
        notes[i].append("the pattern covers the whole study area: W- undefined" if area[i] >= total_units
                        else "more deposits than unit cells off the pattern: W- undefined (lower UNIT_AREA)")
    inside = np.where(inside == 0, ZERO_COUNT, inside)
    outside = np.where(outside == 0, ZERO_COUNT, outside)
    with np.errstate(divide="ignore", invalid="ignore"):
        free_in = np.where(free_in > 0, free_in, np.nan)
        free_out = np.where(free_out > 0, free_out, np.nan)
        wplus = np.log((inside / total_deposits) / (free_in / background))
        wminus = np.log((outside / total_deposits) / (free_out / background))
        s_wplus = np.sqrt(1 / inside + 1 / free_in)
        s_wminus = np.sqrt(1 / outside + 1 / free_out)
    return wplus, s_wplus, wminus, s_wminus, ["; ".join(n) for n in notes]


@dataclass
class WeightsTable:
    """A weights table in ArcSDM's layout, one row per evidence class, in table order.

    ``area_sq_km``, ``area_units`` (unit cells) and ``points`` are those of each row's pattern: cumulative for
    ascending and descending tables, of the class alone for categorical ones. ``gen_class``, ``weight`` and
    ``w_std`` are the generalisation: the class each row becomes and its weight and standard deviation.
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
        return self.contrast / self.s_contrast

    def class_weights(self):
        """Generalised class -> (weight, standard deviation), for :func:`posterior`."""
        return {int(c): (float(w), float(s)) for c, w, s in zip(self.gen_class, self.weight, self.w_std)}


def _class_counts(values, deposits, descending):
    """Distinct finite classes (in table order), cells and deposit cells of each."""
    finite = np.isfinite(values)
    classes, inverse = np.unique(values[finite], return_inverse=True)
    cells = np.bincount(inverse, minlength=len(classes))
    points = np.bincount(inverse, weights=deposits[finite].astype(float), minlength=len(classes)).astype(int)
    if descending:
        return classes[::-1], cells[::-1], points[::-1]
    return classes, cells, points


def weights_table(values, grid, deposits_xy, kind=ASCENDING, unit_area_km2=1.0):
    """The weights table of the evidence ``values`` (a raster of classes, NaN = nodata) for deposits at
    ``deposits_xy`` ((n, 2), map units), not yet generalised (see :func:`generalise`).

    Returns ``(table, deposits)``: a :class:`WeightsTable` and the :class:`Deposits` used (points on nodata or off
    the grid are left out; points sharing a cell count once).
    """
    if kind not in TYPES:
        raise ValueError(f"Unknown table type '{kind}': use one of {', '.join(TYPES)}.")
    per_cell = unit_cells_per_cell(grid, unit_area_km2)
    valid = np.isfinite(values)
    if not valid.any():
        raise ValueError("The evidence raster has no valid cells (all nodata). Check the band and its nodata value.")
    classes = np.unique(values[valid])
    if len(classes) > MAX_CLASSES:
        raise ValueError(f"The evidence raster has {len(classes)} distinct values: it looks continuous. Split it "
                         "into classes first (set the number of classes, e.g. 10 equal-area classes, or reclassify "
                         "it with Raster > Analysis > Reclassify by table).")
    if kind == CATEGORICAL and not np.all(classes == np.round(classes)):
        raise ValueError("A categorical table needs whole-number classes (e.g. rock-unit codes), but the evidence "
                         "has fractional values. Use a cumulative type, or reclassify the raster to integer codes.")
    if len(classes) < 2:
        raise ValueError(f"The evidence raster has a single class ({classes[0]:g}): weights need at least two.")
    deposits = snap_deposits(deposits_xy, grid, valid)
    total_deposits = deposits.count
    if total_deposits == 0:
        raise ValueError(f"None of the deposit points lies on a valid cell of the evidence raster "
                         f"({deposits.outside} point(s) outside it or on nodata). Check that both layers cover the "
                         "same ground and that the points are in the raster's CRS.")
    total_units = valid.sum() * per_cell
    if total_units <= total_deposits:
        raise ValueError(f"The study area is {total_units:g} unit cells for {total_deposits} deposits: a unit cell "
                         "must hold at most one deposit. Lower UNIT_AREA.")
    ordered, cells, points = _class_counts(values, deposits.mask, kind == DESCENDING)
    if kind != CATEGORICAL:
        cells_in_pattern, points_in_pattern = np.cumsum(cells), np.cumsum(points)
    else:
        cells_in_pattern, points_in_pattern = cells, points
    area_units = cells_in_pattern * per_cell
    wplus, s_wplus, wminus, s_wminus, notes = pattern_weights(area_units, points_in_pattern, total_units,
                                                             total_deposits)
    area_sq_km = cells_in_pattern * grid.cell_x * grid.cell_y / 1e6
    return WeightsTable(kind, float(unit_area_km2), ordered, cells, area_sq_km, area_units, points_in_pattern, wplus,
                        s_wplus, wminus, s_wminus, notes, float(total_units), total_deposits), deposits


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
    if not np.isfinite(score).any():
        return ValueError("No class of the evidence has a defined contrast: every pattern holds all or none of the "
                          "study area. Check the evidence raster and the deposits.")
    best = int(np.nanargmax(np.where(np.isfinite(score), score, -np.inf)))
    stud = table.stud_cnt[best]
    advice = ("lower CONFIDENCE (1.0 is about 84 % one-sided), or leave this layer out"
              if stud > 0 or table.kind == CATEGORICAL else
              "the deposits favour the other end of the scale: use the opposite cumulative type")
    return ValueError(f"No class of the evidence reaches a studentized contrast of {confidence:g} (the best is "
                      f"class {table.classes[best]:g} with {stud:.2f}): {advice}.")


def _generalise_cumulative(table, confidence):
    stud, contrast = table.stud_cnt, table.contrast
    eligible = np.isfinite(stud) & (stud >= confidence)
    if not eligible.any():
        raise _no_confident_class(table, confidence, stud)
    best = int(np.argmax(np.where(eligible, contrast, -np.inf)))
    on_pattern = np.arange(len(table.classes)) <= best
    table.threshold = float(table.classes[best])
    table.gen_class = np.where(on_pattern, INSIDE, OUTSIDE)
    table.weight = np.where(on_pattern, table.wplus[best], table.wminus[best])
    table.w_std = np.where(on_pattern, table.s_wplus[best], table.s_wminus[best])


def _generalise_categorical(table, confidence):
    stud = table.stud_cnt
    kept = np.isfinite(stud) & (np.abs(stud) >= confidence)
    if not kept.any():
        raise _no_confident_class(table, confidence, np.abs(stud))
    table.gen_class = table.classes.astype(int)
    table.weight, table.w_std = table.wplus.copy(), table.s_wplus.copy()
    if kept.all():
        return
    other = OTHER if table.classes.max() < OTHER else int(table.classes.max()) + 1
    merged_units = table.area_units[~kept].sum()
    merged_points = table.points[~kept].sum()
    wplus, s_wplus, _, _, _ = pattern_weights([merged_units], [merged_points], table.total_units, table.deposits)
    table.gen_class = np.where(kept, table.gen_class, other)
    table.weight = np.where(kept, table.weight, wplus[0])
    table.w_std = np.where(kept, table.w_std, s_wplus[0])


TABLE_FIELDS = {"class": float, "area_sq_km": float, "area_units": float, "no_points": int, "wplus": float,
                "s_wplus": float, "wminus": float, "s_wminus": float, "contrast": float, "s_contrast": float,
                "stud_cnt": float, "gen_class": int, "weight": float, "w_std": float, "note": str}
"""Columns of the weights table (ArcSDM's names, lower case), in order."""


def feature_table(table):
    """The weights table as an attribute table (no geometry); undefined values are None (NULL)."""
    out = FeatureTable("weights", None, 0, dict(TABLE_FIELDS))
    columns = (table.classes, table.area_sq_km, table.area_units, table.points, table.wplus, table.s_wplus,
               table.wminus, table.s_wminus, table.contrast, table.s_contrast, table.stud_cnt, table.gen_class,
               table.weight, table.w_std, table.notes)
    for values in zip(*columns):
        row = {}
        for (name, kind), value in zip(TABLE_FIELDS.items(), values):
            if kind is float:
                row[name] = float(value) if np.isfinite(value) else None
            else:
                row[name] = kind(value)
        out.add(row)
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
    return json.dumps({"type": table.kind, "unit_area_km2": table.unit_area_km2,
                       "classes": [[c, w, s] for c, (w, s) in sorted(table.class_weights().items())]})


def weights_from_json(text):
    """``(class_weights, unit_area_km2)`` from :func:`weights_to_json` text."""
    try:
        data = json.loads(text)
        weights = {int(c): (float(w), float(s)) for c, w, s in data["classes"]}
        return weights, float(data["unit_area_km2"])
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


def posterior(layers, class_weights, grid, deposits_xy, unit_area_km2, progress=None):
    """Posterior probability of a deposit per unit cell from generalised ``layers`` (rasters of generalised
    classes on one grid, NaN = missing evidence) and their ``class_weights`` (dicts class -> (W, s(W))).

    The study area is every cell where at least one layer is known; deposits ``deposits_xy`` ((n, 2), map units)
    set the prior. See the module notes for the formulas.
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
    deposits = snap_deposits(deposits_xy, grid, study)
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
