"""Every algorithm class the provider registers, in toolbox order."""
from .demo_property import DemoPropertyAlgorithm

ALGORITHMS = (DemoPropertyAlgorithm,)
