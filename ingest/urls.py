"""Canonical article URLs: one spelling per story, so the same link seen twice is recognised.

News links arrive decorated with campaign and click-tracking parameters
(utm_source, fbclid, ...), fragments, default ports and upper-case hosts.
`canonical_url` removes what does not change the page and keeps what does
(an article id in the query string stays).

This module has nothing to do with Django's URLconf; the ingest app has no views.
"""

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that only track where a click came from. Prefixes end with "_".
TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "piwik_", "hsa_", "at_", "ga_")
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "twclid", "li_fat_id", "wickedid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid",
        "ref", "ref_src", "referrer", "source", "src", "cmpid", "cmp", "ocid", "ito", "itm_source", "itm_medium",
        "itm_campaign", "ns_source", "ns_mchannel", "ns_campaign", "ns_linkname", "ns_fee", "sr_share",
        "smid", "soc_src", "soc_trk", "spm", "share", "CMP", "feedType", "feedName", "taid", "guccounter",
        "guce_referrer", "guce_referrer_sig", "xtor", "amp",
    }
)  # fmt: skip
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_parameter(name: str) -> bool:
    lowered = name.lower()
    return lowered in {p.lower() for p in TRACKING_PARAMETERS} or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The URL without tracking parameters, fragment, default port or case differences in scheme and host.

    Returns "" for anything that is not an http(s) URL with a host, so callers can treat it as "no URL".
    """
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return ""
    host = parts.hostname.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    # Re-quote the path the same way whatever the source did ("%7E" and "~" are one page).
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~") or "/"
    if path != "/" and path.endswith("/"):
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_parameter(k)]
    # Order does not change the page; sorting makes "?a=1&b=2" and "?b=2&a=1" one URL.
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def host_of(url: str) -> str:
    """The lower-case host of a URL, without "www." ("" when there is none)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host
