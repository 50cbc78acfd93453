# stancebot in a container: a slim Python, a user of its own, the database in the /data volume.
#   docker build -t stancebot .
#   docker run -d --env-file .env -v stancebot-data:/data -p 127.0.0.1:3000:3000 stancebot
# With no token set it runs the terminal demo, which needs a terminal: docker run -it --rm stancebot
FROM python:3.11-slim-bookworm

# Cairo draws the maps and charts (cairosvg); nothing else comes from the system.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libcairo2 \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 stancebot \
    && useradd --system --uid 10001 --gid stancebot --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin stancebot \
    && mkdir /data && chown stancebot:stancebot /data

WORKDIR /app
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY handlers ./handlers
RUN pip install --no-cache-dir --disable-pip-version-check . && rm -rf bot handlers
COPY config ./config

# The listener faces the container's network (publish it on the host's loopback, or behind a
# proxy); the tokens come from the environment (--env-file), never from a file in the image.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    STANCEBOT_CONFIG=/app/config/settings.toml \
    STANCEBOT_DB=/data/stancebot.db \
    STANCEBOT_DEMO_DB=/data/demo.db \
    STANCEBOT_ENV_FILE= \
    STANCEBOT_HTTP_HOST=0.0.0.0 \
    STANCEBOT_HTTP_PORT=3000

USER stancebot
VOLUME ["/data"]
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import os, urllib.request as u; u.urlopen('http://127.0.0.1:%s/healthz' % os.environ['STANCEBOT_HTTP_PORT'], timeout=4)"

ENTRYPOINT ["stancebot"]
CMD ["run"]
