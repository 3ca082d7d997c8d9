# Pledge Tracker — `make run` starts everything locally, `make test` runs the whole suite.
# Both work from a fresh clone: they create .venv, install pinned dependencies and, with
# no DATABASE_URL / CELERY_BROKER_URL set, use an embedded PostgreSQL under var/.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
NODE_STAMP := node_modules/.installed

.PHONY: run test lint format bench install install-test browser db-stop db-status clean

$(RUN_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# Old pips fail to pull in lxml_html_clean for trafilatura; a current pip resolves it.
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(RUN_STAMP)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

# Front-end assets from npm (world-map topojson for plotly.js, axe-core for accessibility tests).
$(NODE_STAMP): package.json $(wildcard package-lock.json)
	if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; \
	else npm install --no-audit --no-fund --loglevel=error; fi
	touch $@

install: $(RUN_STAMP) $(if $(wildcard package.json),$(NODE_STAMP))

install-test: install $(TEST_STAMP)

# Browser tests use Debian's Chromium; install it when it is missing (never a downloaded browser).
browser:
	@if ! command -v chromium >/dev/null; then \
		echo "Installing Debian's chromium for browser tests..."; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_reference_data
	$(PY) manage.py ensure_demo_feed
	$(PY) manage.py ensure_local_superuser
	@echo
	@echo "  Pledge Tracker: http://127.0.0.1:$${PORT:-8000}/   (admin: http://127.0.0.1:$${PORT:-8000}/admin/)"
	@echo "  The Celery worker ingests the demo corpus in the background; Ctrl-C stops everything."
	@echo
	@trap '$(PY) -m config.embedded stop' EXIT; $(VENV)/bin/honcho start -f Procfile

test: install-test browser
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(TEST_STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install-test
	$(PY) -m tests.bench.score_extraction --held-out
	$(PY) -m tests.bench.dashboard
	$(PY) -m tests.bench.ingestion

db-status:
	$(PY) -m config.embedded status

db-stop:
	$(PY) -m config.embedded stop

clean: db-stop
	rm -rf var
