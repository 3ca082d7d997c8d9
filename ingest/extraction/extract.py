"""From an article's text to pledge candidates.

The steps, each a plain function below:
1. split the article into the headline and body sentences;
2. find amounts, drop those that measure something else (trade, revenue, markets);
3. read the investor and the recipient from the amount's clause, else its sentence, else the paragraph, else the
   headline's pledge, else the parties the whole article points at (roles.py);
4. drop domestic money (same country on both sides, subsidies from the host government) and multilateral loans;
5. merge the mentions of one pledge, fold superseded figures into the current one, attach components to totals.
"""

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from ingest.extraction import filters
from ingest.extraction.candidates import Candidate, candidate_title
from ingest.extraction.consolidate import attach_components, fold_superseded, link_changes_in_sentence, merge_repeats
from ingest.extraction.convert import convert
from ingest.extraction.drafts import Draft
from ingest.extraction.gazetteer import Gazetteer, Mention, default_gazetteer, subdivision_countries
from ingest.extraction.money import CURRENCY_HOMES, REPORTING_CURRENCIES, Money, find_money
from ingest.extraction.roles import (
    BRINGS_HOME,
    NAMES_A_PROJECT_AFTER,
    PLEDGE_VERBS,
    SEVERAL_INVESTORS,
    SEVERAL_RECIPIENTS,
    SIGNED_AN_AGREEMENT_WITH,
    TRIP_BEFORE,
    Roles,
    anaphoric_subject,
    builder_a_host_chooses,
    clause_bounds,
    describes_a_company,
    first_of_each_country,
    forget_hints,
    hints,
    is_demonym,
    names_a_venue,
    reported_clause_start,
    resolve_roles,
    sells_after,
    sentence_subject,
)
from ingest.extraction.sectors import final_sectors, sectors_in
from ingest.extraction.text import MONTH, PERCENT, Sentence, article_dateline, article_sentences, title_dateline_end
from pledges.reference.places import SHORT_US_STATE_ABBREVIATIONS, dateline_town_country

MIN_USD = Decimal("1000000")  # below a million dollars an amount is a price or a fee, not a pledge
# No pledge has come near two trillion dollars: above it a figure is an economy, a market or a misprinted unit
# ("$5-trillion or Rs 3,20,000-crore").
MAX_USD = Decimal("2000000000000")
US_CONTEXT = re.compile(
    r"\b(?:U\.S\.|US|United States|America|Americans?|state of|governor|Gov\.)(?![A-Za-z])", re.UNICODE
)


_TOWN_AND_QUALIFIER = re.compile(r"\b([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}),\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def _qualified_towns(article: str, gazetteer: Gazetteer) -> dict[str, str]:
    """ "Athens, Tennessee": each name the article qualifies with a subdivision of one country, and that country.
    Not a list of countries or capitals: "Mozambique, Niger, Burkina Faso", "Tokyo, Beijing and Seoul"."""
    towns: dict[str, str] = {}
    for match in _TOWN_AND_QUALIFIER.finditer(article):
        qualifier = match.group(2)
        if any(m.kind == "country" for m in gazetteer.mentions(qualifier)):
            continue
        homes = subdivision_countries().get(qualifier, frozenset())
        if len(homes) != 1:
            continue
        words = match.group(1).split()
        for first in range(len(words)):  # "Plant at Athens" is not how news writes it, but "Athens" may follow a name
            towns.setdefault(" ".join(words[first:]), next(iter(homes)))
    for match in _TOWN_AND_SHORT_US_STATE.finditer(article):
        towns.setdefault(match.group(1), "US")  # "the plant in Dublin, Va.": in the US, not Ireland
    return towns


# "the plant in Dublin, Va.": a town, then one of the short state abbreviations the gazetteer leaves out
_TOWN_AND_SHORT_US_STATE = re.compile(
    r"\b([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}),\s+(?:"
    + "|".join(map(re.escape, SHORT_US_STATE_ABBREVIATIONS))
    + r")(?=[\s,;)]|$)"
)


def _towns_the_article_places_elsewhere(mentions: list[Mention], towns: dict[str, str]) -> list[Mention]:
    """ "Denso expansion at Athens" over "its auto parts plant at Athens, Tennessee": a town named like a capital lies
    where the article's "Town, State" puts it."""
    resolved = []
    for mention in mentions:
        home = towns.get(mention.text)
        if (
            home
            and mention.kind in {"country", "place"}
            and mention.country not in {None, home}
            and not is_demonym(mention)
        ):
            mention = replace(mention, kind="place", country=home)
        resolved.append(mention)
    return resolved


def _resolve_ambiguous_places(mentions: list[Mention], sentence: str, article: str) -> list[Mention]:
    """A place named like a country (Georgia) is the US state when the text talks about states, plants or the US."""
    resolved = []
    for mention in mentions:
        if mention.ambiguous_country:
            # "... Plans USD 176M Plant in Georgia to Supply Hyundai Facility": a headline capitalises the plant
            us_words = US_CONTEXT.search(sentence) or re.search(
                r"\b(?:state|plant|factory|site|county)\b", sentence, re.IGNORECASE
            )
            if not us_words and not US_CONTEXT.search(article[:1500]):
                mention = replace(mention, kind="country", country=mention.ambiguous_country)
        resolved.append(mention)
    return resolved


_PLACE_NOUN_AFTER = re.compile(
    r" (?:Province|Prefecture|State|County|Region|District|City|Oblast|Governorate|Municipality|Island|Islands|"
    # "Mohammed VI Tangier Tech City", "Suez Canal Economic Zone": an estate in the place is still there
    r"Valley|Bay|Coast|Peninsula|(?:Tech|Industrial|Economic|Free|Special|Science)\s(?:City|Zone|Park|Estate))\b"
)
# A capitalised verb after a place in a title-case headline: the place is the subject, not part of a name.
_HEADLINE_VERB = re.compile(
    r" (?:Lures?|Lands?|Wins?|Gets?|Secures?|Attracts?|Bags?|Nets?|Signs?|Inks?|Eyes|Seeks?|Picks?|Plans?|"
    r"Announces?|Unveils?|Approves?|Invests?|Pledges?|Commits?|Welcomes?|Courts?|Woos?|Says|Said|Set|Sets|To)\b"
)


_OFFICE_AFTER = re.compile(
    r" (?:Governor|Gov\.|Lt\.|Lieutenant|Premier|Mayor|Senator|Sen\.|Rep\.|Representative|Commerce|Secretary|"
    r"Minister|Attorney|Treasurer|Comptroller|Department|Legislature|General Assembly|House|Senate|Court|Police)\b"
)


def _places_inside_names(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Zhejiang Huayou Cobalt", "Georgia Power": a place that starts a longer proper name is a company's name."""
    resolved = []
    for mention in mentions:
        if (
            mention.kind == "place"
            and re.match(r" [A-Z][a-z]", text[mention.end : mention.end + 3])
            and not _HEADLINE_VERB.match(text, mention.end)  # "Quebec Lures $5 Billion Battery Factory"
            and not _PLACE_NOUN_AFTER.match(text, mention.end)  # "Rayong Province" is still a place
            and not NAMES_A_PROJECT_AFTER.match(text, mention.end)  # so is "Metro Manila Subway Project"
            and not _OFFICE_AFTER.match(text, mention.end)  # "South Carolina Governor Henry McMaster": the state's man
        ):
            words = re.match(r"(?: [A-Z][\w&.-]*)+", text[mention.end :])
            name = mention.text + (words.group(0) if words else "")
            mention = replace(mention, kind="organization", name=name, end=mention.end + len(name) - len(mention.text))
        resolved.append(mention)
    return resolved


# "a 50 percent stake in Caio Porto, the company operating the project": a company the gazetteer does not know whose
# name ends in a town's; it says nothing of where the money goes.
_UNKNOWN_NAME_WORD_BEFORE = re.compile(
    r"(?<![.!?:]\s)(?<!^)\b(?!(?:In|At|The|New|North|South|East|West|Greater|Central|Upper|Lower|Port|Lake|Mount|San|Santa|St)\b)[A-Z][a-z]+\s$"
)
_DESCRIBED_AS_A_COMPANY_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|operator|venture|developer|owner)\b"
)


def _companies_ending_in_a_place(mentions: list[Mention], text: str) -> list[Mention]:
    return [
        m
        for m in mentions
        if not (
            m.kind == "place"
            and _UNKNOWN_NAME_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
            and not any(other.end == m.start - 1 for other in mentions)
            and _DESCRIBED_AS_A_COMPANY_AFTER.match(text, m.end)
        )
    ]


_LEGAL_FORM_OR_END = re.compile(
    r"(?:\s+(?:Kft|Ltd|Limited|GmbH|Inc|Pvt|SA|S\.A|AG|LLC|Co|Corp|Sp\. z o\.o|s\.r\.o|B\.V|BV|Pte)\.?)?"
    r"(?=[\s,.;:)]|$)(?!\s+[A-Z])"
)


_BUSINESS_WORDS_AFTER = re.compile(
    r"(?:\s+(?:Energy|Battery|Batteries|Manufacturing|Motors?|Industries|Electronics|Technolog(?:y|ies)|Materials|"
    r"Automotive|Components|Operations)){1,2}"
)


def _units_named_for_a_country(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Toray Industries Hungary Kft", "Hyundai Motor India", "LG Chem Wroclaw Energy": a company's unit named for the
    country or town it works in is there, and its parent's country pays for it."""
    resolved: list[Mention] = []
    skip = None
    for number, mention in enumerate(mentions):
        if mention is skip:
            continue
        following = mentions[number + 1] if number + 1 < len(mentions) else None
        # "LG Chem Wroclaw Energy": a town's name and a word of business after it
        business_words = _BUSINESS_WORDS_AFTER.match(text, following.end) if following is not None else None
        end = business_words.end() if business_words and following.kind == "place" else None
        if (
            mention.kind == "organization"
            and following is not None
            and (following.kind == "country" or end is not None)
            and following.country
            and following.country != mention.country
            and not is_demonym(following)
            and following.start == mention.end + 1
            and text[mention.end] == " "
            and _LEGAL_FORM_OR_END.match(text, end or following.end)
        ):
            owner = mention.owner_country or mention.country
            end = end or following.end
            mention = replace(
                mention,
                end=end,
                text=text[mention.start : end],
                country=following.country,
                owner_country=owner,
            )
            skip = following
        resolved.append(mention)
    return resolved


# “Make American Shipbuilding Great Again”: a quoted title, every word capitalised, names a programme, not a party.
_QUOTED_TITLE = re.compile(r"[\"“]((?:[A-Z][\w&’'.-]*)(?:\s+(?:[A-Z][\w&’'.-]*|of|and|the|for|in|to|a)){1,8})[\"”]")


def _without_negated_names(mentions: list[Mention], text: str) -> list[Mention]:
    """ "made up of non-European Union nations", "non-EU members": the name says who is not meant."""
    return [m for m in mentions if not re.search(r"\bnon-?\s?$", text[max(0, m.start - 4) : m.start], re.IGNORECASE)]


# "the Amazon Fund", "in the Amazon.": a company's one-word name used with "the" for a river, a forest or a region
# (unlike "the European Investment Bank", a name that takes "the").
# "near the Alat settlement on the Caspian Sea": a company's name that is also a town's, with "the" and a word for a
# place after it
_NATURAL_FEATURE_AFTER = re.compile(
    r"\s+(?:rainforest|basin|river|delta|region|forest|biome|Fund|settlement|village|town|district|county|area)\b"
    r"|\s*[.,;:”\"]|\s*$"
)


# "upon his return from the Indian Ocean port", "in the South China Sea": a sea named after a country is no party.
_SEA_AFTER = re.compile(r"\s+(?:Ocean|Sea)\b")


def _without_natural_features(mentions: list[Mention], text: str) -> list[Mention]:
    return [
        m
        for m in mentions
        if not (
            m.kind == "organization"
            and " " not in m.text
            and re.search(r"\bthe\s+$", text[max(0, m.start - 4) : m.start])
            and _NATURAL_FEATURE_AFTER.match(text, m.end)
        )
        and not (m.kind in {"country", "place"} and _SEA_AFTER.match(text, m.end))
    ]


_COUNTRY_OF_AFTER = re.compile(r"\s+(?:country|nation|state|kingdom|republic)\s+of\s+[A-Z]")


# "known by its Portuguese acronym FSDEA", "a Portuguese language business newspaper": a language, not a country;
# "in the South African country of Gabon": the country named after it, not the adjective's; "for an amount in Korean
# Won not exceeding the equivalent of $30 million": a currency (but "a Japanese yen loan" is Japan's loan)
_NO_PARTY_DEMONYM_AFTER = re.compile(
    r"[\s-](?:acronym|abbreviation|initials|name|names|language|speaking|word|words|translation|spelling)(?![a-z])"
    r"|\s+(?i:won|yen|yuan|renminbi|rupees?|riyals?|dirhams?|ringgit|baht|dong|rupiah|rand|naira|shillings?|lira|"
    r"krona|kronor|krone|francs?|pesos?|reais)\b(?!\s+(?i:loans?|credits?|financing|ODA)\b)"
    r"|" + _COUNTRY_OF_AFTER.pattern
)


def _without_demonyms_naming_no_party(mentions: list[Mention], text: str) -> list[Mention]:
    return [m for m in mentions if not (is_demonym(m) and _NO_PARTY_DEMONYM_AFTER.match(text, m.end))]


def _without_quoted_titles(mentions: list[Mention], text: str) -> list[Mention]:
    titles = [match.span(1) for match in _QUOTED_TITLE.finditer(text)]
    return [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in titles)]


# "(KFAED)", and "Export-Import Bank of India [Exim Bank]": a short name in brackets after the full one, also past a
# legal form the gazetteer's name leaves out ("China Harbour Engineering Company (CHEC)").
_ACRONYM_IN_BRACKETS = re.compile(
    r"(?:\s+(?:Company|Co\.?|Corporation|Corp\.?|Limited|Ltd\.?|Group|Inc\.?|Holdings))?"
    r"\s*(?:\(([A-Z][A-Z&]{1,7})\)|\[([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2})\])"
)
_NAME_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,40})\)")


def _with_defined_acronyms(
    found: list[tuple[Sentence, list[Money], list[Mention]]],
) -> list[tuple[Sentence, list[Money], list[Mention]]]:
    """ "The Kuwait Fund for Arab Economic Development (KFAED)": the short name the article defines stands for the
    organization wherever else it appears, the headline included ("KFAED, Guinea Sign USD 12.8 Mln Loan Deal")."""
    defined: dict[str, Mention] = {}
    for sentence, _, mentions in found:
        for mention in mentions:
            match = _ACRONYM_IN_BRACKETS.match(sentence.text, mention.end)
            short = match and (match.group(1) or match.group(2))
            if mention.kind == "organization" and short and short != mention.text:
                defined.setdefault(short, mention)
            # "Export-Import Bank of India (Exim Bank)": a short name the gazetteer gives another organization
            bracket = _NAME_IN_BRACKETS.match(sentence.text, mention.end)
            if mention.kind == "organization" and bracket is not None:
                other = next((m for m in mentions if (m.start, m.end) == bracket.span(1)), None)
                if other is not None and other.kind == "organization" and other.name != mention.name:
                    defined.setdefault(other.text, mention)
    if not defined:
        return found
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, defined)) + r")\b")
    widened = []
    for sentence, amounts, mentions in found:
        matches = list(pattern.finditer(sentence.text))
        # The article's own definition beats the gazetteer's reading of the same words ("Exim Bank" is not the
        # American one in a story that defines it as India's).
        kept = [
            m
            for m in mentions
            if not any(m.start == match.start() and m.end == match.end() for match in matches)
            or defined[m.text].name == m.name
        ]
        defined_here = [
            replace(defined[match.group(0)], start=match.start(), end=match.end(), text=match.group(0))
            for match in matches
        ]
        widened.append((sentence, amounts, _with_new_mentions(kept, defined_here)))
    return widened


def _with_new_mentions(mentions: list[Mention], candidates: list[Mention]) -> list[Mention]:
    """The mentions and those of the candidates that overlap none of them, in the order of the text."""
    added = [c for c in candidates if not any(m.start < c.end and c.start < m.end for m in mentions)]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# Legal forms only one country's companies take: "T Steel Holdings Pte. Ltd." is registered in Singapore, whoever owns
# it. (Forms several countries share, such as AG, GmbH, Pty or S.A., say nothing.)
_LEGAL_FORM_HOMES = (
    (r"Pte\.?(?:\s+Ltd\.?)?", "SG"),
    (r"Sdn\.?\s+Bhd\.?|Bhd\.?|Berhad", "MY"),
    (r"Tbk\.?", "ID"),
    (r"Oyj", "FI"),
    (r"Kft\.?|Zrt\.?|Nyrt\.?", "HU"),
    (r"Sp\.\s?z\s?o\.\s?o\.", "PL"),
    (r"S\.?A\.?(?:P\.?I\.?)?\s+de\s+C\.?V\.?", "MX"),
    (r"K\.K\.|Kabushiki\s+Kaisha", "JP"),
)
_LEGAL_FORM_NAME = re.compile(
    r"\b(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and))*?)\s*,?\s+(?P<form>"
    + "|".join(f"(?:{form})" for form, _ in _LEGAL_FORM_HOMES)
    + r")(?![\w])"
    # "PT Vale Indonesia Tbk", "PT Kaltim Nitrate": Indonesia's limited companies put their form first.
    r"|\bPT\s+(?P<pt_name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})"
)
_LEGAL_FORMS = [(re.compile(rf"(?:{form})$"), country) for form, country in _LEGAL_FORM_HOMES]


def _with_legal_form_names(
    found: list[tuple[Sentence, list[Money], list[Mention]]],
) -> list[tuple[Sentence, list[Money], list[Mention]]]:
    """A company the gazetteer does not know, but whose legal form says where it is registered ("acquired shares in
    T Steel Holdings Pte. Ltd.", "PT Kaltim Nitrate"), is a party of that country. A known name inside it keeps its
    own reading ("PT Hyundai Motor Manufacturing Indonesia" is Hyundai's)."""
    widened = []
    for sentence, amounts, mentions in found:
        registered = []
        for match in _LEGAL_FORM_NAME.finditer(sentence.text):
            if match.group("pt_name"):
                country, start = "ID", match.start()
            else:
                form = match.group("form")
                country = next(home for pattern, home in _LEGAL_FORMS if pattern.match(form))
                start = match.start("name")
            text = sentence.text[start : match.end()]
            registered.append(
                Mention(start, match.end(), text, "organization", country, text, organization_kind="company")
            )
        widened.append((sentence, amounts, _with_new_mentions(mentions, registered)))
    return widened


# "the Dedicated Freight Corridor (DFC)": capitalised words and the initials the article gives them in brackets.
_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w&-]*\s+(?:(?:of|and|for|the|de)\s+)?){2,8})\(([A-Z]{2,6})\)")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "de"})


def _acronyms_for_other_names(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """Initials an article defines for something else than the organization the gazetteer knows by them: "DFC" is
    the U.S. development bank, unless the article says "Dedicated Freight Corridor (DFC)"."""
    redefined = set()
    for match in _DEFINED_ACRONYM.finditer(text):
        # "Currency-Swap Agreement (CSA)": each part of a hyphenated word gives an initial
        words = re.split(r"[\s-]+", match.group(1).strip())
        acronym = match.group(2)
        for first in range(len(words)):
            phrase = [word for word in words[first:] if word not in _SMALL_WORDS]
            if "".join(word[0] for word in phrase) != acronym:
                continue
            known = [m for m in gazetteer.mentions(acronym) if m.kind == "organization"]
            name = _without_legal_form(" ".join(words[first:]))
            known_names = [_without_legal_form(m.name.replace("-", " ")) for m in known]
            if known and not any(known_name.endswith(name) or name.endswith(known_name) for known_name in known_names):
                redefined.add(acronym)
            break
    return frozenset(redefined)


def _without_legal_form(name: str) -> str:
    """ "Mediterranean Shipping Co" and "Mediterranean Shipping Company": one name, its legal form written two ways."""
    return re.sub(r"\s+(?:co|company|corp|corporation|inc|ltd|limited|plc|group|sa|ag|se)\.?$", "", name.lower())


_LOCAL_UNIT_GAP = re.compile(r"(?:'s|’s)\s+(?:PT\s+|the\s+)?")


# The countries whose governments and firms are the usual source of cross-border money in the news (the G7, China
# and Korea, the Gulf funds, Russia, Singapore and the richest small European economies). When two countries sign
# and the article never says which way the money goes, the one of them on this list pays the other; between two
# on the list, or two off it, the first named pays.
_CAPITAL_EXPORTERS = frozenset(
    {"US", "CN", "JP", "DE", "GB", "FR", "IT", "CA", "KR", "SA", "AE", "QA", "KW", "RU", "SG", "CH", "NL", "SE", "NO"}
)


def _usual_payer(first: str, second: str) -> str | None:
    """Of two countries signing, the one that is a usual source of capital when the other is not."""
    exporters = {first, second} & _CAPITAL_EXPORTERS
    return exporters.pop() if len(exporters) == 1 else None


# Monarchies called "the Kingdom" in their own and others' reporting.
_KINGDOMS = frozenset({"SA", "GB", "JO", "MA", "BH", "TH", "ES", "NL", "BE", "SE", "NO", "DK", "KH", "BT"})
# "the Kingdom", "The Gulf kingdom", "the desert kingdom": the one kingdom the story names
_THE_KINGDOM = re.compile(
    r"\b[Tt]he\s+(?:(?:Gulf|Arab|desert|oil-rich|Sunni|Hashemite|North\s+African)\s+)?[Kk]ingdom\b(?!\s+of\b)"
)
_THE_BLOC = re.compile(r"\b[Tt]he\s+(?:27-(?:member|nation)\s+)?bloc\b")


def _named_by_a_common_noun(
    mentions: list[Mention], text: str, pattern: re.Pattern, country: str | None, name: str
) -> list[Mention]:
    """ "the Kingdom deposited $3 billion" in a story that names one monarchy, "the bloc will invest $600 billion" in
    a story that names the European Union: the common noun stands for that country."""
    if country is None:
        return mentions
    found = [
        Mention(match.start(), match.end(), match.group(0), "country", country, name)
        for match in pattern.finditer(text)
        if not any(m.start <= match.start() < m.end for m in mentions)
    ]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


_STATE_AFTER = re.compile(r" (?:State|Province|Region)\b")


def _towns_named_like_countries(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Lebanon, Kentucky", "Mexico, Missouri": a town named like a country, placed by the state after it."""
    resolved = []
    for mention in mentions:
        if mention.kind == "country":
            state = next(
                (
                    m
                    for m in mentions
                    if m.kind == "place"
                    and m.country != mention.country
                    and re.fullmatch(r",\s*", text[mention.end : m.start])
                ),
                None,
            )
            if state is not None:
                mention = replace(mention, kind="place", country=state.country, name=mention.text)
            elif _STATE_AFTER.match(text, mention.end):
                # "Niger State", "the Niger State government": another country's state of the same name
                homes = subdivision_countries().get(mention.text, frozenset()) - {mention.country}
                if len(homes) == 1:
                    mention = replace(mention, kind="place", country=next(iter(homes)), name=mention.text)
            mention = _town_named_after_a_capital(mention, text)
        resolved.append(mention)
    return resolved


_REGION_OF_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:region|province|belt|area|district|basin)\s+of\s+(?:the\s+)?")


def _places_said_to_lie_in_a_country(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the Copperbelt mining region of DR Congo": a place the text puts in a country lies there, whatever other
    country shares its name."""
    resolved = []
    for number, mention in enumerate(mentions):
        following = mentions[number + 1] if number + 1 < len(mentions) else None
        region = _REGION_OF_AFTER.match(text, mention.end) if mention.kind == "place" else None
        if (
            region
            and following is not None
            and following.kind == "country"
            and following.start == region.end()
            and following.country != mention.country
        ):
            mention = replace(mention, country=following.country)
        after_next = mentions[number + 2] if number + 2 < len(mentions) else None
        if (
            # "in Santa Catarina, Nuevo León, in Mexico": a town named like another country's state, then its own
            # state and country
            mention.kind == "place"
            and following is not None
            and after_next is not None
            and following.kind == "place"
            and after_next.kind == "country"
            and following.country == after_next.country != mention.country
            and re.fullmatch(r",\s+", text[mention.end : following.start])
            and re.fullmatch(r",?\s+(?:in\s+)?", text[following.end : after_next.start])
        ):
            mention = replace(mention, country=following.country)
        resolved.append(mention)
    return resolved


# Territories whose companies the press often calls by the larger country's adjective.
_TERRITORY_OF = {"HK": "CN", "MO": "CN"}


def _territory_companies_called_chinese(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Chinese property developer CK Asset Holdings": a Hong Kong company called Chinese keeps its own home."""
    resolved = list(mentions)
    for number, (nationality, company) in enumerate(itertools.pairwise(mentions)):
        if (
            nationality.kind == "country"
            and company.kind == "organization"
            and company.country in _TERRITORY_OF
            and _TERRITORY_OF[company.country] == nationality.country
            and is_demonym(nationality)
            and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,3}", text[nationality.end : company.start])
        ):
            resolved[number] = replace(nationality, country=company.country)
    return resolved


# "its East London manufacturing plant", "New London, Connecticut": a compass word or "New" before a capital names
# another town, which the gazetteer of towns places.
_TOWN_PREFIX_BEFORE = re.compile(r"\b(?:East|West|North|South|New)\s$")


def _town_named_after_a_capital(mention: Mention, text: str) -> Mention:
    prefix = _TOWN_PREFIX_BEFORE.search(text, max(0, mention.start - 6), mention.start)
    if prefix is None or is_demonym(mention):
        return mention
    town = text[prefix.start() : mention.end]
    country = dateline_town_country(town)
    if country is None or country == mention.country:
        return mention
    return replace(mention, start=prefix.start(), text=town, kind="place", country=country, name=town)


def _local_units(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Indonesia's PT Vale": a company named as another country's is its local unit, at home there."""
    resolved = []
    for mention in mentions:
        if mention.kind == "organization":
            owner = next(
                (
                    m
                    for m in mentions
                    if m.kind == "country"
                    and m.end < mention.start
                    and _LOCAL_UNIT_GAP.fullmatch(text, m.end, mention.start)
                ),
                None,
            )
            if owner is not None and owner.country != mention.country:
                mention = replace(mention, country=owner.country)
            seat = next(
                (
                    m
                    for m in mentions
                    if m.kind == "country"
                    and not is_demonym(m)
                    and m.start > mention.end
                    and _UNIT_WORDS_BEFORE_SEAT.fullmatch(text, mention.end, m.start)
                    and not _UNIT_NAME_GOES_ON.match(text, m.end)
                ),
                None,
            )
            if owner is None and seat is not None and seat.country != mention.country:
                # "Orlen Group acquires KUFPEC Norway": the Kuwaiti company's Norwegian unit, at home in Norway and
                # owned from Kuwait.
                mention = replace(mention, country=seat.country, owner_country=mention.owner_country or mention.country)
        resolved.append(mention)
    return resolved


# "KUFPEC Norway", "HSBC Bank SA Panama": the words of a unit's name between its owner's name and its country
_UNIT_WORDS_BEFORE_SEAT = re.compile(r" (?:(?:Bank|SA|S\.A\.|AG|Ltd\.?|Group|Holdings|Inc\.?|Corp\.?|NV|N\.V\.) ){0,2}")
# "KUFPEC Norway Ltd", "the Kia Mexico plant": a name that goes on, or a facility named after the company and place.
_UNIT_NAME_GOES_ON = re.compile(
    r"(?:'s|’s)|\s+[A-Z]|\s+(?:plant|factory|facility|site|project|operations|unit|subsidiary|arm|business|market)\b"
)


def _drop_inside_money(mentions: list[Mention], amounts: list[Money]) -> list[Mention]:
    """ "NT$" and "A$" are not Taiwan or Australia, and "US$" is not the United States; nor is the nationality that
    names a currency just before it ("to grant Japanese Yen 1.6 billion") a party."""
    return [
        m
        for m in mentions
        if not any(
            money.start <= m.start < money.end
            or (
                m.end + 1 == money.start
                and m.kind == "country"
                and is_demonym(m)
                and CURRENCY_HOMES.get(money.currency) == m.country
            )
            for money in amounts
        )
    ]


_OPENING = re.compile(
    # "About a week after the Federal Government announced the release of its counterpart fund for the rail line,":
    # the scene set by an earlier event, whoever acted in it
    r"(?:(?:(?:About|Nearly|Almost|Just|Only|Some)\s+)?(?i:a|an|one|two|three|four|five|six|several|a few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?=after\b|before\b|since\b))?"
    r"(?:Under|As part of|In|At|Through|With|For|After|Following|During|Since|after|before|since)\b"
    r"[^,;$€£¥₩₹]{0,160},\s*"
)


def _clause_subject(sentence: str, money_start: int) -> str:
    """The words before the verb in the amount's clause: who acts on this amount."""
    start, end = clause_bounds(sentence, money_start)
    opening = _OPENING.match(sentence, start)
    if opening and opening.end() < money_start:
        start = opening.end()  # "Under the package announced on Tuesday, each government will contribute..."
    start = reported_clause_start(sentence, start, money_start)  # "The ministry announced that the company will..."
    # "The Economic Relations Division under the Ministry of Finance and KfW have signed": a capitalised verb inside
    # the clause is part of a name.
    match = next(
        (
            m
            for m in PLEDGE_VERBS.finditer(sentence, start, end)
            if m.start() == start or not sentence[m.start()].isupper()
        ),
        None,
    )
    stop = min(match.start(), money_start) if match else money_start
    return sentence[start:stop]


def _organizations(mentions: list[Mention], country: str | None) -> list[str]:
    names = [m.name for m in mentions if m.kind == "organization" and (country is None or m.country == country)]
    return list(dict.fromkeys(names))


# "in Cambridge" names a place; "in the Georgetown plant" names a site, which lies where the article says.
_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*)\b"
    r"(?![\s-]+[A-Z])(?!\s+(?:plant|factory|site|facility|facilities|complex|campus|works|shipyard|mill|refinery|hub|fab)\b)"
)
_A_COMPANY_NAME_END = re.compile(
    r"\s(?:Group|Holdings?|Company|Corporation|Platforms|Technologies|Industries|Motors|Bank|Capital|Partners|Systems|"
    r"Pharmaceuticals?|Airlines|Resources|Electronics|Enterprises|Ventures)$"
)
_SHARES_BEFORE = re.compile(r"\b(?:stakes?|holdings?|shareholdings?|shares|equity|interest)\s+$", re.IGNORECASE)
_NOT_PLACES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An",
    "This", "That", "Its", "Their", "His", "Her", "Phase", "Total",
}  # fmt: skip


