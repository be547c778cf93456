"""Every algorithm class the provider registers, in toolbox order."""
from . import drillholes, evidence, knowledge, logistics, prospectivity, structure, targets, transforms
from .demo_property import DemoPropertyAlgorithm
from .magnetics import CorrectSurveyAlgorithm, GridSurveyAlgorithm, IgrfAlgorithm

ALGORITHMS = (IgrfAlgorithm, CorrectSurveyAlgorithm, GridSurveyAlgorithm, *transforms.ALGORITHMS,
              *structure.ALGORITHMS, *drillholes.ALGORITHMS, *evidence.ALGORITHMS,
              *logistics.ALGORITHMS, *knowledge.ALGORITHMS, *prospectivity.ALGORITHMS, *targets.ALGORITHMS,
              DemoPropertyAlgorithm)
