"""Words around an amount that say it is not a pledge, or what kind of pledge it is.

Each test looks at the few words next to the amount, because a pledge sentence
often mentions trade, markets or subsidies elsewhere in passing.
"""

import re

from ingest.extraction.text import CHOOSING, MONTH, PERCENT

_QUAL = (
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|more than|over|"
    r"at least|upwards of|in excess of|up to|as much as|less than|under|a record|a further|an additional|another|"
    r"a|an|the|its|their|total of|a total of|combined|a mere|mere|just|only|a paltry|in the region of|"
    # "to a massive $47 billion", "a whopping Rs 7,569 crore": words of size say nothing of what the sum is
    r"massive|whopping|staggering|hefty|huge|mammoth)\s+)*"
)
# "an estimated economic impact of RM15.04 billion", "a more than $6B economic impact": what a project is said to add
_ECONOMIC_IMPACT = r"(?:macro)?economic\s+(?:impact|benefits?|contribution|value|output)"
# "tax claims worth about $773 million": money a state claims, not money invested
_TAX_CLAIM = r"tax(?:es)?\s+(?:claims?|bills?|demands?|liabilit(?:y|ies)|arrears)"

# "revenue of $5 billion", "a deficit of about $295 billion", "exports worth $3 billion", "a stock of $775 billion".
_MEASURE_BEFORE = re.compile(
    r"\b(?:revenues?|sales|turnover|profits?|earnings|net income|income|loss|losses|deficits?|surplus(?:es)?|exports?|"
    r"imports?|shipments|trade|bilateral trade|trade volume|commerce|GDP|gross domestic product|output|valuation|"
    r"capitali[sz]ation|market value|market cap|stock|debt|tariffs?|duties|levies|fines?|penalty|penalties|salary|"
    r"salaries|(?<!investment )budget|wages|dividends?|buybacks?|share buyback|bonds?|reserves|remittances|"
    r"enterprise value|book value|net asset value|"
    # "1.5 times higher than the base price of Rs 62.6 billion": the floor a tender set, not what anyone pays
    r"base price|reserve price|floor price|minimum (?:bid|price)|"
    # "will boost free cash flow to equity by about $200m": what a deal earns the buyer, not what it pays.
    r"cash flows?|EBITDA|"
    # "The transaction gives InBev a non-recurring capital gain of approximately $500 million": what a seller books
    r"(?:capital\s+)?gains?|"
    # "In 2024, Deliveroo and DoorDash had orders worth about a combined US$90 billion": business done, not a pledge.
    r"gross (?:order|merchandise|transaction|booking) value|GMV|(?<=\bhad )orders|(?<=\bhave )orders|"
    # "The total deal value soared from USD 1.7 billion in Q2 to USD 8.4 billion": a market's M&A tally
    # but "This takes the total deal value to Rs 13,483 crore" adds up one deal's price.
    r"(?<!takes the )(?<!taking the )(?<!took the )(?<!brings the )(?<!bringing the )(?<!brought the )"
    r"(?:total|average|aggregate|combined|overall)\s+deal\s+(?:value|volume|size)|"
    # "SAFE has a headline capacity of up to €150 billion": what an instrument could lend, not a pledge to anyone.
    r"(?:lending|financing|funding|headline|total|firepower|investment)\s+capacity|" + _ECONOMIC_IMPACT + r"|"
    # "the company will grow the state's economy by at least $71.59 billion": what a project adds, not what it costs.
    r"economy(?=\s+by\b)|"
    # "trade and investment ties that were worth £32 billion in 2019": what a relationship between two countries
    # is said to be worth, not a pledge.
    r"(?:ties|relations|relationship)(?=,?\s+(?:(?:that|which)\s+)?(?:were|was|are|is|stood|reached|amounted)\b)|"
    # "is spending 800 million euros" and "committed to spending" are verbs, "spending of $5 billion" a measure.
    r"capital expenditures?|capex|expenses|costs|"
    r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )(?<!to )spending|"
    r"equity value|valuing|valued|assets|asset size|asset base|holdings|portfolio|exposure|fortune|net worth|"
    r"wealth(?!\s+funds?\b)|"
    # "helped boost the fund's value to 15,299 billion kroner": what an investor is worth, not what a deal costs.
    r"(?:fund|company|firm|group|portfolio)(?:'s|’s)\s+(?:total\s+|market\s+)?value|"
    r"peaks?|(?:all-time|record)[\s-]+(?:highs?|lows?)|"
    # "the sovereign wealth fund earned 131 billion euros in the first half": a return on what it holds.
    r"(?<!to )(?:earned|earns)|"
    # "would take an impairment charge of about 300 billion yen": a cost booked, not money invested.
    r"charges?|impairments?|write-?downs?|write-?offs?|provisions?|(?:order\s+)?backlogs?|order books?|"
    r"market (?:is|was|will be|could be|would be)?\s*"
    r"(?:worth|valued at|expected to reach|projected to reach|set to reach)),?"  # "its debt, which stood at"
    # "a trade surplus with the United States reached a record $73.9 billion": a few words may intervene, but not
    # the words of a deal ("the trade deal includes $350 billion of investment" is a pledge).
    # "capital costs towards the $7-billion price tag": the amount after "towards" is the whole the costs go into.
    # "assume $1.6 billion of debt and inject $450 million of cash": a verb of giving starts a new object.
    r"(?:\s+(?!invest|pledg|commit|inject|pour|pump|plough|plow|funnel|channel|deploy|lend|provid|contribut|deals?\b|"
    r"agreements?\b|pacts?\b|package|talks\b|"
    r"framework|towards?\b)"
    r"[\w.,'’-]+){0,5}?"
    r"\s+(?:of|at|to|worth|totall?ing|reaching|reached|(?:could|would|will|to|may)\s+reach|hit|hitting|rose to|"
    r"rising to|fell to|falling to|was|were|is|"
    r"are|stood at|topped|amounted to|amounting to|by|from|with|valued at|estimated at|worth|exceeding|in|"
    r"(?:will|would|to)?\s*hover\s+(?:around|at)|did)?\s*" + _QUAL + r"$",
    re.IGNORECASE,
)
# "investment in the U.S. stood at $783 billion", "FDI rose 15% to $55 billion": a statistic, not a pledge.
# A measure named, then its figures listed after a colon: "losses for four consecutive years: 5.5 billion won in
# 2021, 47 billion won in 2022".
_MEASURES_LISTED = re.compile(
    r"\b(?:losses|loss|revenues?|sales|profits?|earnings|exports|imports)\b[^.;:$€£¥₩₹]{0,60}:"
    r"(?:[^.;:$€£¥₩₹]{0,40}?[$€£¥₩₹]?\d[\d.,]*\s?(?:billion|million|trillion|bn|m)?[^.;:$€£¥₩₹\d]{0,30}?)*\s*"
    + _QUAL
    + r"$",
    re.IGNORECASE,
)
_STATISTIC_BEFORE = re.compile(
    r"\b(?:stood at|stands at|standing at|totall?ed|totall?ing|amounted to|amounting to|came to|"
    r"(?:saw\s+|recorded\s+|posted\s+)?an?\s+(?:increase|decrease|rise|fall|drop|decline|jump|surge)\s+of|"
    r"(?:hit|hits|touched|reached|reaches|to reach)(?:\s+an?\s+(?:record|all-time|new)(?:\s+high)?(?:\s+of)?)?"
    r"(?:\s+a\s+(?:value|total|level|sum)\s+of)?|"
    r"(?:rose|risen|fell|grew|grown|climbed|dropped|declined|jumped|slipped|surged|increased|decreased|reached|exceeded|"
    r"surpassed)"
    r"(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?[\d.]+\s?" + PERCENT + r")?"
    # "jumped about 30% in the fiscal year ended Friday to a record 10.91 trillion yen": a few words of period.
    r"(?:\s+(?:last|this|in)\s+(?:year|quarter|month|\d{4}))?(?:\s+(?!invest|pledg|commit)[\w,'’-]+){0,6}?\s+to)\s+"
    + _QUAL
    + r"$",
    re.IGNORECASE,
)
_PERIOD_NAMED = re.compile(
    r"\b(?:(?:first|second|third|fourth)\s+(?:half|quarter)|fiscal\s+year|(?:in|for|during)\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "received $4 billion in FDI from Korea last year": a yearly flow, counted by statisticians, not pledged.
_FLOW_NOUN = re.compile(
    r"\b(?:FDI|foreign direct investment|inflows?|outflows?|disbursed|disbursements?|registered capital|"
    r"investment flows?|foreign investment)\b",
    re.IGNORECASE,
)
_PERIOD_JUST_BEFORE = re.compile(
    r"\b(?:in|during|over|for)\s+(?:the\s+)?(?:fiscal\s+|financial\s+)?(?:year\s+)?(?:19|20)\d\d(?:[-–/]\d{2,4})?"
    r"\s*(?:[,—–-]|\bwas\b|\bwere\b)?\s*$",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(
    r"^[^.;]{0,50}?\b(?:in|during|over|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|latest)\s+)?"
    r"(?:(?:a|one|a single|each|every)\s+)?(?:year|quarter|half|month|months|(?:19|20)\d\d|fiscal|same period)\b"
    r"|^[^.;]{0,50}?\blast year\b"
    # "had attracted 6.17 billion USD in FDI as of March 20": a running count on a date
    r"|^[^.;]{0,50}?\b(?:as\s+of|as\s+at|by\s+the\s+end\s+of)\s+(?:[A-Z][a-z]+\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+|"
    r"(?:the\s+)?end\s+of|(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d)"
    # "$15 billion FDI between April 2000 and December 2024" (or "during April 2000 and December 2024"): a total over
    # dates already past.
    r"|^[^.;]{0,50}?\b(?:between|from|during)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+(?:and|to|until)\b",
    re.IGNORECASE,
)
# A valuation's verb: "valued at", "values TenneT's German grid at", "The proposed deal ... valued the company at".
_VALUES_AT = (
    r"valued at|values?\s+(?:[\w'’-]+\s+){0,4}?at|valued\s+(?:[\w'’-]+\s+){1,4}?at|valuing\s+(?:[\w'’-]+\s+){0,4}?at"
)
_TRADE_VERB_BEFORE = re.compile(
    # "with a reported $212m purchase price": "reported" as an adjective only hedges the figure
    # "is being bought for £2.1 billion by NTT": a deal under way, not a past purchase
    r"\b(?:sold|(?<!being )(?<!be )bought|exported|imported|shipped|earned|made|posted|"
    r"(?<!\ba\s)(?<!\bthe\s)reported|lost|generated|raked in|manages|managed|"
    r"managing|oversees|overseeing|assets of|assets under management(?:\s*\([A-Z]{2,4}\))? of|"
    r"(?<!order )(?<!deal )(?<!contract )(?<!agreement )(?<!purchase )(?<!investment )(?<!package )(?:is|was) worth|"
    r"closed at|" + _VALUES_AT + "|"
    r"apprais(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}?at)\s+"  # "will appraise the club at around 2.5 billion euros"
    r"(?:\w+\s+){0,2}" + _QUAL + r"$",
    re.IGNORECASE,
)
_BOUGHT_OR_SOLD_BEFORE = re.compile(r"\b(?:bought|sold)\s+" + _QUAL + r"$", re.IGNORECASE)
_COMPANY_BOUGHT_FOR_BEFORE = re.compile(r"\b(?:bought|sold)\s+(?:[A-Z][\w&.'’-]*\s+){1,4}for\s+" + _QUAL + r"$")
_STAKE_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:majority|minority|controlling|direct|indirect|further|additional|combined)\s+)?"
    r"(?:stake|holding|interest|share|shareholding)\b",
    re.IGNORECASE,
)
_DEAL_SUBJECT = re.compile(
    r"^\W*(?:The|This|That|Their|Its)\s+(?:[\w-]+\s+)?(?:deal|transaction|acquisition|purchase|takeover|agreement|"
    r"contract|order|investment)\b"
)
_SHARES_BOUGHT_BEFORE = re.compile(
    r"\b(?:bought|buys|buying|acquired|acquires|purchased|purchases|took|takes)\s+(?:[^.;$€£¥₩₹]|\.(?=\d)){0,40}?"
    r"\b(?:shares|stock)\s+(?:of|in)\s+[^.;$€£¥₩₹]{0,40}?,?\s+(?:worth|valued\s+at)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_IS_WORTH_BEFORE = re.compile(r"\b(?:is|was)\s+worth\s+" + _QUAL + r"$", re.IGNORECASE)
# "made an A$136 million ($94.07 million) bid to buy Essential Metals": making a bid or an offer is a pledge.
_OFFER_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?"
    # "has made a $19 billion indicative offer to buy Santos"
    r"(?:(?:takeover|cash|all-cash|buyout|indicative|non-binding|binding|unsolicited|improved|revised|final|firm|"
    r"formal|conditional|preliminary|hostile|rival|sweetened|higher|new)\s+){0,2}"
    r"(?:bid|offer|investment|commitment|pledge|proposal)\b",
    re.IGNORECASE,
)
# "agreed to buy Iveco in a deal valuing it at 3.8 billion euros": in a takeover the valuation is the price, unless
# the sentence states the price separately (the caller decides, from the other amounts in the sentence).
VALUATION_IN_A_TAKEOVER = "a valuation in a takeover"
WORLDWIDE_SPENDING = "what a company spends worldwide, not in one country"
A_MEASURE = "a measure (trade, revenue, market, stock) rather than a pledge"
AID_CLEARED = "a government's aid, cleared by a regulator"
RANKING = "a ranking of investors by what they have invested"
FUND_FLOWS = "money flowing into or out of investment funds"
CENTRAL_BANK_LIQUIDITY = "liquidity a central bank adds"
SPENDING_GUIDANCE = "a company's yearly spending budget or guidance"
UPPER_BOUND = "how far a price told before could rise"
_DEAL_VALUES = re.compile(r"\b(?:deal|transaction|offer|bid|sale|agreement)\s+(?:values?|valuing)\b", re.IGNORECASE)
_VALUATION_AFTER = re.compile(
    # "$576 million (around Rs 4,680 crore) in equity value": the bracket is gone before this is read
    r"^\s*(?:\)\s*)?(?:(?:pre-money\s+|post-money\s+|equity\s+|enterprise\s+)?valuation|in\s+(?:equity|enterprise)\s+value)\b",
    re.I,
)
_VALUING_BEFORE = re.compile(r"\b(?:" + _VALUES_AT + r")\s+", re.I)
# "an investment the company and state officials valued at", "the project is worth": the pledge's own size.
_PROJECT_VALUED = re.compile(
    r"\b(?:investments?|projects?|plants?|factory|facility|deal|package|agreement|contract|programme|program|stake|"
    r"station|dam|bridge|road|railway|line|port|terminal|hospital|corridor|scheme|transaction|acquisition|takeover|"
    r"buyout|purchase|(?<!had )(?<!have )(?<!has )orders?)\b(?!\s+(?:ties|relations|relationship)\b)"
    # "a plant in Central Sulawesi, valued at", "The deal, valued at approximately", "The transaction, valued at",
    # "an order for 10 787-9 Dreamliners valued at $3 billion", "The latest order is worth $12.7 billion"
    r"[^,;:$€£¥₩₹]{0,50}?,?\s*\b(?:valued|worth)\b[^,;]{0,26}$",
    re.IGNORECASE,
)


_VALUED_A_COMPANY = re.compile(
    r"\bvalu(?:ed|es?|ing)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:company|firm|group|business|club|team|entity|it)\s+at\b"
    # "The deal valued SpaceX at $1 trillion": a company named as the verb's object
    r"|\bvalu(?:ed|es?|ing)\s+(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+at\b",
    re.IGNORECASE,
)


def _project_valued(before: str) -> bool:
    """ "a plant in Central Sulawesi, valued at": the pledge's own size, unless the project already had its amount
    ("a $1 billion investment from Qatar's fund, valued at $100 billion" values the fund)."""
    if _VALUED_A_COMPANY.search(before):
        return False  # "The proposed deal ... valued the company at around $4 billion": the company's worth
    match = _PROJECT_VALUED.search(before)
    return bool(match) and not re.search(r"(?:\d|\b(?:billion|million|trillion|bn|m))[\s-]*$", before[: match.start()])


