"""The guided targeting workflow dialog (Plugins > Lodestone > Targeting workflow...).

One page per step (see ``workflow_model.STEPS``) with the algorithm's parameter widgets, pre-filled by the model. The
widgets come from QGIS's public Processing GUI registry (the wrappers the Processing toolbox dialog uses too), so the
dialog does not depend on the Processing plugin's Python internals. A step runs as a background task in QGIS's task
manager, so QGIS stays responsive; its outputs join the project styled, in the "Lodestone" group. The dialog is not
modal: the user can look at the map between steps.

Opening the dialog changes nothing in the project: what a page shows is derived from the project, and only what the
user changes (or runs) is remembered in it.
"""
import html
from pathlib import Path
from typing import NamedTuple

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayer,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsSettings,
)
from qgis.gui import (
    QgsBrowserGuiModel,
    QgsCollapsibleGroupBox,
    QgsFileWidget,
    QgsGui,
    QgsMapCanvas,
    QgsMessageBar,
    QgsProcessingContextGenerator,
    QgsProcessingParametersGenerator,
    QgsProcessingParameterWidgetContext,
)
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..processing.compat import ProcessingMode, ProcessingParameterFlag
from ..processing.styles import RESULTS_GROUP
from .workflow_model import STEPS, WorkflowModel, step_texts, storable, tr

DEFAULT_FOLDER_NAME = "lodestone_outputs"
PROCESSING_OUTPUT_FOLDER = "Processing/Configuration/OUTPUTS_FOLDER"  # Settings > Options > Processing > General


class FieldNote(NamedTuple):
    """A line of help under a parameter's widget. A ``required`` parameter starts "not set" (even if the algorithm
    has a default) and the step does not run until the user gives it; with ``required_if``, only while that boolean
    parameter is checked."""
    text: str
    required: bool = False
    required_if: str = ""


BASE_STATION_NAMES = ("base station", "base_station", "basestation", "base-station")
# Help the algorithms' own help does not give in the workflow's context: {step key: {parameter: FieldNote}}.
FIELD_NOTES = {
    "survey": {
        # Base station: a technician expects the diurnal correction to use the base-station readings the survey
        # came with, so the field is filled: with the project layer named like a base station, else with a file
        # named so beside the survey's file (the demo project keeps base_station.csv beside survey.gpkg without
        # loading it). Leaving it empty skips the diurnal correction, which the note says.
        "BASE_STATION": FieldNote(
            "Filled with the project layer named like a base station, else the base-station file beside the survey "
            "file. Leave it empty only to skip the diurnal correction (the anomaly then keeps the day's variation, "
            "often tens of nT)."),
        # Sensor altitude: the algorithm evaluates the IGRF at this height above the WGS84 ellipsoid. The algorithm's
        # default of 0 m (the ellipsoid) is rarely right and no default fits every survey (a walked survey is about
        # 2 m above ground, wherever the ground is), so the workflow asks for it instead of running with 0.
        "ALTITUDE": FieldNote(
            "Required: the sensor's height above the WGS84 ellipsoid, i.e. the ground elevation plus the sensor "
            "height (a walked survey carries it about 2 m above ground: 322 m on ground at 320 m). The IGRF removed "
            "from the readings is computed there.", required=True, required_if="REMOVE_IGRF"),
    },
}


def default_output_folder(project):
    """Next to the project file if it is saved, else in the Processing output folder (Processing's option)."""
    if project.homePath():
        return Path(project.homePath()) / DEFAULT_FOLDER_NAME
    folder = QgsSettings().value(PROCESSING_OUTPUT_FOLDER, "") or \
        Path(QgsApplication.qgisSettingsDirPath()) / "processing" / "outputs"  # Processing's own default
    return Path(folder) / DEFAULT_FOLDER_NAME


