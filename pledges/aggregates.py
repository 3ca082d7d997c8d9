"""Dashboard figures computed in PostgreSQL: one SQL statement per set of figures, whatever the number of pledges.

The filtered queryset (from PledgeFilterSet) becomes a subquery of the few columns the figures need,
joined to each pledge's PledgeRollup row (its sector slugs, organization and article ids, kept by
database triggers) so that no figure joins a link table; every figure is a GROUP BY (and the
running total a window function) over it, returned as JSON columns of a single row.
cached_figures keeps the result per filter until the data changes.

How money is counted once (pledges.totals.RULE_IN_ONE_SENTENCE states it for people):
each pledge contributes its *own money*: its USD amount minus the amounts of its counted components,
never below zero. A package of $150B with $26B and $20B components contributes $104B itself, and its
components contribute $26B and $20B, so any sum over any filter counts the $150B once. In the sector
chart a package's own money is "Unallocated" (no component says where it goes; a pledge whose
components are all left out of totals is no package and counts as itself) and a pledge that names
several sectors is split equally between them. The top-organizations chart credits each investing
organization with the whole of every pledge that names it, so joint pledges appear under each partner.
"""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection

from pledges.choices import PledgeKind, PledgeStatus, ReviewStatus
from pledges.filtersets import SCOPE_COUNTED
from pledges.models import Country, Evidence, Organization, Pledge, PledgeLink, PledgeRollup, Sector

UNALLOCATED = "Unallocated"

# Colour-blind-friendly first (Okabe-Ito, then Tableau 20); a sector keeps its colour on every chart.
SECTOR_PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D31", "#4E79A7",
    "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#1B9E77",
    "#7570B3", "#E7298A", "#66A61E", "#A6761D", "#1F78B4", "#B15928", "#6A3D9A", "#33A02C",
]  # fmt: skip
UNALLOCATED_COLOUR = "#9AA0A6"


def sector_colour(display_order: int | None) -> str:
    if display_order is None:
        return UNALLOCATED_COLOUR
    return SECTOR_PALETTE[display_order % len(SECTOR_PALETTE)]


@dataclass
class Figures:
    """Everything the overview shows for one filter; amounts are Decimal US dollars."""

    total_usd: Decimal = Decimal(0)
    pledges: int = 0
    packages: int = 0
    investor_countries: int = 0
    recipient_countries: int = 0
    sources: int = 0
    purchases_usd: Decimal = Decimal(0)
    purchases: int = 0
    by_sector: list[dict] = field(default_factory=list)
    flows: list[dict] = field(default_factory=list)
    by_quarter: list[dict] = field(default_factory=list)
    top_organizations: list[dict] = field(default_factory=list)
    by_recipient: list[dict] = field(default_factory=list)
    by_investor: list[dict] = field(default_factory=list)
    cache_key: str | None = None


def _tables():
    return {
        "pledge": Pledge._meta.db_table,
        "pledge_sectors": Pledge.sectors.through._meta.db_table,
        "pledge_orgs": Pledge.organizations.through._meta.db_table,
        "evidence": Evidence._meta.db_table,
        "pledge_link": PledgeLink._meta.db_table,
        "country": Country._meta.db_table,
        "sector": Sector._meta.db_table,
        "organization": Organization._meta.db_table,
        "rollup": PledgeRollup._meta.db_table,
    }


