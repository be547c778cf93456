"""Regenerate the shipped Processing models in resources/models from code (developer tool; not shipped).

Run: make models. Each model is built with the QGIS model API and saved as .model3, which the provider loads so
the model runs as lodestone:<name> in the toolbox, the Graphical Modeler and qgis_process.
"""
import configparser
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

from lodestone.processing.compat import (  # noqa: E402 (PYTHONPATH holds a lodestone link, see the Makefile)
    DistanceUnit,
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingParameterFlag,
    ProcessingSourceType,
)

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "resources" / "models"


def new_model(name, group_id):
    """An empty model in the algorithms' group ``group_id``. A .model3 file keeps only one group string and QGIS reads
    it back as both the group and its id, so the id is written there: the model then joins the algorithms' group in
    the toolbox (which shows their translated name) instead of opening a second group of the same name."""
    return QgsProcessingModelAlgorithm(name, group_id, group_id)


def with_help_url(help_content):
    """``help_content`` plus the Help button's link: the shipped-models section of the algorithm reference, under the
    repository named in metadata.txt (the one place the URLs are kept)."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    return {**help_content,
            "HELP_URL": f"{metadata['general']['repository']}/blob/main/docs/algorithms/workflows.md#shipped-models"}


def from_child(child_id, output):
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def model_output(step, output_name, child_output, description):
    """Expose ``child_output`` of ``step`` as the model output ``output_name``."""
    output = QgsProcessingModelOutput(output_name, description)
    output.setChildId(step.childId())
    output.setChildOutputName(child_output)
    step.setModelOutputs({**step.modelOutputs(), output_name: output})


def from_model(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def add_parameter(model, definition, x, y):
    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(x, y))
    model.addModelParameter(definition, component)


def child(algorithm_id, child_id, description, x, y, sources):
    """A model step; mandatory parameters not in ``sources`` get the algorithm's default as a static value (the
    model validates only when every mandatory parameter has a source)."""
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(x, y))
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    if algorithm is None:
        raise SystemExit(f"{algorithm_id} is not registered")
    for definition in algorithm.parameterDefinitions():
        optional = definition.flags() & ProcessingParameterFlag.Optional
        if definition.name() not in sources and not optional and not definition.isDestination():
            sources[definition.name()] = static(definition.defaultValue())
    for name, source in sources.items():
        step.addParameterSources(name, source)
    return step


def demo_road_reach():
    """The demo property and the ground within a chosen distance of its roads (a first logistics look)."""
    model = new_model("demoroadreach", "workflows")
    model.setHelpContent(with_help_url({
        "ALG_DESC": "Generates the demo property (lodestone:demoproperty) and the ground within a walking or "
                    "skidder distance of its highway and forestry roads (native:buffer, dissolved).",
        "SEED": "Seed of the demo property's noise and grades.",
        "DISTANCE": "Distance from a road (m) still reachable for a drill pad.",
        "ALG_CREATOR": "Lodestone developers",
    }))
    add_parameter(model, QgsProcessingParameterNumber("SEED", "Demo seed", ProcessingNumberParameterType.Integer,
                                                      2019), 120, 60)
    distance = QgsProcessingParameterDistance("DISTANCE", "Distance from a road (m)", 500.0, minValue=0.0)
    distance.setDefaultUnit(DistanceUnit.Meters)
    add_parameter(model, distance, 420, 60)
    model.addChildAlgorithm(child("lodestone:demoproperty", "demoproperty", "Generate demo property", 120, 180,
                                  {"SEED": from_model("SEED")}))
    buffer = child("native:buffer", "roadreach", "Ground within reach of roads", 420, 300, {
        "INPUT": [QgsProcessingModelChildParameterSource.fromChildOutput("demoproperty", "ROADS")],
        "DISTANCE": from_model("DISTANCE"), "SEGMENTS": static(8), "END_CAP_STYLE": static(0),
        "JOIN_STYLE": static(0), "MITER_LIMIT": static(2), "DISSOLVE": static(True)})
    model_output(buffer, "REACH", "OUTPUT", "Within reach of roads")
    model.addChildAlgorithm(buffer)
    return model


def survey_to_lineaments():
    """Corrected readings to a grid, the IGRF, reduction to pole, lineaments and structural complexity."""
    model = new_model("surveytolineaments", "structure")
    model.setHelpContent(with_help_url({
        "ALG_DESC": "Survey to lineaments: grids corrected magnetic readings (lodestone:gridsurvey), computes the "
                    "IGRF field direction at the grid centre on the survey date (lodestone:igrf), reduces the grid "
                    "to the pole (lodestone:reducetopole), extracts lineaments of both polarities "
                    "(lodestone:extractlineaments) and maps structural complexity on the RTP grid "
                    "(lodestone:structuralcomplexity). Start from the output of Correct survey readings.",
        "SURVEY": "Corrected readings (points, projected CRS in metres).",
        "VALUE_FIELD": "The anomaly field to grid (nT), e.g. anomaly_nt.",
        "LINE_FIELD": "Survey line identifier (used for the automatic cell size and blanking).",
        "CELL_SIZE": "Grid cell size in metres; 0 = a quarter of the line spacing.",
        "DATE": "Survey date, for the IGRF field direction.",
        "ALTITUDE": "Sensor altitude in metres above the WGS84 ellipsoid.",
        "MIN_WAVELENGTH": "Smallest lineament wavelength in metres (about 3 cells).",
        "SIGMA": "Smoothing of the complexity maps in metres (a few lineament spacings).",
        "ALG_CREATOR": "Lodestone developers",
    }))
    add_parameter(model, QgsProcessingParameterFeatureSource("SURVEY", "Corrected readings",
                                                             [ProcessingSourceType.VectorPoint]), 60, 60)
    add_parameter(model, QgsProcessingParameterField("VALUE_FIELD", "Anomaly field", "anomaly_nt", "SURVEY",
                                                     ProcessingFieldParameterDataType.Numeric), 260, 60)
    add_parameter(model, QgsProcessingParameterField("LINE_FIELD", "Line field", None, "SURVEY", optional=True),
                  460, 60)
    add_parameter(model, QgsProcessingParameterNumber("CELL_SIZE", "Cell size (m)",
                                                      ProcessingNumberParameterType.Double, 0.0, minValue=0.0), 660, 60)
    add_parameter(model, QgsProcessingParameterDateTime("DATE", "Survey date",
                                                        ProcessingDateTimeParameterDataType.Date), 860, 60)
    add_parameter(model, QgsProcessingParameterNumber("ALTITUDE", "Altitude (m above ellipsoid)",
                                                      ProcessingNumberParameterType.Double, 0.0), 1060, 60)
    add_parameter(model, QgsProcessingParameterNumber("MIN_WAVELENGTH", "Smallest lineament wavelength (m)",
                                                      ProcessingNumberParameterType.Double, 0.0, minValue=0.0),
                  60, 460)
    add_parameter(model, QgsProcessingParameterNumber("SIGMA", "Complexity smoothing (m)",
                                                      ProcessingNumberParameterType.Double, 250.0, minValue=0.001),
                  260, 460)
    grid = child("lodestone:gridsurvey", "grid", "Grid the readings", 160, 180, {
        "INPUT": from_model("SURVEY"), "VALUE_FIELD": from_model("VALUE_FIELD"),
        "LINE_FIELD": from_model("LINE_FIELD"), "CELL_SIZE": from_model("CELL_SIZE")})
    model_output(grid, "GRID", "OUTPUT", "Anomaly grid")
    field = child("lodestone:igrf", "igrf", "IGRF at the grid centre", 560, 180, {
        "EXTENT": from_child("grid", "OUTPUT"), "DATE": from_model("DATE"), "ALTITUDE": from_model("ALTITUDE")})
    rtp = child("lodestone:reducetopole", "rtp", "Reduce to pole", 360, 300, {
        "INPUT": from_child("grid", "OUTPUT"), "INCLINATION": from_child("igrf", "INCLINATION"),
        "DECLINATION": from_child("igrf", "DECLINATION")})
    model_output(rtp, "RTP", "OUTPUT", "Reduced to pole")
    lines = child("lodestone:extractlineaments", "lineaments", "Extract lineaments", 360, 420, {
        "INPUT": from_child("rtp", "OUTPUT"), "MIN_WAVELENGTH": from_model("MIN_WAVELENGTH"),
        "POLARITY": static(2)})
    model_output(lines, "LINEAMENTS", "OUTPUT", "Lineaments")
    complexity = child("lodestone:structuralcomplexity", "complexity", "Structural complexity", 360, 540, {
        "INPUT": from_child("lineaments", "OUTPUT"), "REFERENCE": from_child("rtp", "OUTPUT"),
        "SIGMA": from_model("SIGMA")})
    model_output(complexity, "COMPLEXITY", "COMPLEXITY", "Structural complexity")
    model_output(complexity, "JUNCTIONS", "JUNCTIONS", "Junctions")
    for step in (grid, field, rtp, lines, complexity):
        model.addChildAlgorithm(step)
    return model


def evidence_to_targets():
    """An evidence stack and known gold points to a validated heat map and ranked targets."""
    model = new_model("evidencetotargets", "prospectivity")
    model.setHelpContent(with_help_url({
        "ALG_DESC": "Evidence to targets: trains the prospectivity model on an evidence stack and known gold points "
                    "(lodestone:prospectivitymodel, random forest with positive-unlabelled bagging and spatial "
                    "cross-validation; its report is the honest validation), then outlines and ranks the targets "
                    "(lodestone:extracttargets) with their distance to the drilling and the depth already tested.",
        "EVIDENCE": "Multi-band evidence stack from Stack evidence layers.",
        "POSITIVES": "Known gold points (training points with label 1, intercepts, showings).",
        "NEGATIVES": "Optional barren points (barren drill holes).",
        "WEIGHT_FIELD": "Optional weight of each positive (grade x thickness).",
        "HOLES": "Optional drill holes (collars or traces), for the distance of each target to drilling.",
        "TESTED_DEPTH": "Optional tested-depth grid from Compile drill holes.",
        "AREA_FRACTION": "Share of the valid area that becomes targets (0-1).",
        "ALG_CREATOR": "Lodestone developers",
    }))
    add_parameter(model, QgsProcessingParameterRasterLayer("EVIDENCE", "Evidence stack"), 60, 60)
    add_parameter(model, QgsProcessingParameterFeatureSource("POSITIVES", "Known gold points",
                                                             [ProcessingSourceType.VectorPoint]), 260, 60)
    add_parameter(model, QgsProcessingParameterFeatureSource("NEGATIVES", "Barren points",
                                                             [ProcessingSourceType.VectorPoint], optional=True),
                  460, 60)
    add_parameter(model, QgsProcessingParameterField("WEIGHT_FIELD", "Positive weight field", None, "POSITIVES",
                                                     ProcessingFieldParameterDataType.Numeric, optional=True), 660, 60)
    add_parameter(model, QgsProcessingParameterFeatureSource("HOLES", "Drill holes",
                                                             [ProcessingSourceType.VectorAnyGeometry], optional=True),
                  860, 60)
    add_parameter(model, QgsProcessingParameterRasterLayer("TESTED_DEPTH", "Tested depth", optional=True), 1060, 60)
    add_parameter(model, QgsProcessingParameterNumber("AREA_FRACTION", "Target area fraction",
                                                      ProcessingNumberParameterType.Double, 0.05, minValue=0.001,
                                                      maxValue=1.0), 1260, 60)
    heat = child("lodestone:prospectivitymodel", "model", "Prospectivity model", 360, 220, {
        "EVIDENCE": from_model("EVIDENCE"), "POSITIVES": from_model("POSITIVES"),
        "NEGATIVES": from_model("NEGATIVES"), "WEIGHT_FIELD": from_model("WEIGHT_FIELD"),
        "METHOD": static(0)})  # the random forest the description names (the algorithm's default is now 3)
    model_output(heat, "PROSPECTIVITY", "PROSPECTIVITY", "Prospectivity")
    model_output(heat, "UNCERTAINTY", "UNCERTAINTY", "Uncertainty")
    model_output(heat, "REPORT", "REPORT", "Validation report")
    targets = child("lodestone:extracttargets", "targets", "Extract targets", 360, 380, {
        "PROSPECTIVITY": from_child("model", "PROSPECTIVITY"), "UNCERTAINTY": from_child("model", "UNCERTAINTY"),
        "AREA_FRACTION": from_model("AREA_FRACTION"), "HOLES": from_model("HOLES"),
        "TESTED_DEPTH": from_model("TESTED_DEPTH")})
    model_output(targets, "TARGETS", "OUTPUT", "Ranked targets")
    for step in (heat, targets):
        model.addChildAlgorithm(step)
    return model


def survey_to_drill_plan():
    """Corrected readings and the property's layers to a drill plan reachable from the roads."""
    model = new_model("surveytodrillplan", "workflows")
    model.setHelpContent(with_help_url({
        "ALG_DESC": "Survey to drill plan, the whole job in one run: grid the corrected readings, IGRF and "
                    "reduction to pole, lineaments and structural complexity, an evidence stack of the complexity "
                    "map and your other evidence layers (clipped to the claims), the prospectivity model on your "
                    "known gold points, ranked targets, travel time from the base by road and off road around the "
                    "barriers, and a drill programme across strike within the metre budget.",
        "SURVEY": "Corrected readings (points, projected CRS in metres), from Correct survey readings.",
        "VALUE_FIELD": "The anomaly field to grid (nT).",
        "DATE": "Survey date, for the IGRF field direction.",
        "ALTITUDE": "Sensor altitude in metres above the WGS84 ellipsoid.",
        "EVIDENCE_LAYERS": "Other evidence: IP or geochemistry grids, geology polygons, structures...",
        "CLAIMS": "The claims: the evidence stack is clipped to them.",
        "POSITIVES": "Known gold points (intercepts, showings).",
        "ROADS": "Roads (lines) with a speed field in km/h.",
        "SPEED_FIELD": "Road speed in km/h.",
        "BARRIERS": "Lakes and wetlands: no trail crosses them and no collar is placed in them.",
        "BASE": "The camp or the highway junction the travel times start from.",
        "STRIKE": "Strike of the mineralised structure (degrees from north); holes are drilled across it.",
        "TARGET_DEPTH": "Vertical depth (m) at which the holes cross the targets.",
        "TOTAL_METRES": "Metre budget of the programme.",
        "ALG_CREATOR": "Lodestone developers",
    }))
    parameters = [
        QgsProcessingParameterFeatureSource("SURVEY", "Corrected readings", [ProcessingSourceType.VectorPoint]),
        QgsProcessingParameterField("VALUE_FIELD", "Anomaly field", "anomaly_nt", "SURVEY",
                                    ProcessingFieldParameterDataType.Numeric),
        QgsProcessingParameterDateTime("DATE", "Survey date", ProcessingDateTimeParameterDataType.Date),
        QgsProcessingParameterNumber("ALTITUDE", "Altitude (m above ellipsoid)", ProcessingNumberParameterType.Double,
                                     0.0),
        QgsProcessingParameterMultipleLayers("EVIDENCE_LAYERS", "Other evidence layers", ProcessingSourceType.Raster,
                                             optional=True),
        QgsProcessingParameterFeatureSource("CLAIMS", "Claims", [ProcessingSourceType.VectorPolygon]),
        QgsProcessingParameterFeatureSource("POSITIVES", "Known gold points", [ProcessingSourceType.VectorPoint]),
        QgsProcessingParameterFeatureSource("ROADS", "Roads", [ProcessingSourceType.VectorLine]),
        QgsProcessingParameterField("SPEED_FIELD", "Road speed field (km/h)", "speed_kmh", "ROADS",
                                    ProcessingFieldParameterDataType.Numeric),
        QgsProcessingParameterFeatureSource("BARRIERS", "Lakes and wetlands", [ProcessingSourceType.VectorPolygon],
                                            optional=True),
        QgsProcessingParameterFeatureSource("BASE", "Camp or base", [ProcessingSourceType.VectorPoint]),
        QgsProcessingParameterNumber("STRIKE", "Strike (deg)", ProcessingNumberParameterType.Double, 45.0,
                                     minValue=-360.0, maxValue=360.0),
        QgsProcessingParameterNumber("TARGET_DEPTH", "Target depth (m vertical)", ProcessingNumberParameterType.Double,
                                     200.0, minValue=1.0),
        QgsProcessingParameterNumber("TOTAL_METRES", "Metre budget", ProcessingNumberParameterType.Double, 1500.0,
                                     minValue=1.0),
    ]
    for i, definition in enumerate(parameters):
        add_parameter(model, definition, 60 + 200 * (i % 7), 60 + 80 * (i // 7))
    grid = child("lodestone:gridsurvey", "grid", "Grid the readings", 160, 260, {
        "INPUT": from_model("SURVEY"), "VALUE_FIELD": from_model("VALUE_FIELD")})
    field = child("lodestone:igrf", "igrf", "IGRF at the grid centre", 560, 260, {
        "EXTENT": from_child("grid", "OUTPUT"), "DATE": from_model("DATE"), "ALTITUDE": from_model("ALTITUDE")})
    rtp = child("lodestone:reducetopole", "rtp", "Reduce to pole", 360, 360, {
        "INPUT": from_child("grid", "OUTPUT"), "INCLINATION": from_child("igrf", "INCLINATION"),
        "DECLINATION": from_child("igrf", "DECLINATION")})
    model_output(rtp, "RTP", "OUTPUT", "Reduced to pole")
    lines = child("lodestone:extractlineaments", "lineaments", "Extract lineaments", 360, 460, {
        "INPUT": from_child("rtp", "OUTPUT"), "POLARITY": static(2)})
    model_output(lines, "LINEAMENTS", "OUTPUT", "Lineaments")
    complexity = child("lodestone:structuralcomplexity", "complexity", "Structural complexity", 360, 560, {
        "INPUT": from_child("lineaments", "OUTPUT"), "REFERENCE": from_child("rtp", "OUTPUT")})
    stack = child("lodestone:stackevidence", "stack", "Stack evidence", 360, 660, {
        "LAYERS": from_child("complexity", "COMPLEXITY") + from_model("EVIDENCE_LAYERS"),
        "REFERENCE": from_child("rtp", "OUTPUT"), "MASK": from_model("CLAIMS")})
    heat = child("lodestone:prospectivitymodel", "model", "Prospectivity model", 360, 760, {
        "EVIDENCE": from_child("stack", "OUTPUT"), "POSITIVES": from_model("POSITIVES"), "METHOD": static(0)})
    model_output(heat, "PROSPECTIVITY", "PROSPECTIVITY", "Prospectivity")
    model_output(heat, "REPORT", "REPORT", "Validation report")
    targets = child("lodestone:extracttargets", "targets", "Extract targets", 360, 860, {
        "PROSPECTIVITY": from_child("model", "PROSPECTIVITY"), "UNCERTAINTY": from_child("model", "UNCERTAINTY")})
    model_output(targets, "TARGETS", "OUTPUT", "Ranked targets")
    access = child("lodestone:accesscost", "access", "Access cost", 660, 860, {
        "ROADS": from_model("ROADS"), "SPEED_FIELD": from_model("SPEED_FIELD"),
        "BARRIERS": from_model("BARRIERS"), "BASE": from_model("BASE"), "REFERENCE": from_child("rtp", "OUTPUT")})
    model_output(access, "TRAVEL_TIME", "TRAVEL_TIME", "Travel time (h)")
    plan = child("lodestone:plandrillprogram", "plan", "Plan the drill programme", 360, 960, {
        "TARGETS": from_child("targets", "OUTPUT"), "STRIKE": from_model("STRIKE"),
        "TARGET_DEPTH": from_model("TARGET_DEPTH"), "TOTAL_METRES": from_model("TOTAL_METRES"),
        "TRAVEL_TIME": from_child("access", "TRAVEL_TIME"), "BARRIERS": from_model("BARRIERS")})
    model_output(plan, "COLLARS", "COLLARS", "Planned collars")
    model_output(plan, "TRACES", "TRACES", "Planned traces")
    for step in (grid, field, rtp, lines, complexity, stack, heat, targets, access, plan):
        model.addChildAlgorithm(step)
    return model


def main():
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from qgis.analysis import QgsNativeAlgorithms

    from lodestone.plugin import LodestonePlugin  # PYTHONPATH holds a lodestone link (see the Makefile)

    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    plugin = LodestonePlugin(None)
    plugin.initProcessing()
    MODELS.mkdir(parents=True, exist_ok=True)
    for build in (demo_road_reach, survey_to_lineaments, evidence_to_targets, survey_to_drill_plan):
        model = build()
        path = MODELS / f"{model.name()}.model3"
        if not model.toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path}")
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
