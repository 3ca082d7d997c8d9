"""Who invests and who receives, read from the words around the names in one sentence.

The rules are about English syntax, not about particular names:
- "from X", "by X", "X-based", "X's investment", "X companies" mark an investor;
- "in Y", "into Y", "across Y", "Y-bound" mark a recipient;
- a name standing before the pledge verb with no preposition is the subject, so the investor.
"""

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ingest.extraction.gazetteer import Mention
from ingest.extraction.text import CHOOSING, PERCENT, title_dateline_end

PLEDGE_VERBS = re.compile(
    r"\b(?:invest(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|pour(?:s|ed|ing)?|plough(?:s|ed)?|"
    r"plow(?:s|ed)?|spend(?:s|ing)?|spent|build(?:s|ing)?|built|construct(?:s|ed|ing)?|inject(?:s|ed|ing)?|"
    r"allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|channel(?:s|ed|led)?|finance(?:s|d)?|financing|fund(?:s|ed|ing)?|"
    r"lend(?:s|ing)?|lent|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|"
    r"order(?:s|ed)?|acquir(?:e|es|ed|ing)|put(?:s|ting)?|bring(?:s|ing)?|deploy(?:s|ed|ing)?|"
    r"agree(?:s|d)?|sign(?:s|ed)?|announc(?:e|es|ed|ing)|unveil(?:s|ed)?|plan(?:s|ned)?|raise(?:s|d)|"
    r"promis(?:e|es|ed)|vow(?:s|ed)?|expand(?:s|ed|ing)?|establish(?:es|ed)?|set(?:s)? (?:up|aside)|open(?:s|ed)?|"
    r"picks?|chose|chooses|selects?|backs?|backing|submit(?:s|ted|ting)?|will|would|to)\b",
    re.IGNORECASE,
)
_PART_OF_AN_AMOUNT_BEFORE = re.compile(r"\d\s*(?:billion|million|trillion|bn|mn|m)?\s+of\s+(?:the\s+|its\s+)$")
_PLEDGE_NOUN_AFTER = re.compile(
    r"\s+(?:commitment|pledge|investment|contribution|package|funding|financing|money|aid|loan|grant|deposit)s?\b"
)
_IN_A_BEFORE = re.compile(r"\b(?:in|into)\s+an?\s+$", re.IGNORECASE)
_SPENT_ON_BEFORE = re.compile(
    r"\b(?:spend|spends|spent|spending)\s+[$€£¥₩₹]?[\d.,]+\s*(?:[a-z]+\s+){0,2}?on\s+(?:the\s+)?$", re.IGNORECASE
)
_RECIPIENT_BEFORE = re.compile(
    # "makes big bet on Guatemala": what a company bets on is where its money goes
    r"(?:\b(?:in|into|to|across|throughout|inside|within|toward|towards|for|at|near|on(?<=\bbet on)|"
    r"on(?<=\bbets on)|on(?<=\bbetting on)|"
    r"off(?<!paid off)(?<!pay off)(?<!pays off)(?<!paying off)(?<!sold off)(?<!sell off)"
    r"(?:\s+the\s+(?:\w+\s+)?coast\s+of)?)"
    r"\s+(?:the\s+|its\s+|their\s+)?"
    # "stakes in four listed Egyptian companies", "in several local firms"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|various|a few|a dozen)\s+)?"
    r"(?:(?:listed|local|private|state-owned|state-run|state-funded|state-backed|government-owned|government-backed|"
    r"family-owned|publicly traded|small|mid-sized|large|leading|neighbou?ring|nearby)\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|rural|coastal|(?:north|south)-?(?:east|west)"
    r"(?:ern)?)\s+)?"
    r"(?:(?:[a-z]+[- ]){0,2}?(?:state|province|city|region|island|county|country|nation|kingdom|republic)\s+of\s+)?$"
    # "deposited $3 billion at the Central Bank of Pakistan", "in the central banks of Pakistan and Egypt"
    r"|\b(?:in|into|to|at|with)\s+(?:the\s+)?(?:central\s+banks?|treasury|government)\s+of\s+$"
    # "its new recycling plant in Torija, Spain": a town we do not know, then its country
    r"|\b(?:plant|factory|facility|site|mine|centre|center|campus|hub|park)\s+in\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+$)",
    re.IGNORECASE,
)
# "from X"; "by X" only after a verb of paying ("invested by X", not "projects chosen by X").
# A passive "was invested by X" or a noun "an investment by X"; an adjectival "loan backed by X assets" is not.
_INVESTOR_BEFORE = re.compile(
    # not "to rebuff financial overtures from China", "amid pressure from Washington": no money comes with them
    r"(?:\b(?:based|headquartered|registered|listed) in|"
    # (the word first, then what may not stand before it: a search tries every position, and most have no "from")
    r"\bfrom(?<!overtures from)(?<!pressure from)(?<!competition from)(?<!imports from)(?<!influence from)"
    r"(?<!criticism from)(?<!threats from)(?<!opposition from)(?<!rivals from)(?<!rivalry from)|"
    r"\b(?:is|are|was|were|be|been|being|will be|to be)\s+(?:\w+\s+)?"
    r"(?:invested|funded|financed|backed|provided|pledged|committed|made|poured|spent|built|developed|"
    r"constructed|offered|announced|led|owned|bankrolled|paid|contributed|put up|supplied|lent|extended|acquired|"
    r"injected|bought|purchased|taken over|rescued|bailed out)"  # "British Steel set to be rescued by China's Jingye"
    r"(?:\s+\w+)?\s+by|"
    r"\b(?:acquired|bought|purchased|taken over)\s+by|"  # "EA acquired by PIF, Silver Lake ...": a headline's passive
    r"\b(?:investments?|pledges?|commitments?|bid|offer|stake|acquisition|purchase|takeover|financing|funding|"
    r"spending|loans?)\s+by|"
    # "with $5 billion invested by South Korea's Hanwha": a participle right after the amount.
    r"\b(?:billion|million|trillion|bn|mn|tn|crore|lakh)\)?\s+(?:invested|committed|pledged|provided|spent|put up|"
    r"contributed|financed|funded|earmarked)\s+by|"
    # "a funding round led by Japan's SoftBank", "a consortium led by India's Adani".
    r"\b(?:round|consortium|investment|funding|financing|deal|group|investors)\s+(?:\w+\s+)?led\s+by|"
    # "a competing $58 billion white-knight bid backed by the founding family of Seven & i"
    r"\b(?:bid|offer|proposal|consortium)\s+backed\s+by(?:\s+the\s+(?:founding\s+)?famil(?:y|ies)\s+(?:of|behind))?)"
    # "investment worth USD 9.8 billion ... from the company LG Energy Solution"
    r"\s+(?:the\s+(?:company\s+|firm\s+|group\s+|conglomerate\s+)?|an?\s+|its\s+)?$",
    re.IGNORECASE,
)
_LED_BY_BEFORE = re.compile(r"\bled\s+by\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_RECIPIENT_AFTER = re.compile(r"^-?\s?bound\b", re.IGNORECASE)
_INVESTOR_AFTER = re.compile(
    r"^(?:'s|’s)?[- ]?(?:based|headquartered|owned|backed)?\s*"
    r"(?:(?!(?:in|into|to|for|of|at|on|and|or|the|a|an|with|by|from|as|than|over|under)\b)"
    r"(?!(?!shipbuilding|manufacturing|engineering|mining|banking|trading|listed|owned|based)[a-z-]+(?:ing|ed)\s)"
    r"(?:[a-z-]+|[A-Z]{2,4})\s+){0,2}?"
    r"(?:companies|company|firms?|businesses|investors?|conglomerates?|groups?|chaebol|carmakers?|automakers?|"
    r"chipmakers?|manufacturers?|makers?|enterprises|corporations?|multinationals|government|state|funds?|"
    r"start-?ups?|"
    r"delegation|banks?|lenders?|partners?|"
    r"sovereign|side|businessmen|industry|industries|giants?|"
    r"shipbuilders?|steelmakers?|utilities|utility|developers?|insurers?|pension)\b",
)
# "U.S. investment", "Korean plants": a name used as an adjective. Whose it is depends on the rest of the sentence.
_MODIFIER_AFTER = re.compile(
    # "Nigeria received investment pledges": a verb between is no modifier
    r"^\s+(?:(?!(?:in|into|to|for|of|at|on|and|or|the|a|an|with|by|from|as|received|receives|secured|secures|"
    r"attracted|attracts|won|wins|got|gets|signed|signs|sealed|seals|welcomed|welcomes|landed|lands|"
    # a headline's verbs in their bare form: "Kazakhstan and China sign deals worth $23 billion"
    r"sign|seal|ink|inks|inked|strike|strikes|struck|secure|attract|win|land|welcome|receive|agree|agrees|agreed)\b)"
    r"[a-z-]+\s+)?"
    r"(?:investments?|projects?|plants?|factor(?:y|ies)|facilit(?:y|ies)|operations|"
    r"expansion|subsidiar(?:y|ies)|units?|market|production|manufacturing|push|bets?|build-?out|shipyards?|sites?|"
    # "UK pledges over $190m in aid": a headline's verb, followed by what is pledged
    r"fabs?|packages?|pledge(?!s\s+(?:over|up|about|around|nearly|almost|more|some|to|US\$|\$|€|£|¥|\d))s?|"
    r"commitments?|deals?|spending|ventures?|presence|footprint|supply chain)\b"
)
# "the U.S. firm", "the Indian carmaker": one company, singular, right after its nationality
_ONE_COMPANY_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:firm|company|group|bank|lender|insurer|carmaker|automaker|chipmaker|maker|"
    r"manufacturer|producer|developer|operator|retailer|utility|start-?up)\b(?!['’]s)"
)
_HEART_OF_BEFORE = re.compile(r"\b(?:heart|hub|centre|center|capital|cradle)\s+of\s+$", re.IGNORECASE)
_POSSESSIVE_PLEDGE = re.compile(
    # "Japan's $550 billion investment": an amount may stand between
    r"^(?:'s|’s)\s+(?:(?:US|U\.S\.)?[$€£¥₩₹]\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|b|m)?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:deal|pledges?|commitments?|package|offer|vehicle|investments?|fund|"
    r"money|cash|capital|spending)\b(?!-)"  # "Ethiopia's cash-strapped economy" is no one's cash
    # "to qualify for Argentina's new investment incentive scheme": a country's rules for investors, not its money
    r"(?!\s+(?:incentives?|regime|law|laws|scheme|climate|polic(?:y|ies)|promotion|board|agency|ministry|minister|"
    r"authorit(?:y|ies)|summit|forum|conference|treaty|rules|screening|office|council)\b)"
)
_SETTING = re.compile(r"^\s*(?:In|At|From|Speaking in|Speaking at)\s+(?:the\s+)?$")
# "Speaking at a Saudi-U.S. forum in Riyadh, he said...": an opening phrase that only sets the scene.
_OPENING_PHRASE = re.compile(
    r"^(?:Speaking|Addressing|Writing|During|At|On the sidelines|Ahead of|Following|After|Before|Prior to|While|When|"
    r"Under|"
    # "In the early days of Egypt's foreign currency crunch in March 2022, Saudi Arabia deposited": the time it was
    r"In the (?:(?:early|first|last|final|closing|late)\s+)?(?:days|weeks|months|years|wake|aftermath|midst|run-up|"
    r"face|course|middle|height|depths)\s+of|"
    r"Besides|Apart from|As|Amid|Despite|Although|Though|Because|Along with|Alongside|In addition to|According to|"
    # "To win approval from competition authorities in the United States, ...": a purpose, not a party
    r"To (?:win|secure|gain|get|satisfy|meet|comply with|clear|ease))\b"
    r"[^,$€£¥₩₹\"“]{0,200},"  # a quotation opening before the comma is what was said, not the scene
    # "During the summit in Johannesburg, South Africa, in 2015,": the place's country and the date go with it.
    r"(?:\s(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}|(?:in|on)\s[\w\s]{1,20}?),){0,2}"
)
# "Mexican officials said at the time that the investment would...": the speakers, not a party, unless the
# reported clause goes on with "it" or "the company" (then the speaker is the one pledging).
_LEADING_ATTRIBUTION = re.compile(
    # "Separately, a Mexican source with knowledge of the matter said the initial investment will...": the connective
    # before the speaker does not make the speaker a party.
    r"^(?:(?:Separately|Meanwhile|However|Also|Earlier|Later|Previously|Additionally|In addition|Elsewhere|Still)"
    r"[,:]\s+)?"
    r"(?P<speaker>[^,;$€£¥₩₹]{0,90}?)\b(?:said|says|told [\w\s]{0,30}?|estimated|noted|argued|warned|believes?|"
    # "French video game maker Ubisoft revealed that Chinese gaming studio Tencent agreed to invest"
    r"(?:revealed|disclosed|confirmed|announced|stated)(?=\s+that\b)"
    # "The German carmaker confirms Li spent 58.6 billion yuan": a named subject of its own follows, without "that"
    r"|(?:confirms|confirmed|reveals|revealed|discloses|disclosed)(?=\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+"
    r"(?:has|had|have|spent|paid|bought|acquired|invested|will|would|agreed|plans|planned)\b))"
    # "Glencore said in a statement that it would take": where it was said is not the reported clause's subject
    r"(?:\s+in\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:statement|release|filing|interview|note|letter))?"
    r"(?:\s+(?:on|at|in)\s+[\w\s]{0,25}?)?"
    # "Hitachi Ltd. said Wednesday it will acquire": the day is not the subject of the reported clause.
    # "Nissan told investors this morning it would...": nor is the morning.
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"this (?:morning|afternoon|evening|week)|last week))?"
    r"\s+(?:that\s+)?(?P<rest>\w+(?:\s\w+)?)"
)
_SELLERS_FORM_AND_CLAUSE = (
    r"(?:\s+(?:NV|N\.V\.|SA|S\.A\.|AG|SE|plc|PLC|Inc\.?|Corp\.?|Ltd\.?|Co\.?))?"
    r"(?:,\s+(?:which|who)\s[^,;]{0,100},|,\s+(?:a|an|the)\s[^,;]{0,60},)?"
)
_SELLS_AFTER = re.compile(
    # "NXP Semiconductors NV, which last year merged with Austin's Freescale, is selling": past the legal form and a
    # clause on the seller
    rf"^{_SELLERS_FORM_AND_CLAUSE}\s+(?:"
    r"(?:(?:will|would|has|have|had|also|then|together|jointly|is\s+to|agreed\s+to|plans\s+to|is\s+set\s+to|"
    r"had\s+to|has\s+to|have\s+to|must|is\s+selling|last\s+year|earlier\s+this\s+year|previously|recently)\s+)*"
    r"(?:sell|sells|sold|divest|divests|divested|offload|offloads|offloaded)\b"
    r"|(?:is|are|was|were)\s+(?:also\s+)?(?:selling|divesting|offloading)\b"  # "Nestlé is selling its..."
    r")"
)


def sells_after(sentence: str, position: int) -> bool:
    """Whether a sale verb follows the name ending at `position`: "Macquarie will sell ..."."""
    return _SELLS_AFTER.match(sentence[position : position + 80]) is not None


# "relocates its factory from Russia to Romania": a business moving from one end of a route to the other.
_RELOCATING_VERB = r"(?:relocat\w*|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|transfer(?:s|red|ring)?|consolidat\w*)"
_RELOCATES = re.compile(rf"\b{_RELOCATING_VERB}\b", re.I)
# "will consolidate its test operations from Costa Rica to larger sites in Vietnam": where the work leaves from.
_MOVED_FROM_BEFORE = re.compile(
    rf"\b{_RELOCATING_VERB}\s+(?:(?:its|their|the|some|all)\s+)?(?:[\w-]+\s+){{0,3}}?from\s+$", re.I
)
_CONDUIT_SEAT_BEFORE = re.compile(
    r"\b(?:financing|finance|funding)\s+(?:company|co\.?|vehicle|entity|ltd\.?|limited)\s+"
    r"(?:in|of|based in|registered in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NEIGHBOUR_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|"
    r"closest|nearest|larger|smaller|bigger|giant|small|big|oil-rich|landlocked)\s+)?(?:neighbou?rs?|rival|ally)\b"
)
_PRONOUN_SUBJECT = re.compile(
    # "Nissan said its Mexican subsidiary would invest": the speaker owns the subject.
    r"^(?:it|they|we|he|she|its|their|our|the (?:company|group|firm|carmaker|chipmaker|conglomerate))\b",
    re.I,
)
# "agreed to buy Italian aircraft maker Piaggio", "a stake in India's Shriram": the target receives the money.
_SELLER_BEFORE = re.compile(
    r"\b(?:bought|buys|buy|acquired|acquires|acquire|purchased|paid|pays|pay|purchase|acquisition|takeover|"
    # "where it has taken over a factory from Daimler AG", "has picked up a 317MW portfolio ... from SP Infra"
    r"taken over|took over|takes over|take over|picked up|picks up|pick up|snapped up|snaps up|snap up|contracts?|"
    r"orders?|ordered)\b"
    # "bought a 50% stake ... from Denmark's Orsted": the seller, with its home before it; "SQM SQMa.SN": a ticker
    # "Lionrai Investments No. 1": a number's abbreviation ends nothing either
    r"(?:[^.;]|\.(?=\d)|(?<=[A-Za-z])\.(?=[A-Z]{1,3}\b)|(?<=\bCo)\.|(?<=\bInc)\.|(?<=\bLtd)\.|(?<=\bCorp)\.|"
    r"(?<=\bNo)\.(?=\s\d)){0,170}"
    # "assets from two Canadian companies", "full ownership of the tower from an Australian developer"
    r"\bfrom\s+(?:the\s+|an?\s+)?(?:(?:two|three|four|several|other)\s+)?"
    # "bought a 56 per cent stake in Alphamin from a subsidiary of US private equity group Denham Capital"
    r"(?:(?:a|an|the)?\s*(?:subsidiary|unit|arm|affiliate|division|vehicle|fund)\s+of\s+(?:the\s+)?)?"
    # "from NatWest Group Pension Fund and Utilities Trust of Australia": a seller's home after its name
    r"(?:[\w.&-]+(?:\s+[\w.&-]+)?(?:'s|’s)\s+|(?:[\w.&-]+\s+){1,5}(?:(?:and|&)\s+(?:[\w.&-]+\s+){1,4})?of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_GOODS_BOUGHT = re.compile(
    r"\b(?:tanks|howitzers|jets|aircraft|planes|fighters|helicopters|missiles|drones|weapons|arms|equipment|ships|"
    r"submarines|frigates|LNG|gas|oil|crude|coal|uranium|wheat|grain|soybeans|beef|chips|goods|products)\b"
    # "a stake in its agricultural products business", "natural gas network company Phoenix Energy": the business is
    # what is sold, not its goods
    r"(?!\s+(?:[\w-]+\s+)?(?:business|unit|division|arm|subsidiary|company|firm|group|operations?|assets|field|fields|"
    r"project)\b)",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take over|takes over|took over|takeover of|"
    r"rescue|rescues|rescued|rescuing|bail out|bailed out|"
    r"purchase of|acquisition of|buyout of|buy-out of|stake in|stakes in|holding in|holdings in|shareholding in|"
    r"interest in|interests in|share in|"
    # "plans to purchase French green energy company Neoen SA"
    r"merge with|merger with|bid for|purchase|purchases|purchased|purchasing|"
    r"buy into|buys into|bought into|buying into)\s+"
    # "its interest in one of Teck's coal operations": the owner of what is bought is paid
    r"(?:(?:one|two|three|a pair|some|each|all|part|several|most)\s+of\s+)?(?:the\s+|an?\s+)?"
    # "buying independent U.S. transmission utility ITC Holding Corp."
    r"(?:(?:independent|listed|privately[\s-]held|family-owned|struggling|troubled|ailing|smaller|larger|leading)\s+)?"
    # "agreed to buy into tyre-maker Pirelli", "has acquired Middle East ride-sharing rival Careem", "to buy shopping
    # mall owner Westfield Corp.": what the company bought does, before its name
    r"(?:(?:[a-z][\w-]*\s+){0,3}?(?:[a-z-]*maker|designer|producer|firm|company|group|operator|developer|"
    r"manufacturer|retailer|lender|bank|insurer|miner|carrier|airline|brand|chain|start-?up|platform|giant|"
    r"specialist|supplier|utility|owner|rival|competitor)\s+)?$"
    # "to buy 'Halo' videogame creator Bungie", "will acquire “Halo” and “Destiny” videogame creator Bungie": a
    # description of the company bought, in lowercase words and quoted titles, before its name
    r"|\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take over|takes over|took over)\s+"
    r"(?:(?:[“\"'‘][^”\"'’]{1,40}[”\"'’]|and)\s+){1,3}(?:[a-z][\w-]*\s+){1,3}$"
    # "will buy all the outstanding shares of Verio": the company whose shares are bought
    r"|\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing)\s+"
    r"(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:(?:outstanding|remaining|issued|common|ordinary)\s+)*"
    r"(?:shares|stock|equity)\s+(?:of|in)\s+$"
    # "buy about 80% of the Waltham, Massachusetts-based firm", "a 9.9% holding in Telefónica": the firm is the target.
    # "the remaining 21.52% shares of Israel-based Taro": the shares' company too
    r"|\b(?:\d+(?:\.\d+)?\s?" + PERCENT + r"(?:\s+(?:shares?|stake|equity))?|stake|holding|control|majority)"
    r"\s+(?:of|in)\s+(?:the\s+|a\s+)?"
    # "an 80.1 percent stake in the power grid business of Swiss engineering group ABB".
    # "85% of the financing comes from China": the source of the share, not the target; "is selling a majority stake
    # in its tower assets to Canadian pension fund ...": the buyer; "to 15 percent in return for Korea's": an idiom
    r"(?:(?!(?:from|by|with|to|return)\b)(?:[A-Z][\w.’'-]*|[a-z-]+),?\s+){0,5}$",
    re.IGNORECASE,
)
# "calls for Japan to invest", "allow Korean firms to build": the name is the subject of the paying verb.
_INFINITIVE_SUBJECT = re.compile(
    # "for Australia's Amcor to buy US based Bemis": the company named in the possessive is the one
    r"^(?:(?:'s|’s)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})?"
    r"\s+(?:[a-z]+\s+){0,4}?to\s+(?:invest|spend|build|pour|put|buy|purchase|provide|fund|finance|lend|acquire|"
    r"inject|commit|pledge|set up|develop|construct|establish|expand|take over|snap up)\b"
)
_INVESTMENT_OF_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w&.-]*){0,3}\s+for\s+(?:an?\s+)?(?:equity\s+|minority\s+|strategic\s+)?"
    r"(?:investment|capital injection|infusion)\s+of\b"
)
_A_SITE_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}?(?:plant|factory|facility|fab|shipyard|mine|refinery|smelter|mill|gigafactory|"
    r"data cent(?:er|re)|campus)\b"
)
_FACILITY_AFTER = re.compile(r"^\s+(?:plant|factory|site|facility|works|shipyard|complex|campus|mill|refinery)\b")
_INFINITIVE_LEAD = re.compile(
    r"\b(?:for|allow|allows|allowed|allowing|enable|enables|enabled|require|requires|required|urge|urges|urged|"
    r"ask|asks|asked|want|wants|wanted|expect|expects|expected|press|pressed|push|pushed|oblige|obliges|obliged|"
    r"get|gets|got|persuade|persuaded|invite|invited|encourage|encouraged|commit|commits|committed|committing|"
    r"bind|binds|binding|"
    # "Trump in January asking Saudi Arabia to spend upwards of $1 trillion"
    r"asking|urging|pressing|pushing|inviting|encouraging|requiring|expecting|persuading)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "built with Japan's Toyota", "in partnership with Korea's LG": the company that does the building and paying.
# "seeking Philippine partners", "looking for local and Japanese partners": partners a company is still looking for
# put no money in yet.
_SOUGHT_PARTNERS = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|look(?:s|ing)? for|search(?:es|ing)? for|in search of|to find|court(?:s|ing)?)\s+"
    r"(?:(?:a|an|new|potential|possible|local|strategic|more|other)\s+)*$",
    re.IGNORECASE,
)
_PARTNERS_AFTER = re.compile(r"\s+(?:\w+\s+)?partners?\b")
# "signed an MoU with", "inked agreements with": a signing and its counterparty
SIGNED_AN_AGREEMENT_WITH = (
    r"(?:signed|inked|sealed)\s+(?:an?\s+)?(?:MoUs?|memorand\w+|agreements?|deals?|contracts?)\s+with"
)
_GOVERNMENT_SIGNS_BEFORE = re.compile(
    r"(?:The|the)\s+(?:state|government|ministry|province|authority|authorities)\s+(?:also\s+|has\s+|had\s+)*"
    + SIGNED_AN_AGREEMENT_WITH
    + r"\b"
)
_DEVELOPMENT_LENDER_AFTER = re.compile(
    r"\s+(?:[A-Z][\w&-]*\s+){0,2}?(?:(?:Development|Export|Investment|Cooperation)\s+(?:[A-Z][\w&-]*\s+){0,2}?"
    r"(?:Agency|Bank|Fund|Corporation)|(?:Agency|Bank|Fund)\s+for\s+(?:International\s+)?(?:Development|Cooperation))\b"
)
_DESTINATION_AFTER = re.compile(
    r"\s+(?:is|was|remains|has become|became)\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?destination\b", re.IGNORECASE
)
_GOVERNMENT_AND_BEFORE = re.compile(
    r"(?:'s|’s)\s+(?:[A-Z][\w-]*\s+)?(?:Ministry|Government|government|ministry|Cabinet)\b[^,;.]{0,40}?\s+and\s+(?:the\s+)?"
)
_FROM_ITS_BEFORE = re.compile(r"\bfrom\s+(?:its|their)\s+(?:new\s+)?$", re.IGNORECASE)
_SUM_IN_BEFORE = re.compile(r"(?:\d|\b(?:billion|million|bn|mn|euros|dollars|pounds|yen))\s+in\s+(?:new\s+)?$", re.I)
_LENDING_NOUN_AFTER = re.compile(r"\s+(?:financing|loans?|funding|credit|lending|grants?)\b")
_FINANCES_BEFORE = re.compile(
    r"\b(?:finance|financing|finances|fund|funding|funds|credit\s+for|loans?\s+for)\s+$", re.I
)
_SALE_TO_BEFORE = re.compile(r"\b(?:sale|sales|divestment|disposal)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# "partnered with pan-Asian private equity major PAG": the partner's description between the cue and its name
_PARTNERED_WITH_A_DESCRIBED_BEFORE = re.compile(
    r"\b(?:partnered|partnering|partners?|teamed up|tied up|ties up|joined hands|joins hands|join hands)\s+with\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+|[A-Z][\w]*-[a-z][\w-]*\s+){1,5}$"
)
_PARTNER_BEFORE = re.compile(
    r"\b(?:built with|developed with|together with|in partnership with|partnering with|teamed up with|alongside|"
    r"tie up with|ties up with|tied up with|team up with|teams up with|join hands with|joined hands with|"
    r"partner with|partners with|partnered with|"
    # "A Japanese pension fund is joining a Canadian partner and other firms in a US$2 billion deal"
    r"(?:is|are|was|were)\s+joining(?:\s+an?)?|"
    r"in collaboration with|in cooperation with|"
    r"with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "says agreements with Pakistan enhanced to $2.8 billion": the other side of a set of deals, which way the money
# goes being for the rest of the article to say.
_COUNTERPARTY_BEFORE = re.compile(
    r"\b(?:agreements|deals|contracts|accords|MoUs|memorandums|memoranda|partnership|cooperation)\s+with\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_AMOUNT_AFTER_OPENING = re.compile(
    # "In Benin, around SAR150 million will support": any currency's mark or code
    r",\s*(?:(?:another|a further|some|about|around|roughly|approximately|nearly|over|more than|up to)\s+)*"
    r"(?:[$€£¥₹₩]|[A-Z]{1,3}\$|Rs\.?\s|[A-Z]{3}\s?\d)"
)
# "Türkiye's İhlas Holding", "Spain's Ávila Group": capitals beyond ASCII start names too
_POSSESSIVE_ORGANIZATION = re.compile(r"^(?:'s|’s)\s+[A-ZÀ-ÖØ-ÞİŞĞŁŚŻŹĆŃČŠŽŘĚ]")
_NAMED_BODY_AFTER_DEMONYM = re.compile(
    r"\s+(?:[A-Z][\w&-]*\s+){0,3}(?:Agency|Bank|Fund|Corporation|Group|Company|Ministry|Authority)\b"
)
# "Indonesia Begins Construction of $5.9 Billion Battery Hub with China's CATL": a host starting what a partner builds.
_HOST_STARTS_AFTER = re.compile(
    r"\s+(?:officially\s+)?(?:begins?|began|starts?|started|launch(?:es|ed)?|breaks?\s+ground|broke\s+ground|"
    r"inaugurat(?:es|ed)|kicks?\s+off|kicked\s+off|opens|opened)\b",
    re.IGNORECASE,
)
_LEADER_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w-]*\s+)?(?:president|prime minister|premier|minister|governor|officials?|leaders?|king|"
    r"crown prince|chancellor|authorities)\b",
    re.IGNORECASE,
)
_SOURCE_NOUN_AFTER = re.compile(
    r"^(?:,\s*[A-Z][\w-]*)*\s+(?:[a-z-]+\s+)?(?:investments?|capital|money|funding|funds)\b"
    # "the Saudi investment ministry" is a body of the host, not money from Saudi Arabia.
    r"(?!\s+(?:ministry|minister|agency|authority|board|office|promotion|forum|conference|summit|council)\b)"
)
_BASED = re.compile(r"^-(?:based|headquartered|owned|backed|controlled|funded|listed)\b")
# Words before a company that put it on the receiving end: bought, rescued, backed, or invested in.
_OBJECT_BEFORE = re.compile(
    r"\b(?:in|into|to|toward|towards|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|rescue|rescues|"
    r"rescued|rescuing|purchase|purchases|purchased|purchasing|"
    r"bail out|bailed out|take over|takes over|took over|taking over|bid for|offer for|merge with|back|backs|backed|"
    r"backing)\s+(?:(?:the|a|an|rest|of|remaining|whole|all)\s+){0,4}$",
    re.IGNORECASE,
)
# "to acquire the commercial vehicle business of Italy-based Iveco Group": the part of a company bought.
_PART_BOUGHT_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|"
    r"take over|takes over|took over|taking over)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:business|businesses|unit|"
    r"division|operations|assets|arm)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The vehicle a company pays through, then where that vehicle is registered: not the payer's home.
