"""Money amounts as news writes them: "$150 billion", "₩20 trillion", "Rs 10,000 crore", "$20-25bn".

`find_money(text)` returns every amount in a sentence with its currency, its
qualifier ("more than", "up to", a range...) and where it sits in the text.
An amount stated twice in two currencies ("₩20 trillion ($14.5 billion)") is
returned once, carrying the dollar figure the article gave.
"""

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

# The one country whose own money each currency is. An amount a foreign company states in rupees or won is money
# spent where that currency is used; the dollar and the euro are used too widely to say where.
CURRENCY_HOMES = {
    "JPY": "JP", "KRW": "KR", "CNY": "CN", "GBP": "GB", "TWD": "TW", "INR": "IN", "SAR": "SA", "AED": "AE",
    "QAR": "QA", "KWD": "KW", "CHF": "CH", "CAD": "CA", "AUD": "AU", "SGD": "SG", "HKD": "HK", "VND": "VN",
    "IDR": "ID", "MYR": "MY", "THB": "TH", "PHP": "PH", "BRL": "BR", "MXN": "MX", "NZD": "NZ", "EGP": "EG",
    "MAD": "MA", "NGN": "NG", "PKR": "PK", "ILS": "IL", "TRY": "TR", "ZAR": "ZA", "PLN": "PL", "HUF": "HU",
    "CZK": "CZ", "SEK": "SE", "NOK": "NO", "DKK": "DK", "RON": "RO", "BGN": "BG", "ISK": "IS", "RUB": "RU",
    "KES": "KE", "BDT": "BD", "LKR": "LK", "KZT": "KZ", "CLP": "CL", "COP": "CO", "ARS": "AR", "OMR": "OM",
    "BHD": "BH", "JOD": "JO", "IQD": "IQ", "DZD": "DZ", "TND": "TN", "RSD": "RS", "NPR": "NP", "LBP": "LB",
}  # fmt: skip

# Currencies the press of many countries reports in. Unlike a local currency ("360 million zlotys"), an amount in
# one of these does not say where the money goes when the article names a region ("£46 billion for Africa").
REPORTING_CURRENCIES = frozenset({"USD", "EUR", "GBP", "JPY"})