# The value of a whole company: in a full takeover it is what the buyer pays (the caller decides).
_STANDING_VALUATION_BEFORE = re.compile(
    r"(?:(?:'s|’s)\s+(?:[\w-]+\s+)?(?:valuation|market value|market capitali[sz]ation)\s+of"
    # "a merger ..., valuing the combined entity at $1.25 trillion": no buyer pays what a merged group is worth
    r"|\bvalu(?:ed|es?|ing)\s+the\s+(?:combined|merged|enlarged)\s+(?:[\w-]+\s+)?at)\s+"
    r"(?:around\s+|about\s+|some\s+|nearly\s+|roughly\s+|over\s+|more than\s+)?$",
    re.IGNORECASE,
)
_BECOME_A_BEFORE = re.compile(r"\b(?:become|becomes|became|becoming|be)\s+(?:a|an|the\s+first)\s+$", re.IGNORECASE)
_COMPANY_TO_REACH_BEFORE = re.compile(
    r"\b(?:company|companies|firm|stock)\s+to\s+(?:reach|hit|top|cross|surpass)\s+(?:a\s+)?$", re.IGNORECASE
)
_MARKET_VALUATIONS_AFTER = re.compile(r"^\s*(?:valuations|market\s+(?:values?|capitali[sz]ations?|caps?))\b", re.I)
_COMPANY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:company|firm|business|corporation|group|conglomerate)\b")
_OPPORTUNITIES_IN_BEFORE = re.compile(
    r"\b(?:opportunit(?:y|ies)|contracts|openings|a role|a share|a slice)\s+in\s+(?:the\s+|a\s+|an\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
_INVESTMENTS_ARE_WORTH_BEFORE = re.compile(
    r"\binvestments\s+(?:in\s+(?:[\w-]+\s+){1,4}?)?(?:are|were)\s+(?:now\s+)?(?:worth|valued at)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
# "Barclays, in which Qatar owns a stake worth £1.4bn": what a holder's stake is worth today, not what it pays.
_HELD_STAKE_WORTH_BEFORE = re.compile(
    r"\b(?:owns|holds|own|hold|owned|held|retains|retained)\s+(?:a|an|its|their|the)\s+(?:[\w.%-]+\s+){0,3}?"
    r"(?:stake|holding|shareholding)\s+(?:(?:in|of)\s+(?:[\w.&'’-]+\s+){1,4}?)?(?:now\s+)?(?:worth|valued\s+at)\s+"
    + _QUAL
    # "that stake will be worth about $4 billion in the deal": what the holding fetches, not a new pledge
    + r"$|\b(?:that|this|the|its|their)\s+(?:[\w.%-]+\s+)?(?:stake|holding|shareholding)\s+(?:will|would|could)\s+be\s+"
    r"(?:worth|valued\s+at)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_SUPPLIES_FOR_BEFORE = re.compile(
    r"\b(?:manufactur\w*|make|makes|making|build|builds|building|suppl\w+|produc\w+|deliver\w*)\b"
    r"[^.;$€£¥₩₹]{0,80}\bfor\s+(?:the|a|an)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_PROGRAMME_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,4}?(?:program|programme|contract|tender|order|procurement)\b", re.IGNORECASE
)
# What a portfolio holds, item by item: "the development cooperation portfolio includes more than 36 projects to
# achieve SDG 9, with a value of $5.7 billion, ... 30 projects under SDG 11 with a value of $1.5 billion".
_PORTFOLIO_LISTED_BEFORE = re.compile(
    r"\bportfolio\s+(?:\w+\s+){0,2}?(?:includes|included|comprises|comprised|consists|consisted|contains|contained|"
    r"covers|covered|totals|totalled|totaled|stands|stood|amounts)\b(?:[^.;]|\.(?=\d)){0,300}$",
    re.IGNORECASE,
)
# "The price reflects an enterprise value for Versum of approximately 5.8 billion euros": the takeover told before.
_PRICE_IMPLIES = re.compile(
    r"\b(?:price|offer|deal|transaction|consideration)\s+(?:reflects|represents|implies|gives)\b", re.IGNORECASE
)
_WHOLE_VALUE = re.compile(r"\b(?:enterprise value|equity value|valuation)\b", re.IGNORECASE)
# "raised its bid for the U.S. seed giant, valuing it at $66 billion": a bid for a company is a takeover.
_BID_FOR = re.compile(r"\b(?:bid|offer)\s+for\b", re.IGNORECASE)
_ACQUISITION = re.compile(
    r"\b(?:buy|buys|bought|acquire|acquires|acquired|acquisition|takeover|take over|takes over|to take over|"
    r"purchase|merger|(?:take|takes|taking|took|taken)\s+(?:[\w.&’'-]+\s+){1,4}?private)\b",
    re.I,
)
# "HK$13 billion in cash on hand": money a company holds, unlike a price "paid in cash".
_CASH_HELD = r"(?:on hand|reserves|holdings|and (?:cash )?equivalents|on (?:its|the|their) balance sheets?)"
_MEASURE_AFTER = re.compile(
    # "to invest $200mn in making food products": what a new plant will make, not what was sold
    r"^\s*(?:\)|,)?\s*(?:in|of|worth of|a year in|annually in|per year in)\s+"
    r"(?!(?:making|producing|manufacturing|building|developing|processing)\b)(?:\w+[- ]){0,3}?[“\"‘']?"
    r"(?:revenues?|sales|profits?|earnings|exports|imports|goods|products|merchandise|trade(?!\s+financ)|tariffs?|duties|"
    # "in Vietnam Prosperity Joint Stock Commercial Bank": a company's legal form, not shares.
    r"debt|bonds|shares|(?<!joint )(?<!joint-)stock|market value|market capitali[sz]ation|wages|income|losses|"
    r"deposits at|turnover|damage|"
    r"imports and exports|two-way trade|bilateral trade|cash reserves|dividends|buybacks|assets|synergies)\b"
    # "in a new rolling stock factory", "in an export goods plant": the words name what a plant makes; "up to $500
    # million of debt financing" is a loan
    r"(?!\s+(?:factor(?:y|ies)|plants?|facilit(?:y|ies)|manufactur\w*|production|makers?|works|sites?|hubs?|"
    r"parks?|complex|lines?|mills?|financing|funding)\b)"
    # "for €15.9 billion ($18 billion) including debt": a takeover's price, with the debt it takes on.
    r"|^\s*(?:\)\s*)?(?:(?!including\b|plus\b|incl\b)[\w-]+\s+){0,2}?(?:fees?|fines?|penalt(?:y|ies)|compensation|bonus(?:es)?|salar(?:y|ies)|"
    r"settlement|damages|ransom|bail|write-?downs?|write-?offs?|impairments?|(?:one-off\s+)?charges?|losses|loss|"
    # "repay the $2 billion Saudi Arabia debt": money owed, not lent anew.
    # "for $400m on a debt and cash free basis": the terms of a price, not a debt
    r"debts?(?!\s+(?:financing|facility|package|relief|swap|deal))(?![\s-]+(?:and\s+cash[\s-]+)?free\b))\b"
    # "tax claims worth about $773 million", "$773 mn tax claims": money a state claims, not money invested
    r"|^\s*(?:\)\s*)?(?:in\s+)?(?:unpaid\s+|back\s+)?" + _TAX_CLAIM + r"\b"
    # "$20 billion in multilateral support": many lenders, no one country
    r"|^\s*(?:\)\s*)?in\s+multilateral\s+(?:support|financing|funding|loans|lending)\b"
    # "15.7 billion TL (7.07 billion USD) net sales as of 2013": the measure named right after the figure
    r"|^\s*(?:\([^)]*\)\s*|\)\s*)?(?:net|gross|annual|yearly|consolidated)\s+(?:sales|revenues?|turnover|profits?)\b"
    # "the $524 billion currently managed by the fund", "$60 billion under management": money held, not pledged.
    r"|^\s*(?:\)\s*)?(?:currently\s+|now\s+)?(?:managed|held|overseen|under management|in assets)\b"
    # "an Australian property group with a US$34.6 billion portfolio of more than 840 properties": what it holds
    r"|^\s*(?:\)\s*)?(?:(?:property|real estate|asset|global)\s+)?portfolio\b(?!\s+investments?\b)"
    # "its $287 billion net portfolio value", "HK$13 billion in cash on hand": what an investor holds.
    r"|^\s*(?:\)\s*)?(?:net\s+)?(?:portfolio|asset|net asset)\s+value\b|^\s*(?:\)\s*)?in\s+cash\s+"
    + _CASH_HELD
    + r"\b",
    re.IGNORECASE,
)
_BUYING_SECURITIES_BEFORE = re.compile(
    r"\b(?:financ\w*|buy|buys|buying|bought|purchas\w*|subscrib\w*|underwrit\w*)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)
# "said capital spending this year would come in at the lower end of its $32 billion to $36 billion range".
_CAPEX_BEFORE = re.compile(r"\b(?:capital spending|capital expenditures?|capex)\b[^.;$€£¥₩₹]{0,70}$", re.IGNORECASE)
_GUIDANCE_AFTER = re.compile(r"^\s*(?:range|guidance|forecast)\b", re.IGNORECASE)
# "acquire Oxford Ionics for $1.075 billion in cash and stock": how a price is paid, not a measure of shares.
_PAID_IN = re.compile(
    r"^\s*,?\s*in\s+(?:an?\s+)?(?:all-)?(?:cash|stock|shares|equity)(?:[- ]and[- ](?:cash|stock|shares|equity))?\b"
    r"(?!\s+" + _CASH_HELD + r")",
    re.IGNORECASE,
)
_ECONOMY_AFTER = re.compile(
    # "add over ₹10,500 crore to Andhra Pradesh's economy": an estimate of what a project adds, not what it costs.
    r"^[^.;]{0,50}?\b(?:to|into|for|of)\s+(?:the\s+|its\s+|their\s+|(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*(?:'s|’s)\s+)?"
    r"(?:\w+\s+)?(?:economy|economies|GDP|gross domestic product)\b",
    re.IGNORECASE,
)
# "a quarter of the UAE's $514 billion GDP", "the $27 trillion U.S. economy": the size of an economy.
_ECONOMY_SIZE_AFTER = re.compile(
    # "aiming at one trillion dollar digital economy" (not "a $100 million digital economy fund")
    r"^\s*(?:\)\s*)?(?:(?:U\.S\.|[A-Z][\w-]*|digital|green|internet|national|domestic|global)\s+)?"
    r"(?:GDP|[Gg]ross domestic product|[Ee]conomy)\b(?!\s+(?:fund|programme|program|project|plan|initiative)\b)"
)
# "anyone investing $1 billion or more": a threshold in a rule, not anyone's pledge.
# "$1 billion or more" is a threshold; "600 billion yen or over P246 billion" restates the amount.
_THRESHOLD_AFTER = re.compile(
    r"^\s*(?:or|and)\s+(?:more|above|over|higher|up)\b(?!\s+(?:[A-Za-z]{1,3}\$?|[$€£¥₩₹₱])?\s?\d)", re.IGNORECASE
)
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:anyone|any company|any companies|any firm|any investor|companies that|firms that|those that|whoever|"
    # "investments of over $1 billion", "projects worth more than $500 million": a class of projects; "an investment
    # of up to $4.6 billion" is one project's size, so the article and the singular stay out.
    # ("aims to produce 150,000 cars annually with investments exceeding 12.3 billion riyals" is its own, though)
    r"(?<!with )(?<!its )(?<!their )(?:projects|investments)\s+(?:(?:of|worth|valued at)\s+)?"
    r"(?:over|above|more than|at least|exceeding|"
    r"upwards of|in excess of)(?=\s+$))"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_DEFICIT_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:trade\s+)?(?:deficit|surplus|market)\b"
    r"|^\s*(?:trade\s+)(?:balance|gap|imbalance)\b",  # "the nearly $18 billion trade balance in favour of Jakarta"
    re.IGNORECASE,
)
_PROJECT_COST_BEFORE = re.compile(
    r"(?:\b(?:total\s+)?(?:financial\s+)?(?:outlay|cost|price tag)\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:project|corridor|line|railway|scheme|programme|program)"
    # "The total project cost of Line 4 Phase 1 is JPY 552.465 billion"
    r"|\b(?:total\s+)?(?:estimated\s+)?project\s+(?:cost|outlay)(?:\s+of\s+(?:[\w-]+\s+){0,5}?[\w-]+)?)"
    r"\s+(?:is|was|stands at|stood at|(?:is|was|has been) (?:estimated|pegged|put|valued) at|reached|reaches|"
    r"amounts to|amounted to|totals|totalled|totaled|comes to|came to)\s+" + _QUAL + "$"
    # "the majority of the project, which it is estimated will cost about €12.5 billion"
    r"|\bthe\s+(?:[\w-]+\s+){0,2}?(?:project|corridor|line|railway|scheme|programme|program|plant|reactors?)\s*,\s*"
    r"(?:(?:which|that)\s+(?:[\w-]+\s+){0,4}?(?:will|would|is\s+to|could)"
    # "for the Browse project, estimated by analysts as likely to cost around A$30 billion"
    r"|(?:estimated|expected|forecast)\s+(?:by\s+(?:[\w-]+\s+){1,3}?)?(?:as\s+)?(?:likely\s+)?to)\s+cost\s+"
    + _QUAL
    + "$"
    # "The Kazungula Bridge project will cost an estimated US$ 272.81 million": the whole, whoever pays its parts
    r"|\bthe\s+(?:[\w-]+\s+){0,3}?(?:project|corridor|line|railway|bridge|port|dam|highway|road|tunnel|scheme|"
    r"programme|program|terminal|airport)\s+(?:will|would|is\s+to|could|is\s+expected\s+to|is\s+estimated\s+to|"
    r"is\s+set\s+to)\s+cost\s+" + _QUAL + "$"
    # "DDIP, currently being built at a cost of 159 million U.S. dollars": what a thing being built costs
    r"|\b(?:being|been|be)\s+(?:built|constructed|developed)\s+at\s+(?:a|an)\s+(?:total\s+|estimated\s+)?cost\s+of\s+"
    + _QUAL
    + "$"
    # "The first phase requires an investment of about $1.4 billion": what the project needs, from whoever pays
    r"|\bthe\s+(?:[\w-]+\s+){0,3}?(?:phase|project|plant|mine|development|expansion|scheme|facility)\s+"
    r"(?:will\s+|would\s+)?(?:requires?|needs?|calls?\s+for)\s+(?:an?\s+)?(?:total\s+|initial\s+|estimated\s+)?"
    r"(?:investment|capital|funding|capital\s+expenditure)\s+of\s+" + _QUAL + "$"
    # "a loan covering 85 percent of the contract prices for the expressway, whose total estimated cost is"
    r"|\bwhose\s+(?:total\s+)?(?:estimated\s+)?(?:cost|price tag)\s+(?:is|was|will be|stands at|is estimated at)\s+"
    + _QUAL
    + "$",
    re.I,
)


def is_project_cost(sentence: str, start: int, end: int | None = None) -> bool:
    """ "The total financial outlay of the project is Rs 1.08 trillion": what a whole project costs. With the amount's
    `end`, also the size of the project a financing is for."""
    subject = _PRICED_PROJECT_SUBJECT.match(sentence)
    return (
        bool(_PROJECT_COST_BEFORE.search(sentence, max(0, start - 120), start))
        or bool(subject and subject.start(1) == start)
        or bool(
            end is not None
            and _FINANCING_FOR_THE_BEFORE.search(sentence, max(0, start - 60), start)
            and _PROJECT_AFTER.match(sentence, end)
        )
    )


# "The remaining 15% of financing for the nearly $2 billion dam": the size of what the financing is for
_FINANCING_FOR_THE_BEFORE = re.compile(
    r"\b(?:financing|funding|loans?|credit)\s+(?:for|of)\s+the\s+(?:nearly\s+|about\s+|around\s+|some\s+|almost\s+)?$"
)


# "The $20 billion project, Mozambique LNG, aims to make Mozambique a major LNG producer": the project's size as the
# subject of a sentence about the project.
_PRICED_PROJECT_SUBJECT = re.compile(
    # "The $17.8-billion Kayan Cascade project aims": the project's name may run to a few words
    r"\W*The\s+(\S+(?:\s(?:billion|million|trillion))?)\s+(?:[\w-]+\s+){0,3}?(?:project|development|scheme|complex)\b,?"
    r"(?!\s+(?:will|would|is|was)\s+(?:be\s+)?(?:funded|financed|paid|backed)\b)"
)


# "the cost overrun of USD1.2 billion", "the bill balloons by US$2 billion", "has since increased by USD1.45 billion",
# "bumping up estimated costs to", "the initial cost was expected to be": what a project costs, or how that changed.
_COST_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:cost\s+)?overruns?\s+(?:of\s+)?|\b(?:balloon\w*|increased|swelled|jumped|risen|rose)\s+by\s+|"
    r"\bbumping\s+up\s+(?:the\s+)?(?:estimated\s+)?costs?\s+to\s+|"
    r"\b(?:initial|original|earlier|estimated)\s+cost\s+(?:of\s+the\s+project\s+)?(?:was|were|had been)\s+"
    r"(?:expected to be|estimated at|put at|projected at)\s+)"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$",
    re.I,
)
# "Payara's cost estimate is US$3B higher": the difference between two costs.
_PUBLICLY_FUNDED_AFTER = re.compile(
    r"^\s*,?\s*(?:tax-?payer|taxpayers?|state|publicly|public|government)[- ]funded\b", re.IGNORECASE
)
_SAVES_BEFORE = re.compile(r"\b(?:save|saves|saved|saving|savings of)\s+(?:(?!invest)\w+\s+){0,2}?" + _QUAL + "$", re.I)
_REPAYS_BEFORE = re.compile(
    r"\b(?:repay|repays|repaid|repaying|repayments? of|pay back|pays back|paying back|pay off|pays off|paying off|"
    r"service|servicing)\s+(?:(?!invest)\w+\s+){0,2}?" + _QUAL + "$",
    re.I,
)
_TO_BUDGETS_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:a year\s+|annually\s+|each year\s+)?(?:in\s+taxes\s+)?to\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+(?:and\s+[\w-]+\s+)?)?(?:state\s+|public\s+)?(?:budgets?|coffers?)\b",  # "to the city's coffer"
    re.I,
)
_TO_ECONOMY_AFTER = re.compile(
    r"^\s*(?:\)\s*)?to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:economic output|economy|GDP|gross domestic product|output)\b",
    re.I,
)
# "adding $1.4bn annually, with $999m benefitting Santa Cruz County directly", "$2 billion in economic benefits".
_BENEFITING_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:a year\s+|annually\s+)?(?:benefit+ing|in\s+(?:\w+\s+)?benefits)\b", re.I
)
_OVERRUN_AFTER = re.compile(r"^\s*(?:(?:in\s+)?(?:cost\s+)?overruns?|(?:higher|lower)\s*(?:than\b|[.,;]|$))", re.I)
# "approved a $1.9 billion third-party capital increase": money the company raises, not money it puts in.
_CAPITAL_RAISE_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:capital increase|capital raise|rights issue|rights offering|"
    r"share (?:issue|sale|offering)|(?:private\s+|share\s+)?placement|bond issue)\b",
    re.I,
)
# "Lufthansa will obtain a 41% stake in ITA through a EUR325 million capital increase": the buyer pays the raise.
_STAKE_THROUGH_BEFORE = re.compile(
    r"\bstake\b[^.;$€£¥₩₹]{0,60}\b(?:through|via|by way of|by subscribing to)\s+(?:a|an|the)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_PLEDGED_TOTAL_BEFORE = re.compile(
    # "unveiled GM's investment plan for Brazil, totaling BRL 7 billion by 2028"
    r"\b(?:pledg\w*|commit\w*|promis\w*|announc\w*|unveil\w*|agreed|signed|will|plans? to|to invest|"
    r"investment plans?)\b[^.;$€£¥₩₹]{0,40}"
    r"\b(?:totall?ing|amounting to|worth)\s+" + _QUAL + "$",
    re.I,
)
# "There is about $350 million left of the credit line": what remains of a commitment made before.
_LEFT_OVER_AFTER = re.compile(r"^\s*(?:is\s+|are\s+|was\s+)?(?:left|still unused|unspent|undisbursed|undrawn)\b", re.I)
_BOOM_AFTER = re.compile(
    # "drive state-owned funds' $24.6b M&A spree in Q3": a tally of many deals
    r"^\s*(?:(?!(?:into|in|to|for|of|on|across|the|a|an)\b)[\w&-]+\s+){0,4}?(?:boom|bubble|gold rush|frenzy|spree)\b",
    re.IGNORECASE,
)
_MARKET_SIZE = re.compile(
    r"\bmarket\b[^.;$€£¥₩₹]{0,40}\b(?:worth|valued|size|reach|expected to|projected|grow|forecast)", re.IGNORECASE
)

# Money a government spends at home, or a company receives: subsidies, grants, credits, incentives.
_SUBSIDY_NEAR = re.compile(
    # "we can grant Poland a loan of US$8.5 billion": granting a loan is lending, no grant
    r"\b(?:subsid(?!iar)\w*|grants?(?!\s+(?:[A-Z][\w-]*\s+)?(?:an?\s+)?(?:[\w-]+\s+)?loans?\b)|"
    r"tax credits?|tax breaks?|tax exemptions?|tax abatements?|incentives?|state aid|"
    # "approved a German state aid scheme for industry worth €2.2 billion": the scheme, a few words from the amount
    r"aid schemes?|support schemes?|"
    r"public money|public funds|"
    # "Nel also will get $25 million in state funding from the Make it in Michigan Competitiveness Fund"
    # "leveraging up to $40 million in CHIPS funding": the US chips programme's money
    r"(?:state|federal|public|government|CHIPS(?:\s+Act)?)\s+funding|"
    r"set aside|set out|support worth|bailout|awards?|awarded|rebates?|"
    r"(?<!earthquake )(?<!disaster )(?<!flood )relief(?!\s+bonds)|"  # tax relief, not a quake's relief bonds
    r"CHIPS Act|CHIPS and Science Act|Inflation Reduction Act|IRA)\b",
    re.IGNORECASE,
)
_SUPPORT_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:of|in)\s+(?:\w+[- ]){0,2}?(?:support|aid|assistance|help)\b", re.I)
# "Ohio's incentive package for Panasonic is worth about $500 million": the package named as the sentence's subject.
_SUPPORT_PACKAGE_BEFORE = re.compile(
    r"\b(?:incentives?|subsid(?!iar)\w*|aid|support|grants?|tax[- ]break)\s+(?:package|deal|offer|bundle)\b"
    r"(?:\s+(?!invest|pledg|commit)[\w.'’-]+){0,6}?\s+(?:is|was|are|were|will be|would be)?\s*"
    r"(?:worth|valued at|totall?ing|of)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_RECEIVING_BEFORE = re.compile(
    r"\b(?:sought|seeking|seeks|received|receive|receives|receiving|won|wins|secured|secures|get|gets|got|"
    r"granted|gave|give|gives|offered)\s+"
    # "won a licence for a $1.8 billion expansion" is permission to invest, not money received.
    # "offered to invest a total of 1.46 billion dollars": a verb of paying after it makes the subject the payer.
    r"(?:(?!licen[cs]es?\b|approvals?\b|permits?\b|permission\b|clearance\b|go-ahead\b|nod\b|certificates?\b|"
    r"invest\w*\b|spend\b|build\b|buy\b|acquire\b|lend\b|pour\b|inject\b|pay\b)"
    r"\w+\s+){0,3}?" + _QUAL + r"$",
    re.IGNORECASE,
)
_GOVERNMENT_SUBJECT = re.compile(
    r"\b(?:the|its|each|both)\s+(?:[\w-]+\s+){0,3}?(?:governments?|ministry|ministries|ministers?|treasury|chancellor|"
    r"administration|department|pentagon|"
    # "the Mumbai-based state-owned warship builder" is a company, not the state.
    r"state(?![-‐–]\w)|province|authorities|congress|parliament|council|legislature|lawmakers|governor)\b(?![-‐–]\w)"
    # "Local governments approved another package worth $50 million": no article before the plural
    r"|^\W*(?:local|state|provincial|municipal|regional|county|city)\s+(?:governments|authorities)\b"
    # "where state and local officials purchased a flat, sprawling tract for $61 million"
    r"|\b(?:state|local|county|city|provincial|federal)\s+(?:and\s+(?:state|local|county|city)\s+)?officials\b",
    re.IGNORECASE,
)

_PLEDGE_CUE = re.compile(
    r"\b(?:invest\w*|pledg\w*|commit\w*|promis\w*|vow\w*|pour\w*|plough\w*|plow\w*|spend\w*|spent|build\w*|built|"
    r"construct\w*|"
    r"fund\w*|financ\w*|loans?|lend\w*|lent|credit|deals?|packages?|offer\w*|inject\w*|allocat\w*|earmark\w*|"
    r"acquir\w*|acquisition|takeover|take-over|take over|takes over|winning bid|"
    r"bids?\s+(?:was|were|of|for|worth|valued)|"
    r"buy\w*|bought|purchas\w*|orders?|ordered|contribut\w*|provid\w*|disburs\w*|deposit\w*|capital|"
    r"stake|projects?|plants?|factory|factories|facility|facilities|gigafactor\w*|fabs?|expan\w*|plans?|planned|"
    # "has unveiled its new $150m malt whisky distillery"
    r"refiner(?:y|ies)|distiller(?:y|ies)|brewer(?:y|ies)|smelters?|unveil\w*|"
    r"agreements?|deals?|put|puts|putting|bring\w*|shares? of|coming from|"
    r"(?:paid|pay|pays|paying)\b(?:[^.;]|\.(?=\d)){0,80}\bfor|"
    r"channel\w*|deploy\w*|develop\w*|shipyards?|campus|complex|hub|"
    # "is spearheading a $1.1bn initiative to erect a 1,000-MW wind farm": a project by another name
    r"initiatives?|erect\w*|spearhead\w*|"
    # "Raab also announced a further $65m to support climate change mitigation strategies in Kenya"
    r"(?:to|in)\s+support\b|"
    r"grants?|aid|assistance|FDI|money|cash|upgrade\w*|modernis\w*|moderniz\w*|establish\w*|set up|open\w*|"
    r"launch\w*|inaugurat\w*|cent(?:er|re)s?|laborator\w*|headquarters|slated|"
    # "agreed with PIF on a joint venture worth about $985 million"
    r"joint\s+ventures?|JVs?|partnerships?|tie-ups?|"
    # "is selling its U.S. candy business to Ferrero for $2.8 billion": a sale to a named buyer is its purchase
    # "by selling 50 per cent of the site to Albemarle for $US1.15 billion"
    r"(?:sell|sells|selling|sold|divest\w*|offload\w*)\s+(?:its|their|a|an|the|\d+(?:\.\d+)?\s?(?:%|per\s?cent))\s"
    r"(?=[^;]{0,80}?\bto\s+[A-Z])|"
    # "part of its 1.8 billion euros (US$2 billion) bet to capture the shift": money staked on a market
    r"bets?(?=\s+(?:on|to|in)\b))\b",
    re.IGNORECASE,
)

_PURCHASE = re.compile(
    r"\b(?:buy|buys|buying|bought|purchas\w+|orders?|ordered|procure\w*|procurement|imports? of|to import|"
    r"arms deals?|jets?|aircraft|planes|airliners|LNG cargoes|weapons|equipment)\b",
    re.IGNORECASE,
)
_PURCHASE_VERB = re.compile(r"\b(?:buy|buys|buying|bought|purchas\w+|orders?|ordered|procure\w*|procurement)\b", re.I)
_LOAN = re.compile(
    r"\b(?:loans?|loaned|lend\w*|lent|credit lines?|lines? of credit|credit facilit\w+|concessional|financing|"
    r"export credit|debt)\b",
    re.IGNORECASE,
)
_FUND_AFTER = re.compile(
    # "KD four million (about USD 12.8 million) to fund a road project": the verb, not a fund
    # "contribute €20mn to the Amazon Fund": money paid into a fund, not a fund of that size
    r"^\s*(?:\)\s*)?(?!(?:to|into)\s)(?:[\w.-]+\s+){0,3}?(?:(?<!to )(?<!will )fund|funds|investment vehicle|vehicle|"
    r"sovereign fund|joint fund|investment corporation|investment platform)\b",
    re.IGNORECASE,
)

# "announced a fund worth more than $30 billion to invest in AI-focused data centres": the size of a fund.
_FUND_BEFORE = re.compile(
    r"\b(?:fund|investment vehicle|investment partnership)\s+(?:worth|of|valued at|with|totall?ing)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)

_CANCELLED = re.compile(
    r"\b(?:scrap\w*|cancel\w*|shelv\w*|abandon\w*|called off|calls off|call off|pulled out|pulls out|"
    r"withdr[ae]w\w*|halt\w*|suspend\w*|paused|pauses|axed|axes|ditched|dropped plans?|on hold|on ice|mothball\w*)\b",
    re.IGNORECASE,
)
_COMPLETED = re.compile(
    r"\b(?:completed|completes|finished|closed)\s+(?:the\s+|its\s+|a\s+)?(?:[\w$.,-]+\s+){0,3}?"
    r"(?:investment|acquisition|purchase|deal|takeover|project)\b|\b(?:has|had|have|already)\s+invested\b",
    re.IGNORECASE,
)
_REAFFIRMED = re.compile(r"\b(?:reaffirm\w*|reiterat\w*|restat\w*|recommit\w*|stood by|stands by)\b", re.I)
_IN_PROGRESS = re.compile(r"\b(?:under construction|is building|are building|broke ground|began construction)\b", re.I)

_YEAR = r"(20\d\d|19\d\d)"
_PERIOD_BETWEEN = re.compile(r"\b(?:between|from)\s+" + _YEAR + r"\s+(?:and|to|through|until)\s+" + _YEAR)
_PERIOD_DASH = re.compile(r"\b" + _YEAR + r"\s?[-–]\s?(20\d\d|\d\d)\b")
_PERIOD_END = re.compile(r"\b(?:through|thru|by|until|till|to|before|within)\s+(?:the end of\s+)?" + _YEAR + r"\b")
_PERIOD_NEXT = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:next|coming)\s+(\w+)\s+years\b|\bover\s+(\w+)\s+years\b", re.I
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "several": 0, "few": 0,
}  # fmt: skip


def _words(text: str, count: int, *, last: bool) -> str:
    words = text.split()
    return " ".join(words[-count:] if last else words[:count])


