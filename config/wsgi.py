import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

from config.startup import prepare_for_requests  # noqa: E402 - needs the settings configured above

prepare_for_requests()
