"""The guided targeting workflow without widgets: its steps, how each step is pre-filled, where outputs go, the
settings remembered in the project, and running a step as a background Processing task.

Each step runs one Lodestone algorithm, looked up in the Processing registry when needed, so the workflow works with
whatever algorithms this version registers; a step whose algorithm is missing (or cannot run) is unavailable, with a
reason. Pre-filling, from weakest to strongest: output files in the output folder, project layers whose names match
the parameter (claims, roads, water...), the settings the step last ran with in this project, and the outputs of the
earlier steps (a step's input always follows the chain).
"""
import json
import math
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsPointXY,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputFile,
    QgsProcessingOutputHtml,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputMapLayer,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProperty,
    QgsRectangle,
    QgsReferencedPointXY,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime

from ..processing.compat import FeatureRequestFlag, ProcessingParameterFlag, ProcessingSourceType, PropertyType
from ..processing.provider import PROVIDER_ID
from ..processing.safety import open_gdal
from ..processing.styles import move_to_results_group
from ..science.magnetics import igrf, survey

SCOPE = "lodestone"  # QgsProject entry scope
TR_CONTEXT = "LodestoneWorkflow"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


class Output(NamedTuple):
    """An output of an earlier step: the first of ``names`` it produced (no names: its main layer output)."""
    step: str
    names: tuple = ()


class Setting(NamedTuple):
    """The value an earlier step last ran with for ``parameter`` (e.g. the survey's line field)."""
    step: str
    parameter: str


class ProjectLayer(NamedTuple):
    """The first compatible project layer (layer-tree order) whose name contains one of ``keywords``."""
    keywords: tuple


class MainField(NamedTuple):
    """The IGRF main field's ``element`` ("inclination" or "declination", degrees) at the centre of the corrected
    survey, on the date of its first reading, at the sensor altitude of the survey step."""
    element: str


class CategoricalBands(NamedTuple):
    """The names of the bands an earlier step's raster output marks categorical (its bands' ``kind`` tag, as
    lodestone:stackevidence writes it), joined by '; '."""
    step: str
    name: str


class AllOf(NamedTuple):
    """Every value ``sources`` give, as a list (for inputs that take several layers)."""
    sources: tuple


class Step(NamedTuple):
    key: str
    stage: str
    title: str
    algorithm_ids: tuple  # the first one registered is used
    summary: str
    links: dict  # parameter name -> tuple of sources, the first that gives a value wins


RTP = Output("transforms", ("RTP", "OUTPUT"))
LINEAMENTS = Output("lineaments", ("OUTPUT",))
EVIDENCE = AllOf((RTP, Output("transforms", ("TILT",)), Output("complexity", ("COMPLEXITY",)),
                  Output("complexity", ("CONTACT_DENSITY",)), LINEAMENTS, Output("complexity", ("JUNCTIONS",))))
