from django.urls import path

from pledges import views

app_name = "pledges"
urlpatterns = [
    path("", views.overview, name="overview"),
]
