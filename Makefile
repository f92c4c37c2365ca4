# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STORE ?= .qawl/demo-store

.PHONY: setup demo test clean

setup: $(STAMP)

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

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .qawl
