"""Static check that the plugin's code also runs on QGIS 4: no enum spelling that QGIS 4 drops.

QGIS 3.30 to 3.44 moved many enums into the ``Qgis`` namespace (``QgsProcessing.TypeVectorPoint`` became
``Qgis.ProcessingSourceType.VectorPoint``) and kept the old spellings as aliases, which QGIS 4 drops; QGIS 3.22 has
only the old ones. The plugin spells them through processing/compat.py, which picks whichever this QGIS has.

Every ``.py`` file of the plugin but compat.py and the tests is parsed, and each attribute chain rooted at a class
imported from ``qgis.core``, ``qgis.gui`` or ``qgis.analysis`` is checked two ways:

- in this machine's QGIS: an enum value reached other than through its own enum (``QgsFeatureSink.FastInsert`` for
  ``QgsFeatureSink.Flag.FastInsert``, and from QGIS 3.30 every alias: ``QgsWkbTypes.Point`` is
  ``Qgis.WkbType.Point``), an enum reached under another name (``QgsWkbTypes.Type`` is ``Qgis.WkbType``), a name
  this QGIS lacks (``Qgis.ProcessingSourceType`` on 3.22: spell it through compat.py);
- against a fixed list of the old owners of moved enums (``QgsProcessing.Type*``, ``QgsWkbTypes.<Name>``...), so that
  the check also bites on QGIS 3.22, where those spellings are still the enums' own.
"""
import ast
import enum
import importlib.util
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from qgis.core import Qgis

_spec = importlib.util.spec_from_file_location("qt6_ready", Path(__file__).with_name("test_qt6_ready.py"))
qt6_ready = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt6_ready)
ROOT = qt6_ready.ROOT

QGIS_PACKAGES = ["qgis.core", "qgis.gui", "qgis.analysis"]
MOVED_ENUMS = {
    "QgsProcessing": r"SourceType|Type[A-Z]\w*",  # Qgis.ProcessingSourceType (3.36)
    "QgsProcessingParameterNumber": r"Type|Integer|Double",  # Qgis.ProcessingNumberParameterType (3.36)
    "QgsProcessingParameterField": r"DataType|Any|Numeric|String|DateTime|Binary|Boolean",  # (3.36)
    "QgsProcessingParameterDateTime": r"Type|DateTime|Date|Time",  # Qgis.ProcessingDateTimeParameterDataType (3.36)
    "QgsProcessingParameterDefinition": r"Flags?|Flag[A-Z]\w*",  # Qgis.ProcessingParameterFlag (3.36)
    "QgsProcessingAlgorithm": r"Flags?|Flag[A-Z]\w*",  # Qgis.ProcessingAlgorithmFlag (3.36)
    "QgsFeatureRequest": r"Flags?|NoFlags|NoGeometry|SubsetOfAttributes|ExactIntersect",  # Qgis.FeatureRequestFlag
    "QgsProperty": r"Type|[A-Z]\w*Property",  # Qgis.PropertyType (3.36)
    "QgsCoordinateReferenceSystem": r"WktVariant|WKT\w*",  # Qgis.CrsWktVariant (3.36)
    "QgsWkbTypes": r"[A-Z]\w*",  # Qgis.WkbType, Qgis.GeometryType (3.30); its functions stay
    "QgsUnitTypes": r"[A-Z]\w*",  # Qgis.DistanceUnit, Qgis.LayoutUnit... (3.30); its functions stay
    "QgsMapLayerType": r"\w+",  # Qgis.LayerType (3.30)
    "QgsMapLayer": r"LayerType|[A-Z]\w*Layer",  # Qgis.LayerType (3.30)
    "QgsColorRampShader": r"Type|ClassificationMode|Interpolated|Discrete|Exact|Continuous|EqualInterval|Quantile",
    "QgsLegendStyle": r"Style|Undefined|Hidden|Title|Group|Subgroup|Symbol|SymbolLabel",  # Qgis.LegendComponent
}
"""Old owner -> its attributes (a regular expression) that are enums, or their values, moved to ``Qgis``."""
NOT_CHECKED = {"processing/compat.py"}


def _is_enum(value):
    """Whether ``value`` is an enum class: a sip enum (PyQt 5) or a Python enum (QGIS's scoped enums; all in Qt 6)."""
    return isinstance(value, type) and (issubclass(value, enum.Enum) or type(value).__name__ == "enumtype")


def _is_own_member(owner, name, value):
    """Whether ``owner.name`` is the enum value ``value`` reached through its own enum by its own name (not an
    alias QGIS added: ``QgsMapLayerType.RasterLayer`` on 3.40 is ``Qgis.LayerType.Raster``)."""
    if not _is_enum(owner) or type(value) is not owner:
        return False
    return not issubclass(owner, enum.Enum) or name in owner.__members__


