"""Money grammar: every common way news writes an amount, and its conversion to dollars."""

from datetime import date
from decimal import Decimal

import pytest

from ingest.extraction.convert import convert
from ingest.extraction.money import find_money, parse_money

BILLION = Decimal("1000000000")


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$150 billion", 150 * BILLION, "USD"),
        ("US$150bn", 150 * BILLION, "USD"),
        ("$1.2bn", Decimal("1200000000"), "USD"),
        ("USD 3 billion", 3 * BILLION, "USD"),
        ("150 billion dollars", 150 * BILLION, "USD"),
        ("₩20 trillion", Decimal("20000000000000"), "KRW"),
        ("20 trillion won", Decimal("20000000000000"), "KRW"),
        ("KRW 20 trillion", Decimal("20000000000000"), "KRW"),
        ("¥1 trillion", Decimal("1000000000000"), "JPY"),
        ("1 trillion yen", Decimal("1000000000000"), "JPY"),
        ("€600 billion", 600 * BILLION, "EUR"),
        ("600 billion euros", 600 * BILLION, "EUR"),
        ("£10bn", 10 * BILLION, "GBP"),
        ("Rs 10,000 crore", Decimal("100000000000"), "INR"),
        ("₹1 lakh crore", Decimal("1000000000000"), "INR"),
        ("Rs 3,20,000 crore", Decimal("3200000000000"), "INR"),  # digits grouped in twos, the Indian way
        ("Sh158bn", 158 * BILLION, "KES"),  # the Kenyan press's shilling
        ("EURO365 million", Decimal("365000000"), "EUR"),
        ("Ksh95.68bn", Decimal("95680000000"), "KES"),
        ("₹1,25,000-crore", Decimal("1250000000000"), "INR"),
        ("NT$100 billion", 100 * BILLION, "TWD"),
        ("SAR 5 billion", 5 * BILLION, "SAR"),
        ("AED 10bn", 10 * BILLION, "AED"),
        ("30 billion dirhams", 30 * BILLION, "AED"),
        ("10 billion riyals", 10 * BILLION, "SAR"),
        ("A$20 billion", 20 * BILLION, "AUD"),
        ("a billion dollars", BILLION, "USD"),
        ("$750 million", Decimal("750000000"), "USD"),
    ],
)
def test_it_reads_amounts_in_full_units_with_their_currency(text, amount, currency):
    money = parse_money(f"The company will invest {text} in the project.")
    assert money is not None
    assert money.amount == amount
    assert money.currency == currency


def test_amounts_are_written_in_full_units_not_exponents():
    money = parse_money("$150 billion")
    assert format(money.amount, "f") == "150000000000"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$20-25 billion", 20, 25),
        ("$20 billion to $25 billion", 20, 25),
        ("between $20 and $25 billion", 20, 25),
        ("between $20 billion and $25 billion", 20, 25),
    ],
)
def test_it_reads_ranges_as_one_amount_with_low_and_high(text, low, high):
    found = find_money(f"It will spend {text} on new plants.")
    assert len(found) == 1
    assert found[0].qualifier == "range"
    assert found[0].amount_low == low * BILLION
    assert found[0].amount_high == high * BILLION


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("more than $5 billion", "at_least"),
        ("over $5 billion", "at_least"),
        ("at least $5 billion", "at_least"),
        ("up to £5bn", "up_to"),
        ("as much as $5 billion", "up_to"),
        ("about $5 billion", "approximate"),
        ("nearly $5 billion", "approximate"),
        ("roughly $5 billion", "approximate"),
        ("$5 billion", "exact"),
    ],
)
def test_it_reads_how_exact_the_article_says_an_amount_is(text, qualifier):
    assert parse_money(f"The group pledged {text} for the plant.").qualifier == qualifier


def test_a_change_from_one_figure_to_another_is_not_a_range():
    found = find_money("Hyundai raised the plan from $21 billion to $26 billion.")
    assert [money.amount for money in found] == [21 * BILLION, 26 * BILLION]
    assert all(money.qualifier != "range" for money in found)


def test_a_foreign_amount_and_its_dollar_equivalent_are_one_amount():
    found = find_money("LG will spend ₩20 trillion ($14.5 billion) on the complex.")
    assert len(found) == 1
    assert found[0].currency == "KRW"
    assert found[0].usd_equivalent == Decimal("14500000000")


def test_a_dollar_equivalent_written_after_or_about_is_folded_too():
    found = find_money("Suzuki will invest Rs 70,000 crore (about $8 billion) in India.")
    assert len(found) == 1
    assert found[0].usd_equivalent == 8 * BILLION


def test_an_amount_restated_after_or_about_in_a_second_foreign_currency_is_one_amount():
    found = find_money("The line will cost Rs 9,200 crore, or about 1,100 million euro, the ministry said.")
    assert len(found) == 1
    assert found[0].currency == "INR"
    assert found[0].equivalent == (Decimal("1100000000"), "EUR")


