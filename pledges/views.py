from django.http import HttpResponse


def overview(request):
    # Placeholder until the dashboard lands (issue 4).
    return HttpResponse("Pledge Tracker")
