"""Knowledge- and data-driven prospectivity without machine learning: weights of evidence and fuzzy overlay.

Science in ``science/wofe.py`` and ``science/fuzzy.py``. The generalised raster written by Weights of evidence
carries its weights in its metadata (item ``LODESTONE_WOFE``), so its output can go straight into Weights of
evidence posterior, in a model or by hand.
"""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...science.prospectivity import fuzzy, wofe
from ..base import LodestoneAlgorithm, attribute_value, number_parameter
from ..compat import ProcessingSourceType
from ..safety import open_gdal

TYPE_LABELS = ("cumulative ascending (low values favourable, e.g. distance to a structure)",
               "cumulative descending (high values favourable, e.g. a geochemical score)",
               "categorical (classes on their own, e.g. rock units)")
TYPE_VALUES = (wofe.ASCENDING, wofe.DESCENDING, wofe.CATEGORICAL)
OPERATOR_LABELS = ("AND (minimum)", "OR (maximum)", "product", "sum (1 - prod(1 - m))",
                   "gamma (sum^g x product^(1-g))")


def same_grid_rasters(algorithm, layers, what):
    """Band 1 of each raster layer, refusing rasters on different grids or CRSs: (arrays, grid, crs)."""
    if not layers:
        raise QgsProcessingException(algorithm.tr("Give at least one {}.").format(what))
    arrays, grid, crs = [], None, None
    for layer in layers:
        values, layer_grid, layer_crs = algorithm.read_raster(layer)
        if grid is not None and (layer_grid != grid or layer_crs != crs):
            raise QgsProcessingException(algorithm.tr(
                "'{}' is not on the grid of '{}' (extent, cell size or CRS differ). Resample the {} to one grid "
                "first (Raster > Projections > Warp with the same target CRS, extent and resolution).").format(
                    layer.name(), layers[0].name(), what))
        arrays.append(values)
        grid, crs = layer_grid, layer_crs
    return arrays, grid, crs


class DepositsParameter:
    """The DEPOSITS points, and how they count (COUNT_POINTS), shared by both weights-of-evidence algorithms."""

    DEPOSITS, COUNT_POINTS = "DEPOSITS", "COUNT_POINTS"

    def add_deposits(self):
        self.add_parameter(QgsProcessingParameterFeatureSource(self.DEPOSITS, self.tr("Deposits (training points)"),
                                                               [ProcessingSourceType.VectorPoint]),
                           "Known deposits or occurrences, one point each (reprojected to the raster's CRS). "
                           "Points off the raster or on nodata are left out; the log says how many.")
        self.add_parameter(QgsProcessingParameterBoolean(self.COUNT_POINTS,
                                                         self.tr("Count each deposit point (ArcSDM)"), True,
                                                         optional=True),
                           "On (default, as ArcSDM): every point counts, also several in one raster cell. Off: a "
                           "cell holding any point counts once (Lodestone's tables before ArcSDM counting). Count "
                           "the deposits the same way for the weights and the posterior.", advanced=True)

    def read_deposits(self, parameters, context, feedback, crs):
        source = self.parameterAsSource(parameters, self.DEPOSITS, context)
        if source is None:
            raise QgsProcessingException(self.tr("The deposit layer could not be read."))
        return self.read_points(source, feedback, crs=crs, context=context)[0]

    def count_points(self, parameters, context):
        """True to count each deposit point (ArcSDM, the default), False to count each cell holding one once."""
        return self.parameterAsBoolean(parameters, self.COUNT_POINTS, context)


