"""The shipped Processing models of ``resources/models``: each runs as ``lodestone:<file stem>`` but shows a title, the
translated name of the algorithms' group it joins, and a translated description and parameter labels.

A QGIS model has one name, used both as its id and as its toolbox title; users' models and scripts call the shipped
models by id, so the id stays the file stem and the title comes from here.
"""
from pathlib import Path

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication

from .base import GROUPS

TR_CONTEXT = "LodestoneModels"
MODELS_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"
UNTRANSLATED_HELP = {"HELP_URL", "ALG_CREATOR"}  # help-content keys that hold no prose


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def model_titles():
    """Toolbox title of each shipped model, by id (file stem)."""
    return {
        "demoroadreach": tr("Demo property and road reach"),
        "evidencetotargets": tr("Evidence to targets"),
        "surveytodrillplan": tr("Survey to drill plan (whole job)"),
        "surveytolineaments": tr("Survey to lineaments"),
    }


class ShippedModel(QgsProcessingModelAlgorithm):
    """A model read from ``path``; ``loaded`` says whether the file could be read."""

    def __init__(self, path):
        super().__init__()
        self.path = Path(path)
        self.loaded = self.fromFile(str(self.path))
        if self.loaded:
            for definition in self.parameterDefinitions():
                definition.setDescription(tr(definition.description()))

    def displayName(self):  # noqa: N802 (QGIS API)
        return model_titles().get(self.name(), self.name())

    def group(self):
        return tr(GROUPS.get(self.groupId(), self.groupId()))

    def shortHelpString(self):  # noqa: N802
        """The model's help page with its description and parameter notes translated."""
        content = {key: value if key in UNTRANSLATED_HELP else tr(value)
                   for key, value in self.helpContent().items() if value}
        return QgsProcessingUtils.formatHelpMapAsHtml(content, self)

    def createInstance(self):  # noqa: N802
        return ShippedModel(self.path)


def shipped_models():
    """Every model file of ``resources/models`` as (path, model or None when the file cannot be read)."""
    models = []
    for path in sorted(MODELS_DIR.glob("*.model3")):
        model = ShippedModel(path)
        models.append((path, model if model.loaded else None))
    return models
