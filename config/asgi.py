import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_asgi_application()

from config.startup import prepare_for_requests  # noqa: E402 - needs the settings configured above

prepare_for_requests()
