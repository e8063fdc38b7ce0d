FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_PATH=/data/support.db \
    ENCODER_CACHE_DIR=/app/cache

# Noto CJK: the /stats chart draws its labels in Chinese.
RUN apt-get update \
    && apt-get install --no-install-recommends -y fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY locales ./locales
# The encoder's table is unpacked into the image, so a container starts without writing it.
RUN pip install --disable-pip-version-check . \
    && python -c "from pathlib import Path; from bot.understanding import use_weights; use_weights.table(Path('/app/cache'))" \
    && useradd --create-home --uid 10001 support \
    && mkdir -p /data && chown support:support /data

USER support
VOLUME ["/data"]
CMD ["python", "-m", "bot"]