# "Biden's $1.2 trillion infrastructure bill", "a $50 billion stimulus": a law spends at home.
_LEGISLATION_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:bill|law|legislation|stimulus|Act)\b(?!\s+(?:of|for)\s+(?:investment|capital))"
)
# "Norway's $1.6 trillion sovereign wealth fund": how big a fund is, not money it commits.
# "the $445-billion QIA is evaluating": an amount written as an adjective of a name, then that name's verb.
_SIZE_OF_A_NAMED_BODY = re.compile(
    r"^\s+(?:[A-Z][\w&.-]*\s+){0,3}?[A-Z]{2,}[\w&.-]*\s+(?:is|was|has|had|will|said|says|manages|managed|plans|"
    r"owns|holds|controls)\b"
)
_HOLDER_FUND_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:sovereign(?:\s+wealth)?|wealth|pension|retirement|endowment)\s+funds?\b"
    # "as the head of the $524 billion state-backed entity": the size of the investor, not its pledge.
    r"|^\s*(?:state|government)-(?:backed|owned|run)\s+(?:entity|investor|institution|fund|conglomerate)\b",
    re.IGNORECASE,
)
_NEW_FUND_NEAR = re.compile(
    r"\b(?:new|joint|dedicated|set up|sets up|setting up|launch\w*|creat\w*|establish\w*|form\w*)\b", re.I
)
# "buy a 30% stake in a $2.2 billion power plant": the amount is the whole project's size.
# "a record outflow of $49.2 billion", "a withdrawal of $1.8 billion", "technology funds led with inflows of $500
# million": what fund investors moved, counted by the trackers of fund flows
_FUND_FLOW_BEFORE = re.compile(
    r"\b(?:net\s+)?(?:inflows?|outflows?|withdrawals?|redemptions?)\s+(?:of|worth|totall?ing)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_FUNDS_DREW_BEFORE = re.compile(
    r"\b(?:funds|ETFs)\b,?\s+(?:[\w,]+\s+){0,3}?(?:attracted|drew|drawn|saw|received|pulled\s+in|took\s+in|lost|shed|"
    r"bled)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_BREAK_FEE = r"(?:termination|break-?up|break|walk-?away|reverse\s+termination)\s+(?:fees?|costs?|payments?)"
_BREAK_FEE_BEFORE = re.compile(r"\b" + _BREAK_FEE + r"\s+(?:of\s+)?" + _QUAL + r"$", re.IGNORECASE)
_BREAK_FEE_AFTER = re.compile(r"\s*(?:in|as\s+(?:a|an)|of)\s+(?:[a-z]+\s+)?" + _BREAK_FEE + r"\b", re.IGNORECASE)
# "Fiji owes $374.9m to Exim Bank", "owes the Export-Import (Exim) Bank of China about $374.9 million": debt outstanding
_OWES_BEFORE = re.compile(
    r"\b(?:owes|owed|owing)\s+(?:(?:to\s+)?(?:the\s+)?[A-Z][\w()&.'’-]*(?:\s+[\w()&.'’-]+){0,6}?\s+)?" + _QUAL + r"$"
)
# "a total of $43.2 billion was withdrawn from global equity funds"
_WITHDRAWN_FROM_AFTER = re.compile(r"\s*(?:was|were|had been|has been)\s+(?:withdrawn|pulled|redeemed)\s+from\b", re.I)
# "a move expected to inject approximately 1 trillion yuan ($138 billion) in liquidity into the financial system"
_LIQUIDITY_AFTER = re.compile(r"\s*(?:in|of)\s+(?:additional\s+|fresh\s+|new\s+|long-term\s+)?liquidity\b", re.I)
# "the Philadelphia Shipyard that it purchased last year for $100 million": a purchase already made, recalled
_BOUGHT_BEFORE_NOW = re.compile(
    r"\b(?:that|which)\s+(?:it|they|the\s+[a-z]+)\s+(?:had\s+)?(?:purchased|bought|acquired)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:last\s+year|in\s+(?:19|20)\d\d|(?:\w+\s+)?years?\s+ago)\s+for\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_SHARE_OF_THE_BEFORE = re.compile(
    r"\b(?:half|a\s+third|a\s+quarter|\d+(?:\.\d+)?\s?" + PERCENT + r")\s+of\s+(?:the|a|an)\s+$", re.IGNORECASE
)
_STAKE_IN_SIZED = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?" + PERCENT + r"|minority|majority|controlling)\s+(?:[\w-]+\s+)?"
    r"(?:stake|interest|share|holding)\s+in\s+(?:(?:a|an|the)\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)


# "Germany is India's ninth-largest investor with $15 billion": a ranking states what was invested, not a pledge.
# "Singapore ... came second with $911 million, followed by China with $823.6 million": places in a table.
_RANKED_PLACE_BEFORE = re.compile(
    r"\b(?:(?:came|ranked|ranks|was|is)\s+(?:first|second|third|fourth|fifth|next|top)|followed\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}))\s*,?\s+with\s+" + _QUAL + r"$"
)
_RANKING_BEFORE = re.compile(
    # "The US continued to be the largest donor with $63.3 billion": givers ranked by what they gave
    r"\b(?:largest|biggest|top|leading|main|major)\s+(?:foreign\s+|source\s+of\s+|FDI\s+)?(?:investors?|donors?|"
    r"contributors?|investing\s+countr"
    # "the largest foreign investor in the U.S., with $754.1 billion": a dot inside an abbreviation ends nothing
    r"(?:y|ies)|sources?\s+of\s+(?:foreign\s+)?(?:investment|FDI|capital))\b(?:[^.;$€£¥₩₹]|\.(?=\S)){0,60}?"
    # "Japan was the third largest investor in India, contributing $4.7 billion": what the rank rests on
    r"(?:\b(?:with|of|at|worth|totall?ing|contributing|each\s+investing(?:\s+around|\s+about)?)\s+(?:a\s+)?"
    r"(?:projected\s+|cumulative\s+|total\s+)?"
    # "the top FDI contributors to India in 2024–25 included Mauritius: $8.34 billion": a table's row
    r"|\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}:\s*)" + _QUAL + r"$",
    re.IGNORECASE,
)

# "Other top investors in the first half of the year include Germany ($4.2 billion), Japan ($3 billion)", "the three
# top outward FDI destinations ... were Singapore ($2.09 billion)": the rows of a ranked table, each figure in brackets
# after its name.
_RANKED_ROWS_BEFORE = re.compile(
    r"\b(?:largest|biggest|top|leading|main|major)\s+(?:[\w-]+\s+){0,3}?(?:investors?|destinations?|sources?|"
    r"contributors?|recipients?|donors?|investing\s+countr(?:y|ies))\b(?:[^.;]|\.(?=\d))*?"
    r"\b(?:include[sd]?|including|were|are|was|is|namely)\b(?:[^.;]|\.(?=\d))*?"
    r"\b[A-Z][\w.’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.’'-]*){0,4}\s*\(\s*" + _QUAL + r"$",
    re.IGNORECASE,
)
# "accounting for 44% ($13.7 billion) of FDI", "representing 28.2 per cent, or": a share of a total, told first as a
# percentage
_SHARE_OF_A_TOTAL_BEFORE = re.compile(
    r"\b(?:accounting\s+for|representing|making\s+up)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
    r"\d+(?:\.\d+)?\s*" + PERCENT + r"\s*(?:\(|,)\s*" + _QUAL + r"$",
    re.IGNORECASE,
)

# "amounting to $631.8 million, up 45.2 per cent year-on-year": a figure compared with a year before is a statistic
_CHANGE_ON_A_YEAR_AFTER = re.compile(
    r"^\s*(?:\)\s*)?,?\s*(?:up|down|rising|falling|an?\s+(?:increase|rise|drop|decline|fall|jump)\s+of)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d+(?:\.\d+)?\s*" + PERCENT + r"\s*"
    r"(?:(?:year|yr)[\s-]+(?:on|over)[\s-]+(?:year|yr)|on\s+(?:the\s+)?year|y/y|yoy\b|from\s+(?:a|the)\s+"
    r"(?:year|previous\s+year)\s+(?:earlier|before|ago)|(?:compared\s+)?(?:with|to|from)\s+the\s+same\s+period)",
    re.IGNORECASE,
)
# "About $30 billion came from companies with an existing facility in Mexico": a flow's part, by where it came from
_CAME_FROM_INVESTORS_AFTER = re.compile(
    r"^\s*(?:\)\s*)?,?\s*came\s+from\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:companies|firms|investors|"
    r"businesses|multinationals|reinvest\w*|equity|debt|intercompany|loans)\b",
    re.IGNORECASE,
)
# "with $3.6bn (down 10 percent)", "FDI increase to $672 million, up 71 percent, due to": a level told with how it
# moved (not "$5 billion, up from $4 billion", a raised pledge)
_CHANGE_TOLD_AFTER = re.compile(
    r"\s*(?:\(\s*(?:up|down)\s+(?:about\s+|around\s+|nearly\s+)?\d+(?:\.\d+)?\s*" + PERCENT + r"\s*\)"
    r"|,\s*(?:up|down)\s+(?:about\s+|around\s+|nearly\s+)?\d+(?:\.\d+)?\s*"
    + PERCENT
    + r"\s*(?:[,.;]|$|\s+(?:due|thanks|driven|on\s+the\s+year|compared|year)))",
    re.IGNORECASE,
)
# "the Malawi Government has already submitted a $400 million (K293 billion) credit request to India": asked for
_REQUEST_AFTER = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:[\w-]+\s+){0,2}?(?:request|application)\b", re.I)
# "Pakistan received a net foreign direct investment (FDI) of $31.7 million from China in October", "during the first
# four months of FY 2023-24, Pakistan attracted $538.8 million in FDI", "FDI in Mexico's automotive industry from
# December 2012 to the present has exceeded US $20 billion": a period's flows, counted by statisticians
_FDI_PERIOD = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Ff]or|[Bb]etween)\s+"
    + MONTH
    + r"\b|\b(?:first|last|past)\s+(?:\w+\s+)?(?:months|quarters?|half)\b|\bFY\s?\d{2}|\bfiscal\s+year\b|"
    r"\bfrom\s+\w+\s+(?:19|20)\d\d\s+to\b|\bsince\s+(?:\w+\s+)?(?:19|20)\d\d\b"
)
_PAST_FLOW_VERB = re.compile(
    r"\b(?:received|attracted|garnered|recorded|registered|stood|totall?ed|amounted|has\s+exceeded|exceeded|reached|saw)\b"
)
# "The country received a record high investment in the EV battery manufacturing industry in 2022 between January and
# May, worth around $8.9bn": a record is a count of what came
_RECORD_INVESTMENT = re.compile(r"\brecord(?:[- ]high)?\s+(?:[\w-]+\s+)?investments?\b", re.IGNORECASE)
_PLEDGING_WORD = re.compile(r"\b(?:will|would|plans?|pledged?|committed|commitments?|agreed|announced)\b", re.I)
# "more than twice that of 2021 ($3.8bn)": a past year's level, brought in to compare
_A_YEARS_LEVEL_BEFORE = re.compile(r"\bthat\s+of\s+(?:19|20)\d\d\s*\(\s*" + _QUAL + r"$", re.IGNORECASE)
# "to cooperate in building railways for NEOM – a futuristic $500 billion city": the size of a project named before
_NAMED_BEFORE_A_DASH = re.compile(r"[A-Z][\w’'-]*\s*[–—]\s*(?:a|an)\s+(?:[\w-]+,?\s+){0,2}$")
_A_PROJECTS_NOUN_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:city|megacity|metropolis|project|megaproject|giga-?project|development|resort|zone)\b",
    re.IGNORECASE,
)
# "The deal will be partially funded by a $US1 billion debt facility": how a price is paid for, not a second pledge
_DEAL_FUNDED_BY_BEFORE = re.compile(
    r"\b(?:deal|acquisition|purchase|takeover|transaction|buyout)\s+(?:will|would|is\s+to|is\s+set\s+to)\s+be\s+"
    r"(?:partially\s+|partly\s+|fully\s+|largely\s+|mainly\s+)?(?:funded|financed|paid\s+for)\s+(?:by|through|with)\s+"
    r"(?:a|an|new)\s+$",
    re.IGNORECASE,
)
# "total ... capital for share purchase by foreign investors reached approximately $5 billion by February 20": a
# running total on a date (not "will invest $5 billion by 2030", a pledge with its deadline)
_REACHED_BEFORE = re.compile(r"\b(?:reached|hit|totall?ed|stood\s+at|amounted\s+to)\s+" + _QUAL + r"$", re.I)
_BY_A_DAY_AFTER = re.compile(r"^\s*(?:\)\s*)?,?\s*by\s+(?:the\s+end\s+of\s+)?" + MONTH + r"\b")
# "Egypt received $5 billion from the first installment of the deal": a payment on a deal counted on its own
_INSTALMENT_AFTER = re.compile(
    r"^\s*(?:\)\s*)?,?\s*(?:as|from|in|under)\s+(?:the\s+)?(?:first|second|third|fourth|final|last|initial|next)\s+"
    r"(?:installments?|instalments?|tranches?|payments?)\s+of\b",
    re.IGNORECASE,
)


# "To finance the acquisition, Hitachi will spend 200 billion yen in cash on hand": the price's funding, not a
# second pledge.
_FINANCING_OF_A_DEAL = re.compile(
    r"^\W*(?:To|In order to)\s+(?:finance|fund|pay for)\s+(?:the|this|that|its)\s+(?:[\w-]+\s+)?"
    r"(?:acquisition|deal|purchase|takeover|transaction|merger)\b"
)
_STRATEGY_PLAN_BEFORE = re.compile(
    r"\bstrateg(?:y|ies)\b[^.;$€£¥₩₹]{0,60}\b(?:plans?|aims?|intends?)\s+to\s+(?:invest|spend|deploy)\s+"
    + _QUAL
    + r"$",
    re.IGNORECASE,
)
# "to invest some 1 trillion yen to boost its IT business in its medium-term business plan": a budget for the group.
_COMPANY_PLAN_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:its|the company's|the group's|their)\s+(?:new\s+)?(?:medium-term|mid-term|long-term)\s+"
    r"(?:business\s+|management\s+|strategic\s+)?plan\b",
    re.IGNORECASE,
)


# "Kia's $25bn strategy", "Gulf's 90-billion-baht investment budget for 2025-2029": a group's plan or budget
_STRATEGY_AFTER = re.compile(
    r"^\)?\s*(?:[\w-]+\s+){0,2}?(?:strateg(?:y|ies)|(?:investment|capital|capex|spending)\s+budget)\b", re.IGNORECASE
)


# "Qatar Investment Authority invested 30 billion dollars in 2009": a year's outlay, not a pledge to anyone.
# "Capital deployment across priority sectors reached $56.8 billion in 2024": a level a past year reached too
_YEAR_SPENT_BEFORE = re.compile(
    r"\b(?:invested|spent|made|deployed|reached|totalled|totaled|amounted\s+to|stood\s+at)\s+[\"“]?" + _QUAL + r"$",
    re.IGNORECASE,
)
_IN_A_YEAR_AFTER = re.compile(
    r"^\s*(?:of\s+investments?\s*)?\(?\s*(?:in|during)\s+(?:(?:fiscal|calendar)\s+)?(?:19|20)\d\d\b"
    # "invested just US$2.8bil last year"
    r"|^\s*(?:last|the previous|the past)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b"
    # "spent $70bn on buying foreign companies in 2011, a record high": a year's total
    r"|^[^.;$€£¥₩₹]{0,60}?\bin\s+(?:19|20)\d\d\s*,\s+an?\s+(?:record|all-time)\s+(?:high|total|amount|level)\b"
)
# "have since invested nearly 1 trillion yen in India every fiscal year on average": an average of past flows.
_AVERAGE_AFTER = re.compile(r"^[^.;:$€£¥₩₹]{0,60}?\b(?:on average|on an average basis)\b", re.IGNORECASE)
# "$2.5 billion in yearly economic activity", "$2.5 billion every year return on this investment": a yield.
_YIELD_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:in\s+(?:new\s+)?(?:yearly|annual)\s+(?:economic\s+)?(?:activity|output|revenue|income)"
    r"|(?:every|each|a|per)\s+year\s+(?:in\s+)?(?:return|returns|revenue|income)|(?:annual|yearly)\s+return)\b",
    re.IGNORECASE,
)
# "we have spent more than €10 billion with European suppliers": what a company buys.
_SUPPLIERS_AFTER = re.compile(
    r"^\s+(?:with|from|on)\s+(?:\w+\s+){0,2}?(?:suppliers|vendors|contractors)\b", re.IGNORECASE
)
# "China's contribution in this fiscal year alone would surge to $4.5 billion": a tally of aid, not a new loan.
_AID_TOTAL_BEFORE = re.compile(
    r"\b(?:contributions?|lending|loans|aid|assistance|support)\b[^.;$€£¥₩₹]{0,40}?\b(?:would|will|could|to)\s+"
    r"(?:surge|rise|grow|climb|jump|increase|swell|reach|total|top)\s+(?:to\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)


_GLOBAL_FUND_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:global|international|worldwide)\s+(?:[\w-]+\s+){0,2}?(?:fund|vehicle|platform)\b",
    re.IGNORECASE,
)
# "plans to invest about $80 billion worldwide in fiscal 2025": the company's spending everywhere, no one country.
_WORLDWIDE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,6}?(?:worldwide|globally|around the world|across the (?:globe|world))\b"
    # "plans to invest approximately $2.8 billion in overseas businesses": abroad, in no one country
    r"|\s+(?:in|on|into|for)\s+(?:its\s+|their\s+)?(?:overseas|foreign|international)\s+(?:businesses|operations|markets|"
    r"projects|expansion|acquisitions)\b"
    # "will spend approximately $9 billion this year to create additional capacity across the supply chain"
    r"|\s+(?:[\w“”\"'-]+\s+){0,8}?across\s+(?:the|its|their)\s+(?:global\s+)?(?:supply chain|network|operations)\b"
    # "100 billion USD worth of the group's idle investment that it wishes to invest overseas by 2026"
    r"|\s+(?:[\w’'-]+\s+){0,10}?(?:invest|spend|deploy)\s+(?:it\s+|them\s+)?(?:overseas|abroad)\b"
)
_PERCENT_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|grew|lifted|increased|raised|jumped|fell|dropped|declined|cut)\s+(?:[\w-]+\s+){0,3}?by\s+\d+(?:\.\d+)?"
    r"\s*" + PERCENT + r"[^.;$€£¥₩₹]{0,40}$",
    re.IGNORECASE,
)
# "for the $20 billion project", "at least $1-billion each toward an $8.5-billion pipeline of priority projects"
_FOR_THE_BEFORE = re.compile(
    r"\b(?:for|towards?|into)\s+(?:the|a|an)\s+(?:total\s+|estimated\s+|planned\s+)?$", re.IGNORECASE
)
_AID_FOR_A_PROJECT_BEFORE = re.compile(
    r"\b(?:subsid(?:y|ies)|grants?|aid|support|funding|financing|loans?)\s+(?:to|for)\s+"
    r"(?:launch|build|fund|finance|support|back)\s+(?:the|a|an)\s+$",
    re.IGNORECASE,
)
# "stepped up its subsidy to launch the ... project to almost 10 billion Euros": a subsidy raised to a new level
_SUBSIDY_RAISED_TO_BEFORE = re.compile(
    r"\b(?:raised|increased|stepped\s+up|boosted|lifted|upped|hiked|topped\s+up)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+)?(?:subsid(?:y|ies)|grants?|aid|incentives?)\b(?:[^.;]|\.(?=\d)){0,120}?\bto\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_A_PROJECT_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:project|development|scheme|complex|plant|facility|terminal|port|railway|pipeline)\b"
)
_MEASURE_RAISED_TO_BEFORE = re.compile(
    r"\b(?:boost|raise|lift|increase|take|push|grow|double|triple)\w*\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:exports?|imports?|trade|sales|revenues?|turnover|output|production|GDP|shipments)\b[^.;$€£¥₩₹]{0,40}?"
    r"\bto\s+(?:between\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
_FOR_MANY_COUNTRIES_AFTER = re.compile(
    r"[^.;$€£¥₩₹]{0,30}?\b(?:for|to)\s+(?:other|foreign|neighbouring|neighboring|developing|partner|friendly)\s+"
    r"(?:nations|countries|governments)\b",
    re.IGNORECASE,
)
# "this number", "that figure": a total the sentence before told
_THIS_TOTAL_BEFORE = re.compile(
    r"\b(?:this|that)\s+(?:number|figure|tally|sum|amount|total)\s+to\s+" + _QUAL + r"$", re.IGNORECASE
)
_REMITTANCES_BEFORE = re.compile(r"\b(?:remittances|money transfers|workers['’] transfers)\b[^.;$€£¥₩₹]{0,110}$", re.I)
_CHANGED_BY_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?by\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_ADDED_TO_REVENUE_AFTER = re.compile(
    r"\s+(?:to|in)\s+(?:its|their|the\s+(?:company|group)['’]s|[A-Z][\w&.-]*['’]s|annual)\s+(?:annual\s+|yearly\s+)?"
    r"(?:revenues?|sales|turnover|earnings|profits?)\b",
    re.IGNORECASE,
)
_RESTRUCTURING_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:restructuring|cost-cutting|turnaround)\b", re.IGNORECASE)
_FUND_CLOSED_AT_BEFORE = re.compile(
    r"\bclos(?:ed|es|ing)\s+(?:at|on)\s+(?:an?\s+)?(?:(?:record|record-breaking|oversubscribed|final)\s+)*"
    + _QUAL
    + r"$",
    re.IGNORECASE,
)
_FUND_BROUGHT_TO_BEFORE = re.compile(
    r"\b(?:brings?|bringing|brought|takes|taking|took|lifts?|lifting|lifted|boosts?|boosting|boosted)\s+"
    r"(?:the\s+|its\s+)?(?:[A-Z][\w&'’.-]*\s+){0,5}(?:[Ff]und|[Vv]ehicle)\s+(?:[\w-]+\s+){0,2}?to\s+" + _QUAL + r"$"
)
_DEALS_TALLY_BEFORE = re.compile(
    r"\b(?:M&As?|mergers|deals?|dealmaking|acquisitions?|takeovers?|buyouts?)\s+(?:tally|volumes?|activity|spree)\b"
    r"[^.;$€£¥₩₹]{0,40}$"
    # "France Inc. Racks Up $45 Billion of Deals in October Spree": a sum run up over many deals
    r"|\b(?:racks?|racked|racking|clocks?|clocked|clocking|notch(?:es|ed|ing)?|chalks?|chalked)\s+up\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_PAST_YEARS_RECORD_BEFORE = re.compile(
    r"\b(?:last|previous|prior|the\s+previous)\s+year['’]s\s+(?:all-time\s+)?(?:record|total|tally|high|peak)\s+(?:of\s+)?"
    + _QUAL
    + r"$",
    re.IGNORECASE,
)
_RANKED_PAST_A_THRESHOLD_BEFORE = re.compile(
    r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|latest)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:that|which|to)\s+(?:has\s+|have\s+)?"
    r"(?:exceeds?|exceeded|tops?|topped|surpass(?:es|ed)?|crosses|crossed|is\s+worth\s+more\s+than)\s+$",
    re.IGNORECASE,
)
_ESTIMATES_OF_BEFORE = re.compile(r"\bestimates\s+(?:of|at)\s+" + _QUAL + r"$", re.IGNORECASE)
# "FDI up 16.5% to $2.46 bn in March", "exports fell 3 percent to $40 billion": a level told by how it moved
_PERCENT_MOVE_TO_BEFORE = re.compile(
    # "surging 132 per cent to over USD 40 billion"
    r"\b(?:up|down|rises?|rising|rose|grows?|growing|grew|jumps?|jumped|jumping|falls?|falling|fell|dips?|dipped|"
    r"climbs?|climbed|climbing|surges?|surged|surging|soars?|soared|soaring|slips?|slipped|slumps?|slumped|drops?|"
    r"dropped|dropping|increases?|increased|decreases?|decreased|declines?|declined|shrinks?|shrank|expands?|"
    r"expanded)\s+(?:by\s+)?"
    r"\d+(?:\.\d+)?\s*" + PERCENT + r"\s+(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# "The services segment attracted the highest investments of $6.88 billion followed by computer hardware ($5.90
# billion)": where a year's inflows went, ranked
_INFLOWS_RANKED = re.compile(
    r"\b(?:attracted|received|drew|got)\s+the\s+(?:highest|largest|biggest|most)\b(?:[^.;]|\.(?=\d)){0,80}?\bfollowed\s+by\b",
    re.IGNORECASE,
)
# "About 1 billion reais of the investment will come from Toyota’s tax credits": how a total told before is paid for
_PART_FUNDED_FROM_AFTER = re.compile(
    r"\s+of\s+(?:the|this|that|its)\s+(?:\w+\s+)?(?:investment|total|amount|sum|package|funding|financing|figure)\s+"
    r"(?:will\s+|would\s+|is\s+to\s+|is\s+expected\s+to\s+)?(?:come|comes|came|be\s+(?:financed|funded|covered|provided))"
    r"\s+(?:from|through|via|by|with)\b"
)
# "will invest $40 million in Perdaman Industries' proposed $3.5 billion urea plant": the size of the project another
# party owns, which the money goes into
_INTO_ANOTHERS_PROJECT_BEFORE = re.compile(
    r"(?:\d|\b(?:billion|million|bn|mn|m))\b[^.;$€£¥₩₹]{0,40}?\b(?:in|into|for|to)\s+(?:[A-Z][\w&.-]*\s+){0,3}?"
    r"[A-Z][\w&.-]*(?:'s|’s|'|’)\s+(?:proposed\s+|planned\s+|new\s+|future\s+)?$"
)
# "a 10% shareholder in Vale's $26 billion copper and nickel spin-off Vale Base Metals": a part of the company too
_PROJECT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:plant|project|facility|mine|complex|refinery|factory|spin-?off|unit|division|subsidiary|"
    r"dam|railway|bridge|port|airport)\b"
)
# "a syndicate of local banks will provide Rs52 billion for the mining project ... and Rs22 billion for the plant":
# money the host's own lenders put up
_LOCAL_LENDERS_PROVIDE = re.compile(
    r"\b(?:local|domestic)\s+(?:commercial\s+)?(?:banks?|lenders?)\b[^.;]{0,30}?\b(?:will\s+|would\s+|to\s+)?"
    r"(?:provide|provides|provided|lend|lends|lent|extend|extends|extended|finance|finances|financed|put\s+up)\b"
    r"(?:(?!\b(?:will|would|while|whereas)\b)[^.;]){0,160}$"
)
# "The Indian PM presented the UAE government with investment proposals worth a total of $1 trillion": what a host
# hopes others will fund
_PROPOSALS_PRESENTED_BEFORE = re.compile(
    r"\bpresent(?:s|ed|ing)?\s+[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,2}?proposals\s+(?:worth|totall?ing|valued\s+at)\s+"
    r"(?:a\s+total\s+of\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
# "The remaining 15% of financing ... will come from this country: $300 million"
_FROM_THE_HOST_ITSELF_BEFORE = re.compile(r"\bcome\s+from\s+(?:this|the\s+host)\s+country\b[^.;$€£¥₩₹]{0,20}$")
_RAISING_BEFORE = re.compile(r"\b(?:raise|raises|raising)\s+" + _QUAL + r"$", re.IGNORECASE)
# "Jio Platforms has raised Rs 87,655.35 crore from leading global technology and growth investors": what many
# unnamed investors put in together.
_RAISED_BEFORE = re.compile(
    r"\b(?:raised|has raised|have raised)\s+(?:a\s+total\s+of\s+)?" + _QUAL + r"$", re.IGNORECASE
)
# "Lucid Motors had raised a total of $131 million in funding prior to the PIF's investment": what a company had
# raised before the news, from others.
_HAD_RAISED_BEFORE = re.compile(
    r"\bhad\s+(?:already\s+)?raised\s+(?:a\s+total\s+of\s+)?" + _QUAL + r"$"
    # "has been able to raise a whopping sum of Rs 1.75 lakh crore": the sum of all it raised, from many backers
    r"|\brais(?:e|ed|ing)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:sum|total)\s+of\s+" + _QUAL + r"$",
    re.I,
)
_CAPITAL_RAISED_TO_BEFORE = re.compile(
    r"\bcapital(?:\s+base)?\s+of\s+(?:the\s+)?[^.;$€£¥₩₹]{0,80}?\s+to\s+(?:about\s+|around\s+|some\s+)?$", re.I
)
_ECONOMIC_IMPACT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?" + _ECONOMIC_IMPACT + r"\b", re.IGNORECASE)
_SIZED_GROUP_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Group|Corp|Corporation|Holdings|conglomerate|group|empire)\b"
    # "the 50-billion euro company expects": a company described by its size, unless it is a venture being set up
    r"|^\s+(?:(?!joint\b|venture\b|investment\b|project\b|holding\b)[a-z-]+\s+){0,2}?"
    r"(?:company|firm|group|conglomerate|giant|multinational|corporation|empire)\b"
)
_REMITTANCES = re.compile(r"\bremittances?\b", re.IGNORECASE)
_ON_AVERAGE_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:on average|on an average)\b", re.I)
_ON_AVERAGE_BEFORE = re.compile(
    r"\b(?:on average|on an average|an average of)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
_PROCEEDS_BEFORE = re.compile(
    r"(?:\b(?:netting|netted|nets|pocketing|pocketed|pockets|pocket|realising|realizing|realised|realized)\s+"
    r"(?:it\s+|them\s+)?"
    r"(?:an?\s+(?:aggregate|total|sum)\s+of\s+)?"  # "We will have realised an aggregate of almost $3 billion"
    # "The buyout delivers a payday of almost A$2.5 billion each for founders": what the sellers receive
    r"|\b(?:payday|windfall|payout)\s+of\s+)" + _QUAL + r"$",
    re.I,
)
_FROM_MANY_INVESTORS_AFTER = re.compile(
    r"^\s*from\s+(?:a\s+(?:host|number|range|group|slew)\s+of\s+|several\s+|various\s+|multiple\s+|(?:\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?(?:investors|backers|shareholders|funds)\b",
    re.IGNORECASE,
)
_BRACKETED_EQUIVALENTS = re.compile(
    r"^\s*(?:\([^()]{0,40}[$€£¥₩₹\d][^()]{0,40}\)|,\s*[^()]{0,40}[$€£¥₩₹\d][^()]{0,30}\))"  # or a bracket's rest
)
_NAMED_BODY_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w&'’.-]*\s+){0,4}(?:Investment Authority|Investment Fund|Wealth Fund|Investment Corporation|"
    # "The CAD155bn (€118bn) Canada Pension Plan Investment Board (CPPIB) is set to acquire"
    r"Public Investment Fund|Holding Company|Investment Board|Pension Fund|Pension Plan|Retirement System)\b"
)


