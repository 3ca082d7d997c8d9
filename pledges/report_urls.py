from django.urls import path

from pledges import reports

app_name = "reports"
urlpatterns = [
    path("<int:pk>/", reports.report_error, name="report"),
    path("<int:pk>/sent/", reports.report_sent, name="sent"),
]