_VEHICLE_BASED_IN_BEFORE = re.compile(
    r"\b(?:through|via|by)\s+(?:its|a|their)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|arm|vehicle|affiliate)\b"
    r"(?:[^;()]{0,60}?\b(?:based|registered|incorporated|headquartered))? in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Holdings the money goes into, then where they are based: "investing €1.4bn in funds based in France".
_IN_HOLDINGS_BASED_IN_BEFORE = re.compile(
    r"\b(?:in|into)\s+(?:[\w-]+\s+){0,2}?(?:funds|companies|firms|businesses|start-?ups|projects|assets|"
    r"entities)\s+(?:that\s+are\s+)?(?:based|headquartered|registered|located) in\s+(?:the\s+)?$"
)
# A company the money goes into, then where it is based: "an investment in AI firm G42, based in the UAE".
_TARGET_BASED_IN_BEFORE = re.compile(
    r"\b(?:in|into|acquire|acquires|acquired|acquiring|buy|buys|bought|buying)\s+(?:[\w-]+\s+){0,3}?"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3},\s+(?:which is\s+)?(?:based|headquartered|registered) in\s+(?:the\s+)?$"
)
_BASED_IN_BEFORE = re.compile(
    r"\b(?:based|headquartered|registered) in\s+[^,;()$€£¥₩₹]*?\b(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?$",
    re.IGNORECASE,
)
# A participle naming who pays for the noun before it; "a loan backed by Chinese assets" names no company.
_AGENT_BEFORE = re.compile(
    r"\b(?:backed|funded|financed|bankrolled|owned|developed|built|led)\s+by\s+(?:the\s+|an?\s+)?$", re.I
)
# "a US$700 million funding round for a technology startup backed by SoftBank Group": the startup's earlier backer
_BACKED_COMPANY_BEFORE = re.compile(
    r"\b(?:startup|start-up|company|firm|unicorn|venture|developer|maker)\s+(?:backed|funded|owned)\s+by\s+(?:the\s+)?$",
    re.I,
)
# "£800 million by Mubadala", "a $1.7-billion investment announced by JFE Steel", "a $4.4 billion deal by MUFG"
_AMOUNT_BY_BEFORE = re.compile(
    r"(?:\d[\s-]?(?:billion|million|trillion|bn|m)(?:\s+(?:euros?|dollars?|pounds?|yuan|yen|won|rupees?|forints?|"
    r"francs?|reais|rand|riyals?|dirhams?|zlotys?|pesos?|lira|ringgit|baht|rupiah))?|\))"
    r"(?:(?:\s+(?:greenfield|brownfield|new|planned|proposed|foreign|direct|total))?"
    r"\s+(?:investment|deal|acquisition|bid|offer|commitment|pledge|takeover|injection)s?)?"
    # "Southern Expressway Section II project (US$ 360.3 million) funded by China Exim Bank"
    # "925 million forints (about $3.4 million) to be shouldered by the Hungarian government": its share's payer
    r"(?:\s+(?:to\s+be|will\s+be|would\s+be|is|are|was|were|being))?"
    r"(?:\s+(?:announced|made|planned|proposed|unveiled|agreed|signed|funded|financed|provided|extended|"
    r"granted|lent|shouldered|borne|paid|covered|contributed|put\s+up))?\s+by\s+(?:the\s+)?"
    # "the €7.4bn greenfield investment by the world’s largest EV battery maker CATL": the payer described first
    r"(?:(?:[\w’'-]+\s+){0,5}?(?:maker|company|firm|group|giant|manufacturer|producer|developer|operator|"
    r"conglomerate|carmaker|automaker|chipmaker)\s+)?$",
    re.IGNORECASE,
)
# "The US$553m from DFC and US$200m from DBSA": each amount's own lender, named right after it; not the seller a
# price is paid to ("acquired a controlling stake in 2016 for $2.65 billion from US miner Freeport-McMoRan"), nor the
# name a bracket holds ("a stake in ... (SQM) from Canadian group Nutrien").
_AMOUNT_FROM_BEFORE = re.compile(r"\d[\s-]?(?:billion|million|trillion|bn|m)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_BOUGHT = re.compile(r"\b(?:acquir\w*|bought|buy\w*|purchas\w*|stake|takeover|sold|sell\w*)\b", re.IGNORECASE)


def _payer_named_after_amount(sentence: str, position: int) -> bool:
    """Whether the name at `position` pays the amount just before it: "£200 million by the UK", "$553m from DFC"."""
    start = max(0, position - 70)
    return bool(_AMOUNT_BY_BEFORE.search(sentence, start, position)) or bool(
        _AMOUNT_FROM_BEFORE.search(sentence, start, position) and not _BOUGHT.search(sentence)
    )


_BRACKETS = re.compile(r"\([^()]*\)")
_AN_AMOUNT = re.compile(r"[$€£¥₩₹]\s?\d|\b\d[\d.,]*\s?(?:billion|million|trillion|bn|mn)\b", re.IGNORECASE)
_RANKED_AGAINST_BEFORE = re.compile(
    r"\b(?:(?:largest|biggest|second|third)\b[^.;$€£¥₩₹]{0,30}?\b(?:after|behind)"
    r"|(?:larger|bigger|smaller)\b[^.;$€£¥₩₹]{0,30}?\bthan)\s+(?:the\s+|that\s+of\s+|those\s+of\s+)?$",
    re.IGNORECASE,
)
_LOAN_NOUN_AFTER = re.compile(r"\s+(?:[Ll]oans?|LOANS?|[Cc]redits?|[Ll]ines? of [Cc]redit|[Ll]ending|[Ff]inancing)\b")
_ONE_OF_SEVERAL_BEFORE = re.compile(
    r"\b(?:investors|backers|lenders|shareholders|partners|companies|firms|funds)\s+(?:such as|including|like)\s+"
    # "from investors including Facebook, Google and Gulf sovereign funds": each name of the list
    r"(?:[\w’'-]+,?\s+){0,6}$",
    re.IGNORECASE,
)
_BORROWS_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:government\s+|state\s+)?(?:has\s+|have\s+|had\s+|will\s+)?"
    r"(?:agreed\s+to|signed|secured|obtained|took\s+out|taken\s+out|accepted|concluded|closed|raised|seals|"
    r"sealed|signs|raises|secures)\s+(?:a|an|the|its)\s+"
    # but "has signed an agreement to provide $100m in concessional loans from its development fund": it lends
    r"(?:(?:(?!\bto\s+(?:provide|extend|give|lend|grant|offer|disburse)\b)(?:[^.;]|\.(?=\d))){0,80}?"
    r"\b(?:loans?|credit|financing)\s+from\b"
    # "Saudi Arabia has concluded an $11 billion syndicated loan": banks lend a syndicated loan to its signer
    r"|(?:[^.;]|\.(?=\d)){0,40}?\bsyndicated\s+(?:bank\s+|term\s+)?(?:loans?|facility|financing)\b)",
    re.IGNORECASE,
)
_ISSUES_SECURITIES_AFTER = re.compile(
    r"\s+(?:is\s+|will\s+|to\s+|has\s+)?(?:issue|issues|issued|issuing)\s+(?:[^.;]|\.(?=\d)){0,60}?"
    r"\b(?:bonds?|shares|notes|stock)\b",
    re.IGNORECASE,
)
_HOST_GOVERNMENT_DEAL_BEFORE = re.compile(
    r"\b(?:concession|agreement|contract|deal|memorandum of understanding|MoU)\s+with\s+the\s+government\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
_LOAN_DEAL_WITH_BEFORE = re.compile(
    # "a currency swap agreement with the People's Bank of China", "a swap line with Argentina's central bank"
    r"\b(?:loan|credit|financing|swap)\s+(?:(?:agreement|deal|facility|contract|accord|line)s?\s+)?"
    r"(?:(?:made|signed|reached|concluded|inked)\s+)?with\s+(?:the\s+)?"  # "a loan agreement made with"
    # "a loan agreement with the Government of the Republic of Tajikistan"
    r"(?:government\s+of\s+(?:the\s+)?)?(?:(?:republic|kingdom|state|sultanate|federation)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_PLEDGING_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|also\s+)?(?:pledged|vowed|committed|promised|earmarked)\s+(?!to\b)", re.IGNORECASE
)
_AID_PACKAGE_AFTER = re.compile(
    r"\s+(?:(?:financial|financing|aid|support|assistance|investment|funding|loan|grant)\s+){0,2}"
    r"(?:package|aid|grant|grants|loan|loans|assistance)\s+(?:of|worth|totall?ing)\b",
    re.IGNORECASE,
)
_BUILD_BEFORE = re.compile(
    r"\b(?:build|builds|building|built|set up|sets up|setting up|establish|establishes|establishing|construct|"
    r"constructs|constructing|open|opens|opening)\s+$",
    re.IGNORECASE,
)
_PLEDGED_BY_BEFORE = re.compile(
    # "the Rs 2,200 crore tyre project, promoted by Yokohama Rubber Company of Japan": the Indian press's promoter
    r"\b(?:promised|pledged|committed|offered|lent|loaned|extended|granted|invested|promoted|sponsored)\s+by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "Electronic Arts (EA), the US video game company, has entered into a definitive agreement to be acquired by": the
# company the sentence's passive takes over, and those it is acquired by
_TAKEN_OVER = r"(?:acquired|bought|purchased|taken\s+over)"
_TO_BE_ACQUIRED_AFTER = re.compile(
    r"[^.;$€£¥₩₹]{0,120}?\b(?:to\s+be|was|were|has\s+been|have\s+been|is\s+being|will\s+be|would\s+be)\s+"
    r"(?:\w+\s+)?" + _TAKEN_OVER + r"\s+by\b"
)
_TAKEN_OVER_BY = re.compile(r"\b" + _TAKEN_OVER + r"\s+by\b")
_ACQUIRED_BY_A_CONSORTIUM_BEFORE = re.compile(
    r"\b" + _TAKEN_OVER + r"\s+by\s+(?:an?\s+|the\s+)?(?:(?:investor|investment|buyout)\s+)?(?:consortium|group)\s+"
    r"(?:comprised|made\s+up|composed|consisting)\s+of\s+(?:the\s+)?$"
)
# A company's clients listed: "counts Panasonic Corp, Sony Corp and Nintendo Co as its clients", "customers include"
_CLIENTS = r"(?:clients|customers)"
_CLIENTS_WORD = re.compile(r"\b" + _CLIENTS + r"\b")
_CLIENTS_INCLUDE_BEFORE = re.compile(r"\b" + _CLIENTS + r"\s+(?:include|including|such\s+as|like)\s+[^.;]{0,150}$")
_COUNTS_BEFORE = re.compile(r"\bcounts?\s+[^.;]{0,150}$")
_AS_ITS_CLIENTS_AFTER = re.compile(
    r"[^.;]{0,150}?\bas\s+(?:its|their|among\s+its|one\s+of\s+its)\s+(?:\w+\s+)?" + _CLIENTS
)
_ITS_ALLY_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:ally|allies|friend|friends|neighbou?rs?)\b")
_COSTS_BEFORE = re.compile(r"\b(?:cost|costs|costing)\s+(?:the\s+|its\s+)?$")  # "will cost the Japanese bank"
_WEALTH_FUND_AFTER = re.compile(r"^(?:'s|’s)\s+(?:new\s+)?(?:sovereign\s+)?(?:wealth|pension|state|national)\s", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|built|made|put)\b")
# "will also help the Moroccan phosphate industry to decarbonize": the industry helped is no payer
_BACKING_BEFORE = re.compile(
    r"\b(?:back|backs|backed|backing|support|supports|supported|supporting|help|helps|helping|assist|assists|"
    r"assisting)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "agreed to sell the Landulpho Alves refinery in Bahia state to Mubadala Capital": the buyer (goods aside).
# "will sell a 20 per cent stake in the lender for ₹13,482 crore to Japan-based SMBC": a stake's price may come first;
# "issuing a $2.43 billion convertible bond to a Qatar Investment Authority unit": the buyer of the bond pays.
_BUYER_BEFORE = re.compile(
    r"\b(?:sell|sells|sold|selling|sale of|offload|offloads|offloading|issue|issues|issued|issuing)\b"
    r"(?:[^.;$€£¥₩₹]{0,80}?|(?:[^.;]|\.(?=\d)){0,60}?\b(?:stake|shares|business|unit|division|interest|bonds?)\b"
    r"(?:[^.;]|\.(?=\d)){0,60}?)"
    r"\bto\s+(?:the\s+|an?\s+)?$",
    re.I,
)


def _asset_buyer(before: str) -> bool:
    """ "to sell the refinery in Bahia state to": the name that follows buys an asset; a buyer of goods is not an
    investor (see filters.is_a_sale)."""
    sale = _BUYER_BEFORE.search(before) or _STAKE_GIVEN_BEFORE.search(before)
    return sale is not None and not _GOODS_BOUGHT.search(sale.group(0))


# "Zambia gives 51% stake to Abu Dhabi's IRH for $620m": the one a stake is handed to pays for it.
_STAKE_GIVEN_BEFORE = re.compile(
    r"\b(?:gives?|gave|giving|hands?|handed|handing|grants?|granted|transfers?|transferred|awards?|awarded)\s+"
    r"(?:a\s+|an\s+|the\s+|its\s+)?(?:\d+(?:\.\d+)?\s?" + PERCENT + r"\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:stake|shares|holding|interest)\b[^.;$€£¥₩₹]{0,40}?\bto\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


# "to buy DuluxGroup, Australia's best-known paint maker": the apposition describes the target.
_TARGET_DASH_APPOSITION = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?" + PERCENT + r"\s+of|acquisition of|purchase of|takeover of|stake in|buy|buys|"
    r"bought|acquire|acquires|acquired|acquiring)\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,5}[A-Z][\w.&’'-]*\s+[–—]\s+$"
)
_TARGET_APPOSITION = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take over|takes over|took over|"
    r"takeover of|purchase of|acquisition of|stake in|rescue|rescued|bid for|purchase|purchases|purchased|"
    r"purchasing)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*,\s+(?:an?\s+|the\s+|its\s+)?(?:(?:major|leading|large|small|"
    r"big|mid-sized|listed|privately held|family-owned)\s+)?"
    # "to acquire Schenker, a division of German rail firm Deutsche Bahn,": the group it belongs to is its home
    r"(?:(?:division|unit|subsidiary|arm|part|business)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?)?$"
    # "paying $640m for RC2, its American counterpart": the company paid for, described after its name.
    r"|\b(?:pay|pays|paid|paying)\b(?:[^.;]|\.(?=\d)){0,60}?\bfor\s+(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*,\s+"
    r"(?:an?\s+|the\s+|its\s+)?$"
)
_LIST_CONTEXT = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?){2,}")


# The `joint` value of an amount whose sentence names several investors for it ("Japanese and Korean firms").
SEVERAL_INVESTORS = ("several investors",)
SEVERAL_RECIPIENTS = ("several recipients",)  # the `joint` value of an amount sent to several countries at once


@dataclass(frozen=True)
class Roles:
    investor: Mention | None
    recipient: Mention | None
    investor_explicit: bool  # found by syntax in this sentence, not by elimination
    recipient_explicit: bool
    joint: tuple[str, ...] = ()  # countries of a joint subject ("Reliance and Aramco") when the recipient is unknown
    partners: tuple[Mention, ...] = ()  # "Stellantis and CATL": other foreign companies investing the same amount
    received: bool = False  # the recipient is the subject of a receiving verb ("Egypt secured $24 billion")
    # "Indonesian and Chinese companies sealed $10 billion of deals": the countries named together as several investors
    joined: tuple[str, ...] = ()


# "EFTA — made up of non-European Union nations, including Iceland and Liechtenstein —": members of a group that acts
# as one, none of them the party alone.
_MEMBERS_BEFORE = re.compile(
    r"\b(?:made up of|comprising|consisting of|composed of|grouping of)\b[^.;:—–()]{0,70}$", re.IGNORECASE
)


def _in_long_list(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """ "the leaders of Italy, Greece, Austria, Belgium and Cyprus": three or more names in a row are company."""
    if mention.kind != "country":
        return False
    countries = sorted((m for m in mentions if m.kind == "country"), key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for current in countries:
        if runs and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or|/)\s*", sentence[runs[-1][-1].end : current.start]):
            runs[-1].append(current)
        else:
            runs.append([current])
    for run in runs:
        if mention in run:
            return len(run) >= 3
    return False


def _in_compound_name(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """ "Vietnam-Singapore Industrial Park", "Korea-Japan Business Council": two names joined by a hyphen that start
    a longer proper name."""
    first = mention
    if mention.start > 0 and sentence[mention.start - 1] in "-–":
        first = next((m for m in mentions if m.end == mention.start - 1), None)
        if first is None:
            return False
    else:
        joined = sentence[mention.end : mention.end + 1] in ("-", "–")
        if not (joined and any(m.start == mention.end + 1 for m in mentions)):
            return False
    second = next((m for m in mentions if m.start == first.end + 1), None)
    return second is not None and re.match(r" [A-Z][a-z]", sentence[second.end : second.end + 3]) is not None


def describes_a_company(sentence: str, mention: Mention) -> bool:
    """ "The Vietnamese electric-vehicle maker", "Danish drugmaker", "Mumbai-based": a company's nationality."""
    if mention.kind != "country":
        return False
    after = sentence[mention.end : mention.end + 50]
    if _BASED.match(after):
        return True
    if _in_title_case(sentence):
        after = after.lower()  # "Saudi Fund Takes 15% Share in Heathrow Airport": a headline capitalises its nouns
    return bool(_INVESTOR_AFTER.match(after) or _BASED.match(after))


def hints(sentence: str, mentions: list[Mention]) -> dict[int, str]:
    """A role for each mention that syntax marks: "investor", "recipient", or nothing."""
    return dict(_hints(sentence, tuple(mentions)))


def forget_hints() -> None:
    """Start an article afresh: the cache only spares re-reading a sentence within one article."""
    _hints.cache_clear()
    clause_bounds.cache_clear()


_INVOLVED_BEFORE = re.compile(
    r"\b(?:involved|involving|involves)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,4}(?:and\s+(?:the\s+)?)?$"
)
# "Pakistan will welcome Saudi Arabia's Crown Prince": the host of a visit, where the visitor's deals land.
_WELCOMES_AFTER = re.compile(r"\s+(?:will\s+|is set to\s+|is to\s+|is due to\s+)?(?:welcome[sd]?|welcoming)\s+(?=\S)")
_PURCHASES = r"(?:purchases|imports|orders|procurement)\s+of"
_PURCHASES_AFTER = re.compile(r"\s+" + _PURCHASES + r"\b", re.IGNORECASE)
_PURCHASES_OF_BEFORE = re.compile(r"\b" + _PURCHASES + r"\s+(?:the\s+)?$", re.IGNORECASE)
# "had it taken its business to the U.S.", "if the company had built the plant in Mexico": where it did not go.
_COUNTERFACTUAL_BEFORE = re.compile(
    r"\b(?:had\s+(?:it|they|the\s+[\w-]+)|if\s+(?:it|they|the\s+[\w-]+)\s+had)\s+(?:taken|gone|moved|built|located|"
    r"chosen|picked|put|invested|opted|set up)\b[^.;,]{0,40}?\b(?:to|in|for)\s+(?:the\s+)?$"
)
_FORMER_OWNER_BEFORE = re.compile(
    r"\b(?:belong(?:s|ed|ing)?\s+to|(?:formerly|previously|once)\s+(?:owned|run|operated)\s+by"
    # "Kenya's western border with Uganda": a neighbour on the map
    r"|(?:border|borders|frontier|boundary)(?:\s+(?:town|city|crossing|post|region|area|district|village))?\s+with"
    r"|\bbordering)\s+(?:the\s+)?$"
    # "marking the exit of Spanish company Ferrovial": who leaves sells, and pays nothing
    r"|\b(?:exit|departure|withdrawal|retreat)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
# "Apple supplier Foxconn", "Apple iPhone maker Foxconn", "Tesla battery partner CATL": a customer's name used
# as a label for the company that follows.
_SUPPLIER_LABEL = re.compile(
    r"\s+(?:(?!and\b|or\b|with\b|its\b|their\b)[\w-]+\s+){0,2}?(?:maker|supplier|assembler|contractor|manufacturer|"
    r"partner|vendor)\s+(?=[A-Z])"
)


_AMOUNT_IN_BEFORE = re.compile(r"(?:\d|\b(?:billion|million|trillion|bn|bln|mn|m))\s+in\s+(?:new\s+|fresh\s+)?$")
_FINANCING_NOUN_AFTER = re.compile(
    # "could receive €350 million in EU grants": the grants' giver too
    r"\s+(?:government\s+|state\s+|public\s+|private\s+)?(?:financing|funding|loans?|credit|investments?|aid|capital|"
    r"grants?|subsid(?:y|ies))\b"
)
_MARKET_FILING_AFTER = re.compile(
    r"\s+(?:(?:and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?(?:stock\s+)?(?:filings?|exchanges?|bourses?)\b)"
)
_COMBINING_FORM_BEFORE = re.compile(r"\b(?:Anglo|Franco|Sino|Indo|Italo|Russo|Luso|Hispano|Nippo|Turco)-$")
_PUT_ON_SALE_BY_BEFORE = re.compile(
    r"\b(?:put|placed|offered|up)\s+(?:up\s+)?(?:on|for)\s+sale\s+by\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_KNOW_HOW_FROM_BEFORE = re.compile(
    r"\b(?:technology|technologies|know-how|expertise|licen[cs]es?|technical support)\s+(?:and\s+support\s+)?from\s+"
    r"(?:a|an|the)?\s*$",
    re.IGNORECASE,
)
_SUPPLIERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:suppliers|partners|contractors|vendors|assemblers)\b(?!\s+[A-Z])")
_DEBT_AFTER = re.compile(r"\s+(?:debts?|dues|arrears)\b")
_REPAYING_BEFORE = re.compile(r"\b(?:for|repay|repaying|to pay|pay off|paying off)\s+(?:the\s+|its\s+)?$")
_INVEST_IN_BEFORE = re.compile(
    r"\b(?:to|will|would)\s+invest\s+in\s+(?:(?:developing|promising|young|small|innovative|local|growing|emerging|"
    r"high-growth|fast-growing|mid-sized|medium-sized|listed|unlisted|private|tech|technology)\s+|(?:and|,)\s+)*$"
)
_BORDER_AFTER = re.compile(r"\s+(?:border|borders|frontier)\b")
_SUPPLIER_OF_BEFORE = re.compile(
    r"\b(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:supplier|assembler|contractor|vendor|manufacturer)\s+(?:of|to|for)\s+$"
    # "Products from this US$400 million project would be supplied to Sony and Lenovo": the buyers of its output
    r"|\b(?:supplied|sold|delivered|shipped)\s+to\s+(?:(?:[A-Z][\w&.-]*\s+){1,3}(?:and|,)\s+)?$",
    re.I,
)
_SUPPLIER_ACTS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:supplier|assembler|contractor|vendor|maker|manufacturer)\s+(?:to|will|has|have|is|are|"
    r"secures?|wins?|plans?|invests?|opens?|picks?|starts?|begins?|gets?|lands?|eyes|mulls|bets|pours?|builds?)\b",
    re.IGNORECASE,
)
_SUPPLIER_OF = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:makers?|suppliers?|assemblers?|contractors?|manufacturers?|vendors?)\b"
)


def _names_its_supplier(sentence: str, mention: Mention, mentions: tuple[Mention, ...]) -> bool:
    if _SUPPLIER_OF.match(sentence, mention.end) or _SUPPLIER_ACTS_AFTER.match(sentence, mention.end):
        # "Apple's biggest supplier is likely to use its new facility", "Apple supplier secures license for US$19
        # million facility": the supplier acts
        return True
    label = _SUPPLIER_LABEL.match(sentence, mention.end)
    return label is not None and any(
        other.kind == "organization" and other.start == label.end() and other.country != mention.country
        for other in mentions
    )


def _backs_a_foreign_company(sentence: str, mention: Mention, mentions: tuple[Mention, ...]) -> bool:
    """ "the Volkswagen-backed Chinese battery giant": the backer's name describes a company of another country."""
    backed = re.match(r"-(?:backed|funded|owned)\s+", sentence[mention.end :])
    if backed is None:
        return False
    nationality_at = mention.end + backed.end()
    return any(
        other.start == nationality_at and other.kind == "country" and other.country != mention.country
        for other in mentions
    )