# "Singapore's US$344 billion GIC led the sovereign investor pack": a figure between a country's possessive and a
# body's acronym is that body's size; "Korea's $7 billion LNG project" is a project.
_OWNERS_BEFORE = re.compile(r"(?:'s|’s)\s+(?:[A-Z]{1,3}\$|\$)?$")
_ACRONYM_BODY_AFTER = re.compile(
    r"^\s+[A-Z]{2,6}\s+(?!(?:deal|project|plant|investment|stake|fund|loan|package|facility|programme|program|"
    r"factory|bid|offer|acquisition|takeover|expansion|refinery|terminal|port|mine|complex|scheme|plan)\b)[a-z]"
)
_NAMED_FUND_AFTER = re.compile(r"^\s+(?:[A-Z][\w&'’.-]*\s+){1,3}?Fund\b")
# "the first for the US$7.5-billion GSIA, which was formed ... to buy into infrastructure": a vehicle's size
_INITIALS_DESCRIBED_AFTER = re.compile(
    r"^\s+[A-Z]{3,6},\s+(?:which|that)\s+(?:was|were|is|has been)\s+(?:formed|set up|launched|created)\b"
)
_FUNDS_OWN_AFTER = re.compile(r"^\s+(?:(?:sovereign|wealth|pension|oil|investment)\s+)*fund(?:'s|’s)\s")


# "MGX, a $100 billion investment vehicle, is also...": an appositive giving the size of the body just named.
_APPOSITIVE_BEFORE = re.compile(r"[A-Z][\w&.-]*,\s+(?:an?|the)\s+$")
_SIZE_NOUN_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:vehicle|fund|firm|company|group|conglomerate|asset manager|investor|lender|bank)"
    r"\s*[,;)]",
    re.IGNORECASE,
)


# "The Commission has approved a €90 million Hungarian measure to support Samsung SDI": a regulator clearing a
# government's aid to a company; whoever is named, the money is that government's spending at home.
_APPROVES_BEFORE = re.compile(
    r"\b(?:approv(?:e|es|ed|ing)|clear(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|green-?light(?:s|ed)?|"
    r"signs? off on|signed off on)\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+){0,2}?" + _QUAL + r"$",
    re.IGNORECASE,
)
_AID_TO_A_COMPANY_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:(?:measure|scheme|state aid|aid|support|subsid(?!iar)\w*|grants?)\s+"
    r"(?:to support|to help|to back|in support of|for|to)\b|(?:fund|funding|package)\s+(?:to support|for)\s+[A-Z])",
    re.IGNORECASE,
)


_INVEST_VERB_BEFORE = re.compile(
    r"\b(?:invest|invests|investing|put|puts|putting|pour|pours|deploy|deploys)\s+" + _QUAL + "$"
)


_SINCE_AN_EARLIER_DEAL_BEFORE = re.compile(
    r"\b(?:largest|biggest|first|most)\b[^.;$€£¥₩₹]{0,50}\bsince\s+(?:its|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_DOMESTIC_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?domestic\s+(?:[\w-]+\s+)?(?:deals?|megadeals?|mergers?|acquisitions?|"
    r"transactions?|investments?|spending|projects?)\b",
    re.IGNORECASE,
)


# "The deal marks the latest in a series of ... transactions for Brookfield, including the recent acquisition of Duke
# Energy's commercial renewables business for $2.8 billion": the deals before this one.
_SERIES_RECALLED_BEFORE = re.compile(
    r"(?:\b(?:latest|newest|last|third|fourth|fifth)\s+in\s+a\s+(?:series|string|run|spate|line|raft)\s+of"
    # "The transaction tops the list of multi-crore deals in the sector, including the ₹9,100 crore stake sale"
    r"|\b(?:tops|topped|heads|headed|leads|led)\s+(?:the\s+)?list\s+of)\b[^.;]{0,120}?"
    r"\b(?:including|such as|after)\b[^;]*$",
    re.IGNORECASE,
)


_BUILDING_CONTRACT_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?contracts?\s+(?:to|for)\s+(?:the\s+)?(?:build|construct|lay|upgrade|rehabilitate|"
    r"design|install|construction|building|laying|rehabilitation)\b",
    re.IGNORECASE,
)
# "Intel previously had agreed to a similar $30 billion deal with Brookfield": an earlier deal set beside this one.
_SIMILAR_EARLIER_DEAL_BEFORE = re.compile(
    r"\b(?:previously|earlier|already)\b[^.;$€£¥₩₹]{0,40}\b(?:a|an)\s+similar\s+(?:[\w-]+\s+)?$"
    # "China Development Bank had agreed to a similar deal in February 2009 ... in return for $25 billion loan"
    r"|\bhad\s+(?:agreed|signed|struck)\s+(?:to\s+)?(?:a|an)\s+similar\s+(?:deal|agreement|arrangement)\b[^.;$€£¥₩₹]{0,200}$",
    re.IGNORECASE,
)
# "For investors to be qualified, the province requested investment capital of at least US$1 billion": a threshold.
_REQUIREMENT_BEFORE = re.compile(
    r"\b(?:request\w*|requir\w*|demand\w*|stipulat\w*|must\s+(?:have|show|bring|commit))\b[^.;$€£¥₩₹]{0,50}?"
    r"\b(?:at least|a minimum of|no less than|minimum)\s+$",
    re.IGNORECASE,
)


def a_standing_valuation(sentence: str, start: int) -> bool:
    """ "a fraction of Wood Group's valuation of around 1.66 billion pounds": what a company was worth, not a price."""
    return _STANDING_VALUATION_BEFORE.search(sentence, max(0, start - 80), start) is not None


# "The transaction will be financed through a mix of cash ($1.2 billion) and new debt ($3.6 billion)",
# "It will finance the acquisition with ¥679 billion of bank loans", "would finance the deal via a capital increase of
# 1.8 billion euros", "will be paying the whole sum in cash, using €3.5bn of cash at hand": the sources of a price
# already told, not pledges of their own.
_DEAL_FINANCED_BEFORE = re.compile(
    r"\b(?:(?:transaction|deal|acquisition|takeover|purchase|merger|cost|price)\s+(?:will|would|is|was|is\s+to|to)?\s*"
    r"(?:be\s+|being\s+)?(?:financed|funded|paid\s+for)"
    # "SoftBank will fund the acquisition using its existing cash and a term loan of up to £7.3 billion"
    r"|(?:financ\w*|fund|funds|funding|funded|pay\s+for|pays\s+for|paying\s+for)\s+(?:the|its|this|that)\s+"
    r"(?:(?:latest|proposed|planned|new|whole|entire)\s+)?(?:acquisition|deal|purchase|takeover|transaction|merger))"
    r"\s+(?:through|by|with|via|from|using)\b(?:[^.;]|\.(?=\d))*$"
    r"|\b(?:pay|pays|paying|paid)\b[^.;$€£¥₩₹]{0,40}?\bin\s+cash,?\s+using\b(?:[^.;]|\.(?=\d))*$",
    re.IGNORECASE,
)
# "did $5.3-billion in gross bookings", "$2 billion in annual sales": business done, told after the figure
_BUSINESS_DONE_AFTER = re.compile(
    r"^\s*(?:in|of)\s+(?:(?:annual|yearly)\s+(?:sales|revenues?|turnover)|gross\s+bookings|bookings|revenues?|turnover"
    # "signed $50.7 billion in international contracts": work won abroad, which its clients pay for
    r"|(?:international|overseas|foreign|global)\s+(?:construction\s+)?(?:contracts|orders)"
    # "has booked US$55 billion in global orders from Audi, BMW": what customers will pay it
    r"|(?:(?:new|customer|firm)\s+)?orders)\b",
    re.IGNORECASE,
)
# "China Development Bank is the country's largest overseas lender with $134.6 billion in foreign currency loans": what
# it holds, not a pledge
_LARGEST_HOLDER_BEFORE = re.compile(
    r"\b(?:largest|biggest|top|leading)\s+(?:[\w-]+\s+){0,2}(?:lender|investor|creditor|holder|owner)\s+with\s+"
    + _QUAL
    + r"$",
    re.IGNORECASE,
)
# "Korean builders may win record overseas orders this year of more than $60 billion"
_ORDERS_WON_BEFORE = re.compile(
    r"\b(?:win|wins|won|winning|bag|bags|bagged|land|landed)\s+(?:a\s+)?(?:record\s+)?(?:overseas|international|foreign)\s+"
    r"(?:construction\s+)?(?:orders|contracts)\b[^.;$€£¥₩₹]{0,30}$",
    re.IGNORECASE,
)
# "cut between $150 million and $250 million in costs", "synergies of €35mn-€40mn": savings, not money put in
_SAVINGS_AFTER = re.compile(
    r"^\s*(?:a\s+year\s+)?(?:in|of)\s+(?:annual\s+|yearly\s+)?(?:costs?|cost\s+savings|savings|synergies)\b", re.I
)
_SAVINGS_BEFORE = re.compile(r"\b(?:synergies|cost\s+savings|savings)\s+of\s+(?:up\s+to\s+|about\s+|around\s+)?$", re.I)
# "contribute up to about $600 million to Jaguar/Land Rover pension plans": a seller topping up pensions
_PENSION_TOP_UP_AFTER = re.compile(
    r"^\s*(?:to|into)\s+(?:the\s+|its\s+|their\s+)?(?:[\w/&'’-]+\s+){0,3}pension\b", re.I
)


_WAGE_BILL_AFTER = re.compile(
    r"\s+(?:a\s+year\s+|annual\s+|yearly\s+|each\s+year\s+)?(?:spend|bill|costs?|outlay)\s+(?:to\s+cover|on|for)\s+"
    r"(?:the\s+)?(?:wages|salaries|payroll)\b",
    re.IGNORECASE,
)


_MEASURE_SUBJECT_BEFORE = re.compile(
    r"\b(?:[Ee]xports|[Ii]mports|[Tt]rade\s+(?:exchange|volume|turnover)|[Rr]evenues?|[Ss]ales|[Rr]emittances|"
    r"(?:foreign(?:\s+exchange)?|currency)\s+reserves)\b"
    r"(?:(?!invest|pledg|commit|financ|fund|lend|loan)[^.;$€£¥₩₹])*?"
    r"\b(?:recorded|totall?ed|reached|stood\s+at|amounted\s+to|hit|rose\s+to|fell\s+to|grew\s+to|jumped\s+to|"
    r"dropped\s+to|climbed\s+to|declined\s+to|"
    # "foreign reserves, which the IMF required to be over $14 billion": a level set for a measure
    r"(?:required|expected|projected|forecast)\s+to\s+(?:be|reach|stand\s+at)|"
    # "Apple's iPhone exports contributed over $10 billion": a share of a measure, in a measure's own words
    r"contributed|accounted\s+for|made\s+up)\s+" + _QUAL + r"$"
)
# "contributed in equal measure — nearly $5 billion, as a part of the total smartphone exports": a share of a measure
_PART_OF_A_MEASURE_AFTER = re.compile(
    r"^[^.;$€£¥₩₹]{0,40}?\b(?:part|share|portion)\s+of\s+(?:the\s+)?(?:total\s+)?(?:[\w-]+\s+)?"
    r"(?:exports|imports|sales|revenues?|trade|shipments)\b",
    re.IGNORECASE,
)
_SIZED_MARKET_AFTER = re.compile(r"^\s*(?:[\w-]+\s+(?:and\s+)?){0,4}?(?:market|industry|sector|economy)\b(?!\s+entry)")
_WHOLE_OUT_OF_BEFORE = re.compile(
    r"\d(?:\s*(?:billion|million|trillion|bn|mn|m)\b)?\s*(?:\([^)]*\)\s*)?,?\s+out\s+of\s+(?:the\s+|an?\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:of\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
_UPPER_BOUND_BEFORE = re.compile(
    r"\b(?:could|would|may|might)\s+(?:be\s+worth|rise\s+to|reach|climb\s+to)\s+(?:as\s+much\s+as\s+|up\s+to\s+)?$"
)
_AN_EARLIER_AMOUNT = re.compile(r"[$€£¥₩₹]\s?\d|\d\s*(?:billion|million|trillion|bn|mn)\b", re.IGNORECASE)
_KEPT_BEFORE = re.compile(r"\b(?:retain(?:s|ed|ing)?|kept|keeps|keeping)\s+" + _QUAL + r"$", re.IGNORECASE)
# A market the money comes from: "in an initial public offering", "through a rights issue", "from a bond sale".
_FROM_THE_MARKETS_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:in|through|via|from|with)\s+(?:an?\s+|its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:initial public offering|IPO|public offering|share (?:sale|offering|issue|placement)|rights (?:issue|offering)|"
    r"(?:bond|debt|note) (?:sale|issue|offering)|listing|flotation|placement)s?\b",
    re.I,
)

_PEGGED_AT_BEFORE = re.compile(r"\b(?:pegs?|pegged|pegging)\s+(?:[\w'’-]+\s+){0,4}?at\s+" + _QUAL + r"$", re.IGNORECASE)
_EXPECTATION_OF_BEFORE = re.compile(r"\bexpectations?\s+of\s+" + _QUAL + r"$", re.IGNORECASE)
_FETCH_BEFORE = re.compile(r"\b(?:fetch|fetches|fetched|fetching)\s+(?:[a-z]+\s+)?" + _QUAL + r"$", re.IGNORECASE)
# "raised $28bn (£22bn) with 73 issuances", "brought in $18.2bn (£14.5bn) from 252 offerings", "with $16.3bn
# (£13bn) from 139."
_FROM_MANY_OFFERINGS_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:with|from|across|through)\s+\d+"
    r"(?:\s+(?:issuances|offerings|IPOs|listings|floats|flotations|placements|deals)\b|(?=\s*[.,;]))",
    re.IGNORECASE,
)
_SHARE_SALE_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:initial\s+public\s+offering|IPO|flotation|float|share\s+(?:sale|offering)|rights\s+issue|"
    r"stock\s+offering|public\s+offering)s?\b",
    re.IGNORECASE,
)
_FLOAT_OF_BEFORE = re.compile(r"\b(?:IPO|float|flotation|listing)\s+of\s+(?:[\w-]+\s+){0,4}?" + _QUAL + r"$", re.I)
_BY_SELLING_AFTER = re.compile(
    r"^[^.;$€£¥₩₹]{0,60}?\b(?:through|from|via|by)\s+(?:the\s+|its\s+)?(?:asset\s+(?:sales|disposals)|disposals|"
    r"divestments?|divestitures?|selling|the\s+sale\s+of|sales\s+of)\b",
    re.I,
)