_FIGURES_SQL = """
WITH kids AS (
    -- Money each package's components account for (counted components only, unless the scope says all).
    SELECT k.parent_id, SUM(k.amount_usd) AS usd
    FROM {pledge} k
    WHERE k.parent_id IS NOT NULL {kid_condition}
    GROUP BY k.parent_id
),
p AS MATERIALIZED (
    -- Sector slugs, organization and article ids come from the trigger-kept rollup (see PledgeRollup).
    SELECT f.id, f.inv, f.rec, f.announced_on,
           GREATEST(f.amount_usd - COALESCE(kids.usd, 0), 0) AS usd,
           kids.parent_id IS NOT NULL AS is_package,
           CASE WHEN cardinality(r.sector_slugs) > 0 THEN array_to_string(r.sector_slugs, ' ') END AS slugs,
           r.organization_ids AS orgs,
           r.article_ids AS articles
    FROM ({filtered_sql}) AS f(id, inv, rec, announced_on, amount_usd)
    LEFT JOIN kids ON kids.parent_id = f.id
    LEFT JOIN {rollup} r ON r.pledge_id = f.id
),
pairs AS MATERIALIZED (
    -- One pass over the pledges per country pair; headline, flows and country totals all come from it.
    SELECT inv, rec, SUM(usd) AS usd, COUNT(*) AS pledges, COUNT(*) FILTER (WHERE is_package) AS packages
    FROM p GROUP BY inv, rec
),
days AS (
    SELECT announced_on, SUM(usd) AS usd, COUNT(*) AS pledges
    FROM p WHERE announced_on IS NOT NULL GROUP BY announced_on
)
SELECT
    (SELECT json_build_object(
        'usd', ROUND(COALESCE(SUM(usd), 0)),
        'pledges', COALESCE(SUM(pledges), 0),
        'packages', COALESCE(SUM(packages), 0)
     ) FROM pairs) AS headline,
    (SELECT COUNT(*) FROM (SELECT DISTINCT unnest(p.articles) FROM p) sources) AS sources,
    (SELECT COALESCE(json_agg(x ORDER BY x.usd DESC), '[]') FROM (
        -- A pledge naming several sectors is split equally between them; a package's own money
        -- (what no component accounts for) and pledges without a sector are "Unallocated".
        SELECT s.slug, s.name, s."group", s.display_order, ROUND(t.usd) AS usd, t.pledges
        FROM (
            SELECT shares.slug, SUM(shares.usd) AS usd, SUM(shares.pledges) AS pledges
            FROM (
                -- Pledges with the same sectors are summed first: a few hundred lists to split, not every pledge.
                SELECT unnest(string_to_array(lists.slugs, ' ')) AS slug,
                       lists.usd / cardinality(string_to_array(lists.slugs, ' ')) AS usd, lists.pledges
                FROM (
                    SELECT p.slugs, SUM(p.usd) AS usd, COUNT(*) AS pledges
                    FROM p WHERE NOT p.is_package AND p.slugs IS NOT NULL
                    GROUP BY p.slugs
                ) lists
            ) shares
            GROUP BY shares.slug
        ) t JOIN {sector} s ON s.slug = t.slug
        UNION ALL
        SELECT NULL, NULL, NULL, NULL, ROUND(SUM(p.usd)), COUNT(*)
        FROM p WHERE p.is_package OR p.slugs IS NULL
        HAVING SUM(p.usd) > 0
    ) x) AS by_sector,
    (SELECT COALESCE(json_agg(x ORDER BY x.usd DESC), '[]') FROM (
        SELECT t.inv, ci.name AS inv_name, t.rec, cr.name AS rec_name, ROUND(t.usd) AS usd, t.pledges
        FROM (SELECT inv, rec, usd, pledges FROM pairs ORDER BY usd DESC LIMIT %s) t
        JOIN {country} ci ON ci.code = t.inv JOIN {country} cr ON cr.code = t.rec
    ) x) AS flows,
    (SELECT COALESCE(json_agg(x ORDER BY x.quarter), '[]') FROM (
        SELECT quarter, usd, pledges, SUM(usd) OVER (ORDER BY quarter) AS cumulative
        FROM (
            SELECT date_trunc('quarter', announced_on)::date AS quarter, ROUND(SUM(usd)) AS usd,
                   SUM(pledges) AS pledges
            FROM days
            GROUP BY 1
        ) q
    ) x) AS by_quarter,
    (SELECT COALESCE(json_agg(x ORDER BY x.usd DESC), '[]') FROM (
        -- Investing organizations: those of the investor country (or of no recorded country). Each is
        -- credited with the whole of every pledge naming it (joint pledges appear under each partner).
        SELECT o.id, o.name, o.country_id AS country, ROUND(SUM(po.usd)) AS usd, SUM(po.pledges) AS pledges
        FROM (
            SELECT organization_id, inv, SUM(usd) AS usd, COUNT(*) AS pledges
            FROM (SELECT p.inv, p.usd, unnest(p.orgs) AS organization_id FROM p) named
            GROUP BY organization_id, inv
        ) po
        JOIN {organization} o ON o.id = po.organization_id
        WHERE o.country_id IS NULL OR o.country_id = po.inv
        GROUP BY o.id
        ORDER BY SUM(po.usd) DESC
        LIMIT %s
    ) x) AS top_organizations,
    (SELECT COALESCE(json_agg(x ORDER BY x.usd DESC), '[]') FROM (
        SELECT c.code, c.name, c.alpha3, ROUND(t.usd) AS usd, t.pledges
        FROM (SELECT rec, SUM(usd) AS usd, SUM(pledges) AS pledges FROM pairs GROUP BY rec) t
        JOIN {country} c ON c.code = t.rec
    ) x) AS by_recipient,
    (SELECT COALESCE(json_agg(x ORDER BY x.usd DESC), '[]') FROM (
        SELECT c.code, c.name, c.alpha3, ROUND(t.usd) AS usd, t.pledges
        FROM (SELECT inv, SUM(usd) AS usd, SUM(pledges) AS pledges FROM pairs GROUP BY inv) t
        JOIN {country} c ON c.code = t.inv
    ) x) AS by_investor,
    (SELECT json_build_object('usd', ROUND(COALESCE(SUM(pp.amount_usd), 0)), 'pledges', COUNT(*))
     FROM {pledge} pp JOIN ({purchase_ids_sql}) pf(id) ON pf.id = pp.id) AS purchases
"""