NAMES_A_PROJECT_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,4}\s+(?:Project|Programme|Program|Line|Railway|Expressway|Highway|Airport|Bridge|Subway|"
    r"Metro|Corridor|Dam|Bypass|Road|Tunnel|Canal|Port|Terminal|Pipeline|Transit|Tramway|Monorail|Hospital)\b"
)
_LOCAL_ARM_AFTER = re.compile(
    # "in Hutchison's U.K. mobile phone operator Three UK"
    r"\s+(?:[a-z-]+\s+){0,2}(?:grid|network|unit|business|operations?|operator|arm|subsidiary|assets|division|"
    r"branch)\b"
)
# "to Adani's Colombo port terminal", "in Tesla's Shanghai plant": a site the owner runs in a named place.
_LOCAL_SITE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:port|terminal|plant|factory|mine|refinery|smelter|complex|site|facility|airport|"
    r"campus|gigafactory|fab|shipyard|mill)\b"
)


def _owners_local_arm(sentence: str, mention: Mention, mentions: tuple[Mention, ...]) -> str | None:
    """In "in TenneT's German grid" or "to Adani's Colombo port terminal" the owner is the setting and the country of
    its arm or site receives; None elsewhere."""
    # "ING's (ING.AS) Malaysian insurance unit": the company's ticker in brackets names it again
    mentions = tuple(
        m
        for number, m in enumerate(mentions)
        if not (number and m.name == mentions[number - 1].name and "(" in sentence[mentions[number - 1].end : m.start])
    )
    for owner, arm in zip(mentions, mentions[1:], strict=False):
        if (
            owner.kind == "organization"
            and arm.kind in {"country", "place"}
            # "Holding BV's", "ING's (ING.AS)"
            and re.fullmatch(
                r"(?:\s+[A-Z][\w.]*){0,3}(?:'s|’s)\s+(?:\([^)]{1,20}\)\s+)?", sentence[owner.end : arm.start]
            )
            and (
                # "the acquisition of Suncor Energy's UK arm": a country's name before the arm as well
                (arm.kind == "country" and _LOCAL_ARM_AFTER.match(sentence, arm.end))
                or (not is_demonym(arm) and _LOCAL_SITE_AFTER.match(sentence, arm.end))
            )
            and re.search(
                r"\b(?:in|into|to|for|of|buy|buys|bought|acquire|acquires|acquired)\s+(?:the\s+)?$",
                sentence[max(0, owner.start - 12) : owner.start],
            )
        ):
            if mention is owner:
                return "setting"
            if mention is arm:
                return "recipient"
    return None


# What follows an opening place when the place is where the money goes: a payer that acts there, not one that speaks.
_PLEDGE_NOT_SPEECH = re.compile(
    r",\s+(?![^.;]*\b(?:said|says|told|tells|announced|announces|stated|noted|added|adds|according\s+to)\b)"
    r"[^.;$€£¥₩₹]{0,80}?\b(?:has\s+|have\s+|will\s+|is\s+|are\s+)?(?:initiat|invest|build|buil|spend|spent|pour|"
    # "In the UK, Microsoft had detailed plans for a $30bn spend"
    r"inject|launch|start|open|develop|construct|expand|fund|financ|plan|pledg|commit|allocat|earmark)\w*\s+"
    r"[^.;]{0,40}?[$€£¥₩₹\d]"
)
# "At the Port of Posorja in Ecuador, ...", "At its plant in Hai Phong, ...": an opening that names the works themselves
_WORKS_OPENING = re.compile(
    r"^\W*(?:At|In)\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:[Pp]ort|plant|factory|site|mine|terminal|"
    r"facility|refinery|complex|campus|shipyard|field|hub)\b[^,;]*$"
)


def _works_opening(sentence: str, mention: Mention) -> bool:
    comma = sentence.find(",", mention.end)
    return (
        comma >= 0
        and bool(_WORKS_OPENING.match(sentence[: mention.start]))
        and bool(_PLEDGE_NOT_SPEECH.match(sentence, comma))
    )


# "The Caisse de dépôt, asset manager for pension schemes in Canada's French-speaking province, is to invest": a
# noun phrase set after a known company's name describes it; the places in it are not where the money goes.
_APPOSITION_AFTER_NAME = re.compile(r",\s+(?:an?\s+|the\s+)?[a-z][^,;:()$€£¥₩₹\d]{0,120}?,")
_VERB_IN_APPOSITION = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|to|said|says|which|who|that)\b")


def _in_apposition(sentence: str, mention: Mention, mentions: tuple[Mention, ...]) -> bool:
    for named in mentions:
        if named.kind != "organization" or not named.country or named.end > mention.start:
            continue
        apposition = _APPOSITION_AFTER_NAME.match(sentence, named.end)
        if (
            apposition
            and apposition.start() < mention.start < apposition.end()
            and not _VERB_IN_APPOSITION.search(apposition.group(0))
        ):
            return True
    return False


# "Uganda strikes $4bn oil deal with", "The Mauritanian government has signed a framework agreement worth US$40
# billion with": a party that signs, read from right after its name.
_SIGNS_A_DEAL = (
    r"(?:\s+government)?(?:\s+(?:has|have|had|on\s+\w+|also|today|yesterday|recently)){0,2}\s+"
    r"(?:signs?|signed|inks?|inked|strikes?|struck|seals?|"
    r"sealed)\s+[^.;]{0,80}?\b(?:agreement|deal|contract|memorandum|MoU|accord|pact)s?\b"
)
# A government that signs a deal with a company to develop something at home: the company brings the money.
_SIGNS_TO_DEVELOP_AFTER = re.compile(
    _SIGNS_A_DEAL + r"[^.;]{0,60}?\bwith\s+(?:the\s+)?"
    r"(?P<party>[A-Z][^.;]{0,140}?)\b(?:to\s+(?:develop|build|construct|set\s+up|establish)"
    # "Bolivia also signed a contract in September with Russia's Uranium One Group for construction of a plant"
    r"|for\s+(?:the\s+)?(?:construction|development|building)\s+of)\b",
)
# "Zambia Signs $2 Billion Solar Power Development Pact With UAE": headlines capitalise their words
_SIGNS_A_DEAL_WITH = re.compile(_SIGNS_A_DEAL + r"\s+with\s+(?:the\s+)?", re.IGNORECASE)


_DEALS_WITH_BEFORE = re.compile(
    r"\b(?:signed|signs|concluded|concludes|inked|inks|sealed|seals|struck|strikes)\s+(?:[^.;]|\.(?=\d)){0,100}?"
    r"\b(?:agreements?|deals?|contracts?|memorand(?:um|a)|MoUs?)\b(?:[^.;]|\.(?=\d)){0,80}?\bwith\s+"
    r"(?:several\s+|\d+\s+)?$"
)
_COMPANIES_AFTER = re.compile(r"\s+(?:companies|firms|investors|businesses|enterprises)\b")


def _signed_with_companies_of(sentence: str, mention: Mention) -> bool:
    """ "signed agreements worth $1.37bn ... with Chinese companies": the nationality of the companies signed with."""
    return bool(
        _DEALS_WITH_BEFORE.search(sentence, max(0, mention.start - 220), mention.start)
        and _COMPANIES_AFTER.match(sentence, mention.end)
    )


def _names_the_subject(sentence: str, mention: Mention) -> bool:
    """The sentence opens with the name, or with the name's region ("Uzbekistan’s Ferghana Region concluded")."""
    return _is_named_first(sentence, mention) or (
        sentence[: mention.start].strip() == "" and re.match(r"(?:'s|’s)\s+[A-Z]", sentence[mention.end :]) is not None
    )


def _is_named_first(sentence: str, mention: Mention) -> bool:
    """The sentence opens with the name ("Uganda strikes ...", "The Mauritanian government has signed ...")."""
    return sentence[: mention.start].strip() in {"", "The", "the"}


_AGREEMENT_WITH_BEFORE = re.compile(
    r"\b(?:agreement|deal|pact|accord|framework|contract|memorandum\s+of\s+understanding|MoU)\s+with\s+(?:the\s+)?$",
    re.I,
)
_THE_GOVERNMENT_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+(?:government|authorities)\b", re.I)


def _government_a_company_signs_with(sentence: str, mention: Mention, mentions: tuple[Mention, ...]) -> bool:
    """ "China Harbour Engineering Company (CHEC) has ... signed a Memorandum of Understanding with the São Tomé e
    Príncipe government for the design and construction of a port": the host of what the company builds."""
    return (
        not is_demonym(mention)
        and _AGREEMENT_WITH_BEFORE.search(sentence, max(0, mention.start - 60), mention.start) is not None
        and _THE_GOVERNMENT_AFTER.match(sentence, mention.end) is not None
        and any(
            m.kind == "organization" and m.end <= mention.start and m.country not in {None, mention.country}
            for m in mentions
        )
    )


def _host_signing_with_a_company(sentence: str, mention: Mention, mentions: tuple[Mention, ...]) -> bool:
    """ "The Mauritanian government has signed a framework agreement worth US$40 billion with CWP Global, an energy
    group based in Newcastle, Australia, to develop ...": the subject country hosts what the company builds. Not
    when the other party is a country or a bank ("with Saudi Arabia", "with China Development Bank")."""
    if not _is_named_first(sentence, mention):
        return False
    signing = _SIGNS_TO_DEVELOP_AFTER.match(sentence, mention.end)
    if signing is None or _LENDER_NAME.search(signing.group("party")):
        return False
    party = signing.start("party")
    # "with Saudi Arabia" is another country; "with China's Tsingshan Holding Group" is its company
    return not any(
        m.start == party and m.kind == "country" and not is_demonym(m) and not sentence.startswith(("'s", "’s"), m.end)
        for m in mentions
    )


# "the signing of a $340.7 million framework agreement with a South Korean consortium": investors signed with
_AGREEMENT_WITH_A_GROUP_BEFORE = re.compile(
    r"\b(?:agreements?|deals?|pacts?|accords?|MoUs?|memorandum)\s+with\s+(?:a|an|the)\s+(?:group\s+of\s+)?$"
)
_INVESTOR_GROUP_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:consortium|investors?|investment\s+(?:group|fund)|fund)\b")
# "The Moroccan government has chosen Gotion High-Tech to build", "the Moroccan State has decided to trust the
# Sino-European actor GOTION High-Tech, ..., to develop": the host picks the company that builds.
_CHOOSES_A_BUILDER_AFTER = re.compile(
    r"(?:\s+(?:[Gg]overnment|[Ss]tate|[Aa]uthorities|[Aa]dministration|[Cc]abinet))?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:(?:decided|agreed)\s+to\s+)?(?:chosen|chose|choose|selected|selects|select|picked|picks|pick|tapped|taps|"
    r"entrusted|entrusts|entrust|trusted|trusts|trust)\s+(?:the\s+)?(?P<party>[A-Z][^.;]{0,160}?)"
    r"(?:\b(?:to\s+(?:develop|build|construct|set\s+up|establish|operate)|with\s+(?:developing|building|constructing))\b"
    # "..., one of whose key shareholders is Volkswagen, to develop ...,": an aside `_without_insertion` blanked out,
    # the task with it
    r"|,?\s{3,})"
)
# "For this first gigafactory, the Moroccan State has ...": the subject after a short opening phrase.
_SUBJECT_AFTER_OPENING = re.compile(r"[“\"]?(?:[^,.;]{0,60},\s*)?(?:[Tt]he\s+)?")


def builder_a_host_chooses(sentence: str, mention: Mention, mentions: tuple[Mention, ...]) -> int | None:
    """A country, as the subject, that picks a company to build hosts what the company builds, and does not pay:
    the index of the company (or of its nationality) picked. None when the one picked is another country ("chose
    Japan to build")."""
    if not _SUBJECT_AFTER_OPENING.fullmatch(sentence, 0, mention.start):
        return None
    choosing = _CHOOSES_A_BUILDER_AFTER.match(sentence, mention.end)
    if choosing is None:
        return None
    picked = [
        number
        for number, other in enumerate(mentions)
        if choosing.start("party") <= other.start < choosing.end("party")
        and (other.kind == "organization" or (other.kind == "country" and other.country != mention.country))
    ]
    if not picked or (mentions[picked[0]].kind == "country" and not is_demonym(mentions[picked[0]])):
        return None
    return picked[0]


def _second_of_joined_companies(sentence: str, mention: Mention, mentions: tuple[Mention, ...]) -> bool:
    """A nationality right after "<a company of another country> and", as the sentence's subject: the second of two
    companies that act together, the first named leading. Not when the first one is at home where the money goes
    ("DP World and Canadian investor CDPQ will invest $4 billion in ... UAE assets": the foreign partner's money)."""
    later = {m.country for m in mentions if m.start > mention.end and m.kind in {"country", "place"}}
    return any(
        other.kind == "organization"
        and other.country
        and other.country != mention.country
        and other.country not in later
        and re.fullmatch(r"\s+and\s+", sentence[other.end : mention.start])
        and re.fullmatch(r"(?:[A-Z][\w.-]*(?:'s|’s)\s+)?(?:[A-Z][\w&.-]*\s+){0,3}", sentence[: other.start])
        for other in mentions
    )


# A government or regulator that clears or blocks someone else's takeover is neither side of it.
_APPROVES_A_TAKEOVER_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:government|regulators?|authorities|ministry|cabinet|watchdog)\s+"
    r"(?:on\s+\w+\s+)?(?:has\s+|had\s+|have\s+)?(?:approved|cleared|blocked|rejected|authori[sz]ed|okayed)\s+"
    r"(?:[^.;]|\.(?=\S|\s+[a-z])){0,120}?\b(?:takeover|acquisition|purchase|merger|bid)\b",
    re.IGNORECASE,
)
# "a deal that values the Irish firm at €751.4m", "valuing Fyffes at": what is valued is what is bought.
# "has given the green light for China Three Gorges Corp.'s $1.6 billion hydropower project": the approval is the
# host's; the amount is the company's own.
_APPROVAL_FOR_BEFORE = re.compile(
    r"\b(?:green light|go-ahead|go ahead|approval|nod|clearance|permission|licen[cs]e|permit)\s+(?:\w+\s+)?for\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_OWN_AMOUNT_AFTER = re.compile(
    r"(?:\s+(?:Corp\.?|Inc\.?|Co\.?|Ltd\.?|plc|Plc|PLC|SA|AG|SE|NV|Group))?(?:'s|’s)\s+"
    r"(?:(?:planned|proposed|estimated|new)\s+)?(?:US|A|C|S|HK|NZ|R|Rs\.?\s?)?[$€£¥₩₹]?\d"
)
# "beating rivals from Germany and Brazil", "Other bidders included Germany's E.ON AG and Brazil's Eletrobras"
_RIVAL_BIDDERS_BEFORE = re.compile(
    r"\b(?:beating|beat|outbid|outbidding|defeating)\s+(?:the\s+)?(?:rivals?|competitors?|(?:rival\s+|other\s+)?bidders?)"
    r"\s+(?:from|in|including|such\s+as)\s+(?:[^.;$€£¥₩₹]{0,60}?\s)?$"
    r"|\b(?:other|rival|losing|competing)\s+(?:bidders|suitors|contenders)\s+(?:included|include|were|are|such\s+as)\s+"
    r"(?:[^.;$€£¥₩₹]{0,80}?\s)?$"
    # "beating Brazilian rival CSN in an overnight auction": the rival's nationality, then its name
    r"|\b(?:beating|beat|outbid|outbidding|defeating)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:rival|competitor|bidder)\s+)?$",
    re.IGNORECASE,
)
_VALUED_BEFORE = re.compile(r"\b(?:values|valued|valuing)\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+)?$")
_VALUED_AT_AFTER = re.compile(r"^(?:'s|’s)?(?:\s+[\w-]+){0,3}?\s+at\s+(?:about\s+|around\s+|some\s+)?[$€£¥₩A-Z\d]")


_SITE_CHOSEN_BEFORE = re.compile(r"\b" + CHOOSING + r"\s+(?:the\s+)?$", re.I)
_AS_A_SITE_AFTER = re.compile(r"\s+(?:as|for)\s+(?:the\s+|its\s+|a\s+)?(?:new\s+)?(?:home|site|location|base|host)\b")