def non_pledge_reason(sentence: str, start: int, end: int) -> str | None:
    """Why the amount at [start, end) measures something other than a pledge, or None when it may be one."""
    before = sentence[max(0, start - 80) : start]
    # "$170bn (£103bn, €125bn) of assets under management": the words after the bracketed equivalents.
    after = _BRACKETED_EQUIVALENTS.sub("", sentence[end : end + 120], count=1)[:80]
    offset = max(0, start - 80)
    if _BREAK_FEE_BEFORE.search(before) or _BREAK_FEE_AFTER.match(after):
        return "a fee for calling a deal off"  # "will cost Ant Financial $30 million in termination costs"
    if _OWES_BEFORE.search(before):
        return "a debt owed"  # "Fiji owes the Export-Import (Exim) Bank of China about $374.9 million"
    if _FUND_FLOW_BEFORE.search(before) or _FUNDS_DREW_BEFORE.search(before) or _WITHDRAWN_FROM_AFTER.match(after):
        return FUND_FLOWS  # "Japanese funds, in turn, attracted $2.2 billion"
    if _LIQUIDITY_AFTER.match(after):
        return CENTRAL_BANK_LIQUIDITY  # "expected to inject approximately 1 trillion yuan in liquidity"
    if _DEAL_FINANCED_BEFORE.search(sentence, 0, start):
        return "how a deal is paid for"  # "The transaction will be financed through a mix of cash ($1.2 billion)"
    if _BOUGHT_BEFORE_NOW.search(before):
        return "what was paid for something already owned"  # "the Shipyard that it purchased last year for"
    if _BUSINESS_DONE_AFTER.match(after) or _ORDERS_WON_BEFORE.search(before):
        return "business done, not money put in"  # "The company did $5.3-billion in gross bookings"
    if _SAVINGS_AFTER.match(after) or _SAVINGS_BEFORE.search(before):
        return "savings a deal is expected to bring"  # "could cut between $150 million and $250 million in costs"
    if _WAGE_BILL_AFTER.match(after):
        return "a wage bill"  # "with a further £5.5 million annual spend to cover wages for the new employees"
    if _PENSION_TOP_UP_AFTER.match(after):
        return (
            "a payment into pension plans"  # "contribute up to about $600 million to Jaguar/Land Rover pension plans"
        )
    if _SERIES_RECALLED_BEFORE.search(sentence, 0, start):
        return "an earlier deal recalled in a series"  # "the latest in a series of deals for Brookfield, including"
    if _SIMILAR_EARLIER_DEAL_BEFORE.search(sentence, max(0, start - 260), start):
        return "an earlier deal recalled for comparison"  # "Intel previously had agreed to a similar $30 billion deal"
    if _BUILDING_CONTRACT_AFTER.match(after):
        return "a building contract the client pays"  # "a 20-million-euro contract to lay tram lines in Sarajevo"
    if _REQUIREMENT_BEFORE.search(before):
        return "a condition set for investors"  # "requested investment capital of at least US$1 billion"
    if _APPOSITIVE_BEFORE.search(before) and _SIZE_NOUN_AFTER.match(after):
        return "the size of the body the appositive describes"  # "MGX, a $100 billion investment vehicle,"
    if _NAMED_BODY_AFTER.match(after) or (_OWNERS_BEFORE.search(before) and _ACRONYM_BODY_AFTER.match(after)):
        return "the size of the institution it names"  # "the $450 billion Qatar Investment Authority"
    if before.endswith(("the ", "The ")) and (
        _NAMED_FUND_AFTER.match(after) or _FUNDS_OWN_AFTER.match(after) or _INITIALS_DESCRIBED_AFTER.match(after)
    ):
        # "the investor behind the $100 billion Vision Fund", "The $US1.7 trillion fund's stake in Microsoft"
        return "the size of the fund it names"
    if _APPROVES_BEFORE.search(before) and _AID_TO_A_COMPANY_AFTER.match(after):
        return AID_CLEARED  # "approved a €90 million measure to support ..."
    if _RAISING_BEFORE.search(before) or (
        _CAPITAL_RAISE_AFTER.match(after) and not _STAKE_THROUGH_BEFORE.search(before)
    ):
        return "money a company raises from markets"  # "plans to raise up to $50 billion in 2026 to fund..."
    if _RAISED_BEFORE.search(before) and _FROM_MANY_INVESTORS_AFTER.match(after):
        return "what many investors put in together"  # "has raised Rs 87,655 crore from leading global investors"
    if _HAD_RAISED_BEFORE.search(before):
        return "what a company had raised before"  # "had raised a total of $131 million in funding prior to"
    if _ECONOMIC_IMPACT_AFTER.match(after):
        return A_MEASURE  # "projected to have a more than $6B economic impact in the region"
    if before.endswith(("the ", "The ")) and _SIZED_GROUP_AFTER.match(after):
        return A_MEASURE  # "the steel unit of the $23-billion JSW Group": what a group is worth
    if _REMITTANCES.search(sentence, max(0, start - 160), end + 40):
        return A_MEASURE  # "key contributors to Pakistan's remittance inflows ..., collectively sending $11.74 billion"
    if _ON_AVERAGE_AFTER.match(sentence, end) or _ON_AVERAGE_BEFORE.search(before):
        return "an average over past years"  # "the firm invests $1 billion in India on average each year"
    if _MEASURE_SUBJECT_BEFORE.search(sentence, max(0, start - 160), start):
        # "Egyptian exports to the member states of the Agreement to Facilitate and Develop Trade Among Arab States
        # recorded about $6.8 billion": a measure, however long the words that qualify it
        return A_MEASURE
    if re.search(r"\b(?:the|a|an|its)\s+$", before, re.IGNORECASE) and _SIZED_MARKET_AFTER.match(after):
        return A_MEASURE  # "The £38bn home improvement and garden market is a large and growing market"
    if _PART_OF_A_MEASURE_AFTER.match(after):
        return A_MEASURE
    if _WHOLE_OUT_OF_BEFORE.search(before):
        # "equivalent to nearly $90 million out of the estimated total investment of $290 million": the whole
        # project, of which the payer's part was just given
        return "the whole that a part before it comes out of"
    if _UPPER_BOUND_BEFORE.search(before) and _AN_EARLIER_AMOUNT.search(sentence, 0, max(0, start - 5)):
        return UPPER_BOUND  # "values NetCo at €18.8 billion, but could be worth as much as €22bn with earn-outs"
    if _KEPT_BEFORE.search(before):
        return "money a company keeps for itself"  # "while it retained nearly $4 million for operating expenses"
    if _PEGGED_AT_BEFORE.search(before):
        return A_MEASURE  # "the infrastructure investment gap, which the latest Economic Survey pegs at $526 billion"
    if _EXPECTATION_OF_BEFORE.search(before):
        return "what someone expected a figure to be"  # "exceeds the Authority's own expectation of Rs6,258 crore"
    if _FETCH_BEFORE.search(before):
        return "the proceeds a sale is expected to fetch"  # "the monetisation ... can easily fetch Rs1.25 lakh crore"
    if _FROM_MANY_OFFERINGS_AFTER.match(after):
        return "money raised on a stock market across many offerings"  # "raised $28bn (£22bn) with 73 issuances"
    if _SHARE_SALE_AFTER.match(after) or _FLOAT_OF_BEFORE.search(before):
        # "bid to buy Hyundai Motor India Ltd shares in its $3.3 billion initial public offering", "the $5.1bn float
        # of real estate investment trust Lineage": the size of a share sale, which many buyers fill
        return "the size of a share sale"
    if (_RAISED_BEFORE.search(before) or _RAISING_BEFORE.search(before)) and _FROM_THE_MARKETS_AFTER.match(after):
        return "money a company raises from shareholders or bondholders"  # "raised $852.5 million in an IPO"
    if (_RAISED_BEFORE.search(before) or _RAISING_BEFORE.search(before)) and _BY_SELLING_AFTER.match(after):
        return "the proceeds of a sale"  # "has raised nearly 2 trillion yen in cash ... through asset disposals"
    if _PROCEEDS_BEFORE.search(before):
        return "the proceeds of a sale"  # "exited its nearly 6% stake in Delhivery, netting C$298 million"
    if _CAPITAL_RAISED_TO_BEFORE.search(sentence, max(0, start - 120), start):
        return A_MEASURE  # "boosting the equity capital of the Export-Import Bank of Korea to 25 trillion won": a level
    if _DOMESTIC_AFTER.match(after):
        return "a domestic deal"  # "driven by a USD 6.7 billion domestic megadeal"
    if _SINCE_AN_EARLIER_DEAL_BEFORE.search(before):
        return "an earlier deal the new one is measured against"  # "largest acquisition since its $8 billion purchase"
    if _WORLDWIDE_AFTER.match(after):
        return WORLDWIDE_SPENDING
    if _GLOBAL_FUND_AFTER.match(after):
        return "a fund for the whole world, not one country"  # "backed a US$30 billion global infrastructure fund"
    if (
        (_BECOME_A_BEFORE.search(before) and _COMPANY_AFTER.match(after))
        or _COMPANY_TO_REACH_BEFORE.search(before)
        or _MARKET_VALUATIONS_AFTER.match(after)
    ):
        # "Amazon could become a $1-trillion company within one year", "the last company to reach $1 trillion",
        # "retreated from the $1 trillion valuations"
        return "what a company could be worth"
    if _OPPORTUNITIES_IN_BEFORE.search(before):
        return "the size of projects where others seek business"  # "to explore opportunities in the $500 billion ..."
    if (
        _INVESTMENTS_ARE_WORTH_BEFORE.search(before)
        or _HELD_STAKE_WORTH_BEFORE.search(before)
        or _LARGEST_HOLDER_BEFORE.search(before)
    ):
        return A_MEASURE  # "Indian investments in Saudi Arabia are worth $1.5 billion": a stock
    if _SUPPLIES_FOR_BEFORE.search(before) and _PROGRAMME_AFTER.match(after):
        # "where they will manufacture self-propelled howitzers for the $1 billion LAND 8116 program": a contract
        # the company fills, which its customer pays
        return "a programme or contract a company supplies"
    if _PORTFOLIO_LISTED_BEFORE.search(sentence, 0, start):
        return A_MEASURE  # "the cooperation portfolio includes 36 projects ... with a value of $5.7 billion"
    if _STAKE_HELD_VALUED_BEFORE.search(before) and not _ACQUISITION.search(sentence, 0, start):
        return "what a stake already held is worth"  # "With a stake valued at HK$77.3 billion, the insurer ranks"
    if _TURNED_DOWN_BEFORE.search(before) or _TURNED_DOWN_AFTER.match(after):
        return "an offer turned down"  # "MTN's offer of $600 million was deemed too low", "rejected a $5.5 billion bid"
    if _FUND_COMMITMENTS_LIFTED_BEFORE.search(before):
        return "a fund's commitments from all its investors"  # "lifts commitments into the NIIF Master Fund to $2.1bn"
    if _SHARE_OF_THE_TOTAL_AFTER.match(sentence, end) and _FLOW_NOUN.search(sentence):
        # "contributing SR202 billion ($54 billion), which represents 23% of the total FDI stock in the Kingdom"
        return "one investor's share of an investment statistic"
    if _OWN_CAPITAL_BEFORE.search(before):
        return A_MEASURE  # "the total volume of its capital exceeds $12 billion": what a fund holds
    if _LIST_LABEL.match(sentence) and (_SHARE_AFTER.match(sentence, end) or _SHARE_BEFORE.search(before)):
        return "a share of a total in a list of statistics"  # "- Spain: 17.3% (approximately $5.9 billion)"
    if _GOODS_ON_OFFER_BEFORE.search(before):
        # "is ready to offer a wide range of industrial and agricultural products worth over $1 billion"
        return "goods offered for sale"
    if _TAX_CLAIMED_BEFORE.search(before):
        return A_MEASURE  # "exempted its unit from tax claims worth about $773 million"
    if _RESULTS_FORECAST_BEFORE.search(sentence, max(0, start - 140), start):
        return A_MEASURE
    if _SALES_TOWARD_BEFORE.search(before):
        return A_MEASURE  # "could take its turnover toward EUR 1 bln"
    if _OUTDONE_BEFORE.search(before):
        return "an earlier deal recalled for comparison"  # "beating the $60 billion deal between brewers ... in 2008"
    if _FROM_BEFORE.search(before) and _IN_A_YEAR_AFTER.match(after):
        return "the past level a measure grew from"  # "to triple to $1 trillion by 2020 from $357 billion in 2011"
    if (_MANY_PROJECTS_BEFORE.search(before) or _MANY_PROJECTS_AFTER.match(after)) and not (
        _SIGNED_COUNT_BEFORE.search(before) or _SIGNED_AFTER.match(after)
    ):
        # "644 new projects with total registered capital of 4.77 billion USD", "registered to be added to 248
        # existing projects": a statistic over scores of projects; "signed 25 agreements worth $23 billion", "over 70
        # agreements worth $15 billion were signed" is one package signed at once
        return "the total of scores of projects"
    if _PUBLIC_BUDGET_AFTER.match(after):
        return "a government's budget"  # "set to secure another ¥252.5 billion in an extra budget to support chips"
    if (
        _TARGET_OF_BEFORE.search(before)
        or _TARGET_AFTER.match(after)
        or (_SHARE_OF_BEFORE.search(before) and _GOAL_AFTER.match(after))
    ):
        # "set themselves a 65 billion-pound ($90 billion) trade and investment target", "exceeded the investment
        # target of 3.5 trillion yen": an aim, which nobody in particular has promised to pay
        return "a target, not a pledge"
    if (
        _FOR_THE_BEFORE.search(before)
        and _A_PROJECT_AFTER.match(after)
        and _AN_EARLIER_AMOUNT.search(sentence, 0, max(0, start - 5))
    ) or (_AID_FOR_A_PROJECT_BEFORE.search(before) and _A_PROJECT_AFTER.match(after)):
        # "a $4.7 billion loan for the $20 billion project", "Germany stepped up its subsidy to launch the
        # 30-billion-euro factory project"
        return "the cost of the project another amount pays for"
    if _MEASURE_RAISED_TO_BEFORE.search(sentence, max(0, start - 140), start):
        return A_MEASURE  # "expected to boost Ecuador's non-oil exports in the next 10 years to between US$3 billion"
    if _FOR_MANY_COUNTRIES_AFTER.match(after):
        return "money for many countries"  # "a whopping Rs 7,569 crore as aid for foreign nations"
    if _RUNNING_TOTAL_BEFORE.search(before) and _THIS_TOTAL_BEFORE.search(before):
        return "a running total told before"  # "This year's investment will bring this number to over $100 billion"
    if _REMITTANCES_BEFORE.search(sentence, max(0, start - 140), start):
        return A_MEASURE  # "Pakistan-bound money transfers from Saudi Arabia during the month reached a total of"
    if _CHANGED_BY_BEFORE.search(before):
        return "how much a figure changed"  # "cutting its initial offer by nearly $900 million"
    if _ADDED_TO_REVENUE_AFTER.match(after):
        return A_MEASURE  # "add $10bn to its annual revenues"
    if _RESTRUCTURING_AFTER.match(after):
        return "what a restructuring costs"  # "part of a US$11 billion (RM46.1 billion) global restructuring plan"
    if _FUND_CLOSED_AT_BEFORE.search(before) or _FUND_BROUGHT_TO_BEFORE.search(before):
        return (
            "a fund's size"  # "Fund III, which closed at a record-breaking $14 billion", "brings NIIF Master Fund to"
        )
    if _DEALS_TALLY_BEFORE.search(before):
        return "a tally of many deals"  # "takes China's announced outbound M&A tally to about $100 billion"
    if _PAST_YEARS_RECORD_BEFORE.search(before):
        return "a past year's record"  # "nearing last year's record $104 billion"
    if _RANKED_PAST_A_THRESHOLD_BEFORE.search(before):
        return "a threshold others are counted by"  # "the third that exceeds one billion euros"
    if _ESTIMATES_OF_BEFORE.search(before):
        return "what others estimate a thing is worth"  # "in line with analyst estimates of around $100 billion"
    if _PERCENT_CHANGE_BEFORE.search(before) or _PERCENT_MOVE_TO_BEFORE.search(before):
        return "a year's flow described by its change"  # "lifted capital deployment by 34 per cent, committing..."
    if _INTO_ANOTHERS_PROJECT_BEFORE.search(before) and _PROJECT_AFTER.match(sentence, end):
        return "the size of the project the money goes into"
    if _FROM_THE_HOST_ITSELF_BEFORE.search(before):
        return "money the host country puts up itself"
    if _PROPOSALS_PRESENTED_BEFORE.search(sentence, max(0, start - 160), start):
        return "proposals a host puts to investors"
    if _LOCAL_LENDERS_PROVIDE.search(sentence, max(0, start - 220), start):
        return "money the host's own lenders provide"
    if _PART_FUNDED_FROM_AFTER.match(sentence, end):
        return "how a total told before is paid for"
    ranked = _INFLOWS_RANKED.search(sentence)
    if ranked and ranked.start() < start:
        return "inflows ranked by where they went"
    measure = next(
        (
            m
            for m in _MEASURE_BEFORE.finditer(before)
            # "China's Export-Import Bank will lend": a capitalised word inside a sentence is part of a name, but
            # "the GDP of Laos - at $8.3 billion" is an abbreviation of a measure.
            if not (m.group(0)[0].isupper() and not m.group(0)[:3].isupper() and offset + m.start() > 0)
        ),
        None,
    )
    if measure is None and _MEASURES_LISTED.search(sentence, 0, start):
        return A_MEASURE  # "it has recorded losses for four consecutive years: 5.5 billion won in 2021, 47 billion..."
    if measure and _project_valued(before[: measure.end()]):
        measure = None  # "a factory, an investment the company valued at $10 billion": the project's size
    if measure and _SHARES_BOUGHT_BEFORE.search(before):
        measure = None  # "had bought 103.6 million shares of Daimler stock, worth $9 billion": the shares' price
    if (
        measure
        and re.search(r"\bfor\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$", before)
        and (_ACQUISITION.search(sentence))
    ):
        measure = None  # "will acquire VRIH, which owns tight oil and gas assets in the U.S. for $1.3 billion": a price
    if _VALUATION_AFTER.match(after):
        # "to buy Saeta Yield from Brookfield at a $1.4bn valuation": what the target is worth, whoever pays
        return VALUATION_IN_A_TAKEOVER if _ACQUISITION.search(sentence) else A_MEASURE
    if measure:
        if (_VALUING_BEFORE.search(before) or _WHOLE_VALUE.search(measure.group(0))) and (
            _ACQUISITION.search(sentence) or _PRICE_IMPLIES.search(before) or _BID_FOR.search(before)
        ):
            return VALUATION_IN_A_TAKEOVER
        return A_MEASURE
    if (
        _STATISTIC_BEFORE.search(before)
        and not _PROJECT_ESTIMATE_BEFORE.search(before)
        and not _PLEDGED_TOTAL_BEFORE.search(before)  # "pledged investments totalling $5 billion" is a pledge
        # "Sovereign investments into digitisation, which include data centres, ..., reached $27.7bn in 2024": with
        # the year after it, the measure may be named far back at the start of the sentence.
        and (
            _FLOW_MEASURED.search(sentence[:start] if _IN_A_YEAR_AFTER.match(after) else before)
            # "foreign direct investment inflows (balance of payments basis, flow) for the first half of 2025
            # (January-June) totaled $34.265 billion": the flow and its period named further back
            or (_FLOW_NOUN.search(sentence, 0, start) and _PERIOD_NAMED.search(sentence, 0, start))
        )
    ):
        return "a statistic of investment or trade over a period"
    if _FDI_WORDS.search(sentence, 0, start) and (_LAST_YEAR_AFTER.match(after) or _FISCAL_YEAR_AFTER.match(after)):
        # "Foreign direct investment from France has kept rising in Peru, with French companies investing around 220
        # million U.S. dollars in numerous sectors in the country last year": last year's flow; "with investments
        # from the country rising to $4.2 billion in the financial year 2024–25", "from $3.4 billion in FY24": a
        # fiscal year's flow
        return "a statistic of investment or trade over a period"
    if _SPENT_IN_A_PAST_YEAR_AFTER.match(after):
        return "what was spent in a past year"  # "an increase from the nearly $6.3 billion it spent last year"
    if _YEAR_SPENT_BEFORE.search(before) and _IN_A_YEAR_AFTER.match(after):
        return "what was invested in a past year, with no destination"
    if _YEAR_SPENT_BEFORE.search(before) and _AVERAGE_AFTER.match(after):
        return "a yearly average of what was invested"
    if _WORTH_BEFORE.search(before) and _PER_YEAR_AFTER.match(after):
        return "what a supply contract is worth each year"  # "could be worth about $762 million per year"
    if _YIELD_AFTER.match(after):
        return "what a project is expected to return or add each year"  # "$2.5 billion in yearly economic activity"
    if _SUPPLIERS_AFTER.match(after):
        return "money spent with suppliers: purchases, not investment"
    if _AID_TOTAL_BEFORE.search(before):
        return "a country's total aid or lending over a period"
    if _RANKING_BEFORE.search(before) or _RANKED_PLACE_BEFORE.search(before):
        return RANKING
    if before.rstrip().endswith("(") and _RANKED_ROWS_BEFORE.search(sentence, 0, start):
        return RANKING
    if _SHARE_OF_A_TOTAL_BEFORE.search(before):
        return "a share of a total, told as a percentage first"
    if _CHANGE_ON_A_YEAR_AFTER.match(after) or _CHANGE_TOLD_AFTER.match(sentence, end):
        return "a statistic compared with a year before"
    if _REQUEST_AFTER.match(after):
        return "money asked for, not pledged"
    if _REACHED_BEFORE.search(before) and _BY_A_DAY_AFTER.match(after):
        return "a running total on a date"
    if _INSTALMENT_AFTER.match(after):
        return "an instalment of a deal"
    if _CAME_FROM_INVESTORS_AFTER.match(after):
        return "a part of a flow, by where it came from"
    if _DEAL_FUNDED_BY_BEFORE.search(before):
        return "the financing of a deal's price"
    if _A_YEARS_LEVEL_BEFORE.search(before):
        return "a past year's level, for comparison"
    if _NAMED_BEFORE_A_DASH.search(before) and _A_PROJECTS_NOUN_AFTER.match(after):
        return "the size of a project named before it"
    if (
        (_FDI_WORDS.search(sentence) or _RECORD_INVESTMENT.search(sentence))
        and _FDI_PERIOD.search(sentence)
        and _PAST_FLOW_VERB.search(sentence)
        and not _PLEDGING_WORD.search(sentence)
    ):
        return "investment flows over a period (FDI statistics)"
    near = (
        _words(before, 8, last=True) + " " + _words(after, 6, last=False)
    )  # "of registered foreign direct investment"
    if (_FLOW_NOUN.search(near) and _PERIOD_AFTER.match(after)) or (
        # "the total investment flow from all countries into India during 2013-14 — Rs 147,518 crore"
        _PERIOD_JUST_BEFORE.search(before) and _FLOW_NOUN.search(before)
    ):
        return "investment flows over a period (FDI statistics)"
    if (
        _TRADE_VERB_BEFORE.search(before)
        and not _project_valued(before)
        # "The deal to acquire 100% of the shares of the airport ... is worth $415 million": the deal's price
        and not (_DEAL_SUBJECT.match(sentence) and _IS_WORTH_BEFORE.search(before))
        and not (re.search(r"\bmade\s+\w+\s*$", before, re.I) and _OFFER_AFTER.match(after))
        # "Brookfield bought a £1.75 billion ($2.3 billion) stake in four offshore wind farms": a stake bought is a deal
        and not (_BOUGHT_OR_SOLD_BEFORE.search(before) and _STAKE_AFTER.match(after))
        # "Tata Steel bought Corus for $13.7 billion": the price of a company bought
        and not _COMPANY_BOUGHT_FOR_BEFORE.search(before)
    ):
        if _VALUING_BEFORE.search(before) and (_ACQUISITION.search(sentence) or _DEAL_VALUES.search(before)):
            return VALUATION_IN_A_TAKEOVER
        return "a past sale, purchase or result"
    if _FINANCING_OF_A_DEAL.match(sentence):
        return "how a deal counted elsewhere is paid for"
    if (
        _COMPANY_PLAN_AFTER.match(after)
        # "Kia's recent launch of a $25bn strategy intended to make it a leader in EVs": a group's plan, placed nowhere
        or (
            _STRATEGY_AFTER.match(after)
            and not re.match(r"[^.;]{0,60}?\b(?:in|into|to)\s+(?:the\s+)?[A-Z][a-z]", after)
        )
    ) or (
        # "launched its transition strategy in 2021, with plans to invest around $23 billion through 2026 in
        # renewables": a company-wide plan that names no country
        _STRATEGY_PLAN_BEFORE.search(before) and not re.match(r"[^.;]{0,50}?\b(?:in|into|to)\s+(?:the\s+)?[A-Z]", after)
    ):
        return "a company's spending plan with no destination"
    if _LEGISLATION_AFTER.match(after):
        return "a law, bill or stimulus: government spending at home"
    if _SIZE_OF_A_NAMED_BODY.match(after):
        return "the size of the organisation it describes ('the $445-billion QIA is evaluating...')"
    if _HOLDER_FUND_AFTER.match(after) and not _NEW_FUND_NEAR.search(before[-40:] + after[:60]):
        return "the size of a wealth or pension fund, not a commitment"
    if _STAKE_IN_SIZED.search(before) or (_SHARE_OF_THE_BEFORE.search(before) and _A_PROJECT_AFTER.match(after)):
        # "for rights to half of the $US2.3 billion Pilbara project"
        return "the size of a project in which a stake is taken, not the price of the stake"
    if _CAPEX_BEFORE.search(before) or _GUIDANCE_AFTER.match(after):
        return SPENDING_GUIDANCE
    if (
        (
            _MEASURE_AFTER.match(after)
            and not _PAID_IN.match(after)
            and not _BUYING_SECURITIES_BEFORE.search(before)  # "to finance up to $8.5 billion of relief bonds"
            # "plans to invest as much as $5 billion in infrastructure assets": what the money will buy
            and not (_INVEST_VERB_BEFORE.search(before) and re.match(r"\s*in\s+(?:[\w-]+\s+){0,3}?assets\b", after))
        )
        or _DEFICIT_AFTER.match(after)
        or _FOR_IMPORTS_AFTER.match(after)
    ):
        return A_MEASURE
    if _PUBLICLY_FUNDED_AFTER.match(after):
        return "a project the government pays for at home"  # "the $2.1 billion, tax-payer funded rail project"
    if _SAVES_BEFORE.search(before):
        return "money saved, not money put in"  # "will save taxpayers $2.77 billion"
    if _REPAYS_BEFORE.search(before):
        return "a debt repaid, not money lent or invested"  # "struggles to repay $5.9 billion in foreign loans"
    if _TO_ECONOMY_AFTER.match(after) or _BENEFITING_AFTER.match(after):
        return "what a project adds to an economy"  # "contribute $18.9 billion to Qatar's economic output"
    if _TO_BUDGETS_AFTER.match(after):
        return "taxes a project pays into public budgets"  # "contribute almost 19 million lei to local budgets"
    if _LEFT_OVER_AFTER.match(after):
        return "what is left of an earlier commitment"
    if _COST_CHANGE_BEFORE.search(before) or _OVERRUN_AFTER.match(after):
        return "a cost overrun or a change in a project's cost"
    if _ECONOMY_SIZE_AFTER.match(after):
        return "the size of an economy"
    if _POTENTIAL_INVESTMENTS_BEFORE.search(before):
        return "investments a programme hopes for, from no one yet"
    if _THRESHOLD_AFTER.match(after) or _HYPOTHETICAL_BEFORE.search(before):
        return "a threshold or a hypothetical investor"
    if re.match(r"^\s*in the (?:\w+\s+)?(?:quarter|half|fiscal year)\b", after, re.IGNORECASE):
        return "a reported result for a period"
    if _ECONOMY_AFTER.match(after) and not re.search(
        r"\b(?:pump|pour|inject|invest)\w*\s+" + _QUAL + "$", before, re.I
    ):
        return "a contribution to an economy"  # "pump $7.5 billion into the Egyptian economy" is an investment
    if _BOOM_AFTER.match(after):
        return "the size of a market or a boom"  # "the $150 billion data centre and renewables boom"
    if _MARKET_SIZE.search(_words(before, 8, last=True)) and not re.search(r"\binvest", before, re.I):
        return "a market size"
    return None