def _unknown_places(text: str, mentions: list[Mention]) -> tuple[frozenset[str], frozenset[str]]:
    """ "a planned £200 million investment in Cambridge": places after "in" that the gazetteer does not match,
    and the countries whose ISO subdivisions carry those names (empty when no subdivision does)."""
    names: set[str] = set()
    countries: set[str] = set()
    for match in _UNKNOWN_PLACE.finditer(text):
        name = match.group(1)
        if name.split()[0] in _NOT_PLACES or any(m.start <= match.start(1) < m.end for m in mentions):
            continue
        if _A_COMPANY_NAME_END.search(name) or _SHARES_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "a 77% holding in Flipkart Group": a company, not a place
        if _COUNTRY_OF_AFTER.match(text, match.end(1)):
            continue  # "in the South African country of Gabon": the country named next is the place
        names.add(name)
        countries |= subdivision_countries().get(name, frozenset())
        # "in Upper Egypt": a region named after the country inside it
        countries |= {m.country for m in mentions if m.country and match.start(1) < m.start < match.end(1)}
        # "its first U.S. manufacturing campus this year in Ridgeville": the country just named holds the place
        countries |= {
            m.country
            for m in mentions
            if m.country
            and m.kind in {"country", "place"}
            and not is_demonym(m)
            and 0 <= match.start(1) - m.end <= 60
            and not re.search(r"[,;:()]", text[m.end : match.start(1)])
        }
        # "in the Sihanoukville Special Economic Zone": a town the gazetteer lacks, looked up among GeoNames towns
        # (its name alone, then without the words after it). This only lets a country borrowed from the article
        # stand; it never makes a name a place.
        words = name.split()
        town = next(
            (country for k in range(len(words), 0, -1) if (country := dateline_town_country(" ".join(words[:k])))),
            None,
        )
        if town:
            countries.add(town)
    return frozenset(names), frozenset(countries)


_PLACE_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*)(?:,\s*|\s+in\s+)$")


def _located_places(text: str, mentions: list[Mention]) -> dict[str, str]:
    """ "a site in Bartow County in Georgia", "Jeffersonville, Ohio": names the gazetteer does not know, and the
    country the article places them in."""
    located = {}
    for mention in mentions:
        if mention.kind not in {"country", "place"} or not mention.country:
            continue
        match = _PLACE_NAME_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if match and match.group(1).split()[0] not in _NOT_PLACES:
            located[match.group(1)] = mention.country
    return located


# "100 billion riyals from the kingdom's reserves to the PIF", "inject $40 billion ... in its economy": money that
# stays at home, whoever the article names elsewhere.
_HOME_MONEY = re.compile(
    r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:kingdom|country|state|government|nation|treasury)?(?:'s|’s)?\s*"
    r"(?:own\s+)?(?:reserves|budget|coffers)\b"
    r"|\b(?:in|into|to)\s+(?:its|their|the\s+kingdom's|the\s+country's|the\s+kingdom’s|the\s+country’s)\s+"
    r"(?:own\s+|domestic\s+|local\s+|home\s+|national\s+)?(?:economy|home market)\b",
    re.IGNORECASE,
)
# "the Ethiopian Government put forward more than $700 million to meet the needs of their own people": at home
_FOR_ITS_OWN_PEOPLE_AFTER = re.compile(r"[^.;]{0,80}?\b(?:its|their)\s+own\s+(?:people|citizens|population)\b")


def _place_counties_in_the_united_states(drafts: list[Draft], found: list) -> None:
    """ "is putting a $17 million factory in Hall County", in a story that speaks of the U.S. market: a county the
    gazetteer does not know, named after its name as American counties are, lies in the United States."""
    if not any(m.country == "US" for _, _, mentions in found for m in mentions):
        return
    for draft in drafts:
        names, _ = draft.unknown_places
        if draft.recipient is None and draft.investor != "US" and any(name.endswith(" County") for name in names):
            draft.recipient = "US"


def _government_pays_a_company(roles, text: str) -> bool:
    """ "Canada and Quebec Commit C$2.71 Billion to Northvolt EV Battery Plant": a government's money to a company
    (not to a country) supports a plant at home."""
    investor, recipient = roles.investor, roles.recipient
    return bool(
        investor is not None
        and investor.kind in {"country", "place"}
        and not is_demonym(investor)
        and not describes_a_company(text, investor)
        and recipient is not None
        and recipient.kind == "organization"
        and recipient.organization_kind == "company"
    )


# "tax breaks from British government", "£500m was provided in government subsidy": which government pays the aid.
_GOVERNMENT_PAYS_AFTER = re.compile(
    r"[^.;$€£¥₩₹]{0,60}?\b(?:from|by|in|via|through)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}government\b"
    # "a probe into the 108 million-euro subsidy Hungary extended to the project": the country giving it names it
    r"|\s*(?:[\w-]+\s+)?(?:subsid(?:y|ies)|grants?|state\s+aid|incentives?)\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+government)?\s+(?:had\s+|has\s+)?(?:extended|granted|gave|given|offered|"
    r"provided|promised|awarded|paid)\b"
)


def _another_government_pays(text: str, mentions: list[Mention], money: Money, investor: Mention | None) -> bool:
    """Aid that a government pays, named after the amount, and not the investor's: the host government pays it at
    home, whatever other country the sentence names ("fending off bids from Spain")."""
    payer = _GOVERNMENT_PAYS_AFTER.match(text, money.end)
    if payer is None:
        return False
    named = [m for m in mentions if money.end <= m.start and m.end <= payer.end() and m.country]
    return investor is None or all(m.country != investor.country for m in named)


# "committed $700 million towards the $7-billion price tag", "incentives ... toward a new $1.7 billion investment"
_TOWARDS_BEFORE = re.compile(r"\btowards?\s+(?:the|a|an|its)\s+(?:new\s+|planned\s+|proposed\s+)?$", re.IGNORECASE)


_AID_TO_AFTER = re.compile(
    r"\s+(?:in\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:assistance|aid)\s+(?:to|for)\s+(?:the\s+)?", re.IGNORECASE
)


def _aid_to_another_country(text: str, mentions: list[Mention], money: Money, investor: Mention | None) -> bool:
    """ "an additional $90 million in development assistance to Ghana": aid sent abroad, not a subsidy at home."""
    aid = _AID_TO_AFTER.match(text, money.end)
    return (
        aid is not None
        and investor is not None
        and any(
            m.start == aid.end() and m.kind == "country" and m.country not in {None, investor.country} for m in mentions
        )
    )


def _government_spends(text: str, mentions: list[Mention], money: Money, recipient: Mention | None) -> bool:
    """ "The Biden administration will award...": a government with no country named before its verb is the host;
    so is "The Canadian government has committed $700 million" to a plant in Ontario."""
    if _HOME_MONEY.search(text, money.end, money.end + 120):
        return True
    if _SPENT_BY_A_NAMED_PAYER_AFTER.match(text, money.end):
        return False  # "including $370 million which the Chinese side would spend": its own payer, whoever predicts it
    payer = _PAYER_AFTER.match(text, money.end)
    if payer is not None and any(
        payer.start("name") <= m.start < payer.end("name")
        and m.country
        and m.country != (recipient.country if recipient is not None else None)
        for m in mentions
    ):
        return False  # "the Minister said the deposit of US$ 3 billion by the Saudi Development Fund": its payer named
    start, _ = clause_bounds(text, money.start)
    subject = _clause_subject(text, money.start)
    if subject.strip().lower() == "with":
        # "The state is supporting the project, which will create 250 jobs, with 5.7 billion forints": the clause
        # only carries the means; the sentence's own subject gives them.
        start, subject = 0, text[: clause_bounds(text, 0)[1]]
    if not filters.government_subject(subject) or _TOWARDS_BEFORE.search(text, max(0, money.start - 30), money.start):
        return False  # "committed $700 million towards the $7-billion price tag": the whole is not the government's
    if _APPROVED_BEFORE.search(text, max(0, money.start - 60), money.start) or _SIGNED_WITH_A_FOREIGN_FIRM.search(
        text, 0, money.start
    ):
        # "the province gave the go-ahead to a US$100 million project by South Korean firm Hanwha", "The state also
        # signed an MoU with US-based TPI Composites for a Rs 300-crore expansion": the firm's money, not the state's
        return False
    if re.match(r"\s*with\b", subject, re.IGNORECASE):
        return False  # "in talks, with the government of Tamil Nadu regarding an investment of $200 million": a partner
    if any(m.kind == "country" and builder_a_host_chooses(text, m, mentions) is not None for m in mentions):
        return False  # "The Moroccan State has decided to trust ... GOTION High-Tech ... to develop": its money
    subject_end = start + len(subject)
    named = [m for m in mentions if start <= m.start < subject_end and m.kind in {"country", "organization"}]
    return all(m.kind == "country" and recipient is not None and m.country == recipient.country for m in named)


_INVESTMENT_BY_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:investment|project|plant|factory)\s+by\s")
_SOLD_TO_A_BUYER_BEFORE = re.compile(
    r"\b(?:sell|sells|sold|selling|offload|offloads|offloaded)\s+(?:its|their|a|an|the)\s+[^.;$€£¥₩₹]{0,60}?\bto\s+"
    r"(?:the\s+)?(?P<buyer>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+for\s+(?:about\s+|around\s+|some\s+)?$"
)
_SOLD_WITH_NO_BUYER_BEFORE = re.compile(
    r"\b(?:it|they|he|she|[A-Z][\w&.'’-]*)\s+(?:had\s+|has\s+)?(?:sold|offloaded|divested)\s+(?:its\s+|their\s+)?"
    r"(?:[\w'’.-]+\s+){1,8}?for\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$"
)
_SPENT_BY_A_NAMED_PAYER_AFTER = re.compile(
    r"\s+(?:which|that)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:(?:will|would|is to|are to|plans to|"
    r"has agreed to|have agreed to)\s+)?(?:spend|invest|put|provide|pay|contribute|lend)\b"
)
_SHARES_OF_BEFORE = re.compile(r"\b(?:shares|stock|stocks)\s+(?:of|in)\s+$", re.IGNORECASE)


def _has_domestic_partner(text: str, mentions: list[Mention], money: Money, roles) -> bool:
    """An organization from the recipient country stands beside the investor as a subject of the amount."""
    if roles.recipient is None or roles.investor is None:
        return False
    start, _ = clause_bounds(text, money.start)
    subject_end = start + len(_clause_subject(text, money.start))
    return any(
        m.kind == "organization"
        and m.country == roles.recipient.country
        and start <= m.start < subject_end
        # "with the acquisition of the Vale Cubatão Fertilizantes complex for $255 million": what is bought
        and not _TAKEOVER_TARGET_BEFORE.search(text, 0, m.start)
        # "Shares of Greene King surged after CK Asset said it plans to acquire": the target's stock, no partner
        and not _SHARES_OF_BEFORE.search(text, max(0, m.start - 20), m.start)
        for m in mentions
    )


_DEAL_WITH_LENDER = re.compile(
    r"[^.;$€£¥₩₹]{0,40}?\b(?:deal|agreement|programme|program|loan|facility|package|arrangement)s?\s+"
    r"(?:with|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


_ASIDE_FROM_BEFORE = re.compile(
    r"\b(?:aside from|apart from|besides|in addition to|alongside|along with|like)\s+(?:the\s+)?$", re.IGNORECASE
)
_AN_AMOUNT = re.compile(r"\d\s*(?:billion|million|trillion|bn|mn)\b", re.IGNORECASE)


_EVENT_NAMED_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:Conference|Summit|Forum|General\s+Assembly|Congress|Convention|Meetings)\b"
)


def _near_multilateral(text: str, mentions: list[Mention], money: Money, investor: Mention | None) -> bool:
    """The IMF or the World Bank is the one lending: it is named before the amount and before any country."""
    lenders = [
        m
        for m in mentions
        if m.kind == "multilateral"
        and m.end <= money.start
        # "the World Bank $2 billion, ..., Germany $88 million": a lender of an earlier item of the list lends that one
        and not _AN_AMOUNT.search(text, m.end, money.start)
        # "Aside from ADB, the Japan International Cooperation Agency is also co-financing": another lender
        and not _ASIDE_FROM_BEFORE.search(text, max(0, m.start - 25), m.start)
        # "the COP27 United Nations Climate Change Conference": an event the body hosts lends nothing
        and not _EVENT_NAMED_AFTER.match(text, m.end)
    ]
    if not lenders:
        # "struck a four-year, $3.4bn programme deal with the International Monetary Fund": the other side of the deal
        # "more than $50 billion in loans and investment deals from the International Monetary Fund, World Bank, UAE":
        # a multilateral lender named first among the sources.
        return any(
            m.kind == "multilateral"
            and m.start > money.end
            and (investor is None or investor.start > m.start)
            and _DEAL_WITH_LENDER.fullmatch(text[money.end : m.start]) is not None
            for m in mentions
        )
    return investor is None or lenders[0].start < investor.start or investor.start > money.start


_REGION_COMPARED = re.compile(
    r"\b(?:of its kind|first|largest|biggest)\b[^.;$€£¥₩₹]{0,50}\b(?:on|in|outside)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){1,3}(?:and|&)\s+)?$"  # "the first gigafactory in the Middle East and Africa region"
    # "enabling it to export vehicles to Europe": where the goods go, not the money
    r"|\b(?:export\w*|ship\w*|sell\w*|supply\w*)\s+(?:\w+\s+){0,3}(?:to|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REGION_AS_ADJECTIVE = re.compile(
    r"^\s+(?:state|states|nation|nations|country|countries|monarchy|monarchies|kingdom)\b"
    # "to acquire West African data centre and network firm MainOne": where a company works, not where money goes
    r"|^\s+(?:[\w-]+\s+(?:and\s+)?){0,4}?(?:firm|company|group|operator|provider|bank|lender|start-?up|business|"
    r"conglomerate|maker|producer)\b"
    # "to invest €240 million in Europe's first battery cell fab": the project compared with the region's others
    r"|^(?:'s|’s)\s+(?:first|largest|biggest|only|second|third|most|top|leading)\b"
)


def _names_a_region(text: str, mention: Mention) -> bool:
    """ "projects in Africa" names a region; "the Gulf state" describes a country, and "the first facility of its kind
    on the African continent" compares the project with a region's others."""
    return (
        mention.kind == "region"
        and not _REGION_AS_ADJECTIVE.match(text[mention.end : mention.end + 60])
        and not _REGION_COMPARED.search(text, max(0, mention.start - 80), mention.start)
    )


_COUNTED_PROJECTS_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:projects|proposals|applications|transactions|deals|investments|loans)\b[^.;$€£¥₩₹]{0,80}?"
    # "five additional investment projects in the electronics and PCB industry, with a value of 14 billion baht"
    r"\b(?:totall?ing|worth|valued at|amounting to|with\s+(?:a\s+)?(?:combined\s+|total\s+)?value\s+of)\s+"
    r"(?:more than\s+|over\s+|about\s+|some\s+|nearly\s+)?$"
)


def _payers_before(mentions: list[Mention], money: Money, roles: Roles) -> set[str]:
    """The countries of the companies and countries named before the amount, but for its recipient's."""
    recipient = roles.recipient.country if roles.recipient else None
    return {
        m.country
        for m in mentions
        if m.kind in {"organization", "country"} and m.country and m.end <= money.start and m.country != recipient
    }


_APPROVED_BEFORE = re.compile(
    r"\b(?:gave|gives|give|given|granted|grants|issued|issues)\s+(?:the\s+|its\s+)?(?:go-ahead|green light|nod|"
    r"approval|licen[cs]e|investment certificate)\s+(?:to|for)\s+(?:an?\s+|the\s+)?$"
    r"|\b(?:approved|approves|licensed|cleared)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_SIGNED_WITH_A_FOREIGN_FIRM = re.compile(
    r"\b" + SIGNED_AN_AGREEMENT_WITH + r"\s+(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\b"
)
_FROM_A_NAME = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z]")
_COMBINED_AFTER = re.compile(r"\s+(?:combined|together|between them)\b", re.I)
# "the Kazakh-Chinese Business Council", "a China-Kazakhstan investment forum": a meeting of two countries
_BILATERAL_MEETING = re.compile(
    r"\b[A-Z][a-z]+-[A-Z][a-z]+\s+(?:(?:[Bb]usiness|[Ii]nvestment|[Ee]conomic|[Tt]rade|[Ii]ntergovernmental)\s+)*"
    r"(?:[Cc]ouncil|[Ff]orum|[Ss]ummit|[Cc]ommission|[Cc]ommittee|[Cc]onference|[Dd]ialogue)\b"
)
_SIGNED = re.compile(r"\b(?:signed|inked|sealed|concluded)\b")


def _countries_meeting(text: str, mentions: list[Mention]) -> tuple[str, ...]:
    """The two countries whose meeting the agreements of the sentence were signed at, or ()."""
    match = _BILATERAL_MEETING.search(text)
    if match is None or not _SIGNED.search(text):
        return ()
    inside = [m.country for m in mentions if match.start() <= m.start < match.end() and m.kind == "country"]
    return tuple(inside) if len(set(inside)) == 2 else ()


_COMBINED_BEFORE = re.compile(r"\b(?:a\s+)?combined\s+(?:total\s+of\s+)?(?:about\s+|some\s+|nearly\s+)?$", re.I)


# A sentence that opens with a name: "Tyson Foods, one of ...", "Dow will also put ...", "Acme Corp said ...".
_NAMED_SUBJECT = re.compile(
    r"^(?:(?:In addition|Additionally|Separately|Meanwhile|Elsewhere|Also|Similarly|Likewise),\s+)?"
    # "Last week Northern Star Resources completed ...", "In March, ...": when it happened, before the subject
    r"(?:(?:(?:Last|This|Earlier this|Later this)\s+(?:week|month|year)|In\s+(?:" + MONTH + r"|\d{4})|"
    r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday))\s*,?\s+)?"
    r"[\"“]?"
    # "Telecoms company Millicom said": a trade word before the name
    r"(?:[A-Z][a-z]+\s+(?:[a-z-]+\s+)?(?:company|firm|group|operator|maker|giant|provider|producer|developer)\s+)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of|and|de|du))*?)"
    r"(?=,|\s+(?:has|have|had|is|was|are|were|will|would|could|said|says|plans|planned|announced|opened|also|makes|buys|acquires|invests|pays|agrees|"
    r"to|agreed|signed|unveiled|launched|expects|intends|aims|wants|broke|began|started|completed)\b)"
)
_NOT_A_NAME = frozenset(
    "The A An It Its This That These Those They He She We I In On At For From By With As After Before When While "
    "Last Next Earlier Later Separately Meanwhile Also And But Or So Yet However Officials Analysts Sources "
    "Investors Shares Analyst Company Group Government Minister President Chairman Prime According Under Despite "
    "Since Through Following During Among Including Speaking Asked Together Both Several Many Some Most All Each "
    "Other Such Our Their His Her There Here Now Then Today Yesterday Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October November December "
    "Construction Production Work Plans Details Terms Financial Total Overall Further "
    # titles before a person's name: "Gov. Kevin Stitt announced"
    "Gov Gov. Governor Premier Mayor Sen Sen. Senator Rep Rep. Secretary Chancellor King Queen Crown Prince Sheikh "
    "Dr Dr. Mr Mr. Ms Ms. Mrs Mrs.".split()
)


_PAYER_AFTER = re.compile(
    # "signed a USD 185 million (about Ksh24 billion ...) loan agreement with the Export-Import Bank of China": the
    # lender a borrowing government signs with pays
    r"(?:\s*\([^()]{0,80}\)|[^()]{0,60}\))?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:from|by|(?:loan|credit|financing)\s+(?:agreement|deal|facility|accord|contract)s?\s+with)\s+(?:the\s+)?"
    # "with the Embassy of South Korea": a name may hold the country it belongs to
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&.'’-]*){0,3})"
)


# "…, alongside the Office for Life Sciences, which stated it was contributing a further £200 million": the amount
# belongs to the relative clause, whose subject is the name just before it.
_RELATIVE_PAYER_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:for|of|and|&)?\s*[A-Z][\w&.'’-]*){0,4}),\s+(?:which|who)\s+"
    # "Prairie Holdings, which owns gas assets in Canada for $800 million": what it owns is sold, not paid by it
    r"(?![^,;]*\b(?:receiv|get|gets|got|won|win|attract|host|land|owns|owned|holds|held|operates|operated))"
    r"[^,;]{0,100}$"
)


def _names_no_one(words: str) -> bool:
    """Capitalised words that are no company's name: "The", "Officials", or an opening adverb ("Specifically,")."""
    return words.split()[0] in _NOT_A_NAME or bool(_OPENING_ADVERB.fullmatch(words))


# "Specifically,", and "Designed to serve the oil and gas sector, this project...": an opening participle.
_OPENING_ADVERB = re.compile(r"[A-Z][a-z]+ly|Furthermore|Moreover|Besides|Overall|Instead|Further|[A-Z][a-z]{3,}ed")


def _unknown_payer_named(match: re.Match | None, mentions: list[Mention]) -> bool:
    if match is None or _names_no_one(match.group("name")):
        return False
    start, end = match.span("name")
    return not any(m.start < end and m.end > start for m in mentions)


def _unknown_payer_after(text: str, money: Money, mentions: list[Mention]) -> bool:
    """ "£10 billion from IFM Investors", "a £500 million commitment by North Star", "…the Office for Life
    Sciences, which is contributing £200 million": the amount names its payer, and the gazetteer does not know it."""
    if _unknown_payer_named(_PAYER_AFTER.match(text, money.end), mentions):
        return True
    return _unknown_payer_named(_RELATIVE_PAYER_BEFORE.search(text, max(0, money.start - 160), money.start), mentions)


def _unknown_named_subject(text: str, mentions: list[Mention]) -> bool:
    """Whether the sentence's subject is a name the gazetteer does not know (so it is neither side we know)."""
    match = _NAMED_SUBJECT.match(text)
    if match is None or _names_no_one(match.group("name")):
        return False
    start, end = match.span("name")
    return not any(m.start < end and m.end > start for m in mentions)


_SEVERAL_COUNTRIES_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:in|into|across|to|among|for)\s+(?:the\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|multiple|various|other|"
    r"neighbou?ring|member|partner)\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?(?:countries|nations|states|economies)\b"
)


def _home_and_abroad(text: str, money: Money, mentions: list[Mention], home: str | None) -> bool:
    """The amount goes "in Canada and Japan", one of the two being the investor's own country."""
    places = [m for m in mentions if m.kind in {"country", "place"} and m.start >= money.end]
    for first, second in itertools.pairwise(places):
        joined = re.fullmatch(r"\s*(?:and|&)\s+(?:the\s+)?", text[first.end : second.start])
        leading = re.search(r"\b(?:in|into|across)\s+(?:the\s+)?$", text[money.end : first.start])
        if joined and leading and len(text[money.end : first.start]) < 40:
            return home in {first.country, second.country} and first.country != second.country
    return False


_COLLECTIVE_COMMITMENT = re.compile(r"\b(?:collectively|between them|together|combined)\b", re.IGNORECASE)
_COUNTED_COMPANIES = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:\w+\s+)?(?:companies|firms|investors|groups)\b",
    re.IGNORECASE,
)
_INTO_EUROPE_AFTER = re.compile(r"[^.;$€£¥₩₹]{0,60}?\b(?:in|into)\s+(?:the\s+)?(?:European|EU|Europe's|Europe’s)\b")
_SHARED_PACKAGE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:package|deal|programme|program|plan|bailout|rescue)\s+(?:(?:that|which)\s+(?:also\s+)?"
    r"(?:involved|involves|included|includes)"
    # "a $57 billion global bailout led by the International Monetary Fund and United Arab Emirates"
    r"|(?:led|backed|funded|financed|provided)\s+by)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,4}and\b"
)
_MANY_INVESTORS = re.compile(
    r"\b(?:investors|companies|firms|businesses|multinationals|CEOs)\s+(?:have\s+|had\s+|has\s+)?(?:already\s+)?"
    r"(?:committed|pledged|promised|invested|earmarked|announced|put|poured)\b"
    # "investments pledged by automakers in the country for the coming years already total nearly 130 billion reais"
    r"|\b(?:pledged|committed|promised|announced)\s+by\s+(?:[\w-]+\s+){0,2}?(?:investors|companies|firms|automakers|"
    r"carmakers|manufacturers|businesses|multinationals)\b",
    re.IGNORECASE,
)
# "will invest 2.5 billion euros each": the amount once per payer named before it
_EACH_AFTER = re.compile(r",?\s+each\b")
_COUNTED_GROUP_INCLUDING = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|a group of|a consortium of|a number of)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:investors|funds|companies|firms|lenders|banks|backers|institutions),?\s+"
    r"(?:including|such as|among them)\s",
    re.IGNORECASE,
)
_OTHER_INVESTORS = re.compile(
    r"\b(?:Other|other|Further|further|Additional|additional|More|more)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:investors|companies|firms|partners|buyers|backers|shareholders)\b"
)
_ONE_OF_BEFORE = re.compile(r"\b[Oo]ne\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}$")
# "more than $9 billion in investments in future technologies, including by US giants Microsoft and Oracle": the
# payers named are some of many.
_INCLUDING_PAYERS_AFTER = re.compile(r"[^.;$€£¥₩₹]{0,80}?,?\s+including\s+(?:by|from)\s+")
_BETWEEN_PARTIES = re.compile(
    r"\b(?:agreements?|deals?|contracts?|partnerships?|joint ventures?|accords?|MoUs?|memorand\w+)\s+between\s+",
    re.IGNORECASE,
)
_PART_OF_THE_LAST_BEFORE = re.compile(
    r"\b(?:including|of which)\s+(?:about\s+|some\s+|over\s+|more than\s+|nearly\s+)?$", re.IGNORECASE
)
_OUT_OF_WHICH_AFTER = re.compile(r",?\s+(?:out\s+)?of\s+which\s+(?=[^.;]{0,10}?\d)", re.IGNORECASE)
# from the whole to one of its parts: "out of which ₹1,632.24 crore will be grant and "
_PARTS_OF_THE_WHOLE_GAP = re.compile(r"(?:[^.;]|\.(?=\d)){0,160}")
_FOR_A_SITE = re.compile(r"\bfor\s+the\s+(?:construction|development|building|expansion|operation)\s+of\b", re.I)
# "funding of US$87.5 million, including US$12.5 million from ...", "EUR 100 million of investments, out of which EUR
# 35 million was a state grant ... and EUR 68 million was covered with a loan from the EIB"
_PARTS_FROM_PAYERS_AFTER = re.compile(
    r"[^.;$€£¥₩₹]{0,20}?,?\s+(?:including|of which|out of which|with)\s+(?:[^.;$€£¥₩₹]{0,20})"
    r"(?:[$€£¥₩₹]|US\$|[A-Z]{1,3}\$|[A-Z]{3}\s)?\d[^;]{0,120}?\bfrom\b"
)
# "AWS joins Renault, Siemens in $9b investment drive": the others' money is in the figure too
_JOINS_OTHERS_IN_BEFORE = re.compile(
    r"\bjoin(?:s|ed|ing)?\s+(?:[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}(?:\s*,\s*|\s+(?:and|&)\s+))*"
    r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}\s+in\s+(?:an?\s+|the\s+|their\s+)?$"
)
_DEALS_TOGETHER = re.compile(
    r"\b(?:Together|Combined|Taken together),?\s+(?:the|these|both)\s+(?:two\s+|three\s+)?"
    r"(?:deals|transactions|acquisitions|investments|purchases)\b"
    r"|\b(?:the|these)\s+(?:two|three|four)\s+(?:deals|transactions|acquisitions)\s+(?:together|combined)\b",
    re.IGNORECASE,
)
_IN_ITS_HOME_COUNTRY_AFTER = re.compile(
    r"(?:[^.]|\.(?=\d)){0,60}?\bin\s+(?:its|their)\s+(?:own\s+)?home\s+(?:country|market|nation|state)\b"
)
_DESCRIBED_AS_A_MARKET_AFTER = re.compile(
    r"\s+(?:is|was|has been|remains|has become|became)\s+(?:now\s+)?(?:the|a|an|its|their|one of)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:markets?|destinations?|customers?|buyers?)\b"
)
_INDUSTRY_NOUN = (
    r"(?:[\w-]*makers|industry|industries|companies|firms|exporters|farmers|businesses|manufacturers|producers|"
    r"sector|sectors|economy)\b"
)
_FOR_ITS_INDUSTRY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?" + _INDUSTRY_NOUN
)
_FOR_ITS_OWN_INDUSTRY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+(?:its\s+own|their\s+own|domestic|local)\s+(?:[\w-]+\s+){0,3}?"
    + _INDUSTRY_NOUN
)
_DEAL_ANAPHOR = re.compile(
    r"(?:(?:The|This|That)\s+(?:transaction|deal|acquisition|purchase|takeover)\s*,\s*(?:valued at|worth|priced at)\s+"
    # "The value of the investment is EUR 500 million, and Romania may secure EU funding for it": the investment the
    # sentence before told, whoever else this one names.
    r"|(?:The|This|That)\s+(?:total\s+)?value\s+of\s+(?:the|this|that)\s+(?:investment|project|deal|contract|agreement|"
    r"transaction|factory|plant)\s+(?:is|was|will be|stands at|amounts to)\s+)"
    r"(?:approximately\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?",
    re.IGNORECASE,
)
# "The US firm's debt will also be assumed by Nippon, bringing the overall deal value to $14.9 billion": the price of
# the deal told before, whatever else the sentence names.
_DEAL_TOTAL_BEFORE = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|lift|lifts|lifting|lifted|push|pushes|pushing|pushed)"
    r"\s+the\s+(?:overall|total|whole)\s+(?:deal|transaction|acquisition|takeover)\s+(?:value|price|size|cost)\s+to\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|approximately\s+)?$"
    # "Orsted, based in Denmark, said the value of the deal was around 1,375 billion euros": a party telling the price
    r"|\bsaid\s+(?:that\s+)?the\s+(?:value|price|size)\s+of\s+the\s+(?:deal|transaction|acquisition|sale|purchase)\s+"
    r"(?:was|is|would\s+be|stood\s+at|came\s+to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|approximately\s+)?$",
    re.IGNORECASE,
)
# "The consortium, with its investment, provides TenneT Germany with 8.5 billion euros": its members together.
_SUPPORTER_CLAUSE_GAP = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*(?:which|that)\s+(?:the\s+)?")
_CONSORTIUM_SUBJECT = re.compile(r"(?:The|This|That)\s+(?:consortium|investor group|group of investors)\b(?!\s+led\b)")
_CONSORTIUM_NOUN_AFTER = re.compile(r"\s+(?:state\s+|state-run\s+|state-owned\s+)?consortium\b")