# Symbols and codes written before the number. Longer spellings first so that "US$" wins over "$".
PREFIX_CURRENCIES = {
    "US$": "USD",
    "$US": "USD",  # the Australian press's way: "$US5bn" beside its own bare "$"
    "US $": "USD",  # "a US $20 billion investment", as Asian and Indian papers often write it
    "U.S.$": "USD",
    "U.S. $": "USD",
    "USD": "USD",
    "$": "USD",
    # "MXN $50.4 billion", "CAD $7 billion": the code names which dollar or peso the sign stands for
    "MXN $": "MXN",
    "CAD $": "CAD",
    "AUD $": "AUD",
    "NZD $": "NZD",
    "SGD $": "SGD",
    "HKD $": "HKD",
    "AUS$": "AUD",  # "AUS $20 million (about CDN $18 million)"
    "AUS $": "AUD",
    "CDN$": "CAD",
    "CDN $": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "S$": "SGD",
    "SGD": "SGD",
    "HK$": "HKD",
    "HKD": "HKD",
    "NT$": "TWD",
    "NTD": "TWD",
    "TWD": "TWD",
    "R$": "BRL",
    "BRL": "BRL",
    "MX$": "MXN",
    "MXN": "MXN",
    "NZ$": "NZD",
    "NZD": "NZD",
    "EGP": "EGP",
    "MAD": "MAD",
    "NGN": "NGN",
    "PKR": "PKR",
    "KES": "KES",
    "KSh": "KES",  # the Kenyan press writes its shilling "Sh" or "KSh": "Sh158bn", "Ksh95.68bn"
    "Ksh": "KES",
    "Sh": "KES",
    "ILS": "ILS",
    "NIS": "ILS",  # the new Israeli shekel, as the Israeli press writes it: "NIS 40 billion"
    "€": "EUR",
    "EUR": "EUR",
    "EURO": "EUR",  # "EURO365 million", as some wires write it
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "Y": "JPY",  # the financial press's yen: "$5.34bn (Y800.51bn)"
    "CN¥": "CNY",
    "CNY": "CNY",
    "RMB": "CNY",
    "₩": "KRW",
    "KRW": "KRW",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "INR": "INR",
    "SAR": "SAR",
    "SR": "SAR",
    "AED": "AED",
    "Dh": "AED",
    "QAR": "QAR",
    "QR": "QAR",
    "KWD": "KWD",
    "KD": "KWD",  # the Kuwaiti press's dinar: "KD six million (about USD 19.5 million)"
    "CHF": "CHF",
    "SFr": "CHF",
    "VND": "VND",
    "IDR": "IDR",
    "Rp": "IDR",
    "MYR": "MYR",
    "RM": "MYR",
    "THB": "THB",
    "฿": "THB",
    "PHP": "PHP",
    "₱": "PHP",
    "PLN": "PLN",
    "RON": "RON",
    "BGN": "BGN",
    "HUF": "HUF",
    "CZK": "CZK",
    "TRY": "TRY",
    "₺": "TRY",
    "TL": "TRY",  # the Turkish press's lira: "TL 15.48 billion"
    "SEK": "SEK",
    "DKK": "DKK",
    "NOK": "NOK",
    "ZAR": "ZAR",
    "₫": "VND",
}
# Currency names some wires put before the number ("Yen 191.736 billion", "Rupees 500 crore") and the rand's "R":
# capitalised, and only with a scale, so that "Won 5 of 6 games" or "the Rand 2024 outlook" stay words.
WORD_PREFIXES = {
    "Yen": "JPY", "Euro": "EUR", "Euros": "EUR", "Won": "KRW", "Yuan": "CNY", "Renminbi": "CNY", "Rupees": "INR",
    "Rupee": "INR", "Naira": "NGN", "Rand": "ZAR", "Baht": "THB", "Ringgit": "MYR", "Riyals": "SAR", "Dirhams": "AED",
    "Rupiah": "IDR", "Dong": "VND", "Pesos": "MXN", "Zloty": "PLN", "Forints": "HUF", "Forint": "HUF", "Lira": "TRY",
    "R": "ZAR",  # the South African press's rand: "R15.8 billion", "R3bn"
    "N": "NGN",  # the Nigerian press's naira: "N408bn", "N72 billion"
}  # fmt: skip
PREFIX_CURRENCIES |= WORD_PREFIXES

