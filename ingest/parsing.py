"""Turn a news file or page into a headline, plain text, a publication date and an author.

Two inputs are accepted: plain text whose first line is the headline, and HTML,
which trafilatura reduces to the article's text and metadata. Bytes are decoded
with care (byte-order marks, the page's declared charset, Windows-1252 as the
usual mislabel). Empty and binary bodies raise `EmptyDocument` and
`BinaryDocument`, both a `ParseError`, so callers can record why an article
failed without catching everything.
"""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<!--|<\?xml)", re.IGNORECASE)


class ParseError(ValueError):
    """The input cannot be read as an article."""


class EmptyDocument(ParseError):
    """The input holds no text."""


class BinaryDocument(ParseError):
    """The input is not text (an image, a PDF, a zip...)."""


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    text: str  # the body, without the headline
    published: date | None
    author: str = ""


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then the page's declared charset, then Windows-1252."""
    if not data or not data.strip():
        raise EmptyDocument("the document is empty")
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if _looks_binary(data):
        raise BinaryDocument("the document is binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return control > len(head) * 0.05


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text)) or bool(re.search(r"<(?:html|body|p|div|article)[\s>]", text[:2000], re.I))


def dateline_date(text: str, lines: int = 4) -> date | None:
    """The date in a dateline near the top: "SEOUL — August 25, 2025 —", "LONDON, 19 July 2023 (wire)"."""
    head = "\n".join(text.strip().splitlines()[:lines])
    for pattern in _DATE_PATTERNS:
        match = pattern.search(head)
        if match:
            parsed = _date_from(match)
            if parsed:
                return parsed
    return None


def _date_from(match: re.Match) -> date | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    try:
        return date(int(match.group("year")), month_number, int(match.group("day")))
    except (TypeError, ValueError):
        return None


def parse_text(text: str) -> ParsedArticle:
    """Plain text: the first non-empty line is the headline, the rest is the body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise EmptyDocument("the document is empty")
    title, _, body = text.partition("\n")
    body = body.strip()
    return ParsedArticle(title=title.strip(), text=body, published=dateline_date(body))


def parse_html(html: str) -> ParsedArticle:
    """An HTML page: trafilatura finds the article, its title, date and author; broken markup is tolerated."""
    import trafilatura

    if not html or not html.strip():
        raise EmptyDocument("the document is empty")
    document = trafilatura.bare_extraction(html, with_metadata=True, include_tables=False, include_comments=False)
    text = (getattr(document, "text", "") or "").strip() if document is not None else ""
    title = (getattr(document, "title", "") or "").strip() if document is not None else ""
    author = (getattr(document, "author", "") or "").strip() if document is not None else ""
    raw_date = getattr(document, "date", None) if document is not None else None
    if not text:
        text = _plain_text(html)
    if not text:
        raise EmptyDocument("the page has no readable text")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not title and lines:
        title = lines[0]
    if lines and lines[0] == title:
        lines = lines[1:]
    body = "\n\n".join(lines)
    published = _iso_date(raw_date) or dateline_date(body)
    return ParsedArticle(title=title, text=body, published=published, author=author)


def _plain_text(html: str) -> str:
    """The text of a page that trafilatura found nothing in (very short pages, fragments)."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree = lxml_html.fromstring(html)
    except (ParserError, ValueError):
        return ""
    for element in tree.xpath("//script|//style|//noscript"):
        element.drop_tree()
    blocks = [" ".join(block.text_content().split()) for block in tree.xpath("//h1|//h2|//p|//li")]
    blocks = [block for block in blocks if block]
    if not blocks:
        blocks = [" ".join(tree.text_content().split())]
    return "\n".join(block for block in blocks if block)


def _iso_date(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def parse_document(data: bytes | str, *, name: str = "") -> ParsedArticle:
    """Bytes or text of a file or a fetched page, HTML or plain text, told apart by name and content."""
    text = decode(data) if isinstance(data, bytes) else data
    if not text.strip():
        raise EmptyDocument("the document is empty")
    if "\x00" in text[:4096]:
        raise BinaryDocument("the document is binary, not text")
    if Path(name).suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        return parse_html(text)
    return parse_text(text)


def parse_file(path: str | Path) -> ParsedArticle:
    path = Path(path)
    return parse_document(path.read_bytes(), name=path.name)