def base_station_file(project, survey):
    """A base-station file beside the survey's file (``survey``: a layer id or a path), named like a base station;
    None if there is none."""
    layer = project.mapLayer(survey) if isinstance(survey, str) else None
    source = layer.source() if layer is not None else survey
    if not isinstance(source, str) or not source:
        return None
    survey_file = Path(source.split("|")[0])
    if not survey_file.is_file():  # a database table, a web service...
        return None
    found = sorted(path for path in survey_file.parent.iterdir()
                   if path.suffix.lower() in (".csv", ".gpkg", ".shp", ".txt")
                   and any(name in path.stem.casefold() for name in BASE_STATION_NAMES))
    return str(found[0]) if found else None


class InvalidValue(ValueError):
    """A parameter value the step cannot run with; the message names the parameter."""

    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter


class StepFeedback(QgsProcessingFeedback):
    """Processing feedback whose messages reach the dialog's log (they are sent from the task's thread)."""

    message = pyqtSignal(str, bool)  # text, is an error

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        super().pushInfo(info)
        self.message.emit(info, False)

    def pushWarning(self, warning):  # noqa: N802
        super().pushWarning(warning)
        self.message.emit(warning, True)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        super().reportError(error, fatalError)
        self.message.emit(error, True)


class ContextGenerator(QgsProcessingContextGenerator):
    """The Processing context the widgets use (layer ids, fields of a chosen layer) on the workflow's project."""

    def __init__(self, context):
        super().__init__()
        self.context = context

    def processingContext(self):  # noqa: N802 (QGIS API)
        return self.context


class ParametersGenerator(QgsProcessingParametersGenerator):
    """The panel's current values, for widgets that depend on other parameters."""

    def __init__(self, panel):
        super().__init__()
        self.panel = panel

    def createProcessingParameters(self, flags=None):  # noqa: N802 (QGIS API; ``flags`` from QGIS 3.32)
        return self.panel.values()


