"""Ranked drill targets from a prospectivity map (science in ``science/targets.py``)."""
import math

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterLayer,
)

from ...science.features import FeatureTable
from ...science.prospectivity import targets
from ..base import LodestoneAlgorithm, number_parameter
from ..compat import ProcessingSourceType

RANK_LABELS = ("score x area (score mass)", "peak score", "mean score")
TARGET_FIELDS = {"rank": int, "name": str, "area_ha": float, "mean_score": float, "max_score": float,
                 "mean_uncertainty": float, "nearest_hole_m": float, "tested_depth_m": float}


def _value(number, decimals):
    """A rounded attribute, or None (NULL) for NaN."""
    return None if math.isnan(number) else round(float(number), decimals)


def target_table(found):
    """The targets as a MultiPolygon :class:`FeatureTable`, fields in :data:`TARGET_FIELDS` order."""
    table = FeatureTable("targets", "MultiPolygon", 0, dict(TARGET_FIELDS))
    for target in found:
        table.add({"rank": target.rank, "name": target.name, "area_ha": _value(target.area_ha, 4),
                   "mean_score": _value(target.mean_score, 6), "max_score": _value(target.max_score, 6),
                   "mean_uncertainty": _value(target.mean_uncertainty, 6),
                   "nearest_hole_m": _value(target.nearest_hole_m, 1),
                   "tested_depth_m": _value(target.tested_depth_m, 1)}, target.wkt())
    return table


