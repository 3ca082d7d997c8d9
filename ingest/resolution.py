"""Resolution across articles: an article's candidates become pledges with evidence, or add to known ones.

`save_candidates(article, candidates)` runs inside the extraction transaction. For each candidate:

- a pledge with the same investor, recipient and organizations, an amount within AMOUNT_TOLERANCE
  (closest first) and an announcement within MATCH_WINDOW (18 months) gets this article's sentences
  as evidence, and only what the candidate adds (a later status, a period, sectors);
- an update ("raised to $26 billion from $21 billion", candidate.previous_amounts_usd) changes the
  pledge that had the earlier figure; django-simple-history keeps that figure in its history, and
  an article that later quotes it still backs the same pledge. When the new figure already has a
  pledge of its own, that one supersedes the older (a PledgeLink, and status superseded);
- the earlier figure named in an update is not a second pledge;
- candidate.parent makes the pledge a component of the package it points to;
- otherwise a new pledge is created.

Every machine write to an existing pledge or organization goes through
pledges.corrections.apply_machine_values, so a field an editor locked is never overwritten.
Evidence the article gave before to pledges no candidate supports any more is removed
(re-extraction), and a pledge left without evidence goes back to review; the machine never
deletes a pledge.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from pledges.choices import AmountQualifier, Currency, LinkKind, Novelty, PledgeKind, PledgeStatus, ReviewStatus
from pledges.corrections import apply_machine_values
from pledges.models import Country, Evidence, Organization, Pledge, PledgeLink, Sector

# How close two amounts in USD must be to be the same pledge (as the evaluation scorer allows for dollar
# figures), and how far apart in time two reports of one pledge can be.
AMOUNT_TOLERANCE = Decimal("0.03")
MATCH_WINDOW = timedelta(days=548)  # 18 months

CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0000000001")
# Later statuses replace earlier ones; a second article never moves a pledge back to "announced".
STATUS_RANK = {
    PledgeStatus.ANNOUNCED: 0,
    PledgeStatus.REAFFIRMED: 1,
    PledgeStatus.IN_PROGRESS: 2,
    PledgeStatus.COMPLETED: 3,
    PledgeStatus.CANCELLED: 3,
    PledgeStatus.SUPERSEDED: 4,
}


@dataclass
class Resolution:
    """What saving one article's candidates did."""

    pledges_new: int = 0
    pledges_updated: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class _Resolved:
    pledge: Pledge
    created: bool
    changed: bool


def save_candidates(article, candidates) -> Resolution:
    """Turn one article's candidates into pledges and evidence (inside the caller's transaction).

    Evidence this article gave earlier to pledges no candidate supports any more is removed, so
    re-extraction with better rules cleans up after worse ones.
    """
    summary = Resolution()
    when = article.published_on or timezone.now().date()
    valid: dict[int, object] = {}
    for index, candidate in enumerate(candidates):
        problem = _invalid(candidate)
        if problem:
            summary.errors.append(f"candidate {index} skipped: {problem}")
        else:
            valid[index] = candidate
    _lock_country_pairs({(c.investor_country, c.recipient_country) for c in valid.values()})

    replaced_by = _replaced_figures(valid)
    resolved: dict[int, _Resolved] = {}
    kept_evidence: set[int] = set()
    claimed: set[int] = set()
    # Two passes: candidates that match a pledge by amount claim it first, so a re-extraction that now
    # reads one figure differently cannot take over a pledge another candidate of this article matches.
    for final in (False, True):
        for index, candidate in valid.items():
            if index in resolved or index in replaced_by:
                continue
            superseded = candidate.status == PledgeStatus.SUPERSEDED
            outcome = _resolve(candidate, article, when, claimed, final=final, create=final and not superseded)
            if outcome is None:
                if final and superseded:
                    summary.errors.append(f"candidate {index} skipped: an earlier figure with no pledge to attach to")
                continue
            claimed.add(outcome.pledge.pk)
            resolved[index] = outcome
            kept_evidence |= _add_evidence(outcome, candidate, article)
    for index, newer in replaced_by.items():
        # "Raised to $26 billion from $21 billion": the $21 billion is the same pledge's earlier figure.
        if newer in resolved:
            kept_evidence |= _add_evidence(resolved[newer], valid[index], article)
    resolved = dict(sorted(resolved.items()))
    for index, candidate in valid.items():
        parent_index = getattr(candidate, "parent", None)
        if parent_index is not None and parent_index in resolved and parent_index != index:
            outcome = resolved[index]
            parent = resolved[parent_index].pledge
            if parent.pk != outcome.pledge.pk and parent.parent_id != outcome.pledge.pk:
                if apply_machine_values(outcome.pledge, {"parent": parent}):
                    outcome.pledge.save()
                    outcome.changed = True
    summary.pledges_new = sum(1 for outcome in resolved.values() if outcome.created)
    # Two candidates can land on one existing pledge; it counts once.
    summary.pledges_updated = len({o.pledge.pk for o in resolved.values() if not o.created and o.changed})
    _remove_stale_evidence(article, kept_evidence)
    return summary


