"""Migrations are complete and apply to an empty database."""

import os
import subprocess
import sys
import uuid
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.fixture
def empty_database(django_db_blocker):
    with django_db_blocker.unblock():
        params = connection.get_connection_params()
    name = f"empty_{uuid.uuid4().hex[:10]}"
    admin = {k: v for k, v in params.items() if k in {"host", "port", "user", "password"}}
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    host = admin.get("host") or "127.0.0.1"
    if host.startswith("/"):
        url = f"postgresql://{admin.get('user', 'postgres')}:@/{name}?host={host}"
    else:
        credentials = f"{admin.get('user', 'postgres')}:{admin.get('password') or ''}"
        url = f"postgresql://{credentials}@{host}:{admin.get('port') or 5432}/{name}"
    yield url
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_migrations_apply_to_an_empty_database(empty_database):
    env = {**os.environ, "DATABASE_URL": empty_database}
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    with psycopg.connect(empty_database) as conn:
        tables = {row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"pledges_pledge", "pledges_country", "pledges_evidence", "ingest_article", "ingest_feed"} <= tables