def test_an_amount_or_the_equivalent_of_another_currency_is_one_amount():
    found = find_money("They plan to invest about $5.2 billion, or the equivalent of Rp 75 trillion, over five years.")
    assert len(found) == 1
    assert found[0].usd_equivalent == Decimal("5200000000")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("finalized the 3.2-billion-U.S.-dollar purchase of the mill", Decimal("3200000000")),
        ("signed a 700 million U.S. dollar loan", Decimal("700000000")),
    ],
)
def test_us_dollar_written_out_in_the_singular_and_hyphenated(text, amount):
    (found,) = find_money(text)
    assert (found.amount, found.currency) == (amount, "USD")


def test_a_euro_sign_printed_as_a_look_alike_letter_with_an_approximate_dollar_equivalent_is_one_amount():
    (found,) = find_money("The bank has received two loans of Є150 million (~$164.13 million) each.")
    assert (found.amount, found.currency, found.usd_equivalent) == (150 * Decimal("1e6"), "EUR", Decimal("164130000"))


def test_won_as_a_verb_is_not_a_currency():
    assert find_money("Samsung won 3 contracts and Korea won the bid in 2025.") == []


def test_years_and_bare_numbers_are_not_money():
    assert find_money("In 2025 the 300 workers built 12 plants.") == []


def test_conversion_uses_the_articles_dollar_figure_when_it_gives_one():
    money = parse_money("₩20 trillion ($14.5 billion)")
    converted = convert(money, date(2025, 8, 25))
    assert converted.amount_usd == Decimal("14500000000")
    assert converted.source == "dollar figure given in the article"


def test_conversion_of_dollars_is_the_identity():
    converted = convert(parse_money("$3 billion"), date(2024, 1, 2))
    assert converted.amount_usd == 3 * BILLION
    assert converted.rate == 1


def test_conversion_of_a_foreign_amount_uses_the_rate_of_the_articles_date():
    converted = convert(parse_money("£4 billion"), date(2023, 7, 19))
    assert 4.8 * 1e9 < float(converted.amount_usd) < 5.5 * 1e9
    assert converted.rate_date <= date(2023, 7, 19)


def test_a_hyphenated_scale_is_read_as_canadian_papers_write_it():
    assert parse_money("a $2.5-billion plant").amount == Decimal("2500000000")


def test_plus_after_an_amount_means_at_least():
    assert parse_money("a $10 billion-plus package").qualifier == "at_least"


def test_the_yen_sign_means_yuan_in_a_sentence_about_china():
    assert parse_money("China's CATL will invest ¥30 billion in a new plant.").currency == "CNY"
    assert parse_money("Toyota will invest ¥30 billion in a new plant in Japan.").currency == "JPY"


def test_a_named_local_currency_is_not_mistaken_for_sterling_or_the_uae_dirham():
    assert parse_money("50 billion Egyptian pounds").currency == "EGP"
    assert parse_money("10 billion Moroccan dirhams").currency == "MAD"


def test_a_headline_abbreviation_bil_is_billions():
    assert [(m.amount, m.currency) for m in find_money("Fujitsu to buy Texas firm for $2.3 bil.")] == [
        (Decimal("2300000000"), "USD")
    ]


def test_pound_sterling_in_the_singular_is_pounds():
    assert [(m.amount, m.currency) for m in find_money("will invest 5 billion pound sterling in the U.K.")] == [
        (Decimal("5000000000"), "GBP")
    ]


def test_a_range_with_a_bracketed_dollar_range_is_one_amount_worth_the_dollar_high():
    found = find_money("plans to spend between €30 billion and €50 billion ($31.2 billion and $52 billion) there")
    assert len(found) == 1
    assert (found[0].amount_low, found[0].amount_high) == (Decimal("30000000000"), Decimal("50000000000"))
    assert found[0].usd_equivalent == Decimal("52000000000")


def test_estimates_ranging_from_one_figure_to_another_are_a_range():
    found = find_money("with investment estimates ranging from €30 billion to €50 billion")
    assert [(m.amount_low, m.amount_high) for m in found] == [(Decimal("30000000000"), Decimal("50000000000"))]


def test_us_then_a_spaced_dollar_sign_is_one_currency_so_us_is_not_left_to_read_as_a_country():
    money = parse_money("a joint venture with a US $20 billion investment each")
    assert money is not None
    assert (money.text, money.amount, money.currency) == ("US $20 billion", 20 * BILLION, "USD")


