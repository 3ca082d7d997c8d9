"""Canonical URLs, content hashes and syndicated copies."""

from datetime import date

import pytest

from ingest.choices import ArticleStatus
from ingest.dedup import content_hash, find_original, is_syndicated_copy, resemblance
from ingest.urls import canonical_url
from tests.factories import ArticleFactory

STORY = (
    "Hyundai Motor Group will invest $26 billion in the United States over the next four years, chairman Chung "
    "Eui-sun said at the White House on Monday, raising the group's earlier plan by five billion dollars. The money "
    "goes to a new steel mill in Louisiana, to the electric vehicle plant in Georgia and to robotics, autonomous "
    "driving and energy projects, the company said in a statement issued after the meeting with the president."
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.Example.com/news/story?utm_source=x&utm_medium=rss#top", "https://example.com/news/story"),
        ("HTTPS://example.com:443/a/", "https://example.com/a"),
        ("http://example.com:8080/a?id=7&fbclid=abc", "http://example.com:8080/a?id=7"),
        ("https://example.com/a?b=2&a=1&gclid=z", "https://example.com/a?a=1&b=2"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/%7Euser/story", "https://example.com/~user/story"),
    ],
)
def test_canonical_urls_drop_tracking_parameters_fragments_and_default_ports(url, expected):
    assert canonical_url(url) == expected


def test_two_spellings_of_one_link_share_a_canonical_url():
    assert canonical_url("https://news.example.org/a?id=1&ref=twitter") == canonical_url(
        "https://NEWS.example.org/a?id=1#comments"
    )


def test_an_article_id_in_the_query_string_is_kept():
    assert canonical_url("https://example.com/view?articleId=123") != canonical_url(
        "https://example.com/view?articleId=124"
    )


@pytest.mark.parametrize("url", ["", "ftp://example.com/a", "mailto:x@example.com", "not a url", "http://[::1"])
def test_anything_but_an_http_url_has_no_canonical_form(url):
    assert canonical_url(url) == ""


def test_the_content_hash_ignores_case_punctuation_and_spacing():
    assert content_hash("Korea will invest $150 billion.\n\nIn the U.S.") == content_hash(
        "korea will  invest $150 billion -- in the U.S"
    )
    assert content_hash("Korea will invest $150 billion.") != content_hash("Korea will invest $350 billion.")


def test_a_wire_copy_with_a_different_byline_and_tail_is_syndicated():
    copy = "By Staff Writers (Wire)\n" + STORY + " This article first appeared on a partner site."
    assert resemblance(STORY, copy) > 0.6
    assert is_syndicated_copy(copy, STORY)


def test_a_different_story_on_the_same_subject_is_not_a_copy():
    other = (
        "Samsung Electronics said on Tuesday it would spend $37 billion in Texas by 2030, expanding the chip factory "
        "in Taylor and adding a research centre, after the Commerce Department awarded the company grants under the "
        "CHIPS Act. The Korean chipmaker will also build an advanced packaging line, it said in a statement released "
        "after markets closed in Seoul on Wednesday morning, local time."
    )
    assert not is_syndicated_copy(other, STORY)


def test_short_texts_are_never_called_copies_from_shared_words_alone():
    assert not is_syndicated_copy("Korea invests in chips.", "Korea invests in chips.")


@pytest.mark.django_db
def test_find_original_links_an_exact_copy_by_hash():
    first = ArticleFactory(text=STORY, content_hash=content_hash(STORY), status=ArticleStatus.EXTRACTED)
    # Checked before the copy is saved: the schema refuses a second original with the same hash.
    copy = ArticleFactory.build(text=STORY.upper(), content_hash=content_hash(STORY.upper()))
    assert find_original(copy) == first


@pytest.mark.django_db
def test_find_original_links_a_syndicated_copy_published_days_later():
    first = ArticleFactory(
        text=STORY, content_hash=content_hash(STORY), status=ArticleStatus.EXTRACTED, published_on=date(2025, 8, 25)
    )
    text = "SEOUL (Partner wire) - " + STORY + " Reporting by a partner agency."
    copy = ArticleFactory(text=text, content_hash=content_hash(text), published_on=date(2025, 8, 27))
    assert find_original(copy) == first


@pytest.mark.django_db
def test_find_original_ignores_the_same_words_a_year_apart():
    ArticleFactory(
        text=STORY, content_hash=content_hash(STORY), status=ArticleStatus.EXTRACTED, published_on=date(2024, 8, 25)
    )
    text = STORY + " Reporting by a partner agency."
    later = ArticleFactory(text=text, content_hash=content_hash(text), published_on=date(2025, 8, 27))
    assert find_original(later) is None