def _consortium_home(found: list[tuple[Sentence, list[Money], list[Mention]]]) -> str | None:
    """ "an Indian consortium of Oil India, IOCL and BPRL": the one country a consortium the article describes is
    from, so that "The consortium will be paying $2.02bn" later has a payer."""
    homes = {
        mention.country
        for sentence, _, mentions in found
        for mention in mentions
        if mention.kind == "country"
        and is_demonym(mention)
        and _CONSORTIUM_NOUN_AFTER.match(sentence.text, mention.end)
    }
    return next(iter(homes)) if len(homes) == 1 else None


def _consortium_pays(drafts: list[Draft], home: str | None) -> None:
    """ "The consortium will be paying $2.02bn": several payers, but all of the one country the article gave them."""
    if home is None:
        return
    for draft in drafts:
        if (
            draft.joint == SEVERAL_INVESTORS
            and draft.investor is None
            and draft.recipient != home
            and _CONSORTIUM_SUBJECT.match(draft.sentence.text)
        ):
            draft.investor, draft.joint, draft.investor_source = home, (), "paragraph"


def _many_investors_before(text: str, money_start: int) -> bool:
    """ "leading investors have committed", "these firms have pledged": a plural subject with no nationality."""
    start, _ = clause_bounds(text, money_start)
    if _OTHER_INVESTORS.search(text, start, money_start):
        # "Other long-term investors will have the opportunity to acquire an additional stake of up to $3bn"
        return True
    found = _MANY_INVESTORS.search(text, start, money_start)
    # "One of the UK's largest investors has pledged": one of many is a single payer.
    return found is not None and not _ONE_OF_BEFORE.search(text, max(0, found.start() - 50), found.start())


_TOTAL_WITH_PART_AFTER = re.compile(
    r"\s*(?:overall|in total|in all|globally|worldwide|around the world)\s*,?\s*(?:with|including|of which)\s"
)


def _total_before_its_part(text: str, money: Money, amounts: list[Money], recipient: Mention) -> bool:
    """A total split into parts, the recipient named with a part that follows it."""
    if recipient.start < money.end or not _TOTAL_WITH_PART_AFTER.match(text, money.end):
        return False
    return any(money.end < other.start < recipient.start for other in amounts)


def _countries_signing(joint: tuple[str, ...], mentions: list[Mention]) -> bool:
    """A joint subject of two countries named as such ("Bangladesh and Japan"), not of two companies."""
    if len(joint) != 2 or joint in (SEVERAL_INVESTORS, SEVERAL_RECIPIENTS):
        return False
    return not any(m.kind == "organization" and m.country in joint for m in mentions)


# Reasons that plainly measure something other than a pledge (a company's spending everywhere, its budget, its
# sales or backlog): a headline figure the body gives for one of them is no pledge either.
# "Lawmakers approve $585M for 3 EV battery plants" over "authorized the transfer of $585 million in state funding":
# the headline tells the same figure the body sets aside.
_MEASURES_THAT_UNDO_A_HEADLINE = {
    filters.WORLDWIDE_SPENDING,
    filters.A_MEASURE,
    filters.SPENDING_GUIDANCE,
    filters.AID_CLEARED,
    filters.FUND_FLOWS,
    filters.CENTRAL_BANK_LIQUIDITY,  # "China Cuts Bank Reserve Ratio to Inject $138B"
}


def _local_currency_home(money: Money) -> str | None:
    """The country whose own currency states the amount ("Rs. 2,371 mln", "12.3 billion riyals"); None for a
    currency the press of many countries reports in (dollars, euros, pounds, yen) or one without a home."""
    return None if money.currency in REPORTING_CURRENCIES else CURRENCY_HOMES.get(money.currency)


def _visitor_brings_home(text: str, money: Money, roles: Roles) -> bool:
    """An amount in a local currency, sent by the roles to another country that the sentence only visits or
    brings deals home from, is money for the currency's own country."""
    home = _local_currency_home(money)
    recipient = roles.recipient
    if home is None or roles.investor is not None or recipient is None or recipient.country in {home, None}:
        return False
    visited = TRIP_BEFORE.search(text, max(0, recipient.start - 40), recipient.start)
    brought = BRINGS_HOME.search(text, 0, money.start) and re.search(
        r"\b(?:in|from)\s+(?:the\s+)?$", text[max(0, recipient.start - 10) : recipient.start]
    )
    return bool(visited or brought)


_A_STAKE = re.compile(r"\b(?:stake|shares|percent|per cent|pct)\b|%", re.IGNORECASE)
_A_PART_STAKE = re.compile(
    r"(?:\b\d+(?:\.\d+)?\s*" + PERCENT + r"|\b(?:minority|majority)\b)\s+(?:[\w-]+\s+)?stake\b",
    re.IGNORECASE,
)


_SHARE_PERCENT = re.compile(r"\b(\d+(?:\.\d+)?)\s*" + PERCENT)


def _shares_make_a_whole(sentences: list[Sentence]) -> bool:
    """ "The deal will give Mitsubishi 80% of Eneco and its partner Chubu a 20% stake": the shares one sentence
    hands out add up to the whole company, so the buyers take it all between them."""
    for sentence in sentences:
        if not _A_STAKE.search(sentence.text):
            continue
        shares = [Decimal(match.group(1)) for match in _SHARE_PERCENT.finditer(sentence.text)]
        if len(shares) >= 2 and abs(sum(shares) - 100) <= 1:
            return True
    return False


_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*(?:about|around|approximately|roughly|some|nearly|or)?\s*")
# "(Approximately Frw 90 billion)": the bracket's opening, then a short currency code we do not know
_RESTATED_IN_BRACKETS = re.compile(_IN_BRACKETS_AFTER.pattern + r"[A-Z][A-Za-z]{1,3}\.?\s*", re.IGNORECASE)
_PER_SHARE_AFTER = re.compile(r"\s*(?:per|a|for each|each)\s+(?:common\s+|ordinary\s+)?share\b", re.IGNORECASE)


def _the_only_price(text: str, amounts: list[Money], money: Money) -> bool:
    """Whether every other figure of the sentence is a measure ("Given NBK's book value of $79.77 million, the deal
    values NBK at around $100 million"), a price per share, or a later valuation of the same deal ("an equity value
    of approximately $14.1 billion ..., for a total enterprise value of $14.9 billion": the buyer pays the first, the
    second adds the debt it takes on), which leaves the valuation the deal's price."""
    for other in amounts:
        if other is money or _PER_SHARE_AFTER.match(text, other.end):
            continue
        reason = filters.non_pledge_reason(text, other.start, other.end)
        if reason in {filters.A_MEASURE, filters.UPPER_BOUND} or (
            reason == filters.VALUATION_IN_A_TAKEOVER and other.start > money.start
        ):
            continue
        return False
    return True


_LOANS_AND_GRANTS = re.compile(r"\bloans?\s+and\s+grants?\b|\bgrants?\s+and\s+loans?\b", re.IGNORECASE)


def _development_finance_for_a_country(text: str, roles: Roles, investor: Mention | None) -> bool:
    """ "German bank provides 257 million euros in loans and grants for Morocco": loans and grants to a country
    named as such are development finance from abroad, not a subsidy at home (unlike grants for a company)."""
    recipient = roles.recipient
    return (
        recipient is not None
        and roles.recipient_explicit
        and recipient.kind == "country"
        and not is_demonym(recipient)
        and investor is not None
        and (investor.owner_country or investor.country) != recipient.country
        and _LOANS_AND_GRANTS.search(text) is not None
    )


_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b")
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_RELATIVE_BREAK = re.compile(r",\s*(?:where|which|who|when|while)\b")
_SENT_TO_BEFORE = re.compile(r"\b(?:to|for|with|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


def _respective_recipients(text: str, mentions: list[Mention], amounts: list[Money]) -> dict[int, Mention]:
    """ "loan agreements with the Governments of the Republics of Botswana and Zambia to provide loans of up to 8.735
    billion yen and 2.877 billion yen, respectively": each amount of the list goes to the country in the same place
    of the list of receivers before it (by the amount's id). Empty unless both lists have the same length."""
    last = next((n for n, money in enumerate(amounts) if _RESPECTIVELY_AFTER.match(text, money.end)), None)
    if last is None:
        return {}
    first = last
    while first > 0 and _LIST_GAP.fullmatch(text, amounts[first - 1].end, amounts[first].start):
        first -= 1
    listed = amounts[first : last + 1]
    countries = [m for m in mentions if m.kind == "country" and not is_demonym(m) and m.end <= listed[0].start]
    receivers: list[Mention] = []
    for mention in reversed(countries):
        if receivers and not _LIST_GAP.fullmatch(text, mention.end, receivers[0].start):
            break
        receivers.insert(0, mention)
    if len(receivers) != len(listed) or len(listed) < 2:
        return {}
    if not _SENT_TO_BEFORE.search(text, max(0, receivers[0].start - 60), receivers[0].start):
        return {}  # "Japan and Korea pledged $5 billion and $3 billion, respectively": they pay
    if TRIP_BEFORE.search(text, max(0, receivers[0].start - 60), receivers[0].start) or _RELATIVE_BREAK.search(
        text, receivers[-1].end, listed[0].start
    ):
        return {}  # "took him to Saudi Arabia and Qatar, where he collected pledges of $600 billion and $1.2 trillion"
    return {id(money): receiver for money, receiver in zip(listed, receivers, strict=True)}


def _sent_to_a_region(text: str, mentions: list[Mention], money: Money) -> bool:
    # not "its U.S. subsidiary Nippon Steel North America": a company's regional arm, named after the region
    arm_names = {m.end + 1 for m in mentions if m.kind == "organization" and text[m.end : m.end + 1] == " "}
    regions = [
        (number, m) for number, m in enumerate(mentions) if _names_a_region(text, m) and m.start not in arm_names
    ]
    if not regions:
        return False
    marked = hints(text, mentions)
    return any(
        # not "at the on-going Investing in African Mining Indaba in Cape Town": an event's name
        marked.get(number) != "setting"
        # "$1.1 billion over two phases of the project, which is expected to boost Dakar's position as a gateway to
        # west Africa": what the project does for a region, not where the money goes
        and not (m.start > money.end and re.search(r",\s+(?:which|that)\b", text[money.end : m.start]))
        for number, m in regions
    )


# What follows a named organization when the amount before it is the size of something it builds or buys.
_PROJECT_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:plant|project|factory|facility|deal|investment|stake|acquisition|takeover|bid|offer|"
    r"fund|loan|programme|program|expansion|site|venture|agreement|contract|package|plan)s?\b"
)


def _sized_organization(text: str, money: Money, mentions: list[Mention]) -> bool:
    """ "listed the C$225.9 billion Caisse de depot et placement du Quebec": an amount set before an organization's
    name like an adjective tells its size, unless the name goes on to what the money buys ("the $1 billion Tata
    Steel plant")."""
    # "the C$225.9 billion Caisse", "Abu Dhabi's $330 billion Mubadala"
    if not re.search(r"(?:\bthe|\w['’]s)\s+$", text[max(0, money.start - 12) : money.start], re.IGNORECASE):
        return False
    if _SIZED_FUND_AFTER.match(text, money.end):
        return True  # "The investment marks the $228 billion superannuation fund’s first foray": the investor's size
    named = next((m for m in mentions if m.start >= money.end and not text[money.end : m.start].strip()), None)
    return (
        named is not None
        and named.kind in {"organization", "multilateral"}
        and not _PROJECT_NOUN_AFTER.match(text, named.end)
    )


# "the $228 billion superannuation fund’s", "the $1.3 trillion pension fund, which": a fund by its size
_SIZED_FUND_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:fund|pension\s+fund|pension\s+plan|asset\s+manager|investor|insurer|endowment)"
    r"(?:['’]s\b|,\s*(?:which|that|whose)\b)"
)
_NEXT_ITEM_COMPARED = re.compile(
    # "..., the UK with $18.0 billion", "..., United States: $5.45 billion": the next row of a table
    r"[^.;$€£¥₩₹]{0,100}?(?:,|\band)\s*(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:\s+with\s+|:\s*))?"
)


def _drafts_for_sentence(
    sentence: Sentence,
    amounts: list[Money],
    mentions: list[Mention],
    gazetteer: Gazetteer,
    published: date,
    measured: list[Decimal] | None = None,
    allocated: bool = False,
) -> list[Draft]:
    """The drafts of one sentence's amounts; the dollar values of those rejected as such measures go to `measured`.
    `allocated`: the sentence is a line of an allocation its paragraph announced ("allocated as follows:")."""
    text = sentence.text
    # "Tanzania and Ethiopia will each receive $50 million": shares of an allocation the article announced
    cue = allocated or filters.has_pledge_cue(text) or _EACH_RECEIVES.search(text) is not None
    drafts = []
    rejected_measure_end = None
    compared = False  # the last amount was set against a rejected measure
    subsidy_end = None  # where the last amount read as a grant or subsidy ends
    past_money_told = False  # an amount of the sentence was spent in a period already over
    respective_recipients = _respective_recipients(text, mentions, amounts) if len(amounts) > 1 else {}
    previous_end = None  # where the amount before ends
    whole = None  # (where it ends, its roles) of an amount the next ones are parts of ("out of which")
    meeting = _countries_meeting(text, mentions)  # the two countries of a meeting the sentence's deals were signed at
    for money in amounts:
        conversion = convert(money, published)
        if conversion is None or not MIN_USD <= conversion.amount_usd <= MAX_USD:
            continue
        reason = filters.non_pledge_reason(text, money.start, money.end)
        valuation_as_price = (
            reason == filters.VALUATION_IN_A_TAKEOVER
            and not filters.a_standing_valuation(text, money.start)  # "Wood Group's valuation of around £1.66 billion"
            and _the_only_price(text, amounts, money)
            and not _A_STAKE.search(text)
        )
        if valuation_as_price:
            reason = None  # the only figure of a full takeover is its price; for a stake it is not
        if reason is None and _sized_organization(text, money, mentions):
            reason = "what an organization is worth"  # "the C$225.9 billion Caisse de depot et placement du Quebec"
        if rejected_measure_end is not None and _IN_BRACKETS_AFTER.fullmatch(text, rejected_measure_end, money.start):
            continue  # "will value Distell at about 40.1 billion rand (R697-bn)": the figure set aside, restated
        if previous_end is not None and _RESTATED_IN_BRACKETS.fullmatch(text, previous_end, money.start):
            continue  # "€ 78 million (Approximately Frw 90 billion)": the amount before, in a currency we lack
        previous_end = money.end
        if reason:
            rejected_measure_end = money.end
            if measured is not None and reason in _MEASURES_THAT_UNDO_A_HEADLINE:
                measured.append(conversion.amount_usd)
            # "followed by Germany with $32.4 billion, the UK with $18.0 billion": the ranking goes on
            compared = compared or reason == filters.RANKING
            continue
        if (
            rejected_measure_end is not None
            # "offered €800mn in grants, tax breaks, and infrastructural support to the €7.4bn greenfield investment
            # by ... CATL": the company's own investment, which the grants go to, not a second grant
            and not _INVESTMENT_BY_AFTER.match(text, money.end)
            and (
                filters.compares_with_previous(text, rejected_measure_end, money.start)
                # "compared with US$25.9bil by ADIA and US$20.7bil by Saudi Arabia's PIF": the comparison's next item;
                # "followed by Germany with $32.4 billion, the UK with $18.0 billion": the ranking's next one
                or (compared and _NEXT_ITEM_COMPARED.fullmatch(text, rejected_measure_end, money.start))
            )
        ):
            rejected_measure_end = money.end  # "a stock of $775 billion, far above China's $44.8 billion": the same
            compared = True
            continue
        compared = False
        alone = len(amounts) == 1
        if filters.is_comparison(text, money.start, alone=alone) or filters.is_past_cost_aside(text, money.start):
            rejected_measure_end = money.end  # "builds on a $3 billion deposit ... and an oil facility worth $1.2bn"
            continue
        # A running total is kept for now: it is the pledge itself when it only adds up pledges the article tells.
        running_total = filters.is_running_total(text, money.start)
        if filters.spent_in_a_past_period(text, money.end, published.year, money.start):
            past_money_told = True  # "AWS's investment of USD 3.7 billion between 2016 and 2022": done already
            if measured is not None:
                measured.append(conversion.amount_usd)  # a headline with the same figure tells the same history
            continue
        if past_money_told and _PART_OF_THE_LAST_BEFORE.search(text, max(0, money.start - 30), money.start):
            continue  # "benefited from over €4bn of financing in 2017, including €900m ...": a part of that history
        if running_total and past_money_told:
            continue  # "..., bringing AWS's total investment in India to USD 16.4 billion": the past is in the sum
        if not running_total and filters.is_cumulative(text, money.start, money.end, published.year):
            # "which spent 38.5 trillion won on facility expansion last year, or 32.9 trillion won on chips": what
            # was spent, and the same sum restated or broken down after it
            rejected_measure_end = money.end
            if measured is not None:
                measured.append(conversion.amount_usd)  # "Three Turkish companies invest $272 million": that history
            continue
        if (
            # "The price reflects an enterprise value of 5.8 billion euros": the takeover told before is the cue
            (not cue and not valuation_as_price)
            or (filters.is_forecast(text, money.start, money.end) and not filters.project_generates(text, money.start))
            or filters.is_level_on_a_date(text, money.end)
            or filters.is_history(text, published.year)
        ):
            continue
        respective = respective_recipients.get(id(money))
        if len(amounts) > 1 and respective is None and re.search(r"\brespectively\b", text):
            continue  # "$600 billion and $1.2 trillion respectively": which is whose is too easy to get wrong
        roles = resolve_roles(text, mentions, money.start)
        if whole is not None and _PARTS_OF_THE_WHOLE_GAP.fullmatch(text, whole[0], money.start):
            # "Bhutan will receive ₹2,400.58 crore out of which ₹1,632.24 crore will be grant and ₹768.34 crore will be
            # a part of loan": each part goes between the whole's two sides
            roles = whole[1]
        elif _OUT_OF_WHICH_AFTER.match(text, money.end):
            whole = (money.end, roles)
        if respective is not None:
            roles = replace(roles, recipient=respective, recipient_explicit=True, joint=())
        if meeting and not roles.recipient_explicit and (roles.investor is None or roles.investor.country in meeting):
            # "Following the meeting of the Kazakh-Chinese Business Council, over 70 agreements worth $15 billion were
            # signed": the two countries signed; the article tells which one pays.
            roles = replace(roles, investor=None, investor_explicit=False, recipient=None, joint=meeting)
        named = {m.country for m in mentions if m.country} - {roles.investor.country if roles.investor else None}
        if len(named) >= 2 and _COMBINED_BEFORE.search(text, max(0, money.start - 25), money.start):
            # "loan agreements worth a combined $700 million with Egypt and Jordan": no one pair gets it all.
            roles = replace(roles, joint=SEVERAL_RECIPIENTS)
        if _COMBINED_AFTER.match(text, money.end) and len(_payers_before(mentions, money, roles)) >= 2:
            # "Lotte Group and French automotive group Peugeot SA have discussed proposals to invest as much as US$6
            # billion combined in India": the sum of two payers' plans, no one pair's.
            roles = replace(roles, investor=None, investor_explicit=False, joint=SEVERAL_INVESTORS)
        if _SHARED_PACKAGE_AFTER.match(text, money.end):
            # "a wider $57 billion rescue package that also involved the IMF and the European Union": several payers
            roles = replace(roles, investor=None, investor_explicit=False, joint=SEVERAL_INVESTORS)
        if _COUNTED_GROUP_INCLUDING.search(text, 0, money.start) and not _EACH_AFTER.match(text, money.end):
            # "Five big institutional investors, including Singapore's GIC and the Canada Pension Plan Investment
            # Board, will invest £3.1 billion": the named ones are some of the payers of the total
            roles = replace(roles, investor=None, investor_explicit=False, joint=SEVERAL_INVESTORS)
        if roles.investor is None and not roles.joint and _many_investors_before(text, money.start):
            # "the world's leading investors have committed £29.5 billion": many investors, no one pair.
            roles = replace(roles, joint=SEVERAL_INVESTORS)
        if (
            roles.investor is not None
            and roles.investor.start > money.end
            and (_PARTS_FROM_PAYERS_AFTER.match(text, money.end) or _INCLUDING_PAYERS_AFTER.match(text, money.end))
        ):
            # "funding of US$87.5 million, including US$12.5 million from London-based Pallinghurst": the total's
            # payers are several, the one named after it pays a part.
            roles = replace(roles, investor=None, investor_explicit=False, joint=SEVERAL_INVESTORS)
        between = _BETWEEN_PARTIES.search(text, 0, money.start)
        if between and roles.recipient is None:
            # "the final agreement between Chinese State-run company Cosco Shipping Ports and Peruvian company Volcan
            # for the construction of the Chancay Port Terminal in Lima region, which will entail an investment worth
            # at least US$ 3 billion": of the two parties, the one from abroad invests where the site lies.
            named = [m for m in mentions if between.end() <= m.start < money.start and m.country]
            site = _FOR_A_SITE.search(text, between.end(), money.start)
            hosts = [
                m
                for m in named
                if site
                and m.start >= site.end()
                and (m.kind in {"place", "organization"} or (m.kind == "country" and not is_demonym(m)))
            ]
            if len({m.country for m in named}) == 2 and len({m.country for m in hosts}) == 1:
                host = hosts[0]
                payer = next(m for m in named if m.country != host.country)
                roles = replace(roles, investor=payer, recipient=host, investor_explicit=True, recipient_explicit=True)
        if _JOINS_OTHERS_IN_BEFORE.search(text, max(0, money.start - 120), money.start):
            roles = replace(roles, investor=None, investor_explicit=False, joint=SEVERAL_INVESTORS)
        if roles.investor is None and _DEALS_TOGETHER.search(text, 0, money.start):
            # "Together, the deals represent a combined investment of £3.3 billion": a Saudi and a French buyer's
            roles = replace(roles, joint=SEVERAL_INVESTORS)
        if roles.investor is not None and (
            _IN_ITS_HOME_COUNTRY_AFTER.match(text, money.end)
            # "South Korea ... unveiled a $2 billion emergency support package for its crucial export-focused
            # carmakers", "a one trillion won support program for domestic auto firms": its own industry's
            or _FOR_ITS_OWN_INDUSTRY_AFTER.match(text, money.end)
            or (roles.investor.kind == "country" and _FOR_ITS_INDUSTRY_AFTER.match(text, money.end))
        ):
            # "AustralianSuper is planning to invest an additional A$40 billion ... in its home country": at home
            roles = replace(roles, recipient=roles.investor, recipient_explicit=True, joint=())
        deal_anaphor = _DEAL_ANAPHOR.match(text)
        deal_total = _DEAL_TOTAL_BEFORE.search(text, max(0, money.start - 80), money.start) is not None
        if (deal_anaphor and deal_anaphor.end() >= money.start) or deal_total:
            # "The transaction, valued at approximately £1.3 billion, is part of a broader agreement where Paris-based
            # Ardian also purchased ...", "bringing the overall deal value to $14.9 billion": the deal the sentence
            # before told; its parties, not the ones named here.
            roles = replace(
                roles, investor=None, recipient=None, investor_explicit=False, recipient_explicit=False, partners=()
            )
        if _CONSORTIUM_SUBJECT.match(text) and (roles.investor is None or roles.investor.start > money.start):
            roles = replace(roles, investor=None, investor_explicit=False, joint=SEVERAL_INVESTORS)
        if _COLLECTIVE_COMMITMENT.search(text, 0, money.start) and _COUNTED_COMPANIES.search(text):
            # "the three companies - Sea Ltd, Yondr Group, and INSEACT - have collectively committed RM13 billion"
            roles = replace(roles, investor=None, investor_explicit=False, joint=SEVERAL_INVESTORS)
        several = _SEVERAL_COUNTRIES_AFTER.match(text, money.end)
        if roles.recipient is None and not roles.joint and _listed_hosts(text, mentions, money) > 1:
            # "will invest around 24 billion euros ($26.24 billion) in Algeria, Libya and Egypt": one total for
            # several named countries, none of them alone.
            roles = replace(roles, joint=SEVERAL_RECIPIENTS)
        if roles.recipient is not None and _listed_with_regions(text, mentions, roles.recipient):
            # "projects across India, Africa, South America, and Europe": one country among whole regions
            roles = replace(roles, recipient=None, recipient_explicit=False, joint=SEVERAL_RECIPIENTS)
        if several and (roles.recipient is None or roles.recipient.start >= several.end()):
            # "$24bn in six Arab countries", "in four African countries, including Rwanda": no one recipient.
            roles = replace(roles, recipient=None, recipient_explicit=False, joint=SEVERAL_RECIPIENTS)
        if roles.recipient is None and _COUNTED_PROJECTS_BEFORE.search(text, max(0, money.start - 150), money.start):
            # "approved 42 new projects ... totaling more than $5.1 billion": many projects, no one recipient named.
            roles = replace(roles, recipient_explicit=False, joint=SEVERAL_RECIPIENTS)
        if roles.investor is not None and _home_and_abroad(text, money, mentions, roles.investor.country):
            # "Honda is investing $6 billion in Canada and Japan": part stays at home, and how much is not said.
            roles = replace(roles, recipient=None, recipient_explicit=False, joint=SEVERAL_RECIPIENTS)
        if roles.recipient is not None and _total_before_its_part(text, money, amounts, roles.recipient):
            # "allocating $23 billion overall, with $17.5 billion aimed at India": India gets the part, not the total.
            roles = replace(roles, recipient=None, recipient_explicit=False, joint=SEVERAL_RECIPIENTS)
        if _visitor_brings_home(text, money, roles):
            # "Ruto bags Sh350 billion deals in Japan", "worth Sh350 billion have been signed during President Ruto's
            # visit to Japan": told in the visitor's own currency, the money goes home from the country visited.
            roles = replace(
                roles,
                investor=roles.recipient,
                recipient=None,
                investor_explicit=True,
                recipient_explicit=False,
            )
            home_country = CURRENCY_HOMES[money.currency]
        else:
            home_country = None
        investor = roles.investor
        anaphor = anaphoric_subject(text, money.start)
        anaphoric = anaphor is not None
        if anaphoric and investor is not None and investor.kind == "organization" and investor.end <= anaphor:
            # "Amazon's chief executive said the company would invest...": the company is the one named before,
            # the nearest one ("Samsung makes phones there, and Intel runs a plant, where it has invested...").
            # not an owner named in passing: "BYD recently acquired Ford's industrial plant ..., where it plans to
            # invest BRL 3 billion" is BYD
            # "when it acquired a factory from General Motors, where it will spend": not the seller either
            marked = hints(text, mentions)
            named = [
                (m, marked.get(n))
                for n, m in enumerate(mentions)
                if m.kind == "organization" and m.country and m.end <= anaphor
            ]
            candidates = [m for m, role in named if role != "setting"] or [m for m, _ in named]
            nearest = max(
                [m for m in candidates if not text.startswith(("'s", "’s"), m.end)] or candidates,
                key=lambda m: m.end,
            )
            roles = replace(roles, investor=nearest, investor_explicit=True)
            investor = nearest
        elif (
            anaphoric
            and investor is not None
            and investor.kind != "organization"
            and investor.end <= anaphor
            and re.match(r"(?:\W|said|says|added|adds|announced|that|and|but|when|as|where)*[Tt]he\s", text[anaphor:])
        ):
            # "Tanzania's PPP Centre told the outlet that the group had submitted a proposal worth $900 million":
            # "the group" is a company named earlier, not the country whose official speaks.
            roles = replace(roles, investor=None, investor_explicit=False)
            investor = None
        elif (
            anaphoric
            and investor is not None
            and (not roles.investor_explicit or investor.start > anaphor)
            # "The Chinese company has invested $496.6 million": the nationality inside the subject is its own
            and not (re.fullmatch(r"[Tt]he\s+", text[anaphor : investor.start]) and describes_a_company(text, investor))
        ):
            # "it" is an organization named earlier; a name after it is an object ("buying ... of Canada's X").
            roles = replace(roles, investor=None, investor_explicit=False)
            investor = None
        unknown_payer = _unknown_payer_after(text, money, mentions) or (
            # "Macquarie will sell Waddell & Reed's wealth business ... to LPL Financial for $US300 million": the seller
            # is paid, and the buyer is one the gazetteer does not know
            investor is None
            and any(m.kind == "organization" and m.end <= money.start and sells_after(text, m.end) for m in mentions)
        )
        sold_to = _SOLD_TO_A_BUYER_BEFORE.search(text, max(0, money.start - 160), money.start)
        if (
            investor is not None
            and _SOLD_WITH_NO_BUYER_BEFORE.search(text, max(0, money.start - 100), money.start)
            and not sold_to
        ):
            # "when it sold cement factories in the western U.S. for $2.3 billion": the seller is paid, and the
            # buyer goes unnamed
            unknown_payer = True
        if sold_to and not (investor is not None and sold_to.start("buyer") <= investor.start < sold_to.end("buyer")):
            # "Vodafone announced ... that it has agreed to sell its Italian unit to Swisscom for eight billion euros":
            # the buyer named after "to" pays, not the seller, even when the gazetteer does not know the buyer
            buyer = next(
                (m for m in mentions if sold_to.start("buyer") <= m.start < sold_to.end("buyer") and m.country), None
            )
            if buyer is None:
                unknown_payer = True
            else:
                roles = replace(roles, investor=buyer, investor_explicit=True, partners=())
                investor = buyer
        if (
            investor is not None
            and not roles.investor_explicit
            and investor.start > money.end
            and _SUPPORTER_CLAUSE_GAP.fullmatch(text, money.end, investor.start)
        ):
            # "The project is slated to cost 20 million euros, which the Hungarian government is to support with
            # 925 million forints": who supports the cost is not who pays it; the article tells who does
            roles = replace(roles, investor=None, investor_explicit=False, partners=())
            investor = None
        if unknown_payer:
            # "a £7 billion commitment from Iberdrola ... and £10 billion from IFM Investors": the second amount has
            # its own payer, one the gazetteer does not know.
            roles = replace(roles, investor=None, investor_explicit=False, partners=())
            investor = None
        drafts.append(
            Draft(
                sentence=sentence,
                money=money,
                amount_usd=conversion.amount_usd,
                conversion=conversion,
                investor=(investor.owner_country or investor.country) if investor else None,
                recipient=roles.recipient.country if roles.recipient else home_country,
                investor_explicit=roles.investor_explicit and investor is not None,
                investor_source=("clause" if roles.investor_explicit else "sentence") if investor else "",
                domestic_partner=_has_domestic_partner(text, mentions, money, roles),
                anaphoric=anaphoric,
                joint=roles.joint,
                joined=roles.joined,
                joint_in_order=_countries_signing(roles.joint, mentions),
                partners=roles.partners,
                recipient_explicit=roles.recipient_explicit or home_country is not None,
                investor_name=investor.name if investor else "",
                investor_is_country=bool(
                    investor
                    and investor.kind == "country"
                    and roles.investor_explicit
                    and not describes_a_company(text, investor)
                ),
                unknown_places=_unknown_places(text, mentions),
                regional=roles.recipient is None and _sent_to_a_region(text, mentions, money),
                organizations=[investor.name]
                if investor is not None and investor.kind == "organization" and roles.investor_explicit
                else _organizations(mentions, investor.country if investor else None),
                subsidy=filters.looks_like_subsidy(text, money.start, money.end)
                and not _development_finance_for_a_country(text, roles, investor)
                and (
                    not roles.received
                    or (
                        filters.named_as_aid(text, money.start, money.end)
                        # "Moldova will receive 18 million euro in grants": a country given grants gets aid from
                        # abroad; a company given grants ("Intel will receive $8.5 billion in grants") is subsidised
                        and not (
                            roles.recipient is not None
                            and roles.recipient.kind == "country"
                            and not is_demonym(roles.recipient)
                        )
                    )
                )
                and not _aid_to_another_country(text, mentions, money, investor),
                another_government_pays=_another_government_pays(text, mentions, money, investor),
                home_support=_government_pays_a_company(roles, text),
                government_subject=_government_spends(text, mentions, money, roles.recipient),
                multilateral=_near_multilateral(text, mentions, money, investor),
                kind="investment" if deal_total else filters.pledge_kind(text, money.start, money.end),
                project_cost=filters.is_project_cost(text, money.start, money.end),
                whole_valuation=valuation_as_price,
                status=filters.pledge_status(text),
                sectors=sectors_in(gazetteer, text),
                period=filters.pledge_period(text, published.year),
                unknown_subject=unknown_payer or _unknown_named_subject(text, mentions),
                unknown_payer=unknown_payer,
                running_total=running_total,
                deal_total=deal_total,
                evidence=[sentence],
            )
        )
        if drafts[-1].investor == "EU" and drafts[-1].recipient is None and _INTO_EUROPE_AFTER.match(text, money.end):
            # "The EU has committed €43 billion in investment into European semiconductor manufacturing": at home.
            drafts[-1].recipient, drafts[-1].recipient_explicit = "EU", True
        if subsidy_end is not None and _AND_ANOTHER_AMOUNT.search(text, subsidy_end, money.start):
            # "granted up to $6.4 billion to Samsung ..., and up to $6.6 billion to help TSMC": the same verb's object
            drafts[-1].subsidy = True
        if drafts[-1].subsidy:
            rejected_measure_end = money.end  # "awards of $6.2 billion for Micron and of $458 million for SK hynix"
            subsidy_end = money.end
    for previous, draft in itertools.pairwise(drafts):
        # "a $150 billion South Korean investment in the U.S. ..., along with an additional $200 billion": a further
        # amount that names no destination of its own goes the same way; so does the whole ("..., part of $600B in
        # investment") that the sentence read as spent at home.
        further = not draft.recipient_explicit and _ADDITIONAL_AMOUNT.match(text, previous.money.end, draft.money.start)
        whole = (
            previous.investor
            and previous.recipient
            and previous.investor != previous.recipient
            and draft.investor == draft.recipient
            and _WHOLE_OF_THE_LAST.match(text, previous.money.end, draft.money.start)
        )
        if further or whole:
            draft.investor, draft.recipient = previous.investor, previous.recipient
            draft.investor_explicit, draft.recipient_explicit = previous.investor_explicit, previous.recipient_explicit
            draft.investor_source, draft.joint = previous.investor_source, previous.joint
            draft.joint_in_order = previous.joint_in_order
    for draft in drafts:
        draft.sale = filters.is_a_sale(text, draft.money.start, draft.money.end)
        buyer = filters.financed_buyer(text, draft.money.end)
        if draft.investor and any(m.start == buyer and m.country == draft.investor for m in mentions):
            # "an additional $500 million for Bangladesh to buy military equipment from India": money lent to the
            # buyer, by the seller when the sentence names one.
            seller = draft.recipient if draft.recipient != draft.investor else None
            draft.investor, draft.recipient = seller, draft.investor
            draft.investor_explicit, draft.recipient_explicit = seller is not None, True
            draft.organizations = []
            draft.kind = "loan"
    drafts = [copy for draft in drafts for copy in _each_of_several_hosts(draft, mentions)]
    drafts = [copy for draft in drafts for copy in _each_of_several_receivers(draft, mentions)]
    drafts = [copy for draft in drafts for copy in _each_of_several_investors(draft)]
    drafts = [copy for draft in drafts for copy in _each_of_listed_countries(draft, mentions)]
    drafts = [copy for draft in drafts for copy in _each_of_the_companies_before(draft, mentions)]
    drafts += _co_investor_drafts(drafts)
    link_changes_in_sentence(text, drafts)
    return drafts