def _money(value) -> Decimal:
    return Decimal(str(value or 0))


def _with_money(rows, *keys):
    for row in rows:
        for key in keys:
            row[key] = _money(row[key])
    return rows


def purchases_queryset(queryset):
    """Purchases (aircraft, LNG) among the filtered pledges: left out of investment totals, shown on their own.

    `queryset` is the filter applied with every pledge in scope; rejected, cancelled and superseded
    purchases are left out as they are for investment.
    """
    return (
        queryset.filter(kind=PledgeKind.PURCHASE)
        .exclude(status__in=[PledgeStatus.CANCELLED, PledgeStatus.SUPERSEDED])
        .exclude(review_status=ReviewStatus.REJECTED)
    )


def _ids_sql(queryset):
    """The SQL selecting the ids of a queryset's pledges, to use as a CTE."""
    try:
        return queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # .none() and filters that can match nothing have no SQL
        return "SELECT NULL::bigint AS id WHERE false", ()


def _columns_sql(queryset):
    """SQL selecting the columns the figures need (id, investor, recipient, date, USD) of the filtered pledges."""
    columns = ("pk", "investor_country_id", "recipient_country_id", "announced_on", "amount_usd")
    try:
        return queryset.order_by().values_list(*columns).query.sql_with_params()
    except EmptyResultSet:
        return "SELECT NULL::bigint, NULL, NULL, NULL::date, NULL::numeric WHERE false", ()


def figures_sql(queryset, *, scope=SCOPE_COUNTED, purchases=None, flows_limit=40, organizations_limit=15):
    """The single statement behind compute_figures, as (sql, params)."""
    filtered_sql, filtered_params = _columns_sql(queryset)
    purchase_sql, purchase_params = _ids_sql(purchases if purchases is not None else Pledge.objects.none())
    sql = _FIGURES_SQL.format(
        filtered_sql=filtered_sql,
        purchase_ids_sql=purchase_sql,
        kid_condition="AND k.include_in_totals" if scope == SCOPE_COUNTED else "",
        **_tables(),
    )
    return sql, [*filtered_params, flows_limit, organizations_limit, *purchase_params]


