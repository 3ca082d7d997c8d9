from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pledges.models import Country, Evidence, Organization, Pledge, PledgeLink, Sector


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


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "country", "kind", "parent"]
    list_filter = ["kind", "country__region", "country"]
    search_fields = ["name", "aliases"]
    autocomplete_fields = ["country", "parent", "sectors"]
    readonly_fields = ["loaded_values", "created_at", "updated_at"]


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    autocomplete_fields = ["article"]


@admin.register(Pledge)
class PledgeAdmin(SimpleHistoryAdmin):
    list_display = [
        "title",
        "investor_country",
        "recipient_country",
        "amount_usd",
        "kind",
        "status",
        "review_status",
        "confidence",
        "announced_on",
    ]
    list_filter = ["kind", "status", "review_status", "include_in_totals", "sectors", "investor_country"]
    search_fields = ["title", "summary", "organizations__name", "evidence__quote"]
    autocomplete_fields = ["investor_country", "recipient_country", "organizations", "sectors", "parent"]
    date_hierarchy = "announced_on"
    readonly_fields = ["include_in_totals", "created_at", "updated_at"]
    inlines = [EvidenceInline]


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