class WeightsOfEvidenceAlgorithm(DepositsParameter, LodestoneAlgorithm):
    ALGORITHM_ID = "weightsofevidence"
    DISPLAY_NAME = "Weights of evidence"
    GROUP_ID = "prospectivity"
    HELP_ANCHOR = "weightsofevidence"
    SHORT_HELP = ("Weights of evidence of one evidence raster for known deposits (Bonham-Carter 1994; ArcSDM's "
                  "Calculate Weights): a table with, per class, the pattern's area (km² and unit cells), its "
                  "deposits, W+, W-, their standard deviations, the contrast C = W+ - W-, s(C) and the studentized "
                  "contrast C/s(C). Cumulative tables accumulate classes from the low (ascending) or high "
                  "(descending) end. The generalised raster keeps the cumulative pattern of largest contrast whose "
                  "studentized contrast reaches CONFIDENCE (class 2 inside, 1 outside), or every categorical class "
                  "with its own W+ (at least one must reach CONFIDENCE); it carries its weights for Weights of "
                  "evidence posterior. As in ArcSDM, each deposit point counts (COUNT_POINTS), a pattern without "
                  "deposits gets weights 0, and a pattern holding every deposit leaves 0.99 deposit (and, if need "
                  "be, 0.99 unit cell) off it; the row's note says so. On Geoscience Australia's Cloncurry test "
                  "data this reproduces the publisher's ArcSDM tables.")
    EVIDENCE, BAND, TYPE, UNIT_AREA, CONFIDENCE, N_CLASSES = (
        "EVIDENCE", "BAND", "TYPE", "UNIT_AREA", "CONFIDENCE", "N_CLASSES")
    TABLE, GENERALIZED = "TABLE", "GENERALIZED"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterRasterLayer(self.EVIDENCE, self.tr("Evidence raster")),
                           "A raster of classes (integer codes, or any values with N_CLASSES set) in a projected "
                           "CRS; nodata is missing evidence.")
        self.add_parameter(QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.EVIDENCE,
                                                      optional=True),
                           "The band of the evidence raster to use (default 1, e.g. one band of an evidence stack).")
        self.add_deposits()
        self.add_parameter(QgsProcessingParameterEnum(self.TYPE, self.tr("Table type"), list(TYPE_LABELS),
                                                      defaultValue=0),
                           "Ascending: pattern = classes up to each value; descending: classes from each value up; "
                           "categorical: each class on its own.")
        self.add_parameter(number_parameter(self.UNIT_AREA, self.tr("Unit cell area (km²)"), 1.0, 1e-6),
                           "Area of the unit cell in km² (at most one deposit per unit cell, about a deposit's "
                           "footprint). Areas and variances are counted in unit cells.")
        self.add_parameter(number_parameter(self.CONFIDENCE, self.tr("Studentized contrast threshold"), 2.0, 0.0,
                                            100.0),
                           "A class is kept by the generalisation when its studentized contrast C/s(C) reaches this "
                           "(2 is about 98 % one-sided confidence that the contrast is positive).")
        self.add_parameter(number_parameter(self.N_CLASSES, self.tr("Equal-area classes for continuous values"), 0,
                                            0, 100, integer=True),
                           "0 = use the raster's values as classes. For a continuous raster (distances, scores) "
                           "split it into this many classes of equal area first (cumulative types only).",
                           advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(self.TABLE, self.tr("Weights table"),
                                                             ProcessingSourceType.Vector),
                           "One row per class, ArcSDM columns: class, area_sq_km, area_units, no_points, wplus, "
                           "s_wplus, wminus, s_wminus, contrast, s_contrast, stud_cnt, gen_class, weight, w_std, "
                           "note (the zero-count correction used, if any).")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.GENERALIZED, self.tr("Generalised evidence")),
                           "The evidence recoded to its generalised classes, with the weights in its metadata.")

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.EVIDENCE, context)
        values, grid, crs = self.read_raster(layer, self.parameterAsInt(parameters, self.BAND, context) or 1)
        self.require_projected(crs, self.tr("The evidence raster"))
        kind = TYPE_VALUES[self.parameterAsEnum(parameters, self.TYPE, context)]
        n_classes = self.parameterAsInt(parameters, self.N_CLASSES, context)
        if n_classes and kind == wofe.CATEGORICAL:
            raise QgsProcessingException(self.tr("Equal-area classes are for cumulative tables: set the number of "
                                                 "classes to 0 for a categorical raster."))
        if n_classes:
            values = self.run_science(feedback, wofe.equal_area_classes, values, n_classes,
                                      descending=kind == wofe.DESCENDING)
        deposits_xy = self.read_deposits(parameters, context, feedback, crs)
        table, deposits = self.run_science(feedback, wofe.weights_table, values, grid, deposits_xy, kind,
                                           self.parameterAsDouble(parameters, self.UNIT_AREA, context),
                                           self.count_points(parameters, context))
        feedback.pushInfo(self.tr("Deposits: {}.").format(deposits.summary()))
        feedback.pushInfo(self.tr("Study area {:.2f} unit cells, {} deposits. Class, deposits, contrast, studentized "
                                  "contrast:").format(table.total_units, table.deposits))
        for value, points, contrast, stud in zip(table.classes, table.points, table.contrast, table.stud_cnt):
            feedback.pushInfo(f"  {value:g}: {points}, {contrast:.3f}, {stud:.2f}")
        confidence = self.parameterAsDouble(parameters, self.CONFIDENCE, context)
        self.run_science(feedback, wofe.generalise, table, confidence)
        if table.threshold is not None:
            feedback.pushInfo(self.tr("Generalised at class {:g} ({} {:g}).").format(
                table.threshold, "<=" if kind == wofe.ASCENDING else ">=", table.threshold))
        else:
            feedback.pushInfo(self.tr("{} of {} classes reach the confidence; every class keeps its own W+.").format(
                int(np.sum(np.abs(table.stud_cnt) >= confidence)), len(table.classes)))
        for note in sorted({n for n in table.notes if n}):
            feedback.pushWarning(note)
        path = self.write_raster(self.parameterAsOutputLayer(parameters, self.GENERALIZED, context),
                                 wofe.generalised_raster(values, table), grid, crs, "generalised class")
        dataset = open_gdal(path, update=True)
        dataset.SetMetadataItem(wofe.METADATA_KEY, wofe.weights_to_json(table))
        dataset = None
        return {self.TABLE: self.write_table(wofe.feature_table(table), parameters, self.TABLE, context, feedback,
                                             crs),
                self.GENERALIZED: path}