class ExtractTargetsAlgorithm(LodestoneAlgorithm):
    ALGORITHM_ID = "extracttargets"
    OUTPUT_STYLES = {"OUTPUT": "targets"}
    DISPLAY_NAME = "Extract targets"
    GROUP_ID = "prospectivity"
    HELP_ANCHOR = "extracttargets"
    SHORT_HELP = ("Drill targets from a prospectivity map: the best AREA_FRACTION of the valid area (nodata is not "
                  "area), or every cell at or above THRESHOLD, is grouped into connected regions (diagonal "
                  "neighbours join). A region holding several distinct highs is split along the valleys between "
                  "them: a high becomes its own target when it rises at least MIN_PROMINENCE (score units; 0 = no "
                  "split) above the highest saddle joining it to a higher high (topographic prominence). Split "
                  "pieces under MIN_AREA hectares join their neighbour; whole regions under it are dropped. Each "
                  "target is a polygon following the cells, ranked 1..n best first by score mass (mean score x "
                  "area) unless chosen otherwise, with area_ha, mean_score, max_score, mean_uncertainty, "
                  "nearest_hole_m (distance to the nearest drill-hole point, 0 inside), tested_depth_m (deepest "
                  "tested depth inside, 0 = untested) and a name to edit. Values that cannot be known (no "
                  "uncertainty, holes or tested depth given) are empty.")
    PROSPECTIVITY, UNCERTAINTY, AREA_FRACTION, THRESHOLD = "PROSPECTIVITY", "UNCERTAINTY", "AREA_FRACTION", "THRESHOLD"
    MIN_AREA, HOLES, TESTED_DEPTH, RANK_BY, OUTPUT = "MIN_AREA", "HOLES", "TESTED_DEPTH", "RANK_BY", "OUTPUT"
    MIN_PROMINENCE, USED_THRESHOLD = "MIN_PROMINENCE", "USED_THRESHOLD"
    REQUIRES = ("scipy", "rasterio")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterRasterLayer(self.PROSPECTIVITY, self.tr("Prospectivity")),
                           "A score raster, higher = more prospective (model probability, WofE posterior, fuzzy "
                           "favourability), in a projected CRS.")
        self.add_parameter(QgsProcessingParameterRasterLayer(self.UNCERTAINTY, self.tr("Uncertainty"),
                                                             optional=True),
                           "Optional uncertainty raster (same CRS) averaged over each target.")
        self.add_parameter(number_parameter(self.AREA_FRACTION, self.tr("Area fraction"), 0.05, 1e-6, 1.0),
                           "Fraction of the valid area kept as targets (0.05 = the best 5 %), read off the capture "
                           "curve of the validation report.")
        self.add_parameter(number_parameter(self.THRESHOLD, self.tr("Score threshold"), None, -1e12, 1e12,
                                            optional=True),
                           "Optional: keep cells with a score at or above this instead of the area fraction.")
        self.add_parameter(number_parameter(self.MIN_AREA, self.tr("Minimum area (ha)"), 2.0),
                           "Smaller regions are dropped; smaller pieces split off a region join their neighbour "
                           "(hectares).")
        # optional, so that models saved before the parameter existed still validate (and get the default)
        self.add_parameter(number_parameter(self.MIN_PROMINENCE, self.tr("Minimum prominence (score)"), 0.1,
                                            optional=True),
                           "Split a region where two highs are joined by a lower ridge: a high becomes its own "
                           "target when it rises at least this much (score units) above the highest saddle joining "
                           "it to a higher high. 0 = one target per region; raise it to ignore small bumps.")
        self.add_parameter(QgsProcessingParameterFeatureSource(self.HOLES, self.tr("Drill holes"),
                                                               [ProcessingSourceType.VectorAnyGeometry], optional=True),
                           "Optional collars (points) or traces (lines, their vertices are used): nearest_hole_m is "
                           "the distance from each target to the nearest one.")
        self.add_parameter(QgsProcessingParameterRasterLayer(self.TESTED_DEPTH, self.tr("Tested depth"),
                                                             optional=True),
                           "Optional raster of the depth (m) already tested by drilling; nodata or 0 = untested.")
        self.add_parameter(QgsProcessingParameterEnum(self.RANK_BY, self.tr("Rank by"), list(RANK_LABELS),
                                                      defaultValue=0),
                           "Score mass (mean score x area) prefers large strong targets; peak or mean score rank "
                           "on strength alone.", advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Targets"),
                                                             ProcessingSourceType.VectorPolygon),
                           "Target polygons: rank, name, area_ha, mean_score, max_score, mean_uncertainty, "
                           "nearest_hole_m, tested_depth_m.")
        self.addOutput(QgsProcessingOutputNumber(self.USED_THRESHOLD, self.tr("Threshold used")))

    def optional_raster(self, parameters, name, context, crs, label):
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            return None
        values, grid, layer_crs = self.read_raster(layer)
        if layer_crs != crs:
            raise QgsProcessingException(self.tr("The {} raster is in {}, the prospectivity in {}: reproject it to "
                                                 "the prospectivity's CRS (Raster > Projections > Warp).").format(
                                                     label, layer_crs.authid(), crs.authid()))
        return values, grid

    def process(self, parameters, context, feedback):
        score, grid, crs = self.read_raster(self.parameterAsRasterLayer(parameters, self.PROSPECTIVITY, context))
        self.require_projected(crs, self.tr("The prospectivity raster"))
        uncertainty = self.optional_raster(parameters, self.UNCERTAINTY, context, crs, self.tr("uncertainty"))
        tested_depth = self.optional_raster(parameters, self.TESTED_DEPTH, context, crs, self.tr("tested depth"))
        holes_source = self.parameterAsSource(parameters, self.HOLES, context)
        holes = None
        if holes_source is not None:
            holes, _ = self.read_points(holes_source, feedback, crs=crs, context=context)
        threshold = None
        if parameters.get(self.THRESHOLD) not in (None, ""):
            threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        result = self.run_science(
            feedback, targets.extract_targets, score, grid,
            area_fraction=self.parameterAsDouble(parameters, self.AREA_FRACTION, context), threshold=threshold,
            min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            min_prominence=self.parameterAsDouble(parameters, self.MIN_PROMINENCE, context), uncertainty=uncertainty,
            holes_xy=holes, tested_depth=tested_depth,
            rank_by=targets.RANK_BY[self.parameterAsEnum(parameters, self.RANK_BY, context)], progress_range=(10, 90))
        if result is None:
            return {}
        found, used = result
        if threshold is None:
            area_fraction = self.parameterAsDouble(parameters, self.AREA_FRACTION, context)
            tied = targets.selection_warning(score, used, area_fraction)
            if tied:
                feedback.pushWarning(self.tr(tied))
        feedback.pushInfo(self.tr("Threshold {:.6g}: {} targets, {:.1f} ha in all.").format(
            used, len(found), sum(t.area_ha for t in found)))
        for target in found[:5]:
            feedback.pushInfo(self.tr("  {}: {:.1f} ha, mean {:.3g}, peak {:.3g}").format(
                target.name, target.area_ha, target.mean_score, target.max_score))
        if not found:
            feedback.pushWarning(self.tr("No region reaches the minimum area: lower MIN_AREA or the threshold, or "
                                         "raise AREA_FRACTION."))
        return {self.OUTPUT: self.write_table(target_table(found), parameters, self.OUTPUT, context, feedback, crs),
                self.USED_THRESHOLD: used}
