"""Pledge extraction: plain Python from article text to pledge candidates, with no database and no network.

from ingest.extraction import extract_pledges
candidates = extract_pledges(text, title=headline, published=date(2025, 8, 25))
"""

from ingest.extraction.candidates import Candidate
from ingest.extraction.extract import extract_pledges
from ingest.extraction.gazetteer import Gazetteer, default_gazetteer, subdivision_countries


def load_reference_tables() -> None:
    """Build the gazetteer, parse the rate history, read the GeoNames towns and index the ISO subdivisions once, up
    front, instead of inside the first article that needs them."""
    from pledges.currency import load_rates
    from pledges.reference.places import dateline_town_country

    default_gazetteer()
    subdivision_countries()
    load_rates()
    dateline_town_country("")


__all__ = ["Candidate", "Gazetteer", "default_gazetteer", "extract_pledges", "load_reference_tables"]
