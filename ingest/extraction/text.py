"""Paragraphs and sentences of an article, with enough care for "U.S.", "Inc." and "$1.2 billion"."""

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "st", "mt", "ft", "inc", "corp", "co", "ltd",
    "llc", "plc", "jr", "sr", "no", "vs", "etc", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "est", "dept", "govt", "bros",
    "pte", "pty", "pvt", "bhd", "tbk",  # legal forms: "T Steel Holdings Pte. Ltd.", "Sdn. Bhd."
}  # fmt: skip

# A percentage's sign or word, as the press writes it: "80%", "80 per cent", "80 percent", Reuters' "80 pct".
PERCENT = r"-?(?:%|per[\s-]?cent\b|pct\b)"  # "70%", "70 per cent", "70-percent", "70 pct"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "has selected Arizona as home", "picking the Grand Canyon State": the verbs of choosing a site
CHOOSING = r"(?:selected|selects|selecting|picked|picks|picking|chose|chosen|chooses|choosing)"

# "... at $250 billion. - Elon Musk founded xAI": a list's bullet, run into the paragraph, also starts a sentence.
_BOUNDARY = re.compile(r"([.!?])([\"'”’)]*)\s+(?:[-•–]\s+)?(?=[\"'“‘(]?[A-Z0-9$€£¥₩₹])")
# "...in the group's third-quarter financial report.VinFast, the country's first automobile brand,": a page that lost
# the space after a full stop (a lowercase word's, so not "U.S." or "Inc.").
_RUN_TOGETHER = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z])")
# "Real Estate:At a time when ...": a page's section label run into the paragraph it heads.
_SECTION_LABEL = re.compile(r"^(?:[A-Z][\w&-]*\s){0,2}[A-Z][\w&-]*:(?=[A-Z][a-z])")
# A dateline at the start of the lead: "SEOUL — August 25, 2025 —", "LONDON, 19 July 2023 (wire)".
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .,'/-]{2,60}?(?:,\s*[A-Z][a-z]+\.?)?\s*[,—–-]+\s*"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})?"
    r"\s*(?:\([^)]{0,30}\))?\s*(?:[—–-]+\s*[A-Za-z][\w ]{0,30})?\s*$"
)


# A title-case dateline some outlets write: "Bengaluru/Tokyo — Whitehaven Coal has struck ...", "Geneva (Web Desk):
# Minister ... said".
_TITLE_DATELINE = re.compile(
    r"^[A-Z][a-z’'.-]+(?:(?:/|\s)[A-Z][a-z’'.-]+){0,3}\s*(?:[—–]|\([A-Za-z][\w .]{1,28}\)\s*[:—–-])\s+(?=[A-Z])"
)


def title_dateline_end(sentence: str) -> int:
    """Where a title-case dateline that opens the sentence ends ("Bengaluru/Tokyo — "), or 0."""
    match = _TITLE_DATELINE.match(sentence)
    return match.end() if match else 0