@lru_cache(maxsize=512)
def _hints(sentence: str, mentions: tuple[Mention, ...]) -> tuple[tuple[int, str], ...]:
    """The same sentence is read for its roles several times per article (subject, host, parties, each amount)."""
    marked: dict[int, str] = {}
    leading = _LEADING_ATTRIBUTION.match(sentence)
    speaker_end = -1
    if leading and not _PRONOUN_SUBJECT.match(leading.group("rest")):
        speaker_end = leading.end("speaker")
    opening = _OPENING_PHRASE.match(sentence)
    if opening:
        speaker_end = max(speaker_end, opening.end())
    speaker_end = max(speaker_end, title_dateline_end(sentence))  # "Bengaluru/Tokyo — ...": where it was filed
    # Cues that only a few sentences hold: looked for once, so that their patterns run only where they can match.
    taken_over = _TAKEN_OVER_BY.search(sentence) is not None
    clients_listed = _CLIENTS_WORD.search(sentence) is not None
    for number, mention in enumerate(mentions):
        if mention.kind == "multilateral":
            continue
        if mention.end <= speaker_end and mention.kind in {"country", "place"} and _works_opening(sentence, mention):
            marked[number] = "recipient"  # "At the Port of Posorja in Ecuador, DP World has initiated a $140m ..."
            continue
        if mention.end <= speaker_end:
            trip = TRIP_BEFORE.search(sentence[max(0, mention.start - 40) : mention.start])
            marked[number] = "trip" if trip else "setting"  # "During his visit to India, Kishida pledged..."
            continue
        if (
            mention.kind in {"country", "place"}
            and not is_demonym(mention)  # "Great Wall Motor, another Chinese carmaker,": its own nationality
            and _in_apposition(sentence, mention, mentions)
        ):
            marked[number] = "setting"  # "the Caisse, asset manager for pension schemes in Canada's ... province,"
            continue
        if (
            number > 0
            and number - 1 in marked
            and mention.kind == mentions[number - 1].kind == "country"
            and sentence[mentions[number - 1].end : mention.start] == "-"
            and is_demonym(mention)
        ):
            # "Belgian-Dutch biotech firm Galapagos": one company, two homes; "sold the stake to Thai-Chinese
            # billionaire Dhanin": the first home pays, and the second is no side of its own
            marked[number] = "setting" if marked[number - 1] == "investor" else marked[number - 1]
            continue
        if (
            number > 0
            and mention.kind == "country"
            and not is_demonym(mention)
            and mentions[number - 1].kind == "organization"
            and mentions[number - 1].country == mention.country
            and sentence[mentions[number - 1].end : mention.start] == " of "
        ):
            marked[number] = "setting"  # "funded by Credit Agricole of France": the lender's home, said with its name
            continue
        if (
            mention.kind == "country"
            and _is_named_first(sentence, mention)
            and _BORROWS_FROM_AFTER.match(sentence, mention.end)
        ):
            # "Rabat has concluded three loan contracts totaling 250 million euros ... with the German Development
            # Bank": the country that signs loan contracts with a lender borrows
            marked[number] = "recipient"
            continue
        if mention.kind == "country" and _government_a_company_signs_with(sentence, mention, mentions):
            marked[number] = "recipient"  # "CHEC ... signed a Memorandum of Understanding with the São Tomé government"
            continue
        if mention.kind == "country" and _host_signing_with_a_company(sentence, mention, mentions):
            marked[number] = "recipient"  # "The Mauritanian government has signed a $40 billion deal with CWP Global"
            continue
        builder = builder_a_host_chooses(sentence, mention, mentions) if mention.kind == "country" else None
        if builder is not None:
            marked[number] = "recipient"  # "The Moroccan government has chosen Gotion High-Tech to build a plant"
            marked[builder] = "investor"
            continue
        if mention.kind == "country" and is_demonym(mention) and _signed_with_companies_of(sentence, mention):
            marked[number] = "investor"  # "concluded 29 agreements worth $1.37bn ... with Chinese companies"
            continue
        if (
            mention.kind in {"country", "place"}
            and _names_the_subject(sentence, mention)
            and any(
                other.start > mention.end
                and other.kind == "country"
                and other.country != mention.country
                and is_demonym(other)
                and _signed_with_companies_of(sentence, other)
                for other in mentions
            )
        ):
            marked[number] = "recipient"  # "Uzbekistan’s Ferghana Region concluded 29 ... agreements ... with Chinese"
            continue
        if (
            mention.kind == "country"
            and is_demonym(mention)
            and _AGREEMENT_WITH_A_GROUP_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)
            and _INVESTOR_GROUP_AFTER.match(sentence, mention.end)
        ):
            marked[number] = "investor"  # "a $340.7 million framework agreement with a South Korean consortium"
            subject = mentions[0]
            if (
                subject.kind == "organization"
                and subject.country not in {None, mention.country}
                and _SUBJECT_AFTER_OPENING.fullmatch(sentence, 0, subject.start)
            ):
                marked.setdefault(0, "recipient")  # the company that signs with the investors takes their money
            continue
        if mention.kind == "country" and _ITS_ALLY_AFTER.match(sentence, mention.end):
            marked[number] = "setting"  # "Sri Lanka’s long-time ally has agreed to grant ...": the ally, not Sri Lanka
            continue
        if _THANKED_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
            marked[number] = "setting"  # "extended special thanks to the SFD Board for approving the loan": thanked
            continue
        if _ONE_OF_SEVERAL_BEFORE.search(sentence, max(0, mention.start - 80), mention.start):
            marked[number] = "list"  # "investment from British and international investors including ... La Caisse"
            continue
        if _in_long_list(sentence, mention, mentions) or (
            mention.kind == "country"
            and not is_demonym(mention)
            and _MEMBERS_BEFORE.search(sentence, max(0, mention.start - 80), mention.start)
        ):
            marked[number] = "list"
            continue
        if mention.kind == "country" and _NATIONALITY_IN_BRACKETS.search(sentence, 0, mention.start):
            abbreviation = any(  # "the European Union (EU)": the same name shortened, not a nationality
                other.country == mention.country and other.end <= mention.start and mention.start - other.end <= 3
                for other in mentions
            )
            if sentence[mention.end : mention.end + 1] == ")":
                # "Risesun Investment Pte. Ltd (Singapore) will invest $75 million"; "the European Union (EU)" only
                # repeats the name before it, whose role stands.
                through_a_unit = _THROUGH_A_UNIT_BEFORE.search(
                    sentence, max(0, mention.start - 80), mention.start
                ) or _OWNED_FROM_ABROAD_BEFORE.search(sentence, max(0, mention.start - 80), mention.start)
                # "through its wholly owned subsidiary JSW Steel (Netherlands) B.V.": the unit's seat, not the payer's
                if abbreviation or through_a_unit:
                    marked[number] = "setting"
                elif _GIVEN_TO_A_NAME_BEFORE.search(sentence, max(0, mention.start - 80), mention.start):
                    # "a capital injection of US$ 400,000,000 to Chang Yi Interconnect Technology (India)": the
                    # company given the money is where it goes
                    marked[number] = "recipient"
                else:
                    marked[number] = "investor"
                continue
        if (
            mention.kind == "country"
            and number + 1 < len(mentions)
            and mentions[number + 1].kind == "organization"
            and mentions[number + 1].country not in {None, mention.country}
            and _AND_THE_BEFORE_LENDER.fullmatch(sentence, mention.end, mentions[number + 1].start)
            and _LENDER_NAME_END.search(mentions[number + 1].name)
            and _SIGN_A_LOAN_AFTER.match(sentence, mentions[number + 1].end)
        ):
            # "The Philippine government and the Japan International Cooperation Agency (Jica) on Friday signed a
            # $2-billion loan agreement": the government borrows from the lender it signs with
            marked[number] = "recipient"
            marked[number + 1] = "investor"
            continue
        if (
            mention.kind in {"country", "organization"}
            and re.search(
                r"\b(?:in|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", sentence[max(0, mention.start - 50) : mention.start]
            )
            and _OWNERS_PROJECT_ELSEWHERE_AFTER.match(sentence, mention.end)
        ):
            # "in French utility EDF's Hinkley Point C nuclear power station project in Britain": the owner and its
            # nationality are no side; the project's place is
            marked[number] = "setting"
            continue
        if _TARIFFS_FROM_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
            marked[number] = "setting"  # "undeterred by the impending tariffs from U.S. President Donald Trump"
            continue
        if _VISIT_BY_SOMEONE_TO_BEFORE.search(sentence, max(0, mention.start - 90), mention.start):
            # "as part of a visit by Czech Prime Minister Bohuslav Sobotka to Nexen's plant in Changnyeong": the place
            # a named visitor tours is where the talks are held, not where the money goes
            marked[number] = "setting"
            continue
        if mention.kind == "organization" and _BOUGHT_BY_AFTER.match(sentence, mention.end):
            marked[number] = "recipient"  # "GIP ... is being purchased by BlackRock": the company bought
            continue
        if mention.kind == "organization" and _ACCEPTS_A_TAKEOVER_AFTER.match(sentence, mention.end):
            marked[number] = "recipient"  # "Goldminer Newcrest agrees to $29b Newmont takeover": the target agrees
            continue
        if (
            mention.kind == "organization"
            and number > 0
            and mentions[number - 1].kind == "organization"
            and _AMOUNT_END_BEFORE.search(sentence, 0, mention.start)
            and _TAKEOVER_NOUN_AFTER.match(sentence, mention.end)
        ):
            # "Newcrest agrees to $29b Newmont takeover": after the target, the bidder's takeover; "Siemens completes
            # $10 billion Varian takeover": after the buyer, the company bought
            accepted = marked.get(number - 1) == "recipient" and _ACCEPTS_A_TAKEOVER_AFTER.match(
                sentence, mentions[number - 1].end
            )
            marked[number] = "investor" if accepted else "recipient"
            continue
        before = sentence[max(0, mention.start - 40) : mention.start]
        after = sentence[mention.end : mention.end + 50]
        opens_the_sentence = _SETTING.match(sentence[: mention.start]) is not None
        # Cues that several branches below test: searched once per mention.
        recipient_cue = _RECIPIENT_BEFORE.search(before) is not None
        people_after = _INVESTOR_AFTER.match(after)  # "Korean firms", "Japanese companies'"
        partner_cue = _PARTNER_BEFORE.search(before) is not None or (
            mention.kind == "organization"
            and _PARTNERED_WITH_A_DESCRIBED_BEFORE.search(sentence, max(0, mention.start - 80), mention.start)
            is not None
        )
        owners_local_arm = _owners_local_arm(sentence, mention, mentions)
        if mention.kind == "country" and is_demonym(mention) and _DEVELOPMENT_LENDER_AFTER.match(after):
            marked[number] = "investor"  # "from the French Agency for Development", "the German Development Bank"
        elif (
            mention.kind == "country"
            and is_demonym(mention)
            and _PART_OF_AN_AMOUNT_BEFORE.search(before)
            and _PLEDGE_NOUN_AFTER.match(after)
        ):
            marked[number] = "investor"  # "$1 billion of the Saudi commitment": a part of that country's pledge
        elif mention.kind in {"country", "place"} and _DESTINATION_AFTER.match(after):
            marked[number] = "recipient"  # "the United States is the main destination for its investments"
        elif mention.kind in {"country", "place"} and _FROM_ITS_BEFORE.search(before) and _FACILITY_AFTER.match(after):
            marked[number] = "recipient"  # "the launch of its first electric vehicle from its Gujarat plant": its site
        elif mention.kind == "organization" and _SUM_IN_BEFORE.search(before) and _LENDING_NOUN_AFTER.match(after):
            marked[number] = "investor"  # "114 million euros in EIB financing": the lender's own financing
        elif (
            mention.kind == "organization"
            and _APPROVAL_FOR_BEFORE.search(before)
            and _OWN_AMOUNT_AFTER.match(sentence, mention.end)
        ):
            marked[number] = "investor"  # "gave the green light for China Three Gorges Corp.'s $1.6 billion project"
        elif (
            mention.kind == "country"
            and _HELP_AFTER.match(after)
            and before.rstrip().endswith("with")
            and is_demonym(mention)
        ):
            marked[number] = "investor"  # "as the nation seeks to upgrade its infrastructure with Chinese help"
        elif (
            number == 0  # the sentence's subject, alone: not "Ecuador and China signed", "KfW of Germany have signed"
            and mention.kind == "country"
            and not is_demonym(mention)
            and not re.search(r"(?:\band|&|,|\bof)\s+$", before)
            and _SIGNS_FOR_FINANCING_AFTER.match(sentence, mention.end)
        ):
            marked[number] = "recipient"  # "Ethiopia, a fast-growing economy, signed a $1 billion financing deal"
        elif mention.kind == "country" and _SOURCE_OF_MONEY_IN_AFTER.match(after) and is_demonym(mention):
            marked[number] = "investor"  # "a draft agreement for Saudi investments in the country": whose money it is
        elif (
            mention.kind in {"organization", "country"}
            and before.endswith("for ")
            and _TO_BUILD_AFTER.match(sentence, mention.end)
        ):
            # "approving $1.29 billion in state incentives for Volkswagen's off-road brand Scout Motors to build a $2
            # billion plant": the one the help is for builds, and pays for, the plant
            marked[number] = "investor"
        elif mention.kind == "country" and _OWNER_OF_A_UNIT_AFTER.match(after):
            marked[number] = "setting"  # "to acquire GVT, the French conglomerate's broadband business": who sells it
        elif mention.kind == "organization" and _OWNERS_UNIT_BOUGHT_BEFORE.search(
            sentence, max(0, mention.start - 80), mention.start
        ):
            marked[number] = "recipient"  # "to buy Ford Motor Co.'s Volvo Cars unit for $1.8 billion": the unit bought
        elif mention.kind == "organization" and _SELLER_PAID_AFTER.match(after):
            marked[number] = "setting"  # "Vivendi gets a cash consideration of €4.66 billion": the seller is paid
        elif mention.kind == "country" and _APPROVES_A_TAKEOVER_AFTER.match(sentence, mention.end):
            marked[number] = "setting"  # "Canada's government on Thursday approved Burger King's takeover of ..."
        elif _VALUED_BEFORE.search(before) and _VALUED_AT_AFTER.match(after):
            marked[number] = "recipient"  # "a deal that values the Irish firm at €751.4m": the company bought
        elif mention.kind == "country" and _AMOUNT_IN_BEFORE.search(before) and _FINANCING_NOUN_AFTER.match(after):
            # "may get up to $4 bln in U.S. financing": the financing's country pays, but "plans $35 billion in U.S.
            # investments": investments named by a country, not by its people, are made there.
            investments = re.match(r"\s+investments?\b", after) and not is_demonym(mention)
            marked[number] = "recipient" if investments else "investor"
        elif mention.kind in {"country", "place"} and _MARKET_FILING_AFTER.match(after):
            # "said in a Hong Kong filing", "told the Shanghai and Hong Kong stock exchanges"
            marked[number] = "setting"
        elif mention.kind == "country" and _COMBINING_FORM_BEFORE.search(before):
            # "a significant boost to the Anglo-Swedish drugmaker": a company of two homes, named elsewhere
            marked[number] = "setting"
        elif _PUT_ON_SALE_BY_BEFORE.search(before):
            # "a 20% stake put on sale by the Australian infrastructure fund IFM": the seller
            marked[number] = "setting"
        elif _KNOW_HOW_FROM_BEFORE.search(before):
            # "a battery plant that it will operate with technology and support from a Chinese battery maker": the
            # firm that lends its know-how is no payer.
            marked[number] = "setting"
        elif _SOLD_TO_BUYER_BEFORE.search(sentence, max(0, mention.start - 160), mention.start):
            marked[number] = "investor"  # "is selling its U.S. confectionery business to Italian ... Ferrero": buys
        elif (
            mention.kind in {"country", "place"}
            and _SELLS_ITS_BEFORE.search(before)
            and _BUSINESS_SOLD_AFTER.match(after)
        ):
            marked[number] = "recipient"  # "is selling its U.S. confectionery business": where the business is
        elif mention.kind == "organization" and (sale := _SELLS_AFTER.match(sentence[mention.end : mention.end + 160])):
            # "Macquarie will sell Waddell & Reed's wealth business ... for $US300 million": a seller of another's
            # asset is neither side; "Bayer had to sell its own seed businesses to BASF": the owner is paid.
            # "Freeport will offload its 70 percent stake in TF Holdings": the company the stake is in is bought.
            own = _ITS_OWN_BUSINESS.match(sale.string, sale.end())
            stake_in_another = own is not None and re.match(r"\s+in\s+(?:the\s+)?[A-Z]", sale.string[own.end() :])
            marked[number] = "recipient" if own and not stake_in_another else "setting"
        elif mention.kind in {"country", "place"} and _CONDUIT_SEAT_BEFORE.search(before):
            # "a loan ... with the Moz LNG 1 Financing Company in Abu Dhabi": a conduit's seat
            marked[number] = "setting"
        elif mention.kind == "country" and _NEIGHBOUR_AFTER.match(after):
            marked[number] = "setting"  # "Kenya's southern neighbour is also in talks": another country, unnamed
        elif mention.kind in {"country", "place"} and not is_demonym(mention) and NAMES_A_PROJECT_AFTER.match(after):
            marked[number] = "recipient"  # "the Metro Manila Subway Project (Phase 1)": where the project is built
        elif owners_local_arm is not None:
            # "to invest 9.5 billion euros in TenneT's German grid": the money goes where the arm is, not to its owner
            marked[number] = owners_local_arm
        elif _SOLD_ASSETS_OWNER_BEFORE.search(before) and re.match(
            r"(?:'s|’s|\s+(?:[a-z-]+\s+)?(?:company|firm|group)(?:'s|’s))", after
        ):
            marked[number] = "setting"  # "to offload the Italian company's distribution assets": the seller
        elif (
            mention.kind == "organization"
            and _BUYS_BEFORE.search(before)
            and re.match(r"(?:'s|’s)\s+[A-Z]", after)
            and not re.match(r"(?:'s|’s)\s+[A-Z][\w-]*\s+(?:unit|arm|subsidiary|business|division|operations)\b", after)
        ):
            marked[number] = "setting"  # "Masdar buys Brookfield's Saeta Yield": the seller; the company bought is
        elif mention.kind == "country" and _TO_OBTAIN_AFTER.match(after):
            marked[number] = "recipient"  # "a framework agreement enabling Tanzania to obtain concessional loans"
        elif mention.kind == "country" and _OWNER_HYPHEN_AFTER.match(after):
            marked[number] = "investor"  # "Japan-invested SMC Manufacturing", "South Korea-backed AK Vina": the owner
        elif (
            mention.kind == "country"
            and people_after
            and is_demonym(mention)
            and _INTO_COMPANIES_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
        ):
            marked[number] = "recipient"  # "investors are pumping £1.3billion into dynamic British businesses"
        elif opens_the_sentence and _AMOUNT_AFTER_OPENING.match(after):
            marked[number] = "recipient"  # "In Japan, $3 billion will go into the Himeji plant": where it goes
        elif opens_the_sentence and after.startswith(",") and _PLEDGE_NOT_SPEECH.match(sentence, mention.end):
            marked[number] = "recipient"  # "In Ecuador, DP World has initiated a $140 million berth expansion"
        elif opens_the_sentence and after.startswith(","):
            marked[number] = "opening"  # "In Seoul, the policy chief said...": where it was said, often by whom
        elif mention.kind in {"country", "place"} and (
            (re.search(r"\b[Ff]rom\s+$", before) and re.match(r"\s+to\s+[A-Z]", after))
            or re.search(r"\b[Ff]rom\s+[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)?\s+to\s+$", before)
        ):
            # "From Belgrade to Niš at 200 km/h": the ends of a route; but "relocates its factory from Russia to
            # Romania": the place a business moves to is where its money goes.
            moving_to = _RELOCATES.search(sentence, 0, mention.start) and re.search(r"\bto\s+$", before)
            marked[number] = "recipient" if moving_to else "setting"
        elif mention.kind in {"country", "place"} and _MOVED_FROM_BEFORE.search(before) and re.match(r"\s+to\b", after):
            marked[number] = "setting"  # "consolidate its test operations from Costa Rica to larger sites": it leaves
        elif _RIVAL_BIDDERS_BEFORE.search(sentence, max(0, mention.start - 100), mention.start):
            marked[number] = "setting"  # "beating rivals from Germany and Brazil": bidders who lost pay nothing
        elif _RANKED_AGAINST_BEFORE.search(before):
            marked[number] = "setting"  # "$1.3 billion for Mexico, the region's second largest after Brazil"
        elif _BORROWS_AFTER.match(sentence, mention.end):
            marked[number] = "recipient"  # "The Solomon Islands government has agreed to a ... loan from China Exim"
        elif mention.kind in {"organization", "country"} and _ISSUES_SECURITIES_AFTER.match(after):
            # "funded by RWE issuing a $2.43 billion convertible bond to QIA": RWE is paid; "Kenya will issue a
            # Sh40 billion Samurai bond in Japan": Kenya borrows
            marked[number] = "recipient"
        elif mention.kind == "organization" and _backs_a_foreign_company(sentence, mention, mentions):
            marked[number] = "setting"  # "Gotion, the Volkswagen-backed Chinese battery giant": a shareholder's name
        elif mention.kind == "organization" and _FACILITY_AFTER.match(after):
            marked[number] = "setting"  # "the former Nissan plant": a place's name, not a party
        elif mention.kind == "country" and _TAKEOVER_OF_BEFORE.search(
            sentence, max(0, mention.start - 100), mention.start
        ):
            marked[number] = "recipient"  # "a £24bn takeover of the jewel in the crown of the UK technology industry"
        elif _COPULA_BEFORE.search(before) and _COUNTRY_RELATION_AFTER.match(after):
            marked[number] = "setting"  # "China is Bangladesh's biggest trade partner": the subject is China
        elif mention.kind == "organization" and _RELATION_AFTER.match(after):
            marked[number] = "setting"  # "Apple's supplier Foxconn will invest": the supplier invests, not Apple
        elif (
            mention.kind == "country"
            and re.search(
                r"\b(?:on|of|for|to|into|at|in|build|builds|building|develop|develops|developing)\s+$", before
            )
            and _HOSTS_PRICED_FACILITY_AFTER.match(sentence, mention.end)
        ):
            marked[number] = "recipient"  # "DP World started work on Senegal's $1.2 billion Port of Ndayane"
        elif mention.kind == "country" and _SEEN_INVESTING_AFTER.match(sentence, mention.end):
            # "a partnership with Qatar that will see the Gulf state invest 1 billion pounds": the state described
            marked[number] = "investor"
        elif mention.kind == "country" and _MARKET_TARGETED_BEFORE.search(before) and _MARKET_AFTER.match(after):
            marked[number] = "setting"  # "Japan's JX to invest A$20 mil, targeting US aerospace supply": a market
        elif mention.kind in {"country", "place"} and _EXPORTED_TO_BEFORE.search(before):
            marked[number] = "setting"  # "start exporting LNG to Japan": a market
        elif mention.kind == "country" and (
            _RIVALS_AFTER.match(after) or _DOMINATED_BY_BEFORE.search(before) or _DOMINATED_AFTER.match(after)
        ):
            # "to take on U.S. rivals", "a market dominated by Japanese brands", "an alternative to Chinese-dominated
            # supply chains": competitors
            marked[number] = "setting"
        elif (
            mention.kind == "country"
            and people_after
            and _RAISED_AFTER.search(sentence[mention.end : mention.end + 90])
        ):
            marked[number] = "recipient"  # "Indian startup Ola Electric raised $500 million": the company takes it in
        elif mention.kind == "organization" and _RAISED_AFTER.search(sentence[mention.end : mention.end + 150]):
            marked[number] = "recipient"  # "Mistral AI raised a total of 1.7 billion euros in its latest funding round"
        elif mention.kind == "country" and _WELCOMES_AFTER.match(after):
            marked[number] = "recipient"  # "Pakistan will welcome Saudi Arabia's crown prince ... to sign deals"
        elif mention.kind == "country" and _PURCHASES_AFTER.match(after) and _FINANCES_BEFORE.search(before):
            marked[number] = "recipient"  # "a fund to provide $7.5 billion to finance Polish purchases": the borrower
        elif mention.kind == "country" and _PURCHASES_AFTER.match(after):
            marked[number] = "investor"  # "$4.5 billion in Indonesian purchases of American farm goods": the buyer
        elif (
            mention.kind == "country"
            and is_demonym(mention)
            and _ACQUIRE_BEFORE.search(before)
            and _HOLDINGS_AFTER.match(after)
        ):
            marked[number] = "recipient"  # "to acquire two Peruvian assets from Italy's Enel": where they are
        elif mention.kind == "country" and _PURCHASES_OF_BEFORE.search(before):
            marked[number] = "recipient"  # ... "of American farm goods": the seller is paid
        elif _COUNTERFACTUAL_BEFORE.search(sentence, max(0, mention.start - 90), mention.start):
            marked[number] = "setting"  # "what Volkswagen would receive had it taken its business to the U.S."
        elif TRIP_BEFORE.search(before) or _NAMED_EVENT_IN_BEFORE.search(before):
            marked[number] = "trip"  # "during his visit to Beijing": decided below
        elif _APPROVAL_AFTER.match(after) or _APPROVAL_BY_BEFORE.search(before):
            marked[number] = "setting"  # "pending EU approval": the body that clears the deal, not a party
        elif names_a_venue(sentence, mention) or (
            mention.kind == "country"
            and mention.text != mention.name
            and not is_demonym(mention)
            and _SIGNED_IN_BEFORE.search(sentence, max(0, mention.start - 120), mention.start)
        ):
            # "a conference taking place in Tunisia": where it was said, not where it goes; so is the capital a deal
            # was inked in ("inked a $820-million financing agreement in Beijing, for ... project in Thar")
            marked[number] = "setting"
        elif mention.kind == "country" and not is_demonym(mention) and _EVENT_NAMED_AFTER.match(after):
            marked[number] = "setting"  # "at the Japan CEO Meeting 2022": the name of an event, not a party
        elif mention.kind in {"country", "organization"} and (
            _STAKE_IN_ASSETS_OF_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
            or _BUSINESS_OF_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
        ):
            marked[number] = "recipient"  # "a stake in 48 solar plants controlled by Spanish utility Endesa"
        elif _OWNER_OF_WHAT_IS_BOUGHT_BEFORE.search(before):
            # "solar plants belonging to Endesa, a subsidiary of Italian energy group Enel": who owns what is bought
            marked[number] = "setting"
        elif _MARKET_SERVED_BEFORE.search(before):
            marked[number] = "setting"  # "make France a financial hub for the European Union": a market served
        elif _OLD_CREDITOR_BEFORE.search(before):
            marked[number] = "setting"  # "a loan from China to repay debt to Saudi Arabia": an earlier lender
        elif _HOST_SUPPORT_BEFORE.search(before) and _GOVERNMENT_AFTER.match(after):
            marked[number] = "recipient"  # "with support from the Japanese government": the host helps, TSMC pays
        elif _in_public_support(sentence, mention):
            marked[number] = "setting"  # "strong support from the European Union and German government"
        elif _BIDDER_BEFORE.search(before):
            marked[number] = "investor"  # "accepted a €1 billion takeover offer from China's Midea": the bidder
        elif _BACKED_COMPANY_BEFORE.search(before) and mention.kind == "organization":
            marked[number] = "setting"  # "a funding round for a technology startup backed by SoftBank Group"
        elif _AGENT_BEFORE.search(before) and (
            mention.kind == "organization" or (mention.kind == "country" and _OWNED_AFTER.match(after))
        ):
            marked[number] = "investor"  # "a $6 billion battery chain backed by China's CATL": the one who pays
        elif mention.kind in {"country", "organization"} and _payer_named_after_amount(sentence, mention.start):
            marked[number] = "investor"  # "£800 million by Mubadala and £200 million by the UK": each amount's payer
        elif (
            taken_over
            and mention.kind in {"country", "organization"}
            and not _ACQUIRED_BY_A_CONSORTIUM_BEFORE.search(sentence, max(0, mention.start - 100), mention.start)
            and _TO_BE_ACQUIRED_AFTER.match(sentence, mention.end)
            and " by " not in sentence[: mention.start]
        ):
            marked[number] = "recipient"  # "EA, the US video game company, has agreed to be acquired by": the target
        elif taken_over and _ACQUIRED_BY_A_CONSORTIUM_BEFORE.search(
            sentence, max(0, mention.start - 100), mention.start
        ):
            marked[number] = "investor"  # "to be acquired by an investor consortium comprised of PIF": its first member
        elif (_PLEDGED_BY_BEFORE.search(before) or _COSTS_BEFORE.search(before)) and mention.kind in {
            "country",
            "organization",
        }:
            # "with the help of $35 bn promised by Japan": the one who promised it; "The stake will cost the Japanese
            # bank 260 million rupees": the one it costs
            marked[number] = "investor"
        elif _SELLER_BEFORE.search(sentence[max(0, mention.start - 200) : mention.start]):
            # "buy 180 tanks from South Korea": the seller of goods is paid; "bought the shipyard from Norway's
            # Aker": the seller of an asset is neither side of an investment that stays where the asset is.
            bought = sentence[max(0, mention.start - 200) : mention.start]
            marked[number] = "recipient" if _GOODS_BOUGHT.search(bought) else "setting"
        elif _LICENSED_BEFORE.search(sentence[max(0, mention.start - 120) : mention.start]) and mention.kind in {
            "organization",
            "country",
        }:
            marked[number] = "investor"  # "handed an investment certificate to the LEGO Group": the one who invests
        elif _in_compound_name(sentence, mention, mentions):
            marked[number] = "setting"  # "the Vietnam-Singapore Industrial Park": a name, not two parties
        elif _INVOLVED_BEFORE.search(sentence[max(0, mention.start - 100) : mention.start]):
            marked[number] = "setting"  # "a rescue package that also involved the IMF and the European Union"
        elif mention.kind == "organization" and _OPERATED_PROJECT_AFTER.match(after):
            marked[number] = "setting"  # "a stake in Rio Tinto iron ore project": its operator, not where it lies
        elif mention.kind in {"country", "place"} and _WHERE_AFTER.match(after):
            marked[number] = "recipient"  # "the border with Germany, where Volkswagen plans to invest": there
        elif _FORMER_OWNER_BEFORE.search(before):
            marked[number] = "setting"  # "the factory that belonged to Mercedes-Benz", "the border with Uganda"
        elif mention.kind == "organization" and _SUPPLIER_OF_BEFORE.search(before):
            marked[number] = "customer"  # "employees of Foxconn, a supplier of Apple": Apple buys, it does not invest
        elif (
            mention.kind == "organization"
            and number > 0
            and marked.get(number - 1) == "customer"
            and re.fullmatch(r",\s+|,?\s+and\s+", sentence[mentions[number - 1].end : mention.start])
        ):
            marked[number] = "customer"  # "Pegatron, a supplier of Apple, Microsoft and Sony": each one listed
        elif mention.kind == "organization" and _names_its_supplier(sentence, mention, mentions):
            marked[number] = "customer"  # "Apple iPhone maker Foxconn to invest...": Foxconn invests, not Apple
        elif (
            clients_listed
            and mention.kind == "organization"
            and (
                _CLIENTS_INCLUDE_BEFORE.search(sentence, max(0, mention.start - 150), mention.start)
                or (
                    _COUNTS_BEFORE.search(sentence, max(0, mention.start - 150), mention.start)
                    and _AS_ITS_CLIENTS_AFTER.match(sentence, mention.end)
                )
            )
        ):
            marked[number] = "customer"  # "The company counts Panasonic Corp, Sony Corp ... as its clients"
        elif mention.kind == "organization" and _SUPPLIERS_AFTER.match(sentence, mention.end):
            marked[number] = "customer"  # "Three Apple suppliers in Taiwan are planning to invest": they invest
        elif (
            mention.kind == "country"
            and _DEBT_AFTER.match(sentence, mention.end)
            and _REPAYING_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)
        ):
            marked[number] = "setting"  # "sanctions $1.5 billion loan for Saudi Arabia debt": the creditor repaid
        elif mention.kind in {"country", "place"} and _BORDER_AFTER.match(sentence, mention.end):
            marked[number] = "setting"  # "a coal plant on the southern coast of Turkey, near the Syrian border"
        elif (
            _TARGET_BEFORE.search(sentence[max(0, mention.start - 80) : mention.start])
            or _TARGET_APPOSITION.search(before)
            # "acquisition of 85% of Prime Group Joint Stock Company – Vietnam's leading building materials maker"
            or _TARGET_DASH_APPOSITION.search(sentence, max(0, mention.start - 120), mention.start)
        ) and mention.kind in {
            "country",
            "organization",
            "place",
        }:
            marked[number] = "recipient"
        elif _PAID_FOR_BEFORE.search(sentence[max(0, mention.start - 120) : mention.start]) and mention.kind in {
            "country",
            "organization",
            "place",
        }:
            marked[number] = "recipient"  # "agreed to pay €1 billion for French diagnostics company X": the target
        elif (
            _BASED.match(after)
            and (
                _OBJECT_BEFORE.search(before)
                or _PART_BOUGHT_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
            )
            and not _asset_buyer(sentence[max(0, mention.start - 120) : mention.start])
        ):
            # "rescue the London-based company", "a stake in a Paris-listed developer": the company bought or
            # backed is at home where it is based; "Brookfield, the Toronto-based asset manager," is the subject.
            marked[number] = "recipient"
        elif _VEHICLE_BASED_IN_BEFORE.search(sentence[max(0, mention.start - 100) : mention.start]):
            marked[number] = "setting"  # "through its subsidiary Aramco Overseas Company BV, based in the Netherlands"
        elif _TARGET_BASED_IN_BEFORE.search(sentence[max(0, mention.start - 120) : mention.start]):
            marked[number] = "recipient"  # "a $1.5 billion investment in AI firm G42, based in the UAE": its home
        elif _BASED_IN_BEFORE.search(sentence[max(0, mention.start - 80) : mention.start]):
            marked[number] = "investor"  # "the company, based in Zhaoyuan in eastern Shandong province,": its home
        elif _asset_buyer(sentence[max(0, mention.start - 120) : mention.start]):
            marked[number] = "investor"  # "agreed to sell the refinery to Mubadala": the buyer of an asset pays
        elif mention.kind == "country" and is_demonym(mention) and _DEMONYM_POSSESSIVE.match(after):
            marked[number] = "investor"
        elif (
            mention.kind == "country"
            and re.search(r"\b(?:with|at|in)\s+(?:the\s+)?$", before)
            and re.match(r"(?:'s|’s)\s+(?:central bank|state bank|treasury|finance ministry)\b", after)
        ):
            # "place $2 billion in deposits with Egypt's central bank", "deposits held in Egypt's central bank"
            marked[number] = "recipient"
        elif mention.kind == "organization" and _LOAN_DEAL_WITH_BEFORE.search(before):
            marked[number] = "investor"  # "has signed a €480 million loan agreement with the European Investment Bank"
        elif (
            mention.kind == "country"
            and not is_demonym(mention)
            and _HOST_GOVERNMENT_DEAL_BEFORE.search(sentence, max(0, mention.start - 80), mention.start)
        ):
            marked[number] = "recipient"  # "a 30-year concession agreement with the government of the Republic of ..."
        elif (
            mention.kind == "country"
            and not is_demonym(mention)
            and _LOAN_DEAL_WITH_BEFORE.search(sentence, max(0, mention.start - 80), mention.start)
        ):
            # "signed a loan agreement with the Government of the Republic of Tajikistan"; but "a loan agreement made
            # with China's Export-Import (Exim) Bank": the country's bank lends
            marked[number] = "investor" if _POSSESSED_LENDER_AFTER.match(after) else "recipient"
        elif (
            partner_cue
            and mention.kind == "country"
            and (
                _POSSESSIVE_ORGANIZATION.match(after)
                or people_after
                or after.startswith(("'s", "’s"))
                or _NAMED_BODY_AFTER_DEMONYM.match(after)  # "in collaboration with the French Development Agency"
            )
        ):
            # "with Japan's Toyota", "agreements with U.S. companies", "with Saudi Arabia's investment ministry"
            marked[number] = "partner"
        elif (
            partner_cue
            and mention.kind == "organization"
            and _LENDING_DEAL_WITH_BEFORE.search(before)
            and _LENDER_NAME.search(mention.name)
        ):
            marked[number] = "investor"  # "signed a $1 billion lending agreement with China Development Bank"
        elif partner_cue and mention.kind == "organization" and _INVESTMENT_OF_AFTER.match(after):
            marked[number] = "investor"  # "agreements with MUFG Bank for an investment of ₹39,618 crore": it invests
        elif partner_cue and mention.kind == "organization":
            marked[number] = "partner"
        elif _COUNTERPARTY_BEFORE.search(before) and mention.kind == "country":
            marked[number] = "partner"
        elif _SALE_TO_BEFORE.search(before):
            marked[number] = "investor"  # "a 9.99 per cent stake sale to Facebook for $5.7 billion": the buyer pays
        elif _GIVING_BEFORE.search(before) and (
            mention.kind in {"country", "place"}
            # "Eximbank can lend Saudi Aramco up to $6 billion": a company given the amount right after its name
            or (mention.kind == "organization" and _AMOUNT_NEXT.match(after))
        ):
            marked[number] = "recipient"
        elif (
            mention.kind in {"country", "place"}
            and re.search(r"\b(?:on|for|at|into)\s+(?:the|its|their)\s+(?:new\s+)?$", before)
            and _FACILITY_AFTER.match(after)
        ):
            marked[number] = "recipient"  # "200 million euros on the Singapore factory": where the plant stands
        elif _RECIPIENT_AFTER.match(after):
            marked[number] = "recipient"
        elif _BASED.match(after) and re.search(
            r"\b(?:its|their|his|her)\s+(?:(?:first|second|third|new|latest|own|only|largest)\s+)?$", before
        ):
            # "a $50 billion investment in its U.S.-based manufacturing", "in its first U.S.-based commercial facility":
            # where it goes
            marked[number] = "recipient"
        elif _IN_HOLDINGS_BASED_IN_BEFORE.search(before):
            marked[number] = "recipient"  # "investing €1.4bn in funds based in France": where the money goes
        elif after.startswith("-focus"):
            marked[number] = "setting"  # "Argentina-focused Millennial Lithium": where a company works, not its home
        elif re.match(r"-(?:\s+and\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?-)?listed\b", after):
            # "Hong Kong-listed WuXi Biologics", "London- and Johannesburg-listed Dimension Data": where its shares
            # trade, not its home
            marked[number] = "setting"
        elif _BASED.match(after) and _OWNER_APPOSITION_BEFORE.search(before):
            # "to acquire the Craiova plant in Romania of the company's main partner, US-based Ford": the seller
            marked[number] = "setting"
        elif after.startswith("-based") and _BUSINESS_BASED_AFTER.match(after):
            marked[number] = "recipient"  # "to acquire Cargill's US-based pork business": where the business is
        elif _BASED.match(after) and partner_cue:
            marked[number] = "partner"  # "will tie up with U.S.-based Applied Materials on a project": beside the payer
        elif _BASED.match(after):
            marked[number] = "investor"
        elif (
            mention.kind == "country"
            and _BUILD_BEFORE.search(before)
            and re.match(r"(?:'s|’s)\s+(?:first|largest|biggest|new|second|only)\b", after)
        ):
            marked[number] = "recipient"  # "will build Morocco's first electric vehicle battery gigafactory"
        elif (
            mention.kind == "country"
            and re.search(r"\b(?:to|into)\s+$", before)
            and after.startswith(("'s", "’s"))
            and (not _POSSESSIVE_PLEDGE.match(after) or _WEALTH_FUND_AFTER.match(after))
        ):
            # "lend $1.5 billion to Indonesia's state utility", "committed $2 billion to Indonesia's sovereign wealth
            # fund": money given to a country's company or fund goes there ("adds to Korea's pledge" does not).
            marked[number] = "recipient"
        elif (
            _INVESTOR_BEFORE.search(before)
            or _POSSESSIVE_PLEDGE.match(after)
            or (_INFINITIVE_SUBJECT.match(after) and _INFINITIVE_LEAD.search(before))
        ):
            marked[number] = "investor"
        elif (
            recipient_cue
            and mention.kind == "country"
            and people_after
            and _OWNED_PROJECTS_AFTER.match(after[people_after.end() :])
        ):
            marked[number] = "recipient"  # "support for the state-funded Indian firm's projects"
        elif (
            recipient_cue
            and mention.kind == "country"
            and people_after
            and _OWNED_AFTER.match(after[people_after.end() :])
        ):
            marked[number] = "investor"  # "in Korean firms' plans", "in Japanese companies' pledges": the owners'
        elif (
            recipient_cue
            and mention.kind == "country"
            and people_after
            and _DIRECT_INVESTOR_CUE.search(sentence, 0, mention.start)
        ):
            marked[number] = "recipient"  # "Qatar will invest £10bn in British industries": the industries receive
        elif (
            recipient_cue
            and mention.kind == "country"
            and people_after
            and re.search(r"\bto\s+(?:the\s+)?$", before)
            and re.match(r"\s*(?:government|state|treasury)\b", after)
            # "will lead to the Abu Dhabi government potentially investing €1.4bn": the subject of what it does
            and not re.match(r"\s*(?:government|state|treasury)\s+(?:\w+ly\s+)?\w+ing\b", after)
        ):
            marked[number] = "recipient"  # "a syndicated loan worth $2.65 billion to the Polish government"
        elif (
            recipient_cue
            and mention.kind == "country"
            and people_after
            and re.search(r"\bindustr(?:y|ies)$", people_after.group(0))
        ):
            marked[number] = "recipient"  # "to help invest $5 billion in the U.S. manufacturing industry": the place
        elif (
            mention.kind == "country"
            and people_after
            and re.search(r"\b(?:in|into)\s+an?\s+$", before)
            and _DIRECT_INVESTOR_CUE.search(sentence, 0, mention.start)
        ):
            marked[number] = "recipient"  # "is to invest €210m in a Belgian gas infrastructure company"
        elif mention.kind == "country" and people_after and _RESCUED_BEFORE.search(before):
            marked[number] = "recipient"  # "to help recapitalize the British bank": the bank rescued
        elif recipient_cue and mention.kind == "country" and people_after and _STAKE_IN_BEFORE.search(before):
            marked[number] = "recipient"  # "a 66.67 per cent stake acquisition in Australian firm": the target's home
        elif (
            recipient_cue
            and mention.kind == "country"
            and re.search(r"\b(?:in|into)\s+the\s+$", before)
            and _ONE_COMPANY_AFTER.match(after)
        ):
            marked[number] = "recipient"  # "an additional investment of about 135 billion yen in the U.S. firm"
        elif (
            mention.kind == "country"
            and people_after
            and _OFFERED_TO_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
        ):
            marked[number] = "recipient"  # "offers 4.5 billion euros to German robot maker Kuka": the company bid for
        elif mention.kind == "country" and _SPENT_ON_BEFORE.search(before):
            marked[number] = "recipient"  # "agrees to spend $32bn on UK's microchip maker ARM Holdings": what it buys
        elif mention.kind == "country" and is_demonym(mention) and _IN_A_BEFORE.search(before):
            marked[number] = "recipient"  # "will invest $800 million each in a Brazilian toll-road operator"
        elif (
            mention.kind == "country"
            and people_after
            and _INVEST_IN_BEFORE.search(before)
            and not re.match(r"\S*\s*\S+['’]", after)
        ):
            marked[number] = "recipient"  # "to invest in developing French enterprises": the companies invested in
        elif recipient_cue and mention.kind == "country" and people_after:
            marked[number] = "investor"  # "stakes in Chinese companies" is rare; "in Korean firms' plans" is common
        elif recipient_cue and mention.kind == "country" and _PLEDGING_VERB_AFTER.match(after):
            marked[number] = "investor"  # "while STT GDC in Singapore pledged 4.5 billion": the company's home
        elif recipient_cue and mention.kind == "country" and is_demonym(mention) and _LOAN_NOUN_AFTER.match(after):
            marked[number] = "investor"  # "The initial roughly $65 million in Chinese lending": the lender's
        elif recipient_cue and mention.kind == "country" and _SOURCE_NOUN_AFTER.match(after):
            marked[number] = "modifier"  # "$2.2 bln in Chinese, Korean investment": the source, or the place
        elif recipient_cue and mention.kind == "country" and _POSSESSIVE_PLEDGE.match(after):
            marked[number] = "investor"  # "in return for Korea's $350 billion investments": the possessor's own
        elif recipient_cue and mention.kind == "organization" and _OWN_SITE_AFTER.match(after):
            marked[number] = "investor"  # "a $1 billion expansion at Denso's nearby Maryville factory": the owner's
        elif recipient_cue or (_AMOUNT_OF.search(before) and _GOODS_AFTER.match(after)):
            marked[number] = "recipient"
        elif (
            mention.kind in {"country", "place"}
            and _SITE_CHOSEN_BEFORE.search(before)
            and _AS_A_SITE_AFTER.match(after)
        ):
            marked[number] = "recipient"  # "has selected Arizona as home for a new high-tech factory": the site chosen
        elif (
            people_after
            and mention.kind == "country"
            and _SOUGHT_PARTNERS.search(before)
            and _PARTNERS_AFTER.match(after)
        ):
            marked[number] = (
                "partner"  # "seeking Philippine partners for what is likely a $5 billion plant": not yet in
            )
        elif people_after and mention.kind == "country" and _second_of_joined_companies(sentence, mention, mentions):
            marked[number] = "partner"  # "France's Engie and Canadian investment fund CDPQ have bought": joins Engie
        elif people_after and mention.kind == "country" and _HEART_OF_BEFORE.search(before):
            marked[number] = "recipient"  # "a plant in Tangshan - the heart of China's steel industry": a place
        elif people_after and mention.kind == "country" and not _BACKING_BEFORE.search(before):
            # "Canberra and Queensland back US start-up's quantum computer": the company backed is neither side
            # until the sentence says where the money lands.
            marked[number] = "investor"
        elif mention.kind == "country" and is_demonym(mention) and _LOAN_NOUN_AFTER.match(after):
            marked[number] = "investor"  # "... With $66 Million Chinese Loan": the lender's nationality
        elif mention.kind == "country" and _AID_PACKAGE_AFTER.match(after):
            marked[number] = "investor"  # "EU financial package of €2.2 bn for Railway Corridor X": the EU's own
        elif _MODIFIER_AFTER.match(after) and mention.kind == "country" and is_demonym(mention):
            # "a $550 billion Japanese investment package": the people's adjective says where the money is from;
            # a bare name ("U.S. investment") stays ambiguous.
            marked[number] = "investor" if _SOURCE_NOUN_AFTER.match(after) else "modifier"
        elif (
            mention.kind in {"country", "place"}
            and not is_demonym(mention)
            and re.search(r"\b(?:a|an|its|their|new)\s+$", before)
            and _A_SITE_AFTER.match(after)
        ):
            marked[number] = "recipient"  # "the construction of a U.S. battery plant": where the plant stands
        elif _MODIFIER_AFTER.match(after) and mention.kind in {"country", "place"}:
            marked[number] = "modifier"
    for number, role in list(marked.items()):
        if role == "trip":
            # "Chinese investors pledged $30 billion during his visit to Beijing": a visit to the investors' country
            # sets the scene; "during a visit to India, Japan pledged...": the country visited receives.
            home = any(
                marked.get(other) == "investor" and m.country == mentions[number].country
                for other, m in enumerate(mentions)
                if other != number
            )
            if home:
                marked[number] = "setting"
            elif _RECEIVE_VERB.search(sentence) or BRINGS_HOME.search(sentence):
                # "described his visit to the UAE as fruitful, securing commitments of RM40.6 billion": the visitor
                # brings the money home, so the country visited is where it comes from.
                marked[number] = "investor"
            else:
                marked[number] = "recipient"
    for number, mention in enumerate(mentions):
        if marked.get(number) != "recipient" or not is_demonym(mention) or not describes_a_company(sentence, mention):
            continue
        for later in range(number + 1, len(mentions)):
            if re.search(r"[,;()]", sentence[mention.end : mentions[later].start]):
                break
            if marked.get(later) == "recipient" and mentions[later].country != mention.country:
                # "to acquire nearly 20% of Invictus Energy, a tiny Australian-listed explorer with a concession for
                # a gas find in Zimbabwe": the company bought is Australian; where its assets lie describes it
                marked[later] = "setting"
    for number, mention in enumerate(mentions[:-1]):
        following = mentions[number + 1]
        if (
            marked.get(number) == "partner"
            and number + 1 not in marked
            and mention.kind == following.kind == "organization"
            and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", sentence[mention.end : following.start])
        ):
            # "agreements with Sumitomo Metal Mining and Sumitomo Corporation": both companies are the counterparty
            marked[number + 1] = "partner"
        if (
            marked.get(number) in {"partner", "setting"}
            and number + 1 not in marked
            and mention.kind == "country"
            and following.kind == "organization"
            and following.country == mention.country
            and _BASED.match(sentence[mention.end : mention.end + 20])
            # not "Singapore-listed CapitaLand ... has bought": where its shares trade says nothing of its part
            and not sentence.startswith("-listed", mention.end)
            and re.fullmatch(r"-\w+\s+(?:[a-z][\w-]*\s+){0,3}", sentence[mention.end : following.start])
        ):
            # "tie up with U.S.-based Applied Materials", "an affiliate of Canada-based investment firm Brookfield": the
            # company has the part its home has
            marked[number + 1] = marked[number]
        if (
            marked.get(number) == "recipient"
            and number + 1 not in marked
            and following.kind == "place"
            and following.country == mention.country
            and re.fullmatch(r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,3}", sentence[mention.end : following.start])
        ):
            marked[number + 1] = "recipient"  # "in Spain's northeastern Aragon region": one place where money goes
        if (
            marked.get(number) == "recipient"
            and mention.kind == "organization"
            and following.kind == "country"
            and following.country != mention.country
            and is_demonym(following)
            and _OWNERS_FOREIGN_UNIT.fullmatch(sentence, mention.end, following.start)
            and _UNIT_SOLD_AFTER.match(sentence, following.end)
        ):
            # "to pay $1.8 billion for Ford's money-losing Swedish car brand": Ford sells, the brand bought is Swedish
            marked[number] = "setting"
            marked[number + 1] = "recipient"
        if (
            number == 0
            and mention.kind == following.kind == "country"
            and following.country != mention.country
            and not is_demonym(mention)
            and _GOVERNMENT_AND_BEFORE.fullmatch(sentence, mention.end, following.start)
            and _POSSESSIVE_ORGANIZATION.match(sentence[following.end : following.end + 30])
            and _is_named_first(sentence, mention)
        ):
            # "Azerbaijan's Ministry of Economy and the UAE's Modon Holding have signed an agreement to develop a $5
            # billion project": the host government signs with the foreign company that builds.
            marked[number], marked[number + 1] = "recipient", "investor"
        if (
            marked.get(number) == "investor"
            and number + 1 not in marked
            and mention.kind == following.kind == "country"
            and following.country != mention.country
            and re.search(r"\bfrom\s+(?:the\s+)?$", sentence[max(0, mention.start - 10) : mention.start])
            and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", sentence[mention.end : following.start])
        ):
            marked[number + 1] = "investor"  # "Investments from Japan, S. Korea": a list of sources, all paying
    return tuple(marked.items())


