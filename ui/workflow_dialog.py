"""The guided targeting workflow dialog (Plugins > Lodestone > Targeting workflow...).

One page per step (see ``workflow_model.STEPS``) with the algorithm's own Processing parameter panel, pre-filled by
the model. A step runs as a background task in QGIS's task manager, so QGIS stays responsive; its outputs join the
project styled, in the "Lodestone" group. The dialog is not modal: the user can look at the map between steps.
"""
import html
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProcessingFeedback, QgsProject
from qgis.gui import QgsFileWidget, QgsMessageBar
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..processing.styles import RESULTS_GROUP
from .workflow_model import STEPS, WorkflowModel, step_texts, tr

DEFAULT_FOLDER_NAME = "lodestone_outputs"


def default_output_folder(project):
    """Next to the project file if it is saved, else in the Processing output folder."""
    if project.homePath():
        return Path(project.homePath()) / DEFAULT_FOLDER_NAME
    from processing.core.ProcessingConfig import ProcessingConfig  # QGIS's Processing plugin

    return Path(ProcessingConfig.getSetting(ProcessingConfig.OUTPUT_FOLDER) or Path.home()) / DEFAULT_FOLDER_NAME


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


class StepPage(QWidget):
    """A step's page: its title, what it does, and the algorithm's parameter panel or why it is unavailable."""

    def __init__(self, dialog, model, step):
        super().__init__()
        self.step = step
        self.panel = None
        heading, summary = step_texts(step)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{heading}</b>")
        description = QLabel(summary)
        description.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(description)
        available, reason = model.availability(step)
        if available:
            from processing.gui.ParametersPanel import ParametersPanel  # QGIS's Processing plugin

            # the panel's widget wrappers need a QDialog with a message bar as parent: the workflow dialog
            self.panel = ParametersPanel(dialog, model.algorithm(step))
            self.panel.setParameters(model.prefill(step))
            layout.addWidget(self.panel, 1)
        else:
            self.reason = QLabel(reason)
            self.reason.setWordWrap(True)
            self.reason.setStyleSheet("color: #a00;")
            layout.addWidget(self.reason)
            layout.addStretch(1)

    def values(self):
        """The panel's current values, unchecked (for remembering; running uses the panel's validation)."""
        return {name: wrapper.parameterValue() for name, wrapper in self.panel.wrappers.items()}


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
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
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

    def messageBar(self):  # noqa: N802 (the Processing parameter widgets ask their dialog for it)
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
        self.model.current_step = STEPS[row].key
        self.pages.setCurrentIndex(row)
        page = self.current_page()
        if page.panel is not None:
            page.panel.setParameters(self.model.linked_values(page.step))
        self.update_buttons()

    def change_output_folder(self, folder):
        """New output folder: steps not run yet write there."""
        if not folder:
            return
        self.model.set_output_folder(folder)
        for row, step in enumerate(STEPS):
            page = self.pages.widget(row)
            if page.panel is not None and not self.model.is_done(step):
                page.panel.setParameters(self.model.destinations(step))

    def remember_settings(self, page):
        """Store a page's current values in the project, so the dialog reopens as it was left."""
        if page.panel is not None and not self.stale:
            self.model.save_parameters(page.step, page.values())

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
        """Validate the current page and start its algorithm as a background task."""
        from processing.gui.AlgorithmDialogBase import AlgorithmDialogBase  # QGIS's Processing plugin

        page = self.current_page()
        if self.run is not None or page.panel is None:
            return False
        try:
            parameters = page.panel.createProcessingParameters()
        except AlgorithmDialogBase.InvalidParameterValue as error:
            self.message_bar.pushMessage(tr("Missing or wrong value: {}").format(error.parameter.description()),
                                         Qgis.Warning, 8)
            return False
        except AlgorithmDialogBase.InvalidOutputExtension as error:
            self.message_bar.pushMessage(error.message, Qgis.Warning, 8)
            return False
        algorithm = self.model.algorithm(page.step)
        ok, message = algorithm.checkParameterValues(parameters, self.model.context())
        if not ok:
            self.message_bar.pushMessage(message, Qgis.Warning, 8)
            return False
        feedback = StepFeedback()
        feedback.progressChanged.connect(self.show_progress)
        feedback.message.connect(self.add_to_log)
        self.run = self.model.start(page.step, parameters, feedback)
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
            self.message_bar.pushMessage(text, Qgis.Success, 6)
            following = STEPS.index(step) + 1
            for row in range(following, len(STEPS)):  # the later steps take this one's outputs
                page = self.pages.widget(row)
                if page.panel is not None:
                    page.panel.setParameters(self.model.linked_values(page.step))
            if following < len(STEPS):
                self.add_to_log(tr("Next: {}").format(step_texts(STEPS[following])[0]), False)
        else:
            cancelled = run.feedback.isCanceled()
            text = tr("The step was cancelled: no output was added.") if cancelled else \
                tr("The step failed: see the messages above.")
            self.add_to_log(text, True)
            self.message_bar.pushMessage(text, Qgis.Warning, 8)
        self.refresh_steps()
        self.step_finished.emit(step.key, ok)

    def is_running(self):
        return self.run is not None
