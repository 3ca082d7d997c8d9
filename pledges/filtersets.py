"""The one FilterSet behind the pledge table, the charts, the headline figures, the exports and the API.

Every filter is a query-string parameter, so a filtered view is a link. Invalid values become messages
on the form (django-filter then leaves that filter out) rather than server errors.
"""

import re
from decimal import Decimal, InvalidOperation

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import Q
from django.utils.html import format_html, format_html_join

from pledges.choices import PledgeKind, PledgeStatus, ReviewStatus
from pledges.models import Country, Evidence, Organization, Pledge, Sector

SEARCH_CONFIG = "english"

SCOPE_COUNTED = "counted"
SCOPE_ALL = "all"
SCOPE_EXCLUDED = "excluded"
SCOPE_CHOICES = [
    (SCOPE_COUNTED, "Counted in investment totals"),
    (SCOPE_ALL, "All pledges, including those left out of totals"),
    (SCOPE_EXCLUDED, "Only pledges left out of totals"),
]

SORT_FIELDS = {
    "amount_usd": "Amount",
    "announced_on": "Announced",
    "title": "Title",
    "investor_country__name": "Investor",
    "recipient_country__name": "Recipient",
}

_AMOUNT_RE = re.compile(r"^\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([kmbt]|thousand|million|billion|trillion)?$", re.I)
_MULTIPLIERS = {"k": 10**3, "thousand": 10**3, "m": 10**6, "million": 10**6, "b": 10**9, "billion": 10**9}
_MULTIPLIERS |= {"t": 10**12, "trillion": 10**12}


def parse_amount(text: str) -> Decimal:
    """'1.5B' -> 1500000000, '$850m' -> 850000000, '2,000,000' -> 2000000. ValueError when unreadable."""
    match = _AMOUNT_RE.match(text.strip())
    if not match:
        raise ValueError(text)
    number, unit = match.groups()
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation as error:
        raise ValueError(text) from error
    return value * _MULTIPLIERS[unit.lower()] if unit else value


class AmountField(forms.CharField):
    """A USD amount typed the way people write it: 500M, 1.5B, 150 billion, 2000000."""

    def clean(self, value):
        value = super().clean(value)
        if value in ("", None):
            return None
        try:
            return parse_amount(value)
        except ValueError:
            raise forms.ValidationError(
                "Enter an amount in US dollars, such as 500M, 1.5B or 2000000 (got “%(value)s”).",
                code="invalid_amount",
                params={"value": value[:40]},
            ) from None


class AmountFilter(django_filters.Filter):
    field_class = AmountField


class OrganizationField(forms.CharField):
    """An organization given by id (links from organization pages) or by its exact name or alias."""

    def clean(self, value):
        value = super().clean(value)
        if value in ("", None):
            return None
        value = value.strip()
        found = None
        if value.isdigit():
            found = Organization.objects.filter(pk=int(value)).first()
        if found is None:
            found = (
                Organization.objects.filter(Q(name__iexact=value) | Q(aliases__contains=[value])).order_by("pk").first()
            )
        if found is None:
            raise forms.ValidationError(
                "No organization is called “%(value)s”; check the spelling or use the search box.",
                code="unknown_organization",
                params={"value": value[:80]},
            )
        return found


class OrganizationFilter(django_filters.Filter):
    field_class = OrganizationField


class FastSelect(forms.Select):
    """A <select> rendered in Python rather than through one template per <option>.

    Three country lists of 250 options each took most of a dashboard page's time with the
    template-based widget; this renders the same markup in about a millisecond.
    """

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        chosen = {str(v) for v in (value if isinstance(value, list | tuple) else [value]) if v not in (None, "")}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (key, " selected" if key in chosen else "", label)
                for key, label in ((str(option_value), option_label) for option_value, option_label in self.choices)
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            format_html_join("", ' {}="{}"', ((k, v) for k, v in attrs.items() if v not in (None, False))),
            options,
        )


def _country_filter(label):
    return django_filters.ModelChoiceFilter(
        label=label,
        queryset=Country.objects.only("code", "name"),
        to_field_name="code",
        empty_label="Any",
        widget=FastSelect,
        method="filter_country",
        error_messages={"invalid_choice": "“%(value)s” is not a country we know; pick one from the list."},
    )


def _choice_filter(label, choices):
    return django_filters.ChoiceFilter(label=label, choices=choices, empty_label="Any", widget=FastSelect)


def sector_group_choices():
    return [(group, group) for group in Sector.objects.order_by("group").values_list("group", flat=True).distinct()]


class PledgeFilterForm(forms.Form):
    """Cross-field checks: a date range and an amount range must be in order."""

    def clean(self):
        data = super().clean()
        start, end = data.get("announced_from"), data.get("announced_to")
        if start and end and start > end:
            self.add_error("announced_to", "The end date is before the start date.")
        low, high = data.get("usd_min"), data.get("usd_max")
        if low is not None and high is not None and low > high:
            self.add_error("usd_max", "The maximum amount is below the minimum.")
        return data