# Words written after the number ("20 trillion won"). Longer phrases first.
SUFFIX_CURRENCIES = {
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "u.s.-dollar": "USD",  # Xinhua's "the 14.9-billion-U.S.-dollar purchase"
    "us dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "€": "EUR",
    # Named currencies that share a word with a major one: read them as themselves, so that an Egyptian pound is
    # never converted as sterling (conversion may then be unavailable, which is better than wrong).
    "egyptian pounds": "EGP",
    "lebanese pounds": "LBP",
    "moroccan dirhams": "MAD",
    "uae dirhams": "AED",
    "emirati dirhams": "AED",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "indonesian rupiah": "IDR",
    "nigerian naira": "NGN",
    "naira": "NGN",
    "kenyan shillings": "KES",
    "kenya shillings": "KES",
    "shillings": "KES",
    "taka": "BDT",
    "tenge": "KZT",
    "chilean pesos": "CLP",
    "argentine pesos": "ARS",
    "colombian pesos": "COP",
    "new zealand dollars": "NZD",
    "shekels": "ILS",
    "lei": "RON",
    "leva": "BGN",
    "levs": "BGN",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",  # "5 billion pound sterling", as Gulf news agencies write it
    "pounds": "GBP",
    "pound": "GBP",  # "the 18 billion-pound project", "a 6 billion pound deal"
    "sterling": "GBP",
    "yen": "JPY",
    "won": "KRW",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "riyals": "SAR",
    "riyal": "SAR",
    "dirhams": "AED",
    "dirham": "AED",
    "kuwaiti dinars": "KWD",
    "dinars": "KWD",
    "swiss francs": "CHF",
    "francs": "CHF",
    "ringgit": "MYR",
    "baht": "THB",
    "philippine pesos": "PHP",
    "mexican pesos": "MXN",
    "pesos": "MXN",
    "dong": "VND",
    "rupiah": "IDR",
    "reais": "BRL",
    "real": "BRL",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "koruna": "CZK",
    "lira": "TRY",
    "liras": "TRY",
    "swedish crowns": "SEK",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",  # "33.7 billion Swedish Krona"
    "norwegian krone": "NOK",
    "danish krone": "DKK",
    "norwegian crowns": "NOK",
    "norwegian kroner": "NOK",
    "danish crowns": "DKK",
    "danish kroner": "DKK",
    "czech crowns": "CZK",
    "kronor": "SEK",
    "krona": "SEK",
    "kroner": "NOK",
    "rand": "ZAR",
}
# "17.5 billion Hungarian forints", "1.7 billion Brazilian reais": the country's adjective before its currency.
SUFFIX_CURRENCIES |= {
    f"{adjective} {word}": code
    for adjective, words, code in (
        ("hungarian", ("forints", "forint"), "HUF"),
        ("polish", ("zlotys", "zloty", "zlotych"), "PLN"),
        ("czech", ("korunas", "koruna", "crowns"), "CZK"),
        ("turkish", ("lira", "liras"), "TRY"),
        ("brazilian", ("reais", "real", "reals"), "BRL"),  # "reals": the English plural some copy uses
        ("indian", ("rupees", "rupee"), "INR"),
        ("japanese", ("yen",), "JPY"),
        ("chinese", ("yuan", "renminbi"), "CNY"),
        ("south korean", ("won",), "KRW"),
        ("korean", ("won",), "KRW"),
        ("south african", ("rand",), "ZAR"),
        ("malaysian", ("ringgit",), "MYR"),
        ("thai", ("baht",), "THB"),
        ("vietnamese", ("dong",), "VND"),
        ("swiss", ("francs", "franc"), "CHF"),
        ("british", ("pounds",), "GBP"),
    )
    for word in words
}
SUFFIX_CODES = sorted({code for code in PREFIX_CURRENCIES.values() if code.isalpha()})

SCALES = {
    "trillion": Decimal("1e12"),
    "tn": Decimal("1e12"),
    "trn": Decimal("1e12"),
    "tr": Decimal("1e12"),
    "billion": Decimal("1e9"),
    "bn": Decimal("1e9"),
    "bln": Decimal("1e9"),
    "bil": Decimal("1e9"),  # "$9.6 bil." in headlines
    "b": Decimal("1e9"),
    "million": Decimal("1e6"),
    "mn": Decimal("1e6"),
    "mln": Decimal("1e6"),
    "mil": Decimal("1e6"),
    "m": Decimal("1e6"),
    "thousand": Decimal("1e3"),
    "k": Decimal("1e3"),
    "lakh crore": Decimal("1e12"),
    "crore": Decimal("1e7"),
    "cr": Decimal("1e7"),
    "lakh": Decimal("1e5"),
}

