"""The fetcher against a real local HTTP server (pytest-httpserver)."""

import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from ingest.fetch import FEED_TYPES, FetchError, decode, fetch, host_clock, looks_binary, parse_content_type

ARTICLE = "<html><head><title>Plant</title></head><body><p>Korean firms will invest.</p></body></html>"


@pytest.fixture(autouse=True)
def fast_fetch(settings):
    settings.FETCH_TIMEOUT_SECONDS = 0.5
    settings.FETCH_HOST_DELAY_SECONDS = 0
    settings.FETCH_BACKOFF_SECONDS = 0.01
    settings.FETCH_RETRIES = 2
    settings.FETCH_MAX_BYTES = 10_000
    host_clock.reset()


def test_it_returns_the_body_and_its_content_type(httpserver):
    httpserver.expect_request("/story").respond_with_data(ARTICLE, content_type="text/html; charset=utf-8")
    result = fetch(httpserver.url_for("/story"))
    assert result.status_code == 200
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert "Korean firms" in result.text()


def test_it_sends_an_honest_user_agent(httpserver, settings):
    settings.FETCH_USER_AGENT = "PledgeTracker/test (+https://example.org/bot)"
    seen = {}

    def handler(request):
        seen["ua"] = request.headers.get("User-Agent")
        return Response(ARTICLE, content_type="text/html")

    httpserver.expect_request("/ua").respond_with_handler(handler)
    fetch(httpserver.url_for("/ua"))
    assert seen["ua"] == "PledgeTracker/test (+https://example.org/bot)"


def test_it_does_not_retry_a_404(httpserver):
    calls = []

    def handler(request):
        calls.append(1)
        return Response("gone", status=404)

    httpserver.expect_request("/missing").respond_with_handler(handler)
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/missing"))
    assert raised.value.status_code == 404
    assert not raised.value.transient
    assert "404" in raised.value.reason
    assert len(calls) == 1


def test_it_retries_a_500_and_returns_the_200_that_follows(httpserver):
    httpserver.expect_oneshot_request("/flaky").respond_with_data("oops", status=500)
    httpserver.expect_request("/flaky").respond_with_data(ARTICLE, content_type="text/html")
    result = fetch(httpserver.url_for("/flaky"))
    assert result.status_code == 200
    assert "Korean firms" in result.text()


def test_it_gives_up_on_a_server_that_keeps_failing_after_the_bounded_retries(httpserver):
    calls = []

    def handler(request):
        calls.append(1)
        return Response("down", status=503)

    httpserver.expect_request("/down").respond_with_handler(handler)
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/down"))
    assert raised.value.transient
    assert len(calls) == 3  # the first try and FETCH_RETRIES more


def test_it_backs_off_exponentially_between_retries(httpserver, settings):
    settings.FETCH_BACKOFF_SECONDS = 0.1
    stamps = []

    def handler(request):
        stamps.append(time.monotonic())
        return Response("down", status=502)

    httpserver.expect_request("/slowdown").respond_with_handler(handler)
    with pytest.raises(FetchError):
        fetch(httpserver.url_for("/slowdown"))
    gaps = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
    assert gaps[0] >= 0.1
    assert gaps[1] >= 0.2


@pytest.fixture
def threaded_server():
    # A hanging handler must not hold up the next attempt, as it would on a one-thread server.
    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_a_server_that_never_answers_times_out_and_is_retried(threaded_server):
    httpserver = threaded_server
    calls = []

    def handler(request):
        calls.append(1)
        time.sleep(1.5)
        return Response(ARTICLE, content_type="text/html")

    httpserver.expect_request("/hang").respond_with_handler(handler)
    started = time.monotonic()
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/hang"))
    assert raised.value.transient
    assert "timed out" in raised.value.reason
    assert len(calls) == 3
    assert time.monotonic() - started < 4


def test_it_follows_a_redirect(httpserver):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(ARTICLE, content_type="text/html")
    result = fetch(httpserver.url_for("/old"))
    assert result.url.endswith("/new")


def test_a_redirect_loop_fails_without_retrying(httpserver):
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/a"))
    assert "redirect" in raised.value.reason
    assert not raised.value.transient