def _each_of_several_investors(draft: Draft) -> list[Draft]:
    """ "while APG and GIC will invest 2.5 billion euros each": the amount once for each country its subject names."""
    countries = [country for country in draft.joint if country not in SEVERAL_INVESTORS + SEVERAL_RECIPIENTS]
    if len(countries) < 2 or not _EACH_AFTER.match(draft.sentence.text, draft.money.end):
        return [draft]
    return _one_copy_per_investor(draft, countries, lambda country: [])


def _one_copy_per_investor(draft: Draft, homes: list[str], organizations_of) -> list[Draft]:
    """The draft once for each investor country, each with the organizations `organizations_of(country)` gives."""
    return [
        replace(
            draft,
            investor=home,
            investor_explicit=True,
            investor_source="clause",
            joint=(),
            organizations=organizations_of(home),
            evidence=list(draft.evidence),
            sectors=list(draft.sectors),
        )
        for home in homes
    ]


_EACH_VERB_BEFORE = re.compile(r"\s+each\s+(?:[a-z]+\s+){1,3}$")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


def _each_of_listed_countries(draft: Draft, mentions: list[Mention]) -> list[Draft]:
    """ "Kuwait, Saudi Arabia, and the United Arab Emirates each pledged $4 billion to Egypt": the amount once for
    each country of the list that "each" follows."""
    text = draft.sentence.text
    each = _EACH_VERB_BEFORE.search(text, 0, draft.money.start)
    if each is None:
        return [draft]
    countries = [m for m in mentions if m.kind == "country" and not is_demonym(m) and m.end <= each.start()]
    if not countries or countries[-1].end != each.start():
        return [draft]
    listed = [countries[-1]]
    for earlier in reversed(countries[:-1]):
        if not _LIST_SEPARATOR.fullmatch(text, earlier.end, listed[0].start):
            break
        listed.insert(0, earlier)
    homes = list(dict.fromkeys(m.country for m in listed))
    if len(homes) < 2 or draft.investor not in (None, *homes) or draft.recipient in homes:
        return [draft]
    return _one_copy_per_investor(draft, homes, lambda country: list(draft.organizations))


_OBJECT_BEFORE = re.compile(r"\b(?:in|into|of|for|from|with|to|by|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _each_of_the_companies_before(draft: Draft, mentions: list[Mention]) -> list[Draft]:
    """ "GIC, a sovereign wealth fund ..., and CPPIB, a Toronto-based pension fund ..., said they will invest £1.1
    billion each": the amount once for each company of another country named before it, however long the
    descriptions between them."""
    text = draft.sentence.text
    if draft.joint or not _EACH_AFTER.match(text, draft.money.end):
        return [draft]
    companies = [
        m
        for m in mentions
        if m.kind == "organization"
        and m.country
        and m.end <= draft.money.start
        and not _OBJECT_BEFORE.search(text, max(0, m.start - 20), m.start)
    ]
    homes = list(dict.fromkeys(m.country for m in companies))
    if len(homes) < 2 or draft.investor not in (None, *homes) or draft.recipient in homes:
        return [draft]
    return _one_copy_per_investor(draft, homes, lambda home: [m.name for m in companies if m.country == home][:1])


def _listed_hosts(text: str, mentions: list[Mention], money: Money) -> int:
    """How many countries a list right after the amount's "in" names: "$26 billion in Algeria, Libya and Egypt"."""
    named: list[Mention] = []
    for mention in mentions:
        if mention.start <= money.end or mention.kind != "country" or is_demonym(mention):
            continue
        gap = text[named[-1].end : mention.start] if named else text[money.end : mention.start]
        pattern = r"\s*(?:,|and|,\s*and)\s*" if named else r"(?:\s*\([^)]*\))?\s+(?:in|into|to|across)\s+"
        if not re.fullmatch(pattern, gap):
            break
        named.append(mention)
    return len({m.country for m in named})


_LABEL_OF_A_LINE = r"\s*[-•*–]?\s*([A-Z][\w .'’-]{1,40}?):"  # "- Gabon:", "Albania:"
_LABEL = re.compile(_LABEL_OF_A_LINE + r"\s")
# "Albania: €180 million": a labelled line that gives only an amount
_LABELLED_AMOUNT = re.compile(
    _LABEL_OF_A_LINE + r"\s*(?:up to\s+|about\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*"
    r"(?:billion|million|bn|mn|m)?(?:\s+[a-z]+)?\s*\.?\s*"
)


def _label_country(text: str, mentions: list[Mention]) -> str | None:
    """The country a list item opens with as its label ("-Ecuador: At the Port of Posorja, ..."), or None."""
    label = _LABEL.match(text)
    if label is None:
        return None
    return next(
        (
            m.country
            for m in mentions
            if m.kind in {"country", "place"} and m.country and (m.start, m.end) == label.span(1)
        ),
        None,
    )


def _listed_with_regions(text: str, mentions: list[Mention], recipient: Mention) -> bool:
    """Whether the recipient heads or sits in a list of places that names a whole region too."""
    listed = [recipient]
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start <= listed[-1].start:
            continue
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[listed[-1].end : mention.start]):
            break
        listed.append(mention)
    return len(listed) > 1 and any(m.kind == "region" for m in listed)


# "will invest more than 8 billion euros each in Algeria and Libya, and about the same in Egypt"
_EACH_IN_AFTER = re.compile(r"\s*each\s+(?:in|into|to|for)\s+")
_THE_SAME_IN = re.compile(
    r"\b(?:about|roughly|around|much|nearly)?\s*the\s+same\s+(?:amount\s+)?(?:in|into|to|for)\s+$"
)


def _each_of_several_hosts(draft: Draft, mentions: list[Mention]) -> list[Draft]:
    """One amount "each" for several named countries is one pledge to each of them."""
    text, money = draft.sentence.text, draft.money
    each = _EACH_IN_AFTER.match(text, money.end)
    if each is None:
        return [draft]
    end = next((match.start() for match in re.finditer(r"[.;]", text) if match.start() > each.end()), len(text))
    hosts = []
    for mention in mentions:
        if mention.kind not in {"country", "place"} or is_demonym(mention) or not each.end() <= mention.start < end:
            continue
        listed = re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[hosts[-1].end : mention.start]) if hosts else True
        if mention.start == each.end() or listed or _THE_SAME_IN.search(text, 0, mention.start):
            hosts.append(mention)
    countries = list(dict.fromkeys(m.country for m in hosts if m.country and m.country != draft.investor))
    if len(countries) < 2:
        return [draft]
    return [
        replace(draft, recipient=country, recipient_explicit=True, joint=(), evidence=list(draft.evidence))
        for country in countries
    ]


_EACH_RECEIVING = r"each\s+(?:receive|get|obtain)\s"
_EACH_RECEIVES = re.compile(r"\b" + _EACH_RECEIVING)  # anywhere: the sentence tells an allocation
_EACH_RECEIVE_BEFORE = re.compile(  # right before the amount, after the countries that receive it
    r"\s+(?:(?:will|would|are\s+to|are\s+set\s+to|should|also)\s+)*" + _EACH_RECEIVING + r"\s*"
    r"(?:about\s+|around\s+|some\s+|up\s+to\s+|nearly\s+)?$"
)


def _each_of_several_receivers(draft: Draft, mentions: list[Mention]) -> list[Draft]:
    """ "Tanzania and Ethiopia will each receive $50 million": one pledge to each of the countries named."""
    text, money = draft.sentence.text, draft.money
    verb = _EACH_RECEIVE_BEFORE.search(text, 0, money.start)
    if verb is None:
        return [draft]
    receivers: list[Mention] = []
    for mention in reversed([m for m in mentions if m.end <= verb.start()]):
        joined = (
            mention.end == verb.start()
            if not receivers
            else re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[mention.end : receivers[-1].start])
        )
        if not joined or mention.kind not in {"country", "place"} or is_demonym(mention) or not mention.country:
            break
        receivers.append(mention)
    countries = list(dict.fromkeys(m.country for m in reversed(receivers)))
    if len(countries) < 2:
        return [draft]
    payer_named = draft.investor not in countries
    return [
        replace(
            draft,
            investor=draft.investor if payer_named else None,
            investor_explicit=draft.investor_explicit and payer_named,
            recipient=country,
            recipient_explicit=True,
            joint=(),
            evidence=list(draft.evidence),
        )
        for country in countries
    ]


def _co_investor_drafts(drafts: list[Draft]) -> list[Draft]:
    """ "Stellantis and CATL will invest €4.1 billion in Spain": each foreign partner gets the pledge."""
    extra = []
    for draft in drafts:
        for partner in draft.partners:
            copy = replace(
                draft,
                investor=partner.owner_country or partner.country,
                investor_name=partner.name,
                organizations=[partner.name],
                partners=(),
                evidence=list(draft.evidence),
                previous_usd=list(draft.previous_usd),
                sectors=list(draft.sectors),
            )
            extra.append(copy)
    return extra


def _default_roles(
    drafts: list[Draft], headline_host: str | None = None, recipient_votes: Counter | None = None
) -> tuple[Draft | None, str | None, str | None]:
    """The article's main pair: the headline's explicit pledge, else the most common explicit pair (sent to the one
    country the headline names, when it names one: "Poland lands Intel chip plant")."""
    recipient_votes = recipient_votes or Counter()
    ranked = recipient_votes.most_common(2)
    voted_recipient = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    explicit = [d for d in drafts if d.investor and d.recipient and d.investor != d.recipient and d.investor_explicit]
    headline = [d for d in explicit if d.sentence.paragraph == 0]
    if headline:
        best = headline[0]
        body_pairs = {(d.investor, d.recipient) for d in explicit if d.sentence.paragraph > 0 and d.recipient_explicit}
        if (best.recipient, best.investor) in body_pairs and (best.investor, best.recipient) not in body_pairs:
            # "Kenya signs Sh21.7 billion deal with Japan" over "Japan has extended up to Sh21.7 billion ... to
            # Kenya": the body states the direction the headline's signing leaves open.
            best = next(d for d in explicit if (d.investor, d.recipient) == (best.recipient, best.investor))
        return best, best.investor, best.recipient
    if headline_host is not None and explicit:
        to_host = [d for d in explicit if d.recipient == headline_host]
        if to_host:
            pairs = Counter((d.investor, d.recipient) for d in to_host)
            (investor, recipient), _ = pairs.most_common(1)[0]
            best = next(d for d in to_host if (d.investor, d.recipient) == (investor, recipient))
            return best, investor, recipient
        investors = Counter(d.investor for d in explicit if d.investor != headline_host)
        if investors:
            investor = investors.most_common(1)[0][0]
            best = next(d for d in explicit if d.investor == investor)
            return best, investor, headline_host
    if explicit:
        pairs = Counter((d.investor, d.recipient) for d in explicit)
        top = max(pairs.values())
        tied = [pair for pair, count in pairs.items() if count == top]
        # "BHP ... US$10.8 billion commitment to its Chilean operations" before "the acquisition of Filo, a Canadian
        # company": of pairs named equally often, the one sending money where the article sends it most.
        investor, recipient = next((pair for pair in tied if pair[1] == voted_recipient), tied[0])
        best = next(d for d in explicit if (d.investor, d.recipient) == (investor, recipient))
        if (
            top == 1
            and voted_recipient not in {None, investor} | {pair[1] for pair in pairs}
            and recipient_votes[voted_recipient] - recipient_votes[recipient] >= 3
        ):
            return best, investor, voted_recipient  # one aside about Canada in a story about Chile
        return best, investor, recipient
    # "Indonesia lands $2.2 bln in Chinese, Korean investment": a named recipient with several investors.
    recipients = Counter(d.recipient for d in drafts if d.recipient and d.recipient_explicit and d.investor is None)
    if recipients:
        return None, None, recipients.most_common(1)[0][0]
    return None, None, None


# Countries whose own currency is written "$" by their press, which then writes "US$" for the American dollar.
LOCAL_DOLLARS = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"}
# "PERTH (miningweekly.com) –": a trade website's bureau files for readers abroad, as a wire agency does.
_WIRE_AGENCY = re.compile(
    r"\((?:Reuters|Bloomberg|AP|AFP|Dow Jones|[\w-]+\.(?:com|net|org))\)|\bReuters\b|\bBloomberg\b"
)
_MARKED_US_DOLLAR = r"US\$|\$US|U\.S\.\s?\$"  # how a paper marks the American dollar beside its own
_EXPLICIT_US_DOLLAR = re.compile(rf"^(?:{_MARKED_US_DOLLAR}|USD\b)")
_NAME_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?[A-Z]")
_HYPHENATED_DOLLARS = re.compile(r"^\$[\d.,]+-(?:billion|million|trillion)\b")
# "St. Thomas, Ont.", "Bécancour, Que.": the Canadian press's own abbreviations, which write its dollars bare.
_LOCAL_PRESS_STYLE = {
    "CA": re.compile(
        r"\b[A-Z][\w.'’-]*,\s(?:(?:Ont|Que|Alta|Sask|Man|Nfld|B\.C|N\.S|N\.B|P\.E\.I)\.|(?:ON|QC|AB|BC|SK|MB|NS|NB|NL|PE)\b)"
    ),  # "Alliston, ON": the postal abbreviations too
    # "an ASX20 company", "Orange, NSW", "Boddington in WA", "a franked special dividend", "agrees to $29b takeover"
    "AU": re.compile(r"\bASX(?:\d+|-listed)?\b|\b(?:NSW|Qld)\b|\bin WA\b|\bfranked\b|\$\d+(?:\.\d+)?b\b"),
}


_INDIAN_NUMBERING = re.compile(r"\b(?:crore|crores|lakh|lakhs)\b", re.IGNORECASE)


def _local_dollar(
    found: list[tuple[Sentence, list[Money], list[Mention]]], dateline: str | None, body: str, gazetteer: Gazetteer
) -> str | None:
    """ "$15-billion ... equivalent to about US$11-billion": an article that writes both uses the bare "$" for the
    dollar of the country it is about, when that country has one; so does a local paper's story filed from there
    ("MONTREAL – ... a $7 billion gigafactory"), unless a wire agency files it or it marks some dollars as local."""
    amounts = [money for _, sentence_amounts, _ in found for money in sentence_amounts]
    if not any(money.text.startswith("$") for money in amounts):
        return None
    if _INDIAN_NUMBERING.search(body):
        return None  # "for $120 million or around 1000 crore": the Indian press's bare dollar is the American one
    # Asked once, for the tests below: a wire agency files for readers abroad, and an article that marks a dollar with
    # its country's letters ("C$", "A$") writes no other dollar bare as the local one.
    wire_copy = _WIRE_AGENCY.search(body[:200]) is not None
    marks_its_dollars = any(re.match(r"^[A-Z]{1,3}\$", money.text) for money in amounts)
    if any(money.text.startswith("$US") for money in amounts):
        return "AUD"  # "a $US5 billion ($8b) investment": the Australian press's mark for the American dollar
    if _bare_dollar_is_american(amounts):
        return None
    if any(_EXPLICIT_US_DOLLAR.match(money.text) for money in amounts):
        # "US$20 billion (S$27 billion)" under a headline's "$27b": a paper that marks the American dollar and one
        # other dollar writes that other one bare.
        # Not a share price ("rose 3.2% to HK$237.60"): a figure the story tells money in.
        marked = {money.currency for money in amounts if "$" in money.text and money.amount >= 100_000} | {
            money.equivalent[1] for money in amounts if money.equivalent
        }
        marked &= set(LOCAL_DOLLARS.values())
        if len(marked) == 1:
            return marked.pop()
    if any(re.match(rf"^(?:{_MARKED_US_DOLLAR})", money.text) for money in amounts):
        # "a deal worth $8.4 billion" beside "US$88.25 in cash per WGL share", in a story of a Calgary company: a
        # paper that marks the American dollar writes the one other dollar the story is about bare.
        named = Counter(m.country for _, _, mentions in found for m in mentions if m.kind in {"country", "place"})
        homes = set(named) & set(LOCAL_DOLLARS)
        # Not when the story is about another country more than that one ("Singapore's GIC ... Viet Nam's Masan"
        # told by a Vietnamese paper, whose bare dollar is the American one).
        if len(homes) == 1 and not any(n > named[next(iter(homes))] for c, n in named.items() if c != "US"):
            return LOCAL_DOLLARS[homes.pop()]
    if dateline in LOCAL_DOLLARS and not wire_copy and not marks_its_dollars:
        # "SINGAPORE - Sembcorp ... to acquire wind assets in China and India for $200 million": the local paper's
        # own dollar, wherever the money goes.
        return LOCAL_DOLLARS[dateline]
    # "US chemicals giant Albemarle" tells where a company is from, not which country the story is told in.
    places = Counter(
        m.country
        for sentence, _, mentions in found
        for m in mentions
        if m.kind == "place" or (m.kind == "country" and not describes_a_company(sentence.text, m))
    )
    ranked = places.most_common(1)
    if not ranked or ranked[0][0] not in LOCAL_DOLLARS:
        return _commonwealth_papers_dollar(found, body, wire_copy or marks_its_dollars, gazetteer)
    local = LOCAL_DOLLARS[ranked[0][0]]
    if any(money.currency == local and money.usd_equivalent is not None for money in amounts):
        return None  # "12.1 billion Canadian dollars ($8.66 billion)": its bare dollars are American
    if dateline == ranked[0][0] and not wire_copy and not marks_its_dollars:
        return local
    # The article marks its dollars apart: "US$11-billion" beside "$15-billion", "5 billion Canadian dollars" beside
    # "$7 billion", or the Canadian and Australian house style "$7-billion".
    if any(
        _EXPLICIT_US_DOLLAR.match(money.text) or (money.currency == local and "$" not in money.text)
        for money in amounts
    ) or any(
        # "to invest $7-billion in": the house style, not "the steel unit of the $23-billion JSW Group", where any
        # paper hyphenates a figure used as an adjective
        _HYPHENATED_DOLLARS.match(money.text) and not _NAME_AFTER.match(sentence.text, money.end)
        for sentence, sentence_amounts, _ in found
        for money in sentence_amounts
    ):
        return local
    local_style = _LOCAL_PRESS_STYLE.get(ranked[0][0])
    if local_style is not None and local_style.search(body) and not wire_copy:
        return local  # written in the country's own press style, and not filed by a wire agency
    home = ranked[0][0]
    body_places = [
        m
        for sentence, _, mentions in found
        if sentence.paragraph > 0
        for m in _places_inside_names(mentions, sentence.text)  # not "Victoria Bitter"
        # not "the Adelaide-based company": where a company is from, which any paper names
        if m.kind == "place" and not sentence.text.startswith(("-based", "-headquartered"), m.end)
    ]
    # "the American tech giant said": a paper that calls a company American is not an American paper
    american_called_foreign = any(
        m.country == "US" and is_demonym(m) and describes_a_company(sentence.text, m)
        for sentence, _, mentions in found
        for m in mentions
    )
    if (
        # American papers write about Canada often enough that a bare "$" there can be either, unless the paper
        # calls an American company American
        (home in {"AU", "NZ"} or (home == "CA" and american_called_foreign))
        and any(m.country == home for m in body_places)
        and sum(m.country != home for m in body_places) <= 1
        # "the U.S. offers a total of $850 million for the two ventures": an American story writes its own dollar;
        # "US chemicals giant Albemarle" only says where a company is from, and `places` leaves it out
        and not places.get("US")
        and not marks_its_dollars
        and not wire_copy
    ):
        # "Japan will allocate $2.35 billion toward a project ... in Victoria": an Australian or New Zealand story
        # told from inside, naming its states and towns and hardly any other place, writes its own dollar bare.
        return local
    return _commonwealth_papers_dollar(found, body, wire_copy or marks_its_dollars, gazetteer)


