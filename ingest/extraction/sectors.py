"""Sectors of a pledge from the fixed taxonomy: its own sentences first, then the company, then the article."""

import re
from collections import Counter
from decimal import Decimal

from ingest.extraction.drafts import Draft
from ingest.extraction.gazetteer import Gazetteer
from ingest.extraction.money import find_money
from ingest.extraction.roles import clause_bounds, pivot_of
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
            and following.start >= hit.end  # two sectors of one keyword do not yield to each other
            and following.slug != hit.slug
            and following.slug not in GENERIC_SECTORS
            and re.fullmatch(r"[\s-]*(?:(?!and\b|or\b)\w+[\s-]+){0,2}", text[hit.end : following.start])
        ):
            continue
        kept.append(hit.slug)
    found = list(dict.fromkeys(kept))
    specific = [slug for slug in found if slug not in GENERIC_SECTORS]
    return specific or found


_TRADE_TALK = re.compile(r"\b(?:tariffs?|duties|levies|exports?|imports?)\b", re.IGNORECASE)
PACKAGE_SECTOR_LIMIT = 6
# "will invest €30-50 billion in a campus dedicated to AI": one project, however large, is no country-wide package.
_ONE_PROJECT = re.compile(
    r"\b(?:in|on|into|for|build|builds|building)\s+(?:a|an|one|its|the)\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|campus|"
    r"facility|complex|site|fab|mine|refinery|shipyard|data cent(?:re|er))\b",
    re.IGNORECASE,
)
PACKAGE_MIN_USD = Decimal("50000000000")  # national packages are tens of billions; a single project rarely is


def _package_sectors(gazetteer: Gazetteer, sentences: list[Sentence]) -> list[str]:
    """A national package covers the sectors the whole article names, leaving out talk of tariffs and trade."""
    counts: Counter = Counter()
    for sentence in sentences:
        if sentence.paragraph == 0 or _TRADE_TALK.search(sentence.text):
            continue
        counts.update(sectors_in(gazetteer, _blank(sentence.text, (_USES_PHRASE,))))
    ranked = [slug for slug, _ in counts.most_common() if slug not in GENERIC_SECTORS]
    return ranked[:PACKAGE_SECTOR_LIMIT]


# "Brookfield, the Toronto-based asset manager, ...", "Mubadala Capital, the asset-management arm of ...": an
# apposition that says what a company is.
_APPOSITION = re.compile(
    r",\s+(?:the|a|an|its)\s+[^,;:()$€£¥₩₹]{0,80}?\b(?:arm|unit|division|subsidiary|manager|firm|group|company|"
    r"conglomerate|fund|investor|operator|holding|affiliate|vehicle|lender|bank|insurer)\b[^,;:()$€£¥₩₹]{0,60}?(?=,)"
)
# "next to the carmaker's electric-vehicle factory": where the plant stands, not what it makes.
_LOCATION_PHRASE = re.compile(r"\b(?:next to|near|alongside|close to|adjacent to|beside)\b[^,;]*", re.IGNORECASE)
# "minerals used in weapons, electronics and electric vehicles": what the goods end up in, not the pledge.
_USES_PHRASE = re.compile(r"\b(?:used in|used for|for use in|that go into|found in|needed for|needed in)\b[^;.]*")


def _blank(text: str, patterns) -> str:
    """`text` with what the patterns match turned into spaces, offsets kept."""
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


# "at the carmaker's Zaragoza site": the owner of the site, not the pledge.
_POSSESSIVE_OWNER = re.compile(r"\b[\w-]+(?:'s|’s)(?=\s)")
# A later sentence that goes on about the pledge: "The money will be split between...", "The plant will make...".
_PLEDGE_ANAPHOR = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:money|investment|investments|funds|"
    r"funding|package|commitments?|pledges?|plant|factory|facility|complex|campus|project|projects|site|hub|"
    r"venture|deals?|agreements?|memorand(?:um|ums|a)|MoUs?|sum|capital)\b|^It\s+will\b"
)