class PledgeFilterSet(django_filters.FilterSet):
    """Filters for pledges; `qs` is what the table, charts, headline figures, exports and API all show."""

    q = django_filters.CharFilter(label="Search", method="filter_search", max_length=200)
    investor = _country_filter("Investor country")
    recipient = _country_filter("Recipient country")
    either = _country_filter("Either side")
    sector = django_filters.ModelChoiceFilter(
        label="Sector",
        queryset=Sector.objects.all(),
        empty_label="Any",
        widget=FastSelect,
        method="filter_sector",
        error_messages={"invalid_choice": "“%(value)s” is not a sector we know; pick one from the list."},
    )
    sector_group = django_filters.ChoiceFilter(
        label="Sector group",
        choices=sector_group_choices,
        empty_label="Any",
        method="filter_sector_group",
        widget=FastSelect,
    )
    organization = OrganizationFilter(label="Organization", method="filter_organization")
    kind = _choice_filter("Kind", PledgeKind.choices)
    status = _choice_filter("Status", PledgeStatus.choices)
    review_status = _choice_filter("Review", ReviewStatus.choices)
    announced_from = django_filters.DateFilter(
        label="Announced from",
        field_name="announced_on",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    announced_to = django_filters.DateFilter(
        label="Announced to",
        field_name="announced_on",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    usd_min = AmountFilter(label="Min. USD", field_name="amount_usd", lookup_expr="gte")
    usd_max = AmountFilter(label="Max. USD", field_name="amount_usd", lookup_expr="lte")
    scope = django_filters.ChoiceFilter(
        label="Which pledges", choices=SCOPE_CHOICES, empty_label=None, method="filter_nothing", widget=FastSelect
    )
    sort = django_filters.OrderingFilter(
        label="Sort by", fields={name: name for name in SORT_FIELDS}, field_labels=SORT_FIELDS
    )

    class Meta:
        model = Pledge
        fields = []
        form = PledgeFilterForm

    def __init__(self, data=None, *args, **kwargs):
        # Always bound: with no parameters the defaults (counted pledges only) still apply.
        super().__init__(data if data is not None else {}, *args, **kwargs)
        for name in ("usd_min", "usd_max"):
            self.form.fields[name].widget.attrs["placeholder"] = "e.g. 500M, 1.5B"
        self.form.fields["q"].widget.attrs["type"] = "search"
        self.form.fields["organization"].widget.attrs["placeholder"] = "Name or id"

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return self._apply_scope(queryset, self.form.cleaned_data.get("scope") or SCOPE_COUNTED)

    def with_scope(self, scope: str):
        """The same filters over a different scope (e.g. every pledge, for the purchases figure), validated once."""
        self.errors  # noqa: B018 - validates the form so that cleaned_data exists
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            queryset = self.filters[name].filter(queryset, value)
        return self._apply_scope(queryset, scope)

    @property
    def ordered_qs(self):
        """`qs` in the chosen sort order (newest first by default), with the id breaking ties so pages are stable."""
        queryset = self.qs
        order = list(queryset.query.order_by) or ["-announced_on", "-amount_usd"]
        return queryset.order_by(*order, "-pk")

    @staticmethod
    def _apply_scope(queryset, scope):
        if scope == SCOPE_COUNTED:
            return queryset.filter(include_in_totals=True)
        if scope == SCOPE_EXCLUDED:
            return queryset.filter(include_in_totals=False)
        return queryset

    @property
    def chosen_scope(self) -> str:
        """Which pledges the figures cover: counted ones unless the visitor asked for more."""
        self.errors  # noqa: B018 - validates the form so that cleaned_data exists
        return self.form.cleaned_data.get("scope") or SCOPE_COUNTED

    def filter_nothing(self, queryset, name, value):
        # `scope` is applied in filter_queryset so that its default applies when the parameter is absent.
        return queryset

    def filter_country(self, queryset, name, value):
        if name == "investor":
            return queryset.filter(investor_country=value)
        if name == "recipient":
            return queryset.filter(recipient_country=value)
        return queryset.filter(Q(investor_country=value) | Q(recipient_country=value))

    def filter_sector(self, queryset, name, value):
        # A subquery rather than a join: a pledge with two matching sectors must still appear once.
        through = Pledge.sectors.through.objects.filter(sector=value)
        return queryset.filter(pk__in=through.values("pledge_id"))

    def filter_sector_group(self, queryset, name, value):
        through = Pledge.sectors.through.objects.filter(sector__group=value)
        return queryset.filter(pk__in=through.values("pledge_id"))

    def filter_organization(self, queryset, name, value):
        through = Pledge.organizations.through.objects.filter(organization=value)
        return queryset.filter(pk__in=through.values("pledge_id"))

    def filter_search(self, queryset, name, value):
        """PostgreSQL full-text search over title and summary, organization names and evidence quotes.

        The vectors are written exactly as the GIN indexes on Pledge and Evidence declare them, so
        PostgreSQL can use those indexes.
        """
        query = SearchQuery(value, config=SEARCH_CONFIG, search_type="websearch")
        in_text = Pledge.objects.annotate(document=SearchVector("title", "summary", config=SEARCH_CONFIG)).filter(
            document=query
        )
        in_evidence = Evidence.objects.annotate(document=SearchVector("quote", config=SEARCH_CONFIG)).filter(
            document=query
        )
        organizations = Organization.objects.annotate(document=SearchVector("name", config=SEARCH_CONFIG)).filter(
            document=query
        )
        by_organization = Pledge.organizations.through.objects.filter(organization__in=organizations.values("pk"))
        return queryset.filter(
            Q(pk__in=in_text.values("pk"))
            | Q(pk__in=in_evidence.values("pledge_id"))
            | Q(pk__in=by_organization.values("pledge_id"))
        )
