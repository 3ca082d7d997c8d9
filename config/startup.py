"""What a web process does once before serving: load the code the first requests would load, then freeze it.

A full garbage collection walks every tracked object; most of a web process's objects are Django's, the
project's and plotly's, loaded once and kept for the life of the process. Freezing them (gc.freeze) keeps those
collections short: on the country-pair page they had caused pauses of 90-160 ms in one request out of seven.
"""

import gc

from django.urls import get_resolver


def prepare_for_requests() -> None:
    get_resolver().url_patterns  # noqa: B018 - imports every view, and through them the charts
    from pledges import charts

    charts.preload()
    gc.collect()
    gc.freeze()
