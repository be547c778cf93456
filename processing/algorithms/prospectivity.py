"""Prospectivity algorithms: the machine-learning heat map with positive-unlabelled training and spatial validation,
applying a saved model to a stack, and validating any score map against known deposits.

Science in ``science/prospectivity.py`` (scikit-learn, imported only when a tool runs, so the plugin loads without
it) and ``science/validation.py`` (numpy). Distances are in metres of the evidence stack's projected CRS.
"""
import math
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...science.features import FeatureTable
from ...science.grid import GridSpec
from ...science.prospectivity import validation
from .. import reports, tiled
from ..base import LodestoneAlgorithm, number_parameter, number_value
from ..compat import ProcessingFieldParameterDataType, ProcessingSourceType
from ..safety import open_gdal

METHOD_NAMES = ("random forest", "gradient boosting", "logistic regression", "monotone gradient boosting")
DEFAULT_METHOD = 3  # monotone gradient boosting: what transferred best on real ground (docs/algorithms/prospectivity)
DIRECTION_WORDS = {"increasing": 1, "+1": 1, "1": 1, "+": 1, "decreasing": -1, "-1": -1, "-": -1, "free": 0, "0": 0}
MODEL_FILTER = "Lodestone prospectivity model (*.lodestone)"


def _science():
    """The scikit-learn based science module, imported when a tool runs (the plugin loads without scikit-learn)."""
    from ...science.prospectivity import model as prospectivity

    return prospectivity


class GdalStack:
    """The bands of one or more GDAL rasters as one evidence stack, read a window of rows at a time (NaN = nodata),
    so a large stack never sits in memory whole. Band names are the bands' descriptions (stackevidence writes
    them), else the layer name (with the band number for multi-band layers)."""

    def __init__(self, layers):
        self._datasets, self._bands, self.names, self.kinds = [], [], [], []
        grids = []
        for layer in layers:
            dataset = open_gdal(layer.source())
            if dataset is None:
                raise QgsProcessingException(f"Cannot open the raster '{layer.source()}': check that the file exists "
                                             "and is a raster GDAL can read.")
            self._datasets.append(dataset)
            grids.append(GridSpec.from_geotransform(dataset.GetGeoTransform(), dataset.RasterYSize,
                                                    dataset.RasterXSize))
            for index in range(1, dataset.RasterCount + 1):
                band = dataset.GetRasterBand(index)
                self._bands.append((band, band.GetNoDataValue()))
                description = band.GetDescription().strip()
                self.names.append(description or (layer.name() if dataset.RasterCount == 1
                                                  else f"{layer.name()} band {index}"))
                self.kinds.append(band.GetMetadataItem("kind") or "")
        self.layer_grids = grids
        self.grid = grids[0] if grids else None

    def window(self, row0, row1):
        values = np.empty((len(self._bands), row1 - row0, self.grid.cols))
        for index, (band, nodata) in enumerate(self._bands):
            values[index] = band.ReadAsArray(0, row0, self.grid.cols, row1 - row0)
            if nodata is not None and not math.isnan(nodata):
                values[index][values[index] == nodata] = np.nan
        return values


