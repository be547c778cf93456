"""Regenerate the shipped Processing models in resources/models from code (developer tool; not shipped).

Run: make models. Each model is built with the QGIS model API and saved as .model3, which the provider loads so
the model runs as lodestone:<name> in the toolbox, the Graphical Modeler and qgis_process.
"""
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
    QgsProcessingParameterDistance,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

MODELS = Path(__file__).resolve().parent.parent / "resources" / "models"


def from_model(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def add_parameter(model, definition, x, y):
    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(x, y))
    model.addModelParameter(definition, component)


def child(algorithm_id, child_id, description, x, y, sources):
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(x, y))
    for name, source in sources.items():
        step.addParameterSources(name, source)
    return step


def demo_road_reach():
    """The demo property and the ground within a chosen distance of its roads (a first logistics look)."""
    model = QgsProcessingModelAlgorithm("demoroadreach", "Workflows", "workflows")
    model.setHelpContent({
        "ALG_DESC": "Generates the demo property (lodestone:demoproperty) and the ground within a walking or "
                    "skidder distance of its highway and forestry roads (native:buffer, dissolved).",
        "SEED": "Seed of the demo property's noise and grades.",
        "DISTANCE": "Distance from a road (m) still reachable for a drill pad.",
        "ALG_CREATOR": "Lodestone developers",
    })
    add_parameter(model, QgsProcessingParameterNumber("SEED", "Demo seed", QgsProcessingParameterNumber.Integer,
                                                      2019), 120, 60)
    distance = QgsProcessingParameterDistance("DISTANCE", "Distance from a road (m)", 500.0, minValue=0.0)
    distance.setDefaultUnit(0)  # metres (QgsUnitTypes.DistanceMeters)
    add_parameter(model, distance, 420, 60)
    model.addChildAlgorithm(child("lodestone:demoproperty", "demoproperty", "Generate demo property", 120, 180,
                                  {"SEED": from_model("SEED")}))
    buffer = child("native:buffer", "roadreach", "Ground within reach of roads", 420, 300, {
        "INPUT": [QgsProcessingModelChildParameterSource.fromChildOutput("demoproperty", "ROADS")],
        "DISTANCE": from_model("DISTANCE"), "SEGMENTS": static(8), "END_CAP_STYLE": static(0),
        "JOIN_STYLE": static(0), "MITER_LIMIT": static(2), "DISSOLVE": static(True)})
    output = QgsProcessingModelOutput("REACH", "Within reach of roads")
    output.setChildId("roadreach")
    output.setChildOutputName("OUTPUT")
    buffer.setModelOutputs({"REACH": output})
    model.addChildAlgorithm(buffer)
    return model


def main():
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    MODELS.mkdir(parents=True, exist_ok=True)
    for build in (demo_road_reach,):
        model = build()
        path = MODELS / f"{model.name()}.model3"
        if not model.toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path}")
    app.exitQgis()


if __name__ == "__main__":
    main()