# "Mr Orr says", "Mr Kemp said": the honorific without a full stop is the house style of British and Commonwealth
# papers; American and Canadian ones write "Mr." or the bare surname.
_HONORIFIC_WITHOUT_STOP = re.compile(r"\b(?:Mr|Ms|Mrs)\s[A-Z][\w'’-]+\s+(?:said|says|told|added)\b")


def _commonwealth_papers_dollar(
    found: list[tuple[Sentence, list[Money], list[Mention]]], body: str, wire_copy_or_marked: bool, gazetteer: Gazetteer
) -> str | None:
    """ "The New Zealand Superannuation Fund has committed $100 million ... Mr Orr says": a Commonwealth paper writes
    the dollar of the one dollar country its story is about bare. That country is the one the opening paragraph
    places (a town, or a company named after its country), else the one the article's towns and states lie in.
    `wire_copy_or_marked`: a wire agency files the story, or it marks a dollar with its country's letters."""
    if wire_copy_or_marked or not _HONORIFIC_WITHOUT_STOP.search(body):
        return None
    names = gazetteer.country_names

    def dollar_homes(paragraphs: set[int] | None) -> set[str]:
        return {
            m.country
            for sentence, _, mentions in found
            if sentence.paragraph > 0 and (paragraphs is None or sentence.paragraph in paragraphs)
            for m in mentions
            if m.country in LOCAL_DOLLARS
            and (m.kind == "place" or (m.kind == "organization" and names.get(m.country, "") in m.text))
        }

    homes = dollar_homes({1}) or dollar_homes(None)
    return LOCAL_DOLLARS[homes.pop()] if len(homes) == 1 else None


def _bare_dollar_is_american(amounts: list[Money]) -> bool:
    """ "a deal worth C$376.8 million ($297.3 million)": an article that marks its local dollar and gives the
    American equivalent bare writes every bare dollar as the American one."""
    return any(
        money.usd_equivalent is not None and re.match(r"[A-Z]{1,3}\$", money.text) and re.search(r"\(\s*\$", money.text)
        for money in amounts
    )


def _marked_dollar_amounts(found: list[tuple[Sentence, list[Money], list[Mention]]]) -> dict[Decimal, str]:
    """Figures the article writes with their dollar named ("A$20 billion", "13 billion US dollars", "($13 billion)"
    beside a foreign amount), and which dollar; a figure marked as two different dollars is left out."""
    marked: dict[Decimal, set[str]] = {}
    for _, amounts, _ in found:
        for money in amounts:
            if not _bare(money) and (money.currency == "USD" or money.currency in LOCAL_DOLLARS.values()):
                marked.setdefault(money.amount, set()).add(money.currency)
            if money.usd_equivalent is not None:
                marked.setdefault(money.usd_equivalent, set()).add("USD")
            if money.equivalent is not None and money.equivalent[1] in LOCAL_DOLLARS.values():
                marked.setdefault(money.equivalent[0], set()).add(money.equivalent[1])  # "49.7 billion yen (S$620.1m)"
    return {amount: currencies.pop() for amount, currencies in marked.items() if len(currencies) == 1}


def _dollar_of_a_marked_total(total: Decimal, marked: dict[Decimal, str]) -> str | None:
    """The dollar of the marked figure that `total` adds up to, within a per cent; None when it matches none."""
    return next((marked[figure] for figure in marked if abs(total - figure) <= figure / 100), None)


def _parts_of_a_marked_figure(amounts: list[Money], marked: dict[Decimal, str]) -> dict[Decimal, str]:
    """ "US$13.5 billion (A$21 billion)", then "$9.5 billion on El Pachón and $4.0 billion on Agua Rica": bare parts
    that add up to a figure written with its dollar named are in that dollar."""
    bare = [money.amount for money in amounts if _bare(money)]
    if len(bare) < 2:
        return {}
    currency = _dollar_of_a_marked_total(sum(bare), marked)
    return dict.fromkeys(bare, currency) if currency else {}


def _pairs_adding_up_to_a_marked_figure(
    found: list[tuple[Sentence, list[Money], list[Mention]]], marked: dict[Decimal, str]
) -> dict[Decimal, str]:
    """ "$5.34bn (Y800.51bn)", then "$3.34bn" for one stake and "$2bn" for another, each in its own sentence: two
    bare figures of the article that add up to a figure whose dollar is known are in that dollar."""
    bare = sorted({money.amount for _, amounts, _ in found for money in amounts if _bare(money)})
    parts: dict[Decimal, str] = {}
    for first, second in itertools.combinations(bare, 2):
        currency = _dollar_of_a_marked_total(first + second, marked)
        if currency and first not in marked and second not in marked:
            parts[first] = parts[second] = currency
    return parts


def _bare(money: Money) -> bool:
    """ "$20 billion" names no country's dollar; "$US5 billion" does."""
    return money.text.startswith("$") and not money.text.startswith("$US")


def _bare_dollar(money: Money, local: str | None, marked: dict[Decimal, str]) -> Money:
    """ "$20 billion" is the article's "A$20 billion" written short, "$13 billion" its "13 billion US dollars";
    other bare dollars are the local dollar of a paper that writes its own bare."""
    if not _bare(money):
        return money
    # "for $620m" in a headline over the body's "(S$620.1 million)": the same figure rounded
    currency = marked.get(money.amount) or _dollar_of_a_marked_total(money.amount, marked) or local
    return replace(money, currency=currency) if currency else money


_USD_IN_BRACKETS = re.compile(r"\s*\(\s*(?:USD|US\$|U\.S\.\s?\$)")


def _without_bare_dollars_restated_in_usd(text: str, amounts: list[Money]) -> list[Money]:
    """ "up to $1.49 billion (USD 1.2 billion)": a bare dollar figure the writer restates in US dollars is another
    dollar (here Australia's); the US-dollar figure in the brackets is the one to keep."""
    kept = []
    for number, money in enumerate(amounts):
        following = amounts[number + 1] if number + 1 < len(amounts) else None
        if (
            _bare(money)
            and money.currency == "USD"
            and following is not None
            and following.currency == "USD"
            and _USD_IN_BRACKETS.match(text, money.end)
            and text[money.end : following.start].strip() == "("
            and abs(following.amount - money.amount) > money.amount * Decimal("0.03")
        ):
            continue
        kept.append(money)
    return kept


# Bare currency words several countries use: the country the article is about says which one is meant.
_SHARED_CURRENCY_WORDS = (
    (re.compile(r"\bdirhams?\b", re.I), {"AE": "AED", "MA": "MAD"}),
    (re.compile(r"\briyals?\b", re.I), {"SA": "SAR", "QA": "QAR", "OM": "OMR"}),
    (
        re.compile(r"\bdinars?\b", re.I),
        {"KW": "KWD", "BH": "BHD", "JO": "JOD", "IQ": "IQD", "DZ": "DZD", "TN": "TND", "RS": "RSD"},
    ),
    (re.compile(r"\bpesos?\b", re.I), {"MX": "MXN", "PH": "PHP", "AR": "ARS", "CL": "CLP", "CO": "COP"}),
    # "Rs52 billion": the Pakistani press writes the figure right after the sign
    (re.compile(r"\b(?:rupees?|Rs\.?)(?![A-Za-z])", re.I), {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"}),
    (re.compile(r"\bpounds?\b", re.I), {"GB": "GBP", "EG": "EGP", "LB": "LBP"}),
    # "R7.18bn" is South Africa's rand in its own press, and Brazil's real in a story of Brazil
    (re.compile(r"^R(?=\s?\d)"), {"ZA": "ZAR", "BR": "BRL"}),
)
# Spellings that name the country themselves ("Moroccan dirhams", "Saudi riyals") are read as written.
_NAMED_CURRENCY = re.compile(
    r"\b(?:moroccan|uae|emirati|saudi|qatari|omani|kuwaiti|bahraini|jordanian|iraqi|algerian|tunisian|mexican|"
    r"philippine|argentine|chilean|colombian|indian|pakistani|sri lankan|nepalese|egyptian|lebanese|sterling)\b",
    re.I,
)


def _shared_currency(money: Money, places: Counter) -> Money:
    """ "12.8 billion dirhams" in an article about Morocco are Moroccan dirhams, not the UAE's."""
    if _NAMED_CURRENCY.search(money.text):
        return money
    for word, currencies in _SHARED_CURRENCY_WORDS:
        if money.currency in currencies.values() and word.search(money.text):
            ranked = [(places[country], country) for country in currencies if places[country]]
            if ranked:
                return replace(money, currency=currencies[max(ranked)[1]])
    return money


def _host_names(sentence: str, mentions: list[Mention]) -> set[str]:
    """Countries a headline names as places, not as the nationality of a company or an investor."""
    marked = hints(sentence, mentions)
    return {
        m.country
        for number, m in enumerate(mentions)
        if m.country
        and m.kind in {"country", "place"}
        and marked.get(number) not in {"investor", "partner", "setting", "list"}
        and not describes_a_company(sentence, m)
    }


def _sentence_host(sentence: str, mentions: list[Mention]) -> str | None:
    """The one country a sentence sends money or a project to ("will go to Australia", "mines in Western
    Australia"), read from syntax; None when it names none or several."""
    marked = hints(sentence, mentions)
    countries = {
        m.country
        for number, m in enumerate(mentions)
        if m.country
        and m.kind in {"country", "place"}
        and (marked.get(number) == "recipient" or (m.kind == "place" and marked.get(number) is None))
        and not _OWNERS_NAME_AFTER.match(sentence, m.end)
    }
    return _one_country(countries)


# "Others include First Abu Dhabi Bank, Dubai's Mashreq and HSBC": a place that owns a name standing alone is the
# company's home, not where money goes ("Australia's Pilbara region" goes on to a common noun).
_OWNERS_NAME_AFTER = re.compile(r"(?:'s|’s)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s*(?:,|;|\.|\band\b|$)")


def _nearby_host(draft: Draft, hosts: dict[int, tuple[str, int]]) -> str | None:
    """The host named by one of the two sentences before the draft's, in its paragraph."""
    index = draft.sentence.index
    for earlier in (index - 1, index - 2):
        if earlier in hosts and hosts[earlier][1] == draft.sentence.paragraph:
            return hosts[earlier][0]
    return None


_PAIRING = re.compile(r"\s*(?:,|and|&|-|–|—)\s*")


def _joined_pair(text: str, mentions: list[Mention]) -> frozenset[str]:
    """ "Kazakhstan and China sign", "Egypt, UAE sign": two countries named side by side; empty when there are not."""
    countries = [m for m in mentions if m.kind == "country" and m.country]
    for first, second in itertools.pairwise(countries):
        if first.country != second.country and _PAIRING.fullmatch(text, first.end, second.start):
            return frozenset({first.country, second.country})
    return frozenset()


def _one_country(countries: set[str]) -> str | None:
    return next(iter(countries)) if len(countries) == 1 else None


_DISTANCE_FROM = re.compile(r"\b(?:kilometers|kilometres|km|miles)\s+(?:[a-z-]+\s+){0,2}(?:of|from)\s+$")
_HOME_ZONE = re.compile(r"\b(?:based|headquartered)\s+in\s+[^;.()]{0,40}")


# "the acquisition of X", "has acquired 100% of the ownership of X", "bought a stake in X": X is bought, not buying.
_TAKEOVER_TARGET_BEFORE = re.compile(
    r"(?:\b(?:acquisition|purchase|takeover|buyout)(?:\s+process)?\s+of\s+(?:the\s+)?"
    r"|\b(?:acquir\w+|bought|buys?|buying|took over|takes? over)\s+"
    r"(?:(?:a|an|the|its|all|\d+(?:\.\d+)?%|stake|majority|minority|controlling|shares?|ownership|stock|common|of|in)\s+)"
    r"{0,6})"
    # "its acquisition of Spanish renewables firm Saeta Yield": what the company bought is said first
    r"(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,3}?$"
)


# Government bodies that exist to finance abroad (the DFC, JICA, export-credit agencies, Gulf development funds):
# unlike a ministry, their money leaves the country.
_LENDS_ABROAD = re.compile(
    r"Development Finance|Export-Import|Export Finance|Investment Bank|International Cooperation"
    r"|Fund for\b.*Development"
)


_SELLERS_HOME_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:telco|company|firm|group|operator|carrier|utility|bank|lender|insurer|miner|"
    r"maker|producer|retailer|conglomerate)\s*,\s+(?:has\s+|had\s+)?(?:agreed|agrees|plans|planned|decided|is\s+set)\s+"
    r"to\s+sell\b"
)


@dataclass
class ArticleParties:
    """Who the whole article points at, for amounts whose sentences name neither side."""

    investor_votes: Counter = field(default_factory=Counter)
    recipient_votes: Counter = field(default_factory=Counter)
    organizations_by_country: dict = field(default_factory=dict)
    first_named: dict = field(default_factory=dict)  # country -> the number of the sentence that first names it
    sentences: int = 0

    def add(self, sentence: str, mentions: list[Mention]) -> None:
        self.sentences += 1
        for mention in mentions:
            if mention.country:
                self.first_named.setdefault(mention.country, self.sentences - 1)
        marked = hints(sentence, mentions)
        # "an appliance maker based in Qingdao, Shandong province": a company's home, not where money goes.
        homes = [match.span() for match in _HOME_ZONE.finditer(sentence)]
        filed_from = title_dateline_end(sentence)  # "Bengaluru/Tokyo — ...": a wire's bureaus, neither side
        for number, mention in enumerate(mentions):
            if (
                not mention.country
                or mention.start < filed_from
                or any(start <= mention.start < end for start, end in homes)
            ):
                continue
            role = marked.get(number)
            if role == "customer":
                continue  # "Apple supplier Foxconn": Apple is neither side
            if (mention.kind == "organization" and _SELLS_A_STAKE_AFTER.match(sentence, mention.end)) or (
                mention.kind == "country" and _SELLERS_HOME_AFTER.match(sentence, mention.end)
            ):
                # "Woodside To Sell 10% Scarborough Interest To LNG Japan", "Philips is selling its household branch
                # to Chinese investor Hillhouse Capital", "TIM, which is Italy's biggest telco, agreed to sell its
                # landline grid network to KKR": the seller is paid, where it is at home
                self.recipient_votes[mention.country] += 3
                continue
            if role == "setting" and (mention.kind == "organization" or is_demonym(mention)):
                # "agreed to buy 52% of Phoenix from Delek Group", "from the Spanish developer Iberdrola": the seller
                # pays for nothing
                continue
            if TRIP_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
                continue  # "signed during the visit to New Delhi": where the talks were held, not where money goes
            if mention.kind == "organization" and _TAKEOVER_TARGET_BEFORE.search(sentence, 0, mention.start):
                self.recipient_votes[mention.country] += 1  # "completed the acquisition of United States Steel"
            elif (
                mention.kind == "country"
                and describes_a_company(sentence, mention)
                and _TAKEOVER_TARGET_BEFORE.search(sentence, 0, mention.start)
            ):
                self.recipient_votes[mention.country] += 2  # "agreed to buy Bermudian-based speciality insurer Aspen"
            elif mention.kind == "organization" and (
                mention.organization_kind not in {"government", "association"}
                or _LENDS_ABROAD.search(mention.name)
                # "The European Commission has released funding for Albania, Montenegro and North Macedonia": the
                # Union's executive pays abroad when it releases or grants money (not when it approves state aid)
                or (mention.country == "EU" and _RELEASES_FUNDS_AFTER.match(sentence, mention.end))
            ):
                self.investor_votes[mention.country] += 1
                self.organizations_by_country.setdefault(mention.country, []).append(mention.name)
            elif (
                role == "investor"
                # not "signed an agreement with the Cape Verde government": the host the sentence marks
                or (describes_a_company(sentence, mention) and not (role == "recipient" and not is_demonym(mention)))
                or (
                    mention.kind == "country"
                    and role is None
                    and _INVESTING_VERB_AFTER.match(sentence, mention.end)
                    and not _JOINED_BEFORE.search(sentence, 0, mention.start)  # "France, UAE to invest": both
                )
            ):
                # "UAE to invest billions in France", "the United Arab Emirates would invest": the one who invests.
                self.investor_votes[mention.country] += 2
            elif (
                role == "recipient"
                # not "at the International Conference on Climate Resilient Pakistan in Geneva": a venue
                or (mention.kind == "place" and not names_a_venue(sentence, mention))
                or _DISTANCE_FROM.search(sentence, 0, mention.start)
            ):
                # "a city 91 kilometers southwest of Belgrade": where the plant stands
                self.recipient_votes[mention.country] += 1
            elif (
                mention.kind == "country"
                and not is_demonym(mention)
                and _PUBLIC_BODY_AFTER.match(sentence, mention.end)
            ):
                # "the Bangladesh Export Processing Zones Authority (Bepza) said": the host's own investment body
                self.recipient_votes[mention.country] += 1

    def recipient(self) -> str | None:
        ranked = self.recipient_votes.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def investor(self, recipient: str | None) -> str | None:
        ranked = [(country, votes) for country, votes in self.investor_votes.most_common() if country != recipient]
        if not ranked:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            # "Norwegian developer ... Scatec announced", later "UAE-based Metito" among others discussing another
            # project: of payers named as often, the one the story opens with.
            tied = sorted((self.first_named[country], country) for country, votes in ranked if votes == ranked[0][1])
            return tied[0][1] if tied[0][0] <= 1 < tied[1][0] else None
        return ranked[0][0]


# ...but not a body that lends or gives abroad: "Japan International Cooperation Agency", "Export-Import Bank"
_PUBLIC_BODY_AFTER = re.compile(
    r"(?:\s+(?!International\b|Cooperation\b|Export-Import\b|Exim\b|Aid\b)[A-Z][\w&-]*){1,5}"
    r"\s+(?:Authority|Board|Commission|Agency|Council)\b(?!\s+of\b)"
)
_DOLLARS_FIRST = re.compile(r"(?:US\$|U\.S\.\s?\$|\$|USD\s?)\d")
_SELLS_A_STAKE_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:Ltd|Inc|Corp|Co|plc|AG|SA)\.?\s*)?,?\s*"
    r"(?:(?:has|have|will|would|is|are|agreed|agrees|set|plans?|planning|expected|looking|to)\s+){0,3}"
    r"(?:sell|sells|sold|selling|offload\w*|divest\w*)\s+(?:[\w%.,’'-]+\s+){0,8}?"
    r"(?:stake|interest|business|unit|division|branch|shares|holding|operations|assets|subsidiary)\b",
    re.IGNORECASE,
)
_RELEASES_FUNDS_AFTER = re.compile(
    r"\s+(?:(?:has|have|will|would|is to|also|on\s+\w+)\s+)*(?:releas|disburs|provid|grant|lend|lent|allocat|"
    r"commit|pledg)\w*\s+(?:[\w-]+\s+){0,3}?(?:funds?|funding|financing|loans?|grants?|support|assistance|aid|"
    r"[$€£¥]|EUR\b|\d)",
    re.IGNORECASE,
)
_JOINED_BEFORE = re.compile(r"[A-Z][\w.]*(?:,|\s+and)\s+(?:the\s+)?$")
_INVESTING_VERB_AFTER = re.compile(
    r"\s+(?:(?:will|would|is to|are to|plans to|agreed to|is set to|also)\s+)?(?:to\s+)?"
    r"(?:invest|invests|invested|investing|pledge|pledges|pledged|commit|commits|committed)\b",
    re.IGNORECASE,
)


_JOINING = re.compile(
    r"^\s*(?:(?:Corp(?:oration)?|Inc|Ltd|Co|Group|Holdings|plc|AG|SA)\.?\s*)?(?:,\s*)?(?:and|&)\s*$|"
    r"\b(?:with|together with|joined forces with|joining hands with|teamed up with|"
    r"partner(?:s|ed|ing)? with|alongside)\b",
    re.IGNORECASE,
)


def _joined_companies(sentence: str, organizations: list[Mention]) -> list[Mention]:
    """Companies of several countries the sentence joins ("Microsoft and G42", "LGES ... joining hands with Honda"),
    not rivals it compares ("KHNP's bid was deemed superior to EDF's")."""
    firsts = first_of_each_country(organizations)
    joined = all(
        _JOINING.search(sentence[a.end : b.start]) and b.start - a.end <= 80 for a, b in itertools.pairwise(firsts)
    )
    return firsts if joined else firsts[:1]


# "The two companies signed...", "Both firms will invest...": the sentence means the companies named together last.
_PAIR_ANAPHORA = re.compile(
    r"^(?:The\s+two|Both)\s+(?:companies|firms|groups|partners|carmakers|automakers)\b"
    r"|^The\s+(?:companies|partners|pair)\b"
    # "Microsoft and G42 have joined forces to build a data center. The project, valued at $1 billion, ...": their
    # joint project
    r"|^The\s+(?:joint\s+)?(?:project|venture|plant|facility|factory|data cent(?:er|re)|complex|campus)\b"
    # "GM and Panasonic have each committed to buy ... They are also making investments of US$25 million each"
    r"|^They\b(?=(?:[^.;]|\.(?=\d))*\beach\b)"
)


# "The company will invest...", "It plans to spend...": the sentence means the company named last.
_ANAPHORA = re.compile(
    # "Earlier this year, it committed to investing...": a short opening phrase may come first.
    r"^(?:(?:(?:Earlier|Later|Last|This|Next|In|On|By|Since|Separately|Meanwhile|Also)\b[^,;]{0,25},\s+)(?:it|they)\b|"
    r"[\"“]?(?:It|They)\b|(?:The|the)\s+(?:\w+\s+){0,2}?(?:company|group|firm|carmaker|automaker|chipmaker|"
    # Not "The US firm's debt will be assumed by Nippon": the company owns the subject.
    r"conglomerate|giant|maker|manufacturer|producer|developer|operator|fund|investor|miner|steelmaker)\b(?!['’]s\b))"
)


_FUND_ANAPHOR = re.compile(r"^(?:The|the)\s+(?:\w+\s+){0,2}?fund\b")


def _anaphora_investor(draft: Draft, last_organization: dict[int, Mention]) -> Mention | None:
    if not (draft.anaphoric or _ANAPHORA.match(draft.sentence.text)):
        return None
    named = last_organization.get(draft.sentence.index)
    if named is not None and named.country == draft.recipient and not draft.anaphoric:
        return None
    if (
        named is not None
        and named.organization_kind not in {"fund", "government"}
        and _FUND_ANAPHOR.match(draft.sentence.text)
    ):
        return None  # "The fund bought a stake ... from Denmark's Orsted" after a headline naming Orsted: not Orsted
    return named  # "the company would invest ... in India" said of an Indian company: home money, dropped later


_A_COUNTRYS_COMPANY_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|group|maker|manufacturer|producer|miner|refiner|utility|"
    r"retailer|lender|insurer|developer|operator)\b"
)
_NAME_IS_BEFORE = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s+is\s+(?:(?:a|an|the)\s+)?")
_DEMONYM_DESCRIBES_NAME_AFTER = re.compile(
    r"\s+(?:[a-z][\w'-]*,?\s+){0,6}?(?:company|firm|group|maker|manufacturer|producer|developer|operator|provider|"
    r"conglomerate|giant|start-?up)\s+"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|AG|SA|SE|NV|"
    r"BV|GmbH|Co|Holdings)\b"
)
_DEMONYM_DESCRIBES_A_PERSON_AFTER = re.compile(
    r"\s+(?:[a-z][\w'-]*\s+){0,2}?(?:billionaire|tycoon|magnate|businessman|businesswoman|entrepreneur)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b"
)
_DESCRIBED_COMPANY_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|group|maker|manufacturer|producer|rival|business|start-?up|chipmaker|"
    r"carmaker|developer|operator|supplier|target)\b"
)
_ACQUISITION_WORDS = re.compile(
    r"\b(?:buy|buys|bought|acquir\w+|purchas\w+|takeover|take over|takes over|stake)\b", re.I
)


_BASED_COMPANY_AFTER = re.compile(
    r"-(?:based|headquartered)\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|group|maker|manufacturer|producer|business|"
    r"developer|operator|utility|insurer|bank|lender|investor|fund)\b"
)


_SHARE_PRICE_MOVE_BEFORE = re.compile(
    r"\b(?:surged|soared|rose|jumped|gained|climbed|advanced|rallied|fell|dropped|declined|slipped|slumped|tumbled|"
    r"plunged)\s+(?:as\s+much\s+as\s+)?(?:\d+(?:\.\d+)?\s?" + PERCENT + r"\s+)?to\s+$"
)


def _described_companies(found: list[tuple[Sentence, list[Money], list[Mention]]]) -> set[str]:
    """Countries of "the American company", "the German firm": how M&A stories refer back to a company; and of
    "French video game maker Ubisoft revealed ...", how they introduce one at the start of a sentence."""
    countries = set()
    for sentence, amounts, mentions in found:
        for money in amounts:
            # "Jindal Saw surged 9.83% to Rs 254.70 after announcing...": a share price quoted in a country's own
            # currency is that of a company listed at home there.
            home = _local_currency_home(money)
            if home and _SHARE_PRICE_MOVE_BEFORE.search(sentence.text, max(0, money.start - 60), money.start):
                countries.add(home)
        for mention in mentions:
            if (
                mention.kind == "country"
                and is_demonym(mention)
                and (
                    mention.start == 0
                    or re.search(r"\b[Tt]he\s+$", sentence.text[max(0, mention.start - 5) : mention.start])
                )
                # "purchased a 22.6% stake ... from the Spanish infrastructure firm Ferrovial": the seller
                and not re.search(r"\bfrom\s+the\s+$", sentence.text[max(0, mention.start - 12) : mention.start])
                and _DESCRIBED_COMPANY_AFTER.match(sentence.text[mention.end : mention.end + 40])
            ):
                countries.add(mention.country)
            elif (
                mention.kind in {"country", "place"}
                and mention.country
                and re.search(r"\b[Tt]he\s+$", sentence.text[max(0, mention.start - 5) : mention.start])
                and _BASED_COMPANY_AFTER.match(sentence.text, mention.end)
            ):
                countries.add(mention.country)  # "The Calgary-based company says the deal will...": its home
        # "Headquartered in the Lower Austrian town of Wieselburg, ZKW Group is a supplier": the company's home
        opening = _HOME_OPENING.match(sentence.text)
        homes = {m.country for m in mentions if opening and m.end <= opening.end() and m.country}
        if len(homes) == 1:
            countries |= homes
    return countries


_HOME_OPENING = re.compile(
    # "Founded in 2000 and headquartered in San Jose, California, Infinera makes optical semiconductors"
    r"(?:Founded\s+in\s+\d{4}\s+and\s+)?(?:[Hh]eadquartered|[Bb]ased)\s+in\s+[^;.]{2,60}?,\s+(?=[A-Z])"
)


# "A unit of South Korea’s Solus Advanced Materials Co. will revive": a company the gazetteer does not know, named with
# its legal form after its country's possessive.
_POSSESSED_UNKNOWN_NAME = re.compile(
    r"(?:'s|’s)\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}?\s+(?:Co|Corp|Corporation|Ltd|Limited|Inc|"
    r"Group|Holdings|SA|AG|plc|GmbH|SE|NV|BV)\b\.?)"
)


def _possessed_unknown_names(text: str, mentions: list[Mention]) -> dict[str, str]:
    names: dict[str, str] = {}
    for match in _POSSESSED_UNKNOWN_NAME.finditer(text):
        country = next(
            (m for m in mentions if m.end == match.start() and m.kind == "country" and not is_demonym(m)), None
        )
        if country is None or any(match.start("name") <= m.start < match.end() for m in mentions):
            continue
        names[match.group("name")] = country.country
    return names


# "Inzi Controls, a South Korean automotive company,": a name the gazetteer does not know, given a nationality.
_APPOSITION_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}$"
)


_BASED_APPOSITION = re.compile(
    # "Sompo, headquartered in Tokyo, will pay": the participle alone too
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),\s+(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,5}?|which\s+is\s+)?"
    r"(?:based|headquartered)\s+in\s+"
)


_BASED_NAME = re.compile(
    r"-(?:based|headquartered)\s+(?:[a-z][\w-]*\s+){0,3}(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
)


