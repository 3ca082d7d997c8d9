"""Roles and security: the Editor group, the local superuser, login lockout, CSRF and the CSP header."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from pledges.models import Country, Pledge, Sector
from tests.factories import CountryFactory, OrganizationFactory, PledgeFactory, SectorFactory

pytestmark = pytest.mark.django_db

EXPECTED_EDITOR_PERMISSIONS = {
    "pledges.view_pledge",
    "pledges.add_pledge",
    "pledges.change_pledge",
    "pledges.view_evidence",
    "pledges.add_evidence",
    "pledges.change_evidence",
    "pledges.delete_evidence",
    "pledges.view_pledgelink",
    "pledges.add_pledgelink",
    "pledges.change_pledgelink",
    "pledges.delete_pledgelink",
    "pledges.view_organization",
    "pledges.add_organization",
    "pledges.change_organization",
    "pledges.view_errorreport",
    "pledges.change_errorreport",
    "pledges.view_country",
    "pledges.view_sector",
    "ingest.view_article",
    "ingest.change_article",
    "ingest.view_feed",
    "ingest.add_feed",
    "ingest.change_feed",
    "ingest.view_ingestrun",
}


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("editor", password="correct horse battery", is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    return user


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


def test_the_editor_group_has_exactly_the_described_permissions():
    group = Group.objects.get(name="Editor")
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
    assert granted == EXPECTED_EDITOR_PERMISSIONS


def test_an_editor_may_change_pledges_organizations_articles_and_feeds(editor):
    for permission in ("pledges.change_pledge", "pledges.change_organization", "ingest.change_article"):
        assert editor.has_perm(permission)
    assert editor.has_perm("ingest.change_feed")


def test_an_editor_cannot_delete_a_pledge_but_can_merge_it_away(editor_client):
    survivor, duplicate = PledgeFactory(), PledgeFactory()
    response = editor_client.post(reverse("admin:pledges_pledge_delete", args=[duplicate.pk]), {"post": "yes"})
    assert response.status_code == 403
    data = {"action": "merge", "_selected_action": [survivor.pk, duplicate.pk], "apply": "1", "survivor": survivor.pk}
    editor_client.post(reverse("admin:pledges_pledge_changelist"), data)
    assert list(Pledge.objects.all()) == [survivor]


def test_an_editor_cannot_delete_a_country(editor_client):
    country = CountryFactory(code="FR", alpha3="FRA", name="France")
    response = editor_client.post(reverse("admin:pledges_country_delete", args=["FR"]), {"post": "yes"})
    assert response.status_code == 403
    assert Country.objects.filter(pk=country.pk).exists()


def test_an_editor_cannot_delete_or_change_a_sector(editor_client):
    SectorFactory(slug="shipbuilding")
    assert (
        editor_client.post(reverse("admin:pledges_sector_delete", args=["shipbuilding"]), {"post": "yes"}).status_code
        == 403
    )
    response = editor_client.post(reverse("admin:pledges_sector_change", args=["shipbuilding"]), {"name": "Ships"})
    assert response.status_code == 403
    assert Sector.objects.get(pk="shipbuilding").name != "Ships"


def test_an_editor_cannot_manage_users_or_groups(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_an_editor_can_open_the_pledge_and_organization_forms(editor_client):
    pledge, organization = PledgeFactory(), OrganizationFactory()
    assert editor_client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk])).status_code == 200
    assert editor_client.get(reverse("admin:pledges_organization_change", args=[organization.pk])).status_code == 200


def test_a_user_who_is_not_staff_is_sent_to_the_login_page():
    user = get_user_model().objects.create_user("visitor", password="x")
    client = Client()
    client.force_login(user)
    response = client.get(reverse("admin:pledges_pledge_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


# The local superuser


def test_ensure_local_superuser_creates_one_and_prints_its_login(settings, tmp_path, capsys):
    settings.DEBUG = True
    settings.BASE_DIR = tmp_path
    call_command("ensure_local_superuser")
    out = capsys.readouterr().out
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.is_staff
    password = out.strip().rsplit(" / ", 1)[1]
    assert user.check_password(password)

    call_command("ensure_local_superuser")
    assert f"Admin login: admin / {password}" in capsys.readouterr().out
    assert get_user_model().objects.count() == 1


def test_ensure_local_superuser_refuses_when_debug_is_off(settings, tmp_path):
    settings.DEBUG = False
    settings.BASE_DIR = tmp_path
    with pytest.raises(CommandError):
        call_command("ensure_local_superuser")
    assert not get_user_model().objects.exists()


def test_no_migration_creates_a_user_account():
    assert not get_user_model().objects.exists()


# Security


def test_repeated_failed_logins_lock_the_account_out(editor, settings):
    client = Client()
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "editor", "password": "wrong"})
        assert response.status_code == 200  # the form again, with an error
    assert client.post(url, {"username": "editor", "password": "wrong"}).status_code == 429
    response = client.post(url, {"username": "editor", "password": "correct horse battery"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_correct_login_works_before_the_limit(editor):
    client = Client()
    client.post(reverse("admin:login"), {"username": "editor", "password": "wrong"})
    response = client.post(reverse("admin:login"), {"username": "editor", "password": "correct horse battery"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_the_admin_login_keeps_csrf_protection(editor):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("admin:login"), {"username": "editor", "password": "correct horse battery"})
    assert response.status_code == 403


@pytest.mark.parametrize("url", ["/admin/login/", "/report/1/", "/"])
def test_the_csp_header_allows_only_the_sites_own_scripts_and_styles(client, url):
    PledgeFactory(pk=1)
    header = client.get(url)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in header.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "'unsafe-inline'" not in directives["style-src-elem"]
    assert directives["default-src"] == "'self'"
    assert "unsafe-eval" not in header
