"""Update the translation sources i18n/lodestone_<lang>.ts from the code and compile them to .qm (make translations).

Run with a Python that has the QGIS bindings: ``python3 scripts/translations.py [LANG ...]`` (default: every
i18n/lodestone_*.ts there is, or fr). Strings are collected with the context QCoreApplication.translate() sees at
run time, in two ways:

- in the code (``ast``): ``tr("...")`` in a module whose ``tr`` function passes a fixed context,
  ``QCoreApplication.translate("Context", "...")``, and ``self.tr("...")`` in a class: its context is the class of
  the object, so a string written in a base class or mixin is listed under every registered algorithm inheriting it;
- while QGIS asks for them: every registered algorithm is created and initialised under a translator that records
  each lookup (display name, group, short help, parameter labels and help, output labels; labels built in loops are
  only known then), and so are the workflow step titles.

Existing translations are kept. A text new in one context takes the translation it has in another (the same label in
each algorithm). Texts no longer used are kept, marked vanished, as lupdate does. lrelease (Debian package
qttools5-dev-tools) then compiles the .ts files.
"""
import ast
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
CODE = ("plugin.py", "processing", "ui")  # where user-visible strings live (science raises English ValueErrors)
LRELEASE = ("lrelease", "/usr/lib/qt5/bin/lrelease", "/usr/lib/x86_64-linux-gnu/qt5/bin/lrelease")
LANGUAGE_NAMES = {"fr": "fr_FR"}


def import_plugin():
    """Import the repository as package ``lodestone`` (from a temporary folder holding a link to it, never from the
    root: its processing/ would hide QGIS's own processing package)."""
    link_parent = Path(tempfile.mkdtemp(prefix="lodestone-i18n-"))
    (link_parent / "lodestone").symlink_to(ROOT, target_is_directory=True)
    sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != ROOT]
    sys.path.insert(0, str(link_parent))
    return importlib.import_module("lodestone")


class RecordingTranslator(QTranslator):
    """Installed while in a ``with`` block: records every (context, text) looked up, translates nothing."""

    def __init__(self):
        super().__init__()
        self.seen = []

    def translate(self, context, source, disambiguation=None, n=-1):
        self.seen.append((context, source))
        return ""

    def __enter__(self):
        QCoreApplication.installTranslator(self)
        return self

    def __exit__(self, *exc):
        QCoreApplication.removeTranslator(self)


# ----------------------------------------------------------------------------------------------------------------
# Strings in the code


def _text(node, constants):
    """A string literal, or a module-level string constant by name; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _module_constants(tree):
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _text(node.value, {})
            if value is not None:
                constants[node.targets[0].id] = value
    return constants


def _is_translate(call):
    function = call.func
    return isinstance(function, ast.Attribute) and function.attr == "translate" and len(call.args) >= 2


def _module_tr_context(module):
    """The context the module's ``tr`` function (its own or imported) passes to QCoreApplication.translate."""
    function = getattr(module, "tr", None)
    if not callable(function):
        return None
    with RecordingTranslator() as recorder:
        function("probe")
    return recorder.seen[0][0] if recorder.seen else None


