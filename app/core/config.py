"""One typed Settings object. Every knob of the service lives here (STYLE.md habit 7).

Embedded defaults: no DATABASE_URL -> SQLite file under ./data/, no REDIS_URL -> in-process
stand-ins, no CELERY_BROKER_URL -> tasks run in-process on the event loop.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PLACEHOLDER_SECRET = "change-me-in-production-this-is-not-a-secret"
# Tiers with priority_queue send their generations here; workers drain it first.
GENERATION_PRIORITY_QUEUE = "generation_priority"
ROOT_DIR = Path(__file__).resolve().parents[2]


def _split_list(value: Any) -> Any:
    """Accept a JSON list or a comma-separated string for list settings."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


CsvList = Annotated[list[str], NoDecode]

# REDIS_URL names a Redis Cluster with these schemes: redis+cluster://[user:pass@]h1:p1,h2:p2
# (the form the `limits` package, our rate limiter's store, reads too).
CLUSTER_SCHEMES = ("redis+cluster", "rediss+cluster")


def is_cluster_url(url: str | None) -> bool:
    return bool(url) and str(url).split("://", 1)[0].lower() in CLUSTER_SCHEMES


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    # --- service -------------------------------------------------------------------------
    environment: Literal["development", "test", "staging", "production"] = Field(
        "development", description="Deployment kind; production enforces safe settings."
    )
    app_name: str = Field("Pagewright", description="Name shown in the API docs.")
    app_version: str = Field("0.1.0", description="Version reported by /version.")
    git_sha: str = Field("unknown", description="Build commit reported by /version.")
    log_level: str = Field("INFO", description="Root log level.")
    log_json: bool | None = Field(
        None, description="JSON logs; defaults to true in production, false elsewhere."
    )
    secret_key: SecretStr = Field(
        SecretStr(PLACEHOLDER_SECRET), description="Signs JWTs and CSRF tokens (>= 32 chars)."
    )
    public_base_url: str = Field(
        "http://localhost:8000", description="Base URL of this API, used in links and emails."
    )
    frontend_url: str = Field(
        "http://localhost:3000", description="Web front end base URL (magic links, Stripe)."
    )
    cors_origins: CsvList = Field(
        default_factory=lambda: ["http://localhost:3000"],
        description="Allowed CORS origins, comma-separated; never '*' (credentials are on).",
    )
    max_request_body_bytes: int = Field(
        15 * 1024 * 1024,
        description="Cap on any request body (fits a 10 MB image sent as base64 JSON).",
    )
    trusted_proxies: CsvList = Field(
        default_factory=list,
        description="IPs whose X-Forwarded-For is trusted for the client address.",
    )
    country_header: str = Field(
        "CF-IPCountry", description="Trusted header carrying the client's country code."
    )

    # --- data ------------------------------------------------------------------------------
    database_url: str | None = Field(
        None, description="SQLAlchemy async URL; unset = SQLite file under ./data/."
    )
    database_pool_size: int = Field(10, description="PostgreSQL pool size per process.")
    database_ping_idle_seconds: float = Field(
        1.0,
        ge=0,
        description="A pooled PostgreSQL connection idle at least this long is checked "
        "(SELECT 1) before use; one in steady use is not (its failure invalidates the pool).",
    )
    data_dir: Path = Field(ROOT_DIR / "data", description="Local data (SQLite, uploads).")
    redis_url: str | None = Field(
        None,
        description="Redis URL (redis://, rediss://), or a Redis Cluster as "
        "redis+cluster://host:port,host:port (then CELERY_BROKER_URL must name a plain "
        "Redis); unset = in-process stand-in.",
    )
    redis_key_prefix: str = Field("pw:", description="Prefix of every Redis key we write.")
    redis_request_timeout_seconds: float = Field(
        0.1,
        gt=0,
        description="Timeout of one Redis call on the request path (session cache, rate "
        "limits, task publishing); past it the caller falls back (PostgreSQL, fail open, the "
        "sweepers).",
    )
    redis_breaker_seconds: float = Field(
        5.0,
        gt=0,
        description="After a Redis failure on the request path, calls skip Redis this long; "
        "then one call probes it.",
    )
    redis_max_connections: int = Field(
        64,
        ge=1,
        description="Redis connections per process (per node on a cluster); callers past it "
        "wait for one (on a cluster they get an error).",
    )
    redis_pool_timeout_seconds: float = Field(
        2.0, gt=0, description="How long a caller waits for a free Redis connection."
    )

    # --- tasks -----------------------------------------------------------------------------
    celery_broker_url: str | None = Field(
        None,
        description="Celery broker, a plain Redis (Celery cannot use a cluster); unset = "
        "REDIS_URL, or in-process tasks without Redis.",
    )
    task_soft_time_limit: int = Field(300, description="Seconds before a task is told to stop.")
    task_time_limit: int = Field(360, description="Seconds before a task is killed.")
    task_inline: bool | None = Field(
        None, description="Run tasks in-process; defaults to true when there is no broker."
    )
    task_max_attempts: int = Field(
        3,
        ge=1,
        description="Runs a job gets (worker died, crashed) before it is failed; re-queues on "
        "a busy model pool are counted apart.",
    )

    # --- observability ---------------------------------------------------------------------
    sentry_dsn: SecretStr | None = Field(None, description="Sentry DSN; unset = Sentry off.")
    sentry_traces_sample_rate: float = Field(
        0.0,
        description="Sentry tracing sample rate; above 0 also turns on the span-only "
        "integrations (SQL, Redis, outgoing HTTP), which cost request CPU.",
    )
    metrics_enabled: bool = Field(True, description="Serve Prometheus metrics at /metrics.")

    # --- auth ------------------------------------------------------------------------------
    jwt_issuer: str = Field("pagewright", description="JWT iss claim.")
    jwt_audience: str = Field("pagewright-api", description="JWT aud claim.")
    access_token_minutes: int = Field(15, description="Access token lifetime.")
    refresh_token_days: int = Field(7, description="Refresh token lifetime.")
    refresh_token_remember_days: int = Field(30, description="Lifetime with 'remember me'.")
    refresh_grace_seconds: int = Field(
        10, description="A just-rotated refresh token may be replayed this long (<= 10)."
    )
    bcrypt_rounds: int = Field(12, description="bcrypt cost factor.")
    cookie_secure: bool = Field(True, description="Set the Secure flag on auth cookies.")
    cookie_samesite: Literal["lax", "strict", "none"] = Field(
        "lax", description="SameSite attribute of auth cookies."
    )
    cookie_host_prefix: bool = Field(
        True, description="Use __Host- cookie names (needs Secure and no Domain)."
    )
    magic_link_minutes: int = Field(15, description="Magic link and reset token lifetime.")
    google_client_id: str | None = Field(None, description="Google OAuth client id (aud).")
    google_jwks_url: str = Field(
        "https://www.googleapis.com/oauth2/v3/certs", description="Google's JWKS endpoint."
    )
    google_issuers: CsvList = Field(
        default_factory=lambda: ["https://accounts.google.com", "accounts.google.com"],
        description="Accepted iss values of Google ID tokens.",
    )
    email_backend: Literal["console", "smtp", "memory"] = Field(
        "console", description="Where outgoing mail goes."
    )
    email_from: str = Field("Pagewright <no-reply@pagewright.local>", description="From header.")
    email_links_to_api: bool | None = Field(
        None,
        description="Mailed sign-in links open the API's own confirm page instead of the "
        "front end; defaults to true in development only.",
    )
    smtp_host: str | None = Field(None, description="SMTP host for the smtp backend.")
    smtp_port: int = Field(587, description="SMTP port.")
    smtp_username: str | None = Field(None, description="SMTP user.")
    smtp_password: SecretStr | None = Field(None, description="SMTP password.")
    smtp_starttls: bool = Field(True, description="Use STARTTLS.")
    rate_limit_enabled: bool = Field(True, description="Enforce rate limits.")
    rate_limit_auth_ip: str = Field("10/minute", description="Auth routes, per client IP.")
    rate_limit_auth_account: str = Field("5/minute", description="Auth routes, per account.")
    rate_limit_login_failures_address: str = Field(
        "5/15 minutes",
        description="Wrong passwords for one account from one address before that address "
        "is refused for the account (docs/accounts.md, brute force).",
    )
    rate_limit_login_failures_account: str = Field(
        "10/15 minutes",
        description="Wrong passwords for one account from anywhere before every address that "
        "failed on it is refused; addresses that have not failed still sign in.",
    )
    rate_limit_generation_user: str = Field("30/minute", description="Generation routes, per user.")
    rate_limit_upload_user: str = Field(
        "20/minute", description="Screenshot uploads and re-analysis, per user."
    )

    # --- LLM providers ---------------------------------------------------------------------
    gemini_api_keys: CsvList = Field(
        default_factory=list, description="Gemini key pool (also GEMINI_API_KEY_1..N)."
    )
    gemini_base_url: str | None = Field(None, description="Override of the Gemini API base URL.")
    anthropic_api_key: SecretStr | None = Field(None, description="Anthropic API key.")
    anthropic_base_url: str | None = Field(None, description="Override of Anthropic's base URL.")
    openai_api_key: SecretStr | None = Field(None, description="OpenAI API key.")
    openai_base_url: str | None = Field(None, description="Override of OpenAI's base URL.")
    openai_compatible_endpoints: str = Field(
        "[]",
        description='JSON list of {"name","base_url","api_key"?} OpenAI-compatible endpoints.',
    )
    llm_models: str | None = Field(
        None, description="JSON list replacing the default model registry."
    )
    llm_timeout_seconds: float = Field(60.0, description="Timeout of one provider call.")
    llm_max_retries: int = Field(3, description="Retries of transient provider errors.")
    llm_backoff_base_seconds: float = Field(0.5, description="First retry delay (exp. backoff).")
    keypool_rpm: int = Field(10, description="Default requests per minute per Gemini key.")
    keypool_rpd: int = Field(250, description="Default requests per day per Gemini key.")
    keypool_tpm: int = Field(250_000, description="Default tokens per minute per Gemini key.")
    keypool_key_limits: str = Field(
        "{}", description='JSON {"label": {"rpm":..,"rpd":..,"tpm":..}} per-key overrides.'
    )
    keypool_minute_window_seconds: int = Field(60, description="Sliding window for RPM/TPM.")
    keypool_day_window_seconds: int = Field(86_400, description="Sliding window for RPD.")
    keypool_window_margin_seconds: float = Field(
        0.0,
        description="Extra margin on the pool's windows; the call's own measured time is "
        "already held (a slot is re-stamped when the answer arrives).",
    )
    keypool_cooldown_seconds: float = Field(30.0, description="Default 429 cool-down.")
    keypool_breaker_threshold: int = Field(5, description="Failures that open a key's breaker.")
    keypool_breaker_cooloff_seconds: float = Field(60.0, description="Breaker open time.")
    keypool_wait_deadline_seconds: float = Field(20.0, description="Wait for a free key.")
    free_requeue_max: int = Field(5, description="Re-queues of a free job on an exhausted pool.")
    free_premium_fallback: bool = Field(
        False, description="Let free jobs fall back to a premium provider when the pool is dry."
    )
    model_slot_offline_fallback: bool | None = Field(
        None,
        description="After MODEL_SLOT_FALLBACK_AFTER re-queues on a busy pool, finish the job "
        "with the offline analyser/writer (labelled in the result); unset = on in the embedded "
        "default (in-process tasks), off otherwise.",
    )
    model_slot_fallback_after: int = Field(
        2, ge=0, description="Re-queues on a busy pool before the offline fallback (if on)."
    )

    # --- uploads and analysis --------------------------------------------------------------
    upload_max_bytes: int = Field(10 * 1024 * 1024, description="Largest accepted upload.")
    upload_max_pixels: int = Field(
        32_000_000,
        description="Pixel cap (decompression bombs, memory); a 1440 x 20000 full page is 29 MP.",
    )
    upload_max_width: int = Field(
        2880,
        description="Wider screenshots are reduced on load (JPEG draft decoding), never stored "
        "wider than needed for a 2x (retina) 1440-pixel page.",
    )
    upload_decode_concurrency: int = Field(
        2, ge=1, description="Uploads decoded at once per process (bounds the API's memory)."
    )
    offline_ocr_workers: int = Field(
        0,
        ge=0,
        le=16,
        description="Threads the offline analyser's OCR recognises on, per process; 0 = one "
        "per core, up to 4.",
    )
    storage_backend: Literal["local", "s3"] = Field(
        "local", description="Where images are stored: local disk or an S3-compatible bucket."
    )
    storage_dir: Path | None = Field(None, description="Upload directory; unset = data/uploads.")
    s3_bucket: str | None = Field(None, description="S3 bucket (STORAGE_BACKEND=s3).")
    s3_prefix: str = Field("", description="Key prefix inside the bucket, e.g. 'pagewright/'.")
    s3_region: str = Field("us-east-1", description="S3 region.")
    s3_endpoint_url: str | None = Field(
        None, description="S3-compatible endpoint (MinIO, Ceph RGW, R2); unset = AWS."
    )
    s3_access_key_id: str | None = Field(None, description="S3 access key; unset = AWS chain.")
    s3_secret_access_key: SecretStr | None = Field(None, description="S3 secret key.")
    s3_path_style: bool = Field(False, description="Path-style addressing (MinIO, Ceph RGW).")
    s3_sse: Literal["AES256", "aws:kms", "none"] = Field(
        "AES256", description="Server-side encryption of stored objects."
    )
    s3_kms_key_id: str | None = Field(None, description="KMS key for S3_SSE=aws:kms.")
    s3_delete_retention_days: int = Field(
        0, ge=0, description="Keep deleted objects under deleted/ (expired by a lifecycle rule)."
    )
    s3_presign_seconds: int = Field(
        0, ge=0, description="Image GETs redirect to a presigned URL valid this long; 0 = off."
    )
    s3_connect_timeout_seconds: float = Field(2.0, gt=0, description="S3 connect timeout.")
    s3_read_timeout_seconds: float = Field(10.0, gt=0, description="S3 read timeout.")
    s3_max_attempts: int = Field(2, ge=1, description="S3 attempts per call (SDK retries).")
    s3_call_timeout_seconds: float = Field(
        120.0, gt=0, description="Upper bound on one S3 call, retries and body included."
    )
    preview_render_slots: int = Field(
        2, ge=1, description="Annotated/preview images rendered at once per process."
    )

    # --- generation ------------------------------------------------------------------------
    generation_repair_rounds: int = Field(2, description="Targeted repair rounds at most.")
    generation_stuck_minutes: int = Field(15, description="Sweeper fails generations older.")
    analysis_wait_seconds: int = Field(
        120, description="A generation queued on its analysis fails after waiting this."
    )
    analysis_warn_below: float = Field(
        0.8, ge=0, le=1, description="Analyses less confident than this carry a warning."
    )
    generation_lease_seconds: int = Field(
        60, description="A running generation's Redis lease; a redelivery re-runs after it."
    )
    generation_resend_seconds: int = Field(
        180, description="Sweeper re-sends generations queued this long (lost messages)."
    )

    # --- billing ---------------------------------------------------------------------------
    quota_timezone: str = Field("UTC", description="Time zone of the daily quota boundary.")
    tiers: str | None = Field(None, description="JSON object replacing the default tiers.")
    stripe_secret_key: SecretStr | None = Field(None, description="Stripe API key.")
    stripe_webhook_secret: CsvList = Field(
        default_factory=list, description="Webhook signing secrets, comma-separated."
    )
    stripe_pro_price_id: str | None = Field(None, description="Price id of the pro plan.")
    stripe_api_base: str | None = Field(None, description="Override of Stripe's API base.")
    stripe_portal_configuration_id: str | None = Field(
        None,
        description="Billing portal configuration to use; unset = one created with prorated "
        "plan changes.",
    )
    stripe_webhook_tolerance_seconds: int = Field(300, description="Signature age tolerance.")
    stripe_past_due_grace_days: int = Field(7, description="past_due keeps pro this long.")
    stripe_timeout_seconds: float = Field(10.0, description="Timeout of one Stripe call.")
    stripe_max_network_retries: int = Field(
        0, description="Stripe SDK retries (0: a failed call answers 503, the client retries)."
    )
    stripe_idempotency_window_seconds: int = Field(
        3600, description="A checkout/portal retry within this window reuses the same session."
    )
    stripe_event_retry_seconds: float = Field(
        60.0, description="Delay before an event whose object is not known yet is retried."
    )
    stripe_event_max_attempts: int = Field(
        8, description="Apply attempts of one Stripe event before it waits for an admin."
    )
    stripe_requeue_after_minutes: int = Field(
        10, description="Stored but unhandled Stripe events older than this are re-queued."
    )

    # --- admin -----------------------------------------------------------------------------
    admin_analytics_cache_seconds: int = Field(60, description="Analytics cache lifetime.")
    geoip_database_path: Path | None = Field(
        None,
        description="Optional GeoIP2/DB-IP country .mmdb; used when the country header is absent.",
    )

    _split = field_validator(
        "cors_origins",
        "trusted_proxies",
        "google_issuers",
        "gemini_api_keys",
        "stripe_webhook_secret",
        mode="before",
    )(_split_list)

    @model_validator(mode="after")
    def _collect_numbered_gemini_keys(self) -> Settings:
        import os

        numbered = []
        for index in range(1, 101):
            value = os.environ.get(f"GEMINI_API_KEY_{index}")
            if value:
                numbered.append(value.strip())
        for key in numbered:
            if key not in self.gemini_api_keys:
                self.gemini_api_keys.append(key)
        if "*" in self.cors_origins:
            raise ValueError("CORS_ORIGINS must list origins; '*' is refused with credentials")
        return self

    @model_validator(mode="after")
    def _broker_is_plain_redis(self) -> Settings:
        # kombu's Redis transport (Celery's broker; no result backend is used) talks to one
        # node and has no cluster scheme: refuse at start, not at the first publish.
        if is_cluster_url(self.effective_broker_url):
            source = (
                "CELERY_BROKER_URL"
                if self.celery_broker_url
                else "REDIS_URL (the broker while CELERY_BROKER_URL is unset)"
            )
            raise ValueError(
                f"{source} is a Redis Cluster URL; Celery's Redis broker cannot use a cluster. "
                "Set CELERY_BROKER_URL to a separate plain Redis instance (redis://host:6379/0)."
            )
        return self

    # --- derived ---------------------------------------------------------------------------
    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'pagewright.db'}"

    @property
    def is_sqlite(self) -> bool:
        return self.effective_database_url.startswith("sqlite")

    @property
    def effective_broker_url(self) -> str | None:
        return self.celery_broker_url or self.redis_url

    @property
    def tasks_inline(self) -> bool:
        if self.task_inline is not None:
            return self.task_inline
        return self.effective_broker_url is None

    @property
    def broker_visibility_timeout(self) -> int:
        """Seconds before Redis hands an unacknowledged message out again."""
        return self.task_time_limit * 3

    @property
    def max_countdown_seconds(self) -> float:
        """The longest countdown a task may be sent with: a message waiting out its countdown
        and then running to the hard limit stays unacknowledged for both, and must come back
        before the visibility timeout re-delivers it (the Celery-on-Redis ETA trap)."""
        return float(self.broker_visibility_timeout - self.task_time_limit - 60)

    @property
    def offline_fallback_enabled(self) -> bool:
        if self.model_slot_offline_fallback is not None:
            return self.model_slot_offline_fallback
        return self.tasks_inline and not self.is_production

    @property
    def json_logs(self) -> bool:
        return self.is_production if self.log_json is None else self.log_json

    @property
    def links_to_api(self) -> bool:
        if self.email_links_to_api is not None:
            return self.email_links_to_api and not self.is_production
        return self.environment == "development"

    @property
    def upload_dir(self) -> Path:
        return self.storage_dir or self.data_dir / "uploads"

    def production_problems(self) -> list[str]:
        """Every reason this configuration must not serve production traffic."""
        problems = []
        secret = self.secret_key.get_secret_value()
        if secret == PLACEHOLDER_SECRET or len(secret) < 32:
            problems.append("SECRET_KEY is the placeholder or shorter than 32 characters")
        if self.is_sqlite:
            problems.append("DATABASE_URL is unset or SQLite; production needs PostgreSQL")
        if not self.redis_url:
            problems.append("REDIS_URL is unset; production needs Redis")
        if self.tasks_inline:
            problems.append("tasks run in-process; set CELERY_BROKER_URL or REDIS_URL")
        if self.storage_backend == "s3" and not self.s3_bucket:
            problems.append("STORAGE_BACKEND=s3 needs S3_BUCKET")
        if self.email_backend != "smtp" or not self.smtp_host:
            # The console backend prints sign-in links to the log: development only.
            problems.append("EMAIL_BACKEND must be smtp with SMTP_HOST set in production")
        return problems


class UnsafeProductionSettings(RuntimeError):
    pass


@lru_cache
def get_settings() -> Settings:
    settings = Settings()
    if settings.is_production:
        problems = settings.production_problems()
        if problems:
            raise UnsafeProductionSettings(
                "refusing to start in production: " + "; ".join(problems)
            )
    return settings
