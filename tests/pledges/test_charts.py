"""Chart builders: pure functions from aggregate rows to plotly figure JSON."""

from datetime import date
from decimal import Decimal

from pledges import charts
from pledges.aggregates import UNALLOCATED_COLOUR, sector_colour

B = Decimal(10**9)


def sector_rows():
    return [
        {"slug": None, "name": "Unallocated", "display_order": None, "usd": 104 * B, "pledges": 1,
         "colour": sector_colour(None)},
        {"slug": "automotive", "name": "Automotive", "display_order": 3, "usd": 26 * B, "pledges": 1,
         "colour": sector_colour(3)},
    ]  # fmt: skip


def test_the_sector_chart_plots_billions_with_formatted_hover_text():
    figure = charts.sector_chart(sector_rows())
    bar = figure["data"][0]
    assert bar["type"] == "bar" and bar["orientation"] == "h"
    assert bar["x"] == [26.0, 104.0]  # largest last, so it is drawn on top
    assert [row[0] for row in bar["customdata"]] == ["$26.0B", "$104.0B"]
    assert "%{customdata[0]}" in bar["hovertemplate"]
    assert figure["layout"]["title"]["text"] == "Amount by sector"
    assert figure["layout"]["xaxis"]["title"]["text"] == "US$ billions"


def test_a_sector_keeps_its_colour_and_unallocated_is_grey():
    bar = charts.sector_chart(sector_rows())["data"][0]
    assert bar["marker"]["color"] == [sector_colour(3), UNALLOCATED_COLOUR]
    assert sector_colour(3) == sector_colour(3) != sector_colour(4)


def test_the_flows_chart_links_investors_on_the_left_to_recipients_on_the_right():
    flows = [
        {"inv": "KR", "inv_name": "South Korea", "rec": "US", "rec_name": "United States", "usd": 150 * B},
        {"inv": "US", "inv_name": "United States", "rec": "KR", "rec_name": "South Korea", "usd": 5 * B},
    ]
    sankey = charts.flows_chart(flows)["data"][0]
    labels = sankey["node"]["label"]
    assert labels == ["South Korea", "United States", "United States", "South Korea"]
    assert sankey["link"]["source"] == [0, 1] and sankey["link"]["target"] == [2, 3]
    assert sankey["link"]["customdata"] == ["$150.0B", "$5.0B"]


def test_the_quarter_chart_has_bars_and_a_cumulative_line_on_a_second_axis():
    rows = [
        {"quarter": date(2025, 1, 1), "usd": B, "pledges": 1, "cumulative": B},
        {"quarter": date(2025, 7, 1), "usd": 6 * B, "pledges": 2, "cumulative": 7 * B},
    ]
    figure = charts.quarter_chart(rows)
    bars, line = figure["data"]
    assert bars["x"] == ["2025 Q1", "2025 Q3"]
    assert line["y"] == [1.0, 7.0] and line["yaxis"] == "y2"
    assert figure["layout"]["yaxis2"]["overlaying"] == "y"


def test_the_map_uses_iso3_codes_and_skips_countries_without_one():
    rows = [
        {"code": "US", "name": "United States", "alpha3": "USA", "usd": 150 * B},
        {"code": "EU", "name": "European Union", "alpha3": "", "usd": 3 * B},
    ]
    choropleth = charts.map_chart(rows)["data"][0]
    assert choropleth["locations"] == ["USA"]
    assert choropleth["locationmode"] == "ISO-3"
    assert choropleth["customdata"] == ["$150.0B"]


def test_charts_of_empty_data_are_valid_figures():
    assert charts.sector_chart([])["data"][0]["x"] == []
    assert charts.flows_chart([])["data"][0]["link"]["source"] == []
    assert charts.quarter_chart([])["data"][0]["x"] == []
    assert charts.organizations_chart([])["data"][0]["y"] == []
    assert charts.map_chart([])["data"][0]["locations"] == []


def test_a_running_total_past_a_trillion_is_plotted_in_trillions():
    rows = [
        {"quarter": date(2025, 1, 1), "usd": 900 * B, "pledges": 9, "cumulative": 900 * B},
        {"quarter": date(2025, 4, 1), "usd": 600 * B, "pledges": 4, "cumulative": 1500 * B},
    ]
    figure = charts.quarter_chart(rows)
    assert figure["data"][1]["y"] == [0.9, 1.5]
    assert figure["layout"]["yaxis2"]["ticksuffix"] == "T"
    assert figure["data"][1]["customdata"] == ["$900.0B", "$1.5T"]
