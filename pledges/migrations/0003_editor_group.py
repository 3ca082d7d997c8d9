"""Create the "Editor" group: people who correct what the machine extracted.

Editors may change pledges (and delete them, which merging duplicates needs),
organizations, articles and feeds, and answer visitors' error reports. They may
only view reference countries and sectors (autocomplete needs that), and get no
permission on users or groups. Nothing here creates an account.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "Editor"

EDITOR_PERMISSIONS = {
    "pledges": {
        "pledge": ["view", "add", "change", "delete"],
        "evidence": ["view", "add", "change", "delete"],
        "pledgelink": ["view", "add", "change", "delete"],
        "organization": ["view", "add", "change"],
        "errorreport": ["view", "change"],
        "country": ["view"],
        "sector": ["view"],
    },
    "ingest": {
        "article": ["view", "change"],
        "feed": ["view", "add", "change"],
        "ingestrun": ["view"],
    },
}


def create_editor_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    codenames = [
        (app_label, f"{action}_{model}")
        for app_label, models in EDITOR_PERMISSIONS.items()
        for model, actions in models.items()
        for action in actions
    ]
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in codenames
    ]
    group.permissions.set(permissions)


def remove_editor_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITOR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("ingest", "0001_initial"),
        ("pledges", "0002_error_report"),
    ]

    operations = [migrations.RunPython(create_editor_group, remove_editor_group)]
