"""The provider as QGIS and qgis_process see it: registration, groups, help, dependency messages."""
import re
from pathlib import Path

from qgis.core import QgsApplication

from lodestone.plugin import LodestonePlugin
from lodestone.processing import base
from lodestone.processing.base import GROUPS, LodestoneAlgorithm

REPO_ROOT = Path(__file__).resolve().parents[2]
HELP_PAGES = "https://github.com/lodestone-plugin/lodestone/blob/main/"  # the repository's files on GitHub

EXPECTED_GROUPS = {"Magnetics", "Structure", "Evidence", "Prospectivity", "Logistics", "Workflows"}


def test_provider_is_registered_with_id_name_icon_and_groups(lodestone_provider):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("lodestone")
    assert provider is not None and provider.name() == "Lodestone"
    assert not provider.icon().isNull()
    assert "lodestone:demoproperty" in [a.id() for a in provider.algorithms()]
    assert set(GROUPS.values()) == EXPECTED_GROUPS
    assert {a.group() for a in provider.algorithms() if isinstance(a, LodestoneAlgorithm)} <= EXPECTED_GROUPS


def test_registering_twice_keeps_the_provider(lodestone_provider):
    registry = QgsApplication.processingRegistry()
    count = len(registry.providerById("lodestone").algorithms())
    second = LodestonePlugin(None)
    second.initProcessing()
    second.initProcessing()
    provider = registry.providerById("lodestone")
    assert provider is not None and len(provider.algorithms()) == count
    assert registry.algorithmById("lodestone:demoproperty") is not None


def test_unload_removes_and_reload_restores_the_provider(lodestone_plugin):
    registry = QgsApplication.processingRegistry()
    plugin = LodestonePlugin(None)
    plugin.initProcessing()  # adopts the session's registered provider
    plugin.unload()
    assert registry.providerById("lodestone") is None
    plugin.initProcessing()
    assert registry.algorithmById("lodestone:demoproperty") is not None
    plugin.unload()  # hand the registration back to the session's plugin object
    lodestone_plugin.initProcessing()


def heading_anchors(page):
    """GitHub's anchors of the headings of a Markdown page (fenced code left out): lower case, punctuation dropped
    except hyphens and underscores, spaces to hyphens."""
    headings, fenced = [], False
    for line in page.read_text(encoding="utf-8").splitlines():
        fenced ^= line.lstrip().startswith("```")
        if not fenced and re.match(r"#{1,6}\s", line):
            headings.append(line.lstrip("#").strip())
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def test_every_algorithm_has_help_a_url_and_parameter_help(lodestone_provider):
    provider = QgsApplication.processingRegistry().providerById("lodestone")
    for algorithm in provider.algorithms():
        if not isinstance(algorithm, LodestoneAlgorithm):
            continue  # shipped models carry their own help
        assert len(algorithm.shortHelpString()) > 80, algorithm.id()
        url = algorithm.helpUrl()
        assert url.startswith(HELP_PAGES), f"{algorithm.id()}: {url}"
        page, _, anchor = url[len(HELP_PAGES):].partition("#")
        assert page == f"docs/algorithms/{algorithm.groupId()}.md", f"{algorithm.id()}: help on {page}"
        assert (REPO_ROOT / page).is_file(), f"{algorithm.id()}: {page} does not exist"
        assert anchor in heading_anchors(REPO_ROOT / page), f"{algorithm.id()}: no section #{anchor} in {page}"
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help(), f"{algorithm.id()} {parameter.name()} has no help"
        assert algorithm.outputDefinitions(), f"{algorithm.id()} has no outputs"


class NeedsScikitLearn(LodestoneAlgorithm):
    ALGORITHM_ID = "needssklearn"
    DISPLAY_NAME = "Needs scikit-learn"
    REQUIRES = ("sklearn",)

    def initAlgorithm(self, config=None):  # noqa: N802
        pass

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return {}


def test_missing_dependency_names_the_package_and_how_to_install(monkeypatch):
    real_find_spec = base.importlib.util.find_spec
    monkeypatch.setattr(base.importlib.util, "find_spec",
                        lambda name, *a: None if name == "sklearn" else real_find_spec(name, *a))
    ok, message = NeedsScikitLearn().canExecute()
    assert not ok
    assert "scikit-learn" in message and base.install_hint("sklearn") in message  # this platform's one command


def test_provider_loads_without_scikit_learn_and_logs_which_algorithms_need_it(monkeypatch, qgis_app):
    from qgis.core import QgsApplication as App

    from lodestone.processing import provider as provider_module

    real_find_spec = base.importlib.util.find_spec
    monkeypatch.setattr(base.importlib.util, "find_spec",
                        lambda name, *a: None if name == "sklearn" else real_find_spec(name, *a))
    monkeypatch.setattr(provider_module, "ALGORITHMS", (*provider_module.ALGORITHMS, NeedsScikitLearn))
    messages = []
    log = App.messageLog()
    log.messageReceived.connect(lambda text, tag, level: messages.append((tag, text)))
    provider = provider_module.LodestoneProvider()
    provider.loadAlgorithms()
    qgis_app.processEvents()
    assert {"lodestone:demoproperty", "lodestone:needssklearn"} <= {a.id() for a in provider.algorithms()}
    assert any(tag == "Lodestone" and "needssklearn" in text and "scikit-learn" in text for tag, text in messages)
