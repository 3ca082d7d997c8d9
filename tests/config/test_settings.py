"""Settings come from the environment; production refuses to start without a secret."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    # Point production checks at the database the suite already uses, so nothing new is started.
    environment.setdefault("DATABASE_URL", database_url())
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=environment, capture_output=True, text=True, timeout=120
    )


def database_url():
    db = settings.DATABASES["default"]
    # The embedded server's socket folder sits in OPTIONS["host"] (a URL of the form ...?host=DIR).
    host = db.get("HOST") or db.get("OPTIONS", {}).get("host") or ""
    if host.startswith("/"):
        return f"postgresql://{db['USER']}:@/{db['NAME']}?host={host}"
    return f"postgresql://{db['USER']}:{db.get('PASSWORD') or ''}@{host}:{db.get('PORT') or 5432}/{db['NAME']}"


PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "k7#Gq2!vZp9xLr4@Tn8wYb3&Hs6mEc1$Ud5jFa0^Wo2iRl7*Ve9",
    "ALLOWED_HOSTS": "pledges.example.org",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
}


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DEBUG="false", ALLOWED_HOSTS="pledges.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_check_deploy_passes_with_production_variables():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_debug_string_false_is_parsed_as_false():
    result = run_manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_broker_defaults_to_the_database_when_no_broker_is_configured():
    code = "from django.conf import settings; print(settings.CELERY_BROKER_URL)"
    env = {k: v for k, v in os.environ.items() if k != "CELERY_BROKER_URL"}
    env.setdefault("DATABASE_URL", database_url())
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("sqla+postgresql+psycopg://")


@pytest.mark.parametrize("queue", ["fetch", "extract"])
def test_fetching_and_extraction_have_their_own_queues(queue):
    assert queue in {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}


def test_tasks_are_never_configured_to_run_inline():
    assert not getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False)
    assert settings.CELERY_TASK_ACKS_LATE is True
