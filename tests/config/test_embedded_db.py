"""The embedded PostgreSQL starts from its wheel, stops cleanly and keeps its data across restarts."""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def embedded(action, data_dir):
    env = {**os.environ, "EMBEDDED_PG_DATA": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "config.embedded", action],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def data_dir(tmp_path_factory):
    # A short path: the server's Unix socket lives in this folder and socket paths are limited to ~100 bytes.
    path = Path(tmp_path_factory.mktemp("pg", numbered=True)) / "data"
    yield path
    embedded("stop", path)


def test_embedded_database_keeps_its_data_across_a_restart(data_dir):
    url = embedded("start", data_dir).strip().split(": ", 1)[1]
    assert url.startswith("postgresql://postgres:@/postgres?host=")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE survivor (note text)")
        conn.execute("INSERT INTO survivor VALUES ('still here')")

    assert "stopped" in embedded("stop", data_dir)
    assert "stopped" in embedded("status", data_dir)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=2)

    url_again = embedded("start", data_dir).strip().split(": ", 1)[1]
    with psycopg.connect(url_again) as conn:
        assert conn.execute("SELECT note FROM survivor").fetchone() == ("still here",)


def test_stopping_a_database_that_is_not_running_says_so(tmp_path):
    assert "was not running" in embedded("stop", tmp_path / "never-started")
