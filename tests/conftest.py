"""Shared fixtures. Tests run on real PostgreSQL: DATABASE_URL when set, else the embedded server."""

import pytest


@pytest.fixture
def reference_data(db):
    """The bundled countries, sectors and organizations, loaded the way `make run` loads them."""
    from pledges.reference.load import load_reference_data

    return load_reference_data()