def test_bare_figures_listed_after_an_amount_take_its_currency():
    found = find_money(
        "Switch from the US vowed investment of 3 billion baht, Telehouse from Japan 2.7 billion, and One Asia "
        "2 billion. The plant will serve 2 billion people."
    )
    assert [(money.amount, money.currency) for money in found] == [
        (Decimal("3000000000"), "THB"),
        (Decimal("2700000000"), "THB"),
        (Decimal("2000000000"), "THB"),
    ]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The plant will cost approximately four billion euros.", Decimal("4000000000"), "EUR"),
        ("A Twelve Billion Yen Loan For Ports", Decimal("12000000000"), "JPY"),
        ("it set aside fifty million dollars", Decimal("50000000"), "USD"),
        ("a hundred million pounds for research", Decimal("100000000"), "GBP"),
    ],
)
def test_numbers_written_as_words_before_a_scale_are_amounts(text, amount, currency):
    money = parse_money(text)
    assert money is not None
    assert (money.amount, money.currency) == (amount, currency)


def test_a_number_word_with_a_scale_but_no_currency_is_no_amount():
    assert find_money("The region is home to five million people and two billion trees.") == []


def test_kd_is_the_kuwaiti_dinar_with_its_dollar_equivalent():
    money = parse_money("a loan of KD 4.5 million (about USD 14.6 million) for a water project")
    assert money is not None
    assert (money.amount, money.currency, money.usd_equivalent) == (
        Decimal("4500000"),
        "KWD",
        Decimal("14600000"),
    )


def test_a_decimal_comma_before_a_scale_is_a_decimal_point():
    money = parse_money("a total of BRL 27 billion (US$ 4,76 billion) in investments")
    assert money is not None
    assert (money.amount, money.currency, money.usd_equivalent) == (
        Decimal("27000000000"),
        "BRL",
        Decimal("4760000000"),
    )
    assert parse_money("$1,500 million").amount == Decimal("1500000000")  # thousands still group in threes


def test_a_bracketed_dollar_figure_after_more_than_is_the_same_amount():
    found = find_money("an investment of BRL 5.6 billion (more than US$ 987.7 million) over five years")
    assert [(m.currency, m.usd_equivalent) for m in found] == [("BRL", Decimal("987700000"))]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("a project worth RON 297.2 million", "RON"),
        ("an investment of BGN 107 million", "BGN"),
        ("55 million leva", "BGN"),
    ],
)
def test_romanian_and_bulgarian_codes_and_words_name_their_currencies(text, currency):
    money = parse_money(text)
    assert money is not None
    assert money.currency == currency


def test_an_increase_by_one_figure_to_another_is_no_range():
    found = find_money("to raise its investment by $60 million to $210 million")
    assert [(m.amount, m.qualifier) for m in found] == [(60_000_000, "exact"), (210_000_000, "exact")]


def test_the_australian_presss_us_dollar_prefix_is_the_american_dollar():
    money = parse_money("Fortescue plans to spend $US5bn on a hydrogen plant")
    assert money is not None
    assert (money.amount, money.currency) == (Decimal("5000000000"), "USD")


def test_a_bracketed_bare_dollar_after_american_dollars_is_the_local_papers_equivalent():
    (money,) = find_money("Rio Tinto will spend US$3 billion ($4.6 billion) on the mine.")
    assert (money.amount, money.currency) == (3_000_000_000, "USD")


def test_a_capital_e_before_a_figure_and_scale_is_the_euro_sign_lost_to_an_old_character_set():
    (money,) = find_money("The utility agreed to pay E2.4 billion for a majority of the grid operator.")
    assert (money.amount, money.currency) == (2_400_000_000, "EUR")


def test_a_capital_e_inside_a_name_or_code_is_no_euro():
    assert find_money("The E10 fuel and the E 5 road carry 7 million drivers.") == []


def test_a_capital_n_with_a_scale_is_the_nigerian_papers_naira():
    (money,) = find_money("The state released N95bn for the bridge")
    assert (money.amount, money.currency) == (95_000_000_000, "NGN")
    assert find_money("The N95 masks and the N1 highway") == []


def test_a_papers_equivalent_in_a_widely_traded_currency_is_converted_instead_of_a_thinly_traded_one():
    (money,) = find_money("an offer of 130 billion naira (S$491 million) for the mills")
    converted = convert(money, date(2019, 4, 24))
    singapore = convert(parse_money("S$491 million"), date(2019, 4, 24))
    assert converted.amount_usd == singapore.amount_usd


def test_a_second_equivalent_in_the_same_brackets_is_the_same_amount():
    (money,) = find_money("for 3 billion Singapore dollars ($2.4 billion; $2.2 billion Swiss francs).")
    assert (money.amount, money.currency, money.usd_equivalent) == (3_000_000_000, "SGD", 2_400_000_000)


def test_brazilian_reals_in_the_english_plural_are_reais():
    (money,) = find_money("The group paid 2.9 billion Brazilian reals for the terminal.")
    assert (money.amount, money.currency) == (2_900_000_000, "BRL")


def test_a_billion_pound_adjective_is_an_amount_in_pounds():
    (money,) = find_money("a 25 percent stake in the 20 billion-pound ($30 billion) nuclear plant")
    assert (money.amount, money.currency, money.usd_equivalent) == (20_000_000_000, "GBP", 30_000_000_000)
