"""Human corrections win over the machine.

Editors' changes lock the fields they touch (Pledge.locked_fields,
Organization.locked_fields). Everything the machine writes to an existing
pledge or organization goes through `apply_machine_values`, which skips
locked fields, so re-ingestion and re-extraction never undo an editor.

Below those sit the editors' own operations (verify, reject, set a parent,
merge duplicates), used by the admin and testable without a request.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Coalesce, Concat, Left
from django.utils import timezone

from pledges.choices import ReviewStatus
from pledges.models import Evidence, Pledge, PledgeLink
from pledges.totals import refresh_include_in_totals


def apply_machine_values(obj, values: dict) -> list[str]:
    """Set the unlocked fields of `obj` from `values`; returns the names that changed (caller saves)."""
    locked = set(obj.locked_fields or [])
    changed = []
    for name, value in values.items():
        if name in locked or getattr(obj, name) == value:
            continue
        setattr(obj, name, value)
        changed.append(name)
    return changed


def lock_fields(obj, names) -> None:
    """Record fields as set by a person (caller saves)."""
    obj.locked_fields = sorted(set(obj.locked_fields or []) | set(names))


def unlock_fields(obj, names) -> None:
    """Let the machine update these fields again (caller saves)."""
    obj.locked_fields = sorted(set(obj.locked_fields or []) - set(names))


# What editors do: lock what they edit, verify, reject, nest and merge pledges.
# Each function saves one row at a time so django-simple-history records who did what and why.

# Changing any of these changes "the amount", so all of them are locked together.
AMOUNT_FIELDS = (
    "amount",
    "currency",
    "qualifier",
    "amount_low",
    "amount_high",
    "amount_usd",
    "usd_rate",
    "rate_date",
    "rate_source",
)

# simple_history keeps the reason in a CharField(max_length=100).
REASON_LENGTH = 100


def _reason(text: str) -> str:
    return text if len(text) <= REASON_LENGTH else text[: REASON_LENGTH - 1] + "…"


def _save(obj, by, reason: str, **kwargs) -> None:
    if by is not None:
        obj._history_user = by
    obj._change_reason = _reason(reason)
    obj.save(**kwargs)


def fields_to_lock(obj, changed_names) -> list[str]:
    """The fields an editor's change locks: what they changed, and every amount field if they changed one."""
    names = set(changed_names)
    if isinstance(obj, Pledge) and names & set(AMOUNT_FIELDS):
        names |= set(AMOUNT_FIELDS)
    return sorted(names)


def convert_edited_amount(pledge, changed_names) -> bool:
    """After an editor changed the stated amount or currency but not the dollar figure, convert it again.

    Returns whether amount_usd was recomputed. A currency we have no rate for leaves it as it was.
    """
    from pledges.currency import UnsupportedCurrency, to_usd

    changed = set(changed_names)
    if not changed & {"amount", "currency"} or changed & {"amount_usd", "usd_rate"}:
        return False
    try:
        conversion = to_usd(pledge.amount, pledge.currency, pledge.announced_on or timezone.localdate())
    except UnsupportedCurrency:
        return False
    pledge.amount_usd = conversion.amount_usd
    pledge.usd_rate = conversion.rate
    pledge.rate_date = conversion.rate_date
    pledge.rate_source = conversion.source
    return True


def retitle_edited_amount(pledge, previous_amount_usd) -> bool:
    """Keep a machine-made title ("Hyundai Motor Group: $26B in the United States") in step with an edited amount.

    Only the figure is replaced, and only when the title shows the previous one; returns whether it changed.
    """
    from ingest.extraction.candidates import short_amount

    if previous_amount_usd is None or pledge.amount_usd == previous_amount_usd:
        return False
    old, new = short_amount(Decimal(previous_amount_usd)), short_amount(Decimal(pledge.amount_usd))
    if old == new or old not in pledge.title:
        return False
    pledge.title = pledge.title.replace(old, new, 1)[:300]
    return True


def verify_pledges(pledges, *, by=None) -> int:
    """Mark pledges as checked by a person; returns how many changed."""
    count = 0
    for pledge in pledges:
        if pledge.review_status == ReviewStatus.VERIFIED:
            continue
        pledge.review_status = ReviewStatus.VERIFIED
        _save(pledge, by, "Verified")
        count += 1
    return count


def reject_pledges(pledges, reason: str, *, by=None) -> int:
    """Reject pledges the machine got wrong; the reason is kept in their history. Returns how many changed."""
    reason = reason.strip()
    if not reason:
        raise ValueError("A rejection needs a reason.")
    count = 0
    for pledge in pledges:
        if pledge.review_status == ReviewStatus.REJECTED:
            continue
        pledge.review_status = ReviewStatus.REJECTED
        _save(pledge, by, f"Rejected: {reason}")
        count += 1
    return count


def return_to_review(pledges, reason: str, *, by=None) -> int:
    """Put pledges back in the review queue (e.g. after losing their evidence); returns how many changed."""
    count = 0
    for pledge in pledges:
        if pledge.review_status == ReviewStatus.UNREVIEWED:
            continue
        pledge.review_status = ReviewStatus.UNREVIEWED
        _save(pledge, by, reason)
        count += 1
    return count