_COMPARISON_GAP = re.compile(
    r"\b(?:above|below|ahead of|behind|compared with|compared to|versus|vs\.?|than|against|while|whereas|"
    r"and|up from|down from|from|"
    # "a tally of about $100 billion in 2016, nearing last year's record $104 billion"
    r"nearing|approaching|matching|rivall?ing|close to|short of|exceeding|surpassing|eclipsing|topping)\b"
    # "about $21bn, or 40% of the $55bn-worth of acquisitions": the whole of the same measure
    r"|\b\d+(?:\.\d+)?\s?" + PERCENT + r"\s+of\b"
    # "spent 38.5 trillion won on facility expansion last year, or 32.9 trillion won on chips", "33.5 trillion won as
    # of September - 30 trillion won on chips": the same figure restated, or its part
    r"|,\s*or\s*$|\s[-–—]\s*$|\w[-–—]\s+$"
    # "Capital expenditure in the third quarter reached 10.2 trillion won, including 9.1 trillion won on
    # semiconductors": a part of the measure
    r"|,\s*including\s+$"
    # "soared from USD 1.7 billion in Q2 to USD 8.4 billion": the same measure's later level
    r"|^\s*(?:(?:in|during|for|at end-)\s*[\w-]+(?:\s+[\w-]+)?\s+)?to\s+$",
    re.IGNORECASE,
)
_FORECAST_BEFORE = re.compile(
    r"\b(?:attract|attracts|attracting|lure|draw|draws|generate|generates|generating|"
    r"unlock|unlocks|bring in|brings in|brought in|mobili[sz]e|catalyst for|catalyse|catalyze|could see|"
    r"expected to see|(?:could|would|may|might|can)\s+bring|"
    # "seven copper projects could produce 2Mt a year, requiring US$35-45 billion in total investment": a need
    r"requiring|would require|will require|would need|will need|needing|"
    # "with global investment forecasts of $2 trillion over the next five years": an outlook for a whole industry
    r"forecasts?\s+of|projections?\s+of)\s+(?:(?!a\b|an\b)\w+\s+){0,2}" + _QUAL + r"$",
    re.IGNORECASE,
)


# "The plan includes potential investments of $277 billion": what a programme hopes to draw, from nobody yet.
_POTENTIAL_INVESTMENTS_BEFORE = re.compile(
    r"\b(?:potential|possible|prospective|projected|hoped-for)\s+investments\s+(?:of|worth|totall?ing|valued at)\s+"
    + _QUAL
    + r"$",
    re.IGNORECASE,
)


# "has invested more than $9 billion in Kentucky since 1986": a running total of past spending, not a pledge.
_CUMULATIVE_BEFORE = re.compile(
    r"\b(?:has|have|had|having)\s+(?:already\s+|so far\s+|currently\s+)?(?:invested|put|poured|spent|sunk|plowed|"
    r"ploughed|deployed|infused|injected|"
    r"attracted|drawn|lured|received|"
    r"announced|pledged|committed|approved|registered|lent|loaned|provided|disbursed|financed|extended)\s+"
    r"(?:\w+\s+){0,2}?" + _QUAL + r"$",
    re.IGNORECASE,
)
# A simple past over years already gone: "invested $5 billion over the past decade".
_PAST_SPENDING_BEFORE = re.compile(
    r"\b(?:invested|spent|poured|sunk|undertook|provided|lent|loaned|disbursed|deployed|injected|granted)\s+"
    r"(?:\w+\s+){0,2}?" + _QUAL + r"$",
    re.IGNORECASE,
)
# "over the past five years"; "had spent more than $2 billion in Wisconsin in recent years"; "in the recent years"
_OVER_PAST_YEARS = (
    r"(?:(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|decades?)|(?:in|over) (?:the )?recent years)"
)
# "In the recent years, India granted $8 billion loan to Bangladesh": the period told first
_OVER_PAST_YEARS_BEFORE = re.compile(r"\b" + _OVER_PAST_YEARS + r",?\s+(?:[^.;$€£¥₩₹]|\.(?=\d)){0,80}$", re.I)
_OVER_PAST_YEARS_AFTER = re.compile(
    # "disbursed USD 904.5 million in project assistance loans to Bangladesh in the first 10 months of the fiscal year"
    # "which spent 38.5 trillion won ($33 billion) on facility expansion last year"
    r"[^.;]{0,80}?\b(?:" + _OVER_PAST_YEARS + r"|in\s+the\s+first\s+(?:\w+\s+){1,2}?(?:months|quarters?|half)\b|"
    r"last\s+year\b)",
    re.IGNORECASE,
)
_CUMULATIVE_AFTER = re.compile(
    # "since entering the country in 2015", "since its arrival": since the investor came, however it is put.
    r"^[^.;]{0,80}?\b(?:since (?:19|20)\d\d|since the \d{4}s|since it|"
    r"since (?:its|their) \w+|since [a-z]+ing\b|so far|to date|in total|cumulatively|" + _OVER_PAST_YEARS + r"|"
    # "has invested USD 2 billion in Indian firms in the last one year", "into the country this year alone"
    r"(?:in|over|during) the (?:past|last) (?:one )?year|this year alone|so far this year)\b",
    re.IGNORECASE,
)


# "bringing its total investment there to $13.9 billion": the running total after the new pledge.
_RUNNING_TOTAL_BEFORE = re.compile(
    # "has taken its total commitment to the Adani Group to $3.2 billion"
    r"\b(?:bring|bringing|brings|brought|take|taking|takes|took|taken|lift|lifting|lifts|lifted|raise|raising|raised|"
    r"push|pushing|pushes|pushed|boost|boosting|boosts|boosted|increase|increases|increasing|increased)"
    r"\s+(?:its|the|their|his|her|our|this|that|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:'s|’s))\s+(?:[\w'’-]+\s+){0,4}?"
    # "This year's investment will bring this number to over USD 100 billion": the sum told just before
    r"(?:total|tally|cumulative|accumulated|aggregate|number|figure|sum|"
    # "This brings our resource allocation for Bangladesh to more than 8 billion dollars"
    # "The deal making took the level of commercial property transactions to more than $41bn"
    r"commitment|investment|spending|outlay|amount|exposure|holdings|allocation|assistance|lending|level|volume)\b"
    # "bring its aggregate investment in Israel in its 50 years of operating in the country to some $50 billion"
    r"(?:\s+[\w-]+){0,12}?\s+to\s+" + _QUAL + r"$",
    re.IGNORECASE,
)


# "this investment pushes total private sector commitments in digital transformation beyond R$100 billion"
_TOTAL_BEYOND_BEFORE = re.compile(
    r"\b(?:bring|bringing|brings|take|taking|takes|lift|lifting|lifts|push|pushing|pushes)\s+(?:the\s+)?total\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:beyond|past|above)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_RAISED_GOAL = re.compile(r"\b(?:target|goal|aim|ambition|pledge|promise)\b", re.IGNORECASE)
_DEAL_VALUE = re.compile(
    r"\b(?:value|price|cost|size)\s+of\s+(?:the|its|this)\s+(?:deal|transaction|acquisition|takeover|purchase|"
    r"merger|buyout)\b"
    r"|\b(?:deal|transaction|purchase|acquisition)\s+(?:value|price|consideration)\b",  # "the total deal value to"
    re.IGNORECASE,
)
# "The cumulative loan amount provided by JICA for metro projects ... exceeds 1.3 trillion yen".
_SPENDING_GERUND_BEFORE = re.compile(
    r"\b(?:investing|spending|pouring|putting|injecting)\s+(?:\w+\s+){0,2}?" + _QUAL + r"$", re.IGNORECASE
)
_STOCK_OF_INVESTMENTS_BEFORE = re.compile(
    r"(?:(?:'s|’s)\s+(?:existing\s+|total\s+|current\s+)?investments?\s+in\s+"
    # "the investment of Indian companies in the various sectors of the Nigerian economy has reached about $10 billion"
    r"|\binvestments?\s+(?:of|by)\s+[^.;$€£¥₩₹]{0,60}?\bin\s+)[^.;$€£¥₩₹]{0,60}?\b"
    # "Russia's investment in Central Asia's second largest economy lately exceeded $13bn"
    r"(?:(?:lately|recently|now|already)\s+)?"
    r"(?:are|is|was|were|stands?|stood|totals?|totalled|amounts? to|hits|reaches|exceeds|exceeded|surpassed|topped|"
    r"(?:has|have)\s+(?:now\s+)?(?:reached|hit|touched|topped|crossed|exceeded|surpassed))\s+(?:now\s+)?"
    r"(?:estimated|valued|put)?\s*(?:at\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
# "With this new project, Samsung’s total investment in Bac Ninh will reach $8.3 billion": the running total
_TOTAL_WILL_REACH_BEFORE = re.compile(
    r"(?:'s|’s|\bits|\btheir)\s+total\s+investments?\s+(?:in\s+[^.;$€£¥₩₹]{0,40}?\s+)?"
    r"will\s+(?:now\s+)?(?:reach|rise\s+to|climb\s+to|total)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_NTH_OF_A_SERIES = re.compile(
    r"\b\d+(?:st|nd|rd|th)\s+(?:loans?|grants?|projects?|agreements?|investments?|deals?)\b", re.IGNORECASE
)
_CUMULATIVE_NOUN = re.compile(
    # "Samsung is Vietnam's largest foreign direct investor with accumulated investments of $22.4 billion"
    r"(?:\b(?:the|its|their|a|with)|'s|’s)\s+(?:cumulative|accumulated|aggregate)\b"
    r"(?![^.;]*\b(?:will|would|plans?|pledged?)\b)"
    r"|\bcumulative\s+[a-z]+\s+since\b",  # "bringing cumulative investment since the beginning of 2021 to"
    re.I,
)
_PASSIVE_PERFECT_AFTER = re.compile(
    r"^[^.;$€£¥₩₹]{0,40}?\b(?:has|have)\s+been\s+(?:\w+\s+)?(?:injected|invested|poured|put|channell?ed|spent|"
    r"committed|pumped|ploughed|plowed)\b",
    re.IGNORECASE,
)
_FUTURE_PERFECT_BEFORE = re.compile(
    r"\bwill\s+have\s+(?:invested|spent|put|poured|committed)\s+" + _QUAL + r"$", re.IGNORECASE
)
_BY_A_YEAR_AFTER = re.compile(r"[^.;]{0,40}?\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
# A target that is not one investor's promise: trade counted in ("a 65 billion-pound trade and investment target"),
# money a company seeks ("66% of its R72 billion funding target"), or one already met ("exceeded the investment
# target of 3.5 trillion yen set in 2014"). "Japan's $42 billion investment target for India" stays a pledge.
_TARGET_OF_BEFORE = re.compile(
    # "more than double the revenue that we make in Morocco, with a target of two billion euros"
    r"\b(?:(?:trade|funding|fundraising|sales|revenue|export)\w*\s+(?:(?:(?!invest)[^.;$€£¥₩₹]){0,50}?\s)?(?:target|goal)"
    r"|(?:exceeded|met|surpassed|achieved|beat|missed|reached)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:target|goal))\s+of\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_TARGET_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:[\w-]+\s+){0,3}?(?:trade|funding|fundraising|sales|revenue|export)\w*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:target|goal)s?\b",
    re.IGNORECASE,
)
_SHARE_OF_BEFORE = re.compile(r"\d\s?" + PERCENT + r"\s+of\s+(?:its|their|the)\s+" + _QUAL + r"$", re.IGNORECASE)
_GOAL_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:[\w-]+\s+){0,2}?(?:target|goal)s?\b", re.IGNORECASE)
_STAKE_HELD_VALUED_BEFORE = re.compile(
    r"\b(?:stake|holding|shareholding|interest)\s*,?\s+(?:(?:is|was|now)\s+)?(?:valued\s+at|worth)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
# "- United States: $14.703 billion (42.9% share)", "- Reinvested earnings: 84.4% ($28.93 billion)": a labelled line
# giving an item's share of a total.
_LIST_LABEL = re.compile(r"^\s*[-•*–]?\s*[A-Z][\w .'’&/-]{1,40}:\s")
_SHARE_AFTER = re.compile(r"\s*\(\s*\d+(?:\.\d+)?\s?" + PERCENT + r"(?:\s+share)?\b", re.IGNORECASE)
_SHARE_BEFORE = re.compile(
    r"\d+(?:\.\d+)?\s?" + PERCENT + r"\s*\(\s*(?:approximately\s+|about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_SHARE_OF_THE_TOTAL_AFTER = re.compile(
    r"(?:\s*\([^)]{1,40}\))?,?\s+(?:which\s+)?(?:represents|representing|accounting\s+for|accounts\s+for|making\s+up)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?\d+(?:\.\d+)?\s?" + PERCENT + r"\s+of\s+(?:the\s+)?total\b",
    re.IGNORECASE,
)
_OWN_CAPITAL_BEFORE = re.compile(
    r"\b(?:volume|size)\s+of\s+(?:its|their)\s+capital\s+(?:exceeds|exceeded|is|was|stands\s+at|totals)\s+"
    + _QUAL
    + r"$",
    re.IGNORECASE,
)
_GOODS_ON_OFFER_BEFORE = re.compile(
    r"\b(?:offer|offers|offered|offering|showcas\w+|display\w*|exhibit\w*)\b[^.;$€£¥₩₹]{0,80}?"
    r"\b(?:products|goods|produce|commodities|exports)\s+worth\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_TURNED_DOWN_BEFORE = re.compile(
    # "GGP's rejection of a $14.8 billion offer from Brookfield Property"
    r"\b(?:reject(?:ed|s|ing)|turn(?:ed|ing)\s+down|spurn(?:ed|ing)|rebuff(?:ed|ing)|refus(?:ed|ing)|rejection\s+of)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:(?:earlier|previous|initial|first|lower|unsolicited|revised|improved)\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
_TURNED_DOWN_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?(?:bid|offer|proposal)?\s*(?:was|were|had been|has been)\s+"
    r"(?:deemed\s+|considered\s+|judged\s+|seen\s+as\s+)?(?:too\s+low|rejected|turned\s+down|refused|rebuffed)\b",
    re.IGNORECASE,
)
_FUND_COMMITMENTS_LIFTED_BEFORE = re.compile(
    r"\b(?:lifts?|lifted|lifting|brings?|brought|bringing|takes?|took|taking|raises?|raised|pushes?|pushed)\s+"
    r"(?:total\s+|the\s+)?(?:commitments|capital\s+commitments|fund\s+size)\s+(?:into|to|in|for)\s+"
    r"[^.;$€£¥₩₹]{0,60}?\bto\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_TAX_CLAIMED_BEFORE = re.compile(
    r"\b" + _TAX_CLAIM + r"\s+(?:worth|of|totall?ing|amounting to)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_SALES_TOWARD_BEFORE = re.compile(
    r"\b(?:turnover|revenues?|sales|exports)\s+(?:[\w-]+\s+){0,2}?towards?\s+" + _QUAL + r"$", re.IGNORECASE
)
# "cut its operating profit forecast for the financial year to end-March 2026 to 3.2 trillion yen": a forecast
# of results, however long the period named between.
_RESULTS_FORECAST_BEFORE = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|income|turnover)\s+(?:forecasts?|outlook|guidance|estimates?)\b"
    r"[^.;$€£¥₩₹]{0,80}?\b(?:to|of|at)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_OUTDONE_BEFORE = re.compile(
    r"\b(?:beating|beats|beat|surpassing|surpasses|surpassed|topping|tops|topped|eclipsing|eclipses|eclipsed|"
    r"overtaking|dwarfing|dwarfs|outstripping)\s+(?:the\s+|a\s+)?(?:(?:previous|earlier|prior|former)\s+)?"
    r"(?:record\s+(?:of\s+)?)?" + _QUAL + r"$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+" + _QUAL + r"$", re.IGNORECASE)
_SCORES = r"(?:[2-9]\d|\d{3,}|\d{1,3},\d{3})"  # twenty or more: a statistician's count, not one investor's plans
_MANY_PROJECTS_BEFORE = re.compile(
    # "more than 30 EV-related projects have contributed over $13.3 billion"
    r"\b"
    + _SCORES
    + r"\s+(?:(?:new|existing|foreign|investment|FDI|[\w]+-\w+)\s+)*(?:projects|deals|agreements|companies|"
    r"firms|investors|enterprises)\b[^.;$€£¥₩₹]{0,60}$",
    re.IGNORECASE,
)
_SIGNED_COUNT_BEFORE = re.compile(
    r"\b(?:sign|signs|signed|signing|ink|inks|inked|seal|seals|sealed|clinch|clinched|conclude|concluded|struck)\s+"
    r"(?:(?:a\s+total\s+of|some|over|more\s+than|nearly|about|around)\s+)?" + _SCORES + r"\s+[^.;$€£¥₩₹]{0,60}$",
    re.IGNORECASE,
)
_SIGNED_AFTER = re.compile(r"^\s*(?:were|have\s+been|had\s+been|was)\s+(?:also\s+)?(?:signed|inked|sealed)\b")
_MANY_PROJECTS_AFTER = re.compile(
    r"^[^.;$€£¥₩₹]{0,60}?\b(?:to|for|in|across|into)\s+" + _SCORES + r"\s+(?:(?:new|existing|foreign)\s+)*"
    r"(?:projects|deals|companies|firms|enterprises)\b",
    re.IGNORECASE,
)
_PUBLIC_BUDGET_AFTER = re.compile(
    r"^\s*(?:in|from|under|through)\s+(?:an?|the|its|this\s+year's|next\s+year's)\s+"
    r"(?:(?:extra|supplementary|additional|annual|national|state|federal|draft|new|fiscal|\d{4})\s+)*budgets?\b",
    re.IGNORECASE,
)
_FLOW_MEASURED = re.compile(
    r"\b(?:investment|investments|FDI|inflows?|outflows?|stock|trade|exports|imports|acquisitions|deals|M&As?|"
    r"contributions?|lending|loans|aid|assistance|pledges|commitments|"
    # "Apple's total iPhone production by its three suppliers touched $14 billion"
    r"production|output|sales|revenues?|shipments)\b",
    re.IGNORECASE,
)
_FDI_WORDS = re.compile(r"\b(?:foreign direct investment|FDI|inflows?)\b", re.IGNORECASE)
_FISCAL_YEAR_AFTER = re.compile(
    r"^[^.;$€£¥₩₹]{0,30}?\b(?:in|during|for|over)\s+(?:the\s+)?"
    r"(?:(?:financial|fiscal)\s+(?:year\s+)?(?:19|20)\d\d|FY\s?\d{2}(?:\d{2})?\b)",
    re.IGNORECASE,
)
_LAST_YEAR_AFTER = re.compile(r"^[^.;$€£¥₩₹]{0,70}?\b(?:last year|the previous year|a year earlier)\b", re.IGNORECASE)
_SPENT_IN_A_PAST_YEAR_AFTER = re.compile(
    r"^\s*(?:that\s+|which\s+)?(?:it|they|the company|the group|the firm)\s+(?:had\s+)?(?:spent|invested)\s+"
    r"(?:last year|the year before|in (?:19|20)\d\d)\b",
    re.I,
)
_WORTH_BEFORE = re.compile(r"\bworth\s+" + _QUAL + r"$", re.I)
_PER_YEAR_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:(?:per|a|each)\s+year|annually|yearly)\b", re.I)
# "paid $800 million for fuel imports in 2016": a trade bill, not an investment.
_FOR_IMPORTS_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:for|on)\s+(?:[\w-]+\s+){0,2}?(?:imports|exports)\b", re.I)
_ALREADY_INVESTED_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+already\s+(?:invested|financed|spent|poured|put|lent|disbursed)\b[^.;$€£¥₩₹]{0,50}$",
    re.IGNORECASE,
)
_SPENT_A_TOTAL_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?(?:invested|spent|poured|put|sunk|ploughed|plowed)\s+"
    r"(?:a\s+)?total\s+of\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_TALLY_REACHED_BEFORE = re.compile(
    r"\b(?:crossed|crosses|surpassed|accumulated|amassed|racked up)\s+"
    r"(?:(?:a\s+)?total\s+of\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
_HAS_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?" + _QUAL + r"$", re.IGNORECASE)
_HELD_INVESTED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:invested|tied up|deployed|parked)\b", re.IGNORECASE)
_COLLECTIVE_HAVE_INVESTED = re.compile(
    r"\b(?:companies|firms|investors|businesses|enterprises|manufacturers|makers|carmakers|automakers)\s+have\s+"
    r"(?:already\s+|so far\s+|now\s+)?(?:invested|put|poured|"
    r"spent)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_CUMULATIVE_LEAD = re.compile(
    r"\b(?:so far|to date|in total|all told|altogether|cumulatively)\b|^\s*Since\s+(?:19|20)\d\d\b"
    # "In the last 48 years, we have extended 2.4 trillion yen": a span of past years, said before the amount.
    r"|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years|decades?)\b"
    r"|\bthis year alone\b|\bso far this year\b"  # "This year alone, we invested $3 billion into India"
    # "Since entering Mexico in 2015, Amazon has invested": the years since the investor arrived.
    r"|\bsince\s+(?:(?:19|20)\d\d\b|the\s+\d{4}s\b|(?:its|their)\s+\w+|[a-z]+ing\b)",
    re.IGNORECASE,
)
_PERFECT_GIVING = re.compile(
    # "it has cumulatively invested ₹16,000 crore in India", "TNECD has supported more than 50 ... projects"
    r"\b(?:has|have)\s+(?:already\s+|cumulatively\s+)?(?:provided|extended|invested|lent|loaned|given|disbursed|spent|"
    r"put|poured|infused|supported)\b"
    r"|\b(?:we|it|they)\s+(?:invested|infused|poured|spent)\b",  # "This year alone, we invested $3 billion"
    re.IGNORECASE,
)
_SINCE_OR_SO_FAR = re.compile(r"\bsince\b|" + _CUMULATIVE_LEAD.pattern, re.IGNORECASE)