# Words before an amount that say how exact it is. Checked on the text just before the amount.
QUALIFIERS = (
    ("approximate", r"about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|"
     r"in the region of|in the vicinity of|"
     r"circa|an expected|a projected"),
    ("at_least", r"more than|over|at least|upwards of|in excess of|a minimum of|no less than|north of|"
     r"above|exceeding|a record|topping"),
    ("up_to", r"up to|as much as|as many as|a maximum of|no more than|less than|under|below|not exceeding"),
)  # fmt: skip


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The Indian press groups digits in twos above the thousands ("Rs 3,20,000 crore" is 320,000 crore).
# "US$ 4,76 billion" and "US$ 987,7 million": Brazilian and European papers in English keep their decimal comma, which
# before a scale word cannot be a thousands separator (those group three digits).
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=\s?(?:trillion|billion|million|bn|mn|mln)\b)"
_NUMBER = r"\d{1,2}(?:,\d\d)+,\d{3}(?!\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + _DECIMAL_COMMA + r"|\d+(?:\.\d+)?"
# Numbers written as words before a scale: "approximately four billion euros", "A Four Billion Euro Investment",
# "a one-billion-dollar agreement".
_NUMBER_WORDS = {
    "a": 1, "one": 1, "half a": Decimal("0.5"), "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "one hundred": 100,
}  # fmt: skip
_WORD_NUMBER = _alternation(_NUMBER_WORDS)
_SCALE = r"(?:" + _alternation(SCALES) + r")(?![A-Za-z])"
_PREFIX = r"(?:" + _alternation(PREFIX_CURRENCIES) + r")"
_SUFFIX = r"(?:" + _alternation(list(SUFFIX_CURRENCIES) + SUFFIX_CODES) + r")(?![A-Za-z])"

# One amount, with its currency before or after: "$1.2bn", "USD 3 billion", "20 trillion won", "₹1 lakh crore".
# A range shares one currency and scale: "$20-25 billion", "$20 billion to $25 billion", "20 to 25 billion euros".
_MONEY = re.compile(
    r"(?<![\w$€£¥₩₹])"
    r"(?:(?P<pre>" + _PREFIX + r")\s?)?"
    # "several hundred million Swiss francs" gives no figure
    r"(?P<num>" + _NUMBER + r"|(?<!several )(?<!a few )(?<!many )(?:" + _WORD_NUMBER + r")(?=[\s-]" + _SCALE + r"))"
    r"(?:(?:\s|-)?(?P<scale>" + _SCALE + r"))?"  # "$2.5 billion", "$2.5bn", Canadian "$2.5-billion"
    r"(?:\s?(?:-|–|—)\s?"
    r"(?:(?P<pre2>" + _PREFIX + r")\s?)?"
    r"(?P<num2>" + _NUMBER + r")"
    r"(?:\s?(?P<scale2>" + _SCALE + r"))?)?"
    # "a 580-million-euro loan", "a 480 million-euro facility", "580 mln€": the currency joined by a hyphen or a sign
    r"(?:(?:\s|-|(?=€))(?P<suf>" + _SUFFIX + r"))?",
    re.IGNORECASE,
)
_QUALIFIER_RES = [
    (name, re.compile(r"(?:\b(?:" + words + r"))\s+(?:of\s+|than\s+)?$", re.IGNORECASE)) for name, words in QUALIFIERS
]
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# "₩20 trillion ($14.5 billion)" / "$14.5 billion (₩20 trillion)" / "₩20 trillion, or about $14.5 billion,"
_EQUIVALENT_GAP = re.compile(
    r"^\s*(?:\(|,?\s*or\s+(?:the\s+equivalent\s+of\s+)?|,?\s*(?:worth|equivalent to|equal to|the equivalent of)\s+"
    r"|—\s*|-\s*)"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|approximately\s+|almost\s+|more than\s+|over\s+|"
    r"just over\s+|just under\s+|~\s*)?(?:US\s)?$"  # "€130 million (~$142 million)"
)


@dataclass(frozen=True)
class Money:
    """An amount found in text: full units as stated, its currency, and how exact the article says it is."""

    amount: Decimal
    currency: str
    qualifier: str  # exact, approximate, at_least, up_to, range
    start: int
    end: int
    text: str
    amount_low: Decimal | None = None
    amount_high: Decimal | None = None
    usd_equivalent: Decimal | None = None  # the dollar figure the article gave next to a foreign amount
    # "JPY 52,036 million (approximately Rs 3,717 crore)": the same amount in a second currency that is not the dollar
    equivalent: tuple[Decimal, str] | None = None
    has_scale: bool = True  # False for "$20" in "between $20 and $25 billion", which borrows the scale