def _replaced_figures(candidates: dict) -> dict[int, int]:
    """Superseded candidates whose figure another candidate of the article names as its earlier one: index -> index."""
    replaced = {}
    for index, old in candidates.items():
        if old.status != PledgeStatus.SUPERSEDED:
            continue
        for other, new in candidates.items():
            if (
                other != index
                and (new.investor_country, new.recipient_country) == (old.investor_country, old.recipient_country)
                and (set(new.organizations) & set(old.organizations) or not (new.organizations or old.organizations))
                and any(_close(Decimal(old.amount_usd), Decimal(v)) for v in (new.previous_amounts_usd or ()))
            ):
                replaced[index] = other
                break
    return replaced


def _invalid(candidate) -> str:
    investor, recipient = candidate.investor_country, candidate.recipient_country
    if not investor or not recipient:
        return "investor or recipient country unknown"
    if investor == recipient:
        return "investor and recipient are the same country (domestic money)"
    if Country.objects.filter(code__in=[investor, recipient]).count() != 2:
        return f"country not in the reference data: {investor} or {recipient}"
    if candidate.currency not in Currency.values:
        return f"currency not supported: {candidate.currency}"
    try:
        if Decimal(candidate.amount) < 0 or Decimal(candidate.amount_usd) < 0 or Decimal(candidate.rate) <= 0:
            return "negative amount or non-positive rate"
    except (InvalidOperation, TypeError):
        return "amount is not a number"
    return ""


def _lock_country_pairs(pairs) -> None:
    # Two workers resolving pledges of one country pair at once could both create the same pledge;
    # a transaction-level advisory lock per pair makes them take turns (sorted, so they never deadlock).
    keys = sorted(int.from_bytes(hashlib.sha256(f"pledge:{a}:{b}".encode()).digest()[:8], "big", signed=True)
                  for a, b in pairs)  # fmt: skip
    with connection.cursor() as cursor:
        for key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def _organizations(names) -> list[Organization]:
    names = [name for name in dict.fromkeys(names or ()) if name]
    if not names:
        return []
    found = {o.name: o for o in Organization.objects.filter(name__in=names)}
    for name in names:
        if name not in found:
            by_alias = Organization.objects.filter(aliases__contains=[name]).first()
            found[name] = by_alias or Organization.objects.get_or_create(name=name[:200])[0]
    return list({o.pk: o for o in (found[name] for name in names)}.values())


def _close(first: Decimal, second: Decimal) -> bool:
    first, second = Decimal(first), Decimal(second)
    largest = max(first, second)
    if largest == 0:
        return True
    return abs(first - second) <= largest * AMOUNT_TOLERANCE


