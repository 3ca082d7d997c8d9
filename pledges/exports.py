"""Filtered pledges as CSV and JSON, streamed row by row so 100,000 pledges never sit in memory.

`export_queryset` is shared with the JSON API: one row per pledge, with its sectors and organizations
gathered by subqueries (no query per row) and `counted_usd`, the pledge's own money in the totals
(see pledges.aggregates), so summing that column gives the dashboard's total without double counting.
"""

import csv
import json

from django.contrib.postgres.aggregates import StringAgg
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import DecimalField, F, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce, Greatest
from django.http import StreamingHttpResponse
from django.utils import timezone

from pledges.filtersets import SCOPE_COUNTED
from pledges.models import Organization, Pledge

COLUMNS = [
    "id",
    "title",
    "investor_country",
    "investor_country_name",
    "recipient_country",
    "recipient_country_name",
    "amount",
    "currency",
    "qualifier",
    "amount_usd",
    "counted_usd",
    "include_in_totals",
    "kind",
    "status",
    "review_status",
    "novelty",
    "announced_on",
    "period_start",
    "period_end",
    "parent_id",
    "sectors",
    "organizations",
]

CHUNK_SIZE = 2000
SEPARATOR = "; "


def export_queryset(queryset, *, scope=SCOPE_COUNTED):
    """`queryset` as `.values()` rows with the export columns, in the queryset's order (newest first if none)."""
    sector_through = Pledge.sectors.through.objects.filter(pledge_id=OuterRef("pk"))
    sectors = (
        sector_through.values("pledge_id")
        .annotate(names=StringAgg("sector_id", SEPARATOR, order_by="sector_id"))
        .values("names")
    )
    organization_names = (
        Organization.objects.filter(pledges=OuterRef("pk"))
        .values("pledges")
        .annotate(names=StringAgg("name", SEPARATOR, order_by="name"))
        .values("names")
    )
    components = Pledge.objects.filter(parent=OuterRef("pk"))
    if scope == SCOPE_COUNTED:
        components = components.filter(include_in_totals=True)
    components_usd = components.values("parent").annotate(usd=Sum("amount_usd")).values("usd")
    money = DecimalField(max_digits=24, decimal_places=2)
    return (
        queryset.annotate(
            investor_country_name=F("investor_country__name"),
            recipient_country_name=F("recipient_country__name"),
            sectors_joined=Subquery(sectors),
            organizations_joined=Subquery(organization_names),
            counted_usd=Greatest(
                F("amount_usd") - Coalesce(Subquery(components_usd, output_field=money), Value(0, money)),
                Value(0, money),
                output_field=money,
            ),
        )
        .order_by(*(queryset.query.order_by or ["-announced_on", "-pk"]))
        .values(
            *[c for c in COLUMNS if c not in ("sectors", "organizations", "investor_country", "recipient_country")],
            "investor_country_id",
            "recipient_country_id",
            "sectors_joined",
            "organizations_joined",
        )
    )


def export_row(values: dict) -> dict:
    """One export row, with the column names of COLUMNS and lists for sectors and organizations."""
    row = {name: values.get(name) for name in COLUMNS}
    row["investor_country"] = values["investor_country_id"]
    row["recipient_country"] = values["recipient_country_id"]
    row["sectors"] = values["sectors_joined"].split(SEPARATOR) if values["sectors_joined"] else []
    row["organizations"] = values["organizations_joined"].split(SEPARATOR) if values["organizations_joined"] else []
    return row


def iter_rows(queryset, *, scope=SCOPE_COUNTED):
    # A server-side cursor: rows come from PostgreSQL in chunks instead of all at once.
    for values in export_queryset(queryset, scope=scope).iterator(chunk_size=CHUNK_SIZE):
        yield export_row(values)


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value):
        return value


def _filename(extension: str) -> str:
    return f"pledges-{timezone.now():%Y%m%d-%H%M}.{extension}"


def iter_csv(queryset, *, scope=SCOPE_COUNTED):
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(COLUMNS)  # the BOM lets spreadsheet programs read UTF-8
    for row in iter_rows(queryset, scope=scope):
        row["sectors"] = SEPARATOR.join(row["sectors"])
        row["organizations"] = SEPARATOR.join(row["organizations"])
        yield writer.writerow([row[name] for name in COLUMNS])


def iter_json(queryset, *, scope=SCOPE_COUNTED, meta=None):
    encoder = DjangoJSONEncoder()
    yield '{"meta": ' + encoder.encode(meta or {}) + ', "pledges": ['
    first = True
    for row in iter_rows(queryset, scope=scope):
        yield ("" if first else ",\n") + encoder.encode(row)
        first = False
    yield "]}\n"


def csv_response(queryset, *, scope=SCOPE_COUNTED) -> StreamingHttpResponse:
    response = StreamingHttpResponse(iter_csv(queryset, scope=scope), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    return response


def json_response(queryset, *, scope=SCOPE_COUNTED, meta=None) -> StreamingHttpResponse:
    response = StreamingHttpResponse(iter_json(queryset, scope=scope, meta=meta), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{_filename("json")}"'
    return response


def dumps(value) -> str:
    return json.dumps(value, cls=DjangoJSONEncoder)
