"""Which pledges count in investment totals.

Like AidData's "recommended for aggregates" flag: the rule is applied once,
when a pledge or one of its links is saved, and stored in
Pledge.include_in_totals so every total, chart and export filters on one
indexed column. Component pledges inside a package still count here; the
dashboard avoids double counting them by summing top-level pledges only.
"""

from pledges.choices import LinkKind, Novelty, PledgeKind, PledgeStatus, ReviewStatus

EXCLUDED_STATUSES = {PledgeStatus.SUPERSEDED, PledgeStatus.CANCELLED}
EXCLUDED_KINDS = {PledgeKind.PURCHASE}

RULE_IN_ONE_SENTENCE = (
    "Totals count each pledge once: components inside a package count through the package, and rejected, "
    "cancelled or superseded pledges, restatements of money already pledged and purchases are left out."
)


def counts_in_totals(pledge) -> bool:
    """Whether this pledge's amount belongs in investment totals."""
    if pledge.kind in EXCLUDED_KINDS or pledge.status in EXCLUDED_STATUSES:
        return False
    if pledge.review_status == ReviewStatus.REJECTED or pledge.novelty == Novelty.PREVIOUSLY_ANNOUNCED:
        return False
    if pledge.pk is None:
        return True
    superseded = pledge.links_in.filter(kind=LinkKind.SUPERSEDES).exists()
    restates = pledge.links_out.filter(kind=LinkKind.RESTATES).exists()
    return not (superseded or restates)


def refresh_include_in_totals(pledges) -> None:
    """Re-derive the flag after links change (links are not part of the pledge row)."""
    for pledge in pledges:
        flag = counts_in_totals(pledge)
        if flag != pledge.include_in_totals:
            pledge.include_in_totals = flag
            type(pledge).objects.filter(pk=pledge.pk).update(include_in_totals=flag)