# A dateline that opens the lead paragraph itself: "SEOUL, March 9, 2023 (Reuters) - ", "HANOI (AP) — ".
_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)"
_INLINE_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][A-Za-z .]{2,30})?(?:,\s*" + _DATE + r")?"
    # "Kuala Lumpur, 3 June 2025 – As Malaysia ...": a town in title case, but then always with its date
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*" + _DATE + r")"
    # "Taipei, May 1 (CNA) China has promised": a wire's name in brackets may stand without the dash
    # "SAILAUF, Germany—Two weeks"; "Toronto, April 1: An official announcement": a colon after the date
    r"\s*(?:\([^)]{1,30}\)\s*(?:[-—–]+\s+)?|[-—–]+\s+|[—–]|:\s+)(?=[A-Z\"“])"
    # "ANGOLA: Railway concessionaire Lobito ...", "KUALA LUMPUR: Malaysia will ...": a dateline in capitals and a colon
    r"|^[A-Z][A-Z .'/-]{3,40}:\s+(?=[A-Z\"“])"
    # "Dubai: Saudi Arabia's sovereign wealth fund has bought": a town in title case and a colon, as Gulf papers write
    r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}:\s+(?=[A-Z\"“])"
)
# Lines before the lead that only say who wrote it and when: "by Canadian Manufacturing.com Staff", "October 31, 2017".
_BYLINE = re.compile(
    r"^(?:[Bb]y\s+(?:[A-Z][\w.&'’-]*[\s,]*(?:and\s+)?){1,6}"
    r"|(?:[Dd]ate|DATE|[Pp]ublished|[Uu]pdated|[Pp]osted)\b:?[^.!?]{0,20}\d[^!?]{0,60}"
    r"|(?:[A-Z][a-z]+day,?\s+)?" + _DATE + r",?(?:\s+\d{4})?)$"
)


def _from_the_lead(paragraphs: list[str]) -> list[str]:
    """The paragraphs from the first one that is not a byline or date line."""
    lead = next((number for number, paragraph in enumerate(paragraphs) if not _BYLINE.match(paragraph)), None)
    return paragraphs[lead:] if lead is not None else []


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # 0 is the headline
    index: int  # position in the article, headline first


def _ends_sentence(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return True
    word = re.search(r"([\w.]+)$", text[:dot])
    if not word:
        return True
    token = word.group(1).lower()
    if token in ABBREVIATIONS:
        return False
    # Single capitals ("J. Smith") and dotted initialisms ("U.S.") do not end a sentence unless a capitalised
    # common word follows them; being conservative here only merges two sentences, which costs little.
    return not (len(token) == 1 and token.isalpha())


def split_sentences(paragraph: str) -> list[str]:
    sentences = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        dot = match.start(1)
        if not _ends_sentence(paragraph, dot):
            continue
        if paragraph[match.end() : match.end() + 1] == "(" and re.search(
            r"\b(?:[A-Za-z]\.){2,}$", paragraph[: dot + 1]
        ):
            continue  # "Sierra Gorda S.C.M. (SGSCM) for ...": a company's dotted legal form before its short name
        if paragraph[dot] == "?" and len(paragraph[start:dot].split()) <= 6:
            continue  # "Samsung's total investment? A whopping $45 billion by 2030!": the answer completes the question
        end = match.end(2)
        sentences.append(paragraph[start:end].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [sentence for sentence in sentences if sentence]


# A line that ends without closing punctuation, and what the next line begins with: a lowercase word or a figure (a
# line break inside a sentence), a lowercase word only, or anything.
_OPEN_LINE_END = r"\n(?<=[^\s.!?:;\"”’)\]]\n)"  # the break first: a search jumps from one to the next
_WRAPPED_BREAK = re.compile(_OPEN_LINE_END + r"(?=[a-z(\d$])")
_LOWERCASE_CONTINUATION = re.compile(_OPEN_LINE_END + r"(?=[a-z])")
_ANY_CONTINUATION = re.compile(_OPEN_LINE_END + r"(?=\S)")


def _paragraphs(text: str) -> list[str]:
    """The text's paragraphs: each line is one, but a line that ends mid-sentence and goes on in lowercase runs on
    ("... a loan of 668 million euros ($833 million)\narranged with the Exim Bank of China"); in a hard-wrapped
    text ("Mitsubishi will hold a 5 percent stake in the $17.2 billion\noperation for ..."), every line that ends
    mid-sentence does."""
    if len(_WRAPPED_BREAK.findall(text)) >= 3:
        text = _ANY_CONTINUATION.sub(" ", text)
    else:
        text = _LOWERCASE_CONTINUATION.sub(" ", text)
    return [p.strip() for p in re.split(r"\n\s*\n|\n(?=\S)", text) if p.strip()]


def is_dateline(line: str) -> bool:
    return bool(_DATELINE.match(line)) and len(line) < 120


def article_dateline(text: str, title: str = "") -> str:
    """The dateline the lead opens with ("MANILA, Philippines -", "SEOUL, March 9, 2023 (Reuters) -"), or ""."""
    paragraphs = _paragraphs(text)
    if title and paragraphs and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]
    for paragraph in _from_the_lead(paragraphs)[:2]:
        if is_dateline(paragraph):
            return paragraph
        match = _INLINE_DATELINE.match(" ".join(paragraph.split()))
        if match:
            return match.group(0)
    return ""


_BULLET = re.compile(r"(?:^|\s)[•▪●◦]\s")

# "CHINA Three Gorges agreed", "BRITAIN'S Vodafone will": papers that set a lead's first words in capitals. Words
# of four letters or more only, so that initials ("SK Hynix", "IBM Corp") keep their capitals.
# Only before a capitalised word: "CMPH paid 2.9 billion reals" is a company's initials acting.
_CAPITALISED_LEAD = re.compile(r"^(?:[A-Z]{4,}(?:['’]S)?\s+){1,3}(?=[A-Z][a-z])")


# "MUMBAI India's Mahindra group ...": a dateline whose dash a copy lost, before a possessive that opens the lead.
_DATELINE_WITHOUT_DASH = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{3,})?\s+(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s)")


def _lead_in_lowercase(paragraph: str) -> str:
    dateline = _DATELINE_WITHOUT_DASH.match(paragraph)
    if dateline is not None:
        return paragraph[dateline.end() :]
    match = _CAPITALISED_LEAD.match(paragraph)
    if match is None:
        return paragraph
    words = re.sub(r"[A-Z]+", lambda word: word.group(0).capitalize(), match.group(0))
    return words.replace("'S ", "'s ").replace("’S ", "’s ") + paragraph[match.end() :]


def article_sentences(text: str, title: str = "") -> list[Sentence]:
    """The headline (paragraph 0) and then every sentence of the body, numbered in order."""
    paragraphs = _paragraphs(text)
    if title:
        if paragraphs and paragraphs[0].strip() == title.strip():
            paragraphs = paragraphs[1:]
        paragraphs = [title.strip(), *paragraphs]
    paragraphs = paragraphs[:1] + _from_the_lead(paragraphs[1:])
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs):
        if number and number <= 2 and is_dateline(paragraph):
            continue
        flat = " ".join(paragraph.split())
        if number:
            flat = _RUN_TOGETHER.sub(". ", _SECTION_LABEL.sub("", flat))
        if 0 < number <= 3:
            flat = _INLINE_DATELINE.sub("", flat, count=1)  # "WARSAW, May 6 (Reuters) - Danish wind turbine maker..."
            flat = _lead_in_lowercase(flat)
        pieces = [flat] if number == 0 else split_sentences(flat)
        # "• Infrastructure loan worth $11bn • China's ICBC lead arranger": each bullet is a statement of its own.
        pieces = [item.strip() for piece in pieces for item in _BULLET.split(piece) if item.strip()]
        for piece in pieces:
            sentences.append(Sentence(piece, number, len(sentences)))
    return sentences