class WofePosteriorAlgorithm(DepositsParameter, LodestoneAlgorithm):
    ALGORITHM_ID = "wofeposterior"
    DISPLAY_NAME = "Weights of evidence posterior"
    GROUP_ID = "prospectivity"
    HELP_ANCHOR = "wofeposterior"
    SHORT_HELP = ("Combines generalised evidence rasters (from Weights of evidence) into the posterior probability of "
                  "a deposit per unit cell: logit P = ln[D/(T-D)] + the sum of each layer's weight, a layer missing "
                  "at a cell adding 0 (Bonham-Carter 1994). The standard deviation includes the variance of the "
                  "weights and of missing evidence (Agterberg et al. 1990); confidence = P / std. The log and the "
                  "outputs give the conditional-independence ratio n/T (observed over predicted deposits; below "
                  "about 0.85 some layers duplicate each other) and the Agterberg-Cheng (2002) test. Deposits count "
                  "per point as in ArcSDM (COUNT_POINTS); count them as the weights did.")
    GENERALIZED, TABLES, UNIT_AREA = "GENERALIZED", "TABLES", "UNIT_AREA"
    POSTERIOR, STD, CONFIDENCE = "POSTERIOR", "STD", "CONFIDENCE"
    CI_RATIO, CI_TEST_PROBABILITY = "CI_RATIO", "CI_TEST_PROBABILITY"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterMultipleLayers(self.GENERALIZED, self.tr("Generalised evidence"),
                                                                ProcessingSourceType.Raster),
                           "Generalised rasters from Weights of evidence, on one grid; each carries its weights.")
        self.add_parameter(QgsProcessingParameterMultipleLayers(self.TABLES, self.tr("Weights tables"),
                                                                ProcessingSourceType.Vector, optional=True),
                           "Optional: one weights table per raster, in the same order, read from its gen_class, "
                           "weight and w_std fields instead of the weights the rasters carry (for edited tables).",
                           advanced=True)
        self.add_deposits()
        self.add_parameter(number_parameter(self.UNIT_AREA, self.tr("Unit cell area (km²)"), 0.0),
                           "0 = the unit cell the weights were computed with. The posterior is a probability per "
                           "unit cell.")
        for name, label, help_text in (
                (self.POSTERIOR, "Posterior probability", "Probability of a deposit per unit cell."),
                (self.STD, "Posterior standard deviation", "Standard deviation of the posterior probability "
                                                            "(weights and missing evidence)."),
                (self.CONFIDENCE, "Posterior confidence", "Posterior probability / its standard deviation: "
                                                          "above about 2 the probability is well determined.")):
            self.add_parameter(QgsProcessingParameterRasterDestination(name, self.tr(label),
                                                                       optional=name != self.POSTERIOR), help_text)
        self.addOutput(QgsProcessingOutputNumber(self.CI_RATIO, self.tr("Conditional-independence ratio n/T")))
        self.addOutput(QgsProcessingOutputNumber(self.CI_TEST_PROBABILITY,
                                                 self.tr("Probability the layers are not conditionally independent")))

    def class_weights(self, parameters, context, feedback, layers):
        """Per raster: its class weights, the unit area they were computed with and whether they counted each
        deposit point (both None if unknown)."""
        tables = self.parameterAsLayerList(parameters, self.TABLES, context)
        if tables and len(tables) != len(layers):
            raise QgsProcessingException(self.tr("{} rasters but {} weights tables: give one table per raster, in "
                                                 "the same order, or none.").format(len(layers), len(tables)))
        found = []
        for index, layer in enumerate(layers):
            dataset = open_gdal(layer.source())
            stored = dataset.GetMetadataItem(wofe.METADATA_KEY) if dataset is not None else None
            weights, unit, per_point = (self.run_science(feedback, wofe.weights_from_json, stored) if stored
                                        else (None, None, None))
            if tables:
                weights = self.table_weights(tables[index])
            if weights is None:
                raise QgsProcessingException(self.tr(
                    "'{}' carries no weights: use the generalised raster written by Weights of evidence, or give "
                    "its weights table.").format(layer.name()))
            found.append((weights, unit, per_point))
        return found

    def table_weights(self, table):
        names = table.fields().names()
        if not {"gen_class", "weight", "w_std"} <= set(names):
            raise QgsProcessingException(self.tr("The table '{}' has no gen_class, weight and w_std fields: give the "
                                                 "weights table written by Weights of evidence.").format(table.name()))
        weights = {}
        for feature in table.getFeatures():
            gen_class, weight, w_std = (attribute_value(feature[name]) for name in ("gen_class", "weight", "w_std"))
            if gen_class is not None and weight is not None:
                weights[int(gen_class)] = (float(weight), float(w_std or 0.0))
        return weights

    def unit_area(self, parameters, context, feedback, stored):
        given = self.parameterAsDouble(parameters, self.UNIT_AREA, context)
        known = {unit for unit in stored if unit is not None}
        if given > 0:
            if known and known != {given}:
                feedback.pushWarning(self.tr("The weights were computed with unit cells of {} km², not {} km²: the "
                                             "variances no longer match the weights.").format(
                                                 ", ".join(f"{u:g}" for u in sorted(known)), given))
            return given
        if len(known) != 1 or None in stored:
            raise QgsProcessingException(self.tr("Set the unit cell area: the weights were computed with {}.").format(
                ", ".join(f"{u:g} km²" for u in sorted(known)) if known else self.tr("an unknown unit cell")))
        return known.pop()

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.GENERALIZED, context)
        arrays, grid, crs = same_grid_rasters(self, layers, self.tr("generalised rasters"))
        self.require_projected(crs, self.tr("The generalised rasters"))
        weights = self.class_weights(parameters, context, feedback, layers)
        unit = self.unit_area(parameters, context, feedback, [u for _, u, _ in weights])
        per_point = self.count_points(parameters, context)
        if any(counted is not None and counted != per_point for _, _, counted in weights):
            feedback.pushWarning(self.tr("Some weights were computed counting the deposits {}, but the posterior "
                                         "counts them {}: set COUNT_POINTS as for the weights.").format(
                self.tr("once per cell") if per_point else self.tr("per point"),
                self.tr("per point") if per_point else self.tr("once per cell")))
        deposits_xy = self.read_deposits(parameters, context, feedback, crs)
        result = self.run_science(feedback, wofe.posterior, arrays, [w for w, _, _ in weights], grid, deposits_xy,
                                  unit, per_point=per_point, progress_range=(10, 85))
        if result is None:
            return {}
        feedback.pushInfo(self.tr("Deposits: {}. Prior probability {:.5f} per {:g} km² unit cell.").format(
            result.deposits.summary(), result.prior, unit))
        feedback.pushInfo(self.tr("Conditional independence: observed n = {}, predicted T = {:.2f} (s = {:.2f}), "
                                  "ratio n/T = {:.3f} (below about 0.85: some layers duplicate each other). "
                                  "Agterberg-Cheng: z = (T - n)/s = {:.2f}, probability the layers are not "
                                  "conditionally independent {:.1f} %.").format(
            result.observed, result.predicted, result.predicted_std, result.ci_ratio, result.ci_z,
            100 * result.ci_probability))
        if result.ci_ratio < 0.85:
            feedback.pushWarning(self.tr("The conditional-independence ratio is {:.2f}: the posterior overstates "
                                         "the probability. Drop or combine correlated layers.").format(
                                             result.ci_ratio))
        outputs = {self.CI_RATIO: result.ci_ratio, self.CI_TEST_PROBABILITY: result.ci_probability}
        for name, array, description in ((self.POSTERIOR, result.probability, "posterior probability"),
                                         (self.STD, result.std, "posterior standard deviation"),
                                         (self.CONFIDENCE, result.confidence, "posterior / std")):
            path = self.parameterAsOutputLayer(parameters, name, context)
            if path:
                outputs[name] = self.write_raster(path, array, grid, crs, description)
        return outputs


