# Two commands on a fresh machine:  make run   and   make test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench venv system-deps clean help

help:
	@echo "make run    create .venv, install, build the graph and answer a first question"
	@echo "make test   create .venv, install, run every test"
	@echo "make bench  run the benchmarks (results in docs/benchmarks.md)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Debian packages some tests drive for real (an independent RDF parser, a headless browser).
system-deps:
	@bash scripts/install-system-deps.sh

run: $(STAMP)
	$(BIN)/kg build
	$(BIN)/kg query trilogy-recurring-actors


test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

# make bench BENCH_ARGS="--only queries --quick"  (areas: build queries validate link publish)
bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .kg
