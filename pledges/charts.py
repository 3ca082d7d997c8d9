"""Plotly figures for the dashboard: pure functions from aggregate rows (pledges.aggregates) to figure JSON.

Figures are built server-side with plotly; templates embed the JSON with json_script and
static/js/charts.js draws it with the plotly.js shipped in static/. Amounts are plotted in billions of
US dollars and every hover text shows the formatted figure ($150.0B).
"""

import json

import plotly.graph_objects as go

from pledges.aggregates import quarter_label
from pledges.formatting import format_usd

BILLION = 10**9
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
INK = "#1f2933"
ACCENT = "#0b5cad"
ACCENT_LIGHT = "#9cc3ea"


def _billions(values):
    return [float(value) / BILLION for value in values]


def _layout(title: str, **extra) -> dict:
    layout = {
        "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        "font": {"family": FONT, "color": INK, "size": 12},
        "margin": {"l": 10, "r": 10, "t": 48, "b": 40},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "autosize": True,
        "height": 380,
    }
    layout.update(extra)
    return layout


def _as_json(figure: go.Figure) -> dict:
    # Through plotly's encoder, so the template gets plain JSON types for json_script.
    return json.loads(figure.to_json())


def _billions_axis(title="US$ billions") -> dict:
    return {
        "title": {"text": title},
        "tickprefix": "$",
        "ticksuffix": "B",
        "gridcolor": "#e4e7eb",
        "rangemode": "tozero",
    }


def sector_chart(by_sector: list[dict]) -> dict:
    """Horizontal bars of money by sector, largest first, each sector in its own colour."""
    rows = list(reversed(by_sector))  # plotly draws the first bar at the bottom
    figure = go.Figure(
        go.Bar(
            x=_billions(row["usd"] for row in rows),
            y=[row["name"] for row in rows],
            orientation="h",
            marker={"color": [row["colour"] for row in rows]},
            customdata=[[format_usd(row["usd"]), row["pledges"]] for row in rows],
            hovertemplate="%{y}: %{customdata[0]} (%{customdata[1]} pledges)<extra></extra>",
        ),
        layout=_layout(
            "Amount by sector",
            xaxis=_billions_axis(),
            yaxis={"automargin": True, "title": {"text": "Sector"}},
            height=max(320, 40 + 26 * len(rows)),
        ),
    )
    return _as_json(figure)


def flows_chart(flows: list[dict]) -> dict:
    """A Sankey diagram from investor countries (left) to recipient countries (right)."""
    investors = list(dict.fromkeys((row["inv"], row["inv_name"]) for row in flows))
    recipients = list(dict.fromkeys((row["rec"], row["rec_name"]) for row in flows))
    index_of_investor = {code: i for i, (code, _name) in enumerate(investors)}
    index_of_recipient = {code: len(investors) + i for i, (code, _name) in enumerate(recipients)}
    labels = [name for _code, name in investors] + [name for _code, name in recipients]
    figure = go.Figure(
        go.Sankey(
            arrangement="snap",
            valueformat="$,.1f",
            valuesuffix="B",
            node={
                "label": labels,
                "pad": 12,
                "thickness": 14,
                "color": [ACCENT] * len(investors) + [ACCENT_LIGHT] * len(recipients),
                "hovertemplate": "%{label}: %{value}<extra></extra>",
            },
            link={
                "source": [index_of_investor[row["inv"]] for row in flows],
                "target": [index_of_recipient[row["rec"]] for row in flows],
                "value": _billions(row["usd"] for row in flows),
                "customdata": [format_usd(row["usd"]) for row in flows],
                "hovertemplate": "%{source.label} → %{target.label}: %{customdata}<extra></extra>",
                "color": "rgba(11, 92, 173, 0.25)",
            },
        ),
        layout=_layout("Investor → recipient flows", height=max(360, 24 * max(len(investors), len(recipients)))),
    )
    return _as_json(figure)