class ParameterPanel(QScrollArea):
    """An algorithm's parameter widgets, as the Processing toolbox lays them out: the inputs, a collapsed group of
    advanced inputs, then the outputs. ``notes`` ({parameter: FieldNote}) adds help under some widgets."""

    def __init__(self, algorithm, context, widget_context, notes=None, dialog=None):
        super().__init__()
        self.algorithm = algorithm
        self.context = context
        self.notes = notes or {}
        self.context_generator = ContextGenerator(context)
        self.parameters_generator = ParametersGenerator(self)
        self.definitions = {}  # the definitions the widgets show (a wrapper only points to its definition)
        self.wrappers = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        advanced = QgsCollapsibleGroupBox(tr("Advanced parameters"))
        advanced_layout = QVBoxLayout(advanced)
        parameters = [p for p in algorithm.parameterDefinitions()
                      if not p.flags() & ProcessingParameterFlag.Hidden]
        for parameter in parameters:
            if not parameter.isDestination():
                is_advanced = parameter.flags() & ProcessingParameterFlag.Advanced
                self._add(parameter, advanced_layout if is_advanced else layout, widget_context, dialog)
        if advanced_layout.count():
            layout.addWidget(advanced)
            advanced.setCollapsed(True)
        else:
            advanced.deleteLater()
        for parameter in parameters:
            if parameter.isDestination():
                self._add(parameter, layout, widget_context, dialog)
        layout.addStretch(1)
        wrappers = list(self.wrappers.values())
        for wrapper in wrappers:
            wrapper.postInitialize(wrappers)  # links field lists to their layer, etc.
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def _add(self, parameter, layout, widget_context, dialog):
        note = self.notes.get(parameter.name())
        definition = parameter.clone()
        if note is not None and note.required:
            definition.setFlags(definition.flags() | ProcessingParameterFlag.Optional)
            definition.setDefaultValue(None)
        wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(definition, ProcessingMode.Standard)
        if wrapper is None:  # a parameter type without a widget: the algorithm's default is used
            layout.addWidget(QLabel(tr("{}: the default is used.").format(parameter.description())))
            return
        wrapper.setParent(self)  # deleted with the panel, and the layer it may hold with it (not after QGIS exits)
        self.definitions[parameter.name()] = definition
        self.wrappers[parameter.name()] = wrapper
        wrapper.setWidgetContext(widget_context)
        wrapper.registerProcessingContextGenerator(self.context_generator)
        wrapper.registerProcessingParametersGenerator(self.parameters_generator)
        if dialog is not None:
            wrapper.setDialog(dialog)
        widget = wrapper.createWrappedWidget(self.context)
        label = wrapper.createWrappedLabel()  # None for a check box, which has its own text
        if label is not None:
            if note is not None and note.required:
                label.setText(parameter.description())  # not "[optional]", as the widget's definition says
            layout.addWidget(label)
        if widget is not None:
            layout.addWidget(widget, wrapper.stretch())
        if note is not None:
            text = QLabel(tr(note.text))
            text.setWordWrap(True)
            text.setStyleSheet("color: #555555;")
            text.setObjectName(f"note_{parameter.name()}")
            layout.addWidget(text)

    def setParameters(self, values):  # noqa: N802 (as the Processing panels name it)
        """Show ``values`` ({parameter: value}); parameters not in it keep their value. Layers are set before the
        fields that depend on them (the algorithm's order)."""
        for parameter in self.algorithm.parameterDefinitions():
            wrapper = self.wrappers.get(parameter.name())
            if wrapper is not None and parameter.name() in values:
                wrapper.setParameterValue(values[parameter.name()], self.context)

    def values(self):
        """The current values, unchecked."""
        return {name: wrapper.parameterValue() for name, wrapper in self.wrappers.items()}

    def processing_parameters(self, project):
        """The values to run the algorithm with, checked; raises InvalidValue naming the first wrong one. Layer
        outputs whose "Open output file after running" is checked are loaded into ``project``."""
        values = self.values()
        parameters = {}
        for parameter in self.algorithm.parameterDefinitions():
            name = parameter.name()
            if name not in self.wrappers:
                continue
            value = values[name]
            if parameter.isDestination():
                if isinstance(value, QgsProcessingOutputLayerDefinition):
                    opened = self.wrappers[name].customProperties().get("OPEN_AFTER_RUNNING")
                    value.destinationProject = project if opened else None
                if value:
                    ok, error = parameter.isSupportedOutputValue(value, self.context)
                    if not ok:
                        raise InvalidValue(parameter, tr("{}: {}").format(parameter.description(), error))
                    parameters[name] = value
                continue
            note = self.notes.get(name)
            if note is not None and note.required and value in (None, "") and \
                    (not note.required_if or values.get(note.required_if)):
                raise InvalidValue(parameter, tr("{} is required: see the note under it.").format(
                    parameter.description()))
            if not parameter.checkValueIsAcceptable(value, self.context):
                raise InvalidValue(parameter, tr("Missing or wrong value: {}").format(parameter.description()))
            parameters[name] = value
        return self.algorithm.preprocessParameters(parameters)

    def show_parameter(self, name):
        """Scroll to a parameter's widget and give it the focus."""
        wrapper = self.wrappers.get(name)
        widget = wrapper.wrappedWidget() if wrapper is not None else None
        if widget is not None:
            self.ensureWidgetVisible(widget)
            widget.setFocus()