def is_demonym(mention: Mention) -> bool:
    """ "Japanese", "Korean", "Emirati", "Saudi", "British": a people's adjective, not the country's name."""
    return _is_demonym(mention.text, mention.name)


@lru_cache(maxsize=4096)
def _is_demonym(text: str, name: str) -> bool:
    if re.search(r"\b(?:Republic|Kingdom|Federation|Sultanate|Emirates|of)\b", text):
        return False  # "Republic of Uzbekistan", "Kyrgyz Republic": the state's formal name
    return text != name and "." not in text and re.search(r"(?:ese|an|ian|ish|i|ic|ch|sh)$", text) is not None


# ", the British government announced on Friday." / ", according to the ministry": the speaker, not a party.
_ATTRIBUTION = re.compile(
    r"(?:,|—|–)\s*(?:[^,—–]{0,80}?\b(?:said|says|announced|announces|told|added|noted|reported|stated|confirmed)\b"
    # "..., Putin told media on October 6, following talks with Uzbek counterpart Shavkat Mirziyoyev in Moscow."
    r"[^,—–]{0,60}(?:,\s(?:following|after|during|at|on|when|while)\b[^,—–]{0,100})?"
    r"|according to [^,—–]{0,80}(?:,\s(?:a|an|the)\s[^,—–]{0,100})?)[.!?\"'”’]*$"
)
_CLAUSE_BREAK = re.compile(
    r"\s[—–]\s|;\s|:\s"
    r"|(?<=\))\s(?=(?:while|whereas)\s)"  # "₹2,277 crore (expected to employ 400) while Salcomp ..."
    r"|,\s(?=(?:which|who|where|whereas|while|but|although|though|as|after|before|because|since|even as|"
    r"now that)\b"
    # "..., with the investment cost $500mn": the amount of the main clause, told after a comma
    r"|with\b(?!\s+(?:an?\s+|the\s+|its\s+)?(?:total\s+|estimated\s+|planned\s+)?(?:investment|cost|value|price|"
    r"budget|outlay)\b))"
    # "..., its biggest purchase since it bought a Korean carmaker": an appositive that looks back at other deals
    # ("..., the largest acquisition in India's banking sector" describes this one, and stays in its clause).
    r"|,\s(?=(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:biggest|largest|first|second|third|latest|"
    r"newest|costliest|priciest)\b[^,;]*\bsince\b)"
    # "a deal under which Japan will supply...": the relative clause has its own subject.
    r"|,?\s(?=(?:under|in|through|by) which\b|whereby\b)"
    # "will pump £800 million into the industry while £200m will come from the UK's programme": another amount's clause
    r"|\s(?=(?:while|whereas)\s+(?:a\s+further\s+|another\s+)?(?:[A-Z]{0,3}[$€£¥₩₹]|\d))"
    # "... in Arizona and Intel has said it will spend ...": a second subject starts a second clause.
    r"|,?\s(?:and|but|while|whereas)\s(?=(?:[a-z-]+\s){0,2}(?:[A-Z][\w.&'’-]*\s){1,4}(?:[a-z]+\s)?(?:has|have|had|is|"
    r"are|was|were|will|would|said|says|plans|planned|announced|also|already|agreed|pledged|committed|added|adds|"
    r"unveiled|promised|earmarked|completed|signed|bought|acquired|opened|launched|invested|took|runs|makes|owns|"
    r"operates|employs|holds|controls|produces)\b)"
    # "Wisconsin will reduce its tax credits ... as Foxconn reduces its planned investment from $10 billion to $672
    # million": a second subject changing its own figure
    r"|,?\s(?=as\s(?:[A-Z][\w.&'’-]*\s){1,3}(?:reduces|reduced|cuts|trims|trimmed|scales|scaled|raises|raised|lifts|"
    r"lifted|increases|increased|boosts|boosted|doubles|doubled)\b)"
)
_ATTACHED_AMOUNT = re.compile(
    r"^\s*(?:\(|,\s*with\s+)(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+|up to\s+|roughly\s+)?$"
)
_LISTED_AMOUNT = re.compile(r"\s+(?:\([A-Za-z]{2,8}\)\s+)?")  # "Germany $88 million", "the European Union (EU) $93m"
# An item after an amount: not "Kuwait fund lends Egypt, Jordan $700 million", two borrowers of one sum.
_LIST_ITEM_BEFORE = re.compile(
    r"(?:\d|billion|million|trillion|bn|mn|m|crore|lakh)(?:\s+dollars)?\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$"
)
_GOVERNMENT_OWNER = r"\s+(?:[Gg]overnment|[Tt]reasury)(?:'s|’s)\s"  # "the UK Government's £200 million"
_GOVERNMENT_POSSESSIVE = re.compile(_GOVERNMENT_OWNER)
_POSSESSIVE_BEFORE_MONEY = re.compile(
    # lowercase words only, and not across "and": "of Wood Group's debt and inject $250 million" is a new verb
    # nor across "with": "to pump Nigeria's economy with $5 billion" names whom the money is for
    r"^(?:'s|’s|')\s+(?:(?!and\s|or\s|but\s|with\s)[a-z][\w-]*\s+){0,4}$"
    r"|^" + _GOVERNMENT_OWNER + r"\s*(?:[a-z][\w-]*\s+){0,4}$"
)
# "$25 billion of U.S. military equipment": what is bought or built comes from, or lands in, that country.
_AMOUNT_OF = re.compile(r"(?:billion|million|trillion|bn|tn|m)\)?\s+(?:worth\s+)?of\s+(?:the\s+)?$", re.IGNORECASE)
_GOODS_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}?(?:equipment|goods|products|weapons|arms|aircraft|jets|planes|LNG|liquefied natural gas|"
    r"energy|crude|oil|gas|farm|agricultural|soybeans|chips|semiconductors|beef|coal)\b"
)


def attribution_start(sentence: str) -> int:
    """Where a trailing "…, X said" begins, or the sentence's length when there is none."""
    match = _ATTRIBUTION.search(sentence)
    return match.start() if match else len(sentence)


_OPENING_SUBORDINATE = re.compile(
    r"(?i:at a time when|when|while|whereas|although|though|because|even as|now that|just as|after|once)\s[^,;]*,\s"
)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]\w{2,}ed)\b")  # not "United"


