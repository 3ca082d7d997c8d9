"""One pledge per pledge: repeats merged, replaced figures folded into the current one, parts tied to totals."""

import re
from decimal import ROUND_DOWN, Decimal

from ingest.extraction.drafts import Draft
from ingest.extraction.money import Money
from ingest.extraction.roles import clause_bounds
from ingest.extraction.text import Sentence

SAME_AMOUNT = Decimal("0.03")  # two figures this close for the same pair are one pledge told twice

_SUPERSEDED_CUE = re.compile(
    r"\b(?:first|initially|originally|previously|prior|had offered|had proposed|had pledged|"
    # "an earlier offer", not "Earlier yesterday, Google announced": a time of day is no superseded figure
    r"earlier(?!\s+(?:today|yesterday|this|that|on|in\s+the\s+(?:day|week)))|"
    r"up from|raised from|increased from|from an earlier|from a previous|then|"
    # "the company's investment was expected to total $2.8 billion": an estimate since overtaken
    r"was expected to|were expected to|had been expected to|had been estimated)\b",
    re.IGNORECASE,
)
# "made an unsuccessful offer to invest $100 million", "offers of $10 million ... were deemed insufficient": an offer
# turned down, which a larger one replaced.
_REJECTED = re.compile(
    r"\b(?:unsuccessful|rejected|turned down|refused|deemed insufficient|was insufficient|were insufficient)\b", re.I
)
# "the first tranche" is a part; "in the first two years" is only when.
_THE_FIRST = r"the first(?!\s+(?:[\w-]+\s+)?(?:years?|months?|quarters?|weeks?|days?)\b)"
# After the amount only words that make it a part count: "£5bn, including a data centre" lists what it contains.
_PART_CUE_AFTER = re.compile(
    r"\b(?:of which|part of|tranche|" + _THE_FIRST + r"|the rest|the remaining|remainder|portion|share of|respectively|"
    r"of that|of the total|of this|of the package|of the money|of the fund)\b",
    re.IGNORECASE,
)
_COMPONENT_CUE = re.compile(
    r"\b(?:compris\w+|includ\w+|of which|part of|consists? of|made up of|split into|broken down|tranche|"
    + _THE_FIRST
    + r"|the rest|the remaining|remainder|portion|share of|for the right|will convert|converted|"
    r"earmarked for|set aside for|among them|such as|respectively|of that|of the total|of this|half|"
    r"a third|a quarter|most of|bulk of|some of|of the package|of the money|of the fund)\b",
    re.IGNORECASE,
)
_PER_YEAR = re.compile(r"^\s*(?:a|per|each|every)\s+(?:year|month|annum)\b|^\s*annually\b", re.IGNORECASE)
_RAISED_TO = re.compile(
    r"\b(?:rais\w+|increas\w+|lift\w*|boost\w*|expand\w*|bump\w*|up|ramp\w*|hik\w+|grow\w*|grew|doubl\w*|"
    r"revis\w+|cut|cuts|reduc\w+|lower\w*|scal\w+)\b",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\b(?:from|up from|down from|versus|compared with|compared to|than|instead of|rather than|"
                          r"times|twice|double|triple)"
                          r"\s+"
                          r"(?:an?\s+|the\s+)?(?:earlier|previous|original|initial|prior)?\s*(?:\w+\s+){0,3}$",
                          re.IGNORECASE)  # fmt: skip
# Words that make the amount after them an earlier figure even without "raised" or "cut" in the sentence.
_STRONG_CHANGE = re.compile(
    r"\b(?:compared with|compared to|down from|up from|instead of|rather than|versus|times|twice|double|triple)\b", re.I
)


def link_changes_in_sentence(text: str, drafts: list[Draft]) -> None:
    """ "raised to $26 billion from $21 billion": the figure after "from" is the one replaced."""
    if len(drafts) < 2:
        return
    for old in drafts:
        before = text[max(0, old.money.start - 50) : old.money.start]
        if not _FROM_BEFORE.search(before) or not (_RAISED_TO.search(text) or _STRONG_CHANGE.search(before)):
            continue
        current = [d for d in drafts if d is not old and not d.superseded]
        if current:
            new = min(current, key=lambda d: abs(d.money.start - old.money.start))
            new.previous_usd.append(old.amount_usd)
            old.superseded = True


def _told_in_the_body(draft: Draft) -> bool:
    """Whether a figure has a body sentence among its evidence (a headline's figure may not yet)."""
    return any(sentence.paragraph > 0 for sentence in draft.evidence)


def _take_the_figure(kept: Draft, other: Draft) -> None:
    """The pledge kept is told with the other draft's figure from now on."""
    kept.money, kept.conversion, kept.amount_usd = other.money, other.conversion, other.amount_usd


def _same_amount(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= SAME_AMOUNT * max(a, b)


def _role_strength(draft: Draft) -> int:
    return 2 * draft.investor_explicit + 2 * draft.recipient_explicit + bool(draft.organizations)


def _same_figure_other_pair(merged: list[Draft], draft: Draft) -> Draft | None:
    """The same stated figure read with a different pair is usually the same pledge read worse in one sentence."""
    for kept in merged:
        same_figure = (
            kept.money.amount == draft.money.amount
            and kept.money.currency == draft.money.currency
            # "$15 billion (around ₹13,318 crore)" beside a headline's "Rs 13,318 crore": the article's own dollar
            # figure is ten times the rupees, so one of them slipped and they are not told as one.
            and _same_amount(kept.amount_usd, draft.amount_usd)
        ) or (
            # "$7.5 Billion" in a headline and "USD 7.5 billion (EGP 383.38 billion)" in the body
            (kept.money.usd_equivalent is not None or draft.money.usd_equivalent is not None)
            and _same_amount(kept.amount_usd, draft.amount_usd)
        )
        shares_a_country = {kept.investor, kept.recipient} & {draft.investor, draft.recipient}
        different_companies = (
            kept.organizations and draft.organizations and not set(kept.organizations) & set(draft.organizations)
        )
        # "LGMG's project will generate $5 billion ... on the heels of Tesla's $5 billion plant": each sentence's own
        # subject pays its own figure.
        different_subjects = (
            kept.investor != draft.investor
            and kept.investor_source == draft.investor_source == "clause"
            and (
                (
                    kept.investor_explicit
                    and draft.investor_explicit
                    and (kept.investor_name in kept.organizations or draft.investor_name in draft.organizations)
                )
                # "Saudi Arabia deposited $5 billion ...", later "Egypt and Qatar have agreed to sign investment deals
                # worth $5 billion": two body sentences, each with its own payer, tell two pledges.
                or (
                    draft.sentence not in kept.evidence
                    and _told_in_the_body(kept)
                    and draft.sentence.paragraph > 0
                    and bool(kept.investor)
                    and bool(draft.investor)
                )
            )
        )
        # "the UAE has committed $1 trillion ... Riyadh should spend $1 trillion", "deposited $3 billion at Egypt's
        # central bank ... deposited $3 billion at the Central Bank of Pakistan": two sentences that each name both
        # sides in full, and differ in one side only, tell two pledges.
        two_full_readings = (
            (kept.investor == draft.investor) != (kept.recipient == draft.recipient)
            and kept.sentence is not draft.sentence
            and _role_strength(kept) >= 4
            and _role_strength(draft) >= 4
        )
        # "- Gabon: £40m will go towards a road upgrade", later "Some £40m will support ... Kumasi airport": two
        # body amounts that each place the money, in different countries, tell two pledges (in one sentence too:
        # "... in Rwanda for $20 million, and a road in Malawi for $20 million").
        two_places = (
            kept.recipient != draft.recipient
            and kept.recipient_explicit
            and draft.recipient_explicit
            and kept.sentence.paragraph > 0
            and draft.sentence.paragraph > 0
        )
        if (
            same_figure
            and shares_a_country
            and not different_companies
            and not different_subjects
            and not two_full_readings
            and not two_places
            and not (kept.sentence is draft.sentence and kept.money is draft.money)  # co-investors of one amount
        ):
            headline_only = kept.sentence.paragraph == 0 and draft.sentence.paragraph > 0
            if _role_strength(draft) > _role_strength(kept) or (
                headline_only and _role_strength(draft) == _role_strength(kept)
            ):
                # The later sentence names the sides better, or as well as a headline's shorthand ("Egypt, Qatar agree
                # to $7.5 billion package"): the pledge takes its reading.
                kept.investor, kept.recipient = draft.investor, draft.recipient
                kept.investor_explicit, kept.recipient_explicit = draft.investor_explicit, draft.recipient_explicit
                kept.organizations = list(draft.organizations)
                kept.kind = draft.kind
            return kept
    return None


HEADLINE_ROUNDING = Decimal("0.10")  # "$1 billion" in a headline for the "$960 million" of the story


def _significant_digits(value: Decimal) -> int:
    return len(value.normalize().as_tuple().digits)


def _cut_to_its_first_digit(headline: Money, body: Money) -> bool:
    """ "Jingye to invest GBP1bn" over the body's "GBP1.2bn": a headline that keeps only the first digit."""
    if (
        headline.currency != body.currency
        or _significant_digits(headline.amount) != 1
        or body.amount <= headline.amount
    ):
        return False
    exponent = body.amount.adjusted()
    return body.amount.scaleb(-exponent).to_integral_value(rounding=ROUND_DOWN).scaleb(exponent) == headline.amount


def _rounded_in_headline(merged: list[Draft], draft: Draft, body_amounts: list[Decimal]) -> Draft | None:
    """A headline rounds the figure its story states ("plan $1 billion hub" for "80 billion rupees ($960
    million)"): the same pledge, read from the body, where the figure and the sides are stated in full.
    Not when the body states the headline's figure itself: then the two figures are two pledges."""
    if draft.sentence.paragraph == 0:
        return None
    for kept in merged:
        if kept.sentence.paragraph != 0 or _significant_digits(kept.money.amount) > 2:
            continue
        if _told_in_the_body(kept):
            continue  # the headline's figure has found its body sentence already; Google's "$2 billion" is another
        if kept.organizations and draft.organizations and not set(kept.organizations) & set(draft.organizations):
            continue
        if any(_same_amount(kept.amount_usd, amount) for amount in body_amounts):
            continue
        close = abs(kept.amount_usd - draft.amount_usd) <= HEADLINE_ROUNDING * max(kept.amount_usd, draft.amount_usd)
        close = close or _cut_to_its_first_digit(kept.money, draft.money)
        if close and {kept.investor, kept.recipient} & {draft.investor, draft.recipient} - {None}:
            _take_the_figure(kept, draft)
            kept.investor, kept.recipient = draft.investor, draft.recipient
            kept.investor_explicit, kept.recipient_explicit = draft.investor_explicit, draft.recipient_explicit
            kept.organizations = list(draft.organizations) or kept.organizations
            kept.sentence = draft.sentence
            return kept
    return None


def _headline_number_in_the_body_currency(merged: list[Draft], draft: Draft) -> Draft | None:
    """ "China to boost investments in Brazil by $27B" over "China will invest a further BRL 27 billion in Brazil": the
    headline gives the body's number with the wrong currency; one pledge, in the body's currency."""
    if draft.sentence.paragraph == 0:
        return None
    for kept in merged:
        if (
            kept.sentence.paragraph == 0
            and not _told_in_the_body(kept)
            and (kept.investor, kept.recipient) == (draft.investor, draft.recipient)
            and kept.money.amount == draft.money.amount
            and kept.money.currency != draft.money.currency
            and kept.money.usd_equivalent is None
        ):
            _take_the_figure(kept, draft)
            kept.sentence = draft.sentence
            return kept
    return None


ROUNDED_BOUND = Decimal("0.15")  # "over half a trillion dollars" for the "$550 billion" stated beside it


def _rounded_bound(merged: list[Draft], draft: Draft) -> Draft | None:
    """ "Japan will invest over half a trillion dollars ... $550 Billion Dollars": a round bound and the exact
    figure of the same pair are one pledge, stated the exact way."""
    for kept in merged:
        if (kept.investor, kept.recipient) != (draft.investor, draft.recipient):
            continue
        rough, exact = (
            (kept, draft)
            if _significant_digits(kept.money.amount) < _significant_digits(draft.money.amount)
            else (draft, kept)
        )
        worded = re.match(r"(?i)(?:half\s+a|a|one)\s", rough.money.text)  # "half a trillion dollars" is round
        if _significant_digits(rough.money.amount) > 1 or not (
            worded or rough.money.qualifier in {"at_least", "approximate"}
        ):
            continue
        # "UAE pledges $1 trillion-plus" over a story of "$1.4 trillion": a headline's lower bound.
        headline_floor = (
            rough.sentence.paragraph == 0
            and rough.money.qualifier == "at_least"
            and rough.amount_usd <= exact.amount_usd < 2 * rough.amount_usd
        ) or (
            # "Pfizer has confirmed plans to invest more than €1 billion" leading a story of "the €1.2 billion
            # investment": the lead's floor
            rough.sentence.paragraph <= 2  # a standfirst may stand between headline and lead
            and rough.money.qualifier == "at_least"
            and rough.amount_usd <= exact.amount_usd < Decimal("1.5") * rough.amount_usd
        )
        if headline_floor or abs(rough.amount_usd - exact.amount_usd) <= ROUNDED_BOUND * exact.amount_usd:
            if rough is kept:
                _take_the_figure(kept, exact)
                kept.sentence = exact.sentence
            return kept
    return None


def _stated_amounts(money: Money) -> set[tuple[Decimal, str]]:
    return {(money.amount, money.currency)} | ({money.equivalent} if money.equivalent else set())


CURRENCY_SPREAD = Decimal("0.08")  # "$2 billion" and "₹16,000 crore" for one plant: the writer's own rate
# "about Rs 10,445 crore" and, from a report of the same plan in yen, "about $1.26 billion": one company's figure
# given twice as an approximation, in two currencies, drifts further apart.
APPROXIMATE_CURRENCY_SPREAD = Decimal("0.12")


def _currency_spread(kept: Draft, draft: Draft) -> Decimal:
    both_approximate = kept.money.qualifier == draft.money.qualifier == "approximate"
    one_company = bool(set(kept.organizations) & set(draft.organizations))
    return APPROXIMATE_CURRENCY_SPREAD if both_approximate and one_company else CURRENCY_SPREAD


def _same_amount_in_another_currency(merged: list[Draft], draft: Draft) -> Draft | None:
    """ "Rs 3,717 crore JICA loan" in the headline and "JPY 52,036 million (approximately Rs 3,717 crore)" in the
    body, or "$2 billion" in one sentence and "₹16,000 crore" in another: one pledge, whose two currencies convert
    to dollars a few per cent apart."""

    def within(share: Decimal, kept: Draft) -> bool:
        return abs(kept.amount_usd - draft.amount_usd) <= share * max(kept.amount_usd, draft.amount_usd)

    return next(
        (
            kept
            for kept in merged
            if kept.investor == draft.investor
            and kept.recipient == draft.recipient
            and not _each_companys_own_figure(kept, draft)
            and (
                # "$2.4 billion (around ₹2,000 crore)" beside "₹2,000 crore": a bracket ten times off is no same amount
                (_stated_amounts(kept.money) & _stated_amounts(draft.money) and within(Decimal("0.15"), kept))
                or (kept.money.currency != draft.money.currency and within(_currency_spread(kept, draft), kept))
            )
        ),
        None,
    )


def _dollars_to_prefer(kept: Money, repeat: Money) -> bool:
    """Whether a repeat of a pledge tells its dollar value better than the figure kept so far.

    The article's own dollars win over a rate table's reading of a local figure ("$2 billion" beside "₹16,000
    crore", "EUR 200 million (USD 220 million)" beside a headline's "EUR 200 mln"), and a bracketed dollar figure
    beside the local one ("80 billion rupees ($960 million)") wins over a headline's round "$1 billion".
    """
    if kept.currency == "USD":
        return repeat.usd_equivalent is not None
    return kept.usd_equivalent is None and (repeat.currency == "USD" or repeat.usd_equivalent is not None)


def _body_figure_to_prefer(kept: Draft, repeat: Draft) -> bool:
    """ "nearly VND11,000 billion" in a headline and "JPY61 billion (about VND10,670 billion)" in the body: with no
    dollars on either side, the body's figure is the one the headline rounds."""
    no_dollars = all(money.currency != "USD" and money.usd_equivalent is None for money in (kept.money, repeat.money))
    return no_dollars and kept.sentence.paragraph == 0 and repeat.sentence.paragraph > 0


def merge_repeats(drafts: list[Draft]) -> list[Draft]:
    """One pledge told in several sentences becomes one draft with every sentence as evidence."""
    merged: list[Draft] = []
    # Figures the body states as such ("the nearly $4 billion investment" rounds as the headline does).
    body_amounts = [d.amount_usd for d in drafts if d.sentence.paragraph > 0 and d.money.qualifier != "approximate"]
    for draft in drafts:
        twin = next(
            (
                kept
                for kept in merged
                if kept.investor == draft.investor
                and kept.recipient == draft.recipient
                and _same_amount(kept.amount_usd, draft.amount_usd)
                and not _each_companys_own_figure(kept, draft)
            ),
            None,
        )
        if twin is None:
            twin = _same_amount_in_another_currency(merged, draft)
        if twin is None:
            twin = _same_figure_other_pair(merged, draft)
        if twin is None:
            twin = _rounded_in_headline(merged, draft, body_amounts)
        if twin is None:
            twin = _rounded_bound(merged, draft)
        if twin is None:
            twin = _headline_number_in_the_body_currency(merged, draft)
        if twin is None:
            merged.append(draft)
            continue
        twin.evidence.append(draft.sentence)
        twin.organizations = list(dict.fromkeys(twin.organizations + draft.organizations))
        twin.previous_usd += draft.previous_usd
        twin.superseded = twin.superseded and draft.superseded
        twin.investor_explicit = twin.investor_explicit or draft.investor_explicit
        twin.recipient_explicit = twin.recipient_explicit or draft.recipient_explicit
        twin.domestic_partner = twin.domestic_partner or draft.domestic_partner  # shared with a home company anywhere
        if not twin.sectors:
            twin.sectors = draft.sectors
        if twin.period == (None, None):
            twin.period = draft.period
        if _dollars_to_prefer(twin.money, draft.money) or _body_figure_to_prefer(twin, draft):
            _take_the_figure(twin, draft)
    return merged


def _each_companys_own_figure(kept: Draft, draft: Draft) -> bool:
    """ "HD Hyundai and Cerberus will jointly invest $5 billion ...", later "Hanwha Ocean ... will invest $5 billion":
    two body sentences whose subjects are different companies tell two pledges of the same size. Not a precise figure
    told twice ("₹39,618 crore" from "Mitsubishi UFJ Financial Group" and from "MUFG Bank"): one pledge, two names."""
    same_precise_figure = (
        kept.money.amount == draft.money.amount
        and kept.money.currency == draft.money.currency
        and _significant_digits(kept.money.amount) >= 3
    )
    return (
        not same_precise_figure
        and kept.sentence is not draft.sentence
        and kept.sentence.paragraph > 0
        and draft.sentence.paragraph > 0
        and kept.investor_source == draft.investor_source == "clause"
        and kept.investor_name in kept.organizations
        and draft.investor_name in draft.organizations
        and not set(kept.organizations) & set(draft.organizations)
    )


def _same_family(names: list[str], others: list[str]) -> bool:
    """ "LG Energy Solution" and "LG Group": one brand, as a story names it now one way, now the other."""
    brands = {name.split()[0].lower() for name in names}
    return bool(set(names) & set(others)) or bool(brands & {name.split()[0].lower() for name in others})


def fold_superseded(drafts: list[Draft]) -> None:
    """An earlier, smaller offer to the same country ("first proposed $10 million, then $100 million") is history."""
    for draft in drafts:
        if draft.superseded:
            continue
        sentence = draft.sentence.text
        before = sentence[max(0, draft.money.start - 80) : draft.money.start]
        # "will make its first $350 million investment in a solar project": the first of a series, not an old figure
        before = re.sub(r"\b(?:its|their)\s+first\s+$", "", before)
        if not (_SUPERSEDED_CUE.search(before) or re.search(r"\bthen\b", before) or _REJECTED.search(sentence)):
            continue
        larger = [
            d
            for d in drafts
            if d is not draft
            and not d.superseded
            and (d.investor, d.recipient) == (draft.investor, draft.recipient)
            and d.amount_usd > draft.amount_usd
            and d.kind == draft.kind
            # a company's figure is not an earlier version of a package with no company named
            and (not draft.organizations or (d.organizations and _same_family(d.organizations, draft.organizations)))
        ]
        if larger and re.search(
            r"\b(?:offer\w*|propos\w*|pledg\w*|plan\w*|commit\w*|investment|announced)\b", sentence, re.I
        ):
            current = larger[0]
            current.previous_usd.append(draft.amount_usd)
            draft.superseded = True


_EACH_IN_TWO_AFTER = re.compile(r"\s+each\s+(?:in|to|for|into)\s+[^,;$€£¥₩₹]{1,60}?\s+and\s+", re.IGNORECASE)


def _shares(draft: Draft) -> int:
    """ "$500 million each in AGEL and ATL": one figure told for two recipients counts twice in their total."""
    return 2 if _EACH_IN_TWO_AFTER.match(draft.sentence.text, draft.money.end) else 1


def _attach_parts_that_add_up(drafts: list[Draft]) -> None:
    """ "will buy 20% for ₹13,483 crore ... 13.19% for ₹8,889 crore and 6.81% for ₹4,594 crore": figures of one
    sentence that add up to a total stated just before are its parts."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        if not draft.superseded and draft.parent is None:
            by_sentence.setdefault(draft.sentence.index, []).append(draft)
    for index, group in by_sentence.items():
        pairs = {(d.investor, d.recipient) for d in group}
        if len(group) < 2 or len(pairs) != 1:
            continue
        total = sum(d.amount_usd * _shares(d) for d in group)
        whole = next(
            (
                d
                for d in drafts
                if any(sentence.index in (index - 1, index - 2, index) for sentence in [d.sentence, *d.evidence])
                and all(d is not part for part in group)
                and (d.investor, d.recipient) in pairs
                and _same_amount(d.amount_usd, total)
            ),
            None,
        )
        if whole is not None:
            for part in group:
                part.parent = whole


_INCREMENT_BEFORE = re.compile(
    r"\b(?:another|an additional|additional|a further|further|an extra|extra|a fresh|fresh|an incremental)\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost|over)\s+)?$",
    re.IGNORECASE,
)


def _attach_increments(drafts: list[Draft], stated: list[tuple[Sentence, Money]]) -> None:
    """ "an additional $5 billion on top of the $21 billion announced in March" in a story of a $26 billion pledge,
    "for ₹3,000 crore ... another ₹1,200 crore ... This takes the total deal value to ₹4,200 crore": a step and the
    figure it adds to, both stated, that make up a total the article also gives are parts of that total, unless the
    headline tells the step."""
    headline = {(money.amount, money.currency) for sentence, money in stated if sentence.paragraph == 0}
    for sentence, step in stated:
        if not _INCREMENT_BEFORE.search(sentence.text, max(0, step.start - 30), step.start):
            continue
        if (step.amount, step.currency) in headline:
            continue  # "TSMC to invest $100 billion more in US": the headline makes the step the news
        for _, other in stated:
            if other.amount == step.amount or other.currency != step.currency:
                continue
            both = step.amount + other.amount
            total = next(
                (
                    d
                    for d in drafts
                    if not d.superseded
                    # "Combined with the $65 billion it had already committed, ... rises to about $165 billion": a
                    # sum with past money, of which the step is the new pledge
                    and not d.running_total
                    and d.money.currency == step.currency
                    and abs(both - d.money.amount) <= d.money.amount * Decimal("0.01")
                ),
                None,
            )
            if total is None:
                continue
            for draft in drafts:
                if (
                    draft is not total
                    and draft.parent is None
                    and (draft.investor, draft.recipient) == (total.investor, total.recipient)
                    and draft.money.amount in (step.amount, other.amount)
                    and draft.money.currency == step.currency
                ):
                    _make_part(draft, total)


def _make_part(part: Draft, total: Draft) -> None:
    """`part` is inside `total`, whose evidence gains the part's sentences: they name who pays the whole too."""
    part.parent = total
    total.evidence += [sentence for sentence in part.evidence if sentence not in total.evidence]


def _attach_to_deal_totals(drafts: list[Draft]) -> None:
    """ "agreed to purchase US Steel for $14.1 billion", then "the debt will also be assumed, bringing the overall deal
    value to $14.9 billion": the price told first is part of the deal's whole price, and names who pays it."""
    for total in drafts:
        if not total.deal_total or total.superseded:
            continue
        for draft in drafts:
            if (
                draft is not total
                and draft.parent is None
                and not draft.superseded
                and not draft.deal_total
                and (draft.investor, draft.recipient) == (total.investor, total.recipient)
                and draft.sentence.index < total.sentence.index
                and draft.amount_usd < total.amount_usd
            ):
                _make_part(draft, total)


def attach_components(drafts: list[Draft], stated: list[tuple[Sentence, Money]] = ()) -> None:
    """A smaller figure inside a larger package to the same country ("it comprises €5 billion...") is a part."""
    _attach_parts_that_add_up(drafts)
    _attach_increments(drafts, list(stated))
    _attach_to_deal_totals(drafts)
    headline = {(money.amount, money.currency) for sentence, money in stated if sentence.paragraph == 0}
    for draft in drafts:
        if draft.superseded:
            continue
        if (draft.money.amount, draft.money.currency) in headline and not any(
            (d.money.amount, d.money.currency) in headline for d in drafts if d is not draft
        ):
            continue  # "Amazon pumps in another Rs 2,900 cr into India business": the headline makes the part news
        totals = [
            d
            for d in drafts
            if d is not draft
            and not d.superseded
            and (d.investor, d.recipient) == (draft.investor, draft.recipient)
            and d.amount_usd > draft.amount_usd * Decimal("1.05")
            and d.sentence.index <= draft.sentence.index + 1
            and not d.domestic_partner  # the foreign share of a joint total is the bilateral pledge
            # "$750 billion of energy purchases and an extra $600 billion in investments": goods bought do not
            # contain money invested
            and not (d.kind == "purchase" and draft.kind != "purchase")
        ]
        totals = [
            d
            for d in totals
            if not (d.organizations and draft.organizations and not set(d.organizations) & set(draft.organizations))
        ]  # one company's pledge is not a part of another company's
        if not totals:
            continue
        text = draft.sentence.text
        # Only the amount's own clause: "..., including Nvidia processors, and CoreWeave added £750m" is no part.
        clause_start, _ = clause_bounds(text, draft.money.start)
        before = text[clause_start : draft.money.start]
        after = text[draft.money.end : draft.money.end + 60]
        if draft.parent is not None:
            continue
        if _COMPONENT_CUE.search(before) or _PART_CUE_AFTER.search(after[:30]) or _PER_YEAR.match(after):
            draft.parent = min(totals, key=lambda d: d.amount_usd)