def _resolve(
    candidate, article, when: date, claimed: set[int], *, final: bool = True, create: bool = True
) -> _Resolved | None:
    """The pledge this candidate reports: matched by amount, updated from an earlier figure, (in the `final`
    pass) backing a pledge that has moved on from this figure, or (with `create`) corrected or created.
    Returns None when nothing matches and `create` is off."""
    organizations = _organizations(candidate.organizations)
    org_ids = {o.pk for o in organizations}
    same_parties = [
        pledge
        for pledge in Pledge.objects.filter(
            investor_country_id=candidate.investor_country, recipient_country_id=candidate.recipient_country
        )
        .filter(Q(announced_on__isnull=True) | Q(announced_on__range=(when - MATCH_WINDOW, when + MATCH_WINDOW)))
        .prefetch_related("organizations")
        .order_by("created_at", "pk")
        if _same_organizations(org_ids, {o.pk for o in pledge.organizations.all()})
        and _same_standing(candidate, pledge, org_ids)
    ]
    from_this_article = set(
        Evidence.objects.filter(article=article, pledge__in=[p.pk for p in same_parties]).values_list(
            "pledge", flat=True
        )
    )
    # Pledges are tried in this order: already backed by this article, still current, oldest.
    same_parties.sort(key=lambda p: (p.pk not in from_this_article, p.status == PledgeStatus.SUPERSEDED))
    amount_usd = Decimal(candidate.amount_usd)
    previous = [Decimal(value) for value in (getattr(candidate, "previous_amounts_usd", None) or ())]
    by_amount = [p for p in same_parties if p.pk not in claimed and _close(p.amount_usd, amount_usd)]
    # The closest figure first (stable, so ties keep the order above).
    by_amount.sort(key=lambda p: abs(p.amount_usd - amount_usd))
    by_previous = [
        p
        for p in same_parties
        if p not in by_amount and p.pk not in claimed and any(_close(p.amount_usd, v) for v in previous)
    ]
    if by_amount:
        pledge = by_amount[0]
        changed = _refresh(pledge, candidate, organizations, update_amount=False)
        for older in by_previous:
            changed |= _supersede(pledge, older)
        return _Resolved(pledge, False, changed)
    if by_previous:
        # "Raised to $26 billion from $21 billion": the pledge changes, its history keeps $21 billion.
        pledge = by_previous[0]
        return _Resolved(pledge, False, _refresh(pledge, candidate, organizations, update_amount=True))
    if not final:
        return None  # a pledge that has moved on from this figure goes to candidates that match it by amount first
    earlier = _earlier_amounts([p.pk for p in same_parties])
    moved_on = [p for p in same_parties if any(_close(value, amount_usd) for value in earlier.get(p.pk, ()))]
    by_history = [p for p in moved_on if p.pk not in claimed]
    if by_history:
        # An article quoting a figure the pledge has since moved on from ("its $21 billion plan, since raised")
        # backs the pledge; the figure stays where the update put it.
        pledge = by_history[0]
        return _Resolved(pledge, False, _refresh(pledge, candidate, organizations, update_amount=False))
    if not create:
        return None
    only_here = _backed_only_by(article, [p.pk for p in same_parties if p.pk in from_this_article])
    rewritten = [p for p in same_parties if p.pk in only_here and p.pk not in claimed]
    if rewritten:
        # Re-extraction of this article reads the figure differently now: correct the pledge that this
        # article alone reported (one that other articles back keeps their figure).
        pledge = rewritten[0]
        return _Resolved(pledge, False, _refresh(pledge, candidate, organizations, update_amount=True))
    pledge = _create(candidate, article, when, organizations)
    if moved_on:
        # This article reports both figures ("$600 billion ... could raise it to $1 trillion") and the $1 trillion
        # pledge, read first from a later article, already says it was $600 billion before: the same outcome as
        # reading the articles in date order.
        _supersede(moved_on[0], pledge)
    return _Resolved(pledge, True, True)