def plain(value: Decimal) -> Decimal:
    """The same value written in full units: Decimal("1.5E+11") -> Decimal("150000000000")."""
    return Decimal(format(value, "f"))


def _number(raw: str) -> Decimal | None:
    raw = raw.lower()
    raw = raw.replace(",", ".") if re.fullmatch(r"\d{1,3},\d{1,2}", raw) else raw.replace(",", "")
    if raw in _NUMBER_WORDS:
        return Decimal(_NUMBER_WORDS[raw])
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _scale(raw: str | None) -> Decimal:
    if not raw:
        return Decimal(1)
    return SCALES[" ".join(raw.lower().split())]


def _currency(match: re.Match) -> str | None:
    pre = match.group("pre") or match.group("pre2")
    suffix = match.group("suf")
    if pre == "$" and suffix and suffix.isupper() and suffix in SUFFIX_CODES:
        return suffix  # "more than $5 billion CAD ($4.0 billion USD)": the code after names which dollar
    if pre:
        # The one-letter "b"/"m" scales and "SR"/"RM" prefixes are written in one case only.
        return PREFIX_CURRENCIES.get(pre) or PREFIX_CURRENCIES.get(pre.upper())
    if suffix:
        return SUFFIX_CURRENCIES.get(suffix.lower()) or (suffix.upper() if suffix.isupper() else None)
    return None


def _plausible(match: re.Match) -> bool:
    """Drop matches that the loose pattern lets in: "won" as a verb, lowercase codes, years, bare digits."""
    pre = match.group("pre") or match.group("pre2")
    if pre in WORD_PREFIXES:
        if not (match.group("scale") or match.group("scale2")):
            return False
    elif pre and pre.isalpha() and pre != pre.upper() and pre not in {"Rs", "Rp", "Dh", "SFr", "Sh", "KSh", "Ksh"}:
        return False
    suffix = match.group("suf")
    if suffix and suffix.isalpha() and len(suffix) == 3 and suffix.upper() in SUFFIX_CODES and suffix != suffix.upper():
        return False
    for name in ("scale", "scale2"):
        scale = match.group(name)
        if scale and len(scale) == 1 and scale not in {"b", "m", "B", "M", "k", "K"}:
            return False
    if not pre and not match.group("scale") and not match.group("scale2"):
        return False  # "2025 won" or "3 dollars": a currency word alone after a bare number is rarely a pledge
    return True


_FROM_RE = re.compile(r"(?<!ranging )(?<!ranges )(?<!range )\bfrom\s+$", re.IGNORECASE)


def _qualifier(text: str, start: int, end: int) -> str:
    if re.match(r"[-\s]?plus\b", text[end : end + 6]):
        return "at_least"  # "$10 billion-plus"
    before = text[max(0, start - 30) : start]
    for name, pattern in _QUALIFIER_RES:
        if pattern.search(before):
            return name
    return "exact"


def _parse(text: str, match: re.Match) -> Money | None:
    currency = _currency(match)
    if currency is None or not _plausible(match):
        return None
    first = _number(match.group("num"))
    if first is None:
        return None
    if match.group("num2"):
        second = _number(match.group("num2"))
        scale2 = _scale(match.group("scale2") or match.group("scale"))
        scale1 = _scale(match.group("scale")) if match.group("scale") else scale2
        low, high = first * scale1, second * scale2
        if high <= low:
            return None
        return Money(
            amount=high,
            currency=currency,
            qualifier="range",
            start=match.start(),
            end=match.end(),
            text=match.group(0),
            amount_low=low,
            amount_high=high,
        )
    amount = first * _scale(match.group("scale"))
    return Money(
        amount=amount,
        currency=currency,
        qualifier=_qualifier(text, match.start(), match.end()),
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        has_scale=bool(match.group("scale")),
    )