_SINCE_A_YEAR_TOTAL = re.compile(
    r"\bsince\s+(?:19|20)\d\d\b[^.;$€£¥₩]{0,60}?\b(?:total|totals|totall?ed|totall?ing|"
    r"add up to|adds up to|added up to|amount to|amounts to|amounted to|come to|comes to|came to)\s+" + _QUAL + "$",
    re.IGNORECASE,
)


_SUPPORTED_WITH_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|so far\s+)?(?:supported|funded|financed|backed|assisted|helped)\b[^.;]{0,140}?"
    r"\bwith\s+(?:\w+\s+){0,2}?(?:loans|investments|grants|funding|financing|aid|assistance)\s+"
    r"(?:of|worth|totall?ing|amounting to)\s+" + _QUAL + "$",
    re.IGNORECASE,
)


def is_running_total(sentence: str, start: int) -> bool:
    """ "bringing its total investment there to $13.9 billion": the sum after an addition, past money included."""
    running_total = _RUNNING_TOTAL_BEFORE.search(sentence, max(0, start - 160), start) or _TOTAL_BEYOND_BEFORE.search(
        sentence, max(0, start - 160), start
    )
    # "bringing the total value of the deal to 2 trillion yen" is the price of one deal; "raise its target for
    # investment in Vietnam to $20 billion" is a new promise, not a sum of money already spent.
    return (
        running_total is not None
        and not _DEAL_VALUE.search(running_total.group(0))
        and not _RAISED_GOAL.search(running_total.group(0))
    )


_HELD_NOW_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:currently|now|still)\s+(?:sitting|held|parked|deposited|outstanding|lodged)\b",
    re.IGNORECASE,
)
_SHARE_OF_A_HELD_TOTAL_BEFORE = re.compile(
    r"\b(?:making up|makes up|made up|make up|accounting for|accounts for)\s+(?:about\s+|around\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_CURRENTLY_HOLDING_BEFORE = re.compile(
    # "CDPQ currently invests C$32bn (£17bn) in the UK": what it holds there now
    r"\b(?:currently|now|already)\s+(?:holding|holds|held|has|have|owns|owning|invests|manages)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_PAST_WINDOW = re.compile(
    # "between 2008 and the first quarter of 2014"
    r"\b[Bb]etween\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+and\s+(?:the\s+(?:first|second|third|fourth|last)\s+"
    r"(?:quarter|half)\s+of\s+|[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
    r"|\b[Ff]rom\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+(?:to|through|until)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)
# "India received $1.5 billion", "Japan's total investment in India ... was only Rs 80,000 crore": a past amount.
_PAST_RECEIPT = re.compile(
    r"\b(?:received|attracted|drew|got|saw|recorded|registered|logged|was|were|stood at|amounted to|totall?ed|"
    # "From 2020 to 2022, Amazon invested an estimated AU$467 million"; "17 Thai firms accounted for about $21bn"
    r"invested|spent|poured|deployed|accounted for)\b"
)


# "over and above the USD 800 million we have already infused": money the speaker has put in.
_ALREADY_PUT_IN_AFTER = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:we|it|they)\s+(?:have|has|had)\s+(?:already\s+)?(?:invested|infused|spent|put|"
    r"poured|deployed|injected)\b"
    # "With approximately $500 billion already deployed, these funds anticipate adding another $1 trillion"
    r"|\s+(?:already|previously)\s+(?:deployed|invested|spent|committed|allocated|put to work)\b"
    # "the total $33.4 billion that foreign-owned businesses have invested in Tennessee"
    r"|\s+(?:that|which)\s+(?:[\w-]+\s+){1,4}?(?:have|has|had)\s+(?:already\s+)?(?:invested|spent|poured|put)\b"
    # "Samsung has invested US$22.4 billion in Viet Nam, becoming the largest foreign investor": a standing total
    r"|\s+(?:in|into)\s+(?:[^,.;]|\.(?=\S)){0,40},\s+(?:becoming|making\s+it|to\s+become)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+)?(?:largest|biggest|top|leading|single\s+largest)\s+(?:foreign\s+)?investor\b"
)


def _window_has_ended(window: re.Match, year: int | None) -> bool:
    """ "between 2000 and 2024" has ended by 2024; "from 2025 to 2030" has not, however the sentence is phrased."""
    last = int(re.findall(r"(?:19|20)\d\d", window.group(0))[-1])
    return year is None or last <= year


_WAS_INVESTED_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+of\s+(?:the|its|their)\s+(?:[^.;]|\.(?=\d)){0,40}?)?\s+(?:was|were)\s+"
    r"(?:already\s+)?"
    r"(?:invested|spent|disbursed|deployed|poured|paid)\b"
)
_COUNTED_PRESENCE_OPENING = re.compile(
    r"\W*There\s+(?:are|were)\s+(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?"
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|businesses|enterprises|projects|investors)\b"
)
_WHICH_HAS_SPENT_BEFORE = re.compile(
    r"\b(?:which|that|who)\s+(?:has|have|had)\s+(?:already\s+)?(?:spent|invested|poured|put)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)


def is_cumulative(sentence: str, start: int, end: int, year: int | None = None) -> bool:
    """A running total of what was already spent ("has invested $9 billion since 1986", "have announced €20
    billion of investments over the past five years", "bringing its total to $13.9 billion") reports a stock.

    `year` is the year of publication: a window of years that ends after it is still to come."""
    before = sentence[max(0, start - 80) : start]
    if is_running_total(sentence, start) or _CUMULATIVE_NOUN.search(sentence[:start]):
        return True
    if _STOCK_OF_INVESTMENTS_BEFORE.search(sentence, max(0, start - 140), start) or _TOTAL_WILL_REACH_BEFORE.search(
        sentence, max(0, start - 120), start
    ):
        return True  # "Qatar's investments in the British economy are estimated at more than 40 billion pounds"
    if _NTH_OF_A_SERIES.search(sentence, 0, start) and re.search(
        r"\b(?:total|totally|totall?ing|in all)\b", before, re.I
    ):
        return True  # "the 15th loan provided by the fund to Guinea, estimated totally KD 63.4 million": all fifteen
    if _FUTURE_PERFECT_BEFORE.search(before) and _BY_A_YEAR_AFTER.match(sentence, end):
        # "Intel will have invested €30 billion in Ireland by 2025": a running total, dated ahead ("will have
        # invested $15.2 billion between 2023 and 2029" is a pledge over a window).
        return True
    if _HAS_BEFORE.search(before) and _HELD_INVESTED_AFTER.match(sentence, end):
        return True  # "Qatar already has more than £40 billion invested in the United Kingdom"
    if _ALREADY_INVESTED_BEFORE.search(before) or _SPENT_A_TOTAL_BEFORE.search(before):
        # "China has already invested or financed a total number of $22billion"; "Google says it has now invested a
        # total of $5 billion in Singapore": what was spent, added up
        return True
    if _TALLY_REACHED_BEFORE.search(before):
        return True  # "the company crossed ₹1 trillion in investments, and has now accumulated ₹115,693.95 crore"
    if _COLLECTIVE_HAVE_INVESTED.search(before):
        return True  # "German companies have invested more than $3.13 billion in Tennessee"
    if _PASSIVE_PERFECT_AFTER.match(sentence[end:]) and _SINCE_OR_SO_FAR.search(sentence):
        return True  # "Since he took office, almost 7 billion dollars ... have been injected into Nuevo León"
    if re.search(r"\b(?:has|have|had)\s+only\s+(?:spent|invested|put|poured|disbursed)\s+" + _QUAL + "$", before, re.I):
        return True  # "Foxconn had only spent around $300 million by the end of the year": money spent so far
    if _SINCE_A_YEAR_TOTAL.search(sentence, max(0, start - 120), start):
        return True  # "projects announced in the state since 2020 total approximately $17 billion": a tally
    if _ALREADY_PUT_IN_AFTER.match(sentence, end):
        return True
    if _WAS_INVESTED_AFTER.match(sentence, end):
        return True  # "About $744 million of the total $3.2 billion was invested after the publication of the report"
    if _COUNTED_PRESENCE_OPENING.match(sentence) or _WHICH_HAS_SPENT_BEFORE.search(before):
        # "There are 1,000 Indian companies in the country, ..., with a total of $2 billion investment"; "Michelin
        # Group, which has spent over EUR 1 billion in the province": what is already there
        return True
    if _PAST_SPENDING_BEFORE.search(before) and (
        _OVER_PAST_YEARS_AFTER.match(sentence, end)
        or _OVER_PAST_YEARS_BEFORE.search(sentence, max(0, start - 120), start)
    ):
        return True  # "where they undertook $102 billion worth of projects over the past five decades"
    if _SPENDING_GERUND_BEFORE.search(before) and _CUMULATIVE_AFTER.match(sentence[end:]):
        return True  # "..., investing $20 billion over the past four years to expand and acquire plants"
    if _CURRENTLY_HOLDING_BEFORE.search(before):
        return True  # "the Qatar Investment Authority currently holding around USD 1.5 billion in FDI in India"
    if _HELD_NOW_AFTER.match(sentence, end):
        return True  # "the USD 15.0 bn long-term deposits currently sitting at the central bank"
    if _SHARE_OF_A_HELD_TOTAL_BEFORE.search(before) and _HELD_NOW_AFTER.search(sentence, end, end + 90):
        return True  # "making up USD 5.3 bn of the USD 15.0 bn long-term deposits currently sitting at the bank"
    window = _PAST_WINDOW.search(sentence, 0, start)
    if window and _window_has_ended(window, year) and _PAST_RECEIPT.search(sentence, 0, start):
        return True  # "Between April 2000 and September 2024, India received $1.5 billion in FDI from Qatar"
    if _SUPPORTED_WITH_BEFORE.search(sentence, max(0, start - 200), start):
        return True  # "JICA has supported several metro projects ... with loans of around ₹87,000 crore"
    if _CUMULATIVE_LEAD.search(sentence, 0, start) and _PERFECT_GIVING.search(sentence, 0, start):
        return True  # "To date, Japan has provided Bangladesh about 1 trillion Yen of loans, 500 billion Yen of grants"
    if not _CUMULATIVE_BEFORE.search(before[-60:]):
        return False
    # "has invested $9 billion since 1986", "So far, Chinese companies have put $15 billion into Hungary", "has already
    # provided loans totalling ¥162.751bn".
    return bool(
        _CUMULATIVE_AFTER.match(sentence[end:])
        or _CUMULATIVE_LEAD.search(sentence[:start])
        or re.search(r"\balready\b|\bcurrently\b|\bhaving\s+(?:invested|spent|put|poured)\b", before, re.I)
    )


_NEW_VERB_IN_GAP = re.compile(
    r"\b(?:invest|spend|pledg|commit|build|buy|acquir|pour|inject|allocat|earmark)\w*|\b(?:put|bought|built|spent)\b"
    # "will receive $6.4 billion in direct funding ... to support the company's $40 billion investment": what the
    # money goes to is another measure
    r"|\bto\s+(?:support|back|help\s+fund|help\s+pay\s+for)\b",
    re.IGNORECASE,
)


_INCLUDING_END = re.compile(r",?\s*including\s+$")
# the amount, then "in" and a capitalised name: "2.5 billion dirhams in CityFibre"
_IN_A_NAME_AFTER = re.compile(r"[^,;]{1,30}?\s+in\s+(?:the\s+)?[A-Z]")


def compares_with_previous(sentence: str, previous_end: int, start: int) -> bool:
    """An amount set against a rejected one ("…, far above China's $44.8 billion") measures the same thing."""
    gap = sentence[previous_end:start]
    if re.match(r"\s*,?\s*(?:while|whereas)\b", gap) and re.search(
        r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:invested|put|poured|spent)\s+(?:\w+\s+)?$", gap
    ):
        return True  # "investments in X are worth $1.5 billion while X has invested $16 million in Y": the other tally
    if _NEW_VERB_IN_GAP.search(gap):
        return False  # "reported a profit of $2.8 billion ... and said it would spend $1 billion": a new verb
    if _INCLUDING_END.search(gap) and _IN_A_NAME_AFTER.match(sentence, start):
        return (
            False  # "invested 125 billion dirhams during 2021 ..., including 2.5 billion dirhams in CityFibre": a deal
        )
    return len(gap) < 150 and bool(_COMPARISON_GAP.search(gap))


# "The figure is expected to increase to US$30 billion": a level a measure is forecast to reach.
_EXPECTED_LEVEL_BEFORE = re.compile(
    # "which Morgan Stanley has estimated will grow to $200 billion": an estimate of what a market will become
    r"(?:\b(?:expected|forecast|projected|set|likely|estimated)\s+to|\b(?:could|may|might)"
    r"|\b(?:estimated|estimates|forecast|forecasts|projected|projects|predicted|predicts)\s+(?:that\s+)?(?:it\s+)?will)"
    # "spending forecast to nearly triple to $1 trillion by 2020"
    r"\s+(?:(?:nearly|almost|more than|roughly|about)\s+)?(?:increase|rise|grow|"
    r"climb|reach|hit|top|exceed|double|triple|jump|surge)(?:\s+to)?\s+(?:an\s+unprecedented\s+)?" + _QUAL + r"$",
    re.IGNORECASE,
)
_PROJECT_ESTIMATE_BEFORE = re.compile(
    # "The total investment is projected to reach 20 billion baht by the second phase": the project's own total
    # "Total investments are expected to exceed 10 billion euros", "the final investment could reach $6.5 billion"
    r"(?:\b(?:[Tt]he\s+)?(?:[Tt]otal|[Ff]inal|[Oo]verall|[Ee]ventual)\s+investments?|"
    r"\b(?:investment|cost)s?\s+(?:for|in|of)\s+(?:the|this)\s+(?:[\w-]+\s+)?"
    r"(?:project|plant|factory|facility|venture))\s+"
    r"(?:(?:is|are|was)\s+(?:estimated|expected|projected|set)\s+to|could|may|might|would|will)\s+"
    r"(?:exceed|top|reach|hit)\s+" + _QUAL + "$",
    re.I,
)
# "US$250 billion as of last month", "$13 billion as at June 30": a level on a date, not a commitment.
_AS_OF_AFTER = re.compile(r"^\s*(?:\)\s*)?,?\s*as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?(?:last|this|[A-Z]\w+|\d)")


# "a project in Nuevo Leon to generate $5 billion in investments": the size of a company's own project.
_PROJECT_GENERATES = re.compile(
    r"\b(?:project|plant|factory|facility|complex|park|campus|hub)\b[^.;$€£¥₩₹]{0,60}?\bgenerat\w*\s+" + _QUAL + r"$",
    re.IGNORECASE,
)


def project_generates(sentence: str, start: int) -> bool:
    return bool(_PROJECT_GENERATES.search(sentence[max(0, start - 140) : start]))


# "with another £100bn expected by 2030": a forecast of flows, not a pledge.
_EXPECTED_BY_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:expected|forecast|projected|predicted)\s+(?:by|in|over|within)\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d|next|coming|end)\b",
    re.IGNORECASE,
)


def is_forecast(sentence: str, start: int, end: int | None = None) -> bool:
    """ "expects to attract more than $150 billion", "another £100bn expected by 2030": an outcome hoped for, not
    money anyone pledged."""
    before = sentence[max(0, start - 60) : start]
    if end is not None and _EXPECTED_BY_AFTER.match(sentence, end):
        return True
    if _PROJECT_ESTIMATE_BEFORE.search(sentence, max(0, start - 100), start):
        return False  # "Total investment for the project is estimated to exceed $500 million": the project's size
    return bool(_FORECAST_BEFORE.search(before) or _EXPECTED_LEVEL_BEFORE.search(before))


_PAST_PERIOD_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:[a-z]+\s+){0,3}?(?:between|from)\s+(?P<first>(?:19|20)\d\d)\s*(?:and|to|-|–)\s*"
    r"(?P<last>(?:19|20)\d\d)\b"
)


_PAST_YEAR = re.compile(r"\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b")
_RECEIVED_BEFORE = re.compile(
    r"\b(?:spent|disbursed|benefited\s+from|benefitted\s+from|received)\s+" + _QUAL + r"$", re.I
)
# "Foxconn Group's total investment in Quang Ninh province now spans to three projects, worth ...", "adds to JSW
# USA's previous USD 145 million investment", "from the current $6.5 billion": money already in place.
_STANDING_TOTAL_BEFORE = re.compile(
    r"\btotal\s+investments?\b[^.;$€£¥₩₹]{0,60}?\b(?:now|so far|to date)\b[^.;$€£¥₩₹]{0,60}$"
    r"|\b(?:previous|earlier|prior)\s+" + _QUAL + r"$"
    r"|\bfrom\s+(?:the\s+|its\s+)?(?:current|existing|present)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_TOTAL_INVESTMENT_TO_BEFORE = re.compile(r"\btotal\s+investments?\b[^.;$€£¥₩₹]{0,80}?\bto\s+" + _QUAL + r"$", re.I)
_FROM_THE_CURRENT_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?from\s+(?:the\s+|its\s+)?(?:current|existing|present)\b", re.I
)
_TOTAL_SINCE_BEFORE = re.compile(
    r"\btotal\s+(?:commitments?|investments?|lending|financing|disbursements?)\b[^.;$€£¥₩₹]{0,80}?"
    r"\b(?:from|since)\s+(?:19|20)\d\d\b[^.;$€£¥₩₹]{0,80}$",
    re.IGNORECASE,
)


def spent_in_a_past_period(sentence: str, end: int, published_year: int, start: int | None = None) -> bool:
    """ "AWS's investment of USD 3.7 billion (Rs 30,900 crore) between 2016 and 2022", told in 2023: money already
    spent over a period that is over; so is "it spent €415.7m on ... in 2017" or "benefited from over €4bn of
    financing in 2017" told in 2018, "the total commitment of the agency from 2010 ... at more than €1.5bn", and
    money already in place (a total "now", a "previous" investment, a sum raised "from the current" one)."""
    match = _PAST_PERIOD_AFTER.match(sentence, end)
    if match is not None and int(match.group("last")) < published_year:
        return True
    if start is None:
        return False
    before = sentence[max(0, start - 160) : start]
    if _TOTAL_SINCE_BEFORE.search(before) or _STANDING_TOTAL_BEFORE.search(before):
        return True
    if _TOTAL_INVESTMENT_TO_BEFORE.search(before) and _FROM_THE_CURRENT_AFTER.match(sentence, end):
        # "would raise Samsung's total investment in Bac Ninh to $8.3 billion from the current $6.5 billion"
        return True
    years = [int(m.group("year")) for m in _PAST_YEAR.finditer(sentence)]
    return (
        bool(_RECEIVED_BEFORE.search(sentence, max(0, start - 40), start))
        and bool(years)
        and max(years) < published_year
    )


_AS_OF_OPENING = re.compile(r"\W*As\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?(?:last|this|[A-Z]\w+|\d)")


def is_level_on_a_date(sentence: str, end: int) -> bool:
    """ "a nest egg of US$250 billion as of last month": the size of something on a date."""
    # "As of March 20, Vietnam has had more than 23,000 FDI projects ..., with a combined registered capital of ..."
    return bool(_AS_OF_AFTER.match(sentence[end : end + 40]) or _AS_OF_OPENING.match(sentence))


_RELATIVE_START = re.compile(r"^\s*(?:which|that)\b", re.IGNORECASE)
# "the CHIPS for America Act", "the Inflation Reduction Act": a law that provides money spends at home.
_NAMED_LAW = re.compile(r"\b[A-Z][\w&-]*(?:\s+(?:for|and|of|the|[A-Z][\w&-]*))*\s+Act\b")
# "France's answer to the $500 billion Stargate project", "small next to the $1.4 trillion", "follows the $1 billion
# promised in 2020": a figure brought in to compare with or to recall, not the pledge the sentence reports.
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:answer to|response to|rival to|next to|dwarfs?|dwarfed|dwarfing|"
    # "would have a higher value than the $38.3 billion acquisition of Xstrata"
    r"(?:smaller|larger|bigger|greater|higher|lower)(?:\s+(?:value|price|sum|amount))?\s+than|follows|followed|"
    r"on top of|in addition to|builds on|adds to|echoes|mirrors)\s+"
    r"(?:(?:the|a|an|its|their|his|her|this|that|last year's|an earlier|the earlier)\s+)?"
    # "tops $40 billion" states a size; "exceeds the $10 billion target" compares with another figure.
    r"|\b(?:eclipses|eclipsed|exceeds|exceeded|surpasses|surpassed|tops|topped)\s+(?:the|its|their|an earlier)\s+)"
    r"(?:[\w’'-]+\s+){0,2}?$"
    # "still a fraction of the United States' proposed $500 billion Stargate plans": the yardstick, not a pledge
    r"|\ba\s+(?:small\s+|tiny\s+)?fraction\s+of\s+(?:[\w’'.-]+\s+){0,4}?$",
    re.IGNORECASE,
)


# "Last year's $1.5 billion pledge", "an earlier $2 billion plan", "its 2019 pledge of $1 billion": a figure dated
# before the news.
_EARLIER_BEFORE = re.compile(
    r"\b(?:last year's|last month's|last week's|an earlier|the earlier|its earlier|their earlier|a previous|"
    r"the previous|its previous|a prior|the prior|the original|its original)\s+(?:[\w-]+\s+){0,2}?" + _QUAL + r"$"
    r"|\b(?:had|have|has)\s+(?:earlier|previously|already)\s+(?:announced|pledged|committed|promised|earmarked|"
    r"invested|spent)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)


_CHANGE_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|versus|vs\.?)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?" + _QUAL + r"$",
    re.IGNORECASE,
)


def is_comparison(sentence: str, start: int, *, alone: bool = True) -> bool:
    """The amount is named to compare with or recall another pledge: "next to the $1.4 trillion promised to
    Washington", "follows the $1 billion promised in 2020". "Compared with $N" beside another amount of the
    sentence is left to consolidate.link_changes_in_sentence, which keeps it as the pledge's earlier figure."""
    before = sentence[max(0, start - 60) : start]
    if alone and _CHANGE_COMPARED.search(before):
        return True
    return bool(_COMPARED_BEFORE.search(before) or _EARLIER_BEFORE.search(before))


_INVESTMENT_NOUN_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:investments?|expansion|plant|factory|facility|project|complex|campus|fab|"
    r"gigafactory|shipyard|mill|refinery|data cent(?:er|re)s?)\b"
    # "after receiving a much anticipated $6 billion loan from the Exim Bank of China": a lender named, not aid
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:loans?|credit|financing|funding)\s+from\b",
    re.IGNORECASE,
)
# "Tesla's Berlin plant, which cost about $5 billion, will...": what an existing thing cost, told in passing.
_PAST_COST_CLAUSE = re.compile(
    r",\s+(?:which|that)\s+(?:[\w-]+\s+){0,3}?(?:cost|had cost|was built for|was bought for|was acquired for|"
    r"opened|was completed|was valued at|was worth|sold for|fetched)\b[^,;]*$",
    re.IGNORECASE,
)


# "When Tesla announced a $5 billion gigafactory near Monterrey in March 2023, officials predicted...": a leading
# clause of time that recalls an earlier announcement.
_PAST_TIME_CLAUSE = re.compile(
    r"^[\"“]?(?:When|After|Ever since|Since|Back in|In (?:19|20)\d\d, when)\s+[^,;]*?\b(?:announced|unveiled|pledged|"
    r"promised|committed|opened|bought|acquired|agreed|signed|invested|built|chose|picked|broke ground)\b[^,;]*$"
)


def is_past_cost_aside(sentence: str, start: int) -> bool:
    """The amount sits in a relative clause that tells what something already cost ("the plant, which cost
    about $5 billion, will get..."): background to the sentence's news."""
    return bool(_PAST_COST_CLAUSE.search(sentence[max(0, start - 100) : start])) or bool(
        _PAST_TIME_CLAUSE.match(sentence[:start]) and "," in sentence[start:]
    )


