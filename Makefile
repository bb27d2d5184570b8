# Pagewright: `make run` serves the embedded default; `make test` runs the whole suite on
# real PostgreSQL and Redis. uv is bootstrapped with pip when missing.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
PY := $(UV) run --frozen
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
FUZZ_SECONDS ?= 900
FUZZ_EXAMPLES ?= 25
# uvicorn never rewrites the client address: the app believes X-Forwarded-For only from
# TRUSTED_PROXIES, in one place (app.api.deps.client_ip). uvicorn's --proxy-headers is on
# by default for 127.0.0.1, hence the explicit --no-proxy-headers.
UVICORN_FLAGS := --no-proxy-headers

.PHONY: help bootstrap sync run test test-s3 fuzz lint format worker beat migrate demo bench clean \
	admin confirm analyze stack stack-check faults load cluster cluster-stop

help:
	@echo "make run | test | test-s3 | fuzz | lint | format | worker | beat | migrate | demo | bench"
	@echo "make stack | stack-check | faults | load [LOAD_MINUTES=10 LOAD_USERS=40]"
	@echo "make cluster | cluster-stop [CLUSTER_PORTS=7001,7002,7003]"
	@echo "make admin EMAIL=... [PASSWORD_STDIN=1] | confirm EMAIL=... | analyze FILE=... [OUT=...]"

bootstrap:
	@command -v uv >/dev/null 2>&1 || [ -x "$(UV)" ] || { echo "installing uv with pip"; \
	  python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv; }

sync: bootstrap
	@$(UV) sync --frozen --quiet

migrate: sync
	$(PY) alembic upgrade head

run: sync migrate
	$(PY) uvicorn app.main:app --host $(HOST) --port $(PORT) $(UVICORN_FLAGS)

worker: sync
	$(PY) celery -A app.workers.celery_app worker -Q generation_priority,analysis,generation,default --loglevel INFO

beat: sync
	$(PY) celery -A app.workers.celery_app beat --loglevel INFO

test: sync
	@pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432"; exit 3; }
	@(command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1) || { echo "Redis is not reachable on 127.0.0.1:6379"; exit 3; }
	$(PY) pytest --cov --cov-report=term $(PYTEST_ARGS)

# The suite (or PYTEST_ARGS' part of it) with every stored object in a local S3 server (moto).
test-s3: sync
	PAGEWRIGHT_TEST_STORAGE=s3 $(PY) pytest $(or $(PYTEST_ARGS),tests)

# Schemathesis against the ASGI app on PostgreSQL as four identities, for FUZZ_SECONDS
# (`make test` runs one short round of the same in tests/fuzz/test_api_fuzz.py).
fuzz: sync
	@pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432"; exit 3; }
	$(PY) python -m tests.fuzz.api_fuzz --examples $(FUZZ_EXAMPLES) --seconds $(FUZZ_SECONDS)

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


# The README's commands, usable without uv on PATH (make finds it in ~/.local/bin).
admin: migrate
	@test -n "$(EMAIL)" || { echo "usage: make admin EMAIL=you@example.com [PASSWORD_STDIN=1]"; exit 2; }
	$(PY) python -m app create-admin "$(EMAIL)" $(if $(PASSWORD_STDIN),--password-stdin)

# Development: confirm a registered address without opening the mailed link.
confirm: migrate
	@test -n "$(EMAIL)" || { echo "usage: make confirm EMAIL=you@example.com"; exit 2; }
	$(PY) python -m app confirm-email "$(EMAIL)"

PROVIDER ?= offline
analyze: sync
	@test -n "$(FILE)" || { echo "usage: make analyze FILE=page.png [PROVIDER=offline] [OUT=analysis.json]"; exit 2; }
	@$(PY) python -m app analyze "$(FILE)" --provider $(PROVIDER) $(if $(OUT),--out "$(OUT)")

# The production-like stack (scripts/stack/, docs/deployment.md "Production-like stack"):
# fake Gemini/Stripe/SMTP and a moto S3 server, 2 APIs (:8101, :8102), 2 workers, beat, with
# ENVIRONMENT=production and STORAGE_BACKEND=s3, on a private PostgreSQL cluster (initdb,
# :5441) and redis-server (:6395); STACK_DATABASE_URL + STACK_REDIS_URL use running ones.
stack: sync
	$(PY) python -m scripts.stack up

# The shared-nothing run: upload on API 1, analysis and generation on the workers, status and
# preview from API 2; each process has its own directory; figures through S3.
stack-check: sync
	$(PY) python -m scripts.stack check

# The fault suite on its own PostgreSQL and Redis (free ports); about 12-15 minutes.
faults: sync stack-check
	$(PY) python -m scripts.stack.faults $(if $(FAULTS),--only $(FAULTS))

# Locust, LOAD_USERS users on the mixed flow for LOAD_MINUTES, plus 500 signed webhooks in 60 s.
LOAD_MINUTES ?= 10
LOAD_USERS ?= 40
load: sync
	$(UV) run --frozen --group bench python bench/load.py --users $(LOAD_USERS) --minutes $(LOAD_MINUTES)

# A local 3-master Redis Cluster for manual use (daemonized redis-servers, no replicas, state
# in data/redis-cluster); prints its REDIS_URL. Celery's broker stays a plain Redis
# (CELERY_BROKER_URL): kombu cannot use a cluster. The test suite starts its own (free ports).
CLUSTER_PORTS ?= 7001,7002,7003
cluster: sync
	$(PY) python -m tests.support.redis_cluster up --ports $(CLUSTER_PORTS)

cluster-stop: sync
	$(PY) python -m tests.support.redis_cluster down --ports $(CLUSTER_PORTS)
