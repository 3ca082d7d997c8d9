"""Sectors of a pledge from the fixed taxonomy: its own sentences first, then the company, then the article."""

import re
from collections import Counter
from decimal import Decimal

from ingest.extraction.drafts import Draft
from ingest.extraction.gazetteer import Gazetteer
from ingest.extraction.text import Sentence

GENERIC_SECTORS = {"infrastructure", "other"}


def sectors_in(gazetteer: Gazetteer, text: str) -> list[str]:
    """Sector slugs named in `text`; a keyword that only modifies another ("electric-vehicle battery") yields,
    and words inside a company's name ("Samsung Electronics", "Korea Zinc") say nothing about the pledge."""
    names = [m for m in gazetteer.mentions(text) if m.kind == "organization"]
    hits = [hit for hit in gazetteer.sector_hits(text) if not any(m.start <= hit.start < m.end for m in names)]
    kept = []
    for number, hit in enumerate(hits):
        following = hits[number + 1] if number + 1 < len(hits) else None
        if (
            following is not None
            and following.slug != hit.slug
            and following.slug not in GENERIC_SECTORS
            and re.fullmatch(r"[\s-]*(?:(?!and\b|or\b)\w+[\s-]+)?", text[hit.end : following.start])
        ):
            continue
        kept.append(hit.slug)
    found = list(dict.fromkeys(kept))
    specific = [slug for slug in found if slug not in GENERIC_SECTORS]
    return specific or found


_TRADE_TALK = re.compile(r"\b(?:tariffs?|duties|levies|exports?|imports?)\b", re.IGNORECASE)
PACKAGE_SECTOR_LIMIT = 6
PACKAGE_MIN_USD = Decimal("50000000000")  # national packages are tens of billions; a single project rarely is


def _package_sectors(gazetteer: Gazetteer, sentences: list[Sentence]) -> list[str]:
    """A national package covers the sectors the whole article names, leaving out talk of tariffs and trade."""
    counts: Counter = Counter()
    for sentence in sentences:
        if sentence.paragraph == 0 or _TRADE_TALK.search(sentence.text):
            continue
        counts.update(sectors_in(gazetteer, sentence.text))
    ranked = [slug for slug, _ in counts.most_common() if slug not in GENERIC_SECTORS]
    return ranked[:PACKAGE_SECTOR_LIMIT]


def final_sectors(draft: Draft, gazetteer: Gazetteer, sentences: list[Sentence]) -> list[str]:
    """Sectors of the pledge: the amount's own clause and sentences first, then what the company does, then
    the paragraph and the headline. A country-wide package takes the sectors of the whole article."""
    body = [s for s in draft.evidence if s.paragraph > 0] + [s for s in draft.evidence if s.paragraph == 0]
    own: list[str] = []
    for evidence in body:
        own = sectors_in(gazetteer, evidence.text)
        if own:
            break
    if not draft.organizations and draft.amount_usd >= PACKAGE_MIN_USD:
        package = _package_sectors(gazetteer, sentences)
        if len(package) > 1:
            return list(dict.fromkeys(own + package))[:PACKAGE_SECTOR_LIMIT]
    if own:
        return own
    for name in draft.organizations:
        organization = gazetteer.organization(name)
        if organization and organization.organization_kind != "fund" and organization.sectors:
            return [organization.sectors[0]]
    paragraph = " ".join(s.text for s in sentences if s.paragraph == draft.sentence.paragraph)
    found = sectors_in(gazetteer, paragraph)
    if found:
        counts = Counter(hit.slug for hit in gazetteer.sector_hits(paragraph))
        return [slug for slug in found if counts[slug] == max(counts[s] for s in found)][:2]
    headline = " ".join(s.text for s in sentences if s.paragraph == 0)
    found = sectors_in(gazetteer, headline)
    if found:
        return found[:2]
    return ["other"]
