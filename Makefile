# Pagewright: `make run` serves the embedded default; `make test` runs the whole suite on
# real PostgreSQL and Redis. uv is bootstrapped with pip when missing.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
PY := $(UV) run --frozen
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: help bootstrap sync run test lint format worker beat migrate demo bench clean

help:
	@echo "make run | test | lint | format | worker | beat | migrate | demo | bench"

bootstrap:
	@command -v uv >/dev/null 2>&1 || [ -x "$(UV)" ] || { echo "installing uv with pip"; \
	  python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv; }

sync: bootstrap
	@$(UV) sync --frozen --quiet

migrate: sync
	$(PY) alembic upgrade head

run: sync migrate
	$(PY) uvicorn app.main:app --host $(HOST) --port $(PORT) --proxy-headers

worker: sync
	$(PY) celery -A app.workers.celery_app worker -Q generation_priority,analysis,generation,default --loglevel INFO

beat: sync
	$(PY) celery -A app.workers.celery_app beat --loglevel INFO

test: sync
	@pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432"; exit 3; }
	@(command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1) || { echo "Redis is not reachable on 127.0.0.1:6379"; exit 3; }
	$(PY) pytest --cov --cov-report=term $(PYTEST_ARGS)

lint: sync
	$(PY) ruff check .
	$(PY) ruff format --check .
	$(PY) mypy
	$(PY) lint-imports

format: sync
	$(PY) ruff check --fix .
	$(PY) ruff format .

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache

# Offline end to end (OCR analyser + offline draft writer): no keys, no database.
demo: sync
	env -u GEMINI_API_KEY -u GEMINI_API_KEYS -u ANTHROPIC_API_KEY -u OPENAI_API_KEY \
	  $(PY) python -m app generate examples/landing.png --provider offline \
	  --business "Green Leaf Bakery: organic sourdough bread, pastries and celebration cakes baked by hand every morning in Leeds and delivered to homes and cafes before breakfast." \
	  --audience "busy families in Leeds" --tone friendly --action "Order fresh bread" \
	  --keywords "sourdough,organic bread,delivery"