STEPS = (
    Step("survey", "Survey", "Correct the survey readings", ("correctsurvey",),
         "Turns raw magnetometer readings into a magnetic anomaly: diurnal correction from the base station, removal "
         "of the IGRF main field and projection to UTM. Give the sensor altitude above the ellipsoid.",
         {"INPUT": (ProjectLayer(("magnetic reading", "magnetic survey", "survey reading", "mag survey")),),
          "BASE_STATION": (ProjectLayer(("base station", "base_station", "basestation")),)}),
    Step("grid", "Grid", "Grid the anomaly", ("gridsurvey",),
         "Grids the corrected readings by minimum curvature; the cell size defaults to a quarter of the line "
         "spacing.",
         {"INPUT": (Output("survey", ("OUTPUT",)),), "LINE_FIELD": (Setting("survey", "LINE_FIELD"),)}),
    Step("transforms", "Grid", "Reduce to pole and derivatives", ("magnetictransforms", "reducetopole"),
         "Reduces the grid to the pole and computes its derivatives. The main-field inclination and declination are "
         "the IGRF's at the survey's centre and date (Lodestone > Magnetics > IGRF main field gives them "
         "elsewhere).",
         {"INPUT": (Output("grid", ("OUTPUT",)),), "INCLINATION": (MainField("inclination"),),
          "DECLINATION": (MainField("declination"),)}),
    Step("lineaments", "Structure", "Extract lineaments", ("extractlineaments",),
         "Traces magnetic lineaments (dykes, faults, contacts) on the reduced-to-pole grid by phase symmetry.",
         {"INPUT": (RTP,)}),
    Step("complexity", "Structure", "Map structural complexity", ("structuralcomplexity",),
         "Turns the lineaments into junctions and a 0-1 structural complexity heat map on the grid.",
         {"INPUT": (LINEAMENTS,), "REFERENCE": (RTP,)}),
    Step("evidence", "Evidence", "Stack the evidence layers", ("stackevidence",),
         "Brings the evidence maps (complexity, distances to lineaments and contacts, geochemistry...) onto one grid "
         "for the prospectivity model.",
         {"LAYERS": (EVIDENCE,), "REFERENCE": (RTP,), "MASK": (ProjectLayer(("claim",)),)}),
    Step("prospectivity", "Prospectivity", "Model prospectivity", ("prospectivitymodel",),
         "Trains a prospectivity model on the evidence stack and the known gold occurrences.",
         {"EVIDENCE": (AllOf((Output("evidence", ("OUTPUT",)),)),),
          "POSITIVES": (ProjectLayer(("showing", "occurrence", "intercept", "training")),),
          "CATEGORICAL": (CategoricalBands("evidence", "OUTPUT"),)}),
    Step("targets", "Targets", "Extract and rank targets", ("extracttargets",),
         "Outlines the most prospective ground inside the claims as ranked targets.",
         {"PROSPECTIVITY": (Output("prospectivity", ("PROSPECTIVITY",)),),
          "UNCERTAINTY": (Output("prospectivity", ("UNCERTAINTY",)),),
          "HOLES": (ProjectLayer(("collar", "drill hole")),)}),
    Step("zone", "Drill holes", "Fit the zone from the drill holes", ("zonegeometry",),
         "Fits the mineralised zone's strike and dip to where the historical holes cut it (the intercepts, or an "
         "assay table with a selection), with how the dip changes along strike, and maps the zone at depth (125, "
         "200 and 300 m below the ground). The drill plan then aims at it.",
         {"COLLARS": (ProjectLayer(("collar",)),), "SURVEYS": (ProjectLayer(("down-hole survey", "downhole")),),
          "INTERVALS": (ProjectLayer(("intercept",)),)}),
    Step("drillplan", "Drill plan", "Plan the drill programme", ("plandrillprogram",),
         "Proposes drill holes on the targets, aimed at the fitted zone where it lies under a target, and how to "
         "reach them from the roads.",
         {"TARGETS": (Output("targets", ("OUTPUT",)),), "STRIKE_LAYER": (LINEAMENTS,),
          "ZONE_SURFACE": (Output("zone", ("SURFACE",)),),
          "ZONE_PIERCE_POINTS": (Output("zone", ("PIERCE_POINTS",)),)}),
)

# Links for parameters no step names explicitly: (words in the parameter name, source).
KEYWORD_LINKS = (
    (("CLAIM",), ProjectLayer(("claim",))),
    (("ROAD",), ProjectLayer(("road",))),
    (("WATER", "LAKE", "BARRIER"), ProjectLayer(("water", "lake", "wetland"))),
    (("COLLAR",), ProjectLayer(("collar",))),
    (("ASSAY",), ProjectLayer(("assay",))),
    (("SHOWING", "OCCURRENCE", "DEPOSIT"), ProjectLayer(("showing", "occurrence", "deposit"))),
    (("GEOLOGY",), ProjectLayer(("geology",))),
    (("LINEAMENT",), LINEAMENTS),
    (("JUNCTION", "CONTACT"), Output("complexity", ("JUNCTIONS",))),
    (("COMPLEXITY",), Output("complexity", ("COMPLEXITY",))),
    (("RTP",), RTP),
    (("EVIDENCE", "STACK"), Output("evidence")),
    (("PROSPECTIVITY",), Output("prospectivity")),
    (("TARGET",), Output("targets")),
)


