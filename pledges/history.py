"""What editors changed on a pledge, for the public pledge page.

Built on django-simple-history's rows: a row saved with a user is a person's
change (the machine saves without one). Each change is compared with the row
before it to name the fields that moved; bookkeeping fields are left out.
"""

from pledges.models import Pledge

# Fields that change as a side effect of an edit and say nothing to a reader.
BOOKKEEPING = {"id", "created_at", "updated_at", "include_in_totals", "locked_fields"}


def _tracked_fields():
    return [field for field in Pledge._meta.concrete_fields if field.name not in BOOKKEEPING]


def _who(user) -> str:
    return user.get_full_name() or user.get_username()


def correction_summary(pledge) -> list[dict]:
    """Editors' corrections to `pledge`, newest first: who, when, which fields (verbose names) and why.

    Each item: {"who": str, "when": datetime, "fields": [str, ...], "what": the fields as one string, "reason": str}.
    Changes made by the machine (no user) are not listed, nor edits that changed no visible field
    and gave no reason.
    """
    rows = list(pledge.history.select_related("history_user").order_by("history_date", "history_id"))
    fields = _tracked_fields()
    corrections = []
    previous = None
    for row in rows:
        if row.history_user_id is not None and row.history_type != "-":
            if previous is None:
                changed = []
            else:
                changed = [f for f in fields if getattr(row, f.attname) != getattr(previous, f.attname)]
            reason = row.history_change_reason or ""
            if changed or reason or row.history_type == "+":
                names = [str(f.verbose_name) for f in changed]
                if row.history_type == "+":
                    reason = reason or "Created by hand"
                corrections.append(
                    {
                        "who": _who(row.history_user),
                        "when": row.history_date,
                        "fields": names,
                        "what": ", ".join(names) or reason,
                        "reason": reason,
                    }
                )
        previous = row
    corrections.reverse()
    return corrections
