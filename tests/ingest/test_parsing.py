"""Reading article files: plain text with a headline first line, HTML pages, odd encodings, bad inputs."""

from datetime import date

import pytest

from ingest.parsing import (
    BinaryDocument,
    EmptyDocument,
    ParseError,
    dateline_date,
    decode,
    parse_document,
    parse_file,
)

ARTICLE = """Hyundai to invest $26 billion in the United States
SEOUL — August 25, 2025 — Autos

Hyundai Motor Group will invest $26 billion in the United States between 2025 and 2028.
"""

PAGE = """<!doctype html>
<html><head><title>Site | Section</title>
<meta property="og:title" content="Samsung picks Texas for $17 billion chip plant">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2021-11-24T08:00:00Z">
</head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Samsung picks Texas for $17 billion chip plant</h1>
<p>Samsung Electronics will build a $17 billion semiconductor plant in Taylor, Texas, the South Korean company
said on Tuesday, ending months of competition between states for the project.</p>
<p>The plant is expected to start producing chips in the second half of 2024, the company said in a statement.</p>
</article><footer>Copyright 2021</footer></body></html>"""


def test_plain_text_has_its_headline_on_the_first_line():
    article = parse_document(ARTICLE)
    assert article.title == "Hyundai to invest $26 billion in the United States"
    assert "Hyundai Motor Group will invest" in article.text
    assert not article.text.startswith("Hyundai to invest")


def test_the_date_comes_from_the_dateline_of_a_text_file():
    assert parse_document(ARTICLE).published == date(2025, 8, 25)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SEOUL — August 25, 2025 —", date(2025, 8, 25)),
        ("LONDON, 19 July 2023 (wire)", date(2023, 7, 19)),
        ("WASHINGTON, Dec. 20, 2024 (wire)", date(2024, 12, 20)),
        ("TOKYO, 2024-04-10 — Markets", date(2024, 4, 10)),
    ],
)
def test_datelines_in_the_usual_styles_give_a_date(line, expected):
    assert dateline_date(f"{line}\n\nBody text.") == expected


def test_a_text_without_a_dateline_has_no_date():
    assert dateline_date("Korea and Japan met.\n\nNo date here.") is None


def test_an_html_page_gives_the_article_title_author_date_and_text_without_navigation():
    article = parse_document(PAGE)
    assert article.title == "Samsung picks Texas for $17 billion chip plant"
    assert article.author == "Jane Roe"
    assert article.published == date(2021, 11, 24)
    assert "$17 billion semiconductor plant" in article.text
    assert "Home" not in article.text
    assert "Copyright" not in article.text


def test_broken_html_still_gives_its_text():
    article = parse_document("<html><body><p>Toyota will invest $5 billion in India<p>More text</body>")
    assert "Toyota will invest $5 billion in India" in article.title + " " + article.text


def test_utf8_windows_1252_and_bom_encodings_are_decoded():
    assert decode("₩20 trillion".encode()) == "₩20 trillion"
    assert decode("café €5bn".encode("cp1252")) == "café €5bn"
    assert decode("\ufeffSeoul".encode("utf-8")) == "Seoul"
    assert decode("Seoul £5bn".encode("utf-16")) == "Seoul £5bn"


def test_a_declared_charset_is_used_when_the_bytes_are_not_utf8():
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Prix: 5 milliards €</p></body></html>'
    assert "€" in decode(page.encode("iso-8859-15"))


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "   "])
def test_an_empty_body_raises_empty_document(data):
    with pytest.raises(EmptyDocument):
        parse_document(data)


def test_a_binary_body_raises_binary_document():
    with pytest.raises(BinaryDocument):
        parse_document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


def test_both_errors_are_parse_errors_for_callers_that_catch_one_type():
    assert issubclass(EmptyDocument, ParseError)
    assert issubclass(BinaryDocument, ParseError)


def test_a_file_is_read_as_html_or_text_from_its_name_and_content(tmp_path):
    text_file = tmp_path / "a.txt"
    text_file.write_text(ARTICLE, encoding="utf-8")
    html_file = tmp_path / "b.html"
    html_file.write_bytes(PAGE.encode("utf-8"))
    assert parse_file(text_file).title.startswith("Hyundai")
    assert parse_file(html_file).title.startswith("Samsung")


def test_a_companys_initials_opening_a_lead_keep_their_capitals():
    from ingest.extraction.text import article_sentences

    sentences = article_sentences(
        "CMPH paid 2.9 billion reais for TCP, buying out two private equity firms.", "Port deal"
    )
    assert sentences[1].text.startswith("CMPH paid")


def test_a_full_stop_that_lost_its_space_still_ends_the_sentence():
    from ingest.extraction.text import article_sentences

    sentences = article_sentences(
        "Carmaker grows\n\nThe group put in 2 trillion dong this year, its report said.The carmaker, the country's "
        "first, plans exports. Sales in the U.S.A. rose."
    )
    assert [s.text for s in sentences[1:]] == [
        "The group put in 2 trillion dong this year, its report said.",
        "The carmaker, the country's first, plans exports.",
        "Sales in the U.S.A. rose.",
    ]