def code_messages(module_name, path, algorithm_classes):
    """(context, text) pairs of the tr() calls in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _module_constants(tree)
    module = importlib.import_module(module_name)
    module_context = _module_tr_context(module)
    messages = []

    def visit(node, class_name):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                function = child.func
                if _is_translate(child):
                    context, text = _text(child.args[0], constants), _text(child.args[1], constants)
                    if context and text:
                        messages.append((context, text))
                elif isinstance(function, ast.Name) and function.id == "tr" and module_context:
                    text = _text(child.args[0], constants)
                    if text:
                        messages.append((module_context, text))
                elif (isinstance(function, ast.Attribute) and function.attr == "tr"
                      and isinstance(function.value, ast.Name) and function.value.id == "self" and class_name):
                    text = _text(child.args[0], constants)
                    if text:
                        messages.extend((context, text) for context in self_contexts(module, class_name,
                                                                                      algorithm_classes))
            visit(child, class_name)

    visit(tree, None)
    return messages


def self_contexts(module, class_name, algorithm_classes):
    """The contexts ``self.tr`` has in ``class_name``: every registered algorithm class that inherits it."""
    owner = getattr(module, class_name)
    inheriting = [cls.__name__ for cls in algorithm_classes if issubclass(cls, owner)]
    return inheriting or [class_name]


def all_code_messages(algorithm_classes):
    messages = []
    for entry in CODE:
        path = ROOT / entry
        files = [path] if path.is_file() else sorted(path.rglob("*.py"))
        for file in files:
            module_name = "lodestone." + ".".join(file.relative_to(ROOT).with_suffix("").parts)
            messages.extend(code_messages(module_name.removesuffix(".__init__"), file, algorithm_classes))
    return messages


# ----------------------------------------------------------------------------------------------------------------
# Strings QGIS asks for


def runtime_messages(algorithm_classes):
    """(context, text) pairs looked up while the algorithms are created and the workflow steps are titled."""
    from lodestone.processing import models
    from lodestone.ui import workflow_model

    with RecordingTranslator() as recorder:
        for algorithm_class in algorithm_classes:
            algorithm = algorithm_class()
            algorithm.initAlgorithm({})
            algorithm.displayName(), algorithm.group(), algorithm.shortHelpString()
        for _, model in models.shipped_models():  # the models' labels are translated as they are read
            model.displayName(), model.group(), model.shortHelpString()
        for step in workflow_model.STEPS:
            workflow_model.step_texts(step)
    ours = {cls.__name__ for cls in algorithm_classes} | {workflow_model.TR_CONTEXT, models.TR_CONTEXT}
    return [(context, text) for context, text in recorder.seen if context in ours and text]


# ----------------------------------------------------------------------------------------------------------------
# .ts files


def read_ts(path):
    """{(context, source): (translation, type)} of an existing .ts file."""
    if not path.exists():
        return {}
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            entries[(name, message.findtext("source"))] = (translation.text or "", translation.get("type"))
    return entries


def merge(messages, existing):
    """The entries for ``messages`` (in first-seen order), keeping translations; unused old ones become vanished."""
    known = {source: text for (_, source), (text, kind) in existing.items() if text and kind != "unfinished"}
    entries = {}
    for key in messages:
        if key in entries:
            continue
        text, kind = existing.get(key, ("", "unfinished"))
        if kind in ("vanished", "obsolete"):
            kind = None
        if not text and key[1] in known:
            text, kind = known[key[1]], None
        entries[key] = (text, "unfinished" if not text else kind)
    for key, (text, _) in existing.items():
        if key not in entries:
            entries[key] = (text, "vanished")
    return entries


def write_ts(path, language, entries):
    root = ET.Element("TS", version="2.1", language=LANGUAGE_NAMES.get(language, language), sourcelanguage="en")
    contexts = {}
    for (context, source), (text, kind) in entries.items():
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        translation.text = text or None
        if kind:
            translation.set("type", kind)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def lrelease():
    for candidate in LRELEASE:
        found = shutil.which(candidate)
        if found:
            return found
    raise SystemExit("lrelease is not installed: sudo apt install qttools5-dev-tools (Debian/Ubuntu).")


def main(languages):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import_plugin()
    from lodestone.processing.algorithms import ALGORITHMS

    messages = all_code_messages(ALGORITHMS) + runtime_messages(ALGORITHMS)
    languages = languages or sorted(p.stem.split("_", 1)[1] for p in I18N.glob("lodestone_*.ts")) or ["fr"]
    I18N.mkdir(exist_ok=True)
    compiler = lrelease()
    for language in languages:
        ts_path = I18N / f"lodestone_{language}.ts"
        entries = merge(messages, read_ts(ts_path))
        write_ts(ts_path, language, entries)
        done = sum(1 for text, kind in entries.values() if text and kind is None)
        current = sum(1 for _, kind in entries.values() if kind != "vanished")
        print(f"{ts_path.relative_to(ROOT)}: {current} texts, {done} translated, "
              f"{current - done} to translate")
        subprocess.run([compiler, "-silent", str(ts_path), "-qm", str(ts_path.with_suffix(".qm"))], check=True)
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1:])
