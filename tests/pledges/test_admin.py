"""The pledge admin as editors use it: list, review queue, actions, protected fields, history and escaping."""

from decimal import Decimal

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from pledges.choices import ReviewStatus
from pledges.models import ErrorReport, Organization, Pledge
from tests.factories import ArticleFactory, EvidenceFactory, OrganizationFactory, PledgeFactory, SectorFactory

pytestmark = pytest.mark.django_db

SCRIPT_TITLE = "<script>window.pwned = 1</script>Hyundai"


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("editor", password="correct horse battery", is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def form_data(response) -> dict:
    """The POST data a browser would send back for the admin change form in `response`, unchanged."""
    data = {}

    def add(form):
        for name, field in form.fields.items():
            bound = form[name]
            value = field.prepare_value(bound.value())
            if value is None:
                value = [] if isinstance(field, forms.MultipleChoiceField) else ""
            if isinstance(value, bool):
                if value:
                    data[bound.html_name] = "on"
                continue
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            else:
                data[bound.html_name] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def post_change(client, obj, **changes):
    response = client.get(change_url(obj))
    assert response.status_code == 200
    data = form_data(response)
    data.update(changes)
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    return response


def run_action(client, action, pledges, **extra):
    data = {"action": action, "_selected_action": [p.pk for p in pledges], **extra}
    return client.post(reverse("admin:pledges_pledge_changelist"), data, follow=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


# Access and listing


def test_an_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get(reverse("admin:pledges_pledge_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_the_list_shows_amounts_in_dollars_and_as_stated_with_sources(editor_client):
    pledge = PledgeFactory(
        title="Samsung won pledge", amount=Decimal("20000000000000"), currency="KRW", amount_usd=Decimal("14e9")
    )
    EvidenceFactory(pledge=pledge)
    EvidenceFactory(pledge=pledge)
    response = editor_client.get(reverse("admin:pledges_pledge_changelist"))
    content = response.content.decode()
    assert "$14.0B" in content
    assert "₩20.0T" in content
    row = response.context["cl"].result_list[0]
    assert row.source_count == 2
    for title in ("queue", "confidence", "package", "review status"):
        assert f"By {title}" in content


def test_the_review_queue_lists_unreviewed_and_reported_pledges_lowest_confidence_first(editor_client):
    sure = PledgeFactory(confidence=Decimal("0.90"))
    unsure = PledgeFactory(confidence=Decimal("0.30"))
    PledgeFactory(confidence=Decimal("0.10"), review_status=ReviewStatus.VERIFIED)
    reported = PledgeFactory(confidence=Decimal("0.95"), review_status=ReviewStatus.VERIFIED)
    ErrorReport.objects.create(pledge=reported, message="The figure is in won, not dollars", client_hash="a")

    response = editor_client.get(reverse("admin:pledges_pledge_review_queue"), follow=True)

    assert [p.pk for p in response.context["cl"].result_list] == [unsure.pk, sure.pk, reported.pk]
    assert "1 open" in response.content.decode()


def test_the_change_form_shows_evidence_components_and_error_reports(editor_client):
    package = PledgeFactory(title="Korea package")
    PledgeFactory(title="Hyundai part", parent=package)
    article = ArticleFactory(title="Seoul pledges $350bn")
    EvidenceFactory(pledge=package, article=article, quote="Korea will invest $350 billion.")
    ErrorReport.objects.create(pledge=package, message="The amount was revised", client_hash="a")
    content = editor_client.get(change_url(package)).content.decode()
    assert "Korea will invest $350 billion." in content
    assert "Seoul pledges $350bn" in content
    assert "Hyundai part" in content
    assert "The amount was revised" in content


# Protected fields


def test_an_editors_amount_change_locks_the_amount_and_converts_it_again(editor_client):
    pledge = PledgeFactory(amount=Decimal("26000000000"), amount_usd=Decimal("26000000000"))
    post_change(editor_client, pledge, amount="21000000000.00")
    pledge.refresh_from_db()
    assert pledge.amount == Decimal("21000000000")
    assert pledge.amount_usd == Decimal("21000000000")
    assert {"amount", "amount_usd", "currency"} <= set(pledge.locked_fields)
    assert "title" not in pledge.locked_fields
    assert pledge.history.first().history_change_reason == "Edited: amount"


def test_changing_sectors_locks_the_sectors(editor_client):
    pledge = PledgeFactory()
    chips = SectorFactory(slug="semiconductors")
    post_change(editor_client, pledge, sectors=[chips.pk])
    pledge.refresh_from_db()
    assert pledge.locked_fields == ["sectors"]
    assert list(pledge.sectors.all()) == [chips]


def test_locked_fields_are_marked_and_can_be_unlocked(editor_client):
    pledge = PledgeFactory(locked_fields=["status", "title"])
    content = editor_client.get(change_url(pledge)).content.decode()
    assert "Title 🔒" in content
    assert "Locked: set by an editor" in content
    assert 'name="unlock" value="status"' in content

    post_change(editor_client, pledge, unlock=["status"])

    pledge.refresh_from_db()
    assert pledge.locked_fields == ["title"]
    assert pledge.history.first().history_change_reason == "Unlocked: status"


def test_the_unlock_all_action_reports_how_many_rows_changed(editor_client):
    locked = PledgeFactory(locked_fields=["amount"])
    free = PledgeFactory()
    response = run_action(editor_client, "unlock_all_fields", [locked, free])
    assert "Unlocked the fields of 1 row(s)." in messages_of(response)
    locked.refresh_from_db()
    assert locked.locked_fields == []


def test_an_organization_edit_locks_the_changed_field(editor_client):
    organization = OrganizationFactory(name="Hyundai Motor")
    post_change(editor_client, organization, name="Hyundai Motor Group")
    organization.refresh_from_db()
    assert organization.locked_fields == ["name"]
    assert Organization.history.filter(id=organization.pk).count() == 2


# Review actions


def test_verify_reports_how_many_rows_it_changed(editor_client):
    pledges = [PledgeFactory(), PledgeFactory(), PledgeFactory(review_status=ReviewStatus.VERIFIED)]
    response = run_action(editor_client, "verify", pledges)
    assert "Verified 2 pledge(s)." in messages_of(response)
    assert Pledge.objects.filter(review_status=ReviewStatus.VERIFIED).count() == 3


def test_reject_asks_for_a_reason_then_rejects(editor_client):
    pledge = PledgeFactory()
    page = run_action(editor_client, "reject", [pledge])
    assert "Reject pledges" in page.content.decode()
    pledge.refresh_from_db()
    assert pledge.review_status == ReviewStatus.UNREVIEWED

    response = run_action(editor_client, "reject", [pledge], apply="1", reason="Sales forecast, not a pledge")

    assert "Rejected 1 pledge(s)." in messages_of(response)
    pledge.refresh_from_db()
    assert pledge.review_status == ReviewStatus.REJECTED
    assert pledge.history.first().history_change_reason == "Rejected: Sales forecast, not a pledge"


def test_the_merge_action_keeps_the_chosen_pledge_and_every_evidence_row(editor_client):
    survivor, duplicate = PledgeFactory(), PledgeFactory()
    EvidenceFactory(pledge=survivor)
    EvidenceFactory(pledge=duplicate)
    EvidenceFactory(pledge=duplicate)
    response = run_action(editor_client, "merge", [survivor, duplicate], apply="1", survivor=str(survivor.pk))
    assert f"Merged 1 pledge(s) into “{survivor.title}”; moved 2 evidence row(s)." in messages_of(response)
    assert list(Pledge.objects.all()) == [survivor]
    assert survivor.evidence.count() == 3


def test_the_merge_action_needs_exactly_one_pledge_to_keep(editor_client):
    first, second = PledgeFactory(), PledgeFactory()
    response = run_action(editor_client, "merge", [first, second], apply="1")
    assert "Choose exactly one pledge to keep." in response.content.decode()
    assert Pledge.objects.count() == 2


def test_the_set_parent_action_nests_the_selected_pledges(editor_client):
    package, first, second = PledgeFactory(), PledgeFactory(), PledgeFactory()
    response = run_action(editor_client, "set_parent", [first, second], apply="1", parent=str(package.pk))
    assert "Changed the package of 2 pledge(s)." in messages_of(response)
    assert set(package.components.all()) == {first, second}


# History


def test_an_editor_can_revert_a_pledge_to_an_earlier_version(editor_client):
    pledge = PledgeFactory(amount=Decimal("26000000000"), amount_usd=Decimal("26000000000"))
    first_version = pledge.history.earliest()
    post_change(editor_client, pledge, amount="1.00")
    pledge.refresh_from_db()
    assert pledge.amount == Decimal("1")

    url = reverse("admin:pledges_pledge_simple_history", args=[pledge.pk, first_version.history_id])
    response = editor_client.get(url)
    assert response.status_code == 200
    data = form_data(response)
    response = editor_client.post(url, data)
    assert response.status_code == 302

    pledge.refresh_from_db()
    assert pledge.amount == Decimal("26000000000")
    assert pledge.amount_usd == Decimal("26000000000")
    assert pledge.history.first().history_change_reason.startswith("Reverted")
    assert pledge.history.count() == 3


def test_reverting_a_pledge_restores_its_earlier_sectors(editor_client):
    chips = SectorFactory(slug="semiconductors", name="Semiconductors")
    ships = SectorFactory(slug="shipbuilding", name="Shipbuilding")
    pledge = PledgeFactory(sectors=[chips])
    pledge.save()  # a version that records the sectors
    first_version = pledge.history.first()
    pledge.sectors.set([ships])
    pledge.save()

    url = reverse("admin:pledges_pledge_simple_history", args=[pledge.pk, first_version.history_id])
    response = editor_client.get(url)
    data = form_data(response)
    assert data.get("sectors") in (["semiconductors"], "semiconductors")
    response = editor_client.post(url, data)
    assert response.status_code == 302
    assert list(pledge.sectors.values_list("slug", flat=True)) == ["semiconductors"]


def test_the_history_page_lists_who_changed_what(editor_client, editor):
    pledge = PledgeFactory()
    post_change(editor_client, pledge, status="reaffirmed")
    content = editor_client.get(reverse("admin:pledges_pledge_history", args=[pledge.pk])).content.decode()
    assert "editor" in content
    assert "Edited: status" in content


# Escaping


def test_a_title_containing_a_script_tag_is_shown_as_text(editor_client):
    pledge = PledgeFactory(title=SCRIPT_TITLE)
    article = ArticleFactory(title=SCRIPT_TITLE)
    EvidenceFactory(pledge=pledge, quote="<img src=x onerror=alert(1)> quote", article=article)
    for url in (reverse("admin:pledges_pledge_changelist"), change_url(pledge)):
        content = editor_client.get(url).content.decode()
        assert "<script>window.pwned" not in content
        assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;Hyundai" in content
        assert "<img src=x" not in content


def test_an_error_report_cannot_inject_markup_in_the_admin(editor_client, admin_client):
    pledge = PledgeFactory()
    ErrorReport.objects.create(
        pledge=pledge, message="<b>bold</b>", source_url="https://example.org/?q=<x>", client_hash="a"
    )
    for client in (editor_client, admin_client):
        content = client.get(reverse("admin:pledges_errorreport_changelist")).content.decode()
        assert "&lt;b&gt;bold&lt;/b&gt;" in content
        assert "<b>bold</b>" not in content


def test_the_admin_home_links_editors_to_the_review_queue(editor_client):
    content = editor_client.get(reverse("admin:index")).content.decode()
    assert f'href="{reverse("admin:pledges_pledge_review_queue")}"' in content
    assert "Open error reports" in content


def test_the_reports_column_links_to_that_pledges_open_reports(editor_client):
    pledge, other = PledgeFactory(), PledgeFactory()
    mine = ErrorReport.objects.create(pledge=pledge, message="Wrong date", client_hash="a")
    ErrorReport.objects.create(pledge=other, message="Wrong country", client_hash="b")
    ErrorReport.objects.create(pledge=pledge, message="Old", client_hash="c", status=ErrorReport.Status.RESOLVED)
    url = f"{reverse('admin:pledges_errorreport_changelist')}?pledge__id__exact={pledge.pk}&status__exact=open"
    assert url.replace("&", "&amp;") in editor_client.get(reverse("admin:pledges_pledge_changelist")).content.decode()
    assert list(editor_client.get(url).context["cl"].result_list) == [mine]


def test_an_edited_amount_updates_and_locks_a_machine_made_title(editor_client):
    pledge = PledgeFactory(
        title="Hyundai Motor Group: $26B in the United States", amount=Decimal("26e9"), amount_usd=Decimal("26e9")
    )
    post_change(editor_client, pledge, amount="21000000000.00")
    pledge.refresh_from_db()
    assert pledge.title == "Hyundai Motor Group: $21B in the United States"
    assert "title" in pledge.locked_fields
