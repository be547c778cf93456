"""The QGIS plugin object: registers the Processing provider (also under qgis_process, where iface is None), installs
the translation for the QGIS locale, and adds the targeting workflow to the Plugins menu and a toolbar."""
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .processing.provider import PROVIDER_ID, RESOURCES, LodestoneProvider

I18N = Path(__file__).resolve().parent / "i18n"
MENU = "Lodestone"


def tr(text):
    return QCoreApplication.translate("LodestonePlugin", text)


def qgis_language():
    """The two-letter language of the QGIS user interface (QGIS > Settings > Options > General)."""
    return str(QgsSettings().value("locale/userLocale", "") or "")[:2]


def install_translator():
    """Install Lodestone's translation for the QGIS language, if it ships one; returns the translator or None."""
    path = I18N / f"lodestone_{qgis_language()}.qm"
    if not path.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


class LodestonePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = install_translator()
        self.workflow_action = None
        self.workflow_dialog = None

    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Register the provider once: adding a provider whose id is already registered would delete it."""
        registry = QgsApplication.processingRegistry()
        existing = registry.providerById(PROVIDER_ID)
        if existing is not None:
            self.provider = existing
            return
        self.provider = LodestoneProvider()
        registry.addProvider(self.provider)
        # QGIS loads a provider before it is in the registry, so the shipped models could not find their
        # lodestone:* steps then; loading again now resolves them (the Modeler and validate() need that).
        self.provider.refreshAlgorithms()

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        self.workflow_action = QAction(QIcon(str(RESOURCES / "icon.svg")), tr("Targeting workflow..."),
                                       self.iface.mainWindow())
        self.workflow_action.setObjectName("lodestoneTargetingWorkflow")
        self.workflow_action.setToolTip(tr("Lodestone: from a magnetic survey to a drill plan, step by step"))
        self.workflow_action.triggered.connect(self.show_workflow)
        self.iface.addPluginToMenu(MENU, self.workflow_action)
        self.iface.addToolBarIcon(self.workflow_action)

    def show_workflow(self):
        """Open the workflow dialog on the current project: the open one, or a new one that reads the settings the
        project remembers."""
        from .ui.workflow_dialog import WorkflowDialog

        dialog = self.workflow_dialog
        if dialog is None or dialog.stale or not (dialog.isVisible() or dialog.is_running()):
            if dialog is not None:
                dialog.deleteLater()
            dialog = self.workflow_dialog = WorkflowDialog(self.iface)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def unload(self):
        if self.workflow_action is not None:
            self.iface.removePluginMenu(MENU, self.workflow_action)
            self.iface.removeToolBarIcon(self.workflow_action)
            self.workflow_action.deleteLater()
            self.workflow_action = None
        if self.workflow_dialog is not None:
            self.workflow_dialog.close()
            self.workflow_dialog.deleteLater()
            self.workflow_dialog = None
        if self.provider is not None:
            registry = QgsApplication.processingRegistry()
            if registry.providerById(PROVIDER_ID) is self.provider:
                registry.removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
