"""Reading RSS, Atom and folder feeds."""

from datetime import date

import pytest

from ingest.choices import FeedKind
from ingest.feeds import FeedError, article_files, parse_feed, read_feed
from ingest.fetch import host_clock
from tests.factories import FeedFactory

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Trade wire</title><link>https://wire.example.org/</link>
<item><title>Korea to invest $150bn</title><link>https://wire.example.org/korea-150bn?utm_source=rss</link>
<guid>a1</guid><pubDate>Mon, 25 Aug 2025 10:00:00 GMT</pubDate></item>
<item><title>Hyundai raises plan</title><link>https://wire.example.org/hyundai-26bn</link>
<pubDate>Tue, 26 Aug 2025 10:00:00 GMT</pubDate></item>
<item><title>Korea to invest $150bn (again)</title><link>https://wire.example.org/korea-150bn?utm_source=rss</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2025-08-25T00:00:00Z</updated>
<entry><title>TSMC adds $100bn</title><id>urn:1</id><link href="https://atom.example.org/tsmc"/>
<updated>2025-03-03T12:00:00Z</updated></entry></feed>"""


@pytest.fixture(autouse=True)
def fast_fetch(settings):
    settings.FETCH_TIMEOUT_SECONDS = 0.5
    settings.FETCH_HOST_DELAY_SECONDS = 0
    settings.FETCH_BACKOFF_SECONDS = 0.01
    settings.FETCH_RETRIES = 1
    host_clock.reset()


def test_rss_items_come_with_link_title_and_date_and_repeated_links_once():
    items, warning = parse_feed(RSS.encode())
    assert [item.url for item in items] == [
        "https://wire.example.org/korea-150bn?utm_source=rss",
        "https://wire.example.org/hyundai-26bn",
    ]
    assert items[0].title == "Korea to invest $150bn"
    assert items[0].published == date(2025, 8, 25)
    assert warning == ""


def test_atom_entries_are_read_from_their_link_element():
    items, _ = parse_feed(ATOM.encode())
    assert items[0].url == "https://atom.example.org/tsmc"
    assert items[0].published == date(2025, 3, 3)


def test_a_malformed_feed_raises_a_clear_error():
    with pytest.raises(FeedError) as raised:
        parse_feed(b"<rss><channel><title>Broken</title><item><link>https://x.example/a</lin")
    assert raised.value.reason.startswith("malformed feed:")


def test_an_html_page_is_not_a_feed():
    with pytest.raises(FeedError) as raised:
        parse_feed(b"<html><body><p>Hello</p></body></html>")
    assert "feed" in raised.value.reason


@pytest.mark.django_db
def test_a_web_feed_is_fetched_and_remembers_its_validators(httpserver):
    httpserver.expect_request("/rss.xml").respond_with_data(
        RSS,
        content_type="application/rss+xml",
        headers={"ETag": '"abc"', "Last-Modified": "Mon, 25 Aug 2025 10:00:00 GMT"},
    )
    feed = FeedFactory(url=httpserver.url_for("/rss.xml"))
    result = read_feed(feed)
    assert len(result.items) == 2
    assert result.etag == '"abc"'
    assert result.last_modified == "Mon, 25 Aug 2025 10:00:00 GMT"


@pytest.mark.django_db
def test_an_unchanged_web_feed_answers_not_modified(httpserver):
    def handler(request):
        from werkzeug import Response

        if request.headers.get("If-None-Match") == '"abc"':
            return Response(status=304)
        return Response(RSS, content_type="application/rss+xml", headers={"ETag": '"abc"'})

    httpserver.expect_request("/rss.xml").respond_with_handler(handler)
    feed = FeedFactory(url=httpserver.url_for("/rss.xml"), etag='"abc"')
    result = read_feed(feed)
    assert result.not_modified
    assert result.items == []
    assert result.etag == '"abc"'


@pytest.mark.django_db
def test_a_feed_url_answering_404_raises_a_permanent_error(httpserver):
    httpserver.expect_request("/gone.xml").respond_with_data("no", status=404)
    with pytest.raises(FeedError) as raised:
        read_feed(FeedFactory(url=httpserver.url_for("/gone.xml")))
    assert "404" in raised.value.reason
    assert not raised.value.transient


def test_a_folder_lists_its_article_files_in_name_order(tmp_path):
    (tmp_path / "b.html").write_text("<p>b</p>")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "notes.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.htm").write_text("c")
    assert [p.name for p in article_files(tmp_path)] == ["a.txt", "b.html", "c.htm"]


@pytest.mark.django_db
def test_a_folder_feed_lists_files_and_a_missing_folder_is_an_error(tmp_path):
    (tmp_path / "one.txt").write_text("Headline\n\nBody")
    feed = FeedFactory(kind=FeedKind.FOLDER, url="", folder=str(tmp_path))
    assert [item.file_path for item in read_feed(feed).items] == [str((tmp_path / "one.txt").resolve())]
    feed.folder = str(tmp_path / "nowhere")
    with pytest.raises(FeedError) as raised:
        read_feed(feed)
    assert "folder not found" in raised.value.reason


def test_a_feed_broken_after_some_items_keeps_them_and_reports_the_problem():
    broken = (
        b'<rss version="2.0"><channel><title>Half</title><item><title>A & B</title>'
        b"<link>https://x.example/a</link></item><item><link>https://x.example/b</link></channel></rss>"
    )
    items, warning = parse_feed(broken)
    assert [item.url for item in items] == ["https://x.example/a", "https://x.example/b"]
    assert "not well-formed" in warning