class ProspectivityAlgorithm(LodestoneAlgorithm):
    """Reading of evidence stacks and point layers shared by the prospectivity tools."""

    GROUP_ID = "prospectivity"
    REQUIRES = ("sklearn",)
    EVIDENCE = "EVIDENCE"

    def add_evidence(self, help_text):
        self.add_parameter(QgsProcessingParameterMultipleLayers(self.EVIDENCE, self.tr("Evidence rasters"),
                                                                ProcessingSourceType.Raster), help_text)

    def optional_check(self, feedback, what, function, *args, **kwargs):
        """A check that adds to the report but must not sink the run: its refusal becomes a warning (None)."""
        try:
            return self.run_science(feedback, function, *args, **kwargs)
        except QgsProcessingException as error:
            feedback.pushWarning(self.tr("{} left out: {}").format(what, error))
            return None

    def categorical_bands(self, parameters, context, stack):
        """Band names given as CATEGORICAL (';'-separated), else those the stack's tags mark categorical."""
        text = self.parameterAsString(parameters, self.CATEGORICAL, context).strip()
        if text:
            return [name.strip() for name in text.split(";") if name.strip()]
        return [name for name, kind in zip(stack.names, stack.kinds) if kind == "categorical"]

    def monotone_directions(self, parameters, context):
        """{band name: +1, -1 or 0} from MONOTONE ('name=increasing; other=decreasing')."""
        directions = {}
        for item in self.parameterAsString(parameters, self.MONOTONE, context).split(";"):
            if not item.strip():
                continue
            name, _, word = item.rpartition("=")
            if not name.strip() or word.strip().lower() not in DIRECTION_WORDS:
                raise QgsProcessingException(self.tr("MONOTONE: '{}' is not 'band name=increasing', "
                                                     "'=decreasing' or '=free'.").format(item.strip()))
            directions[name.strip()] = DIRECTION_WORDS[word.strip().lower()]
        return directions

    def read_evidence(self, parameters, context, feedback):
        """The evidence layers as one :class:`GdalStack` on one grid, and its CRS."""
        layers, crs = self.evidence_layers(parameters, context)
        try:
            stack = GdalStack(layers)
        except ValueError as error:  # a rotated or south-up raster
            raise QgsProcessingException(str(error)) from None
        self.run_science(feedback, _science().check_same_grid, stack.layer_grids, [layer.name() for layer in layers])
        feedback.pushInfo(self.tr("Evidence: {} bands on {} x {} cells of {:g} m: {}").format(
            len(stack.names), stack.grid.rows, stack.grid.cols, stack.grid.cell_x, ", ".join(stack.names)))
        return stack, crs

    def evidence_layers(self, parameters, context):
        """The evidence raster layers and their CRS, refused unless given, projected and all in one CRS."""
        layers = self.parameterAsLayerList(parameters, self.EVIDENCE, context)
        if not layers:
            raise QgsProcessingException(self.tr("No evidence raster was given: give the stack from "
                                                 "lodestone:stackevidence, or several rasters on one grid."))
        crs = layers[0].crs()
        self.require_projected(crs, self.tr("The evidence raster '{}'").format(layers[0].name()))
        for layer in layers[1:]:
            if layer.crs() != crs:
                raise QgsProcessingException(self.tr(
                    "The evidence rasters are in different CRSs ('{}' in {}, '{}' in {}): put them on one grid with "
                    "lodestone:stackevidence first.").format(layers[0].name(), crs.authid(), layer.name(),
                                                            layer.crs().authid()))
        return layers, crs

    def read_point_layer(self, parameters, name, context, crs, feedback, weight_field=None):
        """Every point (each part of a multipoint) of the point layer parameter ``name`` in ``crs`` as an
        ``(n, 2)`` array, with the weight field's values (NaN where missing; 1 without a weight field), or
        (None, None) if the layer is not given."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None, None
        points, attributes = self.read_points(source, feedback, [weight_field] if weight_field else [], crs, context)
        if not weight_field:
            return points, np.ones(len(points))
        return points, np.array([number_value(v) for v in attributes[weight_field]], dtype=float)


# ----------------------------------------------------------------------------------------------------------------
# Algorithms


class ProspectivityModelAlgorithm(ProspectivityAlgorithm):
    ALGORITHM_ID = "prospectivitymodel"
    OUTPUT_STYLES = {"PROSPECTIVITY": "heatmap", "UNCERTAINTY": "uncertainty", "APPLICABILITY": "applicability"}
    DISPLAY_NAME = "Prospectivity model (machine learning)"
    HELP_ANCHOR = "prospectivitymodel"
    SHORT_HELP = (
        "A 0-1 prospectivity heat map learnt from known gold points and an evidence stack, with positive-unlabelled "
        "training: every cell that is not a known occurrence is unlabelled, not barren. Each of N_BAGS bags trains "
        "a classifier on the positives (weighted by WEIGHT_FIELD, e.g. grade x thickness), the optional true "
        "negatives (barren holes) and a new random draw of unlabelled cells farther than NEGATIVE_BUFFER metres "
        "from any positive. PROSPECTIVITY is the bag-mean probability rescaled to 0-1 over the stack; UNCERTAINTY "
        "is the standard deviation across bags in the same units. Validation is spatial: blocks of CV_BLOCK_SIZE "
        "metres are held out in turn, giving the prediction-rate curve, its AUC with a bootstrap interval and the "
        "share of held-out points in the top 1/2/5/10/20 % of the area; random cross-validation is reported beside "
        "it only as a leakage flag (Airola et al. 2019). The REPORT adds the prediction-area plot (Yousefi & "
        "Carranza 2015), permutation importance and partial dependence per band. Cells with nodata in any band "
        "are nodata in the outputs, never zero; points on them, outside the stack or sharing a cell are counted in "
        "the report. MODEL can be applied to another stack with the same bands (Apply prospectivity model).")
    POSITIVES, NEGATIVES, WEIGHT_FIELD, METHOD = "POSITIVES", "NEGATIVES", "WEIGHT_FIELD", "METHOD"
    CATEGORICAL, MONOTONE, TRANSFER_CHECK, APPLICABILITY = "CATEGORICAL", "MONOTONE", "TRANSFER_CHECK", "APPLICABILITY"
    NEGATIVE_BUFFER, N_BAGS, CV_BLOCK_SIZE, SEED = "NEGATIVE_BUFFER", "N_BAGS", "CV_BLOCK_SIZE", "SEED"
    PROSPECTIVITY, UNCERTAINTY, REPORT, MODEL = "PROSPECTIVITY", "UNCERTAINTY", "REPORT", "MODEL"
    NUMBER_OUTPUTS = (("SPATIAL_AUC", "Spatial cross-validation AUC"),
                      ("SPATIAL_AUC_LOW", "Spatial AUC, lower end of the 95 % interval"),
                      ("SPATIAL_AUC_HIGH", "Spatial AUC, upper end of the 95 % interval"),
                      ("CAPTURE_10", "Held-out points captured in the top 10 % of the area (spatial, 0-1)"),
                      ("RANDOM_AUC", "Random cross-validation AUC (leakage flag)"),
                      ("SPATIAL_ROC_AUC", "Spatial cross-validation ROC AUC, positives against true negatives"),
                      ("TRANSFER_AUC", "Transfer check: the model's mean AUC on held-out halves"),
                      ("TRANSFER_BEST_BAND_AUC", "Transfer check: the best single band's mean AUC"),
                      ("TRANSFER_WOFE_AUC", "Transfer check: a weights-of-evidence posterior's mean AUC"),
                      ("OUTSIDE_APPLICABILITY", "Share of the valid area outside the area of applicability (0-1)"))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_evidence("The evidence stack from lodestone:stackevidence (each band one evidence layer, named by "
                          "its band description), or several rasters on one grid in a projected CRS (each band of "
                          "each raster is one evidence band).")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.POSITIVES, self.tr("Known occurrences "
                                                                                       "(positives)"),
                                                               [ProcessingSourceType.VectorPoint]),
                           "Points of known gold: showings, drill intercepts (from lodestone:trainingpoints or any "
                           "point layer). Several in one cell count once; points on nodata or outside are dropped "
                           "and counted.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.NEGATIVES, self.tr("True negatives"),
                                                               [ProcessingSourceType.VectorPoint], optional=True),
                           "Optional points known to be barren, such as barren drill holes; used as negatives in "
                           "every bag.")
        self.add_parameter(QgsProcessingParameterField(self.WEIGHT_FIELD, self.tr("Positive weight field"), None,
                                                       self.POSITIVES, ProcessingFieldParameterDataType.Numeric,
                                                       optional=True),
                           "Optional positive number per positive (e.g. grade x thickness in g/t x m); several "
                           "points in one cell keep the largest. Empty = equal weights.")
        self.add_parameter(QgsProcessingParameterEnum(self.METHOD, self.tr("Method"), list(METHOD_NAMES),
                                                      defaultValue=DEFAULT_METHOD),
                           "Monotone gradient boosting (default: each ordered band can only raise or only lower the "
                           "score, which keeps the model from learning accidents of the training ground), random "
                           "forest, gradient boosting, or logistic regression on standardised bands (a linear, easily "
                           "explained model).")
        self.add_parameter(QgsProcessingParameterString(self.CATEGORICAL, self.tr("Categorical bands"), "",
                                                        optional=True),
                           "Names of the bands holding rock units or other unordered codes, separated by ';'. Empty: "
                           "the bands lodestone:stackevidence marked categorical. Each unit weighs its contrast "
                           "where that is confident (studentized contrast 2), else nothing; a unit the training "
                           "never saw weighs nothing.")
        self.add_parameter(QgsProcessingParameterString(self.MONOTONE, self.tr("Monotone directions"), "",
                                                        optional=True),
                           "For monotone gradient boosting: 'band=increasing; other band=decreasing; third=free', "
                           "where you know the direction (closer to a fault is never worse: distance decreasing). "
                           "Bands left out follow the direction the training points show.")
        self.add_parameter(QgsProcessingParameterBoolean(self.TRANSFER_CHECK, self.tr("Transfer check"), True,
                                                         optional=True),
                           "Train on one side of three split lines (both ways) and score the other side: the "
                           "model against each band alone and a weights-of-evidence posterior (in the report).")
        self.add_parameter(number_parameter(self.NEGATIVE_BUFFER, self.tr("Negative buffer (m)"), 250.0),
                           "Unlabelled cells closer than this to a positive are never drawn as negatives (m).")
        self.add_parameter(number_parameter(self.N_BAGS, self.tr("Number of bags"), 10, 2, 200, integer=True),
                           "Repeated random draws of negatives; their spread is the uncertainty (10-20 is usual).")
        self.add_parameter(number_parameter(self.CV_BLOCK_SIZE, self.tr("Cross-validation block size (m)"), 500.0,
                                            0.001),
                           "Side of the square blocks held out together in spatial cross-validation (m): larger "
                           "than the size of one mineralised zone, so a zone is never half in training.")
        self.add_parameter(number_parameter(self.SEED, self.tr("Random seed"), 42, 0, 2**31 - 1, integer=True),
                           "Fixes every random choice: the same inputs and seed give the same outputs.",
                           advanced=True)
        self.add_parameter(QgsProcessingParameterRasterDestination(self.PROSPECTIVITY, self.tr("Prospectivity")),
                           "0-1 heat map (rescaled bag-mean probability; see README); nodata where any band is.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.UNCERTAINTY, self.tr("Uncertainty")),
                           "Standard deviation of the prospectivity across bags, in the same 0-1 units.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.APPLICABILITY,
                                                                   self.tr("Area of applicability"), optional=True,
                                                                   createByDefault=True),
                           "Dissimilarity of each cell's evidence to the training data over the threshold (Meyer & "
                           "Pebesma 2021): above 1 the model extrapolates and its map is not to be trusted there.")
        self.add_parameter(QgsProcessingParameterFileDestination(self.REPORT, self.tr("Report"),
                                                                 "HTML files (*.html)"),
                           "HTML report: spatial and random cross-validation curves and AUC, capture table, "
                           "prediction-area plot, importance, partial dependence, the transfer check, the area of "
                           "applicability, point counts, parameters.")
        self.add_parameter(QgsProcessingParameterFileDestination(self.MODEL, self.tr("Model file"), MODEL_FILTER,
                                                                 optional=True, createByDefault=True),
                           "The trained model, for Apply prospectivity model on another stack with the same bands: "
                           "plain arrays (no code), safe to share.")
        for name, label in self.NUMBER_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def process(self, parameters, context, feedback):
        stack, crs = self.read_evidence(parameters, context, feedback)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        positives, weights = self.read_point_layer(parameters, self.POSITIVES, context, crs, feedback, weight_field)
        if positives is None:
            raise QgsProcessingException(self.tr("The positives layer could not be read."))
        negatives, _ = self.read_point_layer(parameters, self.NEGATIVES, context, crs, feedback)
        method = METHOD_NAMES[self.parameterAsEnum(parameters, self.METHOD, context)]
        settings = {"method": method,
                    "negative_buffer_m": self.parameterAsDouble(parameters, self.NEGATIVE_BUFFER, context),
                    "n_bags": self.parameterAsInt(parameters, self.N_BAGS, context),
                    "cv_block_size_m": self.parameterAsDouble(parameters, self.CV_BLOCK_SIZE, context),
                    "seed": self.parameterAsInt(parameters, self.SEED, context),
                    "categorical": self.categorical_bands(parameters, context, stack),
                    "monotone": self.monotone_directions(parameters, context)}
        if settings["categorical"]:
            feedback.pushInfo(self.tr("Categorical bands: {}").format(", ".join(settings["categorical"])))
        result = self.run_science(feedback, _science().train, stack, positives,
                                  weights if weight_field else None, negatives, progress_range=(2, 80), **settings)
        if result is None:
            return {}
        for warning in result.warnings:
            feedback.pushWarning(warning)
        checks = {}
        if self.parameterAsBool(parameters, self.TRANSFER_CHECK, context):
            checks["transfer"] = self.optional_check(
                feedback, self.tr("Transfer check"), _transfer().transfer_check, stack, positives, settings["method"],
                settings["categorical"], settings["monotone"], negative_buffer_m=settings["negative_buffer_m"],
                seed=settings["seed"], progress_range=(80, 92))
            if checks["transfer"] is not None:
                feedback.pushInfo(checks["transfer"].verdict())
        applicability_path = self.parameterAsOutputLayer(parameters, self.APPLICABILITY, context)
        if applicability_path:
            checks["applicability"] = self.optional_check(
                feedback, self.tr("Area of applicability"), _applicability().map_applicability, stack, result,
                settings["seed"], progress_range=(92, 97))
            if checks["applicability"] is not None:
                feedback.pushInfo(checks["applicability"].summary.describe(stack.names))
        checks = {name: check for name, check in checks.items() if check is not None}
        if feedback.isCanceled():
            return {}
        spatial, shuffled = result.spatial_summary, result.random_summary
        feedback.pushInfo(self.tr("Spatial cross-validation AUC {:.3f} (95 % interval {:.3f}-{:.3f}), {} of held-out "
                                  "points in the top 10 % of the area; random cross-validation AUC {:.3f}.").format(
            spatial.auc, spatial.auc_low, spatial.auc_high, reports.percent(spatial.capture[0.1]), shuffled.auc))
        outputs = {
            self.PROSPECTIVITY: self.write_raster(self.parameterAsOutputLayer(parameters, self.PROSPECTIVITY, context),
                                                  result.prospectivity, stack.grid, crs, "prospectivity (0-1)"),
            self.UNCERTAINTY: self.write_raster(self.parameterAsOutputLayer(parameters, self.UNCERTAINTY, context),
                                                result.uncertainty, stack.grid, crs, "uncertainty (sd across bags)")}
        layer_names = [layer.name() for layer in self.parameterAsLayerList(parameters, self.EVIDENCE, context)]
        run = [("evidence layers", ", ".join(layer_names)), ("positives", self.parameterAsSource(
            parameters, self.POSITIVES, context).sourceName()), ("weight field", weight_field or "none (equal)")]
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        Path(report_path).write_text(reports.model_report(result, run, checks), encoding="utf-8")
        outputs[self.REPORT] = report_path
        if "transfer" in checks:
            transfer = checks["transfer"]
            outputs.update(TRANSFER_AUC=transfer.model_auc, TRANSFER_BEST_BAND_AUC=transfer.best_band_auc,
                           TRANSFER_WOFE_AUC=transfer.wofe_auc)
        if "applicability" in checks:
            aoa = checks["applicability"]
            outputs[self.APPLICABILITY] = self.write_raster(applicability_path, aoa.ratio, stack.grid, crs,
                                                            "dissimilarity / threshold (above 1: outside)")
            outputs["OUTSIDE_APPLICABILITY"] = aoa.summary.share_outside
        model_path = self.parameterAsFileOutput(parameters, self.MODEL, context)
        if model_path:
            outputs[self.MODEL] = result.model.save(model_path)
        outputs.update(SPATIAL_AUC=spatial.auc, SPATIAL_AUC_LOW=spatial.auc_low, SPATIAL_AUC_HIGH=spatial.auc_high,
                       CAPTURE_10=spatial.capture[0.1], RANDOM_AUC=shuffled.auc)
        if math.isfinite(result.spatial_roc_auc):
            outputs["SPATIAL_ROC_AUC"] = result.spatial_roc_auc
        return outputs


def _transfer():
    from ...science.prospectivity import transfer

    return transfer


def _applicability():
    from ...science.prospectivity import applicability

    return applicability


class ApplyModelAlgorithm(ProspectivityAlgorithm):
    ALGORITHM_ID = "applymodel"
    OUTPUT_STYLES = {"OUTPUT": "heatmap", "UNCERTAINTY": "uncertainty"}
    DISPLAY_NAME = "Apply prospectivity model"
    HELP_ANCHOR = "applymodel"
    SHORT_HELP = ("Apply a MODEL saved by Prospectivity model to an evidence stack with the same bands in the same "
                  "order (checked by band name), window by window of rows so large stacks fit in memory. OUTPUT is "
                  "the 0-1 prospectivity, rescaled with the training stack's range and clipped to 0-1; UNCERTAINTY "
                  "the spread across bags in the same units. Cells with nodata in any band are nodata.")
    MODEL, OUTPUT, UNCERTAINTY = "MODEL", "OUTPUT", "UNCERTAINTY"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFile(self.MODEL, self.tr("Model file"),
                                                      fileFilter=MODEL_FILTER + ";;All files (*.*)"),
                           "A model file written by Prospectivity model (files of development builds before 0.1, "
                           "Python pickles, are refused: train again).")
        self.add_evidence("The evidence stack to score: the same bands, with the same names and order, as the stack "
                          "the model was trained on.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Prospectivity")),
                           "0-1 prospectivity; nodata where any band is nodata.")
        self.add_parameter(QgsProcessingParameterRasterDestination(self.UNCERTAINTY, self.tr("Uncertainty"),
                                                                   optional=True, createByDefault=False),
                           "Standard deviation across bags, in prospectivity units.")

    def process(self, parameters, context, feedback):
        science = _science()
        model = self.run_science(feedback, science.ProspectivityModel.load,
                                 self.parameterAsFile(parameters, self.MODEL, context))
        if model is None:
            return {}
        layers, _ = self.evidence_layers(parameters, context)
        if tiled.applies_to(layers[0]):
            return self.process_tiled(model, layers, parameters, context, feedback)
        stack, crs = self.read_evidence(parameters, context, feedback)
        maps = self.run_science(feedback, model.predict, stack, progress_range=(2, 95))
        if maps is None:
            return {}
        prospectivity, uncertainty = maps
        outputs = {self.OUTPUT: self.write_raster(self.parameterAsOutputLayer(parameters, self.OUTPUT, context),
                                                  prospectivity, stack.grid, crs, "prospectivity (0-1)")}
        uncertainty_path = self.parameterAsOutputLayer(parameters, self.UNCERTAINTY, context)
        if uncertainty_path:
            outputs[self.UNCERTAINTY] = self.write_raster(uncertainty_path, uncertainty, stack.grid, crs,
                                                          "uncertainty (sd across bags)")
        return outputs


    def process_tiled(self, model, layers, parameters, context, feedback):
        """A stack above the tiled-path threshold: science/tiling.py predicts it tile by tile (per cell, so the
        result is the whole-grid one)."""
        wanted = {self.OUTPUT: "prospectivity", self.UNCERTAINTY: "uncertainty"}
        paths = self.tiled_destinations(parameters, context, feedback, wanted, layers[0], self.tr("evidence"))
        written = self.run_science(feedback, tiled.engine().predict_tiled, model,
                                   [tiled.source_file(layer) for layer in layers], paths,
                                   scheduler=tiled.scheduler(), progress_range=(2, 99))
        if written is None:
            return {}
        return {name: paths[key] for name, key in wanted.items() if key in paths}


class ValidateProspectivityAlgorithm(ProspectivityAlgorithm):
    ALGORITHM_ID = "validateprospectivity"
    DISPLAY_NAME = "Validate prospectivity"
    HELP_ANCHOR = "validateprospectivity"
    REQUIRES = ()
    SHORT_HELP = ("Validate any score raster (higher = more prospective: a heat map, a weights-of-evidence "
                  "posterior, a fuzzy overlay) against known deposits. POINTS should be deposits the map was not "
                  "made from: they give the prediction-rate curve; optional TRAINING_POINTS give the success-rate "
                  "curve. Cells are ranked by score and x is the share of the VALID area (nodata cells are not "
                  "area), y the share of points captured; several points in one cell count once (reported). "
                  "Reports AUC with a 95 % bootstrap interval, the share of points in the top 1/2/5/10/20 % of the "
                  "area, and the prediction-area plot crossing (Yousefi & Carranza 2015), as an HTML page and a "
                  "table.")
    SCORE, POINTS, TRAINING_POINTS, REPORT, OUTPUT = "SCORE", "POINTS", "TRAINING_POINTS", "REPORT", "OUTPUT"
    NUMBER_OUTPUTS = (("AUC", "Prediction-rate AUC"), ("AUC_LOW", "AUC, lower end of the 95 % interval"),
                      ("AUC_HIGH", "AUC, upper end of the 95 % interval"),
                      ("CAPTURE_10", "Points captured in the top 10 % of the area (0-1)"))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterRasterLayer(self.SCORE, self.tr("Score raster")),
                           "Any score raster (band 1), higher = more prospective, in a projected CRS.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.POINTS, self.tr("Validation points"),
                                                               [ProcessingSourceType.VectorPoint]),
                           "Known deposits not used to make the map (prediction-rate curve).")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.TRAINING_POINTS, self.tr("Training points"),
                                                               [ProcessingSourceType.VectorPoint], optional=True),
                           "Optional: the points the map was made from (success-rate curve, optimistic).")
        self.add_parameter(QgsProcessingParameterFileDestination(self.REPORT, self.tr("Report"),
                                                                 "HTML files (*.html)"),
                           "HTML page with the curves, the prediction-area plot and the numbers.")
        self.add_parameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Curve table"),
                                                             ProcessingSourceType.Vector),
                           "Table: one row per curve vertex (measure 'curve point') and one per summary number "
                           "(AUC, its interval, capture at each share of area, the P-A crossing).")
        for name, label in self.NUMBER_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.SCORE, context)
        score, grid, crs = self.read_raster(layer)
        self.require_projected(crs, self.tr("The score raster"))
        points, _ = self.read_point_layer(parameters, self.POINTS, context, crs, feedback)
        training, _ = self.read_point_layer(parameters, self.TRAINING_POINTS, context, crs, feedback)
        training_xy = (None, None) if training is None else (training[:, 0], training[:, 1])
        result = self.run_science(feedback, validation.validate_score, score, grid, points[:, 0], points[:, 1],
                                  *training_xy)
        summary = result.prediction_summary
        feedback.pushInfo(self.tr("Prediction-rate AUC {:.3f} (95 % interval {:.3f}-{:.3f}); {} of the points in "
                                  "the top 10 % of the area.").format(summary.auc, summary.auc_low, summary.auc_high,
                                                                       reports.percent(summary.capture[0.1])))
        area_scores = score[np.isfinite(score)]
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        Path(report_path).write_text(reports.validation_report(layer.name(), result, area_scores), encoding="utf-8")
        table = validation_table(result, area_scores)
        outputs = {self.REPORT: report_path,
                   self.OUTPUT: self.write_table(table, parameters, self.OUTPUT, context, feedback, crs)}
        outputs.update(AUC=summary.auc, AUC_LOW=summary.auc_low, AUC_HIGH=summary.auc_high,
                       CAPTURE_10=summary.capture[0.1])
        return outputs


def validation_table(result, area_scores):
    """The curves' vertices and the summary numbers of a :class:`ScoreValidation` as one long table
    (``area_scores``: the valid cells' scores, for the score at each vertex)."""
    table = FeatureTable("validation", None, 0, {"curve": str, "measure": str, "area_fraction": float,
                                                 "capture_fraction": float, "score": float, "value": float})
    for name, curve, summary in (("prediction", result.prediction, result.prediction_summary),
                                 ("success", result.success, result.success_summary)):
        if curve is None:
            continue
        area = curve.area
        for x, y, s in zip(area, curve.capture_at(area), validation.threshold_at_area(area_scores, area)):
            table.add({"curve": name, "measure": "curve point", "area_fraction": float(x),
                       "capture_fraction": float(y), "score": float(s)})
        table.add({"curve": name, "measure": "AUC", "value": summary.auc})
        table.add({"curve": name, "measure": "AUC 95% low", "value": summary.auc_low})
        table.add({"curve": name, "measure": "AUC 95% high", "value": summary.auc_high})
        for fraction, captured in summary.capture.items():
            table.add({"curve": name, "measure": f"capture at {100 * fraction:g}% of area", "area_fraction": fraction,
                       "capture_fraction": captured})
        table.add({"curve": name, "measure": "P-A crossing", "area_fraction": summary.pa_area,
                   "capture_fraction": summary.pa_capture, "score": summary.pa_threshold,
                   "value": summary.normalized_density})
    return table
