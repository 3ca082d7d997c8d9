"""A read-only JSON API over pledges: /api/pledges/ with the dashboard's filters and page-number pagination."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from pledges.exports import export_queryset, export_row
from pledges.filtersets import PledgeFilterSet
from pledges.models import Pledge

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def _page_size(value) -> int:
    try:
        size = int(value)
    except (TypeError, ValueError):
        return DEFAULT_PAGE_SIZE
    return max(1, min(size, MAX_PAGE_SIZE))


def _link(request, page_number):
    if page_number is None:
        return None
    params = request.GET.copy()
    params["page"] = page_number
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


@require_GET
def pledge_collection(request):
    """GET /api/pledges/?investor=KR&page=2&page_size=100 — filter errors answer 400 with the messages."""
    filterset = PledgeFilterSet(request.GET, queryset=Pledge.objects.all())
    if not filterset.is_valid():
        return JsonResponse({"errors": filterset.errors.get_json_data()}, status=400)
    rows = export_queryset(filterset.ordered_qs, scope=filterset.chosen_scope)
    paginator = Paginator(rows, _page_size(request.GET.get("page_size")))
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except (EmptyPage, PageNotAnInteger):
        return JsonResponse(
            {"errors": {"page": [{"message": f"Pages run from 1 to {paginator.num_pages}.", "code": "invalid"}]}},
            status=400,
        )
    return JsonResponse(
        {
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "next": _link(request, page.next_page_number() if page.has_next() else None),
            "previous": _link(request, page.previous_page_number() if page.has_previous() else None),
            "results": [export_row(values) for values in page.object_list],
        }
    )