def _unscaled(money: Money) -> Decimal:
    """The number as written, without its scale: 25 for "$25 billion"."""
    number = re.search(_NUMBER, money.text)
    return _number(number.group(0)) if number else money.amount


def _with_range_words(text: str, found: list[Money]) -> list[Money]:
    """Join "$20 billion to $25 billion" and "between $20 billion and $25 billion" into one range."""
    joined: list[Money] = []
    for money in found:
        if joined:
            last = joined[-1]
            gap = text[last.end : money.start]
            before = text[max(0, last.start - 20) : last.start]
            # "between €30 billion and €50 billion ($31.2 billion and $52 billion)": the bracket is a range too.
            is_between = bool(_BETWEEN_RE.search(before) or re.search(r"\(\s*$", before))
            # "from $21 billion to $26 billion" is a change of figure, not a range.
            # "raise its investment by $100 million to $549.4 million": an increase and the new total.
            is_change = bool(_FROM_RE.search(before) or re.search(r"\bby\s+$", before))
            low = last.amount if last.has_scale else last.amount * (money.amount / _unscaled(money))
            if (
                last.currency == money.currency
                and last.qualifier != "range"
                and not is_change
                and (re.fullmatch(r"\s*to\s*", gap) or (is_between and re.fullmatch(r"\s*and\s*", gap)))
                and money.amount > low
            ):
                joined[-1] = Money(
                    amount=money.amount,
                    currency=money.currency,
                    qualifier="range",
                    start=last.start,
                    end=money.end,
                    text=text[last.start : money.end],
                    amount_low=low,
                    amount_high=money.amount,
                )
                continue
        joined.append(money)
    return joined


def _with_equivalents(text: str, found: list[Money]) -> list[Money]:
    """Fold a dollar equivalent into the foreign amount next to it, so that one pledge stays one amount."""
    folded: list[Money] = []
    for money in found:
        if folded:
            last = folded[-1]
            gap = text[last.end : money.start]
            if re.fullmatch(r"\s*;\s*", gap) and last.text.count("(") > last.text.count(")"):
                # "2.1 billion Singapore dollars ($1.7 billion; $1.4 billion Swiss francs)": a second equivalent in
                # the same brackets
                end = money.end + 1 if text[money.end : money.end + 1] == ")" else money.end
                folded[-1] = replace(last, end=end, text=text[last.start : end])
                continue
            if (last.currency == "USD") != (money.currency == "USD") and _EQUIVALENT_GAP.match(gap):
                foreign, dollars = (money, last) if last.currency == "USD" else (last, money)
                end = max(last.end, money.end)
                if text[end : end + 1] == ")":
                    end += 1
                folded[-1] = Money(
                    amount=foreign.amount,
                    currency=foreign.currency,
                    qualifier=foreign.qualifier if foreign.qualifier != "exact" else dollars.qualifier,
                    start=last.start,
                    end=end,
                    text=text[last.start : end],
                    amount_low=foreign.amount_low,
                    amount_high=foreign.amount_high,
                    usd_equivalent=dollars.amount,
                )
                continue
            if (
                last.currency == money.currency == "USD"
                and re.match(r"(?:US\$|USD|U\.S\.\s?\$|\$US)", last.text)
                and money.text.startswith("$")
                and re.fullmatch(r"\s*\(\s*(?:about|around|some|roughly|approximately|nearly|almost)?\s*", gap)
            ):
                # "inject US$2 billion ($3.16 billion)": an Australian or Canadian paper's own dollars, in brackets
                end = money.end + 1 if text[money.end : money.end + 1] == ")" else money.end
                folded[-1] = replace(last, end=end, text=text[last.start : end])
                continue
            if (
                last.currency != money.currency
                and "USD" not in (last.currency, money.currency)
                and re.fullmatch(
                    r"\s*(?:\(|,?\s*or\b)\s*(?:about|around|some|roughly|or|approximately|over|more than|nearly|almost|"
                    r"close to|just over|just under)?\s*",
                    gap,
                )
            ):
                # "50 billion forints (120 million euros)", "Rs 8,680 crore, or about 1,240 million euro": the same
                # amount in a second currency, as stated first.
                end = money.end + 1 if text[money.end : money.end + 1] == ")" else money.end
                folded[-1] = replace(
                    last, end=end, text=text[last.start : end], equivalent=(money.amount, money.currency)
                )
                continue
        folded.append(money)
    return folded


