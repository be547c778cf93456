"""Every algorithm class the provider registers, in toolbox order."""
from . import structure, transforms
from .demo_property import DemoPropertyAlgorithm
from .magnetics import CorrectSurveyAlgorithm, GridSurveyAlgorithm, IgrfAlgorithm

ALGORITHMS = (IgrfAlgorithm, CorrectSurveyAlgorithm, GridSurveyAlgorithm, *transforms.ALGORITHMS,
              *structure.ALGORITHMS, DemoPropertyAlgorithm)
