"""Static check that the plugin's code also runs on Qt 6 (QGIS 4): no unscoped enums, no ``exec_``, no removed classes.

Every ``.py`` file of the plugin (tests included) is parsed. For each name imported from ``qgis.PyQt.*``, an attribute
``Name.Member`` is looked up in this machine's PyQt: where it is an enum VALUE (Qt 5 lets ``Qt.Horizontal`` stand
for ``Qt.Orientation.Horizontal``; Qt 6 does not), the access is unscoped and reported with its file and line. The
scoped spelling works on Qt 5 too.
"""
import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIPPED_FOLDERS = {"build", ".venv", ".venv-science", ".venv-scan", "dist", "demo_output", "demo_output_real", ".git"}
REMOVED_IN_QT6 = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "QTextCodec", "QSound", "QGLWidget", "QMatrix"}
"""Qt 5 classes that Qt 6 removed (or moved out of PyQt's core modules)."""


def python_files():
    """Every ``.py`` file of the plugin, tests included (test_qgis4_enums.py uses this too)."""
    for path in sorted(ROOT.rglob("*.py")):
        if not SKIPPED_FOLDERS.intersection(path.relative_to(ROOT).parts):
            yield path


def imported_classes(tree, packages):
    """``{name in the file: class}`` for the classes a parsed file imports ``from`` one of ``packages`` or a module
    under one (``from qgis.PyQt.QtCore import Qt``), looked up in what is installed here."""
    imported = {}
    for node in ast.walk(tree):
        module = getattr(node, "module", None) or ""
        if isinstance(node, ast.ImportFrom) and any(module == p or module.startswith(p + ".") for p in packages):
            owners = importlib.import_module(module)
            for alias in node.names:
                owner = getattr(owners, alias.name, None)
                if isinstance(owner, type):
                    imported[alias.asname or alias.name] = owner
    return imported


def _is_enum_value(owner, member):
    """Whether ``owner.member`` is an enum value reached without its enum's name (PyQt 5's sip enums are int
    subclasses; PyQt 6 has no unscoped access at all, so there the lookup fails and nothing is reported)."""
    value = getattr(owner, member, None)
    return isinstance(value, int) and type(value) is not int and type(value).__module__.startswith("PyQt")


def problems_in(path):
    """``(line, message)`` for each Qt-6-incompatible spelling in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    imported = imported_classes(tree, ["qgis.PyQt"])
    found = [(node.lineno, f"{alias.name} is removed in Qt 6") for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt")
             for alias in node.names if alias.name in REMOVED_IN_QT6]
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            found.append((node.lineno, "exec_() is exec() in Qt 6"))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in imported:
            owner = imported[node.value.id]
            if _is_enum_value(owner, node.attr):
                scope = type(getattr(owner, node.attr)).__name__
                found.append((node.lineno, f"unscoped enum {node.value.id}.{node.attr}: write "
                                           f"{node.value.id}.{scope}.{node.attr}"))
    return found


def test_the_checker_finds_unscoped_enums_and_exec(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from qgis.PyQt.QtCore import Qt\nfrom qgis.PyQt.QtWidgets import QDialog\n"
                      "a = Qt.Horizontal\nb = Qt.Orientation.Horizontal\nQDialog().exec_()\nc = Qt.AlignmentFlag\n")
    messages = [message for _, message in problems_in(sample)]
    assert len(messages) == 2, messages
    assert "Qt.Orientation.Horizontal" in messages[1] or "Qt.Orientation.Horizontal" in messages[0]
    assert any("exec_" in message for message in messages)


@pytest.mark.parametrize("path", list(python_files()), ids=lambda path: str(path.relative_to(ROOT)))
def test_code_is_qt6_ready(path):
    found = problems_in(path)
    assert not found, "\n".join(f"{path.relative_to(ROOT)}:{line}: {message}" for line, message in found)