class StepPage(QWidget):
    """A step's page: its title, what it does, and the algorithm's parameter panel or why it is unavailable."""

    def __init__(self, dialog, model, step):
        super().__init__()
        self.step = step
        self.panel = None
        self.filled = {}  # the values the dialog last showed (storable): the user changed what differs
        heading, summary = step_texts(step)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{heading}</b>")
        description = QLabel(summary)
        description.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(description)
        available, reason = model.availability(step)
        if available:
            # an instance of its own: the registry's may be replaced while the dialog is open
            algorithm = model.algorithm(step).create()
            self.panel = ParameterPanel(algorithm, model.context(), dialog.widget_context,
                                        FIELD_NOTES.get(step.key), dialog)
            values = model.prefill(step)
            if step.key == "survey" and not values.get("BASE_STATION") and \
                    "BASE_STATION" not in model.saved_parameters(step):  # (an emptied field stays empty)
                values["BASE_STATION"] = base_station_file(model.project, values.get("INPUT"))
            self.fill(values)
            layout.addWidget(self.panel, 1)
        else:
            self.reason = QLabel(reason)
            self.reason.setWordWrap(True)
            self.reason.setStyleSheet("color: #a00;")
            layout.addWidget(self.reason)
            layout.addStretch(1)

    def values(self):
        """The panel's current values, unchecked (for remembering; running checks them)."""
        return self.panel.values()

    def fill(self, values):
        """Show values the dialog derived: they, and what they change (a layer's fields), are not the user's."""
        before = self.stored_values()
        self.panel.setParameters(values)
        after = self.stored_values()
        self.filled.update({name: value for name, value in after.items()
                            if name in values or value != before.get(name) or name not in self.filled})

    def stored_values(self):
        return {name: storable(value) for name, value in self.values().items()}

    def changed_by_user(self):
        return self.panel is not None and self.stored_values() != self.filled