_SUBSIDIARY_OF = re.compile(
    # "Founded in 1924, Milwaukee Tool became a subsidiary of the Hong Kong company Techtronic Industries in 2005"
    r"^(?:[^,.;]{0,40},\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+(?:is|was|became|has\s+been)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|affiliate|arm)\s+of\s+"
)
_OWNERS_COMPANY_NOUN_AFTER = re.compile(r"\s+(?:company|group|firm|conglomerate|holding\s+company)\b")
_NAME_OF_COUNTRY = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}?(?:\s+(?:Co|Corp|Ltd|Inc|Group|Holdings)\.?){1,3})"
    r"(?:\s*\((?P<short>[A-Z][A-Za-z]{1,6})\))?\s+of\s+"
)


def _described_names(
    found: list[tuple[Sentence, list[Money], list[Mention]]], possessed: list[dict[str, str]]
) -> dict[str, str]:
    """Companies the gazetteer does not know, with the nationality an apposition gives them, by name and first word.
    `possessed`: each sentence's names after a country's possessive (`_possessed_unknown_names`)."""
    names: dict[str, str] = {}
    for (sentence, _, mentions), possessed_here in zip(found, possessed, strict=True):
        text = sentence.text
        for mention in mentions:
            if mention.kind != "country" or not is_demonym(mention):
                continue
            person = _DEMONYM_DESCRIBES_A_PERSON_AFTER.match(text, mention.end)
            if person and not any(m.start < person.end("name") and m.end > person.start("name") for m in mentions):
                # "Czech billionaire Daniel Kretinsky": the investor, and later just "Kretinsky"
                names.setdefault(person.group("name"), mention.country)
                names.setdefault(person.group("name").split()[-1], mention.country)
            # "American financial services and digital payments company Square Inc has announced": the company
            # noun, however long its description, names the company after it
            described = _DEMONYM_DESCRIBES_NAME_AFTER.match(text, mention.end)
            if described and not any(
                m.start < described.end("name") and m.end > described.start("name") for m in mentions
            ):
                names.setdefault(described.group("name"), mention.country)
                names.setdefault(described.group("name").split()[0], mention.country)
            apposition = _APPOSITION_BEFORE.search(text, 0, mention.start)
            if apposition is None or apposition.end() != mention.start:
                continue
            if not _DESCRIBED_COMPANY_AFTER.match(text[mention.end : mention.end + 40]):
                continue
            name = apposition.group("name")
            if any(m.start < apposition.end("name") and m.end > apposition.start("name") for m in mentions):
                continue  # a name the gazetteer knows keeps its own country
            names.setdefault(name, mention.country)
            names.setdefault(name.split()[0], mention.country)
        for name, country in possessed_here.items():
            names.setdefault(name, country)
            names.setdefault(name.split()[0], country)
        # "Bikita is Zimbabwe's oldest miner of lithium-bearing minerals": a sentence that opens by saying whose
        # company a name is.
        opening = _NAME_IS_BEFORE.match(text)
        country = next((m for m in mentions if opening and m.start == opening.end() and m.kind == "country"), None)
        if (
            opening is not None
            and country is not None
            and not any(m.start < opening.end("name") for m in mentions)
            and _A_COUNTRYS_COMPANY_AFTER.match(text, country.end)
        ):
            names.setdefault(opening.group("name"), country.country)
        # "Great Wall Motors Co. Ltd (GWM) of China has agreed to buy...": a name, its short form, and its country.
        for of_country in _NAME_OF_COUNTRY.finditer(text):
            country = next(
                (m for m in mentions if m.start == of_country.end() and m.kind == "country" and not is_demonym(m)),
                None,
            )
            name, short = of_country.group("name"), of_country.group("short")
            known = next(
                (m for m in mentions if m.start < of_country.end("name") and m.end > of_country.start("name")), None
            )
            if known is not None and known.country and short:
                names.setdefault(short, known.country)  # "Great Wall Motors Co. Ltd (GWM)": GWM is the known name
            elif known is None and country is not None:
                for label in (name, name.split()[0], short):
                    if label:
                        names.setdefault(label, country.country)
        # "UNIQUE Integrated Technology is a subsidiary of Foxsemicon ..., part of Taipei-based Hon Hai": the owner's.
        for unit in _SUBSIDIARY_OF.finditer(text):
            owner = next(
                (
                    m
                    for m in mentions
                    if m.start >= unit.end()
                    and (
                        m.kind == "organization"
                        or (m.kind == "country" and _OWNERS_COMPANY_NOUN_AFTER.match(text, m.end))
                    )
                ),
                None,
            )
            name = unit.group("name")
            # a town's name at the start of the unit's ("Milwaukee Tool") does not make it a name we know
            known = any(unit.start("name") <= m.start < unit.end("name") and m.kind != "place" for m in mentions)
            if owner is None or not owner.country or known:
                continue
            names.setdefault(name, owner.owner_country or owner.country)
        # "Carlsbad, California-based Viasat will buy Inmarsat": a name the place before "-based" is home to.
        for based in _BASED_NAME.finditer(text):
            place = next((m for m in mentions if m.end == based.start() and m.kind in {"place", "country"}), None)
            name = based.group("name")
            if (
                place is None
                or not place.country
                or any(based.start("name") <= m.start < based.end() for m in mentions)
            ):
                continue
            names.setdefault(name, place.country)
            names.setdefault(name.split()[0], place.country)
        # "Hisense Group, an appliance maker based in Qingdao, Shandong province,": the home its apposition names.
        for based in _BASED_APPOSITION.finditer(text):
            # "based in Qingdao, Shandong province": the first place named, if the town itself is not known.
            place = next(
                (m for m in mentions if based.end() <= m.start <= based.end() + 40 and m.kind in {"place", "country"}),
                None,
            )
            name = based.group("name")
            if place is None or any(m.start < based.end("name") and m.end > based.start("name") for m in mentions):
                continue
            names.setdefault(name, place.country)
            names.setdefault(name.split()[0], place.country)
    return names


# Capitalised words that open many company names and say nothing about which one ("Great Wall", "New World").
_GENERIC_FIRST_WORDS = frozenset(
    {"The", "New", "Great", "First", "General", "United", "National", "International", "Global", "Royal", "Golden",
     "Green", "Central", "Southern", "Northern", "Eastern", "Western", "American", "Asian", "European", "China",
     "Japan", "India", "Korea", "Grupo", "Group", "Energy", "Capital", "Industrial", "Digital", "Bank", "Saudi"}
)  # fmt: skip


_APPOSITION_START = re.compile(r",\s+(?:a|an|the|which|headquartered|based)\b")


def _with_described_names(
    found: list[tuple[Sentence, list[Money], list[Mention]]], described: dict[str, str]
) -> list[tuple[Sentence, list[Money], list[Mention]]]:
    """A company the gazetteer does not know, once the article gives its home ("San Jose, California-based
    Infinera", "Inzi Controls, a South Korean automotive company"), is that country's wherever the article names it:
    "Nokia will acquire Infinera Corp" then sends the money to the US."""
    names = {
        name: country
        for name, country in described.items()
        if len(name) >= 4 and (" " in name or name not in _GENERIC_FIRST_WORDS) and name[0].isupper()
    }
    if not names:
        return found
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
    widened = []
    for sentence, amounts, mentions in found:
        named_again = [
            Mention(m.start(), m.end(), m.group(0), "organization", names[m.group(0)], m.group(0),
                    organization_kind="company")
            for m in pattern.finditer(sentence.text)
            # the description itself ("Quebec-based Nouveau Monde said"), which the sentence reads on its own
            if not re.search(r"-(?:based|headquartered)\s+$", sentence.text[max(0, m.start() - 16) : m.start()])
            and not _APPOSITION_START.match(sentence.text, m.end())
        ]  # fmt: skip
        # "Milwaukee Tool": a town inside a described company's longer name is part of the name
        mentions = [
            m
            for m in mentions
            if not (m.kind == "place" and any(c.start <= m.start and m.end < c.end for c in named_again))
        ]
        widened.append((sentence, amounts, _with_new_mentions(mentions, named_again)))
    return widened


# "EXIM Bank, a Chinese state-owned bank": the nationality an apposition gives a known name.
_NATIONALITY_APPOSITION_GAP = re.compile(r",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+)?")
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:bank|lender|company|firm|group|fund|insurer|conglomerate|maker|manufacturer|"
    r"producer|developer|operator|carmaker|chipmaker|investor|utility)\b"
)


def _short_names_as_the_longer_name(
    found: list[tuple[Sentence, list[Money], list[Mention]]],
) -> list[tuple[Sentence, list[Money], list[Mention]]]:
    """ "Nexen Tire Corp.'s $1.1 billion plant ... Nexen's plant in Changnyeong": in a story of Nexen Tire, "Nexen" is
    Nexen Tire, not the Canadian oil company the gazetteer also knows by that name."""
    longer = {m.text: m for _, _, mentions in found for m in mentions if m.kind == "organization" and " " in m.text}
    if not longer:
        return found
    by_first_word: dict[str, Mention] = {}
    for text, mention in longer.items():
        by_first_word.setdefault(text.split()[0], mention)
    resolved = []
    for sentence, amounts, mentions in found:
        mentions = [
            replace(m, country=full.country, name=full.name, owner_country=full.owner_country, sectors=full.sectors)
            if m.kind == "organization"
            and (full := by_first_word.get(m.text)) is not None
            and full.name != m.name
            and full.country != m.country
            # not "BMW" in a story of BMW Brilliance, BMW's Chinese venture: the owner's own name
            and full.owner_country != m.country
            else m
            for m in mentions
        ]
        resolved.append((sentence, amounts, mentions))
    return resolved


def _with_organizations_placed_by_apposition(
    found: list[tuple[Sentence, list[Money], list[Mention]]],
) -> list[tuple[Sentence, list[Money], list[Mention]]]:
    """A name several institutions share ("EXIM Bank") takes the country the article gives it ("EXIM Bank, a Chinese
    state-owned bank") wherever the article names it, when that is neither the gazetteer's country nor its owner's."""
    placed: dict[str, str] = {}
    for sentence, _, mentions in found:
        for organization, nationality in itertools.pairwise(mentions):
            if (
                organization.kind == "organization"
                and nationality.kind == "country"
                and nationality.country
                and is_demonym(nationality)
                and nationality.country not in {organization.country, organization.owner_country}
                and _NATIONALITY_APPOSITION_GAP.fullmatch(sentence.text, organization.end, nationality.start)
                and _INSTITUTION_AFTER.match(sentence.text, nationality.end)
            ):
                placed.setdefault(organization.name, nationality.country)
    if not placed:
        return found
    return [
        (
            sentence,
            amounts,
            [
                replace(m, country=placed[m.name], owner_country=None)
                if m.kind == "organization" and m.name in placed
                else m
                for m in mentions
            ],
        )
        for sentence, amounts, mentions in found
    ]


_SIGNS_WITH = re.compile(r"\b(?:signs?|signed|inks?|inked|seals?|sealed|agrees?|agreed)\b.*\bwith\b", re.IGNORECASE)


def _headline_signings_follow_the_body(drafts: list[Draft]) -> None:
    """ "Ghana Signs $1 Billion Loan With China" leaves open who lends; "Ghana signed a $1 billion lending agreement
    with China Development Bank" says it. The headline's figure takes the direction the body states for it."""
    stated = {
        (d.money.amount, d.money.currency, d.investor, d.recipient)
        for d in drafts
        if d.sentence.paragraph > 0 and d.investor and d.recipient and d.investor_explicit
    }
    # "Pakistan reaches deal to postpone $1.2 billion payment for Saudi oil" over "an agreement with the Saudi Fund for
    # Development (SFD) to postpone a payment of USD 1.2 billion": the body names the paying institution.
    stated_by_a_named_payer = {
        (d.money.amount, d.money.currency, d.investor, d.recipient)
        for d in drafts
        if d.sentence.paragraph > 0 and d.investor and d.recipient and d.investor_explicit and d.organizations
    }
    for draft in drafts:
        reversed_pair = (draft.money.amount, draft.money.currency, draft.recipient, draft.investor)
        if (
            draft.sentence.paragraph == 0
            and draft.investor
            and draft.recipient
            and (
                _SIGNS_WITH.search(draft.sentence.text)
                or (reversed_pair in stated_by_a_named_payer and not draft.organizations)
            )
            and reversed_pair in stated
            and (draft.money.amount, draft.money.currency, draft.investor, draft.recipient) not in stated
        ):
            draft.investor, draft.recipient = draft.recipient, draft.investor


_PAYING_VERB = re.compile(
    r"\b(?:disburses?|lends?|invests?|provides?|gives?|grants?|pledges?|loans?|extends?|offers?|commits?)\b", re.I
)


def _headline_payers(drafts: list[Draft]) -> dict[tuple[Decimal, str], str]:
    """The headline's figures whose payer it names with a verb of paying ("Japan to disburse $1.27b")."""
    return {
        (d.money.amount, d.money.currency): d.investor
        for d in drafts
        if d.sentence.paragraph == 0
        and d.investor
        and d.investor_explicit
        and _PAYING_VERB.search(d.sentence.text, 0, d.money.start)
    }


def _body_copies_follow_the_headline_payer(drafts: list[Draft], payers: dict[tuple[Decimal, str], str]) -> None:
    """ "Japan to disburse $1.27b for Matarbari port" over "the secretary signed the agreement for a $1.27 billion loan
    on behalf of the Bangladesh government": the body's signer is no payer when the headline names who pays and the
    body only guesses that payer as the recipient."""
    for draft in drafts:
        payer = payers.get((draft.money.amount, draft.money.currency))
        if (
            draft.sentence.paragraph > 0
            and payer is not None
            and draft.recipient == payer
            and not draft.recipient_explicit
            and draft.investor not in (None, payer)
        ):
            draft.investor, draft.recipient = draft.recipient, draft.investor


def _first_words_of_known_names(
    found: list[tuple[Sentence, list[Money], list[Mention]]], article: str
) -> dict[str, str]:
    """ "Turkish steelmaker Tosyali Holding ...", later "Tosyali plans to invest": the first word of a known company's
    longer name, when it is no ordinary word of the article, stands for the company."""
    names: dict[str, str] = {}
    for _, _, mentions in found:
        for mention in mentions:
            first = mention.text.split()[0]
            if (
                mention.kind == "organization"
                and mention.country
                and " " in mention.text
                and first not in names  # a company named again: the article was searched for its word already
                and len(first) > 3
                and first not in _NOT_A_NAME
                and not re.search(rf"\b{re.escape(first.lower())}\b", article)
            ):
                names[first] = mention.owner_country or mention.country
    return names


def _name_unknown_subjects(drafts: list[Draft], described: dict[str, str], known: dict[str, str]) -> None:
    """ "Inzi is investing $51.6m in the project": the subject is the company the article described earlier.
    `known`: short forms of companies the gazetteer knows ("Tosyali" for Tosyali Holding), whose home is no guess."""
    for draft in drafts:
        if draft.investor is not None:
            continue
        match = _NAMED_SUBJECT.match(draft.sentence.text) if draft.unknown_subject else None
        name = match.group("name") if match else ""
        country = described.get(name) or described.get(name.split()[0] if name else "")
        if not country and name in known:
            country = known[name]
            draft.unknown_subject = False
        if not country:
            # "granting investment privileges to UNIQUE Integrated Technology, which is investing 10.5 billion baht"
            text = draft.sentence.text[: draft.money.start]
            relative = [n for n in described if re.search(re.escape(n) + r",\s+which\s+(?:is|will|has|plans)\b", text)]
            if len(relative) == 1:
                name, country = relative[0], described[relative[0]]
        if country and country != draft.recipient:
            draft.investor, draft.investor_name, draft.organizations = country, name, [name]
            draft.investor_source, draft.investor_explicit = "clause", True


# "India will make the majority funding", "the combined investment by Micron and the two government entities": the
# host pays part of the project.
_HOST_SHARE = re.compile(
    r"\b(?:will|would|is to|are to)\s+(?:make|provide|contribute|bear|fund|finance|cover)\s+(?:the\s+)?"
    r"(?:majority|bulk|half|rest|remainder|\d+\s?" + PERCENT + r")\b"
    r"|\bcombined\s+investment\s+by\b[^.;]{0,60}\b(?:governments?|government entities|state)\b",
    re.IGNORECASE,
)


def _without_totals_shared_with_the_host(drafts: list[Draft], sentences: list[Sentence]) -> list[Draft]:
    """ "Micron will invest $825 million" beside "the project will entail $2.75 billion. India will make the majority
    funding": a project total the host shares is not the company's pledge when its own share is stated."""
    following = {s.index: s for s in sentences}

    def shared(draft: Draft) -> bool:
        after = following.get(draft.sentence.index + 1)
        same_paragraph = after is not None and after.paragraph == draft.sentence.paragraph
        return bool(_HOST_SHARE.search(draft.sentence.text + (" " + after.text if same_paragraph else "")))

    return [
        d
        for d in drafts
        if not (
            shared(d)
            and any(
                o.amount_usd < d.amount_usd and (o.investor, o.recipient) == (d.investor, d.recipient) and not shared(o)
                for o in drafts
            )
        )
    ]


# "an Ohio gas power plant", "a critical minerals site in Georgia": a place where something is to be built.
_SITE_NOUN = (
    r"(?:plant|site|facility|factory|mine|port|shipyard|fab|data cent(?:er|re)|refinery|terminal|campus|project)"
)
_SITE_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+" + _SITE_NOUN + r"\b", re.I)
_SITE_BEFORE = re.compile(
    r"(?:\b" + _SITE_NOUN + r"s?|\b(?:to be|will be|is being|being)\s+built)\s+(?:in|at|near)\s+(?:the\s+)?$", re.I
)


def _without_totals_of_unknown_parts(drafts: list[Draft]) -> list[Draft]:
    """ "Adding another $600 million to its recently pledged $2.2 billion, taking the volume to $2.8 billion": a
    running total made of two pledges the article tells is the raised pledge. "An additional $2 billion, bringing its
    total investment there to $13.9 billion" adds past spending the article does not tell, so it is no pledge."""
    parts = [d.amount_usd for d in drafts if not d.running_total]
    return [
        d
        for d in drafts
        if not d.running_total
        or any(
            abs(first + second - d.amount_usd) <= d.amount_usd * Decimal("0.01")
            for first, second in itertools.combinations(parts, 2)
        )
    ]


def _project_site_country(found: list[tuple[Sentence, list[Money], list[Mention]]]) -> str | None:
    """The country of the first project site the article names ("The project, to be built in France"; later sites
    are often comparisons: "Meta recently began constructing a site in Louisiana"); None when it names none."""
    return next(
        (
            m.country
            for sentence, _, mentions in found
            for m in mentions
            if m.kind in {"country", "place"}
            and m.country
            and (_SITE_AFTER.match(sentence.text, m.end) or _SITE_BEFORE.search(sentence.text, 0, m.start))
            # "signed notes concerning two yen loan projects and one grant aid project in Tokyo": where they signed
            and not _SIGNED_BEFORE.search(sentence.text, 0, m.start)
        ),
        None,
    )


_SIGNED_BEFORE = re.compile(r"\b(?:signed|signing|inked|exchanged)\b", re.I)


# "will be 70% owned by TSMC", "TSMC will hold 70%": a joint venture's shares, read around a company's name.
_SHARE = r"(?P<share>\d{1,3}(?:\.\d+)?)\s?" + PERCENT
_OWNED_BY_BEFORE = re.compile(_SHARE + r"\s+(?:owned|held|controlled)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_HOLDS_AFTER = re.compile(
    r",?\s+(?:will\s+|would\s+)?(?:each\s+)?(?:hold|holds|holding|own|owns|owning|take|takes|taking|with)\s+"
    r"(?:a\s+|an\s+)?" + _SHARE,
    re.IGNORECASE,
)


def _majority_owner(found: list[tuple[Sentence, list[Money], list[Mention]]]) -> tuple[Mention | None, set[str]]:
    """The company that owns most of a joint venture the article describes, and the names of its minority
    partners; (None, set()) unless exactly one company is said to own more than half."""
    owners, partners = {}, set()
    for sentence, _, mentions in found:
        text = sentence.text
        owners_here = set()
        for mention in mentions:
            if mention.kind != "organization" or not mention.country:
                continue
            held = _OWNED_BY_BEFORE.search(text, max(0, mention.start - 40), mention.start) or _HOLDS_AFTER.match(
                text, mention.end
            )
            if held is None:
                continue
            if float(held.group("share")) > 50:
                owners[mention.name] = mention
                owners_here.add(mention.name)
            else:
                partners.add(mention.name)
        if owners_here:
            # "70% owned by TSMC, with Infineon, NXP and Bosch holding 10% apiece": the others in the sentence that
            # tells the owner's share, not every later sentence that names the owner.
            partners |= {m.name for m in mentions if m.kind == "organization" and m.name not in owners}
    if len(owners) != 1:
        return None, set()
    owner = next(iter(owners.values()))
    return owner, partners - {owner.name}


# A minority partner that commits to fund, finance or contribute pays its own share.
_FUNDS_ITS_SHARE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:committed|agreed|pledged|undertaken)\s+to\s+(?:fund|financ|contribut|provid)\w*\b"
    r"|\b(?:will|would|is\s+to)\s+(?:fund|finance|contribute|provide)\b"
)


def _credit_the_majority_owner(drafts: list[Draft], owner: Mention | None, partners: set[str]) -> None:
    """ "70% owned by TSMC, with Infineon, NXP and Bosch each holding a 10% equity stake": the joint venture's
    figure is the majority owner's pledge, not one of each foreign partner's."""
    if owner is None:
        return
    for draft in drafts:
        by_partner = draft.investor_name in partners or (draft.organizations and set(draft.organizations) <= partners)
        in_joint = draft.investor is None and owner.country in draft.joint
        if not (by_partner or in_joint):
            continue
        if by_partner and _FUNDS_ITS_SHARE.search(draft.sentence.text, 0, draft.money.start):
            continue  # "Tsingshan has committed to funding up to US$375 million for the plant": the partner's own money
        draft.investor, draft.investor_name, draft.organizations = owner.country, owner.name, [owner.name]
        draft.investor_explicit, draft.investor_source, draft.joint, draft.partners = True, "clause", (), ()
        draft.investor_is_country = False


_BORROWED_PAYER = frozenset({"paragraph", "context", "article"})


def _one_payer_per_figure(drafts: list[Draft]) -> None:
    """ "China Yangtze Power ... has agreed to pay US$3.59 billion", then after "The seller is ... Sempra Energy", "The
    US$3.59 billion price tag is subject to closing adjustments": a figure told again with a payer borrowed from
    around it is the same deal, paid by whoever a sentence names paying it."""
    named: dict[tuple, Draft] = {}
    for draft in drafts:
        if draft.investor and draft.investor_explicit and draft.investor_source == "clause":
            named.setdefault((draft.money.amount, draft.money.currency), draft)
    for draft in drafts:
        payer = named.get((draft.money.amount, draft.money.currency))
        if payer is None or draft.investor_source not in _BORROWED_PAYER or draft.investor == payer.investor:
            continue
        if draft.recipient not in {None, payer.recipient}:
            continue
        draft.investor, draft.investor_name, draft.organizations = (
            payer.investor,
            payer.investor_name,
            payer.organizations,
        )
        draft.investor_is_country = payer.investor_is_country
        draft.recipient = payer.recipient


def _orient_signatories(drafts: list[Draft], site_country: str | None, dateline: str | None = None) -> None:
    """ "Egypt, UAE sign $35bn deal": two countries signing take the direction another sentence states explicitly
    ("the UAE plans to spend $35 billion in Egypt"), else the one the article's project sites point to ("an Ohio gas
    power plant, a critical minerals site in Georgia"). A currency tells where the money is spent unless it is only
    the money of the place the story is filed from ("JEDDAH: ... worth over SR45 billion")."""
    stated = {
        (d.investor, d.recipient)
        for d in drafts
        if d.investor and d.recipient and d.investor_explicit and d.recipient_explicit and not d.joint
    }
    for draft in drafts:
        if draft.investor is None and draft.joint_in_order:
            first, second = draft.joint
            spent_in = _local_currency_home(draft.money)
            spent_in = None if spent_in == dateline else spent_in
            # "a Saudi-Egyptian investment fund with a capital of 60 billion Saudi riyals": a usual source of capital
            # names its own money, which it pays; another country's currency is money spent there.
            usual_payer = _usual_payer(first, second)
            paid_in = spent_in is not None and spent_in == usual_payer
            if (second, first) in stated and (first, second) not in stated:
                first, second = second, first
            elif (first, second) in stated:
                pass
            elif paid_in and spent_in == second:
                first, second = second, first
            elif paid_in and spent_in == first:
                pass
            elif spent_in == first:
                # "Sri Lanka and India to sign MoU for Rs. 2,371 mln development projects": told in Sri Lankan rupees,
                # the money is spent in Sri Lanka
                first, second = second, first
            elif spent_in == second:
                pass
            elif site_country == first:
                first, second = second, first
            elif site_country == second:
                pass
            elif usual_payer == second:
                # "Kazakhstan and China have signed 25 agreements worth $23 billion": with no site or currency told,
                # the usual source of capital of the two pays
                first, second = second, first
            elif usual_payer is None:
                continue
            draft.investor, draft.recipient, draft.investor_source = first, second, "clause"
            draft.investor_explicit = draft.recipient_explicit = True  # the article states the direction


def _article_investor(parties: ArticleParties | None, default_recipient: str | None, recipient: str | None):
    """Who the article shows investing, other than where its money goes; when that leaves nobody, other than where
    this amount goes ("in Japan and the United States ... $2.5 billion will be invested in North Carolina")."""
    if parties is None:
        return None
    investor = parties.investor(default_recipient)
    if investor is None and recipient not in {None, default_recipient}:
        investor = parties.investor(recipient)
    return investor


def _lender_of_two(headline_countries: set[str], parties: ArticleParties) -> tuple[str, str] | None:
    """(lender, borrower): of the two headline countries the article shows paying, the one it shows paying more.

    "Hungary, China sign loan deal for Budapest-Belgrade rail project": Serbia is named only as a place."""
    paying = [country for country in headline_countries if parties.investor_votes[country]]
    if len(paying) != 2:
        return None
    first, second = sorted(paying, key=lambda country: -parties.investor_votes[country])
    return (first, second) if parties.investor_votes[first] > parties.investor_votes[second] else None


_EARLIER_TIME_OPENING = re.compile(
    r"^(?:Earlier|Previously|Last\s+(?:year|month|week)|In\s+(?:" + MONTH + r"|\d{4}|early|late|mid-\d{4}))\b"
)


def _another_companys_earlier_plan(draft: Draft, main: Draft | None) -> bool:
    """ "In January, Reliance Industries announced it would commit $75 billion to green energy", in a story of
    another company's plant abroad: a plan told from the past by a company of its own, which goes nowhere the story
    names."""
    return (
        main is not None
        and draft is not main
        and draft.investor_source == "clause"
        and bool(draft.organizations)
        and not set(draft.organizations) & set(main.organizations)
        and _EARLIER_TIME_OPENING.match(draft.sentence.text) is not None
    )