def test_a_body_above_the_declared_limit_is_refused(httpserver):
    httpserver.expect_request("/big").respond_with_data("x" * 20_000, content_type="text/html")
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/big"))
    assert "too large" in raised.value.reason


def test_a_streamed_body_without_length_is_cut_off_at_the_limit(httpserver):
    def handler(request):
        def chunks():
            for _ in range(100):
                yield b"<p>" + b"y" * 996 + b"</p>"

        return Response(chunks(), content_type="text/html")  # no Content-Length: chunked

    httpserver.expect_request("/stream").respond_with_handler(handler)
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/stream"))
    assert "more than 10000 bytes" in raised.value.reason


def test_a_non_html_content_type_is_not_an_article(httpserver):
    httpserver.expect_request("/logo.png").respond_with_data(b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png")
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/logo.png"))
    assert raised.value.reason == "not an article: content type image/png"


def test_a_binary_body_without_content_type_is_not_an_article(httpserver):
    def handler(request):
        response = Response(b"\x00\x01\x02binary\x00" * 50)
        del response.headers["Content-Type"]
        return response

    httpserver.expect_request("/blob").respond_with_handler(handler)
    with pytest.raises(FetchError) as raised:
        fetch(httpserver.url_for("/blob"))
    assert "binary" in raised.value.reason


def test_feeds_are_accepted_with_feed_content_types(httpserver):
    httpserver.expect_request("/rss").respond_with_data("<rss/>", content_type="application/rss+xml")
    assert fetch(httpserver.url_for("/rss"), accept=FEED_TYPES).content_type == "application/rss+xml"


def test_it_sends_conditional_headers_and_reports_not_modified(httpserver):
    def handler(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(
            ARTICLE,
            content_type="text/html",
            headers={"ETag": '"v1"', "Last-Modified": "Mon, 01 Sep 2025 00:00:00 GMT"},
        )

    httpserver.expect_request("/cond").respond_with_handler(handler)
    first = fetch(httpserver.url_for("/cond"))
    assert first.etag == '"v1"'
    assert first.last_modified == "Mon, 01 Sep 2025 00:00:00 GMT"
    second = fetch(httpserver.url_for("/cond"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified
    assert second.content == b""


def test_requests_to_one_host_are_spaced_by_the_politeness_delay(httpserver, settings):
    settings.FETCH_HOST_DELAY_SECONDS = 0.3
    httpserver.expect_request("/p").respond_with_data(ARTICLE, content_type="text/html")
    started = time.monotonic()
    fetch(httpserver.url_for("/p"))
    fetch(httpserver.url_for("/p"))
    fetch(httpserver.url_for("/p"))
    assert time.monotonic() - started >= 0.6


def test_a_page_labelled_latin_1_but_written_in_utf_8_decodes_as_utf_8(httpserver):
    body = "<html><body><p>Samsung will spend ₩20 trillion in Pyeongtaek, says Société Générale.</p></body></html>"
    httpserver.expect_request("/mislabelled").respond_with_data(
        body.encode("utf-8"), content_type="text/html; charset=iso-8859-1"
    )
    result = fetch(httpserver.url_for("/mislabelled"))
    assert "₩20 trillion" in result.text()
    assert "Société" in result.text()


def test_real_latin_1_still_decodes_with_its_label():
    assert decode("Société Générale".encode("latin-1"), "iso-8859-1") == "Société Générale"


def test_an_unlabelled_page_uses_its_meta_charset():
    content = '<meta charset="windows-1252"><p>Caf\xe9</p>'.encode("cp1252")
    assert "Café" in decode(content)


def test_content_type_parsing_keeps_the_media_type_and_charset():
    assert parse_content_type('Text/HTML; Charset="UTF-8"') == ("text/html", "utf-8")
    assert parse_content_type("") == ("", "")


def test_binary_detection_spares_ordinary_text():
    assert not looks_binary(b"Hyundai Motor Group will invest $26 billion.\n")
    assert looks_binary(b"GIF89a\x00\x00\x01\x02")