class FuzzyOverlayAlgorithm(LodestoneAlgorithm):
    ALGORITHM_ID = "fuzzyoverlay"
    OUTPUT_STYLES = {"OUTPUT": "heatmap"}
    DISPLAY_NAME = "Fuzzy overlay"
    GROUP_ID = "prospectivity"
    HELP_ANCHOR = "fuzzyoverlay"
    SHORT_HELP = ("Knowledge-driven favourability (Bonham-Carter 1994): each layer becomes a fuzzy membership "
                  "(0-1) and the memberships are combined with AND (minimum), OR (maximum), product, sum "
                  "(1 - prod(1 - m)) or gamma (sum^g x product^(1-g)), as ArcGIS Fuzzy Membership and Fuzzy "
                  "Overlay. MEMBERSHIP gives one spec per layer separated by ';' (or one for all): linear,min,max "
                  "(min > max for a decreasing line); large,midpoint,spread; small,midpoint,spread; "
                  "gaussian,midpoint,spread; none (the layer already is 0-1). Left-out parameters default to the "
                  "layer's range, or its mean with spread 5 (large, small) or 0.1 (gaussian). Nodata in any layer "
                  "gives nodata.")
    LAYERS, MEMBERSHIP, OPERATOR, GAMMA, OUTPUT = "LAYERS", "MEMBERSHIP", "OPERATOR", "GAMMA", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterMultipleLayers(self.LAYERS, self.tr("Evidence layers"),
                                                                ProcessingSourceType.Raster),
                           "Evidence rasters on one grid (band 1 of each).")
        self.add_parameter(QgsProcessingParameterString(self.MEMBERSHIP, self.tr("Membership per layer"), "large"),
                           "E.g. 'small,500,3; large,1500,5; none' for three layers in order, or 'large' for all. "
                           "Units are those of each layer.")
        self.add_parameter(QgsProcessingParameterEnum(self.OPERATOR, self.tr("Operator"), list(OPERATOR_LABELS),
                                                      defaultValue=4),
                           "How the memberships combine: AND is the most cautious, OR the most generous, gamma "
                           "in between.")
        self.add_parameter(number_parameter(self.GAMMA, self.tr("Gamma"), 0.9, 0.0, 1.0),
                           "For the gamma operator: 0 = product, 1 = sum; 0.9 is common in prospectivity work.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Fuzzy favourability")),
                           "Combined membership, 0-1.")

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        arrays, grid, crs = same_grid_rasters(self, layers, self.tr("evidence layers"))
        specs = self.run_science(feedback, fuzzy.parse_memberships,
                                 self.parameterAsString(parameters, self.MEMBERSHIP, context), len(arrays))
        memberships = []
        for layer, values, spec in zip(layers, arrays, specs):
            resolved = self.run_science(feedback, spec.resolved, values)
            feedback.pushInfo(self.tr("{}: {}").format(layer.name(), resolved))
            memberships.append(self.run_science(feedback, resolved.apply, values))
        operator = fuzzy.OPERATORS[self.parameterAsEnum(parameters, self.OPERATOR, context)]
        result = self.run_science(feedback, fuzzy.overlay, memberships, operator,
                                  self.parameterAsDouble(parameters, self.GAMMA, context))
        if not np.isfinite(result).any():
            feedback.pushWarning(self.tr("Every cell is nodata in at least one layer: the result is empty."))
        return {self.OUTPUT: self.write_raster(self.parameterAsOutputLayer(parameters, self.OUTPUT, context), result,
                                               grid, crs, f"fuzzy {operator}")}
