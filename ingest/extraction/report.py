"""Candidates as the JSON the evaluation interface reads (`manage.py extract_pledges`, the benchmark)."""

from collections.abc import Iterable
from decimal import Decimal

from ingest.extraction.candidates import Candidate


def _number(value: Decimal) -> int | float:
    """A JSON number: whole dollars as an int, anything finer as a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def candidate_json(candidate: Candidate) -> dict:
    return {
        "investor_country": candidate.investor_country,
        "recipient_country": candidate.recipient_country,
        "amount": format(candidate.amount, "f"),
        "currency": candidate.currency,
        "amount_usd": _number(candidate.amount_usd.quantize(Decimal(1))),
        "sectors": list(candidate.sectors),
        "organizations": list(candidate.organizations),
        "kind": candidate.kind,
        "evidence": candidate.evidence[0] if candidate.evidence else "",
        "confidence": candidate.confidence,
        "qualifier": candidate.qualifier,
        "amount_low": format(candidate.amount_low, "f") if candidate.amount_low is not None else None,
        "amount_high": format(candidate.amount_high, "f") if candidate.amount_high is not None else None,
        "status": candidate.status,
        "period_start": candidate.period_start,
        "period_end": candidate.period_end,
        "previous_amounts_usd": [_number(amount.quantize(Decimal(1))) for amount in candidate.previous_amounts_usd],
        "rate": str(candidate.rate),
        "rate_date": candidate.rate_date.isoformat(),
        "rate_source": candidate.rate_source,
        "title": candidate.title,
        "all_evidence": list(candidate.evidence),
    }


def _named_in(name: str, texts: Iterable[str]) -> bool:
    """Whether the sentences name the organization, by its first word at least ("Samsung" for Samsung Electronics)."""
    return any(name.split()[0] in text for text in texts)


def headline_pledges(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The pledges an article reports in its own right: not figures later replaced, and not parts of a package,
    except a company's own pledge inside a national package ("Hyundai's $26 billion of Korea's $150 billion"),
    which stays a pledge of its own."""
    candidates = list(candidates)
    kept = []
    for candidate in candidates:
        if candidate.status == "superseded":
            continue
        if candidate.parent is not None:
            package = candidates[candidate.parent]
            # Only the companies the package's own sentences name: one borrowed from elsewhere in the article is
            # not the package's ("a $1.5 billion arrangement" does not contain Linglong's $994 million plant).
            named = {name for name in package.organizations if _named_in(name, package.evidence)}
            own = {name for name in candidate.organizations if _named_in(name, candidate.evidence)}
            if not own - named:
                continue
        kept.append(candidate)
    return kept


def pledges_json(candidates: Iterable[Candidate]) -> list[dict]:
    return [candidate_json(candidate) for candidate in headline_pledges(candidates)]