def _own_sectors(gazetteer: Gazetteer, text: str, money_start: int | None, investor: str | None = None) -> list[str]:
    """Sectors of the amount's sentence. What the money goes to (the words after the verb) outranks what the
    investor is ("the Toronto-based asset manager", "Private-equity firm Blackstone"), which counts only when the
    rest of the sentence names nothing; an apposition describing a company after the verb is left out too."""
    if money_start is None or money_start > len(text):
        return sectors_in(gazetteer, text)
    start, end = clause_bounds(text, money_start)
    pivot = pivot_of(text, start, end, money_start)
    blanked = _blank(text, (_APPOSITION, _LOCATION_PHRASE, _POSSESSIVE_OWNER, _USES_PHRASE))
    blanked = _blank_investor_description(gazetteer, blanked, investor)
    predicate = sectors_in(gazetteer, " " * pivot + blanked[pivot:])
    if predicate:
        return predicate
    return sectors_in(gazetteer, _blank(text, (_USES_PHRASE,)))


# "... two years after the German drugs and crop-chemicals group first agreed to buy...": the investor named by its
# nationality and its trade.
_NATIONALITY_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?P<people>[A-Z][\w-]+)\s+(?:[\w-]+\s+){0,4}?(?:group|company|firm|conglomerate|giant|maker|"
    r"producer|manufacturer|multinational)\b"
)


def _blank_investor_description(gazetteer: Gazetteer, text: str, investor: str | None) -> str:
    if investor is None:
        return text
    for match in _NATIONALITY_DESCRIPTION.finditer(text):
        people = [m for m in gazetteer.mentions(match.group("people")) if m.kind == "country"]
        if people and people[0].country == investor:
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


def _following_sectors(gazetteer: Gazetteer, draft: Draft, sentences: list[Sentence]) -> list[str]:
    """The sentences right after the amount's that go on about the same pledge and name no amount of their own."""
    index = draft.sentence.index
    for sentence in sentences[index + 1 : index + 3]:
        if sentence.paragraph > draft.sentence.paragraph + 1 or sentence.paragraph == 0:
            break
        if _HAS_AMOUNT.search(sentence.text):
            break
        if _PLEDGE_ANAPHOR.search(sentence.text[:100]):
            found = sectors_in(gazetteer, sentence.text)
            if found:
                return found
    return []


_HAS_AMOUNT = re.compile(r"[$€£¥₩₹]\s?\d|\d\s?(?:billion|million|trillion|bn|crore)\b", re.IGNORECASE)


def _amount_position(draft: Draft, evidence: Sentence) -> int | None:
    """Where the pledge's amount stands in one of its sentences (a repeat may state it in another currency)."""
    if evidence is draft.sentence:
        return draft.money.start
    amounts = find_money(evidence.text)
    same = [m for m in amounts if m.amount == draft.money.amount and m.currency == draft.money.currency]
    chosen = same or amounts
    return chosen[0].start if chosen else None


def final_sectors(draft: Draft, gazetteer: Gazetteer, sentences: list[Sentence]) -> list[str]:
    """Sectors of the pledge: the amount's own clause and sentences first, then the sentences that go on about it,
    then what the company does, then the paragraph and the headline. A country-wide package takes the sectors of
    the whole article."""
    body = [s for s in draft.evidence if s.paragraph > 0] + [s for s in draft.evidence if s.paragraph == 0]
    own: list[str] = []
    for evidence in body:
        own = _own_sectors(gazetteer, evidence.text, _amount_position(draft, evidence), draft.investor)
        if own:
            break
    # "plans $52 billion AI data center campus" in the headline, "on a new campus" in the body: any of its sentences
    one_project = bool(own) and any(_ONE_PROJECT.search(evidence.text) for evidence in draft.evidence)
    if not draft.organizations and draft.amount_usd >= PACKAGE_MIN_USD and not one_project:
        package = _package_sectors(gazetteer, sentences)
        if len(package) > 1:
            return list(dict.fromkeys(own + package))[:PACKAGE_SECTOR_LIMIT]
    if own:
        return own
    following = _following_sectors(gazetteer, draft, sentences)
    if following:
        return following
    for name in draft.organizations:
        organization = gazetteer.organization(name)
        if (
            organization
            and organization.organization_kind != "fund"
            and organization.sectors
            and organization.sectors[0] != "financial-services"  # a holding company says nothing of the pledge
        ):
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
