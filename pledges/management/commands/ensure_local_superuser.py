"""Create a superuser for local development (`make run`) and print how to log in.

Only with DEBUG on: a production deployment must never get an account it did
not ask for, so with DEBUG off the command refuses and creates nothing. The
password is generated once and kept in var/local-superuser.txt (git-ignored)
so later runs can print it again.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


def credentials_file() -> Path:
    return Path(settings.BASE_DIR) / "var" / "local-superuser.txt"


class Command(BaseCommand):
    help = "Create a local superuser when DEBUG is on and print its login; refuses when DEBUG is off."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=USERNAME)

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a default account with DEBUG off. Use `manage.py createsuperuser`.")
        User = get_user_model()
        path = credentials_file()
        user = User.objects.filter(username=username).first()
        saved = self._saved_password(path, username)
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email="", password=password)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{username}\n{password}\n")
            path.chmod(0o600)
            self.stdout.write(f"Created local superuser. Admin login: {username} / {password}")
        elif saved and user.check_password(saved):
            self.stdout.write(f"Admin login: {username} / {saved}")
        else:
            self.stdout.write(
                f"Superuser {username!r} exists with a password set by hand; "
                f"`manage.py changepassword {username}` resets it."
            )

    def _saved_password(self, path: Path, username: str) -> str:
        if not path.is_file():
            return ""
        lines = path.read_text().splitlines()
        return lines[1] if len(lines) >= 2 and lines[0] == username else ""
