# One image for web, worker and beat (docker-compose.yml chooses the command).

# Front-end data from npm: the world map topojson that plotly.js would otherwise fetch from a CDN.
FROM node:20-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=config.settings

WORKDIR /app
RUN useradd --create-home --uid 1000 app

COPY pyproject.toml ./
RUN pip install --upgrade pip && pip install -e .

COPY . .
COPY --from=assets /app/node_modules ./node_modules
# collectstatic needs settings but no database: a throwaway key and a dummy URL are enough here.
RUN SECRET_KEY=build-only DEBUG=false DATABASE_URL=postgres://build@localhost/build \
    CELERY_BROKER_URL=redis://localhost:6379/0 python manage.py collectstatic --noinput

USER app
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