# ... or to a look-alike letter: "Є130 million" (Cyrillic Ye) for "€130 million"
_EURO_AS_E = re.compile(r"(?<![\w$€£¥₩₹.-])[EЄ](?=\d[\d.,]*\s?(?:billion|million|bn|mn|m)\b)")


def find_money(text: str) -> list[Money]:
    """Every money amount in `text`, in order, ranges joined and currency equivalents folded together."""
    # "paid E3.7 billion for a controlling stake": the euro sign lost to an old character set, as some pages show it
    text = _EURO_AS_E.sub("€", text)
    found = [money for match in _MONEY.finditer(text) if (money := _parse(text, match)) is not None]
    if re.search(r"\b(?:yuan|renminbi|RMB|Chinese|China)\b", text) and not re.search(r"\b(?:yen|Japan\w*)\b", text):
        # "¥" is the sign of the yuan too; in a sentence about China and not Japan it means yuan.
        found = [replace(m, currency="CNY") if m.text.lstrip().startswith("¥") else m for m in found]
    found = _with_equivalents(text, _with_range_words(text, found))
    return [_in_full_units(money) for money in _with_elliptical_amounts(text, found)]


# "STT GDC pledged 4.5 billion and Evolution Data Centre 4 billion": a bare figure in a list after an amount with a
# currency, ending its item ("4 billion." / "2.7 billion, and ...") rather than counting people or tonnes.
_BARE_AMOUNT = re.compile(
    r"(?<![\w$€£¥₩₹.,])(?P<num>\d+(?:\.\d+)?)\s?(?P<scale>trillion|billion|million|bn|mln)\b"
    r"(?=\s*(?:[,.;)]|\s(?:and|while|each|respectively)\b|$))"
)


def _with_elliptical_amounts(text: str, found: list[Money]) -> list[Money]:
    """Bare figures after an amount of the same sentence take its currency, as the writer meant them to."""
    if not found:
        return found
    extra = []
    for match in _BARE_AMOUNT.finditer(text, found[0].end):
        if any(money.start <= match.start() < money.end for money in found):
            continue
        if re.search(r"(?:\b[A-Z]{2,4}\s?|\(\s*)$", text[max(0, match.start() - 8) : match.start()]):
            continue  # "USD 100 million (MVR 1.5 billion)": a currency we do not read, or a bracketed equivalent
        previous = [money for money in found if money.end <= match.start()]
        number = _number(match.group("num"))
        if not previous or number is None:
            continue
        extra.append(
            Money(
                amount=number * _scale(match.group("scale")),
                currency=previous[-1].currency,
                qualifier=_qualifier(text, match.start(), match.end()),
                start=match.start(),
                end=match.end(),
                text=match.group(0),
            )
        )
    return sorted(found + extra, key=lambda money: money.start)


def _in_full_units(money: Money) -> Money:
    def full(value):
        return None if value is None else plain(value)

    return replace(
        money,
        amount=full(money.amount),
        amount_low=full(money.amount_low),
        amount_high=full(money.amount_high),
        usd_equivalent=full(money.usd_equivalent),
        equivalent=None if money.equivalent is None else (full(money.equivalent[0]), money.equivalent[1]),
    )


def parse_money(text: str) -> Money | None:
    """The first amount in `text`, or None: a convenience for tests and for single figures."""
    found = find_money(text)
    return found[0] if found else None
