"""Organizations that most often announce or receive cross-border investment pledges.

The list itself lives in organizations.json next to this module, so editors can
extend it without touching code; this module only reads it into records.
"""

import json
from functools import cache
from pathlib import Path

from pledges.reference.records import OrganizationRecord

DATA_FILE = Path(__file__).with_name("organizations.json")


@cache
def organization_records() -> list[OrganizationRecord]:
    """The bundled organizations, parents listed before the units that belong to them."""
    with DATA_FILE.open(encoding="utf-8") as f:
        rows = json.load(f)
    records = [
        OrganizationRecord(
            name=row["name"],
            country=row["country"],
            kind=row["kind"],
            aliases=tuple(row.get("aliases", ())),
            parent=row.get("parent"),
            sectors=tuple(row.get("sectors", ())),
        )
        for row in rows
    ]
    return _parents_first(records)


def _parents_first(records: list[OrganizationRecord]) -> list[OrganizationRecord]:
    """Order records so that a loader creating them one by one always finds the parent already there."""
    by_name = {record.name: record for record in records}

    def depth(record: OrganizationRecord) -> int:
        level = 0
        while record.parent is not None and record.parent in by_name and level <= len(records):
            record = by_name[record.parent]
            level += 1
        return level

    return sorted(records, key=depth)  # sorted() is stable, so the file's order holds within a level
