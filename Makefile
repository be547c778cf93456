# Lodestone developer commands. The two that matter (see README):
#   make demo    run the main job on the embedded demo property -> demo_output/
#   make check   lint + science tests in a plain PyPI venv + the full suite with QGIS 3.22 and 3.40, headless,
#                then the plugin zip and the plugin repository's scan of it
SHELL := /bin/bash
APT_PACKAGES := python3-qgis qgis qgis-providers python3-rasterio python3-sklearn python3-scipy python3-venv \
	xvfb qttools5-dev-tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VENV := .venv
SCIENCE_VENV := .venv-science
SCAN_VENV := .venv-scan
PYTHONPATH_DIR := build/pythonpath
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: demo demo-real bench bench-tiled check lint test-science test-all test-lanes package styles models translations system-deps clean

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

$(VENV)/.installed: requirements-dev.txt | system-deps
	/usr/bin/python3 -m venv --system-site-packages $(VENV)
	@# keep Debian's numpy and scipy, which QGIS and python3-scipy are built against
	/usr/bin/python3 -c 'import numpy, scipy; print(f"numpy=={numpy.__version__}\nscipy=={scipy.__version__}")' > $(VENV)/constraints.txt
	$(VENV)/bin/pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	touch $@

$(SCIENCE_VENV)/.installed: requirements-science.txt | system-deps
	/usr/bin/python3 -m venv $(SCIENCE_VENV)
	$(SCIENCE_VENV)/bin/pip install -q --disable-pip-version-check --upgrade -r requirements-science.txt
	touch $@

# The plugin is imported as package "lodestone" from a folder holding a link to this repository, never from
# the repository root itself (its processing/ would hide QGIS's own processing package).
$(PYTHONPATH_DIR)/lodestone:
	mkdir -p $(PYTHONPATH_DIR) && ln -sfn ../.. $@

demo: $(VENV)/.installed $(PYTHONPATH_DIR)/lodestone
	PYTHONPATH=$(PYTHONPATH_DIR) $(VENV)/bin/python -m lodestone demo --output demo_output

demo-real: $(VENV)/.installed $(PYTHONPATH_DIR)/lodestone
	PYTHONPATH=$(PYTHONPATH_DIR) $(VENV)/bin/python -m lodestone demo-real --output demo_output_real

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

test-science: $(SCIENCE_VENV)/.installed
	$(SCIENCE_VENV)/bin/pytest --ignore=test/qgis -q

test-all: $(VENV)/.installed
	$(VENV)/bin/pytest -q

# The QGIS suite on both lanes: Debian's own QGIS (3.22, the oldest supported) and the long-term release from the
# backports suite (3.40, the newest available here), via scripts/qgis_lane.py; the machine is left on the lane it had.
test-lanes: $(VENV)/.installed $(PYTHONPATH_DIR)/lodestone
	@start=$$(/usr/bin/python3 scripts/qgis_lane.py current); status=0; \
	for lane in oldest newest; do \
	  /usr/bin/python3 scripts/qgis_lane.py switch $$lane && \
	  $(VENV)/bin/python -c 'from qgis.core import Qgis; print("== QGIS", Qgis.version(), "==", flush=True)' && \
	  $(VENV)/bin/pytest -q || status=1; \
	done; \
	/usr/bin/python3 scripts/qgis_lane.py switch $$start; exit $$status

check: lint test-science test-lanes package

$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	@dpkg -s gmt >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gmt; }
	$(VENV)/bin/pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-bench.txt
	touch $@

# Speed and memory against peers (harmonica, GMT surface); prints figures and ratios, asserts nothing.
bench: $(VENV)/.bench-installed
	$(VENV)/bin/python benchmarks/bench_transforms.py
	$(VENV)/bin/python benchmarks/bench_gridding.py
	$(VENV)/bin/python benchmarks/bench_phasesymmetry.py
	$(VENV)/bin/python benchmarks/bench_stacking.py
	$(VENV)/bin/python benchmarks/bench_prospectivity.py
	$(VENV)/bin/python benchmarks/bench_user_path.py

# Grids larger than memory (issue 19): a 32768 x 32768 grid through the tiled transforms beside harmonica, and a
# 20000 x 20000 x 12-band prediction; about 30 min and 30 GB of disk in /tmp.
bench-tiled: $(VENV)/.bench-installed
	$(VENV)/bin/python benchmarks/bench_tiled.py

$(SCAN_VENV)/.installed: requirements-scan.txt
	/usr/bin/python3 -m venv $(SCAN_VENV)
	$(SCAN_VENV)/bin/pip install -q --disable-pip-version-check -r requirements-scan.txt
	touch $@

# The plugin zip, then the plugin repository's upload scan on it (Bandit, detect-secrets): fails on any finding.
package: $(SCAN_VENV)/.installed
	$(SCAN_VENV)/bin/python scripts/scan_package.py $$(/usr/bin/python3 scripts/package.py)

styles: $(VENV)/.installed demo_output/property/ip_chargeability.tif
	QT_HASH_SEED=0 $(VENV)/bin/python scripts/make_styles.py demo_output/property/ip_chargeability.tif

# Update i18n/lodestone_fr.ts from the code (existing translations kept) and compile i18n/lodestone_fr.qm.
translations: $(VENV)/.installed
	$(VENV)/bin/python scripts/translations.py

clean:
	rm -rf build dist demo_output demo_output_real

models: $(VENV)/.installed $(PYTHONPATH_DIR)/lodestone
	QT_HASH_SEED=0 PYTHONPATH=$(PYTHONPATH_DIR) $(VENV)/bin/python scripts/make_models.py
