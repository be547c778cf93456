"""The registry: every algorithm class the provider registers, one line each, in toolbox order. Adding an
algorithm means its class (with its id, parameters, help and ``OUTPUT_STYLES``) plus one line here, and its section
in ``docs/algorithms/`` (tests check both against this tuple)."""
from .alteration import CompileAlterationAlgorithm
from .demo_property import DemoPropertyAlgorithm
from .drillholes import CompileDrillHolesAlgorithm
from .drillsection import DrillSectionAlgorithm
from .evidence import (
    DistanceRasterAlgorithm,
    InterpolatePointsAlgorithm,
    StackEvidenceAlgorithm,
    TrainingPointsAlgorithm,
)
from .knowledge import FuzzyOverlayAlgorithm, WeightsOfEvidenceAlgorithm, WofePosteriorAlgorithm
from .logistics import AccessCostAlgorithm, PlanDrillProgramAlgorithm, TargetAccessAlgorithm
from .magnetics import CorrectSurveyAlgorithm, GridSurveyAlgorithm, IgrfAlgorithm
from .prospectivity import ApplyModelAlgorithm, ProspectivityModelAlgorithm, ValidateProspectivityAlgorithm
from .structure import (
    ExtractLineamentsAlgorithm,
    LineamentStatisticsAlgorithm,
    MagneticAnomaliesAlgorithm,
    PhaseSymmetryAlgorithm,
    StructuralComplexityAlgorithm,
    TextureAlgorithm,
    TrendCorridorsAlgorithm,
)
from .targets import ExtractTargetsAlgorithm
from .transforms import (
    AnalyticSignalAlgorithm,
    HorizontalDerivativeAlgorithm,
    MagneticTransformsAlgorithm,
    ReduceToPoleAlgorithm,
    RegionalResidualAlgorithm,
    TiltDerivativeAlgorithm,
    UpwardContinuationAlgorithm,
    VerticalDerivativeAlgorithm,
)
from .zonegeometry import ZoneGeometryAlgorithm

ALGORITHMS = (
    IgrfAlgorithm,
    CorrectSurveyAlgorithm,
    GridSurveyAlgorithm,
    ReduceToPoleAlgorithm,
    UpwardContinuationAlgorithm,
    VerticalDerivativeAlgorithm,
    HorizontalDerivativeAlgorithm,
    TiltDerivativeAlgorithm,
    AnalyticSignalAlgorithm,
    RegionalResidualAlgorithm,
    MagneticTransformsAlgorithm,
    TextureAlgorithm,
    PhaseSymmetryAlgorithm,
    ExtractLineamentsAlgorithm,
    StructuralComplexityAlgorithm,
    TrendCorridorsAlgorithm,
    MagneticAnomaliesAlgorithm,
    LineamentStatisticsAlgorithm,
    CompileDrillHolesAlgorithm,
    ZoneGeometryAlgorithm,
    DrillSectionAlgorithm,
    CompileAlterationAlgorithm,
    StackEvidenceAlgorithm,
    DistanceRasterAlgorithm,
    InterpolatePointsAlgorithm,
    TrainingPointsAlgorithm,
    AccessCostAlgorithm,
    TargetAccessAlgorithm,
    PlanDrillProgramAlgorithm,
    WeightsOfEvidenceAlgorithm,
    WofePosteriorAlgorithm,
    FuzzyOverlayAlgorithm,
    ProspectivityModelAlgorithm,
    ApplyModelAlgorithm,
    ValidateProspectivityAlgorithm,
    ExtractTargetsAlgorithm,
    DemoPropertyAlgorithm,
)
