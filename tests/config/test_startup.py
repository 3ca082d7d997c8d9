"""config.startup: a web process loads its views and charts, then freezes them out of full garbage collections."""

import gc

import pytest

from config.startup import prepare_for_requests
from pledges import charts


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_start_up_freezes_the_loaded_code_out_of_full_collections(unfrozen):
    assert gc.get_freeze_count() == 0
    prepare_for_requests()
    assert gc.get_freeze_count() > 10_000


def test_every_chart_builds_with_no_data():
    charts.preload()
    assert charts.sector_chart([])["data"][0]["type"] == "bar"
