"""Human corrections win over the machine.

Editors' changes lock the fields they touch (Pledge.locked_fields,
Organization.locked_fields). Everything the machine writes to an existing
pledge or organization goes through `apply_machine_values`, which skips
locked fields, so re-ingestion and re-extraction never undo an editor.
"""


def apply_machine_values(obj, values: dict) -> list[str]:
    """Set the unlocked fields of `obj` from `values`; returns the names that changed (caller saves)."""
    locked = set(obj.locked_fields or [])
    changed = []
    for name, value in values.items():
        if name in locked or getattr(obj, name) == value:
            continue
        setattr(obj, name, value)
        changed.append(name)
    return changed


def lock_fields(obj, names) -> None:
    """Record fields as set by a person (caller saves)."""
    obj.locked_fields = sorted(set(obj.locked_fields or []) | set(names))


def unlock_fields(obj, names) -> None:
    """Let the machine update these fields again (caller saves)."""
    obj.locked_fields = sorted(set(obj.locked_fields or []) - set(names))