@lru_cache(maxsize=1024)  # asked again for the same amount by several steps of one sentence
def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The clause around `position`: text between dashes, semicolons and ", which"-style breaks."""
    start, end = 0, len(sentence)
    opening = _OPENING_SUBORDINATE.match(sentence)
    if opening and opening.end() <= position and _FINITE_VERB.search(sentence, 0, opening.end()):
        # "At a time when the US has come down hard on India, Japan has increased its target": the opening clause
        # has its own subject; the amount belongs to the main clause after its comma.
        start = opening.end()
    for match in _CLAUSE_BREAK.finditer(sentence):
        joined_by_and = re.match(r",?\s(?:and|but|while|whereas)\s", match.group(0))
        if joined_by_and and not _FINITE_VERB.search(sentence, start, match.start()):
            continue  # "Toyota and Samsung will invest": one subject of two names, not two clauses
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


_RECEIVE_VERB = re.compile(
    r"\b(?:receives?|received|receiving|lands?|landed|secures?|secured|wins?|won|attracts?|attracted|gets?|got|getting|"
    r"(?:is|are)\s+slated\s+for|(?:are|is)\s+sharing|"
    r"draws?|drew|lures?|lured|clinches|clinched|bags?|bagged|nets?|netted|welcomes?|welcomed|"
    r"benefits?\s+from|benefited\s+from|"  # "Uzbekistan will benefit from a €175 million investment"
    # A host that lets the money in: "Vietnam approved a $1.8 billion investment by Samsung Display".
    r"approves|approved|grants|granted|licensed|cleared|authori[sz]ed)\b",
    re.IGNORECASE,  # "Malaysia Secures RM4.68bn": headlines capitalise their verbs
)
_AUXILIARIES = re.compile(
    # "Aqua America Inc., the ... utility based in the U.S., will receive": the comma closes the subject's apposition
    # "Ethiopia, a fast-growing economy with over 126 million people, secured": an apposition between
    r"^(?:'s|’s)?(?:,\s+(?:an?|the)\s+[^,;$€£¥₩₹]{1,80},)?"
    r",?\s*(?:(?:province|state|government|authorities|officials|ministry|city|regulators?|cabinet|"
    r"president|prime minister|premier|leader|delegation|king|emir|crown prince|project|plant|factory|facility|"
    r"unit|operations)\s+)?"
    r"(?:(?:has|have|had|will|would|could|is|was|set to|expects to|hopes to|again|also|now|just|already|finally|"
    r"initially|first|soon|eventually|ultimately|additionally|separately|"  # "Chile will initially receive"
    # "Bangladesh is going to get € 477 million", "Montenegro is to receive its second disbursement"
    r"(?:is|are|was|were)\s+going\s+to|(?:is|are)\s+to|"
    r"for\s+its\s+part|for\s+their\s+part|in\s+turn|"  # "Uganda for its part will get $30 million"
    r"for\s+instance,?|for\s+example,?|meanwhile,?|"  # "Tanzania, for instance, received a $2.5 billion loan"
    # "VinFast is working to secure $1 billion in investment money": the money it seeks comes to it
    r"(?:is|are|was|were)\s+(?:working|trying|looking|seeking|hoping|aiming)\s+to|seeks to|aims to|wants to|plans to)"
    r"\s+)*$"
)
_AMOUNT_NEXT = re.compile(
    r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?(?:[$€£¥₩₹]|US\$|[A-Z]{3}\s?\d)"
)
# "lend Ukraine $20 billion", "gave Egypt $5 billion": the indirect object of a verb of giving receives.
_GIVING_BEFORE = re.compile(
    r"\b(?:lend|lends|lent|lending|give|gives|gave|giving|grant|grants|offer|offers|offered|provide|provides|"
    r"provided|send|sends|sent|pay|pays|paid|loan|loans|loaned|extend|extends|extended|promise|promises|promised|"
    r"pledged|owes|owed)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_OWN_SITE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:factory|plant|site|facility|campus|mill|works|operations|headquarters)\b"
)
_INVESTMENT_THE_COMPANY_MAKES = re.compile(
    r"\S+(?:\s+(?:billion|million|trillion|bn|mn|crore))?\s+(?:[\w-]+\s+)?investments?\s+(?:that\s+|which\s+)?"
    r"(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|maker|chipmaker|carmaker|automaker|giant)\s+"
    r"(?:is|was|will\s+be|has\s+been|had\s+been)\s+making\b",
    re.IGNORECASE,
)
_OPEN_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;:$€£¥₩₹]{2,50}?\b(?:of|to|for|with)\s+")
_RECEIVED_TRANCHE = re.compile(
    r"\s+(?:(?:about|some|nearly|up to|more than|over|an?|its|their|the)\s+)*"
    r"(?:(?:first|second|third|fourth|fifth|final|next|latest|initial|new|additional|substantial|large|budgetary)\s+)*"
    r"(?:(?:disbursement|tranche|instal?lment|payment|allocation|grant|loan|support|aid|assistance)\s+"
    r"(?:of|worth|amounting to)\s+)?"
    r"(?:(?:about|some|nearly|up to|more than|over)\s+)?",
    re.IGNORECASE,
)


def _receiving_subject(sentence: str, mentions: list[Mention], by_id: dict, money_start: int):
    """ "Indonesia lands $2.2 bln in Chinese, Korean investment": the subject of a receiving verb is the recipient,
    and the names that qualify the investment are the investors (none when there are several)."""
    verb = _RECEIVE_VERB.search(sentence, 0, money_start + 1)
    if verb is None:
        return None
    gapped = [
        m
        for m in mentions
        if m.kind in {"country", "place"}
        and verb.end() < m.start
        and m.end <= money_start
        and re.fullmatch(r"\s*", sentence[m.end : money_start])
        and re.search(r"(?:,|\band)\s+$", sentence[max(0, m.start - 6) : m.start])
    ]
    if gapped and _RECEIVE_VERB.match(verb.group(0)) and verb.group(0).lower().startswith("receiv"):
        # "Egypt will receive $450 million ... and Jordan $250 million": the verb is left out before the second.
        return None, gapped[-1], False, True, (), ()
    if money_start - verb.end() > 60:
        return None  # the amount must be what is received: "won approval for a $10 billion complex" is not
    if re.search(r"\bto\s+[a-z]+\b", sentence[verb.end() : money_start]):
        return None  # "Samsung gets license to add $3bn": the money belongs to the verb after "to"
    subjects = [
        m
        for m in mentions
        if m.country
        and m.end <= verb.start()
        # "The Mexican project will receive R$336 million": the project's country, named as its adjective
        and by_id.get(id(m)) in {None, "investor", "modifier"}
        and not _TRIP_TO_BEFORE.search(sentence, max(0, m.start - 40), m.start)
    ]
    if not subjects or not _AUXILIARIES.match(sentence[subjects[-1].end : verb.start()] + " "):
        return None
    if len(subjects) > 1 and _OPEN_APPOSITION.fullmatch(sentence, subjects[-2].end, subjects[-1].start):
        # "Bhutan, a close partner of India will get ... Rs 2,615 crore": the name the apposition describes
        subjects = subjects[:-1]
    receives_money = (
        re.match(r"receiv|get|got|(?:is|are)\s+(?:slated|sharing)", verb.group(0).lower())
        and (
            re.match(
                r"\s*(?:(?:about|some|nearly|up to|more than|over|an additional|a further|an?)\s+)*"
                r"(?:[$€£¥₩₹]|US\$|Rs|[A-Z]{3,4}\s?\d)",  # "will receive EURO50 million", "USD 5 million"
                sentence[verb.end() : money_start + 8],
            )
            # "Moldova will receive 18 million euro", "is to receive its third disbursement of 62 million euro"
            or _RECEIVED_TRANCHE.fullmatch(sentence, verb.end(), money_start)
        )
    )  # "Egypt will receive $450 million for a desalination plant": the country is given the money itself
    if not receives_money and not re.search(
        # "Quebec Lures $5 Billion Battery Factory": a plant landed is the money invested in it; "Malaysia clinches
        # RM170bil worth of projects with China": so are the projects
        r"\b(?:invest\w*|fund\w*|financ\w*|commitments?|pledges?|FDI|capital|money|plants?|factory|factories|"
        r"gigafactory|facility|projects)\b",
        sentence,
        re.IGNORECASE,
    ):
        return None
    approving = re.match(r"approv|grant|licens|clear|authori", verb.group(0), re.I)
    gives = r"\s*(?:(?:up to|about|nearly|some)\s+)?(?:[$€£¥₩₹]|[A-Z]{1,2}\$|Rs)"
    gives_amount = re.match(gives, sentence[verb.end() :])
    if approving and gives_amount:
        return None  # "Quebec grants $2.9 billion to attract Northvolt": the host gives the money
    if approving and re.search(
        r"\b(?:loans?|financing|credit|aid|grants?|funding|allocation|budget)\b",
        sentence[verb.end() : money_start + 60],
    ):
        return None  # "Japan approved ¥100 billion in financing for India": a lender approves what it gives
    recipient = subjects[-1]
    if (
        recipient.kind not in {"country", "place"}
        and not _SALE_PROCEEDS_AFTER.match(sentence, money_start)
        # "Lynas Rare Earths receives a US$9M investment from ... JOGMEC": a company's new shareholder pays it
        and not _INVESTMENT_FROM_AFTER.match(sentence, verb.end())
    ):
        # "Samsung received a $4.7 billion grant": a company receiving money is a subsidy case; "Teck expects to
        # receive $6.9 billion in cash from the sale" is the seller paid.
        return None
    if (
        len(subjects) > 1
        and subjects[-2].country != recipient.country
        and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", sentence[subjects[-2].end : recipient.start])
    ):
        return None, None, False, False, SEVERAL_RECIPIENTS, ()  # "Germany and the Netherlands are sharing $3 billion"
    sources = {
        m.country: m
        for m in mentions
        if m.country
        and m.start > verb.start()
        and m.country != recipient.country
        and not re.match(r"\s*(?:[$€£¥₩₹]|US\$|Rs)", sentence[m.end : m.end + 6])  # "and Jordan $250 million"
        and by_id.get(id(m)) not in {"partner", "setting"}  # "in collaboration with the French Development Agency"
    }
    investor = next(iter(sources.values())) if len(sources) == 1 else None
    return investor, recipient, investor is not None, True, (), ()


_INVESTMENT_FROM_AFTER = re.compile(
    r"\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:equity\s+)?(?:investment|stake|capital injection)\s+from\b", re.IGNORECASE
)
_SALE_PROCEEDS_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,60}?\bfrom\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:sale|deal|transaction|divestment|disposal)\b"
)
# "Tengku Zafrul's trade mission to Japan has secured RM23 billion in potential investments to Malaysia": the
# place a trip goes to is not the subject that receives.
_TRIP_TO_BEFORE = re.compile(r"\b(?:mission|visit|trip|tour|roadshow|delegation)\s+to\s+(?:the\s+)?$", re.I)
_RAISED_AFTER = re.compile(
    # "xAI had already raised substantial capital, including a $6 billion funding round"
    r"^[^,;.]{0,60}?\b(?:raised|raises|has raised|secured|secures|attracted|landed|closed)\s+(?:\w+,?\s+){0,4}?"
    r"(?:[$€£¥₩₹]|US\$|\d)(?=(?:[^.;]|\.(?=\d)){0,80}\b(?:round|funding|financing|investors|from|led by)\b)",
    re.IGNORECASE,
)
_RELATION_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:[\w-]+\s+)?(?:suppliers?|partners?|customers?|clients?|rivals?|competitors?|peers?|"
    r"contract manufacturers?|assemblers?|vendors?)\s+[A-Z]"
)
_HOSTS_PRICED_FACILITY_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[$€£¥₩₹]|US\$|[A-Z]{1,3}\$)\s?[\d.,]+\s*(?:-|\s)?(?:billion|million|bn|mn|m|b)?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:port|plant|factory|terminal|railway|refinery|mine|dam|airport|complex|facility|"
    r"bridge|highway|project|park|zone|hub|station|smelter|pipeline)s?\b",
    re.I,
)
_SEEN_INVESTING_AFTER = re.compile(
    r",?\s+(?:that|which)\s+(?:will|would|is to|could)\s+see\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:state|kingdom|emirate|country|nation|government|republic)\s+(?:invest|pour|put|provide|commit|inject|spend)"
)
_MARKET_TARGETED_BEFORE = re.compile(r"\b(?:targeting|targets|targeted|aimed at|aiming at|eyeing)\s+(?:the\s+)?$", re.I)
_MARKET_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:supply|supplies|supply chains?|markets?|customers|demand|buyers|exports?|consumers)\b"
)
# "start exporting LNG to Japan from 2020": the market the output is sold to, not where the money goes ("export
# credit to Kenya" is lending, and stays)
_EXPORTED_TO_BEFORE = re.compile(
    r"\bexport(?:s|ed|ing)?\s+(?!credits?\b|financ|guarantee|loans?\b)(?:[\w()-]+\s+){0,4}?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "signed a $1 billion lending agreement with China Development Bank": a bank on the other side of a loan lends it
_LENDING_DEAL_WITH_BEFORE = re.compile(
    r"\b(?:lending|loan|credit|financing)\s+(?:(?:agreements?|deals?|contracts?|facilit(?:y|ies)|accords?)\s+)?with\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "with China's Export-Import (Exim) Bank", "with China EximBank": the country's bank
_POSSESSED_LENDER_AFTER = re.compile(
    r"(?:(?:'s|’s)\s+(?:[A-Z(][\w()-]*\s+){0,4}?|\s+(?:[A-Z][\w-]*\s+){0,2}?)(?:Bank|Exim|EXIM|EximBank|Fund|Finance)\b"
)
_LENDER_NAME = re.compile(r"\b(?:Bank|Exim|EXIM|Fund|Finance|Financing|Credit|Cooperation)\b")
# "... of the company's main partner, US-based Ford": an owner described in apposition after "of" or "from"
_OWNER_APPOSITION_BEFORE = re.compile(r"\b(?:of|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+$")
# "paying £2 billion to help recapitalize the British bank": the company rescued takes the money
_RESCUED_BEFORE = re.compile(
    r"\b(?:recapitali[sz](?:e|es|ed|ing)|rescu(?:e|es|ed|ing)|bail(?:s|ed|ing)?\s+out|prop(?:s|ped|ping)?\s+up|"
    r"shor(?:e|es|ed|ing)\s+up)\s+(?:the\s+|its\s+|an?\s+)?(?:troubled\s+|struggling\s+|ailing\s+)?$",
    re.IGNORECASE,
)
_RIVALS_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:rivals|competitors|peers|counterparts)\b")
# "Thailand, a market long dominated by Japanese automakers": the incumbents a newcomer competes with
_DOMINATED_AFTER = re.compile(r"-(?:dominated|centric|reliant|dependent|free)\b")
_DOMINATED_BY_BEFORE = re.compile(r"\bdominated\s+by\s+(?:the\s+)?$")
_TAKEOVER_OF_BEFORE = re.compile(
    r"\b(?:takeover|acquisition|purchase|buyout)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:of|in)\s+the\s+$", re.I
)
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|became|becomes|remains|remained|has become)\s+$")
_COUNTRY_RELATION_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:partners?|creditors?|lenders?|allies|ally|suppliers?|customers?|investors?|"
    r"donors?|neighbou?rs?)\b"
)
_PAID_FOR_BEFORE = re.compile(
    r"\b(?:pay|pays|paid|paying|offered|offers|offer)\s+(?:[^.;$€£¥₩₹]{0,20})?[$€£¥₩₹]?(?:[^.;]|\.(?=\d)){0,60}?\bfor\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A visitor taking money home from a trip: "securing commitments of RM40.6 billion", "will bring home $24 billion".
BRINGS_HOME = re.compile(
    r"\b(?:securing|secures|secured|landing|lands|landed|winning|wins|won|attracting|bags|bagged|nets|netted|"
    r"clinches|clinched|(?:bring|brings|bringing|brought)\s+(?:home|back)|returned with|returns with|came back with|"
    r"comes back with)\b",
    re.IGNORECASE,
)
_HOST_SUPPORT_BEFORE = re.compile(
    r"\b(?:support|subsidies|subsidy|help|aid|incentives|backing|grants?)\s+from\s+(?:the\s+)?$", re.IGNORECASE
)
# "support from the European Union and German government": every public body in the list helps; none is a party.
_PUBLIC_SUPPORT = re.compile(
    r"\b(?:support|subsidies|subsidy|help|aid|assistance|incentives|backing|grants?)\s+from\s+(?:the\s+)?"
    # "opened with assistance from the U.S. Agency for International Development": a public body helped
    r"(?:[^.;$€£¥₩₹]|(?<=\b[A-Z])\.){0,60}?\b(?:governments?|authorities|agency|ministry|department)\b",
    re.IGNORECASE,
)


def _in_public_support(sentence: str, mention: Mention) -> bool:
    return any(
        match.start() < mention.start and mention.end <= match.end() for match in _PUBLIC_SUPPORT.finditer(sentence)
    )


_ACQUIRE_BEFORE = re.compile(
    r"\b(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|take over)\s+"
    r"(?:(?:a|an|the|two|three|four|several|its|their|\d+)\s+)?$",
    re.IGNORECASE,
)
_HOLDINGS_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:assets|companies|units|businesses|operations|utilities|subsidiaries|firms)\b"
)
# "Goldminer Newcrest agrees to $29b Newmont takeover", "has accepted a $28.8 billion takeover offer": the company
# that accepts a takeover is bought; not "agrees to $3bn takeover of Britvic", whose subject buys.
_ACCEPTS_A_TAKEOVER_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:accepted|accepts|agreed\s+to|agrees\s+to|backed|backs|recommended|recommends|"
    r"endorsed|endorses)\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}?(?:takeover|buyout|acquisition)(?:\s+(?:offer|bid))?"
    r"(?!\s+(?:of|for)\b)\b",
    re.IGNORECASE,
)
_AMOUNT_END_BEFORE = re.compile(r"\d(?:\.\d+)?\s*(?:billion|million|trillion|bn|mn|b|m)?\s+$", re.IGNORECASE)
_TAKEOVER_NOUN_AFTER = re.compile(r"\s+(?:takeover|buyout|bid|offer)\b", re.IGNORECASE)
_BOUGHT_BY_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:is|was|are|were|will\s+be|has\s+been|have\s+been|had\s+been|is\s+being|was\s+being|"
    r"(?:set|agreed|expected|poised)\s+to\s+be|to\s+be)\s+(?:\w+\s+)?(?:purchased|bought|acquired|taken\s+over|"
    r"rescued)\s+by\b",
    re.IGNORECASE,
)
_OFFERED_TO_BEFORE = re.compile(
    r"\b(?:offer|offers|offered|offering)\b(?:[^.;]|\.(?=\d)){0,60}?\bto\s+(?:the\s+)?$", re.IGNORECASE
)
_NATIONALITY_IN_BRACKETS = re.compile(r"[A-Z][\w.&'’-]*\s*\($")
_GIVEN_TO_A_NAME_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,6}\($")
_EVENT_NAMED_AFTER = re.compile(
    r"(?:[\s-]+[A-Z][\w&-]*){0,3}\s+(?:Meeting|Summit|Forum|Conference|Expo|Dialogue|Roundtable)\b"
)
_VENUE_BEFORE = re.compile(
    r"\b(?:conference|summit|forum|meeting|talks|ceremony|event|expo|fair)\b[^.;$€£¥₩₹]{0,60}?\b(?:held|taking place|"
    r"convened|hosted|co-hosted|opened|under way|underway|being held|slated|scheduled|due|planned)"
    # "co-hosted by the Government of Pakistan and the United Nations in Geneva"
    r"(?:\s+by\s+[^.;$€£¥₩₹]{1,60}?)?\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$"
    # "during a meeting of the Saudi-Uzbek Business Council in Jeddah": where the parties met
    r"|\b(?:during|at|on the sidelines of)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|summit|forum|meeting|"
    # "at the International Conference on Climate Resilient Pakistan in Geneva"
    r"talks|ceremony|expo|session)\s+(?:of|between|on)\s+[^.;$€£¥₩₹,]{0,50}?\s+in\s+(?:the\s+)?$"
    # "at the recently held 2022 Investing in African Mining Indaba in Cape Town": an event named between
    # (and "in Cape Town, South Africa": the town's country too)
    r"|\b(?:at|during)\s+the\s+(?:recently\s+|just\s+)?(?:held|concluded|ended|ongoing|on-going)\s+(?:[\w'’-]+\s+){1,8}?"
    r"in\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?,\s+)?$"
    # "signed a loan agreement with the Kuwait Fund to this end yesterday (24 June) in Vienna": where it happened
    r"|\b(?:yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*(?:\([^()]{1,20}\)\s*)?"
    r"in\s+$"
    # "met with the Senegalese Minister ... at the headquarters of Korea Eximbank in Seoul": where they met
    r"|\bat\s+(?:the\s+|its\s+|their\s+)?(?:headquarters|head\s+office|offices?)\s+(?:of\s+[^.;,$€£¥₩₹]{0,40}?\s+)?in\s+$"
    # "Hitachi CEO Hiroaki Nakanishi meets reporters in Tokyo's Chiyoda Ward": where a photo shows someone speaking
    r"|\b(?:meets?|met|meeting|speaks?|spoke|speaking|talks?|talked|talking)\s+(?:to\s+|with\s+)?(?:the\s+)?"
    r"(?:reporters|journalists|the\s+press|the\s+media|media)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def names_a_venue(sentence: str, mention: Mention) -> bool:
    """ "a conference taking place in Tunisia", "at the International Conference on ... in Geneva": where people met."""
    return _VENUE_BEFORE.search(sentence, max(0, mention.start - 90), mention.start) is not None


_SIGNED_IN_BEFORE = re.compile(
    r"\b(?:signed|inked|sealed|struck)\s+(?:[^.;]|\.(?=\d)){0,80}?\b(?:agreements?|deals?|MoUs?|contracts?|accords?|pacts?)"
    r"\s+in\s+$"
)
# "at the Japan CEO Meeting 2022 in Tokyo": where a named event was held, which is the investors' home (a setting)
# or, as often, the host country courting them (decided like a trip's destination).
_NAMED_EVENT_IN_BEFORE = re.compile(
    r"\bat\s+the\s+(?:[\w'’-]+\s+){0,5}?(?:conference|summit|forum|meeting|expo|session|dialogue)(?:\s+\d{4})?"
    r"\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A country that signs for financing, with no lender named beside it, is the borrower.
_SIGNS_FOR_FINANCING_AFTER = re.compile(
    r"(?:,[^,;]{0,80},)?\s+(?:has\s+|have\s+)?(?:signed|inked|sealed|secured|clinched)\s+(?:an?\s+)?"
    r"[^.;,]{0,30}?\b(?:concessional\s+)?(?:financing|loan|credit)\s+(?:deal|agreement|facility|package|line)s?\b"
    r"(?![^.;]{0,40}\bwith\b)"
)
# ... and so is one that signs loan contracts with a lender named after them ("Rabat has concluded three loan
# contracts totaling 250 million euros ... with the German Development Bank").
_BORROWS_FROM_AFTER = re.compile(
    # "Egyptian Ministry of International Cooperation has signed a $460 million development financing agreement with
    # the Embassy of South Korea": the ministry that signs for its government
    r"(?:\s+government|\s+(?:Ministry|Department)\s+of(?:\s+(?:and\s+)?[A-Z][\w-]*){1,4})?"
    r"\s+(?:(?:has|have|had|on\s+\w+|today|yesterday)\s+)?(?:concluded|signed|inked|sealed)\s+"
    r"(?:[^.;]|\.(?=\d)){0,40}?\b"
    r"(?:loan|credit|financing)\s+(?:\([A-Za-z]{2,6}\)\s+)?"  # "a $4.5-bn line of credit (LoC) agreement"
    r"(?:contracts?|agreements?|deals?)\b[^.;]{0,120}?\bwith\s+(?:the\s+)?[A-Z]"
)
_OWNER_OF_A_UNIT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:conglomerate|group|company|firm|giant|owner|parent|media group|utility|"
    r"[\w-]+maker)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:business|unit|division|arm|subsidiary|operations?|assets)\b"
)
_SOURCE_OF_MONEY_IN_AFTER = re.compile(
    r"\s+(?:investments?|funding|financing|loans?|capital|money)\s+in\s+(?:the\s+country\b|[A-Z])"
)
_TO_BUILD_AFTER = re.compile(
    r"(?:'s|’s)?(?:\s+[\w&.-]+){0,4}?\s+to\s+(?:build|construct|set\s+up|open|develop|invest|expand)\b"
)
_HELP_AFTER = re.compile(r"\s+(?:help|assistance|support|funding|financing|money|loans?|backing|capital)\b")
_BUSINESS_BASED_AFTER = re.compile(
    r"-based\s+(?:[a-z][\w-]*\s+){0,2}(?:business|businesses|unit|operations?|division|assets|plants?|factory|"
    r"factories|subsidiary|arm)\b"
)
_OWNERS_UNIT_BOUGHT_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take over|"
    r"takes over|took over)\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:'s|’s)\s+"
    # "to buy Softbank Group Corp's chip division Arm Ltd": the unit named after what it is
    r"(?:(?:[\w-]+\s+){0,2}?(?:division|unit|subsidiary|arm)\s+)?$"
)
_SELLER_PAID_AFTER = re.compile(
    r"\s+(?:will\s+|would\s+)?(?:gets?|receives?|received|receiving|pockets?|pocketed)\s+(?:a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:consideration|payment|proceeds|sale\s+price)\b"
)
_OWNER_OF_WHAT_IS_BOUGHT_BEFORE = re.compile(
    r"\b(?:belonging to|belongs to)\s+[^.;$€£¥₩₹]{0,40}?,\s+(?:a|an|the)\s+(?:subsidiary|unit|arm|division)\s+of\s+$",
    re.IGNORECASE,
)
# "a 49.99% stake in 48 solar plants controlled by Spanish utility Endesa": the owner that sells part of its assets
# takes the money
_STAKE_IN_ASSETS_OF_BEFORE = re.compile(
    r"\bstakes?\s+in\s+(?:[\w.,%-]+\s+){1,6}?(?:controlled|owned|operated|held|run)\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# "agreed to purchase the power grid business of Swiss engineering group ABB": the owner of the business bought
_BUSINESS_OF_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|acquire|acquires|acquired|acquiring|"
    r"acquisition\s+of|purchase\s+of|takeover\s+of)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:business|businesses|unit|units|division|divisions|operations|arm)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MARKET_SERVED_BEFORE = re.compile(
    r"\b(?:hub|gateway|springboard|launchpad|launch pad|base|export base|entry point|door)\s+(?:for|to|into)\s+"
    r"(?:the\s+)?(?:wider\s+|rest of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_APPROVAL_BY_BEFORE = re.compile(
    # "expects “timely clearance” from the European Commission for its $17 billion takeover": the regulator
    r"\b(?:approval|approvals|clearance|review|sign-off|nod|go-ahead|green light|consent)[\"”’']?\s+(?:from|by)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_APPROVAL_AFTER = re.compile(
    r"^\s+(?:regulatory\s+|antitrust\s+|competition\s+)?(?:approval|clearance|sign-off)\b", re.I
)
_INTO_COMPANIES_BEFORE = re.compile(
    r"\b(?:invest|invests|invested|investing|pump|pumps|pumped|pumping|pour|pours|poured|pouring|inject|injects|"
    r"injected|injecting|put|puts|putting|plough|ploughs|ploughed|ploughing|channel\w*)\b(?:[^.;]|\.(?=\d)){0,50}?"
    r"\binto\s+"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_THROUGH_A_UNIT_BEFORE = re.compile(
    r"\b(?:through|via)\s+(?:its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm|vehicle|affiliate)\s+"
    r"[A-Z][^,;()]{0,50}\($"
)
# "Japan-invested SMC Manufacturing (Vietnam) Co.": the bracket is the local unit's seat; the owner is named first.
_OWNED_FROM_ABROAD_BEFORE = re.compile(r"-(?:invested|backed|funded|owned|financed)\s+[A-Z][^()]{0,60}\($")
_OWNER_HYPHEN_AFTER = re.compile(
    # "Djibouti Launches $3.5 Billion China-Backed Trade Zone": a headline's title case too
    r"^-(?:[Ii]nvested|[Bb]acked|[Ff]unded|[Oo]wned|[Ff]inanced)\s+(?:[a-z-]+\s+){0,2}?(?:[A-Z]|firms?|compan)"
)
_BUYS_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased)\s+$", re.I
)
_SOLD_ASSETS_OWNER_BEFORE = re.compile(
    r"\b(?:offload|offloads|offloading|sell|sells|selling|divest|divests|divesting|dispose of|disposing of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_TO_OBTAIN_AFTER = re.compile(r"^\s+to\s+(?:obtain|receive|get|secure|access|borrow|tap)\b", re.IGNORECASE)
_STAKE_IN_BEFORE = re.compile(
    # "to become the biggest investor in French artificial intelligence startup Mistral AI": the company backed
    r"\b(?:stake|stakes|interest|holding|investor|shareholder)\s+(?:acquisition\s+|purchase\s+)?in\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_THANKED_BEFORE = re.compile(r"\b(?:thanks|thanked|thank|grateful|gratitude|indebted)\s+to\s+(?:the\s+)?$", re.I)
_OLD_CREDITOR_BEFORE = re.compile(
    r"\b(?:repay|repays|repaid|repaying|pay back|paying back|pays back|refinance|refinancing)\s+(?:[\w$.,-]+\s+){0,4}?"
    r"(?:debts?|loans?|dues|arrears)\s+(?:to|owed to|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWNERS_PROJECT_ELSEWHERE_AFTER = re.compile(
    r"(?:\s+(?:[a-z-]+\s+){0,2}(?:utility|company|firm|group|giant|maker|operator|developer)"
    r"(?:\s+[A-Z][\w.&-]*){1,3})?(?:'s|’s)\s+(?:[\w-]+\s+){0,6}?(?:project|plant|station|factory|mine|facility|site|"
    r"terminal|complex)\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
)
_TARIFFS_FROM_BEFORE = re.compile(
    r"\b(?:tariffs?|levies|duties|sanctions|pressure|threats?)\s+(?:[\w-]+\s+)?(?:from|by|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AND_THE_BEFORE_LENDER = re.compile(r"(?:'s|’s)?\s+(?:government\s+)?and\s+(?:the\s+)?")
_LENDER_NAME_END = re.compile(r"\b(?:Agency|Bank|Fund|Corporation|Institution)\b")
_SIGN_A_LOAN_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:signed|signs|inked|inks|sealed|concluded)\s+(?:an?\s+|the\s+)?(?:[^.;]{0,40}?\s)?loans?\b"
)
_VISIT_BY_SOMEONE_TO_BEFORE = re.compile(
    r"\b(?:visit|trip|tour)\s+by\s+[^.;,$€£¥₩₹]{1,60}?\s+to\s+(?:the\s+)?$", re.IGNORECASE
)
TRIP_BEFORE = re.compile(
    # "when he went to Beijing in November": a journey there, like "his visit to Beijing"
    # "during a recent visit paid to China"
    r"\b(?:visit(?:s|\s+paid)?|trip|tour|journey|mission|(?:he|she|they|we|I)\s+(?:went|travell?ed|flew))\s+to\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_BIDDER_BEFORE = re.compile(
    # "a $600 billion pledge from Saudi Arabia to invest in the US": the pledge's source, even after "to buy jets".
    r"\b(?:offers?|bids?|proposals?|approach|investments?|funding|backing|capital|money|pledges?|commitments?|"
    r"loans?|financing)\s+from\s+(?:the\s+)?"
    # "concessional loans from the Government of South Korea", "from the Government of the Republic of Korea"
    r"(?:government\s+of\s+(?:the\s+)?(?:(?:republic|kingdom|state|federation)\s+of\s+(?:the\s+)?)?)?$"
    # "approved a €751m takeover of the company by Japan's Sumitomo Corporation": the buyer named after "by"
    r"|\b(?:takeover|acquisition|purchase|buyout)\s+(?:of\s+[^.;,$€£¥₩₹]{1,60}?\s+)?by\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?(?:'s|’s)\s+)?$",
    re.IGNORECASE,
)
_OFFICIAL_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:minister|ministry|government|president|prime minister|premier|officials?|"
    r"authorities|investment agency|investment board)\b",
    re.IGNORECASE,
)
_OWNED_AFTER = re.compile(r"^(?:'|’|'s|’s)\s")
# "support for the state-funded Indian firm's projects": what the money goes into is the firm's
_OWNED_PROJECTS_AFTER = re.compile(
    r"^(?:'|’|'s|’s)\s+(?:[a-z-]+\s+)?(?:projects?|plants?|factories|factory|facilities|facility|sites?|expansion)\b"
)
# "in the Indian shipyard's first acquisition abroad", "the British defence contractor's history": a people's
# adjective on a noun in the possessive names the owner, whatever preposition stands before.
_DEMONYM_POSSESSIVE = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,3}?[a-z-]+(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:history|acquisitions?|purchases?|deals?|"
    r"takeovers?|investments?\s+abroad|foray|bet|move|record)\b"
)
_DIRECT_INVESTOR_CUE = re.compile(
    r"\b(?:will|would|to|plans? to|pledged to|agreed to)\s+(?:invest|put|pour|plough|plow|inject)\b"
    # "The Caisse is investing $200-million in a Swedish electric-vehicle battery maker"
    r"|\b(?:is|are)\s+(?:investing|putting|pouring|injecting)\b|\binvests\b"
    # "Japan pledges $550 billion investment in U.S. industries": the pledge's subject invests in them
    r"|\b(?:pledg\w*|commit\w*|promis\w*|announc\w*)\s+(?:\S+\s+){0,4}?investments?\s+in\s+(?:the\s+)?$"
    # "it has invested USD 2 billion in Indian firms", "SoftBank invested $2.5 billion in the Indian company"
    r"|\binvested\s+(?:\S+\s+){1,5}?in\s+(?:the\s+|an?\s+)?$",
    re.I,
)
_LICENSED_BEFORE = re.compile(
    # Not "gets license to add $3bn to Vietnam complex": an amount in between belongs to another verb.
    r"\b(?:licen[cs]es?|certificates?|permits?|approvals?|go-ahead)\b[^.;$€£¥₩₹]{0,40}\bto\s+(?:the\s+)?$",
    re.I,
)
_APPROVAL = re.compile(r"\b(?:licen[cs]es?|certificates?|approvals?|approved|permits?|granted|go-ahead)\b", re.I)


def _host_subject(sentence, subjects, recipient_countries, marked_investors) -> Mention | None:
    """ "Canberra and Queensland back US start-up's quantum computer": when every name before the verb belongs to
    the country the money lands in, the host pays (a subsidy or home money), whatever foreign name follows; not
    when syntax marks a foreign investor or partner ("built with China's CATL")."""
    if not subjects or marked_investors or not recipient_countries:
        return None
    if any(m.kind == "organization" and m.organization_kind not in {"government", ""} for m in subjects):
        return None
    if {m.country for m in subjects} != recipient_countries or len(recipient_countries) != 1:
        return None
    if _APPROVAL.search(sentence):
        return None  # the host approves or licenses someone else's investment
    return subjects[0]


# "Saudi Arabia's Ministry of Investment", "the Indonesian government", "Vietnam's planning ministry".
_GOVERNMENT_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:[Mm]inistry|[Gg]overnment|[Cc]abinet|[Aa]uthorit(?:y|ies)|[Mm]inister)\b"
)
_SIGNED_AFTER = re.compile(
    r"^\s+(?:has\s+|have\s+|on \w+\s+)?(?:signed|signs|sealed|seals|inked|inks|struck|strikes|agreed)\b", re.I
)
_PROCUREMENT = re.compile(
    r"\b(?:contracts?|orders?|ordered|procure\w*|buy\w*|bought|purchas\w*|supply|supplies|tender)\b", re.I
)


def _names_a_firm(sentence: str, mention: Mention) -> bool:
    """A company, or a country named for its companies: "Chinese firms", "China's Envision"."""
    after = sentence[mention.end : mention.end + 50]
    return bool(
        mention.kind == "organization"
        or _INVESTOR_AFTER.match(after)
        or _POSSESSIVE_ORGANIZATION.match(after)
        or _POSSESSIVE_DESCRIBED_FIRM.match(after)
        or (is_demonym(mention) and _FIRM_NAME_AFTER_DEMONYM.match(after))
    )


# "Qatar's largest dairy producer Baladna": a trade word between the country and the firm's name.
_POSSESSIVE_DESCRIBED_FIRM = re.compile(
    r"^(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,4}?(?:company|firm|producer|maker|manufacturer|group|giant|operator|"
    r"developer|conglomerate|carrier|miner|supplier|provider|investor)\s+[A-Z]"
)


# "with Chinese BTR New Material Group": a nationality, then the name of a firm the gazetteer does not know.
_FIRM_NAME_AFTER_DEMONYM = re.compile(
    r"\s+(?:[A-Z][\w&.-]*\s+){0,4}(?:Group|Company|Co\.|Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|Holdings|"
    r"Industries)(?!\w)"
)


def _courted_company(sentence, subjects, partners, recipient_countries) -> tuple[Mention, Mention] | None:
    """ "Saudi Arabia's Ministry of Investment signed a $5.6 billion agreement with Chinese carmaker X": a government
    that signs an investment agreement with a foreign company hosts the company's money. Not a contract or an
    order, where the government is the buyer."""
    if recipient_countries or _PROCUREMENT.search(sentence) or _GOODS_BOUGHT.search(sentence):
        return None
    governments = [
        m
        for m in subjects
        if m.kind == "country"
        and (
            _GOVERNMENT_AFTER.match(sentence[m.end : m.end + 40])
            # "Egypt signed agreements worth $1 billion with French companies": the country itself signs.
            or (not describes_a_company(sentence, m) and _SIGNED_AFTER.match(sentence[m.end : m.end + 40]))
        )
    ]
    if len({m.country for m in governments}) != 1 or len(governments) != len(subjects):
        return None
    foreign = [m for m in partners if m.country != governments[0].country and _names_a_firm(sentence, m)]
    if len({m.country for m in foreign}) != 1:
        return None
    return foreign[0], governments[0]


_SIGNING_OR_LENDING = re.compile(
    r"\b(?:sign|signs|signed|signing|ink|inks|inked|loans?|lending|credit line|grant aid|ODA|development assistance|"
    # "Egypt, Qatar agree to $7.5 billion investment package", "Egypt and Qatar plan $7.5 billion package"
    r"agree|agrees|agreed|plan|plans|seal|seals|sealed|strike|strikes|struck|finali[sz]e|finali[sz]es|finali[sz]ed|"
    r"conclude|concludes|concluded|clinch|clinches|clinched|announce|announces|"
    # "The U.S. and Japan unveiled the debut projects of a $550 billion investment fund", "France, UAE to invest up
    # to €50 billion in AI megadatacenter": which of the two pays is for the article to say.
    r"unveil|unveils|unveiled|advance|advances|advanced|launch|launches|launched|co-invest|invest|"
    r"forge|forges|forged|pact|pacts)\b",  # "Kazakhstan and Qatar Forge $17.6bn Investment Pact"
    re.I,
)


_TRAILING_VALUE = re.compile(r",\s*(?:worth|valued at)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$")
_DEAL_WITH_BEFORE = re.compile(
    r"\b(?:signed|signs|inked|inks|struck|strikes|sealed|seals|reached|agreed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|contract|memorandum|MoU|pact)\s+with\s+(?:the\s+(?:government\s+of\s+)?)?$",
    re.IGNORECASE,
)
_PARTNERS_WITH_AFTER = re.compile(
    r"^(?:'s\s+government)?\s+(?:(?:partners|partnered|teams up|teamed up|joins hands|joined hands|ties up|tied up)"
    # "Spain has signed a partnership agreement with Chinese green energy company Envision Group"
    r"|(?:has\s+|have\s+)?(?:signs|sign|signed|inks|inked)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|memorandum|"
    r"MoU|pact))"
    r"\s+with\b"
)


_ENTITY_AFTER_A_PAIR = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:company|fund|venture|joint venture|bank|holding|corporation)\b(?:[^.;$€£¥₩₹]{0,40})$"
)


def _joint_entity_of_two_countries(sentence: str, mentions: list[Mention], money_start: int) -> tuple[str, str] | None:
    """ "a Saudi-Jordanian investment company valued at some $3 billion": the countries of a hyphenated pair of
    nationalities naming the entity the amount is, or None."""
    for a, b in itertools.pairwise(mentions):
        if (
            b.end <= money_start
            and a.kind == b.kind == "country"
            and a.country != b.country
            and is_demonym(a)
            and is_demonym(b)
            and sentence[a.end : b.start] == "-"
            and _ENTITY_AFTER_A_PAIR.match(sentence, b.end, money_start)
        ):
            return (a.country, b.country)
    return None


def _two_countries_joined(sentence: str, group: list[Mention]) -> bool:
    """Two country names joined by "and" as one subject: "Bangladesh and Japan have signed", "Panama and the
    Government of Japan exchanged notes"."""
    countries = [m for m in group if m.kind == "country" and not is_demonym(m)]
    return len({m.country for m in countries}) == 2 and any(
        re.fullmatch(
            r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?(?:(?:government|republic|kingdom|state|people) of\s+(?:the\s+)?)?",
            sentence[a.end : b.start],
            re.IGNORECASE,
        )
        for a, b in itertools.pairwise(countries)
    )


