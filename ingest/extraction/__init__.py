"""Pledge extraction: plain Python from article text to pledge candidates, with no database and no network.

from ingest.extraction import extract_pledges
candidates = extract_pledges(text, title=headline, published=date(2025, 8, 25))
"""

from ingest.extraction.candidates import Candidate
from ingest.extraction.extract import extract_pledges
from ingest.extraction.gazetteer import Gazetteer, default_gazetteer


def load_reference_tables() -> None:
    """Build the gazetteer and parse the rate history once, up front, instead of inside the first article."""
    from pledges.currency import load_rates

    default_gazetteer()
    load_rates()


__all__ = ["Candidate", "Gazetteer", "default_gazetteer", "extract_pledges", "load_reference_tables"]
