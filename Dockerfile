# syntax=docker/dockerfile:1
# Samverkan images, built from the repository root:
#   docker build -t samverkan .                          # the API server (default: last stage, "api")
#   docker build --target web -t samverkan-web .         # nginx with the built web app
# docker-compose.yml builds both.

# ---- the server binary -----------------------------------------------------------------------
FROM rust:1.95-bookworm AS backend-build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY backend ./backend
RUN cargo build --release --locked -p samverkan \
 && install -m 0755 target/release/samverkan /usr/local/bin/samverkan

# ---- the web app -------------------------------------------------------------------------------
FROM node:20-bookworm AS web-build
# The lockfile is written by npm 11; node:20 images ship npm 10.
RUN npm install -g npm@11 --no-audit --no-fund
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY openapi.yaml /src/openapi.yaml
COPY frontend ./
RUN npm run build

# ---- nginx serving the web app and proxying the API to the "api" service ------------------------
FROM nginx:1.27-alpine AS web
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=web-build /src/frontend/dist /usr/share/nginx/html
EXPOSE 80

# ---- the API server (default target) --------------------------------------------------------------
FROM debian:bookworm-slim AS api
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /data --no-create-home samverkan \
 && mkdir -p /data /app \
 && chown samverkan:samverkan /data
COPY --from=backend-build /usr/local/bin/samverkan /usr/local/bin/samverkan
# The server also serves the web app itself (for a single-container setup).
COPY --from=web-build /src/frontend/dist /app/web
ENV SAMVERKAN_BIND=0.0.0.0:8080 \
    SAMVERKAN_DATA_DIR=/data \
    SAMVERKAN_WEB_DIR=/app/web \
    SAMVERKAN_LOG=info \
    SAMVERKAN_LOG_FORMAT=json
VOLUME ["/data"]
USER samverkan
WORKDIR /data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["samverkan"]
CMD ["serve"]
