"""The French translation: with QGIS in French the plugin installs it and the algorithms, their groups and the
workflow speak French; in English nothing changes."""
import importlib.util
import shutil
import subprocess
from xml.etree import ElementTree

import pytest
from qgis.core import QgsApplication, QgsSettings

from lodestone.plugin import I18N, LodestonePlugin
from lodestone.processing.base import GROUPS
from lodestone.processing.section_figure import level_label
from lodestone.ui.workflow_model import step_by_key, step_texts

REPO_ROOT = I18N.parent
LRELEASE = shutil.which("lrelease") or shutil.which("/usr/lib/qt5/bin/lrelease")


@pytest.fixture()
def set_locale(lodestone_provider):
    """Set QGIS's user-interface locale (Settings > Options > General) for one test."""
    settings = QgsSettings()
    saved = settings.value("locale/userLocale")
    yield lambda locale: settings.setValue("locale/userLocale", locale)
    if saved is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", saved)


@pytest.fixture()
def plugin_in(set_locale):
    """A plugin object created (as QGIS does at start-up) under the given locale; unloaded after the test."""
    plugins = []

    def create(locale):
        set_locale(locale)
        plugins.append(LodestonePlugin(None))
        return plugins[-1]

    yield create
    for plugin in plugins:
        plugin.unload()


def algorithm(name):
    return QgsApplication.processingRegistry().algorithmById(f"lodestone:{name}")


def lodestone_algorithms():
    return [a for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "lodestone"
            and hasattr(a, "DISPLAY_NAME")]


def test_french_locale_translates_names_groups_labels_help_and_the_workflow(plugin_in):
    plugin = plugin_in("fr_CA")
    assert plugin.translator is not None
    rtp = algorithm("reducetopole")
    assert rtp.displayName() == "Réduction au pôle"
    assert rtp.group() == "Magnétisme"
    assert rtp.shortHelpString().startswith("Réduction au pôle (Baranov 1957")
    fresh = rtp.create()  # parameter labels are set when an algorithm is created, as the dialog does
    assert fresh.parameterDefinition("INPUT").description() == "Grille d'entrée"
    assert fresh.parameterDefinition("INCLINATION").description() == "Inclinaison du champ (degrés)"
    assert algorithm("verticalderivative").displayName() == "Dérivée verticale"
    assert algorithm("analyticsignal").displayName() == "Signal analytique"
    assert algorithm("extractlineaments").displayName() == "Extraire les linéaments"
    assert algorithm("structuralcomplexity").group() == "Structure"
    assert step_texts(step_by_key("survey"))[0] == "Levé : Corriger les lectures du levé"
    model = algorithm("surveytolineaments").create()  # a shipped model: title, group, help and labels
    assert model.displayName() == "Du levé aux linéaments"
    assert model.group() == "Structure"
    assert "Du levé aux linéaments : met en grille" in model.shortHelpString()
    assert "Lissage de la complexité (m)" in [p.description() for p in model.parameterDefinitions()]
    assert algorithm("evidencetotargets").group() == "Prospectivité"
    assert level_label(125, 195) == "125 m sous la surface (élévation 195 m)"  # the drill-section figure
    plugin.unload()
    assert rtp.displayName() == "Reduce to pole"  # unloading removes the translator


LODESTONE_CONTEXTS = ("CompileDrillHolesAlgorithm", "ZoneGeometryAlgorithm")
"""Algorithms whose parameters others clone."""


def test_every_algorithm_name_group_label_and_short_help_has_a_french_translation(lodestone_provider):
    translated = {(context.findtext("name"), message.findtext("source"))
                  for context in ElementTree.parse(I18N / "lodestone_fr.ts").getroot().iter("context")
                  for message in context.iter("message")
                  if message.find("translation").get("type") is None and message.findtext("translation")}
    missing = []
    for registered in lodestone_algorithms():
        instance = registered.create()
        context = type(instance).__name__
        texts = [instance.DISPLAY_NAME, GROUPS[instance.GROUP_ID], instance.SHORT_HELP]
        missing += [(context, text) for text in texts if (context, text) not in translated]
        # a parameter cloned from another algorithm (zonegeometry's collars from compiledrillholes) was labelled,
        # and so translated, in that algorithm's context
        missing += [(context, p.description()) for p in instance.parameterDefinitions()
                    if not any((name, p.description()) in translated for name in (context, *LODESTONE_CONTEXTS))]
    assert missing == [], "run 'make translations' and translate these in i18n/lodestone_fr.ts"


def test_english_locale_keeps_english(plugin_in):
    plugin = plugin_in("en_US")
    assert plugin.translator is None
    assert algorithm("reducetopole").displayName() == "Reduce to pole"
    assert algorithm("reducetopole").group() == "Magnetics"


@pytest.mark.skipif(LRELEASE is None, reason="lrelease is not installed (Debian package qttools5-dev-tools)")
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    compiled = tmp_path / "lodestone_fr.qm"
    subprocess.run([LRELEASE, "-silent", str(I18N / "lodestone_fr.ts"), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (I18N / "lodestone_fr.qm").read_bytes(), "run 'make translations'"


@pytest.fixture(scope="module")
def translations_script():
    """scripts/translations.py as a module (the repository is already importable as lodestone here)."""
    spec = importlib.util.spec_from_file_location("translations", REPO_ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extraction_uses_the_contexts_qt_looks_up(translations_script, lodestone_provider):
    from lodestone.processing.algorithms import ALGORITHMS

    found = set(translations_script.all_code_messages(ALGORITHMS)) | set(
        translations_script.runtime_messages(ALGORITHMS))
    # self.tr in a base class is looked up under the class of the object: every algorithm inheriting it
    assert ("ReduceToPoleAlgorithm", "Input grid") in found and ("TiltDerivativeAlgorithm", "Input grid") in found
    assert ("GridTransformAlgorithm", "Input grid") not in found
    # a mixin's strings (FieldDirectionMixin) go to the algorithms using it
    assert ("MagneticTransformsAlgorithm", "Field inclination (deg)") in found
    # labels passed through variables are recorded at run time
    assert ("DemoPropertyAlgorithm", "Mining claims") in found
    assert ("ReduceToPoleAlgorithm", "Reduce to pole") in found and ("ReduceToPoleAlgorithm", "Magnetics") in found
    # module-level tr() functions, own or imported, and the workflow step titles
    assert ("LodestoneWorkflow", "Run step") in found and ("LodestoneWorkflow", "Grid the anomaly") in found
    assert ("LodestoneProvider", "Cannot read the shipped model {}") in found
    assert ("LodestonePlugin", "Targeting workflow...") in found


def test_merge_keeps_translations_reuses_them_across_contexts_and_marks_unused_ones(translations_script):
    existing = {("A", "Grid"): ("Grille", None), ("A", "Old text"): ("Ancien texte", None),
                ("A", "Draft"): ("", "unfinished")}
    merged = translations_script.merge([("A", "Grid"), ("B", "Grid"), ("A", "Draft"), ("B", "New")], existing)
    assert merged[("A", "Grid")] == ("Grille", None)
    assert merged[("B", "Grid")] == ("Grille", None)  # the same label in another algorithm
    assert merged[("A", "Draft")] == ("", "unfinished") and merged[("B", "New")] == ("", "unfinished")
    assert merged[("A", "Old text")] == ("Ancien texte", "vanished")
