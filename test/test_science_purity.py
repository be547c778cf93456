"""The science modules must run without QGIS: they may import only the standard library, numpy, scipy,
scikit-learn, rasterio and each other."""
import ast
import sys
from pathlib import Path

import pytest

SCIENCE = Path(__file__).resolve().parent.parent / "science"
ALLOWED = {"numpy", "scipy", "sklearn", "rasterio"} | set(sys.stdlib_module_names)


def imported_top_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.lineno, node.module.split(".")[0]


@pytest.mark.parametrize("path", sorted(SCIENCE.rglob("*.py")), ids=lambda p: p.name)
def test_science_module_imports_only_allowed_packages(path):
    offending = [(line, name) for line, name in imported_top_modules(path) if name not in ALLOWED]
    assert not offending, f"{path.name} imports {offending}; science must not depend on QGIS, PyQt or GDAL"


def test_purity_check_catches_a_qgis_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import numpy as np\nfrom qgis.core import QgsRasterLayer\n")
    assert [name for _, name in imported_top_modules(bad) if name not in ALLOWED] == ["qgis"]