def _earlier_amounts(pledge_ids) -> dict[int, set[Decimal]]:
    """Amounts in USD each pledge had before its latest update (django-simple-history), and earlier figures its
    evidence states: an article read first may report the update ("raised to $1 trillion from $600 billion")
    before the article that announced $600 billion is read."""
    if not pledge_ids:
        return {}
    amounts: dict[int, set[Decimal]] = {}
    for pk, amount in Pledge.history.filter(id__in=pledge_ids).values_list("id", "amount_usd").distinct():
        amounts.setdefault(pk, set()).add(amount)
    for pk, earlier in (
        Evidence.objects.filter(pledge__in=pledge_ids)
        .exclude(earlier_amounts_usd=[])
        .values_list("pledge", "earlier_amounts_usd")
    ):
        amounts.setdefault(pk, set()).update(earlier)
    return amounts


def _backed_only_by(article, pledge_ids) -> set[int]:
    if not pledge_ids:
        return set()
    elsewhere = set(
        Evidence.objects.filter(pledge__in=pledge_ids).exclude(article=article).values_list("pledge", flat=True)
    )
    return set(pledge_ids) - elsewhere


def _same_organizations(candidate_ids: set[int], pledge_ids: set[int]) -> bool:
    if not candidate_ids and not pledge_ids:
        return True
    return bool(candidate_ids & pledge_ids)


def _same_standing(candidate, pledge: Pledge, org_ids: set[int]) -> bool:
    """With no organization to tie them together, a package's headline figure and a component inside a
    package are different money even when the amounts agree (a $150B shipbuilding part of one deal is not
    a later $150B of corporate pledges)."""
    if org_ids:
        return True
    return (getattr(candidate, "parent", None) is not None) == (pledge.parent_id is not None)


def _amount_values(candidate) -> dict:
    qualifier = candidate.qualifier if candidate.qualifier in AmountQualifier.values else AmountQualifier.EXACT
    low = _money(candidate.amount_low)
    high = _money(candidate.amount_high)
    if low is not None and high is not None and low > high:
        low, high = high, low
    if qualifier == AmountQualifier.RANGE and (low is None or high is None):
        qualifier = AmountQualifier.APPROXIMATE
    from ingest.extraction.candidates import candidate_title

    return {
        "amount": _money(candidate.amount),
        "currency": candidate.currency,
        "qualifier": qualifier,
        "amount_low": low,
        "amount_high": high,
        "amount_usd": _money(candidate.amount_usd),
        "usd_rate": Decimal(candidate.rate).quantize(RATE_PLACES),
        "rate_date": candidate.rate_date,
        "rate_source": (candidate.rate_source or "")[:200],
        "title": (candidate.title or "")[:300]
        or candidate_title(candidate.investor_country, Decimal(candidate.amount_usd), candidate.recipient_country),
    }


def _money(value) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(CENT)


def _period(candidate) -> tuple[int | None, int | None]:
    start, end = getattr(candidate, "period_start", None), getattr(candidate, "period_end", None)
    if start and end and start > end:
        start, end = end, start
    return start, end


def _create(candidate, article, when: date, organizations) -> Pledge:
    period_start, period_end = _period(candidate)
    novelty = {True: Novelty.NEW, False: Novelty.PREVIOUSLY_ANNOUNCED}.get(candidate.is_new_money, Novelty.UNKNOWN)
    pledge = Pledge(
        investor_country_id=candidate.investor_country,
        recipient_country_id=candidate.recipient_country,
        kind=candidate.kind if candidate.kind in PledgeKind.values else PledgeKind.OTHER,
        status=candidate.status
        if candidate.status in PledgeStatus.values and candidate.status != PledgeStatus.SUPERSEDED
        else PledgeStatus.ANNOUNCED,
        announced_on=when,
        period_start=period_start,
        period_end=period_end,
        novelty=novelty,
        confidence=_confidence(candidate),
        summary=(candidate.evidence[0] if candidate.evidence else article.title)[:2000],
        **_amount_values(candidate),
    )
    pledge.save()
    pledge.organizations.set(organizations)
    pledge.sectors.set(Sector.objects.filter(slug__in=list(candidate.sectors or ())))
    return pledge


