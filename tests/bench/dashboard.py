"""The dashboard half of `make bench`: server time of the main pages over a large synthetic data set.

    .venv/bin/python -m tests.bench.dashboard               # 100,000 pledges, 40 timed runs per page
    .venv/bin/python -m tests.bench.dashboard --pledges 10000 --runs 10

Works in a separate database, `pledge_bench`, on the same PostgreSQL server (created when missing;
the development data is never touched). It seeds synthetic pledges with `seed_synthetic` until the
database holds N, then requests each page with the Django test client and reports the median and
95th-percentile wall time next to the time spent in the page's own SQL (summed with
connection.execute_wrapper). Pages with dashboard figures are timed twice: with the figures cache
off (every request aggregates 100,000 rows) and on (repeat views of one filter, data unchanged).
For the CSV export, whose rows arrive through a server-side cursor (FETCH calls never pass through
execute_wrapper), "SQL alone" is the export query run to its last row on a plain cursor.
"""

import argparse
import os
import statistics
import sys
import time
from urllib.parse import urlsplit, urlunsplit

BENCH_DB = "pledge_bench"
TARGET_MS = 250

# (name, url, uses the figures cache). Pages with figures are timed twice: every request aggregating
# (cache off), and repeat views of the same filter with unchanged data (cache on).
PAGES = [
    ("overview", "/", True),
    ("overview, filtered", "/?investor=KR&sector=semiconductors&announced_from=2022-01-01", True),
    ("table, filtered", "/pledges/?investor=KR&sector=semiconductors&usd_min=100M&sort=-amount_usd", False),
    ("table, unfiltered", "/pledges/", False),
    ("table, search", "/pledges/?q=semiconductor+steel", False),
    ("country pair KR→US", "/countries/KR/US/", True),
    ("country KR", "/countries/KR/", True),
    ("API, filtered", "/api/pledges/?recipient=US&page=3", False),
    ("CSV export, filtered", "/pledges/export.csv?investor=KR&sector=semiconductors", False),
]
FULL_EXPORT = ("CSV export, all pledges", "/pledges/export.csv?scope=all", False)
TARGETS = {"overview", "table, filtered"}


def _base_url() -> str:
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    sys.path.insert(0, os.getcwd())
    from config import embedded

    return embedded.database_url()


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def _ensure_database(base_url: str) -> str:
    import psycopg

    dsn = base_url.replace("postgresql+psycopg://", "postgresql://").replace("postgres://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{BENCH_DB}"')
    return _with_database(base_url, BENCH_DB)


def _percentile(values, fraction):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))  # nearest rank
    return ordered[index]


def _prepare(pledges: int, reseed: bool):
    from django.core.management import call_command
    from django.db import connection

    from pledges.management.commands.seed_synthetic import build_synthetic, clear_synthetic
    from pledges.models import Country, Pledge
    from pledges.reference.load import load_reference_data

    call_command("migrate", verbosity=0)
    if not Country.objects.exists():
        load_reference_data()
    if reseed:
        clear_synthetic()
    have = Pledge.objects.count()
    if have < pledges:
        print(f"Seeding {pledges - have:,} synthetic pledges into {BENCH_DB} …", flush=True)
        started = time.perf_counter()
        build_synthetic(pledges - have, seed=have + 1)
        print(f"  seeded in {time.perf_counter() - started:.0f} s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return Pledge.objects.count()


def _csv_sql_alone(url: str) -> float:
    """Seconds to run the CSV export's query to the last row on a plain cursor."""
    from django.db import connection
    from django.http import QueryDict

    from pledges.exports import export_queryset
    from pledges.filtersets import PledgeFilterSet
    from pledges.models import Pledge

    filterset = PledgeFilterSet(QueryDict(urlsplit(url).query), queryset=Pledge.objects.all())
    sql, params = export_queryset(filterset.qs, scope=filterset.chosen_scope).query.sql_with_params()
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while cursor.fetchmany(2000):
            pass
    return time.perf_counter() - started


def _export_memory():
    """(rows, peak bytes) of Python allocations while the full CSV export streams, chunks discarded."""
    import tracemalloc

    from pledges.exports import iter_csv
    from pledges.models import Pledge

    tracemalloc.start()
    rows = sum(1 for _line in iter_csv(Pledge.objects.all(), scope="all")) - 1
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return rows, peak


def _time_page(client, url: str, runs: int, cached: bool):
    from django.core.cache import cache
    from django.test.utils import override_settings

    cache.clear()
    with override_settings(DASHBOARD_CACHE_SECONDS=300 if cached else 0):
        return _time_requests(client, url, runs)


def _time_requests(client, url: str, runs: int):
    from django.db import connection

    totals, sql_times, queries, size = [], [], 0, 0
    for run in range(runs + 2):  # two warm-up runs: connections, caches, template loading
        spent = []

        def wrapper(execute, sql, params, many, context, spent=spent):
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                spent.append(time.perf_counter() - started)

        with connection.execute_wrapper(wrapper):
            started = time.perf_counter()
            response = client.get(url)
            content = b"".join(response.streaming_content) if response.streaming else response.content
            elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        if run >= 2:
            totals.append(elapsed)
            sql_times.append(_csv_sql_alone(url) if "export.csv" in url else sum(spent))
            queries, size = len(spent), len(content)
    return totals, sql_times, queries, size


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pledges", type=int, default=100_000, help="pledges in the benchmark database")
    parser.add_argument("--runs", type=int, default=40, help="timed requests per page")
    parser.add_argument("--reseed", action="store_true", help="remove the synthetic data and seed again")
    parser.add_argument("--skip-full-export", action="store_true", help="do not time the export of every pledge")
    args = parser.parse_args(argv)

    os.environ["DATABASE_URL"] = _ensure_database(_base_url())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.test import Client

    from config.startup import prepare_for_requests

    prepare_for_requests()  # as config/wsgi.py does before a web process serves

    count = _prepare(args.pledges, args.reseed)
    client = Client(HTTP_HOST="localhost")
    print(f"\nDashboard benchmark: {count:,} pledges in database {BENCH_DB}, {args.runs} timed runs per page")
    print(f"{'page':<34} {'median ms':>10} {'p95 ms':>8} {'SQL med':>8} {'SQL p95':>8} {'queries':>8} {'KiB':>7}")
    pages = PAGES + ([] if args.skip_full_export else [FULL_EXPORT])
    results = {}
    for name, url, uses_cache in pages:
        runs = 3 if (name, url, uses_cache) == FULL_EXPORT else args.runs
        for cached in (False, True) if uses_cache else (False,):
            label = f"{name}{' (cached)' if cached else ''}"
            totals, sql_times, queries, size = _time_page(client, url, runs, cached)
            results[label] = _percentile(totals, 0.95) * 1000
            print(
                f"{label:<34} {statistics.median(totals) * 1000:>10.1f} {results[label]:>8.1f} "
                f"{statistics.median(sql_times) * 1000:>8.1f} {_percentile(sql_times, 0.95) * 1000:>8.1f} "
                f"{queries:>8} {size / 1024:>7.0f}",
                flush=True,
            )
    if not args.skip_full_export:
        rows, peak = _export_memory()
        print(f"Streaming all {rows:,} rows as CSV, Python's heap peaked {peak / 2**20:.1f} MiB above its start.")
    print(f"\nTarget: 95th percentile under {TARGET_MS} ms for the overview and the filtered table.")
    for label, p95 in results.items():
        if label.split(" (")[0] in TARGETS:
            print(f"  {label:<32} p95 {p95:7.1f} ms  {'met' if p95 <= TARGET_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
