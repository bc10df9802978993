# factcheck: `make run` serves the demo, `make test` runs the whole suite. Nothing else is needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint check-python deps test-deps clean screenshots

run: $(VENV)/.installed
	$(BIN)/factcheck seed
	$(BIN)/factcheck serve

test: $(VENV)/.installed test-deps lint
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy
	@mkdir -p var/lint && DATABASE_URL=sqlite:///var/lint/check.db $(BIN)/alembic upgrade head && \
	  DATABASE_URL=sqlite:///var/lint/check.db $(BIN)/alembic check

# The queue, the article page with its panel open, a claim page and a public page at 1366 and 390 px.
screenshots: $(VENV)/.installed test-deps
	$(BIN)/python scripts/screenshots.py var/screenshots

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "factcheck needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)")'

deps: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

test-deps: $(VENV)/.installed
	@scripts/ensure-test-deps

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache .hypothesis *.egg-info