def _confidence(candidate) -> Decimal:
    try:
        value = Decimal(str(candidate.confidence))
    except (InvalidOperation, TypeError):
        value = Decimal("0.5")
    return min(max(value, Decimal(0)), Decimal(1)).quantize(CENT)


def _refresh(pledge: Pledge, candidate, organizations, *, update_amount: bool) -> bool:
    """Bring what this candidate adds into an existing pledge, never over a locked field; returns whether it changed."""
    values: dict = {}
    if update_amount:
        values.update(_amount_values(candidate))
    status = candidate.status
    if status in STATUS_RANK and STATUS_RANK[status] > STATUS_RANK.get(pledge.status, 0):
        if status != PledgeStatus.SUPERSEDED:
            values["status"] = status
    period_start, period_end = _period(candidate)
    if (
        pledge.period_start is None
        and period_start
        and (pledge.period_end or period_end or period_start) >= period_start
    ):
        values["period_start"] = period_start
    if (
        pledge.period_end is None
        and period_end
        and period_end >= (values.get("period_start") or pledge.period_start or 0)
    ):
        values["period_end"] = period_end
    confidence = _confidence(candidate)
    if confidence > pledge.confidence:
        values["confidence"] = confidence
    changed = apply_machine_values(pledge, values)
    if changed:
        pledge.save()
    locked = set(pledge.locked_fields or [])
    if "organizations" not in locked:
        missing = [o for o in organizations if o.pk not in {x.pk for x in pledge.organizations.all()}]
        if missing:
            pledge.organizations.add(*missing)
            changed.append("organizations")
    if "sectors" not in locked and candidate.sectors:
        have = set(pledge.sectors.values_list("slug", flat=True))
        new = [slug for slug in candidate.sectors if slug not in have]
        if new:
            pledge.sectors.add(*Sector.objects.filter(slug__in=new))
            changed.append("sectors")
    return bool(changed)


def _supersede(newer: Pledge, older: Pledge) -> bool:
    """Mark `older` as replaced by `newer`: a supersedes link and, unless an editor locked it, status superseded."""
    if newer.pk == older.pk:
        return False
    _, created = PledgeLink.objects.get_or_create(
        from_pledge=newer, to_pledge=older, kind=LinkKind.SUPERSEDES, defaults={"note": "revised figure"}
    )
    older.refresh_from_db()
    if apply_machine_values(older, {"status": PledgeStatus.SUPERSEDED}):
        older.save()
        return True
    return created


def _add_evidence(outcome: _Resolved, candidate, article) -> set[int]:
    quotes = [quote.strip() for quote in (candidate.evidence or ()) if quote and quote.strip()] or [article.title]
    kept = set()
    for quote in dict.fromkeys(quotes):
        evidence, created = Evidence.objects.get_or_create(
            pledge=outcome.pledge,
            article=article,
            quote=quote,
            defaults={
                "amount_usd_stated": _money(candidate.amount_usd),
                "earlier_amounts_usd": [_money(v) for v in (getattr(candidate, "previous_amounts_usd", None) or ())],
            },
        )
        kept.add(evidence.pk)
        if created and not outcome.created:
            outcome.changed = True
    return kept


def _remove_stale_evidence(article, kept: set[int]) -> None:
    stale = Evidence.objects.filter(article=article).exclude(pk__in=kept)
    pledge_ids = set(stale.values_list("pledge", flat=True))
    if not pledge_ids:
        return
    stale.delete()
    send_orphans_to_review(pledge_ids)


def send_orphans_to_review(pledge_ids) -> list[int]:
    """Pledges among these left with no evidence go back to the review queue; returns their ids.

    The machine never deletes a pledge: a person decides whether it stands on other sources.
    """
    orphans = list(Pledge.objects.filter(pk__in=pledge_ids).exclude(evidence__isnull=False))
    for pledge in orphans:
        if pledge.review_status != ReviewStatus.UNREVIEWED:
            pledge.review_status = ReviewStatus.UNREVIEWED
            pledge.save()
    return [pledge.pk for pledge in orphans]
