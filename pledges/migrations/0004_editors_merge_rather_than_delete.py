"""Editors no longer delete pledges: they reject them (kept, with the reason) or merge duplicates.

Merging needs only the change permission, and keeps every evidence row and the history; a plain
delete would cascade the evidence away. Superusers can still delete.
"""

from django.db import migrations


def drop_delete_pledge(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(content_type__app_label="pledges", codename="delete_pledge").first()
    group = Group.objects.filter(name="Editor").first()
    if group and permission:
        group.permissions.remove(permission)


def restore_delete_pledge(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(content_type__app_label="pledges", codename="delete_pledge").first()
    group = Group.objects.filter(name="Editor").first()
    if group and permission:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("pledges", "0003_editor_group")]

    operations = [migrations.RunPython(drop_delete_pledge, restore_delete_pledge)]
