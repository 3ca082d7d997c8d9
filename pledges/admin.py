"""The editors' side of the site: review queue, corrections that lock fields, merging, history and reports.

The admin stays thin: every operation is a plain function in pledges.corrections
(verify, reject, set parent, merge, lock, unlock), called here with the editor
as the author so django-simple-history records who did what.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from pledges import corrections
from pledges.choices import ReviewStatus
from pledges.formatting import format_money, format_usd
from pledges.models import Country, ErrorReport, Evidence, Organization, Pledge, PledgeLink, Sector

LOCK_MARK = "🔒"
REVIEW_QUEUE = "review"


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "alpha3", "name", "region", "is_bloc"]
    list_filter = ["region", "is_bloc"]
    search_fields = ["code", "alpha3", "name", "aliases"]
    readonly_fields = ["loaded_values"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "group", "display_order"]
    list_filter = ["group"]
    search_fields = ["slug", "name", "keywords"]
    readonly_fields = ["loaded_values"]


# Locked fields ------------------------------------------------------------------------------------------------------


class LockingForm(forms.ModelForm):
    """A change form that marks locked fields and offers to unlock them."""

    unlock = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Unlock",
        help_text="Ticked fields go back to the machine: re-extraction may update them again.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locked = list(self.instance.locked_fields or []) if self.instance.pk else []
        self.fields["unlock"].choices = [(name, self._label(name)) for name in locked]
        for name in locked:
            if name in self.fields:
                field = self.fields[name]
                field.label = f"{field.label or self._label(name)} {LOCK_MARK}"
                note = "Locked: set by an editor; the machine will not change it."
                field.help_text = f"{note} {field.help_text}" if field.help_text else note

    def _label(self, name):
        try:
            return str(self._meta.model._meta.get_field(name).verbose_name).capitalize()
        except FieldDoesNotExist:
            return name


class LockingAdmin(SimpleHistoryAdmin):
    """Every field an editor changes is locked; ticked fields are unlocked. Used for pledges and organizations."""

    form = LockingForm
    actions = ["unlock_all_fields"]

    def editable_field_names(self):
        opts = self.model._meta
        return {f.name for f in [*opts.concrete_fields, *opts.many_to_many] if f.editable}

    def changed_fields(self, obj, form) -> list[str]:
        """What the editor changed: the form's changed fields, plus any field that differs from the stored row
        (a revert from the history page submits old values as the form's initial values)."""
        names = self.editable_field_names() - {"locked_fields"}
        changed = {name for name in form.changed_data if name in names}
        if obj.pk:
            stored = type(obj).objects.filter(pk=obj.pk).first()
            if stored is not None:
                for field in obj._meta.concrete_fields:
                    if field.name in names and getattr(obj, field.attname) != getattr(stored, field.attname):
                        changed.add(field.name)
        return sorted(changed)

    def save_model(self, request, obj, form, change):
        changed = self.changed_fields(obj, form)
        if isinstance(obj, Pledge) and change:
            stored = Pledge.objects.filter(pk=obj.pk).values("title", "amount_usd").first()
            corrections.convert_edited_amount(obj, changed)
            if stored and "title" not in changed and corrections.retitle_edited_amount(obj, stored["amount_usd"]):
                changed = sorted({*changed, "title"})
        locks = corrections.fields_to_lock(obj, changed)
        unlock = [name for name in form.cleaned_data.get("unlock", []) if name not in locks]
        corrections.lock_fields(obj, locks)
        corrections.unlock_fields(obj, unlock)
        parts = []
        if "/history/" in request.path:
            parts.append("Reverted")
        if changed:
            parts.append("Edited: " + ", ".join(changed))
        if unlock:
            parts.append("Unlocked: " + ", ".join(unlock))
        if parts:
            obj._change_reason = "; ".join(parts)[: corrections.REASON_LENGTH]
        super().save_model(request, obj, form, change)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # django-simple-history fills the revert form from the historical row, but many-to-many fields would
        # show today's values; get_form takes them from the version's own m2m history, so a revert restores them.
        key = {self.model._meta.pk.attname: object_id, "history_id": version_id}
        request.reverting_to = self.model.history.filter(**key).first()
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        version = getattr(request, "reverting_to", None)
        if version is None:
            return form_class
        initial = {
            field.name: list(getattr(version, field.name).values_list(field.m2m_reverse_field_name(), flat=True))
            for field in self.model._meta.many_to_many
            if hasattr(version, field.name)
        }

        class RevertForm(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.initial.update({name: value for name, value in initial.items() if name in self.fields})

        return RevertForm

    @admin.display(description="Locked fields (set by editors)")
    def locked_fields_list(self, obj):
        if not obj or not obj.locked_fields:
            return "None: the machine may update every field."
        return format_html_join(
            " ", "<span class='locked-field'>{} {}</span>", ((LOCK_MARK, n) for n in obj.locked_fields)
        )

    @admin.action(description="Unlock all fields of the selected rows (let the machine update them)")
    def unlock_all_fields(self, request, queryset):
        count = 0
        for obj in queryset.exclude(locked_fields=[]):
            corrections.unlock_fields(obj, list(obj.locked_fields))
            obj._history_user = request.user
            obj._change_reason = "Unlocked all fields"
            obj.save()
            count += 1
        self.message_user(request, f"Unlocked the fields of {count} row(s).", messages.SUCCESS)


# Organizations ------------------------------------------------------------------------------------------------------


@admin.register(Organization)
class OrganizationAdmin(LockingAdmin):
    list_display = ["name", "country", "kind", "parent", "locked_count"]
    list_filter = ["kind", "country__region", ("country", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "aliases"]
    autocomplete_fields = ["country", "parent", "sectors"]
    readonly_fields = ["locked_fields_list", "loaded_values", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "aliases", "country", "kind", "parent", "sectors"]}),
        ("Protected fields", {"fields": ["locked_fields_list", "unlock"]}),
        ("Bookkeeping", {"classes": ["collapse"], "fields": ["loaded_values", "created_at", "updated_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("country", "parent")

    @admin.display(description="locked")
    def locked_count(self, obj):
        return len(obj.locked_fields or [])


# Pledges ------------------------------------------------------------------------------------------------------------


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["quote", "article", "article_link", "article_date", "amount_usd_stated"]
    readonly_fields = ["article_link", "article_date"]
    autocomplete_fields = ["article"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")

    @admin.display(description="source")
    def article_link(self, obj):
        if not obj.pk:
            return ""
        article = obj.article
        admin_url = reverse("admin:ingest_article_change", args=[article.pk])
        if article.url:
            return format_html(
                '<a href="{}">{}</a> · <a href="{}" rel="noopener noreferrer">original</a>',
                admin_url,
                article.title or "article",
                article.url,
            )
        return format_html('<a href="{}">{}</a>', admin_url, article.title or "article")

    @admin.display(description="published")
    def article_date(self, obj):
        return obj.article.published_on if obj.pk else ""


class ComponentInline(admin.TabularInline):
    """Pledges inside this package; attach more with the "Set parent package" action."""

    model = Pledge
    fk_name = "parent"
    verbose_name = "component pledge"
    verbose_name_plural = "component pledges"
    extra = 0
    fields = ["title", "amount_usd_display", "status", "review_status"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="amount")
    def amount_usd_display(self, obj):
        return format_usd(obj.amount_usd)


class ErrorReportInline(admin.TabularInline):
    model = ErrorReport
    extra = 0
    fields = ["created_at", "message", "source_link", "status", "editor_note"]
    readonly_fields = ["created_at", "message", "source_link"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="source link")
    def source_link(self, obj):
        if not obj.source_url:
            return "—"
        return format_html('<a href="{}" rel="noopener noreferrer nofollow">{}</a>', obj.source_url, obj.source_url)


class ReviewQueueFilter(admin.SimpleListFilter):
    """Unreviewed pledges and pledges with open error reports, lowest confidence first."""

    title = "queue"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [(REVIEW_QUEUE, "Review queue")]

    def queryset(self, request, queryset):
        if self.value() == REVIEW_QUEUE:
            return queryset.filter(
                Q(review_status=ReviewStatus.UNREVIEWED) | Q(error_reports__status=ErrorReport.Status.OPEN)
            ).distinct()
        return queryset


class ConfidenceBandFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence_band"
    BANDS = {
        "low": ("Low (below 0.5)", Q(confidence__lt=0.5)),
        "medium": ("Medium (0.5–0.8)", Q(confidence__gte=0.5, confidence__lt=0.8)),
        "high": ("High (0.8 and above)", Q(confidence__gte=0.8)),
    }

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _) in self.BANDS.items()]

    def queryset(self, request, queryset):
        band = self.BANDS.get(self.value())
        return queryset.filter(band[1]) if band else queryset


class HasParentFilter(admin.SimpleListFilter):
    title = "package"
    parameter_name = "has_parent"

    def lookups(self, request, model_admin):
        return [("yes", "Inside a package"), ("no", "Top-level")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(parent__isnull=False)
        if self.value() == "no":
            return queryset.filter(parent__isnull=True)
        return queryset


class RejectForm(forms.Form):
    reason = forms.CharField(
        max_length=corrections.REASON_LENGTH - len("Rejected: "),
        widget=forms.TextInput(attrs={"size": 80}),
        help_text="Kept in each pledge's history.",
    )


def _pledge_chooser(label, help_text, required=True):
    return forms.ModelChoiceField(
        queryset=Pledge.objects.all(),
        required=required,
        label=label,
        help_text=help_text,
        widget=AutocompleteSelect(Pledge._meta.get_field("parent"), admin.site),
    )


class MergeForm(forms.Form):
    survivor = forms.ModelChoiceField(
        queryset=Pledge.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        label="Keep this pledge",
        help_text="The others are merged into it and deleted; their evidence, sources and history move to it.",
    )
    other = _pledge_chooser(
        "Or merge all the selected pledges into",
        "Another pledge, not among those selected.",
        required=False,
    )

    def __init__(self, *args, selected=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = selected

    def clean(self):
        data = super().clean()
        if bool(data.get("survivor")) == bool(data.get("other")):
            raise forms.ValidationError("Choose exactly one pledge to keep.")
        return data


class ParentForm(forms.Form):
    parent = _pledge_chooser(
        "Package", "The national package the selected pledges belong to. Leave empty to take them out.", False
    )


@admin.register(Pledge)
class PledgeAdmin(LockingAdmin):
    list_display = [
        "title",
        "investor",
        "recipient_country",
        "amount_in_usd",
        "amount_as_stated",
        "sector_list",
        "kind",
        "status",
        "review_status",
        "confidence",
        "sources",
        "open_reports",
        "announced_on",
    ]
    list_filter = [
        ReviewQueueFilter,
        "review_status",
        ConfidenceBandFilter,
        "kind",
        "status",
        HasParentFilter,
        ("investor_country", admin.RelatedOnlyFieldListFilter),
        ("recipient_country", admin.RelatedOnlyFieldListFilter),
        ("sectors", admin.RelatedOnlyFieldListFilter),
        "include_in_totals",
    ]
    search_fields = ["title", "summary", "organizations__name", "evidence__quote"]
    autocomplete_fields = ["investor_country", "recipient_country", "organizations", "sectors", "parent"]
    date_hierarchy = "announced_on"
    list_per_page = 50
    readonly_fields = ["locked_fields_list", "include_in_totals", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "summary", "investor_country", "recipient_country", "organizations", "sectors"]}),
        (
            "Amount",
            {
                "fields": [
                    ("amount", "currency", "qualifier"),
                    ("amount_low", "amount_high"),
                    "amount_usd",
                    ("usd_rate", "rate_date", "rate_source"),
                ],
                "description": "Change the amount or currency and leave the USD figure: it is converted again.",
            },
        ),
        (
            "Classification",
            {"fields": ["kind", "status", "novelty", "announced_on", ("period_start", "period_end"), "parent"]},
        ),
        ("Review", {"fields": ["review_status", "confidence", "include_in_totals"]}),
        ("Protected fields", {"fields": ["locked_fields_list", "unlock"]}),
        ("Bookkeeping", {"classes": ["collapse"], "fields": ["created_at", "updated_at"]}),
    ]
    inlines = [ErrorReportInline, EvidenceInline, ComponentInline]
    actions = ["verify", "reject", "merge", "set_parent", "unlock_all_fields"]

    def get_urls(self):
        queue = path(
            "review/",
            self.admin_site.admin_view(self.review_queue_view),
            name="pledges_pledge_review_queue",
        )
        return [queue, *super().get_urls()]

    def review_queue_view(self, request):
        url = reverse("admin:pledges_pledge_changelist")
        return HttpResponseRedirect(f"{url}?queue={REVIEW_QUEUE}")

    def get_queryset(self, request):
        open_reports = Count("error_reports", filter=Q(error_reports__status=ErrorReport.Status.OPEN), distinct=True)
        return (
            super()
            .get_queryset(request)
            .select_related("investor_country", "recipient_country")
            .prefetch_related("sectors", Prefetch("organizations", queryset=Organization.objects.only("name")))
            .annotate(source_count=Count("evidence__article", distinct=True), open_report_count=open_reports)
        )

    def get_ordering(self, request):
        if request.GET.get("queue") == REVIEW_QUEUE:
            return ["confidence", "-announced_on", "pk"]
        return super().get_ordering(request)

    # Columns

    @admin.display(description="investor", ordering="investor_country__name")
    def investor(self, obj):
        names = ", ".join(o.name for o in obj.organizations.all())
        return f"{names} ({obj.investor_country})" if names else str(obj.investor_country)

    @admin.display(description="amount (USD)", ordering="amount_usd")
    def amount_in_usd(self, obj):
        return format_usd(obj.amount_usd)

    @admin.display(description="as stated", ordering="amount")
    def amount_as_stated(self, obj):
        prefix = "" if obj.qualifier == "exact" else f"{obj.get_qualifier_display().lower()} "
        return f"{prefix}{format_money(obj.amount, obj.currency)}"

    @admin.display(description="sectors")
    def sector_list(self, obj):
        return ", ".join(s.name for s in obj.sectors.all()) or "—"

    @admin.display(description="sources", ordering="source_count")
    def sources(self, obj):
        return obj.source_count

    @admin.display(description="reports", ordering="open_report_count")
    def open_reports(self, obj):
        if not obj.open_report_count:
            return "—"
        url = reverse("admin:pledges_errorreport_changelist")
        return format_html(
            '<a href="{}?pledge__id__exact={}&amp;status__exact=open">{} open</a>', url, obj.pk, obj.open_report_count
        )

    # Actions

    @admin.action(description="Verify selected pledges", permissions=["change"])
    def verify(self, request, queryset):
        count = corrections.verify_pledges(queryset, by=request.user)
        self.message_user(request, f"Verified {count} pledge(s).", messages.SUCCESS)

    @admin.action(description="Reject selected pledges (with a reason)…", permissions=["change"])
    def reject(self, request, queryset):
        form = RejectForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            count = corrections.reject_pledges(queryset, form.cleaned_data["reason"], by=request.user)
            self.message_user(request, f"Rejected {count} pledge(s).", messages.SUCCESS)
            return None
        return self._action_page(request, queryset, form, "reject", "Reject pledges")

    @admin.action(description="Merge selected pledges into one…", permissions=["change"])
    def merge(self, request, queryset):
        form = MergeForm(request.POST if "apply" in request.POST else None, selected=queryset)
        if form.is_valid():
            survivor = form.cleaned_data["survivor"] or form.cleaned_data["other"]
            moved = merged = 0
            with transaction.atomic():
                for duplicate in queryset.exclude(pk=survivor.pk):
                    result = corrections.merge_pledges(survivor, duplicate, by=request.user)
                    moved += result.evidence_moved
                    merged += 1
            self.message_user(
                request,
                f"Merged {merged} pledge(s) into “{survivor}”; moved {moved} evidence row(s).",
                messages.SUCCESS,
            )
            return None
        return self._action_page(request, queryset, form, "merge", "Merge pledges")

    @admin.action(description="Set parent package of selected pledges…", permissions=["change"])
    def set_parent(self, request, queryset):
        form = ParentForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            try:
                count = corrections.set_parent(queryset, form.cleaned_data["parent"], by=request.user)
            except ValueError as error:
                self.message_user(request, str(error), messages.ERROR)
                return None
            self.message_user(request, f"Changed the package of {count} pledge(s).", messages.SUCCESS)
            return None
        return self._action_page(request, queryset, form, "set_parent", "Set parent package")

    def _action_page(self, request, queryset, form, action, title):
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "queryset": queryset,
            "form": form,
            "media": self.media + form.media,
            "action": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/pledges/pledge/action_form.html", context)


@admin.register(PledgeLink)
class PledgeLinkAdmin(admin.ModelAdmin):
    list_display = ["from_pledge", "kind", "to_pledge", "created_at"]
    list_filter = ["kind"]
    search_fields = ["from_pledge__title", "to_pledge__title", "note"]
    autocomplete_fields = ["from_pledge", "to_pledge"]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["quote", "pledge", "article", "created_at"]
    search_fields = ["quote", "pledge__title", "article__title"]
    autocomplete_fields = ["pledge", "article"]
    list_select_related = ["pledge", "article"]


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    list_display = ["created_at", "pledge", "short_message", "source_link", "status"]
    list_filter = ["status", "created_at"]
    search_fields = ["message", "source_url", "pledge__title"]
    list_select_related = ["pledge"]
    readonly_fields = ["pledge", "message", "source_link", "created_at", "resolved_at"]
    fields = ["pledge", "message", "source_link", "created_at", "status", "editor_note", "resolved_at"]
    actions = ["mark_resolved", "mark_dismissed"]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.resolved_at = None if obj.status == ErrorReport.Status.OPEN else timezone.now()
        super().save_model(request, obj, form, change)

    @admin.display(description="message")
    def short_message(self, obj):
        return obj.message if len(obj.message) <= 120 else obj.message[:119] + "…"

    @admin.display(description="source link")
    def source_link(self, obj):
        if not obj.source_url:
            return "—"
        return format_html('<a href="{}" rel="noopener noreferrer nofollow">{}</a>', obj.source_url, obj.source_url)

    def _close(self, request, queryset, status):
        count = queryset.filter(status=ErrorReport.Status.OPEN).update(status=status, resolved_at=timezone.now())
        self.message_user(request, f"Marked {count} report(s) as {status}.", messages.SUCCESS)

    @admin.action(description="Mark selected reports as resolved", permissions=["change"])
    def mark_resolved(self, request, queryset):
        self._close(request, queryset, ErrorReport.Status.RESOLVED)

    @admin.action(description="Dismiss selected reports", permissions=["change"])
    def mark_dismissed(self, request, queryset):
        self._close(request, queryset, ErrorReport.Status.DISMISSED)