def step_by_key(key):
    return next(step for step in STEPS if step.key == key)


def step_texts(step):
    """The step's translated title ("Stage: what it does") and summary."""
    return tr("{}: {}").format(tr(step.stage), tr(step.title)), tr(step.summary)


def _output_kind(output):
    if isinstance(output, QgsProcessingOutputRasterLayer):
        return "raster"
    if isinstance(output, QgsProcessingOutputVectorLayer):
        return "vector"
    if isinstance(output, QgsProcessingOutputMapLayer):
        return "layer"
    if isinstance(output, (QgsProcessingOutputFile, QgsProcessingOutputHtml)):
        return "file"
    return None


def _accepted_kinds(parameter):
    if isinstance(parameter, QgsProcessingParameterRasterLayer):
        return {"raster", "layer"}
    if isinstance(parameter, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
        return {"vector", "layer"}
    if isinstance(parameter, QgsProcessingParameterMapLayer):
        return {"raster", "vector", "layer"}
    if isinstance(parameter, QgsProcessingParameterMultipleLayers):
        layer_type = parameter.layerType()
        if layer_type == ProcessingSourceType.Raster:
            return {"raster", "layer"}
        if layer_type == ProcessingSourceType.File:
            return {"file"}
        return {"raster", "vector", "layer"} if layer_type == ProcessingSourceType.MapLayer else {"vector", "layer"}
    if isinstance(parameter, QgsProcessingParameterFile):
        return {"file"}
    return set()


def _is_layer_destination(parameter):
    return isinstance(parameter, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                                  QgsProcessingParameterRasterDestination))