def set_parent(pledges, parent, *, by=None) -> int:
    """Put pledges inside a package (or take them out with parent=None); locks `parent`. Returns how many changed.

    Raises ValueError when a pledge would become its own ancestor.
    """
    ancestors = set()
    node = parent
    while node is not None:
        if node.pk in ancestors:
            break
        ancestors.add(node.pk)
        node = node.parent
    count = 0
    for pledge in pledges:
        if pledge.pk in ancestors:
            raise ValueError(f"Pledge {pledge.pk} cannot be inside {parent.pk}: that would make a loop.")
        lock_fields(pledge, ["parent"])
        if pledge.parent_id == (parent.pk if parent else None):
            continue
        pledge.parent = parent
        _save(pledge, by, f"Set parent to #{parent.pk}" if parent else "Removed from its package")
        count += 1
    return count


@dataclass
class MergeResult:
    """What merging a duplicate into a survivor moved."""

    survivor: Pledge
    evidence_moved: int = 0
    evidence_already_there: int = 0
    components_moved: int = 0
    links_moved: int = 0
    reports_moved: int = 0
    history_moved: int = 0


@transaction.atomic
def merge_pledges(survivor, duplicate, *, by=None) -> MergeResult:
    """Fold `duplicate` into `survivor` and delete it; nothing the duplicate held is lost.

    Evidence, organizations, sectors, components, links and error reports move to
    the survivor (an evidence row the survivor already has, same article and quote,
    is the same evidence and is not copied twice). The duplicate's history rows are
    re-attached to the survivor, marked with where they came from; its deletion is
    recorded under its own id with the reason "Merged into #…".
    """
    if survivor.pk == duplicate.pk:
        raise ValueError("A pledge cannot be merged into itself.")
    survivor = Pledge.objects.select_for_update().get(pk=survivor.pk)
    duplicate = Pledge.objects.select_for_update().get(pk=duplicate.pk)
    result = MergeResult(survivor=survivor)

    same_evidence = Evidence.objects.filter(pledge=survivor, article_id=OuterRef("article_id"), quote=OuterRef("quote"))
    already = duplicate.evidence.filter(Exists(same_evidence))
    result.evidence_already_there = already.count()
    already.delete()
    result.evidence_moved = duplicate.evidence.update(pledge=survivor)

    survivor.organizations.add(*duplicate.organizations.all())
    survivor.sectors.add(*duplicate.sectors.all())
    result.reports_moved = duplicate.error_reports.update(pledge=survivor)

    # A pledge inside the duplicate's package moves into the survivor; the survivor itself takes the duplicate's place.
    if survivor.parent_id == duplicate.pk:
        survivor.parent_id = duplicate.parent_id
        Pledge.objects.filter(pk=survivor.pk).update(parent_id=duplicate.parent_id)
    for component in duplicate.components.exclude(pk=survivor.pk):
        component.parent = survivor
        _save(component, by, f"Package #{duplicate.pk} merged into #{survivor.pk}")
        result.components_moved += 1

    for link in duplicate.links_out.all():
        clash = (
            link.to_pledge_id == survivor.pk
            or survivor.links_out.filter(to_pledge_id=link.to_pledge_id, kind=link.kind).exists()
        )
        if not clash:
            PledgeLink.objects.filter(pk=link.pk).update(from_pledge=survivor)
            result.links_moved += 1
    for link in duplicate.links_in.all():
        clash = (
            link.from_pledge_id == survivor.pk
            or survivor.links_in.filter(from_pledge_id=link.from_pledge_id, kind=link.kind).exists()
        )
        if not clash:
            PledgeLink.objects.filter(pk=link.pk).update(to_pledge=survivor)
            result.links_moved += 1

    for name in ("summary", "announced_on", "period_start", "period_end"):
        if getattr(survivor, name) in (None, "") and getattr(duplicate, name) not in (None, ""):
            setattr(survivor, name, getattr(duplicate, name))
    survivor.confidence = max(survivor.confidence, duplicate.confidence)

    duplicate_id, duplicate_title = duplicate.pk, duplicate.title
    History = Pledge.history.model
    earlier = History.objects.filter(id=duplicate_id)
    _mark = Concat(Value(f"[from #{duplicate_id}] "), Coalesce("history_change_reason", Value("")))
    result.history_moved = earlier.update(id=survivor.pk, history_change_reason=Left(_mark, REASON_LENGTH))
    duplicate.refresh_from_db()  # its links, evidence and components are gone now
    if by is not None:
        duplicate._history_user = by
    duplicate._change_reason = f"Merged into #{survivor.pk}"
    duplicate.delete()

    _save(survivor, by, f"Merged #{duplicate_id} ({duplicate_title})")
    refresh_include_in_totals(
        Pledge.objects.filter(
            Q(pk=survivor.pk) | Q(links_in__from_pledge=survivor) | Q(links_out__to_pledge=survivor)
        ).distinct()
    )
    return result
