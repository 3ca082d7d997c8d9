"""The ingestion half of `make bench`: articles per second through a real Celery worker, end to end.

    .venv/bin/python -m tests.bench.ingestion                   # demo corpus + labelled extra set, 2 processes
    .venv/bin/python -m tests.bench.ingestion --concurrency 4 --folder PATH

Works in a separate database, `pledge_bench_ingest`, on the same PostgreSQL server (dropped and created
again each run, so every run starts empty; the development data is never touched). The broker is the
default one (kombu's SQLAlchemy transport in that database) unless CELERY_BROKER_URL is set.

What is timed: from queueing the first fetch_article task until every article has reached a final
status (extracted, duplicate or failed), with a `celery worker` subprocess doing fetch (reading the
file, parsing, dedup) and extraction (extractor + resolution into pledges and evidence). For
comparison the same articles are then run again through the same functions in this process, with
no broker, on an emptied database.
"""

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BENCH_DB = "pledge_bench_ingest"
BASE_DIR = Path(__file__).resolve().parents[2]
DEFAULT_FOLDERS = [BASE_DIR / "ingest" / "demo_corpus", BASE_DIR / "tests" / "corpus" / "extra"]


def _base_url() -> str:
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    sys.path.insert(0, str(BASE_DIR))
    from config import embedded

    return embedded.database_url()


def _recreate_database(base_url: str) -> str:
    import psycopg

    dsn = base_url.replace("postgresql+psycopg://", "postgresql://").replace("postgres://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{BENCH_DB}"')
    parts = urlsplit(base_url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{BENCH_DB}", parts.query, parts.fragment))


def _start_worker(env: dict, concurrency: int, log_path: Path) -> subprocess.Popen:
    celery = str(Path(sys.executable).with_name("celery"))
    command = [celery, "-A", "config", "worker", "-Q", "default,fetch,extract", "--concurrency", str(concurrency),
               "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--without-heartbeat", "--purge",
               "-n", f"bench-{os.getpid()}@%h"]  # fmt: skip
    log = log_path.open("w")
    process = subprocess.Popen(
        command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while " ready." not in log_path.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"The worker did not start; see {log_path}")
        time.sleep(0.1)
    return process


def _broker_url() -> str:
    from django.conf import settings

    return settings.CELERY_BROKER_URL


def _stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def _clear() -> None:
    from ingest.models import Article, Feed, IngestRun
    from pledges.models import Evidence, Pledge, PledgeLink

    Evidence.objects.all().delete()
    PledgeLink.objects.all().delete()
    Pledge.objects.update(parent=None)
    Pledge.objects.all().delete()
    IngestRun.objects.all().delete()
    Article.objects.all().delete()
    Feed.objects.all().delete()


def _outcome(article_ids) -> str:
    from django.db.models import Count

    from ingest.models import Article
    from pledges.models import Pledge

    statuses = dict(Article.objects.filter(pk__in=article_ids).values_list("status").annotate(n=Count("pk")).order_by())
    parts = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
    return f"{parts}; {Pledge.objects.count()} pledges"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", action="append", type=Path, help="article folder(s); default: demo + extra set")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args(argv)
    folders = args.folder or DEFAULT_FOLDERS

    os.environ["DATABASE_URL"] = _recreate_database(_base_url())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from django.core.management import call_command

    from ingest import services
    from ingest.tasks import fetch_article
    from pledges.reference.load import load_reference_data

    call_command("migrate", verbosity=0)
    load_reference_data()

    env = {**os.environ, "FETCH_HOST_DELAY_SECONDS": "0", "LOG_LEVEL": "WARNING"}
    log_path = BASE_DIR / "var" / "bench-ingestion-worker.log"
    log_path.parent.mkdir(exist_ok=True)
    worker = _start_worker(env, args.concurrency, log_path)
    try:
        registered = services.register_paths(folders)
        ids = registered.article_ids
        if not ids:
            raise SystemExit("No article files found.")
        started = time.perf_counter()
        for article_id in ids:
            fetch_article.delay(article_id)
        deadline = time.monotonic() + args.timeout
        while services.pending_count(ids) and time.monotonic() < deadline:
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
        pending = services.pending_count(ids)
    finally:
        _stop(worker)
    broker = urlsplit(_broker_url()).scheme
    print(f"\nIngestion benchmark: {len(ids)} articles from {', '.join(str(f) for f in folders)}")
    print(f"  through a worker ({args.concurrency} processes, broker {broker}): {elapsed:.2f} s, "
          f"{len(ids) / elapsed:.1f} articles/s  [{_outcome(ids)}]")  # fmt: skip
    if pending:
        print(f"  WARNING: {pending} articles still pending after {args.timeout:.0f} s; see {log_path}")

    _clear()
    registered = services.register_paths(folders)
    started = time.perf_counter()
    services.process_articles(registered.article_ids)
    elapsed = time.perf_counter() - started
    ids = registered.article_ids
    print(f"  in this process, no broker (1 core): {elapsed:.2f} s, {len(ids) / elapsed:.1f} articles/s  "
          f"[{_outcome(ids)}]")  # fmt: skip


if __name__ == "__main__":
    main()
