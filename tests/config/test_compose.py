"""docker-compose.yml is valid Compose and matches what the settings module reads."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from ruamel.yaml import YAML

BASE_DIR = Path(__file__).resolve().parents[2]
COMPOSE_FILE = BASE_DIR / "docker-compose.yml"


@pytest.fixture(scope="module")
def compose():
    return YAML(typ="safe").load(COMPOSE_FILE.read_text())


def settings_variables():
    """Names of the environment variables config/settings.py reads."""
    source = (BASE_DIR / "config" / "settings.py").read_text()
    return set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', source)) | set(re.findall(r'"([A-Z_]+)" in env', source))


def test_compose_file_validates_against_the_compose_specification():
    checker = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.compose-spec", str(COMPOSE_FILE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_runs_database_broker_web_worker_and_beat(compose):
    assert {"postgres", "redis", "web", "worker", "beat"} <= set(compose["services"])
    assert int(compose["services"]["postgres"]["image"].split(":")[1]) >= 16
    for name in ("postgres", "redis", "web", "worker"):
        assert "healthcheck" in compose["services"][name], name
    assert set(compose["volumes"]) == {"postgres-data", "redis-data"}


def test_every_compose_variable_for_the_app_is_read_by_settings(compose):
    read = settings_variables()
    for name in ("web", "worker", "beat"):
        environment = compose["services"][name]["environment"]
        unknown = set(environment) - read
        assert not unknown, f"{name} sets variables settings never read: {unknown}"
        assert {"DATABASE_URL", "CELERY_BROKER_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"} <= set(environment)


def test_compose_commands_match_the_project(compose):
    services = compose["services"]
    web = " ".join(services["web"]["command"])
    assert settings.WSGI_APPLICATION.rsplit(".", 1)[0] + ":application" in web
    worker = services["worker"]["command"]
    queues = set(worker[worker.index("-Q") + 1].split(","))
    assert {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()} | {"default"} <= queues
    assert services["beat"]["command"][:4] == ["celery", "-A", "config", "beat"]


def test_all_app_services_build_from_the_one_dockerfile(compose):
    for name in ("web", "worker", "beat", "migrate"):
        assert compose["services"][name]["build"] == "."
    assert (BASE_DIR / "Dockerfile").exists()