_BUILT_BY_BEFORE = re.compile(r"\b(?:built|constructed|developed|operated|run)\s+by\s+(?:the\s+)?$")


def _core(sentence: str, mentions: list[Mention], by_id: dict, money_start: int, pivot: int):
    """Investor and recipient among `mentions`: syntax first, then places, then elimination."""
    receiving = _receiving_subject(sentence, mentions, by_id, money_start)
    if receiving is not None:
        return (*receiving[:5], (), True)
    usable = [m for m in mentions if m.country]
    regions = [m for m in mentions if m.kind == "region" and by_id.get(id(m)) == "recipient"]
    if _TRAILING_VALUE.search(sentence, max(0, money_start - 40), money_start):
        # "the acquisition of Eastern European beer businesses by Asahi, worth some ¥890 billion, the purchase of a
        # US insurer...": a value set after its item belongs to the names before it, not to the next item.
        usable = [m for m in usable if m.start < money_start]
        regions = [m for m in regions if m.start < money_start]

    def role(mention):
        return by_id.get(id(mention))

    recipients = [m for m in usable if role(m) == "recipient"]
    if not recipients:
        recipients = [m for m in usable if m.kind == "place" and role(m) in {None, "modifier"}]
    possessive = [
        m
        for m in usable
        if m.end < money_start
        and _POSSESSIVE_BEFORE_MONEY.match(sentence[m.end : money_start])
        and role(m) != "recipient"  # "buy Teck Resources' coal unit for $1.7 billion": the seller's unit
    ]
    # "Samsung ($17 billion), Hyundai ($26 billion)", "Hyundai, with $26 billion,": the name the amount hangs on;
    # "the Islamic Development Bank pledged $4.2 billion, ..., Germany $88 million, China $100 million": each item of
    # a list whose verb is left out after the first.
    attached = [
        m
        for m in usable
        if m.end <= money_start
        and (
            _ATTACHED_AMOUNT.match(sentence[m.end : money_start])
            or (
                _LISTED_AMOUNT.fullmatch(sentence, m.end, money_start)
                and _LIST_ITEM_BEFORE.search(sentence, max(0, m.start - 60), m.start)
            )
        )
    ]
    hinted = [m for m in usable if role(m) == "investor"]
    # "a consortium led by Qatar's UCC, with Turkey's Kalyon and the American firm X": the leader speaks for it.
    hinted = [m for m in hinted if _LED_BY_BEFORE.search(sentence[max(0, m.start - 30) : m.start])] or hinted
    subjects = [m for m in usable if m.end <= pivot and role(m) is None]
    recipient_countries = {m.country for m in recipients}

    investor = None
    investor_explicit = False
    joint: tuple[str, ...] = ()
    partners: tuple[Mention, ...] = ()
    openings = [m for m in usable if role(m) == "opening"]
    named_partners = [m for m in usable if role(m) == "partner" and m.country not in recipient_countries]
    courted = _courted_company(sentence, subjects, named_partners, recipient_countries)
    if courted is not None:
        return (*courted, True, True, (), (), False)
    host = _host_subject(sentence, subjects, recipient_countries, attached + possessive + hinted + named_partners)
    if host is not None:
        return host, None, True, False, (), (), False
    # "£800 million by Mubadala and £200 million by the UK": the first payer named after its amount, at home or not.
    # not "€800mn in grants ... to the €7.4bn greenfield investment by ... CATL": the later amount's payer (an
    # equivalent in brackets, "£600 million (€700 million) by the Qatar Investment Authority", is the same amount)
    named_after = [m for m in hinted if m.start > money_start and _payer_named_after_amount(sentence, m.start)]
    if named_after:
        after_money = sentence.find(" ", money_start)  # past the amount's first word
        if after_money < 0:
            after_money = len(sentence)
        later = [m for m in named_after if _AN_AMOUNT.search(_BRACKETS.sub("", sentence[after_money : m.start]))]
        hinted = [m for m in hinted if m not in later]
        named_after = [m for m in named_after if m not in later]
    agent = named_after[0] if named_after else None
    for name, group in (
        ("attached", attached[-1:]),
        ("possessive", possessive[-1:]),
        ("hinted", [agent] if agent else hinted),
        ("subject", subjects),
        ("opening", openings),
    ):
        # "Ford and SK Innovation": the foreign one of two subjects; a lone domestic subject stays (home money), and
        # so does a domestic owner ("the UK Government's £200 million to UK life sciences").
        group = (
            [m for m in group if m.country not in recipient_countries]
            or [
                m
                for m in group
                if m.kind == "organization"
                or m is agent
                or (name == "possessive" and _GOVERNMENT_POSSESSIVE.match(sentence, m.end))
                # "to Q-Tech Alliance, a Philippines-based investment group": a buyer at home, though unknown
                or (name == "hinted" and _BASED.match(sentence[m.end : m.end + 20]))
            ]
        )
        if not group:
            continue
        if (
            name == "hinted"
            and all(
                m.country in recipient_countries
                and m.start > money_start
                and _BUILT_BY_BEFORE.search(sentence, max(0, m.start - 40), m.start)
                for m in group
            )
            and any(m.country not in recipient_countries for m in subjects)
        ):
            # "Google has pledged to invest US$2bil that includes a data centre to be built by Gamuda Bhd": a local
            # firm named after the amount builds what the foreign subject pays for.
            continue
        organizations = [m for m in group if m.kind == "organization"]
        if name == "hinted":
            investor = min(group, key=lambda m: abs(m.start - money_start))
            if any(
                m.country != investor.country
                and m.kind == "country"
                and re.fullmatch(
                    r"\s*(?:,|and|or|,\s*and)\s*", sentence[min(m.end, investor.end) : max(m.start, investor.start)]
                )
                for m in usable
            ):
                # "Japanese and Korean firms pledged a combined $10 billion": several investors, no one pair.
                return None, None, False, False, SEVERAL_INVESTORS, (), False
        elif name == "subject" and not recipients and len({m.country for m in organizations}) > 1:
            # "Reliance and Aramco drop a $15 billion deal": one is at home, the other invests; the article decides.
            joint = tuple(dict.fromkeys(m.country for m in organizations))
            break
        elif (
            name == "subject"
            and not recipients
            and not organizations
            and _two_countries_joined(sentence, group)
            and _SIGNING_OR_LENDING.search(sentence)
        ):
            # "Bangladesh and Japan have signed a loan agreement worth $1.23 billion": the order of two governments
            # signing does not say which one pays; the article does (else the order stands).
            joint = tuple(dict.fromkeys(m.country for m in group))
            break
        else:
            investor = (organizations or group)[0]
            if name == "subject":
                # not "Maersk's terminal operator, APM Terminals": a unit of the investor spends its owner's money
                home = investor.owner_country or investor.country
                partners = tuple(
                    {m.country: m for m in organizations if (m.owner_country or m.country) != home}.values()
                )
            if name == "possessive":
                # "Microsoft and G42's $1B data center in Kenya": the owners joined before the possessive.
                partners = tuple(
                    m
                    for m in usable
                    if m.kind == "organization"
                    and m.country not in recipient_countries | {investor.country}
                    and re.fullmatch(r"\s*(?:and|&)\s*", sentence[m.end : investor.start])
                )
        investor_explicit = True
        break

    partner_mentions = [m for m in usable if role(m) == "partner"]
    if (
        investor is not None
        and investor.kind == "country"
        and (
            _LEADER_AFTER.match(sentence[investor.end : investor.end + 40])
            or _HOST_STARTS_AFTER.match(sentence[investor.end : investor.end + 40])
        )
        and any(m.country != investor.country for m in partner_mentions)
        and not recipients
    ):
        # "Indian Prime Minister Modi broke ground on a plant built with Japan's Toyota": the host's leader opens
        # what the partner pays for.
        host = investor
        investor = next(m for m in partner_mentions if m.country != host.country)
        return investor, host, True, True, joint, (), False

    foreign_firms = [
        m
        for m in partner_mentions
        if investor is not None and m.country != investor.country and _names_a_firm(sentence, m)
    ]
    if (
        investor is not None
        and investor.kind == "country"
        and not is_demonym(investor)
        and not recipients
        and foreign_firms
        and _PARTNERS_WITH_AFTER.match(sentence[investor.end : investor.end + 40])
    ):
        # "Zimbabwe partners with Chinese firms for a $270m lithium plant": a country that brings in foreign
        # companies is where their money goes.
        return foreign_firms[0], investor, True, True, joint, (), False

    host_partners = [
        m
        for m in usable
        if role(m) in {None, "partner"}
        and investor is not None
        and investor.kind == "organization"
        and m.kind == "country"
        and not is_demonym(m)
        and m.country != investor.country
        and _DEAL_WITH_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        and not _POSSESSIVE_ORGANIZATION.match(sentence[m.end : m.end + 30])
    ]
    if not recipients and len({m.country for m in host_partners}) == 1:
        # "Chery signed a deal with Turkey to build a $1 billion facility": the country the company signs with hosts it.
        return investor, host_partners[0], investor_explicit, True, joint, partners, False

    recipient = None
    recipient_explicit = False
    if regions and not recipients:
        return investor, None, investor_explicit, False, joint, (), False  # "projects in Africa": no country
    if investor is not None and re.search(r"\b(?:jointly|together|joint)\b", sentence):
        # "The EU and Japan will jointly set up a fund": the partner beside the investor is not its recipient.
        partners_in_subject = {m.country for m in subjects}
    else:
        partners_in_subject = set()
    candidates = [m for m in recipients if investor is None or m.country != investor.country]
    hinted_recipients = [m for m in recipients if role(m) == "recipient"]
    hinted_after = [m for m in hinted_recipients if m.start >= money_start]
    if investor is not None and hinted_recipients:
        # "Microsoft has invested $13 billion in OpenAI", "GM Invests In US, $1 Billion Deal": the named recipient
        # is at home, so this is home money. So is "$10 billion in Mississippi and another $5.3 billion in Saudi
        # Arabia": the first place after the amount is its own.
        home = hinted_after[0] if hinted_after else hinted_recipients[0]
        home_places = [m for m in hinted_recipients if m.kind in {"country", "place"} and m.country == investor.country]
        if (
            not hinted_after
            and home_places
            and candidates
            and all(m.kind == "organization" and m.end <= home_places[-1].start for m in candidates)
        ):
            # "purchased Enami's stake in Teck's Quebrada Blanca mine in northern Chile": the foreign company's asset
            # lies in the buyer's own country, where the money stays.
            home = home_places[-1]
            candidates = []
        if home.country == investor.country and (
            not candidates or (hinted_after and all(m.start > home.start for m in candidates if m.start >= money_start))
        ):
            return investor, home, investor_explicit, True, joint, partners, False
    home_modifiers = [
        m
        for m in usable
        if investor is not None
        and role(m) == "modifier"
        and m.country == investor.country
        and m.start > money_start
        and re.search(r"\b(?:in|into)\s+(?:the\s+)?$", sentence[max(0, m.start - 12) : m.start])
    ]
    if investor is not None and not candidates and home_modifiers:
        # "The EU has committed €43 billion in investment into European semiconductor manufacturing": at home.
        return investor, home_modifiers[0], investor_explicit, True, joint, partners, False
    if candidates:
        # A named place beats a company: "to Adani's Colombo port project in Sri Lanka" goes to Sri Lanka. But not a
        # place told before the amount, beside an earlier one: "to acquire Cargill's US-based pork business for
        # $1.45bn, a week after it announced a $1.5bn buyout of Moy Park" sends the second to Moy Park.
        candidates = [m for m in candidates if m.start >= money_start] or candidates
        places = [m for m in candidates if m.kind in {"country", "place"}]
        candidates = places or candidates
        after = [m for m in candidates if m.start >= money_start]
        recipient = after[0] if after else candidates[-1]
        recipient_explicit = True
        if any(
            m.country != recipient.country
            and m.kind == "country"
            and recipient.kind == "country"
            and re.fullmatch(
                r"\s*(?:,|and|or|,\s*and)\s*", sentence[min(m.end, recipient.end) : max(m.start, recipient.start)]
            )
            for m in usable
            if investor is None or m.country != investor.country
        ):
            # "securing lithium in Australia and Argentina": one amount for several countries, no one pair.
            return investor, None, investor_explicit, False, SEVERAL_RECIPIENTS, (), False
    elif investor is not None:
        others = [
            m
            for m in usable
            if m.country != investor.country
            and role(m) not in {"list", "setting", "opening"}
            # "US$12.5 million from London-based ... and US$25 million from Japan's Mitsui": another amount's payer
            and not (
                role(m) == "investor"
                and (
                    re.search(r"\bfrom\s+(?:the\s+)?$", sentence[max(0, m.start - 12) : m.start])
                    # "$170 million from the German Development Bank": a lender, whichever amount is its own
                    or _DEVELOPMENT_LENDER_AFTER.match(sentence, m.end)
                )
            )
            and m.kind != "organization"
            and m.country not in partners_in_subject
        ]
        if len({m.country for m in others}) == 1:
            recipient = others[0]
            recipient_explicit = role(recipient) == "modifier"
        elif investor in hinted:
            # "The Philly Shipyard will be upgraded with $5 billion invested by Korea's Hanwha": the subject of a
            # passive sentence is what the money goes to.
            passive = [
                m
                for m in subjects
                if m.kind == "organization"
                and m.country != investor.country
                and _PASSIVE.search(sentence, m.end, money_start)
            ]
            if len({m.country for m in passive}) == 1:
                recipient = passive[0]
    if investor is None:
        exclude = recipient.country if recipient is not None else None
        # "... £5 billion to Britain, saying it is optimistic about the country outside the European Union": what the
        # payer goes on to say names no party.
        remark = _REMARK_AFTER.search(sentence, money_start)
        others = [
            m
            for m in usable
            if m.country != exclude
            # "The pension fund also partnered with PAG to invest $100 million ... in India": not the partner
            and role(m) not in {"list", "setting", "opening", "recipient", "customer", "partner"}
            and not (remark and m.start > remark.start())
        ]
        if len({m.country for m in others}) == 1 and recipient is not None and not joint:
            investor = others[0]
            investor_explicit = recipient_explicit  # the only other party beside a named recipient
    return investor, recipient, investor_explicit, recipient_explicit, joint, partners, False


_REMARK_AFTER = re.compile(r",\s+(?:saying|adding|noting|citing|stating|arguing|explaining)\b")
_REPORTED = re.compile(
    r"\b(?:said|says|announced|revealed|disclosed|confirmed|stated|told [\w\s]{0,30}?|added|"
    # "It is pertinent to mention that Beijing has pledged $60 billion": the remark's own words name nobody.
    r"mention|mentioning|noting|noted|recalled|explained|reported|pointed out|stressed|emphasi[sz]ed)"
    # "announced on November 22 last year that KKR would make a bid": a time said between
    r"(?:\s+(?:on|in|last|this|earlier)\b[^,.;$€£¥₩₹]{0,30}?)?\s+that\s+"
    # "A MoU with Export Credit Bank of Turkiye will see ADQ also finance...": what the deal will see done, by whom.
    r"|\b(?:will|would|could|should)\s+see\s+|\bsaw\s+(?=[A-Z])",  # "That visit saw Doha pledge $7.5 billion"
    re.IGNORECASE,
)


def reported_clause_start(sentence: str, start: int, money_start: int) -> int:
    """ "The ministry announced that the company will invest...": where the reported clause, and its subject, begin."""
    reported = _REPORTED.search(sentence, start, money_start)
    return reported.end() if reported else start


def pivot_of(sentence: str, start: int, end: int, money_start: int) -> int:
    """Where the amount's verb is: its subject stands before. "X announced that Y would pay": the verb of Y."""
    start = reported_clause_start(sentence, start, money_start)
    opening = _OPENING_PHRASE.match(sentence) or _DEAL_OPENING.match(sentence)
    if opening and start < opening.end() <= money_start:
        start = opening.end()  # "As the carmaker accelerates its transition to EVs, X will spend": X's verb
    match = next(
        (found for found in PLEDGE_VERBS.finditer(sentence, start, end) if not _inside_a_name(sentence, found.start())),
        None,
    )
    return min(match.start(), money_start) if match else money_start


# "Under a $5.1 billion deal announced on Sunday, Gilead will provide ...": the deal's own verb is not the main one.
_DEAL_OPENING = re.compile(
    r"^(?:Under|As part of|Through)\s+(?:an?|the|its|their)\s+[^,;]{0,40}?\b(?:deal|agreement|accord|pact|plan|"
    r"partnership|transaction)\b[^,;]{0,60},"
)


def _inside_a_name(sentence: str, position: int) -> bool:
    """ "The Kuwait Fund for Arab Economic Development ... signed": a capitalised word within a sentence written in
    lower case is part of a name, not the verb (a title-case headline capitalises its verbs too)."""
    return position > 0 and sentence[position].isupper() and not _in_title_case(sentence)


@lru_cache(maxsize=256)  # asked for each name of the sentence
def _in_title_case(sentence: str) -> bool:
    """ "Saudi Fund Takes 15% Share in Heathrow Airport": most words capitalised, as headlines often are."""
    words = _WORD.findall(sentence)
    return sum(word[0].islower() for word in words) < 0.4 * len(words)


_WORD = re.compile(r"\b[^\W\d_]+")


# "First Solar, which commissioned its plant near Chennai last year, committed Rs 5,600 crore": the relative clause
# describes the subject; its places are not parties, and the subject before it is the subject of the main verb.
_RELATIVE_INSERTION = re.compile(
    # "a consortium led by Qatar's UCC, with Turkey's Kalyon and the American firm X, agreed $7 billion": the
    # partners named in passing; the subject before them is the one that agreed.
    # "Global Infrastructure Partners (GIP), the fund manager whose key assets include investments in Edinburgh
    # Airport, ..., is being purchased by BlackRock": what the relative clause says of the subject is not the deal
    r"(?:,\s(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}?)?(?:(?:one|some|many|most|all|none|each|both)\s+of\s+)?"
    r"(?:which|who|whose|whom)\b.*"
    # "India's Mahindra group, with interests in cars and tractors, finance and IT services, is to buy": a list
    r"|,\s(?:with|alongside|together with)\s[^,;]*(?:,[^,;]*){0,2}?),\s"
    r"(?=(?:also\s+|now\s+|then\s+)?(?:will|would|is|was|are|were|has|have|had|could|should|"
    r"may|might|can|said|says|plans?|represents?|expects?|includes?|employs?|intends|aims|wants|[a-z]{3,}ed|"
    # "..., which holds concessions in Argentina, for $65 million": the amount hangs on the main clause.
    r"for|worth|in a deal|to\s+[a-z]{3,})\b)"  # "..., one of whose shareholders is Volkswagen, to develop a plant"
)


def _without_insertion(sentence: str, mentions: list[Mention], money_start: int) -> tuple[str, list[Mention]]:
    """The sentence with a relative clause or an apposition that closes before the amount blanked out (offsets
    kept)."""
    for pattern in (_RELATIVE_INSERTION, _APPOSITION_BEFORE_A_PARTNER):
        match = pattern.search(sentence, 0, money_start)
        if match is not None:
            start, end = match.span()
            mentions = [m for m in mentions if not start <= m.start < end]
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence, mentions


# "Sao Tome and Principe, an African island country located near the equator, and China have signed a deal": the
# first of two subjects described in passing; the comma after the description does not end their clause.
_APPOSITION_BEFORE_A_PARTNER = re.compile(r",\s(?:an?|the)\s[^,;()$€£¥₩₹]{3,80}(?=,\s+and\s+(?:the\s+)?[A-Z])")


_ANAPHOR_BEFORE_VERB = re.compile(
    # "those subsidies will come into effect after the company builds the $7 billion plant"
    r"(?:^|[,;:—–]\s*|\b(?:said|says|added|adds|announced|that|and|but|when|as|where|after|once|until|before|if)\s+)"
    r"[\"“]?"
    # "The world's largest retailer will acquire": a description of the company named before
    r"(?:[Ii]t|[Tt]hey|[Tt]he\s+(?:[\w'’-]+\s+){0,3}?(?:company|group|firm|carmaker|automaker|chipmaker|conglomerate|"
    r"giant|maker|manufacturer|producer|developer|operator|fund|investor|miner|steelmaker|lender|bank|insurer|"
    r"utility|start-?up|buyer|retailer|operator|business|provider|supplier|drugmaker|shipbuilder|airline|carrier|"
    r"brewer|contractor|builder))"
    r"\s+(?:(?:will|would|could|also|now|still|has|have|had|is|was|plans|planned|intends|expects|aims|agreed|wants|"
    r"set|going|then|later|eventually|undertaken|undertook|decided|promised|vowed|offered|hopes|hoped|intended|"
    r"expected|sought|committed|pledged)\s+(?:to\s+)?)*$"
)


_BARE_AUXILIARIES = {"will", "would", "to"}


def anaphoric_subject(sentence: str, money_start: int) -> int | None:
    """ "..., the company will invest $1 billion", "said it would spend": the amount's verb has "it" or
    "the company" for its subject, so the payer is an organization named before. Where that subject stands."""
    sentence, _ = _without_insertion(sentence, [], money_start)
    start, _ = clause_bounds(sentence, money_start)
    found = PLEDGE_VERBS.finditer(sentence, start, money_start)
    verbs = [m for m in found if m.group(0).lower() not in _BARE_AUXILIARIES]
    if not verbs:
        return None
    match = _ANAPHOR_BEFORE_VERB.search(sentence[start : verbs[-1].start()])
    return start + match.start() if match else None


# "the Gulf state will invest", "the kingdom has pledged": a country named by what it is, in the amount's clause.
_DESCRIPTION = (
    r"[Tt]he\s+(?:(?P<region>Gulf|Arab|Asian|East Asian|South Asian|European|African|Nordic|Scandinavian|Baltic|"
    r"Latin American|South American|Southeast Asian|Central Asian|Middle Eastern|Caribbean|Pacific)\s+)?"
    r"(?:state|nation|country|kingdom|emirate|city-state|island nation|republic|monarchy)\b(?![-‐–])"
)
_COUNTRY_DESCRIPTION = re.compile(r"\b" + _DESCRIPTION)
_DESCRIBED_DESTINATION = re.compile(r"\b(?:in|into|to|for)\s+" + _DESCRIPTION)  # "in the South Asian nation"
_REGION_MEMBERS = {
    "Gulf": {"AE", "SA", "QA", "KW", "BH", "OM"},
    "Arab": {"AE", "SA", "QA", "KW", "BH", "OM", "EG", "JO", "MA", "DZ", "TN", "IQ", "LB", "LY", "SD", "SY", "YE"},
    "Nordic": {"NO", "SE", "DK", "FI", "IS"},
    "Scandinavian": {"NO", "SE", "DK"},
    "Baltic": {"EE", "LV", "LT"},
    "South Asian": {"IN", "PK", "BD", "LK", "NP", "BT", "MV", "AF"},
    "Southeast Asian": {"ID", "MY", "TH", "VN", "PH", "SG", "MM", "KH", "LA", "BN", "TL"},
    "East Asian": {"CN", "JP", "KR", "KP", "MN", "TW"},
    "Central Asian": {"KZ", "UZ", "TM", "KG", "TJ"},
}


