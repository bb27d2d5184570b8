#!/bin/sh
# Container entrypoint: run the given command (uvicorn, celery, alembic) as is.
set -e
exec "$@"
