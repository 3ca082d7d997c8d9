"""Recognising the same story twice: exact copies by content hash, syndicated copies by shared wording.

A wire story republished on another site rarely matches byte for byte: the
second site adds a byline, a "This article first appeared..." line or
trims the last paragraph. So two checks run, cheapest first:

1. `content_hash`: SHA-256 of the text with case, punctuation and whitespace
   normalised. Equal hashes are the same text.
2. `resemblance`: the share of word 5-grams ("shingles") two texts have in
   common (Jaccard index). At SYNDICATED_RESEMBLANCE or more, the later article
   is a copy of the earlier one. Only articles published within a few days of
   each other are compared, which keeps the check cheap.
"""

import hashlib
import re
from datetime import timedelta

SHINGLE_WORDS = 5
SYNDICATED_RESEMBLANCE = 0.6
# Copies of one story appear within days of each other; comparing further back only costs time.
SYNDICATION_WINDOW = timedelta(days=4)
# Texts shorter than this many words share too little to call them copies from shingles alone.
MIN_WORDS_FOR_RESEMBLANCE = 40

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall((text or "").lower())


def content_hash(text: str) -> str:
    """A hash of the words of `text`: unchanged by case, punctuation, spacing and line breaks."""
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    tokens = words(text)
    if len(tokens) < size:
        return {hash(" ".join(tokens))} if tokens else set()
    return {hash(" ".join(tokens[i : i + size])) for i in range(len(tokens) - size + 1)}


def resemblance(first: str | set, second: str | set) -> float:
    """Jaccard index of the two texts' shingles, from 0 (nothing shared) to 1 (same wording)."""
    a = first if isinstance(first, set) else shingles(first)
    b = second if isinstance(second, set) else shingles(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def is_syndicated_copy(text: str, original_text: str) -> bool:
    if min(len(words(text)), len(words(original_text))) < MIN_WORDS_FOR_RESEMBLANCE:
        return False
    return resemblance(text, original_text) >= SYNDICATED_RESEMBLANCE


def find_original(article):
    """The earlier article `article` copies (same hash, or syndicated wording), or None.

    Reads the database but writes nothing; the caller links the copy.
    """
    from ingest.choices import ArticleStatus
    from ingest.models import Article

    originals = Article.objects.filter(duplicate_of__isnull=True).exclude(pk=article.pk)
    if article.content_hash:
        same = originals.filter(content_hash=article.content_hash).order_by("pk").first()
        if same is not None:
            return same
    if len(words(article.text)) < MIN_WORDS_FOR_RESEMBLANCE:
        return None
    nearby = originals.exclude(status__in=[ArticleStatus.FAILED, ArticleStatus.QUEUED]).exclude(text="")
    if article.published_on:
        nearby = nearby.filter(
            published_on__range=(article.published_on - SYNDICATION_WINDOW, article.published_on + SYNDICATION_WINDOW)
        )
    else:
        nearby = nearby.filter(published_on__isnull=True)
    mine = shingles(article.text)
    best, best_score = None, 0.0
    # Bounded: a few days of news, newest first; only the text column is read.
    for pk, text in nearby.order_by("-pk").values_list("pk", "text")[:500]:
        score = resemblance(mine, shingles(text))
        if score > best_score:
            best, best_score = pk, score
    if best is not None and best_score >= SYNDICATED_RESEMBLANCE:
        return Article.objects.get(pk=best)
    return None
