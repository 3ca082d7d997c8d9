"""Shared fixtures. Tests run on real PostgreSQL: DATABASE_URL when set, else the embedded server."""

import os

import pytest


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    # A test database per pytest process, so two suites run at once on one server don't drop each other's.
    from django.conf import settings

    test_settings = settings.DATABASES["default"].setdefault("TEST", {})
    test_settings["NAME"] = f"test_pledges_{os.getpid()}"


@pytest.fixture
def reference_data(db):
    """The bundled countries, sectors and organizations, loaded the way `make run` loads them."""
    from pledges.reference.load import load_reference_data

    return load_reference_data()


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
