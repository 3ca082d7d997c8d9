"""Template filters for money and query strings: {{ pledge.amount_usd|usd }}, {% query_with page=2 %}."""

from django import template

from pledges.formatting import format_money, format_pledge_amount, format_usd

register = template.Library()


@register.filter
def usd(amount):
    return format_usd(amount)


@register.filter
def money(amount, currency):
    return format_money(amount, currency)


@register.filter
def pledge_amount(pledge):
    """'$150.0B', or '$150.0B (₩200.0T)' when the pledge was stated in another currency."""
    return format_pledge_amount(pledge.amount_usd, pledge.amount, pledge.currency)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None or '' removes one).

    Keeps every filter when the visitor pages or sorts, so a filtered view stays a shareable link.
    """
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
