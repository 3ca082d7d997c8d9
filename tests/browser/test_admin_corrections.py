"""An editor's corrections in a real Chromium: they survive re-extraction, and nothing user-supplied runs as code."""

from decimal import Decimal
from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from ingest import services
from ingest.choices import ArticleStatus
from pledges.models import ErrorReport, Pledge
from tests.factories import ArticleFactory, EvidenceFactory, PledgeFactory

PASSWORD = "correct horse battery staple"
HYUNDAI = (
    "Hyundai Motor Group will invest $26 billion in the United States over the next four years, "
    "the company said on Monday. The investment includes a new steel plant in Louisiana."
)
CSP_LISTENER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    yield page
    context.close()


def editor_group():
    """The Editor group as its migration defines it.

    Transactional tests empty every table afterwards, data migrations' rows included, and
    serialized_rollback cannot restore them once Playwright's greenlets have run ORM code
    (a new connection object without the serialized contents). So the group is rebuilt
    here from the migration's own permission table; tests/pledges/test_roles.py checks
    the migration itself.
    """
    migration = import_module("pledges.migrations.0003_editor_group")
    group, _ = Group.objects.get_or_create(name=migration.EDITOR_GROUP)
    permissions = []
    for app_label, models in migration.EDITOR_PERMISSIONS.items():
        for model_name, actions in models.items():
            content_type = ContentType.objects.get_for_model(apps.get_model(app_label, model_name))
            for action in actions:
                if (app_label, model_name, action) == ("pledges", "pledge", "delete"):
                    continue  # taken back by migration 0004: editors merge or reject instead
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model_name}",
                    defaults={"name": f"Can {action} {model_name}"},
                )
                permissions.append(permission)
    group.permissions.set(permissions)
    return group


@pytest.fixture
def editor(transactional_db):
    user = get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(editor_group())
    return user


def log_in(page, live_server, username="editor"):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def csp_violations(page):
    return page.evaluate("window.__csp")


def test_an_editors_corrected_amount_survives_re_extraction(page, live_server, editor, reference_data):
    article = ArticleFactory(title="Hyundai to invest $26 billion in US", text=HYUNDAI, status=ArticleStatus.FETCHED)
    services.extract_article(article.pk)
    pledge = Pledge.objects.filter(evidence__article=article).distinct().get()
    assert pledge.amount == Decimal("26000000000")

    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/pledges/pledge/{pledge.pk}/change/")
    page.fill("#id_amount", "21000000000")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    assert "🔒" in page.inner_text("label[for=id_amount]")
    assert "amount" in page.inner_text(".field-locked_fields_list")
    assert csp_violations(page) == []

    # The next extraction reads another figure (as an improved extractor might), so without the lock it
    # would rewrite the amount; then extraction is re-run from the article admin, as an editor would.
    article.title = article.title.replace("$26 billion", "$30 billion")
    article.text = article.text.replace("$26 billion", "$30 billion")
    article.save(update_fields=["title", "text"])
    page.goto(f"{live_server.url}/admin/ingest/article/")
    page.check(f"input[name=_selected_action][value='{article.pk}']")
    page.select_option("select[name=action]", "rerun_extraction")
    page.click("button[name=index]")
    assert "Re-extracted 1 article(s)" in page.inner_text(".messagelist")

    pledge.refresh_from_db()
    assert pledge.amount == Decimal("21000000000")
    assert pledge.amount_usd == Decimal("21000000000")
    assert Pledge.objects.count() == 1
    page.goto(f"{live_server.url}/admin/pledges/pledge/{pledge.pk}/change/")
    assert page.input_value("#id_amount") == "21000000000.00"
    # The public page shows the corrected figure and who corrected it.
    page.goto(f"{live_server.url}{pledge.get_absolute_url()}")
    body = page.inner_text("body")
    assert "$21.0B" in body
    assert "editor" in body


def test_an_anonymous_visitor_is_sent_to_the_login_page(page, live_server):
    page.goto(f"{live_server.url}/admin/pledges/pledge/")
    assert page.url.startswith(f"{live_server.url}/admin/login/")
    assert page.is_visible("#id_username")


def test_a_title_containing_a_script_tag_is_shown_as_text(page, live_server, editor):
    title = "<script>window.pwned = 1</script>Samsung Taylor"
    pledge = PledgeFactory(title=title)
    EvidenceFactory(
        pledge=pledge, quote='<img src="x" onerror="window.pwned = 2">', article=ArticleFactory(title=title)
    )

    page.goto(f"{live_server.url}{pledge.get_absolute_url()}")
    assert title in page.inner_text("body")
    assert page.evaluate("typeof window.pwned") == "undefined"

    log_in(page, live_server)
    for path in ("/admin/pledges/pledge/", f"/admin/pledges/pledge/{pledge.pk}/change/", "/admin/ingest/article/"):
        page.goto(f"{live_server.url}{path}")
        assert title in page.inner_text("#content")
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert csp_violations(page) == []


def test_a_visitor_reports_an_error_and_the_editor_sees_it_in_the_queue(page, live_server, editor):
    pledge = PledgeFactory(title="Hanwha Philly Shipyard")
    page.goto(f"{live_server.url}{pledge.get_absolute_url()}")
    page.click("text=Report an error")
    page.fill("#id_message", "The investment is $5 billion, not $1 billion.")
    page.fill("#id_source_url", "https://news.example.org/hanwha")
    page.click("button[type=submit]")
    page.wait_for_selector("text=Thank you")
    assert csp_violations(page) == []
    assert ErrorReport.objects.get().pledge == pledge

    log_in(page, live_server)
    page.click("text=Pledges >> nth=-1")
    page.click("text=Review queue")
    row = page.locator("#result_list tr", has_text="Hanwha Philly Shipyard")
    assert "1 open" in row.inner_text()
