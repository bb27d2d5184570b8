# syntax=docker/dockerfile:1
# Build stage: resolve the locked dependencies into a virtual environment.
FROM python:3.11-slim AS build
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN pip install --no-cache-dir uv
WORKDIR /srv
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

# Runtime stage: slim, non-root. The offline analyser's OCR (RapidOCR, onnxruntime) comes
# with the virtual environment, and the health check is Python: no system package at all.
FROM python:3.11-slim AS runtime
RUN useradd --create-home --uid 10001 pagewright
WORKDIR /srv
COPY --from=build /srv/.venv /srv/.venv
COPY alembic.ini ./
COPY alembic ./alembic
COPY app ./app
COPY scripts ./scripts
ENV PATH=/srv/.venv/bin:$PATH PYTHONUNBUFFERED=1 ENVIRONMENT=production DATA_DIR=/srv/data
RUN mkdir -p /srv/data && chown pagewright /srv/data
USER pagewright
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]
ENTRYPOINT ["/srv/scripts/entrypoint.sh"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000", "--no-proxy-headers", "--workers", "2"]