# "raising its grant for construction of the fab to $3.12 billion": a grant's new size.
_AID_RAISED_TO = re.compile(
    r"\b(?:grants?|subsid(?!iar)\w*|incentives?)\b[^$€£¥₩₹]{0,50}\bto\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)


_LAW_PROVIDES_BEFORE = re.compile(
    r"\b(?:Act|law|bill|legislation)\s+(?:which|that)\s+(?:would\s+|will\s+)?(?:authori[sz]es?|provides?|allocates?|"
    r"sets aside|earmarks?|includes?)\s+(?:over\s+|more than\s+|up to\s+|about\s+|nearly\s+|some\s+)?$"
)
_ACT_AWARDS_BEFORE = re.compile(
    r"\b(?:CHIPS(?: and Science)? Act|Inflation Reduction Act)\s+(?:deals?|awards?|grants?|funding|agreements?)\s+"
    r"(?:with|for|to)\b[^.;$€£¥₩₹]{0,60}(?:\([^()]*\)[^.;$€£¥₩₹(]{0,40})?\($"
)


_GOVERNMENT_LEVEL = r"(?:state|local|federal|provincial|regional|municipal|city|county)"
_FROM_GOVERNMENTS_AFTER = re.compile(
    r"[^.;$€£¥₩₹]{0,20}?\bfrom\s+(?:the\s+)?(?:" + _GOVERNMENT_LEVEL + r"(?:\s+and\s+" + _GOVERNMENT_LEVEL + r")?\s+"
    r"governments?\b"
    # "$175 million from the state's SOAR Fund for economic development"
    r"|(?:state|province|provincial\s+government|government)['’]s\s+(?:[\w-]+\s+){0,3}?(?:fund|programme|program)\b)",
    re.IGNORECASE,
)


# "The state is supporting the project, which will create 250 jobs, with 5.7 billion forints": aid given to a project.
_SUPPORTS_WITH_BEFORE = re.compile(
    r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|assist(?:s|ed|ing)?|subsidi[sz](?:e|es|ed|ing))\b"
    r"[^.;$€£¥₩₹]{0,80}\bwith\s+" + _QUAL + "$",
    re.IGNORECASE,
)


_APPOSITIVE_AMOUNT = re.compile(
    r"\s*(?:worth\s+|valued at\s+|totall?ing\s+)?(?:(?:about|around|up to|nearly|some|roughly|approximately|"
    r"more than|over)\s+)?",
    re.I,
)


_AID_TOTAL_VERB = (
    r"\s+(?:adds?\s+up\s+to|added\s+up\s+to|totals?|totalled|totaled|amounts?\s+to|amounted\s+to|comes?\s+to|came\s+to|"
    r"reaches|reached)\s+" + _QUAL + r"$"
)
# "The Japanese government's financial aid for the two TSMC plants totals about 1.2 trillion yen": aid and its total
_AID_TOTALLING_BEFORE = re.compile(
    r"\b(?:aid|subsid(?:y|ies)|support|grants?|incentives?)\b(?:\s+[\w'’-]+){0,6}?" + _AID_TOTAL_VERB, re.IGNORECASE
)
# "the tax breaks and other incentives Samsung will receive from Taylor, Williamson County, ... and the state of Texas
# add up to about $680 million": a list of the givers between the aid and its total
_AID_FROM_MANY_TOTAL_BEFORE = re.compile(
    r"\b(?:tax\s+breaks|incentives|subsidies)\b[^.;$€£¥₩₹]{0,200}?\bfrom\b[^.;$€£¥₩₹]{0,160}?" + _AID_TOTAL_VERB,
    re.IGNORECASE,
)


# A host's investment-promotion agency, named "Invest <Place>": "Invest Northern Ireland", "InvestHK", "Invest India"
_FROM_AN_AGENCY_OR_GOVERNMENT_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}\s+from\s+(?:the\s+)?Invest\s?[A-Z]"
    # "including a 5 billion euro ($5.5 billion) investment from the German government" for a plant in Dresden
    r"|\s*(?:\([^()]*\)\s*)?(?:investment|funding|support|financing|subsidies|subsidy|aid)\s+from\s+the\s+"
    r"(?:[A-Z][\w-]*\s+)?(?:(?:federal|state|central|national)\s+)?government\b"
)


_FUNDED_UNDER_A_LAW_AFTER = re.compile(
    r"[^.;$€£¥₩₹]{0,100}?\b(?:funded|financed|paid\s+for)\s+(?:through|by|under)\s+the\s+(?:[A-Z][\w-]*\s+){1,5}"
    r"(?:Law|Act)\b"
)


_FROM_A_NAMED_FINANCIER_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?from\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}(?:Investments?|Bank|Fund|Capital|Partners|"
    r"Finance|Financing|Holdings|Group)\b"
)
_LOAN_GRANTED_BEFORE = re.compile(
    r"\b(?:granted|gave|give|gives|offered|extended)\s+(?:\w+\s+){0,2}?(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:loan|credit(?:\s+line)?|line\s+of\s+credit)\s+(?:of|worth|totall?ing)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)


def looks_like_subsidy(sentence: str, start: int, end: int) -> bool:
    """Grants, credits and incentives, money a company receives, or money a government spends."""
    before = sentence[max(0, start - 70) : start]
    after = sentence[end : end + 50]
    if _FROM_AN_AGENCY_OR_GOVERNMENT_AFTER.match(after):
        # "with the assistance of £2.6 million in funding from Invest Northern Ireland", "a 5 billion euro investment
        # from the German government"
        return True
    if _FUNDED_UNDER_A_LAW_AFTER.match(sentence, end):
        return True  # "$750 million for 52 hydrogen projects ... funded through the Bipartisan Infrastructure Law"
    # Only the words on the amount's side of a comma: "..., adds third fab in $65 billion plan" is not the grant.
    pieces = re.split(r"[,;:—–]", before)
    near_before = pieces[-1]
    near_after = re.split(r"[,;:—–]", after)[0]
    if _SUBSIDY_NEAR.search(_words(near_before, 5, last=True)) or _SUBSIDY_NEAR.search(
        _words(near_after, 5, last=False)
    ):
        return True
    if _AID_TOTALLING_BEFORE.search(near_before) or _AID_FROM_MANY_TOTAL_BEFORE.search(sentence, 0, start):
        return True
    if _SUBSIDY_RAISED_TO_BEFORE.search(sentence, max(0, start - 200), start):
        return True  # "Germany stepped up its subsidy to launch the ... project to almost 10 billion Euros"
    if (
        len(pieces) > 1
        and _APPOSITIVE_AMOUNT.fullmatch(near_before)
        and _SUBSIDY_NEAR.search(_words(pieces[-2], 4, last=True))
    ):
        return True  # "the state incentives – about $3.4 million", "an investment grant, worth up to $14.9 million"
    if len(pieces) > 1 and _RELATIVE_START.match(near_before):
        # "the CHIPS for America Act, which would provide $52 billion": the relative clause's antecedent pays.
        antecedent = _words(pieces[-2], 6, last=True)
        if _SUBSIDY_NEAR.search(antecedent) or _NAMED_LAW.search(antecedent):
            return True
    if _SUPPORT_AFTER.match(after) or _SUPPORT_PACKAGE_BEFORE.search(near_before) or _AID_RAISED_TO.search(near_before):
        return True
    if _SUPPORTS_WITH_BEFORE.search(sentence, max(0, start - 120), start):
        return True
    if _FROM_GOVERNMENTS_AFTER.match(after):
        return True  # "incentives and infrastructure investments total $1 billion from state and local governments"
    if _LAW_PROVIDES_BEFORE.search(before) or _ACT_AWARDS_BEFORE.search(before):
        # "the CHIPS and Science Act which authorizes over $280 billion", "CHIPS Act deals with Intel ($8.5B)"
        return True
    if _OFFERED_BEFORE.search(before) and _BID_FOR_AFTER.match(after):
        return False  # "China's State Grid offered R5.2bn for a transmission concession": a bid its bidder pays
    if _LOAN_GRANTED_BEFORE.search(before):
        return False  # "ICBC has granted a loan of US$4.5bn to Angola": a lender lends
    if _FROM_A_NAMED_FINANCIER_AFTER.match(sentence, end):
        return False  # "has secured funding of $100 million (Rs 870 crore) from British International Investment"
    # "Texas will get a $2 billion expansion": what is received is an investment, not a grant.
    return bool(_RECEIVING_BEFORE.search(before)) and not _INVESTMENT_NOUN_AFTER.match(after)


_OFFERED_BEFORE = re.compile(r"(?<!was )(?<!were )(?<!been )\boffered\s+" + _QUAL + r"$", re.IGNORECASE)
_BID_FOR_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:for|to\s+(?:buy|acquire|take\s+over))\b")


# "lures Enel ... with $180M incentive package": the noun right after the amount says it is aid, whoever is lured.
_AID_NOUN_AFTER = re.compile(
    r"\s*(?:in\s+)?(?:[\w-]+\s+)?(?:incentives?|subsid(?:y|ies)|grants?|tax\s+(?:breaks?|credits?|rebates?|incentives?)|"
    r"rebates?)\b",
    re.IGNORECASE,
)


_AID_NOUN_BEFORE = re.compile(
    r"\b(?:incentives?|subsid(?:y|ies)|grants?|tax\s+(?:breaks?|credits?|rebates?|incentives?)|rebates?)\s+"
    r"(?:package\s+|scheme\s+|deal\s+)?(?:worth|of|totall?ing|valued\s+at)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)


def named_as_aid(sentence: str, start: int, end: int) -> bool:
    """The words right after the amount, or right before it, name it as incentives, subsidies, grants or tax breaks
    ("an incentive package worth $715 million to secure the investment")."""
    return (
        _AID_NOUN_AFTER.match(sentence, end) is not None
        or _AID_NOUN_BEFORE.search(sentence, max(0, start - 60), start) is not None
    )


# "picking the Grand Canyon State for the coveted $12 billion project": the state chosen as a site, not a payer
_CHOSEN_BEFORE = re.compile(r"\b" + CHOOSING + r"\s+$", re.IGNORECASE)


def government_subject(subject_zone: str) -> bool:
    """ "The government has set aside...": a bare government as subject spends at home."""
    return any(
        not _CHOSEN_BEFORE.search(subject_zone, 0, match.start())
        for match in _GOVERNMENT_SUBJECT.finditer(subject_zone)
    )


def has_pledge_cue(sentence: str) -> bool:
    """A word of investing, building or buying; a bulleted line ("- DataVolt: $20 billion in AI data centers")
    in a list of commitments counts too, since lists drop the verb."""
    return bool(_PLEDGE_CUE.search(sentence)) or bool(re.match(r"\s*[-•*–]\s", sentence))


_SALE_VERB = re.compile(
    r"(?<![-\w])(?:supply|supplies|supplied|supplying|sell|sells|sold|selling|export|exports|exported|deliver|"
    r"delivers|delivering)\b(?=[^.;]{0,60}\b(?:LNG|gas|oil|crude|equipment|weapons|arms|aircraft|jets|planes|"
    r"tonnes|tons|barrels|electricity|uranium|coal|wheat|grain|soybeans|beef|products|goods|missiles|drones|tanks|"
    r"howitzers|fighters|helicopters|submarines|frigates|warships|ships|vehicles|ammunition)\b"
    # "is selling its standard products business": a business sold, whose buyer the roles already read
    r"(?!\s+(?:business|businesses|unit|units|division|arm|operations|subsidiary)\b))",
    re.IGNORECASE,
)


_ARMS_EXPORT = re.compile(r"\b(?:arms|weapons|defen[cs]e|military)\s+exports?\b", re.IGNORECASE)
# "a $5.76 billion deal with Poland to export tanks" (not "a $65 million factory to supply Toyota": a plant is built).
_SALE_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,25}?\b(?:deal|contract|agreement|order)s?\b[^.;]{0,40}?\bto\s+(?:export|supply|sell|deliver)\b",
    re.IGNORECASE,
)


# "The $142 billion deal will provide the Kingdom with combat equipment from U.S. companies": goods go to the payer.
_PROVIDES_GOODS_AFTER = re.compile(
    # "Nearly $142 billion would be used to provide Saudi Arabia with “state-of-the-art warfighting equipment"
    r"(?:[^.;]|\.(?=\d)){0,25}?\b(?:(?:deal|contract|agreement|package|order)s?\b[^.;]{0,30}?|(?:would|will)\s+be\s+"
    r"used\s+to\s+)\b(?:provide|provides|supply|supplies|equip|equips)\s+(?:[\w'’.-]+\s+){1,4}?with\s+"
    r"(?:[\w'’“\"-]+\s+){0,4}?(?:equipment|weapons|arms|"
    r"aircraft|jets|planes|missiles|drones|tanks|fighters|helicopters|submarines|frigates|warships|ammunition|"
    r"LNG|gas|oil|crude|electricity|uranium)\b",
    re.IGNORECASE,
)


# "a $142 billion US weapons sale to the kingdom": the amount pays for arms the seller ships.
_ARMS_SALE_AFTER = re.compile(
    r"\s+(?:[\w.'’-]+\s+){0,2}?(?:weapons|arms|defen[cs]e|military)\s+(?:sales?|package|deal)\s+(?:to|for)\b",
    re.IGNORECASE,
)


# "a landmark A$10 billion deal on Tuesday to build warships for Australia": goods made for the buyer.
_BUILDS_GOODS_FOR_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,60}?\bto\s+(?:build|supply|deliver|make)\s+(?:[\w-]+\s+){0,3}?(?:warships|frigates|submarines|"
    r"ships|vessels|aircraft|jets|fighters|helicopters|satellites|locomotives|railcars|trains|tanks)\s+for\b",
    re.IGNORECASE,
)


def is_a_sale(sentence: str, start: int, end: int) -> bool:
    """The amount pays for what the subject sells: the roles of a purchase are the other way round."""
    if _BUILDS_GOODS_FOR_AFTER.match(sentence, end):
        return True
    before = sentence[max(0, start - 120) : start]
    if (
        _ARMS_EXPORT.search(before)
        or _ARMS_EXPORT.search(sentence, start, start + 50)
        or _SALE_AFTER.match(sentence, start)
        or _PROVIDES_GOODS_AFTER.match(sentence, start)
        or _ARMS_SALE_AFTER.match(sentence, end)
    ):
        return (
            True  # "signed an arms export deal worth $6.5 billion", "a $5.76 billion deal with Poland to export tanks"
        )
    sales = list(_SALE_VERB.finditer(before))
    return bool(sales) and not _PURCHASE_VERB.search(before[sales[-1].end() :])


_FINANCED_PURCHASE = re.compile(
    r"\s+(?:in\s+(?:credit|loans?|financing|funding)\s+)?for\s+(?:the\s+)?(?P<buyer>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)"
    r"\s+to\s+(?:buy|purchase|procure|import)\b"
)


_GIVING_VERB = re.compile(
    r"\b(?:offer\w*|extend\w*|provid\w*|grant\w*|gave|give\w*|pledg\w*|approv\w*|announc\w*|allocat\w*|earmark\w*)\b",
    re.IGNORECASE,
)


def financed_buyer(sentence: str, money_end: int) -> int | None:
    """ "$500 million for Bangladesh to buy military equipment": where the name of the one the amount is given to,
    to spend on a purchase, starts; None when the amount is not put that way."""
    match = _FINANCED_PURCHASE.match(sentence, money_end)
    # "including $96 billion for Doha to buy up to 210 Boeing planes": without a word of lending or giving, the
    # buyer pays for its own purchase.
    if match is None:
        return None
    if not (
        _LOAN.search(sentence)
        or _GIVING_VERB.search(sentence[:money_end])
        or re.match(r"[^.;,]{0,60}?\bfrom\s+[A-Z]", sentence[match.end() :])  # "to buy rail equipment from India"
    ):
        return None
    return match.start("buyer")


_THE_DEAL = re.compile(
    r"^(?:The|That|This)\s+(?:(?:equity\s+|enterprise\s+)?(?:valuation|value|price|consideration)\s+of\s+the\s+)?"
    r"(?:deal|contract|sale|order|agreement|transaction)\b"
)


def sells_in_previous_sentence(sentence: str, previous: str) -> bool:
    """ "...a plan to sell Pakistan eight Chinese submarines. The deal, worth $5 billion, ...": the deal is the sale
    the sentence before tells, with its amount in the next one."""
    return bool(_THE_DEAL.match(sentence)) and (
        is_a_sale(previous, len(previous), len(previous))
        # "Metro completed the sale of its India operations ... to Reliance Retail. The equity valuation of the deal
        # was pegged at nearly Rs 2,700 crore": the subject sells a business, and its buyer pays.
        or bool(_SOLD_A_BUSINESS_TO.search(previous))
    )


_SOLD_A_BUSINESS_TO = re.compile(
    r"\b(?:the\s+sale\s+of|sold|sells|selling|to\s+sell|divest\w*)\s+(?:its|their)\s+[^.;]{0,160}?\bto\s+[A-Z]"
)


_BUSINESS_BOUGHT = re.compile(
    r"\b(?:stakes?|shares|company|companies|firm|maker|business|unit|division|subsidiary|operator|plant|factory|"
    r"refinery|port|terminal|assets|steelworks|mine|takeover|acquisition|acquire\w*|merger|group|producer|"
    r"manufacturer|refiner|chipmaker|carmaker|automaker|bank|insurer|airline|shipyard)\b",
    re.IGNORECASE,
)
_GOODS_ORDERED = re.compile(
    r"\b(?:aircraft|jets|planes|airliners|LNG|liquefied natural gas|crude|weapons|arms|equipment|tanks|howitzers|"
    r"missiles|drones|fighters|helicopters|soybeans|wheat|grain|beef|coal|cargoes|orders?|ordered)\b",
    re.IGNORECASE,
)


# "a steelmaking coal unit", "an LNG business": the goods name the business bought, not goods ordered.
_BUSINESS_OF_GOODS = re.compile(
    r"\b[\w-]+\s+(?:units?|business(?:es)?|divisions?|subsidiar(?:y|ies)|operations?|mines?|assets|company|"
    r"companies|arm|plants?|terminals?)\b",
    re.IGNORECASE,
)


_BUYS_A_NAME = re.compile(r"\b(?:buy|buys|buying|bought|purchases?|purchased)\s+(?:[A-Z][\w.'’-]*(?:'s|’s)\s+)?[A-Z]")
_DEBT_ASSUMED = re.compile(
    r"\b(?:including|includes|include|plus|and its|assum\w*|taking on|takes on|took on|taken over)\s+(?:\w+\s+){0,3}?"
    r"(?:net\s+)?debts?\b",
    re.IGNORECASE,
)


def pledge_kind(sentence: str, start: int, end: int) -> str:
    """investment, fund, purchase or loan, from the words next to the amount and the sentence's verbs."""
    before = sentence[max(0, start - 80) : start]
    after = sentence[end : end + 70]
    near = _words(before, 8, last=True) + " " + _words(after, 8, last=False)
    if _FUND_AFTER.match(after) or _FUND_BEFORE.search(before):
        return "fund"
    # "for 14.7 billion euros, including debt": the target's debt taken over is part of a price, not a loan
    near = _DEBT_ASSUMED.sub(" ", near)
    if _LOAN.search(near) and not re.search(r"\binvest", near, re.I):
        return "loan"
    if _LOAN.search(sentence) and not re.search(r"\b(?:invest|acqui|buy|bought|purchas|stake)", sentence, re.I):
        return "loan"  # "Under the 43rd ODA Loan Package (2nd batch), Japan will provide 165,319 million yen"
    lead = _words(before, 6, last=True)
    if re.search(r"\binvest\w*", lead, re.I) and not _PURCHASE.search(lead):
        return "investment"  # "investment agreements on the project worth $2.5 billion and deals to buy its power"
    if _PURCHASE_VERB.search(near) or (_PURCHASE.search(near) and _PURCHASE_VERB.search(sentence)):
        # Buying a company, a stake or a plant is foreign direct investment; buying goods is a purchase.
        goods = _GOODS_ORDERED.search(_BUSINESS_OF_GOODS.sub(" ", sentence))
        if (_BUSINESS_BOUGHT.search(sentence) or _BUYS_A_NAME.search(sentence)) and not goods:
            return "investment"  # "agrees to buy Germany's Covestro": a company bought by its name
        return "purchase"
    return "investment"


def pledge_status(sentence: str) -> str:
    if _CANCELLED.search(sentence):
        return "cancelled"
    if _REAFFIRMED.search(sentence):
        return "reaffirmed"
    if _IN_PROGRESS.search(sentence):
        return "in_progress"
    if _COMPLETED.search(sentence):
        return "completed"
    return "announced"


_ANY_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|aims?|aiming|intends?|expects?|expected|set to|to invest|"
    r"to build|to spend|pledged?|pledges|committed|commits|commit|promised?|announced|announces|earmarked|"
    r"agreed|agrees|signed|signs|to acquire|to buy|to take over|next|coming|upcoming)\b",
    re.IGNORECASE,
)


_OPENS_WITH_A_PAST_YEAR = re.compile(r"\W*In\s+(?P<year>(?:19|20)\d\d)\s*,")
_PAST_DEAL_VERB = re.compile(r"\b(?:bought|acquired|paid|invested|spent|purchased|took\s+over)\b")
_PAST_PERFECT_DEAL = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:taken|bought|acquired|paid|invested|spent|pledged|committed|lent|borrowed|sold)\b",
    re.IGNORECASE,
)


def is_history(sentence: str, published_year: int) -> bool:
    """Money in a sentence dated wholly in the past, with no word of a plan: "previously provided $3.7 billion
    between 2016 and 2022" in a 2024 story, "foreign funds laid the tracks in 1853-1900". A story's retelling of an
    old pledge ("in 2014 announced 3.5 trillion yen") keeps its verb of promise and is left to the other rules."""
    years = [int(year) for year in _ANY_YEAR.findall(sentence)]
    if not years or _FUTURE_CUE.search(sentence):
        return False
    window = _PERIOD_BETWEEN.search(sentence) or _PERIOD_DASH.search(sentence)
    if window:
        first, second = window.group(1), window.group(2)
        end = int(second) if len(second) == 4 else int(first[:2] + second)
        return end < published_year and max(years) < published_year
    opening = _OPENS_WITH_A_PAST_YEAR.match(sentence)
    if opening and int(opening.group("year")) < published_year and _PAST_DEAL_VERB.search(sentence):
        # "In 2011, it bought the Israeli agrochemicals maker Adama for $2.4 billion", told in 2015
        return True
    if _PAST_PERFECT_DEAL.search(sentence) and max(years) < published_year:
        # "InBev had taken a $7 billion bridge loan when it bought out ... Anheuser-Busch for $52 billion in 2008"
        return True
    return max(years) <= published_year - 10


def pledge_period(sentence: str, published_year: int) -> tuple[int | None, int | None]:
    """The years a pledge covers: "between 2025 and 2029", "through 2028", "over the next four years"."""
    match = _PERIOD_BETWEEN.search(sentence)
    if match:
        return int(match.group(1)), int(match.group(2))
    match = _PERIOD_DASH.search(sentence)
    if match:
        first, second = match.group(1), match.group(2)
        end = int(second) if len(second) == 4 else int(first[:2] + second)
        if end > int(first):
            return int(first), end
    match = _PERIOD_NEXT.search(sentence)
    if match:
        raw = (match.group(1) or match.group(2) or "").lower()
        years = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
        if years:
            return published_year, published_year + years - 1
    match = _PERIOD_END.search(sentence)
    if match:
        end = int(match.group(1))
        if end >= published_year:
            return published_year, end
    return None, None
