"""Shared fixtures. Tests run on real PostgreSQL: DATABASE_URL when set, else the embedded server."""

import os

import pytest


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    # A test database per pytest process, so two suites run at once on one server don't drop each other's.
    from django.conf import settings

    test_settings = settings.DATABASES["default"].setdefault("TEST", {})
    test_settings["NAME"] = f"test_pledges_{os.getpid()}"


@pytest.fixture(scope="session")
def _reference_rows(django_db_setup, django_db_blocker):
    """What `load_reference_data` writes to an empty database, loaded once per test session (several seconds for
    thousands of organizations) and kept as the rows of each table it filled, so each test can copy them back in."""
    from django.apps import apps
    from django.db import connection, transaction

    from pledges.reference.load import load_reference_data

    models = apps.get_models(include_auto_created=True)
    with django_db_blocker.unblock(), transaction.atomic():
        empty = [model for model in models if not model.objects.exists()]  # not the migrations' own rows
        report = load_reference_data()
        filled = [model for model in empty if model.objects.exists()]
        with connection.cursor() as cursor:
            rows = {model: _copy_out(cursor, model._meta.db_table) for model in filled}
        transaction.set_rollback(True)
    return report, rows


def _copy_out(cursor, table: str) -> bytes:
    with cursor.copy(f'COPY "{table}" TO STDOUT (FORMAT BINARY)') as copy:
        return b"".join(bytes(block) for block in copy)


@pytest.fixture
def reference_data(db, _reference_rows):
    """The bundled countries, sectors and organizations, as `make run` loads them: the rows the loader wrote once
    this session, copied into this test's database. Returns the loader's report of that load."""
    import copy

    from django.core.management.color import no_style
    from django.db import connection, transaction

    report, rows = _reference_rows
    # In one transaction, so the foreign keys (deferred on PostgreSQL) are checked once every table is in.
    with transaction.atomic(), connection.cursor() as cursor:
        for model, data in rows.items():
            with cursor.copy(f'COPY "{model._meta.db_table}" FROM STDIN (FORMAT BINARY)') as copy_in:
                copy_in.write(data)
        # Rows keep their ids, so the id sequences move past them for what the test creates next.
        for statement in connection.ops.sequence_reset_sql(no_style(), list(rows)):
            cursor.execute(statement)
    return copy.deepcopy(report)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, with stray sessions (live-server threads, killed workers) closed at the end
    so the database can be dropped instead of being left behind on the server."""
    yield
    with django_db_blocker.unblock():
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