def _the_one_country_described(
    sentence: str, mentions: list[Mention], described: re.Match, other: str | None, skip_companies: bool
) -> Mention | None:
    """The first mention of the one country named before `described` that fits its region ("the Gulf state"), other
    than `other`; None when no country or several fit."""
    members = _REGION_MEMBERS.get(described.group("region") or "")
    countries = [
        m
        for m in mentions
        if m.kind == "country"
        and m.end <= described.start()
        and m.country != other
        and (members is None or m.country in members)
        and not (skip_companies and describes_a_company(sentence, m))
    ]
    if len({m.country for m in countries}) != 1:
        return None
    return countries[0]


def _country_by_description(sentence, mentions, start, money_start, recipient) -> Mention | None:
    """ "France and the United Arab Emirates signed a framework under which the Gulf state will invest": the
    country the description fits among those the sentence names before it, other than the recipient."""
    described = None
    for match in _COUNTRY_DESCRIPTION.finditer(sentence, start, money_start):
        described = match
    if described is None:
        return None
    other = recipient.country if recipient is not None else None
    return _the_one_country_described(sentence, mentions, described, other, skip_companies=True)


def _recipient_by_description(sentence, mentions, money_start, investor) -> Mention | None:
    """ "Japan will aim for 10 trillion yen in private investments in the South Asian nation": the one country named
    earlier in the sentence that fits the description, other than the investor's (a company's nationality counts:
    "Nepal's biggest trade partner" names Nepal)."""
    described = _DESCRIBED_DESTINATION.search(sentence, money_start)
    if described is None or re.search(r"[.;]", sentence[money_start : described.start()]):
        return None
    return _the_one_country_described(sentence, mentions, described, investor.country, skip_companies=False)


_RELATIVE_SUBJECT_BEFORE = re.compile(r",\s+where\s+(?:the\s+)?$")
_WHERE_AFTER = re.compile(r"^,\s+where\s+")
# The verbs of selling a business or a stake, which the two patterns below share.
_SELLING = r"(?:sell|sells|sold|selling|offload\w*|divest\w*)"
# A company sold ("its U.S. candy business", "a 30% stake") to a buyer named after "to": the buyer pays.
_SOLD_TO_BUYER_BEFORE = re.compile(
    r"\b" + _SELLING + r"\s+(?:its|their|a|an|the|[\d.]+\s*(?:%|per\s*cent|percent))"
    r"(?:[^.;]|\.(?=\S|\s+[a-z])){0,60}?\b(?:stake|business|businesses|unit|division|operations|assets|brands?|"
    r"subsidiary|arm|shares|holding|interest|company)\b(?:[^.;]|\.(?=\S|\s+[a-z])){0,120}?\bto\s+(?:the\s+|a\s+)?"
    r"(?:[\w’'-]+\s+){0,5}?$",
    re.IGNORECASE,
)
# What a seller sells, right after its sale verb: its own business rather than someone else's asset.
_ITS_OWN_BUSINESS = re.compile(
    r"\s+(?:its|their)\s+(?:own\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,5}?(?:business|businesses|unit|units|division|operations|assets|arm|subsidiary|stake)\b",
    re.IGNORECASE,
)
_SELLS_ITS_BEFORE = re.compile(r"\b" + _SELLING + r"\s+(?:its|their)\s+$", re.I)
_BUSINESS_SOLD_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:business|businesses|unit|operations|division|assets|arm|subsidiary)\b"
)
# "Ford's money-losing Swedish car brand", "Anheuser-Busch InBev NV's South Korean brewer": a company's unit abroad,
# named by its owner and its own nationality.
_OWNERS_FOREIGN_UNIT = re.compile(
    r"(?:\s+(?:NV|N\.V\.|SA|S\.A\.|AG|SE|plc|Plc|PLC|Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|Group))?"
    r"(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:[a-z][\w-]*\s+){0,3}"  # "General Motors' Korean car brand"
)
_UNIT_SOLD_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}(?:business|businesses|unit|units|division|operations|assets|arm|subsidiary|brand|"
    r"brands|brewer|maker|carmaker|automaker|bank|insurer|company|firm|operator|chain|retailer)\b"
)
_OPERATED_PROJECT_AFTER = re.compile(
    r"^(?:-operated|-run|-led|-owned|'s|’s)?\s+(?:[A-Z][\w-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,3}"
    r"(?:project|projects|mine|mines|deposit|oilfield|gasfield|field|fields)\b"
    # "Brookfield Buys $2.3 Billion Stake in Orsted Offshore Wind Farms": a headline's capitals
    r"|^\s+(?:Offshore\s+|Onshore\s+)?(?:Wind|Solar)\s+(?:Farms?|Parks?|Assets|Portfolio)\b"
)
# "which is the largest" describes; "which is providing €35m" acts
_RELATIVE_OPENING = re.compile(r"(?:which|who)\s+(?!(?:is|are|was|were)\b(?!\s+(?:also\s+)?[a-z]+ing\b))")


_RECEIVING_RELATIVE = re.compile(
    r"(?:which|who)\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|also\s+)*(?:received?|receives|got|gets|get|"
    r"secured?|secures|obtained|won|wins|attracted|attracts|drew|draws)\b"
)


def _relative_antecedent(sentence, mentions, start, money_start) -> Mention | None:
    """ "the offer made by domestic rival Cleveland-Cliffs, which proposed ... about $7.3 billion": the name just
    before ", which" is the subject of the relative clause that states the amount."""
    if start < 2 or not _RELATIVE_OPENING.match(sentence, start) or sentence[start - 2] != ",":
        return None
    before = [m for m in mentions if m.end <= start - 2 and m.country and m.kind in {"organization", "country"}]
    if not before:
        return None
    # "on behalf of Germany's DEG, which is providing €35m": a firm the gazetteer does not know, named by its home
    gap = sentence[before[-1].end : start - 2]
    if len(gap) > 1 and not (_POSSESSED_NAME.fullmatch(gap) and "," not in sentence[start:money_start]):
        return None
    return before[-1]


_POSSESSED_NAME = re.compile(
    r"(?:'s|’s|'|’)\s+(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}"
    # "funded by Qatar’s sovereign wealth fund, which is providing €2.4bn of cash": a body named by what it is
    r"|(?:[a-z][\w-]*\s+){0,3}(?:fund|bank|agency|lender|investor|government|authority|company|firm|group))"
)


_SECURING_BETWEEN = re.compile(
    r"[^.;$€£¥₩₹]{0,40}?\b(?:securing|secured|secures|winning|won|landing|landed|clinching|clinched|obtaining|"
    r"obtained|to\s+(?:secure|obtain|win|receive|get))\s+(?:(?:a|an|the|about|some|nearly|up to|more than|over|"
    r"roughly|around)\s+)*"
    # "signed an agreement with the US government on Friday to secure a grant of $500 million"
    r"(?:(?:grant|loan|investment|commitment|package|credit)\s+(?:of|worth)\s+(?:(?:about|some|up to|nearly)\s+)?)?",
    re.I,
)


def _counterpart_securing(sentence: str, mentions: list[Mention], money_start: int) -> Mention | None:
    """The country in "an agreement with Japan ..., securing a $550 billion commitment", just before the amount."""
    countries = [m for m in mentions if m.kind == "country" and m.end <= money_start]
    if not countries:
        return None
    last = countries[-1]
    if _AGREEMENT_WITH_BEFORE.search(sentence, 0, last.start) and _SECURING_BETWEEN.fullmatch(
        sentence, last.end, money_start
    ):
        return last
    return None


_BUYING_GERUND = re.compile(r"\s+(?:acquiring|buying|taking|purchasing)\s+(?:a|an)\s+(?:stake\s+(?:of|worth)\s+)?")
_STAKE_WITHOUT_TARGET = re.compile(r"\S+(?:\s+(?:billion|million|trillion))?\s+(?:equity\s+)?stake\b(?!\s+in\b)")


# "a combined $753 million, with the DFC contributing $553 million": the company before the gerund gives it.
_GIVING_GERUND = re.compile(
    r"\s+(?:contributing|providing|lending|investing|putting up|committing|injecting|financing)\s+"
    r"(?:(?:an?\s+)?(?:additional|further|extra)\s+|another\s+)?(?:(?:about|some|up to|nearly|around)\s+)?"
)


def _gerund_buyer(sentence: str, mentions: list[Mention], money_start: int) -> Mention | None:
    """The company just before "acquiring a $1.5 billion stake" or "contributing $553 million"; None when the
    amount has no such gerund."""
    before = [m for m in mentions if m.kind == "organization" and m.end <= money_start]
    if before and (
        _BUYING_GERUND.fullmatch(sentence, before[-1].end, money_start)
        or _GIVING_GERUND.fullmatch(sentence, before[-1].end, money_start)
    ):
        return before[-1]
    return None


def first_of_each_country(mentions: Iterable[Mention]) -> list[Mention]:
    """The first mention of each country, in order: "LGES and Honda" gives one Korean and one Japanese company."""
    firsts: dict[str | None, Mention] = {}
    for mention in mentions:
        firsts.setdefault(mention.country, mention)
    return list(firsts.values())


# The next item of a list: "... and a $1.5 billion investment", not a bracketed equivalent of the same amount.
_NOUN_OF_AN_AMOUNT_AFTER = re.compile(
    r"[^.;,$€£¥₩₹]{0,60}?\bof\s+(?:about\s+|some\s+|nearly\s+|up\s+to\s+|more\s+than\s+)?(?:US\$|[$€£¥₩₹])\s?\d"
)
_LATER_AMOUNT = re.compile(r"(?:,|\band)\s+(?:(?:a|an|another|the|further)\s+)*(?:US\$|[$€£¥₩₹]|\bRs\.?\s?)\s?\d")
_INTO_BEFORE_NAME = re.compile(r"\b(?:in|into)\s+[^.;:$€£¥₩₹]{0,60}$")


_ANOTHER_ITEM = re.compile(
    r",?\s+and\s+(?:another|a second|a further|a separate)\s+(?:[\w-]+\s+)?"
    r"(?:agreement|deal|loan|contract|project|accord|memorandum|MoU)\b",
    re.IGNORECASE,
)


def _object_of_a_later_amount(sentence: str, mention: Mention, money_start: int) -> bool:
    """ "$2.9 billion in Japan and a $1.5 billion investment in UAE-based AI company G42": what the next amount goes
    into is no party to this one."""
    token = re.compile(r"\S*").match(sentence, money_start)
    if mention.start > money_start and _NOUN_OF_AN_AMOUNT_AFTER.match(sentence, mention.end):
        return True  # "..., dwarf a US assistance package to Pakistan of $5 billion": that package's own sides
    if _ANOTHER_ITEM.search(sentence, token.end() if token else money_start, mention.start):
        return True  # "... valued AED 376 million, and another agreement to finance housing in Seychelles"
    later = _LATER_AMOUNT.search(sentence, token.end() if token else money_start)
    return bool(
        later
        and later.start() < mention.start
        # "$1 billion of the Saudi commitment, and $2 billion of the Emirati investment": the later part's payer
        and (
            _INTO_BEFORE_NAME.search(sentence, later.end(), mention.start)
            or _PART_OF_AN_AMOUNT_BEFORE.search(sentence, later.end() - 1, mention.start)
        )
        and not re.search(r"[;:]", sentence[later.start() : mention.start])
    )


def resolve_roles(sentence: str, mentions: list[Mention], money_start: int) -> Roles:
    """The investor and recipient of the amount at `money_start`: its clause first, then the rest of the sentence."""
    sentence, mentions = _without_insertion(sentence, mentions, money_start)
    cut = attribution_start(sentence)
    if money_start >= cut:
        cut = len(sentence)
    all_mentions = mentions
    mentions = [m for m in mentions if m.start < cut and not _object_of_a_later_amount(sentence, m, money_start)]
    marked = hints(sentence, mentions)
    by_id = {id(m): marked.get(number) for number, m in enumerate(mentions)}

    start, end = clause_bounds(sentence[:cut], money_start)
    in_clause = [m for m in mentions if start <= m.start < end]
    reported = reported_clause_start(sentence, start, money_start)
    if any(m.kind == "organization" and by_id[id(m)] is None and reported <= m.start < money_start for m in in_clause):
        # "Calsonic Kansei, a Nissan-backed maker, announced ... that KKR would make a $4.5 billion bid": the company
        # the reported clause names pays, not one the speaker's description marked.
        by_id = {key: "setting" if role == "investor" else role for key, role in by_id.items()} | {
            id(m): by_id[id(m)] for m in in_clause if m.start >= reported
        }
    investor, recipient, investor_explicit, recipient_explicit, joint, partners, received = _core(
        sentence, in_clause, by_id, money_start, pivot_of(sentence, start, end, money_start)
    )
    if (
        investor is not None
        and investor.kind == "country"
        and not is_demonym(investor)
        and _HOST_STARTS_AFTER.match(sentence[investor.end : investor.end + 40])
    ):
        # "Sri Lanka opened a $500 million container terminal ..., as the nation seeks to upgrade its infrastructure
        # with Chinese help": the host opens what the helper paid for.
        helpers = [m for m in mentions if by_id.get(id(m)) == "investor" and m.country != investor.country]
        if len({m.country for m in helpers}) == 1:
            investor, recipient = helpers[0], investor
            investor_explicit = recipient_explicit = True
    counterpart = _counterpart_securing(sentence, mentions, money_start)
    if counterpart is not None:
        # "announced an agreement with Japan, securing a $550 billion investment commitment": the country agreed
        # with pays; the side that secures the money ("Brazil's president announced...") receives it.
        announcer = investor if investor is not None and investor.country != counterpart.country else None
        if announcer is not None or (recipient is not None and recipient.country == counterpart.country):
            recipient, recipient_explicit = announcer, announcer is not None
        investor, investor_explicit, joint = counterpart, True, ()
    item_host = _host_of_a_listed_item(sentence, mentions, money_start)
    if item_host is not None:
        # "a Mother and Child Hospital in Guinea for $75 million, a Referral Hospital in Sierra Leone for $50
        # million": in a list of projects, each amount goes where its own item is, and no host there pays.
        recipient, recipient_explicit = item_host, True
        if investor is not None and investor.kind in {"country", "place"} and not is_demonym(investor):
            investor, investor_explicit = None, False
        if joint == SEVERAL_RECIPIENTS:
            joint = ()
    own = _owner_right_before(sentence, in_clause, money_start)
    if own is not None and (recipient is None or own.country != recipient.country or own.kind != "organization"):
        # "Analog Devices investing €630m ..., Dexcom's planned €300m investment in Galway and PepsiCo investing
        # €127m in its Cork facility": in a list, each amount is the company named right before it.
        investor, investor_explicit, joint = own, True, ()
    buyer = _gerund_buyer(sentence, in_clause, money_start) if investor is None else None
    if buyer is not None:
        # "formalized in 2023 with Stellantis acquiring a $1.5 billion stake": the company before the gerund buys.
        investor, investor_explicit, joint = buyer, True, ()
        if recipient is None and _STAKE_WITHOUT_TARGET.match(sentence, money_start):
            # The stake is in the other company the sentence pairs the buyer with ("between Stellantis and Leapmotor").
            recipient = next((m for m in in_clause if m.kind == "organization" and m.country != buyer.country), None)
            recipient_explicit = recipient is not None
    if investor is None and not joint:
        antecedent = _relative_antecedent(sentence, mentions, start, money_start)
        if antecedent is not None and _RECEIVING_RELATIVE.match(sentence, start):
            # "humanitarian assistance to Afghanistan, which received ₹200 crore": the name before receives
            if recipient is None:
                recipient, recipient_explicit = antecedent, True
        else:
            investor, investor_explicit = antecedent, antecedent is not None
    if investor is None and not joint:
        named = _country_by_description(sentence, mentions, start, money_start, recipient)
        if named is not None:
            investor, investor_explicit = named, True
    if investor is None or recipient is None:
        # "a $10 billion refinery in Gwadar, where China has helped build a port": the subject of a relative clause
        # after the amount does something else.
        # "... upgrades on the line, which provides the Copperbelt mining region of DR Congo with access": nor does a
        # place named inside a relative clause, after the amount's own clause, that tells what the project serves.
        relative = _RELATIVE_CLAUSE_AFTER.match(sentence, end)
        outside = [
            m
            for m in mentions
            if not (m.start > money_start and _RELATIVE_SUBJECT_BEFORE.search(sentence, max(0, m.start - 20), m.start))
            and not (relative is not None and m.start > relative.start())
        ]
        wide = _core(sentence, outside, by_id, money_start, pivot_of(sentence, 0, cut, money_start))
        receiving = {m.country for m in mentions if by_id.get(id(m)) == "recipient"}
        if investor is None and wide[0] is not None and (recipient is None or wide[0].country != recipient.country):
            # "located in Thailand's eastern Rayong Province": a place in the country the sentence sends money to
            # is no payer.
            if by_id[id(wide[0])] != "recipient" and not (wide[0].kind == "place" and wide[0].country in receiving):
                investor, investor_explicit = wide[0], False  # from another clause: a guess, not syntax
        where = wide[1] is not None and wide[1].end < money_start and _WHERE_AFTER.match(sentence[wide[1].end :])
        if recipient is None and where:
            recipient, recipient_explicit = wide[1], True  # "Germany, where Volkswagen plans to invest": even at home
        if recipient is None and wide[1] is not None and (investor is None or wide[1].country != investor.country):
            # From another clause only a recipient that syntax marks: "..., while Korea's LG will..." is a parallel
            # statement, not the recipient of the first clause.
            if by_id[id(wide[1])] != "investor" and wide[3]:
                recipient, recipient_explicit = wide[1], wide[3]
    if joint and joint not in (SEVERAL_INVESTORS, SEVERAL_RECIPIENTS) and recipient is not None:
        firms = first_of_each_country(m for m in in_clause if m.kind == "organization" and m.country in joint)
        if recipient.country not in joint and len(firms) > 1:
            # "LGES and Honda have committed to investing $3.5bn to construct the new plant ... near Columbus,
            # Ohio": two companies from abroad named together both put money into the place named.
            investor, investor_explicit, partners, joint = firms[0], True, tuple(firms[1:]), ()
    if recipient is None and not joint and investor is not None:
        recipient = _recipient_by_description(sentence, mentions, money_start, investor)
        recipient_explicit = recipient is not None
    if recipient is None and not joint and investor is not None:
        # "Samsung SDI will invest a further $1 billion there, Hungary's foreign minister said", "Malaysia's Prime
        # Minister said Chinese investors had pledged...": a host official announcing foreign money speaks for the
        # country it lands in.
        speakers = [
            m
            for m in all_mentions
            if (m.start >= cut or by_id.get(id(m)) == "setting")
            and m.kind in {"country", "place"}  # "The Karnataka government in a statement said Foxconn is planning"
            and m.country != investor.country
            and _OFFICIAL_AFTER.match(sentence[m.end : m.end + 50])
        ]
        if len({m.country for m in speakers}) == 1:
            recipient = speakers[0]
    if (
        investor is not None
        and recipient is not None
        and recipient.kind == "organization"
        and recipient.country == investor.country
        and re.match(
            r"(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:plant|factory|facility|site|campus|works)\b", sentence[recipient.end :]
        )
    ):
        # "at the Toyota Motor Manufacturing Indiana plant": the company's own plant is where it stands, not a party
        elsewhere = [m for m in in_clause if m.kind == "place" and m.country != investor.country]
        recipient = elsewhere[0] if len({m.country for m in elsewhere}) == 1 else None
        recipient_explicit = recipient is not None
    if (
        investor is not None
        and recipient is not None
        and recipient.kind == "organization"
        and recipient.country == investor.country
    ):
        # "invest 651 billion won in LG Chem Wroclaw Energy, a Polish subsidiary": the company's own unit abroad
        unit = _UNIT_ABROAD_AFTER.match(sentence, recipient.end)
        abroad = next((m for m in mentions if unit and m.start == unit.start("people")), None)
        if abroad is not None and abroad.country and abroad.country != investor.country:
            recipient, recipient_explicit = abroad, True
    if (
        investor is not None
        and recipient is not None
        and not recipient_explicit
        and investor.kind == recipient.kind == "country"
        and investor.country != recipient.country
        and _is_named_first(sentence, investor)
        and _SIGNS_A_DEAL_WITH.fullmatch(sentence, investor.end, recipient.start)
    ):
        # "Uganda strikes $4bn oil deal with UAE": two countries signing, neither said to pay the other.
        investor, recipient, investor_explicit, joint = None, None, False, (investor.country, recipient.country)
    if investor is None and not joint and _GOVERNMENT_SIGNS_BEFORE.match(sentence):
        # "The state also signed an MoU with US-based TPI Composites for a Rs 300-crore expansion": a host government
        # signs with a foreign company, which pays.
        companies = [
            m
            for m in in_clause
            if by_id.get(id(m)) == "partner" and m.kind == "country" and _BASED.match(sentence[m.end : m.end + 20])
        ]
        if len({m.country for m in companies}) == 1:
            investor, investor_explicit = companies[0], True
    pair = _joint_entity_of_two_countries(sentence, mentions, money_start)
    if pair is not None and not joint:
        # "establishing a Saudi-Jordanian investment company valued at some $3 billion": the two countries' venture,
        # which the article orients
        investor, recipient, investor_explicit, recipient_explicit, joint = None, None, False, False, pair
    maker = _INVESTMENT_THE_COMPANY_MAKES.match(sentence, money_start)
    named_before = (
        [m for m in mentions if m.kind == "organization" and m.country and m.end <= money_start] if maker else []
    )
    if named_before:
        # "a $3.2 billion grant to Intel as part of a $25 billion investment the chip company is making in a
        # facility south of Tel Aviv": the company named before makes it, in the place named after
        investor, investor_explicit, joint = named_before[-1], True, ()
        places = [
            m
            for m in mentions
            if m.start >= maker.end() and m.kind in {"country", "place"} and m.country != investor.country
        ]
        recipient, recipient_explicit = (places[0], True) if places else (None, False)
    joined = _joined_nationalities(sentence, in_clause) if joint == SEVERAL_INVESTORS else ()
    several_partners = investor is not None and _partnered_with_several(sentence, mentions, investor)
    if recipient is None and not joint and several_partners:
        joint = SEVERAL_RECIPIENTS  # "the UAE partnered with Italy and Albania on a €1 billion project"
    if recipient is not None:
        partners = tuple(m for m in partners if m.country != recipient.country)
    return Roles(investor, recipient, investor_explicit, recipient_explicit, joint, partners, received, joined)


# ... but "a plant, which will sit outside Louisville, Kentucky" says where the plant is
_RELATIVE_CLAUSE_AFTER = re.compile(
    r",\s+(?:which|that)\s+(?:\w+\s+)?(?:provides|serves|connects|gives|links|supplies|feeds|carries|ships|exports|"
    r"sells|will provide|will serve|will connect|will give|will link|will supply)\b"
)
_UNIT_ABROAD_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&.-]*){0,4},\s+(?:a|an|its)\s+(?P<people>[A-Z][\w-]+)\s+(?:subsidiary|unit|affiliate|arm|plant|"
    r"factory|operation)\b"
)


_OWNER_RIGHT_BEFORE = re.compile(
    r"(?:(?:'s|’s)\s+(?:planned|proposed|new|latest|additional|fresh)?\s*"
    r"|\s+(?:is\s+|will\s+be\s+)?(?:investing|committing|spending|pouring|putting)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?)"
)


_FOR_THE_AMOUNT = re.compile(r"\)?\s*,?\s+for\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?")
_IN_AN_ITEM_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,3}$")


def _host_of_a_listed_item(sentence: str, mentions: list[Mention], money_start: int) -> Mention | None:
    """The country of "... in Guinea for $75 million" when the sentence lists several such items: the place named
    right before "for" and the amount, itself after "in"."""
    before = [m for m in mentions if m.kind in {"country", "place"} and m.country and m.end <= money_start]
    if not before or not _FOR_THE_AMOUNT.fullmatch(sentence, before[-1].end, money_start):
        return None
    host = before[-1]
    if not _IN_AN_ITEM_BEFORE.search(sentence, max(0, host.start - 40), host.start):
        return None
    hosts = {m.country for m in mentions if m.kind in {"country", "place"} and m.country and not is_demonym(m)}
    return host if len(hosts) > 1 and not is_demonym(host) else None


def _owner_right_before(sentence: str, mentions: list[Mention], money_start: int) -> Mention | None:
    """The company whose name stands right before the amount ("Dexcom's planned €300m", "PepsiCo investing €127m"),
    or the place whose money it is ("with Quebec's US$300 million")."""
    return next(
        (
            m
            for m in mentions
            if m.country
            and (
                (m.kind == "organization" and _OWNER_RIGHT_BEFORE.fullmatch(sentence, m.end, money_start))
                # "with Quebec's US$300 million", not "work on Senegal's $1 billion Port": money added to another's
                or (
                    m.kind in {"country", "place"}
                    and re.fullmatch(r"(?:'s|’s)\s+", sentence[m.end : money_start])
                    and re.search(r"\b(?:with|and|plus|including)\s+$", sentence[max(0, m.start - 12) : m.start])
                )
            )
        ),
        None,
    )


def _joined_nationalities(sentence: str, mentions: list[Mention]) -> tuple[str, ...]:
    """ "Indonesian and Chinese companies": the countries of demonyms joined by "and" or commas."""
    countries = [m for m in mentions if m.kind == "country" and m.country and is_demonym(m)]
    joined: list[str] = []
    for first, second in zip(countries, countries[1:], strict=False):
        if re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", sentence[first.end : second.start]):
            joined += [first.country, second.country]
    return tuple(dict.fromkeys(joined))


_PARTNERED_WITH = re.compile(r"\b(?:partner(?:ed|s|ing)?|teamed up|teams up|team up|joined forces)\s+with\s+", re.I)


def _partnered_with_several(sentence: str, mentions: list[Mention], investor: Mention) -> bool:
    """The investor partners with two or more other countries named together right after "partnered with"."""
    match = _PARTNERED_WITH.search(sentence)
    if match is None:
        return False
    named = {
        m.country
        for m in mentions
        if m.kind == "country" and match.end() <= m.start <= match.end() + 40 and m.country != investor.country
    }
    return len(named) > 1


def sentence_subject(sentence: str, mentions: list[Mention]) -> Mention | None:
    """The name a sentence is about, for the next sentences that say "it" or "the package"."""
    cut = attribution_start(sentence)
    mentions = [m for m in mentions if m.start < cut and m.country]
    marked = hints(sentence, mentions)
    pivot = pivot_of(sentence, 0, cut, cut)
    for number, mention in enumerate(mentions):
        if mention.end <= pivot and marked.get(number) in {None, "investor"}:
            return mention
    return None
