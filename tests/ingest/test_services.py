"""The ingestion services on real files, a real local HTTP server and the real extractor."""

from datetime import timedelta

import pytest
from django.utils import timezone

from ingest import services
from ingest.choices import ArticleStatus, FeedKind
from ingest.feeds import FeedError
from ingest.fetch import host_clock
from ingest.models import Article, Feed
from pledges.models import Evidence, Organization, Pledge
from tests.factories import ArticleFactory, CountryFactory, FeedFactory

HEADLINE = "Hyundai to invest $26 billion in U.S. plants"
BODY = (
    "SEOUL, August 25, 2025 (wire)\n\n"
    "Hyundai Motor Group will invest $26 billion in the United States over the next four years, the group said on "
    "Monday, expanding its car plant in Georgia and building a steel mill in Louisiana. The investment covers "
    "electric vehicles, steel and robotics, and follows talks between the two governments on tariffs.\n\n"
    "Company officials said the new steel plant would employ about 1,500 people when it opens later this decade."
)
OTHER_BODY = (
    "Samsung Electronics said on Tuesday that it would spend $37 billion in Texas by 2030, adding a second chip "
    "factory in Taylor and a research centre for advanced packaging.\n\n"
    "The company said the Commerce Department had agreed to grants that would cover part of the cost, and that "
    "hiring for the first factory would begin next spring."
)
LATIN1_BODY = (
    "PARIS, 3 March 2025 (wire)\n\n"
    "Société Générale will lend €2 billion to a Korean battery maker for a cathode plant near Dunkirk, the bank "
    "said, joining a group of European lenders financing the project that the company first announced last year. "
    "Officials in the region said the plant would make materials for about a million car batteries a year."
)
PAGE = f"""<!doctype html><html><head><title>{HEADLINE}</title>
<meta property="article:published_time" content="2025-08-25"></head>
<body><nav>Home | World | Business</nav><article><h1>{HEADLINE}</h1>
{"".join(f"<p>{paragraph}</p>" for paragraph in BODY.split(chr(10) + chr(10))[1:])}
</article><footer>Copyright Example Wire</footer></body></html>"""