def _fill_missing_roles(
    drafts: list[Draft],
    subjects: dict[int, tuple[Mention, int]],
    parties: ArticleParties | None = None,
    last_organization: dict[int, Mention] | None = None,
    headline_host: str | None = None,
    hosts: dict[int, tuple[str, int]] | None = None,
    described: set[str] | frozenset[str] = frozenset(),
    headline_countries: set[str] | frozenset[str] = frozenset(),
    dateline: str | None = None,
    headline_companies: set[str] | frozenset[str] = frozenset(),
    headline_pair: frozenset[str] = frozenset(),
) -> None:
    """A sentence that names one side borrows the other from its paragraph, then from the article's main pair."""
    voted = parties.recipient() if parties is not None else None
    main, default_investor, default_recipient = _default_roles(
        drafts, headline_host, parties.recipient_votes if parties is not None else None
    )
    if default_recipient is None and len(headline_pair) == 2:
        # "Kazakhstan and China sign 58 commercial documents" over "Dalian Hesheng Holdings will invest 650 million US
        # dollars": of the two countries the headline pairs, the one the body's payers come from pays the other.
        investors = Counter(d.investor for d in drafts if d.investor and d.investor_explicit)
        ranked = investors.most_common(2)
        if not ranked and parties is not None and (payer := parties.investor(None)) is not None:
            ranked = [(payer, 1)]  # no sentence names a payer itself: the one the article shows paying
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] in headline_pair:
            default_recipient = next(iter(headline_pair - {ranked[0][0]}))
    only_voted = default_recipient is None and voted is not None  # no pledge and no headline says where money goes
    if default_recipient is None:
        default_recipient = voted
    if default_recipient is None:
        # "Samsung SDI kick start second phase of Hungarian expansion": the one place the headline names.
        default_recipient = headline_host
    for number, draft in enumerate(drafts):
        earlier = [
            d
            for d in drafts[:number]
            if d.sentence.paragraph == draft.sentence.paragraph and d.investor and d.recipient
        ]
        context = earlier[-1] if earlier else None
        index = draft.sentence.index
        subject_index = next(
            (
                i
                for i in range(index - 1, max(index - 3, -1), -1)
                if i in subjects
                and subjects[i][1] == draft.sentence.paragraph
                and subjects[i][0].country != (draft.recipient or default_recipient)
            ),
            None,
        )
        subject = subjects[subject_index][0] if subject_index is not None else None
        if subject is not None and context is not None and context.sentence.index >= subject_index:
            subject = None  # a nearer sentence with an amount speaks for the paragraph
        if draft.investor is None and draft.joint:
            recipient = draft.recipient or default_recipient
            named = draft.joined if draft.joint == SEVERAL_INVESTORS else draft.joint
            others = [country for country in named if country != recipient]
            if recipient in named and len(others) == 1:
                # "Reliance and Aramco", "Indonesian and Chinese companies sealed $10 billion of deals": the side at
                # home where the money goes is no investor, so the other one is.
                draft.investor, draft.recipient, draft.investor_source = others[0], recipient, "clause"
                draft.joint = ()
        if draft.investor is None and draft.joint_in_order:
            # signatories that neither the article nor the usual source of capital orients: in the order named
            draft.investor, draft.recipient, draft.investor_source = *draft.joint, "clause"
        if draft.investor is None and draft.pair:
            abroad = [m for m in draft.pair if m.country != (draft.recipient or default_recipient)]
            if abroad and (draft.recipient or default_recipient):
                # "The two companies signed the binding agreement for a $4.4B joint venture": each of the companies
                # named together before, when it is foreign to where the money goes.
                draft.investor_source = "paragraph"
                draft.investor, draft.investor_name, draft.organizations = (
                    abroad[0].country,
                    abroad[0].name,
                    [abroad[0].name],
                )
                draft.partners = tuple(abroad[1:])
        # not when the amount names a payer the gazetteer does not know: "it has agreed to sell its Italian unit to
        # Swisscom for eight billion euros" is no money of the company "it" stands for
        named = (
            _anaphora_investor(draft, last_organization or {})
            if draft.investor is None and not draft.unknown_payer
            else None
        )
        if named is not None:
            draft.investor_source = "paragraph"
            # a local unit's money is its foreign owner's ("The firm will invest" after APM Terminals, Maersk's unit)
            draft.investor = named.owner_country or named.country
            draft.investor_name, draft.organizations = named.name, [named.name]
        if draft.investor is None and draft.unknown_payer:
            pass  # "£10 billion from IFM Investors": a payer the gazetteer does not know, named beside the amount
        elif draft.investor is None:
            if subject is not None:
                draft.investor_source = "paragraph"
                draft.investor, draft.investor_name = subject.owner_country or subject.country, subject.name
                draft.investor_is_country = subject.kind == "country"
                if subject.kind == "organization":
                    draft.organizations = draft.organizations or [subject.name]
            elif context and context.recipient != draft.recipient:
                draft.investor_source = "context"
                draft.investor, draft.investor_name = context.investor, context.investor_name
                draft.investor_is_country = context.investor_is_country
                draft.organizations = draft.organizations or list(context.organizations)
            elif draft.unknown_subject and len(foreign_described := described - {draft.recipient, None}) == 1:
                # "Sungwoo Hitech ... will invest around 300 million dollars", later "the Korean auto parts company":
                # the one nationality the article gives a company it does not name otherwise.
                draft.investor_source = "described"
                draft.investor = next(iter(foreign_described))
                match = _NAMED_SUBJECT.match(draft.sentence.text)
                draft.investor_name = match.group("name") if match else ""
                draft.organizations = draft.organizations or ([draft.investor_name] if draft.investor_name else [])
            elif (
                draft.unknown_subject
                and len(headline_companies) == 1
                and (nationality := next(iter(headline_companies))) != draft.recipient
            ):
                # "Japan-based companies make moves in North Carolina" over "Kyowa Kirin ... plans to invest $200
                # million": a firm the gazetteer does not know is one of the companies the headline names.
                draft.investor_source = "headline"
                draft.investor = nationality
            elif draft.unknown_subject and (main is None or main.organizations):
                # "Tyson Foods ... has opened a $300 million plant": not the company the article is about (a
                # headline about "Chinese firms" still speaks for a firm the gazetteer does not know).
                pass
            elif default_investor and default_investor != draft.recipient:
                draft.investor_source = "headline"
                draft.investor = default_investor
                draft.investor_name = main.investor_name if main else ""
                draft.organizations = draft.organizations or (list(main.organizations) if main else [])
            elif (
                draft.kind == "loan"
                and draft.recipient is None
                and parties is not None
                and (lending := _lender_of_two(headline_countries, parties)) is not None
            ):
                # "Hungary, China sign loan deal" over "the 20-year, $1.855 billion loan": of the two countries in
                # the headline, the one the article shows paying lends to the other.
                draft.investor_source = "headline"
                draft.investor, draft.recipient = lending
            elif (article_investor := _article_investor(parties, default_recipient, draft.recipient)) and (
                article_investor != draft.recipient
            ):
                draft.investor_source = "article"
                draft.investor = article_investor
                known = parties.organizations_by_country.get(article_investor, [])
                draft.organizations = draft.organizations or [Counter(known).most_common(1)[0][0]] if known else []
            elif (
                main is None
                and (parties is None or not parties.organizations_by_country)
                and len(foreign_described := described - {draft.recipient, None}) == 1
            ):
                # "Jindal Saw surged 9.83% to Rs 254.70 after announcing board approval for three overseas
                # investments", then "this project involves an estimated investment of up to $105 million": an
                # article about one company the gazetteer does not know, whose home it gives, names no other payer.
                draft.investor_source = "described"
                draft.investor = next(iter(foreign_described))
        host = _nearby_host(draft, hosts or {})
        if draft.recipient is None and host is not None and host != draft.investor:
            draft.recipient = host  # "The bulk of the money will go to Australia. ... POSCO will pay $765 million"
        targets = described - {draft.investor}
        clause_start, clause_end = clause_bounds(draft.sentence.text, draft.money.start)
        if (
            draft.recipient is None
            and len(targets) == 1
            # the amount's own clause buys: not "EDF is the first shareholder to announce its final stake in the
            # project, which comes alongside a £14.2 billion investment from the UK Government"
            and _ACQUISITION_WORDS.search(draft.sentence.text, clause_start, clause_end)
        ):
            # "Toyota Industries will buy Cascade for $759 million. ... The American company, based in Oregon,": the
            # target the gazetteer does not know is the company the story describes by another nationality.
            draft.recipient = next(iter(targets))
        home_of_currency = CURRENCY_HOMES.get(draft.money.currency)
        if draft.money.usd_equivalent is not None and _DOLLARS_FIRST.match(draft.money.text):
            # "will pay $425m (R6.8bn)": the bracket is the reader's money, a South African paper's, not the target's
            home_of_currency = None
        if (
            draft.investor is None
            and home_of_currency is not None
            and (
                draft.kind == "loan"
                # "- Metro Manila Subway Project (Phase 1) (III): JPY 150 billion": money for the Philippines told
                # in yen is Japan's
                or (draft.recipient not in {None, home_of_currency} and draft.money.currency not in {"USD", "EUR"})
            )
        ):
            draft.investor = home_of_currency  # "Maximum Loan Amount: 92,077 million Japanese Yen": lent in its own
        elif draft.recipient is None and home_of_currency is not None and home_of_currency != draft.investor:
            draft.recipient = home_of_currency  # "Dubai's Emirates NBD will buy ... for Rs 26,853 crore": in India
            draft.recipient_from_currency = True
        elif (
            draft.recipient is None
            and draft.unknown_subject
            and home_of_currency == draft.investor is not None
            # not "The new vehicle will invest C$2.8 billion ... in Mexico. Caisse said it plans to commit some C$1.43
            # billion to the fund": the sentence before sends the same company's money abroad
            and not any(
                d.sentence.index == draft.sentence.index - 1
                and d.investor == draft.investor
                and d.recipient not in {None, draft.investor}
                and any(
                    re.search(rf"\b{re.escape(name.split()[0])}\b", draft.sentence.text[: draft.money.start])
                    for name in d.organizations
                )
                for d in drafts[:number]
            )
        ):
            # "Last week Northern Star Resources completed an A$5 billion acquisition of De Grey Mining", in a story
            # of an Australian company: a firm taken for Australian, paying in Australian dollars, buys at home.
            draft.recipient = home_of_currency
        if draft.recipient is None:
            other_in_headline = headline_countries - {draft.investor}
            # "... have signed a deal to build an $800 million deep sea port.", then in the next paragraph "China
            # Harbour Engineering Co. said it will spend about $120 million in the project": the sentence just before
            just_before = next(
                (d for d in reversed(drafts[:number]) if d.sentence.index == draft.sentence.index - 1 and d.recipient),
                None,
            )
            if context and context.investor == draft.investor:
                draft.recipient = context.recipient
            elif (
                just_before
                and just_before.investor == draft.investor
                and (not default_recipient or _INTO_THE_PROJECT.search(draft.sentence.text))
            ):
                draft.recipient = just_before.recipient
            elif (
                only_voted
                and draft.investor is not None
                and draft.investor_source == "clause"  # the sentence's own payer, not one borrowed from the article
                and home_of_currency == draft.investor
                and draft.money.currency not in REPORTING_CURRENCIES - {"JPY"}
            ):
                # "Tsumura & Co., a Japanese maker of herbal medicines, ... will acquire Yomeishu Seizo Co.'s mainline
                # operations ... for 6.8 billion yen": a payer spending its own currency, where no pledge or headline
                # says otherwise, spends at home
                draft.recipient = draft.investor
            elif _another_companys_earlier_plan(draft, main):
                pass  # "In January, Reliance Industries announced it would commit $75 billion to green energy"
            elif default_recipient and default_recipient != draft.investor:
                draft.recipient = default_recipient
            elif (
                parties is not None
                and (voted := parties.recipient()) not in {None, draft.investor}
                and _ACQUISITION_WORDS.search(draft.sentence.text)
            ):
                # "RWE issuing a convertible bond to QIA" makes Germany the main pair's recipient; RWE's own purchase
                # of a company the gazetteer does not know goes where the article's votes send money (the US).
                draft.recipient = voted
            elif (
                dateline is not None
                and draft.investor not in {None, dateline}
                and (
                    draft.kind == "loan"
                    or draft.unknown_places[0]
                    or (parties is not None and not parties.recipient_votes and not headline_countries)
                )
            ):
                # "MANILA, Philippines - ... Japan loaned 377 billion yen": with nothing else named, a loan reported
                # from the borrower's capital goes there; so does the investment of a foreign company in a local
                # paper's story that names no country at all ("ROSEVILLE – German tech company Bosch ...").
                draft.recipient = dateline
            elif draft.kind == "loan" and draft.investor in headline_countries and len(other_in_headline) == 1:
                # "Bangladesh, Japan sign agreement for 3 projects": with nothing else to go on, a loan goes to the
                # other country of a two-country headline.
                draft.recipient = next(iter(other_in_headline))


# "will spend about $120 million in the project": the project the sentence before told of, not a new one
_INTO_THE_PROJECT = re.compile(
    # "Caisse said it plans to commit some C$1.43 billion to the fund": the vehicle the sentence before told
    r"\b(?:in|into|on|for|to)\s+the\s+(?:project|deal|scheme|venture|development|port|plant|facility|fund|vehicle|"
    r"platform)\b"
    # "The acquisition comprises $3 billion in cash and approximately 12 million shares": the deal just told
    r"|^(?:The|This)\s+(?:acquisition|deal|transaction|purchase|takeover)\s+(?:comprises|includes|consists)\b"
)


# "in a bid to attract investment", "in hopes of reviving the Turkish economy": the country that needs the money.
_SEEKING_MONEY = re.compile(
    r"\b(?:attract|attracting|seek|seeking|seeks|woo|wooing|court|courting|lure|luring|drum up|in search of)\s+"
    # "seek to make additional investments in India": a country that seeks to invest is the investor
    r"(?:(?!make\b|making\b|place\b|deploy\w*|put\b|pour\w*)\w+\s+){0,3}?"
    r"(?:investment|investments|investors|funds|funding|financing|capital)\b"
    r"|\btour\w*\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:investment|investments|funds|financing)\b"
    # "Egypt is facing new financial pressures", "as it seeks to tackle heavy foreign debts"
    r"|\b(?:facing|faces|grappling with|tackle|tackling|ease|easing)\s+(?:\w+\s+){0,3}?(?:financial pressures|foreign "
    r"debts?|budget deficits?|currency (?:crisis|pressures|shortages?)|economic crisis)\b"
    r"|\b(?:revive|reviving|revitali[sz]e|revitali[sz]ing|bolster|bolstering|prop up|propping up|shore up|"
    r"shoring up|rescue|rescuing)\s+(?:his|its|the|their)?\s*(?:country's\s+|nation's\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"economy\b",
    re.IGNORECASE,
)
_SIGNING = re.compile(
    r"\b(?:sign\w*|ink\w*|seal\w*|secur\w*|agreements?|deals?|memorand\w*|MoUs?|contracts?)\b", re.IGNORECASE
)


_ADDITIONAL_AMOUNT = re.compile(
    r"[^;$€£¥₩₹]{0,120}?\b(?:along with|together with|as well as|and|plus)\s+(?:an?\s+)?(?:additional|further|"
    r"another|extra)\s+$"
)
# "DataVolt's plan to spend $20B on U.S. data centers ... topped a list of deals, part of $600B in investment": the
# whole a pledge belongs to goes the same way.
_WHOLE_OF_THE_LAST = re.compile(r"[^;$€£¥₩₹]{0,120}?,\s+(?:as\s+)?part\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$")
# ", and up to $6.6 billion": a second object of the verb before, right where the amount starts.
# "..., and up to $6.6 billion", "..., including up to 476 billion yen for the first plant": more of the same grant
_AND_ANOTHER_AMOUNT = re.compile(
    r",?\s+(?:and|including|of which)\s+(?:up to\s+|another\s+|a further\s+|nearly\s+|about\s+|some\s+)?$"
)


_SCENE_OPENING = re.compile(r"\W*In\s+(?:the\s+)?")


def _scene_country(text: str, mentions: list[Mention]) -> str | None:
    """The country of an opening "In Germany," or "In the Czech Republic,"."""
    opening = _SCENE_OPENING.match(text)
    first = mentions[0] if mentions else None
    if (
        opening is None
        or first is None
        or first.kind != "country"
        or is_demonym(first)
        or first.start != opening.end()
        or not text.startswith(",", first.end)
    ):
        return None
    return first.country


_THERE = re.compile(r"^There,?\s+(?!is\b|are\b|was\b|were\b|will be\b|would be\b|has been\b|have been\b|had been\b)")


_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,30}?(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?\s*(?:\([^)]{0,30}\)\s*)?[—–-]\s"
)


def _dateline_country(dateline: str, gazetteer: Gazetteer) -> str | None:
    """ "MANILA, Philippines - ...": the one country the story is filed from, when its dateline names one."""
    dateline = dateline.title() if dateline.isupper() else dateline  # "PHOENIX — " names Phoenix
    countries = {m.country for m in gazetteer.mentions(dateline) if m.country and m.kind in {"country", "place"}}
    if not countries:
        # "ROSEVILLE – German tech company Bosch ...": a town the gazetteer does not list.
        town = re.match(r"\s*([A-Z][\w.'’ -]*?)\s*(?:,|\(|[—–-]\s)", dateline)
        return dateline_town_country(town.group(1)) if town else None
    return next(iter(countries)) if len(countries) == 1 else None


_VISITED_BEFORE = re.compile(
    r"\b(?:visit|visits|visited|visiting|toured|tours|touring|trip\s+to|travell?ed\s+to|went\s+to|flew\s+to)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _country_seeking_money(found: list[tuple[Sentence, list[Money], list[Mention]]]) -> str | None:
    """The country a story shows looking for money: named in the phrase itself ("reviving the Turkish economy"),
    which counts double, or the nearest country named before it; none when two countries tie."""
    seekers: Counter = Counter()
    for sentence, _, mentions in found:
        for match in _SEEKING_MONEY.finditer(sentence.text):
            marked = hints(sentence.text, mentions)
            meetings = [meeting.span() for meeting in _BILATERAL_MEETING.finditer(sentence.text)]
            countries = [
                m
                for number, m in enumerate(mentions)
                if m.kind == "country"
                and m.country
                and m.start < match.end()
                # "The deals, signed during the Kenya-China business forum in Beijing, mark a major step in attracting
                # foreign capital": neither the meeting's two countries nor the city it met in is the seeker
                and not any(start <= m.start < end for start, end in meetings)
                and not names_a_venue(sentence.text, m)
                # "a visit by Erdogan to Abu Dhabi as he toured the Gulf for investment": not the place visited, nor
                # the one "a Pakistani trade delegation recently visited China to attract further investment" names
                and (match.start() <= m.start or marked.get(number) not in {"recipient", "trip", "setting", "partner"})
                and not _VISITED_BEFORE.search(sentence.text, max(0, m.start - 40), m.start)
            ]
            if countries:
                named_inside = countries[-1].start >= match.start()
                if named_inside and "economy" not in match.group(0).lower():
                    continue  # "to attract more Chinese investment": the country named inside is the source
                seekers[countries[-1].country] += 2 if named_inside else 1  # "reviving the Turkish economy"
    ranked = seekers.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _deals_go_to_the_country_seeking_money(drafts: list[Draft], seeker: str | None) -> None:
    """ "Turkey's Erdogan signs $50 billion in deals during UAE visit", in a story of Erdogan touring the Gulf to
    attract investment: deals signed with no word of who invests flow to the country that came looking for money."""
    if seeker is None:
        return
    for draft in drafts:
        text = draft.sentence.text
        if (
            draft.investor == seeker
            and draft.recipient not in {None, seeker}
            and _SIGNING.search(text)
            and not re.search(r"\binvest(?:s|ed|ing)?\b", text, re.IGNORECASE)
            and not draft.organizations
        ):
            draft.investor, draft.recipient = draft.recipient, draft.investor
            draft.investor_explicit, draft.recipient_explicit = draft.recipient_explicit, draft.investor_explicit


_PROJECT_OR_INVESTMENT = re.compile(r"\b(?:projects?|invest\w*)\b", re.IGNORECASE)


def _turn_sales_into_purchases(drafts: list[Draft]) -> None:
    """ "Qatar agreed to supply India with LNG worth $78 billion": the buyer pays, so it is the investor side."""
    sold = set()
    for draft in drafts:
        if draft.sale and draft.investor and draft.recipient:
            sold.add((draft.investor, draft.recipient))
            draft.investor, draft.recipient = draft.recipient, draft.investor
            draft.investor_explicit, draft.recipient_explicit = draft.recipient_explicit, draft.investor_explicit
            draft.organizations = []
            draft.kind = "purchase"
    for draft in drafts:
        # "the value of the entire deal, which South Korean media estimated at $15 billion": the same sale, read
        # without its verb, goes the same way.
        if (
            not draft.sale
            and (draft.investor, draft.recipient) in sold
            and draft.investor_name not in draft.organizations
            # not "the $45bn flagship Economic Corridor project" beside a submarine sale: a project is no sale
            and not _PROJECT_OR_INVESTMENT.search(draft.sentence.text)
        ):
            draft.investor, draft.recipient = draft.recipient, draft.investor
            draft.kind = "purchase"


_ORDERS_FROM_BEFORE = re.compile(
    r"\b(?:orders?|purchases?|bookings?)\s+(?:from|by)\s+(?:(?:two|three|four|five|several|the)\s+)?$", re.IGNORECASE
)


def _buyers_of_orders(found: list[tuple[Sentence, list[Money], list[Mention]]]) -> set[str]:
    """ "Boeing announced major orders from two Vietnamese airlines": the nationalities the orders come from."""
    return {
        m.country
        for sentence, _, mentions in found
        for m in mentions
        if m.kind == "country"
        and m.country
        and _ORDERS_FROM_BEFORE.search(sentence.text, max(0, m.start - 40), m.start)
    }


def _orders_go_from_their_buyers(drafts: list[Draft], buyers: set[str]) -> None:
    """A purchase whose sides were borrowed from the article goes from the one nationality its orders come from to the
    seller, not the other way ("The latest order is worth $12.7 billion" in a story of Boeing's Vietnamese orders)."""
    if len(buyers) != 1:
        return
    buyer = next(iter(buyers))
    for draft in drafts:
        if (
            draft.kind == "purchase"
            and draft.investor_source in {"headline", "article", "context", "paragraph"}
            and draft.recipient == buyer
            and draft.investor
        ):
            draft.investor, draft.recipient = buyer, draft.investor


def _without_joint_totals_whose_foreign_share_is_told(drafts: list[Draft]) -> list[Draft]:
    """ "DP World and Canadian investment group CDPQ will invest $5 billion", then "CDPQ will invest $2.5bn": the
    foreign partner's own share is the bilateral pledge; the total includes home money."""
    return [
        d
        for d in drafts
        if not (
            d.domestic_partner
            and any(
                other is not d
                and (other.investor, other.recipient) == (d.investor, d.recipient)
                and d.amount_usd / 10 <= other.amount_usd < d.amount_usd  # a share, not an older small project
                and other.investor_explicit
                and not other.domestic_partner
                and set(other.organizations) & set(d.organizations)  # the same foreign partner's share
                # told near the total: "SK had last year injected $470 million in Masan Group" far below is another
                and abs(other.sentence.index - d.sentence.index) <= 3
                for other in drafts
            )
        )
    ]


def _without_valuations_beside_a_lower_price(drafts: list[Draft]) -> list[Draft]:
    """ "to buy Ventos from Brookfield at a $2bn valuation" beside "Masdar will invest $900mn to acquire Ventos": the
    price the buyer pays, told apart from the target's value, is its pledge."""
    prices = [
        (d.investor, d.amount_usd)
        for d in drafts
        if not d.whole_valuation and d.kind == "investment" and _ACQUISITION_WORDS.search(d.sentence.text)
    ]
    return [
        d
        for d in drafts
        if not (
            d.whole_valuation and any(d.investor == buyer and price * 11 < d.amount_usd * 10 for buyer, price in prices)
        )
    ]


def _investor_parties(drafts: list[Draft]) -> set[str]:
    """Who the article shows pledging: several parties make a guessed investor unsafe."""
    parties = {
        d.investor
        for d in drafts
        if d.investor
        and d.investor_explicit
        and not _spends_at_home(d)
        # "The State of Israel has agreed to raise its grant for the fab": a host's grant, going nowhere abroad
        and not (d.subsidy and d.recipient in {None, d.investor})
    }
    if any(d.multilateral for d in drafts):
        parties.add("multilateral")
    return parties


def _names_a_company(draft: Draft, gazetteer: Gazetteer) -> bool:
    """The draft's payer is told as a company of its country ("the Canadian company Anatolia Minerals"), not as the
    country or its government."""
    text = draft.sentence.text
    return any(
        m.kind == "country" and m.country == draft.investor and describes_a_company(text, m)
        for m in gazetteer.mentions(text)
    )


def _spends_at_home(draft: Draft) -> bool:
    """A government's own spending or a subsidy ("the state's package for Panasonic"): nobody pledges abroad."""
    if draft.subsidy and draft.another_government_pays:
        return True  # "tax breaks from British government": whoever else the sentence names
    if draft.joint_in_order and draft.investor != draft.recipient:
        return False  # "France, Jordan sign 250-million-euro grant agreement": aid between two governments
    if (
        draft.subsidy
        and draft.recipient is not None
        and draft.investor not in {None, draft.recipient}
        and draft.money.currency not in REPORTING_CURRENCIES
        and CURRENCY_HOMES.get(draft.money.currency) == draft.investor
    ):
        return False  # "an RMB 800 Million (LKR 25.5 Billion) Grant" to Sri Lanka: a grant in the giver's own money
    if draft.subsidy and draft.investor == "EU" and draft.recipient in EU_MEMBER_STATES:
        return True  # "a factory in Sines, Portugal, which could receive up to €350 million in support from the EU"
    if draft.subsidy and not draft.investor_explicit and _TAX_OR_INCENTIVES.search(draft.sentence.text):
        return True  # "the Orban government offer came to €800mn in grants, and tax and infrastructure incentives"
    if draft.subsidy and not draft.recipient_explicit and _HOME_SUPPORT_WORD.search(draft.sentence.text):
        # "Germany stepped up its subsidy to launch the factory project to almost 10 billion Euros": a subsidy that
        # names no country to go to is paid at home (aid abroad is called aid, a grant or a loan)
        return True
    return (draft.government_subject or draft.subsidy) and not draft.investor_is_country


# The Union's own support to a project in one of its members is home support, like a member government's.
EU_MEMBER_STATES = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())
_TAX_OR_INCENTIVES = re.compile(r"\b(?:tax|taxes|incentives?)\b", re.IGNORECASE)
_HOME_SUPPORT_WORD = re.compile(
    r"\bsubsid(?:y|ies|ised|ized|ising|izing)\b|\btax\s+(?:breaks?|credits?)\b", re.IGNORECASE
)


_AGGREGATE_NOUNS = r"(?:proposals|MoUs|memoranda|agreements|deals|contracts|projects)"
_AGGREGATE_BEFORE = re.compile(
    # "The investment value of these projects was 39 billion baht in total"
    r"\b" + _AGGREGATE_NOUNS + r"\s+(?:worth|totall?ing|valued at|of|amount to|amounted to|add up to|added up to|"
    r"was|were|is|are|reached)\s+"
    r"(?:about\s+|some\s+|over\s+|more than\s+|nearly\s+|around\s+)?$"
)
_AGGREGATE_AFTER = re.compile(r"\s+(?:worth\s+of\s+|in\s+)?(?:[a-z-]+\s+)?" + _AGGREGATE_NOUNS + r"\b")


_PART_OF_A_WHOLE_BEFORE = re.compile(
    r"\b(?:is|are|was|forms?|as)\s+part\s+of\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?$"
)
_WORLDWIDE_PURPOSE = re.compile(
    # not "gives the Copperbelt access to global markets": a project's reach, not where its money goes
    r"(?<!access to )\b(?:global|worldwide|international)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:network|footprint|operations|portfolio|expansion|business|presence|ports|markets|projects|assets)\b",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}$")
_NAMED_PROJECT_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:development|project|megaproject|megacity|city|scheme|complex|programme|program|"
    r"resort|park|zone)\b"
)
_SYNDICATED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?syndicated\b", re.IGNORECASE)
# "the planned $130 billion alliance between Dow and DuPont": a deal whose two sides the sentence names itself.
_DEAL_BETWEEN_NAMES_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:alliance|merger|tie-up|combination|deal|union)\s+between\s+(?:the\s+)?[A-Z]"
)
# "Mistral AI raised a total of 1.7 billion euros in its latest funding round": a round has many investors.
_ROUND_RAISED_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:in|through|via)\s+(?:its|their|the|a)\s+(?:\w+\s+){0,3}?(?:funding|financing|investment)\s+"
    r"rounds?\b",
    re.IGNORECASE,
)
_SIGNED_WITH_SOMEONE = re.compile(
    r"\b(?:[Ss]igned|[Ss]ign|[Cc]oncluded|[Cc]onclude|[Ii]nked|[Ss]ealed)\s+with\s+(?:the\s+)?[A-Z]"
)
_WITH_A_NAMED_PARTY_AFTER = re.compile(r"\s+with\s+(?:the\s+)?[A-Z]")
_THE_TWO_PARTIES = re.compile(r"\b(?:[Tt]he two|[Bb]oth)\s+(?:parties|sides|governments)\b")
_PER_YEAR_AFTER = re.compile(r"\s*(?:a|per|each|every)\s+(?:year|annum)\b|\s*annually\b", re.IGNORECASE)
_PLEDGE_WORD = re.compile(
    r"\b(?:invest\w*|pledg\w*|commit\w*|spend\w*|spent|pour\w*|inject\w*|provid\w*|lend\w*|lent|financ\w*|"
    r"fund\w*|build\w*|built|earmark\w*|allocat\w*)\b",
    re.IGNORECASE,
)


_LOCAL_UNIT_AFTER = r"\s+(?:district|region|province|county|prefecture|governorate|oblast|municipality|regency)\b"


def _all_local_units(names: frozenset[str], text: str) -> bool:
    return all(re.search(re.escape(name) + _LOCAL_UNIT_AFTER, text) for name in names)