def compatible_layers(project, parameter):
    """The project's layers ``parameter`` accepts, in layer-tree order (top first)."""
    if isinstance(parameter, QgsProcessingParameterRasterLayer):
        accepted = QgsProcessingUtils.compatibleRasterLayers(project)
    elif isinstance(parameter, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
        types = list(parameter.dataTypes()) or [ProcessingSourceType.VectorAnyGeometry]
        accepted = QgsProcessingUtils.compatibleVectorLayers(project, types)
    elif isinstance(parameter, QgsProcessingParameterMapLayer):
        accepted = QgsProcessingUtils.compatibleLayers(project)
    else:
        return []
    ids = {layer.id() for layer in accepted}
    return [node.layer() for node in project.layerTreeRoot().findLayers() if node.layerId() in ids]


def storable(value):
    """A parameter value as something JSON keeps and Processing accepts back; None for what is not kept (the step
    then falls back to its default)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [storable(v) for v in value]
    if isinstance(value, QgsProperty):
        return storable(value.staticValue()) if value.propertyType() == PropertyType.Static else None
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return storable(value.sink)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return storable(value.source)
    if isinstance(value, QgsMapLayer):
        return value.id()
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value.authid() or value.toWkt()
    if isinstance(value, (QDateTime, QDate, QTime)):
        return value.toString(Qt.DateFormat.ISODate)
    if isinstance(value, QgsRectangle):
        text = f"{value.xMinimum()},{value.xMaximum()},{value.yMinimum()},{value.yMaximum()}"
        return f"{text} [{value.crs().authid()}]" if isinstance(value, QgsReferencedRectangle) else text
    if isinstance(value, QgsPointXY):
        text = f"{value.x()},{value.y()}"
        return f"{text} [{value.crs().authid()}]" if isinstance(value, QgsReferencedPointXY) else text
    return None


def _seconds(value):
    """A time attribute (date-time, date or ISO 8601 text) as UTC seconds, or None."""
    if isinstance(value, QDateTime):
        return value.toSecsSinceEpoch() if value.isValid() else None
    if isinstance(value, QDate):
        value = value.toString(Qt.DateFormat.ISODate)
    if not isinstance(value, (str, int, float)):
        return None  # NULL
    seconds = survey.parse_times([value])[0]
    return None if math.isnan(seconds) else float(seconds)


def _file_exists(path):
    """Whether an output path (possibly with a ``|layername=`` suffix) is on disk."""
    return isinstance(path, str) and Path(path.split("|")[0]).exists()


class Run:
    """A step running as a background task: what finishing it needs."""

    def __init__(self, step, algorithm, parameters, context, feedback):
        self.step = step
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)


class WorkflowModel:
    """The workflow state for one project: the settings and outputs of each step, stored in the project."""

    def __init__(self, project, default_folder):
        self.project = project
        folder = self._read("output_folder")
        self.output_folder = Path(folder) if folder else Path(default_folder)

    # ------------------------------------------------------------------------------------------------------------
    # Settings in the project (scope "lodestone", keys "workflow/...")

    def _read(self, key, default=None):
        text, ok = self.project.readEntry(SCOPE, f"workflow/{key}", "")
        if not ok or not text:
            return default
        return json.loads(text)

    def _write(self, key, value):
        self.project.writeEntry(SCOPE, f"workflow/{key}", json.dumps(value))

    def saved_parameters(self, step):
        return self._read(f"{step.key}/parameters", {})

    def save_parameters(self, step, parameters):
        """Remember ``parameters`` (Processing values) as the step's last settings."""
        self._write(f"{step.key}/parameters", {name: storable(value) for name, value in parameters.items()})

    def results(self, step):
        """The outputs of the step's last successful run ({output name: value})."""
        return self._read(f"{step.key}/results", {})

    def set_output_folder(self, folder):
        self.output_folder = Path(folder)
        self._write("output_folder", str(self.output_folder))

    @property
    def current_step(self):
        return self._read("current_step", STEPS[0].key)

    @current_step.setter
    def current_step(self, key):
        self._write("current_step", key)

    # ------------------------------------------------------------------------------------------------------------
    # Algorithms

    def algorithm(self, step):
        """The registered algorithm of ``step`` (the first of its ids that is registered), or None."""
        registry = QgsApplication.processingRegistry()
        for algorithm_id in step.algorithm_ids:
            algorithm = registry.algorithmById(f"{PROVIDER_ID}:{algorithm_id}")
            if algorithm is not None:
                return algorithm
        return None

    def availability(self, step):
        """(True, "") if the step can run, else (False, why not)."""
        algorithm = self.algorithm(step)
        if algorithm is None:
            names = tr(" or ").join(f"{PROVIDER_ID}:{i}" for i in step.algorithm_ids)
            return False, tr("This step needs the algorithm {}, which this version of Lodestone does not "
                             "provide.").format(names)
        can_run, message = algorithm.canExecute()
        return (True, "") if can_run else (False, message)

    def is_done(self, step):
        return any(_file_exists(value) for value in self.results(step).values())

    # ------------------------------------------------------------------------------------------------------------
    # Pre-filling

    def destination_path(self, step, parameter):
        stem = step.key if parameter.name() == "OUTPUT" else f"{step.key}_{parameter.name().lower()}"
        return str(self.output_folder / f"{stem}.{parameter.defaultFileExtension()}")

    def destinations(self, step):
        """Output files in the output folder for every output the step makes by default (others are skipped)."""
        algorithm = self.algorithm(step)
        values = {}
        for parameter in algorithm.destinationParameterDefinitions():
            optional = parameter.flags() & ProcessingParameterFlag.Optional
            wanted = not optional or parameter.createByDefault()
            values[parameter.name()] = self.destination_path(step, parameter) if wanted else None
        return values

    def main_output(self, step):
        """The first layer output of the step's last run, with its kind ("raster", "vector", "layer")."""
        algorithm = self.algorithm(step)
        results = self.results(step)
        for output in algorithm.outputDefinitions() if algorithm is not None else ():
            kind = _output_kind(output)
            if kind in ("raster", "vector", "layer") and _file_exists(results.get(output.name())):
                return results[output.name()], kind
        return None, None

    def resolve(self, source, parameter):
        """The value ``source`` gives for ``parameter``, or None."""
        if isinstance(source, AllOf):
            values = [value for value in (self.resolve(s, parameter) for s in source.sources) if value is not None]
            return values or None
        if isinstance(source, ProjectLayer):
            for layer in compatible_layers(self.project, parameter):
                if any(word in layer.name().casefold() for word in source.keywords):
                    return layer.id()
            return None
        if isinstance(source, MainField):
            field = self.survey_main_field()
            return None if field is None else round(float(field[source.element]), 2)
        if isinstance(source, CategoricalBands):
            return categorical_band_names(self.results(step_by_key(source.step)).get(source.name))
        step = step_by_key(source.step)
        if isinstance(source, Setting):
            return self.saved_parameters(step).get(source.parameter) if self.is_done(step) else None
        if not source.names:
            value, kind = self.main_output(step)
            return value if kind in _accepted_kinds(parameter) else None
        results = self.results(step)
        return next((results[name] for name in source.names if _file_exists(results.get(name))), None)

    def survey_main_field(self):
        """{"inclination", "declination"} (degrees) of the IGRF at the corrected survey's centre, first reading
        date and sensor altitude; None before the survey step has run or without a readable time."""
        step = step_by_key("survey")
        path = self.results(step).get("OUTPUT")
        if not _file_exists(path):
            return None
        settings = self.saved_parameters(step)
        layer = QgsVectorLayer(path, "survey", "ogr")
        time_field = settings.get("TIME_FIELD") or "time"
        if not layer.isValid() or layer.fields().indexOf(time_field) < 0:
            return None
        request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry).setSubsetOfAttributes(
            [time_field], layer.fields()).setLimit(1000)
        seconds = next((s for s in (_seconds(f[time_field]) for f in layer.getFeatures(request)) if s is not None),
                       None)
        if seconds is None:
            return None
        to_wgs84 = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                          self.project.transformContext())
        centre = to_wgs84.transform(layer.extent().center())
        try:
            inclination, declination, _ = igrf.igrf(centre.x(), centre.y(), float(settings.get("ALTITUDE") or 0.0),
                                                    datetime.fromtimestamp(seconds, tz=timezone.utc))
        except ValueError:  # a date outside the IGRF's validity: the user types the direction
            return None
        return {"inclination": inclination, "declination": declination}

    def sources(self, step, parameter):
        """Where the value of ``parameter`` in ``step`` comes from: the step's links, else the keyword links."""
        sources = step.links.get(parameter.name())
        if sources is not None:
            return sources
        name = parameter.name().upper()
        return tuple(source for words, source in KEYWORD_LINKS
                     if any(word in name for word in words) and getattr(source, "step", None) != step.key)

    def _first_values(self, step, from_project):
        """For each input of ``step``, the first value its project-layer sources (``from_project``) or its other
        sources give."""
        algorithm = self.algorithm(step)
        values = {}
        for parameter in algorithm.parameterDefinitions() if algorithm is not None else ():
            if parameter.isDestination():
                continue
            for source in self.sources(step, parameter):
                if isinstance(source, ProjectLayer) != from_project:
                    continue
                value = self.resolve(source, parameter)
                if value is not None:
                    values[parameter.name()] = value
                    break
        return values

    def layer_values(self, step):
        """Project layers matched by name for the step's layer inputs."""
        return self._first_values(step, from_project=True)

    def linked_values(self, step):
        """Values from earlier steps' outputs and settings, and, for a step that follows the chain, its INPUT from
        the nearest earlier step with a compatible output."""
        values = self._first_values(step, from_project=False)
        algorithm = self.algorithm(step)
        chain_input = algorithm.parameterDefinition("INPUT") if algorithm is not None else None
        if chain_input is not None and "INPUT" not in values and "INPUT" not in step.links:
            for previous in reversed(STEPS[:STEPS.index(step)]):
                value, kind = self.main_output(previous)
                if value is not None and kind in _accepted_kinds(chain_input):
                    values["INPUT"] = value
                    break
        return values

    def prefill(self, step):
        """The values to show for ``step``: output files, matching project layers, the last settings, then the
        earlier steps' outputs (see the module docstring)."""
        if self.algorithm(step) is None:
            return {}
        values = self.destinations(step)
        layers = self.layer_values(step)
        values.update(layers)
        values.update({name: value for name, value in self.saved_parameters(step).items()
                       if name not in layers or value not in (None, "")})
        values.update(self.linked_values(step))
        return values

    # ------------------------------------------------------------------------------------------------------------
    # Running

    def start(self, step, parameters, feedback):
        """Remember ``parameters`` and create the background task for ``step`` (the caller adds ``run.task`` to
        ``QgsApplication.taskManager()``). Layer outputs are loaded into this project when the run finishes."""
        algorithm = self.algorithm(step)
        parameters = dict(parameters)
        for parameter in algorithm.destinationParameterDefinitions():
            value = parameters.get(parameter.name())
            if isinstance(value, str) and value and _is_layer_destination(parameter):
                parameters[parameter.name()] = QgsProcessingOutputLayerDefinition(value, self.project)
            elif isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
                value.destinationProject = self.project
        self.output_folder.mkdir(parents=True, exist_ok=True)
        self.save_parameters(step, parameters)
        self.current_step = step.key
        return Run(step, algorithm, parameters, self.context(feedback), feedback)

    def context(self, feedback=None):
        """A Processing context on this project (layer ids, transforms and ellipsoid come from it)."""
        context = QgsProcessingContext()
        context.setProject(self.project)
        context.setFeedback(feedback)
        return context

    def finish(self, run, ok, results):
        """After the task: load the layer outputs (Lodestone styles, "Lodestone" group), replacing layers of an
        earlier run of the same files, and remember the outputs. Returns the loaded layers."""
        run.task = None  # the task manager deletes it
        if not ok:
            return []
        before = set(self.project.mapLayers())
        self.load_outputs(run)
        loaded = [layer for layer_id, layer in self.project.mapLayers().items() if layer_id not in before]
        for layer in loaded:
            stale = [old.id() for old in self.project.mapLayers().values()
                     if old.id() not in {new.id() for new in loaded} and old.source() == layer.source()]
            self.project.removeMapLayers(stale)
            move_to_results_group(self.project, layer)
        self.record_results(run.step, results)
        return loaded

    def load_outputs(self, run):
        """Add the outputs Processing marked for loading (``context.layersToLoadOnCompletion``) to their project, as
        the Processing toolbox does, with QGIS's public API: named as the output, then given to the output's
        post-processor (the Lodestone style and group, see ``processing/styles.py``)."""
        context = run.context
        for source, details in context.layersToLoadOnCompletion().items():
            layer = QgsProcessingUtils.mapLayerFromString(source, context, typeHint=details.layerTypeHint)
            if layer is None:
                run.feedback.reportError(tr("The output {} could not be loaded.").format(source))
                continue
            details.setOutputLayerName(layer)
            project = details.project if details.project is not None else self.project
            if context.temporaryLayerStore().takeMapLayer(layer) is not None:
                project.addMapLayer(layer, False)  # the post-processor or finish() puts it in the Lodestone group
            else:  # a layer of the project already (the same file): show what the run wrote
                layer.reload()
            try:
                if details.postProcessor() is not None:
                    details.postProcessor().postProcessLayer(layer, context, run.feedback)
            except Exception as error:  # noqa: BLE001 - a style that fails to apply must not lose the output
                run.feedback.reportError(tr("{} keeps the default style: {}").format(layer.name(), error))

    def record_results(self, step, results):
        """Remember the outputs of a successful run of ``step``: later steps are pre-filled from them."""
        self._write(f"{step.key}/results", {name: storable(value) for name, value in results.items()
                                            if name not in ("CHILD_RESULTS", "CHILD_INPUTS")})


def categorical_band_names(path):
    """'; '-joined descriptions of the bands of the raster ``path`` tagged kind=categorical, or None."""
    if not _file_exists(path):
        return None
    dataset = open_gdal(path)
    if dataset is None:
        return None
    names = [dataset.GetRasterBand(i).GetDescription() for i in range(1, dataset.RasterCount + 1)
             if dataset.GetRasterBand(i).GetMetadataItem("kind") == "categorical"]
    return "; ".join(names) or None
