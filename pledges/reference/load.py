"""Load the bundled reference data (countries, sectors, organizations) into the database.

The load is idempotent and respects editors: each row remembers in
`loaded_values` what the loader last wrote to each field. On a reload a field
is updated only when it still holds what the loader wrote, so a value an
editor changed in the admin stays, while improvements to the bundled data
still reach fields nobody touched. Running the load twice writes nothing.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from pledges.models import Country, Organization, Sector
from pledges.reference.countries import country_records
from pledges.reference.organizations import organization_records
from pledges.reference.sectors import sector_records

_MISSING = object()


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_editor_values: dict[str, int] = field(default_factory=dict)
    created_keys: set = field(default_factory=set, repr=False)

    def count(self, bucket: str, model_name: str) -> None:
        counts = getattr(self, bucket)
        counts[model_name] = counts.get(model_name, 0) + 1

    def __str__(self):
        parts = []
        for model_name in ("country", "sector", "organization"):
            parts.append(
                f"{model_name}: {self.created.get(model_name, 0)} created, {self.updated.get(model_name, 0)} updated, "
                f"{self.kept_editor_values.get(model_name, 0)} editor values kept"
            )
        return "; ".join(parts)


def _merge(row, values: dict, report: LoadReport, model_name: str, organization_ids: dict) -> bool:
    """Apply bundled `values` to an existing row field by field; returns whether anything changed."""
    locked = set(getattr(row, "locked_fields", None) or [])
    changed = False
    for name, new in values.items():
        current = _current_value(row, name)
        last = row.loaded_values.get(name, _MISSING)
        if current == new:
            pass
        elif name not in locked and (last is _MISSING or current == last):
            _assign(row, name, new, organization_ids)
            changed = True
        elif last != new:
            report.count("kept_editor_values", model_name)
        if last != new:
            row.loaded_values[name] = new
            changed = True
    return changed


def _current_value(row, name):
    if name == "sectors":
        return row.__dict__.get("_stored_sectors", [])
    if name == "country":
        return row.country_id
    if name == "parent":
        return row.parent.name if row.parent_id else None
    value = getattr(row, name)
    return list(value) if isinstance(value, list | tuple) else value


def _assign(row, name, value, organization_ids):
    if name == "sectors":
        row._pending_sectors = value
    elif name == "country":
        row.country_id = value
    elif name == "parent":
        row.parent_id = organization_ids[value] if value else None
    else:
        setattr(row, name, value)


def _sync(model, key_name: str, records_values: list[dict], report: LoadReport) -> None:
    """Create missing rows in bulk and merge bundled values into existing ones (see the module docstring)."""
    model_name = model._meta.model_name
    rows = model.objects.all()
    if model is Organization:
        rows = rows.select_related("parent")
    existing = {getattr(row, key_name): row for row in rows}
    if model is Organization:
        _read_stored_sectors(existing.values())
    organization_ids = {name: row.pk for name, row in existing.items()} if model is Organization else {}
    created, changed = [], []
    for values in records_values:
        key = values[key_name]
        row = existing.get(key)
        if row is None:
            row = model(loaded_values={})
            _merge(row, values, report, model_name, organization_ids)
            created.append(row)
            report.count("created", model_name)
            report.created_keys.add((model_name, key))
        elif _merge(row, values, report, model_name, organization_ids):
            changed.append(row)
            if (model_name, key) not in report.created_keys:
                report.count("updated", model_name)
    if created:
        if hasattr(model, "history"):
            bulk_create_with_history(created, model, default_change_reason="Loaded from bundled reference data")
        else:
            model.objects.bulk_create(created)
    for row in changed:
        row.save()
    _set_pending_sectors(model, created + changed)


def _read_stored_sectors(rows) -> None:
    """Each organization's sector slugs, read in one query (prefetching them built a model instance per link)."""
    slugs = defaultdict(list)
    for organization_id, slug in Organization.sectors.through.objects.values_list("organization_id", "sector_id"):
        slugs[organization_id].append(slug)
    for row in rows:
        row._stored_sectors = sorted(slugs.get(row.pk, []))


def _set_pending_sectors(model, rows) -> None:
    through = getattr(model, "sectors", None) and model.sectors.through
    if through is None:
        return
    pending = [(row, row.__dict__.pop("_pending_sectors")) for row in rows if "_pending_sectors" in row.__dict__]
    if not pending:
        return
    through.objects.filter(organization_id__in=[row.pk for row, _ in pending]).delete()
    through.objects.bulk_create(
        [through(organization_id=row.pk, sector_id=slug) for row, slugs in pending for slug in slugs]
    )


def _country_values():
    return [
        {
            "code": r.alpha2,
            "alpha3": r.alpha3,
            "name": r.name,
            "region": r.region,
            "aliases": list(r.aliases),
            "is_bloc": r.alpha2 == "EU",
        }
        for r in country_records()
    ]


def _sector_values():
    return [
        {"slug": r.slug, "name": r.name, "group": r.group, "keywords": list(r.keywords), "display_order": i}
        for i, r in enumerate(sector_records())
    ]


def _organization_values(with_parents: bool):
    values = []
    for r in organization_records():
        row = {"name": r.name, "aliases": list(r.aliases), "country": r.country, "kind": r.kind}
        row["sectors"] = sorted(r.sectors)
        # The first pass already records "no parent", so the second pass rewrites only the rows that have one
        # instead of saving every organization a second time.
        if with_parents or r.parent is None:
            row["parent"] = r.parent
        values.append(row)
    return values


@transaction.atomic
def load_reference_data() -> LoadReport:
    report = LoadReport()
    _sync(Country, "code", _country_values(), report)
    _sync(Sector, "slug", _sector_values(), report)
    # Organizations first without parents, then parents, so a parent listed later still resolves.
    _sync(Organization, "name", _organization_values(with_parents=False), report)
    _sync(Organization, "name", _organization_values(with_parents=True), report)
    return report