class WorkflowDialog(QDialog):
    """The workflow dialog for ``project`` (default: the current project). ``iface`` may be None (tests)."""

    step_finished = pyqtSignal(str, bool)  # step key, success

    def __init__(self, iface=None, project=None, parent=None):
        super().__init__(parent if parent is not None else (iface.mainWindow() if iface is not None else None))
        self.project = project if project is not None else QgsProject.instance()
        self.model = WorkflowModel(self.project, default_output_folder(self.project))
        self.run = None
        self.stale = False  # the project was cleared (another project opened): this dialog is no longer used
        self.shown_row = None
        self.setWindowTitle(tr("Lodestone targeting workflow"))
        self.resize(1100, 780)

        self.message_bar = QgsMessageBar(self)
        self.widget_context = self.parameter_widget_context(iface)
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setDialogTitle(tr("Folder for the workflow outputs"))
        self.folder.setFilePath(str(self.model.output_folder))
        self.folder.fileChanged.connect(self.change_output_folder)
        self.steps = QListWidget()
        self.steps.setWordWrap(True)
        self.pages = QStackedWidget()
        for number, step in enumerate(STEPS, start=1):
            self.steps.addItem(QListWidgetItem(f"{number}. {step_texts(step)[0]}"))
            self.pages.addWidget(StepPage(self, self.model, step))
        self.steps.currentRowChanged.connect(self.show_step)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        self.log.setFixedHeight(110)
        self.back_button = QPushButton(tr("< Back"))
        self.next_button = QPushButton(tr("Next >"))
        self.run_button = QPushButton(tr("Run step"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.close_button = QPushButton(tr("Close"))
        self.back_button.clicked.connect(lambda: self.steps.setCurrentRow(self.steps.currentRow() - 1))
        self.next_button.clicked.connect(lambda: self.steps.setCurrentRow(self.steps.currentRow() + 1))
        self.run_button.clicked.connect(self.run_current_step)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self._lay_out()
        self.refresh_steps()
        keys = [step.key for step in STEPS]
        current = self.model.current_step
        self.steps.setCurrentRow(keys.index(current) if current in keys else 0)
        self.project.cleared.connect(self.project_cleared)
        self.added_layers = set()  # ids of layers added to the project since the last fill_added_layers()
        self.fill_timer = QTimer(self)
        self.fill_timer.setSingleShot(True)
        self.fill_timer.timeout.connect(self.fill_added_layers)
        self.project.layersAdded.connect(self.layers_added)

    def parameter_widget_context(self, iface):
        """What the parameter widgets may use: the project, the dialog's message bar and, in QGIS, the map canvas
        (to pick extents and points), the browser and the active layer."""
        context = QgsProcessingParameterWidgetContext()
        context.setProject(self.project)
        context.setMessageBar(self.message_bar)
        if iface is None:
            return context
        # (checked: test doubles of iface return other objects)
        canvas, browser, layer = iface.mapCanvas(), iface.browserModel(), iface.activeLayer()
        if isinstance(canvas, QgsMapCanvas):
            context.setMapCanvas(canvas)
        if isinstance(browser, QgsBrowserGuiModel):
            context.setBrowserModel(browser)
        if isinstance(layer, QgsMapLayer):
            context.setActiveLayer(layer)
        return context

    def _lay_out(self):
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(tr("Output folder")))
        folder_row.addWidget(self.folder, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])
        buttons = QHBoxLayout()
        for button in (self.back_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.run_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(folder_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.log)
        layout.addLayout(buttons)

    def messageBar(self):  # noqa: N802 (the Processing parameter widgets may ask their dialog for it)
        return self.message_bar

    # ------------------------------------------------------------------------------------------------------------

    def page(self, step_key):
        return self.pages.widget([step.key for step in STEPS].index(step_key))

    def current_page(self):
        return self.pages.currentWidget()

    def refresh_steps(self):
        """Step list icons and tooltips: done, to do, running or unavailable (with the reason)."""
        for row, step in enumerate(STEPS):
            item = self.steps.item(row)
            available, reason = self.model.availability(step)
            if self.run is not None and self.run.step is step:
                icon, tip = "/mTaskRunning.svg", tr("Running...")
            elif not available:
                icon, tip = "/mIconWarning.svg", reason
            elif self.model.is_done(step):
                icon, tip = "/mIconSuccess.svg", tr("Done: its outputs are in the Lodestone group.")
            else:
                icon, tip = "/mTaskQueued.svg", tr("To do")
            item.setIcon(QgsApplication.getThemeIcon(icon))
            item.setToolTip(tip)
            item.setForeground(QColor("#888888") if not available else self.palette().text().color())
        self.update_buttons()

    def update_buttons(self):
        row = self.steps.currentRow()
        running = self.run is not None
        page = self.current_page()
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < len(STEPS) - 1)
        self.run_button.setEnabled(not running and page is not None and page.panel is not None)
        self.cancel_button.setEnabled(running)
        self.folder.setEnabled(not running)

    def show_step(self, row):
        """Show a step, bringing in what the earlier steps made since it was last shown; remember the one left."""
        if self.shown_row is not None:
            self.remember_settings(self.pages.widget(self.shown_row))
        self.shown_row = row
        self.remember_step(STEPS[row].key)
        self.pages.setCurrentIndex(row)
        page = self.current_page()
        if page.panel is not None:
            page.fill(self.model.linked_values(page.step))
        self.update_buttons()

    def remember_step(self, key):
        """The step shown is where the dialog reopens. It is a view setting, like a panel's position: storing it
        leaves the project's modified flag as it was (showing a step changes nothing in the project)."""
        if self.stale or self.model.current_step == key:
            return
        was_dirty = self.project.isDirty()
        self.model.current_step = key
        if not was_dirty:
            self.project.setDirty(False)

    def change_output_folder(self, folder):
        """New output folder: steps not run yet write there."""
        if not folder:
            return
        self.model.set_output_folder(folder)
        for row, step in enumerate(STEPS):
            page = self.pages.widget(row)
            if page.panel is not None and not self.model.is_done(step):
                page.fill(self.model.destinations(step))

    def layers_added(self, layers):
        """Layers added while the dialog is open (e.g. the demo loaded after opening it) fill the empty inputs they
        match by name, once they are in the layer tree (the model matches in layer-tree order)."""
        self.added_layers.update(layer.id() for layer in layers)
        self.fill_timer.start(0)

    def fill_added_layers(self):
        added, self.added_layers = self.added_layers, set()
        for row in range(self.pages.count()):
            page = self.pages.widget(row)
            if page.panel is None:
                continue
            shown = page.values()
            matches = {name: value for name, value in self.model.layer_values(page.step).items()
                       if value in added and shown.get(name) in (None, "")}
            if matches:
                page.fill(matches)

    def remember_settings(self, page):
        """Store the values the user changed on a page in the project, so the dialog reopens as it was left."""
        if page.changed_by_user() and not self.stale:
            self.model.save_parameters(page.step, page.values())
            page.filled = page.stored_values()

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.remember_settings(self.current_page())
        super().closeEvent(event)

    def project_cleared(self):
        """Another project is opened (or a new one started): stop here; the next opening reads that project."""
        self.stale = True
        self.cancel()
        self.hide()

    # ------------------------------------------------------------------------------------------------------------
    # Running a step

    def run_current_step(self):
        """Check the current page and start its algorithm as a background task."""
        page = self.current_page()
        if self.run is not None or page.panel is None:
            return False
        try:
            parameters = page.panel.processing_parameters(self.project)
        except InvalidValue as error:
            self.message_bar.pushMessage(str(error), Qgis.MessageLevel.Warning, 8)
            page.panel.show_parameter(error.parameter.name())
            return False
        algorithm = self.model.algorithm(page.step)
        ok, message = algorithm.checkParameterValues(parameters, self.model.context())
        if not ok:
            self.message_bar.pushMessage(message, Qgis.MessageLevel.Warning, 8)
            return False
        feedback = StepFeedback()
        feedback.progressChanged.connect(self.show_progress)
        feedback.message.connect(self.add_to_log)
        self.run = self.model.start(page.step, parameters, feedback)
        page.filled = page.stored_values()  # start() remembered them
        self.run.task.executed.connect(self.step_done)
        self.log.clear()
        self.progress.setValue(0)
        self.add_to_log(tr("Running {}...").format(algorithm.displayName()), False)
        QgsApplication.taskManager().addTask(self.run.task)
        self.refresh_steps()
        return True

    def cancel(self):
        if self.run is not None and self.run.task is not None:
            self.add_to_log(tr("Cancelling..."), True)
            self.run.task.cancel()

    def show_progress(self, percent):
        self.progress.setValue(int(percent))

    def add_to_log(self, text, is_error):
        text = html.escape(text)
        self.log.appendHtml(f'<span style="color:#b00000">{text}</span>' if is_error else text)

    def step_done(self, ok, results):
        run, self.run = self.run, None
        layers = self.model.finish(run, ok, results)
        step = run.step
        if ok:
            self.progress.setValue(100)
            heading = step_texts(step)[0]
            text = tr("{}: done.").format(heading)
            if layers:
                text += " " + tr("Added to the {} group: {}.").format(RESULTS_GROUP,
                                                                   ", ".join(layer.name() for layer in layers))
            self.add_to_log(text, False)
            self.message_bar.pushMessage(text, Qgis.MessageLevel.Success, 6)
            following = STEPS.index(step) + 1
            for row in range(following, len(STEPS)):  # the later steps take this one's outputs
                page = self.pages.widget(row)
                if page.panel is not None:
                    page.fill(self.model.linked_values(page.step))
            if following < len(STEPS):
                self.add_to_log(tr("Next: {}").format(step_texts(STEPS[following])[0]), False)
        else:
            cancelled = run.feedback.isCanceled()
            text = tr("The step was cancelled: no output was added.") if cancelled else \
                tr("The step failed: see the messages above.")
            self.add_to_log(text, True)
            self.message_bar.pushMessage(text, Qgis.MessageLevel.Warning, 8)
        self.refresh_steps()
        self.step_finished.emit(step.key, ok)

    def is_running(self):
        return self.run is not None
