from django.urls import path

from pledges import api, views

app_name = "pledges"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("pledges/", views.pledge_list, name="pledge_list"),
    path("pledges/export.csv", views.export_csv, name="export_csv"),
    path("pledges/export.json", views.export_json, name="export_json"),
    path("pledges/<int:pk>/", views.pledge_detail, name="pledge"),
    path("countries/<str:code>/", views.country, name="country"),
    path("countries/<str:investor>/<str:recipient>/", views.country_pair, name="country_pair"),
    path("sectors/<slug:slug>/", views.sector, name="sector"),
    path("organizations/<int:pk>/", views.organization, name="organization"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("api/pledges/", api.pledge_collection, name="api_pledges"),
]