def quarter_chart(by_quarter: list[dict]) -> dict:
    """Money pledged per quarter (bars) with the running total (line, right axis)."""
    labels = [quarter_label(row["quarter"]) for row in by_quarter]
    # Running totals past a trillion read better in trillions ($8.9T rather than $8850B).
    in_trillions = any(row["cumulative"] >= 10**12 for row in by_quarter)
    cumulative_scale, cumulative_unit = (10**12, "T") if in_trillions else (BILLION, "B")
    cumulative_axis = _billions_axis(f"Cumulative, US$ {'trillions' if in_trillions else 'billions'}")
    cumulative_axis["ticksuffix"] = cumulative_unit
    figure = go.Figure(
        [
            go.Bar(
                name="Pledged in the quarter",
                x=labels,
                y=_billions(row["usd"] for row in by_quarter),
                marker={"color": ACCENT},
                customdata=[[format_usd(row["usd"]), row["pledges"]] for row in by_quarter],
                hovertemplate="%{x}: %{customdata[0]} in %{customdata[1]} pledges<extra></extra>",
            ),
            go.Scatter(
                name="Cumulative",
                x=labels,
                y=[float(row["cumulative"]) / cumulative_scale for row in by_quarter],
                yaxis="y2",
                mode="lines+markers",
                line={"color": "#D55E00", "width": 2},
                customdata=[format_usd(row["cumulative"]) for row in by_quarter],
                hovertemplate="Cumulative to %{x}: %{customdata}<extra></extra>",
            ),
        ],
        layout=_layout(
            "Pledges over time, by quarter",
            xaxis={"title": {"text": "Quarter announced"}, "type": "category"},
            yaxis=_billions_axis("US$ billions per quarter"),
            yaxis2={
                **cumulative_axis,
                "overlaying": "y",
                "side": "right",
                "showgrid": False,
            },
            legend={"orientation": "h", "x": 0, "y": -0.42, "yanchor": "top"},
            margin={"l": 10, "r": 10, "t": 48, "b": 110},
        ),
    )
    figure.update_yaxes(automargin=True)
    return _as_json(figure)


def organizations_chart(organizations: list[dict]) -> dict:
    """The investing organizations with the most money pledged."""
    rows = list(reversed(organizations))
    figure = go.Figure(
        go.Bar(
            x=_billions(row["usd"] for row in rows),
            y=[row["name"] for row in rows],
            orientation="h",
            marker={"color": ACCENT},
            customdata=[[format_usd(row["usd"]), row["pledges"]] for row in rows],
            hovertemplate="%{y}: %{customdata[0]} (%{customdata[1]} pledges)<extra></extra>",
        ),
        layout=_layout(
            "Top investing organizations",
            xaxis=_billions_axis(),
            yaxis={"automargin": True, "title": {"text": "Organization"}},
            height=max(320, 40 + 26 * len(rows)),
        ),
    )
    return _as_json(figure)


def map_chart(by_country: list[dict], *, side: str = "recipient") -> dict:
    """A world map shaded by the money each country receives (or invests)."""
    mappable = [row for row in by_country if row.get("alpha3")]
    figure = go.Figure(
        go.Choropleth(
            locations=[row["alpha3"] for row in mappable],
            locationmode="ISO-3",
            z=_billions(row["usd"] for row in mappable),
            text=[row["name"] for row in mappable],
            customdata=[format_usd(row["usd"]) for row in mappable],
            hovertemplate="%{text}: %{customdata}<extra></extra>",
            colorscale="Blues",
            marker={"line": {"color": "white", "width": 0.5}},
            colorbar={"title": {"text": "US$ B"}, "tickprefix": "$", "ticksuffix": "B", "thickness": 12},
        ),
        layout=_layout(
            f"Pledged money by {side} country",
            geo={
                "projection": {"type": "natural earth"},
                "showframe": False,
                "showcoastlines": False,
                "showcountries": True,
                "countrycolor": "#c7ccd1",
                "landcolor": "#f1f3f5",
                "showland": True,
            },
            margin={"l": 0, "r": 0, "t": 48, "b": 0},
        ),
    )
    return _as_json(figure)


def preload() -> None:
    """Build each chart once with no data, so plotly loads its figure classes and validators at start-up rather
    than during the first requests (config.startup freezes them out of the garbage collector's way)."""
    sector_chart([])
    flows_chart([])
    quarter_chart([])
    organizations_chart([])
    map_chart([])
