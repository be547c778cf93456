"""Imports point down only: entry points (``__init__``, ``plugin``, ``headless``/``__main__``, ``runner``,
``demo_project``) -> ``ui`` -> ``processing`` -> ``science``; and ``science`` imports only the standard library,
numpy, scipy, scikit-learn, rasterio and itself (and science/tiling.py the optional Dask).

Checked on the source (AST), so a lazy import inside a function counts as much as one at the top.
"""
import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCIENCE_ALLOWED = {"numpy", "scipy", "sklearn", "rasterio"} | set(sys.stdlib_module_names)
SCIENCE_OPTIONAL = {Path("science/tiling.py"): {"dask", "distributed", "cloudpickle"}}
"""The optional engine (Dask) that the tiling module imports only when a scheduler is asked for."""

# The layer of each part of the plugin, lowest first; a module may import its own layer and the layers below.
LAYERS = ("science", "processing", "ui", "plugin", "runner", "demo_project", "headless")
TOP_MODULES = {"__init__": "plugin", "plugin": "plugin", "runner": "runner", "demo_project": "demo_project",
               "headless": "headless", "__main__": "headless"}


def layer_of(parts):
    """The layer of a plugin module given its dotted parts inside the plugin (``("processing", "base")``)."""
    if not parts:
        return "plugin"
    return parts[0] if parts[0] in ("science", "processing", "ui") else TOP_MODULES.get(parts[0])


def plugin_modules(root=ROOT):
    """Every Python file of the plugin (tests, benchmarks and scripts excluded) with its dotted parts."""
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] in ("test", "benchmarks", "scripts", "build", "dist") or relative.parts[0].startswith("."):
            continue
        parts = relative.with_suffix("").parts
        yield path, parts[:-1] if parts[-1] == "__init__" else parts, path.name == "__init__.py"


def imports(path, parts, is_package):
    """(line, parts inside the plugin or None, top-level name) of every import in a file; relative imports are
    resolved against the file's package, ``lodestone.*`` is the plugin itself."""
    package = list(parts) if is_package else list(parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names = alias.name.split(".")
                yield node.lineno, tuple(names[1:]) if names[0] == "lodestone" else None, names[0]
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").split(".") if node.module else []
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = tuple(base + module)
                # "from . import x": the import may name a module of that package
                yield node.lineno, target if module else target + (node.names[0].name,), None
            elif module and module[0] == "lodestone":
                yield node.lineno, tuple(module[1:]), None
            else:
                yield node.lineno, None, module[0]


def violations(root=ROOT):
    """``file:line imports target`` for every import that points up a layer or out of science's allowed set."""
    found = []
    for path, parts, is_package in plugin_modules(root):
        layer = layer_of(parts)
        if layer is None:
            found.append(f"{path.relative_to(root)}: not part of any layer (add it to LAYERS/TOP_MODULES)")
            continue
        for line, target, top in imports(path, parts, is_package):
            where = f"{path.relative_to(root)}:{line}"
            if target is not None:
                target_layer = layer_of(target)
                if target_layer is None or LAYERS.index(target_layer) > LAYERS.index(layer):
                    found.append(f"{where} ({layer}) imports {'.'.join(target) or 'the plugin root'}")
            elif layer == "science" and top not in SCIENCE_ALLOWED | SCIENCE_OPTIONAL.get(path.relative_to(root),
                                                                                           set()):
                found.append(f"{where} (science) imports {top}")
    return found


def test_imports_point_down_only():
    assert violations() == []


def test_every_plugin_module_is_checked():
    checked = {parts for _, parts, _ in plugin_modules()}
    assert {("science", "magnetics", "transforms"), ("processing", "base"), ("ui", "workflow_dialog"), ("runner",),
            ("demo_project",), ("headless",), ("plugin",)} <= checked


@pytest.mark.parametrize(("path", "source", "offence"), [
    ("processing/base.py", "from ..ui.results import attach_styles\n", "(processing) imports ui.results"),
    ("ui/demo_map.py", "from ..headless import run_algorithm\n", "(ui) imports headless"),
    ("runner.py", "from .demo_project import run_demo\n", "(runner) imports demo_project"),
    ("science/magnetics/igrf.py", "from qgis.core import QgsPointXY\n", "(science) imports qgis"),
    ("science/grid.py", "from ..processing import base\n", "(science) imports processing"),
    ("processing/algorithms/structure.py", "def f():\n    from lodestone.plugin import x\n",
     "(processing) imports plugin"),
])
def test_the_check_catches_an_upward_import(tmp_path, path, source, offence):
    """Today's two upward imports (processing -> ui, ui -> headless) and others like them are caught."""
    file = tmp_path / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(source)
    assert any(offence in v for v in violations(tmp_path)), violations(tmp_path)


def test_downward_and_sideways_imports_pass(tmp_path):
    for path, source in {"ui/dialog.py": "from ..processing.styles import x\nfrom .model import y\n",
                         "processing/algorithms/a.py": "from ...science.grid import GridSpec\nimport processing\n",
                         "science/structure/c.py": "import numpy\nfrom ..grid import GridSpec\nfrom . import d\n",
                         "headless.py": "from .runner import run\nfrom .demo_project import run_demo\n"}.items():
        file = tmp_path / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(source)
    assert violations(tmp_path) == []