def compute_figures(queryset, *, scope=SCOPE_COUNTED, purchases=None, flows_limit=40, organizations_limit=15):
    """All overview figures for a filtered pledge queryset, in one SQL statement.

    `scope` says which components reduce a package's own money: counted ones (default) or all of
    them when the visitor includes pledges left out of totals. `purchases` is the queryset the
    purchases figure is taken from (see purchases_queryset); none when omitted.
    """
    sql, params = figures_sql(
        queryset, scope=scope, purchases=purchases, flows_limit=flows_limit, organizations_limit=organizations_limit
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        headline, sources, by_sector, flows, by_quarter, organizations, by_recipient, by_investor, bought = (
            cursor.fetchone()
        )

    for row in by_sector:
        row["colour"] = sector_colour(row["display_order"])
        row["name"] = row["name"] or UNALLOCATED
    for row in by_quarter:
        row["quarter"] = date.fromisoformat(row["quarter"])
        row["label"] = quarter_label(row["quarter"])
        row["cumulative"] = _money(row["cumulative"])
    return Figures(
        total_usd=_money(headline["usd"]),
        pledges=headline["pledges"],
        packages=headline["packages"],
        investor_countries=len(by_investor),
        recipient_countries=len(by_recipient),
        sources=sources,
        purchases_usd=_money(bought["usd"]),
        purchases=bought["pledges"],
        by_sector=_with_money(by_sector, "usd"),
        flows=_with_money(flows, "usd"),
        by_quarter=_with_money(by_quarter, "usd"),
        top_organizations=_with_money(organizations, "usd"),
        by_recipient=_with_money(by_recipient, "usd"),
        by_investor=_with_money(by_investor, "usd"),
    )


def quarter_label(day: date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


_VERSION_SQL = """
SELECT json_build_array(
    (SELECT json_build_array(COUNT(*), MAX(updated_at)) FROM {pledge}),
    (SELECT MAX(id) FROM {pledge_sectors}),
    (SELECT MAX(id) FROM {pledge_orgs}),
    (SELECT MAX(id) FROM {evidence}),
    (SELECT json_build_array(COUNT(*), MAX(id)) FROM {pledge_link})
)
"""


def data_version() -> str:
    """A fingerprint that changes whenever pledges, their sectors, organizations, evidence or links change.

    Pledge saves move updated_at, deletions change the count, new sector or organization links and
    evidence raise a max id, pledge links change their count or max id. A bulk queryset.update()
    that touches none of these, or a renamed country or organization, shows once the cache entry
    expires (DASHBOARD_CACHE_SECONDS, 60 by default).
    """
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL.format(**_tables()))
        return json.dumps(cursor.fetchone()[0])


def cached_figures(queryset, **options) -> Figures:
    """compute_figures, kept in the cache per filter until the data changes (or DASHBOARD_CACHE_SECONDS pass).

    The key is the figures' SQL and parameters plus data_version(), so a cached answer is never
    served for other filters or after the pledges changed. DASHBOARD_CACHE_SECONDS = 0 turns it off.
    The returned figures carry that key as `cache_key` (None when off), for callers that cache what
    they derive from the figures, such as the charts.
    """
    timeout = getattr(settings, "DASHBOARD_CACHE_SECONDS", 60)
    if not timeout:
        figures = compute_figures(queryset, **options)
        figures.cache_key = None
        return figures
    sql, params = figures_sql(queryset, **options)
    digest = hashlib.sha256(f"{sql}|{params!r}|{data_version()}".encode()).hexdigest()
    key = f"pledges:figures:{digest}"
    figures = cache.get(key)
    if figures is None:
        figures = compute_figures(queryset, **options)
        figures.cache_key = key
        cache.set(key, figures, timeout)
    return figures


def cached_derived(figures: Figures, name: str, build):
    """Something built from `figures` alone (a chart), cached beside them; built afresh when they are not cached."""
    if not getattr(figures, "cache_key", None):
        return build()
    timeout = getattr(settings, "DASHBOARD_CACHE_SECONDS", 60)
    return cache.get_or_set(f"{figures.cache_key}:{name}", build, timeout)