def _keep(draft: Draft, several_parties: bool, headline_host: str | None = None) -> bool:
    if draft.joint in (SEVERAL_INVESTORS, SEVERAL_RECIPIENTS):
        return False  # the sentence itself names several investors, or several host countries, for one amount
    names, countries = draft.unknown_places
    if (
        names
        and not draft.recipient_explicit
        and not draft.recipient_from_currency
        and draft.investor_source not in {"clause", "sentence"}
        and draft.recipient not in countries
        # "Turkish Company Investing 250 Million For Power Plant In Uzbekistan" over "a plant in the Nishan district":
        # the one country the headline sends the money to holds a district or province the gazetteer does not know
        # (a town could lie anywhere: "the Polish plant near Wroclaw" in a story headlined on Magdeburg)
        and not (draft.recipient == headline_host and _all_local_units(names, draft.sentence.text))
    ):
        return False  # the sentence names a place that may lie in another country than the one borrowed
    if several_parties and draft.investor_source in {"sentence", "headline", "article"}:
        return False
    text, money = draft.sentence.text, draft.money
    if not draft.recipient_explicit and _FOR_ITS_OWN_PEOPLE_AFTER.match(text, money.end):
        return False
    if (
        draft.investor_source in {"headline", "article", "context", "paragraph"}
        and (
            _AGGREGATE_BEFORE.search(text, max(0, money.start - 40), money.start)
            or _AGGREGATE_AFTER.match(text, money.end)
        )
        # "agreements worth $18 billion are likely to be signed with China": one counterpart, named
        and not _SIGNED_WITH_SOMEONE.search(text, money.end)
        # "agreements totalling US$310 million with the Shandong Tianyi Company": the counterpart right after it
        and not _WITH_A_NAMED_PARTY_AFTER.match(text, money.end)
        # "The two parties have signed investment agreements on the project worth $2.5 billion": the pair named
        and not _THE_TWO_PARTIES.search(text, 0, money.start)
    ):
        return False  # "Out of the Rs 25,464 crore worth of investment proposals": many parties' total, none named
    if (
        draft.investor_source in {"headline", "article"}
        and not draft.recipient_explicit
        and _PER_YEAR_AFTER.match(text, money.end)
        and not _PLEDGE_WORD.search(text)
    ):
        return False  # "the Navy's accounts call for roughly $30 billion a year": a budget, and neither side named
    if (
        draft.investor_source in {"headline", "article", "context", "paragraph"}
        and _THE_BEFORE.search(text, max(0, money.start - 40), money.start)
        and _NAMED_PROJECT_AFTER.match(text, money.end)
    ):
        return False  # "which include the futuristic $500 billion Neom development": a named project's size
    if draft.investor_source in {"headline", "article", "context", "paragraph"} and _DEAL_BETWEEN_NAMES_AFTER.match(
        text, money.end
    ):
        return False  # "the planned $130 billion alliance between Dow and DuPont": not the story's payer's deal
    if not draft.investor or not draft.recipient or draft.investor == draft.recipient:
        return False
    if not draft.recipient_explicit and _WORLDWIDE_PURPOSE.search(text, money.end):
        return False  # "a $2.5 billion investment plan to accelerate the expansion of its global logistics network"
    if not draft.recipient_explicit and _PART_OF_A_WHOLE_BEFORE.search(text, max(0, money.start - 40), money.start):
        # "The investment ... is part of a 58 billion-euro (US$68 billion) investment plan": the company's whole plan,
        # which the sentence does not place
        return False
    if not draft.investor_explicit and _SYNDICATED_AFTER.match(text, money.end):
        return False  # "an $11 billion syndicated loan arranged from a group of lenders": many banks, none named
    if draft.investor_source in {"headline", "article", "context", "paragraph"} and _ROUND_RAISED_AFTER.match(
        text, money.end
    ):
        return False  # "raised a total of 1.7 billion euros in its latest funding round": all the round's investors
    if draft.kind == "fund" and not draft.recipient_explicit and not draft.recipient_from_currency:
        return False  # "teamed up with Saudi Arabia for a USD 100 billion technology fund": a fund bound nowhere named
    if draft.multilateral:
        return False
    return not _spends_at_home(draft)


def _confidence(draft: Draft) -> float:
    """Higher when both countries, a company and a pledge verb are explicit; lower for borrowed sides and parts."""
    score = 0.35
    if draft.investor_explicit:
        score += 0.2
    if draft.recipient_explicit:
        score += 0.2
    if draft.organizations:
        score += 0.1
    if re.search(r"\b(?:invest\w*|pledg\w*|commit\w*)\b", draft.sentence.text, re.I):
        score += 0.1
    if len(draft.evidence) > 1:
        score += 0.05
    if draft.kind != "investment":
        score -= 0.1
    if draft.parent is not None or draft.superseded:
        score -= 0.2
    if draft.investor_source in {"headline", "article"}:
        score -= 0.1  # the investor was borrowed from the rest of the article
    if draft.status in {"cancelled", "completed"}:
        score -= 0.05
    return round(max(0.05, min(score, 0.99)), 2)


def _best_evidence_first(draft: Draft) -> list[Sentence]:
    """The body sentence that names the pledge best comes first; the headline only when nothing else does."""
    body = [s for s in draft.evidence if s.paragraph > 0]
    rest = [s for s in draft.evidence if s.paragraph == 0]
    if draft.sentence.paragraph > 0:
        body = [draft.sentence] + [s for s in body if s is not draft.sentence]
    unique: dict[str, Sentence] = {}
    for sentence in body + rest:
        unique.setdefault(sentence.text, sentence)
    return list(unique.values())


def _investor_organizations(draft: Draft, gazetteer: Gazetteer) -> list[str]:
    """The organizations on the investor's side: those of another country are the partner or the target."""
    kept = []
    for name in draft.organizations:
        known = gazetteer.organization(name)
        if known is None or known.country == draft.investor:
            kept.append(name)
    return kept


def _to_candidate(draft: Draft, gazetteer: Gazetteer, sentences: list[Sentence], index_of: dict) -> Candidate:
    draft.organizations = _investor_organizations(draft, gazetteer)
    money = draft.money
    start, end = draft.period
    investor_label = (draft.organizations[0] if draft.organizations else "") or gazetteer.country_names.get(
        draft.investor, draft.investor or "?"
    )
    evidence = [s.text for s in _best_evidence_first(draft)]
    status = "superseded" if draft.superseded else draft.status
    return Candidate(
        investor_country=draft.investor,
        recipient_country=draft.recipient,
        amount=money.amount,
        currency=money.currency,
        qualifier=money.qualifier,
        amount_low=money.amount_low,
        amount_high=money.amount_high,
        amount_usd=draft.amount_usd,
        rate=draft.conversion.rate,
        rate_date=draft.conversion.rate_date,
        rate_source=draft.conversion.source,
        sectors=tuple(final_sectors(draft, gazetteer, sentences)),
        organizations=tuple(draft.organizations),
        kind=draft.kind,
        status=status,
        previous_amounts_usd=tuple(dict.fromkeys(draft.previous_usd)),
        period_start=start,
        period_end=end,
        is_new_money=False if draft.status == "reaffirmed" else None,
        evidence=tuple(dict.fromkeys(evidence)),
        confidence=_confidence(draft),
        parent=index_of.get(id(draft.parent)) if draft.parent is not None else None,
        title=candidate_title(investor_label, draft.amount_usd, gazetteer.country_names.get(draft.recipient, "")),
    )


def _without_headline_measures(drafts: list[Draft], measured: list[Decimal]) -> list[Draft]:
    """ "Siemens to Invest $2.2Bln in Future Production Growth" over "2 billion Euros ($2.2 billion) to boost
    production and research globally": the headline's figure is the one the body shows is no pledge."""

    def among(draft: Draft, figures: list[Decimal]) -> bool:
        return any(abs(draft.amount_usd - usd) <= Decimal("0.03") * usd for usd in figures)

    body_figures = [d.amount_usd for d in drafts if d.sentence.paragraph > 0]
    return [d for d in drafts if not (d.sentence.paragraph == 0 and among(d, measured) and not among(d, body_figures))]


# Short words a headline in capitals lowercases; other words of three letters or fewer are initials ("AI", "LNG").
_SHORT_WORDS = frozenset("a an and as at be by for in into is its of on or the to up new".split())


def _headline_in_sentence_case(headline: Sentence, gazetteer: Gazetteer) -> Sentence:
    """ "HYUNDAI TO INVEST $5 BILLION IN GEORGIA PLANT": a headline set in capitals, read as a paper in sentence
    case writes it. Names the gazetteer knows keep their capitals, in either spelling ("Georgia", "US", "SK"), short
    words that are not function words stay initials, and every other word is lowercased."""
    text = headline.text
    if re.search(r"[a-z]", text) or len(re.findall(r"[A-Z]{2,}", text)) < 3:
        return headline
    titled = re.sub(r"[A-Z]+", lambda word: word.group(0).capitalize(), text)
    titled = re.sub(r"(?<=\w['’])S\b", "s", titled)  # "KOREA'S": "Korea's"
    written = list(text.lower())
    for word in re.finditer(r"(?<![\w$'’])[A-Z]{1,3}\b", text):
        if word.group(0).lower() not in _SHORT_WORDS:
            written[word.start() : word.end()] = word.group(0)
    for spelling in (text, titled):  # the title-case reading last: "Hyundai" rather than "HYUNDAI"
        for mention in gazetteer.mentions(spelling):
            written[mention.start : mention.end] = spelling[mention.start : mention.end]
    sentence_case = "".join(written)
    first_letter = re.search(r"[a-z]", sentence_case)
    if first_letter and not re.search(r"[A-Za-z]", sentence_case[: first_letter.start()]):
        sentence_case = (
            sentence_case[: first_letter.start()] + first_letter.group(0).upper() + sentence_case[first_letter.end() :]
        )
    return replace(headline, text=sentence_case)


def _headline_from_title_case(headline: Sentence, body: str, gazetteer: Gazetteer) -> Sentence:
    """ "Egypt Says Saudi Arabia Wealth Fund Set to Invest $5 Billion": a headline with every word capitalised, read
    as sentence case. A word keeps its capital when the gazetteer knows it as a name or the body writes it with one
    in mid-sentence ("Adeptio", "Public Investment Fund"); every other word is lowercased."""
    text = headline.text
    words = list(re.finditer(r"(?<![\w'’.])[A-Za-z][a-z]+\b", text))
    long_words = [word.group(0) for word in words if len(word.group(0)) >= 4]
    if len(long_words) < 4 or not all(word[0].isupper() for word in long_words):
        return headline
    names = [(m.start, m.end) for m in gazetteer.mentions(text)]
    capitalised_in_body = set(re.findall(r"(?<=[a-z0-9,;:’'] )[A-Z][a-z]+\b", body))
    written = list(text)
    for word in words[1:]:
        in_a_name = any(start <= word.start() < end for start, end in names)
        if not in_a_name and word.group(0) not in capitalised_in_body:
            written[word.start()] = word.group(0)[0].lower()
    return replace(headline, text="".join(written))


_BACKTICK_APOSTROPHE = re.compile(r"(?<=\w)`(?=\w)")
_FULL_WIDTH_SIGNS = str.maketrans({"＄": "$", "￡": "£", "￥": "¥", "￦": "₩", "％": "%"})


def _in_usual_signs(text: str) -> str:
    """The text with its apostrophes and currency signs written the usual way."""
    return _BACKTICK_APOSTROPHE.sub("’", text).translate(_FULL_WIDTH_SIGNS)


def _headline_and_body(text: str, title: str) -> tuple[str, str]:
    """Without a title, a short first line with no final full stop is taken as the headline."""
    if title:
        return title, text
    first, _, rest = text.strip().partition("\n")
    if first and len(first) < 200 and not first.rstrip().endswith(".") and rest.strip():
        return first.strip(), rest
    return "", text


def extract_pledges(
    text: str, *, title: str = "", published: date | None = None, gazetteer: Gazetteer | None = None
) -> list[Candidate]:
    """Every pledge the article reports, the main ones first; components point at their package by index."""
    gazetteer = gazetteer or default_gazetteer()
    forget_hints()
    published = published or date.today()  # noqa: DTZ011 - a calendar date for exchange rates, not a timestamp
    # "China`s outbound tally": old wire copy writes the apostrophe as a backtick; "￡30 billion": East Asian papers
    # write currency signs in their full-width forms
    text, title = _in_usual_signs(text), _in_usual_signs(title)
    title, body = _headline_and_body(text, title)
    sentences = article_sentences(body, title)
    if sentences and sentences[0].paragraph == 0:
        sentences[0] = _headline_from_title_case(_headline_in_sentence_case(sentences[0], gazetteer), body, gazetteer)
    article_text = " ".join(s.text for s in sentences)
    drafts: list[Draft] = []
    subjects: dict[int, tuple[Mention, int]] = {}  # sentence index -> (its subject, its paragraph)
    parties = ArticleParties()
    last_organization: dict[int, Mention] = {}  # sentence index -> the organization named last before it
    latest: Mention | None = None
    headline_places: set[str] = set()
    headline_countries: set[str] = set()
    headline_pair: frozenset[str] = frozenset()  # two countries the headline joins ("Kazakhstan and China sign")
    headline_companies: set[str] = set()
    previous_countries: list[str] = []
    previous_sale_told = ""
    allocation_announced = False
    allocation_payer: Draft | None = None  # the draft whose payer an announced allocation's lines share
    located: dict[str, str] = {}  # place names the gazetteer does not know -> the country the article puts them in
    pair: tuple[int, tuple[Mention, ...]] | None = None  # the last companies of several countries named together
    hosts: dict[int, tuple[str, int]] = {}  # sentence index -> (the one country it sends money to, its paragraph)
    measured: list[Decimal] = []  # dollar values of body figures that measure something else than a pledge
    other_acronyms = _acronyms_for_other_names(article_text, gazetteer)
    found = [
        (
            sentence,
            find_money(sentence.text),
            [
                m
                for m in gazetteer.mentions(sentence.text)
                if not (m.kind == "organization" and m.text in other_acronyms)
            ],
        )
        for sentence in sentences
    ]
    found = _with_legal_form_names(_with_defined_acronyms(found))
    # "South Korea’s Solus Advanced Materials Co.": a company the gazetteer does not know, and its home
    possessed = [_possessed_unknown_names(sentence.text, mentions) for sentence, _, mentions in found]
    described_names = _described_names(found, possessed)
    possessed_homes = {country for names in possessed for country in names.values()}
    found = _with_described_names(found, described_names)
    found = _with_organizations_placed_by_apposition(found)
    found = _short_names_as_the_longer_name(found)
    dateline = _dateline_country(article_dateline(body, title), gazetteer)
    local = _local_dollar(found, dateline, body, gazetteer)
    qualified_towns = _qualified_towns(article_text, gazetteer)
    # Which country's rupees or dirhams: the places named, not the nationalities of those who pay ("the Indian grant").
    named_places = Counter(
        m.country
        for _, _, mentions in found
        for m in mentions
        if m.kind == "place" or (m.kind == "country" and not is_demonym(m))
    )
    kingdoms = {m.country for _, _, mentions in found for m in mentions if m.kind == "country"} & _KINGDOMS
    kingdom = next(iter(kingdoms)) if len(kingdoms) == 1 else None
    union = "EU" if any(m.country == "EU" for _, _, mentions in found for m in mentions) else None
    marked_dollars = _marked_dollar_amounts(found)
    all_amounts = [money for _, amounts, _ in found for money in amounts]
    if _bare_dollar_is_american(all_amounts):
        marked_dollars = {amount: currency for amount, currency in marked_dollars.items() if currency == "USD"}
    marked_dollars |= _pairs_adding_up_to_a_marked_figure(found, marked_dollars)
    for sentence, amounts, names in found:
        marked_here = marked_dollars | _parts_of_a_marked_figure(amounts, marked_dollars)
        amounts = [_bare_dollar(money, local, marked_here) for money in amounts]
        amounts = _without_bare_dollars_restated_in_usd(sentence.text, amounts)
        amounts = [_shared_currency(money, named_places) for money in amounts]
        mentions = _drop_inside_money(names, amounts)
        mentions = _resolve_ambiguous_places(mentions, sentence.text, article_text)
        mentions = _towns_the_article_places_elsewhere(mentions, qualified_towns)
        mentions = _units_named_for_a_country(mentions, sentence.text)  # before "Wroclaw Energy" is taken for a name
        mentions = _places_inside_names(mentions, sentence.text)
        mentions = _companies_ending_in_a_place(mentions, sentence.text)
        mentions = _without_quoted_titles(mentions, sentence.text)
        mentions = _without_demonyms_naming_no_party(mentions, sentence.text)
        mentions = _without_natural_features(mentions, sentence.text)
        mentions = _without_negated_names(mentions, sentence.text)
        mentions = _local_units(mentions, sentence.text)
        mentions = _towns_named_like_countries(mentions, sentence.text)
        mentions = _places_said_to_lie_in_a_country(mentions, sentence.text)
        mentions = _territory_companies_called_chinese(mentions, sentence.text)
        kingdom_name = gazetteer.country_names.get(kingdom or "", "")
        mentions = _named_by_a_common_noun(mentions, sentence.text, _THE_KINGDOM, kingdom, kingdom_name)
        mentions = _named_by_a_common_noun(mentions, sentence.text, _THE_BLOC, union, "European Union")
        parties.add(sentence.text, mentions)
        if sentence.paragraph == 0:
            headline_places |= _host_names(sentence.text, mentions)
            headline_countries |= {m.country for m in mentions if m.kind in {"country", "place"} and m.country}
            headline_pair = headline_pair or _joined_pair(sentence.text, mentions)
            # "Japan-based companies make moves in North Carolina": the nationality of the firms the story is about
            headline_companies |= {
                m.country
                for m in mentions
                if m.kind == "country" and m.country and describes_a_company(sentence.text, m)
            }
        if latest is not None:
            last_organization[sentence.index] = latest
        marked = hints(sentence.text, mentions)
        # not "Apple's supplier": the customer named as a label
        roles_of_organizations = [
            (m, marked.get(number))
            for number, m in enumerate(mentions)
            if m.kind == "organization" and m.country and marked.get(number) != "customer"
        ]
        organizations_here = [m for m, _ in roles_of_organizations]
        # "a subsidiary of Enel will sell its stake in Enel Distribucion Peru to China Southern Power Grid": the buyer
        # the sentence marks is who "the firm" of the next sentence is, rather than the first name; "The pension fund
        # also partnered with PAG": a partner of a subject that points back is not what "the fund" means next.
        points_back = _ANAPHORA.match(sentence.text) is not None
        paying = [m for m, role in roles_of_organizations if role == "investor"]
        # "It invested ... 2.5 billion dirhams in CityFibre, Britain's largest fibre platform. It also expanded...":
        # what a sentence that points back invests in is not what "it" means next
        named_here = [m for m, role in roles_of_organizations if not (points_back and role in {"partner", "recipient"})]
        if paying or named_here:
            latest = (paying or named_here)[0]
        named_together = _joined_companies(sentence.text, organizations_here)
        host = _sentence_host(sentence.text, mentions)
        if host is not None and sentence.paragraph > 0:
            hosts[sentence.index] = (host, sentence.paragraph)
        labelled_amount = _LABELLED_AMOUNT.fullmatch(sentence.text) is not None
        allocated = allocation_announced and labelled_amount
        subject = sentence_subject(sentence.text, mentions)
        if (
            subject is not None
            and sentence.paragraph > 0
            and not allocated  # a line's label receives, pays nothing
            # "India is the company's biggest single market since 2007": a country described as a market pays nothing
            and not (subject.kind == "country" and _DESCRIBED_AS_A_MARKET_AFTER.match(sentence.text, subject.end))
        ):
            subjects[sentence.index] = (subject, sentence.paragraph)
        if amounts:
            body_measures = measured if sentence.paragraph > 0 else None
            new_drafts = _drafts_for_sentence(
                sentence, amounts, mentions, gazetteer, published, body_measures, allocated
            )
            labelled = _label_country(sentence.text, mentions)
            for draft in new_drafts if labelled else ():
                # "-Senegal: Work has commenced on ... Ndayane Port, with an initial investment of $830 million": the
                # country a list item is headed with is where its money goes.
                if draft.investor == labelled:
                    draft.investor, draft.investor_explicit, draft.investor_source = None, False, ""
                # "- Gabon: £40m will go towards a road upgrade, to be delivered by Colas UK": a bulleted label,
                # whoever the item names as builder ("New Delhi: Exim Bank has..." is a dateline)
                if draft.recipient is None or not draft.recipient_explicit or re.match(r"\s*[-•*–]", sentence.text):
                    draft.recipient, draft.recipient_explicit = labelled, True
            for draft in new_drafts if allocated and allocation_payer is not None else ():
                # "The Council of the EU adopted ... up to 3 billion euros ... allocated as follows:", then "Albania:
                # €180 million": the line names who receives; who pays is the announcement's payer.
                if draft.investor is None and allocation_payer.investor != draft.recipient:
                    draft.investor, draft.investor_source = allocation_payer.investor, "paragraph"
                    draft.investor_name = allocation_payer.investor_name
                    draft.organizations = list(allocation_payer.organizations)
                    draft.investor_is_country = allocation_payer.investor_is_country
            scene = _scene_country(sentence.text, mentions)
            for draft in new_drafts if scene else ():
                if draft.recipient is None:
                    # "In the Czech Republic, Advent International is set to acquire Zentiva": the country a round-up's
                    # line opens with is where its deal is done ("In France, Total is aiming to buy": at home)
                    draft.recipient, draft.recipient_explicit = scene, True
            there = _THERE.match(sentence.text)
            if there and previous_countries and len(set(previous_countries)) == 1:
                # "Poland is also affected. There, Intel wanted to invest 4.6 billion euros": the place just named.
                for draft in new_drafts:
                    if draft.recipient is None:
                        draft.recipient, draft.recipient_explicit = previous_countries[0], True
            if previous_sale_told and filters.sells_in_previous_sentence(sentence.text, previous_sale_told):
                for draft in new_drafts:
                    draft.sale = True
            if _PAIR_ANAPHORA.match(sentence.text) and pair and sentence.index - pair[0] <= 3:
                for draft in new_drafts:
                    if draft.investor is None:
                        draft.pair = pair[1]
            drafts += new_drafts
        if len(named_together) > 1:
            pair = (sentence.index, tuple(named_together))
        previous_countries = [m.country for m in mentions if m.kind in {"country", "place"} and m.country]
        previous_sale_told = "" if amounts else sentence.text  # a sale whose amount may come in the next sentence
        # "Financial assistance will be provided in the form of loans ... allocated as follows:", then "Albania: €180
        # million", "Georgia: €150 million": each line is a pledge to the country it names.
        if sentence.text.rstrip().endswith(":") and filters.has_pledge_cue(sentence.text):
            allocation_announced = True
            # the payer of the announcement or of the sentences just before it
            allocation_payer = next(
                (
                    d
                    for d in reversed(drafts)
                    if d.investor and d.investor_explicit and sentence.index - d.sentence.index <= 2
                ),
                None,
            )
        elif not labelled_amount:
            allocation_announced = False
        located |= _located_places(sentence.text, mentions)
    for draft in drafts:
        names, countries = draft.unknown_places
        draft.unknown_places = (names, countries | {located[name] for name in names if name in located})
    _place_counties_in_the_united_states(drafts, found)
    _credit_the_majority_owner(drafts, *_majority_owner(found))
    _orient_signatories(drafts, _project_site_country(found), dateline)
    _name_unknown_subjects(drafts, described_names, _first_words_of_known_names(found, article_text))
    _consortium_pays(drafts, _consortium_home(found))
    several_parties = len(_investor_parties(drafts)) > 1
    # "plans to invest $1.5-2 billion a year in global expansion", then the subheading's "$1.5-2 billion per year in
    # these goals": a figure told once as spending for the world is nowhere's in particular when told again
    regional_figures = {
        (d.money.amount, d.money.currency)
        for d in drafts
        if d.regional or (not d.recipient_explicit and _WORLDWIDE_PURPOSE.search(d.sentence.text, d.money.end))
    }
    # "1.7 billion euros ($1.9 billion) to build two data centres in Europe": the headline's "$1.9 billion" as well
    regional_figures |= {(d.money.usd_equivalent, "USD") for d in drafts if d.regional and d.money.usd_equivalent}
    # "three companies have collectively committed RM13 billion": the headline's "Miti bags RM13b ... in Singapore"
    # is the same several parties' figure.
    shared_figures = {
        (d.money.amount, d.money.currency)
        for d in drafts
        if d.joint == SEVERAL_INVESTORS
        and (
            (_COLLECTIVE_COMMITMENT.search(d.sentence.text) and _COUNTED_COMPANIES.search(d.sentence.text))
            or _many_investors_before(d.sentence.text, d.money.start)
            # "Jokowi Brings Back $11.9b in Investments from Japan, S. Korea": the headline's figure is theirs together
            # (not "Azerbaijan, UAE partner on $5B waterfront", a host and its investor)
            or (d.sentence.paragraph == 0 and _FROM_A_NAME.search(d.sentence.text, d.money.end))
        )
    }
    headline_host = _one_country(headline_places)
    _fill_missing_roles(
        drafts,
        subjects,
        parties,
        last_organization,
        headline_host,
        hosts,
        _described_companies(found) | possessed_homes,
        headline_countries,
        dateline,
        headline_companies,
        headline_pair,
    )
    drafts += _co_investor_drafts([d for d in drafts if d.pair])
    _turn_sales_into_purchases(drafts)
    _orders_go_from_their_buyers(drafts, _buyers_of_orders(found))
    _deals_go_to_the_country_seeking_money(drafts, _country_seeking_money(found))
    _one_payer_per_figure(drafts)
    # A figure that one sentence shows staying at home is home money wherever else it appears without a recipient.
    home_figures = {
        (d.money.amount, d.money.currency)
        for d in drafts
        # "to invest an additional A$40 billion in Australia", then "allocating the A$40 billion": still at home
        if _spends_at_home(d) or (d.investor and d.investor == d.recipient and d.recipient_explicit)
    }
    headline_payers = _headline_payers(drafts)  # before the filter drops a headline that names no recipient
    host = parties.recipient()
    # "Canada will provide up to C$1.34 billion in capital commitment" in a story of Northvolt's plant in Canada: a
    # government paying back along the company's own pledge, to a recipient it does not name, is support at home.
    company_pledges = {(d.investor, d.recipient) for d in drafts if d.investor_explicit and d.organizations}
    drafts = [
        d
        for d in drafts
        if _keep(d, several_parties, headline_host)
        and not (d.home_support and d.investor == host)  # a host government's money for a company's plant there
        and not (
            not d.organizations
            and not d.recipient_explicit
            and (d.recipient, d.investor) in company_pledges
            # not "the Canadian company Anatolia Minerals Development's $1.1 billion purchase": a company we do not know
            and not _names_a_company(d, gazetteer)
        )
        and not (
            (d.money.amount, d.money.currency) in home_figures
            # "Biden greenlights $6.4 billion for Samsung chip hub" with nobody named paying it, or "adding to the
            # $6.4 billion funding" pointing back at it: the grant told elsewhere in the article.
            and (not d.investor_explicit or d.sentence.text[: d.money.start].endswith(("the ", "The ")))
        )
        and not (
            (d.money.amount, d.money.currency) in regional_figures | home_figures
            and not d.recipient_explicit
            # "360 million zlotys ... its first plant in Europe": in Poland; "£46 billion for Africa" is not in Britain.
            and not (d.recipient_from_currency and d.money.currency not in REPORTING_CURRENCIES)
        )
        and not (
            (d.money.amount, d.money.currency) in shared_figures
            and not (d.investor_source == "clause" and d.investor_name in d.organizations)  # its own payer named
        )
    ]
    if _A_PART_STAKE.search(article_text) and not _shares_make_a_whole(sentences):
        # "The deal values the TenneT German grid at 40 billion euros" in a story of a 46 per cent stake: the whole
        # company's value, not what the buyers pay.
        drafts = [d for d in drafts if not d.whole_valuation]
    drafts = _without_valuations_beside_a_lower_price(drafts)
    drafts = _without_headline_measures(drafts, measured)
    drafts = _without_totals_of_unknown_parts(drafts)
    drafts = _without_totals_shared_with_the_host(drafts, sentences)
    # "The total financial outlay of the project is Rs 1.08 trillion": the cost of a project a lender finances in part.
    # "The loan should finance the majority of the project, which ... will cost about €12.5 billion": beside the
    # money a party pledges, the whole project's cost is no second pledge of that pair.
    pledged = {(d.investor, d.recipient) for d in drafts if not d.project_cost}
    # "The total project cost is estimated at $15 billion" after Mitsui's $1.5 billion for Mozambique, with Russia
    # named in the sentence before: a cost whose place is only borrowed is the cost of the payer's own project.
    paying = {investor for investor, _ in pledged}
    drafts = [
        d
        for d in drafts
        if not (
            d.project_cost
            and ((d.investor, d.recipient) in pledged or (not d.recipient_explicit and d.investor in paying))
        )
    ]
    _headline_signings_follow_the_body(drafts)
    _body_copies_follow_the_headline_payer(drafts, headline_payers)
    drafts = merge_repeats(drafts)
    drafts = _without_joint_totals_whose_foreign_share_is_told(drafts)
    fold_superseded(drafts)
    attach_components(drafts, [(sentence, money) for sentence, amounts, _ in found for money in amounts])
    drafts.sort(key=lambda d: (d.superseded, d.parent is not None, d.sentence.index))
    index_of = {id(d): number for number, d in enumerate(drafts)}
    return [_to_candidate(d, gazetteer, sentences, index_of) for d in drafts]