def _defines(owner_name, name, kind):
    """Whether the enum ``kind`` was defined as ``owner_name.name`` (not another enum given that name as an alias)."""
    return kind.__qualname__ == f"{owner_name}.{name}" if "." in kind.__qualname__ else kind.__name__ == name


def _resolve(node, imported):
    """What an attribute chain rooted at an imported QGIS class stands for here (None: not such a chain, or a name
    this QGIS lacks)."""
    if isinstance(node, ast.Name):
        return imported.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, imported)
        return None if owner is None else getattr(owner, node.attr, None)
    return None


def _problem(node, owner):
    """The message for one attribute ``owner.<node.attr>`` (``node``), None if it is spelled as QGIS 4 has it."""
    spelled = ast.unparse(node)
    pattern = MOVED_ENUMS.get(getattr(owner, "__name__", ""))
    if isinstance(node.value, ast.Name) and pattern and re.fullmatch(pattern, node.attr):
        return f"{spelled}: QGIS 4 drops this spelling (the enum moved to Qgis); use processing/compat.py"
    if not hasattr(owner, node.attr):
        return f"{spelled} is not in QGIS {Qgis.QGIS_VERSION}: spell it through processing/compat.py"
    value = getattr(owner, node.attr)
    if _is_enum(type(value)) and not _is_own_member(owner, node.attr, value):
        scoped = f"{type(value).__qualname__}.{getattr(value, 'name', node.attr)}"
        return f"{spelled} is {scoped}: write that (through processing/compat.py if QGIS 3.22 lacks it)"
    if _is_enum(value) and not _defines(owner.__qualname__, node.attr, value):
        return f"{spelled} is {value.__qualname__}: write that (through processing/compat.py if QGIS 3.22 lacks it)"
    return None


def problems_in(path):
    """``(line, message)`` for each spelling of a QGIS enum that QGIS 4 drops, in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    imported = qt6_ready.imported_classes(tree, QGIS_PACKAGES)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in QGIS_PACKAGES:
            for alias in node.names:
                kind = imported.get(alias.asname or alias.name)
                if _is_enum(kind) and not _defines("", alias.name, kind):  # QgsMapLayerType is Qgis.LayerType
                    found.append((node.lineno, f"{alias.name} is {kind.__qualname__}: use processing/compat.py"))
        owner = _resolve(node.value, imported) if isinstance(node, ast.Attribute) else None
        message = None if owner is None else _problem(node, owner)
        if message:
            found.append((node.lineno, message))
    return sorted(found)


def test_the_checker_finds_old_enum_spellings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from qgis.core import Qgis, QgsFeatureSink, QgsProcessing, QgsWkbTypes\n"
                      "a = QgsFeatureSink.FastInsert\n"
                      "b = QgsFeatureSink.Flag.FastInsert, QgsWkbTypes.geometryType, Qgis.QGIS_VERSION_INT\n"
                      "c = QgsProcessing.TypeVectorPoint\n"
                      "d = QgsWkbTypes.Type.Point\n"
                      "e = Qgis.MessageLevel.Warning\n"
                      "f = Qgis.Warning\n"
                      "g = Qgis.NoSuchEnum.Member\n")
    found = problems_in(sample)
    assert [line for line, _ in found] == [2, 4, 5, 7, 8], found
    assert "QgsFeatureSink.Flag.FastInsert" in found[0][1] and "Qgis.MessageLevel.Warning" in found[3][1]


def test_compat_picks_the_scoped_enum_where_this_qgis_has_it():
    from lodestone.processing import compat

    families = {name: family for name, family in vars(compat).items() if isinstance(family, SimpleNamespace)}
    assert len(families) >= 10
    for name, family in families.items():
        scoped = getattr(Qgis, name, None)
        for member, value in vars(family).items():
            assert _is_enum(type(value)), (name, member, value)
            if scoped is not None:
                assert value is getattr(scoped, member), (name, member)
            else:
                assert not type(value).__qualname__.startswith("Qgis."), (name, member, type(value))


def _checked_files():
    for path in qt6_ready.python_files():
        relative = path.relative_to(ROOT).as_posix()
        if relative.split("/")[0] != "test" and relative not in NOT_CHECKED:
            yield path


@pytest.mark.parametrize("path", list(_checked_files()), ids=lambda path: str(path.relative_to(ROOT)))
def test_code_spells_enums_as_qgis4_does(path):
    found = problems_in(path)
    assert not found, "\n".join(f"{path.relative_to(ROOT)}:{line}: {message}" for line, message in found)
