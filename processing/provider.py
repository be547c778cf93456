"""The Lodestone Processing provider: its algorithms and the shipped models in ``resources/models``."""
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from . import tiled
from .algorithms import ALGORITHMS
from .base import install_hint, missing_modules
from .models import shipped_models

PROVIDER_ID = "lodestone"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def tr(text):
    return QCoreApplication.translate("LodestoneProvider", text)


class LodestoneProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Lodestone"

    def longName(self):  # noqa: N802 (QGIS API)
        return tr("Lodestone: magnetic survey to drill targets (grids, CET-style lineaments, evidence, "
                  "prospectivity, access and drill planning)")

    def icon(self):
        return QIcon(str(RESOURCES / "icon.svg"))

    def svgIconPath(self):  # noqa: N802
        return str(RESOURCES / "icon.svg")

    def load(self):
        tiled.register_settings(self.name())  # the tiled path's settings, under Lodestone in the Processing options
        return super().load()

    def unload(self):
        tiled.unregister_settings()
        super().unload()

    def loadAlgorithms(self):  # noqa: N802
        blocked = {}
        for algorithm_class in ALGORITHMS:
            algorithm = algorithm_class()
            for module in missing_modules(algorithm.REQUIRES):
                blocked.setdefault(module, []).append(f"{PROVIDER_ID}:{algorithm.name()}")
            self.addAlgorithm(algorithm)
        for module, ids in blocked.items():
            QgsMessageLog.logMessage(
                tr("{} is not installed, so these algorithms cannot run: {}. Install {}.").format(
                    module, ", ".join(ids), install_hint(module)), "Lodestone", Qgis.MessageLevel.Warning)
        for path, model in shipped_models():
            if model is not None:
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage(tr("Cannot read the shipped model {}").format(path), "Lodestone",
                                         Qgis.MessageLevel.Critical)