@pytest.fixture(autouse=True)
def fast_fetch(settings):
    settings.FETCH_TIMEOUT_SECONDS = 0.5
    settings.FETCH_HOST_DELAY_SECONDS = 0
    settings.FETCH_BACKOFF_SECONDS = 0.01
    settings.FETCH_RETRIES = 1
    host_clock.reset()


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "01-hyundai.txt").write_text(f"{HEADLINE}\n{BODY}", encoding="utf-8")
    (tmp_path / "02-copy.txt").write_text(f"{HEADLINE.upper()}\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "03-empty.html").write_text("", encoding="utf-8")
    (tmp_path / "04-picture.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "05-stub.html").write_text("<html><body><p>Subscribe to read.</p></body></html>")
    paragraphs = "".join(f"<p>{p}" for p in OTHER_BODY.split("\n\n"))  # never closed
    (tmp_path / "06-broken.html").write_text(f"<html><head><title>Plant</title><body><div>{paragraphs}<p><b>unclosed")
    (tmp_path / "07-latin1.txt").write_bytes(
        "Société Générale backs Korean plant\n\n".encode("cp1252") + LATIN1_BODY.encode("cp1252")
    )
    return tmp_path


def test_a_folder_is_ingested_with_every_file_accounted_for(reference_data, folder):
    summary = services.ingest_paths([folder])
    by_name = {a.file_path.rsplit("/", 1)[-1]: a for a in Article.objects.all()}
    assert len(by_name) == 7
    assert by_name["01-hyundai.txt"].status == ArticleStatus.EXTRACTED
    assert by_name["02-copy.txt"].status == ArticleStatus.DUPLICATE
    assert by_name["02-copy.txt"].duplicate_of == by_name["01-hyundai.txt"]
    assert by_name["03-empty.html"].failure_reason.startswith("not an article")
    assert "binary" in by_name["04-picture.html"].failure_reason
    assert by_name["05-stub.html"].failure_reason.startswith("not an article: no body text")
    assert by_name["06-broken.html"].status == ArticleStatus.EXTRACTED
    assert by_name["07-latin1.txt"].title == "Société Générale backs Korean plant"
    assert (summary.articles_new, summary.articles_duplicate, summary.articles_failed) == (3, 1, 3)
    pledge = Pledge.objects.get(amount_usd=26_000_000_000)
    assert (pledge.investor_country_id, pledge.recipient_country_id) == ("KR", "US")
    assert summary.pledges_new >= 1


def test_ingesting_the_same_folder_twice_creates_nothing_twice(reference_data, folder):
    services.ingest_paths([folder])
    counts = (Article.objects.count(), Pledge.objects.count(), Evidence.objects.count())
    again = services.ingest_paths([folder])
    assert (again.articles_new, again.articles_duplicate, again.pledges_new) == (0, 7, 0)
    assert (Article.objects.count(), Pledge.objects.count(), Evidence.objects.count()) == counts


def test_a_huge_file_is_refused_without_being_read(db, tmp_path, monkeypatch):
    monkeypatch.setattr(services, "MAX_FILE_BYTES", 1000)
    (tmp_path / "huge.txt").write_text("Headline\n" + "word " * 1000)
    services.ingest_paths([tmp_path / "huge.txt"])
    assert Article.objects.get().failure_reason.startswith("too large")


def test_a_url_is_fetched_parsed_and_extracted(reference_data, httpserver):
    httpserver.expect_request("/2025/08/hyundai").respond_with_data(PAGE, content_type="text/html; charset=utf-8")
    summary = services.ingest_url(httpserver.url_for("/2025/08/hyundai") + "?utm_source=rss#top")
    article = Article.objects.get()
    assert article.status == ArticleStatus.EXTRACTED
    assert article.title == HEADLINE
    assert article.published_on.isoformat() == "2025-08-25"
    assert "Copyright" not in article.text
    assert article.canonical_url == httpserver.url_for("/2025/08/hyundai")
    assert summary.articles_new == 1
    assert Evidence.objects.filter(article=article).exists()


def test_the_same_url_with_tracking_parameters_is_a_duplicate(db, httpserver):
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    services.ingest_url(httpserver.url_for("/story"))
    again = services.ingest_url(httpserver.url_for("/story") + "?utm_campaign=x&fbclid=y")
    assert again.articles_duplicate == 1
    assert Article.objects.count() == 1


def test_a_syndicated_copy_on_another_site_is_linked_to_the_first_article(db, httpserver):
    copy = PAGE.replace("<article>", "<article><p>By Partner Wire Staff</p>").replace(
        "</article>", "<p>This story first appeared on a partner site.</p></article>"
    )
    httpserver.expect_request("/original").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/partner/reprint").respond_with_data(copy, content_type="text/html")
    services.ingest_url(httpserver.url_for("/original"))
    pledges = Pledge.objects.count()
    summary = services.ingest_url(httpserver.url_for("/partner/reprint"))
    original, reprint = Article.objects.order_by("pk")
    assert reprint.status == ArticleStatus.DUPLICATE
    assert reprint.duplicate_of == original
    assert summary.articles_duplicate == 1
    assert Pledge.objects.count() == pledges


@pytest.mark.parametrize(
    ("status", "body", "content_type", "reason"),
    [
        (404, "not here", "text/html", "HTTP 404 NOT FOUND"),
        (200, b"%PDF-1.7 binary", "application/pdf", "not an article: content type application/pdf"),
        (200, "<html><body></body></html>", "text/html", "not an article: the page has no readable text"),
    ],
)
def test_a_page_that_is_not_an_article_is_recorded_as_failed_with_its_reason(
    db, httpserver, status, body, content_type, reason
):
    httpserver.expect_request("/x").respond_with_data(body, status=status, content_type=content_type)
    summary = services.ingest_url(httpserver.url_for("/x"))
    article = Article.objects.get()
    assert article.status == ArticleStatus.FAILED
    assert article.failure_reason == reason
    assert summary.articles_failed == 1


def test_a_timeout_is_recorded_as_failed_after_the_retries(db, httpserver, settings):
    import time

    from werkzeug import Response

    settings.FETCH_TIMEOUT_SECONDS = 0.2
    settings.FETCH_RETRIES = 0

    def slow(request):
        time.sleep(0.5)
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    services.ingest_url(httpserver.url_for("/slow"))
    assert Article.objects.get().failure_reason.startswith("timed out")


def test_a_transient_error_can_be_left_for_a_later_retry(db, httpserver):
    from ingest.fetch import FetchError

    httpserver.expect_request("/busy").respond_with_data("busy", status=503)
    article, _ = services.register_url(httpserver.url_for("/busy"))
    with pytest.raises(FetchError):
        services.fetch_article(article.pk, raise_transient=True)
    article.refresh_from_db()
    assert article.status == ArticleStatus.QUEUED


def test_a_redirect_to_a_stored_article_makes_a_duplicate(db, httpserver):
    httpserver.expect_request("/canonical").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/short").respond_with_data("", status=301, headers={"Location": "/canonical"})
    services.ingest_url(httpserver.url_for("/canonical"))
    services.ingest_url(httpserver.url_for("/short"))
    first, second = Article.objects.order_by("pk")
    assert second.status == ArticleStatus.DUPLICATE
    assert second.duplicate_of == first


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>{base}/one?utm_source=rss</link></item>
<item><title>One again</title><link>{base}/one</link></item>
<item><title>Two</title><link>{base}/two</link></item></channel></rss>"""


def test_polling_a_feed_twice_registers_each_story_once(db, httpserver):
    httpserver.expect_request("/feed.xml").respond_with_data(
        RSS.format(base=httpserver.url_for("").rstrip("/")), content_type="application/rss+xml"
    )
    feed = FeedFactory(url=httpserver.url_for("/feed.xml"))
    first = services.discover_feed(feed.pk)
    second = services.discover_feed(feed.pk)
    assert (first.articles_new, first.articles_duplicate) == (2, 1)
    assert (second.articles_new, second.articles_duplicate) == (0, 3)
    assert Article.objects.count() == 2
    feed.refresh_from_db()
    assert feed.last_status.startswith("ok: 3 items")
    assert feed.last_polled_at is not None


def test_a_malformed_feed_is_recorded_on_the_feed(db, httpserver):
    httpserver.expect_request("/bad.xml").respond_with_data("<rss><channel><item><link>x</lin", content_type="text/xml")
    feed = FeedFactory(url=httpserver.url_for("/bad.xml"))
    with pytest.raises(FeedError):
        services.discover_feed(feed.pk)
    feed.refresh_from_db()
    assert feed.last_status.startswith("error: malformed feed")
    assert feed.error_count == 1
    assert Article.objects.count() == 0


def test_the_database_gazetteer_is_cached_until_reference_rows_change(db):
    CountryFactory(code="KR", alpha3="KOR", name="South Korea")
    first = services.database_gazetteer()
    assert services.database_gazetteer() is first
    assert not any(m.name == "Zeta Batteries" for m in first.mentions("Zeta Batteries will invest in Ohio."))
    Organization.objects.create(name="Zeta Batteries", country_id="KR")
    rebuilt = services.database_gazetteer()
    assert rebuilt is not first
    assert any(
        m.name == "Zeta Batteries" and m.country == "KR" for m in rebuilt.mentions("Zeta Batteries will invest.")
    )


def test_due_feeds_are_claimed_once(db):
    never = FeedFactory()
    recent = FeedFactory(last_polled_at=timezone.now())
    overdue = FeedFactory(last_polled_at=timezone.now() - timedelta(hours=2), poll_interval_minutes=60)
    FeedFactory(enabled=False)
    assert sorted(services.claim_due_feeds()) == sorted([never.pk, overdue.pk])
    assert services.claim_due_feeds() == []
    assert recent.pk not in services.claim_due_feeds(now=timezone.now() + timedelta(minutes=30))


def test_stalled_articles_are_found_by_the_step_they_wait_for(db):
    queued = ArticleFactory(status=ArticleStatus.QUEUED)
    fetched = ArticleFactory(status=ArticleStatus.FETCHED)
    ArticleFactory(status=ArticleStatus.EXTRACTED)
    Article.objects.update(updated_at=timezone.now() - timedelta(hours=1))
    assert services.stalled_articles() == {"fetch": [queued.pk], "extract": [fetched.pk]}
    assert services.stalled_articles(older_than=timedelta(hours=2)) == {"fetch": [], "extract": []}


def test_ensure_folder_feed_creates_once_and_re_enables(db, tmp_path):
    feed, created = services.ensure_folder_feed("Demo", tmp_path)
    assert created
    Feed.objects.filter(pk=feed.pk).update(enabled=False)
    again, created = services.ensure_folder_feed("Demo", tmp_path)
    assert not created
    assert again.pk == feed.pk
    assert again.enabled
    assert again.kind == FeedKind.FOLDER
    assert Feed.objects.count() == 1


def test_reextracting_the_demo_corpus_with_unchanged_rules_changes_nothing(reference_data):
    from ingest.management.commands.ensure_demo_feed import DEMO_FOLDER

    first = services.ingest_paths([DEMO_FOLDER])
    assert first.articles_failed == 0
    before = sorted(Pledge.objects.values_list("pk", "amount_usd", "status", "parent_id"))
    evidence = Evidence.objects.count()
    again = services.reextract_articles(Article.objects.values_list("pk", flat=True))
    assert (again.pledges_new, again.pledges_updated, again.articles_failed) == (0, 0, 0)
    assert sorted(Pledge.objects.values_list("pk", "amount_usd", "status", "parent_id")) == before
    assert Evidence.objects.count() == evidence


def test_organizations_stored_without_a_home_country_stay_out_of_the_gazetteer(reference_data):
    Organization.objects.create(name="Zeta Packaging Works")
    names = {record.name for record in services.gazetteer_records()[2]}
    assert "Zeta Packaging Works" not in names
    assert "Hyundai Motor Group" in names


def test_a_second_poll_of_a_folder_feed_checks_known_files_in_a_fixed_number_of_queries(db, tmp_path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(20):
        (tmp_path / f"{number:02}.txt").write_text(f"Headline {number}\n\nBody {number}")
    feed = Feed.objects.create(name="Local", kind=FeedKind.FOLDER, folder=str(tmp_path))
    services.discover_feed(feed.pk)
    with CaptureQueriesContext(connection) as queries:
        again = services.discover_feed(feed.pk)
    assert (again.articles_new, again.articles_duplicate) == (0, 20)
    assert len(queries) <= 4
